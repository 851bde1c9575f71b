"""Excel workbooks (.xlsx) of activities and of requests, for offices that finish their work in
Excel: Vietnamese column headers and labels, dates as real dates shown dd/mm/yyyy, links
absolute. openpyxl's write-only mode keeps each row on disk as it is written, so memory stays
flat whatever the number of rows; the workbook is a temporary file streamed from disk."""

import datetime as dt
import tempfile

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from apps.visits.records.choices import Kind, RequestCategory, RequestStatus, ReviewState
from apps.visits.records.headlines import clean_headline
from apps.visits.reporting.exports import _safe_cell, iter_records

DATE_FORMAT = "dd/mm/yyyy"


def _date(value):
    if isinstance(value, str):
        value = dt.date.fromisoformat(value)
    return value


def activity_columns():
    """(header, width) of each column, headers in the active language."""
    return [
        (_("No."), 8), (_("Start date"), 12), (_("End date"), 12), (_("Province"), 18), (_("Current unit"), 18),
        (_("Kind"), 22), (_("Summary"), 60), (_("Organization"), 24), (_("Lead"), 22), (_("Lead's titles"), 30),
        (_("Officials"), 30), (_("Partner localities"), 24), (_("Requests"), 50), (_("Review state"), 14),
        (_("Activity page"), 40), (_("Source outlets"), 22), (_("Source URLs"), 40), (_("Published"), 12),
    ]


def _activity_row(record, page_url):
    lead = record["lead"] or {}
    details = record["source_details"]
    published = [d["published"] for d in details if d["published"]]
    return [
        record["id"],
        _date(record["start_date"]),
        _date(record["end_date"]),
        record["province"]["name"],
        record["province"]["current_name"],
        str(Kind(record["kind"]).label) if record["kind"] in Kind.values else record["kind"],
        clean_headline(record["summary"]),
        record["organization"],
        lead.get("name"),
        "; ".join(lead.get("titles") or []),
        "; ".join(o["name"] for o in record["officials"]),
        "; ".join(p["name"] for p in record["partners"]),
        "\n".join(r["text"] for r in record["requests"]),
        str(ReviewState(record["review_state"]).label),
        page_url(record["id"]),
        "; ".join(dict.fromkeys(d["outlet"] for d in details if d["outlet"])),
        "\n".join(d["url"] for d in details if d["url"]),
        min(published) if published else None,
    ]


def _sheet(workbook, title, columns):
    sheet = workbook.create_sheet(title)
    for n, (_header, width) in enumerate(columns):
        sheet.column_dimensions[get_column_letter(n + 1)].width = width
    bold = Font(bold=True)
    header = []
    for name, _width in columns:
        cell = WriteOnlyCell(sheet, value=name)
        cell.font = bold
        header.append(cell)
    sheet.freeze_panes = "A2"
    sheet.append(header)
    return sheet


def _cells(sheet, values):
    out = []
    for value in values:
        if isinstance(value, dt.date):
            cell = WriteOnlyCell(sheet, value=value)
            cell.number_format = DATE_FORMAT
            out.append(cell)
        elif isinstance(value, str):
            out.append(_safe_cell(value))  # no formulas from the data
        else:
            out.append(value)
    return out


def _saved(workbook):
    """The workbook in a temporary file (deleted when closed), positioned at its start."""
    file = tempfile.TemporaryFile(suffix=".xlsx")
    workbook.save(file)
    file.seek(0)
    return file


def activities_xlsx(qs, page_url):
    """The filtered activities as a workbook file; ``page_url(id)`` is an activity's absolute URL.
    The queries start here (iter_records), so a query refused fails before any response."""
    records = iter_records(qs, detailed=True)
    workbook = Workbook(write_only=True)
    sheet = _sheet(workbook, _("Activities"), activity_columns())
    for record in records:
        sheet.append(_cells(sheet, _activity_row(record, page_url)))
    return _saved(workbook)


def request_columns():
    return [
        (_("No."), 8), (_("Date"), 12), (_("Province"), 18), (_("Category"), 16), (_("Status"), 14),
        (_("Request"), 70), (_("Asked of"), 24), (_("Activity page"), 40),
    ]


def request_rows(qs, page_url):
    """(values...) of each request, in id order, one streamed query."""
    categories, statuses = dict(RequestCategory.choices), dict(RequestStatus.choices)
    rows = qs.order_by("id").values_list(
        "id", "activity__start_date", "activity__province__name", "category", "status", "text", "addressee",
        "activity_id",
    )
    for pk, day, province, category, status, text, addressee, activity_id in rows.iterator(chunk_size=2000):
        yield [pk, day, province, str(categories.get(category, category)), str(statuses.get(status, status)), text,
               addressee, page_url(activity_id)]


def requests_xlsx(qs, page_url):
    workbook = Workbook(write_only=True)
    sheet = _sheet(workbook, _("Requests"), request_columns())
    for row in request_rows(qs, page_url):
        sheet.append(_cells(sheet, row))
    return _saved(workbook)
