"""Editors of one province, a national editor, and activities in three provinces; the records
the merge tests merge."""

import datetime as dt

import pytest
from django.contrib.auth.models import Group, Permission, User

from apps.provinces.models import Era, Province
from apps.visits.records import services
from apps.visits.records.models import PartnerTie, Role

from ..factories import make_activity
from .merge_data import make_activity as merge_activity
from .merge_data import mention, take_part

PROVINCE_EDITOR_PERMISSIONS = [
    *(f"{action}_{model}" for action in ("view", "change")
      for model in ("activity", "activitytoreview", "request", "official", "partnerlocality", "participation")),
    "review_records",
    "reject_records",
]


def editors_group(name, codenames):
    group, _ = Group.objects.get_or_create(name=name)
    group.permissions.set(Permission.objects.filter(content_type__app_label="visits", codename__in=codenames))
    return group


def make_editor(username, *, provinces=(), codenames=PROVINCE_EDITOR_PERMISSIONS, national=False):
    user = User.objects.create_user(username, password=f"pw-{username}-123", is_staff=True)
    codenames = [*codenames, "edit_all_provinces"] if national else codenames
    user.groups.add(editors_group(f"group-{username}", codenames))
    if provinces:
        services.editor_provinces_set(user=user, provinces=provinces)
    return User.objects.get(pk=user.pk)  # fresh: no cached permissions


def current(code):
    return Province.objects.get(code=code, era=Era.CURRENT)


@pytest.fixture
def dak_lak_editor():
    return make_editor("daklak", provinces=[current("66")])


@pytest.fixture
def national_editor():
    return make_editor("national", national=True)


@pytest.fixture
def activities():
    """One activity in Đắk Lắk, one in Phú Yên (before 2025, now part of Đắk Lắk), one in Điện Biên,
    each with its own date (the factory's default moves on with every activity the run made
    before: after a thousand, into the years the tests filter on)."""
    return {
        "dak_lak": make_activity(province_code="66", era=Era.CURRENT, title="Đắk Lắk đón đoàn Mondulkiri",
                                 day=dt.date(2025, 8, 12)),
        "phu_yen": make_activity(province_code="54", era=Era.PRE_2025, title="Phú Yên đón đoàn Lào",
                                 day=dt.date(2021, 4, 6)),
        "dien_bien": make_activity(province_code="11", era=Era.CURRENT, title="Điện Biên hội đàm với Phongsaly",
                                   day=dt.date(2025, 9, 3)),
    }


# --- the merge tests' records -----------------------------------------------------------


@pytest.fixture
def editor():
    return User.objects.create_superuser("editor", "editor@example.org", "pw-editor-123")


@pytest.fixture
def staff(client, editor):
    client.force_login(editor)
    return editor


@pytest.fixture
def two_spellings():
    """Two spellings of one official, "Lê Hoài Trung" and a misspelt "Le Hoai Trung", each in
    activities of their own and both in one activity (where the misspelt one leads)."""
    right = services.official_get_or_create(name="Lê Hoài Trung")
    typo = services.official_get_or_create(name="Le Hoai Trung")
    typo.variants = ["Lê Hoai Trung", "Lê Hòai Trung"]
    typo.save()
    own = merge_activity(day=dt.date(2020, 9, 15), lead=right, summary="Làm việc với tỉnh Đắk Lắk")
    take_part(own, right, Role.LEAD, ["Thứ trưởng Bộ Ngoại giao"])
    moved = merge_activity(
        day=dt.date(2020, 3, 2), province="11", lead=typo, summary="Làm việc với tỉnh Điện Biên"
    )
    take_part(moved, typo, Role.LEAD, ["Chủ nhiệm Ủy ban biên giới quốc gia"])
    both = merge_activity(
        day=dt.date(2021, 5, 12), province="62", lead=typo, summary="Làm việc với tỉnh Kon Tum"
    )
    take_part(both, right, Role.MEMBER, ["Thứ trưởng Bộ Ngoại giao"])
    take_part(both, typo, Role.LEAD, ["Thứ trưởng Bộ Ngoại giao", "Chủ nhiệm Ủy ban biên giới quốc gia"])
    return right, typo, own, moved, both


@pytest.fixture
def two_partners():
    """A partner "Mondulkiri" and a duplicate "Mun-đun-ki-ri" named in activities of Đắk Lắk (66)
    and Đắk Nông (67), both named in one activity, each tie with its own agreements text."""
    country = services.country_get_or_create(name="Campuchia")
    keep = services.partner_get_or_create(name="Mondulkiri", country=country, kind="tỉnh")
    dup = services.partner_get_or_create(
        name="Mun-đun-ki-ri", country=country, kind="tỉnh", variants=["Mondul Kiri"]
    )
    own = merge_activity(day=dt.date(2020, 1, 5))
    moved = merge_activity(day=dt.date(2021, 3, 1))
    elsewhere = merge_activity(day=dt.date(2019, 7, 1), province="67")
    both = merge_activity(day=dt.date(2022, 2, 2))
    mention(own, keep)
    mention(moved, dup)
    mention(elsewhere, dup)
    mention(both, keep)
    mention(both, dup)
    PartnerTie.objects.filter(partner=keep).update(agreements="Biên bản ghi nhớ 2019")
    PartnerTie.objects.filter(partner=dup, province__code="66").update(agreements="Thỏa thuận hợp tác 2021")
    PartnerTie.objects.filter(partner=dup, province__code="67").update(agreements="Biên bản hợp tác 2019")
    return keep, dup, own, moved, elsewhere, both
