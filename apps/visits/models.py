"""The records the site serves: activities, officials, requests, partner localities, articles.

Reads live in the QuerySet classes here; writes go through apps/visits/services.py.
"""

import datetime as dt

from django.conf import settings
from django.db import connection, models
from django.db.models import Count, Sum
from django.db.models.functions import TruncDay, TruncMonth, TruncYear
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from apps.lib.text import fold, name_key, slugify_vi
from apps.provinces.models import Era, Province


class Kind(models.TextChoices):
    CENTRAL = "central_delegation", _("Central delegation")
    FOREIGN = "foreign_delegation", _("Foreign delegation received")
    OUTBOUND = "outbound_delegation", _("Outbound delegation")
    EVENT = "provincial_event", _("Provincial event")


class Precision(models.TextChoices):
    DAY = "day", _("day")
    MONTH = "month", _("month")
    YEAR = "year", _("year")


class ReviewState(models.TextChoices):
    EXTRACTED = "extracted", _("Extracted, not reviewed")
    REVIEWED = "reviewed", _("Reviewed")
    REJECTED = "rejected", _("Rejected")


class Doubt(models.TextChoices):
    """What ingest was unsure of in an activity, heaviest first (the weight orders the review queue)."""

    NO_DATE = "no_date", _("no date found")
    PROVINCE_WEAK = "province_weak", _("province from a weak clue")
    NO_LEAD = "no_lead", _("no lead found")
    LEAD_GUESSED = "lead_guessed", _("lead guessed")
    MERGED_ON_CONTENT = "merged_on_content", _("merged with another report on content only")
    YEAR_INFERRED = "year_inferred", _("year not written with the date")


DOUBT_WEIGHTS = {
    Doubt.NO_DATE: 4,
    Doubt.PROVINCE_WEAK: 4,
    Doubt.NO_LEAD: 2,
    Doubt.LEAD_GUESSED: 2,
    Doubt.MERGED_ON_CONTENT: 3,
    Doubt.YEAR_INFERRED: 1,
}


class Side(models.TextChoices):
    CENTRAL = "central", _("central")
    LOCAL = "local", _("local")
    FOREIGN = "foreign", _("foreign")


class Role(models.TextChoices):
    LEAD = "lead", _("lead")
    MEMBER = "member", _("participant")


class RequestCategory(models.TextChoices):
    BORDER = "border", _("border")
    BORDER_GATE = "border_gate", _("border gate")
    INVESTMENT = "investment", _("investment")
    TRADE = "trade", _("trade")
    TOURISM = "tourism", _("tourism")
    AID = "aid", _("aid")
    LABOUR = "labour", _("labour")
    COOPERATION = "cooperation", _("cooperation")
    OTHER = "other", _("other")


class RequestStatus(models.TextChoices):
    RAISED = "raised", _("raised")
    ACKNOWLEDGED = "acknowledged", _("acknowledged")
    RESOLVED = "resolved", _("resolved")


class Reviewable(models.Model):
    """A record an editor can review or reject; a rejected one leaves the public pages."""

    review_state = models.CharField(
        _("review state"), max_length=16, choices=ReviewState.choices, default=ReviewState.EXTRACTED, db_index=True
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)

    class Meta:
        abstract = True


class InProvinceMixin:
    def in_province(self, province):
        """Rows of a unit; a current (2025) unit also covers its predecessors' rows.

        An IN over the unit and its predecessors' ids, so a (province, ...) index serves it.
        """
        return self.filter(province__in=Province.objects.units_of(province).values("pk"))


class PublicQuerySet(models.QuerySet):
    def public(self):
        """What the public pages, feed, API and exports show: everything but rejected records."""
        return self.exclude(review_state=ReviewState.REJECTED)


class NamedModel(models.Model):
    """A record with a display name, its spelling variants and one canonical key."""

    name = models.CharField(_("name"), max_length=200)
    variants = models.JSONField(_("name variants"), default=list, blank=True)
    name_key = models.CharField(max_length=200, editable=False, db_index=True)
    name_folded = models.CharField(max_length=200, editable=False, db_index=True)
    slug = models.SlugField(_("slug"), max_length=220, unique=True)

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.name_key = name_key(self.name)
        self.name_folded = fold(" ".join([self.name, *self.variants]))[:200]
        if not self.slug:
            self.slug = slugify_vi(self.name)[:200] or "x"
        super().save(*args, **kwargs)


class Country(NamedModel):
    history = HistoricalRecords()

    class Meta(NamedModel.Meta):
        verbose_name = _("country")
        verbose_name_plural = _("countries")


class PartnerLocalityQuerySet(PublicQuerySet):
    def most_frequent(self, limit=10):
        """Partners by the number of public activities naming them, summed over their ties with
        provinces (PartnerTie keeps each tie's count of public activities), then the few winners
        fetched."""
        top = list(
            PartnerTie.objects.exclude(partner__review_state=ReviewState.REJECTED)
            .values("partner")
            .annotate(n=Sum("activity_count"))
            .order_by("-n", "partner")[:limit]
        )
        partners = self.public().select_related("country").in_bulk([row["partner"] for row in top])
        result = []
        for row in top:
            partner = partners.get(row["partner"])
            if partner is not None:
                partner.n = row["n"]
                result.append(partner)
        return result


class PartnerLocality(Reviewable, NamedModel):
    kind = models.CharField(_("kind"), max_length=40, blank=True, help_text=_("tỉnh, bang, thành phố..."))
    country = models.ForeignKey(
        Country, verbose_name=_("country"), null=True, blank=True, on_delete=models.PROTECT, related_name="localities"
    )
    history = HistoricalRecords()

    objects = PartnerLocalityQuerySet.as_manager()

    class Meta(NamedModel.Meta):
        verbose_name = _("partner locality")
        verbose_name_plural = _("partner localities")

    def get_absolute_url(self):
        return reverse("partner-detail", args=[self.slug])


class Official(Reviewable, NamedModel):
    history = HistoricalRecords()

    objects = PublicQuerySet.as_manager()

    class Meta(NamedModel.Meta):
        verbose_name = _("official")
        verbose_name_plural = _("officials")

    def get_absolute_url(self):
        return reverse("official-detail", args=[self.slug])


class ActivityQuerySet(InProvinceMixin, PublicQuerySet):
    def for_list(self):
        """Rows of a list: the activity (without its search text and review notes, which lists
        never show), its province and lead, newest first."""
        return (
            self.select_related("province", "province__successor", "lead")
            .defer("search_text", "doubts", "locked_fields")
            .order_by("-start_date", "-id")
        )

    def for_detail(self):
        return self.select_related("province", "province__successor", "lead").prefetch_related(
            models.Prefetch(
                "participations",
                queryset=Participation.objects.exclude(official__review_state=ReviewState.REJECTED)
                .select_related("official")
                .prefetch_related("titles"),
            ),
            models.Prefetch(
                "requests",
                queryset=Request.objects.exclude(review_state=ReviewState.REJECTED).select_related(
                    "article", "repeat_of__activity"
                ),
            ),
            models.Prefetch(
                "partner_mentions",
                queryset=ActivityPartner.objects.exclude(partner__review_state=ReviewState.REJECTED).select_related(
                    "partner__country"
                ),
            ),
            "articles",
        )

    def per_period(self, period="year"):
        """[{"period": date, "n": count}] of dated activities, one query."""
        trunc = {"year": TruncYear, "month": TruncMonth, "day": TruncDay}[period]("start_date")
        return list(
            self.filter(start_date__isnull=False)
            .annotate(period=trunc)
            .values("period")
            .annotate(n=Count("id"))
            .order_by("period")
        )

    def facet_counts(self):
        """{"kind": {value: n}, "region": {...}, "review_state": {...}} in one grouped scan."""
        facets = {"kind": {}, "region": {}, "review_state": {}}
        rows = self.order_by().values_list("kind", "province__region", "review_state").annotate(n=Count("id"))
        for kind, region, state, n in rows:
            for name, value in (("kind", kind), ("region", region), ("review_state", state)):
                facets[name][value] = facets[name].get(value, 0) + n
        return facets

    def to_review(self):
        """Not yet reviewed, most uncertain first (the activity_review_queue index)."""
        return (
            self.filter(review_state=ReviewState.EXTRACTED)
            .select_related("province", "lead")
            .order_by("-doubt_score", "-id")
        )

    def per_province(self):
        """{province_id: count}, one query."""
        return dict(self.values_list("province_id").annotate(n=Count("id")).order_by())


class Activity(Reviewable):
    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices, db_index=True)
    province = models.ForeignKey(
        Province, verbose_name=_("province"), on_delete=models.PROTECT, related_name="activities"
    )
    start_date = models.DateField(_("start date"), null=True, blank=True, db_index=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    date_precision = models.CharField(_("date precision"), max_length=8, choices=Precision.choices, blank=True)
    organization = models.CharField(_("organization"), max_length=300, blank=True, db_index=True)
    lead = models.ForeignKey(
        Official, verbose_name=_("lead"), null=True, blank=True, on_delete=models.SET_NULL, related_name="led"
    )
    lead_title = models.CharField(_("lead's title"), max_length=300, blank=True)
    summary = models.TextField(_("summary"), blank=True)
    doubts = models.JSONField(
        _("what extraction was unsure of"),
        default=list,
        blank=True,
        help_text=_("Filled by ingest: [{code, evidence}] for the review queue."),
    )
    doubt_score = models.PositiveSmallIntegerField(_("uncertainty"), default=0, db_index=True)
    locked_fields = models.JSONField(
        _("fields corrected by an editor"),
        default=list,
        blank=True,
        help_text=_("Ingest never overwrites these fields."),
    )
    search_text = models.TextField(editable=False, blank=True, help_text="folded text for diacritic-free search")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    objects = ActivityQuerySet.as_manager()
    history = HistoricalRecords(excluded_fields=["search_text"])

    class Meta:
        ordering = ["-start_date", "-id"]
        verbose_name = _("activity")
        verbose_name_plural = _("activities")
        indexes = [
            models.Index(fields=["province", "start_date"], name="activity_province_date"),
            models.Index(fields=["-start_date", "-id"], name="activity_list_order"),
            models.Index(fields=["review_state", "-doubt_score", "-id"], name="activity_review_queue"),
        ]

    def __str__(self):
        when = self.start_date.isoformat() if self.start_date else "?"
        return f"{self.get_kind_display()} — {self.province.name} — {when}"

    def get_absolute_url(self):
        return reverse("activity-detail", args=[self.pk])

    @property
    def public_lead(self):
        """The lead as the public sees it: none when an editor rejected that official."""
        lead = self.lead if self.lead_id else None
        return lead if lead is not None and lead.review_state != ReviewState.REJECTED else None


class TallyQuerySet(InProvinceMixin, PublicQuerySet):
    def total(self):
        return self.aggregate(n=Sum("n"))["n"] or 0


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


class MonthTallyQuerySet(TallyQuerySet):
    def per_month(self):
        """[{"period": first of the month, "n": count}] of dated activities."""
        rows = self.filter(month__gt=0).order_by("month").values_list("month").annotate(total=Sum("n"))
        return [{"period": dt.date(month // 100, month % 100, 1), "n": n} for month, n in rows if n]

    def undated(self):
        return self.filter(month=0).total()


class ActivityTally(models.Model):
    """Activities counted by province, kind, review state and year of their start (0: undated).

    Kept exact by database triggers on the activity table (migration 0006), so every way of
    writing activities (ingest, admin, bulk loads, raw SQL) counts; whole-archive counts and
    facets read a few thousand rows here instead of scanning every activity. Never written by
    the application."""

    province = models.ForeignKey(Province, on_delete=models.DO_NOTHING, db_constraint=False, related_name="+")
    kind = models.CharField(max_length=32)
    review_state = models.CharField(max_length=16)
    year = models.PositiveSmallIntegerField()
    n = models.IntegerField(default=0)

    objects = ActivityTallyQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["province", "kind", "review_state", "year"], name="activity_tally_unique"),
        ]

    def __str__(self):
        return f"{self.province_id} {self.kind} {self.review_state} {self.year}: {self.n}"


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


class OfficialTallyQuerySet(InProvinceMixin, models.QuerySet):
    def top(self, province, limit):
        """The public officials seen most often at the public activities of a unit (and, for a
        current unit, of its predecessors): officials with ``n`` activities and ``last`` date."""
        rows = list(
            self.in_province(province)
            .exclude(official__review_state=ReviewState.REJECTED)
            .values("official")
            .annotate(total=Sum("n"), last=models.Max("last_seen"))
            .order_by("-total", "official__name")[:limit]
        )
        officials = Official.objects.in_bulk([row["official"] for row in rows])
        result = []
        for row in rows:
            official = officials[row["official"]]
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

    def __str__(self):
        return f"{self.official_id} @ {self.province_id}: {self.n}"


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


class ActivityToReview(Activity):
    """The editors' review queue: activities not yet reviewed, most uncertain first."""

    class Meta:
        proxy = True
        verbose_name = _("activity to review")
        verbose_name_plural = _("activities to review")


class Participation(models.Model):
    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="participations")
    official = models.ForeignKey(Official, on_delete=models.PROTECT, related_name="participations")
    role = models.CharField(_("role"), max_length=16, choices=Role.choices, default=Role.MEMBER)
    side = models.CharField(_("side"), max_length=16, choices=Side.choices, blank=True)
    article = models.ForeignKey("Article", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    span_start = models.PositiveIntegerField(null=True, blank=True)
    span_end = models.PositiveIntegerField(null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("participation")
        verbose_name_plural = _("participations")
        constraints = [
            models.UniqueConstraint(fields=["activity", "official"], name="participation_unique_official"),
        ]

    def __str__(self):
        return f"{self.official} @ {self.activity_id}"


class Title(models.Model):
    """A title the article gives an official at one activity (the official's title history)."""

    participation = models.ForeignKey(Participation, on_delete=models.CASCADE, related_name="titles")
    title = models.CharField(_("title"), max_length=300)
    title_key = models.CharField(max_length=300, editable=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["participation", "title_key"], name="title_unique_per_participation"),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.title_key = name_key(self.title)
        super().save(*args, **kwargs)


class Article(models.Model):
    class Status(models.TextChoices):
        LOADED = "loaded", _("loaded into an activity")
        NOT_ACTIVITY = "not_activity", _("read: no activity in it")
        UNRESOLVED = "unresolved", _("read: province unknown")

    source_name = models.CharField(_("file name"), max_length=255, db_index=True)
    source_path = models.CharField(_("file path"), max_length=1000, blank=True)
    url = models.URLField(_("URL"), max_length=1000, blank=True)
    outlet = models.CharField(_("outlet"), max_length=200, blank=True)
    title = models.CharField(_("title"), max_length=500, blank=True)
    published = models.DateField(_("published"), null=True, blank=True)
    raw_text = models.TextField(_("raw text"))
    clean_text = models.TextField(_("cleaned text"))
    content_hash = models.CharField(_("content hash"), max_length=64, unique=True)
    encoding = models.CharField(max_length=40, blank=True)
    status = models.CharField(_("ingest status"), max_length=16, choices=Status.choices, default=Status.LOADED)
    error = models.TextField(_("ingest error"), blank=True)
    extracted = models.JSONField(_("extracted record"), default=dict, blank=True)
    activity = models.ForeignKey(
        Activity, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles"
    )
    ingested_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["source_name"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    def __str__(self):
        return self.title or self.source_name


class RequestQuerySet(PublicQuerySet):
    def for_list(self):
        """Rows of a list: the request with its activity, province and earlier ask (no article:
        lists do not show it, and its texts are the largest columns)."""
        return self.select_related("activity__province", "repeat_of__activity").order_by("-activity__start_date", "id")

    def brief(self):
        """Rows of a profile's short list: text, category, status and the activity's date."""
        return (
            self.select_related("activity")
            .only("text", "category", "status", "activity__start_date")
            .order_by("-activity__start_date", "id")
        )

    def public(self):
        """Requests neither rejected themselves nor part of a rejected activity (a NOT IN over
        the few rejected activities, so counts need no join with every activity)."""
        rejected = Activity.objects.filter(review_state=ReviewState.REJECTED).values("pk")
        return super().public().exclude(activity__in=rejected)

    def open(self):
        return self.exclude(status=RequestStatus.RESOLVED)

    def chain_of(self, request, steps=50, limit=200):
        """The ask's chain: the request's first raising (up its ``repeat_of`` links, at most
        ``steps``), then every repeat below that breadth-first (``steps`` levels, ``limit``
        requests), in date order, with their activities and provinces. Two queries whatever
        the chain's length: one recursive walk of the links (over all requests, so a rejected
        step does not cut the chain; a loop an editor made ends at the bound), one fetch of
        the rows this queryset shows."""
        table = connection.ops.quote_name(Request._meta.db_table)
        with connection.cursor() as cursor:
            cursor.execute(
                f"""WITH RECURSIVE up(id, parent, depth) AS (
                        SELECT id, repeat_of_id, 0 FROM {table} WHERE id = %s
                        UNION ALL
                        SELECT r.id, r.repeat_of_id, up.depth + 1 FROM {table} r
                        JOIN up ON r.id = up.parent WHERE up.depth < %s
                    ),
                    root(id) AS (SELECT id FROM up ORDER BY depth DESC LIMIT 1),
                    down(id, depth) AS (
                        SELECT id, 0 FROM root
                        UNION ALL
                        SELECT r.id, down.depth + 1 FROM {table} r
                        JOIN down ON r.repeat_of_id = down.id WHERE down.depth < %s
                    )
                    SELECT id FROM down GROUP BY id ORDER BY MIN(depth), id LIMIT %s""",
                [request.pk, steps, steps, limit],
            )
            ids = {row[0] for row in cursor.fetchall()} | {request.pk}
        return (
            self.filter(pk__in=ids)
            .select_related("activity__province")
            .order_by(models.F("activity__start_date").asc(nulls_last=True), "id")
        )


class Request(Reviewable):
    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="requests")
    article = models.ForeignKey(Article, null=True, blank=True, on_delete=models.SET_NULL, related_name="requests")
    text = models.TextField(_("text"))
    text_key = models.CharField(max_length=500, editable=False, db_index=True)
    category = models.CharField(_("category"), max_length=16, choices=RequestCategory.choices, default="other")
    addressee = models.CharField(_("asked of"), max_length=300, blank=True)
    status = models.CharField(_("status"), max_length=16, choices=RequestStatus.choices, default="raised")
    span_start = models.PositiveIntegerField(null=True, blank=True)
    span_end = models.PositiveIntegerField(null=True, blank=True)
    repeat_of = models.ForeignKey(
        "self",
        verbose_name=_("same ask raised earlier"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="repeats",
    )
    repeat_locked = models.BooleanField(
        _("link set by an editor"),
        default=False,
        help_text=_("An editor linked or unlinked this request by hand; ingest never changes the link."),
    )
    history = HistoricalRecords()

    objects = RequestQuerySet.as_manager()

    class Meta:
        ordering = ["id"]
        verbose_name = _("request")
        verbose_name_plural = _("requests")

    def __str__(self):
        return self.text[:80]

    def save(self, *args, **kwargs):
        self.text_key = fold(self.text)[:500]
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("request-detail", args=[self.pk])

    @property
    def public_repeat_of(self):
        """The earlier ask as the public sees it: none when it, or its activity, was rejected
        (read with select_related("repeat_of__activity"))."""
        earlier = self.repeat_of if self.repeat_of_id else None
        if earlier is None or ReviewState.REJECTED in (earlier.review_state, earlier.activity.review_state):
            return None
        return earlier


class ActivityPartner(models.Model):
    """A partner locality named in an activity, with its evidence."""

    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="partner_mentions")
    partner = models.ForeignKey(PartnerLocality, on_delete=models.PROTECT, related_name="mentions")
    article = models.ForeignKey(Article, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    span_start = models.PositiveIntegerField(null=True, blank=True)
    span_end = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["activity", "partner"], name="activity_partner_unique"),
        ]

    def __str__(self):
        return f"{self.partner} @ {self.activity_id}"


class PartnerTie(models.Model):
    """A province's tie with a partner locality over time. Derived from the activities that
    name the partner (kept current by ingest), so it keeps no history of its own."""

    province = models.ForeignKey(Province, on_delete=models.CASCADE, related_name="partner_ties")
    partner = models.ForeignKey(PartnerLocality, on_delete=models.CASCADE, related_name="ties")
    first_seen = models.DateField(null=True, blank=True)
    last_seen = models.DateField(null=True, blank=True)
    activity_count = models.PositiveIntegerField(default=0)
    agreements = models.TextField(_("agreements mentioned"), blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["province", "partner"], name="partner_tie_unique"),
        ]

    def __str__(self):
        return f"{self.province} — {self.partner}"



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
