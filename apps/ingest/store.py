"""Stage 8 — store: one article and what it reports, in one transaction.

Editors win: a field an editor corrected (``Activity.locked_fields``), or any field of an
activity marked reviewed, is never overwritten; new sources, people, requests and partners
still attach. Stored values are only ever filled in, never replaced, by a later report.
"""

import hashlib
from dataclasses import dataclass

from django.db import DatabaseError, IntegrityError, transaction

from apps.lib.text import name_key
from apps.visits.records import services
from apps.visits.records.models import DOUBT_WEIGHTS, Activity, Article, Doubt, ReviewState

from .extract.record import EXPECTED_SIDE
from .match import find_activity
from .outlet import find_outlet
from .resolve import parse_date, province_for

NEW, MERGED, KNOWN, NOT_ACTIVITY = "new", "merged", "known", "not_activity"
HEADLINE = 160  # characters: longer "titles" are opening paragraphs of pages without a headline


class Lookups:
    """Records already found or made during a run, by their canonical keys: the same people,
    countries, partners and provinces recur from article to article. Forget everything when an
    article's transaction is rolled back (its records are gone)."""

    def __init__(self):
        self.clear()

    def clear(self):
        self.officials, self.countries, self.partners, self.provinces = {}, {}, {}, {}

    def official(self, name):
        key = name_key(name)
        if key not in self.officials:
            self.officials[key] = services.official_get_or_create(name=name)
        return self.officials[key]

    def country(self, name):
        key = name_key(name)
        if key not in self.countries:
            self.countries[key] = services.country_get_or_create(name=name)
        return self.countries[key]

    def partner(self, *, name, country, kind, variants):
        key = (country.pk if country else None, name_key(name))
        known = self.partners.get(key)
        if known is None or any(name_key(v) not in known.seen for v in variants):
            known = services.partner_get_or_create(name=name, country=country, kind=kind, variants=variants)
            known.seen = {name_key(v) for v in [known.name, *known.variants]}
            self.partners[key] = known
        return known

    def province(self, record, published):
        key = (repr(record.get("province")), record.get("start_date"), published)
        if key not in self.provinces:
            self.provinces[key] = province_for(record, published)
        return self.provinces[key]


@dataclass
class Stored:
    outcome: str
    article: Article | None
    activity: Activity | None


def content_hash(clean_text):
    return hashlib.sha256(clean_text.encode("utf-8")).hexdigest()


ATTEMPTS = 3


def _retryable(exc):
    """A clash with another writer, gone once the article is stored again: a record this run
    remembers was merged away (IntegrityError), a name another writer created at the same time
    (IntegrityError on a unique key), or a deadlock PostgreSQL broke by cancelling this side."""
    return isinstance(exc, IntegrityError) or getattr(exc.__cause__, "sqlstate", None) == "40P01"


def store_article(*, raw, cleaned, record, dry_run=False, lookups=None):
    """Store one extracted article in one transaction; returns what happened. ``dry_run`` rolls
    everything back. ``lookups`` carries records found earlier in the same run.

    The transaction holds the lock of the article's current unit (services.writer_lock), so
    ingests may store articles of different provinces at the same time."""
    lookups = lookups or Lookups()
    for attempt in range(1, ATTEMPTS + 1):
        try:
            published = parse_date(record.get("published"))
            province = lookups.province(record, published) if record.get("is_activity") else None
            with transaction.atomic():
                services.writer_lock(unit=(province.successor_id or province.pk) if province else 0)
                result = _store(
                    raw=raw, cleaned=cleaned, record=record, lookups=lookups, province=province, published=published
                )
                if dry_run:
                    transaction.set_rollback(True)
            break
        except DatabaseError as exc:
            # Forget what the run remembers (its records may be gone) and store the article again.
            lookups.clear()
            if attempt == ATTEMPTS or not _retryable(exc):
                raise
        except Exception:
            lookups.clear()
            raise
    if dry_run:
        lookups.clear()
    return result


def _store(*, raw, cleaned, record, lookups, province, published):
    digest = content_hash(cleaned.text)
    existing = Article.objects.filter(content_hash=digest).select_related("activity").first()
    if existing is not None:
        return Stored(KNOWN, existing, existing.activity)
    article = dict(
        source_name=raw.name[:255],  # an escaped file name (read.shown) can outgrow the column
        source_path=str(raw.path)[:1000],
        outlet=find_outlet(cleaned.text),
        title=(record.get("title") or cleaned.title or raw.name)[:500],
        published=published,
        raw_text=raw.text,
        clean_text=cleaned.text,
        content_hash=digest,
        encoding=raw.encoding,
        extracted=record,
    )
    if province is None:
        status = Article.Status.NOT_ACTIVITY if not record.get("is_activity") else Article.Status.UNRESOLVED
        return Stored(NOT_ACTIVITY, services.article_create(status=status, **article), None)

    start, end = parse_date(record.get("start_date")), parse_date(record.get("end_date"))
    activity = find_activity(record, province, start, end, published)
    outcome = MERGED if activity else NEW
    if activity is None:
        activity = Activity(province=province, kind=record.get("kind") or "provincial_event")
    undated_merge = outcome == MERGED and not (start and activity.start_date)
    before = services.activity_values(activity) if activity.pk else None
    _fill(activity, record, start, end, lookups)
    _note_doubts(activity, record, cleaned.text, raw.name, undated_merge)
    activity.search_text = services.search_words(activity.search_text, *_searchable(record, province))
    # Another report of what is already known saves no new values (nor a history row).
    services.activity_save_from_report(activity=activity, before=before)
    article = services.article_create(activity=activity, **article)
    _attach(activity, article, record, lookups)
    return Stored(outcome, article, activity)


def _note_doubts(activity, record, text, source, undated_merge):
    """Carry what extraction was unsure of onto the activity, each doubt with its evidence
    sentence, and weigh them for the review queue. A doubt a later report settles (a date, a
    lead) is dropped; an editor's review ends the doubts' relevance, so it is left alone."""
    if activity.review_state != ReviewState.EXTRACTED:
        return
    doubts = {d["code"]: d for d in activity.doubts}
    found = list(record.get("doubts") or [])
    if undated_merge:
        found.append({"code": Doubt.MERGED_ON_CONTENT})
    for doubt in found:
        if doubt["code"] in doubts:
            continue
        evidence = doubt.get("evidence")
        doubts[doubt["code"]] = {
            "code": doubt["code"],
            "source": source,
            "evidence": " ".join(text[evidence[0] : evidence[1]].split())[:400] if evidence else "",
        }
    if activity.start_date:
        doubts.pop(Doubt.NO_DATE, None)
    if activity.lead_id:
        doubts.pop(Doubt.NO_LEAD, None)
    activity.doubts = sorted(doubts.values(), key=lambda d: -DOUBT_WEIGHTS.get(d["code"], 0))
    activity.doubt_score = sum(DOUBT_WEIGHTS.get(code, 0) for code in doubts)


def _searchable(record, province):
    """What a report adds to its activity's search text: names of places, people, partners."""
    people = [record.get("lead")] + list(record.get("officials") or [])
    return [
        province.name,
        record.get("organization"),
        record.get("title"),
        *(p["name"] for p in people if p),
        *(t for p in people if p for t in p.get("titles") or []),
        *(p.get("canonical") or p["name"] for p in record.get("partners") or []),
    ]


def _fill(activity, record, start, end, lookups):
    """Fill the activity's empty fields from the report, leaving editors' values alone (the
    fields services.fields_ingest_may_set leaves open)."""
    may = services.fields_ingest_may_set(activity)

    def fill(field, value):
        if field in may and value not in (None, "") and not getattr(activity, field):
            setattr(activity, field, value)

    if start and "start_date" in may and activity.start_date is None:
        activity.start_date, activity.end_date = start, end or start
        activity.date_precision = record.get("date_precision") or "day"
    fill("end_date", end)
    fill("organization", (record.get("organization") or "")[:300])
    if record.get("lead") and "lead" in may and activity.lead_id is None:
        activity.lead = lookups.official(record["lead"]["name"])
        activity.lead_title = ", ".join(record["lead"].get("titles") or [])[:300]
    headline = (record.get("title") or "").strip()
    if "summary" in may and headline:
        # A headline beats the opening paragraph that stands in for a missing one.
        if not activity.summary or (len(activity.summary) > HEADLINE and len(headline) <= HEADLINE):
            activity.summary = headline


def _attach(activity, article, record, lookups):
    lead = record.get("lead")
    people = ([{**lead, "role": "lead"}] if lead else []) + [
        {**o, "role": "member"} for o in record.get("officials") or []
    ]
    rows = []
    for person in people:
        official = lookups.official(person["name"])
        role = person["role"] if activity.lead_id in (None, official.pk) else "member"
        rows.append(
            {
                "official": official,
                "role": role,
                "side": person.get("side") or ("" if role != "lead" else _lead_side(record)),
                "titles": person.get("titles") or [],
                "span": person.get("evidence") or person.get("span"),
            }
        )
    services.participations_add(activity=activity, people=rows, article=article)
    services.requests_add(activity=activity, article=article, items=record.get("requests") or [])
    for partner in record.get("partners") or []:
        country = lookups.country(partner["country"]) if partner.get("country") else None
        written = partner["name"]
        locality = lookups.partner(
            name=partner.get("canonical") or written,
            country=country,
            kind=partner.get("kind") or "",
            variants=[written, *(partner.get("variants") or ())],
        )
        services.partner_attach(
            activity=activity, partner=locality, article=article, span=partner.get("evidence") or partner.get("span")
        )


def _lead_side(record):
    return EXPECTED_SIDE.get(record.get("kind"), "")
