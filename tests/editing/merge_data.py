"""Helpers of the merge tests (test_merge.py, test_merge_admin.py); their records, two spellings
of one official and a partner with its duplicate, are fixtures in conftest.py."""

import io

from django.core.management import call_command

from apps.provinces.models import Era, Province
from apps.visits.records import services
from apps.visits.records.models import (
    Activity,
    Kind,
    Role,
)


def ingest(*paths):
    call_command("ingest", *[str(p) for p in paths], stdout=io.StringIO(), stderr=io.StringIO())


def article(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def make_activity(*, day, province="66", lead=None, summary=""):
    unit = Province.objects.get(code=province, era=Era.PRE_2025)
    return Activity.objects.create(
        kind=Kind.CENTRAL, province=unit, start_date=day, lead=lead, summary=summary or f"Hoạt động {day}"
    )


def take_part(activity, official, role=Role.MEMBER, titles=()):
    services.participations_add(
        activity=activity, people=[{"official": official, "role": role, "titles": list(titles)}]
    )


def mention(activity, partner):
    services.partner_attach(activity=activity, partner=partner)
