"""A fetched page's main text: decoded, stripped of the site around the story by trafilatura,
with its title, author and publication date, and turned into the text the ingest pipeline reads.

The publication date is the page's own metadata when it has one (meta tags such as
article:published_time, JSON-LD datePublished, <time itemprop="datePublished">): the strongest
source of the year. Without it, the dateline the project's own reader finds in the whole page
(clean.find_published: the story's publication line, not the clock widget above the title).
The date reaches extraction as a dateline line under the title ("Ngày đăng: 12/03/2025"), which
extraction reads as any article's dateline: files are extracted exactly as before.
"""

import datetime as dt
import json
import re
import unicodedata
from dataclasses import dataclass

import lxml.html
import trafilatura
from lxml import etree

from ..clean import clean
from ..read import ReadError, decode, html_to_text
from .sources import parse_date

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
# meta tags that carry the story's publication time, strongest first
_META_DATES = (
    "article:published_time", "datepublished", "og:published_time", "pubdate", "publishdate", "publish-date",
    "publish_date", "article.published", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.created",
    "date", "sailthru.date", "parsely-pub-date",
)


@dataclass
class Page:
    title: str
    published: dt.date | None
    published_from: str  # "meta", "json-ld", "time", "dateline" or ""
    author: str
    body: str
    encoding: str

    def pipeline_text(self):
        """The text handed to the ingest pipeline: the title, the publication line, the story."""
        lines = [self.title] if self.title else []
        if self.published:
            lines.append(f"Ngày đăng: {self.published:%d/%m/%Y}")
        return "\n".join(lines) + "\n\n" + self.body


def decode_page(content, content_type=""):
    """(text, encoding): the charset the server declares, else the page's <meta charset>, else
    what read.decode detects (UTF-8, the legacy Vietnamese fonts, a guess)."""
    declared = []
    if m := _HEADER_CHARSET.search(content_type or ""):
        declared.append(m.group(1))
    if m := _META_CHARSET.search(content[:4096]):
        declared.append(m.group(1).decode("ascii"))
    for name in declared:
        try:
            text = content.decode(_codec(name))
        except (LookupError, UnicodeDecodeError):
            continue
        # Windows-1258 writes most tone marks as combining characters: one form for every page.
        return unicodedata.normalize("NFC", text), name.lower()
    text, encoding = decode(content)
    return unicodedata.normalize("NFC", text), encoding


def _codec(name):
    name = name.lower()
    return {"windows-1258": "cp1258", "x-user-defined": "cp1252"}.get(name, name)


def _tree(text):
    text = _XML_DECLARATION.sub("", text, count=1)  # lxml refuses str with an encoding declaration
    return lxml.html.document_fromstring(text)


def metadata_date(tree):
    """(date, where) of the page's own publication metadata, or (None, "")."""
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text_content())
        except ValueError:
            continue
        if day := _json_ld_date(data):
            return day, "json-ld"
    metas = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        if key and meta.get("content") and key not in metas:
            metas[key] = meta.get("content")
    for key in _META_DATES:
        if key in metas and (day := parse_date(metas[key])):
            return day, "meta"
    for time_el in tree.xpath('//time[@itemprop="datePublished"] | //*[@itemprop="datePublished"][@content]'):
        if day := parse_date(time_el.get("datetime") or time_el.get("content")):
            return day, "time"
    return None, ""


def _json_ld_date(data, depth=0):
    if depth > 5:
        return None
    if isinstance(data, list):
        for item in data:
            if day := _json_ld_date(item, depth + 1):
                return day
    elif isinstance(data, dict):
        if isinstance(data.get("datePublished"), str) and (day := parse_date(data["datePublished"])):
            return day
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            if key in data and (day := _json_ld_date(data[key], depth + 1)):
                return day
    return None


class NoText(Exception):
    pass


def extract_page(content, url, content_type=""):
    """The Page of a fetched HTML document; raises NoText when there is no story in it."""
    try:
        text, encoding = decode_page(content, content_type)
    except ReadError as exc:
        raise NoText(str(exc)) from exc
    try:
        tree = _tree(text)
    except (etree.ParserError, ValueError) as exc:
        raise NoText(f"not an HTML page: {exc}") from exc
    published, where = metadata_date(tree)
    doc = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_images=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    title = " ".join((getattr(doc, "title", None) or "").split())
    body = (getattr(doc, "text", None) or "").strip()
    author = (getattr(doc, "author", None) or "")[:300]
    whole = None
    if len(body) < 40:  # trafilatura found no main block: the whole page, as `ingest` reads HTML
        whole = html_to_text(text)
        body = whole
    if len(body.strip()) < 40:
        raise NoText("no article text (fewer than 40 characters)")
    if published is None:
        found = clean(whole if whole is not None else html_to_text(text)).published
        if found and len(found) == 10:
            published, where = dt.date.fromisoformat(found), "dateline"
    return Page(title=title[:500], published=published, published_from=where, author=author, body=body,
                encoding=encoding)
