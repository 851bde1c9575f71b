"""An editor merges duplicate officials or partner localities into one record."""

from django.db import transaction
from django.utils import timezone

from apps.provinces.models import Province

from ..merging import merged_variants
from ..models import (
    Activity,
    ActivityPartner,
    MergedSlug,
    Official,
    Participation,
    PartnerLocality,
    PartnerTie,
    Role,
    Title,
)
from .activities import partner_tie_refresh, search_words
from .locks import writer_lock


def _merge_reason(others):
    """The history note of a merge; simple_history keeps 100 characters."""
    reason = "merged: " + ", ".join(f"{o.name} (#{o.pk})" for o in others)
    return reason if len(reason) <= 100 else reason[:99] + "…"


def _merge_rows(model, *, keep, others):
    """The others, read afresh and locked with keep until the merge commits (keep is reloaded);
    a record listed twice, or keep among the others, counts once. Not while an ingest is
    storing: it could re-create or re-spell a record (the writer lock)."""
    writer_lock()
    ids = list(dict.fromkeys(o.pk for o in others if o.pk != keep.pk))
    rows = model.objects.select_for_update().in_bulk([keep.pk, *ids])
    keep.refresh_from_db()
    return [rows[pk] for pk in ids if pk in rows]


def _stamp(record, *, by, reason):
    """Who made the change and why, for the history row the next save or delete writes."""
    record._history_user = by
    record._change_reason = reason
    return record


def _slugs_redirect(*, keep, others):
    """The others' public addresses (and those merged into them before) lead to ``keep`` from
    now on; keep's own address is live again if an earlier merge had taken it."""
    field = MergedSlug.objects.field_for(type(keep))
    ids = [o.pk for o in others]
    MergedSlug.objects.filter(**{f"{field}__in": ids}).update(**{field: keep})
    slugs = [o.slug for o in others]
    MergedSlug.objects.of(type(keep)).filter(old_slug__in=[*slugs, keep.slug]).delete()
    MergedSlug.objects.bulk_create([MergedSlug(old_slug=slug, **{field: keep}) for slug in slugs])


def _activities_touch(*, activity_ids, name):
    """Activities whose people or partners changed: their search text gains the kept name (the
    old spellings stay findable) and their change time moves, so no cached page is stale."""
    now = timezone.now()
    unchanged = []
    for pk, text in Activity.objects.filter(pk__in=activity_ids).values_list("pk", "search_text"):
        words = search_words(text, name)
        if words == text:
            unchanged.append(pk)
        else:
            Activity.objects.filter(pk=pk).update(search_text=words, updated_at=now)
    Activity.objects.filter(pk__in=unchanged).update(updated_at=now)


@transaction.atomic
def official_merge(*, keep, others, by=None):
    """Merge duplicate officials into ``keep``, in one transaction: their participations (joined
    with keep's where both took part in one activity: titles combined, lead beats member), the
    activities they lead, and their names and variants (as keep's variants) move; then they are
    deleted. Every saved or deleted record's history row names ``by`` and the merged names."""
    others = _merge_rows(Official, keep=keep, others=others)
    if not others:
        return keep
    ids = [o.pk for o in others]
    reason = _merge_reason(others)
    theirs = Participation.objects.filter(official__in=ids)
    touched = set(theirs.values_list("activity", flat=True))
    held = {
        part.activity_id: part
        for part in Participation.objects.filter(official=keep, activity__in=touched).prefetch_related("titles")
    }
    known = {part.activity_id: {t.title_key for t in part.titles.all()} for part in held.values()}
    for part in theirs.order_by("id").prefetch_related("titles"):
        target = held.get(part.activity_id)
        if target is None:
            part.official = keep
            _stamp(part, by=by, reason=reason).save(update_fields=["official"])
            held[part.activity_id] = part
            known[part.activity_id] = {t.title_key for t in part.titles.all()}
            continue
        moving = [t.pk for t in part.titles.all() if t.title_key not in known[part.activity_id]]
        Title.objects.filter(pk__in=moving).update(participation=target)
        known[part.activity_id] |= {t.title_key for t in part.titles.all()}
        changed = []
        if part.role == Role.LEAD and target.role != Role.LEAD:
            target.role = Role.LEAD
            changed.append("role")
        if part.side and not target.side:
            target.side = part.side
            changed.append("side")
        if changed:
            _stamp(target, by=by, reason=reason).save(update_fields=changed)
        _stamp(part, by=by, reason=reason).delete()
    for activity in Activity.objects.filter(lead__in=ids):
        touched.add(activity.pk)
        activity.lead = keep
        _stamp(activity, by=by, reason=reason).save(update_fields=["lead", "updated_at"])
    keep.variants = merged_variants(keep=keep, others=others)
    _stamp(keep, by=by, reason=reason).save()
    _slugs_redirect(keep=keep, others=others)
    for other in others:
        _stamp(other, by=by, reason=reason).delete()
    _activities_touch(activity_ids=touched, name=keep.name)
    return keep


@transaction.atomic
def partner_merge(*, keep, others, by=None):
    """Merge duplicate partner localities into ``keep``, in one transaction: their mentions in
    activities move (one per activity), the ties of the provinces concerned are recomputed from
    the mentions (agreements text kept), their names and variants become keep's variants; then
    they are deleted, each history row naming ``by`` and the merged names."""
    others = _merge_rows(PartnerLocality, keep=keep, others=others)
    if not others:
        return keep
    ids = [o.pk for o in others]
    reason = _merge_reason(others)
    theirs = ActivityPartner.objects.filter(partner__in=ids)
    touched = set(theirs.values_list("activity", flat=True))
    provinces = set(theirs.values_list("activity__province", flat=True))
    agreements = {}  # province: the agreements text of keep's tie, then the others' not in it
    ties = PartnerTie.objects.filter(partner__in=[keep.pk, *ids])
    for tie in sorted(ties, key=lambda t: (t.partner_id != keep.pk, t.pk)):
        provinces.add(tie.province_id)
        text = agreements.get(tie.province_id, "")
        if tie.agreements.strip() and tie.agreements.strip() not in text:
            agreements[tie.province_id] = f"{text}\n{tie.agreements.strip()}".strip()
    held = set(ActivityPartner.objects.filter(partner=keep, activity__in=touched).values_list("activity", flat=True))
    for mention in theirs.order_by("id"):
        if mention.activity_id in held:
            mention.delete()
        else:
            mention.partner = keep
            mention.save(update_fields=["partner"])
            held.add(mention.activity_id)
    PartnerTie.objects.filter(partner__in=ids).delete()
    keep.variants = merged_variants(keep=keep, others=others)
    _stamp(keep, by=by, reason=reason).save()
    _slugs_redirect(keep=keep, others=others)
    for other in others:
        _stamp(other, by=by, reason=reason).delete()
    for province in Province.objects.filter(pk__in=provinces):
        tie = partner_tie_refresh(province=province, partner=keep)
        if tie is None:  # the partner is named only in rejected activities of that province
            continue
        text = agreements.get(province.pk, "")
        if text != tie.agreements:
            tie.agreements = text
            tie.save(update_fields=["agreements"])
    _activities_touch(activity_ids=touched, name=keep.name)
    return keep
