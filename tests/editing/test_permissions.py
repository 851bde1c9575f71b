"""Who may edit what: a province editor changes and reviews only their provinces' records (a
current unit covers the pre-2025 units merged into it), a national editor all; reviewing,
rejecting and merging are permissions of their own. Each refusal is tried through the change
page, the bulk action and a crafted POST."""

import pytest
from django.urls import reverse

from apps.visits.records.models import Activity, Official, Request, ReviewState

from .conftest import PROVINCE_EDITOR_PERMISSIONS, make_editor

pytestmark = pytest.mark.django_db


def change_url(activity):
    return reverse("admin:visits_activity_change", args=[activity.pk])


def form_data(client, activity, **changes):
    """The change form's own data as the page renders it, with ``changes``."""
    response = client.get(change_url(activity))
    form = response.context["adminform"].form
    data = {}
    for name in form.fields:
        value = form[name].value()
        if value is None:
            continue
        data[name] = value.isoformat() if hasattr(value, "isoformat") else value
    for formset in response.context["inline_admin_formsets"]:
        management = formset.formset.management_form
        for name in management.fields:
            data[management.add_prefix(name)] = management[name].value()
        for inline_form in formset.formset.forms:
            for name in inline_form.fields:
                value = inline_form[name].value()
                if value is not None:
                    data[inline_form.add_prefix(name)] = value
    data.update(changes)
    return data


def test_a_dak_lak_editor_changes_an_activity_of_dak_lak(client, dak_lak_editor, activities):
    client.force_login(dak_lak_editor)
    activity = activities["dak_lak"]
    response = client.post(change_url(activity), form_data(client, activity, start_date="2024-05-02"))
    assert response.status_code == 302, response.context and response.context["adminform"].form.errors
    activity.refresh_from_db()
    assert activity.start_date.isoformat() == "2024-05-02"
    assert "start_date" in activity.locked_fields


def test_a_dak_lak_editor_cannot_move_a_record_out_of_dak_lak(client, dak_lak_editor, activities):
    client.force_login(dak_lak_editor)
    activity = activities["dak_lak"]
    dien_bien = activities["dien_bien"].province
    response = client.post(change_url(activity), form_data(client, activity, province=dien_bien.pk))
    assert response.status_code == 200 and "province" in response.context["adminform"].form.errors
    assert Activity.objects.get(pk=activity.pk).province_id == activity.province_id

    ask = activity.requests.get()  # nor put a request of theirs on another province's activity
    url = reverse("admin:visits_request_change", args=[ask.pk])
    page = client.get(url)
    form = page.context["adminform"].form
    data = {name: form[name].value() for name in form.fields if form[name].value() is not None}
    for inline in page.context["inline_admin_formsets"]:
        data.update({f"{inline.formset.prefix}-TOTAL_FORMS": 0, f"{inline.formset.prefix}-INITIAL_FORMS": 0})
    data["activity"] = activities["dien_bien"].pk
    response = client.post(url, data)
    assert response.status_code == 200 and "activity" in response.context["adminform"].form.errors
    assert Request.objects.get(pk=ask.pk).activity_id == activity.pk


def test_the_current_unit_covers_its_predecessor(client, dak_lak_editor, activities):
    client.force_login(dak_lak_editor)
    response = client.post(
        reverse("admin:visits_activity_changelist"),
        {"action": "mark_reviewed", "_selected_action": [activities["phu_yen"].pk]},
    )
    assert response.status_code == 302
    assert Activity.objects.get(pk=activities["phu_yen"].pk).review_state == ReviewState.REVIEWED


def test_a_dak_lak_editor_sees_but_cannot_change_a_dien_bien_activity(client, dak_lak_editor, activities):
    client.force_login(dak_lak_editor)
    activity = activities["dien_bien"]
    page = client.get(change_url(activity))
    assert page.status_code == 200  # everyone sees every record
    assert 'name="_save"' not in page.content.decode()
    assert "_review_next" not in page.content.decode()
    data = form_data(client, activity, start_date="2024-05-02", review_state=ReviewState.REVIEWED)
    assert client.post(change_url(activity), data).status_code == 403
    activity.refresh_from_db()
    assert activity.review_state == ReviewState.EXTRACTED and activity.start_date.isoformat() != "2024-05-02"


@pytest.mark.parametrize("changelist", ["admin:visits_activity_changelist", "admin:visits_activitytoreview_changelist"])
@pytest.mark.parametrize("action", ["mark_reviewed", "mark_rejected"])
def test_a_dak_lak_editor_cannot_review_a_dien_bien_activity_by_bulk_action(
    client, dak_lak_editor, activities, changelist, action
):
    client.force_login(dak_lak_editor)
    selected = [activities["dak_lak"].pk, activities["dien_bien"].pk]
    response = client.post(reverse(changelist), {"action": action, "_selected_action": selected}, follow=True)
    assert "không phụ trách" in " ".join(str(m) for m in response.context["messages"])
    states = set(Activity.objects.filter(pk__in=selected).values_list("review_state", flat=True))
    assert states == {ReviewState.EXTRACTED}  # nothing changed, not even the Đắk Lắk one


@pytest.mark.parametrize("button", ["_review_next", "_reject_next"])
def test_a_crafted_review_and_next_post_is_refused_outside_the_editors_provinces(
    client, dak_lak_editor, activities, button
):
    client.force_login(dak_lak_editor)
    activity = activities["dien_bien"]
    data = form_data(client, activity, **{button: "1"})
    assert client.post(change_url(activity), data).status_code == 403
    assert Activity.objects.get(pk=activity.pk).review_state == ReviewState.EXTRACTED


def test_a_national_editor_changes_every_province(client, national_editor, activities):
    client.force_login(national_editor)
    selected = [a.pk for a in activities.values()]
    client.post(reverse("admin:visits_activity_changelist"), {"action": "mark_reviewed", "_selected_action": selected})
    assert set(Activity.objects.filter(pk__in=selected).values_list("review_state", flat=True)) == {
        ReviewState.REVIEWED
    }


def test_reviewing_is_a_permission_of_its_own(client, activities):
    clerk = make_editor(
        "clerk", provinces=[activities["dak_lak"].province],
        codenames=[c for c in PROVINCE_EDITOR_PERMISSIONS if c not in ("review_records", "reject_records")],
    )
    client.force_login(clerk)
    activity = activities["dak_lak"]
    page = client.get(change_url(activity))
    assert "review_state" not in page.context["adminform"].form.fields  # shown, not editable
    assert "_review_next" not in page.content.decode()
    actions = dict(page.context.get("action_form").fields["action"].choices) if page.context.get("action_form") else {}
    assert "mark_reviewed" not in actions
    client.post(reverse("admin:visits_activity_changelist"),
                {"action": "mark_reviewed", "_selected_action": [activity.pk]})
    assert Activity.objects.get(pk=activity.pk).review_state == ReviewState.EXTRACTED
    # Editing the fields is still allowed.
    response = client.post(change_url(activity), form_data(client, activity, organization="Sở Ngoại vụ"))
    assert response.status_code == 302


def test_rejecting_is_a_permission_of_its_own(client, activities):
    reviewer = make_editor(
        "reviewer", provinces=[activities["dak_lak"].province],
        codenames=[c for c in PROVINCE_EDITOR_PERMISSIONS if c != "reject_records"],
    )
    client.force_login(reviewer)
    activity = activities["dak_lak"]
    client.post(reverse("admin:visits_activity_changelist"),
                {"action": "mark_rejected", "_selected_action": [activity.pk]})
    assert Activity.objects.get(pk=activity.pk).review_state == ReviewState.EXTRACTED
    assert client.post(change_url(activity), form_data(client, activity, _reject_next="1")).status_code == 403
    client.post(reverse("admin:visits_activity_changelist"),
                {"action": "mark_reviewed", "_selected_action": [activity.pk]})
    assert Activity.objects.get(pk=activity.pk).review_state == ReviewState.REVIEWED


def test_merging_is_a_permission_of_its_own(client, activities):
    codenames = [*PROVINCE_EDITOR_PERMISSIONS, "delete_official"]
    editor = make_editor("merger", provinces=[activities["dak_lak"].province], codenames=codenames)
    client.force_login(editor)
    officials = list(Official.objects.filter(participations__activity=activities["dak_lak"]).distinct())
    data = {"action": "merge_selected", "_selected_action": [o.pk for o in officials], "keep": officials[0].pk,
            "confirm": "yes"}
    response = client.post(reverse("admin:visits_official_changelist"), data, follow=True)
    assert "quyền gộp" in " ".join(str(m) for m in response.context["messages"])
    assert Official.objects.filter(pk__in=[o.pk for o in officials]).count() == len(officials)
    editor = make_editor("merger2", provinces=[activities["dak_lak"].province], codenames=[*codenames, "merge_records"])
    client.force_login(editor)
    # their titles name different offices (Bộ Ngoại giao, UBND tỉnh): the merge asks twice
    client.post(reverse("admin:visits_official_changelist"), {**data, "confirm_conflict": "yes"})
    assert Official.objects.filter(pk__in=[o.pk for o in officials]).count() == 1


def test_an_official_of_another_province_is_not_the_province_editors_to_change(client, dak_lak_editor, activities):
    client.force_login(dak_lak_editor)
    theirs = activities["dien_bien"].participations.get(role="member").official
    url = reverse("admin:visits_official_change", args=[theirs.pk])
    assert client.post(url, {"name": "Tên khác", "slug": theirs.slug, "variants": "[]"}).status_code == 403
    mine = activities["dak_lak"].participations.get(role="member").official
    url = reverse("admin:visits_official_change", args=[mine.pk])
    assert 'name="_save"' in client.get(url).content.decode()


def test_the_review_queue_has_no_hard_delete(client, national_editor, activities):
    client.force_login(national_editor)
    page = client.get(reverse("admin:visits_activitytoreview_changelist"))
    choices = dict(page.context["action_form"].fields["action"].choices)
    assert "delete_selected" not in choices and "mark_rejected" in choices
