"""Writes to the visits records. Keyword-only arguments; no save() overrides with side effects."""

from django.db import transaction
from django.db.models import Count, Max, Min
from django.utils import timezone

from apps.lib.text import fold, name_key, slugify_vi
from apps.provinces.models import Province

from .models import (
    Activity,
    ActivityPartner,
    Country,
    Official,
    Participation,
    PartnerLocality,
    PartnerTie,
    Request,
    ReviewState,
    Title,
)


def _unique_slug(model, base):
    base = (base or "x")[:200]
    slug, n = base, 1
    while model.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


def _named_get_or_create(model, *, name, extra_filter=None, defaults=None):
    """Find a record by its canonical key (or a variant's), else create it."""
    key = name_key(name)
    qs = model.objects.filter(**(extra_filter or {}))
    found = qs.filter(name_key=key).first()
    if found is None:
        for candidate in qs.filter(name_folded__contains=fold(name)).only("id", "name", "variants"):
            if key in {name_key(v) for v in candidate.variants}:
                found = candidate
                break
    if found is not None:
        if name != found.name and name not in found.variants and name_key(name) != name_key(found.name):
            found.variants = [*found.variants, name]
            found.save(update_fields=["variants", "name_folded"])
        return found, False
    obj = model(name=name, **(extra_filter or {}), **(defaults or {}))
    obj.slug = _unique_slug(model, slugify_vi(name))
    obj.save()
    return obj, True


def official_get_or_create(*, name):
    return _named_get_or_create(Official, name=name)[0]


def country_get_or_create(*, name):
    return _named_get_or_create(Country, name=name)[0]


def partner_get_or_create(*, name, country=None, kind="", variants=()):
    """A partner locality within its country, found by its name or any spelling in ``variants``
    (gazetteer spellings and the article's own); new spellings are remembered."""
    keys = {name_key(v) for v in [name, *variants] if v}
    found = PartnerLocality.objects.filter(country=country, name_key__in=keys).order_by("id").first()
    if found is None:
        spellings = {name_key(name)}
        kept = []
        for v in variants:
            if v and name_key(v) not in spellings:
                spellings.add(name_key(v))
                kept.append(v)
        obj = PartnerLocality(name=name, country=country, kind=kind, variants=kept)
        obj.slug = _unique_slug(PartnerLocality, slugify_vi(name))
        obj.save()
        return obj
    known = {name_key(v) for v in [found.name, *found.variants]}
    new = [v for v in dict.fromkeys(variants) if v and name_key(v) not in known]
    if new:
        found.variants = [*found.variants, *new]
        found.save(update_fields=["variants", "name_folded"])
    return found


def participations_add(*, activity, people, article=None):
    """Add officials to an activity, or complete their titles: ``people`` are dicts with
    official, role, side, titles and span. Two queries read what the activity already holds."""
    held = {
        part.official_id: part
        for part in Participation.objects.filter(activity=activity).prefetch_related("titles")
    } if activity.pk else {}
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
            known = set()
        else:
            if person["role"] == "lead" and part.role != "lead":
                part.role = "lead"
                part.save(update_fields=["role"])
            known = {t.title_key for t in part.titles.all()}
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
    """Recompute a province's tie with a partner from the activities that name it."""
    stats = ActivityPartner.objects.filter(activity__province=province, partner=partner).aggregate(
        first=Min("activity__start_date"), last=Max("activity__start_date"), n=Count("activity", distinct=True)
    )
    tie, _ = PartnerTie.objects.get_or_create(province=province, partner=partner)
    tie.first_seen, tie.last_seen, tie.activity_count = stats["first"], stats["last"], stats["n"]
    tie.save()
    return tie


def requests_add(*, activity, article, items):
    """Add a report's requests ({"text", "category", "span"}) unless the activity already holds
    the same ask; link each to the same ask raised at an earlier activity of the province."""
    held = [r.text_key for r in activity.requests.all()] if activity.pk else []
    earlier = None
    for item in items:
        key = fold(item["text"])
        if any(_same_ask(key, other) for other in held):
            continue
        if earlier is None:
            earlier = _earlier_requests(activity)
        span = item.get("span")
        Request.objects.create(
            activity=activity,
            article=article,
            text=item["text"][:2000],
            category=item.get("category") or "other",
            span_start=span[0] if span else None,
            span_end=span[1] if span else None,
            repeat_of=next((r for r in earlier if _same_ask(key, r.text_key, 0.45)), None),
        )
        held.append(key)


def _tokens(key):
    return {w for w in key.split() if len(w) > 2}


def _same_ask(a, b, threshold=0.6):
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    ta, tb = _tokens(a), _tokens(b)
    return bool(ta and tb) and len(ta & tb) / len(ta | tb) >= threshold


def _earlier_requests(activity, limit=200):
    """The province's most recent requests made before this activity (newest first)."""
    if activity.start_date is None:
        return []
    units = [activity.province_id, *([activity.province.successor_id] if activity.province.successor_id else [])]
    return list(
        Request.objects.filter(activity__province__in=units, activity__start_date__lt=activity.start_date)
        .order_by("-activity__start_date")
        .only("id", "text_key")[:limit]
    )


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


def review_set(*, records, state, by=None):
    """Mark activities, requests, officials or partner localities reviewed, rejected, or back
    to extracted, with who and when; each save writes a history row naming the editor. A
    rejected record leaves the public pages, feed, API and exports but stays in the database."""
    now = timezone.now()
    changed = 0
    for record in records:
        record.review_state = state
        record.reviewed_by = by if state != ReviewState.EXTRACTED else None
        record.reviewed_at = now if state != ReviewState.EXTRACTED else None
        record._history_user = by
        fields = ["review_state", "reviewed_by", "reviewed_at"]
        if isinstance(record, Activity):
            fields.append("updated_at")  # the pages' cache version follows activity changes
        record.save(update_fields=fields)
        changed += 1
    return changed


@transaction.atomic
def official_merge(*, into, other):
    """Merge a duplicate official into another: participations, leads and variants move."""
    if into.pk == other.pk:
        return into
    for part in Participation.objects.filter(official=other).select_related("activity"):
        keep = Participation.objects.filter(activity=part.activity, official=into).first()
        if keep:
            for title in part.titles.all():
                if not keep.titles.filter(title_key=title.title_key).exists():
                    title.participation = keep
                    title.save()
            part.delete()
        else:
            part.official = into
            part.save()
    Activity.objects.filter(lead=other).update(lead=into)
    into.variants = sorted({*into.variants, other.name, *other.variants} - {into.name})
    into.save()
    other.delete()
    return into


@transaction.atomic
def partner_merge(*, into, other):
    if into.pk == other.pk:
        return into
    for mention in ActivityPartner.objects.filter(partner=other):
        if ActivityPartner.objects.filter(activity=mention.activity, partner=into).exists():
            mention.delete()
        else:
            mention.partner = into
            mention.save()
    provinces = set(PartnerTie.objects.filter(partner=other).values_list("province", flat=True))
    PartnerTie.objects.filter(partner=other).delete()
    into.variants = sorted({*into.variants, other.name, *other.variants} - {into.name})
    into.save()
    other.delete()
    for province in Province.objects.filter(pk__in=provinces):
        partner_tie_refresh(province=province, partner=into)
    return into

