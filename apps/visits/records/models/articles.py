"""The articles an activity was read from, and the partner localities each names."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from ..choices import ReviewState
from .activities import Activity, ActivityDateField
from .names import PartnerLocality


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
    encoding = models.CharField(_("encoding"), max_length=40, blank=True)
    status = models.CharField(_("ingest status"), max_length=16, choices=Status.choices, default=Status.LOADED)
    error = models.TextField(_("ingest error"), blank=True)
    extracted = models.JSONField(_("extracted record"), default=dict, blank=True)
    activity = models.ForeignKey(
        Activity, verbose_name=_("activity"), null=True, blank=True, on_delete=models.SET_NULL, related_name="articles"
    )
    ingested_at = models.DateTimeField(_("ingested at"), auto_now_add=True)
    # the pages' cache version reads it
    updated_at = models.DateTimeField(_("updated at"), auto_now=True, db_index=True)

    class Meta:
        ordering = ["source_name"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    def __str__(self):
        return self.title or self.source_name


class ActivityPartnerQuerySet(models.QuerySet):
    def at_public_activities(self):
        """Mentions in activities an editor did not reject (whatever the partner's state)."""
        return self.exclude(activity__review_state=ReviewState.REJECTED)

    def public(self):
        """What the public sees: neither the partner nor the activity rejected."""
        return self.at_public_activities().exclude(partner__review_state=ReviewState.REJECTED)


class ActivityPartner(models.Model):
    """A partner locality named in an activity, with its evidence."""

    activity = models.ForeignKey(
        Activity, verbose_name=_("activity"), on_delete=models.CASCADE, related_name="partner_mentions"
    )
    partner = models.ForeignKey(
        PartnerLocality, verbose_name=_("partner locality"), on_delete=models.PROTECT, related_name="mentions"
    )
    article = models.ForeignKey(
        Article, verbose_name=_("article"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    span_start = models.PositiveIntegerField(_("evidence starts at"), null=True, blank=True)
    span_end = models.PositiveIntegerField(_("evidence ends at"), null=True, blank=True)
    # Ordered by the partner's page through the mention_partner_order index (migration 0016).
    activity_date = ActivityDateField()

    objects = ActivityPartnerQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["activity", "partner"], name="activity_partner_unique"),
        ]

    def __str__(self):
        return f"{self.partner} @ {self.activity_id}"
