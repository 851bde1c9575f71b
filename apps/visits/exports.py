"""Activities as flat records (the eval/SCHEMA.md export contract) and as CSV rows.

Used by ``manage.py export`` and the site's /activities/export.* views; both stream.
"""

import csv
import io
import json

from apps.provinces.models import Province

from .models import Activity, ActivityPartner, Article, Participation, Request, Title

CSV_COLUMNS = [
    "id", "kind", "province", "province_code", "current_province", "start_date", "end_date",
    "date_precision", "organization", "lead", "lead_titles", "officials", "requests", "partners",
    "review_state", "sources",
]


ACTIVITY_FIELDS = ["id", "kind", "province_id", "start_date", "end_date", "date_precision", "organization",
                   "lead_id", "lead__name", "lead_title", "review_state"]


def _provinces():
    units = {p.pk: p for p in Province.objects.all()}
    return {
        pk: {"name": p.name, "code": p.code, "current_name": units[p.successor_id].name if p.successor_id else p.name}
        for pk, p in units.items()
    }


def _grouped(rows):
    out = {}
    for row in rows:
        out.setdefault(row[0], []).append(row[1:])
    return out


def _chunks(iterable, size):
    chunk = []
    for item in iterable:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def iter_records(qs=None, chunk_size=2000):
    """Activities as export records, in the queryset's order. Read as plain rows, a chunk of
    activities at a time with one query per related table: building model instances and
    prefetch caches cost over a millisecond a row, too slow for an archive of 100,000."""
    qs = Activity.objects.all() if qs is None else qs
    provinces = _provinces()
    for chunk in _chunks(qs.values_list(*ACTIVITY_FIELDS).iterator(chunk_size=chunk_size), chunk_size):
        ids = [row[0] for row in chunk]
        people = _grouped(
            Participation.objects.filter(activity_id__in=ids)
            .order_by("id")
            .values_list("activity_id", "id", "official_id", "official__name", "side")
        )
        part_ids = [row[0] for rows in people.values() for row in rows]
        titles = _grouped(
            Title.objects.filter(participation_id__in=part_ids).order_by("id").values_list("participation_id", "title")
        )
        asks = _grouped(
            Request.objects.filter(activity_id__in=ids)
            .order_by("id")
            .values_list("activity_id", "text", "category", "status", "span_start", "span_end", "repeat_of_id")
        )
        partners = _grouped(
            ActivityPartner.objects.filter(activity_id__in=ids)
            .order_by("id")
            .values_list("activity_id", "partner__name", "partner__kind", "partner__country__name")
        )
        sources = _grouped(
            Article.objects.filter(activity_id__in=ids).order_by("source_name").values_list("activity_id", "source_name")
        )
        for (pk, kind, province_id, start, end, precision, organization, lead_id, lead_name, lead_title,
             review_state) in chunk:
            parts = people.get(pk, [])
            lead = None
            if lead_id:
                lead_titles = [t for part_id, official_id, _n, _s in parts if official_id == lead_id
                               for (t,) in titles.get(part_id, [])]
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
                    {"name": name, "titles": [t for (t,) in titles.get(part_id, [])], "side": side or None}
                    for part_id, official_id, name, side in parts
                    if official_id != lead_id
                ],
                "requests": [
                    {"text": text, "category": category, "status": status,
                     "span": [s0, s1] if s0 is not None else None, "repeat_of": repeat_of}
                    for text, category, status, s0, s1, repeat_of in asks.get(pk, [])
                ],
                "partners": [
                    {"name": name, "kind": pkind or None, "country": country}
                    for name, pkind, country in partners.get(pk, [])
                ],
                "review_state": review_state,
                "sources": [name for (name,) in sources.get(pk, [])],
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
