from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Province


@admin.register(Province)
class ProvinceAdmin(SimpleHistoryAdmin):
    list_display = ["name", "unit_type", "code", "era", "region", "successor"]
    list_filter = ["era", "region", "unit_type"]
    search_fields = ["name", "name_folded", "code", "slug"]
    autocomplete_fields = ["successor"]
    readonly_fields = ["name_key", "name_folded"]
    ordering = ["era", "name"]
