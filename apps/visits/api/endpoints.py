"""The public read API: /api/ (django-ninja). Read-only, the public records only (nothing an editor
rejected), the same filters as the site's pages, the OpenAPI document at /api/schema/ and its
browsable docs at /api/docs/ (served from the package's own static files).

Contract, for every list:
- ``page`` (1-based, default 1) and ``page_size`` (default 25, at most 100) pick a page; the answer
  is ``{"count", "page", "pages", "next", "previous", "results"}``, ``next``/``previous`` being
  paths that keep the other parameters. A page beyond the last is a 404 (an empty list is page 1
  of 1, never a 404).
- A bad parameter is a 400 ``{"detail": ..., "errors": {parameter: [messages]}}``, never a 422
  nor a 500; an unknown or rejected record is a 404 ``{"detail": ...}``.
- Each list runs a fixed number of queries whatever the number of rows.
"""

import datetime as dt
from enum import Enum
from typing import Literal

from django.core.exceptions import ValidationError as FormValidationError
from django.core.paginator import EmptyPage, Paginator
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from ninja import Field, NinjaAPI, Query, Schema
from ninja.errors import ValidationError
from pydantic import field_validator
from pydantic_core import PydanticCustomError

from apps.provinces.models import Era, Province, Region
from apps.visits.records.models import (
    Activity,
    Kind,
    Official,
    PartnerLocality,
    Request,
    RequestCategory,
    RequestStatus,
    Role,
)
from apps.visits.reporting.caching import ArchivePaginator
from apps.visits.reporting.filters import ActivityFilter, RequestFilter, SearchField, search_words
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


class BadParameters(Exception):
    """A request the API refuses: ``errors`` names each bad parameter with its messages."""

    def __init__(self, errors, status=400, detail=None):
        super().__init__(errors)
        self.errors = errors
        self.status = status
        self.detail = detail


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


# ---------------------------------------------------------------------------------------------
# Parameters


class Params(Schema):
    @field_validator("*", mode="before")
    @classmethod
    def _blank_is_absent(cls, value, info):
        """?kind=&province= (what the site's filter form submits) means "no filter", as on the site."""
        if value == "":
            return cls.model_fields[info.field_name].get_default(call_default_factory=True)
        return value


class PageParams(Params):
    page: int = Field(1, ge=1, description="Page number, 1-based. A page beyond the last is a 404.")
    page_size: int = Field(25, ge=1, le=100, description="Rows per page, 1 to 100.")


def _choices(enum_name, choices):
    """A Django TextChoices as a plain str Enum, so the OpenAPI document lists the values."""
    return Enum(enum_name, {value: value for value in choices.values}, type=str)


KindValue = _choices("Kind", Kind)
RegionValue = _choices("Region", Region)
CategoryValue = _choices("RequestCategory", RequestCategory)
StatusValue = _choices("RequestStatus", RequestStatus)
EraValue = _choices("Era", Era)


class ActivityParams(Params):
    """The filters of /activities/ (apps.visits.reporting.filters.ActivityFilter), as query parameters."""

    q: str | None = Field(None, description='Text search, diacritics optional ("dak lak" finds Đắk Lắk).')
    province: str | None = Field(
        None, description="Province slug (see /api/provinces/); a current unit also covers its predecessors."
    )
    region: RegionValue | None = Field(None, description="Region of the province.")
    kind: KindValue | None = Field(None, description="Kind of activity.")
    date_from: dt.date | None = Field(None, description="Starting on or after this date (YYYY-MM-DD).")
    date_to: dt.date | None = Field(None, description="Starting on or before this date (YYYY-MM-DD).")
    official: str | None = Field(None, description="Slug of an official taking part (see /api/officials/).")
    organization: str | None = Field(None, description="Leading organization contains this text.")
    partner: str | None = Field(None, description="Slug of a partner locality named (see /api/partners/).")
    country: str | None = Field(None, description="Slug of a partner country.")
    has_requests: Literal["yes", "no"] | None = Field(None, description="With or without requests.")
    review_state: Literal["extracted", "reviewed"] | None = Field(None, description="Review state.")
    sort: str | None = Field(
        None,
        description="Order: date, province or kind, '-' for descending, comma-separated; default newest first.",
    )


class RequestParams(Params):
    """The filters of /requests/ (apps.visits.reporting.filters.RequestFilter)."""

    province: str | None = Field(
        None, description="Province slug; a current unit also covers its predecessors."
    )
    category: CategoryValue | None = Field(None, description="Category of the request.")
    status: StatusValue | None = Field(None, description="Status set by editors.")


class ProvinceParams(Params):
    era: EraValue | None = Field(
        None, description="pre2025 (the 63 units) or 2025 (the 34 units from 1 July 2025)."
    )


class OfficialParams(Params):
    q: str | None = Field(None, description='Name search, diacritics optional ("le hoai trung").')

    @field_validator("q")
    @classmethod
    def _bounded_search(cls, value):
        """The bounds of the site's searches (filters.SearchField), with their messages."""
        try:
            return SearchField(required=False).clean(value)
        except FormValidationError as exc:
            raise PydanticCustomError("bad_search", " ".join(exc.messages)) from exc


# ---------------------------------------------------------------------------------------------
# Answers


class ProvinceRef(Schema):
    name: str
    code: str
    slug: str
    current_name: str | None = Field(description="Name of the unit holding the territory since 1 July 2025.")


class OfficialRef(Schema):
    name: str
    slug: str


class CountryRef(Schema):
    name: str
    slug: str


class ActivityOut(Schema):
    id: int
    url: str = Field(description="Path of the activity's page on the site.")
    kind: str
    province: ProvinceRef
    start_date: dt.date | None
    end_date: dt.date | None
    date_precision: str = Field(description="day, month or year; blank when there is no date.")
    organization: str
    lead: OfficialRef | None
    lead_title: str
    summary: str
    review_state: str


class ParticipantOut(Schema):
    name: str
    slug: str
    role: str
    side: str
    titles: list[str]


class ActivityRequestOut(Schema):
    id: int
    text: str
    category: str
    status: str
    repeat_of: int | None = Field(description="Id of the same ask raised at an earlier activity.")


class PartnerRef(Schema):
    name: str
    slug: str
    country: CountryRef | None


class SourceOut(Schema):
    title: str
    outlet: str
    url: str
    published: dt.date | None


class ActivityDetailOut(ActivityOut):
    participants: list[ParticipantOut]
    requests: list[ActivityRequestOut]
    partners: list[PartnerRef]
    sources: list[SourceOut]


class ProvinceOut(Schema):
    name: str
    code: str
    era: str = Field(description="pre2025 (the 63 units) or 2025 (the 34 units from 1 July 2025).")
    slug: str
    region: str
    successor: str | None = Field(description="For a pre-2025 unit: slug of the current unit holding it.")
    activity_count: int = Field(description="Public activities; a current unit counts its predecessors' too.")


class OfficialOut(Schema):
    name: str
    slug: str
    variants: list[str]
    url: str


class PartnerOut(Schema):
    name: str
    slug: str
    kind: str
    country: CountryRef | None
    url: str


class RequestOut(Schema):
    id: int
    text: str
    category: str
    status: str
    addressee: str
    activity: int = Field(description="Id of the activity where it was raised.")
    province: ProvinceRef
    date: dt.date | None = Field(description="Start date of that activity.")
    repeat_of: int | None = Field(description="Id of the same ask raised at an earlier activity.")


class PageOut(Schema):
    count: int
    page: int
    pages: int
    next: str | None = Field(description="Path of the next page, with the same parameters.")
    previous: str | None = Field(description="Path of the previous page, with the same parameters.")


class ActivityPage(PageOut):
    results: list[ActivityOut]


class OfficialPage(PageOut):
    results: list[OfficialOut]


class PartnerPage(PageOut):
    results: list[PartnerOut]


class RequestPage(PageOut):
    results: list[RequestOut]


class ErrorOut(Schema):
    detail: str
    errors: dict[str, list[str]] = Field(default_factory=dict)


ERRORS = {400: ErrorOut, 404: ErrorOut}


def _province(p):
    current = p if p.era == Era.CURRENT else p.successor
    return {"name": p.name, "code": p.code, "slug": p.slug, "current_name": current.name if current else None}


def _country(c):
    return {"name": c.name, "slug": c.slug} if c else None


def _activity(a):
    return {
        "id": a.pk,
        "url": a.get_absolute_url(),
        "kind": a.kind,
        "province": _province(a.province),
        "start_date": a.start_date,
        "end_date": a.end_date,
        "date_precision": a.date_precision,
        "organization": a.organization,
        "lead": {"name": a.public_lead.name, "slug": a.public_lead.slug} if a.public_lead else None,
        "lead_title": a.lead_title,
        "summary": a.summary,
        "review_state": a.review_state,
    }


# ---------------------------------------------------------------------------------------------
# Helpers


def _filterset(filterset_class, request, queryset):
    """The valid filterset, or a 400 naming each bad filter (never the unfiltered list)."""
    fs = filterset_class(request.GET, queryset=queryset, request=request)
    if not fs.is_valid():
        raise BadParameters({name: list(errors) for name, errors in fs.errors.items()})
    return fs


def _filtered(filterset_class, request, queryset):
    """The filterset's rows, or a 400 naming each bad filter (never the unfiltered list)."""
    return _filterset(filterset_class, request, queryset).qs


def _page(request, paginator, paging, rows):
    """One page of ``paginator`` in the API's list shape, ``rows`` turning each record into a dict."""
    try:
        page = paginator.page(paging.page)
    except EmptyPage as exc:
        message = _("Page %(page)s does not exist; the last page is %(pages)s.") % {
            "page": paging.page,
            "pages": paginator.num_pages,
        }
        raise BadParameters({"page": [message]}, status=404, detail=message) from exc

    def link(number):
        params = request.GET.copy()
        params["page"] = number
        return f"{request.path}?{params.urlencode()}"

    return {
        "count": paginator.count,
        "page": page.number,
        "pages": paginator.num_pages,
        "next": link(page.next_page_number()) if page.has_next() else None,
        "previous": link(page.previous_page_number()) if page.has_previous() else None,
        "results": [rows(obj) for obj in page.object_list],
    }


# ---------------------------------------------------------------------------------------------
# Endpoints


@api.get("/activities/", response={200: ActivityPage, **ERRORS}, tags=["activities"])
def list_activities(request, filters: Query[ActivityParams], paging: Query[PageParams]):
    """Activities, newest first, with the filters of the site's /activities/ page."""
    fs = _filterset(ActivityFilter, request, Activity.objects.public().for_list())
    # Queries: the data version, the count (from the tally when the filters are ones it counts
    # by, else cached per version), the page's ids, its rows (province, successor and lead
    # joined); one more per slug filter used.
    paginator = ArchivePaginator(fs.qs, paging.page_size, request=request, tally=fs.tally())
    return _page(request, paginator, paging, _activity)


@api.get("/activities/{activity_id}/", response={200: ActivityDetailOut, **ERRORS}, tags=["activities"])
def get_activity(request, activity_id: int):
    """One activity with its participants, requests, partner localities and source articles."""
    a = get_object_or_404(Activity.objects.public().for_detail(), pk=activity_id)
    participations = sorted(a.participations.all(), key=lambda p: (p.role != Role.LEAD, p.pk))
    return {
        **_activity(a),
        "participants": [
            {
                "name": p.official.name,
                "slug": p.official.slug,
                "role": p.role,
                "side": p.side,
                "titles": [t.title for t in sorted(p.titles.all(), key=lambda t: t.pk)],
            }
            for p in participations
        ],
        "requests": [
            {
                "id": r.pk,
                "text": r.text,
                "category": r.category,
                "status": r.status,
                "repeat_of": r.public_repeat_of.pk if r.public_repeat_of else None,
            }
            for r in sorted(a.requests.all(), key=lambda r: r.pk)
        ],
        "partners": [
            {"name": m.partner.name, "slug": m.partner.slug, "country": _country(m.partner.country)}
            for m in sorted(a.partner_mentions.all(), key=lambda m: m.pk)
        ],
        "sources": [
            {"title": s.title, "outlet": s.outlet, "url": s.url, "published": s.published}
            for s in sorted(a.articles.all(), key=lambda s: s.pk)
        ],
    }


@api.get("/provinces/", response={200: list[ProvinceOut], 400: ErrorOut}, tags=["provinces"])
def list_provinces(request, filters: Query[ProvinceParams]):
    """All provincial units (not paginated: 97 rows), the 63 before 1 July 2025 and the 34 after,
    with their activity counts."""
    # All units are read even for ?era=2025: a current unit's count includes its predecessors'.
    provinces = list(Province.objects.select_related("successor").order_by("era", "name"))  # query 1
    counts = ActivityTally.objects.public().per_province()  # query 2
    totals = {**counts, **current_unit_counts(provinces, counts)}
    return [
        {
            "name": p.name,
            "code": p.code,
            "era": p.era,
            "slug": p.slug,
            "region": p.region,
            "successor": p.successor.slug if p.successor_id else None,
            "activity_count": totals.get(p.pk, 0),
        }
        for p in provinces
        if filters.era is None or p.era == filters.era.value
    ]


@api.get("/officials/", response={200: OfficialPage, **ERRORS}, tags=["officials"])
def list_officials(request, filters: Query[OfficialParams], paging: Query[PageParams]):
    """Officials by name; ``q`` searches names and their variants without diacritics."""
    qs = Official.objects.public().order_by("name", "id")
    for word in search_words(filters.q or ""):
        qs = qs.filter(name_folded__contains=word)
    # Queries: the count, the page's rows.
    return _page(
        request,
        Paginator(qs, paging.page_size),
        paging,
        lambda o: {"name": o.name, "slug": o.slug, "variants": o.variants, "url": o.get_absolute_url()},
    )


@api.get("/partners/", response={200: PartnerPage, **ERRORS}, tags=["partners"])
def list_partners(request, paging: Query[PageParams]):
    """Foreign partner localities, by country and name."""
    qs = PartnerLocality.objects.public().select_related("country").order_by("country__name", "name", "id")
    # Queries: the count, the page's rows (country joined).
    return _page(
        request,
        Paginator(qs, paging.page_size),
        paging,
        lambda p: {
            "name": p.name,
            "slug": p.slug,
            "kind": p.kind,
            "country": _country(p.country),
            "url": p.get_absolute_url(),
        },
    )


@api.get("/requests/", response={200: RequestPage, **ERRORS}, tags=["requests"])
def list_requests(request, filters: Query[RequestParams], paging: Query[PageParams]):
    """What provinces asked for, newest activity first, with the filters of the site's /requests/ page."""
    qs = _filtered(
        RequestFilter,
        request,
        Request.objects.public()
        .select_related("activity__province__successor", "repeat_of__activity")
        .order_by("-activity__start_date", "id"),
    )
    # Queries: the count, the page's rows (activity, province and its successor joined);
    # one more when ?province= is used.
    return _page(
        request,
        Paginator(qs, paging.page_size),
        paging,
        lambda r: {
            "id": r.pk,
            "text": r.text,
            "category": r.category,
            "status": r.status,
            "addressee": r.addressee,
            "activity": r.activity_id,
            "province": _province(r.activity.province),
            "date": r.activity.start_date,
            "repeat_of": r.public_repeat_of.pk if r.public_repeat_of else None,
        },
    )
