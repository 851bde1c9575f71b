"""Ingest, end to end on the real seed articles: merge, re-ingest, editors, bad files."""

import io
import json
import shutil

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from apps.ingest.models import IngestItem, IngestRun
from apps.visits.records.models import Activity, Article, Country, Official, PartnerLocality, Request
from tests.factories import ensure_provinces

pytestmark = pytest.mark.django_db


def ingest(*paths, **options):
    out = io.StringIO()
    call_command("ingest", *[str(p) for p in paths], stdout=out, stderr=io.StringIO(), **options)
    return out.getvalue()


def export():
    out = io.StringIO()
    call_command("export", "--format", "jsonl", stdout=out)
    return [json.loads(line) for line in out.getvalue().splitlines() if line.strip()]


def by_source(rows, name):
    return next(r for r in rows if any(s.startswith(name) for s in r["sources"]))


def test_seeds_000_and_001_become_one_activity_with_both_sources(seeds_dir):
    ingest(seeds_dir)
    rows = export()
    assert len(rows) == 4
    daklak = by_source(rows, "000_")
    assert sorted(s[:4] for s in daklak["sources"]) == ["000_", "001_"]
    assert daklak["province"]["name"] == "Đắk Lắk"
    assert daklak["start_date"] == "2020-09-15"
    assert daklak["lead"]["name"] == "Lê Hoài Trung"


def test_the_requests_of_the_seeds_are_found(seeds_dir):
    ingest(seeds_dir)
    rows = export()
    texts = {name: " ".join(r["text"] for r in by_source(rows, name)["requests"]) for name in ("000_", "002_", "003_", "004_")}
    assert "kè bờ" in texts["000_"]
    assert "Đắk Ruê" in texts["000_"]
    for name in ("002_", "003_", "004_"):
        assert by_source(rows, name)["requests"], f"no request found in {name}"


def test_no_author_or_photographer_is_an_official(seeds_dir):
    ingest(seeds_dir)
    names = set(Official.objects.values_list("name", flat=True))
    assert "Lê Hoài Trung" in names and "Bùi Văn Cường" in names
    for furniture in ("Quỳnh Anh", "H.Gia", "H. Gia", "Minh Huệ", "Anh Sơn"):
        assert furniture not in names


def test_reingesting_the_same_files_changes_nothing(seeds_dir):
    ingest(seeds_dir)
    first = export()
    counts = (Activity.objects.count(), Article.objects.count(), Official.objects.count(), Request.objects.count())
    summary = ingest(seeds_dir)
    assert "new 0" in summary and "already known 5" in summary
    assert export() == first
    assert counts == (Activity.objects.count(), Article.objects.count(), Official.objects.count(), Request.objects.count())


def test_an_editor_correction_survives_a_later_ingest(seeds_dir, tmp_path):
    ingest(seeds_dir / "001_3ebdfb1a32ffc21a.txt")
    activity = Activity.objects.get()
    activity.organization = "Ủy ban Biên giới quốc gia (sửa)"
    activity.start_date = activity.start_date.replace(day=16)
    activity.locked_fields = ["organization", "start_date"]
    activity.save()
    ingest(seeds_dir / "000_febe0b3203be1b22.txt")  # the same visit, from another outlet
    activity.refresh_from_db()
    assert activity.organization == "Ủy ban Biên giới quốc gia (sửa)"
    assert activity.start_date.day == 16
    assert activity.articles.count() == 2  # the new source still attaches


def test_dry_run_saves_nothing(seeds_dir):
    summary = ingest(seeds_dir, dry_run=True)
    assert "Dry run" in summary
    assert Article.objects.count() == 0 and Activity.objects.count() == 0


def test_workers_give_the_same_result(seeds_dir):
    ingest(seeds_dir, workers=2)
    rows = export()
    assert len(rows) == 4


BAD_FILES = {
    "binary.txt": bytes(range(256)) * 20,
    "empty.txt": b"",
    "blank.html": b"   \n\n  ",
    "broken.txt": b"\xff\xfe\xfa\x80\x81\x82 \x90\x91 \x9a" * 200 + b"\x00",
    "tiny.txt": "Xin chào".encode(),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_a_bad_file_is_reported_and_skipped_while_the_rest_load(seeds_dir, tmp_path, name):
    shutil.copy(seeds_dir / "002_e4971daadf9b6461.txt", tmp_path / "002.txt")
    (tmp_path / name).write_bytes(BAD_FILES[name])
    with pytest.raises(CommandError) as failed:
        ingest(tmp_path)
    assert failed.value.returncode == 1
    assert Article.objects.count() == 1 and Activity.objects.count() == 1
    run = IngestRun.objects.get()
    assert (run.read, run.new, run.failed) == (2, 1, 1)
    item = IngestItem.objects.get(outcome="failed")
    assert item.path.endswith(name) and item.message


def test_an_enormous_file_is_refused(seeds_dir, tmp_path, settings):
    settings.INGEST_MAX_BYTES = 10_000
    (tmp_path / "huge.txt").write_text("Đoàn công tác. " * 5000, encoding="utf-8")
    with pytest.raises(CommandError):
        ingest(tmp_path)
    assert "too large" in IngestItem.objects.get().message
    assert Article.objects.count() == 0


def test_other_encodings_are_detected(seeds_dir, tmp_path):
    text = (seeds_dir / "002_e4971daadf9b6461.txt").read_text(encoding="utf-8")
    (tmp_path / "002-utf16.txt").write_bytes(text.encode("utf-16"))
    ingest(tmp_path / "002-utf16.txt")
    assert Activity.objects.count() == 1
    assert "Điện Biên" in Article.objects.get().clean_text


def test_html_pages_are_read_as_text_without_scripts(seeds_dir, tmp_path):
    text = (seeds_dir / "002_e4971daadf9b6461.txt").read_text(encoding="utf-8")
    paragraphs = "".join(f"<p>{line}</p>" for line in text.splitlines())
    page = f"<html><head><script>var x = 'Hà Nội';</script></head><body><nav>Trang chủ</nav>{paragraphs}</body></html>"
    (tmp_path / "002.html").write_text(page, encoding="utf-8")
    ingest(tmp_path)
    article = Article.objects.get()
    assert "var x" not in article.clean_text and "Điện Biên" in article.clean_text


def test_extract_prints_one_line_per_file_even_for_a_bad_one(seeds_dir, tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    shutil.copy(seeds_dir / "004_6157049117451084.txt", tmp_path / "b.txt")
    out = io.StringIO()
    with pytest.raises(CommandError) as failed:
        call_command("extract", str(tmp_path), stdout=out, stderr=io.StringIO())
    assert failed.value.returncode == 1  # after every line is out
    lines = [json.loads(x) for x in out.getvalue().splitlines()]
    assert [x["source"] for x in lines] == ["a.txt", "b.txt"]
    assert lines[0]["error"] == "empty file" and lines[0]["is_activity"] is False
    assert lines[1]["is_activity"] is True
    assert Article.objects.count() == 0


def test_every_extracted_value_points_at_its_sentence(seeds_dir):
    from apps.ingest.pipeline import extract_from_text

    for path in sorted(seeds_dir.glob("*.txt")):
        cleaned, record = extract_from_text(path.read_text(encoding="utf-8"), path.name)
        items = [record["lead"], *record["officials"], *record["requests"], *record["partners"]]
        for item in filter(None, items):
            start, end = item["evidence"]
            assert start <= item["span"][0] < item["span"][1] <= end, (path.name, item)
            sentence = cleaned.text[start:end]
            assert "\n" not in sentence and len(sentence) < 2000


@pytest.mark.django_db(transaction=True)
def test_parallel_storage_gives_the_same_records_as_one_process(seeds_dir):
    """On PostgreSQL, --workers 2 stores in the worker processes, each article under its
    province's lock; the records must be those of a one-process run (SQLite: the main process
    stores, the same comparison holds)."""
    ensure_provinces()  # an earlier transactional test emptied every table
    dev = seeds_dir.parent / "corpus" / "dev"
    paths = [seeds_dir, dev] if dev.is_dir() else [seeds_dir]
    ingest(*paths, workers=1)
    one = sorted(json.dumps({k: v for k, v in r.items() if k != "id"}, sort_keys=True) for r in export())
    for model in (Activity, Article, Official, PartnerLocality, Country):
        model.objects.all().delete()
    ingest(*paths, workers=2)
    two = sorted(json.dumps({k: v for k, v in r.items() if k != "id"}, sort_keys=True) for r in export())
    assert len(one) >= 4 and one == two
