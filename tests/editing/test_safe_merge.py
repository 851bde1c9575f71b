"""Safe merges: records that may not be one ask for a second confirmation naming the conflict,
a merged-away address answers 301 to the kept record, and a merge shows in the admin's recent
actions and in the kept record's history."""

import datetime as dt

import pytest
from django.contrib.admin.models import CHANGE, DELETION, LogEntry
from django.contrib.auth.models import User
from django.urls import reverse

from apps.provinces.models import Era, Province
from apps.visits.records import services
from apps.visits.records.models import Activity, Kind, MergedSlug, Official, PartnerLocality, Role

pytestmark = pytest.mark.django_db


def official_with(name, *titles, day=dt.date(2021, 5, 12)):
    official = services.official_get_or_create(name=name)
    activity = Activity.objects.create(
        kind=Kind.CENTRAL, province=Province.objects.get(code="62", era=Era.PRE_2025), start_date=day,
        lead=official, summary=f"Làm việc với {name}",
    )
    services.participations_add(
        activity=activity, people=[{"official": official, "role": Role.LEAD, "titles": list(titles)}]
    )
    return official


def partner_of(name, country):
    partner = services.partner_get_or_create(name=name, country=services.country_get_or_create(name=country))
    activity = Activity.objects.create(
        kind=Kind.FOREIGN, province=Province.objects.get(code="66", era=Era.PRE_2025),
        start_date=dt.date(2022, 3, 1), summary=f"Đón đoàn {name}",
    )
    services.partner_attach(activity=activity, partner=partner)
    return partner


@pytest.fixture
def editor(client):
    user = User.objects.create_superuser("editor", "editor@example.org", "pw-editor-123")
    client.force_login(user)
    return user


def confirm(client, model, keep, others, **extra):
    data = {
        "action": "merge_selected",
        "_selected_action": [keep.pk, *(o.pk for o in others)],
        "keep": keep.pk,
        "confirm": "yes",
        **extra,
    }
    return client.post(reverse(f"admin:visits_{model}_changelist"), data)


def test_officials_of_different_offices_need_a_second_confirmation_naming_them(client, editor):
    minister = official_with("Nguyễn Mạnh Hùng", "Bộ trưởng Bộ Thông tin và Truyền thông")
    namesake = official_with("Nguyễn M. Hùng", "Chủ tịch UBND tỉnh Kon Tum")

    response = confirm(client, "official", minister, [namesake])

    assert response.status_code == 200
    assert "admin/visits/merge_conflict.html" in [t.name for t in response.templates]
    page = response.content.decode()
    assert "Bộ Thông tin và Truyền thông" in page and "UBND tỉnh Kon Tum" in page
    assert 'name="confirm_conflict"' in page
    assert Official.objects.filter(pk__in=[minister.pk, namesake.pk]).count() == 2  # nothing merged yet

    response = confirm(client, "official", minister, [namesake], confirm_conflict="yes")

    assert response.status_code == 302
    assert list(Official.objects.filter(pk__in=[minister.pk, namesake.pk])) == [minister]


def test_officials_sharing_an_office_but_not_a_province_need_a_second_confirmation(client, editor):
    first = official_with("Lê Văn Thanh", "Thứ trưởng Bộ Ngoại giao", "Nguyên Chủ tịch UBND tỉnh Kon Tum")
    second = official_with("Le Van Thanh", "Thứ trưởng Bộ Ngoại giao", "Nguyên Bí thư Tỉnh ủy Gia Lai")
    conflicts = response_conflicts(confirm(client, "official", first, [second]))
    assert [(c.what, c.first_names, c.second_names) for c in conflicts] == [("province", ["Kon Tum"], ["Gia Lai"])]


def response_conflicts(response):
    assert response.status_code == 200, response.get("Location")
    return [conflict for _label, conflict in response.context["conflicts"]]


def test_officials_with_a_common_office_merge_at_once(client, editor):
    right = official_with("Lê Hoài Trung", "Thứ trưởng Bộ Ngoại giao")
    typo = official_with("Le Hoai Trung", "Thứ trưởng Bộ Ngoại giao", "Chủ nhiệm Ủy ban biên giới quốc gia")
    assert confirm(client, "official", right, [typo]).status_code == 302
    assert list(Official.objects.filter(name__icontains="Trung")) == [right]


def test_an_official_with_no_title_is_no_conflict(client, editor):
    right = official_with("Lê Hoài Trung", "Thứ trưởng Bộ Ngoại giao")
    bare = official_with("L. H. Trung")
    assert confirm(client, "official", right, [bare]).status_code == 302


def test_partners_of_different_countries_need_a_second_confirmation(client, editor):
    lao = partner_of("Champasak", "Lào")
    thai = partner_of("Champasack", "Thái Lan")

    conflicts = response_conflicts(confirm(client, "partnerlocality", lao, [thai]))

    assert [(c.what, c.first_names, c.second_names) for c in conflicts] == [("country", ["Lào"], ["Thái Lan"])]
    assert PartnerLocality.objects.count() == 2
    assert confirm(client, "partnerlocality", lao, [thai], confirm_conflict="yes").status_code == 302
    assert list(PartnerLocality.objects.all()) == [lao]


def test_a_merged_away_official_address_answers_301_to_the_kept_one(client, editor):
    right = official_with("Lê Hoài Trung", "Thứ trưởng Bộ Ngoại giao")
    typo = official_with("Lê Hoái Trung", "Thứ trưởng Bộ Ngoại giao")
    old = typo.get_absolute_url()
    assert old != right.get_absolute_url()

    services.official_merge(keep=right, others=[typo], by=editor)

    response = client.get(old)
    assert response.status_code == 301 and response["Location"] == right.get_absolute_url()
    assert client.get(right.get_absolute_url()).status_code == 200
    assert client.get("/officials/khong-co-ai/").status_code == 404


def test_a_merged_away_address_is_never_given_to_a_new_record(client, editor):
    right = official_with("Lê Hoài Trung", "Thứ trưởng Bộ Ngoại giao")
    typo = official_with("Lê Hoai Trung", "Thứ trưởng Bộ Ngoại giao")  # le-hoai-trung-2 or le-hoai-trung
    old = typo.get_absolute_url()
    services.official_merge(keep=right, others=[typo], by=editor)
    newcomer = services.official_get_or_create(name="Lê Hoài Trưng")  # another person, the same slug base
    assert newcomer.get_absolute_url() not in (old, right.get_absolute_url())
    assert client.get(old).status_code == 301


def test_a_merged_away_address_of_a_rejected_keeper_is_not_found(client, editor):
    right = partner_of("Mondulkiri", "Campuchia")
    typo = partner_of("Mondulkiry", "Campuchia")
    old = typo.get_absolute_url()
    services.partner_merge(keep=right, others=[typo], by=editor)
    assert client.get(old).status_code == 301
    services.review_set(records=[right], state="rejected")
    assert client.get(old).status_code == 404  # no redirect to a page that is not there


def test_a_second_merge_leads_the_first_address_to_the_last_keeper(client, editor):
    first, second, third = (
        official_with(name, "Thứ trưởng Bộ Ngoại giao") for name in ("Lê Hoài Trung", "Lê Hoái Trung", "Lê Hoai Trung")
    )
    first_url, second_url = first.get_absolute_url(), second.get_absolute_url()
    services.official_merge(keep=second, others=[first], by=editor)
    services.official_merge(keep=third, others=[second], by=editor)

    for url in (first_url, second_url):
        response = client.get(url)
        assert response.status_code == 301 and response["Location"] == third.get_absolute_url()
    assert set(MergedSlug.objects.values_list("official", flat=True)) == {third.pk}


def test_a_merged_away_partner_address_answers_301(client, editor):
    keep = partner_of("Mondulkiri", "Campuchia")
    dup = partner_of("Mun-đun-ki-ri", "Campuchia")
    old = dup.get_absolute_url()
    services.partner_merge(keep=keep, others=[dup], by=editor)
    response = client.get(old)
    assert response.status_code == 301 and response["Location"] == keep.get_absolute_url()


def test_a_merge_is_in_the_recent_actions_and_the_kept_records_history(client, editor):
    right = official_with("Lê Hoài Trung", "Thứ trưởng Bộ Ngoại giao")
    typo = official_with("Le Hoai Trung", "Thứ trưởng Bộ Ngoại giao")
    typo_pk = typo.pk
    confirm(client, "official", right, [typo])

    entries = {(e.action_flag, e.object_id): e for e in LogEntry.objects.filter(user=editor)}
    assert set(entries) == {(CHANGE, str(right.pk)), (DELETION, str(typo_pk))}
    assert "Le Hoai Trung" in entries[CHANGE, str(right.pk)].get_change_message()
    index = client.get(reverse("admin:index")).content.decode()
    assert "Le Hoai Trung" in index and "Lê Hoài Trung" in index  # both in "recent actions"
    history = client.get(reverse("admin:visits_official_history", args=[right.pk])).content.decode()
    assert f"merged: Le Hoai Trung (#{typo_pk})" in history
