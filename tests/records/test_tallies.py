"""The tallies (ActivityTally, MonthTally, OfficialTally, RequestTally, TitleTally) are kept by database triggers: after
any write, by any path, they equal a count of the records themselves. Run on SQLite and on
PostgreSQL (CI runs the suite on both), after the whole migration history."""

import datetime as dt

import pytest
from django.db import connection
from django.db.models import Count, Max, Min
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from apps.provinces.models import Era, Province
from apps.visits.ops.demo import seed
from apps.visits.records import services
from apps.visits.records.models import (
    Activity,
    Kind,
    Participation,
    Request,
    RequestStatus,
    ReviewState,
    Title,
)
from apps.visits.reporting.filters import ActivityFilter, RequestFilter
from apps.visits.reporting.tallies import (
    ActivityMonthTally,
    ActivityTally,
    MonthTally,
    OfficialTally,
    RequestTally,
    SplitTally,
    TitleTally,
)
from tests.factories import make_activity

pytestmark = pytest.mark.django_db


def _recounted():
    """The three tallies as counted from the activities and participations themselves."""
    activities, months, officials = {}, {}, {}
    for province, kind, state, start in Activity.objects.values_list("province", "kind", "review_state", "start_date"):
        year = start.year if start else 0
        key = (province, kind, state, year)
        activities[key] = activities.get(key, 0) + 1
        month = start.year * 100 + start.month if start else 0
        months[(month, state)] = months.get((month, state), 0) + 1
        by_month = (province, kind, state, "month", month)
        activities[by_month] = activities.get(by_month, 0) + 1
    rows = (
        Participation.objects.exclude(activity__review_state=ReviewState.REJECTED)
        .values_list("activity__province", "official")
        .annotate(n=Count("id"), last=Max("activity__start_date"))
    )
    for province, official, n, last in rows:
        officials[(province, official)] = (n, last)
    requests = {}
    for row in Request.objects.values_list("activity__province", "category", "status", "review_state",
                                           "activity__review_state"):
        key = (*row[:4], row[4] != ReviewState.REJECTED)
        requests[key] = requests.get(key, 0) + 1
    titles = {
        (official, title): (first, last)
        for official, title, first, last in Title.objects.exclude(participation__activity__review_state=ReviewState.REJECTED)
        .values_list("participation__official", "title")
        .annotate(first=Min("participation__activity__start_date"), last=Max("participation__activity__start_date"))
    }
    return activities, months, officials, requests, titles


def _tallied():
    activities = {
        (p, k, s, y): n
        for p, k, s, y, n in ActivityTally.objects.values_list("province", "kind", "review_state", "year", "n")
        if n
    }
    activities.update(
        ((p, k, s, "month", m), n)
        for p, k, s, m, n in ActivityMonthTally.objects.values_list("province", "kind", "review_state", "month", "n")
        if n
    )
    months = {(m, s): n for m, s, n in MonthTally.objects.values_list("month", "review_state", "n") if n}
    officials = {
        (p, o): (n, last) for p, o, n, last in OfficialTally.objects.values_list("province", "official", "n", "last_seen")
    }
    fields = ("province", "category", "status", "review_state", "activity_public", "n")
    requests = {tuple(row[:5]): row[5] for row in RequestTally.objects.values_list(*fields) if row[5]}
    titles = {
        (official, title): (first, last)
        for official, title, first, last in TitleTally.objects.values_list("official", "title", "first_seen", "last_seen")
    }
    return activities, months, officials, requests, titles


def assert_exact():
    assert _tallied() == _recounted()


def test_every_kind_of_write_keeps_the_tallies_exact():
    first, second, third = make_activity(), make_activity(), make_activity(day=dt.date(2019, 5, 5))
    assert_exact()
    assert sum(ActivityTally.objects.values_list("n", flat=True)) == 3

    # Editors' changes of province, kind and date (the admin saves the whole row).
    first.province = Province.objects.get(code="01", era=Era.PRE_2025)
    first.kind = Kind.FOREIGN
    first.save()
    assert_exact()
    second.start_date = None
    second.save()
    assert_exact()
    second.start_date = dt.date(2024, 12, 31)
    second.save(update_fields=["start_date"])
    assert_exact()

    # Rejection and its undoing, through the review service; a bulk UPDATE too.
    services.review_set(records=[third], state=ReviewState.REJECTED)
    assert_exact()
    services.review_set(records=[third], state=ReviewState.REVIEWED)
    assert_exact()
    Activity.objects.filter(pk=first.pk).update(review_state=ReviewState.REJECTED)
    assert_exact()

    # Requests: rejected, answered, moved to another activity, deleted.
    ask = third.requests.get()
    services.review_set(records=[ask], state=ReviewState.REJECTED)
    assert_exact()
    Request.objects.filter(pk=ask.pk).update(status=RequestStatus.RESOLVED, review_state=ReviewState.EXTRACTED)
    assert_exact()
    Request.objects.filter(pk=ask.pk).update(activity=second)
    assert_exact()
    second.requests.first().delete()
    assert_exact()

    # Officials merged (participations re-pointed and joined), a participation deleted.
    keep = first.participations.get(role="lead").official
    other = second.participations.exclude(official=keep).get().official
    services.official_merge(keep=keep, others=[other])
    assert_exact()
    third.participations.exclude(official=keep).delete()
    assert_exact()

    # Titles renamed, moved to another official's participation, deleted (the admin's inline).
    title = Title.objects.filter(participation__activity=first).first()
    title.title = "Phó Chủ tịch Thường trực UBND tỉnh"
    title.save()
    assert_exact()
    Title.objects.filter(pk=title.pk).update(participation=third.participations.get())
    assert_exact()
    Title.objects.filter(pk=title.pk).delete()
    assert_exact()

    # An activity deleted with everything it holds.
    second.delete()
    assert_exact()
    Activity.objects.all().delete()
    assert _tallied() == ({}, {}, {}, {}, {})


def test_bulk_loads_are_counted():
    """seed_demo writes with executemany (SQLite) or COPY (PostgreSQL), below the ORM."""
    seed(activities=300, officials=50, batch=100)
    assert_exact()
    assert sum(n for n in ActivityTally.objects.values_list("n", flat=True)) == 300


def test_ingest_is_counted(seeds_dir):
    from django.core.management import call_command

    call_command("ingest", str(seeds_dir), verbosity=0)
    assert Activity.objects.exists()
    assert_exact()


FILTERS = [
    {},
    {"kind": "central_delegation"},
    {"province": "tay-ninh-truoc-2025"},
    {"province": "tay-ninh"},
    {"region": "dong_nam_bo", "kind": "central_delegation"},
    {"review_state": "reviewed"},
    {"date_from": "2020-01-01", "date_to": "2020-12-31"},
    {"date_from": "2020-01-01"},
    {"date_to": "2019-12-31"},
]


@pytest.mark.parametrize("params", FILTERS)
def test_the_tally_counts_what_the_filters_select(params):
    for day in (dt.date(2019, 3, 1), dt.date(2020, 6, 1), dt.date(2020, 12, 31), dt.date(2021, 1, 1), None):
        make_activity(day=day, province_code="72")  # Tây Ninh (pre-2025)
    make_activity(day=dt.date(2020, 2, 2), province_code="01")
    services.review_set(records=[Activity.objects.order_by("id").first()], state=ReviewState.REVIEWED)
    services.review_set(records=[Activity.objects.order_by("id").last()], state=ReviewState.REJECTED)
    fs = ActivityFilter(params, queryset=Activity.objects.public())
    tally = fs.tally()
    assert tally is not None
    assert tally.total() == fs.qs.count()
    assert tally.facet_counts() == fs.qs.facet_counts()
    assert tally.per_year() == fs.qs.per_period("year")
    assert tally.undated() == fs.qs.filter(start_date__isnull=True).count()


@pytest.mark.parametrize(
    "params",
    [{"q": "mondulkiri"}, {"period": "last-12-months"}, {"official": "x"}, {"kind": "bad"}],
)
def test_filters_beyond_the_tally_are_counted_from_the_rows(params):
    assert ActivityFilter(params, queryset=Activity.objects.public()).tally() is None


@pytest.mark.parametrize(
    "params",
    [
        {"date_from": "2020-01-02"},  # a cut first year, then whole years
        {"date_to": "2020-06-30"},  # whole years, then a cut last year
        {"date_from": "2019-03-01", "date_to": "2021-01-01"},  # both ends cut, a whole year between
        {"date_from": "2020-03-01", "date_to": "2020-11-30"},  # inside one year: no whole year
        {"date_from": "2020-01-01", "date_to": "2020-06-01", "kind": "central_delegation"},
        {"date_from": "2020-06-01", "province": "tay-ninh", "review_state": "reviewed"},
        # cut months (ActivityMonthTally for the whole months of the cut years)
        {"date_from": "2019-02-28"},
        {"date_to": "2020-06-29"},
        {"date_from": "2019-02-15", "date_to": "2021-01-01"},
        {"date_from": "2020-06-01", "date_to": "2020-06-30"},  # one whole month
        {"date_from": "2020-05-31", "date_to": "2020-06-15"},  # two cut months, no whole one
        {"date_from": "2020-12-31", "date_to": "2021-01-01"},  # across the new year
        {"date_from": "2020-06-15", "kind": "central_delegation", "province": "tay-ninh"},
    ],
)
def test_a_range_that_cuts_years_is_counted_from_the_tally_and_the_cut_years(params):
    """Counting a range from 15/03 read every row of the range (0.5 s at 1,000,000): now the
    tallies give the whole years and the whole months, and only the cut months' rows are
    counted; the same numbers."""
    for day in (dt.date(2019, 2, 28), dt.date(2019, 3, 1), dt.date(2020, 1, 1), dt.date(2020, 6, 1),
                dt.date(2020, 12, 31), dt.date(2021, 1, 1), dt.date(2021, 1, 2), None):
        make_activity(day=day, province_code="72")  # Tây Ninh (pre-2025)
    make_activity(day=dt.date(2020, 6, 30), province_code="01")
    services.review_set(records=list(Activity.objects.order_by("id")[:4]), state=ReviewState.REVIEWED)
    services.review_set(records=[Activity.objects.order_by("id").last()], state=ReviewState.REJECTED)
    fs = ActivityFilter(params, queryset=Activity.objects.public())
    split = fs.tally()
    assert isinstance(split, SplitTally)
    assert split.total() == fs.qs.count() > 0
    assert split.facet_counts() == fs.qs.facet_counts()
    assert split.per_province() == fs.qs.per_province()
    assert split.per_year() == fs.qs.per_period("year")
    assert split.undated() == 0
    listing = Client().get(reverse("activity-list"), params)
    assert listing.context["page_obj"].paginator.count == fs.qs.count()
    timeline = Client().get(reverse("timeline"), params)  # the year bars read the split tally too
    assert timeline.status_code == 200


@pytest.mark.parametrize("params", [{"date_from": "02/01/9999"}, {"date_to": "30/12/0001"},
                                    {"date_from": "31/12/9999", "date_to": "31/12/9999"}])
@pytest.mark.parametrize("url", ["/activities/", "/map/", "/api/activities/", "/timeline/"])
def test_a_range_cutting_the_first_or_last_year_of_the_calendar_is_counted(client, url, params):
    make_activity(day=dt.date(2020, 6, 1))
    response = client.get(url, params)
    assert response.status_code == 200
    fs = ActivityFilter(params, queryset=Activity.objects.public())
    assert fs.tally().total() == 0


@pytest.mark.parametrize("params", [{}, {"province": "dak-lak"}, {"category": "border_gate", "status": "raised"}])
def test_the_request_tally_counts_what_the_request_filters_select(params):
    for _ in range(3):
        make_activity()
    make_activity(province_code="01")
    services.review_set(records=[Activity.objects.order_by("id").first()], state=ReviewState.REJECTED)
    services.review_set(records=[Request.objects.order_by("id").last()], state=ReviewState.REJECTED)
    fs = RequestFilter(params, queryset=Request.objects.public())
    assert fs.tally().total() == fs.qs.count() > 0
    listing = Client().get(reverse("request-list"), params)
    assert listing.context["page_obj"].paginator.count == fs.qs.count()
    with CaptureQueriesContext(connection) as ctx:  # the API counts from the tally too
        api = Client().get("/api/requests/", params).json()
    assert api["count"] == fs.qs.count()
    assert not any('COUNT(*)' in q["sql"] and '"visits_request"' in q["sql"] for q in ctx.captured_queries)


def test_month_tally_only_answers_for_the_review_state():
    assert ActivityFilter({}, queryset=Activity.objects.none()).tally(monthly=True) is not None
    assert ActivityFilter({"review_state": "reviewed"}, queryset=Activity.objects.none()).tally(monthly=True) is not None
    assert ActivityFilter({"kind": "central_delegation"}, queryset=Activity.objects.none()).tally(monthly=True) is None


def test_pages_show_the_tallied_counts():
    for day in (dt.date(2020, 1, 5), dt.date(2020, 1, 9), dt.date(2021, 3, 1)):
        make_activity(day=day)
    rejected = make_activity(day=dt.date(2021, 3, 2))
    services.review_set(records=[rejected], state=ReviewState.REJECTED)
    client = Client()
    timeline = client.get(reverse("timeline") + "?zoom=month&at=2020").content.decode()
    assert "<title>01/2020: 2</title>" in timeline
    assert "<title>03/2021" not in timeline  # another year's month
    years = client.get(reverse("timeline")).content.decode()
    assert "<title>2020: 2</title>" in years and "<title>2021: 1</title>" in years  # the rejected one is not counted
    listing = client.get(reverse("activity-list") + "?date_from=2021-01-01&date_to=2021-12-31")
    assert listing.context["page_obj"].paginator.count == 1
    province = Province.objects.get(code="66", era=Era.PRE_2025)
    page = client.get(reverse("province-detail", args=[province.slug]))
    assert page.context["page"].paginator.count == 3
    lead = rejected.lead
    assert {o.pk: o.n for o in page.context["officials"]}[lead.pk] == 3
    assert max(o.last for o in page.context["officials"]) == dt.date(2021, 3, 1)


def test_the_triggers_are_installed():
    """A later migration that rebuilds visits_activity on SQLite would drop them silently."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        else:
            cursor.execute("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")
        names = {row[0] for row in cursor.fetchall()}
    assert {
        "visits_activity_official_tally",
        "visits_participation_tally_insert",
        "visits_participation_tally_delete",
        "visits_participation_tally_update",
        "visits_title_tally_insert",
        "visits_title_tally_delete",
        "visits_title_tally_update",
        "visits_participation_title_tally_update",
        "visits_participation_title_tally_delete",
        "visits_activity_title_tally",
    } <= names
    assert any(name.startswith("visits_activity_tally") for name in names)
    assert any(name.startswith("visits_activity_month_tally") for name in names)


def test_only_the_cut_month_is_counted_row_by_row(client):
    """From 15/03/2020: April to December come from ActivityMonthTally, the later years from
    ActivityTally; the activities themselves are counted for March only (a year before)."""
    for day in (dt.date(2020, 3, 10), dt.date(2020, 3, 20), dt.date(2020, 7, 1), dt.date(2022, 5, 5)):
        make_activity(day=day)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get("/activities/", {"date_from": "15/03/2020"})
    assert response.context["page_obj"].paginator.count == 3
    counted = [q["sql"] for q in ctx.captured_queries if 'FROM "visits_activity"' in q["sql"] and "COUNT(" in q["sql"]]
    assert counted and all("2020-03-01" in sql and "2020-03-31" in sql for sql in counted)
