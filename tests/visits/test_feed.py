"""The Atom feed of activities: the filters of /activities/, valid Atom (RFC 4287) as a feed reader
reads it, a 400 for a bad filter, a fixed number of queries."""

import datetime as dt
import io
import re
import xml.etree.ElementTree as ET
from urllib.parse import parse_qs, urlsplit

import feedparser
import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from apps.visits.records.models import Activity, ReviewState
from apps.visits.site.feeds import FEED_SIZE
from tests.factories import make_activity

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


@pytest.fixture
def seeded(seeds_dir):
    call_command("ingest", str(seeds_dir), stdout=io.StringIO(), stderr=io.StringIO())


def get_feed(client, query=""):
    response = client.get("/feed/activities.atom" + (f"?{query}" if query else ""))
    assert response.status_code == 200, response.content
    assert response["Content-Type"].startswith("application/atom+xml")
    return response.content


def assert_valid_atom(content):
    """The MUSTs of RFC 4287 (sections 3.3, 4.1.1, 4.1.2) that a feed of ours could break."""
    root = ET.fromstring(content)
    assert root.tag == f"{ATOM}feed"

    def one(parent, name):
        found = parent.findall(f"{ATOM}{name}")
        assert len(found) == 1, f"{parent.tag} has {len(found)} <{name}>"
        return found[0]

    def check_date(element):
        assert RFC3339.match(element.text), element.text
        dt.datetime.fromisoformat(element.text.replace("Z", "+00:00"))

    def check_iri(element):
        parts = urlsplit(element.text)
        assert parts.scheme and parts.netloc, f"id {element.text!r} is not an absolute IRI"

    check_iri(one(root, "id"))
    assert one(root, "title").text
    check_date(one(root, "updated"))
    alternates = [link for link in root.findall(f"{ATOM}link") if link.get("rel", "alternate") == "alternate"]
    assert len(alternates) <= 1
    feed_has_author = bool(root.findall(f"{ATOM}author"))
    for author in root.findall(f"{ATOM}author"):
        assert one(author, "name").text
    entries = root.findall(f"{ATOM}entry")
    ids = []
    for entry in entries:
        ids.append(one(entry, "id").text)
        check_iri(one(entry, "id"))
        assert one(entry, "title").text
        check_date(one(entry, "updated"))
        for published in entry.findall(f"{ATOM}published"):
            check_date(published)
        links = [link for link in entry.findall(f"{ATOM}link") if link.get("rel", "alternate") == "alternate"]
        assert len(links) == 1 and links[0].get("href")  # no <content>, so an alternate link is a MUST
        assert len(entry.findall(f"{ATOM}summary")) <= 1
        assert feed_has_author or entry.findall(f"{ATOM}author"), "no author for the feed nor for an entry"
    assert len(ids) == len(set(ids)), "entry ids are not unique"
    return root, entries


def read(content):
    parsed = feedparser.parse(content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    return parsed


def test_the_feed_lists_the_seed_activities_newest_first(client, seeded):
    parsed = read(get_feed(client))
    assert len(parsed.entries) == 4
    expected = Activity.objects.public().for_list()
    assert [e.link for e in parsed.entries] == [f"http://testserver{a.get_absolute_url()}" for a in expected]
    first = expected[0]
    assert parsed.entries[0].title == first.headline  # the summary without its page debris (a timestamp)
    assert first.province.name in parsed.entries[0].summary
    assert first.lead.name in parsed.entries[0].summary
    assert parsed.feed.title == "doingoai — hoạt động"  # Vietnamese, the site's language
    assert parsed.feed.link == "http://testserver/activities/"


def test_a_diacritic_free_search_narrows_the_feed_and_names_itself(client, seeded):
    content = get_feed(client, "q=dak+lak")
    parsed = read(content)
    assert len(parsed.entries) == 2
    assert all("Đắk Lắk" in e.summary for e in parsed.entries)
    assert parsed.feed.title == "doingoai — hoạt động: q=dak lak"
    assert "q=dak lak" in parsed.feed.subtitle
    assert parse_qs(urlsplit(parsed.feed.link).query) == {"q": ["dak lak"]}
    assert urlsplit(parsed.feed.link).path == "/activities/"
    self_link = next(link.href for link in parsed.feed.links if link.rel == "self")
    assert urlsplit(self_link).path == "/feed/activities.atom"
    assert parse_qs(urlsplit(self_link).query) == {"q": ["dak lak"]}


@pytest.mark.parametrize(
    "query", ["", "q=dak+lak", "kind=central_delegation&sort=-date", "q=nothing+like+this"]
)
def test_the_feed_is_valid_atom(client, seeded, query):
    content = get_feed(client, query)
    assert_valid_atom(content)
    read(content)


def test_an_empty_archive_still_gives_valid_atom(client):
    root, entries = assert_valid_atom(get_feed(client))
    assert entries == []


def test_a_province_filter_narrows_the_feed(client, seeded):
    parsed = read(get_feed(client, "province=dien-bien-truoc-2025"))
    assert len(parsed.entries) == 1
    assert "Điện Biên" in parsed.entries[0].summary
    # A current unit covers its predecessors: Lâm Đồng holds Đắk Nông since 2025.
    parsed = read(get_feed(client, "province=lam-dong"))
    assert [e.summary.split(" · ")[1] for e in parsed.entries] == ["Đắk Nông"]


@pytest.mark.parametrize(
    ("query", "param"),
    [
        ("date_from=notadate", "date_from"),
        ("province=nowhere", "province"),
        ("kind=picnic", "kind"),
        ("sort=colour", "sort"),
        ("official=nobody&q=dak", "official"),
        ("country=%00", "country"),
    ],
)
def test_a_bad_filter_value_is_a_400_naming_the_parameter(client, seeded, query, param):
    response = client.get(f"/feed/activities.atom?{query}")
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert param in body
    assert "<feed" not in body


def test_a_rejected_activity_is_not_in_the_feed(client, seeded):
    rejected = Activity.objects.for_list().first()
    rejected.review_state = ReviewState.REJECTED
    rejected.save()
    links = [e.link for e in read(get_feed(client)).entries]
    assert len(links) == 3
    assert f"http://testserver{rejected.get_absolute_url()}" not in links


def test_the_feed_holds_at_most_fifty_of_the_newest(client):
    cache.clear()  # no feed page an earlier test cached (its rolled-back ids may repeat here)
    make_activity(day=dt.date(2020, 1, 1))  # older than every row below, whatever the factory's count
    template = Activity.objects.get()
    Activity.objects.bulk_create(
        [
            Activity(
                kind=template.kind,
                province=template.province,
                start_date=dt.date(2021, 1, 1) + dt.timedelta(i),
            )
            for i in range(FEED_SIZE + 5)
        ]
    )
    parsed = read(get_feed(client))
    assert len(parsed.entries) == FEED_SIZE
    newest = Activity.objects.for_list()[0]
    assert parsed.entries[0].link == f"http://testserver{newest.get_absolute_url()}"
    # An activity without a summary is titled by its kind, province and date.
    assert parsed.entries[0].title == str(newest)


def count_queries(client, url):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.parametrize("query", ["", "?province=dak-lak-truoc-2025&q=hoat+dong", "?official=le-hoai-trung"])
def test_the_feed_runs_the_same_number_of_queries_for_more_rows(client, query):
    for _ in range(2):
        make_activity()
    client.get(f"/feed/activities.atom{query}")  # reference lists (spaceless place names) read once
    few = count_queries(client, f"/feed/activities.atom{query}")
    for i in range(10):
        make_activity(lead="Lê Hoài Trung" if i % 2 else f"Lê Văn {i}", partner=f"Tỉnh {i}")
    many = count_queries(client, f"/feed/activities.atom{query}")
    assert few == many
    # One query for the entries (province, its successor and the lead joined), plus one per
    # slug filter used (?province=, ?official=) to find the record.
    assert many == 1 + query.count("province=") + query.count("official=")


def test_the_activity_list_links_its_feed_with_the_same_filters(client, seeded):
    html = client.get("/activities/?q=dak+lak&kind=central_delegation&page=1").content.decode()
    link = re.search(r'<link rel="alternate" type="application/atom\+xml"[^>]*href="([^"]+)"', html)
    assert link, "no feed link in the page's head"
    href = link.group(1).replace("&amp;", "&")
    assert urlsplit(href).path == "/feed/activities.atom"
    assert parse_qs(urlsplit(href).query) == {"q": ["dak lak"], "kind": ["central_delegation"]}
    parsed = read(get_feed(client, urlsplit(href).query + "&page=2"))
    assert len(parsed.entries) == 1
    assert parse_qs(urlsplit(parsed.feed.link).query) == {"q": ["dak lak"], "kind": ["central_delegation"]}
