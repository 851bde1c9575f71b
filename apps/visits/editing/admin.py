"""Admin for editors: every record, with history (who changed what, when).

An editor's change to an activity is remembered in ``locked_fields`` so that a later ingest
never overwrites it.
"""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from apps.visits.editing.access import ProvinceScopedAdminMixin
from apps.visits.editing.article_panel import article_panel, doubt_links
from apps.visits.editing.filters import (
    DoubtListFilter,
    FoldedSearchMixin,
    OutletListFilter,
    ProvinceListFilter,
    StartDateRangeFilter,
    province_filter,
)
from apps.visits.editing.history import ReadableHistoryAdmin
from apps.visits.editing.merges import merge_officials, merge_partners
from apps.visits.editing.review import (
    REVIEW_ACTIONS,
    ReviewedAdminMixin,
    queue_url,
)
from apps.visits.records import services
from apps.visits.records.models import (
    Activity,
    ActivityPartner,
    Article,
    Country,
    Official,
    Participation,
    PartnerLocality,
    PartnerTie,
    Request,
    RequestStep,
    ReviewState,
    Title,
)
from apps.visits.records.repeats import makes_loop


class EvidenceInlineMixin:
    """The source article of a row is shown, not edited: read with the rows in one join, its
    texts left behind (a raw-id widget would fetch each whole article again, row by row)."""

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("article")
            .defer("article__raw_text", "article__clean_text", "article__extracted")
        )


class ParticipationInline(EvidenceInlineMixin, admin.TabularInline):
    model = Participation
    extra = 0
    autocomplete_fields = ["official"]
    fields = ["official", "role", "side", "article"]
    readonly_fields = ["article"]


class RequestForm(forms.ModelForm):
    """A request's change form: an editor's change of ``repeat_of`` locks the link, so ingest
    never undoes it (in the request's own form and in the activity's inline alike)."""

    def clean_repeat_of(self):
        repeat_of = self.cleaned_data.get("repeat_of")
        if repeat_of is not None and self.instance.pk and makes_loop(request=self.instance, repeat_of=repeat_of):
            raise forms.ValidationError(_("A request cannot repeat itself or one of its own repeats."))
        return repeat_of

    def save(self, commit=True):
        if "repeat_of" in self.changed_data:
            self.instance.repeat_locked = True
        return super().save(commit)


class RequestInline(EvidenceInlineMixin, admin.StackedInline):
    model = Request
    form = RequestForm
    extra = 0
    fields = ["text", "category", "status", "addressee", "repeat_of", "repeat_locked", "article"]
    readonly_fields = ["repeat_locked", "article"]
    raw_id_fields = ["repeat_of"]


class RequestStepInline(admin.TabularInline):
    """The request's course, step by step; who recorded each step is filled in, not typed."""

    model = RequestStep
    extra = 1
    fields = ["step", "date", "party", "reply", "document_number", "user", "created_at"]
    readonly_fields = ["user", "created_at"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("user")


class ActivityPartnerInline(EvidenceInlineMixin, admin.TabularInline):
    model = ActivityPartner
    extra = 0
    autocomplete_fields = ["partner"]
    fields = ["partner", "article"]
    readonly_fields = ["article"]


class ArticleInline(admin.TabularInline):
    model = Article
    extra = 0
    fields = ["source_name", "outlet", "title", "published", "status"]
    readonly_fields = fields
    show_change_link = True
    can_delete = False


@admin.register(Activity)
class ActivityAdmin(FoldedSearchMixin, ReviewedAdminMixin, ReadableHistoryAdmin):
    list_display = ["id", "kind", "province", "day", "end_day", "lead", "organization", "review_state"]
    list_filter = [ProvinceListFilter, StartDateRangeFilter, "kind", "review_state", "province__region", "date_precision",
                   DoubtListFilter, OutletListFilter]
    list_select_related = ["province", "lead"]
    search_fields = ["search_text"]
    search_help_text = _("Without diacritics or with them: “dak lak” finds “Đắk Lắk”.")
    autocomplete_fields = ["province", "lead"]
    date_hierarchy = "start_date"
    exclude = ["doubts", "locked_fields"]
    readonly_fields = ["doubt_list", "doubt_score", "fixed_fields", "created_at", "updated_at"]
    inlines = [ParticipationInline, RequestInline, ActivityPartnerInline, ArticleInline]
    actions = REVIEW_ACTIONS
    change_form_template = "admin/visits/activity/change_form.html"

    class Media:
        css = {"all": ["visits/review.css", "visits/editor.css"]}

    def save_model(self, request, obj, form, change):
        if change:
            services.activity_lock_edited(activity=obj, changed_fields=form.changed_data)
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        services.activity_refresh_search(activity=form.instance)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None:
            context["panel"] = self.panel(obj)
            context["review_next"] = obj.review_state == ReviewState.EXTRACTED and self.has_review_permission(
                request, obj
            )
            context["reject_next"] = context["review_next"] and self.has_reject_permission(request, obj)
        return super().render_change_form(request, context, add, change, form_url, obj)

    def response_change(self, request, obj):
        """"Mark reviewed (or rejected) and open the next": the fields are saved first, then the
        verdict, then the queue's next activity opens with the queue's filters kept."""
        verdicts = {"_review_next": ("review", ReviewState.REVIEWED), "_reject_next": ("reject", ReviewState.REJECTED)}
        for name, (permission, state) in verdicts.items():
            if name in request.POST:
                if not getattr(self, f"has_{permission}_permission")(request, obj):
                    raise PermissionDenied
                services.review_set(records=[obj], state=state, by=request.user)
                self.message_user(request, _("“%(obj)s”: %(state)s.") % {"obj": obj, "state": state.label},
                                  messages.SUCCESS)
                return HttpResponseRedirect(queue_url(request, next_one=True))
        return super().response_change(request, obj)

    @staticmethod
    def panel(obj):
        if not hasattr(obj, "_article_panel"):
            obj._article_panel = article_panel(obj)
        return obj._article_panel

    @admin.display(description=_("what extraction was unsure of"))
    def doubt_list(self, obj):
        return doubt_links(self.panel(obj)["doubts"])

    @admin.display(description=_("fields corrected by an editor"))
    def fixed_fields(self, obj):
        labels = [str(Activity._meta.get_field(f).verbose_name) for f in obj.locked_fields if f in FIELD_NAMES]
        return ", ".join(labels) or _("none yet (ingest may still update every field)")

    @admin.display(description=_("start date"), ordering="start_date")
    def day(self, obj):
        return obj.start_date.strftime("%d/%m/%Y") if obj.start_date else "—"

    @admin.display(description=_("end date"), ordering="end_date")
    def end_day(self, obj):
        return obj.end_date.strftime("%d/%m/%Y") if obj.end_date else "—"


FIELD_NAMES = {f.name for f in Activity._meta.get_fields()}


class TitleInline(admin.TabularInline):
    model = Title
    extra = 0
    fields = ["title"]


@admin.register(Participation)
class ParticipationAdmin(ProvinceScopedAdminMixin, ReadableHistoryAdmin):
    province_path = "activity__province"
    list_display = ["official", "activity", "role", "side"]
    list_filter = [province_filter("activity__province"), "role", "side"]
    list_select_related = ["official", "activity__province"]
    search_fields = ["official__name", "official__name_folded"]
    autocomplete_fields = ["official", "activity"]
    raw_id_fields = ["article"]
    inlines = [TitleInline]


@admin.register(Official)
class OfficialAdmin(FoldedSearchMixin, ReviewedAdminMixin, ReadableHistoryAdmin):
    province_path = "participations__activity__province"
    list_display = ["name", "slug", "review_state"]
    list_filter = [province_filter("participations__activity__province"), "review_state"]
    search_fields = ["name_folded"]
    readonly_fields = ["name_key", "name_folded"]
    actions = [merge_officials, *REVIEW_ACTIONS]


@admin.register(Country)
class CountryAdmin(ReadableHistoryAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name", "name_folded", "variants"]
    readonly_fields = ["name_key", "name_folded"]


@admin.register(PartnerLocality)
class PartnerLocalityAdmin(FoldedSearchMixin, ReviewedAdminMixin, ReadableHistoryAdmin):
    province_path = "mentions__activity__province"
    list_display = ["name", "kind", "country", "review_state"]
    list_filter = [province_filter("mentions__activity__province"), "review_state", "country"]
    list_select_related = ["country"]
    search_fields = ["name_folded"]
    autocomplete_fields = ["country"]
    readonly_fields = ["name_key", "name_folded"]
    actions = [merge_partners, *REVIEW_ACTIONS]


@admin.register(PartnerTie)
class PartnerTieAdmin(admin.ModelAdmin):
    list_display = ["province", "partner", "first_seen", "last_seen", "activity_count"]
    list_select_related = ["province", "partner"]
    list_filter = ["province__region"]
    search_fields = ["partner__name", "province__name"]
    autocomplete_fields = ["province", "partner"]


@admin.register(Request)
class RequestAdmin(FoldedSearchMixin, ReviewedAdminMixin, ReadableHistoryAdmin):
    province_path = "activity__province"
    form = RequestForm
    list_display = ["short_text", "category", "status", "activity", "repeat_of", "repeat_locked", "review_state"]
    list_filter = [province_filter("activity__province"), "review_state", "category", "status", "repeat_locked",
                   "activity__province__region"]
    list_select_related = ["activity__province", "repeat_of"]
    search_fields = ["text_key"]
    autocomplete_fields = ["activity"]
    raw_id_fields = ["article", "repeat_of"]
    readonly_fields = ["text_key", "repeat_locked"]
    actions = ["unlink_repeat", *REVIEW_ACTIONS]
    inlines = [RequestStepInline]

    def save_formset(self, request, form, formset, change):
        if formset.model is not RequestStep:
            return super().save_formset(request, form, formset, change)
        steps = formset.save(commit=False)
        if not steps and not formset.deleted_objects:
            return None  # no step changed: the status the editor typed stands
        services.request_steps_save(request=form.instance, steps=steps, deleted=formset.deleted_objects,
                                    by=request.user)
        return None

    @admin.display(description=_("text"))
    def short_text(self, obj):
        return obj.text[:100]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if "repeat_of" in form.changed_data:
            # The editor's link, through its service: locked against ingest, pages refreshed.
            services.request_link(request=obj, repeat_of=obj.repeat_of, by=request.user)

    @admin.action(description=_("Unlink from earlier ask"), permissions=["change"])
    def unlink_repeat(self, request, queryset):
        if self.refuse_out_of_scope(request, queryset):
            return
        n = 0
        for obj in queryset:
            services.request_unlink(request=obj, by=request.user)
            n += 1
        self.message_user(
            request,
            ngettext(
                "%(n)d request unlinked; ingest will not link it again.",
                "%(n)d requests unlinked; ingest will not link them again.",
                n,
            )
            % {"n": n},
            messages.SUCCESS,
        )


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["source_name", "outlet", "title", "published", "status", "activity"]
    list_filter = ["status", "outlet"]
    list_select_related = ["activity__province"]
    search_fields = ["source_name", "title", "content_hash"]
    autocomplete_fields = ["activity"]
    readonly_fields = ["content_hash", "raw_text", "clean_text", "extracted", "ingested_at", "encoding"]
    date_hierarchy = "published"
