"""Merging duplicates in the admin: the preview of what moves, the choice of the record to
keep, the confirmation, who may merge, and the preview's queries."""

import datetime as dt

import pytest
from django.contrib.auth.models import Permission, User
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from apps.visits.records import services
from apps.visits.records.models import Official, PartnerLocality, PartnerTie, Role

from .merge_data import make_activity, mention, take_part

pytestmark = pytest.mark.django_db


def changelist(model):
    return reverse(f"admin:visits_{model}_changelist")


def test_the_admin_preview_lists_what_moves_and_offers_a_choice(client, staff, two_spellings):
    right, typo, *_ = two_spellings
    response = client.post(
        changelist("official"), {"action": "merge_selected", "_selected_action": [right.pk, typo.pk]}
    )
    assert response.status_code == 200
    assert "admin/visits/merge_preview.html" in [t.name for t in response.templates]
    page = response.content.decode()
    for text in (
        "Làm việc với tỉnh Điện Biên",
        "Làm việc với tỉnh Kon Tum",
        "Chủ nhiệm Ủy ban biên giới quốc gia",
        "Le Hoai Trung",
        "Lê Hoai Trung",
    ):
        assert text in page
    assert page.count('name="keep"') == 2
    # the default keeper is the one with most activities; both take part in two, so the older one
    preview = response.context["preview"]
    assert [e.activity_count for e in preview.entries] == [2, 2]
    assert response.context["chosen"] == right
    assert [a.summary for a in preview.keep.shared] == ["Làm việc với tỉnh Kon Tum"]
    assert Official.objects.filter(pk__in=[right.pk, typo.pk]).count() == 2  # nothing merged yet


def test_confirming_merges_into_the_chosen_record(client, staff, two_spellings):
    right, typo, *_ = two_spellings
    response = client.post(
        changelist("official"),
        {
            "action": "merge_selected",
            "_selected_action": [right.pk, typo.pk],
            "keep": typo.pk,
            "confirm": "yes",
        },
        follow=True,
    )
    assert response.redirect_chain[-1][0] == reverse("admin:visits_official_change", args=[typo.pk])
    assert not Official.objects.filter(pk=right.pk).exists()
    typo.refresh_from_db()
    assert typo.participations.count() == 3 and typo.variants == ["Lê Hoài Trung", "Lê Hoai Trung"]
    assert typo.history.first().history_user == staff
    message = " ".join(str(m) for m in response.context["messages"])
    assert f"“{typo.name}”" in message and right.name in message  # "Merged X into “Y”." in either language


def test_the_partner_preview_lists_ties_and_confirming_merges(client, staff, two_partners):
    keep, dup, *_ = two_partners
    data = {"action": "merge_selected", "_selected_action": [keep.pk, dup.pk]}
    page = client.post(changelist("partnerlocality"), data).content.decode()
    assert "Mun-đun-ki-ri" in page and "Mondul Kiri" in page and "Thỏa thuận hợp tác 2021" in page
    response = client.post(changelist("partnerlocality"), {**data, "keep": keep.pk, "confirm": "yes"})
    assert response.status_code == 302
    assert list(PartnerLocality.objects.all()) == [keep]


def test_one_selected_record_is_refused_and_nothing_merged(client, staff, two_spellings):
    right, typo, *_ = two_spellings
    response = client.post(
        changelist("official"),
        {"action": "merge_selected", "_selected_action": [right.pk], "keep": right.pk, "confirm": "yes"},
        follow=True,
    )
    assert "Hãy chọn từ 2 đến" in " ".join(str(m) for m in response.context["messages"])  # "Select between 2 and"
    assert Official.objects.filter(pk__in=[right.pk, typo.pk]).count() == 2


def test_a_confirmation_without_a_choice_shows_the_preview_again(client, staff, two_spellings):
    right, typo, *_ = two_spellings
    response = client.post(
        changelist("official"),
        {"action": "merge_selected", "_selected_action": [right.pk, typo.pk], "confirm": "yes"},
    )
    assert response.status_code == 200 and "Hãy chọn bản ghi giữ lại" in response.content.decode()  # "Choose the record to keep"
    assert Official.objects.filter(pk__in=[right.pk, typo.pk]).count() == 2


def test_someone_not_staff_cannot_merge(client, two_spellings):
    right, typo, *_ = two_spellings
    client.force_login(User.objects.create_user("reader", password="pw-reader-123"))
    data = {
        "action": "merge_selected",
        "_selected_action": [right.pk, typo.pk],
        "keep": right.pk,
        "confirm": "yes",
    }
    response = client.post(changelist("official"), data)
    assert response.status_code == 302 and reverse("admin:login") in response["Location"]
    assert Official.objects.filter(pk__in=[right.pk, typo.pk]).count() == 2


def test_staff_without_delete_permission_cannot_merge(client, two_spellings):
    right, typo, *_ = two_spellings
    user = User.objects.create_user("clerk", password="pw-clerk-123", is_staff=True)
    user.user_permissions.add(*Permission.objects.filter(codename__in=["view_official", "change_official"]))
    client.force_login(user)
    data = {
        "action": "merge_selected",
        "_selected_action": [right.pk, typo.pk],
        "keep": right.pk,
        "confirm": "yes",
    }
    response = client.post(changelist("official"), data, follow=True)
    assert "cần quyền xóa" in " ".join(str(m) for m in response.context["messages"])  # "needs the permission to delete"
    assert Official.objects.filter(pk__in=[right.pk, typo.pk]).count() == 2


def preview_queries(client, model, records):
    data = {"action": "merge_selected", "_selected_action": [r.pk for r in records]}
    with CaptureQueriesContext(connection) as queries:
        response = client.post(changelist(model), data)
    assert response.status_code == 200
    return len(queries)


def test_the_official_preview_runs_a_fixed_number_of_queries(client, staff):
    officials = [services.official_get_or_create(name=n) for n in ("Lê Hoài Trung", "Le Hoai Trung")]

    def add(days):
        for n in days:
            for official in officials:
                take_part(make_activity(day=dt.date(2020, 1, 1 + n)), official, Role.LEAD, [f"Chức danh {n}"])

    add(range(3))
    few = preview_queries(client, "official", officials)
    add(range(3, 15))
    assert preview_queries(client, "official", officials) == few  # not one query per activity or title
    assert few == 13
    # 1-2. the session and the user
    # 3-4. the changelist's counts (filtered and total), made before the action runs
    # +2. the units of the editor's province filter (read by the changelist, then by the action)
    # +1. the count of what waits for review, in the admin's header
    # 5. the selected officials
    # 6. participations counted per official
    # 7. the first activities of each, with their provinces (one windowed query)
    # 8. activities two of them take part in
    # 9. activities each leads, counted
    # 10. their titles


def test_the_partner_preview_runs_a_fixed_number_of_queries(client, staff):
    country = services.country_get_or_create(name="New Zealand")
    partners = [services.partner_get_or_create(name=n, country=country) for n in ("Tauranga", "Tô-ran-ga")]

    def add(days):
        for n in days:
            for partner in partners:
                mention(
                    make_activity(day=dt.date(2020, 1, 1 + n), province=("66", "67", "62")[n % 3]), partner
                )

    add(range(3))
    few = preview_queries(client, "partnerlocality", partners)
    add(range(3, 15))
    assert preview_queries(client, "partnerlocality", partners) == few
    assert few == 14
    # +2. the units of the editor's province filter; +1. what waits for review, in the header
    # 1-2. the session and the user
    # 3-6. the changelist's country filter choices (twice) and counts (filtered and total)
    # 7. the selected partners
    # 8. mentions counted per partner
    # 9. the first activities of each, with their provinces (one windowed query)
    # 10. activities two of them are named in
    # 11. their ties, with the provinces


def test_a_partner_named_only_in_rejected_activities_of_a_province_merges(editor):
    """The duplicate's only mention in Đắk Nông is in a rejected activity: that province keeps no
    tie, and the merge goes through (it crashed on the missing tie)."""
    country = services.country_get_or_create(name="Campuchia")
    keep = services.partner_get_or_create(name="Mondulkiri", country=country, kind="tỉnh")
    dup = services.partner_get_or_create(name="Mun-đun-ki-ri", country=country, kind="tỉnh")
    mention(make_activity(day=dt.date(2020, 1, 5)), keep)
    hidden = make_activity(day=dt.date(2021, 3, 1), province="67")
    mention(hidden, dup)
    services.review_set(records=[hidden], state="rejected", by=editor)
    assert not PartnerTie.objects.filter(province__code="67").exists()

    services.partner_merge(keep=keep, others=[dup], by=editor)

    assert list(PartnerLocality.objects.all()) == [keep]
    assert set(keep.mentions.values_list("activity", flat=True)) >= {hidden.pk}
    assert set(PartnerTie.objects.values_list("province__code", flat=True)) == {"66"}


def test_the_admin_merge_of_such_a_partner_answers_with_a_redirect(client, staff):
    country = services.country_get_or_create(name="Campuchia")
    keep = services.partner_get_or_create(name="Mondulkiri", country=country, kind="tỉnh")
    dup = services.partner_get_or_create(name="Mun-đun-ki-ri", country=country, kind="tỉnh")
    mention(make_activity(day=dt.date(2020, 1, 5)), keep)
    hidden = make_activity(day=dt.date(2021, 3, 1), province="67")
    mention(hidden, dup)
    services.review_set(records=[hidden], state="rejected")
    response = client.post(
        changelist("partnerlocality"),
        {"action": "merge_selected", "_selected_action": [keep.pk, dup.pk], "keep": keep.pk, "confirm": "yes"},
    )
    assert response.status_code == 302, response.content.decode()[:500]
    assert list(PartnerLocality.objects.all()) == [keep]
