"""Caching of whole-archive aggregates (counts, facets, per-month series), keyed by a data
version so that any change to the archive is seen at once.

The version is one query of index lookups: the newest activity change and id (bulk loads such as
seed_demo add ids), the newest row of every history table (each create, edit and delete of an
activity, official, partner locality, country, participation or request through the ORM or
admin writes one) and the newest change of the records kept without history (partner ties,
articles). A title or a partner mention is edited through its participation's or activity's
form, whose save writes a history row or moves the activity's change time.

Each name is one cache entry holding its value with the version it was computed for, so a new
version replaces the old value instead of piling up beside it. After an ingest or an edit, the
first request for a name computes it under a lock (``cache.add``: atomic in the local memory
cache and in Redis alike) while the others do not repeat the work: a page's other requests get
the previous version's page until the new one is stored, an aggregate's wait for it (at most
WAIT seconds, then they compute it themselves).
"""

import functools
import hashlib
import time
from typing import NamedTuple

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.core.paginator import Paginator
from django.db import connection
from django.http import StreamingHttpResponse
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


LOCK_TIMEOUT = 60  # seconds: a lock left by a worker that died frees itself
WAIT = 10.0  # seconds a request waits for another's computation before doing it itself
POLL = 0.02


def _key(name):
    return "doingoai:" + hashlib.sha1(name.encode()).hexdigest()


def versioned(request, name, compute, *, timeout=600, stale=False, keep=lambda value: True):
    """The value of ``name`` at the current data version: from the cache, or computed by one
    request at a time (the others wait for it or, with ``stale``, take the previous version's
    value while it is computed). ``keep(value)`` decides whether a computed value is stored."""
    key, version = _key(name), data_version(request)
    entry = cache.get(key)
    if entry is not None and entry[0] == version:
        return entry[1]
    lock = f"{key}:lock:{hashlib.sha1(version.encode()).hexdigest()}"
    if not cache.add(lock, 1, LOCK_TIMEOUT):
        if stale and entry is not None:
            return entry[1]
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline and cache.get(lock) is not None:
            time.sleep(POLL)
            entry = cache.get(key)
            if entry is not None and entry[0] == version:
                return entry[1]
        entry = cache.get(key)
        if entry is not None and entry[0] == version:
            return entry[1]
        return compute()  # the other request failed or did not store its value
    try:
        value = compute()
        if keep(value):
            _store(request, name, value, timeout)
        return value
    finally:
        cache.delete(lock)


def _store(request, name, value, timeout=600):
    """Keep ``value`` as ``name``'s at the request's data version (one entry per name)."""
    cache.set(_key(name), (data_version(request), value), timeout)


def cached(request, name, compute, timeout=600):
    return versioned(request, name, compute, timeout=timeout)


class ArchivePaginator(Paginator):
    """Counts come from a tally (see ActivityTally) or the cache; a page's rows are fetched by
    id after an id-only scan of the ordering index, so deep pages (page 500) do not drag whole
    rows through OFFSET.

    Without a tally (a search, a partner or an official filter...) rows are counted up to
    settings.COUNT_LIMIT only, a count that stops there: when more match, ``capped`` is true,
    ``count`` is the limit and the pages list the first rows in the list's order ("more than
    1000": narrow the filters, or download the export, which holds every row). So no filter
    value makes a page count a million rows: its cost is bounded whatever the archive's size."""

    def __init__(self, *args, request=None, tally=None, faceted=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request
        self.tally = tally  # tally rows standing for object_list, which count it without a scan
        # Activities whose list shows facets: without a tally, one grouped query over the first
        # COUNT_LIMIT + 1 rows gives both the facets and the count (their sum).
        self.faceted = faceted

    @cached_property
    def _counted(self):
        if self.tally is not None:
            return self.tally.total()
        if self.faceted:
            return sum(self.facet_counts["kind"].values())  # every activity has one kind
        return cached(self.request, f"count|{self._first_key}", lambda: self._first.count())

    @cached_property
    def facet_counts(self):
        """{"kind": {value: n}, "region": {...}, "review_state": {...}} of the listed activities:
        from the tally, or counted over the first COUNT_LIMIT + 1 rows (a capped list's facets
        would be those of its first rows only: the list shows none then)."""
        if self.tally is not None:
            return self.tally.facet_counts()
        first = settings.COUNT_LIMIT + 1
        return cached(self.request, f"facets|{self._first_key}", lambda: self.object_list.facet_counts(first))

    @property
    def _first(self):
        """The ids of the first COUNT_LIMIT + 1 rows, in no particular order: what is counted."""
        return self.object_list.order_by().values("pk")[: settings.COUNT_LIMIT + 1]

    @property
    def _first_key(self):
        # Without the ordering: ?sort= variants of one list share their count and facets.
        return f"{settings.COUNT_LIMIT}|{query_key(self.object_list.order_by())}"

    @cached_property
    def count(self):
        return self._counted if self.tally is not None else min(self._counted, settings.COUNT_LIMIT)

    @property
    def capped(self):
        """More rows match than were counted (``count`` is then settings.COUNT_LIMIT, a lower bound)."""
        return self._counted > self.count

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = min(bottom + self.per_page, self.count)
        ids = list(self.object_list.values_list("pk", flat=True)[bottom:top])
        rows = {obj.pk: obj for obj in rows_of(self.object_list, ids)}
        return self._get_page([rows[i] for i in ids if i in rows], number, self)


def rows_of(listed, ids):
    """The rows of ``ids`` as the queryset ``listed`` gives them (its select_related joins,
    deferred columns and prefetches) but without its filters, joins made for them, ordering or
    annotations: the ids already passed the filters, and a search's index lookup would be run a
    second time (SQLite's FTS: 9 ms at 300,000 activities); a filter's join (an official's or a
    partner's rows, see ActivityFilter) would be walked again for every row."""
    assert not listed.query.annotations, "rows_of() does not carry a list's annotations"
    rows = listed.model._base_manager.filter(pk__in=ids)
    rows.query.select_related = listed.query.select_related
    rows.query.deferred_loading = listed.query.deferred_loading
    return rows.prefetch_related(*listed._prefetch_related_lookups)


STREAM_LIMIT = 2 * 1024 * 1024  # bytes of a streamed download kept in the cache; a larger one streams every time


def cache_page_by_version(view):
    """Cache a page's HTML for anonymous GETs, keyed by its URL, the interface language and
    the data version: any ingest or edit changes the version, so the next request computes the
    page afresh (requests arriving while it does get the previous version's page, see
    ``versioned``; a page never computed before makes them wait). Pages carry no per-user
    content (no CSRF token: the language switch is a plain link).

    A streamed download (an export) is kept too once it has streamed to its end, when it is at
    most STREAM_LIMIT bytes: the next request for it gets the same bytes without a query. One
    that failed or was cut off is never kept."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method != "GET" or request.user.is_authenticated:
            return view(request, *args, **kwargs)

        def render():
            response = view(request, *args, **kwargs)
            if hasattr(response, "render") and callable(response.render):
                response = response.render()
            return response

        def keep(response):
            return response.status_code == 200 and not response.streaming

        # The scheme and host too: downloads (Excel, the Word brief) hold absolute links.
        address = request.build_absolute_uri()
        name = f"page|{address}|{getattr(request, 'LANGUAGE_CODE', '')}"
        response = versioned(request, name, render, stale=True, keep=keep)
        if isinstance(response, KeptStream):
            return response.as_response()
        if response.streaming and response.status_code == 200:
            chunks = response.streaming_content  # read before the setter replaces it
            response.streaming_content = _kept_when_complete(request, name, response, chunks)
        return response

    return wrapper


class KeptStream(NamedTuple):
    """A streamed download as the cache keeps it: served again as a stream of its bytes, so a
    download is a streaming response whether it was computed or kept."""

    body: bytes
    status: int
    headers: list

    def as_response(self):
        response = StreamingHttpResponse([self.body], status=self.status)
        for header, value in self.headers:
            response[header] = value
        return response


def _kept_when_complete(request, name, response, chunks):
    """The response's chunks, passed on as they come; once the last has gone, the whole body is
    kept under ``name`` at this request's data version."""
    parts, size = [], 0
    for chunk in chunks:
        if parts is not None:
            size += len(chunk)
            if size <= STREAM_LIMIT:
                parts.append(chunk)
            else:
                parts = None  # too large to keep: streamed every time
        yield chunk
    if parts is not None:
        _store(request, name, KeptStream(b"".join(parts), response.status_code, list(response.items())))
