"""Admin for editors: every record, with history (who changed what, when).

An editor's change to an activity is remembered in ``locked_fields`` so that a later ingest
never overwrites it.
"""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from . import services
from .admin_review import REVIEW_ACTIONS, REVIEW_FIELDS, ReviewedAdminMixin, doubts_html
from .models import (
    Activity,
    ActivityPartner,
    Article,
    Country,
    Official,
    Participation,
    PartnerLocality,
    PartnerTie,
    Request,
    Title,
)


def merge_action(merge, description):
    """An admin action merging the selected duplicates into the oldest of them."""

    @admin.action(description=description)
    def merge_into_first(modeladmin, request, queryset):
        first, *others = list(queryset.order_by("id"))
        for other in others:
            merge(into=first, other=other)

    return merge_into_first


class ParticipationInline(admin.TabularInline):
    model = Participation
    extra = 0
    autocomplete_fields = ["official"]
    fields = ["official", "role", "side", "article", "span_start", "span_end"]
    raw_id_fields = ["article"]


class RequestInline(admin.StackedInline):
    model = Request
    extra = 0
    fields = ["text", "category", "status", "addressee", "repeat_of", "article", "span_start", "span_end"]
    raw_id_fields = ["article", "repeat_of"]


class ActivityPartnerInline(admin.TabularInline):
    model = ActivityPartner
    extra = 0
    autocomplete_fields = ["partner"]
    raw_id_fields = ["article"]


class ArticleInline(admin.TabularInline):
    model = Article
    extra = 0
    fields = ["source_name", "outlet", "title", "published", "status"]
    readonly_fields = fields
    show_change_link = True
    can_delete = False


@admin.register(Activity)
class ActivityAdmin(ReviewedAdminMixin, SimpleHistoryAdmin):
    list_display = ["id", "kind", "province", "start_date", "end_date", "lead", "organization", "review_state"]
    list_filter = ["kind", "review_state", "province__region", "date_precision"]
    list_select_related = ["province", "lead"]
    search_fields = ["search_text", "organization", "summary", "lead__name"]
    autocomplete_fields = ["province", "lead"]
    date_hierarchy = "start_date"
    exclude = ["doubts"]
    readonly_fields = ["doubt_list", "doubt_score", "created_at", "updated_at"]
    inlines = [ParticipationInline, RequestInline, ActivityPartnerInline, ArticleInline]
    actions = REVIEW_ACTIONS

    class Media:
        css = {"all": ["visits/review.css"]}

    def save_model(self, request, obj, form, change):
        if change:
            edited = set(form.changed_data) - {"locked_fields", *REVIEW_FIELDS}
            obj.locked_fields = sorted(set(obj.locked_fields) | edited)
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        services.activity_refresh_search(activity=form.instance)

    @admin.display(description=_("what extraction was unsure of"))
    def doubt_list(self, obj):
        return doubts_html(obj)


class TitleInline(admin.TabularInline):
    model = Title
    extra = 0
    fields = ["title"]


@admin.register(Participation)
class ParticipationAdmin(SimpleHistoryAdmin):
    list_display = ["official", "activity", "role", "side"]
    list_filter = ["role", "side"]
    list_select_related = ["official", "activity__province"]
    search_fields = ["official__name", "official__name_folded"]
    autocomplete_fields = ["official", "activity"]
    raw_id_fields = ["article"]
    inlines = [TitleInline]


@admin.register(Official)
class OfficialAdmin(SimpleHistoryAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name", "name_folded", "variants"]
    readonly_fields = ["name_key", "name_folded"]
    actions = [merge_action(services.official_merge, "Merge selected officials into the first one")]


@admin.register(Country)
class CountryAdmin(SimpleHistoryAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name", "name_folded", "variants"]
    readonly_fields = ["name_key", "name_folded"]


@admin.register(PartnerLocality)
class PartnerLocalityAdmin(SimpleHistoryAdmin):
    list_display = ["name", "kind", "country"]
    list_filter = ["country"]
    list_select_related = ["country"]
    search_fields = ["name", "name_folded", "variants"]
    autocomplete_fields = ["country"]
    readonly_fields = ["name_key", "name_folded"]
    actions = [merge_action(services.partner_merge, "Merge selected partner localities into the first one")]


@admin.register(PartnerTie)
class PartnerTieAdmin(admin.ModelAdmin):
    list_display = ["province", "partner", "first_seen", "last_seen", "activity_count"]
    list_select_related = ["province", "partner"]
    list_filter = ["province__region"]
    search_fields = ["partner__name", "province__name"]
    autocomplete_fields = ["province", "partner"]


@admin.register(Request)
class RequestAdmin(SimpleHistoryAdmin):
    list_display = ["short_text", "category", "status", "activity", "repeat_of"]
    list_filter = ["category", "status", "activity__province__region"]
    list_select_related = ["activity__province", "repeat_of"]
    search_fields = ["text", "text_key"]
    autocomplete_fields = ["activity"]
    raw_id_fields = ["article", "repeat_of"]
    readonly_fields = ["text_key"]

    @admin.display(description="text")
    def short_text(self, obj):
        return obj.text[:100]


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["source_name", "outlet", "title", "published", "status", "activity"]
    list_filter = ["status", "outlet"]
    list_select_related = ["activity__province"]
    search_fields = ["source_name", "title", "content_hash"]
    autocomplete_fields = ["activity"]
    readonly_fields = ["content_hash", "raw_text", "clean_text", "extracted", "ingested_at", "encoding"]
    date_hierarchy = "published"
