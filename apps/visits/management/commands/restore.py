"""manage.py restore FILE — replace the database's content with a backup (stop the site first)."""

from django.core.management.base import BaseCommand, CommandError

from apps.visits.ops.backup import BackupError, restore


class Command(BaseCommand):
    help = "Replace the database's content with the backup in FILE, made by `manage.py backup`."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    def handle(self, *args, file, yes, **options):
        if not yes and input("Replace every record in the database with the backup? [y/N] ").strip().lower() != "y":
            raise CommandError("Restore cancelled.")
        try:
            restore(file)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(f"Restored from {file}.")
