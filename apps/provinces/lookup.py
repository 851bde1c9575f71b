"""Province names as articles write them -> provincial units, without the database.

The data is ``data/provinces.json`` (the file migration 0002 loads), read once on first use
and kept in a module-level cache; importing this module reads nothing and queries nothing,
so extraction code can use it outside Django's database. Edits made to Province rows in the
admin are not seen here: the JSON is the source of truth for names and codes.

API
- ``resolve(text, on_date=None)`` -> ``Unit`` or None, for a short name ("tỉnh Đắk Lắk",
  "Đăk Lăk", "Dak Lak", "ĐắkLắk", "TP.HCM", "Thừa Thiên - Huế", "thủ đô Hà Nội", a slug).
- ``find_all(text, on_date=None)`` -> ``[(start, end, Unit)]``, every mention in running text.
- ``units(era=None)``, ``by_code(code, era)``.

Comparing names. Two spellings are one name when their folded forms agree with the spaces
removed: case, diacritics (so "Đăk Lăk" = "Đắk Lắk" = "Dak Lak"), tone placement
("Hoà"/"Hòa"), punctuation, hyphens and spacing ("ĐắkLắk", "Thừa Thiên - Huế") never
matter. Administrative prefixes ("tỉnh", "thành phố", "TP.", "TP", "thủ đô") are dropped.
``ALIASES`` adds a few other forms (HCM, TPHCM, Sài Gòn, Huế, Vũng Tàu, BR-VT, Đắc Lắc...).

Which era. Most names exist in both eras (Đắk Lắk is unit 66 before and after 1 July 2025;
Tây Ninh is 72 before and 80 after). The choice, in order:
1. a trailing "cũ" (former) picks the pre-2025 unit, a trailing "mới" (new) the 2025 unit
   ("Bình Dương (cũ)", "tỉnh Đắk Lắk mới"; in running text "mới" only in brackets);
2. ``on_date`` before 2025-07-01 picks the pre-2025 unit, on or after it the 2025 unit;
3. with no date, the pre-2025 unit (the archive is mostly older articles).
A name that exists in one era only gives that unit whatever the date: "Bình Dương" in a
2026 article is the pre-2025 unit, whose ``current_code``/``current_name`` say it is now
part of Hồ Chí Minh. "Huế" counts as a name of both eras (Thừa Thiên Huế before, Huế after).

Running text (``find_all``). Spans cover the mention as written, including an
administrative prefix ("tỉnh Đắk Lắk", "TP.HCM"), not a "(cũ)" after it. Choices that keep
false hits out, kept deliberately simple:
- every word of the name must start with a capital (or be all capitals): "hòa bình"
  (peace) and "Hòa bình" at a sentence start are not Hòa Bình province;
- "Thái Bình Dương" (the Pacific) is neither Thái Bình nor Bình Dương; "Điện Biên Phủ"
  (the city, the battle) is not a hit unless written "tỉnh Điện Biên Phủ" (then it is
  Điện Biên);
- "Hồ Chí Minh" needs a city prefix ("TP. Hồ Chí Minh", "thành phố Hồ Chí Minh"): alone it is
  usually the president ("Chủ tịch Hồ Chí Minh", "tư tưởng Hồ Chí Minh");
- a name right after a common family or middle name is a person ("Nguyễn Hòa Bình",
  "Trần Thị Hà Giang"), unless a prefix stands before it;
- one-word forms ("Huế", "HCM") must be spelled exactly (or in plain ASCII): "Huệ" is not
  Huế; "Huế" after a capitalised word or a kinship word ("chị Huế") is a person;
- "Sài Gòn" and "HN" are resolved by ``resolve`` but not searched for in running text
  ("Sài Gòn Giải Phóng" is a newspaper, "HN" too short);
- nested names are fine: "Hà Nam Ninh" gives Hà Nam; "Nam" alone is never a name.
"""

import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from apps.lib import surnames
from apps.lib.text import fold, name_key

DATA_PATH = Path(__file__).resolve().parent / "data" / "provinces.json"
PRE_2025 = "pre2025"
CURRENT = "2025"
ERAS = (PRE_2025, CURRENT)
CUTOVER = dt.date(2025, 7, 1)
CAPITAL_CODE = "01"  # Hà Nội, the national capital, in both eras

BOTH = ERAS
# (written form, code, eras it names, searched for in running text)
ALIASES = [
    ("HCM", "79", BOTH, True),
    ("TPHCM", "79", BOTH, True),
    ("HCMC", "79", BOTH, True),
    ("Sài Gòn", "79", BOTH, False),
    ("HN", "01", BOTH, False),
    ("Huế", "46", BOTH, True),
    ("Thừa Thiên", "46", (PRE_2025,), False),
    ("Vũng Tàu", "77", (PRE_2025,), True),
    ("Bà Rịa", "77", (PRE_2025,), True),
    ("BR-VT", "77", (PRE_2025,), True),
    ("Đắc Lắc", "66", BOTH, True),
    ("Đắc Nông", "67", (PRE_2025,), True),
    ("Bắc Cạn", "06", (PRE_2025,), True),
]
# Folded word sequences dropped before a name.
PREFIXES = [("thanh", "pho"), ("thu", "do"), ("tinh",), ("tp",), ("t", "p")]
# Phrases that contain a name but are not a mention of it (unless a prefix stands before).
STOP_PHRASES = ["Thái Bình Dương", "Điện Biên Phủ"]
# Names that are a mention only with a prefix before them.
NEEDS_PREFIX = {"Hồ Chí Minh"}
# A name right after one of these (no prefix between) is part of a person's name: the common
# family names (apps/lib/data/surnames.txt) and common middle names.
MIDDLE_NAMES = "Thị Văn Hữu Đức Công Đình Xuân Ngọc Quốc Minh Thanh Kim Thu Hồng Bá Duy Quang Trọng Tiến Mạnh Thế"
KINSHIP_WORDS = "anh chị em cô bà ông bé cháu mẹ cụ"

_TOKEN = re.compile(r"[\w\u0300-\u036f]+")
_NAME_GAP = re.compile(r"[^\S\n]*(?:[-\u2010-\u2015][^\S\n]*)?")
_PREFIX_GAP = re.compile(r"[^\S\n]*\.?[^\S\n]*")
_SUFFIX_GAP = re.compile(r"[^\S\n]*(\(?)[^\S\n]*")


@dataclass(frozen=True)
class Unit:
    """One provincial unit of one era; ``current_*`` is the 2025 unit holding its territory."""

    code: str
    era: str
    name: str
    unit_type: str
    slug: str
    current_code: str
    current_name: str

    @property
    def is_current(self):
        return self.era == CURRENT

    @property
    def full_name(self):
        return f"{'thành phố' if self.unit_type == 'thanh_pho' else 'tỉnh'} {self.name}"


@dataclass(frozen=True)
class _Entry:
    units: dict  # era -> Unit
    exact: frozenset = frozenset()  # one-word forms: the name_keys accepted (besides ASCII)
    needs_prefix: bool = False


@dataclass(frozen=True)
class _Index:
    units: tuple
    by_code: dict  # (era, code) -> Unit
    by_slug: dict
    names: dict  # key -> _Entry, everything resolve() knows
    scan: dict  # key -> _Entry, what find_all() searches for
    stops: frozenset
    prefixes: frozenset  # every leading substring of a scan or stop key
    max_words: int


def _key(text):
    """The comparison key: folded, with the spaces removed ("Đăk Lăk" -> "daklak")."""
    return "".join(fold(text).split())


@lru_cache(maxsize=65536)
def _fold_word(word):
    return "".join(fold(word).split())


@lru_cache(maxsize=4096)
def _word_key(word):
    return name_key(word)


_PERSON = frozenset(name_key(w) for w in surnames.common() + MIDDLE_NAMES.split())
_KINSHIP = frozenset(name_key(w) for w in KINSHIP_WORDS.split())


def _add(table, key, unit, exact=None, needs_prefix=False):
    entry = table.get(key)
    units = dict(entry.units) if entry else {}
    other = units.get(unit.era)
    if other is not None and other != unit:
        raise ValueError(f"{key!r} names both {other.name} and {unit.name} ({unit.era})")
    units[unit.era] = unit
    exact_keys = (entry.exact if entry else frozenset()) | (exact or frozenset())
    table[key] = _Entry(units, exact_keys, needs_prefix or bool(entry and entry.needs_prefix))


@cache
def _index():
    data = json.loads(DATA_PATH.read_text(encoding="utf-8"))["units"]
    current = {u["code"]: u for u in data if u["era"] == CURRENT}
    units = []
    for u in data:
        succ = current[u["successor"]] if u["era"] == PRE_2025 else u
        units.append(
            Unit(u["code"], u["era"], u["name"], u["unit_type"], u["slug"], succ["code"], succ["name"])
        )
    by_code = {(u.era, u.code): u for u in units}
    names, scan = {}, {}
    for unit in units:
        key = _key(unit.name)
        one_word = len(unit.name.split()) == 1
        exact = frozenset({name_key(unit.name)}) if one_word else None
        _add(names, key, unit)
        _add(scan, key, unit, exact, needs_prefix=unit.name in NEEDS_PREFIX)
    for form, code, eras, searched in ALIASES:
        exact = frozenset({name_key(form)}) if len(form.split()) == 1 else None
        for era in eras:
            unit = by_code[(era, code)]
            _add(names, _key(form), unit)
            if searched:
                _add(scan, _key(form), unit, exact)
    stops = frozenset(_key(p) for p in STOP_PHRASES)
    prefixes = frozenset(k[:i] for k in list(scan) + list(stops) for i in range(1, len(k) + 1))
    max_words = max(
        len(fold(s).split()) for s in [u.name for u in units] + [a[0] for a in ALIASES] + STOP_PHRASES
    )
    return _Index(
        units=tuple(units),
        by_code=by_code,
        by_slug={u.slug: u for u in units},
        names=names,
        scan=scan,
        stops=stops,
        prefixes=prefixes,
        max_words=max_words,
    )


def _as_date(value):
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


# A unit whose 2025 form began before the July cutover: Thừa Thiên Huế became the centrally-run
# city of Huế on 1 January 2025, its territory unchanged in July.
EARLIER_CUTOVER = {"46": dt.date(2025, 1, 1)}


def _choose(entry_units, on_date=None, forced=None):
    if forced in entry_units:
        return entry_units[forced]
    current = entry_units.get(CURRENT)
    cutover = EARLIER_CUTOVER.get(current.code, CUTOVER) if current is not None else CUTOVER
    preferred = CURRENT if on_date is not None and on_date >= cutover else PRE_2025
    return entry_units.get(preferred) or next(iter(entry_units.values()))


def units(era=None):
    """All units (the 63 pre-2025 ones, then the 34 current ones, by code), or one era's."""
    if era is not None and era not in ERAS:
        raise ValueError(f"unknown era {era!r}")
    return [u for u in _index().units if era is None or u.era == era]


def by_code(code, era):
    """The unit with this official code in this era (codes are reused: 80 is Long An before
    2025, Tây Ninh after), or None."""
    if era not in ERAS:
        raise ValueError(f"unknown era {era!r}")
    code = str(code).strip()
    if code.isdigit():
        code = code.zfill(2)
    return _index().by_code.get((era, code))


def is_capital(name):
    """Whether the unit so named (in either era) is the national capital."""
    return any(by_code(CAPITAL_CODE, era).name == name for era in ERAS)


def short_names(name):
    """The short forms (``ALIASES``) running text names the unit so named by, in either era:
    "Huế" for Thừa Thiên Huế, "HCM" for Hồ Chí Minh."""
    out = []
    for form, code, eras, in_text in ALIASES:
        if in_text and any((unit := by_code(code, era)) is not None and unit.name == name for era in eras):
            out.append(form)
    return out


def resolve(text, on_date=None):
    """The unit a short name designates (see the module docstring for the era rules), or None.

    Falls back to ``find_all`` for longer strings ("UBND tỉnh Đắk Lắk") when every mention
    found is one unit.
    """
    if not text or not text.strip():
        return None
    idx = _index()
    on_date = _as_date(on_date)
    slug = text.strip().lower()
    if slug in idx.by_slug:
        return idx.by_slug[slug]
    words = fold(text).split()
    forced = None
    if len(words) > 1 and words[-1] in ("cu", "moi"):
        forced = PRE_2025 if words[-1] == "cu" else CURRENT
        words = words[:-1]
    stripped = True
    while stripped:
        stripped = False
        for prefix in PREFIXES:
            n = len(prefix)
            if len(words) > n and tuple(words[:n]) == prefix:
                words = words[n:]
                stripped = True
                break
    entry = idx.names.get("".join(words))
    if entry is not None:
        return _choose(entry.units, on_date, forced)
    found = {unit for _, _, unit in find_all(text, on_date)}
    return found.pop() if len(found) == 1 else None


def _prefix_start(tokens, i, text):
    """Start offset of an administrative prefix right before token i, or None."""
    for prefix in PREFIXES:
        n = len(prefix)
        if i < n:
            continue
        words = tokens[i - n : i]
        if tuple(_fold_word(w.group()) for w in words) != prefix:
            continue
        if not _PREFIX_GAP.fullmatch(text, words[-1].end(), tokens[i].start()):
            continue
        if any(
            not _NAME_GAP.fullmatch(text, a.end(), b.start()) for a, b in zip(words, words[1:], strict=False)
        ):
            continue
        # "tính", "tình" fold to "tinh" too: ask for the real spelling, or plain ASCII.
        if (
            all(w.group().isascii() for w in words)
            or tuple(_word_key(w.group()) for w in words) in _PREFIX_KEYS
        ):
            return words[0].start()
    return None


_PREFIX_KEYS = frozenset(
    tuple(name_key(w) for w in p.split()) for p in ("thành phố", "thủ đô", "tỉnh", "tp", "t p")
)


def _suffix_era(tokens, j, text):
    """Era forced by "(cũ)"/"cũ" or "(mới)" right after the mention ending with token j-1."""
    if j >= len(tokens):
        return None
    gap = _SUFFIX_GAP.fullmatch(text, tokens[j - 1].end(), tokens[j].start())
    if not gap:
        return None
    word = _word_key(tokens[j].group())
    if word == "cu4":
        return PRE_2025
    if word == "mơi1" and gap.group(1):
        return CURRENT
    return None


def _is_person(tokens, i, text, one_word):
    if i == 0 or not re.fullmatch(r"[^\S\n]+", text[tokens[i - 1].end() : tokens[i].start()]):
        return False
    prev = tokens[i - 1].group()
    key = _word_key(prev)
    if key in _PERSON:
        return True
    if one_word:
        return key in _KINSHIP or (prev[:1].isupper() and not prev.isupper())
    return False


def find_all(text, on_date=None):
    """Every province mention in ``text``: ``[(start, end, Unit)]`` in text order.

    Spans index the original string (prefix included: "tỉnh Đắk Lắk"). ``on_date`` picks
    the era as in ``resolve``. See the module docstring for what is and is not a hit.
    """
    if not text:
        return []
    idx = _index()
    on_date = _as_date(on_date)
    tokens = list(_TOKEN.finditer(text))
    hits = []
    i = 0
    while i < len(tokens):
        # Longest scan key and longest stop phrase starting at token i.
        joined, best, best_n, stop_n = "", None, 0, 0
        for n in range(1, idx.max_words + 1):
            j = i + n - 1
            if j >= len(tokens):
                break
            if n > 1 and not _NAME_GAP.fullmatch(text, tokens[j - 1].end(), tokens[j].start()):
                break
            joined += _fold_word(tokens[j].group())
            if joined not in idx.prefixes:
                break
            if joined in idx.scan:
                best, best_n = idx.scan[joined], n
            if joined in idx.stops:
                stop_n = n
        if best is None and not stop_n:
            i += 1
            continue
        start = _prefix_start(tokens, i, text)
        if stop_n > best_n and start is None:
            i += stop_n
            continue
        if best is None or not _accept(best, tokens[i : i + best_n], tokens, i, text, start):
            i += 1
            continue
        era = _suffix_era(tokens, i + best_n, text)
        unit = _choose(best.units, on_date, era)
        hits.append((start if start is not None else tokens[i].start(), tokens[i + best_n - 1].end(), unit))
        i += best_n
    return hits


def _accept(entry, words, tokens, i, text, prefix_start):
    if not all(w.group()[:1].isupper() for w in words):
        return False
    one_word = len(words) == 1
    if entry.exact and one_word:
        word = words[0].group()
        if not word.isascii() and _word_key(word) not in entry.exact:
            return False
    if prefix_start is not None:
        return True
    if entry.needs_prefix:
        return False
    return not _is_person(tokens, i, text, one_word and bool(entry.exact))
