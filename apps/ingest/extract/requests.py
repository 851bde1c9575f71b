"""What the province asks for: of central bodies, or of a foreign partner.

A request is a sentence with an ask verb (kiến nghị, đề nghị, đề xuất, mong muốn...) used as
a verb, whose subject is the province: "tỉnh", "UBND tỉnh", the province's name, a local
title (Bí thư Tỉnh ủy, Phó Chủ tịch UBND tỉnh, Giám đốc Sở...) or the name of a local
official found by the people extractor. The subject is the first actor of the sentence
after its opening adverbial ("Tại buổi làm việc, ..."); a bare "đồng chí"/"ông" takes the
actor of the sentences before. What a visitor asks of the province ("Thứ trưởng đề nghị
tỉnh ...") is not a request, nor is an ask addressed to the province itself (the subject is
local but the addressee is "các sở, ngành", "tỉnh", "hai bên").

The text of a request runs from the ask verb to the end of its sentence. The sentences that
continue a list of asks without a new subject ("Xây dựng hạ tầng ...", "Hỗ trợ địa phương
...", "Bộ hỗ trợ ...") and bullet lines after "... như sau:" are requests too. A request
repeated later (the headline and the body, the reply) is listed once.

Who asks and of whom (the subject's side, the addressee) is read by asker.py.
"""

import re

from apps.lib.text import fold

from . import dates
from .asker import JOINT_ASK, JOINT_ASK_LATER, JOINT_NEED, SPEAKER_AT_END, THREAT_VERBS, Context, subject_side
from .cues import COMPANIES, body_sentences, country_rx
from .lexicon import UPPER
from .record import Request

MAX_CHARS = 500

# Ask verbs. "mong" alone only with an addressee (handled in _TRIGGER by a lookahead).
_ADDRESSEE = (
    r"Bộ|Cục|Trung ương|Chính phủ|Đại sứ|Lãnh sự|Tổng Lãnh sự|Liên hiệp|Đoàn|[Pp]hía|[Qq]uý|[Nn]gài|"
    r"các cơ quan|các bộ|Ủy ban|Hội|Đại sứ quán|Tổng Lãnh sự quán|Lãnh sự quán|[Cc]ác nhà đầu tư|[Dd]oanh nghiệp"
)
# A hope that a named addressee will do something concrete is an ask too: "bày tỏ hy vọng ...
# Đại sứ sẽ là cầu nối cho các doanh nghiệp", "kỳ vọng Bộ tiếp tục hỗ trợ tỉnh".
_HOPE_ASK = (
    # (or a foreign locality: "hy vọng thành phố Blois tiếp tục hỗ trợ Huế đào tạo ...")
    # (an organisation by its acronym: "bày tỏ hy vọng UNESCO sẽ tiếp tục hỗ trợ tỉnh ..." (not "hy vọng COVID-19 sớm được
    # kiểm soát"); an abbreviation's dot inside:
    # "hy vọng Đại sứ quán và Tổng Lãnh sự quán Hà Lan tại TP.HCM sẽ hỗ trợ tỉnh ...")
    r"(?:[^.;]|\.(?=\S)){0,120}?(?<!\w)(?:" + _ADDRESSEE + r"|(?-i:UNESCO|UNICEF|UNDP|UNFPA|UNHCR|JICA|KOICA|KOTRA|JETRO|USAID|GIZ|ADB|IFAD|ILO|IOM|WHO|FAO|AFD|WB)|(?:tỉnh|bang|thành phố|phủ|chính quyền)\s+(?:bạn|" + UPPER
    + r"[\w-]*))(?!\w)"
    r"(?:[^.;]|\.(?=\S)){0,80}?(?:sẽ |tiếp tục |tích cực |tiếp tục là |)"
    r"(?:là cầu nối|làm cầu nối|hỗ trợ|giới thiệu|kết nối|quan tâm|tạo điều kiện|giúp|ủng hộ|xúc tiến|vận động|"
    # what it gives: "hy vọng phía Australia sẽ tiếp tục dành học bổng cho sinh viên ..."
    r"dành (?:học bổng|suất học bổng|nguồn|kinh phí|sự quan tâm)|cấp học bổng|tài trợ|chia sẻ kinh nghiệm)"
)
# A company, a school or a fund the province asks ("mong tập đoàn sớm triển khai giai đoạn 2 ...", "cũng mong Học
# viện cử chuyên gia ..."): after "mong", "nhờ" and "bày tỏ mong muốn" only, not every ask word's addressee ("tổ
# chức" only with what kind it is, "Tổ chức" with its capital: "tổ chức" is a verb too).
# (or its experts: "tha thiết mong các chuyên gia của Blois chia sẻ kinh nghiệm ...")
_BODY = r"tập đoàn|công ty|Tập đoàn|Công ty|Học viện|Viện|Trường|nhà trường|Quỹ|Tổ chức|tổ chức (?:quốc tế|phi chính phủ)|chuyên gia"
_TRIGGER = re.compile(
    # ("Tỉnh cũng mong tiếp tục nhận được nguồn viện trợ GGP ...")
    r"(?<!\w)(?:[Kk]iến nghị|[Đđ]ề nghị|[Đđ]ề xuất|[Mm]ong muốn|[Mm]ong được|[Mm]ong(?= tiếp tục (?:nhận )?được )|[Đđ]ề đạt|"
    # ("tỉnh muốn được tạo điều kiện để ký kết biên bản hợp tác với châu Văn Sơn": to be helped, asked)
    r"(?:(?<=tỉnh )|(?<=phố )|(?<=tôi )|(?<=cũng ))muốn được(?=\s+(?:tạo điều kiện|hỗ trợ|giúp đỡ|giúp|hướng dẫn)(?!\w))|"
    # ("mong các tổ chức giới thiệu thêm các nhà tài trợ mới": after "các", "tổ chức" is the organisations)
    # (or a foreign locality: "Chúng tôi cũng mong Châu Văn Sơn quan tâm báo cáo ...", "mong tỉnh bạn ...")
    # (the ministry in lower case, with what it is asked to do: "Tỉnh cũng mong bộ chỉ đạo các cơ quan đại diện ...")
    r"[Mm]ong(?=\s+(?:các\s+)?(?:" + _ADDRESSEE + r"|Ban|" + _BODY + r")(?!\w)|\s+các\s+tổ chức(?!\w)|"
    r"\s+bộ\s+(?:chỉ đạo|hỗ trợ|giúp|quan tâm|tạo điều kiện|kết nối|giới thiệu|hướng dẫn)(?!\w)|"
    # (a foreign locality's head by the title: "tỉnh An Giang rất mong Tỉnh trưởng tỉnh Takéo quan tâm chỉ đạo ...")
    r"\s+(?:Phó\s+)?(?:Tỉnh trưởng|Thống đốc|Thị trưởng|Đô trưởng|Châu trưởng)\s+(?:tỉnh\s+|thành phố\s+|bang\s+|châu\s+)?"
    r"(?:bạn(?!\w)|(?-i:" + UPPER + r"))|"
    # (not a continent: "rất mong Châu Âu sớm gỡ thẻ vàng IUU")
    r"\s+(?:[Cc]hâu(?!\s+(?:Âu|Á|Phi|Mỹ|Úc|Đại Dương)(?!\w))|[Tt]ỉnh|[Bb]ang|[Tt]hành phố)\s+(?:bạn(?!\w)|(?-i:" + UPPER + r")))|"
    # a favour begged of a body named: "tỉnh xin Bộ Ngoại giao ủng hộ chủ trương mở đường bay quốc tế ..." (not thanks: "xin
    # cảm ơn Bộ")
    # (or after its asker's name: "đồng chí Mai Sơn Hải xin Đại sứ quán tiếp tục quan tâm, hỗ trợ tỉnh ...", "Đồng chí cũng xin
    # Ủy ban hướng dẫn ..."; not a past one, nor a letter's: "đã xin Bộ ...", "đơn xin")
    r"(?<=\w )(?<!đơn )(?<!lời )(?<!việc )(?<!đã )(?<!từng )(?<!thư )(?<!được )(?<!khi )(?<!hồ sơ )(?<!thủ tục )"
    r"xin(?=\s+(?:các\s+)?(?:" + _ADDRESSEE + r"|Ban|" + _BODY
    + r")(?!\w)[^.;,]{0,40}?\s(?:ủng hộ|hỗ trợ|quan tâm|tạo điều kiện|cho phép|xem xét|giúp|chấp thuận|cung cấp|hướng dẫn)(?!\w))|"
    # leave asked to act with the partner: "An Giang cũng xin được phối hợp với tỉnh bạn tổ chức Hội chợ thương mại ..."
    r"(?:(?<=tỉnh )|(?<=Tỉnh )|(?<=phố )|(?<=cũng )|(?<=đồng thời ))xin được(?=\s+(?:phối hợp|hợp tác|cùng) với\s+"
    r"(?:tỉnh bạn|phía bạn|nước bạn|(?:tỉnh|thành phố|bang)\s+(?-i:" + UPPER + r"))[^.;,]{0,40}?\s"
    r"(?:tổ chức|xây dựng|mở|triển khai|khảo sát|nghiên cứu|thành lập|ký kết)(?!\w))|"
    # a favour asked of someone named: "Ông ... cũng nhờ Đại sứ chuyển lời mời ..." (not thanks to it: "Nhờ Đại
    # sứ quán hỗ trợ, tỉnh đã ...", "thành quả này cũng nhờ Đại sứ quán Nhật Bản đã tích cực kết nối")
    r"(?:(?<=cũng )|(?<=muốn )|(?<=xin )|(?<=còn )|(?<=đồng thời ))nhờ(?=\s+(?:các\s+)?(?:" + _ADDRESSEE + r"|Ban|" + _BODY + r")(?!\w))"
    r"(?![^.;,]{0,40}?\s(?:đã|luôn)\s)|"
    # (or after its asker, with the help it asks for: "đồng chí Phan Đức Thịnh nhờ Đại sứ quán giúp đỡ, hỗ trợ các doanh
    # nghiệp ...", "cũng nhờ ông Markus Ehrlich giúp giới thiệu ..."; not what it owes: "là nhờ Đại sứ quán hỗ trợ")
    # (nor credit given: "chủ yếu nhờ", "một phần nhờ Đại sứ quán hỗ trợ")
    r"(?<=\s)(?<!là )(?<!có )(?<!được )(?<!chính )(?<!yếu )(?<!phần )(?<!công )(?<!đều )(?<!đó )(?<!này )nhờ(?=\s+(?:các\s+)?(?:" + _ADDRESSEE + r"|Ban|" + _BODY + r"|ông|bà)(?!\w)"
    r"[^.;,]{0,40}?\s(?:giúp|giúp đỡ|hỗ trợ)(?!\w))(?![^.;,]{0,40}?\s(?:đã|luôn)\s)|"
    # ... or of a company, a state, the host's leaders: "Thành phố cũng mong Intel kết nối ...", "mong
    # bang tạo điều kiện ...", "mong lãnh đạo tỉnh giới thiệu doanh nghiệp Kansai ..."
    # (or a partner by its bare name: "Tỉnh cũng mong Sê Kông tạo điều kiện để doanh nghiệp ...")
    r"[Mm]ong(?=\s+(?:(?-i:[A-Z][A-Za-z]{2,})|(?-i:" + UPPER + r")[\w'’-]*(?:\s+(?-i:" + UPPER + r")[\w'’-]*){1,2}|bang|[Vv]ùng|"
    # ("Đồng chí cũng mong tổ chức quan tâm vận động thêm nguồn tài trợ": the organisation received, before what it is asked)
    r"lãnh đạo tỉnh|lãnh đạo thành phố|các [Tt]ổng lãnh sự|[Tt]ổng lãnh sự|tổ chức)"
    # ("Tỉnh cũng mong Daesung sớm xây dựng trung tâm nghiên cứu và phát triển tại Thái Nguyên")
    r"\s+(?:(?:sẽ|tiếp tục|quan tâm|sớm)\s+)?(?:hỗ trợ|kết nối|giới thiệu|tạo điều kiện|chia sẻ|xem xét|đầu tư|cử|dành|tài trợ|"
    # ("Phó Chủ tịch cũng mong KOICA làm cầu nối giới thiệu tỉnh với ...")
    # ("Lãnh đạo thành phố cũng mong Kitakyushu khuyến khích doanh nghiệp của mình đầu tư ...")
    r"xây dựng|triển khai|mở rộng|ưu tiên|đào tạo|tuyển dụng|làm cầu nối|là cầu nối|vận động|khuyến khích))|"
    # of a foreign locality too: "rất mong tỉnh Osaka hỗ trợ kinh nghiệm xử lý rác thải"
    # (or a region abroad: "Vĩnh Phúc mong vùng Mogilev giới thiệu các doanh nghiệp ..."; not one of Vietnam's own)
    r"[Mm]ong(?=\s+(?:tỉnh|bang|thành phố|phủ|chính quyền|vùng(?!\s+(?:Tây Bắc|Tây Nguyên|Đông Bắc|Đông Nam Bộ|Tây Nam Bộ|Nam Bộ|"
    r"Bắc Bộ|Trung Bộ|Bắc Trung Bộ|Nam Trung Bộ|Đồng bằng|Duyên hải|Trung du)(?!\w)))\s+"
    r"(?:bạn(?!\w)|" + UPPER + r"))|"
    r"(?:[Hh]y vọng|[Kk]ỳ vọng|[Mm]ong rằng)(?=" + _HOPE_ASK + r")|"
    # of both sides, something concrete: "Chúng tôi cũng mong hai bên sớm ký biên bản ghi nhớ ...", "Chúng tôi cũng hy
    # vọng hai bên sớm trao đổi đoàn sinh viên ..."
    r"(?:[Mm]ong|[Hh]y vọng)(?=\s+(?:" + JOINT_ASK.pattern + r"))|"
    # what the province needs of someone named: "tỉnh cũng cần Bộ Ngoại giao hướng dẫn ...", "rất cần phía
    # Blois chia sẻ ...", "cần sự hỗ trợ của Ban trong việc ..."
    # (not investors wanted, with nothing for them to do: "Thành phố rất cần các nhà đầu tư Hoa Kỳ trong lĩnh vực năng
    # lượng tái tạo"; "cần các doanh nghiệp Gomel đầu tư lắp ráp máy kéo" asks them)
    # ("cần được Trung ương hỗ trợ kinh phí ...": what it needs to get; "cần Bộ Ngoại giao, Ủy ban Biên giới quốc gia quan
    # tâm, trao đổi ...": of two, after a comma)
    r"(?<=\s)cần(?!\s+(?:các\s+)?(?:nhà đầu tư|doanh nghiệp)(?:\s+[A-ZĐ]\w*){0,3}\s+(?:trong|về|thuộc)\s)(?=\s+(?:được\s+)?"
    r"(?:sự\s+(?:hỗ trợ|quan tâm|giúp đỡ|phối hợp)\s+của\s+)?(?:các\s+)?"
    # (with something to do after it: "cần sự đồng hành của Ban”" is a wish)
    # (or an agency by its initials: "Tỉnh đang rất cần JICA hỗ trợ vốn ODA ...")
    r"(?:" + _ADDRESSEE + r"|Ban|chính quyền|(?:tỉnh|thành phố|bang)\s+bạn|(?-i:[A-Z]{3,6}))(?!\w)"
    r"(?:[^.;,”\"\n]{0,40},\s*(?:" + _ADDRESSEE + r")(?!\w))?[^.;,”\"\n]{12,}))(?!\w)"
)
# A task the province gives its own bodies, the ask word one of its steps: "giao Sở Ngoại vụ
# chủ trì, phối hợp ... rà soát ..., đề xuất phương án ...".
_ASSIGNED = re.compile(
    r"(?<!\w)(?:giao|yêu cầu|chỉ đạo)\s+(?:cho\s+)?(?:Sở|các sở|UBND|Ban|Văn phòng|các cơ quan|các đơn vị|"
    r"các địa phương)(?!\w)[^.;]*$"
)
# The same told as an instruction to its own bodies, the ask word a later step of the same
# sentence with no addressee of its own: "đề nghị các sở, ngành, địa phương bám sát ...; chủ động
# rà soát ..., đề xuất chấm dứt những thỏa thuận không còn phù hợp".
_INSTRUCTED = re.compile(
    r"(?<!\w)(?:giao|yêu cầu|chỉ đạo|đề nghị|giao nhiệm vụ cho)\s+(?:cho\s+)?"
    r"(?:các sở|sở, ngành|các ngành|các cấp|các cơ quan, đơn vị|các đơn vị|các địa phương|Sở|UBND các)(?!\w)"
    r"(?![^.;]{0,25}?\b[Tt]rung ương)[^.]*$"
)
# ... or a department's advice to the province's own leaders, the ask word one of its steps: "Sở Ngoại vụ đã tham mưu
# UBND tỉnh rà soát toàn bộ 41 thỏa thuận quốc tế ...; đề xuất kế thừa 27 thỏa thuận còn hiệu lực".
_ADVISED = re.compile(
    # (not a clause with a subject of its own after it: "...; tỉnh đề nghị tăng cường kết nối ...")
    r"(?<!\w)tham mưu\s+(?:cho\s+)?(?:UBND|Ủy ban nhân dân|Tỉnh ủy|Thành ủy|Thường trực|Ban Thường vụ|lãnh đạo)(?!\w)[^.;]*(?:;\s*)?$"
)
# ... or an earlier ask of the same sentence made of the province's own People's Committee, the ask word one more step
# of it with no addressee of its own: "Sở Ngoại vụ kiến nghị UBND tỉnh bố trí kinh phí ... và đề xuất xây dựng kế hoạch".
_ASKED_AT_HOME_BEFORE = re.compile(
    # (not the partner's: "đề nghị UBND tỉnh bạn ...")
    r"(?<!\w)(?:kiến nghị|đề nghị|đề xuất)\s+(?:với\s+)?(?:UBND|Ủy ban nhân dân)\s+(?:tỉnh|thành phố)(?!\s*(?-i:" + UPPER + r"))(?!\s+bạn)"
    r"[^.;]*$"
)
# ... or named first, before the speaker: "Đối với các sở, ngành, địa phương, Phó Chủ tịch UBND tỉnh đề nghị ...".
_OWN_BODIES_FIRST = re.compile(
    r"\s*(?:Đối với|Với)\s+(?:các sở|sở, ngành|các ngành|các cấp|các cơ quan, đơn vị|các đơn vị|các địa phương|"
    r"các huyện|UBND các)(?!\w)[^.;]*$"
)
# What the province will do with others' asks (a business's, a district's): pass them on, a promise and no ask of its own.
# (to the bodies above it: not "tỉnh sẽ tiếp thu và đề nghị Tổng Lãnh sự quán tiếp tục làm cầu nối ...", an ask)
_WILL_FORWARD = re.compile(r"(?<!\w)sẽ\s+(?:tiếp thu,\s*)?tổng hợp(?:,\s*|\s+và\s+|\s+để\s+)$")
_HIGHER_BODIES = re.compile(r"\s+(?:với\s+|lên\s+)?(?:các\s+)?(?:bộ, ngành|bộ ngành|bộ|Trung ương|Chính phủ|cấp có thẩm quyền|cấp trên)(?!\w)")
# What the visitors will do with the province's asks: "sẽ được đoàn tổng hợp, báo cáo ... và kiến nghị
# với Chính phủ", "Bộ sẽ nghiên cứu, kiến nghị ...".
_VISITOR_WILL = re.compile(
    # (not the guests' proposals the province's speaker acknowledges: "Ghi nhận các đề xuất của phía bạn và cho biết sẽ báo
    # cáo ..., đồng chí ... đề nghị ...")
    r"(?:sẽ được\s+(?:[Đđ]oàn|Bộ|Ủy ban)|(?:[Đđ]oàn|Bộ|Ủy ban|(?<!của )[Pp]hía bạn)\b[^,.;]{0,40}?\bsẽ)\b[^.;]*$"
)
# ... or with the asker's own words after "đồng thời": "..., đồng thời khẳng định tỉnh cam kết luôn tạo điều
# kiện thuận lợi nhất ..." (what the province affirms or thanks for is no part of the ask; "đồng thời cam
# kết ..." may be one more thing asked of an investor)
_OWN_WORDS_AFTER = re.compile(
    # (not when an ask is told after it: "..., đồng thời cho biết tỉnh mong muốn thiết lập quan hệ ...")
    r",?\s+đồng thời\s+(?:khẳng định|cho biết|nhấn mạnh|cảm ơn)(?!\w)(?![^.;]{0,60}?(?:mong muốn|đề nghị|kiến nghị|đề xuất|yêu cầu))"
)
# The ask's sentence going on with a task the speaker gives the province's own bodies: "...; ông cũng
# giao Sở Tài chính, Ban Quản lý ... phối hợp giải quyết ..." ends the ask.
_TASK_AFTER = re.compile(
    # ("...; chỉ đạo các cơ quan đại diện Việt Nam ở nước ngoài ...": the ministry asked to direct its missions)
    # (or the province's own part set against it: "..., trong khi tỉnh sẽ giao Bộ Chỉ huy Bộ đội Biên phòng tỉnh chủ trì ...")
    r"[;,]\s*(?:(?:ông|bà|đồng chí)\s+(?:(?:cũng|đồng thời)\s+)?(?:giao|yêu cầu|chỉ đạo)|(?:(?:cũng|đồng thời)\s+)?(?:giao|yêu cầu)|"
    r"trong khi\s+(?:tỉnh|thành phố)\s+(?:sẽ\s+)?giao)"
    r"\s+(?:cho\s+)?(?:Sở|các sở|UBND|Ban|Văn phòng|các đơn vị|các địa phương|các ngành|Bộ Chỉ huy|Công an tỉnh|"
    r"các cơ quan(?!\s+(?:đại diện|lãnh sự|ngoại giao|[Tt]rung ương)))(?!\w)"
)
# ... or with somebody's words in a clause of their own: "...; Đại sứ Nguyễn Văn Hòa cho biết Đại sứ quán
# sẽ ..." (the reply, a promise: no part of the ask).
_OTHER_WORDS_AFTER = re.compile(
    # (a speaker named: "...; và cam kết áp dụng công nghệ sạch" is one more thing asked)
    r";\s*(?!và\s|đồng thời\s)(?=[^;,.\n]{0,60}?(?:" + UPPER + r"|\b(?:ông|bà|đồng chí|phía|lãnh đạo)\b))"
    r"[^;,.\n]{0,60}?\s(?:cho biết|khẳng định|cam kết|nhấn mạnh|đánh giá cao|cảm ơn|ghi nhận|hứa)(?!\w)"
)
# ... or with the province's own promise in a clause of its own: "...; tỉnh Cao Bằng cũng sẽ tạo điều kiện thuận lợi tối đa
# cho doanh nghiệp ..." (what it will do is no part of what it asks)
_OWN_PROMISE_AFTER = re.compile(
    r";\s*(?:và\s+)?(?:phía\s+)?(?:tỉnh|thành phố|UBND tỉnh|UBND thành phố)(?:\s+(?-i:" + UPPER + r")\w*){0,3}"
    r"\s+(?:cũng\s+|đồng thời\s+)?(?:sẽ|cam kết|sẵn sàng)(?!\w)"
    # (unless the sentence asks again after it: "...; tỉnh sẽ ..., đồng thời đề nghị phía bạn ...")
    r"(?![^.;\n]*?(?:đề nghị|kiến nghị|đề xuất|mong muốn))"
)
# ... or with why, in a clause after a comma that runs to the sentence's end: "... tăng tần suất bay đến Cam Ranh, khi khách
# Nga chiếm gần một phần tư lượng khách quốc tế của tỉnh" (the circumstance is no part of the ask); not one the asks go on
# after, past a semicolon or a comma: "..., bởi Quảng Nam là tỉnh ven biển ...; hỗ trợ kết nối ...", "..., khi Bộ có đoàn
# công tác cấp cao sang Nhật Bản, kết nối ..."
_REASON_AFTER = re.compile(
    r",\s+(?:khi|bởi|bởi vì|vì)\s+(?!(?:cần|có nhu cầu|được)\b)(?=[^,;.\n]{0,40}?\s(?:chiếm|là|đang|đã|có)\s)(?=[^,;\n]*$)"
)
# ... or with the sapo's frame after it: "Đề nghị Đại sứ Cuba làm cầu nối ... là nội dung được Phó Chủ tịch UBND tỉnh ... nêu
# tại buổi tiếp ...": who said it, and where, is no part of the ask
_FRAME_AFTER = re.compile(
    r"(?:,\s*(?:đó|đây)\s+|\s+)là\s+(?:(?:một\s+|những\s+)?(?:trong\s+)?(?:những\s+|các\s+)?)?(?:nội dung|đề nghị|kiến nghị|đề xuất|mong muốn)"
    r"(?:\s+(?:chính|quan trọng|nổi bật|trọng tâm))?\s+(?:được|mà|do)\s"
)
# ... or its quotation closed, its speaker after it: '... vào mối quan hệ đặc biệt này", ông Bảy nói.'
_QUOTE_SAID_AFTER = re.compile(
    r"[\"”]\s*,\s*(?:(?:ông|bà|đồng chí)\s+)?[^,.;\"”“\n]{1,80}?(?:,[^,.;\"”“\n]{1,60}?){0,3},?\s+"
    r"(?:nói|cho biết|nhấn mạnh|khẳng định|chia sẻ|bày tỏ|phát biểu)\s*[.!]?\s*$"
)
_ASKS_FRAMED_AT_END = re.compile(
    r",?\s*(?:(?:đó|đây)\s+)?là\s+(?:những|các)\s+(?:kiến nghị|đề nghị|đề xuất|mong muốn)(?:\s+(?:chính|trọng tâm))?"
    r"\s+(?:được|mà|do)\s+(?:(?:ông|bà|đồng chí)\s+)?(?P<who>[^,.;\"”“\n]{3,80}?)\s+(?:nêu|gửi|đưa ra|đề cập)(?!\w)"
    r"[^.;\n]{0,80}?[.!]?\s*$"
)
_OWN_ADDRESSEE = re.compile(r"\s*(?:với\s+|lên\s+)?(?:" + _ADDRESSEE + r"|[Tt]ỉnh|UBND|" + UPPER + r")")
# Solutions proposed with no addressee: the speaker's own, asked of no one.
# (not a list of them announced, whose items name the addressee: "kiến nghị một số giải pháp: Ủy ban ... hỗ trợ")
# (nor one with its addressee or both sides after it: "đề xuất các giải pháp với Bộ Công Thương", "đề xuất các biện pháp
# để hai bên phối hợp mở tuyến vận tải")
_OWN_SOLUTIONS = re.compile(
    r"\s+(?:các\s+|một số\s+|những\s+)?(?:giải pháp|biện pháp)(?!\w)(?![^.;:\n]{0,60}:)"
    r"(?![^.;\n]{0,80}?\s(?:với|lên)\s+(?:Bộ|Chính phủ|Trung ương|Đại sứ|phía|tỉnh|thành phố|UBND|các bộ))(?![^.;\n]{0,30}?hai bên)"
)
# Someone asked after the ask word ("nhằm đề nghị phía bạn sớm cấp phép ...").
_ASKED_AFTER = re.compile(
    r"\s+(?:với\s+|lên\s+)?(?:(?:các\s+)?(?:" + _ADDRESSEE + r")|tỉnh|thành phố|hai bên|UBND|chính quyền)(?!\w)"
)
# A leader giving directions: what he "đề nghị" of the province's own bodies (_NEAR_ADDRESSEE) is no ask of
# others; of firms, a central body or the foreign side it is one.
_DIRECTING = re.compile(r"(?<!\w)[Pp]hát biểu chỉ đạo\b[^.;]*$")
# (its own bodies: not "đề nghị các doanh nghiệp Hàn Quốc ...", "đề nghị tỉnh Hủa Phăn ...")
_NEAR_ADDRESSEE = re.compile(
    r"\s+(?:các\s+)?(?:Liên hiệp|Hội|hội|Sở|sở|ngành|cấp|thành viên|Ban|ban|đơn vị|địa phương|cơ quan|huyện|đoàn viên|"
    r"hội viên|cán bộ|Mặt trận|Liên đoàn)(?!\w)"
)
# What such a step proposes, with no addressee (an ask of someone names him first).
_PLAN_OBJECT = re.compile(r"\s+(?:các\s+)?(?:phương án|giải pháp|cơ chế|kế hoạch|danh mục|biện pháp|nội dung)(?!\w)")
# The asks named in a relative clause, their asker after the noun, nothing asked after the ask word (not "Các nội dung lãnh đạo
# tỉnh đề nghị Đại sứ quán hỗ trợ gồm: ...", which asks).
_RELATIVE_ASKS_BEFORE = re.compile(r"(?:các|những)\s+(?:nội dung|vấn đề)\s+(?:mà\s+)?(?:đồng chí|ông|bà|lãnh đạo|phía)\s[^,.;\n]{0,50}?$")
# Words before an ask word that make it a noun ("các kiến nghị", "đưa ra đề xuất").
_NOUN_BEFORE = re.compile(
    r"(?:các|những|mọi|một số|nhiều|những|đưa ra|nêu|nêu lên|tiếp thu|ghi nhận|trả lời|"
    r"giải đáp|đối với|về|với|theo|có|là|cho|bày tỏ|những ý kiến|ý kiến|nội dung|"
    # one welcomed: "hoan nghênh đề xuất và mời lãnh đạo thành phố ... thăm Huế"
    r"hoan nghênh|đánh giá cao|"

    # one dealt with: "đã quan tâm giải quyết đề nghị trước đây của thành phố"
    r"giải quyết|xử lý|"
    # one a visitor will weigh: "sẽ xem xét đề xuất mở đường bay", "sẽ nghiên cứu, xem xét kiến nghị của tỉnh"
    # (or to be weighed by someone else: "sẽ báo cáo Thường trực Tỉnh ủy xem xét đề nghị hỗ trợ xây dựng tuyến đường")
    r"sẽ\s+(?:nghiên cứu,?\s+)?xem xét|(?:Tỉnh ủy|UBND tỉnh|cấp có thẩm quyền|cấp trên|Chính phủ|Trung ương)\s+xem xét|"
    # an ask recalled in a relative clause: "... mà tỉnh đã kiến nghị từ năm 2020"
    r"mà\s+(?:tỉnh|thành phố|UBND tỉnh|địa phương|chúng tôi)(?:\s+(?:đã|từng))?|"
    # "chủ động xây dựng đề xuất dự án": a proposal made, the noun
    # (in lower case: "Lập", "Trình" end many a name, "Đồng chí Vũ Đình Lập đề nghị ...")
    r"xây dựng|(?-i:lập|gửi|trình)|hoàn thiện|chuẩn bị|hồ sơ|tờ trình|dự thảo|"
    # a count of them: "đã tiếp nhận hơn 3.000 đề nghị giải cứu công dân"
    r"\d[\d.,]*|"
    # ("sự ủng hộ và đề nghị"; not "Tổng Lãnh sự quán và đề nghị")
    r"(?<![Ll]ãnh )sự\s+\w+(?:\s+\w+)?\s+và)\s+$",
    re.IGNORECASE,
)
# ("mong muốn trên cương vị mới, Đại sứ ...": "trên" opens a phrase there, the wish is a verb)
_NOUN_AFTER = re.compile(
    r"^\s*(?:của|này|nêu trên|trên(?=\s*[,.;:]|\s+(?:đã|được|sẽ|là|và|của)(?!\w))|đã nêu|nói trên|đó|được|phải|trước đây|"
    r"cần phải)(?!\w)"
)
# A wish about the relationship itself, with no concrete ask.
_GENERAL_WISH = re.compile(
    r"^(?:mong muốn|mong)\s+(?:rằng\s+)?(?:thời gian tới,?\s+)?(?:mối\s+)?(?:quan hệ|tình hữu nghị|"
    # (not "hai tỉnh bạn", the partners asked: "mong muốn hai tỉnh bạn tạo điều kiện cho xe vận tải ...")
    r"tình đoàn kết|sự hợp tác|hợp tác giữa|tình cảm|hai bên|hai tỉnh(?! bạn)|hai địa phương|chuyến thăm|"
    # (raising the ties together: "mong muốn cùng Vân Nam đưa quan hệ hợp tác lên tầm cao mới")
    r"(?:cùng|với)\s+[^,;.]{1,30}?\s+(?:tiếp tục\s+)?(?:đưa|nâng)\s+(?:mối\s+)?quan hệ\b(?![^;.]*(?:trước hết|trong đó|nhất là|thông qua))|"
    r"buổi làm việc|"
    # what the province hopes to become, no one asked: "tỉnh mong muốn trở thành cửa ngõ ra biển của các tỉnh Nam Lào" (not
    # "trở thành địa phương được Bộ Ngoại giao chọn tổ chức ...": chosen by someone)
    r"(?:sẽ\s+)?trở thành\s+(?:một\s+)?(?:cửa ngõ|trung tâm|điểm đến|cầu nối|đầu mối|động lực|hình mẫu|điểm sáng|cực tăng trưởng)\b"
    r"(?![^;.]{0,80}?(?:đề nghị|kiến nghị|đề xuất|hỗ trợ|giúp|tạo điều kiện|được\s))|"
    # a wish to go there oneself, no one asked: "nhiều lao động Đồng Nai cũng mong muốn sang Hàn Quốc làm việc theo
    # chương trình EPS"
    # (nothing asked after it: "... mong muốn được sang Hàn Quốc làm việc nên tỉnh đề nghị Bộ ..." keeps its ask)
    r"(?:được\s+)?(?:sang|đi)\s+[^,;.]{0,30}?\s(?:làm việc|học tập|lao động|du học|định cư)(?!\w)"
    r"(?![^;:]*(?:đề nghị|kiến nghị|đề xuất|mong))[^;:]{0,80}$|"
    # ... or to draw more investors, of no one asked: "Bình Định mong muốn thu hút thêm nhà đầu tư Nhật Bản", "rất mong muốn đón
    # thêm các dự án có hàm lượng công nghệ cao"
    # (nothing asked of anyone after it: not "... và đề nghị Tổng Lãnh sự quán hỗ trợ", "... với sự hỗ trợ của ...", "các dự án của
    # KOICA")
    r"(?:thu hút|đón|đón nhận|chào đón)\s+(?:thêm\s+)?(?:nhiều\s+)?(?:hơn\s+)?(?:nữa\s+)?(?:các\s+)?(?:nhà đầu tư|dự án|doanh nghiệp|"
    r"nguồn vốn|vốn đầu tư|du khách|khách du lịch)"
    r"(?![^;:]*(?:đề nghị|kiến nghị|đề xuất|mong|với sự|nhờ sự|thông qua|(?<!\w)của\s+(?-i:[A-ZĐ])))(?:\s+[^;:.]{0,60})?[.]?$|"
    # ... or to come home on a visit: "nhiều gia đình Việt kiều ... mong muốn được về thăm quê hương thường xuyên hơn"
    r"(?:được\s+)?(?:về|trở về)\s+thăm\s+quê(?:\s+hương|\s+nhà)?(?![^;:]*(?:đề nghị|kiến nghị|đề xuất|mong))[^;:]{0,60}$|"
    # ... or that someone keep along ("mong muốn JICA tiếp tục đồng hành trong phát triển hạ tầng, nguồn nhân lực"): a
    # companion, nothing asked of it
    r"(?:các\s+)?(?-i:" + UPPER + r")[\w-]*(?:\s+[\w-]+){0,4}?\s+(?:sẽ\s+)?tiếp tục\s+đồng hành"
    # (in a sector, not a task: "... đồng hành cùng tỉnh trong việc rà phá bom mìn tại huyện Hướng Hóa" asks)
    r"(?:\s+(?:cùng|với)\s+(?:tỉnh|thành phố|địa phương))?"
    r"(?:\s+(?:trong|trên)\s+(?!việc\b)(?:(?!rà phá|xây dựng|đào tạo|kết nối|triển khai|hỗ trợ|tại\s)[^;:.]){0,60})?[.]?$|"
    # "mong muốn tiếp tục nhận được sự đồng hành của Ngân hàng Thế giới": support, of nothing named
    # ("mong tiếp tục được sự quan tâm, ủng hộ của Đại sứ quán trong thời gian tới")
    r"(?:tiếp tục\s+)?(?:nhận\s+)?được\s+sự\s+(?:đồng hành|ủng hộ|giúp đỡ|quan tâm|hỗ trợ|hợp tác)"
    r"(?:\s*,\s*(?:đồng hành|ủng hộ|giúp đỡ|quan tâm|hỗ trợ|hợp tác))*"
    r"(?:\s+(?:của|từ)\s+(?:các\s+)?(?-i:" + UPPER + r")(?:(?!\s(?:đối với|cho|trong|để|về|tại|nhằm|vào)\s)[^,;.]){0,40})?"
    r"(?:\s+trong thời gian tới)?[.]?$|"
    # "mong muốn mở rộng hợp tác với Australia": a wish with no addressee and no content
    # ("mong muốn nối lại các hoạt động hợp tác vốn bị gián đoạn nhiều năm": the ties resumed, still no content)
    r"(?:nối lại|khôi phục)\s+(?:các\s+)?(?:hoạt động\s+)?(?:quan hệ|hợp tác|trao đổi)(?:\s+(?:hữu nghị|giữa hai (?:tỉnh|bên|địa phương)))?"
    r"(?:\s+(?:đã|vốn|bị)\s[^;.]{0,40})?[.]?$|"
    r"(?:được\s+)?(?:mở rộng|tăng cường|thúc đẩy|đẩy mạnh|phát triển|củng cố|làm sâu sắc)\s+(?:hơn\s+)?"
    # ("... với các địa phương Nhật Bản, Hàn Quốc": a list of partners, still no content)
    r"(?:nữa\s+)?(?:quan hệ|hợp tác)(?:\s+hữu nghị)?(?:\s+[^;.]{0,30}?)?"
    # ("với các địa phương giáp biên cấp dưới tỉnh của Trung Quốc")
    r"(?:\s+(?:với|giữa)\s+(?:[^,;.]{0,60}|[^,;.]{0,50}\snói (?:chung|riêng) và\s[^,;.]{0,50}\snói (?:riêng|chung))"
    # (the guests' among them, however praised: "..., trong đó có tỉnh Chungcheongbuk - địa phương có thế mạnh về ...")
    r"(?:,\s*(?-i:" + UPPER + r")[^,;.]{0,25}){0,3}(?:,\s*trong đó có\s+(?:(?:tỉnh|thành phố|bang|vùng|châu)\s+)?(?-i:" + UPPER + r")\w*(?:\s+(?-i:" + UPPER + r")\w*){0,3}"
    r"(?:\s*[-–,]\s*(?:một\s+)?(?:địa phương|nơi|thành phố|tỉnh)\s[^;.]{0,100})?)?"
    # (or the partner praised after it: "mong muốn phát triển quan hệ hợp tác hữu nghị với Quảng Tây, địa phương có vị trí ...")
    r"(?:,\s*(?:một\s+)?(?:địa phương|nơi|đối tác)\s(?:(?!đề nghị|mong|hỗ trợ|tạo điều kiện|giúp)[^;.]){0,120})?)?[.]?$|"
    # the ties kept and deepened, in the words of friendship only: "mong muốn củng cố mối quan hệ hữu nghị
    # truyền thống, hợp tác toàn diện giữa hai tỉnh", "mong muốn kế thừa và phát huy quan hệ hữu nghị mà tỉnh
    # Kon Tum (cũ) đã xây dựng với tỉnh Ratanakiri", "mong muốn tiếp tục làm sâu sắc quan hệ hợp tác truyền thống
    # với tỉnh Vân Nam nói chung và châu Hồng Hà nói riêng"
    # ("mong muốn không ngừng củng cố, phát triển quan hệ hữu nghị, hợp tác với Khu tự trị dân tộc Choang Quảng Tây")
    r"(?:tiếp tục\s+|không ngừng\s+)?(?:(?:củng cố|kế thừa|phát huy|vun đắp|giữ gìn|làm sâu sắc|tăng cường|phát triển)(?:\s+và\s+|,\s*|\s+))+(?:hơn nữa\s+)?"
    r"(?:mối\s+)?(?:quan hệ|tình hữu nghị|tình đoàn kết)"
    r"(?:\s*(?:,|và)?\s*(?:hữu nghị|truyền thống|đặc biệt|toàn diện|hợp tác|chiến lược|tốt đẹp|lâu dài|gắn bó|thủy chung|đoàn kết|"
    r"láng giềng|anh em))*"
    # (the ties just told, taken higher: "mong muốn kế thừa, phát triển mối quan hệ này lên tầm cao mới")
    r"(?:\s+(?:này|đó)(?:\s+lên tầm cao mới)?(?=[.]?$))?"
    # (a name, not what is to be done: "... củng cố quan hệ với Sakai qua mở đường bay thẳng tới Osaka" asks)
    r"(?:\s+(?:giữa hai (?:tỉnh|bên|địa phương|thành phố)|(?:với|giữa)\s+"
    r"(?![^,;.]*(?<!\w)(?:qua|thông qua|bằng việc|bằng cách)\s+(?:việc\s+)?(?:mở|xây dựng|ký|đầu tư|tiếp nhận|triển khai|nâng cấp|"
    r"kết nối|hợp tác)(?!\w))"
    r"(?:[^,;.]{0,40}|[^,;.]{0,50}\snói (?:chung|riêng) và\s[^,;.]{0,50}\snói (?:riêng|chung)))"
    # ("... với tỉnh Mondulkiri trên cơ sở các thỏa thuận hợp tác đã ký kết")
    r"|\s+mà\s+[^,;.]{0,60}|\s+trên cơ sở\s+[^,;.]{0,80})*[.]?$|"
    # the province's own share, of no one: "Đồng Nai mong muốn đóng góp phần nhỏ bé vào mối quan hệ đặc biệt này"
    r"(?:được\s+)?(?:đóng góp|góp phần|góp sức)(?:\s+(?:một\s+)?phần(?:\s+nhỏ bé)?)?\s+(?:vào|cho)\s+[^;.]{0,80}[.]?$|"
    # the ties raised, of no one: "mong muốn nâng tầm quan hệ với châu Văn Sơn"
    r"(?:tiếp tục\s+)?nâng tầm\s+(?:mối\s+)?quan hệ(?:\s+(?:hữu nghị|hợp tác))?(?:\s+(?:với|giữa)\s+[^,;.]{0,40})?[.]?$|"
    # experience to learn, asked of no one: "mong muốn học hỏi kinh nghiệm của New Zealand - quốc gia có ..."
    # (or of places of a country: "mong muốn học hỏi kinh nghiệm từ các địa phương phát triển của Hàn Quốc")
    r"học hỏi kinh nghiệm\s+(?:của|từ)\s+(?:(?-i:" + UPPER + r")|các\s+(?:địa phương|nước|quốc gia)\b)[^;.]{0,80}[.]?$|"
    # the results so far carried on: "mong muốn tiếp nối và phát huy những kết quả đó"
    # (or the agreements signed before: "mong muốn kế thừa và phát huy các thỏa thuận mà tỉnh Kiên Giang trước đây đã ký
    # với tỉnh Kampot")
    r"(?:tiếp nối|kế thừa|phát huy|duy trì)(?:\s*(?:và|,)\s*(?:tiếp nối|kế thừa|phát huy|phát triển|duy trì|mở rộng))*\s+"
    # ("mong muốn kế thừa và mở rộng nội dung hợp tác này")
    r"(?:(?:các\s+|những\s+)?nội dung hợp tác\s+(?:này|đó)[.]?$|"
    # ("mong muốn kế thừa, phát huy các kết quả hợp tác tốt đẹp giữa tỉnh Hà Giang (cũ) và châu Văn Sơn trong nhiều năm qua")
    r"(?:những\s+|các\s+)?(?:(?:kết quả|thành quả|truyền thống)(?:\s+hợp tác)?(?:\s+(?:đó|đã đạt được|tốt đẹp|này))?"
    r"(?:\s+giữa\s+[^;.]{0,80}?)?(?:\s+(?:trong|những)\s+(?:nhiều\s+|các\s+)?năm\s+qua)?|"
    r"(?:thỏa thuận|văn bản|cơ chế)(?:\s+hợp tác)?(?:\s+(?:mà|đã)\s[^,;.]{0,80})?)[.]?$)|"
    # the ties taken deeper: "mong muốn đưa quan hệ với Mondulkiri đi vào chiều sâu, thực chất hơn"
    r"(?:tiếp tục\s+)?đưa\s+(?:mối\s+)?quan hệ[^;.]{0,60}?\s(?:đi vào chiều sâu|lên tầm cao mới|ngày càng phát triển)"
    r"(?:,?\s*(?:thực chất|hiệu quả|bền vững|toàn diện)(?:\s+hơn)?)*[.]?$|"
    # the province's own aim, of no one: "tỉnh mong muốn mở rộng thị phần, nâng cao giá trị sản phẩm tại thị
    # trường khó tính này"
    r"(?:tiếp tục\s+)?(?:mở rộng|nâng cao|tăng)\s+(?:thị phần|giá trị|kim ngạch|sản lượng)"
    r"(?![^;.]*\b(?:hỗ trợ|giúp|tạo điều kiện|kết nối|giới thiệu|quan tâm|phối hợp|cùng|nhờ|thông qua|đề nghị|thúc đẩy|"
    r"đồng hành|ủng hộ|tạo thuận lợi|mở cửa|cấp|Tổng Lãnh sự quán|Đại sứ quán|Bộ|phía)\b)[^;.]{0,80}[.]?$)",
    re.IGNORECASE,
)
# A wish for ties or cooperation whose only content is a list of sectors ("mong muốn tăng cường
# hợp tác với các đối tác Pháp trong các lĩnh vực văn hóa, du lịch và giáo dục"), or none ("mong
# muốn hợp tác với Đồng Tháp"): general (GUIDE: optional at most). One item beyond the sectors
# ("sức khỏe người dân", "mở đường bay thẳng ...") makes it concrete, and it stays.
_NAME_WORDS = r"(?-i:" + UPPER + r")[\w'’\-]*(?:\s+(?-i:" + UPPER + r")[\w'’\-]*){0,4}"
_SECTOR_WISH = re.compile(
    r"^(?:mong muốn|mong)\s+(?:(?:hai bên|hai tỉnh|hai địa phương|hai thành phố)\s+)?(?:được\s+)?(?:tiếp tục\s+)?"
    r"(?:(?:mở rộng|tăng cường|thúc đẩy|đẩy mạnh|phát triển|củng cố|làm sâu sắc)\s+(?:hơn nữa\s+)?)?"
    r"(?:mối\s+)?(?:quan hệ|hợp tác)(?:\s+hữu nghị)?(?:,?\s+hợp tác)?"
    # (with names only, a list of them, a country in brackets: "với các đối tác Pháp", "với tỉnh Hủa Phăn
    # (Lào)"; a verb after them is content: "với tỉnh Hủa Phăn đào tạo lưu học sinh" is no general wish)
    # ("với các địa phương của Brazil, nhất là trong lĩnh vực ...")
    r"(?:\s+(?:với|giữa)\s+(?:(?:các|những|hai)\s+)?(?:(?:đối tác|địa phương|doanh nghiệp|tổ chức|tỉnh|thành phố|bang|"
    r"vùng|nước|quốc gia|bên)\s*)?(?:(?:của|thuộc)\s+)?(?:" + _NAME_WORDS + r"(?:\s*\([^()\n]{2,30}\))?(?:\s*(?:,|và)\s*" + _NAME_WORDS + r")*)?)?"
    r"(?:,?\s+(?:(?:nhất là|đặc biệt là)\s+)?(?:trên|trong|ở|về)\s+(?:(?:nhiều|các|những)\s+)?(?:lĩnh vực|ngành)?(?:\s+như)?"
    r"(?:,?\s*(?:nhất là|đặc biệt là|trong đó có|như|gồm)\s+)?:?\s*(?P<fields>[^;.]{1,200}?))?\s*[.]?$",
    re.IGNORECASE,
)
_SECTOR_WORDS = frozenset(
    "kinh tế thương mại đầu tư du lịch văn hóa văn hoá giáo dục đào tạo y tế nông nghiệp công nghệ cao "
    "lao động khoa học giao thông logistics môi trường năng lượng tái tạo thể thao nghệ thuật công nghiệp "
    "dịch vụ xây dựng tài chính ngân hàng thông tin truyền thông xuất khẩu nhập khẩu nguồn nhân lực "
    "chất lượng thủy sản lâm nghiệp chuyển đổi số hạ tầng chế biến nông sản giao lưu nhân dân ngoại giao "
    # ("hợp tác với Australia trong ứng phó biến đổi khí hậu")
    "ứng phó biến đổi khí hậu phòng chống thiên tai "
    "an ninh quốc phòng địa phương cảng biển hàng không khoa học-công nghệ sức mạnh kỹ thuật số "
    "giáo dục-đào tạo y dược hợp tác phát triển bền vững đô thị thông minh xanh đổi mới sáng tạo "
    # (people exchanged: "đào tạo nhân lực và giao lưu thanh thiếu niên")
    "thanh thiếu niên thanh niên sinh viên học sinh".split()
)


# A slogan ("mong muốn hai bên tiếp tục phối hợp xây dựng đường biên giới hòa bình, hữu nghị, hợp
# tác và phát triển") and a wish that companies look for chances ("mong muốn doanh nghiệp Nga tìm
# hiểu cơ hội đầu tư"): no concrete content either.
# The Vietnamese community abroad, as a wish names it: "bà con kiều bào", "cộng đồng người Việt tại Séc".
_DIASPORA = r"(?:bà con\s+)?(?:kiều bào|cộng đồng người Việt(?: Nam)?(?:\s+(?:tại|ở)\s+[^,;.]{1,30}?)?)"
_SLOGAN_WISH = re.compile(
    r"^(?:mong muốn|mong)\s+(?:(?:hai bên|hai tỉnh|hai nước)\s+)?(?:tiếp tục\s+)?(?:(?:phối hợp|chung tay|cùng nhau)\s+)?"
    r"(?:(?:xây dựng|giữ gìn)\s+(?:tuyến\s+)?đường biên giới(?:\s+(?:chung|[^,;.]{0,30}?))?"
    r"(?:,?\s+(?:và\s+)?(?:hòa bình|hữu nghị|ổn định|hợp tác|phát triển|bền vững|lâu dài)){2,}|"
    r"(?:các\s+)?(?:doanh nghiệp|nhà đầu tư)(?:\s+[^,;.]{0,40}?)?\s+(?:đến\s+)?(?:tìm hiểu|nghiên cứu|khảo sát)\s+"
    r"(?:các\s+)?cơ hội\s+(?:đầu tư|hợp tác|kinh doanh)(?:,?\s+(?:và\s+)?(?:đầu tư|hợp tác|kinh doanh))*"
    r"(?:\s+(?:tại|vào|ở)\s+(?:tỉnh|địa phương|thành phố)(?:\s+[^,;.]{0,20})?)?|"
    # the students told what to become: "mong muốn các em sẽ trở thành những sứ giả góp phần vun đắp ..."
    r"(?:các em|các bạn|(?:các\s+)?lưu học sinh|thế hệ trẻ)(?:\s+(?:sẽ|tiếp tục))*\s+(?:trở thành|là)\s+(?:những\s+)?"
    r"(?:sứ giả|cầu nối|nhịp cầu)(?:[,\s]+[^;.]{0,200})?|"
    # investment or visitors drawn from a country, no one asked: "mong muốn thu hút đầu tư công nghệ cao từ Ấn Độ"
    r"thu hút\s+(?:thêm\s+)?(?:nhiều\s+)?(?:(?:nguồn\s+)?vốn\s+)?(?:đầu tư|nhà đầu tư|doanh nghiệp|du khách|khách du lịch)"
    r"(?:\s+[^,;.]{0,30}?)?\s+(?:từ|của)\s+" + _NAME_WORDS + r"|"
    # the diaspora's resources put to use, of no one asked: "mong muốn phát huy hơn nữa nguồn lực của kiều bào trong
    # phát triển kinh tế - xã hội", "mong muốn thu hút nhiều hơn nguồn lực từ cộng đồng người Việt Nam ở nước ngoài"
    r"(?:tiếp tục\s+)?(?:phát huy|thu hút|huy động)\s+(?:hơn nữa\s+|nhiều hơn\s+|tốt hơn\s+)?(?:các\s+)?nguồn lực\s+(?:của\s+|từ\s+)?"
    r"(?:đông đảo\s+)?(?:kiều bào|cộng đồng|bà con|người Việt Nam ở nước ngoài|đồng bào)(?:\s+[^;.]{0,120})?|"
    # the diaspora a bridge between the places, nothing more: "mong muốn kiều bào tiếp tục là cầu nối giữa hai thành phố" (not
    # "mong muốn bà con kiều bào làm cầu nối, giới thiệu doanh nghiệp Nhật Bản đầu tư vào tỉnh")
    + _DIASPORA + r"(?:\s+(?:sẽ|tiếp tục))*\s+(?:trở thành|là|làm)\s+"
    # (the bridge between the places or their peoples only: not "cầu nối kết nối doanh nghiệp Nhật Bản đầu tư vào tỉnh", "cầu nối
    # giữa doanh nghiệp tỉnh với các nhà đầu tư")
    r"(?:những\s+|một\s+)?(?:sứ giả|cầu nối|nhịp cầu)(?:\s+(?:hữu nghị|vững chắc|quan trọng))?"
    r"(?:\s+giữa\s+(?!(?:các\s+)?(?:doanh nghiệp|nhà đầu tư|công ty|tập đoàn|đối tác))[^,;.]{1,60})?\s*[.]?$|"
    # (or to keep together and keep the law and the language where they live: "mong muốn cộng đồng người Việt tiếp tục đoàn kết,
    # chấp hành tốt pháp luật nước sở tại, giữ gìn tiếng Việt ...")
    + _DIASPORA + r"(?:\s+(?:sẽ|tiếp tục|luôn))*\s+"
    r"(?:đoàn kết|chấp hành|tuân thủ|giữ gìn|hướng về quê hương|phát huy truyền thống|hội nhập)\b[^;.]{0,300}|"
    # the wisher's own part offered: "mong muốn được góp sức xây dựng quê hương"
    r"được\s+(?:góp sức|đóng góp|góp phần|chung tay|cống hiến)(?:\s+[^;.]{0,80})?)\s*[.]?$",
    re.IGNORECASE,
)


def _sector_wish(piece):
    if _SLOGAN_WISH.match(piece):
        return True
    m = _SECTOR_WISH.match(piece)
    if not m:
        return False
    items = re.split(r",|;|\s+và\s+|\s+cũng như\s+|\s+-\s+", m.group("fields") or "")
    for item in items:
        words = [w for w in item.lower().split() if w not in ("lĩnh", "vực", "các", "ngành", "hai", "bên")]
        if len(words) > 6 or any(w not in _SECTOR_WORDS for w in words):
            return False
    return True


# An ask of nothing but the removal of "difficulties" ("kiến nghị tháo gỡ vướng mắc để mở rộng hợp
# tác quốc tế", a headline over the concrete asks below): no concrete content (GUIDE: optional).
_VAGUE_ASK = re.compile(
    r"^(?:kiến nghị|đề nghị|đề xuất|mong muốn)\s+(?:(?:Trung ương|các bộ, ngành|Bộ|Chính phủ)\s+)?"
    r"(?:(?:quan tâm,?\s+)?hỗ trợ\s+)?(?:tháo gỡ|giải quyết|xử lý)\s+(?:(?:các|những)\s+)?"
    r"(?:khó khăn|vướng mắc)(?:,?\s*(?:và\s+)?(?:khó khăn|vướng mắc))?"
    r"(?:\s+(?:để|nhằm)\s+(?:mở rộng|thúc đẩy|tăng cường|đẩy mạnh|phát triển)\s+(?:hơn nữa\s+)?"
    r"(?:hợp tác|quan hệ|công tác đối ngoại|kinh tế)(?:\s+(?:quốc tế|đối ngoại|hữu nghị))?)?[.!?]?$",
    re.IGNORECASE,
)
# What only the foreign side asks: of Việt Nam ("đề nghị phía Việt Nam hỗ trợ ..."), or for ties
# with Vietnamese localities ("mong muốn hợp tác với các địa phương của Việt Nam, trong đó có Bình
# Định", "thiết lập quan hệ hữu nghị với một địa phương của Hải Dương").
_OF_VIETNAM = re.compile(r"^(?:đề nghị|kiến nghị|đề xuất|mong muốn|mong)\s+(?:phía\s+)?Việt Nam\b")
_TIES_WISH = (
    r"^(?:mong muốn|mong)\s+(?:được\s+)?(?:tiếp tục\s+)?(?:(?:tăng cường|mở rộng|đẩy mạnh)\s+)?"
    r"(?:thiết lập quan hệ|kết nghĩa|hợp tác|giao lưu|quan hệ)[^.;,]{0,30}?\s+với\s+(?:một|các|một số|nhiều)\s+"
)
# A firm named in Latin letters and what it is asked to do: "Samsung tiếp tục mở rộng đầu tư ...", "LG Display sớm xây dựng ...".
_FIRM_ASKED = re.compile(
    # (one the foreign companies' list names: not "Vietjet", the home airline)
    r"\s+(?:" + COMPANIES + r")(?:\s+(?-i:[A-Z][A-Za-z]+)){0,2}\s+(?:(?:tiếp tục|sớm|quan tâm)\s+)?"
    r"(?:mở rộng|đầu tư|xây dựng|thành lập|hỗ trợ|giới thiệu|kết nối|chuyển giao|tuyển dụng|đào tạo|tăng)(?!\w)"
)
# Ties sought with a place named after its unit word: "thiết lập quan hệ hợp tác hữu nghị với thành phố Houston", "kết nghĩa
# với tỉnh Savannakhet" (not "với các địa phương của Nhật Bản": no place named).
_TIES_WITH_NAMED = re.compile(
    r"\s+(?:được\s+)?(?:sớm\s+)?(?:thiết lập|xác lập|ký kết|nâng cấp|kết nghĩa)(?:\s+(?:mối\s+)?quan hệ)?[^.;,]{0,40}?\s+với\s+"
    r"(?:tỉnh|thành phố|bang|vùng|quận|huyện|châu|tỉnh bạn)\s+(?-i:" + UPPER + r")",
    re.IGNORECASE,
)
_VIETNAM_AS_OTHER = re.compile(_TIES_WISH + r"địa phương (?:của|tại) Việt Nam")
_ONE_OF_OURS = re.compile(_TIES_WISH + r"địa phương (?:của|thuộc)\s+(?:tỉnh\s+|thành phố\s+)?")


def _foreign_side_only(piece, provinces):
    """An ask only the foreign side makes: of Việt Nam, or a wish for ties with Vietnamese
    localities, the province's own among them."""
    if _OF_VIETNAM.match(piece) or _VIETNAM_AS_OTHER.match(piece):
        return True
    ours = _ONE_OF_OURS.match(piece)
    return bool(ours) and any(p in piece[ours.end() : ours.end() + 40] for p in provinces)


# Tasks proposed for the province's own work, no one asked: "đề xuất một số nhiệm vụ trọng tâm từ
# nay đến cuối năm: tổ chức hội đàm ..., rà soát ...".
_OWN_TASKS = re.compile(
    r"^(?:đề xuất|kiến nghị)\s+(?:(?:một số|các|những|\d+|hai|ba|bốn|năm)\s+)?(?:nhóm\s+)?"
    r"(?:nhiệm vụ|giải pháp|định hướng|chỉ tiêu|phương hướng)(?:\s+(?:trọng tâm|chủ yếu|trọng điểm))?"
    # (what follows starts with a verb: an addressee named there is asked, "...: Ủy ban Biên giới quốc gia hỗ trợ")
    r"(?:\s+(?:từ nay|trong|của|năm|thời gian)[^:;.]{0,40})?\s*:(?!\s*(?-i:" + UPPER + r"))",
    re.IGNORECASE,
)
# A sentence that goes on with a list of asks without a new subject.
_ASK_VERB = (
    r"hỗ trợ|quan tâm|giúp|giúp đỡ|tạo điều kiện|xem xét|giới thiệu|kết nối|chỉ đạo|phối hợp|"
    r"bố trí|ủng hộ|cung cấp|nghiên cứu|tham mưu|sớm"
)
# Verbs an ask of a list opens with, its addressee said before: "Hỗ trợ tỉnh xây dựng đề án ...".
_LINE_VERBS = (
    r"Xây dựng|Hỗ trợ|Tạo điều kiện|Quan tâm|Xem xét|Sớm|Tiếp tục|Chuẩn bị|Đẩy mạnh|"
    r"Thúc đẩy|Giới thiệu|Kết nối|Bố trí|Ưu tiên|Cho phép|Nâng cấp|Phối hợp|Tăng cường|Giúp|"
    r"Ủng hộ|Có cơ chế|Có chính sách|Nghiên cứu|Chỉ đạo|Tham mưu|Cung cấp|Hướng dẫn|Cấp"
)
# A line of its own in a list announced by a colon, with no bullet: "... kiến nghị với đoàn một số nội dung:" then
# "Trao đổi, thống nhất với phía Trung Quốc kéo dài thời gian thông quan ...", "Hỗ trợ tỉnh xây dựng đề án ...".
# ("Cùng báo cáo cấp trên thống nhất phương án ...;", "Tạo thuận lợi cho nông sản thông quan ...;", "Khôi phục ...")
_ITEM_LINE = re.compile(
    # (not who attended: "Cùng dự buổi làm việc, Giám đốc Sở ... cho biết, ...")
    r"^(?:" + _LINE_VERBS + r"|Đề nghị|Kiến nghị|Đề xuất|Trao đổi|Đàm phán|Vận động|Báo cáo|"
    r"Cùng(?!\s+(?:dự|tham dự|tiếp|đi|làm việc|ngày|với đó|thời gian)(?!\w))|Tạo thuận lợi|Khôi phục|"
    r"Mở|Duy trì|Đầu tư|Hoàn thiện|Rà soát|Đẩy nhanh|Thống nhất|Chia sẻ|Cử|Tiếp nhận|Đào tạo|Kéo dài|"
    r"Đơn giản hóa|Bổ sung|Điều chỉnh|Khảo sát|Huy động|Dành|Tài trợ)(?!\w)"
)
# (what they open with: an ask's verb, not topics briefed on: "Tình hình kinh tế - xã hội, ... là những ... được ... trình bày")
_ASKED_VERB_FIRST = re.compile(r"^\W*(?:" + _LINE_VERBS + r")(?!\w)")
# A line among the asks that reports what was done: "+ Thời gian qua, tỉnh đã hoàn thành việc số hóa hồ sơ mốc giới ...".
_REPORT_ITEM = re.compile(
    r"^\s*(?:[-+•*–]|\d+[.)])?\s*(?:Thời gian qua|Vừa qua|Những năm qua|Năm (?:qua|\d{4})|Trong năm (?:qua|\d{4})),?\s+"
    r"[^;.\n]{0,60}?\b(?:đã|đang)\s"
)
# (unless the line asks after its report: "- Thời gian qua, tuyến đường tuần tra ... xuống cấp, đề nghị Bộ Tư lệnh hỗ trợ ...")
_ASKED_IN_ITEM = re.compile(r"(?<!\w)(?:đề nghị|kiến nghị|đề xuất|mong muốn|hỗ trợ|quan tâm|tạo điều kiện|xem xét)(?!\w)", re.IGNORECASE)
_CONTINUATION = re.compile(
    r"^(?:(?:Một|Hai|Ba|Bốn|Năm|Sáu) là|Thứ (?:nhất|hai|ba|tư|năm|sáu))\s*,|"  # "... ba nội dung. Một là, ..."
    # (or told in order: "... hỗ trợ tỉnh hai việc. Trước hết là giới thiệu ..., Kế đến là giúp tỉnh kết nối ...")
    r"^(?:Trước hết|Trước tiên|Kế đến|Tiếp đến|Tiếp theo|Sau đó|Cuối cùng|Sau cùng) là\s|"
    # ("Đồng thời quan tâm kết nối, hỗ trợ doanh nghiệp ...": the list goes on after "Đồng thời")
    # ("Đồng thời, hướng dẫn tỉnh quy trình ...", "Bên cạnh đó, phối hợp với các trường ... đào tạo ...", "Cùng với đó là
    # phối hợp đầu tư hạ tầng ...": the ask goes on in a sentence of its own, no one named again)
    r"^(?:Đồng thời|Bên cạnh đó|Cùng với đó(?: là)?|Ngoài ra),?\s+(?:quan tâm|hỗ trợ|tạo điều kiện|xem xét|giới thiệu|kết nối|"
    # ("Đồng thời, giúp tỉnh kết nối, thiết lập quan hệ hợp tác với ...")
    # ("Đồng thời, giới thiệu, kết nối tỉnh với các địa phương ...": its verbs listed with commas)
    r"hướng dẫn|phối hợp|cung cấp|chia sẻ|giúp(?: đỡ)?(?: tỉnh| thành phố)?)[\s,]|"
    # (or both sides asked to bring it to their governments: "Đồng thời, hai bên phối hợp đề xuất với Chính phủ hai
    # nước sớm nâng cấp cặp cửa khẩu ...")
    r"^Đồng thời,?\s+(?:hai bên|hai tỉnh|hai địa phương)\s+(?:cùng\s+|cùng nhau\s+|phối hợp\s+)?(?:đề xuất|kiến nghị|báo cáo)"
    r"\s+(?:với\s+|lên\s+)?(?:Chính phủ|cấp có thẩm quyền|cấp trên)|"
    # (or a step both are asked to take: "Đồng thời, hai bên sớm thống nhất kế hoạch nâng cấp cặp cửa khẩu ...")
    r"^Đồng thời,?\s+(?=" + JOINT_ASK.pattern + r")|"
    r"^(?:" + _LINE_VERBS + r"|"
    r"(?:Bộ Ngoại giao|Bộ|Trung ương|Chính phủ|Đại sứ quán|Tổng Lãnh sự quán|Lãnh sự quán|"
    r"Liên hiệp|Ủy ban)\s+(?:tiếp tục\s+|sớm\s+|quan tâm\s+|xem xét\s+)?(?:" + _ASK_VERB + r"))(?!\w)"
)
_BULLET = re.compile(
    r"^\s*(?:[-–+•*]|\d{1,2}(?:[.)]|/(?=\s))|\(\d{1,2}\)|[a-đ]\)|"
    r"(?:[Tt]hứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)|(?:Một|Hai|Ba|Bốn|Năm|Sáu) là),)\s*\S"
)

# Categories, tried by the earliest keyword in the request (folded text).
_CATEGORY_WORDS = {
    "border_gate": ["cua khau", "loi mo", "duong mon"],
    "border": ["bien gioi", "cam moc", "cot moc", "moc gioi", "phan gioi", "ke bo", "ke cac moc"],
    "labour": ["lao dong", "viec lam"],
    "aid": ["vien tro", "kinh phi", "oda", "tai tro", "phi chinh phu", "nguon von"],
    "investment": ["dau tu", "nha dau tu", "doanh nghiep", "tap doan", "fdi"],
    "trade": ["thuong mai", "xuat khau", "nhap khau", "thi truong", "giao thuong", "hang hoa"],
    "tourism": ["du lich"],
    "cooperation": ["hop tac", "ket nghia", "quan he", "doi ngoai", "ket noi", "giao luu",
                    "quang ba", "cau noi", "hoi nhap"],
}

# An ask word opening its sentence as the subject that the sentence tells of: the ask the province
# made ("Đề nghị mà tỉnh nêu tại hội đàm năm 2017 về việc ... nay đã hoàn thành", "Đề xuất xây dựng kè
# ... mà tỉnh nêu năm 2020 cũng đã được Chính phủ bố trí vốn"), or an earlier year's ("Kiến nghị năm
# 2018 về việc ... đang được hoàn thiện").
_ASK_AS_SUBJECT = re.compile(
    r"(?:Đề xuất|Đề nghị|Kiến nghị)\s+(?:"
    r"[^.;:]{0,150}?\bmà\s+(?:tỉnh|thành phố|UBND|lãnh đạo|Sở|đoàn|phía|chúng tôi|địa phương)\b[^.;:]{0,60}?"
    r"\b(?:nêu|đưa ra|đề cập|gửi|trình|đề xuất|kiến nghị|đề nghị)\b|"
    r"(?:của tỉnh\s+|của thành phố\s+)?(?:tại [^,.;]{0,60}\s)?năm \d{4}\s+(?:về|của|đối với)\b)"
)
# ... whose sentence tells what became of it: "nay đã hoàn thành", "cũng đã được Chính phủ bố trí vốn", "đang được
# hoàn thiện hồ sơ" (not a renewed ask: "... mà tỉnh nêu năm 2020 cũng cần sớm được bố trí vốn")
_TOLD_DONE = re.compile(r"\b(?:nay đã|đã được|cũng đã|đang được|đã hoàn thành|đã đi vào|đã triển khai|đã xong)\b")
# An ask word as the noun that heads a list of the asks: "kiến nghị như sau:", "đề xuất cụ thể:".
# (whom they are made of may come before the colon: "nêu 4 kiến nghị với Bộ Ngoại giao:")
_LIST_NOUN = re.compile(
    r"(?i:kiến nghị|đề xuất|đề nghị)(?:\s*(?:,|và)\s*(?i:kiến nghị|đề xuất|đề nghị))*(?:\s+(?:như sau|sau đây|sau|cụ thể|chính))?"
    r"(?:\s+(?:với|đối với|gửi|lên)\s+[^:.;\n]{2,60})?\s*:\s*$"
)
# ... or followed on its line by the numbered asks, whom they are made of before the colon: "tỉnh có một số đề
# xuất, kiến nghị với Bộ Ngoại giao: (1) ủng hộ ...; (2) phối hợp ..."
_INLINE_LIST = re.compile(
    r"(?i:kiến nghị|đề xuất|đề nghị)(?:\s*(?:,|và)\s*(?i:kiến nghị|đề xuất|đề nghị))*"
    r"(?:\s+(?:như sau|sau đây|sau|cụ thể|chính))?(?:\s+(?:với|đối với|gửi|lên)\s+[^:.;\n]{2,60})?"
    r"\s*:\s*(?:\(1\)|1[.)]|a\)|[Tt]hứ nhất|[Mm]ột là)\s*\S"
)


# An ask named as the subject of its own raising: "kiến nghị về việc ... từng được tỉnh nêu", "đề xuất này đã được
# thành phố đưa ra".
_RAISED_BEFORE = re.compile(
    r"[^.;:]{0,80}?\s(?:từng|đã)\s+được\s+(?:tỉnh|thành phố|UBND|lãnh đạo|địa phương|chúng tôi)[^.;:]{0,20}?\s"
    r"(?:nêu|đề xuất|kiến nghị|đề nghị|đưa ra|gửi)(?!\w)"
)
# What the province asks to be let do or given ("đề xuất được đăng cai", "kiến nghị được Trung ương hỗ trợ"), not
# what became of a proposal ("đề xuất được thông qua").
_TO_GET = re.compile(
    r"\s*được\s+(?:đăng cai|tham gia|tiếp nhận|hưởng|mở|làm|Bộ|Chính phủ|Trung ương|Thủ tướng|Quốc hội|Đại sứ|phía)(?!\w)"
)


# Both sides to sign something in the fields they share, none named: "mong muốn hai bên sớm ký kết văn bản hợp tác trong các
# lĩnh vực cùng quan tâm" (a wish; "... ký kết biên bản ghi nhớ về hợp tác trong lĩnh vực giáo dục, y tế" asks)
_VAGUE_PACT = re.compile(
    r"^(?:mong muốn|mong|đề nghị|đề xuất)\s+(?:hai bên|hai tỉnh|hai địa phương|hai thành phố)\s+(?:sớm\s+|tiến tới\s+)*"
    # (a memorandum stays asked: "đề nghị hai tỉnh sớm ký kết biên bản ghi nhớ hợp tác trong các lĩnh vực ...")
    r"(?:ký kết|ký)\s+(?:các\s+)?(?:văn bản|thỏa thuận)(?:\s+(?:hợp tác|thỏa thuận))*"
    r"(?:\s+(?:trong|về|ở|trên)\s+(?:các|những)\s+(?:lĩnh vực|nội dung)\s+(?:cùng|hai bên|mà hai bên|có)\s+"
    r"(?:quan tâm|có thế mạnh|thế mạnh|tiềm năng)(?:\s+và\s+(?:có\s+)?(?:thế mạnh|tiềm năng))?)[.!]?$",
    re.IGNORECASE,
)


def _is_noun(text, start, end, sent_start):
    before = text[max(sent_start, start - 30) : start]
    after = text[end : end + 12]
    if _RELATIVE_ASKS_BEFORE.search(text, max(sent_start, start - 80), start) and re.match(r"\s*[,.;]", after):
        return True  # "triển khai các nội dung đồng chí Bí thư Tỉnh ủy đề nghị, ...": the asks a visitor will act on, named
    if text[start:end].lower().startswith(("mong", "cần")) and after.lstrip().startswith("được"):
        return False  # "mong muốn được Bộ hỗ trợ", "cần được Trung ương hỗ trợ": a verb; "đề xuất được thông qua": a noun
    if _RAISED_BEFORE.match(text, end, end + 120):
        return True  # "kiến nghị về việc hỗ trợ kinh phí xây kè từng được tỉnh nêu từ năm 2019": the ask, named
    if _TO_GET.match(text, end, end + 30) and not _NOUN_BEFORE.search(before):
        return False  # "Tỉnh cũng đề xuất được đăng cai tổ chức ...": to be allowed to, a verb
    if text[start:end].lower() in ("hy vọng", "kỳ vọng", "mong rằng"):
        return False  # read only before an addressee and a concrete verb (_HOPE_ASK)
    if re.search(r"bày tỏ\s+$", before) and (
        re.match(_EXPRESSED_ASK, text[end : end + 200]) or JOINT_ASK.match(text[end : end + 200].lstrip())
    ):
        # "bày tỏ mong muốn Bộ Ngoại giao quan tâm hỗ trợ ...": an ask, expressed (or of both sides: "bày tỏ mong muốn
        # hai tỉnh sớm ký kết biên bản ghi nhớ về hợp tác ...")
        return False
    if re.search(r"bày tỏ\s+$", before) and _NAMED_ASKED.match(text, end, end + 120):
        return False  # "bày tỏ mong muốn Oulu chia sẻ kinh nghiệm phát triển ...": a place named bare, asked
    if re.search(r"bày tỏ\s+$", before) and _FIRM_ASKED.match(text, end, end + 120):
        return False  # "bày tỏ mong muốn Samsung tiếp tục mở rộng đầu tư sản xuất linh kiện, ...": an ask of a firm, expressed
    if re.search(r"bày tỏ\s+$", before) and _TIES_WITH_NAMED.match(text, end, end + 160):
        return False  # "bày tỏ mong muốn thiết lập quan hệ hợp tác hữu nghị với thành phố Houston": ties sought with a named place
    if re.search(r"(?<!\w)(?:nêu|nhắc) lại\s+$", before) and re.match(r"\s*(?:mà|của|trước đây|đã|năm|từ)(?!\w)", after):
        return True  # "nêu lại đề xuất mà tỉnh đã gửi ...": one made before, recalled (not "nhắc lại đề nghị Bộ sớm ...")
    if _DOSSIER_BEFORE.search(text[max(sent_start, start - 80) : start]):
        return True  # "xây dựng hồ sơ Công viên địa chất Đắk Nông đề nghị UNESCO công nhận": the dossier's request
    return bool(_NOUN_BEFORE.search(before) or _NOUN_AFTER.match(after))


# A name (a partner's, written bare) and what it is asked to do right after it: " Oulu chia sẻ kinh nghiệm", " Gunma tiếp tục hỗ trợ".
_NAMED_ASKED = re.compile(
    r"\s+(?-i:" + UPPER + r")[\w'-]*(?:[\s-](?-i:" + UPPER + r")[\w'-]*){0,2}\s+(?:tiếp tục\s+)?(?:hỗ trợ|chia sẻ|giới thiệu|kết nối|"
    r"tạo điều kiện|chuyển giao|làm cầu nối|là cầu nối|xem xét|cử|tiếp nhận)(?!\w)",
    re.IGNORECASE,
)
# A dossier named after what it puts forward, the ask word its name's end: "hồ sơ Công viên địa chất Đắk Nông đề nghị".
_DOSSIER_BEFORE = re.compile(r"(?<!\w)hồ sơ(?:\s+(?-i:" + UPPER + r")[\w-]*(?:\s+[a-zà-ỹđ][\w-]*){0,3}){1,4}\s+$", re.IGNORECASE)


# (also of a foreign locality: "bày tỏ mong muốn bang Nam Úc hỗ trợ chuyển giao công nghệ ...")
_EXPRESSED_ASK = (
    # (or of an institute, a school, a fund: "đoàn bày tỏ mong muốn Viện hợp tác nghiên cứu, chuyển giao giống hàu")
    # (a school, a company: "bày tỏ mong muốn nhà trường làm cầu nối, giới thiệu ...")
    # (several of them: "bày tỏ mong muốn các Đại sứ, Trưởng đại diện ... tiếp tục là cầu nối ..."; a region abroad:
    # "bày tỏ mong muốn vùng Centre - Val de Loire hỗ trợ đào tạo nghề ...")
    r"\s+(?:các\s+)?(?:" + _ADDRESSEE + r"|" + _BODY + r"|(?:tỉnh|bang|thành phố|phủ|chính quyền|vùng)\s+(?:bạn|" + UPPER + r"\w*))(?!\w)"
    r"[^.;]{0,80}?(?:hỗ trợ|quan tâm|tạo điều kiện|giúp|giới thiệu|kết nối|chuyển giao|"
    r"là cầu nối|làm cầu nối|xem xét|ủng hộ|chia sẻ|"
    # a common threat fought together: "bày tỏ mong muốn thành phố Phòng Thành Cảng phối hợp chặt chẽ
    # trong kiểm soát dịch tả lợn châu Phi"
    r"phối hợp[^.;]{0,30}?(?:" + THREAT_VERBS + r"))"
)


def _trim(text, start, end):
    """Span [start, end) without edge spaces/quotes, at most MAX_CHARS long."""
    while start < end and text[start] in " \t\"“”'":
        start += 1
    while end > start and text[end - 1] in " \t\"“”'":
        end -= 1
    if end - start > MAX_CHARS:
        cut = text.rfind(";", start, start + MAX_CHARS)
        if cut <= start + 100:
            cut = text.rfind(",", start, start + MAX_CHARS)
        if cut <= start + 100:
            cut = text.rfind(" ", start, start + MAX_CHARS)
        end = cut
    return start, end


# Where a long list of asks divides: "; ", "(2)", "thứ hai,".
# (in a run-on sentence of asks past the limit, a comma before the next ask's verb too: "...,
# ủng hộ tỉnh duy trì ..., hỗ trợ tỉnh thiết lập ..., đồng thời tạo điều kiện ...")
_LIST_BREAK = re.compile(
    r";\s+|\s(?=\(\d{1,2}\)\s)|\s(?=\d{1,2}\)\s)|,\s+(?=thứ (?:hai|ba|tư|năm)\b)|"
    r",\s+(?=(?:đồng thời|ủng hộ|hỗ trợ|tạo điều kiện|giúp đỡ|giới thiệu|kết nối|xem xét|thúc đẩy|sớm)\s)|"
    # (the list's last item: "..., và chia sẻ kinh nghiệm của Na Uy về quy hoạch không gian biển")
    r",\s+(?=(?:và\s+)?(?:phối hợp|nghiên cứu|chia sẻ|bố trí|tiếp tục)\s)|,\s+(?=và\s)"
)


def _split_long(text, start, end):
    """A span longer than MAX_CHARS split where its list of asks divides, so that no ask past
    the 500th character is lost: [(start, end)] in order."""
    if end - start <= MAX_CHARS:
        return [(start, end)]
    out, cur = [], start
    cuts = [start + m.start() for m in _LIST_BREAK.finditer(text[start:end])]
    last = start
    for cut in cuts:
        if cut - cur > MAX_CHARS and last > cur:
            out.append((cur, last))
            cur = last
        last = cut
    if end - cur > MAX_CHARS and last > cur:
        out.append((cur, last))
        cur = last
    out.append((cur, end))
    return [(a + len(text[a:b]) - len(text[a:b].lstrip(" ;,")), b) for a, b in out]


def _category(text):
    folded = " " + fold(text) + " "
    best, pos = "other", len(folded)
    for cat, words in _CATEGORY_WORDS.items():
        for w in words:
            i = folded.find(" " + w)
            if 0 <= i < pos:
                best, pos = cat, i
    return best


_ONE_LATIN_WORD = re.compile(r" [A-Z][A-Za-z]{2,}\s")


def _country_next(text, end):
    """A country's name right after ``end`` (past its space)."""
    m = country_rx().match(text, end + 1) if text[end : end + 1] == " " else None
    return bool(m) and not text[m.end() : m.end() + 1].isalnum()


def _words(text):
    return set(fold(text).split())


# Whom an ask is made of, right after its word: an envoy or a mission, a central body, or a locality by its name.
_ADDRESSED = re.compile(
    r"^\S+(?:\s+(?:muốn|nghị|xuất|được))?\s+(?:với\s+)?(?:(?P<mission>Đại sứ quán|Tổng Lãnh sự quán|Lãnh sự quán|Đại sứ|Tổng Lãnh sự)|"
    r"(?P<central>Bộ|Ủy ban|Ban|Cục|Chính phủ|Trung ương)|"
    r"(?:tỉnh|thành phố|bang|châu|phía|chính quyền)\s+(?P<place>" + UPPER + r"[\w'’-]*(?:\s+" + UPPER + r"[\w'’-]*){0,3}))(?!\w)"
)


def _other_addressees(one, other):
    """Two asks made of two parties named differently: a mission and a locality, or two localities."""
    a, b = _ADDRESSED.match(one), _ADDRESSED.match(other)
    if not (a and b):
        return False
    if a.lastgroup != b.lastgroup:
        return True
    return a.lastgroup == "place" and fold(a.group("place")) != fold(b.group("place"))


# The province's asks named as its own, then listed after a colon.
_OWN_LIST = re.compile(
    # (the province unnamed, "của tỉnh", not a partner's "của tỉnh Savannakhet")
    r"\s+của\s+(?:tỉnh|thành phố|UBND tỉnh|UBND thành phố|địa phương)(?=\s*:|\s+(?:đối với|với|gửi|đến|lên)\s)"
    r"[^:.;\n]{0,60}:\s*\S", re.IGNORECASE
)


# The ask word and whom it asks, nothing asked yet: "đề nghị các tổ chức phi chính phủ nước ngoài:".
_ASKED = r"(?!hỗ trợ|quan tâm|tạo|phối hợp|giúp|xem xét|kết nối|giới thiệu|tiếp tục|sớm|nghiên cứu|thúc đẩy)"
# ... or with only a general verb before the colon: "đề nghị các cơ quan đại diện Việt Nam ở nước ngoài quan tâm hỗ trợ:"
_HELP = r"(?:quan tâm|hỗ trợ|giúp đỡ|tạo điều kiện|phối hợp|ủng hộ)"
_VAGUE_HEADER = re.compile(
    # ("... mong muốn bang Queensland quan tâm hợp tác với tỉnh trên các lĩnh vực:")
    r"(?<!\w)" + _HELP + r"(?:(?:,\s*|\s+và\s+|\s+)" + _HELP + r")*(?:\s+(?:tỉnh|thành phố|hợp tác(?:\s+với\s+(?:tỉnh|thành phố))?))?"
    # ("... hỗ trợ tỉnh một số lĩnh vực ưu tiên trong năm 2026:")
    # ("... quan tâm hỗ trợ tỉnh trong các lĩnh vực:")
    r"(?:\s+(?:(?:trong|về|ở|trên)\s+)?(?:một số|các|những)\s+(?:nội dung|vấn đề|việc|lĩnh vực)(?:\s+(?:sau|ưu tiên|trọng tâm))*"
    r"(?:\s+(?:trong\s+)?năm \d{4})?"
    r"|\s+như sau|\s+trên các mặt)?\s*:\s*$",
    re.IGNORECASE,
)
_ADDRESSEE_ONLY = re.compile(
    # (several, between commas: "kiến nghị với Chính phủ, các bộ, ngành Trung ương:")
    r"^(?:đề nghị|kiến nghị|đề xuất|mong muốn)\s+(?:với\s+)?(?:" + _ASKED + r"[^\s:;,.]+,?\s+){0,9}" + _ASKED + r"[^\s:;,.]+\s*:\s*$",
    re.IGNORECASE,
)


def _candidates(doc, ctx, activity_year=None):
    """(start, end) spans of the province's asks, in text order (repeats not yet removed)."""
    text = doc.text
    sentences = doc.sentences
    year = _article_year(doc, activity_year)
    spans = []
    i = 0
    while i < len(sentences):
        sent = sentences[i]
        hit = None
        chain_end = -1
        for m in _TRIGGER.finditer(sent.text):
            start, end = sent.start + m.start(), sent.start + m.end()
            if start <= chain_end + 3 and text[chain_end:start].strip() in (",", "và", ""):
                chain_end = end  # "kiến nghị, đề xuất": one ask word
                continue
            chain_end = end
            if (
                (semicolon := text.find(";", end, sent.end)) != -1 and _GENERAL_WISH.match(text[start:semicolon])
                and not JOINT_ASK.search(text[start : min(semicolon, start + 80)]) and _TRIGGER.search(text, semicolon, sent.end)
            ):
                # "Ông mong muốn chuyến thăm lần này sẽ mở ra cơ hội hợp tác ...; đề nghị thành phố X làm cầu nối ...": a wish
                # for the ties before its semicolon, the ask after it
                continue
            if text[start:end].lower() == "mong" and _country_next(text, end) and not _ONE_LATIN_WORD.match(text, end):
                # "mong Hà Lan hỗ trợ ...": a country, not a partner named bare (a headline's summary, or a wish); one word in
                # Latin letters only is read as before, a company's or a country's ("mong Australia hỗ trợ kết nối ...")
                continue
            if _OWN_LIST.match(text, end) and not _past_ask(text, sent.start, start, sent.end, year):
                hit = start  # "Báo cáo cũng nêu kiến nghị của tỉnh đối với Bộ Ngoại giao: hỗ trợ ...; giới thiệu ..."
                break
            if start - sent.start <= 2 and _ASK_AS_SUBJECT.match(text, start, sent.end) and _TOLD_DONE.search(text, start, sent.end):
                continue  # "Đề xuất ... mà tỉnh nêu năm 2020 cũng đã được ...", "Kiến nghị năm 2018 về việc ...": told as history
            if re.search(r"(?<!\w)như\s+$", text[max(sent.start, start - 6) : start]) and _TOLD_DONE.search(text, end, sent.end):
                continue  # "nhiều kiến nghị tỉnh nêu năm 2016, như đề nghị hỗ trợ ..., đã được Bộ quan tâm giải quyết": history
            if _is_noun(text, start, end, sent.start):
                # (the province's asks announced as a noun, listed under it: "UBND tỉnh có một số kiến
                # nghị như sau:" then "- Đề nghị ...", "- Hỗ trợ ...", or after it, numbered: "...: (1) ...")
                listed = (
                    _LIST_NOUN.match(text[start : sent.end])
                    and _BULLET.match(_line_at(text, text.find("\n", sent.end) + 1 or len(text)))
                ) or _INLINE_LIST.match(text, start, sent.end) or (
                    # (or counted, then told one by one: "kiến nghị của tỉnh tập trung vào hai vấn đề. Một là, ...")
                    _counted(text, start, sent.end) and i + 1 < len(sentences)
                    and _FIRST_ITEM.match(sentences[i + 1].text)
                )
                if not (listed and subject_side(ctx, sent, start, sentences[max(0, i - 3) : i]) == "local"):
                    continue
                hit = start
                break
            if _PLAN_OBJECT.match(text, end) and _ASSIGNED.search(text[max(sent.start, start - 200) : start]):
                continue  # "giao Sở Ngoại vụ chủ trì, ..., đề xuất phương án": a task given at home
            if text[start:end].lower() == "đề xuất" and _OWN_SOLUTIONS.match(text, end):
                continue  # "nêu một số khó khăn ... và đề xuất các giải pháp rút ngắn ...": solutions put forward, of no one
            if re.search(r"(?<!\w)(?:để|nhằm|trước khi|sau khi)\s+$", text[max(sent.start, start - 12) : start]) and not _ASKED_AFTER.match(
                text, end
            ):
                # "đang rà soát 14 thỏa thuận quốc tế ... để đề xuất tiếp tục thực hiện": a purpose, no one asked ("lựa chọn đối tác
                # phù hợp trước khi đề xuất thiết lập quan hệ": a step told in advice)
                continue
            if _DIRECTING.search(text, sent.start, start) and _NEAR_ADDRESSEE.match(text, end):
                continue  # "Phát biểu chỉ đạo, đồng chí ... đề nghị Liên hiệp tiếp tục ...": directions at home
            if _WILL_FORWARD.search(text, max(sent.start, start - 40), start) and _HIGHER_BODIES.match(text, end):
                continue  # "những kiến nghị thuộc thẩm quyền của trung ương, tỉnh sẽ tổng hợp, kiến nghị các bộ, ngành": a promise to pass on
            if _VISITOR_WILL.search(text[max(sent.start, start - 300) : start]):
                continue  # "Các kiến nghị của tỉnh sẽ được đoàn tổng hợp, ... và kiến nghị với Chính phủ": the visitors'
            if _INSTRUCTED.search(text[max(sent.start, start - 400) : start]) and not _OWN_ADDRESSEE.match(text, end):
                continue  # "đề nghị các sở, ngành ...; ..., đề xuất chấm dứt ...": a step of the task
            if _ADVISED.search(text[max(sent.start, start - 400) : start]) and not _OWN_ADDRESSEE.match(text, end):
                continue  # "Sở Ngoại vụ đã tham mưu UBND tỉnh rà soát ...; đề xuất kế thừa 27 thỏa thuận": advice at home
            if (
                _ASKED_AT_HOME_BEFORE.search(text, max(sent.start, start - 300), start) and not _OWN_ADDRESSEE.match(text, end)
                and not JOINT_ASK.match(text[end : end + 200].lstrip())
            ):
                continue  # "Sở Ngoại vụ kiến nghị UBND tỉnh bố trí kinh phí ... và đề xuất xây dựng kế hoạch ...": advice at home
            if ctx.local_object(text[end : end + 240]):  # (a joint ask may come late in the clause)
                continue
            if _OWN_BODIES_FIRST.match(text, sent.start, start):
                continue  # "Đối với các sở, ngành, địa phương, Phó Chủ tịch đề nghị tạo điều kiện ...": told at home
            if _past_ask(text, sent.start, start, sent.end, year) or _NOTHING_ASKED.match(text, end):
                continue
            if subject_side(ctx, sent, start, sentences[max(0, i - 3) : i]) != "local":
                continue
            hit = start
            break
        if hit is None and (framed := _ASKS_FRAMED_AT_END.search(sent.text)) and framed.start() > 20 and (
            _ASKED_VERB_FIRST.match(sent.text) and ctx.side_of(framed.group("who"), 0) == "local"
        ):
            # "Hỗ trợ tỉnh kết nối với các nhà đầu tư ..., giới thiệu tỉnh với ..., là những kiến nghị được Chủ tịch UBND tỉnh
            # ... gửi tới đoàn công tác.": the asks first, no ask word before them, their asker named at the end
            spans.append((sent.start, sent.start + framed.start()))
            i += 1
            continue
        if hit is None:
            i += 1
            continue
        told = [
            m.start()
            for rx in (
                _TASK_AFTER, _OTHER_WORDS_AFTER, _OWN_WORDS_AFTER, _OWN_PROMISE_AFTER, _REASON_AFTER, _FRAME_AFTER, _QUOTE_SAID_AFTER
            )
            if (m := rx.search(text, hit, sent.end))
        ]
        if not text[sent.start : hit].strip(" \"“'‘-–") and (by := SPEAKER_AT_END.search(text, max(hit, sent.end - 200), sent.end)):
            told.append(by.start())  # "Đề nghị tỉnh bạn ..., Phó Chủ tịch UBND tỉnh X nhấn mạnh.": its speaker no part of it
        end = min(told, default=sent.end)
        if hit > sent.start and _BARE_OBJECT.match(text, hit, end):
            # "... đang tìm hiểu khả năng thiết lập quan hệ hợp tác với thành phố Bách Sắc và mong muốn phía Văn Sơn giới
            # thiệu, hỗ trợ.": an ask of nothing but help refers to what the sentence told before it
            hit = sent.start
        spans.append((hit, end))
        header = len(spans) - 1
        # Sentences and bullet lines that go on with the list of asks.
        j = i + 1
        # (a list announced by a colon, or counted: "... ba nội dung." then "Một là, ..." lines)
        listing = text[hit : sent.end].rstrip().endswith(":") or _counted(text, hit, sent.end)
        while j < len(sentences):
            nxt = sentences[j]
            same_line = nxt.line == sent.line
            if same_line and (_CONTINUATION.match(nxt.text) or JOINT_NEED.match(nxt.text)) and " sẽ " not in nxt.text[:40]:
                spans.append((nxt.start, nxt.end))
            elif listing and not same_line and (
                _BULLET.match(_line_at(text, nxt.start)) or (text[nxt.start - 1 : nxt.start] == "\n" and _list_item(text, nxt))
            ):
                # A bullet line is one ask, whatever the tokenizer made of it ("1." alone).
                line_end = nxt.start + len(_line_at(text, nxt.start))
                item = _line_at(text, nxt.start)
                if not _REPORT_ITEM.match(item) or _ASKED_IN_ITEM.search(item):
                    spans.append((nxt.start, line_end))
                while j + 1 < len(sentences) and sentences[j + 1].line == nxt.line:
                    j += 1
            else:
                break
            sent = nxt if not listing else sent
            j += 1
        header_text = text[spans[header][0] : spans[header][1]]
        # (a counted header is a listing's: the span it was read from is the header's)
        if listing and len(spans) > header + 1 and (
            len(header_text.split()) <= 8 or _ANNOUNCES.search(header_text) or _COUNTED.search(header_text)
            or _ADDRESSEE_ONLY.match(header_text) or _VAGUE_HEADER.search(header_text)
        ):
            del spans[header]  # "đề nghị Đại sứ quán quan tâm:" only announces the asks below
        i = j
    return spans


# An ask of nothing but help, its addressee at most between: "mong muốn phía Văn Sơn giới thiệu, hỗ trợ."
_BARE_OBJECT = re.compile(
    r"(?:mong muốn|đề nghị|kiến nghị|đề xuất|mong)\s+(?:[^,.;\s]+\s+){0,5}?"
    r"(?:(?:giới thiệu|hỗ trợ|quan tâm|giúp đỡ|tạo điều kiện|phối hợp|kết nối|ủng hộ)(?:\s*,\s*|\s+và\s+|\s+)?){1,3}"
    r"(?:thêm\s*)?[.;!]?\s*$",
    re.IGNORECASE,
)
# An ask made before, told as history: "Năm 2020, tỉnh đã kiến nghị Bộ ... và kiến nghị này đã
# được Bộ quan tâm, phối hợp giải quyết", "Trước đây, tỉnh đã đề xuất ...". The earlier time opens
# the clause of the ask ("Cũng theo ông X, năm 2017, tỉnh đã kiến nghị"), not a phrase of its
# object ("hội nghị xúc tiến đầu tư năm 2023, ... ông đã đề nghị") or of another clause.
_PAST_OPENING = re.compile(
    # (or the occasion of that year: "nhắc lại, tại buổi làm việc với Ủy ban năm 2019, tỉnh đã kiến nghị")
    # (not the year the meeting reviews: "Tại buổi làm việc về kết quả công tác đối ngoại năm 2023, tỉnh đã kiến nghị")
    # ("trong năm 2025, tỉnh Nam Định (cũ) đã đề nghị"; "cho biết, năm 2015 tỉnh đã đề nghị", no comma after it)
    r"(?:^|[,;:]\s*|Được biết,?\s*|(?:tại|trong|ở)\s(?:(?:(?!kết quả|tổng kết|sơ kết|công tác|nhiệm vụ|kế hoạch|triển khai)[^,;.\n]){0,60}?\s)?)"
    # ("Tại hội đàm năm trước, Kiên Giang đã đề nghị ...")
    r"(?:(?:vào |từ )?năm (\d{4}),?|trước đây,|những năm trước,|năm trước,?|năm ngoái,?|"
    # ("Tại buổi tiếp Đại sứ Nga hồi tháng 3 vừa qua, tỉnh đã đề nghị ...": back then)
    r"hồi\s+tháng\s+\d{1,2}(?:\s+vừa qua|\s+năm\s+\d{4})?,?)\s*"
    # (a phrase of that time between: "Năm 2014, trong chuyến thăm Jeollanam, lãnh đạo tỉnh ... đã đề nghị")
    # ("Trước đó, năm 2019, TP.HCM đã đề nghị ...": the dot of "TP." no sentence's end)
    r"(?:(?:trong|tại|khi)\s[^,;.\n]{0,50},\s*)?(?:[^,;.\n]|(?<=TP)\.){0,60}?\s+(?:đã|từng)\s+$",
    re.IGNORECASE,
)
# Dealt with since: "kiến nghị này đã được Bộ quan tâm, phối hợp giải quyết" (not only "ghi nhận").
_RESOLVED = re.compile(
    r"(?<!\w)(?:kiến nghị|đề nghị|đề xuất|nội dung|vấn đề|việc)\s+(?:này|đó|trên)\b[^.;]{0,30}?"
    # (not granted at the meeting itself: "đã được Thứ trưởng ghi nhận và chấp thuận")
    # ("kiến nghị này đã được Ủy ban đáp ứng", "đề nghị này đã được hai nước xem xét, đang hoàn thiện ...")
    # (not a promise: "đã được Thứ trưởng ghi nhận và cho biết sẽ xem xét")
    r"(?:đã|cơ bản đã)\s+được(?:(?!sẽ|cho biết|hứa)[^.;]){0,40}?(?:giải quyết|xử lý|tháo gỡ|đáp ứng|xem xét)",
    re.IGNORECASE,
)


# ... or the ask itself the subject of that: "kiến nghị về việc mở tuyến vận tải thủy Hà Tiên – Kép mà tỉnh nêu năm 2017 đã được
# Chính phủ hai nước chấp thuận".
_RESOLVED_ASK = re.compile(
    r"(?:kiến nghị|đề nghị|đề xuất)\s+về\s+(?:việc\s+)?[^.;]{0,150}?\s(?:đã|cơ bản đã)\s+được(?:(?!sẽ|cho biết|hứa)[^.;]){0,40}?"
    r"(?:giải quyết|xử lý|tháo gỡ|đáp ứng|chấp thuận|phê duyệt|đồng ý)",
    re.IGNORECASE,
)
# ... or granted at once: "đã đề nghị và được Bộ Ngoại giao kết nối ..." (the ask word, then "và được").
_GRANTED_AFTER = re.compile(r"\S+(?:\s+\S+)?\s+và\s+(?:đã\s+)?được\s")
# ... or of a year named with it: "kiến nghị năm 2016 của tỉnh về ...".
_ASK_OF_A_YEAR = re.compile(r"(?:kiến nghị|đề nghị|đề xuất)\s+(?:từ\s+)?năm\s+((?:19|20)\d\d)\b", re.IGNORECASE)
# What was done with an ask, right before its word: "đã quan tâm giải quyết dứt điểm kiến nghị ...".
_DEALT_WITH_BEFORE = re.compile(
    r"(?<!\w)(?:giải quyết|đáp ứng|tiếp thu|xử lý|thực hiện)(?:\s+(?:dứt điểm|kịp thời|thỏa đáng|hiệu quả))?\s+(?:các\s+|những\s+)?$"
)
# An ask word with nothing asked after it: "nay tiếp tục đề xuất do số ngư dân bị giữ vẫn còn nhiều".
# (not a count's noun that ends its sentence, the asks listed after it: "nêu hai đề xuất." then "Thứ nhất, ...")
_NOTHING_ASKED = re.compile(r"\s+(?:do|vì|bởi|nhưng)\s")


def _article_year(doc, activity_year=None):
    """The year the article speaks from: its publication line's, else its activity's (as the
    record's dates give it: "Sáng 24/2" in an article "nhân dịp đầu Xuân Bính Ngọ 2026"; else as
    the lead dates it, "Sáng 12/7/2016, ..."), else None."""
    if doc.published_year:
        return doc.published_year
    if activity_year:
        return activity_year
    found = dates.occasion(doc)
    return found[1][2] if found and found[1] else None


def _past_ask(text, sent_start, start, sent_end, year):
    """The ask word follows "đã" (or "từng") in a clause opened by an earlier year than the
    article's (or "trước đây"), or the sentence says the ask was dealt with since; or the ask is
    told as granted, met or of an earlier year."""
    if _GRANTED_AFTER.match(text[start : start + 40]) and re.search(r"(?<!\w)đã\s+$", text[max(sent_start, start - 12) : start]):
        return True  # "tỉnh đã đề nghị và được Bộ Ngoại giao kết nối tiếp nhận ...": asked and granted
    if _DEALT_WITH_BEFORE.search(text, max(sent_start, start - 50), start):
        return True  # "cảm ơn Ủy ban đã quan tâm giải quyết dứt điểm kiến nghị năm 2016 của tỉnh": an ask met, thanked for
    if (asked := _ASK_OF_A_YEAR.match(text[start : start + 30])) and year and int(asked.group(1)) < year:
        return True  # "kiến nghị năm 2016 của tỉnh về ...": an earlier year's ask
    if _RESOLVED_ASK.match(text, start, min(sent_end, start + 400)):
        return True  # "kiến nghị về việc mở tuyến ... mà tỉnh nêu năm 2017 đã được Chính phủ hai nước chấp thuận": an ask met
    if re.search(r"(?<!\w)(?:đã|từng)\s+nhiều\s+lần\s+$", text[max(sent_start, start - 24) : start]):
        return True  # "Trước đó, tỉnh đã nhiều lần đề nghị ...": asked before, and more than once
    if not re.search(r"(?<!\w)(?:đã|từng)\s+$", text[max(sent_start, start - 12) : start]):
        return False
    m = _PAST_OPENING.search(text[max(sent_start, start - 160) : start])
    if m and (not m.group(1) or (year and int(m.group(1)) < year)):
        return True
    return bool(_RESOLVED.search(text, start, min(sent_end, start + 600)))


_ASK_NOUNS = r"nội dung|vấn đề|kiến nghị|đề xuất|việc"
_ANNOUNCES = re.compile(
    r"(?:một số|các|những|mấy) (?:" + _ASK_NOUNS + r"|nhiệm vụ)(?: sau| như sau| cụ thể| chính| trọng tâm| trọng điểm| chủ yếu)?"
    r"(?:,?\s*(?:cụ thể|gồm|bao gồm)(?: như sau)?)?\s*:\s*$|như sau\s*:\s*$|sau đây\s*:\s*$|"
    # (counted, or of a year, in a header of one clause: "đề nghị tỉnh Kampot quan tâm ba nội dung:", "đề nghị tỉnh bạn cùng phối
    # hợp thực hiện một số nội dung trong năm 2016:"; not an ask that ends so, "..., trong đó quan tâm hai nội dung:")
    r"^(?:(?!\svà\s)[^,;]){0,90}\s(?:một số|các|những|hai|ba|bốn|năm|sáu|\d) (?:nhóm )?(?:" + _ASK_NOUNS + r"|nhiệm vụ)(?: sau| như sau| cụ thể| chính| trọng tâm)?"
    r"(?:\s+(?:trong\s+)?(?:năm \d{4}|thời gian tới|giai đoạn tới))?\s*:\s*$"
)


# A line that opens with someone speaking or a setting, not one more item of a list.
_NOT_AN_ITEM = re.compile(r"(?:Ông|Bà|Đồng chí|Ngài|Tại|Phát biểu|Thay mặt|Trước đó|Dịp này|Nhân dịp)\b")


def _list_item(text, sentence):
    """The line ``sentence`` opens is one more item of a list announced above it: it opens with an ask's verb, or ends
    with a semicolon as a list's items do ("đề nghị:" then "Phía Bách Sắc chỉ đạo ...;"), or comes right after such a
    line, the last item ("Phía bạn sớm hoàn thành tuyến đường nối ...")."""
    if _ITEM_LINE.match(sentence.text) or _line_at(text, sentence.start).rstrip().endswith(";"):
        return True
    return text[max(0, sentence.start - 4) : sentence.start].rstrip().endswith(";") and not _NOT_AN_ITEM.match(sentence.text)
_FIRST_ITEM = re.compile(r"(?:Một là|Thứ nhất)\s*,|(?:Trước hết|Trước tiên) là\s")
# "kiến nghị Ủy ban Biên giới quốc gia ba nội dung.": the asks follow, counted ("Một là, ...").
_COUNTED = re.compile(
    # ("... đề xuất ba nội dung hợp tác cụ thể trong giai đoạn tới.")
    # (or in groups: "... quan tâm phối hợp triển khai ba nhóm nội dung.")
    r"\b(?:hai|ba|bốn|năm|sáu|\d|một số|các|những) (?:nhóm )?(?:" + _ASK_NOUNS + r")(?: hợp tác)?(?: cụ thể| chính| trọng tâm)?(?: sau| như sau)?"
    r"(?: (?:trong )?(?:giai đoạn|thời gian) tới)?"
    # ("Phó Chủ tịch ... nêu 3 kiến nghị với Bộ Ngoại giao." then "Thứ nhất, ...": the addressee after the count)
    r"(?:\s+(?:với|đối với|gửi|lên)\s+[^.;:,\n]{1,60}?)?\s*[.:]?\s*$"
)


def _counted(text, start, end):
    """The asks are counted at ``start`` (the ask word, or the count right before it: "3 kiến nghị"), told one by one
    after the sentence that ends at ``end``."""
    return bool(_COUNTED.search(text, max(0, start - 12) if _COUNT_RIGHT_BEFORE.search(text, max(0, start - 12), start) else start, end))


_COUNT_RIGHT_BEFORE = re.compile(r"(?<!\w)(?:hai|ba|bốn|năm|sáu|\d)\s+$")


_COUNT_ONLY = re.compile(
    r"^(?:đề xuất|kiến nghị|đề nghị)(?:\s+với\s+[^.;:]{1,40}?)?\s+(?:\d+|hai|ba|bốn|năm|sáu|một số)\s+(?:nhóm\s+)?"
    r"(?:" + _ASK_NOUNS + r"|giải pháp)\b[^.;:]{0,40}[.:]?\s*$",
    re.IGNORECASE,
)


def _line_at(text, pos):
    end = text.find("\n", pos)
    return text[pos : end if end >= 0 else len(text)]


def extract(doc, kind, province, lead, officials, partners, activity_year=None):
    """The Requests of ``province`` (a Province, or None) in an activity of ``kind``, read with
    the people and the partners found in the article (who asks, of whom); ``activity_year``, the
    year of the activity's dates when known, tells an ask of earlier years as history."""
    text = doc.text
    out = []
    seen = []
    ctx = Context(doc, kind, province, lead, officials, partners)
    pieces = [p for start, end in _candidates(doc, ctx, activity_year) for p in _split_long(text, start, end)]
    title_end = doc.title_span[1] if doc.title_span else 0
    sapo_end = _first_paragraph_end(doc)
    for start, end in pieces:
        start, end = _trim(text, start, end)
        piece = text[start:end]
        if end - start < 15 or (
            _GENERAL_WISH.match(piece) and not JOINT_ASK.search(piece[:80]) and not JOINT_ASK_LATER.search(piece[:200])
        ) or _sector_wish(piece):
            continue
        if len(piece.rstrip(" .;!").split()) <= 4:
            continue  # "..., bổ sung và đề xuất chấm dứt.": a word naming a kind of proposal, nothing asked
        if start >= title_end and _subheading(text, start, end):
            continue  # "Kiến nghị Trung ương nhiều nội dung": a section's heading over the asks
        if _VAGUE_ASK.match(piece) or _VAGUE_PACT.match(piece) or _OWN_TASKS.match(piece) or _foreign_side_only(piece, ctx.provinces):
            continue
        if _helps_the_partner(piece, partners):
            continue  # "đề nghị tỉnh bạn tiếp tục giúp đỡ Hủa Phăn trong đào tạo cán bộ": the host asks, for itself
        if text[max(0, start - 4) : start].lower() == "rất " and end - start + 4 <= MAX_CHARS:
            start -= 4  # "rất mong", "rất cần": the ask's own word
            piece = text[start:end]
        words = _words(piece)
        item = Request(piece, _category(piece), [start, end])
        again = next(
            (
                k for k, w in enumerate(seen)
                if len(words & w) >= 0.7 * min(len(words), len(w))
                # (not two asks of two addressees in the body: "đề nghị tỉnh Chungcheongbuk tiếp nhận thêm lao động thời vụ ..."
                # and "đề nghị Đại sứ quán quan tâm bảo hộ ... lao động thời vụ tại Chungcheongbuk")
                and not (min(start, out[k].span[0]) > sapo_end and _other_addressees(piece, out[k].text))
            ),
            None,
        )
        if again is not None:
            # The same ask again (headline and body, or the reply): listed once, in its fuller telling
            # when it comes later, written out in full after the headline or grown from the sapo's
            # ("... đề nghị Đại sứ quán kết nối doanh nghiệp ...", then "...; hỗ trợ đào tạo ...").
            # (or told at half the length before: the sapo's summary of the asks the body lists)
            # (or the sapo's, told again in the body in more words: "đề nghị Sùng Tả phối hợp xây tuyến đường
            # chuyên dụng ... và kéo dài giờ thông quan", then "... đồng thời thống nhất kéo dài thời gian thông
            # quan đến 23h tại cặp cửa khẩu ...")
            if len(words) > len(seen[again]) and (
                words >= seen[again] or out[again].span[1] <= title_end or len(words) >= 1.5 * len(seen[again])
                or (out[again].span[1] <= sapo_end < start and _tells_every_part(out[again].text, words))
            ):
                seen[again], out[again] = words, item
            continue
        seen.append(words)
        out.append(item)
    # "kiến nghị một số nội dung sau:" with the asks on lines of their own (no bullets): only the
    # header of the asks after it
    # (or the count of the asks that follow: "đề xuất 4 nhóm nội dung hợp tác trọng tâm." then "Cụ thể: thứ
    # nhất, đề nghị ...")
    out = [r for k, r in enumerate(out) if not ((_ANNOUNCES.search(r.text) or _COUNT_ONLY.match(r.text)) and k + 1 < len(out))]
    out = _without_retold(out, text)
    return _without_sapo_told_again(_without_headline_summary(out, title_end, sapo_end), title_end, sapo_end)


# An ask of "the friend province" to help a partner the article names: the partner's own ask of the province
# ("Tỉnh trưởng ... nhất trí với các đề xuất của tỉnh Thanh Hóa và đề nghị tỉnh bạn tiếp tục giúp đỡ Hủa Phăn ...").
_HELP_FOR = re.compile(
    r"^(?:đề nghị|mong muốn|mong|kiến nghị)\s+(?:tỉnh bạn|phía bạn|phía Việt Nam|tỉnh|các sở, ngành của tỉnh)\s+"
    r"(?:tiếp tục\s+)?(?:quan tâm\s+)?(?:,\s*)?(?:giúp đỡ|hỗ trợ|giúp|tạo điều kiện cho)\s+(?:tỉnh\s+|thành phố\s+)?(?P<who>[^,;.\n]{2,40})",
    re.IGNORECASE,
)


def _helps_the_partner(piece, partners):
    m = _HELP_FOR.match(piece)
    if not m:
        return False
    who = fold(m.group("who"))
    return any(fold(p.name) and who.startswith(fold(p.name)) for p in partners)


# An ask told again once more ("Chủ tịch UBND tỉnh một lần nữa đề nghị Đại sứ quán ...") or as granted at the close
# ("Kết thúc chuyến công tác, đề xuất nâng số lao động thời vụ lên 400 người đã được lãnh đạo huyện Goesan ghi nhận").
# ("Kết thúc buổi tiếp, một lần nữa Chủ tịch UBND tỉnh Vũ Mạnh Hùng đề nghị ...": the once more before its speaker)
_ONCE_MORE_BEFORE = re.compile(
    r"(?<!\w)(?:(?:nhắc lại|lặp lại)\s+(?:(?:cũng|đã|tiếp tục)\s+)?|một lần nữa\b[^.;:\n]{0,80}?)$", re.IGNORECASE
)
_GRANTED = re.compile(
    r"\s(?:đã|cũng đã)\s+được\s+[^.;,]{0,50}?(?<!\w)(?:ghi nhận|đồng thuận|đồng ý|nhất trí|chấp thuận|tiếp thu|hoan nghênh|ủng hộ)(?!\w)"
)
_CLAUSE_OPENS = re.compile(r"(?:^|[,:]\s*|\n)$")
_TOLD_BEFORE = 0.4  # (of its words, in one ask told before, for one told as granted)
_SAID_AGAIN = 0.55  # (for one said once more: not another ask of the same addressee in the same frame)


def _without_retold(out, text):
    """Asks that an earlier one of the province's tells already, said again once more or told as granted by the host:
    listed once (the first telling stays)."""
    kept = []
    for r in out:
        start = r.span[0]
        # (the ask its clause's subject: "Kết thúc chuyến công tác, đề xuất ... đã được ... ghi nhận"; not "tỉnh đề nghị ...
        # theo thỏa thuận đã được lãnh đạo cấp cao hai nước nhất trí", another thing granted)
        granted = _GRANTED.search(r.text) if _CLAUSE_OPENS.search(text[max(0, start - 3) : start]) else None
        if granted and re.search(r"(?<!\w)(?:theo|mà|như)(?!\w)", r.text[: granted.start()]):
            granted = None
        if kept and (_ONCE_MORE_BEFORE.search(text, max(0, start - 100), start) or granted):
            # (said once more: what it asks, up to its first comma, before the words that frame it: "một lần nữa đề nghị Đại sứ
            # quán sớm thúc đẩy việc thiết lập quan hệ giữa Quảng Bình và Cienfuegos, góp phần làm sâu sắc hơn ...")
            core = r.text[: granted.start()] if granted else re.split(r"[,;]", r.text, maxsplit=1)[0]
            words = _content_words(core) if len(_content_words(core)) >= 3 else _content_words(r.text)
            share = _TOLD_BEFORE if granted else _SAID_AGAIN
            if len(words) >= 3 and any(len(words & _content_words(k.text)) >= max(3, share * len(words)) for k in kept):
                continue
        kept.append(r)
    return kept


_SUMMARY = re.compile(r"\b(?:nhiều|một số|các)\s+(?:nội dung|vấn đề|kiến nghị|đề xuất|lĩnh vực)|sâu hơn|hơn nữa", re.IGNORECASE)
_ASK_WORDS = {"kiến", "nghị", "đề", "xuất", "mong", "muốn", "tỉnh", "thành", "phố", "và", "các", "của", "với"}


# An ask that names whom it asks and nothing more: "đề xuất nhiều nội dung với Bộ Ngoại giao và Ủy ban Biên giới quốc gia".
_ADDRESSEES_ONLY = re.compile(
    r"(?:đề xuất|kiến nghị|đề nghị)(?:\s+(?:nhiều|một số|các|những)\s+(?:nội dung|vấn đề|kiến nghị|đề xuất))?\s+(?:với|lên|tới)\s+"
    r"[^.;:,!?\n]{1,80}",
    re.IGNORECASE,
)


def _subheading(text, start, end):
    """The ask fills a short line of its own with no closing stop, not under a colon, and the
    paragraphs after it say it again in full or it only sums up ("Kiến nghị Trung ương nhiều nội
    dung", "Đề nghị duy trì bồi dưỡng hằng năm"): a section heading, not an ask of its own."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = line_end if line_end >= 0 else len(text)
    line = text[line_start:line_end].strip()
    if (
        len(line.split()) <= 20 and not line.endswith((".", ";", ":", "!", "?", "…", '"', "”"))
        and _ADDRESSEES_ONLY.fullmatch(text[start:line_end].rstrip())
    ):
        return True  # "Tỉnh đề xuất nhiều nội dung với Bộ Ngoại giao và Ủy ban Biên giới quốc gia": whom it asks, nothing asked
    if (
        len(line.split()) > 12
        or line.endswith((".", ";", ":", "!", "?", "…", '"', "”"))
        or _BULLET.match(line)
        or len(text[line_start:start].split()) > 4
        or text[max(0, line_start - 200) : line_start].rstrip().endswith(":")  # (bounded: linear)
    ):
        return False
    if _SUMMARY.search(line):
        return True
    words = {w for w in _words(text[start:end]) if w not in _ASK_WORDS}
    following = _words(text[line_end : line_end + 1500])
    return bool(words) and len(words & following) >= 0.6 * len(words)


def _first_paragraph_end(doc):
    """Where the story's first paragraph (the sapo, often summing up the asks) ends, or -1."""
    # (under the headline: not the page's banner above it, "Thế giới & Việt Nam - Báo của Bộ Ngoại giao")
    after = doc.title_span[1] if doc.title_span else 0
    lead = [s for s in body_sentences(doc) if s.start >= after][:1]
    if not lead:
        return -1
    end = doc.text.find("\n", lead[0].start)
    return end if end >= 0 else len(doc.text)


def _tells_every_part(text, words):
    """Each part of the ask ``text`` (joined by "và", ";" or "đồng thời") has half its words in ``words``:
    a later telling of all of it, not of one part ("mở lại đường bay ... và tạo điều kiện cấp thị thực ..." over
    a body that asks only for the flight)."""
    for part in re.split(r"\s+và\s+|;\s*|,?\s+đồng thời\s+", text):
        part_words = _words(part)
        if len(part_words) >= 3 and len(part_words & words) < 0.5 * len(part_words):
            return False
    return True


def _without_headline_summary(out, title_end, sapo_end=-1):
    """A headline's ask that sums up the body's asks ("Đắk Lắk kiến nghị Bộ Ngoại giao hỗ trợ
    kết nối với các địa phương Campuchia, Ấn Độ" over asks about Rattanakiri (Campuchia) and
    Karnataka (Ấn Độ)): its words all stand in the body's asks, so it adds no ask of its own.
    Nor does one most of whose words the body's asks hold, told there in other words ("Hà Nội
    mong muốn học hỏi kinh nghiệm xử lý rác thải của thành phố Fukuoka" over "đề nghị thành phố
    Fukuoka chia sẻ kinh nghiệm, chuyển giao công nghệ phân loại rác ..."); one the body does not
    tell ("... hỗ trợ vốn ODA cải tạo hệ thống thủy lợi ...") stays. The sapo's ask (before ``sapo_end``) goes too
    when nearly all its words stand in the later asks, told there as two or more."""
    body = [r for r in out if r.span[0] >= title_end]
    if not body:
        return out
    body_words = set().union(*(_words(r.text) for r in body))
    # (the sapo's too, told again in the body's asks in other words: "đề nghị tỉnh Gunma giới thiệu các doanh
    # nghiệp ... đầu tư vào khu công nghiệp của tỉnh, đồng thời hỗ trợ đào tạo nguồn nhân lực" over two asks that
    # say it in full; nearly all its words there)
    later = set().union(*(_words(r.text) for r in out if r.span[0] > sapo_end >= 0))
    kept = []
    for r in out:
        words = _words(r.text) - _GENERIC_WORDS
        if r.span[1] <= title_end and len(words) >= 3 and len(words & body_words) >= 0.5 * len(words):
            continue  # "Tỉnh mong muốn Úc hỗ trợ phát triển điện gió ngoài khơi": most of it the body asks
        content = words - _CONNECTIVES
        if title_end < r.span[1] <= sapo_end and len(content) >= 5 and len(content & later) >= 0.8 * len(content):
            continue
        kept.append(r)
    return kept


def _without_sapo_told_again(out, title_end, sapo_end):
    """An ask of the sapo (the story's first paragraph, summing up what the province asked) and the body's asks
    that tell it again, listed once:
    - each part of the sapo's ask told again in the body, in some words of its own ("đề nghị Đại sứ ... thúc đẩy
      các chương trình khắc phục hậu quả bom mìn và cung cấp thông tin về liệt sĩ ...", then "đề nghị Chính phủ Mỹ
      tiếp tục hỗ trợ khắc phục hậu quả bom mìn ..." and "đề nghị phía Mỹ hỗ trợ tìm kiếm, cung cấp thông tin, tư
      liệu về liệt sĩ ..."): the body's fuller tellings stay, the summary goes;
    - one part told again, most of its words in a later ask ("đề nghị tỉnh Osaka chia sẻ kinh nghiệm quản lý đô
      thị, hỗ trợ đào tạo nhân lực vận hành metro", then "đề nghị Osaka chia sẻ kinh nghiệm quản lý đô thị, chống
      ngập và xử lý rác thải"): the sapo's stays (it holds the parts the body does not tell again), the later one
      goes, unless it goes on to ask more ("...; đồng thời tạo điều kiện cho sinh viên ...")."""
    if sapo_end < 0:
        return out
    body = [_words(r.text) for r in out if r.span[0] > sapo_end]
    body_words = set().union(*body)
    summed = []
    for r in out:
        if not title_end < r.span[1] <= sapo_end:
            continue
        asked = _OCCASION_TAIL.sub("", r.text)
        parts = [w for part in _PARTS.split(asked) if len(w := _content_words(part)) >= 3]
        content = _content_words(asked)
        if (
            parts and len(content & body_words) >= _TOLD_WHOLE * len(content)
            and all(any(len(p & b) >= _TOLD_IN_PART * len(p) for b in body) for p in parts)
        ):
            summed.append(r)
    out = [r for r in out if not any(r is s for s in summed)]
    sapo = [r for r in out if title_end < r.span[1] <= sapo_end]
    # (without the words of its addressee: "đề nghị Đại sứ Nhật Bản giới thiệu" is no part a later "mong muốn Đại sứ quán
    # làm cầu nối để ... thiết lập quan hệ hợp tác với tỉnh Shizuoka" tells again)
    parts = [
        words
        for r in sapo
        for part in _PARTS.split(r.text)
        if len(words := _content_words(part) - _addressee_words(r.text)) >= 3
    ]
    if not parts:
        return out
    told = set().union(*(_words(r.text) for r in sapo))
    # (or told again by its opening, the same addressee, verb and object, whatever the sapo added to them: "đề nghị Tổng
    # lãnh sự quán Hoa Kỳ tại TP.HCM hỗ trợ kết nối thành phố với bang Louisiana - nơi có ..." then "đề nghị Tổng lãnh
    # sự quán hỗ trợ kết nối thành phố với bang Louisiana để hai địa phương ...")
    openings = [set(_opening_words(r.text, 12)) for r in sapo]
    named = set().union(*(_object_names(r.text) for r in sapo))

    asked = set().union(*(_named_addressee(r.text) for r in sapo))

    def told_again(r):
        again = False
        # (another addressee asked is another ask, whatever it asks for: "đề nghị Hiệp hội Du lịch Kyushu giới thiệu doanh
        # nghiệp lữ hành ..." after a sapo's "đề nghị Đại sứ Nhật Bản giới thiệu doanh nghiệp ...")
        if (own := _named_addressee(r.text)) and asked and not own & asked:
            return False
        for clause in _CLAUSES.split(r.text):
            words = _words(clause)
            content = _content_words(clause)
            opening = _opening_words(clause, 8)
            if (more := _ASKS_MORE.search(clause)) and len(_content_words(clause[more.start() :]) - told) >= 3:
                return False  # (it goes on to ask more, which the sapo does not tell: "..., giới thiệu các nhà đầu tư ...")
            if (
                len(opening) == 8 and any(len(set(opening) & o) >= 7 for o in openings) and not _ASKS_MORE.search(clause)
                and _object_names(clause) & named
            ):
                again = True  # (unless it goes on to ask more: "... với bang Louisiana và giới thiệu các trường đại học ...")
            elif any(len(p & words) >= _TOLD_AGAIN * len(p) for p in parts):
                again = True
            elif len(content) >= 3 and len(content & told) < 0.5 * len(content):
                return False  # an ask of its own after it
        return again

    return [r for r in out if not (r.span[0] > sapo_end and told_again(r))]


_ASKS_MORE = re.compile(
    # (something concrete, not a general wish: "... và tiếp tục dành tình cảm tốt đẹp, ủng hộ tỉnh", "và tiếp tục quan tâm, vun
    # đắp mối quan hệ ...")
    r"\s(?:và|cùng)\s+(?:đề nghị\s+|mong\s+)?(?:tiếp tục\s+)?(?:giới thiệu|hỗ trợ|tạo điều kiện|xem xét|kết nối|sớm|cử|tài trợ|"
    r"chia sẻ|cung cấp|phối hợp)(?!\w)"
)


def _object_names(text):
    """The names in what an ask asks for, past its addressee (the words before its first verb): "đề nghị Tổng lãnh sự quán hỗ
    trợ kết nối thành phố với bang Louisiana" {"Louisiana"}; "đề nghị Tổng Lãnh sự quán Hoa Kỳ hỗ trợ kết nối tỉnh với các trường
    đại học của Hoa Kỳ" none."""
    head = text[:200]
    verb = _OBJECT_VERB.search(head)
    if not verb:
        return set()
    addressee = {w.strip(",.;:()") for w in head[: verb.start()].split()}
    return {w.strip(",.;:()") for w in head[verb.start() :].split() if w[:1].isupper()} - addressee


# (a compiled pattern of its own: _ASK_VERB above is the list a continued list of asks opens with)
_OBJECT_VERB = re.compile(
    r"\s(?:hỗ trợ|quan tâm|tạo điều kiện|giới thiệu|kết nối|xem xét|chia sẻ|cử|tiếp tục|sớm|phối hợp|giúp|đầu tư|nâng cấp|mở)(?!\w)"
)


def _named_addressee(text):
    """The capitalised words of whom an ask names right after its ask word ("đề nghị tỉnh Gunma ..." {"gunma"}; "đề nghị Đại sứ
    quán Nhật Bản ..." {"dai", "su", "nhat", "ban"}), folded; empty when it names no one so."""
    m = _NAMED_ADDRESSEE.match(text)
    return _words(m.group(1)) if m else set()


_NAMED_ADDRESSEE = re.compile(
    r"\s*(?:rất\s+)?(?:đề nghị|kiến nghị|đề xuất|mong muốn|mong)\s+(?:(?:phía|tỉnh|thành phố|TP\.?|bang|châu|vùng|các)\s+)?"
    r"((?-i:" + UPPER + r")[\w'-]*(?:\s+(?-i:" + UPPER + r")[\w'-]*){0,4})",
    re.IGNORECASE,
)


def _addressee_words(text):
    """The words of an ask before its first verb of what is asked: its ask word and its addressee."""
    verb = _OBJECT_VERB.search(text[:200])
    return _words(text[: verb.start()]) if verb else set()


def _opening_words(text, n):
    """The first ``n`` words of an ask that say what is asked, in their order (folded syllables)."""
    return [w for w in fold(text).split() if w not in _GENERIC_WORDS and w not in _CONNECTIVES][:n]


def _content_words(text):
    """The words of an ask that say what is asked: not the generic words of asking, nor the connectives."""
    return _words(text) - _GENERIC_WORDS - _CONNECTIVES


# The occasion told after a sapo's ask, no part of what is asked: "..., trong buổi tiếp đoàn chiều 14/3".
_OCCASION_TAIL = re.compile(
    r",?\s+(?:trong|tại|nhân)\s+(?:buổi|cuộc|dịp)\s+(?:tiếp|làm việc|hội đàm|hội kiến|gặp|tiếp kiến|đón|thăm)\b[^,;]*$"
    # (or its purpose: "... sớm mở đường bay thẳng giữa thành phố và Osaka, thúc đẩy du lịch hai chiều")
    # (only a relation or a sector grown: not a second ask, ", thúc đẩy mở đường bay thẳng Cần Thơ - Incheon")
    r"|,\s+(?:nhằm\s+|để\s+|góp phần\s+)?thúc đẩy\s+(?:du lịch hai chiều|(?:mối\s+)?quan hệ|hợp tác|giao lưu|tình hữu nghị|"
    r"phát triển|giao thương)(?!\s+(?:mở|ký|xuất khẩu|xây dựng|nâng cấp|thiết lập|đầu tư|triển khai|khai trương))[^,;]{0,50}$"
)
# An ask's parts (one thing asked each) and its clauses (one asking each).
_PARTS = re.compile(r",\s*|;\s*|\s+và\s+|\s+đồng thời\s+")
_CLAUSES = re.compile(r";\s*|,?\s+đồng thời\s+|,\s+và\s+")
_TOLD_AGAIN = 0.6  # (of a part's words, in a later ask that tells it again)
_TOLD_IN_PART = 0.45  # (of each part's words, in the body's asks that tell a sapo's ask again whole)
_TOLD_WHOLE = 0.6  # (and of all its words, in them together)


# Words that join an ask's parts (folded): no part of what is asked.
_CONNECTIVES = frozenset("dong thoi den de trong vao tai la nhat nhu cung va hon nua".split())
# The ask words and the words every ask shares (folded): not what a headline's ask is about.
_GENERIC_WORDS = frozenset(
    "kien nghi de xuat mong muon cac nhung voi va cua cho tinh thanh pho dia phuong ho tro quan tam "
    "tao dieu kien tiep tuc som".split()
)
