"""Named foreign sub-national localities the province has or seeks ties with.

Two sources of candidates:
- the gazetteer ``data/partners.json`` (provinces, states, prefectures and notable cities
  abroad, with their spellings and Vietnamese transliterations);
- a name the gazetteer does not know, when the article itself says what it is: a kind word,
  a capitalised name and a foreign country in brackets ("tỉnh Orkhon (Mông Cổ)",
  "thành phố Goulburn (Úc)").

A mention is not a partner when it only locates a mission ("Tổng Lãnh sự quán Việt Nam tại
Côn Minh"), names an organisation or an agreement ("Đại học Seoul", "Tuyên bố Bắc Kinh"), or
is followed by a number (an electoral district, "Ansan 1"). A national capital counts only
when it acts as a locality somewhere in the article, not when every mention is the venue of
a meeting ("tại Thủ đô Phnom Penh").
"""

import json
import re
from functools import cache, lru_cache
from pathlib import Path

from apps.lib.text import name_key, normalize

DATA = Path(__file__).resolve().parent.parent / "data" / "partners.json"

# Words that say what kind of locality the next name is.
_KIND_WORDS = (
    "tỉnh bang", "tỉnh", "thành phố", "tp.", "tp", "bang", "quận", "huyện", "thị xã", "thủ đô",
    "thủ phủ", "vùng", "khu tự trị", "châu", "hạt", "đặc khu", "vùng lãnh thổ",
)
_KIND_BEFORE = re.compile(
    r"(?:^|[\s(,])(" + "|".join(re.escape(k) for k in sorted(_KIND_WORDS, key=len, reverse=True))
    + r"|hội đồng tỉnh|thống đốc|tỉnh trưởng|thị trưởng|đô trưởng)\s+$",
    re.IGNORECASE,
)
# A mission's seat, not a partner: "Tổng Lãnh sự quán Việt Nam tại Côn Minh, tỉnh Vân Nam".
_MISSION_BEFORE = re.compile(
    r"(?:đại sứ quán|lãnh sự quán|tổng lãnh sự|lãnh sự|đại sứ|văn phòng đại diện|thương vụ|"
    r"cơ quan đại diện)[^.;()\n]{0,40}?\s(?:tại|ở)\s+(?:thủ đô\s+|thành phố\s+|tỉnh\s+|tp\.?\s*)?$",
    re.IGNORECASE,
)
# Organisations and agreements named after a place.
_ORG_BEFORE = re.compile(
    r"(?:đại học|trường|công ty|tập đoàn|ngân hàng|bệnh viện|sân bay|hãng|hiệp định|tuyên bố|"
    r"công ước|giải|câu lạc bộ|clb|hội nghị|diễn đàn|nghị định thư)\s+$",
    re.IGNORECASE,
)
# Where a meeting takes place: a capital named only so is a venue.
_VENUE_BEFORE = re.compile(
    r"(?:^|\s)(?:tại|ở|đến|tới|sang)\s+(?:thủ đô\s+|thành phố\s+|tp\.?\s*)?$", re.IGNORECASE
)
_NUMBER_AFTER = re.compile(r"^\s*\d")
_SEP = r"[\s\-‐–]?"


@lru_cache(maxsize=1)
def _gazetteer():
    data = json.loads(DATA.read_text(encoding="utf-8"))
    entries = data["localities"]
    by_key = {}
    variants = []
    for entry in entries:
        for variant in entry["variants"]:
            key = _variant_key(variant)
            if key in by_key and by_key[key] is not entry:
                raise ValueError(f"partners.json: {variant!r} names two localities")
            by_key[key] = entry
            variants.append(normalize(variant))
    variants.sort(key=len, reverse=True)
    pattern = re.compile(
        r"(?<![\w\-])(?:" + "|".join(_variant_pattern(v) for v in variants) + r")(?![\w\-])",
        re.IGNORECASE,
    )
    countries = {name: [normalize(v) for v in forms] for name, forms in data["countries"].items()}
    return pattern, by_key, countries


def _variant_key(text):
    """Spellings of one name share it: case, tone placement, spaces and hyphens never matter,
    other diacritics do ("Hà Nam" in China is not "Hanam" in Korea)."""
    return "".join(name_key(text or "").split())


def _variant_pattern(variant):
    words = re.split(r"[\s\-‐–]+", variant)
    return _SEP.join(re.escape(w) for w in words)


def _country_pattern(forms):
    return r"(?:nước\s+|vương quốc\s+)?(?:" + "|".join(
        re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")(?!\w)"


@cache
def _country_after(country):
    """The locality's country right after it: "(Lào)", ", Trung Quốc", "của Nhật Bản"."""
    _, _, countries = _gazetteer()
    return re.compile(
        r"^\s*(?:\(|,|-|–|của|thuộc)?\s*" + _country_pattern(countries.get(country, [country])),
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _unknown_pattern():
    """kind word + capitalised name + "(" [kind Name, ] foreign country ")"."""
    _, _, countries = _gazetteer()
    forms = [f for forms in countries.values() for f in forms]
    name_word = r"[A-ZĐÀ-Ỹ][\w'’\-]*"
    return re.compile(
        r"(?<!\w)(tỉnh|thành phố|bang|tỉnh bang|vùng|hạt|châu|quận|thủ phủ|hội đồng tỉnh)\s+"
        r"(" + name_word + r"(?:\s+" + name_word + r"){0,3})\s*\(\s*"
        r"(?:(?:tỉnh|bang|vùng|thành phố)\s+[^,()\n]{1,40},\s*)?"
        r"(" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")\s*\)"
    )


def _kind_before(text, start):
    m = _KIND_BEFORE.search(text[max(0, start - 25) : start])
    if not m:
        return None
    word = m.group(1).lower()
    if word in ("tp", "tp."):
        return "thành phố"
    if word in ("hội đồng tỉnh", "tỉnh trưởng"):
        return "tỉnh"
    if word == "thống đốc":
        return "bang"
    if word in ("thị trưởng", "đô trưởng"):
        return "thành phố"
    return word


def _home_key(doc):
    prov = (doc.record or {}).get("province") or {}
    name = prov.get("name") if isinstance(prov, dict) else prov
    return _variant_key(name) if name else None


def extract(doc):
    """Return [{"name", "kind", "country", "span": [start, end], "canonical", "variants"}], one per
    locality: "name" as the article writes it, "canonical" and "variants" from the gazetteer (so
    that "Viêng Chăn" and "Vientiane" are one locality when stored and merged)."""
    text = doc.text
    pattern, by_key, countries = _gazetteer()
    home = _home_key(doc)
    found = {}  # gazetteer name -> item
    venue_only = {}  # capital -> True while every mention so far is a venue
    for m in pattern.finditer(text):
        start, end = m.span()
        if not m.group(0)[0].isupper():
            continue
        entry = by_key.get(_variant_key(m.group(0)))
        if entry is None or _variant_key(entry["name"]) == home:
            continue
        before = text[max(0, start - 80) : start]
        after = text[end : end + 40]
        if _NUMBER_AFTER.match(after) or _MISSION_BEFORE.search(before) or _ORG_BEFORE.search(before):
            continue
        kind = _kind_before(text, start)
        country_next = bool(_country_after(entry["country"]).match(after))
        needs = entry.get("needs")
        if needs == "country" and not country_next:
            continue
        if needs == "context" and not (kind or country_next):
            continue
        key = entry["name"]
        if entry.get("capital"):
            is_venue = bool(_VENUE_BEFORE.search(before))
            venue_only[key] = venue_only.get(key, True) and is_venue
        if key not in found:
            found[key] = {
                "name": m.group(0),
                "kind": kind or entry["kind"],
                "country": entry["country"],
                "span": [start, end],
                "canonical": entry["name"],
                "variants": list(entry.get("variants") or []),
            }
    items = [item for key, item in found.items() if not venue_only.get(key, False)]
    known = {_variant_key(i["name"]) for i in items} | set(by_key)
    for m in _unknown_pattern().finditer(text):
        name = m.group(2)
        key = _variant_key(name)
        if key in known or key == home or _is_country(name, countries) or _is_vietnamese(name):
            continue
        known.add(key)
        country = next(c for c, forms in countries.items() if m.group(3) in forms)
        kind = m.group(1).lower().replace("hội đồng tỉnh", "tỉnh")
        items.append(
            {"name": name, "kind": kind, "country": country, "span": [m.start(2), m.end(2)],
             "canonical": name, "variants": [name]}
        )
    items.sort(key=lambda i: i["span"][0])
    return items


def _is_country(name, countries):
    key = _variant_key(name)
    return any(_variant_key(f) == key for forms in countries.values() for f in forms)


def _is_vietnamese(name):
    """A Vietnamese province is never a foreign partner (when the province index is there)."""
    try:
        from apps.provinces.lookup import resolve
    except ImportError:  # the index is optional: the country in brackets already says abroad
        return False
    try:
        return resolve(name) is not None
    except Exception:  # a lookup failure must not lose the partner list
        return False
