"""Requests carry their activity's start date (Request.activity_date), copied by database triggers
on every path a write can take, so the request lists can walk one index in their order."""

import datetime as dt

import pytest
from django.db import connection

from apps.visits.ops.demo import seed
from apps.visits.records import services
from apps.visits.records.models import Activity, Request
from apps.visits.reporting import triggers
from tests.factories import make_activity

pytestmark = pytest.mark.django_db


def _copies_are_right():
    wrong = [
        (r.pk, r.activity_date, r.activity.start_date)
        for r in Request.objects.select_related("activity")
        if r.activity_date != r.activity.start_date
    ]
    assert not wrong, wrong
    return True


def test_a_new_request_carries_its_activitys_date():
    activity = make_activity(day=dt.date(2022, 5, 17))
    ask = activity.requests.get()
    assert ask.activity_date == dt.date(2022, 5, 17)


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
    assert _copies_are_right()


def test_what_the_application_writes_there_is_replaced():
    activity = make_activity(day=dt.date(2022, 5, 17))
    stale = activity.requests.get()
    stale.activity_date = None  # an instance read before a change, saved after it
    stale.status = "acknowledged"
    stale.save()
    Request.objects.filter(pk=stale.pk).update(activity_date=dt.date(1999, 1, 1))
    Request.objects.bulk_create([Request(activity=activity, text="đề nghị hỗ trợ", activity_date=dt.date(2000, 1, 1))])
    assert _copies_are_right()


def test_a_bulk_load_with_the_triggers_off_ends_with_the_right_copies():
    seed(activities=300, officials=50, seed=3)
    assert Request.objects.count() > 100
    assert _copies_are_right()
    # What a load's end does after its triggers were off: copy the dates that differ.
    vendor = connection.vendor
    with connection.cursor() as cursor:
        for sql in triggers.ACTIVITY_DATE_DROP[vendor]:
            cursor.execute(sql)
        cursor.execute("UPDATE visits_request SET activity_date = NULL")
        assert Request.objects.filter(activity_date__isnull=False).count() == 0
        for sql in [*triggers.activity_date_fill(vendor), *triggers.ACTIVITY_DATE_TRIGGERS[vendor]]:
            cursor.execute(sql)
    assert _copies_are_right()


def test_the_triggers_survive_the_whole_migration_history():
    """A migration that makes SQLite rebuild visits_request would drop its triggers."""
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%activity_date%'")
            names = {row[0] for row in cursor.fetchall()}
        assert names == {
            "visits_request_activity_date_insert",
            "visits_request_activity_date_update",
            "visits_activity_date_to_requests",
        }
    activity = make_activity(day=dt.date(2021, 2, 3))
    services.review_set(records=[activity], state="reviewed")
    assert activity.requests.get().activity_date == dt.date(2021, 2, 3)
