"""The province map page: which units it draws (the 34 current ones, or the 63 earlier ones for
a range before 1/7/2025), each unit's count under the filters, and its fixed queries. The
outlines file holds every unit of both eras. The drawing itself: tests/browser/test_map.py."""

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from apps.provinces.models import Era, Province
from tests.factories import make_activity

pytestmark = pytest.mark.django_db

SHAPES = Path(__file__).resolve().parents[2] / "static" / "geo" / "provinces.json"


def map_data(response):
    found = re.search(r'<script id="map-data" type="application/json">(.*?)</script>', response.content.decode())
    return json.loads(found.group(1))


def test_the_outlines_cover_every_unit_of_both_eras_and_stay_small():
    shapes = json.loads(SHAPES.read_text())
    for era in (Era.PRE_2025, Era.CURRENT):
        codes = {f["code"] for f in shapes[era]}
        assert codes == set(Province.objects.filter(era=era).values_list("code", flat=True)), era
        assert all(f["d"].startswith("M") for f in shapes[era])
    assert [label["2025"] for label in shapes["labels"]] == ["48", "56"]  # Hoàng Sa: Đà Nẵng, Trường Sa: Khánh Hòa
    assert SHAPES.stat().st_size < 400_000


def test_it_draws_the_current_units_and_counts_earlier_units_in_their_successor(client):
    make_activity(province_code="67")  # Đắk Nông, now in Lâm Đồng (68)
    make_activity(province_code="68", era=Era.CURRENT, day=dt.date(2025, 8, 1))
    response = client.get("/map/")
    assert response.status_code == 200
    data = map_data(response)
    assert data["era"] == "2025"
    assert len(data["units"]) == 34
    assert data["units"]["68"]["n"] == 2
    assert data["units"]["68"]["url"] == "/provinces/lam-dong/"
    assert data["units"]["01"]["n"] == 0
    assert "Đắk Nông" not in {u["name"] for u in data["units"].values()}


def test_a_range_before_the_merger_draws_the_63_earlier_units(client):
    make_activity(province_code="67", day=dt.date(2024, 5, 1))
    make_activity(province_code="67", day=dt.date(2025, 6, 30))
    make_activity(province_code="68", era=Era.CURRENT, day=dt.date(2025, 8, 1))
    data = map_data(client.get("/map/?date_to=30/06/2025"))
    assert data["era"] == "pre2025"
    assert len(data["units"]) == 63
    assert data["units"]["67"] == {"name": "Đắk Nông", "url": "/provinces/dak-nong-truoc-2025/", "n": 2}
    assert data["units"]["68"]["n"] == 0
    assert map_data(client.get("/map/?date_to=01/07/2025"))["era"] == "2025"
    assert map_data(client.get("/map/?province=dak-nong-truoc-2025"))["era"] == "pre2025"


def test_the_map_follows_the_filters(client):
    make_activity(province_code="67", day=dt.date(2020, 5, 1))
    make_activity(province_code="66", day=dt.date(2021, 5, 1))
    data = map_data(client.get("/map/?date_from=01/01/2021"))
    assert data["units"]["66"]["n"] == 1
    assert data["units"]["68"]["n"] == 0
    data = map_data(client.get("/map/?q=dak+lak"))
    assert sum(u["n"] for u in data["units"].values()) >= 1


def test_an_invalid_filter_answers_400_with_an_empty_map(client):
    make_activity(province_code="66")
    response = client.get("/map/?date_from=31/02/2020")
    assert response.status_code == 400
    assert sum(u["n"] for u in map_data(response)["units"].values()) == 0


def test_the_dashboard_carries_the_current_units_for_the_shapes(client):
    make_activity(province_code="66")
    data = map_data(client.get("/"))
    assert data["era"] == "2025" and data["units"]["66"]["n"] == 1
    assert 'data-geo="/static/geo/provinces.json"' in client.get("/").content.decode()


@pytest.mark.parametrize("url", ["/map/", "/map/?date_to=30/06/2025&q=hoat+dong"])
def test_the_map_page_runs_fixed_queries(client, url):
    make_activity(province_code="66")
    cache.clear()
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for _ in range(3):
        make_activity(province_code="67")
    cache.clear()
    with CaptureQueriesContext(connection) as many:
        response = client.get(url)
    assert response.status_code == 200
    # the data version (the cache key); the spaceless place names (with q); the grouped count
    # (or the tally's); the provinces drawn; the form's province and country choices
    assert len(many) == len(few) <= 6, [q["sql"] for q in many.captured_queries]
