"""The fixed vocabularies of the records: kinds, precisions, review states, doubts, sides, roles,
request categories and statuses."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    CENTRAL = "central_delegation", _("Central delegation")
    FOREIGN = "foreign_delegation", _("Foreign delegation received")
    OUTBOUND = "outbound_delegation", _("Outbound delegation")
    EVENT = "provincial_event", _("Provincial event")


class Precision(models.TextChoices):
    DAY = "day", _("day")
    MONTH = "month", _("month")
    YEAR = "year", _("year")


class ReviewState(models.TextChoices):
    EXTRACTED = "extracted", _("Extracted, not reviewed")
    REVIEWED = "reviewed", _("Reviewed")
    REJECTED = "rejected", _("Rejected")


class Doubt(models.TextChoices):
    """What ingest was unsure of in an activity, heaviest first (the weight orders the review queue)."""

    NO_DATE = "no_date", _("no date found")
    PROVINCE_WEAK = "province_weak", _("province from a weak clue")
    NO_LEAD = "no_lead", _("no lead found")
    LEAD_GUESSED = "lead_guessed", _("lead guessed")
    MERGED_ON_CONTENT = "merged_on_content", _("merged with another report on content only")
    YEAR_INFERRED = "year_inferred", _("year not written with the date")
    DAY_RELATIVE = "day_relative", _("day read as 'today' or 'yesterday' from the publication date")


DOUBT_WEIGHTS = {
    Doubt.NO_DATE: 4,
    Doubt.PROVINCE_WEAK: 4,
    Doubt.NO_LEAD: 2,
    Doubt.LEAD_GUESSED: 2,
    Doubt.MERGED_ON_CONTENT: 3,
    Doubt.YEAR_INFERRED: 1,
    Doubt.DAY_RELATIVE: 1,
}


class Side(models.TextChoices):
    CENTRAL = "central", _("central")
    LOCAL = "local", _("local")
    FOREIGN = "foreign", _("foreign")


class Role(models.TextChoices):
    LEAD = "lead", _("lead")
    MEMBER = "member", _("participant")


class RequestCategory(models.TextChoices):
    BORDER = "border", _("border")
    BORDER_GATE = "border_gate", _("border gate")
    INVESTMENT = "investment", _("investment")
    TRADE = "trade", _("trade")
    TOURISM = "tourism", _("tourism")
    AID = "aid", _("aid")
    LABOUR = "labour", _("labour")
    COOPERATION = "cooperation", _("cooperation")
    OTHER = "other", _("other")


class RequestStatus(models.TextChoices):
    RAISED = "raised", _("raised")
    ACKNOWLEDGED = "acknowledged", _("acknowledged")
    FORWARDED = "forwarded", _("forwarded")
    ANSWERED = "answered", _("answered")
    RESOLVED = "resolved", _("resolved")
    DROPPED = "dropped", _("dropped")


CLOSED_STATUSES = (RequestStatus.RESOLVED, RequestStatus.DROPPED)


class RequestStepKind(models.TextChoices):
    """A step of a request's course; each sets the request's status to its own value."""

    RAISED = "raised", _("raised with")
    FORWARDED = "forwarded", _("forwarded to")
    ANSWERED = "answered", _("answered")
    RESOLVED = "resolved", _("resolved")
    DROPPED = "dropped", _("dropped")
