"""The extraction rules of rounds px-qe: one test per rule, each sentence written for it (provincial news style)."""

from apps.ingest.pipeline import extract_from_text


def _record(text):
    return extract_from_text(text, "t.txt")[1]


def _asks(text):
    return [r["text"] for r in _record(text)["requests"]]


def _partners(text):
    return [p["name"] for p in _record(text)["partners"]]


# --- Page furniture; dates ---


def test_a_tin_ảnh_label_opening_the_headline_is_no_photo_credit_and_the_headline_stays_the_title():
    text = ("Tin ảnh: Lãnh đạo tỉnh Đắk Lắk tiếp Đoàn công tác tỉnh Mondulkiri\nThứ Sáu, 18/10/2024 - 16:20\nChiều 17/10, tại "
            "thành phố Buôn Ma Thuột, Phó Chủ tịch UBND tỉnh Đắk Lắk Lương Văn Khởi đã tiếp Đoàn công tác tỉnh Mondulkiri "
            "(Campuchia) do Phó Tỉnh trưởng Chhim Rithy dẫn đầu.\nPhó Chủ tịch UBND tỉnh đề nghị tỉnh Mondulkiri phối hợp quản "
            "lý đường biên, mốc giới.\nTin, ảnh: Hoàng Yến")
    cleaned, record = extract_from_text(text, "t.txt")
    assert record["title"] == "Tin ảnh: Lãnh đạo tỉnh Đắk Lắk tiếp Đoàn công tác tỉnh Mondulkiri", record["title"]
    # (the reporter's credit under the story is still a credit, cut)
    assert "Hoàng Yến" not in cleaned.text and cleaned.text.rstrip().endswith("mốc giới."), cleaned.text[-80:]


def test_a_todays_clock_glued_to_the_sites_name_or_beside_its_links_gives_no_year_to_the_story():
    story = ("Đồng Tháp tiếp Đoàn đại biểu tỉnh Prey Veng\nNgày 7/3, tại thành phố Cao Lãnh, Phó Chủ tịch UBND tỉnh Đồng Tháp "
             "Đinh Quốc Thái đã tiếp Đoàn đại biểu tỉnh Prey Veng (Campuchia) do Phó Tỉnh trưởng Ouk Samnang dẫn đầu.\nPhó Chủ "
             "tịch UBND tỉnh đề nghị tỉnh Prey Veng phối hợp tuần tra, kiểm soát tuyến biên giới.")
    for bar in ("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐỒNG THÁPHôm nay: Thứ Hai, 11/03/2024", "Thứ Hai, 11/03/2024 | Đăng nhập | English"):
        record = _record(bar + "\n" + story)
        assert record["start_day_month"] == "03-07" and record["start_date"] is None, (bar, record["start_date"])
    # (a weekday and date alone over the headline, no links beside it, still dates the story)
    assert _record("Thứ Hai, 11/03/2024\n" + story)["start_date"] == "2024-03-07"


# --- Kind ---


def test_people_of_vietnamese_origin_living_in_a_country_are_no_trip_abroad():
    text = ("Thứ trưởng Bộ Ngoại giao thăm tỉnh An Giang\nThứ Tư, 15/05/2024 - 10:40\nChiều 14/5, Thứ trưởng Bộ Ngoại giao "
            "Trịnh Hoài Nam dẫn đầu đoàn công tác của Bộ đã đến thăm tỉnh An Giang, trao đổi về chính sách hỗ trợ người gốc Việt "
            "ở Campuchia.\nPhó Chủ tịch UBND tỉnh An Giang Lâm Thị Kiều cho biết tỉnh đã phối hợp với tỉnh Takeo dạy tiếng Việt "
            "cho con em bà con.")
    assert _record(text)["kind"] == "central_delegation"
    # (the province's own delegation that goes there is still abroad)
    trip = ("Đoàn công tác tỉnh An Giang thăm tỉnh Takeo\nThứ Tư, 15/05/2024 - 10:40\nSáng 14/5, đoàn công tác tỉnh An Giang "
            "do Phó Chủ tịch UBND tỉnh Lâm Thị Kiều dẫn đầu đã thăm và làm việc tại tỉnh Takeo (Campuchia), thăm hỏi người gốc "
            "Việt đang sinh sống tại địa phương.\nPhó Chủ tịch UBND tỉnh đề nghị tỉnh Takeo tạo điều kiện cho con em bà con học "
            "tiếng Việt.")
    assert _record(trip)["kind"] == "outbound_delegation"


# --- Asks ---


def test_a_joint_fight_named_by_bare_chống_is_a_concrete_joint_ask():
    text = ("Lạng Sơn hội đàm với khu tự trị Quảng Tây\nThứ Sáu, 18/10/2024 - 16:20\nChiều 17/10, tại thành phố Lạng Sơn, Phó "
            "Chủ tịch UBND tỉnh Lạng Sơn Nông Đức Khải đã hội đàm với Đoàn đại biểu thành phố Sùng Tả, khu tự trị Quảng Tây "
            "(Trung Quốc) do Phó Thị trưởng Lương Vĩ Hoa dẫn đầu.\nPhó Chủ tịch UBND tỉnh đề nghị hai bên tiếp tục phối hợp chặt "
            "chẽ chống xuất nhập cảnh trái phép, vận chuyển hàng cấm qua biên giới.\nPhó Thị trưởng Lương Vĩ Hoa nhất trí với "
            "đề nghị của tỉnh Lạng Sơn.")
    assert [a for a in _asks(text) if a.startswith("đề nghị hai bên tiếp tục phối hợp chặt chẽ chống xuất nhập cảnh")], _asks(text)


def test_on_a_trip_abroad_the_delegations_representative_asking_is_the_province_asking():
    text = ("Đoàn công tác tỉnh Lâm Đồng thăm tỉnh Chiang Mai\nThứ Sáu, 18/10/2024 - 16:20\nTừ ngày 14 đến 17/10, đoàn công "
            "tác tỉnh Lâm Đồng do Phó Chủ tịch UBND tỉnh Mai Xuân Lộc dẫn đầu đã thăm và làm việc tại tỉnh Chiang Mai (Thái "
            "Lan).\nNgày 15/10, đoàn làm việc với chính quyền tỉnh Chiang Mai và tham quan mô hình du lịch nông nghiệp tại huyện "
            "Mae Rim.\nTại đây, đại diện đoàn đề nghị hai tỉnh sớm xây dựng chương trình trao đổi kinh nghiệm trồng hoa, cà phê "
            "đặc sản và phát triển du lịch canh nông.\nPhó Tỉnh trưởng Chiang Mai Prasert Kaewmanee cho biết sẽ báo cáo Tỉnh "
            "trưởng xem xét.")
    assert [a for a in _asks(text) if a.startswith("đề nghị hai tỉnh sớm xây dựng chương trình trao đổi")], _asks(text)
    # (at home the representative of the delegation is the guests': the province asks nothing)
    home = ("Lâm Đồng tiếp Đoàn công tác tỉnh Chiang Mai\nThứ Sáu, 18/10/2024 - 16:20\nChiều 17/10, tại thành phố Đà Lạt, Phó "
            "Chủ tịch UBND tỉnh Lâm Đồng Mai Xuân Lộc đã tiếp Đoàn công tác tỉnh Chiang Mai (Thái Lan) do Phó Tỉnh trưởng "
            "Prasert Kaewmanee dẫn đầu.\nTại đây, đại diện đoàn đề nghị hai tỉnh sớm xây dựng chương trình trao đổi kinh nghiệm "
            "trồng hoa, cà phê đặc sản và phát triển du lịch canh nông.\nPhó Chủ tịch UBND tỉnh Mai Xuân Lộc cho biết sẽ giao Sở "
            "Ngoại vụ nghiên cứu.")
    assert _asks(home) == []


def test_a_partner_first_named_in_a_capitals_headline_is_known_in_its_own_wish_whatever_the_case():
    text = ("CHỦ TỊCH UBND TỈNH THÁI BÌNH TIẾP ĐOÀN ĐẠI BIỂU TỈNH SHIGA (NHẬT BẢN)\nThứ Sáu, 18/10/2024 - 16:20\nChiều 17/10, "
            "Chủ tịch UBND tỉnh Thái Bình Vũ Đình Khiêm đã tiếp Đoàn đại biểu tỉnh Shiga (Nhật Bản) do Phó Thống đốc Morita "
            "Kenta dẫn đầu.\nChủ tịch UBND tỉnh đề nghị tỉnh Shiga tạo điều kiện cho doanh nghiệp Thái Bình xuất khẩu nông sản "
            "sang Nhật Bản.\nPhó Thống đốc Morita Kenta cảm ơn sự đón tiếp của tỉnh Thái Bình. Tỉnh Shiga mong muốn sớm ký kết "
            "thỏa thuận hợp tác với tỉnh Thái Bình trong lĩnh vực đào tạo điều dưỡng và nông nghiệp công nghệ cao.")
    # (the guests' wish to sign is no ask of the province's; the province's own ask stays)
    assert _asks(text) == [
        "đề nghị tỉnh Shiga tạo điều kiện cho doanh nghiệp Thái Bình xuất khẩu nông sản sang Nhật Bản."
    ], _asks(text)


# --- Partners ---


def test_a_partner_first_read_in_a_capitals_headline_is_written_as_the_story_writes_it():
    text = ("LÃNH ĐẠO TỈNH NAM ĐỊNH LÀM VIỆC VỚI ĐOÀN CÔNG TÁC TỈNH CHUNGCHEONGNAM (HÀN QUỐC)\nThứ Ba, 22/10/2024 - 09:45\nSáng "
            "21/10, Phó Chủ tịch UBND tỉnh Nam Định Trịnh Thị Hằng đã làm việc với đoàn công tác tỉnh Chungcheongnam (Hàn Quốc) "
            "do ông Yoon Dae-sung, Cục trưởng Cục Hợp tác quốc tế dẫn đầu.\nPhó Chủ tịch UBND tỉnh đề nghị tỉnh Chungcheongnam "
            "tiếp nhận thêm lao động thời vụ ngành nông nghiệp của Nam Định.")
    assert _partners(text) == ["Chungcheongnam"]


# --- Activity ---


def test_the_foreign_affairs_departments_end_or_the_handing_over_of_its_work_is_no_activity():
    handed = ("Bàn giao chức năng, nhiệm vụ của Sở Ngoại vụ tỉnh Quảng Ngãi về Văn phòng UBND tỉnh\nThứ Sáu, 28/02/2025 - 16:20\n"
              "Chiều 27/2, UBND tỉnh Quảng Ngãi tổ chức hội nghị công bố quyết định chuyển giao chức năng, nhiệm vụ quản lý nhà "
              "nước về ngoại vụ từ Sở Ngoại vụ về Văn phòng UBND tỉnh.\nPhó Chủ tịch UBND tỉnh Quảng Ngãi Đặng Văn Tú đề nghị Văn "
              "phòng UBND tỉnh tiếp nhận đầy đủ hồ sơ, bảo đảm công tác đối ngoại của tỉnh không bị gián đoạn.")
    ended = ("Từ ngày 1/3, Sở Ngoại vụ tỉnh Quảng Ngãi chấm dứt hoạt động\nThứ Sáu, 28/02/2025 - 16:20\nChiều 27/2, UBND tỉnh "
             "Quảng Ngãi tổ chức lễ công bố nghị quyết sắp xếp các cơ quan chuyên môn, theo đó Sở Ngoại vụ chấm dứt hoạt động từ "
             "ngày 1/3/2025.\nPhó Chủ tịch UBND tỉnh Đặng Văn Tú ghi nhận những đóng góp của Sở trong việc mở rộng quan hệ hợp "
             "tác với các địa phương của Nhật Bản, Hàn Quốc.")
    assert _record(handed)["is_activity"] is False
    assert _record(ended)["is_activity"] is False
    # (a reception the department holds before its end is still one)
    farewell = ("Trước khi kết thúc hoạt động, Sở Ngoại vụ tỉnh Quảng Ngãi tiếp Tổng Lãnh sự Hàn Quốc\nThứ Sáu, 28/02/2025 - "
                "16:20\nChiều 27/2, Giám đốc Sở Ngoại vụ tỉnh Quảng Ngãi Lê Thị Minh Nguyệt đã tiếp ông Park Sung-woo, Tổng Lãnh "
                "sự Hàn Quốc tại Đà Nẵng.\nGiám đốc Sở Ngoại vụ đề nghị Tổng Lãnh sự quán tiếp tục giới thiệu doanh nghiệp Hàn "
                "Quốc đầu tư vào Khu kinh tế Dung Quất.")
    assert _record(farewell)["is_activity"] is True


def test_a_foreign_missions_seat_in_a_city_is_no_provincial_actor():
    run = ("Tổng Lãnh sự Australia chạy bộ cùng sinh viên Cần Thơ\nThứ Hai, 11/03/2024 - 08:30\nSáng 10/3, ông Andrew "
           "Fielding, Tổng Lãnh sự Australia tại TP.HCM, cùng cán bộ Tổng Lãnh sự quán đã tham gia giải chạy \"Vì dòng sông "
           "xanh\" do câu lạc bộ chạy bộ của sinh viên tổ chức quanh hồ Xáng Thổi.\n")
    text = run + ("Giải chạy thu hút hơn 2.000 vận động viên là sinh viên, giảng viên và người dân trong khu vực.\nÔng Andrew "
                  "Fielding cho biết Australia luôn đồng hành cùng các hoạt động bảo vệ môi trường vùng Đồng bằng sông Cửu Long.")
    assert _record(text)["is_activity"] is False
    # (the city's leader receiving him the same day: the city acts)
    received = run + ("Chiều cùng ngày, Phó Chủ tịch UBND thành phố Cần Thơ Lê Văn Kha đã tiếp ông Andrew Fielding và đề nghị "
                      "Tổng Lãnh sự quán hỗ trợ kết nối các trường đại học của Australia với thành phố.")
    assert _record(received)["is_activity"] is True


def test_a_national_mass_organisations_delegation_at_work_on_a_home_topic_is_no_activity():
    text = ("Đoàn công tác Trung ương Đoàn làm việc với tỉnh Bình Dương về chăm lo Tết cho thanh niên công nhân\nThứ Sáu, "
            "24/01/2025 - 16:20\nChiều 23/1, đoàn công tác Trung ương Đoàn do Bí thư Trung ương Đoàn Hồ Thị Bích Trâm dẫn đầu "
            "đã làm việc với UBND tỉnh Bình Dương về công tác chăm lo Tết Ất Tỵ cho thanh niên công nhân xa quê.\nPhó Chủ tịch "
            "UBND tỉnh Bình Dương Tạ Quang Minh cho biết trên địa bàn tỉnh có hơn 600.000 công nhân trẻ, phần lớn làm việc trong "
            "các doanh nghiệp FDI tại khu công nghiệp VSIP, Mỹ Phước.\nDịp này, đoàn đã trao 300 vé xe về quê đón Tết cho công "
            "nhân có hoàn cảnh khó khăn.")
    assert _record(text)["is_activity"] is False
    # (the same delegation on a youth exchange with a Lao province: foreign affairs)
    exchange = ("Đoàn công tác Trung ương Đoàn làm việc với tỉnh Bình Dương về giao lưu thanh niên với tỉnh Champasak\nThứ Sáu, "
                "24/01/2025 - 16:20\nChiều 23/1, đoàn công tác Trung ương Đoàn do Bí thư Trung ương Đoàn Hồ Thị Bích Trâm dẫn "
                "đầu đã làm việc với UBND tỉnh Bình Dương về chương trình giao lưu thanh niên với tỉnh Champasak (Lào) năm 2025.\n"
                "Phó Chủ tịch UBND tỉnh Bình Dương Tạ Quang Minh cho biết tỉnh sẵn sàng đón 200 thanh niên Lào sang giao lưu, "
                "tham quan các khu công nghiệp VSIP, Mỹ Phước.")
    assert _record(exchange)["is_activity"] is True


# --- A sapo's ask told again ---


def test_a_sapo_asks_trailing_purpose_is_left_out_when_the_body_tells_the_ask_again_in_full():
    def article(sapo_tail):
        return ("Quảng Ninh muốn mở tuyến tàu biển chở khách đến Bắc Hải\nThứ Năm, 14/11/2024 - 17:30\nChủ tịch UBND tỉnh "
                "Quảng Ninh đề nghị Tổng Lãnh sự Trung Quốc hỗ trợ kết nối để sớm mở tuyến tàu biển chở khách giữa tỉnh và "
                "thành phố Bắc Hải, " + sapo_tail + "\nChiều 13/11, ông Đào Quang Thịnh, Chủ tịch UBND tỉnh Quảng Ninh, tiếp "
                "ông Triệu Minh Hạo, Tổng Lãnh sự Trung Quốc tại Hải Phòng, nhân dịp ông đến thăm tỉnh.\nÔng Thịnh cho biết, "
                "Trung Quốc là thị trường khách quốc tế lớn nhất của Quảng Ninh với hơn 400.000 lượt khách năm 2023.\nChủ tịch "
                "UBND tỉnh đề nghị Tổng Lãnh sự quán kết nối với các hãng tàu để sớm mở tuyến tàu biển chở khách Hạ Long - Bắc "
                "Hải, giới thiệu doanh nghiệp Quảng Tây đầu tư vào Khu kinh tế Vân Đồn.\nÔng Triệu Minh Hạo cho biết sẽ chuyển "
                "các đề xuất của tỉnh tới các cơ quan liên quan.")

    asks = _asks(article("thúc đẩy giao lưu nhân dân."))
    assert len(asks) == 1 and asks[0].startswith("đề nghị Tổng Lãnh sự quán kết nối với các hãng tàu"), asks
    # (a trailing ask of its own, which the body does not tell, keeps the sapo's)
    asks = _asks(article("đào tạo hướng dẫn viên du lịch nói tiếng Trung cho tỉnh."))
    assert [a for a in asks if "hướng dẫn viên du lịch nói tiếng Trung" in a], asks


def test_a_body_ask_that_tells_the_sapos_again_and_goes_on_to_ask_more_is_kept():
    def article(body_tail):
        return ("Phú Yên đề nghị Tổng Lãnh sự Hàn Quốc kết nối doanh nghiệp đầu tư\nThứ Ba, 19/11/2024 - 10:15\nPhó Chủ tịch "
                "UBND tỉnh Phú Yên đề nghị Tổng Lãnh sự Hàn Quốc hỗ trợ kết nối doanh nghiệp Hàn Quốc đầu tư vào Khu kinh tế "
                "Nam Phú Yên, cung cấp thông tin thị trường cho nông sản của tỉnh.\nSáng 18/11, Phó Chủ tịch UBND tỉnh Phú Yên "
                "Huỳnh Công Lực đã tiếp ông Choi Jin-woo, Tổng Lãnh sự Hàn Quốc tại Đà Nẵng.\nPhó Chủ tịch UBND tỉnh đề nghị "
                "Tổng Lãnh sự quán hỗ trợ kết nối doanh nghiệp Hàn Quốc đầu tư vào Khu kinh tế Nam Phú Yên " + body_tail + "\n"
                "Ông Choi Jin-woo cho biết sẽ tích cực kết nối doanh nghiệp Hàn Quốc với tỉnh.")

    asks = _asks(article("và giới thiệu các trường đại học Hàn Quốc hợp tác đào tạo điều dưỡng, kỹ thuật viên y tế."))
    assert len(asks) == 2 and "các trường đại học Hàn Quốc hợp tác đào tạo điều dưỡng" in asks[1], asks
    # (one that goes on only with what the sapo already asks: one ask)
    asks = _asks(article("và cung cấp thông tin thị trường cho nông sản của tỉnh."))
    assert len(asks) == 1, asks
