"""The analysts' pages (issue 18, presentation): the officials' list, the page about the data,
the time axis' items, the citation of sources, Vietnamese labels and dates, the 404 page."""

import datetime as dt

import pytest
from django.core.cache import cache
from django.utils import translation

from apps.visits.records.models import Article, Kind, Request, ReviewState
from apps.visits.site import timeline
from tests.factories import make_activity
from tests.visits.test_pages import count_queries

pytestmark = pytest.mark.django_db


def test_the_officials_list_runs_the_same_number_of_queries_for_more_officials(client):
    for _ in range(2):
        make_activity()
    few = count_queries(client, "/officials/")
    for i in range(8):
        make_activity(lead=f"Phạm Văn {i}")
    many = count_queries(client, "/officials/")
    # 1 data version + 1 count + 1 page of officials with their activity counts.
    assert many == few <= 4


def test_the_officials_list_finds_a_name_written_without_diacritics(client):
    make_activity(lead="Phạm Thị Hoà")
    make_activity(lead="Lê Hoài Trung")
    response = client.get("/officials/?q=pham+thi")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Phạm Thị Hoà" in body and "Lê Hoài Trung" not in body
    assert response.context["page_obj"].paginator.count == 1


def test_the_officials_list_refuses_a_bad_search_with_a_message(client):
    response = client.get("/officials/?q=" + "+".join(["a"] * 30))
    assert response.status_code == 400
    assert "q" in response.context["form"].errors
    assert client.get("/officials/?q=a&q=b").status_code == 400


def test_the_officials_list_pages(client):
    for i in range(3):
        make_activity(lead=f"Trần Văn {i}")
    response = client.get("/officials/?page=999")  # past the end: the last page, not an error
    assert response.status_code == 200


def test_the_about_page_explains_the_fields_in_vietnamese(client):
    body = client.get("/gioi-thieu/").content.decode()
    assert "Nguồn dữ liệu" in body and "Cách trích xuất" in body and "Độ chính xác" in body
    with translation.override("vi"):
        labels = [str(label) for _, label in ReviewState.choices + Kind.choices]
    assert all(label in body for label in labels)
    assert 'href="/feed/activities.atom"' in body and 'href="/api/docs"' in body


def test_an_activity_cites_its_sources_and_links_its_requests(client):
    activity = make_activity()
    Article.objects.filter(activity=activity).update(
        outlet="Báo Thử Nghiệm", url="https://example.org/bai-viet-1", published=dt.date(2021, 3, 4),
        title="Đoàn công tác làm việc với tỉnh",
    )
    cache.clear()
    body = client.get(f"/activities/{activity.pk}/").content.decode()
    assert "Báo Thử Nghiệm" in body and "04/03/2021" in body and "Đoàn công tác làm việc với tỉnh" in body
    assert 'href="https://example.org/bai-viet-1"' in body
    ask = Request.objects.get(activity=activity)
    assert f'href="/requests/{ask.pk}/"' in body


def test_a_source_address_that_is_not_a_web_address_is_not_linked(client):
    activity = make_activity()
    Article.objects.filter(activity=activity).update(url="javascript:alert(1)")
    body = client.get(f"/activities/{activity.pk}/").content.decode()
    assert "javascript:alert" not in body


def test_pages_write_dates_dd_mm_yyyy_and_vietnamese_choices(client):
    make_activity(day=dt.date(2020, 5, 7))
    body = client.get("/activities/").content.decode()
    assert "07/05/2020" in body and "2020-05-07" not in body
    assert "---------" not in body and "Tất cả" in body
    assert "(descending)" not in body and "Ngày (giảm dần)" in body


def test_the_list_headers_sort_the_list(client):
    make_activity()
    body = client.get("/activities/").content.decode()
    assert 'href="?sort=date"' in body and 'href="?sort=province"' in body
    body = client.get("/activities/?sort=province").content.decode()
    assert 'aria-sort="ascending"' in body and 'href="?sort=-province"' in body


def test_the_dashboard_totals_are_links(client):
    make_activity()
    body = client.get("/").content.decode()
    for url in ("/activities/", "/provinces/", "/officials/", "/partners/", "/requests/"):
        assert f'<a href="{url}"><b>' in body


def test_a_wrong_address_answers_a_vietnamese_404_without_the_url_list(client):
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    body = response.content.decode()
    assert "Không tìm thấy trang" in body
    assert "activities/&lt;int:pk&gt;" not in body and "URLconf" not in body


def test_the_time_axis_items_are_the_filtered_activities_with_their_ranges(client):
    one = make_activity(day=dt.date(2021, 6, 1))
    one.end_date = dt.date(2021, 6, 3)
    one.save()
    make_activity(day=dt.date(2022, 1, 1), province_code="11")
    data = client.get("/timeline/items.json").json()
    assert [i["id"] for i in data["items"]][0] == one.pk
    first = data["items"][0]
    assert first["type"] == "range" and first["start"] == "2021-06-01" and first["end"] == "2021-06-04"
    assert first["url"] == f"/activities/{one.pk}/" and not data["truncated"]
    assert {g["id"] for g in data["groups"]} >= {"central_delegation"}
    only = client.get(f"/timeline/items.json?province={one.province.slug}").json()
    assert [i["id"] for i in only["items"]] == [one.pk]
    by_province = client.get("/timeline/items.json?group=province").json()
    assert {i["group"] for i in by_province["items"]} == {g["id"] for g in by_province["groups"]}


def test_the_time_axis_items_are_bounded_with_a_note(client, monkeypatch):
    for _ in range(3):
        make_activity()
    monkeypatch.setattr(timeline, "MAX_ITEMS", 2)
    data = client.get("/timeline/items.json").json()
    assert len(data["items"]) == 2 and data["truncated"] is True


def test_the_time_axis_lists_undated_activities_apart(client):
    undated = make_activity()
    undated.start_date = None
    undated.save()
    data = client.get("/timeline/items.json").json()
    assert [i["id"] for i in data["undated"]] == [undated.pk] and data["items"] == []


@pytest.mark.parametrize("query", ["kind=nope", "group=nope", "q=a&q=b", "date_from=31/02/2020"])
def test_bad_time_axis_parameters_answer_400_with_the_reason(client, query):
    response = client.get(f"/timeline/items.json?{query}")
    assert response.status_code == 400
    assert response.json()["errors"]


def test_the_per_period_bars_keep_empty_years_and_show_their_counts(client):
    make_activity(day=dt.date(2018, 3, 1))
    make_activity(day=dt.date(2021, 3, 1))
    body = client.get("/timeline/").content.decode()
    for year in ("2018", "2019", "2020", "2021"):
        assert f">{year}</text>" in body
    assert 'class="value">1</text>' in body and 'class="axis"' in body


def test_the_500_page_renders_without_a_request_or_a_database():
    from django.template.loader import render_to_string

    body = render_to_string("500.html")  # Django renders it with an empty context
    assert "Lỗi máy chủ" in body and "/static/css/site.css" in body
