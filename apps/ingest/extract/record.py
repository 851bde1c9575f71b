"""The extracted record: what extraction gives for one article (eval/SCHEMA.md), typed.

``Record.as_dict()`` is the JSON line of ``manage.py extract`` and what ``Article.extracted``
stores: its keys and their order are a public interface (SCHEMA.md), so the dataclasses'
fields follow that order and optional keys (a lead's span, any item's evidence) are left out
when unknown, as they always were.
"""

from dataclasses import dataclass, field

# The side of the person who leads an activity of each kind (people.lead, requests).
EXPECTED_SIDE = {
    "central_delegation": "central",
    "foreign_delegation": "foreign",
    "outbound_delegation": "local",
    "provincial_event": "local",
}

# The keys a record that is not an activity (or could not be read) carries, with their values.
EMPTY = {
    "is_activity": False,
    "kind": None,
    "province": None,
    "start_date": None,
    "end_date": None,
    "date_precision": None,
    "start_day_month": None,  # added keys: the day as written, for merging two reports
    "end_day_month": None,
    "organization": None,
    "lead": None,
    "officials": [],
    "requests": [],
    "partners": [],
}


def _with_evidence(out, span, evidence):
    if span is not None:
        out["span"] = span
    if evidence is not None:
        out["evidence"] = evidence
    return out


# A unit whose short name is a person's is written with its unit word, as readers name it (apps.provinces
# reads it back either way: "thành phố" is one of the prefixes it strips).
WRITTEN_IN_FULL = {"Hồ Chí Minh": "Thành phố Hồ Chí Minh"}


@dataclass
class Province:
    """The Vietnamese province of the activity, as apps.provinces.lookup names it."""

    name: str
    code: str | None = None
    current_name: str | None = None

    @property
    def names(self):
        """Its name, and the name of the province that holds it now (when known)."""
        return [n for n in (self.name, self.current_name) if n]

    def as_dict(self):
        return {
            "name": WRITTEN_IN_FULL.get(self.name, self.name),
            "code": self.code,
            "current_name": WRITTEN_IN_FULL.get(self.current_name, self.current_name),
        }


@dataclass
class Official:
    name: str
    titles: list[str]
    side: str
    span: list[int] | None = None  # the first mention; for the lead, filled in with the evidence
    evidence: list[int] | None = None  # the sentence of ``span``

    def as_dict(self):
        return _with_evidence({"name": self.name, "titles": self.titles, "side": self.side}, self.span, self.evidence)


@dataclass
class Request:
    text: str
    category: str
    span: list[int]
    evidence: list[int] | None = None

    def as_dict(self):
        return _with_evidence({"text": self.text, "category": self.category}, self.span, self.evidence)


@dataclass
class Partner:
    name: str  # as the article writes it
    kind: str
    country: str
    span: list[int]
    canonical: str  # the gazetteer's name ("Viêng Chăn" and "Vientiane" are one locality)
    variants: list[str]
    evidence: list[int] | None = None

    def as_dict(self):
        out = {"name": self.name, "kind": self.kind, "country": self.country, "span": self.span,
               "canonical": self.canonical, "variants": self.variants}
        if self.evidence is not None:
            out["evidence"] = self.evidence
        return out


@dataclass
class Doubt:
    """Something extraction was unsure of, for the editors' review queue."""

    code: str
    span: list[int] | None = None
    evidence: list[int] | None = None

    def as_dict(self):
        out = {"code": self.code, "span": self.span}
        if self.evidence is not None:
            out["evidence"] = self.evidence
        return out


@dataclass
class Dates:
    start_date: str | None = None
    end_date: str | None = None
    date_precision: str | None = None
    start_day_month: str | None = None  # "MM-DD" as written, whether or not the year is known
    end_day_month: str | None = None


@dataclass
class People:
    organization: str | None
    lead: Official | None
    officials: list[Official]


@dataclass
class Record:
    source: str
    title: str
    published: str | None
    is_activity: bool = False
    kind: str | None = None
    province: Province | None = None
    dates: Dates = field(default_factory=Dates)
    organization: str | None = None
    lead: Official | None = None
    officials: list[Official] = field(default_factory=list)
    requests: list[Request] = field(default_factory=list)
    partners: list[Partner] = field(default_factory=list)
    doubts: list[Doubt] = field(default_factory=list)

    def as_dict(self):
        """The record as SCHEMA.md writes it (the JSON line, the stored Article.extracted)."""
        d = self.dates
        return {
            "source": self.source,
            "title": self.title,
            "published": self.published,
            "is_activity": self.is_activity,
            "kind": self.kind,
            "province": self.province.as_dict() if self.province else None,
            "start_date": d.start_date,
            "end_date": d.end_date,
            "date_precision": d.date_precision,
            "start_day_month": d.start_day_month,
            "end_day_month": d.end_day_month,
            "organization": self.organization,
            "lead": self.lead.as_dict() if self.lead else None,
            "officials": [o.as_dict() for o in self.officials],
            "requests": [r.as_dict() for r in self.requests],
            "partners": [p.as_dict() for p in self.partners],
            "doubts": [x.as_dict() for x in self.doubts],
        }
