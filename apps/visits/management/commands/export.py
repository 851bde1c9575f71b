"""manage.py export --format jsonl|csv — every activity with its sources, on stdout."""

from django.core.management.base import BaseCommand

from apps.visits.reporting.exports import iter_csv, iter_jsonl


class Command(BaseCommand):
    help = "Print every activity with its sources (JSON Lines per eval/SCHEMA.md, or CSV)."

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")

    def handle(self, *args, format, **options):
        chunks = iter_jsonl() if format == "jsonl" else iter_csv()
        for chunk in chunks:
            self.stdout.write(chunk, ending="")
