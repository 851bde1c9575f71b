"""The read API at /api/: the filters of the site's pages, pages that keep them, a 400 naming each
bad parameter (never a 422 nor a 500), only public records, a fixed number of queries per list,
a valid OpenAPI document and docs served without a CDN."""

import io
import json
import re

import pytest
from django.contrib.staticfiles import finders
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from openapi_spec_validator import validate

from apps.provinces.models import Era, Province
from apps.visits.records.models import Activity, Official, PartnerLocality, Request, ReviewState
from apps.visits.reporting.filters import ActivityFilter
from tests.factories import make_activity

pytestmark = pytest.mark.django_db

LISTS = ["/api/activities/", "/api/provinces/", "/api/officials/", "/api/partners/", "/api/requests/"]


@pytest.fixture
def seeded(seeds_dir):
    call_command("ingest", str(seeds_dir), stdout=io.StringIO(), stderr=io.StringIO())


def get_json(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, (url, response.content[:500])
    assert response["Content-Type"].startswith("application/json")
    return response.json()


def ids(client, url):
    return [row["id"] for row in get_json(client, url)["results"]]


# --- activities ------------------------------------------------------------------------------


def test_the_seed_activities_are_listed_newest_first(client, seeded):
    body = get_json(client, "/api/activities/")
    expected = list(Activity.objects.public().for_list())
    assert body["count"] == 4 and body["page"] == 1 and body["pages"] == 1
    assert body["next"] is None and body["previous"] is None
    assert [row["id"] for row in body["results"]] == [a.pk for a in expected]
    row = body["results"][0]
    assert set(row) == {
        "id",
        "url",
        "kind",
        "province",
        "start_date",
        "end_date",
        "date_precision",
        "organization",
        "lead",
        "lead_title",
        "summary",
        "review_state",
    }
    assert row["url"] == expected[0].get_absolute_url()
    assert set(row["province"]) == {"name", "code", "slug", "current_name"}
    assert set(row["lead"]) == {"name", "slug"}
    dak_nong = next(r for r in body["results"] if r["province"]["name"] == "Đắk Nông")
    assert dak_nong["province"]["current_name"] == "Lâm Đồng"  # merged on 1 July 2025
    assert dak_nong["start_date"] == "2021-03-17"


@pytest.mark.parametrize(
    "query",
    [
        "q=dak+lak",
        "province=dak-lak-truoc-2025",
        "province=lam-dong",
        "kind=central_delegation&sort=province",
        "date_from=2021-01-01",
        "date_to=2020-12-31&region=tay_nguyen",
        "official=le-hoai-trung",
        "partner=mondulkiri",
        "country=han-quoc",
        "has_requests=no",
        "review_state=reviewed",
        "q=&province=&kind=",  # what the site's filter form submits: blank means no filter
    ],
)
def test_activities_take_the_filters_of_the_list_page(client, seeded, query):
    fs = ActivityFilter(QueryDict(query), queryset=Activity.objects.public().for_list())
    assert fs.is_valid()
    assert ids(client, f"/api/activities/?{query}") == [a.pk for a in fs.qs]


def test_a_diacritic_free_search_finds_the_two_dak_lak_activities(client, seeded):
    body = get_json(client, "/api/activities/?q=dak+lak")
    assert body["count"] == 2
    assert {r["province"]["name"] for r in body["results"]} == {"Đắk Lắk"}


def test_pages_keep_the_filters_and_cover_every_row_once(client):
    for _ in range(5):
        make_activity()
    make_activity(province_code="11", lead="Lò Văn A")  # Điện Biên: filtered out
    url, seen, pages = "/api/activities/?province=dak-lak-truoc-2025&page_size=2", [], 0
    while url:
        body = get_json(client, url)
        assert body["count"] == 5 and body["pages"] == 3
        seen += [r["id"] for r in body["results"]]
        pages += 1
        if body["next"]:
            assert "province=dak-lak-truoc-2025" in body["next"] and "page_size=2" in body["next"]
        url = body["next"]
    assert pages == 3
    assert seen == [a.pk for a in Activity.objects.filter(province__code="66").for_list()]
    last = get_json(client, "/api/activities/?province=dak-lak-truoc-2025&page_size=2&page=3")
    assert last["previous"].startswith("/api/activities/?") and "page=2" in last["previous"]
    assert get_json(client, "/api/activities/?page=")["page"] == 1


def test_a_page_beyond_the_last_is_a_404_and_an_empty_list_is_page_one(client):
    body = get_json(client, "/api/activities/")
    assert body == {"count": 0, "count_capped": False, "page": 1, "pages": 1, "next": None, "previous": None, "results": []}
    make_activity()
    body = get_json(client, "/api/activities/?page=2", status=404)
    assert "page" in body["errors"] and body["detail"]


def test_one_activity_has_its_participants_requests_partners_and_sources(client, seeded):
    activity = Activity.objects.get(province__slug="dak-lak-truoc-2025", start_date="2020-09-15")
    body = get_json(client, f"/api/activities/{activity.pk}/")
    assert body["id"] == activity.pk and body["lead"]["name"] == "Lê Hoài Trung"
    lead = body["participants"][0]
    assert lead["name"] == "Lê Hoài Trung" and lead["role"] == "lead" and lead["slug"] == "le-hoai-trung"
    assert any("Thứ trưởng" in t for t in lead["titles"])
    assert set(body["participants"][0]) == {"name", "slug", "role", "side", "titles"}
    assert body["requests"] and set(body["requests"][0]) == {"id", "text", "category", "status", "repeat_of"}
    assert {r["category"] for r in body["requests"]} >= {"border_gate"}
    assert "Mondulkiri" in {p["name"] for p in body["partners"]}
    assert next(p for p in body["partners"] if p["name"] == "Mondulkiri")["country"]["name"] == "Campuchia"
    # Seeds 000 and 001 report this one visit: two sources.
    assert len(body["sources"]) == 2
    assert all(set(s) == {"title", "outlet", "url", "published"} and s["title"] for s in body["sources"])


@pytest.mark.parametrize("url", ["/api/activities/999999/", "/api/activities/99999999999999999999999/"])
def test_an_unknown_activity_is_a_json_404(client, url):
    assert get_json(client, url, status=404)["detail"]


# --- the other lists ---------------------------------------------------------------------------


def test_provinces_list_every_unit_with_its_successor_and_activity_count(client, seeded):
    body = get_json(client, "/api/provinces/")
    assert len(body) == Province.objects.count() == 63 + 34
    by_slug = {p["slug"]: p for p in body}
    assert by_slug["dak-nong-truoc-2025"]["successor"] == "lam-dong"
    assert by_slug["dak-nong-truoc-2025"]["activity_count"] == 1
    assert by_slug["lam-dong"]["activity_count"] == 1  # a current unit counts its predecessors'
    assert by_slug["dak-lak-truoc-2025"]["activity_count"] == 2
    assert by_slug["lam-dong"]["era"] == Era.CURRENT and by_slug["lam-dong"]["successor"] is None
    current = get_json(client, "/api/provinces/?era=2025")
    assert len(current) == 34 and {p["era"] for p in current} == {"2025"}
    assert {p["slug"]: p["activity_count"] for p in current}["lam-dong"] == 1


def test_officials_are_searched_without_diacritics(client, seeded):
    body = get_json(client, "/api/officials/?q=le+hoai+TRUNG")
    assert [o["name"] for o in body["results"]] == ["Lê Hoài Trung"]
    assert body["results"][0]["url"] == "/officials/le-hoai-trung/"
    everyone = get_json(client, "/api/officials/?page_size=100")
    assert everyone["count"] == Official.objects.public().count()


def test_partners_come_with_their_country(client, seeded):
    body = get_json(client, "/api/partners/")
    assert body["count"] == PartnerLocality.objects.count()
    mondulkiri = next(p for p in body["results"] if p["slug"] == "mondulkiri")
    assert mondulkiri["country"] == {"name": "Campuchia", "slug": "campuchia"}


def test_requests_take_the_filters_of_the_requests_page(client, seeded):
    body = get_json(client, "/api/requests/?category=border_gate")
    assert body["count"] == Request.objects.filter(category="border_gate").count() > 0
    row = body["results"][0]
    assert set(row) == {
        "id",
        "text",
        "category",
        "status",
        "addressee",
        "activity",
        "province",
        "date",
        "repeat_of",
    }
    assert all(r["category"] == "border_gate" for r in body["results"])
    dak_nong = get_json(client, "/api/requests/?province=lam-dong")  # current unit: Đắk Nông's asks
    assert dak_nong["count"] == Request.objects.filter(activity__province__slug="dak-nong-truoc-2025").count()
    assert {r["province"]["current_name"] for r in dak_nong["results"]} == {"Lâm Đồng"}


def test_a_request_raised_again_links_the_earlier_one(client):
    first = make_activity()
    later = make_activity()
    body = get_json(client, "/api/requests/")
    by_activity = {r["activity"]: r for r in body["results"]}
    assert by_activity[later.pk]["repeat_of"] == by_activity[first.pk]["id"]
    assert by_activity[later.pk]["date"] == later.start_date.isoformat()


# --- what the public never sees --------------------------------------------------------------


def test_rejected_records_are_absent(client, seeded):
    activity = Activity.objects.get(province__slug="dien-bien-truoc-2025")
    activity.review_state = ReviewState.REJECTED
    activity.save()
    official = Official.objects.get(name="Lê Hoài Trung")
    official.review_state = ReviewState.REJECTED
    official.save()
    partner = PartnerLocality.objects.get(slug="mondulkiri")
    partner.review_state = ReviewState.REJECTED
    partner.save()

    assert activity.pk not in ids(client, "/api/activities/?page_size=100")
    assert get_json(client, "/api/activities/")["count"] == 3
    get_json(client, f"/api/activities/{activity.pk}/", status=404)
    assert activity.pk not in {
        r["activity"] for r in get_json(client, "/api/requests/?page_size=100")["results"]
    }
    assert {p["slug"]: p for p in get_json(client, "/api/provinces/")}["dien-bien-truoc-2025"][
        "activity_count"
    ] == 0
    assert "le-hoai-trung" not in {
        o["slug"] for o in get_json(client, "/api/officials/?page_size=100")["results"]
    }
    assert "mondulkiri" not in {
        p["slug"] for p in get_json(client, "/api/partners/?page_size=100")["results"]
    }
    detail = get_json(client, f"/api/activities/{Activity.objects.get(start_date='2020-09-15').pk}/")
    assert "Lê Hoài Trung" not in {p["name"] for p in detail["participants"]}
    assert "Mondulkiri" not in {p["name"] for p in detail["partners"]}


# --- bad requests ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "param"),
    [
        ("/api/activities/?page=0", "page"),
        ("/api/activities/?page=abc", "page"),
        ("/api/activities/?page=-1", "page"),
        ("/api/activities/?page_size=1000", "page_size"),
        ("/api/activities/?page_size=0", "page_size"),
        ("/api/activities/?kind=nonsense", "kind"),
        ("/api/activities/?province=nowhere", "province"),
        ("/api/activities/?date_from=notadate", "date_from"),
        ("/api/activities/?region=moon", "region"),
        ("/api/activities/?official=nobody", "official"),
        ("/api/activities/?partner=atlantis", "partner"),
        ("/api/activities/?country=%00", "country"),
        ("/api/activities/?has_requests=perhaps", "has_requests"),
        ("/api/activities/?review_state=rejected", "review_state"),
        ("/api/activities/?sort=colour", "sort"),
        ("/api/activities/abc/", "activity_id"),
        ("/api/provinces/?era=1999", "era"),
        ("/api/officials/?page=0", "page"),
        ("/api/officials/?page=abc", "page"),
        ("/api/officials/?page_size=1000", "page_size"),
        ("/api/partners/?page=0", "page"),
        ("/api/partners/?page=abc", "page"),
        ("/api/partners/?page_size=101", "page_size"),
        ("/api/requests/?page=0", "page"),
        ("/api/requests/?page=abc", "page"),
        ("/api/requests/?page_size=1000", "page_size"),
        ("/api/requests/?province=nowhere", "province"),
        ("/api/requests/?category=nonsense", "category"),
        ("/api/requests/?status=forgotten", "status"),
    ],
)
def test_a_bad_parameter_is_a_400_naming_it(client, url, param):
    make_activity()
    body = get_json(client, url, status=400)
    assert param in body["detail"]
    assert list(body["errors"]) == [param]
    assert all(isinstance(m, str) and m for m in body["errors"][param])


@pytest.mark.parametrize("url", [*LISTS, "/api/activities/1/"])
@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_the_api_is_read_only(client, url, method):
    make_activity()
    response = getattr(client, method)(url, data="{}", content_type="application/json")
    assert response.status_code == 405
    assert "GET" in response["Allow"]
    assert Activity.objects.count() == 1


# --- queries -----------------------------------------------------------------------------------

# Queries per list, with caches emptied (ArchivePaginator keeps activity counts per data version).
EXPECTED_QUERIES = {
    # the count (summed from the activity tally), the page's ids, the page's rows (province,
    # successor, lead joined)
    "/api/activities/": 3,
    # + the province by slug, + the official by slug, + the provinces' names written without
    # spaces ("daklak"), which q reads once per 10 minutes (the caches are emptied here)
    "/api/activities/?province=dak-lak-truoc-2025&official=le-hoai-trung&q=hoat+dong&page_size=5": 7,
    # all units (successor joined), activity counts per unit
    "/api/provinces/": 2,
    # the count, the page's rows
    "/api/officials/": 2,
    "/api/officials/?q=le+hoai": 2,
    # the count, the page's rows (country joined)
    "/api/partners/": 2,
    # the count (summed from the request tally), the page's ids, the page's rows (activity,
    # province, successor joined)
    "/api/requests/": 3,
    # + the province by slug
    "/api/requests/?province=dak-lak&category=border_gate": 4,
}


def count_queries(client):
    counts = {}
    for url in EXPECTED_QUERIES:
        cache.clear()
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(url)
        assert response.status_code == 200, url
        counts[url] = len(ctx.captured_queries)
    return counts


def test_every_list_runs_the_same_number_of_queries_for_more_rows(client):
    for _ in range(2):
        make_activity()
    few = count_queries(client)
    for i in range(28):  # more than a page (25) of everything
        make_activity(lead="Lê Hoài Trung" if i % 2 else f"Lê Văn {i}", partner=f"Tỉnh {i}")
    many = count_queries(client)
    assert get_json(client, "/api/officials/")["pages"] == 2
    assert get_json(client, "/api/partners/")["pages"] == 2
    assert get_json(client, "/api/requests/")["pages"] == 2
    assert few == many == EXPECTED_QUERIES


# --- schema and docs ---------------------------------------------------------------------------


def test_the_schema_is_a_valid_openapi_document_listing_the_filters(client):
    response = client.get("/api/schema/?format=json")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    spec = json.loads(response.content)
    validate(spec)
    assert spec["info"]["title"] == "doingoai API"
    operation = spec["paths"]["/api/activities/"]["get"]
    params = {p["name"] for p in operation["parameters"] if p["in"] == "query"}
    assert params == {f for f in ActivityFilter.base_filters} | {"page", "page_size"}
    assert "400" in operation["responses"] and "422" not in operation["responses"]
    for path in (
        "/api/activities/{activity_id}/",
        "/api/provinces/",
        "/api/officials/",
        "/api/partners/",
        "/api/requests/",
    ):
        assert set(spec["paths"][path]) == {"get"}, path


def test_the_docs_use_the_vendored_static_files_not_a_cdn(client):
    response = client.get("/api/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    assets = re.findall(r'<(?:script|link)[^>]+(?:src|href)="([^"]+)"', html)
    assert any(a.startswith("/static/ninja/") and a.endswith(".js") for a in assets)
    assert any(a.startswith("/static/ninja/") and a.endswith(".css") for a in assets)
    assert not [a for a in assets if re.match(r"(https?:)?//", a)], assets
    assert not re.search(r"https?://", html)
    for asset in assets:
        assert finders.find(asset.removeprefix("/static/")), f"{asset} is not a local static file"
