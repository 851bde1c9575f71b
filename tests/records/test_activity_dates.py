"""Requests, participations and partner mentions carry their activity's start date
(``activity_date``), copied by database triggers on every path a write can take, so that their
lists can walk one index in their order."""

import datetime as dt

import pytest
from django.db import connection, transaction

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
    """seed_demo's load (triggers.counted_at_end: PostgreSQL's triggers off for its length): rows
    written there with no date, or a wrong one, have their activity's date once it ends."""
    seed(activities=300, officials=50, seed=3)
    assert Request.objects.count() > 100
    activity = make_activity(day=dt.date(2024, 6, 1))
    if connection.vendor == "postgresql":  # the checks still pending forbid ALTER TABLE
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    with transaction.atomic(), triggers.counted_at_end():
        with connection.cursor() as cursor:
            for table in triggers.DATED:
                cursor.execute(f"UPDATE {table} SET activity_date = %s", [dt.date(1999, 9, 9)])
            cursor.execute("UPDATE visits_activity SET start_date = %s WHERE id = %s", [dt.date(2024, 7, 2), activity.pk])
    assert activity.requests.get().activity_date == dt.date(2024, 7, 2)
    assert _copies_are_right()


def test_rows_written_before_their_activity_get_its_date():
    """Foreign keys are checked at commit: a load (loaddata of a fixture listing requests first)
    may write a request before its activity."""
    activity = make_activity(day=dt.date(2022, 5, 17))
    ask = activity.requests.get()
    with transaction.atomic():
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                cursor.execute("SET CONSTRAINTS ALL DEFERRED")
            else:
                cursor.execute("PRAGMA defer_foreign_keys = ON")
            new_id = Activity.objects.order_by("-id").values_list("id", flat=True).first() + 100
            Request.objects.filter(pk=ask.pk).update(activity_id=new_id)
            fresh = Activity.objects.create(id=new_id, kind=activity.kind, province=activity.province,
                                            start_date=dt.date(2023, 3, 4))
    ask.refresh_from_db()
    assert ask.activity_id == fresh.pk and ask.activity_date == dt.date(2023, 3, 4)


def test_the_triggers_survive_the_whole_migration_history():
    """A migration that makes SQLite rebuild one of these tables would drop its triggers."""
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%activity_date%'")
            names = {row[0] for row in cursor.fetchall()}
        assert names == {
            "visits_activity_date_to_rows",
            "visits_activity_date_to_rows_insert",
            *(f"{name}_{op}" for name in triggers.DATED.values() for op in ("insert", "update")),
        }
    activity = make_activity(day=dt.date(2021, 2, 3))
    services.review_set(records=[activity], state="reviewed")
    assert activity.requests.get().activity_date == dt.date(2021, 2, 3)
