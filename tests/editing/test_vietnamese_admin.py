"""A province editor reading the admin in Vietnamese meets no English: every page they use
(the index, each list, each add and change page they may open, an activity's history, the
review queue) is rendered in English and in Vietnamese, and any label the two share that reads
as English is an untranslated string."""

import re
from html.parser import HTMLParser

import pytest
from django.conf import settings
from django.contrib.auth.models import Permission, User
from django.urls import reverse

from apps.ingest.models import FetchedPage, IngestItem, IngestRun, Source
from apps.lib.text import fold
from apps.provinces.models import Province
from apps.visits.records import services
from apps.visits.records.models import Activity, Article, Country, Official, PartnerLocality, Request

from ..factories import make_activity
from .conftest import PROVINCE_EDITOR_PERMISSIONS, current, make_editor

pytestmark = pytest.mark.django_db

# What an editor reads without changing (ingest's records, ties, articles) and may add.
READS = ["view_ingestrun", "view_ingestitem", "view_source", "view_fetchedpage", "view_partnertie", "view_article",
         "view_country", "view_province", "add_activity", "add_request"]

# Django's and our strings an editor meets most; none may show in English.
KNOWN_ENGLISH = {
    "Add", "Change", "History", "Save", "Delete", "Filter", "Search", "Choose a date", "Changed by", "Change reason",
    "Home", "Log out", "Recent actions", "View site", "Save and continue editing", "Save and add another", "Today",
    "Now", "Date/time", "User", "Action", "Object", "Go", "All", "Yes", "No", "Unknown", "View", "Close",
    "activity", "activities", "official", "officials", "request", "requests", "partner locality", "partner tie",
    "partner ties", "ingest run", "ingest runs", "fetched page", "source", "sources", "article", "articles",
}

# Acronyms Vietnamese writes as they are, and the site's name.
DATA_WORDS = {"doingoai", "UBND", "URL", "HTTP", "ETag", "CSS", "JSON", "RSS", "Atom", "XML", "ID"}
ENGLISH_WORD = re.compile(r"[A-Za-z]{3,}")
VIETNAMESE = re.compile(r"[^\x00-\x7f]")


class Labels(HTMLParser):
    """The text an editor reads: text nodes (not scripts or styles), button values, titles and
    placeholders."""

    def __init__(self):
        super().__init__()
        self.labels, self._skip = set(), 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        attrs = dict(attrs)
        for name in ("title", "placeholder", "aria-label"):
            if attrs.get(name):
                self.labels.add(attrs[name].strip())
        if tag == "input" and attrs.get("type") in ("submit", "button") and attrs.get("value"):
            self.labels.add(attrs["value"].strip())

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip and data.strip():
            self.labels.add(" ".join(data.split()))


def labels(html):
    parser = Labels()
    parser.feed(html)
    return parser.labels


def records_text():
    """The records' own words as the pages may show them (names written without diacritics,
    slugs, folded keys): data, not labels."""
    texts = [*Province.objects.values_list("name", flat=True), *User.objects.values_list("username", flat=True)]
    for model in (Official, PartnerLocality, Country):
        for name, slug in model.objects.values_list("name", "slug"):
            texts += [name, slug]
    texts += Request.objects.values_list("text", flat=True)
    texts += Article.objects.values_list("source_name", flat=True)
    return {fold(text) for text in texts}


def english(label, data):
    """A label that reads as English: no Vietnamese letter, an English word, not the records' data."""
    if VIETNAMESE.search(label) or fold(label) in data or fold(label.split(" - ")[-1]) in data:
        return False
    if " " not in label and ("/" in label or "." in label):  # a file path, an address
        return False
    return any(word not in DATA_WORDS for word in ENGLISH_WORD.findall(label))


@pytest.fixture
def editor_pages(client):
    editor = make_editor("daklak", provinces=[current("66")], codenames=PROVINCE_EDITOR_PERMISSIONS)
    editor.user_permissions.add(*Permission.objects.filter(codename__in=READS))
    editor = User.objects.get(pk=editor.pk)  # fresh: no cached permissions
    activity = make_activity(province_code="66", title="Đắk Lắk đón đoàn tỉnh Mondulkiri")
    services.request_step_add(request=activity.requests.get(), step="forwarded", party="Bộ Ngoại giao", by=editor)
    article = activity.articles.get()
    run = IngestRun.objects.create(paths=["bai/dak-lak.txt"], read=1, new=1, finished_at=article.ingested_at)
    IngestItem.objects.create(run=run, path="bai/dak-lak.txt", outcome=IngestItem.Outcome.NEW, article=article)
    source = Source.objects.create(name="Báo Đắk Lắk", url="https://baodaklak.vn/rss", kind=Source.Kind.FEED)
    FetchedPage.objects.create(url_hash="0" * 64, url="https://baodaklak.vn/bai-1.html", source=source,
                               state=FetchedPage.State.DONE, title="Đắk Lắk đón đoàn", article=article)
    client.force_login(editor)
    index = client.get(reverse("admin:index"))
    urls = {reverse("admin:index"), reverse("admin:visits_activity_history", args=[activity.pk])}
    for app in index.context["app_list"]:
        for model in app["models"]:
            urls.add(model["admin_url"])
            if model.get("add_url"):
                urls.add(model["add_url"])
            first = model["model"]._default_manager.order_by("pk").first()
            if first is not None:
                urls.add(reverse(f"admin:{app['app_label']}_{model['object_name'].lower()}_change", args=[first.pk]))
    assert reverse("admin:visits_activitytoreview_changelist") in urls  # the review queue
    assert Activity.objects.exists() and Request.objects.exists()
    return sorted(urls)


def page(client, url, language):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response.content.decode()


def test_an_editor_reads_no_english_in_the_admin(client, editor_pages):
    untranslated, data = {}, records_text()
    for url in editor_pages:
        vi, en = labels(page(client, url, "vi")), labels(page(client, url, "en"))
        found = {label for label in vi & en if english(label, data)} | (vi & KNOWN_ENGLISH)
        if found:
            untranslated[url] = sorted(found)
    assert not untranslated, "\n".join(f"{url}: {found}" for url, found in untranslated.items())
