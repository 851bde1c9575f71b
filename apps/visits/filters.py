"""The filters of /activities/, /timeline/ and the exports: plain, shareable query parameters."""

import django_filters
from django import forms
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from apps.lib.text import fold
from apps.provinces.models import Province, Region

from .models import (
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
from .widgets import speed_up_selects


class SlugChoiceFilter(django_filters.ModelChoiceFilter):
    """A model choice named by its slug in the URL (?province=dak-lak)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("to_field_name", "slug")
        super().__init__(*args, **kwargs)


class ActivityFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Search"), method="filter_q")
    province = SlugChoiceFilter(
        label=_("Province"), queryset=Province.objects.order_by("era", "name"), method="filter_province"
    )
    region = django_filters.ChoiceFilter(label=_("Region"), choices=Region.choices, field_name="province__region")
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=Kind.choices)
    date_from = django_filters.DateFilter(
        label=_("From"), method="filter_date_from", widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = django_filters.DateFilter(
        label=_("To"), field_name="start_date", lookup_expr="lte", widget=forms.DateInput(attrs={"type": "date"})
    )
    official = SlugChoiceFilter(
        label=_("Official"), queryset=Official.objects.all(), method="filter_official", widget=forms.TextInput
    )
    organization = django_filters.CharFilter(label=_("Organization"), method="filter_organization")
    partner = SlugChoiceFilter(
        label=_("Partner locality"), queryset=PartnerLocality.objects.all(), method="filter_partner", widget=forms.TextInput
    )
    country = SlugChoiceFilter(label=_("Partner country"), queryset=Country.objects.all(), method="filter_country")
    has_requests = django_filters.ChoiceFilter(
        label=_("Has requests"), choices=[("yes", _("yes")), ("no", _("no"))], method="filter_has_requests"
    )
    review_state = django_filters.ChoiceFilter(label=_("Review state"), choices=ReviewState.choices)
    sort = django_filters.OrderingFilter(
        label=_("Sort"),
        fields=(("start_date", "date"), ("province__name", "province"), ("kind", "kind")),
        field_labels={"start_date": _("Date"), "province__name": _("Province"), "kind": _("Kind")},
    )

    class Meta:
        model = Activity
        fields = []

    @property
    def form(self):
        if not hasattr(self, "_form"):
            speed_up_selects(super().form)
        return self._form

    def filter_q(self, qs, name, value):
        for word in fold(value).split():
            qs = qs.filter(search_text__contains=word)
        return qs

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
        return qs.filter(Exists(ActivityPartner.objects.filter(activity=OuterRef("pk"), partner__country=value)))

    def filter_has_requests(self, qs, name, value):
        has = Exists(Request.objects.filter(activity=OuterRef("pk")))
        return qs.filter(has) if value == "yes" else qs.exclude(has)


class RequestFilter(django_filters.FilterSet):
    province = SlugChoiceFilter(label=_("Province"), queryset=Province.objects.all(), method="filter_province")
    category = django_filters.ChoiceFilter(label=_("Category"), choices=RequestCategory.choices)
    status = django_filters.ChoiceFilter(label=_("Status"), choices=RequestStatus.choices)

    class Meta:
        model = Request
        fields = []

    @property
    def form(self):
        if not hasattr(self, "_form"):
            speed_up_selects(super().form)
        return self._form

    def filter_province(self, qs, name, value):
        return qs.filter(Q(activity__province=value) | Q(activity__province__successor=value))
