"""One list of countries and one of family names (apps/lib/data/): every reader takes them from
there, so a form added once is known to every extractor and to the place-name finder."""

import json

from apps.ingest.extract import asker, cues, partners
from apps.ingest.extract.people import lexicon as people_lexicon
from apps.lib import countries, surnames
from apps.lib.text import normalize
from apps.provinces import lookup
from apps.visits.ops import demo


def test_every_form_is_written_once_and_in_normal_form():
    seen = {}
    for name, forms in countries.countries().items():
        assert name in forms, name
        for form in forms:
            assert form == normalize(form)
            assert form not in seen, f"{form} is a form of {seen.get(form)} and {name}"
            seen[form] = name
    assert countries.given_name_forms() <= set(seen)
    assert not set(countries.regions()) & set(seen)
    assert not set(countries.areas()) & (set(seen) | set(countries.regions()))
    assert all(a == normalize(a) for a in countries.areas())


def test_the_partners_gazetteer_names_only_countries_of_the_list():
    data = json.loads(partners.DATA.read_text(encoding="utf-8"))
    assert "countries" not in data
    assert {loc["country"] for loc in data["localities"]} <= set(countries.names())


def test_the_demo_data_use_the_lists():
    assert set(demo.COUNTRIES) <= set(countries.names())
    assert demo.SURNAMES == surnames.common()


def test_a_form_in_the_list_is_foreign_to_the_activity_cues():
    # A transliteration listed once ("Bê-la-rút") is a foreign country to the activity cues.
    assert cues.country_rx().search("Đoàn công tác của tỉnh thăm và làm việc tại Bê-la-rút.")
    # A short form that is also a given name is a country only when no name stands by it.
    assert cues.country_rx().search("Tỉnh đón đoàn doanh nghiệp Nga đến khảo sát.")
    assert not cues.country_rx().search("Bà Nguyễn Thị Nga phát biểu tại buổi làm việc.")
    # A province named after a country is not the country.
    assert not cues.country_rx().search("Tỉnh Lào Cai đón đoàn công tác.")


def test_a_country_of_the_list_is_never_a_persons_name_to_the_people_extractor():
    lex = people_lexicon._lexicon()
    assert lex.countries.search("Đại sứ Belarus tại Việt Nam")
    assert lex.countries.search("Trưởng Phái đoàn Liên minh châu Âu")  # a region of the list
    assert "hy lap" in lex.country_keys


def test_an_ask_from_a_foreign_state_or_an_international_body_is_not_the_provinces():
    rx = asker._not_provincial()
    assert rx.search("Đại sứ quán Thụy Điển")
    assert rx.search("Tổ chức UNESCO")
    assert rx.search("đại diện FAO")  # from the lexicon's international organisations
    assert not rx.search("Lào Cai")


def test_a_province_is_also_named_by_its_short_forms():
    assert "Huế" in lookup.short_names("Thừa Thiên Huế")
    assert "HCM" in lookup.short_names("Hồ Chí Minh")
    assert lookup.short_names("Kon Tum") == []
    names = asker._province_names(_Province("Thừa Thiên Huế"))
    assert "Huế" in names


def test_a_place_name_after_a_common_family_name_is_part_of_a_persons_name():
    assert "Nguyễn" in surnames.common() and "Lò" in surnames.every() and "Lò" not in surnames.common()
    # "Hà Nam" after "Phạm" is a person; at the start of a sentence, the province.
    assert lookup.find_all("Ông Phạm Hà Nam phát biểu.") == []
    assert [unit.name for _, _, unit in lookup.find_all("Tỉnh Hà Nam đón đoàn.")] == ["Hà Nam"]


class _Province:
    def __init__(self, name):
        self.names = [name]


def test_every_country_has_an_english_name():
    english = countries.english_names()
    assert set(countries.names()) <= set(english)
    assert english["Hy Lạp"] == "Greece" and english["Việt Nam"] == "Vietnam"


def test_the_capital_is_known_from_the_provinces_data():
    assert lookup.is_capital("Hà Nội")
    assert not lookup.is_capital("Hải Phòng")
