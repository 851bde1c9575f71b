"""The extractors' word lists (apps/ingest/data/): one reader for every list file, and the
sections of data/lexicon.txt. Place names come from the provinces data (apps.provinces.lookup)
or the partners gazetteer (data/partners.json), never from the extraction code."""

import re
from functools import cache, lru_cache
from pathlib import Path

from apps.lib.text import normalize
from apps.provinces import lookup

DATA = Path(__file__).resolve().parent.parent / "data"

# One upper-case and one lower-case Latin letter, Vietnamese diacritics included, as regular
# expression classes ("[À-Ỹ]" would take lower case too).
UPPER = "[" + "".join(c for c in map(chr, range(0x41, 0x1EFA)) if c.isalpha() and c.isupper()) + "]"
LOWER = "[" + "".join(c for c in map(chr, range(0x61, 0x1EFA)) if c.isalpha() and c.islower()) + "]"


@lru_cache(maxsize=4096)
def compiled(pattern, flags=0):
    """``re.compile(pattern, flags)``, kept for the process. The patterns written with an
    article's province name (kind.py, activity.py) are then compiled once per name, not once per
    article: re's own cache holds 512 patterns and drops the oldest first, so a run over
    articles of many provinces compiled them again and again (two thirds of extraction's time,
    25 ms for the one with every country's name)."""
    return re.compile(pattern, flags)


# A head's title ending in a place noun, then a name and a speech verb: the place was left out and
# the name is a person's ("Phó Thống đốc tỉnh Ueda Koji cho biết", "Chủ tịch Hội đồng thành phố
# Park Young-jin cho biết").
TITLED_BODY_BEFORE = re.compile(
    r"(?:Chủ tịch|Thị trưởng|Tỉnh trưởng|Thống đốc|Bí thư|Giám đốc)(?: [^\s,.;()]+){0,3} (?:tỉnh|thành phố|TP\.?)\s*$"
)
SPEAKS_AFTER = re.compile(
    r"^\s+(?:cho biết|nói|phát biểu|khẳng định|nhấn mạnh|đề nghị|cảm ơn|bày tỏ|chia sẻ|mong muốn|đề xuất)(?!\w)"
)
# The day a wire's dateline may give after its place: "Paris, 15/5 (TTXVN) -" (kind.py, partners.py).
WIRE_DAY = r"(?:,\s*\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?\s*)?"
# A Vietnamese province's own bodies ("UBND tỉnh ..."): the name after them is no foreign place.
PROVINCIAL_BODIES = r"(?:UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân)"


def titled_speaker(text, start, end):
    """``text[start:end]`` stands after a head's title ending in a place noun and before a speech
    verb, and the article calls it a person elsewhere ("ông Park Young-jin"): a person named
    with the place left out. Without that, "Thị trưởng thành phố Tamba Sasayama cho biết" is the
    mayor of a city, unnamed."""
    if not (TITLED_BODY_BEFORE.search(text[max(0, start - 60) : start]) and SPEAKS_AFTER.match(text[end : end + 30])):
        return False
    words = text[start:end].split()
    if len(words) >= 2 and all("-" in w for w in words):
        return True  # "Thống đốc tỉnh An-đrây Xtra-khốp bày tỏ": given and family names spelt out, a person's
    return " ".join(text[start:end].lower().split()) in _called_persons(text)


_HONORIFIC_RUN = re.compile(r"(?<!\w)(?:ông|bà|ngài)\s+(?=((?:\S+[ \t]+){0,5}\S+))", re.IGNORECASE)
_EDGE = ",.;:()[]\"“”'‘’!?"


@lru_cache(maxsize=4)
def _called_persons(text):
    """Every run of up to six words after "ông", "bà", "ngài" in ``text``, and each of its first
    words, lower case: read once per text, so that asking of many names stays linear."""
    out = set()
    for m in _HONORIFIC_RUN.finditer(text):
        words = []
        for raw in m.group(1).split():
            word = raw.strip(_EDGE)
            if not word:
                break
            words.append(word.lower())
            out.add(" ".join(words))
            if raw != raw.rstrip(_EDGE):
                break  # the name ends at its punctuation
    return frozenset(out)


def data_lines(name):
    """The entries of a list file: one a line, in the normal form, without comments."""
    out = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        line = normalize(line.strip())
        if line and not line.startswith("#"):
            out.append(line)
    return out


@cache
def _sections():
    sections, current = {}, None
    for line in data_lines("lexicon.txt"):
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
        else:
            current.append(line)
    return {name: tuple(entries) for name, entries in sections.items()}


def section(name):
    """The entries of one section of data/lexicon.txt, in file order."""
    return _sections()[name]


def alternation(name):
    """A section as a regular-expression alternation, in file order."""
    return "|".join(re.escape(x) for x in section(name))


@cache
def province_tails(countries):
    """What follows a country's name in a Vietnamese province's name ("Lào Cai": "Cai"), for
    the country names given: after them, these words make a province, not the country."""
    tails = set()
    for unit in lookup.units():
        for country in countries:
            if unit.name.startswith(country + " "):
                tails.add(unit.name[len(country) + 1 :])
    return tuple(sorted(tails))


def not_a_province(countries):
    """A lookahead after one of ``countries``: not the rest of a Vietnamese province's name
    ("Lào" is not a country in "Lào Cai"); empty when no province starts with them."""
    tails = "|".join(re.escape(t) for t in province_tails(tuple(sorted(countries))))
    return r"(?! (?:" + tails + r")(?!\w))" if tails else ""


@cache
def cities():
    """The names of the centrally-run cities (thành phố trực thuộc trung ương), of either era."""
    return frozenset(u.name for u in lookup.units() if u.unit_type == "thanh_pho")


# A Korean name: a common family name, then a given name of two syllables joined by a hyphen
# ("Choi Byung-gil"), which no foreign locality is called.
_KOREAN_FAMILY = set(
    "Kim Lee Yi Park Pak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Chang Lim Im Han Oh Seo Shin Sin Kwon "
    "Hwang Ahn An Song Yoo Yu Hong Jeon Ko Moon Mun Yang Son Bae Baek Heo Nam Noh Roh Ha Kwak Cha Joo Woo Min Ryu "
    "Jin Um Eom Chae Won Cheon Bang Gong Hyun Byun Pyo".split()
)
_KOREAN_GIVEN = re.compile(r"[A-Z][a-z]{1,5}-[A-Za-z][a-z]{1,4}")


def korean_name(words):
    """``words`` (a run of capitalised words) are a Korean person's name."""
    return len(words) == 2 and words[0] in _KOREAN_FAMILY and bool(_KOREAN_GIVEN.fullmatch(words[1]))


# A Japanese name in the press's order, the family name first: many family names are places too
# ("Yamaguchi Ryota", "Nagano Hideki", "Ueda Koji"), so the given name tells. Common given names
# in Hepburn romanization (men's and women's), as the Vietnamese press writes them.
_JAPANESE_GIVEN = set(
    "Akihiro Akira Atsushi Daisuke Daiki Eiji Fumio Goro Hajime Haruki Haruto Hayato Hideaki Hideki Hideo Hiroaki "
    "Hirofumi Hiroki Hiromi Hironori Hiroshi Hiroyuki Hisashi Ichiro Isamu Jiro Jun Junichi Junichiro Kaito Kazuhiko "
    "Kazuhiro Kazuki Kazuo Kazuya Keiichi Keiichiro Keisuke Kenichi Kenji Kenta Kentaro Koichi Koji Kosuke Kota Kotaro "
    "Kunio Makoto Manabu Mamoru Masaaki Masahiko Masahiro Masaki Masao Masaru Masashi Masato Masayuki Michio Minoru "
    "Mitsuo Naoki Naoto Nobuo Nobuyuki Norihiro Noriyuki Osamu Ren Ryo Ryoichi Ryosuke Ryota Ryuji Satoru Satoshi "
    "Seiji Shigeru Shin Shinichi Shinji Shinya Sho Shota Shuichi Shunichi Sota Susumu Tadashi Takahiro Takao Takashi "
    "Takayuki Takeshi Takuma Takumi Takuya Taro Tatsuya Tetsuya Tomohiro Toru Toshiaki Toshihiro Toshio Tsuyoshi "
    "Yasuhiro Yasuo Yasushi Yoichi Yoshiaki Yoshihiko Yoshihiro Yoshiki Yoshinori Yoshio Yoshiro Yosuke Yudai Yuichi "
    "Yuji Yuki Yusuke Yuta Yutaka Yuto Akiko Ayako Ayumi Chie Chihiro Emi Eriko Haruka Hiroko Junko Kaori Kazuko "
    "Keiko Kumiko Kyoko Mariko Masako Mayumi Megumi Michiko Midori Mika Miki Misaki Naoko Noriko Reiko Rie Sachiko "
    "Sakura Sayaka Tomoko Yoko Yoshiko Yui Yuko Yumi Yumiko Yuriko".split()
)


def japanese_name(words):
    """``words`` (a run of capitalised words) are a Japanese person's name, family name first:
    two words of Latin letters, the second a common given name ("Yamaguchi Ryota")."""
    return len(words) == 2 and words[1] in _JAPANESE_GIVEN and bool(re.fullmatch(r"[A-Z][a-z]{1,11}", words[0]))
