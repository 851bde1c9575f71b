"""Title phrases: a head from titles.txt and the organisation words after it, attached to
the names written next to them."""

import re
from bisect import bisect_left, bisect_right
from functools import cache

from apps.lib.text import fold

from ..lexicon import UPPER, data_lines
from .lexicon import _lexicon

# --- titles ----------------------------------------------------------------------------


_NEXT_WORD = re.compile(r" ([^\W\d_][\w./]*(?:[-‐][^\W\d_]+)*)")
_AFTER_CONNECTOR = re.compile(r" [^ ]+ ([^\W\d_])")


# (and a council's committee: "Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh")
_NAME_GOES_ON = re.compile(
    r"(?:(?<=Văn hóa)|(?<=Lao động)|(?<=Kinh tế))(?:,|\s[-–])\s(?:Thể thao và Du lịch|Thương binh và Xã hội|Ngân sách)(?!\w)"
)
_AND_SEVERAL = re.compile(r" và các (?=" + UPPER + r")")
_RANK = re.compile(r"\s*(?:Đại|Thượng|Trung|Thiếu)\s+(?:tá|úy|tướng)(?!\w)")


def _title_phrases(masked):
    """Title phrases of the masked text: [(start, end)]."""
    lex = _lexicon()
    head_re, words, connectors, stop_re = lex.heads, lex.words, lex.connectors, lex.stops
    out = []
    pos = 0
    while m := head_re.search(masked, pos):
        # A title in lower case counts only right before a name, as some outlets write it:
        # "phó chủ tịch UBND TP.HCM Võ Thành Nhân", "phó thống đốc Yamamoto Kenji".
        lower = not masked[m.start()].isupper()
        end = m.end()
        while True:
            # (a department's name with a comma or a dash inside: "Sở Văn hóa, Thể thao và Du lịch", "Sở Lao động -
            # Thương binh và Xã hội")
            if cont := _NAME_GOES_ON.match(masked, end):
                end = cont.end()
                continue
            # Matched at a position, never on a slice of the rest: linear in the text.
            nxt = _NEXT_WORD.match(masked, end)
            if not nxt or stop_re.match(masked, end):
                break
            raw = nxt.group(1)
            word = raw.rstrip(".")
            if word.isupper() and raw != word:  # "TP. Huế": the abbreviation keeps its dot
                word = raw
            low = word.lower()
            if low in connectors or (" " + low) in connectors:
                # ("Trưởng ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi": a board of several)
                if (several := _AND_SEVERAL.match(masked, end)) and not head_re.match(masked, several.end()):
                    end = several.end() - 1
                    continue
                after = _AFTER_CONNECTOR.match(masked, end)
                # "Ban Tuyên giáo và Dân vận" goes on; "... và Giám đốc Sở" is a second title.
                nxt_at = end + len(word) + 2
                if after and after.group(1).isupper() and not head_re.match(masked, nxt_at):
                    end += len(word) + 1
                    continue
                break
            if _RANK.match(masked, end):
                break  # "Chỉ huy trưởng Bộ đội Biên phòng tỉnh Đại tá X": the rank opens a title of its own
            if word[:1].isupper() or low in words or "/" in word:
                end += len(word) + 1
                continue
            break
        # ... or right after one, set off by a dash or a comma: "ông K'Mák - phó chủ tịch UBND tỉnh"
        if lower and not _NAME_NEXT.match(masked, end) and not _NAME_BEFORE.search(masked, max(0, m.start() - 4), m.start()):
            pos = m.end()
            continue
        out.append((m.start(), end))
        pos = end
    return out


_NAME_NEXT = re.compile(r"[ \t]+§")
_NAME_BEFORE = re.compile(r"§\s*[-–,]\s*$")


# "TITLE NAME", "TITLE - NAME", "TITLE, NAME" and "TITLE, đồng chí NAME".
# The title may end with its body in brackets: "Cục trưởng Cục Ngoại vụ (Bộ Ngoại giao) NAME".
_GAP_NAME_LEFT = re.compile(
    r"^(?:\s*\([^()\n]{2,60}\))?(?:\s*[-–:]\s*|\s*,\s*|\s+)(?:(?:đồng chí|ông|bà|ngài)\s+)?$|"
    # (the places its body lies in between, then an honorific: "Châu trưởng châu Hồng Hà (Honghe), tỉnh Vân
    # Nam, Trung Quốc, ông X")
    r"^(?:\s*\([^()\n]{2,40}\))?(?:\s*,\s*(?:(?:tỉnh|thành phố|bang|châu|nước)\s+)?(?-i:" + UPPER + r")[\w-]*(?:\s+"
    r"(?-i:" + UPPER + r")[\w-]*){0,3}){1,3}\s*,\s*(?:đồng chí|ông|bà|ngài)\s+$",
    re.I,
)
@cache
def _central_body_gap():
    """ ", Bộ Ngoại giao " between a title and a name: the body the title belongs to, after a
    comma ("Phó Chủ nhiệm Ủy ban Biên giới quốc gia, Bộ Ngoại giao Nguyễn Tuấn Thanh")."""
    bodies = sorted((re.escape(x) for x in data_lines("activity_central_bodies.txt") if not x.endswith(" tại")),
                    key=len, reverse=True)
    return re.compile(r"^\s*,\s*(?:" + "|".join(bodies) + r")\s+$", re.IGNORECASE)


def _body_gap(gap):
    return len(gap) <= 80 and bool(_central_body_gap().match(gap))


# A title that a verb or a preposition takes as its object, a comma then a name after it.
_POST_GIVEN_BEFORE = re.compile(r"(?<!\w)(?:giữ chức(?: vụ)?|bổ nhiệm(?: làm)?|nhận chức|đảm nhận cương vị|làm)\s+$", re.IGNORECASE)
_OBJECT_BEFORE = re.compile(r"(?<!\w)(?:với|cùng|tiếp|gặp|thăm|cảm ơn|chúc mừng|gửi|tới)\s+$", re.IGNORECASE)
# ... when the name opens a clause of its own ("..., bà X cho biết"), not an apposition ("đón tiếp
# Chủ tịch HĐND tỉnh Hà Nam, Phạm Sỹ Lợi cùng đoàn").
_SPEAKS_AFTER = re.compile(
    r"\s+(?:(?:cũng|đã|đồng thời)\s+)*(?:cho biết|nói|khẳng định|nhấn mạnh|bày tỏ|chia sẻ|thông tin|giới thiệu|"
    r"cảm ơn|đề nghị|mong muốn|đánh giá|báo cáo|phát biểu)\b",
    re.IGNORECASE,
)
_GAP_CHAIN = re.compile(r"^\s*(?:[,–\-]|;\s*và)?\s*$")
# (a new envoy's: "ông Shin Dong Hoon, tân Tổng Lãnh sự Hàn Quốc tại TP.HCM")
# (not across a line break: a caption's "... cho ông Maarten Verhoeven" then a paragraph "Phó Chủ tịch UBND tỉnh đề nghị ...")
_GAP_RIGHT = re.compile(r"^[^\S\n]*(?:[,–\-:(][^\S\n]*)?(?:tân\s+)?\Z")


# (on the name's own line: a headline's last words are no name of "(NLĐO) - Phó Thống đốc ..." on the next)
_ALIAS = re.compile(r"[ \t]*\((?:[^\W\d_][\w'’.\-]*)(?:[ \t]+[^\W\d_][\w'’.\-]*){0,4}\)")


def _attach_titles(text, mentions):
    """Give each mention the title phrases written right before and after it.

    Phrases and mentions are kept in text order and found by bisection, so an article of
    thousands of names is read in n log n."""
    masked = list(text)
    for m in mentions:
        masked[m.start : m.end] = "§" * (m.end - m.start)
    masked = "".join(masked)
    phrases = _title_phrases(masked)  # in text order, disjoint: starts and ends both sorted
    phrase_starts = [ps for ps, _pe in phrases]
    phrase_ends = [pe for _ps, pe in phrases]
    starts = sorted(mentions, key=lambda m: m.start)
    mention_starts = [m.start for m in starts]
    claimed = set()

    def name_after(end):
        """The mention right after position ``end`` with only a dash/space gap."""
        i = bisect_left(mention_starts, end)
        if i == len(starts):
            return None
        m = starts[i]
        gap = text[end : m.start]
        # (its place in brackets between: "..., Tổng Lãnh sự Việt Nam tại Osaka (Nhật Bản) Lê Thị Ngọc Hà")
        return m if len(gap) <= 44 and re.fullmatch(r"\s*(?:\([^()\n]{2,40}\)\s*)?[-–:]?\s*", gap) else None

    # Right of a name: ", TITLE, TITLE" (a title that runs straight into the next name is
    # that name's, not this one's).
    for m in starts:
        pos = m.end
        # (past the name in its own spelling: "ông Châu Vĩ Cường (Zhou Weiqiang), Phó Thị trưởng")
        if alias := _ALIAS.match(text, pos):
            pos = alias.end()
        first = True
        for k in range(bisect_left(phrase_starts, pos), len(phrases)):
            ps, pe = phrases[k]
            if ps < pos:
                continue
            gap = text[pos:ps]
            if not (_GAP_RIGHT if first else _GAP_CHAIN).match(gap) or len(re.sub(r"tân\s+$", "", gap)) > 4:
                break
            if name_after(pe) or ((rank := _RANK.match(text, pe)) and name_after(rank.end())):
                break  # (or runs into the next name's rank: "..., Chỉ huy trưởng ... tỉnh Đại tá X")
            m.titles.append((ps, pe))
            claimed.add((ps, pe))
            pos, first = pe, False
            if text[pe : pe + 1] == ")":
                pos += 1
    # Left of a name: "TITLE NAME", "TITLE, NAME", "TITLE - NAME", and the chain before it.
    for n, m in enumerate(starts):
        k = bisect_right(phrase_ends, m.start) - 1
        if k < 0 or phrases[k] in claimed:
            continue  # a claimed phrase in between: no title of this one's on the left
        ps, pe = phrases[k]
        gap = text[pe : m.start]
        if ("\n" in gap and text[text.rfind("\n", 0, ps) + 1 : ps].strip()) or (
            not _GAP_NAME_LEFT.match(gap) and not _body_gap(gap)
        ):
            # (a headline's last words are no title of the author's name under it; a title alone on its
            # line, over its holder's name, is: "Phó Chủ tịch UBND tỉnh" then "Nguyễn Văn An")
            continue
        if "," in gap and _OBJECT_BEFORE.search(text[max(0, ps - 20) : ps]) and _SPEAKS_AFTER.match(text, m.end):
            continue  # "Báo cáo với Phó Chủ tịch UBND tỉnh, bà X cho biết": the title is the other's
        i = bisect_left(mention_starts, pe)
        if any(starts[j] is not m and starts[j].start < m.start for j in range(i, min(n + 1, len(starts)))):
            continue  # another name stands between the title and this one
        chain = [(ps, pe)]
        for q in range(k - 1, -1, -1):
            qs, qe = phrases[q]
            if (qs, qe) in claimed or not re.fullmatch(r"\s*,\s*", text[qe : chain[0][0]]):
                break
            if _OBJECT_BEFORE.search(text[max(0, qs - 20) : qs]) and _SPEAKS_AFTER.match(text, m.end):
                break  # "Báo cáo với Phó Chủ tịch nước, Bí thư Tỉnh ủy X cho biết": the first title is the other's
            if _POST_GIVEN_BEFORE.search(text[max(0, qs - 30) : qs]):
                break  # "Chúc mừng ông X được bổ nhiệm giữ chức Tổng Lãnh sự ..., Phó Chủ tịch Y thông tin": the post X got
            chain.insert(0, (qs, qe))
        for p in chain:
            claimed.add(p)
        m.titles[:0] = chain
    return phrases


# After a title, the places that complete it: "..., Phó Bí thư Thành ủy thành phố Phòng Thành
# Cảng, Quảng Tây, Trung Quốc" (the title phrase stops at the first comma).
_CAP_GROUP = UPPER + r"[\w-]*(?:\s+" + UPPER + r"[\w-]*)*"
_PLACE_TAIL = re.compile(r"^(?:\s*[,(]\s*(?:nước\s+)?" + _CAP_GROUP + r"\)?){1,3}")
# A name only quoted as the sender of words ("chuyển lời của đồng chí X"): not a participant.
_PASSING_BEFORE = re.compile(
    r"(?:(?:lời|thư|chỉ đạo|ý kiến|lời chúc|thư chúc mừng|điện mừng|lời thăm hỏi|lời hỏi thăm|lời chào|"
    r"lời chúc mừng|lời cảm ơn)\s+(?:của|từ)\s*"
    r"(?:đồng chí|ông|bà|ngài)?|"
    # history and memory: "kỷ niệm 50 năm Chủ tịch Fidel Castro thăm ...", "Tượng đài Chủ tịch X"
    r"kỷ niệm \d+ năm(?: ngày (?:sinh|mất))?(?: của)?|tượng đài|khu lưu niệm|nhà lưu niệm|di tích|"
    r"tưởng niệm|mang tên|noi gương|ngày sinh(?: của)?)\s*$",
    re.I,
)


def _place_tail(text, m):
    end = max([m.end] + [te for ts, te in m.titles if ts >= m.end])
    tail = _PLACE_TAIL.match(text[end : end + 80])
    return tail.group(0) if tail else ""


# Words cited from elsewhere: "trong một bài phân tích đăng trên Tạp chí ...", "trong một cuộc
# phỏng vấn với báo chí hồi tháng 5": their author takes no part in the activity.
_CITED_ELSEWHERE = re.compile(
    r"trong (?:một )?(?:bài (?:phân tích|viết|báo|nghiên cứu)|ấn phẩm|cuốn sách)|đăng trên (?:báo|tạp chí|trang)|"
    r"trong (?:một )?cuộc (?:trả lời )?phỏng vấn[^.;\n]{0,40}?(?:hồi|trước đó|năm|tháng|gần đây)|từng (?:viết|nhận định)",
    re.I,
)


# A post held back then: the person belongs to the relationship's history, not to the activity.
_THEN_POST = re.compile(r"\s*,\s*(?:khi đó|lúc đó|khi ấy|lúc ấy|thời điểm đó|thời điểm ấy)\s+(?:là|đang là|giữ chức)\s", re.I)


def _in_the_past(text, m):
    """The sentence of ``m`` opens on a past year or month ("Năm 2019,", "Tháng 11/2019,", "từ năm
    2018, khi ...") and does not bring the person to today (", nay là ...")."""
    window = max(0, m.start - 300)  # (bounded: linear in the text)
    sentence_start = max(text.rfind(". ", window, m.start), text.rfind("\n", window, m.start), window - 1) + 1
    before = text[sentence_start : m.start]
    after = text[m.end : m.end + 120]
    return bool(re.search(r"(?i:năm|tháng)\s+(?:\d{1,2}/)?(?:19|20)\d\d", before)) and not re.search(r",\s*nay\s+là", after)


# A photo caption of another story left inside this one ("Ông X, Chủ tịch Ủy ban MTTQ tỉnh trao
# quà cho hộ nghèo tại xã ..."): a line of its own, one undated sentence opened by the person,
# doing home work (gifts to the needy, an inspection) with nothing of the activity in it.
_HOME_WORK = re.compile(
    r"\b(?:trao quà|tặng quà|thăm hỏi|kiểm tra|trao nhà|trao tặng nhà|trao sổ|động viên|thăm, tặng quà|"
    r"thăm (?:mô hình|công trình|gia đình|trường|nhà|cơ sở|bà con|công nhân|ngư dân|hộ))\b",
    re.I,
)
# (lower-case words, so that a name such as "Trần Hữu Nghị" is not "hữu nghị")
_OF_THE_ACTIVITY = re.compile(
    r"\b(?:đoàn|Đoàn công tác|Đoàn đại biểu|khách|[Đđ]ại sứ|[Ll]ãnh sự|lưu niệm|quốc tế|nước ngoài|kiều bào|"
    r"người Việt|bạn|đối ngoại|hợp tác|hữu nghị|buổi|hội nghị|hội đàm|làm việc|biên giới|mốc|cửa khẩu|đối tác|"
    r"chuyến)\b"
)
_DATED = re.compile(r"\b(?:sáng|chiều|tối|trưa|ngày|hôm)\s+(?:\d|nay|qua|cùng)", re.I)


def _stray_caption(text, m, begin):
    """``m``, whose titles before it start at ``begin``, opens such a caption."""
    line_start = text.rfind("\n", 0, m.start) + 1
    line_end = text.find("\n", m.end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    opening = text[line_start:begin]
    if len(line.split()) > 40 or opening.strip(" ,") not in ("", "Đồng chí", "Ông", "Bà"):
        return False
    after = re.sub(r"\s*\((?:Ảnh|Nguồn)\s*:[^)]*\)\s*$", "", line[m.end - line_start :])
    if re.search(r"[.!?]\s+\S", after.rstrip(".!?) ")) or _DATED.search(line):
        return False  # more than one sentence, or a dated one: the story's own
    countries = _lexicon().countries
    return bool(_HOME_WORK.search(after)) and not _OF_THE_ACTIVITY.search(line) and not countries.search(line)


def _passing(text, p):
    for m in p.mentions:
        begin = min([m.start] + [ts for ts, te in m.titles if te <= m.start])
        if _stray_caption(text, m, begin):
            continue
        if _PASSING_BEFORE.search(text[max(0, begin - 40) : begin]):
            continue
        if _CITED_ELSEWHERE.search(re.split(r"\n|(?<=[.!?])\s", text[m.end : m.end + 200], maxsplit=1)[0]):
            continue
        if _THEN_POST.match(text, m.end) and _in_the_past(text, m):
            continue  # "Năm 2019, đoàn do ông X, khi đó là Thứ trưởng, đã làm việc ...": the past
        return False
    return True


def _dedupe_titles(titles):
    """Drop a title that another one of the same person spells out ("Thứ trưởng" beside
    "Thứ trưởng Bộ Ngoại giao")."""
    folded = [fold(t) for t in titles]
    return [
        t
        for t, f in zip(titles, folded, strict=True)
        if not any(g != f and g.startswith(f + " ") for g in folded)
    ]


def _clean_title(t):
    t = re.sub(r"^(?:đồng chí|ông|bà|ngài)\s+", "", t.strip(" ,-–:;()"), flags=re.I)
    return t.strip()
