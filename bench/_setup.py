"""Shared set-up for the benchmark scripts: Django configured from the environment."""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("DJANGO_DEBUG", "false")
os.environ.setdefault("DJANGO_SECRET_KEY", "benchmark-only-key")

import django  # noqa: E402

django.setup()


def ensure_activities(n):
    """Seed the database up to n activities (seed_demo) if it holds fewer."""
    from django.core.management import call_command

    from apps.visits.records.models import Activity

    have = Activity.objects.count()
    if have < n:
        call_command("seed_demo", activities=n - have, seed=have + 1)
    return Activity.objects.count()


def percentile(values, p):
    values = sorted(values)
    k = max(0, min(len(values) - 1, round(p / 100 * (len(values) - 1))))
    return values[k]
