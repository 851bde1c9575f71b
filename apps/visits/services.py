"""Writes to the visits records. Keyword-only arguments; no save() overrides with side effects."""

import zlib

from django.db import connection, transaction
from django.db.models import Count, Max, Min, Q
from django.utils import timezone

from apps.lib.text import fold, name_key, slugify_vi
from apps.provinces.models import Province

from .merging import merged_variants
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
    Role,
    Title,
)
from .repeats import makes_loop, request_link_repeats

# An arbitrary key of this project's PostgreSQL advisory lock (the bytes of "doingoai"), and the
# int4 namespaces of its two-key locks: one per current unit, one per looked-up name.
WRITER_LOCK = 0x646F696E676F6169
UNIT_LOCKS, NAME_LOCKS = 0x646F6901, 0x646F6902


def writer_lock(*, unit=None):
    """One writer of shared records at a time, until the current transaction ends.

    Two ingests at once (two operators, or a cron job beside a manual run), or an ingest beside
    an editor's merge, must not both find no activity, official or partner and both create one,
    nor overwrite each other's variants. On PostgreSQL this takes a transaction-level advisory
    lock, released at commit or rollback; reads after it see what the other writer committed.

    ``unit`` (the id of the current unit an article's activity belongs to, 0 for none): an
    ingest storing one article takes the writer lock shared and the unit's lock exclusively,
    so articles of different provinces are stored side by side (activities, their merges,
    requests' repeats and partner ties never cross units), while merges and reviews, which take
    the writer lock exclusively, still wait for every ingest. Names shared across units
    (officials, countries, partners) are looked up under a lock of their own (name_lock).

    On SQLite every transaction begins IMMEDIATE (config/settings.py), which takes the
    database's write lock at BEGIN, so there is nothing more to do."""
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        if unit is None:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [WRITER_LOCK])
        else:
            cursor.execute(
                "SELECT pg_advisory_xact_lock_shared(%s), pg_advisory_xact_lock(%s, %s)",
                [WRITER_LOCK, UNIT_LOCKS, unit],
            )


def name_lock(model, key):
    """Until the transaction ends, no other writer looks up this name of this model: the second
    of two ingests meeting a new name waits for the first to commit, then finds its record."""
    if connection.vendor == "postgresql":
        digest = zlib.crc32(f"{model._meta.label}|{key}".encode()) & 0x7FFFFFFF
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s, %s)", [NAME_LOCKS, digest])


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
    name_lock(model, key)
    qs = model.objects.filter(**(extra_filter or {}))
    found = qs.filter(name_key=key).first()
    if found is None:
        for candidate in qs.filter(name_folded__contains=fold(name)).only("id", "name", "variants"):
            if key in {name_key(v) for v in candidate.variants}:
                found = candidate
                break
    if found is not None:
        if name != found.name and name not in found.variants and name_key(name) != name_key(found.name):
            found = model.objects.select_for_update().get(pk=found.pk)  # another writer may add one too
            if name not in found.variants:
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
    (gazetteer spellings and the article's own) among the records' names, then among their
    stored variants (a merged-away name lives on there); new spellings are remembered."""
    written = [v for v in [name, *variants] if v]
    keys = {name_key(v) for v in written}
    same_country = PartnerLocality.objects.filter(country=country)
    found = same_country.filter(name_key__in=keys).order_by("id").first()
    folded = {fold(v) for v in written} - {""}
    if found is None and folded:
        # Candidates whose folded names contain a spelling, then an exact check on the key.
        candidates = same_country.filter(Q.create([("name_folded__contains", f) for f in folded], connector=Q.OR))
        found = next(
            (c for c in candidates.order_by("id") if keys & {name_key(v) for v in c.variants}),
            None,
        )
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
        ActivityPartner.objects.filter(activity__province=province, partner=partner)
        .exclude(activity__review_state=ReviewState.REJECTED)
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
    for other in others:
        _stamp(other, by=by, reason=reason).delete()
    for province in Province.objects.filter(pk__in=provinces):
        tie = partner_tie_refresh(province=province, partner=keep)
        text = agreements.get(province.pk, "")
        if text != tie.agreements:
            tie.agreements = text
            tie.save(update_fields=["agreements"])
    _activities_touch(activity_ids=touched, name=keep.name)
    return keep
