"""Stage 7 — merge: find the activity an extracted record reports, if one is already stored.

Two reports are one activity when they share the province, their dates are compatible and
the delegation is the same. A report without a date (it happens: the dateline was lost)
joins by province, people and partners. Candidates come from indexed lookups — the
(province, start_date) index and the officials' name keys — never from a scan.
"""

import datetime as dt

from django.db.models import Q

from apps.lib.text import name_key
from apps.visits.models import Activity, ActivityPartner, Participation

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
    # Plain values, three queries: a busy activity holds dozens of people and partners, and
    # building model instances for them cost more than the rest of storing an article.
    rows = list(candidates.values_list("id", "start_date", "end_date", "kind", "lead__name_key")[:50])
    if not rows:
        return None
    ids = [row[0] for row in rows]
    people, mentions = {}, {}
    for activity_id, key in Participation.objects.filter(activity__in=ids).values_list("activity", "official__name_key"):
        people.setdefault(activity_id, set()).add(key)
    for activity_id, key in ActivityPartner.objects.filter(activity__in=ids).values_list("activity", "partner__name_key"):
        mentions.setdefault(activity_id, set()).add(key)
    best, best_score = None, 0
    for pk, act_start, act_end, act_kind, act_lead in rows:
        stored = (act_start, act_end, act_kind, act_lead, people.get(pk, set()), mentions.get(pk, set()))
        score = _similarity(stored, lead, names, partners, kind, start, end)
        if score > best_score:
            best, best_score = pk, score
    return Activity.objects.select_related("province").get(pk=best) if best_score >= 3 else None


def _similarity(stored, lead, names, partners, kind, start, end):
    """Evidence that a stored activity and a report are one event; 3 or more means yes."""
    act_start, act_end, act_kind, act_lead, act_names, act_partners = stored
    if start and act_start:
        if not _overlap(start, end, act_start, act_end):
            return 0  # a different day is a different activity
        score = 2
    else:
        score = 0
    if lead and act_lead:
        if lead == act_lead:
            score += 3
        elif lead not in act_names and act_lead not in names:
            score -= 2  # two different heads of delegation
    score += min(2, len((names & act_names) - {lead}))
    score += min(2, len(partners & act_partners))
    if kind and kind == act_kind:
        score += 1
    return score
