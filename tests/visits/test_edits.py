"""Editors win, in one service (records/services/edits.py): what an editor corrected, or any
field of an activity an editor reviewed, is closed to ingest; a report that brings nothing new
writes no history row."""

import pytest

from apps.visits.records import services
from apps.visits.records.models import Activity, ReviewState
from tests.factories import make_activity

pytestmark = pytest.mark.django_db


def test_ingest_may_fill_every_field_but_the_locked_ones():
    activity = make_activity()
    activity.locked_fields = ["organization", "lead"]
    may = services.fields_ingest_may_set(activity)
    assert {"start_date", "end_date", "summary", "lead_title"} <= may
    assert not {"organization", "lead"} & may


def test_a_reviewed_activity_is_closed_to_ingest():
    activity = make_activity()
    activity.review_state = ReviewState.REVIEWED
    assert services.fields_ingest_may_set(activity) == frozenset()


def test_an_editors_change_locks_the_changed_fields_but_not_the_review():
    activity = make_activity()
    activity.locked_fields = ["summary"]
    services.activity_lock_edited(
        activity=activity, changed_fields=["organization", "review_state", "reviewed_by", "locked_fields"]
    )
    assert activity.locked_fields == ["organization", "summary"]


def test_a_report_bringing_nothing_new_writes_no_history_row_but_moves_updated_at():
    activity = Activity.objects.get(pk=make_activity().pk)
    rows, updated = activity.history.count(), activity.updated_at
    services.activity_save_from_report(activity=activity, before=services.activity_values(activity))
    assert activity.history.count() == rows
    assert Activity.objects.get(pk=activity.pk).updated_at > updated
    activity.organization = "Sở Ngoại vụ"
    before = services.activity_values(Activity.objects.get(pk=activity.pk))
    services.activity_save_from_report(activity=activity, before=before)
    assert activity.history.count() == rows + 1
