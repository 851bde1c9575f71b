"""The filters of /activities/, /timeline/ and the exports: plain, shareable query parameters."""

import calendar
import datetime as dt
import re

import django_filters
from django import forms
from django.core.cache import cache
from django.db.models import Exists, F, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from apps.lib.text import fold
from apps.provinces.models import Province, Region
from apps.visits.records.models import (
    Activity,
    ActivityPartner,
    Country,
    Kind,
    Official,
    PartnerLocality,
    Request,
    RequestCategory,
    RequestStatus,
    ReviewState,
)
from apps.visits.reporting.fields import (
    DATE_DISPLAY_FORMAT,
    MAX_SORT_KEYS,
    PERIOD_CHOICES,
    FastFormMixin,
    OnceEachForm,
    SearchFilter,
    SlugFilter,
    TextFilter,
    VietnameseDateFilter,
    _country_choices,
    _date_widget,
    _preset_window,
    _province_choices,
    prohibit_control_characters,
    search_words,
)
from apps.visits.reporting.tallies import (
    ActivityMonthTally,
    ActivityTally,
    MonthTally,
    RequestTally,
    SplitTally,
)


class ActivityFilterForm(OnceEachForm):
    """The activity filters' form: a sort list holds at most one key per column; a date range
    does not end before it starts."""

    def clean(self):
        data = super().clean()
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and start > end:
            message = _("The end date (%(end)s) is before the start date (%(start)s).")
            params = {"end": end.strftime(DATE_DISPLAY_FORMAT), "start": start.strftime(DATE_DISPLAY_FORMAT)}
            self.add_error("date_to", forms.ValidationError(message, code="reversed_range", params=params))
        return data

    def clean_sort(self):
        keys = self.cleaned_data.get("sort")
        if keys and len(keys) > MAX_SORT_KEYS:
            raise forms.ValidationError(
                _("At most %(limit)d sort keys (sort), not %(count)d."),
                code="too_many_keys",
                params={"limit": MAX_SORT_KEYS, "count": len(keys)},
            )
        return keys


class ActivityFilter(FastFormMixin, django_filters.FilterSet):
    # help_text is the parameter's description in the API's OpenAPI document (api/params.py),
    # in English like the rest of that document; the site's forms do not show it.
    q = SearchFilter(
        label=_("Search"), method="filter_q", help_text='Text search, diacritics optional ("dak lak" finds Đắk Lắk).'
    )
    province = SlugFilter(
        label=_("Province"),
        model=Province,
        choices=_province_choices,
        method="filter_province",
        help_text="Province slug (see /api/provinces/); a current unit also covers its predecessors.",
    )
    region = django_filters.ChoiceFilter(
        label=_("Region"), choices=Region.choices, field_name="province__region", help_text="Region of the province."
    )
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=Kind.choices, help_text="Kind of activity.")
    date_from = VietnameseDateFilter(
        label=_("From"),
        method="filter_date_from",
        widget=_date_widget(),
        help_text="Starting on or after this date (dd/mm/yyyy, also yyyy-mm-dd).",
    )
    date_to = VietnameseDateFilter(
        label=_("To"),
        field_name="start_date",
        lookup_expr="lte",
        widget=_date_widget(),
        help_text="Starting on or before this date (dd/mm/yyyy, also yyyy-mm-dd).",
    )
    period = django_filters.ChoiceFilter(
        label=_("Period"), choices=PERIOD_CHOICES, method="filter_period", help_text="A preset period."
    )
    official = SlugFilter(
        label=_("Official"),
        model=Official,
        method="filter_official",
        by_name=True,
        help_text="An official taking part: slug or any known name, diacritics optional.",
    )
    organization = TextFilter(
        label=_("Organization"), method="filter_organization", help_text="Leading organization contains this text."
    )
    partner = SlugFilter(
        label=_("Partner locality"),
        model=PartnerLocality,
        method="filter_partner",
        by_name=True,
        help_text="A partner locality named: slug or any known name, diacritics optional.",
    )
    country = SlugFilter(
        label=_("Partner country"),
        model=Country,
        choices=_country_choices,
        method="filter_country",
        help_text="Slug of a partner country.",
    )
    has_requests = django_filters.ChoiceFilter(
        label=_("Has requests"),
        choices=[("yes", _("yes")), ("no", _("no"))],
        method="filter_has_requests",
        help_text="With or without requests.",
    )
    review_state = django_filters.ChoiceFilter(
        label=_("Review state"),
        choices=[(s.value, s.label) for s in (ReviewState.EXTRACTED, ReviewState.REVIEWED)],
        help_text="Review state.",
    )
    sort = django_filters.OrderingFilter(
        label=_("Sort"),
        fields=(("start_date", "date"), ("province__name", "province"), ("kind", "kind")),
        field_labels={"start_date": _("Date"), "province__name": _("Province"), "kind": _("Kind")},
        help_text="Order: date, province or kind, '-' for descending, comma-separated; default newest first.",
    )

    class Meta:
        model = Activity
        fields = []
        form = ActivityFilterForm

    def tally(self, monthly=False):
        """The tally rows standing for the filtered activities (ActivityTally; MonthTally when
        ``monthly``), or None when a filter reaches beyond what the tally counts by: province,
        region, kind, review state and dates. Dates that cut a year ("from 15/03/2020") give a
        SplitTally: the tally for the whole years, the activities of the cut years counted.
        Invalid filters: None."""
        used = self.used_filters()
        if used is None:
            return None
        lo, hi = used.pop("date_from", None), used.pop("date_to", None)
        tallies = [(MonthTally if monthly else ActivityTally).objects.public()]
        if (lo or hi) and not monthly:
            tallies.append(ActivityMonthTally.objects.public())
        for name, value in used.items():
            if name == "review_state":
                tallies = [rows.filter(review_state=value) for rows in tallies]
            elif monthly:
                return None
            elif name == "province":
                tallies = [rows.in_province(value) for rows in tallies]
            elif name == "region":
                tallies = [rows.filter(province__region=value) for rows in tallies]
            elif name == "kind":
                tallies = [rows.filter(kind=value) for rows in tallies]
            else:
                return None
        if not (lo or hi):
            return tallies[0]
        if monthly:
            return None
        years, months = tallies
        ylo, yhi, mlo, mhi, cut = _calendar_split(lo, hi)
        years = years.filter(year__gte=ylo, year__lte=yhi, year__gt=0)
        months = months.filter(month__gte=mlo, month__lte=mhi)
        if ylo <= yhi:  # the whole years are counted by year
            months = months.exclude(month__gte=ylo * 100 + 1, month__lte=yhi * 100 + 12)
        if not cut and mlo > mhi:
            return years
        # The filtered activities (dates included) of the cut months: the first, the last or,
        # for a range inside one month, that month.
        return SplitTally([years, months], self.qs.order_by().filter(cut) if cut else None)

    def filter_q(self, qs, name, value):
        return qs.search(spaced_place_names(search_words(value)))

    def filter_province(self, qs, name, value):
        return qs.in_province(value)

    def filter_date_from(self, qs, name, value):
        # On the start date, like date_to: one indexed range (an activity is placed where it starts).
        return qs.filter(start_date__gte=value)

    def filter_period(self, qs, name, value):
        start, end = _preset_window(value)
        return qs.filter(start_date__gte=start, start_date__lte=end)

    # The official and partner filters join the official's or partner's own rows and order the
    # list by their copy of the activity's date (activity_date, kept by triggers): the first page
    # is then a walk of participation_official_order or mention_partner_order that stops after
    # a page, each row's activity looked up by id (through a semi-join PostgreSQL read every
    # mention of a frequent partner first: 42 ms at 1,000,000 activities). An activity is joined
    # to an official or a partner at most once. Newest first, as the list; undated activities
    # last on both engines, as on the official's and the partner's pages. A ``sort`` asked for
    # replaces this order (the sort filter comes after).
    def filter_official(self, qs, name, value):
        return _joined_newest_first(qs, "participations", official=value)

    def filter_organization(self, qs, name, value):
        # With or without diacritics: the organizations named in the archive are few (one query
        # for their distinct names), matched folded here.
        folded = fold(value)
        names = Activity.objects.exclude(organization="").values_list("organization", flat=True).distinct()
        return qs.filter(organization__in=[n for n in names.order_by() if folded in fold(n)])

    def filter_partner(self, qs, name, value):
        return _joined_newest_first(qs, "partner_mentions", partner=value)

    def filter_country(self, qs, name, value):
        # A partner an editor rejected does not make its activity one "with" that country. IN
        # (subquery), not a correlated EXISTS: SQLite then reads the country's mentions by their
        # index and looks the activities up by id, where EXISTS made it probe every activity.
        partners = ActivityPartner.objects.public().filter(partner__country=value)
        return qs.filter(pk__in=partners.values("activity_id"))

    def filter_has_requests(self, qs, name, value):
        has = Exists(Request.objects.public().filter(activity=OuterRef("pk")))
        return qs.filter(has) if value == "yes" else qs.exclude(has)


def _joined_newest_first(qs, relation, **match):
    """``qs`` joined to its ``relation`` rows matching ``match``, newest first by their copy of
    the activity's date, undated last (see ActivityFilter.filter_official)."""
    dated = F(f"{relation}__activity_date").desc(nulls_last=True)
    joined = qs.filter(**{f"{relation}__{field}": value for field, value in match.items()})
    return joined.order_by(dated, f"-{relation}__activity_id")


def spaced_place_names(words):
    """Search words with a place name written without its spaces ("daklak", a province
    portal's spelling) given back as the folded name ("dak lak"), so it matches the folded
    text; other words unchanged."""
    spaced = cache.get_or_set("doingoai:spaceless-provinces", _spaceless_province_names, 600)
    return [spaced.get(word, word) for word in words]


def _spaceless_province_names():
    names = {fold(n) for n in Province.objects.values_list("name", flat=True)}
    return {n.replace(" ", ""): n for n in names if " " in n}


class RequestFilter(FastFormMixin, django_filters.FilterSet):
    q = SearchFilter(label=_("Search"), method="filter_q", help_text="Text of the request, diacritics optional.")
    province = SlugFilter(
        label=_("Province"),
        model=Province,
        choices=_province_choices,
        method="filter_province",
        help_text="Province slug; a current unit also covers its predecessors.",
    )
    category = django_filters.ChoiceFilter(
        label=_("Category"), choices=RequestCategory.choices, help_text="Category of the request."
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=RequestStatus.choices, help_text="Status set by editors."
    )

    class Meta:
        model = Request
        fields = []
        form = OnceEachForm

    def filter_province(self, qs, name, value):
        return qs.in_province(value)

    def filter_q(self, qs, name, value):
        # The request's own text, diacritics folded (the ask's words, not its activity's).
        for word in search_words(value):
            qs = qs.filter(text_key__contains=word)
        return qs

    def tally(self):
        """The RequestTally rows standing for the filtered requests (every filter but the search
        is one of its dimensions); None when the filters are not valid or search."""
        used = self.used_filters()
        if used is None or "q" in used:
            return None
        rows = RequestTally.objects.public()
        for name, value in used.items():
            rows = rows.in_province(value) if name == "province" else rows.filter(**{name: value})
        return rows


def _month_of(day):
    """The activities of ``day``'s month: one range of the start_date index."""
    last = calendar.monthrange(day.year, day.month)[1]
    return Q(start_date__gte=day.replace(day=1), start_date__lte=day.replace(day=last))


def _calendar_split(lo, hi):
    """A date range [lo, hi] (either end None: open) as the whole years inside it (ylo..yhi),
    the whole months inside it (yyyymm mlo..mhi, the whole years' months among them) and the
    cut months whose rows are counted (a Q, empty when none). No date is built, so that the
    first and last days of the calendar (01/01/0001, 31/12/9999) are ranges like any other."""
    cut = Q()
    ylo, mlo = 1, 101
    if lo is not None:
        ylo = lo.year + ((lo.month, lo.day) != (1, 1))
        mlo = lo.year * 100 + lo.month
        if lo.day != 1:
            cut |= _month_of(lo)
            mlo = mlo + 1 if lo.month < 12 else (lo.year + 1) * 100 + 1
    yhi, mhi = 9999, 999912
    if hi is not None:
        yhi = hi.year - ((hi.month, hi.day) != (12, 31))
        mhi = hi.year * 100 + hi.month
        if hi.day != calendar.monthrange(hi.year, hi.month)[1]:
            cut |= _month_of(hi)
            mhi = mhi - 1 if hi.month > 1 else (hi.year - 1) * 100 + 12
    return ylo, yhi, mlo, mhi, cut


class TimelineAxis(OnceEachForm):
    """?zoom=year|month|day&at=: the part of /timeline/'s axis to draw. A month zoom shows the
    months of the year ``at`` (YYYY), a day zoom the activities of the month ``at`` (YYYY-MM);
    without ``at`` they cover the whole archive. An unknown zoom is the year zoom; an ``at`` that
    is no such year or month is an error (``window`` then stays None)."""

    ZOOMS = ("year", "month", "day")
    AT = {"month": re.compile(r"([0-9]{4})(?:-[0-9]{2}){0,2}"), "day": re.compile(r"([0-9]{4})-([0-9]{2})(?:-[0-9]{2})?")}

    zoom = forms.CharField(required=False)
    at = forms.CharField(required=False, max_length=10, validators=[prohibit_control_characters])

    def clean_zoom(self):
        zoom = self.cleaned_data["zoom"]
        return zoom if zoom in self.ZOOMS else "year"

    def clean(self):
        data = super().clean()
        zoom, at = data.get("zoom", "year"), data.get("at")
        data["window"] = None
        if not at or zoom == "year":
            return data
        match = self.AT[zoom].fullmatch(at)
        year = int(match.group(1)) if match else 0
        month = int(match.group(2)) if match and zoom == "day" else 1
        if not (dt.MINYEAR <= year <= dt.MAXYEAR and 1 <= month <= 12):
            message = (
                _("A year from 0001 to 9999 (at=YYYY), not %(value)s.")
                if zoom == "month"
                else _("A month from 0001-01 to 9999-12 (at=YYYY-MM), not %(value)s.")
            )
            self.add_error("at", forms.ValidationError(message, code="out_of_range", params={"value": at}))
        elif zoom == "month":
            data["window"] = (dt.date(year, 1, 1), dt.date(year, 12, 31))
        else:
            data["window"] = (dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1]))
        return data
