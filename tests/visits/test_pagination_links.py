"""Every paginated page links its other pages with all its query parameters but ``page``
(templates/includes/pagination.html): page 2 of a filtered list is page 2 of the same list."""

import html
import re

import pytest
from django.core.cache import cache

from apps.visits.records import services
from apps.visits.records.models import Official
from tests.factories import make_activity

pytestmark = pytest.mark.django_db


def next_link(client, url):
    cache.clear()
    response = client.get(url)
    assert response.status_code == 200, url
    match = re.search(r'<a href="([^"]*)" rel="next">', response.content.decode())
    assert match, f"{url}: no link to the next page"
    return html.unescape(match.group(1))


def test_the_activity_list_keeps_its_filters(client):
    for _ in range(26):
        make_activity()
    assert next_link(client, "/activities/?kind=central_delegation&q=hoat+dong") == (
        "?kind=central_delegation&q=hoat+dong&page=2"
    )


def test_the_request_list_keeps_its_filters(client):
    for _ in range(51):
        make_activity()
    assert next_link(client, "/requests/?category=border_gate") == "?category=border_gate&page=2"


def test_a_province_page_keeps_its_parameters(client):
    for _ in range(26):
        make_activity()
    assert next_link(client, "/provinces/dak-lak-truoc-2025/?from=map") == "?from=map&page=2"


def test_an_official_page_keeps_its_parameters(client):
    for _ in range(51):
        make_activity()
    slug = Official.objects.get(name="Lê Hoài Trung").slug
    assert next_link(client, f"/officials/{slug}/?from=map") == "?from=map&page=2"


def test_the_partner_list_keeps_its_parameters(client):
    country = services.country_get_or_create(name="Campuchia")
    for i in range(101):
        services.partner_get_or_create(name=f"Tỉnh số {i}", country=country)
    assert next_link(client, "/partners/?from=map") == "?from=map&page=2"
