"""What both is_activity (activity.py) and kind (kind.py) read: the lead of the article
(the title and its first body sentences), and the names of foreign countries, central bodies
and foreign corporations (apps/lib/data/countries.json, data/activity_*.txt)."""

import re
from functools import cache

from apps.lib import countries as country_list

from .lexicon import DATA, LOWER, UPPER, WIRE_DAY, data_lines, not_a_province
from .partners import capitals_pattern, known_abroad

_LEAD = 3  # body sentences that carry the occasion


@cache
def country_rx():
    plain = country_list.plain_forms()
    guarded = [f for f in country_list.forms() if f in country_list.given_name_forms()]
    # A province named after a country ("Lào Cai") is not the country (the provinces data say
    # which); a short name between capitalised words is a person.
    not_province = not_a_province(plain)
    plain = sorted((re.escape(x) for x in plain), key=len, reverse=True)
    guarded = [re.escape(x) for x in guarded]
    cap = UPPER + LOWER
    return re.compile(
        r"(?<![\w-])(?:(?:" + "|".join(plain) + r")(?![\w-])" + not_province +
        r"|(?<!" + cap + r"\w )(?<!" + cap + r" )(?:" + "|".join(guarded) + r")(?![\w-])(?! " + cap + r"))"
    )


@cache
def central_rx():
    """Vietnam's central foreign-affairs bodies. A body's name followed by a foreign country or a
    foreign-only unit is that country's ("Bộ Ngoại giao Lào", "Cục Ngoại vụ châu Văn Sơn"),
    except for Vietnam's own missions, named with where they sit ("Đại sứ quán Việt Nam tại")."""
    lines = data_lines("activity_central_bodies.txt")
    names = sorted((re.escape(x) for x in lines if not x.endswith(" tại")), key=len, reverse=True)
    missions = sorted((re.escape(x) for x in lines if x.endswith(" tại")), key=len, reverse=True)
    # (every form of a country, "Đức" and "Nga" too: right after a body's name it is no given name;
    # "Lào Cai" stays a province, as country_rx says)
    foreign = r"(?!" + of_a_country() + r"|\s+(?:châu|bang|tỉnh bang|khu tự trị)\s)"
    # (nor the counterpart of a department named just before it: "cơ chế hội đàm định kỳ giữa hai Sở, Cục Ngoại vụ")
    counterpart = r"(?<!Sở, )(?<!Sở và )"
    return re.compile(
        r"(?:" + counterpart + r"(?:" + "|".join(names) + r")" + foreign + "|" + "|".join(missions) + r")", re.IGNORECASE
    )


@cache
def of_a_country():
    """A country named right after a body's name, its kind words and long name too: " Lào", " của Nhật Bản", " nước
    Cộng hòa Dân chủ Nhân dân Lào" (a pattern to follow a body's name)."""
    return (
        r"\s+(?:của\s+)?(?:(?i:nước\s+)?(?i:vương quốc|cộng hòa(?:\s+(?:dân chủ nhân dân|nhân dân|liên bang|dân chủ))?|CHDCND|CHND)\s+"
        r"|(?i:nước)\s+)?(?:" + _any_country() + r")"
    )


def _any_country():
    forms = sorted((re.escape(x) for x in country_list.forms()), key=len, reverse=True)
    return r"(?:" + "|".join(forms) + r")(?![\w-])" + not_a_province(country_list.plain_forms())


def _company_names():
    names = []
    for line in (DATA / "activity_foreign_companies.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            names.append(re.escape(line))
    return r"(?-i:\b(?:" + "|".join(sorted(names, key=len, reverse=True)) + r")\b)"


COMPANIES = _company_names()


def body_sentences(doc):
    """Body sentences of some length (Doc.long_body: read once per article, not once per call)."""
    return doc.long_body


def head_text(doc, n=_LEAD):
    """The title and the first body sentences, as one text."""
    body = [s.text for s in body_sentences(doc)[:n]]
    return "\n".join([doc.title, *body])


# A wire's dateline: "Canberra (TTXVN) - ...", "Pakse, 9/8 (TTXVN) - ...".
WIRE_DATELINE = re.compile(
    r"^(?P<place>[^()\n,]{2,30}?)\s*" + WIRE_DAY + r"\((?:TTXVN|VNA|Vietnam\+|TTXVN/Vietnam\+)\)\s*[-–]"
)


@cache
def capital_name():
    return re.compile(r"(?:" + capitals_pattern() + r")", re.IGNORECASE)


def abroad(place):
    """A wire's dateline place is abroad: a foreign capital, a locality the gazetteer knows, a country."""
    place = place.strip()
    return bool(capital_name().fullmatch(place) or known_abroad(place) or country_rx().fullmatch(place))
