"""Every list the site and the API serve runs a fixed number of queries: the same for N
activities as for 3N, and at most ten with every cache emptied. A page that ran a query per row
would pass with a handful of rows and crawl with the archive."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import make_activity

pytestmark = pytest.mark.django_db

N = 3
MAX_COLD = 10

LISTS = [
    # the site's list pages (apps/visits/site/urls.py)
    "/",
    "/activities/",
    "/activities/?q=hoat+dong&kind=central_delegation&province=dak-lak-truoc-2025&sort=-date",
    "/activities/?date_from=15/03/2020&date_to=20/10/2024",  # cut months: two tallies and the rows
    "/officials/le-hoai-trung/?page=2",
    "/provinces/",
    "/provinces/dak-lak-truoc-2025/",
    "/provinces/dak-lak/",  # a current unit: its predecessors' activities too
    "/officials/le-hoai-trung/",
    "/partners/",
    "/partners/mondulkiri/",
    "/requests/",
    "/requests/?category=border_gate&province=dak-lak",
    "/timeline/",
    "/timeline/?zoom=month&at=2020",
    "/timeline/?zoom=day&at=2020-01",
    "/map/",
    "/map/?date_to=30/06/2025&kind=central_delegation",
    # the exports and the feed
    "/activities/export.csv",
    "/activities/export.json?kind=central_delegation",
    "/feed/activities.atom",
    "/feed/activities.atom?province=dak-lak-truoc-2025",
    # the API's lists (apps/visits/api/endpoints.py)
    "/api/activities/",
    "/api/activities/?official=le-hoai-trung&q=hoat+dong",
    "/api/provinces/",
    "/api/officials/",
    "/api/officials/?q=le+hoai",
    "/api/partners/",
    "/api/requests/",
    "/api/requests/?province=dak-lak&category=border_gate",
]


def cold_queries(client, url):
    """Queries of one view with every cache emptied, the streamed answers read to their end."""
    cache.clear()
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
        if response.streaming:
            b"".join(response.streaming_content)
    assert response.status_code == 200, url
    return len(ctx.captured_queries)


def add_activities(n):
    for i in range(n):
        make_activity(lead="Lê Hoài Trung" if i % 2 else f"Lê Văn {i}", partner="Mondulkiri" if i % 3 else f"Tỉnh {i}")


@pytest.mark.parametrize("url", LISTS)
def test_a_list_runs_as_many_queries_for_3n_activities_as_for_n(client, url):
    add_activities(N)
    few = cold_queries(client, url)
    add_activities(2 * N)
    many = cold_queries(client, url)
    assert many == few, f"{url}: {few} queries for {N} activities, {many} for {3 * N}"
    assert many <= MAX_COLD, f"{url}: {many} queries with cold caches"
