"""Activities, the officials taking part (with the titles each article gives them) and the
editors' review queue."""

from collections import Counter

from django.db import connections, models
from django.db.models import Count
from django.db.models.expressions import RawSQL
from django.db.models.functions import TruncDay, TruncMonth, TruncYear
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from apps.lib.text import name_key
from apps.provinces.models import Province

from ..choices import Kind, Precision, ReviewState, Role, Side
from ..headlines import clean_headline
from .base import InProvinceMixin, PublicQuerySet, Reviewable
from .names import Official


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
        from .articles import ActivityPartner  # defined with the articles, which point here
        from .requests import Request

        return self.select_related("province", "province__successor", "lead").prefetch_related(
            models.Prefetch(
                "participations",
                queryset=Participation.objects.public()
                .select_related("official")
                .prefetch_related("titles"),
            ),
            models.Prefetch(
                "requests",
                queryset=Request.objects.public().select_related(
                    "article", "repeat_of__activity"
                ),
            ),
            models.Prefetch(
                "partner_mentions",
                queryset=ActivityPartner.objects.public().select_related(
                    "partner__country"
                ),
            ),
            "articles",
        )

    def search(self, words):
        """Activities whose folded search text holds every word (folded, see
        apps.lib.text.fold), each read from an index: PostgreSQL's trigram index serves
        ``LIKE '%word%'`` (migration 0003); on SQLite the FTS5 trigram table of migration 0009
        finds the words of three letters or more (a shorter word has no trigram: it is looked
        for with LIKE among the rows the others found, or in every row when alone)."""
        qs = self
        if connections[self.db].vendor == "sqlite":
            indexed = [w for w in words if len(w) >= 3]
            if indexed:
                phrase = " AND ".join('"' + w.replace('"', '""') + '"' for w in indexed)
                matches = RawSQL("SELECT rowid FROM visits_activity_fts WHERE visits_activity_fts MATCH %s", [phrase])
                qs = qs.filter(pk__in=matches)
            words = [w for w in words if len(w) < 3]
        for word in words:
            qs = qs.filter(search_text__contains=word)
        return qs

    def per_period(self, period="year"):
        """[{"period": date, "n": count}] of dated activities, one query."""
        trunc = {"year": TruncYear, "month": TruncMonth, "day": TruncDay}[period]("start_date")
        return list(
            self.filter(start_date__isnull=False)
            .annotate(period=trunc)
            .values("period")
            .annotate(n=Count("*"))
            .order_by("period")
        )

    def facet_counts(self, first=None):
        """{"kind": {value: n}, "region": {...}, "review_state": {...}} in one grouped scan; of
        the ``first`` rows only (in no particular order) when given, counted as they are read:
        no second lookup of the rows by id, which at a million activities cost as much as
        finding them (a search's 1,001 matches: 24 ms, 14 ms read once)."""
        facets = {"kind": {}, "region": {}, "review_state": {}}
        rows = self.order_by().values_list("kind", "province__region", "review_state")
        if first is None:
            rows = rows.annotate(n=Count("*"))
        else:
            rows = Counter(rows[:first]).items()
            rows = [(*row, n) for row, n in rows]
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
        return dict(self.values_list("province_id").annotate(n=Count("*")).order_by())


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
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True, db_index=True)

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
            # Counts and facets of a date range that cuts a year (SplitTally) read this index
            # alone, never the rows (issue 16: 72 ms -> 5 ms for a year's rows at 1,000,000).
            models.Index(fields=["start_date", "review_state", "kind", "province"], name="activity_date_facets"),
        ]

    def __str__(self):
        when = self.start_date.isoformat() if self.start_date else "?"
        return f"{self.get_kind_display()} — {self.province.name} — {when}"

    def get_absolute_url(self):
        return reverse("activity-detail", args=[self.pk])

    @property
    def headline(self):
        """The summary as lists, the activity page and the feed show it: without page debris."""
        return clean_headline(self.summary)

    @property
    def public_lead(self):
        """The lead as the public sees it: none when an editor rejected that official."""
        lead = self.lead if self.lead_id else None
        return lead if lead is not None and lead.review_state != ReviewState.REJECTED else None


class ActivityDateField(models.DateField):
    """A copy of the row's activity's start date, written by database triggers on every write
    of the row or of its activity (reporting/triggers.py, migration 0016): whatever the
    application writes here is replaced, so it is never edited. A bulk load with the triggers
    off (triggers.counted_at_end) copies the dates at its end. Lists of requests,
    participations and partner mentions walk an index on it in their order."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("verbose_name", _("activity's start date"))
        kwargs.update(null=True, editable=False)
        super().__init__(*args, **kwargs)


class ActivityToReview(Activity):
    """The editors' review queue: activities not yet reviewed, most uncertain first."""

    class Meta:
        proxy = True
        verbose_name = _("activity to review")
        verbose_name_plural = _("activities to review")


class ParticipationQuerySet(models.QuerySet):
    def at_public_activities(self):
        """Participations in activities an editor did not reject."""
        return self.exclude(activity__review_state=ReviewState.REJECTED)

    def public(self):
        """What the public sees: neither the official nor the activity rejected."""
        return self.at_public_activities().exclude(official__review_state=ReviewState.REJECTED)


class Participation(models.Model):
    activity = models.ForeignKey(
        Activity, verbose_name=_("activity"), on_delete=models.CASCADE, related_name="participations"
    )
    official = models.ForeignKey(
        Official, verbose_name=_("official"), on_delete=models.PROTECT, related_name="participations"
    )
    role = models.CharField(_("role"), max_length=16, choices=Role.choices, default=Role.MEMBER)
    side = models.CharField(_("side"), max_length=16, choices=Side.choices, blank=True)
    article = models.ForeignKey(
        "Article", verbose_name=_("article"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    span_start = models.PositiveIntegerField(_("evidence starts at"), null=True, blank=True)
    span_end = models.PositiveIntegerField(_("evidence ends at"), null=True, blank=True)
    activity_date = ActivityDateField()
    history = HistoricalRecords(excluded_fields=["activity_date"])

    objects = ParticipationQuerySet.as_manager()

    class Meta:
        verbose_name = _("participation")
        verbose_name_plural = _("participations")
        constraints = [
            models.UniqueConstraint(fields=["activity", "official"], name="participation_unique_official"),
        ]
        # Ordered by the official's page through participation_official_order, undated last
        # (migration 0020).

    def __str__(self):
        return f"{self.official} @ {self.activity_id}"


class TitleQuerySet(models.QuerySet):
    def public(self):
        """Titles of public participations: neither the official nor the activity rejected."""
        return self.exclude(participation__activity__review_state=ReviewState.REJECTED).exclude(
            participation__official__review_state=ReviewState.REJECTED
        )


class Title(models.Model):
    """A title the article gives an official at one activity (the official's title history)."""

    participation = models.ForeignKey(Participation, on_delete=models.CASCADE, related_name="titles")
    title = models.CharField(_("title"), max_length=300)
    title_key = models.CharField(max_length=300, editable=False)

    objects = TitleQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["participation", "title_key"], name="title_unique_per_participation"),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.title_key = name_key(self.title)
        super().save(*args, **kwargs)
