"""Cached pages follow every edit of a public record at once: the data version that keys them
moves when any record a page shows changes, not only when an activity does."""

import pytest
from django.contrib.auth.models import User

from apps.visits.records.models import Article, Country, Official, PartnerLocality, PartnerTie, Request
from tests.factories import make_activity

pytestmark = pytest.mark.django_db


def rename_official(activity):
    official = Official.objects.get(pk=activity.lead_id)
    official.name = "Lê Hoài Trung Mới"
    official.save()
    return "Lê Hoài Trung Mới"


def rename_partner(activity):
    partner = PartnerLocality.objects.get(mentions__activity=activity)
    partner.name = "Mondulkiri Mới"
    partner.save()
    return "Mondulkiri Mới"


def rename_country(activity):
    country = Country.objects.get()
    country.name = "Vương quốc Campuchia"
    country.save()
    return "Vương quốc Campuchia"


def edit_request(activity):
    request = Request.objects.get(activity=activity)
    request.text = "đề nghị mở tuyến xe buýt qua biên giới"
    request.save()
    return "đề nghị mở tuyến xe buýt qua biên giới"


def retitle_article(activity):
    article = Article.objects.get(activity=activity)
    article.outlet = "Báo Đắk Lắk điện tử"
    article.save()
    return "Báo Đắk Lắk điện tử"


def edit_tie(activity):
    tie = PartnerTie.objects.get()
    tie.agreements = "Biên bản ghi nhớ hợp tác 2024"
    tie.save()
    return "Biên bản ghi nhớ hợp tác 2024"


@pytest.mark.parametrize(
    ("edit", "page"),
    [
        (rename_official, "/activities/{pk}/"),
        (rename_official, "/activities/"),
        (rename_partner, "/activities/{pk}/"),
        (rename_partner, "/partners/"),
        (rename_country, "/partners/"),
        (edit_request, "/activities/{pk}/"),
        (edit_request, "/requests/"),
        (retitle_article, "/activities/{pk}/"),
        (edit_tie, "/partners/{partner}/"),
    ],
    ids=lambda value: getattr(value, "__name__", value),
)
def test_an_edit_of_any_record_shows_on_a_cached_page_at_once(client, edit, page):
    activity = make_activity()
    partner = PartnerLocality.objects.get(mentions__activity=activity)
    url = page.format(pk=activity.pk, partner=partner.slug)
    assert client.get(url).status_code == 200  # computed, and cached under the data version
    shown = edit(activity)
    assert shown in client.get(url).content.decode()


def test_an_official_renamed_in_the_admin_shows_at_once(client):
    activity = make_activity()
    editor = User.objects.create_superuser("editor", "editor@example.org", "pw-editor-123")
    official = Official.objects.get(pk=activity.lead_id)
    assert "Lê Hoài Trung" in client.get(f"/activities/{activity.pk}/").content.decode()
    client.force_login(editor)
    response = client.post(
        f"/admin/visits/official/{official.pk}/change/",
        {"name": "Lê Hoài Trung Sửa", "variants": "[]", "slug": official.slug, "review_state": "extracted"},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    client.logout()
    assert "Lê Hoài Trung Sửa" in client.get(f"/activities/{activity.pk}/").content.decode()
