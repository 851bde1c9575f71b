"""Issue 18's data side in a real browser: dates typed dd/mm/yyyy, the province list in
Vietnamese order, and the Excel and Word downloads opened as an office would open them."""

import datetime as dt
import io

import docx
import openpyxl
import pytest
from playwright.sync_api import expect

from apps.lib.collation import sort_key
from apps.visits.records.models import Activity

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_date_typed_dd_mm_yyyy_filters_day_first(page, seeded, output_dir):
    days = sorted(d for d in Activity.objects.values_list("start_date", flat=True) if d)
    last = days[-1]
    page.goto(f"{seeded}/activities/")
    page.fill("input[name=date_from]", last.strftime("%d/%m/%Y"))
    page.click("form#filters button[type=submit]")
    expect(page.locator("tr.activity-row")).to_have_count(days.count(last))
    expect(page.locator("input[name=date_from]")).to_have_value(last.strftime("%d/%m/%Y"))
    # a reversed range is refused with a message, not an empty or full list
    page.fill("input[name=date_to]", (last - dt.timedelta(days=1)).strftime("%d/%m/%Y"))
    page.click("form#filters button[type=submit]")
    expect(page.locator(".errors")).to_be_visible()
    expect(page.locator("tr.activity-row")).to_have_count(0)
    page.screenshot(path=str(output_dir / "dates-reversed.png"), full_page=True)


def test_the_province_choices_and_list_are_in_vietnamese_order(page, seeded):
    page.goto(f"{seeded}/activities/")
    current = page.locator("select[name=province] > option").all_inner_texts()[1:]
    assert len(current) == 34 and current == sorted(current, key=sort_key)
    earlier = page.locator("select[name=province] optgroup option").all_inner_texts()
    assert len(earlier) == 63
    names = [n.removesuffix(" (≤2025)") for n in earlier]
    assert names.index("Bình Định") < names.index("Bình Thuận") and names[-1] == "Yên Bái"
    page.goto(f"{seeded}/provinces/")
    text = page.locator("main").inner_text()
    assert text.index("Bình Định") < text.index("Bình Thuận")


def test_the_xlsx_and_docx_downloads_open_with_vietnamese_intact(page, seeded):
    page.goto(f"{seeded}/activities/?q=dak+lak")
    with page.expect_download() as info:
        page.click("#export-xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(open(info.value.path(), "rb").read())).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("STT", "Ngày bắt đầu", "Ngày kết thúc")
    assert len(rows) == 3 and all("Đắk Lắk" in (r[3] + r[4]) for r in rows[1:])
    with page.expect_download() as info:
        page.click("#brief-docx")
    assert info.value.suggested_filename.endswith(".docx")
    document = docx.Document(io.BytesIO(open(info.value.path(), "rb").read()))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Hoạt động đối ngoại" in text and "Tìm kiếm: dak lak" in text and "Đắk Lắk" in text
