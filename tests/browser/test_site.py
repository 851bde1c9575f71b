"""The site as an analyst meets it, in Chromium at 1400 px and on a 390 px phone: the time axis
(items, zoom, a click opens the activity), the phone layout (filters behind one button, tables
as cards, no horizontal scroll), and screenshots of every main page at both widths."""

import pytest
from playwright.sync_api import expect

from apps.visits.records.models import Activity, Official, Request

pytestmark = pytest.mark.django_db(transaction=True)

WIDE = {"width": 1400, "height": 900}
PHONE = {"width": 390, "height": 844}


def main_pages():
    activity = Activity.objects.filter(articles__source_name__startswith="001_").first()
    official = Official.objects.get(name="Lê Hoài Trung")
    request = Request.objects.order_by("pk").first()
    return [
        ("/", "dashboard"),
        ("/activities/", "activities"),
        (f"/activities/{activity.pk}/", "activity"),
        ("/timeline/", "timeline"),
        ("/provinces/", "provinces"),
        ("/provinces/dak-lak/", "province"),
        ("/officials/", "officials"),
        (f"/officials/{official.slug}/", "official"),
        ("/partners/", "partners"),
        ("/partners/mondulkiri/", "partner"),
        ("/requests/", "requests"),
        (f"/requests/{request.pk}/", "request"),
        ("/gioi-thieu/", "about"),
    ]


@pytest.fixture
def wide(browser):
    context = browser.new_context(viewport=WIDE)
    yield context.new_page()
    context.close()


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    yield context.new_page()
    context.close()


def test_every_main_page_at_1400_px_is_screenshotted(wide, seeded, output_dir):
    for path, name in main_pages():
        response = wide.goto(f"{seeded}{path}")
        assert response.status == 200, path
        if name == "timeline":
            expect(wide.locator("#vis-timeline")).to_have_attribute("data-ready", "true")
        wide.screenshot(path=str(output_dir / f"1400-{name}.png"), full_page=True)


def test_no_main_page_scrolls_sideways_on_a_phone(phone, seeded, output_dir):
    for path, name in main_pages():
        response = phone.goto(f"{seeded}{path}")
        assert response.status == 200, path
        if name == "timeline":
            expect(phone.locator("#vis-timeline")).to_have_attribute("data-ready", "true")
        overflow = phone.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, f"{path} is {overflow}px wider than a 390 px screen"
        phone.screenshot(path=str(output_dir / f"390-{name}.png"), full_page=True)


def test_on_a_phone_the_filters_fold_behind_one_button_and_rows_are_cards(phone, seeded):
    phone.goto(f"{seeded}/activities/")
    form = phone.locator("form#filters")
    expect(form).to_be_hidden()
    phone.locator("details.fold > summary").click()
    expect(form).to_be_visible()
    row = phone.locator("tr.activity-row").first
    assert row.evaluate("r => getComputedStyle(r).display") == "block"


def test_the_time_axis_shows_the_activities_zooms_and_opens_one(wide, seeded, output_dir):
    wide.goto(f"{seeded}/timeline/")
    box = wide.locator("#vis-timeline")
    expect(box).to_have_attribute("data-ready", "true")
    items = wide.locator("#vis-timeline .vis-item-content")  # one per item (a box also draws a line and a dot)
    assert items.count() >= 3
    before = wide.evaluate("(() => { const w = doingoaiTimeline.getWindow(); return w.end - w.start; })()")
    wide.locator("[data-zoom-step='0.5']").click()
    wide.wait_for_timeout(600)  # vis-timeline animates the zoom
    after = wide.evaluate("(() => { const w = doingoaiTimeline.getWindow(); return w.end - w.start; })()")
    assert after < before * 0.8
    wide.screenshot(path=str(output_dir / "1400-timeline-zoomed.png"), full_page=True)
    wide.evaluate("doingoaiTimeline.fit({animation: false})")
    wide.locator("#vis-timeline .vis-item .vis-item-content").first.click()
    wide.wait_for_url(f"{seeded}/activities/*/")


def test_the_time_axis_follows_the_filters(wide, seeded):
    wide.goto(f"{seeded}/timeline/?q=dak+lak")
    expect(wide.locator("#vis-timeline")).to_have_attribute("data-ready", "true")
    assert wide.locator("#vis-timeline .vis-item-content").count() == 2
