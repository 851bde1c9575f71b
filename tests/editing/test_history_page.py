"""The admin's history pages (apps/lib/history_admin.py): a change made without a reason shows
a dash in the reason column, never "None"."""

import re

import pytest
from django.urls import reverse

from tests.factories import make_activity

pytestmark = pytest.mark.django_db


def test_an_empty_change_reason_is_a_dash(client, national_editor):
    activity = make_activity()
    activity.organization = "Bộ Công Thương"
    activity.save()
    client.force_login(national_editor)
    body = client.get(reverse("admin:visits_activity_history", args=[activity.pk])).content.decode()
    assert re.search(r"<td>\s*—\s*</td>", body)
    assert not re.search(r"<td>\s*None\s*</td>", body)


def test_a_lead_given_where_there_was_none_shows_a_dash_not_a_deleted_record(client, national_editor):
    activity = make_activity()
    lead = activity.lead
    activity.lead = None
    activity.save()
    activity.lead = lead
    activity.save()
    client.force_login(national_editor)
    body = client.get(reverse("admin:visits_activity_history", args=[activity.pk])).content.decode()
    assert "pk=None" not in body
    assert lead.name in body
