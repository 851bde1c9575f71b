"""Named foreign sub-national localities the province has or seeks ties with.

Two sources of candidates:
- the gazetteer ``data/partners.json`` (provinces, states, prefectures and notable cities
  abroad, with their spellings and Vietnamese transliterations);
- a name the gazetteer does not know, when the article itself says what it is: a kind word,
  a capitalised name and a foreign country in brackets ("tỉnh Orkhon (Mông Cổ)",
  "thành phố Goulburn (Úc)").

A mention is not a partner when it only locates a mission ("Tổng Lãnh sự quán Việt Nam tại
Côn Minh"), names an organisation or an agreement ("Đại học Seoul", "Tuyên bố Bắc Kinh"), or
is followed by a number (an electoral district, "Ansan 1"). A national capital counts only
when it acts as a locality somewhere in the article, not when every mention is the venue of
a meeting ("tại Thủ đô Phnom Penh").
"""

import json
import re
from bisect import bisect_right
from functools import cache, lru_cache
from pathlib import Path

from apps.lib import countries as country_list
from apps.lib.text import capital_joins, fold, name_key, normalize
from apps.provinces import lookup

from . import lexicon
from .lexicon import LOWER, UPPER
from .record import Partner

DATA = Path(__file__).resolve().parent.parent / "data" / "partners.json"

# Words that say what kind of locality the next name is.
_KIND_WORDS = (
    "tỉnh bang", "tỉnh", "thành phố", "tp.", "tp", "bang", "quận", "huyện", "thị xã", "thủ đô",
    "thủ phủ", "vùng", "khu tự trị", "châu", "hạt", "đặc khu", "vùng lãnh thổ", "trấn", "tiểu vương quốc",
)
_KIND_BEFORE = re.compile(
    r"(?:^|[\s(,])(" + "|".join(re.escape(k) for k in sorted(_KIND_WORDS, key=len, reverse=True))
    + r"|hội đồng tỉnh|thống đốc|tỉnh trưởng|thị trưởng|đô trưởng|"
    # a prefecture with the peoples it is named for: "Châu tự trị dân tộc Cáp Nhì, Di Hồng Hà"
    # (each people with its word: "châu tự trị dân tộc Cáp Nhì, dân tộc Di Hồng Hà")
    r"(?:châu|huyện) tự trị dân tộc(?:\s+(?:dân tộc\s+)?(?-i:" + UPPER + r")[\w'’]*,?){1,4}|"
    # a city named for what it is: "thành phố cảng Le Havre", "thành phố biển Busan"
    r"thành phố (?:cảng|biển|công nghiệp|du lịch|cổ))\s+$",
    re.IGNORECASE,
)
# A mission's seat, not a partner: "Tổng Lãnh sự quán Việt Nam tại Côn Minh, tỉnh Vân Nam".
_MISSION_BEFORE = re.compile(
    # (or any office the province opens there: "mở văn phòng xúc tiến thương mại - đầu tư tại Singapore và Frankfurt (Đức)")
    r"(?:đại sứ quán|lãnh sự quán|tổng lãnh sự|lãnh sự|đại sứ|văn phòng đại diện|văn phòng xúc tiến|thương vụ|"
    # (the community's businesses: "các doanh nghiệp người Việt ở Melbourne")
    r"(?:doanh nghiệp|doanh nhân|kiều bào|bà con|trí thức) người việt(?: nam)?|"
    # where an association of overseas Vietnamese sits: "Hội người Việt Nam tại tỉnh Udon Thani"
    r"hội người việt(?: nam)?|cộng đồng người việt(?: nam)?|hội kiều bào|"

    # (two seats: "Tổng Lãnh sự quán Việt Nam tại Battambang và Sihanoukville")
    r"cơ quan đại diện)[^.;()\n]{0,40}?\s(?:tại|ở)\s+(?:[^.;,()\n]{1,30}\s+và\s+)?"
    r"(?:thủ đô\s+|thành phố\s+|tỉnh bang\s+|tỉnh\s+|bang\s+|tp\.?\s*)?$|"
    # (its businessmen's, its scholars', the seat right after the name: "Chủ tịch Hội doanh nhân Việt Nam tại bang Victoria")
    r"(?:hiệp hội|hội) (?:doanh nhân|doanh nghiệp|trí thức|sinh viên|chuyên gia|người lao động) việt nam\s+(?:tại|ở)\s+"
    r"(?:thủ đô\s+|thành phố\s+|tỉnh bang\s+|tỉnh\s+|bang\s+|tp\.?\s*)?$|"
    # (or a list of the countries some missions are of: "đại diện Tổng Lãnh sự quán các nước Singapore, Đức, Đài Bắc")
    r"(?:đại sứ quán|lãnh sự quán|văn phòng đại diện)\s+(?:của\s+)?(?:các nước|các quốc gia|các vùng lãnh thổ)\s+(?:[^.;:()\n]{1,25},\s*)*$",
    re.IGNORECASE,
)
# Organisations and agreements named after a place.
# The rest of the organisation's name may come between: "Trường Đại học và Nghiên cứu Wageningen".
# An organisation's initials before its city: "IHK Leipzig", "KOTRA Busan" (not "TP Busan", "UBND ...").
_ACRONYM_BEFORE = re.compile(r"(?<![\w.])(?!TP\b|TPHCM\b|UBND\b|HĐND\b)[A-ZĐ]{2,6}\s+$")
_ORG_BEFORE = re.compile(
    # ("Trung tâm Nghiên cứu vùng Delta của trường": a research centre named after its region)
    # (a chamber: "Phòng Công nghiệp và Thương mại Leipzig")
    r"(?:trung tâm(?=\s+nghiên cứu)|đại học|trường|công ty|tập đoàn|ngân hàng|bệnh viện|sân bay|(?<!thành phố )cảng(?: vụ)?|hãng|hiệp định|tuyên bố|"
    # an industrial park named after its towns: "khảo sát Khu công nghiệp Thâm Quyến - Nam Ninh và Cảng Khâm Châu"
    r"khu công nghiệp|khu chế xuất|khu công nghệ cao|"
    r"phòng công nghiệp|phòng thương mại|"
    # a trade office named after its city: "Văn phòng Kinh tế và Văn hóa Đài Bắc" (not a foreign province's own
    # government office: "Văn phòng Ngoại vụ Quảng Tây")
    r"văn phòng(?=\s+(?:kinh tế|thương mại|xúc tiến))|"
    # "Liên đoàn Kinh tế Kansai": a federation named after its region
    r"liên đoàn|"
    # an association named after its city: "Hội Hữu nghị y tế Osaka (Nhật Bản)", "Hiệp hội Doanh nghiệp Busan"
    r"hội hữu nghị|hiệp hội|"
    # ("viện", not a legislature: "Nghị viện Nam Úc", "Hạ viện" name the state's own body)
    r"công ước|giải|câu lạc bộ|clb|hội nghị|diễn đàn|nghị định thư|(?<!nghị )(?<!hạ )(?<!thượng )viện|hội chợ|triển lãm)"
    # (a dash between its parts: "Văn phòng Kinh tế - Văn hóa Đài Bắc")
    r"(?:\s+(?:và|[-–]|quốc tế|nghiên cứu|quốc gia|kỹ thuật|khoa học|công nghệ|nông nghiệp|tổng hợp|bách khoa|ngoại ngữ|"
    # (a capitalised word of two syllables: "Hội chợ Công nghiệp Hannover Messe")
    # (a year in an event's name: "Triển lãm thế giới EXPO 2025 Osaka")
    # (the region's kind word last: "Trung tâm Nghiên cứu vùng Flanders")
    # (a company's form or a trade in lower case: "Công ty cổ phần Volga-Agro", "Hiệp hội Doanh nghiệp thủy sản Busan")
    r"y dược|y tế|kinh tế|sư phạm|thế giới|(?:19|20)\d\d|cổ phần|trách nhiệm hữu hạn|tnhh|"
    r"(?-i:" + UPPER + r")\w*(?:\s+(?!(?:với|của|tại|ở|tỉnh|thành|phố|bang|vùng|và|cùng|giữa|hữu|nghị|kết|nghĩa)(?!\w))(?-i:" + LOWER + r")\w*){0,3})){0,4}"
    r"(?:\s+vùng)?\s+$|"
    # a fair named with its city after what it shows: "Hội chợ sách quốc tế Leipzig" (not one held with a partner:
    # "hội chợ thương mại với tỉnh Gyeonggi")
    # ("Hội chợ thương mại tỉnh Attapeu", "triển lãm ảnh về tỉnh Gyeonggi" are the partner's)
    r"(?:hội chợ|triển lãm)(?:\s+(?!(?:với|cùng|và|giữa|của|cho|tại|ở|về|tỉnh|thành|phố|bang|vùng|châu|quận|huyện)\b)"
    r"(?-i:" + LOWER + r")\w*){1,5}\s+$",
    re.IGNORECASE,
)
# The bracket after an organisation's town that names its region: " (bang "
_BRACKET_KIND = re.compile(r"\s*\(\s*(?:tỉnh|bang|vùng|tiểu bang|tỉnh bang|quận|hạt)\s+", re.IGNORECASE)
# Where a meeting takes place: a capital named only so is a venue.
_VENUE_BEFORE = re.compile(
    # (or its outskirts, its centre: "ở ngoại ô Tokyo")
    # (or an online meeting's end there: "Tham dự tại điểm cầu Tokyo có Đại sứ ...")
    r"(?:^|\s)(?:tại|ở|đến|tới|sang|điểm cầu)\s+(?:(?:ngoại ô|ngoại thành|trung tâm)\s+)?(?:thủ đô\s+|thành phố\s+|tp\.?\s*)?$",
    re.IGNORECASE
)
# ... or the last of a list of venues after an event's words: "các chương trình xúc tiến tổ chức tại Tokyo và
# Seoul" (not the cities a delegation visited: "thăm và làm việc tại Luông Pha Bang và Viêng Chăn")
_VENUE_LIST_BEFORE = re.compile(
    r"(?i:tổ chức|diễn ra|xúc tiến|hội chợ|hội nghị|hội thảo|triển lãm|diễn đàn)[^.;\n]{0,60}?"
    r"(?:^|\s)(?:tại|ở)\s+(?:" + UPPER + r"[\w'’]*(?:\s+" + UPPER + r"[\w'’]*){0,2}\s*(?:,\s*|\s+và\s+)){1,4}$"
    # (or the bridge points of an online conference or promotion: "Hội nghị trực tuyến xúc tiến đầu tư ..., kết nối điểm cầu Bắc
    # Ninh với các điểm cầu Hà Nội và Seoul"; not talks with the capital's own government, "hội đàm trực tuyến ... tại các điểm
    # cầu Huế, Phnôm Pênh")
    r"|(?i:hội nghị|xúc tiến|hội chợ|diễn đàn|hội thảo|trực tuyến|kết nối)"
    r"(?:(?!(?i:hội đàm|làm việc với|chính quyền|lãnh đạo|đô trưởng|thị trưởng))[^.;\n]){0,160}?(?i:điểm cầu)\s+(?:" + UPPER + r"[\w'’]*(?:\s+" + UPPER + r"[\w'’]*){0,2}\s*(?:,\s*|\s+và\s+)){1,4}$"
)
# The city's own leaders or government in the clause after "tại X".
_CITY_HOSTS = re.compile(
    # ("lãnh đạo chính quyền tỉnh Gunma" at the city is the prefecture's, not the city's)
    r"(?i:thị trưởng|chính quyền(?!\s+(?:tỉnh|bang|vùng|châu)\b)|lãnh đạo thành phố|hội đồng thành phố|thành ủy|ubnd thành phố|"
    r"(?:sở|ban|văn phòng)[^.;,]{0,40}thành phố|ký (?:kết )?(?:biên bản|thỏa thuận|bản ghi nhớ))"
)
# A locality dealt with: asked, worked with, visited ("đề nghị Busan hỗ trợ", "với Busan").
_DEALT_WITH = re.compile(
    r"(?<!\w)(?:đề nghị|kiến nghị|mong muốn|với|giữa|thăm|và|chính quyền|phía|lãnh đạo(?: chính quyền)?)\s+$", re.IGNORECASE
)
# ... unless the province deals with it as a whole: "ký kết biên bản ghi nhớ hợp tác với vùng Kansai"
_REGION_DEALT_WITH = re.compile(r"(?<!\w)(?:đề nghị|kiến nghị|với|giữa|thăm)\s+(?:vùng\s+)?$", re.IGNORECASE)
_HONORIFIC_BEFORE = re.compile(r"(?<!\w)(?:ông|bà|ngài|đồng chí)\s+$", re.IGNORECASE)
_DISTANCE_BEFORE = re.compile(r"(?<!\w)cách\s+(?:(?:thủ đô|thành phố|TP\.?|trung tâm|thủ phủ)\s+)?$", re.IGNORECASE)
# Where a place lies beside a city, which it names for no tie: "Gunpo là thành phố vệ tinh phía Nam thủ đô Seoul".
_BESIDE_BEFORE = re.compile(
    # ("Artemisa là tỉnh nông nghiệp phía Tây thủ đô La Habana"; not a place visited there, "khu thương mại phía Nam thành phố Côn Minh")
    r"(?<!\w)(?:vệ tinh|nằm(?:\s+ở)?|là\s+(?:một\s+)?(?:tỉnh|thành phố|huyện|quận)(?:\s+[^\s.;,]+){0,3}?)\s+(?:phía\s+)?"
    r"(?:Đông Bắc|Tây Bắc|Đông Nam|Tây Nam|Bắc|Nam|Đông|Tây)(?:\s+của)?\s+(?:thủ đô|thành phố|TP\.?)\s+$|"
    # (or a place told as where it lies, with its neighbours: "Selenge nằm ở phía bắc Mông Cổ, giáp với Cộng hòa Buryatia")
    # (each of them: "... giáp với tỉnh Stung Treng (Campuchia) và tỉnh Ubon Ratchathani (Thái Lan)")
    # (or a partner told as a province bordering others: "Phông Sa Lỳ là tỉnh giáp với cả Việt Nam và tỉnh Vân Nam (Trung Quốc)")
    r"(?<!\w)là\s+(?:một\s+)?(?:tỉnh|thành phố|địa phương)\s+(?:duy nhất\s+)?(?:tiếp\s+)?giáp(?:\s+ranh)?(?:\s+với)?\s+(?:cả\s+)?"
    r"(?:[^.;\n]{1,50}?(?:,|\svà)\s+){0,3}(?:tỉnh\s+|bang\s+|vùng\s+)?$|"
    r"(?<!\w)nằm\s+ở[^.;\n]{0,60}?,\s*(?:tiếp\s+)?giáp(?:\s+ranh)?(?:\s+với)?\s+"
    r"(?:[^.;\n]{1,50}?(?:,|\svà)\s+){0,3}(?:Cộng hòa\s+|nước\s+|tỉnh\s+|vùng\s+|bang\s+)?$|"
    # (or the region a partner city is the centre of: "Ulyanovsk là trung tâm công nghiệp ô tô ... của vùng Povolzhye")
    r"(?<!\w)(?:trung tâm|thủ phủ|cửa ngõ)\b[^.;\n]{0,60}?\s(?:của|thuộc)\s+(?:vùng|khu vực)\s+$|"
    # (or others it is compared with: "số sinh viên Việt Nam tại Nam Úc chỉ đứng sau các bang Victoria và New South Wales")
    r"(?<!\w)đứng\s+(?:thứ\s+\w+\s+)?(?:sau|trước)\s+(?:các\s+)?(?:bang|tỉnh|thành phố)\s+(?:[^.;,\n]{1,30}?(?:,|\svà)\s+){0,3}$"
)
_LATIN_SURNAME_AFTER = re.compile(r"\s+[A-Z][a-z]{2,}\s*\)")
# (or its waters: "tàu cá của tỉnh từng bị bắt giữ tại vùng biển tỉnh Songkhla")
_NATURE_BEFORE = re.compile(
    r"(?<!\w)(?:sông|hồ|núi|dãy núi|vịnh|eo biển|thác|cao nguyên|mặt trận)\s+$|"
    r"(?<!\w)(?:vùng biển|vùng nước|hải phận|vùng trời)(?:\s+(?:của\s+)?(?:tỉnh|thành phố|bang))?\s+$|"
    # (or its port, the ports listed: "đi qua cảng Rotterdam", "với các cảng Ninh Ba - Chu San, Thượng Hải và Quảng Châu"; not
    # "thành phố cảng Busan", the city)
    r"(?<!\w)(?<!phố )(?<!thị )cảng(?:\s+biển)?\s+$|(?<!\w)các cảng\s+(?:[^.;,\n]{1,25}(?:,|\svà)\s+){0,4}$"
)
# Cities named as the markets of a promotion: "quảng bá du lịch Bình Thuận tại các thành phố lớn
# của Nga như Moscow, Saint Petersburg, Novosibirsk".
# (not sister cities or partners: "tại các thành phố kết nghĩa như Kazan và Ulyanovsk")
_MARKETS_LISTED = re.compile(
    r"(?:quảng bá|xúc tiến|giới thiệu)[^.;\n]{0,80}?\s(?:tại|ở|tới|đến)\s+(?:các\s+)?(?:thành phố|địa phương|thị trường)"
    r"(?![^.;\n]{0,40}?(?:kết nghĩa|đối tác|hữu nghị|bạn\b))[^.;\n]{0,40}?\snhư\s+(?:[^.;\n]{0,60}?(?:,\s*|\s+và\s+))?$|"
    # where visitors come from: "... lượt khách năm 2019, chủ yếu đến từ Moscow, Novosibirsk, ..."
    r"(?<!đoàn )(?:khách|du khách|lượt khách|hành khách)[^.;\n]{0,60}?\sđến từ\s+(?:các\s+(?:thành phố|địa phương)\s+(?:như\s+)?)?"
    r"(?:[^.;\n]{0,60}?(?:,\s*|\s+và\s+))?$|"
    # a market named by its localities: "vào thị trường các bang Victoria, New South Wales"
    # (or with no unit word: "được vận chuyển tới các thị trường Quảng Châu, Thượng Hải")
    r"thị trường\s+(?:các\s+)?(?:(?:bang|tỉnh|vùng|thành phố|khu vực)\s+)?(?:[^.;\n]{0,60}?(?:,\s*|\s+và\s+))?$|"
    # ... or by its buyers: "người tiêu dùng ở Melbourne và Sydney"
    # ... or by where they are sold: "đã có mặt tại các chợ đầu mối ở Thượng Hải, Quảng Châu"
    # ("Cà phê, trà Lâm Đồng hiện có mặt tại các chuỗi siêu thị châu Á ở Toronto, Vancouver")
    r"(?:chợ đầu mối|siêu thị|cửa hàng)\b[^.;,\n]{0,25}?\s(?:ở|tại)\s+(?:[^.;\n]{0,60}?(?:,\s*|\s+và\s+))?$|"
    # ("được các nhà rang xay ở Hamburg và Trieste thu mua")
    r"(?:người tiêu dùng|khách hàng|nhà nhập khẩu|nhà rang xay|thương nhân|nhà phân phối|người mua)\s+(?:ở|tại)\s+"
    r"(?:[^.;\n]{0,60}?(?:,\s*|\s+và\s+))?$",
    re.IGNORECASE,
)
# Where a fair or a show is held: "tham gia Hội chợ Micam tại Milan".
# (and the province's promotion conference held there: "Hội nghị xúc tiến đầu tư tỉnh Phú Thọ tại Tokyo
# và Osaka", "Hội nghị xúc tiến đầu tư Đà Nẵng tại Tokyo")
_FAIR_AT = re.compile(
    # (a long name too: "Hội chợ Xuất nhập khẩu Trung Quốc – Nam Á tổ chức tại thành phố Côn Minh")
    r"(?:hội chợ|triển lãm|lễ hội|festival|expo|hội nghị xúc tiến|hội thảo xúc tiến|diễn đàn xúc tiến)\b"
    r"[^.;,\n]{0,70}\s(?:tại|ở)\s+(?:(?:thành phố|huyện|quận|tỉnh)\s+)?(?:[^.;,\n]{1,20}\s+và\s+)?$|"
    # a forum's or a summit's venue, however long its name: "Diễn đàn các địa phương Nhật Bản - ASEAN tổ chức tại
    # thành phố Maebashi", "Hội nghị thượng đỉnh Vibrant Gujarat tổ chức tại thành phố Gandhinagar"
    r"(?<!\w)(?:diễn đàn|hội nghị thượng đỉnh)\b[^.;,\n]{0,60}?\s(?:tổ chức|diễn ra)\s+(?:tại|ở)\s+"
    r"(?:(?:thành phố|huyện|quận|tỉnh)\s+)?$|"
    # (and the region of a trade fair's city: "Triển lãm CES 2026 tại thành phố Las Vegas, bang Nevada"; not
    # a festival the province holds in its twin: "Lễ hội văn hóa Việt Nam tại thành phố Kofu, tỉnh Yamanashi")
    r"(?:hội chợ|triển lãm|expo)\b[^.;,\n]{0,40}\s(?:tại|ở)\s+(?:thành phố\s+)?[^.;,\n]{1,30},\s*"
    r"(?:bang|tiểu bang|tỉnh|vùng)\s+$|"
    # (or a world expo named with its year and city: "bên lề Expo 2025 Osaka, Kansai")
    r"(?<!\w)(?-i:Expo|EXPO|World Expo)\s+\d{4}\s+$|"
    # (or in brackets after its name: "Hội chợ Thương mại quốc tế Trung - Việt (Đông Hưng)")
    r"(?:hội chợ|triển lãm|expo|lễ hội|festival)\b[^.;,()\n]{0,60}\(\s*$",
    re.IGNORECASE,
)
# Where something else is: a company's seat or plant ("Tập đoàn POSCO (trụ sở chính tại thành phố
# Pohang)", "nhà máy Lada ở thành phố Tolyatti"), a school or a border gate with its town in
# brackets ("Trường Đại học Saskatchewan (thành phố Saskatoon)"), the region a city lies in
# ("thành phố Kitakyushu thuộc tỉnh Fukuoka"): no partner named there.
# (the place, and the places it lies in after it: "có trụ sở tại thành phố Suwon, tỉnh Gyeonggi")
_IN_PLACES = (
    r"(?:(?:thành phố|tỉnh|bang|tp\.?|quận|huyện)\s*)?(?:(?:(?:thành phố|tỉnh|bang|tp\.?|quận|huyện)\s*)?"
    # (or in brackets: "doanh nghiệp có trụ sở tại Chicago (bang Illinois)")
    # (or two: "các tập đoàn có trụ sở chính ở Amsterdam và Rotterdam")
    # (or past a country in brackets: "hiện có nhà máy tại Ulsan, Geoje (Hàn Quốc) và Thượng Hải (Trung Quốc)")
    r"(?-i:" + UPPER + r")[\w'’\-]*(?:\s+(?-i:" + UPPER + r")[\w'’\-]*){0,3}(?:,\s*|\s*\(\s*|\s+và\s+|\s*\)\s*(?:,\s*|và\s+))){0,3}"
    r"(?:thành phố\s+|tỉnh\s+|bang\s+|tp\.?\s*|quận\s+|huyện\s+)?$"
)
_SEAT_BEFORE = re.compile(
    # (or its head office: "tổ chức Vòng tay Bắc Âu, có văn phòng chính tại Gothenburg (Thụy Điển)")
    # (or its parent company's: "Một doanh nghiệp Đài Loan có công ty mẹ tại Cao Hùng")
    r"(?:trụ sở(?: chính)?|nhà máy|xí nghiệp|cơ sở sản xuất|tổ hợp sản xuất|công ty mẹ|tập đoàn mẹ|văn phòng chính(?!\s+(?:quyền|phủ)(?!\w)))[^.;\n]{0,50}?"
    r"\s(?:tại|ở|đặt tại)\s+" + _IN_PLACES + "|"
    # (or named after its town: "chuyển một phần dây chuyền từ nhà máy Tô Châu sang Bắc Ninh")
    r"(?<!\w)(?:nhà máy|xí nghiệp)\s+$|"
    # (or a fair's hall: "tại Trung tâm Hội nghị Makuhari Messe (tỉnh Chiba)")
    # (or a gate's county: "sang cửa khẩu Thiên Bảo (huyện Ma Lật Pha)")
    r"(?:đại học|trường|cửa khẩu|sân bay|nhà máy|khu công nghiệp|trung tâm hội nghị|trung tâm triển lãm)\b[^.;()\n]{0,60}"
    r"\(\s*(?:thành phố|tỉnh|bang|huyện|thị xã|thị trấn|trấn)?\s*$|"
    # a school's town: "đến thăm Trường Đại học Griffith tại thành phố Gold Coast"
    r"(?:trường đại học|đại học|học viện)(?:\s+(?-i:" + UPPER + r")[\w'’\-]*){1,4}\s+(?:tại|ở)\s+" + _IN_PLACES + "|"
    r"(?<!\w)thuộc\s+(?:tỉnh|bang|vùng|châu)?\s*$|"
    # schools named by where they are: "một số trường đại học ở Minsk và Gomel đang đào tạo sinh viên Việt Nam"
    # (not those met with the place's leaders: "làm việc với lãnh đạo và một số trường đại học tại tỉnh Gunma")
    r"(?<!và )(?<!với )(?<!thăm )(?:các|một số|nhiều|những)\s+(?:trường đại học|trường|đại học|học viện|viện nghiên cứu)\s+(?:tại|ở)\s+"
    r"(?:(?-i:" + UPPER + r")[\w'’\-]*(?:\s+(?-i:" + UPPER + r")[\w'’\-]*){0,2}\s+và\s+)?" + _IN_PLACES + "|"
    # a bridge's ends in brackets after its name: "cầu Hữu nghị 2 (Mukdahan – Savannakhet)"
    r"(?<!\w)cầu\s+(?-i:[A-ZĐ])[^.;()\n]{0,40}\(\s*(?:[^()\n]{1,30}?\s*[–-]\s*)?$|"
    # the seat a meeting was held in: "tại trụ sở Tỉnh sảnh, thành phố Banlung"
    r"(?:tại|ở)\s+trụ sở\b[^.;,\n]{0,40},\s*(?:thành phố|thị xã|thủ phủ)\s+$",
    re.IGNORECASE,
)
# The places a road passes, listed before the last: names with their unit words, a bridge or a gate ("cầu Hữu nghị Thái -
# Lào I, thủ đô Viêng Chăn và "), not a place visited ("cửa khẩu Cầu Treo, thăm tỉnh Bolikhamxay và ").
_PLACES_PASSED = (
    r"(?:(?:(?:thủ đô|thành phố|tỉnh|thị xã|thị trấn|cầu|cửa khẩu(?:\s+quốc tế)?|(?:các\s+)?huyện)\s+)?(?-i:" + UPPER + r")(?:(?!\s(?:thăm|làm việc|hội đàm|gặp)\b)"
    r"[^.;,\n]){0,30}?(?:,|\svà)\s+){0,3}"
)
# A place passed through or left behind: "quá cảnh tỉnh Savannakhet", "quá cảnh tại sân bay
# Frankfurt", "về nước qua Moskva", "sau chuyến bay từ Thủ đô Ulaanbaatar", "tỉnh được tách ra từ
# tỉnh Kampong Cham".
_PASSED_BEFORE = re.compile(
    # a place a road runs through: "tuyến đường từ Nakhon Phanom qua tỉnh Khammouane (Lào) đến Hà Tĩnh"
    # (each of them, and a national road's: "theo Quốc lộ 8 qua tỉnh Bolikhamxay và tỉnh Khăm Muộn (Lào)")
    r"(?<!\w)(?:tuyến đường|tuyến|đường|hành lang|quốc lộ)\b[^.;\n]{0,60}?\squa\s+(?:(?:địa phận|địa bàn|lãnh thổ)\s+(?:của\s+)?)?"
    + _PLACES_PASSED
    + r"(?:tỉnh\s+|thành phố\s+)?$|"
    # a bridge crossed from a town: "qua Cầu Hữu nghị Thái - Lào III từ thị xã Thakhek sang Nakhon Phanom"
    r"(?<!\w)qua\s+cầu\b[^.;\n]{0,60}?\stừ\s+(?:thị xã\s+|thành phố\s+|tỉnh\s+)?$|"
    r"(?:quá cảnh|nối chuyến|transit)(?:\s+(?:tại|qua|ở))?\s+(?:(?:sân bay|cảng hàng không)(?:\s+quốc tế)?\s+)?"
    # ("quá cảnh tại Đặc khu hành chính Hồng Kông")
    r"(?:thủ đô\s+|thành phố\s+|tỉnh\s+|bang\s+|đặc khu(?: hành chính)?\s+)?$|"
    # where the border is crossed: "nhập cảnh Thái Lan qua Cầu Hữu nghị Thái - Lào số 1 tại tỉnh Nong Khai" (not where
    # the delegation goes on to work: "xuất cảnh qua cửa khẩu Cầu Treo, sang làm việc tại tỉnh ...")
    # (nor, after a comma, where it then holds talks: "Sau khi nhập cảnh qua cửa khẩu ..., tại tỉnh Phông Sa Lỳ, đoàn đã hội đàm")
    r"(?<!\w)(?:xuất cảnh|nhập cảnh)\b(?:(?!sang|đến|tới|làm việc|thăm|hội đàm|gặp)[^.;,\n]){0,100}?\s(?:qua|tại|ở)\s+"
    r"(?:thủ đô\s+|thành phố\s+|tỉnh\s+|bang\s+)?$|"
    # a place crossed on the way: "đi qua tỉnh Khăm Muồn (Lào) rồi qua Cầu Hữu nghị"
    # ("đi qua huyện Hà Khẩu theo đường cao tốc ...")
    # (each place of a road journey: "Đoàn đến Nghệ An bằng đường bộ, qua cầu Hữu nghị Thái - Lào I, thủ đô Viêng Chăn và tỉnh
    # Xiêng Khoảng (Lào)")
    r"(?<!\w)(?:bằng đường bộ|bằng ô tô|bằng xe)\b[^.;\n]{0,40}?\squa\s+" + _PLACES_PASSED
    + r"(?:thủ đô\s+|thành phố\s+|tỉnh\s+|bang\s+)?$|"
    r"(?<!\w)(?:đi|băng|ngang|đi ngang) qua\s+(?:địa phận\s+)?(?:thủ đô\s+|thành phố\s+|tỉnh\s+|bang\s+|huyện\s+|thị trấn\s+|châu\s+)?$|"
    # a road's or a corridor's ends: "tuyến đường nối Đà Nẵng với thành phố Mawlamyine (Myanmar)", "tuyến vận tải hàng hóa từ
    # cảng Dung Quất qua cửa khẩu Bờ Y đến Nam Lào và tỉnh Ubon Ratchathani (Thái Lan)"
    r"(?<!\w)(?:tuyến đường|tuyến vận tải|tuyến|hành lang(?: kinh tế)?|đường cao tốc|đường sắt|quốc lộ)\b[^.;\n]{0,60}?\s(?:nối|kết nối)\s"
    r"[^.;\n]{1,40}?\s(?:với|và|đến|tới)\s+(?:thủ đô\s+|thành phố\s+|tỉnh\s+|bang\s+)?$|"
    r"(?<!\w)(?:tuyến đường|tuyến vận tải|tuyến|hành lang(?: kinh tế)?)\b[^.;\n]{0,60}?\stừ\s[^.;\n]{1,80}?\s(?:đến|tới)\s+"
    r"(?:[^.;,\n]{1,20}?\s+và\s+)?(?:thủ đô\s+|thành phố\s+|tỉnh\s+|bang\s+)?$|"
    # where the guests flew from: "Đoàn bay từ thủ đô Ulaanbaatar ..., quá cảnh tại Seoul"
    r"(?<!\w)(?:bay|xuất phát|khởi hành) từ\s+(?:sân bay\s+)?(?:thủ đô\s+|thành phố\s+)?(?:[^()\n]{1,30}\(\s*)?$|"

    # a distance to somewhere: "Blois chỉ cách thủ đô Paris chưa đầy hai giờ đi tàu"
    # (not "the way": "tìm hiểu cách thành phố Kitakyushu xử lý ô nhiễm")
    r"(?<!\w)(?:chỉ|nằm)\s+cách\s+(?:trung tâm\s+)?(?:thủ đô\s+|thành phố\s+|tỉnh\s+)?$|"
    # (each of those passed: "đi qua địa phận các tỉnh Phông Sa Lỳ, U Đôm Xay rồi đến thành phố Luông Pha Băng")
    r"(?<!\w)(?:đi|băng|ngang|đi ngang) qua\s+địa phận\s+các\s+(?:tỉnh|thành phố|bang)\s+(?:[^,.;\n]{1,30}?(?:,|\svà)\s+){0,4}$|"
    # (or in transit through several: "quá cảnh các tỉnh Bô-ly-khăm-xay và Khăm Muộn (Lào)")
    r"(?<!\w)quá cảnh\s+(?:qua\s+)?(?:địa phận\s+)?các\s+(?:tỉnh|thành phố|bang)\s+(?:[^,.;\n]{1,30}?(?:,|\svà)\s+){0,4}$|"
    r"(?:về nước|trở về nước|bay về|về Việt Nam)\s+qua\s+(?:ngả\s+|đường\s+)?(?:sân bay\s+)?(?:thủ đô\s+|thành phố\s+)?$|"
    # (chartered, and each of the cities listed: "các chuyến bay thuê chuyến từ Vla-đi-vô-xtốc, Kha-ba-rốp-xcơ đến Cam Ranh")
    # (each a name: not "Sau chuyến bay từ Hà Nội, đoàn đến Seoul và Gyeonggi")
    # (a route's too: "các đường bay thẳng từ các thành phố Novosibirsk, Irkutsk, ... đến Cảng hàng không quốc tế Cam Ranh")
    # (or their airports, how many a day: "hơn 40 chuyến bay mỗi ngày từ sân bay Incheon, Gimhae")
    r"(?:chuyến bay|đường bay)(?: thẳng| thuê chuyến| charter)?(?: mỗi (?:ngày|tuần))? (?:từ|đến)\s+(?:các\s+)?"
    r"(?:(?:sân bay|cảng hàng không)(?:\s+quốc tế)?\s+)?(?:thủ đô\s+|thành phố\s+)?(?:(?:(?:đảo|thành phố|tỉnh|thủ đô)\s+)?(?-i:" + UPPER + r")[^.;,\n]{0,30}?(?:,|\svà)\s+){0,6}$|"
    # (the first end of one between two cities: "các chuyến bay thẳng của hãng Turkish Airlines giữa Istanbul và Hà Nội")
    r"(?:chuyến bay|đường bay)(?: thẳng)?(?:\s+của\s+hãng\s+[^.;,\n]{1,30}?)?\s+(?:giữa|nối|kết nối)\s+(?:thủ đô\s+|thành phố\s+)?$|"
    # (the other ends of flights from the province: "số chuyến bay thẳng giữa Đà Nẵng với Tokyo, Osaka")
    # (every one listed: "9 đường bay thẳng kết nối Sân bay quốc tế Cam Ranh với Seoul, Busan, Daegu và Cheongju")
    r"(?:chuyến bay|đường bay)(?: thẳng)?\s+(?:giữa|nối|kết nối)\s+[^.;\n]{1,30}?\s(?:với|và)\s+(?:[^.;,\n]{0,30}?(?:,\s*|\s+và\s+)){0,4}$|"
    r"tách (?:ra )?(?:từ|khỏi)\s+(?:tỉnh\s+|thành phố\s+|huyện\s+)?$",
    re.IGNORECASE,
)


# The place a delegation goes to for a fair: "đến thành phố Hannover, bang Niedersachsen để tham
# dự Hội chợ Công nghiệp Hannover Messe".
_FAIR_AFTER = re.compile(
    r"(?:,\s*(?:(?:thành phố|tỉnh|bang|vùng)\s+)?(?-i:" + UPPER + r")[\w'’\-]*(?:\s+(?-i:" + UPPER + r")[\w'’\-]*){0,3}){0,2}"
    r"\s*(?:\([^()\n]{0,40}\))?,?\s+(?:để|nhằm)\s+(?:tham dự|tham gia|dự)\s+(?:các\s+)?"
    r"(?:hội chợ|triển lãm|expo|festival|lễ hội|tuần lễ)\b",
    re.IGNORECASE,
)


# Places named with others as where the province's people abroad live: "Nakhon Phanom cùng với Sakon Nakhon, Udon Thani là
# những địa phương có đông bà con Việt kiều sinh sống".
_PEOPLE_LIVE_AFTER = re.compile(
    r"(?:\s*(?:\([^()\n]{1,40}\))?\s*(?:,|\svà|\scùng với)\s+(?-i:" + UPPER + r")[\w'’\-]*(?:\s+(?-i:" + UPPER + r")[\w'’\-]*){0,3}){0,5}"
    r"\s*(?:\([^()\n]{1,40}\))?\s+(?:cũng\s+)?là\s+(?:những|các|một trong những)\s+(?:địa phương|nơi|thành phố|tỉnh|bang)\s+(?:có\s+)?"
    r"(?:đông|nhiều)\s+(?:bà con|người Việt|kiều bào|Việt kiều|cộng đồng|lao động|thực tập sinh|du học sinh)",
    re.IGNORECASE,
)


# Not a tie: a battlefield ("chiến đấu tại tỉnh ..."), a time zone ("Ngày 10/4 (giờ Paris)"), an
# overseas Vietnamese's home, a correspondent's place.
_NO_TIE_BEFORE = re.compile(
    r"(?<!\w)(?:chiến đấu (?:tại|ở|trên)|chiến trường)\s+(?:(?:tỉnh|thành phố|thị xã|huyện)\s+)?$|\(\s*giờ\s+$|"
    # where people of Vietnamese origin live: "bà con người gốc Việt ở khu vực Biển Hồ, tỉnh Kampong Chhnang"
    r"(?<!\w)người (?:[^\W\d_]+ )?gốc Việt(?:\s+(?:đang\s+)?sinh sống)?\s+(?:ở|tại)\s+[^.;\n]{0,40}?"
    r"(?:tỉnh|thành phố|bang)\s+$|"
    # where Vietnam's (not the province's) experts help: "các chuyên gia nông nghiệp Việt Nam đang giúp tỉnh Artemisa và tỉnh
    # Granma của Cuba trồng lúa"
    # (ongoing, as the country's programme: not the province's own project's engineers, "các kỹ sư Việt Nam đã giúp tỉnh X")
    r"(?<!\w)(?:chuyên gia|kỹ sư|kỹ thuật viên)[^.;\n]{0,30}?\sViệt Nam\s+đang\s+(?:giúp|hỗ trợ|giúp đỡ)\s+"
    r"(?:(?:tỉnh|thành phố|bang)\s+[^.;,\n]{1,30}?(?:,|\svà)\s+){0,3}(?:tỉnh\s+|thành phố\s+|bang\s+)?$|"
    # where an overseas Vietnamese lives: "bà X, kiều bào tại Leipzig (Đức)"
    r"(?<!\w)(?:kiều bào|việt kiều)(?:\s+(?:đang\s+)?(?:sinh sống|làm việc|học tập|định cư))?\s+(?:tại|ở)\s+"
    r"(?:(?:tỉnh|thành phố|bang)\s+)?$|"
    # the far end of a corridor: "tạo hành lang vận tải hàng hóa từ cảng Vũng Áng sang tỉnh Bueng Kan"; a
    # bridge's: "cầu Hữu nghị III nối với tỉnh Nakhon Phanom"
    r"(?<!\w)(?:hành lang|tuyến)[^.;\n]{0,60}?\stừ\s[^.;\n]{0,60}?\s(?:sang|đến|tới)\s+(?:tỉnh\s+|thành phố\s+|bang\s+)?$|"
    r"(?<!\w)cầu\s(?!nối)[^.;\n]{0,40}?\s(?<!kết\s)nối\s+(?:với|sang|tới)\s+(?:tỉnh\s+|thành phố\s+)?$|"
    # (or where it starts or ends: "tuyến hành lang đi qua ... và kết thúc tại Mawlamyine")
    r"(?<!\w)(?:hành lang|tuyến)[^.;\n]{0,120}?(?:kết thúc|bắt đầu|điểm cuối|điểm đầu)\s+(?:tại|ở)\s+(?:tỉnh\s+|thành phố\s+)?$|"
    # the venue of an event to come or held every year: "hội đàm định kỳ lần tới tổ chức tại thành phố Mông
    # Tự", "dự kiến tổ chức tại thành phố Côn Minh", "Hannover Messe tổ chức hằng năm tại thành phố Hannover"
    # ("thống nhất tổ chức phiên họp lần thứ 10 ... tại thành phố Mông Tự")
    r"(?<!\w)(?:sẽ|dự kiến|lần tới|hằng năm|hàng năm|thường niên|thống nhất|nhất trí)\b[^.;\n]{0,40}?(?:tổ chức(?!\s+(?:các\s+)?đoàn)|diễn ra)"
    r"[^.;\n]{0,60}?"
    r"\s(?:tại|ở)\s+(?:thành phố\s+|thủ đô\s+)?$|"
    # where businesses or tourists come from: "nhiều doanh nghiệp Hoa Kỳ, đặc biệt từ các bang California và Oregon"
    # (or workers: "sử dụng nhiều lao động từ các tỉnh Kampong Cham, Takeo")
    r"(?<!\w)(?:doanh nghiệp|nhà đầu tư|du khách|(?<!đoàn )khách|lao động|công nhân)\b[^.;\n]{0,40}?\stừ\s+(?:các\s+)?"
    r"(?:bang|tỉnh|thành phố|vùng)\s+"
    r"(?:(?-i:" + UPPER + r")[\w'’\-]*(?:\s+(?-i:" + UPPER + r")[\w'’\-]*){0,3}\s*(?:,|và)\s*)*$|"
    # where the province's workers are most: "nhiều nhất ở các thành phố Ô-sa-ka, Na-gôi-a"
    r"(?<!\w)(?:nhiều nhất|đông nhất|chủ yếu)\s+(?:ở|tại)\s+(?:các\s+)?(?:thành phố|tỉnh|bang)?\s*"
    r"(?:(?-i:" + UPPER + r")[\w'’\-]*(?:\s+(?-i:" + UPPER + r")[\w'’\-]*){0,3}\s*,\s*)*$|"
    # where a person works: "bà Nguyễn Thị Mai, doanh nhân tại Hamburg (Đức)"
    r"(?<!\w)(?:doanh nhân|giảng viên|kỹ sư|bác sĩ|luật sư|nhà khoa học|nhà nghiên cứu|nghiên cứu sinh|du học sinh|"
    r"kiến trúc sư)\s+(?:(?:đang\s+)?(?:sinh sống|làm việc|học tập|định cư)\s+)?(?:tại|ở)\s+(?:(?:tỉnh|thành phố|bang)\s+)?$|"
    # where people studied: "không ít người học tại Dresden, Leipzig", "từng du học ở thành phố Kazan"
    r"(?<!\w)(?:từng|người|sinh viên|lưu học sinh|học viên)\s+(?:[^\W\d_]+\s+)?(?:du học|học tập|học|tu nghiệp)"
    r"(?:,?\s+(?:và\s+)?(?:làm việc|công tác|sinh sống))?\s+(?:tại|ở)\s+(?:(?:tỉnh|thành phố|bang)\s+)?"
    r"(?:(?-i:" + UPPER + r")[\w'’\-]*(?:\s+(?-i:" + UPPER + r")[\w'’\-]*){0,3}\s*(?:,|và)\s*)*$|"
    # a correspondent's place in the byline: "Việt Hoa (từ Seoul)"
    # ("Hoàng Lan (thực hiện từ Tokyo)", "Bài và ảnh: Minh Anh (gửi từ Seoul)")
    r"(?:^|\n)[^\n]{0,40}\(\s*(?:(?:thực hiện|gửi|gửi về|ghi|đưa tin)\s+)?từ\s+$",
    re.IGNORECASE,
)
# The places listed before the one read: "Leipzig, Chemnitz và " before "Dresden".
_LIST_SO_FAR = r"(?:[^.;,\n]{1,25}(?:,|\svà)\s+){0,4}"
# ... only names: "Vladivostok, Novosibirsk và " before "Moskva" (not "Hà Nội, đoàn đến Seoul và ").
_NAME_ITEM = r"(?-i:" + UPPER + r")[\w'’\-]*(?:[ -](?-i:" + UPPER + r")[\w'’\-]*){0,3}\s*(?:,|\svà)\s+"
_NAMES_SO_FAR = r"(?:" + _NAME_ITEM + r"){0,5}"
# (a dot inside a number or after "TP" ends no sentence: "dài khoảng 1.450 km", "nối TP. Hồ Chí Minh với ...")
_NO_STOP = r"(?:[^.;\n]|(?<=\d)\.(?=\d)|(?<=TP)\.)"

# Places a sentence names farther back than the window before a name reaches (its cue up to _FAR_WINDOW characters before), each
# for no tie: where the province's people abroad gather ("khoảng 6.000 lao động của tỉnh đang làm việc tại Hàn Quốc, tập
# trung đông ở thành phố Ansan (tỉnh Gyeonggi) và thành phố Gimhae"), where goods go ("hàng hóa có thể theo tuyến đường
# 13 lên Viêng Chăn và sang tỉnh Nong Khai"), where products are sold ("đã xuất khẩu sang bang California"), where a
# partner applied a model it shares ("mô hình quản lý đô thị ... mà Gyeongsangbuk đã áp dụng tại các thành phố Pohang,
# Gumi"), what a railway or a road joins ("tuyến đường sắt Lào – Trung Quốc đi qua Luông Pha Băng, nối thủ đô Viêng Chăn
# với Côn Minh"; "tuyến đường từ cửa khẩu Na Mèo vào trung tâm tỉnh lỵ Sầm Nưa").
# (the clause only: not past an ask or a tie named after it, "..., đồng thời đề nghị thành phố X ...")
_CLAUSE_TO_NAME = r"(?:(?!đề nghị|kiến nghị|hợp tác|kết nghĩa|hội đàm|làm việc với)" + _NO_STOP + r"){0,150}$"
_FAR_BEFORE = re.compile(
    # (with no verb of theirs too: "Lao động của tỉnh tập trung chủ yếu tại Đài Trung, ..., tại các tỉnh Gyeongsangnam")
    r"(?<!\w)(?:người|công dân|lao động|kiều bào|bà con|cộng đồng|thực tập sinh|du học sinh|lưu học sinh|sinh viên|thuyền viên)\b"
    r"[^.;\n]{0,80}?(?:(?:sinh sống|làm việc|học tập|cư trú|lao động)\b[^.;\n]{0,60}?)?[,\s]\s*(?:chủ yếu\s+)?"
    r"(?:tập trung(?:\s+(?:đông|nhiều|chủ yếu))?|chủ yếu|nhiều nhất|đông nhất)\s+(?:là\s+)?(?:ở|tại|quanh)\s" + _CLAUSE_TO_NAME + "|"
    # (where they work: "nhiều người làm việc tại các khu công nghiệp của Gimhae và Busan", "bà con sinh sống đông ở Berlin và
    # Leipzig"; where the Vietnamese live: "nhóm bác sĩ người Việt tại bang California")
    # (people, in lower case, the clause theirs: not "Sở Lao động ... đã làm việc tại tỉnh X", "thăm hỏi thực tập sinh ..., Đoàn đã
    # đến làm việc tại tỉnh Gunma")
    # (and after a comma, most of them: "khoảng 1.200 thực tập sinh, chủ yếu làm việc tại các tỉnh Aichi, Ibaraki")
    # (or trainees, nurses: "hơn 60 học viên điều dưỡng của Đồng Nai đang học tiếng Đức để chuẩn bị sang làm việc tại các bệnh
    # viện ở thành phố Chemnitz")
    r"(?<!\w)(?<!hợp tác )(?-i:người|lao động|thực tập sinh|công nhân|bà con|kiều bào|học viên|điều dưỡng)\b"
    r"(?:(?!\s(?:[Đđ]oàn|đã)\s)[^.;,\n]){0,60}?"
    r"(?:,\s*(?:chủ yếu|phần lớn|đa số|hầu hết))?\s(?:làm việc|sinh sống|học tập)(?:\s+(?:đông|nhiều))?"
    # (or on a lake, in the provinces it lies in: "bà con sinh sống trên Biển Hồ thuộc các tỉnh Kampong Chhnang và Pursat")
    r"\s+(?:tại|ở|trên)\s+(?:[^.;,\n]{1,30}?\s+thuộc\s+)?(?:các\s+)?(?:(?:khu công nghiệp|nhà máy|công ty|doanh nghiệp|trường|bệnh viện)[^.;\n]{0,40}?\s(?:của|ở|tại)\s+)?"
    # (or the places listed after their region: "sinh sống tại các tỉnh Đông Bắc Thái Lan như Sakon Nakhon, Udon Thani")
    r"(?:(?:tỉnh|thành phố|bang|địa phương|vùng)[^.;,\n]{0,40}?\s(?:như|gồm)\s+)?"
    + _LIST_SO_FAR + r"(?:(?:thủ đô|thành phố|tỉnh|bang)\s+)?$|"
    r"(?<!\w)người Việt(?:\s+Nam)?\s+(?:đang\s+)?(?:sinh sống\s+)?(?:tại|ở)\s+(?:các\s+)?(?:(?:bang|tỉnh|thành phố)\s+)?"
    + _LIST_SO_FAR + r"$|"
    # (where flights come from: "phần lớn bay thẳng từ Vladivostok, Novosibirsk, Irkutsk, Khabarovsk và Moskva đến Cam Ranh")
    r"(?<!\w)bay\s+(?:thẳng\s+)?từ\s+" + _NAMES_SO_FAR + r"$|"
    # (a road taken through towns: "đi theo đường cao tốc qua thành phố Bằng Tường, huyện Ninh Minh để đến ...")
    # (or its land: "theo Quốc lộ 4 qua địa phận tỉnh U Đôm Xay để đến Luông Pha Băng")
    r"(?<!\w)theo\s+(?:tuyến\s+)?(?:đường|quốc lộ|tỉnh lộ|đường cao tốc|cao tốc)\b[^.;\n]{0,40}?\s(?:qua|đi qua)\s+"
    r"(?:(?:địa phận|địa bàn|lãnh thổ)\s+(?:của\s+)?)?(?:(?:thành phố|huyện|tỉnh|thị xã|thị trấn)\s+)?(?:" + _NAME_ITEM + r"(?:(?:thành phố|huyện|tỉnh|thị xã|thị trấn)\s+)?){0,4}$|"
    # (the battles of the war: "trong các chiến dịch ở Cánh đồng Chum – Xiêng Khoảng, Sầm Nưa năm xưa")
    r"(?<!\w)(?:chiến dịch|chiến trường)\b[^.;\n]{0,40}?\s(?:ở|tại)\s+" + _CLAUSE_TO_NAME + "|"
    # (or where they come from: "hàng hóa quá cảnh từ Khon Kaen, Udon Thani về cảng biển")
    r"(?<!\w)(?:hàng hóa|nông sản)\b[^.;\n]{0,120}?\s(?:lên|xuống|sang|đến|tới|về|vào|từ|đi)\s" + _CLAUSE_TO_NAME + "|"
    r"(?<!\w)(?:xuất khẩu|xuất|tiêu thụ|phân phối)\s+(?:sang|đến|tới|vào|tại|ở|đi|ra)\s+(?:các\s+)?(?:thị trường\s+)?" + _CLAUSE_TO_NAME + "|"
    # ("các thương nhân đưa qua Côn Minh để phân phối đi Thượng Hải, Hàng Châu")
    r"(?<!\w)(?:thương nhân|doanh nghiệp|hàng hóa|nông sản|sản phẩm)\b[^.;\n]{0,60}?\s(?:đưa|chuyển|vận chuyển)\s+(?:qua|đến|tới|sang|về)\s"
    + _CLAUSE_TO_NAME + "|"
    # (where investors come from: "tỉnh đã thu hút 27 dự án của các nhà đầu tư đến từ Hyogo, Shizuoka")
    r"(?<!\w)nhà đầu tư\b[^.;\n]{0,20}?\sđến từ\s+(?:các\s+)?(?:tỉnh\s+|thành phố\s+|bang\s+)?" + _LIST_SO_FAR + r"$|"
    # (or companies, their parents too, not a delegation of them: "Nhiều doanh nghiệp tham dự có công ty mẹ đến từ Busan, Changwon
    # (tỉnh Gyeongsangnam), Nagoya (tỉnh Aichi) và Osaka")
    r"(?<!\w)(?<!đoàn )(?:doanh nghiệp|công ty|công ty mẹ|tập đoàn)\b[^.;\n]{0,40}?\sđến từ\s" + _CLAUSE_TO_NAME + "|"
    # (where the province's experts work now: "các chuyên gia Việt Nam hiện đang hỗ trợ sản xuất lúa tại các tỉnh Pinar del Río,
    # Granma")
    r"(?<!\w)chuyên gia\b[^.;\n]{0,30}?\s(?:hiện\s+)?đang\s[^.;\n]{0,60}?\s(?:tại|ở)\s" + _CLAUSE_TO_NAME + "|"
    # (the members of a grouping: "Khu vực Tam giác phát triển Campuchia - Lào - Việt Nam, gồm 13 tỉnh, trong đó có Sê Kông,
    # Ratanakiri")
    r"(?<!\w)(?:tam giác phát triển|tiểu vùng|tứ giác phát triển)\b[^.;\n]{0,80}?\s(?:gồm|bao gồm|trong đó có)\s" + _CLAUSE_TO_NAME + "|"
    # (a historic site's place: "Khu di tích Chủ tịch Hồ Chí Minh tại bản Nachok, tỉnh Nakhon Phanom")
    r"(?<!\w)(?:khu di tích|di tích|nhà lưu niệm)\b[^.;\n]{0,80}?\s(?:tại|ở)\s" + _CLAUSE_TO_NAME + "|"
    # (where remains were found: "bàn giao 27 hài cốt tìm thấy tại tỉnh Hủa Phăn cho tỉnh Thanh Hóa")
    r"(?<!\w)hài cốt\b[^.;\n]{0,60}?\s(?:được\s+)?(?:tìm thấy|quy tập|phát hiện|cất bốc)\s+(?:được\s+)?(?:tại|ở)\s" + _CLAUSE_TO_NAME + "|"
    # (a company's plants listed, however long: "hiện có 6 nhà máy tại thành phố Côn Sơn (tỉnh Giang Tô, Trung Quốc), thành phố
    # Trịnh Châu và bang Tamil Nadu (Ấn Độ)")
    r"(?<!\w)(?:nhà máy|xí nghiệp|cơ sở sản xuất|chi nhánh)\s+(?:[^.;\n]{0,20}?\s)?(?:tại|ở|đặt tại)\s" + _CLAUSE_TO_NAME + "|"
    r"(?<!\w)(?:mô hình|kinh nghiệm|cách làm|giải pháp)\b[^.;\n]{0,100}?\s(?:đã\s+)?(?:áp dụng|triển khai|thí điểm)\s+"
    r"(?:thành công\s+)?(?:tại|ở)\s" + _CLAUSE_TO_NAME + "|"
    # (a corridor's or a railway's ends and the towns on it: "Hành lang kinh tế Đông - Tây nối Mawlamyine (Myanmar)", "...
    # dài khoảng 1.450 km, đi qua Mawlamyine, Myawaddy (Myanmar), Mae Sot, Phitsanulok", "tuyến đường sắt ... chạy qua, nối thủ
    # đô Viêng Chăn với Luông Pha Băng, Bò Tên và Côn Minh", "tuyến Quốc lộ 40 nối với thị xã Samakhixay và các tỉnh Nam Lào,
    # sang Ubon Ratchathani")
    # ("... trên tuyến Hành lang kinh tế Đông - Tây, kết nối với tỉnh Mukdahan (Thái Lan) qua cầu ...")
    r"(?<!\w)(?:đường sắt|đường cao tốc|quốc lộ|hành lang kinh tế|hành lang)\b" + _NO_STOP + r"{0,60}?,?\s(?:nối|kết nối|đi qua|chạy qua|từ)\s+"
    r"(?:liền\s+)?(?:với\s+)?(?:thủ đô\s+|thành phố\s+|tỉnh\s+)?"
    # (and on beyond: "... với Bô-ly-khăm-xay và xa hơn là tỉnh Bueng Kan", "nối Sơn La với Hủa Phăn và đi tiếp Xiêng Khoảng")
    # (or its stops between dashes: "Hành lang kinh tế Đông – Tây (EWEC) nối Mawlamyine (Myanmar) – Mukdahan, Khon Kaen (Thái Lan) –
    # Savannakhet (Lào) – Lao Bảo")
    r"(?:" + _NO_STOP + r"{1,120}?(?:\svới|,|\svà|\ssang|\sđến|\stới|\s[–-])\s+(?:(?:xa hơn(?: nữa)? là|đi tiếp(?: đến| tới| sang)?)\s+)?"
    r"(?:các\s+)?(?:thủ đô\s+|thành phố\s+|tỉnh\s+)?"
    r"(?:[^.;()\n]{1,30}\(\s*(?:tỉnh\s+)?)?)?$|"
    r"(?<!\w)(?:tuyến đường|con đường|đường|quốc lộ)\b[^.;\n]{0,30}?\stừ\s[^.;\n]{0,60}?\s(?:vào|về|đến|tới|lên)\s+"
    r"(?:trung tâm\s+)?(?:tỉnh lỵ\s+|thủ phủ\s+|thị xã\s+|thành phố\s+|thủ đô\s+)?$|"
    # (where boats go: "Tàu du lịch từ Tân Châu ngược sông Mê Kông lên Phnôm Pênh và Siem Reap")
    # (not the delegation's own ride: "Đoàn đi theo tuyến tàu cao tốc Shinkansen tới thành phố Kobe, hội đàm ...")
    # ("tuyến tàu khách cao tốc từ Phú Quốc đi Sihanoukville")
    r"(?<!\w)(?:tàu du lịch|tàu khách|tàu hàng|tàu biển|du thuyền|sà lan|xà lan)\b[^.;\n]{0,80}?\s(?:lên|xuống|đến|tới|sang|đi)\s"
    + _CLAUSE_TO_NAME + "|"
    # (where a flight goes through: "đoàn đã bay từ Omaha qua Los Angeles và Seoul để đến TP Hồ Chí Minh")
    r"(?<!\w)bay\s+(?:thẳng\s+)?(?:từ\s+[^.;\n]{1,40}?\s)?qua\s+" + _LIST_SO_FAR + r"$|"
    # (places of the revolution's history: "các địa chỉ đỏ gắn với hoạt động cách mạng của Chủ tịch Hồ Chí Minh tại Trung Quốc như
    # Quế Lâm, Liễu Châu")
    r"(?<!\w)(?:hoạt động cách mạng|địa chỉ đỏ|di tích lịch sử|chiến dịch)\b[^.;\n]{0,100}?\snhư\s+" + _LIST_SO_FAR + r"$",
    re.IGNORECASE,
)
_FAR_WINDOW = 250


def _far_before(text, at, tail=""):
    """A cue of _FAR_BEFORE in the sentence before ``at`` (with ``tail``, the kind word read with the name)."""
    return bool(_FAR_BEFORE.search(text[max(0, at - _FAR_WINDOW) : at] + tail))


# A year of the war after a liberated town: "giải phóng tỉnh Stung Treng năm 1979" (not the day of its
# liberation a delegation celebrates there: "Lễ kỷ niệm 45 năm Ngày giải phóng tỉnh Ratanakiri").
_LIBERATED_BEFORE = re.compile(r"(?<!\w)(?<!ngày )giải phóng\s+(?:(?:tỉnh|thành phố|thị xã|huyện)\s+)?$", re.IGNORECASE)
_WAR_YEAR_AFTER = re.compile(r"\s+(?:vào\s+)?năm\s+19[4-8]\d\b")
# A school named after its city or state: "Đại học Kinh tế thành phố Takasaki", "Đại học bang Oregon" (not "Đại học Quốc gia Seoul và
# thành phố Seoul", two parties).
_SCHOOL_OF_CITY = re.compile(
    r"(?:đại học|trường|học viện)(?:\s+(?!và\b)(?:(?-i:" + UPPER + r")\w*|kinh tế|y|dược|sư phạm|kỹ thuật|công nghệ|"
    r"ngoại ngữ|quốc gia|quốc tế|tổng hợp|nghệ thuật|văn hóa)){0,4}\s+(?:thành phố|tỉnh|bang|tp\.?)\s*$",
    re.IGNORECASE,
)


# ... unless the clause goes on to name the tie: "sang tỉnh Bolikhamxay, địa phương có quan hệ hợp tác truyền thống",
# "nối sang tỉnh Kandal, địa phương kết nghĩa với tỉnh"
# ("Cộng đồng người Việt tại các tỉnh Savannakhet, Salavan (Lào) và Mukdahan (Thái Lan) – những địa phương có quan hệ hợp tác ...")
_TIE_AFTER = re.compile(
    r"[^.;\n]{0,60}?(?:kết nghĩa|hợp tác truyền thống|quan hệ hữu nghị|địa phương bạn|tỉnh bạn|đối tác truyền thống|"
    r"địa phương có quan hệ)"
)


def _somewhere_else(before, after=""):
    """The words before a name place something else there: a fair's venue, a company's seat, a
    school's town, a transit; or name it for no tie: the war's history (a liberated town with its
    year in ``after``), a time zone, an overseas Vietnamese's home, a byline's place."""
    return bool(
        _FAIR_AT.search(before) or _SEAT_BEFORE.search(before) or _PASSED_BEFORE.search(before)
        or _NO_TIE_BEFORE.search(before) or _SCHOOL_OF_CITY.search(before) or _BESIDE_BEFORE.search(before)
        or (_IN_PASSING_BEFORE.search(before) and not _ACTED_THERE_AFTER.match(after)) or _came_from_before(before)
        or (_LIBERATED_BEFORE.search(before) and _WAR_YEAR_AFTER.match(after))
    )


# Where guests came from, the place in Vietnam they reached named first: "Đoàn vừa đến TP.HCM từ Brussels để tham dự ...";
# not the province's delegation going on from one stop abroad to the next ("đã đến Osaka từ thành phố Sakai").
_CAME_FROM = re.compile(r"(?<!\w)(?:vừa|đã)\s+(?:đến|tới|sang)\s+(?P<reached>(?:[^.;,\n]|\.(?=\S)){1,40}?)\s+từ\s+(?:thủ đô\s+|thành phố\s+)?$")


def _came_from_before(before):
    m = _CAME_FROM.search(before)
    return bool(m) and not known_abroad(m.group("reached").strip()) and (
        "Việt Nam" in m.group("reached") or "sân bay" in m.group("reached") or bool(lookup.find_all(m.group("reached")))
        or bool(_VN_CITY.match(m.group("reached")))
    )


# Vietnamese cities and airports that are no province's name.
_VN_CITY = re.compile(
    r"(?:thành phố\s+|TP\.?\s*)?(?:Hạ Long|Phú Quốc|Nha Trang|Hội An|Sa Pa|Vinh|Quy Nhơn|Đà Lạt|Buôn Ma Thuột|Nội Bài|Cam Ranh|"
    r"Tân Sơn Nhất|Vũng Tàu|Phan Thiết|Pleiku|Móng Cái|Đồng Hới|Tuy Hòa|Rạch Giá|Long Xuyên|Mỹ Tho|Việt Trì|Thủ Dầu Một|Biên Hòa)\b"
)


# ... unless the delegation does something there: "... đang học tập tại tỉnh Chungcheongnam và hội đàm với Phó Tỉnh trưởng ...".
_ACTED_THERE_AFTER = re.compile(
    # (not "tiếp tục": "... sông Tiền đi Phnom Penh tiếp tục là tuyến vận chuyển ...")
    r"(?:\s*\([^()\n]{1,30}\))?[,\s]*(?:và\s+|rồi\s+)?(?:đoàn\s+)?(?:để\s+)?(?:hội đàm|làm việc|thăm|gặp|ký|dự|tiếp(?!\s+(?:tục|nhận|cận|theo)(?!\w))|chào)(?!\w)",
    re.IGNORECASE,
)
# Places named in passing: where a road leads, where students study, a state's capital or its business centre described,
# where the province's people live or work abroad, where firms sit.
_BIO_PLACE = (
    # (the region after the place, in brackets or after a comma: "sinh ra tại thành phố Pakse, tỉnh Champasak")
    # ("có 12 năm công tác tại chính quyền thành phố Seoul")
    r"(?:chính quyền\s+)?(?:thành phố\s+|tỉnh\s+|bang\s+|vùng\s+|châu\s+|thủ đô\s+)?(?:[^()\n.;,]{1,40}(?:\(\s*|,\s*)(?:bang|tiểu bang|tỉnh|vùng)\s+)?$"
)
_IN_PASSING_BEFORE = re.compile(
    # "theo đường 13 xuống thị xã Thà Khẹt (tỉnh Khăm Muộn)"
    # (not "theo đường 12A sang tỉnh Khăm Muộn (Lào) thăm và làm việc": the place visited)
    r"(?<!\w)theo\s+(?:đường|quốc lộ|tỉnh lộ)\b[^.;\n]{0,40}?\s(?:xuống|lên|qua)\s+"
    r"(?:thị xã\s+|thành phố\s+|tỉnh\s+|thủ đô\s+|thị trấn\s+)?(?:[^()\n]{1,30}\(\s*(?:tỉnh\s+|thành phố\s+)?)?$|"
    # "sinh viên Bình Dương đang theo học tại Trường Đại học Curtin và Đại học Murdoch ở Perth"
    # (not a clause after it: "gặp gỡ sinh viên đang học tập tại Đại học Keimyung và làm việc với chính quyền ở thành phố Daegu")
    r"(?<!\w)(?:theo học|học tập|du học|nghiên cứu sinh)\s+(?:tại|ở)\s+(?:các\s+)?(?:trường\s+)?(?:đại học|cao đẳng|học viện|viện)\b"
    r"(?:(?!\s(?:và|rồi|sau đó)\s+(?!(?:trường\s+)?(?:đại học|cao đẳng|học viện)))[^.;,\n]){0,80}?\s(?:ở|tại)\s+(?:thành phố\s+)?$|"
    # "bang Washington ... có thủ phủ là thành phố Olympia và trung tâm kinh tế lớn nhất là Seattle"
    # (described, not gone to: "Đoàn đến thủ phủ của bang Victoria là thành phố Melbourne và hội đàm ...")
    r"(?:(?<!\w)(?:có|với)|,)\s+(?:thủ phủ|thủ đô|trung tâm (?:kinh tế|thương mại|tài chính|công nghiệp)(?:\s+lớn nhất)?)\s+(?:của\s+bang\s+\S+\s+)?là\s+"
    r"(?:thành phố\s+)?$|"
    # "Nghệ An hiện có khoảng 170.000 người đang sinh sống, học tập, làm việc ở nước ngoài, tập trung tại Đài Loan (Trung
    # Quốc), Nhật Bản (các tỉnh Aichi, Saitama, Gunma)", "gần 800 thực tập sinh của Ninh Bình đang làm việc tại thành phố
    # Kurashiki", "công dân bị lừa sang làm việc tại các sòng bạc ở Sihanoukville"
    # (people's, not a programme's: "Chương trình làm việc của Đoàn tập trung tại tỉnh Aichi")
    r"(?<!\w)(?:người|công dân|lao động|kiều bào|bà con)\b[^.;\n]{0,60}?(?:sinh sống|làm việc|học tập|cư trú)\b[^.;\n]{0,60}?"
    r"\stập trung\s+(?:tại|ở)\s[^.;\n]{0,100}$|"
    # (each city listed: "hơn 3.000 người Việt Nam đang học nghề và làm việc tại các thành phố Leipzig, Chemnitz và Dresden")
    # (not "Sở Lao động ...", "hợp tác lao động", nor a clause of the delegation's after them: "thực tập sinh ..., Đoàn đã đến
    # làm việc tại tỉnh Gunma")
    r"(?<!\w)(?<!hợp tác )(?<!xuất khẩu )(?-i:thực tập sinh|lao động|người lao động|công dân|du học sinh|sinh viên|người Việt(?: Nam)?)\b"
    r"(?:(?!\s(?:[Đđ]oàn|đã)\s)(?!\svà\s+(?!làm việc|sinh sống|học tập|lao động|học nghề))[^.;,\n]){0,50}?\s"
    r"(?:đang\s+)?(?:làm việc|sinh sống|học tập|lao động|cư trú)(?:\s+(?:nhiều|chủ yếu|đông))?\s+(?:tại|ở)\s+"
    r"(?:[^.;,\n]{0,30}?\s(?:tại|ở)\s+)?"
    r"(?:các\s+)?(?:thành phố\s+|tỉnh\s+|bang\s+)?" + _LIST_SO_FAR + r"$|"
    # "cộng đồng người Việt ở vùng Đông Bắc Thái Lan tập trung đông tại các tỉnh Udon Thani, Sakon Nakhon, Nakhon Phanom"
    r"(?<!\w)(?:cộng đồng|người Việt|kiều bào|bà con)\b[^.;\n]{0,60}?\stập trung(?:\s+đông)?\s+(?:tại|ở)\s+(?:các\s+)?"
    r"(?:thành phố\s+|tỉnh\s+|bang\s+|thủ đô\s+)?" + _LIST_SO_FAR + r"(?:(?:thủ đô|thành phố|tỉnh|bang)\s+)?$|"
    # a national road's first end: "nơi Quốc lộ 1 nối Phnôm Pênh với TP. Hồ Chí Minh"
    r"(?<!\w)(?:quốc lộ|đường cao tốc|đường sắt|tuyến đường)(?:\s+số)?(?:\s+\d+\w?)?\s+(?:nối|kết nối)\s+(?:thủ đô\s+|thành phố\s+)?$|"
    # the region in brackets of a neighbour across the border: "tiếp giáp với châu Văn Sơn (tỉnh Vân Nam) và thành phố Bách Sắc
    # (khu tự trị dân tộc Choang Quảng Tây)"
    # (the region of a locality named there, not the province across a stretch of border: "giáp Lào 151 km (tỉnh Attapeu)")
    r"(?<!\w)(?:tiếp\s+)?giáp(?:\s+ranh)?(?:\s+với)?\s[^.;\n]{0,80}?(?:châu|thành phố|huyện|thị xã|quận)\s+(?-i:" + UPPER
    + r")\w*(?:\s+(?-i:" + UPPER + r")\w*)*\s*\(\s*"
    r"(?:tỉnh|khu tự trị(?:\s+dân tộc\s+\w+)?|bang|vùng)\s+$|"
    # a neighbour: "Gimpo nằm liền kề thủ đô Seoul"
    r"(?<!\w)(?:nằm\s+)?(?:liền kề|kề bên|sát bên)(?:\s+với)?\s+(?:thủ đô\s+|thành phố\s+)?$|"
    # a waterway's or a corridor's end: "tuyến đường thủy trên sông Mê Kông lên Phnom Penh", "Hành lang kinh tế Đông – Tây
    # (EWEC) nối ... sang Thái Lan và đến Mawlamyine (Myanmar)"
    # ("Tuyến đường thủy qua cửa khẩu quốc tế Vĩnh Xương trên sông Tiền đi Phnom Penh")
    r"(?<!\w)(?:đường thủy|đường sông|hành lang kinh tế)\b[^.;\n]{0,200}?\s(?:lên|xuống|đến|tới|đi)\s+(?:thủ đô\s+|thành phố\s+)?$|"
    # a partner's centres described: "tỉnh Bắc Gyeongsang có thế mạnh về công nghiệp thép, điện tử với các trung tâm công nghiệp
    # như Pohang, Gumi"
    r"(?<!\w)trung tâm\s+(?:công nghiệp|kinh tế|thương mại|tài chính|du lịch|sản xuất)(?:\s+lớn)?\s+(?:như|là)\s+" + _LIST_SO_FAR + r"$|"
    # where most of the province's people abroad live, the sentence's head too far back: "..., nhiều nhất ở thành phố San
    # Jose (Hoa Kỳ) và Melbourne (Úc)"
    r"(?<!\w)(?:nhiều nhất|đông nhất)\s+(?:là\s+)?(?:ở|tại)\s+(?:(?:thành phố|bang|tỉnh)\s+)?" + _LIST_SO_FAR + r"$|"
    # (the head of the sentence too far back: "... đang sinh sống, làm việc ở nước ngoài, tập trung đông tại California (Hoa Kỳ),
    # Paris (Pháp), Sydney (Australia)")
    r"(?<!\w)(?:nước ngoài|hải ngoại),?\s+(?:chủ yếu\s+)?tập trung(?:\s+đông)?\s+(?:tại|ở)\s+(?:[^.;\n]{1,40}?(?:,|\svà)\s+){0,4}$|"
    # the places a road joins the gate with: "Tuyến đường 78 nối cửa khẩu quốc tế Lệ Thanh – Oyadav với các tỉnh Stung Treng, ..."
    # ("trục đường Xuyên Á nối TP. Hồ Chí Minh với Phnôm Pênh": the dot of "TP." no sentence's end)
    r"(?<!\w)(?:tuyến đường|quốc lộ|đường)\s[^.;\n]{0,40}?\snối\s(?:[^.;\n]|(?<=TP)\.){0,80}?\svới\s+(?:các\s+)?(?:(?:tỉnh|thành phố)\s+)?"
    + _LIST_SO_FAR + r"$|"
    # "15 doanh nghiệp ..., phần lớn có trụ sở tại Boston"
    r"(?<!\w)(?:có\s+)?trụ sở (?:chính\s+)?(?:tại|ở)\s+(?:thành phố\s+)?$|"
    # a person's life told: where one was born or grew up ("Ông Alexei Volkov sinh ra tại thành phố Irkutsk", "sinh ra và lớn
    # lên ở thành phố Kyoto"), studied or served before ("Ông Chhun Vannak từng có nhiều năm công tác tại tỉnh Koh Kong", "đồng
    # chí có nhiều năm công tác tại tỉnh Bô-ly-khăm-xay", "từng học tập tại Trường Đại học Nông nghiệp ở tỉnh Matanzas",
    # "từng giữ chức Phó Bí thư Thành ủy Bách Sắc")
    # (and the region in brackets after it: "lớn lên ở thành phố New Orleans (bang Louisiana)")
    r"(?<!\w)(?:sinh ra|sinh năm \d{4}|lớn lên|quê|quê quán)(?:\s+và\s+lớn lên)?\s+(?:tại|ở)\s+" + _BIO_PLACE + r"|"
    # (or died, exiled or buried: "vua Hàm Nghi – vị vua bị thực dân Pháp lưu đày sang Alger (Algérie) và an táng tại làng
    # Thonac, vùng Dordogne")
    r"(?<!\w)(?:lưu đày|an táng|yên nghỉ|qua đời|từ trần|mai táng)\s+(?:sang|tại|ở)\s+" + _BIO_PLACE + r"|"
    # ("Từ kinh nghiệm nhiều năm công tác tại Battambang, ông ...")
    r"(?:(?<!\w)(?:ông|bà|đồng chí|ngài)\b[^.;\n]{0,80}?\s(?:từng(?:\s+có)?|đã có|có)|(?<!\w)từng(?:\s+có)?|(?<!\w)kinh nghiệm)\s+"
    r"(?:(?:nhiều|hơn\s+\d+|\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|vài)\s+năm\s+)?(?:"
    r"(?:công tác|làm việc|học tập|theo học|giảng dạy|sinh sống)\s+(?:[^.;,\n]{0,40}?\s)?(?:tại|ở)\s+|"
    # ("trước đó ông từng là Bí thư Tỉnh ủy tỉnh Matanzas")
    # (a post named after "là", "làm": not "từng là địa phương ... hợp tác với thành phố X", "làm việc với tỉnh X")
    r"(?:giữ chức|giữ cương vị|(?:làm|là)\s+(?=(?:Phó\s+)?(?:Bí thư|Chủ tịch|Tỉnh trưởng|Thống đốc|Thị trưởng|Giám đốc|Đại sứ|"
    r"Tổng Lãnh sự|Lãnh sự|Trưởng|Phó|Ủy viên|Châu trưởng|Huyện trưởng)\b))\s*[^.;,\n]{0,50}?\s(?:tỉnh|thành phố|Thành ủy|Tỉnh ủy|Châu ủy|bang|châu)\s+)"
    + _BIO_PLACE + r"|"
    # the other places a transit may go through: "quá cảnh tại Tokyo hoặc Seoul"
    r"(?:quá cảnh|nối chuyến)(?:\s+(?:tại|qua|ở))?\s+(?:[^.;,\n]{1,25}(?:,|\svà|\shoặc)\s+){1,3}$",
    re.IGNORECASE,
)


# A Vietnamese unit's name, up to four capitalised words (read case-sensitively inside IGNORECASE patterns).
_VN_NAME = r"(?-i:" + UPPER + r")\w*(?:\s+(?-i:" + UPPER + r")\w*){0,3}"
# Another Vietnamese province's partner: "mô hình hợp tác giữa tỉnh Tây Ninh và tỉnh Svay Rieng",
# "kinh nghiệm của tỉnh Nghệ An trong quan hệ với tỉnh Xiêng Khoảng" (read when that province is
# not the article's, nor merged with it).
# (not the guests of the province's own event: "với sự tham gia của tỉnh Nghệ An và tỉnh Bolikhamxay")
_PAIRED_WITH_BEFORE = re.compile(
    # (or with no unit word: "như mô hình kết nghĩa giữa Đắk Lắk với Mondulkiri hay giữa Bình Phước với Kratie")
    r"(?<!\w)(?:giữa\s+(?:(?:tỉnh|thành phố|TP\.?|thủ đô)\s*)?(?P<vn>" + _VN_NAME + r")"
    r"(?:\s+[^.;,\n]{0,40}?)?\s+(?:và|với)|"
    r"của\s+(?:tỉnh|thành phố|TP\.?)\s*(?P<vn2>" + _VN_NAME + r")"
    r"\s+(?:trong\s+)?(?:quan hệ|hợp tác|kết nghĩa)[^.;,\n]{0,30}?\s+với|"
    # (or opening a line, a headline of another province's: "Thừa Thiên Huế và tỉnh Kagawa ký kết thỏa thuận")
    r"(?:^|(?<=\n))\s*(?P<vn4>" + _VN_NAME + r")\s+và|"
    # ("theo mô hình hợp tác mà tỉnh Bình Phước đã triển khai với tỉnh Kratie")
    r"mà\s+(?:tỉnh|thành phố|TP\.?)\s*(?P<vn3>" + _VN_NAME + r")"
    r"\s+(?:đã\s+|đang\s+)?(?:triển khai|ký kết|thiết lập|duy trì|thực hiện|xây dựng)[^.;,\n]{0,30}?\s+với"
    # (another province's own dealings with it: "các tỉnh Tây Ninh và Long An cũng đã tổ chức hội đàm với tỉnh Svay Rieng",
    # "tỉnh Quảng Ninh đã ký kết hợp tác với bang Queensland")
    r"|(?:các\s+)?(?:tỉnh|thành phố|TP\.?)\s*(?P<vn6>" + _VN_NAME + r")(?:\s*(?:,|và)\s*" + _VN_NAME + r")*\s+(?:cũng\s+)?"
    # ("mô hình trồng lúa do tỉnh Thái Bình hợp tác với tỉnh Pinar del Río triển khai")
    r"(?:đã\s+|đang\s+)?(?:tổ chức hội đàm|hội đàm|ký kết(?: hợp tác)?|thiết lập quan hệ(?: hữu nghị)?|kết nghĩa|hợp tác|có quan hệ)\s+với"
    # ("tương tự như cách tỉnh Quảng Trị và tỉnh Savannakhet đã làm")
    r"|(?:như|nhất là|điển hình là|chẳng hạn|hay|hoặc)\s+(?:cách\s+)?(?:tỉnh\s+|thành phố\s+|TP\.?\s*)?(?P<vn5>" + _VN_NAME + r")\s+(?:với|và)"
    # (another province's experience or way with it: "kinh nghiệm hợp tác của tỉnh Cao Bằng với thành phố Bách Sắc", "học hỏi
    # cách làm của tỉnh Lạng Sơn với Khu tự trị ...", "kinh nghiệm của tỉnh Quảng Trị trong hợp tác với tỉnh Savannakhet")
    r"|(?:kinh nghiệm|cách làm|mô hình)(?:\s+hợp tác)?\s+của\s+(?:tỉnh|thành phố|TP\.?)\s*(?P<vn7>" + _VN_NAME + r")"
    r"\s+(?:với|và|trong\s+(?:hợp tác|quan hệ)\s+với)"
    # (told in passing with no kind word: "so với kinh nghiệm của Gia Lai trong hợp tác với Ratanakiri và của Quảng Nam với Sê
    # Kông", "tương tự như cách Bộ đã hỗ trợ Thừa Thiên Huế thiết lập quan hệ với tỉnh Gyeongsangbuk")
    r"|(?:và|hay|hoặc)\s+của\s+(?:tỉnh\s+|thành phố\s+|TP\.?\s*)?(?P<vn8>" + _VN_NAME + r")\s+với"
    r"|(?:hỗ trợ|giúp|giúp đỡ)\s+(?:tỉnh\s+|thành phố\s+|TP\.?\s*)?(?P<vn9>" + _VN_NAME + r")\s+"
    r"(?:thiết lập quan hệ|kết nghĩa|ký kết|hợp tác)[^.;,\n]{0,30}?\s+với"
    # ("như tỉnh Gia Lai đã ký kết hợp tác với tỉnh Champasak (Lào) và Đắk Lắk đã có quan hệ với tỉnh Mondulkiri", "các tỉnh bạn như
    # Lạng Sơn tận dụng được lợi thế kết nối với thành phố Sùng Tả")
    r"|(?:và|như)\s+(?:tỉnh\s+|thành phố\s+)?(?P<vn10>" + _VN_NAME + r")\s+(?:[^.;,\n]{0,40}?\s)?"
    r"(?:có quan hệ|ký kết(?: hợp tác)?|kết nghĩa|thiết lập quan hệ|hợp tác|kết nối)\s+với"
    # (pairs listed with a dash or "với": "cùng với các cặp địa phương như Lạng Sơn – Sùng Tả, tỉnh Quảng Ninh với thành phố
    # Phòng Thành Cảng", "cùng với Đắk Lắk – Mondulkiri, Kon Tum với tỉnh Attapư (Lào)", "giữa Thành phố Hồ Chí Minh – San
    # Francisco")
    r"|(?:(?:như|cùng với|giữa|cặp)\s+|(?<=,\s))(?:tỉnh\s+|thành phố\s+|TP\.?\s*|thủ đô\s+)?(?P<vn11>" + _VN_NAME + r")\s*(?:[–-]|\svới)\s*"
    # (or with its own ties, named bare: "Trong khu vực, Đồng Tháp duy trì quan hệ với tỉnh Prey Veng, còn Tây Ninh hợp tác với")
    r"|(?:(?<=[,.;]\s)|(?<=\n)|(?<=còn\s))(?P<vn12>" + _VN_NAME + r")\s+(?:(?:đã|đang|cũng|vẫn)\s+)*(?:duy trì\s+)?"
    r"(?:quan hệ(?:\s+(?:kết nghĩa|hữu nghị|hợp tác))?|hợp tác|kết nghĩa)\s+với"
    # (or its delegation's visit there: "đoàn đại biểu tỉnh Quảng Nam đã sang thăm, chúc Tết tỉnh Sê Kông")
    r"|[Đđ]oàn\s+(?:đại biểu|công tác)(?:\s+cấp cao)?(?:\s+của)?\s+(?:tỉnh|thành phố|TP\.?)\s*(?P<vn13>" + _VN_NAME + r")"
    r"\s+(?:(?:đã|cũng|vừa)\s+)*(?:sang\s+|đến\s+)?(?:thăm|chúc Tết|làm việc với|hội đàm với)"
    r"(?:\s*(?:,|và)\s*(?:thăm|chúc Tết|làm việc(?:\s+với)?|hội đàm(?:\s+với)?))*)"
    r"\s+(?:(?:tỉnh|thành phố|bang|châu|huyện|vùng|khu tự trị(?:\s+dân tộc\s+\w+)?)\s+)?$",
    re.IGNORECASE,
)
# A foreign locality's own ties, told by its guests: "Takeo đang hợp tác với tỉnh Quảng Đông (Trung Quốc) ...", "Tottori đã
# kết nghĩa với tỉnh Gangwon (Hàn Quốc) từ năm 1994" (the partner read before, the name before "với").
_FOREIGN_PAIR_BEFORE = re.compile(
    r"(?<![\w-])(?P<other>(?-i:" + UPPER + r")[\w'-]*(?:\s+(?-i:" + UPPER + r")[\w'-]*){0,3})\s+(?:(?:đã|đang|cũng|từng)\s+)*"
    r"(?:hợp tác|kết nghĩa|ký kết[^.;,\n]{0,30}?|thiết lập quan hệ[^.;,\n]{0,20}?|có quan hệ[^.;,\n]{0,20}?)\s+với\s+"
    r"(?:(?:tỉnh|thành phố|bang|vùng|châu|khu vực)\s+)?$",
    re.IGNORECASE,
)
# ... or after it: "như tỉnh Gyeongsangnam với tỉnh Bến Tre", "Savannakhet (tỉnh kết nghĩa của Quảng Trị)".
_PAIRED_WITH_AFTER = re.compile(
    r"^\s*(?:(?:với|và)\s+(?:tỉnh|thành phố|TP\.?)\s*(?P<vn>" + _VN_NAME + r")(?=\s*(?:[,;.)]|hay|và|hoặc))|"
    r"\((?:là\s+)?(?:tỉnh\s+|thành phố\s+|địa phương\s+)?(?:kết nghĩa|bạn|đối tác)\s+(?:của|với)\s+(?:tỉnh\s+|thành phố\s+|TP\.?\s*)?"
    r"(?P<vn2>" + _VN_NAME + r")\s*\))",
    re.IGNORECASE,
)


# A foreign partner's own ties, it the subject of its clause, listed: "Gimhae hiện đã kết nghĩa với thành phố Munakata (Nhật
# Bản) và thành phố Cửu Giang", "..., Phông Sa Lỳ cũng đang đẩy mạnh quan hệ với thành phố Phổ Nhĩ và châu Tây Song Bản Nạp",
# "Attapư và Sê Kông cũng đang hợp tác chặt chẽ với các tỉnh Ratanakiri, Stung Treng".
_FOREIGN_TIES_BEFORE = re.compile(
    # (the partner the subject of its clause, right before the verb: not one of the province's own ties listed before another,
    # "duy trì quan hệ hữu nghị với tỉnh Hủa Phăn (Lào) và đang thúc đẩy hợp tác với tỉnh ...")
    r"(?:^|(?<=[,.;:]\s)|(?<=\n))(?!(?:Ông|Bà|Ngài|Đồng chí)\b)(?P<other>(?-i:" + UPPER + r")[\w'-]*(?:\s+(?-i:" + UPPER
    + r")[\w'-]*){0,3})(?:\s+và\s+(?-i:" + UPPER + r")[\w'-]*(?:\s+(?-i:" + UPPER + r")[\w'-]*){0,3})?"
    r"\s(?:(?:hiện|đã|đang|cũng|từng|vẫn|còn)\s+)*(?:(?:đẩy mạnh|tăng cường|duy trì|thiết lập|mở rộng|có)\s+)?"
    r"(?:quan hệ(?:\s+(?:hợp tác|hữu nghị|kết nghĩa))?|hợp tác(?:\s+chặt chẽ)?|kết nghĩa)\s+với\s+"
    r"(?:(?:các\s+)?(?:tỉnh|thành phố|bang|vùng|châu|khu vực)\s+)?(?:[^.;\n]{1,50}?(?:,|\svà)\s+){0,4}"
    r"(?:(?:tỉnh|thành phố|bang|vùng|châu|khu vực)\s+)?$",
    re.IGNORECASE,
)
# ... or its ties told as a pair: "kinh nghiệm hợp tác bảo tồn di sản giữa Luang Prabang với khu di sản Angkor (tỉnh Siem Reap".
_FOREIGN_PAIR_BETWEEN = re.compile(
    r"(?:hợp tác|quan hệ|kết nghĩa)[^.;\n]{0,40}?\sgiữa\s+(?P<other>(?-i:" + UPPER + r")[\w'-]*(?:\s+(?-i:" + UPPER
    + r")[\w'-]*){0,3})\s+(?:với|và)\s+(?:[^.;()\n]{1,40}\(\s*)?(?:(?:tỉnh|thành phố|bang|vùng|châu|khu vực)\s+)?$",
    re.IGNORECASE,
)


def _own_tie_named(text, at):
    """(the match naming another foreign locality whose own tie the name at ``at`` is, told further back than
    _FOREIGN_PAIR_BEFORE reads, the window it was read in): "..., Ratanakiri cũng đang hợp tác với tỉnh ", "giữa Luang
    Prabang với khu di sản Angkor (tỉnh "; its match None without one."""
    window = text[max(0, at - 200) : at]
    return _FOREIGN_PAIR_BETWEEN.search(window) or _FOREIGN_TIES_BEFORE.search(window), window


# A sentence of the wars' or the revolution's history: a year before 1980 and what happened then
# ("Ngay từ những năm 1945 - 1946, ... chiến đấu bảo vệ thị xã Thà Khẹt", "Chiến dịch Thượng Lào năm 1953 giải
# phóng thị xã Sầm Nưa", "năm 1928 - 1929, Người từng hoạt động cách mạng tại tỉnh U-đon Tha-ni").
_OLD_YEAR = re.compile(r"(?<!\d)1[89][0-7]\d(?!\d)")
# Not history: an anniversary's span ("(5/9/1962 - 5/9/2022)", "(1962-2022)") or a party's name ("Đảng Nhân dân
# Cách mạng Lào").
_NO_HISTORY = re.compile(
    r"\(\s*(?:\d{1,2}/\d{1,2}/)?1[89]\d\d\s*[-–]\s*(?:\d{1,2}/\d{1,2}/)?20\d\d\s*\)|Nhân dân Cách mạng", re.IGNORECASE
)
_HISTORY_WORDS = re.compile(
    r"kháng chiến|chiến dịch|chiến đấu|chiến tranh|cách mạng|nhà lao|bị bắt|giải phóng|chống Pháp|chống Mỹ|"
    r"hy sinh|Itxala|thời kỳ",
    re.IGNORECASE,
)


# The war's years opening a sentence: "Trong những năm kháng chiến, ..." (not the remains of those fallen "trong các thời kỳ
# chiến tranh" searched for now).
_WAR_YEARS = re.compile(r"\s*(?:Trong|Thời|Suốt)\s+(?:những năm|thời kỳ|cuộc|hai cuộc)\s+(?:kháng chiến|chiến tranh)", re.IGNORECASE)


def _in_history(text, start, end):
    """The sentence around [start, end) tells history: a year before 1980 and a word of war or revolution (or the war's
    years named: "Trong những năm kháng chiến, ... đã chiến đấu, hy sinh ... từ Mường Phìn, Sê Pôn đến cánh đồng Chum")."""
    left = max(text.rfind(".", max(0, start - 300), start), text.rfind("\n", max(0, start - 300), start))
    right = min((i for i in (text.find(".", end, end + 300), text.find("\n", end, end + 300)) if i != -1), default=end + 300)
    sentence = _NO_HISTORY.sub(" ", text[left + 1 : right])
    if any(_century(m.group(1)) < 20 for m in _CENTURY.finditer(sentence)):
        return True  # "từ thế kỷ XVI – XVII, thương cảng Hội An đã đón các thương thuyền từ Nagasaki, Sakai"
    return bool((_OLD_YEAR.search(sentence) or _WAR_YEARS.match(sentence)) and _HISTORY_WORDS.search(sentence))


_CENTURY = re.compile(r"(?<!\w)thế kỷ\s+(?:thứ\s+)?([IVX]+|\d{1,2})(?![\w])")
_ROMAN = {"I": 1, "V": 5, "X": 10}


def _century(numeral):
    """A century written in Roman or Arabic numerals, as a number ("XVI": 16)."""
    if numeral.isdigit():
        return int(numeral)
    values = [_ROMAN[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _anothers_partner_after(before, after, province):
    """ "như tỉnh Gyeongsangnam với tỉnh Bến Tre" (after a listing word), "Savannakhet (tỉnh kết nghĩa của Quảng Trị)": the
    partner of another Vietnamese province, named after it."""
    m = _PAIRED_WITH_AFTER.match(after)
    if not m or province is None or (m.group("vn") and not _LISTING_BEFORE.search(before)):
        return False
    return _anothers(m.group("vn") or m.group("vn2"), province)


_LISTING_BEFORE = re.compile(r"(?:như|nhất là|điển hình là|chẳng hạn|hay)\s+(?:(?:tỉnh|thành phố|bang|châu)\s+)?$", re.IGNORECASE)


def _with_the_province(before, province):
    """The province named at the end of ``before`` (the 40 characters before a name), joined to that name: "Nghệ An và "
    (both of them dealing with a third)."""
    # (not the province set aside: "ngoài quan hệ với Gia Lai, Ratanakiri cũng đang hợp tác với tỉnh Attapeu")
    # (patterns with the province's name, compiled once per name: lexicon.compiled)
    return province is not None and any(
        lexicon.compiled(re.escape(n) + r"\s*(?:,|và|cùng)\s*$").search(before)
        and not lexicon.compiled(
            r"(?i:ngoài|bên cạnh)\s+(?:quan hệ\s+|hợp tác\s+)?(?:với\s+)?(?:tỉnh\s+|thành phố\s+)?" + re.escape(n) + r"\s*,\s*$"
        ).search(before)
        for n in province.names
    )


def _anothers_partner(before, province):
    m = _PAIRED_WITH_BEFORE.search(before)
    if not m or province is None:
        return False
    return _anothers(next(g for g in m.groupdict().values() if g), province)  # (the one "vn" group that matched)


def _anothers(name, province):
    """``name`` is a Vietnamese unit's, and not ``province`` (nor the unit it was merged into)."""
    unit = _resolve(name)
    if unit is None:
        return False
    ours = {_variant_key(n) for n in province.names}
    return not ({_variant_key(unit.name), _variant_key(unit.current_name)} & ours)


_SITE_BEFORE = re.compile(
    # (or the seat of the province: "tại thủ phủ Sầm Nưa")
    # (a town anywhere: "vào sâu khu vực nội địa thị trấn Hà Khẩu")
    r"(?:^|\s)(?:(?:tại|ở)\s+(?:thị xã|thị trấn|thủ phủ)|thị trấn)\s+$|(?:cửa khẩu|đặc khu kinh tế|khu kinh tế)(?:\s+đặc biệt)?(?:\s+(?:ở|tại))?\s+$|"
    # (a zone across the border: "khu hợp tác kinh tế qua biên giới Hà Khẩu - Lào Cai")
    r"khu hợp tác kinh tế (?:qua|xuyên) biên giới\s+$|"
    # (where Vietnamese people live or study: "nhiều người Việt Nam đã và đang sinh sống, học tập tại các thành phố Dresden,
    # Leipzig, Chemnitz")
    r"(?:(?:người việt(?: nam)?|kiều bào|lao động|sinh viên|du học sinh|thực tập sinh)[^.;\n]{0,40}?"
    r"(?:sinh sống|học tập|định cư|cư trú)|(?:sinh sống|định cư|cư trú)(?:,\s*(?:học tập|làm việc|lao động))*)"
    r"[^.;\n]{0,25}?\s(?:tại|ở)\s+(?:các\s+)?(?:(?:thành phố|tỉnh|bang|vùng)\s+)?(?:[^.;,\n]{1,25},\s*){0,4}$|"
    # (a town deep inside the partner's land: "xe khách ... được vào sâu nội địa đến thành phố Mông Tự")
    r"nội địa\s+(?:(?:đến|tới)\s+)?(?:thành phố\s+|thị trấn\s+|TP\.?\s*)?$|"
    # (a bridge point of an online meeting: "chủ trì tại điểm cầu Mông Tự")
    r"điểm cầu\s+(?:thành phố\s+|TP\.?\s*)?$|"
    # the end of a road: "tuyến đường kết nối cửa khẩu Nậm Cắn sang thị trấn Phôn-xa-vẳn", "tuyến đường từ cửa
    # khẩu Nậm Xôi về Sầm Nưa"
    r"(?:tuyến đường|đường|quốc lộ|tuyến)\b[^.;\n]{0,60}?\s(?:sang|đến|tới|đi|về)\s+(?:thị xã|thị trấn|thành phố|TP\.?)?\s*$",
    re.IGNORECASE,
)
# (or a correspondent's, the city in capitals before a dash: "PARIS - Ngày 12-6 (giờ địa phương), ...")
_WIRE_AFTER = re.compile(r"\s*" + lexicon.WIRE_DAY + r"\((?:TTXVN|VNA|Vietnam\+|VOV)\b")
_CORRESPONDENT_AFTER = re.compile(r"\s+[-–]\s+(?:Ngày|Sáng|Chiều|Tối|Trưa|Hôm)\b")
_NUMBER_AFTER = re.compile(r"^\s*\d")
# A Vietnamese province's own bodies: the name after "UBND tỉnh" is no foreign locality.
_PROVINCIAL_BODY_BEFORE = re.compile(lexicon.PROVINCIAL_BODIES + r"\s*$")
# A bare title, then a name, then a capitalised word: a person ("Thống đốc Nagasaki Kotaro").
_TITLE_BEFORE = re.compile(r"(?:thống đốc|tỉnh trưởng|thị trưởng|đô trưởng)\s+$", re.IGNORECASE)
_PERSON_AFTER = re.compile(r"^ (?-i:" + UPPER + r")[\w\-]+")
# One more capitalised word after a name, then the clause goes on: the name is longer.
_ONE_WORD_MORE = re.compile(r" (?-i:" + UPPER + r")[\w'’]+(?=\s*[.,;:)]|\s+(?-i:" + LOWER + r"))")
# A head's post before a place, whose name may follow it: "Thị trưởng thành phố Incheon Yoo ...".
_TITLED_BEFORE = re.compile(r"(?:thống đốc|tỉnh trưởng|thị trưởng|đô trưởng|chủ tịch|bí thư|trưởng|giám đốc)\b[^.;\n]{0,40}$", re.IGNORECASE)


def country_rx_at(text, pos):
    """A country's name starts at ``pos`` ("thành phố Busan Hàn Quốc")."""
    return bool(_country_names_rx().match(text, pos))


@cache
def _country_names_rx():
    forms = sorted(set(country_list.forms()), key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(f) for f in forms) + r")(?!\w)")


_BORDER_PAIR_BEFORE = re.compile(
    # ("Khu hợp tác kinh tế qua biên giới Móng Cái - Đông Hưng": a zone named after the pair)
    r"(?:cửa khẩu|cặp cửa khẩu|tuyến|cầu|chợ biên giới|khu hợp tác kinh tế|khu kinh tế)[^.;\n]{0,50}?\s[-–]\s*$",
    re.IGNORECASE,
)
# Kind words that no Vietnamese unit carries.
_FOREIGN_ONLY_KINDS = {"châu", "châu tự trị", "huyện tự trị", "bang", "tỉnh bang", "khu tự trị", "hạt", "vùng lãnh thổ", "thủ phủ", "trấn", "tiểu vương quốc"}
# One Vietnamese syllable, diacritics folded: onset, vowels, coda. A word that is none
# ("Annecy", "Australia", "Busan") is written in a foreign spelling.
_VN_SYLLABLE = re.compile(
    r"^(?:ngh|ch|gh|gi|kh|ng|nh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|nh|ng|[cmnpt])?$"
)
# A kind word and a capitalised name in foreign spelling: "thành phố Annecy", "bang Nam Australia".
# Lower-case particles inside a foreign place name: "Pinar del Río", "Centre-Val de Loire".
_PARTICLES = ("del", "de", "des", "du", "di", "dos", "das", "von", "der", "sur", "upon")
_PARTICLE_WORD = r"(?:" + "|".join(_PARTICLES) + r")(?: la)?"
_PARTICLE = r"(?: " + _PARTICLE_WORD + r")?"
# A name going on after a gazetteer hit: "Santa Cruz" of "Santa Cruz de Tenerife".
_LONGER_NAME = re.compile(r" " + _PARTICLE_WORD + r" " + UPPER)
# The capitalised word right before a name, and what stands before that word.
# (a hyphenated one too: "đồng chí Xổm-xắc Phôn-xa-vẳn" is a person)
_WORD_BEFORE = re.compile(r"(?P<lead>^|.)\s*(?P<word>" + UPPER + r"[\w'’]*(?:-[\w'’]+)*) $", re.S)
_KIND_FIRST = {w.split()[0] for w in _KIND_WORDS} | {"phố", "đô", "phủ"}


# A region named only as where others are: "tại khu vực Kanto", "các thành phố vùng Siberia".
_AREA_ONLY_BEFORE = re.compile(
    # ("quảng bá du lịch tại các vùng Siberia và Viễn Đông của Nga": regions in the plural, markets)
    # ("tại các thành phố lớn vùng Siberia và Viễn Đông")
    r"(?:khu vực|(?:các|những) (?:(?:thành phố|tỉnh|địa phương|đô thị)(?: lớn)?(?: (?:của|thuộc))? )?vùng|"
    # (the people or the market reached there: "quảng bá du lịch Khánh Hòa tới người dân vùng Siberia")
    r"(?<!\w)(?:người dân|du khách|khách du lịch|thị trường|doanh nghiệp)\s+(?:các\s+)?vùng|"
    # (or whose growth or strengths a host describes: "nền tảng cho sự phát triển của vùng Brainport", "thế mạnh của vùng X")
    r"(?<!\w)(?:sự phát triển|sự thịnh vượng|tăng trưởng|thế mạnh|lợi thế|tiềm năng|bản sắc)\s+(?:kinh tế\s+)?của\s+vùng)\s*$",
    re.IGNORECASE,
)


def _inside_longer_name(text, start):
    """The name goes on a capitalised word before it in one run ("xã Tam Giang Tây"): a longer name, not
    this locality; a sentence's first word ("Tại Busan, ...") or a kind word ("Tỉnh Attapeu") is none."""
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if not m or m.end() != start:
        return False
    if m.group("lead") in ("", "\n", ".", "!", "?", ":", "\"", "“", "(", "-", "–"):
        return False
    if re.search(r"tự trị", text[max(0, start - 60) : start], re.IGNORECASE):
        return False  # "Khu tự trị dân tộc Choang Quảng Tây": the people's name, then the region's
    return m.group("word").lower() not in _KIND_FIRST


_FOREIGN_SPELT = re.compile(
    # (a city named for what it is too: "Thị trưởng thành phố cảng Fremantle")
    r"(?<!\w)(thành phố(?: cảng biển| cảng| biển)?|tỉnh bang|bang|tỉnh|vùng|hạt) "
    r"(" + UPPER + r"[\w'’\-]*(?:" + _PARTICLE + " " + UPPER + r"[\w'’\-]*){0,2})(?![\w\-])(?! " + UPPER + r")"
)
# A route through several places ("hành lang kinh tế Côn Minh - Lào Cai - Hà Nội - Hải Phòng",
# "tuyến du lịch A - B - C"): the places on it are no partners for being there.
# Two places are enough for a line that runs between them ("đường bay thẳng Seoul - Huế",
# "tuyến xe khách Thanh Hóa - Sầm Nưa").
# (a place may carry its airport's name in brackets: "Osaka (Kansai) - Đà Nẵng")
# (or a city's short form: "TP.HCM - Brisbane", "TP. Hồ Chí Minh - Osaka")
_ROUTE_PLACE = r"(?:TP\.\s?|Thành phố\s)?" + UPPER + r"[\w'’]*(?:\s+" + UPPER + r"[\w'’]*){0,3}(?:\s*\(" + UPPER + r"[\w'’ ]{0,25}\))?"
_ROUTE_PAIR = r"(?:" + _ROUTE_PLACE + r"\s*[-–]\s*){1,}" + _ROUTE_PLACE
_TOWN_KIND = r"(?:(?i:thành phố|thị xã|thị trấn|tỉnh|huyện)\s+)?"
_ROUTE = re.compile(
    # (its kind in up to six words, a river's name and "kết nối" before the places: "tuyến vận tải thủy nội
    # địa Châu Đốc - Phnom Penh", "tuyến du lịch đường sông Mekong kết nối Đồng Tháp - Prey Veng - Phnom Penh")
    r"(?<!\w)(?<!trực )(?i:hành lang|tuyến|cao tốc|đường sắt|đường bộ|đường bay|chuyến bay|tour)(?:\s+(?!(?i:giữa|hai|kết|nghĩa)\b)" + LOWER + r"+){0,6}"
    # (or the road's own name first: "tuyến đường Xuyên Á Thành phố Hồ Chí Minh – Phnom Penh")
    r"(?:\s+(?i:sông)\s+" + UPPER + r"[\w'’]*)?(?:\s+" + UPPER + r"[\w'’]*\s+(?i:kết nối|nối))?(?:\s+Xuyên Á)?\s+"
    # more pairs after it: "đường bay thẳng Tuy Hòa - Seoul và Buôn Ma Thuột - Busan"
    + _ROUTE_PAIR + r"(?:\s*(?:,|và)\s*" + _ROUTE_PAIR + r")*"
    # and the line it joins: "đường sắt ... Lào Cai - Hà Nội - Hải Phòng kết nối với Hà Khẩu - Côn Minh"
    r"(?:\s+(?i:kết nối|nối)(?:\s+(?i:với|đến|tới|sang))?\s+" + _ROUTE_PAIR + r")?"
    # the routes listed for flights: "đường bay thẳng từ Nga đến Cam Ranh như Vladivostok - Cam Ranh, Khabarovsk - Cam Ranh"
    # (before the places a flight goes to, which it goes past)
    r"|(?<!\w)(?i:chuyến bay|đường bay)[^.;\n]{0,80}?\s(?i:như|gồm)\s+" + _ROUTE_PAIR + r"(?:\s*(?:,|và)\s*" + _ROUTE_PAIR + r")*"
    # the places a flight goes to: "đường bay thẳng từ Cảng hàng không Phù Cát đến Seoul và Busan"
    r"|(?<!\w)(?i:đường bay)[^.;\n]{0,60}?\s(?i:đến|tới|đi)\s+" + _ROUTE_PLACE
    + r"(?:\s*(?:,|và)\s*" + _ROUTE_PLACE + r")*"
    # the places flights come from: "đường bay thẳng từ các thành phố của Nga như Vladivostok, Novosibirsk, Irkutsk
    # đến Cam Ranh"
    r"|(?<!\w)(?i:chuyến bay|đường bay)[^.;\n]{0,40}?\s(?i:từ)\s+(?:[^.;\n]{0,40}?\s(?i:như)\s+)?" + _ROUTE_PLACE
    + r"(?:\s*(?:,|và)\s*" + _ROUTE_PLACE + r")*\s+(?i:đến|tới|đi)\b"
    # (or ending the clause: "đón nhiều chuyến bay thẳng từ các thành phố của Nga như Irkutsk, Novosibirsk, Khabarovsk;")
    r"|(?<!\w)(?i:chuyến bay|đường bay)[^.;\n]{0,40}?\s(?i:từ)\s+[^.;\n]{0,40}?\s(?i:như)\s+" + _ROUTE_PLACE
    + r"(?:\s*(?:,|và)\s*" + _ROUTE_PLACE + r")*(?=\s*[;.\n])"
    # the towns a bridge joins: "Cầu Hữu nghị Thái - Lào số 3 nối Nakhon Phanom với Thà Khẹt (Lào)", "cầu Bắc Luân II nối
    # thành phố Móng Cái với thành phố Đông Hưng"
    r"|(?<!\w)(?i:cầu)\s[^.;\n]{0,40}?\s(?i:nối|kết nối)\s+(?:(?i:liền)\s+)?" + _TOWN_KIND + _ROUTE_PLACE + r"\s+(?i:với)\s+"
    + _TOWN_KIND + _ROUTE_PLACE
    # the place a flight leaves: "đoàn bay từ Tokyo đến sân bay Kagoshima"
    + r"|(?<!\w)(?i:bay)\s+(?i:từ)\s+" + _ROUTE_PLACE + r"\s+(?i:đến|tới|sang|về)\b"
    # the places flights run between: "các chuyến bay thẳng giữa Đà Nẵng và Tokyo, Osaka"
    + r"|(?<!\w)(?i:chuyến bay|đường bay)[^.;\n]{0,30}?\s(?i:giữa)\s+" + _ROUTE_PLACE
    + r"(?:\s*(?:,|và)\s*" + _ROUTE_PLACE + r")+"
)
_SEP = r"[\s\-‐–]?"
# (where the name has a hyphen, it may stand between spaces: "vùng Nord - Pas-de-Calais"; not in a name of words,
# "Phòng Thành" of "HẢI PHÒNG - Thành phố Incheon ...")
_HYPHEN_SEP = r"(?: ?[\-‐–] ?|\s)?"


@lru_cache(maxsize=1)
def _gazetteer():
    data = json.loads(DATA.read_text(encoding="utf-8"))
    entries = data["localities"]
    by_key = {}
    variants = []
    for entry in entries:
        for variant in entry["variants"]:
            key = _variant_key(variant)
            if key in by_key and by_key[key] is not entry:
                raise ValueError(f"partners.json: {variant!r} names two localities")
            by_key[key] = entry
            variants.append(normalize(variant))
    variants.sort(key=len, reverse=True)
    pattern = re.compile(
        r"(?<![\w\-])(?:" + "|".join(_variant_pattern(v) for v in variants) + r")(?![\w\-])",
        re.IGNORECASE,
    )
    return pattern, by_key


def mentions_abroad(text):
    """The text names a foreign locality of the gazetteer that needs no country beside it (one that
    is also a common word or name, "Trang" of "bà Đặng Thu Trang", only after its kind word)."""
    for m in _matches(None, text):
        name = m.group(0)
        if not (name[:1].isupper() and known_abroad(name)):
            continue
        if _gazetteer()[1][_variant_key(name)].get("needs") != "context" or _kind_before(text, m.start(), listed=False):
            return True
    return False


def known_abroad(name):
    """``name``, written after its kind word, is a foreign locality of the gazetteer that needs
    no country beside it to be one (not "Hà Nam", a Vietnamese province and a Chinese one)."""
    entry = _gazetteer()[1].get(_variant_key(name))
    return entry is not None and entry.get("needs") in (None, "context") and not _is_vietnamese(name)


def named_abroad(text, name):
    """``name`` is known_abroad, or a foreign locality of the gazetteer (none of Vietnam's units) that ``text`` writes with
    its country after it somewhere: "tại thành phố Văn Sơn" below "châu Văn Sơn (Vân Nam, Trung Quốc)"."""
    if known_abroad(name):
        return True
    pattern, by_key = _gazetteer()
    entry = by_key.get(_variant_key(name))
    if entry is None or _is_vietnamese(name):
        return False
    country = _country_after(entry["country"])
    return any(
        country.match(text[m.end() : m.end() + 80]) for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text)
    )


def known_abroad_prefix(name):
    """The words of ``name``, or its first words, name a foreign locality known_abroad: "Pinar del Río" of "Pinar del Río
    quan tâm", "Champasak" of "Champasak Lào"."""
    words = name.split()
    return any(known_abroad(" ".join(words[:k])) for k in range(len(words), 0, -1))


@cache
def capitals_pattern():
    """An alternation of every spelling of the foreign national capitals the gazetteer knows."""
    data = json.loads(DATA.read_text(encoding="utf-8"))
    names = {normalize(v) for e in data["localities"] if e.get("capital") for v in e["variants"]}
    return "|".join(_variant_pattern(n) for n in sorted(names, key=len, reverse=True))


def _variant_key(text):
    """Spellings of one name share it: case, tone placement, spaces and hyphens never matter,
    other diacritics do ("Hà Nam" in China is not "Hanam" in Korea)."""
    return "".join(name_key(text or "").split())


def _variant_pattern(variant):
    parts = re.split(r"([\s\-‐–]+)", variant)
    out = [re.escape(parts[0])]
    for sep, word in zip(parts[1::2], parts[2::2], strict=True):
        out += [_HYPHEN_SEP if re.search(r"[\-‐–]", sep) else _SEP, re.escape(word)]
    return "".join(out)


def _country_pattern(forms):
    return r"(?:nước\s+|vương quốc\s+)?(?:" + "|".join(
        re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")(?!\w)"


@cache
def _country_after(country):
    """The locality's country right after it: "(Lào)", ", Trung Quốc", "của Nhật Bản"."""
    countries = country_list.countries()
    # The region it lies in may come first: "thành phố Đông Hưng (Quảng Tây, Trung Quốc)".
    return re.compile(
        r"^\s*(?:\(|,|-|–|của|thuộc)?\s*(?:(?:tỉnh\s+|khu tự trị\s+|bang\s+)?(?-i:" + UPPER + r")[^,()\n]{1,40}(?:,\s*|\s*\())?"
        + _country_pattern(countries.get(country, [country])),
        re.IGNORECASE,
    )


# A place's name: up to four capitalised words.
_PLACE_NAME = UPPER + r"[\w'’\-]*(?:\s+" + UPPER + r"[\w'’\-]*){0,3}"


@lru_cache(maxsize=1)
def _unknown_pattern():
    """kind word + capitalised name + "(" [kind Name, ] foreign country ")"."""
    forms = country_list.forms()
    place = _PLACE_NAME
    kinds = r"tỉnh|thành phố|bang|tỉnh bang|vùng|hạt|châu|quận|huyện|thị xã|thủ phủ|hội đồng tỉnh|trấn"
    country = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(
        r"(?<!\w)(?P<plural>(?:hai|các|ba)\s+)?(" + kinds + r")\s+(" + place + r")"
        # a second locality of the same country: "thành phố Tịnh Tây và huyện Long Châu (Quảng Tây,
        # Trung Quốc)" (groups 4 and 5)
        # (after a plural, without its kind word: "hai tỉnh Sạ Vẳn Na Khệt và Sả Lả Văn (Lào)")
        r"(?:\s+và\s+(?:(" + kinds + r")\s+|(?(plural)|(?!)))(" + place + r"))?"
        # the places it lies in may come between: "huyện Kim Bình, châu Hồng Hà, tỉnh Vân Nam (Trung Quốc)"
        # (or the capital it lies in: "quận Shinjuku, thủ đô Tokyo (Nhật Bản)")
        r"(?:\s*,\s*(?:tỉnh|châu|bang|thành phố|khu tự trị|vùng|huyện|thủ đô)\s+" + place + r"){0,3}(?:\s*\(\s*"
        r"(?:(?:(?:tỉnh|bang|vùng|thành phố|khu tự trị)\s+)?" + UPPER + r"[^,()\n]{0,39},\s*)?"
        r"(" + country + r")\s*\)"
        # (or after a comma, as a country: "đoàn đại biểu tỉnh Nampula, nước Cộng hòa Mozambique", group 7)
        r"|\s*,\s*nước\s+(?:(?:Cộng hòa|CHDCND|CHND|Liên bang|Dân chủ|Nhân dân)\s+){0,3}(" + country + r")(?!\w))"
    )


# (or after a comma, with the unit word: "làm việc với chính quyền đô thị Westland, tỉnh Nam Hà Lan")
# (or in brackets with its unit word: "với chính quyền huyện Kim Bình, huyện Lục Xuân (châu Hồng Hà) và huyện Giang Thành
# (thành phố Phổ Nhĩ)"; not its own name again, "huyện Bình Đông (Pingtung)")
_LIES_IN = re.compile(
    r"(?<!\w)(?P<kind>huyện|thị xã|quận|trấn|(?-i:đô thị))\s+(?P<name>" + _PLACE_NAME + r")"
    r"(?:\s+thuộc\s+(?:(?:tỉnh|châu|thành phố|bang|khu tự trị)\s+)?|\s*,\s*(?:tỉnh|châu|bang|khu tự trị)\s+|"
    r"\s*\(\s*(?:tỉnh|châu|thành phố|bang|khu tự trị)\s+)"
    r"(?P<where>" + _PLACE_NAME + r")"
)


# (or the last of a list of those dealt with: "duy trì cơ chế hội đàm, gặp gỡ định kỳ với chính quyền huyện Kim Bình, ... và ")
_DEALT_WITH_LIST = re.compile(
    r"(?:hợp tác|hội đàm|gặp gỡ|kết nghĩa|làm việc|quan hệ)[^.;\n]{0,40}?\svới\s+(?:chính quyền\s+|lãnh đạo\s+)?"
    r"(?:huyện|thị xã|quận|trấn|thành phố|tỉnh)\s[^.;\n]{0,150}?(?:,\s*|\svà\s+)$"
)
_DEALT_WITH_UNIT = re.compile(
    r"(?<!\w)(?:với|tiếp|đón|thăm|đoàn(?: công tác| đại biểu)?(?: của)?)\s+(?:(?:lãnh đạo|chính quyền)\s+)?$", re.IGNORECASE
)


def _named_in_passing(text, at, kind, province):
    """The locality named at ``at`` with its unit word ``kind`` is a mission's or an association's seat, an organisation, a
    fair's venue, a company's seat, a place passed or lived in (_FAR_BEFORE), or another Vietnamese province's partner."""
    before = text[max(0, at - 80) : at]
    with_kind = before + kind + " "
    return bool(
        _MISSION_BEFORE.search(with_kind) or _ORG_BEFORE.search(with_kind) or _somewhere_else(with_kind)
        or _far_before(text, at, kind + " ") or _anothers_partner(before, province)
    )


class _Match:
    def __init__(self, text, start, end):
        self._text, self._start, self._end = text, start, end

    def span(self):
        return self._start, self._end

    def group(self, _n=0):
        return self._text[self._start : self._end]


@lru_cache(maxsize=1)
def _first_word_index():
    """Variants grouped by their first word (lower case): one small pattern per first word,
    its variants longest first. Scanning the text's words against this index finds what one
    alternation of all variants finds, about fifty times faster."""
    data = json.loads(DATA.read_text(encoding="utf-8"))
    groups = {}
    for entry in data["localities"]:
        for variant in entry["variants"]:
            variant = normalize(variant)
            # (and, a Vietnamese transliteration, by its first syllables run together: "Gô-men" is
            # written "Gômen" too, "Sa La Văn" "Salavăn", the text's first word then the whole;
            # not a name in Latin letters: "Mari El" is no "Mariel")
            parts = re.findall(r"\w+", variant) or [""]
            joined = len(parts) if "-" in variant or not variant.isascii() else 1
            for k in range(1, joined + 1):
                groups.setdefault("".join(parts[:k]).lower(), []).append(variant)
    return {
        word: re.compile(
            "(?:" + "|".join(_variant_pattern(v) for v in sorted(vs, key=len, reverse=True)) + r")(?![\w\-])",
            re.IGNORECASE,
        )
        for word, vs in groups.items()
    }


_WORD = re.compile(r"\w+")


def _scan(text):
    """Leftmost-longest gazetteer hits, left to right, not overlapping (like finditer)."""
    index = _first_word_index()
    end = 0
    for w in _WORD.finditer(text):
        start = w.start()
        if start < end or (start and text[start - 1] == "-"):
            continue
        small = index.get(w.group(0).lower())
        if small is None:
            continue
        m = small.match(text, start)
        if m:
            end = m.end()
            yield m


def _matches(pattern, text):
    """Gazetteer hits; a variant written with its kind word in lower case ("châu Hồng Hà" for
    "Châu Hồng Hà") yields the name after the kind word, so that the word reads as a kind.
    (``pattern`` is the one-alternation form of the same search, kept for reference.)"""
    for m in _scan(text):
        found = m.group(0)
        if not found[0].isupper():
            k = re.match(r"(?:" + "|".join(re.escape(w) for w in _KIND_WORDS) + r")\s+(?=" + UPPER + r")", found)
            if k and found[k.end()].isupper():
                yield _Match(text, m.start() + k.end(), m.end())
                continue
        yield m


# Names listed after one kind word: "các tỉnh Takeo, Kandal, Kampot và Kep" (each one a tỉnh).
# ... or after "là" that names them: "3 tỉnh giáp biên của Campuchia là Kampot, Takeo và Kep"
_LIST_NAMED_BY = re.compile(r"(?:tỉnh|thành phố|bang|địa phương)\b[^.;:\n]{0,50}\slà\s+$", re.IGNORECASE)
_LIST_KIND_QUALIFIED = re.compile(
    r"(?<!\w)(tỉnh|thành phố|bang)\s+(?:giáp biên|biên giới|giáp ranh|bạn|kết nghĩa|đối tác|lân cận|láng giềng|thành viên)\s+$",
    re.IGNORECASE,
)
_LISTED_BEFORE = re.compile(
    # (the second name too: "ba tỉnh Kampot, Kep và Takeo")
    r"(?:(?:,|\s+và)\s+(?-i:" + UPPER + r")[\w'’\-]*(?:\s+(?-i:" + UPPER + r")[\w'’\-]*){0,3})*(?:,|\s+và)\s+$"
)


_LISTED_KIND_BEFORE = re.compile(r"(?<!\w)(?:các|hai|ba|bốn)\s+(?:huyện|tỉnh|thành phố|xã|quận)\s+(?:[^,.;()\n]{1,30},\s*){1,4}$")


def _kind_before(text, start, listed=True):
    m = _KIND_BEFORE.search(text[max(0, start - 45) : start])
    if not m and listed:
        # the last names of a list after its kind word (a window of 160 characters: bounded)
        window = text[max(0, start - 160) : start]
        names = _LISTED_BEFORE.search(window)
        if names and "\n" not in window[names.start() :]:
            head = window[: names.start()]
            first = re.search(r"(?-i:" + UPPER + r")[\w'’\-]*(?:\s+(?-i:" + UPPER + r")[\w'’\-]*){0,3}$", head)
            # (a list opened by a foreign locality: not "huyện Chiêm Hóa và Kim Bình", Vietnamese communes)
            if first and (_variant_key(first.group(0)) in _gazetteer()[1] or foreign_spelling(first.group(0))):
                at = max(0, start - 160) + first.start()
                named = _LIST_NAMED_BY.search(text[max(0, at - 60) : at])
                if named:
                    return named.group(0).split()[0].lower()
                # (or its kind word with what they are: "3 tỉnh giáp biên Kampot, Kep và Takeo", "các tỉnh bạn ...")
                qualified = _LIST_KIND_QUALIFIED.search(text[max(0, at - 40) : at])
                if qualified:
                    return qualified.group(1).lower()
                return _kind_before(text, at, listed=False)
    if not m:
        return None
    word = m.group(1).lower()
    if word.startswith(("châu tự trị dân tộc", "huyện tự trị dân tộc")):
        return word[: word.index(" dân tộc")]  # "huyện tự trị dân tộc Dao Hà Khẩu": no Vietnamese unit's kind
    if word in ("tp", "tp."):
        return "thành phố"
    if word in ("hội đồng tỉnh", "tỉnh trưởng"):
        return "tỉnh"
    if word == "thống đốc":
        return "bang"
    if word in ("thị trưởng", "đô trưởng") or word.startswith("thành phố "):
        return "thành phố"
    return word


def extract(doc, province):
    """The Partners of ``province`` (a Province, or None: never among them), one per locality:
    the name as the article writes it, the canonical name and variants from the gazetteer (so
    that "Viêng Chăn" and "Vientiane" are one locality when stored and merged)."""
    text = doc.text
    pattern, by_key = _gazetteer()
    countries = country_list.countries()
    home = _variant_key(province.name) if province and province.name else None
    found = {}  # gazetteer name -> item
    venue_only = {}  # capital -> True while every mention so far is a venue
    named_org = set()  # localities first seen in an organisation's name
    org_end = -100  # where the last organisation's town ends
    site_only = {}  # town -> True while every mention so far is a venue, a gate or a zone
    history_only = {}  # locality -> True while every mention so far tells the wars' or the revolution's history
    routes = [r.span() for r in _ROUTE.finditer(text)]
    spans = []  # every gazetteer hit: a longer foreign spelling is not read inside one
    for m in _matches(pattern, text):
        start, end = m.span()
        spans.append((start, end))
        if not m.group(0)[0].isupper():
            continue  # a common word; "châu Hồng Hà" is read by _kind_prefixed below
        if _inside(routes, start, end):
            continue
        if _LONGER_NAME.match(text, end):
            continue  # "Santa Cruz" of "Santa Cruz de Tenerife": a longer name
        if (
            _ONE_WORD_MORE.match(text, end)
            # (or a later item of a list after its kind word: "các huyện O Yadav, Andong Meas của tỉnh Ratanakiri")
            and (_KIND_BEFORE.search(text[max(0, start - 45) : start]) or _LISTED_KIND_BEFORE.search(text[max(0, start - 120) : start]))
            and not _TITLED_BEFORE.search(text[max(0, start - 60) : start])
            and not country_rx_at(text, end + 1)
        ):
            continue  # "huyện Andong Meas": a longer name (Cambodia's), not Korea's Andong
        if _inside_longer_name(text, start):
            continue  # "Giang Tây" of "xã Tam Giang Tây", "Incheon" of "Sân bay Quốc tế Incheon"
        entry = by_key.get(_variant_key(m.group(0)))
        if entry is None or _variant_key(entry["name"]) == home:
            continue
        before = text[max(0, start - 80) : start]
        if entry.get("region_only") and not _REGION_DEALT_WITH.search(before):
            continue  # "doanh nghiệp vùng Kansai", "tại Kansai": a region with no government of its own places things
        after = text[end : end + 40]
        if _NUMBER_AFTER.match(after) or _MISSION_BEFORE.search(before):
            continue
        if _ORG_BEFORE.search(before) or _ACRONYM_BEFORE.search(before):
            named_org.add(entry["name"])
            org_end = end
            continue
        if 0 <= start - org_end <= 12 and _BRACKET_KIND.fullmatch(text, org_end, start):
            named_org.add(entry["name"])
            continue  # "Cảng vụ Houston (bang Texas, Hoa Kỳ)": where the organisation's town lies
        if _far_before(text, start) and not _TIE_AFTER.match(text, end, end + 100):
            continue  # where the province's people gather, where goods go or products sell, what a railway joins
        if _MARKETS_LISTED.search(text[max(0, start - 220) : start]):
            continue  # "quảng bá du lịch tại các thành phố lớn của Nga như Moscow, ...": markets, not partners
        if (
            _somewhere_else(before, after) or _FAIR_AFTER.match(text, end, end + 200) or _PEOPLE_LIVE_AFTER.match(text, end, end + 200)
        ) and not _TIE_AFTER.match(text, end, end + 100):
            continue  # the venue of a fair, a company's seat, a school's town: not a locality dealt with
        if _anothers_partner(before, province) or _anothers_partner_after(before, after, province):
            continue  # "hợp tác giữa tỉnh Tây Ninh và tỉnh Svay Rieng" in a Bình Phước article
        pair, pair_in = _FOREIGN_PAIR_BEFORE.search(before), before
        if not pair:
            pair, pair_in = _own_tie_named(text, start)
        if pair and (
            (other := by_key.get(_variant_key(pair.group("other")))) is not None
            and other["name"] in found and other["name"] != entry["name"]
            and not _with_the_province(pair_in[max(0, pair.start("other") - 40) : pair.start("other")], province)
        ):
            continue  # "Takeo đang hợp tác với tỉnh Quảng Đông": a partner's own partner, not the province's
        if _HONORIFIC_BEFORE.search(before):
            continue  # "ông Phonsavanh Vongsay": a person named like a town
        if before.endswith("(") and _LATIN_SURNAME_AFTER.match(after):
            continue  # "đồng chí Phôn-xa-vẳn Thon-ma-ly (Phonsavanh Thonmaly)": a person's name in Latin letters
        if _DISTANCE_BEFORE.search(before) and re.match(r"\s*(?:khoảng|chừng|gần|hơn|chưa đầy|trên)?\s*\d", after):
            continue  # "cách thủ đô Tokyo khoảng 100 km": a landmark to measure by
        if _NATURE_BEFORE.search(before):
            continue  # "hệ thống cảng sông trên sông Paraná": a river (a lake, a mountain) named like a locality
        if entry["kind"] == "vùng" and _AREA_ONLY_BEFORE.search(before):
            continue  # "lao động ... tại khu vực Kanto", "các thành phố vùng Siberia": where, not whom
        # ("nhất là Châu Hồng Hà": the kind word written with a capital, inside the name's match; the
        # partner's name is written without it: "Chính quyền nhân dân Châu Hồng Hà")
        written = re.match(r"(?i:châu)\s+", m.group(0))
        kind = _kind_before(text, start) or ("châu" if written else None)
        if entry["name"] in named_org and entry["name"] not in found and not kind and not _DEALT_WITH.search(before):
            continue  # "Wageningen đã có 20 năm hợp tác": the organisation named after it, again
        if kind in ("bang", "tỉnh", "thành phố") and _PERSON_AFTER.match(after) and _TITLE_BEFORE.search(before):
            continue  # "Thống đốc Nagasaki Kotaro": a person named like a place
        # (or the region it lies in, known abroad: "thành phố Đông Hưng (Dongxing), Quảng Tây")
        country_next = bool(_country_after(entry["country"]).match(after)) or _region_after(after, entry["country"], by_key)
        needs = entry.get("needs")
        # "châu Hồng Hà", "bang ...": a kind word no Vietnamese unit carries says abroad as well.
        # A border pair names the foreign side after the dash: "cặp cửa khẩu Móng Cái - Đông Hưng".
        pair = bool(_BORDER_PAIR_BEFORE.search(before))
        # (once read abroad, its other mentions are the same locality: "tại thành phố Đông Hưng")
        # (or written with its own kind word in an article that already has a locality of its
        # country: "đề nghị thành phố Đông Hưng phối hợp ..." beside Phòng Thành Cảng; not a
        # Vietnamese unit of that name: "tỉnh Hà Nam")
        if needs == "country" and not (
            country_next or kind in _FOREIGN_ONLY_KINDS or pair or entry["name"] in found
            or (_beside_its_country(kind, entry, found) and not _is_vietnamese(m.group(0)))
        ):
            continue
        if needs == "context" and not (kind or country_next):
            continue
        key = entry["name"]
        if entry["kind"] in ("thành phố", "huyện", "thị xã") and not entry.get("capital"):
            # a town where the delegation met, a border gate or a zone named after it ("tại thị xã Sầm
            # Nưa", "cặp cửa khẩu Mộc Bài - Bavet", "đặc khu kinh tế ở Bavet", "hội chợ ... tại Bavet";
            # a city whose mayor receives the delegation there is the partner itself: "tại thành phố
            # Hobart", "tại Busan, đoàn đã hội đàm với Phó Thị trưởng ...")
            clause = text[end : end + 150].split(".", 1)[0]
            is_site = bool(_SITE_BEFORE.search(before) or pair or (
                _VENUE_BEFORE.search(before)
                and not re.search(r"(?i:thành phố|tp\.?)\s*$", before)
                and not _CITY_HOSTS.search(clause)
            ))
            site_only[key] = site_only.get(key, True) and is_site
        history_only[entry["name"]] = history_only.get(entry["name"], True) and _in_history(text, start, end)
        if entry.get("capital"):
            # (or a wire's dateline: "Phnôm Pênh (TTXVN) - ...")
            # ("Paris, 15/5 (TTXVN) - ...": the wire's dateline with its day)
            is_venue = bool(_VENUE_BEFORE.search(before) or _VENUE_LIST_BEFORE.search(before) or _WIRE_AFTER.match(after)
                            or ((not before or before.endswith("\n")) and _CORRESPONDENT_AFTER.match(after)))
            venue_only[key] = venue_only.get(key, True) and is_venue
        name_start = start + (written.end() if written else 0)
        if key not in found:
            found[key] = _gazetteer_partner(text[name_start:end], kind or entry["kind"], entry, [name_start, end])
        elif found[key].name.isupper() and not text[name_start:end].isupper():
            # (a headline in capitals named it first, "TỈNH GUNMA": the story's own writing, "Gunma")
            found[key] = _gazetteer_partner(text[name_start:end], found[key].kind, entry, [name_start, end])
    items = [item for key, item in found.items() if not venue_only.get(key, False) and not history_only.get(key, False)]
    # A town named only as a site counts when it is the only locality of its country.
    others = {i.country for key, i in found.items() if not venue_only.get(key) and not site_only.get(key)}
    items = [i for i in items if not (site_only.get(i.canonical) and i.country in others)]
    known = {_variant_key(i.name) for i in items} | set(by_key)
    for m in _unknown_pattern().finditer(text):
        if m.group(7) and m.group(0).count(",") > 1:
            continue  # (an address, the country after its places: "huyện Kiri Vong, tỉnh Takeo, nước Campuchia")
        country = next(c for c, forms in countries.items() if (m.group(6) or m.group(7)) in forms)
        for kind_group, name_group in ((2, 3), (4, 5)):
            name = m.group(name_group)
            if name is None:
                continue
            key = _variant_key(name)
            if _run_together(name):
                continue  # "Liên bang NgaPrimorskyDu lịch": a page's tags joined without spaces
            written = m.group(kind_group) or m.group(2)  # the plural's kind word
            kind = written.lower().replace("hội đồng tỉnh", "tỉnh")
            entry = by_key.get(key)
            plural = m.group("plural") and kind in ("tỉnh", "bang", "tỉnh bang", "châu")  # not "hai huyện Hướng Hóa và Sepon"
            if name_group == 3 and m.group(5) is not None and not plural and (
                kind not in _FOREIGN_ONLY_KINDS and (entry is None or entry.get("kind") != kind)
            ):
                # "giữa thành phố Hội An và thành phố Nanao (Nhật Bản)": the first of a pair may be
                # the Vietnamese side; a kind no Vietnamese unit carries, or the gazetteer's
                # locality of that kind ("thành phố Tịnh Tây"; not "huyện Trùng Khánh"), is abroad
                continue
            at = m.start(kind_group) if m.group(kind_group) else m.start(2)
            if _named_in_passing(text, at, written, province):
                continue
            pair, pair_in = _FOREIGN_PAIR_BEFORE.search(text, max(0, at - 80), at), text
            if not pair:
                pair, pair_in = _own_tie_named(text, at)
            if (
                pair and _variant_key(pair.group("other")) in known
                and not _with_the_province(pair_in[max(0, pair.start("other") - 40) : pair.start("other")], province)
            ):
                continue  # "Takeo đang hợp tác với tỉnh Quảng Đông (Trung Quốc)": a partner's own partner
            if kind == "quận" and re.search(r"(?<!\w)(?:tại|ở)\s+$", text[max(0, at - 10) : at]):
                continue  # "một khách sạn ở quận Minato, thủ đô Tokyo (Nhật Bản)": a venue's ward
            span = [m.start(name_group), m.end(name_group)]
            if entry is not None and entry["name"] not in found and entry["country"] == country:
                # a gazetteer locality that needed its country, which the brackets give it
                found[entry["name"]] = _gazetteer_partner(name, kind, entry, span)
                items.append(found[entry["name"]])
                continue
            if key in known or key == home or _is_country(name, countries) or _is_vietnamese(name):
                continue
            known.add(key)
            items.append(Partner(name, kind, country, span, name, [name]))
    # A town or a county named with the place abroad it lies in, no country written: "đã ký thỏa thuận hợp tác với huyện Giang
    # Thành thuộc thành phố Phổ Nhĩ, tỉnh Vân Nam" (a name Vietnam has too, read abroad by what it lies in)
    for m in _LIES_IN.finditer(text):
        entry = by_key.get(_variant_key(m.group("where")))
        name, key = m.group("name"), _variant_key(m.group("name"))
        if entry is None or _variant_key(entry["name"]) == home or key in known or key == home or key in by_key:
            continue
        at = m.start()
        if not (_DEALT_WITH_UNIT.search(text, max(0, at - 40), at) or _DEALT_WITH_LIST.search(text, max(0, at - 200), at)):
            continue  # (only one dealt with: not where the guests' villages lie, "các bản giáp biên của huyện Phouvong thuộc ...")
        if _named_in_passing(text, at, m.group("kind"), province):
            continue
        known.add(key)
        items.append(Partner(name, m.group("kind").lower(), entry["country"], [m.start("name"), m.end("name")], name, [name]))
    items += _foreign_spelt(doc, known, home, countries, spans, province, items)
    items = _without_a_name_after(items, text)
    # ("các lâu đài vùng Loire" beside "vùng Centre-Val de Loire": a name the gazetteer does not know, the words of
    # a locality it knows and the article names)
    items = [
        i for i in items
        if _variant_key(i.canonical) in by_key or not any(
            _holds_words(_name_words(j.name), _name_words(i.name))
            for j in items if j is not i and j.country == i.country and _variant_key(j.canonical) in by_key
        )
    ]
    # ("các tỉnh Bắc Lào và tỉnh Vân Nam": a quarter of a country, no locality named; not a state the gazetteer
    # knows by its quarter, "bang Nam Úc")
    items = [
        i for i in items
        if not ((m := _COMPASS.match(i.name)) and _is_country(i.name[m.end() :], countries) and _variant_key(i.name) not in by_key)
    ]
    # (a name cut by the excerpt's end, the start of one named before it: "... giữa tỉnh Khánh Hòa và vùng Primor")
    last = len(text.rstrip())
    items = [
        i for i in items
        if not (i.span[1] >= last and any(
            j is not i and fold(j.name).startswith(fold(i.name)) and len(j.name) > len(i.name) for j in items
        ))
    ]
    items.sort(key=lambda i: i.span[0])
    return items


_COMPASS = re.compile(r"(?:Đông Bắc|Tây Bắc|Đông Nam|Tây Nam|Bắc|Nam|Đông|Tây|Trung)(?: Bộ)?\s+")


def _gazetteer_partner(written, kind, entry, span):
    """The Partner of a gazetteer ``entry``, as the article writes it (``written`` at ``span``)."""
    return Partner(written, kind, entry["country"], span, entry["name"], list(entry.get("variants") or []))


def _without_a_name_after(items, text):
    """Without a locality read together with the person named after it ("Thị trưởng thành phố
    Fremantle Daniel Hollis") when the shorter locality is read too and the rest stands alone
    elsewhere in the text ("làm việc với Thị trưởng Daniel Hollis")."""
    names = {i.name for i in items}
    out = []
    for item in items:
        shorter = next((n for n in names if item.name.startswith(n + " ")), None)
        rest = item.name[len(shorter) + 1 :] if shorter else ""
        if shorter and len(rest.split()) >= 2 and text.count(rest) > text.count(item.name):
            continue
        out.append(item)
    return out


def _name_words(name):
    return fold(name).replace("-", " ").split()


def _holds_words(longer, words):
    """The words stand in a row inside a longer name: "Loire" in "Centre-Val de Loire"."""
    n = len(words)
    return len(longer) > n and any(longer[k : k + n] == words for k in range(len(longer) - n + 1))


def _beside_its_country(kind, entry, found):
    """Written with its own kind word, in an article that already has a locality of its country."""
    return kind == entry["kind"] and any(f.country == entry["country"] for f in found.values())


_REGION_AFTER = re.compile(
    r"^\s*(?:\([^()\n]{1,30}\)\s*)?[,(]\s*(?:(?i:tỉnh|khu tự trị(?: dân tộc \w+)?|bang)\s+)?"
    r"(" + UPPER + r"[\w'’\-]*(?:\s+" + UPPER + r"[\w'’\-]*){0,3})"
)


def _region_after(after, country, by_key):
    """The region right after a name (its Latin spelling in brackets may come between) is a
    locality of ``country`` the gazetteer knows without a country beside it."""
    m = _REGION_AFTER.match(after)
    if not m:
        return False
    words = m.group(1).split()
    for k in range(len(words), 0, -1):
        entry = by_key.get(_variant_key(" ".join(words[:k])))
        if entry is not None:
            return entry["country"] == country and entry.get("needs") != "country"
    return False


def _inside(spans, start, end):
    """[start, end) lies within one of ``spans`` (sorted, not overlapping): a bisection, so
    that an article of many places and many spans is read in n log n."""
    i = bisect_right(spans, (start, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]


def foreign_spelling(name):
    """``name`` holds a word no Vietnamese syllable spells ("Busan", "Annecy")."""
    words = [fold(w).replace("-", " ") for w in name.split()]
    parts = [p for w in words for p in w.split()]
    # Vietnamese places whose names do not look Vietnamese, and regions or groupings that follow a
    # kind word ("tiểu vùng Mekong", "vùng ASEAN") without being a locality.
    vietnamese = _not_foreign_spellings()
    if any(p in vietnamese for p in parts) or fold(name) in vietnamese:
        return False
    return any(not _VN_SYLLABLE.match(p) for p in parts)


@cache
def _not_foreign_spellings():
    return frozenset(lexicon.section("not_foreign_spellings"))


def _countries_in(text, countries):
    """Foreign countries the text names (Vietnam is not among them). A short name that is also a
    given name counts only with no capitalised word beside it ("Đại sứ Hoàng Anh Duy" names no
    England, "Ngô Đức Thịnh" no Germany)."""
    found = set()
    short = country_list.given_name_forms()
    # (one country's name inside another's is not named: "Guinea" of "Papua New Guinea")
    longer = [
        (m.start(), m.end()) for forms in countries.values() for f in forms if " " in f
        for m in re.finditer(r"(?<!\w)" + re.escape(f) + r"(?!\w)", text)
    ]
    for country, forms in countries.items():
        plain = [re.escape(f) for f in forms if f not in short]
        # (not a city named like a country: "tại thành phố Armenia, thủ phủ tỉnh Quindío")
        if plain and any(
            not _CITY_WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
            and not any(a <= m.start() and m.end() <= b and (a, b) != (m.start(), m.end()) for a, b in longer)
            for m in re.finditer(r"(?<!\w)(?:" + "|".join(plain) + r")(?!\w)", text)
        ):
            found.add(country)
            continue
        guarded = [re.escape(f) for f in forms if f in short]
        if guarded and any(
            not _NAME_BESIDE_BEFORE.search(text, max(0, m.start() - 12), m.start()) and not _NAME_BESIDE_AFTER.match(text, m.end())
            for m in re.finditer(r"(?<!\w)(?:" + "|".join(guarded) + r")(?!\w)", text)
        ):
            found.add(country)
    return found


_CITY_WORD_BEFORE = re.compile(r"(?<!\w)(?:thành phố|TP\.?|thị trấn)\s+$")
# (a capitalised word on the same line: a headline's last word "... tại Pháp" before the next line is the country)
_NAME_BESIDE_BEFORE = re.compile(r"(?-i:" + UPPER + r")\w*[ \t]$")
_NAME_BESIDE_AFTER = re.compile(r"[ \t](?-i:" + UPPER + r")")


def _foreign_spelt(doc, known, home, countries, spans=(), province=None, found=()):
    """A locality the gazetteer does not know, written in a foreign spelling after a kind word,
    in an article that names one foreign country only (that country is its country), or listed
    with a partner already found ("vùng Centre-Val de Loire và thành phố Blois" in an article that
    names Qatar too: its country); not a name the gazetteer read there ("Pinar" of "Pinar del Río")."""
    text = doc.text
    out = []
    article_countries = None
    for m in _FOREIGN_SPELT.finditer(text):
        name = m.group(2)
        key = _variant_key(name)
        if key in known or key == home or not foreign_spelling(name) or _run_together(name):
            continue
        if _inside(spans, m.start(2), m.end(2)):
            continue
        before, after = text[max(0, m.start() - 80) : m.start()], text[m.end() : m.end() + 40]
        if _NUMBER_AFTER.match(after) or _MISSION_BEFORE.search(before + m.group(1) + " "):
            continue
        if len(name) == 1:
            continue  # "Thống đốc tỉnh B. Batbayar": an initial of the head's name, the province left out
        if re.fullmatch(r"[A-ZĐ]{2,5}", name):
            continue  # "(Cổng TTĐT tỉnh AG) - Ngày 16/1, ...": a site's short name for its own province
        if _ORG_BEFORE.search(before) or _is_country(name, countries):
            continue
        if (
            _somewhere_else(before + m.group(1) + " ") or _anothers_partner(before + m.group(1) + " ", province)
            or _far_before(text, m.start(), m.group(1) + " ")
        ):
            continue  # a company's seat, a fair's venue, another Vietnamese province's partner
        if _PROVINCIAL_BODY_BEFORE.search(before):
            continue  # "Phó Chủ tịch UBND tỉnh Kpă Lư": the province left out, a person named
        if m.group(1) == "vùng" and _AREA_ONLY_BEFORE.search(before + "vùng "):
            continue  # "các thành phố vùng Siberia": where others are
        if lexicon.titled_speaker(text, m.start(2), m.end(2)):
            continue  # "Phó Thống đốc tỉnh Ueda Koji cho biết": a person speaks
        words = name.split()
        if lexicon.korean_name(words):
            continue  # "Chủ tịch Hội đồng tỉnh Choi Byung-gil": a person, the province left out
        if len(words) >= 3 and lexicon.japanese_name(words[-2:]):
            continue  # "Thống đốc tỉnh Ka-na-ga-oa Kuroiwa Yuji tiếp đoàn": the head's name after his place's
        if any(_is_country(" ".join(words[k:]), countries) for k in range(1, len(words))):
            continue  # "các tỉnh Đông Bắc Campuchia": a region of a country, no locality named
        tail = next((k for k in range(1, len(words)) if known_abroad(" ".join(words[k:]))), None)
        if tail is not None:
            # "vùng Brainport Eindhoven": a brand before a city the gazetteer knows, the partner that city
            entry = _gazetteer()[1][_variant_key(" ".join(words[tail:]))]
            if entry["name"] not in {f.canonical for f in [*found, *out]}:
                at = m.start(2) + len(" ".join(words[:tail])) + 1
                out.append(_gazetteer_partner(name[at - m.start(2) :], entry["kind"], entry, [at, m.end(2)]))
            continue
        if any((_is_vietnamese(" ".join(words[:k])) or _variant_key(" ".join(words[:k])) in known)
               and not (k < len(words) and words[k] in _PARTICLES)
               for k in range(1, len(words) + 1)):
            continue  # a Vietnamese or known place, perhaps followed by a person's name
        if article_countries is None:
            article_countries = _countries_in(text, countries)
        country = next(iter(article_countries)) if len(article_countries) == 1 else _listed_country(text, m, found)
        if country is None:
            continue  # whose locality it is stays unknown
        known.add(key)
        kind = "thành phố" if m.group(1).startswith("thành phố") else m.group(1).lower()
        out.append(Partner(name, kind, country, [m.start(2), m.end(2)], name, [name]))
    return out


_JOINED = re.compile(r"\s*(?:,|và)\s*(?:(?:thành phố|tỉnh bang|tỉnh|bang|vùng|hạt)\s+)?")


def _listed_country(text, m, found):
    """The country of a partner already found that ``m`` is listed with ("vùng Centre-Val de Loire
    và thành phố Blois"), or None."""
    countries = {
        p.country for p in found
        if _JOINED.fullmatch(text, p.span[1], m.start()) or _JOINED.fullmatch(text, m.end(), p.span[0])
    }
    return next(iter(countries)) if len(countries) == 1 else None


def _run_together(name):
    """Words a page joined without spaces ("NgaPrimorskyDu"): two joins of a small letter and a
    capital or more, which no locality's name has ("McAllen" has one)."""
    return capital_joins(name) >= 2


def _is_country(name, countries):
    key = _variant_key(name)
    return any(_variant_key(f) == key for forms in countries.values() for f in forms)


def _is_vietnamese(name):
    """A Vietnamese province is never a foreign partner (when the province index is there)."""
    return _resolve(name) is not None


def _resolve(name):
    """The Vietnamese unit ``name`` designates, or None (also when the province index is not there)."""
    try:
        from apps.provinces.lookup import resolve
    except ImportError:  # the index is optional: the country in brackets already says abroad
        return None
    try:
        return resolve(name)
    except Exception:  # a lookup failure must not lose the partner list
        return None
