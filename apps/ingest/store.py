"""Stage 8 — store: one article and what it reports, in one transaction.

Editors win: a field an editor corrected (``Activity.locked_fields``), or any field of an
activity marked reviewed, is never overwritten; new sources, people, requests and partners
still attach. Stored values are only ever filled in, never replaced, by a later report.
"""

import hashlib
from dataclasses import dataclass

from django.db import transaction

from apps.visits import services
from apps.visits.models import Activity, Article, ReviewState

from .merge import find_activity
from .outlet import find_outlet
from .resolve import parse_date, province_for

NEW, MERGED, KNOWN, NOT_ACTIVITY = "new", "merged", "known", "not_activity"


@dataclass
class Stored:
    outcome: str
    article: Article | None
    activity: Activity | None


def content_hash(clean_text):
    return hashlib.sha256(clean_text.encode("utf-8")).hexdigest()


def _published_date(value):
    return parse_date(value) if value and len(value) == 10 else None


@transaction.atomic
def store_article(*, raw, cleaned, record, dry_run=False):
    """Store one extracted article; returns what happened. ``dry_run`` rolls everything back."""
    result = _store(raw=raw, cleaned=cleaned, record=record)
    if dry_run:
        transaction.set_rollback(True)
    return result


def _store(*, raw, cleaned, record):
    digest = content_hash(cleaned.text)
    existing = Article.objects.filter(content_hash=digest).select_related("activity").first()
    if existing is not None:
        return Stored(KNOWN, existing, existing.activity)
    published = _published_date(record.get("published"))
    article = Article(
        source_name=raw.name,
        source_path=str(raw.path),
        outlet=find_outlet(cleaned.text),
        title=(record.get("title") or cleaned.title or raw.name)[:500],
        published=published,
        raw_text=raw.text,
        clean_text=cleaned.text,
        content_hash=digest,
        encoding=raw.encoding,
        extracted=record,
    )
    province = province_for(record, published) if record.get("is_activity") else None
    if province is None:
        article.status = Article.Status.NOT_ACTIVITY if not record.get("is_activity") else Article.Status.UNRESOLVED
        article.save()
        return Stored(NOT_ACTIVITY, article, None)

    start, end = parse_date(record.get("start_date")), parse_date(record.get("end_date"))
    activity = find_activity(record, province, start, end, published)
    outcome = MERGED if activity else NEW
    if activity is None:
        activity = Activity(province=province, kind=record.get("kind") or "provincial_event")
    _fill(activity, record, start, end)
    activity.save()
    article.activity = activity
    article.save()
    _attach(activity, article, record)
    services.activity_refresh_search(activity=activity)
    return Stored(outcome, article, activity)


def _fill(activity, record, start, end):
    """Fill the activity's empty fields from the report, leaving editors' values alone."""
    if activity.review_state == ReviewState.REVIEWED and activity.pk:
        return
    locked = set(activity.locked_fields)

    def fill(field, value):
        if field not in locked and value not in (None, "") and not getattr(activity, field):
            setattr(activity, field, value)

    if start and "start_date" not in locked and activity.start_date is None:
        activity.start_date, activity.end_date = start, end or start
        activity.date_precision = record.get("date_precision") or "day"
    fill("end_date", end)
    fill("organization", (record.get("organization") or "")[:300])
    if record.get("lead") and "lead" not in locked and activity.lead_id is None:
        activity.lead = services.official_get_or_create(name=record["lead"]["name"])
        activity.lead_title = ", ".join(record["lead"].get("titles") or [])[:300]
    fill("summary", record.get("title") or "")


def _attach(activity, article, record):
    lead = record.get("lead")
    people = ([{**lead, "role": "lead"}] if lead else []) + [
        {**o, "role": "member"} for o in record.get("officials") or []
    ]
    for person in people:
        official = services.official_get_or_create(name=person["name"])
        role = person["role"] if activity.lead_id in (None, official.pk) else "member"
        services.participation_add(
            activity=activity,
            official=official,
            role=role,
            side=person.get("side") or ("" if role != "lead" else _lead_side(record)),
            titles=person.get("titles") or [],
            article=article,
            span=person.get("evidence") or person.get("span"),
        )
    for req in record.get("requests") or []:
        services.request_add(
            activity=activity, article=article, text=req["text"], category=req.get("category"), span=req.get("span")
        )
    for partner in record.get("partners") or []:
        country = services.country_get_or_create(name=partner["country"]) if partner.get("country") else None
        written = partner["name"]
        locality = services.partner_get_or_create(
            name=partner.get("canonical") or written,
            country=country,
            kind=partner.get("kind") or "",
            variants=[written, *(partner.get("variants") or ())],
        )
        services.partner_attach(
            activity=activity, partner=locality, article=article, span=partner.get("evidence") or partner.get("span")
        )


def _lead_side(record):
    return {
        "central_delegation": "central",
        "foreign_delegation": "foreign",
        "outbound_delegation": "local",
        "provincial_event": "local",
    }.get(record.get("kind"), "")
