"""Untrusted text stays text. XSS payloads placed in article titles and bodies (through the real
``ingest`` command, .txt and .html) and in the names of officials, partners and countries
(through the store stage ingest uses) come out as text on every public page, in the admin, the
Atom feed, the API and the exports; CSV cells a spreadsheet would read as a formula are
neutralised.

A page passes when its parsed markup holds nothing a payload could have made (no inline event
handler, no script or style carrying a payload, no javascript: or data: URL, no frame or
object), no payload appears raw in it, and the payloads of the records it shows appear in it as
text: the test cannot pass by the data being absent. tests/browser/test_xss.py loads the same
archive into Chromium and checks that nothing runs."""

import csv
import dataclasses
import io
import json
import re
import types
import xml.etree.ElementTree as ET
from html import escape
from html.parser import HTMLParser
from urllib.parse import quote

import pytest
from django.contrib.auth.models import User
from django.core.cache import cache
from django.core.management import call_command
from django.urls import NoReverseMatch, reverse

from apps.ingest.models import IngestItem, IngestRun
from apps.ingest.pipeline import read_and_extract
from apps.ingest.store import Lookups, store_article
from apps.visits.records.models import (
    Article,
    Country,
    Official,
    Participation,
    PartnerLocality,
    PartnerTie,
    Request,
)

pytestmark = pytest.mark.django_db

# Each payload carries its own marker (10NN) so that a browser test can tell which one ran.
PAYLOADS = [
    "<script>alert(1001)</script>",
    '"><script>alert(1002)</script>',
    "</title><script>alert(1003)</script>",
    "<img src=x onerror=alert(1004)>",
    "<svg onload=alert(1005)>",
    "<svg><script>alert(1006)</script></svg>",
    '<iframe src="javascript:alert(1007)"></iframe>',
    '<a href="javascript:alert(1008)">x1008</a>',
    "<body onload=alert(1009)>",
    "<details open ontoggle=alert(1010)>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1011)>",
    "<scr<script>ipt>alert(1012)</scr</script>ipt>",
    "<<script>script>alert(1013)<</script>/script>",
    "<img src=x onerror=alert(1014)//",
    "' onmouseover=alert(1015) x='",
    '" onfocus=alert(1016) autofocus x="',
    "javascript:alert(1017)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxMDE4KTwvc2NyaXB0Pg==#1018",  # <script>alert(1018)</script>
    "{{ 7*7 }} {{ request.META }} 1019",
    "{% debug %}{% load static %} 1020",
    "</script><script>alert(1021)</script>",
    "&lt;script&gt;alert(1022)&lt;/script&gt;",
    '=HYPERLINK("http://evil.example/1023","x")',
    "+cmd|' /C calc 1024'!A0",
    "-2+3+1025",
    "@SUM(1026)",
    "<input onfocus=alert(1027) autofocus>",
    '<form action="javascript:alert(1028)"><button>x1028</button></form>',
    '<object data="javascript:alert(1029)"></object>',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1030)">',
    '<base href="javascript:alert(1031)//">',
    "\\u003cscript\\u003ealert(1032)\\u003c/script\\u003e",
    "';alert(1033);//",
    '<a href="&#14; javascript:alert(1034)">x1034</a>',
    "<style>*{background:url(javascript:alert(1035))}</style>",
    '<svg><a xlink:href="javascript:alert(1036)"><text y="20">x1036</text></a></svg>',
]
MARKER = re.compile(r"10[0-9]{2}")
FORMULAS = [p for p in PAYLOADS if p[0] in "=+-@"]
FORMULA_START = tuple("=+-@\t\r")
# A .txt whose first 2,000 characters hold "<body" or "<html" is read as HTML (apps/ingest/read.py):
# those payloads go into the body, further down.
HEAD_PAYLOADS = [p for p in PAYLOADS if "<body" not in p and "<html" not in p]


def test_the_payloads_are_many_and_each_has_its_own_marker():
    markers = [MARKER.findall(p) for p in PAYLOADS]
    assert len(PAYLOADS) >= 20
    assert all(len(set(m)) == 1 for m in markers)
    assert len({m[0] for m in markers}) == len(PAYLOADS)
    assert len(FORMULAS) == 4


# ---------------------------------------------------------------------------------------------
# The hostile archive


def load_hostile_archive(tmp_path, seeds_dir):
    """Three activities full of payloads: one whose people, partners, requests and title come
    through ``store_article`` (the extractor would never read "<script>" as a person's name),
    one from a .txt and one from an .html file through the ``ingest`` command."""
    names = _store_with_payload_names(seeds_dir)
    txt = _ingest_text_file(tmp_path, seeds_dir)
    html = _ingest_html_file(tmp_path, seeds_dir)
    return types.SimpleNamespace(names=names, txt=txt, html=html, activities=[names, txt, html])


def _store_with_payload_names(seeds_dir):
    _path, raw, cleaned, record = read_and_extract(seeds_dir / "000_febe0b3203be1b22.txt", 10_000_000)
    text = cleaned.text
    # The body gets every payload too, and the evidence spans point at them.
    cleaned = dataclasses.replace(cleaned, text=text + "\n\n" + " ".join(PAYLOADS))
    at = [(cleaned.text.index(p), cleaned.text.index(p) + len(p)) for p in PAYLOADS]
    lead_span = record["lead"]["span"]
    formula_lead, formula_org, formula_partner, formula_request = FORMULAS
    names = [p for p in PAYLOADS if p not in FORMULAS]
    record = {
        **record,
        "title": " ".join(PAYLOADS[:6]) + " " + record["title"],
        "start_date": "2020-09-15",
        "end_date": "2020-09-15",
        "date_precision": "day",
        "organization": formula_org,
        "lead": {"name": formula_lead, "titles": [PAYLOADS[0], "\t=1+1"], "span": lead_span},
        "officials": [
            {"name": p, "titles": [p], "side": "local", "span": at[PAYLOADS.index(p)]} for p in names
        ],
        "partners": [
            {"name": p, "canonical": p, "kind": p[:40], "country": "Campuchia", "span": at[PAYLOADS.index(p)]}
            for p in [formula_partner, *names]
        ]
        + [{"name": "Mondulkiri", "kind": "tỉnh", "country": PAYLOADS[3]}],
        "requests": [{"text": formula_request, "category": "aid"}]
        + [
            {"text": f"Đề nghị số {i}: {p}", "category": "other", "span": at[PAYLOADS.index(p)]}
            for i, p in enumerate(names)
        ],
        "doubts": [{"code": "year_inferred", "evidence": at[0]}],
    }
    stored = store_article(raw=raw, cleaned=cleaned, record=record, lookups=Lookups())
    assert stored.activity is not None
    return stored.activity


def _ingest(path):
    call_command("ingest", str(path), stdout=io.StringIO(), stderr=io.StringIO())
    return Article.objects.get(source_name=path.name).activity


def _ingest_text_file(tmp_path, seeds_dir):
    lines = (seeds_dir / "002_e4971daadf9b6461.txt").read_text(encoding="utf-8").splitlines()
    head = re.match(r"\s*date \S+ ", lines[0]).group(0)
    lines[0] = (
        f"{head}{' '.join(HEAD_PAYLOADS[:12])} Đoàn công tác làm việc với tỉnh Điện Biên. {lines[0][len(head) :]}"
    )
    lines += ["", f"Ông {' '.join(PAYLOADS)} phát biểu."]
    # A file name is untrusted too (shown on the activity page and in admin).
    path = tmp_path / '"><img src=x onerror=alert(1004)>.txt'
    path.write_text("\n".join(lines), encoding="utf-8")
    return _ingest(path)


def _ingest_html_file(tmp_path, seeds_dir):
    text = (seeds_dir / "003_6fe178a3a8518ed2.txt").read_text(encoding="utf-8")
    text = re.sub(r"^\s*date \S+ ", "", text)
    title, *paragraphs = [p for p in text.split("\n") if p.strip()]
    # The payloads go near the top: the page's "related stories" tail is cut off by the cleaner.
    paragraphs.insert(1, " ".join(PAYLOADS))
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    escaped = escape(" ".join(HEAD_PAYLOADS[:8]))
    markup = (
        f"<!doctype html><html><head><title>{escaped} {escape(title)}</title>"
        "<script>alert(1001)</script></head>"
        f"<body><h1>{escaped} {escape(title)}</h1><img src=x onerror=alert(1004)>{body}"
        "<p onclick=alert(1016)>Tin bài khác</p></body></html>"
    )
    path = tmp_path / "evil.html"
    path.write_text(markup, encoding="utf-8")
    return _ingest(path)


@pytest.fixture
def archive(tmp_path, seeds_dir):
    cache.clear()  # pages are rendered from these records, never from an earlier test's cache
    return load_hostile_archive(tmp_path, seeds_dir)


@pytest.fixture
def editor(client):
    user = User.objects.create_superuser("editor", "editor@example.org", "pw-editor-123")
    client.force_login(user)
    return user


def test_the_payloads_reach_the_database_unchanged(archive):
    formula_lead, formula_org, formula_partner, formula_request = FORMULAS
    officials = set(Official.objects.values_list("name", flat=True))
    partners = set(PartnerLocality.objects.values_list("name", flat=True))
    assert set(PAYLOADS) - {formula_org, formula_partner, formula_request} <= officials
    assert set(PAYLOADS) - {formula_lead, formula_org, formula_request} <= partners
    assert archive.names.organization == formula_org
    assert Request.objects.filter(text=formula_request).exists()
    assert Country.objects.filter(name=PAYLOADS[3]).exists()
    for activity in (archive.txt, archive.html):
        text = activity.articles.get().clean_text
        for p in PAYLOADS:
            assert p in text, (activity.articles.get().source_name, p)
    assert PAYLOADS[0] in archive.txt.summary and PAYLOADS[0] in archive.html.summary


# ---------------------------------------------------------------------------------------------
# What a page may hold


URL_ATTRIBUTES = {
    "href",
    "src",
    "action",
    "formaction",
    "xlink:href",
    "data",
    "poster",
    "background",
    "srcset",
}
# Elements no page of the site or the admin uses; a payload that became markup would add them.
FOREIGN_TAGS = {"iframe", "frame", "frameset", "object", "embed", "applet", "base", "math", "mglyph", "mtext"}
JSON_TYPES = {"application/json", "application/ld+json"}
_CONTROL = re.compile(r"[\x00-\x20]+")


def dangerous_url(value):
    """A URL a browser would run or render as a page: javascript:, vbscript:, data: (but the
    empty favicon "data:," and images). Browsers ignore whitespace and control characters in
    the scheme."""
    url = _CONTROL.sub("", value or "").lower()
    if url.startswith(("javascript:", "vbscript:")):
        return True
    return url.startswith("data:") and not url.startswith(("data:,", "data:image/png", "data:image/gif"))


class PageMarkup(HTMLParser):
    """The elements, attributes and text of one page, and what in them only a payload makes."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []
        self.text = []
        self.attribute_values = []
        self._raw = None  # (tag, type, [data]) while inside <script> or <style>

    def handle_starttag(self, tag, attrs):
        where = f"<{tag} {' '.join(f'{k}={v!r}' for k, v in attrs)[:200]}>"
        attributes = dict(attrs)
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"event handler attribute {name}: {where}")
            if name == "srcdoc":
                self.problems.append(f"srcdoc: {where}")
            if name in URL_ATTRIBUTES and dangerous_url(value):
                self.problems.append(f"script URL in {name}: {where}")
            if value:
                self.attribute_values.append(value)
        if tag in FOREIGN_TAGS:
            self.problems.append(f"foreign element: {where}")
        if tag == "meta" and (attributes.get("http-equiv") or "").lower() == "refresh":
            self.problems.append(f"meta refresh: {where}")
        src = attributes.get("src")
        # The site's and the admin's own files are same-origin absolute paths (/static/, /admin/jsi18n/).
        if src is not None and not (re.match(r"/[^/\\]", src) or src.startswith("data:image/")):
            self.problems.append(f"src not of this site: {where}")
        if tag in ("script", "style"):
            self._raw = (tag, (attributes.get("type") or "").lower(), "src" in attributes, [])

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in ("script", "style"):
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if self._raw is None or tag != self._raw[0]:
            return
        kind, type_, has_src, parts = self._raw
        self._raw = None
        content = "".join(parts)
        if MARKER.search(content) and not (kind == "script" and type_ in JSON_TYPES):
            self.problems.append(f"a payload inside <{kind}>: {content[:200]!r}")
        if kind == "script" and not has_src:
            if type_ not in JSON_TYPES:
                self.problems.append(f"inline script: {content[:200]!r}")
            else:
                json.loads(content)  # a payload breaking out of a JSON script would not parse

    def handle_data(self, data):
        if self._raw is not None:
            self._raw[3].append(data)
        else:
            self.text.append(data)

    @property
    def all_text(self):
        return "".join(self.text)


def check_page(body, url, *, shows=()):
    """Assert that ``body`` holds no live markup from any payload and shows each of ``shows``
    (text read from the records) as text or as a whole attribute value; return the parse."""
    page = PageMarkup()
    page.feed(body)
    page.close()
    assert not page.problems, (url, page.problems)
    for p in PAYLOADS:
        if any(c in p for c in "<>\"'"):
            assert p not in body, (url, "unescaped", p)
    text = page.all_text
    values = set(page.attribute_values)
    missing = [s for s in shows if s not in text and s not in values]
    assert not missing, (url, "not shown", missing)
    return page


def shown_payloads(page):
    return [p for p in PAYLOADS if p in page.all_text or p in page.attribute_values]


def get_html(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, (url, response.status_code)
    assert response["Content-Type"].startswith("text/html"), (url, response["Content-Type"])
    csp = response.get("Content-Security-Policy", "")
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp, url
    return response.content.decode()


def test_the_checker_finds_live_markup():
    for p in [p for p in PAYLOADS if "<" in p and "&lt;" not in p and "\\u003c" not in p]:
        page = PageMarkup()
        page.feed(f"<html><body><p>{p}</p></body></html>")
        page.close()
        escaped = PageMarkup()
        escaped.feed(f"<html><body><p>{escape(p)}</p></body></html>")
        assert page.problems or p not in page.all_text, p
        assert not escaped.problems and p in escaped.all_text, p


# ---------------------------------------------------------------------------------------------
# Public pages


def route(name, *args):
    """The path of a route, or None while a colleague's route does not exist yet."""
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return None


def _names(qs):
    return list(qs.values_list("name", flat=True))


def public_pages(archive):
    """(url, texts it must show) for every public page of the hostile archive."""
    names, txt, html = archive.names, archive.txt, archive.html
    officials = Official.objects.filter(participations__activity=names).distinct()
    partners = PartnerLocality.objects.filter(mentions__activity=names).distinct()
    yield "/", [names.lead.name, PAYLOADS[0]]
    yield "/activities/", [names.lead.name, PAYLOADS[0]]
    yield "/provinces/", []
    yield "/partners/", _names(partners)
    yield "/requests/", [t for t in Request.objects.values_list("text", flat=True) if len(t) <= 200]
    for a in archive.activities:
        yield f"/provinces/{a.province.slug}/", [PAYLOADS[0]]
        if a.start_date:
            yield f"/timeline/?zoom=day&at={a.start_date:%Y-%m}", [PAYLOADS[0]]
    yield f"/activities/{names.pk}/", [*_names(officials), *_names(partners), *PAYLOADS, names.lead.name]
    yield f"/activities/{txt.pk}/", [*PAYLOADS, txt.articles.get().source_name]
    yield f"/activities/{html.pk}/", PAYLOADS
    for official in officials:
        yield f"/officials/{official.slug}/", [official.name]
    for partner in partners:
        yield f"/partners/{partner.slug}/", [partner.name]
    for ask in Request.objects.all():
        url = route("request-detail", ask.pk)
        if url:
            yield url, [ask.text]
    # Payloads in the query string come back in the search box and in the filters' errors (a
    # bad filter answers 400, with the page and its errors).
    for p in PAYLOADS[:3] + PAYLOADS[14:16]:
        yield f"/activities/?q={quote(p)}", [p]
        yield f"/activities/?province={quote(p)}", [], 400
        yield f"/requests/?province={quote(p)}&category={quote(p)}", [], 400
        yield f"/timeline/?q={quote(p)}&zoom=month&at=2020", []


def test_every_public_page_shows_the_payloads_as_text(client, archive):
    pages = list(public_pages(archive))
    shown = set()
    for url, shows, *status in pages:
        page = check_page(get_html(client, url, *status), url, shows=shows)
        shown.update(shown_payloads(page))
    assert len(pages) > 80
    assert shown == set(PAYLOADS)


def test_payloads_in_a_path_or_a_bad_export_filter_stay_text(client, archive):
    for p in PAYLOADS[:4]:
        for url in (f"/officials/{quote(p)}/", f"/partners/{quote(p)}/", f"/activities/{quote(p)}/"):
            check_page(client.get(url).content.decode(), url)
        url = f"/activities/export.csv?province={quote(p)}&date_from={quote(p)}"
        check_page(get_html(client, url, status=400), url)


# ---------------------------------------------------------------------------------------------
# Admin


def admin_pages(archive):
    """(url, texts it must show) for the admin's lists and forms of the hostile records."""
    names = archive.names
    officials = list(Official.objects.filter(participations__activity=names).distinct())
    partners = list(PartnerLocality.objects.filter(mentions__activity=names).distinct())
    formula_lead = names.lead.name

    def admin(view, *args, query=""):
        return reverse(f"admin:{view}", args=args) + query

    yield admin("visits_activity_changelist"), [formula_lead, FORMULAS[1]]
    yield admin("visits_activitytoreview_changelist"), [PAYLOADS[0]]
    yield admin("visits_official_changelist"), [o.name for o in officials]
    yield admin("visits_partnerlocality_changelist"), [p.name for p in partners]
    yield admin("visits_country_changelist"), [PAYLOADS[3]]
    yield (
        admin("visits_request_changelist"),
        [t for t in Request.objects.values_list("text", flat=True) if len(t) <= 100],
    )
    yield admin("visits_article_changelist"), [a.source_name for a in Article.objects.all()]
    yield admin("visits_participation_changelist"), []
    yield admin("visits_partnertie_changelist"), []
    yield admin("ingest_ingestitem_changelist"), [archive.txt.articles.get().source_name]
    for p in PAYLOADS[:3] + PAYLOADS[14:16]:
        yield admin("visits_activity_changelist", query=f"?q={quote(p)}"), [p]
        yield admin("visits_official_changelist", query=f"?q={quote(p)}"), [p]
    for a in archive.activities:
        yield admin("visits_activity_change", a.pk), [a.summary]
        yield admin("visits_activity_history", a.pk), []
        yield admin("visits_activitytoreview_changelist", query=f"?q={a.pk}"), []
        for article in a.articles.all():
            yield admin("visits_article_change", article.pk), [article.title, article.source_name]
    # A change form costs a tenth of a second: the forms of the names that would break out of the
    # <input value="..."> they are shown in, or out of the page (the lists above show every name).
    breaking = {p for p in PAYLOADS if p.startswith(('"', "'", "</", "<img", "<script"))}
    for official in officials:
        if official.name in breaking:
            yield admin("visits_official_change", official.pk), [official.name]
    for partner in partners:
        if partner.name in breaking:
            yield admin("visits_partnerlocality_change", partner.pk), [partner.name]
    yield admin("visits_official_delete", officials[0].pk), [officials[0].name]
    yield admin("visits_official_history", officials[0].pk), [officials[0].name]
    yield admin("visits_country_change", Country.objects.get(name=PAYLOADS[3]).pk), [PAYLOADS[3]]
    for ask in Request.objects.filter(activity=names, text__contains="<")[:6]:
        yield admin("visits_request_change", ask.pk), [ask.text]
    for part in Participation.objects.filter(activity=names)[:5]:
        yield admin("visits_participation_change", part.pk), [part.titles.first().title]
    tie = PartnerTie.objects.filter(partner=partners[1]).first()
    yield admin("visits_partnertie_change", tie.pk), []
    run = IngestRun.objects.order_by("id").first()
    yield admin("ingest_ingestrun_change", run.pk), []
    item = IngestItem.objects.get(path__endswith=archive.txt.articles.get().source_name)
    yield admin("ingest_ingestitem_change", item.pk), []


def test_every_admin_page_shows_the_payloads_as_text(client, archive, editor):
    shown = set()
    pages = list(admin_pages(archive))
    for url, shows, *status in pages:
        page = check_page(get_html(client, url, *status), url, shows=shows)
        shown.update(shown_payloads(page))
    assert len(pages) > 60
    assert shown == set(PAYLOADS)


def test_merging_officials_with_payload_names_shows_them_as_text(client, archive, editor):
    first, second = Official.objects.filter(name__in=PAYLOADS[:2]).order_by("id")
    url = reverse("admin:visits_official_changelist")
    data = {"action": "merge_selected", "_selected_action": [first.pk, second.pk]}
    preview = client.post(url, data)
    assert preview.status_code == 200
    check_page(preview.content.decode(), "merge preview", shows=[first.name, second.name])
    done = client.post(url, {**data, "confirm": "yes", "keep": first.pk}, follow=True)
    # The success message names both.
    check_page(done.content.decode(), "after the merge", shows=[first.name, second.name])
    assert "Merged" in done.content.decode() or "Đã gộp" in done.content.decode()


# ---------------------------------------------------------------------------------------------
# Exports, feed, API


def strings(value):
    """Every string in a decoded JSON value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)


def assert_no_formula_cells(rows, where):
    for row in rows:
        for cell in row:
            assert not cell.startswith(FORMULA_START), (where, cell)


def test_the_csv_export_neutralises_formulas_and_keeps_the_text(client, archive):
    response = client.get("/activities/export.csv")
    assert response["Content-Type"].startswith("text/csv")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Disposition"].startswith("attachment")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert_no_formula_cells(rows, "export.csv")
    row = next(r for r in rows if r[0] == str(archive.names.pk))
    cells = dict(zip(rows[0], row, strict=True))
    # The formula payloads stand at the start of the lead, organization, partners and requests cells.
    assert cells["lead"] == "'" + FORMULAS[0]
    assert cells["organization"] == "'" + FORMULAS[1]
    assert cells["partners"].startswith("'" + FORMULAS[2] + "; ")
    assert cells["requests"].startswith("'" + FORMULAS[3] + " | ")
    assert cells["lead_titles"] == f"{PAYLOADS[0]}; \t=1+1"  # a formula after the first character is inert
    for p in PAYLOADS:
        assert p in cells["officials"] or p in FORMULAS, p

    out = io.StringIO()
    call_command("export", "--format", "csv", stdout=out)
    assert_no_formula_cells(csv.reader(io.StringIO(out.getvalue())), "manage.py export")


def test_the_json_export_carries_the_payloads_as_json_strings(client, archive):
    response = client.get("/activities/export.jsonl")
    assert response["Content-Type"].startswith("application/x-ndjson")
    assert response["X-Content-Type-Options"] == "nosniff"
    lines = b"".join(response.streaming_content).decode().splitlines()
    records = [json.loads(line) for line in lines]
    record = next(r for r in records if r["id"] == archive.names.pk)
    assert record["lead"]["name"] == FORMULAS[0]
    values = set(strings(record))
    assert set(PAYLOADS) <= values, sorted(set(PAYLOADS) - values)


def test_the_feed_is_escaped_xml_whose_html_holds_only_text(client, archive):
    ns = {"a": "http://www.w3.org/2005/Atom"}

    def feed(url):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Content-Type"].startswith("application/atom+xml")
        return ET.fromstring(response.content)  # well-formed: every payload was XML-escaped

    # The filters a reader asked for are named in the feed's title, as text.
    filtered = feed(f"/feed/activities.atom?q={quote(PAYLOADS[1])}&organization={quote(PAYLOADS[14])}")
    assert PAYLOADS[1] in filtered.find("a:title", ns).text
    entries = feed("/feed/activities.atom").findall("a:entry", ns)
    titles = [e.find("a:title", ns) for e in entries]
    assert all(t.get("type") in (None, "text") for t in titles)
    assert sum(PAYLOADS[0] in t.text for t in titles) == 3  # the titles, as plain text
    summaries = []
    for entry in entries:
        summary = entry.find("a:summary", ns)
        assert summary.get("type") == "html"
        # What a feed reader renders: the summary's HTML, which must hold nothing but text.
        summaries.append(check_page(summary.text, "feed summary").all_text)
    assert any(FORMULAS[0] in s for s in summaries)  # the lead of the names activity


def test_bad_feed_filters_answer_plain_text(client, archive):
    response = client.get(
        f"/feed/activities.atom?date_from={quote(PAYLOADS[0])}&province={quote(PAYLOADS[3])}"
    )
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/plain")
    assert response["X-Content-Type-Options"] == "nosniff"


def test_the_api_answers_json_holding_the_payloads_as_strings(client, archive):
    urls = [
        "/api/activities/",
        "/api/officials/?page_size=100",
        "/api/partners/?page_size=100",
        "/api/requests/?page_size=100",
    ]
    urls += [f"/api/activities/{a.pk}/" for a in archive.activities]
    urls += [f"/api/activities/?q={quote(p)}" for p in PAYLOADS[:2]]
    found = set()
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Content-Type"].split(";")[0] == "application/json", url
        assert response["X-Content-Type-Options"] == "nosniff"
        found.update(strings(json.loads(response.content)))
    assert set(PAYLOADS) <= found, sorted(set(PAYLOADS) - found)
    for status_url in [
        f"/api/activities/?date_from={quote(PAYLOADS[0])}",
        f"/api/officials/{quote(PAYLOADS[0])}/",
    ]:
        response = client.get(status_url)
        assert response.status_code in (400, 404)
        assert response["Content-Type"].split(";")[0] in ("application/json", "text/html"), status_url
        if response["Content-Type"].startswith("text/html"):
            check_page(response.content.decode(), status_url)
