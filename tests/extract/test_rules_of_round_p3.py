"""The extraction rules of rounds ph-pn: one test per rule, each sentence written for it (provincial news style)."""

import pytest

from apps.ingest.pipeline import extract_from_text


def _record(text):
    return extract_from_text(text, "t.txt")[1]


def _asks(text):
    return [r["text"] for r in _record(text)["requests"]]


def _partners(text):
    return [p["name"] for p in _record(text)["partners"]]


def _officials(text):
    return [o["name"] for o in _record(text)["officials"]]


# --- Asks ---


def test_an_ask_of_tokyos_metropolitan_government_is_an_ask_of_the_host():
    text = ("Đoàn công tác thành phố Cần Thơ làm việc với chính quyền đô thị Tokyo\nThứ Sáu, 18/10/2024 - 16:20\nNgày 16/10 (giờ "
            "địa phương), Đoàn công tác thành phố Cần Thơ do Phó Chủ tịch UBND thành phố Trương Quang Hiển dẫn đầu đã làm việc "
            "với chính quyền đô thị Tokyo (Nhật Bản).\nTại buổi làm việc, Phó Chủ tịch UBND thành phố Trương Quang Hiển đề nghị "
            "chính quyền đô thị Tokyo chia sẻ kinh nghiệm quản lý đô thị thông minh, xử lý chất thải rắn và chống ngập cho thành "
            "phố Cần Thơ.\nÔng Kato Hiroshi, Cục trưởng Cục Chiến lược chính sách Tokyo cho biết sẽ cử chuyên gia sang Cần Thơ "
            "trong năm 2025.")
    assert [a for a in _asks(text) if a.startswith("đề nghị chính quyền đô thị Tokyo chia sẻ kinh nghiệm")], _asks(text)
    # (the city's own district governments, told at home what to do, are asked nothing)
    home = ("Phó Chủ tịch UBND thành phố Cần Thơ tiếp Đoàn công tác Tokyo\nThứ Sáu, 18/10/2024 - 16:20\nChiều 17/10, Phó Chủ tịch "
            "UBND thành phố Cần Thơ Trương Quang Hiển đã tiếp Đoàn công tác chính quyền đô thị Tokyo (Nhật Bản) do ông Kato "
            "Hiroshi, Cục trưởng Cục Chiến lược chính sách dẫn đầu.\nPhó Chủ tịch UBND thành phố Trương Quang Hiển đề nghị chính "
            "quyền các quận, huyện tạo điều kiện để đoàn khảo sát hệ thống thoát nước của thành phố Cần Thơ.")
    assert _asks(home) == []


def test_the_items_numbered_under_an_announced_count_of_asks_are_the_asks_not_the_announcement():
    text = ("Kiên Giang hội đàm với tỉnh Kampot\nThứ Tư, 20/03/2024 - 17:10\nChiều 19/3, tại thành phố Rạch Giá, Chủ tịch UBND "
            "tỉnh Kiên Giang Huỳnh Văn Phúc đã hội đàm với Đoàn đại biểu tỉnh Kampot (Campuchia) do Tỉnh trưởng Mao Thonin dẫn "
            "đầu.\nChủ tịch UBND tỉnh đề nghị tỉnh Kampot quan tâm ba nội dung:\n1/ Phối hợp tuần tra, kiểm soát, ngăn chặn buôn "
            "lậu qua cặp cửa khẩu Hà Tiên - Prek Chak.\n2/ Tạo điều kiện cho ngư dân Kiên Giang neo đậu tránh trú bão tại cảng "
            "Kampot.\n3/ Sớm ký kết biên bản ghi nhớ hợp tác giai đoạn 2024 - 2028.\nTỉnh trưởng Mao Thonin cảm ơn tỉnh Kiên "
            "Giang và nhất trí với các đề nghị.")
    asks = _asks(text)
    assert [a[:2] for a in asks] == ["1/", "2/", "3/"], asks
    # (and a header naming the year of the asks listed under it: the bullets only)
    year = ("Long An hội đàm với tỉnh Svay Rieng\nThứ Sáu, 15/01/2016 - 09:30\nNgày 14/1, tại thành phố Tân An, Phó Chủ tịch UBND "
            "tỉnh Long An Trần Minh Khoa đã hội đàm với Đoàn đại biểu tỉnh Svay Rieng (Campuchia) do Phó Tỉnh trưởng Chan Sophal "
            "dẫn đầu.\nPhó Chủ tịch UBND tỉnh đề nghị tỉnh Svay Rieng cùng phối hợp thực hiện một số nội dung trong năm 2016:\n"
            "- Phối hợp xử lý các vụ việc phát sinh trên tuyến biên giới.\n- Tạo điều kiện cho doanh nghiệp Long An khảo sát đầu "
            "tư trồng lúa tại Svay Rieng.\nPhó Tỉnh trưởng Chan Sophal nhất trí với các đề nghị.")
    asks = _asks(year)
    assert len(asks) == 2 and all(a.startswith("- ") for a in asks), asks


def test_a_wish_expressed_that_a_foreign_firm_expand_its_investment_is_an_ask():
    text = ("Bí thư Tỉnh ủy Thái Nguyên tiếp lãnh đạo Samsung Việt Nam\nThứ Ba, 09/07/2024 - 18:00\nChiều 9/7, đồng chí Hoàng "
            "Minh Tâm, Bí thư Tỉnh ủy Thái Nguyên đã tiếp ông Choi Min Seok, Phó Chủ tịch phụ trách sản xuất toàn cầu của "
            "Samsung Electronics (Hàn Quốc).\nĐồng chí Hoàng Minh Tâm đánh giá cao đóng góp của Samsung cho sự phát triển kinh "
            "tế - xã hội của tỉnh. Đồng chí bày tỏ mong muốn Samsung tiếp tục mở rộng đầu tư sản xuất linh kiện, tăng tỷ lệ nội "
            "địa hóa và hỗ trợ doanh nghiệp Thái Nguyên tham gia chuỗi cung ứng.\nÔng Choi Min Seok cho biết Samsung sẽ tiếp "
            "tục coi Thái Nguyên là cứ điểm sản xuất quan trọng.")
    assert [a for a in _asks(text) if a.startswith("mong muốn Samsung tiếp tục mở rộng đầu tư")], _asks(text)


def test_a_hope_that_an_organisation_named_by_its_acronym_or_missions_in_tp_hcm_will_help_is_an_ask():
    text = ("Chủ tịch UBND tỉnh Vĩnh Long tiếp Trưởng đại diện UNESCO\nThứ Hai, 21/10/2024 - 16:45\nChiều 21/10, đồng chí Lữ "
            "Thanh Bình, Chủ tịch UBND tỉnh Vĩnh Long đã tiếp bà Claire Moreau, Trưởng đại diện Văn phòng UNESCO tại Việt Nam.\n"
            "Đồng chí Lữ Thanh Bình bày tỏ hy vọng UNESCO sẽ tiếp tục hỗ trợ tỉnh trong việc xây dựng hồ sơ đề nghị công nhận "
            "nghề làm gốm đỏ là di sản văn hóa phi vật thể.\nBà Claire Moreau cho biết sẽ phối hợp với tỉnh hoàn thiện hồ sơ.")
    assert [a for a in _asks(text) if a.startswith("hy vọng UNESCO sẽ tiếp tục hỗ trợ tỉnh")], _asks(text)
    missions = ("Chủ tịch UBND tỉnh Bến Tre tiếp Đại sứ Hà Lan\nThứ Tư, 13/11/2024 - 09:15\nChiều 12/11, Chủ tịch UBND tỉnh Bến "
                "Tre Trần Quốc Vinh đã tiếp bà Marjolein de Vries, Đại sứ Hà Lan tại Việt Nam.\nChủ tịch UBND tỉnh hy vọng Đại "
                "sứ quán và Tổng Lãnh sự quán Hà Lan tại TP.HCM sẽ hỗ trợ tỉnh kết nối với các viện, trường và doanh nghiệp Hà "
                "Lan trong lĩnh vực thích ứng với biến đổi khí hậu, quản lý nguồn nước.\nĐại sứ Marjolein de Vries khẳng định sẽ "
                "tiếp tục đồng hành cùng tỉnh Bến Tre.")
    assert [a for a in _asks(missions) if "Tổng Lãnh sự quán Hà Lan tại TP.HCM sẽ hỗ trợ tỉnh kết nối" in a], _asks(missions)


def test_a_body_ask_retelling_the_sapos_by_its_opening_and_named_object_is_one_ask_another_object_is_another():
    sapo = ("Cần Thơ đề nghị Tổng Lãnh sự quán Hoa Kỳ hỗ trợ kết nối với bang Louisiana\nThứ Năm, 14/11/2024 - 17:30\nThành phố "
            "Cần Thơ đề nghị Tổng Lãnh sự quán Hoa Kỳ tại TP Hồ Chí Minh hỗ trợ kết nối thành phố với bang Louisiana - nơi có "
            "nhiều kinh nghiệm thích ứng với biến đổi khí hậu ở vùng châu thổ sông Mississippi.\nChiều 13/11, Chủ tịch UBND "
            "thành phố Cần Thơ Đỗ Minh Tường đã tiếp ông Daniel Kessler, Tổng Lãnh sự Hoa Kỳ tại TP Hồ Chí Minh.\n")
    retold = sapo + ("Chủ tịch UBND thành phố đề nghị Tổng Lãnh sự quán hỗ trợ kết nối thành phố với bang Louisiana để hai địa "
                     "phương sớm thiết lập quan hệ hợp tác.\nÔng Daniel Kessler cho biết sẽ tích cực kết nối.")
    asks = _asks(retold)
    assert len(asks) == 1 and "vùng châu thổ sông Mississippi" in asks[0], asks
    # (the same addressee asked to connect the city with someone else: a second ask)
    other = sapo + ("Chủ tịch UBND thành phố đề nghị Tổng Lãnh sự quán Hoa Kỳ hỗ trợ kết nối thành phố với các trường đại học "
                    "của Hoa Kỳ để trao đổi giảng viên, sinh viên ngành công nghệ sinh học.\nÔng Daniel Kessler cho biết sẽ "
                    "tích cực kết nối.")
    asks = _asks(other)
    assert len(asks) == 2 and "các trường đại học của Hoa Kỳ" in asks[1], asks


# --- Page furniture; people ---


def test_a_tin_vắn_ticker_of_other_news_is_furniture_and_names_no_official():
    text = ("An Giang tiếp Đoàn đại biểu tỉnh Takeo\nThứ Ba, 14/05/2024 - 10:05\nTin vắn: Châu Đốc chuẩn bị Lễ hội Vía Bà Chúa "
            "Xứ Núi Sam năm 2024 • Tịnh Biên ra quân giải tỏa lấn chiếm vỉa hè • Chợ Mới khánh thành cầu Ông Chưởng\nChiều 13/5, "
            "tại thành phố Long Xuyên, Phó Chủ tịch UBND tỉnh An Giang Lâm Quang Hữu đã tiếp Đoàn đại biểu tỉnh Takeo "
            "(Campuchia) do Phó Tỉnh trưởng Sok Piseth dẫn đầu.\nPhó Chủ tịch UBND tỉnh đề nghị tỉnh Takeo phối hợp quản lý tốt "
            "đường biên, mốc giới và tạo điều kiện cho thương nhân hai bên qua lại cặp cửa khẩu Tịnh Biên - Phnom Den.")
    cleaned, record = extract_from_text(text, "t.txt")
    assert [o["name"] for o in record["officials"]] == ["Lâm Quang Hữu"], record["officials"]
    assert "Tin vắn" not in cleaned.text and "Chiều 13/5, tại thành phố Long Xuyên" in cleaned.text


def test_a_tin_ảnh_box_ends_the_story_and_its_captions_of_other_stories_name_no_partner():
    text = ("Quảng Nam tiếp Tổng Lãnh sự Hàn Quốc\nThứ Năm, 06/06/2024 - 15:30\nChiều 5/6, Phó Chủ tịch UBND tỉnh Quảng Nam Đoàn "
            "Minh Khải đã tiếp ông Park Joon-ho, Tổng Lãnh sự Hàn Quốc tại Đà Nẵng.\nPhó Chủ tịch UBND tỉnh đề nghị Tổng Lãnh sự "
            "quán giới thiệu các doanh nghiệp Hàn Quốc đầu tư vào Khu kinh tế mở Chu Lai.\nTin ảnh\nLãnh đạo tỉnh tiếp Đoàn công "
            "tác tỉnh Chiba (Nhật Bản). Ảnh: Minh Hà\nKhai mạc Tuần lễ Văn hóa Hội An. Ảnh: Thanh Tùng")
    record = _record(text)
    assert record["partners"] == [] and record["lead"]["name"] == "Park Joon-ho", record["partners"]
    # (the same caption in the story, no box heading above it: the story's)
    assert "Chiba" in _partners(text.replace("Tin ảnh\n", ""))


def test_a_foreign_firms_name_after_its_vice_presidents_is_no_official_a_japanese_man_named_like_a_firm_is():
    text = ("Bắc Ninh xúc tiến đầu tư tại Hàn Quốc\nThứ Bảy, 12/10/2024 - 09:00\nTừ ngày 7 đến 11/10, đoàn công tác tỉnh Bắc "
            "Ninh do Chủ tịch UBND tỉnh Vương Đình Khang dẫn đầu đã thăm và làm việc tại Hàn Quốc.\nNgày 8/10, đoàn làm việc với "
            "Tổ hợp Samsung Electronics tại thành phố Suwon. Tại buổi làm việc với ông Choi Min Seok, Phó Chủ tịch phụ trách sản "
            "xuất toàn cầu của Samsung Electronics, Chủ tịch UBND tỉnh đề nghị tập đoàn mở rộng nhà máy tại Khu công nghiệp Yên "
            "Phong.\nNgày 9/10, đoàn làm việc với chính quyền tỉnh Gyeonggi và đề nghị tỉnh Gyeonggi hỗ trợ đào tạo kỹ sư bán "
            "dẫn cho Bắc Ninh.")
    assert _officials(text) == ["Choi Min Seok"], _officials(text)
    honda = ("Bắc Ninh xúc tiến đầu tư tại Nhật Bản\nThứ Bảy, 12/10/2024 - 09:00\nTừ ngày 7 đến 11/10, đoàn công tác tỉnh Bắc "
             "Ninh do Chủ tịch UBND tỉnh Vương Đình Khang dẫn đầu đã thăm và làm việc tại Nhật Bản.\nNgày 8/10, đoàn làm việc "
             "với chính quyền tỉnh Yamanashi. Tại buổi làm việc với ông Honda Keisuke, Phó Thống đốc tỉnh Yamanashi, Chủ tịch "
             "UBND tỉnh đề nghị tỉnh bạn giới thiệu doanh nghiệp cơ khí chính xác đầu tư vào Khu công nghiệp Yên Phong.")
    assert "Honda Keisuke" in _officials(honda), _officials(honda)


# --- Partners ---

# Each article names its real partner (kept) and a place named in passing (no partner).
IN_PASSING = [
    pytest.param(
        "Đoàn công tác tỉnh Hà Nam làm việc với bang Sachsen\nThứ Hai, 16/09/2024 - 10:00\nNgày 12/9 (giờ địa phương), đoàn "
        "công tác tỉnh Hà Nam do Phó Chủ tịch UBND tỉnh Nguyễn Thị Hạnh Dung dẫn đầu đã làm việc với Bộ Kinh tế, Lao động và "
        "Giao thông bang Sachsen (Đức).\nHiện có hơn 3.000 người Việt Nam đang học nghề và làm việc tại các thành phố Leipzig, "
        "Chemnitz và Dresden. Phó Chủ tịch UBND tỉnh đề nghị bang Sachsen tạo điều kiện tiếp nhận thêm học viên điều dưỡng "
        "của Hà Nam.",
        "Sachsen", ["Leipzig", "Chemnitz", "Dresden"],
        id="a_where_vietnamese_work",
    ),
    pytest.param(
        "Nghệ An tiếp Đoàn đại biểu tỉnh Nakhon Phanom\nThứ Tư, 09/10/2024 - 16:00\nChiều 8/10, Phó Chủ tịch UBND tỉnh Nghệ An "
        "Hoàng Phú Hiền đã tiếp Đoàn đại biểu tỉnh Nakhon Phanom (Thái Lan) do Phó Tỉnh trưởng Somchai Wongsa dẫn đầu.\nCộng "
        "đồng người Việt ở Đông Bắc Thái Lan tập trung đông tại các tỉnh Udon Thani, Sakon Nakhon. Phó Chủ tịch UBND tỉnh đề "
        "nghị tỉnh Nakhon Phanom quan tâm tạo điều kiện để bà con kiều bào ổn định cuộc sống.",
        "Nakhon Phanom", ["Udon Thani", "Sakon Nakhon"],
        id="b_where_the_community_lives",
    ),
    pytest.param(
        "Bình Dương tiếp Đoàn công tác bang Tây Úc\nThứ Năm, 10/10/2024 - 15:10\nChiều 9/10, Phó Chủ tịch UBND tỉnh Bình "
        "Dương Lê Văn Tuấn đã tiếp Đoàn công tác bang Tây Úc (Australia) do bà Emma Collins, Ủy viên Thương mại dẫn đầu.\nHiện "
        "có khoảng 200 sinh viên Bình Dương đang theo học tại Trường Đại học Công nghệ Curtin ở thành phố Perth. Phó Chủ tịch "
        "UBND tỉnh đề nghị bang Tây Úc hỗ trợ tỉnh đào tạo nhân lực ngành logistics.",
        "Tây Úc", ["Perth"],
        id="c_where_students_study",
    ),
    pytest.param(
        "Thừa Thiên Huế làm việc với bang Washington\nThứ Sáu, 21/06/2024 - 11:00\nNgày 18/6 (giờ địa phương), đoàn công tác "
        "tỉnh Thừa Thiên Huế do Phó Chủ tịch UBND tỉnh Hoàng Văn Lộc dẫn đầu đã làm việc với chính quyền bang Washington (Hoa "
        "Kỳ).\nBang Washington có thủ phủ là thành phố Olympia, nổi tiếng với ngành hàng không và công nghệ. Phó Chủ tịch UBND "
        "tỉnh đề nghị bang Washington giới thiệu các trường đại học hợp tác đào tạo với Đại học Huế.",
        "Washington", ["Olympia"],
        id="d_a_states_capital",
    ),
    pytest.param(
        "Tây Ninh tiếp Đoàn đại biểu tỉnh Svay Rieng\nThứ Ba, 15/10/2024 - 14:20\nChiều 14/10, Phó Chủ tịch UBND tỉnh Tây Ninh "
        "Nguyễn Hồng Minh đã tiếp Đoàn đại biểu tỉnh Svay Rieng (Campuchia) do Phó Tỉnh trưởng Chea Vannak dẫn đầu.\nSvay Rieng "
        "nằm trên tuyến hành lang kinh tế, nơi Quốc lộ 1 nối Phnôm Pênh với TP. Hồ Chí Minh. Phó Chủ tịch UBND tỉnh đề nghị "
        "tỉnh Svay Rieng phối hợp nâng cấp cặp cửa khẩu Phước Tân - Bosmon.",
        "Svay Rieng", ["Phnôm Pênh"],
        id="e_a_national_roads_end",
    ),
    pytest.param(
        "Vĩnh Phúc tiếp Đoàn công tác thành phố Gimpo\nThứ Hai, 04/11/2024 - 17:00\nChiều 1/11, Phó Chủ tịch UBND tỉnh Vĩnh "
        "Phúc Nguyễn Văn Thành đã tiếp Đoàn công tác thành phố Gimpo (Hàn Quốc) do Phó Thị trưởng Lee Jae-ho dẫn đầu.\nGimpo "
        "nằm liền kề thủ đô Seoul, có sân bay quốc tế và nhiều khu công nghiệp. Phó Chủ tịch UBND tỉnh đề nghị thành phố Gimpo "
        "giới thiệu doanh nghiệp đầu tư vào các khu công nghiệp của tỉnh.",
        "Gimpo", ["Seoul"],
        id="f_a_neighbour",
    ),
    pytest.param(
        "Đoàn công tác tỉnh Quảng Bình thăm tỉnh Savannakhet\nThứ Sáu, 22/11/2024 - 08:45\nNgày 20/11, đoàn công tác tỉnh Quảng "
        "Bình do Phó Chủ tịch UBND tỉnh Phan Phong Phú dẫn đầu đã qua cửa khẩu quốc tế Cha Lo, theo đường 12 xuống thị xã Thà "
        "Khẹt (tỉnh Khăm Muộn) rồi đến tỉnh Savannakhet (Lào) dự lễ ký kết biên bản hợp tác giai đoạn 2025 - 2030.\nPhó Chủ "
        "tịch UBND tỉnh đề nghị tỉnh Savannakhet tạo điều kiện cho doanh nghiệp Quảng Bình đầu tư trồng rừng.",
        "Savannakhet", ["Thà Khẹt", "Khăm Muộn"],
        id="h_a_town_a_road_leads_down_to",
    ),
    pytest.param(
        "Ninh Bình tiếp Đoàn công tác tỉnh Okayama\nThứ Năm, 05/12/2024 - 15:00\nChiều 4/12, Phó Chủ tịch UBND tỉnh Ninh Bình "
        "Trần Song Tùng đã tiếp Đoàn công tác tỉnh Okayama (Nhật Bản) do Phó Thống đốc Ishii Masahiro dẫn đầu.\nHiện có gần 500 "
        "thực tập sinh của tỉnh đang làm việc tại thành phố Kurashiki. Phó Chủ tịch UBND tỉnh đề nghị tỉnh Okayama quan tâm bảo "
        "đảm quyền lợi cho thực tập sinh Ninh Bình.",
        "Okayama", ["Kurashiki"],
        id="i_where_trainees_work",
    ),
]


@pytest.mark.parametrize(("text", "partner", "in_passing"), IN_PASSING)
def test_places_named_in_passing_are_no_partners(text, partner, in_passing):
    partners = _partners(text)
    assert partner in partners and not set(in_passing) & set(partners), partners
