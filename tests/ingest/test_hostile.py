"""Hostile files: any bytes and any text go through read, clean and extract without an unhandled
exception, and every named kind of bad file is loaded correctly or refused with its reason while
the good files beside it load.

The property tests are deterministic (derandomized, no example database). For a longer hunt,
DOINGOAI_FUZZ=50 runs fifty times the examples from a random seed.
"""

import datetime as dt
import html
import io
import json
import os
import random
import shutil
import unicodedata

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from apps.ingest import legacy_vn
from apps.ingest.models import IngestItem, IngestRun
from apps.ingest.pipeline import extract_from_text
from apps.ingest.read import RawArticle, ReadError, read_file
from apps.visits.records.models import Activity, Article
from tests.conftest import SAMPLE, SEEDS

SEED_DIR = SEEDS if SEEDS.is_dir() else SAMPLE
SEED_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(SEED_DIR.glob("*.txt"))]
SEED = "002_e4971daadf9b6461.txt"  # a short seed with an activity, a province and requests

FUZZ = int(os.environ.get("DOINGOAI_FUZZ", "1"))


def fuzz_settings(examples):
    return settings(
        max_examples=examples * FUZZ,
        deadline=None,
        derandomize=FUZZ == 1,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


# --- strategies ---------------------------------------------------------------------------------

VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyĐĂÂÊÔƠƯáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
COMBINING = "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b"
CONTROL = "\x00\x01\x07\x08\x0b\x0c\x0e\x1b\x1f\x7f\x85\u200b\u200e\u202e\u2028\ufeff\ufffd\uffff"
JUNK_PIECES = [
    "Thứ trưởng ", "Chủ tịch UBND tỉnh ", "Đại sứ ", "Lê Hoài Trung", " đã tiếp ", "Đoàn công tác ",
    "ngày 12/5/2023", "32/13/2020", "ngày 0/0/0", "tháng 13", "đề nghị ", "kiến nghị Bộ ", "tỉnh Savannakhet",
    "Bộ Ngoại giao", "\n", ". ", "(", ")", "“", "”", "Điện Biên", "Lào", " 15/09/2020 21:37", "date 2020-03 ",
    "Ảnh: ", "Tin liên quan", "|", " > ", "Ông ", "Bà ", "và ", ", ", ":", "-", "…",
]
# Letters of every script, marks, digits and punctuation; no lone surrogates (a decoded file has none).
any_char = st.characters(codec="utf-8", exclude_categories=["Cs"])
junk = st.one_of(
    st.text(any_char, max_size=30),
    st.text(st.sampled_from(VIETNAMESE + COMBINING + CONTROL + " \n\t.,:;/0123456789"), max_size=30),
    st.lists(st.sampled_from(JUNK_PIECES), max_size=12).map("".join),
)


@st.composite
def mangled_articles(draw):
    """A seed article cut and spliced with junk: deep enough to reach every extractor."""
    text = draw(st.sampled_from(SEED_TEXTS))
    start = draw(st.integers(0, len(text)))
    text = text[start : draw(st.integers(start, len(text)))] if draw(st.booleans()) else text
    for pos, piece in sorted(draw(st.lists(st.tuples(st.integers(0, len(text)), junk), max_size=6)), reverse=True):
        text = text[:pos] + piece + text[pos:]
    form = draw(st.sampled_from([None, "NFD", "NFKC", "upper", "lower", "no-newlines"]))
    if form in ("NFD", "NFKC"):
        text = unicodedata.normalize(form, text)
    elif form == "no-newlines":
        text = text.replace("\n", " ")
    elif form:
        text = getattr(text, form)()
    return text


any_text = st.one_of(
    st.text(any_char, max_size=3000),
    st.lists(junk, max_size=60).map("".join),
    mangled_articles(),
)

SECRET = "SECRET_SCRIPT"
hidden = st.sampled_from(
    [
        f"<script>var s = '{SECRET}'; if (a < b && c > d) {{ x = '</div>'; }}</script>",
        f"<SCRIPT type='text/javascript'>document.write('{SECRET}')</SCRIPT >",
        f"<script/>{SECRET}</script>",
        f"<script src=x>{SECRET}<!-- </p> --></script>",
        f"<style>.{SECRET} {{ color: red }} p::after {{ content: '<p>' }}</style>",
        f"<style/>.{SECRET}{{}}</style>",
        f"<noscript><p>{SECRET}</p></noscript>",
        f"<template><p>{SECRET}</p></template>",
        f"<!-- {SECRET} <p>commented out</p> -->",
        f"<!--[if IE]><p>{SECRET}</p><![endif]-->",
        f"<svg><title>{SECRET}</title><text>{SECRET}</text></svg>",
        f"<iframe srcdoc='<p>{SECRET}</p>'>{SECRET}</iframe>",
        f'<a href="javascript:{SECRET}" onclick="{SECRET}()">',
        f'<img src=x onerror="{SECRET}()">',
        f'<div style="background:url({SECRET})" onmouseover={SECRET}>',
        f"<form><button>{SECRET}</button><select><option>{SECRET}</option></select></form>",
        f"<nav>{SECRET}</nav>",
        f"<aside><p>{SECRET}</p></aside>",
    ]
)
visible = st.one_of(
    st.sampled_from(["<p>", "</p>", "<div>", "</div>", "<br>", "<h1>", "</h1>", "<li>", "<article>", "</article>",
                     "<b>", "</b>", "&amp;", "&lt;", "&nbsp;", "&#x1EA1;", "&#7871;", "&bogus;", "&#99999999;"]),
    # Text as a page carries it, escaped: a raw "<?" or "<!--" would make the next script
    # visible text in a browser too (test_any_bytes... feeds raw markup for crashes).
    junk.map(html.escape),
)
html_pages = st.lists(st.one_of(hidden, visible), max_size=40).map(
    lambda parts: "<!DOCTYPE html><html><head><title>Trang</title></head><body>" + "".join(parts)
)


# --- checks -------------------------------------------------------------------------------------

SCHEMA_KEYS = {
    "source", "title", "published", "is_activity", "kind", "province", "start_date", "end_date",
    "date_precision", "organization", "lead", "officials", "requests", "partners",
}
KINDS = {None, "central_delegation", "foreign_delegation", "outbound_delegation", "provincial_event"}


def assert_well_formed(record, cleaned, source):
    """A record keeps the SCHEMA.md contract and every span points inside the cleaned text."""
    assert SCHEMA_KEYS <= record.keys()
    json.dumps(record)  # plain JSON values only
    assert record["source"] == source
    assert record["kind"] in KINDS
    assert record["date_precision"] in {None, "day", "month", "year"}
    for key in ("published", "start_date", "end_date"):
        if record[key] is not None:
            dt.date.fromisoformat(record[key])
    text = cleaned.text
    if cleaned.published_span:
        start, end = cleaned.published_span
        assert 0 <= start < end <= len(text)
    items = [record["lead"], *record["officials"], *record["requests"], *record["partners"], *record.get("doubts", [])]
    for item in filter(None, items):
        for key in ("span", "evidence"):
            if item.get(key):
                start, end = item[key]
                assert 0 <= start < end <= len(text), (key, item)
    for request in record["requests"]:
        start, end = request["span"]
        assert request["text"] == text[start:end]


def assert_clean_text(text):
    assert text == unicodedata.normalize("NFC", text)
    assert not any(ch in text for ch in "\x00\x01\x08\x0b\x0c\x1b\x7f\ufeff\r")


# --- properties ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def scratch(tmp_path_factory):
    return tmp_path_factory.mktemp("hostile")


any_bytes = st.one_of(
    st.binary(max_size=4000),
    st.tuples(st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x89PNG\r\n\x1a\n", b"PK\x03\x04"]),
              any_text, st.sampled_from(["utf-8", "utf-16-le", "utf-16-be", "cp1258", "latin-1"]), st.binary(max_size=50))
    .map(lambda t: t[0] + t[1].encode(t[2], errors="replace") + t[3]),
    mangled_articles().map(lambda text: text.encode("utf-8", errors="replace")),
)


@fuzz_settings(600)
@given(data=any_bytes, suffix=st.sampled_from([".txt", ".html"]))
def test_any_bytes_read_as_an_article_or_fail_with_a_read_error(scratch, data, suffix):
    path = scratch / f"article{suffix}"
    path.write_bytes(data)
    try:
        raw = read_file(path, max_bytes=3000)
    except ReadError as exc:
        assert str(exc)
        return
    assert isinstance(raw, RawArticle) and len(raw.text.strip()) >= 40
    assert_clean_text(raw.text)
    cleaned, record = extract_from_text(raw.text, path.name)
    assert_well_formed(record, cleaned, path.name)


@fuzz_settings(500)
@given(text=any_text)
def test_any_text_is_cleaned_and_extracted_into_a_well_formed_record(text):
    cleaned, record = extract_from_text(text, "fuzz.txt")
    assert_well_formed(record, cleaned, "fuzz.txt")


@fuzz_settings(400)
@given(page=html_pages)
def test_scripts_styles_and_handlers_never_reach_the_text_of_any_page(scratch, page):
    path = scratch / "page.html"
    path.write_text(page, encoding="utf-8")
    try:
        raw = read_file(path)
    except ReadError:
        return
    assert SECRET not in raw.text
    cleaned, record = extract_from_text(raw.text, path.name)
    assert SECRET not in cleaned.text
    assert_well_formed(record, cleaned, path.name)


# --- named files through the ingest command --------------------------------------------------------


def ingest(*paths, **options):
    out = io.StringIO()
    call_command("ingest", *[str(p) for p in paths], stdout=out, stderr=io.StringIO(), **options)
    return out.getvalue()


def extracted(path):
    return extract_from_text(read_file(path).text, "x.txt")[1] | {"source": None}


def seed_text(name=SEED):
    return (SEED_DIR / name).read_text(encoding="utf-8")


def ascii_punctuation(text):
    """The punctuation an 8-bit font encoding can hold: no curly quotes, dashes or ellipses."""
    return text.translate({0x201C: '"', 0x201D: '"', 0x2018: "'", 0x2019: "'", 0x2013: "-", 0x2014: "-"}).replace("…", "...")


def to_cp1258(text):
    """Windows-1258 has ă, ơ, ê... but only five combining tone marks: "ệ" is "ê" + dot below."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for ch in unicodedata.normalize("NFC", text):
        decomposed = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in tones))
        out.append(base + "".join(c for c in decomposed if c in tones))
    return "".join(out).encode("cp1258")


def _legacy_table():
    return json.loads(legacy_vn.DATA.read_text(encoding="utf-8"))


def to_tcvn3(text):
    table = {letter: bytes([int(code, 16)]) for code, letter in _legacy_table()["tcvn3"].items() if len(letter) == 1}
    return b"".join(table.get(ch) or ch.encode("cp1252") for ch in unicodedata.normalize("NFC", text))


def to_vni(text):
    table = _legacy_table()["vni"]
    return "".join(table.get(ch, ch) for ch in unicodedata.normalize("NFC", text)).encode("cp1252")


def assert_refused(tmp_path, name, reason):
    """``name`` is reported with ``reason`` and leaves nothing behind; the seed beside it loads."""
    with pytest.raises(CommandError) as failed:
        ingest(tmp_path)
    assert failed.value.returncode == 1
    item = IngestItem.objects.get(outcome="failed")
    assert item.path.endswith(name) and reason in item.message, item.message
    assert item.article is None
    assert not Article.objects.filter(source_name=name).exists()
    assert Article.objects.filter(source_name=SEED).exists()
    return item.message


@pytest.fixture
def folder(tmp_path):
    (tmp_path / SEED).write_text(seed_text(), encoding="utf-8")
    return tmp_path


@pytest.mark.django_db
def test_a_png_image_named_txt_is_refused_as_binary(folder):
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + random.Random(1).randbytes(5000))
    assert_refused(folder, "photo.txt", "binary file (a PNG image)")


@pytest.mark.django_db
def test_a_zip_archive_named_txt_is_refused_as_binary(folder):
    import zipfile

    with zipfile.ZipFile(folder / "articles.txt", "w") as archive:
        archive.writestr("article.txt", seed_text())
    assert_refused(folder, "articles.txt", "binary file (a ZIP archive")


@pytest.mark.django_db
def test_an_empty_file_is_refused(folder):
    (folder / "empty.txt").write_bytes(b"")
    assert_refused(folder, "empty.txt", "empty file")


@pytest.mark.django_db
def test_a_50_mb_file_is_refused_by_its_size_before_it_is_read(folder, monkeypatch):
    paragraph = "Đoàn công tác của Bộ Ngoại giao làm việc với tỉnh Điện Biên về công tác biên giới.\n".encode()
    with open(folder / "huge.txt", "wb") as f:
        block = paragraph * (1024 * 1024 // len(paragraph))
        for _ in range(50):
            f.write(block)
    assert (folder / "huge.txt").stat().st_size > 49 * 1024 * 1024
    reads = []
    original = type(folder).open

    def spy(self, *args, **kwargs):
        reads.append(self.name)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(type(folder), "open", spy)
    message = assert_refused(folder, "huge.txt", "file too large")
    assert "5,242,880 bytes" in message and "DOINGOAI_INGEST_MAX_BYTES" in message
    assert "huge.txt" not in reads  # refused on its size alone


@pytest.mark.django_db
@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_or_without_a_byte_order_mark_loads_like_utf8(tmp_path, codec):
    text = seed_text()
    data = text.encode(codec)
    if codec != "utf-16":  # the -le/-be codecs write no mark: test both, mark and none
        (tmp_path / "marked.txt").write_bytes(("\ufeff" + text).encode(codec))
    (tmp_path / "utf16.txt").write_bytes(data)
    (tmp_path / "utf8.txt").write_text(text, encoding="utf-8")
    expected = extracted(tmp_path / "utf8.txt")
    for path in tmp_path.glob("*.txt"):
        assert extracted(path) == expected, path.name
    (tmp_path / "utf8.txt").unlink()
    ingest(tmp_path / "utf16.txt")
    article = Article.objects.get()
    assert article.encoding.startswith("utf-16") and "Điện Biên" in article.clean_text


@pytest.mark.django_db
def test_windows_1258_with_combining_tone_marks_loads_like_utf8(tmp_path):
    text = seed_text()
    (tmp_path / "cp1258.txt").write_bytes(to_cp1258(text))
    (tmp_path / "utf8.txt").write_text(text, encoding="utf-8")
    assert extracted(tmp_path / "cp1258.txt") == extracted(tmp_path / "utf8.txt")
    ingest(tmp_path / "cp1258.txt")
    article = Article.objects.get()
    assert article.encoding == "cp1258"
    assert article.raw_text == unicodedata.normalize("NFC", article.raw_text)  # stored composed
    assert "Điện Biên" in article.raw_text and "Điện Biên" in article.clean_text


@pytest.mark.django_db
def test_decomposed_vietnamese_loads_like_composed(tmp_path):
    for name in ("000_febe0b3203be1b22.txt", SEED):
        text = seed_text(name)
        (tmp_path / "nfd.txt").write_text(unicodedata.normalize("NFD", text), encoding="utf-8")
        (tmp_path / "nfc.txt").write_text(text, encoding="utf-8")
        assert extracted(tmp_path / "nfd.txt") == extracted(tmp_path / "nfc.txt"), name
    ingest(tmp_path / "nfd.txt")
    article = Article.objects.get()
    assert "Điện Biên" in article.raw_text and "Điện Biên" in article.clean_text


def test_the_legacy_tables_agree_with_text_of_the_time():
    assert legacy_vn.from_tcvn3("ViÖt Nam, Hµ Néi, §oµn c«ng t¸c, TiÕng ViÖt rÊt hay") == (
        "Việt Nam, Hà Nội, Đoàn công tác, Tiếng Việt rất hay"
    )
    assert legacy_vn.from_vni("Vieät Nam, Haø Noäi, Ñoaøn coâng taùc, Tieáng Vieät raát hay, Xin chaøo caùc baïn") == (
        "Việt Nam, Hà Nội, Đoàn công tác, Tiếng Việt rất hay, Xin chào các bạn"
    )


@pytest.mark.skipif(not shutil.which("iconv"), reason="no iconv to compare with")
def test_the_tcvn3_table_agrees_with_iconv():
    import subprocess

    data = bytes(range(0x80, 0x100))
    decoded = subprocess.run(["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=data, capture_output=True, check=True)
    expected = unicodedata.normalize("NFC", decoded.stdout.decode().replace("\xa0", " "))
    assert legacy_vn.from_tcvn3(legacy_vn.cp1252_view(data)).replace("\xa0", " ") == expected


@pytest.mark.django_db
@pytest.mark.parametrize("encoding", ["TCVN3", "VNI"])
def test_legacy_font_encodings_are_converted(tmp_path, encoding):
    text = ascii_punctuation(seed_text("000_febe0b3203be1b22.txt"))
    encode = {"TCVN3": to_tcvn3, "VNI": to_vni}[encoding]
    (tmp_path / "legacy.txt").write_bytes(encode(text))
    (tmp_path / "pasted.txt").write_text(legacy_vn.cp1252_view(encode(text)), encoding="utf-8")
    (tmp_path / "utf8.txt").write_text(text, encoding="utf-8")
    expected = extracted(tmp_path / "utf8.txt")
    assert expected["is_activity"] and expected["lead"]
    assert extracted(tmp_path / "legacy.txt") == expected
    assert extracted(tmp_path / "pasted.txt") == expected  # the old text pasted into a UTF-8 file as it showed
    ingest(tmp_path / "legacy.txt")
    article = Article.objects.get()
    assert article.encoding == encoding and "Lê Hoài Trung" in article.clean_text


@pytest.mark.django_db
def test_two_legacy_encodings_in_one_file_are_refused_not_loaded_as_garbage(folder):
    text = ascii_punctuation(seed_text("000_febe0b3203be1b22.txt"))
    half = text.index("\n", len(text) // 2)
    (folder / "mixed.txt").write_bytes(to_tcvn3(text[:half]) + to_vni(text[half:]))
    message = assert_refused(folder, "mixed.txt", "legacy Vietnamese font encoding")
    assert "convert it to Unicode first" in message


def test_western_text_in_cp1252_is_not_taken_for_a_legacy_vietnamese_encoding(tmp_path):
    french = (
        "Le président a reçu à l'Élysée le ministre des Affaires étrangères. « C'est une étape décisive », "
        "a déclaré le porte-parole ; la société civile était représentée. Noël approche, l'hôtel de ville "
        "prépare les fêtes. La col·laboració és fonamental. Señor presidente, nº 15, 1º andar, Søndergade. "
    ) * 20
    (tmp_path / "fr.txt").write_bytes(french.encode("cp1252"))
    raw = read_file(tmp_path / "fr.txt")
    assert raw.encoding not in ("TCVN3", "VNI") and "président" in raw.text


@pytest.mark.django_db
def test_scripts_styles_and_comments_of_a_real_page_never_reach_the_article(folder):
    body = "".join(f"<p onclick=\"{SECRET}()\">{line}</p>" for line in seed_text().splitlines() if line.strip())
    page = (
        f"<!DOCTYPE html><html><head><svg><title>{SECRET}</title></svg>"  # no page <title>: the seed's first line stays first
        f"<script>var x = '{SECRET}';</script><style>body {{ font: '{SECRET}' }}</style>"
        f"<script type=\"application/ld+json\">{{\"headline\": \"{SECRET}\"}}</script></head><body>"
        f"<noscript><p>{SECRET}: bật JavaScript</p></noscript><!-- {SECRET} -->"
        f"<article>{body}<script/>{SECRET}</script></article><style/>.{SECRET}{{}}</style>"
        f"<footer><script>{SECRET}</script></footer><!-- unclosed {SECRET}"
    )
    (folder / "page.html").write_text(page, encoding="utf-8")
    (folder / SEED).unlink()
    ingest(folder)
    article = Article.objects.get()
    assert SECRET not in article.raw_text and SECRET not in article.clean_text
    assert "Điện Biên" in article.clean_text
    assert extract_from_text(article.raw_text, "x")[1] | {"source": None} == extracted(SEED_DIR / SEED)


@pytest.mark.django_db
def test_control_characters_are_dropped_so_the_feed_stays_valid_xml(tmp_path, client):
    text = seed_text()
    dirty = "\x01\x1b[31m" + text.replace("Điện Biên", "Điện\x0b Biên\x08", 1).replace(". ", ".\x0c ", 3)
    (tmp_path / "dirty.txt").write_text(dirty, encoding="utf-8")
    ingest(tmp_path)
    article = Article.objects.get()
    assert_clean_text(article.raw_text)
    assert_clean_text(article.clean_text)
    response = client.get("/feed/activities.atom")
    assert response.status_code == 200 and "Điện Biên" in response.content.decode()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
@pytest.mark.django_db
def test_a_named_pipe_is_refused_rather_than_read_forever(folder):
    os.mkfifo(folder / "pipe.txt")
    with pytest.raises(CommandError):
        ingest(folder / SEED, folder / "pipe.txt")
    assert "not a regular file" in IngestItem.objects.get(outcome="failed").message
    assert Article.objects.filter(source_name=SEED).exists()


@pytest.mark.django_db
def test_a_nul_deep_inside_a_text_file_is_refused_as_binary(folder):
    (folder / "nul.txt").write_bytes(seed_text().encode() * 3 + b"\x00" + seed_text().encode())
    assert_refused(folder, "nul.txt", "binary file (NUL bytes)")


BAD = {
    "empty.txt": (b"", "empty file"),
    "photo.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "PNG image"),
    "archive.txt": (b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)) * 4, "ZIP archive"),
    "random.txt": (random.Random(6).randbytes(8000), "binary file"),
    "huge.txt": ("Đoàn công tác làm việc với tỉnh. ".encode() * 200_000, "file too large"),
    "latin1-garbage.txt": (bytes(range(0x80, 0x100)) * 40, "encoding"),
    "mixed-legacy.txt": (b"", "legacy Vietnamese font encoding"),  # filled in below
    "scripts-only.html": (b"<html><script>" + b"var a = 1;" * 100 + b"</script></html>", "no article text"),
}


@pytest.mark.django_db
def test_a_folder_of_every_bad_file_loads_the_good_ones_and_reports_each_bad_one(tmp_path):
    text = ascii_punctuation(seed_text("000_febe0b3203be1b22.txt"))
    half = text.index("\n", len(text) // 2)
    bad = BAD | {"mixed-legacy.txt": (to_tcvn3(text[:half]) + to_vni(text[half:]), BAD["mixed-legacy.txt"][1])}
    for name, (data, _reason) in bad.items():
        (tmp_path / name).write_bytes(data)
    for seed in SEED_DIR.glob("*.txt"):
        shutil.copy(seed, tmp_path / seed.name)
    (tmp_path / "utf16.txt").write_bytes(seed_text().encode("utf-16"))  # a good file in a hostile coat

    with pytest.raises(CommandError) as failed:
        ingest(tmp_path)
    assert failed.value.returncode == 1
    run = IngestRun.objects.get()
    assert (run.read, run.failed) == (len(bad) + 6, len(bad))
    failures = {item.path.rsplit("/", 1)[-1]: item for item in run.items.filter(outcome="failed")}
    assert failures.keys() == bad.keys()
    for name, (_data, reason) in bad.items():
        assert reason in failures[name].message, (name, failures[name].message)
        assert failures[name].article is None
    stored = set(Article.objects.values_list("source_name", flat=True))
    assert stored.isdisjoint(bad)
    assert {p.name for p in SEED_DIR.glob("*.txt")} <= stored | {"utf16.txt"}
    assert Activity.objects.count() == 4  # the seeds' four activities; utf16.txt is a known article


def even(data):
    return data + b" " * (len(data) % 2)  # whole UTF-16 code units, as a glued file has them often


MIXED = {
    "utf-8 then utf-16": lambda a, b: even(a.encode()) + b.encode("utf-16"),
    "utf-8 then utf-16 without its mark": lambda a, b: even(a.encode()) + b.encode("utf-16-le"),
    "a utf-8 line then utf-16": lambda a, b: even(a.splitlines()[0].encode()) + b.encode("utf-16-le"),
    "utf-16 then utf-8": lambda a, b: b.encode("utf-16") + even(a.encode()),
    "utf-8 then windows-1258": lambda a, b: a.encode() + to_cp1258(b),
    "windows-1258 then a utf-8 line": lambda a, b: to_cp1258(b) + a.splitlines()[0].encode(),
}


@pytest.mark.django_db
@pytest.mark.parametrize("glue", sorted(MIXED))
def test_a_file_glued_from_two_encodings_is_refused_not_stored_as_garbage(folder, glue):
    """Read whole as one encoding, the other part turns into CJK-looking characters or "Ä‘iá»‡n",
    and what is left of the article would merge into its real activity."""
    data = MIXED[glue](seed_text("000_febe0b3203be1b22.txt"), seed_text())
    (folder / "glued.txt").write_bytes(data)
    message = assert_refused(folder, "glued.txt", "mixed encodings")
    assert "save it in one encoding" in message
    assert Activity.objects.count() == 1


DEV_DIR = SEED_DIR.parent / "corpus" / "dev"


@pytest.mark.skipif(not DEV_DIR.is_dir(), reason="the dev corpus (../shared/corpus/dev) is not here")
def test_every_seed_and_dev_corpus_article_still_reads_in_its_own_encoding():
    from apps.ingest.read import iter_paths

    encodings = {}
    for path in iter_paths([SEED_DIR, DEV_DIR]):
        raw = read_file(path)  # raises ReadError if refused
        assert legacy_vn.has_vietnamese_letters(raw.text), path.name
        assert_clean_text(raw.text)
        encodings[path.name] = raw.encoding
    assert len(encodings) >= 70
    # The corpus's hostile coats: UTF-16, Windows-1258, HTML pages (and NFD text, read as UTF-8).
    assert {"utf-16", "cp1258"} <= set(encodings.values())
    assert any(name.endswith(".html") for name in encodings)
