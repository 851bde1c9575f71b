"""Browser tests: Playwright driving Debian's Chromium against the live app with the seeds loaded."""

import io
import os
import shutil

import pytest
from django.core.management import call_command

from ..factories import ensure_provinces

# Playwright's sync API runs an event loop in this thread; the ORM calls made by fixtures
# here are still synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM:
        if os.environ.get("DOINGOAI_REQUIRE_BROWSER"):
            pytest.fail("Chromium is required (apt-get install chromium) but was not found")
        pytest.skip("Chromium not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def seeded(transactional_db, live_server, seeds_dir):
    ensure_provinces()
    call_command("ingest", str(seeds_dir), stdout=io.StringIO(), stderr=io.StringIO())
    return live_server.url
