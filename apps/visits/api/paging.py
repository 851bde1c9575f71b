"""The API's pages: ``?page=`` (1-based) and ``?page_size=`` (1-100), answered as
``{"count", "count_capped", "page", "pages", "next", "previous", "results"}``, ``next``/``previous`` being paths
that keep the other parameters. A page beyond the last is a 404; an empty list is page 1 of 1."""

from typing import Any

from django.core.paginator import EmptyPage, Paginator
from django.utils.translation import gettext as _
from ninja import Field, Schema
from ninja.pagination import PaginationBase

from apps.visits.api.params import BadParameters, Params


class PageNumbers(PaginationBase):
    """Django's Paginator behind ninja's ``@paginate``; ``counted_by`` another Paginator class that
    takes the request (ArchivePaginator for the activities, whose count comes from the cache)."""

    items_attribute = "results"

    class Input(Params):
        page: int = Field(1, ge=1, description="Page number, 1-based. A page beyond the last is a 404.")
        page_size: int = Field(25, ge=1, le=100, description="Rows per page, 1 to 100.")

    class Output(Schema):
        count: int
        count_capped: bool = Field(
            False,
            description="True when more rows match than are counted: count is then a lower bound (1000 unless the "
            "server sets DOINGOAI_COUNT_LIMIT) and the pages stop there. Narrow the filters, or download the list "
            "with the same filters (/activities/export.jsonl, /requests/export.csv), which holds every row.",
        )
        page: int
        pages: int
        next: str | None = Field(description="Path of the next page, with the same parameters.")
        previous: str | None = Field(description="Path of the previous page, with the same parameters.")
        results: list[Any]

    def __init__(self, *, counted_by=None, **kwargs):
        self.counted_by = counted_by
        super().__init__(**kwargs)

    def paginator(self, queryset, per_page, request):
        if self.counted_by is None:
            return Paginator(queryset, per_page)
        # The tally rows standing for the filtered rows, when the view found some (counted
        # without a scan of the activities).
        return self.counted_by(queryset, per_page, request=request, tally=getattr(queryset, "tally", None))

    def paginate_queryset(self, queryset, pagination, request, **params):
        paginator = self.paginator(queryset, pagination.page_size, request)
        try:
            page = paginator.page(pagination.page)
        except EmptyPage as exc:
            message = _("Page %(page)s does not exist; the last page is %(pages)s.") % {
                "page": pagination.page,
                "pages": paginator.num_pages,
            }
            raise BadParameters({"page": [message]}, status=404, detail=message) from exc

        def link(number):
            query = request.GET.copy()
            query["page"] = number
            return f"{request.path}?{query.urlencode()}"

        return {
            "count": paginator.count,
            "count_capped": getattr(paginator, "capped", False),
            "page": page.number,
            "pages": paginator.num_pages,
            "next": link(page.next_page_number()) if page.has_next() else None,
            "previous": link(page.previous_page_number()) if page.has_previous() else None,
            "results": list(page.object_list),
        }
