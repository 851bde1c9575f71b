"""Named records: officials, countries and the foreign partner localities, with a province's
tie to a partner and the mentions of a partner at an activity."""

from django.db import models
from django.db.models import Count, F, OuterRef, Subquery, Sum, Value
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from apps.provinces.models import Province

from ..choices import ReviewState
from .base import NamedModel, PublicQuerySet, Reviewable


class Country(NamedModel):
    history = HistoricalRecords()

    class Meta(NamedModel.Meta):
        verbose_name = _("country")
        verbose_name_plural = _("countries")


class PartnerLocalityQuerySet(PublicQuerySet):
    def for_list(self):
        """Rows of /partners/: each partner with ``n``, the public activities naming it, and
        ``provinces``, the provinces tied to it, both read from its few ties (PartnerTie keeps
        each tie's count of public activities) in a subquery of their own: counting mentions
        and ties in one join multiplied them, and grew with every activity."""
        ties = PartnerTie.objects.filter(partner=OuterRef("pk")).order_by().values("partner")
        return (
            self.select_related("country")
            .annotate(
                n=Coalesce(Subquery(ties.annotate(s=Sum("activity_count")).values("s")), Value(0)),
                provinces=Coalesce(Subquery(ties.annotate(c=Count("pk")).values("c")), Value(0)),
            )
            # Vietnamese order (NamedModel.name_sort) in the database, so it holds across pages.
            .order_by(F("country__name_sort").asc(nulls_last=True), "name_sort", "pk")
        )

    def most_frequent(self, limit=10):
        """Partners by the number of public activities naming them, summed over their ties with
        provinces (PartnerTie keeps each tie's count of public activities), then the few winners
        fetched."""
        top = list(
            PartnerTie.objects.public()
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


class PartnerTieQuerySet(models.QuerySet):
    def public(self):
        """Ties with partners an editor did not reject."""
        return self.exclude(partner__review_state=ReviewState.REJECTED)


class PartnerTie(models.Model):
    """A province's tie with a partner locality over time. Derived from the activities that
    name the partner (kept current by ingest), so it keeps no history of its own."""

    province = models.ForeignKey(
        Province, verbose_name=_("province"), on_delete=models.CASCADE, related_name="partner_ties"
    )
    partner = models.ForeignKey(
        PartnerLocality, verbose_name=_("partner locality"), on_delete=models.CASCADE, related_name="ties"
    )
    first_seen = models.DateField(_("first seen"), null=True, blank=True)
    last_seen = models.DateField(_("last seen"), null=True, blank=True)
    activity_count = models.PositiveIntegerField(_("activities"), default=0)
    agreements = models.TextField(_("agreements mentioned"), blank=True)
    # the pages' cache version reads it
    updated_at = models.DateTimeField(_("updated at"), auto_now=True, db_index=True)

    objects = PartnerTieQuerySet.as_manager()

    class Meta:
        verbose_name = _("partner tie")
        verbose_name_plural = _("partner ties")
        constraints = [
            models.UniqueConstraint(fields=["province", "partner"], name="partner_tie_unique"),
        ]

    def __str__(self):
        return f"{self.province} — {self.partner}"


class MergedSlugQuerySet(models.QuerySet):
    @staticmethod
    def field_for(model):
        """The column that names a kept record of ``model``: "official" or "partner" (None for
        a model whose records are never merged)."""
        return {Official: "official", PartnerLocality: "partner"}.get(model)

    def of(self, model):
        """The merged-away addresses of ``model``'s records."""
        field = self.field_for(model)
        return self.filter(**{f"{field}__isnull": False}) if field else self.none()

    def kept_for(self, model, slug):
        """The record a merged-away ``slug`` of ``model`` (Official or PartnerLocality) now
        lives at, or None when no merge took that slug away or an editor rejected the kept
        record (no redirect to a page that is not there)."""
        field = self.field_for(model)
        row = (
            self.of(model)
            .filter(old_slug=slug)
            .exclude(**{f"{field}__review_state": ReviewState.REJECTED})
            .select_related(field)
            .first()
        )
        return getattr(row, field) if row is not None else None


class MergedSlug(models.Model):
    """The public address of a record merged into another: /officials/<old_slug>/ (or
    /partners/<old_slug>/) answers a permanent redirect to the kept record. Written by the merge
    services; a later merge of the kept record moves its rows to the new keeper."""

    old_slug = models.SlugField(_("former slug"), max_length=220)
    official = models.ForeignKey(
        Official, verbose_name=_("official"), null=True, blank=True, on_delete=models.CASCADE,
        related_name="merged_slugs",
    )
    partner = models.ForeignKey(
        PartnerLocality, verbose_name=_("partner locality"), null=True, blank=True, on_delete=models.CASCADE,
        related_name="merged_slugs",
    )
    merged_at = models.DateTimeField(_("merged at"), auto_now_add=True)

    objects = MergedSlugQuerySet.as_manager()

    class Meta:
        verbose_name = _("address of a merged record")
        verbose_name_plural = _("addresses of merged records")
        constraints = [
            models.UniqueConstraint(
                fields=["old_slug"], condition=models.Q(official__isnull=False), name="merged_slug_official_unique"
            ),
            models.UniqueConstraint(
                fields=["old_slug"], condition=models.Q(partner__isnull=False), name="merged_slug_partner_unique"
            ),
        ]

    def __str__(self):
        return f"{self.old_slug} → {self.official or self.partner}"
