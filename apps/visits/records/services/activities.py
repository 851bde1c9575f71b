"""Writes to an activity's parts: its officials and their titles, its partner localities (and
the province's ties with them), its requests (and their chain of repeats), its search text."""

from django.db import transaction
from django.db.models import Count, Max, Min
from django.utils import timezone

from apps.lib.text import fold, name_key

from ..models import Activity, ActivityPartner, Participation, PartnerTie, Request, ReviewState, Title
from ..repeats import makes_loop, request_link_repeats
from .locks import writer_lock


def participations_add(*, activity, people, article=None):
    """Add officials to an activity, or complete their titles: ``people`` are dicts with
    official, role, side, titles and span. One query reads what the activity already holds."""
    held, known_titles = {}, {}
    if activity.pk and people:  # one query: the held participations, a row per title
        rows = Participation.objects.filter(activity=activity).values_list("pk", "official", "role", "titles__title_key")
        for pk, official_id, role, title_key in rows:  # ids and roles suffice to add titles to them
            held.setdefault(official_id, Participation(pk=pk, activity=activity, official_id=official_id, role=role))
            known_titles.setdefault(official_id, set()).update([title_key] if title_key else [])
    titles = []
    for person in people:
        official, span = person["official"], person.get("span")
        part = held.get(official.pk)
        if part is None:
            part = held[official.pk] = Participation.objects.create(
                activity=activity,
                official=official,
                role=person["role"],
                side=person.get("side") or "",
                article=article,
                span_start=span[0] if span else None,
                span_end=span[1] if span else None,
            )
            known = known_titles[official.pk] = set()
        else:
            if person["role"] == "lead" and part.role != "lead":
                part = held[official.pk] = Participation.objects.get(pk=part.pk)  # whole, for its history row
                part.role = "lead"
                part.save(update_fields=["role"])
            known = known_titles.setdefault(official.pk, set())
        for title in person.get("titles") or []:
            key = name_key(title)
            if title and key not in known:
                known.add(key)
                titles.append(Title(participation=part, title=title[:300], title_key=key))
    Title.objects.bulk_create(titles)


def partner_attach(*, activity, partner, article=None, span=None):
    """Name a partner locality in an activity and keep the province's tie with it current."""
    if ActivityPartner.objects.filter(activity=activity, partner=partner).exists():
        return
    ActivityPartner.objects.create(
        activity=activity,
        partner=partner,
        article=article,
        span_start=span[0] if span else None,
        span_end=span[1] if span else None,
    )
    if activity.review_state == ReviewState.REJECTED:
        return  # ties show what the public sees
    tie = PartnerTie.objects.filter(province=activity.province, partner=partner).first()
    if tie is None:
        tie = PartnerTie(province=activity.province, partner=partner)
    day = activity.start_date
    if day:
        tie.first_seen = min(filter(None, [tie.first_seen, day]))
        tie.last_seen = max(filter(None, [tie.last_seen, day]))
    tie.activity_count += 1
    tie.save()


def partner_tie_refresh(*, province, partner):
    """Recompute a province's tie with a partner from the public activities that name it; a
    tie no public activity shows any more is removed (its agreements text with it)."""
    stats = (
        ActivityPartner.objects.at_public_activities()
        .filter(activity__province=province, partner=partner)
        .aggregate(
            first=Min("activity__start_date"), last=Max("activity__start_date"), n=Count("activity", distinct=True)
        )
    )
    if not stats["n"]:
        PartnerTie.objects.filter(province=province, partner=partner).delete()
        return None
    tie, _ = PartnerTie.objects.get_or_create(province=province, partner=partner)
    tie.first_seen, tie.last_seen, tie.activity_count = stats["first"], stats["last"], stats["n"]
    tie.save()
    return tie


def requests_add(*, activity, article, items):
    """Add a report's requests ({"text", "category", "span"}) unless the activity already holds
    the same ask; link each into the chain of the same ask raised by the province at other
    activities (see ``repeats.request_link_repeats``)."""
    if not items:
        return
    held = list(activity.requests.values_list("text_key", flat=True)) if activity.pk else []
    for item in items:
        key = fold(item["text"])
        if any(_same_ask(key, other) for other in held):
            continue
        span = item.get("span")
        request = Request.objects.create(
            activity=activity,
            article=article,
            text=item["text"][:2000],
            category=item.get("category") or "other",
            span_start=span[0] if span else None,
            span_end=span[1] if span else None,
        )
        request_link_repeats(request=request)
        held.append(key)


def _tokens(key):
    return {w for w in key.split() if len(w) > 2}


def _same_ask(a, b, threshold=0.6):
    """Two reports of one activity listing the same ask: close wording over all the words (often
    the very sentence), a stricter test than a repeat's (``repeats.is_same_ask``)."""
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    ta, tb = _tokens(a), _tokens(b)
    return bool(ta and tb) and len(ta & tb) / len(ta | tb) >= threshold


@transaction.atomic
def request_link(*, request, repeat_of, by=None):
    """An editor links a request to the same ask raised earlier (``repeat_of``), or unlinks it
    (None). The link is locked: ingest never changes it again. Refuses a link to itself or one
    that would close a loop in the chain."""
    writer_lock()  # not while an ingest is linking requests
    if repeat_of is not None and makes_loop(request=request, repeat_of=repeat_of):
        raise ValueError("a request cannot repeat itself or a later repeat of its own")
    request.repeat_of = repeat_of
    request.repeat_locked = True
    if by is not None:
        request._history_user = by
    request.save(update_fields=["repeat_of", "repeat_locked"])
    # The pages' cache version follows activity changes (a request's own history is not read).
    Activity.objects.filter(pk=request.activity_id).update(updated_at=timezone.now())
    return request


def request_unlink(*, request, by=None):
    """An editor says a request is not a repeat of the ask it was linked to; ingest keeps it so."""
    return request_link(request=request, repeat_of=None, by=by)


def activity_refresh_search(*, activity):
    """Rebuild the folded text that diacritic-free search reads."""
    parts = [activity.province.name, activity.organization, activity.summary, activity.lead_title]
    parts += list(
        Participation.objects.filter(activity=activity).values_list("official__name", flat=True)
    )
    parts += list(ActivityPartner.objects.filter(activity=activity).values_list("partner__name", flat=True))
    parts += list(activity.articles.values_list("title", flat=True))
    text = search_words(*parts)
    Activity.objects.filter(pk=activity.pk).update(search_text=text)
    activity.search_text = text


def search_words(*texts):
    """Folded words of some texts, each once: what diacritic-free search reads."""
    return " ".join(dict.fromkeys(fold(" ".join(t for t in texts if t)).split()))
