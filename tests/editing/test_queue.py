"""The review queue an editor works: filters (province, kind, doubt, outlet, dates), a
diacritic-insensitive search, the count waiting in the header, and "mark and open the next"
keeping the queue's filters."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from apps.provinces.models import Era
from apps.visits.records.models import Activity, Article, Doubt, Kind, ReviewState

from ..factories import make_activity
from .conftest import current

pytestmark = pytest.mark.django_db
QUEUE = reverse("admin:visits_activitytoreview_changelist")


def listed(response):
    return {a.pk for a in response.context["cl"].result_list}


def doubt(activity, code, evidence="", score=1):
    source = activity.articles.get().source_name
    activity.doubts = [*activity.doubts, {"code": code, "source": source, "evidence": evidence}]
    activity.doubt_score = activity.doubt_score + score
    activity.save()


def test_the_queue_narrows_to_a_province_with_its_predecessors(client, dak_lak_editor, activities):
    client.force_login(dak_lak_editor)
    unit = current("66").pk
    assert listed(client.get(QUEUE, {"unit": unit})) == {activities["dak_lak"].pk, activities["phu_yen"].pk}
    assert listed(client.get(QUEUE, {"unit": "mine"})) == {activities["dak_lak"].pk, activities["phu_yen"].pk}
    assert listed(client.get(QUEUE, {"unit": current("11").pk})) == {activities["dien_bien"].pk}


def test_the_queue_filters_by_kind_doubt_outlet_and_date(client, national_editor, activities):
    client.force_login(national_editor)
    dien_bien = activities["dien_bien"]
    Activity.objects.filter(pk=dien_bien.pk).update(kind=Kind.FOREIGN, start_date=dt.date(2023, 7, 9))
    doubt(activities["dak_lak"], Doubt.NO_DATE)
    Article.objects.filter(activity=activities["phu_yen"]).update(outlet="Báo Phú Yên")
    assert listed(client.get(QUEUE, {"kind__exact": Kind.FOREIGN})) == {dien_bien.pk}
    assert listed(client.get(QUEUE, {"doubt": Doubt.NO_DATE})) == {activities["dak_lak"].pk}
    assert listed(client.get(QUEUE, {"outlet": "Báo Phú Yên"})) == {activities["phu_yen"].pk}
    assert listed(client.get(QUEUE, {"start_date__year": "2023"})) == {dien_bien.pk}


@pytest.mark.parametrize("term", ["dien bien", "Điện Biên", "ĐIỆN BIÊN", "phongsaly"])
def test_the_queue_search_ignores_diacritics_and_case(client, national_editor, activities, term):
    client.force_login(national_editor)
    assert listed(client.get(QUEUE, {"q": term})) == {activities["dien_bien"].pk}


@pytest.mark.parametrize(
    "query", [{"unit": "x"}, {"unit": "999999"}, {"doubt": "nonsense"}, {"outlet": "\x00"}, {"kind__exact": "zzz"},
              {"start_date__year": "abc"}, {"_next": "1", "unit": "x"}],
)
def test_bad_queue_filters_never_answer_500(client, national_editor, activities, query):
    client.force_login(national_editor)
    assert client.get(QUEUE, query).status_code < 500


def test_the_header_counts_what_waits_in_the_editors_provinces(client, dak_lak_editor, national_editor, activities):
    client.force_login(dak_lak_editor)
    assert "2 hoạt động chờ duyệt" in client.get(reverse("admin:index")).content.decode()
    client.force_login(national_editor)
    assert "3 hoạt động chờ duyệt" in client.get(reverse("admin:visits_official_changelist")).content.decode()


def test_review_and_next_lands_on_the_next_of_the_filtered_queue(client, dak_lak_editor, activities):
    client.force_login(dak_lak_editor)
    first, second = activities["dak_lak"], activities["phu_yen"]
    Activity.objects.filter(pk=first.pk).update(doubt_score=9)
    Activity.objects.filter(pk=second.pk).update(doubt_score=5)
    Activity.objects.filter(pk=activities["dien_bien"].pk).update(doubt_score=7)  # another province: skipped
    client.get(QUEUE, {"unit": "mine"})
    url = reverse("admin:visits_activity_change", args=[first.pk])
    from .test_permissions import form_data

    response = client.post(url, form_data(client, first, start_date="2024-03-08", _review_next="1"))
    assert response.status_code == 302 and "_next=1" in response["Location"] and "unit=mine" in response["Location"]
    response = client.get(response["Location"])
    assert response["Location"] == reverse("admin:visits_activity_change", args=[second.pk])
    first.refresh_from_db()
    assert first.review_state == ReviewState.REVIEWED and first.start_date == dt.date(2024, 3, 8)
    assert first.reviewed_by == dak_lak_editor


def test_the_queue_runs_the_same_queries_for_5_or_40_activities(client, national_editor):
    client.force_login(national_editor)

    unit = current("66").pk

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(QUEUE, {"unit": unit}).status_code == 200
        return len(captured)

    for _ in range(5):
        make_activity(province_code="66", era=Era.CURRENT)
    queries()  # the first visit also saves the queue's filters in the session
    few = queries()
    for _ in range(35):
        make_activity(province_code="66", era=Era.CURRENT)
    assert queries() == few
    # 1 session, 2 user, 3-4 the user's and the groups' permissions, 5 the province filter's
    # units, 6 the outlet filter's outlets, 7 the filtered count, 8 the whole queue's count
    # (Django's "of N"), 9 the page's rows (province in a join), 10 the header's count of what
    # waits, 11-12 the date drill-down's range and months.
    assert few == 12
