"""The filters of /activities/, /timeline/ and the exports: plain, shareable query parameters."""

import calendar
import datetime as dt
import re
import unicodedata

import django_filters
from django import forms
from django.core.cache import cache
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _

from apps.lib.text import fold
from apps.provinces.models import Province, Region
from apps.visits.records.models import (
    Activity,
    ActivityPartner,
    Country,
    Kind,
    Official,
    Participation,
    PartnerLocality,
    Request,
    RequestCategory,
    RequestStatus,
    ReviewState,
)
from apps.visits.reporting.tallies import ActivityTally, MonthTally, RequestTally
from apps.visits.reporting.widgets import FastInput, FastSelect, speed_up_widgets

# Bounds of what one request may ask: each search word is one more LIKE in the query (SQLite
# refuses a thousand, "Expression tree is too large"; PostgreSQL takes over a second), and no
# text field of a record is longer than this.
MAX_SEARCH_WORDS = 20
MAX_TEXT_LENGTH = 300
MAX_SORT_KEYS = 3  # date, province, kind

# XML 1.0 (the feed) cannot carry C0 controls nor U+FFFE/U+FFFF; no filter needs any control
# character, so all are refused (tab and line breaks aside: a pasted search may hold them).
_ALLOWED_CONTROLS = "\t\n\r"


def prohibit_control_characters(value):
    if any(
        (unicodedata.category(ch) == "Cc" and ch not in _ALLOWED_CONTROLS) or ch in "\ufffe\uffff"
        for ch in value
    ):
        raise forms.ValidationError(_("Control characters are not allowed."), code="control_characters")


def search_words(value):
    """The folded words a search looks for, each once; a ValidationError beyond MAX_SEARCH_WORDS."""
    words = fold(value).split()
    if len(words) > MAX_SEARCH_WORDS:
        raise forms.ValidationError(
            _("At most %(limit)d words in a search (q), not %(count)d."),
            code="too_many_words",
            params={"limit": MAX_SEARCH_WORDS, "count": len(words)},
        )
    return list(dict.fromkeys(words))


class TextField(forms.CharField):
    """Free text: no longer than any record's text, without control characters."""

    default_validators = [prohibit_control_characters]

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", MAX_TEXT_LENGTH)
        super().__init__(*args, **kwargs)


class SearchField(TextField):
    """A search: free text of at most MAX_SEARCH_WORDS words."""

    default_validators = [prohibit_control_characters, search_words]


class TextFilter(django_filters.CharFilter):
    field_class = TextField


class SearchFilter(django_filters.CharFilter):
    field_class = SearchField


def _cached_choices(key, queryset, timeout):
    """Slug and label of each record, a blank choice first; reference lists change rarely."""

    def build():
        return [(r.slug, str(r)) for r in queryset.all()]

    return [("", _("All")), *cache.get_or_set(f"doingoai:{key}-choices", build, timeout)]


def _province_choices():
    """Every unit, current ones first; cached for ten minutes."""
    return _cached_choices("province", Province.objects.order_by("-era", "name").only("slug", "name", "era"), 600)


def _country_choices():
    return _cached_choices("country", Country.objects.order_by("name").only("slug", "name"), 60)


class RecordBySlugField(forms.CharField):
    """A record named by its slug; an unknown slug is a form error."""

    default_validators = [prohibit_control_characters]

    def __init__(self, *args, model, **kwargs):
        self.model = model
        super().__init__(*args, **kwargs)

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return None
        records = self.model.objects
        records = records.public() if hasattr(records, "public") else records.all()
        record = records.filter(slug=value).first()
        if record is None:
            raise forms.ValidationError(_("Unknown value: %(value)s"), params={"value": value[:80]})
        return record


class SlugFilter(django_filters.Filter):
    """?province=dak-lak: the record comes from one indexed lookup, only when the filter is used;
    the <select> lists cached choices (rendering them needs no query)."""

    field_class = RecordBySlugField

    def __init__(self, *args, model, choices=None, **kwargs):
        widget = FastSelect(choices=choices) if choices else FastInput()
        super().__init__(*args, model=model, widget=widget, **kwargs)


class FastFormMixin:
    """FilterSets whose form widgets render in Python (see widgets.py)."""

    @property
    def form(self):
        if not hasattr(self, "_form"):
            speed_up_widgets(super().form)
        return self._form

    def used_filters(self):
        """{name: value} of the filters given a value (ordering aside); None when invalid."""
        if not self.is_bound:
            return {}
        if not self.is_valid():
            return None
        return {k: v for k, v in self.form.cleaned_data.items() if v and k != "sort"}


class OnceEachForm(forms.Form):
    """A form of query parameters that each take one value: one given twice (?q=a&q=b) is an
    error, rather than the last value winning silently while the others are shown or passed on."""

    def clean(self):
        data = super().clean()
        for name in self.fields:
            count = len(self.data.getlist(name)) if hasattr(self.data, "getlist") else 0
            if count > 1:
                message = _("%(name)s is given %(count)d times; give it once.")
                error = forms.ValidationError(message, code="repeated", params={"name": name, "count": count})
                self.add_error(name, error)
        return data


class ActivityFilterForm(OnceEachForm):
    """The activity filters' form: a sort list holds at most one key per column."""

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
    date_from = django_filters.DateFilter(
        label=_("From"),
        method="filter_date_from",
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="Starting on or after this date (YYYY-MM-DD).",
    )
    date_to = django_filters.DateFilter(
        label=_("To"),
        field_name="start_date",
        lookup_expr="lte",
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="Starting on or before this date (YYYY-MM-DD).",
    )
    official = SlugFilter(
        label=_("Official"),
        model=Official,
        method="filter_official",
        help_text="Slug of an official taking part (see /api/officials/).",
    )
    organization = TextFilter(
        label=_("Organization"), method="filter_organization", help_text="Leading organization contains this text."
    )
    partner = SlugFilter(
        label=_("Partner locality"),
        model=PartnerLocality,
        method="filter_partner",
        help_text="Slug of a partner locality named (see /api/partners/).",
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
        region, kind, review state and whole years (MonthTally: review state alone). Invalid
        filters: None."""
        used = self.used_filters()
        if used is None:
            return None
        rows = (MonthTally if monthly else ActivityTally).objects.public()
        for name, value in used.items():
            if name == "review_state":
                rows = rows.filter(review_state=value)
            elif monthly:
                return None
            elif name == "province":
                rows = rows.in_province(value)
            elif name == "region":
                rows = rows.filter(province__region=value)
            elif name == "kind":
                rows = rows.filter(kind=value)
            elif name == "date_from" and (value.month, value.day) == (1, 1):
                rows = rows.filter(year__gte=value.year)
            elif name == "date_to" and (value.month, value.day) == (12, 31):
                rows = rows.filter(year__lte=value.year, year__gt=0)
            else:
                return None
        return rows

    def filter_q(self, qs, name, value):
        return qs.search(search_words(value))

    def filter_province(self, qs, name, value):
        return qs.in_province(value)

    def filter_date_from(self, qs, name, value):
        # On the start date, like date_to: one indexed range (an activity is placed where it starts).
        return qs.filter(start_date__gte=value)

    def filter_official(self, qs, name, value):
        return qs.filter(Exists(Participation.objects.filter(activity=OuterRef("pk"), official=value)))

    def filter_organization(self, qs, name, value):
        return qs.filter(organization__icontains=value.strip())

    def filter_partner(self, qs, name, value):
        return qs.filter(Exists(ActivityPartner.objects.filter(activity=OuterRef("pk"), partner=value)))

    def filter_country(self, qs, name, value):
        # A partner an editor rejected does not make its activity one "with" that country.
        partners = ActivityPartner.objects.public().filter(activity=OuterRef("pk"), partner__country=value)
        return qs.filter(Exists(partners))

    def filter_has_requests(self, qs, name, value):
        has = Exists(Request.objects.public().filter(activity=OuterRef("pk")))
        return qs.filter(has) if value == "yes" else qs.exclude(has)


class RequestFilter(FastFormMixin, django_filters.FilterSet):
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
        return qs.filter(activity__province__in=Province.objects.units_of(value).values("pk"))

    def tally(self):
        """The RequestTally rows standing for the filtered requests (every filter here is one
        of its dimensions); None when the filters are not valid."""
        used = self.used_filters()
        if used is None:
            return None
        rows = RequestTally.objects.public()
        for name, value in used.items():
            rows = rows.in_province(value) if name == "province" else rows.filter(**{name: value})
        return rows


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
