"""The year of an activity's day-month when the expression does not write it: from the
article's dateline, or from what the text states (see dates.py's docstring for the order of
trust). None when the sources disagree or none applies."""

import re
from datetime import date

from . import lexicon

# Year evidence stated in the text (see _year_from_text).
_FIRST_MONTHS = re.compile(r"(\d{1,2}|sáu|chín) tháng (?:đầu )?năm (\d{4})", re.IGNORECASE)
# (a quarter that is over: "đến hết quý I/2024", "trong quý III năm 2023"; "từ quý II/2026" is a plan)
_QUARTER = re.compile(
    r"(?:hết|trong|sau|kết thúc|kết quả|qua)\s+quý (I{1,3}|IV|[1-4])\s*(?:/|-|\s(?:năm\s)?)\s*(\d{4})",
    re.IGNORECASE,
)
_REVIEW = re.compile(
    r"(?:tổng kết|đánh giá|sơ kết)[^.;]{0,80}?năm (\d{4})[^.;]{0,40}?"
    r"(?:triển khai|phương hướng|kế hoạch|nhiệm vụ)[^.;]{0,30}?năm (\d{4})",
    re.IGNORECASE,
)
# (the lunar year's name between: "đầu Xuân Kỷ Hợi 2019", "Xuân Bính Ngọ 2026")
_CAN_CHI = (
    r"(?:\s+(?:Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý)\s+(?:Tý|Sửu|Dần|Mão|Mẹo|Thìn|Tỵ|Tị|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi))?"
)
_SPRING = re.compile(
    # (or the occasion of the year's start: "Nhân dịp đầu năm 2026, từ ngày 21 đến ngày 23/1, ..."; not a
    # report's "từ đầu năm 2020")
    r"(?:xuân" + _CAN_CHI + r"|tết [\w ]{0,25}?|" + lexicon.alternation("new_year_festivals") + r"|năm mới|dịp đầu năm)"
    # (a year of the Gregorian calendar: not the Buddhist era's "Tết năm mới Bunpimay 2558")
    r"\s+(?:năm\s+)?((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_TERM_END = re.compile(
    r"kỳ họp (?:tổng kết|cuối)[^.;]{0,80}?nhiệm kỳ (\d{4})\s*[-–]\s*(\d{4})", re.IGNORECASE
)
# The year written in an occasion's name, a few words on ("Festival Huế 2024", not "20/4/2024").
# (an acronym in brackets may stand in it: "Hội chợ Trung Quốc - ASEAN (CAEXPO) lần thứ 15 năm 2018")
_YEAR_IN_NAME = r"\s(?:\([A-Z]{2,12}\)|[^.;:\n()]){0,50}?(?<![\d/.-])((?:19|20)\d\d)(?![\d/-]|\.\d)"
# Weaker statements, read only when the article has no dateline (see _weak_years):
# an occasion named with its year ("Lễ hội Hoa Phượng Đỏ 2018", "Festival Huế 2024"),
_NAMED_EVENT = re.compile(
    # (and a course: "Hội nghị bồi dưỡng kiến thức đối ngoại năm 2020", not a review held after its year)
    r"(?:lễ hội|festival|hội chợ|tuần lễ|tuần văn hóa|năm du lịch|liên hoan|hội thao|ngày hội|"
    # (a year two countries name for their ties: "Năm Đoàn kết hữu nghị Việt Nam - Lào 2022")
    # (not its review, held after it: "Hội nghị tổng kết Năm Đoàn kết hữu nghị ... 2022" in January)
    # (and a promotion conference the guests came to: "dự Hội nghị xúc tiến đầu tư, thương mại năm 2023 của tỉnh")
    r"triển lãm|giải|(?:hội nghị|lớp)\s+(?:bồi dưỡng|tập huấn)|(?:hội nghị|hội thảo|diễn đàn)\s+xúc tiến|(?<!tổng kết )(?<!sơ kết )(?<!bế mạc )năm (?:đoàn kết |giao lưu )?hữu nghị)"
    + _YEAR_IN_NAME,
    re.IGNORECASE,
)
_PAST_EVENT_BEFORE = re.compile(r"(?:thành công của|kết quả(?: của)?|đã tổ chức|đã diễn ra|sau)\s+(?:các\s+)?$", re.IGNORECASE)
# An occasion still ahead, which gives no year to the activity told: "mời ... tham gia", "sẽ tổ chức", "chuẩn bị cho".
# (not the invitation the delegation came on, "theo lời mời của Ban Tổ chức Hội chợ ... 2019", nor what the trip "sẽ tham dự")
_AHEAD_BEFORE = re.compile(r"(?<!\w)(?:(?<!lời )mời|sẽ(?!\s+(?:tham dự|tham gia|dự)(?!\w))|dự kiến|chuẩn bị|hướng tới|sắp)(?!\w)(?:[^.;\n]|\.(?=\w))*$", re.IGNORECASE)
# the new year a visit celebrates ("Tết cổ truyền Chôl Chnăm Thmây năm 2017", "Tết Nguyên đán Giáp
# Thìn 2024", "Tết Bunpimay 2024"): its year, for a day from January to April only (the Lunar New
# Year, the Lao and Khmer ones in April; a December day is the year before's preparations)
_NEW_YEAR = re.compile(r"\btết" + _YEAR_IN_NAME, re.IGNORECASE)
# an anniversary counted from a written year ("kỷ niệm 46 năm Ngày ký Hiệp ước ... (18/7/1977)",
# "kỷ niệm 60 năm ... (1962 - 2022)"),
_ANNIVERSARY = re.compile(
    r"kỷ niệm (\d{1,3}) năm\b[^()\n]{0,160}?\(([^()\n]{4,60})\)", re.IGNORECASE
)
_YEARS_REVIEWED = re.compile(r"(?:tổng kết|sơ kết|kỷ niệm) \d{1,2} năm", re.IGNORECASE)
_PERIOD_REVIEW = re.compile(
    r"(?:tổng kết|sơ kết) (\d{1,2}) năm\b[^()\n]{0,160}?\(\s*((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\s*\)", re.IGNORECASE
)
# a full date or a month-year written in the text ("ngày 21.2.2024", "cuối tháng 8/2022").
_FULL_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)(?![\d/-]|\.\d)")
_MONTH_YEAR = re.compile(r"tháng\s+(\d{1,2})\s*(?:/|-|năm)\s*((?:19|20)\d\d)(?!\d)", re.IGNORECASE)
# the year of the work programme the activity carries out ("Thực hiện Chương trình công tác năm 2018").
_PROGRAMME = re.compile(
    r"(?:thực hiện|theo)\s+(?:chương trình|kế hoạch)\s+(?:công tác|hoạt động đối ngoại|đối ngoại|hợp tác)?\s*"
    r"(?:năm\s+)?(?:của [^,.;]{0,40}\s)?năm\s+((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# the occasion counted within its year ("chuyến công tác thứ hai ... trong năm 2025", "hội nghị
# chuyên đề đầu tiên của tỉnh trong năm 2020").
_ORDINAL_IN_YEAR = re.compile(
    r"(?:đầu tiên|lần đầu|thứ (?:hai|ba|tư|năm|\d+))[^.;\n]{0,60}?trong năm ((?:19|20)\d\d)\b", re.IGNORECASE
)
# A numbered document's date: "Chỉ thị số 45-CT/TW ngày 19/5/2015", "Quyết định 1234/QĐ-UBND ngày ...".
_NUMBERED_DOCUMENT = re.compile(
    r"(?:nghị quyết|chỉ thị|quyết định|kết luận|thông tư|nghị định|công văn|kế hoạch|thông báo|hiệp định)"
    r"\s+(?:số\s+)?\S*\d\S*\s+(?:của\s+[^,.;\d]{1,40}\s+)?ngày\s*$",
    re.IGNORECASE,
)
_NEAR_DAYS = 45
_WORD_NUMBERS = {"sáu": 6, "chín": 9}
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}


def valid(y, m, d):
    try:
        date(y, m, d)
    except (TypeError, ValueError):
        return False
    return 1990 <= y <= 2100


def _published_parts(published):
    """(year, month, day) of the dateline; month and day may be None."""
    if not published:
        return None, None, None
    parts = [int(p) for p in published.split("-")]
    parts += [None] * (3 - len(parts))
    return tuple(parts[:3])


def _year_from_published(month, published):
    """The year of a day-month taken from the dateline, or None when it cannot be trusted."""
    py, pm, _ = _published_parts(published)
    if py is None:
        return None
    if pm is None or month <= pm:
        return py
    # A December event reported in January: the previous year. Any other month later than
    # the dateline's is either a future plan or a wrong (crawl-time) dateline: unknown.
    if pm <= 2 and month >= 11:
        return py - 1
    return None


def _year_from_text(text, month):
    """Years the text itself fixes for an activity in ``month``; empty when nothing does."""
    years = set()
    for m in _FIRST_MONTHS.finditer(text):
        n = int(m.group(1)) if m.group(1).isdigit() else _WORD_NUMBERS[m.group(1).lower()]
        # Results of the first n months are reported in the months right after them.
        # (or in the last of them, by a report of them: "Theo báo cáo của tỉnh, 6 tháng đầu năm 2022, ..."; not a
        # comparison, "so với 6 tháng đầu năm 2021")
        before = text[max(0, m.start() - 30) : m.start()]
        reported = bool(re.search(r"báo cáo|sơ kết|kết quả|tổng kết", before)) and not re.search(r"so với|cùng kỳ", before)
        if n and (n < month <= n + 3 or (n == month and reported)):
            years.add(int(m.group(2)))
    for m in _QUARTER.finditer(text):
        q = int(m.group(1)) if m.group(1).isdigit() else _ROMAN[m.group(1).upper()]
        if 3 * q < month <= 3 * q + 3:
            years.add(int(m.group(2)))
    for m in _REVIEW.finditer(text):
        reviewed, planned = int(m.group(1)), int(m.group(2))
        if planned == reviewed + 1:
            # A review of year Y held at its end, or in the first months of Y+1.
            if month >= 11:
                years.add(reviewed)
            elif month <= 4:
                years.add(planned)
    for m in _SPRING.finditer(text):
        if month <= 4:
            years.add(int(m.group(1)))
    for m in _TERM_END.finditer(text):
        if month <= 6:
            years.add(int(m.group(2)))
    return years


# The national days an anniversary counts from, and their years.
_NATIONAL_DAYS = {
    "cách mạng tháng tám": 1945, "quốc khánh 2/9": 1945, "chiến thắng điện biên phủ": 1954,
    "giải phóng miền nam": 1975, "thống nhất đất nước": 1975, "giải phóng hoàn toàn miền nam": 1975,
}
_NATIONAL_ANNIVERSARY = re.compile(
    r"kỷ niệm (\d{1,3}) năm (?:ngày )?(" + "|".join(sorted(_NATIONAL_DAYS, key=len, reverse=True)) + r")", re.IGNORECASE
)


def _weak_years(text, day, month):
    """Years that statements around the activity give it, when no dateline does: occasions
    named with a year, anniversaries, and dates written in full within some weeks of the
    activity's day-month. Dates inside an anniversary's brackets are history, not evidence."""
    # (not one the guests invite the province to, or one to come: "mời TP.HCM tham gia Triển lãm Thế giới Expo 2025 Osaka")
    # (nor one told as past: "Hai bên đánh giá cao thành công của Lễ hội Quảng Nam - Nhật Bản 2019")
    years = {
        int(m.group(1)) for m in _NAMED_EVENT.finditer(text)
        if not _AHEAD_BEFORE.search(text, max(0, m.start() - 60), m.start()) and not _PAST_EVENT_BEFORE.search(text, max(0, m.start() - 40), m.start())
    }
    years |= {int(m.group(1)) for m in _PROGRAMME.finditer(text)}
    # (a national anniversary counted from its year: "nhân dịp kỷ niệm 79 năm Cách mạng Tháng Tám và Quốc khánh 2/9")
    years |= {_NATIONAL_DAYS[m.group(2).lower()] + int(m.group(1)) for m in _NATIONAL_ANNIVERSARY.finditer(text)}
    years |= {int(m.group(1)) for m in _ORDINAL_IN_YEAR.finditer(text)}
    if 1 <= month <= 4:
        years |= {int(m.group(1)) for m in _NEW_YEAR.finditer(text)}
    history = []
    for m in _ANNIVERSARY.finditer(text):
        history.append(m.span(2))
        n = int(m.group(1))
        written = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", m.group(2))]
        if len(written) == 1:
            years.add(written[0] + n)
        elif len(written) == 2 and written[1] - written[0] == n:
            years.add(written[1])
    # A review of the years a period spans, held in its last ("tổng kết 10 năm thực hiện ... (2010 - 2020)",
    # in July): that year; the period's first year is history ("có hiệu lực ngày 14/7/2010").
    # (the last year only when nothing else dates it: "cuối tháng 3/2025" may say the review was held the year after)
    started, period_ends = set(), set()
    for m in _PERIOD_REVIEW.finditer(text):
        first, last = int(m.group(2)), int(m.group(3))
        if last - first == int(m.group(1)):
            started.add(first)
            if month >= 4:  # (one of the first months may review the year before)
                period_ends.add(last)
    # (a plan's date, "theo Kế hoạch số 45/KH-UBND ngày 5/3/2024", still tells the year; a resolution whose years
    # are reviewed does not)
    reviewed_years = _YEARS_REVIEWED.search(text)
    for m in [*_FULL_DATE.finditer(text), *_MONTH_YEAR.finditer(text)]:
        if int(m.groups()[-1]) in started:
            continue
        if any(a <= m.start() < b for a, b in history):
            continue
        if reviewed_years and _NUMBERED_DOCUMENT.search(text, max(0, m.start() - 80), m.start()):
            continue  # "tổng kết 20 năm thực hiện Nghị quyết số 36-NQ/TW ngày 26/3/2004": the reviewed document's day
        groups = m.groups()
        y = int(groups[-1])
        d, mo = (int(groups[0]), int(groups[1])) if len(groups) == 3 else (15, int(groups[0]))
        if not (valid(y, mo, d) and valid(y, month, min(day, 28))):
            continue
        slack = _NEAR_DAYS + (16 if len(groups) == 2 else 0)  # a month-year is a whole month wide
        if abs((date(y, mo, d) - date(y, month, min(day, 28))).days) <= slack:
            years.add(y)
    return years or period_ends


def resolve(day, month, year, doc):
    if year:
        return year
    from_pub = _year_from_published(month, doc.published)
    undated = not doc.published
    if from_pub is not None and _above_title(doc) and _long_before(day, month, from_pub, doc.published):
        # a date and time above the headline months after the day ("Thứ Hai, 02/12/2024 08:15" over "Chiều
        # 21/6, ..."): the page's clock more likely than the story's publication line (the page is undated then)
        from_pub = None
        undated = True
    elif from_pub is None and doc.published and _above_title(doc):
        undated = True  # (a date above the headline that cannot date the day at all: the page's clock too)
    from_text = _year_from_text(doc.text, month)
    if from_pub is not None:
        # The dateline is trusted unless the text clearly places the activity elsewhere.
        if from_text and from_text != {from_pub}:
            # (a date and time above the headline may be the page's clock: "Thứ Năm, 07/11/2019 | 15:22:08"
            # over a story "Nhân dịp đầu xuân Bính Thân 2016, ngày 18/2, ...": the story's own statement wins)
            if len(from_text) == 1 and _above_title(doc):
                return next(iter(from_text))
            return None
        return from_pub
    if doc.published and len(from_text) == 1:
        # The dateline names a month the day-month cannot belong to; the text may still fix it.
        return next(iter(from_text))
    if len(from_text) == 1:
        return next(iter(from_text))
    if not doc.published and not from_text and (clock := _year_from_clock(day, month, doc.clock, doc)):
        return clock
    if undated and not from_text:
        # From the title on: what stands above it (a clock, a banner) is the page's, not the story's.
        story = doc.text[doc.title_span[0] if doc.title_span else 0 :]
        weak = _weak_years(story, day, month)
        if len(weak) == 1:
            return next(iter(weak))
        if len(weak) > 1:
            # (the headline and the lead name the occasion: "nhân dịp Festival Huế 2016", "kỷ niệm 40 năm
            # ... (7/1/1979 – 7/1/2019)"; other years further down are history or plans)
            lines = story.split("\n", 4)[:4]
            lead = next((i for i in range(1, len(lines)) if len(lines[i].split()) >= 12), len(lines) - 1)
            head = _weak_years("\n".join(lines[: lead + 1]), day, month) & weak
            if len(head) == 1:
                return next(iter(head))
    return None


_CLOCK_GAP_DAYS = 60


def _long_before(day, month, year, published):
    """The day falls more than two months before the full publication date."""
    py, pm, pd = _published_parts(published)
    if not (pm and pd and valid(year, month, min(day, 28))):
        return False
    return (date(py, pm, pd) - date(year, month, min(day, 28))).days > _CLOCK_GAP_DAYS


def _above_title(doc):
    """The publication line stands above the headline."""
    return bool(doc.published_span and doc.title_span and doc.published_span[0] < doc.title_span[0])


_CLOCK_DAYS = 7
_YEAR_RESULTS = re.compile(
    r"(?<!\w)(?:[Nn]ăm|[Tt]rong năm)\s+((?:19|20)\d\d),?\s+[^.;\n]{0,80}?(?:kim ngạch|đạt|tăng|giảm|thu hút|đón)(?!\w)"
)
_ANY_YEAR = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)(?!\d)")


def _year_from_clock(day, month, clock, doc):
    """The year of a day-month that falls in the week up to a weekday-and-date line above the
    title, in a story that states no year of its own: that line is then the story's own date (a
    page crawled later shows another day; a crawl within the week after the story gives the
    right year anyway). A story that states years ("tổng kết ... năm 2019") must state the clock's
    among them ("giai đoạn 2016 - 2018", "Hội nghị ... năm 2018" under "Thứ Năm, 29/11/2018")."""
    if not clock or not day or not month:
        return None
    cy, cm, cd = (int(x) for x in clock.split("-"))
    story = doc.text[doc.title_span[0] if doc.title_span else 0 :]
    years = {int(y) for y in _ANY_YEAR.findall(story)}
    # (not the figures of a year gone by: "Năm 2023, kim ngạch xuất khẩu của tỉnh sang thị trường Nhật Bản đạt ...")
    results = {int(m.group(1)) for m in _YEAR_RESULTS.finditer(story)}
    if years and cy not in years and not (years <= results and max(years) < cy):
        return None  # (the story's years, when it states some, must hold the clock's: "Hội nghị ... năm 2018")
    shown = date(cy, cm, cd)
    for year in (cy, cy - 1):
        if valid(year, month, day) and 0 <= (shown - date(year, month, day)).days <= _CLOCK_DAYS:
            return year
    return None
