"""What the API answers: schemas read straight from the ORM objects (``resolve_<field>`` for what
is computed, ``alias`` for what sits on a related object). The querysets in endpoints.py join or
prefetch everything read here, so no schema runs a query of its own."""

import datetime as dt

from ninja import Field, Schema

from apps.provinces.models import Era
from apps.visits.records.models import Role


def _by_pk(rows):
    return sorted(rows, key=lambda row: row.pk)


class ProvinceRef(Schema):
    name: str
    code: str
    slug: str
    current_name: str | None = Field(description="Name of the unit holding the territory since 1 July 2025.")

    @staticmethod
    def resolve_current_name(province):
        current = province if province.era == Era.CURRENT else province.successor
        return current.name if current else None


class OfficialRef(Schema):
    name: str
    slug: str


class CountryRef(Schema):
    name: str
    slug: str


class ActivityOut(Schema):
    id: int
    url: str = Field(description="Path of the activity's page on the site.")
    kind: str
    province: ProvinceRef
    start_date: dt.date | None
    end_date: dt.date | None
    date_precision: str = Field(description="day, month or year; blank when there is no date.")
    organization: str
    lead: OfficialRef | None
    lead_title: str
    summary: str
    review_state: str

    @staticmethod
    def resolve_url(activity):
        return activity.get_absolute_url()

    @staticmethod
    def resolve_lead(activity):
        return activity.public_lead


class ParticipantOut(Schema):
    name: str = Field(alias="official.name")
    slug: str = Field(alias="official.slug")
    role: str
    side: str
    titles: list[str]

    @staticmethod
    def resolve_titles(participation):
        return [t.title for t in _by_pk(participation.titles.all())]


class ActivityRequestOut(Schema):
    id: int
    text: str
    category: str
    status: str
    repeat_of: int | None = Field(description="Id of the same ask raised at an earlier activity.")

    @staticmethod
    def resolve_repeat_of(request):
        earlier = request.public_repeat_of
        return earlier.pk if earlier else None


class PartnerRef(Schema):
    name: str = Field(alias="partner.name")
    slug: str = Field(alias="partner.slug")
    country: CountryRef | None = Field(alias="partner.country")


class SourceOut(Schema):
    title: str
    outlet: str
    url: str
    published: dt.date | None


class ActivityDetailOut(ActivityOut):
    participants: list[ParticipantOut]
    requests: list[ActivityRequestOut]
    partners: list[PartnerRef]
    sources: list[SourceOut]

    @staticmethod
    def resolve_participants(activity):
        return sorted(activity.participations.all(), key=lambda p: (p.role != Role.LEAD, p.pk))

    @staticmethod
    def resolve_requests(activity):
        return _by_pk(activity.requests.all())

    @staticmethod
    def resolve_partners(activity):
        return _by_pk(activity.partner_mentions.all())

    @staticmethod
    def resolve_sources(activity):
        return _by_pk(activity.articles.all())


class ProvinceOut(Schema):
    name: str
    code: str
    era: str = Field(description="pre2025 (the 63 units) or 2025 (the 34 units from 1 July 2025).")
    slug: str
    region: str
    successor: str | None = Field(description="For a pre-2025 unit: slug of the current unit holding it.")
    activity_count: int = Field(description="Public activities; a current unit counts its predecessors' too.")

    @staticmethod
    def resolve_successor(province):
        return province.successor.slug if province.successor_id else None


class OfficialOut(Schema):
    name: str
    slug: str
    variants: list[str]
    url: str

    @staticmethod
    def resolve_url(official):
        return official.get_absolute_url()


class PartnerOut(Schema):
    name: str
    slug: str
    kind: str
    country: CountryRef | None
    url: str

    @staticmethod
    def resolve_url(partner):
        return partner.get_absolute_url()


class RequestOut(Schema):
    id: int
    text: str
    category: str
    status: str
    addressee: str
    activity: int = Field(alias="activity_id", description="Id of the activity where it was raised.")
    province: ProvinceRef = Field(alias="activity.province")
    date: dt.date | None = Field(alias="activity.start_date", description="Start date of that activity.")
    repeat_of: int | None = Field(description="Id of the same ask raised at an earlier activity.")

    @staticmethod
    def resolve_repeat_of(request):
        earlier = request.public_repeat_of
        return earlier.pk if earlier else None


class ErrorOut(Schema):
    detail: str
    errors: dict[str, list[str]] = Field(default_factory=dict)


ERRORS = {400: ErrorOut, 404: ErrorOut}
