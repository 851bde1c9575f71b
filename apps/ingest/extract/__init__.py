"""Stage 5 — extract: one article's text in, one record out (the eval/SCHEMA.md contract).

Pure: no models, no queries. Each field has its module; they run in order, and later ones
may read what earlier ones found in ``doc.record``.
"""

from functools import cache

from ..clean import clean
from . import activity, dates, partners, people, province, requests
from .doc import Doc

EMPTY = {
    "is_activity": False,
    "kind": None,
    "province": None,
    "start_date": None,
    "end_date": None,
    "date_precision": None,
    "start_day_month": None,  # added keys: the day as written, for merging two reports
    "end_day_month": None,
    "organization": None,
    "lead": None,
    "officials": [],
    "requests": [],
    "partners": [],
}


_WARM_UP = (
    "Thứ trưởng Bộ Ngoại giao làm việc với tỉnh Đắk Lắk\n"
    "Chiều 15-9, Đoàn công tác của Bộ Ngoại giao do Thứ trưởng Lê Văn An làm trưởng đoàn đã làm việc "
    "với UBND tỉnh Đắk Lắk. Phó Chủ tịch UBND tỉnh Trần Văn Bình đề nghị Bộ hỗ trợ tỉnh kết nối với "
    "tỉnh Mondulkiri (Campuchia)."
)


@cache
def warm_up():
    """Read the data files and compile the patterns once per process, before any article's
    time budget starts (the gazetteer alone takes a good part of a second)."""
    extract_text(_WARM_UP, "warm-up")


def extract_text(text, source):
    """Extract the record of one article's decoded text."""
    cleaned = clean(text)
    doc = Doc(
        name=source,
        text=cleaned.text,
        title=cleaned.title,
        published=cleaned.published,
        published_span=cleaned.published_span,
    )
    return extract_doc(doc), cleaned


def extract_doc(doc):
    rec = doc.record
    rec.update(
        {"source": doc.name, "title": doc.title, "published": _iso_day(doc.published), **EMPTY}
    )
    rec["doubts"] = []  # what the extractors were unsure of: [{"code", "span"}] (an added key)
    rec["province"] = province.extract(doc)
    rec["is_activity"] = activity.is_activity(doc)
    if not rec["is_activity"]:
        rec["doubts"] = []
        return rec
    rec["kind"] = activity.kind(doc)
    rec.update(dates.extract(doc))
    if not rec["start_date"]:
        doc.doubt("no_date")
    rec.update(people.extract(doc))  # organization, lead, officials
    if not rec["lead"]:
        doc.doubt("no_lead")
    rec["requests"] = requests.extract(doc)
    rec["partners"] = partners.extract(doc)
    _add_evidence(doc, rec)
    return rec


def _add_evidence(doc, rec):
    """Point every official, the lead, every request and partner at its sentence in doc.text."""
    lead = rec.get("lead")
    if lead and not lead.get("span"):
        pos = doc.text.find(lead["name"])
        if pos >= 0:
            lead["span"] = [pos, pos + len(lead["name"])]
    items = [lead, *rec.get("officials", []), *rec.get("requests", []), *rec.get("partners", [])]
    for item in [*items, *rec.get("doubts", [])]:
        if item and item.get("span"):
            sentence = doc.sentence_at(item["span"][0])
            if sentence is not None:
                item["evidence"] = [sentence.start, sentence.end]


def _iso_day(value):
    return value if value and len(value) == 10 else None
