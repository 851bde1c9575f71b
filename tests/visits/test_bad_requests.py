"""Requests no reader would send: searches of a thousand words, control characters, sort lists
without end, timeline positions beyond the calendar. Each is a 400 naming its parameter (in
Vietnamese on the pages), never a 500; an export is refused before its first byte, and one that
fails while streaming ends with a line saying the file is incomplete."""

import csv
import io
import json
from urllib.parse import quote

import pytest
from django.db import DatabaseError, connection

from apps.visits.records.models import Activity
from apps.visits.reporting.exports import FAILED_JSONL_LINE, FAILED_MESSAGE, iter_csv, iter_jsonl
from apps.visits.reporting.fields import MAX_SEARCH_WORDS
from tests.factories import make_activity

pytestmark = pytest.mark.django_db

# Every output taking the activity filters, and the API's officials list (its own ?q=).
SEARCHABLE = [
    "/activities/",
    "/activities/export.csv",
    "/activities/export.json",
    "/feed/activities.atom",
    "/timeline/",
    "/timeline/?zoom=month&at=2020",
    "/timeline/?zoom=day&at=2020-01",
    "/api/activities/",
    "/api/officials/",
]
PAGES = [u for u in SEARCHABLE if not u.startswith(("/api/", "/feed/"))]


def get(client, url):
    """The response, its body read to the end (streamed or not)."""
    response = client.get(url)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return response, body.decode()


def with_query(url, query):
    return f"{url}{'&' if '?' in url else '?'}{query}"


def found(url, body):
    """How many records an answer lists."""
    if url.startswith("/api/"):
        return json.loads(body)["count"]
    return body.count("<entry") if url.startswith("/feed/") else body.count("activity-row")


def assert_refused(client, url, param, message):
    """A 400 whose body names the parameter and gives the message (Vietnamese, the site's
    language): the error list of a page, the feed's text, the API's errors."""
    response, body = get(client, url)
    assert response.status_code == 400, url
    if url.startswith("/api/"):
        errors = json.loads(body)["errors"]
        assert param in errors and any(message in m for m in errors[param]), (url, errors)
    else:
        assert param in body and message in body, (url, body[:2000])
        assert "activity-row" not in body and "<entry" not in body


@pytest.mark.parametrize("url", SEARCHABLE)
def test_a_search_of_a_thousand_words_is_a_400_naming_q(client, url):
    make_activity()
    words = "+".join(["dak", "lak"] * 500)
    assert_refused(client, with_query(url, f"q={words}"), "q", "Tìm kiếm (q) được tối đa 20 từ, không phải 1000.")


@pytest.mark.parametrize("url", ["/activities/", "/api/activities/", "/api/officials/", "/feed/activities.atom"])
def test_a_search_may_hold_twenty_words_not_twenty_one(client, url):
    make_activity(lead="Lê Hoài Trung")
    words = ["le", "hoai", "trung"] * 7
    ok, body = get(client, with_query(url, "q=" + "+".join(words[:MAX_SEARCH_WORDS])))
    assert ok.status_code == 200 and found(url, body) == 1
    assert_refused(client, with_query(url, "q=" + "+".join(words[: MAX_SEARCH_WORDS + 1])), "q", "21")


@pytest.mark.parametrize("url", ["/activities/", "/api/activities/", "/feed/activities.atom"])
def test_words_are_counted_as_the_search_reads_them(client, url):
    """Punctuation splits words ("a-b" is two), so no spelling of the query slips past the bound."""
    make_activity()
    assert_refused(client, with_query(url, "q=" + "-".join(["x"] * 1000)), "q", "1000")


CONTROL = ["%01", "%1B", "%7F", "a%C2%85b", "%EF%BF%BF", "a%08b", "x%1Fy"]  # inside text: strip() takes a lone U+0085 or U+001F as a space


@pytest.mark.parametrize("value", CONTROL)
@pytest.mark.parametrize("url", SEARCHABLE)
def test_a_control_character_in_a_search_is_a_400(client, url, value):
    make_activity()
    assert_refused(client, with_query(url, f"q={value}"), "q", "Không được dùng ký tự điều khiển.")


@pytest.mark.parametrize("param", ["organization", "province", "official", "partner", "country"])
@pytest.mark.parametrize("url", ["/activities/", "/activities/export.json", "/feed/activities.atom", "/api/activities/"])
def test_a_control_character_in_any_text_filter_is_a_400(client, url, param):
    make_activity()
    assert_refused(client, with_query(url, f"{param}=x%01"), param, "Không được dùng ký tự điều khiển.")


@pytest.mark.parametrize("url", ["/requests/", "/api/requests/"])
def test_a_control_character_in_a_request_filter_is_a_400(client, url):
    make_activity()
    assert_refused(client, with_query(url, "province=%1B%5B31m"), "province", "Không được dùng ký tự điều khiển.")


def test_the_feed_answers_a_control_character_with_plain_text_not_broken_xml(client):
    make_activity()
    response = client.get("/feed/activities.atom?q=%01")
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/plain")
    assert response.content.decode() == "Giá trị lọc không hợp lệ: q: Không được dùng ký tự điều khiển.\n"


def test_tabs_and_line_breaks_in_a_pasted_search_are_spaces(client):
    make_activity(lead="Lê Hoài Trung")
    response, body = get(client, "/feed/activities.atom?q=hoai%09trung%0D%0A")
    assert response.status_code == 200 and found("/feed/", body) == 1


@pytest.mark.parametrize(
    ("url", "query", "param"),
    [
        *[(url, "q=dak&q=%08", "q") for url in SEARCHABLE if url != "/api/officials/"],
        ("/activities/", "kind=central_delegation&kind=central_delegation", "kind"),
        ("/requests/", "province=lam-dong&province=dak-lak", "province"),
        ("/api/requests/", "status=raised&status=raised", "status"),
        ("/timeline/", "zoom=day&zoom=month", "zoom"),
    ],
)
def test_a_filter_given_twice_is_a_400_not_the_last_value_silently(client, url, query, param):
    """The feed used to name every value in its title, unchecked: a control character in one
    that the filter never read was a 500."""
    make_activity()
    assert_refused(client, with_query(url, query), param, f"Tham số {param} có 2 lần; chỉ được có một lần.")


@pytest.mark.parametrize("url", ["/activities/", "/activities/export.csv", "/feed/activities.atom", "/api/activities/"])
def test_a_sort_list_holds_at_most_one_key_per_column(client, url):
    make_activity()
    assert get(client, with_query(url, "sort=-date,province,kind"))[0].status_code == 200
    assert_refused(client, with_query(url, "sort=" + ",".join(["date"] * 3000)), "sort", "không phải 3000")


@pytest.mark.parametrize("url", ["/activities/", "/feed/activities.atom", "/api/activities/", "/api/officials/"])
def test_a_search_longer_than_any_field_is_a_400(client, url):
    make_activity()
    response, _body = get(client, with_query(url, "q=" + "a" * 301))
    assert response.status_code == 400


def test_an_invalid_filter_on_a_page_is_a_400_showing_the_form_and_the_message_in_vietnamese(client):
    make_activity()
    response, body = get(client, "/activities/?kind=picnic&q=%01")
    assert response.status_code == 400
    assert 'role="alert"' in body and 'name="q"' in body
    assert "Một số giá trị lọc không hợp lệ" in body and "Không được dùng ký tự điều khiển." in body
    assert get(client, "/requests/?status=forgotten")[0].status_code == 400


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
        ("zoom=month&at=%01", "Không được dùng ký tự điều khiển."),
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


# --- exports that fail ----------------------------------------------------------------------------


@pytest.mark.parametrize("export", [iter_csv, iter_jsonl])
def test_an_export_whose_query_fails_fails_before_its_first_byte(export):
    make_activity()
    refused = Activity.objects.extra(where=["no_such_column = 1"])
    with pytest.raises(DatabaseError):
        export(refused)  # raised by the call, before any chunk exists to be sent


@pytest.fixture
def broken_second_activity(db):
    """Two activities, the second pointing at a province that does not exist (foreign keys are
    checked at commit, so the test's transaction holds it until it is put back): the export
    fails on that row, after its first row was sent, as it would if the database went away."""
    make_activity()
    second = make_activity()
    Activity.objects.filter(pk=second.pk).update(province_id=999_999)
    yield
    Activity.objects.filter(pk=second.pk).update(province_id=second.province_id)


def read_until_it_fails(response):
    chunks = []
    with pytest.raises(KeyError):
        for chunk in response.streaming_content:
            chunks.append(chunk)
    return b"".join(chunks).decode()


def test_a_csv_export_failing_midway_ends_with_a_row_saying_it_is_incomplete(client, broken_second_activity):
    response = client.get("/activities/export.csv")
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(read_until_it_fails(response))))
    assert len(rows) == 3  # the header, the first activity, the failure
    assert rows[-1] == [f"# {FAILED_MESSAGE}"]


def test_a_jsonl_export_failing_midway_ends_with_a_line_no_json_reader_takes(client, broken_second_activity):
    response = client.get("/activities/export.jsonl")
    lines = read_until_it_fails(response).splitlines(keepends=True)
    assert len(lines) == 2
    json.loads(lines[0])
    assert lines[-1] == FAILED_JSONL_LINE
    with pytest.raises(json.JSONDecodeError):
        json.loads(lines[-1])


def test_the_export_command_failing_midway_prints_the_line_and_fails(broken_second_activity):
    from django.core.management import call_command

    out = io.StringIO()
    with pytest.raises(KeyError):
        call_command("export", "--format", "jsonl", stdout=out)
    assert out.getvalue().endswith(FAILED_JSONL_LINE)


def test_a_quoted_payload_is_still_searched(client):
    make_activity(title="Hội nghị <b>xúc tiến</b>")
    response, body = get(client, "/activities/?q=" + quote("<b>xúc tiến</b>"))
    assert response.status_code == 200 and body.count("activity-row") == 1


@pytest.mark.skipif(connection.vendor != "postgresql", reason="server-side cursors are PostgreSQL's")
def test_an_export_failing_midway_leaves_no_server_side_cursor_open(client, broken_second_activity):
    """The six streamed queries are closed when the stream fails, not whenever the garbage
    collector gets to them (then, in another transaction, their CLOSE fails and aborts it)."""
    read_until_it_fails(client.get("/activities/export.csv"))
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_cursors WHERE name LIKE '_django_curs_%'")
        assert cursor.fetchone()[0] == 0

