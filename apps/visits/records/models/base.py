"""What every record shares: review by an editor, the public/rejected rule, a name with its
variants and canonical key, and the province rule for querysets."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from apps.lib.collation import SORT_KEY_LENGTH, sort_key_text
from apps.lib.text import fold, name_key, slugify_vi
from apps.provinces.models import Province

from ..choices import ReviewState


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

        An IN over the unit and its predecessors' ids (Province.objects.unit_ids), so a
        (province, ...) index serves it.
        """
        return self.filter(province__in=Province.objects.unit_ids(province))


class PublicQuerySet(models.QuerySet):
    def public(self):
        """What the public pages, feed, API and exports show: everything but rejected records."""
        return self.exclude(review_state=ReviewState.REJECTED)


class NamedModel(models.Model):
    """A record with a display name, its spelling variants and one canonical key."""

    name = models.CharField(_("name"), max_length=200)
    variants = models.JSONField(_("name variants"), default=list, blank=True)
    name_key = models.CharField(_("canonical name key"), max_length=200, editable=False, db_index=True)
    name_folded = models.CharField(_("names without diacritics"), max_length=200, editable=False, db_index=True)
    # Vietnamese alphabetical order of the name (apps/lib/collation.py), for ORDER BY.
    name_sort = models.CharField(_("Vietnamese sort key"), max_length=SORT_KEY_LENGTH, editable=False, db_index=True, default="")
    slug = models.SlugField(_("slug"), max_length=220, unique=True)

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.fill_keys()
        if not self.slug:
            self.slug = slugify_vi(self.name)[:200] or "x"
        super().save(*args, **kwargs)

    def fill_keys(self):
        """The columns derived from the name and variants (save() fills them; a bulk load calls
        this itself). Returns the record."""
        self.name_key = name_key(self.name)
        self.name_folded = fold(" ".join([self.name, *self.variants]))[:200]
        self.name_sort = sort_key_text(self.name)
        return self
