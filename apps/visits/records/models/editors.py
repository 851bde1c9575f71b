"""Who may edit what: an editor is attached to one or more current provincial units (which
cover their pre-2025 predecessors). Everyone on the staff sees every record; changing,
reviewing, rejecting and merging are limited by these rows and by the permissions below."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from apps.provinces.models import Era, Province


class EditorScopeQuerySet(models.QuerySet):
    def province_ids_for(self, user):
        """The ids of the units ``user`` may change (their current units and those units'
        predecessors), or None when the user may change every province's records."""
        if user.is_superuser or user.has_perm("visits.edit_all_provinces"):
            return None
        units = Province.objects.filter(editor_scopes__user=user)
        return set(
            Province.objects.filter(models.Q(pk__in=units.values("pk")) | models.Q(successor__in=units.values("pk")))
            .values_list("pk", flat=True)
        )


class EditorScope(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, verbose_name=_("editor"), on_delete=models.CASCADE, related_name="editor_scope"
    )
    provinces = models.ManyToManyField(
        Province,
        verbose_name=_("provinces"),
        related_name="editor_scopes",
        limit_choices_to={"era": Era.CURRENT},
        help_text=_("Current units; each covers the pre-2025 units merged into it."),
    )

    objects = EditorScopeQuerySet.as_manager()

    class Meta:
        verbose_name = _("editor's provinces")
        verbose_name_plural = _("editors' provinces")
        permissions = [
            ("edit_all_provinces", _("Can change the records of every province")),
            ("review_records", _("Can mark records reviewed")),
            ("reject_records", _("Can reject records")),
            ("merge_records", _("Can merge duplicate records")),
        ]

    def __str__(self):
        return str(self.user)
