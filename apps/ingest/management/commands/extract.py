"""manage.py extract PATH... — one JSON object per article on stdout; writes nothing."""

import json
import sys

from django.conf import settings
from django.core.management.base import BaseCommand

from apps.ingest.pipeline import extract_path
from apps.ingest.read import iter_paths


class Command(BaseCommand):
    help = "Extract records from article files (folders: every .txt/.html/.htm inside) as JSON Lines."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="article files or folders")

    def handle(self, *args, paths, **options):
        for path in iter_paths(paths):
            record = extract_path(path, max_bytes=settings.INGEST_MAX_BYTES)
            if record.get("error"):
                self.stderr.write(f"{path}: {record['error']}")
            self.stdout.write(json.dumps(record, ensure_ascii=False))
        sys.stdout.flush()
