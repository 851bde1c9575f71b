"""Server time per request (median, p95) and query count of the main pages.

usage: DATABASE_URL=... python bench/pages.py [--activities 100000] [--requests 200]

Requests go through Django's full handler (middleware, view, template) in-process, so the
time is the server's, without the network. Seeds the database with seed_demo first if it
holds fewer activities than asked.

Two measures per page: "cached", a repeat view (the page cache keyed by the data version
answers), and "cold", the cache emptied before every request (the page, its aggregates and
counts computed afresh, as after an ingest or for a URL nobody asked before).
"""

import argparse
import statistics
import time

from _setup import ensure_activities, percentile
from django.core.cache import cache
from django.db import connection
from django.db.models import Count
from django.test import Client
from django.test.utils import CaptureQueriesContext

from apps.provinces.models import Province
from apps.visits.records.models import Activity, Official


def pages():
    busiest = Province.objects.annotate(n=Count("activities")).order_by("-n").first()
    official = Official.objects.annotate(n=Count("participations")).order_by("-n").first()
    activity = Activity.objects.order_by("-id").first()
    return [
        ("/", "/"),
        ("/activities/", "/activities/"),
        ("/activities/ by province", f"/activities/?province={busiest.slug}"),
        ("/activities/ by date range", "/activities/?date_from=2019-01-01&date_to=2019-12-31"),
        ("/activities/ by q", "/activities/?q=mondulkiri"),
        ("/activities/ page 500", "/activities/?page=500"),
        ("/activities/<id>/", f"/activities/{activity.pk}/"),
        ("/provinces/<busiest>/", f"/provinces/{busiest.slug}/"),
        ("/officials/<slug>/", f"/officials/{official.slug}/"),
        ("/timeline/", "/timeline/"),
        ("/requests/", "/requests/"),
    ]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--activities", type=int, default=100_000)
    ap.add_argument("--requests", type=int, default=200)
    args = ap.parse_args()
    n = ensure_activities(args.activities)
    client = Client()
    print(f"database: {connection.vendor}, activities: {n:,}, requests per page: {args.requests}")
    print(f"{'':32} {'--------- cached ---------':>27}   {'---------- cold ----------':>27}")
    print(f"{'page':32} {'median ms':>9} {'p95 ms':>8} {'queries':>8}   {'median ms':>9} {'p95 ms':>8} {'queries':>8}")
    for label, url in pages():
        row = []
        for cold in (False, True):
            cache.clear()
            client.get(url)  # warm connections (and, for the cached measure, the page cache)
            if cold:
                cache.clear()
            with CaptureQueriesContext(connection) as ctx:
                response = client.get(url)
            assert response.status_code == 200, (url, response.status_code)
            queries = len(ctx.captured_queries)
            times = []
            for _ in range(args.requests):
                if cold:
                    cache.clear()
                began = time.perf_counter()
                client.get(url)
                times.append((time.perf_counter() - began) * 1000)
            row.append(f"{statistics.median(times):9.1f} {percentile(times, 95):8.1f} {queries:8d}")
        print(f"{label:32} {row[0]}   {row[1]}")


if __name__ == "__main__":
    main()
