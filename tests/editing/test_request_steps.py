"""A request's course as a workflow: raised with, forwarded to, answered (text, date, document
number), resolved or dropped; each step recorded with who and when, the latest setting the
request's status; shown on the public page by step and date only; filtered by status."""

import datetime as dt

import pytest
from django.contrib.auth.models import User
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from apps.visits.records import services
from apps.visits.records.models import Request, RequestStatus, RequestStep

from ..factories import make_activity

pytestmark = pytest.mark.django_db

ASK = "đề nghị Bộ Ngoại giao hỗ trợ nâng cấp cửa khẩu Đắk Ruê thành cửa khẩu quốc tế"
REPLY = "Bộ Ngoại giao đã chuyển đề nghị tới Bộ Quốc phòng và Bộ Công Thương để xem xét."


@pytest.fixture
def ask():
    return make_activity(request=ASK).requests.get()


@pytest.fixture
def clerk():
    return User.objects.create_superuser("thuky", "thuky@example.org", "pw-thuky-123")


def test_each_step_sets_the_status_and_names_who_recorded_it(ask, clerk):
    services.request_step_add(request=ask, step="raised", party="Thứ trưởng Bộ Ngoại giao", date=dt.date(2024, 3, 5),
                              by=clerk)
    assert Request.objects.get(pk=ask.pk).status == RequestStatus.RAISED
    services.request_step_add(request=ask, step="forwarded", party="Bộ Quốc phòng", date=dt.date(2024, 4, 2), by=clerk)
    services.request_step_add(request=ask, step="answered", reply=REPLY, document_number="1234/BNG-BG",
                              date=dt.date(2024, 6, 20), by=clerk)
    ask.refresh_from_db()
    assert ask.status == RequestStatus.ANSWERED
    steps = list(ask.steps.in_order())
    assert [(s.step, s.date, s.user) for s in steps] == [
        ("raised", dt.date(2024, 3, 5), clerk),
        ("forwarded", dt.date(2024, 4, 2), clerk),
        ("answered", dt.date(2024, 6, 20), clerk),
    ]
    assert steps[-1].document_number == "1234/BNG-BG" and steps[-1].created_at is not None
    assert ask.history.first().history_user == clerk


def test_a_step_dated_earlier_does_not_overturn_the_latest(ask, clerk):
    services.request_step_add(request=ask, step="dropped", date=dt.date(2025, 1, 10), by=clerk)
    services.request_step_add(request=ask, step="forwarded", date=dt.date(2024, 4, 2), by=clerk)
    assert Request.objects.get(pk=ask.pk).status == RequestStatus.DROPPED
    assert not Request.objects.filter(pk=ask.pk).open().exists()  # dropped is closed, like resolved


def step_form(ask, **rows):
    """The request's change form posted with its current values and the step rows given."""
    data = {
        "activity": ask.activity_id, "text": ask.text, "category": ask.category, "status": ask.status,
        "addressee": "", "repeat_of": "", "article": ask.article_id or "", "review_state": ask.review_state,
        "reviewed_by": "", "reviewed_at_0": "", "reviewed_at_1": "", "span_start": "", "span_end": "",
        "steps-TOTAL_FORMS": str(len(rows)), "steps-INITIAL_FORMS": "0",
        "steps-MIN_NUM_FORMS": "0", "steps-MAX_NUM_FORMS": "1000",
    }
    for i, values in enumerate(rows.values()):
        data.update({f"steps-{i}-{k}": v for k, v in values.items()})
    return data


def test_the_request_page_in_admin_records_a_step_with_its_editor(client, ask, clerk):
    client.force_login(clerk)
    url = reverse("admin:visits_request_change", args=[ask.pk])
    page = client.get(url).content.decode()
    assert "Số văn bản" in page and "Người ghi" in page  # the inline's Vietnamese labels

    response = client.post(url, step_form(ask, answer={
        "step": "answered", "date": "20/06/2024", "party": "Bộ Ngoại giao", "reply": REPLY,
        "document_number": "1234/BNG-BG",
    }))

    assert response.status_code == 302, response.content.decode()[:2000]
    step = RequestStep.objects.get(request=ask)
    assert (step.step, step.date, step.user, step.reply) == ("answered", dt.date(2024, 6, 20), clerk, REPLY)
    assert Request.objects.get(pk=ask.pk).status == RequestStatus.ANSWERED


def test_a_status_typed_without_a_step_stands_and_no_step_left_means_raised(client, ask, clerk):
    client.force_login(clerk)
    services.request_step_add(request=ask, step="forwarded", date=dt.date(2024, 4, 2), by=clerk)
    ask.refresh_from_db()
    url = reverse("admin:visits_request_change", args=[ask.pk])
    step = ask.steps.get()
    data = step_form(ask)
    data.update({"status": "resolved", "steps-TOTAL_FORMS": "1", "steps-INITIAL_FORMS": "1", "steps-0-id": step.pk,
                 "steps-0-request": ask.pk, "steps-0-step": "forwarded", "steps-0-date": "02/04/2024",
                 "initial-steps-0-date": "02/04/2024"})  # as the browser posts it (a callable default)
    assert client.post(url, data).status_code == 302
    assert Request.objects.get(pk=ask.pk).status == RequestStatus.RESOLVED  # the editor's, not the step's

    data.update({"status": "resolved", "steps-0-DELETE": "on"})
    assert client.post(url, data).status_code == 302
    assert not RequestStep.objects.filter(request=ask).exists()
    assert Request.objects.get(pk=ask.pk).status == RequestStatus.RAISED  # no step left: where it started


def test_the_public_page_lists_the_steps_by_date_without_who(client, ask, clerk):
    services.request_step_add(request=ask, step="raised", party="Thứ trưởng Bộ Ngoại giao", date=dt.date(2024, 3, 5),
                              by=clerk)
    services.request_step_add(request=ask, step="answered", reply=REPLY, document_number="1234/BNG-BG",
                              date=dt.date(2024, 6, 20), by=clerk)
    body = client.get(f"/requests/{ask.pk}/").content.decode()
    assert body.index("05/03/2024") < body.index("20/06/2024")
    assert "Đã trả lời" in body or "đã trả lời" in body.lower()
    assert "thuky" not in body and "thuky@example.org" not in body


def test_the_public_request_page_reads_its_steps_in_one_query(client, ask, clerk):
    def queries():
        cache.clear()
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(f"/requests/{ask.pk}/").status_code == 200
        return len(ctx.captured_queries)

    services.request_step_add(request=ask, step="raised", date=dt.date(2024, 3, 5), by=clerk)
    few = queries()
    for day in range(1, 6):
        services.request_step_add(request=ask, step="forwarded", date=dt.date(2024, 4, day), by=clerk)
    assert queries() == few == 5
    # 1. the data version (the page cache's key)
    # 2. the request, its activity, province, successor and article
    # 3. its chain of repeats: the recursive walk of the links
    # 4. the chain's rows, with their activities and provinces
    # 5. its steps, whatever their number


@pytest.mark.parametrize("status", ["forwarded", "answered", "dropped"])
def test_the_request_list_filters_by_the_new_states(client, clerk, status):
    moved, still = make_activity(request=ASK).requests.get(), make_activity().requests.get()
    services.request_step_add(request=moved, step=status, by=clerk)
    body = client.get(f"/requests/?status={status}")
    assert body.status_code == 200
    ids = [r.pk for r in body.context["object_list"]]
    assert ids == [moved.pk] and still.pk not in ids


def test_the_old_states_still_filter(client, clerk):
    Request.objects.filter(pk=make_activity().requests.get().pk).update(status="acknowledged")
    assert client.get("/requests/?status=acknowledged").status_code == 200
    assert client.get("/requests/?status=raised").status_code == 200
    assert client.get("/requests/?status=nonsense").status_code == 400
