"""What a source lists: the article links of an RSS/Atom feed, an XML sitemap (a news sitemap,
a sitemap index) or a listing page (links picked by a CSS selector), with the date each entry
gives when it gives one.

XML is parsed with entities unresolved and no network access (no XXE, no billion laughs).
"""

import datetime as dt
import email.utils
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree

_XML = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)


@dataclass(frozen=True)
class Link:
    url: str
    title: str = ""
    date: dt.date | None = None


@dataclass
class Listed:
    links: list  # Link, in the order the source gives them
    children: list  # sitemaps a sitemap index points to (Link)


class ParseError(Exception):
    pass


def _local(tag):
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _text(el):
    return (el.text or "").strip() if el is not None else ""


def _child(el, name):
    for c in el:
        if _local(c.tag) == name:
            return c
    return None


def _children(el, name):
    return [c for c in el if _local(c.tag) == name]


def parse_date(value):
    """An RSS (RFC 822), Atom or sitemap (W3C, ISO 8601) date's day, or None."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _xml_root(content):
    try:
        root = etree.fromstring(content, _XML)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise ParseError(f"not XML: {exc}") from exc
    if root is None:
        raise ParseError("not XML (empty or unreadable document)")
    return root


def parse_feed(content, base_url):
    """Links of an RSS 2.0, RSS 1.0 (RDF) or Atom feed."""
    root = _xml_root(content)
    kind = _local(root.tag)
    links = []
    if kind == "feed":  # Atom
        for entry in _children(root, "entry"):
            href = ""
            for link in _children(entry, "link"):
                if link.get("rel", "alternate") == "alternate" and link.get("href"):
                    href = link.get("href")
                    break
            date = parse_date(_text(_child(entry, "published")) or _text(_child(entry, "updated")))
            if href:
                links.append(Link(urljoin(base_url, href), _text(_child(entry, "title")), date))
    elif kind in ("rss", "rdf"):
        channel = _child(root, "channel")
        items = _children(channel, "item") if channel is not None else []
        items += _children(root, "item")  # RSS 1.0 puts items beside the channel
        for item in items:
            href = _text(_child(item, "link"))
            guid = _child(item, "guid")
            if not href and guid is not None and guid.get("isPermaLink", "true") == "true":
                href = _text(guid)
            date = None
            for c in item:
                if _local(c.tag) in ("pubdate", "date", "published"):
                    date = parse_date(_text(c))
                    break
            if href:
                links.append(Link(urljoin(base_url, href), _text(_child(item, "title")), date))
    else:
        raise ParseError(f"not a feed (the document is <{kind}>, not <rss> or <feed>)")
    return Listed(links, [])


def parse_sitemap(content, base_url):
    """Pages of a sitemap (with a news sitemap's publication date and title), or the sitemaps
    of a sitemap index."""
    root = _xml_root(content)
    kind = _local(root.tag)
    if kind == "sitemapindex":
        children = []
        for sm in _children(root, "sitemap"):
            loc = _text(_child(sm, "loc"))
            if loc:
                children.append(Link(urljoin(base_url, loc), "", parse_date(_text(_child(sm, "lastmod")))))
        return Listed([], children)
    if kind != "urlset":
        raise ParseError(f"not a sitemap (the document is <{kind}>, not <urlset> or <sitemapindex>)")
    links = []
    for u in _children(root, "url"):
        loc = _text(_child(u, "loc"))
        if not loc:
            continue
        date, title = parse_date(_text(_child(u, "lastmod"))), ""
        news = _child(u, "news")
        if news is not None:
            date = parse_date(_text(_child(news, "publication_date"))) or date
            title = _text(_child(news, "title"))
        links.append(Link(urljoin(base_url, loc), title, date))
    return Listed(links, [])


def check_selector(selector):
    """None when ``selector`` is a CSS selector we can use, else why not."""
    from lxml.cssselect import CSSSelector, SelectorError

    try:
        CSSSelector(selector)
    except SelectorError as exc:
        return f"Bộ chọn CSS không hợp lệ: {exc}"
    return None


def parse_listing(content, base_url, selector):
    """Article links of a listing page: the <a href> the selector picks, or inside what it picks;
    on the page's own host or any other http(s) one, without duplicates."""
    from lxml.cssselect import CSSSelector

    try:
        doc = lxml.html.document_fromstring(content)
    except (etree.ParserError, ValueError) as exc:
        raise ParseError(f"not an HTML page: {exc}") from exc
    base = doc.find(".//base[@href]")
    base_url = urljoin(base_url, base.get("href")) if base is not None else base_url
    seen, links = set(), []
    for el in CSSSelector(selector)(doc):
        anchors = [el] if el.tag == "a" else el.iter("a")
        for a in anchors:
            href = (a.get("href") or "").strip()
            if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
                continue
            url = urljoin(base_url, href)
            if urlsplit(url).scheme not in ("http", "https") or url in seen:
                continue
            seen.add(url)
            links.append(Link(url, " ".join(a.text_content().split())[:500], None))
    return Listed(links, [])


def parse(kind, content, base_url, selector=""):
    if kind == "feed":
        return parse_feed(content, base_url)
    if kind == "sitemap":
        return parse_sitemap(content, base_url)
    if kind == "listing":
        return parse_listing(content, base_url, selector or "a")
    raise ValueError(kind)
