"""`collect` end to end on the invented site of tests/collect/site.py scaled to N article pages,
served on 127.0.0.1 by pytest-httpserver in a process of its own: pages/s, peak memory of the
collecting process, and the share of its time in fetching, main-text extraction (trafilatura)
and the ingest pipeline (extract, resolve, merge, store).

usage: python bench/collect.py [--pages 2000] [--engine sqlite|postgresql]

The per-host pace is off (DOINGOAI_COLLECT_HOST_INTERVAL=0): with the default one request a
second, a site's 2,000 pages take at least 2,000 s whatever the rest costs.
"""

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def serve(port, pages):
    sys.path.insert(0, str(ROOT))
    import logging

    from pytest_httpserver import HTTPServer

    from tests.collect.site import build_scaled

    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # no line per request
    server = HTTPServer(host="127.0.0.1", port=port, threaded=True)
    server.start()
    site, _, _ = build_scaled(f"http://127.0.0.1:{port}", pages, per_sitemap=500)
    server.expect_request(re.compile(".*")).respond_with_handler(site.handle)
    print("ready", flush=True)
    sys.stdin.read()  # until the benchmark closes our stdin
    server.stop()


def database(engine):
    if engine == "sqlite":
        path = Path(tempfile.gettempdir()) / "doingoai-bench-collect.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        return f"sqlite:///{path}"
    import psycopg

    with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True) as conn:
        conn.execute("DROP DATABASE IF EXISTS bench_collect WITH (FORCE)")
        conn.execute("CREATE DATABASE bench_collect")
    return "postgres://postgres@127.0.0.1:5432/bench_collect"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--engine", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--port", type=int, default=18765)
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        return serve(args.port, args.pages)

    os.environ["DATABASE_URL"] = database(args.engine)
    os.environ["DOINGOAI_COLLECT_HOST_INTERVAL"] = "0"
    server = subprocess.Popen(
        [sys.executable, __file__, "--serve", "--port", str(args.port), "--pages", str(args.pages)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert server.stdout.readline().strip() == "ready"
        sys.path.insert(0, str(ROOT / "bench"))
        import _setup  # noqa: F401  (Django, configured from the environment set above)
        from django.core.management import call_command

        from apps.ingest.collect.run import Collector
        from apps.ingest.pipeline import warm_up
        from apps.visits.records.models import Activity, Article

        call_command("migrate", verbosity=0)
        warm_up()
        base_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        collector = Collector()
        began = time.perf_counter()
        summary = collector.run_urls("sitemap", [f"http://127.0.0.1:{args.port}/sitemap.xml"])
        elapsed = time.perf_counter() - began
        collector.close()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    finally:
        server.stdin.close()
        server.wait(timeout=30)

    t = summary.timing
    other = elapsed - sum(t.values())
    print(f"engine {args.engine}, {args.pages} pages listed by a sitemap index of {-(-args.pages // 500)} sitemaps")
    print(f"fetched {summary.fetched}, new {summary.new}, merged {summary.merged}, no activity "
          f"{summary.not_activity}, same text {summary.same_text}, failed {summary.failed}; "
          f"{Article.objects.count()} articles, {Activity.objects.count()} activities in the database")
    print(f"{elapsed:.1f} s: {summary.fetched / elapsed:.1f} pages/s end to end; {collector.fetcher.requests} requests")
    print(f"peak memory (max RSS) {peak / 1024:.0f} MiB ({base_rss / 1024:.0f} MiB after Django and the extractor's warm-up)")
    for key, seconds in [*t.items(), ("other (claims, page rows, listing, robots)", other)]:
        print(f"  {key:45} {seconds:7.1f} s  {100 * seconds / elapsed:5.1f} %  {1000 * seconds / max(summary.fetched, 1):6.1f} ms/page")


if __name__ == "__main__":
    main()
