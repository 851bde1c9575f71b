"""Pages through Django's test client: query counts that do not grow with rows, filters that
never fail with a 500, exports of exactly the filtered rows."""

import csv
import datetime as dt
import io
import json

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from apps.visits.records.models import Activity, Official, PartnerLocality
from tests.factories import make_activity

pytestmark = pytest.mark.django_db

LIST_PAGES = ["/", "/activities/", "/activities/?q=dak+lak&kind=central_delegation", "/provinces/",
              "/partners/", "/requests/", "/timeline/", "/timeline/?zoom=day&at=2020-01",
              "/provinces/dak-lak-truoc-2025/", "/activities/export.csv", "/activities/export.json"]


def _queries(client, url):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
        if hasattr(response, "streaming_content"):
            b"".join(response.streaming_content)
    assert response.status_code == 200, url
    return len(ctx.captured_queries)


def count_queries(client, url):
    """Queries of a page computed afresh (caches emptied; the query per cached reference list,
    such as the provinces of the filter form, included). A repeat view is served from the page
    cache with the one query that reads the data version."""
    cache.clear()
    cold = _queries(client, url)
    assert cold <= 10, f"{url}: {cold} queries with cold caches"
    if "export" not in url:
        assert _queries(client, url) == 1, f"{url}: a repeat view should come from the page cache"
    return cold


@pytest.mark.parametrize("url", LIST_PAGES)
def test_list_pages_run_the_same_number_of_queries_for_more_rows(client, url):
    for _ in range(3):
        make_activity()
    few = count_queries(client, url)
    for _ in range(9):
        make_activity(lead=f"Lê Văn {_}", partner=f"Tỉnh {_}")
    many = count_queries(client, url)
    assert many == few, f"{url}: {few} queries for 3 activities, {many} for 12"
    assert many <= 10


def test_official_page_queries_do_not_grow(client):
    make_activity()
    slug = Official.objects.get(name="Lê Hoài Trung").slug
    few = count_queries(client, f"/officials/{slug}/")
    for _ in range(6):
        make_activity()
    assert count_queries(client, f"/officials/{slug}/") == few


def test_partner_and_activity_pages_queries_do_not_grow(client):
    activity = make_activity()
    slug = PartnerLocality.objects.get(name="Mondulkiri").slug
    few = (count_queries(client, f"/partners/{slug}/"), count_queries(client, f"/activities/{activity.pk}/"))
    for _ in range(6):
        make_activity()
    assert (count_queries(client, f"/partners/{slug}/"), count_queries(client, f"/activities/{activity.pk}/")) == few


@pytest.mark.parametrize(
    "query",
    ["province=atlantis", "date_from=yesterday", "kind=picnic", "official=nobody", "has_requests=perhaps",
     "sort=colour", "region=moon", "page=abc", "country=%00"],
)
def test_a_bad_filter_value_shows_the_form_error_not_a_500_nor_the_unfiltered_list(client, query):
    make_activity()
    response = client.get(f"/activities/?{query}")
    assert response.status_code == (404 if query.startswith("page") else 400)
    if response.status_code == 400:
        body = response.content.decode()
        assert 'role="alert"' in body
        assert "activity-row" not in body


def test_bad_export_filters_are_refused_with_a_message(client):
    response = client.get("/activities/export.csv?date_from=never")
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()


def test_pagination_keeps_the_filters(client):
    for _ in range(30):
        make_activity()
    body = client.get("/activities/?kind=central_delegation").content.decode()
    assert 'href="?kind=central_delegation&amp;page=2"' in body


def test_the_exports_hold_exactly_the_filtered_rows(client):
    make_activity(day=__import__("datetime").date(2019, 5, 1))
    for _ in range(3):
        make_activity()
    make_activity(province_code="11", lead="Lò Văn A")  # Điện Biên
    response = client.get("/activities/export.csv?date_from=2020-01-01&province=dak-lak-truoc-2025")
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    expected = Activity.objects.filter(province__code="66", start_date__gte="2020-01-01").count()
    assert len(rows) == expected == 3
    response = client.get("/activities/export.jsonl?q=lo+van")
    lines = [json.loads(x) for x in b"".join(response.streaming_content).decode().splitlines()]
    assert [x["lead"]["name"] for x in lines] == ["Lò Văn A"]


def test_csv_cells_are_safe_against_formula_injection(client):
    make_activity(title="=HYPERLINK(\"http://evil\")", request="+cmd|' /C calc'!A0")
    body = b"".join(client.get("/activities/export.csv").streaming_content).decode()
    row = next(csv.DictReader(io.StringIO(body)))
    assert all(not v.startswith(("=", "+", "-", "@")) for v in row.values())


def test_search_ignores_diacritics_and_case(client):
    make_activity(lead="Lê Hoài Trung")
    make_activity(province_code="11", lead="Trần Văn B")
    body = client.get("/activities/?q=LE+HOAI+trung").content.decode()
    assert body.count("activity-row") == 1
    body = client.get("/activities/?q=đắk lắk").content.decode()
    assert body.count("activity-row") == 1


def test_a_cached_page_shows_new_and_edited_records_at_once(client):
    first = make_activity(title="Hoạt động thứ nhất")
    assert client.get("/activities/").content.decode().count("activity-row") == 1
    make_activity(title="Hoạt động thứ hai")
    body = client.get("/activities/").content.decode()
    assert body.count("activity-row") == 2
    first.summary = "Tóm tắt đã sửa"
    first.save()
    assert "Tóm tắt đã sửa" in client.get("/activities/").content.decode()
    first.delete()
    assert client.get("/activities/").content.decode().count("activity-row") == 1


def test_the_language_link_sets_the_cookie_and_stays_on_site(client):
    response = client.get("/language/", {"code": "en", "next": "https://evil.example/"})
    assert response.status_code == 302 and response["Location"] == "/"
    assert response.cookies["django_language"].value == "en"
    assert "<h1>Activities</h1>" in client.get("/activities/").content.decode()
    client.get("/language/", {"code": "vi", "next": "/activities/"})
    assert "<h1>Hoạt động</h1>" in client.get("/activities/").content.decode()


def test_a_partners_page_lists_its_activities_newest_first_and_undated_last(client):
    old = make_activity(day=dt.date(2020, 3, 1), title="Hoạt động năm 2020")
    undated = make_activity(title="Hoạt động không rõ ngày")
    Activity.objects.filter(pk=undated.pk).update(start_date=None)
    new = make_activity(day=dt.date(2022, 8, 1), title="Hoạt động năm 2022")
    page = client.get("/partners/mondulkiri/").content.decode()
    positions = [page.index(f"/activities/{a.pk}/") for a in (new, old, undated)]
    assert positions == sorted(positions)
