"""The crawler's parts on their own: canonical URLs, feed / sitemap / listing parsing, and the
fetcher's rules (schemes, redirects, size cap, retries, robots.txt, pace) over httpx's mock
transport."""

import datetime as dt
import gzip
import time

import httpx
import pytest

from apps.ingest.collect.fetch import Disallowed, Fetcher, FetchError, HostPacer, canonical_url
from apps.ingest.collect.main_text import decode_page, metadata_date
from apps.ingest.collect.sources import ParseError, parse_feed, parse_listing, parse_sitemap


@pytest.mark.parametrize(
    "url, canonical",
    [
        ("HTTPS://Baoquocte.VN:443/a.html?utm_source=fb&id=3&fbclid=X#top", "https://baoquocte.vn/a.html?id=3"),
        ("http://example.vn:80", "http://example.vn/"),
        ("http://example.vn:8080/tin?gclid=1&utm_medium=x", "http://example.vn:8080/tin"),
        ("https://example.vn/tin?b=2&a=1&zarsrc=30", "https://example.vn/tin?b=2&a=1"),
    ],
)
def test_canonical_url(url, canonical):
    assert canonical_url(url) == canonical


def test_rss_and_atom_feeds():
    rss = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
    <item><title>Mot</title><link>/tin/1.html</link><pubDate>Tue, 04 Mar 2025 08:00:00 +0700</pubDate></item>
    <item><title>Hai</title><guid isPermaLink="true">https://x.vn/tin/2.html</guid></item>
    </channel></rss>"""
    links = parse_feed(rss, "https://x.vn/rss.xml").links
    assert [(x.url, x.date) for x in links] == [
        ("https://x.vn/tin/1.html", dt.date(2025, 3, 4)), ("https://x.vn/tin/2.html", None)
    ]
    atom = b"""<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>A</title>
    <link rel="enclosure" href="/a.jpg"/><link href="/tin/a.html"/><updated>2024-12-31T23:00:00Z</updated></entry></feed>"""
    [link] = parse_feed(atom, "https://x.vn/").links
    assert link.url == "https://x.vn/tin/a.html" and link.date == dt.date(2024, 12, 31)
    with pytest.raises(ParseError):
        parse_feed(b"<html><body>not a feed</body></html>", "https://x.vn/")


def test_sitemap_index_and_news_sitemap():
    index = b"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
    <sitemap><loc>https://x.vn/s-1.xml</loc><lastmod>2025-01-02</lastmod></sitemap></sitemapindex>"""
    listed = parse_sitemap(index, "https://x.vn/sitemap.xml")
    assert listed.links == [] and [(c.url, c.date) for c in listed.children] == [("https://x.vn/s-1.xml", dt.date(2025, 1, 2))]
    news = b"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
      xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
    <url><loc>https://x.vn/a.html</loc><lastmod>2025-02-01</lastmod>
      <news:news><news:publication_date>2025-01-30T08:00:00+07:00</news:publication_date><news:title>Tin A</news:title></news:news></url>
    <url><loc>https://x.vn/b.html</loc></url></urlset>"""
    a, b = parse_sitemap(news, "https://x.vn/").links
    assert (a.url, a.title, a.date) == ("https://x.vn/a.html", "Tin A", dt.date(2025, 1, 30))
    assert b.date is None


def test_xml_entities_are_not_resolved():
    """No external entity is read (XXE) and no entity expands."""
    evil = b"""<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
    <rss version="2.0"><channel><item><title>&x;</title><link>https://x.vn/1</link></item></channel></rss>"""
    [link] = parse_feed(evil, "https://x.vn/").links
    assert "root:" not in link.title


def test_listing_picks_links_by_selector():
    html = b"""<html><head><base href="https://x.vn/tin/"></head><body>
    <nav><a href="/">Trang chu</a></nav>
    <div class="item"><h3><a href="a.html">Tin A</a></h3></div>
    <div class="item"><h3><a href="a.html">Tin A again</a><a href="javascript:void(0)">x</a></h3></div>
    <div class="item"><a href="mailto:x@x.vn">Mail</a><a href="https://y.vn/b.html">Tin B</a></div></body></html>"""
    links = parse_listing(html, "https://x.vn/chuyen-muc", "div.item")
    assert [x.url for x in links.links] == ["https://x.vn/tin/a.html", "https://y.vn/b.html"]


def test_metadata_dates_and_declared_charsets():
    import lxml.html

    tree = lxml.html.document_fromstring(
        '<html><head><script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, '
        '{"@type": "NewsArticle", "datePublished": "2023-07-09T10:00:00+07:00"}]}</script>'
        '<meta name="pubdate" content="2020-01-01"></head><body><p>x</p></body></html>'
    )
    assert metadata_date(tree) == (dt.date(2023, 7, 9), "json-ld")
    tree = lxml.html.document_fromstring('<html><body><time itemprop="datePublished" datetime="2022-02-03">3/2</time></body></html>')
    assert metadata_date(tree) == (dt.date(2022, 2, 3), "time")
    text, encoding = decode_page("Đối ngoại".encode("utf-16"), "text/html; charset=utf-16")
    assert text == "Đối ngoại" and encoding == "utf-16"


def _fetcher(handler, **kw):
    kw = {"interval": 0, "backoff": 0, "retries": 2, "max_bytes": 10_000, "max_redirects": 3, **kw}
    return Fetcher(transport=httpx.MockTransport(handler), **kw)


def _site(pages):
    """A mock transport's handler: path → response (or a list of responses, one per request)."""
    asked = []

    def handler(request):
        asked.append(request.url.path)
        answer = pages.get(request.url.path, httpx.Response(404))
        if isinstance(answer, list):
            answer = answer.pop(0)
        return answer() if callable(answer) else answer

    return handler, asked


def test_only_http_and_https_and_redirects_are_bounded():
    handler, asked = _site({
        "/robots.txt": httpx.Response(404),
        "/ftp": httpx.Response(302, headers={"Location": "ftp://x.vn/file"}),
        "/r0": httpx.Response(302, headers={"Location": "/r1"}),
        "/r1": httpx.Response(302, headers={"Location": "/r2"}),
        "/r2": httpx.Response(302, headers={"Location": "/r3"}),
        "/r3": httpx.Response(302, headers={"Location": "/r4"}),
        "/r4": httpx.Response(200, text="ok"),
    })
    with _fetcher(handler) as f:
        with pytest.raises(FetchError, match="not an http"):
            f.get("file:///etc/passwd")
        with pytest.raises(FetchError, match="not an http"):
            f.get("http://x.vn/ftp")
        with pytest.raises(FetchError, match="more than 3 redirects"):
            f.get("http://x.vn/r0")
        assert f.get("http://x.vn/r1").content == b"ok"


def test_size_cap_announced_or_streamed_and_gzip():
    big = b"a" * 20_000
    handler, _ = _site({
        "/robots.txt": httpx.Response(404),
        "/announced": httpx.Response(200, content=big),
        "/streamed": lambda: httpx.Response(200, content=iter([b"a" * 4000] * 5)),
        "/bomb": httpx.Response(200, content=gzip.compress(big), headers={"Content-Encoding": "gzip"}),
        "/small": httpx.Response(200, content=gzip.compress(b"xin chao"), headers={"Content-Encoding": "gzip"}),
    })
    with _fetcher(handler) as f:
        for path in ("/announced", "/streamed", "/bomb"):
            with pytest.raises(FetchError, match="too large"):
                f.get("http://x.vn" + path)
        assert f.get("http://x.vn/small").content == b"xin chao"


def test_retries_on_429_and_5xx_then_gives_up():
    handler, asked = _site({
        "/robots.txt": httpx.Response(404),
        "/busy": [httpx.Response(429, headers={"Retry-After": "0"}), httpx.Response(503), httpx.Response(200, text="ok")],
        "/down": [httpx.Response(500)] * 3,
    })
    with _fetcher(handler) as f:
        assert f.get("http://x.vn/busy").content == b"ok"
        with pytest.raises(FetchError, match="HTTP 500") as failed:
            f.get("http://x.vn/down")
    assert failed.value.transient and asked.count("/down") == 3


def test_conditional_get_and_user_agent():
    seen = {}

    def handler(request):
        seen.update(request.headers)
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        if request.headers.get("if-none-match") == '"v1"':
            return httpx.Response(304)
        return httpx.Response(200, text="feed", headers={"ETag": '"v1"', "Last-Modified": "Wed, 12 Mar 2025 01:30:00 GMT"})

    with _fetcher(handler, user_agent="doingoai-test/1 (+mailto:ops@example.org)") as f:
        first = f.get("http://x.vn/feed")
        again = f.get("http://x.vn/feed", etag=first.etag, last_modified=first.last_modified)
    assert first.status == 200 and again.not_modified
    assert seen["user-agent"] == "doingoai-test/1 (+mailto:ops@example.org)"
    assert seen["if-modified-since"] == "Wed, 12 Mar 2025 01:30:00 GMT"


def test_robots_txt_rules_and_when_it_cannot_be_had():
    handler, asked = _site({"/robots.txt": httpx.Response(200, text="User-agent: *\nDisallow: /rieng/\n")})
    with _fetcher(handler) as f:
        assert f.allowed("http://x.vn/tin/1") and not f.allowed("http://x.vn/rieng/1")
        with pytest.raises(Disallowed):
            f.get("http://x.vn/rieng/2")
    assert asked.count("/robots.txt") == 1 and "/rieng/2" not in asked
    handler, _ = _site({"/robots.txt": [httpx.Response(503)] * 3})
    with _fetcher(handler) as f:
        assert not f.allowed("http://x.vn/tin/1")  # unreachable robots.txt: nothing is fetched (RFC 9309)


def test_one_request_per_interval_to_a_host():
    pacer = HostPacer(0.2)
    began = time.monotonic()
    for _ in range(3):
        pacer.wait("x.vn")
    pacer.wait("y.vn")  # another host does not wait
    assert 0.38 <= time.monotonic() - began < 0.6
