"""An editor works through the review queue in a real browser."""

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import expect

from apps.visits.records.models import Activity, ReviewState

pytestmark = pytest.mark.django_db(transaction=True)


def test_an_editor_reviews_the_most_uncertain_activity_and_the_public_page_says_so(page, seeded, output_dir):
    User.objects.create_superuser("editor", "editor@example.org", "a-long-editor-password")
    top = Activity.objects.to_review().first()
    assert top.doubt_score > 0
    evidence = next(d["evidence"] for d in top.doubts if d["evidence"])

    page.goto(f"{seeded}/admin/login/?next=/admin/visits/activitytoreview/")
    page.fill("input[name=username]", "editor")
    page.fill("input[name=password]", "a-long-editor-password")
    page.click("input[type=submit]")
    expect(page.locator("#result_list")).to_be_visible()

    rows = page.locator("#result_list tbody tr")
    first = rows.first
    expect(first).to_contain_text(top.summary[:40])
    expect(first.locator("q").first).to_contain_text(evidence[:30])
    page.screenshot(path=str(output_dir / "review-queue.png"), full_page=True)

    first.locator("input.action-select").check()
    page.select_option("select[name=action]", "mark_reviewed")
    page.click("button[name=index]")
    expect(page.locator("ul.messagelist")).to_be_visible()
    expect(page.locator("#result_list")).not_to_contain_text(top.summary[:40])

    top.refresh_from_db()
    assert top.review_state == ReviewState.REVIEWED and top.reviewed_by.username == "editor"

    page.goto(f"{seeded}/activities/{top.pk}/")
    expect(page.locator("dd.review-reviewed")).to_contain_text("Đã duyệt")
    page.screenshot(path=str(output_dir / "reviewed-activity.png"), full_page=True)
