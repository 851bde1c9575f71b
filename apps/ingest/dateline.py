"""The article's own publication date: a corpus marker or a dateline near the top."""

import re

# "21:37, 15/09/2020", "Thứ tư - 20/03/2024 12:33", "Cập nhật ngày: 07/09/2014 16:59:34",
# "18:00 | 12/05/2025 GMT+7", "24/08/2015 - 18:19", "29/11/2025 11:57"
_DATELINE = re.compile(r"(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?![\d/.-])")
_TIME = re.compile(r"\d{1,2}:\d{2}")
_ISO_DAY = re.compile(r"(?<![\d/.-])(\d{4})-(\d{2})-(\d{2})(?![\d/.-])")
# (and a portal's view count on the line: "Ngày 23/08/2023 | Lượt xem: 276")
# ("đăng" in lower case and as a word: "Vũ Hải Đăng" in a lead is a person, not a publication cue)
_WEEKDAY = re.compile(
    r"thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật|cập nhật|(?<!\w)(?-i:đăng|Đăng(?= ngày| lúc|:))(?!\w)|ngày đăng|gmt|lượt xem|"
    r"lượt đọc",
    re.IGNORECASE,
)
_HEAD_CHARS = 600
# The classic dateline, a place and the day on a line of their own: "Tây Ninh, ngày 02/02/2024"
# (not a clock widget: "Hôm nay, ngày 05/12/2026").
_PLACE_DAY = r"^[\W_]*(?!(?i:hôm nay|bây giờ)\b)[^\W\d_][^\d,\n]{1,30},\s*(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}"
_PLACE_DATELINE = re.compile(_PLACE_DAY + r"[\s.]*$")
# A wire's dateline opening the lead: "Lạng Sơn, 21/8/2020 – Sáng nay, ...", "Tokyo, 14/1/2024 (TTXVN) - ..."
_WIRE_DATELINE = re.compile(_PLACE_DAY + r"\s*(?:\([^()\n]{1,30}\)\s*)?[-–]\s")
# ... or its day after the agency's tag: "Seoul (TTXVN) 27/10/2015 - Hôm qua, ..."
_TAGGED_WIRE_DATELINE = re.compile(
    r"^[\W_]*[^\W\d_][^\d,()\n]{1,30}\s*\((?:TTXVN|VNA|Vietnam\+|TTXVN/Vietnam\+)\)\s*(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s*[-–]\s"
)
# A section's name and the day: "Thời sự | Ngày 24/10/2023", "Hoạt động đối ngoại >> Ngày 03/12/2018" (not a
# clock: "Hôm nay, ngày ...").
# (the day opening the line or after a separator; not a caption, "Ảnh tư liệu ngày 20/5/2018")
_DAY_LINE = re.compile(
    r"^(?![^\n]*hôm nay)(?:[^\n]{0,40}?\s(?:[|•·»›]|>>?)\s*)?ngày\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s*$", re.IGNORECASE
)
# A clock widget above the title: a weekday and the day's date, no time ("Thứ Sáu, 21/11/2025",
# "Cà Mau Online Thứ Năm, ngày 04/12/2026"); a publication line there carries its time
# ("Thứ Năm, 12/10/2023 - 15:20", "18:00 | 12/05/2025 GMT+7").
WEEKDAY_NAME = r"(?:thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật)"
# A line that ends with a weekday and the day's date, after the site's name: "Cà Mau Online Thứ
# Sáu, 04/12/2026" (clean.py reads it too: such a line is no headline).
CLOCK_AT_END = re.compile(WEEKDAY_NAME + r",?\s+(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\W*$", re.IGNORECASE)
# A line that opens with a weekday, or with a date: the page's top bar, not a headline.
CLOCK_AT_START = re.compile(r"^[\W_]*(?:" + WEEKDAY_NAME + r"\b|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})", re.IGNORECASE)
_WIDGET = re.compile(r"^[\W_]*" + WEEKDAY_NAME + r"\b|" + CLOCK_AT_END.pattern, re.IGNORECASE)
# A line that says it shows today ("Hôm nay: Thứ Ba, 27/02/2024 | Liên hệ"): the day the page was
# crawled, never the story's publication nor its own date.
# (and a print page's time of printing: "Ngày in: 02/02/2026 14:03")
# (after the site's name in capitals too, the two glued by the page's spans or a bar between: "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH AN
# GIANGHôm nay: Thứ Năm, 21/09/2023", "HANOIMOI.COM.VN | Hôm nay: Thứ Bảy, 14/03/2026 | English")
_CAPITAL = "[" + "".join(c for c in map(chr, range(0x41, 0x1EFA)) if c.isalpha() and c.isupper()) + "]"
_TODAY = re.compile(
    r"^[\W_]*(?:(?:(?-i:(?:" + _CAPITAL + r"|[0-9 .\-]){3,80}(?<=" + _CAPITAL + r"))(?:\s*[|•·]\s*)?)?hôm nay\b\s*(?:là\s+)?[:,]?\s*(?:" + WEEKDAY_NAME
    + r"|ngày|\d)|(?:ngày|thời gian) in\s*:)",
    re.IGNORECASE,
)
# The site's links beside a weekday and date ("Thứ Năm, 05/03/2026 | Đăng nhập | English"): the top bar's clock, the day
# the page was saved.
_SITE_LINKS = re.compile(r"[|]\s*(?:Đăng nhập|Đăng ký|English|Liên hệ|Sơ đồ (?:trang|site|cổng)|RSS|Tìm kiếm)\b", re.IGNORECASE)


# A day with its month in words, as WordPress writes it: "18 Tháng Sáu, 2024 / Tin hoạt động",
# "5 tháng 12, 2023".
_MONTH_WORDS = {
    "một": 1, "giêng": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
    "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12,
}
_WORDS_DATE = re.compile(
    r"^[\W_]*(\d{1,2})\s+tháng\s+(mười một|mười hai|một|giêng|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười|chạp|\d{1,2})"
    r",\s+(\d{4})\b",  # (the comma: "9 tháng năm 2023" is nine months of the year)
    re.IGNORECASE,
)


# ... or a whole line that is a day written in words, its month a number: "Ngày 27 tháng 11 năm 2017".
_DAY_IN_WORDS_LINE = re.compile(
    # (or after its place, as an official letter dates itself: "Hà Nội, ngày 15 tháng 11 năm 2025")
    # (not a weekday, a page's clock: "Thứ Ba, ngày 16 tháng 08 năm 2022")
    r"^[\W_]*(?:(?!(?i:thứ|chủ nhật)\b)(?-i:[A-ZĐ])[^\W\d_]*(?:\s+(?-i:[A-ZĐ])[^\W\d_]*){0,3},\s*)?(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})"
    r"(?:\s*[|,-]?\s*\d{1,2}:\d{2}(?::\d{2})?)?[\s.]*$",
    re.IGNORECASE,
)


# ... or inside a publication line, as Joomla writes it: "Ngày đăng: Thứ sáu, 24 Tháng 11 2017 15:40"
# (a month in words only before a comma: "9 tháng năm 2023" is nine months of the year)
_WORDS_DATE_IN = re.compile(
    # (or before "năm" and the year: "Cập nhật ngày 9 tháng Mười Một năm 2024, 10:20")
    r"(?<!\w)(\d{1,2})\s+tháng\s+(?:(\d{1,2})\s*,?|(mười một|mười hai|một|giêng|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười"
    r"|chạp)\s*(?:,|\s+năm))\s+(\d{4})\b",
    re.IGNORECASE,
)
# The whole labelled line, its month as a number, as the clean stage tells a dateline from a title.
WORDS_DATELINE = re.compile(
    r"^[(\[]?\s*(?:cập nhật|ngày đăng|được đăng|đăng lúc|đăng ngày|xuất bản)\b[^\n]{0,30}?\d{1,2}\s+tháng\s+\d{1,2},?\s+\d{4}",
    re.IGNORECASE,
)
_PUBLICATION_CUE = re.compile(
    # (Joomla's "Được đăng: 05 Tháng 12 2025")
    # (WordPress's "Đăng vào 24 Tháng Mười Một, 2017 bởi ...")
    r"ngày đăng|được đăng|cập nhật|đăng lúc|đăng ngày|đăng vào|xuất bản|" + WEEKDAY_NAME + r"|\d{1,2}:\d{2}", re.IGNORECASE
)


# A line in an English-language template: "Nov 20, 2015 9:08 PM", "November 20, 2015 | 21:08".
_ENGLISH_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
# (with its cue and a view counter: "Posted: Mar. 22, 2015 | 14:05 GMT+7 | Views: 845")
_ENGLISH_DATE = re.compile(
    r"^\s*(?:(?P<cue>Posted|Published|Updated|Last updated)(?: on)?\s*:?\s*)?"
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?(?P<month>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?\s+"
    r"(?P<day>\d{1,2}),?\s+(?P<year>\d{4})(?:\s*[|,-]?\s*\d{1,2}:\d{2}(?:\s*[AaPp][Mm])?)?(?:\s*\(?GMT[+-]\d+\)?)?"
    r"(?:\s*\|\s*Views?\s*:?\s*[\d.,]+)?\s*$"
)


def english_date_line(line):
    """ "Nov 20, 2015 9:08 PM": an English template's publication line, its match (cue, month, day, year), or None."""
    return _ENGLISH_DATE.match(line) if len(line.split()) <= 10 else None


def _english_day(e):
    """The ISO day of an english_date_line match, or None."""
    return _iso(int(e.group("day")), _ENGLISH_MONTHS.index(e.group("month")[:3].lower()) + 1, int(e.group("year")))


_BAR_THEN_DAY = re.compile(r"\s[|•·]\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s*$")


def section_day_line(line):
    """A line of a section's name and the day ("Hoạt động đối ngoại >> Ngày 03/12/2018"), or the day alone."""
    return bool(_DAY_LINE.match(line)) and len(line.split()) <= 8


def _valid(day, month, year):
    return 1 <= day <= 31 and 1 <= month <= 12 and 1990 <= year <= 2100


def _iso(day, month, year):
    """The day as an ISO date, or None when it is no plausible one."""
    return f"{year:04d}-{month:02d}-{day:02d}" if _valid(day, month, year) else None


# A byline with the day after a bar: "Tin/ảnh: Quang Đại | 03/07/2024".
# A blog platform's post line: the day, "bởi" and its author, then the category ("14/03/2019 bởi bientap Tin hoạt động").
_POSTED_BY = re.compile(r"^\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s+bởi\s+\S", re.IGNORECASE)
_CREDIT_DATE = re.compile(
    r"^\s*(?:tin|ảnh|bài|tin/ảnh|tin và ảnh|bài và ảnh|bài/ảnh|tác giả|nguồn)\b[^|\n]{0,40}\|\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s*$",
    re.IGNORECASE,
)


_TAIL_CHARS = 400
# ("Đăng: 03/06/2024 | 14:22" under the byline)
_PUBLICATION_LABEL = r"(?:cập nhật|ngày đăng|đăng lúc|đăng ngày|ngày cập nhật|xuất bản|đăng(?=\s*:))"
_TAIL_PUBLICATION = re.compile(
    r"(?im)^\s*[(\[]?\s*" + _PUBLICATION_LABEL + r"\s*(?:lúc|ngày)?\s*:?\s*"
    # (its time first: "Cập nhật: 20:11 | 06/11/2018")
    r"(?:\d{1,2}:\d{2}\s*[|,-]?\s*)?"
    # ("Cập nhật ngày: 03 Tháng 10, 2018": the month after its word)
    r"(\d{1,2})(?:[/.-]|\s+tháng\s+)(\d{1,2})(?:[/.-]|,?\s+)(\d{4})"
)


def _title_at(text, title):
    """Where the title stands: on a line of its own when one holds it alone (a whole page's
    <title>, "... - Báo Quảng Nam", may come first), else its first mention; -1 without one."""
    if not title:
        return -1
    alone = re.search(r"(?m)^" + re.escape(title) + r"$", text[:_HEAD_CHARS])
    return alone.start() if alone else text.find(title)


def find_published(text, corpus_date=None, title=None):
    """Return (ISO date or partial 'YYYY-MM' / 'YYYY', span) of the article's publication.

    The corpus marker ("date 2023-04-12") wins (one of the month or the year only, "date 2023-04", gives way to a
    publication line of a day in it); else a dateline in the first lines: a line that
    carries a date together with a time of day, a weekday or "cập nhật" (a date in the story
    itself, "ngày 19/02/2020, UBND tỉnh ban hành...", is not a dateline). A page often shows
    today's date above its title (a clock widget: the day it was crawled) and the story's own
    publication line under it: a dateline after the title wins over one before it.
    """
    if corpus_date and len(corpus_date) == 10:
        return corpus_date, None
    found = _published_in_lines(text, title)
    if corpus_date:
        # (a marker of the month or the year only, "date 2024-06", gives way to the story's own publication line that
        # agrees with it, "Thứ Năm, 06/06/2024, 10:12": its day)
        return found if found[0] and found[0].startswith(corpus_date) else (corpus_date, None)
    return found


def _published_in_lines(text, title):
    title_at = _title_at(text, title)
    # (the lines right under a title that long menus pushed down belong to the head too)
    head = text[: max(_HEAD_CHARS, title_at + len(title or "") + 200 if title_at > 0 else 0)]
    offset = 0
    found = []
    for line in head.split("\n"):
        # (or the top bar's clock beside the site's links: "Thứ bảy, 02/11/2024 | 09:12 Đăng nhập | Liên hệ")
        if _TODAY.match(line) or (_SITE_LINKS.search(line) and _WIDGET.search(line)):
            offset += len(line) + 1
            continue
        if 0 <= offset < title_at and _WIDGET.search(line) and not _TIME.search(line):
            offset += len(line) + 1
            continue  # "Thứ Sáu, 21/11/2025" above the title: the page's clock, not the story's
        if d := _DAY_IN_WORDS_LINE.match(line):
            # "Ngày 27 tháng 11 năm 2017" alone on its line under the headline: the story's publication line
            if day := _iso(int(d.group(1)), int(d.group(2)), int(d.group(3))):
                found.append((day, (offset + d.start(1), offset + d.end(3))))
            offset += len(line) + 1
            continue
        w = _WORDS_DATE.match(line)
        if w and len(line.split()) <= 16:
            month = w.group(2).lower()
            day = _iso(int(w.group(1)), int(month) if month.isdigit() else _MONTH_WORDS[month], int(w.group(3)))
            if day:
                found.append((day, (offset + w.start(1), offset + w.end())))
            offset += len(line) + 1
            continue
        if e := english_date_line(line):
            if day := _english_day(e):
                found.append((day, (offset + e.start(), offset + e.end())))
            offset += len(line) + 1
            continue
        j = _WORDS_DATE_IN.search(line) if _PUBLICATION_CUE.search(line) and len(line.split()) <= 16 else None
        if j:
            month = j.group(2) or _MONTH_WORDS[j.group(3).lower()]
            day = _iso(int(j.group(1)), int(month), int(j.group(4)))
            if day:
                found.append((day, (offset + j.start(1), offset + j.end())))
                offset += len(line) + 1
                continue
        if (iso := _ISO_DAY.search(line)) and (_TIME.search(line) or _WEEKDAY.search(line) or len(line.split()) <= 3):
            # "2025-08-21 06:45", "Ngày đăng: 2024-06-25 | Lượt xem: 1.245": a site that prints ISO days
            if day := _iso(int(iso.group(3)), int(iso.group(2)), int(iso.group(1))):
                found.append((day, (offset + iso.start(), offset + iso.end())))
                offset += len(line) + 1
                continue
        m = _DATELINE.search(line)
        if m and (
            _TIME.search(line) or _WEEKDAY.search(line) or len(line.split()) <= 3 or _PLACE_DATELINE.match(line)
            or _WIRE_DATELINE.match(line) or _TAGGED_WIRE_DATELINE.match(line) or section_day_line(line)
            or _CREDIT_DATE.match(line) or _POSTED_BY.match(line)
            # (or the day last, after a bar: "Cổng Thông tin điện tử tỉnh Tây Ninh - Thông báo | 15/05/2024")
            or (_BAR_THEN_DAY.search(line) and len(line.split()) <= 14)
        ):
            # A two-digit year ("Thứ ba, 3-2-26 20:56:58") is a page's clock widget, the
            # day the page was crawled, not when the story was published.
            if day := _iso(int(m.group(1)), int(m.group(2)), int(m.group(3))):
                found.append((day, (offset + m.start(), offset + m.end())))
        offset += len(line) + 1
    if not found:
        # a portal's publication line at the story's end: "Cập nhật: 28/05/2024 16:45 | Lượt xem: 536"
        return _tail_publication(text) or (None, None)
    if title_at > 0:
        after = [f for f in found if f[1][0] > title_at]
        if after:
            return after[0]
        # Only a date above the title, not labelled as the publication ("Thứ Hai, 09/03/2026 | 10:24
        # GMT+7": a clock with its time) gives way to the labelled line under the story ("Ngày đăng:
        # 18/01/2024").
        start, end = found[0][1]
        stop = text.find("\n", end)
        line = text[text.rfind("\n", 0, start) + 1 : stop if stop >= 0 else len(text)]
        if not _LABELLED.search(line) and (tail := _tail_publication(text)):
            return tail
    return found[0]


_LABELLED = re.compile(r"cập nhật|ngày đăng|được đăng|đăng lúc|đăng ngày|xuất bản", re.IGNORECASE)


# (or a line of its day and time alone, under the byline: "15:42 | 14/03/2017", "03/12/2025 19:40 GMT+7")
_TAIL_CLOCK_LINE = re.compile(
    r"(?m)^[ \t]*(?:\d{1,2}:\d{2}[ \t]*[|,–-]?[ \t]*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})|"
    r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})[ \t]*[|,–-]?[ \t]*\d{1,2}:\d{2})(?:[ \t]*\(?GMT[ \t]*[+-][ \t]*\d{1,2}\)?)?[ \t]*$"
)


def _tail_publication(text):
    """(ISO date, span) of a labelled publication line among the text's last characters, or None."""
    for m in _TAIL_PUBLICATION.finditer(text, max(0, len(text) - _TAIL_CHARS)):
        if day := _iso(int(m.group(1)), int(m.group(2)), int(m.group(3))):
            return day, (m.start(1), m.end(3))
    for m in _TAIL_CLOCK_LINE.finditer(text, max(0, len(text) - _TAIL_CHARS)):
        k = 1 if m.group(1) else 4
        if day := _iso(int(m.group(k)), int(m.group(k + 1)), int(m.group(k + 2))):
            return day, (m.start(k), m.end(k + 2))
    return None


def find_clock(text, title=None):
    """The day a weekday-and-date line above the title shows ("Thứ Ba, 17/12/2019"), ISO, or None.
    It may be the page's clock (the day it was crawled) or the story's own date: never a
    publication date, only a check (years.py: the year of a day-month that falls in the week
    before it)."""
    title_at = _title_at(text, title)
    if title_at <= 0:
        return None
    for line in text[: min(title_at, _HEAD_CHARS)].split("\n"):
        if _TODAY.match(line) or _SITE_LINKS.search(line):
            continue
        m = _DATELINE.search(line)
        if m and _WIDGET.search(line) and not _TIME.search(line) and (day := _iso(*(int(g) for g in m.groups()))):
            return day
    return None


# A posting line, told apart from an update stamp: "Ngày đăng: 12/04/2016", "Bài đăng ngày 15-03-2017 lúc 20:41".
_POSTED = re.compile(
    r"(?im)^\s*[(\[]?\s*(?:bài\s+)?(?:ngày đăng|đăng ngày|đăng lúc|ngày xuất bản|xuất bản lúc|xuất bản ngày)\s*(?:lúc|ngày)?\s*:?\s*"
    r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![^\n]*\bcập nhật\b)"
)
_UPDATED = re.compile(r"cập nhật", re.IGNORECASE)


def posted_before_update(text, published, span, tail=()):
    """A page that stamps its last edit ("Cập nhật lần cuối: 02/04/2019") and, elsewhere, the day
    the story was posted ("Bài đăng ngày 15-03-2017"): (the posting day, its span or None) when the
    publication read is that edit's stamp and the posting line names an earlier day; else None."""
    if not published or not span or len(published) != 10:
        return None
    start = text.rfind("\n", 0, span[0]) + 1
    stop = text.find("\n", span[1])
    line = text[start : stop if stop >= 0 else len(text)]
    if not _UPDATED.search(line) or _POSTED.match(line):
        return None
    for source, spanned in ((text, True), *((t, False) for t in tail)):
        for m in _POSTED.finditer(source):
            end = source.find("\n", m.end())
            if len(source[m.start() : end if end >= 0 else len(source)].split()) > 16:
                continue  # a sentence of some story, not the page's line
            day = _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if day and day < published:
                return day, (m.start(1), m.end(3)) if spanned else None
    return None


def tail_publication(lines):
    """The day of a labelled publication line that stands alone among ``lines`` (those the clean
    stage cut off with the related stories: "Đăng ngày: 15/06/2018 17:40 | Cập nhật: ..."), or None."""
    for line in lines:
        m = _TAIL_PUBLICATION.match(line)
        if not m and len(line.split()) <= 14:
            # (or the outlet's name, a weekday, the day and its time: "Báo Tuyên Quang điện tử | Thứ năm, 15/03/2018 - 17:02")
            m = _TAIL_CLOCKED.search(line)
        # (or a source credit with the paper's day: "(Theo Báo An Giang, số ra ngày 14-6-2018)")
        m = m or _SOURCE_DAY.match(line)
        if m and (day := _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))):
            return day
        # (or the day written year first: "Ngày đăng: 2016-05-20")
        if (m := _TAIL_PUBLICATION_ISO.match(line)) and (day := _iso(int(m.group(3)), int(m.group(2)), int(m.group(1)))):
            return day
        if (e := english_date_line(line)) and e.group("cue") and (day := _english_day(e)):
            return day  # "Posted: Mar. 22, 2015 | 14:05 GMT+7"
    return None


_TAIL_PUBLICATION_ISO = re.compile(
    r"^\s*" + _PUBLICATION_LABEL + r"\s*:?\s*((?:19|20)\d\d)-(\d{2})-(\d{2})\b", re.IGNORECASE
)
_SOURCE_DAY = re.compile(
    r"^\s*\(?\s*(?:Theo|Nguồn:?)\s+[^,()\n]{2,50},\s*(?:số ra\s+)?(?:ngày\s+)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*\)?\s*$",
    re.IGNORECASE,
)


_TAIL_CLOCKED = re.compile(
    # (the outlet named before the bar: a related story's own clock is none)
    r"^(?:Báo|Cổng|Trang|Tạp chí|Đài)\b[^|\n]{0,40}[|·•]\s*(?:thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật),?\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*[-|,]?\s*\d{1,2}:\d{2}",
    re.IGNORECASE,
)
