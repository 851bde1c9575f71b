"""Stage 5 — extract: one article (a Doc: cleaned, normalized, segmented) in, one Record out
(the eval/SCHEMA.md contract).

Pure: no Django, no models, no queries (tests/extract/test_pure.py). Each field has its
module; each extractor takes what it needs as arguments and returns its value, so the order
below is only that of what each needs.
"""

from apps.lib.text import name_key

from . import activity, dates, kind, partners, people, province, requests
from .doc import Doc
from .record import EMPTY, Record

__all__ = ["EMPTY", "Doc", "Record", "extract"]


def extract(doc):
    """The Record of one article."""
    rec = _blank(doc)
    rec.province = province.extract(doc)
    rec.is_activity = activity.is_activity(doc, rec.province)
    if not rec.is_activity:
        return rec  # (and no doubts: there is nothing to review)
    rec.kind = kind.extract(doc, rec.province)
    rec.dates = dates.extract(doc)
    if activity.yet_to_come(doc, rec.dates.start_date, rec.published) or activity.looked_back(
        doc, rec.dates.start_date, rec.published
    ):
        notice = _blank(doc)
        notice.province = rec.province
        return notice  # a notice of an occasion still ahead, or a look back over years: no activity of its own
    if not rec.dates.start_date:
        doc.doubt("no_date")
    found = people.extract(doc, rec.kind, rec.province)
    rec.organization, rec.lead, rec.officials = found.organization, found.lead, found.officials
    if not rec.lead:
        doc.doubt("no_lead")
    # (a name the people extractor holds for a person's is no locality: "Thị trưởng thành phố Takeuchi Kenji")
    people_keys = {name_key(p.name) for p in [rec.lead, *rec.officials] if p}
    rec.partners = [p for p in partners.extract(doc, rec.province) if name_key(p.name) not in people_keys]
    year = int(rec.dates.start_date[:4]) if rec.dates.start_date else None
    rec.requests = requests.extract(doc, rec.kind, rec.province, rec.lead, rec.officials, rec.partners, year)
    rec.doubts = list(doc.doubts)
    _add_evidence(doc, rec)
    return rec


def _blank(doc):
    """The record of an article before anything is read from it (and of one that is no activity)."""
    return Record(source=doc.name, title=doc.title, published=_iso_day(doc.published))


def _add_evidence(doc, rec):
    """Point every official, the lead, every request and partner at its sentence in doc.text."""
    lead = rec.lead
    if lead and not lead.span:
        pos = doc.text.find(lead.name)
        if pos >= 0:
            lead.span = [pos, pos + len(lead.name)]
    for item in [lead, *rec.officials, *rec.requests, *rec.partners, *rec.doubts]:
        if item and item.span:
            sentence = doc.sentence_at(item.span[0])
            if sentence is not None:
                item.evidence = [sentence.start, sentence.end]


def _iso_day(value):
    return value if value and len(value) == 10 else None
