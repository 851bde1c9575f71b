"""Editors of one province, a national editor, and activities in three provinces."""

import pytest
from django.contrib.auth.models import Group, Permission, User

from apps.provinces.models import Era, Province
from apps.visits.records import services

from ..factories import make_activity

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
    """One activity in Đắk Lắk, one in Phú Yên (before 2025, now part of Đắk Lắk), one in Điện Biên."""
    return {
        "dak_lak": make_activity(province_code="66", era=Era.CURRENT, title="Đắk Lắk đón đoàn Mondulkiri"),
        "phu_yen": make_activity(province_code="54", era=Era.PRE_2025, title="Phú Yên đón đoàn Lào"),
        "dien_bien": make_activity(province_code="11", era=Era.CURRENT, title="Điện Biên hội đàm với Phongsaly"),
    }
