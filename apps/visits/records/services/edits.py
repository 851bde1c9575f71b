"""Editors win: what an editor corrected in admin is never overwritten by ingest.

An editor's change to an activity locks the fields it changed (``Activity.locked_fields``); an
activity an editor marked reviewed is closed to ingest as a whole. Ingest asks
``fields_ingest_may_set`` before filling anything in, and stores what a report brings through
``activity_save_from_report``; the admin calls ``activity_lock_edited``."""

import copy

from django.utils import timezone

from ..models import Activity, Article, ReviewState

# The review itself (Reviewable's fields) and the lock list are no correction of the record.
_NOT_CORRECTIONS = frozenset({"locked_fields", "review_state", "reviewed_by", "reviewed_at"})


def fields_ingest_may_set(activity):
    """The names of the activity's fields a report may still fill in: none for an activity an
    editor reviewed, else every field but those an editor corrected."""
    if activity.pk and activity.review_state == ReviewState.REVIEWED:
        return frozenset()
    return frozenset(f.name for f in Activity._meta.concrete_fields) - set(activity.locked_fields)


def activity_lock_edited(*, activity, changed_fields):
    """Lock the fields an editor changed (``changed_fields``, e.g. a form's changed_data) against
    ingest. Sets ``activity.locked_fields`` only: the caller saves, as the admin does, so its
    history row names the editor."""
    edited = set(changed_fields) - _NOT_CORRECTIONS
    activity.locked_fields = sorted(set(activity.locked_fields) | edited)


def activity_values(activity):
    """A copy of the activity's stored values (updated_at aside), to tell later whether a report
    changed anything (``activity_save_from_report``)."""
    return copy.deepcopy(
        [getattr(activity, f.attname) for f in Activity._meta.concrete_fields if f.name != "updated_at"]
    )


def activity_save_from_report(*, activity, before=None):
    """Save an activity a report filled in (within ``fields_ingest_may_set``). ``before``: its
    ``activity_values`` before the report, None for a new activity. A report that changed no
    value (another report of what is known) writes no history row and only touches updated_at:
    the pages must still show its new source, and their cache follows updated_at."""
    if before is not None and activity_values(activity) == before:
        activity.updated_at = timezone.now()
        Activity.objects.filter(pk=activity.pk).update(updated_at=activity.updated_at)
    else:
        activity.save()
    return activity


def article_create(*, activity=None, status=Article.Status.LOADED, **fields):
    """Store an article read by ingest: ``fields`` are Article's (source_name, raw_text, clean_text,
    content_hash...), ``activity`` the activity it was loaded into (None when it holds none,
    ``status`` then saying why)."""
    return Article.objects.create(activity=activity, status=status, **fields)
