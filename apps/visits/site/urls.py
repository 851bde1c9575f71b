from django.urls import path
from django.views.decorators.http import require_safe

from apps.visits.reporting.caching import cache_page_by_version as cached
from apps.visits.site import directory, downloads, maps, timeline, views
from apps.visits.site.feeds import ActivityFeed

urlpatterns = [
    path("", cached(views.dashboard), name="dashboard"),
    path("activities/", cached(views.ActivityListView.as_view()), name="activity-list"),
    path("activities/export.csv", cached(downloads.export), {"fmt": "csv"}, name="activity-export-csv"),
    path("activities/export.json", cached(downloads.export), {"fmt": "json"}, name="activity-export-json"),
    path("activities/export.jsonl", cached(downloads.export), {"fmt": "jsonl"}, name="activity-export-jsonl"),
    path("activities/export.xlsx", cached(downloads.export), {"fmt": "xlsx"}, name="activity-export-xlsx"),
    path("activities/brief.docx", cached(downloads.brief), name="activity-brief"),
    path("requests/export.csv", cached(downloads.export_requests), {"fmt": "csv"}, name="request-export-csv"),
    path("requests/export.xlsx", cached(downloads.export_requests), {"fmt": "xlsx"}, name="request-export-xlsx"),
    path("autocomplete/<str:kind>/", downloads.autocomplete, name="autocomplete"),
    # Not page-cached: cheap, and a bad filter must answer 400 every time.
    path("feed/activities.atom", ActivityFeed(), name="activity-feed"),
    path("activities/<int:pk>/", cached(views.ActivityDetailView.as_view()), name="activity-detail"),
    path("provinces/", cached(views.province_list), name="province-list"),
    path("provinces/<slug:slug>/", cached(views.province_detail), name="province-detail"),
    path("officials/", cached(directory.official_list), name="official-list"),
    path("officials/<slug:slug>/", cached(views.official_detail), name="official-detail"),
    path("partners/", cached(views.PartnerListView.as_view()), name="partner-list"),
    path("partners/<slug:slug>/", cached(views.partner_detail), name="partner-detail"),
    path("requests/", cached(views.RequestListView.as_view()), name="request-list"),
    path("requests/<int:pk>/", cached(views.request_detail), name="request-detail"),
    path("timeline/", cached(views.timeline), name="timeline"),
    path("map/", cached(maps.province_map), name="province-map"),
    path("timeline/items.json", cached(timeline.timeline_items), name="timeline-items"),
    path("gioi-thieu/", cached(directory.about), name="about"),
    path("language/", views.choose_language, name="choose-language"),
    path("healthz", views.healthz, name="healthz"),
]

# The public site is read-only: every URL here answers GET and HEAD, anything else 405.
for pattern in urlpatterns:
    pattern.callback = require_safe(pattern.callback)
