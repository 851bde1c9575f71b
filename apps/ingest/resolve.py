"""Stage 6 — resolve: an extracted record's names to the database's provinces."""

import datetime as dt

from apps.provinces import lookup
from apps.provinces.models import Province


def parse_date(value):
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def province_for(record, published=None):
    """The Province row of a record's province (the unit of the activity's day), or None."""
    prov = record.get("province")
    if not prov:
        return None
    on_date = parse_date(record.get("start_date")) or published
    unit = lookup.resolve(prov.get("name") or "", on_date=on_date)
    if unit is None and prov.get("code"):
        return Province.objects.filter(code=prov["code"]).order_by("era").first()
    if unit is None:
        return None
    return Province.objects.filter(code=unit.code, era=unit.era).first()
