"""Whether the article reports an activity, and of which kind.

An activity (GUIDE.md) is a dated or datable foreign-affairs occasion of one province: a
central delegation, a foreign guest, a delegation abroad, or the province's own
conference. The article must name the province, speak of foreign affairs in its opening,
and report one concrete occasion (a day of the activity in the lead, or a meeting named in
the body: "buổi làm việc", "hội đàm"). Pages that are documents (plans, decisions,
regulations), interviews, internal routines of a department and year-in-review features are
not activities even when they name meetings.

The kind is read from the title and the lead, in this order: a delegation of the province
abroad (a foreign venue, or Vietnam's mission abroad receiving it); the province's own
conference or event ("Sở Ngoại vụ tổ chức Hội nghị ..."); a central foreign-affairs body's
delegation; a foreign guest. The first that matches wins.
"""

import re
from functools import cache
from pathlib import Path

from apps.lib.text import normalize

from . import dates

DATA = Path(__file__).resolve().parent.parent / "data"
_LEAD = 3  # body sentences that carry the occasion


def _lines(name):
    out = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        line = normalize(line.strip())
        if line and not line.startswith("#"):
            out.append(line)
    return out


@cache
def _country_rx():
    plain, guarded = [], []
    for line in _lines("activity_countries.txt"):
        (guarded if line.endswith("*") else plain).append(re.escape(line.rstrip("*")))
    plain.sort(key=len, reverse=True)
    cap = r"[A-ZĐÀ-Ỹ][a-zà-ỹđ]"
    # "Lào Cai" is a province, not Laos; a short name between capitalised words is a person.
    return re.compile(
        r"(?<![\w-])(?:(?:" + "|".join(plain) + r")(?![\w-])(?! Cai\b)"
        r"|(?<!" + cap + r"\w )(?<!" + cap + r" )(?:" + "|".join(guarded) + r")(?![\w-])(?! " + cap + r"))"
    )


@cache
def _central_rx():
    names = sorted((re.escape(x) for x in _lines("activity_central_bodies.txt")), key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(names) + r")", re.IGNORECASE)


def _company_names():
    names = []
    for line in (DATA / "activity_foreign_companies.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            names.append(re.escape(line))
    return r"(?-i:\b(?:" + "|".join(sorted(names, key=len, reverse=True)) + r")\b)"


_COMPANIES = _company_names()

# Foreign-affairs words: an activity's opening speaks of them (or names a foreign country).
_FOREIGN_AFFAIRS = re.compile(
    r"đối ngoại|ngoại giao|ngoại vụ|nước ngoài|quốc tế|hữu nghị|biên giới|đại sứ|lãnh sự|kiều bào|"
    r"phi chính phủ|giám đốc quốc gia|hợp tác với|kết nghĩa|FDI|ASEAN|"
    # international organisations, foreign corporations, Korean names ("Kim Sung-jin")
    r"Liên hợp quốc|UNICEF|UNDP|UNFPA|UNESCO|UNHCR|WHO|FAO|ILO|IOM|JICA|KOICA|USAID|GIZ|AFD|ADB|"
    r"Ngân hàng Thế giới|World Bank|vốn ODA|(?-i:\b[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+\b)|" + _COMPANIES + r"|"
    # "tỉnh Hà Nam, Việt Nam", "Lào Cai (Việt Nam)": written with a foreign counterpart in view
    r"(?:,|\() ?Việt Nam\b",
    re.IGNORECASE,
)
# Words that name the occasion itself.
_TRIGGER = re.compile(
    r"làm việc|hội đàm|hội kiến|\btiếp\b(?! (?:tục|diễn|nhận|cận|theo|thu|xúc|giáp|nối|tế|sức|thị|đến))|thăm|chúc tết|ký kết|hội nghị|tổ chức|gặp mặt|gặp gỡ|"
    r"đối thoại|tọa đàm|diễn đàn|dẫn đầu|trưởng đoàn|tham dự|họp mặt|kỷ niệm|\bhọp\b|chủ trì|"
    # ("đón chuyến bay", "đón du khách": an airport or a resort's news, not a reception)
    r"\bđón\b(?!\s+(?:chuyến bay|chuyến tàu|tàu|du khách|khách du lịch|hành khách|lượt khách|khách quốc tế đến))",
    re.IGNORECASE,
)
# A concrete meeting reported in the body.
_MEETING = re.compile(
    r"buổi (?:làm việc|tiếp|hội đàm|hội kiến|gặp|đối thoại|lễ|họp)|hội đàm|hội kiến|tiếp và làm việc|"
    r"tiếp đoàn|tại hội nghị|phát biểu (?:tại|khai mạc)|chuyến (?:thăm|công tác)|hai bên (?:đã )?(?:trao đổi|thống nhất)|"
    # a signing with a foreign side: "ký kết biên bản hợp tác", "lễ ký thỏa thuận", "ký kết hợp tác"
    r"(?:lễ |buổi )?ký kết (?:\w+ )?(?:biên bản|thỏa thuận|bản ghi nhớ|hợp tác|văn kiện|kế hoạch hợp tác)|"
    r"lễ ký\b|buổi ký\b|"
    # a reception told in a caption: "Lãnh đạo tỉnh tiếp Đại sứ ...", "tiếp xã giao Tổng Lãnh sự"
    r"\btiếp (?:và làm việc với |xã giao |thân mật )?(?:Đại sứ|Tổng Lãnh sự|Lãnh sự|Ngài|ngài|[Đđ]oàn )|"
    # a visit told without its day: "đã thăm và làm việc với Tỉnh ủy", "vừa tiếp Đoàn"
    r"\b(?:đã|vừa) (?:có buổi |có chuyến )?(?:thăm(?:,| và) làm việc|làm việc với|tiếp|hội đàm|hội kiến)\b|"
    # a delegation's preparatory meeting: "họp Đoàn đại biểu tỉnh ... tham dự ..."
    r"\bhọp (?:triển khai |thống nhất |chuẩn bị )?(?:[Đđ]oàn (?:đại biểu|công tác))",
    re.IGNORECASE,
)
# "mới đây", "vừa qua": a recent occasion without its day.
_RECENT = re.compile(r"mới đây|vừa qua|vừa diễn ra|hôm nay|chiều nay|sáng nay|tối nay", re.IGNORECASE)

# National diplomacy: a national leader's own meeting (GUIDE.md: no province involved).
_NATIONAL_LEADER = re.compile(
    r"^(?:Thủ tướng|Phó Thủ tướng|Chủ tịch nước|Phó Chủ tịch nước|Tổng Bí thư|Chủ tịch Quốc hội|"
    r"Phó Chủ tịch Quốc hội|Thường trực Ban Bí thư)(?!\w)"
)

# Pages that are not reports of an activity.
_DOCUMENT = re.compile(
    r"ban hành(?: kèm theo)? (?:kế hoạch|quyết định|quy chế|quy định|chỉ thị|hướng dẫn)|"
    # "phê duyệt Kế hoạch hoạt động đối ngoại", "đã ký Quyết định số ...": a document's news
    r"phê duyệt (?:kế hoạch|đề án|chương trình|quy hoạch|danh mục)|"
    r"\bký (?:ban hành )?(?:quyết định|kế hoạch(?! hợp tác)|chỉ thị|công văn|văn bản)|"
    r"^(?:[^:\n]{0,30}:\s*)?(?:kế hoạch|quyết định|quy chế|quy định|thông báo|hướng dẫn)\b",
    re.IGNORECASE | re.MULTILINE,
)
# The header of an official document, in capitals on its own lines.
_DOCUMENT_HEADER = re.compile(
    r"^(?:CỘNG )?HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$|^Độc lập - Tự do - Hạnh phúc$|^QUYẾT ĐỊNH:?$", re.MULTILINE
)
_INTERVIEW = re.compile(
    r"phỏng vấn|trả lời báo|trò chuyện với|phóng viên (?:đã )?(?:có )?(?:cuộc )?(?:trao đổi|trò chuyện)|"
    r"^(?:PV|Phóng viên)\s*:[^\n]*\?",  # a question ("Phóng viên: Trần Tuấn" is a byline)
    re.IGNORECASE | re.MULTILINE,
)
# An interview announced in the lead itself ("phóng viên Báo Thế giới & Việt Nam đã có cuộc trao
# đổi với ..."); further down, such a sentence may be a related story's teaser.
_INTERVIEW_LEAD = re.compile(
    r"phóng viên[^.,;\n]{0,40}?(?:đã )?(?:có )?(?:cuộc )?(?:trao đổi|trò chuyện)", re.IGNORECASE
)
_INTERNAL = re.compile(
    r"chào cờ|sinh hoạt (?:tư tưởng )?dưới cờ|sinh hoạt chi bộ|đại hội chi bộ|\bChi bộ\b|"
    # routine sessions and press briefings: "phiên họp thường kỳ tháng 10", "Họp báo thường kỳ"
    r"(?:phiên )?họp thường kỳ|họp báo|tình hình kinh tế - xã hội \d+ tháng|"
    r"kiểm điểm(?:,)? (?:tập thể|đánh giá)|xếp loại (?:chất lượng )?(?:tập thể|đảng viên)|đảng viên",
    re.IGNORECASE,
)
# A review of a period rather than one occasion.
_REVIEW = re.compile(
    r"^(?:từ đầu năm(?: \d{4})?(?: đến nay)?|thời gian qua|những năm qua|trong những năm qua|"
    r"năm \d{4},|trong năm \d{4},|nhìn lại|"
    # a month's or a quarter's results: "Tháng 07/2023, tỉnh đã tổ chức 07 đoàn ..."
    r"tính chung|lũy kế|tính đến)",
    re.IGNORECASE,
)
_ROUND_UP = re.compile(
    r"^(?:điểm lại|điểm tin|tổng hợp|nhìn lại|toàn cảnh|một số kết quả|kết quả công tác)|"
    r"(?:nổi bật|đáng chú ý) (?:trong|của) (?:tuần|tháng|quý|năm)|(?:trong|của) tuần qua",
    re.IGNORECASE,
)
# A tally of delegations: a summary of many activities, not one ("đã tổ chức 07 đoàn với 29
# lượt người", "đón 54 đoàn khách quốc tế").
_TALLY = re.compile(
    # (a count has at most three digits: "ngày 08/3/2024 Đoàn công tác ..." counts nothing)
    r"(?<![\d/.-])\d{1,3} đoàn (?:với|gồm|khách|công tác|ra|vào|đi)|(?<![\d/.-])\d{1,3} lượt (?:người|khách|đoàn|cán bộ)|"
    r"(?:tổ chức|cử|đón(?:, tiếp)?|tiếp|đón tiếp) \d{1,3} (?:đoàn|lượt)",
    re.IGNORECASE,
)

# --- kind cues -------------------------------------------------------------------------------
_CAP = r"[A-ZĐÂĂÊÔƠƯÀ-Ỹ]"
_PLACE = (
    r"(?:(?i:tỉnh|thành phố|thủ đô|bang|vùng|khu tự trị(?: dân tộc)?(?: \w+)?|quận|tỉnh bang)\s+)?"
    r"(?:" + _CAP + r"[^\s,.;()]*\s*){1,4}"
)
# The province's delegation at a foreign place: "tại Thủ đô Phnom Penh, Vương quốc Campuchia",
# "sang thăm và làm việc tại Lào", "chúc Tết Bunpimay tỉnh Sê Kông (nước CHDCND Lào)".
_VENUE_LEAD = (
    # (not "người Việt tại Thái Lan", "kiều bào ở Lào": the community abroad, not the venue)
    r"(?<!Việt Nam )(?<!Việt Nam)(?<!người Việt )(?<!kiều bào )\b(?:tại|sang|ở|chúc [Tt]ết(?: [\w]+){0,3}?)\s+"
    # up to two places before the country: "tại thành phố Nam Ninh, Quảng Tây (Trung Quốc)"
    r"(?:" + _PLACE + r"(?:,\s*|\(\s*|\s+và\s+)){0,3}"
    # "tại các tỉnh của nước bạn Lào", "sang một số địa phương của Nhật Bản"
    r"(?:(?i:các|một số|nhiều)\s+(?i:tỉnh|thành phố|địa phương|bang|tỉnh, thành phố)\s+(?:(?i:của|thuộc)\s+)?)?"
    r"(?:(?i:nước bạn|nước|vương quốc|cộng hòa|CHDCND|CHND|liên bang)\s+)*"
)
# The province's delegation seen from abroad: "đoàn đại biểu tỉnh Hà Nam, Việt Nam".
_FROM_ABROAD = r"(?i:đoàn (?:đại biểu|công tác))(?: của)? (?i:tỉnh|thành phố|TP\.?) ?{name},? \(?Việt Nam"
# Vietnam's mission abroad receives the province's delegation.
_OWN_MISSION = re.compile(r"(?:Đại sứ quán|Tổng Lãnh sự quán|Lãnh sự quán|Đại sứ|Tổng Lãnh sự) Việt Nam tại")
_HOME_VENUE = re.compile(r"tại trụ sở|tại (?:tỉnh|thành phố) ", re.IGNORECASE)
_OWN_DELEGATION = r"(?i:đoàn (?:đại biểu|công tác))[^\n;]{0,40}?{name}"
# The province's own event.
_OWN_EVENT = re.compile(
    r"(?:tổ chức|diễn ra|khai mạc)\s+(?:long trọng\s+)?(?:(?:thành công|trọng thể)\s+)?(?:buổi\s+)?"
    # ("tổ chức lễ đón Đoàn ...": a welcome for guests, whose visit it is)
    r"(?:hội nghị|buổi đối thoại|đối thoại|chương trình|họp mặt|gặp mặt|sự kiện|lễ(?!\s+(?:đón|tiễn))|"
    r"hội thảo|tọa đàm|diễn đàn|hội chợ|tuần lễ|ngày hội|lớp tập huấn|lớp bồi dưỡng|tập huấn|khóa bồi dưỡng)|"
    # a meeting of the province's own bodies: "chủ trì cuộc họp Tiểu ban Đối ngoại"
    r"chủ trì (?:cuộc |phiên )?họp|(?:cuộc |phiên )?họp (?:của )?(?:Tiểu ban|Ban Chỉ đạo|Ban Tổ chức)",
    re.IGNORECASE,
)
# A foreign guest: an ambassador or consul of another country, a foreign delegation.
_FOREIGN_GUEST = re.compile(
    r"đại sứ(?! việt nam)(?! quán việt nam)|tổng lãnh sự(?! việt nam)(?! quán việt nam)|lãnh sự(?! việt nam)|"
    r"tỉnh trưởng|thống đốc|thị trưởng|đô trưởng|tổ chức phi chính phủ nước ngoài|tập đoàn|"
    r"bang \w+|giám đốc quốc gia|trưởng đại diện|phi chính phủ|"
    r"Liên hợp quốc|UNICEF|UNDP|UNFPA|UNESCO|UNHCR|WHO|FAO|ILO|IOM|JICA|KOICA|USAID|GIZ|AFD|ADB|"
    r"Ngân hàng Thế giới|World Bank|" + _COMPANIES + r"|(?-i:\b[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+\b)|"
    # a guest whose name is spelt in plain Latin letters: "tiếp ông Jeff Oakes"
    r"(?-i:\b(?:tiếp|đón)\s+(?:ông|bà|ngài)\s+[A-Z][a-z]+(?:[\s-][A-Z][a-z]+){1,3}(?![^\W\d_]))",
    re.IGNORECASE,
)


def _body(doc):
    """Body sentences of some length: menus and widgets ("• 승인 2019.10.16") are not the lead."""
    return [s for s in doc.body if len(s.text.split()) >= 6] or doc.body


def _head(doc, n=_LEAD):
    """The title and the first body sentences, as one text."""
    body = [s.text for s in _body(doc)[:n]]
    return "\n".join([doc.title, *body])


def is_activity(doc, province):
    """Whether the article reports an activity of ``province`` (the article's Province)."""
    if province is None:
        return False
    if _listing(doc):
        return False  # a category page: several stories, each with its headline and dateline
    head = _head(doc)
    wide = _head(doc, 6)
    # A lead that opens with the day of an occasion reports it; a plan or a decision named
    # after it is background ("..., Tỉnh ủy đã ban hành Kế hoạch tổ chức Đoàn").
    doc_head = _head(doc, 1) if _dated_lead(doc) else head
    if _DOCUMENT.search(doc_head) or _DOCUMENT_HEADER.search(doc.text[:1500]):
        return False
    if _INTERVIEW.search(head) or _INTERNAL.search(head) or _INTERVIEW_LEAD.search(_head(doc, 1)):
        return False
    opening = _body(doc)[:1]
    if opening and _COMPANY_EVENT.match(opening[0].text) and not _PROVINCIAL_HOST.search(opening[0].text):
        return False  # a company's own event that provincial officials attend
    if not (_FOREIGN_AFFAIRS.search(wide) or _country_rx().search(wide) or _central_rx().search(wide)):
        return False
    dated = dates.occasion(doc) is not None
    lead_starts = [s.text for s in _body(doc)[:2]]
    if not dated and any(_REVIEW.match(s) or _TALLY.search(s) for s in lead_starts):
        return False
    if _ROUND_UP.search(doc.title) or (lead_starts and _TALLY.search(lead_starts[0])):
        return False  # "Trong tuần từ ngày 13 - 17/10, tỉnh đã tiếp 3 đoàn ...": a round-up
    if not _TRIGGER.search(head):
        return False
    first = [s.text for s in _body(doc) if s.text != doc.title][:1]
    if _NATIONAL_LEADER.match(doc.title) and not _names_province(province, "\n".join([doc.title, *first])):
        return False  # the province is named only further down, in passing
    if _MINISTER.match(doc.title) and not _mentions_province(province, "\n".join([doc.title, *first])):
        return False  # a minister's diplomacy abroad: the province only mentioned further down
    if (
        (_MINISTER.match(doc.title) or _NATIONAL_LEADER.match(doc.title))
        and _is_capital(province)
        and not _names_province(province, "\n".join([doc.title, *first]))
    ):
        return False  # national diplomacy "tại Hà Nội": the capital is its seat, not its actor
    return dated or bool(_MEETING.search(doc.text)) or bool(_RECENT.search(head))


# A company's, a bank's or a school's own event ("Sáng 6/12, Công ty TNHH ... tổ chức lễ khai
# trương ..."): not the province's foreign affairs unless its leaders receive or meet someone.
_COMPANY_EVENT = re.compile(
    r"^(?:[^,.]{0,40},\s*)?(?:Công ty|Tập đoàn|Doanh nghiệp|Ngân hàng|Trường|Hệ thống|Cảng hàng không)\b"
    r"[^.]{0,160}?(?:tổ chức|khai trương|khánh thành|ra mắt|công bố|đón)"
)
_PROVINCIAL_HOST = re.compile(
    r"(?:UBND|Tỉnh ủy|Thành ủy|HĐND|Chủ tịch|Bí thư|Phó Chủ tịch|lãnh đạo tỉnh|lãnh đạo thành phố)"
    r"[^.]{0,80}?(?:tiếp|làm việc|hội đàm|hội kiến|chủ trì)"
)


def _listing(doc):
    """Three datelines or more in the page's first 3,000 characters: a list of stories."""
    lines = doc.text[:3000].split("\n")
    return sum(1 for line in lines if _DATELINE_LINE.match(line)) >= 3


# A dateline of a listed story: a date and a time, and little else.
_DATELINE_LINE = re.compile(r"^\W*(?:\d{1,2}:\d{2}\W+)?\d{1,2}/\d{1,2}/\d{4}(?:\W+\d{1,2}:\d{2}(?::\d{2})?)?\W*$")


def _dated_lead(doc):
    """The first body sentence opens with a day ("Sáng 26.2, ...", "Ngày 3/4, ...")."""
    first = _body(doc)[:1]
    return bool(first) and dates.opens_with_day(first[0].text)


_MINISTER = re.compile(r"^(?:Bộ trưởng|Thứ trưởng|Thứ trưởng Thường trực)(?: Bộ)? Ngoại giao\b")


def _is_capital(province):
    return "Hà Nội" in province.names


def _mentions_province(province, text):
    return any(n in text for n in province.names)


def _names_province(province, text):
    """The province acts in ``text``: named as a unit or with its bodies ("tỉnh X", "thành
    phố X", "UBND tỉnh"), not only as the city a national body sits in ("trụ sở Chính phủ ở
    Hà Nội")."""
    if _PROVINCIAL_BODY.search(text):
        return True
    return any(
        re.search(r"(?i:tỉnh|thành phố|TP\.?|thủ đô|lãnh đạo)\s+" + re.escape(n), text) for n in province.names
    )


_PROVINCIAL_BODY = re.compile(r"UBND|HĐND|Tỉnh ủy|Thành ủy|Ủy ban nhân dân|Hội đồng nhân dân|Sở Ngoại vụ")


@cache
def _central_other_rx():
    names = sorted((re.escape(x) for x in _lines("activity_central_other.txt")), key=len, reverse=True)
    # The body's delegation or leader works with the province: "Thứ trưởng Bộ Công Thương ... làm
    # việc với UBND tỉnh", "Đoàn công tác của Ủy ban Đối ngoại ... làm việc với Tỉnh ủy".
    return re.compile(
        r"(?:" + "|".join(names) + r")(?!\w)[^.;\n]{0,160}?\b(?:làm việc|khảo sát|kiểm tra)\s+"
        r"(?:với|tại)\s+(?:Ban Thường vụ\s+|Thường trực\s+|lãnh đạo\s+)?"
        r"(?:UBND\s+|Ủy ban nhân dân\s+|Tỉnh ủy|Thành ủy|tỉnh|thành phố|TP\b)"
    )


def _outbound(doc, province, head):
    name = province.name if province else None
    venue = re.compile(_VENUE_LEAD + r"(?:" + _country_rx().pattern + r")")
    # The venue is read in the title and the lead sentence; the next sentence only when the lead
    # does not already place the meeting at home ("tại trụ sở UBND tỉnh": the guests' own
    # factories "tại Singapore" are not where the meeting is).
    first = _body(doc)[:1]
    where = _head(doc, 1) if first and _HOME_VENUE.search(first[0].text) else _head(doc, 2)
    for m in venue.finditer(where):
        # The visit of a foreign delegation "sang thăm ... tại <the province>" never ends in a
        # country; one more guard: the mission's seat ("Tổng Lãnh sự quán Việt Nam tại Côn Minh").
        if not _OWN_MISSION.search(head[max(0, m.start() - 40) : m.start() + 4]):
            return True
    if name:
        esc = re.escape(name)
        if re.search(_FROM_ABROAD.replace("{name}", esc), head):
            return True
        if (
            _OWN_MISSION.search(head)
            and re.search(_OWN_DELEGATION.replace("{name}", esc), head)
            and not _HOME_VENUE.search(head)
        ):
            return True
        # "Đoàn đại biểu tỉnh Tây Ninh ... đã đến thăm, chúc Tết lãnh đạo tỉnh Svay Rieng,
        # Vương quốc Campuchia": the province's delegation travels to a place in a named country.
        for line in head.split("\n"):
            own = re.search(_HOME_TRAVELS.replace("{name}", esc), line)
            if not own:
                continue
            rest = line[own.end() :]
            country = _country_rx().search(rest)
            if country and not _FOREIGN_MISSION.search(rest[: country.end() + 5]) and not _HOME_VENUE.search(
                rest[: country.start()]
            ):
                return True
    return False


# The province's delegation and a travel verb after it, in one sentence.
_HOME_TRAVELS = (
    r"(?i:đoàn (?:đại biểu|công tác))(?: cấp cao| liên ngành)?(?: của)? (?i:tỉnh|thành phố|TP\.?) ?{name}"
    r"(?![\w ]{0,3}\()[^.;\n]{0,160}?(?i:\b(?:sang|đến|tới) thăm|\bthăm(?:,| và) (?:làm việc|hội đàm)|chúc tết|"
    r"\bsang (?:làm việc|công tác)|\bcông tác tại|\blàm việc tại)"
)
# A foreign mission in Vietnam: visiting it is not a trip abroad.
_FOREIGN_MISSION = re.compile(r"(?:Đại sứ quán|Lãnh sự quán|Tổng Lãnh sự quán)(?! Việt Nam)")


# A foreign envoy named with his country: "Đại sứ Hoa Kỳ", "Đại sứ đặc mệnh toàn quyền nước
# Cộng hòa ... Lào tại Việt Nam", "Tổng Lãnh sự Nhật Bản" (Vietnam's own envoys excluded).
_ENVOY = r"(?:Đại sứ quán|Tổng Lãnh sự quán|Lãnh sự quán|Đại sứ|Tổng Lãnh sự|Lãnh sự)(?: đặc mệnh toàn quyền)?\s+"
_ENVOY_STATE = r"(?:(?i:nước|vương quốc|cộng hòa|CHDCND|CHND|liên bang|dân chủ|nhân dân|xã hội chủ nghĩa)\s+)*"


def _foreign_envoy(text):
    rx = re.compile(_ENVOY + _ENVOY_STATE + r"(?:" + _country_rx().pattern + r")")
    return any(not m.group(0).endswith("Việt Nam") for m in rx.finditer(text))


# A signing held online: nobody travels, the province holds its own ceremony.
_ONLINE_SIGNING = re.compile(
    r"ký kết[^.\n]{0,100}?trực tuyến|trực tuyến[^.\n]{0,60}?ký kết|điểm cầu[^.\n]{0,80}?ký kết|ký kết[^.\n]{0,80}?điểm cầu",
    re.IGNORECASE,
)
# A meeting at home that prepares a trip abroad: the province's own event, not the trip.
_PREPARATORY = re.compile(
    r"(?:cuộc họp|\bhọp|hội nghị)\b[^.;\n]{0,80}?(?:chuẩn bị|triển khai|thống nhất|quán triệt)[^.;\n]{0,80}?"
    r"(?:chuyến (?:công tác|thăm)|[Đđ]oàn (?:đại biểu|công tác))|\bhọp [Đđ]oàn (?:đại biểu|công tác)",
    re.IGNORECASE,
)


def kind(doc, province):
    """The kind of the activity of ``province`` the article reports."""
    head = _head(doc)
    lead = "\n".join(s.text for s in _body(doc)[:2])
    if _PREPARATORY.search("\n".join(s.text for s in _body(doc)[:1])):
        return "provincial_event"
    if _outbound(doc, province, head):
        return "outbound_delegation"
    if _OWN_EVENT.search(lead) or _ONLINE_SIGNING.search(lead):
        return "provincial_event"
    # An ambassador's or a consul's call is a foreign guest's, even with a ministry beside him.
    if _foreign_envoy("\n".join([doc.title, *(s.text for s in _body(doc)[:1])])) and not _central_rx().search(
        doc.title
    ):
        return "foreign_delegation"
    if _central_rx().search(head) or _central_other_rx().search(head):
        return "central_delegation"
    if _FOREIGN_GUEST.search(head) or _foreign_party(head):
        return "foreign_delegation"
    if _central_rx().search(doc.text):
        return "central_delegation"
    if _country_rx().search(head):
        return "foreign_delegation"
    return "provincial_event"


def _foreign_party(head):
    """A foreign delegation or counterpart in the lead: "Đoàn ... tỉnh nước CHDCND Lào",
    "hội kiến với Bí thư Tỉnh ủy Vân Nam (Trung Quốc)". A country merely listed among
    partners ("các đối tác như Anh, Nga") is not one."""
    for m in _country_rx().finditer(head):
        before = head[max(0, m.start() - 90) : m.start()]
        if re.search(r"(?i:đoàn|hội đàm|hội kiến|tiếp|đón|gặp)", before) and "\n" not in before[-60:]:
            return True
    return False
