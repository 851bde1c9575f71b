"""The one list of foreign countries (data/countries.json): each country's name as records
store it and every form the Vietnamese press writes it in. Extraction, the partners gazetteer
and the demo data read it here; nothing else lists countries.

Plain Python (no Django): extraction imports it.
"""

import json
from functools import cache
from pathlib import Path

from .text import fold, normalize

DATA = Path(__file__).resolve().parent / "data" / "countries.json"


@cache
def _data():
    return json.loads(DATA.read_text(encoding="utf-8"))


@cache
def countries():
    """{name: [forms]} in the file's order (the commonest partners first); the name is a form."""
    return {normalize(name): [normalize(f) for f in forms] for name, forms in _data()["countries"].items()}


def names():
    """The countries' names, as records store them."""
    return list(countries())


@cache
def given_name_forms():
    """Short forms that are also Vietnamese given names ("Nga", "Anh", "Mỹ")."""
    return frozenset(normalize(f) for f in _data()["given_name_forms"])


def forms():
    """Every form of every country, the given-name forms included."""
    return [f for fs in countries().values() for f in fs]


@cache
def folded_forms():
    """Every form, folded (no case, no diacritics): "Hàn Quốc" and "han quoc" are one country."""
    return frozenset(fold(f) for f in forms())


def plain_forms():
    """Every form that is not also a given name, in forms()' order: where it stands it names
    the country (unless a province's name goes on: "Lào Cai")."""
    short = given_name_forms()
    return [f for f in forms() if f not in short]


def regions():
    """Foreign regions and bodies that are no country ("Châu Âu", "EU", "ASEAN")."""
    return [normalize(r) for r in _data()["regions"]]


def areas():
    """Parts of the world and oceans ("Đông Bắc Á", "Nam Thái Bình Dương"): a ministry's
    department is named after them ("Vụ Đông Bắc Á"), so they name no foreign side."""
    return [normalize(r) for r in _data()["areas"]]


@cache
def english_names():
    """{name: its name in English} ("Lào": "Laos"), Việt Nam included."""
    return {normalize(name): en for name, en in _data()["english"].items()}
