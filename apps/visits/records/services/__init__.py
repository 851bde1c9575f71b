"""Writes to the records. Keyword-only arguments; no save() overrides with side effects. Each
write is a function of one of these modules, all reachable as ``services.<name>``."""

from .activities import (
    activity_refresh_search,
    participations_add,
    partner_attach,
    partner_tie_refresh,
    request_link,
    request_unlink,
    requests_add,
    search_words,
)
from .editors import editor_provinces_set
from .edits import (
    activity_lock_edited,
    activity_save_from_report,
    activity_values,
    article_create,
    fields_ingest_may_set,
)
from .locks import WRITER_LOCK, name_lock, writer_lock
from .merges import official_merge, partner_merge
from .names import country_get_or_create, official_get_or_create, partner_get_or_create
from .requests import request_step_add, request_steps_save
from .review import review_set
from .statistics import planner_statistics_refresh, visibility_refresh

__all__ = [
    "planner_statistics_refresh",
    "visibility_refresh",
    "WRITER_LOCK",
    "activity_lock_edited",
    "activity_refresh_search",
    "activity_save_from_report",
    "activity_values",
    "article_create",
    "country_get_or_create",
    "fields_ingest_may_set",
    "editor_provinces_set",
    "name_lock",
    "official_get_or_create",
    "official_merge",
    "participations_add",
    "partner_attach",
    "partner_get_or_create",
    "partner_merge",
    "partner_tie_refresh",
    "request_link",
    "request_step_add",
    "request_steps_save",
    "request_unlink",
    "requests_add",
    "review_set",
    "search_words",
    "writer_lock",
]
