"""What a province asked for at an activity, the chain of the same ask raised again, and the
steps of its course (raised with, forwarded to, answered, resolved or dropped)."""

from django.conf import settings
from django.db import connection, models
from django.db.models.expressions import RawSQL
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from apps.lib.text import fold
from apps.provinces.models import Province

from ..choices import CLOSED_STATUSES, RequestCategory, RequestStatus, RequestStepKind, ReviewState
from .activities import Activity, ActivityDateField
from .articles import Article
from .base import PublicQuerySet, Reviewable


def newest_activity_first():
    """Requests by their activity, newest first (the activities' list order: date, then id),
    then in the order they were stored: the request's own copy of its activity's date
    (``activity_date``, kept by triggers), so that a list walks the request_list_order index
    and stops after a page, on both databases, instead of joining every activity (SQLite built
    a filter over every request for each list: 60 ms at 300,000 activities)."""
    return ("-activity_date", "-activity_id", "id")


def newest_activity_first_in_a_province():
    """The same order named in the activity's table, for the requests of one province: the
    planner then walks that province's activities by date (its activity_province_date index) and
    looks up their requests, instead of walking every request and skipping the other provinces'
    (0.2 s for a pre-2025 unit at 1,000,000 activities, whose newest request is 18 months back)."""
    return ("-activity__start_date", RawSQL('"visits_activity"."id"', []).desc(), "id")


class RequestQuerySet(PublicQuerySet):
    def for_list(self):
        """Rows of a list: the request with its activity, province and earlier ask (no article:
        lists do not show it, and its texts are the largest columns), newest activity first."""
        return self.select_related("activity__province", "repeat_of__activity").order_by(*newest_activity_first())

    def brief(self):
        """Rows of a profile's short list: text, category, status and the activity's date."""
        return (
            self.select_related("activity")
            .only("text", "category", "status", "activity__start_date")
            .order_by(*newest_activity_first())
        )

    def in_province(self, province):
        """Requests of a unit's activities (a current unit's predecessors' too), newest first in
        the order that walks the unit's activities (see newest_activity_first_in_a_province):
        call it after for_list() or brief(), whose order it replaces."""
        units = Province.objects.unit_ids(province)
        return self.filter(activity__province__in=units).order_by(*newest_activity_first_in_a_province())

    def public(self):
        """Requests neither rejected themselves nor part of a rejected activity (a NOT IN over
        the few rejected activities, so counts need no join with every activity)."""
        rejected = Activity.objects.filter(review_state=ReviewState.REJECTED).values("pk")
        return super().public().exclude(activity__in=rejected)

    def open(self):
        """Requests still waiting: neither resolved nor dropped."""
        return self.exclude(status__in=CLOSED_STATUSES)

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
    activity = models.ForeignKey(Activity, verbose_name=_("activity"), on_delete=models.CASCADE, related_name="requests")
    article = models.ForeignKey(
        Article, verbose_name=_("article"), null=True, blank=True, on_delete=models.SET_NULL, related_name="requests"
    )
    text = models.TextField(_("text"))
    text_key = models.CharField(_("text without diacritics"), max_length=500, editable=False, db_index=True)
    category = models.CharField(_("category"), max_length=16, choices=RequestCategory.choices, default="other")
    addressee = models.CharField(_("asked of"), max_length=300, blank=True)
    status = models.CharField(_("status"), max_length=16, choices=RequestStatus.choices, default="raised")
    span_start = models.PositiveIntegerField(_("evidence starts at"), null=True, blank=True)
    span_end = models.PositiveIntegerField(_("evidence ends at"), null=True, blank=True)
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
    activity_date = ActivityDateField()
    history = HistoricalRecords(excluded_fields=["activity_date"])

    objects = RequestQuerySet.as_manager()

    class Meta:
        ordering = ["id"]
        verbose_name = _("request")
        verbose_name_plural = _("requests")
        indexes = [
            models.Index(fields=["-activity_date", "-activity", "id"], name="request_list_order"),
            # The repeats of a page's requests. Most requests repeat none: SQLite's statistics
            # of the full repeat_of index then say one value matches every row, and it read the
            # whole table instead (30 ms at 300,000 activities). This one holds the links only.
            models.Index(fields=["repeat_of"], condition=models.Q(repeat_of__isnull=False), name="request_repeats"),
        ]

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


class RequestStepQuerySet(models.QuerySet):
    def in_order(self):
        """The steps as they happened: by date, then as they were recorded."""
        return self.order_by("date", "id")


class RequestStep(models.Model):
    """One step of a request's course, recorded by an editor: raised with whom, forwarded to
    whom, the central body's answer (its text, date and document number), resolved or dropped.
    The latest step sets the request's status (``services.request_steps_save``)."""

    request = models.ForeignKey(Request, verbose_name=_("request"), on_delete=models.CASCADE, related_name="steps")
    step = models.CharField(_("step"), max_length=16, choices=RequestStepKind.choices)
    date = models.DateField(_("date"), default=timezone.localdate)
    party = models.CharField(
        _("with or to whom"), max_length=300, blank=True, help_text=_("Raised with, or forwarded to, whom.")
    )
    reply = models.TextField(_("reply"), blank=True, help_text=_("The central body's answer."))
    document_number = models.CharField(_("document number"), max_length=100, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("recorded by"), null=True, blank=True, editable=False,
        on_delete=models.SET_NULL, related_name="+",
    )
    created_at = models.DateTimeField(_("recorded at"), auto_now_add=True)

    objects = RequestStepQuerySet.as_manager()

    class Meta:
        ordering = ["date", "id"]
        verbose_name = _("step of a request")
        verbose_name_plural = _("steps of a request")

    def __str__(self):
        return f"{self.get_step_display()} {self.date:%d/%m/%Y}"

    @property
    def status_label(self):
        """The step as the public pages name it: the status it set ("forwarded", not "forwarded to")."""
        return RequestStatus(self.step).label
