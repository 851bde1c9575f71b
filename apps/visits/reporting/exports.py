"""Activities as flat records (the eval/SCHEMA.md export contract) and as CSV rows.

Used by ``manage.py export`` and the site's /activities/export.* views; both stream.

A stream cannot take back what it has sent: so the export's queries all start before the first
byte (a query the database refuses fails the request, not a file cut after its header), and a
failure while streaming ends the file with a line saying so (FAILED_CSV_ROW, FAILED_JSONL_LINE)
before the error goes on, so that an incomplete file never looks like a complete one.
"""

import csv
import io
import itertools
import json
import logging

from django.db import DatabaseError

from apps.provinces.models import Province
from apps.visits.records.models import (
    Activity,
    ActivityPartner,
    Article,
    Participation,
    Request,
    ReviewState,
    Title,
)

logger = logging.getLogger(__name__)

FAILED_MESSAGE = "EXPORT FAILED: this file is incomplete"
# The CSV's last row; the JSON Lines' last line, deliberately not JSON, so a reader stops there.
FAILED_CSV_ROW = [f"# {FAILED_MESSAGE}"]
FAILED_JSONL_LINE = f"!! {FAILED_MESSAGE}\n"

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
    rest of each row of that activity; ids must be asked in ascending order. The query runs
    here, when the reader is made."""
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


def iter_records(qs=None, chunk_size=2000, detailed=False):
    """Activities as export records, in id order. Six streamed queries in all: the activities
    and each related table, every one ordered by activity id and merged as they are read (no
    model instances, no per-chunk lookups; memory stays flat whatever the archive's size).
    ``detailed`` adds what office documents show beyond the SCHEMA.md contract: the
    ``summary`` and each source's outlet, URL and publication date (``source_details``).

    Not a generator: the six queries start when it is called, so a query the database refuses
    raises here, before anything is sent."""
    qs = (Activity.objects.public() if qs is None else qs.public()).order_by("id")
    ids = qs.values("id")
    provinces = _provinces()

    opened = []

    def stream(rows):
        it = rows.iterator(chunk_size=chunk_size)
        opened.append(it)
        return it

    try:
        people = _merged(stream(
            Participation.objects.filter(activity__in=ids)
            .public()
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
            .public()
            .order_by("activity_id", "id")
            .values_list("activity_id", "text", "category", "status", "span_start", "span_end", "repeat_of_id",
                         "repeat_of__review_state", "repeat_of__activity__review_state")
        ))
        partners = _merged(stream(
            ActivityPartner.objects.filter(activity__in=ids)
            .public()
            .order_by("activity_id", "id")
            .values_list("activity_id", "partner__name", "partner__kind", "partner__country__name")
        ))
        source_fields = ["source_name", *(["outlet", "url", "published", "title"] if detailed else [])]
        sources = _merged(stream(
            Article.objects.filter(activity__in=ids).order_by("activity_id", "source_name").values_list(
                "activity_id", *source_fields
            )
        ))
        activities = stream(qs.values_list(*ACTIVITY_FIELDS, *(["summary"] if detailed else [])))
        first = next(activities, None)
    except BaseException:
        _close_all(opened)  # a query refused after others had started: close those now
        raise
    return _closing(
        _records(
            [] if first is None else itertools.chain([first], activities), provinces, people, titles, asks, partners,
            sources,
        ),
        opened,
    )


def _closing(records, streams):
    """The records; the streamed queries are closed as soon as the records end, fail or are
    closed. A server-side cursor left to the garbage collector is closed at some later moment,
    in whatever transaction is open then (where PostgreSQL may no longer know it, and the
    failed CLOSE aborts that transaction)."""
    try:
        yield from records
    finally:
        _close_all(streams)


def _close_all(streams):
    for it in streams:
        try:
            it.close()
        except DatabaseError:
            pass  # the transaction is already failed: its cursors go with it, none is left behind


def _public_repeat(repeat_of, *states):
    """The earlier ask's id as the public sees it (Request.public_repeat_of): none when it, or
    its activity, was rejected."""
    return None if ReviewState.REJECTED in states else repeat_of


def _records(activities, provinces, people, titles, asks, partners, sources):
    for (pk, kind, province_id, start, end, precision, organization, lead_id, lead_name, lead_state,
         lead_title, review_state, *summary) in activities:
        articles = sources(pk)
        parts = people(pk)
        part_titles = {}
        for part_id, title in titles(pk):
            part_titles.setdefault(part_id, []).append(title)
        lead = None
        if lead_id and lead_state != ReviewState.REJECTED:
            lead_titles = [t for part_id, official_id, _n, _s in parts if official_id == lead_id
                           for t in part_titles.get(part_id, [])]
            lead = {"name": lead_name, "titles": lead_titles or ([lead_title] if lead_title else [])}
        record = {
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
                 "span": [s0, s1] if s0 is not None else None, "repeat_of": _public_repeat(repeat_of, *states)}
                for text, category, status, s0, s1, repeat_of, *states in asks(pk)
            ],
            "partners": [
                {"name": name, "kind": pkind or None, "country": country}
                for name, pkind, country in partners(pk)
            ],
            "review_state": review_state,
            "sources": [name for name, *_detail in articles],
        }
        if summary:
            record["summary"] = summary[0]
            record["source_details"] = [
                {"name": name, "outlet": outlet, "url": url, "published": published, "title": title}
                for name, outlet, url, published, title in articles
            ]
        yield record


def _ending_visibly(chunks, failed):
    """The chunks; if making one fails, ``failed`` as the last chunk, then the error goes on
    (logged, and a server drops the connection, so a client sees the transfer break too)."""
    try:
        yield from chunks
    except Exception:
        logger.exception("export failed after it started streaming")
        yield failed
        raise


def iter_jsonl(qs=None):
    """JSON Lines, one record a line; the queries start when called (see the module's docstring)."""
    records = iter_records(qs)
    return _ending_visibly((json.dumps(r, ensure_ascii=False) + "\n" for r in records), FAILED_JSONL_LINE)


def iter_json_array(qs=None):
    """One JSON document, an array of the records, streamed a record at a time; the queries
    start when called. A failure mid-stream leaves the array unclosed (not valid JSON), so an
    incomplete file never parses as a complete one."""
    records = iter_records(qs)

    def chunks():
        yield "["
        for n, record in enumerate(records):
            yield ("," if n else "") + "\n" + json.dumps(record, ensure_ascii=False)
        yield "\n]\n"

    return _ending_visibly(chunks(), "\n" + FAILED_JSONL_LINE)


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


def _csv_line(row):
    buffer = io.StringIO()
    csv.writer(buffer).writerow(row)
    return buffer.getvalue()


BOM = "\ufeff"


def iter_csv(qs=None, bom=False):
    """CSV, a header then a row per record; the queries start when called (see the module's
    docstring). ``bom``: begin with the UTF-8 byte-order mark, by which Excel knows the file is
    UTF-8 (without it Excel on Windows reads Vietnamese as the ANSI code page)."""
    records = iter_records(qs)
    lines = itertools.chain([CSV_COLUMNS], (csv_row(r) for r in records))
    text = (_csv_line(row) for row in lines)
    return _ending_visibly(itertools.chain([BOM], text) if bom else text, _csv_line(FAILED_CSV_ROW))
