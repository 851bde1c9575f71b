import pytest
from django.db import IntegrityError, transaction

from apps.provinces.models import Era, Province
from apps.visits.records.models import Activity, Article, Kind, Official

pytestmark = pytest.mark.django_db


def make_article(name, digest):
    return Article.objects.create(source_name=name, raw_text="x", clean_text="x", content_hash=digest)


def test_two_articles_with_one_content_hash_are_refused():
    make_article("a.txt", "f" * 64)
    with pytest.raises(IntegrityError), transaction.atomic():
        make_article("b.txt", "f" * 64)
    assert Article.objects.count() == 1


def test_official_keys_ignore_case_and_tone_mark_placement():
    a = Official.objects.create(name="Nguyễn Văn Hoà", slug="a")
    b = Official(name="nguyễn văn  hòa", slug="b")
    b.save()
    assert a.name_key == b.name_key
    assert a.name_folded == "nguyen van hoa"


def test_an_activity_belongs_to_a_unit_of_its_day():
    province = Province.objects.get(code="67", era=Era.PRE_2025)  # Đắk Nông
    activity = Activity.objects.create(kind=Kind.CENTRAL, province=province)
    current = Province.objects.get(code="68", era=Era.CURRENT)  # Lâm Đồng after 2025
    assert province.successor == current
    assert list(Activity.objects.in_province(current)) == [activity]
