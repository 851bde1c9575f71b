"""manage.py backup FILE — a consistent copy of the whole database (SQLite or PostgreSQL)."""

from django.core.management.base import BaseCommand, CommandError

from apps.visits.ops.backup import BackupError, backup


class Command(BaseCommand):
    help = "Write a backup of the database to FILE (SQLite: a database file; PostgreSQL: a pg_dump archive)."

    def add_arguments(self, parser):
        parser.add_argument("file")

    def handle(self, *args, file, **options):
        try:
            size = backup(file)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(f"Backup written to {file} ({size:,} bytes).")
