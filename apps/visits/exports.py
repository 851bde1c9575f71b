"""Activities as flat records (the eval/SCHEMA.md export contract) and as CSV rows.

Used by ``manage.py export`` and the site's /activities/export.* views; both stream.
"""

import csv
import io
import json

from apps.provinces.models import Province

from .models import Activity, ActivityPartner, Article, Participation, Request, ReviewState, Title

CSV_COLUMNS = [
    "id", "kind", "province", "province_code", "current_province", "start_date", "end_date",
    "date_precision", "organization", "lead", "lead_titles", "officials", "requests", "partners",
    "review_state", "sources",
]


ACTIVITY_FIELDS = ["id", "kind", "province_id", "start_date", "end_date", "date_precision", "organization",
                   "lead_id", "lead__name", "lead__review_state", "lead_title", "review_state"]


def _provinces():
    return {
        p.pk: {"name": p.name, "code": p.code, "current_name": p.current_unit.name}
        for p in Province.objects.select_related("successor")
    }


def _merged(rows):
    """A reader of rows ordered by activity id (their first value): ``take(id)`` returns the
    rest of each row of that activity; ids must be asked in ascending order."""
    rows = iter(rows)
    current = next(rows, None)

    def take(activity_id):
        nonlocal current
        out = []
        while current is not None and current[0] < activity_id:
            current = next(rows, None)
        while current is not None and current[0] == activity_id:
            out.append(current[1:])
            current = next(rows, None)
        return out

    return take


def iter_records(qs=None, chunk_size=2000):
    """Activities as export records, in id order. Six streamed queries in all: the activities
    and each related table, every one ordered by activity id and merged as they are read (no
    model instances, no per-chunk lookups; memory stays flat whatever the archive's size)."""
    qs = (Activity.objects.public() if qs is None else qs.public()).order_by("id")
    ids = qs.values("id")
    provinces = _provinces()

    def stream(rows):
        return rows.iterator(chunk_size=chunk_size)

    people = _merged(stream(
        Participation.objects.filter(activity__in=ids)
        .exclude(official__review_state=ReviewState.REJECTED)
        .order_by("activity_id", "id")
        .values_list("activity_id", "id", "official_id", "official__name", "side")
    ))
    titles = _merged(stream(
        Title.objects.filter(participation__activity__in=ids)
        .order_by("participation__activity_id", "participation_id", "id")
        .values_list("participation__activity_id", "participation_id", "title")
    ))
    asks = _merged(stream(
        Request.objects.filter(activity__in=ids)
        .exclude(review_state=ReviewState.REJECTED)
        .order_by("activity_id", "id")
        .values_list("activity_id", "text", "category", "status", "span_start", "span_end", "repeat_of_id")
    ))
    partners = _merged(stream(
        ActivityPartner.objects.filter(activity__in=ids)
        .exclude(partner__review_state=ReviewState.REJECTED)
        .order_by("activity_id", "id")
        .values_list("activity_id", "partner__name", "partner__kind", "partner__country__name")
    ))
    sources = _merged(stream(
        Article.objects.filter(activity__in=ids).order_by("activity_id", "source_name").values_list(
            "activity_id", "source_name"
        )
    ))
    for (pk, kind, province_id, start, end, precision, organization, lead_id, lead_name, lead_state,
         lead_title, review_state) in stream(qs.values_list(*ACTIVITY_FIELDS)):
        parts = people(pk)
        part_titles = {}
        for part_id, title in titles(pk):
            part_titles.setdefault(part_id, []).append(title)
        lead = None
        if lead_id and lead_state != ReviewState.REJECTED:
            lead_titles = [t for part_id, official_id, _n, _s in parts if official_id == lead_id
                           for t in part_titles.get(part_id, [])]
            lead = {"name": lead_name, "titles": lead_titles or ([lead_title] if lead_title else [])}
        yield {
            "id": pk,
            "kind": kind,
            "province": provinces[province_id],
            "start_date": start.isoformat() if start else None,
            "end_date": end.isoformat() if end else None,
            "date_precision": precision or None,
            "organization": organization or None,
            "lead": lead,
            "officials": [
                {"name": name, "titles": part_titles.get(part_id, []), "side": side or None}
                for part_id, official_id, name, side in parts
                if official_id != lead_id
            ],
            "requests": [
                {"text": text, "category": category, "status": status,
                 "span": [s0, s1] if s0 is not None else None, "repeat_of": repeat_of}
                for text, category, status, s0, s1, repeat_of in asks(pk)
            ],
            "partners": [
                {"name": name, "kind": pkind or None, "country": country}
                for name, pkind, country in partners(pk)
            ],
            "review_state": review_state,
            "sources": [name for (name,) in sources(pk)],
        }


def iter_jsonl(qs=None):
    for record in iter_records(qs):
        yield json.dumps(record, ensure_ascii=False) + "\n"


def _safe_cell(value):
    """Neutralise spreadsheet formulas (=, +, -, @, tab, CR at the start of a cell)."""
    text = "" if value is None else str(value)
    if text and text[0] in "=+-@\t\r":
        return "'" + text
    return text


def csv_row(record):
    lead = record["lead"] or {}
    return [
        _safe_cell(x)
        for x in [
            record["id"],
            record["kind"],
            record["province"]["name"],
            record["province"]["code"],
            record["province"]["current_name"],
            record["start_date"],
            record["end_date"],
            record["date_precision"],
            record["organization"],
            lead.get("name"),
            "; ".join(lead.get("titles") or []),
            "; ".join(o["name"] for o in record["officials"]),
            " | ".join(r["text"] for r in record["requests"]),
            "; ".join(p["name"] for p in record["partners"]),
            record["review_state"],
            "; ".join(record["sources"]),
        ]
    ]


def iter_csv(qs=None):
    buffer = io.StringIO()
    writer = csv.writer(buffer)

    def flush():
        value = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate(0)
        return value

    writer.writerow(CSV_COLUMNS)
    yield flush()
    for record in iter_records(qs):
        writer.writerow(csv_row(record))
        yield flush()
