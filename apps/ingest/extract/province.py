"""The Vietnamese province whose activity this is.

Every province mention (``apps.provinces.lookup.find_all``) gets a weight: where it stands
(the title and the lead sentence name the province the story is about; a province named
deep in the body is often a neighbour, a venue or a comparison) and what stands around it
("UBND tỉnh X", "Đoàn đại biểu tỉnh X", "làm việc với tỉnh X" point at the actor; "giáp
tỉnh X" and lists "Quảng Ninh, Lạng Sơn, Hà Giang, Cao Bằng" do not). The heaviest unit wins;
ties go to the first named. Papers writing "tỉnh ta" (our province) name it elsewhere, so a
single mention anywhere is enough.
"""

import re
from functools import cache

from apps.provinces import lookup

from .lexicon import data_lines
from .record import Province

# The province acts: its bodies, leaders and delegations.
_ACTOR_BEFORE = re.compile(
    r"(?:ubnd|ủy ban nhân dân|ủy ban mặt trận|tỉnh ủy|thành ủy|hđnd|hội đồng nhân dân|sở ngoại vụ|"
    r"đoàn (?:đại biểu|công tác)(?: cấp cao)?(?: của)?|đoàn|lãnh đạo|làm việc (?:với|tại)|"
    r"thăm(?:,| và)? làm việc (?:tại|với)|đến thăm|chủ tịch|bí thư|phó chủ tịch|giám đốc|"
    r"ban chỉ đạo[\w ]{0,40}?|trên địa bàn|của)\s*$",
    re.IGNORECASE,
)
# A neighbour, not the actor.
_NEIGHBOUR_BEFORE = re.compile(
    r"(?:giáp|tiếp giáp|giáp với|giáp ranh với|giáp ranh|"
    # a foreign mission's seat: "Tổng Lãnh sự Lào tại Đà Nẵng" may call on another city
    r"(?:Tổng Lãnh sự|Lãnh sự)(?: quán)?(?: nước)?[^,.;()\n]{0,40}?\stại)\s*$",
    re.IGNORECASE,
)
# A foreign namesake: "Hà Nam (Trung Quốc)".
_FOREIGN_AFTER = re.compile(
    r"^\s*[(,-]\s*(?:trung quốc|lào|campuchia|hàn quốc|nhật bản|thái lan|cộng hòa nhân dân trung hoa)",
    re.IGNORECASE,
)
# A unit merged into another (July 2025): named as a predecessor, not as the actor.
_MERGED_BEFORE = re.compile(
    r"(?:hợp nhất|sáp nhập|sắp xếp)(?:\s+(?:với|vào|cùng))?\s+(?:(?:tỉnh|thành phố|TP\.?)\s+)?$",
    re.IGNORECASE,
)
# People from the province living elsewhere: "Hội đồng hương Nghệ An tại Nhật Bản", "kỹ sư quê
# Nghệ An": the province does not act.
_OFFICE_SEAT_BEFORE = re.compile(
    r"(?:(?-i:(?<!\w)(?!UBND|MTTQ|UBMTTQ|TTXVN|VOV|VTV|SGGP|CAND|TTO)[A-Z]{3,8})|(?:[Cc]ơ quan|[Vv]ăn phòng|[Đđ]ại sứ quán|[Tt]ổng [Ll]ãnh sự quán|[Ll]ãnh sự quán)"
    r"[^,.;()\n]{0,60}?\stại)\s+$"
)
_HOMETOWN_BEFORE = re.compile(r"(?:đồng hương|(?<!\w)quê(?: hương)?|người con(?: quê hương)?)\s+(?:(?:tỉnh|thành phố)\s+)?$", re.IGNORECASE)
_OWN_BODY = re.compile(
    r"(?:UBND|Ủy ban nhân dân|HĐND|Tỉnh ủy|Thành ủy|lãnh đạo|[Đđ]oàn công tác của|[Đđ]oàn đại biểu của)\s+"
    r"(?:tỉnh|thành phố)(?!\s+(?-i:[A-ZĐ]))"
)
_OLD_AFTER = re.compile(r"^\s*\(?\s*cũ\b", re.IGNORECASE)
_LIST_GAP = re.compile(r"^\s*(?:,|và|;|-|–)\s*$")
_LEAD_SENTENCES = 2


def _on_date(published):
    """The dateline as a date for the era choice: '2023-04' -> 2023-04-01; a bare year says nothing."""
    if not published or len(published) < 7:
        return None
    return published if len(published) == 10 else published + "-01"


_NEW_AFTER = re.compile(r"^\s*\(\s*mới\s*\)")


def _weights(doc):
    text = doc.text
    hits = lookup.find_all(text, _on_date(doc.published))
    title_start, title_end = doc.title_span or (0, 0)
    body = [s for s in doc.sentences if s.start >= title_end]
    lead_end = body[_LEAD_SENTENCES - 1].end if len(body) >= _LEAD_SENTENCES else len(text)
    weights, first, actors = {}, {}, set()
    own_body = None
    for n, (start, end, unit) in enumerate(hits):
        before, after = text[max(0, start - 60) : start], text[end : end + 40]
        if _FOREIGN_AFTER.match(after):
            continue
        if _HOMETOWN_BEFORE.search(before):
            # people from the province living elsewhere: the province only when the text has its
            # own bodies or delegation ("Đoàn công tác của tỉnh", "UBND tỉnh") beside them
            if own_body is None:
                own_body = bool(_OWN_BODY.search(text))  # (read once: linear)
            if not own_body:
                continue
            w = 0.5
        else:
            w = 3.0 if title_start <= start < title_end else 2.0 if title_end <= start < lead_end else 1.0
        if _ACTOR_BEFORE.search(before):
            w *= 2
            actors.add((unit.era, unit.code))
        if _NEIGHBOUR_BEFORE.search(before):
            w *= 0.2
        if _OFFICE_SEAT_BEFORE.search(before):
            w *= 0.2  # "KOTRA Hà Nội", "Cơ quan Xúc tiến ... Hàn Quốc tại Hà Nội": where a foreign body's office sits
        if _MERGED_BEFORE.search(before) or _OLD_AFTER.match(after):
            w *= 0.2  # "sau khi hợp nhất với tỉnh Quảng Nam", "Quảng Nam (cũ)": a predecessor
        elif _NEW_AFTER.match(after):
            w *= 3  # "tỉnh Hưng Yên (mới)": the merged unit itself
        prev_gap = text[hits[n - 1][1] : start] if n else None
        next_gap = text[end : hits[n + 1][0]] if n + 1 < len(hits) else None
        in_list = (prev_gap is not None and _LIST_GAP.match(prev_gap)) or (
            next_gap is not None and _LIST_GAP.match(next_gap)
        )
        if (
            in_list
            and hits[n - 1 if prev_gap is not None and _LIST_GAP.match(prev_gap) else n + 1][2] != unit
        ):
            w *= 0.4
        key = (unit.era, unit.code)
        weights[key] = weights.get(key, 0.0) + w
        first.setdefault(key, (start, unit))
    return weights, first, actors


# A winner this light (one mention in the body, no actor around it) or this close to the
# runner-up is a weak clue: the activity goes to the review queue with that doubt.
_WEAK_WEIGHT = 2.0
_CLOSE_RATIO = 0.6


_FULL_DATE = re.compile(r"(?<![\d/.-])\d{1,2}[/.-](\d{1,2})[/.-](20\d\d)(?![\d/-])")


def _before_cutover(doc):
    """The lead dates the activity before 1 July 2025 ("Trong hai ngày 29 và 30/6/2025, ..." in a story
    published on 1 July): the predecessor was still the unit."""
    _start, title_end = doc.title_span or (0, 0)
    first = next((s.text for s in doc.sentences if s.start >= title_end and len(s.text.split()) >= 8), "")
    cut = lookup.CUTOVER
    # (only a date that opens the lead: not a resolution's, "Nghị quyết ... ngày 12/6/2025", further on)
    return any(
        (int(m.group(2)), int(m.group(1))) < (cut.year, cut.month) for m in _FULL_DATE.finditer(first[:80])
    )


def pick(doc):
    """The unit the activity belongs to, or None."""
    weights, first, actors = _weights(doc)
    if not weights:
        return None
    site = _masthead_unit(doc)
    if site is not None and (key := (site.era, site.code)) in weights and not actors - {key}:
        # the outlet's own province, named in the story too, against one named as often and no actor of its own
        # ("Sở Ngoại vụ tỉnh Kon Tum" over "Kon Tum là tỉnh biên giới ..." and a speaker "trình bày trực tuyến từ Hà Nội";
        # not over a neighbour whose UBND receives: regional papers report neighbours)
        weights[key] += _SITE_WEIGHT
    ranked = sorted(weights, key=lambda k: (weights[k], -first[k][0]), reverse=True)
    key = ranked[0]
    top = first[key][1]
    published = _on_date(doc.published)
    if not top.is_current and published and published >= lookup.CUTOVER.isoformat() and not _before_cutover(doc):
        # After 1 July 2025 the unit that absorbed a predecessor is the province, when the article
        # names it too: "sau khi hợp nhất tỉnh Hưng Yên và tỉnh Thái Bình", then "Thái Bình" again.
        successor = next((k for k in ranked if first[k][1].is_current and first[k][1].code == top.current_code), None)
        if successor is not None:
            key = successor
    # (the runner-up among the others: a predecessor given way to is no rival)
    runner_up = max((weights[k] for k in ranked if k not in (key, ranked[0])), default=0.0)
    if weights[key] < _WEAK_WEIGHT or runner_up >= _CLOSE_RATIO * weights[key]:
        start, unit = first[key]
        doc.doubt("province_weak", (start, start + len(unit.name)))
    return first[key][1]


# The tag a provincial paper opens its lead with ("QTO - Sáng nay ...", "(GLO)- Chiều ...",
# "(Baoquangngai.vn)- ..."), on a line of its own start.
_OUTLET_TAG = re.compile(r"(?m)^\s*\(?([A-Za-zĐđ][\w.]{1,24}?)\)?\s*[-–—]\s?(?=\s*\w)")
_SITE = re.compile(r"^(?:www\.)?(?:bao|baodientu)([a-z]{4,20})\.(?:com\.vn|gov\.vn|org\.vn|vn)$", re.IGNORECASE)


@cache
def _outlet_tags():
    return dict(parts for line in data_lines("outlets.txt") if len(parts := line.split(None, 1)) == 2)


def _outlet_province(doc):
    """The province of the paper whose tag opens the story, when the article names none
    (a paper's "UBND tỉnh" for its own province): a weak clue, sent for review."""
    title_end = doc.title_span[1] if doc.title_span else 0
    m = _OUTLET_TAG.search(doc.text, title_end, title_end + 600)
    if not m:
        return None
    tag = m.group(1)
    site = _SITE.match(tag)
    name = _outlet_tags().get(tag.upper()) or (site.group(1) if site else None)
    unit = lookup.resolve(name, _on_date(doc.published)) if name else None
    if unit is not None:
        doc.doubt("province_weak", m.span(1))
    return unit


_SITE_WEIGHT = 1.5


def _masthead_unit(doc):
    """The unit the outlet's masthead names ("Báo Quảng Ninh", "Sở Ngoại vụ tỉnh Kon Tum"), or None."""
    words = doc.masthead.split() if doc.masthead else []
    # (the whole name, then, for a paper named after its province and more ("Báo Điện Biên Phủ", "Báo
    # Hà Nội Mới"), its prefixes of two words at least)
    names = [" ".join(words[:k]) for k in range(len(words), 1, -1)] or words
    return next((u for n in names if (u := lookup.resolve(n, _on_date(doc.published))) is not None), None)


def _masthead_province(doc):
    """The province of the outlet whose masthead stands above the headline, when the story names none: a weak
    clue, sent for review."""
    unit = _masthead_unit(doc)
    if unit is not None:
        doc.doubt("province_weak", doc.title_span or (0, 0))
    return unit


def extract(doc):
    """The article's Province, or None."""
    unit = pick(doc) or _outlet_province(doc) or _masthead_province(doc)
    if unit is None:
        return None
    return Province(unit.name, unit.code, unit.current_name)
