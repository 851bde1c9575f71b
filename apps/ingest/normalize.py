"""Stage 2 — normalize: one character form for the text, then one typographic form per line.

Two steps, kept apart because they happen at two moments:
- ``characters``: line breaks as "\\n", no control characters, NFC. The reader applies it to
  what it decodes (read.read_bytes): the stored raw text is in this form.
- ``lines``: every line in the one normal form of ``apps.lib.text.normalize`` (one tone-mark
  placement, "hòa" not "hoà", single spaces, no edges). The pipeline applies it before
  cleaning: clean.py's patterns ("từ khóa", "ý kiến bạn đọc") are written in that form.
"""

import re
import unicodedata

from apps.lib.text import normalize

# Control characters break XML (the Atom feed) and PostgreSQL (NUL) and mean nothing in an
# article; form feeds and Unicode line separators are line breaks.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f\ufeff\ufffe\uffff\ud800-\udfff]")
_LINE_BREAK = re.compile("\r\n?|[\x0b\x0c\x85\u2028\u2029]")


def characters(text):
    """Decoded text in one character form: "\\n" line breaks, no control characters, NFC."""
    return unicodedata.normalize("NFC", _CONTROL.sub("", _LINE_BREAK.sub("\n", text)))


def lines(text):
    """Every line of ``text`` in the normal form of apps.lib.text.normalize."""
    return "\n".join(normalize(x) for x in text.split("\n"))
