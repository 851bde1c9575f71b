"""The admin site editors use: Vietnamese header and titles, and on every page how many
activities wait for review (in the editor's own provinces), linking to the queue.

Installed as Django's default admin site through ``EditorsAdminConfig`` in INSTALLED_APPS."""

from functools import cached_property

from django.contrib import admin
from django.contrib.admin.apps import AdminConfig
from django.utils.translation import gettext_lazy as _


class ToReview:
    """The number of activities waiting for review, counted only when a page shows it."""

    def __init__(self, request):
        self.request = request

    @cached_property
    def count(self):
        from apps.visits.records.models import ActivityToReview

        from .access import editable_province_ids

        queue = ActivityToReview.objects.to_review()
        ids = editable_province_ids(self.request)
        return (queue if ids is None else queue.filter(province__in=ids)).count()


class EditorsAdminSite(admin.AdminSite):
    site_header = _("doingoai administration")
    site_title = _("doingoai administration")
    index_title = _("Records and review")

    def each_context(self, request):
        context = super().each_context(request)
        if getattr(request, "user", None) is not None and request.user.is_active and request.user.is_staff:
            context["to_review"] = ToReview(request)
        return context


class EditorsAdminConfig(AdminConfig):
    default_site = "apps.visits.editing.site.EditorsAdminSite"
