"""The API's filters are the site's FilterSets, declared once: the OpenAPI document lists each
filter with its description and values, and a bad value gets the FilterSet's own message."""

import pytest
from django.http import QueryDict

from apps.visits.records.models import Activity, Request
from apps.visits.reporting.filters import ActivityFilter, RequestFilter
from tests.factories import make_activity

pytestmark = pytest.mark.django_db


def query_parameters(client, path):
    spec = client.get("/api/schema/?format=json").json()
    return {p["name"]: p for p in spec["paths"][path]["get"]["parameters"] if p["in"] == "query"}


@pytest.mark.parametrize(("path", "filterset"), [("/api/activities/", ActivityFilter), ("/api/requests/", RequestFilter)])
def test_every_filter_is_a_documented_parameter_with_its_values(client, path, filterset):
    params = query_parameters(client, path)
    assert set(params) == {*filterset.base_filters, "page", "page_size"}
    for name, filter_ in filterset.base_filters.items():
        assert params[name]["description"] == filter_.extra["help_text"] != ""
        assert params[name]["required"] is False
    if filterset is ActivityFilter:
        assert params["kind"]["schema"]["enum"] == ["central_delegation", "foreign_delegation",
                                                   "outbound_delegation", "provincial_event"]
        assert params["has_requests"]["schema"]["enum"] == ["yes", "no"]
        assert params["date_from"]["schema"]["format"] == "date"
        assert "enum" not in params["sort"]["schema"]  # a comma-separated list of keys
    else:
        assert "border_gate" in params["category"]["schema"]["enum"]


@pytest.mark.parametrize(
    ("url", "filterset", "queryset", "query"),
    [
        ("/api/activities/", ActivityFilter, Activity.objects.public(), "date_from=31.02.2020"),
        ("/api/activities/", ActivityFilter, Activity.objects.public(), "kind=picnic"),
        ("/api/requests/", RequestFilter, Request.objects.public(), "status=forgotten"),
    ],
)
def test_a_bad_filter_gets_the_filtersets_own_message(client, url, filterset, queryset, query):
    make_activity()
    fs = filterset(QueryDict(query), queryset=queryset)
    assert not fs.is_valid()
    body = client.get(f"{url}?{query}").json()
    assert body["errors"] == {name: list(errors) for name, errors in fs.errors.items()}
