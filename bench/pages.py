"""Server time per request (median, p95) and query count of every page, endpoint, the feed and
a filtered export, cold and warm, and how each grows with the archive.

usage: DATABASE_URL=... python bench/pages.py [--activities 100000] [--requests 20] [--json OUT]
                                             [--only partner= official= ...]
       python bench/pages.py --compare SMALL.json LARGE.json [...]   # growth ratios

Requests go through Django's full handler (middleware, view, template) in-process, so the
time is the server's, without the network. Seeds the database with seed_demo first if it
holds fewer activities than asked (--no-seed: measure what is there).

Two measures per page: "warm", a repeat view (the page cache keyed by the data version
answers), and "cold", the cache emptied before every request (the page, its aggregates and
counts computed afresh, as after an ingest or for a URL nobody asked before). Rounds: each
round requests every page once, so the machine's slow and fast phases fall on every page alike.
`/admin/login/` is the trivial page of the same run. --compare prints, per page, the cold
median of each run and its ratio to the first (the growth), and the ratio to the trivial page.
"""

import argparse
import json
import statistics
import time

from _setup import ensure_activities, percentile
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from apps.provinces.models import Era, Province
from apps.visits.records.models import Activity, Official, PartnerLocality, Request
from apps.visits.reporting.tallies import ActivityTally, OfficialTally


def pages():
    """(label, URL): the same labels at every size; the busiest records picked from the tallies
    (a count over the activities would itself take seconds at 1,000,000)."""
    counts = ActivityTally.objects.per_province()
    current = {p.pk: p for p in Province.objects.filter(era=Era.CURRENT)}
    busiest = Province.objects.get(pk=max((pk for pk in counts if pk in current), key=counts.get))
    top = OfficialTally.objects.order_by("-n").values_list("official", flat=True).first()
    official = Official.objects.get(pk=top)
    partner = PartnerLocality.objects.most_frequent(1)[0]
    activity = Activity.objects.order_by("-id").first()
    ask = Request.objects.order_by("-id").first()
    year = "date_from=2020-01-01&date_to=2020-12-31"
    return [
        ("trivial: /admin/login/", "/admin/login/"),
        ("/", "/"),
        ("/activities/", "/activities/"),
        ("/activities/?province=&kind=", f"/activities/?province={busiest.slug}&kind=central_delegation"),
        ("/activities/?date_from&date_to (a year)", f"/activities/?{year}"),
        ("/activities/?date_from (mid-year)", "/activities/?date_from=2020-03-15"),
        ("/activities/?q=mondulkiri", "/activities/?q=mondulkiri"),
        ("/activities/?q=lang+son", "/activities/?q=lang+son"),
        ("/activities/?partner=", f"/activities/?partner={partner.slug}"),
        ("/activities/?official=", f"/activities/?official={official.slug}"),
        ("/activities/?page=300", "/activities/?page=300"),
        ("/activities/<id>/", f"/activities/{activity.pk}/"),
        ("/provinces/", "/provinces/"),
        ("/provinces/<busiest current unit>/", f"/provinces/{busiest.slug}/"),
        ("/officials/<busiest>/", f"/officials/{official.slug}/"),
        ("/partners/", "/partners/"),
        ("/partners/<most frequent>/", f"/partners/{partner.slug}/"),
        ("/requests/", "/requests/"),
        ("/requests/?province=", f"/requests/?province={busiest.slug}"),
        ("/requests/<id>/", f"/requests/{ask.pk}/"),
        ("/timeline/", "/timeline/"),
        ("/timeline/?zoom=month&at=2020", "/timeline/?zoom=month&at=2020"),
        ("/timeline/?zoom=day", "/timeline/?zoom=day&at=2020-03"),
        ("/feed/activities.atom", "/feed/activities.atom"),
        ("/feed/activities.atom?q=mondulkiri", "/feed/activities.atom?q=mondulkiri"),
        ("/api/activities/", "/api/activities/"),
        ("/api/activities/?province=", f"/api/activities/?province={busiest.slug}"),
        ("/api/activities/?q=mondulkiri", "/api/activities/?q=mondulkiri"),
        ("/api/activities/<id>/", f"/api/activities/{activity.pk}/"),
        ("/api/provinces/", "/api/provinces/"),
        ("/api/officials/", "/api/officials/"),
        ("/api/partners/", "/api/partners/"),
        ("/api/requests/", "/api/requests/"),
        ("export.csv (a province's year)", f"/activities/export.csv?province={busiest.slug}&{year}"),
        ("export.json (a province's year)", f"/activities/export.json?province={busiest.slug}&{year}"),
    ]


def fetch(client, url):
    response = client.get(url)
    if response.streaming:
        b"".join(response.streaming_content)
    return response


def measure(args):
    n = ensure_activities(args.activities) if not args.no_seed else Activity.objects.count()
    client = Client()
    plan = [(label, url) for label, url in pages() if label.startswith("trivial") or not args.only
            or any(part in label for part in args.only)]
    print(f"database: {connection.vendor}, activities: {n:,}, rounds: {args.requests}", flush=True)
    results = {}
    for label, url in plan:  # queries and a first (uncounted) view of each page
        cache.clear()
        with CaptureQueriesContext(connection) as ctx:
            response = fetch(client, url)
        assert response.status_code == 200, (url, response.status_code)
        cold_queries = len(ctx.captured_queries)
        with CaptureQueriesContext(connection) as ctx:
            fetch(client, url)
        results[label] = {"url": url, "cold_queries": cold_queries, "warm_queries": len(ctx.captured_queries),
                          "cold": [], "warm": []}
    for _ in range(args.requests):
        for label, url in plan:
            cache.clear()
            began = time.perf_counter()
            fetch(client, url)
            results[label]["cold"].append((time.perf_counter() - began) * 1000)
            began = time.perf_counter()
            fetch(client, url)
            results[label]["warm"].append((time.perf_counter() - began) * 1000)
    print(f"{'page':42} {'cold median':>11} {'cold p95':>9} {'queries':>7}   {'warm median':>11} {'warm p95':>9}")
    for label, row in results.items():
        row["cold_median"], row["cold_p95"] = statistics.median(row["cold"]), percentile(row["cold"], 95)
        row["warm_median"], row["warm_p95"] = statistics.median(row["warm"]), percentile(row["warm"], 95)
        print(f"{label:42} {row['cold_median']:11.1f} {row['cold_p95']:9.1f} {row['cold_queries']:7d}   "
              f"{row['warm_median']:11.1f} {row['warm_p95']:9.1f}")
    if args.json:
        with open(args.json, "w") as out:
            json.dump({"vendor": connection.vendor, "activities": n, "pages": results}, out, indent=1)


def compare(paths):
    runs = [json.load(open(p)) for p in paths]
    sizes = [f"{r['activities']:,}" for r in runs]
    print(f"database: {runs[0]['vendor']}; cold median ms at " + ", ".join(sizes) + "; growth = last / first;"
          " x trivial = last / the trivial page of the last run; warm = the last run's warm median")
    trivial = runs[-1]["pages"]["trivial: /admin/login/"]["cold_median"]
    print("| page | " + " | ".join(sizes) + " | growth | x trivial | warm | queries |")
    print("| --- |" + " ---: |" * (len(runs) + 4))
    for label in [lb for lb in runs[0]["pages"] if all(lb in r["pages"] for r in runs)]:  # measured in every run
        medians = [r["pages"][label]["cold_median"] for r in runs]
        last = runs[-1]["pages"][label]
        cells = " | ".join(f"{m:,.1f}" for m in medians)
        print(f"| `{label}` | {cells} | {medians[-1] / medians[0]:.2f} | {medians[-1] / trivial:.1f} |"
              f" {last['warm_median']:,.1f} | {last['cold_queries']} |")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--activities", type=int, default=100_000)
    ap.add_argument("--requests", type=int, default=20, help="rounds: each page once per round, cold then warm")
    ap.add_argument("--json", help="write the figures to this file (for --compare)")
    ap.add_argument("--no-seed", action="store_true")
    ap.add_argument("--compare", nargs="+", metavar="JSON")
    ap.add_argument("--only", nargs="+", metavar="TEXT", help="measure only the pages whose label holds one of"
                    " these texts (and the trivial page)")
    args = ap.parse_args()
    if args.compare:
        compare(args.compare)
    else:
        measure(args)


if __name__ == "__main__":
    main()
