"""The extraction rules of rounds sx-te: one test per rule, each sentence written for it (provincial news style)."""

from apps.ingest.pipeline import extract_from_text


def _record(text):
    return extract_from_text(text, "t.txt")[1]


def _asks(text):
    return [r["text"] for r in _record(text)["requests"]]


def _partners(text):
    return [p["name"] for p in _record(text)["partners"]]


# --- Lead ---


def test_the_provinces_own_delegation_calling_at_a_foreign_mission_is_led_by_its_head():
    text = (
        "Thái Bình làm việc với Đại sứ quán Nhật Bản\nChiều 22/5/2024, tại trụ sở Đại sứ quán Nhật Bản ở Hà Nội, đoàn "
        "công tác tỉnh Thái Bình do đồng chí Nguyễn Khắc Thận, Chủ tịch UBND tỉnh làm trưởng đoàn đã có buổi làm việc với "
        "ngài Ito Naoki, Đại sứ Nhật Bản tại Việt Nam. Đại sứ Ito Naoki đánh giá cao môi trường đầu tư của tỉnh Thái Bình."
    )
    record = _record(text)
    assert record["kind"] == "foreign_delegation", record["kind"]
    assert record["lead"] and record["lead"]["name"] == "Nguyễn Khắc Thận", record["lead"]
    # (the embassy's own delegation visiting the province stays led by the ambassador: passes on both trees)
    guests = (
        "Đại sứ Nhật Bản làm việc tại Thái Bình\nChiều 22/5/2024, đoàn công tác Đại sứ quán Nhật Bản do ngài Ito Naoki, "
        "Đại sứ Nhật Bản tại Việt Nam dẫn đầu đã làm việc với UBND tỉnh Thái Bình. Tiếp đoàn có đồng chí Nguyễn Khắc Thận, "
        "Chủ tịch UBND tỉnh."
    )
    record = _record(guests)
    assert record["lead"] and record["lead"]["name"] == "Ito Naoki", record["lead"]


def test_the_provinces_leader_told_inside_a_national_leaders_delegation_abroad_leads_it():
    text = (
        "Nghệ An thúc đẩy hợp tác với tỉnh Xiengkhouang (Lào)\nTrong khuôn khổ chuyến thăm chính thức Lào của Đoàn đại "
        "biểu cấp cao Quốc hội Việt Nam do Chủ tịch Quốc hội Trần Thanh Mẫn dẫn đầu, chiều 8/10/2024, đồng chí Nguyễn Đức "
        "Trung, Bí thư Tỉnh ủy Nghệ An, thành viên đoàn, đã có buổi hội kiến với ông Phonesavanh Sitthavong, Tỉnh trưởng "
        "tỉnh Xiengkhouang. Hai bên trao đổi về hợp tác giáo dục và thương mại."
    )
    record = _record(text)
    assert record["kind"] == "outbound_delegation", record["kind"]
    assert record["lead"] and record["lead"]["name"] == "Nguyễn Đức Trung", record["lead"]


# --- Partners: places of a person's life ---


def test_where_a_guest_was_born_with_the_year_is_no_partner():
    text = (
        "Quảng Ngãi tiếp Tổng Lãnh sự Lào tại Đà Nẵng\nSáng 14/3/2024, Phó Chủ tịch UBND tỉnh Quảng Ngãi Trần Phước Hiền "
        "tiếp ông Phoukhong Sisoulath, Tổng Lãnh sự Lào tại Đà Nẵng. Ông Phoukhong Sisoulath sinh năm 1968 tại thành phố "
        "Savannakhet, đã có nhiều năm làm công tác đối ngoại."
    )
    assert "Savannakhet" not in _partners(text), _partners(text)
    # (the same city the province asks to be linked with stays one: passes on both trees)
    asked = (
        "Quảng Ngãi tiếp Tổng Lãnh sự Lào tại Đà Nẵng\nSáng 14/3/2024, Phó Chủ tịch UBND tỉnh Quảng Ngãi Trần Phước Hiền "
        "tiếp ông Phoukhong Sisoulath, Tổng Lãnh sự Lào tại Đà Nẵng. Ông Trần Phước Hiền đề nghị Tổng Lãnh sự kết nối tỉnh "
        "với thành phố Savannakhet."
    )
    assert "Savannakhet" in _partners(asked), _partners(asked)


def test_where_a_guest_served_for_years_counted_in_words_is_no_partner():
    text = (
        "Bình Thuận tiếp Tổng Lãnh sự Nhật Bản\nChiều 21/5/2024, Chủ tịch UBND tỉnh Bình Thuận Đoàn Anh Dũng tiếp ông Ono "
        "Masuo, Tổng Lãnh sự Nhật Bản tại Thành phố Hồ Chí Minh. Ông Ono Masuo từng có ba năm công tác tại thành phố "
        "Fukuoka nên rất quan tâm đến hợp tác địa phương."
    )
    assert "Fukuoka" not in _partners(text), _partners(text)


def test_where_a_guest_was_born_with_the_province_after_a_comma_is_no_partner():
    text = (
        "Hà Tĩnh tiếp Tổng Lãnh sự Lào\nChiều 9/4/2024, Phó Chủ tịch UBND tỉnh Hà Tĩnh Lê Ngọc Châu tiếp ông Khamla "
        "Vongphachanh, Tổng Lãnh sự Lào tại Vinh. Ông Khamla Vongphachanh sinh ra tại thành phố Thakhek, tỉnh Khammouane, "
        "từng học tập tại Việt Nam."
    )
    assert "Khammouane" not in _partners(text), _partners(text)


# --- Partners: places named in passing ---


def test_the_city_a_fair_of_a_long_name_is_held_in_is_no_partner():
    text = (
        "Lạng Sơn tham dự hội chợ tại Trung Quốc\nNgày 18/9/2024, đoàn công tác tỉnh Lạng Sơn do ông Đoàn Thanh Sơn, Phó "
        "Chủ tịch UBND tỉnh dẫn đầu đã tham dự Hội chợ Thương mại quốc tế Trung Quốc – ASEAN lần thứ 21 tổ chức tại thành "
        "phố Nam Ninh, Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc). Đoàn đã làm việc với lãnh đạo thành phố Sùng Tả."
    )
    partners = _partners(text)
    assert "Nam Ninh" not in partners, partners
    assert "Sùng Tả" in partners, partners


def test_the_end_of_a_waterway_or_an_economic_corridor_is_no_partner():
    river = (
        "Đồng Tháp tiếp đoàn đại biểu tỉnh Kandal\nSáng 10/6/2024, Phó Chủ tịch UBND tỉnh Đồng Tháp Huỳnh Minh Tuấn tiếp "
        "đoàn đại biểu tỉnh Kandal (Campuchia). Hai bên trao đổi về việc khai thác tuyến đường thủy trên sông Tiền lên "
        "Phnom Penh để vận chuyển hàng hóa và du khách."
    )
    partners = _partners(river)
    assert "Phnom Penh" not in partners, partners
    assert "Kandal" in partners, partners
    corridor = (
        "Quảng Trị tiếp đoàn đại biểu tỉnh Savannakhet\nSáng 10/6/2024, Chủ tịch UBND tỉnh Quảng Trị Võ Văn Hưng tiếp "
        "đoàn đại biểu tỉnh Savannakhet (Lào). Hai bên nhất trí khai thác hiệu quả Hành lang kinh tế Đông – Tây, đưa hàng "
        "hóa của tỉnh sang Thái Lan và tới Khon Kaen."
    )
    partners = _partners(corridor)
    assert "Khon Kaen" not in partners, partners
    assert "Savannakhet" in partners, partners


def test_flights_listed_after_nhu_ending_the_clause_are_no_partners():
    text = (
        "Khánh Hòa tiếp Tổng Lãnh sự Nga\nChiều 7/8/2024, Phó Chủ tịch UBND tỉnh Khánh Hòa Trần Hòa Nam tiếp ông Alexey "
        "Popov, Tổng Lãnh sự Nga tại Đà Nẵng. Hiện Cam Ranh đón nhiều chuyến bay thẳng từ các thành phố lớn của Nga như "
        "Vladivostok, Krasnoyarsk, Yekaterinburg. Ông Trần Hòa Nam đề nghị Tổng Lãnh sự tiếp tục quảng bá du lịch tỉnh."
    )
    partners = _partners(text)
    assert not {"Vladivostok", "Krasnoyarsk", "Yekaterinburg"} & set(partners), partners
    # (one of them the province asks to twin with stays a partner: passes on both trees)
    twin = text.replace("tiếp tục quảng bá du lịch tỉnh.", "hỗ trợ tỉnh kết nghĩa với thành phố Krasnoyarsk.")
    assert "Krasnoyarsk" in _partners(twin), _partners(twin)


def test_the_people_of_a_region_reached_are_no_partner():
    text = (
        "Lâm Đồng quảng bá du lịch tại Nga\nNgày 12/9/2024, đoàn công tác tỉnh Lâm Đồng do ông Đặng Trí Dũng, Phó Chủ "
        "tịch UBND tỉnh dẫn đầu đã làm việc với chính quyền thành phố Vladivostok. Đoàn cũng tổ chức chương trình quảng bá "
        "du lịch Đà Lạt tới người dân vùng Primorsky."
    )
    partners = _partners(text)
    assert "Primorsky" not in partners, partners
    assert "Vladivostok" in partners, partners


# --- Kind ---


def test_a_post_once_held_at_a_mission_abroad_is_no_trip_in_a_central_delegations_article():
    text = (
        "Đoàn công tác Bộ Ngoại giao làm việc với tỉnh Phú Thọ\nSáng 16/7/2024, Chủ tịch UBND tỉnh Phú Thọ Bùi Văn Quang "
        "tiếp đoàn công tác của Bộ Ngoại giao do Đại sứ Nguyễn Văn Thảo dẫn đầu. Đại sứ Nguyễn Văn Thảo từng giữ chức Tổng "
        "Lãnh sự Việt Nam tại Fukuoka."
    )
    assert _record(text)["kind"] == "central_delegation", _record(text)["kind"]
    # (the province's delegation working with the consul general there stays abroad: passes on both trees)
    there = (
        "Đoàn công tác tỉnh Phú Thọ làm việc với Tổng Lãnh sự quán Việt Nam tại Fukuoka\nSáng 16/7/2024, đoàn công tác "
        "tỉnh Phú Thọ do ông Bùi Văn Quang, Chủ tịch UBND tỉnh dẫn đầu đã làm việc với Tổng Lãnh sự Việt Nam tại Fukuoka "
        "Vũ Bình."
    )
    assert _record(there)["kind"] == "outbound_delegation", _record(there)["kind"]


def test_the_provinces_leader_receiving_a_firms_head_named_after_ong_is_at_home():
    text = (
        "Tây Ninh tiếp Tổng Giám đốc Công ty năng lượng Đan Mạch\nChiều 3/9/2024, Phó Chủ tịch UBND tỉnh Tây Ninh Nguyễn "
        "Mạnh Hùng đã tiếp ông Lars Pedersen, Tổng Giám đốc Công ty Nordic Wind Energy. Công ty hiện có nhiều dự án điện "
        "gió tại Đan Mạch, Đức và Ba Lan, đang tìm hiểu cơ hội đầu tư tại tỉnh."
    )
    assert _record(text)["kind"] == "foreign_delegation", _record(text)["kind"]
    # (the province's leader working with him in Copenhagen stays abroad: passes on both trees)
    there = (
        "Tây Ninh làm việc với Tổng Giám đốc Công ty năng lượng Đan Mạch\nChiều 3/9/2024, tại Copenhagen (Đan Mạch), Phó "
        "Chủ tịch UBND tỉnh Tây Ninh Nguyễn Mạnh Hùng đã làm việc với ông Lars Pedersen, Tổng Giám đốc Công ty Nordic Wind "
        "Energy. Công ty hiện có nhiều dự án điện gió tại Đan Mạch, Đức và Ba Lan."
    )
    assert _record(there)["kind"] == "outbound_delegation", _record(there)["kind"]


def test_the_provinces_delegation_across_to_the_neighbours_gate_named_with_its_country_is_abroad():
    text = (
        "Hà Tĩnh hội đàm với tỉnh Bolikhamxay\nNgày 20/3/2024, đoàn đại biểu tỉnh Hà Tĩnh do ông Võ Trọng Hải, Chủ tịch "
        "UBND tỉnh làm trưởng đoàn đã sang cửa khẩu quốc tế Nậm Phao (huyện Khamkeut, tỉnh Bolikhamxay, Lào) hội đàm với "
        "đoàn đại biểu tỉnh Bolikhamxay do ông Khamsing Sithong, Phó Tỉnh trưởng dẫn đầu. Hai bên trao đổi về công tác quản "
        "lý biên giới."
    )
    record = _record(text)
    assert record["kind"] == "outbound_delegation", record["kind"]
    assert record["lead"] and record["lead"]["name"] == "Võ Trọng Hải", record["lead"]
    # (its own gate, on its side of the border, is at home: passes on both trees)
    home = (
        "Hà Tĩnh hội đàm với tỉnh Bolikhamxay\nNgày 20/3/2024, đoàn đại biểu tỉnh Hà Tĩnh do ông Võ Trọng Hải, Chủ tịch "
        "UBND tỉnh làm trưởng đoàn đã đến cửa khẩu quốc tế Cầu Treo (huyện Hương Sơn, tỉnh Hà Tĩnh) hội đàm với đoàn đại "
        "biểu tỉnh Bolikhamxay (Lào) do ông Khamsing Sithong, Phó Tỉnh trưởng dẫn đầu. Hai bên trao đổi về công tác quản lý "
        "biên giới."
    )
    assert _record(home)["kind"] != "outbound_delegation", _record(home)["kind"]


def test_a_foreign_head_who_warmly_welcomes_the_provinces_delegation_makes_it_abroad():
    text = (
        "Kon Tum và Attapeu tăng cường hợp tác\nNgày 5/9/2024, đoàn đại biểu tỉnh Kon Tum do ông Lê Ngọc Tuấn, Chủ tịch "
        "UBND tỉnh dẫn đầu đã có buổi hội đàm với đoàn đại biểu tỉnh Attapeu (Lào). Tỉnh trưởng tỉnh Attapeu Leth "
        "Xaiyaphone nhiệt liệt chào mừng đoàn đại biểu tỉnh Kon Tum sang thăm và làm việc. Hai bên nhất trí tăng cường hợp "
        "tác trong lĩnh vực nông nghiệp."
    )
    record = _record(text)
    assert record["kind"] == "outbound_delegation", record["kind"]
    assert record["lead"] and record["lead"]["name"] == "Lê Ngọc Tuấn", record["lead"]
    # (a foreign head who only congratulates the province leaves it as it was: passes on both trees)
    congratulates = text.replace(
        "nhiệt liệt chào mừng đoàn đại biểu tỉnh Kon Tum sang thăm và làm việc",
        "chúc mừng những thành tựu của tỉnh Kon Tum",
    )
    assert _record(congratulates)["kind"] == "foreign_delegation", _record(congratulates)["kind"]


# --- Date ---


def test_a_storys_foot_with_its_time_first_dates_the_activity():
    text = (
        "Thừa Thiên Huế tiếp đoàn đại biểu tỉnh Chungcheongnam\nChiều 6/11, Chủ tịch UBND tỉnh Thừa Thiên Huế Phan Ngọc "
        "Thọ tiếp đoàn đại biểu tỉnh Chungcheongnam (Hàn Quốc) do ông Lee Sang-min, Phó Tỉnh trưởng dẫn đầu.\nPhát biểu "
        "tại buổi tiếp, ông Phan Ngọc Thọ giới thiệu tiềm năng, thế mạnh của tỉnh trong các lĩnh vực du lịch di sản, giáo "
        "dục đại học và y tế chuyên sâu. Hiện Hàn Quốc là một trong những nhà đầu tư lớn tại Thừa Thiên Huế với 21 dự án "
        "còn hiệu lực.\nÔng Phan Ngọc Thọ đề nghị tỉnh Chungcheongnam hỗ trợ đào tạo điều dưỡng và kỹ thuật viên y tế cho "
        "các bệnh viện của tỉnh, đồng thời kết nối doanh nghiệp chế biến thủy sản sang tìm hiểu đầu tư tại Khu kinh tế Chân "
        "Mây - Lăng Cô.\nPhó Tỉnh trưởng Lee Sang-min cảm ơn sự đón tiếp chu đáo của tỉnh và cho biết Chungcheongnam mong "
        "muốn mở rộng giao lưu thanh niên, sinh viên giữa hai địa phương trong thời gian tới.\nTags: Thừa Thiên Huế  "
        "Chungcheongnam  Hàn Quốc\nCập nhật: 20:11 | 06/11/2019"
    )
    record = _record(text)
    assert record["start_date"] == "2019-11-06", (record["start_date"], record["published"])


# --- Is it an activity ---


def test_a_tet_visit_to_a_border_post_whose_border_is_named_with_units_after_commas_is_no_activity():
    text = (
        "Phó Bí thư Tỉnh ủy Hà Giang thăm, chúc Tết Đồn Biên phòng Cửa khẩu quốc tế Thanh Thủy\nSáng 2/2/2024, đồng chí "
        "Thào Hồng Sơn, Phó Bí thư Tỉnh ủy Hà Giang đã đến thăm, chúc Tết cán bộ, chiến sĩ Đồn Biên phòng Cửa khẩu quốc tế "
        "Thanh Thủy. Đơn vị quản lý 24 km đường biên giới giáp huyện Mã Quan, châu Văn Sơn, tỉnh Vân Nam (Trung Quốc). Đồng "
        "chí Thào Hồng Sơn ghi nhận những nỗ lực của đơn vị trong công tác bảo vệ chủ quyền lãnh thổ."
    )
    assert _record(text)["is_activity"] is False
    # (talks with the neighbour's leaders after the visit stay one: passes on both trees)
    talks = text.replace(
        "Đồng chí Thào Hồng Sơn ghi nhận những nỗ lực của đơn vị trong công tác bảo vệ chủ quyền lãnh thổ.",
        "Sau đó, đồng chí Thào Hồng Sơn đã hội đàm với lãnh đạo huyện Mã Quan.",
    )
    assert _record(talks)["is_activity"] is True


def test_a_cruise_ships_nationality_names_no_foreign_side():
    text = (
        "Quảng Ninh đón tàu du lịch biển quốc tế đầu tiên năm 2025\nSáng 4/1/2025, tại cảng tàu khách quốc tế Hạ Long, Sở "
        "Du lịch tỉnh Quảng Ninh tổ chức lễ đón tàu du lịch biển Aurora Star (quốc tịch Malta) cùng hơn 1.800 du khách. Đây "
        "là chuyến tàu biển quốc tế đầu tiên cập cảng Hạ Long trong năm 2025."
    )
    assert _record(text)["is_activity"] is False


def test_a_minister_receiving_a_foreign_province_after_a_wires_dateline_is_no_activity_of_the_capital():
    text = (
        "Thúc đẩy hợp tác thương mại với tỉnh Champasak của Lào\nHà Nội (TTXVN) - Sáng 12/3, tại trụ sở Bộ Công Thương, Bộ "
        "trưởng Nguyễn Hồng Diên đã tiếp đoàn đại biểu tỉnh Champasak (Lào) do ông Vilayvong Boudakham, Tỉnh trưởng tỉnh "
        "Champasak dẫn đầu. Hai bên trao đổi về thúc đẩy thương mại biên giới và năng lượng."
    )
    assert _record(text)["is_activity"] is False
    # (the city's own leader receiving them stays one: passes on both trees)
    city = text.replace(
        "tại trụ sở Bộ Công Thương, Bộ trưởng Nguyễn Hồng Diên",
        "tại trụ sở UBND thành phố, Phó Chủ tịch UBND thành phố Hà Nội Nguyễn Mạnh Quyền",
    )
    assert _record(city)["is_activity"] is True


# --- Asks ---


def test_both_sides_also_agreeing_to_petition_both_governments_is_an_ask():
    text = (
        "Điện Biên hội đàm với tỉnh Luang Prabang\nNgày 14/5/2024, Chủ tịch UBND tỉnh Điện Biên Lê Thành Đô hội đàm với "
        "đoàn đại biểu tỉnh Luang Prabang (Lào) do ông Phongsavanh Sitthavong, Tỉnh trưởng dẫn đầu. Hai bên cũng thống nhất "
        "cùng kiến nghị Chính phủ hai nước sớm đầu tư nâng cấp tuyến đường từ cửa khẩu Huổi Puốc đến thành phố Luang "
        "Prabang."
    )
    asks = _asks(text)
    assert any("nâng cấp tuyến đường từ cửa khẩu Huổi Puốc" in a for a in asks), asks


def test_a_purpose_opening_of_several_commas_ends_at_the_provinces_speaker():
    text = (
        "Cao Bằng hội đàm với thành phố Bách Sắc\nNgày 23/4/2024, Chủ tịch UBND tỉnh Cao Bằng Hoàng Xuân Ánh hội đàm với "
        "đoàn đại biểu thành phố Bách Sắc (Trung Quốc) do ông Chu Vĩ, Thị trưởng dẫn đầu. Phát biểu tại buổi hội đàm, Chủ "
        "tịch UBND tỉnh Hoàng Xuân Ánh đánh giá cao kết quả hợp tác giữa hai địa phương thời gian qua. Để quan hệ hữu nghị, "
        "hợp tác giữa hai địa phương ngày càng thực chất, hiệu quả, ông đề nghị hai bên sớm hoàn thành thủ tục mở cặp cửa "
        "khẩu song phương Lý Vạn - Thạc Long."
    )
    asks = _asks(text)
    assert any("mở cặp cửa khẩu song phương" in a for a in asks), asks
    # (the guest speaking before it asks nothing of the province's: passes on both trees)
    guest = text.replace("Chủ tịch UBND tỉnh Hoàng Xuân Ánh đánh giá cao", "Thị trưởng Chu Vĩ đánh giá cao")
    assert _asks(guest) == [], _asks(guest)
