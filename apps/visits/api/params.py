"""The API's query parameters. The filters of a list are the site's FilterSet (reporting/filters.py),
declared once: ``query_schema`` derives their OpenAPI description from it, and the endpoint
validates and filters with the FilterSet itself (``filtered``), so the site, the feed, the exports
and the API cannot drift apart."""

from enum import Enum

import django_filters
from django.core.exceptions import ValidationError as FormValidationError
from ninja import Field, Schema
from pydantic import create_model, field_validator
from pydantic_core import PydanticCustomError

from apps.provinces.models import Era
from apps.visits.reporting.fields import SearchField


class BadParameters(Exception):
    """A request the API refuses: ``errors`` names each bad parameter with its messages."""

    def __init__(self, errors, status=400, detail=None):
        super().__init__(errors)
        self.errors = errors
        self.status = status
        self.detail = detail


class Params(Schema):
    @field_validator("*", mode="before")
    @classmethod
    def _blank_is_absent(cls, value, info):
        """?page=&era= (what a form submits) means "no value", as on the site."""
        if value == "":
            return cls.model_fields[info.field_name].get_default(call_default_factory=True)
        return value


def _values(filter_):
    """The values a choice filter takes, for the document; None for free text and for the
    ordering filter (a comma-separated list of its keys)."""
    if not isinstance(filter_, django_filters.ChoiceFilter) or isinstance(filter_, django_filters.OrderingFilter):
        return None
    choices = filter_.extra.get("choices")
    if choices is None or callable(choices):
        return None
    return [str(value) for value, _label in choices if value != ""]


def query_schema(filterset_class):
    """A ninja Schema with one optional string parameter per filter of ``filterset_class``,
    described by the filter's help_text and, for a choice filter, listing its values. It only
    documents: the FilterSet validates (``filtered``), so a bad value gets the site's message."""
    fields = {}
    for name, filter_ in filterset_class.base_filters.items():
        values = _values(filter_)
        extra = {"json_schema_extra": {"enum": values}} if values else {}
        if isinstance(filter_, django_filters.DateFilter):
            extra = {"json_schema_extra": {"format": "date"}}
        fields[name] = (str, Field(None, description=str(filter_.extra.get("help_text", "")), **extra))
    return create_model(filterset_class.__name__.removesuffix("Filter") + "Params", __base__=Schema, **fields)


def valid_filterset(filterset_class, request, queryset):
    """The bound filterset, or a 400 naming each bad filter (never the unfiltered list)."""
    fs = filterset_class(request.GET, queryset=queryset, request=request)
    if not fs.is_valid():
        raise BadParameters({name: list(errors) for name, errors in fs.errors.items()})
    return fs


def counted_rows(filterset_class, request, queryset):
    """The filterset's rows, or a 400 naming each bad filter; the rows carry the tally standing
    for them (or None), which ArchivePaginator counts them by (api/paging.py)."""
    fs = valid_filterset(filterset_class, request, queryset)
    rows = fs.qs
    rows.tally = fs.tally()
    return rows


EraValue = Enum("Era", {value: value for value in Era.values}, type=str)


class ProvinceParams(Params):
    era: EraValue | None = Field(
        None, description="pre2025 (the 63 units) or 2025 (the 34 units from 1 July 2025)."
    )


class OfficialParams(Params):
    q: str | None = Field(None, description='Name search, diacritics optional ("le hoai trung").')

    @field_validator("q")
    @classmethod
    def _bounded_search(cls, value):
        """The bounds of the site's searches (filters.SearchField), with their messages."""
        try:
            return SearchField(required=False).clean(value)
        except FormValidationError as exc:
            raise PydanticCustomError("bad_search", " ".join(exc.messages)) from exc
