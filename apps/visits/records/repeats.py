"""Repeated requests: is a stored request the same ask its province raised at an earlier activity?

Two requests are the same ask when they have the same category, their content words overlap
enough (a Jaccard index of at least ``settings.REQUEST_REPEAT_THRESHOLD``) and the places or
partners they name, if both name some, have one in common.

- Content words: those of the folded text (no case, no diacritics, ``apps.lib.text.fold``)
  without the formulas every ask shares (the verb of asking "đề nghị", "kiến nghị"; whom it is
  addressed to, "Bộ Ngoại giao", "Trung ương"; the support wording "quan tâm, hỗ trợ", "tạo
  điều kiện") and without function words: left in, they made unrelated asks of one article look
  alike and drowned the few words ("khai thông", "kè", a gate's name) that tell an ask apart.
- Names: the capitalised words of the text (not a sentence's first word), without the central
  bodies and province names. Asks built on one pattern differ only there ("nâng cấp cửa khẩu
  Lệ Thanh / Bu Prăng thành cửa khẩu quốc tế", "lao động sang Hàn Quốc / Nhật Bản") and score
  high on words alone.

Same province: the same unit, or a pre-2025 unit and its 2025 successor (an ask of Đắk Nông
in 2021 is raised again by Lâm Đồng in 2026). Two pre-2025 units merged into one successor
(Đắk Nông and the old Lâm Đồng) stay different provinces: each had its own asks.
"""

import re

from django.conf import settings
from django.db.models import Q

from apps.lib.text import fold
from apps.provinces.lookup import find_all
from apps.provinces.models import Province
from apps.visits.records.models import Request, ReviewState

# Folded phrases that carry no content of the ask: asking, addressing, supporting.
STOP_PHRASES = (
    "kien nghi de xuat",
    "de nghi",
    "kien nghi",
    "de xuat",
    "mong muon",
    "bo ngoai giao",
    "trung uong",
    "chinh phu",
    "thu tuong",
    "cac bo nganh",
    "bo nganh",
    "co quan",
    "tiep tuc",
    "quan tam",
    "ho tro",
    "giup do",
    "xem xet",
    "phoi hop",
    "tham muu",
    "tao dieu kien",
    "thoi gian toi",
    "dia phuong",
    "dong thoi",
    "nhan duoc",
    "ung ho",
    "chu truong",
    "bao cao",
    "chi dao",
    "som",
)
STOP_WORDS = frozenset(
    "bo cac cho cua va voi trong tinh de duoc se nhung mot so viec ve tai nay do la co khong den nhu "
    "theo nham tren vao giua hai ben cung nhieu hon nua sau khi thi ma hoac boi vi".split()
)
_STOP_PHRASE = re.compile(r"\b(?:" + "|".join(sorted(STOP_PHRASES, key=len, reverse=True)) + r")\b")

# Folded capitalised phrases that are no place or partner: central bodies (written with the
# first syllable capitalised: "Bộ Ngoại giao", "Trung ương"), generic heads of list items and
# of names ("Cửa khẩu Huổi Puốc", "Dự án ...", "Khu bảo tồn ...").
NOT_NAMES = frozenset(
    (
        "bo ngoai giao",
        "ngoai giao",
        "trung uong",
        "chinh phu",
        "thu tuong",
        "nha nuoc",
        "quoc hoi",
        "viet nam",
        "uy ban nhan dan",
        "uy ban",
        "ubnd",
        "hdnd",
        "lien hiep",
        "ban chi dao",
        "dang uy",
        "tong lanh su quan",
        "lanh su quan",
        "lanh su",
        "dai su quan",
        "so ngoai vu",
        "bo",
        "nganh",
        "cuc",
        "vu",
        "so",
        "du an",
        "khu",
        "cong van",
        "chuong trinh",
        "tinh",
        "thanh pho",
        "huyen",
        "xa",
        "cua khau",
        "dong chi",
        "vuon quoc gia",
        "cong vien",
        "le hoi",
        "hoi nghi",
        "dien dan",
    )
)
_LONGEST_NOT_NAME = max(len(p.split()) for p in NOT_NAMES)
_WORD_OR_MARK = re.compile(r"\w+(?:-\w+)*|[^\w\s]")
_SENTENCE_MARKS = frozenset(".;:!?()[]\"'“”")

LOOKBACK = 200  # earlier (or later) requests of the province and category compared, newest first


def ask_words(text_key):
    """The content words of a folded request text."""
    return frozenset(w for w in _STOP_PHRASE.sub(" ", text_key or "").split() if w not in STOP_WORDS)


def ask_names(text):
    """Folded names of places and partners in a request's text: runs of capitalised words, not
    a sentence's first word, not a central body nor a province."""
    text = text or ""
    for start, end, _unit in reversed(find_all(text)):
        text = f"{text[:start]} , {text[end:]}"  # a province is no distinguishing name
    tokens = [*_WORD_OR_MARK.findall(text), "."]
    folded = [fold(t) for t in tokens]
    skip = set()
    for i in range(len(tokens)):
        for n in range(_LONGEST_NOT_NAME, 0, -1):
            if " ".join(folded[i : i + n]) in NOT_NAMES:
                skip.update(range(i, i + n))
                break
    names, run, initial = set(), [], True
    for i, token in enumerate(tokens):
        word = token[0].isalnum()
        if word and token[0].isupper() and not initial and i not in skip:
            run.append(folded[i])
        elif run:
            names.add(" ".join(run))
            run = []
        initial = not word and token in _SENTENCE_MARKS
    return frozenset(names)


def names_agree(a, b):
    """Two asks' names agree unless each names something and they share no name (one name
    within the other counts: "Đắk Ruê" and "Đắk Ruê Chi Miết")."""
    if not a or not b:
        return True
    return any(f" {x} " in f" {y} " or f" {y} " in f" {x} " for x in a for y in b)


def similarity(a, b):
    """Jaccard index of two word sets (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def is_same_ask(new, old, *, threshold=None):
    """Whether two requests (anything with ``category``, ``text`` and ``text_key``) are the
    same ask."""
    if new.category != old.category:
        return False
    limit = settings.REQUEST_REPEAT_THRESHOLD if threshold is None else threshold
    if similarity(ask_words(new.text_key), ask_words(old.text_key)) < limit:
        return False
    return names_agree(ask_names(new.text), ask_names(old.text))


def province_units(province):
    """Ids of the units whose asks count as the province's own: itself, its 2025 successor
    if it is a pre-2025 unit, its predecessors if it is a 2025 unit (a subquery)."""
    same = Q(pk=province.pk) | Q(successor=province.pk)
    if province.successor_id:
        same |= Q(pk=province.successor_id)
    return Province.objects.filter(same).values("pk")


def makes_loop(*, request, repeat_of, steps=50):
    """Whether linking ``request`` to ``repeat_of`` would close a loop (``repeat_of`` is the
    request itself or one of its repeats): walks up from ``repeat_of``, one small query a step."""
    seen, pk = set(), repeat_of.pk
    while pk is not None and pk not in seen and len(seen) < steps:
        if pk == request.pk:
            return True
        seen.add(pk)
        pk = Request.objects.filter(pk=pk).values_list("repeat_of_id", flat=True).first()
    return False


def request_link_repeats(*, request):
    """Link a stored request into its ask's chain, as ingest sees it.

    (a) Unless an editor set its link by hand, the request is linked to the nearest earlier
    request of the same province and category that is the same ask (or to none).
    (b) Requests raised after it whose link is missing or older than it, and that are the same
    ask, are re-pointed to it: a report read out of date order still builds the chain in date
    order. Requests whose link an editor set (``repeat_locked``) are never changed.

    Two bounded reads (province units, category and date: the (province, start_date) index);
    writes only the links that change, each with a history row.
    """
    day = request.activity.start_date
    if day is None or not ask_words(request.text_key) or request.activity.review_state == ReviewState.REJECTED:
        return  # no place in a chain: undated, empty, or not public
    same_province = (
        Request.objects.public()
        .filter(activity__province__in=province_units(request.activity.province), category=request.category)
        .exclude(pk=request.pk)
        .only("id", "category", "text", "text_key")
    )
    if not request.repeat_locked:
        earlier = same_province.filter(activity__start_date__lt=day).order_by("-activity__start_date", "-id")
        found = next((r for r in earlier[:LOOKBACK] if is_same_ask(request, r)), None)
        if (found.pk if found else None) != request.repeat_of_id:
            request.repeat_of = found
            request.save(update_fields=["repeat_of"])
    later = (
        same_province.filter(activity__start_date__gt=day, repeat_locked=False)
        .filter(Q(repeat_of__isnull=True) | Q(repeat_of__activity__start_date__lt=day))
        .order_by("activity__start_date", "id")
    )
    relinked = [r.pk for r in later[:LOOKBACK] if is_same_ask(r, request)]
    for other in Request.objects.filter(pk__in=relinked, repeat_locked=False):  # whole rows: history rows
        other.repeat_of = request
        other.save(update_fields=["repeat_of"])
