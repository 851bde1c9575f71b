"""English mode: what the records keep in Vietnamese only (partners' countries, partner
localities' kinds) is named in English when the interface language is English, and the
activity kinds take their English labels; Vietnamese stays the default."""

import pytest

from apps.visits.records import services
from tests.factories import make_activity

pytestmark = pytest.mark.django_db


@pytest.fixture
def english(client):
    client.cookies["django_language"] = "en"
    return client


@pytest.fixture
def partner():
    activity = make_activity(partner="Mondulkiri")
    korea = services.country_get_or_create(name="Hàn Quốc")
    gyeonggi = services.partner_get_or_create(name="Gyeonggi", country=korea, kind="tỉnh")
    services.partner_attach(activity=activity, partner=gyeonggi, article=activity.articles.first())
    return gyeonggi


def test_partners_countries_and_kinds_are_english_in_english(english, partner):
    page = english.get("/partners/").content.decode()
    assert "<h2>Cambodia</h2>" in page and "<h2>South Korea</h2>" in page
    assert "Campuchia" not in page and "Hàn Quốc" not in page
    detail = english.get(f"/partners/{partner.slug}/").content.decode()
    assert "province · South Korea" in detail
    assert "(South Korea)" in english.get("/").content.decode()


def test_the_country_filter_and_the_activity_kinds_are_english_in_english(english, partner):
    page = english.get("/activities/").content.decode()
    assert ">Cambodia</option>" in page and ">South Korea</option>" in page
    assert "Central delegation" in page and "Đoàn Trung ương" not in page


def test_vietnamese_stays_the_default(client, partner):
    assert "<h2>Hàn Quốc</h2>" in client.get("/partners/").content.decode()
    assert "tỉnh · Hàn Quốc" in client.get(f"/partners/{partner.slug}/").content.decode()
    page = client.get("/activities/").content.decode()
    assert ">Campuchia</option>" in page and "Đoàn Trung ương" in page
