"""Requests no reader would send: timeline positions beyond the calendar. Each is a 400 naming
its parameter (in Vietnamese on the pages), never a 500."""

import pytest

from .factories import make_activity

pytestmark = pytest.mark.django_db


def get(client, url):
    """The response, its body read to the end (streamed or not)."""
    response = client.get(url)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return response, body.decode()


# --- the timeline's zoom ------------------------------------------------------------------------


@pytest.fixture
def undated(db):
    make_activity()
    activity = make_activity()
    activity.start_date = None
    activity.save()
    return activity


@pytest.mark.parametrize("query", ["zoom=month", "zoom=month&at=", "zoom=month&review_state=extracted",
                                   "zoom=month&review_state=reviewed", "zoom=month&kind=central_delegation"])
def test_the_month_zoom_of_the_whole_archive_counts_the_undated_too(client, undated, query):
    response, body = get(client, f"/timeline/?{query}")
    assert response.status_code == 200
    assert response.context["zoom"] == "month"
    assert ("1 hoạt động chưa rõ ngày" in body) is ("reviewed" not in query)
    assert ("zoom=day&amp;at=20" in body) is ("reviewed" not in query)  # the dated one's month bar


@pytest.mark.parametrize("query", ["zoom=day&at=9999-12", "zoom=month&at=9999", "zoom=day&at=0001-01",
                                   "zoom=day&at=9999-12-31", "zoom=month&at=2020-05"])
def test_the_first_and_last_months_of_the_calendar_are_shown_empty(client, undated, query):
    response, body = get(client, f"/timeline/?{query}")
    assert response.status_code == 200
    assert response.context["window"] is not None


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("zoom=day&at=9999-13", "Cần một tháng từ 0001-01 đến 9999-12 (at=YYYY-MM), không phải 9999-13."),
        ("zoom=day&at=2020-00", "không phải 2020-00"),
        ("zoom=day&at=0000-01", "không phải 0000-01"),
        ("zoom=day&at=2020", "không phải 2020"),
        ("zoom=day&at=20x0-01", "không phải 20x0-01"),
        ("zoom=month&at=0000", "Cần một năm từ 0001 đến 9999 (at=YYYY), không phải 0000."),
        ("zoom=month&at=-123", "không phải -123"),
        ("zoom=month&at=%D9%A2%D9%A0%D9%A2%D9%A0", "không phải ٢٠٢٠"),  # digits, but not ASCII ones
    ],
)
def test_a_timeline_position_beyond_the_calendar_is_a_400_with_its_message(client, undated, query, message):
    response, body = get(client, f"/timeline/?{query}")
    assert response.status_code == 400
    assert "at" in response.context["axis"].errors
    assert message in body


def test_an_unknown_zoom_is_the_year_zoom(client, undated):
    response, _body = get(client, "/timeline/?zoom=decade&at=whatever")
    assert response.status_code == 200 and response.context["zoom"] == "year"
