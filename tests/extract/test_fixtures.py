"""Whole articles through the pure stages (normalize → clean → segment → extract): each
fixtures/NAME.txt, an invented short article, against fixtures/NAME.json, the fields a careful
reader gives it (names of the province, the lead, the officials and the partners; the
requests' texts)."""

import json
from pathlib import Path

import pytest

from apps.ingest.pipeline import extract_from_text

FIXTURES = Path(__file__).resolve().parent / "fixtures"
ARTICLES = sorted(FIXTURES.glob("*.txt"))


def fields(record):
    def name(item):
        return item["name"] if item else None

    return {
        "is_activity": record["is_activity"],
        "kind": record["kind"],
        "province": name(record["province"]),
        "start_date": record["start_date"],
        "end_date": record["end_date"],
        "date_precision": record["date_precision"],
        "organization": record["organization"],
        "lead": name(record["lead"]),
        "officials": [o["name"] for o in record["officials"]],
        "requests": [r["text"] for r in record["requests"]],
        "partners": [p["name"] for p in record["partners"]],
    }


def test_there_are_fixtures_of_several_kinds():
    kinds = {json.loads(p.with_suffix(".json").read_text(encoding="utf-8"))["kind"] for p in ARTICLES}
    assert len(ARTICLES) >= 5 and len(kinds) >= 4


@pytest.mark.parametrize("article", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_article_gives_its_expected_fields(article):
    _cleaned, record = extract_from_text(article.read_text(encoding="utf-8"), article.name)
    assert fields(record) == json.loads(article.with_suffix(".json").read_text(encoding="utf-8"))
