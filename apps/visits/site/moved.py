"""The old addresses of merged records: /officials/<slug>/ or /partners/<slug>/ of a record an
editor merged into another answers 301 to the kept record (MergedSlug, written by the merge)."""

import functools

from django.http import Http404, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404

from apps.visits.records.models import MergedSlug


class Moved(Exception):
    def __init__(self, record):
        self.record = record


def found_or_moved(queryset, slug):
    """The record at ``slug``; a slug merged away raises Moved with the kept record, so its old
    address answers 301 (a lookup made only when the slug is unknown)."""
    try:
        return get_object_or_404(queryset, slug=slug)
    except Http404:
        kept = MergedSlug.objects.kept_for(queryset.model, slug)
        if kept is None:
            raise
        raise Moved(kept) from None


def moved_permanently(view):
    @functools.wraps(view)
    def wrapper(request, slug):
        try:
            return view(request, slug)
        except Moved as moved:
            return HttpResponsePermanentRedirect(moved.record.get_absolute_url())

    return wrapper
