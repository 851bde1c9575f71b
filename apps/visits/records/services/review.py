"""An editor's verdict on records: reviewed, rejected, or back to extracted."""

from django.db import transaction
from django.utils import timezone

from apps.provinces.models import Province

from ..models import Activity, ActivityPartner, Official, Participation, PartnerLocality, Request, ReviewState
from .activities import partner_tie_refresh
from .locks import writer_lock


@transaction.atomic
def review_set(*, records, state, by=None):
    """Mark activities, requests, officials or partner localities reviewed, rejected, or back
    to extracted, with who and when; each save writes a history row naming the editor. A
    rejected record leaves the public pages, feed, API and exports but stays in the database.

    Under the writer lock, so an ingest storing a report of the same activity cannot undo it;
    the activities concerned get a new ``updated_at`` (the pages' cache version follows it), and
    the partner ties of an activity whose visibility changed are recomputed."""
    writer_lock()
    now = timezone.now()
    changed, touched, ties = 0, set(), set()
    for record in records:
        was_public = record.review_state != ReviewState.REJECTED
        record.review_state = state
        record.reviewed_by = by if state != ReviewState.EXTRACTED else None
        record.reviewed_at = now if state != ReviewState.EXTRACTED else None
        record._history_user = by
        record.save(update_fields=["review_state", "reviewed_by", "reviewed_at"])
        changed += 1
        if isinstance(record, Activity):
            touched.add(record.pk)
            if was_public != (state != ReviewState.REJECTED):
                ties |= set(
                    ActivityPartner.objects.filter(activity=record).values_list("activity__province", "partner")
                )
        elif isinstance(record, Request):
            touched.add(record.activity_id)
        elif isinstance(record, Official):
            touched |= set(Participation.objects.filter(official=record).values_list("activity", flat=True))
        elif isinstance(record, PartnerLocality):
            touched |= set(ActivityPartner.objects.filter(partner=record).values_list("activity", flat=True))
    if touched:
        Activity.objects.filter(pk__in=touched).update(updated_at=now)
    for province_id, partner_id in ties:
        partner_tie_refresh(province=Province(pk=province_id), partner=PartnerLocality(pk=partner_id))
    return changed
