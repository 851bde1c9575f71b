"""The pages in a real browser, with the five seed articles ingested. Screenshots go to the
test run's output folder (test-output/ by default)."""

import csv
import io
import re

import pytest
from playwright.sync_api import expect

from apps.visits.records.models import Activity

pytestmark = pytest.mark.django_db(transaction=True)


def shot(page, output_dir, name):
    page.screenshot(path=str(output_dir / f"{name}.png"), full_page=True)


def test_filter_by_province_through_the_form_shows_only_its_activities(page, seeded, output_dir):
    page.goto(f"{seeded}/activities/")
    expect(page.locator("tr.activity-row")).to_have_count(4)
    page.select_option("select[name=province]", label="Điện Biên (≤2025)")
    page.click("form#filters button[type=submit]")
    rows = page.locator("tr.activity-row")
    expect(rows).to_have_count(1)
    assert rows.first.get_attribute("data-province").startswith("dien-bien")
    shot(page, output_dir, "activities-filtered")


def test_search_without_diacritics_finds_dak_lak(page, seeded, output_dir):
    page.goto(f"{seeded}/activities/?q=dak+lak")
    rows = page.locator("tr.activity-row")
    expect(rows).to_have_count(2)
    for i in range(rows.count()):
        assert "Đắk Lắk" in rows.nth(i).inner_text()
    page.goto(f"{seeded}/activities/?q=le+hoai+trung")
    expect(page.locator("tr.activity-row")).to_have_count(2)
    shot(page, output_dir, "activities-search")


def test_an_activity_shows_its_evidence(page, seeded, output_dir):
    activity = Activity.objects.get(articles__source_name__startswith="001_")
    page.goto(f"{seeded}/activities/{activity.pk}/")
    expect(page.locator("h1")).to_be_visible()
    marks = page.locator("mark.evidence")
    assert marks.count() >= 2
    assert "Lê Hoài Trung" in page.locator("article.source").first.inner_text()
    assert page.locator("article.source").count() == 2
    shot(page, output_dir, "activity-detail")


def test_the_timeline_and_the_map_render_items(page, seeded, output_dir):
    page.goto(f"{seeded}/timeline/")
    bars = page.locator("#timeline svg g.bar")
    assert bars.count() >= 3  # 2020, 2021, 2024
    shot(page, output_dir, "timeline-years")
    bars.first.locator("rect").click()
    expect(page.locator("#timeline")).to_have_attribute("data-zoom", "month")
    page.locator("#timeline svg g.bar rect").first.click()
    expect(page.locator("#timeline")).to_have_attribute("data-zoom", "day")
    assert page.locator(".timeline-item").count() >= 1
    shot(page, output_dir, "timeline-days")
    page.goto(f"{seeded}/")
    coloured = page.locator("#shape-map path.province:not(.level-0)")  # drawn by static/js/map.js
    expect(coloured.first).to_be_visible()
    assert coloured.count() >= 3
    shot(page, output_dir, "dashboard")


def test_the_language_switch_works(page, seeded, output_dir):
    page.goto(f"{seeded}/activities/")
    assert page.locator("html").get_attribute("lang") == "vi"
    assert "Hoạt động" in page.locator("h1").inner_text()
    page.click("a[data-lang=en]")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    assert page.locator("h1").inner_text() == "Activities"
    shot(page, output_dir, "activities-english")


def test_the_csv_export_of_a_filtered_list_has_exactly_its_rows(page, seeded, output_dir):
    page.goto(f"{seeded}/activities/?q=dak+lak")
    with page.expect_download() as info:
        page.click("#export-csv")
    content = open(info.value.path(), encoding="utf-8").read()
    rows = list(csv.DictReader(io.StringIO(content)))
    shown = int(page.locator("#result-count").inner_text())
    assert len(rows) == shown == 2
    assert {r["province"] for r in rows} == {"Đắk Lắk"}


@pytest.mark.parametrize(
    "path",
    ["/", "/activities/", "/provinces/", "/partners/", "/requests/", "/timeline/", "/provinces/dak-lak/",
     "/provinces/dak-nong-truoc-2025/", "/officials/le-hoai-trung/", "/partners/mondulkiri/"],
)
def test_every_page_renders_and_is_screenshotted(page, seeded, output_dir, path):
    response = page.goto(f"{seeded}{path}")
    assert response.status == 200
    assert re.search(r"doingoai", page.title())
    name = path.strip("/").replace("/", "-") or "home"
    shot(page, output_dir, f"page-{name}")


def test_pages_fit_a_phone_screen(browser, seeded, output_dir):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    phone = context.new_page()
    for path, name in [("/", "phone-home"), ("/activities/", "phone-activities")]:
        phone.goto(f"{seeded}{path}")
        overflow = phone.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, f"{path} is {overflow}px wider than the screen"
        shot(phone, output_dir, name)
    context.close()
