"""manage.py collect — fetch what the sources in admin published, and load it."""

import argparse
import datetime as dt
import sys
import time

from django.core.management.base import BaseCommand, CommandError

from apps.ingest.collect.run import Collector
from apps.ingest.models import Source

KINDS = ["feed", "sitemap", "listing", "article"]


class Command(BaseCommand):
    help = (
        "Check the sources that are due (admin: Nguồn tin), fetch the article pages they list that "
        "were never fetched, and load them as `ingest` does. With --kind and URLs: check those URLs "
        "once, as a source that is not stored. Safe to repeat, to kill and to run twice at once."
    )

    def add_arguments(self, parser):
        parser.add_argument("urls", nargs="*", metavar="URL", help="with --kind: URLs to check once")
        parser.add_argument("--kind", choices=KINDS, help="what the URLs are: a feed, a sitemap, a listing page or an article")
        parser.add_argument("--selector", default="", help="with --kind listing: the CSS selector of article links")
        parser.add_argument("--source", action="append", default=[], metavar="ID|NAME",
                            help="check this source now, due or not (repeatable)")
        parser.add_argument("--since", type=_date, help="skip entries dated before this day (YYYY-MM-DD)")
        parser.add_argument("--max", type=int, dest="max_pages", help="fetch at most N article pages")
        parser.add_argument("--dry-run", action="store_true", help="fetch and extract, then roll back; record nothing")
        parser.add_argument("--verbose", action="store_true", help="one line per source and page")

    def handle(self, *args, urls, kind, selector, source, since, max_pages, dry_run, verbose, **options):
        if urls and not kind:
            raise CommandError("URLs need --kind feed|sitemap|listing|article")
        if kind and not urls:
            raise CommandError("--kind needs one or more URLs")
        if urls and source:
            raise CommandError("give either --source or --kind with URLs, not both")
        if kind == "listing" and not selector:
            raise CommandError("--kind listing needs --selector (the CSS selector of the article links)")
        if max_pages is not None and max_pages < 0:
            raise CommandError("--max must be 0 or more")
        only = [self._source_id(name) for name in source]
        progress = sys.stderr.isatty() and not verbose
        began = time.perf_counter()
        collector = Collector(dry_run=dry_run, since=since, max_pages=max_pages,
                              on_event=self._printer(verbose, progress))
        try:
            if urls:
                run = collector.run_urls(kind, urls, selector=selector)
            else:
                run = collector.run(only=only or None)
        finally:
            collector.close()
        elapsed = time.perf_counter() - began
        if progress:
            self.stderr.write("")
        prefix = "Dry run (nothing saved): " if dry_run else ""
        self.stdout.write(
            f"{prefix}sources checked {run.sources}, not modified {run.not_modified}, links found {run.links}, "
            f"already known {run.known}, fetched {run.fetched}, new activities {run.new}, "
            f"merged into an existing activity {run.merged}, same text as a stored article {run.same_text}, "
            f"no activity {run.not_activity}, failed {run.failed}"
            + (f", disallowed by robots.txt {run.robots}" if run.robots else "")
            + (f", older than --since {run.older}" if run.older else "")
            + (f", busy in another process {run.busy}" if run.busy else "")
            + f" — {elapsed:.1f} s"
        )
        if run.stopped_at_max:
            self.stdout.write(f"Stopped at --max {max_pages}: the rest is fetched by the next run.")
        for url, reason in run.failures:
            self.stdout.write(f"  failed: {url}: {reason}")
        if run.failed:
            raise CommandError(f"{run.failed} page(s) or source(s) failed", returncode=1)

    def _source_id(self, name):
        if name.isdigit() and Source.objects.filter(pk=int(name)).exists():
            return int(name)
        found = list(Source.objects.filter(name__iexact=name).values_list("pk", flat=True))
        if not found:
            raise CommandError(f"no source {name!r} (give its id or its name, as admin shows them)")
        if len(found) > 1:
            raise CommandError(f"{len(found)} sources are named {name!r}: give the id ({', '.join(map(str, found))})")
        return found[0]

    def _printer(self, verbose, progress):
        counts = {"pages": 0, "sources": 0}

        def on_event(event, url, message):
            if event == "source":
                counts["sources"] += 1
            elif event not in ("not_modified", "busy"):
                counts["pages"] += 1
            if verbose:
                self.stdout.write(f"{event:12} {url}" + (f": {message}" if message else ""))
            elif progress:
                sys.stderr.write(f"\r[collect] sources {counts['sources']} · pages {counts['pages']} · {event:<12}")
                sys.stderr.flush()

        return on_event


def _date(value):
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a day as YYYY-MM-DD, not {value!r}") from None
