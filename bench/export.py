"""Time and peak memory growth of /activities/export.csv over every activity (it streams).

usage: DATABASE_URL=... python bench/export.py [--activities 100000]
"""

import argparse
import resource
import time

from _setup import ensure_activities
from django.db import connection
from django.test import Client


def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--activities", type=int, default=100_000)
    args = ap.parse_args()
    n = ensure_activities(args.activities)
    client = Client()
    client.get("/activities/export.csv?date_from=2030-01-01")  # warm up imports
    before = peak_mb()
    began = time.perf_counter()
    response = client.get("/activities/export.csv")
    rows = size = 0
    for chunk in response.streaming_content:
        size += len(chunk)
        rows += chunk.count(b"\n")
    elapsed = time.perf_counter() - began
    print(f"database: {connection.vendor}, activities: {n:,}")
    print(f"export.csv: {rows - 1:,} rows, {size / 1e6:.1f} MB in {elapsed:.1f} s; "
          f"peak memory growth {peak_mb() - before:.1f} MB")


if __name__ == "__main__":
    main()
