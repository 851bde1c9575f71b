"""Articles for the extractors' tests: a Doc as the pipeline builds it (the text segmented),
and the extractors' typed results in their JSON form (SCHEMA.md), as the tests compare them."""

from dataclasses import asdict

from apps.ingest.extract import activity, dates, kind, partners, people, requests
from apps.ingest.extract import province as province_extractor
from apps.ingest.extract.doc import Doc
from apps.ingest.extract.record import Official, Province
from apps.ingest.segment import sentences


def make_doc(text, title=None, published=None, name="t"):
    """A Doc of ``text`` (already clean and normalized); the title is its first line unless given."""
    title = text.split("\n")[0] if title is None else title
    return Doc(name=name, text=text, title=title, published=published, sentences=sentences(text))


def province(name, code=None, current_name=None):
    return Province(name, code, current_name) if name else None


def extract_dates(doc):
    return asdict(dates.extract(doc))


def extract_people(doc, kind, province_name):
    out = people.extract(doc, kind, province(province_name))
    return {
        "organization": out.organization,
        "lead": out.lead.as_dict() if out.lead else None,
        "officials": [o.as_dict() for o in out.officials],
    }


def extract_partners(doc, province_name):
    return [p.as_dict() for p in partners.extract(doc, province(province_name))]


def extract_requests(doc, kind, province_name, lead=None, officials=()):
    """``lead``: a name (its side unknown); ``officials``: dicts of name, titles, side."""
    prov = province(province_name)
    found = requests.extract(
        doc,
        kind,
        prov,
        Official(lead, [], None) if lead else None,
        [Official(o["name"], o.get("titles", []), o.get("side")) for o in officials],
        partners.extract(doc, prov),
    )
    return [r.as_dict() for r in found]


def doubts(doc):
    return [d.as_dict() for d in doc.doubts]


def found_province(text, published=None):
    """The province extract finds, in its JSON form."""
    p = province_extractor.extract(make_doc(text, published=published))
    return p and p.as_dict()


def prov(text, published=None):
    p = found_province(text, published)
    return p and p["name"]


def classify(text, published=None):
    """The kind of an article, None when it is not an activity."""
    doc = make_doc(text, published=published)
    p = province_extractor.extract(doc)
    return kind.extract(doc, p) if activity.is_activity(doc, p) else None
