"""The extraction rules of the rounds uu-vb (commit d579049), second part: one test per rule, each sentence
written for it (provincial news style)."""

from apps.ingest import normalize
from apps.ingest.clean import clean
from apps.ingest.pipeline import extract_from_text


def _record(text):
    return extract_from_text(text, "u.txt")[1]


def _requests(record):
    return [r["text"] for r in record["requests"]]


def _partners(record):
    return {p["name"] for p in record["partners"]}


def test_a_text_wrapped_at_76_under_a_longer_menu_line_is_joined_and_a_short_line_goes_on_into_a_lower_case_one():
    lines = [
        "Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Đối ngoại | Du lịch | Thể thao | Quốc tế",
        "",
        "Nghệ An tiếp Đoàn công tác tỉnh Gangwon (Hàn Quốc)",
        "",
        "Ngày 14/10/2024, tại thành phố Vinh, đồng chí Bùi Đình Long, Phó Chủ tịch",
        "UBND tỉnh Nghệ An, đã tiếp Đoàn công tác tỉnh Gangwon (Hàn Quốc) do ông Choi",
        "Sung-hyun, Phó Tỉnh trưởng, làm trưởng đoàn. Hai bên trao đổi về kết quả hợp",
        "tác trong lĩnh vực giáo dục, đào tạo nghề và du lịch thời gian qua.",
        "",
        "Đồng chí Bùi Đình Long cho biết tỉnh Nghệ An có nhiều lợi thế về đất đai và",
        "nguồn nhân lực trẻ, sẵn sàng đón các nhà đầu tư Hàn Quốc. Đồng chí đề nghị",
        # (a shorter line, mid-sentence, before one that opens in lower case)
        "tỉnh Gangwon giới thiệu các doanh nghiệp sản xuất linh kiện",
        "điện tử đến khảo sát, đầu tư tại các khu công nghiệp của tỉnh Nghệ An.",
        "",
        "Ông Choi Sung-hyun cảm ơn sự đón tiếp chu đáo của tỉnh Nghệ An và cho biết",
        "sẽ báo cáo lãnh đạo tỉnh Gangwon về các đề xuất của tỉnh.",
    ]
    text = "\n".join(lines)
    cleaned = clean(normalize.lines(text)).text
    assert "Phó Chủ tịch UBND tỉnh Nghệ An, đã tiếp" in cleaned, cleaned
    requests = _requests(_record(text))
    assert any(
        "tỉnh Gangwon giới thiệu" in r and "linh kiện điện tử" in r and "khu công nghiệp" in r
        for r in requests
    ), requests


def test_a_heading_of_the_sections_other_news_ends_the_story_and_its_foreign_localities_are_no_partners():
    text = (
        "Lạng Sơn hội đàm với Sở Thương mại tỉnh Quảng Tây (Trung Quốc)\n\n"
        "Ngày 18/6/2024, tại thành phố Lạng Sơn, đồng chí Hoàng Văn Khải, Phó Chủ tịch UBND tỉnh Lạng Sơn, đã tiếp và hội đàm "
        "với Đoàn công tác Sở Thương mại Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc) do ông Lý Minh Quân làm trưởng đoàn. "
        "Hai bên trao đổi về việc thúc đẩy thông quan nông sản qua cửa khẩu Hữu Nghị.\n\n"
        "TIN ĐỐI NGOẠI KHÁC\n\n"
        "Tỉnh Chiang Mai (Thái Lan) giới thiệu sản phẩm du lịch tại Hà Nội\n\n"
        "Tỉnh Gyeongsangbuk (Hàn Quốc) trao học bổng cho sinh viên Việt Nam\n"
    )
    partners = _partners(_record(text))
    assert "Quảng Tây" in partners, partners
    assert not partners & {"Chiang Mai", "Gyeongsangbuk"}, partners
    cleaned = clean(normalize.lines(text)).text
    assert "cửa khẩu Hữu Nghị" in cleaned and "Chiang Mai" not in cleaned, cleaned
    # (in the other case and with a colon too)
    partners = _partners(_record(text.replace("TIN ĐỐI NGOẠI KHÁC", "Tin hoạt động khác:")))
    assert not partners & {"Chiang Mai", "Gyeongsangbuk"}, partners
    # (with no heading the lines go on with the story: their localities are read as before)
    assert "Chiang Mai" in _partners(_record(text.replace("TIN ĐỐI NGOẠI KHÁC\n\n", "")))


def test_a_ministrys_conference_for_the_foreign_affairs_offices_of_all_provinces_and_cities_is_no_provinces_activity():
    text = (
        "Bộ Ngoại giao tập huấn công tác lãnh sự cho các địa phương\n\n"
        "Ngày 12/4/2024, tại Hà Nội, Bộ Ngoại giao tổ chức Hội nghị tập huấn công tác lãnh sự và bảo hộ công dân năm 2024 "
        "cho lãnh đạo Sở Ngoại vụ, Văn phòng UBND các tỉnh, thành phố. Thứ trưởng Bộ Ngoại giao Đỗ Minh Hải chủ trì hội nghị. "
        "Phát biểu tại hội nghị, ông Trần Quốc Bảo, Giám đốc Sở Ngoại vụ tỉnh Bình Định, chia sẻ kinh nghiệm hỗ trợ "
        "ngư dân bị nước ngoài bắt giữ. Đại diện Đại sứ quán Nhật Bản cũng dự hội nghị."
    )
    record = _record(text)
    assert record["is_activity"] is False, (record["kind"], record["province"])
    # (written with "của", all the provinces were read so before: passes on both trees)
    assert _record(text.replace("UBND các tỉnh", "UBND của các tỉnh"))["is_activity"] is False


def test_both_sides_asked_to_exchange_information_and_work_closely_against_a_crime_is_a_joint_ask():
    text = (
        "Điện Biên hội đàm với tỉnh Phông Xa Lỳ (Lào)\n\n"
        "Ngày 9/5/2024, tại thành phố Điện Biên Phủ, đồng chí Lò Văn Tiến, Phó Chủ tịch UBND tỉnh Điện Biên, đã tiếp và hội đàm "
        "với Đoàn đại biểu tỉnh Phông Xa Lỳ (Lào) do ông Khăm Xay Văn Na, Phó Tỉnh trưởng, làm trưởng đoàn. "
        "Đồng chí Lò Văn Tiến đề nghị hai bên tăng cường trao đổi thông tin, phối hợp chặt chẽ trong phòng, chống buôn bán "
        "người qua biên giới. Ông Khăm Xay Văn Na cảm ơn tỉnh Điện Biên đã đón tiếp đoàn chu đáo."
    )
    requests = _requests(_record(text))
    assert any("trao đổi thông tin" in r and "buôn bán người" in r for r in requests), requests


def test_both_sides_asked_to_push_the_procedures_of_a_named_project_is_a_joint_ask():
    text = (
        "Lào Cai làm việc với Đoàn công tác tỉnh Vân Nam (Trung Quốc)\n\n"
        "Ngày 21/8/2024, tại thành phố Lào Cai, đồng chí Giàng Thị Dung, Phó Chủ tịch UBND tỉnh Lào Cai, đã tiếp Đoàn công tác "
        "Sở Giao thông tỉnh Vân Nam (Trung Quốc) do ông Vương Hải Đông làm trưởng đoàn. "
        "Đồng chí Giàng Thị Dung đề nghị hai bên phối hợp thúc đẩy các thủ tục liên quan đến dự án cầu đường bộ thứ hai "
        "qua sông Hồng tại khu vực Bát Xát. Ông Vương Hải Đông đánh giá cao sự hợp tác của tỉnh Lào Cai."
    )
    requests = _requests(_record(text))
    assert any("thủ tục liên quan đến dự án cầu đường bộ" in r for r in requests), requests


def test_a_wish_that_both_localities_open_a_new_stage_of_ties_is_no_request():
    text = (
        "Bắc Ninh tiếp Đoàn công tác tỉnh Chungcheongbuk (Hàn Quốc)\n\n"
        "Ngày 3/10/2024, tại trụ sở UBND tỉnh Bắc Ninh, đồng chí Đào Quang Khải, Phó Chủ tịch UBND tỉnh, đã tiếp Đoàn công tác "
        "tỉnh Chungcheongbuk (Hàn Quốc) do ông Kim Young-hwan làm trưởng đoàn. "
        "Đồng chí Đào Quang Khải bày tỏ mong muốn hai địa phương mở ra giai đoạn hợp tác mới, thực chất và hiệu quả hơn. "
        "Ông Kim Young-hwan cảm ơn sự đón tiếp của tỉnh Bắc Ninh."
    )
    requests = _requests(_record(text))
    assert not any("giai đoạn hợp tác mới" in r for r in requests), requests
    # (a route to open is still one: passes on both trees)
    route = text.replace(
        "mở ra giai đoạn hợp tác mới, thực chất và hiệu quả hơn",
        "sớm mở đường bay thẳng giữa Bắc Ninh và Cheongju",
    )
    assert any("đường bay thẳng" in r for r in _requests(_record(route)))


def test_an_ask_of_three_groups_of_points_told_in_paragraphs_one_two_three_gives_each_point():
    text = (
        "Quảng Trị hội đàm với tỉnh Savannakhet (Lào)\n\n"
        "Ngày 16/4/2024, tại thành phố Đông Hà, đồng chí Hoàng Nam, Phó Chủ tịch UBND tỉnh Quảng Trị, đã hội đàm với Đoàn đại biểu "
        "tỉnh Savannakhet (Lào) do ông Phon Sạ Văn Đi, Phó Tỉnh trưởng, làm trưởng đoàn. "
        "Đồng chí Hoàng Nam đề nghị tỉnh Savannakhet quan tâm phối hợp triển khai ba nhóm nội dung.\n\n"
        "Một là, hai bên sớm hoàn thiện quy hoạch khu kinh tế thương mại chung Lao Bảo - Đensavan.\n\n"
        "Hai là, tạo điều kiện thuận lợi cho xe chở hàng hóa qua cặp cửa khẩu quốc tế Lao Bảo - Đensavan.\n\n"
        "Ba là, tiếp tục cử sinh viên sang học tập tại các trường của tỉnh Quảng Trị.\n\n"
        "Ông Phon Sạ Văn Đi nhất trí với các đề xuất của tỉnh Quảng Trị."
    )
    requests = _requests(_record(text))
    for item in ("Một là", "Hai là", "Ba là"):
        assert any(r.startswith(item) for r in requests), (item, requests)


def test_a_joint_ask_of_some_points_then_first_second_in_the_same_paragraph_gives_the_first_point_too():
    text = (
        "Hà Giang hội đàm với châu Văn Sơn (Trung Quốc)\n\n"
        "Ngày 22/5/2024, tại thành phố Hà Giang, đồng chí Hoàng Gia Long, Phó Chủ tịch UBND tỉnh Hà Giang, đã hội đàm với Đoàn công "
        "tác châu Văn Sơn, tỉnh Vân Nam (Trung Quốc) do ông Dương Chí Minh làm trưởng đoàn. "
        "Đồng chí Hoàng Gia Long đề nghị hai bên tập trung vào một số nội dung. Thứ nhất, hai tỉnh sớm mở lại lối thông quan "
        "Săm Pun - Điền Bồng. Thứ hai, phối hợp chặt chẽ trong phòng, chống xuất nhập cảnh trái phép. "
        "Ông Dương Chí Minh cảm ơn sự đón tiếp của tỉnh Hà Giang."
    )
    requests = _requests(_record(text))
    assert any("lối thông quan Săm Pun" in r for r in requests), requests


def test_a_province_begging_leave_to_hold_a_fair_with_its_partner_asks_it():
    text = (
        "Cao Bằng hội đàm với thành phố Bách Sắc (Trung Quốc)\n\n"
        "Ngày 14/3/2024, tại thành phố Cao Bằng, đồng chí Lê Hải Hòa, Phó Chủ tịch UBND tỉnh Cao Bằng, đã hội đàm với Đoàn "
        "đại biểu thành phố Bách Sắc (Trung Quốc) do ông Chu Vĩnh Lâm làm trưởng đoàn. "
        "Tỉnh Cao Bằng cũng xin được phối hợp với thành phố Bách Sắc tổ chức Hội chợ thương mại biên giới vào cuối năm. "
        "Ông Chu Vĩnh Lâm nhất trí với các nội dung trao đổi."
    )
    requests = _requests(_record(text))
    assert any("Hội chợ thương mại biên giới" in r for r in requests), requests


def test_a_province_begging_the_partner_to_go_on_providing_information_asks_it():
    text = (
        "Hà Tĩnh làm việc với tỉnh Bolikhamxay (Lào)\n\n"
        "Ngày 7/6/2024, tại thành phố Hà Tĩnh, đồng chí Trần Báu Hà, Phó Chủ tịch UBND tỉnh Hà Tĩnh, đã tiếp Đoàn công tác "
        "tỉnh Bolikhamxay (Lào) do ông Khăm Phăn Sỉ Thon làm trưởng đoàn. "
        "Tỉnh Hà Tĩnh sẽ tiếp tục nhận lưu học sinh Lào sang học tập; đồng thời xin phía bạn tiếp tục cung cấp thông tin, tạo "
        "điều kiện cho các đội tìm kiếm hài cốt liệt sĩ. Ông Khăm Phăn Sỉ Thon cảm ơn tỉnh Hà Tĩnh."
    )
    requests = _requests(_record(text))
    assert any("cung cấp thông tin" in r for r in requests), requests


def test_a_province_hoping_the_foreign_governor_by_his_title_sees_to_something_asks_it():
    text = (
        "Đồng Tháp hội đàm với tỉnh Prey Veng (Campuchia)\n\n"
        "Ngày 25/2/2024, tại thành phố Cao Lãnh, đồng chí Đoàn Tấn Bửu, Phó Chủ tịch UBND tỉnh Đồng Tháp, đã hội đàm với Đoàn "
        "đại biểu tỉnh Prey Veng (Campuchia) do ông Un Sam An, Phó Tỉnh trưởng, làm trưởng đoàn. "
        "Tỉnh Đồng Tháp rất mong Tỉnh trưởng tỉnh Prey Veng quan tâm chỉ đạo các sở, ngành tạo điều kiện cho thương nhân hai bên "
        "qua lại buôn bán. Ông Un Sam An cảm ơn tỉnh Đồng Tháp."
    )
    requests = _requests(_record(text))
    assert any("Tỉnh trưởng tỉnh Prey Veng quan tâm chỉ đạo" in r for r in requests), requests


def test_a_city_hoping_its_partner_encourages_its_businesses_to_invest_asks_it():
    text = (
        "Hải Phòng tiếp Đoàn công tác thành phố Kitakyushu (Nhật Bản)\n\n"
        "Ngày 11/7/2024, tại trụ sở UBND thành phố Hải Phòng, đồng chí Lê Khắc Nam, Phó Chủ tịch UBND thành phố, đã tiếp Đoàn "
        "công tác thành phố Kitakyushu (Nhật Bản) do ông Takeda Hiroshi làm trưởng đoàn. "
        "Lãnh đạo thành phố cũng mong Kitakyushu khuyến khích doanh nghiệp Nhật Bản đầu tư vào lĩnh vực xử lý nước thải. "
        "Ông Takeda Hiroshi cảm ơn sự đón tiếp của thành phố."
    )
    requests = _requests(_record(text))
    assert any("khuyến khích doanh nghiệp Nhật Bản đầu tư" in r for r in requests), requests


def test_the_named_visitor_taking_note_of_the_provinces_proposals_then_asking_both_sides_is_the_visitors_ask():
    text = (
        "Thừa Thiên Huế tiếp Đoàn công tác thành phố Gimhae (Hàn Quốc)\n\n"
        "Ngày 19/9/2024, tại thành phố Huế, đồng chí Phan Quý Phương, Phó Chủ tịch UBND tỉnh Thừa Thiên Huế, đã tiếp Đoàn công tác "
        "thành phố Gimhae (Hàn Quốc) do ông Hong Tae-yong, Thị trưởng, làm trưởng đoàn. "
        "Đồng chí Phan Quý Phương đề xuất hai bên phối hợp đào tạo nhân lực ngành y tế. "
        "Ông Hong Tae-yong cảm ơn sự đón tiếp nồng hậu của tỉnh. "
        "Ông ghi nhận các đề xuất của tỉnh; đồng thời đề nghị hai bên sớm tổ chức Lễ hội văn hóa Gimhae tại Huế vào năm sau."
    )
    requests = _requests(_record(text))
    assert not any("Lễ hội văn hóa Gimhae" in r for r in requests), requests
    # (the province's own ask before it stays)
    assert any("đào tạo nhân lực ngành y tế" in r for r in requests), requests


def test_a_business_heads_hope_in_a_quotation_opened_to_the_reporter_is_no_request_of_the_province():
    text = (
        "Tây Ninh hội đàm với tỉnh Svay Rieng (Campuchia)\n\n"
        "Ngày 6/11/2024, tại thành phố Tây Ninh, đồng chí Nguyễn Mạnh Hùng, Phó Chủ tịch UBND tỉnh Tây Ninh, đã hội đàm với Đoàn "
        "đại biểu tỉnh Svay Rieng (Campuchia) do ông Men Vibol, Tỉnh trưởng, làm trưởng đoàn. "
        "Hai bên trao đổi về thương mại qua cặp cửa khẩu Mộc Bài - Bavet. "
        'Ông Trần Văn Lộc, giám đốc một công ty chế biến nông sản ở thành phố Tây Ninh, chia sẻ với phóng viên: "Mấy năm nay '
        'hàng hóa qua lại thuận lợi hơn nhiều, chúng tôi mong hai tỉnh sớm mở thêm cửa khẩu phụ."'
    )
    requests = _requests(_record(text))
    assert not any("cửa khẩu phụ" in r for r in requests), requests
    # (the same words in the province's leader's mouth are its ask: passes on both trees)
    leader = text.replace(
        "Ông Trần Văn Lộc, giám đốc một công ty chế biến nông sản ở thành phố Tây Ninh,",
        "Đồng chí Nguyễn Mạnh Hùng",
    )
    assert any("cửa khẩu phụ" in r for r in _requests(_record(leader)))


def test_a_foreign_province_working_with_another_vietnamese_province_on_a_model_is_no_partner():
    text = (
        "An Giang tiếp Đại sứ Cuba tại Việt Nam\n\n"
        "Ngày 13/6/2024, tại thành phố Long Xuyên, đồng chí Lê Văn Phước, Phó Chủ tịch UBND tỉnh An Giang, đã tiếp ông Rogelio "
        "Polanco Fuentes, Đại sứ Cuba tại Việt Nam. "
        "Đại sứ đánh giá cao mô hình sản xuất lúa do tỉnh Thái Bình hợp tác với tỉnh Sancti Spíritus triển khai. "
        "Ông mong tỉnh An Giang hợp tác với tỉnh Camagüey trong lĩnh vực nuôi trồng thủy sản."
    )
    partners = _partners(_record(text))
    assert "Sancti Spíritus" not in partners, partners
    assert "Camagüey" in partners, partners


def test_the_localities_further_along_a_highway_are_no_partners():
    text = (
        "Hà Tĩnh làm việc với tỉnh Bolikhamxay (Lào)\n\n"
        "Ngày 2/7/2024, tại thành phố Hà Tĩnh, đồng chí Nguyễn Hồng Lĩnh, Phó Chủ tịch UBND tỉnh Hà Tĩnh, đã tiếp Đoàn công tác tỉnh "
        "Bolikhamxay (Lào) do ông Văn Xay Phong Sả Vẳn làm trưởng đoàn. "
        "Hai bên thống nhất nâng cấp tuyến Quốc lộ 8 kết nối cảng Vũng Áng với Bolikhamxay và xa hơn là tỉnh Nakhon Phanom (Thái Lan). "
        "Ông Văn Xay Phong Sả Vẳn cảm ơn sự đón tiếp của tỉnh Hà Tĩnh."
    )
    partners = _partners(_record(text))
    assert "Bolikhamxay" in partners, partners
    assert "Nakhon Phanom" not in partners, partners
    onward = (
        "Sơn La hội đàm với tỉnh Hủa Phăn (Lào)\n\n"
        "Ngày 28/3/2024, tại thành phố Sơn La, đồng chí Đặng Ngọc Hậu, Phó Chủ tịch UBND tỉnh Sơn La, đã hội đàm với Đoàn đại biểu "
        "tỉnh Hủa Phăn (Lào) do ông Viêng Say Lao Ly làm trưởng đoàn. "
        "Hai bên nhất trí đề xuất nâng cấp Quốc lộ 43 nối Sơn La với Hủa Phăn và đi tiếp Xiêng Khoảng, tạo hành lang vận tải ra "
        "cảng biển. Ông Viêng Say Lao Ly cảm ơn tỉnh Sơn La."
    )
    partners = _partners(_record(onward))
    assert "Hủa Phăn" in partners, partners
    assert "Xiêng Khoảng" not in partners, partners


def test_the_cities_of_a_companys_plants_past_a_country_in_brackets_are_no_partners():
    text = (
        "Bắc Giang tiếp Công ty Hyundai Pipe (Hàn Quốc)\n\n"
        "Ngày 8/8/2024, tại trụ sở UBND tỉnh Bắc Giang, đồng chí Phan Thế Tuấn, Phó Chủ tịch UBND tỉnh, đã tiếp Đoàn công tác "
        "tỉnh Gyeongsangnam (Hàn Quốc) và Công ty Hyundai Pipe. "
        "Công ty Hyundai Pipe có trụ sở tại thành phố Changwon, hiện có nhà máy tại Gumi, Pohang (Hàn Quốc) và Thiên Tân (Trung Quốc). "
        "Đồng chí Phan Thế Tuấn mong tỉnh Gyeongsangnam giới thiệu thêm doanh nghiệp đầu tư vào Bắc Giang."
    )
    partners = _partners(_record(text))
    assert "Thiên Tân" not in partners, partners
    assert "Gyeongsangnam" in partners, partners


def test_the_airports_of_flights_counted_a_day_are_no_partners():
    text = (
        "Khánh Hòa tiếp Đoàn công tác tỉnh Gyeonggi (Hàn Quốc)\n\n"
        "Ngày 15/5/2024, tại thành phố Nha Trang, đồng chí Lê Hữu Hoàng, Phó Chủ tịch UBND tỉnh Khánh Hòa, đã tiếp Đoàn công tác tỉnh "
        "Gyeonggi (Hàn Quốc) do ông Park Jin-ho làm trưởng đoàn. "
        "Hiện Cảng hàng không quốc tế Cam Ranh đón hơn 30 chuyến bay mỗi ngày từ sân bay Incheon, Daegu. "
        "Ông Park Jin-ho cảm ơn sự đón tiếp của tỉnh Khánh Hòa."
    )
    partners = _partners(_record(text))
    assert "Daegu" not in partners, partners
    assert "Gyeonggi" in partners, partners


def test_a_highlands_name_written_again_without_its_family_name_is_the_same_official():
    text = (
        "Đắk Lắk tiếp Đoàn đại biểu tỉnh Mondulkiri (Campuchia)\n\n"
        "Ngày 10/1/2024, tại thành phố Buôn Ma Thuột, đồng chí Y Bim Byă, Phó Chủ tịch UBND tỉnh Đắk Lắk, đã tiếp Đoàn đại biểu tỉnh "
        "Mondulkiri (Campuchia) do ông Thong Savun, Tỉnh trưởng, làm trưởng đoàn. "
        "Đồng chí Y Bim cảm ơn tỉnh Mondulkiri đã quan tâm đến người Việt sinh sống tại tỉnh bạn. "
        "Ông Thong Savun chúc nhân dân tỉnh Đắk Lắk năm mới an khang."
    )
    names = [o["name"] for o in _record(text)["officials"]]
    assert "Y Bim Byă" in names, names
    assert "Y Bim" not in names, names


def test_yesterday_after_a_wires_place_and_day_with_its_year_is_the_day_before():
    text = (
        "Gia Lai tiếp Đoàn công tác tỉnh Ratanakiri (Campuchia)\n\n"
        "Gia Lai, 20/9/2024 (TTXVN) - Chiều qua, tại thành phố Pleiku, đồng chí Dương Mah Tiệp, Phó Chủ tịch UBND tỉnh Gia Lai, "
        "đã tiếp Đoàn công tác tỉnh Ratanakiri (Campuchia) do ông Bun Sa Rin, Phó Tỉnh trưởng, làm trưởng đoàn. "
        "Hai bên trao đổi về công tác quản lý biên giới."
    )
    record = _record(text)
    assert (record["start_date"], record["end_date"]) == ("2024-09-19", "2024-09-19"), (
        record["start_date"],
        record["end_date"],
    )
