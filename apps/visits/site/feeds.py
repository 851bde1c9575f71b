"""An Atom feed of the newest activities: /feed/activities.atom takes the filters of /activities/,
so any list a user has filtered can be followed in a feed reader."""

from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.http import HttpResponseBadRequest
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext as _

from apps.visits.records.models import Activity, Precision
from apps.visits.reporting.filters import ActivityFilter

FEED_SIZE = 50


@dataclass
class FeedQuery:
    """What one request asks of the feed: the validated filters and the query string they came in."""

    filterset: ActivityFilter
    query_string: str
    description: str  # "q=dak lak, kind=central_delegation", or "" for the unfiltered feed


def bad_filter_message(filterset):
    """'Bad filter value: date_from: Enter a valid date.' — one line per bad parameter."""
    lines = [
        _("Bad filter value: %(param)s: %(error)s") % {"param": name, "error": " ".join(errors)}
        for name, errors in filterset.errors.items()
    ]
    return "\n".join(lines) + "\n"


def describe_filters(filterset, params):
    """The filters a request sets, in the filterset's order, for the feed's title."""
    return ", ".join(
        f"{name}={value}" for name in filterset.filters for value in params.getlist(name) if value.strip()
    )


def _when(day, precision):
    if day is None:
        return "?"
    if precision == Precision.YEAR:
        return f"{day:%Y}"
    if precision == Precision.MONTH:
        return f"{day:%Y-%m}"
    return day.isoformat()


class ActivityFeed(Feed):
    feed_type = Atom1Feed
    author_name = "doingoai"

    def __call__(self, request, *args, **kwargs):
        # Validated here so that a bad value is a 400, never the unfiltered feed nor a 500.
        filterset = ActivityFilter(
            request.GET, queryset=Activity.objects.public().for_list(), request=request
        )
        if not filterset.is_valid():
            return HttpResponseBadRequest(
                bad_filter_message(filterset), content_type="text/plain; charset=utf-8"
            )
        params = request.GET.copy()
        params.pop("page", None)  # the feed is the first page, whatever page the list was on
        request._activity_feed_query = FeedQuery(
            filterset=filterset,
            query_string=params.urlencode(),
            description=describe_filters(filterset, request.GET),
        )
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, *args, **kwargs):
        return request._activity_feed_query

    def title(self, obj):
        if obj.description:
            return _("doingoai — activities: %(filters)s") % {"filters": obj.description}
        return _("doingoai — activities")

    def subtitle(self, obj):
        if obj.description:
            return _("The newest provincial foreign-affairs activities matching %(filters)s.") % {
                "filters": obj.description
            }
        return _("The newest provincial foreign-affairs activities.")

    def link(self, obj):
        return reverse("activity-list") + (f"?{obj.query_string}" if obj.query_string else "")

    def feed_url(self, obj):
        return reverse("activity-feed") + (f"?{obj.query_string}" if obj.query_string else "")

    def items(self, obj):
        # for_list() (newest first, province, successor and lead joined) unless ?sort= reorders.
        return list(obj.filterset.qs[:FEED_SIZE])

    def item_title(self, item):
        # Atom titles are plain text: no HTML escaping (that is the RSS habit Django defaults to).
        return item.headline or str(item)

    def item_link(self, item):
        return item.get_absolute_url()

    def item_pubdate(self, item):
        return item.created_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_description(self, item):
        """Kind, province, dates and lead; HTML, since Atom's <summary type="html"> is read as such."""
        when = _when(item.start_date, item.date_precision)
        if item.end_date and item.end_date != item.start_date:
            when = f"{when} – {_when(item.end_date, item.date_precision)}"
        parts = [str(item.get_kind_display()), item.province.name, when]
        if item.public_lead:
            lead = item.public_lead.name + (f" ({item.lead_title})" if item.lead_title else "")
            parts.append(_("led by %(lead)s") % {"lead": lead})
        return escape(" · ".join(parts))
