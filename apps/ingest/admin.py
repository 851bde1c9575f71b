"""Ingest runs and their items are system records: editors read them, nobody adds, changes or
deletes them in admin."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from apps.lib.history_admin import HistoryAdmin

from .models import FetchedPage, IngestItem, IngestRun, Source


class ReadOnlyAdminMixin:
    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class IngestItemInline(ReadOnlyAdminMixin, admin.TabularInline):
    model = IngestItem
    extra = 0
    fields = ["path", "outcome", "article", "message"]
    readonly_fields = fields


@admin.register(IngestRun)
class IngestRunAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["id", "started_at", "finished_at", "run_status", "read", "new", "known", "merged", "failed", "dry_run"]
    list_filter = ["dry_run", "interrupted"]
    readonly_fields = ["started_at", "finished_at", "run_status", "host", "pid", "paths", "dry_run",
                       "read", "new", "known", "merged", "failed"]
    inlines = [IngestItemInline]

    @admin.display(description=_("status"))
    def run_status(self, obj):
        return obj.status_label


@admin.register(IngestItem)
class IngestItemAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["path", "outcome", "run", "article"]
    list_filter = ["outcome"]
    search_fields = ["path", "message"]
    raw_id_fields = ["article", "run"]
    list_select_related = ["run", "article"]


@admin.register(Source)
class SourceAdmin(HistoryAdmin):
    list_display = ["name", "kind", "url", "province", "active", "interval", "last_checked_at", "last_status",
                    "last_found", "last_new", "last_failed", "short_error"]
    list_filter = ["active", "kind"]
    search_fields = ["name", "url"]
    raw_id_fields = ["province"]
    readonly_fields = ["next_check_at", "last_checked_at", "last_status", "etag", "last_modified", "last_found",
                       "last_new", "last_failed", "last_error", "claim"]
    fieldsets = [
        (None, {"fields": ["name", "url", "kind", "selector", "province", "active", "interval", "notes"]}),
        ("Lần kiểm tra cuối", {"fields": readonly_fields}),
    ]
    actions = ["pause", "resume", "check_soon"]

    @admin.display(description="lỗi lần cuối")
    def short_error(self, obj):
        return obj.last_error[:80]

    @admin.display(description="đang được kiểm tra bởi")
    def claim(self, obj):
        return f"{obj.claimed_by} (pid {obj.claimed_pid}) đến {obj.claimed_until:%Y-%m-%d %H:%M}" if obj.claimed_until else "—"

    @admin.action(description="Tạm dừng các nguồn đã chọn")
    def pause(self, request, queryset):
        for source in queryset.filter(active=True):  # one by one: each change gets its history row
            source.active = False
            source.save(update_fields=["active"])

    @admin.action(description="Theo dõi lại các nguồn đã chọn")
    def resume(self, request, queryset):
        for source in queryset.filter(active=False):
            source.active = True
            source.save(update_fields=["active"])

    @admin.action(description="Kiểm tra ở lần chạy collect tới")
    def check_soon(self, request, queryset):
        queryset.update(next_check_at=None)


@admin.register(FetchedPage)
class FetchedPageAdmin(admin.ModelAdmin):
    list_display = ["url", "state", "status_code", "outcome", "published", "source", "fetched_at", "short_error"]
    list_filter = ["state", "outcome", "source"]
    search_fields = ["url", "title", "error"]
    raw_id_fields = ["article", "source"]
    exclude = ["body"]
    readonly_fields = [f.name for f in FetchedPage._meta.fields if f.name != "body"] + ["body_size"]

    def has_add_permission(self, request):
        return False

    @admin.display(description="lỗi")
    def short_error(self, obj):
        return obj.error[:80]

    @admin.display(description="kích thước trang gốc (byte)")
    def body_size(self, obj):
        return len(obj.body) if obj.body is not None else 0

    def get_queryset(self, request):
        return super().get_queryset(request).defer("body")
