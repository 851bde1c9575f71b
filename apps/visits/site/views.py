"""Pages. Views pick a queryset method and a template; reads live in the models' querysets."""

from django.conf import settings
from django.db.models import F, Prefetch
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.generic import DetailView, ListView
from django_filters.views import FilterView

from apps.lib.collation import sorted_by_name
from apps.provinces.models import Era, Province, Region
from apps.visits.records.models import (
    Activity,
    ActivityPartner,
    Kind,
    Official,
    Participation,
    PartnerLocality,
    PartnerTie,
    Request,
    ReviewState,
    Title,
)
from apps.visits.reporting import charts
from apps.visits.reporting.caching import ArchivePaginator, cached, query_key
from apps.visits.reporting.filters import ActivityFilter, RequestFilter, TimelineAxis
from apps.visits.reporting.maps import map_units
from apps.visits.reporting.tallies import (
    ActivityTally,
    MonthTally,
    OfficialTally,
    TitleTally,
    archive_totals,
    current_unit_counts,
)
from apps.visits.site.highlight import highlight
from apps.visits.site.maps import map_text, province_url
from apps.visits.site.moved import found_or_moved, moved_permanently
from apps.visits.site.timeline import with_empty_periods

PAGE_SIZE = 25
PROFILE_ROWS = 40  # rows per section of a profile page; the full lists are a link away
DAY_ROWS = 100  # activities listed under the timeline's day zoom; the rest are a link away


def dashboard(request):
    activities = Activity.objects.public()
    per_month = MonthTally.objects.public().per_month()  # years are summed from it
    per_year = {}
    for row in per_month:
        year = row["period"].replace(month=1, day=1)
        per_year[year] = per_year.get(year, 0) + row["n"]
    provinces = list(Province.objects.all())
    counts = ActivityTally.objects.public().per_province()
    current = current_unit_counts(provinces, counts)  # rolled once, for the map and its data
    context = {
        "totals": {
            "activities": sum(counts.values()),
            "provinces": len(counts),
            **cached(request, "totals", archive_totals),
        },
        "year_bars": charts.bars_svg(
            [{"period": k, "n": v} for k, v in sorted(per_year.items())],
            "%Y",
            label=_("Activities per year"),
            link=reverse("timeline") + "?zoom=month&at=",
            link_format="%Y",
        ),
        "month_bars": charts.bars_svg(per_month[-24:], "%m/%Y", label=_("Activities per month")),
        "map": charts.map_svg(
            [p for p in provinces if p.era == Era.CURRENT],
            current,
            province_url,
            _("Map of provinces"),
        ),
        "map_data": map_units(provinces, counts, Era.CURRENT, province_url, current),
        "map_text": map_text(),
        "latest": activities.for_list()[:10],
        "partners": cached(request, "top-partners", lambda: PartnerLocality.objects.most_frequent(10)),
        "open_requests": Request.objects.public().open().for_list()[:10],
    }
    return render(request, "visits/dashboard.html", context)


class InvalidFilterIsBadRequest:
    """A filter value that is not valid answers 400: the page with the form and its errors
    (strict: no rows), like the feed, the exports and the API."""

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        if self.filterset.is_bound and not self.filterset.is_valid():
            response.status_code = 400
        return response


class ActivityListView(InvalidFilterIsBadRequest, FilterView):
    filterset_class = ActivityFilter
    template_name = "visits/activity_list.html"
    paginate_by = PAGE_SIZE
    paginator_class = ArchivePaginator
    strict = True

    def get_queryset(self):
        return Activity.objects.public().for_list()

    def get_paginator(self, *args, **kwargs):
        tally = self.filterset.tally()
        return super().get_paginator(*args, request=self.request, tally=tally, faceted=True, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["facets"] = self.facets(context["paginator"])
        return context

    def facets(self, paginator):
        """Counts beside the filters: from the tally, or over the filtered rows when they are
        few enough to be counted (one grouped query, cached); none for a capped list (more rows
        than ArchivePaginator counts), whose note asks to narrow the filters."""
        fs = self.filterset
        if not fs.is_bound or not fs.is_valid() or paginator.capped:
            return {}
        counts = paginator.facet_counts
        labels = {"kind": dict(Kind.choices), "region": dict(Region.choices), "review_state": dict(ReviewState.choices)}
        return {
            name: [(value, labels[name].get(value, value), n) for value, n in sorted(values.items(), key=lambda x: -x[1])]
            for name, values in counts.items()
        }


class ActivityDetailView(DetailView):
    template_name = "visits/activity_detail.html"
    context_object_name = "activity"

    def get_queryset(self):
        return Activity.objects.public().for_detail()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        activity = self.object
        spans = {}
        for part in activity.participations.all():
            spans.setdefault(part.article_id, []).append((part.span_start, part.span_end, part.official.name))
        for req in activity.requests.all():
            spans.setdefault(req.article_id, []).append((req.span_start, req.span_end, _("request")))
        for mention in activity.partner_mentions.all():
            spans.setdefault(mention.article_id, []).append((mention.span_start, mention.span_end, mention.partner.name))
        context["sources"] = [
            {
                "article": a,
                # Linked only when it is a web address (an ingested file may carry anything there).
                "url": a.url if a.url.lower().startswith(("https://", "http://")) else "",
                "html": highlight(a.clean_text, spans.get(a.pk, [])),
            }
            for a in activity.articles.all()
        ]
        return context


def province_list(request):
    provinces = sorted_by_name(Province.objects.all())  # Vietnamese order, not code points
    counts = ActivityTally.objects.public().per_province()
    current = current_unit_counts(provinces, counts)
    groups = []
    for value, label in Region.choices:
        members = [p for p in provinces if p.region == value]
        groups.append(
            {
                "label": label,
                "current": [(p, current.get(p.pk, 0)) for p in members if p.era == Era.CURRENT],
                "pre": [(p, counts.get(p.pk, 0)) for p in members if p.era == Era.PRE_2025],
            }
        )
    return render(request, "visits/province_list.html", {"groups": groups})


def province_detail(request, slug):
    province = get_object_or_404(Province.objects.select_related("successor"), slug=slug)
    activities = Activity.objects.public().in_province(province)
    tally = ActivityTally.objects.public().in_province(province)
    page = ArchivePaginator(activities.for_list(), PAGE_SIZE, request=request, tally=tally).get_page(
        request.GET.get("page")
    )
    units = [province, *province.predecessors.all()] if province.era == Era.CURRENT else [province]
    requests = Request.objects.public().brief().in_province(province)[:PROFILE_ROWS]
    ties = (
        PartnerTie.objects.public()
        .filter(province__in=units)
        .select_related("partner__country")
        .only("first_seen", "last_seen", "activity_count", "partner__name", "partner__slug", "partner__country__name")
        .order_by("-activity_count", "partner__name")[:PROFILE_ROWS]
    )
    officials = OfficialTally.objects.top(units, 30)
    years = tally.per_year()
    return render(
        request,
        "visits/province_detail.html",
        {
            "province": province,
            "units": units,
            "page": page,
            "years": charts.bars_svg(years, "%Y", label=_("Activities per year")),
            "requests": requests,
            "ties": ties,
            "officials": officials,
        },
    )


@moved_permanently
def official_detail(request, slug):
    official = found_or_moved(Official.objects.public(), slug)
    parts = (
        Participation.objects.public()
        .filter(official=official)
        .select_related("activity__province")
        .prefetch_related(Prefetch("titles", queryset=Title.objects.order_by("id")))
        # Newest first, undated last on both engines: the participation_official_order index.
        .order_by(F("activity_date").desc(nulls_last=True), "-activity_id")
    )
    # Counted and titled from the tallies the triggers keep: a busy official's page reads a few
    # rows, not every participation (752 for the busiest at 1,000,000 activities).
    tally = OfficialTally.objects.filter(official=official)
    page = ArchivePaginator(parts, 50, request=request, tally=tally).get_page(request.GET.get("page"))
    titles = (
        TitleTally.objects.filter(official=official)
        .values("title", first=F("first_seen"), last=F("last_seen"))
        .order_by("first_seen", "title")
    )
    return render(request, "visits/official_detail.html", {"official": official, "page": page, "titles": titles})


class PartnerListView(ListView):
    template_name = "visits/partner_list.html"
    paginate_by = 100

    def get_queryset(self):
        return PartnerLocality.objects.public().for_list()


@moved_permanently
def partner_detail(request, slug):
    partner = found_or_moved(PartnerLocality.objects.public().select_related("country"), slug)
    ties = PartnerTie.objects.filter(partner=partner).select_related("province").order_by("first_seen")
    mentions = (
        ActivityPartner.objects.public()
        .filter(partner=partner)
        .select_related("activity__province", "activity__lead")
        # Newest first, undated last: a walk of the mention_partner_order index over the
        # mention's own copy of its activity's date, which stops after a page.
        .order_by(F("activity_date").desc(nulls_last=True), "-activity_id")
    )
    # 50 a page (was the latest 200 on one page): what a page renders no longer grows with the
    # partner's mentions, and the older ones can be reached (up to settings.COUNT_LIMIT; the
    # activity list's export holds them all).
    page = ArchivePaginator(mentions, 50, request=request).get_page(request.GET.get("page"))
    return render(request, "visits/partner_detail.html", {"partner": partner, "ties": ties, "page": page})


class RequestListView(InvalidFilterIsBadRequest, FilterView):
    filterset_class = RequestFilter
    template_name = "visits/request_list.html"
    paginate_by = 50
    strict = True
    paginator_class = ArchivePaginator

    def get_paginator(self, *args, **kwargs):
        return super().get_paginator(*args, request=self.request, tally=self.filterset.tally(), **kwargs)

    def get_queryset(self):
        return Request.objects.public().for_list().prefetch_related(
            Prefetch(
                "repeats",
                queryset=Request.objects.public().select_related("activity").order_by("activity_date", "id"),
            )
        )


def timeline(request):
    """All activities on one time axis; zoom decides what is sent: counts per year or month, or
    the first DAY_ROWS activities of one month with a link to the list for the rest. Nothing
    beyond what the axis can draw leaves the server."""
    fs = ActivityFilter(request.GET, queryset=Activity.objects.public())
    axis = TimelineAxis(request.GET)
    valid = all([fs.is_valid(), axis.is_valid()])  # both checked, so the page shows every error
    zoom = axis.cleaned_data.get("zoom", "year")
    at, window = (axis.cleaned_data["at"], axis.cleaned_data["window"]) if axis.is_valid() else ("", None)
    qs = fs.qs if valid else Activity.objects.none()
    if window:
        qs = qs.filter(start_date__range=window)
    params = request.GET.copy()
    for key in ("zoom", "at", "page"):
        params.pop(key, None)
    items_params = params.copy()
    params.pop("group", None)
    base = params.urlencode()
    zoom_in = f"?{base}&zoom={'month' if zoom == 'year' else 'day'}&at="
    context = {
        "filter": fs,
        "axis": axis,
        "zoom": zoom,
        "at": at,
        "window": window,
        "base_query": base,
        "items_query": items_params.urlencode(),
        "timeline_text": {
            "empty": _("No dated activities."),
            "error": _("The time axis could not be loaded."),
            "truncated": _("Only the first %(limit)s activities are drawn; narrow the filters to see the others."),
        },
    }
    if zoom == "day":
        # The month's first DAY_ROWS activities in date order, and a link to the list for all of
        # them: what one page can show, whatever the month holds (the interactive axis above
        # reads its own items).
        items = list(qs.for_list().order_by("start_date", "id")[: DAY_ROWS + 1])
        context["items"] = items[:DAY_ROWS]
        if len(items) > DAY_ROWS and window:
            chosen = fs.form.cleaned_data
            first = max(window[0], chosen.get("date_from") or window[0])  # within the filters' range
            last = min(window[1], chosen.get("date_to") or window[1])
            more = params.copy()
            more["date_from"], more["date_to"] = first.strftime("%d/%m/%Y"), last.strftime("%d/%m/%Y")
            context["more_url"] = reverse("activity-list") + "?" + more.urlencode()
        context["undated"] = 0
    else:
        period = "year" if zoom == "year" else "month"
        tally = fs.tally(monthly=period == "month") if valid else None
        if tally is None:
            rows = cached(request, f"timeline|{period}|{query_key(qs)}", lambda: qs.per_period(period))
        elif period == "year":
            rows = tally.per_year()
        else:
            months = tally.filter(month__range=[d.year * 100 + d.month for d in window]) if window else tally
            rows = months.per_month()
        context["bars"] = charts.bars_svg(
            with_empty_periods(list(rows), period),
            "%Y" if period == "year" else "%m/%Y",
            label=_("Timeline"),
            link=zoom_in,
            link_format="%Y" if period == "year" else "%Y-%m",
            height=160,
        )
        if window:
            context["undated"] = 0  # a window holds dated activities only
        elif tally is not None:
            context["undated"] = tally.undated()
        else:
            undated = qs.filter(start_date__isnull=True)
            context["undated"] = cached(request, f"undated|{query_key(undated)}", undated.count)
    return render(request, "visits/timeline.html", context, status=200 if valid else 400)


def choose_language(request):
    """/language/?code=en&next=/activities/: remember the interface language in its cookie.

    A plain link rather than Django's POST set_language, so that pages carry no CSRF token and
    can be cached for everyone; the cookie only records a display preference."""
    code = request.GET.get("code", "")
    target = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = "/"
    response = HttpResponseRedirect(target)
    if code in dict(settings.LANGUAGES):
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME,
            code,
            max_age=settings.LANGUAGE_COOKIE_AGE,
            path=settings.LANGUAGE_COOKIE_PATH,
            domain=settings.LANGUAGE_COOKIE_DOMAIN,
            secure=settings.LANGUAGE_COOKIE_SECURE,
            httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
            samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        )
    return response


def healthz(request):
    """A trivial view: liveness probe, and the baseline of bench/wrk.sh."""
    return HttpResponse("ok", content_type="text/plain")


def request_detail(request, pk):
    """A request, its course (the steps editors recorded: step and date, never who) and its
    chain: when the ask was first raised and each time it was raised again."""
    ask = get_object_or_404(Request.objects.public().select_related("activity__province__successor", "article"), pk=pk)
    chain = list(Request.objects.public().chain_of(ask))
    steps = ask.steps.in_order().only("request_id", "step", "date")
    return render(request, "visits/request_detail.html", {"ask": ask, "chain": chain, "steps": steps})
