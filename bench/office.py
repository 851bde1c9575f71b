"""Time and peak memory growth of the office downloads: /activities/export.xlsx over every
activity (write-only workbook, rows kept on disk) and /activities/brief.docx of 500 activities.

usage: DATABASE_URL=... python bench/office.py [--activities 100000] [--brief 500]
"""

import argparse
import resource
import time

from _setup import ensure_activities
from django.db import connection
from django.test import Client

from apps.visits.records.models import Activity


def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def fetch(client, url):
    before, began = peak_mb(), time.perf_counter()
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    size = sum(len(c) for c in response.streaming_content) if response.streaming else len(response.content)
    return size, time.perf_counter() - began, peak_mb() - before


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--activities", type=int, default=100_000)
    ap.add_argument("--brief", type=int, default=500)
    args = ap.parse_args()
    n = ensure_activities(args.activities)
    client = Client()
    client.get("/activities/export.xlsx?date_from=01/01/2030")  # warm up imports
    client.get("/activities/brief.docx?date_from=01/01/2030")
    print(f"database: {connection.vendor}, activities: {n:,}")
    # the brief first: ru_maxrss is a high-water mark, so the smaller measure goes first
    days = list(Activity.objects.public().exclude(start_date=None).order_by("-start_date")
                .values_list("start_date", flat=True)[: args.brief])
    since = days[-1].strftime("%d/%m/%Y")
    count = Activity.objects.public().filter(start_date__gte=days[-1]).count()
    size, elapsed, grown = fetch(client, f"/activities/brief.docx?date_from={since}")
    print(f"brief.docx: {count:,} activities, {size / 1e6:.2f} MB in {elapsed:.1f} s; peak memory growth {grown:.1f} MB")
    size, elapsed, grown = fetch(client, "/activities/export.xlsx")
    print(f"export.xlsx: {n:,} rows, {size / 1e6:.1f} MB in {elapsed:.1f} s; peak memory growth {grown:.1f} MB")


if __name__ == "__main__":
    main()
