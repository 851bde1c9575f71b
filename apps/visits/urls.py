from django.urls import path

from . import views
from .caching import cache_page_by_version as cached

urlpatterns = [
    path("", cached(views.dashboard), name="dashboard"),
    path("activities/", cached(views.ActivityListView.as_view()), name="activity-list"),
    path("activities/export.csv", views.export, {"fmt": "csv"}, name="activity-export-csv"),
    path("activities/export.json", views.export, {"fmt": "json"}, name="activity-export-json"),
    path("activities/<int:pk>/", cached(views.ActivityDetailView.as_view()), name="activity-detail"),
    path("provinces/", cached(views.province_list), name="province-list"),
    path("provinces/<slug:slug>/", cached(views.province_detail), name="province-detail"),
    path("officials/<slug:slug>/", cached(views.official_detail), name="official-detail"),
    path("partners/", cached(views.PartnerListView.as_view()), name="partner-list"),
    path("partners/<slug:slug>/", cached(views.partner_detail), name="partner-detail"),
    path("requests/", cached(views.RequestListView.as_view()), name="request-list"),
    path("timeline/", cached(views.timeline), name="timeline"),
    path("language/", views.choose_language, name="choose-language"),
    path("healthz", views.healthz, name="healthz"),
]
