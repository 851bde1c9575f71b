import datetime as dt

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from apps.provinces.models import Era, Province
from apps.visits.records.models import Activity, Kind

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(client):
    user = User.objects.create_superuser("editor", "editor@example.org", "pw-editor-123")
    client.force_login(user)
    return user


@pytest.fixture
def activity():
    province = Province.objects.get(code="66", era=Era.PRE_2025)
    return Activity.objects.create(
        kind=Kind.CENTRAL, province=province, start_date=dt.date(2020, 9, 15), organization="Bộ Ngoại giao"
    )


def change_form_data(activity, **changes):
    data = {
        "kind": activity.kind,
        "province": activity.province_id,
        "start_date": activity.start_date.isoformat() if activity.start_date else "",
        "end_date": "",
        "date_precision": "day",
        "organization": activity.organization,
        "lead": "",
        "lead_title": "",
        "summary": activity.summary,
        "review_state": activity.review_state,
        "locked_fields": "[]",
    }
    for prefix in ("participations", "requests", "partner_mentions", "articles"):
        data.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"})
    data.update(changes)
    return data


def test_a_staff_edit_appears_in_the_activity_history(client, staff, activity):
    url = reverse("admin:visits_activity_change", args=[activity.pk])
    response = client.post(url, change_form_data(activity, organization="Ủy ban Biên giới quốc gia"))
    assert response.status_code == 302, response.content[:2000]
    activity.refresh_from_db()
    assert activity.organization == "Ủy ban Biên giới quốc gia"
    assert "organization" in activity.locked_fields

    latest = activity.history.first()
    assert latest.history_user == staff
    assert latest.organization == "Ủy ban Biên giới quốc gia"
    assert latest.prev_record.organization == "Bộ Ngoại giao"

    page = client.get(reverse("admin:visits_activity_history", args=[activity.pk]))
    assert page.status_code == 200
    assert "editor" in page.content.decode()


@pytest.mark.parametrize(
    "name",
    ["activity", "official", "request", "partnerlocality", "country", "article", "participation", "partnertie"],
)
def test_every_admin_list_and_add_page_opens(client, staff, name):
    app = "visits"
    assert client.get(reverse(f"admin:{app}_{name}_changelist")).status_code == 200
    assert client.get(reverse(f"admin:{app}_{name}_add")).status_code == 200


def test_admin_province_search_ignores_diacritics(client, staff):
    response = client.get(reverse("admin:provinces_province_changelist"), {"q": "dak lak"})
    assert "Đắk Lắk" in response.content.decode()


def test_an_editor_merges_two_spellings_of_one_official(client, staff):
    from apps.visits.records.models import Official
    from tests.factories import make_activity

    make_activity(lead="Lê Hoài Trung")
    make_activity(lead="Lê Hoài Trung (TT)")
    ids = list(Official.objects.filter(name__startswith="Lê Hoài").order_by("id").values_list("id", flat=True))
    response = client.post(
        reverse("admin:visits_official_changelist"),
        {"action": "merge_selected", "_selected_action": ids, "keep": ids[0], "confirm": "yes"},
    )
    assert response.status_code == 302
    kept = Official.objects.get(pk=ids[0])
    assert kept.variants == ["Lê Hoài Trung (TT)"]
    assert kept.participations.count() == 2 and not Official.objects.filter(pk=ids[1]).exists()
