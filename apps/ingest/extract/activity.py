"""Whether the article reports an activity.

An activity (GUIDE.md) is a dated or datable foreign-affairs occasion of one province: a
central delegation, a foreign guest, a delegation abroad, or the province's own
conference. The article must name the province, speak of foreign affairs in its opening,
and report one concrete occasion (a day of the activity in the lead, or a meeting named in
the body: "buổi làm việc", "hội đàm"). Pages that are documents (plans, decisions,
regulations), interviews, internal routines of a department and year-in-review features are
not activities even when they name meetings. (Its kind: kind.py.)
"""

import re
from functools import cache

from apps.lib import surnames as surnames_list
from apps.provinces import lookup

from . import dates, lexicon
from .cues import COMPANIES, WIRE_DATELINE, abroad, body_sentences, central_rx, country_rx, head_text
from .partners import capitals_pattern, known_abroad_prefix, mentions_abroad

# An envoy, not a contest's or a brand's "ambassador" ("Hội thi Đại sứ văn hóa đọc", "đại sứ thương hiệu"), nor one in
# quotes ("đội ngũ \"đại sứ\" lan tỏa văn hóa đọc").
_ENVOY_WORD = r"(?<![\"“])đại sứ(?! văn hóa đọc| thương hiệu| du lịch| môi trường| học đường| sách)"
# Foreign-affairs words: an activity's opening speaks of them (or names a foreign country).
_FOREIGN_AFFAIRS = re.compile(
    # (not a standard or a certificate: "chứng chỉ quốc tế như IELTS", "đạt chuẩn quốc tế"; nor a food court, "Làng ẩm thực
    # quốc tế", nor the tourists "du khách trong nước và quốc tế")
    r"đối ngoại|ngoại giao|ngoại vụ|nước ngoài|(?<!chứng chỉ )(?<!chuẩn )(?<!bằng cấp )(?<!ẩm thực )(?<!khách trong nước và )(?<!thị trường trong nước và )quốc tế|hữu nghị|biên giới|"
    + _ENVOY_WORD + r"|lãnh sự|kiều bào|"
    r"phi chính phủ|giám đốc quốc gia|hợp tác với|kết nghĩa|FDI|ASEAN|"
    # international organisations, foreign corporations, Korean names ("Kim Sung-jin")
    + lexicon.alternation("international_organizations") + r"|vốn ODA|(?-i:\b[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+\b)|" + COMPANIES + r"|"
    # "tỉnh Hà Nam, Việt Nam", "Lào Cai (Việt Nam)": written with a foreign counterpart in view
    r"(?:,|\() ?Việt Nam\b",
    re.IGNORECASE,
)
# Words that name the occasion itself.
_TRIGGER = re.compile(
    r"làm việc|hội đàm|hội kiến|\btiếp\b(?! (?:tục|diễn|nhận|cận|theo|thu|xúc|giáp|nối|tế|sức|thị(?! trưởng)|đến))|thăm|chúc tết|ký kết|hội nghị|tổ chức|gặp mặt|gặp gỡ|"
    # a delegation's survey of the border, a gate, a zone: "đoàn ... đã khảo sát tình hình quản lý biên giới"
    r"(?:đoàn|[Đđ]oàn công tác)[^.;\n]{0,160}?\bkhảo sát\b|"
    r"đối thoại|tọa đàm|diễn đàn|dẫn đầu|trưởng đoàn|tham dự|họp mặt|kỷ niệm|\bhọp\b|chủ trì|"
    # a signing: "Phú Yên và tỉnh Tottori ký thỏa thuận hợp tác hữu nghị"
    r"\bký (?:(?:các|bản|văn bản)\s+)?(?:biên bản|thỏa thuận|bản ghi nhớ|ghi nhớ)|"
    # a foreign-affairs course the province's body opens: "Sở Ngoại vụ tỉnh Tây Ninh ... khai giảng lớp
    # bồi dưỡng kiến thức ... đối ngoại" (not the Diplomatic Academy's own course "tại Hà Nội" for
    # many provinces, nor a college's language class)
    r"(?:Sở Ngoại vụ|UBND|Tỉnh ủy|Thành ủy|Ban Chỉ đạo)\b[^.;\n]{0,120}?(?:khai giảng|bế giảng)\s+(?:lớp|khóa)"
    r"[^.;\n]{0,80}?(?:đối ngoại|ngoại giao|lễ tân|hội nhập quốc tế)|"
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
# (yesterday too: "Hôm qua, Phó Chủ tịch UBND tỉnh ... tiếp bà ..., Tổng Lãnh sự ...", "Chiều qua, ...")
_RECENT = re.compile(
    # (before a comma or its date in brackets: "hai chiều qua các cửa khẩu" is two-way trade)
    r"mới đây|vừa qua|vừa diễn ra|hôm nay|chiều nay|sáng nay|tối nay|(?:hôm|(?<!\w)(?:sáng|chiều|tối|trưa)(?: hôm)?) qua(?=\s*[,(])",
    re.IGNORECASE,
)

# National diplomacy: a national leader's own meeting (GUIDE.md: no province involved).
# A national leader's reception (a lead read as the headline: its subject receives) and an occasion attended.
_RECEIVES = re.compile(r"(?<!\w)(?:đã\s+)?(?:tiếp|hội kiến|hội đàm|điện đàm)(?!\w)")
_ATTENDS = re.compile(r"(?<!\w)(?:dự|tham dự|dự và phát biểu|khởi công|khánh thành)(?!\w)")
_NATIONAL_LEADER = re.compile(
    r"^(?:Thủ tướng|Phó Thủ tướng|Chủ tịch nước|Phó Chủ tịch nước|Tổng Bí thư|Chủ tịch Quốc hội|"
    r"Phó Chủ tịch Quốc hội|Thường trực Ban Bí thư)(?!\w)"
)

# Pages that are not reports of an activity.
_DOCUMENT = re.compile(
    r"ban hành(?: kèm theo)? (?:kế hoạch|quyết định|quy chế|quy định|chỉ thị|hướng dẫn|chương trình|công văn|văn bản)|"
    # "phê duyệt Kế hoạch hoạt động đối ngoại", "đã ký Quyết định số ...": a document's news
    r"phê duyệt (?:kế hoạch|đề án|chương trình|quy hoạch|danh mục)|"
    r"\bký (?:ban hành )?(?:quyết định|kế hoạch(?! hợp tác)|chỉ thị|công văn|văn bản)|"
    # "Công bố quyết định tổ chức lại Văn phòng UBND tỉnh ...": a decision announced
    # (or announced anywhere in the headline's opening: "Lai Châu công bố các nghị quyết, quyết định ...")
    r"^(?:[^:\n]{0,30}:\s*)?(?:trao|trao các)\s+quyết định\b|^[^\n]{0,40}\bcông bố (?:các )?(?:nghị quyết|quyết định)\b|"
    # (not a plan of cooperation two localities sign: "Kế hoạch hợp tác năm 2025 giữa tỉnh Sơn La và tỉnh Luông Pha Băng")
    # (nor a department named after a colon: "Cùng đi có lãnh đạo các sở: Kế hoạch và Đầu tư, Ngoại vụ, ...")
    r"^(?:[^:\n]{0,30}:\s*)?(?:kế hoạch(?! hợp tác\b[^\n]{0,30}\bgiữa\b)(?!\s+và\s+đầu tư)|quyết định|quy chế|quy định|thông báo|hướng dẫn|thủ tục)\b|"
    # a guidance page: "Một số lưu ý về lễ tân khi đón tiếp khách nước ngoài", "Hỏi - đáp: ..."
    r"^(?:[^:\n]{0,30}:\s*)?(?:(?:một số|những) (?:lưu ý|điều cần (?:biết|lưu ý))|hỏi\s*[-–]\s*đáp)\b|"
    # an office's notice ("Về việc chuẩn bị đón tiếp Đoàn ...", "V/v ..."), a list of the province's
    # partners ("DANH SÁCH CÁC ĐỊA PHƯƠNG NƯỚC NGOÀI ĐÃ KÝ KẾT ..."), a paper's abstract ("Tóm tắt: Bài
    # viết phân tích ...")
    r"^(?:về việc|v/v)\s|^danh sách (?:các )?(?:địa phương|đối tác|văn bản|thỏa thuận|đoàn)|^tóm tắt\s*:",
    re.IGNORECASE | re.MULTILINE,
)
# A reader's question and its answer: "Hỏi: Doanh nghiệp chúng tôi dự kiến mời ..." then "Trả lời: ...".
_QUESTION = re.compile(r"^Hỏi\s*:", re.MULTILINE)
_ANSWER = re.compile(r"^(?:Trả lời|Đáp)\s*:", re.MULTILINE)
# The header of an official document, in capitals on its own lines.
_DOCUMENT_HEADER = re.compile(
    r"^(?:CỘNG )?HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$|^Độc lập - Tự do - Hạnh phúc$|^QUYẾT ĐỊNH:?$|"
    # its number on a line of its own: "Số: 112/KH-UBND"
    r"^Số\s*:\s*\d+\s*/\s*(?:KH|QĐ|CV|TB|BC|CT|HD|KL|NQ|TTr)(?:-[\wĐ]+)*\s*$", re.MULTILINE
)
# An invitation to come to an occasion ahead: "Sở Ngoại vụ ... trân trọng kính mời đại diện các cơ quan báo chí cử phóng viên
# đến dự và đưa tin Chương trình Gặp mặt ...".
# (the invitation's own words, "kính mời" whom it asks to come or to send someone; not a leader who invites a guest in a
# report: "Ông ... trân trọng mời Tổng Lãnh sự đến dự Festival Huế")
_INVITATION = re.compile(
    r"trân trọng kính mời\s+(?:đại diện|các cơ quan|quý|phóng viên|lãnh đạo các|các đơn vị|các doanh nghiệp)\b[^.\n]{0,160}?"
    r"(?:đến dự|tới dự|tham dự|cử phóng viên|đưa tin)",
    re.IGNORECASE,
)
_TRIP_INTERVIEW = re.compile(
    r"(?:^|[-–]\s)(?:Nhân|Trong|Bên lề)\s+chuyến (?:thăm|công tác)[^.\n]{0,120}?\s(?:từ\s+)?(?:ngày\s+)?\d{1,2}\s*(?:[-–]|đến)\s*"
    r"(?:ngày\s+)?\d{1,2}/\d{1,2}",
    re.MULTILINE,
)
_INTERVIEW = re.compile(
    r"phỏng vấn|trả lời báo|trò chuyện với|phóng viên (?:đã )?(?:có )?(?:cuộc )?(?:trao đổi|trò chuyện)|"
    r"^(?:PV|Phóng viên)\s*:[^\n]*\?|"  # a question ("Phóng viên: Trần Tuấn" is a byline)
    # (or put to the guest by name of address: "- Thưa ông, đâu là điểm nổi bật ...?")
    r"^[-–]?\s*Thưa (?:ngài\s+)?(?:ông|bà|ngài|đồng chí|Đại sứ|Tổng Lãnh sự|Giám đốc)\b[^\n]*\?",
    re.IGNORECASE | re.MULTILINE,
)
# A skill a course teaches, no interview: "kỹ năng phát ngôn, trả lời phỏng vấn báo chí nước ngoài".
_SKILL_TAUGHT = re.compile(r"kỹ năng[^.;\n]{0,40}?(?:phỏng vấn|trả lời báo)", re.IGNORECASE)
# An interview announced in the lead itself ("phóng viên Báo Thế giới & Việt Nam đã có cuộc trao
# đổi với ..."); further down, such a sentence may be a related story's teaser.
_INTERVIEW_LEAD = re.compile(
    r"phóng viên[^.,;\n]{0,40}?(?:đã )?(?:có )?(?:cuộc )?(?:trao đổi|trò chuyện)|"
    # (or granted to the outlet: "Nhân dịp kết thúc nhiệm kỳ, ngài ... đã dành cho Báo Bình Dương cuộc trò chuyện về ..."; not
    # on a visit of a day the lead gives, which it reports too: "Nhân chuyến thăm ... tỉnh Bình Dương ngày 14/11 (ngày 14 tháng
    # 11), Đại sứ ... đã dành cho Báo ... cuộc trao đổi")
    r"^(?:(?!\d{1,2}\s*[/-]\s*\d{1,2}|ngày\s+\d{1,2}\b)[^\n])*?dành cho (?:Báo|báo|phóng viên|PV)[^.;\n]{0,40}?(?:cuộc|buổi) "
    r"(?:trò chuyện|trao đổi|phỏng vấn)",
    re.IGNORECASE | re.MULTILINE,
)
_INTERNAL = re.compile(
    r"chào cờ|sinh hoạt (?:tư tưởng )?dưới cờ|sinh hoạt chi bộ|đại hội chi bộ|\bChi bộ\b|"
    # routine sessions and press briefings: "phiên họp thường kỳ tháng 10", "Họp báo thường kỳ"
    r"(?:phiên )?họp thường kỳ|họp báo|"
    # (not the greeting "tới cán bộ, đảng viên và nhân dân các dân tộc tỉnh ...")
    r"kiểm điểm(?:,)? (?:tập thể|đánh giá)|xếp loại (?:chất lượng )?(?:tập thể|đảng viên)|đảng viên(?! và (?:nhân dân|quần chúng))|"
    # the department's own monthly briefing: "Sở Ngoại vụ giao ban tháng 1" (not one "với" a
    # foreign counterpart)
    r"^Sở Ngoại vụ[^.\n]{0,30}?giao ban(?![^.\n]{0,60}\bvới\b)|"
    # a court's case: "Lĩnh án vì tổ chức đưa người xuất cảnh trái phép"
    r"^(?:[^\n]{0,40}\s)?(?:lĩnh án|xét xử|phiên tòa|tuyên án|khởi tố|truy tố)\b|"
    # a police raid: "Kiên Giang: Bắt quả tang 23 người nước ngoài tổ chức đánh bạc qua mạng"
    # (not people held abroad, whom the province asks help for: "Bảo hộ ngư dân bị nước ngoài bắt giữ: ...")
    r"^(?:(?:(?!\bbị\s)[^\n]){0,40}\s)?(?:bắt quả tang|bắt giữ|triệt phá|trục xuất)\b|"
    # (foreigners found or fined for their entry or stay: "Phát hiện 14 người Trung Quốc nhập cảnh trái phép, thuê nhà ở
    # Móng Cái", "Xử phạt 14 người nước ngoài cư trú quá hạn tại Mũi Né")
    # (the verb opens the headline, after a place and its colon at most: not talks "về xử lý người nhập cảnh trái phép")
    r"^(?:[^\n:]{0,30}:\s*)?(?:phát hiện|xử phạt|phạt|tạm giữ)\s+(?:\d+\s+|hai\s+|ba\s+|nhiều\s+)?(?:người|đối tượng|công dân)\b"
    r"[^\n]{0,40}?\b(?:(?:nhập cảnh|xuất cảnh|cư trú|lưu trú|tạm trú|lao động|làm việc)\s+(?:trái phép|quá hạn|bất hợp pháp|không phép)|"
    # ("Xử phạt 14 người nước ngoài vi phạm quy định về cư trú")
    r"vi phạm\s+(?:các\s+)?(?:quy định\s+)?(?:về\s+)?(?:nhập cảnh|xuất cảnh|xuất nhập cảnh|cư trú|lưu trú|tạm trú))|"
    # ("Bắt đối tượng người Lào vận chuyển 12.000 viên ma túy qua biên giới")
    r"^(?:[^\n]{0,40}\s)?bắt\s+(?:\d+\s+|hai\s+|ba\s+)?(?:đối tượng|nghi phạm|nghi can)\b|"
    # a post filled: "Công bố quyết định bổ nhiệm Giám đốc Sở Ngoại vụ"
    r"công bố(?: và trao)? (?:các )?quyết định[^.\n]{0,40}?(?:bổ nhiệm|điều động|luân chuyển|nghỉ hưu|công tác cán bộ)",
    re.IGNORECASE,
)
# Named in the headline only (in the story, the congress is often only recalled): a Party
# congress, the staff's own yearly meeting.
_INTERNAL_TITLE = re.compile(
    # ("Đại biểu HĐND tỉnh tiếp xúc cử tri huyện Mèo Vạc": the voters' petitions, not the province's asks)
    # (the staff's yearly meeting in either wording: "Hội nghị công chức, viên chức và người lao động năm 2021")
    r"đại hội (?:đại biểu )?Đảng bộ|hội nghị (?:cán bộ,? )?(?:công chức|viên chức)\b|tiếp xúc cử tri|^Cử tri\b|"
    # the Party committee's own review: "Hội nghị Ban Thường vụ Tỉnh ủy đánh giá kết quả quý I/2024" (not one on foreign affairs)
    r"^(?:[^\n]{0,30}\s)?Hội nghị (?:lần thứ \w+\s+)?Ban (?:Thường vụ|Chấp hành Đảng bộ) (?:Tỉnh ủy|Thành ủy|tỉnh|thành phố)\b"
    r"(?![^\n]*(?:đối ngoại|quốc tế|ngoại giao|nước ngoài|hợp tác với))|"
    # its staff's union or youth congress: "Đại hội Công đoàn cơ sở Sở Ngoại vụ nhiệm kỳ 2023 - 2028"
    r"đại hội (?:đại biểu )?(?:Công đoàn|Chi đoàn|Đoàn Thanh niên|Đoàn TNCS|Hội Cựu chiến binh|Chi hội)\b|"
    # the department's charity: "Sở Ngoại vụ trao quà Tết cho hộ nghèo xã ..."
    r"trao (?:tặng )?quà (?:Tết )?(?:cho|tặng) (?:các )?(?:hộ|gia đình|học sinh|người|đối tượng)|"
    # a council's session: "Bế mạc Kỳ họp thứ 11 HĐND tỉnh Tây Ninh khóa X"
    r"kỳ họp (?:thứ \w+ )?(?:\([^)]{0,40}\) )?(?:HĐND|Hội đồng nhân dân)|"
    # its council's question time: "Chất vấn về hiệu quả hợp tác quốc tế và thu hút đầu tư nước ngoài"
    r"^(?:[^:\n]{0,30}:\s*)?(?:chất vấn|trả lời chất vấn)\b|"
    # a border guard's operation: "Tuần tra song phương bảo vệ đường biên, cột mốc", "Bộ đội Biên
    # phòng tỉnh diễn tập phương án ..."
    # (not talks that agree on them: "Lãnh đạo Quảng Trị hội đàm với Savannakhet về tuần tra chung")
    r"^(?:(?:Đồn|Bộ đội|Bộ Chỉ huy|BĐBP|Biên phòng|Hải đội|Lực lượng)[^,.;:\n]{0,50}\s)?(?:tuần tra|diễn tập)\b"
    r"(?![^\n]*\b(?:hội đàm|làm việc|thống nhất|tiếp|ký kết)\b)|"
    # a defence-zone or civil-defence exercise: "Tây Ninh: Bế mạc diễn tập khu vực phòng thủ tỉnh năm 2024"
    r"\bdiễn tập (?:khu vực phòng thủ|phòng thủ dân sự|phòng thủ khu vực)\b(?![^\n]*\b(?:hội đàm|ký kết|song phương|liên hợp)\b)|"
    # the department's own paperwork: "Sở Ngoại vụ rà soát, chuẩn hóa bộ thủ tục hành chính năm 2023" (not a
    # session with a delegation on it)
    # (nor one shared with a foreign side: "Sở Ngoại vụ và Tổng Lãnh sự quán Hàn Quốc trao đổi về ...", "hội đàm cùng ...")
    r"^Sở Ngoại vụ\b(?![^\n]*\b(?:với|tiếp|đoàn|đón|cùng|và|hội đàm|làm việc|trao đổi|Lãnh sự|Đại sứ)\b)[^\n]*"
    r"\b(?:thủ tục hành chính|cải cách hành chính)\b|"
    # the department's own end or the handing over of its work: "Từ ngày 1/3, Sở Ngoại vụ thành phố Huế kết thúc hoạt
    # động", "công bố quyết định chuyển chức năng, nhiệm vụ của Sở Ngoại vụ về Văn phòng UBND tỉnh"
    # (not an occasion held as it ends: "Tổng kết công tác đối ngoại năm 2024, bàn giao chức năng ...", "... tri ân đối tác nước
    # ngoài trước khi kết thúc hoạt động")
    r"^(?![^\n]*\b(?:tiếp|đoàn|đón|hội đàm|làm việc với|Lãnh sự|Đại sứ|tổng kết|hội nghị|gặp mặt|gặp gỡ|tri ân|kỷ niệm|lễ|"
    r"cơ quan đại diện|tổ chức|đối tác|nước ngoài|quốc tế)\b)[^\n]{0,60}?(?:\bSở Ngoại vụ\b[^\n]{0,40}?\b"
    r"(?:kết thúc hoạt động|chấm dứt hoạt động|giải thể)|\b(?:chuyển|chuyển giao|bàn giao)\s+(?:các\s+)?(?:chức năng|nhiệm vụ)"
    r"[^\n]{0,40}?\bSở Ngoại vụ\b)|"
    # (or its merger planned with its province's leaders: "UBND tỉnh làm việc với Sở Ngoại vụ về phương án sắp xếp tổ chức bộ máy")
    r"\bSở Ngoại vụ\b[^\n]{0,30}?\bvề (?:phương án |việc )?sắp xếp(?:,? tinh gọn)?(?: tổ chức)? bộ máy",
    re.IGNORECASE,
)
# The province's own bodies' internal occasions, named in the headline: its Fatherland Front's, women's or farmers'
# union's congress ("Đại hội đại biểu MTTQ Việt Nam tỉnh ...", "Đại hội đại biểu Phụ nữ tỉnh ..."), a hometown
# association's congress abroad ("Hội đồng hương Thanh Hóa tại Hàn Quốc tổ chức Đại hội lần thứ II"), the border guard's or
# the police's own year ("Bộ đội Biên phòng Kiên Giang tổng kết công tác năm 2022") ...
_OWN_BODY_INTERNAL = re.compile(
    r"đại hội (?:đại biểu )?(?:MTTQ|Mặt trận Tổ quốc|Hội Liên hiệp Phụ nữ|Hội LHPN|Hội Nông dân|Liên đoàn Lao động|"
    r"(?:Phụ nữ|Nông dân|Cựu chiến binh)(?= (?:tỉnh|thành phố)\b))\b|"
    # (one party alone before its review: not "BĐBP Lào Cai và Hà Khẩu tổng kết ...", "Công an Quảng Trị, Savannakhet ...")
    r"^(?:Bộ đội Biên phòng|BĐBP|Bộ Chỉ huy (?:Quân sự|Bộ đội Biên phòng)|Bộ CHQS|Công an)\b(?:(?!\svà\s|,\s|\svới\s)[^\n]){0,40}"
    r"\btổng kết\b(?![^\n]*\b(?:đối ngoại|hội đàm|giao lưu|hợp tác|phối hợp|song phương|kết nghĩa|bản ghi nhớ|quy chế)\b)",
    re.IGNORECASE,
)
# ... unless the headline names a foreign party, a delegation, a reception or the province's leaders at it.
_GUESTS_NAMED = re.compile(r"\b(?:đoàn|tiếp|dự|đón)\b", re.IGNORECASE)


_STAFF_DAYS = (
    r"Ngày (?:Phụ nữ Việt Nam|Nhà giáo Việt Nam|Thương binh[ -]+Liệt sĩ|Thầy thuốc Việt Nam|Báo chí Cách mạng|Quốc tế Phụ nữ)"
)
# A day of the country's own its staff celebrate: "Sở Ngoại vụ tổ chức các hoạt động chào mừng Ngày Phụ nữ Việt Nam" (the
# staff's own body names itself: not a portal's slogan banner, "Chào mừng kỷ niệm 78 năm Ngày Nhà giáo Việt Nam").
_STAFF_DAY = re.compile(
    # (the staff's sports day too: "Sở Ngoại vụ tổ chức hội thao chào mừng Ngày Quốc tế Phụ nữ 8-3")
    r"^(?=[^\n]*\b(?:Sở|Công đoàn|Chi bộ)\b)[^\n]*\b(?:chào mừng|kỷ niệm|gặp mặt|tọa đàm|hội thao)\b[^\n]{0,50}?\b" + _STAFF_DAYS
)
# ... with guests of no kind: "gặp mặt nữ Đại sứ ...", "... tình nguyện viên Nhật Bản", "... nữ cán bộ tỉnh Hủa Phăn".
_STAFF_DAY_GUESTS = re.compile(r"\b(?:Đại sứ|Lãnh sự|quốc tế|nước ngoài|đoàn|kiều bào|lưu học sinh)\b", re.IGNORECASE)


def _staff_day(title):
    """The headline reports the staff celebrating a day of the country, and names no guest or foreign party."""
    # (the day's own name is no guest: "Ngày Quốc tế Phụ nữ")
    title = re.sub(_STAFF_DAYS, " ", title) if _STAFF_DAY.search(title) else ""
    return bool(title) and not _STAFF_DAY_GUESTS.search(title) and not _foreign_party_named(
        title.replace("Việt Nam", " "), central=False
    )


_HOMETOWN_CONGRESS = re.compile(r"^Hội (?:đồng hương|người Việt|người Việt Nam)\b[^\n]{0,60}\bđại hội\b", re.IGNORECASE)


def _own_body_internal(title):
    """The headline names an internal occasion of the province's own body, with no guest or foreign party in it."""
    if _GUESTS_NAMED.search(title) or _PROVINCIAL_ACTOR.search(title):
        return False
    if _HOMETOWN_CONGRESS.search(title):
        return True  # (abroad by its name: "... tại Hàn Quốc")
    return bool(
        _OWN_BODY_INTERNAL.search(title) and not mentions_abroad(title)
        and not country_rx().search(title.replace("Việt Nam", " "))
    )


# A session on the half-year's figures ("phiên họp ... tình hình kinh tế - xã hội 6 tháng"), not talks
# where both sides tell theirs ("Tại buổi hội đàm, hai bên đã thông báo cho nhau tình hình kinh tế
# - xã hội 6 tháng đầu năm").
_HALF_YEAR = re.compile(r"tình hình kinh tế - xã hội \d+ tháng", re.IGNORECASE)
_BOTH_SIDES = re.compile(r"hai bên|cho nhau|hội đàm|hội kiến", re.IGNORECASE)


def _half_year(head):
    for m in _HALF_YEAR.finditer(head):
        line = head[head.rfind("\n", 0, m.start()) + 1 : m.start()]
        if not _BOTH_SIDES.search(line):
            return True
    return False


# A review of a period rather than one occasion.
_REVIEW = re.compile(
    r"^(?:từ đầu năm(?: \d{4})?(?: đến nay)?|thời gian qua|những năm qua|trong những năm qua|"
    r"năm \d{4},|trong năm \d{4},|nhìn lại|"
    # a month's or a quarter's results: "Tháng 07/2023, tỉnh đã tổ chức 07 đoàn ..."
    r"tính chung|lũy kế|tính đến)",
    re.IGNORECASE,
)
_LEAD_TAG = re.compile(r"^\s*\([^()\n]{1,30}\)\s*[-–]\s*")
_ROUND_UP = re.compile(
    r"^(?:điểm lại|điểm tin|tổng hợp|nhìn lại|toàn cảnh|một số kết quả|kết quả công tác)|"
    r"(?:nổi bật|đáng chú ý) (?:trong|của) (?:tuần|tháng|quý|năm)|(?:trong|của) tuần qua|"
    # a count of visitors: "Ninh Bình đón hơn 120.000 lượt khách quốc tế dịp Tết Giáp Thìn"
    r"\bđón\s+(?:hơn|gần|khoảng|trên|tới)?\s*[\d.,]+\s*(?:nghìn|triệu|vạn)?\s*(?:lượt\s+)?(?:khách|du khách)\b",
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


def is_activity(doc, province):
    """Whether the article reports an activity of ``province`` (the article's Province)."""
    if province is None:
        return False
    if not _province_acts(doc.title + "\n" + doc.text, province):
        return False  # no leader, body or delegation of the province anywhere: none of its activities
    if _listing(doc):
        return False  # a category page: several stories, each with its headline and dateline
    head = head_text(doc)
    wide = head_text(doc, 6)
    lead2 = head_text(doc, 2)
    # A lead that opens with the day of an occasion reports it; a plan or a decision named
    # after it is background ("..., Tỉnh ủy đã ban hành Kế hoạch tổ chức Đoàn").
    doc_head = head_text(doc, 1) if _dated_lead(doc) else head
    if _DOCUMENT.search(doc_head) or _DOCUMENT_HEADER.search(doc.text[:1500]) or _INVITATION.search(head_text(doc, 1)):
        return False
    if _QUESTION.search(head) and _ANSWER.search(doc.text):
        return False  # a reader's question and the office's answer: a guidance page
    # (the schedule's heading in capitals above the week it names, "LỊCH CÔNG TÁC CỦA THƯỜNG TRỰC UBND TỈNH" over "Tuần 20 (Từ
    # ngày ... đến ngày ...)", read as the page's banner; not a portal's menu item "Lịch công tác" above a story)
    if (
        len(_STEP.findall(doc.text[:6000])) >= 2 or _SCHEDULE_TITLE.match(doc.title)
        or any(_SCHEDULE_TITLE.match(line) and line.isupper() for line in doc.text[:600].split("\n")[:3])
    ):
        return False  # "Bước 1: Doanh nghiệp lập danh sách ...": a procedure's steps; "Lịch công tác tuần ...": plans
    if _REGULATION_PASSED.search(doc.title):
        return False  # "HĐND tỉnh ... thông qua nghị quyết quy định chế độ chi đón tiếp khách nước ngoài": a rule, no occasion
    # (an interview given during a dated trip the lead tells reports that trip: "Nhân chuyến thăm và làm việc tại Lào của Đoàn
    # đại biểu cấp cao tỉnh Hà Tĩnh từ ngày 24 - 26/7, đồng chí ... đã trả lời phỏng vấn ...")
    trip_told = bool(_TRIP_INTERVIEW.search(head_text(doc, 1)))
    if (_INTERVIEW.search(_SKILL_TAUGHT.sub(" ", head)) and not trip_told) or _INTERNAL.search(head) or _INTERNAL_TITLE.search(doc.title) or _INTERVIEW_LEAD.search(head_text(doc, 1)) or _half_year(head) or _own_body_internal(doc.title) or _staff_day(doc.title):
        return False
    body = body_sentences(doc)
    # (a sapo that names no actor or meeting over the dated lead: the lead tells whose event it is)
    sapo = (
        len(body) >= 2 and not dates.opens_with_day(body[0].text) and dates.opens_with_day(body[1].text)
        and not _PROVINCIAL_ACTOR.search(body[0].text) and not _TRIGGER.search(body[0].text)
    )
    opening = body[1:2] if sapo else body[:1]
    company = opening and (
        _COMPANY_EVENT.match(opening[0].text) or _BUSINESSES_SIGN.match(opening[0].text)
        or _FOUNDATION_GIFT.match(opening[0].text)
    )
    if company and not _PROVINCIAL_HOST.search(opening[0].text):
        return False  # a company's own event that provincial officials attend
    if opening and _FAIR_BY_BUSINESS.match(opening[0].text) and not any(_PROVINCE_AT_FAIR.search(s.text) for s in body[:3]):
        return False  # the province's tourism association and firms at a fair abroad: no delegation of its own
    if (
        opening and _FAIR_BOOTH.match(opening[0].text)
        and lookup.find_all(doc.title + "\n" + opening[0].text)
        # (its visitors' countries are no foreign side: "doanh nghiệp lữ hành đến từ Hàn Quốc, Ấn Độ")
        and _no_foreign_side(_PARTICIPANTS_FROM.sub(" ", "\n".join([doc.title, *(s.text for s in body[:3])])), _FAIR_TALKS)
    ):
        return False  # its department's booth at a fair at home ("Hội chợ Du lịch quốc tế TP Hồ Chí Minh"), no one met
    if (
        _JOB_FAIR.search(doc.title + "\n" + (opening[0].text if opening else ""))
        and not _JOB_FAIR_GUESTS.search(wide)
        and not _FOREIGN_TITLE.search(wide)
        and not (mentions_abroad(wide) and not _WORKPLACE_ABROAD.search(wide))
    ):
        return False  # "phiên giao dịch việc làm \"Nhật Bản – Hàn Quốc – Đài Loan\"": jobs abroad offered at home, no foreign side
    if _CALLED_OFF.match(doc.title):
        return False  # "Tạm hoãn đón Đoàn công tác thành phố Gimhae": a visit called off
    if _MISSION_TITLE.match(doc.title) and not _names_province(province, lead2):
        return False  # an embassy's own Tết gathering abroad: provinces only as its products' origins
    if _COMPANY_TITLE.match(doc.title) and not _PROVINCIAL_ACTOR.search(_SOURCE_CITED.sub(" ", wide)):
        # (a department cited for its figures takes no part: "Theo Sở Công Thương, 6 tháng đầu năm 2023, kim ngạch ...")
        return False  # "Doanh nghiệp An Giang ký hợp đồng ... tại Philippines": a company's deal
    # (a department's representatives among its guests take no part of their own: "Dự buổi lễ có ông Kim Dong-hyun, ...; đại
    # diện Sở Nông nghiệp và Phát triển nông thôn ..."; nor a department the business holds it with: "Công ty ... phối hợp với Sở
    # Nông nghiệp và Phát triển nông thôn tổ chức lễ xuất khẩu ...")
    if _EXPORT_CEREMONY.search(lead2) and not _PROVINCIAL_ACTOR.search(_DEPARTMENT_REPRESENTED.sub(" ", lead2)):
        return False  # "Hợp tác xã ... phối hợp với Công ty ... tổ chức lễ xuất khẩu lô hàng 60 tấn sầu riêng": a business's day
    # (a central body alone is not enough: a ministry's visit on coastal erosion)
    if not _FOREIGN_AFFAIRS.search(wide) and not _foreign_party_named(wide, central=False):
        return False
    if _OWN_BODIES_MEETING.search(lead2) and not _AFFAIRS_TOPIC.search(lead2) and not _GUESTS_IN_VIEW.search(lead2):
        # "UBND tỉnh Bình Thuận tổ chức cuộc họp với các sở, ngành, địa phương và Hiệp hội Thanh long ... nhằm bàn giải pháp
        # tháo gỡ khó khăn trong tiêu thụ thanh long": a session of the province's own bodies on its own affairs (markets
        # abroad named in it are no party to it)
        return False
    dated = dates.occasion(doc) is not None
    notice = bool(_NOTICE_TITLE.search(doc.title))
    if not dated and (
        notice or (_WILL_RECEIVE_TITLE.search(doc.title) and _AHEAD.search(lead2) and not _PAST.search(lead2))
    ):
        return False  # "Sắp diễn ra Hội nghị ...", "Đà Nẵng sẽ đăng cai ...", "Thông cáo báo chí về ...": ahead, not held
    lead_starts = [s.text for s in body_sentences(doc)[:2]]
    if notice and lead_starts and _PLAN_OPENS.search(lead_starts[0][:80]) and _AHEAD.search(lead_starts[0]):
        return False  # "Lâm Đồng sẽ tổ chức Diễn đàn ..." over "Theo kế hoạch vừa được ban hành, ... dự kiến diễn ra ...": a plan told
    # (the second sentence's look back, "Thời gian qua, World Vision đã triển khai ...", is background
    # when the first reports the occasion: "Mới đây, ... Phó Chủ tịch UBND tỉnh đã tiếp đoàn ...")
    reported = lead_starts[:1] and _RECENT.search(lead_starts[0]) and _MEETING.search(lead_starts[0])
    # (after the outlet's tag: "(BTN) - Năm 2020, dù chịu ảnh hưởng ..., quan hệ hữu nghị ... vẫn được duy trì")
    if not dated and any(
        _REVIEW.match(_LEAD_TAG.sub("", s, count=1)) or _TALLY.search(s) for s in lead_starts[: 1 if reported else 2]
    ):
        return False
    # (or with today or yesterday, under a dated publication line: "LSO - Sáng hôm qua, Sở Ngoại vụ tổ chức hội nghị tổng kết")
    relative = bool(lead_starts) and doc.published and len(doc.published) == 10 and dates.opens_with_relative_day(lead_starts[0])
    if _year_feature(doc.title) and not (dated and _dated_lead(doc)) and not relative:
        # "Đối ngoại Bắc Ninh năm 2024: Mở rộng không gian hợp tác": a year's review (unless the lead
        # opens with the day of its conference: "Chiều 15/1, UBND tỉnh tổ chức Hội nghị tổng kết ...")
        return False
    if not dated and _FEATURE_TITLE.match(doc.title) and not _TRIGGER.search(doc.title) and not _RECENT.search(head):
        # "Tuyên Quang: Dấu ấn đối ngoại năm 2024", "Kiên Giang: Ngoại giao kinh tế mở lối ...": a feature
        # on the province's work, no occasion named in its headline and no day of one anywhere
        return False
    # (a sapo that counts the year's delegations over the dated lead of the conference that reviews it: "Năm 2018,
    # tỉnh đã tổ chức 42 đoàn ra ..." then "Điện Biên (TTXVN) - Ngày 8/1, Sở Ngoại vụ tổ chức hội nghị tổng kết ...")
    # (or a page with no headline, its dated lead read as one: "Sáng ngày 5/8, UBND tỉnh Phú Thọ tổ chức Hội nghị sơ kết công tác
    # đối ngoại 6 tháng đầu năm ..." over the report's count)
    reviewed = (
        len(lead_starts) == 2 and _OCCASION_WORDS.search(doc.title) and dates.opens_with_day(lead_starts[1])
        and _OWN_CONFERENCE.search(lead_starts[1])
    ) or (dates.opens_with_day(doc.title) and _OWN_CONFERENCE.search(doc.title))
    if _ROUND_UP.search(doc.title) or (lead_starts and _TALLY.search(lead_starts[0]) and not reviewed):
        return False  # "Trong tuần từ ngày 13 - 17/10, tỉnh đã tiếp 3 đoàn ...": a round-up
    if not _TRIGGER.search(head):
        return False
    # (not the site's masthead in capitals or its menu over the story: "SỞ NGOẠI VỤ TỈNH KON TUM", "Giới thiệu | Tin tức")
    lead_two = [s.text for s in body_sentences(doc) if s.text != doc.title and not _furniture(s.text)][:2]
    first = lead_two[:1]
    title_and_lead = "\n".join([doc.title, *first])
    # (a home ministry's delegation may come in the sentence after a sapo of the province's ask: "Tỉnh Sóc Trăng kiến nghị
    # Bộ Nông nghiệp ... hỗ trợ 120 tỷ đồng ..." then "Chiều 5/3, đoàn công tác Bộ Nông nghiệp ... kiểm tra tình hình hạn mặn")
    title_and_two = "\n".join([doc.title, *lead_two])
    if (
        _domestic_visit(title_and_lead) or _domestic_ministry(title_and_lead)
        or (_domestic_ministry(title_and_two) and not _HOME_MINISTRY.search(title_and_lead)) or _spectacle(title_and_lead)
        or _domestic_mass_organisation(title_and_lead, lead_two)
        or _domestic_promotion(title_and_lead) or _domestic_pact(title_and_lead)
        or _sector_meeting(title_and_lead)
        or _own_meeting(title_and_lead) or _visit_at_home(doc, title_and_lead) or _labour_class(title_and_lead)
        or _air_route(title_and_lead) or _ASSEMBLY_DEBATE.search(title_and_lead) or _force_day(title_and_two, wide)
        or _firms_trained(title_and_lead)
    ):
        return False
    # (a page with no headline of its own reads its lead as one: its subject after the outlet's tag, the day and the venue,
    # when it receives, "NDO - Chiều 11/11, tại trụ sở Bộ Ngoại giao, Bộ trưởng Ngoại giao ... đã tiếp ông ..., Thống đốc tỉnh
    # Tochigi"; not one at the province's own ceremony, "Sáng 5/7, tại Sơn La, Phó Chủ tịch nước ... dự Lễ kỷ niệm ...")
    subject = doc.title[opened.end() :] if (opened := _LEAD_OPENING.match(doc.title)) else ""
    if not (_RECEIVES.search(subject[:160]) and not _ATTENDS.search(subject[:160])):
        subject = ""
    if (_NATIONAL_LEADER.match(doc.title) or _NATIONAL_LEADER.match(subject)) and not _names_province(province, title_and_lead):
        return False  # the province is named only further down, in passing
    if (
        first and _ministry_holds(first[0]) and not _names_province(province, title_and_lead)
        # (unless the province co-hosts it: "Chủ tịch UBND thành phố Đà Nẵng ... đồng chủ trì Hội nghị")
        and not (_names_province(province, lead2) and _CO_HOST.search(lead2))
    ):
        return False  # "Bộ Ngoại giao tổ chức Hội nghị tổng kết công tác đối ngoại địa phương": provinces speak at it
    if _OWN_ENVOY.search(title_and_lead) and not _names_province(province, title_and_lead):
        return False  # Vietnam's ambassador at a locality abroad: the province only its partner, further down
    if (
        (m := country_rx().match(doc.title)) and m.start() == 0 and not _names_province(province, title_and_lead)
        and not _PROVINCIAL_ACTOR.search(title_and_lead)  # "Sáng 16/5, Phó Chủ tịch tỉnh đã tiếp Đại sứ ...": a reception
    ):
        return False  # "Lào khởi công cảng cạn Thakhek ...": a foreign country's news, the province in passing
    if (
        # (the lead's second sentence too, lead2 holding the title: "... đã đến thăm và làm việc tại Thủ đô. Tiếp đoàn có ...
        # Phó Chủ tịch UBND thành phố")
        _opens_with_foreign_locality(doc.title) and not lookup.find_all(lead2) and not _PROVINCIAL_ACTOR.search(lead2)
    ):
        return False  # "Tỉnh Champasak (Lào) và tỉnh Ubon Ratchathani (Thái Lan) thúc đẩy hợp tác ...": their own news
    if (
        first and (wire := WIRE_DATELINE.match(first[0])) and abroad(wire.group("place"))
        and not lookup.find_all(title_and_lead) and not _PROVINCIAL_ACTOR.search(title_and_lead)
    ):
        return False  # "Canberra (TTXVN) - Sáng 5/3, ... Thứ trưởng Bộ Ngoại giao ... đồng chủ trì ...": national, abroad
    # (a headline that opens with the province as its subject names it too: "Quảng Ngãi tri ân các tổ chức phi chính phủ")
    opens = any(lexicon.compiled(re.escape(n) + r"(?:\s*:)?\s+" + lexicon.LOWER).match(doc.title) for n in province.names)
    if not _names_province(province, lead2) and not _any_locality(lead2) and not opens:
        return False  # "Phiên họp lần thứ 15 Ủy ban Liên hợp về biên giới Việt Nam – Lào": no province acts in the lead
    if _NATIONAL_TITLE.match(doc.title) and not _names_province(province, title_and_lead):
        return False  # "Việt Nam, Campuchia nhất trí ...", "Bộ Ngoại giao tổng kết công tác đối ngoại địa phương"
    if (
        (_MINISTER.match(doc.title) or _MINISTER.match(subject))
        and not _mentions_province(province, title_and_lead)
        and not _WITH_THE_PROVINCE.search(title_and_lead)
    ):
        return False  # a minister's diplomacy abroad: the province only mentioned further down
    if (
        _is_capital(province)
        and not _names_province(province, title_and_lead)
        and (
            _MINISTER.match(doc.title)
            or _NATIONAL_LEADER.match(doc.title)
            or _NATIONAL_TALKS.search(doc.title)
            or (first and _national_subject(first[0]))
        )
    ):
        return False  # national diplomacy "tại Hà Nội": the capital is its seat, not its actor
    if (
        _NATIONAL_TALKS.search(doc.title)
        and first
        and _national_subject(first[0])
        and not _PROVINCIAL_ACTOR.search(doc.text)
    ):
        return False  # national talks held in a province ("tại thành phố Nha Trang"), no provincial role
    return dated or bool(_MEETING.search(doc.text)) or bool(_RECENT.search(head))


# A procedure told step by step ("Bước 1: ...", "Bước 2: ..."), and a leaders' schedule ("Lịch công tác tuần của
# Thường trực UBND tỉnh (từ ngày 11/3 đến 17/3/2019)"): guidance and plans, no activity reported.
_STEP = re.compile(r"(?m)^\s*Bước\s+(?:\d{1,2}|[IVX]{1,4})\s*[:.]")
# (or a procedure's page: "Trình tự, thủ tục đón tiếp đoàn khách nước ngoài ...", "Hướng dẫn thủ tục ...")
_SCHEDULE_TITLE = re.compile(
    r"^\s*(?:Lịch (?:công tác|làm việc)\b|(?:Hướng dẫn\s+)?(?:Trình tự|Thủ tục)(?:,\s*thủ tục)?\s+(?-i:[a-zđà-ỹ]))",
    re.IGNORECASE,
)


# A company's, a bank's or a school's own event ("Sáng 6/12, Công ty TNHH ... tổ chức lễ khai
# trương ..."): not the province's foreign affairs unless its leaders receive or meet someone.
# A lead's opening: the outlet's prefix, then a clause of time ("(LA) - Sáng 17/5, ").
_EVENT_OPENING = r"^(?:\([^()\n]{1,20}\)\s*[-–]\s*)?(?:[^,.]{0,40},\s*)?"
# A clause of place that is not the province's own house: "tại Khu công nghiệp Amata (TP.Biên Hòa), ...", "tại KCN Long
# Hậu (huyện Cần Giuộc, tỉnh Long An), ..." ("tại trụ sở UBND tỉnh, ..." is the province's)
_NOT_THE_PROVINCES_HOUSE = (
    r"(?:(?:tại|ở)\s(?![^,.]{0,60}(?:UBND|Ủy ban|Tỉnh ủy|Thành ủy|HĐND|Nhà khách|trụ sở|Trung tâm Hành chính))"
    r"(?:[^,.()]|TP\.|\([^()\n]{0,60}\)){0,80},\s*)?"
)
_COMPANY_EVENT = re.compile(
    # (after the lead's opening, a clause of place that is not the province's own house: "(LA) - Sáng
    # 17/5, tại Cụm công nghiệp Hòa Khánh Tây (huyện Đức Hòa), Công ty ... tổ chức lễ khánh thành";
    # "tại trụ sở UBND tỉnh, Trường Đại học X và UBND tỉnh tổ chức lễ ký kết" is the province's)
    _EVENT_OPENING
    + _NOT_THE_PROVINCES_HOUSE
    + r"(?:Công ty|Tập đoàn|Doanh nghiệp|Ngân hàng|Trường|Hệ thống|Cảng hàng không|Hiệp hội)\b"
    r"(?!(?:[^.]|TP\.){0,160}?(?:\svà|phối hợp với|cùng với)\s+(?:UBND|Ủy ban nhân dân|Sở|Tỉnh ủy|Thành ủy|tỉnh|thành phố))"
    # ("Công ty TNHH ... (vốn 100% Nhật Bản) tại Khu công nghiệp Amata (TP.Biên Hòa) đã tổ chức lễ kỷ niệm ...")
    # (or its goods shipped: "Công ty cổ phần Thủy sản ... (huyện Chợ Gạo, tỉnh Tiền Giang) đã xuất khẩu lô hàng cá tra fillet ...")
    r"(?:[^.]|TP\.){0,160}?(?:tổ chức|khai trương|khánh thành|ra mắt|công bố|đón|(?<=đã )xuất khẩu lô hàng)"
)
# ... or two businesses' signing: "Công ty CP ... và Tập đoàn Kasumi Logistics (Nhật Bản) đã ký kết biên bản ghi nhớ ..."
# (not one business's with the province, its zone's board or its promotion centre: those are no second business)
_BUSINESSES_SIGN = re.compile(
    _EVENT_OPENING
    + _NOT_THE_PROVINCES_HOUSE
    + r"(?:Công ty|Tập đoàn|Doanh nghiệp)\b"
    # (with the province a party too: "... đã ký kết với UBND tỉnh Bình Dương")
    r"(?!(?:[^.]|TP\.){0,240}?\s(?:với|và|cùng với)\s+(?:UBND|Ủy ban nhân dân|Sở|Tỉnh ủy|Thành ủy|tỉnh|thành phố|Ban Quản lý|"
    r"Trung tâm Xúc tiến)\b)"
    r"(?:[^.]|TP\.){0,120}?\s(?:và|với)\s+(?:Công ty|Tập đoàn|Doanh nghiệp|công ty|tập đoàn|hãng|Hãng)\b"
    r"(?:[^.]|TP\.){0,160}?(?:ký kết|ký (?:biên bản|thỏa thuận|hợp đồng))"
)
# ... or a foundation's gift at a school or a commune: "Quỹ Sakura Kids (Nhật Bản) phối hợp với Trường Tiểu học
# ... tổ chức lễ bàn giao" (not its talks or signing with the province: "Quỹ ... đã đón đoàn công tác tỉnh",
# "Quỹ ... tổ chức lễ ký kết ... với UBND tỉnh")
_FOUNDATION_GIFT = re.compile(
    _EVENT_OPENING + r"Quỹ\b"
    r"(?![^.]{0,200}?(?:UBND|Ủy ban nhân dân|đoàn (?:công tác|đại biểu)|lãnh đạo tỉnh|ký kết|hội đàm|làm việc))"
    r"[^.]{0,160}?(?:bàn giao|trao tặng|khánh thành|khởi công)"
)
# A headline that names one place, then a colon and what is said of it (not a pair of partners:
# "Sơn La - Hủa Phăn: Vun đắp tình đoàn kết đặc biệt").
_FEATURE_TITLE = re.compile(r"^[^:\n\-–—]{2,30}:\s")
# Vietnam's mission abroad holding its own event: "Đại sứ quán Việt Nam tại Đức tổ chức ..."
_MISSION_TITLE = re.compile(r"^(?:Đại sứ quán|Tổng Lãnh sự quán|Lãnh sự quán|Cơ quan đại diện) Việt Nam (?:tại|ở)\b")
# A headline whose subject is a company, and no provincial leader or body in the lead.
# (a deal or an opening of its own, not a visit the province receives: "Tập đoàn Lotte khảo sát
# đầu tư tại Thanh Hóa")
_COMPANY_TITLE = re.compile(
    # ("Hơn 40 doanh nghiệp Việt Nam tham gia Hội chợ ...", "Hiệp hội Doanh nghiệp tỉnh ... xúc tiến thương mại tại
    # Nhật Bản", "Trường ĐH Cần Thơ và Đại học Kagoshima ký kết ...": a business's or a school's own news)
    r"^(?:(?:Hơn|Gần|Nhiều|Các)\s+(?:\d+\s+)?)?(?:Doanh nghiệp|doanh nghiệp|Công ty|Tập đoàn|Ngân hàng|Hiệp hội|Trường|Đại học)\b"
    r"(?![^\n]*(?:khảo sát|làm việc|thăm|tiếp|chào|gặp|hội đàm))|"
    # (or a school receiving a school: "Trường Đại học Cần Thơ tiếp đoàn Đại học Kyushu (Nhật Bản)")
    r"^(?:Trường|Đại học|Học viện)\b[^\n]{0,80}?\s(?:tiếp|đón|làm việc với|hội đàm với)\s+(?:đoàn\s+(?:công tác\s+|đại biểu\s+)?)?"
    r"(?:của\s+)?(?:Trường|Đại học|Học viện|Viện)\b"
)
_DEPARTMENT_REPRESENTED = re.compile(r"(?<!\w)(?:đại diện|lãnh đạo|phối hợp với)\s+(?:các\s+)?Sở\s[^,;.\n]{0,60}")
# A body cited for what it counts: "Theo Sở Công Thương, ...", "Theo số liệu của Ban Quản lý các khu công nghiệp, ...".
_SOURCE_CITED = re.compile(r"(?<!\w)[Tt]heo (?:số liệu|báo cáo|thống kê)?(?: của)?\s*(?:Sở|UBND|Ban Quản lý|Cục)\b[^,.;\n]{0,60},")
# A business's export ceremony: "Hợp tác xã Sầu riêng Tân Phong phối hợp với Công ty ... tổ chức lễ xuất khẩu lô hàng ...".
_EXPORT_CEREMONY = re.compile(
    r"(?:Hợp tác xã|HTX|Công ty|Doanh nghiệp|Tập đoàn)\b[^.;\n]{0,150}?\blễ xuất (?:khẩu|hàng)\b"
)
# A headline that opens with a foreign locality: "Tỉnh Champasak (Lào) và tỉnh Ubon Ratchathani (Thái Lan) ...".
_FOREIGN_OPENING = re.compile(
    r"^(?:(?:[Tt]ỉnh|[Tt]hành phố|[Bb]ang|[Vv]ùng|[Cc]hâu)\s+)?(" + lexicon.UPPER + r"[\w'’-]*(?:\s+" + lexicon.UPPER + r"[\w'’-]*){0,3})"
)


def _opens_with_foreign_locality(title):
    m = _FOREIGN_OPENING.match(title)
    return bool(m) and known_abroad_prefix(m.group(1))


_PROVINCIAL_ACTOR = re.compile(
    # (a company's chairman is none: "Chủ tịch HĐQT Công ty Tân Phú Thịnh")
    r"UBND|HĐND|Ủy ban nhân dân|Tỉnh ủy|Thành ủy|(?i:lãnh đạo) (?:tỉnh|thành phố)|"
    # (nor an association's abroad: "Chủ tịch Hội đồng hương Nghệ An - Hà Tĩnh tại Hàn Quốc")
    r"Chủ tịch(?! nước| Quốc hội| HĐQT| Hội đồng quản trị| Hội đồng thành viên| Công ty| Tập đoàn| Hội đồng hương| Hội người Việt)|"
    r"(?<!Tổng )Bí thư|Sở \w|Giám đốc Sở|Ban Quản lý|Trung tâm Xúc tiến"
)
# ... or, anywhere in the article, the province acting as a whole: its leaders ("lãnh đạo chủ chốt
# của tỉnh", "lãnh đạo Thủ đô"), its delegation, its border guard or police, the province met or
# worked in ("làm việc với tỉnh Đắk Lắk", "khảo sát ... tại tỉnh Gia Lai"), the province as the
# subject ("tỉnh Kon Tum và tỉnh Attapeu (Lào) đã tổ chức hội đàm", "tỉnh Điện Biên kiến nghị"), a
# host ("Bình Phước đăng cai"). An article with none of these (a foreign NGO's gift to a school, a
# marathon's runners, an interview with a scholar) reports no activity of the province.
_PROVINCE_ACTS = re.compile(
    r"(?i:lãnh đạo)(?: chủ chốt)?(?: của)? (?:tỉnh|thành phố)|(?i:lãnh đạo|chính quyền) (?:Thủ đô|(?-i:[A-ZĐ]))|"
    r"(?i:đoàn (?:công tác|đại biểu)|phái đoàn)(?: của)? (?:tỉnh|thành phố|TP\b)|"
    r"Biên phòng (?:tỉnh|thành phố)|Bộ Chỉ huy|Công an (?:tỉnh|thành phố)|\bđăng cai\b|"
    # its deputies, its front and its friendship unions: "Đoàn ĐBQH tỉnh", "Liên hiệp các tổ chức hữu nghị tỉnh"
    r"ĐBQH|Đại biểu Quốc hội|Mặt trận Tổ quốc|MTTQ|(?i:liên hiệp các tổ chức hữu nghị|hội hữu nghị)|"
    # its mass organisations and border guard, abbreviated too: "Hội Liên hiệp Phụ nữ tỉnh", "BĐBP Quảng Trị"
    r"Hội Liên hiệp Phụ nữ|Tỉnh đoàn|Thành đoàn|Hội Nông dân|Hội Cựu chiến binh|Liên đoàn Lao động|BĐBP|Bộ đội Biên phòng"
)
# (a Vietnamese unit's name, read by _province_acts: not "từ thành phố Daegu và ...")
_UNIT_ACTS = re.compile(
    r"(?:với|tại|của) (?:UBND |lãnh đạo )?(?:tỉnh|thành phố|TP\.?) ?(?P<met>(?-i:[A-ZĐ])\w*(?: (?-i:[A-ZĐ])\w*){0,3})|"
    r"(?:Tỉnh|tỉnh|Thành phố|thành phố|TP\.?) ?(?P<acts>(?-i:[A-ZĐ])\w*(?: (?-i:[A-ZĐ])\w*){0,3})(?: \([^()\n]{1,20}\))? "
    # ("Bệnh viện Đa khoa tỉnh Khánh Hòa tiếp nhận ..." is no reception)
    r"(?:và|đã|cùng|với|tiếp(?! (?:nhận|tục|cận|theo|xúc))|đón|làm việc|hội đàm|thăm|tổ chức|kiến nghị|đề nghị|đề xuất|báo cáo)\b"
)


# (not a count of visitors: "Khánh Hòa đón hơn 3,2 triệu lượt khách")
_BARE_ACTS = (
    r"(?:báo cáo|kiến nghị|đề nghị|đề xuất|tiếp(?! nhận| tục)|đón(?!\s+(?:(?:hơn|gần|khoảng|trên)\s+)?\d)|tổ chức|ký|"
    r"làm việc|hội đàm|mong muốn)\b"
)
@cache
def _bare_name_patterns(name):
    """The province's bare name where it is met or worked in ("làm việc tại Cần Thơ", "đoàn xúc tiến đầu
    tư Bình Dương"), and as a subject that acts ("Bình Định báo cáo"), compiled once per name."""
    met = re.compile(
        r"(?:(?:làm việc|thăm|hội đàm|tiếp|đón|gặp|hội nghị)\b[^.;\n]{0,40}?\s(?:tại|với|ở)\s+|"
        r"(?i:đoàn)(?:\s+(?:công tác|đại biểu|cán bộ|lãnh đạo|xúc tiến(?:\s+\w+){0,3}))?(?:\s+của)?\s+)"
        + re.escape(name) + r"(?!\w)"
    )
    return met, re.compile(r"(?<![\w-])" + re.escape(name) + r"\s+(?:(?:đã|cũng)\s+)?" + _BARE_ACTS)


_ADDRESS_BEFORE = re.compile(r"(?:huyện|xã|phường|thị xã|thị trấn|quận)\s+[^,;.\n]{1,30},\s*(?:(?:tỉnh|thành phố)\s+)?$")


_AHEAD_BEFORE = re.compile(r"(?<!\w)(?:sẽ|dự kiến)\s+(?:\w+\s+){0,2}$")
# A foreign mission named with its country, right before "tại": "tổng lãnh sự Hoa Kỳ tại TP.HCM".
_MISSION_AT_BEFORE = re.compile(r"(?i:đại sứ|lãnh sự|tổng lãnh sự)(?: quán)?(?:\s+[^\s,.;]+){1,3}\s*$")


def _province_acts(text, province=None):
    """A leader, a body or a delegation of a Vietnamese province acts somewhere in ``text`` (or
    ``province`` is named without its unit word where it acts: "làm việc tại Cần Thơ", "Bình Định
    báo cáo", "đoàn xúc tiến đầu tư Bình Dương")."""
    if _PROVINCIAL_ACTOR.search(text) or _PROVINCE_ACTS.search(text):
        return True
    for name in province.names if province else ():
        met, acts = _bare_name_patterns(name)
        if met.search(text):
            return True
        for m in acts.finditer(text):
            if not _ADDRESS_BEFORE.search(text, max(0, m.start() - 70), m.start()):
                return True
    for m in _UNIT_ACTS.finditer(text):
        if m.group("acts") and _ADDRESS_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue  # "... Trường THCS Cam Thành, huyện Cam Lộ, tỉnh Quảng Trị tổ chức ...": an address's end
        if _AHEAD_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "Theo chương trình, ngày 27/7 ông sẽ thăm tỉnh Hà Nam và ...": a visit still ahead
        if m.group("met") and m.group(0).startswith("tại") and _MISSION_AT_BEFORE.search(text, max(0, m.start() - 50), m.start()):
            continue  # "ông Robert Hensley, tổng lãnh sự Hoa Kỳ tại TP.HCM, ... tham gia giải chạy": a mission's seat
        words = (m.group("met") or m.group("acts")).split()
        if any(lookup.resolve(" ".join(words[:k])) for k in range(len(words), 0, -1)):
            return True
    return False


_PROVINCIAL_HOST = re.compile(
    r"(?:UBND|Tỉnh ủy|Thành ủy|HĐND|Chủ tịch|Bí thư|Phó Chủ tịch|lãnh đạo tỉnh|lãnh đạo thành phố)"
    r"[^.]{0,80}?(?:tiếp|làm việc|hội đàm|hội kiến|chủ trì)"
)


# A job fair at home, for work abroad among others: "phiên giao dịch việc làm chuyên đề \"Nhật Bản – Hàn Quốc – Đài Loan\"" ...
_JOB_FAIR = re.compile(
    # (or counselling on work abroad: "ngày hội tư vấn đi làm việc tại Hàn Quốc", "hội nghị tư vấn xuất khẩu lao động")
    r"(?:phiên giao dịch|sàn giao dịch|ngày hội|hội chợ|hội nghị tư vấn)\s+(?:việc làm|tuyển dụng|tuyển sinh)|"
    r"(?:ngày hội|hội nghị|chương trình) tư vấn (?:đi làm việc|đi lao động|xuất khẩu lao động|du học)", re.IGNORECASE
)
# ... unless an envoy or a foreign body's delegation comes to it.
# (or one of a foreign body: "Cơ quan Phát triển nguồn nhân lực Hàn Quốc (HRD Korea)", a university abroad; or the fair only the
# occasion of a call: "nhân dịp tham dự Ngày hội việc làm, ông ... đã đến chào")
# (foreign places named only as where the jobs are: "làm việc tại các tỉnh Aichi, Gifu")
_WORKPLACE_ABROAD = re.compile(r"(?:làm việc|lao động|thực tập)\s+(?:tại|ở)\s[^.;\n]{0,60}?(?:tỉnh|thành phố|bang)\s", re.IGNORECASE)
_JOB_FAIR_GUESTS = re.compile(
    r"(?i:đại sứ|lãnh sự|đoàn (?:công tác|đại biểu)|cùng đoàn|đại diện (?:đại sứ quán|tổng lãnh sự quán|cơ quan|văn phòng)|"
    r"HRD|đại học|nhân dịp|bên lề|nhân chuyến|đến chào|hội đàm|tiếp và làm việc)"
)
# A visit put off or called off: "Tạm hoãn đón Đoàn công tác ...", "Hoãn chuyến thăm ...".
_CALLED_OFF = re.compile(
    r"^(?:Tạm hoãn|Hoãn|Hủy bỏ|Huỷ bỏ|Lùi thời gian)\s+(?:\S+\s+){0,3}?(?:chuyến|đoàn|đón|chương trình|kế hoạch)\b"
    # (not a headline that goes on to a meeting held: "Hoãn chuyến thăm Nhật Bản, ... tiếp Đại sứ")
    r"(?![^\n]*\b(?:tiếp|hội đàm|làm việc|ký kết|hội kiến)\b)",
    re.IGNORECASE,
)
# Businesses or their association at a fair ("Từ ngày 6 đến 10/3, Hiệp hội Du lịch tỉnh Quảng Nam cùng 6 doanh
# nghiệp ... đã tham gia Hội chợ Du lịch quốc tế ITB Berlin"), no body or delegation of the province with them.
_FAIR_BY_BUSINESS = re.compile(
    _EVENT_OPENING + r"(?:Hiệp hội|Doanh nghiệp|Các doanh nghiệp|Công ty)\b[^.]{0,160}?\btham (?:gia|dự) (?:Hội chợ|Triển lãm)"
)
# A department's or a centre's booth at a fair, and no foreign place, party or talks named: a fair at home.
_FAIR_BOOTH = re.compile(
    _EVENT_OPENING + r"(?:Sở|Trung tâm|Hiệp hội|Doanh nghiệp|Các doanh nghiệp|Công ty)\b[^.]{0,160}?\btham (?:gia|dự) "
    r"(?:Hội chợ|Triển lãm|Ngày hội|Hội nghị xúc tiến)"
)
# (a reception, not "trực tiếp giới thiệu", "tiếp tục")
_FAIR_TALKS = re.compile(
    r"hội đàm|hội kiến|làm việc với|(?<!trực )\btiếp\b(?! (?:tục|cận|nhận|thị|xúc))|ký kết|đoàn (?:công tác|đại biểu)", re.IGNORECASE
)
_PROVINCE_AT_FAIR = re.compile(
    r"UBND|Ủy ban nhân dân|Tỉnh ủy|Thành ủy|Sở \w|Phó Chủ tịch|Chủ tịch (?:UBND|tỉnh|thành phố)|(?i:lãnh đạo tỉnh|đoàn (?:công tác|đại biểu|xúc tiến))"
)
# A headline announcing an occasion still ahead (read only when no day of one is told).
# (an invitation or a notice: "Mời doanh nghiệp tham gia đoàn xúc tiến đầu tư của tỉnh tại Hàn Quốc", "Thông báo về việc ...")
_NOTICE_TITLE = re.compile(
    # ("Quảng Bình sắp tổ chức giao lưu hữu nghị với 3 tỉnh Lào")
    r"^(?:Sắp|Chuẩn bị|Mời(?!\s+gọi))\s|\b(?:sẽ|sắp)\s+(?:đăng cai|diễn ra|tổ chức)\b|^Thông cáo báo chí\b|^Thông báo (?:về việc|mời|tổ chức)\b",
    re.IGNORECASE,
)
# A lead that tells a plan: "Theo kế hoạch vừa được UBND tỉnh ban hành, Diễn đàn ... dự kiến diễn ra ...".
_PLAN_OPENS = re.compile(r"(?:^|[-–]\s*)Theo (?:kế hoạch|dự kiến|chương trình)\b")
# ... or that will receive or visit, when the lead tells it ahead too: "Đà Nẵng sẽ đón Đoàn ..." over "... sẽ sang thăm".
_WILL_RECEIVE_TITLE = re.compile(r"\bsẽ\s+(?:đón|thăm|cử đoàn)\b", re.IGNORECASE)
# The occasion told as still ahead: "Quảng Ngãi sẽ đăng cai Hội nghị ...", "dự kiến được tổ chức".
_AHEAD = re.compile(r"\bsẽ\b|dự kiến|sắp (?:tới|diễn ra|đến)|chuẩn bị (?:đón|tổ chức|đăng cai)", re.IGNORECASE)


def yet_to_come(doc, start_date, published):
    """The headline or the lead tells the occasion as still ahead, and its first day comes after
    the day the article was published: a notice, not a report of an activity (GUIDE.md)."""
    if not start_date and published and len(published) == 10 and (occasion := dates.occasion(doc)):
        # (a day without its year, left undated: "dự kiến diễn ra tại Đà Nẵng ngày 20-21/3" in a page of 10/2/2026 is ahead)
        day, month, year = occasion[1]
        if year is None and 1 <= month <= 12 and 1 <= day <= 31:
            start_date = f"{published[:4]}-{month:02d}-{day:02d}"
    if not (start_date and published and start_date > published):
        return False
    if _AHEAD.search(doc.title):
        return True
    lead = head_text(doc, 1)[len(doc.title) :]
    return bool(_AHEAD.search(lead)) and not _PAST.search(lead)


def looked_back(doc, start_date, published):
    """The headline or the lead looks back over years ("Hơn 10 năm kể từ khi ký kết ...", "Nhìn lại chặng đường ...")
    and the only occasion the article dates lies more than a year before its publication: a retrospective, no
    activity of its own (GUIDE.md)."""
    head = head_text(doc, 2)
    if not start_date:
        # (or it dates no occasion at all: "Nhân dịp kỷ niệm 60 năm ..., nhìn lại chặng đường hợp tác giữa tỉnh Điện Biên với
        # tỉnh Phongsaly, có thể thấy ..."; not one that tells a day of its own or an occasion held, however written: "Cuối
        # tuần qua, ... tổ chức Lễ kỷ niệm", "Ngày 15 tháng 9, ... đã tiếp")
        return (
            bool(_LOOKING_BACK.search(head)) and not _FRESH_DAY.search(head_text(doc, 3))
            and not _OCCASION_HELD.search(head_text(doc, 3))
        )
    if not (published and start_date[:4].isdigit() and published[:4].isdigit()):
        return False
    if (int(published[:4]) * 12 + int(published[5:7])) - (int(start_date[:4]) * 12 + int(start_date[5:7])) <= 12:
        return False
    # (not when the lead tells a fresh day too: "Sau 5 năm kể từ chuyến thăm ngày 10/3/2018 ..., chiều 15/9, Chủ tịch ...")
    return bool(_LOOKING_BACK.search(head)) and not _FRESH_DAY.search(head)


_FRESH_DAY = re.compile(
    r"(?<!\w)(?:(?:sáng|chiều|tối|trưa|ngày)\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?!\d)(?!\s*[/.-]\s*\d)|(?:sáng|chiều|tối|hôm) (?:qua|nay)|vừa qua|mới đây|"
    r"(?:cuối\s+)?tuần\s+(?:qua|trước)|(?:sáng|chiều|tối|trưa|ngày)\s+\d{1,2}\s+tháng\s+\d{1,2}|hôm\s+\d{1,2}\s*/|nhân chuyến (?:thăm|công tác))",
    re.IGNORECASE,
)
# An occasion held or a guest received, told in the lead: "... đã tiếp ...", "... tổ chức Lễ kỷ niệm ...".
_OCCASION_HELD = re.compile(
    r"(?<!\w)(?:đã\s+(?:tiếp|hội đàm|hội kiến|làm việc|có buổi|sang thăm|đến thăm|thăm và làm việc)|"
    r"(?:tổ chức|chủ trì)\s+(?:trọng thể\s+|long trọng\s+)?(?:lễ|hội nghị|buổi|cuộc|hội thảo|tọa đàm|chương trình))(?!\w)",
    re.IGNORECASE,
)
# A look back over the years: "Hơn 10 năm kể từ khi ...", "Một thập kỷ bền chặt", "Nhìn lại chặng đường đã qua".
_LOOKING_BACK = re.compile(
    r"(?<!\w)(?:nhìn lại chặng đường|chặng đường \d+ năm|(?:hơn|gần|tròn|suốt|sau)\s+\d+\s+năm(?:\s+(?:qua|kể từ)|,)|kể từ khi ký kết|"
    r"\d+ năm nhìn lại|nhìn lại \d+ năm|"
    r"(?:một|hai|ba) thập (?:kỷ|niên)\b)",
    re.IGNORECASE,
)


# A lead that tells of something done: "Chiều qua, ... đã tiếp ...".
_PAST = re.compile(r"\bđã\b|\bvừa\b|\b(?:sáng|chiều|tối|hôm) qua\b|\b(?:sáng|chiều|tối|hôm) nay\b", re.IGNORECASE)


# One Vietnamese province's delegation at another's: "UBND tỉnh Lâm Đồng tiếp đoàn công tác tỉnh
# Hậu Giang", "Đoàn công tác tỉnh Sơn La học tập kinh nghiệm tại Kiên Giang".
_HOME_DELEGATION = re.compile(
    # (of its council or committee: "Đoàn công tác HĐND tỉnh Sơn La", "Đoàn công tác Thường trực HĐND tỉnh ...")
    r"(?i:đoàn (?:công tác|đại biểu|cán bộ))(?: cấp cao| liên ngành)?(?: của)?(?: (?:Thường trực )?(?:HĐND|UBND|Tỉnh ủy))?"
    r" (?=(?i:tỉnh|thành phố|TP\.?) ?(?-i:"
    + lexicon.UPPER + r"))"
)
# A foreign head's title: "Phó Thống đốc vùng Primorsky", "Phó Tỉnh trưởng Vixay Sengsouly".
# Vietnam's own regions ("vùng Đồng bằng sông Cửu Long", "vùng Tây Nguyên"), no foreign region's.
_VN_REGIONS = (
    r"(?:Đồng bằng sông|Tây Bắc|Đông Bắc|Tây Nguyên|Đông Nam Bộ|Tây Nam Bộ|(?:Bắc|Nam) Trung Bộ|Duyên hải|Trung du|"
    r"Thủ đô|Kinh tế trọng điểm)(?!\w)"
)
_FOREIGN_TITLE = re.compile(
    r"Thống đốc|Tỉnh trưởng|Thị trưởng|Đô trưởng|Châu trưởng|" + _ENVOY_WORD + r"|Lãnh sự|Khu tự trị|Chính phủ [Nn]hân dân|"
    r"\bvùng (?!" + _VN_REGIONS + r")(?-i:" + lexicon.UPPER + r")|\bbang (?-i:" + lexicon.UPPER + r")|\btỉnh bang\b",
    re.IGNORECASE,
)


# Vietnam's own envoy abroad: "Đại sứ Việt Nam tại Lào Nguyễn Thành Lâm đã có chuyến thăm ...".
_OWN_ENVOY = re.compile(
    # (or with no seat written: "Đại sứ Việt Nam làm việc với lãnh đạo tỉnh Gyeonggi")
    r"(?:Đại sứ|Tổng Lãnh sự|Lãnh sự)(?: quán)? Việt Nam (?:(?:tại|ở) |(?:làm việc|thăm|gặp|hội kiến|chào)\b)"
)
_NAME_BEFORE = re.compile(r"(?-i:" + lexicon.UPPER + r")\w*\s+(?-i:" + lexicon.UPPER + r")\w*\s+$")
# A language, or a product's origin, before a country names no side: "tiếng Nhật", "sức ép lớn từ tôm Ecuador giá rẻ".
_NO_SIDE_BEFORE = re.compile(r"\b(?:tiếng|Tiếng|tôm|gạo|cà phê|hạt điều|sầu riêng|thanh long|nông sản|thủy sản) $")


@cache
def _organisations_or_capitals():
    return re.compile(
        lexicon.alternation("international_organizations") + r"|(?<![\w-])(?:" + capitals_pattern() + r")(?![\w-])"
    )


def _foreign_party_named(text, central=True):
    """A foreign party in ``text``: a country, a locality abroad the gazetteer knows, a foreign
    head's title, an international organisation, a central body (unless ``central`` is false) or a
    foreign capital."""
    return bool(
        # (not a language, "thí sinh dự thi tiếng Nhật, tiếng Pháp", nor a person's given name after his
        # family and middle names, "Thứ trưởng Trần Minh Đức")
        any(
            not _NO_SIDE_BEFORE.search(text, max(0, m.start() - 12), m.start())
            and not _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start())
            for m in country_rx().finditer(text)
        )
        or (central and central_rx().search(text))
        or _FOREIGN_TITLE.search(text)
        or _organisations_or_capitals().search(text)
        or mentions_abroad(text)
    )


def _no_foreign_side(text, words):
    """Neither ``words`` (a topic or an exchange) nor a foreign party stands in ``text``."""
    return not (words.search(text) or _foreign_party_named(text))


# The province's meeting with its own departments, and the guests or the work abroad that would make it foreign affairs.
_OWN_BODIES_MEETING = re.compile(
    r"(?:tổ chức|chủ trì)\s+(?:cuộc\s+|buổi\s+)?(?:họp|làm việc)\s+với\s+(?:lãnh đạo\s+)?(?:các\s+)?(?:sở|ngành|sở,\s*ngành)\b"
)
_GUESTS_IN_VIEW = re.compile(r"đoàn|đại sứ|lãnh sự|nước ngoài|quốc tế|chuyến thăm|hội nghị xúc tiến", re.IGNORECASE)
# The words of foreign-affairs work, and of a friendship between places.
_AFFAIRS_WORDS = r"đối ngoại|ngoại vụ|ngoại giao|hữu nghị|kết nghĩa|đại sứ|lãnh sự"
# Words of foreign affairs that a domestic exchange may be about ("trao đổi kinh nghiệm công tác
# đối ngoại"): such a meeting is the provinces' foreign-affairs work, not a study tour.
_AFFAIRS_TOPIC = re.compile(
    _AFFAIRS_WORDS + r"|biên giới|kiều bào|người Việt(?: Nam)? ở nước ngoài|phi chính phủ|hội nhập|đoàn ra|đoàn vào|"
    r"thỏa thuận quốc tế|lễ tân",
    re.IGNORECASE,
)


# A ministry of home affairs at work with the province: "đoàn công tác Bộ Nội vụ do Thứ trưởng ... làm việc với UBND tỉnh
# về tiến độ sắp xếp đơn vị hành chính" (not one on foreign workers, aid or a border: its topic says so).
# A national leader's working session on home affairs: "Thủ tướng Chính phủ ... cùng đoàn công tác của Chính phủ đã làm việc
# với Ban Thường vụ Tỉnh ủy Đắk Lắk về tình hình kinh tế - xã hội" (not one on foreign affairs or the border: its topic says so).
_HOME_LEADER = re.compile(
    r"^(?:[^\n]{0,100}?[,:]\s*)?(?:Phó\s+)?Thủ tướng(?: Chính phủ)?(?:\s+(?-i:[A-ZĐ])[^.;\n]{0,120}?)?\s+(?:đã\s+)?(?:có buổi\s+)?"
    r"làm việc\s+(?:với|tại)\b",
    re.MULTILINE,
)
_HOME_MINISTRY = re.compile(
    # (or a body of a minister's rank on home affairs: "Đoàn công tác của Ủy ban Dân tộc do Thứ trưởng ...")
    r"(?i:đoàn (?:công tác|kiểm tra|giám sát|khảo sát))(?: của)? (?:Ủy ban Dân tộc|Thanh tra Chính phủ|Kiểm toán Nhà nước|"
    r"Bảo hiểm xã hội Việt Nam)(?!\w)|"
    # (or the Party's central boards on its own work: "Đoàn công tác của Ban Tổ chức Trung ương ... về công tác chuẩn bị nhân sự
    # Đại hội"; on external information its topic names it)
    r"(?i:đoàn (?:công tác|kiểm tra|giám sát|khảo sát))(?: của)? (?:Ban (?:Tổ chức|Nội chính|Kinh tế|Tuyên giáo|Dân vận|"
    r"Tuyên giáo và Dân vận|Chính sách, chiến lược) Trung ương|Ủy ban Kiểm tra Trung ương)(?!\w)|"
    r"(?i:đoàn (?:công tác|kiểm tra|giám sát|khảo sát))(?: của)? Bộ (?:Nội vụ|Y tế|Tài chính|Giáo dục và Đào tạo|Xây dựng|"
    r"Giao thông vận tải|Tài nguyên và Môi trường|Nông nghiệp và (?:Phát triển [Nn]ông thôn|Môi trường)|Tư pháp|Công an|"
    r"Khoa học và Công nghệ|Thông tin và Truyền thông|Văn hóa, Thể thao và Du lịch|"
    # (trade and industry on power supply or the home market; on border trade or exports its topic names them)
    r"Công Thương)(?!\w)"
)


# A national mass organisation's delegation: "đoàn công tác của Tổng LĐLĐVN ... về công tác chăm lo Tết cho đoàn viên".
_HOME_MASS_ORGANISATION = re.compile(
    r"(?i:đoàn (?:công tác|kiểm tra|giám sát|khảo sát))(?: của)? (?:Tổng (?:Liên đoàn Lao động Việt Nam|LĐLĐ ?VN)|"
    r"Trung ương Hội (?:Liên hiệp Phụ nữ|LHPN|Nông dân|Cựu chiến binh) Việt Nam|Trung ương Đoàn)(?!\w)"
)


def _domestic_mass_organisation(title_and_lead, lead_two):
    """The headline and the lead report a national mass organisation's delegation at work with the province, with no
    foreign party or foreign-affairs topic named in them, nor among those who come with it in the next sentence (the donor
    it brings along: "Cùng đi có đại diện Cơ quan Hợp tác Quốc tế Hàn Quốc (KOICA)"), nor a foreign-affairs topic there."""
    if not (_HOME_MASS_ORGANISATION.search(title_and_lead) and _no_foreign_side(title_and_lead, _AFFAIRS_TOPIC)):
        return False
    # ("hai bên thống nhất phối hợp tổ chức Chương trình giao lưu hữu nghị thanh niên Việt Nam - Lào ...": a topic there)
    return not any(
        (_ACCOMPANYING.match(s) and not _no_foreign_side(s, _AFFAIRS_TOPIC)) or _AFFAIRS_TOPIC.search(s) for s in lead_two[1:2]
    )


# A force's own day: "Lễ kỷ niệm 66 năm Ngày truyền thống Bộ đội Biên phòng", "Ngày Biên phòng toàn dân".
_FORCE_DAY = re.compile(
    r"kỷ niệm\s+\d+\s+năm\s+(?:Ngày\s+)?(?:truyền thống|thành lập)\s+(?:lực lượng\s+)?(?:Bộ đội Biên phòng|Biên phòng|"
    r"Quân đội nhân dân|Công an nhân dân|Quân khu|Bộ Chỉ huy)|Ngày Biên phòng toàn dân|"
    # (or its programme for the border villages: "Xuân Biên phòng ấm lòng dân bản")
    r"Xuân Biên phòng ấm lòng dân bản",
    re.IGNORECASE,
)
_FRIENDSHIP_WORDS = re.compile(_AFFAIRS_WORDS + r"|kết nghĩa|song phương", re.IGNORECASE)


def _force_day(title_and_two, wide):
    """The headline and the lead's two sentences report a force's own anniversary (the Border Guard's day, the army's),
    and neither a foreign party nor a friendship or foreign-affairs word is named in the story's opening (``wide``: the
    foreign guests may come after the home ones): a ceremony at home, its border no topic."""
    return bool(_FORCE_DAY.search(title_and_two)) and not _FRIENDSHIP_WORDS.search(wide) and not _foreign_party_named(
        wide, central=False
    )


_ACCOMPANYING = re.compile(r"\s*(?:Cùng đi|Đi cùng|Tham dự|Cùng dự|Cùng tham dự|Tham gia đoàn)\b")


def _domestic_ministry(text):
    """The headline and the lead report a home ministry's delegation (or the Prime Minister's) at work with the province,
    with no foreign party or foreign-affairs topic named in them (for the Prime Minister, no foreign word, firm or name
    either, and Vietnam's own: "... làm việc với tỉnh Bắc Ninh và Tập đoàn Samsung", not "Thủ tướng Hun Manet ...")."""
    if _HOME_MINISTRY.search(text) and _no_foreign_side(text, _AFFAIRS_TOPIC):
        return True
    leader = _HOME_LEADER.search(text)
    if not leader or not _no_foreign_side(text, _AFFAIRS_TOPIC) or _FOREIGN_AFFAIRS.search(text):
        return False
    # (Vietnam's Prime Minister: named with a Vietnamese family name, or not named; not "Thủ tướng Hun Manet")
    named = re.search(r"Thủ tướng(?: Chính phủ)?\s+(?!Chính phủ)((?-i:[A-ZĐ])\w*)", leader.group(0))
    return not named or surnames_list.is_family_name(named.group(1))


_STYLE_OF_COUNTRY = re.compile(r"(?<!\w)(?:theo\s+)?(?:phong cách|kiểu|lối)\s+(?:Nhật Bản|Nhật|Hàn Quốc|Hàn|Pháp|Âu|châu Âu|Mỹ|Singapore|Thái)(?!\w)")


def _domestic_visit(text):
    """The headline and the lead report one Vietnamese province's delegation received by, or
    visiting, another, with no foreign party, no central body and no foreign-affairs topic:
    a study tour or a twinning at home (GUIDE.md: no foreign-affairs activity)."""
    # (a department's own delegation too: "đoàn công tác Sở Ngoại vụ tỉnh Kon Tum ... học tập kinh nghiệm tại Sở
    # Ngoại vụ thành phố Đà Nẵng" on administrative reform; the department's name is no foreign-affairs topic)
    # (or with its province's bare name: "đoàn công tác Sở Ngoại vụ Hà Tĩnh ... học tập kinh nghiệm tại tỉnh Quảng Ninh")
    text = _DEPARTMENT_DELEGATION.sub(r"\g<1> ", _DEPARTMENT.sub("Sở", text))
    text = _DEPARTMENT_BARE_NAME.sub(r"\g<1> tỉnh ", text)
    # (a country named only as a style: "khu dân cư theo phong cách Nhật Bản", "mô hình kiểu Hàn Quốc")
    text = _STYLE_OF_COUNTRY.sub(" ", text)
    delegation = _HOME_DELEGATION.search(text)
    if not delegation:
        return False
    # the delegation's own unit is a Vietnamese one ("đoàn công tác tỉnh Bolikhamxay" is not)
    own = [unit for s, _e, unit in lookup.find_all(text[delegation.end() : delegation.end() + 60]) if s == 0]
    if not own:
        return False
    units = {unit.code for _s, _e, unit in lookup.find_all(text)} - {own[0].code}
    if not units:
        return False
    return _no_foreign_side(text, _AFFAIRS_TOPIC)


# Investment promoted at home: "UBND tỉnh Hậu Giang tổ chức Hội nghị xúc tiến đầu tư năm 2018" ...
_PROMOTION = re.compile(r"xúc tiến (?:đầu tư|thương mại)", re.IGNORECASE)
# ... unless it speaks of investors or markets from abroad.
_ABROAD_WORDS = re.compile(_AFFAIRS_TOPIC.pattern + r"|quốc tế|nước ngoài|ngoài nước|FDI|ngoại|xuất khẩu", re.IGNORECASE)


def _domestic_promotion(text):
    """The headline and the lead report the province promoting investment or trade at home, with no
    investor, market or party from abroad named in them: the economy's work, not foreign affairs."""
    return bool(_PROMOTION.search(text)) and _no_foreign_side(text, _ABROAD_WORDS)


# Two Vietnamese localities' pact: "Đà Nẵng và Kon Tum ký kết chương trình hợp tác giai đoạn 2024 - 2030".
_PACT_TITLE = re.compile(r"\s(?:và|với|-|–)\s[^\n]{0,40}?\b(?:ký kết|ký|hợp tác|kết nghĩa)\b", re.IGNORECASE)


def _domestic_pact(text):
    """The headline pairs two Vietnamese provinces in a pact or a cooperation of theirs, and neither it nor the
    lead names a foreign party or foreign-affairs work (GUIDE.md: no foreign-affairs activity)."""
    title = text.split("\n", 1)[0]
    units = {unit.code for _s, _e, unit in lookup.find_all(title)}
    return len(units) >= 2 and bool(_PACT_TITLE.search(title)) and _no_foreign_side(text, _AFFAIRS_TOPIC)


# A festival, a show or a sports competition named in the headline: "Khai mạc Giải bóng chuyền
# nữ quốc tế Cúp Hùng Vương", "Rộn ràng Lễ hội Oóc Om Bóc".
_SPECTACLE_TITLE = re.compile(
    r"(?:^|\s)(?:Giải (?i:bóng|cầu lông|quần vợt|golf|việt dã|chạy|đua|vô địch|cờ|bơi|võ|xe đạp|marathon|thể thao)|"
    r"[Ll]ễ hội|Festival|[Ll]iên hoan|[Hh]ội thi|[Hh]ội diễn|[Mm]arathon|[Đđ]ua ghe|[Đđ]ua thuyền|"
    # (an event named in English: "Khai mạc \"Mekong Smart Farming Day 2025\"", "Ngày hội khởi nghiệp")
    r"[Nn]gày hội|[A-Z][a-z]+ (?:Day|Fest|Week|Show)\b|"
    # tourists brought in: "đón tàu biển du lịch quốc tế với gần 2.500 du khách"
    r"đón (?:tàu (?:biển )?du lịch|chuyến tàu|chuyến bay|đoàn khách du lịch|du khách|khách du lịch)|"
    # (the year's first visitors: "Khánh Hòa đón những vị khách quốc tế đầu tiên của năm 2026")
    r"đón (?:những |các )?(?:vị )?(?:khách|du khách)(?: du lịch)?(?: quốc tế| nước ngoài)? (?:đầu tiên|xông đất)|"
    # a count of visitors: "Khách quốc tế đến Đà Lạt dịp Tết tăng mạnh"
    r"^(?:[Kk]hách|[Dd]u khách|[Ll]ượt khách)(?: du lịch)?(?: quốc tế| nước ngoài)? (?:đến|tới))(?!\w)"
)
# ... unless it is one of foreign affairs: a friendship exchange, a delegation, an envoy.
_EXCHANGE = re.compile(_AFFAIRS_WORDS + r"|giao lưu|đoàn (?:đại biểu|công tác)|hợp tác|hội đàm|tiếp", re.IGNORECASE)


def _spectacle(text):
    """The headline names a festival, a show or a sports event and neither it nor the lead
    speaks of a foreign party or of foreign-affairs work: a cultural or sports news item, not
    a foreign-affairs activity, however many foreign teams or tourists come."""
    title = text.split("\n", 1)[0]
    # (the countries its runners, teams or artists come from are no foreign side: "gần 500 vận động viên quốc tế
    # đến từ 25 quốc gia và vùng lãnh thổ như Kenya, Nhật Bản, ...")
    return bool(_SPECTACLE_TITLE.search(title)) and _no_foreign_side(_PARTICIPANTS_FROM.sub(" ", text), _EXCHANGE)


_PARTICIPANTS_FROM = re.compile(
    r"(?:vận động viên|VĐV|đội tuyển|các đội|đội bóng|tay đua|kỳ thủ|nghệ sĩ|nghệ nhân|du khách|thí sinh|doanh nghiệp lữ hành)"
    # (up to the next party named: "... đến từ các huyện biên giới và đoàn đại biểu tỉnh Phông Sa Lỳ")
    r"[^.;\n]{0,60}?\bđến từ\b(?:(?!\svà\s+(?:đoàn|lãnh đạo|các đoàn))[^.;\n])*|"
    # (nor the flag a ship flies: "tàu du lịch biển Celestia Voyager (treo cờ Malta)", "(quốc tịch Malta)")
    r"(?:(?:treo|mang) cờ|quốc tịch)\s+(?-i:[A-ZĐ])\w*(?:\s+(?-i:[A-ZĐ])\w*){0,3}",
    re.IGNORECASE,
)


# Its leaders' visit or Tết greetings to its own border guards, soldiers or people: "Bí thư Tỉnh ủy thăm, chúc
# Tết cán bộ, chiến sĩ biên phòng và người dân khu vực biên giới".
_HOME_VISIT_TITLE = re.compile(
    # (a post named with its capital: "Chủ tịch UBND tỉnh thăm, chúc Tết Đồn Biên phòng Cửa khẩu quốc tế Ma Lù Thàng")
    r"\b(?:thăm|chúc [Tt]ết|tặng quà)\b[^\n]{0,40}?\b(?:cán bộ, chiến sĩ|chiến sĩ|[Bb]ộ đội|lực lượng|[Đđ]ồn|người dân|nhân dân|"
    r"hộ nghèo|gia đình chính sách|đồng bào|học sinh|"
    # (or the Vietnamese who once served abroad: "thăm, tặng quà cựu quân tình nguyện, chuyên gia Việt Nam tại Lào")
    r"cựu quân tình nguyện|quân tình nguyện|cựu chiến binh|cựu chuyên gia|thương binh)\b|"
    # (or receives them: "Chủ tịch UBND tỉnh tiếp đoàn đại biểu người có uy tín huyện Chư Prông")
    r"\btiếp\b[^\n]{0,40}?\b(?:người có uy tín|già làng|trưởng thôn|trưởng bản|đồng bào dân tộc)\b"
)
# (a border gate's "quốc tế" names no foreign side)
_GATE_NAME = re.compile(r"cửa khẩu quốc tế", re.IGNORECASE)
# (nor the neighbour a commune borders on: "xã biên giới có đường biên giới tiếp giáp với tỉnh Ratanakiri (Campuchia)")
# (not "giáp biên", the border area, nor "giáp Tết", just before Tết: "sang chúc Tết chính quyền các bản giáp biên thuộc ...")
_BORDERS_ON = re.compile(
    r"(?<!\w)(?:(?:tiếp giáp|giáp ranh)\s+(?:với\s+)?|giáp\s+(?:với\s+|(?=(?:tỉnh|huyện|nước|thành phố|bang|châu)\s)|(?=(?!Tết)(?-i:"
    + lexicon.UPPER + r"))))[^,.;\n]{0,80}"
    # (and the units it lies in after commas: "giáp huyện Kim Bình, châu Hồng Hà, tỉnh Vân Nam (Trung Quốc)")
    r"(?:,\s*(?:huyện|châu|tỉnh|thành phố|thị xã|bang|khu tự trị)\s[^,.;\n]{1,60})*"
)
# Workers trained at home before they go abroad: "Khai giảng lớp tiếng Hàn cho người lao động đi làm việc tại Hàn Quốc".
_LABOUR_CLASS_TITLE = re.compile(
    r"\b(?:khai giảng|bế giảng|lớp|khóa|tập huấn|bồi dưỡng|đào tạo|thi tuyển|kiểm tra tiếng)\b[^\n]{0,60}?\b(?:người lao động|lao động)\b"
    r"[^\n]{0,30}?\b(?:đi làm việc|sang làm việc|làm việc (?:tại|ở)|xuất cảnh|ở nước ngoài|tại nước ngoài|có thời hạn)\b",
    re.IGNORECASE,
)

# ... not a meeting with someone: "Lãnh đạo tỉnh tiếp đoàn ... tại lễ khai giảng lớp ...".
_LABOUR_CLASS_MEETS = re.compile(r"\b(?:đoàn|tiếp|hội đàm|làm việc với|ký kết)\b", re.IGNORECASE)


@cache
def _where_workers_go():
    """Where the workers will work, no party to it: "đi làm việc tại Hàn Quốc", "xuất cảnh sang Nhật Bản", "Chương trình ...
    của Hàn Quốc (EPS)" (a locality or a guest named there is a party: "làm việc thời vụ tại huyện Goesan")."""
    country = country_rx().pattern
    return re.compile(
        r"(?:(?:đi|sang)\s+)?(?:làm việc|lao động)(?:\s+thời vụ)?\s+(?:tại|ở)\s+(?:nước ngoài|" + country + r")(?!\w)|"
        r"xuất cảnh(?:\s+(?:sang|đi)\s+(?:" + country + r")(?!\w))?|(?:sang|đi)\s+(?:" + country + r")\s+làm việc|"
        r"chương trình[^.;,\n]{0,80}?của\s+(?:" + country + r")(?:\s*\([A-Z ]{2,12}\))?",
        re.IGNORECASE,
    )
# Talks or the neighbours' new year ("chúc Tết Bunpimay lãnh đạo và nhân dân tỉnh ..."): a foreign side after all.
_EXCHANGE_ABROAD = re.compile(
    r"hội đàm|hội kiến|giao lưu|hữu nghị|nước bạn|tỉnh bạn|hai nước|bên kia biên giới|Bun ?pi ?may|Bun-pi-may|Chôl Chnăm|"
    r"Chol Chnam|Tết cổ truyền (?:của )?(?:Lào|Campuchia)|đoàn (?:đại biểu|công tác) (?:tỉnh|huyện|thành phố) (?-i:[A-Z])",
    re.IGNORECASE,
)


def _visit_at_home(doc, title_and_lead):
    """The headline reports a visit or greetings to the province's own soldiers or people, and neither it,
    the lead nor the next two sentences name a foreign party or talks (the border it guards is no foreign
    side; the neighbours met after the visit to the post are: "Sau đó, đoàn đã gặp gỡ Bí thư huyện Ma Lật Pha")."""
    title = title_and_lead.split("\n", 1)[0]
    # (the veterans' service abroad, which the next sentences recall, is no party either: "bày tỏ lòng biết ơn ... những năm
    # tháng làm nhiệm vụ quốc tế trên đất bạn Lào")
    later = [s.text for s in body_sentences(doc)[1:3]]
    if _VETERANS.search(title):
        later = [_SERVICE_ABROAD.sub(" ", s) for s in later]
    wide = "\n".join([title_and_lead, *later])
    return bool(_HOME_VISIT_TITLE.search(title)) and _no_foreign_side(
        _PARTNER_FORCES.sub(" ", _FRIENDSHIP_NAMED.sub(" ", _BORDERS_ON.sub(" ", _GATE_NAME.sub("cửa khẩu", wide)))), _EXCHANGE_ABROAD
    )


# A home department's course for the foreign-invested firms of the province: "Sở Lao động ... phối hợp với Ban Quản lý các khu
# công nghiệp tỉnh tổ chức hội nghị tập huấn, phổ biến pháp luật lao động ... cho ... các doanh nghiệp có vốn đầu tư nước ngoài".
_FIRMS_TRAINED = re.compile(
    r"(?:tập huấn|phổ biến(?:,?\s+hướng dẫn)?|bồi dưỡng|hướng dẫn)\b[^.;\n]{0,120}?\bcho\b[^.;\n]{0,60}?doanh nghiệp\s+"
    r"(?:có\s+vốn\s+)?(?:đầu tư\s+(?:trực tiếp\s+)?nước ngoài|FDI)",
    re.IGNORECASE,
)


def _firms_trained(title_and_lead):
    """The headline and the lead report a course the province's bodies give foreign-invested firms at home, no foreign
    party or foreign-affairs work named: business at home, not foreign affairs."""
    return bool(_FIRMS_TRAINED.search(title_and_lead)) and _no_foreign_side(_FIRMS_TRAINED.sub(" ", title_and_lead), _AFFAIRS_WORDS_RX)


_AFFAIRS_WORDS_RX = re.compile(_AFFAIRS_WORDS, re.IGNORECASE)


# The post's routine work with the neighbour's forces, told in its report: "phối hợp chặt chẽ với lực lượng chức năng nước bạn
# Lào tại cửa khẩu Đen-sa-vẳn tuần tra" (no party to the visit).
_PARTNER_FORCES = re.compile(
    r"(?:phối hợp|cùng)(?:\s+chặt chẽ)?\s+với\s+(?:các\s+)?lực lượng(?:\s+chức năng|\s+bảo vệ biên giới|\s+biên phòng)?\s+"
    r"(?:của\s+)?(?:nước bạn|phía bạn|bạn)\s+\w+"
)


# The National Assembly's session, its deputies of the provinces asking the Government: national business ("Sáng 2/6,
# tiếp tục chương trình Kỳ họp thứ 5, Quốc hội khóa XV thảo luận ở hội trường ...").
# (not a meeting held on its sidelines: "Bên lề Kỳ họp thứ 8, Quốc hội khóa XV, Bí thư Tỉnh ủy ... tiếp Đại sứ ...")
_ASSEMBLY_DEBATE = re.compile(
    r"(?<!lề )Kỳ họp thứ [^,.;\n]{1,20}?,?\s+Quốc hội khóa [XVI]+\s+(?:đã\s+|tiếp tục\s+)?thảo luận|"
    r"(?<!\w)Quốc hội(?: khóa [XVI]+)?\s+(?:đã\s+|tiếp tục\s+)?thảo luận (?:ở|tại) (?:hội trường|tổ)(?!\w)"
)
# A rule passed or issued: "HĐND tỉnh ... thông qua nghị quyết quy định chế độ chi đón tiếp khách nước ngoài".
_REGULATION_PASSED = re.compile(
    r"(?:thông qua|ban hành)\s+(?:các\s+)?(?:[Nn]ghị quyết|[Qq]uyết định|[Qq]uy chế|[Qq]uy định)(?!\w)"
)
_SERVICE_ABROAD = re.compile(
    r"(?:trên\s+)?đất bạn\s+[^\W\d_]+|nhiệm vụ quốc tế|(?:mối\s+)?(?:quan hệ|tình)\s+hữu nghị[^,.;\n]*|đoàn kết đặc biệt[^,.;\n]*|"
    # (where they once fought or served: "Nhiều người từng chiến đấu tại tỉnh Kampong Cham (Campuchia)")
    r"(?:từng|đã)\s+(?:chiến đấu|công tác|làm nhiệm vụ|phục vụ)\s+(?:tại|ở|trên)\s+[^.;\n]{0,60}",
    re.IGNORECASE,
)
_VETERANS = re.compile(r"\b(?:cựu quân tình nguyện|quân tình nguyện|cựu chiến binh|cựu chuyên gia|thương binh)\b")
# A friendship named as a body or a treaty, no exchange: "Hội Hữu nghị Việt Nam – Lào tỉnh", "kỷ niệm 44 năm Ngày ký Hiệp
# ước Hữu nghị và Hợp tác Việt Nam – Lào".
# (and where the veterans visited once served: "chuyên gia Việt Nam từng công tác tại Lào")
_FRIENDSHIP_NAMED = re.compile(
    r"(?:Hội|Liên hiệp các tổ chức|Hiệp ước)\s+[Hh]ữu nghị(?:\s+và\s+[Hh]ợp tác)?(?:\s+Việt Nam\s*[-–]\s*[^\W\d_]+)?|"
    r"(?:quân tình nguyện|chuyên gia)(?:\s+Việt Nam)?(?:\s+(?:từng|đã)\s+(?:công tác|làm nhiệm vụ|chiến đấu))?"
    r"\s+(?:tại|ở|bên|giúp)\s+(?:nước bạn\s+)?(?-i:[A-ZĐ][^\W\d_]*)"
)


# An air route opened: "Khai trương đường bay thẳng Busan - Phú Quốc" ...
_ROUTE_TITLE = re.compile(r"(?:^|\s)(?:[Kk]hai trương|[Kk]hai thác|[Mm]ở lại|[Mm]ở|[Đđ]ón) (?:đường bay|tuyến bay|chuyến bay)(?!\w)")
# ... and its ends and its flights, no foreign side: "chuyến bay đầu tiên từ thành phố Busan (Hàn Quốc) đã hạ cánh ..."
_ROUTE_PHRASE = re.compile(r"(?:đường bay|tuyến bay|chuyến bay|hãng hàng không|hãng bay)(?!\w)[^.;\n]{0,80}", re.IGNORECASE)
# ... with no one of rank nor a delegation on board: "cùng Đại sứ Ấn Độ ...", "trên chuyến bay có đoàn đại biểu tỉnh ..."
_ON_BOARD = re.compile(r"\b(?:[Đđ]oàn|Đại sứ|Lãnh sự|Thị trưởng|Tỉnh trưởng|Thống đốc|Bộ trưởng|Thứ trưởng|Chủ tịch)\b")


_TOURISM_BODY = re.compile(
    r"Sở (?:Du lịch|Văn hóa,? Thể thao và Du lịch|VHTTDL|Giao thông vận tải)|Trung tâm Xúc tiến [Dd]u lịch|Hiệp hội Du lịch"
)


def _air_route(title_and_lead):
    """The headline reports an air route opened or its first flight, and the lead names no provincial body nor any
    foreign party but the route's ends and its airline: travel news, no foreign-affairs activity."""
    title = title_and_lead.split("\n", 1)[0]
    # (its tourism department welcoming the flight is travel news too: "Sở Du lịch phối hợp với Hãng hàng không Air Busan tổ
    # chức lễ đón")
    return bool(_ROUTE_TITLE.search(title)) and not _PROVINCIAL_ACTOR.search(_TOURISM_BODY.sub(" ", title_and_lead)) and not _ON_BOARD.search(
        title_and_lead
    ) and _no_foreign_side(_ROUTE_PHRASE.sub(" ", title_and_lead), _EXCHANGE)


def _labour_class(title_and_lead):
    """The headline reports a class or a course for the province's workers going to work abroad, and neither it nor
    the lead names a foreign party other than where they will work, nor a delegation or talks: labour news, no
    foreign-affairs activity."""
    title = title_and_lead.split("\n", 1)[0]
    return bool(_LABOUR_CLASS_TITLE.search(title)) and _no_foreign_side(
        _where_workers_go().sub(" ", title_and_lead), _EXCHANGE_ABROAD
    ) and not _LABOUR_CLASS_MEETS.search(title)


# The province's own meeting on one of its sectors: "Ninh Bình triển khai kế hoạch phát triển du
# lịch năm 2024", "UBND tỉnh tổ chức hội nghị tổng kết hoạt động du lịch".
_SECTOR_TITLE = re.compile(
    r"\b(?:du lịch|kinh tế - xã hội|phát triển kinh tế|nông nghiệp|giáo dục|y tế|giao thông|thu ngân sách|"
    r"chuyển đổi số|giải ngân|đầu tư công|cải cách hành chính|"
    # the staff's own office tools: "Sở Ngoại vụ tập huấn ứng dụng chữ ký số và phần mềm quản lý văn bản"
    r"chữ ký số|phần mềm|văn bản điện tử|an toàn thông tin|"
    # a ministry's inspection of the province's own affairs: drought, an exam, the foreigners' stay
    r"hạn mặn|xâm nhập mặn|hạn hán|thiên tai|sạt lở|xói lở|thi tốt nghiệp|kỳ thi|tuyển sinh|tạm trú|vùng trồng|vùng nguyên liệu|"
    r"NN&PTNT|"
    # its farm produce sold: "Hội nghị triển khai tiêu thụ xoài, nhãn sang các thị trường xuất khẩu"
    r"tiêu thụ|nông sản|"
    # a domestic works project
    r"đường sắt|đường cao tốc|dự án giao thông|đơn vị hành chính|"
    # a ministry's session on the province's master plan: "làm việc với Sóc Trăng về quy hoạch tỉnh"
    r"quy hoạch tỉnh|quy hoạch thành phố)(?!\w)",
    re.IGNORECASE,
)
_SECTOR_REVIEW = re.compile(r"tổng kết|sơ kết|triển khai|kế hoạch|nhiệm vụ|kiểm tra|làm việc|khảo sát|tập huấn", re.IGNORECASE)


def _sector_meeting(text):
    """The headline names a sector of the province's own work and its review, plan, inspection or
    working session, and neither it nor the lead speaks of a foreign party or foreign-affairs work:
    a meeting on tourism that counts foreign visitors, a ministry's inspection of drought, is no
    foreign-affairs activity."""
    # (the department's name alone is no foreign-affairs work: "Sở Ngoại vụ tập huấn chuyển đổi số cho
    # cán bộ, công chức" is its staff's own training)
    text = _DEPARTMENT.sub("Sở", text)
    title = text.split("\n", 1)[0]
    if not (_SECTOR_TITLE.search(title) and _SECTOR_REVIEW.search(title)):
        return False
    if re.search(r"\b(?:Tập đoàn|Công ty|Tổ chức|Quỹ)\b", title) or re.search(COMPANIES, title):
        return False  # "... làm việc với Tập đoàn Surbana Jurong về lập quy hoạch tỉnh": a company met
    # (the ministry's own delegation is no exchange with a foreign side: "đoàn công tác Bộ Nội vụ"; an
    # airport's name is no foreign side either: "các dự án giao thông kết nối Cảng hàng không quốc tế Long Thành")
    title = _AIRPORT.sub("", title)
    return _no_foreign_side(text, _SECTOR_EXCHANGE) and not re.search(
        r"quốc tế|nước ngoài|ngoại|xúc tiến|đoàn ra|đoàn vào|lễ tân|lãnh sự|bảo hộ công dân", title, re.IGNORECASE
    )


# A provincial leader chairing a meeting of the province's own ("chủ trì cuộc họp nghe báo cáo tiến
# độ giải phóng mặt bằng", "chủ trì cuộc họp với các sở, ngành ... bàn giải pháp phục hồi du lịch").
_OWN_MEETING = re.compile(r"chủ trì (?:cuộc|phiên|buổi) họp\b(?!\s+mặt)", re.IGNORECASE)
# ... on foreign affairs after all: a delegation from abroad, its promotion abroad, international or
# non-governmental organisations, overseas Vietnamese, or an outside party it meets (a company, experts)
_OWN_MEETING_FOREIGN = re.compile(
    r"đoàn (?:khách )?(?:quốc tế|nước ngoài)|xúc tiến|nguyên thủ|hội nghị quốc tế|sự kiện quốc tế|tổ chức quốc tế|"
    r"phi chính phủ|người Việt Nam ở nước ngoài|kiều bào|ASEAN|APEC|Liên hợp quốc|"
    # (a meeting with an outside party: "chủ trì buổi họp với Tập đoàn Hyosung", "... với Đoàn chuyên gia")
    r"họp với (?:các |đại diện )?(?:đoàn|tập đoàn|công ty|chuyên gia|tổ chức)", re.IGNORECASE
)


def _own_meeting(text):
    """The headline and lead report a provincial leader chairing a meeting of the province's own,
    and neither speaks of a foreign party, a delegation from abroad or foreign-affairs work: foreign
    investors or tourists counted in it make no foreign-affairs activity of it."""
    return bool(_OWN_MEETING.search(text)) and _no_foreign_side(text, _SECTOR_EXCHANGE) and not _OWN_MEETING_FOREIGN.search(text)


_AIRPORT = re.compile(r"(?:[Cc]ảng hàng không|[Ss]ân bay|[Cc]ảng biển|[Cc]ảng) quốc tế")


_DEPARTMENT = re.compile(r"\bSở Ngoại vụ\b")
# "đoàn công tác Sở tỉnh Kon Tum" (after the department's name is cut): the province's delegation
_DEPARTMENT_DELEGATION = re.compile(r"((?i:đoàn (?:công tác|đại biểu|cán bộ)))(?: của)? Sở (?=(?i:tỉnh|thành phố|TP\.?) )")
_DEPARTMENT_BARE_NAME = re.compile(r"((?i:đoàn (?:công tác|đại biểu|cán bộ)))(?: của)? Sở (?=(?-i:[A-ZĐ])\w*\s(?-i:[A-ZĐ]))")


_SECTOR_EXCHANGE = re.compile(_AFFAIRS_TOPIC.pattern + r"|giao lưu|hợp tác|hội đàm|cửa khẩu", re.IGNORECASE)


# A headline that names a whole year before its colon: a feature on that year.
# ("Năm 2024: Dấu ấn đối ngoại ..." too; not a headline in capitals, "... TRIỂN KHAI NHIỆM VỤ NĂM 2025: ...")
_YEAR_HEAD = re.compile(r"^(?P<head>[^:\n]{0,60}\bnăm \d{4}|Năm \d{4})\s*[:\-–]\s")
_OCCASION_WORDS = re.compile(
    r"hội nghị|tổng kết|sơ kết|hội thảo|diễn đàn|\blễ\b|\bđón\b|\btiếp\b|làm việc|\bthăm\b|hội đàm|\bđoàn\b|họp",
    re.IGNORECASE,
)


def _year_feature(title):
    """ "Đối ngoại Bắc Ninh năm 2024: ...", "Ngoại vụ Huế năm 2023 - ...": a year is the subject,
    not an occasion ("Hội nghị tổng kết công tác đối ngoại năm 2024: ..." is one)."""
    m = _YEAR_HEAD.match(title)
    if m and m.group("head").startswith("Năm ") and _OCCASION_WORDS.search(title, m.end()):
        return False  # "Năm 2025: Đoàn công tác tỉnh thăm ...": an occasion after all
    if not m and (tail := _YEAR_TAIL.match(title)):
        # "Lâm Đồng: Dấu ấn đối ngoại năm 2016": the year ends what is said of the place
        return not (_OCCASION_WORDS.search(tail.group("said")) or _COURSE_WORDS.search(tail.group("said")))
    if not m and _AFFAIRS_YEAR.search(title):
        # "Dấu ấn đối ngoại Quảng Ngãi năm 2024", "Kiên Giang: Công tác đối ngoại năm 2024 đạt nhiều kết quả nổi bật",
        # "Công tác đối ngoại năm 2022 của tỉnh Bạc Liêu: ...": the province's foreign affairs in a year, no occasion named
        # (not a conference on the year's tasks: "Điện Biên triển khai nhiệm vụ công tác đối ngoại năm 2024", "Đánh giá
        # công tác đối ngoại 9 tháng năm 2025, ...", "Đà Nẵng đặt mục tiêu đưa đối ngoại thành động lực ... năm 2026")
        return not (_OCCASION_WORDS.search(title) or _COURSE_WORDS.search(title) or _TASK_WORDS.search(title))
    return bool(m) and not _OCCASION_WORDS.search(m.group("head"))


_TASK_WORDS = re.compile(
    # (nor an award or a greeting: "Trao Bằng khen cho tập thể có thành tích trong công tác đối ngoại năm 2024")
    r"triển khai|nhiệm vụ|mục tiêu|kế hoạch|phương hướng|định hướng|đánh giá|\d+ tháng|trao|bằng khen|khen thưởng|"
    r"kỷ niệm chương|chúc Tết|gặp|hội kiến|chào",
    re.IGNORECASE,
)


_AFFAIRS_YEAR = re.compile(r"(?:đối ngoại|ngoại vụ|hợp tác quốc tế|hội nhập quốc tế)\b[^:\n]{0,40}?\bnăm \d{4}\b", re.IGNORECASE)
# ("Quảng Ngãi: Tập huấn nghiệp vụ công tác đối ngoại năm 2024" is a course held)
_COURSE_WORDS = re.compile(
    r"tập huấn|bồi dưỡng|khai giảng|bế giảng|lớp|hội thảo|tọa đàm|diễn đàn|giao lưu|ký kết|gặp mặt|gặp gỡ|họp mặt|đối thoại",
    re.IGNORECASE,
)
_OWN_CONFERENCE = re.compile(r"tổ chức (?:hội nghị|lễ|buổi) (?:tổng kết|sơ kết|triển khai)", re.IGNORECASE)
# A place, a colon, then a few words on its foreign affairs that end with a whole year.
_YEAR_TAIL = re.compile(r"^[^:\n]{2,30}:\s(?P<said>[^:\n]{0,60}\b(?:đối ngoại|ngoại vụ|hợp tác quốc tế|hội nhập)[^:\n]{0,20}\bnăm \d{4})\s*$")


def _listing(doc):
    """Three datelines or more in the page's first 3,000 characters: a list of stories."""
    lines = doc.text[:3000].split("\n")
    # (not a sidebar's list of links, each item's date under it: "» Tiếp Tổng Lãnh sự ..." / "30/05/2018")
    return sum(
        1 for i, line in enumerate(lines)
        if (_DATELINE_LINE.match(line) and not (i and _LINK_ITEM.match(lines[i - 1])))
        # (a teaser under its own headline, not a programme's days one under another: "(10/11/2023) Đoàn đến Tam Kỳ ...")
        or (_DATED_TEASER.match(line) and i and not lines[i - 1].rstrip().endswith(".") and not _DATED_TEASER.match(lines[i - 1]))
    ) >= 3


_LINK_ITEM = re.compile(r"^\s*[»›•▸►+*-]\s")
# A listed story's teaser under its headline, its day in brackets first: "(18/11/2024) Từ ngày 15 - 17/11, Đoàn ..."
_DATED_TEASER = re.compile(r"^\s*\(\d{1,2}/\d{1,2}/\d{4}\)\s+\w")


# A dateline of a listed story: a date and a time, and little else.
_DATELINE_LINE = re.compile(r"^\W*(?:\d{1,2}:\d{2}\W+)?\d{1,2}/\d{1,2}/\d{4}(?:\W+\d{1,2}:\d{2}(?::\d{2})?)?\W*$")


def _dated_lead(doc):
    """The first body sentence opens with a day ("Sáng 26.2, ...", "Ngày 3/4, ...")."""
    first = body_sentences(doc)[:1]
    return bool(first) and dates.opens_with_day(first[0].text)


# A headline whose subject is the country or the ministry itself.
_NATIONAL_TITLE = re.compile(
    r"^(?:Việt Nam\s*(?:,|và|-|–)\s*(?-i:[A-ZĐ])|(?:Bộ Ngoại giao|Ủy ban Biên giới quốc gia|Ủy ban Nhà nước về người "
    r"Việt Nam ở nước ngoài|Ban Đối ngoại Trung ương) (?:tổng kết|tổ chức|triển khai|khai mạc|khai giảng|"
    r"tập huấn|hướng dẫn|công bố|ban hành))"
)
_MINISTRY_HOLDS = re.compile(
    # (its ministry in brackets: "Học viện Ngoại giao (Bộ Ngoại giao) khai giảng lớp bồi dưỡng ...")
    # (or one of its departments, with another: "Cục Lễ tân Nhà nước (Bộ Ngoại giao) phối hợp với Cục Ngoại vụ tổ chức lớp tập
    # huấn ... cho cán bộ ... của 63 tỉnh, thành phố")
    r"^(?:Bộ Ngoại giao|Học viện Ngoại giao|Cục (?:Lễ tân Nhà nước|Ngoại vụ|Lãnh sự|Thông tin báo chí))(?: \([^()\n]{1,40}\))? "
    r"(?:đã )?(?:tổ chức|chủ trì|khai giảng|"
    r"phối hợp với (?:các )?(?:bộ|Bộ|Học viện Ngoại giao|Cục (?-i:[A-ZĐ])[^,.;()\n]{0,40}?\s(?:tổ chức|khai giảng))(?!\w))"
)
# (or named at once: "Bộ trưởng Bùi Thanh Sơn hội đàm Bộ trưởng Ngoại giao Lào")
_MINISTER = re.compile(
    r"^(?:Bộ trưởng|Thứ trưởng|Thứ trưởng Thường trực)(?:(?: Bộ)? Ngoại giao\b| (?-i:[A-ZĐ]\w*) (?-i:[A-ZĐ]\w*)"
    r"(?: (?-i:[A-ZĐ]\w*))? (?:đã )?(?:hội đàm|hội kiến|tiếp|điện đàm|gặp)\b)"
)
# Talks between two states' ministries: "Tham vấn chính trị cấp Thứ trưởng", "Đối thoại Chiến
# lược", "Ủy ban hỗn hợp" (their seat, the capital, is no actor of them).
_NATIONAL_TALKS = re.compile(
    r"tham vấn chính trị|đối thoại chiến lược|ủy ban hỗn hợp|ủy ban liên chính phủ|"
    r"cấp (?:thứ trưởng|bộ trưởng) ngoại giao",
    re.IGNORECASE,
)
# What opens a lead sentence before its subject: the outlet, the day, the place.
_LEAD_OPENING = re.compile(
    # (the outlet's tag in brackets with its dash, or a site's address without: "(Baoquocte.vn) Sáng 14/12, ..."; not "(QNO) Sáng
    # 11/9, Học viện Ngoại giao ... tổ chức khai giảng lớp ... của tỉnh")
    # (or a wire's place and agency: "Hà Nội (TTXVN) - Chiều 27/8, ...")
    r"^(?:[^\W\d_][^()\n,.]{1,30}\s*\((?:TTXVN|VNA|VOV|Vietnam\+)\)\s*[-–]\s*|\([^()\n]{1,30}\)\s*[-–]\s*|\([^()\s]{1,30}\.(?:vn|com|net|org)\)\s*|\((?:TTXVN|VNA|TG&VN|Vietnam\+|VOV|VTV)\)\s*|[\w.&]{2,12}\s*[-–]\s*|[A-ZĐ]{2,8}\.\s+)?(?:(?:(?:Sáng|Chiều|Tối|Trưa|Ngày|Hôm nay|Sáng nay|Chiều nay)\b[^,]{0,30}"
    r"|[Tt]ại [^,]{1,60}(?:,\s*(?:tỉnh|thành phố|TP\.?)\s[^,]{1,40})?|[Tt]rong [^,]{1,60}),\s*)+"
)


def _furniture(line):
    """A masthead in capitals, a menu's items between "|", or a page's date stamps ("Chủ nhật, 04/02/2024 - 10:00 (xem
    lần cuối) | Thứ Năm, 01/02/2024 - 06:15 (đăng)")."""
    return (
        line.count(" | ") >= 2 or (line.upper() == line and any(ch.isalpha() for ch in line) and len(line.split()) <= 12)
        or (bool(_STAMP_DATE.search(line)) and bool(_CLOCK_TIME.search(line)) and bool(_STAMP_MARK.search(line)))
    )


_STAMP_DATE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}\b")
_CLOCK_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")
# (a stamp's marks: stamps side by side, what each is, a weekday first)
_STAMP_MARK = re.compile(r" \| |\((?:đăng|xem lần cuối|cập nhật)\)|^\s*(?:Thứ\s+\w+|Chủ nhật)\s*,", re.IGNORECASE)


_CO_HOST = re.compile(r"(?:đồng|cùng) chủ trì|phối hợp (?:với [^,.;]{1,40} )?tổ chức", re.IGNORECASE)


def _ministry_holds(sentence):
    """The lead sentence's subject is the ministry (or its academy) holding an event of its own."""
    rest = sentence[m.end() :] if (m := _LEAD_OPENING.match(sentence)) else sentence
    return bool(_MINISTRY_HOLDS.match(rest))


def _national_subject(sentence):
    """The lead sentence's subject is a national leader or a foreign-affairs minister."""
    rest = sentence[m.end() :] if (m := _LEAD_OPENING.match(sentence)) else sentence
    # (the ministry itself holding its national conference in the capital: "Bộ Ngoại giao tổ chức
    # Hội nghị tổng kết công tác ngoại vụ địa phương")
    return bool(_MINISTER.match(rest) or _NATIONAL_LEADER.match(rest) or _MINISTRY_HOLDS.match(rest))


def _is_capital(province):
    return any(lookup.is_capital(n) for n in province.names)


# The province met, named by its unit word alone: "Thứ trưởng ... làm việc với tỉnh về ...", "với UBND tỉnh".
_WITH_THE_PROVINCE = re.compile(
    r"(?:làm việc|hội đàm|gặp|tiếp)[^.\n]{0,20}?\svới\s+(?:UBND\s+|lãnh đạo\s+|Ban Thường vụ\s+|Thường trực\s+)?"
    r"(?:tỉnh|thành phố|Tỉnh ủy|Thành ủy)(?![ \t]+(?-i:[A-ZĐ]))"
)


def _mentions_province(province, text):
    return any(n in text for n in province.names)


def _names_province(province, text):
    """The province acts in ``text``: named as a unit or with its bodies ("tỉnh X", "thành
    phố X", "UBND tỉnh"), not only as the city a national body sits in ("trụ sở Chính phủ ở
    Hà Nội")."""
    for m in _PROVINCIAL_BODY.finditer(text):
        if _OF_ALL_PROVINCES.match(text, m.end()):
            continue  # "lãnh đạo Sở Ngoại vụ, cơ quan phụ trách đối ngoại của 63 tỉnh, thành phố": every province's
        # (nor in a foreign leader's titles: "Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh U Đôm Xay")
        named = _BODY_OF.match(text, m.end()) or _TITLES_OF.match(text, m.end())
        if not (named and mentions_abroad(named.group(1))):
            return True  # (not a foreign province's: "Bí thư Tỉnh ủy Vân Nam Vương Kiến Quốc")
    if _is_capital(province) and re.search(r"(?i:lãnh đạo|chính quyền|nhân dân|thành phố)\s+Thủ đô\b", text):
        return True  # "với lãnh đạo Thủ đô": the capital's own leaders
    for n in province.names:
        for m in re.finditer(r"(?i:tỉnh|thành phố|TP\.?|thủ đô|lãnh đạo)\s+" + re.escape(n), text):
            if m.group(0).lower().startswith("thủ đô") and _VENUE_BEFORE.search(
                text, max(0, m.start() - 50), m.start()
            ):
                continue  # "tại Phủ Chủ tịch, Thủ đô Hà Nội": where a national leader receives, not the city acting
            return True
    return False


_VENUE_BEFORE = re.compile(r"(?<!\w)(?:tại|ở|Tại|Ở)\s+(?:[^,.;\n]{1,40},\s*)?$")
# (or of all the provinces and cities without "của": "lãnh đạo Sở Ngoại vụ, Văn phòng UBND các tỉnh, thành phố")
_OF_ALL_PROVINCES = re.compile(
    r"(?:(?!tỉnh|thành phố)[^.;\n]){0,50}?(?<!\w)(?:(?:của\s+(?:các|\d+)|\d+)\s+(?:tỉnh|địa phương)|các\s+tỉnh,\s*thành(?:\s+phố)?)(?!\w)"
)


# A province or its people named at all, by name or as "tỉnh", "thành phố", "địa phương".
_ANY_LOCALITY = re.compile(r"(?i:\btỉnh\b|thành phố|\bTP\b|địa phương)|Thủ đô")


def _any_locality(text):
    """A province or its people named at all (not a foreign capital: "tại Thủ đô Viêng Chăn")."""
    for m in _ANY_LOCALITY.finditer(text):
        if m.group(0) == "Thủ đô" and (named := _BODY_OF.match(text, m.end())) and mentions_abroad(named.group(1)):
            continue
        return True
    return False
_PROVINCIAL_BODY = re.compile(r"UBND|HĐND|Tỉnh ủy|Thành ủy|Ủy ban nhân dân|Hội đồng nhân dân|Sở Ngoại vụ")
# The unit a body is of, named after it: "Tỉnh ủy Vân Nam", "UBND tỉnh Lào Cai".
_BODY_OF = re.compile(r"\s+(?:(?:tỉnh|thành phố|TP\.?)\s+)?(" + lexicon.UPPER + r"[\w'’-]*(?:\s+" + lexicon.UPPER + r"[\w'’-]*){0,3})")
# ... or after the titles that follow it: "Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh U Đôm Xay".
_TITLES_OF = re.compile(
    r",\s+(?:Phó\s+)?(?:Tỉnh trưởng|Chủ tịch Chính phủ nhân dân|Chủ tịch (?:UBND|Ủy ban nhân dân))\s+(?:tỉnh|thành phố|TP\.?)\s+("
    + lexicon.UPPER + r"[\w'’-]*(?:\s+" + lexicon.UPPER + r"[\w'’-]*){0,3})"
)
