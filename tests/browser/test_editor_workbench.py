"""A province editor works their own queue in a real browser: filters it to their provinces,
opens the most uncertain activity, sees the doubt's sentence marked in the article, fixes the
date, marks it reviewed and lands on the next; another province's activity is read-only."""

import datetime as dt

import pytest
from playwright.sync_api import expect

from apps.provinces.models import Era
from apps.visits.records.models import Activity, Doubt, ReviewState

from ..editing.conftest import current, make_editor
from ..factories import ensure_provinces, make_activity

pytestmark = pytest.mark.django_db(transaction=True)

SENTENCE = "Chiều qua, đoàn công tác tỉnh Mondulkiri đến thăm và làm việc."


def doubtful(activity, score):
    article = activity.articles.get()
    article.clean_text = f"{article.clean_text}\n{SENTENCE}"
    article.save()
    Activity.objects.filter(pk=activity.pk).update(
        doubt_score=score, doubts=[{"code": Doubt.NO_DATE, "source": article.source_name, "evidence": SENTENCE}]
    )


def test_a_province_editor_reviews_their_queue_and_is_refused_elsewhere(page, live_server, output_dir):
    ensure_provinces()
    first = make_activity(province_code="66", era=Era.CURRENT, title="Đắk Lắk tiếp đoàn Mondulkiri")
    second = make_activity(province_code="54", era=Era.PRE_2025, title="Phú Yên tiếp đoàn Lào")
    other = make_activity(province_code="11", era=Era.CURRENT, title="Điện Biên hội đàm Phongsaly")
    doubtful(first, 9)
    doubtful(second, 5)
    doubtful(other, 12)  # the most uncertain of all, but another province's
    make_editor("daklak", provinces=[current("66")])
    from django.contrib.auth.models import User

    user = User.objects.get(username="daklak")
    user.set_password("a-long-editor-password")
    user.save()

    page.goto(f"{live_server.url}/admin/login/?next=/admin/visits/activitytoreview/")
    page.fill("input[name=username]", "daklak")
    page.fill("input[name=password]", "a-long-editor-password")
    page.click("input[type=submit]")
    expect(page.locator("#site-name")).to_contain_text("Trang quản trị doingoai")
    expect(page.locator(".to-review-count")).to_contain_text("2 hoạt động chờ duyệt")

    page.locator("#changelist-filter a", has_text="Tỉnh tôi phụ trách").click()
    rows = page.locator("#result_list tbody tr")
    expect(rows).to_have_count(2)
    expect(rows.first).to_contain_text("Đắk Lắk tiếp đoàn")
    rows.first.locator("td.field-summary_link a").click()

    marked = page.locator(".source-text mark.evidence", has_text="đoàn công tác tỉnh Mondulkiri")
    expect(marked).to_be_visible()
    page.locator("a[href='#doubt-0']").click()
    assert page.url.endswith("#doubt-0")
    expect(marked).to_be_in_viewport()
    page.screenshot(path=str(output_dir / "editor-workbench.png"), full_page=False)

    page.fill("#id_start_date", "08/03/2024")
    page.click("input[name=_review_next]")
    expect(page.locator("ul.messagelist")).to_be_visible()
    # (the browser keeps the fragment across the redirects: the next one opens at its first doubt)
    assert page.url.split("#")[0].endswith(f"/admin/visits/activity/{second.pk}/change/")
    first.refresh_from_db()
    assert first.review_state == ReviewState.REVIEWED and first.start_date == dt.date(2024, 3, 8)
    assert first.reviewed_by == user

    page.goto(f"{live_server.url}/admin/visits/activity/{other.pk}/change/")
    expect(page.locator(".source-text mark.evidence").first).to_be_visible()  # seen
    expect(page.locator("input[name=_save]")).to_have_count(0)  # not changed
    expect(page.locator("input[name=_review_next]")).to_have_count(0)
