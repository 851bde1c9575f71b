"""The extraction rules of rounds qn-qs: one test per rule, each sentence written for it (provincial news style)."""

from apps.ingest.pipeline import extract_from_text


def _record(text):
    return extract_from_text(text, "t.txt")[1]


def _asks(text):
    return [r["text"] for r in _record(text)["requests"]]


def _partners(text):
    return [p["name"] for p in _record(text)["partners"]]


def _officials(text):
    return [o["name"] for o in _record(text)["officials"]]


# --- Page furniture; dates and years ---


def test_a_sites_name_in_capitals_and_a_bar_before_today_is_the_pages_clock_not_its_publication():
    text = ("BAOBACGIANG.COM.VN | Hôm nay: Thứ Tư, 11/02/2026 | Tiếng Việt | English\nBắc Giang tiếp đoàn doanh nghiệp tỉnh "
            "Gyeonggi\nChiều 20/1, tại trụ sở UBND tỉnh, Phó Chủ tịch UBND tỉnh Bắc Giang Phan Thế Tuấn đã tiếp đoàn doanh "
            "nghiệp tỉnh Gyeonggi (Hàn Quốc) do ông Park Sung-min, Chủ tịch Hiệp hội doanh nghiệp Gyeonggi dẫn đầu.\nPhó Chủ "
            "tịch UBND tỉnh đề nghị các doanh nghiệp Gyeonggi mở rộng đầu tư vào các khu công nghiệp của Bắc Giang.\nÔng Park "
            "Sung-min cho biết sẽ giới thiệu thêm nhà đầu tư đến tìm hiểu tỉnh.")
    record = _record(text)
    assert (record["published"], record["start_date"]) == (None, None), (record["published"], record["start_date"])
    # (the site's name and a bar before a day with no "Hôm nay": the page's publication line, its year the story's)
    dated = _record(text.replace("| Hôm nay: Thứ Tư", "| Thứ Tư"))
    assert (dated["published"], dated["start_date"]) == ("2026-02-11", "2026-01-20"), (dated["published"], dated["start_date"])


def test_a_row_of_bracketed_page_buttons_with_a_view_count_is_furniture_and_the_dated_lead_opens_the_story():
    lead = ("Sáng 14/10, tại thành phố Hoa Lư, Chủ tịch UBND tỉnh Ninh Bình Phạm Quang Ngọc đã hội đàm với đoàn đại biểu tỉnh "
            "Luang Prabang (Lào) do Phó Tỉnh trưởng Vanhxay Phommachanh dẫn đầu.")
    body = ("\n" + lead + "\nChủ tịch UBND tỉnh đề nghị tỉnh Luang Prabang phối hợp xây dựng các tour du lịch kết nối hai di sản "
            "thế giới.\nPhó Tỉnh trưởng Vanhxay Phommachanh cảm ơn sự đón tiếp nồng hậu của tỉnh Ninh Bình.")
    row = "[Gửi email] [In bài] [Bình luận]  2.315 lượt xem"
    # (a page with no headline: the lead under the row is read as one)
    record = _record("Thứ Ba, 15/10/2024 - 09:30\n" + row + body)
    assert record["title"] == lead, record["title"]
    # (the row between the headline and the publication line is no headline either)
    headline = "Ninh Bình hội đàm với tỉnh Luang Prabang"
    record = _record(headline + "\n" + row + "\nThứ Ba, 15/10/2024 - 09:30" + body)
    assert record["title"] == headline, record["title"]
    # (a headline that opens with one bracketed tag and goes on to tell the news stays the title)
    tagged = "[Ảnh] Ninh Bình hội đàm với tỉnh Luang Prabang"
    assert _record(tagged + "\nThứ Ba, 15/10/2024 - 09:30" + body)["title"] == tagged


def test_the_teaser_cut_short_under_a_see_also_boxs_headline_is_the_boxs_and_its_people_are_no_officials():
    text = ("Phú Thọ tiếp Tham tán Đại sứ quán Nhật Bản\nThứ Năm, 21/11/2024 - 15:10\nChiều 20/11, tại thành phố Việt Trì, Chủ "
            "tịch UBND tỉnh Phú Thọ Bùi Văn Quang đã tiếp ông Nakamura Hiroshi, Tham tán Đại sứ quán Nhật Bản tại Việt Nam.\nChủ "
            "tịch UBND tỉnh giới thiệu tiềm năng, lợi thế của tỉnh trong phát triển công nghiệp chế biến và du lịch tâm linh.\n"
            "Xem thêm:\nYên Bái mời gọi doanh nghiệp Nhật Bản đầu tư nông nghiệp công nghệ cao\nSáng 18/11, Phó Chủ tịch UBND "
            "tỉnh Yên Bái Đinh Thị Hải Yến đã tiếp đoàn doanh nghiệp tỉnh Shizuoka (Nhật Bản) đến tìm hiểu cơ hội đầu tư vào...\n"
            "Chủ tịch UBND tỉnh Phú Thọ đề nghị Đại sứ quán Nhật Bản giới thiệu các doanh nghiệp công nghiệp hỗ trợ đến khảo sát, "
            "đầu tư tại các khu công nghiệp của tỉnh.\nÔng Nakamura Hiroshi đánh giá cao môi trường đầu tư của Phú Thọ và cho "
            "biết sẽ kết nối doanh nghiệp hai bên.")
    record = _record(text)
    assert [o["name"] for o in record["officials"]] == ["Bùi Văn Quang"], record["officials"]
    assert "Shizuoka" not in [p["name"] for p in record["partners"]], record["partners"]
    # (the story's own paragraph after the teaser stays the story's: its ask is kept)
    assert [r["text"] for r in record["requests"]] == [
        "đề nghị Đại sứ quán Nhật Bản giới thiệu các doanh nghiệp công nghiệp hỗ trợ đến khảo sát, đầu tư tại các khu công "
        "nghiệp của tỉnh."
    ], record["requests"]


# --- Partners ---


def test_the_foreign_capital_bridged_into_an_online_conference_is_no_partner():
    text = ("Thái Nguyên xúc tiến đầu tư trực tuyến với tỉnh Aichi\nThứ Sáu, 08/11/2024 - 17:45\nChiều 7/11, UBND tỉnh Thái "
            "Nguyên phối hợp với chính quyền tỉnh Aichi (Nhật Bản) tổ chức hội nghị xúc tiến đầu tư theo hình thức trực tuyến, "
            "kết nối điểm cầu Thái Nguyên với các điểm cầu Hà Nội và Tokyo.\nPhó Chủ tịch UBND tỉnh Thái Nguyên Đặng Xuân "
            "Trường giới thiệu các khu công nghiệp Yên Bình, Điềm Thụy và chính sách ưu đãi của tỉnh.\nPhó Chủ tịch UBND tỉnh "
            "đề nghị tỉnh Aichi giới thiệu các doanh nghiệp linh kiện điện tử đến đầu tư tại Thái Nguyên.")
    assert _partners(text) == ["Aichi"], _partners(text)
    # (the same capital asked for something further down stays a partner)
    asked = text + ("\nPhó Chủ tịch UBND tỉnh cũng đề nghị chính quyền thủ đô Tokyo chia sẻ kinh nghiệm phát triển đô thị "
                    "thông minh với Thái Nguyên.")
    assert "Tokyo" in _partners(asked), _partners(asked)


# --- Asks ---


def test_on_a_trip_abroad_the_delegation_that_also_worked_with_an_agency_in_another_city_asks_it():
    text = ("Đoàn công tác tỉnh Hưng Yên làm việc tại Hàn Quốc\nThứ Hai, 11/11/2024 - 21:05\nTừ ngày 5 đến 9/11, đoàn công "
            "tác tỉnh Hưng Yên do Phó Chủ tịch UBND tỉnh Nguyễn Lê Huy dẫn đầu đã thăm và làm việc tại Hàn Quốc.\nTại tỉnh "
            "Gyeongsangbuk, đoàn đã làm việc với lãnh đạo chính quyền tỉnh về hợp tác nông nghiệp và đào tạo nghề.\nCũng tại "
            "Seoul, đoàn đã làm việc với Cơ quan Hợp tác Quốc tế Hàn Quốc (KOICA), đề nghị KOICA xem xét hỗ trợ dự án nâng "
            "cao năng lực y tế cơ sở cho tỉnh Hưng Yên.\nĐại diện KOICA cho biết sẽ nghiên cứu đề xuất của tỉnh.")
    assert _asks(text) == ["đề nghị KOICA xem xét hỗ trợ dự án nâng cao năng lực y tế cơ sở cho tỉnh Hưng Yên."], _asks(text)
    # (the agency's own head asking the province, in the same place: no ask of the province's)
    host = text.replace("đoàn đã làm việc với Cơ quan Hợp tác Quốc tế Hàn Quốc (KOICA), đề nghị KOICA xem xét hỗ trợ dự án "
                        "nâng cao năng lực y tế cơ sở cho tỉnh Hưng Yên.", "ông Kim Sang-woo, Giám đốc Cơ quan Hợp tác Quốc "
                        "tế Hàn Quốc (KOICA), đề nghị tỉnh Hưng Yên sớm hoàn thiện hồ sơ dự án y tế cơ sở.")
    assert _asks(host) == [], _asks(host)


def test_a_foreign_countrys_localities_asked_are_a_request_and_the_schools_hosting_the_provinces_students_are_not():
    text = ("Hải Phòng tiếp Đại sứ Hàn Quốc\nThứ Tư, 13/11/2024 - 10:25\nSáng 12/11, tại trụ sở UBND thành phố, Chủ tịch UBND "
            "thành phố Hải Phòng Nguyễn Văn Tùng đã tiếp ông Choi Young-sam, Đại sứ Hàn Quốc tại Việt Nam.\nHai bên trao đổi về "
            "hợp tác trong lĩnh vực cảng biển, logistics và đào tạo nhân lực.\nChủ tịch UBND thành phố đề nghị các địa phương "
            "Hàn Quốc hỗ trợ thành phố đào tạo nhân lực quản lý cảng biển thông minh.\nĐại sứ Choi Young-sam cho biết sẽ kết nối "
            "Hải Phòng với các thành phố cảng của Hàn Quốc.")
    assert _asks(text) == ["đề nghị các địa phương Hàn Quốc hỗ trợ thành phố đào tạo nhân lực quản lý cảng biển thông minh."], (
        _asks(text)
    )
    # (the city's own localities asked: no request)
    own = text.replace("các địa phương Hàn Quốc hỗ trợ thành phố", "các địa phương trong thành phố hỗ trợ")
    assert _asks(own) == [], _asks(own)
    # (the schools that host the province's foreign students, asked to care for them: its own, no request)
    schools = ("Sơn La gặp mặt lưu học sinh Lào nhân dịp Tết Bunpimay\nThứ Sáu, 12/04/2024 - 16:00\nChiều 11/4, tại thành phố "
               "Sơn La, Phó Chủ tịch UBND tỉnh Sơn La Đặng Ngọc Hậu đã gặp mặt, chúc Tết lưu học sinh Lào đang học tập tại các "
               "trường trên địa bàn tỉnh nhân dịp Tết cổ truyền Bunpimay.\nPhó Chủ tịch UBND tỉnh ghi nhận những cố gắng của lưu "
               "học sinh Lào trong học tập, rèn luyện.\nPhó Chủ tịch UBND tỉnh đề nghị các trường tiếp tục quan tâm, chăm lo đời "
               "sống vật chất, tinh thần cho lưu học sinh Lào, tạo điều kiện để các em yên tâm học tập.\nĐại diện lưu học sinh "
               "Lào cảm ơn sự quan tâm của lãnh đạo tỉnh Sơn La.")
    assert _asks(schools) == [], _asks(schools)
    # (another country's universities asked: a request)
    korean = text.replace("các địa phương Hàn Quốc hỗ trợ thành phố", "các trường đại học Hàn Quốc hỗ trợ thành phố")
    assert [a for a in _asks(korean) if a.startswith("đề nghị các trường đại học Hàn Quốc hỗ trợ")], _asks(korean)


def test_an_ask_that_both_provinces_guard_the_border_line_closely_is_a_concrete_joint_ask():
    def article(ask):
        return ("Kon Tum hội đàm với tỉnh Attapeu\nThứ Năm, 19/09/2024 - 14:50\nChiều 18/9, tại thành phố Kon Tum, Phó Chủ "
                "tịch UBND tỉnh Kon Tum Nguyễn Ngọc Sâm đã hội đàm với đoàn đại biểu tỉnh Attapeu (Lào) do Phó Tỉnh trưởng "
                "Khamphoui Vongsouvanh dẫn đầu.\nHai bên đánh giá kết quả thực hiện biên bản ghi nhớ hợp tác giai đoạn "
                "2021-2025.\nPhó Chủ tịch UBND tỉnh Kon Tum đề nghị hai tỉnh " + ask + "\nPhó Tỉnh trưởng Khamphoui "
                "Vongsouvanh nhất trí với các đề xuất của tỉnh Kon Tum.")

    asks = _asks(article("tăng cường phối hợp bảo vệ chặt chẽ tuyến biên giới chung."))
    assert asks == ["đề nghị hai tỉnh tăng cường phối hợp bảo vệ chặt chẽ tuyến biên giới chung."], asks
    # (both asked only to keep their ties close: a general wish)
    asks = _asks(article("tiếp tục phối hợp chặt chẽ, thắt chặt hơn nữa tình đoàn kết hữu nghị."))
    assert asks == [], asks


def test_a_next_sentence_telling_what_both_sides_are_to_speed_up_goes_on_with_the_ask_without_need():
    def article(then):
        return ("Điện Biên hội đàm với tỉnh Luang Namtha\nThứ Hai, 07/10/2024 - 11:15\nSáng 5/10, tại thành phố Điện Biên "
                "Phủ, Phó Chủ tịch UBND tỉnh Điện Biên Phạm Đức Toàn đã hội đàm với đoàn đại biểu tỉnh Luang Namtha (Lào) do "
                "Phó Tỉnh trưởng Phouvong Vongkhamsao dẫn đầu.\nPhó Chủ tịch UBND tỉnh Điện Biên đề nghị tỉnh Luang Namtha tạo "
                "điều kiện cho doanh nghiệp Điện Biên khảo sát đầu tư trồng cây dược liệu. " + then + "\nPhó Tỉnh trưởng "
                "Phouvong Vongkhamsao cảm ơn sự đón tiếp chu đáo của tỉnh Điện Biên.")

    first = "đề nghị tỉnh Luang Namtha tạo điều kiện cho doanh nghiệp Điện Biên khảo sát đầu tư trồng cây dược liệu."
    then = "Ngoài ra, hai bên khẩn trương hoàn thiện thủ tục mở lại chợ biên giới tại cửa khẩu Tây Trang."
    assert _asks(article(then)) == [first, then], _asks(article(then))
    # (what both sides talked over, told after the ask: no ask)
    told = "Bên cạnh đó, hai bên đã trao đổi về tình hình kinh tế - xã hội của mỗi tỉnh."
    assert _asks(article(told)) == [first], _asks(article(told))


def test_a_wish_to_draw_more_investors_or_projects_with_no_one_asked_is_a_general_wish():
    def article(wish):
        return ("Quảng Ngãi tiếp Tổng Lãnh sự Singapore\nThứ Ba, 26/11/2024 - 08:40\nChiều 25/11, tại thành phố Quảng Ngãi, Chủ "
                "tịch UBND tỉnh Quảng Ngãi Nguyễn Hoàng Giang đã tiếp bà Tan Mei Ling, Tổng Lãnh sự Singapore tại TP. Hồ Chí "
                "Minh.\nChủ tịch UBND tỉnh giới thiệu Khu kinh tế Dung Quất và các khu công nghiệp VSIP Quảng Ngãi.\n" + wish
                + "\nBà Tan Mei Ling cho biết sẽ giới thiệu tiềm năng của tỉnh đến cộng đồng doanh nghiệp Singapore.")

    for wish in (
        "Ông Giang cho biết, Quảng Ngãi mong muốn thu hút thêm nhiều nhà đầu tư Singapore trong lĩnh vực năng lượng tái tạo và "
        "logistics.",
        "Chủ tịch UBND tỉnh rất mong muốn đón thêm các dự án chế biến sâu, thân thiện với môi trường.",
    ):
        assert _asks(article(wish)) == [], (wish, _asks(article(wish)))
    # (the consulate asked to bring the investors: an ask)
    asked = ("Chủ tịch UBND tỉnh mong muốn Tổng Lãnh sự quán giới thiệu thêm nhà đầu tư Singapore trong lĩnh vực năng lượng tái "
             "tạo đến Quảng Ngãi.")
    assert [a for a in _asks(article(asked)) if a.startswith("mong muốn Tổng Lãnh sự quán giới thiệu")], _asks(article(asked))


def test_an_ask_of_the_provinces_own_foreign_affairs_staff_named_by_their_work_is_no_request():
    def article(ask):
        return ("Lâm Đồng tiếp Đại sứ Israel\nThứ Tư, 16/10/2024 - 16:30\nChiều 15/10, tại thành phố Đà Lạt, Chủ tịch UBND "
                "tỉnh Lâm Đồng Trần Văn Hiệp đã tiếp ông Yaron Mayer, Đại sứ Israel tại Việt Nam.\nHai bên trao đổi về hợp tác "
                "trong lĩnh vực nông nghiệp công nghệ cao, tưới nhỏ giọt và chuyển giao giống cây trồng.\n" + ask + "\nĐại "
                "sứ Yaron Mayer cho biết sẽ kết nối các doanh nghiệp Israel với tỉnh.")

    own = ("Chủ tịch UBND tỉnh đề nghị đội ngũ làm công tác ngoại vụ, xúc tiến đầu tư của tỉnh chủ động tham mưu, cụ thể hóa "
           "các nội dung đã trao đổi với Đại sứ.")
    assert _asks(article(own)) == [], _asks(article(own))
    # (a foreign team named the same way: an ask)
    experts = ("Chủ tịch UBND tỉnh đề nghị đội ngũ chuyên gia nông nghiệp Israel tiếp tục chuyển giao công nghệ tưới nhỏ giọt "
               "cho nông dân Lâm Đồng.")
    assert [a for a in _asks(article(experts)) if a.startswith("đề nghị đội ngũ chuyên gia nông nghiệp Israel")], (
        _asks(article(experts))
    )


# --- People ---


def test_an_ede_name_with_h_written_apart_is_one_name():
    def article(name):
        return ("Đắk Lắk tiếp đoàn đại biểu tỉnh Mondulkiri\nThứ Bảy, 23/11/2024 - 19:20\nChiều 22/11, tại thành phố Buôn Ma "
                "Thuột, Phó Chủ tịch HĐND tỉnh Đắk Lắk " + name + " đã tiếp đoàn đại biểu tỉnh Mondulkiri (Campuchia) do Phó "
                "Tỉnh trưởng Sok Chanthy dẫn đầu.\nPhó Chủ tịch HĐND tỉnh đề nghị tỉnh Mondulkiri tạo điều kiện cho doanh nghiệp "
                "Đắk Lắk khảo sát đầu tư trồng cà phê.\nPhó Tỉnh trưởng Sok Chanthy cảm ơn sự đón tiếp của tỉnh Đắk Lắk.")

    assert "H' Blin Byă" in _officials(article("H' Blin Byă")), _officials(article("H' Blin Byă"))
    # (the same name written glued is one name too)
    assert "H'Blin Byă" in _officials(article("H'Blin Byă")), _officials(article("H'Blin Byă"))


# --- Kind ---


def test_only_a_gathering_of_the_consular_corps_held_by_the_province_or_its_leader_is_its_own_event():
    own = ("Cần Thơ gặp mặt Đoàn Lãnh sự đầu năm\nThứ Năm, 09/01/2025 - 20:00\nTối 8/1, UBND thành phố Cần Thơ tổ chức gặp "
           "mặt Đoàn Lãnh sự các nước tại TP. Hồ Chí Minh nhân dịp năm mới 2025.\nTổng Lãnh sự Pháp tại TP. Hồ Chí Minh "
           "Emmanuel Bertrand, Trưởng Đoàn Lãnh sự, thay mặt các cơ quan đại diện nước ngoài chúc thành phố phát triển thịnh "
           "vượng.\nChủ tịch UBND thành phố Trần Việt Trường cảm ơn các cơ quan đại diện nước ngoài đã đồng hành cùng Cần Thơ.")
    assert _record(own)["kind"] == "provincial_event", _record(own)["kind"]
    # (the corps gathered by its own dean, the city's leader among those who come: not the city's event)
    dean = ("Lãnh đạo Cần Thơ dự họp mặt Đoàn Lãnh sự đầu năm\nThứ Năm, 09/01/2025 - 20:00\nTối 8/1, tại TP. Hồ Chí Minh, Tổng "
            "Lãnh sự Pháp Emmanuel Bertrand, Trưởng Đoàn Lãnh sự, họp mặt Đoàn Lãnh sự các nước và lãnh đạo các tỉnh, thành "
            "phố phía Nam nhân dịp năm mới.\nChủ tịch UBND thành phố Cần Thơ Trần Việt Trường tham dự và chúc mừng năm mới các "
            "cơ quan đại diện nước ngoài.\nChủ tịch UBND thành phố đề nghị Tổng Lãnh sự quán Pháp giới thiệu doanh nghiệp Pháp "
            "đến đầu tư tại Cần Thơ.")
    assert _record(dean)["kind"] == "foreign_delegation", _record(dean)["kind"]
    # (nor one the minister holds in the capital)
    minister = ("Cần Thơ dự gặp mặt Đoàn Ngoại giao\nThứ Bảy, 31/08/2024 - 20:00\nTối 30/8, tại Hà Nội, Bộ trưởng Bộ Ngoại giao "
                "Bùi Thanh Sơn gặp mặt Đoàn Ngoại giao nhân dịp kỷ niệm 79 năm Quốc khánh, với sự tham dự của lãnh đạo nhiều "
                "địa phương.\nChủ tịch UBND thành phố Cần Thơ Trần Việt Trường tham dự và giới thiệu tiềm năng của thành phố "
                "với các Đại sứ.\nChủ tịch UBND thành phố đề nghị Đại sứ quán Pháp giới thiệu doanh nghiệp Pháp đến đầu tư tại "
                "Cần Thơ.")
    assert _record(minister)["kind"] == "central_delegation", _record(minister)["kind"]
