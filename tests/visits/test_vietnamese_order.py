"""Partners and officials are listed in Vietnamese alphabetical order across pages, not only
within one: the database orders by NamedModel.name_sort (apps/lib/collation.py). In code point
order Đ and Ú come after every plain letter (Uruguay < Úc < Đắk); in Vietnamese D < Đ, and
Úc < Uruguay (u-c before u-r, the tone only a secondary difference)."""

import re

import pytest

from apps.lib.collation import sort_key_text
from apps.visits.records import services
from apps.visits.records.models import Official
from tests.factories import make_activity

pytestmark = pytest.mark.django_db

NAMES = ["Dương", "Đắk", "Úc", "Uruguay"]  # Vietnamese order


def names_on(client, url, pattern):
    return [m for m in re.findall(pattern, client.get(url).content.decode())]


def test_the_sort_key_text_orders_as_vietnamese():
    assert sorted(["Uruguay", "Đắk", "Úc", "Dương", "Ưng", "An"], key=sort_key_text) == [
        "An", "Dương", "Đắk", "Úc", "Uruguay", "Ưng",
    ]
    assert sorted(["Lê Văn Á", "Lê Văn A", "Lê Văn À"], key=sort_key_text) == ["Lê Văn A", "Lê Văn À", "Lê Văn Á"]


def test_officials_are_in_vietnamese_order_across_pages(client):
    for i in range(48):  # 50 a page: Dương and Đắk end page 1, Úc and Uruguay open page 2
        services.official_get_or_create(name=f"An Văn {i:02d}")
    for name in reversed(NAMES):
        services.official_get_or_create(name=name)
    row = r'<tr class="official-row"><td[^>]*><a href="[^"]*">([^<]*)</a>'
    first, second = names_on(client, "/officials/", row), names_on(client, "/officials/?page=2", row)
    assert first[-2:] == ["Dương", "Đắk"]
    assert second == ["Úc", "Uruguay"]


def test_partners_are_in_vietnamese_order_across_pages(client):
    activity = make_activity(partner="An Giang 00")
    article = activity.articles.first()
    cambodia = services.country_get_or_create(name="Campuchia")
    for name in [f"An Giang {i:02d}" for i in range(1, 98)] + NAMES:
        partner = services.partner_get_or_create(name=name, country=cambodia)
        services.partner_attach(activity=activity, partner=partner, article=article)
    link = r'<li><a href="/partners/[^"]*">([^<]*)</a>'
    first, second = names_on(client, "/partners/", link), names_on(client, "/partners/?page=2", link)
    assert first[-2:] == ["Dương", "Đắk"]  # 100 a page
    assert second == ["Úc", "Uruguay"]


def test_partners_countries_are_in_vietnamese_order(client):
    activity = make_activity(partner="Mondulkiri")  # Campuchia
    article = activity.articles.first()
    for country in ["Uruguay", "Úc", "Đức", "Đan Mạch"]:
        partner = services.partner_get_or_create(name=f"Nơi ở {country}", country=services.country_get_or_create(name=country))
        services.partner_attach(activity=activity, partner=partner, article=article)
    headings = names_on(client, "/partners/", r"<h2>([^<]*)</h2>")
    assert headings == ["Campuchia", "Đan Mạch", "Đức", "Úc", "Uruguay"]


def test_a_renamed_official_takes_its_new_place(client):
    official = services.official_get_or_create(name="Uông Văn A")
    official.name = "Ân Văn A"
    official.save()
    assert Official.objects.get(pk=official.pk).name_sort == sort_key_text("Ân Văn A")
