"""kind.extract: the kind of an activity, read from the title and the lead (and, with is_activity,
whole articles classified)."""

import pytest

from apps.ingest.extract import activity, kind
from apps.ingest.extract.record import Province

from .articles import read_as_expected
from .docs import classify, make_doc, prov

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


# --- held-out articles (articles.py) ------------------------------------------------------------

UNSEEN = [
    # 2. Japan's ambassador received by a provincial chairwoman; asks to connect businesses.
    (
        "japan_ambassador_bac_ninh",
        """Giới thiệu | Tin tức - Sự kiện | Đối ngoại | Văn bản
10:32, 05/06/2024
Chủ tịch UBND tỉnh Bắc Ninh tiếp Đại sứ Nhật Bản tại Việt Nam
Sáng 4/6, tại trụ sở UBND tỉnh, đồng chí Nguyễn Hương Giang, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bắc Ninh đã tiếp và làm việc với Đại sứ đặc mệnh toàn quyền Nhật Bản tại Việt Nam Ito Naoki cùng đoàn công tác.
Cùng dự có đồng chí Đào Quang Khải, Phó Chủ tịch UBND tỉnh; lãnh đạo Sở Ngoại vụ, Sở Kế hoạch và Đầu tư.
Chủ tịch UBND tỉnh Nguyễn Hương Giang tặng quà lưu niệm Đại sứ Ito Naoki. Ảnh: Thanh Thương
Tại buổi tiếp, Chủ tịch UBND tỉnh cho biết, Nhật Bản hiện là nhà đầu tư lớn thứ ba tại Bắc Ninh với hơn 180 dự án còn hiệu lực.
Chủ tịch UBND tỉnh đề nghị Đại sứ quán Nhật Bản tiếp tục kết nối, giới thiệu các tập đoàn, doanh nghiệp Nhật Bản có tiềm lực đến tìm hiểu và đầu tư vào các khu công nghiệp của tỉnh; đồng thời mong muốn Đại sứ quán hỗ trợ tỉnh thúc đẩy hợp tác với tỉnh Shiga trong lĩnh vực đào tạo nguồn nhân lực.
Đại sứ Ito Naoki đánh giá cao môi trường đầu tư của Bắc Ninh và cho biết sẽ tích cực giới thiệu doanh nghiệp Nhật Bản đến tỉnh.
Trần Hà
Tin liên quan
Bắc Ninh xúc tiến đầu tư tại Hàn Quốc
Phó Chủ tịch UBND tỉnh tiếp Tổng Lãnh sự Hàn Quốc
""",
        dict(
            kind="foreign_delegation", province="Bắc Ninh", start="2024-06-04", end="2024-06-04",
            lead="Ito Naoki", officials=["Ito Naoki", "Nguyễn Hương Giang", "Đào Quang Khải"],
            requests=["kết nối, giới thiệu các tập đoàn", "hợp tác với tỉnh Shiga"],
            partners=["Shiga"],
        ),
    ),
    # 3. Korea's ambassador in a northern province; the headline states the wish in short.
    (
        "korea_ambassador_thai_nguyen",
        """Thứ Ba, 14/11/2023 | 16:40
Thái Nguyên mong muốn Hàn Quốc tiếp tục mở rộng đầu tư
(Báo Thái Nguyên) - Chiều 14-11, đồng chí Trịnh Việt Hùng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh đã tiếp Đại sứ Hàn Quốc tại Việt Nam Choi Young Sam đến thăm và làm việc tại tỉnh.
Tham dự buổi tiếp có đồng chí Nguyễn Thị Loan, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh; đại diện lãnh đạo các sở, ngành của tỉnh.
Phát biểu tại buổi tiếp, đồng chí Trịnh Việt Hùng cho biết, Hàn Quốc là đối tác đầu tư lớn nhất của Thái Nguyên, đặc biệt là Tập đoàn Samsung.
Đồng chí Chủ tịch UBND tỉnh đề nghị Đại sứ quán Hàn Quốc quan tâm, hỗ trợ tỉnh trong việc kết nối với các doanh nghiệp công nghiệp hỗ trợ của Hàn Quốc; đồng thời tạo điều kiện để lao động của tỉnh sang làm việc tại Hàn Quốc theo chương trình EPS.
Đại sứ Choi Young Sam chúc mừng những thành tựu của tỉnh, cho biết Đại sứ quán sẽ làm cầu nối để thúc đẩy hợp tác giữa Thái Nguyên với tỉnh Gyeonggi.
Quang Hưng
Tin cùng chuyên mục
Tiếp Đoàn công tác tỉnh Chungcheongbuk (Hàn Quốc) (20/10/2023)
""",
        dict(
            kind="foreign_delegation", province="Thái Nguyên", start="2023-11-14", end="2023-11-14",
            lead="Choi Young Sam", officials=["Trịnh Việt Hùng", "Choi Young Sam", "Nguyễn Thị Loan"],
            requests=["kết nối với các doanh nghiệp công nghiệp hỗ trợ", "lao động của tỉnh sang làm việc"],
            requests_optional=["Hàn Quốc tiếp tục mở rộng đầu tư"],
            partners=["Gyeonggi"],
        ),
    ),
    # 4. A provincial delegation in a Lao province; the ask is addressed to "tỉnh Savannakhet".
    (
        "outbound_savannakhet",
        """Trang chủ > Chính trị > Đối ngoại
Cập nhật: 17/03/2024 20:05
Đoàn đại biểu cấp cao tỉnh Quảng Trị thăm và làm việc tại tỉnh Savannakhet (Lào)
Từ ngày 14 đến 16/3/2024, Đoàn đại biểu cấp cao tỉnh Quảng Trị do đồng chí Lê Quang Tùng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh làm Trưởng đoàn đã thăm và làm việc tại tỉnh Savannakhet, nước CHDCND Lào.
Cùng đi có đồng chí Võ Văn Hưng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Quảng Trị.
Tiếp đoàn có đồng chí Xăn-ti-pháp Phôm-vi-hản, Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Savannakhet.
Tại buổi hội đàm, hai bên đã đánh giá kết quả thực hiện biên bản thỏa thuận hợp tác năm 2023 và thống nhất kế hoạch hợp tác năm 2024.
Đồng chí Lê Quang Tùng đề nghị tỉnh Savannakhet tiếp tục tạo điều kiện thuận lợi để các doanh nghiệp của Quảng Trị đầu tư, kinh doanh trên địa bàn tỉnh bạn; phối hợp nâng cấp cặp cửa khẩu quốc tế Lao Bảo - Đensavanh.
Đồng chí Xăn-ti-pháp Phôm-vi-hản cảm ơn sự giúp đỡ của tỉnh Quảng Trị và khẳng định sẽ chỉ đạo các ngành chức năng phối hợp chặt chẽ.
Nhân dịp này, Đoàn đã đến thăm Tổng Lãnh sự quán Việt Nam tại Savannakhet.
Ảnh: Văn Lực
Bài và ảnh: Thanh Hải
Tin liên quan
Quảng Trị tiếp Đoàn đại biểu tỉnh Salavan (04/02/2024)
""",
        dict(
            kind="outbound_delegation", province="Quảng Trị", start="2024-03-14", end="2024-03-16",
            lead="Lê Quang Tùng", officials=["Lê Quang Tùng", "Võ Văn Hưng", "Xăn-ti-pháp Phôm-vi-hản"],
            requests=["tạo điều kiện thuận lợi để các doanh nghiệp của Quảng Trị",
                      "nâng cấp cặp cửa khẩu quốc tế Lao Bảo"],
            partners=["Savannakhet"],
        ),
    ),
    # 5. A provincial delegation in Guangxi (China); one joint proposal, two asks of the host.
    (
        "outbound_guangxi",
        """Thứ Tư, 06/12/2023 - 21:10
Lạng Sơn hội đàm với Chính phủ Nhân dân Khu tự trị dân tộc Choang Quảng Tây
Ngày 5/12, tại thành phố Nam Ninh, Quảng Tây (Trung Quốc), Đoàn đại biểu tỉnh Lạng Sơn do đồng chí Hồ Tiến Thiệu, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh làm Trưởng đoàn đã hội đàm với Chính phủ Nhân dân Khu tự trị dân tộc Choang Quảng Tây.
Chủ trì hội đàm phía Quảng Tây có ông Lam Thiên Lập, Phó Bí thư Khu ủy, Chủ tịch Chính phủ Nhân dân Khu tự trị dân tộc Choang Quảng Tây.
Tham gia đoàn có đồng chí Đoàn Thu Hà, Phó Chủ tịch UBND tỉnh Lạng Sơn, cùng lãnh đạo các sở, ngành.
Tại buổi hội đàm, đồng chí Hồ Tiến Thiệu đề nghị hai bên phối hợp đẩy nhanh tiến độ xây dựng tuyến đường cao tốc kết nối Hữu Nghị - Chi Lăng với Bằng Tường - Nam Ninh.
Đồng chí cũng đề nghị phía Quảng Tây tạo điều kiện thông quan thuận lợi cho nông sản Việt Nam qua cửa khẩu Hữu Nghị - Hữu Nghị Quan và nghiên cứu mở rộng khu vực kiểm soát hàng hóa tại cặp cửa khẩu Tân Thanh - Pò Chài.
Ông Lam Thiên Lập nhất trí với các đề xuất của tỉnh Lạng Sơn.
Hoàng Minh
""",
        dict(
            kind="outbound_delegation", province="Lạng Sơn", start="2023-12-05", end="2023-12-05",
            lead="Hồ Tiến Thiệu", officials=["Hồ Tiến Thiệu", "Lam Thiên Lập", "Đoàn Thu Hà"],
            requests=["thông quan thuận lợi cho nông sản", "mở rộng khu vực kiểm soát hàng hóa"],
            requests_optional=["đẩy nhanh tiến độ xây dựng tuyến đường cao tốc"],
            partners=[["Quảng Tây", "Khu tự trị dân tộc Choang Quảng Tây"]],
            partners_optional=["Nam Ninh", "Bằng Tường"],
        ),
    ),
    # 14. A delegation in Japan: a prefecture, then Vietnam's embassy (asked for help).
    (
        "outbound_japan_tottori",
        """Thời sự | Kinh tế | Văn hóa | Đối ngoại
08:20, 07/11/2023
Đoàn công tác tỉnh Hải Dương thăm và làm việc tại Nhật Bản
Trong hai ngày 2 và 3/11, Đoàn công tác tỉnh Hải Dương do đồng chí Triệu Thế Hùng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh làm Trưởng đoàn đã thăm và làm việc tại tỉnh Tottori, Nhật Bản.
Tại buổi hội đàm với Thống đốc tỉnh Tottori Hirai Shinji, đồng chí Triệu Thế Hùng giới thiệu tiềm năng, thế mạnh của Hải Dương và đề nghị tỉnh Tottori tạo điều kiện để lao động, tu nghiệp sinh của Hải Dương sang học tập, làm việc tại Tottori.
Hai bên đã ký kết Biên bản ghi nhớ về hợp tác trong lĩnh vực nông nghiệp và phát triển nguồn nhân lực.
Trước đó, Đoàn đã đến chào xã giao Đại sứ Việt Nam tại Nhật Bản Phạm Quang Hiệu. Đồng chí Triệu Thế Hùng đề nghị Đại sứ quán tiếp tục hỗ trợ, kết nối tỉnh với các doanh nghiệp Nhật Bản có nhu cầu đầu tư vào lĩnh vực công nghiệp hỗ trợ.
Đại sứ Phạm Quang Hiệu khẳng định Đại sứ quán sẽ đồng hành cùng tỉnh trong các hoạt động xúc tiến đầu tư tại Nhật Bản.
Cùng tham gia đoàn có đồng chí Lê Văn Hiệu, Phó Giám đốc Sở Ngoại vụ.
Thành Chung
Tin liên quan
Hải Dương tiếp Đại sứ Hàn Quốc
""",
        dict(
            kind="outbound_delegation", province="Hải Dương", start="2023-11-02", end="2023-11-03",
            lead="Triệu Thế Hùng",
            officials=["Triệu Thế Hùng", "Hirai Shinji", "Phạm Quang Hiệu", "Lê Văn Hiệu"],
            requests=["tu nghiệp sinh của Hải Dương", "kết nối tỉnh với các doanh nghiệp Nhật Bản"],
            partners=["Tottori"],
        ),
    ),
    # 15. New-year greetings in a Cambodian province; only a joint proposal, no request.
    (
        "outbound_svay_rieng_new_year",
        """Cập nhật ngày: 12/04/2024 16:30:12
Tây Ninh chúc Tết Chol Chnam Thmay tỉnh Svay Rieng
Ngày 11/4, Đoàn đại biểu tỉnh Tây Ninh do đồng chí Nguyễn Mạnh Hùng, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh làm Trưởng đoàn đã đến thăm, chúc Tết Chol Chnam Thmay lãnh đạo tỉnh Svay Rieng, Vương quốc Campuchia.
Tiếp đoàn có ông Men Vibol, Tỉnh trưởng tỉnh Svay Rieng cùng lãnh đạo các sở, ngành của tỉnh bạn.
Đồng chí Nguyễn Mạnh Hùng gửi lời chúc mừng năm mới đến lãnh đạo và nhân dân tỉnh Svay Rieng; đề nghị hai tỉnh tiếp tục phối hợp chặt chẽ trong công tác quản lý biên giới, phòng chống tội phạm xuyên biên giới.
Tỉnh trưởng Men Vibol cảm ơn tình cảm của lãnh đạo tỉnh Tây Ninh và mong muốn hai tỉnh tiếp tục tăng cường hợp tác trên các lĩnh vực kinh tế, thương mại.
Cùng ngày, Đoàn đã đến chúc Tết lãnh đạo tỉnh Prey Veng.
Anh Thư
Tin liên quan
Tây Ninh hội đàm với tỉnh Tbong Khmum (05/01/2024)
""",
        dict(
            kind="outbound_delegation", province="Tây Ninh", start="2024-04-11", end="2024-04-11",
            lead="Nguyễn Mạnh Hùng", officials=["Nguyễn Mạnh Hùng", "Men Vibol"],
            requests=[], requests_optional=["phối hợp chặt chẽ trong công tác quản lý biên giới"],
            partners=["Svay Rieng", "Prey Veng"],
        ),
    ),
    # 16. Australia's ambassador with the provincial party secretary; date in words.
    (
        "australia_ambassador_an_giang",
        """24/10/2024 | 17:45
Bí thư Tỉnh ủy An Giang tiếp Đại sứ Australia
Ngày 24 tháng 10, tại Long Xuyên, đồng chí Lê Hồng Quang, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy An Giang tiếp ông Andrew Goledzinowski, Đại sứ Australia tại Việt Nam.
Cùng dự có đồng chí Nguyễn Thanh Bình, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; bà Nguyễn Thị Minh Thúy, Giám đốc Sở Ngoại vụ.
Đồng chí Lê Hồng Quang cảm ơn Chính phủ Australia đã hỗ trợ tỉnh nhiều dự án thích ứng biến đổi khí hậu và đề nghị Đại sứ quán tiếp tục hỗ trợ tỉnh kết nối với các trường đại học của Australia để đào tạo nguồn nhân lực chất lượng cao.
Tỉnh cũng mong muốn Đại sứ quán giới thiệu các doanh nghiệp Australia đầu tư vào lĩnh vực chế biến nông sản, năng lượng sạch; đồng thời hỗ trợ tỉnh thiết lập quan hệ hợp tác với bang Nam Australia.
Đại sứ Andrew Goledzinowski đánh giá cao tiềm năng của An Giang và cho biết sẽ thông tin đến các doanh nghiệp Australia.
Tin, ảnh: Hữu Huệ
Các tin khác
An Giang tiếp Tổng Lãnh sự Campuchia tại TP. Hồ Chí Minh
""",
        dict(
            kind="foreign_delegation", province="An Giang", start="2024-10-24", end="2024-10-24",
            lead="Andrew Goledzinowski",
            officials=["Lê Hồng Quang", "Andrew Goledzinowski", "Nguyễn Thanh Bình", "Nguyễn Thị Minh Thúy"],
            requests=["kết nối với các trường đại học của Australia",
                      "giới thiệu các doanh nghiệp Australia đầu tư"],
            requests_optional=["thiết lập quan hệ hợp tác với bang Nam Australia"],
            partners=["Nam Australia"],
        ),
    ),
    # 17. A delegation in Yunnan (China); asks addressed to "tỉnh Vân Nam".
    (
        "outbound_yunnan",
        """Thứ Sáu, 29/03/2024 - 07:30
Lào Cai và Vân Nam thống nhất nhiều nội dung hợp tác
Từ ngày 26/3 đến ngày 28/3/2024, Đoàn đại biểu tỉnh Lào Cai do đồng chí Trịnh Xuân Trường, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh dẫn đầu đã thăm và làm việc tại tỉnh Vân Nam, Trung Quốc.
Tại thành phố Côn Minh, Đoàn đã hội đàm với ông Vương Dư Ba, Phó Bí thư Tỉnh ủy, Tỉnh trưởng Chính phủ Nhân dân tỉnh Vân Nam.
Tại buổi hội đàm, Chủ tịch UBND tỉnh Lào Cai đề nghị tỉnh Vân Nam quan tâm đẩy nhanh việc xây dựng cầu đường bộ qua sông Hồng tại khu vực mốc 92 và sớm mở lại lối thông quan Bản Vược - Bá Sái.
Hai bên đã ký kết Biên bản hội đàm và Thỏa thuận hợp tác giai đoạn 2024 - 2026.
Trong chương trình công tác, Đoàn đã làm việc với Tổng Lãnh sự quán Việt Nam tại Côn Minh và thăm châu Hồng Hà, nơi có cửa khẩu Hà Khẩu đối diện thành phố Lào Cai.
Ngọc Bằng
Tin liên quan
Lào Cai tiếp Đoàn công tác châu Văn Sơn (Vân Nam)
""",
        dict(
            kind="outbound_delegation", province="Lào Cai", start="2024-03-26", end="2024-03-28",
            lead="Trịnh Xuân Trường", officials=["Trịnh Xuân Trường", "Vương Dư Ba"],
            requests=["cầu đường bộ qua sông Hồng", "Bản Vược - Bá Sái"],
            partners=["Vân Nam", "Hồng Hà"], partners_optional=["Côn Minh", "Hà Khẩu"],
        ),
    ),
    # 20. A central committee (not the ministry itself) works with a province.
    (
        "state_committee_nghe_an",
        """Thứ Bảy, 14/9/2024 - 11:20
Ủy ban Nhà nước về người Việt Nam ở nước ngoài làm việc với tỉnh Nghệ An
Ngày 13/9, Đoàn công tác của Ủy ban Nhà nước về người Việt Nam ở nước ngoài do ông Nguyễn Mạnh Đông, Phó Chủ nhiệm Ủy ban làm Trưởng đoàn đã làm việc với UBND tỉnh Nghệ An về công tác người Việt Nam ở nước ngoài.
Tiếp đoàn có đồng chí Bùi Đình Long, Phó Chủ tịch UBND tỉnh.
Báo cáo tại buổi làm việc, Giám đốc Sở Ngoại vụ Nguyễn Văn Thông cho biết, hiện có khoảng 40.000 người Nghệ An sinh sống, học tập, làm việc ở nước ngoài.
Phó Chủ tịch UBND tỉnh Bùi Đình Long kiến nghị Ủy ban Nhà nước về người Việt Nam ở nước ngoài hỗ trợ tỉnh tổ chức các chương trình xúc tiến đầu tư hướng tới doanh nhân kiều bào; đồng thời quan tâm bảo hộ công dân Nghệ An lao động tại nước ngoài.
Ông Nguyễn Mạnh Đông ghi nhận các kiến nghị của tỉnh và đề nghị tỉnh tiếp tục quan tâm công tác thông tin đối với kiều bào.
Thanh Thủy
""",
        dict(
            kind="central_delegation", province="Nghệ An", start="2024-09-13", end="2024-09-13",
            lead="Nguyễn Mạnh Đông", officials=["Nguyễn Mạnh Đông", "Bùi Đình Long", "Nguyễn Văn Thông"],
            requests=["xúc tiến đầu tư hướng tới doanh nhân kiều bào", "bảo hộ công dân Nghệ An"],
            partners=[],
        ),
    ),
    # 21. The province's own meeting with foreign NGOs, chaired by a vice-chairman.
    (
        "ngo_meeting_dong_thap",
        """Cập nhật ngày: 18/11/2023 07:45
Đồng Thap gặp gỡ các tổ chức phi chính phủ nước ngoài năm 2023
Sáng 17/11, UBND tỉnh Đồng Tháp tổ chức Hội nghị gặp gỡ các tổ chức phi chính phủ nước ngoài năm 2023. Phó Chủ tịch UBND tỉnh Đoàn Tấn Bửu chủ trì hội nghị.
Tham dự có đại diện 25 tổ chức phi chính phủ nước ngoài đang hoạt động tại tỉnh.
Năm 2023, các tổ chức phi chính phủ nước ngoài đã giải ngân hơn 1,2 triệu USD cho các dự án y tế, giáo dục, sinh kế tại Đồng Tháp.
Phát biểu tại hội nghị, Phó Chủ tịch Đoàn Tấn Bửu mong muốn các tổ chức phi chính phủ nước ngoài tiếp tục quan tâm, hỗ trợ tỉnh trong các lĩnh vực y tế, giáo dục và ứng phó biến đổi khí hậu.
Dịp này, UBND tỉnh tặng Bằng khen cho 5 tổ chức có nhiều đóng góp.
Minh Trí
""",
        dict(
            kind="provincial_event", province="Đồng Tháp", start="2023-11-17", end="2023-11-17",
            lead="Đoàn Tấn Bửu", officials=["Đoàn Tấn Bửu"],
            requests=["hỗ trợ tỉnh trong các lĩnh vực y tế"], partners=[],
        ),
    ),
    # 22. A delegation in a Korean province; a range "21 - 24/10".
    (
        "outbound_chungcheongnam",
        """02/11/2024 | 09:10
Nam Định tăng cường hợp tác với tỉnh Chungcheongnam (Hàn Quốc)
Từ ngày 21 - 24/10, Đoàn công tác tỉnh Nam Định do đồng chí Trần Anh Dũng, Phó Chủ tịch UBND tỉnh làm Trưởng đoàn đã thăm và làm việc tại tỉnh Chungcheongnam, Hàn Quốc.
Tại buổi làm việc với Phó Tỉnh trưởng tỉnh Chungcheongnam Jeon Hyung-sik, đồng chí Trần Anh Dũng đề nghị tỉnh Chungcheongnam tiếp nhận thêm lao động thời vụ của Nam Định làm việc trong lĩnh vực nông nghiệp.
Phó Tỉnh trưởng Jeon Hyung-sik cho biết tỉnh sẽ xem xét mở rộng chương trình lao động thời vụ trong năm 2025.
Đoàn cũng đã thăm một số doanh nghiệp tại thành phố Cheonan.
Hồng Minh
""",
        dict(
            kind="outbound_delegation", province="Nam Định", start="2024-10-21", end="2024-10-24",
            lead="Trần Anh Dũng", officials=["Trần Anh Dũng", "Jeon Hyung-sik"],
            requests=["tiếp nhận thêm lao động thời vụ"], partners=["Chungcheongnam"],
            partners_optional=["Cheonan"],
        ),
    ),
    # 5. The Party's Central External Relations Commission; the date sits in the middle of
    #    the first sentence, after the lead's title chain.
    (
        "chinhphu_ban_doi_ngoai_gia_lai",
        ("text", """15/09/2023 08:12
Ban Đối ngoại Trung ương làm việc với Tỉnh ủy Gia Lai
(Chinhphu.vn) - Đoàn công tác của Ban Đối ngoại Trung ương do đồng chí Lê Hoài Trung, Ủy viên Trung ương Đảng, Trưởng Ban Đối ngoại Trung ương làm trưởng đoàn, chiều 14/9, đã làm việc với Ban Thường vụ Tỉnh ủy Gia Lai về công tác đối ngoại của tỉnh.
Làm việc với đoàn có đồng chí Hồ Văn Niên, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Trương Hải Long, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Gia Lai.
Báo cáo với đoàn, Chủ tịch UBND tỉnh Trương Hải Long cho biết, giai đoạn 2020-2023, tỉnh đã đón 120 đoàn khách nước ngoài; ký kết và triển khai thỏa thuận hợp tác với tỉnh Ratanakiri (Campuchia) và tỉnh Attapeu (Lào).
Phát biểu tại buổi làm việc, Bí thư Tỉnh ủy Hồ Văn Niên kiến nghị Ban Đối ngoại Trung ương quan tâm, giúp đỡ tỉnh trong việc tổ chức Hội nghị hợp tác phát triển các tỉnh vùng Tam giác phát triển Campuchia - Lào - Việt Nam năm 2024 tại Gia Lai; hỗ trợ tỉnh đào tạo, bồi dưỡng cán bộ làm công tác đối ngoại, nhất là cán bộ biết tiếng Lào, tiếng Khmer.
Đồng chí Lê Hoài Trung đánh giá cao kết quả công tác đối ngoại của tỉnh; đề nghị Gia Lai tiếp tục thực hiện tốt đối ngoại Đảng, ngoại giao Nhà nước và đối ngoại nhân dân, tăng cường quan hệ với các tỉnh giáp biên.
Cùng dự có đồng chí Nguyễn Minh Tâm, Phó Trưởng Ban Đối ngoại Trung ương.
Minh Anh
"""),
        dict(
            kind="central_delegation", province="Gia Lai", start="2023-09-14", end="2023-09-14",
            lead="Lê Hoài Trung",
            officials=["Lê Hoài Trung", "Hồ Văn Niên", "Trương Hải Long", "Nguyễn Minh Tâm"],
            requests=["Tam giác phát triển Campuchia - Lào - Việt Nam", "cán bộ biết tiếng Lào"],
            partners=[["Ratanakiri", "Rattanakiri", "Ratanak Kiri"], ["Attapeu", "Attapư", "Át-tạ-pư"]],
        ),
    ),
    # 8. Two Russian stops, "Từ 23 đến 26/9", Latin names, and Vietnam's ambassador met there.
    (
        "outbound_khanh_hoa_russia_two_stops",
        ("text", """Thứ Bảy, 28/09/2024 - 18:30
Đoàn công tác tỉnh Khánh Hòa thăm và làm việc tại Liên bang Nga
Từ 23 đến 26/9, Đoàn công tác tỉnh Khánh Hòa do đồng chí Nguyễn Hải Ninh, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn Đại biểu Quốc hội tỉnh Khánh Hòa làm trưởng đoàn đã thăm và làm việc tại thành phố Saint Petersburg và tỉnh Irkutsk, Liên bang Nga.
Tham gia đoàn có đồng chí Trần Phong, Phó Chủ tịch UBND tỉnh và lãnh đạo các sở, ngành, địa phương.
Tại thành phố Saint Petersburg, đoàn đã làm việc với ông Vladimir Knyaginin, Phó Thống đốc thành phố. Bí thư Tỉnh ủy Nguyễn Hải Ninh đề nghị thành phố Saint Petersburg hỗ trợ đào tạo nhân lực ngành đóng tàu, kinh tế biển cho Khánh Hòa.
Tại tỉnh Irkutsk, Thống đốc Igor Kobzev đã tiếp đoàn. Hai bên đã ký kết Biên bản ghi nhớ về hợp tác trong lĩnh vực du lịch, giáo dục. Đồng chí Nguyễn Hải Ninh đề nghị tỉnh Irkutsk phối hợp nghiên cứu mở đường bay thẳng Irkutsk - Cam Ranh.
Trong thời gian ở Nga, đoàn đã đến thăm Đại sứ quán Việt Nam tại Liên bang Nga và làm việc với Đại sứ Đặng Minh Khôi.
Văn Kỳ
"""),
        dict(
            kind="outbound_delegation", province="Khánh Hòa", start="2024-09-23", end="2024-09-26",
            lead="Nguyễn Hải Ninh",
            officials=["Nguyễn Hải Ninh", "Trần Phong", "Vladimir Knyaginin", "Igor Kobzev",
                       "Đặng Minh Khôi"],
            requests=["đào tạo nhân lực ngành đóng tàu", "đường bay thẳng Irkutsk - Cam Ranh"],
            partners=[["Saint Petersburg", "St. Petersburg", "Sankt-Peterburg"], "Irkutsk"],
        ),
    ),
    # 9. The lead named after his title chain ("do Ủy viên ..., đồng chí Giàng Páo Mỷ làm
    #    trưởng đoàn"); Hmong and Thai names; an earlier MoU "ngày 9/12/2019"; the author's
    #    name (Hoàng Hà) looks like the partner's (Hồng Hà).
    (
        "outbound_lai_chau_hong_ha_title_first",
        ("text", """Cập nhật: 19/05/2024 07:10
Lai Châu hội đàm với châu Hồng Hà (Trung Quốc)
Trong hai ngày 17 và 18/5, Đoàn đại biểu tỉnh Lai Châu do Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh, đồng chí Giàng Páo Mỷ làm trưởng đoàn đã thăm và hội đàm với lãnh đạo châu tự trị dân tộc Cáp Nê, dân tộc Di Hồng Hà, tỉnh Vân Nam (Trung Quốc).
Tham gia đoàn có đồng chí Sùng A Lử, Phó Chủ tịch UBND tỉnh; bà Lò Thị Hương, Giám đốc Sở Ngoại vụ tỉnh.
Tiếp và hội đàm với đoàn có ông Trần Chí Cường, Phó Bí thư Châu ủy, Châu trưởng châu Hồng Hà.
Tại buổi hội đàm, đồng chí Giàng Páo Mỷ đề nghị châu Hồng Hà phối hợp hoàn thiện thủ tục nâng cấp cặp cửa khẩu Ma Lù Thàng - Kim Thủy Hà thành cửa khẩu quốc tế; tạo thuận lợi cho nông sản của Lai Châu như chuối, dứa, chè được xuất khẩu qua cửa khẩu.
Ông Trần Chí Cường khẳng định châu Hồng Hà sẽ tích cực phối hợp, báo cáo Chính phủ Nhân dân tỉnh Vân Nam xem xét.
Dịp này, đoàn đã thăm khu kinh tế cửa khẩu Kim Thủy Hà và huyện Kim Bình. Trước đó, ngày 9/12/2019, hai địa phương đã ký Biên bản ghi nhớ về hợp tác hữu nghị.
Bài, ảnh: Hoàng Hà
"""),
        dict(
            kind="outbound_delegation", province="Lai Châu", start="2024-05-17", end="2024-05-18",
            lead="Giàng Páo Mỷ",
            officials=["Giàng Páo Mỷ", "Sùng A Lử", "Lò Thị Hương", "Trần Chí Cường"],
            requests=["Ma Lù Thàng - Kim Thủy Hà", "nông sản của Lai Châu như chuối"],
            partners=["Hồng Hà"], partners_optional=["Vân Nam", "Kim Bình"],
        ),
    ),
    # 10. A National Assembly committee; "Bình Phước (TTXVN) -" dateline without a day; an
    #     agency byline at the end; three Cambodian provinces the province has ties with.
    (
        "ttxvn_na_committee_binh_phuoc",
        ("text", """22/08/2023 19:40
Ủy ban Đối ngoại của Quốc hội làm việc với tỉnh Bình Phước
Bình Phước (TTXVN) - Ngày 22/8, Đoàn công tác của Ủy ban Đối ngoại của Quốc hội do ông Vũ Hải Hà, Ủy viên Trung ương Đảng, Chủ nhiệm Ủy ban Đối ngoại của Quốc hội làm trưởng đoàn đã làm việc với UBND tỉnh Bình Phước về công tác đối ngoại và quản lý biên giới.
Tiếp và làm việc với đoàn có bà Trần Tuệ Hiền, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bình Phước; ông Huỳnh Anh Minh, Phó Chủ tịch UBND tỉnh.
Theo báo cáo của tỉnh, Bình Phước có đường biên giới dài 260,4 km với ba tỉnh Tbong Khmum, Kratie và Mondulkiri của Campuchia; tỉnh đã ký kết và duy trì quan hệ hợp tác với cả ba tỉnh.
Chủ tịch UBND tỉnh Trần Tuệ Hiền kiến nghị Trung ương quan tâm bố trí vốn đầu tư hoàn thiện đường tuần tra biên giới; đề xuất Ủy ban Đối ngoại kiến nghị Chính phủ cho phép nâng cấp cửa khẩu Hoàng Diệu thành cửa khẩu chính.
Ông Vũ Hải Hà ghi nhận các kiến nghị và cho biết sẽ tổng hợp, báo cáo các cơ quan có thẩm quyền.
Hồng Đạt (TTXVN)
"""),
        dict(
            kind="central_delegation", province="Bình Phước", start="2023-08-22", end="2023-08-22",
            lead="Vũ Hải Hà", officials=["Vũ Hải Hà", "Trần Tuệ Hiền", "Huỳnh Anh Minh"],
            requests=["đường tuần tra biên giới", "cửa khẩu Hoàng Diệu"],
            partners=["Tbong Khmum", ["Kratie", "Kratié", "Kratiê"], "Mondulkiri"],
        ),
    ),
    # 11. The province's own meeting with overseas Vietnamese; the State Committee's head only
    #     attends. A diaspora leader is quoted (an official in the GUIDE's sense); his Thai
    #     province of residence is no partner. The wish addressed to the diaspora is optional.
    (
        "thanh_hoa_kieu_bao_event",
        ("text", """Thứ Tư, 31/01/2024 - 06:30
Thanh Hóa gặp mặt kiều bào về quê đón Tết Giáp Thìn 2024
Chiều 30/1, UBND tỉnh Thanh Hóa tổ chức chương trình gặp mặt kiều bào Thanh Hóa ở nước ngoài về quê đón Tết Giáp Thìn 2024. Đồng chí Đỗ Minh Tuấn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì chương trình.
Tham dự có đồng chí Nguyễn Mạnh Đông, Thứ trưởng Bộ Ngoại giao, Chủ nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài; đồng chí Đầu Thanh Tùng, Phó Chủ tịch UBND tỉnh cùng hơn 100 kiều bào đến từ 15 quốc gia và vùng lãnh thổ.
Phát biểu tại buổi gặp mặt, Chủ tịch UBND tỉnh Đỗ Minh Tuấn mong muốn kiều bào tiếp tục là cầu nối quảng bá hình ảnh quê hương, giới thiệu các nhà đầu tư nước ngoài đến với Thanh Hóa. Đồng chí cũng đề nghị Ủy ban Nhà nước về người Việt Nam ở nước ngoài tiếp tục hỗ trợ tỉnh tổ chức các hoạt động kết nối doanh nhân kiều bào, nhất là tại Hàn Quốc và Nhật Bản.
Thứ trưởng Nguyễn Mạnh Đông đánh giá cao sự quan tâm của tỉnh với cộng đồng người Việt Nam ở nước ngoài.
Đại diện kiều bào, ông Lê Văn Hùng, Chủ tịch Hội người Việt Nam tại tỉnh Udon Thani (Thái Lan) bày tỏ mong muốn được đóng góp nhiều hơn cho quê hương.
Ngọc Huấn
"""),
        dict(
            kind="provincial_event", province="Thanh Hóa", start="2024-01-30", end="2024-01-30",
            lead="Đỗ Minh Tuấn",
            officials=["Đỗ Minh Tuấn", "Nguyễn Mạnh Đông", "Đầu Thanh Tùng", "Lê Văn Hùng"],
            requests=["kết nối doanh nhân kiều bào"],
            requests_optional=["quảng bá hình ảnh quê hương"],
            partners=[],
        ),
    ),
    # 12. A foreign NGO received; "QTO - Sáng nay, 12/6"; two district names in the ask.
    (
        "qto_ngo_emw_quang_tri",
        ("text", """12/06/2024 - 10:15
Phó Chủ tịch UBND tỉnh Hoàng Nam tiếp Giám đốc quốc gia Tổ chức Đông Tây Hội ngộ
QTO - Sáng nay, 12/6, Phó Chủ tịch UBND tỉnh Hoàng Nam đã tiếp ông Jeff Oakes, Giám đốc quốc gia Tổ chức Đông Tây Hội ngộ (EMW) tại Việt Nam, đến chào và làm việc về kế hoạch hỗ trợ của tổ chức tại tỉnh giai đoạn 2024 - 2025.
Cùng dự có ông Lê Đức Tiến, Phó Giám đốc Sở Ngoại vụ.
Ông Jeff Oakes cho biết, từ năm 2010 đến nay, EMW đã triển khai tại Quảng Trị 25 dự án với tổng giá trị hơn 4 triệu USD trong các lĩnh vực y tế, giáo dục, hỗ trợ người khuyết tật.
Phó Chủ tịch UBND tỉnh Hoàng Nam cảm ơn những đóng góp của EMW; đề nghị tổ chức tiếp tục quan tâm hỗ trợ tỉnh cải thiện điều kiện nước sạch, vệ sinh cho các trường học vùng đồng bào dân tộc thiểu số ở huyện Hướng Hóa, Đakrông, đồng thời mở rộng chương trình phục hồi chức năng cho người khuyết tật.
Ông Jeff Oakes cho biết sẽ tiếp tục vận động nguồn tài trợ để triển khai các dự án mới.
Thanh Trúc
"""),
        dict(
            kind="foreign_delegation", province="Quảng Trị", start="2024-06-12", end="2024-06-12",
            lead="Jeff Oakes", officials=["Hoàng Nam", "Jeff Oakes", "Lê Đức Tiến"],
            requests=["nước sạch, vệ sinh cho các trường học", "phục hồi chức năng"],
            partners=[],
        ),
    ),
    # 13. A foreign company received; dates written with dashes ("03-04-2024", "Chiều 3-4").
    (
        "long_an_lotte_company",
        ("text", """Thứ Tư, 03-04-2024, 18:20
Chủ tịch UBND tỉnh Long An tiếp Tập đoàn Lotte (Hàn Quốc)
Chiều 3-4, tại trụ sở UBND tỉnh, Chủ tịch UBND tỉnh Long An Nguyễn Văn Út tiếp và làm việc với ông Kim Sang-hyun, Phó Chủ tịch Tập đoàn Lotte (Hàn Quốc) cùng đoàn công tác.
Tham dự có Phó Chủ tịch UBND tỉnh Nguyễn Minh Lâm, Giám đốc Sở Kế hoạch và Đầu tư Huỳnh Văn Sơn.
Tại buổi làm việc, ông Kim Sang-hyun cho biết tập đoàn đang nghiên cứu đầu tư dự án trung tâm logistics và khu đô thị thông minh tại huyện Cần Giuộc với tổng vốn dự kiến 1,2 tỷ USD.
Chủ tịch UBND tỉnh Nguyễn Văn Út hoan nghênh ý định đầu tư của tập đoàn; đề nghị Lotte sớm hoàn thiện hồ sơ đề xuất dự án và ưu tiên sử dụng lao động địa phương. Tỉnh cũng mong muốn tập đoàn giới thiệu thêm các doanh nghiệp Hàn Quốc trong chuỗi cung ứng đến đầu tư vào các khu công nghiệp của Long An.
Long An cam kết tạo mọi điều kiện thuận lợi để nhà đầu tư triển khai dự án.
Phạm Ngọc
"""),
        dict(
            kind="foreign_delegation", province="Long An", start="2024-04-03", end="2024-04-03",
            lead="Kim Sang-hyun",
            officials=["Nguyễn Văn Út", "Kim Sang-hyun", "Nguyễn Minh Lâm", "Huỳnh Văn Sơn"],
            requests=["sớm hoàn thiện hồ sơ đề xuất dự án", "giới thiệu thêm các doanh nghiệp Hàn Quốc"],
            partners=[],
        ),
    ),
]


@pytest.mark.parametrize(("source", "exp"), [c[1:] for c in UNSEEN], ids=[c[0] for c in UNSEEN])
def test_unseen_article_is_read_as_a_careful_reader_would(source, exp):
    read_as_expected(source, exp)


def test_a_meeting_in_a_foreign_town_named_with_its_province_and_country_is_a_trip_abroad():
    text = (
        "Điện Biên - Phông Sa Lỳ hội đàm\n"
        "Sáng 5/6, tại thị xã Phôn Xá Vẳng, tỉnh Phông Sa Lỳ (Lào), đoàn đại biểu tỉnh Điện Biên do đồng chí "
        "Lò Văn Mừng làm trưởng đoàn đã hội đàm với đoàn đại biểu tỉnh Phông Sa Lỳ."
    )
    assert classify(text, "2024-06-06") == "outbound_delegation"


def test_a_foreign_ministry_is_no_central_body_and_its_capital_is_a_venue_abroad():
    text = (
        "Đoàn đại biểu tỉnh Kon Tum chào Thứ trưởng Bộ Ngoại giao Campuchia\n"
        "Ngày 9/9, tại Phnôm Pênh, đoàn đại biểu tỉnh Kon Tum do Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã chào xã "
        "giao Thứ trưởng Bộ Ngoại giao Campuchia."
    )
    assert classify(text, "2024-09-10") == "outbound_delegation"
    text = (
        "Tuyên Quang tiếp đoàn châu Văn Sơn\n"
        "Ngày 20/8, Phó Chủ tịch UBND tỉnh Tuyên Quang tiếp đoàn công tác châu Văn Sơn (Trung Quốc). Phía bạn có "
        "Cục trưởng Cục Ngoại vụ châu Văn Sơn."
    )
    assert classify(text, "2025-08-21") == "foreign_delegation"
    text = (
        "Thứ trưởng Bộ Ngoại giao làm việc với tỉnh Kon Tum\n"
        "Ngày 9/9, Thứ trưởng Bộ Ngoại giao Việt Nam làm việc với tỉnh Kon Tum."
    )
    assert classify(text, "2024-09-10") == "central_delegation"


def test_a_continent_a_community_or_a_companys_seat_is_no_venue_abroad():
    text = (
        "Bến Tre tiếp Đại sứ Bỉ\n"
        "Sáng 12/4, Chủ tịch UBND tỉnh Bến Tre tiếp Đại sứ Bỉ tại Việt Nam. Đại sứ cho biết doanh nghiệp Bỉ muốn "
        "đưa sản phẩm dừa của tỉnh xuất khẩu sang châu Âu và Hoa Kỳ."
    )
    assert classify(text, "2024-04-13") == "foreign_delegation"
    text = (
        "Quảng Trị tiếp đoàn kiều bào\n"
        "Sáng 2/2, Phó Chủ tịch UBND tỉnh tiếp đoàn Hội người Việt tại Viêng Chăn (Lào) về thăm quê hương, chúc Tết."
    )
    assert classify(text, "2024-02-03") != "outbound_delegation"
    text = (
        "Hà Nam tiếp Tập đoàn Kyocera\n"
        "Chiều 5/6, Chủ tịch UBND tỉnh tiếp đoàn Tập đoàn Kyocera (Nhật Bản), tập đoàn có trụ sở chính tại Tokyo."
    )
    assert classify(text, "2024-06-06") == "foreign_delegation"
    text = (
        "Đại sứ Việt Nam tại Lào chào lãnh đạo tỉnh Nghệ An\n"
        "Sáng 7/3, Bí thư Tỉnh ủy tiếp Đại sứ Nguyễn Minh Tâm đến chào trước khi sang Viêng Chăn nhận nhiệm vụ."
    )
    assert classify(text, "2024-03-08") != "outbound_delegation"


def test_a_foreign_ministry_named_with_a_country_in_any_form_is_foreign():
    text = "Kon Tum tiếp đoàn\nNgày 9/9, lãnh đạo tỉnh Kon Tum tiếp Thứ trưởng Bộ Ngoại giao Đức tại trụ sở UBND tỉnh."
    assert classify(text, "2024-09-10") == "foreign_delegation"


def test_the_provinces_delegation_at_a_place_the_gazetteer_knows_abroad_is_a_trip():
    text = (
        "Bình Phước xúc tiến hợp tác\n"
        "(BP) - Ngày 11/9, tại thành phố Busan, đoàn công tác tỉnh Bình Phước do Phó Chủ tịch UBND tỉnh dẫn đầu đã "
        "làm việc với Phó Thị trưởng thành phố về thu hút doanh nghiệp Hàn Quốc."
    )
    assert classify(text, "2024-09-12") == "outbound_delegation"
    text = (
        "Bình Phước xúc tiến hợp tác\n"
        "Ngày 11/9, tại thành phố Đồng Xoài, đoàn công tác tỉnh Bình Phước làm việc với doanh nghiệp Hàn Quốc."
    )
    assert classify(text, "2024-09-12") != "outbound_delegation"


def test_an_island_abroad_is_a_venue_and_a_bare_commune_name_is_not():
    text = (
        "Khánh Hòa xúc tiến du lịch\n"
        "Ngày 9/5, tại đảo Bali (Indonesia), đoàn công tác tỉnh Khánh Hòa do Phó Chủ tịch UBND tỉnh dẫn đầu đã làm "
        "việc với chính quyền tỉnh Bali."
    )
    assert classify(text, "2024-05-10") == "outbound_delegation"
    text = (
        "Bắc Giang tiếp đoàn Campuchia\n"
        "Ngày 20/8, tại Kép, đoàn công tác tỉnh Bắc Giang đã tiếp đoàn đại biểu tỉnh Kampot (Campuchia)."
    )
    assert classify(text, "2024-08-21") != "outbound_delegation"


def test_a_foreign_spelling_abroad_needs_no_kind_word():
    text = (
        "Khánh Hòa xúc tiến du lịch\n"
        "Ngày 11/9/2023, tại Busan, đoàn công tác tỉnh Khánh Hòa do Phó Chủ tịch UBND tỉnh dẫn đầu đã làm việc với "
        "Sở Du lịch thành phố về thu hút khách Hàn Quốc."
    )
    assert classify(text, "2023-09-12") == "outbound_delegation"


def test_talks_held_online_are_the_provinces_own_meeting():
    text = (
        "Cao Bằng hội đàm trực tuyến với thành phố Sùng Tả (Trung Quốc)\n"
        "Sáng 8/4, UBND tỉnh Cao Bằng tổ chức hội đàm trực tuyến với Chính quyền thành phố Sùng Tả, Quảng Tây "
        "(Trung Quốc) về công tác quản lý biên giới."
    )
    assert classify(text, "2024-04-09") == "provincial_event"
    # a visit some of whose participants join online stays the guests'
    text = (
        "Cao Bằng tiếp đoàn thành phố Sùng Tả (Trung Quốc)\n"
        "Sáng 8/4, UBND tỉnh Cao Bằng tiếp đoàn thành phố Sùng Tả, Quảng Tây (Trung Quốc) theo hình thức trực "
        "tuyến kết hợp trực tiếp."
    )
    assert classify(text, "2024-04-09") == "foreign_delegation"


def test_a_ward_of_the_province_is_home_and_workers_abroad_are_no_venue():
    text = (
        "Thái Nguyên đề nghị tỉnh Gyeonggi tiếp nhận thêm lao động\n"
        "Ngày 4/9, tại phường Phan Đình Phùng, Phó Chủ tịch UBND tỉnh Thái Nguyên tiếp đoàn công tác tỉnh Gyeonggi "
        "(Hàn Quốc) đến thăm và làm việc tại tỉnh.\n"
        "Dự buổi tiếp có đại diện các xã có nhiều lao động đang làm việc tại Hàn Quốc."
    )
    assert classify(text, "2025-09-05") == "foreign_delegation"


def test_the_ministry_organising_with_the_province_brings_a_central_delegation():
    text = (
        "Đoàn Ngoại giao tìm hiểu tiềm năng tỉnh Bình Định\n"
        "Ngày 9/5, Bộ Ngoại giao phối hợp với UBND tỉnh Bình Định tổ chức Hội nghị kết nối hợp tác quốc tế. "
        "Thứ trưởng Bộ Ngoại giao dẫn đầu đoàn gồm 30 Đại sứ."
    )
    assert classify(text, "2024-05-10") == "central_delegation"


def test_online_is_the_meetings_mode_only():
    text = (
        "Bình Phước tiếp Tổng Lãnh sự Nhật Bản\n"
        "Chiều 5/6, Chủ tịch UBND tỉnh Bình Phước tiếp Tổng Lãnh sự Nhật Bản tại TP Hồ Chí Minh. Hai bên trao đổi về "
        "kinh nghiệm phát triển dịch vụ công trực tuyến."
    )
    assert classify(text, "2024-06-06") == "foreign_delegation"
    for mode in ("được kết nối trực tuyến tới các huyện biên giới", "diễn ra theo hình thức trực tiếp kết hợp trực tuyến"):
        text = (
            "Ủy ban Biên giới quốc gia làm việc với tỉnh Lai Châu\n"
            f"Sáng 21/8, đoàn công tác Ủy ban Biên giới quốc gia, Bộ Ngoại giao làm việc với UBND tỉnh Lai Châu. "
            f"Buổi làm việc {mode}."
        )
        assert classify(text, "2024-08-22") == "central_delegation", mode


def test_a_commune_abroad_is_abroad_and_the_ministry_co_organising_comes_as_central():
    text = (
        "Đoàn đại biểu tỉnh An Giang trao nhà tình nghĩa tại Campuchia\n"
        "Ngày 14/7, Đoàn đại biểu tỉnh An Giang do Phó Chủ tịch UBND tỉnh dẫn đầu đã đến thăm, trao tặng nhà tình "
        "nghĩa tại xã Phnom Den, huyện Kiri Vong, tỉnh Takeo, Vương quốc Campuchia."
    )
    assert classify(text, "2024-07-15") == "outbound_delegation"
    text = (
        "Hội nghị xúc tiến đầu tư vào Bình Định\n"
        "Sáng 8/11, Bộ Ngoại giao phối hợp với UBND tỉnh Bình Định tổ chức Hội nghị xúc tiến đầu tư với sự tham dự "
        "của Đại sứ Hàn Quốc và đại diện 30 cơ quan đại diện nước ngoài."
    )
    assert classify(text, "2024-11-09") == "central_delegation"
    text = (
        "Hội nghị kết nối Cần Thơ với các đối tác quốc tế\n"
        "Ngày 7/11, Bộ Ngoại giao và UBND thành phố Cần Thơ đồng tổ chức Hội nghị kết nối hợp tác quốc tế."
    )
    assert classify(text, "2024-11-08") == "central_delegation"


def test_where_martyrs_fell_or_firms_invest_is_no_venue():
    text = (
        "Tổng Lãnh sự Campuchia chúc mừng Long An\n"
        "Chiều 26/4, Chủ tịch UBND tỉnh Long An tiếp ông Sok Dara, Tổng Lãnh sự Campuchia tại TP Hồ Chí Minh.\n"
        "Ông đề nghị Tổng Lãnh sự quán hỗ trợ tìm kiếm hài cốt liệt sĩ quân tình nguyện hy sinh tại Campuchia."
    )
    assert classify(text, "2024-04-27") == "foreign_delegation"


def test_a_named_province_abroad_and_a_wire_from_abroad():
    text = (
        "Đoàn đại biểu tỉnh Sơn La thăm tỉnh Luang Prabang\n"
        "Từ ngày 18 đến ngày 21/9, đoàn đại biểu tỉnh Sơn La do Bí thư Tỉnh ủy làm trưởng đoàn đã thăm, làm việc tại "
        "tỉnh Luang Prabang và chào xã giao Đại sứ quán Việt Nam tại Thủ đô Viêng Chăn, nước CHDCND Lào."
    )
    assert classify(text, "2023-09-22") == "outbound_delegation"
    text = (
        "Đồng Tháp và Prey Veng thúc đẩy hợp tác\n"
        "Phnôm Pênh (TTXVN) - Ngày 12/3, tại thành phố Prey Veng, đoàn công tác tỉnh Đồng Tháp do Phó Chủ tịch UBND "
        "tỉnh dẫn đầu đã hội đàm với lãnh đạo tỉnh Prey Veng."
    )
    assert classify(text, "2025-03-12") == "outbound_delegation"


def test_a_vietnamese_city_is_home_and_investing_abroad_is_a_trip():
    for venue in ("tại thành phố Hồ Chí Minh", "tại thành phố Hạ Long"):
        text = (
            "Lãnh đạo tỉnh tiếp Tổng Lãnh sự Hàn Quốc\n"
            f"Ngày 5/3, {venue}, Phó Chủ tịch UBND tỉnh Quảng Ninh tiếp Tổng Lãnh sự Hàn Quốc.\n"
            "Tổng Lãnh sự cho biết nhiều doanh nghiệp muốn mở rộng sản xuất tại Hàn Quốc và Việt Nam."
        )
        assert classify(text, "2024-03-06") == "foreign_delegation", venue
    text = (
        "Bắc Giang xúc tiến đầu tư tại Nhật Bản\n"
        "Ngày 11/10, đoàn công tác tỉnh Bắc Giang do Chủ tịch UBND tỉnh dẫn đầu tổ chức Hội nghị xúc tiến đầu tư "
        "tại Nhật Bản."
    )
    assert classify(text, "2023-10-12") == "outbound_delegation"


def test_a_wire_from_abroad_on_a_delegation_coming_here_is_no_trip():
    text = (
        "Đoàn Thủ đô Viêng Chăn thăm Hà Nội\n"
        "Viêng Chăn (TTXVN) - Ngày 4/12, Đoàn đại biểu Thủ đô Viêng Chăn sang thăm Hà Nội theo lời mời của lãnh đạo "
        "thành phố."
    )
    assert classify(text, "2023-12-05") != "outbound_delegation"


def test_a_signing_at_home_that_a_foreign_sides_delegation_came_to_is_the_guests_visit():
    text = (
        "Lào Cai và Hà Khẩu ký thỏa thuận hợp tác\n"
        "Cập nhật ngày: 09/05/2024 - 10:15\n"
        "Sáng 9/5, tại thành phố Lào Cai, UBND tỉnh Lào Cai và Chính quyền huyện Hà Khẩu (Trung Quốc) tổ chức lễ ký "
        "kết thỏa thuận hợp tác. Đoàn đại biểu huyện Hà Khẩu do ông Lý Kiến Quốc, Huyện trưởng làm trưởng đoàn."
    )
    assert classify(text, "2024-05-09") == "foreign_delegation"
    # the province's own ceremony, its own delegation named: still its event
    own = (
        "Lào Cai tổng kết công tác đối ngoại\n"
        "Sáng 9/5, UBND tỉnh Lào Cai tổ chức hội nghị tổng kết công tác đối ngoại với Trung Quốc. Đoàn công tác "
        "tỉnh Lào Cai do ông Trịnh Xuân Trường làm trưởng đoàn báo cáo kết quả chuyến thăm Vân Nam."
    )
    assert classify(own, "2024-05-09") == "provincial_event"


def test_a_wire_from_abroad_with_its_day_places_the_delegation_there():
    text = (
        "Quảng Nam thúc đẩy hợp tác với vùng Normandie\n"
        "Paris, 15/5 (TTXVN) - Ngày 14/5, đoàn công tác tỉnh Quảng Nam do Phó Chủ tịch UBND tỉnh dẫn đầu đã làm việc "
        "với Hội đồng vùng Normandie."
    )
    assert classify(text, "2024-05-15") == "outbound_delegation"


def test_a_course_the_provinces_department_opens_is_its_own_event():
    text = (
        "Long An mở lớp bồi dưỡng kiến thức đối ngoại năm 2022\n"
        "Ngày 14/6, Sở Ngoại vụ tỉnh Long An phối hợp với Học viện Ngoại giao khai giảng lớp bồi dưỡng kiến thức, "
        "kỹ năng về công tác đối ngoại năm 2022 cho cán bộ các sở, ngành."
    )
    assert classify(text, "2022-06-14") == "provincial_event"
    # the Diplomatic Academy's own course in the capital for many provinces is nobody's activity here
    text = (
        "Khai giảng lớp bồi dưỡng kiến thức đối ngoại cho các địa phương phía Nam\n"
        "Sáng 9/9, tại Hà Nội, Học viện Ngoại giao khai giảng lớp bồi dưỡng kiến thức đối ngoại cho cán bộ lãnh đạo "
        "cấp sở của 20 tỉnh, thành phố phía Nam."
    )
    assert classify(text, "2024-09-10") is None


def test_people_of_the_province_living_abroad_do_not_send_it_abroad():
    text = (
        "Ủy ban Nhà nước về người Việt Nam ở nước ngoài làm việc tại Quảng Trị\n"
        "Chiều 18/8, Phó Chủ tịch UBND tỉnh Quảng Trị tiếp Đoàn công tác Ủy ban Nhà nước về người Việt Nam ở nước ngoài "
        "do Thứ trưởng Bộ Ngoại giao dẫn đầu. Giám đốc Sở Ngoại vụ báo cáo, hiện có khoảng 20.000 người gốc Quảng "
        "Trị đang sinh sống, học tập, làm việc tại hơn 30 quốc gia, tập trung đông tại Hoa Kỳ."
    )
    assert classify(text, "2022-08-19") == "central_delegation"


def test_an_event_the_province_asks_help_for_is_not_its_own_event():
    text = (
        "Thứ trưởng Bộ Ngoại giao làm việc với tỉnh Bình Thuận\n"
        "Chiều 5/3, Đoàn công tác Bộ Ngoại giao do Thứ trưởng làm trưởng đoàn đã làm việc với UBND tỉnh Bình Thuận. "
        "Chủ tịch UBND tỉnh đề nghị Bộ hỗ trợ tỉnh tổ chức Hội nghị xúc tiến đầu tư tại Nhật Bản."
    )
    assert classify(text, "2024-03-06") == "central_delegation"


def test_the_provinces_own_friendship_association_is_no_foreign_delegation():
    text = (
        "Điện Biên kỷ niệm 60 năm quan hệ ngoại giao Việt Nam - Lào\n"
        "Tối 5/9, Tỉnh ủy, HĐND, UBND tỉnh Điện Biên long trọng tổ chức lễ kỷ niệm 60 năm quan hệ ngoại giao Việt - "
        "Lào; Đoàn đại biểu Hội Hữu nghị Việt - Lào tỉnh do ông Lò Văn Tiến, Chủ tịch Hội làm trưởng đoàn."
    )
    assert classify(text, "2022-09-06") == "provincial_event"


def test_a_colleges_language_class_with_a_foreign_company_is_no_activity():
    text = (
        "Khai giảng lớp tiếng Nhật cho học sinh\n"
        "Ngày 5/9, Trường Cao đẳng Kỹ thuật công nghiệp tỉnh Quảng Bình phối hợp với Công ty TNHH Sakura khai giảng "
        "lớp tiếng Nhật cho 50 học sinh."
    )
    assert classify(text, "2024-09-06") is None


def test_a_purpose_or_a_foreign_co_host_leaves_the_provinces_event_its_own():
    text = (
        "Bắc Giang kết nối doanh nghiệp với thị trường Nhật Bản\n"
        "Nhằm hỗ trợ doanh nghiệp, ngày 9/4, Sở Ngoại vụ tỉnh Bắc Giang tổ chức Hội nghị kết nối doanh nghiệp với "
        "thị trường Nhật Bản, với sự tham dự của Tổng Lãnh sự Nhật Bản tại Hà Nội."
    )
    assert classify(text, "2024-04-10") == "provincial_event"
    text = (
        "Nghệ An kỷ niệm quan hệ hữu nghị với Xiêng Khoảng\n"
        "Tối 5/9, tại thành phố Vinh, UBND tỉnh Nghệ An phối hợp với tỉnh Xiêng Khoảng (Lào) tổ chức Lễ kỷ niệm 62 năm "
        "quan hệ hữu nghị. Chủ tịch UBND tỉnh Nghệ An chủ trì buổi lễ."
    )
    assert classify(text, "2024-09-06") == "provincial_event"


def test_a_ministry_delegation_working_on_an_events_preparation_is_central():
    text = (
        "Đoàn công tác Bộ Ngoại giao làm việc với tỉnh Quảng Bình\n"
        "Ngày 9/8/2024, Đoàn công tác Bộ Ngoại giao do Thứ trưởng làm trưởng đoàn đã có buổi làm việc với lãnh đạo "
        "tỉnh Quảng Bình về công tác đối ngoại và việc chuẩn bị tổ chức Lễ hội hang động năm 2025."
    )
    assert classify(text) == "central_delegation"


def test_a_vietnamese_consul_among_those_attending_leaves_the_foreign_guests_visit_theirs():
    text = (
        "UBND tỉnh tiếp Đoàn đại biểu tỉnh Hủa Phăn (Lào)\n"
        "Chiều 4/4, tại trụ sở UBND tỉnh, Chủ tịch UBND tỉnh Thanh Hóa đã tiếp và hội đàm với Đoàn đại biểu tỉnh Hủa "
        "Phăn (nước CHDCND Lào) do đồng chí Phăn Đuông, Phó Tỉnh trưởng tỉnh Hủa Phăn làm trưởng đoàn.\n"
        "Cùng dự có đồng chí Lê Văn Bình, Tổng Lãnh sự Việt Nam tại Luông Pha Bang."
    )
    assert classify(text) == "foreign_delegation"


def test_a_delegation_at_a_special_administrative_region_abroad_is_outbound():
    text = (
        "Quảng Nam quảng bá du lịch tại hội chợ\n"
        "Từ ngày 4 đến 7/6, đoàn công tác tỉnh Quảng Nam do Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã tham dự Hội chợ "
        "Du lịch quốc tế và làm việc với một số cơ quan tại Đặc khu hành chính Ma Cao (Trung Quốc)."
    )
    assert classify(text) == "outbound_delegation"


def test_a_wire_from_abroad_on_the_provinces_own_leader_is_an_outbound_trip():
    text = (
        "Hải Phòng và Kitakyushu thúc đẩy hợp tác\n"
        "Kitakyushu (TTXVN) - Chiều 24/10/2023, Chủ tịch UBND thành phố Hải Phòng đã có cuộc hội đàm với Thị trưởng "
        "thành phố Kitakyushu."
    )
    assert classify(text) == "outbound_delegation"


def test_a_meeting_during_the_provinces_working_trip_to_a_country_is_outbound():
    text = (
        "Cần Thơ muốn Fukuoka hỗ trợ đào tạo nhân lực\n"
        "Đề nghị được Phó Chủ tịch UBND thành phố Cần Thơ nêu khi hội kiến Thống đốc tỉnh Fukuoka, chiều 16/4/2024, "
        "trong chuyến công tác Nhật Bản từ ngày 14 đến 19/4 của đoàn đại biểu thành phố."
    )
    assert classify(text) == "outbound_delegation"


@pytest.mark.parametrize(
    "text",
    [
        "Khánh Hòa mời gọi đầu tư\nNgày 17/4/2024 (giờ địa phương), tại TP.Pune (Ấn Độ), đoàn công tác tỉnh Khánh Hòa "
        "do Chủ tịch UBND tỉnh dẫn đầu đã làm việc với lãnh đạo bang Maharashtra.",
        "Đà Nẵng thúc đẩy hợp tác với Sakai\nNgày 20/11/2024, đoàn công tác thành phố Đà Nẵng do Phó Chủ tịch UBND "
        "thành phố làm trưởng đoàn đã làm việc với lãnh đạo thành phố Sakai, tỉnh Osaka (Nhật Bản).",
        "Hà Giang hội đàm với châu Văn Sơn (Trung Quốc)\nNgày 11/9/2024, Đoàn công tác tỉnh Hà Giang do Chủ tịch UBND tỉnh làm Trưởng "
        "đoàn đã sang thăm và làm việc tại châu Văn Sơn.",
        "TP.Đà Nẵng đề nghị TP.Daegu mở thêm đường bay\nTP.Đà Nẵng đề nghị TP.Daegu khuyến khích các hãng hàng không mở "
        "thêm đường bay thẳng. Ngày 12.10.2024 (giờ địa phương), tại TP.Daegu, đoàn công tác TP.Đà Nẵng do Chủ tịch "
        "UBND TP.Đà Nẵng làm trưởng đoàn đã có buổi làm việc với Thị trưởng TP.Daegu.",
    ],
)
def test_the_provinces_delegation_at_a_foreign_place_written_in_other_ways_is_outbound(text):
    assert classify(text) == "outbound_delegation"


def test_the_provinces_delegation_in_talks_with_a_foreign_citys_leaders_is_outbound():
    text = (
        "Hà Giang và châu Văn Sơn thúc đẩy hợp tác\n"
        "Ngày 12/4, Đoàn công tác tỉnh Hà Giang do ông Lò Văn Thắm, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã có "
        "buổi hội đàm với lãnh đạo thành phố Mông Tự (tỉnh Vân Nam, Trung Quốc) tại thành phố Mông Tự."
    )
    assert classify(text, "2024-04-13") == "outbound_delegation"
    # the foreign city's delegation in talks with the province's leaders stays a guest
    text = (
        "Hà Giang tiếp đoàn thành phố Mông Tự\n"
        "Ngày 12/4, tại trụ sở UBND tỉnh, lãnh đạo tỉnh Hà Giang đã có buổi hội đàm với Đoàn công tác thành phố "
        "Mông Tự (tỉnh Vân Nam, Trung Quốc)."
    )
    assert classify(text, "2024-04-13") == "foreign_delegation"


def test_the_provinces_workers_counted_abroad_do_not_make_a_ministrys_visit_a_trip_abroad():
    text = (
        "Cục Lãnh sự làm việc với Quảng Nam về công tác bảo hộ công dân\n"
        "Chiều nay 18/3, Phó Chủ tịch UBND tỉnh Quảng Nam có buổi làm việc với đoàn công tác Cục Lãnh sự (Bộ Ngoại "
        "giao) do Cục trưởng làm trưởng đoàn, về công tác lãnh sự, bảo hộ công dân.\n"
        "Theo báo cáo, năm 2024, Quảng Nam có hơn 2.100 người đi làm việc có thời hạn ở nước ngoài, chủ yếu tại Nhật "
        "Bản, Hàn Quốc và Đài Loan (Trung Quốc)."
    )
    assert classify(text, "2025-03-18") == "central_delegation"


@pytest.mark.parametrize(
    "text",
    [
        # a friendship visit named in the headline, the country in brackets
        "Đoàn đại biểu cấp cao tỉnh Hà Tĩnh thăm hữu nghị chính thức tỉnh Bolikhamxay (Lào)\n"
        "Từ ngày 5 đến 7/3, đoàn đã hội đàm với lãnh đạo tỉnh bạn về hợp tác giai đoạn mới.",
        # the delegation crosses the border "sang huyện ..., châu ..."
        "Lào Cai hội đàm với Hà Khẩu\n"
        "Ngày 9/5, đoàn đại biểu tỉnh Lào Cai do ông Vy Minh Đức, Phó Chủ tịch UBND tỉnh dẫn đầu đã qua cửa khẩu "
        "Kim Thành sang huyện Hà Khẩu, châu tự trị dân tộc Cáp Nhì, dân tộc Di Hồng Hà, tỉnh Vân Nam (Trung Quốc) "
        "hội đàm với lãnh đạo huyện.",
        # the host locality named by the gazetteer alone, no country in the sentence
        "Đoàn đại biểu tỉnh Đồng Tháp chúc mừng Lễ Phchum Ben\n"
        "Ngày 20/9, đoàn đại biểu tỉnh Đồng Tháp do ông Trần Văn Nam, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã "
        "đến thăm, chúc mừng lãnh đạo và nhân dân tỉnh Prey Veng nhân dịp lễ truyền thống.",
    ],
)
def test_the_provinces_delegation_visiting_a_named_foreign_locality_is_outbound(text):
    assert classify(text, "2024-09-21") == "outbound_delegation"


def test_a_foreign_localitys_friendship_visit_to_the_province_stays_a_guests_visit():
    text = (
        "Đoàn đại biểu tỉnh Bolikhamxay (Lào) thăm hữu nghị tỉnh Hà Tĩnh\n"
        "Ngày 5/3, tại trụ sở UBND tỉnh, lãnh đạo tỉnh Hà Tĩnh đã tiếp đoàn đại biểu tỉnh Bolikhamxay do ông "
        "Vilay Lattanavong, Phó Tỉnh trưởng làm trưởng đoàn, sang thăm hữu nghị tỉnh Hà Tĩnh."
    )
    assert classify(text, "2024-03-06") == "foreign_delegation"


@pytest.mark.parametrize(
    "text",
    [
        # the day told in the host's time, the city abbreviated
        "TP.HCM muốn học kinh nghiệm của Osaka\n"
        "Chiều 17-4 (giờ Nhật Bản), tại Osaka, đoàn công tác TP.HCM do ông Trần Văn Nam dẫn đầu đã hội kiến Phó Thống "
        "đốc tỉnh Osaka.",
        # ... after a sapo
        "Đà Nẵng đề nghị Yokohama hỗ trợ đào tạo\n"
        "Lãnh đạo Đà Nẵng mong thành phố Yokohama (Nhật Bản) giúp đào tạo cán bộ quản lý đô thị.\n"
        "Sáng 10/9 (giờ địa phương), đoàn công tác TP Đà Nẵng đã làm việc với Phó Thị trưởng Yokohama.",
        # a fair in a foreign capital
        "Lâm Đồng quảng bá điểm đến du lịch\n"
        "Từ ngày 24 đến 28/9, đoàn công tác tỉnh Lâm Đồng do Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã tham gia Hội "
        "chợ Du lịch quốc tế tại Tokyo và làm việc với một số địa phương.",
    ],
)
def test_the_provinces_delegation_told_in_the_hosts_time_or_at_a_foreign_capitals_fair_is_outbound(text):
    assert classify(text, "2024-09-29") == "outbound_delegation"


def test_a_fair_at_home_is_not_a_trip_abroad():
    text = (
        "Lâm Đồng tham gia Hội chợ Du lịch quốc tế\n"
        "Từ ngày 24 đến 28/9, đoàn công tác tỉnh Lâm Đồng đã tham gia Hội chợ Du lịch quốc tế tại Hà Nội, gặp gỡ Đại sứ "
        "Nhật Bản và các doanh nghiệp lữ hành."
    )
    assert classify(text, "2024-09-29") != "outbound_delegation"


def test_the_provinces_meeting_with_the_envoys_is_its_own_event_and_cu_ba_is_a_country():
    text = (
        "Quảng Nam gặp gỡ các Đại sứ, Trưởng cơ quan đại diện nước ngoài\n"
        "Tối 15/10, tại Hà Nội, UBND tỉnh Quảng Nam tổ chức buổi gặp gỡ các Đại sứ, Trưởng cơ quan đại diện ngoại giao "
        "tại Việt Nam nhằm giới thiệu tiềm năng hợp tác của tỉnh."
    )
    assert classify(text, "2019-10-16") == "provincial_event"
    text = (
        "Lãnh đạo tỉnh tiếp đoàn đại biểu tỉnh Granma\n"
        "Ngày 22/7, Phó Chủ tịch UBND tỉnh Thái Bình đã tiếp đoàn đại biểu tỉnh Granma (Cộng hòa Cu Ba) sang thăm và "
        "làm việc tại tỉnh."
    )
    assert classify(text, "2015-07-23") == "foreign_delegation"


@pytest.mark.parametrize(
    "text",
    [
        # told from the host's side
        "Lãnh đạo tỉnh Hủa Phăn tiếp đoàn đại biểu cấp cao tỉnh Thanh Hóa\n"
        "Chiều 6/9, tại thủ phủ Sầm Nưa, Tỉnh trưởng tỉnh Hủa Phăn đã tiếp đoàn đại biểu cấp cao tỉnh Thanh Hóa do Phó "
        "Bí thư Tỉnh ủy làm trưởng đoàn.",
        # local time written without brackets, the delegation unnamed
        "Bà Rịa - Vũng Tàu làm việc với thành phố Houston\n"
        "Rạng sáng 19/9 (giờ Việt Nam), tức chiều 18/9 theo giờ địa phương, đoàn công tác tỉnh do đồng chí Đặng Văn "
        "Khoa, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã có buổi làm việc với Cảng vụ Houston và lãnh đạo TP. Houston, "
        "bang Texas (Hoa Kỳ).",
        # "đoàn công tác của tỉnh" left unnamed, a country after the travel verb
        "Đoàn công tác Quảng Bình thăm cộng đồng người Việt\n"
        "Từ ngày 24 đến 28/8, đoàn công tác của tỉnh do đồng chí Hoàng Văn Khoa, Phó Chủ tịch UBND tỉnh làm trưởng đoàn "
        "đã đến thăm, làm việc tại tỉnh Sakon Nakhon và thăm cộng đồng người Việt Nam sinh sống ở khu vực Đông Bắc Thái "
        "Lan.",
    ],
)
def test_the_provinces_delegation_received_abroad_told_in_other_ways_is_outbound(text):
    assert classify(text, "2018-09-07") == "outbound_delegation"


def test_the_host_received_the_province_with_its_heads_name_after_the_hosts():
    text = (
        "Savannakhet mong muốn cùng Quảng Trị khai thác Hành lang kinh tế Đông - Tây\n"
        "Chính quyền tỉnh Savannakhet đánh giá cao hiệu quả hợp tác với tỉnh Quảng Trị trong thời gian qua và mong muốn "
        "hai bên tiếp tục khai thác tốt tiềm năng của Hành lang kinh tế.\n"
        "Tỉnh trưởng Savannakhet (phải) tiếp đoàn đại biểu tỉnh Quảng Trị.\n"
        "Ngày 24/10, tại thành phố Kaysone Phomvihane, Tỉnh trưởng tỉnh Savannakhet Bounthong Sisouphanh đã tiếp đoàn "
        "đại biểu cấp cao tỉnh Quảng Trị (Việt Nam) đang thăm và làm việc tại Lào."
    )
    assert classify(text, "2019-10-25") == "outbound_delegation"


@pytest.mark.parametrize(
    "text,expected",
    [
        # workers sent abroad are no trip abroad
        ("Cần Thơ muốn đưa lao động kỹ năng sang Nhật Bản\n"
         "Ngày 7.3, Phó Chủ tịch UBND TP Cần Thơ đã tiếp ông Ota Kenichi, Tổng Lãnh sự Nhật Bản tại TP Hồ Chí Minh.",
         "foreign_delegation"),
        # nor workers staying there unlawfully
        ("Hà Tĩnh đề nghị Cục Lãnh sự hỗ trợ giải quyết tình trạng lao động cư trú bất hợp pháp ở Hàn Quốc\n"
         "Ngày 20/10, đoàn công tác Cục Lãnh sự (Bộ Ngoại giao) đã làm việc với UBND tỉnh Hà Tĩnh.",
         "central_delegation"),
        # the parties named after the home venue
        ("Kon Tum và Attapeu (Lào) ký kết thỏa thuận hợp tác năm 2020\n"
         "Ngày 21/11, tại thành phố Kon Tum, tỉnh Kon Tum và tỉnh Attapeu (Lào) đã tổ chức hội đàm và ký kết Biên bản "
         "thỏa thuận hợp tác năm 2020.",
         "foreign_delegation"),
    ],
)
def test_workers_sent_or_staying_abroad_and_a_partner_named_after_the_home_venue_make_no_trip_abroad(text, expected):
    assert classify(text, "2023-03-07") == expected


def test_former_interns_who_once_worked_abroad_make_no_trip_abroad():
    text = (
        "Bến Tre kỷ niệm 50 năm quan hệ ngoại giao Việt Nam – Nhật Bản\n"
        "Tối 22/9, tại Trung tâm Hội nghị tỉnh, UBND tỉnh tổ chức Lễ kỷ niệm 50 năm quan hệ ngoại giao Việt Nam – Nhật "
        "Bản.\nĐến dự có Tổng Lãnh sự Nhật Bản tại TP. Hồ Chí Minh cùng đông đảo doanh nghiệp, thực tập sinh từng làm "
        "việc tại Nhật Bản."
    )
    assert classify(text, "2023-09-23") in ("provincial_event", "foreign_delegation")


def test_vietnams_own_time_is_no_foreign_local_time():
    text = (
        "Đà Nẵng tiếp đoàn thành phố Sakai\n"
        "Sáng 10/9 (giờ VN), lãnh đạo thành phố Đà Nẵng tiếp đoàn đại biểu thành phố Sakai (Nhật Bản) tại trụ sở UBND "
        "thành phố."
    )
    assert classify(text, "2019-09-10") == "foreign_delegation"


def test_the_provinces_delegation_crossing_the_border_for_talks_goes_abroad():
    text = (
        "Lãnh đạo tỉnh Hà Giang hội đàm với lãnh đạo châu Văn Sơn\n"
        "Ngày 20/5, đoàn đại biểu tỉnh Hà Giang do đồng chí Nguyễn Văn Sơn, Chủ tịch UBND tỉnh làm trưởng đoàn đã qua "
        "cặp cửa khẩu Thanh Thủy - Thiên Bảo sang hội đàm với đoàn đại biểu châu Văn Sơn, tỉnh Vân Nam (Trung Quốc)."
    )
    assert classify(text, "2024-05-21") == "outbound_delegation"


def test_an_event_the_host_thanks_the_consul_for_is_no_event_of_the_provinces_own():
    text = (
        "Lãnh đạo thành phố tiếp Tổng Lãnh sự Hàn Quốc tại TP Hồ Chí Minh\n"
        "Cập nhật: 16-05-2019 20:34:05 | Chính trị | Lượt xem: 1.052\n"
        "Chiều 16-5, ông Trần Văn Hải, Phó Chủ tịch UBND TP Cần Thơ, tiếp xã giao ông Park Min-soo, Tổng Lãnh sự "
        "Hàn Quốc tại TP Hồ Chí Minh, nhân dịp ông đến chào từ biệt lãnh đạo thành phố.\n"
        "Phó Chủ tịch cảm ơn sự hỗ trợ của Tổng Lãnh sự quán đối với thành phố Cần Thơ trong thời gian qua, đặc biệt "
        "là việc phối hợp tổ chức thành công Lễ hội Văn hóa Việt Nam - Hàn Quốc."
    )
    assert classify(text, "2019-05-16") == "foreign_delegation"


def test_the_provinces_people_living_abroad_place_no_meeting_there():
    text = (
        "Bình Định mong muốn kết nối kiều bào để thu hút đầu tư\n"
        "Sáng 22/8, Phó Chủ tịch UBND tỉnh Bình Định tiếp đoàn công tác của Ủy ban Nhà nước về người Việt Nam ở nước ngoài.\n"
        "Hiện có khoảng 25.000 người Bình Định đang sinh sống, làm việc ở nước ngoài, tập trung chủ yếu tại Hoa Kỳ, Pháp."
    )
    assert classify(text, "2018-08-22") == "central_delegation"


def test_where_a_corridor_ends_abroad_is_no_venue_of_the_meeting():
    text = (
        "Quảng Trị và Mukdahan thúc đẩy hợp tác trên Hành lang kinh tế Đông - Tây\n"
        "Chiều 26/10, tại Đông Hà, Phó Chủ tịch UBND tỉnh Quảng Trị tiếp đoàn công tác tỉnh Mukdahan (Thái Lan).\n"
        "Quảng Trị là điểm đầu của Hành lang kinh tế Đông - Tây, tuyến hành lang đi qua Lao Bảo - Savannakhet - Mukdahan "
        "và kết thúc tại Mawlamyine (Myanmar)."
    )
    assert classify(text, "2022-10-26") == "foreign_delegation"


def test_an_event_abroad_the_province_asks_for_in_a_long_phrase_places_no_meeting_there():
    text = (
        "Nghệ An tổng kết công tác đối ngoại năm 2022\n"
        "Chiều 29/12, Sở Ngoại vụ tỉnh Nghệ An tổ chức Hội nghị tổng kết công tác đối ngoại năm 2022. Tỉnh kiến nghị Bộ "
        "Ngoại giao tiếp tục đồng hành để tổ chức Hội nghị xúc tiến đầu tư tại Hàn Quốc vào năm 2023."
    )
    assert classify(text, "2022-12-29") == "provincial_event"


def test_the_provinces_delegation_named_as_the_article_writes_the_city_travels_abroad():
    text = (
        "TP.HCM muốn học Osaka cách xử lý rác\n"
        "Từ ngày 12 đến 16-8, đoàn công tác TP.HCM do ông Đinh Quốc Khải - phó chủ tịch UBND TP - dẫn đầu đã thăm và làm "
        "việc tại tỉnh Osaka, địa phương kết nghĩa với TP.HCM từ năm 2007.\nSáng 13-8, đoàn hội kiến phó thống đốc tỉnh Osaka."
    )
    assert classify(text, "2019-08-16") == "outbound_delegation"


def test_an_event_named_as_the_work_of_organising_it_is_still_the_provinces_own():
    text = ("Nghệ An tập huấn công tác lãnh sự\nSáng 12/9, Sở Ngoại vụ tỉnh Nghệ An chủ trì việc tổ chức Hội nghị tập huấn "
            "công tác lãnh sự, bảo hộ công dân cho cán bộ các huyện.")
    assert classify(text, "2024-09-12") == "provincial_event"


def test_a_visit_to_the_vietnamese_community_abroad_is_a_trip_there():
    text = ("Đoàn công tác tỉnh Kiên Giang thăm bà con người Việt tại Campuchia\nNgày 5/2, đoàn công tác tỉnh Kiên Giang "
            "đã thăm hỏi, tặng quà Tết bà con người Việt có hoàn cảnh khó khăn đang sinh sống tại tỉnh Kampot (Campuchia).")
    assert classify(text, "2024-02-05") == "outbound_delegation"


def test_the_provinces_leader_chairing_its_review_conference_makes_it_the_provinces_own():
    text = ("An Giang tổng kết công tác đối ngoại năm 2022\nSáng 13/01, tại Hội trường UBND tỉnh, Chủ tịch UBND tỉnh An "
            "Giang Trần Quốc Hưng chủ trì Hội nghị tổng kết công tác đối ngoại năm 2022.\nTỉnh đề nghị Bộ Ngoại giao hỗ "
            "trợ tỉnh tổ chức Hội nghị xúc tiến đầu tư.")
    assert classify(text, "2023-01-13") == "provincial_event"
    # (a deputy minister chairing one in the province is no such sign)
    text = ("Hội nghị về công tác lãnh sự\nSáng 13/01, Thứ trưởng Bộ Ngoại giao Lê Văn Hải chủ trì Hội nghị về công tác "
            "lãnh sự tại tỉnh An Giang, với sự tham dự của lãnh đạo UBND tỉnh.")
    assert classify(text, "2023-01-13") != "provincial_event"


def test_talks_in_a_prefecture_named_for_its_peoples_are_the_provinces_trip():
    text = (
        "Lào Cai - Hồng Hà hội đàm về hợp tác kết nối\n"
        "Ngày 13-3-2019, tại thành phố Mông Tự, châu tự trị dân tộc Cáp Nhì - Di Hồng Hà, tỉnh Vân Nam (Trung Quốc), đoàn "
        "đại biểu tỉnh Lào Cai do Chủ tịch UBND tỉnh làm trưởng đoàn đã hội đàm với lãnh đạo châu Hồng Hà."
    )
    assert classify(text) == "outbound_delegation"


def test_the_provinces_delegation_at_a_foreign_region_named_bare_is_its_trip():
    text = (
        "Đoàn đại biểu cấp cao tỉnh Cao Bằng hội đàm với lãnh đạo Quảng Tây\n"
        "(CB) – Nhận lời mời của lãnh đạo Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc), từ ngày 10 đến ngày 12/5/2023, "
        "đoàn đại biểu cấp cao tỉnh Cao Bằng do Bí thư Tỉnh ủy làm trưởng đoàn đã sang thăm và làm việc tại Quảng Tây."
    )
    assert classify(text) == "outbound_delegation"


def test_an_envoys_call_told_first_is_his_even_with_an_event_named_next():
    text = (
        "Chủ tịch UBND tỉnh tiếp Tổng Lãnh sự Hàn Quốc tại Đà Nẵng chào từ biệt\n"
        "Chiều 25/9/2024, Chủ tịch UBND tỉnh Quảng Ngãi tiếp ông Park Ji-hoon, Tổng Lãnh sự Hàn Quốc tại Đà Nẵng đến chào "
        "từ biệt.\nChủ tịch cảm ơn Tổng Lãnh sự đã kết nối tổ chức thành công Lễ hội văn hóa Hàn Quốc tại tỉnh."
    )
    assert classify(text) == "foreign_delegation"


def test_a_chinese_localitys_peoples_government_is_no_central_body():
    text = (
        "Lãnh đạo tỉnh tiếp Đoàn công tác châu Văn Sơn (Trung Quốc)\n"
        "Chiều 15/3/2019, Phó Chủ tịch UBND tỉnh Hà Giang đã tiếp Đoàn công tác Chính phủ nhân dân châu Văn Sơn, tỉnh Vân "
        "Nam (Trung Quốc) do Phó Châu trưởng làm Trưởng đoàn sang thăm và làm việc tại tỉnh Hà Giang."
    )
    assert classify(text) == "foreign_delegation"


def _kind_of(text):
    from apps.ingest.pipeline import extract_from_text

    return extract_from_text(text, "t.txt")[1]["kind"]


def test_a_provinces_delegation_at_a_special_self_governing_province_is_outbound():
    text = ("Hà Tĩnh - Jeonbuk ký kết hợp tác lao động\nThứ Bảy, 14/03/2026 07:40\nTừ ngày 9 đến 13/3/2026, đoàn công tác tỉnh Hà "
            "Tĩnh do đồng chí Trần Báu Hà, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã thăm và làm việc tại tỉnh tự trị đặc biệt "
            "Jeonbuk (Hàn Quốc).\nNgày 10/3, tại thành phố Jeonju, đoàn đã hội đàm với lãnh đạo tỉnh Jeonbuk. Tiếp đoàn có ông Kim "
            "Jong-hoon, Phó Tỉnh trưởng.")
    assert _kind_of(text) == "outbound_delegation"


def test_a_chinese_prefectures_peoples_government_and_the_two_sides_bureaus_are_no_central_body():
    text = ("Lạng Sơn và Sùng Tả thúc đẩy thông quan\nThứ Năm, 23/03/2023 17:30\nChiều 23/3, tại thành phố Lạng Sơn, Phó Chủ tịch "
            "UBND tỉnh Lương Trọng Quỳnh đã tiếp đoàn công tác Chính phủ Nhân dân thành phố Sùng Tả, Khu tự trị dân tộc Choang "
            "Quảng Tây (Trung Quốc) do ông Lục Quân, Phó Thị trưởng làm trưởng đoàn.\nPhó Chủ tịch UBND tỉnh đề nghị hai bên "
            "khôi phục cơ chế hội đàm định kỳ giữa hai Sở, Cục Ngoại vụ.")
    assert _kind_of(text) == "foreign_delegation"


def test_the_provinces_ceremony_in_its_own_hall_with_veterans_who_once_worked_abroad_is_its_own_event():
    text = ("Quảng Bình kỷ niệm 60 năm quan hệ ngoại giao Việt Nam - Lào\n18/07/2022 06:45\nTối 17/7, tại Trung tâm Văn hóa tỉnh, "
            "Tỉnh ủy, HĐND, UBND tỉnh Quảng Bình tổ chức Lễ kỷ niệm 60 năm Ngày thiết lập quan hệ ngoại giao Việt Nam - Lào.\n"
            "Dự lễ có ông Khamphao Ernthavanh, Đại sứ Lào tại Việt Nam; về phía tỉnh có đồng chí Trần Thắng, Chủ tịch UBND tỉnh; "
            "các đồng chí nguyên là chuyên gia Việt Nam từng công tác tại Lào.")
    assert _kind_of(text) in ("provincial_event", "foreign_delegation")
    assert _kind_of(text) != "outbound_delegation"


def test_a_guests_parent_company_goods_sent_abroad_and_an_online_trade_conference_keep_no_trip():
    guest = ("Bắc Ninh tiếp Công ty Hanul\nCập nhật: 25/08/2022 07:15\nChiều 24/8, Chủ tịch UBND tỉnh Bắc Ninh Nguyễn Hương Giang "
             "tiếp ông Park Jin-ho, Tổng Giám đốc Công ty Hanul Việt Nam (Hàn Quốc) cùng đoàn công tác của công ty mẹ tại Hàn "
             "Quốc.")
    assert _kind_of(guest) == "foreign_delegation"
    online = ("Hội nghị giao thương trực tuyến đưa cà phê Đắk Lắk sang Australia\nThứ Sáu, 19/08/2022 - 16:10\nChiều 18/8, UBND "
              "tỉnh Đắk Lắk phối hợp với Thương vụ Việt Nam tại Australia tổ chức Hội nghị giao thương trực tuyến giữa doanh "
              "nghiệp tỉnh với các nhà nhập khẩu Australia. Phó Chủ tịch UBND tỉnh chủ trì tại điểm cầu Đắk Lắk.")
    assert _kind_of(online) == "provincial_event"


def test_help_asked_for_the_province_to_hold_a_festival_is_no_event_held():
    text = (
        "Thứ trưởng Bộ Ngoại giao làm việc với tỉnh Cao Bằng\n"
        "Chiều 14/3/2023, Đoàn công tác Bộ Ngoại giao do Thứ trưởng Lê Minh Khang dẫn đầu đã làm việc với UBND tỉnh Cao Bằng.\n"
        "Tại buổi làm việc, tỉnh đề nghị Bộ hỗ trợ nâng cấp cửa khẩu Sóc Giang, thúc đẩy thu hút đầu tư và giúp tỉnh tổ chức "
        "thành công Lễ hội Hoa Mận năm 2023."
    )
    assert classify(text, "2023-03-14") == "central_delegation"


def test_the_guests_plants_abroad_are_no_venue():
    text = (
        "Chủ tịch UBND tỉnh Hải Dương tiếp Tập đoàn Minori (Nhật Bản)\n"
        "Ngày 20/5/2024, Chủ tịch UBND tỉnh Hải Dương Trần Văn Quý tiếp ông Tanaka Hiroshi, Chủ tịch Tập đoàn Minori (Nhật Bản).\n"
        "Tập đoàn có 12 nhà máy tại Nhật Bản, Thái Lan và Trung Quốc, đang tìm hiểu cơ hội đầu tư vào tỉnh."
    )
    assert classify(text, "2024-05-20") == "foreign_delegation"


def test_a_foreign_governments_delegation_led_by_its_deputy_prime_minister_is_foreign_not_central():
    text = (
        "Chủ tịch UBND tỉnh Quảng Ngãi tiếp Đoàn đại biểu Chính phủ Lào\n"
        "Chiều 22/9, tại trụ sở UBND tỉnh, Chủ tịch UBND tỉnh Quảng Ngãi Lê Quốc Thạnh đã tiếp Đoàn đại biểu Chính phủ nước "
        "Cộng hòa Dân chủ Nhân dân Lào do Phó Thủ tướng Khamsing Vilayhong dẫn đầu đang có chuyến thăm và làm việc tại tỉnh."
    )
    assert classify(text, "2024-09-22") == "foreign_delegation"


def test_vietnams_own_ambassador_in_his_full_style_or_by_his_seat_received_at_home_is_no_trip_abroad():
    full = ("Lãnh đạo tỉnh Quảng Ngãi tiếp Đại sứ Lương Quốc Huy\nChiều 5/9/2024, Chủ tịch UBND tỉnh Quảng Ngãi Phạm Minh Khoa "
            "tiếp ông Lương Quốc Huy, Đại sứ đặc mệnh toàn quyền nước Cộng hòa xã hội chủ nghĩa Việt Nam tại Ba Lan trước khi "
            "sang Ba Lan nhận nhiệm vụ.")
    assert _kind_of(full) != "outbound_delegation"
    seat = ("Chủ tịch UBND tỉnh Thái Bình tiếp tân Đại sứ tại Chile\nSáng 14/8/2024, Chủ tịch UBND tỉnh Thái Bình Ngô Đức Hải "
            "tiếp ông Bùi Trọng Nghĩa, người con quê hương Thái Bình vừa được bổ nhiệm làm Đại sứ tại Chile, đến chào trước "
            "khi lên đường nhận nhiệm vụ.")
    assert _kind_of(seat) != "outbound_delegation"


def test_the_provinces_named_delegation_whose_talks_are_placed_at_the_sentences_end_abroad_is_outbound():
    text = ("Lạng Sơn hội đàm với thành phố Sùng Tả (Trung Quốc)\nThứ Tư, 17/09/2025 - 18:20\nNgày 17/9, đoàn công tác tỉnh "
            "Lạng Sơn do đồng chí Nông Đức Khải, Chủ tịch UBND tỉnh làm trưởng đoàn đã hội đàm với đoàn lãnh đạo thành phố Sùng "
            "Tả, Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc) do ông Lục Kiến Minh, Thị trưởng thành phố Sùng Tả dẫn đầu, "
            "tại thành phố Sùng Tả.\nHai bên thống nhất phối hợp nâng cao năng lực thông quan tại cặp cửa khẩu Hữu Nghị - Hữu "
            "Nghị Quan.")
    assert _kind_of(text) == "outbound_delegation"


def test_a_foreign_consul_general_by_his_missions_seat_abroad_with_a_visiting_provinces_delegation_is_no_trip_abroad():
    text = ("Quảng Trị tiếp đoàn công tác tỉnh Ubon Ratchathani (Thái Lan)\nThứ Ba, 09/07/2024 - 17:05\nChiều 9/7, Chủ tịch UBND "
            "tỉnh Quảng Trị Nguyễn Đức Khiêm tiếp đoàn công tác tỉnh Ubon Ratchathani (Thái Lan) do ông Somchai Wongsawat, Phó "
            "Tỉnh trưởng làm trưởng đoàn; cùng đi với đoàn có ông Prasert Chaiyasit, Tổng Lãnh sự Thái Lan tại Pakse (Lào).\n"
            "Hai bên trao đổi về việc mở tuyến xe khách Ubon Ratchathani - Pakse - Đông Hà qua cửa khẩu quốc tế Lao Bảo.")
    assert _kind_of(text) == "foreign_delegation"


def test_a_foreign_firms_delegation_received_with_its_projects_abroad_named_next_is_no_trip_abroad():
    text = ("Chủ tịch UBND tỉnh Quảng Ngãi tiếp Tập đoàn Hanbit (Hàn Quốc)\nThứ Năm, 14/11/2024 - 16:20\nChiều 14/11, Chủ tịch "
            "UBND tỉnh Quảng Ngãi Võ Thành Trung đã tiếp và làm việc với đoàn công tác Tập đoàn Hanbit (Hàn Quốc) do ông "
            "Choi Dong-hyun, Phó Chủ tịch Tập đoàn làm trưởng đoàn đến tìm hiểu cơ hội đầu tư nhà máy điện khí tại Khu kinh tế "
            "Dung Quất.\nÔng Choi Dong-hyun cho biết, Hanbit hiện có nhiều dự án năng lượng ở Hàn Quốc và Đông Nam Á, mong muốn "
            "mở rộng đầu tư tại miền Trung Việt Nam.")
    assert _kind_of(text) == "foreign_delegation"


def test_a_cambodian_governor_receiving_and_holding_talks_with_the_provinces_delegation_makes_it_outbound():
    text = ("Tỉnh trưởng Ratanakiri tiếp đoàn đại biểu tỉnh Gia Lai\nThứ Ba, 22/10/2024 - 18:40\nChiều 22/10, ông Sok Sothy, Tỉnh "
            "trưởng tỉnh Ratanakiri (Campuchia) đã tiếp và hội đàm với đoàn đại biểu tỉnh Gia Lai do ông Rah Lan Chung, Phó "
            "Chủ tịch UBND tỉnh làm trưởng đoàn.\nHai bên trao đổi về phối hợp quản lý biên giới và phát triển thương mại qua "
            "cửa khẩu Lệ Thanh - O Yadav.")
    assert _kind_of(text) == "outbound_delegation"


def test_a_foreign_affairs_departments_delegation_working_with_a_cambodian_provinces_administration_is_outbound():
    text = ("Sở Ngoại vụ Đồng Tháp làm việc với tỉnh Prey Veng\nThứ Sáu, 06/12/2024 - 10:15\nNgày 5/12, đoàn công tác Sở Ngoại vụ "
            "tỉnh Đồng Tháp do đại diện lãnh đạo Sở làm trưởng đoàn đã sang thăm và làm việc với Ủy ban hành chính tỉnh Prey "
            "Veng (Campuchia).\nHai bên trao đổi về công tác lãnh sự, hỗ trợ người dân qua lại biên giới và chuẩn bị chương "
            "trình hợp tác năm 2025.")
    assert _kind_of(text) == "outbound_delegation"


def test_the_departments_closing_of_its_own_training_conference_with_a_former_ambassador_lecturing_is_its_own_event():
    text = ("Quảng Trị bế mạc Hội nghị bồi dưỡng kiến thức đối ngoại năm 2024\nThứ Sáu, 16/08/2024 - 17:30\nQTO - Chiều nay "
            "(16/8), Sở Ngoại vụ tổ chức bế mạc Hội nghị bồi dưỡng kiến thức đối ngoại và hội nhập quốc tế năm 2024 cho cán bộ "
            "chủ chốt của tỉnh Quảng Trị.\nTrong ba ngày, các học viên được nghe Đại sứ Trần Quang Vinh, nguyên Vụ trưởng Vụ "
            "Đông Nam Á (Bộ Ngoại giao) trình bày chuyên đề về tình hình thế giới, khu vực và chính sách đối ngoại của Đảng, "
            "Nhà nước ta.\nPhát biểu bế mạc, Giám đốc Sở Ngoại vụ Lê Thị Hồng Nhung đề nghị các học viên vận dụng kiến thức đã "
            "học vào thực tiễn công tác đối ngoại của địa phương.")
    assert _kind_of(text) == "provincial_event"


def test_receiving_at_its_own_border_gate_the_remains_of_volunteers_fallen_over_the_wars_in_laos_is_no_trip_abroad():
    text = ("Tiếp nhận 14 hài cốt liệt sĩ quân tình nguyện và chuyên gia Việt Nam hy sinh tại Lào\nThứ Năm, 25/04/2024 - "
            "11:10\nSáng 25/4, tại Cửa khẩu quốc tế Nậm Cắn, Bộ Chỉ huy Quân sự tỉnh Nghệ An phối hợp với chính quyền tỉnh "
            "Xiêng Khoảng (Lào) tổ chức lễ tiếp nhận 14 hài cốt liệt sĩ quân tình nguyện và chuyên gia Việt Nam hy sinh qua "
            "các thời kỳ chiến tranh tại Lào.\nDự lễ có Phó Chủ tịch UBND tỉnh Nghệ An Bùi Đình Long và ông Khăm Phon Xay Nha "
            "Vông, Phó Tỉnh trưởng tỉnh Xiêng Khoảng.\nCác hài cốt được đưa về an táng tại Nghĩa trang liệt sĩ quốc tế Việt - "
            "Lào ở huyện Anh Sơn.")
    assert _kind_of(text) != "outbound_delegation"


def test_a_foreign_city_then_the_provinces_party_secretary_holding_talks_with_its_governor_is_outbound():
    text = ("Tây Ninh và Svay Rieng thống nhất nhiều nội dung hợp tác năm 2025\nThứ Ba, 17/12/2024 - 19:05\nChiều 16/12, tại "
            "thành phố Svay Rieng, Bí thư Tỉnh ủy Tây Ninh Nguyễn Văn Hưng và Tỉnh trưởng tỉnh Svay Rieng Chiêm Sô Phan đã có "
            "buổi hội đàm về kết quả hợp tác năm 2024 và phương hướng năm 2025.\nHai bên thống nhất phối hợp quản lý biên "
            "giới, phòng chống buôn lậu và tạo thuận lợi cho hàng hóa qua cặp cửa khẩu Mộc Bài - Bavet.")
    assert _kind_of(text) == "outbound_delegation"


def test_training_asked_for_the_provinces_workers_before_they_go_to_work_in_japan_is_no_trip_there():
    text = ("Chủ tịch UBND tỉnh Nam Định tiếp đoàn tỉnh Tottori (Nhật Bản)\nThứ Sáu, 11/10/2024 - 17:25\nChiều 11/10, Chủ "
            "tịch UBND tỉnh Nam Định Phạm Đình Nghị đã tiếp đoàn công tác tỉnh Tottori (Nhật Bản) do ông Yamamoto Kenji, Phó "
            "Thống đốc tỉnh làm trưởng đoàn; tại buổi tiếp, lãnh đạo tỉnh mong muốn tỉnh Tottori hỗ trợ đào tạo tiếng Nhật, kỹ "
            "năng nghề cho lao động Nam Định trước khi sang làm việc tại Nhật Bản.\nÔng Yamamoto Kenji cho biết tỉnh Tottori "
            "đang thiếu nhân lực trong các ngành điều dưỡng, chế biến thực phẩm và nông nghiệp.")
    assert _kind_of(text) == "foreign_delegation"


def test_where_the_provinces_citizens_abroad_are_most_is_no_venue_and_its_reception_for_the_corps_its_own_event():
    text = ("Cục Lãnh sự làm việc với UBND tỉnh\nChiều 5/9/2023, Phó Chủ tịch UBND tỉnh Quảng Trị làm việc với đoàn công tác Cục "
            "Lãnh sự, Bộ Ngoại giao do bà Phạm Thu Hằng, Cục trưởng làm trưởng đoàn.\nSố công dân của tỉnh ra nước ngoài học tập, "
            "lao động ngày càng tăng, tập trung chủ yếu tại Hàn Quốc, Nhật Bản.")
    assert _kind_of(text) == "central_delegation"
    text = ("Cần Thơ chiêu đãi Đoàn Lãnh sự mừng Quốc khánh\nTối 29/8/2024, UBND thành phố Cần Thơ tổ chức tiệc chiêu đãi các cơ "
            "quan đại diện lãnh sự nhân kỷ niệm Quốc khánh 2/9. Chủ tịch UBND thành phố Trần Việt Trường chủ trì. Thay mặt Đoàn "
            "Lãnh sự, ông Sok Dara, Tổng Lãnh sự Campuchia, Trưởng Đoàn Lãnh sự, chúc mừng thành phố.")
    from apps.ingest.pipeline import extract_from_text

    record = extract_from_text(text, "t.txt")[1]
    assert record["kind"] == "provincial_event" and record["lead"]["name"] == "Trần Việt Trường"


def test_the_provinces_party_committee_council_and_border_guard_delegations_abroad_are_outbound():
    from apps.ingest.pipeline import extract_from_text

    for body in ("Đoàn đại biểu Tỉnh ủy Lào Cai", "đoàn công tác Thường trực HĐND tỉnh Lào Cai",
                 "đoàn công tác Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) tỉnh Lào Cai"):
        text = (f"Lào Cai thăm châu Hồng Hà\nNgày 16/12/2025, {body} do đồng chí Đặng Xuân Trường làm trưởng đoàn đã thăm và "
                "làm việc tại châu Hồng Hà, tỉnh Vân Nam (Trung Quốc).")
        assert extract_from_text(text, "t.txt")[1]["kind"] == "outbound_delegation", body
    text = ("Sở Ngoại vụ tỉnh Lạng Sơn hội đàm với Văn phòng Ngoại vụ Quảng Tây\nNgày 16/10/2019, đoàn công tác Sở Ngoại vụ tỉnh "
            "Lạng Sơn do ông Hoàng Văn Thái, Giám đốc Sở làm trưởng đoàn đã có buổi hội đàm với Văn phòng Ngoại vụ Khu tự trị "
            "dân tộc Choang Quảng Tây (Trung Quốc) tại thành phố Nam Ninh.")
    assert extract_from_text(text, "t.txt")[1]["kind"] == "outbound_delegation"


def test_a_provinces_leader_in_a_national_delegation_abroad_holding_its_own_meeting_is_outbound():
    text = ("Bí thư Tỉnh ủy Nghệ An làm việc với tỉnh Xiêng Khoảng\nNhân dịp tháp tùng Chủ tịch Quốc hội thăm chính thức "
            "nước CHDCND Lào, tối 6/12/2022, tại Thủ đô Viêng Chăn, đồng chí Thái Thanh Quý, Bí thư Tỉnh ủy Nghệ An đã làm việc "
            "với đồng chí Tỉnh trưởng tỉnh Xiêng Khoảng.")
    assert classify(text, "2022-12-07") == "outbound_delegation"
    text = ("Chủ tịch UBND tỉnh Bắc Giang làm việc với tỉnh Chiba\nNhân dịp tham gia đoàn công tác của Chính phủ do Phó Thủ "
            "tướng dẫn đầu dự Hội nghị xúc tiến đầu tư tại Tokyo, chiều 21/9/2023, đồng chí Lê Ánh Dương, Chủ tịch UBND tỉnh "
            "Bắc Giang đã làm việc với chính quyền tỉnh Chiba.")
    assert classify(text, "2023-09-22") == "outbound_delegation"
    # (a national leader's visit at home is none: the province receives its guest there)
    text = ("Chủ tịch UBND tỉnh Lào Cai tiếp Tổng Lãnh sự Trung Quốc\nNhân dịp tháp tùng Thủ tướng Chính phủ về làm việc tại "
            "tỉnh Lào Cai, chiều 5/3/2024, đồng chí Chủ tịch UBND tỉnh đã tiếp ông Vương Lâm, Tổng Lãnh sự Trung Quốc tại Hà Nội.")
    assert classify(text, "2024-03-05") == "foreign_delegation"


def test_where_soldiers_fell_abroad_is_no_venue_of_the_ministrys_visit():
    text = ("Thứ trưởng Bộ Ngoại giao làm việc với Sơn La\nSơn La đề nghị Bộ Ngoại giao hỗ trợ mở lối mở Chiềng Khương, đẩy nhanh "
            "việc tìm kiếm, quy tập hài cốt liệt sĩ tại Lào.\nNgày 12/5/2022, đoàn công tác Bộ Ngoại giao do Thứ trưởng Nguyễn "
            "Minh Vũ làm trưởng đoàn đã làm việc với lãnh đạo tỉnh Sơn La.")
    assert classify(text, "2022-05-12") == "central_delegation"
    text = ("Đoàn đại biểu tỉnh Sơn La thăm tỉnh Hủa Phăn\nNgày 12/5/2022, đoàn đại biểu tỉnh Sơn La đã dâng hương tại Đài "
            "tưởng niệm quân tình nguyện Việt Nam tại Lào, rồi làm việc với lãnh đạo tỉnh Hủa Phăn.")
    assert classify(text, "2022-05-12") == "outbound_delegation"


def test_where_guests_once_studied_and_worked_is_no_venue():
    text = ("Gặp mặt kỷ niệm 50 năm quan hệ ngoại giao Việt Nam - Hàn Quốc\nSáng 22/12/2022, Liên hiệp các tổ chức hữu nghị tỉnh "
            "Bắc Ninh tổ chức gặp mặt kỷ niệm 30 năm quan hệ ngoại giao Việt Nam - Hàn Quốc. Dự có Phó Chủ tịch UBND tỉnh cùng "
            "đông đảo thực tập sinh, du học sinh từng học tập, làm việc tại Hàn Quốc.")
    assert classify(text, "2022-12-22") == "provincial_event"


def test_a_provinces_army_command_or_womens_union_visiting_a_foreign_province_is_outbound():
    text = ("Bộ CHQS tỉnh An Giang chúc Tết lực lượng vũ trang tỉnh giáp biên Campuchia\nNhân dịp Tết Chôl Chnăm Thmây năm 2023, "
            "ngày 11/4, đoàn công tác Bộ Chỉ huy Quân sự (CHQS) tỉnh An Giang do Đại tá Trần Văn Hùng, Chỉ huy trưởng làm trưởng "
            "đoàn đã đến thăm, chúc Tết Bộ Chỉ huy Quân sự tỉnh Takeo.")
    assert classify(text, "2023-04-12") == "outbound_delegation"
    text = ("Đoàn công tác Hội LHPN tỉnh thăm tỉnh Hủa Phăn\nNgày 27/9/2023, Đoàn công tác Hội LHPN tỉnh Thanh Hóa do bà Lê Thị "
            "Hoa, Chủ tịch Hội LHPN tỉnh làm trưởng đoàn đã đến thăm và làm việc với Hội Liên hiệp Phụ nữ tỉnh Hủa Phăn, nước "
            "CHDCND Lào.")
    assert classify(text, "2023-09-28") == "outbound_delegation"


def test_guests_received_by_the_provinces_council_are_not_a_trip_for_a_later_clause_abroad():
    text = ("Thanh Hóa đón Đoàn đại biểu HĐND tỉnh Hủa Phăn (Lào)\nSáng 15/8/2023, Thường trực HĐND tỉnh Thanh Hóa đã tiếp Đoàn "
            "đại biểu HĐND tỉnh Hủa Phăn, nước CHDCND Lào do ông Phon Xay, Chủ tịch HĐND tỉnh Hủa Phăn dẫn đầu. Đây là chuyến "
            "thăm đầu tiên của đoàn kể từ cuộc bầu cử tháng 2/2021 tại Lào.")
    assert classify(text, "2023-08-15") == "foreign_delegation"


def test_a_greeting_to_a_foreign_delegation_or_workers_going_abroad_is_no_trip():
    text = ("Lào Cai gặp mặt, chúc Tết đoàn huyện Hà Khẩu\nSáng 14/2/2024, tại Cửa khẩu quốc tế Kim Thành, tỉnh Lào Cai tổ chức "
            "gặp mặt, chúc Tết đoàn đại biểu huyện Hà Khẩu, châu Hồng Hà, tỉnh Vân Nam (Trung Quốc) do ông Dương Minh Viễn, Bí "
            "thư Huyện ủy Hà Khẩu làm trưởng đoàn.")
    assert classify(text, "2024-02-14") == "foreign_delegation"
    text = ("Bình Dương mong tỉnh Gifu hỗ trợ đào tạo tiếng Nhật\nBình Dương đề nghị tỉnh Gifu (Nhật Bản) hỗ trợ đào tạo tiếng "
            "Nhật, kỹ năng nghề cho người lao động của tỉnh trước khi sang Nhật Bản làm việc.\nChiều 20/9/2022, Chủ tịch UBND tỉnh "
            "Bình Dương đã tiếp đoàn công tác tỉnh Gifu (Nhật Bản) do Phó Thống đốc Otsuka Kenji dẫn đầu.")
    assert classify(text, "2022-09-20") == "foreign_delegation"


def test_a_meeting_held_during_the_provinces_visit_to_a_country_is_outbound():
    text = ("Đà Nẵng muốn học kinh nghiệm xử lý rác của Kaohsiung\nThứ Ba, 14/5/2019 | 20:10\nSáng 14/5, trong chuyến thăm Đài "
            "Loan (Trung Quốc), đoàn đại biểu TP Đà Nẵng do Phó Chủ tịch UBND thành phố Lê Trung Chinh dẫn đầu đã làm việc với "
            "Phó Thị trưởng thành phố Cao Hùng tại tòa thị chính.")
    assert _kind_of(text) == "outbound_delegation"
    # (a guest on his own visit to Vietnam is received at home)
    text = ("Đà Nẵng tiếp Phó Thị trưởng Cao Hùng\nThứ Ba, 14/5/2019 | 20:10\nSáng 14/5, nhân chuyến thăm Việt Nam, Phó Thị "
            "trưởng thành phố Cao Hùng (Đài Loan, Trung Quốc) đã đến chào Phó Chủ tịch UBND TP Đà Nẵng Lê Trung Chinh.")
    assert _kind_of(text) == "foreign_delegation"
