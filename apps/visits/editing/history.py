"""History pages an editor reads: each change as the field's label and its readable old →
new values (dates dd/mm/yyyy, choices by their label, yes/no, lists joined), not Python
reprs."""

import datetime as dt

from django.utils.translation import gettext as _
from simple_history.models import DeletedObject
from simple_history.template_utils import HistoricalRecordContextHelper

from apps.lib.history_admin import HistoryAdmin


def readable(field, value):
    # An empty foreign key (a lead not yet known) comes from simple_history as a DeletedObject
    # without a pk, shown as "Deleted cán bộ (pk=None)": it was never there, not deleted.
    if isinstance(value, DeletedObject) and value.pk is None:
        value = None
    if value is None or value == "" or value == []:
        return "—"
    if field.choices and not isinstance(value, list):
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, list):
        if field.name == "locked_fields":
            labels = {f.name: str(f.verbose_name) for f in field.model._meta.get_fields() if hasattr(f, "verbose_name")}
            return ", ".join(labels.get(v, str(v)) for v in value)
        return ", ".join(str(v.get("code", v)) if isinstance(v, dict) else str(v) for v in value)
    return value


class ReadableHistoryHelper(HistoricalRecordContextHelper):
    def prepare_delta_change_value(self, change, value):
        field = self.model._meta.get_field(change.field)
        if field.many_to_many:
            return super().prepare_delta_change_value(change, value)
        return readable(field, value)


class ReadableHistoryAdmin(HistoryAdmin):
    def get_historical_record_context_helper(self, request, historical_record):
        return ReadableHistoryHelper(self.model, historical_record)
