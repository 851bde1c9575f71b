"""The parts the FilterSets are built of (filters.py): bounded text and search fields, dates as
Vietnamese offices write them, records named by slug or by any known name, the choice lists."""

import datetime as dt
import unicodedata

import django_filters
from django import forms
from django.core.cache import cache
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from apps.lib.collation import sorted_by_name
from apps.lib.text import fold, name_key
from apps.provinces.models import Era, Province
from apps.visits.records.models import Country
from apps.visits.reporting.english import country_name
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


def _cached_choices(key, build, timeout):
    """The choices ``build()`` makes, a blank choice first; reference lists change rarely. Kept
    per interface language: their labels and order are the language's."""
    key = f"doingoai:{key}-{translation.get_language()}-choices"
    return [("", _("All")), *cache.get_or_set(key, build, timeout)]


def _by_name(records):
    """(slug, label) of each record in Vietnamese alphabetical order of its name (collation.py)."""
    return [(r.slug, str(r)) for r in sorted_by_name(records)]


def _province_choices():
    """The 34 current units, then the 63 earlier ones in a group of their own, each in Vietnamese
    order; cached for ten minutes. The group's label is the era's, the one used everywhere."""

    def build():
        units = list(Province.objects.only("slug", "name", "era"))
        current = _by_name(u for u in units if u.era == Era.CURRENT)
        earlier = _by_name(u for u in units if u.era == Era.PRE_2025)
        return [*current, (str(Era.PRE_2025.label), earlier)] if earlier else current

    return _cached_choices("province", build, 600)


def _country_choices():
    """Partner countries, named and ordered in the interface language (english.py)."""

    def build():
        rows = [(c.slug, country_name(c.name)) for c in Country.objects.only("slug", "name")]
        return sorted_by_name(rows, key=lambda row: row[1])

    return _cached_choices("country", build, 60)


# Dates as Vietnamese offices write them: dd/mm/yyyy first (also d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy),
# and ISO yyyy-mm-dd (what a browser's date box sends). Never month first: 03/02/2024 is 3 February.
DATE_INPUT_FORMATS = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d"]
DATE_DISPLAY_FORMAT = "%d/%m/%Y"


class VietnameseDateField(forms.DateField):
    input_formats = DATE_INPUT_FORMATS
    default_error_messages = {"invalid": _("Enter a date as dd/mm/yyyy (for example 03/02/2024).")}

    def to_python(self, value):
        return super().to_python(value.strip() if isinstance(value, str) else value)


class VietnameseDateFilter(django_filters.DateFilter):
    field_class = VietnameseDateField


def _date_widget():
    return forms.DateInput(
        format=DATE_DISPLAY_FORMAT, attrs={"placeholder": "dd/mm/yyyy", "inputmode": "numeric", "size": 10}
    )


def _preset_window(value, today=None):
    """(first day, last day) of a named period, counted back from today."""
    today = today or dt.date.today()
    if value == "this-year":
        return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
    if value == "last-year":
        return dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)
    if value == "last-12-months":
        year, month = (today.year - 1, today.month + 1) if today.month < 12 else (today.year, 1)
        return dt.date(year, month, 1), today
    if value == "last-30-days":
        return today - dt.timedelta(days=29), today
    raise ValueError(value)


PERIOD_CHOICES = [
    ("this-year", _("This year")),
    ("last-12-months", _("Last 12 months")),
    ("last-year", _("Last year")),
    ("last-30-days", _("Last 30 days")),
]


def find_by_name(records, value):
    """The record whose slug is ``value``, or else one of whose names (its name or any known
    variant) is ``value`` as people type it: any case, with or without diacritics, any
    spacing. A name matching several records gives the one with the exact spelling, else the
    first by id. None when nothing matches."""
    value = value.strip()
    record = records.filter(slug=value).first()
    if record is not None:
        return record
    folded = fold(value)
    if not folded:
        return None
    wanted = name_key(value)
    found = [
        r for r in records.filter(name_folded__contains=folded).order_by("id")
        if any(fold(name) == folded for name in [r.name, *r.variants])
    ]
    exact = [r for r in found if any(name_key(name) == wanted for name in [r.name, *r.variants])]
    return (exact or found or [None])[0]


class RecordBySlugField(forms.CharField):
    """A record named by its slug or, where ``by_name``, by any of its names as typed (see
    find_by_name); an unknown value is a form error."""

    default_validators = [prohibit_control_characters]

    def __init__(self, *args, model, by_name=False, **kwargs):
        self.model = model
        self.by_name = by_name
        super().__init__(*args, **kwargs)

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return None
        records = self.model.objects
        records = records.public() if hasattr(records, "public") else records.all()
        record = find_by_name(records, value) if self.by_name else records.filter(slug=value).first()
        if record is None:
            raise forms.ValidationError(_("Unknown value: %(value)s"), params={"value": value[:80]})
        return record


class SlugFilter(django_filters.Filter):
    """?province=dak-lak: the record comes from one indexed lookup, only when the filter is used;
    the <select> lists cached choices (rendering them needs no query)."""

    field_class = RecordBySlugField

    def __init__(self, *args, model, choices=None, by_name=False, **kwargs):
        widget = FastSelect(choices=choices) if choices else FastInput()
        super().__init__(*args, model=model, by_name=by_name, widget=widget, **kwargs)


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
