"""Lists filtered by something no tally counts (a search, a partner, an official) count, list and
facet at most settings.COUNT_LIMIT rows (issue 16: no filter value makes a page count the whole
archive); the lists the tallies count stay exact, and the exports keep every row. The timeline's
day zoom lists a bounded number of a month's activities and links to the list for the rest."""

import csv
import datetime as dt
import io

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from apps.visits.records.models import Activity, Kind, PartnerLocality
from tests.factories import make_activity

pytestmark = pytest.mark.django_db

LIMIT = 5


@pytest.fixture(autouse=True)
def small_limit(settings):
    settings.COUNT_LIMIT = LIMIT
    cache.clear()


@pytest.fixture
def eight_with_a_partner():
    """Eight activities naming Ratanakiri of three kinds, newest first; two more naming another
    partner."""
    kinds = [Kind.CENTRAL] * 3 + [Kind.FOREIGN] * 2 + [Kind.OUTBOUND] * 3
    made = []
    for i, kind in enumerate(kinds):
        activity = make_activity(partner="Ratanakiri", day=dt.date(2024, 12, 1) - dt.timedelta(days=10 * i))
        Activity.objects.filter(pk=activity.pk).update(kind=kind)
        made.append(activity)
    for i in range(2):
        make_activity(partner="Stung Treng", day=dt.date(2010, 1, 1 + i))
    return made


def test_a_partner_filter_beyond_the_limit_counts_and_lists_the_first_rows_only(client, eight_with_a_partner):
    response = client.get("/activities/?partner=ratanakiri")
    assert response.status_code == 200
    paginator = response.context["paginator"]
    assert paginator.capped and paginator.count == LIMIT
    listed = [a.pk for a in response.context["object_list"]]
    assert listed == [a.pk for a in eight_with_a_partner[:LIMIT]]  # the newest five, newest first
    body = response.content.decode()
    assert f'hơn <span id="result-count">{LIMIT}</span>' in body
    assert 'id="capped-note"' in body


def test_a_capped_list_shows_no_facet_counts_and_says_why(client, eight_with_a_partner):
    response = client.get("/activities/?partner=ratanakiri")
    assert response.context["facets"] == {}
    assert "không thống kê theo loại, vùng" in response.content.decode()


def test_a_search_within_the_limit_is_counted_exactly(client, eight_with_a_partner):
    response = client.get("/activities/?q=stung+treng")
    paginator = response.context["paginator"]
    assert not paginator.capped and paginator.count == 2
    assert 'id="capped-note"' not in response.content.decode()
    kinds = {value: n for value, _label, n in response.context["facets"]["kind"]}
    assert kinds == {Kind.CENTRAL: 2}


def test_a_filtered_list_counts_its_rows_through_one_grouped_query_of_its_facets(client, eight_with_a_partner):
    """Without a tally, the facets and the count come from one query reading the first
    COUNT_LIMIT + 1 rows' facet values (their sum is the count): no COUNT beside it, and no
    second lookup of those rows by id."""
    slug = PartnerLocality.objects.get(name="Stung Treng").slug
    first = f"LIMIT {LIMIT + 1}"
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(f"/activities/?partner={slug}")
    paginator = response.context["paginator"]
    assert not paginator.capped and paginator.count == 2
    assert {value: n for value, _label, n in response.context["facets"]["kind"]} == {Kind.CENTRAL: 2}
    counting = [q["sql"] for q in ctx.captured_queries if first in q["sql"]]
    assert len(counting) == 1 and "IN (SELECT" not in counting[0].upper(), counting
    assert not [q for q in ctx.captured_queries if "COUNT(" in q["sql"].upper()]
    with CaptureQueriesContext(connection) as ctx:
        response = client.get("/activities/?partner=ratanakiri")
    assert response.context["paginator"].capped and response.context["facets"] == {}
    assert len([q for q in ctx.captured_queries if first in q["sql"]]) == 1
    assert not [q for q in ctx.captured_queries if "COUNT(" in q["sql"].upper()]


def test_a_list_the_tally_counts_is_exact_beyond_the_limit(client, eight_with_a_partner):
    response = client.get("/activities/?province=dak-lak-truoc-2025")
    paginator = response.context["paginator"]
    assert not paginator.capped and paginator.count == 10


def test_the_export_of_a_capped_list_holds_every_row(client, eight_with_a_partner):
    response = client.get("/activities/export.csv?partner=ratanakiri")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert len(rows) - 1 == 8


def test_the_api_says_when_its_count_is_a_lower_bound(client, eight_with_a_partner):
    capped = client.get("/api/activities/?q=ratanakiri&page_size=2").json()
    assert capped["count"] == LIMIT and capped["count_capped"] is True and capped["pages"] == 3
    last = client.get("/api/activities/?q=ratanakiri&page_size=2&page=3").json()
    assert [r["id"] for r in last["results"]] == [eight_with_a_partner[4].pk]
    assert client.get("/api/activities/?q=ratanakiri&page_size=2&page=4").status_code == 404
    exact = client.get("/api/activities/?q=stung+treng").json()
    assert exact["count"] == 2 and exact["count_capped"] is False


def test_a_request_search_beyond_the_limit_says_so(client, eight_with_a_partner):
    response = client.get("/requests/?q=cua+khau")
    assert response.context["paginator"].capped
    assert len(response.context["object_list"]) == LIMIT
    assert "Chỉ 5 kiến nghị đầu tiên" in response.content.decode()


def test_the_timeline_day_zoom_lists_a_bounded_number_and_links_to_the_rest(client):
    from apps.provinces.models import Province
    from apps.visits.site.views import DAY_ROWS

    province = Province.objects.get(slug="dak-lak-truoc-2025")
    days = [dt.date(2021, 3, 1 + i % 31) for i in range(DAY_ROWS + 10)]
    Activity.objects.bulk_create([Activity(kind=Kind.CENTRAL, province=province, start_date=d) for d in days])
    Activity.objects.create(kind=Kind.CENTRAL, province=province, start_date=dt.date(2021, 4, 1))
    response = client.get("/timeline/?zoom=day&at=2021-03")
    items = response.context["items"]
    assert len(items) == DAY_ROWS and [a.start_date for a in items] == sorted(days)[:DAY_ROWS]
    more = response.context["more_url"]
    assert more == "/activities/?date_from=01%2F03%2F2021&date_to=31%2F03%2F2021"
    assert client.get(more).context["paginator"].count == DAY_ROWS + 10
    assert 'id="day-more"' in response.content.decode()
    # The link keeps within the filters' own dates.
    response = client.get("/timeline/?zoom=day&at=2021-03&date_from=02/03/2021")
    assert response.context["more_url"] == "/activities/?date_from=02%2F03%2F2021&date_to=31%2F03%2F2021"
    # No link when the rest fits.
    response = client.get("/timeline/?zoom=day&at=2021-03&date_from=30/03/2021")
    assert len(response.context["items"]) == days.count(dt.date(2021, 3, 30)) + days.count(dt.date(2021, 3, 31))
    assert "more_url" not in response.context


def test_a_partners_page_lists_its_latest_activities_a_page_at_a_time(client, eight_with_a_partner):
    response = client.get("/partners/ratanakiri/")
    page = response.context["page"]
    assert page.paginator.capped and page.paginator.count == LIMIT
    assert [m.activity_id for m in page.object_list] == [a.pk for a in eight_with_a_partner[:LIMIT]]
    assert 'id="capped-note"' in response.content.decode()
    few = client.get("/partners/stung-treng/").context["page"]
    assert not few.paginator.capped and few.paginator.count == 2


def test_an_officials_page_lists_their_latest_activities_a_page_at_a_time(client, settings):
    """Counted from the official's tally (exact, beyond COUNT_LIMIT), 50 a page, newest first."""
    made = [make_activity(lead="Trần Thị Hoa", day=dt.date(2024, 1, 1) + dt.timedelta(days=i)) for i in range(53)]
    url = made[0].lead.get_absolute_url()
    page = client.get(url).context["page"]
    assert not page.paginator.capped and page.paginator.count == 53
    newest_first = [a.pk for a in reversed(made)]
    assert [p.activity_id for p in page.object_list] == newest_first[:50]
    assert [p.activity_id for p in client.get(url + "?page=2").context["page"].object_list] == newest_first[50:]
