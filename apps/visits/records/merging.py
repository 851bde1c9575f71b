"""Reads for merging duplicate officials or partner localities: what each selected record
holds, so an editor sees what moves before confirming. The writes are
``services.official_merge`` and ``services.partner_merge``.

A fixed number of queries whatever the number of activities: counts are grouped, the first
activities of each record come from one windowed query, titles and ties from one query each.
"""

import re
from dataclasses import dataclass, field

from django.db.models import Count, F, Window
from django.db.models.functions import RowNumber

from apps.lib.text import name_key
from apps.provinces import lookup
from apps.visits.records.models import (
    Activity,
    ActivityPartner,
    Country,
    Official,
    Participation,
    PartnerTie,
    Title,
)

SHOWN = 10  # activities listed per record; the rest are counted


def merged_variants(*, keep, others):
    """The kept record's spellings after a merge: the others' names first (the spellings a
    later ingest must resolve, kept at the front of the folded search column), then every
    variant already known; one per name key, never the kept name itself."""
    seen = {name_key(keep.name)}
    result = []
    spellings = [*(o.name for o in others), *keep.variants, *(v for o in others for v in o.variants)]
    for spelling in spellings:
        key = name_key(spelling)
        if spelling and key not in seen:
            seen.add(key)
            result.append(spelling)
    return result


@dataclass
class MergeEntry:
    """What one selected record holds; all of it moves to the kept record when it is not kept."""

    record: object
    activity_count: int = 0
    activities: list = field(default_factory=list)  # the first SHOWN, newest first
    led_count: int = 0  # officials: activities it leads
    titles: list = field(default_factory=list)  # officials: distinct titles it held
    ties: list = field(default_factory=list)  # partners: its ties with provinces
    shared: list = field(default_factory=list)  # activities another selected record is also in

    @property
    def more(self):
        return max(self.activity_count - len(self.activities), 0)

    @property
    def spellings(self):
        return [self.record.name, *self.record.variants]


@dataclass
class MergePreview:
    keep: MergeEntry
    others: list

    @property
    def entries(self):
        return [self.keep, *self.others]

    @property
    def suggested(self):
        """The record to keep unless the editor chooses otherwise: the one with most activities
        (the oldest of those on a tie)."""
        return min(self.entries, key=lambda e: (-e.activity_count, e.record.pk)).record


def merge_preview(*, keep, others):
    """What merging ``others`` into ``keep`` would move, per record (kept one first)."""
    records = [keep, *(o for o in others if o.pk != keep.pk)]
    entries = {r.pk: MergeEntry(record=r) for r in records}
    if isinstance(keep, Official):
        _fill_officials(entries)
    else:
        _fill_partners(entries)
    return MergePreview(keep=entries[keep.pk], others=[entries[r.pk] for r in records[1:]])


def _fill_activities(entries, links, owner):
    """Counts, first activities and shared activities from a link table (participations or
    partner mentions) whose ``owner`` field points at the selected records."""
    ids = list(entries)
    rows = links.filter(**{f"{owner}__in": ids})
    for row in rows.values(owner).annotate(n=Count("id")).order_by():
        entries[row[owner]].activity_count = row["n"]
    first = (
        rows.select_related("activity__province")
        .defer("activity__search_text")
        .annotate(
            rank=Window(
                RowNumber(),
                partition_by=[F(owner)],
                order_by=[F("activity__start_date").desc(nulls_last=True), F("activity_id").desc()],
            )
        )
        .filter(rank__lte=SHOWN)
        .order_by(owner, "rank")
    )
    for link in first:
        entries[getattr(link, f"{owner}_id")].activities.append(link.activity)
    shared = (
        rows.values("activity").annotate(n=Count(owner, distinct=True)).filter(n__gt=1).values("activity")
    )
    for link in rows.filter(activity__in=shared).select_related("activity__province").order_by("activity_id"):
        entries[getattr(link, f"{owner}_id")].shared.append(link.activity)


def _fill_officials(entries):
    _fill_activities(entries, Participation.objects.all(), "official")
    led = Activity.objects.filter(lead__in=list(entries)).values("lead").annotate(n=Count("id")).order_by()
    for row in led:
        entries[row["lead"]].led_count = row["n"]
    titles = (
        Title.objects.filter(participation__official__in=list(entries))
        .values_list("participation__official", "title_key", "title")
        .order_by("participation__official", "title")
    )
    seen = set()
    for official, key, title in titles:
        if (official, key) not in seen:
            seen.add((official, key))
            entries[official].titles.append(title)


def _fill_partners(entries):
    _fill_activities(entries, ActivityPartner.objects.all(), "partner")
    ties = PartnerTie.objects.filter(partner__in=list(entries)).select_related("province")
    for tie in ties.order_by("partner", "-activity_count", "province__name"):
        entries[tie.partner_id].ties.append(tie)


# The words an office's name starts with in a title: "Thứ trưởng Bộ Ngoại giao" holds office at
# "Bộ Ngoại giao", "Chủ tịch UBND tỉnh Kon Tum" at "UBND tỉnh Kon Tum".
OFFICE = re.compile(
    r"\b(?:Bộ|Ban|[UỦ][yỷ] ban|UBND|HĐND|Hội đồng|Sở|Tỉnh [uủ][yỷ]|Thành [uủ][yỷ]|Đảng [uủ][yỷ]|Đại sứ quán"
    r"|Tổng lãnh sự quán|Lãnh sự quán|Tổng cục|Cục|Văn phòng|Quốc hội|Chính phủ|Mặt trận|Học viện|Viện)\b.*"
)


@dataclass
class MergeConflict:
    """Two selected records that may not be one: what each names (offices, provinces or a country)."""

    what: str  # "office", "province" or "country"
    first: object
    first_names: list
    second: object
    second_names: list


def _named(titles, find):
    """``{key: name as first written}`` of what ``find`` reads in each title."""
    found = {}
    for title in titles:
        for name in find(title):
            found.setdefault(name_key(name), name)
    return found


def _offices(title):
    match = OFFICE.search(title)
    return [match.group(0).strip(" ,.;")] if match else []


def _provinces(title):
    return [unit.name for _start, _end, unit in lookup.find_all(title)]


def merge_conflicts(records):
    """The pairs of selected records whose merge needs a second confirmation: officials whose
    titles name offices, or provinces, none of which they share; partner localities of
    different countries. Records that name none are no conflict. One query."""
    conflicts = []
    if records and isinstance(records[0], Official):
        titles = {r.pk: [] for r in records}
        rows = Title.objects.filter(participation__official__in=list(titles)).order_by("participation__official", "id")
        for official, title in rows.values_list("participation__official", "title"):
            titles[official].append(title)
        for what, find in (("office", _offices), ("province", _provinces)):
            named = [(r, _named(titles[r.pk], find)) for r in records]
            conflicts += _disjoint(what, named)
        return conflicts
    names = dict(Country.objects.filter(pk__in={r.country_id for r in records}).values_list("pk", "name"))
    named = [(r, {r.country_id: names[r.country_id]} if r.country_id else {}) for r in records]
    return _disjoint("country", named)


def _disjoint(what, named):
    conflicts = []
    for i, (first, theirs) in enumerate(named):
        for second, others in named[i + 1:]:
            if theirs and others and not theirs.keys() & others.keys():
                conflicts.append(MergeConflict(what, first, list(theirs.values()), second, list(others.values())))
    return conflicts
