"""manage.py seed_demo --activities N — bulk-insert realistic synthetic data (benchmarks, demos)."""

import time

from django.core.management.base import BaseCommand, CommandError

from apps.visits.ops.demo import seed
from apps.visits.records.services import visibility_refresh


class Command(BaseCommand):
    help = "Insert N synthetic activities with officials, titles, requests, partners and sources."

    def add_arguments(self, parser):
        parser.add_argument("--activities", type=int, required=True)
        parser.add_argument("--officials", type=int, default=5000)
        parser.add_argument("--seed", type=int, default=2025, help="random seed (same seed, same data)")

    def handle(self, *args, activities, officials, **options):
        if activities < 1 or officials < 10:
            raise CommandError("--activities must be at least 1 and --officials at least 10")
        began = time.perf_counter()

        def progress(done):
            self.stderr.write(f"\r{done:,}/{activities:,} activities", ending="")

        n = seed(activities=activities, officials=officials, seed=options["seed"], progress=progress)
        self.stderr.write("")
        visibility_refresh()  # PostgreSQL: index-only counts from the start (see its docstring)
        self.stdout.write(f"Inserted {n:,} activities in {time.perf_counter() - began:.1f} s")


