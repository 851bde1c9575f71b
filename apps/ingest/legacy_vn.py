"""Vietnamese in the legacy font encodings TCVN3 (ABC) and VNI: detected by the words they
make, converted to Unicode.

Both are font tricks on top of Windows' Western code page: the bytes are cp1252 text that a
Vietnamese font draws as Vietnamese. TCVN3 spends one byte on each letter ("ViÖt Nam" is
"Việt Nam"), VNI writes a letter and then its marks ("Vieät Nam"). Such a file is valid
cp1252, so a charset detector happily "reads" it; only the words tell. Converted with the
right table, nearly every word with a mark becomes a Vietnamese syllable; read as cp1252, or
converted with the wrong table, few do. The tables are in data/legacy_vn.json.
"""

import json
import re
import unicodedata
from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data" / "legacy_vn.json"
SAMPLE_CHARS = 50_000  # enough words to decide; the whole file is converted

TONES = "\u0301\u0300\u0309\u0303\u0323"  # acute, grave, hook above, tilde, dot below
_BASES = "aâăeêoôơuưiy"
VIETNAMESE_LETTERS = frozenset(
    unicodedata.normalize("NFC", base + tone)
    for base in _BASES + _BASES.upper()
    for tone in ("", *TONES)
) | frozenset("đĐ")

_WORD = re.compile(r"[^\W\d_]+")
# Vowel nuclei with their glides ("ươi", "uyê", "oai"), longest first so that the regex tries them first.
_NUCLEI = sorted(
    "a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi ua uâ uê ui uô uơ uy "
    "ưa ưi ươ ưu yê iêu yêu oai oay oao oeo uây uôi ươi ươu uya uyê uyu".split(),
    key=len,
    reverse=True,
)
_SYLLABLE = re.compile(
    rf"(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnpqrstvx])?(?:{'|'.join(_NUCLEI)})(?:ng|nh|ch|[cmnpt])?"
)
# Bytes a legacy encoding uses for letters that cp1252 shows as symbols, and VNI's marks after a vowel.
_TCVN3_MARKERS = re.compile(r"(?<=[^\W\d_])[\u00a1-\u00bf\u00d7\u00f7]|[\u00a1-\u00bf\u00d7\u00f7](?=[^\W\d_])")
_VNI_MARKERS = re.compile(r"[aeiouyAEIOUYôöÔÖ][ùøûõïâáàåãäêéèúüëÙØÛÕÏÂÁÀÅÃÄÊÉÈÚÜË]")


@cache
def _tables():
    data = json.loads(DATA.read_text(encoding="utf-8"))
    tcvn3 = {ord(cp1252_char(int(code, 16))): letter for code, letter in data["tcvn3"].items()}
    vni = {spelling: letter for letter, spelling in data["vni"].items()}
    vni_re = re.compile("|".join(map(re.escape, sorted(vni, key=len, reverse=True))))
    return tcvn3, vni, vni_re


def cp1252_char(byte):
    """The character cp1252 shows for one byte (the five bytes it leaves undefined as Latin-1)."""
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)


_CP1252 = {b: cp1252_char(b) for b in range(0x80, 0xA0)}


def cp1252_view(data):
    """The bytes as the Western code page shows them, which is what a legacy font draws from."""
    return data.decode("latin-1").translate(_CP1252)


def from_tcvn3(view):
    tcvn3, _vni, _vni_re = _tables()
    return unicodedata.normalize("NFC", view.translate(tcvn3))  # some bytes are combining tone marks


def from_vni(view):
    _tcvn3, vni, vni_re = _tables()
    return vni_re.sub(lambda m: vni[m.group(0)], view)


CONVERTERS = {"TCVN3": from_tcvn3, "VNI": from_vni}


def syllable_count(text):
    """(words with a mark that are Vietnamese syllables, words with a mark, all words) in ``text``."""
    hits = marked = words = 0
    for word in _WORD.findall(text):
        words += 1
        if word.isascii():
            continue
        marked += 1
        if len(word) > 7:
            continue
        decomposed = unicodedata.normalize("NFD", word.lower())
        if sum(ch in TONES for ch in decomposed) > 1:
            continue
        base = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in TONES))
        hits += bool(_SYLLABLE.fullmatch(base))
    return hits, marked, words


def _foreign(text):
    """Letters no Vietnamese text has (VNI's ø, ï, ö...) and TCVN3's symbols inside words:
    what a good conversion leaves almost none of."""
    letters = sum(1 for ch in text if ord(ch) > 0x7F and ch.isalpha() and ch not in VIETNAMESE_LETTERS)
    return letters + len(_TCVN3_MARKERS.findall(text))


def has_vietnamese_letters(text):
    """Letters that only Unicode Vietnamese has (ă, đ, ơ, ư, ạ...), not Latin-1's à or é."""
    return any(ch in VIETNAMESE_LETTERS and ord(ch) > 0xFF for ch in text)


def detect(view, rivals=()):
    """Decide whether ``view`` (a file's cp1252 view) is TCVN3 or VNI.

    Returns None when it is not; (name, Unicode text) when a table turns it into Vietnamese;
    (name, None) when it carries a legacy encoding's marks but no table converts it cleanly
    (two encodings pasted together, a variant we do not know): better refused than loaded as
    garbage. ``rivals`` are other readings of the same bytes (cp1258) a conversion must beat.
    """
    sample = view[:SAMPLE_CHARS]
    plain = max(syllable_count(text[:SAMPLE_CHARS])[0] for text in (sample, *rivals))
    scores = {}
    for name, convert in CONVERTERS.items():
        converted = convert(sample)
        scores[name] = (*syllable_count(converted), _foreign(converted))
    name = max(scores, key=lambda n: scores[n][0])
    hits, marked, words, foreign = scores[name]
    # The right table makes nearly every marked word a syllable (95-100% on news text); the
    # wrong one, or two encodings in one file, leaves a third or more of them broken.
    if hits >= 10 and hits >= 0.9 * marked and hits > 2 * plain and foreign <= hits // 20:
        return name, CONVERTERS[name](view)
    if plain >= max(10, hits) or hits < max(10, 0.4 * marked):
        return None  # read as Vietnamese without a table (cp1258), or not Vietnamese at all
    if len(_TCVN3_MARKERS.findall(sample)) >= max(10, words // 8):
        return "TCVN3", None
    if len(_VNI_MARKERS.findall(sample)) >= max(10, words // 8):
        return "VNI", None
    return None
