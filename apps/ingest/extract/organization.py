"""The organization field: the body that leads the delegation or holds the event."""

import re

from apps.lib.text import fold

from . import lexicon
from .lexicon import UPPER
from .people.lexicon import _lexicon
from .people.titles import _CAP_GROUP

_ORG_HEADS = (
    r"(?:Đảng ủy|Đảng đoàn|Ban cán sự đảng)?\s*(?:Bộ|Ủy ban|Liên hiệp|Ban|Cục|Vụ|Văn phòng|Hội|"
    r"Quốc hội|Tổng cục|Đại sứ quán|Tổng Lãnh sự quán|Lãnh sự quán|Sở|UBND|HĐND|Cơ quan|"
    r"Tỉnh ủy|Thành ủy|Học viện|Trung tâm)"
)
# Words that go on naming a body after its head word ("Bộ Ngoại giao", "Ủy ban Nhà nước về
# người Việt Nam ở nước ngoài"); "về" only before a name or "người" ("Sở Ngoại vụ về tổ chức
# ..." is a topic, not a body).
_ORG_WORDS = (
    r"(?:[ \t]+(?:" + UPPER + r"[\w.]*|các|tổ|chức|hữu|nghị|quốc|gia|nhân dân|tỉnh|thành|phố|ngoại|vụ|"
    r"giao|biên|giới|nhà|nước|về(?=\s+(?:người|" + UPPER + r"))|người|ở|ngoài|văn|hóa|đối|thông|tin|"
    # ("Cục Lãnh sự", "Cục Lễ tân Nhà nước", "Vụ Kinh tế đối ngoại")
    r"sự|tân|tế|"
    # (a unit's name with its dash: "Ban Chỉ đạo công tác đối ngoại tỉnh Thừa Thiên - Huế")
    r"chỉ|đạo|công|tác|và|[-–](?=[ \t]+" + UPPER + r"))(?!\w))*"
)
_DELEGATION_ORG = re.compile(
    r"[Đđ]oàn\s+(?:công\s+tác\s+|đại\s+biểu\s+|lãnh\s+đạo\s+)?(?:liên\s+ngành\s+)?(?:cấp\s+cao\s+)?(?:của\s+)?"
    r"(?P<org>"
    + _ORG_HEADS
    + _ORG_WORDS
    + r"|(?:tỉnh|thành phố|TP\.|thủ đô|Thủ đô|bang)\s+"
    + UPPER
    + r"[\w-]*(?:[ \t]+"
    + UPPER
    + r"[\w-]*)*)"
)
_EVENT_ORG = re.compile(
    r"(?P<org>(?:"
    + _ORG_HEADS
    + r")"
    + _ORG_WORDS
    + r")\s+(?:đã\s+)?(?:long\s+trọng\s+)?(?:phối\s+hợp\s+)?tổ\s+chức"
)
_TITLE_ORG = re.compile(
    r"^(?:Phó\s+)?(?:[Cc]hủ tịch|[Bb]í thư|Giám đốc|Trưởng [Bb]an|[Cc]hủ nhiệm|Thứ trưởng|Bộ trưởng|"
    r"Cục trưởng|Vụ trưởng|Tổng Lãnh sự|Đại sứ)(?:\s+Thường trực|\s+thường trực)?\s+(?P<org>.+)$"
)
_PROVINCIAL_BODY = re.compile(
    r"^(?:UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân|Tỉnh ủy|Thành ủy|Sở [\w ]+?)(?:\s+(?:tỉnh|thành phố|TP\.?))?$"
)


def _complete_org(org, province):
    """ "Sở Ngoại vụ" -> "Sở Ngoại vụ tỉnh Đắk Lắk": a provincial body gets its province."""
    org = org.strip(" ,.;:")
    if not province or fold(province) in fold(org):
        return org
    if re.search(r"(?:tỉnh|thành phố|TP\.?)\s+" + UPPER, org):
        return org  # "Sở Ngoại vụ tỉnh Savannakhet": a body of another place, already named
    if org in ("Tỉnh ủy", "Thành ủy"):
        return f"{org} {province}"
    if _PROVINCIAL_BODY.match(org):
        if re.search(r"(?:tỉnh|thành phố|TP\.?)$", org):
            return f"{org} {province}"
        city = province in lexicon.cities()
        return f"{org} {'thành phố' if city else 'tỉnh'} {province}"
    return org


_ENVOY = re.compile(
    r"^(?:Phó\s+)?(?P<post>Đại sứ|Tổng Lãnh sự|Lãnh sự)(?:\s+đặc mệnh toàn quyền)?\s+(?P<country>.+?)\s+tại\s+(?P<where>.+)$"
)
_MISSION = re.compile(r"(?:Tổng Lãnh sự quán|Lãnh sự quán|Đại sứ quán)\b.*")
_FOREIGN_PLACE = re.compile(
    r"(?:tỉnh|thành phố|thủ đô|Thủ đô|bang|Khu tự trị(?: dân tộc \w+)?)\s+" + _CAP_GROUP
)


def _org_of_titles(titles):
    for t in titles:
        if m := _MISSION.search(t):
            return m.group(0)
        # "Đại sứ Australia tại Việt Nam" -> "Đại sứ quán Australia"
        if m := _ENVOY.match(t):
            where = "" if m.group("where") == "Việt Nam" else f" tại {m.group('where')}"
            return f"{m.group('post')} quán {m.group('country')}{where}"
    for t in titles:
        if t.startswith("Ủy viên"):
            continue
        m = _TITLE_ORG.match(t)
        if m and not m.group("org").startswith(("tỉnh", "Thường trực", "thường trực")):
            return m.group("org")
    return None


def _foreign_org(lead):
    """A foreign lead's body: the foreign locality his titles name ("tỉnh Vân Nam")."""
    for t in reversed(lead.titles + lead.places):
        if m := _FOREIGN_PLACE.search(t):
            return m.group(0)
    return _org_of_titles(lead.titles)


# A name cut short: a head word with nothing after it ("Cộng" of "Cộng hòa ...", "Tập đoàn", "Châu
# ủy"), or a locality's kind word before a country ("bang Nga"). No body is better than a wrong one.
_CUT_SHORT = re.compile(
    r"(?:^|\s)(?:Cộng|Cộng hòa|Tập đoàn|Công ty|Hội đồng|Châu ủy|Tỉnh ủy|Thành ủy|Tổ chức|Cơ quan|Ủy ban|Bộ|Ban|Sở|Cục|Vụ|"
    r"Hội|Liên hiệp|Văn phòng|Trung tâm|Học viện)$"
)


def extract(doc, kind, province, lead, people):
    """The body that leads the delegation or holds the event (``province``: its name), or None
    when the name read is cut short."""
    org = _extract(doc, kind, province, lead, people)
    if org is None:
        return None
    # ("Giám đốc quốc gia Cơ quan Hợp tác quốc tế Hàn Quốc": a country director's body)
    org = re.sub(r"^quốc gia\s+(?=" + UPPER + r")", "", org)
    if org[:1].islower() and not re.match(r"(?:tỉnh|thành phố|bang|vùng|thủ đô|hạt|châu|quận|huyện|khu|tỉnh bang)\s", org):
        return None  # "công", "quốc gia": a title's tail, not a body
    kind_and_rest = _KIND_THEN.fullmatch(org)
    if _CUT_SHORT.search(org) or (kind_and_rest and _lexicon().countries.fullmatch(kind_and_rest.group(1))):
        return None  # (or "bang Nga": a locality's kind word before a country's name)
    return org


_KIND_THEN = re.compile(r"(?:tỉnh|thành phố|bang|vùng)\s+(.+)")


def _extract(doc, kind, province, lead, people):
    text = doc.text
    if kind == "provincial_event":
        m = _EVENT_ORG.search(text)
        if m:
            return _complete_org(m.group("org"), province)
    if kind in ("central_delegation", "foreign_delegation"):
        for m in _DELEGATION_ORG.finditer(text):
            org = m.group("org").strip()
            if province and fold(province) in fold(org):
                continue  # the host's own body, not the visitors'
            if len(org.split()) >= 2:
                return _complete_org(org, province)
    if lead is not None and lead.side == "foreign":
        return _foreign_org(lead)
    if lead is not None:
        org = _org_of_titles(lead.titles)
        if org:
            return _complete_org(org, province)
    if kind == "central_delegation" and re.search(r"Bộ Ngoại giao", text):
        return "Bộ Ngoại giao"
    if province and kind in ("outbound_delegation", "provincial_event"):
        return _complete_org("UBND tỉnh", province)
    return None
