"""Officials with their titles, the lead, the leading organization.

How a person is found. NER alone tags "đồng chí Lê Hoài Trung" as a place, so names are read
from capitalised runs instead:
1. every run of capitalised words is a possible name: a Vietnamese one when it starts with a
   family name (``people_surnames.txt``; a place written before it, "tỉnh Hà Nam Phạm Sỹ Lợi",
   is cut off), a foreign one otherwise ("Song Han Jun", "Ạ-nu-phạp Tu-na-lôm");
   provinces, countries and places the article itself names ("tỉnh Sê Kông (Lào)") are not;
2. names are masked and title phrases are read around them: a head from ``titles.txt``
   followed by organisation words ("Thứ trưởng Bộ Ngoại giao"), before the name or after it
   ("Lê Hoài Trung, Ủy viên Trung ương Đảng, Thứ trưởng ...");
3. a name is an official when some mention of it carries a title or an honorific (đồng chí,
   ông, bà, ngài); a foreign-looking run needs a stronger hold (an honorific, a bare title
   head right before it, or a title right after it) because place and event names look the
   same; a plain enumeration of names next to an official ("và Nam Jong Sub, Choi Jong Hyun,
   Kim Jang Il") is taken whole.
Bylines and credits are gone already (clean.py); an untitled bare name is never taken.

The side comes from the titles: a foreign country or a foreign-only title (Tỉnh trưởng, Đô
trưởng, Hạ nghị sĩ) or a non-Vietnamese name -> foreign, except "Việt Nam tại ..." (Vietnam's
own envoys abroad: central); provincial bodies (Tỉnh ủy, UBND, HĐND, Sở) -> local; the rest
(ministries, Quốc hội, Chính phủ) -> central.

The lead is who "làm trưởng đoàn", "dẫn đầu", "chủ trì" (the side the kind expects first);
failing that, by kind: the first visiting official (central or foreign), the first local one
for a delegation abroad, the head of the organising body for the province's own event.
"""

import json
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import SimpleNamespace

from apps.lib.text import fold, name_key, normalize
from apps.provinces import lookup

from .record import EXPECTED_SIDE, Official, People

DATA = Path(__file__).resolve().parent.parent / "data"
# Upper-case Latin letters with Vietnamese diacritics ("[À-Ỹ]" would take lower case too).
_UP = "[" + "".join(c for c in map(chr, range(0x41, 0x1EFA)) if c.isalpha() and c.isupper()) + "]"
_LOW = "[" + "".join(c for c in map(chr, range(0x61, 0x1EFA)) if c.isalpha() and c.islower()) + "]"

# A word: letters, with hyphenated parts ("Ạ-nu-phạp", "Cam-pu-chia"); a part after a hyphen
# that starts a title ("Song Han Jun-Chủ tịch") is split off in _tokens().
_WORD = re.compile(r"[^\W\d_]+(?:[-‐'’][^\W\d_]+)*")
_FOREIGN_HONORIFICS = {"ngài", "samdech", "ngài samdech", "oknha"}
# Capitalised words that never stand inside a person's name: they end a run.
_BREAKERS = set(
    "bộ sở cục ủy tỉnh huyện đảng hội phó chủ thứ bí tổng giám ông bà ngài samdech ban vụ tham cơ "
    "viện quỹ khu thủ tại theo về và với của các những trong từ đến sau trước ngày sáng chiều tối "
    "lãnh đô nhà tiếp chánh oknha".split()
)
# Words before a run that make its start a place ("tỉnh Hà Nam Phạm Sỹ Lợi").
_PLACE_NOUNS = set(
    "tỉnh phố tp huyện quận xã phường bang đô khu vùng vực châu thị trấn miền nước quốc hạt địa".split()
)
# Words after a run that make it a place, not a person: "Sê Kông (nước CHDCND Lào)".
_COUNTRY_AFTER = re.compile(
    r"^\s*[(,]\s*(?:nước\s+|vương quốc\s+|thủ đô\s+)?([^\W\d_][^(),;.\n]{0,40}?)\s*[),.;]", re.I
)

# What comes after an official and makes him the head of a delegation or a meeting.
_LEAD_AFTER = re.compile(
    r"^\s*(?:\([^()]{0,40}\)\s*)?[,\-–]?\s*(?:(?:làm|là)\s+|,\s*)?"
    r"(?:(?P<head>trưởng\s+đoàn(?!\s+(?:đbqh|đại\s+biểu)))|(?P<lead>dẫn\s+đầu)|"
    r"(?P<chair>(?:cùng\s+|đồng\s+)?chủ\s+trì))",
    re.I,
)
_LEAD_BEFORE = re.compile(r"(?:sự\s+(?:đồng\s+)?chủ\s+trì\s+của|(?:đồng\s+)?chủ\s+trì:?)\s*$", re.I)
_WITH_DELEGATION = re.compile(r"^\s*cùng\s+(?:các\s+thành\s+viên\s+)?(?:trong\s+)?đoàn", re.I)
_OPENER = re.compile(r"phát\s+biểu\s+khai\s+mạc|khai\s+mạc\s+(?:hội\s+nghị|sự\s+kiện|chương\s+trình)", re.I)
_HEAD_TITLE = re.compile(r"^(?:Trưởng đoàn|trưởng đoàn)(?!\s+(?:ĐBQH|[Đđ]ại biểu))")


def _data_lines(name):
    out = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(normalize(line))
    return out


@cache
def _lexicon():
    heads = sorted(set(_data_lines("titles.txt")), key=len, reverse=True)
    head_re = re.compile(r"(?<![\w§])(?:" + "|".join(re.escape(h) for h in heads) + r")(?![\w§])", re.I)
    words, connectors, stops = set(), set(), []
    for line in _data_lines("people_words.txt"):
        if line.startswith("@stop "):
            stops.append(line.split(" ", 1)[1])
        elif line.startswith("@connect "):
            connectors.add(line.split(" ", 1)[1].lower())
        else:
            words.add(line.lower())
    surnames = {w.lower() for w in _data_lines("people_surnames.txt")}
    countries = _data_lines("people_countries.txt")
    country_keys = {fold(c) for c in countries} | {"viet nam"}
    country_re = re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(c) for c in sorted(countries, key=len, reverse=True)) + r")(?!\w)"
    )
    not_officials = {name_key(n) for n in _data_lines("people_not_officials.txt")}
    # Foreign localities (the partners gazetteer, read only for their spellings): "Tỉnh trưởng
    # tỉnh Champasak Vilay ..." loses its place, "Luông Pha Bang" is never a person.
    localities = set()
    try:
        gazetteer = json.loads((DATA / "partners.json").read_text(encoding="utf-8"))
        for loc in gazetteer.get("localities", []):
            localities.update(fold(v) for v in [loc.get("name", "")] + loc.get("variants", []) if v)
    except (OSError, ValueError, AttributeError):
        pass  # without the gazetteer, only places the article itself names are known
    stop_re = re.compile(r" (?:" + "|".join(stops) + r")(?!\w)")  # matched at a position: no ^
    return SimpleNamespace(
        heads=head_re,
        words=words,
        connectors=connectors,
        stops=stop_re,
        surnames=surnames,
        country_keys=country_keys,
        countries=country_re,
        not_officials=not_officials,
        localities=localities,
    )


# Title words that only foreign officials carry, and bodies of foreign states.
_FOREIGN_TITLE = re.compile(
    r"Tỉnh trưởng|Đô trưởng|Thị trưởng|Thống đốc bang|Huyện trưởng|[Nn]ghị sĩ|Nghị viên|Thủ hiến|"
    r"Quốc vương|Hoàng thân|Ngoại trưởng|Khu ủy|Châu ủy|Châu trưởng|Nhân Đại|Đại hội Đại biểu nhân dân|Hạ viện|"
    r"Thượng viện|Hội đồng tỉnh|Đảng Nhân dân|Đảng Cộng sản (?!Việt)|Chính phủ Hoàng gia|\bbang\b"
)
_VIETNAM_ABROAD = re.compile(r"Việt Nam tại|Việt Nam ở|quán Việt Nam")
_FRIENDSHIP = re.compile(r"Việt Nam\s*[-–]\s*[^\W\d_]+(?:\s[^\W\d_]+)?|[^\W\d_]+\s*[-–]\s*Việt Nam")
_LOCAL_TITLE = re.compile(
    r"Tỉnh ủy|Thành ủy|Huyện ủy|UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân|[Ss]ở |MTTQ|"
    r"\btỉnh\b|thành phố|\bTP\b|huyện|ĐBQH tỉnh|Đại biểu Quốc hội tỉnh",
    re.I,
)
_CENTRAL_TITLE = re.compile(
    r"Bộ |Bộ$|Thứ trưởng|Bộ trưởng|Quốc hội|Chính phủ|Thủ tướng|Cục|Vụ |Ủy ban Biên giới|"
    r"Ủy ban Nhà nước|Liên hiệp|Đại sứ|Lãnh sự|Bộ Chính trị|Ban Bí thư|Trung tướng|Thiếu tướng|"
    r"Thượng tướng|Đại tướng|Tổng Tham mưu|Trung ương|Việt Nam",
)


@dataclass
class Mention:
    start: int
    end: int
    name: str
    foreign_shape: bool  # no Vietnamese family name
    after_place: bool = False  # a place was cut off its front
    honorific: str = ""
    anchored: bool = False
    titles: list = field(default_factory=list)  # (start, end) spans of title phrases


@dataclass
class Person:
    name: str
    key: str
    mentions: list = field(default_factory=list)
    titles: list = field(default_factory=list)
    places: list = field(default_factory=list)  # place names written after a title
    side: str = "local"
    lead_signal: int | None = None  # text position of the strongest lead signal
    lead_kind: str = ""

    @property
    def start(self):
        return self.mentions[0].start


# --- names -----------------------------------------------------------------------------


def _tokens(text):
    """Words with spans; a hyphenated part that starts a title word is its own token."""
    out = []
    for m in _WORD.finditer(text):
        word, start = m.group(0), m.start()
        parts = re.split(r"([-‐])", word)
        cur, cur_start, pos = parts[0], start, start + len(parts[0])
        for i in range(1, len(parts), 2):
            sep, nxt = parts[i], parts[i + 1]
            if nxt[:1].isupper() and nxt.lower() in _BREAKERS:
                out.append((cur_start, cur_start + len(cur), cur))
                cur, cur_start = nxt, pos + len(sep)
            else:
                cur += sep + nxt
            pos += len(sep) + len(nxt)
        out.append((cur_start, cur_start + len(cur), cur))
    return out


def _is_cap(word):
    return word[:1].isupper() and not (len(word) > 1 and word.isupper() and "-" not in word)


# Breakers that are also given names ("Lê Thành Đô"): they break a run only as the first word
# of their title ("Đô trưởng").
_NAME_BREAKERS = {"đô": {"trưởng"}, "chánh": {"Thanh", "thanh", "Văn", "văn", "án"}}
# A time of day that is also a given name ("Trần Minh Sáng"): inside a run it breaks it only
# before a day ("Sáng 14/10") or a day word ("Sáng nay", "Sáng cùng ngày").
_TIME_NAMES = {"sáng", "trưa"}
_DAY_AFTER = re.compile(r"\s*(?:\d|nay\b|mai\b|qua\b|cùng\b|hôm\b|thứ\b|chủ nhật\b|ngày\b|sớm\b|(?:\(\s*)\d)", re.I)


def _breaks(text, tokens, i):
    word = tokens[i][2].lower()
    if word not in _BREAKERS:
        return False
    if word in _TIME_NAMES and i > 0 and text[tokens[i - 1][1] : tokens[i][0]] == " " and _is_cap(tokens[i - 1][2]):
        return bool(_DAY_AFTER.match(text, tokens[i][1]))
    if word in _NAME_BREAKERS:
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        return bool(nxt) and text[tokens[i][1] : nxt[0]] == " " and nxt[2] in _NAME_BREAKERS[word]
    return True


# Lower-case particles inside Western and Malay names: "Pieter de Vries", "Ursula von der Leyen".
_NAME_PARTICLES = {"de", "van", "von", "der", "den", "du", "da", "di", "dos", "das", "del", "bin", "binti"}


def _particle(text, tokens, i, cur):
    """A name particle between two capitalised words of one run."""
    if not cur or tokens[i][2] not in _NAME_PARTICLES or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    return (
        text[tokens[cur[-1]][1] : tokens[i][0]] == " "
        and text[tokens[i][1] : nxt[0]] == " "
        and (_is_cap(nxt[2]) or nxt[2] in _NAME_PARTICLES)
    )


def _runs(text, tokens):
    """Runs of capitalised words joined by single spaces: [(token indexes)]."""
    runs, cur = [], []
    for i, (s, _e, w) in enumerate(tokens):
        ok = (_is_cap(w) and not _breaks(text, tokens, i)) or _particle(text, tokens, i, cur)
        if ok and cur and text[tokens[cur[-1]][1] : s] == " ":
            cur.append(i)
            continue
        if cur:
            runs.append(cur)
        cur = [i] if ok else []
    if cur:
        runs.append(cur)
    return runs


@cache
def _is_province_text(text):
    # find_all, not resolve: resolve() also accepts a name with words after it.
    return any(s == 0 and e == len(text) for s, e, _u in lookup.find_all(text))


def _is_province(words):
    return _is_province_text(" ".join(words))


def _prev_word(text, tokens, idx):
    """The word before token idx, lower-cased, when only spaces or a dot stand between."""
    if idx == 0:
        return ""
    s, e, w = tokens[idx - 1]
    gap = text[e : tokens[idx][0]]
    return w.lower() if gap.strip() in ("", ".") and "\n" not in gap else ""


def _after_provincial_body(text, pos):
    """ "UBND tỉnh Hoàng Nam": no province is called so, a deputy chairman is."""
    return bool(_PROVINCIAL_BODY_BEFORE.search(text[max(0, pos - 40) : pos]))


_PROVINCIAL_BODY_BEFORE = re.compile(
    r"(?:UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân)\s+(?:tỉnh|thành phố|TP\.?)\s*$"
)


def _doc_places(text, tokens, runs):
    """Places the article names as such: after a place noun and ending there, or followed by
    a country in brackets/after a comma ("Mondulkiri (Campuchia)")."""
    lex = _lexicon()
    surnames, country_keys = lex.surnames, lex.country_keys
    places = set(lex.localities)
    for run in runs:
        words = [tokens[i][2] for i in run]
        end = tokens[run[-1]][1]
        after = text[end : end + 60]
        country_after = (m := _COUNTRY_AFTER.match(after)) and fold(m.group(1)) in country_keys
        next_lower = bool(re.match(r"^\s*(?:[,;.():\n]|$)|^\s+" + _LOW, after))
        if (_prev_word(text, tokens, run[0]) in _PLACE_NOUNS and next_lower) or country_after:
            if words[0].lower() in surnames and (
                len(words) >= 3 or _after_provincial_body(text, tokens[run[0]][0])
            ):
                continue  # "tỉnh Đỗ Trọng Hưng": the province left out, a person named
            if "Thị" in words[1:3] or (words[0] == "Y" and len(words) >= 2):
                continue  # "thành phố A Lăng Thị Nhung": a woman's name, the city left out
            if len(words) <= 4:
                places.add(fold(" ".join(words)))
    return places


def _split_run(text, tokens, run, places):
    """The name a run holds, as (first token index, foreign_shape, after_place), or None."""
    lex = _lexicon()
    surnames, country_keys = lex.surnames, lex.country_keys
    words = [tokens[i][2] for i in run]
    n = len(words)
    start = 0
    cut = False
    prev = _prev_word(text, tokens, run[0])
    after_place_noun = prev in _PLACE_NOUNS
    # Right after "ông", "bà", "ngài" a person is named, even one called like a place
    # ("ông Nagasaki Kotaro"); elsewhere a known place at the front is cut off.
    for k in range(min(n - 1, 4), 0, -1) if prev not in ("ông", "bà", "ngài") else ():
        head = " ".join(words[:k])
        if len(head) <= 2:
            continue  # "Y Kông Ayun": the Ê Đê name particle, not Italy ("Ý")
        if (
            fold(head) in places
            or fold(head) in country_keys
            or _is_province_text(head)
            or (after_place_noun and _is_province_text("thành phố " + head))  # "TP. Hồ Chí Minh"
        ):
            start, cut = k, True
            break
    provincial_body = _after_provincial_body(text, tokens[run[0]][0])
    # "A Lăng Thị Nhung", "Pơ Loong Thị Vân", "Chamaléa Thị Hoa": "Thị" second or third makes a
    # woman's name of the Vietnamese pattern, whatever her (ethnic) family name.
    thi = [i for i in range(start + 1, min(start + 3, n - 1)) if words[i] == "Thị"]
    if thi and n - start <= 5 and (not after_place_noun or provincial_body or n >= 3):
        return start, False, cut
    if words[start] == "Y" and 2 <= n - start <= 5 and (not after_place_noun or provincial_body):
        return start, False, cut  # "Y Kông Ayun", "Y Thanh Hà Niê Kđăm": an Ê Đê man's name
    honorific = prev in ("ông", "bà", "ngài") or (
        prev == "chí" and text[max(0, tokens[run[0]][0] - 9) : tokens[run[0]][0]].lower().rstrip().endswith("đồng chí")
    )
    if honorific and start == 0 and not (words[0].lower() in surnames and n <= 4):
        # Right after "đồng chí", "ông": the name starts there. A run that does not open with a
        # family name is a foreign one, Lao names running to six or seven syllables ("Xay Sổm
        # Phon Xi Xu Vông", "Khăm Phăn Phôm Ma Thạt", whose "Ma" is no family name here).
        if 2 <= n <= 7:
            return 0, True, False
    for i in range(start, n):
        # Right after "tỉnh", "huyện": a two-word run is a place ("huyện Mai Châu"), a longer
        # one may be a name with the province left out ("UBND tỉnh Phạm Ngọc Nghị").
        if i == 0 and after_place_noun and n < 3 and not provincial_body:
            continue
        if words[i].lower() in surnames and 2 <= n - i <= 4:
            return i, False, cut or i > 0
    if after_place_noun and not cut:
        return None  # "tỉnh Banteay Meanchey ...": where the place ends is unknown
    if 2 <= n - start <= 5:
        return start, True, cut
    return None


def _candidates(text):
    """Every name-shaped run of the text: [Mention] (not yet anchored)."""
    lex = _lexicon()
    country_keys, not_officials = lex.country_keys, lex.not_officials
    tokens = _tokens(text)
    runs = _runs(text, tokens)
    places = _doc_places(text, tokens, runs)
    out = []
    for run in runs:
        split = _split_run(text, tokens, run, places)
        if split is None:
            continue
        first, foreign_shape, cut = split
        idx = run[first:]
        words = [tokens[i][2] for i in idx]
        name = " ".join(words)
        key = fold(name)
        if key in places or key in country_keys or _is_province(words) or name_key(name) in not_officials:
            continue
        if foreign_shape and any(" ".join(fold(w) for w in words[-k:]) in country_keys for k in (1, 2, 3) if k < len(words)):
            continue  # "Samsung Việt Nam", "Samsung Display Việt Nam": a company's branch, not a person
        if foreign_shape and any(w.lower() in lex.words for w in words):
            continue  # an organisation word ("Nhân", "Quốc") inside: not a name
        m = Mention(tokens[idx[0]][0], tokens[idx[-1]][1], name, foreign_shape, cut)
        before = text[max(0, m.start - 20) : m.start].lower()
        hon = re.search(r"(ngài samdech|các đồng chí|đồng chí|samdech|oknha|ngài|ông|bà)\s*:?\s*$", before)
        if hon and (hon.start() == 0 or not before[hon.start() - 1].isalpha()):
            m.honorific = hon.group(1)
        out.append(m)
    return out


# --- titles ----------------------------------------------------------------------------


_NEXT_WORD = re.compile(r" ([^\W\d_][\w./]*(?:[-‐][^\W\d_]+)*)")
_AFTER_CONNECTOR = re.compile(r" [^ ]+ ([^\W\d_])")


def _title_phrases(masked):
    """Title phrases of the masked text: [(start, end)]."""
    lex = _lexicon()
    head_re, words, connectors, stop_re = lex.heads, lex.words, lex.connectors, lex.stops
    out = []
    pos = 0
    while m := head_re.search(masked, pos):
        if not masked[m.start()].isupper():
            pos = m.end()
            continue
        end = m.end()
        while True:
            # Matched at a position, never on a slice of the rest: linear in the text.
            nxt = _NEXT_WORD.match(masked, end)
            if not nxt or stop_re.match(masked, end):
                break
            raw = nxt.group(1)
            word = raw.rstrip(".")
            if word.isupper() and raw != word:  # "TP. Huế": the abbreviation keeps its dot
                word = raw
            low = word.lower()
            if low in connectors or (" " + low) in connectors:
                after = _AFTER_CONNECTOR.match(masked, end)
                # "Ban Tuyên giáo và Dân vận" goes on; "... và Giám đốc Sở" is a second title.
                nxt_at = end + len(word) + 2
                if after and after.group(1).isupper() and not head_re.match(masked, nxt_at):
                    end += len(word) + 1
                    continue
                break
            if word[:1].isupper() or low in words or "/" in word:
                end += len(word) + 1
                continue
            break
        out.append((m.start(), end))
        pos = end
    return out


# "TITLE NAME", "TITLE - NAME", "TITLE, NAME" and "TITLE, đồng chí NAME".
# The title may end with its body in brackets: "Cục trưởng Cục Ngoại vụ (Bộ Ngoại giao) NAME".
_GAP_NAME_LEFT = re.compile(
    r"^(?:\s*\([^()\n]{2,60}\))?(?:\s*[-–:]\s*|\s*,\s*|\s+)(?:(?:đồng chí|ông|bà|ngài)\s+)?$", re.I
)
_GAP_CHAIN = re.compile(r"^\s*(?:[,–\-]|;\s*và)?\s*$")
_GAP_RIGHT = re.compile(r"^\s*(?:[,–\-:(]\s*)?$")


def _attach_titles(text, mentions):
    """Give each mention the title phrases written right before and after it.

    Phrases and mentions are kept in text order and found by bisection, so an article of
    thousands of names is read in n log n."""
    masked = list(text)
    for m in mentions:
        masked[m.start : m.end] = "§" * (m.end - m.start)
    masked = "".join(masked)
    phrases = _title_phrases(masked)  # in text order, disjoint: starts and ends both sorted
    phrase_starts = [ps for ps, _pe in phrases]
    phrase_ends = [pe for _ps, pe in phrases]
    starts = sorted(mentions, key=lambda m: m.start)
    mention_starts = [m.start for m in starts]
    claimed = set()

    def name_after(end):
        """The mention right after position ``end`` with only a dash/space gap."""
        i = bisect_left(mention_starts, end)
        if i == len(starts):
            return None
        m = starts[i]
        gap = text[end : m.start]
        return m if len(gap) <= 4 and re.fullmatch(r"\s*[-–:]?\s*", gap) else None

    # Right of a name: ", TITLE, TITLE" (a title that runs straight into the next name is
    # that name's, not this one's).
    for m in starts:
        pos = m.end
        first = True
        for k in range(bisect_left(phrase_starts, pos), len(phrases)):
            ps, pe = phrases[k]
            if ps < pos:
                continue
            gap = text[pos:ps]
            if not (_GAP_RIGHT if first else _GAP_CHAIN).match(gap) or len(gap) > 4:
                break
            if name_after(pe):
                break
            m.titles.append((ps, pe))
            claimed.add((ps, pe))
            pos, first = pe, False
            if text[pe : pe + 1] == ")":
                pos += 1
    # Left of a name: "TITLE NAME", "TITLE, NAME", "TITLE - NAME", and the chain before it.
    for n, m in enumerate(starts):
        k = bisect_right(phrase_ends, m.start) - 1
        if k < 0 or phrases[k] in claimed:
            continue  # a claimed phrase in between: no title of this one's on the left
        ps, pe = phrases[k]
        gap = text[pe : m.start]
        if not _GAP_NAME_LEFT.match(gap):
            continue
        i = bisect_left(mention_starts, pe)
        if any(starts[j] is not m and starts[j].start < m.start for j in range(i, min(n + 1, len(starts)))):
            continue  # another name stands between the title and this one
        chain = [(ps, pe)]
        for q in range(k - 1, -1, -1):
            qs, qe = phrases[q]
            if (qs, qe) in claimed or not re.fullmatch(r"\s*,\s*", text[qe : chain[0][0]]):
                break
            chain.insert(0, (qs, qe))
        for p in chain:
            claimed.add(p)
        m.titles[:0] = chain
    return phrases


# --- people ----------------------------------------------------------------------------


def _anchor(text, mentions):
    """Mark the mentions that hold a name for sure (see the module docstring)."""
    head_re = _lexicon().heads
    for m in mentions:
        if m.honorific:
            m.anchored = True
        elif not m.titles:
            continue
        elif not m.foreign_shape:
            m.anchored = True
        else:
            # A foreign-looking run needs its title right after it, or a bare head (or a
            # title ending in a place the article names) right before it.
            right = any(ts >= m.end for ts, _ in m.titles)
            left = [t for t in m.titles if t[1] <= m.start]
            bare = bool(left) and bool(head_re.fullmatch(text[left[-1][0] : left[-1][1]]))
            after = text[m.end : m.end + 40]
            place_after = bool(re.match(r"^\s*[(,]\s*" + _UP, after))
            m.anchored = right or ((bare or m.after_place) and not place_after)


def _enumerations(text, mentions):
    """Plain lists of names in a sentence that already holds an official: all of them."""
    by_start = sorted(mentions, key=lambda m: m.start)
    groups, cur = [], []
    for m in by_start:
        if cur and re.fullmatch(r"\s*(?:,|,?\s+và)\s*", text[cur[-1].end : m.start]):
            cur.append(m)
        else:
            if cur:
                groups.append(cur)
            cur = [m]
    if cur:
        groups.append(cur)
    for g in groups:
        if not any(not m.anchored for m in g):
            continue
        if len(g) == 2:
            # "các Thứ trưởng: Hà Kim Ngọc và Phạm Quang Hiệu": two Vietnamese names after a
            # title written for both (plural, or before a colon), the first one anchored.
            before = text[max(0, g[0].start - 60) : g[0].start]
            if g[0].anchored and not g[0].foreign_shape and not g[1].foreign_shape and re.search(
                r"(?:\bcác\s+[^,;.\n]{2,50}?:?|:)\s*$", before
            ):
                g[1].anchored = True
            continue
        if len(g) < 3:
            continue
        line_start = text.rfind("\n", 0, g[0].start) + 1
        sentence = text[line_start : g[0].start]
        if any(o.anchored and line_start <= o.start < g[0].start for o in mentions) or any(
            m.anchored for m in g
        ):
            if re.search(r"(?:tỉnh|thành phố|huyện|bang|gồm:?)\s*$", sentence, re.I):
                continue
            # Foreign-looking names in a list are people only beside a foreign-looking official
            # ("Nam Jong Sub, Choi Jong Hyun, Kim Jang Il"); beside a Vietnamese one they are
            # places ("4 huyện vùng cao Đồng Văn, Mèo Vạc, Yên Minh").
            foreign_anchor = any(
                o.anchored and o.foreign_shape and line_start <= o.start <= g[-1].start for o in mentions
            )
            if foreign_anchor or not any(m.foreign_shape for m in g):
                for m in g:
                    m.anchored = True


def _side(person, text):
    country_re = _lexicon().countries
    titles = " ; ".join(person.titles + person.places)
    if _VIETNAM_ABROAD.search(titles):
        return "central"
    plain = _FRIENDSHIP.sub(" ", titles)
    for s, e, _unit in reversed(lookup.find_all(plain)):
        plain = plain[:s] + " " + plain[e:]  # "Chủ tịch UBND tỉnh Lào Cai" names no country
    if _FOREIGN_TITLE.search(plain) or country_re.search(plain.replace("Việt Nam", " ")):
        return "foreign"
    if any(m.honorific in _FOREIGN_HONORIFICS for m in person.mentions):
        return "foreign"
    if "-" in person.name or all(m.foreign_shape for m in person.mentions):
        # A non-Vietnamese name is foreign unless it holds a post only Vietnam has, or a post
        # in a Vietnamese province (ethnic-minority names: "Bí thư Tỉnh ủy Lai Châu Giàng Páo Mỷ").
        vietnamese_post = re.search(r"UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân|Sở ", titles)
        if not vietnamese_post and not lookup.find_all(titles):
            return "foreign"
    if _LOCAL_TITLE.search(titles):
        # "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy": the provincial post decides.
        return "local"
    if _CENTRAL_TITLE.search(titles):
        return "central"
    return "local"


# After a title, the places that complete it: "..., Phó Bí thư Thành ủy thành phố Phòng Thành
# Cảng, Quảng Tây, Trung Quốc" (the title phrase stops at the first comma).
_CAP_GROUP = _UP + r"[\w-]*(?:\s+" + _UP + r"[\w-]*)*"
_PLACE_TAIL = re.compile(r"^(?:\s*[,(]\s*(?:nước\s+)?" + _CAP_GROUP + r"\)?){1,3}")
# A name only quoted as the sender of words ("chuyển lời của đồng chí X"): not a participant.
_PASSING_BEFORE = re.compile(
    r"(?:(?:lời|thư|chỉ đạo|ý kiến|lời chúc|thư chúc mừng|điện mừng)\s+(?:của|từ)\s*"
    r"(?:đồng chí|ông|bà|ngài)?|"
    # history and memory: "kỷ niệm 50 năm Chủ tịch Fidel Castro thăm ...", "Tượng đài Chủ tịch X"
    r"kỷ niệm \d+ năm(?: ngày (?:sinh|mất))?(?: của)?|tượng đài|khu lưu niệm|nhà lưu niệm|di tích|"
    r"tưởng niệm|mang tên|noi gương|ngày sinh(?: của)?)\s*$",
    re.I,
)


def _place_tail(text, m):
    end = max([m.end] + [te for ts, te in m.titles if ts >= m.end])
    tail = _PLACE_TAIL.match(text[end : end + 80])
    return tail.group(0) if tail else ""


def _passing(text, p):
    for m in p.mentions:
        begin = min([m.start] + [ts for ts, te in m.titles if te <= m.start])
        if not _PASSING_BEFORE.search(text[max(0, begin - 40) : begin]):
            return False
    return True


def _dedupe_titles(titles):
    """Drop a title that another one of the same person spells out ("Thứ trưởng" beside
    "Thứ trưởng Bộ Ngoại giao")."""
    folded = [fold(t) for t in titles]
    return [
        t
        for t, f in zip(titles, folded, strict=True)
        if not any(g != f and g.startswith(f + " ") for g in folded)
    ]


def _clean_title(t):
    t = re.sub(r"^(?:đồng chí|ông|bà|ngài)\s+", "", t.strip(" ,-–:;()"), flags=re.I)
    return t.strip()


# Lao names are often written with a hyphen between their parts: "Bun Chăn - Sí Vông Phăn",
# "Sổm Phết - Keo Ma Ni" (whose second part may look Vietnamese: "Ma Ni").
_NAME_HYPHEN = re.compile(r"[ \t]?[-–][ \t]?(?:" + _UP + r"[^\W\d_]*[ \t]){0,2}")


def _join_hyphenated(text, mentions):
    """Two foreign-looking runs joined by a dash, with nothing else between: one person."""
    out = []
    for m in sorted(mentions, key=lambda m: m.start):
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.foreign_shape
            and (m.foreign_shape or text[prev.end : m.start].strip(" \t-–"))
            and not m.honorific
            and _NAME_HYPHEN.fullmatch(text[prev.end : m.start])
            and len(text[prev.start : m.end].split()) <= 7
        ):
            out[-1] = Mention(prev.start, m.end, text[prev.start : m.end], True, prev.after_place, prev.honorific)
            continue
        out.append(m)
    return out


def _people(text):
    mentions = _join_hyphenated(text, _candidates(text))
    _attach_titles(text, mentions)
    _anchor(text, mentions)
    _enumerations(text, mentions)
    people = {}
    for m in mentions:
        key = name_key(m.name)
        p = people.get(key)
        if p is None:
            p = people[key] = Person(m.name, key)
        p.mentions.append(m)
    out = []
    for p in people.values():
        if not any(m.anchored for m in p.mentions) or _passing(text, p):
            continue
        seen = set()
        for m in p.mentions:
            for ts, te in m.titles:
                for part in re.split(r"\s+[-–]\s+", text[ts:te]):
                    t = _clean_title(part)
                    if t and fold(t) not in seen:
                        seen.add(fold(t))
                        p.titles.append(t)
            if m.titles and (tail := _place_tail(text, m)):
                p.places.append(tail)
        p.titles = _dedupe_titles(p.titles)
        p.side = _side(p, text)
        out.append(p)
    out.sort(key=lambda p: p.start)
    _inherit_sides(text, out)
    for p in out:
        _lead_signals(p, text, out)
    return out


def _inherit_sides(text, people):
    """An untitled name in a list ("... và Nam Jong Sub, Kim Jang Il") is on the side of the
    titled official named before it in the same paragraph."""
    for p in people:
        if p.titles:
            continue
        line_start = text.rfind("\n", 0, p.start) + 1
        before = [q for q in people if q.titles and line_start <= q.start < p.start]
        if before:
            p.side = before[-1].side


def _lead_signals(p, text, people):
    """Where the text says this person heads the delegation or chairs the meeting."""
    for m in p.mentions:
        end = max([m.end] + [te for ts, te in m.titles if ts >= m.end])
        begin = min([m.start] + [ts for ts, te in m.titles if te <= m.start])
        after = text[end : end + 60]
        hit = _LEAD_AFTER.match(after)
        if hit:
            if hit.group("chair") and re.match(r"(?:cùng|đồng)\s", hit.group("chair"), re.I):
                _co_chairs(text, m, people)
            _set_signal(p, m.start, "chair" if hit.group("chair") else "head")
            continue
        if _LEAD_BEFORE.search(text[max(0, begin - 40) : begin]):
            _set_signal(p, m.start, "chair")
            continue
        for ts, te in m.titles:
            if _HEAD_TITLE.match(text[ts:te]):
                _set_signal(p, m.start, "head")
        if _WITH_DELEGATION.match(after):
            _set_signal(p, m.start, "with")
        if _OPENER.search(text[max(0, begin - 40) : begin]):
            _set_signal(p, m.start, "opener")


def _co_chairs(text, last, people):
    """ "A - ...; B - ... cùng chủ trì", "A và B đồng chủ trì": everyone named before the verb
    in that sentence chairs; the first named comes first."""
    start = max(text.rfind(".", 0, last.start), text.rfind("\n", 0, last.start)) + 1
    for q in people:
        for m in q.mentions:
            if start <= m.start < last.start:
                _set_signal(q, m.start, "chair")


_SIGNAL_RANK = {"head": 0, "chair": 0, "with": 1, "opener": 1}


def _set_signal(p, pos, kind):
    """Keep the strongest signal, and of equal ones the first in the text."""
    rank = _SIGNAL_RANK[kind]
    old = _SIGNAL_RANK.get(p.lead_kind, 9)
    if rank < old or (rank == old and pos < p.lead_signal):
        p.lead_signal, p.lead_kind = pos, kind


# --- lead and organization -------------------------------------------------------------

_ORG_HEADS = (
    r"(?:Đảng ủy|Đảng đoàn|Ban cán sự đảng)?\s*(?:Bộ|Ủy ban|Liên hiệp|Ban|Cục|Vụ|Văn phòng|Hội|"
    r"Quốc hội|Tổng cục|Đại sứ quán|Tổng Lãnh sự quán|Lãnh sự quán|Sở|UBND|HĐND|Cơ quan|"
    r"Tỉnh ủy|Thành ủy|Học viện|Trung tâm)"
)
# Words that go on naming a body after its head word ("Bộ Ngoại giao", "Ủy ban Nhà nước về
# người Việt Nam ở nước ngoài"); "về" only before a name or "người" ("Sở Ngoại vụ về tổ chức
# ..." is a topic, not a body).
_ORG_WORDS = (
    r"(?:\s+(?:" + _UP + r"[\w.]*|các|tổ|chức|hữu|nghị|quốc|gia|nhân dân|tỉnh|thành|phố|ngoại|vụ|"
    r"giao|biên|giới|nhà|nước|về(?=\s+(?:người|" + _UP + r"))|người|ở|ngoài|văn|hóa|đối|thông|tin|"
    r"chỉ|đạo|công|tác|và)(?!\w))*"
)
_DELEGATION_ORG = re.compile(
    r"[Đđ]oàn\s+(?:công\s+tác\s+|đại\s+biểu\s+|lãnh\s+đạo\s+)?(?:liên\s+ngành\s+)?(?:cấp\s+cao\s+)?(?:của\s+)?"
    r"(?P<org>"
    + _ORG_HEADS
    + _ORG_WORDS
    + r"|(?:tỉnh|thành phố|TP\.|thủ đô|Thủ đô|bang)\s+"
    + _UP
    + r"[\w-]*(?:\s+"
    + _UP
    + r"[\w-]*)*)"
)
_EVENT_ORG = re.compile(
    r"(?P<org>(?:"
    + _ORG_HEADS
    + r")"
    + _ORG_WORDS
    + r")\s+(?:đã\s+)?(?:long\s+trọng\s+)?(?:phối\s+hợp\s+)?tổ\s+chức"
)
_TITLE_ORG = re.compile(
    r"^(?:Phó\s+)?(?:[Cc]hủ tịch|[Bb]í thư|Giám đốc|Trưởng [Bb]an|[Cc]hủ nhiệm|Thứ trưởng|Bộ trưởng|"
    r"Cục trưởng|Vụ trưởng|Tổng Lãnh sự|Đại sứ)(?:\s+Thường trực|\s+thường trực)?\s+(?P<org>.+)$"
)
_PROVINCIAL_BODY = re.compile(
    r"^(?:UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân|Tỉnh ủy|Thành ủy|Sở [\w ]+?)(?:\s+(?:tỉnh|thành phố|TP\.?))?$"
)


def _complete_org(org, province):
    """ "Sở Ngoại vụ" -> "Sở Ngoại vụ tỉnh Đắk Lắk": a provincial body gets its province."""
    org = org.strip(" ,.;:")
    if not province or fold(province) in fold(org):
        return org
    if org in ("Tỉnh ủy", "Thành ủy"):
        return f"{org} {province}"
    if _PROVINCIAL_BODY.match(org):
        if re.search(r"(?:tỉnh|thành phố|TP\.?)$", org):
            return f"{org} {province}"
        city = province in _CITIES
        return f"{org} {'thành phố' if city else 'tỉnh'} {province}"
    return org


_CITIES = {"Hà Nội", "Hồ Chí Minh", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Huế"}
_ENVOY = re.compile(
    r"^(?:Phó\s+)?(?P<post>Đại sứ|Tổng Lãnh sự|Lãnh sự)(?:\s+đặc mệnh toàn quyền)?\s+(?P<country>.+?)\s+tại\s+(?P<where>.+)$"
)
_MISSION = re.compile(r"(?:Tổng Lãnh sự quán|Lãnh sự quán|Đại sứ quán)\b.*")
_FOREIGN_PLACE = re.compile(
    r"(?:tỉnh|thành phố|thủ đô|Thủ đô|bang|Khu tự trị(?: dân tộc \w+)?)\s+" + _CAP_GROUP
)


def _org_of_titles(titles):
    for t in titles:
        if m := _MISSION.search(t):
            return m.group(0)
        # "Đại sứ Australia tại Việt Nam" -> "Đại sứ quán Australia"
        if m := _ENVOY.match(t):
            where = "" if m.group("where") == "Việt Nam" else f" tại {m.group('where')}"
            return f"{m.group('post')} quán {m.group('country')}{where}"
    for t in titles:
        if t.startswith("Ủy viên"):
            continue
        m = _TITLE_ORG.match(t)
        if m and not m.group("org").startswith(("tỉnh", "Thường trực", "thường trực")):
            return m.group("org")
    return None


def _foreign_org(lead):
    """A foreign lead's body: the foreign locality his titles name ("tỉnh Vân Nam")."""
    for t in reversed(lead.titles + lead.places):
        if m := _FOREIGN_PLACE.search(t):
            return m.group(0)
    return _org_of_titles(lead.titles)


def _organization(doc, kind, province, lead, people):
    """The body that leads the delegation or holds the event (``province``: its name)."""
    text = doc.text
    if kind == "provincial_event":
        m = _EVENT_ORG.search(text)
        if m:
            return _complete_org(m.group("org"), province)
    if kind in ("central_delegation", "foreign_delegation"):
        for m in _DELEGATION_ORG.finditer(text):
            org = m.group("org").strip()
            if province and fold(province) in fold(org):
                continue  # the host's own body, not the visitors'
            if len(org.split()) >= 2:
                return _complete_org(org, province)
    if lead is not None and lead.side == "foreign":
        return _foreign_org(lead)
    if lead is not None:
        org = _org_of_titles(lead.titles)
        if org:
            return _complete_org(org, province)
    if kind == "central_delegation" and re.search(r"Bộ Ngoại giao", text):
        return "Bộ Ngoại giao"
    if province and kind in ("outbound_delegation", "provincial_event"):
        return _complete_org("UBND tỉnh", province)
    return None


def _elsewhere(p, province):
    """A Vietnamese official of another province than the article's ("Bí thư Tỉnh ủy Tây
    Ninh" in a Long An story): not the first choice for its lead."""
    if not province or p.side != "local":
        return False
    for t in p.titles:
        for _s, _e, unit in lookup.find_all(t):
            if fold(unit.name) != fold(province) and fold(unit.current_name) != fold(province):
                return True
    return False


_SIGNING = re.compile(r"\bký kết\b|\blễ ký\b", re.I)
_PROVINCIAL_POST = re.compile(r"Tỉnh ủy|Thành ủy|UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân")


# The lead names a visiting delegation (whose head, unnamed, is the lead).
_VISITING = re.compile(r"\b[Đđ]oàn\b")


def _opening(doc):
    """The title and the first sentence of the story."""
    body = doc.body[:1]
    return "\n".join([doc.title, *(s.text for s in body)])


def _lead(doc, kind, province, people, organization):
    """The Person who leads the delegation or chairs the activity (``province``: its name)."""
    if not people:
        return None
    # Officials of another Vietnamese province go last; sorted() keeps the order otherwise.
    people = sorted(people, key=lambda p: _elsewhere(p, province))
    want = EXPECTED_SIDE.get(kind)
    signalled = sorted(
        (p for p in people if p.lead_kind in ("head", "chair")),
        key=lambda p: (_elsewhere(p, province), p.lead_signal),
    )
    if kind == "provincial_event":
        chairs = [p for p in signalled if p.lead_kind == "chair"]
        if chairs:
            return chairs[0]
    same = [p for p in signalled if p.side == want and not _elsewhere(p, province)]
    if same:
        return same[0]
    if kind in ("central_delegation", "foreign_delegation"):
        other = [p for p in signalled if p.side != "local"]
        if other:
            return other[0]
        # The head of the visiting delegation whose titles say nothing of a province ("ông X,
        # Phó Chủ nhiệm Ủy ban làm Trưởng đoàn"): "local" was only the default side.
        heads = [
            p for p in signalled
            if p.lead_kind == "head" and not any(_LOCAL_TITLE.search(t) for t in p.titles + p.places)
        ]
        if heads:
            return heads[0]
    if kind == "provincial_event" and organization:
        # The organising body's head: "Giám đốc Sở Ngoại vụ" for a Sở Ngoại vụ meeting.
        core = fold(re.sub(r"\s+(?:tỉnh|thành phố|TP\.?)\s+.*$", "", organization))
        heads = [
            p
            for p in people
            if p.side == "local"
            and any(
                re.match(r"(?:giam doc|chu tich|truong ban|bi thu)\b", fold(t)) and core in fold(t)
                for t in p.titles
            )
        ]
        if heads:
            return heads[0]
    weak = sorted((p for p in people if p.lead_kind in ("with", "opener")), key=lambda p: p.lead_signal)
    weak = [p for p in weak if p.side == want and not _elsewhere(p, province)]
    if weak:
        return weak[0]
    if signalled and kind == "outbound_delegation":
        return signalled[0]
    # Fallbacks: officials with a title first; an untitled name is a weak guess for a lead.
    titled = [p for p in people if p.titles] or people
    if kind in ("central_delegation", "foreign_delegation"):
        # A visitor whose title was not read ("ông Jeff Oakes, Giám đốc quốc gia Tổ chức ...")
        # is still a better lead than a host with a title.
        side = "central" if kind == "central_delegation" else "foreign"
        for group in (titled, people):
            cand = [p for p in group if p.side == side] or [p for p in group if p.side != "local"]
            if cand:
                return cand[0]
        opening = _opening(doc)
        if kind == "foreign_delegation" and _SIGNING.search(opening) and not _VISITING.search(opening):
            # A signing with foreign localities whose leaders go unnamed ("lãnh đạo 4 tỉnh Nam
            # Lào"): the province's own leader who signs and hosts it stands for the ceremony
            # (a guess, for the review queue). A plain reception keeps no lead.
            hosts = [
                p for p in titled
                if p.side == "local" and not _elsewhere(p, province)
                and any(_PROVINCIAL_POST.search(t) for t in p.titles)
            ]
            return hosts[0] if hosts else None
        return None
    cand = [p for p in titled if p.side == "local"]
    return cand[0] if cand else None


def extract(doc, kind, province):
    """The People of an activity of ``kind`` in ``province`` (a Province, or None): the
    organization, the lead and the other officials."""
    province = province.name if province else None
    people = _people(doc.text)
    lead = _lead(doc, kind, province, people, None)
    organization = _organization(doc, kind, province, lead, people)
    if kind == "provincial_event":
        # The organising body's head chairs its event: re-read the lead with the body known.
        lead = _lead(doc, kind, province, people, organization)
    if lead is not None and lead.lead_kind not in ("head", "chair"):
        # No "trưởng đoàn", "dẫn đầu" or "chủ trì" names this person: the lead is a guess.
        doc.doubt("lead_guessed", (lead.mentions[0].start, lead.mentions[0].end))
    officials = [
        Official(p.name, p.titles, p.side, [p.mentions[0].start, p.mentions[0].end]) for p in people if p is not lead
    ]
    return People(organization, Official(lead.name, lead.titles, lead.side) if lead else None, officials)
