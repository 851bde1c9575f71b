"""Who asks, and of whom: the side of the subject of an ask word (the province's own
people, or a visitor), and whether the addressee is the province itself (requests.py)."""

import re
from functools import cache

from apps.lib import countries as country_list
from apps.lib.text import fold
from apps.provinces import lookup

from .lexicon import LOWER, UPPER, alternation, cities, compiled, not_a_province
from .partners import known_abroad, known_abroad_prefix
from .record import EXPECTED_SIDE

# An opening adverbial to skip before looking for the subject.
_OPENING = re.compile(
    r"^(?:Tại|Trong|Phát biểu|Tiếp|Cho biết|Thay mặt|Để|Nhằm|Theo đó|Qua|Ngoài ra|Bên cạnh|"
    # ("Trước đề nghị của phía bạn, Chủ tịch UBND tỉnh ... giao Sở Ngoại vụ ...": what it answers opens the sentence)
    r"Trên cơ sở|Nhân dịp|Với|Khi|Sau khi|Trước|Đồng thời|Về|Liên quan|Đối với|Báo cáo|"
    r"Thông tin|Chia sẻ|Trao đổi|Đánh giá|Cảm ơn|Mặt khác|Ngoài|Từ|Kiến nghị|Đề nghị|Đề xuất|"
    r"Bày tỏ|Nhấn mạnh|Khẳng định|Theo|Hiện nay|Thời gian tới|Sắp tới|Vì vậy|Do đó|Tuy nhiên|"
    # ("Chúc mừng những thành tựu mà tỉnh Bô-ly-khăm-xay đạt được, đồng chí ... khẳng định ...")
    r"Thời gian qua|Kết luận|Bế mạc|Khai mạc|Kết thúc|Giới thiệu|Chào mừng|Chúc mừng|Tại đây|"
    # ("Ghi nhận đóng góp của các tổ chức, Phó Chủ tịch UBND tỉnh ... cho biết ...")
    r"Ghi nhận|Hoan nghênh|Biểu dương|Trả lời|Đáp lời|Đáp từ|Đáp lại|"
    # (a year's time, a topic: '"Năm 2016, chúng tôi đề nghị ...', "Đề cập đến hợp tác thời gian tới, ...")
    r"Năm (?:\d{4}|nay|tới)|Đề cập|Nói về|Bàn về|"
    # (whom the speaker meets: "Làm việc với Đại sứ Nguyễn Đức Tâm tại Seoul ngày 14/11, Chủ tịch UBND tỉnh ... cho biết")
    r"Làm việc với|Hội đàm với|Hội kiến|Gặp gỡ|Tiếp xúc với)"
    r"(?!\w)[^,;:]{0,160},\s*"
)
# Openings that say for whom the speaker speaks.
_SPEAKS_FOR = re.compile(r"^(?:Thay mặt|Về phía)(?!\w)")
_AGREED_ASK = r" (?:đã |cũng )?(?:thống nhất|nhất trí)(?: (?:kiến nghị|đề nghị|đề xuất)|\s*$)"
# Actors. At one position the visitor's titles are tried first ("Tỉnh trưởng" before "Tỉnh").
_OTHER_ACTOR = (
    r"Phó Thủ tướng|Thủ tướng|Phó [Cc]hủ tịch nước|Chủ tịch nước|Phó [Cc]hủ tịch Quốc hội|Chủ tịch Quốc hội|"
    r"Thứ trưởng|Bộ trưởng|Cục trưởng|Phó Cục trưởng|Vụ trưởng|Phó Vụ trưởng|Đại sứ|"
    r"Tổng Lãnh sự|Lãnh sự|Tham tán|Chủ nhiệm Ủy ban|Ủy ban Biên giới|Bộ Ngoại giao|"
    r"Bộ (?!Chính trị)[A-ZĐ]\w*|Đoàn công tác|Trưởng đoàn|Đoàn|Liên hiệp|Tổng Bí thư|"
    r"[Nn]gài|Phó Tỉnh trưởng|Tỉnh trưởng|Phó Thống đốc|Thống đốc|Thị trưởng|Đô trưởng|"
    # the heads of Chinese prefectures and counties, Lao districts: "Châu trưởng Dương Chấn Ba"
    r"Phó Châu trưởng|Châu trưởng|Phó Huyện trưởng|Huyện trưởng|Phó Trấn trưởng|Trấn trưởng|"
    r"[Pp]hía bạn|[Hh]ai bên|[Hh]ai tỉnh|[Hh]ai địa phương|[Hh]ai nước|[Cc]ác đại biểu(?!" + _AGREED_ASK + r")|"
    r"Đại biểu|[Dd]oanh nghiệp|[Cc]ác tổ chức|[Tt]ổ chức|Hạ nghị sĩ|Thượng nghị sĩ|"
    r"Chủ tịch Hội đồng tỉnh|Hội đồng tỉnh"
)
_LOCAL_ACTOR = (
    r"Tỉnh ủy|Thành ủy|UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân|Sở(?!\w)|[Tt]ỉnh(?!\w)|"
    r"[Tt]hành phố(?!\w)|TP\.?|[Ll]ãnh đạo tỉnh|[Ll]ãnh đạo thành phố|[Đđ]ịa phương|Ban Chỉ đạo|"
    r"Tiểu ban|Ban Tổ chức|"
    # a government as the subject, whose place tells its side: "Chính quyền Sakai đánh giá cao ... và mong muốn ..."
    r"[Cc]hính quyền(?= (?:tỉnh |thành phố |TP\.? ?|bang |châu |quận |huyện )?(?-i:" + UPPER + r"))|"
    # the province's own conference as the subject: "hội nghị thống nhất kiến nghị Bộ Ngoại giao ..."
    r"[Hh]ội nghị(?= (?:đã |cũng )?(?:thống nhất|nhất trí|kiến nghị|đề nghị|đề xuất))|"
    # and its delegates agreed: "các đại biểu thống nhất kiến nghị Chính phủ ..."
    r"[Cc]ác đại biểu(?=" + _AGREED_ASK + r")|"
    # A bare post ("Phó Chủ tịch đề nghị ..."): in a report on the province, its own leader; a
    # foreign namesake ("Chủ tịch Chính phủ Nhân dân Khu tự trị ...") is caught by its place.
    # (its words may be written small after the first: "Phó chủ tịch đề nghị", "Phó bí thư")
    r"(?:Phó )?Chủ tịch(?!\w)|(?:Phó )?Bí thư(?!\w)|(?:Phó )?Giám đốc(?!\w)|Trưởng ban(?!\w)|"
    # (not a national body's: "Phó chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam", "Phó chủ tịch Ủy ban Trung ương MTTQ")
    r"Phó (?:chủ tịch|bí thư|giám đốc)(?!\w)(?!\s+(?:nước|Quốc hội|Liên hiệp|Ủy ban|Trung ương|Hội|Mặt trận|Tập đoàn|Công ty|Tổng|Ban))"
)
_FOREIGN_POST_NEXT = re.compile(r"[^,;.]{0,40},\s*(?:Phó )?(?:Tỉnh trưởng|Thống đốc|Thị trưởng|Châu trưởng|Huyện trưởng)(?!\w)")
_BARE_POST = r"(?:Phó )?(?:Chủ tịch|Bí thư|Giám đốc)$|Trưởng ban$|Phó (?:chủ tịch|bí thư|giám đốc)$"


@cache
def _country_rx():
    """A country's name, as the list writes it: "Nhật Bản", "Hàn Quốc" (not "Lào" of "Lào Cai")."""
    states = sorted(country_list.plain_forms(), key=len, reverse=True)
    # (not a province named after one: "Chính quyền Lào Cai")
    return re.compile("(?:" + "|".join(re.escape(n) for n in states) + r")(?!\w)" + not_a_province(states))


@cache
def _not_provincial():
    """Bodies that are no province's: companies, organisations, foreign states (not "Lào Cai":
    a province named after a country, as the provinces data say) and international bodies."""
    return re.compile(
        r"Tập đoàn|Công ty|Tổ chức|Quỹ|Hiệp hội|Ngân hàng|Quốc gia|Hội đồng (?:tỉnh|quản trị)|Chính phủ|Khu ủy|"
        + _country_rx().pattern + "|" + alternation("international_organizations")
    )


# The words between a subject and its ask word: "Ông cũng trân trọng đề nghị ...", "tỉnh Quảng Ninh đã đề nghị".
_ADVERBS_TO_ASK = r"(?:(?:cũng|đã|còn|thì|tiếp tục|đồng thời|bày tỏ|trân trọng|kính|rất)\s+)*$"
# A subject that is only a pronoun: its actor is in the sentences before.
# ("Đồng thời đề xuất Bộ ...": no subject at all, the speaker of the sentence before goes on)
_PRONOUN = re.compile(
    # ("Vì vậy ông đề nghị ...": a connective with no comma)
    r"^\s*(?:(?:[Đđ]ồng thời|[Nn]goài ra|[Bb]ên cạnh đó|[Cc]ùng với đó|[Tt]iếp đó|[Vv]ì vậy|[Vv]ì thế|[Dd]o đó|[Dd]o vậy|"
    r"[Bb]ởi vậy|[Tt]ừ đó|[Qq]ua đó),?\s*)?"
    # ("Cụ thể: thứ nhất, đề nghị tỉnh Vân Nam ...": the list the speaker just announced)
    r"(?:[Cc]ụ thể\s*[:,]?\s*)?(?:(?:[Tt]hứ (?:nhất|hai|ba|tư|năm|sáu)|(?:[Mm]ột|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm) là)\s*[,:]?\s*)?"
    # ("Ông cũng bày tỏ hy vọng ...": the hope expressed)
    # ("Ông đồng thời đề nghị phía bạn ...")
    r"(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à|[Nn]gười đứng đầu|[Ll]ãnh đạo)?\s*(?:(?:cũng|còn|đã|thì|bày tỏ|trân trọng|kính|rất|đồng thời)\s*)*$"
)
_PRONOUN_SPEAKS = re.compile(
    # (or asks: "Bà bày tỏ mong muốn tỉnh cử sinh viên ..., đồng thời mong hai bên ...": the pronoun
    # asks, the province is whom it asks)
    r"^\s*(?:[Ôô]ng|[Bb]à|[Đđ]ồng chí)\s+(?:cũng\s+)?(?:cho biết|nói|khẳng định|nhấn mạnh|thông tin|chia sẻ|"
    r"bày tỏ|mong muốn|mong|đề nghị|kiến nghị|đề xuất|hy vọng|nhắc lại|cho rằng|"
    # (or replies to the asks: "Ông ghi nhận các đề xuất của tỉnh ...; đồng thời đề nghị hai bên ...": the pronoun's, not the
    # province's its words name)
    r"ghi nhận|tiếp thu|nhất trí|đồng tình|hoan nghênh)\b"
)
# ... or greets first: "Ông chúc nhân dân tỉnh Đắk Lắk đón Tết vui tươi và mong hai tỉnh ...": the pronoun wishes, the
# province it greets is no asker (unless it speaks for it: "Bà chúc ... và thay mặt lãnh đạo tỉnh đề nghị ...")
_PRONOUN_GREETS = re.compile(r"^\s*(?:[Ôô]ng|[Bb]à|[Đđ]ồng chí)\s+(?:cũng\s+)?(?:chúc|chúc mừng|gửi lời)\b")
_FOR_THE_PROVINCE = re.compile(
    r"\b(?:thay mặt|về phía)\s+(?:cho\s+)?(?:lãnh đạo\s+)?(?:tỉnh|thành phố|UBND|Ủy ban nhân dân|Tỉnh ủy|Thành ủy|HĐND)\b"
)
_CAPITALISED_RUN = re.compile(UPPER + r"[\w'’-]*(?:\s+" + UPPER + r"[\w'’-]*){0,3}")


_LABOUR = re.compile(r"(?<!\w)Lao động(?!\w)")


def _foreign_named(words):
    """A foreign locality or country among the first names of ``words`` (a body's name)."""
    words = _LABOUR.sub("lao động", words)  # "Sở Lao động - Thương binh và Xã hội" is no body of Laos ("Lào")
    return any(
        fold(run.group(0)) in country_list.folded_forms() or known_abroad(run.group(0))
        for run in _CAPITALISED_RUN.finditer(words)
    )


# A delegation is the province's own when the words after it say so.
_DELEGATION = re.compile(r"^(?:Đoàn công tác|Đoàn|Trưởng đoàn)")
_LOCAL_WORDS = re.compile(r"Tỉnh ủy|Thành ủy|UBND|HĐND|của tỉnh|tỉnh ta|của thành phố")
# Addressees that make the ask the province's own business (or a joint intention).
_LOCAL_OBJECT = re.compile(
    # ("đề xuất và giao Sở Ngoại vụ phối hợp ...": the ask turned into a task of its own department)
    # (or its own power company: "đề nghị Công ty Điện lực Bắc Ninh có phương án cấp điện ổn định cho doanh nghiệp")
    r"^(?:với\s+|lên\s+|và\s+giao\s+)?(?:Tỉnh ủy|Thành ủy|HĐND|Hội đồng nhân dân|Thường trực|Ban Thường vụ|Công ty Điện lực|"
    # its own border guard, army command and police: "đề nghị Bộ Chỉ huy Bộ đội Biên phòng tỉnh phối hợp chặt chẽ ..."
    r"(?:Bộ Chỉ huy\s+)?(?:Bộ đội Biên phòng|BĐBP|Quân sự)\s+(?:tỉnh|thành phố)|Công an (?:tỉnh|thành phố)|"
    # (not the localities of a corridor or a forum: "đề nghị các địa phương tham gia thống nhất áp dụng ...")
    # ("đề nghị các địa phương tham gia tích cực các hoạt động ...": its own, told to take part)
    # (not a foreign head's title: "rất mong Tỉnh trưởng tỉnh Takéo quan tâm ...")
    r"[Tt]ỉnh(?! bang)(?! trưởng)|thành phố|Thành phố|TP\.?|địa phương|"
    # (not a country's: "đề nghị các địa phương Nhật Bản hỗ trợ thành phố đào tạo ...")
    r"các địa phương(?!\s+(?:của\s+)?(?:nước\s+)?(?:" + "|".join(sorted(map(re.escape, country_list.names()), key=len, reverse=True))
    + r")(?!\w))(?!\s+(?:tham gia\s+(?:thống nhất|phối hợp|cùng|xây dựng|áp dụng|nghiên cứu|ký|(?-i:Hội nghị|Diễn đàn))|trên hành lang|trên tuyến|"
    r"thành viên|bạn)(?!\w))|"
    r"các sở|các ngành|các cấp|các cơ quan|các đơn vị|các phòng(?!\s+(?:thương mại|xúc tiến|công nghiệp))|"
    # its own offices: "đề nghị Văn phòng UBND tỉnh tham mưu xây dựng chương trình đối ngoại"
    r"Văn phòng (?:UBND|Ủy ban nhân dân|HĐND|Tỉnh ủy|Thành ủy|Đoàn ĐBQH)|"
    r"phòng (?:chuyên môn|ban|nghiệp vụ|chức năng)|các huyện|các xã|Sở|sở|"
    r"ngành|cấp ủy|"
    # the members of its own steering committee: "đề nghị các thành viên Ban Chỉ đạo tiếp tục đổi mới ..."
    # (not a central one named after its region: "các thành viên Ban Chỉ đạo Tây Nguyên")
    r"(?:các\s+)?thành viên Ban Chỉ đạo(?!\s+(?:Tây|Nam|Trung ương|Tây Nguyên|Tây Bắc))|"
    r"chính quyền|lãnh đạo tỉnh|UBND|Ủy ban nhân dân|hai bên|Hai bên|hai tỉnh|hai địa phương|"
    r"hai nước|cán bộ|lực lượng|toàn tỉnh|Đảng bộ|mỗi|từng|mọi người|người dân|nhân dân|"
    # its villages' elders: "đề nghị người có uy tín tiếp tục vận động bà con ..."
    r"(?:các\s+)?(?:người có uy tín|già làng|trưởng (?:thôn|bản|ấp|dòng họ))|bà con(?!\s+(?:kiều bào|người Việt|Việt kiều))|"
    # the province's own schools: "đề nghị các cơ sở đào tạo tiếp tục chăm lo cho lưu học sinh"
    # (not another place's, listed with its companies: "mong muốn các cơ sở đào tạo, doanh nghiệp của Shizuoka tiếp nhận ...")
    # (its own named so: "các cơ sở đào tạo, các doanh nghiệp tại tỉnh")
    r"các cơ sở (?:đào tạo|giáo dục)(?!(?:\s*(?:,|và)\s+[\w ]{1,25}?)?\s+(?:của|tại|ở)\s(?!(?:tỉnh|thành phố|địa phương)(?!\s+(?:(?-i:" + UPPER + r")|bạn(?!\w)))))|"
    # the trainees of its course, its own young staff: "đề nghị các học viên nghiêm túc ...",
    # "mong muốn lớp cán bộ trẻ tiếp tục phát huy ..."
    # (its staff named by their work: "đề nghị đội ngũ làm công tác đối ngoại của tỉnh tiếp tục nâng cao bản lĩnh")
    r"(?:các\s+)?học viên|lớp cán bộ|đội ngũ cán bộ|"
    r"đội ngũ (?:làm công tác|cán bộ,? công chức)(?:[\s,]+[^\s,;.]+){0,6}?\s+(?:của|trong|trên địa bàn)\s+(?:tỉnh|thành phố|toàn tỉnh|ngành)"
    r"(?!\s+" + UPPER + r")|"
    # ... or the students it hosts, told to study well: "đề nghị các em tiếp tục nỗ lực học tập, chấp hành tốt pháp luật"
    # (or its workers abroad: "đề nghị người lao động chấp hành nghiêm pháp luật nước sở tại")
    # (or the schools it hosts them in, told to care for them: "đề nghị các trường tiếp tục quan tâm, chăm lo đời sống ... lưu
    # học sinh Lào"; not schools asked to take or train its students)
    r"các trường(?: đại học| cao đẳng)?(?:\s+(?:tiếp tục|thường xuyên))?\s+(?:quan tâm,?\s+)?(?:chăm lo|quản lý|chăm sóc|giúp đỡ các em)|"
    r"các (?:em|cháu)|(?:các\s+)?(?:lưu học sinh|học sinh|sinh viên|người lao động|thực tập sinh)(?:\s+[^\s,;.]+){0,2}?\s+(?:tiếp tục\s+)?"
    r"(?:nỗ lực|chăm chỉ|học tập|rèn luyện|chấp hành|tuân thủ|giữ gìn)"
    r"(?![^.;]{0,80}?(?<!\w)được\s+(?:phía|tạo điều kiện|hỗ trợ|xem xét|quan tâm|bố trí|gia hạn|bảo đảm)(?!\w))|"
    # ... or a course's participants told to use it: "đề nghị các đại biểu vận dụng kiến thức được tập huấn"
    # (or to discuss: "đề nghị các đại biểu tập trung nghiên cứu, trao đổi thẳng thắn", "... đóng góp ý kiến")
    r"(?:các\s+)?đại biểu\s+(?:tham dự\s+)?(?:vận dụng|tiếp thu|áp dụng|nghiêm túc|phát huy|tập trung|thảo luận|"
    r"trao đổi|đóng góp|phát biểu|dành thời gian)|"
    # its own companies: "đề nghị các doanh nghiệp của tỉnh chủ động chuẩn bị nguồn hàng"
    r"(?:các\s+)?doanh nghiệp (?:của|trong|trên địa bàn) (?:tỉnh|thành phố)(?!\s+(?-i:[A-ZĐ])))(?!\w)"
)
# Both sides asked to do something concrete together: the province asks it of its partner as
# much as of itself ("đề nghị hai bên phối hợp đẩy nhanh xây dựng cầu", "mong muốn hai tỉnh sớm
# ký kết biên bản ghi nhớ"); a wish for the relationship alone is no ask (_GENERAL_WISH).
# A common threat fought together: "phối hợp ngăn chặn buôn lậu", "đấu tranh phòng chống ma túy".
# ("hai bên tăng cường phối hợp chống buôn lậu, gian lận thương mại": a concrete threat after a bare "chống"; not a slogan's
# "chống lại mọi âm mưu chia rẽ")
THREAT_VERBS = (
    r"ngăn chặn|phòng(?:,)? chống|đấu tranh|kiểm soát|tuần tra|(?:tìm kiếm,?\s+)?(?:quy tập|cất bốc|hồi hương)|"
    r"chống\s+(?:buôn lậu|buôn bán|gian lận|hàng giả|ma túy|tội phạm|dịch bệnh|dịch|khai thác|xâm nhập|xuất nhập cảnh|xuất cảnh|"
    r"nhập cảnh|di cư|mua bán người|khủng bố|rửa tiền|vận chuyển)"
)
_JOINT_VERBS = (
    # ("hai bên sớm nghiên cứu, thí điểm tuyến du lịch tự lái": a pilot run together)
    # ("hai bên lập tổ công tác chung để quản lý lao động qua biên giới")
    r"(?:ký kết|ký|xây dựng|thành lập|lập (?:tổ|nhóm|ban|đường dây|cơ chế)|mở(?!\s+ra\s+(?:một\s+)?(?:giai đoạn|chương|trang|thời kỳ|cơ hội|triển vọng))|tổ chức|nâng cấp|kết nối|đào tạo|trao đổi đoàn|đẩy nhanh|thí điểm|"
    # (a road or a gate made better together: "hai bên sớm phối hợp cải tạo tuyến đường 7 nối cửa khẩu ...")
    # (or their plan brought up to date: "hai bên sớm cập nhật kế hoạch triển khai biên bản ghi nhớ")
    r"triển khai|thiết lập|hoàn thiện|khai trương|đầu tư|khôi phục|mở lại|đơn giản hóa|tháo gỡ|cải tạo|sửa chữa|mở rộng|"
    r"cập nhật (?:kế hoạch|chương trình|thỏa thuận|biên bản)|"
    # ("đưa quan hệ hữu nghị ... ngày càng phát triển" takes the ties further, nothing to do)
    r"rà soát|nối lại|hoàn thành|hoàn tất|thúc đẩy mở|đưa(?!\s+(?:mối\s+)?quan hệ(?:\s+(?:hữu nghị|hợp tác|truyền thống|đặc biệt|"
    r"giữa hai (?:tỉnh|bên|địa phương)))*\s+(?:ngày càng|lên tầm|đi vào))|duy trì|thống nhất phương án|thống nhất kế hoạch|"
    # "hai bên sớm khởi động xây dựng cầu đường bộ qua biên giới"
    r"khởi động|khởi công|vận hành|"
    # the workers who cross, managed together: "hai bên phối hợp quản lý tốt lao động Việt Nam sang làm việc tại Lào"
    r"quản lý (?:tốt |chặt chẽ )?(?:người )?lao động|"
    # the border and who crosses it, kept together: "hai tỉnh tiếp tục phối hợp quản lý chặt chẽ đường biên, mốc giới", "hai
    # bên phối hợp quản lý người, phương tiện qua lại khu vực cửa khẩu"; what it breeds settled: "hai bên tăng cường phối hợp
    # giải quyết dứt điểm tình trạng di cư tự do, kết hôn không giá thú"
    # (its markers or its traffic, not the border at large: "hai bên tiếp tục phối hợp quản lý biên giới" is none)
    r"quản lý (?:tốt |chặt chẽ |hiệu quả )?(?:(?:(?:tuyến\s+)?đường biên(?:\s+giới)?,?\s+(?:và\s+)?)?(?:mốc giới|cột mốc)|"
    r"người(?:,| và) phương tiện)|"
    # (not the boilerplate "giải quyết kịp thời các vụ việc phát sinh")
    # (or the cases of its people held: "hai bên phối hợp giải quyết nhanh các trường hợp ngư dân hai bên bị bắt giữ")
    r"giải quyết (?:dứt điểm|triệt để) (?:tình trạng|các vụ việc|vụ việc|những vụ việc)|giải quyết nhanh (?:các|những) trường hợp|"
    # (a sector grown together, not the ties: "hai bên hợp tác phát triển du lịch làng nghề, xây dựng các tour ...")
    r"phát triển (?:du lịch|sản phẩm|tour|tuyến|vùng nguyên liệu)|"
    # the steps of a works project: "hai bên thúc đẩy thủ tục đầu tư xây dựng cầu đường bộ qua sông Hồng"
    # (or the steps of a named project: "hai bên phối hợp thúc đẩy các thủ tục liên quan đến dự án kết nối đường sắt ...")
    r"thủ tục đầu tư|(?:các )?thủ tục liên quan (?:đến|tới) (?:dự án|việc (?:xây dựng|mở|nâng cấp|kết nối))|"
    # "hai bên nghiên cứu mô hình hợp tác trồng chè, cà phê"
    r"nghiên cứu (?:mô hình|phương án|đề án|cơ chế)|"
    # "hai bên tăng cường phối hợp tăng tần suất đường bay trực tiếp"
    r"tăng tần suất|tăng (?:thêm )?(?:số )?chuyến bay|khai thác (?:tuyến|đường bay|tour)|"
    r"trao đổi (?:sinh viên|học sinh|chuyên gia|giáo viên)|"
    # "hai bên tăng cường trao đổi thông tin về phòng chống buôn lậu": the threat fought together
    r"trao đổi thông tin (?:về |trong )?(?:công tác )?(?:" + THREAT_VERBS + r")|"
    # "hai bên nghiên cứu hợp tác trong lĩnh vực nuôi tôm công nghệ cao": a trade, not a sector's name
    r"nghiên cứu(?:,)? hợp tác (?:trong|về) (?:các )?lĩnh vực (?:nuôi|trồng|chế biến|sản xuất|khai thác)|"
    # the crossing's work: "hai bên phối hợp nâng cao năng lực thông quan tại cặp cửa khẩu ..., kéo dài
    # thời gian làm việc của cửa khẩu"
    # ("hai bên phối hợp nâng cao hiệu quả thông quan tại cặp cửa khẩu ...")
    r"nâng cao năng lực (?:thông quan|xử lý|quản lý|kiểm dịch)|nâng cao hiệu quả thông quan|(?:kéo dài|rút ngắn) thời gian|"
    r"tạo (?:điều kiện )?thuận lợi (?:cho|để) (?:hàng hóa|xe|phương tiện|thông quan|xuất nhập khẩu|nông sản|doanh nghiệp)|"
    # the border's own upkeep: "hai bên phối hợp quản lý, bảo vệ đường biên, mốc giới", "tu bổ các cột mốc"
    r"(?:quản lý|tu bổ|bảo vệ|sửa chữa|khôi phục)(?:,?\s+(?:và\s+)?(?:quản lý|tu bổ|bảo vệ|sửa chữa))*\s+"
    r"(?:(?:các|hệ thống)\s+)?(?:đường biên|cột mốc|mốc giới|mốc quốc giới)|"
    # (the border line kept well: "hai tỉnh tiếp tục phối hợp quản lý tốt tuyến biên giới"; not the bare "quản lý biên giới")
    r"(?:quản lý|bảo vệ)\s+(?:tốt|chặt chẽ)\s+(?:tuyến\s+)?biên giới|(?:quản lý|bảo vệ)\s+tuyến biên giới|"
    # a step asked of both: "hai tỉnh phối hợp trình Chính phủ hai nước sớm triển khai ..."
    r"(?:trình|báo cáo|đề xuất|kiến nghị)\s+(?:với\s+)?(?:Chính phủ|cấp có thẩm quyền|Trung ương|cấp trên)|"
    # people and boats at the border managed together: "hai bên tăng cường phối hợp quản lý ngư dân, tàu cá"
    r"quản lý (?:ngư dân|tàu cá|lao động|người lao động|cư dân|xuất nhập cảnh)|"
    # heritage kept together: "hai địa phương hợp tác bảo tồn, phát huy giá trị di sản"
    r"bảo tồn|"
    # "hai bên thống nhất áp dụng phương thức giao nhận hàng hóa khép kín"
    r"thống nhất (?:áp dụng|cơ chế|quy trình|quy chế)|áp dụng|"
    + THREAT_VERBS + r")(?!\w)"
)
_BOTH = r"(?:hai bên|hai tỉnh|hai địa phương|hai thành phố)"
# The speaker's next sentence saying what both "cần" do: "Cùng với đó, hai tỉnh cần sớm thống nhất kế
# hoạch mở lối thông quan ..." goes on with the ask before it.
JOINT_NEED = re.compile(
    # (or a common task both are to carry on, with no opener: "Hai bên cần tiếp tục phối hợp tìm kiếm, cất bốc hài cốt bộ đội
    # tình nguyện ...")
    r"^[Hh]ai (?:bên|tỉnh|địa phương|thành phố)\s+cần\s+(?:(?:tiếp tục|tăng cường|cùng|phối hợp|chặt chẽ),?\s+){1,3}(?:" + THREAT_VERBS + r")(?!\w)|"
    r"^(?:Cùng với đó|Bên cạnh đó|Ngoài ra|Đồng thời),?\s+" + _BOTH + r"\s+(?:cần\s+"
    r"(?:(?:sớm|khẩn trương|tiếp tục|tăng cường|cùng|phối hợp|nghiên cứu),?\s+){0,3}"
    # (or without "cần", what both are to study or speed up: "Bên cạnh đó, hai bên nghiên cứu mở tuyến du lịch bằng xe tự lái")
    # (its own, not the guest's proposal told after it: "..., Phó Tỉnh trưởng X đề xuất.", "... theo đề xuất của tỉnh Y")
    r"|(?![^.]*(?:theo (?:đề xuất|đề nghị|kiến nghị) của|,\s*[^,.]{3,80}\s(?:đề xuất|đề nghị|cho biết|nói)\s*\.?\s*$))"
    r"(?:nghiên cứu|sớm|khẩn trương),?\s+(?:(?:tiếp tục|tăng cường|cùng|phối hợp|nghiên cứu),?\s+){0,2}(?!mở rộng))" + _JOINT_VERBS
)
JOINT_ASK = re.compile(
    # ("mong muốn hai bên sớm khảo sát, mở tuyến vận tải hành khách ...")
    # ("đề xuất hai tỉnh luân phiên tổ chức Ngày hội văn hóa, ẩm thực hằng năm")
    _BOTH + r"\s+(?:(?:sớm|tiếp tục|cùng|cùng nhau|cần|định kỳ|thường xuyên|tích cực|khẩn trương|nghiên cứu|khảo sát|xem xét|phối hợp|đẩy mạnh|luân phiên|"
    # ("mong hai bên phối hợp chặt chẽ hơn nữa trong công tác tìm kiếm, quy tập hài cốt ...")
    r"tăng cường|thúc đẩy|hợp tác|tìm hiểu|khả năng|việc|chặt chẽ(?: hơn nữa| hơn)?|trong(?: công tác| việc)?|xúc tiến|"
    # ("đề xuất hai tỉnh thống nhất chủ trương đầu tư bãi kiểm hóa chung")
    r"thống nhất (?:chủ trương|kế hoạch|phương án)|"
    # a third party brought in: "đề nghị hai bên phối hợp với các hãng hàng không xúc tiến mở thêm đường bay"
    # ("đề nghị hai bên cùng các hãng hàng không nghiên cứu mở đường bay thẳng")
    # ("đề xuất hai bên phối hợp thúc đẩy các hãng hàng không mở đường bay thẳng giữa Huế và Daegu")
    r"(?:phối hợp với|cùng(?: với)?|thúc đẩy|vận động|kêu gọi) (?:các )?(?:hãng|doanh nghiệp|cơ quan|công ty)[^,.;:\n]{0,30}?|"
    # each side's offices set to it: "đề nghị hai tỉnh giao cơ quan chuyên môn nghiên cứu, xây dựng ..."
    r"giao (?:các )?cơ quan (?:chuyên môn|chức năng)(?: của mỗi bên)?|"
    # (or named: "đề nghị hai bên giao Sở Ngoại vụ TPHCM và Văn phòng Quốc tế tỉnh Osaka sớm xây dựng ...")
    r"giao (?:Sở|Văn phòng|Ban|Cục)\s[^.;:\n]{2,80}?\s(?:và|cùng)\s[^.;:\n]{2,80}?\s(?:sớm|phối hợp|xây dựng|nghiên cứu)|"
    # "đề nghị hai bên tập trung chỉ đạo các ngành chức năng phối hợp thực hiện tốt những nội dung sau: ..."
    r"tập trung|chỉ đạo (?:các )?(?:ngành|lực lượng|cơ quan)(?: chức năng| liên quan)?|"
    # "đề nghị hai bên tập trung một số nội dung: phối hợp hoàn thiện hồ sơ ..."
    r"(?:vào\s+)?(?:một số|các|những) nội dung(?: sau| trọng tâm| chính)?|"
    r"thực hiện tốt(?: (?:những|các) nội dung(?: sau)?)?|"
    # "hai bên sớm trao đổi để tiến tới ký kết biên bản ghi nhớ"
    # ("hai bên sớm thống nhất nội dung để tiến tới ký kết biên bản ghi nhớ")
    # ("hai bên sớm thống nhất triển khai mô hình kiểm tra chung một lần dừng")
    # ("đề nghị hai bên phối hợp chuẩn bị chu đáo, tổ chức thành công Hội chợ ...")
    # ("đề nghị hai bên tăng cường trao đổi thông tin, phối hợp chặt chẽ trong phòng, chống tội phạm ma túy")
    r"trao đổi để|trao đổi thông tin|trao đổi|để|tiến tới|thống nhất(?: (?:các )?nội dung)?|chuẩn bị(?: chu đáo| tốt)?),?:?\s+){0,6}"
    + _JOINT_VERBS,
    re.IGNORECASE,
)
# A concrete joint ask later in the same clause: "đề nghị hai tỉnh tăng cường phối hợp kiểm soát
# dịch bệnh ... và sớm khai trương chợ biên giới".
JOINT_ASK_LATER = re.compile(
    # ("..., cùng xây dựng đường biên giới hòa bình": a slogan; "..., phối hợp ngăn chặn": a task)
    # ("..., nghiên cứu xây dựng thí điểm khu hợp tác kinh tế qua biên giới")
    # ("..., đồng thời sớm thí điểm xây dựng cửa khẩu thông minh")
    _BOTH + r"\s[^.;\n]{0,160}?(?:,|\svà)\s+(?:đồng thời\s+)?(?:(?:sớm|khẩn trương|nghiên cứu)\s+" + _JOINT_VERBS
    + r"|(?:phối hợp|cùng)\s+(?:" + THREAT_VERBS + r")(?!\w)"
    # "..., cùng báo cáo Chính phủ hai nước sớm nâng cấp cặp cửa khẩu ...": a step asked of both
    r"|cùng\s+(?:đề xuất|báo cáo)\s+(?:với\s+)?(?:Chính phủ|cấp có thẩm quyền|Trung ương|cấp trên)"
    # "đề nghị hai bên phối hợp, kiến nghị các hãng hàng không sớm mở lại đường bay thẳng ...": a
    # third party moved to it together
    r"|(?:kiến nghị|đề xuất|vận động)\s+(?:với\s+)?(?:các\s+)?(?:hãng|Chính phủ|cấp có thẩm quyền|Trung ương|cấp trên)"
    r"[^.;\n]{0,80}?\s(?:sớm\s+)?" + _JOINT_VERBS + r")"
    # "hai bên phối hợp chặt chẽ trong công tác quản lý biên giới, ngăn chặn tình trạng xuất nhập
    # cảnh trái phép": the threat fought together, after the work it belongs to
    # ("hai bên tăng cường hợp tác trong lĩnh vực y tế, phòng chống dịch bệnh truyền nhiễm qua biên giới")
    r"|" + _BOTH + r"\s+(?:(?:tiếp tục|tăng cường)\s+)*(?:phối hợp|hợp tác)[^.;,\n]{0,80},\s+(?:" + THREAT_VERBS + r")(?!\w)"
    # (a task or two before it: "hai tỉnh tiếp tục phối hợp giữ gìn an ninh trật tự, quản lý chặt chẽ đường biên giới, đấu tranh
    # phòng chống buôn lậu"; further on only with the threat named: not a slogan's "..., đấu tranh với các luận điệu xuyên tạc", "..., tuần tra bảo vệ
    # hòa bình trên tuyến biên giới")
    r"|" + _BOTH + r"\s+(?:(?:tiếp tục|tăng cường)\s+)*(?:phối hợp|hợp tác)(?:[^.;,\n]{0,80},){2,3}\s+(?:" + THREAT_VERBS + r")\s+"
    r"(?:(?:phòng(?:,)? chống|ngăn chặn)\s+)?(?:tình trạng|buôn lậu|ma túy|tội phạm|xuất nhập cảnh|nhập cảnh|xuất cảnh|vượt biên|"
    r"vận chuyển|dịch bệnh|buôn bán|mua bán|gian lận|hàng giả|khai thác)"
    # (the fallen soldiers' remains searched for together, whatever comes before: "hai tỉnh phối hợp trao đổi thông tin, tạo điều
    # kiện cho các đội tìm kiếm, quy tập hài cốt liệt sĩ ...")
    r"|" + _BOTH + r"\s[^.;\n]{0,120}?(?:quy tập|cất bốc|hồi hương)\s+hài cốt",
    re.IGNORECASE,
)
# Both sides asked to take up a list that follows: "đề nghị hai bên tập trung vào một số nội dung:" then "1. Phối hợp ...".
_JOINT_LIST_HEADER = re.compile(
    _BOTH + r"\s+(?:cùng\s+)?(?:(?:tập trung|quan tâm|ưu tiên)\s+(?:vào\s+)?|phối hợp\s+(?:thực hiện\s+)?)?"
    # (or counted, then told one by one: "đề nghị hai bên tập trung vào một số nội dung. Thứ nhất, ...")
    r"(?:một số|các|những|\w+) (?:nhóm )?(?:nội dung|vấn đề|lĩnh vực|nhiệm vụ)(?:\s+(?:sau|trọng tâm|chính|sau đây))?"
    r"\s*(?::|\.\s+(?:Thứ nhất|Một là)\s*,)",
    re.IGNORECASE,
)
_PARTNER_OBJECT = re.compile(
    # ("đề nghị chính quyền hai tỉnh bạn tiếp tục chỉ đạo ...", "lực lượng chức năng nước bạn")
    r"(?:với\s+)?(?:(?:chính quyền|lực lượng(?: chức năng)?|các ngành chức năng)\s+(?:của\s+)?)?"
    r"(?:các\s+|hai\s+|ba\s+)?(?:tỉnh|thành phố|địa phương|nước|phía|chính quyền)\s+bạn\b", re.IGNORECASE
)
# A time phrase between the ask word and its addressee ("đề nghị thời gian tới các sở ...").
# Experience to learn from someone: "học hỏi kinh nghiệm của ...", "tham khảo kinh nghiệm từ ...".
_LEARN_FROM = re.compile(r"^(?:được\s+)?(?:học hỏi|học tập|tham khảo|tìm hiểu)\s+(?:các\s+)?kinh nghiệm\s+(?:của|từ)\s+(?:(?:UBND|lãnh đạo)\s+)?")
_TIME_LEAD = re.compile(r"^(?:trong\s+)?(?:thời gian tới|sắp tới|năm tới|tới đây),?\s*", re.IGNORECASE)


def _sides(kind, lead, officials):
    """Names of the people the people extractor found, with their side (a lead of unknown
    side is on the side the kind expects of a lead)."""
    out = {o.name: o.side for o in officials if o.name and o.side}
    if lead is not None and lead.name and lead.name not in out:
        out[lead.name] = lead.side or EXPECTED_SIDE.get(kind, "local")
    return out


def _province_names(province):
    out = []
    for n in province.names if province else []:
        out.append(n)
        bare = re.sub(r"^(?:tỉnh|thành phố|TP\.?|thủ đô)\s+", "", n, flags=re.IGNORECASE)
        out.append(bare)
        out += lookup.short_names(n)  # "Huế" for Thừa Thiên Huế
    return sorted({n for n in out if n}, key=len, reverse=True)


class Context:
    """What the requests of one article are read with: the people, the province, the partners."""

    def __init__(self, doc, kind, province, lead, officials, partners):
        self.doc = doc
        self.kind = kind
        self.sides = _sides(kind, lead, officials)
        provinces = self.provinces = _province_names(province)
        names = sorted(self.sides, key=len, reverse=True)
        alts = [f"(?P<other>{_OTHER_ACTOR})", f"(?P<local>{_LOCAL_ACTOR})"]
        if names:
            alts.insert(0, "(?P<person>" + "|".join(re.escape(n) for n in names) + ")")
        if provinces:
            alts.append("(?P<province>" + "|".join(re.escape(p) for p in provinces) + r")(?!\w)")
        self.actor = re.compile(r"(?<!\w)(?:" + "|".join(alts) + ")")
        self.side_by_key = {n.lower(): side for n, side in self.sides.items()}
        # "Ông Sô Phênh đề nghị ...": a name's last two words, when no other name ends so
        short = {}
        for n, side in self.sides.items():
            if len(n.split()) >= 3:
                short.setdefault(" ".join(n.split()[-2:]), set()).add(side)
        for form, form_sides in short.items():
            if len(form_sides) == 1 and form.lower() not in self.side_by_key:
                self.side_by_key[form.lower()] = form_sides.pop()
        tail_names = sorted(self.side_by_key, key=len, reverse=True)
        # A named official right before the ask word is its subject, whatever came first
        # ("Tại buổi làm việc với ông X, Thống đốc tỉnh Y, Phó Chủ tịch UBND tỉnh Z đề nghị").
        # (without regard to case: a page may write "Nguyễn thực Hiện")
        self.person_tail = (
            re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n in tail_names) + r")\s*"
                       + _ADVERBS_TO_ASK, re.IGNORECASE)
            if names else None
        )
        # "Ông Quân đề nghị ...": a person called by the last part of the name, when only one
        # person of the article has it.
        given = {}
        for n, side in self.sides.items():
            given.setdefault(n.split()[-1], set()).add(side)
        self.given_sides = {g: sides.pop() for g, sides in given.items() if len(sides) == 1}
        self.given_tail = (
            re.compile(r"(?<!\w)(?:[Ôô]ng|[Bb]à|[Đđ]ồng chí|[Nn]gài)\s+(" + "|".join(
                re.escape(g) for g in self.given_sides) + r")\s*" + _ADVERBS_TO_ASK)
            if self.given_sides else None
        )
        # "..., hai Đảng, hai nước, tỉnh Quảng Ninh đề nghị ...": the province named right before the ask word
        # (not a seat: "Tổng Lãnh sự Trung Quốc tại Đà Nẵng đề nghị", "doanh nghiệp ... đầu tư tại Đà Nẵng đề nghị")
        self.province_tail = (
            re.compile(r"(?:(?:^|[,;:]\s*)(?:(?:UBND\s+)?(?:tỉnh|thành phố|TP\.?)\s*)?|"
                       r"(?<!\w)(?:Tỉnh ủy|Thành ủy|UBND|HĐND|Ủy ban nhân dân)\s+(?:(?:tỉnh|thành phố|TP\.?)\s*)?)(?:"
                       + "|".join(re.escape(p) for p in provinces)
                       + r")\s*" + _ADVERBS_TO_ASK)
            if provinces else None
        )
        # its own police, army command or border guard named with its name: "đề nghị Công an Kiên Giang tiếp tục giúp đỡ ..."
        self.own_force = (
            compiled(r"^(?:với\s+)?(?:Công an|Bộ Chỉ huy Quân sự|Bộ Chỉ huy Bộ đội Biên phòng|Bộ đội Biên phòng|BĐBP)\s+"
                     r"(?:(?:tỉnh|thành phố|TP\.?)\s*)?(?:" + "|".join(re.escape(p) for p in provinces) + r")(?!\w)")
            if provinces else None
        )
        self.province_object = (
            # (or its side: "đề nghị phía Lạng Sơn phối hợp điều tiết ...", the guest asking)
            re.compile(r"^(?:với\s+)?(?:phía\s+)?(?:" + "|".join(re.escape(p) for p in provinces) + r")(?!\w)")
            if provinces else None
        )
        # (as written, in capitals too: a headline in capitals may have named it first, "GUNMA"; whole words, so that
        # "Trang" is not read in "trang trại")
        forms = {f for p in partners for f in (p.name, p.name.upper())}
        self.foreign_names = (
            re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")(?!\w)")
            if forms else None
        )
        # a foreign city among them: at home, a bare "thành phố" asked is that city ("mong muốn thành phố giới thiệu ...")
        self.foreign_city = any(p.kind == "thành phố" for p in partners)
        # (and in a city's story, a bare "tỉnh" asked is a foreign province: "Bà cũng đề nghị tỉnh tạo điều kiện ...")
        self.foreign_province = any(p.kind in ("tỉnh", "bang", "tỉnh bang") for p in partners)
        # The province is a centrally-run city: "thành phố" alone may be the province itself.
        self.is_city = province is None or any(n in cities() for n in province.names)
        # (named as a city, not a province that became one: "Thừa Thiên Huế" has "tỉnh" of its own)
        self.city_itself = province is not None and province.name in cities()

    def side_of(self, text, offset):
        """'local', 'other' or None: the side of the first actor in ``text``."""
        m = self.actor.search(text)
        if not m:
            return None
        lead = len(text) - len(text.lstrip())
        if (
            self.foreign_names and (named := self.foreign_names.match(text, lead)) and m.start() >= named.end()
            and re.match(r"\s+(?:(?:hiện|đã|đang|cũng|vẫn)\s+)*(?:kết nghĩa|hợp tác|có quan hệ)\b", text[named.end() :])
            and re.fullmatch(r"[Tt]ỉnh|[Tt]hành phố|TP\.?", m.group(0))
        ):
            # "Gimhae hiện đã kết nghĩa với thành phố Munakata ..., mong muốn ...": the partner its subject, its own ties named
            return "other"
        found = m.groupdict()
        if found.get("person"):
            return "local" if self.sides.get(found["person"]) == "local" else "other"
        window = text[m.start() : m.start() + 70]
        if found.get("other"):
            if (
                found["other"] == "Đoàn"
                and self.kind == "outbound_delegation"
                and re.match(r"Đoàn\s+(?:đã|cũng|tiếp tục|sẽ|vừa|còn)\b", window)
            ):
                return "local"  # "Đoàn đã đến các tỉnh ...": in a trip abroad, the province's own
            if self.kind == "outbound_delegation" and re.match(r"(?:[Đđ]oàn|Trưởng đoàn)(?: công tác| đại biểu)?\s*(?:[,;:]|$)", window):
                return "local"  # "Thay mặt Đoàn công tác, đồng chí ...": in a trip abroad, the delegation unnamed is the province's
            if found["other"].lower() == "trưởng đoàn" and self.kind == "outbound_delegation":
                return "local"  # "Trưởng đoàn đề nghị hãng ...": in a trip abroad, the province's head
            if _DELEGATION.match(found["other"]) and not (self.foreign_names and self.foreign_names.search(window)):
                # "Đoàn công tác của tỉnh ...", "Đoàn đại biểu tỉnh Quảng Ninh": the province's.
                if _LOCAL_WORDS.search(window) or any(p in window for p in self.provinces):
                    return "local"
            return "other"
        # A government named by its country is the foreign side: "Chính quyền Nhật Bản mong muốn ..."
        if (government := re.match(r"[Cc]hính quyền\s+", window)) and _country_rx().match(window, government.end()):
            return "other"
        # A bare "Thành phố" in a province's story is the guest's city: "Thành phố mong muốn hợp tác với Phú Thọ ..."
        if not self.is_city and re.match(r"[Tt]hành phố(?!\s*(?-i:" + UPPER + r"))", window):
            return "other"
        # A bare "Tỉnh" opening with a verb is the province itself, whatever it goes on to name: "Tỉnh kế thừa quan hệ hợp
        # tác với tỉnh Chungcheongbuk, ..."
        if (found.get("local") or "").lower() == "tỉnh" and re.match(r"[Tt]ỉnh(?:\s+(?!bạn\b)" + LOWER + r"|\s*$)", window):
            # (in a city's story, the guests' province: "Ông Jeon Hyung-su cho biết Chungcheongnam là tỉnh ... Tỉnh đề xuất mở
            # văn phòng đại diện thương mại tại TP.HCM")
            return "other" if self.city_itself and self.foreign_province else "local"
        # The post as written, up to its first verb: "Phó Chủ tịch UBND tỉnh X đề nghị thành phố
        # Kyoto ..." names Kyoto as the addressee, not in the post.
        # (or any other verb: "Chủ tịch UBND tỉnh ghi nhận đóng góp của Tập đoàn ..." is the province's, not the company's)
        post = re.split(r",|;|\s(?:đề nghị|kiến nghị|đề xuất|mong|cho biết|khẳng định|nhấn mạnh|hy vọng|"
                        r"bày tỏ|đánh giá|cảm ơn|chúc mừng|chào mừng|hoan nghênh|thông tin|giới thiệu|ghi nhận|cam kết|"
                        r"trao đổi|chia sẻ|báo cáo|nhất trí|thống nhất|đồng ý|yêu cầu|lưu ý|mời|tặng|trao|gửi|chủ trì|"
                        r"phát biểu|tiếp|đón|dự(?! án| kiến| thảo| báo)|tham dự)\b", window)[0]
        # A local-looking title of a foreign province ("Bí thư Tỉnh ủy Sê Kông").
        if self.foreign_names and self.foreign_names.search(post):
            return "other"
        # The post's holder named in it: "Chủ tịch Hội đồng thành phố Park Young-jin cho biết".
        named = next((side for name, side in self.sides.items() if name in post), None)
        if named:
            return "local" if named == "local" else "other"
        # ... or a foreign leader's, his foreign post next: "Bí thư Tỉnh ủy, Tỉnh trưởng Bun-ma
        # Phôm-xa-lay nhất trí ..., đồng thời đề nghị phía Việt Nam ..."
        if _FOREIGN_POST_NEXT.match(window):
            return "other"
        # A bare post of a company, an organisation or a foreign body ("Chủ tịch Tập đoàn ...",
        # "Giám đốc Quốc gia UNDP", "Chủ tịch Hội đồng tỉnh Savannakhet").
        if re.match(_BARE_POST, found.get("local") or "") and _not_provincial().search(post[:50]):
            return "other"
        return "local"

    def _named_elsewhere(self, rest):
        """A unit word followed by a name that is not the province's own: another locality."""
        m = _NAME_AFTER_UNIT.match(rest)
        if not m:
            return False
        name = fold(m.group(1))
        return not any(name.startswith(fold(p)) or fold(p).startswith(name) for p in self.provinces)

    def _abroad_after(self, rest):
        """The name after a unit word is a place the gazetteer knows abroad, or a country, a foreign locality the article
        names or one the gazetteer knows is named right after it ("huyện Kiri Vong, tỉnh Takeo")."""
        m = _NAME_AFTER_UNIT.match(rest)
        # (or with the foreign province it lies in: "UBND huyện Kiri Vong, tỉnh Takeo")
        return bool(m) and (
            known_abroad_prefix(m.group(1)) or bool(_country_rx().search(rest[m.end() : m.end() + 40]))
            or bool(self.foreign_names and self.foreign_names.search(rest[m.end() : m.end() + 40]))
            or any(known_abroad_prefix(u.group(1)) for u in _UNIT_NAMED.finditer(rest[m.end() : m.end() + 40]))
        )

    def local_object(self, after):
        after = _TIME_LEAD.sub("", after.lstrip(" ,:"))
        # ("mong muốn được tỉnh cung cấp thông tin ...": to get it from the province, which is asked)
        after = re.sub(r"^được\s+(?=(?:[Tt]ỉnh|[Tt]hành phố|UBND|lãnh đạo tỉnh)\s)", "", after)
        if JOINT_ASK.match(after) or JOINT_ASK_LATER.match(after) or _JOINT_LIST_HEADER.match(after):
            return False  # "đề xuất hai bên sớm xây dựng kế hoạch hành động": asked of the partner too
        if _PARTNER_OBJECT.match(after):
            return False  # "mong muốn tỉnh bạn ...", "đề nghị hai tỉnh bạn ...": the foreign partner
        if self.own_force and self.own_force.match(after):
            return True  # "đề nghị Công an Kiên Giang tiếp tục giúp đỡ ...": the province's own police asked, by its guests
        m = _LOCAL_OBJECT.match(after)
        if m and (unit := _FOREIGN_BODY_UNIT.match(after, m.end())) and self._named_elsewhere(after[unit.end() :]) and not (
            # (a district of its own, no foreign place or country named with it: "đề nghị UBND huyện Mường Lát và ngành giáo dục
            # quản lý, sử dụng công trình hiệu quả")
            unit.group(0).rstrip().endswith("huyện") and not self._abroad_after(after[unit.end() : unit.end() + 80])
        ):
            # "đề nghị HĐND tỉnh Bôlykhămxay ...", "đề nghị Tỉnh ủy, chính quyền tỉnh Attapư ...", "đề nghị lực lượng Cảnh sát
            # biên giới tỉnh Takeo ...": the bodies of another place, not the province's own
            return False
        if m and m.group(0) in ("tỉnh", "Tỉnh") and self.city_itself and self.foreign_province and not self._named_elsewhere(
            after[m.end() :]
        ):
            return False  # Hà Nội "đề nghị tỉnh tạo điều kiện ...": the guests' prefecture, the city has none of its own
        if m and re.fullmatch(r"(?:với\s+)?(?:[Tt]ỉnh|[Tt]hành phố|TP\.?|lãnh đạo tỉnh)", m.group(0)) and self._named_elsewhere(
            after[m.end() :]
        ):
            return False  # "đề nghị tỉnh Savannakhet ...", "thành phố Busan": a foreign host
        if m and m.group(0) in ("hai tỉnh", "hai địa phương") and self.foreign_names and self.foreign_names.match(
            after[m.end() :].lstrip()
        ):
            # "đề nghị hai tỉnh Át-tạ-pư và Ra-ta-na-ki-ri tăng cường ...": the two foreign provinces, named (not its own districts,
            # "đề nghị hai địa phương Ngọc Hồi, Đắk Glei chủ động phối hợp ...")
            return False
        if m and re.search(r"(?:Công an|Biên phòng|BĐBP|Quân sự)\s+(?:tỉnh|thành phố)$", m.group(0)) and self._named_elsewhere(
            after[m.end() :]
        ):
            return False  # "đề nghị Công an tỉnh Phông Sa Lỳ tiếp tục trao đổi thông tin ...": a foreign host's police
        if m and re.search(r"(?:Tỉnh ủy|Thành ủy|HĐND|UBND|Hội đồng nhân dân|Ủy ban nhân dân)$", m.group(0)) and _foreign_run(
            after[m.end() : m.end() + 60]
        ):
            return False  # "đề nghị Tỉnh ủy Artemisa quan tâm chỉ đạo ...": a foreign locality's body, named with no unit word
        if m and m.group(0) in ("Sở", "sở") and _foreign_named(after[m.end() : m.end() + 50]):
            return False  # "đề nghị Sở Thương mại Quảng Tây quan tâm ...": a foreign locality's department
        if m and m.group(0).endswith("lực lượng"):
            # "đề nghị lực lượng chức năng tỉnh Luông Pha Băng ...": the forces of a foreign locality
            rest = re.sub(r"^\s+(?:chức năng|biên phòng|bảo vệ biên giới|công an)?\s*(?:của\s+)?", " ", after[m.end() :])
            unit = re.match(r"\s+(tỉnh|thành phố|TP\.?|huyện|châu|bang|quận|thị xã)(?=\s)", rest)
            if unit and self._named_elsewhere(rest[unit.end() :]):
                return False
            if re.match(r"\s+hai\s+(?:tỉnh|bên|địa phương|nước)(?!\w)", rest):
                return False  # "mong muốn lực lượng chức năng hai tỉnh tiếp tục chia sẻ thông tin ...": both sides' forces
        if m and m.group(0).endswith("chính quyền"):
            rest = after[m.end() :]
            if re.match(r"\s+(?:nước\s+)?bạn\b", rest):
                return False  # "đề nghị chính quyền bạn ...": the partner's government
            if re.match(r"\s+" + UPPER, rest) and self._named_elsewhere(rest):
                return False  # "đề nghị chính quyền Xanh Pê-téc-bua ...": a foreign city's government
            # (or of two: "đề nghị chính quyền hai tỉnh Takeo và Kandal ...")
            # (a Japanese prefecture too: "đề nghị chính quyền phủ Osaka hỗ trợ ...")
            # (Tokyo's: "đề nghị chính quyền đô thị Tokyo chia sẻ kinh nghiệm ...")
            unit = re.match(
                r"\s+(?:(?:hai|ba|các)\s+)?(tỉnh|thành phố|TP\.?|trấn|huyện|châu|bang|quận|thị xã|vùng|thủ đô|phủ|hạt|đô thị)(?=\s)", rest
            )
            if unit and self._named_elsewhere(rest[unit.end() :]):
                return False  # "đề nghị chính quyền trấn Thiên Bảo ...": a foreign locality's
            if unit and unit.group(1) != "đô thị" and (
                unit.group(1) in ("trấn", "châu", "bang", "vùng", "phủ", "hạt") or self.kind == "outbound_delegation"
            ):
                return False  # "chính quyền vùng", or in a trip abroad "chính quyền thành phố": the host's
        if (
            m
            and (self.kind == "outbound_delegation" or (self.kind == "foreign_delegation" and self.foreign_city))
            and re.fullmatch(r"(?:với\s+)?(?:[Tt]hành phố|TP\.?)", m.group(0))
            and not self.is_city
        ):
            # in a trip abroad, a province's leader asks "thành phố": the city visited (or at home, the guests'
            # city: "Đồng chí cũng mong muốn thành phố giới thiệu các doanh nghiệp Nhật Bản ...")
            return False
        if m:
            # "các cơ quan trung ương", "các bộ, ngành Trung ương" are central addressees;
            # "các cơ quan đại diện nước ngoài" (or Vietnam's abroad) the missions.
            # ("các cơ quan lãnh sự", the consulates, too)
            return not re.match(
                r"[^.;]{0,25}?\b[Tt]rung ương|(?:các )?cơ quan (?:đại diện|lãnh sự|ngoại giao)(?!\w)", after[m.start() :]
            )
        if (with_us := re.match(r"cùng\s+(?:với\s+)?(?:(?:tỉnh|thành phố)\s+)?", after)) and self.province_object and (
            self.province_object.match(after[with_us.end() :])
        ):
            return True  # "Thành phố mong muốn cùng Quảng Ninh nghiên cứu ...": the guest's wish, with the province
        if m := _LEARN_FROM.match(after):
            # "mong muốn học hỏi kinh nghiệm của Vĩnh Long trong canh tác lúa": the guest learns from the province
            rest = after[m.end() :]
            return bool(re.match(r"(?:[Tt]ỉnh|[Tt]hành phố)(?!\s+(?:bạn|" + UPPER + r"))", rest) or (
                self.province_object and self.province_object.match(rest)
            ))
        return bool(self.province_object and self.province_object.match(after))


_HEAD_CHARS = 400  # the subject stands in the first words, the speaker's name right before the verb

# "Tại buổi làm việc với bà X, Thứ trưởng ... của bang Y, Phó Chủ tịch UBND tỉnh Z giới thiệu":
# after an opening that ends with whom the meeting was with, a phrase with no verb up to the
# next comma is that person's apposition (a title), and the subject comes after it.
# (or whom the opening greets or thanks: "Chào mừng ông Park Sang-hoon, Phó Thị trưởng thành phố Incheon và đoàn, ...")
_WITH_END = re.compile(r"(?:(?<!\w)với|^(?:Chào mừng|Cảm ơn|Chúc mừng|Hoan nghênh))\s+[^,;]{1,80},\s*$")
_APPOSITION = re.compile(r"^[^,;.\n]{2,120}?,\s*")
_CLAUSE_VERB = re.compile(
    r"(?<!\w)(?:đề nghị|kiến nghị|đề xuất|mong|cho biết|khẳng định|nhấn mạnh|giới thiệu|cảm ơn|bày tỏ|"
    r"đánh giá|thông tin|chúc mừng|tiếp|làm việc|hội đàm|chủ trì|phát biểu|trao đổi|đã|sẽ|là|có)(?!\w)"
)


_FOREIGN_POST = re.compile(
    r"(?:(?:Phó|Tổng|Quyền)\s+)*(?:Giám đốc|Chủ tịch|Bộ trưởng|Thứ trưởng|Thị trưởng|Tỉnh trưởng|Thống đốc|"
    r"Đại sứ|Tổng Lãnh sự|Lãnh sự|Chủ nhiệm|Viện trưởng|Hiệu trưởng|Trưởng\s+(?:ban|phòng|đại diện))(?!\w)"
)


def _past_apposition(ctx, opening, head):
    """``head`` after the apposition of the person an opening ends with, when one stands there."""
    if not _WITH_END.search(opening):
        return head
    m = _APPOSITION.match(head)
    if not m or _CLAUSE_VERB.search(m.group(0)):
        return head
    # An apposition is a title ("Thứ trưởng ... của bang Y"), not the subject's own name
    # ("ông Khamkhan ..., Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Luông Pha Băng đề nghị").
    # (a foreign post the lists do not know is a title too: "Phó Tổng Giám đốc Cơ quan Thương mại và Đầu tư
    # bang NSW, Phó Chủ tịch UBND tỉnh ... giới thiệu")
    actor = ctx.actor.match(m.group(0)) or _FOREIGN_POST.match(m.group(0))
    if not actor or actor.groupdict().get("person") or _HONORIFIC_START.match(m.group(0)):
        return head
    rest = head[m.end() :]
    # (the subject after it may be called "ông": "Tại buổi làm việc với ông Philippe Garnier, Phó Thị trưởng thành phố
    # Le Havre, ông Lê Quang Vinh cho biết ...")
    return rest if ctx.actor.match(rest) or ctx.actor.match(_HONORIFIC_START.sub("", rest)) else head


# Lower-case words only, none a subject's: the next item of an opening's list ("thế mạnh của tỉnh").
_NOT_LISTED_FIRST = {"ông", "bà", "đồng", "ngài", "lãnh", "phía", "hai", "các", "đoàn", "tỉnh", "thành", "chúng"}


def _list_goes_on(chunk):
    words = chunk.split()
    # (a place's name after "của" ends it: "Giới thiệu về tiềm năng, thế mạnh của Bắc Ninh, đồng chí ...")
    k = words.index("của", 1) if "của" in words[1:-1] else 0
    if k and all(w.isalpha() and w[:1].isupper() for w in words[k + 1 :]):
        words = words[: k + 1]
    return 1 <= len(words) <= 7 and all(w.isalpha() and w.islower() for w in words) and words[0] not in _NOT_LISTED_FIRST


_PURPOSE_TO_SPEAKER = re.compile(
    r"^(?:Để|Nhằm)(?!\w)[^;:.]{0,200}?,\s*(?=(?:[Ôô]ng|[Bb]à|[Đđ]ồng chí|Chủ tịch|Phó Chủ tịch|Bí thư|Phó Bí thư)\s)"
)


def _strip_openings(head):
    """([the opening adverbials], what follows them)."""
    openings = []
    if m := _PURPOSE_TO_SPEAKER.match(head):
        # "Để quan hệ hữu nghị, hợp tác giữa hai tỉnh ngày càng đi vào chiều sâu, ông đề nghị ...": the purpose, however many
        # commas it holds, up to its speaker
        openings.append(m.group(0))
        head = head[m.end() :]
    while (m := _OPENING.match(head)) and m.end():
        openings.append(m.group(0))
        head = head[m.end() :]
        # (the opening's list goes on past its comma: "Thông tin về tiềm năng, thế mạnh của tỉnh, đồng chí ...")
        while 0 < (c := head.find(",")) < 80 and _list_goes_on(head[:c]) and not _CLAUSE_VERB.search(head[:c]):
            openings.append(head[: c + 1])
            head = head[c + 1 :].lstrip()
    return openings, head


# A name right after a body's name, particles inside it: "Pinar del Río" of "Tỉnh ủy Pinar del Río".
_NAME_RUN = re.compile(r"\s+(" + UPPER + r"[\w'’-]*(?:\s+(?:(?:del|de|do|da|des|du|la)\s+)?" + UPPER + r"[\w'’-]*){0,3})")


def _foreign_run(text):
    """``text`` opens with a foreign locality's or country's name."""
    m = _NAME_RUN.match(text)
    if not m:
        return False
    return _foreign_named(m.group(1)) or known_abroad_prefix(m.group(1))


# An honorific and a person's short name opening the sentence: "Bà Ishida cho biết ...", "Ông Kim nói ...".
# (or a post or a degree: "Bí thư Lưu nhất trí ..., đồng thời đề nghị ...", "TS. Thanh Bình đề xuất ...")
_HONORIFIC = r"(?:[Ôô]ng|[Bb]à|[Nn]gài)"
_SHORT_TITLE = (
    r"(?:Phó\s+)?(?:Bí thư|Chủ tịch|Thị trưởng|Tỉnh trưởng|Thống đốc|Châu trưởng|Đại sứ|Tổng Lãnh sự|Lãnh sự|Thứ trưởng|"
    r"Bộ trưởng|Trưởng đoàn)|(?:(?:PGS|GS)\.\s*)?(?:TS|ThS)\.|(?:PGS|GS)\."
)
# (after a post, a name of one or two words before the verb, not the post's body: "Bí thư Thị ủy Bách Sắc ...")
_SHORT_NAMED_SPEAKER = re.compile(
    r"^\s*(?:" + _HONORIFIC + r"\s+(" + UPPER + r"[\w'’-]*(?:\s+" + UPPER + r"[\w'’-]*){0,2})(?!\w)|"
    r"(?:" + _SHORT_TITLE + r")\s+(?!(?:Tỉnh|Thành|Thị|Huyện|Châu|Quận|Khu|Đảng|Ủy|Sở|Bộ|Ban|Đoàn|Hội|Chính|Nhà|Trung)\b)"
    r"(" + UPPER + r"[\w'’-]*(?:\s+" + UPPER + r"[\w'’-]*)?)(?=\s+(?-i:" + LOWER + r")))"
)


def _short_name_side(ctx, short):
    """'local' or 'other' when the words of ``short`` name one side's people only (their full names hold them)."""
    words = short.split()
    sides = {side for name, side in ctx.sides.items() if all(w in name.split() for w in words)}
    if len(sides) != 1:
        return None
    return "local" if sides.pop() == "local" else "other"


# A reason, then the pronoun that asks: "..., vì vậy ông đề xuất ...", "..., do đó bà mong muốn ...".
_REASON_THEN_PRONOUN = re.compile(
    r",\s*(?P<pronoun>(?:vì vậy|vì thế|do đó|do vậy|bởi vậy|từ đó)\s+(?:ông|bà|đồng chí)\s+(?:(?:cũng|đã)\s+)*)$"
)
# A sentence opening with its speaker: an honorific and a name, or a post.
_SPEAKER_OPENS = re.compile(
    r"(?:" + _HONORIFIC + r"|[Đđ]ồng chí)\s+(?-i:" + UPPER + r")|"
    r"(?:Phó\s+)?(?:Chủ tịch|Bí thư|Giám đốc|Trưởng|Tỉnh trưởng|Thống đốc|Thị trưởng|Đại sứ|Tổng Lãnh sự|Lãnh sự|Thứ trưởng|"
    r"Bộ trưởng|Chỉ huy trưởng|Đại tá|Thượng tá|Trung tá)\b"
)
# An ask of the same sentence before "đồng thời": the asker goes on.
_ASK_GOES_ON_TAIL = re.compile(
    r"(?<!\w)(?:đề xuất|đề nghị|kiến nghị|mong muốn)\s[^.;]*?,\s*đồng thời\s+(?:(?:cũng|bày tỏ)\s+)*$"
)


def subject_side(ctx, sentence, trig_start, previous):
    whole = sentence.text[: trig_start - sentence.start]
    if not whole.strip(" \"“'‘-–") and (by := SPEAKER_AT_END.search(sentence.text, max(0, len(sentence.text) - 200))):
        # "Đề nghị tỉnh bạn tiếp tục phối hợp ..., Phó Chủ tịch UBND tỉnh Trương Văn Đạt nhấn mạnh.", "Đề nghị hai tỉnh ...,
        # đó là những nội dung được Chủ tịch UBND tỉnh ... nêu tại buổi tiếp.": the speaker named at the sentence's end
        if side := ctx.side_of(by.group("who"), 0):
            return side
    tail = whole[-120:]  # bounded: a sentence of a thousand asks is read in linear time
    head = whole[:_HEAD_CHARS]
    if (m := _REASON_THEN_PRONOUN.search(tail)) and not _SPEAKER_OPENS.match(_strip_openings(head)[1]):
        # "Hiện nhiều địa phương của tỉnh Chungbuk đang thiếu lao động ..., vì vậy ông đề xuất ...": the pronoun
        # asks, not what the reason before it names (a sentence that opens with its speaker keeps him: "Ông Võ Văn Phi
        # cho biết ..., vì vậy ông đề nghị ...", "Bí thư Tỉnh ủy cho biết ..., do đó đồng chí đề nghị ...")
        head = m.group("pronoun")
    if ctx.person_tail and (m := ctx.person_tail.search(tail)):
        return "local" if ctx.side_by_key.get(m.group(1).lower()) == "local" else "other"
    if ctx.given_tail and (m := ctx.given_tail.search(tail)):
        return "local" if ctx.given_sides[m.group(1)] == "local" else "other"
    if _THIRD_PARTY_TAIL.search(tail):
        return "other"  # "đến nay đã có 7 nhà đầu tư đề xuất khảo sát ...": investors propose
    if m := _ASK_GOES_ON_TAIL.search(tail):
        # "..., vì vậy ông đề xuất Đồng Nai phối hợp ..., đồng thời mong muốn hai tỉnh ...": the second ask is the
        # first's asker's (not the place the first asks)
        return subject_side(ctx, sentence, sentence.start + len(whole) - len(tail) + m.start(), previous)
    if ctx.province_tail and ctx.province_tail.search(tail):
        return "local"  # "..., hai Đảng, hai nước, tỉnh Quảng Ninh đề nghị ..."
    if _LOCAL_POST_TAIL.search(tail):
        return "local"  # "..., hai nước, đồng chí Chủ tịch UBND tỉnh đề nghị": the province's post asks
    if ctx.kind == "provincial_event" and _CONFERENCE_TAIL.search(tail):
        return "local"  # "Hội nghị kiến nghị Bộ Ngoại giao ...": the province's own conference asks
    if _PASSIVE_ASKED.search(tail):
        # "Tỉnh Takeo cũng được đề nghị quan tâm ...": the partner asked, by the province (and the province asked, by its guests)
        side = ctx.side_of(_strip_openings(head)[1], 0)
        if side is not None:
            return "local" if side == "other" else "other"
    if _BOTH_AGREE_TAIL.search(tail) or (_AGREED_POINT_TAIL.search(tail) and _AGREED_POINTS.search(whole[:_HEAD_CHARS])):
        # "hai bên thống nhất cùng báo cáo, kiến nghị Chính phủ hai nước sớm nâng cấp cặp cửa khẩu
        # ...": the province asks it with its partner
        return "local"
    # a clause of its own after a semicolon opens with its subject: "..., thăm trang trại bò sữa;
    # Phú Thọ đề xuất Tochigi hỗ trợ ..." (not a guest's advice: "...; Hậu Giang có thể đề xuất")
    clause = tail[tail.rfind(";") + 1 :].lstrip() if ";" in tail else ""
    if clause:  # (after its own opening: "...; tại đây, lãnh đạo thành phố thông tin ... và đề nghị ...")
        clause = _strip_openings(clause[:1].upper() + clause[1:])[1]
    # (nor the passive "...; tỉnh Phú Thọ được ông đề nghị cử cán bộ ...": the guest asks the province)
    # (a bare "thành phố" in a province's story is the guest's city: "...; thành phố đang tập trung đầu tư ... và mong
    # muốn hai bên ...")
    bare_city = not ctx.is_city and re.match(r"[Tt]hành phố\s+(?!(?-i:" + UPPER + r"))", clause)
    # (nor a bare "tỉnh", "thành phố" in what a speaker reports: "Ông thông tin, Mô-ghi-li-ốp có thế mạnh về ...; tỉnh
    # mong muốn đưa sản phẩm sữa ...": the speaker's own place, whoever he is)
    if clause and re.match(r"(?:[Tt]ỉnh|[Tt]hành phố)\s+(?!(?-i:" + UPPER + r"))", clause) and _LOCALITY_REPORTS.match(
        _strip_openings(head)[1]
    ) and (ctx.foreign_province or ctx.foreign_city):
        clause = ""
    if clause and not bare_city and ctx.actor.match(clause) and not re.search(r"(?<!\w)(?:có thể|nên|cần|sẽ|được)(?!\w)", clause):
        if side := ctx.side_of(clause, 0):
            return side
    # (a quotation opens the sentence: its words are the speaker's)
    # (after the outlet's tag: '(Baohatinh.vn) - "Chúng tôi rất mong Đại sứ ...", Phó Chủ tịch UBND tỉnh ... nói')
    openings, head = _strip_openings(_OUTLET_TAG.sub("", head, count=1).lstrip("\"“”'‘ "))
    speaks_for = next(
        (side for part in openings if _SPEAKS_FOR.match(part) and (side := ctx.side_of(part, 0))), None
    )
    head = _past_apposition(ctx, "".join(openings), head)
    # (or after its speaker and a colon: 'Ông nêu rõ: "Chúng tôi đề nghị ..."')
    said = _SAYS_COLON.search(head)
    if _WE.match(head) or (said and _WE.match(head[said.end() :])):
        side = _quoted_speaker(ctx, sentence, trig_start)
        if side == "pronoun":
            # '"Chúng tôi cũng đề nghị ...", đồng chí nói.': the speaker of the sentences just before
            side = next((s for prev in reversed(previous[-3:]) if (s := _opening_speaker(ctx, prev.text, person=True))), None)
        return side
    # (further inside a quotation its speaker opened with a colon: 'ông X, chủ một doanh nghiệp ..., chia sẻ với phóng viên: "Mấy
    # năm nay ..., chúng tôi mong hai tỉnh ..."': the speaker's words)
    if said and not _QUOTE_CLOSED.search(head, said.end()) and (side := _quoted_speaker(ctx, sentence, trig_start)) in ("local", "other"):
        return side
    if ctx.kind == "outbound_delegation" and (asks := _DELEGATION_ASKS.match(whole[:_HEAD_CHARS])) and not (
        # (one who speaks for "đoàn" right after another delegation was received or met: "... đoàn đã tiếp đoàn công tác của
        # Trường Đại học Ibaraki ... Đại diện đoàn đề nghị ...", that delegation's)
        asks.group("speaks_for") and any(_OTHER_DELEGATION_MET.search(p.text) for p in [*previous[-1:], sentence])
    ):
        return "local"  # "Tại đây, đoàn bày tỏ mong muốn Viện ...": on a trip abroad, the province's delegation
    # ("Ông cho biết Gimhae sẽ cử đoàn tham gia Festival Huế 2026, đồng thời mong muốn phía Huế ...": the
    # speaker is the pronoun's, not the first place his words name)
    if (short := _SHORT_NAMED_SPEAKER.match(head)) and (side := _short_name_side(ctx, short.group(1) or short.group(2))):
        return side  # "Bà Ishida cho biết ..., và mong muốn tiếp nhận thêm lao động ...": the guest named short
    if _PRONOUN_GREETS.match(head) and _FOR_THE_PROVINCE.search(head):
        return "local"  # "Bà chúc Đại sứ ..., đồng thời thay mặt lãnh đạo tỉnh đề nghị ...": the province's word
    reported = _PRONOUN_SPEAKS.match(head) or _PRONOUN_GREETS.match(head)
    side = None if reported else ctx.side_of(head, 0)
    if side:
        return side
    if speaks_for:
        return speaks_for  # "Thay mặt lãnh đạo tỉnh, đồng chí X đề nghị ..."
    # "Trong bối cảnh hạn hán, xâm nhập mặn diễn biến phức tạp, bà đề nghị ...": the pronoun after
    # a clause of circumstance
    if not reported and not _PRONOUN.match(head) and not _PRONOUN_TAIL.search(tail):
        return None  # an actor the lists do not know: leave it
    # "Đồng chí mong muốn ...": the speaker of the sentences just before: the person or post a
    # sentence opens with (after its adverbial), skipping sentences whose subject is "hai bên",
    # "doanh nghiệp" or a pronoun again; failing that, the first actor named.
    for prev in reversed(previous[-3:]):
        # (or the speaker a quotation is given to after it: '"..., chúng tôi đề nghị ...", đồng chí Nguyễn Công Huấn nói.')
        # (or the end of a quotation opened a sentence before: '... hợp tác”, Chủ tịch UBND tỉnh Trần Quang Khải nói.')
        said = _QUOTE_THEN_SAID.match(prev.text) or _QUOTE_ENDS_SAID.search(prev.text)
        side = (said and ctx.side_of(said.group("who"), 0)) or _opening_speaker(ctx, prev.text, person=True)
        if side:
            return side
    # Failing that, "Ông đề nghị ...": the last man (or woman) named so in the sentence just before,
    # when the people extractor knows him ("..., tại buổi làm việc với Bộ Kinh tế bang X, ông Phan
    # Văn Trọng giới thiệu ... Ông đề nghị bang X ...").
    # (or "Đồng chí đề nghị ..." after "Làm việc với Đại sứ quán ..., đồng chí Đào Quang Minh thông tin ...")
    pronoun = re.match(r"\s*([Ôô]ng|[Bb]à|[Đđ]ồng chí)\b", head)
    if pronoun and previous:
        # (not whom the sentence meets: "Tại buổi làm việc với ông David Harrison, ..., Phó Chủ tịch UBND
        # tỉnh ... giới thiệu ... Ông bày tỏ mong muốn ...")
        called = [
            m.group(1) for m in re.finditer(
                r"(?<!\w)(?<!với )(?<!tiếp )(?<!gặp )(?<!đón )(?i:" + pronoun.group(1).lower() + r")\s+("
                + UPPER + r"[\w'’-]*(?:\s+" + UPPER + r"[\w'’-]*){0,5})",
                previous[-1].text,
            )
        ]
        for name in reversed(called):
            # (or by the given name alone, as the press calls him again: "ông Quân" of "Trần Minh Quân";
            # a single word is no prefix of a full name: two Kims may sit on two sides)
            if " " in name:
                side = next((v for k, v in ctx.side_by_key.items() if name.lower().startswith(k) or k.startswith(name.lower())), None)
            else:
                side = _given_name_side(ctx, name)
            if side:
                return "local" if side == "local" else "other"
    for prev in reversed(previous[-3:]):
        side = ctx.side_of(prev.text, prev.start)
        if side:
            return side
    return None


_OUTLET_TAG = re.compile(r"^\s*\([^()\n]{1,30}\)\s*[-–]\s*")


# A quoted speaker: '"Chúng tôi hy vọng ngài Đại sứ sẽ là cầu nối ...", ông Hưng nói.'
_WE = re.compile(r"^\W*(?:[Cc]húng tôi|[Tt]ỉnh chúng tôi|[Tt]hành phố chúng tôi|[Tt]ỉnh ta)\b")
_SAYS = r"(?:nói|cho biết|nhấn mạnh|khẳng định|chia sẻ|bày tỏ|phát biểu)"
# A sentence that is a quotation, its speaker given at its end: '"Năm 2016, chúng tôi đề nghị ...", đồng chí X nói.'
_QUOTE_THEN_SAID = re.compile(
    r"^\W*[\"“][^\"”]{5,}[\"”]\s*(?:,|[-–])\s*(?:(?:ông|bà|đồng chí)\s+)?(?P<who>[^,.;\"”\n]{1,80}?)\s+" + _SAYS + r"\s*[.!]?\s*$"
)
SPEAKER_AT_END = re.compile(
    r",\s*(?:(?:đó|đây)\s+là\s+(?:những\s+|các\s+)?(?:nội dung|đề nghị|kiến nghị|đề xuất|mong muốn)(?:\s+(?:chính|trọng tâm))?"
    r"\s+(?:được|mà|do)\s+)?(?:(?:ông|bà|đồng chí)\s+)?(?P<who>[^,.;\"”“\n]{3,80}?)\s+(?:nêu|đưa ra|đề cập|" + _SAYS + r")"
    r"(?:\s+(?:tại|trong)\s+[^,.;\n]{1,60})?\s*[.!]?\s*$"
)
_QUOTE_ENDS_SAID = re.compile(
    r"[\"”]\s*(?:,|[-–])\s*(?:(?:ông|bà|đồng chí)\s+)?(?P<who>[^,.;\"”“\n]{1,80}?)\s+" + _SAYS + r"\s*[.!]?\s*$"
)
_SAID_BY = re.compile(
    # (with his posts between commas: '”, đồng chí Lương Thế Nghĩa, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, trưởng đoàn, nói.')
    # (or after a dash: '"Chúng tôi mong Ủy ban tham mưu ..." - ông Lĩnh nói.')
    r"[”\"]\s*(?:,|[-–])?\s*(?:(?:ông|bà|đồng chí|Ông|Bà|Đồng chí)\s+)?(?P<who>[^,.;”\"\n]{1,80}?(?:,[^,.;”\"\n]{1,60}?){0,4}),?\s+"
    + _SAYS + r"\b"
)


_THIRD_PARTY_TAIL = re.compile(
    # (or the guests' own members: "các doanh nghiệp trong hội mong muốn được kết nối ...")
    r"(?<!\w)(?:\d+\s+)?(?:nhà đầu tư|doanh nghiệp|công ty|tập đoàn|đối tác)(?:\s+(?-i:" + UPPER + r")[\w-]*){0,3}"
    r"(?:\s+(?:trong|của|thuộc)\s+(?:hội|hiệp hội|mình|họ))?\s+(?:(?:đã|đang|cũng|vừa)\s+)?$",
    re.IGNORECASE,
)
_BOTH_AGREE_TAIL = re.compile(
    # (or are to: "Hai tỉnh cần phối hợp kiến nghị Chính phủ hai nước sớm đầu tư nâng cấp đường 18B")
    # ("Hai bên cũng thống nhất cùng kiến nghị Chính phủ hai nước quan tâm bố trí nguồn vốn ...")
    r"(?<!\w)(?:[Hh]ai bên|[Hh]ai tỉnh|[Hh]ai địa phương)\s+(?:cũng\s+)?(?:đã\s+)?(?:(?:thống nhất|nhất trí)\s+(?:cùng\s+)?|cần\s+(?:cùng\s+)?phối hợp\s+)"
    r"(?:báo cáo,?\s+)?$|"
    # (the points of a record both signed: "hai bên đã ký Biên bản ghi nhớ ..., trong đó thống nhất cùng kiến nghị Chính phủ hai
    # nước ...")
    r"(?<!\w)(?:[Hh]ai bên|[Hh]ai tỉnh|[Hh]ai địa phương)\s[^.;]{0,120}?,\s*trong đó\s+(?:(?:đã\s+)?(?:thống nhất|nhất trí)\s+)?"
    r"cùng\s+(?:báo cáo,?\s+)?$"
)
# ... or one of the points both agreed, listed: "hai bên ký Biên bản hội đàm, thống nhất một số nội dung: Tiếp tục phối hợp ...;
# cùng báo cáo, đề xuất Chính phủ hai nước sớm nâng cấp ..."
_AGREED_POINTS = re.compile(
    r"(?<!\w)(?:[Hh]ai bên|[Hh]ai tỉnh|[Hh]ai địa phương)\s(?:[^.]|\.(?=\S)){0,120}?(?:thống nhất|nhất trí)\s(?:[^.;:]){0,60}?:"
)
_AGREED_POINT_TAIL = re.compile(r"(?:[;:]\s*)(?:[Cc]ùng|[Pp]hối hợp)\s+(?:báo cáo,?\s+)?$")
# The unit and name a body belongs to, right after it, before any verb: "HĐND tỉnh ...", ", chính quyền tỉnh ...".
# The name after a unit word ("tỉnh", "huyện"): up to four capitalised words.
_NAME_AFTER_UNIT = re.compile(r"[\s.]*((?:" + UPPER + r"[\w'’-]*)(?:\s+" + UPPER + r"[\w'’-]*){0,3})")
_UNIT_NAMED = re.compile(r"(?:tỉnh|thành phố|bang|châu)\s+((?:" + UPPER + r"[\w'’-]*)(?:\s+" + UPPER + r"[\w'’-]*){0,3})")
_FOREIGN_BODY_UNIT = re.compile(
    r"(?:\s*(?:,|và)\s*(?:chính quyền|lực lượng(?: chức năng)?|nhân dân|Tỉnh ủy|HĐND|UBND|các cơ quan(?: chức năng)?)|"
    r"\s+(?:chức năng|Cảnh sát biên giới|Bộ đội biên phòng|biên phòng|quân sự|công an|của))*"
    r"\s+(?:tỉnh|thành phố|TP\.?|bang|châu|huyện|thủ đô)\s+(?=(?-i:" + UPPER + r"))"
)
_PASSIVE_ASKED = re.compile(r"(?<!\w)(?:cũng\s+)?được\s+$")
_LOCAL_POST_TAIL = re.compile(
    # ("..., đồng chí Phó Chủ tịch Thường trực UBND tỉnh đề nghị phía Châu Hồng Hà ...")
    r"(?<!\w)(?:đồng chí\s+)?(?:Phó\s+)?(?:Chủ tịch(?: Thường trực)? (?:UBND|HĐND) (?:tỉnh|thành phố)|"
    r"Bí thư(?: Thường trực)? (?:Tỉnh ủy|Thành ủy)|"
    r"Giám đốc Sở Ngoại vụ)\s*" + _ADVERBS_TO_ASK
)
# ("Ngày 26/10, đoàn làm việc với Hãng hàng không Korean Air, đề nghị hãng tăng tần suất ...")
_DELEGATION_ASKS = re.compile(
    # ("Cũng tại Tokyo, đoàn đã làm việc với ... (JICA), đề nghị JICA xem xét ...")
    # ("Làm việc với Cảng vụ Houston, đoàn đề nghị phía bạn ...": whom it met first)
    r"\s*(?:(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Tt]ại đây|[Ss]au đó|[Cc]ùng ngày|[Tt]iếp đó|[Tt]rong chuyến \w+|"
    r"(?:[Cc]ũng\s+)?[Tt]ại\s|(?:[Kk]hi\s+)?(?:[Ll]àm việc|[Hh]ội đàm|[Gg]ặp gỡ|[Gg]ặp)\s+với\s)[^,;.]{0,40},\s*)*"
    # (or one who speaks for it: "Đại diện đoàn đề nghị hai tỉnh tiếp tục phối hợp ...", "Lãnh đạo đoàn đề nghị ...")
    r"(?P<speaks_for>[Đđ]ại diện\s+|[Tt]hay mặt\s+|[Ll]ãnh đạo\s+)?[Đđ]oàn(?: công tác| đại biểu)?\s+(?:(?:đã|cũng|còn|tiếp tục)\s+)*"
    r"(?:(?:làm việc|gặp|gặp gỡ|hội đàm|đến thăm|thăm)\b[^;.]{0,80},\s*(?:(?:đồng thời|và)\s+)?)?(?:bày tỏ\s+)?$"
)
# Another delegation received or met: "đoàn đã tiếp đoàn công tác của ...", "gặp gỡ đoàn công tác tỉnh Ubon Ratchathani".
_OTHER_DELEGATION_MET = re.compile(r"(?<!\w)(?:tiếp|đón|gặp(?: gỡ)?|làm việc với|hội đàm với)\s+(?:các\s+)?đoàn\b", re.IGNORECASE)
_CONFERENCE_TAIL = re.compile(r"(?:^|[,.;:]\s*)[Hh]ội nghị\s+(?:(?:đã|cũng|thống nhất|nhất trí)\s+)*$")
_PRONOUN_TAIL = re.compile(r",\s*(?:ông|bà|đồng chí)\s+" + _ADVERBS_TO_ASK)


# The one who answers an interview's question, named at the start of the answer: "Đồng chí Trần Đình Cương: ...".
_ANSWERER = re.compile(
    r"[ \t]*(?P<who>(?:[Đđ]ồng chí\s+|[Ôô]ng\s+|[Bb]à\s+|[Nn]gài\s+)?" + UPPER + r"[\w'’-]*(?:\s+" + UPPER + r"[\w'’-]*){1,4})\s*:"
)


_QUESTION_LABEL = re.compile(r"[ \t]*(?:Phóng viên|PV|Hỏi)\s*:")


def _answerer(text, line_start, at):
    """Who answers in the interview ``at`` stands in: named at the start of its paragraph, or of the nearest paragraph above
    that opens with a name (not with the question's label) within a few paragraphs; None elsewhere."""
    if m := _ANSWERER.match(text, line_start, at):
        return m.group("who")
    start = line_start
    for _ in range(4):
        if start <= 0:
            return None
        start = text.rfind("\n", 0, start - 1) + 1
        if _QUESTION_LABEL.match(text, start):
            return None
        if m := _ANSWERER.match(text, start, start + 80):
            return m.group("who")
    return None


def _quoted_speaker(ctx, sentence, trig_start):
    """The side of the speaker a quotation is attributed to after it (or before it, with a colon), "pronoun"
    when a bare "ông", "bà", "đồng chí" says it, or None."""
    text = ctx.doc.text
    line_end = text.find("\n", trig_start)
    m = _SAID_BY.search(text, trig_start, line_end if line_end >= 0 else len(text))
    if not m:
        # 'đồng chí Trịnh Quốc Hưng nói: "Vĩnh Phúc mong muốn ... Chúng tôi đề nghị ...': said before the quote
        line_start = text.rfind("\n", 0, trig_start) + 1
        said = next(reversed(list(_SAYS_COLON.finditer(text, line_start, trig_start))), None)
        if said is None and (who := _answerer(text, line_start, trig_start)):
            # "Đồng chí Trần Đình Cương: ... Tại buổi làm việc với Đại sứ quán, chúng tôi cũng đề nghị ...": an interview's
            # answer, its speaker named at its start
            return ctx.side_of(who, 0)
        if said is None or _QUOTE_CLOSED.search(text, said.end(), trig_start):
            return None
        opening = text[max(line_start, text.rfind(". ", line_start, said.start()) + 1) : said.start()]
        # (or after a clause of its own: 'Đề cập đến các nội dung hợp tác thời gian tới, đồng chí nhấn mạnh: "...')
        if opening.strip().lower() in ("ông", "bà", "đồng chí") or re.search(r",\s*(?:ông|bà|đồng chí)$", opening.strip(), re.I):
            return "pronoun"  # 'Ông nêu rõ: "Chúng tôi đề nghị ..."': the speaker of the sentences just before
        if _BUSINESS_PERSON.search(opening):
            return "other"
        return _opening_speaker(ctx, opening.strip()) or ctx.side_of(opening, 0)
    who = m.group("who").strip()
    if who.lower() in ("ông", "bà", "đồng chí"):
        return "pronoun"
    if who in ctx.given_sides:
        return "local" if ctx.given_sides[who] == "local" else "other"
    return ctx.side_of(who, 0)


# A foreign locality's head reporting (or a pronoun, his): "Thị trưởng Graeme Mitchell cho biết ...", "Ông thông tin, ..."
_REPORTS = r"(?:cho biết|thông tin|nói|chia sẻ)"
_LOCALITY_REPORTS = re.compile(
    r"(?:(?:Phó\s+)?(?:Thống đốc|Tỉnh trưởng|Thị trưởng|Đô trưởng|Châu trưởng)[^;,.]{0,60}?\s" + _REPORTS + r"(?!\w)|"
    r"(?:[Ôô]ng|[Bb]à)\s+" + _REPORTS + r"\s*,|"
    # (or named: "Ông Oh Hyun-woo cho biết Gyeonggi là ...; tỉnh sẵn sàng ...")
    r"(?:[Ôô]ng|[Bb]à)\s+(?:(?-i:" + UPPER + r")[\w'’-]*\s+){1,5}" + _REPORTS + r"(?!\w))"
)
# (to the reporter too: "chia sẻ với phóng viên: \"...\"")
_SAYS_COLON = re.compile(
    r"(?:nói|phát biểu|khẳng định|nhấn mạnh|cho biết|chia sẻ|bày tỏ|nêu rõ|nêu)(?:\s+(?:với|cho)\s+(?:phóng viên|PV|báo chí))?"
    r"\s*:\s*[“\"]"
)
# A business's owner or head (a Vietnamese one too): no voice of the province's ("ông X, chủ một doanh nghiệp Việt Nam trồng điều
# tại huyện Keo Seima, chia sẻ với phóng viên: \"... chúng tôi mong hai tỉnh ...\"").
_BUSINESS_PERSON = re.compile(
    r"(?<!\w)(?:chủ|giám đốc|tổng giám đốc|đại diện|chủ tịch hội đồng quản trị)\s+(?:một\s+|của\s+)?(?:doanh nghiệp|công ty|tập đoàn|"
    r"hợp tác xã|cơ sở)(?!\w)",
    re.IGNORECASE,
)
_QUOTE_CLOSED = re.compile(r"[”]|\"\s*,")


_COLLECTIVE = re.compile(
    r"^(?:[Hh]ai bên|[Hh]ai tỉnh|[Hh]ai địa phương|[Hh]ai nước|[Cc]ác đại biểu|Đại biểu|[Dd]oanh nghiệp|"
    r"[Cc]ác tổ chức|[Tt]ổ chức|[Pp]hía bạn)$"
)
_HONORIFIC_START = re.compile(r"^(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à|[Nn]gài)\s+")


_ACCORDING_TO = re.compile(r"Theo\s+(?:(?:ông|bà|đồng chí)\s+)?")


_ATTENDEES = re.compile(r"^(?:Tiếp (?:và làm việc với )?đoàn|Cùng đi(?: với đoàn)?|Cùng dự|Tham dự|Dự buổi \w+|Cùng tham dự|Đón đoàn)\b[^.;:]{0,30}?\bcó\b")
# A place as a sentence's subject: "Trong thời gian dịch bệnh, tỉnh Chungcheongbuk đã hỗ trợ ...".
_PLACE_SUBJECT = re.compile(r"(?:[Tt]ỉnh|[Tt]hành phố|TP\.?|[Bb]ang|[Cc]hâu|[Hh]uyện)\s*(?-i:" + UPPER + r")")


def _opening_speaker(ctx, text, person=False):
    """The side of whoever a sentence opens with, or None; with ``person``, only a person or a post
    (what a pronoun may stand for), not a place."""
    openings, head = _strip_openings(text[:_HEAD_CHARS])
    if person and (_PLACE_SUBJECT.match(head) or _ATTENDEES.match(text)):
        return None  # (nor a list of who received or came: "Tiếp đoàn có ngài X, Tỉnh trưởng ...; bà Y, ...")
    if person and (side := next((ctx.side_of(o, 0) for o in openings if _SPEAKS_FOR.match(o)), None)):
        return side  # "Thay mặt lãnh đạo tỉnh Gia Lai, trưởng đoàn gửi lời chúc mừng ...": who speaks for the province
    if openings and (by := _ACCORDING_TO.match(openings[0])) and ctx.actor.match(openings[0], by.end()):
        return ctx.side_of(openings[0][by.end() :], 0)  # "Theo ông Lê Minh Trí, ...": the one whose words these are
    past = _past_apposition(ctx, "".join(openings), head)
    head = _HONORIFIC_START.sub("", past)
    m = ctx.actor.match(head)
    if person and m and m.lastgroup == "province":
        return None  # "Ninh Bình và Ayutthaya đều là những vùng đất cố đô.": places, no one a pronoun stands for
    # "Ông Sô Phênh đề nghị ...": a known official called by the last words of his name
    called = re.match(r"(" + UPPER + r"[\w'’-]*(?:\s+" + UPPER + r"[\w'’-]*){1,3})(?!\w)", head) if not m and head != past else None
    if called and (side := ctx.side_by_key.get(called.group(1).lower())):
        return side
    given = re.match(r"(" + UPPER + r"[\w'’-]*)\s+(?!" + UPPER + r")", head) if not m and head != past else None
    if given and (side := _given_name_side(ctx, given.group(1))):
        return side  # "Ông Quân cho biết ...": a known official called by his given name
    if given and (side := _short_name_side(ctx, given.group(1))):
        return side  # "Ông Lee cảm ơn ...": a known official called by his family name, first in his name (Lee Seung-ho)
    if not m:
        # a title word the lists do not know, then a post or a person they do: "Phó Thị trưởng Lee
        # Sang-hoon cho biết"
        named = ctx.actor.search(head, 0, 80)
        if named and _TITLE_ONLY.match(head[: named.start()]):
            return ctx.side_of(head[named.start() :], 0)
        # (or after an opening clause the lists do not know: "Cụ thể hóa các nội dung hợp tác, Phó Chủ tịch UBND thành phố
        # Lê Khắc Nam đề nghị ...")
        # (a person or a post, in capitals: not "Dưới sự điều hành của bà, tổ chức đã triển khai ...")
        if (
            named and named.lastgroup != "province" and named.group(0)[:1].isupper() and not _COLLECTIVE.match(named.group(0))
            and _CLAUSE_THEN.fullmatch(head, 0, named.start())
        ):
            return ctx.side_of(head[named.start() :], 0)
        return None
    if _COLLECTIVE.match(m.group(0)):
        return None
    return ctx.side_of(head, 0)


_CLAUSE_THEN = re.compile(r"[^,.;:\n\"“”]{3,70},\s*")


def _given_name_side(ctx, given):
    """The side of the known officials whose given name is ``given`` ("Quân" of Trần Minh Quân, as
    the press calls him again: "Ông Quân cho biết ..."), when they are all on one side; or None."""
    side = ctx.given_sides.get(given)
    return None if side is None else "local" if side == "local" else "other"


# A post's first word the lists do not take with it: "Phó Thị trưởng", "Quyền Tỉnh trưởng".
_TITLE_ONLY = re.compile(r"^(?:Phó|Quyền|Đệ nhất|Đệ nhị)\s+$")
