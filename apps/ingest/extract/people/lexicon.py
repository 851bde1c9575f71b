"""The people extractor's word lists (data/titles.txt, people_*.txt, partners.json's
localities, the countries of apps/lib/data/countries.json) and the letter classes its patterns share."""

import json
import re
from functools import cache
from types import SimpleNamespace

from apps.lib import countries as country_list
from apps.lib import surnames as surnames_list
from apps.lib.text import fold, name_key

from ..lexicon import DATA, data_lines

# A word: letters, with hyphenated parts ("Ạ-nu-phạp", "Cam-pu-chia"); a part after a hyphen
# that starts a title ("Song Han Jun-Chủ tịch") is split off in _tokens().
# (an Ê Đê woman's "H'" written apart from her name, "H' Yâm Niê", is one word with it, as in "H'Yâm Niê")
_WORD = re.compile(r"(?:(?<![^\W\d_])[HK]['’] (?=[A-ZĐ\u00C0-\u1EF9]))?[^\W\d_]+(?:[-‐'’][^\W\d_]+)*")
_FOREIGN_HONORIFICS = {"ngài", "samdech", "ngài samdech", "oknha", "okhna"}  # (both spellings of the Khmer title)
# Capitalised words that never stand inside a person's name: they end a run.
_BREAKERS = set(
    "bộ sở cục ủy tỉnh huyện đảng hội phó chủ thứ bí tổng giám ông bà ngài samdech ban vụ tham cơ "
    "viện quỹ khu thủ tại theo về và với của các những trong từ đến sau trước ngày sáng chiều tối "
    "lãnh đô nhà tiếp chánh oknha okhna báo lok chumteav lôk chum-tiêv kỷ huân tết chị "
    # a degree written without its dot before the name: "ThS Đoàn Thị Hương", "PGS Lê Văn Bình" (not "TS", "GS": a Mongolian's
    # father's initial, "Ts. Ganbaatar")
    "ths pgs ncs "
    # a Russian city's council: "trưởng đoàn Đuma Mát-xcơ-va"
    "đuma duma".split()
)
# Words before a run that make its start a place ("tỉnh Hà Nam Phạm Sỹ Lợi").
_PLACE_NOUNS = set(
    "tỉnh phố tp huyện quận xã phường bang đô khu vùng vực châu thị trấn miền nước quốc hạt địa ủy".split()
)
# Words after a run that make it a place, not a person: "Sê Kông (nước CHDCND Lào)".
_COUNTRY_AFTER = re.compile(
    r"^\s*[(,]\s*(?:nước\s+|vương quốc\s+|thủ đô\s+)?([^\W\d_][^(),;.\n]{0,40}?)\s*[),.;]", re.I
)

# What comes after an official and makes him the head of a delegation or a meeting.


_data_lines = data_lines  # one reader of the list files (extract/lexicon.py)


@cache
def _lexicon():
    heads = sorted(set(_data_lines("titles.txt")), key=len, reverse=True)
    # (an acting holder: "Quyền Thị trưởng thành phố Daegu", "Quyền Giám đốc Sở Ngoại vụ")
    head_re = re.compile(
        r"(?<![\w§])(?:(?-i:Quyền) )?(?:" + "|".join(re.escape(h) for h in heads) + r")(?![\w§])", re.I
    )
    words, connectors, stops = set(), set(), []
    for line in _data_lines("people_words.txt"):
        if line.startswith("@stop "):
            stops.append(line.split(" ", 1)[1])
        elif line.startswith("@connect "):
            connectors.add(line.split(" ", 1)[1].lower())
        else:
            words.add(line.lower())
    surnames = {w.lower() for w in surnames_list.every()}
    countries = country_list.forms() + country_list.regions()
    # (parts of the world are no name either: "Trịnh Quang Hải, Vụ trưởng Vụ Đông Bắc Á")
    country_keys = {fold(c) for c in countries + country_list.areas()} | {"viet nam"}
    country_re = re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(c) for c in sorted(countries, key=len, reverse=True)) + r")(?!\w)"
    )
    not_officials = {name_key(n) for n in _data_lines("people_not_officials.txt")}
    # (foreign companies' names are no person's: "Phó Chủ tịch ... của Samsung Electronics")
    companies = {fold(n) for n in _data_lines("activity_foreign_companies.txt")}
    # Foreign localities (the partners gazetteer, read only for their spellings): "Tỉnh trưởng
    # tỉnh Champasak Vilay ..." loses its place, "Luông Pha Bang" is never a person.
    localities = set()
    try:
        gazetteer = json.loads((DATA / "partners.json").read_text(encoding="utf-8"))
        for loc in gazetteer.get("localities", []):
            localities.update(fold(v) for v in [loc.get("name", "")] + loc.get("variants", []) if v)
    except (OSError, ValueError, AttributeError):
        pass  # without the gazetteer, only places the article itself names are known
    stop_re = re.compile(r" (?:" + "|".join(stops) + r")(?!\w)")  # matched at a position: no ^
    return SimpleNamespace(
        heads=head_re,
        words=words,
        connectors=connectors,
        stops=stop_re,
        surnames=surnames,
        country_keys=country_keys,
        countries=country_re,
        not_officials=not_officials,
        companies=companies,
        localities=localities,
    )
