"""Who leads: the signals in the text ("làm trưởng đoàn", "dẫn đầu", "chủ trì"), and the
choice among the people by the kind of the activity."""

import re

from apps.lib.text import fold
from apps.provinces import lookup

from ..cues import body_sentences
from ..kind import in_a_national_trip
from ..lexicon import UPPER, compiled
from ..record import EXPECTED_SIDE
from .lexicon import _lexicon
from .side import _LOCAL_TITLE

# "Trưởng đoàn ĐBQH tỉnh", "Trưởng đoàn Ngoại giao", "Trưởng Đoàn Lãnh sự" (the deans of the diplomatic and the consular
# corps): heads of no delegation here.
_NOT_THIS_HEAD = r"(?!\s+(?i:đbqh|đại\s+biểu\s+quốc\s+hội|ngoại\s+giao|lãnh\s+sự))"

# What comes after an official and makes him the head of a delegation or a meeting.
_LEAD_AFTER = re.compile(
    # (or standing in: "đồng chí Y, Phó Chủ tịch Thường trực UBND tỉnh đã thay mặt lãnh đạo tỉnh làm trưởng đoàn", "... đã chủ trì")
    r"^\s*(?:\([^()]{0,40}\)\s*)?[,\-–]?\s*(?:đã\s+)?(?:thay\s+mặt\s+[^,.;\n]{1,40}?\s+(?=làm\s))?(?:(?:làm|là)\s+|,\s*)?"
    r"(?:(?P<head>trưởng\s+đoàn" + _NOT_THIS_HEAD + r")|(?P<lead>dẫn\s+đầu)|"
    # ("Phó Chủ tịch UBND tỉnh X dự và chủ trì hội nghị": attends and chairs)
    r"(?P<chair>(?:(?:tham\s+|đến\s+)?dự\s+và\s+)?(?:cùng\s+|đồng\s+)?chủ\s+trì))",
    re.I,
)
_LEAD_BEFORE = re.compile(
    r"(?:sự\s+(?:đồng\s+)?chủ\s+trì\s+của|(?:đồng\s+)?chủ\s+trì:?|"
    # "Chủ trì buổi gặp gỡ có ông Nguyễn Hữu Hòa", "Chủ trì hội nghị là đồng chí ..."
    # (or a side named: "Chủ trì hội đàm phía Việt Nam là Đại tá Vàng A Sênh", the rank a title of his)
    r"(?<!\w)(?:đồng\s+)?chủ\s+trì\s+(?:buổi\s+|cuộc\s+)?(?:\w+\s+){0,5}?(?:có|là)\s+(?:ông|bà|đồng\s+chí)?)\s*$",
    re.I,
)
_WITH_DELEGATION = re.compile(r"^\s*cùng\s+(?:các\s+thành\s+viên\s+)?(?:trong\s+)?đoàn", re.I)
_OPENER = re.compile(r"phát\s+biểu\s+khai\s+mạc|khai\s+mạc\s+(?:hội\s+nghị|sự\s+kiện|chương\s+trình)", re.I)
# (the head of the province's deputies to the National Assembly holds a post, heads no delegation;
# "Trưởng đoàn đại biểu cấp cao của tỉnh" does)
_HEAD_TITLE = re.compile(r"^(?:Trưởng đoàn|trưởng đoàn)" + _NOT_THIS_HEAD)


# "ông Rakesh Venkatraman, Đại sứ đặc mệnh toàn quyền Cộng hòa Ấn Độ tại Việt Nam, trưởng đoàn, cảm ơn
# ...": "trưởng đoàn" the last item of the apposition after the name, however its posts were read.
_HEAD_APPOSITION = re.compile(
    r"\s*,[^.;:\n]{0,160}?,\s*trưởng\s+đoàn" + _NOT_THIS_HEAD + r"\s*(?:[,)]|$)", re.I
)


# "Trưởng đoàn là ông Dương Vĩ Hoa, ...": the head named after his role.
_HEAD_BEFORE = re.compile(
    # ("Trưởng đoàn: ông X", not "Phó Trưởng đoàn là ông X")
    # (or his post, opening a sentence: "Trưởng đoàn là Thứ trưởng Bộ Ngoại giao Nguyễn Đức Hiệp")
    r"(?<!\w)(?<!Phó )(?<!phó )trưởng\s+đoàn\s*(?:là\s+)?:?\s*(?:ông|bà|ngài|đồng\s+chí)\s+$|"
    # (the delegation's unit between, then "là" or a colon: "Trưởng đoàn tỉnh Kaluga là ông X", "Trưởng đoàn công tác của
    # thành phố Y: bà Z"; not "Trưởng đoàn tỉnh Nghệ An cảm ơn ông X")
    r"(?<!\w)(?<!Phó )(?<!phó )trưởng\s+đoàn(?:\s+(?:đại biểu|công tác))?\s+(?:của\s+)?(?:tỉnh|thành phố|TP\.?|bang|châu|"
    r"huyện|quận)\s+(?-i:" + UPPER + r")[\w'’]*(?:[\s-]+(?-i:" + UPPER + r")[\w'’]*){0,4}\s*(?:là|:)\s*(?:ông|bà|ngài|đồng\s+chí)\s+$|"
    # (or of one side: "Trưởng đoàn phía Trung Quốc là Thượng tá Lý Vĩnh Thanh")
    r"(?:^|[.!?]\s+|\n)(?-i:Trưởng)\s+đoàn(?:\s+phía\s+[^,.;:\n]{2,30}?)?\s*(?:là|:)\s+$",
    re.IGNORECASE
)
# "... do ông Jean-Marc Dubreuil, Phó Chủ tịch thứ nhất Hội đồng vùng Île-de-France làm trưởng đoàn":
# headed by him, however long the posts after his name (no one else named in between).
_HEADED_BY = re.compile(r"(?<!\w)do\s+(?:ông|bà|ngài|đồng\s+chí)\s+$")
_HEADED_TAIL = re.compile(r"[^.;\n]{0,200}?\s(?:làm\s+)?(?:trưởng\s+đoàn|dẫn\s+đầu)" + _NOT_THIS_HEAD, re.I)


# A head who was to lead and did not: "Theo kế hoạch, đoàn do Chủ tịch UBND tỉnh X dẫn đầu. Tuy nhiên, ...", "Do Chủ tịch UBND
# tỉnh X bận dự hội nghị trực tuyến của Chính phủ, đồng chí Y ... đã chủ trì hội nghị".
_PLANNED_BEFORE = re.compile(r"(?:theo kế hoạch|dự kiến|lẽ ra)[^.;\n]{0,60}$", re.I)
_ABSENT_AFTER = re.compile(r"^[^.;\n]{0,40}?\s(?:bận|phải ở lại|vắng mặt|không thể|có việc đột xuất)(?!\w)", re.I)
_ABSENT_BEFORE = re.compile(r"(?<!\w)(?:do|vì)\s+[^.;,\n]{0,40}$", re.I)


def _lead_signals(p, text, people):
    """Where the text says this person heads the delegation or chairs the meeting."""
    for m in p.mentions:
        end = max([m.end] + [te for ts, te in m.titles if ts >= m.end])
        begin = min([m.start] + [ts for ts, te in m.titles if te <= m.start])
        if _PLANNED_BEFORE.search(text, max(0, begin - 80), begin) or (
            _ABSENT_BEFORE.search(text, max(0, begin - 50), begin) and _ABSENT_AFTER.match(text, end, end + 80)
        ):
            continue  # the head it was to be, or one kept away: not who led
        after = text[end : end + 60]
        hit = _LEAD_AFTER.match(after)
        apposition = _HEAD_APPOSITION.match(text, m.end, m.end + 200)
        if apposition and not any(m.end < o.start < apposition.end() for q in people for o in q.mentions):
            _set_signal(p, m.start, "head")
            continue
        if hit:
            if hit.group("chair") and re.search(r"(?:cùng|đồng)\s+chủ", hit.group("chair"), re.I):
                _co_chairs(text, m, people)
            _set_signal(p, m.start, "chair" if hit.group("chair") else "head")
            continue
        if _LEAD_BEFORE.search(text[max(0, begin - 40) : begin]):
            _set_signal(p, m.start, "chair")
            continue
        if _HEAD_BEFORE.search(text[max(0, begin - 40) : begin]) or (
            _HEADED_BY.search(text[max(0, begin - 30) : begin])
            and (tail := _HEADED_TAIL.match(text, end, end + 200))
            and not any(end < o.start < tail.end() for q in people for o in q.mentions)
        ):
            _set_signal(p, m.start, "head")
            continue
        for ts, te in m.titles:
            if _HEAD_TITLE.match(text[ts : te + 20]):  # (what follows the title tells which "đoàn")
                _set_signal(p, m.start, "head")
        if _WITH_DELEGATION.match(after):
            _set_signal(p, m.start, "with")
        if _OPENER.search(text[max(0, begin - 40) : begin]):
            _set_signal(p, m.start, "opener")


# A post with no name that chairs or heads ("Phó Chủ tịch UBND tỉnh chủ trì hội nghị", "đoàn công tác
# tỉnh do Phó Chủ tịch UBND tỉnh làm trưởng đoàn"), its holder named only further on.
_BARE_POST = re.compile(
    r"(?<!\w)(?P<post>(?:Phó\s+)?(?:Chủ tịch|Bí thư|Giám đốc|Trưởng ban)(?:\s+Thường trực)?\s+"
    r"(?:UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân|Tỉnh ủy|Thành ủy|Sở Ngoại vụ|Ban Đối ngoại|Công an)"
    r"(?:\s+(?:tỉnh|thành phố|Tỉnh ủy|Thành ủy))?)\s+(?P<verb>chủ\s+trì|làm\s+trưởng\s+đoàn|dẫn\s+đầu)(?!\w)"
)
# ... or one of the posts listed in a delegation's unnamed head ("do đồng chí Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng
# đoàn Đại biểu Quốc hội tỉnh dẫn đầu").
_OWN_POST = re.compile(
    r"(?<!\w)(?:Phó\s+)?(?:Chủ tịch|Bí thư|Giám đốc)(?:\s+Thường trực)?\s+"
    r"(?:UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân|Tỉnh ủy|Thành ủy|Sở Ngoại vụ)(?!\w)"
)


def _bare_post_signals(text, people):
    """A post that chairs or heads with no name beside it passes the signal to the one person the
    article names in that post (the lead's words were "Phó Chủ tịch UBND tỉnh chủ trì hội nghị", his name
    "Phó Chủ tịch UBND tỉnh Lộc Văn Tiến" comes in the conclusion); so does the first post of the province's own
    that has one holder, among those an unnamed head is told by."""
    for m in _BARE_POST.finditer(text):
        if holder := _sole_holder(people, fold(m.group("post")), local=True):
            _set_signal(holder, m.start(), "chair" if "chu tri" in fold(m.group("verb")) else "head")
    # (its posts listed, the one heading first: "Đoàn đại biểu cấp cao tỉnh do đồng chí Ủy viên Trung ương Đảng, Bí thư
    # Tỉnh ủy, Trưởng đoàn Đại biểu Quốc hội tỉnh dẫn đầu", named further on "Bí thư Tỉnh ủy Đinh Văn Khiêm nhấn mạnh")
    for m in _unnamed_heads(text, people):
        for post in _OWN_POST.finditer(m.group("clause")):
            if holder := _sole_holder(people, fold(post.group(0)), local=True):
                _set_signal(holder, m.start(), "head")
                break


# A visiting head named by post alone in the lead ("đoàn công tác Bộ Ngoại giao do đồng chí Thứ trưởng Bộ
# Ngoại giao, Chủ nhiệm Ủy ban Biên giới quốc gia làm trưởng đoàn"), named further on ("Thứ trưởng Kha
# Đình Triệu phát biểu kết luận").
_BARE_VISITING_HEAD = re.compile(
    r"(?<!\w)do\s+(?P<clause>[^.;\n]{3,150}?)\s(?:làm\s+trưởng\s+đoàn|dẫn\s+đầu)(?!\w)"
)
# (the post nearest "làm trưởng đoàn" first: "do đồng chí Ủy viên Trung ương Đảng, Chủ nhiệm Ủy ban Đối
# ngoại làm trưởng đoàn", "do Thượng tướng, Thứ trưởng Bộ Quốc phòng làm trưởng đoàn")
_VISITING_POST = re.compile(
    # (or a foreign locality's head: "do bà Phó Thống đốc tỉnh dẫn đầu")
    r"(?<!\w)(?:Phó\s+)?(?:Bộ trưởng|Thứ trưởng|Chủ nhiệm|Cục trưởng|Vụ trưởng|Trưởng ban|Đại sứ|Tổng Giám đốc|Thống đốc|"
    r"Tỉnh trưởng|Thị trưởng|Đô trưởng|Châu trưởng)(?!\w)"
)


def _unnamed_heads(text, people):
    """The "do ... dẫn đầu" clauses of the article's opening with no name in them (a name stands in the others: an
    ordinary mention, read by its own signals)."""
    for m in _BARE_VISITING_HEAD.finditer(text, 0, 2000):
        if not any(m.start() < o.start < m.end() for q in people for o in q.mentions):
            yield m


def _bare_visiting_post_signals(text, people):
    """The one visitor holding the post that heads the delegation with no name beside it heads it."""
    for m in _unnamed_heads(text, people):
        for post in reversed(list(_VISITING_POST.finditer(m.group("clause")))):
            if holder := _sole_holder(people, fold(post.group(0)), local=False):
                _set_signal(holder, m.start(), "head")
                break


def _sole_holder(people, post, local, fits=None):
    """The one person (the province's own when ``local``, else a visitor) with a title opening with
    the folded ``post`` that ``fits``, or None when none or several do."""
    holders = [
        q for q in people
        if (q.side == "local") == local and any(fold(t).startswith(post) and (fits is None or fits(t)) for t in q.titles)
    ]
    return holders[0] if len(holders) == 1 else None


# A guest received by post alone in the lead ("đã tiếp xã giao tân Đại sứ đặc mệnh toàn quyền Đại Hàn Dân
# Quốc tại Việt Nam cùng đoàn", "tiếp Trưởng Đại diện JICA tại Việt Nam"), named further on.
_RECEIVED_POST = re.compile(
    # (the post after an honorific too: "đã tiếp và làm việc với bà Đại sứ Australia tại Việt Nam")
    r"(?<!\w)(?:tiếp(?: xã giao| và làm việc với| thân mật)?|đón|hội kiến|làm việc với)\s+(?:(?:[Ôô]ng|[Bb]à|[Nn]gài)\s+)?(?:tân\s+)?"
    r"(?P<post>Đại sứ|Tổng Lãnh sự|Lãnh sự|Trưởng [Đđ]ại diện|Giám đốc quốc gia|Phó Thống đốc|Thống đốc|"
    r"Phó Tỉnh trưởng|Tỉnh trưởng|Phó Thị trưởng|Thị trưởng|Đô trưởng|Bộ trưởng|Thứ trưởng)(?!\w)"
)


def _received_post_signals(text, people):
    """The one visitor holding the post the lead receives with no name beside it heads the visit: the
    companions named first do not ("Đi cùng Đại sứ có ông Jang Sung-il, Giám đốc ...")."""
    countries = _lexicon().countries
    for m in _RECEIVED_POST.finditer(text, 0, 1500):  # (the headline and the lead, not the related stories)
        if any(m.end() < o.start <= m.end() + 30 for q in people for o in q.mentions):
            continue  # the name follows: an ordinary mention, read by its own signals
        # (the post's country, when written, is the holder's: "Tổng Lãnh sự Hàn Quốc" is not Australia's)
        named = countries.search(re.split(r"\n|,| tại | cùng | và ", text[m.end() : m.end() + 80])[0])
        fits = _of_country(named.group(0), countries) if named else None
        if holder := _sole_holder(people, fold(m.group("post")), local=False, fits=fits):
            _set_signal(holder, m.start(), "head")


def _of_country(country, countries):
    """A test of a title: it names ``country``, or no country at all."""
    return lambda title: country in title or not countries.search(title)


def _co_chairs(text, last, people):
    """ "A - ...; B - ... cùng chủ trì", "A và B đồng chủ trì": everyone named before the verb
    in that sentence chairs; the first named comes first."""
    start = max(text.rfind(".", 0, last.start), text.rfind("\n", 0, last.start)) + 1
    for q in people:
        for m in q.mentions:
            if start <= m.start < last.start:
                _set_signal(q, m.start, "chair")


_SIGNAL_RANK = {"head": 0, "chair": 0, "with": 1, "opener": 1}


def _set_signal(p, pos, kind):
    """Keep the strongest signal, and of equal ones the first in the text."""
    rank = _SIGNAL_RANK[kind]
    old = _SIGNAL_RANK.get(p.lead_kind, 9)
    if rank < old or (rank == old and pos < p.lead_signal):
        p.lead_signal, p.lead_kind = pos, kind


def _elsewhere(p, province):
    """A Vietnamese official of another province than the article's ("Bí thư Tỉnh ủy Tây
    Ninh" in a Long An story): not the first choice for its lead."""
    if not province or p.side != "local":
        return False
    for t in p.titles:
        for _s, _e, unit in lookup.find_all(t):
            if fold(unit.name) != fold(province) and fold(unit.current_name) != fold(province):
                return True
    return False


_SIGNING = re.compile(r"\bký kết\b|\blễ ký\b", re.I)
_ENVOY_TITLE = re.compile(r"(?:Đại sứ|Tổng Lãnh sự|Lãnh sự)(?!\w)")
_PROVINCIAL_POST = re.compile(r"Tỉnh ủy|Thành ủy|UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân")


# The lead names a visiting delegation (whose head, unnamed, is the lead).
_VISITING = re.compile(r"\b[Đđ]oàn\b")


def _opening(doc):
    """The title and the first sentence of the story."""
    body = doc.body[:1]
    return "\n".join([doc.title, *(s.text for s in body)])


def _lead(doc, kind, province, people, organization):
    """The Person who leads the delegation or chairs the activity (``province``: its name)."""
    if not people:
        return None
    # Officials of another Vietnamese province go last; sorted() keeps the order otherwise.
    people = sorted(people, key=lambda p: _elsewhere(p, province))
    want = EXPECTED_SIDE.get(kind)
    signalled = sorted(
        (p for p in people if p.lead_kind in ("head", "chair")),
        key=lambda p: (_elsewhere(p, province), p.lead_signal),
    )
    if kind == "provincial_event":
        chairs = [p for p in signalled if p.lead_kind == "chair"]
        if chairs:
            return chairs[0]
    if kind == "foreign_delegation" and province and (own := _own_delegation_at_mission(doc, province, signalled)):
        return own
    same = [p for p in signalled if p.side == want and not _elsewhere(p, province)]
    if same:
        return same[0]
    if kind in ("central_delegation", "foreign_delegation"):
        other = [p for p in signalled if p.side != "local"]
        if other:
            return other[0]
        # The head of the visiting delegation whose titles say nothing of a province ("ông X,
        # Phó Chủ nhiệm Ủy ban làm Trưởng đoàn"): "local" was only the default side.
        heads = [
            p for p in signalled
            if p.lead_kind == "head" and not any(_LOCAL_TITLE.search(t) for t in p.titles + p.places)
        ]
        if heads:
            return heads[0]
        # No visitor heads anything, and the province's own delegation has its head ("đoàn công
        # tác tỉnh X do Chủ tịch UBND tỉnh dẫn đầu đã làm việc với Bộ Ngoại giao"): the province
        # travelled to the ministry, and the head of that travelling delegation leads.
        # (only when the story opens so: a trip of the province's told further down, past or
        # planned, does not take the lead from the ministry's visitor)
        if kind == "central_delegation" and not any(p.side != "local" for p in signalled) and province:
            first = body_sentences(doc)[:1]
            # ("Đoàn công tác của UBND tỉnh Gia Lai do", "tỉnh Gia Lai, do", "... gồm lãnh đạo các sở do")
            opens = first and _own_delegation_headed(first[0].text, province)
            own = [
                p for p in signalled
                if p.lead_kind == "head" and not _elsewhere(p, province)
                and first[0].start <= p.lead_signal < first[0].end
            ] if opens else []
            if own:
                return own[0]
    if kind == "provincial_event" and organization:
        # The organising body's head: "Giám đốc Sở Ngoại vụ" for a Sở Ngoại vụ meeting.
        core = fold(re.sub(r"\s+(?:tỉnh|thành phố|TP\.?)\s+.*$", "", organization))
        heads = [
            p
            for p in people
            if p.side == "local"
            and any(_heads_body(fold(t), core) for t in p.titles)
        ]
        if heads:
            return heads[0]
    lead4 = "\n".join(s.text for s in body_sentences(doc)[:4])
    if kind in ("central_delegation", "foreign_delegation") and _unnamed_head(lead4, people):
        # "Đoàn do Phó Chủ tịch Hội đồng vùng phụ trách quan hệ quốc tế dẫn đầu": its head is told by his post only,
        # and no one named holds it; another of its members is no lead
        return None
    weak = sorted((p for p in people if p.lead_kind in ("with", "opener")), key=lambda p: p.lead_signal)
    weak = [p for p in weak if p.side == want and not _elsewhere(p, province)]
    if weak:
        return weak[0]
    if signalled and kind == "outbound_delegation":
        # (a head read for Vietnam's ambassador or for the host, "Đại sứ Phạm Quang Hưng cho biết ...", leads no province's
        # trip when the province's own leader is named with a provincial post: "Chủ tịch UBND tỉnh Lâm Đồng Võ Ngọc Sơn")
        hosts = [
            p for p in people
            if p.side == "local" and not _elsewhere(p, province) and any(_PROVINCIAL_POST.search(t) for t in p.titles)
        ]
        # (not a head the text names, "do Bộ trưởng ... dẫn đầu": only Vietnam's envoy read as one)
        # (nor the foreign host read as a head: "Chủ tịch UBND tỉnh ... làm việc với Thị trưởng thành phố Gyeongju", the trip's
        # own leader named in a provincial post)
        # (not a foreign head the text names as such, "do Quận trưởng Song In-heon dẫn đầu": his delegation's visit)
        # (nor the national leader whose delegation the province's leader is in, nor the host he meets there, his own meeting
        # told: "Trong khuôn khổ chuyến thăm ... Trung Quốc của Đoàn đại biểu cấp cao Quốc hội ... do Chủ tịch Quốc hội ... dẫn
        # đầu, ..., đồng chí ..., Bí thư Tỉnh ủy Lào Cai, thành viên đoàn, đã có buổi hội kiến với ...")
        first = body_sentences(doc)[:1]
        if signalled[0].side != "local" and hosts and (
            (signalled[0].side == "foreign" and not _named_as_head(doc.text, signalled[0]))
            or any(_ENVOY_TITLE.match(t) for t in signalled[0].titles)
            or (first and in_a_national_trip(first[0].text))
        ):
            return hosts[0]
        return signalled[0]
    # Fallbacks: officials with a title first; an untitled name is a weak guess for a lead.
    titled = [p for p in people if p.titles] or people
    if kind in ("central_delegation", "foreign_delegation"):
        # A visitor whose title was not read ("ông Jeff Oakes, Giám đốc quốc gia Tổ chức ...")
        # is still a better lead than a host with a title.
        side = "central" if kind == "central_delegation" else "foreign"
        for group in (titled, people):
            cand = [p for p in group if p.side == side] or [p for p in group if p.side != "local"]
            if cand:
                return cand[0]
        opening = _opening(doc)
        if kind == "foreign_delegation" and _SIGNING.search(opening) and not _VISITING.search(opening):
            # A signing with foreign localities whose leaders go unnamed ("lãnh đạo 4 tỉnh Nam
            # Lào"): the province's own leader who signs and hosts it stands for the ceremony
            # (a guess, for the review queue). A plain reception keeps no lead.
            hosts = [
                p for p in titled
                if p.side == "local" and not _elsewhere(p, province)
                and any(_PROVINCIAL_POST.search(t) for t in p.titles)
            ]
            return hosts[0] if hosts else None
        return None
    cand = [p for p in titled if p.side == "local"]
    return cand[0] if cand else None


# The delegation's head told in the opening: "do <who> dẫn đầu", "do <who> làm trưởng đoàn".
_HEADED = re.compile(r"(?<!\w)do\s+(?P<who>[^.;\n]{3,120}?)\s+(?:dẫn đầu|làm trưởng đoàn|làm Trưởng đoàn)(?!\w)")


def _own_delegation_headed(sentence, province):
    """ "Đoàn công tác của UBND tỉnh Gia Lai do", "tỉnh Gia Lai, do", "... gồm lãnh đạo các sở do": the province's own delegation,
    its head told next."""
    return compiled(
        r"[Đđ]oàn (?:công tác|đại biểu)[^.;\n]{0,40}?" + re.escape(province) + r"(?![\w ]{0,3}\()[,\s]+(?:gồm[^.;\n]{0,60}?\s)?do\b"
    ).search(sentence)


# A foreign mission, where the meeting is or whom the delegation calls on: "tại trụ sở Đại sứ quán Hàn Quốc ở Hà Nội", "đã
# đến thăm, chúc mừng Đại sứ quán nước Cộng hòa Dân chủ Nhân dân Lào tại Việt Nam"
_AT_MISSION = re.compile(r"(?<!\w)(?:Đại sứ quán|Tổng Lãnh sự quán|Lãnh sự quán)\b")


def _own_delegation_at_mission(doc, province, signalled):
    """The province's own delegation calling at a foreign mission, its head named in the lead sentence ("Chiều 16/4, tại
    trụ sở Đại sứ quán Hàn Quốc ở Hà Nội, đoàn công tác của tỉnh Bắc Giang do đồng chí ... làm trưởng đoàn đã có buổi làm
    việc với ngài ..., Đại sứ") or further on: the visiting delegation is the province's, and its head leads."""
    first = body_sentences(doc)[:1]
    if not first or not _AT_MISSION.search(first[0].text):
        return None
    headed = _own_delegation_headed(first[0].text, province)
    # (or the delegation calls on the mission, its head named further on: "đoàn công tác của tỉnh Quảng Ngãi đã đến thăm và làm
    # việc với Đại sứ quán Nhật Bản tại Việt Nam" then "Đồng chí ..., Chủ tịch UBND tỉnh, trưởng đoàn, đề nghị ..."; "Phó Chủ tịch
    # UBND thành phố ... dẫn đầu đoàn lãnh đạo thành phố đến thăm, chúc Tết ... tại trụ sở Tổng Lãnh sự quán ...")
    calls = compiled(
        r"[Đđ]oàn (?:công tác|đại biểu|lãnh đạo)(?: của)?\s+(?:(?:tỉnh|thành phố|TP\.?)\s*(?:" + re.escape(province)
        + r"|(?!\s*" + UPPER + r")))"
        r"[^.;\n]{0,40}?\s(?:đã\s+)?(?:đến\s+|tới\s+)?(?:thăm|chúc [Tt]ết|làm việc với)\b[^.;\n]{0,120}?"
        r"(?:Đại sứ quán|Tổng Lãnh sự quán|Lãnh sự quán)"
    ).search(first[0].text)
    if not (headed or calls):
        return None
    own = [
        p for p in signalled
        if p.lead_kind == "head" and p.side == "local" and not _elsewhere(p, province)
        and (calls or first[0].start <= p.lead_signal < first[0].end)
    ]
    return own[0] if own else None


def _named_as_head(text, person):
    """ "do <titles> <person> dẫn đầu": the text names him the delegation's head."""
    return any(person.name in m.group("who") for m in _HEADED.finditer(text))


def _unnamed_head(opening, people):
    """The opening says who heads the delegation by a post alone, naming no one."""
    m = _HEADED.search(opening)
    if not m or any(p.name in m.group("who") for p in people):
        return False
    who = m.group("who")
    post = " ".join(re.sub(r"^(?:ông|bà|ngài|đồng chí)\s+", "", who, flags=re.I).split()[:2]).lower()
    # (nor a post someone named holds: "do Phó Thống đốc tỉnh dẫn đầu" then "Phó Thống đốc Kim A cho biết")
    return not any(t.lower().startswith(post) for p in people if p.side != "local" for t in p.titles)


def _heads_body(title, core):
    """A (folded) title heads the (folded) body: "giam doc so ngoai vu" heads "so ngoai vu", and
    "truong ban chi dao" the "ban chi dao cong tac doi ngoai" it names shortly."""
    m = re.match(r"(?:giam doc|chu tich|truong(?= ban)|bi thu)\s+(.*)$", title)
    if not m:
        return False
    part = m.group(1)
    return core in title or (len(part.split()) >= 3 and core.startswith(part))
