"""The admin lists' filters: a province (a current unit covers its predecessors; "my
provinces" for an editor), a doubt, an outlet, a range of start dates typed dd/mm/yyyy, and a
diacritic-insensitive search."""

from django import forms
from django.contrib import admin
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.utils import get_last_value_from_parameters
from django.contrib.admin.views.main import PAGE_VAR
from django.core.exceptions import ValidationError
from django.db.models import TextField
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _

from apps.lib.text import fold
from apps.provinces.models import Province
from apps.visits.records.models import Article, Doubt

from .access import editable_province_ids

MINE = "mine"


class ProvinceListFilter(admin.SimpleListFilter):
    """By current unit; the list's model reaches the province through ``province_path``."""

    title = _("province")
    parameter_name = "unit"

    def lookups(self, request, model_admin):
        mine = [(MINE, _("My provinces"))] if editable_province_ids(request) is not None else []
        return mine + [(str(p.pk), p.name) for p in Province.objects.current().order_by("name")]

    def queryset(self, request, queryset):
        value = self.value()
        if not value:
            return queryset
        if value == MINE:
            ids = editable_province_ids(request)
            if ids is None:
                return queryset
        elif value.isdigit():
            ids = Province.objects.units_of(Province(pk=int(value))).values("pk")
        else:
            return queryset.none()
        path = getattr(self, "province_path", "province")
        if "__" in path:  # through a relation that may hold several rows per record: no duplicates
            return queryset.filter(pk__in=queryset.model._default_manager.filter(**{f"{path}__in": ids}).values("pk"))
        return queryset.filter(**{f"{path}__in": ids})


def province_filter(path):
    """The province filter for a list whose model reaches the province through ``path``."""
    return type(f"ProvinceListFilter_{path}", (ProvinceListFilter,), {"province_path": path})


class DoubtListFilter(admin.SimpleListFilter):
    title = _("what extraction was unsure of")
    parameter_name = "doubt"

    def lookups(self, request, model_admin):
        return Doubt.choices

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        if self.value() not in Doubt.values:
            return queryset.none()
        # The codes are whole quoted words in the stored JSON, on SQLite and PostgreSQL alike.
        return queryset.alias(doubts_text=Cast("doubts", TextField())).filter(
            doubts_text__contains=f'"{self.value()}"'
        )


class OutletListFilter(admin.SimpleListFilter):
    title = _("outlet")
    parameter_name = "outlet"

    def lookups(self, request, model_admin):
        outlets = Article.objects.exclude(outlet="").order_by("outlet").values_list("outlet", flat=True).distinct()
        return [(o, o) for o in outlets]

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        return queryset.filter(pk__in=Article.objects.filter(outlet=self.value()).values("activity"))


class StartDateRangeFilter(admin.ListFilter):
    """Activities that start between two days, typed as editors write them (dd/mm/yyyy, the
    active language's date input formats); either end may stay empty. A day that is not a date
    answers Django's "invalid filter" (the list with ``?e=1``), never the unfiltered list."""

    title = _("start date")
    template = "admin/visits/date_range_filter.html"
    field_path = "start_date"
    bounds = {"start_from": ("gte", _("from")), "start_to": ("lte", _("to"))}

    def __init__(self, request, params, model, model_admin):
        super().__init__(request, params, model, model_admin)
        for name in self.bounds:
            if name in params:
                self.used_parameters[name] = get_last_value_from_parameters(params, name).strip()
                params.pop(name)

    def has_output(self):
        return True

    def expected_parameters(self):
        return list(self.bounds)

    def choices(self, changelist):
        """One "choice": the form, with the list's other parameters kept as hidden fields."""
        kept = [
            (name, value)
            for name, values in changelist.filter_params.items()
            if name not in self.bounds and name != PAGE_VAR
            for value in values
        ]
        yield {
            "fields": [(name, label, self.used_parameters.get(name, "")) for name, (_lookup, label) in self.bounds.items()],
            "kept": kept,
            "reset": changelist.get_query_string(remove=[*self.bounds, PAGE_VAR]),
            "selected": bool(self.used_parameters),
        }

    def queryset(self, request, queryset):
        lookups = {}
        for name, (lookup, _label) in self.bounds.items():
            if self.used_parameters.get(name):
                try:
                    lookups[f"{self.field_path}__{lookup}"] = forms.DateField().clean(self.used_parameters[name])
                except ValidationError as error:
                    raise IncorrectLookupParameters(error) from error
        return queryset.filter(**lookups)


class FoldedSearchMixin:
    """The search fields hold folded text (no case, no diacritics), so the term is folded too:
    "Dak Lak", "đắk lắk" and "Đắk Lắk" find the same rows."""

    def get_search_results(self, request, queryset, search_term):
        return super().get_search_results(request, queryset, fold(search_term))
