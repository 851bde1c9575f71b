"""The public read API: /api/ (django-ninja). Read-only, the public records only (nothing an editor
rejected), the same filters as the site's pages, the OpenAPI document at /api/schema/ and its
browsable docs at /api/docs/ (served from the package's own static files).

Contract, for every list:
- ``page`` (1-based, default 1) and ``page_size`` (default 25, at most 100) pick a page; the answer
  is ``{"count", "page", "pages", "next", "previous", "results"}``, ``next``/``previous`` being
  paths that keep the other parameters. A page beyond the last is a 404 (an empty list is page 1
  of 1, never a 404). See paging.py.
- A bad parameter is a 400 ``{"detail": ..., "errors": {parameter: [messages]}}``, never a 422
  nor a 500; an unknown or rejected record is a 404 ``{"detail": ...}``.
- Each list runs a fixed number of queries whatever the number of rows.

The filters are the site's FilterSets (params.py), the answers schemas read from the ORM
objects (schemas.py).
"""

from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from ninja import NinjaAPI, Query
from ninja.errors import ValidationError
from ninja.pagination import paginate

from apps.provinces.models import Province
from apps.visits.api.paging import PageNumbers
from apps.visits.api.params import (
    BadParameters,
    OfficialParams,
    ProvinceParams,
    counted_rows,
    query_schema,
)
from apps.visits.api.schemas import (
    ERRORS,
    ActivityDetailOut,
    ActivityOut,
    ErrorOut,
    OfficialOut,
    PartnerOut,
    ProvinceOut,
    RequestOut,
)
from apps.visits.records.models import Activity, Official, PartnerLocality, Request
from apps.visits.reporting.caching import ArchivePaginator
from apps.visits.reporting.fields import search_words
from apps.visits.reporting.filters import ActivityFilter, RequestFilter
from apps.visits.reporting.tallies import ActivityTally, current_unit_counts

api = NinjaAPI(
    title="doingoai API",
    version="1",
    description=(
        "Read-only access to the public records of doingoai: provincial foreign-affairs activities, "
        "provinces, officials, partner localities and requests. Lists take `page` (1-based) and "
        "`page_size` (1-100, default 25); a bad parameter is answered with HTTP 400 and "
        '`{"detail", "errors": {parameter: [messages]}}`; a page beyond the last, or an unknown '
        "record, with HTTP 404."
    ),
    urls_namespace="api",
    openapi_url="/schema/",
    docs_url="/docs/",
)

ActivityParams = query_schema(ActivityFilter)
RequestParams = query_schema(RequestFilter)


def _error_response(request, detail, errors, status):
    return api.create_response(request, {"detail": detail, "errors": errors}, status=status)


@api.exception_handler(ValidationError)
def bad_parameters(request, exc):
    """ninja answers unparsable parameters with a 422; for a reader of the API a bad query
    parameter is a bad request like any other, named in the same shape as a bad filter."""
    errors = {}
    for error in exc.errors:
        name = ".".join(str(part) for part in error.get("loc", ())[1:]) or "request"
        errors.setdefault(name, []).append(error.get("msg", ""))
    return _error_response(
        request, _("Bad parameters: %(names)s") % {"names": ", ".join(errors)}, errors, 400
    )


@api.exception_handler(BadParameters)
def refused(request, exc):
    detail = exc.detail or _("Bad parameters: %(names)s") % {"names": ", ".join(exc.errors)}
    return _error_response(request, detail, exc.errors, exc.status)


@api.get("/activities/", response={200: list[ActivityOut], **ERRORS}, tags=["activities"])
@paginate(PageNumbers, counted_by=ArchivePaginator)
def list_activities(request, filters: Query[ActivityParams]):
    """Activities, newest first, with the filters of the site's /activities/ page."""
    # Queries: the data version, the count (from the tally when the filters are ones it counts
    # by, else cached per version), the page's ids, its rows (province, successor and lead
    # joined); one more per slug filter used.
    return counted_rows(ActivityFilter, request, Activity.objects.public().for_list())


@api.get("/activities/{activity_id}/", response={200: ActivityDetailOut, **ERRORS}, tags=["activities"])
def get_activity(request, activity_id: int):
    """One activity with its participants, requests, partner localities and source articles."""
    return get_object_or_404(Activity.objects.public().for_detail(), pk=activity_id)


@api.get("/provinces/", response={200: list[ProvinceOut], 400: ErrorOut}, tags=["provinces"])
def list_provinces(request, filters: Query[ProvinceParams]):
    """All provincial units (not paginated: 97 rows), the 63 before 1 July 2025 and the 34 after,
    with their activity counts."""
    # All units are read even for ?era=2025: a current unit's count includes its predecessors'.
    provinces = list(Province.objects.select_related("successor").order_by("era", "name"))  # query 1
    counts = ActivityTally.objects.public().per_province()  # query 2
    totals = {**counts, **current_unit_counts(provinces, counts)}
    for p in provinces:
        p.activity_count = totals.get(p.pk, 0)
    return [p for p in provinces if filters.era is None or p.era == filters.era.value]


@api.get("/officials/", response={200: list[OfficialOut], **ERRORS}, tags=["officials"])
@paginate(PageNumbers)
def list_officials(request, filters: Query[OfficialParams]):
    """Officials by name; ``q`` searches names and their variants without diacritics."""
    qs = Official.objects.public().order_by("name", "id")
    for word in search_words(filters.q or ""):
        qs = qs.filter(name_folded__contains=word)
    # Queries: the count, the page's rows.
    return qs


@api.get("/partners/", response={200: list[PartnerOut], **ERRORS}, tags=["partners"])
@paginate(PageNumbers)
def list_partners(request):
    """Foreign partner localities, by country and name."""
    # Queries: the count, the page's rows (country joined).
    return PartnerLocality.objects.public().select_related("country").order_by("country__name", "name", "id")


@api.get("/requests/", response={200: list[RequestOut], **ERRORS}, tags=["requests"])
@paginate(PageNumbers, counted_by=ArchivePaginator)
def list_requests(request, filters: Query[RequestParams]):
    """What provinces asked for, newest activity first, with the filters of the site's /requests/ page."""
    # Queries: the count (from the request tally when the filters are ones it counts by), the
    # page's rows (activity, province and its successor joined); one more when ?province= is used.
    rows = Request.objects.public().for_list().select_related("activity__province__successor")
    return counted_rows(RequestFilter, request, rows)
