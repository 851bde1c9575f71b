"""Stage 1 — read: a file's bytes to text (encoding detected, HTML turned into lines)."""

import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from charset_normalizer import from_bytes

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
DEFAULT_MAX_BYTES = 5 * 1024 * 1024


class ReadError(Exception):
    """The file is not an article we can read; the message says why."""


@dataclass(frozen=True)
class RawArticle:
    path: str
    name: str
    raw_bytes: bytes
    text: str
    encoding: str


def iter_paths(paths):
    """Files named, and every article file inside folders named (sorted by name), in order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(
                (p for p in path.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES),
                key=lambda p: p.name,
            )
        else:
            yield path


def _latin_share(text):
    """Share of letters in Latin scripts (Vietnamese included): low for mis-decoded bytes."""
    letters = [ch for ch in text[:20000] if ch.isalpha()]
    if not letters:
        return 0.0
    latin = sum(1 for ch in letters if ord(ch) < 0x250 or 0x1E00 <= ord(ch) <= 0x1EFF)
    return latin / len(letters)


def decode(data):
    """Bytes to str: BOMs and UTF-8 first, then detection; refuse binary or undecodable data."""
    if not data.strip():
        raise ReadError("empty file")
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise ReadError(f"broken encoding (not valid {codec}: {exc.reason})") from exc
            if _latin_share(text) < 0.5:
                raise ReadError(f"broken encoding ({codec} by its byte-order mark, but not readable text)")
            return text, codec
    if b"\x00" in data[:4096]:
        raise ReadError("binary file (NUL bytes), not a text article")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise ReadError("cannot detect the text encoding")
    text = str(best)
    # A broken or mis-detected encoding shows as control characters or replacement marks.
    bad = sum(1 for ch in text if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\n\r\t"))
    if bad > max(5, len(text) // 100) or _latin_share(text) < 0.5:
        raise ReadError(f"broken encoding (no readable text; {best.encoding} guessed)")
    return text, best.encoding


class _TextExtractor(HTMLParser):
    BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
             "header", "footer", "figcaption", "blockquote", "title", "ul", "ol", "table", "nav", "main"}
    SKIP = {"script", "style", "noscript", "template", "svg", "iframe", "form", "button", "select",
            # menus and sidebars are page furniture wherever they stand
            "nav", "aside"}
    # The site's banner and footer (logo, menu, copyright, address, the responsible editor);
    # inside an <article> the same tags hold the story's own title and dateline, and are kept.
    PAGE_ONLY = {"header", "footer"}
    CONTENT = {"article", "main"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip_depth = 0
        self.content_depth = 0
        self.page_stack = []  # open header/footer tags, True when skipped
        self.title = []
        self.in_title = False
        self.has_h1 = False

    def handle_starttag(self, tag, attrs):
        if tag in self.CONTENT:
            self.content_depth += 1
        if tag == "h1":
            self.has_h1 = True
        if tag == "title":
            self.in_title = True
        if tag in self.PAGE_ONLY:
            skip = self.content_depth == 0
            self.page_stack.append(skip)
            self.skip_depth += skip
        elif tag in self.SKIP:
            self.skip_depth += 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.CONTENT:
            self.content_depth = max(0, self.content_depth - 1)
        if tag == "title":
            self.in_title = False
        if tag in self.PAGE_ONLY:
            if self.page_stack and self.page_stack.pop():
                self.skip_depth = max(0, self.skip_depth - 1)
        elif tag in self.SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.in_title:
            self.title.append(data)  # placed later: the <h1> is the better title when there is one
        elif not self.skip_depth:
            self.parts.append(data)


def html_to_text(markup):
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    parts = parser.parts if parser.has_h1 else ["\n", *parser.title, "\n", *parser.parts]
    text = html.unescape("".join(parts))
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    return re.sub(r"\n\s*\n+", "\n\n", text).strip()


def looks_like_html(path, text):
    if Path(path).suffix.lower() in (".html", ".htm"):
        return True
    head = text[:2000].lower()
    return "<html" in head or "<body" in head or "<!doctype html" in head


def read_file(path, max_bytes=DEFAULT_MAX_BYTES):
    """Read one article file; raise ReadError with a reason when it cannot be used."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ReadError(f"cannot open: {exc.strerror or exc}") from exc
    if size > max_bytes:
        raise ReadError(f"file too large ({size:,} bytes; the limit is {max_bytes:,})")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(f"cannot read: {exc.strerror or exc}") from exc
    return read_bytes(data, str(path))


def read_bytes(data, path):
    text, encoding = decode(data)
    if looks_like_html(path, text):
        text = html_to_text(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if len(text.strip()) < 40:
        raise ReadError("no article text (fewer than 40 characters)")
    return RawArticle(path=path, name=Path(path).name, raw_bytes=data, text=text, encoding=encoding)
