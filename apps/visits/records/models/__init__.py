"""The records the site serves, one module per record family. Reads live in their QuerySet
classes; writes go through ../services/."""

from ..choices import (
    DOUBT_WEIGHTS,
    Doubt,
    Kind,
    Precision,
    RequestCategory,
    RequestStatus,
    RequestStepKind,
    ReviewState,
    Role,
    Side,
)
from .activities import Activity, ActivityQuerySet, ActivityToReview, Participation, Title
from .articles import ActivityPartner, Article
from .base import InProvinceMixin, NamedModel, PublicQuerySet, Reviewable
from .editors import EditorScope, EditorScopeQuerySet
from .names import Country, MergedSlug, Official, PartnerLocality, PartnerLocalityQuerySet, PartnerTie
from .requests import Request, RequestQuerySet, RequestStep, RequestStepQuerySet

__all__ = [
    "DOUBT_WEIGHTS",
    "Activity",
    "ActivityPartner",
    "ActivityQuerySet",
    "ActivityToReview",
    "Article",
    "Country",
    "Doubt",
    "EditorScope",
    "EditorScopeQuerySet",
    "InProvinceMixin",
    "Kind",
    "MergedSlug",
    "NamedModel",
    "Official",
    "PartnerLocality",
    "PartnerLocalityQuerySet",
    "PartnerTie",
    "Participation",
    "Precision",
    "PublicQuerySet",
    "Request",
    "RequestCategory",
    "RequestQuerySet",
    "RequestStatus",
    "RequestStep",
    "RequestStepKind",
    "RequestStepQuerySet",
    "ReviewState",
    "Reviewable",
    "Role",
    "Side",
    "Title",
]
