"""Officials with their titles, the lead, the leading organization.

How a person is found. NER alone tags "đồng chí Lê Hoài Trung" as a place, so names are read
from capitalised runs instead:
1. every run of capitalised words is a possible name: a Vietnamese one when it starts with a
   family name (``apps/lib/data/surnames.txt``; a place written before it, "tỉnh Hà Nam Phạm Sỹ Lợi",
   is cut off), a foreign one otherwise ("Song Han Jun", "Ạ-nu-phạp Tu-na-lôm");
   provinces, countries and places the article itself names ("tỉnh Sê Kông (Lào)") are not;
2. names are masked and title phrases are read around them: a head from ``titles.txt``
   followed by organisation words ("Thứ trưởng Bộ Ngoại giao"), before the name or after it
   ("Lê Hoài Trung, Ủy viên Trung ương Đảng, Thứ trưởng ...");
3. a name is an official when some mention of it carries a title or an honorific (đồng chí,
   ông, bà, ngài); a foreign-looking run needs a stronger hold (an honorific, a bare title
   head right before it, or a title right after it) because place and event names look the
   same; a plain enumeration of names next to an official ("và Nam Jong Sub, Choi Jong Hyun,
   Kim Jang Il") is taken whole.
Bylines and credits are gone already (clean.py); an untitled bare name is never taken.

The side comes from the titles: a foreign country or a foreign-only title (Tỉnh trưởng, Đô
trưởng, Hạ nghị sĩ) or a non-Vietnamese name -> foreign, except "Việt Nam tại ..." (Vietnam's
own envoys abroad: central); provincial bodies (Tỉnh ủy, UBND, HĐND, Sở) -> local; the rest
(ministries, Quốc hội, Chính phủ) -> central.

The lead is who "làm trưởng đoàn", "dẫn đầu", "chủ trì" (the side the kind expects first);
failing that, by kind: the first visiting official (central or foreign), the first local one
for a delegation abroad, the head of the organising body for the province's own event.

The package: lexicon.py (the word lists), names.py (steps 1 and 3), titles.py (step 2),
side.py, lead.py; the organization field is extract/organization.py.
"""

import re

from apps.lib import surnames
from apps.lib.text import fold, name_key

from ..organization import extract as find_organization
from ..record import Official, People
from .lead import (
    _bare_post_signals,
    _bare_visiting_post_signals,
    _lead,
    _lead_signals,
    _received_post_signals,
)
from .names import Person, _anchor, _candidates, _enumerations, _join_hyphenated
from .side import _foreign_delegation_heads, _inherit_sides, _side, delegation_members
from .titles import _attach_titles, _clean_title, _dedupe_titles, _passing, _place_tail

__all__ = ["extract"]


def _people(text):
    """Every official the text names, in text order: Persons with titles, side, lead signal."""
    mentions = _join_hyphenated(text, _candidates(text))
    _attach_titles(text, mentions)
    _anchor(text, mentions)
    _enumerations(text, mentions)
    people = {}
    for m in mentions:
        key = name_key(m.name)
        p = people.get(key)
        if p is None:
            p = people[key] = Person(m.name, key)
        p.mentions.append(m)
    _merge_short_forms(people)
    _merge_aliases(text, people)
    out = []
    for p in people.values():
        if not any(m.anchored for m in p.mentions) or _passing(text, p):
            continue
        seen = set()
        for m in p.mentions:
            for ts, te in m.titles:
                # (not inside a department's name: "Sở Lao động - Thương binh và Xã hội")
                for part in re.split(r"\s+[-–]\s+(?!Thương binh và Xã hội|Thể thao và Du lịch|Ngân sách)", text[ts:te]):
                    t = _clean_title(part)
                    if t and fold(t) not in seen:
                        seen.add(fold(t))
                        p.titles.append(t)
            if m.titles and (tail := _place_tail(text, m)):
                p.places.append(tail)
        p.titles = _dedupe_titles(p.titles)
        p.side = _side(p, text)
        out.append(p)
    out.sort(key=lambda p: p.start)
    _inherit_sides(text, out)
    _foreign_delegation_heads(text, out)
    for p in out:
        _lead_signals(p, text, out)
    _bare_post_signals(text, out)
    _bare_visiting_post_signals(text, out)
    _received_post_signals(text, out)
    return out


def _join(people, key, person):
    """The mentions of ``people[key]`` become ``person``'s, in text order; the key is gone."""
    person.mentions = sorted(person.mentions + people.pop(key).mentions, key=lambda m: m.start)


_ALIAS_AFTER = re.compile(r"\s*\(([^()\n]{3,60})\)")


def _merge_aliases(text, people):
    """A name with its other spelling in brackets is one person, however the article calls him next: "Ngài
    Na-ca-mu-ra Ta-kê-si (Nakamura Takeshi), Thống đốc tỉnh ..." then "Thống đốc Nakamura Takeshi"."""
    for key in list(people):
        p = people.get(key)
        if p is None:
            continue
        for m in list(p.mentions):
            alias = _ALIAS_AFTER.match(text, m.end)
            other = name_key(alias.group(1)) if alias else None
            if other and other != key and other in people:
                _join(people, other, p)


def _join_the_one_longer(people, longer_of):
    """Each name that ``longer_of`` (a part of two words or more -> the names holding it) takes to exactly one longer name
    still in ``people`` joins that person."""
    for key in list(people):
        longer = [k for k in longer_of.get(key, ()) if k in people]
        if len(longer) == 1:
            _join(people, key, people[longer[0]])


def _merge_short_forms(people):
    """A name of two words or more that ends exactly one longer name of the text is that person
    called shortly: "bà Sa Rươne" after "bà Thạch Thị Sa Rươne", "ông Sô Phênh" after "Thạch Sô
    Phênh" (Khmer and compound given names). Its mentions join the full name's."""
    ends = {}  # a name's ending of two words or more -> the longer names that end so (an index: linear)
    for key in people:
        words = key.split()
        for k in range(1, len(words) - 1):
            ends.setdefault(" ".join(words[k:]), []).append(key)
    _join_the_one_longer(people, ends)
    # ... and a Highlands name without its family name, last in it: "đồng chí Y Khuê" after "đồng chí Y Khuê Niê" (the
    # opening "Y", "H'", "K'" and the given name begin exactly one longer name)
    starts = {}  # a Highlands name's opening of two words or more -> the longer names that open so (an index: linear)
    for key in people:
        words = key.split()
        if words[0] in ("y", "h", "k"):
            for k in range(2, len(words)):
                starts.setdefault(" ".join(words[:k]), []).append(key)
    _join_the_one_longer(people, starts)
    # ... and a Western or a Latin American name by its given names alone: "Ông Luis Alberto" after "Ngài Luis Alberto
    # Cabrera Fonseca" (the first two words of exactly one name of four words or more, not a Vietnamese family name first)
    openings = {}
    for key in people:
        words = key.split()
        if len(words) >= 4 and not surnames.is_family_name(people[key].name.split()[0]):
            openings.setdefault(" ".join(words[:2]), []).append(key)
    _join_the_one_longer(people, openings)
    # ... and one written with the initials of its given names: "Đại sứ A. K. Raghavan" after "Đại sứ Arun Kumar
    # Raghavan" (the same last word, each initial a given name's first letter)
    by_last = {}
    for key in people:
        by_last.setdefault(key.split()[-1], []).append(key)
    for key in list(people):
        words = key.split()
        if len(words) < 2 or not all(len(w) == 1 for w in words[:-1]):
            continue
        fuller = [
            k for k in by_last.get(words[-1], ()) if k != key and k in people
            and len(k.split()) == len(words) and all(a[0] == b for a, b in zip(k.split()[:-1], words[:-1], strict=True))
        ]
        if len(fuller) == 1:
            _join(people, key, people[fuller[0]])


def extract(doc, kind, province):
    """The People of an activity of ``kind`` in ``province`` (a Province, or None): the
    organization, the lead and the other officials."""
    province = province.name if province else None
    people = _people(doc.text)
    if doc.title_span and doc.title_span[0] > 0:
        # named only above the headline: a portal's widgets (its leaders' week, other stories)
        people = [p for p in people if any(m.start >= doc.title_span[0] for m in p.mentions)]
    lead = _lead(doc, kind, province, people, None)
    if kind == "central_delegation" and lead is not None and lead.side == "central":
        delegation_members(doc.text, people, "central")
    organization = find_organization(doc, kind, province, lead, people)
    if kind == "provincial_event":
        # The organising body's head chairs its event: re-read the lead with the body known.
        lead = _lead(doc, kind, province, people, organization)
    if lead is not None and lead.lead_kind not in ("head", "chair"):
        # No "trưởng đoàn", "dẫn đầu" or "chủ trì" names this person: the lead is a guess.
        doc.doubt("lead_guessed", (lead.mentions[0].start, lead.mentions[0].end))
    officials = [
        Official(p.name, p.titles, p.side, [p.mentions[0].start, p.mentions[0].end]) for p in people if p is not lead
    ]
    return People(organization, Official(lead.name, lead.titles, lead.side) if lead else None, officials)
