"""The extraction rules of rounds sp-sw: one test per rule, each sentence written for it (provincial news style)."""

from apps.ingest.pipeline import extract_from_text


def _record(text):
    return extract_from_text(text, "t.txt")[1]


def _asks(text):
    return [r["text"] for r in _record(text)["requests"]]


def _partners(text):
    return [p["name"] for p in _record(text)["partners"]]


def _officials(text):
    return [o["name"] for o in _record(text)["officials"]]


# --- Headline ---


def test_a_photo_storys_rubric_is_its_headline():
    text = (
        "Phóng sự ảnh: Hoạt động đối ngoại nổi bật của tỉnh Đắk Nông năm 2023\nNăm 2023, tỉnh Đắk Nông đã đón tiếp 25 "
        "đoàn khách quốc tế đến thăm và làm việc tại tỉnh. Sáng 12/10/2023, Phó Chủ tịch UBND tỉnh Đắk Nông Lê Trọng Yên "
        "tiếp đoàn đại biểu tỉnh Mondulkiri (Campuchia)."
    )
    title = _record(text)["title"]
    assert title == "Phóng sự ảnh: Hoạt động đối ngoại nổi bật của tỉnh Đắk Nông năm 2023", title
    # (a bunch of photos under "Chùm ảnh:" too)
    bunch = (
        "Chùm ảnh: Lễ hội đường phố tỉnh Hậu Giang chào đón bạn bè quốc tế\nTối 20/11/2023, tại thành phố Vị Thanh, "
        "UBND tỉnh Hậu Giang tổ chức lễ hội đường phố chào đón đoàn đại biểu tỉnh Kampong Cham (Campuchia)."
    )
    title = _record(bunch)["title"]
    assert title == "Chùm ảnh: Lễ hội đường phố tỉnh Hậu Giang chào đón bạn bè quốc tế", title


def test_a_bodys_name_alone_on_its_line_is_no_headline():
    text = (
        "Sở Ngoại vụ tỉnh Bến Tre\nNgày đăng: 14/08/2023\nBến Tre tiếp đoàn công tác Đại sứ quán Hà Lan\nChiều 11/8/2023, "
        "Phó Chủ tịch UBND tỉnh Bến Tre Nguyễn Minh Cảnh tiếp đoàn công tác Đại sứ quán Hà Lan do ông Kees van Baar, Đại "
        "sứ dẫn đầu."
    )
    title = _record(text)["title"]
    assert title == "Bến Tre tiếp đoàn công tác Đại sứ quán Hà Lan", title
    # (the body's name that goes on with what it did is a headline: passes on both trees)
    named = (
        "Sở Ngoại vụ tỉnh Bến Tre tiếp đoàn công tác Đại sứ quán Hà Lan\nChiều 11/8/2023, Giám đốc Sở Ngoại vụ tỉnh Bến "
        "Tre tiếp đoàn công tác Đại sứ quán Hà Lan do ông Kees van Baar, Đại sứ dẫn đầu."
    )
    title = _record(named)["title"]
    assert title == "Sở Ngoại vụ tỉnh Bến Tre tiếp đoàn công tác Đại sứ quán Hà Lan", title


# --- Kind: the province's delegation abroad ---


def test_the_provinces_delegation_that_visited_a_foreign_province_is_abroad():
    text = (
        "Đồng Tháp thúc đẩy hợp tác với các địa phương Campuchia\nTừ ngày 6 - 8/6/2024, đoàn đại biểu tỉnh Đồng Tháp do "
        "ông Phạm Thiện Nghĩa, Chủ tịch UBND tỉnh làm trưởng đoàn đã thăm tỉnh Prey Veng (Campuchia). Hai bên trao đổi về "
        "hợp tác thương mại và nông nghiệp."
    )
    assert _record(text)["kind"] == "outbound_delegation", _record(text)["kind"]
    # (a visit to a province at home is none abroad: passes on both trees)
    home = text.replace("các địa phương Campuchia", "các địa phương").replace(
        "tỉnh Prey Veng (Campuchia)", "tỉnh Tiền Giang"
    )
    assert _record(home)["kind"] != "outbound_delegation", _record(home)["kind"]


def test_a_building_whose_bracket_names_the_foreign_place_before_the_provinces_delegation_is_abroad():
    text = (
        "Lào Cai hội đàm với châu Hồng Hà\nNgày 23/5/2024, tại Trung tâm Hội nghị châu Hồng Hà (thành phố Mông Tự, tỉnh "
        "Vân Nam, Trung Quốc), đoàn công tác tỉnh Lào Cai do đồng chí Trịnh Xuân Trường, Chủ tịch UBND tỉnh dẫn đầu đã hội "
        "đàm với lãnh đạo châu Hồng Hà."
    )
    record = _record(text)
    assert record["kind"] == "outbound_delegation", record["kind"]
    assert record["lead"] and record["lead"]["name"] == "Trịnh Xuân Trường", record["lead"]


def test_local_time_after_a_clause_on_the_national_visit_is_abroad():
    text = (
        "Lãnh đạo tỉnh Hải Dương làm việc với Tập đoàn Samsung\nTháp tùng Thủ tướng Chính phủ Phạm Minh Chính trong chuyến "
        "thăm chính thức Hàn Quốc từ ngày 30/6 - 3/7/2024, chiều 1/7 (giờ địa phương), đồng chí Lê Ngọc Châu, Chủ tịch "
        "UBND tỉnh Hải Dương đã làm việc với lãnh đạo Tập đoàn Samsung về mở rộng nhà máy linh kiện điện tử."
    )
    record = _record(text)
    assert record["kind"] == "outbound_delegation", record["kind"]
    assert record["lead"] and record["lead"]["name"] == "Lê Ngọc Châu", record["lead"]


def test_a_guests_head_office_abroad_is_no_venue():
    text = (
        "Quảng Trị tiếp tổ chức Hòa Bình Na Uy\nSáng 19/9/2024, Phó Chủ tịch UBND tỉnh Quảng Trị Hoàng Nam tiếp đoàn "
        "công tác của tổ chức Hòa Bình Na Uy, có văn phòng chính tại Bergen (Na Uy), do bà Ingrid Solberg, Giám đốc quốc "
        "gia dẫn đầu. Bà Ingrid Solberg cho biết tổ chức đã hỗ trợ các dự án rà phá bom mìn tại tỉnh từ năm 2015."
    )
    assert _record(text)["kind"] == "foreign_delegation", _record(text)["kind"]
    # (the province's leader working in that city is abroad: passes on both trees)
    there = (
        "Quảng Trị làm việc với tổ chức Hòa Bình Na Uy\nSáng 19/9/2024, tại Bergen (Na Uy), Phó Chủ tịch UBND tỉnh Quảng "
        "Trị Hoàng Nam làm việc với tổ chức Hòa Bình Na Uy."
    )
    assert _record(there)["kind"] == "outbound_delegation", _record(there)["kind"]


# --- People ---


def test_a_man_after_ong_whose_name_a_foreign_unit_bears_is_a_person():
    text = (
        "Lai Châu tiếp Tổng Lãnh sự Lào tại Đà Nẵng\nChiều 4/10/2024, Phó Chủ tịch UBND tỉnh Lai Châu Hà Trọng Hải tiếp "
        "ông Sengphet Houngboungnuang, Tổng Lãnh sự Lào tại Đà Nẵng. Cùng dự buổi tiếp có ông Châu Hồng Hà, Giám đốc Sở "
        "Công Thương tỉnh Lai Châu."
    )
    assert "Châu Hồng Hà" in _officials(text), _officials(text)


def test_a_given_name_hoi_before_a_comma_or_a_verb_ends_the_name():
    text = (
        "Sóc Trăng tiếp Đại sứ Australia\nSáng 22/10/2024, Phó Chủ tịch UBND tỉnh Sóc Trăng Vương Quốc Nam tiếp bà "
        "Gillian Bird, Đại sứ Australia tại Việt Nam. Tham dự buổi tiếp có ông Trần Văn Hội, Giám đốc Sở Kế hoạch và Đầu "
        "tư tỉnh Sóc Trăng."
    )
    names = _officials(text)
    assert "Trần Văn Hội" in names and "Trần Văn" not in names, names
    speaks = (
        "Sóc Trăng tiếp Đại sứ Australia\nSáng 22/10/2024, Phó Chủ tịch UBND tỉnh Sóc Trăng Vương Quốc Nam tiếp bà "
        "Gillian Bird, Đại sứ Australia tại Việt Nam. Ông Trần Văn Hội cho biết tỉnh đang kêu gọi đầu tư vào năng lượng "
        "gió ngoài khơi."
    )
    names = _officials(speaks)
    assert "Trần Văn Hội" in names and "Trần Văn" not in names, names


# --- Partners: places named in passing ---


def test_where_a_guest_was_born_or_grew_up_is_no_partner():
    born = (
        "Phú Yên tiếp Tổng Lãnh sự Nga\nChiều 5/11/2024, Chủ tịch UBND tỉnh Phú Yên Tạ Anh Tuấn tiếp ông Sergei Orlov, "
        "Tổng Lãnh sự Nga tại Đà Nẵng. Ông Sergei Orlov sinh ra tại thành phố Novosibirsk, từng nhiều năm làm việc tại "
        "Việt Nam."
    )
    assert "Novosibirsk" not in _partners(born), _partners(born)
    grew = (
        "Thái Nguyên tiếp Đại sứ Hoa Kỳ\nChiều 5/11/2024, Chủ tịch UBND tỉnh Thái Nguyên Trịnh Việt Hùng tiếp ông Marc "
        "Knapper, Đại sứ Hoa Kỳ tại Việt Nam. Đại sứ cho biết ông sinh ra và lớn lên ở thành phố Seattle (bang "
        "Washington)."
    )
    assert "Washington" not in _partners(grew), _partners(grew)
    # (the same city the province asks to be linked with stays one: passes on both trees)
    asked = (
        "Phú Yên tiếp Tổng Lãnh sự Nga\nChiều 5/11/2024, Chủ tịch UBND tỉnh Phú Yên Tạ Anh Tuấn tiếp ông Sergei Orlov, "
        "Tổng Lãnh sự Nga tại Đà Nẵng. Ông Tạ Anh Tuấn đề nghị Tổng Lãnh sự kết nối tỉnh với thành phố Novosibirsk."
    )
    assert "Novosibirsk" in _partners(asked), _partners(asked)


def test_where_a_person_served_studied_or_held_a_post_is_no_partner():
    served = (
        "Kiên Giang tiếp Tổng Lãnh sự Campuchia\nSáng 18/9/2024, Phó Chủ tịch UBND tỉnh Kiên Giang Lê Quốc Anh tiếp "
        "ông Hang Kimsan, Tổng Lãnh sự Campuchia tại Thành phố Hồ Chí Minh. Ông Hang Kimsan từng có nhiều năm công tác "
        "tại tỉnh Kampot nên rất hiểu về hợp tác giữa hai bên."
    )
    assert "Kampot" not in _partners(served), _partners(served)
    studied = (
        "Hưng Yên tiếp Đại sứ Cuba\nChiều 2/10/2024, Chủ tịch UBND tỉnh Hưng Yên Trần Quốc Văn tiếp ông Rogelio "
        "Polanco Fuentes, Đại sứ Cuba tại Việt Nam. Ông Trần Quốc Văn từng học tập tại Trường Đại học Trung ương ở "
        "tỉnh Villa Clara nên có nhiều tình cảm với đất nước Cuba."
    )
    assert "Villa Clara" not in _partners(studied), _partners(studied)
    post = (
        "Cao Bằng tiếp Tổng Lãnh sự Trung Quốc\nSáng 9/8/2024, Chủ tịch UBND tỉnh Cao Bằng Lê Hải Hòa tiếp ông Lý Chí "
        "Cương, Tổng Lãnh sự Trung Quốc tại Hải Phòng. Ông Lý Chí Cương từng giữ chức Phó Thị trưởng thành phố Sùng Tả "
        "nên am hiểu về hợp tác biên giới."
    )
    assert "Sùng Tả" not in _partners(post), _partners(post)


def test_a_list_of_flight_routes_after_nhu_names_no_partners():
    text = (
        "Kiên Giang tiếp Tổng Lãnh sự Hàn Quốc\nChiều 7/8/2024, Phó Chủ tịch UBND tỉnh Kiên Giang Nguyễn Lưu Trung tiếp "
        "ông Shin Choong Il, Tổng Lãnh sự Hàn Quốc tại Thành phố Hồ Chí Minh. Hiện có nhiều đường bay thẳng từ Hàn Quốc "
        "đến Phú Quốc như Incheon - Phú Quốc, Busan - Phú Quốc, đưa lượng lớn du khách Hàn Quốc đến tỉnh."
    )
    partners = _partners(text)
    assert "Incheon" not in partners and "Busan" not in partners, partners


def test_the_towns_a_bridge_joins_named_with_their_kind_words_are_no_partners():
    text = (
        "Lào Cai tiếp đoàn đại biểu châu Hồng Hà\nNgày 12/7/2024, Phó Chủ tịch UBND tỉnh Lào Cai Hoàng Quốc Khánh tiếp "
        "đoàn đại biểu châu Hồng Hà (Trung Quốc). Hai bên trao đổi về việc nâng cấp cầu đường bộ Kim Thành nối thành phố "
        "Lào Cai với huyện Hà Khẩu, tạo thuận lợi cho xuất nhập khẩu hàng hóa."
    )
    partners = _partners(text)
    assert "Hà Khẩu" not in partners, partners
    assert "Hồng Hà" in partners, partners


def test_the_other_transit_places_after_hoac_are_no_partners():
    text = (
        "Đà Nẵng tiếp đoàn đại biểu bang Queensland\nSáng 14/3/2024, Phó Chủ tịch UBND thành phố Đà Nẵng Trần Chí Cường "
        "tiếp đoàn đại biểu bang Queensland (Australia). Hiện du khách Australia đến Đà Nẵng phải quá cảnh tại Bangkok "
        "hoặc Kuala Lumpur, hai bên mong muốn sớm mở đường bay thẳng."
    )
    partners = _partners(text)
    assert "Kuala Lumpur" not in partners and "Bangkok" not in partners, partners
    assert "Queensland" in partners, partners


# --- Asks: what both sides are asked to do together ---


def test_a_joint_ask_on_the_border_line_and_its_markers_is_an_ask():
    text = (
        "Hà Giang hội đàm với châu Văn Sơn\nNgày 26/3/2024, Chủ tịch UBND tỉnh Hà Giang Nguyễn Văn Sơn hội đàm với đoàn "
        "đại biểu châu Văn Sơn (Trung Quốc). Ông Nguyễn Văn Sơn đề nghị hai bên tiếp tục phối hợp quản lý chặt chẽ đường "
        "biên giới, cột mốc trên tuyến biên giới chung."
    )
    asks = _asks(text)
    assert any("đường biên giới, cột mốc" in a for a in asks), asks


def test_a_joint_ask_on_people_and_vehicles_crossing_is_an_ask():
    text = (
        "Điện Biên hội đàm với tỉnh Luông Pha Bang\nNgày 26/3/2024, Phó Chủ tịch UBND tỉnh Điện Biên Lò Văn Tiến hội đàm "
        "với đoàn đại biểu tỉnh Luông Pha Bang (Lào). Ông Lò Văn Tiến đề nghị hai tỉnh phối hợp quản lý người và phương "
        "tiện qua lại cửa khẩu Tây Trang."
    )
    asks = _asks(text)
    assert any("người và phương tiện qua lại" in a for a in asks), asks


def test_a_joint_ask_to_settle_cases_for_good_is_an_ask():
    text = (
        "Quảng Bình hội đàm với tỉnh Khăm Muộn\nNgày 26/3/2024, Phó Chủ tịch UBND tỉnh Quảng Bình Phan Phong Phú hội đàm "
        "với đoàn đại biểu tỉnh Khăm Muộn (Lào). Ông Phan Phong Phú đề nghị hai bên tăng cường phối hợp giải quyết dứt "
        "điểm các vụ việc xâm canh, xâm cư trên khu vực biên giới."
    )
    asks = _asks(text)
    assert any("giải quyết dứt điểm các vụ việc" in a for a in asks), asks


def test_a_joint_ask_with_tasks_before_the_threat_fought_is_an_ask():
    text = (
        "Sơn La hội đàm với tỉnh Hủa Phăn\nNgày 26/3/2024, Phó Chủ tịch UBND tỉnh Sơn La Đặng Ngọc Hậu hội đàm với đoàn "
        "đại biểu tỉnh Hủa Phăn (Lào). Ông Đặng Ngọc Hậu đề nghị hai tỉnh tiếp tục phối hợp giữ vững an ninh chính trị, "
        "trật tự an toàn xã hội vùng biên, đấu tranh phòng chống tội phạm ma túy."
    )
    asks = _asks(text)
    assert any("phòng chống tội phạm ma túy" in a for a in asks), asks
    # (the border at large kept together is none: passes on both trees)
    plain = (
        "Sơn La hội đàm với tỉnh Hủa Phăn\nNgày 26/3/2024, Phó Chủ tịch UBND tỉnh Sơn La Đặng Ngọc Hậu hội đàm với "
        "đoàn đại biểu tỉnh Hủa Phăn (Lào). Ông Đặng Ngọc Hậu đề nghị hai bên tiếp tục phối hợp quản lý biên giới."
    )
    assert _asks(plain) == [], _asks(plain)


# --- Asks: general wishes ---


def test_the_diaspora_wished_a_bridge_between_the_places_is_no_ask():
    text = (
        "Bình Dương gặp mặt kiều bào tại Hàn Quốc\nTối 15/10/2024, tại Seoul, đoàn công tác tỉnh Bình Dương do ông Võ "
        "Văn Minh, Chủ tịch UBND tỉnh dẫn đầu đã gặp mặt cộng đồng người Việt Nam tại Hàn Quốc. Ông Võ Văn Minh mong muốn "
        "kiều bào tiếp tục là cầu nối giữa tỉnh Bình Dương và thành phố Daegu."
    )
    assert _asks(text) == [], _asks(text)
    czech = (
        "Nam Định gặp mặt kiều bào tại Séc\nTối 15/10/2024, tại Praha, đoàn công tác tỉnh Nam Định do ông Phạm Đình "
        "Nghị, Chủ tịch UBND tỉnh dẫn đầu đã gặp mặt cộng đồng người Việt Nam tại Séc. Ông Phạm Đình Nghị mong muốn cộng "
        "đồng người Việt tại Séc sẽ trở thành nhịp cầu hữu nghị giữa Nam Định và các địa phương của Séc."
    )
    assert _asks(czech) == [], _asks(czech)
    # (a bridge with a task named after it stays an ask: passes on both trees)
    task = (
        "Bình Dương gặp mặt kiều bào tại Hàn Quốc\nTối 15/10/2024, tại Seoul, đoàn công tác tỉnh Bình Dương do ông Võ "
        "Văn Minh, Chủ tịch UBND tỉnh dẫn đầu đã gặp mặt cộng đồng người Việt Nam tại Hàn Quốc. Ông Võ Văn Minh mong muốn "
        "bà con kiều bào làm cầu nối, kết nối các doanh nghiệp Hàn Quốc tìm hiểu cơ hội đầu tư tại Bình Dương."
    )
    assert any("tìm hiểu cơ hội đầu tư" in a for a in _asks(task)), _asks(task)


# --- Is it an activity ---


def test_an_outbound_trips_lead_is_its_own_leader_not_the_foreign_host_read_as_head():
    text = (
        "Bắc Ninh thúc đẩy hợp tác với thành phố Gunsan\nNgày 8/10/2024, trong chuyến công tác tại Hàn Quốc, Chủ tịch "
        "UBND tỉnh Bắc Ninh Vương Quốc Tuấn đã làm việc với Thị trưởng thành phố Gunsan. Tại buổi làm việc, Thị trưởng "
        "Kang Im-jun cho biết thành phố mong muốn hợp tác với Bắc Ninh trong lĩnh vực đào tạo nghề."
    )
    record = _record(text)
    assert record["kind"] == "outbound_delegation", record["kind"]
    assert record["lead"] and record["lead"]["name"] == "Vương Quốc Tuấn", record["lead"]
    # (the host named as his delegation's head, "do ... dẫn đầu", stays the lead: passes on both trees)
    headed = (
        "Bắc Ninh thúc đẩy hợp tác với thành phố Gunsan\nNgày 8/10/2024, trong chuyến công tác tại Hàn Quốc, đoàn đại "
        "biểu tỉnh Bắc Ninh đã làm việc với đoàn đại biểu thành phố Gunsan do Thị trưởng Kang Im-jun dẫn đầu. Chủ tịch "
        "UBND tỉnh Bắc Ninh Vương Quốc Tuấn cảm ơn Thị trưởng đã đón tiếp đoàn."
    )
    record = _record(headed)
    assert record["lead"] and record["lead"]["name"] == "Kang Im-jun", record["lead"]
