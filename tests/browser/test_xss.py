"""No script runs: Chromium opens every public page and the admin's pages of an archive full of
XSS payloads (tests/test_xss.py builds it), hovers, focuses and toggles what it can, and no
payload's alert(10NN) is ever called.

The pages are opened with the Content-Security-Policy bypassed: the policy would block inline
script anyway, and this test is about the escaping, not about the second line of defence."""

import re
from collections import Counter

import pytest
from django.contrib.auth.models import User
from django.core.cache import cache
from django.urls import reverse

from tests.factories import ensure_provinces
from tests.visits.test_xss import PAYLOADS, admin_pages, load_hostile_archive, public_pages

pytestmark = pytest.mark.django_db(transaction=True)

# Runs before any script of each page and frame: every way a payload could report itself.
HOOK = """
window.__xss = [];
for (const name of ["alert", "confirm", "prompt", "print"]) {
  window[name] = (...args) => { window.__xss.push(name + "(" + args.map(String).join(",") + ")"); };
}
"""

# What only a payload puts in a page, as the browser's own parser built it.
LIVE_MARKUP = """() => {
  const found = [];
  const urlAttributes = ["href", "src", "action", "formaction", "xlink:href", "data"];
  for (const el of document.querySelectorAll("*")) {
    const tag = el.tagName.toLowerCase();
    for (const a of el.attributes) {
      const url = a.value.replace(/[\\x00-\\x20]/g, "").toLowerCase();
      if (a.name.startsWith("on")) found.push(`${tag} ${a.name}=${a.value}`);
      if (urlAttributes.includes(a.name) && /^(javascript|vbscript|data:text)/.test(url)) {
        found.push(`${tag} ${a.name}=${a.value}`);
      }
    }
    if (["iframe", "frame", "object", "embed", "base", "math", "mglyph"].includes(tag)) found.push(tag);
  }
  for (const s of document.scripts) {
    if (!s.src && !/json/.test(s.type)) found.push("inline script: " + s.textContent.slice(0, 80));
  }
  return found;
}"""

# Fire what an inline handler would wait for, on every element.
PROVOKE = """() => {
  for (const el of document.querySelectorAll("body *")) {
    for (const type of ["mouseover", "mouseenter", "pointerover", "focus", "focusin", "toggle", "load"]) {
      el.dispatchEvent(new Event(type, {bubbles: type !== "focus" && type !== "mouseenter"}));
    }
    if (el.tagName === "DETAILS") el.open = !el.open;
  }
}"""


@pytest.fixture
def hostile(transactional_db, live_server, tmp_path, seeds_dir):
    ensure_provinces()
    cache.clear()
    archive = load_hostile_archive(tmp_path, seeds_dir)
    User.objects.create_superuser("editor", "editor@example.org", "a-long-editor-password")
    return live_server.url, archive


@pytest.fixture
def xss_page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True)
    context.add_init_script(HOOK)
    page = context.new_page()
    page.dialogs, page.requests = [], []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    page.on("request", lambda request: page.requests.append(request.url))
    yield page
    context.close()


def sample(pages, keep=3):
    """The URLs of every kind of page, at most ``keep`` of each kind (tests/test_xss.py opens
    them all): the pages of the names that break out of markup come first in name order."""
    seen = Counter()
    for url, _shows, *_status in pages:
        path, _, query = url.partition("?")
        kind = re.sub(r"\d+", "N", re.sub(r"^/(officials|partners|provinces)/[^/]+/$", r"/\1/S/", path))
        kind += "?" + ",".join(sorted(re.findall(r"(\w+)=", query)))
        seen[kind] += 1
        if seen[kind] <= keep:
            yield url


def visit(page, url):
    response = page.goto(url)
    assert response.status < 500, url
    assert page.evaluate(LIVE_MARKUP) == [], url
    page.evaluate(PROVOKE)
    for link in page.locator("main td a, #content td a, mark").all()[:2]:
        if link.is_visible():
            link.hover()
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    ran = [m for frame in page.frames for m in frame.evaluate("window.__xss || []")]
    assert ran == [], (url, ran)
    assert page.dialogs == [], url


def assert_nothing_ran(page):
    stray = [u for u in page.requests if re.search(r"/x$|evil\.example|javascript:", u)]
    assert stray == [], stray  # an injected <img src=x> would have been fetched


def test_no_payload_runs_on_any_public_page(xss_page, hostile, output_dir):
    base, archive = hostile
    for url in sample(list(public_pages(archive))):
        visit(xss_page, base + url)
    assert_nothing_ran(xss_page)

    # The payloads are on the page, shown as text.
    xss_page.goto(f"{base}/activities/{archive.txt.pk}/")
    source = xss_page.locator("article.source").first.inner_text()
    assert all(p in source for p in PAYLOADS[:10])
    xss_page.screenshot(path=str(output_dir / "xss-activity.png"), full_page=True)


def test_no_payload_runs_in_the_admin(xss_page, hostile, output_dir):
    base, archive = hostile
    page = xss_page
    page.goto(f"{base}/admin/login/?next=/admin/")
    page.fill("input[name=username]", "editor")
    page.fill("input[name=password]", "a-long-editor-password")
    page.click("input[type=submit]")
    page.wait_for_url(f"{base}/admin/")
    for url in sample(list(admin_pages(archive)), keep=1):  # an admin page takes a second or more
        visit(page, base + url)
    assert_nothing_ran(page)

    page.goto(base + reverse("admin:visits_official_changelist"))
    names = page.locator("#result_list").inner_text()
    assert all(p in names for p in PAYLOADS[:10])
    page.screenshot(path=str(output_dir / "xss-admin-officials.png"), full_page=True)
