"""Review in admin: bulk actions shared by every reviewable record, and the "to review" queue
of activities ordered by how unsure extraction was, each doubt beside its evidence sentence."""

from django.contrib import admin, messages
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from apps.visits.records import services
from apps.visits.records.models import ActivityToReview, Doubt, ReviewState

from .access import ProvinceScopedAdminMixin
from .filters import (
    DoubtListFilter,
    FoldedSearchMixin,
    OutletListFilter,
    ProvinceListFilter,
    StartDateRangeFilter,
)


def _review_action(state, description, permission):
    @admin.action(description=description, permissions=[permission])
    def action(modeladmin, request, queryset):
        if modeladmin.refuse_out_of_scope(request, queryset):
            return
        # The queue lists a proxy of Activity; its history is kept for the concrete model.
        model = queryset.model._meta.concrete_model
        records = model.objects.filter(pk__in=list(queryset.values_list("pk", flat=True)))
        n = services.review_set(records=records, state=state, by=request.user)
        modeladmin.message_user(
            request,
            ngettext("%(n)d record marked: %(state)s.", "%(n)d records marked: %(state)s.", n)
            % {"n": n, "state": ReviewState(state).label},
            messages.SUCCESS,
        )

    action.__name__ = f"mark_{state}"
    return action


mark_reviewed = _review_action(ReviewState.REVIEWED, _("Mark selected as reviewed"), "review")
mark_rejected = _review_action(
    ReviewState.REJECTED, _("Reject selected (hidden from the public site, kept in the database)"), "reject"
)
mark_extracted = _review_action(ReviewState.EXTRACTED, _("Send selected back to review"), "review")
REVIEW_ACTIONS = [mark_reviewed, mark_rejected, mark_extracted]
REVIEW_FIELDS = ["review_state", "reviewed_by", "reviewed_at"]


class ReviewedAdminMixin(ProvinceScopedAdminMixin):
    """Who reviewed a record and when are set by the review, never typed in; the state is typed
    in only by an editor who may both review and reject that record. No hard delete: a wrong
    record is rejected (it stays in the database, out of the public pages)."""

    def get_readonly_fields(self, request, obj=None):
        fields = [*super().get_readonly_fields(request, obj), "reviewed_by", "reviewed_at"]
        if not (self.has_review_permission(request, obj) and self.has_reject_permission(request, obj)):
            fields.append("review_state")
        return fields

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)
        return actions

    def save_model(self, request, obj, form, change):
        if "review_state" in form.changed_data:
            state = obj.review_state
            super().save_model(request, obj, form, change)
            services.review_set(records=[obj], state=state, by=request.user)
            return
        super().save_model(request, obj, form, change)


def doubts_html(activity):
    """Each doubt with the sentence it rests on."""
    if not activity.doubts:
        return "—"
    return format_html(
        "<ul class='doubts'>{}</ul>",
        format_html_join(
            "",
            "<li><strong>{}</strong>{}</li>",
            (
                (
                    Doubt(d["code"]).label if d["code"] in Doubt.values else d["code"],
                    format_html(": <q>{}</q> <small>({})</small>", d["evidence"], d.get("source", ""))
                    if d.get("evidence")
                    else "",
                )
                for d in activity.doubts
            ),
        ),
    )


QUEUE_SESSION_KEY = "review_queue"  # the queue's filters and order, for "mark and open the next"


def queue_url(request, next_one=False):
    """The queue as the editor last left it (filters, search, order), or its next activity."""
    query = request.session.get(QUEUE_SESSION_KEY, "")
    if next_one:
        query = f"{query}&_next=1" if query else "_next=1"
    url = reverse("admin:visits_activitytoreview_changelist")
    return f"{url}?{query}" if query else url


@admin.register(ActivityToReview)
class ActivityToReviewAdmin(FoldedSearchMixin, ReviewedAdminMixin, admin.ModelAdmin):
    list_display = ["summary_link", "province", "day", "doubt_list", "doubt_score"]
    list_display_links = None
    list_filter = [ProvinceListFilter, StartDateRangeFilter, "kind", DoubtListFilter, OutletListFilter]
    date_hierarchy = "start_date"
    search_fields = ["search_text"]
    search_help_text = _("Without diacritics or with them: “dak lak” finds “Đắk Lắk”.")
    actions = REVIEW_ACTIONS
    list_per_page = 50
    ordering = ["-doubt_score", "-id"]  # the changelist would otherwise impose the model's date order

    class Media:
        css = {"all": ["visits/review.css"]}

    def get_queryset(self, request):
        return ActivityToReview.objects.to_review()

    def has_add_permission(self, request):
        return False

    def changelist_view(self, request, extra_context=None):
        """Remembers the queue's filters in the session; with ``_next`` opens the first
        activity of the queue so filtered (the one just reviewed has left it)."""
        if "_next" in request.GET:
            query = request.GET.copy()
            del query["_next"]
            request.GET = query
            changelist = self.get_changelist_instance(request)
            first = changelist.result_list[0] if len(changelist.result_list) else None
            if first is None:
                self.message_user(request, _("Nothing left to review with these filters."), messages.SUCCESS)
                return HttpResponseRedirect(queue_url(request))
            return HttpResponseRedirect(reverse("admin:visits_activity_change", args=[first.pk]))
        query = request.GET.urlencode()
        if request.session.get(QUEUE_SESSION_KEY) != query and "_changelist_filters" not in request.GET:
            request.session[QUEUE_SESSION_KEY] = query
        return super().changelist_view(request, extra_context)

    @admin.display(description=_("activity"))
    def summary_link(self, obj):
        url = reverse("admin:visits_activity_change", args=[obj.pk])
        return format_html('<a href="{}">{}</a>', url, Truncator(obj.summary).chars(140) or f"#{obj.pk}")

    @admin.display(description=_("start date"), ordering="start_date")
    def day(self, obj):
        return obj.start_date.strftime("%d/%m/%Y") if obj.start_date else "—"

    @admin.display(description=_("what extraction was unsure of"))
    def doubt_list(self, obj):
        return doubts_html(obj)
