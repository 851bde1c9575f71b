"""The extraction rules of round O: one test per rule, each sentence written for it (provincial news style)."""

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


# --- Officials: a river, a sea or an NGO's name is no person; a caption's name takes no title from the next line ---


@pytest.mark.parametrize(
    ("post", "place"),
    [
        ("Giám đốc Quỹ Trẻ em Rồng Xanh tại Việt Nam", "Rồng Xanh"),
        ("Giám đốc quốc gia Tổ chức Vì trẻ em Mê Kông", "Mê Kông"),
        ("Giám đốc Hội Bảo trợ trẻ em Cửu Long", "Cửu Long"),
        ("Giám đốc Mạng lưới Bảo vệ trẻ em Biển Đông", "Biển Đông"),
    ],
    ids=["rong-xanh", "me-kong", "cuu-long", "bien-dong"],
)
def test_a_river_a_sea_or_an_ngos_name_closing_an_organisations_name_is_no_official(post, place):
    text = ("Hậu Giang tiếp đoàn tổ chức quốc tế\nThứ Ba, 12/9/2023 - 15:40\nChiều 12/9, Phó Chủ tịch UBND tỉnh Hậu Giang Đồng "
            f"Văn Thanh tiếp ông Peter Hall, {post}.")
    record = _record(text)
    assert place not in [o["name"] for o in record["officials"]], record["officials"]
    # (the organisation's head and the province's host are still read)
    assert record["lead"]["name"] == "Peter Hall" and "Đồng Văn Thanh" in [o["name"] for o in record["officials"]]


def test_a_post_opening_the_next_paragraph_is_not_the_title_of_the_name_ending_a_caption():
    text = ("Quảng Trị tiếp Đại sứ Bỉ\nThứ Ba, 12/9/2023 - 15:40\nChiều 12/9, Phó Chủ tịch UBND tỉnh Quảng Trị Hoàng Nam đã tiếp "
            "Đại sứ Bỉ tại Việt Nam và đoàn công tác.\nPhó Chủ tịch UBND tỉnh Hoàng Nam tặng quà lưu niệm cho ông Paul Jansen\n"
            "Phó Chủ tịch UBND tỉnh đề nghị Đại sứ hỗ trợ kết nối doanh nghiệp Bỉ đầu tư vào Khu kinh tế Đông Nam.")
    record = _record(text)
    assert (record["lead"] or {}).get("name") == "Paul Jansen" and record["lead"]["side"] == "foreign", record["lead"]
    assert "Paul Jansen" not in [o["name"] for o in record["officials"]]
    # (a title after a comma on the name's own line is still his)
    text = text.replace("cho ông Paul Jansen\n", "cho ông Paul Jansen, Đại sứ Bỉ tại Việt Nam\n")
    assert _record(text)["lead"]["name"] == "Paul Jansen"


# --- Is an activity: interviews (a question to "ngài", a talk granted to the paper), the Assembly's debate, visits at
# home to veterans who served abroad, a friendship association named in a visit at home ---


@pytest.mark.parametrize(
    "question", ["Thưa ngài Đại sứ, ngài đánh giá thế nào", "Thưa ngài, ngài đánh giá thế nào"], ids=["ngai-dai-su", "ngai"]
)
def test_a_question_put_to_the_guest_as_ngai_makes_the_article_an_interview(question):
    text = ("Đại sứ Ba Lan: Gia Lai có nhiều tiềm năng hợp tác nông nghiệp\nThứ Ba, 12/3/2024 - 15:40\nChiều 11/3, Chủ tịch "
            "UBND tỉnh Gia Lai Trương Hải Long đã tiếp Đại sứ Ba Lan tại Việt Nam Jan Kowalski.\n" + question
            + " về tiềm năng hợp tác giữa Ba Lan và Gia Lai?\nGia Lai có thế mạnh về cà phê, hồ tiêu và năng lượng tái tạo.")
    assert _record(text)["is_activity"] is False
    # (the reception without the question is one)
    assert _record(text.split("\n" + question)[0])["is_activity"] is True


def test_a_talk_the_guest_granted_to_the_paper_makes_an_interview_unless_its_paragraph_dates_a_visit():
    text = ("Gia Lai tiếp Đại sứ Ba Lan\nThứ Ba, 12/3/2024 - 15:40\nNhân dịp kết thúc nhiệm kỳ công tác tại Việt Nam, Đại sứ Ba "
            "Lan Jan Kowalski đã dành cho Báo Gia Lai cuộc trò chuyện về quan hệ hợp tác giữa Ba Lan và tỉnh Gia Lai.\nChiều "
            "11/3, Chủ tịch UBND tỉnh Gia Lai Trương Hải Long đã tiếp Đại sứ Ba Lan tại Việt Nam Jan Kowalski.")
    assert _record(text)["is_activity"] is False
    # (a visit of a day the paragraph gives is reported too)
    text = text.replace("Nhân dịp kết thúc nhiệm kỳ công tác tại Việt Nam,", "Nhân chuyến thăm và làm việc tại tỉnh Gia Lai ngày 11/3,")
    assert _record(text)["is_activity"] is True


def test_the_national_assemblys_debate_in_its_hall_is_no_activity():
    text = ("Đại biểu Quốc hội tỉnh Đắk Nông kiến nghị về hợp tác với Campuchia\nThứ Ba, 12/3/2024 - 15:40\nSáng 12/3, tiếp tục "
            "chương trình Kỳ họp thứ 6, Quốc hội khóa XV thảo luận ở hội trường về tình hình kinh tế - xã hội. Đại biểu Nguyễn "
            "Văn A, Đoàn ĐBQH tỉnh Đắk Nông đề nghị Chính phủ đẩy mạnh hợp tác với tỉnh Mondulkiri (Campuchia) về phát triển du "
            "lịch biên giới.")
    assert _record(text)["is_activity"] is False
    # (the province's deputies receiving a foreign parliament's delegation is one)
    text = ("Đoàn ĐBQH tỉnh Đắk Nông tiếp đoàn Quốc hội Campuchia\nThứ Ba, 12/3/2024 - 15:40\nSáng 12/3, Đoàn ĐBQH tỉnh Đắk Nông "
            "đã tiếp đoàn đại biểu Quốc hội Vương quốc Campuchia do ông Chea Sophal dẫn đầu. Hai bên trao đổi về hợp tác giữa "
            "tỉnh Đắk Nông và tỉnh Mondulkiri.")
    assert _record(text)["is_activity"] is True


def test_a_visit_at_home_to_the_volunteers_who_once_served_abroad_is_no_activity():
    text = ("Lãnh đạo tỉnh Đồng Tháp thăm, tặng quà cựu quân tình nguyện Việt Nam tại Campuchia\nThứ Ba, 12/3/2024 - 15:40\n"
            "Sáng 12/3, Phó Chủ tịch UBND tỉnh Đồng Tháp Huỳnh Minh Tuấn đã đến thăm, tặng quà các cựu quân tình nguyện Việt "
            "Nam tại Campuchia trên địa bàn huyện Tân Hồng.")
    assert _record(text)["is_activity"] is False


def test_the_veterans_service_abroad_the_next_sentences_recall_names_no_foreign_side():
    text = ("Hội Cựu chiến binh tỉnh Thanh Hóa thăm, tặng quà cựu chiến binh\nThứ Ba, 12/3/2024 - 15:40\nSáng 12/3, Hội Cựu chiến "
            "binh tỉnh Thanh Hóa tổ chức thăm, tặng quà 30 cựu chiến binh tại huyện Mường Lát.\nĐoàn bày tỏ lòng biết ơn những năm "
            "tháng các cựu chiến binh làm nhiệm vụ quốc tế trên đất bạn Campuchia.\nNhiều người từng chiến đấu tại tỉnh Kampong "
            "Cham (Campuchia) trong những năm kháng chiến.")
    assert _record(text)["is_activity"] is False
    # (the same sentences after a visit to poor households, no veterans, still name a foreign side)
    text = text.replace("thăm, tặng quà cựu chiến binh\n", "thăm, tặng quà hộ nghèo\n").replace(
        "tặng quà 30 cựu chiến binh", "tặng quà 30 hộ nghèo")
    assert _record(text)["is_activity"] is True


def test_a_friendship_association_named_in_a_visit_at_home_is_no_foreign_side():
    text = ("Kiên Giang thăm, tặng quà hộ nghèo biên giới\nThứ Ba, 12/3/2024 - 15:40\nSáng 12/3, Hội Hữu nghị Việt Nam - "
            "Campuchia tỉnh Kiên Giang đã đến thăm, tặng quà 50 hộ nghèo tại xã biên giới Mỹ Đức, thành phố Hà Tiên.")
    assert _record(text)["is_activity"] is False
    # (the neighbours' delegation at the gifts' handover makes it one)
    text = text.replace("thành phố Hà Tiên.", "thành phố Hà Tiên, cùng đoàn công tác tỉnh Kampot (Campuchia).")
    assert _record(text)["is_activity"] is True


# --- Dates: a range told with the work trip dates it; another province's later day does not extend the visit ---


def test_a_range_of_days_told_with_a_work_trip_dates_the_activity():
    text = ("Quảng Bình đề nghị tỉnh Gunma hỗ trợ đào tạo điều dưỡng\nThứ Hai, 24/06/2024 - 09:15\nHỗ trợ đào tạo điều dưỡng và "
            "kết nối doanh nghiệp là hai đề nghị mà đoàn công tác tỉnh Quảng Bình nêu với lãnh đạo tỉnh Gunma (Nhật Bản) trong "
            "chuyến công tác từ ngày 10 đến 14/6.\nĐoàn do Phó Chủ tịch UBND tỉnh Phan Mạnh Hùng dẫn đầu.")
    record = _record(text)
    assert (record["start_date"], record["end_date"]) == ("2024-06-10", "2024-06-14")


def test_a_later_day_at_work_in_another_province_does_not_extend_the_visit():
    text = ("Bộ Công Thương làm việc với tỉnh Sóc Trăng về xúc tiến xuất khẩu\nThứ Tư, 16/10/2024 - 17:20\nChiều 15/10, Đoàn "
            "công tác Bộ Công Thương do Thứ trưởng Phan Thị Thắng dẫn đầu đã làm việc với UBND tỉnh Sóc Trăng về xúc tiến xuất "
            "khẩu nông sản sang thị trường Hàn Quốc và Nhật Bản.\nSáng 16/10, Đoàn công tác tiếp tục chương trình làm việc tại "
            "tỉnh Cà Mau.")
    record = _record(text)
    assert (record["start_date"], record["end_date"]) == ("2024-10-15", "2024-10-15")
    # (a day at work in the province's own city, which the headline names, goes on with the visit)
    record = _record(text.replace("tại tỉnh Cà Mau.", "tại thành phố Sóc Trăng."))
    assert (record["start_date"], record["end_date"]) == ("2024-10-15", "2024-10-16")


# --- Kind: a trip recalled with its earlier year is none; work with a foreign province's agencies, asks raised with a
# foreign city's leaders during a trip are trips abroad ---


def test_the_provinces_trip_recalled_with_an_earlier_month_and_year_is_no_trip_abroad():
    text = ("Chủ tịch UBND tỉnh Hà Nam tiếp Tổng Lãnh sự Hàn Quốc\nThứ Năm, 14/03/2024 - 16:00\nChiều 14/3, Chủ tịch UBND tỉnh "
            "Hà Nam Trương Quốc Huy đã tiếp ông Park Ji-hoon, Tổng Lãnh sự Hàn Quốc tại Hà Nội.\nHai bên trao đổi về hợp tác lao "
            "động và đầu tư.\nÔng Trương Quốc Huy cho biết, tháng 10/2022, Đoàn công tác tỉnh Hà Nam đã sang thăm và làm việc tại "
            "tỉnh Chungbuk (Hàn Quốc).")
    assert _record(text)["kind"] == "foreign_delegation"
    assert _record(text.replace("tháng 10/2022,", "năm ngoái,"))["kind"] == "foreign_delegation"
    # (a trip of the article's own month is no trip recalled)
    assert _record(text.replace("tháng 10/2022,", "tháng 3/2024,"))["kind"] == "outbound_delegation"


def test_work_with_some_agencies_of_a_foreign_province_after_a_fair_is_a_trip_abroad():
    text = ("Đoàn công tác tỉnh Lào Cai dự Hội chợ Thương mại quốc tế\nThứ Năm, 14/03/2024 - 16:00\nTừ ngày 10 đến 13/3, đoàn "
            "công tác tỉnh Lào Cai do Phó Chủ tịch UBND tỉnh Hoàng Quốc Khánh dẫn đầu đã tham dự Hội chợ Thương mại quốc tế và "
            "làm việc với một số cơ quan của tỉnh Quảng Tây (Trung Quốc).")
    assert _record(text)["kind"] == "outbound_delegation"
    # (the agencies' delegation received at home is no trip)
    text = ("Lào Cai tiếp đoàn Quảng Tây\nThứ Năm, 14/03/2024 - 16:00\nChiều 13/3, Phó Chủ tịch UBND tỉnh Lào Cai Hoàng Quốc "
            "Khánh đã tiếp đoàn công tác một số cơ quan của tỉnh Quảng Tây (Trung Quốc) và đề nghị hai bên làm việc với các cơ "
            "quan chức năng để đẩy nhanh thông quan.")
    assert _record(text)["kind"] == "foreign_delegation"


def test_asks_raised_with_a_foreign_citys_leaders_during_a_work_trip_are_told_of_a_trip_abroad():
    text = ("Cần Thơ mong Kumamoto hỗ trợ xử lý nước thải\nThứ Hai, 24/06/2024 - 09:15\nHỗ trợ công nghệ xử lý nước thải và đào tạo "
            "nhân lực là hai đề nghị mà đoàn công tác thành phố Cần Thơ do Phó Chủ tịch UBND thành phố Nguyễn Văn Hòa dẫn đầu đã "
            "nêu với lãnh đạo tỉnh Kumamoto (Nhật Bản) trong chuyến công tác vừa qua.")
    assert _record(text)["kind"] == "outbound_delegation"
    # (raised at a reception at home, no trip)
    text = text.replace("trong chuyến công tác vừa qua.", "tại buổi tiếp ở Cần Thơ chiều 21/6.")
    assert _record(text)["kind"] == "foreign_delegation"


# --- Partners: a company's state in brackets, universities' towns, the province where the border is crossed ---


def test_a_state_in_brackets_after_a_companys_seat_is_no_partner():
    text = ("Bắc Giang tiếp đoàn doanh nghiệp Hoa Kỳ\nThứ Năm, 14/03/2024 - 16:00\nChiều 14/3, Phó Chủ tịch UBND tỉnh Bắc Giang "
            "Phan Thế Tuấn đã tiếp đoàn công tác Công ty Northfield Foods, doanh nghiệp có trụ sở tại Denver (bang Colorado), "
            "Hoa Kỳ.")
    assert "Colorado" not in _partners(text)
    # (the state's own delegation is one)
    text = ("Bắc Giang tiếp đoàn bang Colorado\nThứ Năm, 14/03/2024 - 16:00\nChiều 14/3, Phó Chủ tịch UBND tỉnh Bắc Giang Phan Thế "
            "Tuấn đã tiếp đoàn công tác bang Colorado (Hoa Kỳ) do Phó Thống đốc bang dẫn đầu.")
    assert "Colorado" in _partners(text)


def test_the_towns_of_universities_named_by_where_they_are_are_no_partners():
    text = ("Phú Thọ tiếp Đại sứ Nga\nThứ Năm, 14/03/2024 - 16:00\nChiều 14/3, Chủ tịch UBND tỉnh Phú Thọ Bùi Văn Quang đã tiếp "
            "Đại sứ Nga tại Việt Nam. Đại sứ đề nghị tỉnh hợp tác với thành phố Kazan. Hiện một số trường đại học ở Kazan và Tomsk "
            "đang tiếp nhận sinh viên Việt Nam.")
    names = _partners(text)
    assert "Tomsk" not in names, names
    # (the city dealt with before, named again beside it, is still one)
    assert "Kazan" in names, names


def test_the_province_where_the_delegation_crosses_the_border_is_no_partner():
    text = ("Đoàn công tác tỉnh Quảng Trị thăm tỉnh Udon Thani (Thái Lan)\nThứ Năm, 14/03/2024 - 16:00\nTừ ngày 11 đến 13/3, đoàn "
            "công tác tỉnh Quảng Trị do Phó Chủ tịch UBND tỉnh Hoàng Nam dẫn đầu đã thăm và làm việc tại tỉnh Udon Thani (Thái "
            "Lan). Đoàn nhập cảnh Thái Lan qua Cầu Hữu nghị Thái - Lào số 2 tại tỉnh Mukdahan.")
    assert _partners(text) == ["Udon Thani"]
    # (not where the delegation goes on to work after crossing)
    text = ("Đoàn công tác tỉnh Quảng Trị thăm tỉnh Savannakhet (Lào)\nThứ Năm, 14/03/2024 - 16:00\nNgày 12/3, đoàn công tác tỉnh "
            "Quảng Trị do Phó Chủ tịch UBND tỉnh Hoàng Nam dẫn đầu đã xuất cảnh qua cửa khẩu Lao Bảo, sang làm việc tại tỉnh "
            "Savannakhet (Lào).")
    assert _partners(text) == ["Savannakhet"]


# --- Requests: who asks (a local "ông" after a guest's apposition, a standing vice-chairman), what asks (a hope of a
# foreign region, of both sides), what does not (advice at home, a promise to pass asks on, the sapo's frame), and asks
# counted then told one by one ---


def test_a_local_speaker_called_ong_after_the_apposition_of_the_guest_the_meeting_was_with_asks():
    text = ("Đoàn công tác tỉnh Thái Nguyên làm việc tại Hàn Quốc\nThứ Năm, 14/03/2024 - 16:00\nTừ ngày 10 đến 13/3, đoàn công "
            "tác tỉnh Thái Nguyên do Phó Chủ tịch UBND tỉnh Đặng Xuân Trường dẫn đầu đã thăm và làm việc tại tỉnh Gyeonggi (Hàn "
            "Quốc).\nTại buổi làm việc với ông Kim Dong-yeon, Thống đốc tỉnh Gyeonggi, ông Đặng Xuân Trường cho biết tỉnh mong "
            "muốn tỉnh Gyeonggi hỗ trợ đào tạo nghề cho lao động Thái Nguyên.")
    asks = _asks(text)
    assert len(asks) == 1 and "đào tạo nghề" in asks[0], asks


def test_the_standing_vice_chairmans_post_asks_for_the_province():
    text = ("Phú Thọ tiếp đoàn thành phố Bách Sắc\nThứ Năm, 14/03/2024 - 16:00\nChiều 14/3, Phó Chủ tịch Thường trực UBND tỉnh "
            "Phú Thọ Hồ Đại Dũng đã tiếp đoàn công tác thành phố Bách Sắc, Quảng Tây (Trung Quốc) do ông Lưu Minh, Phó Thị "
            "trưởng dẫn đầu.\nTrên cơ sở quan hệ hữu nghị giữa hai Đảng, hai nước, đồng chí Phó Chủ tịch Thường trực UBND tỉnh "
            "đề nghị phía Bách Sắc giới thiệu doanh nghiệp đầu tư vào lĩnh vực chè.")
    asks = _asks(text)
    assert len(asks) == 1 and "lĩnh vực chè" in asks[0], asks


def test_a_hope_that_a_foreign_region_acts_is_an_ask_but_not_of_a_region_of_vietnam():
    text = ("Hải Dương tiếp đoàn vùng Kaluga (Nga)\nThứ Năm, 14/03/2024 - 16:00\nChiều 14/3, Chủ tịch UBND tỉnh Hải Dương Lê "
            "Ngọc Châu đã tiếp đoàn công tác vùng Kaluga (Liên bang Nga) do ông Ivan Petrov, Phó Thống đốc dẫn đầu.\nHải Dương "
            "mong vùng Kaluga giới thiệu các doanh nghiệp sản xuất linh kiện ô tô đến tìm hiểu, đầu tư tại tỉnh.")
    asks = _asks(text)
    assert len(asks) == 1 and "linh kiện ô tô" in asks[0], asks
    # (not a region of Vietnam's own)
    text = text.replace("Hải Dương mong vùng Kaluga giới thiệu các doanh nghiệp sản xuất linh kiện ô tô đến tìm hiểu, đầu tư "
                        "tại tỉnh.", "Hải Dương mong vùng Tây Nguyên sớm trở thành điểm đến của doanh nghiệp Nga.")
    assert _asks(text) == []


def test_a_hope_that_both_sides_do_something_concrete_is_an_ask():
    text = ("Hải Dương tiếp đoàn vùng Kaluga (Nga)\nThứ Năm, 14/03/2024 - 16:00\nChiều 14/3, Chủ tịch UBND tỉnh Hải Dương Lê "
            "Ngọc Châu đã tiếp đoàn công tác vùng Kaluga (Liên bang Nga) do ông Ivan Petrov, Phó Thống đốc dẫn đầu.\nÔng Lê Ngọc "
            "Châu cho biết: \"Chúng tôi cũng hy vọng hai bên sớm ký kết biên bản ghi nhớ về hợp tác giáo dục\".")
    asks = _asks(text)
    assert len(asks) == 1 and "biên bản ghi nhớ" in asks[0], asks


def test_a_further_step_after_an_ask_of_the_provinces_own_committee_is_advice_at_home():
    text = ("Bộ Ngoại giao làm việc với tỉnh Ninh Bình\nThứ Năm, 14/03/2024 - 16:00\nChiều 14/3, Đoàn công tác Bộ Ngoại giao do "
            "Thứ trưởng Đỗ Hùng Việt dẫn đầu đã làm việc với UBND tỉnh Ninh Bình.\nGiám đốc Sở Ngoại vụ Nguyễn Văn Hải cho biết, "
            "Sở đã kiến nghị UBND tỉnh bố trí kinh phí cho công tác thông tin đối ngoại và đề xuất xây dựng kế hoạch đón đoàn "
            "doanh nghiệp Hàn Quốc.")
    assert _asks(text) == []
    # (a step with an addressee of its own is an ask)
    text = text.replace("và đề xuất xây dựng kế hoạch", "và đề xuất Bộ Ngoại giao hỗ trợ xây dựng kế hoạch")
    assert any("Bộ Ngoại giao hỗ trợ" in t for t in _asks(text))


def test_the_province_promising_to_pass_asks_on_to_the_ministries_asks_nothing():
    text = ("Bộ Ngoại giao làm việc với tỉnh Ninh Bình\nThứ Năm, 14/03/2024 - 16:00\nChiều 14/3, Đoàn công tác Bộ Ngoại giao do "
            "Thứ trưởng Đỗ Hùng Việt dẫn đầu đã làm việc với UBND tỉnh Ninh Bình.\nPhó Chủ tịch UBND tỉnh Trần Song Tùng cho biết, "
            "đối với những kiến nghị thuộc thẩm quyền của trung ương, tỉnh sẽ tổng hợp, kiến nghị các bộ, ngành xem xét, giải "
            "quyết.")
    assert _asks(text) == []


def test_the_sapos_frame_after_an_ask_who_said_it_and_where_is_no_part_of_the_ask():
    text = ("Bình Phước đề nghị Đại sứ Mexico làm cầu nối xúc tiến thương mại\nThứ Năm, 14/03/2024 - 16:00\nĐề nghị Đại sứ Mexico "
            "làm cầu nối giới thiệu doanh nghiệp hai nước hợp tác trong lĩnh vực chế biến hạt điều là nội dung được Phó Chủ tịch "
            "UBND tỉnh Bình Phước Trần Văn Mi nêu tại buổi tiếp Đại sứ Mexico tại Việt Nam chiều 14/3.")
    asks = _asks(text)
    assert len(asks) == 1 and "hạt điều" in asks[0] and "là nội dung" not in asks[0], asks


def test_a_count_of_asks_before_its_addressee_lists_the_numbered_asks_after_it():
    text = ("Bộ Ngoại giao làm việc với tỉnh Tuyên Quang\nThứ Năm, 14/03/2024 - 16:00\nChiều 14/3, Đoàn công tác Bộ Ngoại giao "
            "do Thứ trưởng Nguyễn Minh Hằng dẫn đầu đã làm việc với UBND tỉnh Tuyên Quang.\nPhó Chủ tịch UBND tỉnh Hoàng Việt "
            "Phương đề xuất hai nội dung với Bộ Ngoại giao.\nMột là, hỗ trợ tỉnh quảng bá Khu du lịch quốc gia Tân Trào tới bạn "
            "bè quốc tế.\nHai là, giới thiệu các nhà đầu tư Nhật Bản, Hàn Quốc đến tìm hiểu cơ hội đầu tư vào tỉnh.")
    asks = _asks(text)
    assert len(asks) == 2 and "Tân Trào" in asks[0] and "nhà đầu tư" in asks[1], asks


def test_a_count_right_before_the_ask_word_lists_the_numbered_asks_after_it():
    text = ("Bộ Ngoại giao làm việc với tỉnh Tuyên Quang\nThứ Năm, 14/03/2024 - 16:00\nChiều 14/3, Đoàn công tác Bộ Ngoại giao "
            "do Thứ trưởng Nguyễn Minh Hằng dẫn đầu đã làm việc với UBND tỉnh Tuyên Quang.\nTại buổi làm việc, Phó Chủ tịch UBND "
            "tỉnh Hoàng Việt Phương nêu hai đề xuất.\nThứ nhất, hỗ trợ tỉnh quảng bá Khu du lịch quốc gia Tân Trào tới bạn bè "
            "quốc tế.\nThứ hai, giới thiệu các nhà đầu tư Nhật Bản, Hàn Quốc đến tìm hiểu cơ hội đầu tư vào tỉnh.")
    asks = _asks(text)
    assert len(asks) == 2 and "Tân Trào" in asks[0] and "nhà đầu tư" in asks[1], asks


# --- the second batch's rules ---


# --- Partners: a road's or a corridor's ends, a district passed on the way, the city flown from, a place a distance is
# told from, a place's neighbours, the region a city is the centre of, the states it ranks after, where Vietnam's experts
# help ---


@pytest.mark.parametrize(
    "road",
    [
        "tuyến đường nối Quảng Nam với tỉnh Champasak qua cửa khẩu Nam Giang",
        "hành lang kinh tế từ cảng Kỳ Hà qua cửa khẩu Nam Giang đến Hạ Lào và tỉnh Champasak",
    ],
    ids=["noi-voi", "tu-den"],
)
def test_the_ends_of_a_road_or_a_corridor_are_no_partners(road):
    text = ("Quảng Nam tiếp đoàn tỉnh Sekong (Lào)\nThứ Năm, 14/03/2024 - 16:00\nChiều 14/3, Phó Chủ tịch UBND tỉnh Quảng Nam "
            f"Trần Anh Tuấn đã tiếp đoàn công tác tỉnh Sekong (Lào). Hai bên trao đổi về {road}.")
    assert _partners(text) == ["Sekong"]
    # (the road's end asked in its own right is still one)
    text += " Ông đề nghị tỉnh Champasak phối hợp khảo sát tuyến đường."
    assert "Champasak" in _partners(text)


def test_a_district_passed_on_the_way_is_no_partner():
    text = ("Lào Cai tiếp đoàn tỉnh Vân Nam\nThứ Năm, 14/03/2024 - 16:00\nChiều 14/3, Phó Chủ tịch UBND tỉnh Lào Cai Hoàng Quốc "
            "Khánh đã tiếp đoàn công tác tỉnh Vân Nam (Trung Quốc). Trên đường đến Lào Cai, đoàn đã đi qua huyện Mông Tự theo "
            "đường cao tốc.")
    assert _partners(text) == ["Vân Nam"]
    # (the district's own delegation is one)
    text = ("Lào Cai tiếp đoàn huyện Mông Tự\nThứ Năm, 14/03/2024 - 16:00\nChiều 14/3, Phó Chủ tịch UBND tỉnh Lào Cai Hoàng Quốc "
            "Khánh đã tiếp đoàn công tác huyện Mông Tự, tỉnh Vân Nam (Trung Quốc).")
    assert "Mông Tự" in _partners(text)


def test_the_city_the_guests_flew_from_is_no_partner():
    text = ("Phú Yên tiếp đoàn tỉnh Chiba\nThứ Năm, 14/03/2024 - 16:00\nChiều 14/3, Chủ tịch UBND tỉnh Phú Yên Tạ Anh Tuấn đã "
            "tiếp đoàn công tác tỉnh Chiba (Nhật Bản). Đoàn bay từ thành phố Fukuoka đến Tuy Hòa.")
    assert _partners(text) == ["Chiba"]
    # (the city's own delegation, flown in from it, is one)
    text = text.replace("đoàn tỉnh Chiba", "đoàn thành phố Fukuoka").replace(
        "đoàn công tác tỉnh Chiba", "đoàn công tác thành phố Fukuoka")
    assert _partners(text) == ["Fukuoka"]


def test_a_place_a_distance_is_told_from_is_no_partner():
    text = ("Hải Phòng tiếp đoàn tỉnh Nara\nThứ Năm, 14/03/2024 - 16:00\nChiều 14/3, Chủ tịch UBND thành phố Hải Phòng Nguyễn "
            "Văn Tùng đã tiếp đoàn công tác tỉnh Nara (Nhật Bản). Tỉnh Nara chỉ cách thành phố Osaka chưa đầy một giờ đi tàu.")
    assert _partners(text) == ["Nara"]
    # (a city the province asks to be introduced to is one)
    text = text.replace("Tỉnh Nara chỉ cách thành phố Osaka chưa đầy một giờ đi tàu.",
                        "Ông đề nghị tỉnh bạn giới thiệu Hải Phòng với thành phố Osaka.")
    assert "Osaka" in _partners(text)


def test_the_neighbours_of_a_place_told_where_it_lies_are_no_partners():
    text = ("Lạng Sơn tiếp đoàn tỉnh Khovd\nThứ Năm, 14/03/2024 - 16:00\nChiều 14/3, Chủ tịch UBND tỉnh Lạng Sơn Hồ Tiến Thiệu "
            "đã tiếp đoàn công tác tỉnh Khovd (Mông Cổ). Khovd nằm ở phía tây Mông Cổ, giáp với Cộng hòa Altai của Liên bang Nga.")
    names = _partners(text)
    assert "Altai" not in names, names
    # (the place told is still one)
    assert "Khovd" in names, names


@pytest.mark.parametrize(
    ("city", "centre", "region"),
    [
        ("Yekaterinburg", "trung tâm công nghiệp cơ khí lớn của vùng Ural", "Ural"),
        ("Novosibirsk", "trung tâm khoa học và công nghiệp lớn nhất của vùng Siberia", "Siberia"),
    ],
    ids=["ural", "siberia"],
)
def test_the_region_a_partner_city_is_the_centre_of_is_no_partner(city, centre, region):
    text = (f"Bình Dương tiếp đoàn thành phố {city}\nThứ Năm, 14/03/2024 - 16:00\nChiều 14/3, Chủ tịch UBND tỉnh Bình Dương "
            f"Võ Văn Minh đã tiếp đoàn công tác thành phố {city} (Nga). {city} là {centre}.")
    names = _partners(text)
    assert names == [city], names
    assert region not in names


def test_the_states_a_partner_is_ranked_after_are_no_partners():
    text = ("Cần Thơ tiếp đoàn bang Tây Úc\nThứ Năm, 14/03/2024 - 16:00\nChiều 14/3, Chủ tịch UBND thành phố Cần Thơ Trần Việt "
            "Trường đã tiếp đoàn công tác bang Tây Úc (Australia). Số sinh viên Việt Nam tại Tây Úc chỉ đứng sau các bang "
            "Queensland và Tasmania.")
    assert _partners(text) == ["Tây Úc"]
    # (a state of those asked after it is one)
    text += " Ông cũng đề nghị bang Queensland hỗ trợ đào tạo nhân lực."
    assert "Queensland" in _partners(text)


def test_the_foreign_provinces_vietnams_experts_help_are_no_partners():
    text = ("Nam Định tiếp Đại sứ Cuba\nThứ Năm, 14/03/2024 - 16:00\nChiều 14/3, Chủ tịch UBND tỉnh Nam Định Phạm Đình Nghị đã "
            "tiếp Đại sứ Cuba tại Việt Nam. Hiện các chuyên gia nông nghiệp Việt Nam đang giúp tỉnh Pinar del Río và tỉnh "
            "Camagüey của Cuba trồng lúa.")
    assert _partners(text) == []
    # (the province's own experts helping there make it one)
    text = text.replace("các chuyên gia nông nghiệp Việt Nam đang giúp tỉnh Pinar del Río và tỉnh Camagüey",
                        "các chuyên gia nông nghiệp của tỉnh Nam Định đang giúp tỉnh Pinar del Río")
    assert _partners(text) == ["Pinar del Río"]


# --- Requests: two asks of two addressees, who asks (a quotation's speaker a sentence before, a speaker named at the
# end, asks framed at the end), a partner named bare, what is no ask (a step before proposing, a quotation's closing
# speaker, a share offered, a sector wish), a joint ask to grow a sector ---


def test_two_asks_of_two_addressees_in_the_body_are_not_merged():
    text = ("Hà Tĩnh tiếp Đại sứ Hàn Quốc\nThứ Năm, 14/03/2024 - 16:00\nChiều 14/3, Phó Chủ tịch UBND tỉnh Hà Tĩnh Nguyễn Hồng "
            "Lĩnh đã tiếp Đại sứ Hàn Quốc tại Việt Nam Choi Young-sam.\nPhó Chủ tịch UBND tỉnh Nguyễn Hồng Lĩnh đề nghị tỉnh "
            "Jeollanam tiếp nhận thêm lao động thời vụ của Hà Tĩnh sang làm việc trong lĩnh vực nông nghiệp.\nÔng Nguyễn Hồng "
            "Lĩnh cũng đề nghị Đại sứ quán quan tâm bảo vệ quyền lợi của lao động thời vụ Hà Tĩnh đang làm việc trong lĩnh vực "
            "nông nghiệp tại Jeollanam.")
    asks = _asks(text)
    assert len(asks) == 2 and "tỉnh Jeollanam" in asks[0] and "Đại sứ quán" in asks[1], asks
    # (the same ask of the same addressee told twice is one)
    text = text.replace("cũng đề nghị Đại sứ quán quan tâm bảo vệ quyền lợi của", "cũng đề nghị tỉnh Jeollanam quan tâm tiếp nhận")
    assert len(_asks(text)) == 1


def test_the_speaker_a_quotation_closes_with_a_sentence_before_asks_as_ong():
    text = ("Ninh Thuận tiếp Tổng Lãnh sự Hàn Quốc\nThứ Năm, 14/03/2024 - 16:00\nChiều 14/3, Chủ tịch UBND tỉnh Ninh Thuận Trần "
            "Quốc Nam đã tiếp Tổng Lãnh sự Hàn Quốc tại TP. Hồ Chí Minh Kim Sung-ho.\nTổng Lãnh sự Kim Sung-ho cho biết, nhiều "
            "doanh nghiệp Hàn Quốc quan tâm đến lĩnh vực năng lượng tái tạo.\n“Năng lượng tái tạo và du lịch biển là hai thế mạnh "
            "hàng đầu của địa phương. Đây là lợi thế lớn để thu hút các nhà đầu tư Hàn Quốc”, Chủ tịch UBND tỉnh Trần Quốc Nam "
            "nói. Ông đề nghị Tổng Lãnh sự quán giới thiệu doanh nghiệp Hàn Quốc đầu tư vào lĩnh vực điện gió ngoài khơi.")
    asks = _asks(text)
    assert len(asks) == 1 and "điện gió ngoài khơi" in asks[0], asks
    # (the guest's quotation: his ask)
    text = text.replace("Chủ tịch UBND tỉnh Trần Quốc Nam nói. Ông đề nghị Tổng Lãnh sự quán giới thiệu doanh nghiệp Hàn Quốc đầu tư "
                        "vào", "Tổng Lãnh sự Kim Sung-ho nói. Ông đề nghị tỉnh tạo điều kiện cho doanh nghiệp Hàn Quốc khảo sát")
    assert _asks(text) == []


@pytest.mark.parametrize(
    "end",
    ["Phó Chủ tịch UBND tỉnh Nguyễn Hồng Thanh nhấn mạnh.",
     "đó là những nội dung được Phó Chủ tịch UBND tỉnh Nguyễn Hồng Thanh nêu tại buổi tiếp."],
    ids=["nhan-manh", "do-la-noi-dung"],
)
def test_a_bare_de_nghi_sentence_is_asked_by_the_speaker_named_at_its_end(end):
    text = ("Tây Ninh tiếp đoàn tỉnh Svay Rieng\nThứ Năm, 14/03/2024 - 16:00\nChiều 14/3, Phó Chủ tịch UBND tỉnh Tây Ninh Nguyễn "
            "Hồng Thanh đã tiếp đoàn công tác tỉnh Svay Rieng (Campuchia) do ông Men Vibol, Phó Tỉnh trưởng dẫn đầu.\nPhó Tỉnh "
            "trưởng Men Vibol cảm ơn sự đón tiếp nồng hậu của tỉnh Tây Ninh.\nĐề nghị tỉnh bạn tiếp tục phối hợp quản lý chặt chẽ "
            "đường biên giới và tạo điều kiện cho xe hàng qua cửa khẩu Mộc Bài, " + end)
    asks = _asks(text)
    assert len(asks) == 1 and "cửa khẩu Mộc Bài" in asks[0] and "đó là" not in asks[0], asks
    # (the guest named at the end: his ask)
    text = text.replace("Đề nghị tỉnh bạn", "Đề nghị Tây Ninh").replace("Mộc Bài", "Bavet").replace(
        "Phó Chủ tịch UBND tỉnh Nguyễn Hồng Thanh nhấn mạnh.", "Phó Tỉnh trưởng Men Vibol nhấn mạnh.").replace(
        "Phó Chủ tịch UBND tỉnh Nguyễn Hồng Thanh nêu tại buổi tiếp.", "Phó Tỉnh trưởng Men Vibol nêu tại buổi làm việc.")
    assert _asks(text) == []


def test_asks_listed_first_and_framed_at_the_end_as_the_provinces_are_read():
    text = ("Bộ Ngoại giao làm việc với tỉnh Yên Bái\nThứ Năm, 14/03/2024 - 16:00\nChiều 14/3, Đoàn công tác Bộ Ngoại giao do Thứ "
            "trưởng Lê Thị Thu Hằng dẫn đầu đã làm việc với UBND tỉnh Yên Bái.\nHỗ trợ tỉnh kết nối với các nhà đầu tư Nhật Bản "
            "trong lĩnh vực chế biến nông sản, giới thiệu tỉnh với các địa phương của Hàn Quốc để thiết lập quan hệ hữu nghị, là "
            "những kiến nghị được Chủ tịch UBND tỉnh Trần Huy Tuấn gửi tới đoàn công tác.")
    asks = _asks(text)
    assert len(asks) == 1 and asks[0].startswith("Hỗ trợ tỉnh kết nối") and "là những kiến nghị" not in asks[0], asks
    # (framed as the guests' own, none)
    text = text.replace("Hỗ trợ tỉnh kết nối với", "Tăng cường kết nối với").replace(
        "giới thiệu tỉnh với", "chủ động tìm hiểu").replace(
        "là những kiến nghị được Chủ tịch UBND tỉnh Trần Huy Tuấn gửi tới đoàn công tác.",
        "là những kiến nghị được Thứ trưởng Lê Thị Thu Hằng gửi tới tỉnh.")
    assert _asks(text) == []


def test_a_hope_that_a_partner_named_bare_acts_is_an_ask_but_not_of_a_country():
    text = ("Thanh Hóa tiếp đoàn tỉnh Hủa Phăn\nThứ Năm, 14/03/2024 - 16:00\nChiều 14/3, Chủ tịch UBND tỉnh Thanh Hóa Đỗ Minh "
            "Tuấn đã tiếp đoàn công tác tỉnh Hủa Phăn (Lào).\nTỉnh cũng mong Hủa Phăn tạo điều kiện để doanh nghiệp Thanh Hóa đầu "
            "tư trồng cây dược liệu tại tỉnh bạn.")
    asks = _asks(text)
    assert len(asks) == 1 and asks[0].startswith("mong Hủa Phăn") and "dược liệu" in asks[0], asks
    # (not a country: a wish)
    assert _asks(text.replace("mong Hủa Phăn", "mong Thái Lan")) == []


def test_a_proposal_told_as_a_step_before_it_is_made_is_no_ask():
    text = ("Bắc Ninh tiếp Đại sứ Nhật Bản\nThứ Năm, 14/03/2024 - 16:00\nChiều 14/3, Chủ tịch UBND tỉnh Bắc Ninh Vương Quốc Tuấn "
            "đã tiếp Đại sứ Nhật Bản tại Việt Nam Ito Naoki.\nChủ tịch UBND tỉnh Vương Quốc Tuấn cho biết, tỉnh sẽ tìm hiểu kỹ các "
            "địa phương của Nhật Bản trước khi đề xuất ký kết thỏa thuận hợp tác.")
    assert _asks(text) == []
    # (with its addressee after it, one)
    text = text.replace("trước khi đề xuất ký kết", "trước khi đề xuất Đại sứ quán giới thiệu, kết nối để ký kết")
    asks = _asks(text)
    assert len(asks) == 1 and "Đại sứ quán giới thiệu" in asks[0], asks


@pytest.mark.parametrize(
    "speaker",
    ["Chủ tịch UBND tỉnh Võ Tấn Đức nói.", "ông Võ Tấn Đức, Chủ tịch UBND tỉnh, nhấn mạnh."],
    ids=["post-name", "name-posts"],
)
def test_the_speaker_closing_a_quotation_is_no_part_of_its_ask(speaker):
    text = ("Đồng Nai tiếp đoàn tỉnh Kampong Cham\nThứ Năm, 14/03/2024 - 16:00\nChiều 14/3, Chủ tịch UBND tỉnh Đồng Nai Võ Tấn "
            "Đức đã tiếp đoàn công tác tỉnh Kampong Cham (Campuchia).\n“Chúng tôi đề nghị tỉnh bạn tạo điều kiện cho doanh nghiệp "
            "Đồng Nai đầu tư trồng cao su tại Kampong Cham”, " + speaker)
    asks = _asks(text)
    assert len(asks) == 1 and asks[0].endswith("Kampong Cham") and "Võ Tấn Đức" not in asks[0], asks


def test_a_wish_to_contribute_a_small_share_to_the_ties_is_a_general_wish():
    text = ("Lâm Đồng tiếp Đại sứ Lào\nThứ Năm, 14/03/2024 - 16:00\nChiều 14/3, Chủ tịch UBND tỉnh Lâm Đồng Trần Hồng Thái đã "
            "tiếp Đại sứ Lào tại Việt Nam.\nChủ tịch UBND tỉnh Trần Hồng Thái cho biết, Lâm Đồng mong muốn đóng góp một phần nhỏ bé "
            "vào mối quan hệ hữu nghị vĩ đại giữa hai nước.")
    assert _asks(text) == []
    # (help asked of the embassy is an ask)
    text = text.replace("đóng góp một phần nhỏ bé vào mối quan hệ hữu nghị vĩ đại giữa hai nước.",
                        "Đại sứ quán hỗ trợ kết nối để tỉnh đón sinh viên Lào sang học tập tại Trường Đại học Đà Lạt.")
    assert len(_asks(text)) == 1


def test_a_wish_to_cooperate_in_responding_to_climate_change_is_a_sector_wish():
    text = ("Cà Mau tiếp đoàn bang Nam Úc\nThứ Năm, 14/03/2024 - 16:00\nChiều 14/3, Chủ tịch UBND tỉnh Cà Mau Huỳnh Quốc Việt "
            "đã tiếp đoàn công tác bang Nam Úc (Australia).\nChủ tịch UBND tỉnh Huỳnh Quốc Việt cho biết, Cà Mau mong muốn hợp tác "
            "với bang Nam Úc trong ứng phó biến đổi khí hậu và phòng chống thiên tai.")
    assert _asks(text) == []
    # (one item beyond the sectors makes it concrete)
    text = text.replace("và phòng chống thiên tai.", "và xây dựng hệ thống cảnh báo sớm sạt lở bờ biển.")
    assert len(_asks(text)) == 1


def test_a_hope_that_both_sides_develop_a_tourism_product_together_is_a_joint_ask():
    text = ("Hà Giang tiếp đoàn châu Văn Sơn\nThứ Năm, 14/03/2024 - 16:00\nChiều 14/3, Chủ tịch UBND tỉnh Hà Giang Nguyễn Văn "
            "Sơn đã tiếp đoàn công tác châu Văn Sơn (Trung Quốc).\nChủ tịch UBND tỉnh Nguyễn Văn Sơn mong muốn hai bên hợp tác phát "
            "triển du lịch cộng đồng, xây dựng các tour kết nối Cao nguyên đá Đồng Văn với châu Văn Sơn.")
    asks = _asks(text)
    assert len(asks) == 1 and "du lịch cộng đồng" in asks[0], asks
    # (the ties grown, no sector: a general wish)
    text = text.replace("hợp tác phát triển du lịch cộng đồng, xây dựng các tour kết nối Cao nguyên đá Đồng Văn với châu Văn Sơn.",
                        "tiếp tục phát triển quan hệ hữu nghị.")
    assert _asks(text) == []


# --- Segmentation: a temperature's unit ends a sentence ---


@pytest.mark.parametrize("unit", [" độ C", "°C"], ids=["do-c", "degree-sign"])
def test_a_temperatures_unit_ends_its_sentence(unit):
    from apps.ingest.segment import sentences

    text = (f"Mùa đông ở Yakutsk nhiệt độ có lúc xuống âm 50{unit}. Thành phố Yakutsk mong muốn hợp tác với tỉnh Lào Cai "
            "trong lĩnh vực nông nghiệp.")
    assert [s.text for s in sentences(text)] == [
        f"Mùa đông ở Yakutsk nhiệt độ có lúc xuống âm 50{unit}.",
        "Thành phố Yakutsk mong muốn hợp tác với tỉnh Lào Cai trong lĩnh vực nông nghiệp.",
    ]


# --- Dates: a day-and-clock line under the byline; Joomla's "Được đăng" ---


_QUANG_NGAI = (
    "Quảng Ngãi tiếp đoàn tỉnh Attapeu (Lào)\nChiều 21/11, Phó Chủ tịch UBND tỉnh Quảng Ngãi Trần Phước Hiền đã tiếp đoàn công "
    "tác tỉnh Attapeu (Lào) do Phó Tỉnh trưởng Khamphan Sisavath dẫn đầu.\nHai bên trao đổi về hợp tác nông nghiệp và giáo dục."
    + "\nPhó Chủ tịch UBND tỉnh Trần Phước Hiền giới thiệu tiềm năng, thế mạnh của tỉnh Quảng Ngãi trong các lĩnh vực công "
    "nghiệp, nông nghiệp, du lịch và cảng biển." * 4
    + "\nMinh Châu"
)


@pytest.mark.parametrize("line", ["09:27 | 22/11/2018", "22/11/2018 - 09:27"], ids=["clock-day", "day-clock"])
def test_a_day_and_clock_line_under_the_byline_is_the_publication_when_only_a_clock_widget_tops_the_headline(line):
    from apps.ingest.dateline import find_published

    title = "Quảng Ngãi tiếp đoàn tỉnh Attapeu (Lào)"
    text = "Thứ Hai, 09/03/2026 | 10:24 GMT+7\n" + _QUANG_NGAI + "\n" + line
    assert find_published(text, title=title)[0] == "2018-11-22"
    # (a day told with its hour in a sentence of the story is no such line: the clock above stays)
    text = "Thứ Hai, 09/03/2026 | 10:24 GMT+7\n" + _QUANG_NGAI + "\nLúc 09:27 ngày 22/11/2018, hai bên đã ký biên bản ghi nhớ."
    assert find_published(text, title=title)[0] == "2026-03-09"


def test_joomlas_duoc_dang_line_is_the_publication_line():
    from apps.ingest.dateline import find_published

    title = "Quảng Ngãi tiếp đoàn tỉnh Attapeu (Lào)"
    text = _QUANG_NGAI.replace(title + "\n", title + "\nChi tiết\nĐược đăng: 18 Tháng 9 2024\n")
    assert find_published(text, title=title)[0] == "2024-09-18"
    assert extract_from_text(text, "t.txt")[0].published == "2024-09-18"


# --- Reading HTML: a Next.js page whose story is only in its data ---


_NEXT_STORY = ("<p>Chiều 12/3, Phó Chủ tịch UBND tỉnh Sóc Trăng Vương Quốc Nam đã tiếp đoàn công tác tỉnh Kampong Speu "
               "(Campuchia).</p><p>Hai bên trao đổi về hợp tác nông nghiệp và thương mại biên giới.</p>")
_NEXT_PAGE = (
    "<!DOCTYPE html><html><head><title>Sóc Trăng tiếp đoàn tỉnh Kampong Speu - Báo Sóc Trăng</title></head><body>"
    "<nav><a href='/'>Trang chủ</a> | <a href='/thoi-su'>Thời sự</a></nav>"
    "<h1>Sóc Trăng tiếp đoàn tỉnh Kampong Speu</h1><div class='date'>Thứ Ba, 12/03/2024 - 17:05</div>"
    "<h2 class='sapo'>Sóc Trăng và Kampong Speu thúc đẩy hợp tác nông nghiệp.</h2><div class='content'>{shown}</div>"
    "<footer>Bản quyền © Báo Sóc Trăng</footer>"
    '<script id="__NEXT_DATA__" type="application/json">{{"props": {{"pageProps": {{"article": {{"id": 8812, '
    '"title": "Sóc Trăng tiếp đoàn tỉnh Kampong Speu", "sapo": "Sóc Trăng và Kampong Speu thúc đẩy hợp tác nông nghiệp.", '
    '"content": "{story}"}}}}}}, "page": "/tin-tuc/[slug]"}}</script></body></html>'
)


def test_a_nextjs_pages_story_held_only_in_its_data_is_read_after_its_sapo():
    from apps.ingest.read import html_to_text

    text = html_to_text(_NEXT_PAGE.format(shown="Đang tải...", story=_NEXT_STORY))
    lead = "Chiều 12/3, Phó Chủ tịch UBND tỉnh Sóc Trăng Vương Quốc Nam đã tiếp đoàn công tác tỉnh Kampong Speu (Campuchia)."
    sapo = "Sóc Trăng và Kampong Speu thúc đẩy hợp tác nông nghiệp."
    assert lead in text and "Hai bên trao đổi về hợp tác nông nghiệp" in text, text
    assert text.index(sapo) < text.index(lead) and "pageProps" not in text
    # (a page that shows its story already: told once)
    text = html_to_text(_NEXT_PAGE.format(shown=_NEXT_STORY, story=_NEXT_STORY))
    assert text.count(lead) == 1, text


# --- Is an activity: an event named in English ("... Day 2025") or a "Ngày hội", no foreign side in its lead ---


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        ("Khai mạc \"Delta Green Innovation Day 2025\" tại An Giang",
         "Sáng 14/3, tại thành phố Long Xuyên, UBND tỉnh An Giang khai mạc Delta Green Innovation Day 2025 với sự tham gia "
         "của hơn 100 doanh nghiệp khởi nghiệp trong tỉnh."),
        ("Sôi nổi Ngày hội khởi nghiệp sáng tạo tỉnh Bến Tre năm 2025",
         "Sáng 14/3, UBND tỉnh Bến Tre tổ chức Ngày hội khởi nghiệp đổi mới sáng tạo năm 2025 với hơn 80 gian hàng của doanh "
         "nghiệp, cơ sở sản xuất và học sinh, sinh viên trong tỉnh."),
    ],
    ids=["english-day", "ngay-hoi"],
)
def test_an_event_named_in_english_or_a_ngay_hoi_with_no_foreign_side_in_its_lead_is_no_activity(title, lead):
    text = (f"{title}\nThứ Năm, 14/03/2024 - 16:00\n{lead}\nTham dự có Tổng Lãnh sự Hoa Kỳ tại TP. Hồ Chí Minh Susan Burns "
            "cùng đại diện một số tổ chức quốc tế.")
    assert _record(text)["is_activity"] is False
    # (one held with a consulate is one)
    text = text.replace("UBND tỉnh An Giang khai mạc", "UBND tỉnh An Giang phối hợp với Tổng Lãnh sự quán Hoa Kỳ khai mạc").replace(
        "UBND tỉnh Bến Tre tổ chức", "UBND tỉnh Bến Tre phối hợp với Tổng Lãnh sự quán Hoa Kỳ tổ chức")
    assert _record(text)["is_activity"] is True


def test_the_speaker_named_at_the_end_of_a_bare_ask_is_no_part_of_it():
    text = (
        "Gia Lai tiếp đoàn tỉnh Mondulkiri\nThứ Ba, 17/10/2023 - 15:42\nChiều 16/10, Phó Chủ tịch UBND tỉnh Gia Lai Nguyễn Hữu Quế "
        "tiếp đoàn công tác tỉnh Mondulkiri (Campuchia) do ông Thong Savon, Phó Tỉnh trưởng làm trưởng đoàn.\nĐề nghị tỉnh bạn "
        "tiếp tục phối hợp tổ chức tuần tra song phương, trao đổi thông tin về tình hình an ninh biên giới, Phó Chủ tịch UBND "
        "tỉnh Nguyễn Hữu Quế nhấn mạnh.\n"
    )
    asks = [r["text"] for r in extract_from_text(text, "t.txt")[1]["requests"]]
    assert len(asks) == 1 and "tuần tra song phương" in asks[0] and "nhấn mạnh" not in asks[0]


def test_a_related_story_in_a_nextjs_pages_data_is_not_read_into_the_page_that_shows_its_own():
    # (a fifth reviewer's probe p77: the page shows its story; its data holds it and a longer related story)
    from apps.ingest.read import html_to_text

    record = extract_from_text(html_to_text(_P77), "t.html")[1]
    assert record["kind"] == "foreign_delegation" and record["start_date"] == "2024-10-21"
    assert record["partners"] == [] and all("Uppsala" not in r["text"] for r in record["requests"])


_P77 = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Chủ tịch UBND tỉnh Hải Dương tiếp Đại sứ Thụ"
    "y Điển</title></head><body><header><a href='/'>Báo Hải Dương</a></header><article><h1>Chủ tịch UBND "
    "tỉnh Hải Dương tiếp Đại sứ Thụy Điển</h1><div class='time'>Thứ Hai, 21/10/2024 - 18:30</div><div cla"
    "ss='sapo'>Chủ tịch UBND tỉnh Hải Dương tiếp Đại sứ Thụy Điển.</div><div class='content'><p>Chiều 21/"
    "10, tại trụ sở UBND tỉnh, ông Lê Ngọc Châu, Chủ tịch UBND tỉnh Hải Dương đã tiếp bà Ann Måwe, Đại sứ"
    " Thụy Điển tại Việt Nam.</p><p>Chủ tịch UBND tỉnh đề nghị Đại sứ quán hỗ trợ tỉnh kết nối với các do"
    "anh nghiệp Thụy Điển trong lĩnh vực năng lượng sạch.</p></div></article><aside><h3>Tin liên quan</h3"
    "><a href='/uppsala'>Hải Dương làm việc với thành phố Uppsala</a></aside><script id=\"__NEXT_DATA__\" t"
    "ype=\"application/json\">{\"props\": {\"pageProps\": {\"article\": {\"title\": \"Chủ tịch UBND tỉnh Hải Dương t"
    "iếp Đại sứ Thụy Điển\", \"sapo\": \"Chủ tịch UBND tỉnh Hải Dương tiếp Đại sứ Thụy Điển.\", \"content\": \"<p"
    ">Chiều 21/10, tại trụ sở UBND tỉnh, ông Lê Ngọc Châu, Chủ tịch UBND tỉnh Hải Dương đã tiếp bà Ann Må"
    "we, Đại sứ Thụy Điển tại Việt Nam.</p><p>Chủ tịch UBND tỉnh đề nghị Đại sứ quán hỗ trợ tỉnh kết nối "
    "với các doanh nghiệp Thụy Điển trong lĩnh vực năng lượng sạch.</p>\"}, \"related\": [{\"title\": \"Hải Dươ"
    "ng làm việc với thành phố Uppsala\", \"sapo\": \"Đoàn công tác tỉnh Hải Dương làm việc tại Thụy Điển.\", "
    "\"content\": \"<p>Sáng 5/3, đoàn công tác tỉnh Hải Dương do Phó Chủ tịch UBND tỉnh Triệu Thế Hùng dẫn đ"
    "ầu đã làm việc tại thành phố Uppsala (Thụy Điển).</p><p>Hai bên thống nhất thúc đẩy hợp tác trong lĩ"
    "nh vực giáo dục, y tế và xử lý chất thải rắn.</p><p>Phó Chủ tịch UBND tỉnh đề nghị thành phố Uppsala"
    " hỗ trợ tỉnh đào tạo cán bộ quản lý môi trường và giới thiệu các doanh nghiệp công nghệ xanh đến tìm"
    " hiểu cơ hội đầu tư tại Hải Dương.</p>\"}]}}}</script></body></html>"
)


# --- the third batch's rules ---


# --- Dates: two days across a month's end, the second day bare ---


@pytest.mark.parametrize(
    ("published", "days", "dates"),
    [
        ("Thứ Ba, 02/04/2024 - 10:20", "Trong hai ngày 31/3 và 1/4", ("2024-03-31", "2024-04-01")),
        ("Thứ Ba, 03/12/2024 - 10:20", "Các ngày 30/11 - 1/12", ("2024-11-30", "2024-12-01")),
    ],
    ids=["va", "dash"],
)
def test_two_days_across_a_months_end_joined_by_va_or_a_dash_are_the_activitys_range(published, days, dates):
    text = (f"Đoàn công tác tỉnh Hà Tĩnh làm việc tại tỉnh Bolikhamxay\n{published}\n{days}, đoàn công tác tỉnh Hà Tĩnh do "
            "Phó Chủ tịch UBND tỉnh Lê Ngọc Châu dẫn đầu đã thăm và làm việc tại tỉnh Bolikhamxay (Lào).")
    record = _record(text)
    assert (record["start_date"], record["end_date"]) == dates


# --- Is an activity: a home ministry's delegation in the sentence after a sapo, the Ministry of Public Security, a
# council passing a rule ---


def test_a_home_ministrys_delegation_told_in_the_sentence_after_a_sapo_is_no_activity():
    text = ("Lai Châu kiến nghị Bộ Y tế hỗ trợ nâng cấp bệnh viện\nThứ Năm, 14/03/2024 - 16:00\nTỉnh Lai Châu kiến nghị Bộ Y tế "
            "hỗ trợ 80 tỷ đồng nâng cấp Bệnh viện Đa khoa tỉnh và đào tạo bác sĩ cho tuyến huyện.\nChiều 13/3, đoàn công tác Bộ Y "
            "tế do Thứ trưởng Trần Văn Thuấn dẫn đầu đã làm việc với UBND tỉnh Lai Châu về công tác y tế.\nĐoàn cũng kiểm tra "
            "công tác kiểm dịch y tế tại cửa khẩu quốc tế Ma Lù Thàng, giáp tỉnh Vân Nam (Trung Quốc).")
    assert _record(text)["is_activity"] is False
    # (the Ministry of Foreign Affairs' delegation there, no home ministry, is one)
    text = ("Lai Châu kiến nghị Bộ Ngoại giao hỗ trợ quảng bá du lịch\nThứ Năm, 14/03/2024 - 16:00\nTỉnh Lai Châu kiến nghị Bộ "
            "Ngoại giao hỗ trợ quảng bá du lịch và kết nối tỉnh với các địa phương của Lào.\nChiều 13/3, đoàn công tác Bộ Ngoại "
            "giao do Thứ trưởng Đỗ Hùng Việt dẫn đầu đã làm việc với UBND tỉnh Lai Châu về công tác đối ngoại.\nĐoàn cũng khảo "
            "sát cửa khẩu quốc tế Ma Lù Thàng, giáp tỉnh Vân Nam (Trung Quốc).")
    assert _record(text)["is_activity"] is True


def test_the_ministry_of_public_securitys_delegation_at_work_with_the_province_is_a_home_ministrys_and_no_activity():
    text = ("Đoàn công tác Bộ Công an làm việc với tỉnh Điện Biên\nThứ Năm, 14/03/2024 - 16:00\nChiều 13/3, đoàn công tác Bộ Công "
            "an do Thứ trưởng Lê Quốc Hùng dẫn đầu đã làm việc với UBND tỉnh Điện Biên về công tác bảo đảm an ninh, trật tự.\n"
            "Chủ tịch UBND tỉnh Lê Thành Đô đề nghị Bộ Công an hỗ trợ tỉnh đầu tư trang thiết bị cho các đồn công an xã biên giới.")
    assert _record(text)["is_activity"] is False
    # (at work on cooperation with a Lao province, one)
    text = text.replace("về công tác bảo đảm an ninh, trật tự.",
                        "về hợp tác với tỉnh Phông Sa Lỳ (Lào) trong phòng, chống tội phạm ma túy qua biên giới.")
    assert _record(text)["is_activity"] is True


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        ("HĐND tỉnh Quảng Ngãi thông qua nghị quyết quy định mức chi đón tiếp khách quốc tế",
         "thông qua nghị quyết quy định mức chi đón tiếp khách nước ngoài, tổ chức hội nghị quốc tế trên địa bàn tỉnh."),
        ("HĐND tỉnh Quảng Ngãi thông qua Quy chế tiếp khách nước ngoài",
         "thông qua quy chế đón tiếp khách nước ngoài đến thăm và làm việc tại tỉnh."),
    ],
    ids=["nghi-quyet", "quy-che"],
)
def test_a_council_passing_a_resolution_or_a_rule_in_the_headline_is_no_activity(title, lead):
    text = (f"{title}\nThứ Năm, 14/12/2023 - 16:00\nChiều 13/12, tại Kỳ họp thứ 18, HĐND tỉnh Quảng Ngãi khóa XIII đã {lead}")
    assert _record(text)["is_activity"] is False
    # (the minutes of talks passed with a foreign province are no rule: an activity)
    text = ("Quảng Ngãi và tỉnh Chungcheong Nam thông qua biên bản hội đàm\nThứ Năm, 14/12/2023 - 16:00\nChiều 13/12, Chủ tịch "
            "UBND tỉnh Quảng Ngãi Đặng Văn Minh đã hội đàm với đoàn công tác tỉnh Chungcheong Nam (Hàn Quốc) do Phó Tỉnh trưởng "
            "Lee Jung-woo dẫn đầu.")
    assert _record(text)["is_activity"] is True


# --- Requests: both sides taking turns, a post after an opening clause, the province's own police, a portal's footer ---


def test_a_proposal_that_both_sides_take_turns_to_hold_an_event_is_a_joint_ask():
    text = ("Quảng Ninh tiếp đoàn thành phố Phòng Thành Cảng\nThứ Năm, 14/03/2024 - 16:00\nChiều 14/3, Phó Chủ tịch UBND tỉnh "
            "Quảng Ninh Nghiêm Xuân Cường đã tiếp đoàn công tác thành phố Phòng Thành Cảng, Quảng Tây (Trung Quốc).\nPhó Chủ tịch "
            "UBND tỉnh Nghiêm Xuân Cường đề nghị hai địa phương luân phiên tổ chức giải chạy việt dã hữu nghị qua cửa khẩu hằng "
            "năm.")
    asks = _asks(text)
    assert len(asks) == 1 and "luân phiên tổ chức" in asks[0], asks
    # (the guests' proposal: none of the province's)
    assert _asks(text.replace("Phó Chủ tịch UBND tỉnh Nghiêm Xuân Cường đề nghị", "Trưởng đoàn Phòng Thành Cảng đề nghị")) == []


def test_a_post_after_an_opening_clause_the_lists_do_not_know_is_whom_the_next_ong_stands_for():
    text = ("Bình Thuận tiếp đoàn thành phố Gangneung\nThứ Năm, 14/03/2024 - 16:00\nChiều 14/3, Phó Chủ tịch UBND tỉnh Bình "
            "Thuận Nguyễn Hồng Hải đã tiếp đoàn công tác thành phố Gangneung (Hàn Quốc) do Phó Thị trưởng Choi Min-ho dẫn đầu.\n"
            "Phó Thị trưởng Choi Min-ho cho biết, Gangneung có nhiều điểm tương đồng với Bình Thuận về du lịch biển.\nHiện thực "
            "hóa các nội dung đã trao đổi, Phó Chủ tịch UBND tỉnh Nguyễn Hồng Hải đề nghị thành phố Gangneung giới thiệu các hãng "
            "lữ hành đưa khách đến Phan Thiết.\nÔng cũng đề nghị thành phố bạn hỗ trợ đào tạo tiếng Hàn cho hướng dẫn viên du "
            "lịch của tỉnh.")
    asks = _asks(text)
    assert len(asks) == 2 and "hãng lữ hành" in asks[0] and "tiếng Hàn" in asks[1], asks
    # (not a collective after such a clause: "Tổ chức" between the asker and "Ông" stands for no one)
    text = ("Bình Thuận tiếp Tổ chức Hope Bridge\nThứ Năm, 14/03/2024 - 16:00\nChiều 14/3, Phó Chủ tịch UBND tỉnh Bình Thuận "
            "Nguyễn Hồng Hải đã tiếp ông David Miller, Giám đốc quốc gia Tổ chức Hope Bridge (Hoa Kỳ).\nPhó Chủ tịch UBND tỉnh "
            "Nguyễn Hồng Hải đề nghị Tổ chức tiếp tục hỗ trợ xây dựng nhà vệ sinh cho các trường tiểu học vùng khó khăn.\nSau 15 "
            "năm có mặt tại Bình Thuận, Tổ chức đã xây dựng 40 điểm trường và 12 trạm y tế xã.\nÔng cũng đề nghị Tổ chức hỗ trợ "
            "học bổng cho học sinh dân tộc thiểu số huyện Bắc Bình.")
    asks = _asks(text)
    assert len(asks) == 2 and "học bổng" in asks[1], asks


def test_the_provinces_own_police_named_with_its_name_asked_by_its_guests_is_no_request():
    text = ("Công an tỉnh Attapeu thăm, làm việc tại Kon Tum\nThứ Năm, 14/03/2024 - 16:00\nChiều 14/3, Đại tá Nguyễn Văn Ánh, "
            "Giám đốc Công an tỉnh Kon Tum đã tiếp đoàn công tác Công an tỉnh Attapeu (Lào) do Đại tá Khamphet Sisouk, Giám đốc "
            "Công an tỉnh Attapeu dẫn đầu.\nGiám đốc Công an tỉnh Nguyễn Văn Ánh thông tin về kết quả hợp tác thời gian qua.\n"
            "Đại tá Khamphet Sisouk cảm ơn sự giúp đỡ của Công an Kon Tum.\nĐồng thời, ông đề nghị Công an Kon Tum tiếp tục giúp "
            "đỡ đào tạo cán bộ và hỗ trợ trang thiết bị cho Công an tỉnh Attapeu.")
    assert _asks(text) == []
    # (the guests' police asked by the province's: an ask)
    text = text.replace("Đồng thời, ông đề nghị Công an Kon Tum tiếp tục giúp đỡ đào tạo cán bộ và hỗ trợ trang thiết bị cho "
                        "Công an tỉnh Attapeu.", "Giám đốc Công an tỉnh Nguyễn Văn Ánh đề nghị Công an tỉnh Attapeu tiếp tục phối "
                        "hợp trao đổi thông tin về tội phạm ma túy qua biên giới.")
    asks = _asks(text)
    assert len(asks) == 1 and "Công an tỉnh Attapeu" in asks[0], asks


@pytest.mark.parametrize("label", ["Chịu trách nhiệm chính", "Tổng biên tập"], ids=["chiu-trach-nhiem", "tong-bien-tap"])
def test_the_person_a_portals_footer_names_responsible_is_no_official(label):
    text = ("Bến Tre tiếp Tổng Lãnh sự Pháp\nThứ Năm, 14/03/2024 - 16:00\nChiều 14/3, Phó Chủ tịch UBND tỉnh Bến Tre Nguyễn Minh "
            "Cảnh đã tiếp Tổng Lãnh sự Pháp tại TP. Hồ Chí Minh Emmanuelle Pavillon-Grosser.\nHai bên trao đổi về hợp tác trong "
            f"lĩnh vực giáo dục nghề nghiệp.\nCổng thông tin điện tử tỉnh Bến Tre. {label}: Lâm Thị Thu Hà - Phó Chánh Văn phòng "
            "UBND tỉnh. Địa chỉ: số 7 Cách Mạng Tháng Tám, phường 3, thành phố Bến Tre.")
    assert _officials(text) == ["Nguyễn Minh Cảnh"]
    # (the same official present at the reception is one)
    text = text.replace("\nHai bên trao đổi", "\nCùng dự có bà Lâm Thị Thu Hà, Phó Chánh Văn phòng UBND tỉnh. Hai bên trao đổi")
    assert "Lâm Thị Thu Hà" in _officials(text)


@pytest.mark.parametrize("name", ["Vừ A Sinh", "Giàng A Pháo", "Vừ Văn Sinh"])
def test_a_hmong_or_tai_name_after_the_party_committee_is_a_person_not_a_place(name):
    text = (
        "Lai Châu làm việc với Ủy ban Biên giới quốc gia\nThứ Ba, 16/04/2024 - 10:00\nChiều 15/4, Phó Chủ nhiệm Ủy ban Biên giới "
        "quốc gia Nguyễn Anh Tuấn làm việc với tỉnh Lai Châu.\nBí thư Tỉnh ủy " + name + " đề nghị Ủy ban hỗ trợ tỉnh nâng cấp "
        "cửa khẩu Ma Lù Thàng.\n"
    )
    assert name in [o["name"] for o in _record(text)["officials"]]
    # (the Party committee of a province named so is still its place: "Thường trực Tỉnh ủy Lai Châu")
    other = text.replace("Bí thư Tỉnh ủy " + name, "Thường trực Tỉnh ủy Lai Châu")
    assert [o["name"] for o in _record(other)["officials"]] == []
