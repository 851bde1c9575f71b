"""Downloads of filtered lists (CSV, Excel, JSON, JSON Lines, a Word brief) and the name
autocompletion the filter boxes use. Each takes the list's filters; filters that do not
validate answer 400 with the form's messages, never an unfiltered file."""

import csv
import io
import itertools

from django.http import FileResponse, Http404, HttpResponse, JsonResponse, StreamingHttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from apps.lib.collation import sort_key
from apps.lib.text import fold
from apps.visits.records.models import Activity, Official, PartnerLocality, Request
from apps.visits.reporting import spreadsheet
from apps.visits.reporting.brief import brief_docx, describe_filters
from apps.visits.reporting.exports import BOM, _safe_cell, iter_csv, iter_json_array, iter_jsonl
from apps.visits.reporting.fields import prohibit_control_characters
from apps.visits.reporting.filters import ActivityFilter, RequestFilter

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

STREAMS = {
    "csv": (lambda qs: iter_csv(qs, bom=True), "text/csv; charset=utf-8", "activities.csv"),
    "json": (iter_json_array, "application/json; charset=utf-8", "activities.json"),
    "jsonl": (iter_jsonl, "application/x-ndjson; charset=utf-8", "activities.jsonl"),
}


def _filtered(request, filterset_class, queryset):
    fs = filterset_class(request.GET, queryset=queryset)
    if not fs.is_valid():
        return fs, render(request, "visits/export_error.html", {"filter": fs}, status=400)
    return fs, None


def _page_url(request):
    base = request.build_absolute_uri(reverse("activity-list"))
    return lambda pk: f"{base}{pk}/"


def _attachment(response, filename):
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def export(request, fmt):
    """Exactly the rows the same filters show on /activities/: streamed CSV (with the byte-order
    mark Excel needs), one JSON array, JSON Lines, or an Excel workbook."""
    fs, error = _filtered(request, ActivityFilter, Activity.objects.public())
    if error:
        return error
    if fmt == "xlsx":
        file = spreadsheet.activities_xlsx(fs.qs, _page_url(request))
        return FileResponse(file, as_attachment=True, filename="activities.xlsx", content_type=XLSX)
    rows, content_type, filename = STREAMS[fmt]
    # The export's queries start here, before the response: one the database refuses is an error
    # page, not a file cut after its header (reporting/exports.py).
    return _attachment(StreamingHttpResponse(rows(fs.qs), content_type=content_type), filename)


def brief(request):
    """A Word brief of the activities the filters select (reporting/brief.py)."""
    fs, error = _filtered(request, ActivityFilter, Activity.objects.public())
    if error:
        return error
    form = fs.form
    labels = {
        "fields": {name: field.label for name, field in form.fields.items()},
        "choices": {
            name: dict(field.choices) for name, field in form.fields.items() if hasattr(field, "choices")
            and name not in ("province", "country")
        },
    }
    title = describe_filters(form.cleaned_data, labels)
    content = brief_docx(fs.qs, title, _page_url(request))
    return _attachment(HttpResponse(content, content_type=DOCX), "bao-cao.docx")


def export_requests(request, fmt):
    """The requests /requests/ shows with the same filters, as CSV (byte-order mark) or Excel."""
    fs, error = _filtered(request, RequestFilter, Request.objects.public().exclude(activity__review_state="rejected"))
    if error:
        return error
    page_url = _page_url(request)
    if fmt == "xlsx":
        file = spreadsheet.requests_xlsx(fs.qs, page_url)
        return FileResponse(file, as_attachment=True, filename="requests.xlsx", content_type=XLSX)
    header = [name for name, _width in spreadsheet.request_columns()]
    rows = spreadsheet.request_rows(fs.qs, page_url)

    def lines():
        yield BOM
        for row in itertools.chain([header], rows):
            buffer = io.StringIO()
            csv.writer(buffer).writerow(
                [_safe_cell(v.strftime("%d/%m/%Y") if hasattr(v, "strftime") else v) for v in row]
            )
            yield buffer.getvalue()

    return _attachment(StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8"), "requests.csv")


AUTOCOMPLETE = {"officials": Official, "partners": PartnerLocality}
AUTOCOMPLETE_LIMIT = 10


def autocomplete(request, kind):
    """?q=: up to ten records one of whose names (or variants) holds the typed words, with or
    without diacritics, as JSON [{"value": slug, "label": name}], in Vietnamese order. Also
    ``organizations``: the organizations named in the archive (value and label the name)."""
    if kind not in AUTOCOMPLETE and kind != "organizations":
        raise Http404(kind)
    q = request.GET.get("q", "")
    if len(q) > 100 or len(request.GET.getlist("q")) > 1:
        return JsonResponse({"error": _("q: at most 100 characters, given once.")}, status=400)
    try:
        prohibit_control_characters(q)
    except Exception:  # a ValidationError: the message is the same for every such value
        return JsonResponse({"error": _("Control characters are not allowed.")}, status=400)
    words = fold(q).split()
    if not words:
        return JsonResponse({"results": []})
    if kind == "organizations":
        names = Activity.objects.public().exclude(organization="").values_list("organization", flat=True)
        found = [n for n in set(names.order_by().distinct()) if all(w in fold(n) for w in words)]
        found = sorted(found, key=sort_key)[:AUTOCOMPLETE_LIMIT]
        return JsonResponse({"results": [{"value": n, "label": n} for n in found]})
    records = AUTOCOMPLETE[kind].objects.public()
    for word in words:
        records = records.filter(name_folded__contains=word)
    found = sorted(records.only("slug", "name")[:200], key=lambda r: sort_key(r.name))[:AUTOCOMPLETE_LIMIT]
    return JsonResponse({"results": [{"value": r.slug, "label": r.name} for r in found]})
