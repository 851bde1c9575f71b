"""Names: every run of capitalised words that may be a person, and the mentions that
are one for sure (see the package docstring)."""

import re
from dataclasses import dataclass, field
from functools import cache

from apps.lib import surnames as surnames_list
from apps.lib.text import fold, name_key
from apps.provinces import lookup

from ..lexicon import LOWER, PROVINCIAL_BODIES, UPPER, japanese_name, korean_name, titled_speaker
from .lexicon import _BREAKERS, _COUNTRY_AFTER, _PLACE_NOUNS, _WORD, _lexicon


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


# Two-word titles and ranks whose first word is no breaker alone ("Chỉ" and "Tư" are given names
# too): after a hyphen, with their second word next, they end the name ("Lê Văn Cường-Chỉ huy trưởng").
_TITLE_PAIRS = {
    "chỉ": {"huy"}, "tư": {"lệnh"}, "chính": {"ủy", "uỷ"}, "hiệu": {"trưởng"},
    "đại": {"sứ", "tá", "úy", "uý", "tướng"}, "thượng": {"tướng", "tá", "úy", "uý"},
    "trung": {"tướng", "tá", "úy", "uý"}, "thiếu": {"tướng", "tá", "úy", "uý"},
}
_NEXT_WORD = re.compile(r" (\w+)")
# ... and a post written in lower case after the hyphen: "Lương Văn Đức-chuyên viên cao cấp" (the
# lower-case parts of Lao and Korean names, "Keo-bun-hương", "Park Jeong-hoon", are no such words)
_LOWER_POSTS = {
    "chuyên": {"viên", "gia"}, "phó": None, "giám": {"đốc"}, "trưởng": {"phòng", "ban", "đoàn", "khoa"},
    "chủ": {"tịch", "nhiệm"}, "bí": {"thư"}, "tổng": {"giám", "thư", "lãnh", "cục"}, "cán": {"bộ"}, "thư": {"ký"},
    "ủy": {"viên"}, "đại": {"diện", "sứ", "tá"}, "thành": {"viên"}, "giảng": {"viên"},
}


def _tokens(text):
    """Words with spans; a hyphenated part that starts a title word is its own token."""
    out = []
    for m in _WORD.finditer(text):
        word, start = m.group(0), m.start()
        parts = re.split(r"([-‐])", word)
        cur, cur_start, pos = parts[0], start, start + len(parts[0])
        for i in range(1, len(parts), 2):
            sep, nxt = parts[i], parts[i + 1]
            last = i == len(parts) - 2
            pair = _TITLE_PAIRS.get(nxt.lower()) if last else None
            second = _NEXT_WORD.match(text, m.end()) if last else None
            post = nxt in _LOWER_POSTS and bool(second) and (
                _LOWER_POSTS[nxt] is None or second.group(1) in _LOWER_POSTS[nxt]
            )
            if (nxt[:1].isupper() and (nxt.lower() in _BREAKERS or (pair and second and second.group(1).lower() in pair))) or post:
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
# ("Cơ" too: "Hoàng Thiệu Cơ", where "Cơ quan", "Cơ sở" open a body's name)
_NAME_BREAKERS = {
    "đô": {"trưởng"},
    "chánh": {"Thanh", "thanh", "Văn", "văn", "án"},
    "cơ": {"quan", "Quan", "sở", "Sở", "chế", "hội", "cấu"},
    # the Khmer honorific "Lok Chumteav", not a name "Lok Chhay"
    "lok": {"Chumteav", "chumteav"}, "lôk": {"Chum-tiêv", "chum-tiêv"},
    # an award after the name it is given to: "trao tặng Tổng Lãnh sự Chea Sovann Kỷ niệm chương ...", "...
    # Huân chương Hữu nghị" ("Bằng", "Huy" are given names too often: "Vũ Thanh Bằng khen ngợi")
    "kỷ": {"niệm"}, "huân": {"chương"},
}
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
    if word == "từ" and _family_name_tu(text, tokens, i):
        return False
    if word in _NAME_BREAKERS:
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        return bool(nxt) and text[tokens[i][1] : nxt[0]] == " " and nxt[2] in _NAME_BREAKERS[word]
    if word in _GIVEN_TOO:
        # a word that is also a given name breaks a run only where its own phrase goes on: a board's, an institute's
        # name ("Ban Đối ngoại", "Ban chỉ đạo", "Viện Nghiên cứu", "Viện trưởng"), the verb in a headline's capitals or
        # before whom it receives ("Chủ Tịch Tỉnh Tiếp Đại Sứ", "tiếp đoàn"); a given name ends before any other word
        # or a comma: "TS.BS. Nguyễn Văn Ban, Giám đốc Sở Y tế", "Phó Giám đốc Sở Giao thông vận tải Vũ Văn Viện; ...",
        # "Phó Chủ tịch UBND tỉnh Nguyễn Văn Tiếp chủ trì hội nghị"
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if word == "ban" and nxt and nxt[2][:1].isupper() and nxt[2].lower() not in _BOARD_CAPITALS and i > 0 and (
            text[tokens[i - 1][1] : tokens[i][0]] == " " and _is_cap(tokens[i - 1][2]) and tokens[i - 1][2].lower() not in _BREAKERS
        ):
            return False  # "đồng chí Khăm Ban Phôm Mạ Chăn, Bí thư Tỉnh ủy ...": a Lao given name, no board's ("Ban Đối ngoại")
        return bool(nxt) and text[tokens[i][1] : nxt[0]] == " " and (nxt[2][:1].isupper() or nxt[2] in _GIVEN_TOO[word])
    return True



# Lower-case words that go on an institute's name after "Viện": "Viện trưởng", "Viện nghiên cứu".
_INSTITUTE_WORDS = set("trưởng phó nghiên kiểm hàn khoa kinh chiến quốc".split())
# Lower-case words after the verb "tiếp" (receive): whom or how it receives, or the word it starts.
_RECEIVED = set("đoàn đón tục nhận theo đó xúc cận thu xã thân và khách ngài ông bà các lãnh đại tân".split())


# Lower-case words that go on a board's name after "Ban": "Ban chỉ đạo", "Ban quản lý", "Ban tổ chức".
_BOARD_WORDS = set(
    "chỉ quản tổ thường điều công đại liên biên giám chấp dân tuyên nội kinh văn pháp đối bí vận kiểm thi "
    "cán tiếp an".split()
)
# And the first words of a board's name written with capitals ("Ban Hợp tác quốc tế", "Ban Lãnh đạo"), which no
# Lao given name after "Ban" opens with; lower-case, these go on a name's sentence ("ông Nguyễn Văn Ban lãnh đạo ...").
_BOARD_CAPITALS = _BOARD_WORDS | set("hợp xúc thư nghiên soạn phát quốc tài lãnh".split())
# Capitalised words that end a run (_BREAKERS) but are given names too, and the lower-case words their own phrase
# goes on with.
# Lower-case words that go on after "Tỉnh" in a body's or a place's name ("Tỉnh ủy", "Tỉnh đoàn", "Tỉnh lộ"): a
# Hmong given name ends a run ("ông Giàng Seo Tỉnh, Phó Giám đốc Sở Ngoại vụ").
_PROVINCE_WORDS = set("ủy uỷ trưởng đoàn đội lộ lỵ bạn nhà này đó ta".split())
# Lower-case words that go on after "Hội": an association's or a meeting's name ("Hội đồng", "Hội nghị", "Hội hữu nghị");
# a given name "Hội" ends its run before a comma or a verb ("ông Lê Văn Hội, Giám đốc Sở Ngoại vụ", "ông Lê Văn Hội cho biết").
_ASSOCIATION_WORDS = set(
    "đồng nghị đàm thảo chợ kiến nhập diễn trại viên sở trường hữu liên doanh người phụ nông cựu chữ khuyến luật nhà văn "
    "sinh chiến thanh hội nạn làm bảo".split()
)
# Lower-case words that go on a department's name after "Sở" ("Sở ngoại vụ", "nước sở tại"): a given name "Sở" ends
# its run before any other word ("Phó Chủ tịch UBND tỉnh Đặng Văn Sở đã tiếp ...").
_DEPARTMENT_WORDS = set("ngoại nội kế công giáo văn y tài lao thông nông xây khoa tư du giao tại quy dân tuyên".split())
_GIVEN_TOO = {
    "ban": _BOARD_WORDS, "sở": _DEPARTMENT_WORDS, "viện": _INSTITUTE_WORDS, "tiếp": _RECEIVED, "tỉnh": _PROVINCE_WORDS,
    "hội": _ASSOCIATION_WORDS,
}


# Title words a run after "đồng chí" may open with: "đồng chí Trưởng Đoàn Đại biểu Quốc hội tỉnh" names no one.
_TITLE_FIRST = {"Trưởng", "Phó", "Chủ", "Bí", "Giám", "Tổng", "Thứ", "Bộ", "Đại", "Thượng", "Trung", "Thiếu", "Chánh",
                "Cục", "Vụ", "Chỉ", "Ủy", "Trợ", "Tham"}
# Words right before a family name Từ: "ông Từ Chí Cường", "Châu trưởng Từ Chí Cường", "đồng chí Từ Minh Hải".
_BEFORE_TU = {"ông", "bà", "ngài", "chí", "trưởng", "tịch", "ủy", "thư"}


def _family_name_tu(text, tokens, i):
    """"Từ" written with its capital after an honorific or a title's last word, two capitalised words
    after it: a family name ("ông Từ Chí Cường"), not "from" ("Từ Hà Nội, đoàn ...")."""
    if tokens[i][2] != "Từ" or i == 0 or i + 1 >= len(tokens):
        return False
    prev, nxt = tokens[i - 1], tokens[i + 1]
    if (
        prev[2] in ("ông", "bà", "ngài") and text[prev[1] : tokens[i][0]] == " "
        and text[tokens[i][1] : nxt[0]] == " " and _is_cap(nxt[2])
    ):
        return True  # (right after the honorific, a name of two words: "do ông Từ Lâm, Châu trưởng châu Hồng Hà")
    if i + 2 >= len(tokens):
        return False
    last = tokens[i + 2]
    return (
        prev[2] in _BEFORE_TU and text[prev[1] : tokens[i][0]] == " "
        and text[tokens[i][1] : nxt[0]] == " " and text[nxt[1] : last[0]] == " "
        and _is_cap(nxt[2]) and _is_cap(last[2])
    )


# Lower-case particles inside Western and Malay names: "Pieter de Vries", "Ursula von der Leyen".
_NAME_PARTICLES = set(
    "de van von der den du da di dos das del bin binti ter te zu al el ibn la le".split()
)


def _particle(text, tokens, i, cur):
    """A name particle between two capitalised words of one run."""
    if not cur or tokens[i][2] not in _NAME_PARTICLES or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    return (
        (text[tokens[cur[-1]][1] : tokens[i][0]] == " " or _after_initial(text, tokens, cur))
        and text[tokens[i][1] : nxt[0]] == " "
        and (_is_cap(nxt[2]) or nxt[2] in _NAME_PARTICLES)
    )


def _after_initial(text, tokens, cur):
    """The run so far ends in a middle initial, its dot and a space: "Catherine M. Holloway"; or is an initial
    right after an honorific or a title: "ông K. Venkata Ramana", "Bộ trưởng S. Ramesh Gowda", "Thống đốc tỉnh
    B. Batbayar", "bà Ch. Enkhtuya" (Mongolian names keep their father's initial, "Ch", "Ts", "Sh", "Kh" one
    letter of their alphabet)."""
    last = tokens[cur[-1]]
    # (a digraph only before a name no Vietnamese family name opens: "Ts. Lê Văn Bé" is a doctor, Tiến sĩ)
    nxt = re.match(r"\. (\w+)", text[last[1] : last[1] + 30])
    initial = (len(last[2]) == 1 and last[2].isupper()) or (
        len(cur) == 1 and last[2] in _DIGRAPH_INITIALS and not (nxt and nxt.group(1).lower() in _lexicon().surnames)
    )
    return (
        initial and text[last[1] : last[1] + 2] == ". "
        and (len(cur) >= 2 or bool(_HONORIFIC_BEFORE.search(text, max(0, last[0] - 30), last[0])))
    )


_DIGRAPH_INITIALS = {"Ch", "Ts", "Sh", "Kh", "Ya", "Yo", "Yu"}


def _opens_with_initial(text, tokens, run):
    """The run of two words or more opens with an initial and its dot ("B. Batbayar"): _runs joined them only after an
    honorific or a title, so the run is a name."""
    return len(run) >= 2 and text[tokens[run[0]][1] : tokens[run[0]][1] + 2] == ". "
# (a foreign head's title: its last word, or "tỉnh" after a governor's, who is named without his province)
_HONORIFIC_BEFORE = re.compile(
    r"(?<!\w)(?:ông|bà|ngài|(?:Thống|Giám) đốc|(?:Bộ|Thứ|Tỉnh|Thị|Thủ|Châu|Huyện) trưởng|Đại sứ|Lãnh sự|Chủ tịch"
    r"|(?:Thống đốc|Tỉnh trưởng) tỉnh)\s$",
    re.IGNORECASE,
)


# A family name in capitals, as diplomatic lists write Japanese and Korean names ("Ngài ITO Naoki", "Đại sứ
# PARK Noh-wan"): right after "Ngài" or an envoy's title, a capitalised given name after it (not after "ông":
# "ông DUBREUIL Jean-Marc" is written "Jean-Marc Dubreuil" too; nor "thị trưởng TP Fukuoka").
_CAPS_FAMILY_BEFORE = re.compile(r"(?:ngài|đại sứ|lãnh sự)\s+$", re.IGNORECASE)


def _caps_family(text, tokens, i):
    word = tokens[i][2]
    if not (2 <= len(word) <= 10 and word.isascii() and word.isalpha() and word.isupper()) or i + 1 >= len(tokens) or word == "TP":
        return False
    nxt = tokens[i + 1][2]
    return (
        text[tokens[i][1] : tokens[i + 1][0]] == " " and nxt[:1].isupper() and not nxt.isupper()
        and bool(_CAPS_FAMILY_BEFORE.search(text, max(0, tokens[i][0] - 25), tokens[i][0]))
    )


# ... or last, in the French manner, after given names that follow "ông" or "bà": "ông Jean-Luc DUPONT",
# "bà Catherine LEFÈVRE-MARTIN".
_CAPS_SURNAME_BEFORE = re.compile(r"(?:ông|bà|ngài|giáo sư|tiến sĩ)\s+$", re.IGNORECASE)


def _caps_surname(text, tokens, i, cur):
    word = tokens[i][2]
    if not cur or not (2 <= len(word) <= 20 and word.replace("-", "").isalpha() and word.isupper()):
        return False
    given = [tokens[j][2] for j in cur]
    return (
        len(given) <= 2 and all(w[:1].isupper() and not w.isupper() for w in given)
        and text[tokens[cur[-1]][1] : tokens[i][0]] == " "
        and bool(_CAPS_SURNAME_BEFORE.search(text, max(0, tokens[cur[0]][0] - 12), tokens[cur[0]][0]))
    )


def _runs(text, tokens):
    """Runs of capitalised words joined by single spaces: [(token indexes)]."""
    runs, cur = [], []
    for i, (s, _e, w) in enumerate(tokens):
        ok = (
            (_is_cap(w) and not _breaks(text, tokens, i)) or _particle(text, tokens, i, cur)
            or (not cur and _caps_family(text, tokens, i)) or _caps_surname(text, tokens, i, cur)
        )
        if ok and cur and (text[tokens[cur[-1]][1] : s] == " " or _after_initial(text, tokens, cur)):
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
    if gap.strip() == "." and len(w) > 3:
        return ""  # a sentence's end ("... Hàn Quốc. Lượng kiều hối ..."), not an abbreviation ("TP. Hồ Chí Minh")
    return w.lower() if gap.strip() in ("", ".") and "\n" not in gap else ""


def _after_provincial_body(text, pos):
    """ "UBND tỉnh Hoàng Nam": no province is called so, a deputy chairman is."""
    return bool(_PROVINCIAL_BODY_BEFORE.search(text[max(0, pos - 40) : pos]))


_PROVINCIAL_BODY_BEFORE = re.compile(PROVINCIAL_BODIES + r"\s+(?:tỉnh|thành phố|TP\.?)\s*$")
_PARTY_COMMITTEE_BEFORE = re.compile(r"(?<!\w)(?:Tỉnh ủy|Thành ủy|Huyện ủy)\s+$")


# A unit only foreign localities have: the name after it is a place, even one that opens with a
# family name ("Bí thư Đảng ủy trấn Kim Thủy Hà"; not "thị trấn").
_FOREIGN_UNIT_BEFORE = re.compile(r"(?<!\w)(?<![Tt]hị )(?:trấn|bang|hạt|châu)\s+$")


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
        next_lower = bool(re.match(r"^\s*(?:[,;.():\n]|$)|^\s+" + LOWER, after))
        if (_place_noun_before(text, tokens, run[0]) and next_lower) or country_after:
            if words[0].lower() in surnames and (
                len(words) >= 3 or _after_provincial_body(text, tokens[run[0]][0])
            ) and not _FOREIGN_UNIT_BEFORE.search(text, max(0, tokens[run[0]][0] - 12), tokens[run[0]][0]) and not _gate_named(
                text, tokens, run[0]
            ):
                continue  # "tỉnh Đỗ Trọng Hưng": the province left out, a person named
            # (or a Highlands name: "Y Quang Niê", "Tỉnh ủy H'Lim Niê", "K'Mák Huy")
            if "Thị" in words[1:3] or (re.match(r"^(?:Y|[HKR]['’]\S*)$", words[0]) and len(words) >= 2):
                continue  # "thành phố A Lăng Thị Nhung": a woman's name, the city left out
            if len(words) >= 3 and words[1] in ("Văn", "A") and (_after_provincial_body(text, tokens[run[0]][0]) or len(words) <= 4):
                # "UBND tỉnh Lộc Văn Tường", "Bí thư Tỉnh ủy Cà Văn Nhiên": a man's name (Lộc, Cà: no listed family name), as is the
                # Hmong "Bí thư Tỉnh ủy Vừ A Sinh"
                continue
            if titled_speaker(text, tokens[run[0]][0], end):
                continue  # "Chủ tịch Hội đồng thành phố Park Young-jin cho biết": a person speaks, the city left out
            if korean_name(words) or japanese_name(words) or _opens_with_initial(text, tokens, run):
                continue  # "Chủ tịch Hội đồng tỉnh Choi Byung-gil.", "Thống đốc tỉnh B. Batbayar": a name, the province left out
            if _after_provincial_body(text, tokens[run[0]][0]) and not _is_province(words):
                continue  # "Phó Chủ tịch UBND tỉnh K'Mák Huy": no province, so a person (the gazetteer's places stay)
            if len(words) <= 4:
                places.add(fold(" ".join(words)))
    return places


# A border gate's or a zone's name follows: "cửa khẩu Đồng Đăng", "Khu kinh tế Dung Quất", "khu công nghiệp VSIP".
_ZONE_BEFORE = re.compile(r"(?i:cửa khẩu|khu kinh tế|khu công nghiệp|khu chế xuất)\s+$")


_ZONE_BOARD_BEFORE = re.compile(r"(?i:ban quản lý|trưởng ban|giám đốc|chủ tịch)[^,;.\n]{0,40}$")


def _gate_named(text, tokens, idx):
    """Token ``idx`` follows a border gate's or a zone's words, not its board's title: "cửa khẩu Ma Lù Thàng"
    names no one; "Trưởng Ban Quản lý Khu kinh tế Lê Trung Kiên" does."""
    at = tokens[idx][0]
    return _after_zone(text, tokens, idx) and not _ZONE_BOARD_BEFORE.search(text, max(0, at - 60), at)


def _after_zone(text, tokens, idx):
    """Token ``idx`` follows a border gate's or a zone's words: "cửa khẩu Ma Lù Thàng" names no one."""
    return _prev_word(text, tokens, idx) in ("khẩu", "tế", "nghiệp", "xuất") and bool(
        _ZONE_BEFORE.search(text, max(0, tokens[idx][0] - 20), tokens[idx][0])
    )


def _place_noun_before(text, tokens, idx):
    """A place noun stands right before token ``idx`` ("tỉnh", "huyện"), or a border gate's or a zone's
    words ("Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn", "Khu kinh tế Dung Quất"; not "xuất nhập khẩu")."""
    prev = _prev_word(text, tokens, idx)
    return prev in _PLACE_NOUNS or _after_zone(text, tokens, idx)


# (and the Czech, German, French, English ones: "Ústí nad Labem", "Frankfurt am Main", "Boulogne-sur-Mer")
_PLACE_PARTICLES = {"do", "da", "de", "del", "dos", "das", "di", "nad", "pod", "am", "sur", "upon"}


_YOUTH_UNION_AFTER = re.compile(r"\s+niên(?!\w)")
_HMONG_MIDDLE = {"Seo", "Mí", "Chứ", "Sính", "A"}


@cache
def _common_surnames():
    """The forty commonest family names, lower-case (the Kinh names; not the Highlands' "Niê", "Ksor")."""
    return frozenset(w.lower() for w in surnames_list.common())


# An Ê Đê man's "Y" or a Highlands "H'", "K'" opening a name: "Y Kông Ayun", "H'Yim Niê", "K'Mák Huy".
_HIGHLAND_OPENING = re.compile(r"Y$|[HK]['’]\w")


def _split_run(text, tokens, run, places):
    """The name a run holds, as (first token index, foreign_shape, after_place), or None."""
    lex = _lexicon()
    surnames, country_keys = lex.surnames, lex.country_keys
    words = [tokens[i][2] for i in run]
    n = len(words)
    start = 0
    cut = False
    prev = _prev_word(text, tokens, run[0])
    after_place_noun = _place_noun_before(text, tokens, run[0])
    if _gate_named(text, tokens, run[0]) and n <= 4:
        return None  # "nâng cấp cửa khẩu Ma Lù Thàng, Thứ trưởng cho biết": the gate's name, whatever its words
    # Right after "ông", "bà", "ngài" a person is named, even one called like a place
    # ("ông Nagasaki Kotaro"), and so is a Japanese family name before a given name ("Thị trưởng
    # Yamaguchi Ryota"); elsewhere a known place at the front is cut off.
    # (nor a name of the Vietnamese pattern, its middle word "Văn", "Thị" or the Hmong "A": "Đại tá Tráng A Sinh"
    # is no place "Trang")
    middle = n in (3, 4) and words[1] in ("Văn", "Thị", "A")
    # (nor after "đồng chí": "đồng chí Phon-xạ-vẳn Khăm-phui, Phó Bí thư Thường trực Tỉnh ủy Hủa Phăn", a Lao name
    # that opens like a town)
    comrade = prev == "chí" and text[max(0, tokens[run[0]][0] - 9) : tokens[run[0]][0]].lower().rstrip().endswith("đồng chí")
    for k in range(min(n - 1, 4), 0, -1) if prev not in ("ông", "bà", "ngài") and not comrade and not japanese_name(words) and not middle else ():
        head = " ".join(words[:k])
        if len(head) <= 1 or (len(head) == 2 and n - k < 2):
            continue  # "Y Kông Ayun": the Ê Đê name particle, not Italy ("Ý"); "Mỹ Marc Knapper": the US
        if (
            fold(head) in places
            or fold(head) in country_keys
            or _is_province_text(head)
            or (after_place_noun and _is_province_text("thành phố " + head))  # "TP. Hồ Chí Minh"
        ):
            start, cut = k, True
            break
    if cut and words[start : start + 2] == ["Việt", "Nam"] and n - start >= 4:
        start += 2  # "Tổng giám đốc Samsung Electronics Việt Nam Kim Tae-hoon": the company's branch, then its head
    if start == 0 and run[0] >= 2 and tokens[run[0] - 1][2] in _PLACE_PARTICLES and n >= 2:
        # "bang Rio Grande do Norte José Carlos Medeiros": a place's name goes on past its particle into the run
        before = [tokens[j][2] for j in range(max(0, run[0] - 4), run[0])]
        for k in (2, 1):
            if any(fold(" ".join(before[b:] + words[:k])) in places for b in range(len(before) - 1)) and n - k >= 2:
                start, cut = k, True
                break
    if start == 0 and prev == "tại":
        # "Tổng Lãnh sự Lào tại Vinh Phết-sa-mỏn Vông-xa": the seat, then a hyphenated foreign name
        hyphened = next((i for i, w in enumerate(words) if "-" in w), None)
        if hyphened in (1, 2) and n - hyphened <= 4:
            start, cut = hyphened, True
    if start == 0 and japanese_name(words):
        return 0, True, False  # "Phó Thống đốc tỉnh Ueda Koji": the prefecture left out, its head named
    if start == 0 and _opens_with_initial(text, tokens, run):
        return 0, True, False  # "Thống đốc tỉnh B. Batbayar": an initial opens a name (the run joins it after a title)
    provincial_body = _after_provincial_body(text, tokens[run[0]][0])
    run_start, run_end = tokens[run[0]][0], tokens[run[-1]][1]
    if start == 0 and 2 <= n <= 5 and titled_speaker(text, run_start, run_end):
        # "Phó Thống đốc tỉnh Ueda Koji cho biết": the place left out, a person speaks
        return 0, words[0].lower() not in surnames, False
    # "A Lăng Thị Nhung", "Pơ Loong Thị Vân", "Chamaléa Thị Hoa": "Thị" second or third makes a
    # woman's name of the Vietnamese pattern, whatever her (ethnic) family name.
    thi = [i for i in range(start + 1, min(start + 3, n - 1)) if words[i] == "Thị"]
    if thi and n - start <= 5 and (not after_place_noun or provincial_body or n >= 3):
        return start, False, cut
    # ... and "Văn" second makes a man's: "UBND tỉnh Lộc Văn Tiến" (no province is named so), as the Hmong
    # "A" does: "Phó Chủ tịch UBND tỉnh Vừ A Páo"
    # (or after the Party committee's name: "Bí thư Tỉnh ủy Vừ A Sinh", "Thành ủy Lò Văn Tiến")
    # (and the Hmong "Ly" before a Hmong middle name: "Thượng tá Ly Seo Chúng", "Ly Mí Sính"; not the Lao "Bô Ly Khăm Xay")
    if n - start in (3, 4) and (words[start + 1] in ("Văn", "A") or (words[start] == "Ly" and words[start + 1] in _HMONG_MIDDLE)) and (
        not after_place_noun or provincial_body or _PARTY_COMMITTEE_BEFORE.search(text, max(0, run_start - 12), run_start)
    ):
        return start, False, cut
    # (or a Bahnar, Cor or Hrê one: "Phó Chủ tịch UBND tỉnh A Đình Luyến")
    # (or after a known district cut off before it: "Chủ tịch UBND huyện Tuy Đức Y Sinh Kbuôr")
    if (words[start] == "A" or _HIGHLAND_OPENING.match(words[start])) and 2 <= n - start <= 5 and (
        not after_place_noun or provincial_body or (start >= 2 and words[start] != "A")
    ) and not (n - start >= 3 and words[start + 1].lower() in _common_surnames()):
        # "Y Kông Ayun", "Y Thanh Hà Niê Kđăm": an Ê Đê man's name; "H'Yim Niê", "K'Mák Huy", "H'Liêm Niê Kdăm" (not a
        # district before a Vietnamese name, one of the commonest family names: "Bí thư Huyện ủy K'Bang Nguyễn Văn Hùng")
        return start, False, cut
    honorific = prev in ("ông", "bà", "ngài") or (
        prev == "chí" and text[max(0, tokens[run[0]][0] - 9) : tokens[run[0]][0]].lower().rstrip().endswith("đồng chí")
    )
    if honorific and start == 0 and not (words[0].lower() in surnames and n <= 4):
        # Right after "đồng chí", "ông": the name starts there. A run that does not open with a
        # family name is a foreign one, Lao names running to six or seven syllables ("Xay Sổm
        # Phon Xi Xu Vông", "Khăm Phăn Phôm Ma Thạt", whose "Ma" is no family name here).
        if 2 <= n <= 7:
            return 0, True, False
        if n == 1 and re.fullmatch(r"[A-ZĐ]['’][A-ZĐ][^\W\d_]+", words[0]) and re.match(
            r"\s*[-–]\s|,\s*(?:Phó |phó )?(?-i:[A-ZĐ])", text[tokens[run[-1]][1] : tokens[run[-1]][1] + 8]
        ):
            # "ông K'Mák - phó chủ tịch UBND tỉnh", "ông K'Brơi, Phó Giám đốc Sở ...": a Highlands name of one
            # word, a Vietnamese one
            return 0, False, False
    if start == 0 and n >= 3 and korean_name(words[-2:]) and words[-3].lower() not in surnames:
        return n - 2, True, True  # "Quận trưởng Buyeo Lee Sang-woo": the county, then its head's name
    if start == 0 and korean_name(words):
        return 0, True, False  # "Chủ tịch Hội đồng tỉnh Choi Byung-gil": a Korean name, the province left out
    if (
        cut and 3 <= n - start <= 6 and words[start].lower() not in surnames
        and fold(" ".join(words[:start])) not in country_keys and not _is_province_text(" ".join(words[:start]))
        and not any(words[j].lower() in surnames and words[j + 1] in ("Văn", "Thị") for j in range(start, n - 1))
    ):
        # "Phó Tỉnh trưởng tỉnh Bô Ly Khăm Xay Khăm Sẻng Phôm Vi Xay": a foreign place cut off, a long foreign name after it
        # (its "Vi" no family name)
        return start, True, cut
    if after_place_noun and start == 0:
        for i in range(2, n - 1):
            if _HIGHLAND_OPENING.match(words[i]) and 2 <= n - i <= 4:
                return i, False, True  # "Chủ tịch UBND huyện Tuy Đức Y Sinh Kbuôr": the district, then an Ê Đê man's name
    for i in range(start, n):
        # Right after "tỉnh", "huyện": a two-word run is a place ("huyện Mai Châu"), a longer
        # one may be a name with the province left out ("UBND tỉnh Phạm Ngọc Nghị").
        if i == 0 and after_place_noun and n < 3 and not provincial_body:
            continue
        if words[i].lower() in surnames and 2 <= n - i <= 4:
            if i + 3 < n and words[i + 1].lower() in surnames and words[i + 2] in ("Văn", "Thị"):
                i += 1  # "thị xã Điện Bàn Trần Văn Lâm": the name opens with the family name before "Văn"
            return i, False, cut or i > 0
    if after_place_noun and not cut:
        return None  # "tỉnh Banteay Meanchey ...": where the place ends is unknown
    if 2 <= n - start <= 5:
        return start, True, cut
    return None


# A degree spelled out with its capitals right before a name (not a programme's: "học bổng Thạc sĩ
# Erasmus Mundus").
_DEGREE_BEFORE = re.compile(
    r"(?<!\w)(?:Phó )?(?:Giáo sư|Tiến sĩ|Bác sĩ)(?:,?\s+(?:Tiến sĩ|Bác sĩ))?\s+$|"
    # (in lower case, a physician in a list: "...; bác sĩ Tanaka Hiroshi, đại diện Hội Hữu nghị Y tế Nhật - Việt")
    r"(?:^|[,;:]\s*|(?<!\w)(?:có|và)\s+)bác sĩ\s+$"
)


# A border gate's pair, the other side's gate after a dash: "cặp cửa khẩu A Pa Chải – ".
# (not a title's gate, the holder after a dash: "Trưởng Ban Quản lý cửa khẩu quốc tế Cầu Treo – Nguyễn Văn Hòa")
_GATE_PAIR_BEFORE = re.compile(r"(?<!lý )(?<!Lý )(?i:cửa khẩu)(?:\s+(?:quốc tế|chính|phụ|song phương))?\s+[^,.;:\n]{1,40}?\s*[-–]\s*$")


_RESPONSIBLE_BEFORE = re.compile(
    r"(?:[Cc]hịu trách nhiệm(?: chính| nội dung| xuất bản| quản lý)?|[Tt]rưởng ban biên tập|[Tt]ổng biên tập|[Bb]iên tập viên)"
    r"\s*:\s*(?:(?:ông|bà|đồng chí)\s+)?$"
)


# A post of a province's body right before a name: "Chủ tịch UBND tỉnh Bắc Giang ", "Bí thư Tỉnh ủy ".
_PROVINCIAL_POST_BEFORE = re.compile(
    r"(?:Chủ tịch|Bí thư|Giám đốc)\s+(?:UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân|Tỉnh ủy|Thành ủy|Sở)"
    r"(?:\s+(?:tỉnh|thành phố|TP\.?))?(?:\s+(?-i:" + UPPER + r")\w*){0,3}\s+$"
)


_CORPORATE_WORDS = frozenset(
    "electronics display group corporation corp motor motors vina holdings energy engineering chemical steel innotek "
    "semiconductor solar heavy industries electric".split()
)


def _company(words, companies):
    """A foreign company's name, alone or with its line of business: "Samsung Electronics", "LG Display" (not "Honda
    Keisuke", a man named like a firm)."""
    return fold(" ".join(words)) in companies or (
        len(words) >= 2 and fold(words[0]) in companies and fold(words[-1]) in _CORPORATE_WORDS
    )


_MR_OR_MRS_BEFORE = re.compile(r"(?<!\w)(?:ông|bà|ngài)\s+$")


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
        whole = " ".join(tokens[i][2] for i in run)
        after = tokens[run[-1] + 1][2] if run[-1] + 1 < len(tokens) else ""
        if fold(whole) in country_keys or fold(whole + " " + after) in country_keys:
            continue  # "Đại Hàn Dân Quốc" ("Dân quốc"): a country whose first word reads as a title's
        idx = run[first:]
        words = [tokens[i][2] for i in idx]
        # (as written when a middle initial's dot stands inside: "Catherine M. Holloway")
        written = text[tokens[idx[0]][0] : tokens[idx[-1]][1]]
        name = written if ". " in written else " ".join(words)
        key = fold(name)
        first_at = tokens[idx[0]][0]
        # (a man's name after "ông" that a foreign unit bears too: "Cùng đi có ông Châu Văn Sơn, Giám đốc Sở Ngoại vụ")
        called = len(words) >= 3 and words[0].lower() in lex.surnames and _MR_OR_MRS_BEFORE.search(text, max(0, first_at - 6), first_at)
        if (key in places and not called) or key in country_keys or _is_province(words) or _company(words, lex.companies):
            continue
        # (not today's official who bears a leader's name of the past: "Chủ tịch UBND tỉnh Bắc Giang Nguyễn Văn Linh")
        if name_key(name) in not_officials and not (
            len(words) >= 3 and _PROVINCIAL_POST_BEFORE.search(text, max(0, first_at - 80), first_at)
            and not re.search(r"(?:tỉnh|thành phố|TP\.?)\s*$", text[max(0, first_at - 14) : first_at])  # ("UBND TP. Hồ Chí Minh")
        ):
            continue
        if re.search(r"(?<!\w)Bà\s+$", text[max(0, first_at - 4) : first_at]) and _is_province_text("Bà " + written):
            continue  # "tỉnh Bà Rịa-Vũng Tàu": "Bà" reads as an honorific, the province's name goes on
        if _RESPONSIBLE_BEFORE.search(text, max(0, first_at - 40), first_at):
            continue  # "Chịu trách nhiệm chính: Nguyễn Thanh Bình – Chánh Văn phòng UBND tỉnh": a portal's footer
        if _GATE_PAIR_BEFORE.search(text, max(0, first_at - 60), first_at):
            continue  # "mở cặp cửa khẩu A Pa Chải – Long Phú, Thứ trưởng cho biết ...": the other side's gate
        if words[0] == "Đoàn" and _YOUTH_UNION_AFTER.match(text, tokens[idx[-1]][1]) and words[-1] in ("Thanh", "TNCS"):
            continue  # "Bí thư Đoàn Thanh niên Nhân dân Cách mạng Lào": the youth union, no Mr Đoàn Thanh
        m = Mention(tokens[idx[0]][0], tokens[idx[-1]][1], name, foreign_shape, cut)
        if titled_speaker(text, m.start, m.end):
            m.anchored = True  # "Phó Thống đốc tỉnh Ueda Koji cho biết": titled, and speaking
        before = text[max(0, m.start - 20) : m.start].lower()
        # (a degree's abbreviation stands for one: "TS. Hoàng Minh Hiếu, giảng viên ...", "PGS.TS Ngô X";
        # not the spelled-out degree: "học bổng thạc sĩ Erasmus Mundus")
        hon = re.search(
            # (a physician's too, after the degree: "TS.BS. Nguyễn Văn Ban", "ThS.BS.CKII Lê Thị Hoa")
            # (and a young woman's: "Chị Trần Thị Hân, Chủ tịch Hội ..."; a student's: "em Bounmy Sisouk, sinh viên ...")
            # (a Khmer lady's: "Phu nhân Lok Chumteav Ny Sokhom")
            # (a councillor's: "Cùng tham gia đoàn có các nghị viên Park Sung-min, Lee Ji-hyun")
            r"(ngài samdech|các đồng chí|đồng chí|samdech|oknha|okhna|lok chumteav|lôk chum-tiêv|ngài|ông|bà|chị|em|các nghị viên|nghị viên|(?:pgs\.\s?|gs\.\s?)?(?:ts|ths)\.\s?bs\.?(?:\s?ck(?:i{1,2}|\d))?|"
            # (the master's degree without its dot too: "ThS Đinh Quốc Bảo")
            r"(?:pgs\.\s?|gs\.\s?)?ts\.?|ths\.?|p?gs\.)\s*:?\s*$",
            before,
        )
        if hon and (hon.start() == 0 or not before[hon.start() - 1].isalpha()):
            m.honorific = hon.group(1)
        elif degree := _DEGREE_BEFORE.search(text, max(0, m.start - 30), m.start):
            m.honorific = degree.group(0).strip().lower()  # "Giáo sư, Tiến sĩ Kimura Shigeo": a person
        if (
            foreign_shape
            and not m.honorific  # "ông Chamaléa Đức": a person whose given name is a country's
            and any(" ".join(fold(w) for w in words[-k:]) in country_keys for k in (1, 2, 3) if k < len(words))
        ):
            continue  # "Samsung Việt Nam", "Samsung Display Việt Nam": a company's branch, not a person
        # "Lộc Văn Tường", "Lăng Văn Quân" (no listed family name, or one that is also an organisation
        # word): a man's or woman's middle name, in a name of three or four words ("Đội Văn Nghệ Xung
        # Kích" is an organisation)
        vietnamese_middle = len(words) in (3, 4) and words[1] in ("Văn", "Thị")
        # (right after "ông", "bà": a person, whose name may hold such a word: "ông A Khoa",
        # "ông K'Mák Huy", ethnic-minority names of the Central Highlands)
        # (or "đồng chí": "đồng chí Vi Lay Văn Khăm Sổm", a Lao name holding "Văn")
        personal = m.honorific in ("ông", "bà", "ngài") or (m.honorific == "đồng chí" and words[0] not in _TITLE_FIRST)
        # (a given name that is an organisation's word too, last, before a post: "Ka Sô Ha Liên, Phó Chủ tịch HĐND tỉnh")
        posted = bool(_POST_AFTER.match(text, m.end))
        if foreign_shape and not vietnamese_middle and not personal and any(
            w.lower() in lex.words for w in (words[:-1] if posted else words)
        ):
            continue  # an organisation word ("Nhân", "Quốc") inside: not a name
        out.append(m)
    return out


_POST_AFTER = re.compile(r"\s*,\s*(?:Phó\s+)?(?:Chủ tịch|Bí thư|Giám đốc|Trưởng ban|Tỉnh ủy viên)\s")


# --- people ----------------------------------------------------------------------------


_ENVOY_AT = re.compile(r"^(?:Đại sứ|Tổng Lãnh sự|Lãnh sự|Tham tán)\b[^,;()\n]{0,60}\stại\s+\S+(?:\s+\S+){0,3}$")


_LOWER_POST_AFTER = re.compile(
    # (the hyphen attached to the name: "Trường THPT chuyên Phan Bội Châu - đại diện ..." names a school)
    r"[-‐](?:chuyên viên|chuyên gia|phó |giám đốc|trưởng (?:phòng|ban|đoàn|khoa)|chủ tịch|chủ nhiệm|bí thư|"
    r"tổng (?:giám|thư|lãnh|cục)|cán bộ|thư ký|ủy viên|đại diện|đại sứ|đại tá|thành viên|giảng viên)(?!\w)|"
    # ... or after a comma, the lowest posts of a list of members: "Thạch Thị Sa Rây, chuyên viên Vụ Đông Nam Á"
    r",\s*(?:chuyên viên|thư ký|giảng viên)\s"
)


def _anchor(text, mentions):
    """Mark the mentions that hold a name for sure (see the module docstring)."""
    lex = _lexicon()
    head_re, country_keys = lex.heads, lex.country_keys
    for m in mentions:
        if m.honorific:
            m.anchored = True
        elif not m.foreign_shape and _LOWER_POST_AFTER.match(text, m.end):
            m.anchored = True  # "Lương Văn Đức-chuyên viên cao cấp": a post in lower case after a hyphen
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
            place_after = bool(re.match(r"^\s*[(,]\s*" + UPPER, after))
            # (not the next one's title in a list: "Đại sứ Pháp Laurent Dubois, Đại sứ Ấn Độ Rajesh Kumar")
            if place_after and (nxt := re.match(r"^\s*,\s*", after)) and head_re.match(text, m.end + nxt.end()):
                place_after = False
            # (not the name's Latin spelling in brackets: "Xổm-xay Vông-khăm-xao (Somxay Vongkhamsao)")
            latin = re.match(r"^\s*\(([A-Za-z][a-z'-]+(?: [A-Za-z][a-z'-]+){1,3})\)", after)
            if latin and fold(latin.group(1)) not in country_keys:
                place_after = False
            # "Thị trưởng thủ đô Seoul (Hàn Quốc) Oh Se-hoon": the title's place closed by its
            # country in brackets, the name right after.
            gap = re.fullmatch(r"\s*\(([^()\n]{2,40})\)\s*", text[left[-1][1] : m.start]) if left else None
            country_gap = bool(gap) and fold(gap.group(1)) in country_keys
            # "Tổng Lãnh sự Singapore tại TP.HCM Jonathan Tan": an envoy's post, ended by where he sits
            envoy = bool(left) and bool(_ENVOY_AT.match(text[left[-1][0] : left[-1][1]]))
            # "Phó Thống đốc tỉnh Ueda Koji": a Korean or Japanese name right after its title, the place left out
            # (or one opening with an initial: "Thống đốc tỉnh B. Batbayar", a Mongolian's father's)
            named = bool(left) and not text[left[-1][1] : m.start].strip() and (
                korean_name(m.name.split()) or japanese_name(m.name.split()) or re.match(r"\w{1,2}\. ", m.name)
            )
            m.anchored = m.anchored or right or ((bare or m.after_place or country_gap or envoy or named) and not place_after)


# Several units named after their plural and what they are: "UBND các huyện biên giới Ngọc Hồi, Đăk
# Glei, Sa Thầy", "4 xã vùng cao Pà Vầy Sủ, ..." are places, not people.
_PLACES_LISTED = re.compile(
    r"\b(?:các|những|\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+"
    r"(?:tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn|bản|làng|bang|châu|địa phương|đồn|cửa khẩu)"
    r"(?:\s+(?!ông\b|bà\b|ngài\b|đồng chí\b)" + LOWER + r"+){0,3}"
    # (what they border or belong to, then "như": "các huyện giáp TP Hồ Chí Minh như Cần Giuộc, Bến Lức, Cần Đước")
    r"(?:\s+(?:giáp|thuộc|của|ven)\s+(?:TP\.?\s*|tỉnh\s+|thành phố\s+)?" + UPPER + r"[\w'’]*(?:\s+" + UPPER + r"[\w'’]*){0,3})?"
    r"(?:\s+(?:như|gồm|là))?\s*:?"
    # (its first place maybe not read as a name: "các huyện biên giới Ngọc Hồi, Đăk Glei, Sa Thầy")
    r"(?:\s*" + UPPER + r"[\w'’]*(?:\s+" + UPPER + r"[\w'’]*){0,3}\s*,)?\s*$"
)


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
            if re.search(r"(?:tỉnh|thành phố|huyện|bang|gồm:?)\s*$", sentence, re.I) or _PLACES_LISTED.search(sentence):
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


# Lao names are often written with a hyphen between their parts: "Bun Chăn - Sí Vông Phăn",
# "Sổm Phết - Keo Ma Ni" (whose second part may look Vietnamese: "Ma Ni").
_NAME_HYPHEN = re.compile(r"[ \t]?[-–][ \t]?(?:" + UPPER + r"[^\W\d_]*[ \t]){0,2}")


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
            # (not a post after a dash: "Carlos Morales Vidal - Trưởng Đoàn Ngoại giao")
            and not any(w in _TITLE_FIRST for w in [*text[prev.end : m.start].split(), m.name.split()[0]])
            and _NAME_HYPHEN.fullmatch(text[prev.end : m.start])
            and len(text[prev.start : m.end].split()) <= 7
        ):
            out[-1] = Mention(prev.start, m.end, text[prev.start : m.end], True, prev.after_place, prev.honorific)
            continue
        out.append(m)
    return out
