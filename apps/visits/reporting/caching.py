"""Caching of whole-archive aggregates (counts, facets, per-month series), keyed by a data
version so that any change to the archive is seen at once.

The version is one query of index lookups: the newest activity change and id (bulk loads such as
seed_demo add ids), the newest row of every history table (each create, edit and delete of an
activity, official, partner locality, country, participation or request through the ORM or
admin writes one) and the newest change of the records kept without history (partner ties,
articles). A title or a partner mention is edited through its participation's or activity's
form, whose save writes a history row or moves the activity's change time.
"""

import functools
import hashlib

from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.core.paginator import Paginator
from django.db import connection
from django.utils.functional import cached_property

from apps.visits.records.models import (
    Activity,
    Article,
    Country,
    Official,
    Participation,
    PartnerLocality,
    PartnerTie,
    Request,
)

HISTORY_OF = (Activity, Official, PartnerLocality, Country, Participation, Request)
CHANGED_AT = (Activity, PartnerTie, Article)


@functools.cache
def _version_sql():
    quote = connection.ops.quote_name
    parts = [f"(SELECT MAX(id) FROM {quote(Activity._meta.db_table)})"]
    parts += [f"(SELECT MAX(updated_at) FROM {quote(m._meta.db_table)})" for m in CHANGED_AT]
    parts += [f"(SELECT MAX(history_id) FROM {quote(m.history.model._meta.db_table)})" for m in HISTORY_OF]
    return "SELECT " + ", ".join(parts)


def data_version(request=None):
    if request is not None and hasattr(request, "_doingoai_version"):
        return request._doingoai_version
    with connection.cursor() as cursor:  # index lookups, one round trip
        cursor.execute(_version_sql())
        stamp = cursor.fetchone()
    version = str(stamp)
    if request is not None:
        request._doingoai_version = version
    return version


def query_key(qs):
    """A cache key part naming a queryset's SQL (an empty queryset has none)."""
    try:
        return str(qs.query)
    except EmptyResultSet:
        return "empty"


def _versioned_key(request, name):
    return "doingoai:" + hashlib.sha1(f"{name}|{data_version(request)}".encode()).hexdigest()


def cached(request, name, compute, timeout=600):
    key = _versioned_key(request, name)
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout)
    return value


class ArchivePaginator(Paginator):
    """Counts come from a tally (see ActivityTally) or the cache; a page's rows are fetched by
    id after an id-only scan of the ordering index, so deep pages (page 500) do not drag whole
    rows through OFFSET."""

    def __init__(self, *args, request=None, tally=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request
        self.tally = tally  # tally rows standing for object_list, which count it without a scan

    @cached_property
    def count(self):
        if self.tally is not None:
            return self.tally.total()
        qs = self.object_list
        return cached(self.request, f"count|{query_key(qs)}", qs.count)

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = min(bottom + self.per_page, self.count)
        ids = list(self.object_list.values_list("pk", flat=True)[bottom:top])
        rows = {obj.pk: obj for obj in self.object_list.filter(pk__in=ids)}
        return self._get_page([rows[i] for i in ids if i in rows], number, self)


def cache_page_by_version(view):
    """Cache a page's HTML for anonymous GETs, keyed by its URL, the interface language and
    the data version: any ingest or edit changes the version, so nothing stale is served.
    Pages carry no per-user content (no CSRF token: the language switch is a plain link)."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method != "GET" or request.user.is_authenticated:
            return view(request, *args, **kwargs)
        key = _versioned_key(request, f"page|{request.get_full_path()}|{getattr(request, 'LANGUAGE_CODE', '')}")
        cached_response = cache.get(key)
        if cached_response is not None:
            return cached_response
        response = view(request, *args, **kwargs)
        if hasattr(response, "render") and callable(response.render):
            response = response.render()
        if response.status_code == 200 and not response.streaming:
            cache.set(key, response, 600)
        return response

    return wrapper
