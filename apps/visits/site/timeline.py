"""/timeline/items.json: the filtered activities as items of the interactive time axis
(static/js/timeline.js, drawn by the vendored vis-timeline). Bounded: at most MAX_ITEMS dated
activities, and MAX_UNDATED undated ones listed apart; the answer says when there are more."""

import datetime as dt

from django.http import JsonResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from apps.provinces.models import Province
from apps.visits.records.models import Activity, Kind
from apps.visits.reporting.filters import ActivityFilter

MAX_ITEMS = 1000
MAX_UNDATED = 100
GROUPINGS = ("kind", "province")


def with_empty_periods(rows, period):
    """[{"period": date, "n": count}] with a zero row for every year (or month) missing between
    the first and the last, so that a quiet period shows as a gap on the axis."""
    if not rows:
        return rows
    counts = {r["period"]: r["n"] for r in rows}
    first, last = min(counts), max(counts)
    filled, current = [], first
    while current <= last:
        filled.append({"period": current, "n": counts.get(current, 0)})
        if period == "year":
            current = current.replace(year=current.year + 1)
        else:
            current = current.replace(year=current.year + current.month // 12, month=current.month % 12 + 1)
    return filled


def _item(a, group_by):
    url = reverse("activity-detail", args=[a.pk])
    label = a.summary or a.organization or a.get_kind_display()
    item = {
        "id": a.pk,
        "start": a.start_date.isoformat() if a.start_date else None,
        "content": f"{a.province.name}: {label[:80]}",
        "title": f"{a.start_date:%d/%m/%Y} · {a.province.name} · {label[:200]}" if a.start_date else label[:200],
        "group": a.kind if group_by == "kind" else a.province.slug,
        "url": url,
        "className": f"kind-{a.kind}",
    }
    if a.start_date and a.end_date and a.end_date > a.start_date:
        # vis-timeline ends a range at the instant given: the day after, so the last day shows.
        item["end"] = (a.end_date + dt.timedelta(days=1)).isoformat()
        item["type"] = "range"
        item["title"] = f"{a.start_date:%d/%m/%Y} – {a.end_date:%d/%m/%Y} · {a.province.name} · {label[:200]}"
    else:
        item["type"] = "box"
    return item


def timeline_items(request):
    fs = ActivityFilter(request.GET, queryset=Activity.objects.public())
    group_by = request.GET.get("group", "kind")
    if not fs.is_valid() or group_by not in GROUPINGS:
        errors = {k: [str(e) for e in v] for k, v in fs.errors.items()} if fs.is_bound else {}
        if group_by not in GROUPINGS:
            errors["group"] = [_("One of: %(values)s.") % {"values": ", ".join(GROUPINGS)}]
        return JsonResponse({"errors": errors}, status=400)
    rows = fs.qs.select_related("province").only(
        "id", "start_date", "end_date", "kind", "summary", "organization", "province__name", "province__slug"
    )
    dated = list(rows.filter(start_date__isnull=False).order_by("start_date", "id")[: MAX_ITEMS + 1])
    undated = list(rows.filter(start_date__isnull=True).order_by("id")[: MAX_UNDATED + 1])
    truncated = len(dated) > MAX_ITEMS
    dated = dated[:MAX_ITEMS]
    if group_by == "kind":
        groups = [{"id": value, "content": str(label)} for value, label in Kind.choices]
    else:
        slugs = {a.province.slug for a in dated}
        groups = [
            {"id": p.slug, "content": p.name}
            for p in Province.objects.filter(slug__in=slugs).only("slug", "name").order_by("name")
        ]
    return JsonResponse(
        {
            "items": [_item(a, group_by) for a in dated],
            "groups": groups,
            "truncated": truncated,
            "limit": MAX_ITEMS,
            "undated": [_item(a, group_by) for a in undated[:MAX_UNDATED]],
            "undated_truncated": len(undated) > MAX_UNDATED,
        },
        json_dumps_params={"ensure_ascii": False},
    )
