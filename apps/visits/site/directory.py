"""The officials' list and the page explaining the data."""

from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from apps.lib.text import fold
from apps.visits.records.choices import Doubt, Kind, Precision, RequestCategory, RequestStatus
from apps.visits.records.models import Official, ReviewState
from apps.visits.reporting.fields import OnceEachForm, SearchField

OFFICIALS_PAGE = 50


class OfficialSearch(OnceEachForm):
    """?q=: words of a name, without diacritics if you like ("pham" finds "Phạm")."""

    q = SearchField(label=_("Name"), required=False)


def official_list(request):
    form = OfficialSearch(request.GET)
    officials = Official.objects.public()
    if form.is_valid():
        for word in fold(form.cleaned_data["q"]).split():
            officials = officials.filter(name_folded__contains=word)
    else:
        officials = officials.none()
    officials = officials.annotate(
        n=Count("participations", filter=~Q(participations__activity__review_state=ReviewState.REJECTED))
    ).order_by("name_sort", "pk")  # Vietnamese order in the database, so it holds across pages
    page = Paginator(officials.only("name", "slug"), OFFICIALS_PAGE).get_page(request.GET.get("page"))
    status = 200 if form.is_valid() else 400
    return render(request, "visits/official_list.html", {"form": form, "page_obj": page}, status=status)


def about(request):
    """Where the data comes from, how it is read, how good the reading is, what each field means."""
    vocabularies = {
        "kinds": Kind.choices,
        "precisions": Precision.choices,
        "review_states": ReviewState.choices,
        "doubts": Doubt.choices,
        "categories": RequestCategory.choices,
        "statuses": RequestStatus.choices,
    }
    return render(request, "visits/about.html", vocabularies)
