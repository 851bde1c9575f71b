"""Pages that stay flat as the archive grows (issue 16): the partner list counts from the
partner ties, search reads an index on both databases (SQLite: FTS5 over the folded search
text, kept by triggers; PostgreSQL: the trigram index), the API's count comes from the tally,
the query plans of the list, search and profile queries read indexes, and a cold page after an
edit is computed by one request while the others wait or get the previous version."""

import datetime as dt
import io
import re
import threading
import time
from types import SimpleNamespace

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.db.models import Count, F, Q
from django.test.utils import CaptureQueriesContext

from apps.provinces.models import Era, Province
from apps.visits.ops.demo import seed
from apps.visits.records import services
from apps.visits.records.models import (
    Activity,
    Official,
    Participation,
    PartnerLocality,
    Request,
    ReviewState,
)
from apps.visits.reporting import caching
from apps.visits.reporting.filters import ActivityFilter
from apps.visits.reporting.tallies import OfficialTally
from tests.factories import ensure_provinces, make_activity

pytestmark = pytest.mark.django_db


# ---------------------------------------------------------------------------------------------
# /partners/


def _recounted_partners():
    """What /partners/ showed before: mentions of public activities and ties, counted by a join."""
    rows = PartnerLocality.objects.public().annotate(
        n=Count("mentions", distinct=True, filter=~Q(mentions__activity__review_state=ReviewState.REJECTED)),
        provinces=Count("ties", distinct=True),
    )
    return {p.name: (p.n, p.provinces) for p in rows}


def test_the_partner_list_counts_activities_and_provinces_as_a_recount_does(client):
    make_activity(partner="Mondulkiri")
    make_activity(partner="Mondulkiri")
    make_activity(partner="Mondulkiri", province_code="62")
    rejected = make_activity(partner="Mondulkiri", province_code="62")
    make_activity(partner="Svay Rieng")
    services.review_set(records=[rejected], state=ReviewState.REJECTED)

    listed = {p.name: (p.n, p.provinces) for p in PartnerLocality.objects.public().for_list()}

    assert listed == _recounted_partners()
    assert listed["Mondulkiri"] == (3, 2)
    response = client.get("/partners/")
    assert response.status_code == 200
    assert [(p.name, p.n, p.provinces) for p in response.context["object_list"]] == [
        ("Mondulkiri", 3, 2),
        ("Svay Rieng", 1, 1),
    ]


def test_the_partner_list_runs_no_join_of_mentions_and_ties(client):
    make_activity()
    cache.clear()
    with CaptureQueriesContext(connection) as ctx:
        assert client.get("/partners/").status_code == 200
    sql = " ".join(q["sql"] for q in ctx.captured_queries)
    assert "visits_activitypartner" not in sql  # counted from the ties, not from every mention
    # Queries: the data version, the page's count, its rows (the ties summed in subqueries).
    assert len(ctx.captured_queries) == 3


# ---------------------------------------------------------------------------------------------
# Search


SEARCHES = ["mondulkiri", "dak lak", "lak", "ak", "a", "khai thong", "nguyen van 1", 'kh"ai', "mondulkiri dak",
            "chong-ga", "x", "ông"]


def _like(words):
    qs = Activity.objects.all()
    for word in words:
        qs = qs.filter(search_text__contains=word)
    return set(qs.values_list("pk", flat=True))


def test_search_finds_exactly_the_activities_a_scan_finds():
    from apps.visits.reporting.fields import search_words

    make_activity(partner="Mondulkiri", province_code="66")
    make_activity(partner="Chong-ga", lead="Nguyễn Văn Khải")
    make_activity(partner="Xiêng Khoảng", province_code="62")
    for q in SEARCHES:
        words = search_words(q)
        assert set(Activity.objects.search(words).values_list("pk", flat=True)) == _like(words), q
    assert Activity.objects.search(search_words("mondulkiri")).count() == 1


def test_search_follows_edits_and_deletes_of_the_search_text():
    from apps.visits.reporting.fields import search_words

    activity = make_activity(partner="Mondulkiri")
    other = make_activity(partner="Svay Rieng")
    Activity.objects.filter(pk=activity.pk).update(search_text="champasak")
    assert list(Activity.objects.search(search_words("champasak")).values_list("pk", flat=True)) == [activity.pk]
    assert not Activity.objects.search(search_words("mondulkiri")).exists()
    other.delete()
    assert not Activity.objects.search(search_words("svay rieng")).exists()


def test_a_search_page_answers_with_the_matching_rows(client):
    make_activity(partner="Mondulkiri")
    make_activity(partner="Svay Rieng")
    response = client.get("/activities/?q=Móndulkiri")
    assert response.status_code == 200
    assert response.context["paginator"].count == 1


# ---------------------------------------------------------------------------------------------
# API count


def test_the_api_count_reads_the_tally_when_the_filters_allow(client):
    for _ in range(3):
        make_activity()
    cache.clear()
    with CaptureQueriesContext(connection) as ctx:
        body = client.get("/api/activities/?kind=central_delegation").json()
    assert body["count"] == 3
    counts = [q["sql"] for q in ctx.captured_queries if "COUNT(" in q["sql"].upper() or "SUM(" in q["sql"].upper()]
    assert counts and all("visits_activitytally" in sql for sql in counts), counts


# ---------------------------------------------------------------------------------------------
# Query plans at a seeded size

LARGE = ("visits_activity", "visits_request", "visits_participation", "visits_activitypartner", "visits_article")


def _plan_queries():
    """The list, search and profile queries, as the pages run them."""
    busiest = Province.objects.filter(era=Era.CURRENT).annotate(n=Count("activities")).order_by("-n").first()
    public = Activity.objects.public()
    partner = PartnerLocality.objects.get(name="Mondulkiri")
    official = Official.objects.annotate(n=Count("participations")).order_by("-n").first()

    def filtered(**params):
        return ActivityFilter(params, queryset=public.for_list()).qs

    return {
        "official filter": filtered(official=official.slug).order_by().values("pk"),
        "partner filter": filtered(partner=partner.slug).order_by().values("pk"),
        "official rows": filtered(official=official.slug).values("pk")[:25],
        "partner rows": filtered(partner=partner.slug).values("pk")[:25],
        "list page": public.for_list().values("pk")[:25],
        "deep list page": public.for_list().values("pk")[2500:2525],
        "search rows": public.search(["mondulkiri"]).for_list().values("pk")[:25],
        "search count": public.search(["mondulkiri"]).values("pk"),
        "province rows": public.in_province(busiest).for_list().values("pk")[:25],
        "province requests": Request.objects.public().brief().in_province(busiest)[:40],
        "requests list": Request.objects.public().for_list()[:50],
        "open requests": Request.objects.public().open().for_list()[:10],
        "request repeats": Request.objects.public().filter(repeat_of__in=[1, 2, 3]).order_by("activity_date", "id"),
        "partner list": PartnerLocality.objects.public().for_list()[:100],
        "partner profile": partner.mentions.exclude(activity__review_state=ReviewState.REJECTED)
        .order_by(F("activity_date").desc(nulls_last=True), "-activity_id")
        .values("pk")[:50],
        "official profile": Participation.objects.public().filter(official=official)
        .order_by(F("activity_date").desc(nulls_last=True), "-activity_id")
        .values("pk")[:50],
    }


# Lists whose first page must come from walking an index in their order, not from a sort of
# every row (the others sort a few rows picked by an index: a search's matches, the partner
# localities).
ORDERED = {"list page", "deep list page", "province rows", "requests list", "open requests", "partner profile",
           "official profile", "official rows", "partner rows"}


def _full_scans(plan, vendor, ordered):
    """The large tables a plan reads whole (and, for an ordered list on SQLite, a sort of the
    rows instead of a walk of the index)."""
    found = []
    for line in plan.splitlines():
        if vendor == "postgresql":
            match = re.search(r"(?:Parallel )?Seq Scan on (\w+)", line)
            if match and match.group(1) in LARGE:
                found.append(line.strip())
        else:
            # A SCAN reads every row, through an index or not; only an ordered list may walk
            # its order's index (it stops after a page).
            match = re.search(r"\bSCAN (\w+)(.*)", line)
            if match and match.group(1) in LARGE and not (ordered and "USING" in match.group(2)):
                found.append(line.strip())
            if ordered and "USE TEMP B-TREE FOR ORDER BY" in line:
                found.append(line.strip())
            match = re.search(r"\bBLOOM FILTER ON (\w+)", line)  # built by reading the whole table
            if match and match.group(1) in LARGE:
                found.append(line.strip())
    return found


def _seeded_for_plans(number):
    """20,000 seeded activities; SQLite's table statistics (ANALYZE); PostgreSQL's sequential
    scans priced out for this transaction (enable_seqscan off)."""
    seed(activities=20_000, officials=1000, seed=number)
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("ANALYZE")
        else:
            cursor.execute("SET LOCAL enable_seqscan = off")


def test_the_list_search_and_profile_queries_read_indexes_at_a_seeded_size():
    """SQLite: EXPLAIN QUERY PLAN with the table statistics of ANALYZE. PostgreSQL: EXPLAIN with
    sequential scans priced out (enable_seqscan off), so that a Seq Scan left in a plan is one no
    index could replace, whatever the planner prefers for a table of this test's size."""
    _seeded_for_plans(16)
    offenders = {}
    for name, qs in _plan_queries().items():
        plan = qs.explain()
        scans = _full_scans(plan, connection.vendor, name in ORDERED)
        if scans:
            offenders[name] = (scans, plan)
    assert not offenders, "\n\n".join(f"{name}: {scans}\n{plan}" for name, (scans, plan) in offenders.items())


def test_a_pre_2025_units_lists_walk_its_own_activities():
    """A pre-2025 unit's newest activity is older than every current unit's: its activity list and
    its requests must start from its own rows (an index on the province), not walk the whole
    archive by date from the newest and filter."""
    _seeded_for_plans(18)
    quiet = Province.objects.filter(era=Era.PRE_2025).annotate(n=Count("activities")).filter(n__gt=0).order_by("n")
    unit = quiet.first()
    rows = Activity.objects.public().in_province(unit).for_list().values("pk")[:25]
    asks = Request.objects.public().brief().in_province(unit)[:40]
    for plan in (rows.explain(), asks.explain()):
        assert re.search(r"Index Cond: \(province_id = \d+\)|\(province_id=\?", plan), plan


def test_an_official_or_partner_list_walks_their_own_dated_rows():
    """The first page of ?official= or ?partner= walks the official's or partner's rows in the
    list's order (participation_official_order, mention_partner_order: their copy of the
    activity's date) and looks each activity up by id; it neither reads all their rows into a
    semi-join nor walks the whole archive by date."""
    _seeded_for_plans(19)
    official = Official.objects.annotate(n=Count("participations")).order_by("-n").first()
    partner = PartnerLocality.objects.annotate(n=Count("mentions")).order_by("-n").first()
    public = Activity.objects.public().for_list()
    for params, index in (({"official": official.slug}, "participation_official_order"),
                          ({"partner": partner.slug}, "mention_partner_order")):
        plan = ActivityFilter(params, queryset=public).qs.values("pk")[:25].explain()
        assert index in plan, plan
        assert "activity_list_order" not in plan, plan
        assert not re.search(r"^\s*(->\s*)?Sort\b|USE TEMP B-TREE FOR ORDER BY", plan, re.M), plan


def test_a_units_top_officials_are_summed_from_one_index_alone():
    """The profile's top officials sum the tally rows of the unit's ids from the
    official_tally_top index alone: SQLite reads it as a covering index; PostgreSQL can answer
    the sum with an index-only scan once the table is vacuumed (measured at 1,000,000
    activities: 27.7 -> 14.2 ms); the rows a test writes are not all-visible yet, so its planner
    prices that scan like a visit of each row, and the test checks the index's columns."""
    _seeded_for_plans(20)
    busiest = Province.objects.filter(era=Era.CURRENT).annotate(n=Count("activities")).order_by("-n").first()
    units = [busiest, *busiest.predecessors.all()]
    assert len(units) > 1
    with CaptureQueriesContext(connection) as ctx:
        top = OfficialTally.objects.top(units, 30)
    assert top and [o.n for o in top] == sorted((o.n for o in top), reverse=True)
    if connection.vendor == "sqlite":
        plan = "\n".join(str(row[-1]) for row in connection.cursor().execute("EXPLAIN QUERY PLAN " + ctx[0]["sql"]))
        assert "USING COVERING INDEX official_tally_top" in plan, plan
    else:
        # The index holds every column the sum reads, in the order of the unit's filter.
        with connection.cursor() as cursor:
            cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'official_tally_top'")
            (definition,) = cursor.fetchone()
        assert "(province_id, official_id, n, last_seen)" in definition, definition


def test_an_official_or_partner_list_is_newest_first_and_sortable(client):
    """Ordered by the joined rows' date copy, the lists are the usual order, newest first (an
    official's or a partner's undated activities last on both engines, on their own pages too);
    ?sort= still replaces it; each activity once."""
    dates = [dt.date(2021, 5, 1), dt.date(2023, 1, 9), dt.date(2020, 2, 2), dt.date(2022, 7, 4)]
    made = [make_activity(partner="Mondulkiri", lead="Nguyễn Văn Khải", day=d) for d in dates]
    Activity.objects.filter(pk=made[2].pk).update(start_date=None)  # the triggers copy it to the joined rows
    make_activity(partner="Svay Rieng", lead="Lê Văn Dũng", day=dt.date(2024, 1, 1))
    partner = PartnerLocality.objects.get(name="Mondulkiri")
    official = Official.objects.get(name="Nguyễn Văn Khải")
    newest_first = [made[1].pk, made[3].pk, made[0].pk]
    listed = client.get(f"/activities/?partner={partner.slug}").context["page_obj"].object_list
    assert [a.pk for a in listed] == [*newest_first, made[2].pk]
    listed = client.get(f"/activities/?official={official.slug}").context["page_obj"].object_list
    assert [a.pk for a in listed] == [*newest_first, made[2].pk]  # undated last on both engines
    listed = client.get(f"/officials/{official.slug}/").context["page"].object_list
    assert [p.activity_id for p in listed] == [*newest_first, made[2].pk]
    listed = client.get(f"/activities/?partner={partner.slug}&official={official.slug}&sort=date")
    assert [a.pk for a in listed.context["page_obj"].object_list if a.start_date] == newest_first[::-1]


# ---------------------------------------------------------------------------------------------
# Stampede


def _at_version(version):
    """A request whose data version is already read (data_version keeps it on the request), so
    the threads below need no database connection."""
    return SimpleNamespace(_doingoai_version=version)


def _in_threads(n, call, spacing=0.0):
    results = []
    threads = [threading.Thread(target=lambda: results.append(call())) for _ in range(n)]
    for t in threads:
        t.start()
        time.sleep(spacing)
    for t in threads:
        t.join()
    return results


def test_after_an_edit_one_request_computes_an_aggregate_while_the_others_wait():
    cache.clear()
    calls = []

    def compute():
        calls.append(1)
        time.sleep(0.3)
        return 42

    results = _in_threads(4, lambda: caching.cached(_at_version("v1"), "scale-test", compute))
    assert results == [42, 42, 42, 42]
    assert len(calls) == 1


def test_while_a_page_is_recomputed_the_others_get_the_previous_version():
    cache.clear()
    calls = []
    assert caching.versioned(_at_version("v1"), "page-test", lambda: "old", stale=True) == "old"

    def compute():
        calls.append(1)
        time.sleep(0.3)
        return "new"

    results = _in_threads(3, lambda: caching.versioned(_at_version("v2"), "page-test", compute, stale=True), 0.05)
    assert len(calls) == 1
    assert sorted(results) == ["new", "old", "old"]
    assert caching.versioned(_at_version("v2"), "page-test", compute, stale=True) == "new"
    assert len(calls) == 1


def test_a_page_never_computed_before_makes_the_others_wait_for_it():
    cache.clear()
    calls = []

    def compute():
        calls.append(1)
        time.sleep(0.3)
        return "page"

    results = _in_threads(3, lambda: caching.versioned(_at_version("v1"), "new-page", compute, stale=True), 0.05)
    assert results == ["page", "page", "page"]
    assert len(calls) == 1


@pytest.mark.skipif(connection.vendor != "sqlite", reason="PostgreSQL's autovacuum keeps its own statistics")
def test_an_ingest_leaves_sqlite_the_statistics_its_planner_needs(seeds_dir):
    """Without ANALYZE, SQLite sorted every request for the request list (0.5 s at 300,000
    activities) instead of walking the activities' date index."""
    with connection.cursor() as cursor:
        cursor.execute("DROP TABLE IF EXISTS sqlite_stat1")
    call_command("ingest", str(seeds_dir), stdout=io.StringIO(), stderr=io.StringIO())
    with connection.cursor() as cursor:
        cursor.execute("SELECT tbl FROM sqlite_stat1")
        tables = {row[0] for row in cursor.fetchall()}
    assert {"visits_activity", "visits_request"} <= tables


# ---------------------------------------------------------------------------------------------
# A date range that cuts a year


@pytest.mark.django_db(transaction=True)
def test_a_cut_years_count_and_facets_read_one_index_and_no_rows():
    """SplitTally counts the activities of a cut month ("from 15/03/2020") row by row: the count
    and the facets must come from the activity_date_facets index alone (its columns hold the
    date, review state, kind and province), never from the activities' rows. Outside a
    transaction, so that PostgreSQL's VACUUM (services.visibility_refresh, as seed_demo runs it)
    marks the rows visible, as autovacuum does on a live archive."""
    ensure_provinces()
    seed(activities=5_000, officials=500, seed=17)
    services.planner_statistics_refresh()
    services.visibility_refresh()
    fs = ActivityFilter({"date_from": "15/03/2020"}, queryset=Activity.objects.public())
    split = fs.tally()
    with CaptureQueriesContext(connection) as ctx:
        split.total()
        split.facet_counts()
    counted = [q["sql"] for q in ctx.captured_queries if '"visits_activity"' in q["sql"]]
    assert len(counted) == 1  # the cut month's facets (their sum is the count); whole years and months: the tallies
    if connection.vendor == "sqlite":
        plans = [_explain("EXPLAIN QUERY PLAN " + sql) for sql in counted]
        expected = "COVERING INDEX activity_date_facets"
    else:
        settings = ("enable_seqscan", "enable_bitmapscan")  # a table this small would be read whole
        try:
            for name in settings:
                _explain(f"SET {name} = off")
            plans = [_explain("EXPLAIN " + sql) for sql in counted]
        finally:
            for name in settings:
                _explain(f"RESET {name}")
        expected = "Index Only Scan using activity_date_facets"
    for plan in plans:
        assert expected in plan, plan
    assert split.total() == Activity.objects.public().filter(start_date__gte="2020-03-15").count()


def _explain(sql):
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return "\n".join(" ".join(str(c) for c in row) for row in cursor.fetchall()) if cursor.description else ""


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's session settings")
def test_postgresql_sessions_plan_for_one_core_and_whole_results():
    """No parallel workers for a page's queries, and the exports' server-side cursors planned
    for every row they read (see config/settings.py)."""
    assert _explain("SHOW max_parallel_workers_per_gather") == "0"
    assert _explain("SHOW cursor_tuple_fraction") == "1"
