from django.urls import path

from . import views

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("activities/", views.ActivityListView.as_view(), name="activity-list"),
    path("activities/export.csv", views.export, {"fmt": "csv"}, name="activity-export-csv"),
    path("activities/export.json", views.export, {"fmt": "json"}, name="activity-export-json"),
    path("activities/<int:pk>/", views.ActivityDetailView.as_view(), name="activity-detail"),
    path("provinces/", views.province_list, name="province-list"),
    path("provinces/<slug:slug>/", views.province_detail, name="province-detail"),
    path("officials/<slug:slug>/", views.official_detail, name="official-detail"),
    path("partners/", views.PartnerListView.as_view(), name="partner-list"),
    path("partners/<slug:slug>/", views.partner_detail, name="partner-detail"),
    path("requests/", views.RequestListView.as_view(), name="request-list"),
    path("timeline/", views.timeline, name="timeline"),
    path("healthz", views.healthz, name="healthz"),
]
