"""The start-date range filter of the admin's activity list and of the review queue: days typed
dd/mm/yyyy, either end open, a bad day refused (never the unfiltered list)."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from apps.provinces.models import Era

from ..factories import make_activity

pytestmark = pytest.mark.django_db
ACTIVITIES = reverse("admin:visits_activity_changelist")
QUEUE = reverse("admin:visits_activitytoreview_changelist")


@pytest.fixture
def spring():
    """Activities of 28/02, 15/03 and 02/04/2024 in Đắk Lắk."""
    return [make_activity(province_code="66", era=Era.CURRENT, day=dt.date(2024, m, d), title=f"Đón đoàn {d}/{m}")
            for m, d in ((2, 28), (3, 15), (4, 2))]


def listed(response):
    assert response.status_code == 200, response.get("Location")
    return [a.pk for a in response.context["cl"].result_list]


@pytest.mark.parametrize("url", [ACTIVITIES, QUEUE])
def test_the_range_narrows_the_list(client, national_editor, spring, url):
    client.force_login(national_editor)
    february, march, april = (a.pk for a in spring)
    assert set(listed(client.get(url))) == {february, march, april}
    assert listed(client.get(url, {"start_from": "01/03/2024", "start_to": "31/03/2024"})) == [march]
    assert set(listed(client.get(url, {"start_from": "15/03/2024"}))) == {march, april}
    assert set(listed(client.get(url, {"start_to": "15/03/2024"}))) == {february, march}


def test_the_range_keeps_the_other_filters_in_its_form(client, national_editor, spring):
    client.force_login(national_editor)
    page = client.get(ACTIVITIES, {"kind__exact": "central_delegation", "start_from": "01/03/2024"}).content.decode()
    assert 'name="kind__exact" value="central_delegation"' in page
    assert 'name="start_from" value="01/03/2024"' in page
    assert "dd/mm/yyyy" not in page  # the placeholder is Vietnamese: "nn/tt/nnnn"


@pytest.mark.parametrize("day", ["31/02/2024", "2024-13-01", "hôm qua"])
def test_a_day_that_is_no_date_is_refused(client, national_editor, spring, day):
    client.force_login(national_editor)
    response = client.get(ACTIVITIES, {"start_from": day})
    assert response.status_code == 302 and response["Location"].endswith("?e=1")


def test_the_filtered_queue_runs_as_many_queries_for_5_or_25_activities(client, national_editor):
    client.force_login(national_editor)

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(QUEUE, {"start_from": "01/01/2020", "start_to": "31/12/2020"}).status_code == 200
        return len(captured)

    for _ in range(5):
        make_activity(province_code="66", era=Era.CURRENT)
    queries()  # the first visit also saves the queue's filters in the session
    few = queries()
    for _ in range(20):
        make_activity(province_code="66", era=Era.CURRENT)
    assert queries() == few == 12  # the range filter itself adds none
    # 1 session, 2 user, 3-4 the user's and the groups' permissions, 5 the province filter's
    # units, 6 the outlet filter's outlets, 7 the filtered count, 8 the whole queue's count,
    # 9 the page's rows, 10 the header's count of what waits, 11-12 the date drill-down's range
    # and months (within the range).
