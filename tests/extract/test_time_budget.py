"""One article cannot stall a run: past DOINGOAI_EXTRACT_TIMEOUT its extraction is dropped, the
article reported by name, and the others load (`ingest`, one process or several; `extract`)."""

import io
import json
import shutil

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from apps.ingest.models import IngestItem
from apps.visits.records.models import Article

pytestmark = pytest.mark.django_db

SEEDS = ("002_e4971daadf9b6461.txt", "004_6157049117451084.txt")
# An activity's headline, then a dateline repeated into one 5 MB paragraph (under the 5 MiB
# limit): cleaning alone takes over a second here, so a budget of half a second is clearly
# exceeded however fast extraction becomes, while the seeds take some ten milliseconds each.
SLOW = "Đoàn công tác của Bộ Ngoại giao làm việc với tỉnh Điện Biên\n" + "ngày 8/4 " * 500_000
BUDGET = 0.5


@pytest.fixture
def folder(seeds_dir, tmp_path, settings):
    settings.EXTRACT_TIMEOUT = BUDGET
    for name in SEEDS:
        shutil.copy(seeds_dir / name, tmp_path / name)
    (tmp_path / "003_slow.txt").write_text(SLOW, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("workers", [1, 2])
def test_an_article_past_the_time_budget_is_skipped_by_name_and_the_others_load(folder, workers):
    out = io.StringIO()
    with pytest.raises(CommandError) as failed:
        call_command("ingest", str(folder), workers=workers, stdout=out, stderr=io.StringIO())
    assert failed.value.returncode == 1
    item = IngestItem.objects.get(outcome="failed")
    assert item.path == str(folder / "003_slow.txt")
    assert item.message.startswith("skipped: extraction took longer than 0.5 s")
    assert f"failed: {folder / '003_slow.txt'}: skipped: extraction took longer than 0.5 s" in out.getvalue()
    assert sorted(Article.objects.values_list("source_name", flat=True)) == sorted(SEEDS)


def test_extract_reports_an_article_past_the_budget_and_prints_the_others(folder):
    out = io.StringIO()
    with pytest.raises(CommandError) as failed:
        call_command("extract", str(folder), stdout=out, stderr=io.StringIO())
    assert failed.value.returncode == 1
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [line["source"] for line in lines] == ["002_e4971daadf9b6461.txt", "003_slow.txt", "004_6157049117451084.txt"]
    assert lines[1]["error"].startswith("skipped: extraction took longer than 0.5 s")
    assert lines[0]["is_activity"] and lines[2]["is_activity"]
