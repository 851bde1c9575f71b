"""{% label obj "field" %}: a choice field's label, from a per-language table built once.

Model.get_FOO_display() re-hashes the lazily translated choices on every call (about 2 ms
each here); a list of 200 requests spent most of its time there.
"""

from django import template
from django.urls import NoReverseMatch, reverse
from django.utils.translation import get_language

from apps.visits.reporting.english import country_name, locality_kind

register = template.Library()
_tables = {}


@register.simple_tag
def label(obj, field):
    value = getattr(obj, field)
    key = (type(obj), field, get_language())
    table = _tables.get(key)
    if table is None:
        table = _tables[key] = {k: str(v) for k, v in obj._meta.get_field(field).flatchoices}
    return table.get(value, value)


_INT, _SLUG = "987654321", "__arg__"
_patterns = {}


@register.simple_tag
def link(name, arg):
    """{% link "activity-detail" a.pk %}: like {% url %} with one argument, reversing the route
    once and filling the argument in (reverse() was a third of a list page's render time)."""
    pattern = _patterns.get(name)
    if pattern is None:
        try:
            pattern = (reverse(name, args=[_SLUG]), _SLUG)
        except NoReverseMatch:
            pattern = (reverse(name, args=[_INT]), _INT)
        _patterns[name] = pattern
    url, placeholder = pattern
    return url.replace(placeholder, str(arg))


@register.filter
def country(name):
    """{{ p.country.name|country }}: the country's English name when the interface is English."""
    return country_name(name)


@register.filter
def locality_kind_name(kind):
    """{{ partner.kind|locality_kind_name }}: tỉnh, bang, thành phố... in English when chosen."""
    return locality_kind(kind)
