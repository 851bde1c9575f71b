"""Any URL with any query string answers 200, a redirect or a 4xx, never a 500: hypothesis
writes query strings (the known parameters and random ones; random text, control characters,
huge values, numbers and dates beyond any range, repeated parameters, broken percent-escapes)
and each one is asked of every public URL, streamed answers read to their end.

Deterministic (derandomized, no example database). DOINGOAI_FUZZ=20 runs twenty times the
examples from a random seed, for a longer hunt.
"""

import logging
import os
import string
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from apps.visits.records import services
from apps.visits.records.models import Activity, Official, PartnerLocality, ReviewState
from tests.factories import make_activity

pytestmark = pytest.mark.django_db

FUZZ = int(os.environ.get("DOINGOAI_FUZZ", "1"))
EXAMPLES = 100  # each asked of every URL below: over 2,500 requests a run (DOINGOAI_FUZZ for more)

# The parameters any public URL reads (filters of the pages, feed, exports and API; paging;
# the timeline's axis; the language switch), and a few no URL reads.
KNOWN = ["q", "province", "region", "kind", "date_from", "date_to", "official", "organization", "partner",
         "country", "has_requests", "review_state", "sort", "page", "page_size", "category", "status", "era",
         "zoom", "at", "code", "next"]
OTHERS = ["utm_source", "format", "callback", "q[]", "page[size]", "", " ", "__proto__", "ZOOM"]

VALID = [
    "dak-lak-truoc-2025", "lam-dong", "dien-bien-truoc-2025", "le-hoai-trung", "mondulkiri", "campuchia",
    "tay_nguyen", "central_delegation", "foreign_delegation", "yes", "no", "extracted", "reviewed", "rejected",
    "date", "-date", "province,-kind", "date,date,date,date", "border_gate", "raised", "resolved", "pre2025",
    "2025", "year", "month", "day", "2020", "2020-01", "9999-12", "0001-01", "en", "vi", "/activities/",
    "https://evil.example/", "//evil.example", "hoat dong", "dak lak",
]
DATES = ["2020-01-02", "9999-12-31", "0000-00-00", "0001-01-01", "2020-02-30", "2020-13-01", "99999-01-01",
         "-2020-01-01", "2020-1-1", "02/01/2020", "2020-01-02T10:00", "1e10", "NaN", "inf"]
CONTROL = "\x00\x01\x07\x08\x09\x0a\x0b\x0c\x0d\x1b\x1f\x7f\x85\u200b\u202e\u2028\ufeff\ufffe\uffff"
any_char = st.characters(exclude_categories=["Cs"])

values = st.one_of(
    st.sampled_from(VALID),
    st.sampled_from(DATES),
    st.text(any_char, max_size=40),
    st.text(st.sampled_from(CONTROL + string.ascii_letters + " ,-."), max_size=20),
    st.integers(-(10**30), 10**30).map(str),
    st.sampled_from(["0", "-1", "1", "2", "100", "101", "9223372036854775808", "1e3", "0x10", "١٢"]),
    st.integers(1, 3000).map(lambda n: " ".join(["dak"] * n)),  # up to a search of 3,000 words
    st.integers(1, 3000).map(lambda n: ",".join(["date"] * n)),  # sort lists without end
    st.integers(1, 20_000).map(lambda n: "x" * n),  # huge values
)
names = st.one_of(st.sampled_from(KNOWN), st.sampled_from(OTHERS), st.text(any_char, max_size=12))
pairs = st.lists(st.tuples(names, values), max_size=6)


@st.composite
def query_strings(draw):
    """Pairs, some repeated (a few times, or past Django's 1,000 fields), percent-encoded as a
    browser would, now and then with broken escapes or stray separators."""
    items = draw(pairs)
    if items and draw(st.integers(0, 9)) == 0:
        items += [items[0]] * draw(st.sampled_from([2, 50, 1_001]))
    query = "&".join(f"{quote(name, safe='')}={quote(value, safe='')}" for name, value in items)
    junk = draw(st.sampled_from(["", "", "", "&", "&&=", "%", "%ZZ", "%FF%FE", "%C0%80", "=x", ";q=a", "+"]))
    return query + junk


PAGES = ["/", "/activities/", "/activities/export.csv", "/activities/export.json", "/feed/activities.atom",
         "/provinces/", "/partners/", "/requests/", "/timeline/", "/timeline/?zoom=month&",
         "/timeline/?zoom=month&at=2020&", "/timeline/?zoom=day&at=2020-01&", "/language/", "/healthz",
         "/api/activities/", "/api/provinces/", "/api/officials/", "/api/partners/", "/api/requests/",
         "/api/schema/", "/api/docs/"]
detail_paths = st.one_of(
    st.tuples(st.sampled_from(["/activities/{}/", "/requests/{}/", "/api/activities/{}/"]),
              st.integers(0, 10**30).map(str)),
    st.tuples(st.sampled_from(["/provinces/{}/", "/officials/{}/", "/partners/{}/"]),
              st.from_regex(r"[-a-zA-Z0-9_]{1,80}", fullmatch=True)),
).map(lambda t: t[0].format(t[1]))


@pytest.fixture
def archive(db):
    """A few activities: one undated, one rejected, a rejected partner and a rejected official,
    and a request raised again; the detail pages of each public record."""
    first = make_activity(title="Hội nghị xúc tiến đầu tư")
    again = make_activity(partner="Ratanakiri")
    make_activity(province_code="11", lead="Lò Văn A", partner="Phongsaly")
    undated = make_activity(province_code="66", era="2025")
    Activity.objects.filter(pk=undated.pk).update(start_date=None)
    rejected = make_activity(lead="Trần Văn Bị Loại", partner="Stung Treng")
    services.request_link(request=again.requests.get(), repeat_of=first.requests.get())
    services.review_set(records=[rejected], state=ReviewState.REJECTED)
    services.review_set(records=[PartnerLocality.objects.get(name="Stung Treng")], state=ReviewState.REJECTED)
    services.review_set(records=[Official.objects.get(name="Trần Văn Bị Loại")], state=ReviewState.REJECTED)
    details = []
    for activity in Activity.objects.all():
        details += [activity.get_absolute_url(), f"/api/activities/{activity.pk}/"]
        details += [r.get_absolute_url() for r in activity.requests.all()]
    details += [o.get_absolute_url() for o in Official.objects.all()]
    details += [p.get_absolute_url() for p in PartnerLocality.objects.all()]
    details += ["/provinces/dak-lak-truoc-2025/", "/provinces/lam-dong/"]
    return details


@pytest.fixture
def quiet_requests():
    """Thousands of 4xx answers, each logged as a warning by django.request: not worth keeping."""
    logger = logging.getLogger("django.request")
    level = logger.level
    logger.setLevel(logging.ERROR)
    yield
    logger.setLevel(level)


def read(client, url):
    response = client.get(url)
    if response.streaming:
        b"".join(response.streaming_content)
    return response.status_code


def test_no_query_string_gets_a_500_from_any_public_url(client, archive, quiet_requests):
    asked = []
    # The details sampled, so the run stays near a minute: five of them per query string.
    details = archive[:: max(1, len(archive) // 5)][:5]

    @settings(max_examples=EXAMPLES * FUZZ, deadline=None, derandomize=FUZZ == 1, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(query=query_strings(), path=detail_paths)
    def every_url(query, path):
        for url in [*PAGES, *details, path]:
            url = f"{url}{'' if url.endswith(('?', '&')) else '?'}{query}"
            status = read(client, url)
            asked.append(url)
            assert status < 500, url

    every_url()
    assert len(asked) >= EXAMPLES * 25 * FUZZ
