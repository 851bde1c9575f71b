"""Provinces: the data migration, the successor mapping, and the database-free resolver.

Tests without ``django_db`` run with database access blocked by pytest-django, so they also
prove that ``apps.provinces.lookup`` never touches the database.
"""

import datetime as dt
import json

import pytest
from django.db import IntegrityError, transaction

from apps.lib.text import name_key
from apps.provinces import lookup
from apps.provinces.models import Era, Province

BEFORE = dt.date(2024, 5, 10)
AFTER = dt.date(2025, 8, 1)


# --- the database after migrations -------------------------------------------------------


@pytest.mark.django_db
def test_migrations_load_63_pre_2025_and_34_current_units():
    assert Province.objects.pre_2025().count() == 63
    assert Province.objects.current().count() == 34


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Đắk Nông", "Lâm Đồng"),
        ("Phú Yên", "Đắk Lắk"),
        ("Quảng Nam", "Đà Nẵng"),
        ("Điện Biên", "Điện Biên"),
        ("Bình Dương", "Hồ Chí Minh"),
        ("Thừa Thiên Huế", "Huế"),
    ],
)
def test_successor_fk_points_a_pre_2025_unit_at_the_2025_unit_holding_its_territory(old, new):
    unit = Province.objects.get(name=old, era=Era.PRE_2025)
    assert unit.successor.name == new
    assert unit.successor.era == Era.CURRENT
    assert unit.current_unit == unit.successor


@pytest.mark.django_db
def test_every_pre_2025_unit_has_a_successor_and_no_current_unit_has_one():
    assert not Province.objects.pre_2025().filter(successor__isnull=True).exists()
    assert not Province.objects.current().filter(successor__isnull=False).exists()


@pytest.mark.django_db
def test_loaded_rows_have_official_codes_slugs_and_computed_name_keys():
    dak_lak = Province.objects.get(code="66", era=Era.CURRENT)
    assert dak_lak.slug == "dak-lak"
    assert dak_lak.name_folded == "dak lak"
    assert Province.objects.get(code="66", era=Era.PRE_2025).slug == "dak-lak-truoc-2025"
    hcm = Province.objects.get(code="79", era=Era.CURRENT)
    assert (hcm.name, hcm.unit_type) == ("Hồ Chí Minh", "thanh_pho")
    assert Province.objects.get(code="01", era=Era.CURRENT).name == "Hà Nội"
    hoa_binh = Province.objects.get(code="17", era=Era.PRE_2025)
    assert hoa_binh.name_key == name_key("Hoà Bình")  # tone placement does not matter
    assert not Province.objects.filter(name_key="").exists()
    assert not Province.objects.filter(region="").exists()


@pytest.mark.django_db
def test_2025_unit_borders_what_its_predecessors_bordered():
    assert Province.objects.get(code="51", era=Era.CURRENT).border_countries == ["Lào", "Campuchia"]
    assert Province.objects.get(code="11", era=Era.PRE_2025).border_countries == ["Trung Quốc", "Lào"]
    assert Province.objects.current().exclude(border_countries=[]).count() == 22
    assert Province.objects.pre_2025().exclude(border_countries=[]).count() == 25


@pytest.mark.django_db
def test_duplicate_code_and_era_is_refused():
    with pytest.raises(IntegrityError), transaction.atomic():
        Province.objects.create(
            code="66", era=Era.CURRENT, name="Đắk Lắk bis", unit_type="tinh", slug="dak-lak-bis"
        )


@pytest.mark.django_db
def test_lookup_agrees_with_the_database():
    rows = {(p.era, p.code): p for p in Province.objects.select_related("successor")}
    assert len(rows) == len(lookup.units()) == 97
    for unit in lookup.units():
        row = rows[(unit.era, unit.code)]
        assert (row.name, row.slug, row.unit_type) == (unit.name, unit.slug, unit.unit_type)
        assert row.current_unit.code == unit.current_code


# --- the resolver (no database) ----------------------------------------------------------


def test_generated_json_credits_its_source():
    data = json.loads(lookup.DATA_PATH.read_text(encoding="utf-8"))
    assert data["source"]["license"] == "MIT"
    assert "github.com/tranngocminhhieu/vietnamadminunits" in data["source"]["url"]


def test_units_lists_63_pre_2025_and_34_current_units():
    assert len(lookup.units(lookup.PRE_2025)) == 63
    assert len(lookup.units(lookup.CURRENT)) == 34
    assert len(lookup.units()) == 97


def test_by_code_needs_the_era_because_codes_are_reused():
    assert lookup.by_code("80", lookup.PRE_2025).name == "Long An"
    assert lookup.by_code("80", lookup.CURRENT).name == "Tây Ninh"
    assert lookup.by_code(1, lookup.CURRENT).name == "Hà Nội"
    assert lookup.by_code("99", lookup.CURRENT) is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("tỉnh Đắk Lắk", "66"),
        ("Đăk Lăk", "66"),
        ("Dak Lak", "66"),
        ("ĐắkLắk", "66"),
        ("TP. Hồ Chí Minh", "79"),
        ("TP.HCM", "79"),
        ("Thành phố Hồ Chí Minh", "79"),
        ("Sài Gòn", "79"),
        ("Thừa Thiên - Huế", "46"),
        ("Thừa Thiên Huế", "46"),
        ("Huế", "46"),
        ("Bà Rịa - Vũng Tàu", "77"),
        ("Hòa Bình", "17"),
        ("Hoà Bình", "17"),
        ("Khánh Hoà", "56"),
        ("thủ đô Hà Nội", "01"),
        ("Hà Nội", "01"),
        ("UBND tỉnh Quảng Nam", "49"),
    ],
)
def test_resolve_reads_the_spellings_articles_use(text, code):
    unit = lookup.resolve(text)
    assert unit is not None, text
    assert unit.code == code


def test_resolve_returns_none_for_what_is_not_a_province():
    assert lookup.resolve("Nam") is None
    assert lookup.resolve("Viêng Chăn") is None
    assert lookup.resolve("") is None


def test_resolve_picks_the_era_by_date_for_a_name_of_both_eras():
    assert lookup.resolve("Đắk Lắk", on_date=BEFORE).era == lookup.PRE_2025
    assert lookup.resolve("Đắk Lắk", on_date=AFTER).era == lookup.CURRENT
    assert lookup.resolve("Đắk Lắk", on_date=dt.date(2025, 7, 1)).era == lookup.CURRENT
    assert lookup.resolve("Đắk Lắk", on_date=dt.datetime(2025, 6, 30, 23, 0)).era == lookup.PRE_2025
    assert lookup.resolve("Tây Ninh", on_date=BEFORE).code == "72"
    assert lookup.resolve("Tây Ninh", on_date=AFTER).code == "80"
    hue = lookup.resolve("Huế", on_date=AFTER)
    assert (hue.name, hue.era, hue.unit_type) == ("Huế", lookup.CURRENT, "thanh_pho")


def test_resolve_without_a_date_prefers_the_pre_2025_unit():
    assert lookup.resolve("Đắk Lắk").era == lookup.PRE_2025
    assert lookup.resolve("Huế").name == "Thừa Thiên Huế"


def test_resolve_keeps_a_merged_unit_after_the_cutover_and_points_to_its_successor():
    unit = lookup.resolve("Phú Yên", on_date=AFTER)
    assert (unit.era, unit.code, unit.current_code, unit.current_name) == (
        lookup.PRE_2025,
        "54",
        "66",
        "Đắk Lắk",
    )


def test_resolve_reads_former_and_new_markers():
    assert lookup.resolve("Đắk Lắk (cũ)", on_date=AFTER).era == lookup.PRE_2025
    assert lookup.resolve("tỉnh Đắk Lắk mới", on_date=BEFORE).era == lookup.CURRENT


def test_find_all_gives_spans_in_the_original_text():
    text = "Ngày 3/7, UBND tỉnh Đắk Lắk và TP.HCM đón đoàn Lào; Đăk Lăk, Thừa Thiên-Huế và Bà Rịa–Vũng Tàu."
    hits = lookup.find_all(text, on_date=AFTER)
    assert [text[s:e] for s, e, _ in hits] == [
        "tỉnh Đắk Lắk",
        "TP.HCM",
        "Đăk Lăk",
        "Thừa Thiên-Huế",
        "Bà Rịa–Vũng Tàu",
    ]
    assert [(u.code, u.era) for _, _, u in hits] == [
        ("66", "2025"),
        ("79", "2025"),
        ("66", "2025"),
        ("46", "pre2025"),
        ("77", "pre2025"),
    ]


def test_find_all_skips_peace_the_pacific_people_and_the_battle():
    text = (
        "Vì hòa bình ở châu Á - Thái Bình Dương, Phó Thủ tướng Nguyễn Hòa Bình dâng hoa "
        "Chủ tịch Hồ Chí Minh; kỷ niệm chiến thắng Điện Biên Phủ; chị Huế, phố Nguyễn Huệ; Nam Bộ."
    )
    assert lookup.find_all(text) == []


def test_find_all_keeps_prefixed_and_nested_names():
    text = "Thành phố Hồ Chí Minh, tỉnh Điện Biên Phủ, Hà Nam Ninh, Hòa Bình, Cố đô Huế."
    found = [(text[s:e], u.name) for s, e, u in lookup.find_all(text)]
    assert found == [
        ("Thành phố Hồ Chí Minh", "Hồ Chí Minh"),
        ("tỉnh Điện Biên", "Điện Biên"),
        ("Hà Nam", "Hà Nam"),
        ("Hòa Bình", "Hòa Bình"),
        ("Huế", "Thừa Thiên Huế"),
    ]


def test_find_all_reads_a_former_marker_after_a_name():
    text = "các doanh nghiệp ở Bình Dương (cũ) và Đắk Lắk"
    hits = lookup.find_all(text, on_date=AFTER)
    assert [(u.name, u.era) for _, _, u in hits] == [("Bình Dương", "pre2025"), ("Đắk Lắk", "2025")]


def test_hue_is_the_city_of_hue_from_the_first_of_january_2025():
    assert lookup.resolve("Huế", "2024-12-31").name == "Thừa Thiên Huế"
    assert lookup.resolve("thành phố Huế", "2025-02-13").name == "Huế"
    # the other units keep the July cutover
    assert lookup.resolve("Đắk Nông", "2025-02-13").name == "Đắk Nông"
    assert lookup.resolve("Tây Ninh", "2025-02-13").code == lookup.resolve("Tây Ninh", "2024-02-13").code
