"""The Content-Security-Policy in a real browser: the public pages, the admin and the API docs
work under it, and Chromium reports no violation (it logs each one to the console)."""

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import expect

from apps.visits.records.models import Activity, Official, PartnerLocality, Request

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def problems(page):
    """Console errors (CSP violations among them) and uncaught script errors, as they come."""
    seen = []

    def console(msg):
        # The admin names no icon, so Chromium asks for /favicon.ico: a 404, not a policy matter.
        if msg.type == "error" and not msg.location.get("url", "").endswith("/favicon.ico"):
            seen.append(f"{page.url}: {msg.text}")

    page.on("console", console)
    page.on("pageerror", lambda error: seen.append(f"{page.url}: uncaught {error}"))
    return seen


def visit(page, url):
    response = page.goto(url)
    assert response.status < 400, url
    assert "script-src 'self';" in response.headers["content-security-policy"], url
    page.wait_for_load_state("networkidle")


def test_the_public_pages_run_under_the_policy_without_violations(page, seeded, problems, output_dir):
    activity = Activity.objects.public().first()
    paths = [
        "/",
        "/activities/",
        "/activities/?q=dak+lak",
        activity.get_absolute_url(),
        "/provinces/",
        f"/provinces/{activity.province.slug}/",
        Official.objects.first().get_absolute_url(),
        "/partners/",
        PartnerLocality.objects.first().get_absolute_url(),
        "/requests/",
        Request.objects.first().get_absolute_url(),
        "/timeline/",
    ]
    for path in paths:
        visit(page, seeded + path)
    page.goto(f"{seeded}/timeline/")
    page.locator("#timeline svg g.bar rect").first.click()  # the timeline's script runs
    expect(page.locator("#timeline")).to_have_attribute("data-zoom", "month")
    page.click("nav.lang a[data-lang=en]")  # the language switch: a GET link
    expect(page.locator("html")).to_have_attribute("lang", "en")
    assert problems == []


def test_the_admin_works_under_the_policy_without_violations(page, seeded, problems, output_dir):
    User.objects.create_superuser("editor", "editor@example.org", "a-long-editor-password")
    activity = Activity.objects.first()

    visit(page, f"{seeded}/admin/login/?next=/admin/")
    page.fill("input[name=username]", "editor")
    page.fill("input[name=password]", "a-long-editor-password")
    page.click("input[type=submit]")  # form-action 'self'
    expect(page.locator("#site-name")).to_be_visible()

    visit(page, f"{seeded}/admin/visits/activity/")
    visit(page, f"{seeded}/admin/visits/activity/{activity.pk}/change/")
    # The admin's scripts run: the date widget's calendar, the inline rows' "add another"
    # links, and the autocomplete (select2 asking /admin/autocomplete/ for its options).
    expect(page.locator(".add-row a").first).to_be_visible()
    page.locator(".datetimeshortcuts a[id^=calendarlink]").first.click()
    expect(page.locator(".calendarbox").first).to_be_visible()
    page.keyboard.press("Escape")
    page.locator(".select2-selection").first.click()
    expect(page.locator(".select2-results__option").first).to_be_visible()
    page.screenshot(path=str(output_dir / "admin-change-form-csp.png"))
    page.keyboard.press("Escape")
    page.click("input[name=_continue]")
    expect(page.locator("ul.messagelist")).to_be_visible()

    visit(page, f"{seeded}/admin/visits/activity/{activity.pk}/history/")
    visit(page, f"{seeded}/admin/visits/official/")
    assert problems == []


def test_the_api_docs_render_under_the_policy(page, seeded, problems, output_dir):
    visit(page, f"{seeded}/api/docs/")
    expect(page.locator(".swagger-ui .opblock").first).to_be_visible()
    # "Try it out" on the provinces list: the docs call the API (connect-src falls back to 'self').
    page.locator(".opblock-summary-path", has_text="/api/provinces/").click()
    page.locator(".try-out__btn").click()
    page.locator(".execute").click()
    expect(page.locator(".live-responses-table tbody .response-col_status").first).to_have_text("200")
    page.screenshot(path=str(output_dir / "api-docs-csp.png"))
    assert problems == []
