"""Ingest runs and their items are system records: editors read them, nobody adds, changes or
deletes them in admin."""

from django.contrib import admin

from .models import IngestItem, IngestRun


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
    list_display = ["id", "started_at", "finished_at", "status", "read", "new", "known", "merged", "failed", "dry_run"]
    list_filter = ["dry_run", "interrupted"]
    readonly_fields = ["started_at", "finished_at", "status", "host", "pid", "paths", "dry_run",
                       "read", "new", "known", "merged", "failed"]
    inlines = [IngestItemInline]


@admin.register(IngestItem)
class IngestItemAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["path", "outcome", "run", "article"]
    list_filter = ["outcome"]
    search_fields = ["path", "message"]
    list_select_related = ["run", "article"]

