"""The province map page: the activity filters, and the units shaded by how many activities
the filters keep (drawn by static/js/map.js from static/geo/provinces.json)."""

from django.shortcuts import render
from django.utils.translation import gettext as _

from apps.lib.collation import sorted_by_name
from apps.provinces.models import Province
from apps.visits.records.models import Activity
from apps.visits.reporting.caching import cached, query_key
from apps.visits.reporting.filters import ActivityFilter
from apps.visits.reporting.maps import map_era, map_units
from apps.visits.site.templatetags.labels import link


def province_url(province):
    return link("province-detail", province.slug)


def map_text():
    """The map script's words, in the page's language."""
    return {
        "label": _("Map of provinces"),
        "activities": _("activities"),
        "legend": _("Activities"),
        "error": _("The province outlines could not be loaded."),
        "islands": [_("Hoàng Sa archipelago"), _("Trường Sa archipelago")],  # as in provinces.json's labels
    }


def province_map(request):
    fs = ActivityFilter(request.GET, queryset=Activity.objects.public())
    valid = fs.is_valid()
    counts = {}
    if valid:
        tally = fs.tally()
        if tally is not None:
            counts = tally.per_province()
        else:
            qs = fs.qs.order_by()
            counts = cached(request, f"map|{query_key(qs)}", qs.per_province)
    era = map_era(fs)
    units = map_units(sorted_by_name(Province.objects.all()), counts, era, province_url)
    context = {"filter": fs, "map_data": units, "map_text": map_text(), "total": sum(counts.values())}
    return render(request, "visits/map.html", context, status=200 if valid else 400)
