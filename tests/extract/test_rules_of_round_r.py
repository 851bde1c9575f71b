"""The extraction rules of rounds qz-rg: one test per rule, each sentence written for it (provincial news style)."""

from apps.ingest.pipeline import extract_from_text


def _record(text):
    return extract_from_text(text, "t.txt")[1]


def _asks(text):
    return [r["text"] for r in _record(text)["requests"]]


def _partners(text):
    return [p["name"] for p in _record(text)["partners"]]


def _officials(text):
    return [o["name"] for o in _record(text)["officials"]]


# --- People ---


def test_a_hmong_given_name_tinh_ends_a_name_while_tinh_uy_stays_the_partys_committee():
    text = ("Sáng 9/4/2024, UBND tỉnh Hà Giang tiếp đoàn đại biểu châu Văn Sơn (Trung Quốc) do ông Lý Minh Hoa, Phó Châu "
            "trưởng làm trưởng đoàn. Dự buổi tiếp có ông Giàng Seo Tỉnh, Phó Giám đốc Sở Ngoại vụ và ông Vàng Văn Lử, Bí thư "
            "Tỉnh ủy Hà Giang.")
    names = _officials(text)
    assert "Giàng Seo Tỉnh" in names and "Vàng Văn Lử" in names, names
    assert not any(n.endswith("Tỉnh ủy") or n == "Giàng Seo" for n in names), names


# --- Dates ---


def test_a_day_with_its_month_in_figures_after_a_time_of_day_and_no_ngay_is_read():
    text = ("Điện Biên: Ban Đối ngoại Trung ương làm việc với Tỉnh ủy\nChiều 12 tháng 8 năm 2022, đoàn công tác Ban Đối ngoại "
            "Trung ương do đồng chí Lê Hoài Nam, Phó Trưởng ban làm trưởng đoàn đã làm việc với Ban Thường vụ Tỉnh ủy Điện Biên "
            "về công tác đối ngoại của tỉnh.")
    record = _record(text)
    assert (record["start_date"], record["end_date"]) == ("2022-08-12", "2022-08-12"), (record["start_date"], record["end_date"])


def test_a_month_written_in_words_with_a_capital_is_read_and_nine_months_of_a_year_is_no_month():
    text = ("Cần Thơ tiếp Tổng Lãnh sự Nhật Bản\nSáng thứ Tư, ngày 8 tháng Năm năm 2019, Chủ tịch UBND thành phố Cần Thơ Trần "
            "Việt Trường đã tiếp ông Kawae Akihiro, Tổng Lãnh sự Nhật Bản tại Thành phố Hồ Chí Minh đến chào xã giao.")
    record = _record(text)
    assert record["start_date"] == "2019-05-08", record["start_date"]
    later = _record(text.replace("ngày 8 tháng Năm năm 2019", "ngày 15 tháng Mười Một năm 2019"))
    assert later["start_date"] == "2019-11-15", later["start_date"]
    # ("trong 9 tháng năm 2019": the months of a report, no day of the occasion)
    review = _record(text.replace("Sáng thứ Tư, ngày 8 tháng Năm năm 2019, ", "Trong 9 tháng năm 2019, "))
    assert review["start_date"] is None, review["start_date"]


def test_a_weekday_after_ngay_or_vao_with_its_day_opens_the_lead_but_a_bare_weekday_line_stays_a_clock():
    base = ("Sơn La triển khai nhiệm vụ thông tin đối ngoại năm 2024\n15/03/2024 08:10\n{opening}, Ban Chỉ đạo công tác "
            "thông tin đối ngoại tỉnh Sơn La tổ chức hội nghị triển khai nhiệm vụ năm 2024. Phó Chủ tịch UBND tỉnh Cầm Văn "
            "Chinh, Trưởng Ban Chỉ đạo chủ trì hội nghị.")
    for opening in ("Vào ngày thứ Năm, 14/3", "Ngày thứ Năm, 14/3", "Vào thứ Năm, 14/3"):
        record = _record(base.format(opening=opening))
        assert record["is_activity"] and record["start_date"] == "2024-03-14", (opening, record["is_activity"], record["start_date"])
    bare = _record(base.format(opening="Thứ Năm, 14/3"))
    assert bare["start_date"] is None, bare["start_date"]


# --- Is it an activity; which kind ---


def test_a_border_guards_own_anniversary_is_no_activity_unless_a_foreign_side_comes_to_it():
    text = ("Bộ đội Biên phòng tỉnh Kon Tum kỷ niệm 65 năm Ngày truyền thống\nSáng 3/3/2024, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kon "
            "Tum tổ chức Lễ kỷ niệm 65 năm Ngày truyền thống Bộ đội Biên phòng và 35 năm Ngày Biên phòng toàn dân. Dự buổi lễ có "
            "đồng chí Nguyễn Văn Hòa, Phó Chủ tịch UBND tỉnh. Các lực lượng đã giữ vững chủ quyền, an ninh biên giới.")
    assert _record(text)["is_activity"] is False
    guests = text.replace("Dự buổi lễ có", "Dự buổi lễ có đoàn Bộ Chỉ huy Quân sự tỉnh Attapeu (Lào) do Đại tá Khamla Phommachanh "
                          "dẫn đầu và")
    assert _record(guests)["is_activity"] is True


def test_a_delegation_at_a_capitalised_autonomous_region_named_with_its_people_is_abroad():
    text = ("Lạng Sơn đề nghị Quảng Tây mở rộng thông quan\nNgày 14/5/2024, đoàn đại biểu tỉnh Lạng Sơn do ông Hồ Tiến Thiệu, Chủ "
            "tịch UBND tỉnh dẫn đầu đã thăm và làm việc tại Khu tự trị dân tộc Choang Quảng Tây. Tại buổi hội đàm với ông Vi Thao, "
            "Phó Chủ tịch Chính quyền Khu tự trị, ông Thiệu đề nghị hai bên mở rộng thí điểm cửa khẩu thông minh.")
    assert _record(text)["kind"] == "outbound_delegation"


# --- Asks ---


def test_the_provinces_own_promise_in_a_clause_after_a_semicolon_ends_its_ask():
    text = ("Quảng Trị hội đàm với tỉnh Savannakhet\nNgày 10/6/2024, tại thành phố Kaysone Phomvihane, đoàn đại biểu tỉnh Quảng "
            "Trị do ông Võ Văn Hưng, Chủ tịch UBND tỉnh dẫn đầu đã hội đàm với lãnh đạo tỉnh Savannakhet (Lào). Ông Hưng đề nghị "
            "tỉnh Savannakhet tạo điều kiện cho doanh nghiệp Quảng Trị đầu tư trồng cây ăn quả; tỉnh Quảng Trị cũng sẽ tạo điều "
            "kiện thuận lợi cho doanh nghiệp Savannakhet đến tìm hiểu thị trường.")
    asks = _asks(text)
    assert any("trồng cây ăn quả" in a for a in asks), asks
    assert not any("đến tìm hiểu thị trường" in a for a in asks), asks


# --- Partners ---


def test_a_list_of_localities_after_their_kind_word_and_what_they_are_shares_the_kind_word():
    text = ("Kiên Giang tiếp đoàn tỉnh Kampot\nSáng 5/6/2024, Chủ tịch UBND tỉnh Kiên Giang Lâm Minh Thành tiếp đoàn đại biểu "
            "tỉnh Kampot (Campuchia). Ông Thành cho biết, Kiên Giang có quan hệ hợp tác với 3 tỉnh giáp biên Kampot, Kep và "
            "Takeo.")
    assert {"Kampot", "Kep", "Takeo"} <= set(_partners(text)), _partners(text)


def test_the_hmong_family_name_ly_before_a_hmong_middle_name_while_bo_ly_kham_xay_stays_a_lao_province():
    text = ("Hà Giang thăm châu Văn Sơn\nNgày 12/5/2016, đoàn đại biểu tỉnh Hà Giang do bà Vàng Thị Mai, Phó Chủ tịch UBND tỉnh "
            "dẫn đầu đã sang thăm và làm việc tại châu Văn Sơn, tỉnh Vân Nam (Trung Quốc). Tham gia đoàn có đồng chí Nguyễn Văn "
            "Sơn, Giám đốc Sở Ngoại vụ; Thượng tá Ly Seo Chúng, Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh.")
    assert "Ly Seo Chúng" in _officials(text), _officials(text)
    lao = ("Hà Tĩnh hội đàm với tỉnh Bô Ly Khăm Xay\nChiều 15/8/2024, tại thành phố Pắc Xan, Phó Tỉnh trưởng tỉnh Bô Ly Khăm Xay "
           "Khăm Sẻng Phôm Vi Xay đã tiếp đoàn công tác tỉnh Hà Tĩnh do ông Lê Ngọc Châu, Phó Chủ tịch UBND tỉnh dẫn đầu.")
    names = _officials(lao) + [_record(lao)["lead"]["name"]]
    assert "Khăm Sẻng Phôm Vi Xay" in names and "Vi Xay" not in names, names
    assert "Bô Ly Khăm Xay" in _partners(lao), _partners(lao)


def test_a_vietnamese_name_after_a_commune_whose_name_opens_like_a_country_keeps_its_family_name():
    text = ("Quảng Trị hội đàm với tỉnh Savannakhet\nNgày 20/3/2024, tại thành phố Đông Hà, Phó Chủ tịch UBND tỉnh Quảng Trị "
            "Hoàng Nam hội đàm với đoàn đại biểu tỉnh Savannakhet (Lào). Dự hội đàm có Chủ tịch UBND xã Lao Bảo Hồ Văn Mão và "
            "Trưởng Ban Quản lý Khu kinh tế tỉnh Lê Hữu Phước.")
    names = _officials(text)
    assert "Hồ Văn Mão" in names and not any(n.startswith("Bảo") for n in names), names


# --- The review of these rules (85 probes, 12 misfires): each mend ---


def test_a_lunar_day_written_with_its_month_in_words_or_figures_is_no_calendar_day():
    text = ("Phú Thọ đón đoàn Đại sứ quán Ấn Độ dự Giỗ Tổ\nThứ Năm, 18/04/2024 10:30\nSáng 10 tháng Ba âm lịch, tại Khu di tích lịch sử Đền Hùng, Phó Chủ "
            "tịch UBND tỉnh Phú Thọ Nguyễn Thanh Hải đã tiếp đoàn Đại sứ quán Ấn Độ do Đại sứ Sandeep Arya dẫn đầu.")
    assert _record(text)["start_date"] is None, _record(text)["start_date"]


def test_a_force_day_keeps_its_foreign_guests_named_after_the_home_ones():
    text = ("Bộ đội Biên phòng Điện Biên kỷ niệm 65 năm Ngày truyền thống\nSáng 1/3/2024, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Điện "
            "Biên tổ chức Lễ kỷ niệm 65 năm Ngày truyền thống Bộ đội Biên phòng. Dự buổi lễ có ông Lê Thành Đô, Chủ tịch UBND tỉnh. "
            "Đến dự và chúc mừng còn có đoàn đại biểu Bộ Chỉ huy Quân sự tỉnh Phông Sa Lỳ (Lào) do Đại tá Bounmy Phommachanh dẫn đầu.")
    assert _record(text)["is_activity"] is True


def test_the_provinces_promise_does_not_end_an_ask_that_goes_on_after_it():
    text = ("Bình Phước tiếp đoàn tỉnh Kratie\nNgày 20/8/2024, Chủ tịch UBND tỉnh Bình Phước Trần Tuệ Hiền tiếp đoàn đại biểu tỉnh "
            "Kratie (Campuchia). Ông Hiền đề nghị tỉnh Kratie phối hợp chặt chẽ trong công tác tìm kiếm, quy tập hài cốt liệt sĩ; "
            "tỉnh Bình Phước sẵn sàng hỗ trợ kinh phí, đồng thời đề nghị phía bạn cung cấp thông tin về các khu vực mộ tập thể.")
    asks = " ".join(_asks(text))
    assert "quy tập hài cốt" in asks and "cung cấp thông tin" in asks, asks


def test_a_lists_kind_word_shares_only_with_what_the_localities_are_not_with_where_tourists_come_from():
    text = ("Nghệ An tiếp đoàn tỉnh Udon Thani\nNgày 9/8/2024, Phó Chủ tịch UBND tỉnh Nghệ An Bùi Đình Long tiếp đoàn đại biểu tỉnh "
            "Udon Thani (Thái Lan). Ông Long cho biết, du khách Thái Lan đến tỉnh chủ yếu từ Udon Thani, Nan và Loei.")
    assert not {"Nan", "Loei"} & set(_partners(text)), _partners(text)


def test_a_delegation_that_works_at_an_autonomous_region_is_abroad_but_not_at_the_viet_bac_of_old():
    text = ("Lào Cai làm việc với Khu tự trị Nội Mông\nNgày 12/4/2024, đoàn công tác tỉnh Lào Cai do ông Trịnh Xuân Trường, Chủ "
            "tịch UBND tỉnh dẫn đầu đã làm việc tại Khu tự trị Nội Mông về hợp tác nông nghiệp.")
    assert _record(text)["kind"] == "outbound_delegation"
    old = ("Bắc Kạn thăm lại chiến khu xưa\nTừ ngày 9 đến 11/5/2024, đoàn công tác tỉnh Bắc Kạn do ông Nguyễn Đăng Bình, Chủ tịch "
           "UBND tỉnh dẫn đầu đã thăm lại các di tích tại Khu tự trị Việt Bắc cũ, cùng đoàn Đại sứ quán Lào.")
    assert _record(old)["kind"] != "outbound_delegation"


# --- Rounds rh-ru, after the first rules of the batch ---


def test_a_delegation_that_goes_across_to_attend_a_meeting_or_attends_a_ceremony_at_a_foreign_place_is_abroad():
    across = ("Hội nghị giao ban biên giới giữa tỉnh Lai Châu và tỉnh Phông Sa Lỳ năm 2024\nTừ ngày 10 - 12/6/2024, Đoàn công tác "
              "tỉnh Lai Châu do đồng chí Tống Thanh Hải, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã sang dự Hội nghị giao ban định kỳ "
              "giữa tỉnh Lai Châu (Việt Nam) và tỉnh Phông Sa Lỳ (Lào), tổ chức tại thị xã Phông Sa Lỳ.")
    assert _record(across)["kind"] == "outbound_delegation"
    ceremony = ("Tây Ninh bàn giao trường học cho tỉnh Svay Rieng\nNgày 12/9/2024, Đoàn công tác tỉnh Tây Ninh do đồng chí Nguyễn Thanh "
                "Ngọc, Chủ tịch UBND tỉnh làm trưởng đoàn đã dự Lễ bàn giao Trường tiểu học Hữu nghị tại huyện Svay Teap, tỉnh Svay "
                "Rieng (Vương quốc Campuchia).")
    assert _record(ceremony)["kind"] == "outbound_delegation"


def test_a_ministry_that_inspects_something_at_the_province_is_a_central_delegation():
    text = ("Bộ Quốc phòng kiểm tra công tác chuẩn bị giao lưu quốc phòng biên giới\nNgày 10/3/2026, Đoàn công tác Bộ Quốc phòng do "
            "Trung tướng Hoàng Văn Lâm, Thứ trưởng Bộ Quốc phòng làm trưởng đoàn đã kiểm tra công tác chuẩn bị Giao lưu hữu nghị "
            "quốc phòng biên giới Việt Nam – Trung Quốc tại tỉnh Cao Bằng.")
    assert _record(text)["kind"] == "central_delegation"


def test_the_border_guards_spring_programme_for_the_villages_is_no_activity():
    text = ("\"Xuân Biên phòng ấm lòng dân bản\" tại xã biên giới Sì Lở Lầu\nCập nhật: 14/01/2025 10:20\nNgày 12/1, Đồn Biên phòng "
            "Sì Lở Lầu (Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lai Châu) phối hợp với UBND xã Sì Lở Lầu tổ chức chương trình \"Xuân Biên "
            "phòng ấm lòng dân bản\" năm 2025. Tham dự chương trình có Thượng tá Giàng A Tủa, Đồn trưởng Đồn Biên phòng Sì Lở Lầu "
            "cùng người dân các bản biên giới.\nCác cán bộ, chiến sĩ cùng người dân giao lưu văn nghệ, gói bánh chưng.")
    assert _record(text)["is_activity"] is False


def test_an_autonomous_prefecture_named_with_each_peoples_word_is_its_partner():
    text = ("Lào Cai làm việc với địa phương bạn Trung Quốc\nNgày 22/10/2025, đoàn công tác tỉnh Lào Cai do ông Trịnh Xuân Trường, Bí thư Tỉnh ủy "
            "dẫn đầu đã làm việc với lãnh đạo châu tự trị dân tộc Cáp Nhì, dân tộc Di Hồng Hà. Tại buổi làm việc, ông Trương Diệu Quân, Bí "
            "thư Châu ủy Hồng Hà bày tỏ mong muốn hai bên tăng cường hợp tác.")
    assert "Hồng Hà" in _partners(text), _partners(text)


# --- Rounds rv-sa ---


def test_a_papers_name_with_a_dash_over_its_clock_is_the_masthead_not_the_headline():
    text = ("Báo Bà Rịa - Vũng Tàu điện tử\nChính trị › Xây dựng Đảng\nThứ Tư, 28/10/2020 | 21:10\n\nĐoàn công tác Ban Đối ngoại "
            "Trung ương làm việc tại Bà Rịa - Vũng Tàu\n\nBR-VT - Chiều 27/10, Đoàn công tác Ban Đối ngoại Trung ương do đồng chí "
            "Nguyễn Văn Hào, Phó Trưởng Ban làm trưởng đoàn đã làm việc với Ban Thường vụ Tỉnh ủy về công tác đối ngoại.")
    record = _record(text)
    assert record["title"].startswith("Đoàn công tác"), record["title"]
    assert (record["is_activity"], record["start_date"]) == (True, "2020-10-27"), (record["is_activity"], record["start_date"])


def test_a_tet_visit_to_a_border_post_whose_report_names_its_work_with_the_neighbours_forces_is_no_activity():
    text = ("Phó Bí thư Tỉnh ủy thăm, chúc Tết cán bộ, chiến sĩ Đồn Biên phòng cửa khẩu Cầu Treo\nCập nhật lúc 16:52, Thứ Sáu, "
            "02/02/2024\nChiều 2/2, Phó Bí thư Tỉnh ủy Hà Tĩnh Hoàng Trung Dũng cùng đoàn công tác của tỉnh đã đến thăm, chúc Tết cán "
            "bộ, chiến sĩ Đồn Biên phòng cửa khẩu Cầu Treo.\nBáo cáo với đoàn, Thiếu tá Lê Văn Bình, Đồn trưởng cho biết, năm 2023 "
            "đơn vị đã phối hợp chặt chẽ với lực lượng chức năng nước bạn Lào tuần tra, kiểm soát biên giới.")
    assert _record(text)["is_activity"] is False
    # (the neighbours' forces who come to the post are a party to it)
    met = text + "\nDịp này, đoàn đã gặp gỡ, chúc Tết đoàn cán bộ Đồn Công an Nậm Phao (Lào) sang giao lưu."
    assert _record(met)["is_activity"] is True


def test_a_departments_course_for_foreign_invested_firms_at_home_is_no_activity():
    text = ("Tập huấn pháp luật thuế cho doanh nghiệp có vốn đầu tư nước ngoài\nBáo Bắc Ninh | 26/04/2024 - 15:10\nNgày 26/4, Sở "
            "Tài chính tỉnh Bắc Ninh phối hợp với Ban Quản lý các khu công nghiệp tỉnh tổ chức hội nghị tập huấn, phổ biến pháp "
            "luật thuế cho gần 300 đại diện các doanh nghiệp có vốn đầu tư nước ngoài trên địa bàn tỉnh.")
    assert _record(text)["is_activity"] is False


def test_another_provinces_way_or_experience_with_a_foreign_locality_names_no_partner():
    text = ("Lạng Sơn hội đàm với thành phố Sùng Tả\nNgày 3/3/2025, tại thành phố Sùng Tả, đoàn đại biểu tỉnh Lạng Sơn do ông Hồ "
            "Tiến Thiệu, Chủ tịch UBND tỉnh dẫn đầu đã hội đàm với lãnh đạo thành phố Sùng Tả (Quảng Tây, Trung Quốc). Ông Thiệu "
            "nhắc lại kinh nghiệm hợp tác của tỉnh Cao Bằng với thành phố Bách Sắc trong phát triển du lịch.")
    assert "Bách Sắc" not in _partners(text) and "Sùng Tả" in _partners(text), _partners(text)
    told = ("Hà Tĩnh thăm tỉnh Bolikhamxay\nNgày 10/1/2024, đoàn đại biểu tỉnh Hà Tĩnh do ông Võ Trọng Hải, Chủ tịch UBND tỉnh dẫn "
            "đầu đã hội đàm với lãnh đạo tỉnh Bolikhamxay (Lào). Hai bên nhất trí khai thác tốt Quốc lộ 8, tương tự như cách tỉnh "
            "Quảng Trị và tỉnh Savannakhet đã làm với Hành lang kinh tế Đông - Tây.")
    assert "Savannakhet" not in _partners(told) and "Bolikhamxay" in _partners(told), _partners(told)


def test_an_update_line_with_its_month_in_words_and_a_place_dated_letter_line_are_publication_lines():
    text = ("Báo Bình Dương điện tử\nCập nhật ngày 9 tháng Mười Một năm 2024, 10:20\n\nĐoàn công tác tỉnh Bình Dương làm việc tại "
            "thành phố Daegu (Hàn Quốc)\n\nTừ ngày 4 đến ngày 8 tháng Mười Một, đoàn công tác tỉnh Bình Dương do ông Trương Đức Lâm, "
            "Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã thăm và làm việc tại thành phố Daegu, Hàn Quốc.")
    record = _record(text)
    assert (record["published"], record["start_date"], record["end_date"]) == ("2024-11-09", "2024-11-04", "2024-11-08"), record
    letter = ("Hà Nội, ngày 15 tháng 11 năm 2025\n\nĐoàn đại biểu thành phố Hà Nội thăm và làm việc tại Pháp\n\nTrong các ngày từ 10 "
              "đến 14/11, đoàn đại biểu thành phố Hà Nội do ông Nguyễn Văn Phong, Phó Chủ tịch UBND thành phố làm trưởng đoàn đã thăm "
              "và làm việc tại vùng Île-de-France (Pháp).")
    dated = _record(letter)
    assert (dated["published"], dated["start_date"]) == ("2025-11-15", "2025-11-10"), (dated["published"], dated["start_date"])


def test_a_masters_degree_written_without_its_dot_is_no_part_of_the_name():
    text = ("Sở Ngoại vụ Bình Định tập huấn kiến thức đối ngoại\nNgày 4/8/2016, Sở Ngoại vụ tỉnh Bình Định tổ chức lớp tập huấn kiến "
            "thức đối ngoại cho cán bộ các sở, ngành. Phó Chủ tịch UBND tỉnh Trần Châu dự khai mạc. Báo cáo viên là ThS Đoàn Thị "
            "Hương, giảng viên Học viện Ngoại giao, giới thiệu về công tác lễ tân đối ngoại.")
    names = _officials(text) + [(_record(text)["lead"] or {}).get("name")]
    assert "Đoàn Thị Hương" in names and not any(n and n.startswith("ThS") for n in names), names


def test_a_wish_to_carry_the_ties_just_told_higher_or_to_learn_from_a_countrys_places_is_general():
    base = ("Bắc Ninh tiếp Đại sứ Hàn Quốc\nNgày 20/11/2025, Chủ tịch UBND tỉnh Bắc Ninh Vương Quốc Tuấn tiếp Đại sứ Hàn Quốc Choi "
            "Young-sam. Ông Tuấn cho biết tỉnh Bắc Giang (cũ) đã có quan hệ hữu nghị với tỉnh Chungcheongnam và {wish}")
    for wish in ("mong muốn kế thừa, phát triển mối quan hệ này lên tầm cao mới.", "mong muốn kế thừa và mở rộng nội dung hợp tác này.",
                 "mong muốn học hỏi kinh nghiệm từ các địa phương phát triển của Hàn Quốc."):
        assert _asks(base.format(wish=wish)) == [], (wish, _asks(base.format(wish=wish)))
    asked = base.format(wish="đề nghị Đại sứ quán hỗ trợ kết nối lại quan hệ với tỉnh Chungcheongnam.")
    assert any("Chungcheongnam" in a for a in _asks(asked)), _asks(asked)
