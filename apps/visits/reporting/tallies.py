"""Counts kept by database triggers (the SQL is in triggers.py): activities by province, kind,
state and year or month, officials by province, requests by province and category. Whole-archive
counts and facets read these few thousand rows instead of scanning every activity."""

import datetime as dt

from django.db import connection, models
from django.db.models import Sum

from apps.provinces.models import Era, Province
from apps.visits.records.choices import ReviewState
from apps.visits.records.models import InProvinceMixin, Official, PartnerLocality, PublicQuerySet


class _Summed:
    """Tally rows whose ``n`` columns add up to a count."""

    def total(self):
        return self.aggregate(n=Sum("n"))["n"] or 0


class TallyQuerySet(_Summed, InProvinceMixin, PublicQuerySet):
    pass


class ActivityTallyQuerySet(TallyQuerySet):
    def facet_counts(self):
        """Like ActivityQuerySet.facet_counts, from the tally."""
        facets = {"kind": {}, "region": {}, "review_state": {}}
        rows = self.order_by().values_list("kind", "province__region", "review_state").annotate(total=Sum("n"))
        for kind, region, state, n in rows:
            for name, value in (("kind", kind), ("region", region), ("review_state", state)):
                if n:
                    facets[name][value] = facets[name].get(value, 0) + n
        return facets

    def per_province(self):
        rows = self.order_by().values_list("province_id").annotate(total=Sum("n"))
        return {province_id: n for province_id, n in rows if n}

    def per_year(self):
        """[{"period": 1 January, "n": count}] of dated activities, as ActivityQuerySet.per_period."""
        rows = self.filter(year__gt=0).order_by("year").values_list("year").annotate(total=Sum("n"))
        return [{"period": dt.date(year, 1, 1), "n": n} for year, n in rows if n]

    def undated(self):
        return self.filter(year=0).total()


class SplitTally:
    """The counts of a date range that does not fall on whole years ("from 15/03/2020"): the
    tally rows of the whole years inside it (ActivityTally), of the whole months of its cut
    years (ActivityMonthTally), and the activities of its cut months counted row by row: at
    most two months of rows are read, not the whole range (nor, as before, two whole years).
    Offers what the list, its facets, the map and the API read of a tally."""

    def __init__(self, tallies, partial):
        self.tallies = tallies  # ActivityTally / ActivityMonthTally rows of the whole periods
        self.partial = partial  # the filtered activities of the cut months, or None
        self._facets = None

    def _parts(self):
        return [*self.tallies, *([self.partial] if self.partial is not None else [])]

    def total(self):
        """The sum of the kinds' facet (every activity has one kind): no query of its own beside
        the facets, which a list reads anyway (a list page stays within ten queries)."""
        return sum(self.facet_counts()["kind"].values())

    @staticmethod
    def _add(into, more):
        for key, n in more.items():
            into[key] = into.get(key, 0) + n
        return into

    def facet_counts(self):
        if self._facets is None:
            facets = {"kind": {}, "region": {}, "review_state": {}}
            for part in self._parts():
                for name, values in part.facet_counts().items():
                    self._add(facets[name], values)
            self._facets = facets
        return {name: dict(values) for name, values in self._facets.items()}

    def per_province(self):
        counts = {}
        for part in self._parts():
            self._add(counts, part.per_province())
        return counts

    def per_year(self):
        """As ActivityTallyQuerySet.per_year: the whole years', months' and cut months' rows."""
        years = {}
        for tally in self.tallies:
            self._add(years, {row["period"]: row["n"] for row in tally.per_year()})
        if self.partial is not None:
            self._add(years, {row["period"]: row["n"] for row in self.partial.per_period("year")})
        return [{"period": period, "n": n} for period, n in sorted(years.items()) if n]

    def undated(self):
        return 0  # a date filter leaves out the undated activities


class MonthTallyQuerySet(TallyQuerySet):
    def per_month(self):
        """[{"period": first of the month, "n": count}] of dated activities."""
        rows = self.filter(month__gt=0).order_by("month").values_list("month").annotate(total=Sum("n"))
        return [{"period": dt.date(month // 100, month % 100, 1), "n": n} for month, n in rows if n]

    def undated(self):
        return self.filter(month=0).total()


class _ActivityCounts(models.Model):
    """Activities counted by province, kind and review state, in some period (the subclass's)."""

    province = models.ForeignKey(Province, on_delete=models.DO_NOTHING, db_constraint=False, related_name="+")
    kind = models.CharField(max_length=32)
    review_state = models.CharField(max_length=16)
    n = models.IntegerField(default=0)

    class Meta:
        abstract = True


class ActivityTally(_ActivityCounts):
    """Activities counted by province, kind, review state and year of their start (0: undated).

    Kept exact by database triggers on the activity table (migration 0006), so every way of
    writing activities (ingest, admin, bulk loads, raw SQL) counts; whole-archive counts and
    facets read a few thousand rows here instead of scanning every activity. Never written by
    the application."""

    year = models.PositiveSmallIntegerField()

    objects = ActivityTallyQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["province", "kind", "review_state", "year"], name="activity_tally_unique"),
        ]

    def __str__(self):
        return f"{self.province_id} {self.kind} {self.review_state} {self.year}: {self.n}"


class ActivityMonthTallyQuerySet(ActivityTallyQuerySet):
    def per_year(self):
        rows = (
            self.filter(month__gt=0)
            .annotate(y=models.F("month") / 100)
            .order_by("y")
            .values_list("y")
            .annotate(total=Sum("n"))
        )
        return [{"period": dt.date(year, 1, 1), "n": n} for year, n in rows if n]

    def undated(self):
        return self.filter(month=0).total()


class ActivityMonthTally(_ActivityCounts):
    """Activities counted by province, kind, review state and month of their start (yyyymm,
    0: undated): ActivityTally by month, read for the whole months of a date range's cut
    years (SplitTally). Kept by its own triggers on the activity table (migration 0019)."""

    month = models.PositiveIntegerField()

    objects = ActivityMonthTallyQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["province", "kind", "review_state", "month"], name="activity_month_tally_unique"
            ),
        ]

    def __str__(self):
        return f"{self.province_id} {self.kind} {self.review_state} {self.month}: {self.n}"


class MonthTally(models.Model):
    """Activities counted by month of their start (yyyymm, 0: undated) and review state; kept
    by the same triggers as ActivityTally."""

    month = models.PositiveIntegerField()
    review_state = models.CharField(max_length=16)
    n = models.IntegerField(default=0)

    objects = MonthTallyQuerySet.as_manager()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["month", "review_state"], name="month_tally_unique")]

    def __str__(self):
        return f"{self.month} {self.review_state}: {self.n}"


class OfficialTallyQuerySet(_Summed, models.QuerySet):
    def public(self):
        """Rows of officials an editor did not reject (the triggers count public activities only)."""
        return self.exclude(official__review_state=ReviewState.REJECTED)

    def top(self, units, limit):
        """The public officials seen most often at the public activities of ``units`` (a unit
        and, for a current unit, its predecessors, as the profile lists them): officials with
        ``n`` activities and ``last`` date. The units' ids are given as values, so both engines
        read the official_tally_top index for each unit alone."""
        rows = (
            self.public()
            .filter(province__in=[unit.pk for unit in units])
            .values("official", "official__name", "official__slug")
            .annotate(total=Sum("n"), last=models.Max("last_seen"))
            .order_by("-total", "official__name")[:limit]
        )
        # One query: the officials' name and slug come with their counts (a profile page's
        # queries stay at ten).
        result = []
        for row in rows:
            official = Official(pk=row["official"], name=row["official__name"], slug=row["official__slug"])
            official.n, official.last = row["total"], row["last"]
            result.append(official)
        return result


class OfficialTally(models.Model):
    """How many public activities of a province an official took part in, and the latest
    one's date. Kept exact by database triggers on participations and activities (migration
    0006), like ActivityTally; never written by the application."""

    province = models.ForeignKey(Province, on_delete=models.DO_NOTHING, db_constraint=False, related_name="+")
    official = models.ForeignKey(Official, on_delete=models.DO_NOTHING, db_constraint=False, related_name="+")
    n = models.IntegerField(default=0)
    last_seen = models.DateField(null=True)

    objects = OfficialTallyQuerySet.as_manager()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["province", "official"], name="official_tally_unique")]
        # A unit's top officials (``top``) sum these columns over the unit's rows: read from this
        # index alone, without a visit to each row (the busiest unit's profile at 1,000,000
        # activities: 27.7 -> 14.2 ms for its 14,000 rows).
        indexes = [models.Index(fields=["province", "official", "n", "last_seen"], name="official_tally_top")]

    def __str__(self):
        return f"{self.official_id} @ {self.province_id}: {self.n}"


class TitleTally(models.Model):
    """The titles articles gave an official at public activities, each with the first and last
    dates it was given (the official page's title history). Kept exact by database triggers on
    titles, participations and activities (migration 0018), like OfficialTally: the page reads
    a few rows instead of aggregating every participation of a busy official."""

    official = models.ForeignKey(Official, on_delete=models.DO_NOTHING, db_constraint=False, related_name="+")
    title = models.CharField(max_length=300)
    first_seen = models.DateField(null=True)
    last_seen = models.DateField(null=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["official", "title"], name="title_tally_unique")]

    def __str__(self):
        return f"{self.official_id}: {self.title}"


class RequestTallyQuerySet(TallyQuerySet):
    def public(self):
        """Requests the public sees: not rejected, at an activity not rejected."""
        return self.exclude(review_state=ReviewState.REJECTED).filter(activity_public=True)


class RequestTally(models.Model):
    """Requests counted by their activity's province, category, status, review state and
    whether their activity is public; kept by triggers like ActivityTally (migration 0007)."""

    province = models.ForeignKey(Province, on_delete=models.DO_NOTHING, db_constraint=False, related_name="+")
    category = models.CharField(max_length=32)
    status = models.CharField(max_length=16)
    review_state = models.CharField(max_length=16)
    activity_public = models.BooleanField()
    n = models.IntegerField(default=0)

    objects = RequestTallyQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["province", "category", "status", "review_state", "activity_public"],
                name="request_tally_unique",
            )
        ]

    def __str__(self):
        return f"{self.province_id} {self.category} {self.status} {self.review_state}: {self.n}"


def archive_totals():
    """Officials, partner localities and requests shown to the public: one round trip (the
    requests from their tally)."""
    tables = [connection.ops.quote_name(m._meta.db_table) for m in (Official, PartnerLocality, RequestTally)]
    rejected = ReviewState.REJECTED.value
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT (SELECT COUNT(*) FROM {tables[0]} WHERE review_state <> %s),"
            f" (SELECT COUNT(*) FROM {tables[1]} WHERE review_state <> %s),"
            f" (SELECT COALESCE(SUM(n), 0) FROM {tables[2]} WHERE review_state <> %s AND activity_public = %s)",
            [rejected, rejected, rejected, True],
        )
        officials, partners, requests = cursor.fetchone()
    return {"officials": officials, "partners": partners, "requests": requests}


def current_unit_counts(provinces, counts):
    """{current unit id: activities}, each pre-2025 unit's activities counted in its successor."""
    totals = {}
    for p in provinces:
        unit_id = p.pk if p.era == Era.CURRENT else p.successor_id
        if unit_id and counts.get(p.pk):
            totals[unit_id] = totals.get(unit_id, 0) + counts[p.pk]
    return totals
