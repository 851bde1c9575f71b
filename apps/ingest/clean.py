"""Stage 3 — clean: strip page furniture, keep the title, the dateline and the story.

Furniture is what a page wraps around a story: navigation and widgets, bylines, photo
credits, "related articles" lists, reader comments, footers. The title and the
dateline stay (dates resolve against the dateline).
"""

import re
from dataclasses import dataclass, field

from apps.lib.text import capital_joins

from .dateline import (
    CLOCK_AT_END,
    CLOCK_AT_START,
    WEEKDAY_NAME,
    WORDS_DATELINE,
    english_date_line,
    find_clock,
    find_published,
    posted_before_update,
    section_day_line,
    tail_publication,
)

# A whole line that is page furniture.
_FURNITURE_LINE = re.compile(
    r"""^(?:
        multimedia.*|đọc\ báo\ in|banner|tag|aa|a\ a|trang\ chủ.*|tiếng\ việt\ ?\|\ ?english|english|
        (?:tin\ mới|tin\ nóng|nóng|mới\ nhất|tin\ nổi\ bật|tiêu\ điểm|tin\ vắn)\ ?[:▸►»•|›].*|
        thẻ(?:\ bài\ viết|\ tin)?\ ?:[^.!?\n]{0,200}|
        chi\ tiết\ tin.*|in\ bài(?:\ viết)?|chia\ sẻ.*|share.*|facebook|twitter|zalo|email|print|
        (?:in\ bài\ ?\|\ ?)?đóng\ cửa\ sổ|
        (?:địa\ chỉ\ bài\ viết|link\ bài\ viết|đường\ dẫn|url|nguồn)\ ?:\ ?https?://\S+|https?://\S+|
        audio:.*|video:.*|nghe\ đọc.*|
        (?:\[[^\]\n\d]{1,15}\]\ *){2,6}(?:[\d.,]+\ lượt\ xem)?|theo\ dõi\ .{0,60}\ trên(?:\ google\ news|\ zalo|\ facebook|\ youtube)?|cỡ\ chữ.*|lượt\ xem.*|
        .*\.(?:jpe?g|png|gif|webp|mp3|mp4)|!\[.*\]\(.*\)|thời\ sự\ -\ chính\ trị|
        [-•*|]\ ?[A-ZĐÂĂÊÔƠƯ\ ▼]+▼?|.*°c.*|
        \d{1,2}:\d{2}(?::\d{2})?\ ?(?:sa|ch|am|pm)?|
        ảnh\ (?:tư\ liệu|minh\ họa)\b[^\n]{0,80}|
        (?:bản\ in|gửi\ bài|gửi\ email|in\ trang|lưu\ bài|lưu)\ ?\|.*|
        (?:bài|tin|bài\ và\ ảnh|bài,\ ảnh|tin,\ ảnh|tin\ và\ ảnh)\ ?:\ ?[^:\n]{2,60}
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# A listed link to another story, its date in brackets: "- Bí thư Tỉnh ủy ... thăm các đồn biên phòng (02/07/2015)".
_RELATED_ITEM = re.compile(
    r"^\s*[-–•»·]\s+[^\n]{10,200}?(?:\(\d{1,2}([/.-])\d{1,2}\1\d{4}\)"
    # (or after a dash: "- Bình Thuận đón đoàn công tác tỉnh Gyeongsangnam (Hàn Quốc) - 18/01/2024")
    # (not a day range: "ngày 15 - 16/3/2024")
    r"|(?<!\d)\s[-–|]\s+\d{1,2}([/.-])\d{1,2}\2\d{4})\s*$"
)
# ... or with no mark, under the story: "Đoàn công tác Hủa Phăn thăm huyện Quế Phong (20/02/2023)"
_RELATED_HEADLINE = re.compile(r"^[^\n]{10,200}?\s\(\d{1,2}([/.-])\d{1,2}\1\d{4}\)\s*$")
_LIST_ITEM_START = re.compile(r"^\s*(?:[-–+•*]|>>|»|\d{1,2}[.)])\s*\S")
# A link to another story set inside this one, after the arrows some templates print (">> Đà Nẵng
# xúc tiến đầu tư tại Tokyo và Osaka"): a headline, not a sentence of the story.
_LINKED_HEADLINE = re.compile(r"^\s*(?:>>|»»|›› ?)\s*\S(?![^\n]*\b(?:đề nghị|kiến nghị|đề xuất|mong muốn|cho biết|nhấn mạnh)\b)")
# Lines from which the rest of the page is furniture (related stories, comments, footer).
_TAIL_MARKER = re.compile(
    # (after a list mark or arrows some templates print: ">> Tin cùng chuyên mục:")
    r"^[\s>»•*\-–]*(?:(?:các|những)\s+(?=tin|bài))?(?:(?:ý kiến|bình luận)\s*\(\d+\)\s*$|ý kiến bạn đọc|các tin đã đưa|tin đã đưa|các bài đã đăng|tin bài đã đưa|"
    r"bình luận|gửi bình luận|viết bình luận|bạn đọc bình luận\s*:?\s*$|tin liên quan|tin tức liên quan|tin bài liên quan|bài liên quan|(?:tin |bài |bài viết )?có liên quan\s*:?\s*$|"
    r"bài viết liên quan|(?:tin |bài |bài viết |tin bài |tin tức |tin, bài )?cùng chuyên mục|(?:bài viết |tin bài |tin |bài )?cùng chủ đề\s*:?\s*$|"
    r"tin khác|các tin khác|tin bài khác|tin ảnh khác|"
    # (of the story's section, a heading line of its own: "TIN ĐỐI NGOẠI KHÁC", "Tin hoạt động khác:")
    r"tin(?:\s+\w+){1,3}\s+khác\s*:?\s*$|"
    r"(?:các )?bài viết khác|các bài khác|(?:các )?tin (?:cũ|mới) hơn|(?:các )?tin đã đăng|"
    r"(?:bài |tin )?(?:xem thêm|đọc thêm)|đọc tiếp|xem tiếp|có thể bạn quan tâm|tin mới nhất|tin đọc nhiều|đọc nhiều nhất|"
    r"(?:bài |tin |tin bài )(?:đọc|xem) nhiều\s*:?\s*$|"
    # an English template's: "Other news:", "Related news"
    r"(?:other|related|more) (?:news|stories|articles)\s*:?\s*$|"
    r"bản quyền|©|copyright|địa chỉ:|từ khóa|tags?:|cơ quan chủ quản\s*(?::|$)|chịu trách nhiệm chính\s*(?::|$)|"
    # a portal's widget headings, each a line of its own
    r"(?:tin mới|tin nổi bật|tin xem nhiều|liên kết website|lịch công tác(?: của lãnh đạo[^\n]{0,40})?|"
    r"ảnh\s*-\s*video|video\s*-\s*ảnh)\s*$|"
    # the story's tags: "Chủ đề: Đối ngoại, Sở Ngoại vụ, Bôlykhămxay" (no sentence)
    r"chủ đề\s*:[^.!?\n]{0,200}$)",
    re.IGNORECASE,
)
# Photo credits: "Ảnh: H.Gia", "(Ảnh: Kim Oanh/ngoaigiao.vn)", "Ảnh minh họa".
# (a credit that carries the day is a publication line: "Tin/ảnh: Quang Đại | 03/07/2024" stays; "Tin ảnh: Tổng
# kết công tác đối ngoại năm 2024", "Phóng sự ảnh: Dấu ấn đối ngoại năm 2019", "Chùm ảnh: ..." are a photo story's headline)
_PHOTO_CREDIT = re.compile(
    r"\s*[(\[]?\s*(?:(?:Tin|Bài|Bài viết)\s*(?:,|và|&|/)\s*)?(?<!tin )(?<!sự )(?<!chùm )(?<!album )(?:Ảnh|Nguồn ảnh|Ảnh minh họa|Video|Clip)\s*:"
    r"(?![^()\[\]\n]*\d{1,2}[/.-]\d{1,2}[/.-]\d{4})\s*[^()\[\]\n]{0,80}[)\]]?\s*$",
    re.IGNORECASE,
)
# ... an archive photo's or an illustration's: "ẢNH: Tư liệu", "(Ảnh: tư liệu)".
_ARCHIVE_CREDIT = re.compile(r":\s*(?:tư liệu|minh họa|minh hoạ)\b", re.IGNORECASE)
_CORPUS_DATE = re.compile(r"^\s*date (\d{4}(?:-\d{2}){0,2})(?:\s+|$)")  # (alone on its line too)
_NAME_WORD = re.compile(r"^[A-ZĐÂĂÊÔƠƯÀ-Ỹ][\w.]*$")
# A navigation bar: three or more short items between "|", ">" or "»" ("Giới thiệu | Tin tức |
# Đối ngoại", "Trang chủ > Chính trị > Đối ngoại"); a dateline "18:00 | 12/05/2025" has digits.
_MENU_SEP = re.compile(r"\s+[|>»]\s+")


@dataclass
class CleanArticle:
    text: str
    title: str
    published: str | None  # ISO date, or YYYY-MM / YYYY when only that is known
    published_span: tuple[int, int] | None = None
    removed: list[str] = field(default_factory=list)
    clock: str | None = None  # a weekday-and-date line above the title (dateline.find_clock)
    masthead: str | None = None  # the outlet's name above the title ("Báo Quảng Ninh"): "Quảng Ninh"


_SENTENCE_END = (".", "!", "?", "”", '"', "…")


def _is_paragraph(line):
    """A sentence of the story: a dozen words or more ending as a sentence ends (a headline or
    a ticker does not)."""
    n = len(line.split())
    return n >= 25 or (n >= 12 and line.rstrip().endswith(_SENTENCE_END))


def _is_sentence(line):
    """A paragraph of the story that ends as a sentence ends (a menu of 25 items does not)."""
    return _is_paragraph(line) and line.rstrip().endswith(_SENTENCE_END)


def _is_byline(line):
    """A short line of capitalised words and nothing else: an author or photographer."""
    words = line.split()
    if not 1 <= len(words) <= 4 or any(ch.isdigit() for ch in line):
        return False
    if line.endswith((".", ":", ";", "?", "!", "…", '"', "”")):
        return False
    return all(_NAME_WORD.match(w) for w in words)


# A line of the leaders' weekly schedule a portal prints beside the story: "Thứ Năm 19/12: 14g00 - Phó Chủ tịch UBND TP ...
# làm việc với Sở Giao thông vận tải."
_SCHEDULE_LINE = re.compile(
    # (not a publication line "Thứ Năm, 14/09/2023: 10:15": no year, an entry after the time)
    r"^\s*(?:[Tt]hứ (?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy)|[Cc]hủ nhật),?\s+\d{1,2}/\d{1,2}\s*:\s*\d{1,2}\s*(?:g|h|:)\s*\d{2}\s*[-–]\s*\S"
)
# A story's dated lead: "(QNO) Sáng 11/9, ...", "Chiều 22-8, tại ...".
_DATED_LEAD = re.compile(r"\s*(?:\([^()\n]{1,20}\)\s*[-–]?\s*|\S{2,20}\s[-–]\s)?(?:Sáng|Chiều|Tối|Trưa|Ngày|Hôm|Từ ngày|Trong)\b")
_DATED_TAIL = re.compile(r"\s*(?:\(\d{1,2}([/.-])\d{1,2}\1\d{4}\)|[-–]\s*\d{1,2}([/.-])\d{1,2}\2\d{4})\s*$")


# "Tin ảnh" (a box of photos of other stories), "Thẻ: ..." (the story's tags).
_BOX_OR_TAGS = re.compile(r"^\s*(?:tin ảnh\s*$|thẻ(?: bài viết| tin)?\s*:)", re.IGNORECASE)


def _other_story_follows(lines, i):
    """The next line with words is no sentence of the story: a caption or a headline (no final stop)."""
    rest = next((x for x in lines[i + 1 : i + 6] if x.strip()), "")
    return bool(rest) and not _is_sentence(rest)


def _names_of(line):
    """The capitalised words of a line but its first (a headline's or a sentence's opening)."""
    return {w.strip(",.;:()\"“”") for w in line.split()[1:] if w[:1].isupper()}


def _dated_lead_follows(lines, i):
    """A dated lead stands in the next two lines with words, past a blank one: the story's, after a teaser's."""
    rest = [x for x in lines[i + 1 : i + 6] if x.strip()][:2]
    return i + 1 < len(lines) and not lines[i + 1].strip() and any(_DATED_LEAD.match(x) for x in rest)


def _listed_headlines(lines):
    """The headlines of the page's related stories, listed with their dates ("• An Giang ký kết hợp tác với tỉnh Kandal
    (Campuchia) giai đoạn 2015-2020 (18/10/2015)"), without their marks and dates: a template may set them inside the
    story too, undated."""
    out = set()
    for line in lines:
        if _RELATED_ITEM.match(line) or _RELATED_HEADLINE.match(line):
            headline = _DATED_TAIL.sub("", re.sub(r"^\s*[-–•»·*]+\s*", "", line)).strip()
            if len(headline.split()) >= 5:
                out.add(headline)
    return out


def _is_doubled(line):
    """A related-article link written twice in one line by the page template ("Sớm ký kết
    Hiệp định ... Sớm ký kết Hiệp định ..."): the image's title, then the link's."""
    words = line.split()
    n = len(words)
    return n >= 8 and n % 2 == 0 and words[: n // 2] == words[n // 2 :]


def _is_menu(line):
    items = _MENU_SEP.split(line)
    return (
        len(items) >= 3
        and not any(ch.isdigit() for ch in line)
        and all(1 <= len(x.split()) <= 4 for x in items)
    ) or _is_section_run(line) or _is_run_together(line)


def _is_run_together(line):
    """A menu whose items lost the spaces between them: "Thời sựThế giớiKinh tếĐời sống..." (three
    joins of a small letter and a capital or more, one for every four words at least; a paragraph
    naming "EuroCham" thrice is no menu)."""
    joins = capital_joins(line)
    return joins >= 3 and joins * 4 >= len(line.split())


# The sections of a news site, which its menu lists in a row: once the spaces between its items
# are gone, "Thời sự Chính trị Kinh tế Xã hội Pháp luật Văn hóa Thể thao Quốc tế Video" is still
# a menu, not a headline (five sections or more making up most of the line).
_SECTION = re.compile(
    r"(?<!\w)(?:Thời sự|Chính trị|Kinh tế|Xã hội|Pháp luật|Văn hóa|Thể thao|Quốc tế|Thế giới|Giáo dục|Y tế|"
    r"Sức khỏe|Du lịch|Đời sống|Giải trí|Khoa học|Công nghệ|Bạn đọc|Ý kiến|Xe|Số hóa|Kinh doanh|Bất động sản|"
    r"Nông nghiệp|Quốc phòng|An ninh|Multimedia|Emagazine|E-magazine|Video|Podcast|Ảnh|Infographics?|"
    r"Media|Trang chủ|Tin tức|Góc nhìn|Tâm sự|Việc làm|Giao thông|Môi trường|Chuyển động|Xây dựng Đảng|Dân sinh|"
    r"Lao động|Pháp đình|Bảo vệ người tiêu dùng|Mới nhất|Tin theo khu vực|International|English|Tin nóng|Tin mới)(?!\w)"
)


def _is_section_run(line):
    sections = _SECTION.findall(line)
    covered, words = sum(len(x.split()) for x in sections), len(line.split())
    # (three or four of them when they are the whole line: "Mới nhất Tin theo khu vực International")
    return (len(sections) >= 5 and covered * 3 >= words * 2) or (len(sections) >= 3 and covered == words)


# A text wrapped at a fixed width (a copy from a plain-text mail or a terminal): most lines of
# some length are 55-100 characters long, hardly any longer.
_WRAP_MIN, _WRAP_MAX = 55, 100


def unwrap(lines):
    """Join the lines of a hard-wrapped text back into paragraphs: a line filled to the wrap
    width that breaks off mid-sentence goes on in the next line (a blank line, a short line or
    a sentence's end still ends a paragraph). Other texts are returned as they are."""
    sized = [len(x) for x in lines if len(x) >= 30]
    filled = sum(_WRAP_MIN <= n <= _WRAP_MAX for n in sized)
    if filled < 8 or filled * 2 < len(sized) or sum(n > 120 for n in sized) * 20 > len(sized):
        return lines
    # the wrap width: what the filled lines reach, read at the upper quartile of their lengths (not the longest line
    # up to 120, a menu's or a headline's that the wrap did not touch, which left a story wrapped at 76 unjoined)
    filled_lengths = sorted(n for n in sized if _WRAP_MIN <= n <= _WRAP_MAX)
    width = filled_lengths[(len(filled_lengths) * 3) // 4] + 10
    out = []
    joining = False
    for i, line in enumerate(lines):
        if joining and line:
            out[-1] = out[-1] + " " + line.lstrip()
        else:
            out.append(line)
        last = out[-1]
        # (a shorter line goes on too where the next one opens in lower case, mid-sentence: "... để doanh nghiệp Nghệ An"
        # then "đầu tư trồng cây dược liệu ...")
        # (and past a semicolon too, there: "... thành cửa khẩu chính;" then "phối hợp với ...", one list of asks)
        nxt = lines[i + 1].lstrip() if i + 1 < len(lines) else ""
        goes_on = nxt[:1].islower()
        ends = last.rstrip()
        # (a menu's items between "|" go on into nothing: "Trang chủ | Chính trị | ... | Quốc tế" over "Cập nhật lúc 06:45, ...")
        joining = bool(line) and (len(line) >= width - 25 or (len(line) >= 30 and goes_on)) and not (
            ends.endswith((".", "!", "?", ":", '"', "”", ")", "…")) or (ends.endswith(";") and not goes_on) or line.count("|") >= 2
        )
    return out


_CRUMB = re.compile(r"^\s*(?:Trang chủ|Trang nhất|Home)\s+[>›»/|]\s+", re.IGNORECASE)
_CRUMB_SEP = re.compile(r"\s+[>›»/|]\s+")
_CRUMB_DAY = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}")
# "Ngày 22/10/2019 | Lượt xem: 1.245": the day alone or with its view count
_LABELLED_DAY = re.compile(r"^(?:Ngày\s+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:\s*\|\s*Lượt (?:xem|đọc)\s*:?\s*[\d.,]+)?$", re.IGNORECASE)


def _breadcrumb_day(line):
    """The publication line at the end of a breadcrumb ("Trang chủ > Tin tức > Đối ngoại > Thứ Ba,
    14/06/2022 - 09:12", "Trang chủ / Tin tức / Hoạt động của Sở (25/08/2022 15:02)"), or None."""
    if not _CRUMB.match(line):
        return None
    parts = _CRUMB_SEP.split(line)
    k = next((i for i in range(1, len(parts)) if _CRUMB_DAY.search(parts[i])), None)
    if k is None:
        return None
    day = " | ".join(parts[k:])
    if m := re.search(r"\(([^()]*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}[^()]*)\)\s*$", day):
        day = m.group(1)  # "Hoạt động của Sở (25/08/2022 15:02)": the section's name, the day in brackets
    day = day.strip()
    if len(_CRUMB_DAY.findall(day)) > 1:
        return None  # a topic's span ("Hội chợ (06/11/2017 - 11/11/2017)"), no publication line
    return day if _looks_like_dateline(day) or _LABELLED_DAY.match(day) else None


_PLAYER = re.compile(r"^\s*(?:Nghe bài viết|Nghe đọc bài viết|Nghe bài|Đọc bài viết)\b[^\n]{0,60}\d:\d{2}\s*/\s*\d{1,2}:\d{2}", re.I)
_GOOGLE_NEWS = r"\|\s*Theo dõi [^|\n]{1,50} trên Google News"  # a "follow us" widget beside a dateline
_FOLLOW_US = re.compile(r"\s*" + _GOOGLE_NEWS + r"\s*$")
# ... or a line of its own, its networks listed: "Theo dõi TG&VN trên   Facebook   Zalo   Google News"
_FOLLOW_BAR = re.compile(
    r"^\s*Theo dõi\s+[^\n]{1,40}?\s+trên(?:[\s,|]+(?:Facebook|Zalo|Google News|YouTube|Youtube|TikTok|Twitter|X|Instagram)){1,6}\s*$"
)


def clean(text):
    """Clean one article's text (decoded, and normalized by normalize.lines: the patterns
    here are written in that form); returns a CleanArticle."""
    lines = unwrap(text.split("\n"))
    corpus_date = None
    if lines and (m := _CORPUS_DATE.match(lines[0])):
        corpus_date = m.group(1)
        lines[0] = lines[0][m.end() :]
    total = sum(len(x) for x in lines) or 1
    kept, removed, seen_at = [], [], {}  # seen_at: each kept line's index in kept
    tail = []  # the lines from the tail marker on, where a publication line may still stand
    in_list = False  # the last kept line announced a list, or is an item of one
    done = 0
    story_seen = False
    skip_to = -1
    listed = _listed_headlines(lines)
    teaser_at = -1  # the line right under a related story's headline written twice: its teaser
    teaser_names = set()  # the names its headline holds that the story so far does not
    story_names = set()  # the capitalised words of the lines kept so far (kept up as they come: linear)
    dated_seen = False  # a line kept opens with a day (the story's lead)
    for i, line in enumerate(lines):
        done += len(line)
        if not line or i <= skip_to:
            if line:
                removed.append(line)
            continue
        # (not the story's own dated lead, under its headline printed twice, unless the story's lead comes after it; where
        # the page has no blank lines, a teaser names what its headline names and the story so far does not)
        if i == teaser_at and not _is_doubled(line) and (
            dated_seen or not _DATED_LEAD.match(line) or _dated_lead_follows(lines, i)
        ) and (
            (i + 1 < len(lines) and (not lines[i + 1].strip() or _is_doubled(lines[i + 1])))
            or _names_of(line) & teaser_names
        ):
            removed.append(line)
            continue  # "Hàn Quốc - đối tác hàng đầu ... Hàn Quốc - đối tác hàng đầu ..." then "Những năm qua, ...": its teaser
        if i < 40 and _PLAYER.match(line):
            removed.append(line)
            continue  # an audio player's widget: "Nghe bài viết 0:00 / 0:00 Giọng nam miền Bắc"
        if i < 40 and _FOLLOW_BAR.match(line):
            removed.append(line)
            continue
        if i < 40 and _FOLLOW_US.search(line):
            removed.append(line)
            line = _FOLLOW_US.sub("", line)  # "BLC - 09/12/2025 11:30 | Theo dõi Báo Lào Cai trên Google News"
        if i < 40 and (day := _breadcrumb_day(line)):
            removed.append(line)
            line = day  # the publication line a portal prints at the end of its breadcrumb
        # (not before a paragraph of the story: a ticker or a menu above the headline is no tail)
        if story_seen and (box := _INLINE_BOX.match(line)) and (box_end := _inline_box_end(lines, i, box)) is not None:
            removed.append(line)
            skip_to = box_end  # a box of related headlines inside the story, which goes on after it
            continue
        # (a photo box's heading, or the story's tags, then what is not the story: captions or another story's headline and lead)
        if story_seen and done > total * 0.4 and _BOX_OR_TAGS.match(line) and _other_story_follows(lines, i):
            removed.append(f"tail from: {line[:60]}")
            tail = lines[i : i + 40]
            break
        if _TAIL_MARKER.match(line) and done > total * 0.4 and story_seen:
            removed.append(f"tail from: {line[:60]}")
            tail = lines[i : i + 40]
            break
        # (a sentence of the story may open with a widget's word: "Chia sẻ thêm tại buổi làm việc, ông ...")
        if (
            (_FURNITURE_LINE.match(line) and not _is_sentence(line)) or _is_byline(line) or _is_menu(line)
            # (a dated item of a list the story announces stays: "- Hội đàm với tỉnh Xiêng Khoảng - 14/3/2024")
            or _SCHEDULE_LINE.match(line)
            or _is_doubled(line) or ((item := _RELATED_ITEM.match(line)) and not (in_list and item.group(2)))
            or (
                story_seen and not in_list and (_LINKED_HEADLINE.match(line) or _RELATED_HEADLINE.match(line))
                and not _is_sentence(line) and len(line.split()) <= 30
            )
            # (related stories' headlines set inside the story without their dates, two in a row, listed with them further
            # down)
            or (
                story_seen and line.strip() in listed and not _is_sentence(line)
                and ((i + 1 < len(lines) and lines[i + 1].strip() in listed) or (i > 0 and lines[i - 1].strip() in listed))
            )
        ):
            removed.append(line)
            if story_seen and _is_doubled(line):
                teaser_at = i + 1  # (right under it, no blank line between)
                teaser_names = _names_of(line) - story_names
            continue
        stripped = _PHOTO_CREDIT.sub("", line).strip()
        if stripped != line:
            removed.append(line[len(stripped) :].strip())
            if not stripped:
                continue
            if _ARCHIVE_CREDIT.search(line[len(stripped) :]) and len(stripped.split()) <= 40:
                # "Lãnh đạo tỉnh Bình Định tiếp Đại sứ Ấn Độ Pranay Kumar ngày 2/7. ẢNH: Tư liệu": an archive photo's
                # caption tells another occasion
                removed.append(stripped)
                continue
            line = stripped
        if line in seen_at:  # captions and titles repeated by page templates
            if not story_seen and _title_like(line):
                # the <title>'s copy at the top, the headline again over the story: the headline
                # stands where the story starts
                kept[seen_at[line]] = None
                seen_at[line] = len(kept)
                kept.append(line)
                story_names |= _names_of(line)
            continue
        seen_at[line] = len(kept)
        kept.append(line)
        dated_seen = dated_seen or bool(_DATED_LEAD.match(line))
        story_names |= _names_of(line)
        # (a list the story announces with a colon: its items are the story's, dated or marked as they are)
        in_list = line.rstrip().endswith(":") or (
            in_list and bool(_LIST_ITEM_START.match(line) or _RELATED_HEADLINE.match(line))
        )
        # (a flag: the guard stays linear; a menu of 25 items between "|" is no paragraph of the story)
        story_seen = story_seen or (_is_paragraph(line) and not _TICKER_OR_MENU.search(line))
    kept = _without_titled_copy([line for line in kept if line is not None])
    title = _title(kept)
    kept = _without_teasers(kept, title, removed)
    text = "\n".join(kept)
    published, span = find_published(text, corpus_date, title)
    if published is None:
        # the story's own publication line printed under the related stories that cut the page
        # ("Tin liên quan:" ..., then "Đăng ngày: 15/06/2018 17:40 | Cập nhật: ..."): its day, the line not kept
        # (or at the story's foot, over them: "Posted: Mar. 22, 2015 | 14:05 GMT+7 | Views: 845" then "Other news:")
        published = tail_publication(kept[-4:] + (tail or []))
    elif posted := posted_before_update(text, published, span, tail):
        # an edit's stamp over the story ("Cập nhật lần cuối: 02/04/2019"), the day it was posted
        # further down ("Bài đăng ngày 15-03-2017 lúc 20:41"): the posting day is the publication
        published, span = posted
    clock = None if published else find_clock(text, title)
    return CleanArticle(
        text=text, title=title, published=published, published_span=span, removed=removed, clock=clock,
        masthead=_masthead(lines, title) or _footer_site(tail or []),
    )


# A box of related headlines some national sites set inside the story ("Tin liên quan", a few
# headlines, then the story's next paragraphs), not the list that ends it.
# (or on one line with its headline: ">> Đọc thêm: Cần Thơ lần đầu xuất khẩu lô bưởi sang Nhật")
_INLINE_BOX = re.compile(
    r"^[\s>»•*\-–]*(?:tin liên quan|tin bài liên quan|bài liên quan|bài viết liên quan|(?:tin |bài )?có liên quan|xem thêm|đọc thêm)"
    r"\s*(?::?\s*$|:\s*(?P<head>\S.*)$)",
    re.I,
)


def _inline_box_end(lines, i, box):
    """The index of the box's last headline (``box``: the match of its heading on line ``i``) when
    the story goes on after it: one to four headlines (no sentence), then two paragraphs of the
    story in a row, or one and its author's short line."""
    rest = [(k, lines[k]) for k in range(i + 1, min(len(lines), i + 16)) if lines[k]]
    inline = box.group("head")
    if inline and (_is_sentence(inline) or len(inline.split()) > 30):
        return None
    heads = 0
    while not inline and heads < len(rest) and heads < 5 and not _is_sentence(rest[heads][1]) and len(rest[heads][1].split()) <= 30:
        if heads and _TAIL_MARKER.match(rest[heads][1]):
            return None  # the page's tail after the box ("Bình luận (3)", the readers' comments): the story ended
        heads += 1
    # (a one-line box may be followed by the story's next subheading: "Đọc thêm: ..." then "Nâng cấp hạ
    # tầng cửa khẩu Cha Lo - Na Phàu" then its paragraphs)
    story = heads + 1 if inline and heads + 1 < len(rest) and _is_subheading(rest[heads][1]) else heads
    if story + 1 < len(rest) and _CAPTION_CREDIT.search(rest[story][1]):
        story += 1  # (the photo's caption under the box, its credit at its end, then the story's paragraph)
    # (the linked story's lead under its headline, cut short and naming what the headline names: "Chiều 19/10, ... đã tiếp Đại sứ
    # ... Tanaka Hiroshi..."; not the story's own paragraph ending in a list's "...": "Tại buổi làm việc, ... công nghệ cao...")
    teaser = (
        story + 1 < len(rest) and heads and rest[story][1].rstrip().endswith(("...", "…")) and _is_sentence(rest[story + 1][1])
        and not _MEETING_ANAPHOR.match(rest[story][1])
        and bool((_names_of(rest[story][1]) & _names_of(rest[heads - 1][1])) - _COMMON_NAME_WORDS)
    )
    if teaser:
        story += 1
    if not (inline or 1 <= heads <= 4) or story >= len(rest) or not _is_sentence(rest[story][1]):
        return None
    after = rest[story + 1][1] if story + 1 < len(rest) else ""
    if _CAPTION_CREDIT.search(after) and story + 2 < len(rest):
        # (a photo's caption between the story's paragraphs, its credit at its end: "... phát biểu tại buổi làm
        # việc. Ảnh: Quốc Huy"; not a teaser's photo described after "Ảnh:")
        after = rest[story + 2][1]
    # (or the page's last paragraph: "Tin bài liên quan: ..." then the story's closing ask)
    if _is_sentence(after) or (after and len(after.split()) <= 4 and not _TAIL_MARKER.match(after)) or (
        not after and story == len(rest) - 1 and len(lines) <= i + 16  # (bounded: the page's end within the window)
        and not any(line.strip() for line in lines[rest[story][0] + 1 :])
        and not re.match(r"\s*[-–•*»>+]", rest[story][1]) and not rest[story][1].rstrip().endswith(("...", "…"))
    ):
        return rest[story - 1][0] if teaser else rest[heads - 1][0] if heads else i
    return None


# A paragraph that goes on with the story's own meeting, and the capitalised words any story's people and places share.
_MEETING_ANAPHOR = re.compile(r"\s*(?:Tại|Trong) (?:buổi|cuộc)\b|\s*Cùng ngày\b|\s*Tại đây\b")
_COMMON_NAME_WORDS = {
    "Việt", "Nam", "UBND", "HĐND", "Chủ", "Phó", "Tỉnh", "Thành", "Đại", "Bộ", "Sở", "Nhật", "Bản", "Hàn", "Quốc", "Trung",
    "Lào", "Campuchia", "Đoàn", "Bí", "Giám", "Tổng",
}


# (a credit of initials too: "- Ảnh: N.AN")
_CAPTION_CREDIT = re.compile(r"\S\s*\(?\b(?i:ảnh)\s*:\s*(?:[^\W\d_]\.)*[^\s.()]+(?:\s+[^\s.()]+){0,3}\)?\s*$")


def _is_subheading(line):
    """A short line that is no sentence and no list's marker: a story's subheading."""
    return not _is_sentence(line) and 2 <= len(line.split()) <= 15 and not _TAIL_MARKER.match(line)


# A paper's or a portal's own name on a line of its own: "Báo Quảng Ninh", "BÁO ĐIỆN TỬ ĐỒNG NAI",
# "Cổng thông tin điện tử tỉnh Hà Giang".
_MASTHEAD = re.compile(
    r"^\s*(?:báo(?:\s+điện\s+tử)?|cổng\s+thông\s+tin\s+điện\s+tử|cổng\s+ttđt|trang\s+thông\s+tin\s+điện\s+tử)\s+"
    r"(?:tỉnh\s+|thành\s+phố\s+|tp\.?\s*)?(?P<name>[^\W\d_][^\n|:•·,()\-–]{1,30}?)(?:\s+(?:điện\s+tử|online))?\s*$",
    re.IGNORECASE,
)


def _footer_site(tail):
    """The site's name in the page's footer, under the related stories ("Cổng Thông tin điện tử tỉnh Bình Định"), or
    None: the same clue as a masthead, when none stands above the headline."""
    # (a portal's name, in capitals only: not a related headline "Báo Quảng Ngãi ra mắt trang mới")
    return next(
        (
            name for line in tail
            if (m := _MASTHEAD.match(line)) and not re.match(r"\s*báo", line, re.IGNORECASE)
            and re.fullmatch(r"[^\W\d_][\w']*(?:\s+(?:[^\W\d_][\w']*|[-–]))*", name := m.group("name").strip())
            and all(w[:1].isupper() or w in "-–" for w in name.split())
        ),
        None,
    )


def _masthead(lines, title):
    """The name in the outlet's masthead above the headline (among the page's first lines), or None:
    a clue to the province of a paper's story that says only "UBND tỉnh" (extract/province.py)."""
    for line in lines[:15]:
        if line == title:
            break
        if m := _MASTHEAD.match(line):
            return m.group("name").strip()
        # (or the page's <title>, the headline then the site: "Gặp mặt ... năm mới 2013 - Sở Ngoại vụ tỉnh Bà Rịa - Vũng Tàu")
        if title and line.startswith(title) and (m := _SITE_AFTER_TITLE.match(line, len(title))):
            return m.group("name").strip()
    return None


_SITE_AFTER_TITLE = re.compile(
    r"\s*[-–|]\s*(?:Sở Ngoại vụ|Cổng thông tin điện tử|Cổng TTĐT|Trang thông tin điện tử|Báo(?: điện tử)?|UBND|"
    r"Ủy ban nhân dân)\s+(?:tỉnh|thành phố|TP\.?)\s*(?P<name>[^\W\d_][^\n|:•·,()]{1,30}?)\s*$",
    re.IGNORECASE,
)


def _without_titled_copy(lines):
    """The lines without the page's <title> copy at the top when the headline follows alone ("Ủy ban
    Biên giới quốc gia khảo sát ... tại tỉnh Kon Tum - Ủy ban Biên giới quốc gia" above "Ủy ban Biên
    giới quốc gia khảo sát ... tại tỉnh Kon Tum"): the headline stands where the story starts."""
    head = lines[:40]
    for i, line in enumerate(head):
        # (or a shortened copy: "Đoàn ... làm việc với tỉnh Đắk Nông - Cổng thông tin ..." above "Đoàn ...
        # làm việc với tỉnh Đắk Nông về công tác biên giới, đối ngoại")
        cut = re.match(r"(.{20,}?)\s+[-–|]\s+\S.{0,80}$", line)
        short = cut.group(1) + " " if cut and len(cut.group(1).split()) >= 5 else None
        # (or the site's name first: "Sở Ngoại vụ tỉnh Hà Giang - Tỉnh Hà Giang tiếp và làm việc với ..." above
        # "Tỉnh Hà Giang tiếp và làm việc với ...")
        site_first = re.match(r".{3,60}?\s+[-–|]\s+(.{40,})$", line)
        for later in head[i + 1 :]:
            if site_first and later[:40] == site_first.group(1)[:40] and not _is_paragraph(later):
                return lines[:i] + lines[i + 1 :]
            if len(later.split()) >= 5 and line.startswith(later) and re.fullmatch(r"\s*[-–|]\s*\S.{0,80}", line[len(later) :]):
                return lines[:i] + lines[i + 1 :]
            # (the headline, not a paragraph of the story that opens with the same words: "Hội chợ
            # Thương mại quốc tế Việt - Trung ... sẽ diễn ra ..." over "Hội chợ Thương mại quốc tế Việt
            # - Trung ... được tổ chức thường niên từ năm 2001, ...")
            if short and later.startswith(short) and later != line and not _is_paragraph(later):
                return lines[:i] + lines[i + 1 :]
    return lines


def _without_teasers(lines, title, removed):
    """The lines without other stories' headlines above the story's own (a slider of "Tin nổi
    bật", a "Tiêu điểm" box: "Chủ tịch UBND tỉnh ... tiếp Đại sứ ..." and its date under it): they
    name other people, guests and days. Only lines that read as headlines, not the story's
    sentences, and only when the headline is among the page's first lines."""
    try:
        at = lines.index(title, 0, 40)
    except ValueError:
        return lines
    drop = set()
    for i in range(at):
        line = lines[i]
        if line == title or not _title_like(line) or len(_WORDS.findall(line)) < 6 or _is_paragraph(line):
            continue
        dated = i + 1 < at and _BARE_DATE.match(lines[i + 1])  # its day under it: "10/06/2024"
        if i == 0 and not dated:
            continue  # a text's first line is its headline (or the page's <title>): kept
        drop.update((i, i + 1) if dated else (i,))
    removed.extend(lines[i] for i in sorted(drop))
    return [line for i, line in enumerate(lines) if i not in drop]


_BARE_DATE = re.compile(r"^\W*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?:\s*[-|,]?\s*\d{1,2}[:h]\d{2})?\W*$")
_WORDS = re.compile(r"[^\W\d_]+")
_PUBLICATION = re.compile(r"\d{1,2}:\d{2}|cập nhật|ngày đăng|đăng ngày|đăng lúc|xuất bản", re.IGNORECASE)


_CLOCK_WITH_LINKS = re.compile(
    r"^\W*hôm nay\b|\b" + WEEKDAY_NAME + r"\s*,?\s*(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}", re.IGNORECASE
)


# A national outlet's name on a short line of its own, above its clock ("Đài Tiếng nói Việt Nam",
# "VOV.VN Báo điện tử Đài Tiếng nói Việt Nam", "Thông tấn xã Việt Nam (TTXVN)").
_NATIONAL_OUTLET = (
    r"(?:^|\s)(?:Đài Tiếng nói Việt Nam|Thông tấn xã Việt Nam|Đài Truyền hình Việt Nam|Báo Điện tử Đảng Cộng sản Việt Nam|"
    r"Báo điện tử Chính phủ(?: nước Cộng hòa xã hội chủ nghĩa Việt Nam)?|Cổng Thông tin điện tử Chính phủ|"
    r"Báo Nhân Dân|Báo Quân đội nhân dân|Báo Công an nhân dân|Báo Biên phòng|Báo Lao Động|Báo Đại Đoàn Kết|"
    r"Báo Thế giới (?:&|và) Việt Nam|Tạp chí Cộng sản)(?:\s*\([^()]{2,10}\))?\s*$"
)


_LANGUAGES = re.compile(r"(?<!\w)(?:English|Español|Français|Deutsch|Русский|中文|한국어|日本語|ລາວ|ខ្មែរ|Tiếng Việt)(?!\w)")


# A menu of a site's sections, its name first or not.
_SITE_SECTION = (
    r"(?:Xã hội|Chính trị|Thế giới|Kinh tế|Thời sự|Pháp luật|Văn hóa|Văn hoá|Giáo dục|Thể thao|Du lịch|Sức khỏe|Kinh doanh|"
    r"Đời sống|Quốc tế|Tin tức|Trong nước|Địa phương|Giải trí|Công nghệ|Đối ngoại|Bất động sản|Xe|Video|Ảnh|Podcast|Media|"
    r"Bạn đọc|Ý kiến|Nhịp sống|Tiêu điểm|Chuyên đề|Multimedia|Emagazine|Sự kiện)"
)
_SECTION_WORD = re.compile(r"(?<!\w)" + _SITE_SECTION + r"(?!\w)")
_SECTIONS_LINE = re.compile(
    r"^\s*(?:(?:Dân trí|Dân Trí|VnExpress|Tuổi Trẻ|Thanh Niên|Tiền Phong|Lao Động|Nhân Dân|Người Lao Động|VTV\.vn|VTV|VOV|"
    r"Vietnam\+|VietnamPlus|Znews|Zing|SGGP|Vietnamnet|VietNamNet|Báo Quốc tế|TG&VN|Baochinhphu\.vn)\s+)?"
    r"(?:" + _SITE_SECTION + r"(?:\s*[|,/·•]\s*|\s+|\s*$)){2,}$"
)
# A paper's name alone on its line, "điện tử" (or "online") after it or before it.
_PAPER_NAME = re.compile(
    # (a name with a dash in it too: "Báo Bà Rịa - Vũng Tàu điện tử")
    r"^Báo\s+(?:(?:điện tử\s+)?[^\W\d_]+(?:(?:\s+|\s*-\s*)[^\W\d_]+){0,4}\s+(?:điện tử|online|Online)"
    r"|điện tử\s+[^\W\d_]+(?:(?:\s+|\s*-\s*)[^\W\d_]+){0,4})\s*$"
    # (or a province's radio and television station: "Đài Phát thanh - Truyền hình Gia Lai", "Đài PT-TH Lạng Sơn")
    r"|^Đài\s+(?:Phát thanh\s*(?:[-–&]|và)\s*Truyền hình|PT\s*[-–]\s*TH|PTTH)(?:\s+(?:tỉnh|thành phố|TP\.?))?"
    r"(?:\s+[^\W\d_]+){1,4}\s*$",
    re.I,
)
# A page's tools: "In bài này", "Đóng cửa sổ", "Gửi bài viết qua email", "Lưu bài viết".
_PAGE_TOOLS = re.compile(
    r"^\s*(?:\[?\s*(?:In bài(?: này| viết)?|In trang|Đóng cửa sổ|Gửi email|Gửi bài(?: viết)?(?: qua email)?|Lưu bài(?: viết)?|"
    r"Chia sẻ|Bản in|Quay lại|Trở về)\s*\]?\s*){1,4}$",
    re.IGNORECASE,
)


# A provincial body's name and nothing else: the page's author under its headline.
_BODY_NAME_ALONE = re.compile(
    # (not a headline with its verb: "Sở Ngoại vụ làm việc với tỉnh Champasak", "Sở Ngoại vụ đón đoàn tỉnh Xiêng Khoảng")
    r"^(?![^\n]*\b(?:làm việc|đón|thăm|tiếp|hội đàm|hội kiến|ký|tổ chức|dự|gặp|trao|với|tại|họp|chúc|kiểm tra|khảo sát)\b)"
    r"\s*(?:Sở\s+(?:Ngoại vụ|[^\W\d_]+(?:\s+[^\W\d_]+){0,4}?)|UBND|Ủy ban nhân dân|Văn phòng UBND)\s+(?:tỉnh|thành phố|TP\.?)\s*"
    r"(?-i:[A-ZĐÀ-Ỹ])\w*(?:\s*-\s*|\s+)?(?:(?-i:[A-ZĐÀ-Ỹ])\w*\s*){0,3}$"
)


def _title_like(line):
    """A headline: five words or more, not a dateline, not a site banner in capitals, not a
    sentence that announces a list."""
    words = _WORDS.findall(line)
    if len(words) < 5 or _looks_like_dateline(line) or line.rstrip().endswith(":"):
        return False
    if CLOCK_AT_START.match(line) or _MENU_SEP.search(line) or CLOCK_AT_END.search(line):
        return False  # "Thứ Sáu, 07/11/2025 | Liên hệ", "Cà Mau Online Thứ Sáu, 04/12/2026": the top bar
    if re.match(r"^\s*[»›•·>]", line):
        return False  # "» Hoạt động lãnh đạo tỉnh": a menu's item
    if re.match(r"^\d{1,2}:\d{2}\s+\S", line):
        return False  # "09:20 Bộ trưởng Ngoại giao điện đàm với ...": a ticker's latest item, with its time
    if _CLOCK_WITH_LINKS.search(line):
        return False  # "Hôm nay: Thứ Hai, ngày 16/02/2026 Đăng nhập": the page's clock with its links
    if re.search(r"\b(?:điện thoại|hotline|đường dây nóng|fax)\b", line, re.I) and re.search(r"\d{3}", line):
        return False  # "Điện thoại đường dây nóng: 0256.3822.xxx": the site's contact line
    if _PAPER_NAME.match(line):
        return False  # "Báo Khánh Hòa điện tử", "Báo điện tử Bình Định": the paper's name over its clock
    if re.match(r"^[\W_]*(?:Cổng thông tin điện tử|Trang thông tin điện tử|Cổng TTĐT)\b", line, re.I) or re.search(
        r"\bChi tiết tin(?: tức| bài)?\s*$", line, re.I
    ):
        return False  # "Cổng thông tin điện tử tỉnh Quảng Ninh - Chi tiết tin tức": the site's own title
    if (site := re.search(r"\s[-–|]\s*(?:Cổng thông tin điện tử|Trang thông tin điện tử|Cổng TTĐT)\b", line, re.I)) and len(
        line[: site.start()].split()
    ) <= 6:
        return False  # "Tin tức - Sự kiện - Cổng thông tin điện tử tỉnh Cao Bằng": a section's page, its <title>
    if _tagline(line):
        return False
    if re.match(
        r"^(?:Sở Ngoại vụ|Cổng thông tin điện tử|Trang thông tin điện tử|UBND|Ủy ban nhân dân)\s+(?:tỉnh|thành phố|TP\.?)\s*"
        # (a slogan names no second party: not "UBND tỉnh Điện Biên - tỉnh Phông Sa Lỳ hội đàm ...")
        r"[^\W\d_][^-–|:\n]{1,30}?\s+[-–|]\s+(?!(?:tỉnh|thành phố|Thành phố|TP|Văn phòng|Sở|UBND|Ủy ban|Chính quyền|đoàn|Đoàn)\b)\S",
        line,
    ) and not re.search(r"\b(?:hội đàm|ký kết|làm việc|tiếp|thăm|hội nghị|hội kiến)\b", line):
        return False  # "Sở Ngoại vụ tỉnh Lạng Sơn - Đối ngoại vì hòa bình, hữu nghị, ...": the site's name and slogan
    if _BODY_NAME_ALONE.match(line):
        return False  # "Sở Ngoại vụ tỉnh Quảng Ninh" alone on its line, over "Ngày đăng: ...": whose page, not its headline
    if re.search(r"\s(?:>>|»|›)\s", line) and not re.search(r"[.!?]\s*$", line):
        return False  # "Tin tức sự kiện >> Hoạt động đối ngoại": a breadcrumb
    if len(_LANGUAGES.findall(line)) >= 2:
        return False  # "Vietnam+ English Español 中文 Français": the site's languages
    if _SECTIONS_LINE.match(line):
        return False  # "Dân trí Xã hội Chính trị", "VTV.vn Chính trị Xã hội Thế giới Kinh tế": a site's sections
    if not re.search(r"[,.:;!?\"“”]", line) and len(set(_SECTION_WORD.findall(line))) >= 4:
        return False  # "Thời sự Ngoại giao Kinh tế Văn hóa Người Việt bốn phương Thế giới Multimedia": sections and others
    if _PAGE_TOOLS.search(line):
        return False  # "In bài này Đóng cửa sổ": a print page's buttons
    if re.match(r"^(?:Sự kiện|Dòng sự kiện|Tiêu điểm|Chủ đề nóng|Chủ đề)\s*:", line):
        return False  # "Sự kiện: Đại hội Đảng lần thứ XIV Chính quyền địa phương hai cấp": the site's topics
    if all(w[0].isupper() for w in words) and not all(w.isupper() for w in words if len(w) > 1):
        return False  # "Giới thiệu Tin tức - Sự kiện Chính quyền Công dân": a menu's items in a row
    return not all(w.isupper() for w in words if len(w) > 1)


def _tagline(line):
    """ "Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Cao Bằng", "THẾ GIỚI & VIỆT NAM – Cơ quan của Bộ
    Ngoại giao", "CƠ QUAN CỦA CHÍNH PHỦ NƯỚC CỘNG HÒA ...", "Báo tiếng Việt nhiều người xem nhất": the
    paper's tagline; a national outlet's name, a site's address on a short line."""
    return bool(
        re.search(
            r"(?:^|[-–|]\s*)(?:Cơ quan (?:Trung ương )?(?:ngôn luận |chủ quản )?(?:của|thuộc)|Tiếng nói của|Diễn đàn của|"
            r"Báo (?:điện tử )?của)\s+"
            r"(?:Đảng|Tỉnh|Thành|UBND|Ủy ban|Bộ|Chính phủ|Quốc hội|Thông tấn|Hội|Tổng|Liên|Trung ương|Mặt trận|Ban|Đoàn)"
            # ("VnExpress Báo tiếng Việt nhiều người xem nhất", "VnExpress - Báo tiếng Việt ...")
            r"|^(?:[\w.]+\s+(?:[-–|]\s+)?)?Báo (?:điện tử )?tiếng Việt\b",
            line,
            re.I,
        )
        or (len(line.split()) <= 10 and re.search(_NATIONAL_OUTLET, line, re.I))
        # a site's address first on a short line: "VOV.VN - Báo điện tử VOV", "Baoquangninh.vn | Tin tức"
        or (len(line.split()) <= 8 and re.match(r"^(?:[\w-]+\.)+(?:vn|net|com|org)\b", line, re.I))
        # or before the site's own name: "dongnai.gov.vn - Cổng thông tin điện tử tỉnh Đồng Nai"
        or re.match(
            r"^(?:[\w-]+\.)+(?:vn|net|com|org)\s*[-–|:]\s*(?:Cổng thông tin|Trang thông tin|Cổng TTĐT|Báo|Tạp chí|Đài)\b[^.]{0,60}$",
            line,
            re.I,
        )
    )


def _caps_headline(line):
    """A headline some portals write in capitals, right above its publication line: longer than
    a site's banner ("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH YÊN BÁI", "THBT - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH
    BẾN TRE") and not one."""
    words = _WORDS.findall(line)
    return (
        len(words) >= 9
        and all(w.isupper() for w in words if len(w) > 1)
        and not _tagline(line)
        and not re.search(
            r"CỔNG THÔNG TIN|TRANG THÔNG TIN|BÁO ĐIỆN TỬ|TẠP CHÍ|ĐÀI PHÁT THANH|TRUYỀN HÌNH|THÔNG TẤN XÃ|"
            r"^BÁO |\.VN\b", line
        )
    )


# (nor a widget's list of items: "- Thứ Ba (02/12): Chủ tịch UBND tỉnh làm việc với ...")
# (nor a leaders' week schedule: "Thứ Hai, 22/8: Chủ tịch UBND tỉnh họp Ban Chỉ đạo ...")
_TICKER_OR_MENU = re.compile(
    r"\s[|»›▶►▸•]\s|^\s*[▶►▸•»>]|^\s*[-–+*]\s|"
    r"^\s*" + WEEKDAY_NAME + r"\s*,?\s*(?:ngày\s+)?\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*:",
    re.IGNORECASE,
)


def _title(lines):
    """The story's headline among the first lines of the page. Pages put menus, banners and a
    date widget above it; the publication line usually follows it: a headline-like line right
    before a dateline wins, else the first headline-like line."""
    head = lines[:40]
    # (a publication line after the story, "Đăng lúc: 30/01/2024 20:41" under the byline, says
    # nothing of the title: the head ends with the story's second paragraph, a sapo allowed)
    # (a menu of 25 items between "|" or a ticker of headlines between "▶" is no paragraph)
    paragraphs = [i for i, line in enumerate(head) if _is_paragraph(line) and not _TICKER_OR_MENU.search(line)]
    if len(paragraphs) >= 2:
        head = head[: paragraphs[1]]
    # A publication line with its time or "Cập nhật" first: a bare weekday and date above the
    # title is the page's clock ("Thứ Tư, 03/12/2025" under the site's banner).
    # (a bare weekday and date is read only when no publication line is there at all: "Thứ Ba,
    # 07/05/2024 English Sơ đồ trang Liên hệ" under a portal's slogan is its clock)
    published_line = any(_looks_like_dateline(line) and _PUBLICATION.search(line) for line in head)
    for strict in (True, False) if not published_line else (True,):
        under = None
        topmost = None  # the page's first line over its clock: kept while a later dateline may have its own
        for i, line in enumerate(head):
            if topmost is not None and (not paragraphs or i > paragraphs[0]):
                break  # (only a headline and its dateline before the story's first paragraph replace it)
            if not _looks_like_dateline(line) or (strict and not _PUBLICATION.search(line)):
                continue
            for j in range(i - 1, max(-1, i - 6), -1):
                if _SHORT_WIDGET.match(head[j]):
                    continue  # a page's short widget: "E-mail", "Chi tiết", "Chuyên mục: Tin hoạt động"
                if j < i - 2 and not all(_SHORT_WIDGET.match(head[k]) for k in range(j + 1, i)):
                    break  # (further up only over such widgets)
                if (_is_paragraph(head[j]) and j > 0 and (_is_sentence(head[j]) or not _title_like(head[j]))) or re.search(
                    r"\w[.!]\s*$", head[j]
                ):
                    # the sapo some outlets print above the publication line, under the title (a long
                    # headline with no closing stop is none: "Nghệ An tổng kết ... năm 2022: Đón 45 đoàn ...")
                    # (or a short sentence of the story over a publication line at its foot: "Both sides discussed ...
                    # in tourism and education." over "Posted: Mar. 22, 2015 | 14:05 GMT+7")
                    continue
                if _title_like(head[j]) or _caps_headline(head[j]):
                    if (
                        j == i - 1 and _after_menu(head, j) and i + 2 < len(head)
                        and _title_like(head[i + 1]) and _is_paragraph(head[i + 2])
                        # (the headline is the longer: a caption, a byline or a subheading under a real
                        # headline's dateline is shorter than it)
                        and len(head[i + 1].split()) >= max(10, 1.5 * len(head[j].split()))
                    ):
                        # "» Cải cách hành chính", "Thủ tục tổ chức hội nghị quốc tế" (the menu's last
                        # items), the dateline, then the headline over the story's first paragraph
                        return head[i + 1]
                    if j == 0 and i == 1 and topmost is None:
                        # ("Thông tấn xã Việt Nam (TTXVN)" over "Thứ Sáu, 22/11/2024 - 11:03", a menu, then
                        # the headline over its own publication line: the first pair is the page's)
                        topmost = head[j]
                        break
                    return head[j]
            # a portal that prints the headline under its publication line, widgets above it (unless
            # a later dateline has its headline above it: the first was the page's clock over a menu)
            if under is None and i + 1 < len(head) and not _is_paragraph(head[i + 1]) and _title_like(head[i + 1]):
                under = head[i + 1]
        if topmost is not None:
            return topmost
        if under is not None:
            return _over_the_lead(head, head.index(under), paragraphs) or under
    # a headline in capitals right above the story's first paragraph: "ĐÀ NẴNG TỔNG KẾT CÔNG TÁC ĐỐI
    # NGOẠI NĂM 2024, TRIỂN KHAI NHIỆM VỤ NĂM 2025" under the menus and a clock
    if paragraphs and 0 < paragraphs[0] < len(head) and _caps_headline(head[paragraphs[0] - 1]):
        return head[paragraphs[0] - 1]
    likes = [i for i, x in enumerate(head) if _title_like(x)]
    if likes:
        first = likes[0]
        run = next((k for k in range(len(likes)) if likes[k] != first + k), len(likes))
        lead = next((i for i in paragraphs if first + run < i < len(head)), None)
        if run >= 3 and lead is not None and _title_like(head[lead - 1]) and lead - 1 >= first + run:
            # "Bài trên trang 7" and the page's headlines in a row, the story's own above its lead
            return head[lead - 1]
        return _over_the_lead(head, first, paragraphs) or head[first]
    return next((x for x in lines if len(x.split()) >= 5 and not _looks_like_dateline(x)), lines[0] if lines else "")


_MENU_ITEM = re.compile(r"^\s*[»›•]\s*\S")


def _after_menu(head, j):
    """Line ``j`` ends a menu: an item marked "»" stands at most three short lines above it."""
    for k in range(j - 1, max(-1, j - 4), -1):
        if _MENU_ITEM.match(head[k]):
            return True
        if _is_paragraph(head[k]) or len(head[k].split()) > 10:
            return False
    return False


def _over_the_lead(head, first, paragraphs):
    """The headline right above the story's first paragraph, when a portal's menu of short lines,
    some of them headline-like ("Khái quát về Cao Bằng"), runs from line ``first`` down to it."""
    # the site's short name ("Sở Ngoại vụ tỉnh Trà Vinh"), its menu and breadcrumb ("Tin tức - Sự kiện »
    # Công tác người Việt Nam ở nước ngoài"), then the headline (a long one, without its stop) over the story
    k = first + 1
    while k < len(head) and (_MENU_SEP.search(head[k]) or _MENU_ITEM.match(head[k]) or not head[k].strip()):
        k += 1
    if first + 1 < k < len(head) and len(head[first].split()) <= 8 and _title_like(head[k]) and not _is_sentence(head[k]):
        return head[k]
    lead = next((i for i in paragraphs if first + 1 < i <= len(head)), None)
    if lead is None or lead - 1 - first < 6 or not _title_like(head[lead - 1]):
        return None
    return head[lead - 1] if all(len(x.split()) <= 10 for x in head[first : lead - 1]) else None


_DATE_IN_LINE = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}")
_WEEKDAY_OR_TIME = re.compile(
    r"\d{1,2}:\d{2}|^(?:thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật|cập nhật|ngày đăng|đăng)\b", re.IGNORECASE
)


# The short widgets some portals print between the headline and its publication line.
_SHORT_WIDGET = re.compile(
    # (and a template's byline: "Viết bởi Hồng Nhung")
    r"^\s*(?:e-?mail|chi tiết|in|in bài|bản in|lưu|gửi bài|chia sẻ|(?:chuyên mục|danh mục|lượt xem|lượt đọc)\s*:[^\n]{0,40}|"
    r"(?:viết bởi|đăng bởi|người viết|tác giả)\s*:?\s*[^\W\d_][^\n,.;:]{1,30})\s*$",
    re.IGNORECASE,
)


def _looks_like_dateline(line):
    """ "24/08/2015 - 18:19", "Thứ Năm, 12/10/2023 - 15:20", "Cập nhật ngày: 07/09/2014": not a title."""
    # (its widgets beside it, and an outlet's code before it: "08/01/2020 15:36 Lượt xem: 642 [In] [Gửi email]",
    # "BLC - 09/12/2025 11:30 | Theo dõi Báo Lào Cai trên Google News")
    line = _DATELINE_WIDGETS.sub(" ", _OUTLET_CODE.sub("", line)).strip(" |")
    if re.match(r"^[\W\d]*\d{1,2}[/-]\d{1,2}[/-]\d{2,4}", line) and len(line.split()) < 8:
        return True
    if (m := _DAY_AND_CLOCK.match(line)) and all(
        len(part.split()) <= 4 for part in re.split(r"\s*[|·•]\s*", line[m.end() :].strip(" |·•"))
    ):
        return True  # "22/08/2024 09:05 | Lượt đọc: 634 | Cỡ chữ a A | In | Chia sẻ": its widgets beside it
    if english_date_line(line):
        return True  # "Nov 20, 2015 9:08 PM": an English template's
    if section_day_line(line):
        return True  # "Ngày 21/12/2022", "Hoạt động đối ngoại >> Ngày 03/12/2018": a portal's publication line
    if re.match(r"^[(\[]?\s*(?:cập nhật|ngày đăng|đăng lúc|đăng ngày|xuất bản)\b[^\n]{0,20}?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}", line, re.I):
        return True  # "Cập nhật ngày: 15/05/2024 16:22 [In trang] [Gửi email] Cỡ chữ: A- A+"
    if re.match(r"^(?:thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật),?\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s*[-|,]?\s*\d{1,2}:\d{2}", line, re.I):
        return True  # "Thứ Hai, 28/11/2022 - 15:05 | Tác giả: QUANG HIỂN": the author on the same line
    if _AUTHOR_DATELINE.match(line) and len(line.split()) < 18:
        return True  # "Nguyên Bảo · Thứ Năm, 04/12/2025, 16:45 (GMT+7) · Cập nhật: ...": the author first
    if WORDS_DATELINE.match(line) and len(line.split()) < 12:
        return True  # "Ngày đăng: Thứ sáu, 24 Tháng 11 2017 15:40": Joomla's month in words
    if re.match(r"^(?:thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật),?\s*\d{1,2}\s+tháng\s+\d{1,2},?\s+\d{4}\s+\d{1,2}:\d{2}\s*$", line, re.I):
        return True  # "Thứ sáu, 20 Tháng 11 2015 15:12": the same with no word before it (a clock has no time of day)
    return bool(_DATE_IN_LINE.search(line) and _WEEKDAY_OR_TIME.search(line) and len(line.split()) < 10)


# The day and its time of day first on a line, then "|" or "·" (its widgets, each a few words).
_OUTLET_CODE = re.compile(r"^[A-ZĐ]{2,6}\s+[-–]\s+(?=\d)")
_DATELINE_WIDGETS = re.compile(
    r"\[[^\]\d\n]{1,20}\]|(?i:lượt (?:xem|đọc|truy cập))\s*:?\s*[\d.,]+|" + _GOOGLE_NEWS + r"|"
    # (icons with their counts and buttons: "23/12/2025 17:45 👁 1.052 🖨 In f Chia sẻ A A+ A++"; "... Chia sẻ: Facebook
    # Twitter Zalo")
    r"(?<!\w)(?:Facebook|Twitter|Zalo|Messenger|LinkedIn|Telegram|Email)(?!\w)|"
    r"[\U0001F300-\U0001FAFF\u2600-\u27BF]\uFE0F?(?:\s*[\d.,]+(?!\s*[/:]))?|(?<!\w)(?i:chia sẻ)(?!\w)|(?<!\w)A-?\s+A\+(?:\s+A\+\+)?(?!\w)"
)
_DAY_AND_CLOCK = re.compile(r"^[\W\d]*\d{1,2}[/-]\d{1,2}[/-]\d{4}\s*[-,]?\s*\d{1,2}:\d{2}(?=\s*[|·•])")
# An author's name, a separator, then the day and its time of day.
_AUTHOR_DATELINE = re.compile(
    r"^[^\W\d_][^\d\n.]{0,40}?\s[·|•]\s*(?:(?:thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật),?\s*)?"
    r"(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4},?\s*(?:[-|·]\s*)?\d{1,2}:\d{2}",
    re.IGNORECASE,
)
