"""What the province map (static/js/map.js) draws: which units, and each one's name, link and
count. The outlines are static (static/geo/provinces.json, scripts/build_province_shapes.py)."""

from apps.provinces.lookup import CUTOVER
from apps.provinces.models import Era
from apps.visits.reporting import charts
from apps.visits.reporting.tallies import current_unit_counts


def map_era(filterset):
    """The 63 earlier units when the filtered range ends before 1/7/2025 or names an earlier
    unit; the 34 current units otherwise."""
    data = filterset.form.cleaned_data if filterset.is_bound and filterset.is_valid() else {}
    date_to, province = data.get("date_to"), data.get("province")
    if (date_to and date_to < CUTOVER) or (province and province.era == Era.PRE_2025):
        return Era.PRE_2025
    return Era.CURRENT


def map_units(provinces, counts, era, url_for, current=None):
    """{"era": ..., "units": {code: {"name", "url", "n"}}, "levels": {code: level}, "legend":
    [(level, low, high)]} for the units of ``era``, in the dot map's levels (charts). For the
    current units an earlier unit's activities count in its successor; for the earlier units
    only activities placed in an earlier unit count (a range before 1/7/2025 holds no others).
    ``current``: the counts already rolled into the current units, when the caller has them."""
    if era == Era.CURRENT:
        counts = current if current is not None else current_unit_counts(provinces, counts)
    units = [p for p in provinces if p.era == era]
    top = max((counts.get(p.pk, 0) for p in units), default=0)
    return {
        "era": str(era),
        "units": {p.code: {"name": p.name, "url": url_for(p), "n": counts.get(p.pk, 0)} for p in units},
        "levels": {p.code: charts.level(counts.get(p.pk, 0), top or 1) for p in units},
        "legend": charts.legend_ranges(top),
    }
