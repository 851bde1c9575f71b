"""Downloads are kept in the page cache at the data version once they have streamed to their end
(issue 16's long tail: a province's year as CSV was computed again for every request), never
when cut off or too large, and never after the archive changed."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from apps.visits.records.models import Activity
from apps.visits.reporting import caching
from tests.factories import make_activity

pytestmark = pytest.mark.django_db

URL = "/activities/export.csv?province=dak-lak-truoc-2025"


def _download(client, url=URL):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
        body = b"".join(response.streaming_content)
    assert response.status_code == 200
    return body, len(ctx.captured_queries), response


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()


def test_a_download_streamed_to_its_end_is_served_again_from_the_cache(client):
    make_activity(title="Đắk Lắk đón đoàn Mondulkiri")
    first, queries, response = _download(client)
    assert queries > 1 and response.streaming
    again, queries, response = _download(client)
    assert again == first and queries == 1  # the data version only
    assert response.streaming  # a stream of the kept bytes, as it was computed
    assert response["Content-Disposition"] == 'attachment; filename="activities.csv"'
    assert response["Content-Type"].startswith("text/csv")


def test_an_edit_makes_the_next_download_fresh(client):
    activity = make_activity(title="Đắk Lắk đón đoàn Mondulkiri")
    first, _, _ = _download(client)
    Activity.objects.filter(pk=activity.pk).update(organization="Bộ Công Thương")
    activity.refresh_from_db()
    activity.save()  # moves the data version, as an editor's save does
    fresh, queries, _ = _download(client)
    assert queries > 1 and fresh != first and "Bộ Công Thương" in fresh.decode("utf-8-sig")


def test_a_download_cut_off_before_its_end_is_not_kept(client):
    for _ in range(3):
        make_activity()
    chunks = client.get(URL).streaming_content
    next(chunks)  # the reader goes away after the first chunk
    del chunks  # the stream is dropped unfinished
    _, queries, _ = _download(client)
    assert queries > 1


def test_a_download_larger_than_the_limit_streams_every_time(client, monkeypatch):
    monkeypatch.setattr(caching, "STREAM_LIMIT", 200)  # bytes; the CSV of two activities is larger
    for _ in range(2):
        make_activity()
    _download(client)
    _, queries, response = _download(client)
    assert queries > 1 and response.streaming


def test_a_download_kept_for_one_host_is_not_served_to_another(client, settings):
    """The Word brief and the Excel files hold absolute links to the site."""
    settings.ALLOWED_HOSTS = ["testserver", "doingoai.example.org"]
    make_activity(title="Đắk Lắk đón đoàn Mondulkiri")
    _download(client, "/activities/export.xlsx?province=dak-lak-truoc-2025")
    _, queries, _ = _download(client, "/activities/export.xlsx?province=dak-lak-truoc-2025")
    assert queries == 1  # kept, Excel file included
    with CaptureQueriesContext(connection) as ctx:
        response = client.get("/activities/export.xlsx?province=dak-lak-truoc-2025", HTTP_HOST="doingoai.example.org")
        b"".join(response.streaming_content)
    assert len(ctx.captured_queries) > 1  # computed for that host
