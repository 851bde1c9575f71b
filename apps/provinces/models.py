"""Vietnam's provincial units: the 63 before 1 July 2025 and the 34 after, with the mapping."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from apps.lib.text import fold, name_key


class Era(models.TextChoices):
    PRE_2025 = "pre2025", _("Before 1 July 2025 (63 units)")
    CURRENT = "2025", _("From 1 July 2025 (34 units)")


class UnitType(models.TextChoices):
    PROVINCE = "tinh", _("tỉnh")
    CITY = "thanh_pho", _("thành phố")


class Region(models.TextChoices):
    NORTHWEST = "tay_bac", "Tây Bắc"
    NORTHEAST = "dong_bac", "Đông Bắc"
    RED_RIVER = "dong_bang_song_hong", "Đồng bằng sông Hồng"
    NORTH_CENTRAL = "bac_trung_bo", "Bắc Trung Bộ"
    SOUTH_CENTRAL = "nam_trung_bo", "Duyên hải Nam Trung Bộ"
    HIGHLANDS = "tay_nguyen", "Tây Nguyên"
    SOUTHEAST = "dong_nam_bo", "Đông Nam Bộ"
    MEKONG = "dong_bang_song_cuu_long", "Đồng bằng sông Cửu Long"


class ProvinceQuerySet(models.QuerySet):
    def pre_2025(self):
        return self.filter(era=Era.PRE_2025)

    def current(self):
        return self.filter(era=Era.CURRENT)

    def units_of(self, province):
        """The unit and, for a current (2025) unit, the pre-2025 units merged into it."""
        return self.filter(models.Q(pk=province.pk) | models.Q(successor=province.pk))

    def unit_ids(self, province):
        """The ids of units_of(province), for a ``province__in`` filter: a pre-2025 unit has no
        predecessors, so its own id, which the query planner can estimate (through a subquery
        it guessed, and walked a million rows of later units by date); a current unit's ids
        as a subquery."""
        if province.era == Era.PRE_2025:
            return [province.pk]
        return self.units_of(province).values("pk")


class Province(models.Model):
    code = models.CharField(_("code"), max_length=4)
    era = models.CharField(_("era"), max_length=8, choices=Era.choices)
    name = models.CharField(_("name"), max_length=100)
    unit_type = models.CharField(_("type"), max_length=16, choices=UnitType.choices)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    region = models.CharField(_("region"), max_length=32, choices=Region.choices, blank=True)
    latitude = models.FloatField(_("latitude"), null=True, blank=True)
    longitude = models.FloatField(_("longitude"), null=True, blank=True)
    border_countries = models.JSONField(_("border countries"), default=list, blank=True)
    successor = models.ForeignKey(
        "self",
        verbose_name=_("unit after 1 July 2025"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="predecessors",
        help_text=_("For a pre-2025 unit: the current unit that holds its territory."),
    )
    name_key = models.CharField(_("canonical name key"), max_length=120, editable=False, db_index=True)
    name_folded = models.CharField(_("names without diacritics"), max_length=120, editable=False, db_index=True)

    objects = ProvinceQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["era", "name"]
        constraints = [
            models.UniqueConstraint(fields=["code", "era"], name="province_unique_code_era"),
        ]
        verbose_name = _("province")
        verbose_name_plural = _("provinces")

    def __str__(self):
        suffix = "" if self.era == Era.CURRENT else " (≤2025)"
        return f"{self.name}{suffix}"

    def save(self, *args, **kwargs):
        self.name_key = name_key(self.name)
        self.name_folded = fold(self.name)
        super().save(*args, **kwargs)

    @property
    def full_name(self):
        return f"{self.get_unit_type_display()} {self.name}"

    @property
    def current_unit(self):
        return self if self.era == Era.CURRENT else self.successor
