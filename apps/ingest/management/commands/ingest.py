"""manage.py ingest PATH... — load article files and folders into the database."""

import sys
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from apps.ingest.read import iter_paths
from apps.ingest.runs import ingest_paths


class Command(BaseCommand):
    help = (
        "Load articles (.txt, .html, .htm; any encoding) from files and folders. Safe to repeat: "
        "known articles change nothing. A file that cannot be read is reported and skipped."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="article files or folders")
        parser.add_argument("--dry-run", action="store_true", help="extract and match, then roll back")
        parser.add_argument("--workers", type=int, default=1, help="processes for reading and extraction")
        parser.add_argument("--verbose", action="store_true", help="one line per file")
        parser.add_argument("--if-empty", action="store_true", help="do nothing when articles are already loaded")

    def handle(self, *args, paths, dry_run, workers, verbose, if_empty, **options):
        if workers < 1:
            raise CommandError("--workers must be at least 1")
        # Whatever cannot be read (a missing path, an unreadable folder, a named pipe) is listed
        # too, and reported by name with the run's other failures.
        files = list(iter_paths(paths))
        if if_empty:
            from apps.visits.records.models import Article

            if Article.objects.exists():
                self.stdout.write("Articles already loaded; nothing to do.")
                return
        progress = sys.stderr.isatty() and not verbose
        began = time.perf_counter()
        run = ingest_paths(
            files,
            dry_run=dry_run,
            workers=workers,
            max_bytes=settings.INGEST_MAX_BYTES,
            timeout=settings.EXTRACT_TIMEOUT,
            on_item=self._item_printer(verbose, progress, len(files)),
        )
        elapsed = time.perf_counter() - began
        if progress:
            self.stderr.write("")
        for old in run.interrupted:
            self.stdout.write(
                f"Run {old.pk} (started {timezone.localtime(old.started_at):%Y-%m-%d %H:%M}) never finished "
                "and its process is gone: marked interrupted."
            )
        prefix = "Dry run (nothing saved): " if dry_run else ""
        self.stdout.write(
            f"{prefix}read {run.read}, new {run.new}, already known {run.known}, "
            f"merged into an existing activity {run.merged}, no activity {run.not_activity}, failed {run.failed}"
            f" — {elapsed:.1f} s, {run.read / elapsed if elapsed else 0:.1f} articles/s"
        )
        for path, reason in run.failures:
            self.stdout.write(f"  failed: {path}: {reason}")
        if run.failed:
            raise CommandError(f"{run.failed} file(s) failed", returncode=1)

    def _item_printer(self, verbose, progress, total):
        def on_item(n, path, outcome, message):
            if verbose:
                self.stdout.write(f"{outcome:12} {path}" + (f": {message}" if message else ""))
            elif progress:
                width = 30
                done = int(width * n / max(total, 1))
                sys.stderr.write(f"\r[{'#' * done}{'.' * (width - done)}] {n}/{total}")
                sys.stderr.flush()

        return on_item
