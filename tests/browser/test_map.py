"""The province map in a real browser: outlines drawn from static/geo/provinces.json, shaded by
count, and each province a link to its profile. Screenshots in the output folder."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_map_draws_the_34_units_and_a_click_opens_a_province(page, seeded, output_dir):
    page.goto(f"{seeded}/map/")
    paths = page.locator("#shape-map path.province")
    expect(paths).to_have_count(34)
    assert page.locator("#shape-map path.province:not(.level-0)").count() >= 3
    assert page.locator("#shape-map .legend rect").count() >= 2
    labels = page.locator("#shape-map text.island-label").all_text_contents()
    assert labels == ["Quần đảo Hoàng Sa (Đà Nẵng)", "Quần đảo Trường Sa (Khánh Hòa)"]
    page.screenshot(path=str(output_dir / "map-current.png"), full_page=True)
    dak_lak = page.locator('#shape-map path[data-code="66"]')
    dak_lak.hover()
    expect(page.locator(".map-hover")).to_contain_text("Đắk Lắk: ")
    assert "Đắk Lắk" in dak_lak.locator("title").text_content()
    dak_lak.click()
    expect(page).to_have_url(f"{seeded}/provinces/dak-lak/")
    expect(page.locator("h1")).to_contain_text("Đắk Lắk")


def test_a_range_before_the_merger_draws_the_63_earlier_units(page, seeded, output_dir):
    page.goto(f"{seeded}/map/?date_to=30/06/2025")
    expect(page.locator("#shape-map path.province")).to_have_count(63)
    page.screenshot(path=str(output_dir / "map-pre2025.png"), full_page=True)
    page.locator('#shape-map path[data-code="67"]').click()  # Đắk Nông
    expect(page).to_have_url(f"{seeded}/provinces/dak-nong-truoc-2025/")


def test_the_dashboard_draws_the_shapes_in_place_of_the_dots(page, seeded, output_dir):
    page.goto(f"{seeded}/")
    expect(page.locator("#shape-map path.province")).to_have_count(34)
    expect(page.locator("#map")).to_have_count(0)
    page.screenshot(path=str(output_dir / "dashboard-map.png"), full_page=True)
