"""Merging reports into activities when dates are partial: the day-month as written, the
publication date, or nothing at all (issue 13: merge precision and recall on unseen articles)."""

import io
import json

import pytest
from django.core.management import call_command

from tests.factories import ensure_provinces

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _provinces():
    ensure_provinces()


def ingest(folder):
    call_command("ingest", str(folder), stdout=io.StringIO(), stderr=io.StringIO())


def export():
    out = io.StringIO()
    call_command("export", "--format", "jsonl", stdout=out)
    return [json.loads(line) for line in out.getvalue().splitlines() if line.strip()]


def write(folder, files):
    folder.mkdir(exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def groups():
    return sorted(sorted(row["sources"]) for row in export())


MINISTER_2019 = """Bộ trưởng Bộ Ngoại giao làm việc với tỉnh Hà Tĩnh
10:20 | 15/03/2019
Sáng 15/3, Đoàn công tác của Bộ Ngoại giao do Bộ trưởng Lê Quốc Minh làm trưởng đoàn đã làm việc với Tỉnh ủy Hà Tĩnh.
Tiếp đoàn có Bí thư Tỉnh ủy Hà Tĩnh Trần Văn Lâm và lãnh đạo các sở, ngành.
Bí thư Tỉnh ủy Trần Văn Lâm đề nghị Bộ Ngoại giao hỗ trợ tỉnh mở rộng hợp tác với các địa phương của Nhật Bản.
"""
MINISTER_2022_NO_DATE = """Bộ trưởng Bộ Ngoại giao thăm và làm việc tại Hà Tĩnh
Đoàn công tác của Bộ Ngoại giao do Bộ trưởng Lê Quốc Minh làm trưởng đoàn đã thăm và làm việc với Tỉnh ủy Hà Tĩnh về công tác đối ngoại.
Bí thư Tỉnh ủy Hà Tĩnh Trần Văn Lâm cảm ơn Bộ đã quan tâm đến tỉnh trong nhiều năm qua.
"""
MINISTER_2022_PUBLISHED = """Bộ trưởng Bộ Ngoại giao thăm và làm việc tại Hà Tĩnh
08:00 | 20/06/2022
Đoàn công tác của Bộ Ngoại giao do Bộ trưởng Lê Quốc Minh làm trưởng đoàn vừa thăm và làm việc với Tỉnh ủy Hà Tĩnh về công tác đối ngoại.
Bí thư Tỉnh ủy Hà Tĩnh Trần Văn Lâm cảm ơn Bộ đã quan tâm đến tỉnh trong nhiều năm qua.
"""


def test_a_report_without_any_date_does_not_join_the_same_peoples_dated_visit(tmp_path):
    ingest(write(tmp_path / "a", {"a.txt": MINISTER_2019, "b.txt": MINISTER_2022_NO_DATE}))
    assert groups() == [["a.txt"], ["b.txt"]]


def test_a_report_published_years_later_does_not_join_an_earlier_visit(tmp_path):
    ingest(write(tmp_path / "a", {"a.txt": MINISTER_2019, "b.txt": MINISTER_2022_PUBLISHED}))
    assert groups() == [["a.txt"], ["b.txt"]]


def test_a_day_month_without_year_joins_the_report_of_that_day(tmp_path):
    other_outlet = """Hà Tĩnh làm việc với Đoàn công tác Bộ Ngoại giao
Sáng 15-3, Bộ trưởng Lê Quốc Minh dẫn đầu Đoàn công tác của Bộ Ngoại giao làm việc với Tỉnh ủy Hà Tĩnh về công tác đối ngoại.
Bí thư Tỉnh ủy Trần Văn Lâm báo cáo kết quả hợp tác của tỉnh với các địa phương nước ngoài.
"""
    ingest(write(tmp_path / "a", {"a.txt": MINISTER_2019, "b.txt": other_outlet}))
    assert groups() == [["a.txt", "b.txt"]]


def test_a_day_month_without_year_does_not_join_another_day(tmp_path):
    another_day = """Hà Tĩnh làm việc với Đoàn công tác Bộ Ngoại giao
Sáng 2-9, Bộ trưởng Lê Quốc Minh dẫn đầu Đoàn công tác của Bộ Ngoại giao làm việc với Tỉnh ủy Hà Tĩnh về công tác đối ngoại.
Bí thư Tỉnh ủy Trần Văn Lâm báo cáo kết quả hợp tác của tỉnh với các địa phương nước ngoài.
"""
    ingest(write(tmp_path / "a", {"a.txt": MINISTER_2019, "b.txt": another_day}))
    assert groups() == [["a.txt"], ["b.txt"]]


def test_a_signing_reported_by_day_month_joins_the_report_known_by_its_publication(tmp_path):
    dated_by_publication = """Quảng Nam ký kết hợp tác với ba tỉnh Nam Lào
09:15 | 21/04/2023
UBND tỉnh Quảng Nam và chính quyền ba tỉnh Sekong, Salavan, Champasak (Lào) đã ký kết biên bản hợp tác giai đoạn 2023 - 2027.
Chủ tịch UBND tỉnh Quảng Nam Hồ Văn Tâm giới thiệu tiềm năng hợp tác của tỉnh.
"""
    by_day_month = """Quảng Nam hợp tác với ba tỉnh Nam Lào
Ngày 21-4, UBND tỉnh Quảng Nam và chính quyền ba tỉnh Sekong, Salavan, Champasak đã ký kết biên bản hợp tác giai đoạn 2023 - 2027 trước sự chứng kiến của lãnh đạo các sở, ngành.
"""
    ingest(write(tmp_path / "a", {"a.txt": dated_by_publication, "b.txt": by_day_month}))
    assert groups() == [["a.txt", "b.txt"]]


def test_two_receptions_of_one_day_with_different_partners_stay_apart(tmp_path):
    morning = """Quảng Nam tiếp đoàn tỉnh Sekong (Lào)
Sáng 5/5/2024, Phó Chủ tịch UBND tỉnh Quảng Nam Trần Anh Tuấn tiếp đoàn đại biểu tỉnh Sekong (Lào).
"""
    afternoon = """Quảng Nam tiếp đoàn tỉnh Gunma (Nhật Bản)
Chiều 5/5/2024, Phó Chủ tịch UBND tỉnh Quảng Nam Trần Anh Tuấn tiếp đoàn đại biểu tỉnh Gunma (Nhật Bản).
"""
    ingest(write(tmp_path / "a", {"a.txt": morning, "b.txt": afternoon}))
    assert groups() == [["a.txt"], ["b.txt"]]
