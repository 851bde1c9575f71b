"""Requests, participations and partner mentions carry their activity's start date
(``activity_date``), copied by database triggers on every path a write can take, so that their
lists can walk one index in their order."""

import datetime as dt

import pytest
from django.db import connection

from apps.visits.ops.demo import seed
from apps.visits.records import services
from apps.visits.records.models import Activity, ActivityPartner, Participation, Request
from apps.visits.reporting import triggers
from tests.factories import make_activity

pytestmark = pytest.mark.django_db


def _copies_are_right():
    wrong = [
        (row._meta.model_name, row.pk, row.activity_date, row.activity.start_date)
        for model in (Request, Participation, ActivityPartner)
        for row in model.objects.select_related("activity")
        if row.activity_date != row.activity.start_date
    ]
    assert not wrong, wrong
    return True


def test_a_new_request_participation_and_mention_carry_their_activitys_date():
    activity = make_activity(day=dt.date(2022, 5, 17))
    assert activity.requests.get().activity_date == dt.date(2022, 5, 17)
    assert {p.activity_date for p in activity.participations.all()} == {dt.date(2022, 5, 17)}
    assert activity.partner_mentions.get().activity_date == dt.date(2022, 5, 17)


def test_the_copy_follows_a_change_of_the_activitys_date_or_of_the_activity():
    first = make_activity(day=dt.date(2022, 5, 17))
    second = make_activity(day=dt.date(2019, 1, 2))
    ask = first.requests.get()
    first.start_date = dt.date(2023, 8, 1)
    first.save()
    ask.refresh_from_db()
    assert ask.activity_date == dt.date(2023, 8, 1)
    Activity.objects.filter(pk=first.pk).update(start_date=None)  # undated: no date either
    ask.refresh_from_db()
    assert ask.activity_date is None
    Request.objects.filter(pk=ask.pk).update(activity=second)
    ask.refresh_from_db()
    assert ask.activity_date == dt.date(2019, 1, 2)
    Participation.objects.filter(activity=first).exclude(role="lead").update(activity=second)
    assert _copies_are_right()


def test_what_the_application_writes_there_is_replaced():
    activity = make_activity(day=dt.date(2022, 5, 17))
    stale = activity.requests.get()
    stale.activity_date = None  # an instance read before a change, saved after it
    stale.status = "acknowledged"
    stale.save()
    Request.objects.filter(pk=stale.pk).update(activity_date=dt.date(1999, 1, 1))
    Request.objects.bulk_create([Request(activity=activity, text="đề nghị hỗ trợ", activity_date=dt.date(2000, 1, 1))])
    mention = activity.partner_mentions.get()
    mention.activity_date = dt.date(1990, 1, 1)
    mention.save()
    assert _copies_are_right()


def test_a_bulk_load_with_the_triggers_off_ends_with_the_right_copies():
    seed(activities=300, officials=50, seed=3)
    assert Request.objects.count() > 100
    assert _copies_are_right()
    # What a load's end does after its triggers were off: copy the dates that differ.
    vendor = connection.vendor
    with connection.cursor() as cursor:
        for sql in triggers.activity_date_drop(vendor):
            cursor.execute(sql)
        for table in triggers.DATED:
            cursor.execute(f"UPDATE {table} SET activity_date = NULL")
        assert not Participation.objects.filter(activity_date__isnull=False).exists()
        for sql in [*triggers.activity_date_fill(vendor), *triggers.activity_date_triggers(vendor)]:
            cursor.execute(sql)
    assert _copies_are_right()


def test_the_triggers_survive_the_whole_migration_history():
    """A migration that makes SQLite rebuild one of these tables would drop its triggers."""
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%activity_date%'")
            names = {row[0] for row in cursor.fetchall()}
        assert names == {
            "visits_activity_date_to_rows",
            *(f"{name}_{op}" for name in triggers.DATED.values() for op in ("insert", "update")),
        }
    activity = make_activity(day=dt.date(2021, 2, 3))
    services.review_set(records=[activity], state="reviewed")
    assert activity.requests.get().activity_date == dt.date(2021, 2, 3)
