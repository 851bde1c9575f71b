"""A Word brief (.docx) of filtered activities, ready to paste into a briefing: the filters as
its title, counts by kind, then each activity in date order with its lead, requests and
sources."""

import datetime as dt
import io

from django.utils.translation import gettext as _
from docx import Document
from docx.shared import Pt

from apps.visits.records.choices import Kind
from apps.visits.records.headlines import clean_headline
from apps.visits.records.models import Activity
from apps.visits.reporting.exports import iter_records

MAX_ACTIVITIES = 2000  # a brief is read; beyond this it says how many more the list holds
DAY = "%d/%m/%Y"


def _day(value):
    return dt.date.fromisoformat(value).strftime(DAY) if value else ""


def describe_filters(cleaned, labels):
    """The filters given, as "Label: value" phrases (dates dd/mm/yyyy, records by name)."""
    parts = []
    for name, value in cleaned.items():
        if not value or name in ("sort",):
            continue
        if hasattr(value, "strftime"):
            shown = value.strftime(DAY)
        elif name in labels["choices"]:
            shown = str(labels["choices"][name].get(value, value))
        else:
            shown = str(value)
        parts.append(f"{labels['fields'][name]}: {shown}")
    return parts


def brief_docx(qs, title_parts, page_url):
    """The brief of the activities of ``qs`` as .docx bytes; ``title_parts`` the filters
    described (describe_filters), ``page_url(id)`` an activity's absolute URL."""
    ids = list(qs.order_by("start_date", "id").values_list("id", flat=True)[: MAX_ACTIVITIES + 1])
    more = len(ids) > MAX_ACTIVITIES
    ids = ids[:MAX_ACTIVITIES]
    records = sorted(
        iter_records(Activity.objects.filter(id__in=ids), detailed=True),
        key=lambda r: (r["start_date"] or "9999", r["id"]),
    )
    document = Document()
    style = document.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(13)
    document.add_heading(_("Foreign affairs activities"), level=1)
    document.add_paragraph("; ".join(title_parts) if title_parts else _("All activities"))

    counts = {}
    for record in records:
        counts[record["kind"]] = counts.get(record["kind"], 0) + 1
    document.add_heading(_("Counts by kind"), level=2)
    table = document.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = _("Kind"), _("Activities")
    for value, label in Kind.choices:
        if counts.get(value):
            row = table.add_row().cells
            row[0].text, row[1].text = str(label), str(counts[value])
    row = table.add_row().cells
    row[0].text, row[1].text = _("Total"), str(len(records))
    if more:
        document.add_paragraph(_("Only the first %(n)d activities are listed.") % {"n": MAX_ACTIVITIES})

    document.add_heading(_("Activities"), level=2)
    for record in records:
        when = _day(record["start_date"]) or _("date unknown")
        if record["end_date"] and record["end_date"] != record["start_date"]:
            when += " – " + _day(record["end_date"])
        heading = document.add_paragraph()
        heading.add_run(f"{when} · {record['province']['name']}: ").bold = True
        heading.add_run(clean_headline(record["summary"]) or str(Kind(record["kind"]).label))
        lead = record["lead"]
        if lead:
            titles = ", ".join(lead["titles"])
            document.add_paragraph(_("Led by: %(lead)s") % {"lead": f"{lead['name']}{f' ({titles})' if titles else ''}"})
        if record["partners"]:
            partners = "; ".join(p["name"] for p in record["partners"])
            document.add_paragraph(_("Partners: %(names)s") % {"names": partners})
        for ask in record["requests"]:
            document.add_paragraph(ask["text"], style="List Bullet")
        sources = [
            " ".join(x for x in (d["outlet"] or d["name"], d["published"].strftime(DAY) if d["published"] else "",
                                 d["url"]) if x)
            for d in record["source_details"]
        ]
        document.add_paragraph(_("Sources: %(sources)s") % {"sources": "; ".join(sources) or "—"})
        document.add_paragraph(page_url(record["id"]))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
