"""Server time per request (median, p95) and query count of the main pages.

usage: DATABASE_URL=... python bench/pages.py [--activities 100000] [--requests 200]

Requests go through Django's full handler (middleware, view, template) in-process, so the
time is the server's, without the network. Seeds the database with seed_demo first if it
holds fewer activities than asked.
"""

import argparse
import statistics
import time

from _setup import ensure_activities, percentile
from django.db import connection
from django.db.models import Count
from django.test import Client
from django.test.utils import CaptureQueriesContext

from apps.provinces.models import Province
from apps.visits.models import Activity, Official


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
    print(f"{'page':32} {'median ms':>10} {'p95 ms':>8} {'queries':>8}")
    for label, url in pages():
        client.get(url)  # warm caches and connections
        times = []
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(url)
        queries = len(ctx.captured_queries)
        assert response.status_code == 200, (url, response.status_code)
        for _ in range(args.requests):
            began = time.perf_counter()
            client.get(url)
            times.append((time.perf_counter() - began) * 1000)
        print(f"{label:32} {statistics.median(times):10.1f} {percentile(times, 95):8.1f} {queries:8d}")


if __name__ == "__main__":
    main()
