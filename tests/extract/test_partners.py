"""partners.extract: named foreign sub-national localities."""

from .docs import extract_partners, make_doc


def _doc(text, province="Đắk Lắk"):
    doc = make_doc(text, name="t.txt")
    doc.province = province  # what extract is given with the article
    return doc


def _extract(doc):
    return extract_partners(doc, doc.province)


def _names(text, province="Đắk Lắk"):
    return [p["name"] for p in _extract(_doc(text, province))]


def test_gazetteer_province_with_country_and_kind():
    (p,) = _extract(_doc("Tỉnh có đường biên giới giáp với tỉnh Mondulkiri (Campuchia)."))
    assert p["name"] == "Mondulkiri"
    assert p["kind"] == "tỉnh"
    assert p["country"] == "Campuchia"


def test_span_points_at_the_name():
    doc = _doc("Hợp tác với tỉnh Svay Rieng được đẩy mạnh.")
    (p,) = _extract(doc)
    assert doc.text[p["span"][0] : p["span"][1]] == "Svay Rieng"


def test_vietnamese_transliterations_are_found_and_keep_their_spelling():
    names = _names("Đoàn gồm: Hủa Phăn, Luông Pha Bang, Xiêng Khoảng và tỉnh Ban-tây Miên-chay.", "Sơn La")
    assert names == ["Hủa Phăn", "Luông Pha Bang", "Xiêng Khoảng", "Ban-tây Miên-chay"]


def test_one_item_per_locality_across_spellings():
    names = _names("Thành phố Hà Nội và thành phố Vientiane (Lào) hội đàm. Lãnh đạo Hà Nội và Viêng-Chăn nhất trí.", "Hà Nội")
    assert names == ["Vientiane"]


def test_unknown_name_with_kind_and_country_in_brackets():
    out = _extract(_doc("tỉnh đã thiết lập quan hệ với thành phố Goulburn (Úc) và tỉnh Canelones (Uruguay)."))
    assert [(p["name"], p["kind"], p["country"]) for p in out] == [
        ("Goulburn", "thành phố", "Úc"),
        ("Canelones", "tỉnh", "Uruguay"),
    ]


def test_countries_and_vietnamese_provinces_are_not_partners():
    assert _names("Hợp tác với Lào, Campuchia, Hàn Quốc và Nhật Bản; giáp tỉnh Lâm Đồng.") == []


def test_seat_of_a_consulate_is_not_a_partner():
    text = "Đồng chí làm việc với Tổng Lãnh sự quán Việt Nam tại Côn Minh về hợp tác với tỉnh Vân Nam, Trung Quốc."
    assert _names(text, "Hà Giang") == ["Vân Nam"]


def test_capital_only_as_venue_is_not_a_partner():
    text = "Đoàn tham dự hội nghị các tỉnh biên giới tại Thủ đô Phnom Penh, Vương quốc Campuchia."
    assert _names(text, "Tây Ninh") == []


def test_capital_acting_as_a_locality_is_a_partner():
    text = "Tỉnh Nghệ An và Thủ đô Vientiane (Lào) ký kết thỏa thuận hợp tác."
    assert _names(text, "Nghệ An") == ["Vientiane"]


def test_chinese_name_that_is_also_vietnamese_needs_its_country():
    assert _names("Đoàn đại biểu tỉnh Hà Nam sang thăm tỉnh Gyeong Gi.", "Hà Nam") == ["Gyeong Gi"]
    assert _names("Đoàn làm việc với tỉnh Hà Nam (Trung Quốc).", "Quảng Ninh") == ["Hà Nam"]


def test_surname_like_japanese_name_needs_a_kind_word():
    assert _names("Ông Yamaguchi phát biểu tại buổi tiếp.") == []
    assert _names("Hợp tác với tỉnh Yamaguchi được mở rộng.") == ["Yamaguchi"]


def test_electoral_district_number_is_not_a_partner():
    assert _names("Chủ tịch Hội đồng (Đảng Dân Chủ, thành phố Ansan 1) đón đoàn.") == []


def test_lower_case_word_is_not_a_name():
    assert _names("hội nghị tại nan giải") == []


def test_the_region_may_stand_between_the_city_and_its_country():
    # Quảng Tây itself may or may not be a partner (a careful reader accepts either).
    assert "Đông Hưng" in _names("Tỉnh duy trì hội đàm với thành phố Đông Hưng (Quảng Tây, Trung Quốc).")


def test_a_governor_named_like_a_prefecture_is_not_a_partner():
    text = "Thống đốc Nagasaki Kotaro đánh giá cao chuyến thăm của đoàn tỉnh Phú Yên tới tỉnh Yamanashi (Nhật Bản)."
    assert _names(text, "Phú Yên") == ["Yamanashi"]


def test_seat_of_an_overseas_vietnamese_association_is_not_a_partner():
    assert _names("Ông Lê Văn Hùng, Chủ tịch Hội người Việt Nam tại tỉnh Udon Thani (Thái Lan) phát biểu.") == []


def test_the_foreign_side_of_a_border_pair_is_a_partner():
    text = "Tiêu đề\nHai bên thống nhất sớm khôi phục hoạt động cặp cửa khẩu Móng Cái - Đông Hưng."
    assert "Đông Hưng" in _names(text, province="Quảng Ninh")


def test_a_vietnamese_district_called_like_a_chinese_city_is_not_a_partner():
    text = "Tiêu đề\nĐoàn đã đến thăm huyện Đông Hưng, tỉnh Thái Bình."
    assert "Đông Hưng" not in _names(text, province="Quảng Ninh")
