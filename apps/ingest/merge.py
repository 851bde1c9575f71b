"""Stage 7 — merge: find the activity an extracted record reports, if one is already stored.

Two reports are one activity when they share the province, their dates are compatible and
the delegation is the same. A report without a date (it happens: the dateline was lost)
joins by province, people and partners. Candidates come from indexed lookups — the
(province, start_date) index and the officials' name keys — never from a scan.
"""

import datetime as dt

from django.db.models import Q

from apps.lib.text import name_key
from apps.visits.models import Activity, Participation

WINDOW = dt.timedelta(days=3)


def _names(record):
    names = set()
    if record.get("lead"):
        names.add(name_key(record["lead"]["name"]))
    names |= {name_key(o["name"]) for o in record.get("officials") or []}
    return names


def _partners(record):
    return {name_key(p.get("canonical") or p["name"]) for p in record.get("partners") or []}


def _overlap(a_start, a_end, b_start, b_end):
    a_end = a_end or a_start
    b_end = b_end or b_start
    return a_start <= b_end and b_start <= a_end


def find_activity(record, province, start, end, published=None):
    """The stored activity this record reports, or None."""
    lead = name_key(record["lead"]["name"]) if record.get("lead") else None
    names = _names(record)
    kind = record.get("kind")
    partners = _partners(record)

    qs = Activity.objects.filter(province=province)
    if start:
        candidates = qs.filter(
            Q(start_date__range=(start - WINDOW, (end or start) + WINDOW)) | Q(start_date__isnull=True)
        )
    else:
        # Undated: only activities that share a person with this report.
        if not names:
            return None
        ids = Participation.objects.filter(
            activity__province=province, official__name_key__in=names
        ).values_list("activity_id", flat=True)
        candidates = qs.filter(id__in=ids)
        if published:
            candidates = candidates.filter(Q(start_date__isnull=True) | Q(start_date__lte=published))
    best, best_score = None, 0
    for act in candidates.select_related("lead").prefetch_related("participations__official", "partner_mentions__partner")[:50]:
        score = _similarity(act, lead, names, partners, kind, start, end)
        if score > best_score:
            best, best_score = act, score
    return best if best_score >= 3 else None


def _similarity(act, lead, names, partners, kind, start, end):
    """Evidence that a stored activity and a report are one event; 3 or more means yes."""
    if start and act.start_date:
        if not _overlap(start, end, act.start_date, act.end_date):
            return 0  # a different day is a different activity
        score = 2
    else:
        score = 0
    act_names = {p.official.name_key for p in act.participations.all()}
    act_lead = act.lead.name_key if act.lead else None
    act_partners = {m.partner.name_key for m in act.partner_mentions.all()}
    if lead and act_lead:
        if lead == act_lead:
            score += 3
        elif lead not in act_names and act_lead not in names:
            score -= 2  # two different heads of delegation
    score += min(2, len((names & act_names) - {lead}))
    score += min(2, len(partners & act_partners))
    if kind and kind == act.kind:
        score += 1
    return score
