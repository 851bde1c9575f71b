"""Stage 7 — match: find the stored activity an extracted record reports, if there is one.

(Not to be confused with apps/visits/merging.py, where editors merge two stored records.)

Two reports are one activity when they share the province, their dates are compatible and
the delegation is the same. A report whose year is unknown still says something of its date:
the day-month it writes ("Ngày 30-3"), or when it came out; those must agree with the stored
activity's (its dates, or its own reports' day-months and publication dates), so that an
undated report never joins the same people's activity of another year. Candidates come from
indexed lookups on the (province, start_date) index, never from a scan.
"""

import datetime as dt

from django.db.models import Q

from apps.lib.text import name_key
from apps.visits.records.models import Activity, ActivityPartner, Article, Participation

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


def _day_month(value):
    """(month, day) of an "MM-DD" string, or None."""
    try:
        month, day = (int(x) for x in value.split("-"))
        return month, day
    except (AttributeError, TypeError, ValueError):
        return None


def _near_day_month(a, b, days=3):
    """Two (month, day) pairs at most ``days`` apart, whatever the year (across new year too)."""
    def ordinal(md, year):
        try:
            return dt.date(year, md[0], min(md[1], 28 if md[0] == 2 else md[1])).toordinal()
        except ValueError:
            return None
    x = ordinal(a, 2001)
    return x is not None and any(
        (y := ordinal(b, year)) is not None and abs(x - y) <= days for year in (2000, 2001, 2002)
    )


def _reported_within(day_month, published, lo=-1, hi=45):
    """A day-month written in one report, and a publication date of another: the day falls in
    the weeks before that publication (a report comes out after its activity)."""
    for year in (published.year, published.year - 1):
        try:
            day = dt.date(year, day_month[0], day_month[1])
        except ValueError:
            continue
        if lo <= (published - day).days <= hi:
            return True
    return False


class _Report:
    """What one extracted report says about when its activity was."""

    def __init__(self, start, end, published, day_month):
        self.start, self.end, self.published, self.day_month = start, end, published, day_month


def _date_fit(report, stored_start, stored_end, hints):
    """+2 when the two reports' dates agree, +1 for a weak agreement (publication dates only),
    0 when nothing can be told, None when they disagree (two different activities)."""
    if report.start and stored_start:
        return 2 if _overlap(report.start, report.end, stored_start, stored_end) else None
    stored_dm = {dm for dm, _pub in hints if dm}
    stored_pub = {pub for _dm, pub in hints if pub}
    if stored_start:
        stored_dm = {(stored_start.month, stored_start.day)}
    if report.start:
        mine_dm = (report.start.month, report.start.day)
    else:
        mine_dm = report.day_month
    # The day as written, on both sides: it must agree.
    if mine_dm and stored_dm:
        if not any(_near_day_month(mine_dm, dm) for dm in stored_dm):
            return None
        if report.start and stored_pub and not any(
            -1 <= (pub - report.start).days <= 45 for pub in stored_pub
        ):
            return None  # the same day of another year
        if stored_start and report.published and not -1 <= (report.published - stored_start).days <= 45:
            return None
        return 2
    # A day on one side, a publication date on the other.
    if mine_dm and stored_pub:
        return 2 if any(_reported_within(mine_dm, pub) for pub in stored_pub) else None
    if stored_dm and report.published:
        return 2 if any(_reported_within(dm, report.published) for dm in stored_dm) else None
    # Publication dates only: reports of one activity come out within days of each other.
    if report.published and stored_pub:
        gap = min(abs((report.published - pub).days) for pub in stored_pub)
        return 1 if gap <= 10 else None if gap > 45 else 0
    return 0


def find_activity(record, province, start, end, published=None):
    """The stored activity this record reports, or None."""
    lead = name_key(record["lead"]["name"]) if record.get("lead") else None
    names = _names(record)
    kind = record.get("kind")
    partners = _partners(record)
    report = _Report(start, end, published, None if start else _day_month(record.get("start_day_month")))

    qs = Activity.objects.filter(province=province)
    if start:
        window = Q(start_date__range=(start - WINDOW, (end or start) + WINDOW))
    elif report.day_month:
        # The day is known, not its year: activities on that day-month of any year (the
        # dates decide below), never after this report came out.
        month = report.day_month[0]
        window = Q(start_date__month__in={month, month % 12 + 1, (month - 2) % 12 + 1})
        if published:
            window &= Q(start_date__lte=published)
    elif published:
        window = Q(start_date__range=(published - dt.timedelta(days=45), published))
    elif names and partners:
        # Nothing tells when (an excerpt without a date or a dateline): a dated activity only
        # if it shares a person and a foreign locality with it (see below).
        shared = Participation.objects.filter(activity__province=province, official__name_key__in=names)
        window = Q(id__in=shared.values("activity_id")[:50])
    else:
        window = Q(pk__in=[])
    candidates = qs.filter(window | Q(start_date__isnull=True))
    # Plain values, four queries: a busy activity holds dozens of people and partners, and
    # building model instances for them cost more than the rest of storing an article.
    rows = list(
        candidates.order_by("-start_date", "-id").values_list("id", "start_date", "end_date", "kind", "lead__name_key")[:50]
    )
    if not rows:
        return None
    ids = [row[0] for row in rows]
    people, mentions, hints = {}, {}, {}
    for activity_id, key in Participation.objects.filter(activity__in=ids).values_list("activity", "official__name_key"):
        people.setdefault(activity_id, set()).add(key)
    for activity_id, key in ActivityPartner.objects.filter(activity__in=ids).values_list("activity", "partner__name_key"):
        mentions.setdefault(activity_id, set()).add(key)
    undated = [row[0] for row in rows if row[1] is None]
    if undated:
        for activity_id, pub, extracted in Article.objects.filter(activity__in=undated).values_list(
            "activity", "published", "extracted"
        ):
            dm = _day_month((extracted or {}).get("start_day_month")) if isinstance(extracted, dict) else None
            hints.setdefault(activity_id, []).append((dm, pub))
    dateless = not (start or report.day_month or published)
    # Whether each side knows its year (a date, or a publication date to read it from).
    yearless = not (start or published)
    yearless_stored = {
        pk for pk, act_start, *_ in rows if not (act_start or any(pub for _dm, pub in hints.get(pk, [])))
    }
    scored = []
    for pk, act_start, act_end, act_kind, act_lead in rows:
        fit = _date_fit(report, act_start, act_end, hints.get(pk, []))
        if fit is None:
            continue  # a different day is a different activity
        act_names, act_partners = people.get(pk, set()), mentions.get(pk, set())
        if (
            yearless != (pk in yearless_stored)
            and fit < 2
            and not (names & act_names and partners & act_partners and kind == act_kind)
        ):
            # One side says when, the other nothing: the same people alone may be another
            # year's visit (a minister's two visits, a city's yearly review).
            continue
        stored = (act_kind, act_lead, act_names, act_partners)
        scored.append((fit + _similarity(stored, lead, names, partners, kind), pk))
    matches = sorted((score, pk) for score, pk in scored if score >= 3)
    weak = dateless or any(pk in yearless_stored for _score, pk in matches)
    if not matches or (weak and len(matches) > 1):
        return None  # without any date, two possible activities are one too many
    return Activity.objects.select_related("province").get(pk=max(matches)[1])


def _similarity(stored, lead, names, partners, kind):
    """Evidence beyond the dates that a stored activity and a report are one event."""
    act_kind, act_lead, act_names, act_partners = stored
    score = 0
    if lead and act_lead:
        if lead == act_lead:
            score += 3
        elif lead not in act_names and act_lead not in names:
            score -= 2  # two different heads of delegation
    score += min(2, len((names & act_names) - {lead}))
    if partners and act_partners:
        shared = len(partners & act_partners)
        score += min(2, shared) if shared else -2  # different foreign localities: another meeting
    if kind and kind == act_kind:
        score += 1
    return score
