"""The extraction rules of round t2: one test per rule, each sentence written for it (provincial news style)."""

from apps.ingest.pipeline import extract_from_text


def _record(text):
    return extract_from_text(text, "t.txt")[1]


def _asks(text):
    return [r["text"] for r in _record(text)["requests"]]


def _partners(text):
    return [p["name"] for p in _record(text)["partners"]]


def _officials(text):
    return [o["name"] for o in _record(text)["officials"]]


# --- Activity: plans told, not held ---


def test_a_headline_that_sap_to_chuc_over_a_plan_with_no_day_is_no_activity():
    text = (
        "Tỉnh Quảng Bình sắp tổ chức giao lưu hữu nghị với các tỉnh Lào\nThứ Tư, 17/04/2024 | 08:15\nTheo kế hoạch "
        "vừa được UBND tỉnh Quảng Bình ban hành, chương trình giao lưu hữu nghị giữa tỉnh với các tỉnh Khăm Muồn, "
        "Savannakhet và Bolikhamxay (Lào) năm 2024 gồm các hoạt động giao lưu văn hóa, thể thao và gặp mặt giữa lãnh "
        "đạo các tỉnh. Sở Ngoại vụ được giao chủ trì, phối hợp với các sở, ngành liên quan chuẩn bị nội dung các "
        "buổi làm việc với các đoàn."
    )
    assert _record(text)["is_activity"] is False, _record(text)["kind"]
    # (the exchange reported with its day under a headline that tells it held: passes on both trees)
    held = (
        "Tỉnh Quảng Bình tổ chức giao lưu hữu nghị với các tỉnh Lào\nThứ Tư, 17/04/2024 | 08:15\nTối 16/4, tại thành "
        "phố Đồng Hới, UBND tỉnh Quảng Bình tổ chức chương trình giao lưu hữu nghị giữa tỉnh với các tỉnh Khăm Muồn, "
        "Savannakhet và Bolikhamxay (Lào). Chương trình gồm các tiết mục văn nghệ đặc sắc của hai nước và buổi gặp "
        "mặt giữa lãnh đạo các tỉnh. Phát biểu tại buổi gặp mặt, Chủ tịch UBND tỉnh Trần Thắng khẳng định tình hữu "
        "nghị đặc biệt giữa các tỉnh ngày càng bền chặt."
    )
    assert _record(held)["is_activity"] is True, _record(held)["kind"]


def test_a_forum_se_to_chuc_over_a_plans_dated_lead_with_no_publication_line_is_no_activity():
    text = (
        "Kon Tum sẽ tổ chức Diễn đàn hợp tác kinh tế với các tỉnh Nam Lào\nTheo kế hoạch vừa được UBND tỉnh ban "
        "hành, Diễn đàn hợp tác kinh tế giữa tỉnh Kon Tum với các tỉnh Attapeu, Sê Kông và Champasak (Lào) dự kiến "
        "diễn ra trong 2 ngày 20 - 21/11/2023 tại thành phố Kon Tum. Diễn đàn nhằm giới thiệu tiềm năng, cơ hội đầu "
        "tư và kết nối doanh nghiệp hai bên trong các lĩnh vực nông nghiệp, thương mại và du lịch. Sở Kế hoạch và "
        "Đầu tư được giao chủ trì chuẩn bị nội dung các buổi làm việc."
    )
    assert _record(text)["is_activity"] is False, (_record(text)["kind"], _record(text)["start_date"])
    # (the forum reported as held on its day: passes on both trees)
    held = (
        "Kon Tum tổ chức Diễn đàn hợp tác kinh tế với các tỉnh Nam Lào\nThứ Ba, 21/11/2023 | 17:30\nNgày 20/11, tại "
        "thành phố Kon Tum, UBND tỉnh Kon Tum tổ chức Diễn đàn hợp tác kinh tế giữa tỉnh với các tỉnh Attapeu, Sê "
        "Kông và Champasak (Lào). Diễn đàn nhằm giới thiệu tiềm năng, cơ hội đầu tư và kết nối doanh nghiệp hai bên "
        "trong các lĩnh vực nông nghiệp, thương mại và du lịch. Tại diễn đàn, các doanh nghiệp đã ký kết 5 biên bản "
        "ghi nhớ hợp tác."
    )
    assert _record(held)["is_activity"] is True, _record(held)["kind"]


# --- Activity: no foreign party ---


def test_a_departments_study_tour_at_home_named_with_its_provinces_bare_name_is_no_activity():
    text = (
        "Sở Ngoại vụ Hà Tĩnh học tập kinh nghiệm tại tỉnh Quảng Ninh\nThứ Năm, 12/09/2024 | 10:20\nTừ ngày 9 - 11/9, "
        "đoàn công tác Sở Ngoại vụ Hà Tĩnh do bà Nguyễn Thị Hồng Vân, Giám đốc Sở làm trưởng đoàn đã có chuyến học "
        "tập kinh nghiệm tại tỉnh Quảng Ninh. Tại buổi làm việc với Sở Ngoại vụ Quảng Ninh, hai bên trao đổi kinh "
        "nghiệm về cải cách hành chính, chuyển đổi số trong giải quyết thủ tục cấp phép cho các đoàn ra, đoàn vào. "
        "Đoàn cũng đã tham quan Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh."
    )
    assert _record(text)["is_activity"] is False, _record(text)["kind"]
    # (its province named with "tỉnh": passes on both trees)
    named = text.replace("đoàn công tác Sở Ngoại vụ Hà Tĩnh do", "đoàn công tác Sở Ngoại vụ tỉnh Hà Tĩnh do")
    assert _record(named)["is_activity"] is False, _record(named)["kind"]


def test_a_defence_zone_exercise_in_the_border_districts_is_no_activity():
    text = (
        "Tây Ninh: Bế mạc diễn tập khu vực phòng thủ tỉnh năm 2024\nThứ Sáu, 25/10/2024 | 16:30\nChiều 24/10, UBND "
        "tỉnh Tây Ninh tổ chức bế mạc diễn tập khu vực phòng thủ tỉnh năm 2024. Cuộc diễn tập diễn ra trong 5 ngày "
        "tại các huyện biên giới Tân Biên, Châu Thành và Bến Cầu, với sự tham gia của lực lượng vũ trang, các sở, "
        "ngành và nhân dân địa phương. Chủ tịch UBND tỉnh Nguyễn Thanh Ngọc đánh giá cuộc diễn tập đạt mục đích, yêu "
        "cầu đề ra, góp phần nâng cao khả năng sẵn sàng bảo vệ chủ quyền an ninh biên giới."
    )
    assert _record(text)["is_activity"] is False, _record(text)["kind"]
    # (talks with the neighbouring province on the border: passes on both trees)
    talks = (
        "Tây Ninh hội đàm với tỉnh Svay Rieng về quản lý biên giới\nThứ Sáu, 25/10/2024 | 16:30\nChiều 24/10, tại "
        "thành phố Tây Ninh, Chủ tịch UBND tỉnh Tây Ninh Nguyễn Thanh Ngọc đã hội đàm với đoàn đại biểu tỉnh Svay "
        "Rieng (Campuchia) do ông Men Sophal, Tỉnh trưởng dẫn đầu. Hai bên thống nhất phối hợp tuần tra chung, giữ "
        "gìn an ninh trật tự tại các huyện biên giới Tân Biên, Châu Thành và Bến Cầu."
    )
    assert _record(talks)["is_activity"] is True, _record(talks)["kind"]


def test_a_cooperatives_and_a_companys_export_ceremony_with_a_foreign_importer_quoted_is_no_activity():
    text = (
        "Xuất khẩu lô sầu riêng đầu tiên sang Trung Quốc\nThứ Hai, 15/07/2024 | 14:10\nSáng 14/7, Hợp tác xã Nông "
        "nghiệp Ea Tân phối hợp với Công ty TNHH Xuất nhập khẩu Phước Thịnh tổ chức lễ xuất khẩu lô hàng 60 tấn sầu "
        "riêng của tỉnh Đắk Lắk sang thị trường Trung Quốc. Ông Trương Vĩ, Giám đốc Công ty Thương mại Hồng Phát "
        "(Quảng Tây, Trung Quốc), đơn vị nhập khẩu, cho biết sầu riêng của tỉnh có chất lượng tốt, được người tiêu "
        "dùng ưa chuộng. Dự buổi lễ có đại diện Sở Nông nghiệp và Phát triển nông thôn tỉnh Đắk Lắk."
    )
    assert _record(text)["is_activity"] is False, _record(text)["kind"]
    # (the province's own ceremony: passes on both trees)
    own = text.replace(
        "Sáng 14/7, Hợp tác xã Nông nghiệp Ea Tân phối hợp với",
        "Sáng 14/7, UBND tỉnh Đắk Lắk phối hợp với Hợp tác xã Nông nghiệp Ea Tân và",
    )
    assert _record(own)["is_activity"] is True, _record(own)["kind"]


# --- Asks ---


def test_a_wish_to_raise_the_ties_with_the_partner_together_is_no_request():
    text = (
        "Lào Cai hội đàm với tỉnh Vân Nam\nThứ Ba, 21/05/2024 | 17:45\nChiều 20/5, tại thành phố Côn Minh, đoàn đại "
        "biểu tỉnh Lào Cai do đồng chí Đặng Xuân Phong, Bí thư Tỉnh ủy dẫn đầu đã hội đàm với lãnh đạo tỉnh Vân Nam "
        "(Trung Quốc). Đồng chí Đặng Xuân Phong đề nghị tỉnh Vân Nam phối hợp sớm hoàn thành thủ tục nâng cấp cặp "
        "cửa khẩu Bản Vược - Bá Sái lên cửa khẩu chính. Ông khẳng định Lào Cai luôn coi trọng quan hệ hữu nghị với "
        "các địa phương Trung Quốc, mong muốn cùng Vân Nam đưa quan hệ hợp tác lên tầm cao mới."
    )
    asks = _asks(text)
    assert not any("tầm cao mới" in a for a in asks), asks
    # (the concrete ask in the same article stays: passes on both trees)
    assert any("nâng cấp cặp cửa khẩu Bản Vược - Bá Sái" in a for a in asks), asks


def test_a_wish_that_heads_a_list_of_fields_is_no_request_its_items_are():
    text = (
        "Bình Định tiếp đoàn công tác bang Queensland\nThứ Năm, 10/10/2024 | 09:30\nSáng 9/10, Phó Chủ tịch UBND "
        "tỉnh Bình Định Nguyễn Tự Công Hoàng đã tiếp đoàn công tác bang Queensland (Australia) do ông Mark Stevens, "
        "Ủy viên Thương mại và Đầu tư dẫn đầu. Hai bên trao đổi về tiềm năng hợp tác trong các lĩnh vực kinh tế "
        "biển, giáo dục và năng lượng tái tạo.\nPhó Chủ tịch UBND tỉnh mong muốn bang Queensland quan tâm hợp tác "
        "với tỉnh trên các lĩnh vực:\n+ Đào tạo nguồn nhân lực chất lượng cao, trao đổi sinh viên giữa các trường "
        "đại học;\n+ Nuôi trồng và chế biến thủy sản theo công nghệ tiên tiến;\n+ Đầu tư phát triển điện gió ngoài "
        "khơi."
    )
    asks = _asks(text)
    assert not any("trên các lĩnh vực:" in a for a in asks), asks
    # (the items stay: passes on both trees)
    assert any("Đào tạo nguồn nhân lực chất lượng cao" in a for a in asks), asks
    assert any("điện gió ngoài khơi" in a for a in asks), asks


def test_who_else_attended_after_a_counted_list_of_asks_is_no_request():
    text = (
        "Lãnh đạo tỉnh Hòa Bình làm việc với KOICA\nThứ Tư, 06/03/2024 | 15:20\nChiều 5/3, đồng chí Bùi Văn Khánh, "
        "Chủ tịch UBND tỉnh Hòa Bình đã tiếp và làm việc với ông Park Jin-woo, Giám đốc Cơ quan Hợp tác quốc tế Hàn "
        "Quốc (KOICA) tại Việt Nam. Tại buổi làm việc, đồng chí đề nghị KOICA quan tâm một số nội dung. Thứ nhất, "
        "tiếp tục hỗ trợ tỉnh triển khai dự án cấp nước sạch cho các xã vùng cao huyện Đà Bắc. Thứ hai, xem xét tài "
        "trợ chương trình đào tạo nghề cho thanh niên dân tộc thiểu số. Thứ ba, hỗ trợ tỉnh xây dựng trung tâm y tế "
        "dự phòng tại huyện Mai Châu.\nCùng dự buổi làm việc, Giám đốc Sở Kế hoạch và Đầu tư Trần Văn Long cho biết, "
        "các hồ sơ đề xuất dự án đã được sở chuẩn bị đầy đủ và sẵn sàng gửi tới KOICA trong tháng 4."
    )
    asks = _asks(text)
    assert not any("Cùng dự buổi làm việc" in a for a in asks), asks
    # (the counted asks stay: passes on both trees)
    assert any(a.startswith("Thứ ba, hỗ trợ tỉnh xây dựng trung tâm y tế") for a in asks), asks


def test_tinh_xin_a_ministry_to_support_a_policy_is_a_request():
    text = (
        "Thứ trưởng Bộ Ngoại giao làm việc với tỉnh Điện Biên\nThứ Sáu, 14/06/2024 | 11:00\nChiều 13/6, đoàn công "
        "tác Bộ Ngoại giao do Thứ trưởng Nguyễn Minh Hằng dẫn đầu đã làm việc với UBND tỉnh Điện Biên về công tác "
        "đối ngoại địa phương. Chủ tịch UBND tỉnh Lê Thành Đô báo cáo kết quả hợp tác của tỉnh với các tỉnh Bắc Lào "
        "và tỉnh Vân Nam (Trung Quốc). Đồng chí cho biết, thời gian tới, tỉnh xin Bộ Ngoại giao ủng hộ chủ trương mở "
        "đường bay quốc tế đến Cảng hàng không Điện Biên Phủ để thu hút khách du lịch từ Lào và Thái Lan."
    )
    asks = _asks(text)
    assert any("ủng hộ chủ trương mở đường bay quốc tế" in a for a in asks), asks
    # (thanks to the ministry is none: passes on both trees)
    thanks = text.replace(
        "thời gian tới, tỉnh xin Bộ Ngoại giao ủng hộ chủ trương mở đường bay quốc tế",
        "tỉnh xin chân thành cảm ơn Bộ Ngoại giao đã ủng hộ chủ trương mở đường bay quốc tế",
    )
    assert _asks(thanks) == [], _asks(thanks)


def test_a_wish_that_both_sides_rebuild_a_road_to_the_border_gate_together_is_a_request():
    text = (
        "Đoàn công tác tỉnh Nghệ An thăm và làm việc tại tỉnh Xiêng Khoảng\nThứ Hai, 18/11/2024 | 10:15\nTừ ngày 14 "
        "- 16/11, đoàn công tác tỉnh Nghệ An do đồng chí Hoàng Nghĩa Hiếu, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã "
        "thăm và làm việc tại tỉnh Xiêng Khoảng (Lào). Tại buổi hội đàm, hai bên đánh giá cao kết quả hợp tác trong "
        "lĩnh vực giáo dục, y tế và nông nghiệp. Trưởng đoàn cũng mong muốn hai bên sớm phối hợp cải tạo tuyến đường "
        "7 nối cửa khẩu quốc tế Nậm Cắn với trung tâm tỉnh Xiêng Khoảng để thuận lợi cho vận chuyển hàng hóa."
    )
    asks = _asks(text)
    assert any("cải tạo tuyến đường 7" in a for a in asks), asks
    # (a wish for the friendship alone is none: passes on both trees)
    friendship = text.replace(
        "sớm phối hợp cải tạo tuyến đường 7 nối cửa khẩu quốc tế Nậm Cắn với trung tâm tỉnh Xiêng Khoảng để thuận lợi "
        "cho vận chuyển hàng hóa.",
        "tiếp tục vun đắp tình hữu nghị đặc biệt giữa hai tỉnh.",
    )
    assert _asks(friendship) == [], _asks(friendship)


def test_asking_both_sides_to_update_the_plan_for_a_memorandum_is_a_request():
    text = (
        "Sơn La hội đàm với tỉnh Luông Nậm Thà\nThứ Ba, 09/04/2024 | 16:40\nSáng 8/4, tại thành phố Sơn La, Phó Chủ "
        "tịch UBND tỉnh Sơn La Đặng Ngọc Hậu đã hội đàm với đoàn đại biểu tỉnh Luông Nậm Thà (Lào) do ông Phon Xay "
        "Vông, Phó Tỉnh trưởng dẫn đầu. Hai bên đánh giá kết quả thực hiện biên bản ghi nhớ hợp tác giai đoạn 2021 - "
        "2023. Tỉnh cũng đề nghị hai bên sớm cập nhật kế hoạch triển khai biên bản ghi nhớ giai đoạn 2024 - 2026."
    )
    asks = _asks(text)
    assert any("cập nhật kế hoạch triển khai biên bản ghi nhớ" in a for a in asks), asks
    # (the plan told as updated already is none: passes on both trees)
    done = text.replace("Tỉnh cũng đề nghị hai bên sớm cập nhật", "Hai bên cũng đã cập nhật")
    assert _asks(done) == [], _asks(done)


def test_hai_ben_can_search_for_the_volunteers_remains_after_an_ask_is_a_request():
    text = (
        "Quảng Trị tiếp đoàn đại biểu tỉnh Savannakhet\nThứ Năm, 22/08/2024 | 08:45\nSáng 21/8, Bí thư Tỉnh ủy Quảng "
        "Trị Lê Quang Tùng đã tiếp đoàn đại biểu tỉnh Savannakhet (Lào) do ông Santiphap Phomvihane, Phó Bí thư Tỉnh "
        "ủy dẫn đầu. Đồng chí Lê Quang Tùng đề nghị tỉnh Savannakhet tạo điều kiện cho doanh nghiệp của tỉnh đầu tư "
        "trồng cao su và chế biến nông sản. Hai bên cần tiếp tục phối hợp tìm kiếm, cất bốc hài cốt bộ đội tình "
        "nguyện và chuyên gia Việt Nam hy sinh trên đất Lào."
    )
    asks = _asks(text)
    assert any("cất bốc hài cốt bộ đội tình nguyện" in a for a in asks), asks
    # (the ask before it stays: passes on both trees)
    assert any("đầu tư trồng cao su" in a for a in asks), asks
    # (the search told as done is none: passes on both trees)
    done = text.replace("Hai bên cần tiếp tục phối hợp tìm kiếm", "Thời gian qua, hai bên đã phối hợp tìm kiếm")
    assert not any("cất bốc hài cốt" in a for a in _asks(done)), _asks(done)


def test_a_wish_that_both_provinces_help_the_teams_gathering_martyrs_remains_is_a_request():
    text = (
        "Đoàn đại biểu tỉnh Kon Tum thăm tỉnh Attapeu\nThứ Bảy, 14/12/2024 | 09:10\nTừ ngày 11 - 13/12, đoàn đại "
        "biểu tỉnh Kon Tum do đồng chí Dương Văn Trang, Bí thư Tỉnh ủy dẫn đầu đã thăm và làm việc tại tỉnh Attapeu "
        "(Lào). Tại buổi hội đàm, đồng chí Dương Văn Trang đánh giá cao sự phối hợp của tỉnh Attapeu trong quản lý "
        "biên giới. Đồng chí cũng mong muốn hai tỉnh phối hợp trao đổi thông tin, tạo điều kiện cho các đội tìm "
        "kiếm, quy tập hài cốt liệt sĩ quân tình nguyện và chuyên gia Việt Nam hy sinh tại Lào."
    )
    asks = _asks(text)
    assert any("quy tập hài cốt liệt sĩ" in a for a in asks), asks
    # (the work praised is none: passes on both trees)
    praised = text.replace(
        "Đồng chí cũng mong muốn hai tỉnh phối hợp trao đổi thông tin, tạo điều kiện",
        "Đồng chí cũng đánh giá cao việc hai tỉnh đã phối hợp trao đổi thông tin, tạo điều kiện",
    )
    assert not any("quy tập hài cốt" in a for a in _asks(praised)), _asks(praised)


def test_proposing_both_sides_push_airlines_to_open_a_direct_route_is_a_request():
    text = (
        "Thừa Thiên Huế tiếp đoàn công tác thành phố Daegu\nThứ Tư, 15/05/2024 | 14:50\nChiều 14/5, Chủ tịch UBND "
        "tỉnh Thừa Thiên Huế Nguyễn Văn Phương đã tiếp đoàn công tác thành phố Daegu (Hàn Quốc) do ông Kim Jung-ki, "
        "Phó Thị trưởng dẫn đầu. Hai bên trao đổi về hợp tác trong lĩnh vực y tế, giáo dục và du lịch. Tỉnh cũng đề "
        "xuất hai bên phối hợp thúc đẩy các hãng hàng không mở đường bay thẳng giữa Huế và Daegu nhằm tăng lượng "
        "khách du lịch."
    )
    asks = _asks(text)
    assert any("mở đường bay thẳng giữa Huế và Daegu" in a for a in asks), asks
    # (both sides working with the airlines: passes on both trees)
    with_them = text.replace("phối hợp thúc đẩy các hãng hàng không", "phối hợp với các hãng hàng không")
    asks = _asks(with_them)
    assert any("mở đường bay thẳng giữa Huế và Daegu" in a for a in asks), asks


# --- People ---


def test_a_lao_name_with_ban_inside_is_one_official_not_cut_at_ban():
    text = (
        "Đoàn đại biểu tỉnh Thanh Hóa thăm tỉnh Hủa Phăn\nThứ Sáu, 08/03/2024 | 10:30\nTừ ngày 5 - 7/3, đoàn đại "
        "biểu tỉnh Thanh Hóa do đồng chí Đỗ Trọng Hưng, Bí thư Tỉnh ủy dẫn đầu đã thăm và làm việc tại tỉnh Hủa Phăn "
        "(Lào). Tiếp đoàn có đồng chí Xổm Ban Vông Sa, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Hủa Phăn. Hai bên thống nhất "
        "phối hợp chặt chẽ trong quản lý biên giới và phát triển thương mại qua cặp cửa khẩu quốc tế Na Mèo - Nậm "
        "Xôi."
    )
    officials = _officials(text)
    assert "Xổm Ban Vông Sa" in officials and "Vông Sa" not in officials, officials
    # (a board's head before his name still names him: passes on both trees)
    board = text.replace(
        "Hai bên thống nhất", "Cùng đi có đồng chí Trưởng Ban Đối ngoại Tỉnh ủy Lê Văn Thành. Hai bên thống nhất"
    )
    assert "Lê Văn Thành" in _officials(board), _officials(board)


def test_the_duma_of_moscow_after_truong_doan_is_no_official():
    text = (
        "Khánh Hòa tiếp đoàn đại biểu Đuma thành phố Mát-xcơ-va\nThứ Ba, 24/09/2024 | 15:05\nChiều 23/9, Phó Chủ "
        "tịch UBND tỉnh Khánh Hòa Trần Hòa Nam đã tiếp đoàn đại biểu Đuma thành phố Mát-xcơ-va (Liên bang Nga) do "
        "ông Ivan Petrov, Phó Chủ tịch Đuma dẫn đầu. Hai bên trao đổi về hợp tác trong lĩnh vực du lịch và giáo dục. "
        "Kết thúc buổi tiếp, Phó Chủ tịch UBND tỉnh Trần Hòa Nam tặng quà lưu niệm trưởng đoàn Đuma Mát-xcơ-va."
    )
    officials = _officials(text)
    assert "Đuma Mát-xcơ-va" not in officials, officials
    # (the province's leader stays one: passes on both trees)
    assert "Trần Hòa Nam" in officials, officials


# --- Partners: another province's partners told in passing ---


def test_another_vietnamese_provinces_partner_told_in_passing_is_no_partner():
    text = (
        "Kon Tum tiếp đoàn công tác tỉnh Attapeu\nThứ Hai, 16/09/2024 | 09:00\nSáng 14/9, Phó Chủ tịch UBND tỉnh Kon "
        "Tum Nguyễn Ngọc Sâm đã tiếp đoàn công tác tỉnh Attapeu (Lào) do ông Lế Tạ Môn, Phó Tỉnh trưởng dẫn đầu. Ông "
        "Nguyễn Ngọc Sâm cho biết, so với kinh nghiệm của Gia Lai trong hợp tác với Ratanakiri và của Quảng Nam với "
        "Sê Kông, Kon Tum còn nhiều dư địa để mở rộng hợp tác với Attapeu. Hai bên thống nhất phối hợp xây dựng kế "
        "hoạch hợp tác năm 2025."
    )
    partners = _partners(text)
    assert "Sê Kông" not in partners, partners
    # (the visiting province stays one: passes on both trees)
    assert "Attapeu" in partners, partners
    ministry = (
        "Bộ Ngoại giao làm việc với tỉnh Quảng Trị\nThứ Năm, 10/10/2024 | 15:30\nChiều 9/10, đoàn công tác Bộ Ngoại "
        "giao do Thứ trưởng Lê Thị Thu Hằng dẫn đầu đã làm việc với UBND tỉnh Quảng Trị về công tác đối ngoại địa "
        "phương. Chủ tịch UBND tỉnh Võ Văn Hưng đề nghị Bộ hỗ trợ tỉnh kết nối với các địa phương Hàn Quốc, tương tự "
        "như cách Bộ đã hỗ trợ Thừa Thiên Huế thiết lập quan hệ với tỉnh Gyeongsangbuk. Thứ trưởng ghi nhận các kiến "
        "nghị của tỉnh."
    )
    partners = _partners(ministry)
    assert "Gyeongsangbuk" not in partners, partners


# --- Partners: places named in passing ---


def test_where_groups_are_seated_goods_are_shipped_bought_or_sold_names_no_partner():
    text = (
        "Long An làm việc với Đại sứ quán Hà Lan\nThứ Tư, 12/06/2024 | 10:40\nSáng 11/6, Phó Chủ tịch UBND tỉnh Long "
        "An Nguyễn Minh Lâm đã tiếp bà Kees van Baar, Đại sứ Hà Lan tại Việt Nam. Bà Đại sứ cho biết nhiều nhà đầu "
        "tư quan tâm đến tỉnh là các tập đoàn có trụ sở chính ở Amsterdam và Rotterdam. Phần lớn hàng nông sản của "
        "Việt Nam xuất sang châu Âu đi qua cảng Rotterdam. Ông Nguyễn Minh Lâm đề nghị Đại sứ quán kết nối doanh "
        "nghiệp Hà Lan đầu tư vào logistics tại tỉnh."
    )
    assert "Rotterdam" not in _partners(text) and "Amsterdam" not in _partners(text), _partners(text)
    coffee = (
        "Đắk Nông tiếp Đại sứ Italia\nThứ Năm, 18/07/2024 | 15:10\nChiều 17/7, Chủ tịch UBND tỉnh Đắk Nông Hồ Văn "
        "Mười đã tiếp ông Marco Della Seta, Đại sứ Italia tại Việt Nam. Ông Hồ Văn Mười cho biết cà phê Robusta của "
        "tỉnh được các nhà rang xay ở Hamburg và Trieste thu mua với giá cao. Ông đề nghị Đại sứ quan tâm giới thiệu "
        "doanh nghiệp Italia đầu tư chế biến sâu cà phê tại tỉnh."
    )
    partners = _partners(coffee)
    assert "Hamburg" not in partners and "Trieste" not in partners, partners
    lychee = (
        "Bắc Giang tiếp Tổng Lãnh sự Trung Quốc\nThứ Hai, 03/06/2024 | 09:20\nSáng 1/6, Phó Chủ tịch UBND tỉnh Bắc "
        "Giang Phan Thế Tuấn đã tiếp ông Vương Quân, Tổng Lãnh sự Trung Quốc tại Hà Nội. Ông Phan Thế Tuấn cho biết "
        "vải thiều Lục Ngạn đã có mặt tại các chợ đầu mối ở Thượng Hải, Quảng Châu. Ông đề nghị Tổng Lãnh sự quán hỗ "
        "trợ tỉnh quảng bá sản phẩm đến người tiêu dùng Trung Quốc."
    )
    partners = _partners(lychee)
    assert "Thượng Hải" not in partners and "Quảng Châu" not in partners, partners


def test_where_workers_come_from_a_corridor_runs_and_river_boats_go_names_no_partner():
    text = (
        "Tây Ninh tiếp Tổng Lãnh sự Campuchia\nThứ Ba, 20/08/2024 | 14:30\nChiều 19/8, Phó Chủ tịch UBND tỉnh Tây "
        "Ninh Nguyễn Hồng Thanh đã tiếp ông Sok Chea, Tổng Lãnh sự Campuchia tại TP. Hồ Chí Minh. Ông Nguyễn Hồng "
        "Thanh cho biết các doanh nghiệp tại Khu kinh tế cửa khẩu Mộc Bài đang sử dụng nhiều lao động từ các tỉnh "
        "Kampong Cham, Takeo. Ông đề nghị Tổng Lãnh sự quán phối hợp hỗ trợ thủ tục cấp giấy phép lao động cho người "
        "lao động Campuchia."
    )
    partners = _partners(text)
    assert "Kampong Cham" not in partners and "Takeo" not in partners, partners
    corridor = (
        "Quảng Trị tiếp đoàn công tác tỉnh Tak\nThứ Sáu, 27/09/2024 | 16:20\nChiều 26/9, Chủ tịch UBND tỉnh Quảng "
        "Trị Võ Văn Hưng đã tiếp đoàn công tác tỉnh Tak (Thái Lan) do ông Chuchip Pongchai, Phó Tỉnh trưởng dẫn đầu. "
        "Ông Võ Văn Hưng cho biết Hành lang kinh tế Đông - Tây dài khoảng 1.450 km, đi qua Mawlamyine, Myawaddy "
        "(Myanmar), Mae Sot, Phitsanulok (Thái Lan), Savannakhet (Lào) đến Đông Hà và Đà Nẵng. Hai bên thống nhất "
        "phối hợp tổ chức đoàn caravan du lịch dọc hành lang vào năm 2025."
    )
    partners = _partners(corridor)
    assert not {"Mawlamyine", "Myawaddy", "Mae Sot", "Phitsanulok"} & set(partners), partners
    # (the visiting province stays one: passes on both trees)
    assert "Tak" in partners, partners
    boats = (
        "An Giang tiếp đoàn công tác tỉnh Kandal\nThứ Tư, 06/11/2024 | 10:00\nSáng 5/11, Phó Chủ tịch UBND tỉnh An "
        "Giang Trần Anh Thư đã tiếp đoàn công tác tỉnh Kandal (Campuchia) do ông Kong Sophorn, Tỉnh trưởng dẫn đầu. "
        "Bà Trần Anh Thư cho biết hiện nay tàu du lịch từ Tân Châu ngược sông Mê Kông lên Phnôm Pênh và Siem Reap "
        "đang thu hút đông khách quốc tế. Hai bên thống nhất phối hợp phát triển các tour du lịch đường sông."
    )
    partners = _partners(boats)
    assert "Phnôm Pênh" not in partners and "Siem Reap" not in partners, partners
    # (the visiting province stays one: passes on both trees)
    assert "Kandal" in partners, partners


def test_where_a_flight_home_goes_through_and_the_revolutions_places_name_no_partner():
    text = (
        "Đoàn công tác tỉnh Thái Bình thăm bang Nebraska\nThứ Năm, 25/04/2024 | 08:30\nTừ ngày 18 - 23/4, đoàn công "
        "tác tỉnh Thái Bình do đồng chí Nguyễn Khắc Thận, Chủ tịch UBND tỉnh dẫn đầu đã thăm và làm việc tại bang "
        "Nebraska (Hoa Kỳ). Hai bên trao đổi về hợp tác trong lĩnh vực nông nghiệp công nghệ cao và đào tạo nguồn "
        "nhân lực. Kết thúc chuyến công tác, đoàn đã bay từ Omaha qua Los Angeles và Seoul để trở về Hà Nội."
    )
    partners = _partners(text)
    assert "Los Angeles" not in partners and "Seoul" not in partners, partners
    # (the state visited stays one: passes on both trees)
    assert "Nebraska" in partners, partners
    history = (
        "Cao Bằng tiếp đoàn công tác khu tự trị dân tộc Choang Quảng Tây\nThứ Hai, 13/05/2024 | 15:45\nChiều 12/5, "
        "Phó Chủ tịch UBND tỉnh Cao Bằng Lê Hải Hòa đã tiếp đoàn công tác Sở Văn hóa và Du lịch khu tự trị dân tộc "
        "Choang Quảng Tây (Trung Quốc) do ông Lục Kiến Bình, Phó Giám đốc Sở dẫn đầu. Hai bên thống nhất xây dựng "
        "tour du lịch về nguồn, kết nối các địa chỉ đỏ gắn với hoạt động cách mạng của Chủ tịch Hồ Chí Minh tại "
        "Trung Quốc như Quế Lâm, Liễu Châu với Khu di tích Pác Bó của tỉnh."
    )
    partners = _partners(history)
    assert "Quế Lâm" not in partners and "Liễu Châu" not in partners, partners
    # (the visiting region stays one: passes on both trees)
    assert "Quảng Tây" in partners, partners


# --- Date ---


def test_a_publication_line_at_the_foot_with_gmt_dates_the_story():
    text = (
        "Huế tiếp đoàn công tác thành phố Gimhae\nChiều 3/12, Phó Chủ tịch UBND thành phố Huế Nguyễn Thanh Bình đã "
        "tiếp đoàn công tác thành phố Gimhae (Hàn Quốc) do ông Hong Tae-yong, Thị trưởng dẫn đầu nhân dịp đoàn sang "
        "dự chuỗi hoạt động giao lưu văn hóa giữa hai địa phương. Ông Nguyễn Thanh Bình cảm ơn thành phố Gimhae đã "
        "hỗ trợ Huế trong các lĩnh vực y tế, giáo dục và đào tạo nguồn nhân lực thời gian qua, đặc biệt là chương "
        "trình trao đổi sinh viên và cán bộ y tế giữa các bệnh viện của hai thành phố. Hai bên thống nhất tiếp tục "
        "mở rộng hợp tác trong lĩnh vực du lịch, văn hóa và giao lưu thanh thiếu niên. Ông Nguyễn Thanh Bình đề nghị "
        "thành phố Gimhae hỗ trợ đào tạo tiếng Hàn cho sinh viên các trường đại học tại Huế.\n03/12/2025 19:40 GMT+7"
    )
    record = _record(text)
    assert record["published"] == "2025-12-03", record["published"]
    assert record["province"]["name"] == "Huế", record["province"]
    # (the line with no GMT: passes on both trees)
    record = _record(text.replace(" GMT+7", ""))
    assert record["published"] == "2025-12-03", record["published"]
    assert record["province"]["name"] == "Huế", record["province"]
