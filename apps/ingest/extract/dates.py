"""The activity's own dates, resolved against the article's publication date.

The activity's date is the day-month the lead states ("Chiều 15-9, Đoàn công tác ...",
"Hôm nay (2/3)", "Từ ngày 17-18/3", "từ ngày 06/3/2024 đến ngày 08/3/2024",
"Trong hai ngày 28 và 29-11"). Its year comes, in this order of trust, from the expression
itself, from the article's own dateline (``doc.published``), or from an unambiguous
statement in the text (a report on "9 tháng đầu năm 2024" given in October, a review of 2021
that launches the 2022 tasks held in March, a "Xuân 2024" programme in February). When the
sources disagree or none applies the dates stay null: a wrong date costs more than none.
"""

import re
from bisect import bisect_right
from datetime import date, timedelta

from apps.provinces import lookup

from .lexicon import UPPER
from .partners import mentions_abroad
from .record import Dates
from .years import resolve, valid

_DAY = r"(\d{1,2})"
_MONTH = r"(\d{1,2})"
_YEAR = r"(\d{4})"
# A month written "tháng 8" or in words with a capital ("ngày 8 tháng Năm năm 2019", "15 tháng Mười Một"), not the lunar
# "tháng Giêng", "tháng Chạp", nor "9 tháng năm 2023" (nine months of the year)
_MONTH_W = r"(\d{1,2}|(?-i:Mười [Mm]ột|Mười [Hh]ai|Mười|Một|Hai|Ba|Tư|Bốn|Năm|Sáu|Bảy|Tám|Chín)(?!\w))"
_MONTH_NUMBERS = {
    "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
    "mười một": 11, "mười hai": 12,
}
_SEP = r"\s*[/.-]\s*"
# A day-month with an optional year: 15-9, 2/3, 24-8-2015, 06/3/2024.
# Some outlets write the day-month with dots: "Sáng 26.2", "ngày 25.1.2024" (the patterns that use
# _DM all need a time of day, "ngày" or a range word before it, so "2.5 triệu" is never a date).
_DM = _DAY + r"[/.-]" + _MONTH + r"(?:[/.-]" + _YEAR + r")?(?![\d/]|\.\d)"
_TIME_OF_DAY = r"(?:sáng|chiều|tối|trưa|đêm|rạng sáng|cuối giờ chiều|đầu giờ sáng)"

_WEEKDAY = r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)"

# Ranges first: they hold single day-months that must not be read alone.
_RANGES = [
    # từ ngày 06/3/2024 đến ngày 08/3/2024; từ 8/12 đến 12/12
    re.compile(
        r"từ\s+(?:ngày\s+)?" + _DM + r"\s*(?:đến|tới|-|–)\s*(?:hết\s+)?(?:ngày\s+)?" + _DM,
        re.IGNORECASE,
    ),
    # từ ngày 8 đến ngày 12/12(/2024)
    re.compile(
        r"từ\s+(?:ngày\s+)?" + _DAY + r"\s*(?:đến|tới)\s*(?:hết\s+)?(?:ngày\s+)?" + _DM,
        re.IGNORECASE,
    ),
    # (Từ) ngày 17-18/3, 17 - 18/3/2021 (a day range sharing one month); "từ 12 - 14/3"
    re.compile(r"(?:(?:từ\s+)?(?:các\s+)?ngày\s+|từ\s+)" + _DAY + r"\s*[-–]\s*" + _DM, re.IGNORECASE),
    # Trong 3 ngày (18-20/4), Trong 2 ngày (22 và 23/8): the count of days, then the range in brackets
    re.compile(
        r"trong\s+(?:hai|ba|bốn|năm|\d)\s+ngày\s*\(\s*(?:từ\s+)?(?:ngày\s+)?" + _DAY + r"\s*(?:[-–]|và|,)\s*" + _DM,
        re.IGNORECASE,
    ),
    # "từ thứ Sáu đến Chủ nhật (22-24/11)", "Cuối tuần qua (22 - 24/11)": weekdays or a week, the range in brackets
    re.compile(
        r"(?:" + _WEEKDAY + r"|tuần\s+qua)\s*\(\s*(?:từ\s+)?(?:ngày\s+)?" + _DAY
        + r"\s*[-–]\s*" + _DM,
        re.IGNORECASE,
    ),
    # Trong hai ngày 28 và 29-11; trong 2 ngày 28, 29/11; ngày 28 và 29/11
    re.compile(
        r"(?:trong\s+(?:hai|ba|2|3)\s+)?ngày\s+" + _DAY + r"\s*(?:và|,)\s*" + _DM,
        re.IGNORECASE,
    ),
    # "Tối 31/12 và sáng 1/1", "ngày 29/6 và ngày 30/6/2025": two full day-months joined by "và"
    # ("Trong hai ngày 31/7 và 1/8", "các ngày 30/9 - 1/10": across a month's end, the second day bare)
    re.compile(
        r"(?:(?:sáng|chiều|tối|trưa|ngày)\s+)" + _DM + r"\s*(?:và|(?<=\d)\s*[-–])\s*(?:(?:sáng|chiều|tối|trưa|ngày)\s+)?" + _DM,
        re.IGNORECASE,
    ),
    # "Từ thứ Hai (8/7) đến thứ Tư (10/7)": weekdays, each with its day in brackets
    re.compile(
        r"từ\s+" + _WEEKDAY + r"\s*\(\s*(?:ngày\s+)?" + _DM + r"\s*\)\s*(?:đến|tới)\s*" + _WEEKDAY
        + r"\s*\(\s*(?:ngày\s+)?" + _DM,
        re.IGNORECASE,
    ),
    # "Từ ngày 29 tháng 9 đến ngày 2 tháng 10 (năm 2018)": each day with its month in words
    re.compile(
        r"từ\s+(?:ngày\s+)?" + _DAY + r"\s+tháng\s+" + _MONTH_W + r"(?:\s+năm\s+" + _YEAR + r")?\s*(?:đến|tới)\s*(?:hết\s+)?"
        r"(?:ngày\s+)?" + _DAY + r"\s+tháng\s+" + _MONTH_W + r"(?:\s+năm\s+" + _YEAR + r")?",
        re.IGNORECASE,
    ),
    # từ ngày 1 đến ngày 5 tháng 12 năm 2025 (the month and year in words, once for both days)
    re.compile(
        r"từ\s+(?:ngày\s+)?" + _DAY + r"\s*(?:đến|tới|-|–)\s*(?:hết\s+)?(?:ngày\s+)?" + _DAY
        + r"\s+tháng\s+" + _MONTH_W + r"(?:\s+năm\s+" + _YEAR + r")?",
        re.IGNORECASE,
    ),
    # "Trong hai ngày 24 và 25 tháng 10 năm 2014", "ngày 24, 25 tháng 10": two days, the month and year in words once
    re.compile(
        r"(?:trong\s+(?:hai|ba|2|3)\s+)?ngày\s+" + _DAY + r"\s*(?:và|,)\s*(?:ngày\s+)?" + _DAY
        + r"\s+tháng\s+" + _MONTH_W + r"(?:\s+năm\s+" + _YEAR + r")?",
        re.IGNORECASE,
    ),
]
# "Hôm qua (15/6)", "Sáng thứ Năm (7/3)": a relative day or a weekday, its date in brackets;
# "Sáng thứ Năm, 7/3": after a time of day, a weekday and a comma (a bare "Thứ ba, 3-2-26" is a
# page's clock line, not the occasion).
# "Hôm qua", "Chiều qua", "Tối hôm qua": the day before.
_YESTERDAY_WORDS = r"(?:(?:ngày\s+)?hôm qua|hôm kia|(?:" + _TIME_OF_DAY + r")\s+(?:hôm\s+)?qua|(?:" + _TIME_OF_DAY + r")\s+hôm\s+kia)"
_SINGLE = re.compile(
    r"(?:(?:" + _TIME_OF_DAY + r")\s+(?:ngày\s+|nay\s*\(\s*|nay\s+(?:ngày\s+)?|" + _WEEKDAY + r"\s*\(\s*(?:ngày\s+)?|"
    + _WEEKDAY + r"\s*,\s*(?:ngày\s+)?)?|"
    # ("Vào ngày thứ Năm, 14/3, ...": the weekday after "ngày" or "vào", no clock line)
    r"(?:vào\s+(?:ngày\s+|hôm\s+)?|ngày\s+)" + _WEEKDAY + r"\s*,\s*(?:ngày\s+)?|ngày\s+|"
    # ("Sáng hôm sau (15/12)", "ngày hôm sau (8/3)": the next day, written)
    r"(?:hôm nay|" + _YESTERDAY_WORDS + r"|(?:(?:" + _TIME_OF_DAY + r")\s+)?(?:ngày\s+)?hôm sau|" + _WEEKDAY + r")\s*\(\s*(?:ngày\s+)?|"
    # (a lunar day before it, the solar day in brackets: "Sáng mùng 6 Tết Giáp Thìn (15/2)")
    r"(?:(?:" + _TIME_OF_DAY + r")\s+|ngày\s+)?(?:mùng|mồng)\s+\d{1,2}\s+(?:Tết|tháng Giêng|tháng Chạp)"
    r"(?:\s+(?:Nguyên đán|(?-i:" + UPPER + r")\w*\s+(?-i:" + UPPER + r")\w*))?\s*\(\s*(?:ngày\s+)?|"
    # ("Tối qua 22-9": the date without its brackets; "Hôm 3/5, ... đã hội đàm": on that day)
    r"(?:" + _YESTERDAY_WORDS + r"|hôm)\s+(?:ngày\s+)?(?=\d))" + _DM,
    re.IGNORECASE,
)
# "ngày 24 tháng 10 năm 2024"
_SINGLE_WORDS = re.compile(
    # (or after a time of day, a weekday between: "Sáng 12 tháng 8 năm 2022", "Sáng thứ Tư, ngày 8 tháng Năm năm 2019")
    # ("Vào thứ Sáu, 15 tháng 3 năm 2024": a weekday after "vào"; not a lunar day, "Sáng 10 tháng Ba âm lịch")
    r"(?:(?:" + _TIME_OF_DAY + r")\s+(?:" + _WEEKDAY + r"\s*,?\s*)?(?:ngày\s+)?|(?:vào\s+(?:hôm\s+|ngày\s+)?|ngày\s+)"
    + _WEEKDAY + r"\s*,\s*(?:ngày\s+)?|ngày\s+)" + _DAY + r"\s+tháng\s+" + _MONTH_W + r"(?:\s+năm\s+" + _YEAR + r")?"
    r"(?!\s*\(?\s*âm lịch)",
    re.IGNORECASE,
)
# A day of Tết named with its lunar year and no solar day beside it: "Sáng mùng 6 Tết Giáp Thìn, ..." (the solar day is read off
# the first day of that lunar year, below).
_TET_DAY = re.compile(
    r"(?:(?:" + _TIME_OF_DAY + r")\s+|ngày\s+)?(?:mùng|mồng)\s+(\d{1,2})\s+Tết(?:\s+Nguyên\s+đán)?\s+(?:năm\s+)?"
    r"(?-i:(" + UPPER + r"\w*)\s+(" + UPPER + r"\w*))(?!\s*\()",
    re.IGNORECASE,
)
# The first day of the lunar year (Tết Nguyên đán) in the solar calendar, by year: data, checked against the lunar calendar.
_TET = {
    2010: (2, 14), 2011: (2, 3), 2012: (1, 23), 2013: (2, 10), 2014: (1, 31), 2015: (2, 19), 2016: (2, 8), 2017: (1, 28),
    2018: (2, 16), 2019: (2, 5), 2020: (1, 25), 2021: (2, 12), 2022: (2, 1), 2023: (1, 22), 2024: (2, 10), 2025: (1, 29),
    2026: (2, 17), 2027: (2, 6), 2028: (1, 26), 2029: (2, 13), 2030: (2, 3),
}
# A lunar year's name, its stem and its branch ("Giáp Thìn" is 2024): the stems repeat every 10 years, the branches every 12.
_STEMS = ("canh", "tân", "nhâm", "quý", "giáp", "ất", "bính", "đinh", "mậu", "kỷ")
_BRANCHES = ("thân", "dậu", "tuất", "hợi", "tý", "sửu", "dần", "mão", "thìn", "tỵ", "ngọ", "mùi")
_BRANCH_SPELLINGS = {"tí": "tý", "tị": "tỵ"}


def _tet_day(m):
    """The solar (day, month, year) of "mùng N Tết <year's name>", or None (a name of no year in the table, a day past the 10th)."""
    n = int(m.group(1))
    stem, branch = m.group(2).lower(), m.group(3).lower()
    branch = _BRANCH_SPELLINGS.get(branch, branch)
    year = next((y for y in _TET if _STEMS[y % 10] == stem and _BRANCHES[y % 12] == branch), None)
    if year is None or not 1 <= n <= 10:
        return None
    day = date(year, *_TET[year]) + timedelta(days=n - 1)
    return day.day, day.month, day.year


# "Hôm nay", "Chiều nay": the publication day itself, when the article's dateline gives it;
# "Hôm qua", "Chiều qua", "Tối hôm qua": the day before it.
# (its lunar day in brackets is no date to read: "Sáng nay (mùng 6 Tết Giáp Thìn), ...")
_TODAY = re.compile(
    r"(?:^|[\s,.(])(?:hôm nay|" + _TIME_OF_DAY + r" nay)(?![\w(]|\s*\((?!\s*(?:mùng|mồng|tức|ngày\s+mùng|ngày\s+mồng)\s))",
    re.IGNORECASE,
)
# (only opening the sentence, after an outlet's prefix at most, and before a comma: "ánh sáng qua
# khung cửa", "buổi sáng qua thăm" say no day)
# (or after a wire's place and day: "Seoul, 8/11 (TTXVN) - Chiều qua, ...": the day before the wire's)
# (its year too: "Quảng Trị, 15/3/2023 (TTXVN) - Sáng qua, ..."; "Lai Châu, ngày 18/5/2023 (TTXVN) - Sáng qua, ...")
_WIRE_DAY = r"[^,.\n]{1,30},\s*(?:ngày\s+)?(?P<wd>\d{1,2})[/.-](?P<wm>\d{1,2})(?:[/.-]\d{4})?\s*(?:\([^()\n]{1,20}\)\s*)?[-–]\s"
# (in the time of the place abroad: "Chiều qua (giờ địa phương), tại thành phố Daegu ..."; or with the lunar day beside it:
# "Chiều hôm qua (tức ngày 25 tháng Chạp năm Giáp Thìn), ...")
_DAY_ASIDE = (
    r"(?:\s*\(\s*(?:(?:theo\s+)?giờ\s+(?:địa phương|(?-i:" + UPPER + r")[\w-]*)|(?:tức|nhằm)\s[^()\n]{1,60}?)\s*\))?"
)
# The outlet's prefix a lead may open with: "TUYÊN QUANG - ", "(BD) - ".
# (or a site's address in brackets: "(Baoquangngai.vn) - Sáng thứ Hai vừa qua, ..."; or with no dash: "(BDO) Sáng qua, ...")
_OUTLET_PREFIX = r"(?:\([\w.&-]{1,30}\)\s*(?:[-–]\s*)?|[^,.\n]{0,30}\s[-–]\s)?"
# (or the day before that: "Chiều hôm kia, ...")
# (after the outlet's prefix, a site's address too: "(Baoquangninh.vn) - Tối qua, ...")
_YESTERDAY = re.compile(
    r"(?:^" + _OUTLET_PREFIX + r"|^" + _WIRE_DAY + r")(?P<rel>" + _YESTERDAY_WORDS + r")" + _DAY_ASIDE + r"\s*,",
    re.IGNORECASE,
)

# A lead opening with today or yesterday and no day-month after it.
_RELATIVE_OPENING = re.compile(
    r"^" + _OUTLET_PREFIX + r"(?P<day>hôm nay|(?:" + _TIME_OF_DAY + r")\s+nay|" + _YESTERDAY_WORDS + r")" + _DAY_ASIDE + r"\s*,"
    r"(?!\s*(?:ngày\s+)?\d)",
    re.IGNORECASE,
)
def _days_back(words):
    """Days before the publication the relative words name: "hôm nay" 0, "chiều qua" 1, "hôm kia" 2 (not the outlet's
    prefix: "TUYÊN QUANG - Sáng nay, ...")."""
    words = words.lower()
    return 1 if words.endswith("qua") else 2 if words.endswith("kia") else 0


def _holds_relative_day(picked, relative, published):
    """The day-months ``picked`` spans hold the day a relative opening names."""
    try:
        day = date.fromisoformat(published or "")
    except ValueError:
        return False
    day -= timedelta(days=_days_back(relative.group("day")))
    _sentence, (d1, m1, _y1), (d2, m2, _y2) = picked
    if not (d1 and m1 and d2 and m2):
        return False
    return (m1, d1) <= (day.month, day.day) <= (m2, d2)


# A date that belongs to a document, not to the activity: "Kế hoạch số 274/KH-SNgV ngày 19/2/2024".
_DOC_BEFORE = re.compile(
    r"(?:kế hoạch|quyết định|công văn|nghị quyết|nghị định|thông tư|thông báo|chỉ thị|văn bản|"
    r"tờ trình|báo cáo|hiệp định|biên bản|thỏa thuận|ban hành|ký|số\s+\S+)[^.;:]{0,80}$",
    re.IGNORECASE,
)
# The sentence leads with the occasion: "Chiều 15-9, ...", "Ngày 14/9, ...", "TGVN. Từ ngày ...".
_LEADING = re.compile(
    # an outlet's prefix: "TG&VN - ", "(Chinhphu.vn) - ", "Bình Phước (TTXVN) - "
    r"^(?:(?:\(?[\w.&]{1,12}\)?|(?:[\w.&]+\s+){0,4}\([^)]{1,40}\))\s*[-–.]\s*)?"
    r"(?:\([^)]{1,40}\)\s*[-–]?\s*)?(?:vào\s+)?(?:"
    + _TIME_OF_DAY
    + r"|ngày|hôm nay|hôm qua|từ|trong|chiều nay|sáng nay|tối nay|" + _WEEKDAY + r")\b",
    re.IGNORECASE,
)
# Verbs and nouns that name a meeting: a date next to them is the meeting's.
_OCCASION = re.compile(
    r"làm việc|hội đàm|hội kiến|tiếp(?! (?:tục|diễn|nhận|cận|theo|thu|xúc|giáp|nối|tế|sức|thị(?! trưởng)|đến))|thăm|chúc tết|ký kết|hội nghị|tổ chức|"
    r"\bgặp\b(?! (?:khó|phải|sự cố|nạn|trở ngại))|"
    r"đối thoại|tọa đàm|diễn đàn|lễ|\bdự\b(?! báo| kiến| án| thảo| toán| trữ)|tham dự|dẫn đầu|trưởng đoàn|đón|"
    # ("... nêu với lãnh đạo thành phố Le Havre (Pháp) trong chuyến công tác từ ngày 17 đến 21/9")
    r"chuyến công tác|"
    # "Chương trình diễn ra vào ngày 12 tháng 4 năm 2024 ..., do Phó Chủ tịch UBND tỉnh chủ trì"
    r"chủ trì|(?:chương trình|sự kiện)\s+(?:\w+\s+){0,6}?diễn ra|"
    # "(Buổi tiếp diễn ra chiều 22/8/2023 tại trụ sở UBND tỉnh.)": the reception, not "tiếp diễn"
    r"buổi\s+tiếp\s+diễn ra",
    re.IGNORECASE,
)
# Further down, a date counts only right after the meeting it dates: "Tại buổi hội đàm ngày 27/2".
_OCCASION_DATE = re.compile(
    r"(?:buổi\s+(?:làm việc|tiếp|hội đàm|hội kiến|gặp mặt|gặp gỡ|đối thoại|lễ)|hội đàm|hội kiến|"
    r"hội nghị|cuộc gặp|chuyến thăm|lễ\s[\w ]{0,30}?)\s+(?:diễn ra\s+)?(?:vào\s+)?"
    r"(?:(?:" + _TIME_OF_DAY + r")\s+)?(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}",
    re.IGNORECASE,
)
# A trip that has only begun, or whose later programme is announced: its last day is unknown.
_OPEN_END = re.compile(
    r"bắt đầu chuyến (?:thăm|công tác)|trong khuôn khổ chuyến (?:thăm|công tác)[^.]{0,120}\bsẽ\b",
    re.IGNORECASE,
)
# A lead opening with the day a trip began, none it ends: "Từ ngày 17/11, Đoàn công tác tỉnh ... có chuyến công tác".
_FROM_DAY_ON = re.compile(r"^\s*(?:kể\s+)?từ\s+(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?\s*,", re.IGNORECASE)
# A wire's dateline after its day: "Cao Bằng, ngày 6/1 (TTXVN) - ".
_AGENCY_DATELINE = re.compile(r"\s*\([^()\n]{1,25}\)\s*[-–—]")
_LEAD_SENTENCES = 4  # title + the first body sentences carry the occasion


def _int(x):
    if not x:
        return None
    return int(x) if x.isdigit() else _MONTH_NUMBERS[x.lower()]


def _candidates(sentence):
    """Date expressions in one sentence: (start, end, (d1, m1, y1), (d2, m2, y2))."""
    text = sentence
    found = []
    # Spans already read, kept sorted and disjoint: checking a new one is a bisection, so a
    # sentence of thousands of dates is read in n log n, not n².
    starts, ends = [], []

    def free(a, b):
        i = bisect_right(starts, a)
        return (i == 0 or ends[i - 1] <= a) and (i == len(starts) or starts[i] >= b)

    def take(a, b):
        i = bisect_right(starts, a)
        starts.insert(i, a)
        ends.insert(i, b)

    for rx in _RANGES:
        for m in rx.finditer(text):
            g = m.groups()
            if not free(m.start(), m.end()):
                continue
            if len(g) == 6:  # two full day-months
                d1, m1, y1, d2, m2, y2 = (_int(x) for x in g)
                wraps = bool(m1 and m2 and (m1, d1) > (m2, d2))  # "31/12 và 1/1": across the new year
                y1 = y1 or (y2 and y2 - wraps)
                y2 = y2 or (y1 and y1 + wraps) or None
            elif len(g) == 4:  # a day, then a day-month
                d1, d2, m2, y2 = (_int(x) for x in g)
                m1, y1 = m2, y2
            else:
                continue
            if m1 and m2 and (m1, d1) <= (m2, d2) or (m1 and m2 and m1 == 12 and m2 == 1):
                found.append((m.start(), m.end(), (d1, m1, y1), (d2, m2, y2)))
                take(m.start(), m.end())
    for m in _TET_DAY.finditer(text):
        if free(m.start(), m.end()) and (day := _tet_day(m)):
            found.append((m.start(), m.end(), day, day))
            take(m.start(), m.end())
    for rx in (_SINGLE, _SINGLE_WORDS):
        for m in rx.finditer(text):
            if not free(m.start(), m.end()):
                continue
            d, mo, y = (_int(x) for x in m.groups())
            found.append((m.start(), m.end(), (d, mo, y), (d, mo, y)))
            take(m.start(), m.end())
    return sorted(found)


def _is_document_date(sentence, start):
    before = sentence[max(0, start - 120) : start]
    if before.rstrip().endswith(",") and (_TIME_FIRST.match(sentence, start) or _RANGE_FIRST.match(sentence, start)):
        # "Thực hiện Kế hoạch công tác đối ngoại năm 2024, sáng 11/3, UBND tỉnh ...": the occasion's; "Nhân dịp
        # ... 45 năm Ngày ký Hiệp ước ..., từ ngày 6 đến 8/9, Đoàn ...": a stay's days, no document's
        return False
    return bool(_DOC_BEFORE.search(before) or _HOLIDAY_BEFORE.search(sentence[max(0, start - 60) : start]))


# A time of day after a comma opens the occasion's own clause (the date's span starts with it),
# whatever document came before.
_TIME_FIRST = re.compile(_TIME_OF_DAY + r"\s", re.IGNORECASE)
# (its first day with its year too: "..., từ ngày 13/6/2023 đến ngày 15/6/2023, Đoàn ...")
_RANGE_FIRST = re.compile(
    r"(?:từ|trong)\s+(?:ngày\s+)?\d{1,2}(?:[/.-]\d{1,2}(?:[/.-]\d{4})?)?\s*(?:đến|-|–|và)\s*(?:ngày\s+)?\d", re.IGNORECASE
)


# A holiday's date, not the occasion's: "Nhân dịp kỷ niệm ngày 30/4 và ngày 1/5, chiều 26/4, ...".
_HOLIDAY_BEFORE = re.compile(
    r"(?:kỷ niệm|chào mừng|mừng)\s+(?:\d+\s+năm\s+)?(?:(?:các\s+)?[Nn]gày\s+(?:lễ\s+)?)?$", re.IGNORECASE
)


def _lead_sentences(doc):
    """The title and the first body sentences (menus and widgets above the title are not the
    lead), in text order."""
    if doc.title_span is None:
        return doc.sentences[: _LEAD_SENTENCES + 1]
    at, end = doc.title_span
    title = [s for s in doc.sentences if at <= s.start < end]
    # (a page whose <title> stands first, its menus, then the labelled publication line over the story: the lead is
    # under it, "Ngày đăng: 09/04/2014 - 15:47 Số lần xem: 684")
    posted = _POSTED_LINE.search(doc.text, end, end + 1500)
    under = posted.end() if posted and _menus_between(doc.text[end : posted.start()]) else 0
    # (a <title> with the site's name, "Sở Ngoại vụ Vĩnh Phúc :: Đoàn công tác tỉnh ...", read first; the story's
    # headline again on its own line under the menus: the lead is under it)
    parts = {p.strip() for p in re.split(r"\s+(?:::|\||[-–])\s+", doc.text[at:end]) if len(p.strip()) >= 25}
    if parts and doc.text[at:end].strip() not in parts:
        again = next((s for s in doc.body if s.start >= end and s.start < end + 3000 and s.text.strip() in parts), None)
        if again is not None:
            under = max(under, again.end)
    return title + [s for s in doc.body if s.start >= under and not _furniture(doc, s)][:_LEAD_SENTENCES]


_POSTED_LINE = re.compile(r"(?m)^\s*(?:Ngày đăng|Đăng ngày|Đăng lúc|Cập nhật(?: lúc| ngày)?)\s*:?\s*\d[^\n]*$", re.IGNORECASE)


def _menus_between(text):
    """Several short lines (a page's menus and widgets) between the title and the publication line."""
    lines = [line for line in text.split("\n") if line.strip()]
    return len(lines) >= 4 and sum(len(line.split()) <= 8 for line in lines) >= len(lines) / 2


_CLOCK_LINE = re.compile(
    r"^\s*(?:" + _WEEKDAY + r")\s*,?\s*(?:ngày\s+)?\d{1,2}(?:\s+tháng\s+|\s*[/.-]\s*)\d{1,2}(?:\s+năm\s+|\s*[/.-]\s*)\d{4}"
    r"(?:\s*[-|,]?\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*$",
    re.IGNORECASE,
)


def _furniture(doc, sentence):
    """A body "sentence" that is no sentence of the story: the publication line ("Thứ Sáu,
    14/11/2025, 06:40"), a piece of an outlet's name cut at its dot ("DAKLAK."), a menu item
    of a whole page ("Tin tức - Sự kiện": short, without a digit)."""
    words = sentence.text.split()
    if len(words) < 2 or (len(words) < 6 and not any(ch.isdigit() for ch in sentence.text)):
        return True
    if len(words) < 4 and not re.search(r"\d{1,2}\s*[/.-]\s*\d{1,2}(?!\d)|\d{1,2}\s+tháng", sentence.text):
        return True  # "USD: 23.270", "JPY: 215,6": a widget's figures
    if _CLOCK_LINE.match(sentence.text):
        return True  # "Thứ Ba, ngày 16 tháng 08 năm 2022": a page's clock under a <title> read first
    span = doc.published_span
    return bool(span) and sentence.start <= span[0] < sentence.end and len(words) <= 6


def occasion(doc):
    """The date expression of the activity: (sentence, (d1, m1, y1), (d2, m2, y2)) or None."""
    skip = doc.published_span
    lead = _lead_sentences(doc)
    chosen = {id(s) for s in lead}
    # (not the widgets above the title: a portal's "Lịch công tác" of its leaders' week)
    story_at = doc.title_span[0] if doc.title_span else 0
    ordered = lead + [
        s for s in doc.sentences if id(s) not in chosen and s.start >= story_at and _OCCASION.search(s.text)
    ]
    best = None
    for rank, s in enumerate(ordered):
        found = list(_candidates(s.text))
        for i, (start, end, a, b) in enumerate(found):
            if skip and s.start + start < skip[1] and skip[0] < s.start + end:
                continue  # the dateline, even when the lead follows it in one sentence
            if i + 1 < len(found) and _AGENCY_DATELINE.match(s.text, end):
                continue  # "Cao Bằng, ngày 6/1 (TTXVN) - Ngày 5/1, ...": the wire's day, then the story's
            if _is_document_date(s.text, start):
                continue
            leading = bool(_LEADING.match(s.text)) or start < 25
            in_lead = rank <= _LEAD_SENTENCES
            near = any(m.end() >= start and m.start() <= start for m in _OCCASION_DATE.finditer(s.text))
            # A lead sentence opening with the occasion wins; then a date naming its meeting;
            # then any date of a lead sentence that speaks of a meeting.
            if leading and in_lead:
                tier = 0
            elif near:
                tier = 1
            elif in_lead and _OCCASION.search(s.text):
                tier = 1
            else:
                tier = 2
            score = (tier, rank)
            if best is None or score < best[0]:
                best = (score, s, a, b)
            break
    if best is None or best[0][0] == 2:
        return None
    return best[1], best[2], best[3]


# After a later paragraph's day: the delegation still at work ("Sáng 18/5, Đại sứ X và đoàn đã
# khảo sát", "Ngày 27/8, Thứ trưởng và đoàn công tác đã thăm", "Ngày làm việc thứ hai, đoàn ...").
_DELEGATION_GOES_ON = re.compile(
    # (the delegation, not a surname "Đoàn Văn Việt", "Đoàn Thanh niên", "Đoàn ĐBQH", "Tập đoàn")
    r"^\s*(?:[^.;\n]{0,60}?\svà\s+)?(?:đoàn|(?-i:Đoàn)(?!\s+(?-i:" + UPPER + r")))"
    r"(?!\s+(?:ĐBQH|Thanh niên|đại biểu Quốc hội|đại biểu HĐND))(?:\s+(?:công tác|đại biểu))?(?!\w)|"
    # (or both sides at the visit's work: "Sáng 30/3, hai bên đã ký kết biên bản ghi nhớ ...")
    r"^\s*hai bên\s+(?:đã\s+)?(?:ký|hội đàm|làm việc|tiếp tục)(?!\w)"
)
# ... and still at work here: no plan, no journey on, no trip of the province's own.
_BEFORE_LEAVING = re.compile(r"\btrước khi (?:kết thúc|rời|về nước|trở về|lên đường)\b[^.;\n]*", re.IGNORECASE)
_VISIT_MOVES_ON = re.compile(r"\bsẽ\b|sang thăm|lên đường|tiếp tục hành trình|rời|kết thúc|về nước|trở về", re.IGNORECASE)


# (the delegation's own predicate, not a relative clause: "..., nơi Đoàn dự kiến xây dựng ...", "... mà đoàn dự kiến ...")
_PLANNED_DAY = re.compile(r"(?<!nơi )(?<!mà )(?<!\w)[Đđ]oàn(?:\s+(?:công tác|đại biểu))?\s+dự kiến\b")


# "Theo chương trình, ngày 4/3, Đoàn sẽ khảo sát ...": the delegation's programme after the day told, still ahead.
_PROGRAMME_AHEAD = re.compile(
    r"^\s*(?:(?:Theo (?:chương trình|kế hoạch|lịch trình)|Dự kiến)\s*,?\s*)?(?:(?:" + _TIME_OF_DAY + r")\s+|ngày\s+)?"
    r"(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*,\s*(?:(?-i:đoàn)|(?-i:Đoàn)(?!\s+(?-i:" + UPPER + r")))"
    r"(?:\s+(?:công tác|đại biểu))?\s+(?:sẽ|dự kiến)\s",
    re.IGNORECASE,
)


def _programme_goes_on(doc, lead_sentence, start):
    """A later sentence tells the delegation's day one to six days after ``start`` as still ahead, and it is after
    the publication day: the visit's last day is not known yet."""
    if (published := _published_day(doc)) is None:
        return False
    for s in doc.sentences:
        if s.start <= lead_sentence.start or not (m := _PROGRAMME_AHEAD.match(s.text)):
            continue
        rest = s.text[m.end() :]
        if lookup.find_all(rest):
            continue  # "Theo chương trình, ngày 19/11, Đoàn công tác sẽ làm việc với tỉnh Lâm Đồng": its next stop, elsewhere
        if not mentions_abroad(rest):
            continue  # "sáng 19/5, đoàn sẽ dự lễ dâng hoa tại Khu di tích Kim Liên": guests sightseeing after the reception
        d, mo = int(m.group("d")), int(m.group("m"))
        year = start.year + 1 if mo < start.month and start.month == 12 else start.year
        if valid(year, mo, d) and 1 <= (date(year, mo, d) - start).days <= 6 and date(year, mo, d) > published:
            return True
    return False


# "Trước đó, chiều 11/5, đoàn đã ...": a day of the visit before the one the lead tells.
_BEFORE_THAT = re.compile(r"^\s*Trước đó\s*,\s*", re.IGNORECASE)


def _visit_began(doc, lead_sentence, start):
    """The first day, one to three days before ``start``, on which a later sentence opening with "Trước đó" and
    its own day has the delegation at work; None when there is none."""
    first = None
    for s in doc.sentences:
        if s.start <= lead_sentence.start or not (opening := _BEFORE_THAT.match(s.text)):
            continue
        found = [c for c in _candidates(s.text) if opening.end() <= c[0] < opening.end() + 12]
        if not found:
            continue
        _a, end_pos, (d, m, y), _second = found[0]
        rest = s.text[end_pos:].lstrip(" ,")
        if not (d and m) or not _DELEGATION_GOES_ON.match(rest) or _VISIT_MOVES_ON.search(rest):
            continue
        if lookup.find_all(rest):
            continue  # "Trước đó, ngày 15/5, đoàn công tác đã làm việc với Ban Thường vụ Tỉnh ủy Sơn La": another stop
        year = y or (start.year - 1 if m > start.month and start.month == 1 else start.year)
        if not valid(year, m, d):
            continue
        day = date(year, m, d)
        if 1 <= (start - day).days <= 3 and (first is None or day < first):
            first = day
    return first


# Work at or with a place, right before its name: "làm việc tại tỉnh ...", "làm việc với UBND tỉnh ...".
# (the province's own bodies or its unit word only: not "làm việc với Phân hiệu Đại học Đà Nẵng tại Kon Tum")
_WORK_AT_BEFORE = re.compile(
    r"(?<!\w)(?:tại|với)\s+(?:(?:lãnh đạo|UBND|HĐND|Tỉnh ủy|Thành ủy|Ủy ban nhân dân)\s+)?(?:(?:tỉnh|thành phố|TP\.?)\s*)?$"
)


def _visit_goes_on(doc, lead_sentence, start):
    """The last day, one to six days after ``start``, on which a later sentence opening with its
    own day has the delegation still at work; None when there is none."""
    last = None
    here = None  # (the provinces the headline and the lead name, read once)
    for s in doc.sentences:
        if s.start <= lead_sentence.start or not s.text[:1].isupper() or not _LEADING.match(s.text):
            continue
        found = [c for c in _candidates(s.text) if c[0] < 25]
        if not found:
            continue
        _a, end_pos, (d, m, y), _second = found[0]
        # (the day may stand in brackets after "hôm sau": "Sáng hôm sau (15/12), đoàn đi thăm ..."; and work done "trước
        # khi kết thúc chuyến công tác" is still the visit's)
        rest = s.text[end_pos:].lstrip(" ,)")
        if not (d and m) or not _DELEGATION_GOES_ON.match(rest) or _VISIT_MOVES_ON.search(_BEFORE_LEAVING.sub("", rest)):
            continue
        if _PLANNED_DAY.search(rest):
            continue  # "Sáng 24/9, đoàn dự kiến khảo sát ...": the day still ahead (not "..., nơi Đoàn dự kiến xây dựng")
        units = lookup.find_all(rest)
        if any(re.search(r"(?:vào|ra|đến|tới|về|sang)\s+(?:thăm\s+|làm việc\s+(?:tại\s+)?)?\S*\s*$", rest[max(0, a - 30) : a])
               for a, _b, _u in units):
            continue  # "... đoàn vào thăm tỉnh Thừa Thiên Huế": the next stop, elsewhere
        # (the province the story is about is named in its headline or its lead: "tại thành phố Hưng Yên" is still there)
        here = here if here is not None else {
            u.code for _a, _b, u in lookup.find_all("\n".join([doc.title or "", lead_sentence.text, *(x.text for x in doc.body[:2])]))
        }
        if any(u.code not in here and _WORK_AT_BEFORE.search(rest, max(0, a - 45), a) for a, _b, u in units):
            continue  # "Sáng nay (17/10), Đoàn công tác tiếp tục chương trình làm việc tại tỉnh Bạc Liêu": another province's day
        year = y or (start.year + 1 if m < start.month and start.month == 12 else start.year)
        if not valid(year, m, d):
            continue
        day = date(year, m, d)
        if 1 <= (day - start).days <= 6 and (last is None or day > last):
            last = day
    return last


def opens_with_relative_day(sentence):
    """The sentence opens with today or yesterday, no day written ("Sáng hôm qua, ...", "LSO - Chiều nay, ...")."""
    return bool(_RELATIVE_OPENING.match(sentence))


def opens_with_day(sentence):
    """The sentence opens with the day of an occasion ("Sáng 26.2, ...", "Ngày 3/4, ...")."""
    if not _LEADING.match(sentence):
        return False
    return any(start < 40 for start, *_ in _candidates(sentence))


def _written_ranges(sentences, events=True):
    """The ranges of two days or more written in ``sentences``: (d1, m1, y1, d2, m2, y2), the
    years None where not written; without a festival's or a fair's own span ("Festival Huế 2016 ...
    diễn ra từ ngày 29/4 đến 4/5") unless ``events``."""
    for s in sentences:
        for start, _end, (d1, m1, y1), (d2, m2, y2) in _candidates(s.text):
            if not events and _EVENT_SPAN.search(s.text[max(0, start - 120) : start]):
                continue
            if d1 and m1 and d2 and m2 and (d1, m1) != (d2, m2):
                yield d1, m1, y1, d2, m2, y2


# A named event's own span, which a delegation visiting during it does not share.
_EVENT_SPAN = re.compile(
    # ("Lễ hội năm nay diễn ra từ ngày 16 đến 18/8", "Hội chợ năm nay diễn ra từ ngày 20 đến 25/11")
    r"(?:festival|lễ hội|hội chợ|triển lãm|liên hoan|tuần lễ|tuần văn hóa)\b[^.;()]{0,100}?\bdiễn ra(?:\s+từ)?(?:\s+ngày)?\s*$",
    re.IGNORECASE,
)


def _range_from(doc, day, month, year):
    """The last day of a range written elsewhere in the text that starts on this day, or None (not a festival's or a
    fair's own span: the reception held on its first day is that day's)."""
    for d1, m1, _y1, d2, m2, _y2 in _written_ranges(doc.sentences, events=False):
        if (d1, m1) == (day, month):
            y = year + 1 if (m2, d2) < (m1, d1) else year
            return date(y, m2, d2) if valid(y, m2, d2) else None
    return None


# The trip's span told further down: "Chuyến công tác của đoàn ... diễn ra từ ngày 25/11 đến 30/11",
# "trong chuyến công tác tại Nhật Bản từ ngày 19 đến 24/2, đoàn còn làm việc với ...".
# (not a guest's tour of the country, one day of which the province had: "trong chuyến thăm Việt Nam
# từ ngày 13 đến 17/5")
_TRIP_SPAN = re.compile(r"chuyến (?:công tác|thăm)(?![^.;\n]{0,80}?Việt Nam)[^.;\n]{0,80}?\stừ\s+(?:ngày\s+)?\d", re.IGNORECASE)


def _range_around(doc, day):
    """A range of the lead sentences, or of a sentence telling the trip's span (two days or
    more, ten at most), that holds ``day``."""
    lead = _lead_sentences(doc)
    chosen = {id(s) for s in lead}
    spans = [s for s in doc.body if id(s) not in chosen and _TRIP_SPAN.search(s.text)]
    for d1, m1, y1, d2, m2, y2 in _written_ranges(lead + spans, events=False):
        year2 = y2 or day.year
        year1 = y1 or (year2 - 1 if (m1, d1) > (m2, d2) else year2)
        if not (valid(year1, m1, d1) and valid(year2, m2, d2)):
            continue
        first, last = date(year1, m1, d1), date(year2, m2, d2)
        if first <= day <= last and (last - first).days <= 10:
            return first, last
    return None


def _wire_day(m, published):
    """The day a wire's dateline names ("Seoul, 8/11 (TTXVN) - "), in the publication's year or the one before;
    the publication day without one."""
    if not (m and m.group("wd")):
        return published
    for year in (published.year, published.year - 1):
        try:
            day = date(year, int(m.group("wm")), int(m.group("wd")))
        except ValueError:  # no such day that year
            continue
        if day <= published:
            return day
    return published


def _today(doc):
    """'Hôm nay' / 'Chiều nay' in the lead with a full dateline: the publication day; 'Hôm
    qua' / 'Chiều qua': the day before (kept with a doubt: the day is not written)."""
    if (published := _published_day(doc)) is None:
        return None
    for s in _lead_sentences(doc):
        if not _OCCASION.search(s.text):
            continue
        if _TODAY.search(s.text):
            doc.doubt("day_relative", (s.start, s.end))
            # (after a wire's dateline, the wire's day: "Tam Kỳ, 25/3 (TTXVN) - Sáng nay, ..." published on 26/3)
            wire = re.match(_WIRE_DAY + r"\s*(?:hôm nay|" + _TIME_OF_DAY + r" nay)", s.text, re.IGNORECASE)
            return _wire_day(wire, published).isoformat() if wire else doc.published
        if (m := _YESTERDAY.search(s.text)) or _YESTERDAY_AT_END.search(s.text):
            doc.doubt("day_relative", (s.start, s.end))
            back = _days_back(m.group("rel")) if m else 1
            return (_wire_day(m, published) - timedelta(days=back)).isoformat()
        if (m := _WEEKDAY_OPENING.match(s.text)) and (day := _weekday_before(published, m)):
            doc.doubt("day_relative", (s.start, s.end))
            return day.isoformat()
    return None


# "Chiều thứ Ba tuần này, ...", "Sáng thứ Năm tuần trước, ...", "Thứ Hai vừa qua, ...": a weekday
# named from the publication's week, its date not written.
_WEEKDAY_OPENING = re.compile(
    r"^" + _OUTLET_PREFIX + r"(?:" + _TIME_OF_DAY + r"\s+)?(?P<weekday>thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)\s+"
    # ("tuần qua" names the past week or the one just ending: left unread)
    r"(?P<when>tuần này|tuần trước|vừa qua)\s*,",
    re.IGNORECASE,
)
_WEEKDAYS = {"hai": 0, "ba": 1, "tư": 2, "năm": 3, "sáu": 4, "bảy": 5, "nhật": 6}
# "Từ thứ Năm đến thứ Bảy tuần trước, ...": two weekdays of one week named from the publication's.
_WEEKDAY_SPAN_OPENING = re.compile(
    r"^" + _OUTLET_PREFIX + r"(?:[Tt]rong các ngày|[Tt]ừ)\s+(?:(?:" + _TIME_OF_DAY + r")\s+)?"
    r"(?P<first>thứ\s+(?:hai|ba|tư|năm|sáu|bảy))\s+(?:đến|tới|và|-|–)\s+(?:(?:" + _TIME_OF_DAY + r")\s+)?"
    r"(?P<weekday>thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)\s+(?P<when>tuần này|tuần trước|vừa qua)\s*,",
    re.IGNORECASE,
)


def _weekday_span(doc):
    """'Từ thứ Năm đến thứ Bảy tuần trước, ...' in the lead with a full dateline: (first day, last day), kept
    with a doubt (the days are not written); None otherwise."""
    if (dated := _lead_under_full_dateline(doc)) is None:
        return None
    s, published = dated
    m = _WEEKDAY_SPAN_OPENING.match(s.text)
    if not (m and _OCCASION.search(s.text)) or not (end := _weekday_before(published, m)):
        return None
    first = _WEEKDAYS[m.group("first").split()[-1].lower()]
    if first >= end.weekday():
        return None
    doc.doubt("day_relative", (s.start, s.end))
    return (end - timedelta(days=end.weekday() - first)).isoformat(), end.isoformat()


# "(BDO) - Sáng thứ Hai, tại Trung tâm Hành chính tỉnh, ... đã tiếp ...": one weekday alone (no "tuần này", "vừa qua":
# _WEEKDAY_OPENING), the last of its name on or before the publication day.
_LONE_WEEKDAY = re.compile(
    r"^" + _OUTLET_PREFIX + r"(?:(?:" + _TIME_OF_DAY + r")\s+)?(?:ngày\s+)?(?P<weekday>thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)\s*,",
    re.IGNORECASE,
)


def _weekday_day(doc):
    """The day of a lead that opens with a weekday alone, counted back from a full publication day (kept with a
    doubt: the day is not written), or None."""
    if (dated := _lead_under_full_dateline(doc)) is None:
        return None
    s, published = dated
    m = _LONE_WEEKDAY.match(s.text)
    if not (m and _OCCASION.search(s.text)) or re.search(r"(?<!\w)(?:sẽ|dự kiến|sắp|tới)(?!\w)", s.text):
        return None  # (nor one still ahead: "Sáng thứ Sáu, ... sẽ tiếp đoàn ...")
    wanted = _WEEKDAYS[m.group("weekday").split()[-1].lower()]
    doc.doubt("day_relative", (s.start, s.end))
    return (published - timedelta(days=(published.weekday() - wanted) % 7)).isoformat()


def _lead_under_full_dateline(doc):
    """(the lead's first sentence, the full publication day), or None when either is missing."""
    lead = [s for s in _lead_sentences(doc) if s.text != doc.title][:1]
    if not lead or (published := _published_day(doc)) is None:
        return None
    return lead[0], published


def _published_day(doc):
    """The full publication day as a date, or None (none, a month only, or an impossible day: "31/04/2024")."""
    if not doc.published or len(doc.published) != 10:
        return None
    try:
        return date.fromisoformat(doc.published)
    except ValueError:
        return None


def _weekday_before(published, m):
    """The day ``m`` names, counted from ``published``; None when it would fall after it."""
    wanted = _WEEKDAYS[m.group("weekday").split()[-1].lower()]
    monday = published - timedelta(days=published.weekday())
    when = m.group("when").lower()
    if when == "tuần này":
        day = monday + timedelta(days=wanted)
    elif when == "vừa qua":
        day = published - timedelta(days=(published.weekday() - wanted) % 7 or 7)
    else:  # the week before
        day = monday - timedelta(days=7 - wanted)
    return day if day <= published else None


# ... or closing the lead, as some national papers write it: "... khi tiếp đoàn công tác thành phố
# Busan do Phó thị trưởng Kim Dong-hyun dẫn đầu, chiều qua tại TP Rạch Giá."
_YESTERDAY_AT_END = re.compile(
    r",\s*" + _YESTERDAY_WORDS + r"\s*(?:\((?:ngày\s+)?\d{1,2}[/.-]\d{1,2}\)\s*)?"
    r"(?:(?:tại|ở)\s[^,;:\n]{0,60})?[.!]?\s*$",
    re.IGNORECASE,
)


# "Trong tháng 5/2023, Đoàn công tác ...": the month of the activity is known, not its day.
_MONTH_ONLY = re.compile(
    r"(?:^|[\s,(-])(?:trong|vào|hồi|cuối|đầu|giữa)\s+tháng\s+(\d{1,2})(?:[/-]|\s+năm\s+)(\d{4})\b",
    re.IGNORECASE,
)


def _month_only(doc):
    """'month' when a lead sentence opens with the activity's month and year, and no day."""
    for s in _lead_sentences(doc):
        m = _MONTH_ONLY.search(s.text)
        if m and m.start() < 25 and _OCCASION.search(s.text) and 1 <= int(m.group(1)) <= 12:
            return "month"
    return None


def _since(picked, began=False):
    """The picked day is one date after "từ", "kể từ" or "sau", no range: when a state began (with
    ``began``, a unit's merger or founding told before it: "sau khi hợp nhất ... từ ngày 1/7/2025")."""
    sentence, (d1, m1, _y1), (d2, m2, _y2) = picked
    if (d1, m1) != (d2, m2) or not (d1 and m1):
        return False
    unit = r"(?:hợp nhất|sáp nhập|thành lập|đi vào hoạt động)[^.;:]{0,60}?" if began else ""
    return bool(re.search(unit + rf"(?:từ|sau)\s+(?:ngày\s+)?0?{d1}[/.-]0?{m1}(?!\d)", sentence.text, re.IGNORECASE))


def extract(doc):
    """The activity's Dates: start, end and precision, and the day-months ("MM-DD") when the
    day is written, whether or not its year is known."""
    picked = occasion(doc)
    lead = [s for s in _lead_sentences(doc) if s.text != doc.title][:1]
    if (
        picked is not None and lead and picked[0] is not lead[0]
        and (relative := _RELATIVE_OPENING.match(lead[0].text))
        and not _holds_relative_day(picked, relative, doc.published)
    ):
        # "Sáng nay, mùng 5 tháng Giêng năm Giáp Thìn, ... tiếp đoàn": the lead's own day is the
        # publication's, not a date a later paragraph gives (unless that is the visit's span:
        # "Chiều qua, ..." then "Đoàn ... thăm Quảng Bình từ ngày 23 đến 25/3")
        picked = None
    if picked is not None and lead and picked[0] is lead[0] and _RELATIVE_OPENING.match(lead[0].text) and _since(picked):
        # "Sáng nay, tại trụ sở UBND TPHCM, đoàn ... làm việc ... sau khi hợp nhất ... từ ngày 1/7/2025": the day a
        # state began, told in the lead whose own day is today's
        picked = None
    if picked is not None and _since(picked, began=True):
        # "..., sau khi hợp nhất với tỉnh Tiền Giang (cũ) từ ngày 1/7/2025, Đồng Tháp có ...": the day a unit
        # began, wherever it is told, is no day of the activity
        picked = None
    if picked is None:
        if span := _weekday_span(doc):
            return Dates(*span, "day")
        if day := _weekday_day(doc):
            return Dates(day, day, "day")
        today = _today(doc)
        if today:
            return Dates(today, today, "day")
        return Dates(date_precision=_month_only(doc))
    sentence, (d1, m1, y1), (d2, m2, y2) = picked
    if not (d1 and m1 and d2 and m2):
        return Dates()
    year_written = y1 is not None or y2 is not None
    if not (1 <= m1 <= 12 and 1 <= m2 <= 12 and 1 <= d1 <= 31 and 1 <= d2 <= 31):
        return Dates()
    # The day and month as written, kept even when the year stays unknown: merging reads them
    # (two outlets' "Ngày 30-3" and "30/3/2023" are one day), the contract's dates do not.
    start_dm, end_dm = f"{m1:02d}-{d1:02d}", f"{m2:02d}-{d2:02d}"
    none = Dates(start_day_month=start_dm, end_day_month=end_dm)
    y2 = resolve(d2, m2, y2, doc)
    if y1 is None and y2 is not None:
        y1 = y2 - 1 if m1 > m2 else y2  # a range across new year
    y1 = resolve(d1, m1, y1, doc) if y1 is None else y1
    if y1 is None or y2 is None or not valid(y1, m1, d1) or not valid(y2, m2, d2):
        return none
    start, end = date(y1, m1, d1), date(y2, m2, d2)
    if start == end and (last := _range_from(doc, d1, m1, y1)) and end < last and (last - end).days <= 10:
        # "Ngày 26/12, ... Hội nghị" then "Trong hai ngày 26 và 27/12": the range it opens.
        end = last
    elif start == end and (span := _range_around(doc, start)):
        # "từ ngày 24/5 đến ngày 26/5, Đoàn ... đã thăm" then "Sáng 25/5, đoàn hội đàm ...": one
        # day of the visit the lead dates as a whole.
        start, end = span
    elif start == end and (later := _visit_goes_on(doc, sentence, start)):
        # "Chiều 17/5, ... tiếp đoàn" then "Sáng 18/5, Đại sứ ... và đoàn đã khảo sát ...": the
        # delegation's next day, told in a paragraph of its own.
        end = later
    if start == end and (earlier := _visit_began(doc, sentence, start)):
        # "Ngày 12/5, ... đoàn đã hội đàm ..." then "Trước đó, chiều 11/5, đoàn đã làm thủ tục xuất cảnh ... và làm việc
        # với ...": the delegation's day before, told after
        start = earlier
    if end < start or (end - start).days > 31:
        return none
    end_iso = end.isoformat()
    if (
        (start == end and (_OPEN_END.search(doc.text) or _programme_goes_on(doc, sentence, start)))
        or ((d1, m1) == (d2, m2) and _FROM_DAY_ON.match(sentence.text))
    ):
        end_iso = None  # "Từ ngày 17/11, Đoàn công tác tỉnh ... có chuyến công tác tại ...": its end untold
    if not year_written:
        doc.doubt("year_inferred", (sentence.start, sentence.end))
    return Dates(start.isoformat(), end_iso, "day", start_dm, end.strftime("%m-%d"))
