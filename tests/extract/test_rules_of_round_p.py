"""The extraction rules of round P: one test per rule, each sentence written for it (provincial news style)."""

from apps.ingest.pipeline import extract_from_text


def _record(text):
    return extract_from_text(text, "t.txt")[1]


def _asks(text):
    return [r["text"] for r in _record(text)["requests"]]


# --- Asks ---


def test_a_wish_expressed_for_ties_with_a_named_foreign_city_is_an_ask_of_the_province_only():
    text = ("Bình Định làm việc với thành phố Houston\n\nNgày 13/6/2024, đoàn công tác của tỉnh Bình Định do ông Phạm Anh Tuấn, "
            "Chủ tịch UBND tỉnh làm trưởng đoàn đã gặp bà Linda Garza, Phó Thị trưởng thành phố Houston (Hoa Kỳ). Tại buổi gặp, "
            "ông Phạm Anh Tuấn bày tỏ mong muốn thiết lập quan hệ hợp tác hữu nghị với thành phố Houston trong lĩnh vực cảng "
            "biển và năng lượng sạch. Bà Linda Garza hoan nghênh đề xuất.")
    assert [a for a in _asks(text) if "quan hệ hợp tác hữu nghị với thành phố Houston" in a], _asks(text)
    # (the guest's same wish for ties with the province is hers, no ask of it)
    guest = text.replace("ông Phạm Anh Tuấn bày tỏ", "bà Linda Garza bày tỏ").replace("với thành phố Houston trong", "với tỉnh Bình Định trong")
    assert _asks(guest) == []
    # (a wish for ties with no place named is still no ask)
    vague = text.replace("với thành phố Houston trong", "với các địa phương của Hoa Kỳ trong")
    assert _asks(vague) == []


# --- Page furniture ---


def test_the_storys_tags_line_thẻ_is_furniture_and_names_no_partner():
    text = ("Bí thư Tỉnh ủy Kon Tum tiếp Đại sứ Chile\n08/05/2024 10:15\nSáng 8/5, tại Trụ sở Tỉnh ủy, đồng chí Dương Văn Trang, "
            "Bí thư Tỉnh ủy Kon Tum đã tiếp ngài Pablo Torres, Đại sứ Chile tại Việt Nam.\nMinh Thu\n"
            "Thẻ: Chile, Đại sứ, Attapeu, Ratanakiri\nChia sẻ: Facebook | Zalo")
    record = _record(text)
    assert record["is_activity"] and record["lead"]["name"] == "Pablo Torres", record["lead"]
    assert record["partners"] == []
    # (and "Thẻ bài viết:" alike)
    assert _record(text.replace("Thẻ:", "Thẻ bài viết:"))["partners"] == []


# --- Kind ---


def test_talks_held_during_the_provinces_visit_named_with_a_place_abroad_are_a_trip_abroad():
    text = ("Lào Cai - Vân Nam thúc đẩy kết nối giao thông\n\nVOV.VN - Ngày 9/11/2025, tại Côn Minh, Phó Bí thư Tỉnh ủy Lào Cai "
            "Trần Văn Minh đã hội đàm với Phó Tỉnh trưởng tỉnh Vân Nam Trương Quốc Hoa, trong khuôn khổ chuyến thăm và làm việc "
            "tại Vân Nam của Đoàn đại biểu tỉnh Lào Cai.\nHai bên thống nhất đẩy nhanh kết nối đường sắt khổ tiêu chuẩn.")
    assert _record(text)["kind"] == "outbound_delegation"
    # (the guests' visit named so is theirs: the province receives them)
    home = text.replace("tại Côn Minh", "tại Lào Cai").replace("tại Vân Nam của Đoàn đại biểu tỉnh Lào Cai", "tại Lào Cai của Đoàn đại biểu tỉnh Vân Nam")
    assert _record(home)["kind"] != "outbound_delegation"


# --- Reading a page; partners ---


def test_two_time_elements_side_by_side_are_two_dates_not_one_number():
    from apps.ingest.read import html_to_text

    page = ('<html><body><article><h1>Kiên Giang tiếp Tổng Lãnh sự Campuchia</h1><div class="meta">'
            '<time class="published">14/03/2019</time><time class="updated">15/03/2019</time></div>'
            "<p>Sáng 14/3, Chủ tịch UBND tỉnh Kiên Giang Phạm Vũ Hồng tiếp ông Heng Sokha, Tổng Lãnh sự Campuchia.</p>"
            "</article></body></html>")
    text = html_to_text(page)
    assert "14/03/2019 15/03/2019" in text and "201915" not in text
    assert _record(text)["start_date"] == "2019-03-14"


def test_a_region_whose_growth_a_host_describes_is_no_partner():
    text = ("Đoàn công tác tỉnh Bình Dương thăm Hà Lan\n\nNgày 11/6/2019, tại thành phố Eindhoven (Hà Lan), đoàn công tác tỉnh "
            "Bình Dương do Phó Chủ tịch UBND tỉnh Mai Hùng Tâm dẫn đầu đã làm việc với lãnh đạo thành phố. Ông Jorritsma giới "
            "thiệu mô hình hợp tác ba nhà, vốn là nền tảng cho sự phát triển của vùng Flevoport.")
    partners = [p["name"] for p in _record(text)["partners"]]
    assert "Eindhoven" in partners and "Flevoport" not in partners, partners
    # (a region the province deals with is still one)
    dealt = text.replace("vốn là nền tảng cho sự phát triển của vùng Flevoport.", "Hai bên thống nhất ký kết thỏa thuận hợp tác với vùng Flevoport.")
    assert "Flevoport" in [p["name"] for p in _record(dealt)["partners"]]


# --- Dates ---


def test_a_clock_above_the_headline_that_cannot_date_the_day_leaves_the_year_to_the_storys_own_statements():
    text = ("Thứ Tư, 05/03/2025 | 10:12\nQuảng Bình tiếp đoàn tỉnh Khăm Muộn\nNgày 18/7, tại thành phố Đồng Hới, Phó Chủ tịch UBND "
            "tỉnh Quảng Bình Phan Mạnh Hùng đã tiếp đoàn đại biểu tỉnh Khăm Muộn (Lào) sang thăm nhân dịp kỷ niệm 60 năm Ngày thiết "
            "lập quan hệ ngoại giao Việt Nam - Lào (5/9/1962 - 5/9/2022).")
    record = _record(text)
    assert (record["start_date"], record["end_date"]) == ("2022-07-18", "2022-07-18"), record["start_date"]
    # (a festival told as past gives no year: "thành công của Lễ hội ... 2019")
    past = text.replace("nhân dịp kỷ niệm 60 năm Ngày thiết lập quan hệ ngoại giao Việt Nam - Lào (5/9/1962 - 5/9/2022).",
                        ". Hai bên đánh giá cao thành công của Lễ hội Văn hóa Việt - Lào 2019.")
    assert _record(past)["start_date"] is None


def test_a_wish_for_ties_with_a_long_named_region_in_general_and_a_city_in_particular_asks_nothing():
    text = ("Lạng Sơn tiếp đoàn thành phố Bằng Tường\n15/03/2024 10:20\nChiều 14/3, Phó Chủ tịch UBND tỉnh Lạng Sơn Đoàn Thu Hà tiếp "
            "đoàn công tác thành phố Bằng Tường (Trung Quốc). Bà Đoàn Thu Hà mong muốn tiếp tục làm sâu sắc hơn nữa mối quan hệ "
            "hữu nghị, hợp tác với Khu tự trị dân tộc Choang Quảng Tây nói chung và thành phố Bằng Tường nói riêng.")
    assert _asks(text) == []
    # (the other order too: "... với Châu Hồng Hà nói riêng và tỉnh Vân Nam nói chung")
    other = text.replace("Khu tự trị dân tộc Choang Quảng Tây nói chung và thành phố Bằng Tường nói riêng",
                         "thành phố Bằng Tường nói riêng và Khu tự trị dân tộc Choang Quảng Tây nói chung")
    assert _asks(other) == []
    # (a concrete ask beside it stays)
    concrete = text + " Bà đề nghị thành phố Bằng Tường sớm mở luồng xanh cho nông sản qua cửa khẩu Hữu Nghị."
    assert [a for a in _asks(concrete) if "luồng xanh" in a]


def test_a_line_of_the_leaders_weekly_schedule_names_no_official():
    text = ("Chủ tịch UBND tỉnh Bình Dương tiếp Tổng Lãnh sự Nhật Bản\n18/12/2024 16:30\nChiều 18/12, Chủ tịch UBND tỉnh Bình Dương "
            "Võ Văn Minh tiếp ông Ono Masuo, Tổng Lãnh sự Nhật Bản tại TP.HCM.\n"
            "Thứ Năm 19/12: 14g00 - Phó Chủ tịch UBND tỉnh Nguyễn Lộc Hà làm việc với Sở Giao thông vận tải.\n"
            "Chủ tịch UBND tỉnh đề nghị Tổng Lãnh sự quán hỗ trợ kết nối doanh nghiệp Nhật Bản với tỉnh.")
    names = [o["name"] for o in _record(text)["officials"]]
    assert "Võ Văn Minh" in names and "Nguyễn Lộc Hà" not in names, names


def test_the_region_in_brackets_of_a_neighbour_across_the_border_is_no_partner():
    text = ("Đoàn công tác Bộ Ngoại giao làm việc với tỉnh Hà Giang\n12/05/2023 09:00\nSáng 11/5, đoàn công tác Bộ Ngoại giao do "
            "Thứ trưởng Đỗ Hùng Việt dẫn đầu làm việc với UBND tỉnh Hà Giang. Giám đốc Sở Ngoại vụ cho biết, Hà Giang tiếp giáp với "
            "châu Văn Sơn (tỉnh Vân Nam) của Trung Quốc.")
    assert "Vân Nam" not in [p["name"] for p in _record(text)["partners"]]
    # (the province across a stretch of border, no locality named before its bracket, is read as before)
    stretch = text.replace("tiếp giáp với châu Văn Sơn (tỉnh Vân Nam) của Trung Quốc.", "giáp Trung Quốc 277 km (tỉnh Vân Nam).")
    assert "Vân Nam" in [p["name"] for p in _record(stretch)["partners"]]


def test_an_ask_that_the_friend_province_help_the_partner_itself_is_the_partners_own():
    text = ("Thanh Hóa hội đàm với tỉnh Hủa Phăn\n22/03/2024 09:00\nNgày 21/3, tại thành phố Sầm Nưa, đoàn đại biểu tỉnh Thanh Hóa do "
            "Chủ tịch UBND tỉnh Đỗ Minh Tuấn dẫn đầu đã hội đàm với lãnh đạo tỉnh Hủa Phăn (Lào). Chủ tịch UBND tỉnh Đỗ Minh Tuấn "
            "đề nghị tỉnh Hủa Phăn tạo điều kiện cho doanh nghiệp Thanh Hóa đầu tư trồng ngô.\nTỉnh trưởng Khăm-mạ-ni Xi-xổm-phon "
            "cảm ơn tỉnh Thanh Hóa đã hỗ trợ đào tạo hơn 400 lưu học sinh cho tỉnh Hủa Phăn. Ông nhất trí với các đề xuất của tỉnh "
            "Thanh Hóa và đề nghị tỉnh bạn tiếp tục giúp đỡ Hủa Phăn trong đào tạo cán bộ, chuyển giao kỹ thuật nông nghiệp.")
    asks = _asks(text)
    assert [a for a in asks if "trồng ngô" in a] and not [a for a in asks if "giúp đỡ Hủa Phăn" in a], asks
