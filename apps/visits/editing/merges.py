"""Merging duplicates in admin: select two or more records, see what moves, choose the one to
keep, confirm. The page posts back to the same changelist action (Django's
delete-confirmation pattern); the work is the service function's.

Records that may not be one (officials whose titles name no common office or province,
partners of different countries) need a second confirmation on a page naming the conflict.
A merge is logged in the admin's recent actions: a change of the kept record, a deletion of
each other."""

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.models import DELETION, LogEntry
from django.db import transaction
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from apps.visits.records import services
from apps.visits.records.merging import merge_conflicts, merge_preview

MAX_SELECTED = 20  # a guard against merging a whole changelist by mistake


def merge_action(merge, description):
    """An admin action merging the selected records with ``merge(keep=, others=, by=)`` after a
    preview. Editors who may change the records see it; only those who may also delete them
    (a merge deletes the duplicates) can use it: Django lets an action through on any one of
    its permissions, so the second is checked here."""

    @admin.action(description=description, permissions=["change"])
    def merge_selected(modeladmin, request, queryset):
        opts = modeladmin.model._meta
        if not modeladmin.has_delete_permission(request):
            modeladmin.message_user(
                request,
                _("Merging deletes the duplicates: it needs the permission to delete them."),
                messages.ERROR,
            )
            return None
        if not modeladmin.has_merge_permission(request):
            modeladmin.message_user(request, _("Merging needs the permission to merge records."), messages.ERROR)
            return None
        if modeladmin.refuse_out_of_scope(request, queryset):
            return None
        records = list(queryset.order_by("id"))
        if not 2 <= len(records) <= MAX_SELECTED:
            modeladmin.message_user(
                request,
                _("Select between 2 and %(max)d records to merge.") % {"max": MAX_SELECTED},
                messages.ERROR,
            )
            return None
        keep = next((r for r in records if str(r.pk) == request.POST.get("keep")), None)
        if request.POST.get("confirm") and keep is not None:
            others = [r for r in records if r.pk != keep.pk]
            if not request.POST.get("confirm_conflict") and (conflicts := merge_conflicts(records)):
                return conflict_page(modeladmin, request, records=records, keep=keep, conflicts=conflicts)
            merge_logged(merge, modeladmin, request, keep=keep, others=others)
            modeladmin.message_user(
                request,
                _("Merged %(others)s into “%(keep)s”.")
                % {"others": ", ".join(map(str, others)), "keep": keep},
                messages.SUCCESS,
            )
            return HttpResponseRedirect(
                reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[keep.pk])
            )
        if request.POST.get("confirm"):
            modeladmin.message_user(request, _("Choose the record to keep."), messages.ERROR)
        preview = merge_preview(keep=records[0], others=records[1:])
        return merge_page(
            modeladmin,
            request,
            "admin/visits/merge_preview.html",
            title=_("Merge %(name)s") % {"name": opts.verbose_name_plural},
            preview=preview,
            chosen=keep or preview.suggested,
            is_official=opts.model_name == "official",
        )

    return merge_selected


def merge_logged(merge, modeladmin, request, *, keep, others):
    """The merge and its entries in the admin's log, in one transaction (the deletions are
    logged first: a deleted record has no primary key left to name)."""
    names = ", ".join(f"{o} (#{o.pk})" for o in others)
    with transaction.atomic():
        LogEntry.objects.log_actions(
            request.user.pk, others, DELETION, _("Merged into “%(keep)s” (#%(pk)s).") % {"keep": keep, "pk": keep.pk}
        )
        merge(keep=keep, others=others, by=request.user)
        modeladmin.log_change(request, keep, _("Merged %(others)s into this record.") % {"others": names})


def merge_page(modeladmin, request, template, **extra):
    """An admin page of the merge action (merge_base.html): the admin's context, the action's
    hidden fields, and ``extra``."""
    request.current_app = modeladmin.admin_site.name
    context = {
        **modeladmin.admin_site.each_context(request),
        "opts": modeladmin.model._meta,
        "action": request.POST.get("action", "merge_selected"),
        "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        "media": modeladmin.media,
        **extra,
    }
    return TemplateResponse(request, template, context)


def conflict_page(modeladmin, request, *, records, keep, conflicts):
    """The second confirmation: what the selected records name that does not agree."""
    labels = {"office": _("offices"), "province": _("provinces"), "country": _("countries")}
    return merge_page(
        modeladmin,
        request,
        "admin/visits/merge_conflict.html",
        title=_("These records may not be one: confirm the merge"),
        records=records,
        keep=keep,
        conflicts=[(labels[c.what], c) for c in conflicts],
    )


merge_officials = merge_action(services.official_merge, gettext_lazy("Merge selected officials…"))
merge_partners = merge_action(services.partner_merge, gettext_lazy("Merge selected partner localities…"))
