from django.contrib import admin

from .models import IngestItem, IngestRun


class IngestItemInline(admin.TabularInline):
    model = IngestItem
    extra = 0
    fields = ["path", "outcome", "article", "message"]
    readonly_fields = fields
    can_delete = False


@admin.register(IngestRun)
class IngestRunAdmin(admin.ModelAdmin):
    list_display = ["id", "started_at", "finished_at", "status", "read", "new", "known", "merged", "failed", "dry_run"]
    readonly_fields = ["started_at", "finished_at", "status", "host", "pid", "paths", "dry_run",
                       "read", "new", "known", "merged", "failed"]
    inlines = [IngestItemInline]


@admin.register(IngestItem)
class IngestItemAdmin(admin.ModelAdmin):
    list_display = ["path", "outcome", "run", "article"]
    list_filter = ["outcome"]
    search_fields = ["path", "message"]
    raw_id_fields = ["article", "run"]
