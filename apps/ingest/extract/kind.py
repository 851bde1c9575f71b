"""The kind of an activity.

The kind is read from the title and the lead, in this order: a delegation of the province
abroad (a foreign venue, or Vietnam's mission abroad receiving it); the province's own
conference or event ("Sở Ngoại vụ tổ chức Hội nghị ..."); a central foreign-affairs body's
delegation; a foreign guest. The first that matches wins.
"""

import re
from functools import cache

from apps.provinces import lookup

from . import lexicon
from .cues import (
    COMPANIES,
    WIRE_DATELINE,
    abroad,
    body_sentences,
    central_rx,
    country_rx,
    data_lines,
    head_text,
    of_a_country,
)
from .lexicon import UPPER, compiled
from .partners import (
    capitals_pattern,
    foreign_spelling,
    known_abroad,
    known_abroad_prefix,
    mentions_abroad,
    named_abroad,
)

# --- kind cues -------------------------------------------------------------------------------
_CAP = UPPER
_PLACE = (
    # ("châu tự trị dân tộc Cáp Nhì - Di Hồng Hà": a prefecture named for its peoples, joined by a dash)
    # ("tỉnh tự trị đặc biệt Gangwon": a special self-governing province)
    r"(?:(?i:(?:tỉnh|thành phố) tự trị(?: đặc biệt)?|tỉnh|thành phố|thủ đô|bang|vùng|khu tự trị(?: dân tộc)?(?: \w+)?|châu tự trị(?: dân tộc)?|quận|tỉnh bang|thị xã|thị trấn|"
    r"xã|phường|bản|làng|huyện|châu(?! (?:Á|Âu|Phi|Mỹ|Úc|Đại Dương)(?!\w))|thủ phủ|đặc khu hành chính|đặc khu|đảo|quần đảo)\s+|"
    # "tại TP.Mumbai (Ấn Độ)": the abbreviation written against the name
    r"TP\.\s*)?"
    r"(?:" + _CAP + r"[^\s,.;()]*\s*){1,4}(?:[-–]\s*(?:" + _CAP + r"[^\s,.;()]*\s*){1,4})?"
)
# The province's delegation at a foreign place: "tại Thủ đô Phnom Penh, Vương quốc Campuchia",
# "sang thăm và làm việc tại Lào", "chúc Tết Bunpimay tỉnh Sê Kông (nước CHDCND Lào)".
_VENUE_LEAD = (
    # (not "người Việt tại Thái Lan", "kiều bào ở Lào": the community abroad, not the venue)
    # (not a greeting to a delegation at home: "chúc Tết đoàn đại biểu huyện Hà Khẩu (Trung Quốc)")
    r"(?<!Việt Nam )(?<!Việt Nam)(?<!người Việt )(?<!kiều bào )\b(?:tại|sang|ở|chúc [Tt]ết(?!\s+(?:các\s+)?[Đđ]oàn\b)(?: [\w]+){0,3}?|"
    # "trong chuyến công tác Nhật Bản từ ngày 14 đến 19/4 của đoàn đại biểu thành phố"
    r"chuyến công tác)\s+"
    # up to two places before the country: "tại thành phố Nam Ninh, Quảng Tây (Trung Quốc)"
    r"(?:" + _PLACE + r"(?:,\s*|\(\s*|\s+và\s+)){0,4}"
    # "tại các tỉnh của nước bạn Lào", "sang một số địa phương của Nhật Bản"
    r"(?:(?i:các|một số|nhiều)\s+(?i:tỉnh|thành phố|địa phương|bang|tỉnh, thành phố)\s+(?:(?i:của|thuộc)\s+)?)?"
    r"(?:(?i:nước bạn|nước|vương quốc|cộng hòa|CHDCND|CHND|liên bang)\s+)*"
)
# The province's delegation seen from abroad: "đoàn đại biểu tỉnh Hà Nam, Việt Nam".
_FROM_ABROAD = r"(?i:đoàn (?:đại biểu|công tác))(?: của)? (?i:tỉnh|thành phố|TP\.?) ?{name},? \(?Việt Nam"
# Vietnam's mission abroad receives the province's delegation.
# A foreign mission's seat: "Tổng Lãnh sự Thái Lan tại Savannakhet (Lào)".
_MISSION_SEAT = re.compile(
    r"(?:Tổng Lãnh sự quán|Lãnh sự quán|Tổng Lãnh sự|Lãnh sự)\s+(?!Việt Nam)" + UPPER + r"[^\s,.;]*(?:\s+[^\s,.;]+){0,3}\s+tại\s*$"
)
_OWN_MISSION = re.compile(r"(?:Đại sứ quán|Tổng Lãnh sự quán|Lãnh sự quán|Đại sứ|Tổng Lãnh sự|Thương vụ) Việt Nam tại")
# A post once held, no mission met: "từng là Tổng Lãnh sự Việt Nam tại Battambang", "từng giữ chức Tổng Lãnh sự Việt Nam tại Osaka".
# (and the next post told after it: "..., từng giữ chức Tổng Lãnh sự Việt Nam tại Osaka và sau đó là Đại sứ Việt Nam tại Nhật Bản")
# ("ông ..., nguyên Tổng Lãnh sự Việt Nam tại Osaka": the title of a past post)
_POST_HELD_BEFORE = re.compile(
    r"(?<!\w)(?:(?:từng|nguyên|trước đây|trước đó)\s+(?:là|giữ chức|giữ cương vị|làm(?!\s+việc)|đảm nhiệm)\b[^.;\n]{0,80}|nguyên\s+)$"
)
# ... right before the venue read, in its full style ("Đại sứ đặc mệnh toàn quyền nước Cộng hòa xã hội chủ nghĩa Việt Nam
# tại ...") or by its seat alone, as only Vietnam's own envoys are named ("bổ nhiệm làm Đại sứ tại Hàn Quốc")
_OWN_MISSION_AT = re.compile(
    r"(?:(?:Đại sứ quán|Tổng Lãnh sự quán|Lãnh sự quán|Đại sứ|Tổng Lãnh sự|Thương vụ)(?: đặc mệnh toàn quyền)?"
    r"(?: nước)?(?: (?:Cộng hòa xã hội chủ nghĩa|CHXHCN))? Việt Nam|(?:Đại sứ|Tổng Lãnh sự|Lãnh sự)(?: đặc mệnh toàn quyền)?)"
    r" tại\s*$"
)
_HOME_VENUE_RX = re.compile(
    r"tại trụ sở|tại (?:tỉnh|thành phố)(?=[.,;]|\s+(?!(?-i:" + UPPER + r")))|tại (?:phường|xã|đặc khu) (?-i:" + UPPER + ")"
    # (a hall of the province's own: "tại Trung tâm Văn hóa - Điện ảnh tỉnh, ...")
    r"|tại (?:Hội trường|Nhà văn hóa|Trung tâm|Nhà khách|Cung văn hóa|Quảng trường)[^,.;\n]{0,60}?\s(?:tỉnh|thành phố)(?=[,.;])"
    r"|tại (?:tỉnh|thành phố|TP\.?)\s*(?P<unit>(?-i:" + UPPER + r")[\w-]*(?:\s+(?-i:" + UPPER + r")[\w-]*){0,3})",
    re.IGNORECASE,
)


_RECEIVES_FIRM = re.compile(
    r"(?<!\w)(?:đã\s+)?(?:tiếp|đón)(?:\s+và\s+làm việc với)?\s+(?:(?:đoàn|Đoàn)(?:\s+công tác|\s+đại biểu)?(?:\s+của)?\s+)?"
    r"(?:Tập đoàn|Công ty|Tổng công ty|Quỹ|Ngân hàng)(?!\w)"
)


def _home_venue(text):
    """ "tại trụ sở", "tại tỉnh.", "tại phường X", or "tại tỉnh X" / "tại thành phố X" unless X is
    a place abroad (the gazetteer's, or in a foreign spelling): the meeting at home ("tại tỉnh Hủa
    Phăn", "tại thành phố Doun Kaev" are abroad; "tại thành phố Hạ Long", "Hồ Chí Minh" at home)."""
    for m in _HOME_VENUE_RX.finditer(text):
        unit = m.group("unit")
        if unit is None or any(s == 0 for s, _e, _u in lookup.find_all(m.group(0)[4:])):
            return True
        if not (known_abroad(unit) or foreign_spelling(unit)):
            return True
    return False


# A wire from abroad: "Phnôm Pênh (TTXVN) - ...", "Viêng Chăn (VNA) -", "Paris, 15/5 (TTXVN) -".
# Vietnamese working or studying abroad: where they are is not where the meeting is ("đại diện các
# xã có lao động đang làm việc tại Hàn Quốc").
_COMMUNITY_BEFORE = re.compile(
    r"(?:lao động|thực tập sinh|du học sinh|sinh viên|học viên|công dân|ngư dân)(?: Việt Nam| của tỉnh)?"
    # ("2.000 lao động sang làm việc tại Nhật Bản")
    r"(?: (?:đang|đã|sẽ|từng|sang))?(?: (?:làm việc|học tập|sinh sống|lao động|cư trú|thực tập))?"
    # ("tình trạng lao động cư trú bất hợp pháp ở Hàn Quốc")
    r"(?: (?:bất hợp pháp|trái phép|quá hạn))?\s*$"
    # workers or goods sent there: "đưa lao động kỹ năng sang Nhật Bản", "xuất khẩu nông sản sang ..."
    r"|(?:đưa|gửi|xuất khẩu|phái cử|tuyển)\s+(?:người\s+)?(?:lao động|thực tập sinh|học sinh|sinh viên|hàng hóa|nông sản|sản phẩm)"
    r"[^.;\n]{0,30}$"
    # (or those of Vietnamese origin a topic or an ask is about: "hỗ trợ người gốc Việt tại Campuchia", "về cộng đồng người Việt
    # Nam tại Lào"; not those the delegation visits or brings gifts to there)
    r"|(?:hỗ trợ|về|đối với|bảo hộ|giúp đỡ|quan tâm(?: đến| tới)?)\s+(?:cộng đồng\s+|bà con\s+)?(?:người gốc Việt|người Việt(?: Nam)?|kiều bào)"
    r"(?: đang (?:sinh sống|làm ăn|cư trú))?\s*$"
    # where martyrs fell: "liệt sĩ quân tình nguyện hy sinh tại Campuchia"
    # (workers sent there, named some words before: "cho lao động Thái Bình trước khi sang làm việc tại Nhật Bản")
    r"|(?:lao động|thực tập sinh|du học sinh|sinh viên|học viên)\b[^.;\n]{0,40}?\s(?:sang|đi)\s+"
    r"(?:làm việc|học tập|lao động|thực tập|du học)\s*$"
    # ("hy sinh qua các thời kỳ chiến tranh tại Lào")
    r"|(?:hy sinh|qua đời|an táng)(?:\s+(?:qua|trong)\s+[^.;,\n]{0,40})?\s*$"
    # people of the province living abroad: "người gốc Huế đang sinh sống, học tập, làm việc tại hơn
    # 30 quốc gia ..., tập trung đông tại Hoa Kỳ"
    # ("hiện có khoảng 25.000 người Bình Định đang sinh sống, ... ở nước ngoài, tập trung chủ yếu tại Hoa Kỳ")
    # (counted: not "thăm hỏi bà con người Việt đang sinh sống tại Campuchia", a visit to them there)
    r"|(?:người gốc|kiều bào|người Việt Nam|(?:[\d.,]+|nghìn|vạn)\s+người (?-i:[A-ZĐ])\w*(?: (?-i:[A-ZĐ])\w*){0,2})[^.;\n]{0,120}?"
    r"(?:sinh sống|làm việc|học tập|định cư|tập trung)[^.;\n]{0,80}$"
    # the province's workers abroad counted: "hơn 2.100 người đi làm việc có thời hạn ở nước ngoài, chủ yếu tại Nhật Bản"
    r"|(?:người|lao động)\s+(?:đi\s+)?(?:làm việc|lao động|xuất khẩu lao động)[^.;\n]{0,60}?(?:chủ yếu|tập trung|nhiều nhất)\s*$"
    # (people counted some words before: "công dân ra nước ngoài học tập, lao động ngày càng tăng, tập trung chủ yếu tại
    # Hàn Quốc"; not a delegation's work "với nhiều tập đoàn lớn, chủ yếu tại Nhật Bản")
    r"|(?:công dân|người dân|lao động|kiều bào|người Việt|du học sinh|thực tập sinh|sinh viên)[^.;\n]{0,100}?"
    r"(?<!\w)(?:tập trung|chủ yếu)(?:\s+(?:chủ yếu|đông|nhiều))?\s*$",
    re.IGNORECASE,
)
_OWN_DELEGATION = r"(?i:đoàn (?:đại biểu|công tác))[^\n;]{0,40}?{name}"
# The province's delegation, its name right after: "đoàn công tác tỉnh An Giang".
# (or the name alone, as written: "đoàn công tác TP.HCM")
# (or one of its departments': "đoàn công tác Sở Ngoại vụ tỉnh An Giang")
# The province's own bodies, before its name: its army command (written short too: "Bộ Chỉ huy Quân sự (CHQS) tỉnh Tây
# Ninh"), border guard, council, committee, Party committee, front and unions ("Hội LHPN tỉnh Sơn La").
_PROVINCES_BODIES = (
    r"Bộ Chỉ huy (?:Quân sự|Bộ đội Biên phòng)(?: \((?:BĐBP|CHQS)\))?|Bộ CHQS|Bộ đội Biên phòng|BĐBP|(?:Thường trực )?(?:HĐND|"
    r"Hội đồng nhân dân|UBND|Ủy ban nhân dân)|Tỉnh ủy|Thành ủy|(?:Ủy ban )?(?:MTTQ|Mặt trận Tổ quốc)(?: Việt Nam)?|"
    r"Hội (?:LHPN|Liên hiệp Phụ nữ|Nông dân|Cựu chiến binh)|Tỉnh đoàn|Liên hiệp các tổ chức hữu nghị|Liên đoàn Lao động"
)
_OWN_NAMED = (
    # (or its police's, its army command's: "đoàn công tác Công an tỉnh Điện Biên")
    # (its Party committee's, its council's: "Đoàn đại biểu Tỉnh ủy Lào Cai", "đoàn công tác Thường trực HĐND tỉnh Hà Tĩnh")
    r"(?i:đoàn (?:đại biểu|công tác))(?: cấp cao| liên ngành)?(?: của)? (?:(?:Sở (?-i:[A-ZĐ])\w*(?: \w+){0,4}?|Công an|"
    + _PROVINCES_BODIES + r") )?"
    r"(?:(?i:tỉnh|thành phố|TP\.?) ?)?{name}"
)
_OWN_NAMED_DELEGATION = _OWN_NAMED + r"(?!\w)"
# The province's own event.
_OWN_EVENT = re.compile(
    # ("Sở Ngoại vụ tổ chức bế mạc Hội nghị bồi dưỡng kiến thức đối ngoại")
    r"(?:(?:đồng )?tổ chức|diễn ra|khai mạc|khai giảng|bế giảng|bế mạc)\s+(?:(?:khai mạc|bế mạc)\s+)?(?:long trọng\s+)?"
    r"(?:(?:thành công|trọng thể)\s+)?(?:buổi\s+)?"
    # ("tổ chức lễ đón Đoàn ...": a welcome for guests, whose visit it is)
    r"(?:hội nghị|buổi đối thoại|đối thoại|chương trình|họp mặt|gặp mặt|buổi gặp gỡ|sự kiện|lễ(?!\s+(?:đón|tiễn))|"
    # ("tổ chức tiệc chiêu đãi trọng thể các cơ quan đại diện ngoại giao, lãnh sự ...": its reception for the corps)
    r"hội thảo|tọa đàm|diễn đàn|hội chợ|tuần lễ|ngày hội|lớp tập huấn|lớp bồi dưỡng|tập huấn|khóa bồi dưỡng|"
    # (the corps or an occasion its object, not a dinner for a visiting guest: "tổ chức tiệc chiêu đãi ông X, Đại sứ ...")
    r"(?:tiệc\s+)?chiêu đãi(?=\s+(?:trọng thể\s+)?(?:các\s+)?(?:cơ quan đại diện|[Đđ]oàn [Nn]goại giao|[Đđ]oàn [Ll]ãnh sự|"
    r"đại sứ quán|tổ chức quốc tế|nhân dịp|mừng|kỷ niệm)))|"
    # a meeting of the province's own bodies: "chủ trì cuộc họp Tiểu ban Đối ngoại"
    r"chủ trì (?:cuộc |phiên )?họp|(?:cuộc |phiên )?họp (?:của )?(?:Tiểu ban|Ban Chỉ đạo|Ban Tổ chức)|"
    # the province's own leader chairing its conference: "Chủ tịch UBND tỉnh An Giang Trần Quốc Hưng chủ trì Hội nghị
    # tổng kết công tác đối ngoại" (not a minister chairing one)
    r"(?-i:UBND|Ủy ban nhân dân|Tỉnh ủy|Thành ủy|Sở Ngoại vụ)[^.;\n]{0,60}?\schủ trì (?:buổi\s+)?"
    r"(?:hội nghị|hội thảo|tọa đàm|lễ|buổi gặp mặt|buổi họp mặt)",
    re.IGNORECASE,
)
# A gathering of the corps: "gặp mặt Đoàn Lãnh sự", "họp mặt các cơ quan đại diện nước ngoài" (its subject read apart).
_CORPS_GATHERING = re.compile(
    r"\s(?:đã\s+)?(?:gặp mặt|họp mặt)\s+(?:Đoàn (?:[Ll]ãnh sự|[Nn]goại giao)|các\s+(?:cơ quan đại diện|tổ chức phi chính phủ|tổ chức quốc tế))"
)
# ... its subject the province, its body or its leader: "TP.HCM", "Chủ tịch UBND thành phố Đà Nẵng Lê Trung Chinh".
_LOCAL_SUBJECT = re.compile(
    r"^(?:[A-ZĐ][\w.]*(?:\s+[A-ZĐ][\w.]*){0,3}|.*(?:UBND|Ủy ban nhân dân|HĐND|Hội đồng nhân dân|Tỉnh ủy|Thành ủy|[Ll]ãnh đạo|"
    r"Sở Ngoại vụ|Chủ tịch|Bí thư|Liên hiệp|(?:tỉnh|thành phố|TP\.?)\s*[A-ZĐ]).*)$"
)
# (a clause starts after a comma, a sentence's end or a line's; not the dot of "TP. Hồ Chí Minh")
_CLAUSE_START = re.compile(r"[,;\n]|(?<!TP)\.\s")
_OTHER_SUBJECT = re.compile(
    r"Bộ trưởng|Thứ trưởng|Thủ tướng|Chủ tịch nước|Đại sứ|Lãnh sự|(?<!\w)[Đđ]oàn(?!\w)|(?<!\w)Bộ\s|(?<!\w)(?:tham dự|dự)\s"
)


def _corps_gathering(text):
    """The province (its body, its leader) gathers the corps: "TP.HCM gặp mặt Đoàn Lãnh sự nhân dịp Tết" (not a minister,
    a guest's delegation, one NGO, or a gathering only mentioned: "... tham dự buổi họp mặt Đoàn Lãnh sự ...")."""
    for m in _CORPS_GATHERING.finditer(text):
        cut = max((c.end() for c in _CLAUSE_START.finditer(text, max(0, m.start() - 100), m.start())), default=max(0, m.start() - 100))
        subject = text[cut : m.start()].strip()
        if subject and len(subject) <= 100 and _LOCAL_SUBJECT.match(subject) and not _OTHER_SUBJECT.search(subject):
            return True
    return False
# An event asked for or planned, not held: "đề nghị Bộ hỗ trợ tỉnh tổ chức Hội nghị xúc tiến đầu tư".
# (an ask of someone, not a purpose: "Nhằm hỗ trợ doanh nghiệp, ngày 9/4, Sở Ngoại vụ tổ chức ...")
_ASK_WORDS = r"đề nghị|kiến nghị|đề xuất|mong muốn(?! hỗ trợ)"
# ("Tỉnh kiến nghị Bộ Ngoại giao tiếp tục đồng hành để tổ chức Hội nghị xúc tiến đầu tư tại Hàn Quốc")
_ASK_BEFORE = re.compile(r"(?:" + _ASK_WORDS + r")[^.;,\n]{0,100}$", re.IGNORECASE)
_ASKED_BEFORE = re.compile(
    r"(?:(?:" + _ASK_WORDS + r")[^.;,\n]{0,60}|(?:sẽ|dự kiến)(?:\s+\w+){0,2}\s+|"
    # its preparation, the subject of the meeting: "làm việc ... về việc chuẩn bị tổ chức Lễ hội ..."
    r"(?:chuẩn bị|kế hoạch|phương án|chủ trương)\s+(?:cho\s+)?(?:việc\s+)?|"
    # (what the guests came to talk over: "đoàn ... sang thăm và trao đổi về việc tổ chức Hội chợ thương mại ...")
    r"(?<!\w)(?:trao đổi|bàn bạc|thảo luận|bàn)\s+(?:về\s+(?:việc\s+)?|việc\s+)(?:phối hợp\s+)?|"
    # an event named as a fact, not reported: "cảm ơn sự hỗ trợ của Tổng Lãnh sự quán ..., đặc biệt là việc
    # phối hợp tổ chức thành công Lễ hội ..."
    r"(?:đặc biệt là|nhất là|trong đó có)\s+việc\s+(?:phối hợp\s+)?|"
    # help for the province to hold it, asked or given: "đề nghị Bộ ... hỗ trợ nâng cấp cửa khẩu ..., thúc đẩy ... và
    # giúp tỉnh tổ chức thành công Lễ hội ..."
    r"(?:giúp|giúp đỡ|hỗ trợ)\s+(?:tỉnh|thành phố|địa phương)\s+)$",
    re.IGNORECASE,
)


# A corridor's or a route's course: where it runs or ends is no venue.
_ROUTE_END_BEFORE = re.compile(
    r"(?:hành lang|tuyến|đường)[^.;\n]{0,120}?(?:kết thúc|bắt đầu|đi qua|điểm cuối|điểm đầu)\s+(?:tại|ở)\s", re.IGNORECASE
)


def _own_event(lead):
    """The lead reports an event the province holds (not one it asks help for or plans)."""
    return _corps_gathering(lead) or any(
        not _ASKED_BEFORE.search(lead[max(0, m.start() - 80) : m.start()]) for m in _OWN_EVENT.finditer(lead)
    )


# A foreign guest: an ambassador or consul of another country, a foreign delegation.
_FOREIGN_GUEST = re.compile(
    r"đại sứ(?! việt nam)(?! quán việt nam)|tổng lãnh sự(?! việt nam)(?! quán việt nam)|lãnh sự(?! việt nam)|"
    r"tỉnh trưởng|thống đốc|thị trưởng|đô trưởng|tổ chức phi chính phủ nước ngoài|tập đoàn|"
    r"bang \w+|giám đốc quốc gia|trưởng đại diện|phi chính phủ|"
    + lexicon.alternation("international_organizations") + r"|" + COMPANIES + r"|(?-i:\b[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+\b)|"
    # a guest whose name is spelt in plain Latin letters: "tiếp ông Jeff Oakes"
    r"(?-i:\b(?:tiếp|đón)\s+(?:ông|bà|ngài)\s+[A-Z][a-z]+(?:[\s-][A-Z][a-z]+){1,3}(?![^\W\d_]))",
    re.IGNORECASE,
)


@cache
def _foreign_state_rx():
    return re.compile(r"(?:Chính phủ|Quốc hội|Nhà nước)" + of_a_country())


@cache
def _central_other_rx():
    names = sorted((re.escape(x) for x in data_lines("activity_central_other.txt")), key=len, reverse=True)
    # The body's delegation or leader works with the province: "Thứ trưởng Bộ Công Thương ... làm
    # việc với UBND tỉnh", "Đoàn công tác của Ủy ban Đối ngoại ... làm việc với Tỉnh ủy".
    return re.compile(
        # (not a Chinese locality's "Chính phủ nhân dân Châu Hồng Hà", "Chính phủ Nhân dân châu ...")
        # (nor a foreign state's: "Đoàn đại biểu Chính phủ nước Cộng hòa Dân chủ Nhân dân Lào do Phó Thủ tướng ...")
        # (what it inspects may come between: "Đoàn công tác Bộ Quốc phòng ... đã kiểm tra công tác chuẩn bị ... tại tỉnh Lạng Sơn")
        r"(?:" + "|".join(names) + r")(?!\w)(?!\s+(?i:nhân dân))(?!" + of_a_country() + r")[^.;\n]{0,160}?\b(?:làm việc\s+|(?:khảo sát|kiểm tra)"
        r"(?:\s+[^.;\n]{0,140}?)?\s+)(?:với|tại)\s+(?:Ban Thường vụ\s+|Thường trực\s+|lãnh đạo\s+)?"
        r"(?:UBND\s+|Ủy ban nhân dân\s+|Tỉnh ủy|Thành ủy|tỉnh|thành phố|TP\b)"
    )


# Workers abroad, where they work: "lao động thời vụ tại Hàn Quốc", "thực tập sinh của tỉnh đang làm việc ở Nhật Bản".
_WORKERS_THERE_BEFORE = re.compile(
    r"(?<!\w)(?:người lao động|lao động|thực tập sinh)(?:\s+(?:thời vụ|có thời hạn|theo hợp đồng|Việt Nam|của tỉnh))?"
    r"\s+(?:đang\s+)?(?:làm việc\s+)?$"
)
_WORKERS_BEFORE = re.compile(
    # (the workers going, not a delegation on labour: "đoàn công tác ... đã sang Nhật Bản", "Nhằm mở rộng thị trường lao
    # động, đoàn ... đã sang ...")
    r"(?<!\w)(?:người lao động|lao động|thực tập sinh|du học sinh|sinh viên|học sinh|ứng viên|kỹ sư)\b"
    r"(?![^.;\n]*\b(?:đoàn|lãnh đạo|Chủ tịch|Giám đốc|Sở)\b)[^.;\n]{0,60}\s(?:trước khi|để|sẽ|được)\s+$"
    # (or trained to go: "hỗ trợ đào tạo lao động nông nghiệp sang Nhật Bản"; not a programme visited there, "khảo sát mô hình
    # đào tạo sinh viên ngành điều dưỡng tại Nhật Bản", the venue after "tại")
    r"|(?<!\w)đào tạo\s+(?:người\s+)?(?:lao động|thực tập sinh|học sinh|sinh viên|kỹ sư)(?:\s+[^\s.;,\n]+){0,3}\s+$"
)
_GOODS_BEFORE = re.compile(r"(?<!\w)(?:đưa|xuất khẩu|bán|vận chuyển)\s(?![^.;\n]{0,40}?\b(?:đoàn|lãnh đạo)\b)[^.;\n]{0,40}$", re.IGNORECASE)
# (or the guests' plants and branches: "Tập đoàn có 12 nhà máy tại Nhật Bản, Thái Lan và Trung Quốc")
_SEAT_BEFORE = re.compile(
    # (an organisation's head office: "tổ chức Vòng tay Bắc Âu, có văn phòng chính tại Gothenburg (Thụy Điển)")
    r"(?<!\w)(?:công ty mẹ|tập đoàn mẹ|trụ sở chính|trụ sở|tổng công ty|văn phòng chính|văn phòng trung ương|"
    r"(?:\d+|nhiều|các)\s+(?:nhà máy|chi nhánh|cơ sở sản xuất|"
    r"văn phòng|công ty con))\s*$",
    re.IGNORECASE,
)
# The fallen there, no venue: "đẩy nhanh việc tìm kiếm, quy tập hài cốt liệt sĩ tại Lào", "chuyên gia Việt Nam hy sinh tại Lào".
# (not a ceremony held there: "đã dự lễ bàn giao hài cốt liệt sĩ tại tỉnh Hủa Phăn (Lào)")
_FALLEN_BEFORE = re.compile(
    r"(?<!\w)(?:hy sinh|(?:tìm kiếm|quy tập),?\s+(?:[^\W\d_]+\s+){0,2}?hài cốt(?:\s+[^\W\d_]+){0,3})\s+$", re.IGNORECASE
)
# (two of them too: "thực tập sinh, du học sinh từng học tập, làm việc tại Nhật Bản")
_STAYED = r"(?:công tác|học tập|làm việc|sinh sống|chiến đấu|du học)"
_STAYED_BEFORE = re.compile(r"(?<!\w)(?:từng|đã từng)\s+" + _STAYED + r"(?:\s*(?:,|và)\s*" + _STAYED + r")*\s*$")


# A province's leader in a national leader's or the Government's delegation abroad, holding a meeting of the
# province's own there: "Nhân dịp tháp tùng Chủ tịch Quốc hội ... thăm chính thức nước CHDCND Lào, ...", "Trong khuôn
# khổ chuyến thăm chính thức Hàn Quốc của Thủ tướng Chính phủ, ...", "Nhân dịp tham gia đoàn công tác của Chính phủ do
# Phó Thủ tướng dẫn đầu dự Hội nghị ... tại Tokyo, ...".
_NATIONAL_TRIP = re.compile(
    # ("Nằm trong thành phần đoàn đại biểu cấp cao Quốc hội Việt Nam thăm chính thức nước CHDCND Lào, ...")
    # (after the outlet's tag with no dash: "(BDO) Trong khuôn khổ chuyến thăm chính thức Hàn Quốc của Đoàn đại biểu cấp cao ...")
    r"^(?:[^\n,]{0,40}?[-–]\s+|\([^()\n]{1,30}\)\s*)?"
    r"(?:Nhân dịp|Trong khuôn khổ|Trong chuyến|Bên lề|Nằm trong thành phần|Là thành viên|Tháp tùng)\s+"
    r"(?P<clause>[^,;.\n]{0,200}?"
    r"(?:Thủ tướng|Chủ tịch nước|Chủ tịch Quốc hội|Tổng Bí thư|Chính phủ|Quốc hội|Nhà nước)[^,;.\n]{0,200}),"
)
_NATIONAL_TRIP_PART = re.compile(r"tháp tùng|tham gia|thành viên|thành phần|chuyến thăm|chuyến công tác")


@cache
def _foreign_leader_rx():
    """A foreign head of state or government named by his country: "Thủ tướng Lào", "Tổng thống Hàn Quốc"."""
    return re.compile(r"(?:Thủ tướng|Chủ tịch nước|Tổng thống|Quốc vương|Chủ tịch Quốc hội|Tổng Bí thư)\s+(?:" + country_rx().pattern + r")")


def in_a_national_trip(first):
    """The lead sentence opens on the national delegation abroad the province's leader is in."""
    m = _NATIONAL_TRIP.match(first)
    if not m or not _NATIONAL_TRIP_PART.search(m.group(0)):
        return False
    clause = m.group("clause")
    if _TO_VIETNAM.search(clause) or _foreign_leader_rx().search(clause):
        return False  # "chuyến thăm chính thức Việt Nam của Thủ tướng Lào ...": a foreign leader's visit here
    return bool(country_rx().search(clause) or re.search(r"(?<!\w)(?:" + capitals_pattern() + r")(?!\w)", clause))


# A visit to Vietnam: "chuyến thăm chính thức Việt Nam", "chuyến thăm cấp Nhà nước tới Việt Nam".
_TO_VIETNAM = re.compile(r"(?:thăm|tới|sang|đến)(?:\s+[^\W\d_]+){0,3}\s+Việt Nam\b")


_PROVINCE_RECEIVES = (
    # (or its front, unions, police, army: "Hội LHPN tỉnh Sơn La tiếp đoàn đại biểu Hội Phụ nữ tỉnh Luang Prabang")
    r"(?:" + _PROVINCES_BODIES + r"|Công an|[Ll]ãnh đạo)\s+"
    r"(?:(?i:tỉnh|thành phố|TP\.?)\s*)?{name}(?!\w)"
    # (or a guest named: "Phó Chủ tịch UBND tỉnh Bạc Liêu đã tiếp và làm việc với ông Anders Bjerre, Tổng Giám đốc Công ty ...")
    r"[^.;\n]{0,80}?\b(?:đã\s+)?(?:tiếp|đón|tiếp đón)\s+(?:và\s+(?:làm việc|hội đàm)\s+với\s+)?"
    r"(?:(?:các\s+)?(?i:đoàn)\b|(?:ông|bà|ngài)\s+" + UPPER + r")"
)


def _province_receives(text, name):
    """The province's own body receives a delegation in ``text`` (at home, then)."""
    return bool(compiled(_PROVINCE_RECEIVES.replace("{name}", re.escape(name))).search(text))


def _outbound(doc, province, head):
    name = province.name if province else None
    venue = compiled(_VENUE_LEAD + r"(?:" + country_rx().pattern + r")")
    # The venue is read in the title and the lead sentence; the next sentence only when the lead
    # does not already place the meeting at home ("tại trụ sở UBND tỉnh": the guests' own
    # factories "tại Singapore" are not where the meeting is).
    first = body_sentences(doc)[:1]
    # (nor when it receives a company's delegation: "Chủ tịch UBND tỉnh tiếp đoàn công tác Tập đoàn X (Hàn Quốc)" then
    # "ông Y cho biết X có nhiều dự án ở Hàn Quốc")
    if first and in_a_national_trip(first[0].text):
        return True
    # (nor when the province's own body receives the guests: "Sáng nay (15/8), Thường trực HĐND tỉnh Thanh Hóa đã tiếp Đoàn
    # đại biểu HĐND tỉnh Hủa Phăn ..." then "... sau cuộc bầu cử tháng 3/2016 tại Lào")
    home = first and (
        _home_venue(first[0].text) or _RECEIVES_FIRM.search(first[0].text) or (name and _province_receives(first[0].text, name))
    )
    where = head_text(doc, 1) if home else head_text(doc, 2)
    for m in venue.finditer(where):
        if _earlier_year(where, m.start(), doc):
            continue  # "Ông cho biết, tháng 11/2019, đoàn công tác của tỉnh đã sang thăm và làm việc tại Hàn Quốc": a trip recalled
        # The visit of a foreign delegation "sang thăm ... tại <the province>" never ends in a
        # country; one more guard: the mission's seat ("Tổng Lãnh sự quán Việt Nam tại Côn Minh").
        if _COMMUNITY_BEFORE.search(where[max(0, m.start() - 220) : m.start()]):
            continue
        if _ASK_BEFORE.search(where[max(0, m.start() - 120) : m.start()]):
            continue  # "đề nghị Bộ hỗ trợ tỉnh tổ chức Hội nghị ... tại Nhật Bản": asked for, not held there
        if m.group(0).startswith("sang") and _GOODS_BEFORE.search(where[max(0, m.start() - 50) : m.start()]):
            continue  # "đưa gạo, tôm Sóc Trăng sang Australia": goods sent there, no one travels
        if m.group(0).startswith("sang") and _WORKERS_BEFORE.search(where[max(0, m.start() - 100) : m.start()]):
            continue  # "đào tạo tiếng Nhật cho người lao động của tỉnh trước khi sang Nhật Bản": workers who will go
        if m.group(0).startswith(("tại", "ở")) and _WORKERS_THERE_BEFORE.search(where[max(0, m.start() - 60) : m.start()]):
            continue  # "chương trình lao động thời vụ tại Hàn Quốc": where the workers work, not where the meeting is
        if _SEAT_BEFORE.search(where[max(0, m.start() - 40) : m.start()]):
            continue  # "cùng đoàn công tác của công ty mẹ tại Hàn Quốc": where the guests' firm sits
        if _FALLEN_BEFORE.search(where[max(0, m.start() - 60) : m.start()]):
            continue  # "quy tập hài cốt liệt sĩ tại Lào": where soldiers fell, not where the meeting is
        if _STAYED_BEFORE.search(where[max(0, m.start() - 40) : m.start()]):
            continue  # "các đồng chí ... từng công tác tại Lào": where guests once worked, not the venue
        if _ROUTE_END_BEFORE.search(where[max(0, m.start() - 160) : m.start() + 12]):
            continue  # "tuyến hành lang đi qua Lao Bảo - Savannakhet - Mukdahan và kết thúc tại Mawlamyine (Myanmar)"
        if name and re.search(re.escape(name) + r"(?!\w)", m.group(0)):
            continue  # "tại thành phố Kon Tum, tỉnh Kon Tum và tỉnh Attapeu (Lào)": the parties after the home venue
        if re.match(r"\s*(?:để\s+)?nhận nhiệm vụ", where[m.end() : m.end() + 20]):
            continue  # "... trước khi sang Ba Lan nhận nhiệm vụ": an envoy going to his post, not the province's trip
        if _MISSION_SEAT.search(where[max(0, m.start() - 60) : m.start() + 4]):
            continue  # "ông ..., Tổng Lãnh sự Thái Lan tại Savannakhet (Lào)": where a guest's mission sits
        if not (
            _OWN_MISSION.search(where[max(0, m.start() - 40) : m.start() + 4])
            or _OWN_MISSION_AT.search(where[max(0, m.start() - 90) : m.start() + 4])
        ):
            return True
    if any(_capital_venue().match(s.text) for s in first):
        return True
    if name:
        # (as the article writes it too: "đoàn công tác TP.HCM" for Thành phố Hồ Chí Minh)
        written = {head[a:b] for a, b, unit in lookup.find_all(head) if province.code and unit.code == province.code}
        esc = "(?:" + "|".join(re.escape(n) for n in sorted({name} | written, key=len, reverse=True)) + ")"
        # "Ngày 11/9, tại thành phố Daegu, đoàn công tác tỉnh Bình Dương ...": the province's own
        # delegation at a place the gazetteer knows abroad.
        own = compiled(_PLACE_THEN_OWN.replace("{name}", esc))
        # (the sentence after a sapo too: "TP.Đà Nẵng đề nghị TP.Daegu ..." then "Ngày 12.10 (giờ địa
        # phương), tại TP.Daegu, đoàn công tác TP.Đà Nẵng ...")
        # (or the place at the sentence's end: "Ngày 21/8, đoàn công tác tỉnh Cao Bằng do ... đã hội đàm với đoàn lãnh
        # đạo thành phố Bách Sắc ... do ông ... dẫn đầu, tại thành phố Bách Sắc.")
        own_then_place = compiled(_DAY_CLAUSE + _OWN_NAMED_DELEGATION.replace("{name}", esc) + _THEN_AT_PLACE)
        # (or its leader there: "Chiều 16/12, tại thành phố Kratie, Bí thư Tỉnh ủy Bình Phước X và Tỉnh trưởng ... hội đàm")
        leader_there = compiled(_PLACE_THEN_LEADER.replace("{name}", esc))
        # (or the visit the meeting is held during, opening the lead: "Chiều 24/8, trong chuyến thăm Thái Lan, đoàn đại biểu
        # TP Hà Nội ..."; not a trip recalled or still ahead further on, nor the guests' own tour)
        # (or opening the lead before its day: "Nhân chuyến thăm Hàn Quốc, chiều 12/10, ...", "Trong khuôn khổ chuyến thăm Lào, ...")
        country = r"(?:" + country_rx().pattern + r")(?:\s*\([^()\n]{1,30}\))?\s*,"
        during = compiled(
            r"(?:" + _DAY_CLAUSE + r"(?i:trong|nhân) chuyến thăm(?: và làm việc| chính thức)?\s+" + country + r"\s*"
            + _OWN_NAMED_DELEGATION.replace("{name}", esc) + r"|" + _OUTLET_PREFIX
            + r"(?i:nhân|trong(?: khuôn khổ)?) chuyến (?:thăm|công tác)(?: và làm việc| chính thức)?\s+" + country + r")"
        )
        if any(during.match(s.text) for s in body_sentences(doc)[:2]):
            return True
        # (or the visit named with the place it is paid at and the province's delegation that pays it: "..., trong khuôn khổ
        # chuyến thăm và làm việc tại Vân Nam của Đoàn đại biểu cấp cao tỉnh Lào Cai")
        visit_of_own = compiled(_VISIT_AT_OF_OWN.replace("{name}", esc))
        for s in body_sentences(doc)[:2]:
            if (m := visit_of_own.search(s.text)) and known_abroad(m.group("place")) and not _earlier_trip(s.text[: m.start()][-40:], doc):
                return True
        # (or a building whose bracket names the foreign place and its country: "Ngày 16/4, tại Nhà làm việc cửa khẩu Hữu
        # Nghị Quan (thành phố Bằng Tường, Khu tự trị dân tộc Choang Quảng Tây, Trung Quốc), đoàn công tác tỉnh Lạng Sơn ...")
        own_in_bracket = compiled(
            # (the place's units before the bracket too: "Ngày 26.5, tại thành phố Mông Tự, Châu tự trị ... Hồng Hà (tỉnh Vân Nam,
            # Trung Quốc), đoàn đại biểu tỉnh Lai Châu ...")
            _DAY_CLAUSE + r"(?i:tại)\s+[^()\n.;]{3,120}?\(\s*(?!(?i:tiếp\s+)?(?i:giáp|đối diện))[^()\n]{0,120}?(?<!\w)(?:"
            + country_rx().pattern + r")\s*\)\s*,\s*"
            + _OWN_NAMED_DELEGATION.replace("{name}", esc)
        )
        if any(own_in_bracket.match(s.text) for s in body_sentences(doc)[:2]):
            return True
        for s in body_sentences(doc)[:2]:
            m = own.match(s.text) or own_then_place.match(s.text) or leader_there.match(s.text)
            # (without its kind word only a foreign spelling: "tại Busan", not "tại Kép")
            # (or one the article names with its country: "Hội đàm giữa tỉnh Hà Giang và châu Văn Sơn (Vân Nam, Trung Quốc)")
            if m and named_abroad(doc.text, m.group("place")) and (m.group("kind") or foreign_spelling(m.group("place"))):
                return True
        if compiled(_FROM_ABROAD.replace("{name}", esc)).search(head):
            return True
        wire = WIRE_DATELINE.match(first[0].text) if first else None
        if wire and abroad(wire.group("place")) and (
            compiled(_OWN_NAMED_DELEGATION.replace("{name}", esc)).search(first[0].text)
            # or its own leader, named with the province's bodies: "Kitakyushu (TTXVN) - Chiều qua
            # (24/10), Chủ tịch UBND thành phố Hải Phòng ... đã có cuộc hội đàm với Thị trưởng ..."
            or re.search(r"(?:UBND|Ủy ban nhân dân|Tỉnh ủy|Thành ủy|HĐND)\s+(?:tỉnh|thành phố|TP\.?)\s*" + esc + r"(?!\w)", first[0].text)
        ):
            return True  # "Phnôm Pênh (TTXVN) - ... đoàn công tác tỉnh An Giang ... đã hội đàm"
        if (
            any(not _POST_HELD_BEFORE.search(head, max(0, m.start() - 120), m.start()) for m in _OWN_MISSION.finditer(head))
            and compiled(_OWN_DELEGATION.replace("{name}", esc)).search(head)
            and not _home_venue(head)
        ):
            return True
        lines = head.split("\n")
        travels = compiled(_HOME_TRAVELS.replace("{name}", esc))
        # "Đoàn đại biểu tỉnh Tây Ninh ... đã đến thăm, chúc Tết lãnh đạo tỉnh Svay Rieng,
        # Vương quốc Campuchia": the province's delegation travels to a place in a named country.
        for line in lines:
            # (or the delegation "của tỉnh" left unnamed: "đoàn công tác của tỉnh do đồng chí ... đã đến thăm")
            named = travels.search(line)
            own = named or _UNNAMED_TRAVELS.search(line)
            if not own or re.search(r"\b(?:đã\s+)?từng\s+(?:sang|đến|tới)?\s*(?:thăm|làm việc|công tác)?\s*$", line[: own.end()][-40:]):
                continue  # (nor a trip the delegation once made: "đoàn đại biểu Hội LHPN tỉnh Sơn La từng sang thăm Lào")
            if _earlier_trip(line[max(0, own.start() - 40) : own.start()], doc):
                continue  # (nor one recalled with its earlier month or year: "Ông cho biết, tháng 11/2019, Đoàn công tác của tỉnh đã sang ...")
            rest = line[own.end() :]
            country = country_rx().search(rest)
            # (for a delegation left unnamed, a country that owns what is visited is no destination: "đoàn công tác đã đến thăm
            # Cảng quốc tế Vũng Áng và làm việc với các doanh nghiệp ... hàng quá cảnh của Lào"; the province's own delegation
            # goes there: "đã sang làm việc với Bộ Công Thương của Lào")
            if country and not _FOREIGN_MISSION.search(rest[: country.end() + 5]) and not _home_venue(
                rest[: country.start()]
            ) and (named or not _OWNED_BY.search(rest[: country.start()])):
                return True
            # (or to a place only a foreign country has: "đã sang thăm và làm việc tại châu Văn Sơn")
            if _AT_FOREIGN_ONLY_PLACE.search(rest[:80]):
                return True
            # (or to a locality the gazetteer knows abroad, named with its kind word: "đã đến thăm,
            # chúc mừng lãnh đạo và nhân dân tỉnh Takeo")
            if any(known_abroad(m.group("place")) for m in _NAMED_UNIT.finditer(rest[:160])):
                return True
            # (or named bare after "tại", as the gazetteer knows it abroad, in the lead: "đã sang thăm và làm việc tại
            # Quảng Tây"; not an earlier trip recalled further on, "sau khi đoàn ... sang thăm và làm việc tại Chiang Mai")
            if first and line == first[0].text and (at := _AT_BARE_PLACE.match(rest)) and known_abroad(at.group("place")):
                return True
        # (or one that visits a locality the gazetteer knows abroad, named right after "thăm" with its kind word: "đoàn đại
        # biểu tỉnh An Giang do ông ... làm trưởng đoàn đã thăm tỉnh Takeo (Campuchia)"; not "thăm tỉnh Kiên Giang")
        visits_unit = compiled(_HOME_VISITS_UNIT.replace("{name}", esc))
        for line in lines[:1] + [s.text for s in first]:
            m = visits_unit.search(line)
            if m and known_abroad(m.group("place")) and not _earlier_trip(line[max(0, m.start() - 40) : m.start()], doc):
                return True
        # The province's delegation at a fair or a conference held in a foreign capital: "đoàn công tác
        # tỉnh Lâm Đồng ... đã tham gia Hội chợ Du lịch quốc tế ... tại Tokyo"
        attends = compiled(_HOME_ATTENDS.replace("{name}", esc))
        # (or its own body holding one there: "Chiều 8/4, UBND TP Đà Nẵng phối hợp Đại sứ quán Việt Nam tại Nhật Bản và JETRO tổ
        # chức hội nghị giới thiệu môi trường đầu tư của thành phố tại Tokyo")
        holds = compiled(_HOME_HOLDS.replace("{name}", esc))
        for line in lines:
            own = attends.search(line) or holds.search(line)
            if own and _at_capital().search(line, own.end(), own.end() + 200):
                return True
        received = compiled(_HOST_RECEIVES.replace("{name}", esc))
        for line in lines[:4]:
            host = received.search(line)
            # (the host's name may run into its head's: "tỉnh Savannakhet Bounthong Sisouphanh đã tiếp")
            if host and known_abroad_prefix(host.group("host")):
                return True
    # The day told in the host's time: "Chiều 17-4 (giờ Nhật Bản), tại Osaka, đoàn công tác ...",
    # "Sáng 10/9 (giờ địa phương), đoàn công tác TP Đà Nẵng ...": the meeting is abroad.
    # (the sapo may come first: the second sentence too; a clause on the national visit may open the lead: "Là thành viên
    # đoàn đại biểu cấp cao tháp tùng Chủ tịch nước ... từ ngày 4 - 7/12, chiều 5/12 (giờ địa phương), đồng chí ...")
    if any(
        _LOCAL_TIME.search(s.text[:120]) or (_LOCAL_TIME.search(s.text[:300]) and in_a_national_trip(s.text))
        for s in body_sentences(doc)[:2]
    ):
        return True
    return False


@cache
def _at_capital():
    """ "tại Tokyo", "ở thủ đô Viêng Chăn": a foreign capital as the place."""
    return re.compile(r"(?<!\w)(?:tại|ở)\s+(?:(?i:thủ đô|thành phố)\s+)?(?:" + capitals_pattern() + r")(?![\w-])", re.IGNORECASE)


@cache
def _capital_venue():
    """The lead opens with its day and, as its second clause, a foreign capital named without
    its country: "Ngày 16/7, tại Viêng Chăn, đoàn ..." (the meeting's place, not a community's
    or a company's seat further on)."""
    return re.compile(
        _DAY_CLAUSE + r"(?i:tại)\s+(?:(?i:thủ đô)\s+)?(?:" + capitals_pattern() + r")(?![\w-])\s*[,(]"
    )


# A lead's opening clause of its day, after the outlet's prefix: "(BD) - Ngày 11/9, ".
_OUTLET_PREFIX = r"^(?:[^,\n]{0,40}\s[-–]\s)?"
_DAY_CLAUSE = (
    _OUTLET_PREFIX + r"(?i:sáng|chiều|tối|trưa|ngày|hôm nay|hôm qua|từ ngày|trong (?:hai|ba) ngày)\b[^,\n]{0,30},\s*"
)
# "tại thành phố Daegu", "tại TP. Busan": a place with its kind word, read for a trip abroad.
# A place's name: up to four capitalised words.
_PLACE_GROUP = r"(?P<place>" + UPPER + r"[\w'’\-]*(?:\s+" + UPPER + r"[\w'’\-]*){0,3})"
_AT_PLACE = r"(?i:tại)\s+(?P<kind>(?i:thủ đô|thành phố|tỉnh|bang|vùng|quận|tỉnh bang)\s+|TP\.\s*)?" + _PLACE_GROUP
# ... or the place the delegation's sentence ends with.
# (after a bracket too: "... hội đàm với Văn phòng Ngoại vụ Khu tự trị ... Quảng Tây (Trung Quốc) tại thành phố Nam Ninh.")
_THEN_AT_PLACE = r"[^\n;]{0,300}?(?:,|\))\s*" + _AT_PLACE + r"\s*[.;]?\s*$"
_PLACE_THEN_LEADER = (
    _DAY_CLAUSE + _AT_PLACE + r"\s*,\s*(?:đồng chí\s+)?(?:Phó\s+)?"
    r"(?:Bí thư (?:Tỉnh ủy|Thành ủy)|Chủ tịch (?:UBND|HĐND|Ủy ban nhân dân) (?:tỉnh|thành phố)) {name}(?!\w)"
)
_VISIT_AT_OF_OWN = (
    # (during it, not its results recalled: "cụ thể hóa kết quả chuyến thăm ... tại Vân Nam của Đoàn ...", "Đáp lại ...")
    # ("Trong chuyến ...", "Nhân dịp chuyến ...", "Tiếp tục chuyến ..."; not "nội dung đã thống nhất trong chuyến thăm ...")
    r"(?:(?<!thống nhất )(?<!đạt được )(?<!kết quả )(?i:trong khuôn khổ|trong)|(?i:nhân(?: dịp)?|tiếp tục))\s+(?i:chuyến (?:thăm|công tác)(?: chính thức| hữu nghị)?(?: và làm việc)?)\s+(?i:tại|ở)\s+"
    r"(?P<kind>(?i:thủ đô|thành phố|tỉnh|bang|vùng|tỉnh bang)\s+|TP\.\s*)?"
    + _PLACE_GROUP + r"(?:\s*\([^()\n]{1,30}\))?\s+(?i:của)\s+" + _OWN_NAMED_DELEGATION
)
_PLACE_THEN_OWN = (
    _DAY_CLAUSE + _AT_PLACE + r"\s*,\s*" + _OWN_NAMED_DELEGATION
)


# The province's delegation and a travel verb after it, in one sentence.
_HOME_TRAVELS = (
    _OWN_NAMED + r"(?![\w ]{0,3}\()[^.;\n]{0,160}?(?i:\b(?:sang|đến|tới) thăm|\bthăm(?:,| và) (?:làm việc|hội đàm)|chúc tết|"
    # "... thăm hữu nghị chính thức tỉnh Xiêng Khoảng (Lào)", "... sang huyện Ma Lật Pha, châu ..."
    r"\bthăm (?:hữu nghị|chính thức)|\bsang (?=(?:huyện|tỉnh|thành phố|châu|bang|thủ đô|nước) )|"
    # (or gone to a unit only a foreign country has: "... dẫn đầu đã đến bang Gujarat, Ấn Độ, tìm kiếm cơ hội hợp tác")
    r"(?<=đã )(?:đến|tới) (?=(?:bang|tiểu bang|tỉnh bang|châu) (?-i:[A-ZĐ]))|"
    # ("... đã qua cặp cửa khẩu Trà Lĩnh - Long Bang sang hội đàm với ...": across the border for talks)
    # (or across to attend: "... đã sang dự Hội nghị giao ban ... tổ chức tại thành phố Luông Pha Băng")
    r"\bsang (?:làm việc|công tác|hội đàm|hội kiến|dự|tham dự)|\bcông tác tại|\blàm việc tại|"
    # (or across to the neighbour's gate, its country in brackets: "... đã sang cửa khẩu quốc tế Đen-sa-vẳn (huyện Sê Pôn, tỉnh
    # Savannakhet, Lào) hội đàm với ...")
    r"(?<=đã )sang (?=cửa khẩu(?: quốc tế)? [^.;\n(]{1,40}\([^()\n]{0,80}\b(?:Lào|Campuchia|Trung Quốc)\s*\)\s*(?:để\s+)?"
    r"(?:hội đàm|làm việc|hội kiến|gặp|dự))|"
    # (or at a ceremony held at a place it names: "... đã dự Lễ bàn giao công trình ... tại huyện Memot, tỉnh Tbong Khmum
    # (Vương quốc Campuchia)")
    r"\b(?:đã |đến |tới )?(?:dự|tham dự)\b[^.;\n]{0,150}?\btại\s+(?=(?:huyện|tỉnh|thành phố|thủ đô|bang|châu)\s)|"
    # "... đã làm việc với lãnh đạo thành phố Sakai, tỉnh Osaka (Nhật Bản)": with a foreign host's leaders
    # ("... đã có buổi hội đàm với lãnh đạo thành phố Bách Sắc (..., Trung Quốc)": the same, in talks)
    r"\b(?:làm việc|hội đàm) với (?:lãnh đạo|chính quyền)|"
    # ("... đã tham dự Hội chợ ... và làm việc với một số cơ quan của tỉnh Vân Nam (Trung Quốc)"; "hai đề nghị mà đoàn công
    # tác tỉnh ... nêu với lãnh đạo thành phố Le Havre (Pháp) trong chuyến công tác ...")
    # (the place named with its country in brackets, and no meeting held at home after it: not "... với các cơ quan chức năng
    # của tỉnh Vân Nam (Trung Quốc) tại Nhà liên ngành cửa khẩu quốc tế Lào Cai")
    r"\b(?:làm việc|hội đàm) với (?:một số |các )?cơ quan(?: chức năng)?(?: của)? (?=(?:tỉnh|thành phố|bang|châu|vùng) [^().;\n]{2,40}\()"
    r"(?![^.;\n]{0,200}?\stại\s[^.;\n]{0,60}?{name})|"
    r"\b(?:nêu|trao đổi) với lãnh đạo (?=(?:thành phố|tỉnh|bang|vùng|châu) [^.;\n]{0,60}?\btrong chuyến (?:công tác|thăm)))"
)
_LOCAL_TIME = re.compile(
    r"\(\s*(?:theo\s+)?giờ\s+(?:địa phương|(?!Việt Nam|Hà Nội|VN\b)(?-i:" + UPPER + r")[\w ]{1,20})\s*\)"
    # ("Rạng sáng 19/9 (giờ Việt Nam), tức chiều 18/9 theo giờ địa phương, ...")
    r"|\btheo giờ địa phương\b",
    re.IGNORECASE,
)
# A foreign host receiving the province's delegation: "Lãnh đạo tỉnh Hủa Phăn tiếp đoàn đại biểu cấp
# cao tỉnh Thanh Hóa", "... Tỉnh trưởng tỉnh Hủa Phăn đã tiếp đoàn ... tỉnh Thanh Hóa".
_HOST_RECEIVES = (
    # (or its head's post: "Tỉnh trưởng Mondulkiri tiếp đoàn đại biểu tỉnh Lâm Đồng"; "... đã tiếp và hội đàm với đoàn ...")
    r"(?:[Tt]ỉnh|[Tt]hành phố|[Bb]ang|[Cc]hâu|Tỉnh trưởng|Thống đốc|Thị trưởng|Châu trưởng)\s+(?P<host>" + UPPER
    + r"[\w'’\-]*(?:\s+" + UPPER + r"[\w'’\-]*){0,3})"
    # (or welcomes it: "Tỉnh trưởng tỉnh Hủa Phăn nhiệt liệt chào mừng đoàn đại biểu tỉnh Thanh Hóa sang thăm")
    r"\s*(?:\([^()\n]{1,30}\)\s*)?(?:đã\s+)?(?:(?:tiếp|đón|hội kiến)|(?:nhiệt liệt\s+)?chào mừng(?=[^.;\n]{0,120}\bsang thăm))\s+"
    r"(?:và (?:làm việc|hội đàm) với\s+)?" + _OWN_NAMED
)
_HOME_ATTENDS = _OWN_NAMED + r"(?![\w ]{0,3}\()[^.;\n]{0,160}?\btham (?:gia|dự)\b"
_HOME_HOLDS = (
    r"(?<!\w)(?:UBND|Ủy ban nhân dân)\s+(?:(?i:tỉnh|thành phố|TP\.?)\s*)?{name}(?!\w)[^.;\n]{0,160}?\btổ chức\s+"
    r"(?:(?:hội nghị|hội thảo|diễn đàn|chương trình|tọa đàm)\b)"
)
_OWNED_BY = re.compile(r"(?<!\w)(?:của|từ)\s+(?:nước\s+|bạn\s+)?$")
_HOME_VISITS_UNIT = (
    # (its visit told, not one recalled, offered or planned: "sau khi đoàn ... thăm tỉnh Vân Nam năm ngoái", "mời đoàn ... thăm
    # tỉnh Mondulkiri", "sẽ thăm")
    _OWN_NAMED + r"(?![\w ]{0,3}\()(?:(?!\b(?:mời|sau khi|khi|từng|sẽ|dự kiến|năm|tháng)\b)[^.;\n]){0,160}?\bđã\s+thăm\s+(?:hữu nghị\s+)?"
    r"(?:tỉnh|thành phố|TP\.?|châu|bang)\s*"
    r"(?P<place>" + _CAP + r"[\w'’\-]*(?:\s+" + _CAP + r"[\w'’\-]*){0,3})"
)
_UNNAMED_TRAVELS = re.compile(_HOME_TRAVELS.replace("{name}", r"(?=\s*(?:do|đã|gồm)\b)"))
_NAMED_UNIT = re.compile(
    r"(?<!\w)(?:tỉnh|thành phố|TP\.?|châu|bang|thủ đô)\s*(?P<place>" + _CAP + r"[\w'’\-]*(?:\s+" + _CAP + r"[\w'’\-]*){0,3})"
)
# A month or a year before the delegation's trip: "tháng 11/2019, ", "năm 2019, ", "Năm ngoái, ".
_TRIP_WHEN = re.compile(
    r"(?<!\w)(?:(?:tháng\s+\d{1,2}\s*[/.-]\s*|(?:vào\s+)?năm\s+)(?P<year>(?:19|20)\d\d)|năm (?:ngoái|trước)|trước đây|cách đây[^,]{1,20})"
    r"\s*,?\s*$",
    re.IGNORECASE,
)


# ... the same, the province's delegation and its trip after it: "năm 2019, đoàn công tác của tỉnh Hải Dương đã sang làm việc tại"
_RECALLED_TRIP = re.compile(
    r"(?<!\w)(?:(?:tháng\s+\d{1,2}\s*[/.-]\s*|(?:vào\s+)?năm\s+)(?:19|20)\d\d|năm (?:ngoái|trước)|trước đây)\s*,\s*"
    r"(?:các\s+)?(?i:đoàn)\b[^.;\n]{0,160}$",
    re.IGNORECASE,
)


def _earlier_year(text, end, doc):
    """The month or year _RECALLED_TRIP found before ``end`` is earlier than the article's (a relative one always is)."""
    m = _RECALLED_TRIP.search(text, max(0, end - 200), end)
    year = re.search(r"(?:19|20)\d\d", m.group(0)[:40]) if m else None
    return bool(m) and (year is None or _before_published(year.group(0), doc))


def _before_published(year, doc):
    """``year`` (written) is earlier than the article's publication year, when that is known."""
    return doc.published_year is not None and int(year) < doc.published_year


def _earlier_trip(before, doc):
    """``before`` (the words right before the province's delegation) dates its trip to an earlier month or year than
    the article's: a trip recalled, not this activity."""
    m = _TRIP_WHEN.search(before)
    if not m:
        return False
    return not m.group("year") or _before_published(m.group("year"), doc)


_AT_BARE_PLACE = re.compile(r"\s*(?:và\s+(?:làm việc|hội đàm)\s+)?(?:tại|ở)\s+(?P<place>" + _CAP + r"\w*(?:\s+" + _CAP + r"\w*){0,3})")
# ("tại Khu tự trị dân tộc Choang Quảng Tây": the region's kind word written with a capital, its people named)
# (the "tại" may be the travel phrase's own: "... đã thăm và làm việc tại" then "Khu tự trị ..."; not the Việt Bắc of old)
_AT_FOREIGN_ONLY_PLACE = re.compile(
    r"(?:(?:tại|ở)\s+(?:châu|bang|tỉnh bang|[Kk]hu tự trị(?:\s+dân tộc)?)|^\s*[Kk]hu tự trị(?:\s+dân tộc)?)\s+(?!Việt Bắc|Tây Bắc)" + _CAP
)
# A foreign mission in Vietnam: visiting it is not a trip abroad.
_FOREIGN_MISSION = re.compile(r"(?:Đại sứ quán|Lãnh sự quán|Tổng Lãnh sự quán)(?! Việt Nam)")


# A foreign envoy named with his country: "Đại sứ Hoa Kỳ", "Đại sứ đặc mệnh toàn quyền nước
# Cộng hòa ... Lào tại Việt Nam", "Tổng Lãnh sự Nhật Bản" (Vietnam's own envoys excluded).
_ENVOY = r"(?:Đại sứ quán|Tổng Lãnh sự quán|Lãnh sự quán|Đại sứ|Tổng Lãnh sự|Lãnh sự)(?: đặc mệnh toàn quyền)?\s+"
_ENVOY_STATE = r"(?:(?i:nước|vương quốc|cộng hòa|CHDCND|CHND|liên bang|dân chủ|nhân dân|xã hội chủ nghĩa)\s+)*"


def _foreign_envoy(text):
    rx = compiled(_ENVOY + _ENVOY_STATE + r"(?:" + country_rx().pattern + r")")
    return any(not m.group(0).endswith("Việt Nam") for m in rx.finditer(text))


# A signing or talks held online: nobody travels, the province holds its own ceremony or
# meeting ("tổ chức hội đàm trực tuyến với thành phố Bằng Tường"; not a visit some of whose
# guests join online: "trực tuyến kết hợp trực tiếp").
# (the meeting's mode, right after its word: not a topic, "dịch vụ công trực tuyến", nor a session
# relayed "trực tuyến tới các huyện", nor "trực tiếp kết hợp trực tuyến")
_ONLINE_WORDS = r"(?:ký kết|hội đàm|hội nghị|làm việc|gặp gỡ|đối thoại)"
_ONLINE_MODE = r"(?:\s+(?:theo|bằng|qua)\s+hình\s+thức)?\s+trực tuyến(?!\s+(?:kết hợp|tới|đến|với các))"
_ONLINE_SIGNING = re.compile(
    r"(?<!kết hợp )" + _ONLINE_WORDS + _ONLINE_MODE + r"|ký kết[^.\n]{0,100}?trực tuyến(?! kết hợp| tới| đến)"
    r"|trực tuyến\s+" + _ONLINE_WORDS + r"|điểm cầu[^.\n]{0,80}?ký kết|ký kết[^.\n]{0,80}?điểm cầu"
    # (its subject between: "Hội nghị giao thương trực tuyến", "hội nghị xúc tiến thương mại trực tuyến")
    r"|(?:hội nghị|hội thảo|tọa đàm)(?:\s+(?!trực)[^\s.,;]+){1,3}" + _ONLINE_MODE,
    re.IGNORECASE,
)
# A meeting at home that prepares a trip abroad: the province's own event, not the trip.
_PREPARATORY = re.compile(
    r"(?:cuộc họp|\bhọp|hội nghị)\b[^.;\n]{0,80}?(?:chuẩn bị|triển khai|thống nhất|quán triệt)[^.;\n]{0,80}?"
    r"(?:chuyến (?:công tác|thăm)|[Đđ]oàn (?:đại biểu|công tác))|\bhọp [Đđ]oàn (?:đại biểu|công tác)",
    re.IGNORECASE,
)


_ATTENDING = re.compile(
    r"^\s*(?:[Cc]ùng (?:dự|tham dự|tiếp|làm việc|đi)|[Tt]ham dự|[Dd]ự (?:buổi|hội|lễ)\w*|[Tt]iếp (?:và làm việc với )?đoàn có)"
)


def extract(doc, province):
    """The kind of the activity of ``province`` the article reports."""
    head = head_text(doc)
    lead = "\n".join(s.text for s in body_sentences(doc)[:2])
    if _PREPARATORY.search("\n".join(s.text for s in body_sentences(doc)[:1])):
        return "provincial_event"
    if _outbound(doc, province, head):
        return "outbound_delegation"
    if _central_organiser(lead):
        return "central_delegation"
    if _ONLINE_SIGNING.search(lead):
        return "provincial_event"
    first = lead.split("\n", 1)[0]
    envoy = _foreign_envoy("\n".join([doc.title, first])) and not central_rx().search(doc.title)
    # (an envoy's call told first, an event named only in the next sentence: "Chiều qua, Chủ tịch UBND tỉnh tiếp
    # ông ..., Tổng Lãnh sự Nhật Bản ... đến chào từ biệt." then "... kết nối tổ chức thành công Lễ hội ...")
    if _own_event(lead) and not (envoy and not _own_event(first) and not _own_event(doc.title)):
        # a ceremony at home that a foreign side's delegation came to: the guests' visit
        return "foreign_delegation" if _guest_delegation(lead) else "provincial_event"
    # An ambassador's or a consul's call is a foreign guest's, even with a ministry beside him.
    if envoy:
        return "foreign_delegation"
    # (a central body among those who attend, "Cùng dự có ... Tổng Lãnh sự Việt Nam tại Luông Pha
    # Bang", does not make the foreign guests' visit its own)
    acting = "\n".join(line for line in head.split("\n") if not _ATTENDING.match(line))
    # (a foreign state's delegation, its head a Deputy Prime Minister: "Đoàn đại biểu Chính phủ nước Cộng hòa Dân chủ
    # Nhân dân Lào do Phó Thủ tướng ... làm việc tại tỉnh")
    if central_rx().search(acting) or (_central_other_rx().search(acting) and not _foreign_state_rx().search(acting)):
        return "central_delegation"
    if _FOREIGN_GUEST.search(head) or _foreign_party(head):
        return "foreign_delegation"
    if central_rx().search(doc.text):
        return "central_delegation"
    if country_rx().search(head):
        return "foreign_delegation"
    return "provincial_event"


# A delegation and who heads it: "Đoàn đại biểu tỉnh Svay Rieng do ông Men Sophal, Tỉnh trưởng
# làm trưởng đoàn", "Đoàn cán bộ trấn Thiên Bảo gồm 15 thành viên do ông ... làm trưởng đoàn", "đoàn công tác Tập đoàn X
# (Nhật Bản) do ông ..., Chủ tịch Tập đoàn dẫn đầu".
_HEADED_DELEGATION = re.compile(
    r"(?<!\w)(?i:đoàn)(?: (?i:đại biểu|công tác|cán bộ|lãnh đạo))?(?P<who>[^.\n]{1,100}?)\s+do\s+"
    # (one named: not "do Phó Thống đốc tỉnh dẫn đầu", whose ceremony at home stays the province's)
    r"(?:[^.\n]{3,160}?\b(?:làm |là )?trưởng đoàn|(?:ông|bà|ngài)\s+(?-i:" + UPPER + r")[^.\n]{3,160}?\bdẫn đầu)"
)
_FRIENDSHIP_BODY = re.compile(r"Việt\s*[-–]|[-–]\s*Việt\b|(?i:hội hữu nghị)")
_FOREIGN_ONLY_KIND = re.compile(r"(?<!\w)(?:trấn|châu|bang|tỉnh bang)\s+(?-i:" + UPPER + r")")


def _guest_delegation(lead):
    """The lead has a foreign side's delegation, headed by someone, come to the province."""
    for m in _HEADED_DELEGATION.finditer(lead):
        who = m.group("who")
        if "Việt Nam" in m.group(0) or _FRIENDSHIP_BODY.search(who):
            continue  # (the province's own "Hội Hữu nghị Việt - Lào tỉnh")
        if country_rx().search(who) or mentions_abroad(who) or _FOREIGN_ONLY_KIND.search(who):
            return True
        # its locality named with its country earlier: "... và huyện Hà Khẩu (Trung Quốc) ... Đoàn
        # đại biểu huyện Hà Khẩu do ..." (the names before brackets read once, one pattern)
        bracketed = [b.group(1) for b in _named_with_country().finditer(lead, 0, m.start())]
        for name in re.findall(_CAP + r"\w*(?:\s+" + _CAP + r"\w*){0,3}", who):
            if any(b.endswith(name) for b in bracketed):
                return True
    return False


@cache
def _named_with_country():
    """A run of capitalised words, then its country in brackets: "Hà Khẩu (Trung Quốc"."""
    return re.compile(r"(" + _CAP + r"\w*(?:\s+" + _CAP + r"\w*){0,3})\s*\((?:" + country_rx().pattern + r")")


def _central_organiser(lead):
    """The lead's first clause has a central body organise the event, the province beside it:
    "Ngày 7/11, Bộ Ngoại giao phối hợp với UBND thành phố Cần Thơ tổ chức Hội nghị ..." (the
    ministry's delegation comes to the province)."""
    first = lead.split("\n", 1)[0]
    m = _OWN_EVENT.search(first)
    if not m:
        return False
    clause = re.sub(_OUTLET_PREFIX + r"(?:(?i:sáng|chiều|tối|trưa|từ ngày|ngày|hôm nay|hôm qua)\b[^,\n]{0,30},\s*)?", "", first[: m.start()])
    clause = re.sub(r"^(?i:tại)\s[^,]{1,80},\s*", "", clause)
    # (a ministry's department named first: "Vụ Thông tin Báo chí, Bộ Ngoại giao phối hợp với UBND tỉnh tổ chức ...")
    clause = re.sub(r"^(?:Vụ|Cục|Viện|Học viện|Trung tâm)\s[^,()\n]{2,40}?(?:,\s*|\s*\()(?=Bộ\s)", "", clause)
    return bool(central_rx().match(clause)) and bool(re.search(r"phối hợp|\svà\s|đồng tổ chức", clause + first[m.start() : m.start() + 20]))


def _foreign_party(head):
    """A foreign delegation or counterpart in the lead: "Đoàn ... tỉnh nước CHDCND Lào",
    "hội kiến với Bí thư Tỉnh ủy Vân Nam (Trung Quốc)". A country merely listed among
    partners ("các đối tác như Anh, Nga") is not one."""
    for m in country_rx().finditer(head):
        before = head[max(0, m.start() - 90) : m.start()]
        if re.search(r"(?i:đoàn|hội đàm|hội kiến|tiếp|đón|gặp)", before) and "\n" not in before[-60:]:
            return True
    return False
