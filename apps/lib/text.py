"""Vietnamese text helpers: one normal form for storage, one key for comparing names,
one folding for diacritic-free search.

- ``normalize``: NFC, one tone-mark placement (the traditional one used by the Vietnamese
  press: "hòa", "Thanh Hóa", "thủy"), single spaces.
- ``name_key``: what two spellings of one name share: case, tone-mark placement
  (hoà/hòa) and spacing never matter; other diacritics do ("Hà" != "Hạ").
- ``fold``: lower-case ASCII without any diacritics, for search ("dak lak" finds Đắk Lắk).
"""

import re
import unicodedata
from functools import lru_cache

# Combining tone marks: grave, acute, hook above, tilde, dot below.
TONES = "\u0300\u0301\u0309\u0303\u0323"
VOWELS = set("aăâeêioôơuưyAĂÂEÊIOÔƠUƯY")
MODIFIED = set("ăâêôơưĂÂÊÔƠƯ")
_WORD = re.compile(r"\w+", re.UNICODE)
_SPACE = re.compile(r"[^\S\n]+")


def _split_tone(word):
    """Return the word without tone marks (NFC) and its tone mark (or '')."""
    decomposed = unicodedata.normalize("NFD", word)
    tone = ""
    kept = []
    for ch in decomposed:
        if ch in TONES:
            tone = ch
        else:
            kept.append(ch)
    return unicodedata.normalize("NFC", "".join(kept)), tone


def _tone_position(base):
    """Index in ``base`` of the vowel that carries the tone (traditional placement)."""
    lower = base.lower()
    start = 0
    if lower.startswith("qu") or (lower.startswith("gi") and len(lower) > 2 and lower[2] in "aăâeêioôơuưy"):
        start = 2
    idx = [i for i in range(start, len(base)) if base[i] in VOWELS]
    if not idx:
        idx = [i for i in range(len(base)) if base[i] in VOWELS]
        if not idx:
            return None
    # Only the first run of vowels is the nucleus.
    run = [idx[0]]
    for i in idx[1:]:
        if i == run[-1] + 1:
            run.append(i)
        else:
            break
    modified = [i for i in run if base[i] in MODIFIED]
    if modified:
        return modified[-1]  # "ươ" carries it on ơ
    closed = run[-1] + 1 < len(base)
    if closed:
        return run[-1]
    if len(run) == 1:
        return run[0]
    if len(run) == 2:
        return run[0]
    return run[1]


@lru_cache(maxsize=65536)
def _place_tone(word):
    if word.isascii():
        return word
    base, tone = _split_tone(word)
    if not tone:
        return word
    vowels = [i for i, ch in enumerate(base) if ch in VOWELS]
    if vowels and vowels[-1] - vowels[0] != len(vowels) - 1:
        return word  # two vowel groups: no Vietnamese syllable ("Nicolás", "Guillén" keep their accent)
    pos = _tone_position(base)
    if pos is None:
        return word
    chars = unicodedata.normalize("NFD", base[pos]) + tone
    return base[:pos] + unicodedata.normalize("NFC", chars) + base[pos + 1 :]


def normalize(text):
    """NFC, one tone-mark placement, runs of spaces collapsed (newlines kept)."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ").replace("\u200b", "")
    text = _WORD.sub(lambda m: _place_tone(m.group(0)) if len(m.group(0)) <= 7 else m.group(0), text)
    return _SPACE.sub(" ", text).strip()


def name_key(text):
    """The key two spellings of one name share (case, tone placement, spacing, punctuation)."""
    if not text:
        return ""
    words = _WORD.findall(unicodedata.normalize("NFC", text).lower())
    keyed = []
    for word in words:
        base, tone = _split_tone(word)
        keyed.append(base + ({"\u0300": "2", "\u0301": "1", "\u0309": "3", "\u0303": "4", "\u0323": "5"}.get(tone, "")))
    return " ".join(keyed).replace("_", " ").strip()


def capital_joins(text):
    """How often a small letter runs straight into a capital ("Chính trịXã hội": 1), as in words a
    page joined without spaces; a name has one at most ("McAllen", "VnExpress")."""
    return sum(1 for a, b in zip(text, text[1:], strict=False) if a.islower() and b.isupper())


def fold(text):
    """Lower-case ASCII without diacritics: the form used for diacritic-free search."""
    if not text:
        return ""
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if unicodedata.category(c) != "Mn")
    text = text.replace("đ", "d").replace("Đ", "D").lower()
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def slugify_vi(text):
    return fold(text).replace(" ", "-").replace("_", "-")
