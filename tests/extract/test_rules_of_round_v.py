"""The extraction rules of the rounds vc-vi (commit 2801a25): one test per rule, each sentence written for it
(provincial news style)."""

from apps.ingest.pipeline import extract_from_text


def _extract(text):
    return extract_from_text(text, "v.txt")


def _record(text):
    return _extract(text)[1]


def _requests(record):
    return [r["text"] for r in record["requests"]]


def _partners(record):
    return {p["name"] for p in record["partners"]}


def test_a_menu_line_of_items_between_bars_in_a_hard_wrapped_page_is_not_joined_to_the_publication_line_under_it():
    lines = [
        "Quảng Ninh tiếp Đoàn đại biểu thành phố Phòng Thành Cảng (Trung Quốc)",
        "",
        "Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội | Đối ngoại | Văn hóa | Du lịch | Thể thao | Quốc tế",
        "Cập nhật lúc 06:45, Thứ Tư, 28/08/2024 (GMT+7)",
        "",
        "Chiều 27/8, tại thành phố Hạ Long, đồng chí Nghiêm Xuân Cường, Phó Chủ tịch",
        "UBND tỉnh Quảng Ninh, đã tiếp Đoàn đại biểu thành phố Phòng Thành Cảng, Khu",
        "tự trị dân tộc Choang Quảng Tây (Trung Quốc) do ông Chu Vĩnh Hoa, Phó Thị",
        "trưởng, làm trưởng đoàn. Hai bên trao đổi về hợp tác thương mại biên giới,",
        "du lịch và kết nối giao thông qua cặp cửa khẩu Bắc Phong Sinh - Lý Hỏa.",
        "",
        "Đồng chí Nghiêm Xuân Cường cho biết tỉnh Quảng Ninh luôn coi trọng quan hệ",
        "hữu nghị với các địa phương của Quảng Tây, mong muốn hai bên phối hợp chặt",
        "chẽ trong quản lý biên giới và tạo thuận lợi cho xe chở hàng hóa qua lại.",
        "",
        "Ông Chu Vĩnh Hoa cảm ơn sự đón tiếp chu đáo của tỉnh Quảng Ninh và cho biết",
        "thành phố Phòng Thành Cảng sẵn sàng đón doanh nghiệp Việt Nam đến đầu tư.",
    ]
    cleaned, record = _extract("\n".join(lines))
    assert cleaned.published == "2024-08-28", (cleaned.published, cleaned.text[:300])
    assert record["start_date"] == "2024-08-27", record["start_date"]
    # (the story's own wrapped lines are still joined)
    assert "Phó Chủ tịch UBND tỉnh Quảng Ninh, đã tiếp" in cleaned.text, cleaned.text


def test_a_follow_us_bar_listing_the_outlets_networks_is_furniture_and_the_ministrys_conference_under_it_no_activity():
    text = (
        "Nâng cao hiệu quả công tác ngoại vụ địa phương trong tình hình mới\n\n"
        "Theo dõi Thời báo Quốc tế trên   Facebook   Zalo   Google News\n\n"
        "Ngày 7/12/2023, tại Hà Nội, Bộ Ngoại giao tổ chức Hội nghị tổng kết công tác ngoại vụ địa phương năm 2023. "
        "Thứ trưởng Bộ Ngoại giao Lê Thị Thu Hằng chủ trì hội nghị. Phát biểu tham luận tại hội nghị, bà Nguyễn Thị Hoa, "
        "Giám đốc Sở Ngoại vụ tỉnh Thừa Thiên Huế, chia sẻ kinh nghiệm của tỉnh Thừa Thiên Huế trong xúc tiến đầu tư từ "
        "Nhật Bản và Hàn Quốc. Bà cho biết năm 2023 tỉnh Thừa Thiên Huế đã đón 25 đoàn khách quốc tế."
    )
    cleaned, record = _extract(text)
    assert record["is_activity"] is False, (record["kind"], record["province"], cleaned.text[:200])
    assert "Theo dõi" not in cleaned.text, cleaned.text[:200]
    # (with no bar at all the lead is read so too: passes on both trees)
    assert _record(text.replace("Theo dõi Thời báo Quốc tế trên   Facebook   Zalo   Google News\n\n", ""))["is_activity"] is False


def test_a_portals_name_and_section_then_the_day_after_a_bar_is_the_publication_line_and_a_visit_notice_no_activity():
    text = (
        "Đoàn đại biểu tỉnh Luang Prabang (Lào) sẽ thăm, làm việc tại tỉnh Điện Biên\n\n"
        "Cổng Thông tin điện tử tỉnh Điện Biên - Thông báo | 12/06/2024\n\n"
        "Theo chương trình hợp tác năm 2024, từ ngày 18/6 đến ngày 20/6/2024, Đoàn đại biểu tỉnh Luang Prabang (Lào) do ông "
        "Khăm Phăn Phôm Ma Thắt, Tỉnh trưởng, làm trưởng đoàn sẽ thăm và làm việc tại tỉnh Điện Biên. UBND tỉnh Điện Biên giao "
        "Sở Ngoại vụ chủ trì, phối hợp với các sở, ngành chuẩn bị nội dung đón tiếp đoàn. Đề nghị các cơ quan, đơn vị liên quan "
        "thực hiện nghiêm túc."
    )
    cleaned, record = _extract(text)
    assert cleaned.published == "2024-06-12", cleaned.published
    assert record["is_activity"] is False, (record["kind"], record["start_date"])


def test_a_day_of_tet_named_with_its_lunar_year_dates_the_activity_and_one_with_no_year_gives_no_date():
    text = (
        "Lãnh đạo tỉnh Lạng Sơn chúc Tết Đại sứ quán Trung Quốc tại Việt Nam\n\n"
        "Sáng mồng 4 Tết Ất Tỵ, đồng chí Hồ Tiến Thiệu, Chủ tịch UBND tỉnh Lạng Sơn, đã dẫn đầu đoàn công tác của tỉnh đến "
        "chúc Tết Đại sứ quán Trung Quốc tại Việt Nam. Tiếp đoàn có ông Hà Vĩ, Đại sứ Trung Quốc tại Việt Nam. Đồng chí Hồ "
        "Tiến Thiệu chúc mừng năm mới và cảm ơn sự hỗ trợ của Đại sứ quán đối với tỉnh Lạng Sơn trong năm qua."
    )
    record = _record(text)
    assert (record["start_date"], record["end_date"]) == ("2025-02-01", "2025-02-01"), record["start_date"]
    dragon = _record(text.replace("Sáng mồng 4 Tết Ất Tỵ", "Chiều mùng 6 Tết Giáp Thìn"))
    assert dragon["start_date"] == "2024-02-15", dragon["start_date"]
    # (no year's name: no solar day can be read off it)
    assert _record(text.replace("Sáng mồng 4 Tết Ất Tỵ", "Sáng mùng 3 Tết"))["start_date"] is None


def test_a_first_direct_flight_welcomed_by_the_tourism_department_and_an_airline_is_travel_news_not_a_mayor_on_board():
    text = (
        "Khánh Hòa đón chuyến bay thẳng đầu tiên từ Đài Bắc\n\n"
        "Trưa 12/3/2025, tại Cảng hàng không quốc tế Cam Ranh, Sở Du lịch tỉnh Khánh Hòa phối hợp với Hãng hàng không EVA Air "
        "tổ chức lễ đón chuyến bay thẳng đầu tiên từ Đài Bắc đến Cam Ranh. Chuyến bay mang theo hơn 280 hành khách. Các du "
        "khách được tặng hoa và quà lưu niệm ngay khi xuống sân bay. Đường bay sẽ được khai thác với tần suất 4 chuyến mỗi tuần."
    )
    record = _record(text)
    assert record["is_activity"] is False, (record["kind"], record["partners"])
    # (a foreign mayor on board, met by the province's chairman: a delegation received)
    mayor = text.replace(
        "đến Cam Ranh. Chuyến bay mang theo hơn 280 hành khách. Các du khách được tặng hoa và quà lưu niệm ngay khi xuống sân bay.",
        "đến Cam Ranh, trên chuyến bay có ông Lý Minh Chí, Thị trưởng thành phố Đài Bắc. Đồng chí Nguyễn Tấn Tuân, Chủ tịch "
        "UBND tỉnh Khánh Hòa, đã đón và làm việc với ông Lý Minh Chí.",
    )
    received = _record(mayor)
    assert received["is_activity"] is True and received["kind"] == "foreign_delegation", received["kind"]


def test_a_companys_export_shipment_under_a_headline_about_it_is_no_activity_but_the_departments_ceremony_is():
    text = (
        "Xuất khẩu lô bưởi da xanh đầu tiên sang thị trường Hàn Quốc\n\n"
        "Sáng 14/6/2024, Công ty TNHH Trái cây Mỏ Cày Xanh (huyện Mỏ Cày Nam, tỉnh Bến Tre) đã xuất khẩu lô hàng 20 tấn "
        "bưởi da xanh đầu tiên sang thị trường Hàn Quốc theo hợp đồng ký với đối tác Hàn Quốc. Tham dự buổi lễ có đại diện "
        "Đại sứ quán Hàn Quốc tại Việt Nam và lãnh đạo Sở Công Thương tỉnh Bến Tre. Lô hàng đã đáp ứng các yêu cầu kiểm "
        "dịch thực vật của Hàn Quốc."
    )
    record = _record(text)
    assert record["is_activity"] is False, (record["kind"], record["province"])
    # (the province's department holding the ceremony with the company: passes on both trees)
    ceremony = text.replace(
        "Công ty TNHH Trái cây Mỏ Cày Xanh (huyện Mỏ Cày Nam, tỉnh Bến Tre) đã xuất khẩu",
        "Sở Công Thương tỉnh Bến Tre phối hợp với Công ty TNHH Trái cây Mỏ Cày Xanh (huyện Mỏ Cày Nam) tổ chức lễ xuất khẩu",
    )
    assert _record(ceremony)["is_activity"] is True


def test_a_page_with_no_headline_opening_with_the_dated_conference_that_reviews_the_half_years_foreign_affairs_is_one():
    text = (
        "Chiều ngày 12/7, UBND tỉnh Hà Tĩnh tổ chức Hội nghị sơ kết công tác đối ngoại 6 tháng đầu năm 2023 và triển khai "
        "nhiệm vụ 6 tháng cuối năm.\n\n"
        "Theo báo cáo tại hội nghị, 6 tháng đầu năm 2023, các cơ quan, đơn vị của tỉnh đã tổ chức 7 đoàn ra, tiếp 16 đoàn "
        "khách quốc tế đến thăm và làm việc. Công tác xúc tiến đầu tư được đẩy mạnh với 3 dự án FDI mới được cấp phép. "
        "Phát biểu kết luận, đồng chí Võ Trọng Hải, Chủ tịch UBND tỉnh, đề nghị các sở, ngành tiếp tục đổi mới nội dung và "
        "phương thức đối ngoại."
    )
    record = _record(text)
    assert record["is_activity"] is True and record["kind"] == "provincial_event", (record["is_activity"], record["kind"])
    assert record["start_date"] == "2023-07-12", record["start_date"]
    # (a page that opens with the count itself, no conference: a round-up, passes on both trees)
    tally = (
        "Trong 6 tháng đầu năm 2023, tỉnh Hà Tĩnh đã tổ chức 7 đoàn ra, tiếp 16 đoàn khách quốc tế đến thăm và làm việc.\n\n"
        "Công tác xúc tiến đầu tư được đẩy mạnh với 3 dự án FDI mới được cấp phép. Sở Ngoại vụ tỉnh đề nghị các sở, ngành "
        "tiếp tục đổi mới nội dung và phương thức đối ngoại trong 6 tháng cuối năm."
    )
    assert _record(tally)["is_activity"] is False


def test_a_provincial_delegation_that_has_gone_to_a_state_abroad_is_an_outbound_delegation():
    text = (
        "Bình Dương tìm kiếm cơ hội hợp tác trong lĩnh vực giáo dục với bang Victoria\n\n"
        "Ngày 9/9/2024, đoàn công tác tỉnh Bình Dương do ông Nguyễn Lộc Hà, Phó Chủ tịch UBND tỉnh, dẫn đầu đã đến bang "
        "Victoria, Australia, tìm kiếm cơ hội hợp tác trong lĩnh vực giáo dục và đào tạo nghề. Đoàn đã làm việc với Bộ Giáo "
        "dục bang Victoria và Đại học Monash. Hai bên thống nhất thúc đẩy trao đổi sinh viên và giảng viên."
    )
    record = _record(text)
    assert record["kind"] == "outbound_delegation", record["kind"]
    # (the state's delegation come to the province is received: passes on both trees)
    guests = (
        "Bình Dương tìm kiếm cơ hội hợp tác trong lĩnh vực giáo dục với bang Victoria\n\n"
        "Ngày 9/9/2024, đoàn công tác bang Victoria, Australia, do ông Daniel Morris, Thứ trưởng Bộ Giáo dục bang, dẫn đầu "
        "đã đến tỉnh Bình Dương tìm kiếm cơ hội hợp tác trong lĩnh vực giáo dục và đào tạo nghề. Tiếp đoàn có ông Nguyễn "
        "Lộc Hà, Phó Chủ tịch UBND tỉnh Bình Dương. Hai bên thống nhất thúc đẩy trao đổi sinh viên và giảng viên."
    )
    assert _record(guests)["kind"] == "foreign_delegation"


def test_working_with_an_agency_abroad_the_delegation_asking_the_other_side_to_consider_is_a_request():
    text = (
        "Đoàn công tác tỉnh Bà Rịa - Vũng Tàu xúc tiến hợp tác cảng biển tại Hà Lan\n\n"
        "Từ ngày 14 đến 18/10/2024, đoàn công tác tỉnh Bà Rịa - Vũng Tàu do ông Nguyễn Công Vinh, Phó Chủ tịch UBND tỉnh, "
        "làm trưởng đoàn đã thăm và làm việc tại Vương quốc Hà Lan. Làm việc với Cảng vụ Rotterdam, đoàn đề nghị phía bạn "
        "xem xét hỗ trợ đào tạo nhân lực quản lý cảng container cho cụm cảng Cái Mép - Thị Vải. Đại diện Cảng vụ Rotterdam "
        "cho biết sẵn sàng chia sẻ kinh nghiệm với tỉnh."
    )
    requests = _requests(_record(text))
    assert any("đào tạo nhân lực quản lý cảng container" in r for r in requests), requests


def test_the_chair_asking_the_provinces_power_company_to_supply_a_foreign_plant_is_no_request_but_the_ask_of_the_firm_is():
    text = (
        "Chủ tịch UBND tỉnh Thái Nguyên tiếp Tập đoàn Foxconn (Đài Loan)\n\n"
        "Ngày 21/5/2024, tại trụ sở UBND tỉnh, đồng chí Trịnh Việt Hùng, Chủ tịch UBND tỉnh Thái Nguyên, đã tiếp đoàn công tác "
        "Tập đoàn Foxconn (Đài Loan) do ông Lý Kiến Minh, Phó Tổng Giám đốc, làm trưởng đoàn. Đồng chí Trịnh Việt Hùng đề nghị "
        "Tập đoàn Foxconn sớm mở rộng nhà máy tại Khu công nghiệp Yên Bình và ưu tiên tuyển dụng lao động địa phương. Đồng chí "
        "cũng đề nghị Công ty Điện lực Thái Nguyên có phương án cấp điện ổn định cho nhà máy của tập đoàn trong mùa nắng nóng. "
        "Ông Lý Kiến Minh cảm ơn sự hỗ trợ của tỉnh."
    )
    requests = _requests(_record(text))
    assert not any("Công ty Điện lực" in r for r in requests), requests
    assert any("Tập đoàn Foxconn sớm mở rộng nhà máy" in r for r in requests), requests


def test_a_thai_province_the_economic_corridor_connects_to_over_a_bridge_is_no_partner():
    text = (
        "Hà Tĩnh hội đàm với tỉnh Khăm Muộn (Lào)\n\n"
        "Ngày 11/4/2024, tại thành phố Hà Tĩnh, đồng chí Nguyễn Hồng Lĩnh, Phó Chủ tịch UBND tỉnh Hà Tĩnh, đã hội đàm với "
        "Đoàn đại biểu tỉnh Khăm Muộn (Lào) do ông Văn Xay Phông Xổm Phu, Phó Tỉnh trưởng, làm trưởng đoàn. Hai bên nhất trí "
        "khai thác lợi thế của Quốc lộ 8 và tuyến hành lang kinh tế Bắc - Nam qua hai tỉnh, kết nối với tỉnh Nakhon Phanom "
        "(Thái Lan) qua cầu Hữu nghị số 3. Đồng chí Nguyễn Hồng Lĩnh đề nghị tỉnh Khăm Muộn tạo thuận lợi cho xe hàng của "
        "doanh nghiệp Hà Tĩnh quá cảnh."
    )
    partners = _partners(_record(text))
    assert "Nakhon Phanom" not in partners, partners
    assert "Khăm Muộn" in partners, partners


def test_foreign_provinces_in_twinning_models_between_two_other_provinces_named_with_no_unit_word_are_no_partners():
    text = (
        "Kon Tum hội đàm với tỉnh Attapeu (Lào)\n\n"
        "Ngày 20/3/2024, tại thành phố Kon Tum, đồng chí Nguyễn Ngọc Sâm, Phó Chủ tịch UBND tỉnh Kon Tum, đã hội đàm với Đoàn "
        "đại biểu tỉnh Attapeu (Lào) do ông Lệt Xay Nha Phon, Phó Tỉnh trưởng, làm trưởng đoàn. Hai bên thống nhất đẩy mạnh "
        "phong trào kết nghĩa bản - bản dọc biên giới, như mô hình kết nghĩa giữa Quảng Nam với Sekong hay giữa Gia Lai với "
        "Ratanakiri. Ông Lệt Xay Nha Phon cảm ơn tỉnh Kon Tum đã hỗ trợ tỉnh Attapeu đào tạo cán bộ."
    )
    partners = _partners(_record(text))
    assert not partners & {"Sekong", "Ratanakiri"}, partners
    assert "Attapeu" in partners, partners


def test_a_foreign_city_naming_the_plant_a_production_line_moves_from_is_no_partner():
    text = (
        "Bắc Giang tiếp Tập đoàn Luxshare (Trung Quốc)\n\n"
        "Ngày 16/7/2024, tại trụ sở UBND tỉnh, đồng chí Phan Thế Tuấn, Phó Chủ tịch UBND tỉnh Bắc Giang, đã tiếp đoàn công tác "
        "Tập đoàn Luxshare (Trung Quốc) do ông Vương Lai Xuân, Chủ tịch tập đoàn, làm trưởng đoàn. Ông Vương Lai Xuân cho biết "
        "tập đoàn đang chuyển một phần dây chuyền từ nhà máy Thâm Quyến sang Bắc Giang để sản xuất tai nghe và đồng hồ thông "
        "minh. Đồng chí Phan Thế Tuấn đề nghị tập đoàn sớm hoàn thiện thủ tục đầu tư mở rộng tại Khu công nghiệp Vân Trung."
    )
    partners = _partners(_record(text))
    assert "Thâm Quyến" not in partners, partners


def test_a_county_or_town_named_with_the_known_place_abroad_it_lies_in_is_a_partner_but_not_where_villages_lie():
    signed = (
        "Huyện Bát Xát mở rộng hợp tác du lịch biên giới\n\n"
        "Ngày 25/9/2024, tại thành phố Lào Cai, UBND huyện Bát Xát, tỉnh Lào Cai, đã ký thỏa thuận hợp tác với huyện Kiến "
        "Thủy thuộc châu Hồng Hà, tỉnh Vân Nam về phát triển du lịch và thương mại biên giới. Dự lễ ký có đồng chí Hoàng "
        "Quốc Khánh, Phó Chủ tịch UBND tỉnh Lào Cai. Hai bên thống nhất tổ chức các hoạt động giao lưu văn hóa hằng năm."
    )
    partners = _partners(_record(signed))
    assert "Kiến Thủy" in partners, partners
    town = (
        "Đoàn công tác tỉnh Lâm Đồng học tập mô hình nông nghiệp công nghệ cao tại Hà Lan\n\n"
        "Từ ngày 3 đến 7/6/2024, đoàn công tác tỉnh Lâm Đồng do ông Đặng Trí Dũng, Phó Chủ tịch UBND tỉnh, dẫn đầu đã thăm "
        "và làm việc tại Vương quốc Hà Lan. Tại đây, đoàn đã làm việc với chính quyền đô thị Zoetermeer, tỉnh Nam Hà Lan về "
        "hợp tác phát triển hoa và rau trong nhà kính. Hai bên thống nhất trao đổi chuyên gia và giới thiệu doanh nghiệp."
    )
    partners = _partners(_record(town))
    assert "Zoetermeer" in partners, partners
    # (the district where the villages given gifts lie is no one dealt with: passes on both trees)
    villages = (
        "Kon Tum tặng quà các bản giáp biên của tỉnh Attapeu (Lào)\n\n"
        "Ngày 8/11/2024, đoàn công tác tỉnh Kon Tum do ông Y Ngọc, Phó Chủ tịch UBND tỉnh, làm trưởng đoàn đã thăm, tặng quà "
        "các bản giáp biên của huyện Sanxay thuộc tỉnh Attapeu (Lào). Đoàn đã trao 200 suất quà gồm gạo, nhu yếu phẩm và "
        "sách vở cho học sinh. Đại diện chính quyền tỉnh Attapeu cảm ơn tình cảm của tỉnh Kon Tum."
    )
    partners = _partners(_record(villages))
    assert "Sanxay" not in partners and "Attapeu" in partners, partners
