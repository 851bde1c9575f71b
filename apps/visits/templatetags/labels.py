"""{% label obj "field" %}: a choice field's label, from a per-language table built once.

Model.get_FOO_display() re-hashes the lazily translated choices on every call (about 2 ms
each here); a list of 200 requests spent most of its time there.
"""

from django import template
from django.utils.translation import get_language

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
