"""Stage 1 — read: a file's bytes to text (encoding detected, HTML turned into lines), in one
character form (normalize.characters)."""

import errno
import json
import os
import re
import stat
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from charset_normalizer import from_bytes

from . import legacy_vn
from .normalize import characters

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
    """Files named, and every article file inside folders named (sorted by name), in order.

    What cannot be read comes out too, for read_file to report by name: a folder that cannot be
    listed, and inside a folder every entry that is neither a folder nor a regular file (named
    pipes, sockets, devices, links that lead nowhere or loop), whatever its name: nobody leaves
    those among articles on purpose. Subfolders, and regular files of other kinds (.jpg, .md),
    are passed over as before."""
    for raw in paths:
        path = Path(raw)
        if not path.is_dir():
            yield path
            continue
        try:
            with os.scandir(path) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError:
            yield path  # unreadable, or gone since: read_file says which
            continue
        for entry in entries:
            if _follows_to(entry.is_dir):
                continue
            if not _follows_to(entry.is_file) or Path(entry.name).suffix.lower() in ARTICLE_SUFFIXES:
                yield Path(entry.path)


def _follows_to(kind):
    """DirEntry.is_dir/is_file, False for a link that loops (they raise on that one)."""
    try:
        return kind()
    except OSError:
        return False


_ESCAPED = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]")


def shown(path):
    """A path as text any database, terminal or JSON line takes: bytes of a file name that are
    not UTF-8 (which Python keeps as lone surrogates, and which no database stores) become
    \\xNN, and so do control characters and invisible direction marks (\\u202e makes a name
    read backwards on a terminal: "photo\\u202etxt.exe" shows as "photoexe.txt")."""
    try:
        text = os.fsencode(path).decode("utf-8", errors="backslashreplace")
    except UnicodeEncodeError:  # a surrogate that no file name's bytes gave
        text = str(path).encode("utf-8", errors="backslashreplace").decode("utf-8")
    return _ESCAPED.sub(lambda m: f"\\x{ord(m[0]):02x}" if ord(m[0]) < 0x100 else f"\\u{ord(m[0]):04x}", text)


def _latin_share(text):
    """Share of letters in Latin scripts (Vietnamese included): low for mis-decoded bytes."""
    letters = [ch for ch in text[:20000] if ch.isalpha()]
    if not letters:
        return 0.0
    latin = sum(1 for ch in letters if ord(ch) < 0x250 or 0x1E00 <= ord(ch) <= 0x1EFF)
    return latin / len(letters)


# Files that turn up where articles are expected, named in the error by their first bytes.
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"RIFF", "a RIFF media file"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive, or a Word or Excel document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Word or Excel document"),
    (b"{\\rtf", "an RTF document"),
)


def decode(data):
    """Bytes to str: BOMs and UTF-8 first, then legacy Vietnamese fonts, then detection;
    refuse binary or undecodable data."""
    if not data.strip():
        raise ReadError("empty file")
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            raise ReadError(f"binary file ({kind}), not a text article")
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise ReadError(f"broken encoding (not valid {codec}: {exc.reason})") from exc
            if _latin_share(text) < 0.5 or "\x00" in text:
                raise ReadError(f"broken encoding ({codec} by its byte-order mark, but not readable text)")
            if codec == "utf-16":
                _refuse_utf8_inside(text, "utf-16-le" if bom == b"\xff\xfe" else "utf-16-be")
            return text, codec
    if b"\x00" in data:
        if found := _utf16_without_bom(data):
            _refuse_utf8_inside(*found)
            return found
        raise ReadError("binary file (NUL bytes), not a text article")
    try:
        return _unless_legacy(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if len(_UTF8_VIETNAMESE.findall(data)) >= 3:
        # Read as one 8-bit encoding, the UTF-8 part would be stored as "Ä‘iá»‡n" mojibake.
        raise ReadError(_mixed("Vietnamese letters in UTF-8 beside bytes that are not UTF-8"))
    legacy = legacy_vn.detect(legacy_vn.cp1252_view(data), rivals=(data.decode("cp1258", errors="replace"),))
    if legacy:
        return _legacy_text(*legacy)
    best = from_bytes(data).best()
    if best is None:
        raise ReadError("cannot detect the text encoding")
    text = str(best)
    # A broken or mis-detected encoding shows as control characters or replacement marks.
    bad = sum(1 for ch in text if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\n\r\t"))
    if bad > max(5, len(text) // 100) or _latin_share(text) < 0.5:
        raise ReadError(f"broken encoding (no readable text; {best.encoding} guessed)")
    return text, best.encoding


def _mixed(detail):
    return f"mixed encodings ({detail}): not stored, as it would be read as garbage; save it in one encoding"


# Vietnamese letters as UTF-8 writes them: à..ý, Ă ă Đ đ, Ơ ơ Ư ư, and ạ..ỹ. None of these byte
# pairs occurs in Vietnamese written in Windows-1258, TCVN3 or VNI (checked on the dev corpus).
_UTF8_VIETNAMESE = re.compile(rb"\xc3[\xa0-\xbd]|\xc4[\x82\x83\x90\x91]|\xc6[\xa0\xa1\xaf\xb0]|\xe1[\xba\xbb][\x80-\xbf]")
# UTF-8 has no NUL byte, so UTF-8 read as UTF-16 gives no ASCII character: a long run without
# one, which no Vietnamese text has (spaces come every few letters).
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]{8,}")


def _refuse_utf8_inside(text, codec):
    """Refuse UTF-16 text that holds a stretch of UTF-8 (a file glued from two files): that
    stretch, read as UTF-16, is a run of CJK-looking characters whose bytes are valid UTF-8."""
    for run in _NON_ASCII_RUN.finditer(text):
        again = run[0].encode(codec).decode("utf-8", errors="replace")
        if again.count("\ufffd") <= 2 and sum(ch.isalpha() or ch.isspace() for ch in again) >= 0.6 * len(again):
            raise ReadError(_mixed(f"UTF-8 text inside {codec[:6].upper()} text"))


def _utf16_without_bom(data):
    """UTF-16 text saved without its byte-order mark: a NUL in every other byte (the high byte
    of ASCII letters, spaces and punctuation), on the odd bytes for little-endian."""
    if len(data) % 2 or len(data) < 80:
        return None
    for codec, zeros in (("utf-16-le", data[1::2]), ("utf-16-be", data[0::2])):
        if zeros.count(0) > len(zeros) * 0.4:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                return None
            if "\x00" not in text and _latin_share(text) >= 0.5:
                return text, codec
    return None


def _legacy_text(name, text):
    if text is None:
        raise ReadError(
            f"looks like a legacy Vietnamese font encoding ({name}) that does not convert cleanly; "
            "convert it to Unicode first"
        )
    return text, name


def _unless_legacy(text, encoding):
    """Valid UTF-8 can still hold TCVN3 or VNI text, pasted from an old document as it showed."""
    sample = text[: legacy_vn.SAMPLE_CHARS]
    if legacy_vn.has_vietnamese_letters(sample) or sum(0x80 <= ord(ch) <= 0xFF for ch in sample) < 10:
        return text, encoding
    legacy = legacy_vn.detect(text)
    if not legacy:
        return text, encoding
    converted, name = _legacy_text(*legacy)
    return converted, f"{encoding} ({name})"


# The <meta> tags that give a story's publication day, and the day (ISO, maybe with its time after it).
_PUBLISHED_META = {
    "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "publish-date",
    "dc.date.issued", "article.published", "date",
}
_ISO_DAY_START = re.compile(r"((?:19|20)\d\d)-(\d{2})-(\d{2})(?![\d])")
# ... or the page's structured data: "datePublished":"2024-07-09T10:15:00+07:00".
_LD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"((?:19|20)\d\d)-(\d{2})-(\d{2})(?!\d)')


class _TextExtractor(HTMLParser):
    BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
             "header", "footer", "figcaption", "blockquote", "title", "ul", "ol", "table", "nav", "main"}
    # (<form>: see handle_starttag)
    SKIP = {"script", "style", "noscript", "template", "svg", "iframe", "button", "select", "textarea", "label",
            # menus and sidebars are page furniture wherever they stand
            "nav", "aside"}
    # The site's banner and footer (logo, menu, copyright, address, the responsible editor);
    # inside an <article> the same tags hold the story's own title and dateline, and are kept.
    PAGE_ONLY = {"header", "footer"}
    CELL = {"td", "th"}
    CONTENT = {"article", "main"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.closing = False
        self.parts = []
        self.skip_depth = 0
        self.content_depth = 0
        self.page_stack = []  # open header/footer tags, True when skipped
        self.form_stack = []  # open forms, True when skipped
        self.has_text = False  # visible text seen (a form opened before any wraps the page)
        self.title = []
        self.in_title = False
        self.has_h1 = False
        self.h1_at = None  # where the first <h1> starts in parts, and its text
        self.h1_text = None
        self.in_data_blob = False  # inside Next.js's <script id="__NEXT_DATA__"> (the page's data as JSON)
        self.data_blob = []
        self.meta_published = None  # the day a <meta> gives the story's publication ("article:published_time")

    def handle_starttag(self, tag, attrs):
        if tag == "meta" and self.meta_published is None:
            named = {(k or "").lower(): (v or "") for k, v in attrs}
            which = (named.get("property") or named.get("name") or named.get("itemprop") or "").lower()
            if which in _PUBLISHED_META and (day := _ISO_DAY_START.match(named.get("content", "").strip())):
                self.meta_published = day
        if tag == "script" and ("id", "__NEXT_DATA__") in attrs:
            self.in_data_blob = True
        if tag == "form":
            # A form opened before any text wraps the page (ASP.NET's "aspnetForm"): kept; one
            # opened later is a poll, a search box or a comment box: skipped with what it holds.
            self._open(self.form_stack, self.has_text)
        if tag in self.CONTENT:
            self.content_depth += 1
        if tag == "h1":
            self.has_h1 = True
            if self.h1_at is None and not self.skip_depth:
                self.h1_at, self.h1_text = len(self.parts), []
        if tag == "title":
            self.in_title = True
        if tag in self.PAGE_ONLY:
            self._open(self.page_stack, self.content_depth == 0)
        elif tag in self.SKIP:
            self.skip_depth += 1
        if tag in self.BLOCK:
            self.parts.append("\n")
        elif tag in self.CELL:
            self.parts.append(" ")  # cells side by side: a table portal's menu items apart

    def handle_endtag(self, tag):
        if tag == "script":
            self.in_data_blob = False
        if tag == "form":
            self._close(self.form_stack)
        if tag in self.CONTENT:
            self.content_depth = max(0, self.content_depth - 1)
        if tag == "title":
            self.in_title = False
        if tag == "h1" and isinstance(self.h1_text, list):
            self.h1_text = " ".join("".join(self.h1_text).split())
        if tag in self.PAGE_ONLY:
            self._close(self.page_stack)
        elif tag in self.SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
        if tag in self.BLOCK:
            self.parts.append("\n")
        elif tag == "time":
            self.parts.append(" ")  # two <time> side by side (published, updated): "23/10/2018 23/10/2018", not one number

    def _open(self, stack, skip):
        """A tag skipped or kept by where it stands (a page's header, a form): remembered until
        its end tag."""
        stack.append(skip)
        self.skip_depth += skip

    def _close(self, stack):
        if stack and stack.pop():
            self.skip_depth = max(0, self.skip_depth - 1)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in self.CDATA_CONTENT_ELEMENTS:
            self.set_cdata_mode(tag)  # "<script/>" opens a script all the same, as in browsers
        else:
            self.handle_endtag(tag)

    def handle_data(self, data):
        if self.in_data_blob:
            self.data_blob.append(data)
        if self.skip_depth:
            return  # an <svg>'s <title> is no page title
        if self.in_title:
            self.title.append(data)  # placed later: the <h1> is the better title when there is one
        else:
            self.parts.append(data)
            self.has_text = self.has_text or bool(data.strip())
            if isinstance(self.h1_text, list):
                self.h1_text.append(data)

    def parse_comment(self, i, report=True):
        end = super().parse_comment(i, report)
        if end < 0 and self.closing:
            return len(self.rawdata)  # a comment still open at the end runs to the end, as in browsers
        return end

    def close(self):
        self.closing = True
        super().close()


def html_to_text(markup):
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    parts = parser.parts if parser.has_h1 else ["\n", *parser.title, "\n", *parser.parts]
    if isinstance(parser.h1_text, str) and parser.h1_text:
        # The headline's copies above it (a list of the page's stories, a breadcrumb) are no
        # headline: the <h1> itself is, where the story starts.
        for i in range(parser.h1_at):
            if parts[i].strip() and " ".join(parts[i].split()) == parser.h1_text:
                parts[i] = ""
        # The <title>, the headline then the site's name ("... - Cổng thông tin điện tử tỉnh Bắc Ninh"), kept above
        # the page: the site names the province a story of "UBND tỉnh" leaves unnamed (clean.py's masthead).
        title = " ".join("".join(parser.title).split())
        if title.startswith(parser.h1_text) and re.fullmatch(r"\s*[-–|]\s*\S.{0,80}", title[len(parser.h1_text) :]):
            parts = ["\n", title, "\n", *parts]
    text = "".join(parts)  # character references are already resolved, once (convert_charrefs)
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    text = re.sub(r"\n\s*\n+", "\n\n", text).strip()
    headline = parser.h1_text if isinstance(parser.h1_text, str) and parser.h1_text else " ".join("".join(parser.title).split())
    text = _with_data_blob_story(text, "".join(parser.data_blob), headline)
    # The day the page's metadata says the story was published, as a publication line at its end: read only when the
    # page shows none of its own (dateline.py reads a labelled line at the foot when the head has none).
    if day := parser.meta_published or _LD_PUBLISHED.search(markup):
        year, month, date = day.groups()
        text += f"\n\nNgày đăng: {date}/{month}/{year}"
    return text


# A story's HTML held in the page's data: {"title": "...", "sapo": "...", "content": "<p>Chiều 21/10, ...</p>"}.
_STORY_KEYS = ("content", "body", "contentHtml", "articleBody", "html")


def _blob_stories(node, out, depth=0):
    """Every (title, sapo, story HTML) of a Next.js page's data: the dicts holding a "content" with paragraphs."""
    if depth > 8:
        return out
    if isinstance(node, dict):
        story = next((v for k in _STORY_KEYS if isinstance(v := node.get(k), str) and "<p" in v), None)
        if story:
            title, sapo = node.get("title"), node.get("sapo") or node.get("description") or node.get("summary")
            out.append((title if isinstance(title, str) else "", sapo if isinstance(sapo, str) else "", story))
        children = node.values()
    elif isinstance(node, list):
        children = node
    else:
        return out
    for child in children:
        _blob_stories(child, out, depth + 1)
    return out


def _with_data_blob_story(text, blob, headline):
    """A page that renders its story only from its data (a loading placeholder where the story should be, the story in
    <script id="__NEXT_DATA__">): the story's paragraphs put in, after the sapo (or the headline) it shows. Only the story
    whose title is the page's headline (not a related one the data holds too), and only when the page does not show its
    first line."""
    if not blob.strip() or not headline:
        return text
    try:
        stories = _blob_stories(json.loads(blob), [])
    except (ValueError, RecursionError):
        return text
    key = " ".join(headline.split()).casefold()
    story = next(((sapo, html) for title, sapo, html in stories if " ".join(title.split()).casefold() == key), None)
    if story is None:
        return text
    sapo, html = story
    body = html_to_text(html)
    first = " ".join(body.split("\n", 1)[0].split())[:80]
    if not first or first in " ".join(text.split()):
        return text  # the page shows it already
    at = text.find(sapo.strip()) if sapo.strip() else -1
    line_end = text.find("\n", at) if at >= 0 else text.find("\n", max(0, text.find(headline)))
    if line_end < 0:
        return text + "\n" + body
    return text[:line_end] + "\n" + body + text[line_end:]


def looks_like_html(path, text):
    if Path(path).suffix.lower() in (".html", ".htm"):
        return True
    head = text[:2000].lower()
    return "<html" in head or "<body" in head or "<!doctype html" in head


def read_file(path, max_bytes=DEFAULT_MAX_BYTES):
    """Read one article file; raise ReadError with a reason when it cannot be used."""
    path = Path(path)
    try:
        info = path.stat()
    except OSError as exc:
        raise ReadError(_cannot_open(path, exc)) from exc
    if stat.S_ISDIR(info.st_mode):
        raise ReadError(_folder_problem(path))
    if not stat.S_ISREG(info.st_mode):
        raise ReadError(f"not a regular file ({_kind(info.st_mode)})")  # a device or a pipe could be read forever
    if info.st_size > max_bytes:
        raise ReadError(_too_large(f"{info.st_size:,} bytes", max_bytes))
    try:
        with path.open("rb") as f:
            data = f.read(max_bytes + 1)  # a file that grew after stat() is read no further
    except OSError as exc:
        raise ReadError(f"cannot read: {exc.strerror or exc}") from exc
    if len(data) > max_bytes:
        raise ReadError(_too_large("it grew while being read", max_bytes))
    return read_bytes(data, str(path))


def _cannot_open(path, exc):
    if exc.errno == errno.ELOOP:
        return "a symbolic link that loops back on itself"
    if exc.errno == errno.ENOENT:
        return "a symbolic link whose target does not exist" if path.is_symlink() else "no such file or folder"
    return f"cannot open: {exc.strerror or exc}"


def _folder_problem(path):
    """A folder reaches read_file only when iter_paths could not list it."""
    try:
        os.scandir(path).close()
    except OSError as exc:
        return f"cannot list the folder: {exc.strerror or exc}"
    return "a folder, not an article file"


def _kind(mode):
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a file"


def _too_large(size, max_bytes):
    return f"file too large ({size}; the limit is {max_bytes:,} bytes, set by DOINGOAI_INGEST_MAX_BYTES)"


def read_bytes(data, path):
    """Bytes to a RawArticle, its text in one character form (normalize.characters)."""
    text, encoding = decode(data)
    if looks_like_html(path, text):
        text = html_to_text(text)
    text = characters(text)
    if len(text.strip()) < 40:
        raise ReadError("no article text (fewer than 40 characters)")
    return RawArticle(path=shown(path), name=shown(Path(path).name), raw_bytes=data, text=text, encoding=encoding)
