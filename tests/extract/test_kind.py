"""Province, is_activity and kind: from the title and the lead, with general cues."""

from apps.ingest.extract import activity, kind, province
from apps.ingest.extract.record import Province

from .docs import make_doc


def found_province(text, published=None):
    """The province extract finds, in its JSON form."""
    p = province.extract(make_doc(text, published=published))
    return p and p.as_dict()


def prov(text, published=None):
    p = found_province(text, published)
    return p and p["name"]


def classify(text, published=None):
    doc = make_doc(text, published=published)
    p = province.extract(doc)
    return kind.extract(doc, p) if activity.is_activity(doc, p) else None


# --- province --------------------------------------------------------------------------------


def test_province_of_the_title_beats_a_neighbour_in_the_body():
    text = (
        "Thứ trưởng Bộ Ngoại giao thăm, làm việc tại tỉnh Đắk Nông\n"
        "Chiều ngày 18/3, Thứ trưởng đã có buổi làm việc với lãnh đạo UBND tỉnh Đắk Nông.\n"
        "Tỉnh phía Bắc giáp tỉnh Đắk Lắk, phía Đông giáp tỉnh Lâm Đồng, phía Nam giáp tỉnh Bình Phước."
    )
    assert prov(text) == "Đắk Nông"


def test_listed_provinces_lose_to_the_delegation_province():
    text = (
        "Bí thư Tỉnh ủy hội kiến song phương với Bí thư Tỉnh ủy Vân Nam (Trung Quốc)\n"
        "Trong khuôn khổ hội nghị giữa Bí thư Tỉnh ủy các tỉnh: Lào Cai, Lai Châu, Tuyên Quang, Điện Biên "
        "diễn ra tại tỉnh Lai Châu, chiều 29/10, đồng chí Bí thư Tỉnh ủy đã hội kiến với Bí thư Tỉnh ủy Vân Nam.\n"
        "Tham gia buổi hội kiến về phía đoàn công tác của tỉnh Lào Cai có đồng chí Phó Chủ tịch UBND tỉnh.\n"
        "Lào Cai và Vân Nam là hai địa phương có mối quan hệ hữu nghị."
    )
    assert prov(text) == "Lào Cai"


def test_tinh_ta_paper_names_its_province_once_elsewhere():
    text = (
        "Đoàn công tác Bộ Ngoại giao làm việc với tỉnh ta\n"
        "Ngày 8-9, Đoàn công tác của Bộ Ngoại giao đã có buổi làm việc với tỉnh ta về hoạt động đối ngoại.\n"
        "Qua đó quảng bá được hình ảnh quê hương, con người Ninh Thuận với các nước láng giềng."
    )
    assert prov(text) == "Ninh Thuận"


def test_foreign_namesake_is_not_the_province():
    text = (
        "Đoàn đại biểu tỉnh Thanh Hóa thăm tỉnh Hà Nam (Trung Quốc)\n"
        "Sáng 5/6, Đoàn đại biểu tỉnh Thanh Hóa đã đến thăm và làm việc tại tỉnh Hà Nam (Trung Quốc)."
    )
    assert prov(text) == "Thanh Hóa"


def test_post_2025_article_gives_the_current_unit():
    text = "Đoàn đại biểu HĐND TP. Huế làm việc với Tổng Lãnh sự quán Việt Nam tại Lào\nTiếp đoàn có bà Tổng Lãnh sự."
    p = found_province(text, "2025-10-24")
    assert p["name"] == "Huế" and p["current_name"] == "Huế"


def test_pre_2025_unit_keeps_its_name_and_gives_its_successor():
    text = (
        "Bộ Ngoại giao phối hợp với tỉnh Thái Bình\nNgày 14/9, đoàn công tác làm việc với Tỉnh ủy Thái Bình."
    )
    p = found_province(text, "2020-09")
    assert p["name"] == "Thái Bình" and p["current_name"] == "Hưng Yên"


# --- is_activity -----------------------------------------------------------------------------


def test_plan_page_is_not_an_activity():
    text = (
        "Đắk Lắk: Kế hoạch Ngoại giao Văn hóa năm 2020 của tỉnh Đắk Lắk\n"
        "Ngày 19/02/2020, UBND tỉnh ban hành Kế hoạch số 1270/KH-UBND về Kế hoạch Ngoại giao Văn hóa năm 2020."
    )
    assert classify(text) is None


def test_interview_is_not_an_activity():
    text = (
        "Công tác đối ngoại của Tuyên Quang góp phần thực hiện tốt đường lối đối ngoại\n"
        "Năm 2023, công tác đối ngoại của tỉnh Tuyên Quang tiếp tục đạt được kết quả tích cực. "
        "Phóng viên phỏng vấn đồng chí Giám đốc Sở Ngoại vụ Tuyên Quang."
    )
    assert classify(text) is None


def test_year_review_without_one_dated_occasion_is_not_an_activity():
    text = (
        "Khánh Hòa: Tăng cường quan hệ hữu nghị, hợp tác với bạn bè quốc tế\n"
        "Từ đầu năm đến nay, tỉnh Khánh Hòa tổ chức nhiều đoàn công tác thăm, làm việc tại nước ngoài.\n"
        "Tiêu biểu là chuyến thăm, làm việc tại Nhật Bản vào đầu tháng 11/2023."
    )
    assert classify(text) is None


def test_central_visit_on_another_subject_than_foreign_affairs_is_not_an_activity():
    text = (
        "Đoàn công tác Báo Nhân Dân thăm và làm việc tại Lâm Đồng\n"
        "Chiều 14/3, Đoàn công tác của Báo Nhân Dân do Tổng Biên tập làm Trưởng đoàn đã đến thăm, "
        "làm việc với Tỉnh ủy Lâm Đồng và các cơ quan báo chí tại địa phương."
    )
    assert classify(text) is None


def test_internal_flag_salute_is_not_an_activity():
    text = (
        "Sở Ngoại vụ tỉnh Quảng Trị tổ chức chào cờ tháng 9/2024\n"
        "Ngày 9/9/2024, Sở Ngoại vụ đã tổ chức buổi sinh hoạt tư tưởng dưới cờ với sự tham gia của toàn thể công chức."
    )
    assert classify(text) is None


# --- kind ------------------------------------------------------------------------------------


def test_ministry_delegation_is_central():
    text = (
        "Thứ trưởng Bộ Ngoại giao làm việc với tỉnh Đắk Lắk\n"
        "Chiều 15-9, Đoàn công tác của Bộ Ngoại giao do Thứ trưởng làm Trưởng đoàn đã có buổi làm việc với tỉnh Đắk Lắk."
    )
    assert classify(text, "2020-09-15") == "central_delegation"


def test_ambassador_received_is_foreign():
    text = (
        "Bí thư Tỉnh ủy Hưng Yên tiếp Đại sứ Vương quốc Bỉ\n"
        "Sáng ngày 19/3, tại trụ sở Tỉnh ủy, Bí thư Tỉnh ủy Hưng Yên đã tiếp và làm việc với đoàn công tác "
        "của Đại sứ quán Vương quốc Bỉ do Đại sứ làm trưởng đoàn."
    )
    assert classify(text) == "foreign_delegation"


def test_delegation_at_a_foreign_venue_is_outbound():
    text = (
        "Tây Ninh mở rộng hợp tác với các tỉnh của Campuchia\n"
        "Trong hai ngày 28 và 29-11, Đoàn công tác của tỉnh Tây Ninh tham dự Hội nghị Hợp tác và Phát triển "
        "các tỉnh biên giới Việt Nam - Campuchia lần thứ 13 tại Thủ đô Phnom Penh, Vương quốc Campuchia."
    )
    assert classify(text, "2025-11-29") == "outbound_delegation"


def test_new_year_greetings_in_a_lao_province_is_outbound():
    text = (
        "Đoàn đại biểu tỉnh Quảng Nam chúc Tết Bunpimay\n"
        "Chiều ngày 8/4, Đoàn đại biểu cấp cao tỉnh Quảng Nam đã đến thăm, chúc Tết Bunpimay tỉnh Sê Kông "
        "(nước CHDCND Lào) và trao đổi về hợp tác giữa hai bên."
    )
    assert classify(text, "2023-04") == "outbound_delegation"


def test_vietnamese_consul_visiting_the_province_is_not_outbound():
    text = (
        "Chiều ngày 13/12, tại trụ sở UBND tỉnh, Phó Chủ tịch UBND tỉnh đã làm việc với Tổng Lãnh sự quán "
        "Việt Nam tại Côn Minh, tỉnh Vân Nam, Trung Quốc về hợp tác giữa tỉnh Hà Giang và tỉnh Vân Nam.\n"
        "Tại buổi làm việc, lãnh đạo Sở Ngoại vụ giới thiệu tình hình hợp tác."
    )
    assert classify(text) == "central_delegation"


def test_conference_held_by_the_department_is_a_provincial_event():
    text = (
        "Đẩy mạnh toàn diện công tác đối ngoại, nâng cao vị thế Hà Nội\n"
        "Ngày 17/12, Sở Ngoại vụ thành phố Hà Nội đã tổ chức Hội nghị tổng kết công tác đối ngoại năm 2021.\n"
        "Tham dự hội nghị có Thứ trưởng Bộ Ngoại giao."
    )
    assert classify(text, "2021-12-17") == "provincial_event"


def test_foreign_capital_delegation_in_talks_is_foreign():
    text = (
        "Tỉnh Nghệ An và Thủ đô Vientiane (Lào) ký kết thỏa thuận hợp tác\n"
        "Sáng 12/5, lãnh đạo tỉnh Nghệ An và Đoàn đại biểu cấp cao thủ đô Vientiane (Cộng hòa Dân chủ Nhân dân Lào) "
        "đã hội đàm và ký kết thỏa thuận hợp tác."
    )
    assert classify(text, "2025-05-12") == "foreign_delegation"


def test_another_ministry_working_with_the_province_on_foreign_trade_is_central():
    text = (
        "Thứ trưởng Bộ Công Thương làm việc với tỉnh Quảng Ninh về thương mại biên giới\n"
        "Chiều 2/11, Đoàn công tác của Bộ Công Thương do đồng chí Phan Thị Thắng, Thứ trưởng Bộ Công Thương "
        "làm trưởng đoàn đã có buổi làm việc với UBND tỉnh Quảng Ninh về thương mại biên giới với Trung Quốc."
    )
    assert classify(text, "2022-11-03") == "central_delegation"


def test_a_foreign_ngo_head_with_a_latin_name_is_a_foreign_guest():
    text = (
        "Phó Chủ tịch UBND tỉnh Hoàng Nam tiếp Giám đốc quốc gia Tổ chức Đông Tây Hội ngộ\n"
        "Sáng 12/6, Phó Chủ tịch UBND tỉnh Quảng Trị Hoàng Nam đã tiếp ông Jeff Oakes, Giám đốc quốc gia "
        "Tổ chức Đông Tây Hội ngộ tại Việt Nam, đến chào và làm việc về kế hoạch hỗ trợ của tổ chức tại tỉnh."
    )
    assert classify(text, "2024-06-12") == "foreign_delegation"


def test_thăm_và_hội_đàm_abroad_is_outbound():
    text = (
        "Lai Châu hội đàm với châu Hồng Hà (Trung Quốc)\n"
        "Trong hai ngày 17 và 18/5, Đoàn đại biểu tỉnh Lai Châu do Bí thư Tỉnh ủy, đồng chí Giàng Páo Mỷ làm "
        "trưởng đoàn đã thăm và hội đàm với lãnh đạo châu Hồng Hà, tỉnh Vân Nam (Trung Quốc)."
    )
    assert classify(text, "2024-05-19") == "outbound_delegation"


def test_the_prime_minister_abroad_is_not_a_provincial_activity():
    text = (
        "Thủ tướng Phạm Minh Chính tiếp Thống đốc tỉnh Hiroshima\n"
        "Chiều 21/5, tại thành phố Hiroshima, Nhật Bản, Thủ tướng Phạm Minh Chính đã tiếp ông Yuzaki Hidehiko.\n"
        "Thống đốc cho biết tỉnh Hiroshima đã ký thỏa thuận hợp tác với tỉnh Quảng Ninh năm 2022."
    )
    assert classify(text, "2023-05-21") is None


def test_tiếp_diễn_is_not_a_reception():
    text = (
        "Sạt lở đất gây ách tắc Quốc lộ 4D, hàng hóa qua cửa khẩu quốc tế Kim Thành bị ảnh hưởng\n"
        "Nhiều điểm trên Quốc lộ 4D đoạn qua tỉnh Lào Cai bị sạt lở, xe chở hàng sang Trung Quốc phải dừng chờ.\n"
        "Mưa lớn còn tiếp diễn trong những ngày tới."
    )
    assert classify(text, "2023-09-05") is None


# --- activities named by other verbs, summaries, kinds (issue 13, categories 1 and 5) ---------


def test_a_signing_with_foreign_provinces_is_an_activity_without_its_day():
    text = (
        "Kon Tum ký kết biên bản hợp tác với hai tỉnh Nam Lào\n"
        "UBND tỉnh Kon Tum và lãnh đạo hai tỉnh Attapeu, Sekong (Lào) đã ký kết biên bản hợp tác "
        "giai đoạn 2026 - 2030 trong khuôn khổ chuyến thăm của đoàn."
    )
    assert classify(text) is not None


def test_an_online_signing_ceremony_is_the_provinces_own_event():
    text = (
        "Lễ ký kết thỏa thuận hợp tác trực tuyến giữa tỉnh Bến Tre và tỉnh Chiba\n"
        "Chiều 5/6, UBND tỉnh Bến Tre tổ chức lễ ký kết thỏa thuận hợp tác với tỉnh Chiba (Nhật Bản) "
        "theo hình thức trực tuyến."
    )
    assert classify(text, "2026-06-05") == "provincial_event"


def test_a_reception_told_first_in_a_caption_is_a_foreign_guest():
    text = (
        "Bắc Kạn mong muốn mở rộng hợp tác với các địa phương của Mông Cổ\n"
        "Lãnh đạo tỉnh Bắc Kạn tiếp Đại sứ Mông Cổ tại Việt Nam (Ảnh: Báo Bắc Kạn).\n"
        "Ông Chủ tịch UBND tỉnh Bắc Kạn giới thiệu tiềm năng của tỉnh với Đại sứ."
    )
    assert classify(text) == "foreign_delegation"


def test_a_preparatory_meeting_of_a_delegation_going_abroad_is_an_activity():
    text = (
        "Họp Đoàn đại biểu tỉnh Lào Cai chuẩn bị tham dự Hội chợ tại Vân Nam, Trung Quốc\n"
        "Sáng 4.3, Tỉnh ủy tổ chức họp Đoàn đại biểu tỉnh Lào Cai tham dự Hội chợ tại Vân Nam, Trung Quốc.\n"
        "Trước đó, ngày 20.2.2026, Tỉnh ủy Lào Cai ban hành Kế hoạch tổ chức Đoàn đại biểu của tỉnh."
    )
    assert classify(text) in ("provincial_event", "outbound_delegation")


def test_a_months_tally_of_delegations_is_not_one_activity():
    text = (
        "Kết quả công tác đối ngoại tháng 8 của tỉnh Hà Tĩnh\n"
        "Tháng 8/2026, tỉnh Hà Tĩnh đã tổ chức 05 đoàn với 31 lượt người đi công tác nước ngoài; "
        "đón 04 đoàn khách quốc tế đến thăm và làm việc tại tỉnh.\n"
        "Đón tiếp và tổ chức hội đàm giữa tỉnh Hà Tĩnh và tỉnh Khammouane (Lào)."
    )
    assert classify(text) is None


def test_an_ambassadors_call_is_foreign_even_with_a_ministry_official_present():
    text = (
        "Chủ tịch UBND tỉnh tiếp Đại sứ Hà Lan\n"
        "Chiều 9-5, Chủ tịch UBND tỉnh Long An tiếp ngài Kees van Baar, Đại sứ Hà Lan tại Việt Nam.\n"
        "Cùng tiếp Đoàn có Phó Cục trưởng Cục Ngoại vụ, Bộ Ngoại giao."
    )
    assert classify(text, "2026-05-09") == "foreign_delegation"


def test_vietnams_own_ambassadors_visiting_remain_a_central_delegation():
    text = (
        "Đoàn Đại sứ Việt Nam tại các nước làm việc với tỉnh Nghệ An\n"
        "Sáng 12/8, Đoàn công tác của Bộ Ngoại giao cùng các Đại sứ Việt Nam tại Lào, Campuchia "
        "đã làm việc với UBND tỉnh Nghệ An."
    )
    assert classify(text, "2026-08-12") == "central_delegation"


def test_a_delegation_visiting_the_provinces_of_a_country_goes_abroad():
    text = (
        "Quảng Bình tăng cường hợp tác với các tỉnh Trung Lào\n"
        "Trong khuôn khổ chuyến thăm và làm việc từ ngày 3-6/3 tại các tỉnh của nước bạn Lào, "
        "đoàn đại biểu tỉnh Quảng Bình đã hội đàm với lãnh đạo tỉnh Khammouane."
    )
    assert classify(text) == "outbound_delegation"


def test_the_lead_after_a_clock_widget_is_read_past_the_title():
    text = (
        "Thứ Hai, 02/11/2026 08:15 SA\n"
        "Tập huấn công tác đối ngoại năm 2021\n"
        "Ngày 20/12, UBND tỉnh tổ chức Hội nghị tập huấn công tác đối ngoại cho cán bộ các sở, ngành."
    )
    doc = make_doc(text, title="Tập huấn công tác đối ngoại năm 2021", published="2021-12-21")
    phu_yen = Province("Phú Yên", "54", "Đắk Lắk")
    assert activity.is_activity(doc, phu_yen) and kind.extract(doc, phu_yen) == "provincial_event"


def test_the_vietnamese_community_abroad_is_not_the_venue():
    text = (
        "Quảng Trị tiếp đoàn tỉnh Mukdahan (Thái Lan)\n"
        "Sáng 4/4, Phó Chủ tịch UBND tỉnh Quảng Trị tiếp đoàn công tác tỉnh Mukdahan do Phó Tỉnh trưởng dẫn đầu.\n"
        "Hai tỉnh có nhiều gắn bó, nhất là với cộng đồng người Việt tại Thái Lan."
    )
    assert classify(text, "2026-04-04") == "foreign_delegation"


def test_a_visit_told_without_its_day_is_still_an_activity():
    text = (
        "Bộ trưởng Bộ Ngoại giao thăm và làm việc tại Hà Tĩnh\n"
        "Đoàn công tác của Bộ Ngoại giao do Bộ trưởng làm trưởng đoàn đã thăm và làm việc với Tỉnh ủy "
        "Hà Tĩnh về công tác đối ngoại."
    )
    assert classify(text) == "central_delegation"


def test_signing_a_cooperation_plan_is_not_a_document_page():
    text = (
        "Kon Tum - Attapeu ký kế hoạch hợp tác năm 2027\n"
        "Sáng 9/3, Chủ tịch UBND tỉnh Kon Tum đã hội đàm và ký kế hoạch hợp tác với đoàn đại biểu tỉnh Attapeu (Lào)."
    )
    assert classify(text, "2027-03-09") is not None


def test_a_ministers_talks_abroad_are_national_diplomacy():
    text = (
        "Bộ trưởng Ngoại giao hội đàm với Bộ trưởng Ngoại giao Chile\n"
        "Chiều 4/11, tại thủ đô Santiago, Bộ trưởng Ngoại giao đã hội đàm với Bộ trưởng Ngoại giao Chile.\n"
        "Hai bên nhất trí tăng cường hợp tác kinh tế, thương mại.\n"
        "Hai bộ trưởng nhất trí sớm mở đường bay từ Thành phố Hồ Chí Minh."
    )
    assert classify(text, "2026-11-04") is None


def test_a_meeting_of_the_provinces_foreign_affairs_subcommittee_is_its_own_event():
    text = (
        "Tiểu ban Đối ngoại chuẩn bị Lễ kỷ niệm 60 năm quan hệ với Cuba\n"
        "Chiều 3/8, Phó Chủ tịch UBND tỉnh Quảng Bình, Trưởng Tiểu ban Đối ngoại chủ trì cuộc họp Tiểu ban "
        "Đối ngoại; dự kiến Đại sứ Cuba tại Việt Nam sẽ dự lễ kỷ niệm."
    )
    assert classify(text, "2026-08-04") == "provincial_event"


def test_a_meeting_preparing_a_trip_abroad_is_the_provinces_own_event():
    text = (
        "Chuẩn bị chuyến công tác của đoàn đại biểu tỉnh Cao Bằng tại Quảng Tây (Trung Quốc)\n"
        "Chiều 2/10, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp triển khai công tác chuẩn bị cho chuyến công tác "
        "của đoàn đại biểu tỉnh Cao Bằng tại thành phố Bách Sắc (Quảng Tây, Trung Quốc)."
    )
    assert classify(text, "2026-10-02") == "provincial_event"


def test_a_year_end_meeting_with_foreign_ngos_held_by_the_province():
    text = (
        "Quảng Ngãi gặp mặt các tổ chức phi chính phủ nước ngoài\n"
        "Chiều 20/12, UBND tỉnh Quảng Ngãi tổ chức buổi gặp mặt các tổ chức phi chính phủ nước ngoài nhân dịp năm mới."
    )
    assert classify(text, "2026-12-20") == "provincial_event"


def test_a_delegation_visiting_two_named_provinces_of_a_country_goes_abroad():
    text = (
        "Đoàn đại biểu tỉnh Sơn La thăm, làm việc tại Bắc Lào\n"
        "Từ ngày 10 - 14/3, đoàn đại biểu tỉnh Sơn La đã thăm và làm việc tại tỉnh Hủa Phăn và tỉnh Luông Pha Băng, "
        "nước CHDCND Lào."
    )
    assert classify(text, "2026-03-15") == "outbound_delegation"


def test_a_welcome_ceremony_for_a_foreign_delegation_is_their_visit():
    text = (
        "Nghệ An đón Đoàn đại biểu cấp cao tỉnh Hủa Phăn\n"
        "Sáng 12/4, UBND tỉnh Nghệ An tổ chức lễ đón Đoàn đại biểu cấp cao tỉnh Hủa Phăn (Lào) sang thăm "
        "và làm việc tại tỉnh."
    )
    assert classify(text, "2026-04-12") == "foreign_delegation"


def test_a_reception_of_an_international_organisation_is_a_foreign_guest():
    text = (
        "Kon Tum và UNICEF tăng cường hợp tác vì trẻ em\n"
        "Chiều 5-9, Phó Chủ tịch UBND tỉnh Kon Tum đã tiếp và làm việc với đoàn công tác UNICEF tại Việt Nam."
    )
    assert classify(text, "2024-09-05") == "foreign_delegation"


def test_a_reception_of_a_foreign_corporation_is_a_foreign_guest():
    text = (
        "Chủ tịch UBND tỉnh tiếp Tổng Giám đốc Tổ hợp Samsung Việt Nam\n"
        "Chiều 26/9, Chủ tịch UBND tỉnh Thái Nguyên đã tiếp và làm việc với ông Choi Joo-ho, "
        "Tổng Giám đốc Tổ hợp Samsung Việt Nam."
    )
    assert classify(text, "2025-09-26") == "foreign_delegation"


def test_a_training_course_on_external_information_is_the_provinces_own_event():
    text = (
        "Cà Mau: Tập huấn nghiệp vụ thông tin đối ngoại năm 2026\n"
        "Từ ngày 22 - 23/10, UBND tỉnh Cà Mau tổ chức lớp tập huấn nghiệp vụ công tác thông tin đối ngoại cho cán bộ."
    )
    assert classify(text, "2026-10-23") == "provincial_event"


def test_a_weeks_round_up_is_not_one_activity_even_with_its_dates():
    text = (
        "Điểm lại hoạt động đối ngoại nổi bật của tỉnh Quảng Ngãi trong tuần\n"
        "Trong tuần từ ngày 13 - 17/10, tỉnh Quảng Ngãi đã tiếp 3 đoàn khách quốc tế, cử 1 đoàn đi công tác nước ngoài."
    )
    assert classify(text, "2026-10-18") is None


def test_a_year_before_a_delegation_is_no_tally():
    text = (
        "Đoàn công tác Sở Ngoại vụ 3 tỉnh Lào làm việc với tỉnh Sơn La\n"
        "Nhận lời mời, từ ngày 06/3/2024 đến ngày 08/3/2024 Đoàn công tác Sở Ngoại vụ 3 tỉnh Lào đã sang thăm, "
        "làm việc với Sở Ngoại vụ tỉnh Sơn La."
    )
    assert classify(text) == "foreign_delegation"


def test_a_category_page_of_dated_headlines_is_not_an_activity():
    text = (
        "Lạng Sơn hội đàm với Quảng Tây về thông quan nông sản\n14/04/2026 16:05\n"
        "Sáng 14/4, đoàn công tác tỉnh Lạng Sơn đã hội đàm với đoàn Quảng Tây...\n"
        "Thứ trưởng Bộ Ngoại giao làm việc với tỉnh Điện Biên\n13/04/2026 10:42\n"
        "Ngày 12/4, đoàn công tác Bộ Ngoại giao đã làm việc với UBND tỉnh Điện Biên...\n"
        "Cà Mau tiếp Đại sứ Hà Lan tại Việt Nam\n10/04/2026 15:20\nChiều 9/4, Phó Chủ tịch UBND tỉnh Cà Mau đã tiếp Đại sứ..."
    )
    assert classify(text, "2026-04-14") is None


def test_a_consulates_seat_is_not_the_province_that_receives_it():
    text = (
        "Phó Chủ tịch UBND thành phố tiếp Tổng Lãnh sự Lào tại Đà Nẵng\n"
        "Ngày 21/11, Phó Chủ tịch UBND thành phố Huế đã tiếp ông Tổng Lãnh sự Lào tại Đà Nẵng nhân dịp "
        "kết thúc nhiệm kỳ.\nHai bên trao đổi về hợp tác giữa Huế và các tỉnh của Lào."
    )
    assert prov(text, "2025-11-21") == "Huế"


def test_national_talks_in_the_capital_are_not_hanois_activity():
    text = (
        "Bộ trưởng Ngoại giao hội đàm với Ngoại trưởng Na Uy\n"
        "Chiều 18/9, tại Hà Nội, Bộ trưởng Ngoại giao đã hội đàm với Ngoại trưởng Na Uy nhân dịp thăm chính thức Việt Nam."
    )
    assert classify(text, "2026-09-18") is None


def test_an_interview_in_questions_and_answers_is_not_an_activity():
    text = (
        "Quảng Ninh: Đối ngoại địa phương phải đi trước\n"
        "Nhân dịp kỷ niệm ngày truyền thống ngành Ngoại giao, phóng viên có cuộc trao đổi với Giám đốc Sở Ngoại vụ "
        "tỉnh Quảng Ninh về công tác đối ngoại.\nPV: Xin ông cho biết những dấu ấn nổi bật?"
    )
    assert classify(text, "2026-08-28") is None


def test_a_guests_factories_abroad_are_not_the_venue():
    text = (
        "Chủ tịch UBND tỉnh Bắc Giang tiếp Tập đoàn Orion (Singapore)\n"
        "Ngày 3.11, tại trụ sở UBND tỉnh, Chủ tịch UBND tỉnh Bắc Giang đã tiếp đoàn công tác Tập đoàn Orion.\n"
        "Tập đoàn có nhà máy tại Singapore, Malaysia và Thái Lan."
    )
    assert classify(text, "2023-11-03") == "foreign_delegation"


def test_an_online_signing_is_the_provinces_own_ceremony():
    text = (
        "Vĩnh Long ký kết biên bản ghi nhớ với tỉnh Takeo\n"
        "Chiều 3/6, tại điểm cầu Vĩnh Long, lãnh đạo tỉnh đã dự lễ ký kết trực tuyến biên bản ghi nhớ hợp tác "
        "với tỉnh Takeo (Campuchia)."
    )
    assert classify(text, "2026-06-03") == "provincial_event"


def test_a_predecessor_named_in_a_merger_is_not_the_province():
    text = (
        "Lãnh đạo thành phố tiếp Trưởng đại diện UNICEF tại Việt Nam\n"
        "Chiều 24-2, Phó Chủ tịch UBND thành phố đã tiếp Trưởng đại diện UNICEF.\n"
        "Sau khi hợp nhất với tỉnh Quảng Nam, thành phố Đà Nẵng có nhiều xã miền núi còn khó khăn."
    )
    assert prov(text, "2026-02-25") == "Đà Nẵng"


def test_a_party_cells_self_review_is_internal():
    text = (
        "Chi bộ Sở Ngoại vụ tổ chức Hội nghị kiểm điểm tập thể, cá nhân năm 2022\n"
        "Chiều ngày 16/12/2022, Chi bộ Sở Ngoại vụ tỉnh Thanh Hóa tổ chức Hội nghị kiểm điểm, đánh giá, xếp loại "
        "chất lượng tập thể và đảng viên năm 2022, tổng kết công tác đối ngoại."
    )
    assert classify(text, "2022-12-20") is None


def test_an_airport_welcoming_a_foreign_flight_is_not_a_reception():
    text = (
        "Cảng hàng không quốc tế Cam Ranh đón chuyến bay đầu tiên từ Almaty\n"
        "Tối 2/11, Cảng hàng không quốc tế Cam Ranh, tỉnh Khánh Hòa đã đón chuyến bay thuê chuyến đầu tiên từ "
        "Almaty (Kazakhstan) với 186 hành khách."
    )
    assert classify(text, "2025-11-02") is None


def test_a_routine_session_on_the_economy_and_a_press_briefing_are_not_activities():
    session = (
        "UBND tỉnh họp phiên thường kỳ tháng 10\n"
        "Ngày 4/11, UBND tỉnh Đồng Nai tổ chức phiên họp thường kỳ tháng 10 để đánh giá tình hình kinh tế - xã hội; "
        "xuất khẩu sang Hoa Kỳ, Nhật Bản tăng."
    )
    briefing = (
        "Họp báo thường kỳ của Bộ Ngoại giao ngày 20/3/2025\n"
        "Chiều 20/3, Người phát ngôn Bộ Ngoại giao chủ trì họp báo thường kỳ; về tàu cá của tỉnh Quảng Ngãi bị "
        "tấn công tại Hoàng Sa, Việt Nam phản đối."
    )
    assert classify(session, "2025-11-04") is None and classify(briefing) is None


def test_a_companys_own_opening_attended_by_officials_is_not_an_activity():
    text = (
        "Khai trương Trường Ngoại ngữ Hàn Quốc tại phường Ninh Kiều\n"
        "Sáng 6/12, Công ty TNHH Giáo dục Hàn Việt tổ chức lễ khai trương Trường Ngoại ngữ Hàn Quốc tại phường "
        "Ninh Kiều, thành phố Cần Thơ. Dự lễ có Phó Giám đốc Sở Giáo dục và Đào tạo."
    )
    assert classify(text, "2025-12-06") is None


def test_a_year_end_interview_introduced_with_the_outlets_name():
    text = (
        "Giám đốc Sở Ngoại vụ Bình Dương: Đối ngoại là đòn bẩy thu hút FDI\n"
        "TG&VN. Nhân dịp cuối năm, phóng viên Báo Thế giới & Việt Nam đã có cuộc trao đổi với Giám đốc Sở Ngoại vụ "
        "tỉnh Bình Dương về công tác đối ngoại.\nThưa bà, năm 2024 công tác đối ngoại của tỉnh có những điểm nhấn nào?"
    )
    assert classify(text, "2024-12-27") is None
