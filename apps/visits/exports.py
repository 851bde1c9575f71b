"""Activities as flat records (the eval/SCHEMA.md export contract) and as CSV rows.

Used by ``manage.py export`` and the site's /activities/export.* views; both stream.
"""

import csv
import io
import json

from django.db.models import Prefetch

from .models import Activity, ActivityPartner, Article, Participation, Request

CSV_COLUMNS = [
    "id", "kind", "province", "province_code", "current_province", "start_date", "end_date",
    "date_precision", "organization", "lead", "lead_titles", "officials", "requests", "partners",
    "review_state", "sources",
]


def export_queryset(qs=None):
    """Activities with everything an export row needs, in a fixed number of queries."""
    qs = Activity.objects.all() if qs is None else qs
    return qs.select_related("province__successor", "lead").prefetch_related(
        Prefetch(
            "participations",
            queryset=Participation.objects.select_related("official").prefetch_related("titles").order_by("id"),
        ),
        Prefetch("requests", queryset=Request.objects.order_by("id")),
        Prefetch("partner_mentions", queryset=ActivityPartner.objects.select_related("partner__country").order_by("id")),
        Prefetch("articles", queryset=Article.objects.only("id", "source_name", "activity_id").order_by("source_name")),
    )


def activity_record(activity):
    province = activity.province
    current = province.current_unit
    parts = list(activity.participations.all())
    lead = None
    if activity.lead_id:
        lead_part = next((p for p in parts if p.official_id == activity.lead_id), None)
        titles = [t.title for t in lead_part.titles.all()] if lead_part else []
        lead = {"name": activity.lead.name, "titles": titles or ([activity.lead_title] if activity.lead_title else [])}
    return {
        "id": activity.pk,
        "kind": activity.kind,
        "province": {
            "name": province.name,
            "code": province.code,
            "current_name": current.name if current else None,
        },
        "start_date": activity.start_date.isoformat() if activity.start_date else None,
        "end_date": activity.end_date.isoformat() if activity.end_date else None,
        "date_precision": activity.date_precision or None,
        "organization": activity.organization or None,
        "lead": lead,
        "officials": [
            {"name": p.official.name, "titles": [t.title for t in p.titles.all()], "side": p.side or None}
            for p in parts
            if p.official_id != activity.lead_id
        ],
        "requests": [
            {
                "text": r.text,
                "category": r.category,
                "status": r.status,
                "span": [r.span_start, r.span_end] if r.span_start is not None else None,
                "repeat_of": r.repeat_of_id,
            }
            for r in activity.requests.all()
        ],
        "partners": [
            {
                "name": m.partner.name,
                "kind": m.partner.kind or None,
                "country": m.partner.country.name if m.partner.country else None,
            }
            for m in activity.partner_mentions.all()
        ],
        "review_state": activity.review_state,
        "sources": [a.source_name for a in activity.articles.all()],
    }


def iter_records(qs=None, chunk_size=500):
    for activity in export_queryset(qs).iterator(chunk_size=chunk_size):
        yield activity_record(activity)


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
