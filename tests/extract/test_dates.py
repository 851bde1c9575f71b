"""Activity dates: the lead's day-month, its year from the dateline or an unambiguous statement."""

import pytest

from apps.ingest.dateline import find_published
from apps.ingest.pipeline import extract_from_text

from .articles import read_as_expected
from .docs import doubts, extract_dates, make_doc


def make(text, published=None):
    return make_doc(text, published=published)


def when(text, published=None):
    r = extract_dates(make(text, published))
    return r["start_date"], r["end_date"], r["date_precision"]


TITLE = "Thứ trưởng Bộ Ngoại giao làm việc với tỉnh Đắk Lắk\n"


def test_time_of_day_and_day_month_take_the_year_of_the_dateline():
    text = TITLE + "Chiều 15-9, Đoàn công tác của Bộ Ngoại giao đã có buổi làm việc với tỉnh Đắk Lắk."
    assert when(text, "2020-09-15") == ("2020-09-15", "2020-09-15", "day")


def test_hom_nay_with_a_day_month_and_a_partial_dateline():
    text = TITLE + "Hôm nay (2/3), Đoàn công tác của Bộ Ngoại giao đã làm việc với tỉnh Điện Biên."
    assert when(text, "2020-03") == ("2020-03-02", "2020-03-02", "day")


def _doubt_codes(text, published):
    doc = make(text, published)
    extract_dates(doc)
    return [d["code"] for d in doubts(doc)]


def test_hom_qua_is_the_day_before_a_full_dateline_kept_with_a_doubt():
    text = TITLE + "Chiều hôm qua, Phó Chủ tịch UBND tỉnh đã tiếp đoàn công tác của tỉnh Champasak."
    assert when(text, "2024-03-01") == ("2024-02-29", "2024-02-29", "day")
    assert "day_relative" in _doubt_codes(text, "2024-03-01")
    text = TITLE + "Tối qua, đoàn công tác của tỉnh đã đến thăm Đại sứ quán Việt Nam tại Lào."
    assert when(text, "2025-01-01")[0] == "2024-12-31"
    assert when(text, "2025-01") == (None, None, None)  # the day of the dateline is not known
    text = TITLE + "Sáng nay, Phó Chủ tịch UBND tỉnh đã tiếp Đại sứ Cuba."
    assert when(text, "2024-10-15") == ("2024-10-15", "2024-10-15", "day")
    assert "day_relative" in _doubt_codes(text, "2024-10-15")


def test_qua_in_another_sense_or_an_impossible_dateline_gives_no_day():
    text = TITLE + "Ánh sáng qua khung cửa, Phó Chủ tịch UBND tỉnh đã tiếp đoàn công tác của tỉnh Champasak."
    assert when(text, "2024-03-01") == (None, None, None)
    text = TITLE + "Trong buổi sáng qua thăm, Phó Chủ tịch UBND tỉnh đã tiếp đoàn công tác của tỉnh Champasak."
    assert when(text, "2024-03-01") == (None, None, None)
    text = TITLE + "QTO - Chiều hôm qua, Phó Chủ tịch UBND tỉnh đã tiếp đoàn công tác của tỉnh Champasak."
    assert when(text, "2024-03-01")[0] == "2024-02-29"
    assert when(text, "2024-04-31") == (None, None, None)


def test_a_place_and_day_on_their_own_line_are_the_dateline():
    text = ("Đoàn đại biểu tỉnh Lạng Sơn thăm tỉnh Quảng Tây\nLạng Sơn, ngày 03/02/2024\n"
            "Trong 2 ngày 30 và 31/1, đoàn đại biểu tỉnh Lạng Sơn do Chủ tịch UBND tỉnh Hồ Tiến Thiệu dẫn đầu đã "
            "đến thăm, chúc Tết lãnh đạo Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc).")
    published, _span = find_published(text)
    assert published == "2024-02-03"
    _cleaned, record = extract_from_text(text, "t.txt")
    assert (record["published"], record["start_date"], record["end_date"]) == ("2024-02-03", "2024-01-30", "2024-01-31")
    # a date inside a sentence is no dateline
    assert find_published("Tiêu đề\nTỉnh ban hành kế hoạch, ngày 03/02/2024 gửi các sở thực hiện.")[0] is None


def test_day_range_sharing_one_month():
    text = (
        TITLE
        + "TGVN. Từ ngày 17-18/3, đồng chí Bùi Thanh Sơn đã có chuyến thăm và làm việc tại tỉnh Đắk Nông."
    )
    assert when(text, "2021-03") == ("2021-03-17", "2021-03-18", "day")


def test_full_range_with_years_needs_no_dateline():
    text = (
        TITLE
        + "Nhận lời mời, từ ngày 06/3/2024 đến ngày 08/3/2024 Đoàn công tác đã sang thăm, làm việc với Sở Ngoại vụ tỉnh Sơn La."
    )
    assert when(text) == ("2024-03-06", "2024-03-08", "day")


def test_two_days_joined_by_va():
    text = (
        TITLE + "Trong hai ngày 28 và 29-11, Đoàn công tác của tỉnh Tây Ninh tham dự Hội nghị tại Phnom Penh."
    )
    assert when(text, "2025-11-29") == ("2025-11-28", "2025-11-29", "day")


def test_from_day_to_day_month_without_year_and_no_dateline_is_null():
    text = (
        TITLE
        + "Đoàn đại biểu cấp cao thành phố Hà Nội sang thăm và làm việc tại Lào từ ngày 8 đến ngày 12/12."
    )
    assert when(text) == (None, None, None)


def test_day_month_without_any_year_is_null():
    text = TITLE + "Ngày 8-9, Đoàn công tác của Bộ Ngoại giao đã có buổi làm việc với tỉnh ta."
    assert when(text) == (None, None, None)


def test_month_after_the_dateline_month_is_not_guessed():
    text = TITLE + "Chiều 7/10, Đoàn công tác của Bộ Ngoại giao làm việc với tỉnh Cà Mau."
    assert when(text, "2026-02-03") == (None, None, None)


def test_december_event_reported_in_january_is_the_previous_year():
    text = TITLE + "Chiều 28/12, Đoàn công tác của Bộ Ngoại giao làm việc với tỉnh Cà Mau."
    assert when(text, "2024-01-02") == ("2023-12-28", "2023-12-28", "day")


def test_first_months_report_fixes_the_year_without_dateline():
    text = (
        TITLE + "Đây là đề nghị của lãnh đạo tỉnh tại buổi làm việc với đoàn công tác vào chiều 7/10.\n"
        "Báo cáo về kết quả công tác đối ngoại 9 tháng đầu năm 2024, tỉnh nêu các kiến nghị."
    )
    assert when(text) == ("2024-10-07", "2024-10-07", "day")


def test_review_of_one_year_held_in_march_of_the_next():
    text = (
        TITLE
        + "Sáng 15/3, Ban Chỉ đạo tổ chức Hội nghị đánh giá công tác thông tin đối ngoại năm 2021, triển khai nhiệm vụ năm 2022."
    )
    assert when(text) == ("2022-03-15", "2022-03-15", "day")


def test_spring_programme_year_dates_a_february_visit_whose_end_is_open():
    text = (
        TITLE
        + "Sáng 27/2, Đoàn đại biểu của tỉnh Quảng Ninh bắt đầu chuyến thăm và làm việc tại Quảng Tây, Trung Quốc.\n"
        "Đoàn công tác sẽ tham dự Chương trình gặp gỡ đầu Xuân 2024 giữa Bí thư 4 tỉnh – khu."
    )
    assert when(text) == ("2024-02-27", None, "day")


def test_document_date_is_not_the_activity_date():
    text = (
        TITLE
        + "Tỉnh kiến nghị như đã báo cáo tại Công văn số 26/CV-BCĐ PGCM của Ban Chỉ đạo tỉnh ngày 4/5/2019."
    )
    assert when(text) == (None, None, None)


def test_explicit_year_in_the_lead_wins():
    text = (
        TITLE
        + "Chiều ngày 24-8-2015, Sở Ngoại vụ tổ chức họp mặt kỷ niệm 70 năm Ngày thành lập ngành ngoại giao."
    )
    assert when(text) == ("2015-08-24", "2015-08-24", "day")


def test_date_named_by_its_meeting_further_down():
    text = (
        TITLE + "Ông Nguyễn Xuân Ký đã có buổi hội đàm với ông Lưu Ninh.\n"
        "Tỉnh có nhiều kết quả.\nNhiều dự án được triển khai.\nHai bên thống nhất nhiều nội dung.\n"
        "Tại buổi hội đàm ngày 27/2, ông Lưu Ninh vui mừng trước những thành tựu."
    )
    assert when(text, "2024-02") == ("2024-02-27", "2024-02-27", "day")


def test_publication_without_any_day_in_the_text_gives_no_date():
    text = TITLE + "Phó Chủ tịch Hồ Kỳ Minh mới đây đưa ra đề xuất trong buổi tiếp đoàn lãnh đạo bang Oregon."
    assert when(text, "2025-09-09") == (None, None, None)


def test_two_digit_year_clock_widget_is_not_a_dateline():
    text = "Thứ ba, 3-2-26 20:56:58\nCà Mau mong muốn được Bộ Ngoại giao hỗ trợ"
    assert find_published(text) == (None, None)


def test_dateline_with_time_is_found():
    published, span = find_published("Tiêu đề bài báo dài ở đây\n21:37, 15/09/2020\nChiều 15-9, ...")
    assert published == "2020-09-15" and span is not None


def test_hom_qua_with_its_day_month_in_brackets():
    text = TITLE + "TG&VN - Hôm qua (15/6), tại Bắc Giang, Thứ trưởng đã có buổi làm việc với UBND tỉnh."
    assert when(text, "2023-06-16") == ("2023-06-15", "2023-06-15", "day")


def test_weekday_with_its_day_month_in_brackets():
    text = TITLE + "Sáng thứ Năm (7/3), tại trụ sở UBND tỉnh, Chủ tịch UBND tỉnh đã tiếp đoàn đại biểu."
    assert when(text, "2024-03-08") == ("2024-03-07", "2024-03-07", "day")


def test_count_of_days_then_the_range_in_brackets():
    text = TITLE + "Luông Pha Bang (TTXVN) - Trong 3 ngày (18-20/4), Đoàn đại biểu tỉnh đã thăm và làm việc tại Lào."
    assert when(text, "2023-04-20") == ("2023-04-18", "2023-04-20", "day")


def test_month_without_day_gives_month_precision_and_no_dates():
    text = TITLE + "Trong tháng 5/2023, Đoàn công tác tỉnh Phú Yên đã thăm và làm việc tại tỉnh Yamanashi."
    assert when(text, "2023-06-05") == (None, None, "month")


def test_a_forecast_is_not_an_occasion():
    text = (
        "Sạt lở đất gây ách tắc Quốc lộ 4D\n"
        "Nhiều điểm trên Quốc lộ 4D bị sạt lở, gây ách tắc giao thông cục bộ.\n"
        "Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, dự báo mưa lớn còn tiếp diễn đến hết ngày 6/9."
    )
    assert when(text, "2023-09-05") == (None, None, None)


def test_a_weekday_and_a_comma_after_the_time_of_day():
    text = TITLE + "Sáng thứ Năm, 7/3, Chủ tịch UBND tỉnh đã tiếp và làm việc với Đại sứ Campuchia."
    assert when(text, "2024-03-10") == ("2024-03-07", "2024-03-07", "day")


def test_a_bare_weekday_and_comma_is_a_clock_line_not_the_occasion():
    text = TITLE + "Thứ ba, 3-2-26\nĐoàn công tác đã làm việc với tỉnh Đắk Lắk về công tác biên giới."
    assert when(text, None)[0] is None


def test_the_lead_sentence_that_follows_the_dateline_keeps_its_date():
    text = TITLE + "Bình Phước, 10/3/2024 - Sáng 7/3, Chủ tịch UBND tỉnh đã tiếp Đại sứ Campuchia."
    doc = make(text, "2024-03-10")
    start = text.index("10/3/2024")
    doc.published_span = (start, start + len("10/3/2024"))
    r = extract_dates(doc)
    assert (r["start_date"], r["date_precision"]) == ("2024-03-07", "day")


# --- years and days stated otherwise (issue 13, category 2) -----------------------------------


def test_day_month_written_with_dots():
    text = TITLE + "Sáng 9.10, Đoàn công tác của Bộ Ngoại giao đã làm việc với UBND tỉnh Gia Lai."
    assert when(text, "2025-10-09") == ("2025-10-09", "2025-10-09", "day")


def test_full_date_with_dots_gives_its_own_year():
    text = TITLE + "Ngày 14.3.2024, Sở Ngoại vụ tỉnh Gia Lai tổ chức hội nghị tổng kết công tác đối ngoại."
    assert when(text) == ("2024-03-14", "2024-03-14", "day")


def test_a_decimal_is_not_a_day_month():
    text = TITLE + "Kim ngạch đạt 2.5 tỷ USD, Sở Công Thương làm việc với doanh nghiệp."
    assert when(text, "2024-03-14") == (None, None, None)


def test_a_range_written_later_extends_the_leading_day():
    text = (
        TITLE
        + "Ngày 12/11, UBND tỉnh Gia Lai tổ chức Hội nghị tập huấn công tác đối ngoại.\n"
        + "Trong hai ngày 12 và 13/11, các đại biểu được nghe giới thiệu về tình hình thế giới."
    )
    assert when(text, "2023-11-14") == ("2023-11-12", "2023-11-13", "day")


def test_quarter_written_with_a_slash_dates_a_report_given_after_it():
    text = (
        TITLE
        + "Ngày 9/5, Bộ trưởng Bộ Ngoại giao làm việc với Ban Thường vụ Tỉnh ủy Gia Lai.\n"
        + "Từ năm 2020 đến hết quý I/2025, tỉnh đã đón 40 đoàn khách quốc tế."
    )
    assert when(text) == ("2025-05-09", "2025-05-09", "day")


def test_spring_meeting_named_with_nam_and_the_year():
    text = TITLE + "Sáng 20/2, Đoàn đại biểu tỉnh Lạng Sơn dự Chương trình Gặp gỡ đầu Xuân năm 2025 tại Quảng Tây."
    assert when(text) == ("2025-02-20", "2025-02-20", "day")


def test_without_a_dateline_a_festival_named_with_its_year_gives_the_year():
    text = (
        TITLE
        + "Chiều 2-6, lãnh đạo thành phố tiếp đoàn tỉnh Gifu (Nhật Bản) sang dự Lễ hội Biển Nha Trang 2019."
    )
    r = extract_dates(doc := make(text))
    assert (r["start_date"], r["end_date"]) == ("2019-06-02", "2019-06-02")
    assert any(d["code"] == "year_inferred" for d in doubts(doc))


def test_without_a_dateline_an_anniversary_counts_from_its_written_year():
    text = (
        TITLE
        + "Sáng 3/9, UBND tỉnh tổ chức lễ ký kết với tỉnh Bokeo hướng tới kỷ niệm 50 năm Ngày ký "
        + "Hiệp định hợp tác (5/9/1975)."
    )
    assert when(text)[:2] == ("2025-09-03", "2025-09-03")


def test_without_a_dateline_a_source_line_near_the_day_gives_the_year():
    text = (
        TITLE
        + "Chiều 21-4, Phó Chủ tịch UBND tỉnh tiếp Đại sứ Hungary tại Việt Nam.\n"
        + "Báo Tin Tức 22/4/2021"
    )
    assert when(text)[:2] == ("2021-04-21", "2021-04-21")


def test_full_dates_of_other_years_near_the_day_leave_it_unknown():
    text = (
        TITLE
        + "Chiều 21-4, Phó Chủ tịch UBND tỉnh tiếp Đại sứ Hungary tại Việt Nam.\n"
        + "Hai bên nhắc lại chuyến thăm ngày 2/5/2019 và hội nghị ngày 10/5/2022."
    )
    assert when(text) == (None, None, None)


def test_with_a_dateline_a_festival_of_another_year_does_not_unsettle_it():
    text = TITLE + "Chiều 2-6, lãnh đạo thành phố tiếp đoàn tỉnh Gifu, mời dự Lễ hội Biển Nha Trang 2025."
    assert when(text, "2024-06-03")[:2] == ("2024-06-02", "2024-06-02")


def test_a_clock_widget_above_the_title_gives_way_to_the_publication_line():
    text = (
        "Thứ Hai, 02/11/2026 08:15 SA\nHội nghị cập nhật tình hình thế giới năm 2021\n"
        "Thứ Tư, 29/12/2021 10:00 SA\nNgày 28/12, UBND tỉnh tổ chức Hội nghị."
    )
    assert find_published(text, title="Hội nghị cập nhật tình hình thế giới năm 2021")[0] == "2021-12-29"


def test_a_meeting_called_cuoc_gap_dates_the_lead():
    text = TITLE + "Đó là ý kiến của Thị trưởng thành phố Osaka trong cuộc gặp Chủ tịch UBND tỉnh ngày 7/6 tại Huế."
    assert when(text, "2024-06-08")[:2] == ("2024-06-07", "2024-06-07")


def test_a_weekday_clock_above_the_title_alone_is_no_dateline():
    text = "Thứ Bảy, 05/12/2026\nTỉnh Hà Nam tiếp đoàn tỉnh Toyama (Nhật Bản)\nNgày 14/6, Phó Chủ tịch UBND tỉnh tiếp đoàn."
    assert find_published(text, title="Tỉnh Hà Nam tiếp đoàn tỉnh Toyama (Nhật Bản)") == (None, None)


def test_a_line_that_shows_today_is_no_dateline_nor_a_clock_that_gives_the_year():
    title = "Đoàn đại biểu tỉnh Quảng Bình thăm tỉnh Khammouane (Lào)"
    text = (
        "Hôm nay: Thứ Năm, 14/03/2024 | Liên hệ | Sơ đồ trang\n" + title + "\nNgày đăng:\n"
        "Từ ngày 12 đến 13/3, Đoàn đại biểu tỉnh Quảng Bình đã thăm và làm việc tại tỉnh Khammouane."
    )
    assert find_published(text, title=title) == (None, None)
    doc = make_doc(text, title=title, published=None)
    assert extract_dates(doc)["start_date"] is None
    text = text.replace("Hôm nay: Thứ Năm, 14/03/2024 | Liên hệ | Sơ đồ trang", "Hôm nay, ngày 14/03/2024")
    assert find_published(text, title=title) == (None, None)


def test_a_publication_line_above_the_title_still_counts():
    text = "09:10 | 14/06/2023 GMT+7\nTỉnh Hà Nam tiếp đoàn tỉnh Toyama (Nhật Bản)\nNgày 14/6, Phó Chủ tịch tiếp đoàn."
    assert find_published(text, title="Tỉnh Hà Nam tiếp đoàn tỉnh Toyama (Nhật Bản)")[0] == "2023-06-14"


def test_sang_nay_followed_by_the_day_month():
    text = TITLE + "(QNO) - Sáng nay 23.3, Chủ tịch UBND tỉnh đã tiếp và hội đàm với đoàn đại biểu tỉnh Sekong."
    assert when(text, "2026-03-23") == ("2026-03-23", "2026-03-23", "day")


def test_a_planned_quarter_does_not_unsettle_the_dateline():
    text = TITLE + "Chiều 26/9, Chủ tịch UBND tỉnh tiếp Tổng Giám đốc Samsung. Dây chuyền mới vận hành từ quý II/2027."
    assert when(text, "2026-09-26")[:2] == ("2026-09-26", "2026-09-26")


def test_the_lead_is_read_after_the_title_when_menus_stand_above_it():
    text = (
        "Trang chủ\nThời sự\nChính trị\nĐối ngoại\nKinh tế\nXã hội\n"
        "Đoàn công tác tỉnh Lạng Sơn thăm và làm việc tại Quảng Tây\n"
        "Từ ngày 9 đến 11/4, đoàn công tác tỉnh Lạng Sơn đã thăm và làm việc tại Quảng Tây."
    )
    doc = make_doc(text, title="Đoàn công tác tỉnh Lạng Sơn thăm và làm việc tại Quảng Tây", published="2023-04-12")
    r = extract_dates(doc)
    assert (r["start_date"], r["end_date"]) == ("2023-04-09", "2023-04-11")


def test_a_single_day_inside_the_range_the_lead_gives_is_the_range():
    text = (
        TITLE
        + "Thực hiện Chương trình công tác năm 2016, từ ngày 24/5/2016 đến ngày 26/5/2016, Đoàn công tác của tỉnh "
        + "Quảng Ninh đã thăm và làm việc tại thành phố Phòng Thành Cảng.\n"
        + "Sáng 25/5, đoàn đã hội đàm với lãnh đạo thành phố Phòng Thành Cảng."
    )
    assert when(text, "2016-05-27")[:2] == ("2016-05-24", "2016-05-26")


def test_without_a_dateline_the_work_programmes_year_gives_the_year():
    text = (
        TITLE
        + "Thực hiện Chương trình công tác năm 2018, trong 3 ngày (18-20/4), Đoàn công tác của tỉnh "
        + "Kiên Giang đã thăm và làm việc tại tỉnh Kampot."
    )
    assert when(text)[:2] == ("2018-04-18", "2018-04-20")


def test_tu_day_dash_day_month_is_a_range():
    text = TITLE + "(Baonghean.vn) - Trong 3 ngày, từ 12 - 14/3, đoàn đại biểu tỉnh Nghệ An đã sang thăm tỉnh Xiêng Khoảng."
    assert when(text, "2018-03-14")[:2] == ("2018-03-12", "2018-03-14")


def test_without_a_dateline_an_occasion_counted_within_its_year_gives_the_year():
    text = (
        TITLE
        + "Sáng 16/9, Phó Chủ tịch UBND tỉnh tiếp đoàn UNDP. Đây là chuyến công tác thứ hai của UNDP đến tỉnh "
        + "trong năm 2025."
    )
    assert when(text)[:2] == ("2025-09-16", "2025-09-16")


def test_a_clock_above_the_title_never_gives_the_year():
    text = (
        "BÁO ĐIỆN TỬ TỈNH Thứ Năm, ngày 04/12/2026\n"
        "Mỗi điểm trường là một ngọn đèn trên núi đá của tỉnh Tuyên Quang\n"
        "Ngày 18/11, lãnh đạo tỉnh Tuyên Quang đã làm việc với đoàn tổ chức phi chính phủ Hoa Kỳ."
    )
    title = "Mỗi điểm trường là một ngọn đèn trên núi đá của tỉnh Tuyên Quang"
    assert find_published(text, title=title) == (None, None)
    doc = make_doc(text, title=title, published=None)
    assert extract_dates(doc)["start_date"] is None


# --- held-out articles (articles.py) ------------------------------------------------------------

UNSEEN = [
    # 9. No year anywhere in the story: the dates stay null (the related list's years don't count).
    (
        "no_year_quang_nam",
        """Trang chủ | Tin tức
Chủ tịch UBND tỉnh Quảng Nam tiếp Tổng Lãnh sự Lào tại Đà Nẵng
Sáng 15/8, tại trụ sở UBND tỉnh, đồng chí Lê Văn Dũng, Chủ tịch UBND tỉnh Quảng Nam đã tiếp ông Xổm-xạ-vẳn Phôm-ma-ly, Tổng Lãnh sự Lào tại Đà Nẵng đến chào xã giao.
Chủ tịch UBND tỉnh Lê Văn Dũng cho biết, Quảng Nam và tỉnh Sê Kông (Lào) có đường biên giới chung dài hơn 140 km, hai tỉnh đã ký kết nhiều thỏa thuận hợp tác.
Ông Lê Văn Dũng đề nghị Tổng Lãnh sự quán Lào tại Đà Nẵng tiếp tục làm cầu nối, hỗ trợ tỉnh mở rộng hợp tác với các tỉnh Nam Lào, nhất là tỉnh Chăm-pa-sắc trong lĩnh vực giáo dục, du lịch.
Tổng Lãnh sự Xổm-xạ-vẳn Phôm-ma-ly cảm ơn sự hỗ trợ của tỉnh đối với lưu học sinh Lào đang học tập tại Quảng Nam.
Ảnh: Minh Thư
Tin khác
Quảng Nam tiếp Đại sứ Campuchia (12/08/2022)
Hội nghị tổng kết công tác biên giới năm 2021 (28/12/2021)
""",
        dict(
            kind="foreign_delegation", province="Quảng Nam", start=None, end=None,
            lead="Xổm-xạ-vẳn Phôm-ma-ly", officials=["Lê Văn Dũng", "Xổm-xạ-vẳn Phôm-ma-ly"],
            requests=["mở rộng hợp tác với các tỉnh Nam Lào"],
            partners=["Sê Kông", ["Chăm-pa-sắc", "Champasak"]],
        ),
    ),
    # 23. A Lao delegation received; only a clock widget with a two-digit year: dates null.
    (
        "widget_year_son_la_houaphanh",
        """Thứ Hai, 3-2-26 20:56:58
Sơn La đón Đoàn đại biểu tỉnh Hủa Phăn (Lào)
Sáng 20/1, tại trụ sở Tỉnh ủy, đồng chí Nguyễn Hữu Đông, Bí thư Tỉnh ủy Sơn La đã tiếp Đoàn đại biểu tỉnh Hủa Phăn (Lào) do đồng chí Khăm-phăn Phôm-ma-thắt, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Hủa Phăn dẫn đầu.
Đồng chí Nguyễn Hữu Đông đề nghị tỉnh Hủa Phăn phối hợp chặt chẽ trong quản lý đường biên, mốc giới và sớm nâng cấp cặp cửa khẩu Lóng Sập - Pa Háng thành cửa khẩu quốc tế.
Đồng chí Khăm-phăn Phôm-ma-thắt cảm ơn sự giúp đỡ của tỉnh Sơn La.
Ngọc Anh
""",
        dict(
            kind="foreign_delegation", province="Sơn La", start=None, end=None,
            lead="Khăm-phăn Phôm-ma-thắt", officials=["Nguyễn Hữu Đông", "Khăm-phăn Phôm-ma-thắt"],
            requests=["Lóng Sập - Pa Háng"], partners=["Hủa Phăn"],
        ),
    ),
    # 6. TG&VN; "Hôm qua (15/6)" against the publication line; a Deputy Minister of Planning
    #    and Investment on FDI; an earlier conference "ngày 12/3/2023" is not the activity.
    (
        "tgvn_mpi_bac_giang_hom_qua",
        ("text", """Thứ Sáu, 16/06/2023 | 09:20
Thứ trưởng Bộ Kế hoạch và Đầu tư làm việc với tỉnh Bắc Giang về thu hút FDI
TG&VN - Hôm qua (15/6), tại Bắc Giang, Thứ trưởng Bộ Kế hoạch và Đầu tư Trần Duy Đông đã có buổi làm việc với UBND tỉnh Bắc Giang về công tác thu hút đầu tư trực tiếp nước ngoài (FDI) và xúc tiến đầu tư vào các khu công nghiệp của tỉnh.
Cùng dự có ông Đỗ Nhất Hoàng, Cục trưởng Cục Đầu tư nước ngoài. Về phía tỉnh Bắc Giang có ông Phan Thế Tuấn, Phó Chủ tịch UBND tỉnh.
Báo cáo tại buổi làm việc cho biết, năm 2022, Bắc Giang đứng thứ 4 cả nước về thu hút vốn FDI với hơn 1,6 tỷ USD, chủ yếu từ các nhà đầu tư Hàn Quốc, Nhật Bản và Trung Quốc. Trước đó, ngày 12/3/2023, tỉnh đã tổ chức thành công Hội nghị xúc tiến đầu tư tại Seoul, Hàn Quốc.
Phó Chủ tịch UBND tỉnh Phan Thế Tuấn kiến nghị Bộ Kế hoạch và Đầu tư sớm thẩm định, trình Thủ tướng Chính phủ bổ sung các khu công nghiệp Việt Hàn mở rộng, Yên Lư mở rộng vào quy hoạch; đồng thời hỗ trợ tỉnh kết nối với các tập đoàn bán dẫn của Hàn Quốc, Nhật Bản.
Thứ trưởng Trần Duy Đông ghi nhận các kiến nghị của tỉnh, đề nghị Bắc Giang chuẩn bị tốt quỹ đất sạch, nguồn nhân lực chất lượng cao để đón làn sóng đầu tư mới.
Quang Minh
"""),
        dict(
            kind="central_delegation", province="Bắc Giang", start="2023-06-15", end="2023-06-15",
            lead="Trần Duy Đông", officials=["Trần Duy Đông", "Đỗ Nhất Hoàng", "Phan Thế Tuấn"],
            requests=["bổ sung các khu công nghiệp Việt Hàn", "tập đoàn bán dẫn"],
            partners=[], partners_optional=["Seoul"],
        ),
    ),
    # 19. Month only ("Trong tháng 5/2023"): no day, so both dates null with month precision;
    #     the MoU "ngày 18/10/2019" is an earlier event.
    (
        "month_only_phu_yen_yamanashi",
        ("text", """05/06/2023 15:30
Phú Yên thúc đẩy hợp tác với tỉnh Yamanashi (Nhật Bản)
Trong tháng 5/2023, Đoàn công tác tỉnh Phú Yên do đồng chí Đào Mỹ, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã thăm và làm việc tại tỉnh Yamanashi, Nhật Bản, nhằm triển khai Biên bản ghi nhớ hợp tác giữa hai tỉnh.
Tại buổi làm việc với ông Nagasaki Kotaro, Thống đốc tỉnh Yamanashi, Phó Chủ tịch UBND tỉnh Đào Mỹ đề nghị tỉnh Yamanashi tiếp nhận thêm thực tập sinh kỹ năng và du học sinh của Phú Yên; hỗ trợ tỉnh xây dựng mô hình trồng nho, đào theo công nghệ Nhật Bản.
Biên bản ghi nhớ hợp tác giữa Phú Yên và Yamanashi được ký kết ngày 18/10/2019, tập trung vào các lĩnh vực nông nghiệp, du lịch và phát triển nguồn nhân lực.
Thống đốc Nagasaki Kotaro đánh giá cao chuyến thăm và cho biết tỉnh sẽ cử đoàn doanh nghiệp sang Phú Yên trong năm nay.
Hồng Nhung
"""),
        dict(
            kind="outbound_delegation", province="Phú Yên", start=None, end=None, precision="month",
            lead="Đào Mỹ", officials=["Đào Mỹ", "Nagasaki Kotaro"],
            requests=["thực tập sinh kỹ năng", "trồng nho"], partners=["Yamanashi"],
        ),
    ),
    # 20. A Mongolian province; "Sáng thứ Năm (7/3)" against a Friday publication line.
    (
        "thai_binh_selenge_weekday",
        ("text", """Thứ Sáu, 08/03/2024 | 09:05
Thái Bình tiếp đoàn đại biểu tỉnh Selenge (Mông Cổ)
Sáng thứ Năm (7/3), tại trụ sở UBND tỉnh, đồng chí Nguyễn Khắc Thận, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Thái Bình đã tiếp đoàn đại biểu tỉnh Selenge (Mông Cổ) do ông Batsaikhan Tumurbaatar, Tỉnh trưởng tỉnh Selenge làm trưởng đoàn.
Tiếp đoàn có đồng chí Lại Văn Hoàn, Phó Chủ tịch UBND tỉnh; đại diện lãnh đạo Sở Ngoại vụ, Sở Nông nghiệp và Phát triển nông thôn.
Chủ tịch UBND tỉnh Nguyễn Khắc Thận giới thiệu tiềm năng nông nghiệp của Thái Bình và đề nghị tỉnh Selenge tạo điều kiện cho doanh nghiệp Thái Bình xuất khẩu gạo, rau quả chế biến sang thị trường Mông Cổ; đồng thời nghiên cứu hợp tác trong lĩnh vực chăn nuôi bò sữa.
Ông Batsaikhan Tumurbaatar cho biết Selenge là vựa lúa mì của Mông Cổ và mong muốn hai tỉnh sớm ký kết biên bản ghi nhớ hợp tác.
Thu Hiền
"""),
        dict(
            kind="foreign_delegation", province="Thái Bình", start="2024-03-07", end="2024-03-07",
            lead="Batsaikhan Tumurbaatar",
            officials=["Nguyễn Khắc Thận", "Batsaikhan Tumurbaatar", "Lại Văn Hoàn"],
            requests=["xuất khẩu gạo", "chăn nuôi bò sữa"], partners=["Selenge"],
        ),
    ),
]


@pytest.mark.parametrize(("source", "exp"), [c[1:] for c in UNSEEN], ids=[c[0] for c in UNSEEN])
def test_unseen_article_is_read_as_a_careful_reader_would(source, exp):
    read_as_expected(source, exp)


def test_a_portals_date_line_with_its_view_count_is_the_dateline():
    text = ("Ủy ban Biên giới quốc gia làm việc với tỉnh Lai Châu\nNgày 05/06/2024 | Lượt xem: 512\n"
            "Ngày 4/6/2024, đoàn công tác Ủy ban Biên giới quốc gia do Phó Chủ nhiệm Ủy ban làm trưởng đoàn đã làm "
            "việc với UBND tỉnh Lai Châu.")
    assert find_published(text)[0] == "2024-06-05"
    _cleaned, record = extract_from_text(text, "t.txt")
    assert (record["start_date"], record["end_date"]) == ("2024-06-04", "2024-06-04")


def test_a_time_of_day_and_qua_before_the_day_in_brackets():
    text = TITLE + "Chiều qua (16/10), tại trụ sở UBND tỉnh, Chủ tịch UBND tỉnh đã tiếp Thống đốc tỉnh Gunma."
    assert when(text, "2023-10-17") == ("2023-10-16", "2023-10-16", "day")


def test_the_publication_line_and_a_cut_outlet_name_do_not_use_up_the_lead():
    text = ("Lâm Đồng kiến nghị mở rộng hợp tác\nThứ Hai, 10/03/2025, 07:15\n"
            "LAMDONG.VN - Tỉnh Lâm Đồng có nhiều tiềm năng phát triển du lịch quốc tế. Đây là nội dung chính của buổi "
            "làm việc giữa tỉnh với đoàn công tác Bộ Ngoại giao. Các đại biểu đã trao đổi nhiều nội dung.\n"
            "Chiều 8/3, tại trụ sở Tỉnh ủy, Ban Thường vụ Tỉnh ủy làm việc với đoàn công tác Bộ Ngoại giao.")
    _cleaned, record = extract_from_text(text, "t.txt")
    assert (record["start_date"], record["end_date"]) == ("2025-03-08", "2025-03-08")


def test_a_clock_with_links_above_the_title_is_no_dateline():
    text = ("Hôm nay, 05/12/2026 | Liên hệ | English\nThứ trưởng Bộ Ngoại giao làm việc với tỉnh Cà Mau\n"
            "Sáng 12/3, Thứ trưởng Bộ Ngoại giao làm việc với UBND tỉnh Cà Mau.")
    assert find_published(text, title="Thứ trưởng Bộ Ngoại giao làm việc với tỉnh Cà Mau")[0] is None


def test_a_whole_pages_menu_items_do_not_use_up_the_lead():
    text = ("Học viện Ngoại giao làm việc với tỉnh Hà Giang\nGiới thiệu\nTin tức - Sự kiện\nChính quyền\n"
            "Hợp tác quốc tế\nDịch vụ công\nThứ Sáu, 17-1-2025 | 10:05\n"
            "Chiều 16-1, đoàn công tác Học viện Ngoại giao đã làm việc với UBND tỉnh Hà Giang.")
    _cleaned, record = extract_from_text(text, "t.txt")
    assert (record["start_date"], record["end_date"]) == ("2025-01-16", "2025-01-16")


def test_a_day_range_with_its_month_and_year_in_words():
    text = TITLE + ("Từ ngày 3 đến ngày 7 tháng 11 năm 2025, đoàn công tác tỉnh đã thăm và làm việc tại tỉnh "
                    "Gunma, Nhật Bản.")
    assert when(text, "2025-11-09") == ("2025-11-03", "2025-11-07", "day")


def test_an_evening_and_the_next_morning_across_the_new_year():
    for lead, published in (
        ("Tối 31/12 và sáng 1/1, đoàn tỉnh Xiêng Khoảng (Lào) thăm, chúc mừng năm mới tỉnh Nghệ An.", "2025-01-02"),
        ("Tối 31/12/2024 và sáng 1/1, đoàn tỉnh Xiêng Khoảng (Lào) thăm, chúc mừng năm mới tỉnh Nghệ An.", None),
        ("Tối 31/12 và sáng 1/1/2025, đoàn tỉnh Xiêng Khoảng (Lào) thăm, chúc mừng năm mới tỉnh Nghệ An.", None),
    ):
        out = extract_dates(make_doc("Tiêu đề\n" + lead, published=published))
        assert (out["start_date"], out["end_date"]) == ("2024-12-31", "2025-01-01"), lead


def test_the_holidays_an_occasion_marks_are_not_its_date():
    lead = (
        "Nhân dịp kỷ niệm ngày 30/4 và ngày 1/5, chiều 26/4, Chủ tịch UBND tỉnh Long An tiếp Tổng Lãnh sự Campuchia "
        "tại TP Hồ Chí Minh."
    )
    out = extract_dates(make_doc("Tiêu đề\n" + lead, published="2024-04-27"))
    assert (out["start_date"], out["end_date"]) == ("2024-04-26", "2024-04-26")


def test_the_delegations_next_day_in_a_paragraph_of_its_own_ends_the_visit():
    text = (
        "Tiêu đề\nChiều 17/5, Chủ tịch UBND tỉnh Sóc Trăng tiếp Đại sứ Bỉ cùng đoàn công tác.\n"
        "Hai bên trao đổi về hợp tác nông nghiệp.\n"
        "Sáng 18/5, Đại sứ và đoàn đã khảo sát mô hình nuôi tôm tại huyện Trần Đề.\n"
        "Ngày 30/5, tỉnh sẽ tổ chức hội nghị xúc tiến đầu tư."
    )
    out = extract_dates(make_doc(text, published="2024-05-19"))
    assert (out["start_date"], out["end_date"]) == ("2024-05-17", "2024-05-18")


def test_no_other_doan_and_no_journey_on_extends_the_visit():
    for later in (
        "Ngày 23/11, Đoàn đại biểu Quốc hội tỉnh tiếp xúc cử tri tại huyện Phù Cát.",
        "Ngày 22/11, ông Đoàn Văn Việt, Giám đốc Sở, báo cáo kết quả với UBND tỉnh.",
        "Ngày 22/11, Tập đoàn Samsung khởi công nhà máy mới.",
        "Ngày 22/11, đoàn sẽ sang thăm tỉnh Ratanakiri.",
        "Sáng 21/11, đoàn tiếp tục hành trình vào thăm tỉnh Thừa Thiên Huế.",
    ):
        text = (
            "Tiêu đề\nChiều 20/11, Phó Chủ tịch UBND tỉnh Quảng Trị tiếp đoàn công tác Bộ Ngoại giao.\n"
            "Hai bên trao đổi về công tác biên giới.\n" + later
        )
        out = extract_dates(make_doc(text, published="2023-11-24"))
        assert (out["start_date"], out["end_date"]) == ("2023-11-20", "2023-11-20"), later


def test_a_programme_that_took_place_on_a_day_written_in_words():
    text = (
        "Nghệ An mừng Tết Bunpimay cùng lưu học sinh Lào\n"
        "Chương trình diễn ra vào ngày 12 tháng 4 năm 2024 tại Trường Đại học Vinh, do Phó Chủ tịch UBND tỉnh "
        "chủ trì."
    )
    assert when(text, "2024-04-13") == ("2024-04-12", "2024-04-12", "day")


def test_a_wires_dateline_opening_the_lead_and_a_sections_day_line_give_the_publication():
    text = "Thứ trưởng làm việc với tỉnh\nCao Bằng, 21/8/2020 – Sáng nay, tại trụ sở UBND tỉnh, Chủ tịch UBND tỉnh tiếp đoàn."
    assert find_published(text, None, "Thứ trưởng làm việc với tỉnh")[0] == "2020-08-21"
    text = "BÁO SÓC TRĂNG\nThời sự | Ngày 24/10/2023\nSóc Trăng tiếp Đại sứ EU\nNgày 23/10, Chủ tịch UBND tỉnh tiếp Đại sứ."
    assert find_published(text, None, "Sóc Trăng tiếp Đại sứ EU")[0] == "2023-10-24"
    # a clock widget ("Hôm nay, ngày ...") and a date in the story's own sentence are not
    text = "Hôm nay, ngày 05/12/2026\nSóc Trăng tiếp Đại sứ EU\nNgày 23/10, Chủ tịch UBND tỉnh tiếp Đại sứ."
    assert find_published(text, None, "Sóc Trăng tiếp Đại sứ EU")[0] is None


def test_a_publication_line_with_the_month_in_words():
    title = "Chủ tịch UBND tỉnh tiếp Đại sứ Singapore"
    for line, day in (("18 Tháng Sáu, 2024 / Tin hoạt động / Phòng Hợp tác quốc tế", "2024-06-18"),
                      ("5 tháng 12, 2023", "2023-12-05"), ("3 Tháng Mười Một, 2022", "2022-11-03")):
        text = f"{title}\n{line}\nChiều hôm đó, Chủ tịch UBND tỉnh tiếp Đại sứ Singapore tại Việt Nam."
        assert find_published(text, None, title)[0] == day, line


def test_a_weekday_line_above_the_title_dates_a_day_month_of_the_week_before_it_only():
    story = (
        "UBND tỉnh tiếp Đoàn công tác tỉnh Gangwon (Hàn Quốc)\n"
        "Ngày 16-12, Chủ tịch UBND tỉnh Ninh Thuận tiếp và làm việc với Đoàn công tác tỉnh Gangwon (Hàn Quốc) do "
        "ông Kim Sung-ho, Phó Tỉnh trưởng làm trưởng đoàn."
    )
    _cleaned, record = extract_from_text("Báo Ninh Thuận\nThứ Ba, 17/12/2019\n" + story, "t.txt")
    assert (record["start_date"], record["published"]) == ("2019-12-16", None)
    # a clock showing the day the page was crawled, months later, gives no year
    _cleaned, record = extract_from_text("Báo Ninh Thuận\nThứ Sáu, 04/12/2026\n" + story, "t.txt")
    assert record["start_date"] is None


def test_nine_months_of_a_year_and_a_photo_captions_day_are_no_publication_line():
    title = "Hoạt động đối ngoại của tỉnh"
    for line in ("9 tháng năm 2023: Kết quả nổi bật", "Ảnh tư liệu ngày 20/5/2018"):
        text = f"{title}\n{line}\nChiều 14/3, Chủ tịch UBND tỉnh tiếp Đại sứ Singapore tại Việt Nam."
        assert find_published(text, None, title)[0] is None, line


def test_a_weekday_line_above_the_title_yields_to_a_year_the_story_states():
    story = (
        "Kon Tum và Attapeu tổng kết công tác phối hợp năm 2019\n"
        "Ngày 16/12, tại thành phố Kon Tum, UBND tỉnh Kon Tum và UBND tỉnh Attapeu (Lào) tổ chức hội nghị tổng kết "
        "công tác phối hợp năm 2019."
    )
    _cleaned, record = extract_from_text("Báo Kon Tum\nThứ Ba, 17/12/2024\n" + story, "t.txt")
    assert record["start_date"] != "2024-12-16"


def test_a_plans_name_before_the_occasions_own_clause_does_not_make_its_date_a_documents():
    text = (
        "Bình Dương gặp mặt các cơ quan đại diện nước ngoài\n"
        "Thực hiện Kế hoạch công tác đối ngoại năm 2024, sáng 11/3, UBND tỉnh Bình Dương tổ chức Hội nghị gặp mặt "
        "các cơ quan đại diện nước ngoài tại TP.HCM."
    )
    assert when(text, "2024-03-12") == ("2024-03-11", "2024-03-11", "day")
    # the document's own date stays the document's
    text = "Tiêu đề\nThực hiện Kế hoạch số 274/KH-SNgV ngày 19/2/2024 của Sở Ngoại vụ, các sở rà soát nhiệm vụ."
    assert when(text, "2024-03-12")[0] is None


def test_an_archive_photos_caption_gives_no_date():
    text = (
        "Chủ tịch UBND tỉnh An Giang tiếp Tổng Lãnh sự Campuchia\n\nẢnh tư liệu ngày 20/5/2018\n\n"
        "Chiều 15/3, Chủ tịch UBND tỉnh An Giang đã tiếp Tổng Lãnh sự Campuchia tại TP Hồ Chí Minh."
    )
    _cleaned, record = extract_from_text(text, "t.txt")
    assert record["start_date"] is None  # the year stays unknown: the caption's is no story's


def test_a_note_at_the_end_saying_when_the_reception_took_place_dates_it():
    text = (
        "Tỉnh Sơn La tiếp Đại sứ Ba Lan\n"
        "Đại sứ Ba Lan tại Việt Nam vừa có chuyến thăm và làm việc tại tỉnh Sơn La. Tiếp Đại sứ có Phó Chủ tịch "
        "UBND tỉnh Nguyễn Thành Công.\n"
        "Hai bên trao đổi về hợp tác chế biến nông sản. Phó Chủ tịch giới thiệu tiềm năng của tỉnh. "
        "Đại sứ đánh giá cao môi trường đầu tư. Đại sứ hứa giới thiệu doanh nghiệp Ba Lan đến tỉnh.\n"
        "(Buổi tiếp diễn ra sáng 9/10/2024 tại trụ sở UBND tỉnh.)"
    )
    assert when(text) == ("2024-10-09", "2024-10-09", "day")
    # A situation that goes on ("tiếp diễn") dates nothing.
    text = (
        "Tỉnh Sơn La tiếp Đại sứ Ba Lan\n"
        "Đại sứ Ba Lan tại Việt Nam vừa có chuyến thăm và làm việc tại tỉnh Sơn La.\n"
        "Tình trạng khô hạn tiếp diễn từ 9/10/2024 ở nhiều huyện."
    )
    assert when(text)[0] is None


def test_a_portals_long_banner_under_the_titles_copy_is_no_lead():
    text = (
        "Đoàn công tác tỉnh Cao Bằng hội đàm với thành phố Sùng Tả - Cổng Thông tin điện tử tỉnh Cao Bằng\n"
        "Cao Bằng, ngày 12 tháng 5 năm 2023 Chào mừng kỷ niệm 133 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - "
        "19/5/2023) và kỷ niệm 48 năm Ngày giải phóng hoàn toàn miền Nam, thống nhất đất nước\n"
        "Đoàn công tác tỉnh Cao Bằng hội đàm với thành phố Sùng Tả\n"
        "Ngày đăng: 12/05/2023 | Người đăng: Ban Biên tập | Lượt đọc: 310\n"
        "Trong 2 ngày 9 và 10/5/2023, Đoàn công tác tỉnh Cao Bằng do Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã "
        "thăm và làm việc tại thành phố Sùng Tả, Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc)."
    )
    _cleaned, record = extract_from_text(text, "t.txt")
    assert (record["start_date"], record["end_date"]) == ("2023-05-09", "2023-05-10")
    assert record["kind"] == "outbound_delegation"


def test_the_publication_line_under_the_headline_wins_over_the_clock_under_the_titles_copy():
    text = (
        "Bình Định tiếp Đại sứ Hungary - Báo Bình Định\n"
        "Thứ Sáu, 09/01/2026\n"
        "Bình Định tiếp Đại sứ Hungary\n"
        "Thứ Ba, 15/11/2022 | 17:20\n"
        "Chiều 15/11, Phó Chủ tịch UBND tỉnh Bình Định tiếp Đại sứ Hungary tại Việt Nam."
    )
    assert find_published(text, title="Bình Định tiếp Đại sứ Hungary")[0] == "2022-11-15"


def test_a_publication_line_with_its_author_is_no_headline():
    text = (
        "Bản in - Báo Gia Lai điện tử\n"
        "Đoàn đại biểu tỉnh Gia Lai thăm, làm việc tại tỉnh Attapeu (Lào)\n"
        "Thứ Hai, 28/11/2022 - 15:05 | Tác giả: MINH HÒA\n"
        "Từ ngày 23 đến 26/11, Đoàn đại biểu tỉnh Gia Lai do Bí thư Tỉnh ủy làm trưởng đoàn đã thăm, làm việc tại "
        "tỉnh Attapeu (Lào)."
    )
    _cleaned, record = extract_from_text(text, "t.txt")
    assert record["title"] == "Đoàn đại biểu tỉnh Gia Lai thăm, làm việc tại tỉnh Attapeu (Lào)"
    assert (record["start_date"], record["end_date"]) == ("2022-11-23", "2022-11-26")


def test_the_trips_span_told_further_down_gives_the_range_of_a_trip_abroad():
    text = (
        "Quảng Ninh xúc tiến đầu tư tại Hàn Quốc\n"
        "Seoul (TTXVN) - Ngày 12/9/2024, tại Seoul, UBND tỉnh Quảng Ninh tổ chức Hội nghị xúc tiến đầu tư với sự "
        "tham dự của 200 doanh nghiệp Hàn Quốc.\n"
        "Chủ tịch UBND tỉnh giới thiệu tiềm năng của tỉnh. Các doanh nghiệp quan tâm đến cảng biển. Hai bên trao "
        "đổi về logistics. Tỉnh cam kết tạo điều kiện cho nhà đầu tư.\n"
        "Chuyến công tác của đoàn tỉnh Quảng Ninh tại Hàn Quốc diễn ra từ ngày 10 đến 14/9."
    )
    assert when(text)[:2] == ("2024-09-10", "2024-09-14")
    # A guest's tour of the country, one day of which was the province's, keeps that day.
    text = (
        "Tỉnh tiếp Thống đốc bang Nam Úc\n"
        "Ngày 15/5/2024, Chủ tịch UBND tỉnh Quảng Ninh tiếp Thống đốc bang Nam Úc.\n"
        "Hai bên trao đổi về hợp tác giáo dục. Thống đốc đánh giá cao tiềm năng của tỉnh. Tỉnh mong muốn hợp tác. "
        "Hai bên nhất trí tăng cường trao đổi đoàn.\n"
        "Đoàn đang có chuyến thăm Việt Nam từ ngày 13 đến 17/5."
    )
    assert when(text)[:2] == ("2024-05-15", "2024-05-15")


def test_a_portals_update_line_at_the_storys_end_dates_it_and_its_site_title_is_no_headline():
    text = (
        "Cổng thông tin điện tử tỉnh Quảng Ninh - Chi tiết tin tức\n"
        "Thứ năm, ngày 04/12/2025\n"
        "Giới thiệu\nTin tức - Sự kiện\n"
        "Chủ tịch UBND tỉnh tiếp Đại sứ Hàn Quốc tại Việt Nam\n"
        "Chiều 27/5, tại trụ sở UBND tỉnh, Chủ tịch UBND tỉnh Quảng Ninh đã tiếp Đại sứ Hàn Quốc tại Việt Nam và đoàn "
        "công tác đến thăm, làm việc tại tỉnh.\n"
        "Tại buổi tiếp, Chủ tịch UBND tỉnh thông tin với Đại sứ về tình hình phát triển kinh tế - xã hội của tỉnh, "
        "đề nghị Đại sứ quán giới thiệu các doanh nghiệp Hàn Quốc có năng lực đến tìm hiểu, đầu tư tại tỉnh.\n"
        "Đại sứ cảm ơn lãnh đạo tỉnh đã dành thời gian tiếp đoàn, đánh giá cao môi trường đầu tư thông thoáng và "
        "tốc độ phát triển hạ tầng của tỉnh trong những năm gần đây.\n"
        "Thu Trang\n"
        "Cập nhật: 28/05/2024 16:45 | Lượt xem: 536"
    )
    cleaned, record = extract_from_text(text, "t.txt")
    assert cleaned.title == "Chủ tịch UBND tỉnh tiếp Đại sứ Hàn Quốc tại Việt Nam"
    assert record["published"] == "2024-05-28"
    assert record["start_date"] == "2024-05-27"


def test_two_days_given_in_brackets_with_va_are_the_visits_range():
    text = (
        TITLE
        + "BKT - Trong 2 ngày (22 và 23/8/2022), Đoàn công tác Bộ Ngoại giao đã thăm và làm việc tại tỉnh Đắk Lắk.\n"
        "Chiều 23/8, Đoàn có buổi làm việc với lãnh đạo tỉnh."
    )
    assert when(text)[:2] == ("2022-08-22", "2022-08-23")


def test_a_labelled_publication_line_under_the_story_beats_a_clock_with_its_time_above_the_title():
    title = "Sóc Trăng tổng kết công tác đối ngoại năm 2023"
    text = (
        "Thứ Hai, 09/03/2026 | 10:24 GMT+7\nCỔNG THÔNG TIN ĐIỆN TỬ\n" + title + "\n"
        "Chiều 17/1, UBND tỉnh tổ chức hội nghị tổng kết công tác đối ngoại năm 2023.\n"
        + "Năm 2023, tỉnh đã đón nhiều đoàn khách quốc tế và tổ chức nhiều đoàn đi công tác nước ngoài.\n" * 8
        + "Tác giả: Minh Tâm\nNgày đăng: 18/01/2024"
    )
    assert find_published(text, title=title)[0] == "2024-01-18"
    # a labelled line above the title stays the publication
    text = text.replace("Thứ Hai, 09/03/2026 | 10:24 GMT+7", "Cập nhật: 18/01/2024 10:24")
    assert find_published(text, title=title)[0] == "2024-01-18"


def test_a_portals_week_of_its_leaders_above_the_headline_gives_no_date_nor_people():
    from apps.ingest.pipeline import extract_from_text

    text = (
        "Cổng thông tin điện tử tỉnh Lai Châu - Tin hoạt động\nTin hoạt động\nHoạt động đối ngoại\n"
        "Tuần từ 01/12/2025 đến 07/12/2025\n"
        "- Thứ Ba (02/12): Chủ tịch UBND tỉnh làm việc với Ban Quản lý dự án các công trình giao thông của tỉnh.\n"
        "- Thứ Năm (04/12): Phó Chủ tịch UBND tỉnh Giàng Thị Hoa dự Lễ khai giảng lớp bồi dưỡng tiếng Lào.\n"
        "Phó Chủ tịch UBND tỉnh tiếp đoàn công tác tỉnh Phông Sa Lỳ (Lào)\n"
        "Chiều 22/8, tại trụ sở UBND tỉnh, đồng chí Tống Thanh Hải, Phó Chủ tịch UBND tỉnh đã tiếp đoàn công tác tỉnh "
        "Phông Sa Lỳ, nước CHDCND Lào."
    )
    cleaned, record = extract_from_text(text, "t.txt")
    assert cleaned.title == "Phó Chủ tịch UBND tỉnh tiếp đoàn công tác tỉnh Phông Sa Lỳ (Lào)"
    assert record["start_date"] is None and record["end_date"] is None
    assert "Giàng Thị Hoa" not in [o["name"] for o in record["officials"]]


def test_a_clock_above_the_title_dates_a_story_whose_years_hold_its_own():
    story = (
        "Hội nghị vận động viện trợ phi chính phủ nước ngoài\n"
        "Ngày 20/11, Sở Ngoại vụ tỉnh Sơn La tổ chức Hội nghị vận động viện trợ phi chính phủ nước ngoài năm 2019. "
        "Giai đoạn 2016 - 2019, các tổ chức đã viện trợ cho tỉnh hơn 5 triệu USD."
    )
    _cleaned, record = extract_from_text("Báo Sơn La\nThứ Năm, 21/11/2019\n" + story, "t.txt")
    assert record["start_date"] == "2019-11-20"
    # a clock of a later crawl, whose year the story never states, still gives none
    _cleaned, record = extract_from_text("Báo Sơn La\nThứ Sáu, 22/11/2024\n" + story, "t.txt")
    assert record["start_date"] is None


def test_a_wires_dateline_gives_way_to_the_storys_own_day_in_the_same_sentence():
    text = (
        "Lào Cai và châu Hồng Hà hội đàm\n"
        "Lào Cai, ngày 9/3 (TTXVN) - Ngày 8/3, Đoàn công tác tỉnh Lào Cai đã hội đàm với lãnh đạo châu Hồng Hà."
    )
    assert when(text, "2024-03-09")[:2] == ("2024-03-08", "2024-03-08")
    # alone, the wire's day is the story's
    text = "Lào Cai tiếp đoàn Vân Nam\nLào Cai, ngày 9/3 (TTXVN) - Chiều nay, lãnh đạo tỉnh tiếp đoàn tỉnh Vân Nam."
    assert when(text, "2024-03-09")[:2] == ("2024-03-09", "2024-03-09")


def test_the_new_year_a_visit_celebrates_gives_its_year_from_january_to_april():
    text = (
        "Đoàn đại biểu tỉnh An Giang chúc Tết tỉnh Takeo\n"
        "Nhân dịp Tết cổ truyền Chôl Chnăm Thmây năm 2019 của nhân dân Campuchia, trong hai ngày 11 và 12/4, Đoàn "
        "đại biểu tỉnh An Giang đã thăm, chúc Tết tỉnh Takeo."
    )
    assert when(text)[:2] == ("2019-04-11", "2019-04-12")
    # a December meeting that prepares the coming Tết is the year before's: no year from it
    text = (
        "An Giang chuẩn bị đón Tết\n"
        "Ngày 12/12, Sở Ngoại vụ họp với Tổng Lãnh sự quán Campuchia chuẩn bị các hoạt động Tết Nguyên đán Giáp Thìn 2024."
    )
    assert when(text)[0] is None


def test_a_relative_day_or_hom_with_its_date_written_without_brackets():
    text = TITLE + "Tối qua 22-9, tại Nhà hát thành phố, UBND thành phố tổ chức Lễ kỷ niệm 50 năm quan hệ ngoại giao."
    assert when(text, "2023-09-23")[:2] == ("2023-09-22", "2023-09-22")
    text = (
        TITLE + "Cao Bằng, 5/5 (TTXVN) - Đoàn đại biểu tỉnh Cao Bằng vừa kết thúc chuyến thăm thành phố Bách Sắc.\n"
        "Hôm 3/5, tại thành phố Bách Sắc, Đoàn đã hội đàm với lãnh đạo thành phố."
    )
    assert when(text, "2023-05-05")[0] in ("2023-05-03", "2023-05-05")
    assert when(text, "2023-05-05")[0] is not None


def test_yesterday_closing_the_lead_as_national_papers_write_it():
    text = (
        TITLE + "Đề nghị được Chủ tịch UBND tỉnh Kiên Giang đưa ra khi tiếp đoàn công tác thành phố Busan do Phó thị "
        "trưởng dẫn đầu, chiều qua tại TP Rạch Giá."
    )
    assert when(text, "2024-09-12")[:2] == ("2024-09-11", "2024-09-11")
    # "qua" inside the clause is no day
    text = TITLE + "Chủ tịch UBND tỉnh tiếp đoàn thành phố Busan, qua đó hai bên trao đổi về đường bay thẳng."
    assert when(text, "2024-09-12")[0] is None


def test_the_headline_and_the_lead_name_the_occasions_year_among_others_further_down():
    text = (
        "Lãnh đạo tỉnh tiếp đoàn thành phố Blois nhân dịp Festival Huế 2018\n"
        "Tối 30/4, bên lề Festival Huế 2018, Phó Chủ tịch UBND tỉnh đã tiếp đoàn thành phố Blois (Pháp).\n"
        "Festival Huế 2018 - lễ hội văn hóa lớn nhất của tỉnh, diễn ra từ ngày 28/4 đến 3/5.\n"
        "Hai bên thống nhất sẽ tiếp tục hợp tác tại Festival Huế 2020."
    )
    # the festival's own span is not the reception's
    assert when(text)[:2] == ("2018-04-30", "2018-04-30")
    text = (
        "Đoàn đại biểu tỉnh Tây Ninh chúc mừng 40 năm Ngày Chiến thắng chế độ diệt chủng\n"
        "Trong hai ngày 5 và 6-1, Đoàn đại biểu tỉnh Tây Ninh đã thăm tỉnh Svay Rieng nhân kỷ niệm 40 năm Ngày Chiến "
        "thắng chế độ diệt chủng Pol Pot (7/1/1979 – 7/1/2019).\n"
        "Hai bên cũng ôn lại kỷ niệm 51 năm quan hệ ngoại giao (24/6/1967 – 24/6/2018)."
    )
    assert when(text)[:2] == ("2019-01-05", "2019-01-06")


def test_a_lead_opening_with_today_and_a_lunar_day_takes_the_publication_day():
    text = (
        "Lãnh đạo tỉnh tiếp đoàn thành phố Bách Sắc sang chúc Tết\n"
        "Sáng nay, mùng 5 tháng Giêng năm Giáp Thìn, tại trụ sở Tỉnh ủy, Bí thư Tỉnh ủy tiếp đoàn đại biểu thành phố "
        "Bách Sắc (Trung Quốc).\n"
        "Năm 2023, hai bên đã tổ chức thành công Hội đàm định kỳ ngày 19/10/2023 tại thành phố Bách Sắc."
    )
    assert when(text, "2024-02-14")[:2] == ("2024-02-14", "2024-02-14")
    # yesterday, within the visit's span told further down: the span
    text = (
        "Quảng Bình và Khăm Muộn tăng cường hợp tác\n"
        "Chiều qua, tại thành phố Đồng Hới, lãnh đạo tỉnh Quảng Bình đã hội đàm với đoàn đại biểu tỉnh Khăm Muộn (Lào).\n"
        "Đoàn đại biểu tỉnh Khăm Muộn thăm và làm việc tại Quảng Bình từ ngày 23 đến 25/3."
    )
    assert when(text, "2022-03-25")[:2] == ("2022-03-23", "2022-03-25")


def test_an_outlets_place_prefix_before_today_is_not_read_as_yesterday():
    text = (
        "Lãnh đạo tỉnh tiếp đoàn tỉnh Văn Sơn sang chúc Tết\n"
        "TUYÊN QUANG - Sáng nay, mùng 5 tháng Giêng, Bí thư Tỉnh ủy tiếp đoàn đại biểu châu Văn Sơn (Trung Quốc).\n"
        "Năm 2023, hai bên đã tổ chức hội đàm định kỳ ngày 19/10/2023 tại châu Văn Sơn."
    )
    assert when(text, "2024-02-14")[:2] == ("2024-02-14", "2024-02-14")


@pytest.mark.parametrize(
    ("opening", "published", "day"),
    [
        ("Chiều thứ Ba tuần này", "2024-05-17", "2024-05-14"),  # the Friday's week: its Tuesday
        ("Sáng thứ Năm tuần trước", "2024-05-13", "2024-05-09"),
        ("Thứ Hai vừa qua", "2024-05-17", "2024-05-13"),
    ],
)
def test_a_weekday_named_from_the_publications_week_is_dated_from_it(opening, published, day):
    text = TITLE + f"{opening}, Phó Chủ tịch UBND tỉnh đã tiếp Tổng Lãnh sự Ấn Độ tại TP. Hồ Chí Minh."
    assert when(text, published) == (day, day, "day")
    assert "day_relative" in _doubt_codes(text, published)
    # a weekday of this week still ahead of the publication dates nothing
    assert when(TITLE + "Chiều thứ Sáu tuần này, tỉnh đã tiếp Tổng Lãnh sự.", "2024-05-15")[0] is None


def test_a_print_pages_time_of_printing_is_no_publication():
    text = "Ngày in: 02/02/2026 14:03\n" + TITLE + "Sáng 19-11, Đoàn công tác của Bộ Ngoại giao làm việc với tỉnh."
    assert find_published(text, title=TITLE.strip()) == (None, None)


def test_a_weekday_of_the_past_week_is_left_unread():
    # ("tuần qua": the week just ending or the one before, as the day of publication goes)
    assert when(TITLE + "Chiều thứ Ba tuần qua, Phó Chủ tịch UBND tỉnh đã tiếp Đại sứ Lào.", "2024-03-10")[0] is None


def test_a_stays_days_after_an_anniversarys_treaty_clause_are_no_documents_date():
    doc = make_doc(
        "Tiêu đề\n(Baonghean.vn) - Nhân dịp kỷ niệm 45 năm Ngày ký Hiệp ước Hữu nghị và Hợp tác Việt Nam - Lào, từ ngày 6 "
        "đến 8/9, Đoàn đại biểu cấp cao tỉnh Nghệ An đã thăm tỉnh Bôlykhămxay.", published="2022-09-08")
    out = extract_dates(doc)
    assert (out["start_date"], out["end_date"]) == ("2022-09-06", "2022-09-08")


def test_a_site_that_prints_its_publication_day_in_iso_form():
    for line in ("2025-08-21 06:45", "Ngày đăng: 2025-08-21 | Lượt xem: 312", "2025-08-21"):
        text = f"Tiêu đề của bài về An Giang\n{line}\nChiều 20/8, Phó Chủ tịch UBND tỉnh An Giang tiếp đoàn tỉnh Kampot."
        assert find_published(text, title="Tiêu đề của bài về An Giang")[0] == "2025-08-21", line
    # a code or a figure in the story is no day
    text = "Tiêu đề của bài\nTheo quyết định số 2025-08-21 của tỉnh, đoàn sẽ đi trong tháng."
    assert find_published(text, title="Tiêu đề của bài")[0] is None


def test_weekdays_or_a_week_with_the_range_in_brackets():
    for lead in ("Cuối tuần qua, từ thứ Sáu đến Chủ nhật (22-24/11), đoàn tỉnh Lai Châu thăm tỉnh Luông Nặm Thà.",
                 "Tuần qua (22 - 24/11), đoàn tỉnh Lai Châu thăm tỉnh Luông Nặm Thà."):
        assert when("Tiêu đề\n" + lead, "2024-11-25") == ("2024-11-22", "2024-11-24", "day"), lead


def test_the_lunar_years_name_between_spring_and_its_year():
    assert when("Tiêu đề\n(CBO) - Nhân dịp đầu Xuân Kỷ Hợi 2019, sáng 26/2, Phó Chủ tịch UBND tỉnh Cao Bằng hội đàm với đoàn "
                "thành phố Bách Sắc.") == ("2019-02-26", "2019-02-26", "day")
    # a day late in the year takes no year from the spring's
    assert when("Tiêu đề\nNhân dịp chuẩn bị đón Xuân Canh Tý 2020, sáng 26/11, Phó Chủ tịch UBND tỉnh tiếp đoàn tỉnh "
                "Ratanakiri.")[0] is None


def test_the_storys_own_year_over_a_clock_above_the_headline():
    page = ("Cổng thông tin điện tử tỉnh Lạng Sơn\nThứ Năm, 07/11/2019 | 15:22:08\nĐoàn công tác tỉnh Lạng Sơn chúc Tết thành "
            "phố Sùng Tả (Trung Quốc)\nNhân dịp đầu xuân Bính Thân 2016, ngày 18/2, đoàn công tác tỉnh Lạng Sơn do Phó Chủ tịch "
            "UBND tỉnh Đinh Hữu Khanh làm trưởng đoàn đã sang chúc Tết thành phố Sùng Tả.")
    assert extract_from_text(page, "t.txt")[1]["start_date"] == "2016-02-18"
    # under the headline the publication line is the story's: a story that disagrees with it keeps no year
    page = ("Cổng thông tin điện tử tỉnh Lạng Sơn\nĐoàn công tác tỉnh Lạng Sơn chúc Tết thành phố Sùng Tả (Trung Quốc)\n"
            "Thứ Năm, 07/11/2019 | 15:22:08\nNhân dịp đầu xuân Bính Thân 2016, ngày 18/2, đoàn công tác tỉnh Lạng Sơn do Phó "
            "Chủ tịch UBND tỉnh Đinh Hữu Khanh làm trưởng đoàn đã sang chúc Tết thành phố Sùng Tả.")
    assert extract_from_text(page, "t.txt")[1]["start_date"] is None


def test_a_since_date_in_a_lead_that_opens_with_today():
    text = ("Tiêu đề\nSáng nay, tại trụ sở UBND TPHCM, đoàn công tác Bộ Ngoại giao làm việc với lãnh đạo Thành phố về công tác "
            "đối ngoại sau khi hợp nhất tỉnh Bình Dương vào TP.HCM từ ngày 1/7/2025.")
    assert when(text, "2025-08-12") == ("2025-08-12", "2025-08-12", "day")


def test_ranges_of_weekdays_in_brackets_and_of_days_with_their_months_in_words():
    assert when("Tiêu đề\nTừ thứ Hai (8/7) đến thứ Tư (10/7), đoàn đại biểu tỉnh Nghệ An thăm tỉnh Xiêng Khoảng.",
                "2024-07-11") == ("2024-07-08", "2024-07-10", "day")
    assert when("Tiêu đề\nTừ ngày 29 tháng 9 đến ngày 2 tháng 10, đoàn công tác tỉnh thăm tỉnh Gyeongsangnam.",
                "2018-10-03") == ("2018-09-29", "2018-10-02", "day")


def test_a_publication_line_at_the_end_with_its_month_after_its_word():
    body = "Hai bên trao đổi về hợp tác đóng tàu, cơ khí chế tạo, đào tạo nghề và tiếp nhận lao động của tỉnh.\n" * 8
    text = ("Tiêu đề của bài\nNgày 1 tháng 10, đoàn làm việc với lãnh đạo tỉnh Gyeongsangnam.\n" + body + "Nguồn: Sở Ngoại vụ\n"
            "Cập nhật ngày: 03 Tháng 10, 2018\nLượt xem: 412")
    assert find_published(text, title="Tiêu đề của bài")[0] == "2018-10-03"


def test_a_name_ending_in_dang_is_no_publication_cue():
    text = ("Ủy ban Nhà nước về người Việt Nam ở nước ngoài làm việc với tỉnh Bạc Liêu\nSáng 12/10/2023, tại trụ sở UBND tỉnh, "
            "đoàn công tác Ủy ban Nhà nước về người Việt Nam ở nước ngoài do ông Vũ Hải Đăng, Phó Chủ nhiệm Ủy ban làm trưởng "
            "đoàn đã có buổi làm việc với tỉnh Bạc Liêu.")
    assert find_published(text, title=text.split("\n")[0])[0] is None
    assert extract_from_text(text, "t.txt")[1]["start_date"] == "2023-10-12"
    assert find_published("Tiêu đề\nĐăng ngày: 12/10/2023\nNội dung.", title="Tiêu đề")[0] == "2023-10-12"


def test_the_year_in_a_courses_name_and_after_a_fairs_acronym():
    assert when("Yên Bái: Hội nghị bồi dưỡng kiến thức đối ngoại năm 2020\nNgày 28/7, Ban Thường vụ Tỉnh ủy Yên Bái tổ chức Hội "
                "nghị bồi dưỡng kiến thức đối ngoại năm 2020 cho cán bộ chủ chốt.")[:2] == ("2020-07-28", "2020-07-28")
    assert when("Tiêu đề\nTừ ngày 12 đến 15/9, đoàn công tác tỉnh Hải Dương tham dự Hội chợ Trung Quốc - ASEAN (CAEXPO) lần "
                "thứ 15 năm 2018 tại thành phố Nam Ninh.")[:2] == ("2018-09-12", "2018-09-15")
    # a review names the year it reviews, held after it: no year from it
    assert when("Tiêu đề\nNgày 15/1, Sở Ngoại vụ tổ chức Hội nghị tổng kết công tác đối ngoại năm 2020.")[0] is None


def test_a_clock_above_the_headline_months_after_the_day_gives_no_year():
    page = ("Thứ Hai, 02/12/2024 08:15\nTrang chủ | Thời sự | Biên giới\nĐoàn công tác Bộ Ngoại giao làm việc tại Hà Giang\n"
            "Chiều 21/6, đoàn công tác Bộ Ngoại giao do Thứ trưởng Đoàn Minh Quân dẫn đầu đã làm việc với UBND tỉnh Hà Giang.")
    assert extract_from_text(page, "t.txt")[1]["start_date"] is None
    # days before, it is the story's publication line
    page = page.replace("02/12/2024", "22/06/2024")
    assert extract_from_text(page, "t.txt")[1]["start_date"] == "2024-06-21"


def test_a_numbered_documents_date_gives_no_year():
    text = ("Hội nghị tổng kết Nghị quyết 36\nNgày 2/5, UBND tỉnh tổ chức Hội nghị tổng kết 20 năm thực hiện Nghị quyết số "
            "36-NQ/TW ngày 26/3/2004 của Bộ Chính trị.\nDịp này, tỉnh tặng Bằng khen cho 12 tập thể.\nSóc Trăng, ngày 3/5/2024")
    assert when(text) == ("2024-05-02", "2024-05-02", "day")


def test_the_headline_copied_under_a_menu_dates_by_its_own_line_not_the_clock():
    text = ("Phó Chủ tịch UBND tỉnh Sóc Trăng tiếp Đại sứ Ba Lan\nBÁO ĐIỆN TỬ CHÍNH PHỦ\nThứ Hai, 07/12/2026\n"
            "Chính phủ | Chỉ đạo - Quyết định | Chính sách mới | Thời sự | Kinh tế | Đối ngoại | Địa phương | Podcast | Video\n"
            "Đối ngoại\n18/05/2022 10:15\nPhó Chủ tịch UBND tỉnh Sóc Trăng tiếp Đại sứ Ba Lan\n(Chinhphu.vn) - Chiều 17/5, Phó "
            "Chủ tịch UBND tỉnh Sóc Trăng Vương Quốc Nam tiếp Đại sứ Ba Lan tại Việt Nam.\n")
    record = extract_from_text(text, "t.txt")[1]
    assert (record["published"], record["start_date"]) == ("2022-05-18", "2022-05-17")


def test_a_review_of_a_periods_years_is_held_in_its_last():
    text = ("Tổng kết 5 năm hợp tác với tỉnh Hủa Phăn\nSáng 20/6, UBND tỉnh Thanh Hóa tổ chức hội nghị tổng kết 5 năm thực hiện "
            "thỏa thuận hợp tác với tỉnh Hủa Phăn (2018 - 2023). Thỏa thuận có hiệu lực từ ngày 1/7/2018.")
    assert when(text)[:2] == ("2023-06-20", "2023-06-20")


def test_the_outlets_clocked_line_under_the_related_stories_gives_the_year():
    text = ("Bồi dưỡng kiến thức đối ngoại cho cán bộ chủ chốt\nTrong 2 ngày 20-21/4, Sở Ngoại vụ tỉnh Yên Bái phối hợp với Học "
            "viện Ngoại giao tổ chức lớp bồi dưỡng kiến thức đối ngoại cho 80 cán bộ chủ chốt của tỉnh.\nPhó Chủ tịch UBND tỉnh "
            "Vũ Thị Hiền Hạnh dự khai giảng.\nTin khác:\n• Yên Bái tiếp đoàn công tác tổ chức JICA (09/03/2019)\n"
            "• Hội nghị triển khai công tác ngoại vụ năm 2019 (22/01/2019)\nBáo Yên Bái điện tử | Thứ hai, 22/04/2019 - 16:40\n")
    record = extract_from_text(text, "t.txt")[1]
    assert (record["start_date"], record["end_date"]) == ("2019-04-20", "2019-04-21")


def test_a_blog_platforms_post_line_with_its_author_is_the_publication():
    text = ("Thứ Hai, 18/11/2024\n20/04/2019 bởi bientap Tin hoạt động\nQuảng Trị – Savannakhet tăng cường hợp tác toàn diện\n"
            "Chiều 19/4, tại Trụ sở UBND tỉnh, Phó Chủ tịch UBND tỉnh Hà Sỹ Đồng đã tiếp Đoàn đại biểu tỉnh Savannakhet (Lào).\n")
    record = extract_from_text(text, "t.txt")[1]
    assert (record["published"], record["start_date"]) == ("2019-04-20", "2019-04-19")


def test_a_related_storys_own_clock_under_the_story_gives_no_year():
    text = ("Bồi dưỡng kiến thức đối ngoại cho cán bộ\nTrong 2 ngày 12-13/3, Sở Ngoại vụ tỉnh Yên Bái tổ chức lớp bồi dưỡng kiến "
            "thức đối ngoại cho 80 cán bộ của tỉnh trong năm 2024.\nTin liên quan:\n• Yên Bái tiếp đoàn JICA\n"
            "Thứ năm, 15/03/2018 - 17:02\n")
    assert extract_from_text(text, "t.txt")[1]["start_date"] != "2018-03-12"


def _dates_of(text):
    record = extract_from_text(text, "t.txt")[1]
    return record["start_date"], record["end_date"]


def test_yesterday_after_a_wires_place_and_day_is_the_day_before_the_wires():
    text = ("Thái Bình ký kết hợp tác với tỉnh Gyeongbuk (Hàn Quốc)\n08/11/2024 14:37\nSeoul, 8/11 (TTXVN) - Chiều qua, tại thành "
            "phố Andong, đoàn công tác tỉnh Thái Bình do ông Lại Văn Hoàn, Phó Chủ tịch UBND tỉnh làm trưởng đoàn và lãnh đạo "
            "tỉnh Gyeongbuk đã ký biên bản ghi nhớ hợp tác.")
    assert _dates_of(text) == ("2024-11-07", "2024-11-07")
    # (the wire's own day, when the page publishes it later)
    assert _dates_of(text.replace("08/11/2024 14:37", "10/11/2024 09:00")) == ("2024-11-07", "2024-11-07")


def test_both_sides_at_the_visits_work_the_next_day_end_it():
    text = ("Phú Yên ký kết hợp tác với tỉnh Tottori (Nhật Bản)\nThứ Sáu, 30/03/2018 - 20:05\nTokyo, 30/3 (TTXVN) - Tối 29/3 (giờ "
            "địa phương), tại thành phố Tottori, Phó Thống đốc tỉnh Tottori đã chủ trì tiệc chiêu đãi đoàn công tác tỉnh Phú Yên "
            "do ông Trần Hữu Thế, Phó Chủ tịch UBND tỉnh làm trưởng đoàn.\nÔng cho biết Tottori và Phú Yên có nhiều điểm tương "
            "đồng.\nSáng 30/3, hai bên đã ký kết biên bản ghi nhớ về hợp tác hữu nghị.")
    assert _dates_of(text) == ("2018-03-29", "2018-03-30")


def test_an_english_templates_publication_line_dates_the_story():
    text = ("HANOI NEWS ONLINE - Phiên bản tiếng Việt\nHải Phòng - Kitakyushu thúc đẩy hợp tác môi trường\nNov 20, 2015 9:08 PM\n"
            "Chiều 20/11, tại trụ sở UBND thành phố, Phó Chủ tịch UBND thành phố Hải Phòng Lê Khắc Nam đã tiếp đoàn đại biểu "
            "thành phố Kitakyushu (Nhật Bản) do ông Sato Ken, Phó Thị trưởng dẫn đầu.")
    record = extract_from_text(text, "t.txt")[1]
    assert record["published"] == "2015-11-20" and record["title"].startswith("Hải Phòng - Kitakyushu")
    assert (record["start_date"], record["end_date"]) == ("2015-11-20", "2015-11-20")


def test_a_lead_opening_from_a_day_tells_the_start_and_no_end():
    text = ("Đoàn công tác tỉnh Lạng Sơn thăm Cộng hòa Séc\n20/11/2024 09:15\n"
            "Từ ngày 17/11, Đoàn công tác tỉnh Lạng Sơn do Phó Chủ tịch UBND tỉnh Nông Thanh Bình dẫn đầu có chuyến công tác "
            "tại Cộng hòa Séc.")
    assert _dates_of(text) == ("2024-11-17", None)


def test_the_start_of_a_year_written_gives_the_year_of_a_january_range():
    text = ("Lai Châu thúc đẩy hợp tác với tỉnh Vân Nam\nNhân dịp đầu năm 2026, từ ngày 21 đến ngày 23/1, Đoàn công tác tỉnh "
            "Lai Châu do Phó Chủ tịch UBND tỉnh Vi Thị Hạnh dẫn đầu đã thăm và làm việc tại tỉnh Vân Nam (Trung Quốc).")
    assert _dates_of(text) == ("2026-01-21", "2026-01-23")


def test_this_morning_with_its_lunar_day_in_brackets_is_the_publication_day():
    text = ("Quảng Ngãi tiếp Tổng Lãnh sự Hàn Quốc\n15/02/2024 11:30\nSáng nay (mùng 6 Tết Giáp Thìn), tại trụ sở UBND tỉnh, "
            "Chủ tịch UBND tỉnh Quảng Ngãi Hà Đức Lâm đã tiếp Tổng Lãnh sự Hàn Quốc tại Đà Nẵng Park Jun-ho.")
    assert _dates_of(text) == ("2024-02-15", "2024-02-15")


_PHONGSALY = ("Đoàn công tác tỉnh Điện Biên thăm tỉnh Phông Sa Lỳ\n14/05/2025 10:00\nNgày 12/5, Đoàn công tác tỉnh Điện Biên do "
              "Phó Chủ tịch UBND tỉnh Lường Văn Xuân dẫn đầu đã hội đàm với lãnh đạo tỉnh Phông Sa Lỳ (Lào).\n")


def test_the_delegations_work_told_later_as_the_day_before_starts_the_visit():
    text = (_PHONGSALY + "Trước đó, chiều 11/5, đoàn đã làm thủ tục xuất cảnh tại Cửa khẩu quốc tế Tây Trang và làm việc với "
            "Ban Chỉ huy Đồn Biên phòng cửa khẩu.")
    assert _dates_of(text) == ("2025-05-11", "2025-05-12")


def test_the_day_before_at_another_vietnamese_province_is_another_stop():
    text = _PHONGSALY + "Trước đó, ngày 11/5, đoàn công tác đã làm việc với Ban Thường vụ Tỉnh ủy Sơn La về công tác đối ngoại."
    assert _dates_of(text) == ("2025-05-12", "2025-05-12")


def test_this_morning_after_a_wires_place_and_day_is_the_wires_day():
    text = ("Đoàn công tác Bộ Công Thương làm việc với tỉnh Quảng Nam\n26/03/2021 06:00 GMT+7\nTam Kỳ, 25/3 (TTXVN) - Sáng nay, "
            "đoàn công tác Bộ Công Thương do Thứ trưởng Lê Minh Khang dẫn đầu đã làm việc với UBND tỉnh Quảng Nam về hợp tác "
            "thương mại với tỉnh Gangwon (Hàn Quốc).")
    assert _dates_of(text) == ("2021-03-25", "2021-03-25")


def test_a_national_anniversary_counted_from_its_year_gives_the_year():
    text = ("Lãnh đạo tỉnh Bình Phước tiếp Tổng Lãnh sự Campuchia\nNgày 24/8, tại trụ sở UBND tỉnh, Chủ tịch UBND tỉnh Bình Phước "
            "Trần Văn Mi đã tiếp Tổng Lãnh sự Campuchia tại Thành phố Hồ Chí Minh nhân dịp kỷ niệm 79 năm Cách mạng Tháng Tám "
            "và Quốc khánh 2/9.")
    assert when(text) == ("2024-08-24", "2024-08-24", "day")


def test_the_lead_under_a_labelled_publication_line_below_the_menus_gives_the_day():
    text = ("Tỉnh Kon Tum tiếp Đoàn đại biểu tỉnh Attapeu\nThứ Tư, 09/04/2014\nTrang chủ\nGiới thiệu\nTin tức - Sự kiện\n"
            "Kon Tum đẩy mạnh xúc tiến du lịch với các tỉnh Nam Lào\nHội nghị triển khai nhiệm vụ công tác ngoại vụ của tỉnh năm "
            "2014\nLiên hệ\nNgày đăng: 09/04/2014 - 15:47 Số lần xem: 684\nSáng 9/4, tại Trụ sở UBND tỉnh, Phó Chủ tịch UBND "
            "tỉnh Kon Tum Nguyễn Đức Tuy đã tiếp Đoàn đại biểu tỉnh Attapeu (Lào) do ông Lê Văn Hùng, Phó Tỉnh trưởng dẫn đầu.")
    assert when(text) == ("2014-04-09", "2014-04-09", "day")


def test_a_merger_day_told_later_in_the_lead_is_no_day_of_the_activity():
    text = ("Tuyên Quang tiếp đoàn công tác châu Văn Sơn, tỉnh Vân Nam (Trung Quốc)\nThứ Hai, 12/01/2026 - 07:00\n"
            "Cuối tuần qua, lãnh đạo tỉnh Tuyên Quang đã tiếp đoàn công tác châu Văn Sơn, tỉnh Vân Nam (Trung Quốc) do ông Lý "
            "Kiến Quân, Phó Châu trưởng dẫn đầu. Tại buổi tiếp, Phó Chủ tịch UBND tỉnh Hoàng Minh Tuấn cho biết, sau khi hợp "
            "nhất với tỉnh Hà Giang (cũ) từ ngày 1/7/2025, tỉnh có đường biên giới dài hơn 270 km với Vân Nam và hai cặp cửa "
            "khẩu quốc tế.\nHai bên thống nhất tăng cường trao đổi đoàn và phối hợp quản lý biên giới.")
    assert _dates_of(text) == (None, None)


def test_a_span_of_weekdays_named_from_the_publications_week_is_dated_from_it():
    page = ("Đoàn công tác tỉnh Bắc Giang thăm tỉnh Gyeongbuk (Hàn Quốc)\nThứ Tư, 16/10/2024 - 08:30\n"
            "Từ thứ Hai đến thứ Tư tuần trước, đoàn công tác tỉnh Bắc Giang do Phó Chủ tịch UBND tỉnh Phan Thế Tuấn dẫn đầu "
            "đã thăm và làm việc tại tỉnh Gyeongbuk (Hàn Quốc).\nHai bên trao đổi về hợp tác đào tạo lao động kỹ thuật.")
    assert _dates_of(page) == ("2024-10-07", "2024-10-09")
    # days of this week still ahead of the publication date nothing
    assert _dates_of(page.replace("Từ thứ Hai đến thứ Tư tuần trước", "Từ thứ Năm đến thứ Bảy tuần này")) == (None, None)


def test_the_next_days_programme_abroad_told_as_still_ahead_leaves_the_end_unknown():
    text = ("Đoàn công tác tỉnh Nghệ An thăm và làm việc tại tỉnh Xiêng Khoảng (Lào)\nNgày đăng: 17/09/2025 - 20:45\nNgày 17/9, "
            "Đoàn công tác tỉnh Nghệ An do Phó Chủ tịch UBND tỉnh Hoàng Phú Hiền làm trưởng đoàn đã hội đàm với lãnh đạo tỉnh "
            "Xiêng Khoảng (Lào) do ông Xổm-phết Phăn-thạ-vông, Phó Tỉnh trưởng tỉnh làm trưởng đoàn.\nTại buổi hội đàm, hai bên "
            "đã trao đổi về kết quả hợp tác trong lĩnh vực giáo dục, y tế, thương mại và quản lý biên giới.\nTheo chương trình, "
            "ngày 18/9, Đoàn sẽ khảo sát một số dự án nông nghiệp tại thành phố Phonsavan trước khi trở về nước.")
    assert _dates_of(text) == ("2025-09-17", None)
    # (at home, the guests' sightseeing after the reception is no day of it: the reception's day is the end)
    home = ("Nghệ An tiếp đoàn tỉnh Xiêng Khoảng (Lào)\nNgày đăng: 17/09/2025 - 20:45\nNgày 17/9, tại trụ sở UBND tỉnh, Phó "
            "Chủ tịch UBND tỉnh Nghệ An Hoàng Phú Hiền đã tiếp Đoàn công tác tỉnh Xiêng Khoảng (Lào).\nTheo chương trình, ngày "
            "18/9, Đoàn sẽ thăm Khu di tích Kim Liên trước khi trở về nước.")
    assert _dates_of(home) == ("2025-09-17", "2025-09-17")


def test_a_weekday_just_past_after_a_sites_address_in_brackets_is_dated_from_the_publication_line():
    text = ("Thanh Hóa tiếp đoàn công tác tỉnh Hủa Phăn (Lào)\nThứ Hai, 09/12/2024 - 10:20\n(Baothanhhoa.vn) - Chiều thứ Năm "
            "vừa qua, tại trụ sở UBND tỉnh, Phó Chủ tịch UBND tỉnh Thanh Hóa Lê Văn Tường đã tiếp đoàn công tác tỉnh Hủa Phăn "
            "(Lào) do ông Khăm Say Vông Phết, Phó Tỉnh trưởng làm trưởng đoàn.\nHai bên trao đổi về phối hợp quản lý biên giới "
            "và phát triển thương mại qua cửa khẩu quốc tế Na Mèo.")
    assert _dates_of(text) == ("2024-12-05", "2024-12-05")


def test_a_whole_pages_clock_and_exchange_rates_under_its_site_title_give_way_to_the_lead_under_the_headline_again():
    text = ("Sở Ngoại vụ Bắc Ninh :: Đoàn công tác tỉnh Bắc Ninh thăm và làm việc tại bang Sachsen (Đức)\nThứ Ba, ngày 16 tháng "
            "08 năm 2022\nTrang chủ\nGiới thiệu\nTin tức - Sự kiện\nHợp tác quốc tế\nVăn bản\nLiên hệ\nTỷ giá\nUSD: 23.270\n"
            "EUR: 24.105\nJPY: 172,4\nĐoàn công tác tỉnh Bắc Ninh thăm và làm việc tại bang Sachsen (Đức)\nThực hiện Chương "
            "trình đối ngoại năm 2019 của tỉnh, từ ngày 17 đến 21/6, đoàn công tác tỉnh Bắc Ninh do đồng chí Nguyễn Hữu Thành, "
            "Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã thăm và làm việc tại bang Sachsen (Đức).\nTại thành phố Dresden, đoàn đã "
            "làm việc với Bộ Kinh tế, Lao động và Giao thông bang Sachsen về hợp tác đào tạo nghề và thu hút đầu tư vào các khu "
            "công nghiệp của tỉnh. Phía bạn cho biết nhiều doanh nghiệp cơ khí chính xác, vi mạch và năng lượng tái tạo của "
            "bang đang tìm kiếm địa điểm sản xuất tại Đông Nam Á.\nPhó Chủ tịch UBND tỉnh Nguyễn Hữu Thành giới thiệu với phía "
            "bạn về tiềm năng, thế mạnh của tỉnh, hệ thống hạ tầng giao thông kết nối với Thủ đô Hà Nội, cảng hàng không quốc "
            "tế Nội Bài và cảng biển Hải Phòng; đồng thời đề nghị bang Sachsen giới thiệu các doanh nghiệp có nhu cầu tìm hiểu, "
            "đầu tư vào các khu công nghiệp của Bắc Ninh.\nTại thành phố Leipzig, đoàn đã thăm Trường Cao đẳng nghề Leipzig, "
            "tìm hiểu mô hình đào tạo nghề kép và trao đổi về khả năng tiếp nhận học viên, lao động của tỉnh sang học tập, làm "
            "việc trong các ngành điều dưỡng, cơ khí và chế biến thực phẩm. Đoàn cũng đã gặp gỡ đại diện Hội người Việt Nam tại "
            "Leipzig và thăm một số doanh nghiệp của người Việt.\nKết thúc chuyến công tác, hai bên thống nhất giao các cơ quan "
            "chuyên môn xây dựng kế hoạch trao đổi đoàn doanh nghiệp trong năm 2020, phối hợp tổ chức hội thảo xúc tiến đầu tư "
            "và thúc đẩy hợp tác giữa các cơ sở giáo dục nghề nghiệp của hai địa phương trong thời gian tới.\nPhòng Hợp tác "
            "quốc tế\nCập nhật: 24/06/2019")
    assert _dates_of(text) == ("2019-06-17", "2019-06-21")


def test_the_next_day_written_in_brackets_before_the_visit_ends_goes_on_with_it():
    text = ("Hưng Yên - Gimhae ký kết hợp tác lao động thời vụ\nThứ Bảy, 16/12/2023 - 09:20\nSáng 14/12, Phó Chủ tịch UBND tỉnh "
            "Hưng Yên đã tiếp đoàn thành phố Gimhae (Hàn Quốc). Chiều cùng ngày, đoàn thăm các lao động thời vụ tại huyện Khoái "
            "Châu. Sáng hôm sau (15/12), đoàn đi thăm vùng trồng nhãn tại thành phố Hưng Yên trước khi kết thúc chuyến công tác.")
    record = extract_from_text(text, "t.txt")[1]
    assert (record["start_date"], record["end_date"]) == ("2023-12-14", "2023-12-15")


def test_a_year_named_for_two_countries_ties_gives_the_year():
    text = ("Đoàn đại biểu tỉnh Lai Châu thăm tỉnh Phông Sa Lỳ\nTừ ngày 25 đến 27/5, đoàn đại biểu cấp cao tỉnh Lai Châu do "
            "Bí thư Tỉnh ủy làm trưởng đoàn đã thăm và làm việc tại tỉnh Phông Sa Lỳ (Lào), nhân dịp Năm Đoàn kết hữu nghị Việt "
            "Nam - Lào 2022.")
    record = extract_from_text(text, "t.txt")[1]
    assert (record["start_date"], record["end_date"]) == ("2022-05-25", "2022-05-27")


def test_a_lone_weekday_counts_back_from_the_publication_day_and_six_months_reported_in_june():
    text = ("Bình Dương - Gimpo mở rộng hợp tác\nThứ Ba, 14/11/2023 | 16:05\n(BDO) - Sáng thứ Hai, tại Trung tâm Hành chính "
            "tỉnh, Phó Chủ tịch UBND tỉnh Bình Dương đã tiếp và làm việc với đoàn công tác thành phố Gimpo (Hàn Quốc).")
    assert extract_from_text(text, "t.txt")[1]["start_date"] == "2023-11-13"
    text = ("Ủy ban Biên giới quốc gia làm việc với tỉnh Cao Bằng\nNgày 23/6, đoàn công tác Ủy ban Biên giới quốc gia (Bộ Ngoại "
            "giao) đã làm việc với UBND tỉnh Cao Bằng. Theo báo cáo của tỉnh, 6 tháng đầu năm 2022, tình hình trên tuyến biên "
            "giới cơ bản ổn định.")
    assert extract_from_text(text, "t.txt")[1]["start_date"] == "2022-06-23"


def test_a_joomla_created_line_under_its_byline_dates_the_story_not_a_teaser_above_it():
    text = ("Hôm nay: Thứ hai, 07 Tháng 3 2016\nTin mới\nTiếp đoàn tổ chức JICA khảo sát dự án (ngày 05/11/2015)\nLãnh đạo tỉnh "
            "tiếp Tổng Lãnh sự Campuchia tại TP Hồ Chí Minh\nViết bởi Ngọc Diễm\nThứ sáu, 20 Tháng 11 2015 15:12\nSáng 20/11, tại "
            "Văn phòng UBND tỉnh, ông Lâm Văn Quới, Phó Chủ tịch UBND tỉnh Sóc Trăng đã tiếp ông Chan Sokha, Tổng Lãnh sự Campuchia "
            "tại TP Hồ Chí Minh.")
    record = extract_from_text(text, "t.txt")[1]
    assert record["title"].startswith("Lãnh đạo tỉnh tiếp") and record["start_date"] == "2015-11-20"


def test_yesterday_in_the_places_own_time_is_the_day_before_publication():
    text = ("Huế - Gimhae thúc đẩy hợp tác du lịch\nThứ Năm, 18/10/2018, 06:00 (GMT+7)\nChiều qua (giờ địa phương), tại thành phố "
            "Gimhae (Hàn Quốc), đoàn công tác tỉnh Thừa Thiên Huế do Phó Chủ tịch UBND tỉnh Nguyễn Văn Phúc dẫn đầu đã hội kiến "
            "Thị trưởng thành phố Gimhae.")
    record = extract_from_text(text, "t.txt")[1]
    assert (record["start_date"], record["end_date"]) == ("2018-10-17", "2018-10-17")
    text = text.replace("Chiều qua (giờ địa phương)", "Chiều qua (giờ Seoul)")
    assert extract_from_text(text, "t.txt")[1]["start_date"] == "2018-10-17"


def test_the_day_before_yesterday_and_yesterday_with_its_lunar_day_beside_it():
    text = ("Tổng Lãnh sự Australia thăm Bạc Liêu\nThứ Tư, 10/07/2019 - 15:20\n(BL) - Chiều hôm kia, tại Trụ sở UBND tỉnh, Chủ "
            "tịch UBND tỉnh Bạc Liêu đã tiếp bà Sarah Hooper, Tổng Lãnh sự Australia tại TP. Hồ Chí Minh.")
    assert extract_from_text(text, "t.txt")[1]["start_date"] == "2019-07-08"
    text = ("Lãnh đạo tỉnh Svay Rieng sang chúc Tết\nThứ Bảy, 25/01/2025 | 07:10\nChiều hôm qua (tức ngày 25 tháng Chạp năm Giáp "
            "Thìn), tại Trụ sở UBND tỉnh, Phó Chủ tịch UBND tỉnh Tây Ninh đã tiếp đoàn đại biểu tỉnh Svay Rieng (Campuchia).")
    assert extract_from_text(text, "t.txt")[1]["start_date"] == "2025-01-24"


def test_the_corpus_date_marker_alone_on_its_line_gives_the_year():
    text = (" date 2024-03\nCao Bằng - Bách Sắc thúc đẩy hợp tác du lịch\nNgày 22/3, tại thành phố Cao Bằng, Phó Chủ tịch UBND "
            "tỉnh Cao Bằng đã tiếp Đoàn công tác thành phố Bách Sắc (Trung Quốc).")
    assert extract_from_text(text, "t.txt")[1]["start_date"] == "2024-03-22"


def test_an_event_the_guests_invite_the_province_to_gives_no_year():
    text = ("Phó Chủ tịch UBND tỉnh Bình Dương tiếp Phó Thống đốc tỉnh Aichi\nChiều 5/4, Phó Chủ tịch UBND tỉnh Bình Dương đã tiếp "
            "đoàn công tác tỉnh Aichi (Nhật Bản) do Phó Thống đốc Sato Hiroshi dẫn đầu.\nÔng Sato Hiroshi mời tỉnh Bình Dương tham "
            "gia Triển lãm Thế giới Expo 2025 Osaka.")
    record = extract_from_text(text, "t.txt")[1]
    assert record["start_date"] is None
    # (a fair the province's delegation attends names its year)
    text = text.replace("mời tỉnh Bình Dương tham gia", "cùng đoàn tỉnh Bình Dương dự khai mạc")
    assert extract_from_text(text, "t.txt")[1]["start_date"] == "2025-04-05"


def test_a_day_written_in_words_alone_under_the_headline_is_the_publication_line():
    text = ("Đoàn công tác tỉnh Bắc Ninh thăm và làm việc tại Nhật Bản\nNgày 18 tháng 10 năm 2019\nTừ ngày 11 đến 16/10, đoàn "
            "công tác tỉnh Bắc Ninh do Chủ tịch UBND tỉnh Nguyễn Tử Quỳnh dẫn đầu đã thăm và làm việc tại tỉnh Chiba (Nhật Bản).")
    record = extract_from_text(text, "t.txt")[1]
    assert (record["start_date"], record["end_date"]) == ("2019-10-11", "2019-10-16")
    # (a day in words that opens the story is the activity's own)
    text = text.replace("Ngày 18 tháng 10 năm 2019\nTừ ngày 11 đến 16/10, đoàn", "Ngày 18 tháng 10 năm 2019, đoàn")
    assert extract_from_text(text, "t.txt")[1]["start_date"] == "2019-10-18"
