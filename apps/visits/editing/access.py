"""Who may change what in admin: every staff member sees every record; an editor changes,
reviews and rejects only the records of the provinces they are attached to (EditorScope), a
national editor (``visits.edit_all_provinces``) those of every province. Reviewing, rejecting
and merging are permissions of their own (``visits.review_records`` ...).

The rule is object-level (``has_change_permission(request, obj)``), so the change page, a
crafted POST to it and the bulk actions all meet it."""

from django.contrib import messages
from django.utils.translation import gettext as _

from apps.visits.records.models import EditorScope

PERMISSIONS = {
    "review": "visits.review_records",
    "reject": "visits.reject_records",
    "merge": "visits.merge_records",
}


def editable_province_ids(request):
    """The ids of the units the user may change, None for all; read once per request."""
    if not hasattr(request, "_editor_province_ids"):
        request._editor_province_ids = EditorScope.objects.province_ids_for(request.user)
    return request._editor_province_ids


class ProvinceScopedAdminMixin:
    """Object-level change rule for a record reached through ``province_path``; an official or
    a partner locality is in an editor's provinces when it takes part in one of their
    activities."""

    province_path = "province"

    def in_scope(self, request, obj):
        ids = editable_province_ids(request)
        if ids is None or obj is None or obj.pk is None:
            return True
        cache = request.__dict__.setdefault("_editor_in_scope", {})
        key = (self.model._meta.concrete_model, obj.pk)
        if key not in cache:
            cache[key] = (
                self.model._default_manager.filter(pk=obj.pk, **{f"{self.province_path}__in": ids}).exists()
            )
        return cache[key]

    def out_of_scope(self, request, queryset):
        """The records of ``queryset`` the user may not change (a queryset, empty for all)."""
        ids = editable_province_ids(request)
        if ids is None:
            return queryset.none()
        return queryset.exclude(**{f"{self.province_path}__in": ids})

    def refuse_out_of_scope(self, request, queryset):
        """True (with a message) when a bulk action selected records outside the user's provinces."""
        n = self.out_of_scope(request, queryset).count()
        if n:
            self.message_user(
                request,
                _("%(n)d of the selected records belong to provinces you do not edit; nothing was changed.")
                % {"n": n},
                messages.ERROR,
            )
        return bool(n)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        """The record's link to its province (or to the activity that has one) offers, and
        accepts, only the editor's provinces: a record cannot be moved out of them (nor a
        request onto another province's activity) by a change or a crafted POST."""
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        ids = editable_province_ids(request)
        head, _sep, rest = self.province_path.partition("__")
        if ids is not None and field is not None and db_field.name == head:
            field.queryset = field.queryset.filter(**{f"{rest}__in" if rest else "pk__in": ids})
        return field

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self.in_scope(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self.in_scope(request, obj)

    def has_review_permission(self, request, obj=None):
        return request.user.has_perm(PERMISSIONS["review"]) and self.in_scope(request, obj)

    def has_reject_permission(self, request, obj=None):
        return request.user.has_perm(PERMISSIONS["reject"]) and self.in_scope(request, obj)

    def has_merge_permission(self, request, obj=None):
        return request.user.has_perm(PERMISSIONS["merge"])
