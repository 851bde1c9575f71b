"""manage.py extract PATH... — one JSON object per article on stdout; writes nothing."""

import json
import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from apps.ingest.pipeline import extract_path
from apps.ingest.read import iter_paths, shown


class Command(BaseCommand):
    help = (
        "Extract records from article files (folders: every .txt/.html/.htm inside) as JSON Lines. "
        "A file that cannot be read or extracted still gets its line, with an \"error\"; the exit "
        "status is then 1."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="article files or folders")

    def handle(self, *args, paths, **options):
        failed = 0
        for path in iter_paths(paths):
            record = extract_path(path, max_bytes=settings.INGEST_MAX_BYTES, timeout=settings.EXTRACT_TIMEOUT)
            if record.get("error"):
                failed += 1
                self.stderr.write(f"{shown(path)}: {record['error']}")
            self.stdout.write(json.dumps(record, ensure_ascii=False))
        sys.stdout.flush()
        if failed:
            raise CommandError(f"{failed} file(s) failed", returncode=1)
