from django.contrib import admin

from apps.lib.history_admin import HistoryAdmin

from .models import Province


@admin.register(Province)
class ProvinceAdmin(HistoryAdmin):
    list_display = ["name", "unit_type", "code", "era", "region", "successor"]
    list_filter = ["era", "region", "unit_type"]
    search_fields = ["name", "name_folded", "code", "slug"]
    autocomplete_fields = ["successor"]
    readonly_fields = ["name_key", "name_folded"]
    ordering = ["era", "name"]
