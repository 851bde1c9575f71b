import functools

from django.contrib import admin
from django.urls import include, path
from django.views.decorators.http import require_safe

from apps.visits.api.endpoints import api


def _get_or_head(view):
    """GET and HEAD only, anything else 405, like the site's pages (apps/visits/urls.py). ninja
    routes GET alone: a HEAD is answered as the GET, without its body."""

    @require_safe
    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method != "HEAD":
            return view(request, *args, **kwargs)
        request.method = "GET"
        try:
            response = view(request, *args, **kwargs)
        finally:
            request.method = "HEAD"
        if not response.streaming:
            response.content = b""
        return response

    return wrapper


def read_only(urls):
    """The API's routes, its schema and docs among them, read-only."""
    patterns, app_name, namespace = urls
    for pattern in patterns:
        pattern.callback = _get_or_head(pattern.callback)
    return patterns, app_name, namespace


urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", read_only(api.urls)),
    path("", include("apps.visits.site.urls")),
]
