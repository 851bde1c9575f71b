"""The side of an official: central, local or foreign, read from the titles."""

import re

from apps.lib.text import fold
from apps.provinces import lookup

from ..lexicon import UPPER
from .lexicon import _FOREIGN_HONORIFICS, _lexicon

# Title words that only foreign officials carry, and bodies of foreign states.
_FOREIGN_TITLE = re.compile(
    # (China's border-management units' heads, not Vietnam's fisheries surveillance "Chi đội trưởng Chi đội Kiểm ngư")
    r"Tỉnh trưởng|Đô trưởng|Thị trưởng|Thống đốc bang|Huyện trưởng|Quận trưởng|Trấn trưởng|"
    r"(?:Chi đội trưởng|Tổng đội trưởng) (?:Chi đội|Tổng đội) Quản lý biên giới|"
    r"[Nn]ghị sĩ|Nghị viên|Thủ hiến|"
    r"Quốc vương|Hoàng thân|Ngoại trưởng|Khu ủy|Châu ủy|Châu trưởng|Nhân Đại|Đại hội Đại biểu nhân dân|Hạ viện|"
    r"Thượng viện|Hội đồng tỉnh|Đảng Nhân dân|Đảng Cộng sản (?!Việt)|Chính phủ Hoàng gia|\bbang\b|"
    # China's autonomous regions: "Ủy viên Thường vụ Đảng ủy Khu tự trị dân tộc Choang Quảng Tây"
    r"Khu tự trị"
)
# A post in a foreign locality the gazetteer knows: "Bí thư Thị ủy thành phố Sùng Tả".
# (or its Party committee: "Bí thư Thành ủy Đông Hưng")
_UNIT_NAMED = re.compile(
    # (or a capital: "Phó Chủ tịch HĐND Thủ đô Viêng Chăn")
    # (a county's: "Bí thư Huyện ủy Hà Khẩu")
    r"(?:tỉnh|thành phố|TP\.?|thị xã|huyện|châu|bang|quận|[Tt]hủ đô|Tỉnh ủy|Thành ủy|Thị ủy|Huyện ủy|Châu ủy|Khu ủy)\s+(" + UPPER + r"[\w'’-]*(?:\s" + UPPER + r"[\w'’-]*){0,3})"
)
_VIETNAM_ABROAD = re.compile(r"Việt Nam tại|Việt Nam ở|quán Việt Nam")
_FRIENDSHIP = re.compile(r"Việt Nam\s*[-–]\s*[^\W\d_]+(?:\s[^\W\d_]+)?|[^\W\d_]+\s*[-–]\s*Việt Nam")
_LOCAL_TITLE = re.compile(
    r"Tỉnh ủy|Thành ủy|Huyện ủy|UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân|[Ss]ở |MTTQ|"
    # (a province's deputies' delegation, whatever follows: "Phó Trưởng Đoàn đại biểu Quốc hội (ĐBQH) chuyên trách tỉnh")
    r"\btỉnh\b|thành phố|\bTP\b|huyện|ĐBQH tỉnh|Đại biểu Quốc hội tỉnh|Đoàn (?:đại biểu Quốc hội|ĐBQH)\b(?! Việt Nam)",
    re.I,
)
# Posts only Vietnam has.
_VIETNAMESE_POST = re.compile(
    # (Lao provinces have a "Ban Tuyên giáo" and a "Bộ đội Biên phòng" too; only Vietnam merged the
    # first with "Dân vận", and has a Fatherland Front by that name)
    r"UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân|Sở |Ban Tuyên giáo và Dân vận|MTTQ|Mặt trận Tổ quốc Việt Nam"
)
_CENTRAL_TITLE = re.compile(
    r"Bộ |Bộ$|Thứ trưởng|Bộ trưởng|Quốc hội|Chính phủ|Thủ tướng|Cục|Vụ |Ủy ban Biên giới|"
    r"Ủy ban Nhà nước|Liên hiệp|Đại sứ|Lãnh sự|Bộ Chính trị|Ban Bí thư|Trung tướng|Thiếu tướng|"
    r"Thượng tướng|Đại tướng|Tổng Tham mưu|Trung ương|Việt Nam|"
    # the State President's office: "Phó Chủ tịch nước", "Phó Chủ nhiệm Văn phòng Chủ tịch nước"
    r"Chủ tịch nước|"
    # a national academy's: "Phó Giám đốc Học viện" (Học viện Ngoại giao, Học viện Chính trị quốc gia ...)
    r"Học viện|"
    # the committee named just before, its own name not repeated: "... Ủy ban Nhà nước về người Việt Nam ở
    # nước ngoài do ông X - Phó Chủ nhiệm Ủy ban làm trưởng đoàn" (a province's are "Ủy ban Kiểm tra Tỉnh ủy", ...)
    r"Chủ nhiệm Ủy ban(?:\s*;|$)",
)


_LOCAL_UNIT_NAME = re.compile(
    r"(?<!\w)(?:huyện|xã|phường|thị xã|thị trấn|quận)\s+" + UPPER + r"[\w'’]*\s+" + UPPER + r"[\w'’]*(?:\s+" + UPPER
    + r"[\w'’]*)?(?!\s*\()"
)


_SO = re.compile(r"\bSở (?=[^;]*\b(?:tỉnh|thành phố|bang|châu)\s)")


def _without_units(text):
    """``text`` with the names of Vietnamese units blanked out."""
    for s, e, _unit in reversed(lookup.find_all(text)):
        text = text[:s] + " " + text[e:]
    return text


_SEAT = re.compile(r"\s(?:tại|ở)\s+[^;]*")
_BARE_PARTY_POST = re.compile(r"(?:Tỉnh ủy|Thành ủy|Huyện ủy)\s*(?:;|$)")


def _side(person, text):
    country_re = _lexicon().countries
    titles = " ; ".join(person.titles + person.places)
    if _VIETNAM_ABROAD.search(titles):
        return "central"
    plain = _without_units(_FRIENDSHIP.sub(" ", titles))  # "Chủ tịch UBND tỉnh Lào Cai" names no country
    # (nor a district's or commune's name that opens with a country's: "Bí thư Huyện ủy huyện Đức Cơ")
    plain = _LOCAL_UNIT_NAME.sub(" ", plain)
    if _FOREIGN_TITLE.search(plain) or country_re.search(plain.replace("Việt Nam", " ")):
        return "foreign"
    # (a department of the foreign unit named in it is no Vietnamese post: "Giám đốc Sở Thương mại tỉnh Takéo")
    if not _VIETNAMESE_POST.search(_SO.sub(" ", titles)) and any(
        fold(m.group(1)) in _lexicon().localities for m in _UNIT_NAMED.finditer(plain)
    ):
        return "foreign"
    if any(m.honorific in _FOREIGN_HONORIFICS for m in person.mentions):
        return "foreign"
    if ("-" in person.name or all(m.foreign_shape for m in person.mentions)) and any(
        fold(m.group(1)) in _lexicon().localities for m in _UNIT_NAMED.finditer(plain)
    ):
        return "foreign"  # "Bua-phăn Xỉ-xu-vông, Phó Chủ tịch HĐND Thủ đô Viêng Chăn": a council abroad
    if "-" in person.name or all(m.foreign_shape for m in person.mentions):
        # A non-Vietnamese name is foreign unless it holds a post only Vietnam has, or a post
        # in a Vietnamese province (ethnic-minority names: "Bí thư Tỉnh ủy Lai Châu Giàng Páo Mỷ").
        # (nor a Highlands name, "A Khiêm", "Y Thanh", with a party committee's post and no place named after it:
        # "Phó Bí thư Thường trực Tỉnh ủy")
        highlands = re.match(r"[AY] \w", person.name) and _BARE_PARTY_POST.search(titles)
        # (a unit named only as where the post sits is none of his: "Trưởng Văn phòng DPAA tại Hà Nội")
        if not _VIETNAMESE_POST.search(titles) and not lookup.find_all(_SEAT.sub(" ", titles)) and not highlands:
            return "foreign"
    if _LOCAL_TITLE.search(titles):
        # "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy": the provincial post decides.
        return "local"
    if _CENTRAL_TITLE.search(titles):
        return "central"
    return "local"


def _inherit_sides(text, people):
    """An untitled name in a list ("... và Nam Jong Sub, Kim Jang Il") is on the side of the
    titled official named before it in the same paragraph."""
    for p in people:
        if p.titles:
            continue
        line_start = text.rfind("\n", 0, p.start) + 1
        before = [q for q in people if q.titles and line_start <= q.start < p.start]
        if before and not (p.side == "foreign" and before[-1].side == "local"):
            # ("tỉnh tiếp ... đoàn ADB do ông Kenji Morimoto ...": a foreign name is no host's)
            p.side = before[-1].side


# The members of a visiting delegation listed: "Thành viên đoàn có TS. Đỗ Thị Thanh Bình, Trưởng khoa Chính trị quốc tế và
# Ngoại giao; ...", up to whom the province's side lists ("Tiếp đoàn có ...").
_MEMBERS = re.compile(r"(?:[Tt]hành viên (?:của )?[Đđ]oàn|[Cc]ùng đi với [Đđ]oàn|[Tt]ham gia [Đđ]oàn|[Đđ]oàn gồm)\b")
_HOSTS = re.compile(r"[Tt]iếp (?:và làm việc với )?[Đđ]oàn|[Vv]ề phía (?:tỉnh|thành phố)|[Pp]hía (?:tỉnh|thành phố)|[Cc]ùng tiếp")


def delegation_members(text, people, side):
    """The members listed of a delegation headed by one of ``side``, their own titles naming no province's post (a
    faculty's, a department's of a ministry), are of its side too."""
    for m in _MEMBERS.finditer(text):
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        if hosts := _HOSTS.search(text, m.end(), end):
            end = hosts.start()
        for p in people:
            if p.side == "local" and any(m.end() <= x.start < end for x in p.mentions) and not _LOCAL_TITLE.search(
                " ; ".join(p.titles + p.places)
            ):
                p.side = side


# The head of a foreign locality's delegation: "đoàn đại biểu thành phố Bằng Tường (Quảng Tây,
# Trung Quốc) do Bí thư Thành ủy Hoàng Kiến Quân dẫn đầu", a Chinese official whose name and
# title read Vietnamese. The place is a run of capitalised words right before "do".
_DELEGATION_OF = re.compile(
    r"[Đđ]oàn\s+(?:đại biểu|công tác)(?:\s+cấp cao)?(?:\s+của)?\s+"
    # a body of the place may come first: "Đoàn công tác Sở Ngoại vụ Khu tự trị dân tộc Choang Quảng Tây"
    r"(?P<body>(?:Sở|Văn phòng|Ban|Cục|Ủy ban|Chính quyền)(?:\s+[\w]+){1,3}\s+)?"
    r"(?i:tỉnh|thành phố|TP\.?|thị xã|bang|quận|huyện|châu|khu tự trị(?: dân tộc)?(?: \w+)?)\s+"
    r"(?P<place>" + UPPER + r"[\w-]*(?:\s" + UPPER + r"[\w-]*){0,3})\s*(?:\((?P<note>[^()\n]{2,60})\)\s*)?"
    # the region it lies in, with its country: "thành phố Bằng Tường (Pingxiang), Khu tự trị dân tộc
    # Choang Quảng Tây (Trung Quốc) do ..."
    r"(?:,\s*[^,()\n]{2,60}?\s*\((?P<region>[^()\n]{2,60})\)\s*)?,?\s+do\s+"
    r"(?:ông\s+|bà\s+|đồng chí\s+)?$"
)


def _abroad(text, country_re):
    """A country named in ``text`` once the Vietnamese units are taken out ("Lào Cai" names no
    country)."""
    return bool(country_re.search(_without_units(text)))


def _foreign_delegation_heads(text, people):
    """An official named as the head of a foreign place's delegation is foreign: the place has
    its country in brackets there, or is a known foreign locality the article names with its
    country somewhere ("Bằng Tường (Quảng Tây, Trung Quốc)"); his titles name no Vietnamese
    province and no post only Vietnam has."""
    lex = _lexicon()
    for p in people:
        titles = " ; ".join(p.titles + p.places)
        if p.side == "foreign" or lookup.find_all(titles):
            continue
        for m in p.mentions:
            begin = min([m.start] + [ts for ts, te in m.titles if te <= m.start])
            hit = _DELEGATION_OF.search(text[max(0, begin - 160) : begin])
            if not hit or lookup.find_all(hit.group("place")):
                continue
            # ("Phó Giám đốc Sở Ngoại vụ" heading the delegation of a foreign place's Sở Ngoại vụ)
            post = titles.replace("Sở ", " ") if (hit.group("body") or "").startswith("Sở") else titles
            if _VIETNAMESE_POST.search(post):
                continue
            place = hit.group("place")
            if hit.group("note") or hit.group("region"):
                foreign = any(_abroad(g, lex.countries) for g in (hit.group("note"), hit.group("region")) if g)
            else:
                named = re.finditer(re.escape(place) + r"\s*(?:\(([^()\n]{2,60})\)|,\s*([^.;\n]{2,60}))", text)
                foreign = fold(place) in lex.localities and any(
                    _abroad(n.group(1) or n.group(2), lex.countries) for n in named
                )
            if foreign:
                p.side = "foreign"
                break
