"""people.extract: the lead, who heads the delegation or chairs the activity (people/lead.py)."""

from apps.ingest.pipeline import extract_from_text
from apps.lib.text import normalize

from .docs import extract_people, make_doc


def run(text, kind="central_delegation", province="Đắk Lắk"):
    doc = make_doc(normalize(text), title="", name="t.txt")
    return extract_people(doc, kind, province)


def names(out):
    lead = [out["lead"]["name"]] if out["lead"] else []
    return lead + [o["name"] for o in out["officials"]]


def official(out, name):
    if out["lead"] and out["lead"]["name"] == name:
        return out["lead"]
    return next(o for o in out["officials"] if o["name"] == name)


def _doc_run(text, kind):
    doc = make_doc(normalize(text), title=text.split("\n")[0], name="t.txt")
    return extract_people(doc, kind, "Quảng Nam")


def test_the_lead_is_not_repeated_among_the_officials():
    out = run("Đoàn do Thứ trưởng Lê Thị Thu Hằng dẫn đầu. Thứ trưởng Lê Thị Thu Hằng phát biểu.")
    assert out["lead"]["name"] == "Lê Thị Thu Hằng"
    assert out["officials"] == []


def test_foreign_delegation_without_a_named_foreigner_has_no_lead():
    out = run(
        "Sáng 12/5, lãnh đạo tỉnh Nghệ An và Đoàn đại biểu cấp cao thủ đô Vientiane hội đàm. "
        "Bí thư Tỉnh ủy Nghệ An Nguyễn Đức Trung nhấn mạnh quan hệ hai bên.",
        kind="foreign_delegation",
        province="Nghệ An",
    )
    assert out["lead"] is None
    assert [(o["name"], o["side"]) for o in out["officials"]] == [("Nguyễn Đức Trung", "local")]


def test_an_ambassador_leads_a_foreign_delegation_and_names_the_embassy():
    out = run(
        "Phó Chủ tịch UBND thành phố Cần Thơ Dương Tấn Hiển tiếp Đại sứ Australia tại Việt Nam Andrew "
        "Goledzinowski. Đại sứ Andrew Goledzinowski đánh giá cao quan hệ hợp tác.",
        kind="foreign_delegation",
        province="Cần Thơ",
    )
    assert out["lead"]["name"] == "Andrew Goledzinowski"
    assert out["organization"] == "Đại sứ quán Australia"
    assert official(out, "Dương Tấn Hiển")["side"] == "local"


def test_the_head_of_the_organising_department_chairs_its_event():
    out = run(
        "Sáng 24/10, Sở Ngoại vụ tổ chức buổi đối thoại về công tác đối ngoại. Phó Chủ tịch Thường "
        "trực UBND huyện Ea Súp Nguyễn Thanh Tuấn phát biểu. Giám đốc Sở Ngoại vụ Phạm Văn Phước "
        "phát biểu tại buổi đối thoại.",
        kind="provincial_event",
    )
    assert out["organization"] == "Sở Ngoại vụ tỉnh Đắk Lắk"
    assert out["lead"]["name"] == "Phạm Văn Phước"


def test_of_co_chairs_the_first_named_leads():
    out = run(
        "Các đồng chí Nguyễn Văn Thông - Phó Bí thư Thường trực Tỉnh ủy; Phạm Ngọc Cảnh - Phó Trưởng "
        "Ban Tuyên giáo Tỉnh ủy cùng chủ trì hội nghị.",
        kind="provincial_event",
        province="Nghệ An",
    )
    assert out["lead"]["name"] == "Nguyễn Văn Thông"
    assert names(out) == ["Nguyễn Văn Thông", "Phạm Ngọc Cảnh"]


def test_outbound_lead_prefers_the_articles_own_province():
    out = run(
        "Ngày 2-4, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Long An Nguyễn Văn Được cùng đoàn công tác tỉnh "
        "đến thăm tỉnh Svay Rieng. Cùng dự còn có đoàn tỉnh Tây Ninh do Bí thư Tỉnh ủy, Chủ tịch HĐND "
        "tỉnh Tây Ninh Nguyễn Thành Tâm làm trưởng đoàn.",
        kind="outbound_delegation",
        province="Long An",
    )
    assert out["lead"]["name"] == "Nguyễn Văn Được"
    assert out["organization"] == "Tỉnh ủy Long An"


def test_central_delegation_lead_is_the_visitor_not_the_host():
    out = run(
        "Chiều 4-12, đồng chí Đỗ Trọng Hưng, Bí thư Tỉnh ủy đã tiếp xã giao đồng chí Nguyễn Minh Vũ, "
        "Thứ trưởng Bộ Ngoại giao và các thành viên trong đoàn công tác của Bộ Ngoại giao.",
        province="Thanh Hóa",
    )
    assert out["lead"]["name"] == "Nguyễn Minh Vũ"
    assert official(out, "Đỗ Trọng Hưng")["side"] == "local"


def test_a_signing_with_unnamed_foreign_leaders_is_led_by_the_provinces_signatory():
    out = _doc_run(
        "Quảng Nam ký kết hợp tác với hai tỉnh Nam Lào\n"
        "UBND tỉnh Quảng Nam và chính quyền hai tỉnh Sekong, Salavan đã ký kết biên bản hợp tác.\n"
        "Chủ tịch UBND tỉnh Quảng Nam Lê Văn Dũng giới thiệu tiềm năng của tỉnh.",
        "foreign_delegation",
    )
    assert out["lead"]["name"] == "Lê Văn Dũng"


def test_a_reception_of_an_unnamed_delegation_keeps_no_lead():
    out = _doc_run(
        "Quảng Nam tiếp Đoàn đại biểu tỉnh Sekong\n"
        "Sáng 4/3, lãnh đạo tỉnh Quảng Nam và Đoàn đại biểu cấp cao tỉnh Sekong đã hội đàm và ký kết "
        "biên bản hợp tác.\nChủ tịch UBND tỉnh Quảng Nam Lê Văn Dũng giới thiệu tiềm năng của tỉnh.",
        "foreign_delegation",
    )
    assert out["lead"] is None
    assert "Lê Văn Dũng" in names(out)


def test_who_attends_and_chairs_a_provincial_meeting_leads_it():
    out = run(
        "Sơn La tập huấn công tác lãnh sự năm 2024\n"
        "Ngày 14/5/2024, Sở Ngoại vụ tỉnh Sơn La tổ chức lớp tập huấn công tác lãnh sự cho cán bộ các huyện. "
        "Phó Chủ tịch UBND tỉnh Trần Thị Hương dự và chủ trì lớp tập huấn. "
        "Giám đốc Sở Ngoại vụ Lò Văn Phúc cho biết Sở đã giải quyết 20 vụ việc.",
        kind="provincial_event", province="Sơn La",
    )
    assert out["lead"]["name"] == "Trần Thị Hương"


def test_a_title_stops_before_du_and_the_chair_after_it_leads():
    out = run(
        "Tây Ninh tập huấn đối ngoại\n"
        "Ngày 30/10, Sở Ngoại vụ tỉnh Tây Ninh tổ chức hội nghị tập huấn cho cán bộ các xã. Bà Võ Thị Lan, Phó "
        "Chủ tịch UBND tỉnh dự và chủ trì hội nghị.\nTham dự có ông Lê Văn Định, Giám đốc Sở Ngoại vụ.",
        kind="provincial_event", province="Tây Ninh",
    )
    assert out["lead"] == {"name": "Võ Thị Lan", "titles": ["Phó Chủ tịch UBND tỉnh"], "side": "local"}


def test_the_province_at_the_ministry_is_led_by_the_head_of_its_own_delegation():
    out = run(
        "Ninh Thuận làm việc với Bộ Ngoại giao\n"
        "Ngày 22/5, tại trụ sở Bộ Ngoại giao (Hà Nội), đoàn công tác tỉnh Ninh Thuận do Chủ tịch UBND tỉnh Trần Quốc "
        "Nam dẫn đầu đã làm việc với Bộ Ngoại giao. Làm việc với đoàn có bà Phạm Thu Hằng, Cục trưởng Cục Ngoại vụ.",
        kind="central_delegation", province="Ninh Thuận",
    )
    assert out["lead"]["name"] == "Trần Quốc Nam"


def test_a_lao_border_guard_commander_heading_his_delegation_is_foreign():
    out = run(
        "Quảng Trị tiếp đoàn Savannakhet\n"
        "Ngày 3/3, Phó Chủ tịch UBND tỉnh Quảng Trị tiếp đoàn công tác tỉnh Savannakhet (Lào) do ông Khăm Phăn Xỉ Xu "
        "Vông, Chỉ huy trưởng Bộ đội Biên phòng tỉnh Savannakhet làm trưởng đoàn.",
        kind="foreign_delegation", province="Quảng Trị",
    )
    assert out["lead"]["name"] == "Khăm Phăn Xỉ Xu Vông"


def test_the_provinces_delegation_at_the_ministry_in_other_wordings():
    for opening in ("đoàn công tác của UBND tỉnh Gia Lai do", "đoàn công tác tỉnh Gia Lai, do"):
        out = run(
            "Gia Lai làm việc với Bộ Ngoại giao\n"
            f"Ngày 12/4, tại trụ sở Bộ Ngoại giao, {opening} Chủ tịch UBND tỉnh Trương Hải Long dẫn đầu đã làm việc với "
            "Thứ trưởng Bộ Ngoại giao Đỗ Hùng Việt.",
            province="Gia Lai",
        )
        assert out["lead"]["name"] == "Trương Hải Long", opening


def test_an_organisation_named_like_a_man_is_no_lead():
    out = run(
        "Nghệ An tiếp đoàn nghệ thuật Hủa Phăn\n"
        "Ngày 20/6, lãnh đạo tỉnh tiếp đoàn nghệ thuật tỉnh Hủa Phăn (Lào). Đội Văn Nghệ Xung Kích, đơn vị biểu diễn "
        "chính, đã giao lưu với nghệ sĩ của tỉnh.",
        kind="foreign_delegation", province="Nghệ An",
    )
    assert "Đội Văn Nghệ Xung Kích" not in names(out)


def test_a_foreign_department_visiting_is_named_with_its_own_province_on_its_own_line():
    out = run(
        "Ngày 5/3, Sở Ngoại vụ tỉnh Quảng Trị tiếp đoàn công tác Sở Ngoại vụ tỉnh Xa Văn Na Khệt\n"
        "Ngày làm việc thứ hai, hai bên trao đổi về công tác lãnh sự.",
        kind="foreign_delegation",
        province="Quảng Trị",
    )
    assert out["organization"] == "Sở Ngoại vụ tỉnh Xa Văn Na Khệt"


def test_a_korean_county_head_after_a_dash_leads():
    out = run(
        "Ngày 7/11, Phó Chủ tịch UBND tỉnh tiếp đoàn công tác huyện Yeongam, tỉnh Jeonnam, Hàn Quốc do ông Kim Min "
        "Su - Quận trưởng huyện Yeongam dẫn đầu.",
        kind="foreign_delegation",
        province="Tiền Giang",
    )
    assert out["lead"]["name"] == "Kim Min Su"


def test_the_head_of_the_steering_committee_that_holds_the_review_chairs_it():
    out = run(
        "Tiêu đề\nSáng 12/1, Ban Chỉ đạo công tác đối ngoại tỉnh Bà Rịa - Vũng Tàu tổ chức hội nghị tổng kết công tác "
        "đối ngoại năm 2023. Theo báo cáo do Giám đốc Sở Ngoại vụ Trần Thị Lan trình bày, tỉnh đã đón 80 đoàn khách. "
        "Phát biểu chỉ đạo, Phó Bí thư Thường trực Tỉnh ủy, Trưởng Ban Chỉ đạo Phạm Văn Hùng yêu cầu các sở chú trọng "
        "ngoại giao kinh tế.",
        kind="provincial_event",
        province="Bà Rịa - Vũng Tàu",
    )
    assert out["organization"].startswith("Ban Chỉ đạo công tác đối ngoại tỉnh Bà Rịa - Vũng Tàu")
    assert out["lead"]["name"] == "Phạm Văn Hùng"


def test_the_head_of_a_foreign_citys_delegation_named_with_its_region_leads():
    out = run(
        "Tiêu đề\nNgày 18-4, Chủ tịch UBND tỉnh Cao Bằng Trần Văn An tiếp đoàn công tác thành phố Bách Sắc (Baise), Khu "
        "tự trị dân tộc Choang Quảng Tây (Trung Quốc) do Bí thư Thành ủy Bách Sắc Hồ Tuấn (Hu Jun) làm trưởng đoàn.",
        kind="foreign_delegation",
        province="Cao Bằng",
    )
    assert out["lead"]["name"] == "Hồ Tuấn" and out["lead"]["side"] == "foreign"


def test_the_head_of_a_foreign_regions_department_delegation_leads():
    out = run(
        "Tiêu đề\nChiều 14/3, tại trụ sở UBND tỉnh, Phó Chủ tịch UBND tỉnh Cao Bằng Nông Văn Tuấn đã tiếp Đoàn công "
        "tác Sở Ngoại vụ Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc) do ông Lương Văn Thành, Phó Giám đốc Sở "
        "Ngoại vụ làm Trưởng đoàn.",
        kind="foreign_delegation",
        province="Cao Bằng",
    )
    assert out["lead"]["name"] == "Lương Văn Thành" and out["lead"]["side"] == "foreign"
    assert official(out, "Nông Văn Tuấn")["side"] == "local"


def test_an_organisations_expert_heading_its_delegation_leads_and_is_foreign():
    out = run(
        "Tiêu đề\nChiều 22/10, đồng chí Hoàng Văn Long, Phó Chủ tịch UBND tỉnh tiếp đoàn công tác của Ngân hàng Phát "
        "triển châu Á (ADB) do ông Kenji Morimoto, Trưởng nhóm chuyên gia giao thông ADB tại Việt Nam làm trưởng đoàn.",
        kind="foreign_delegation",
        province="Hà Giang",
    )
    assert out["lead"]["name"] == "Kenji Morimoto" and out["lead"]["side"] == "foreign"


def test_an_acting_mayor_leads_his_citys_delegation():
    out = run("Chủ tịch UBND tỉnh Nguyễn Văn Hùng đã tiếp đoàn công tác thành phố Gumi (Hàn Quốc) do ông Park Min-ho, "
              "Quyền Thị trưởng thành phố Gumi dẫn đầu. Dự buổi tiếp có ông Choi Jae-won, Tổng Lãnh sự Hàn Quốc tại "
              "Đà Nẵng.", kind="foreign_delegation", province="Quảng Ngãi")
    assert out["lead"]["name"] == "Park Min-ho"
    assert out["lead"]["titles"] == ["Quyền Thị trưởng thành phố Gumi"]


def test_a_leader_named_with_his_own_spelling_in_brackets_keeps_his_title_and_leads():
    out = run("Chủ tịch UBND tỉnh tiếp đoàn công tác thành phố Sùng Tả (Trung Quốc) do ông Lý Hải Đào (Li Haitao), "
              "Phó Thị trưởng thành phố Sùng Tả làm trưởng đoàn. Thành viên đoàn có ông Trương Lực, Huyện trưởng "
              "huyện Long Châu.", kind="foreign_delegation", province="Lạng Sơn")
    assert out["lead"]["name"] == "Lý Hải Đào"
    assert out["lead"]["titles"] == ["Phó Thị trưởng thành phố Sùng Tả"]


def test_the_khmer_title_okhna_in_either_spelling_is_no_part_of_the_name():
    out = run("Cùng đi với đoàn có Okhna Sok Vanna, Chủ tịch Hiệp hội doanh nghiệp tỉnh Takeo.",
              kind="foreign_delegation", province="An Giang")
    assert "Sok Vanna" in names(out)


def test_a_lower_case_title_after_a_name_and_a_one_word_highlands_name():
    out = run("Đoàn do ông K'Nhân - phó chủ tịch UBND tỉnh Lâm Đồng - làm trưởng đoàn đã làm việc với tỉnh Shizuoka "
              "(Nhật Bản).", kind="outbound_delegation", province="Lâm Đồng")
    assert out["lead"]["name"] == "K'Nhân"
    assert out["lead"]["titles"] == ["phó chủ tịch UBND tỉnh Lâm Đồng"]


def test_envoys_listed_each_with_his_title_and_country_are_all_read():
    out = run("Dự buổi gặp mặt có Đại sứ Pháp Laurent Dubois, Đại sứ Ấn Độ Rajesh Kumar, Tổng Lãnh sự Liên bang Nga "
              "tại Đà Nẵng Sergey Morozov, Tổng Lãnh sự Nhật Bản tại Đà Nẵng Yamada Kenichi cùng các đại biểu.",
              kind="provincial_event", province="Đà Nẵng")
    assert {"Laurent Dubois", "Rajesh Kumar", "Sergey Morozov", "Yamada Kenichi"} <= set(names(out))


def test_a_local_attendee_with_a_one_word_highlands_name_does_not_lead_a_guests_visit():
    out = run("Chủ tịch UBND tỉnh tiếp đoàn công tác tỉnh Ratanakiri (Campuchia). Cùng dự có ông K'Ba, Bí thư Huyện ủy "
              "huyện Đức Cơ.", kind="foreign_delegation", province="Gia Lai")
    assert out["lead"] is None or out["lead"]["name"] != "K'Ba"


def test_a_two_letter_country_before_an_envoys_name_is_no_part_of_it():
    out = run("Chủ tịch UBND tỉnh tiếp Đại sứ Mỹ Marc Knapper tại trụ sở. Cùng dự có bà Huỳnh Thị Mỹ Lệ, Giám đốc Sở "
              "Ngoại vụ.", kind="foreign_delegation", province="Quảng Trị")
    assert out["lead"]["name"] == "Marc Knapper"
    assert "Huỳnh Thị Mỹ Lệ" in names(out)


def test_the_head_of_the_high_level_delegation_named_late_leads_not_the_head_of_the_deputies():
    text = (
        "Từ ngày 3 đến 5/4/2024, Đoàn đại biểu cấp cao tỉnh Quảng Nam đã thăm tỉnh Sekong (Lào). Tham gia đoàn có các "
        "đồng chí: Trần Nam Hưng, Phó Chủ tịch UBND tỉnh; Đinh Văn Thu, Giám đốc Sở Ngoại vụ.\n"
        "Phát biểu tại hội đàm, đồng chí Lương Nguyễn Minh Triết, Bí thư Tỉnh ủy, Trưởng đoàn Đại biểu Quốc hội tỉnh, "
        "Trưởng đoàn đại biểu cấp cao của tỉnh, cảm ơn sự đón tiếp của tỉnh bạn."
    )
    out = run(text, kind="outbound_delegation", province="Quảng Nam")
    assert out["lead"]["name"] == "Lương Nguyễn Minh Triết"
    # the head of the province's deputies to the National Assembly alone heads no delegation
    out = run(text.replace(", Trưởng đoàn đại biểu cấp cao của tỉnh,", ","), kind="outbound_delegation",
              province="Quảng Nam")
    assert out["lead"]["name"] == "Trần Nam Hưng"


def test_truong_doan_as_the_last_item_after_the_name_marks_the_head_however_his_posts_read():
    text = (
        "Chiều 9/5/2024, Phó Chủ tịch UBND tỉnh Nguyễn Minh Hùng tiếp đoàn công tác của tỉnh Gelderland (Hà Lan). "
        "Đoàn gồm bà Anouk van Dijk, Cố vấn chính sách, và ông Thomas Visser, chuyên gia thủy lợi.\n"
        "Phát biểu tại buổi làm việc, ông Hendrik de Boer, Ủy viên Ban Điều hành tỉnh Gelderland phụ trách giao thông "
        "và môi trường, trưởng đoàn, cảm ơn sự đón tiếp của tỉnh."
    )
    out = run(text, kind="foreign_delegation", province="Quảng Nam")
    assert out["lead"]["name"] == "Hendrik de Boer"


def test_a_post_that_chairs_with_no_name_passes_the_chair_to_its_holder_named_later():
    text = (
        "Sáng 29/12/2022, UBND tỉnh tổ chức hội nghị tổng kết công tác đối ngoại năm 2022. Phó Chủ tịch UBND tỉnh chủ "
        "trì hội nghị.\nBáo cáo tại hội nghị, Giám đốc Sở Ngoại vụ Nguyễn Thị Hà cho biết tỉnh đã đón 40 đoàn khách.\n"
        "Kết luận hội nghị, Phó Chủ tịch UBND tỉnh Lộc Văn Tiến đề nghị các sở, ngành bám sát chương trình đối ngoại."
    )
    out = run(text, kind="provincial_event", province="Lạng Sơn")
    assert out["lead"]["name"] == "Lộc Văn Tiến"


def test_a_foreign_state_secretary_is_an_official():
    out = run("Chiều 23/4/2024, Chủ tịch UBND tỉnh tiếp đoàn bang Sachsen (Đức) do Quốc vụ khanh Markus Wendler dẫn đầu.",
              kind="foreign_delegation", province="Thái Nguyên")
    assert out["lead"]["name"] == "Markus Wendler"


def test_the_guest_received_by_post_alone_in_the_lead_leads_not_the_companion_named_first():
    text = (
        "Chủ tịch UBND tỉnh tiếp Đại sứ Hà Lan đến chào từ biệt\n"
        "Chiều 4/12/2025, Chủ tịch UBND tỉnh Lê Phước Hải đã tiếp Đại sứ đặc mệnh toàn quyền Vương quốc Hà Lan tại Việt "
        "Nam đến chào từ biệt. Cùng đi với Đại sứ có bà Ingrid C. van Dijk-Kramer, Bí thư thứ nhất của Đại sứ quán.\n"
        "Chủ tịch UBND tỉnh Lê Phước Hải tặng quà lưu niệm Đại sứ Maarten ter Horst."
    )
    out = run(text, kind="foreign_delegation", province="Lâm Đồng")
    assert out["lead"]["name"] == "Maarten ter Horst"
    # a related story's reception of another country's consul names no lead here
    out = run(text + "\nTin liên quan: Chủ tịch UBND tỉnh tiếp Tổng Lãnh sự Hàn Quốc tại TP Hồ Chí Minh",
              kind="foreign_delegation", province="Lâm Đồng")
    assert out["lead"]["name"] == "Maarten ter Horst"


def test_the_head_named_last_after_the_members_with_a_long_post_leads():
    out = run(
        "Chiều 26/9, Phó Chủ tịch UBND thành phố Lê Văn Sơn tiếp Đoàn đại biểu vùng Île-de-France (Pháp). Đoàn gồm "
        "bà Claire Dumas, Ủy viên Hội đồng vùng; ông Paul Girard, Giám đốc Cơ quan Quy hoạch vùng, do ông Jean-Luc "
        "Moreau, Phó Chủ tịch thứ nhất Hội đồng vùng Île-de-France làm trưởng đoàn.",
        kind="foreign_delegation",
        province="Hà Nội",
    )
    assert out["lead"]["name"] == "Jean-Luc Moreau"


def test_the_head_told_after_his_role_leads():
    out = run(
        "Ngày 13/11, Bí thư Tỉnh ủy Phạm Văn Hùng tiếp đoàn đại biểu thành phố Phòng Thành Cảng (Trung Quốc). "
        "Thành viên đoàn gồm ông Hoàng Minh Lâm, Phó Thị trưởng thành phố Phòng Thành Cảng. Trưởng đoàn là ông Dương "
        "Chí Hoa, Bí thư Thành ủy Phòng Thành Cảng.",
        kind="foreign_delegation",
        province="Quảng Ninh",
    )
    assert out["lead"]["name"] == "Dương Chí Hoa"


def test_the_chair_told_as_who_chairs_the_meeting_leads():
    out = run(
        "Tối 15/10, tại Hà Nội, Giám đốc Sở Ngoại vụ Trần Thị Lan giới thiệu tiềm năng hợp tác của tỉnh với các Đại "
        "sứ. Chủ trì buổi gặp gỡ có ông Nguyễn Văn Hòa, Chủ tịch UBND tỉnh. Tham dự có Đại sứ Italy Marco Rossi.",
        kind="provincial_event",
        province="Quảng Nam",
    )
    assert out["lead"]["name"] == "Nguyễn Văn Hòa"


def test_the_head_told_after_a_colon_leads_and_a_deputy_head_does_not():
    text = (
        "Ngày 13/11, Bí thư Tỉnh ủy Phạm Văn Hùng tiếp đoàn đại biểu thành phố Phòng Thành Cảng (Trung Quốc). "
        "Thành viên đoàn gồm Phó Trưởng đoàn là ông Hoàng Minh Lâm, Phó Thị trưởng thành phố Phòng Thành Cảng. "
        "Trưởng đoàn: ông Dương Chí Hoa, Bí thư Thành ủy Phòng Thành Cảng."
    )
    out = run(text, kind="foreign_delegation", province="Quảng Ninh")
    assert out["lead"]["name"] == "Dương Chí Hoa"


def test_the_head_of_an_earlier_trip_named_by_his_post_mid_sentence_leads_not():
    out = run("Chiều 20/10, Chủ tịch UBND tỉnh Quảng Trị Võ Văn Hưng tiếp đoàn đại biểu tỉnh Savannakhet (Lào) do Phó Tỉnh "
              "trưởng Sổm-phon Phôm-vi-hản dẫn đầu. Ông nhắc lại, tháng 5/2023, đoàn công tác của tỉnh, trưởng đoàn là Phó "
              "Chủ tịch UBND tỉnh Hoàng Nam, đã sang thăm tỉnh Savannakhet.", kind="foreign_delegation", province="Quảng Trị")
    assert out["lead"]["name"] == "Sổm-phon Phôm-vi-hản"


def test_a_visiting_head_told_by_his_post_alone_leaves_the_lead_unnamed():
    text = (
        "Bình Định tiếp đoàn đại biểu vùng Bretagne (Pháp)\n"
        "Sáng 5/6/2024, Phó Chủ tịch UBND tỉnh Nguyễn Tự Công Hoàng tiếp đoàn đại biểu vùng Bretagne (Pháp). Đoàn do Phó Chủ "
        "tịch Hội đồng vùng phụ trách hợp tác quốc tế dẫn đầu, gồm đại diện các trường đại học và doanh nghiệp của vùng. "
        "Bà Anne Le Goff, phụ trách hợp tác với châu Á của Hội đồng vùng, cho biết Bretagne có thế mạnh về thủy sản."
    )
    out = _doc_run(text, "foreign_delegation")
    assert out["lead"] is None  # (not Anne Le Goff, a member of the delegation)
    assert "Anne Le Goff" in names(out)
    # (the post held by someone named later is the head's: "do Phó Thống đốc tỉnh dẫn đầu" then "Phó Thống đốc Kim Min-ho")
    named = text.replace("Phó Chủ tịch Hội đồng vùng phụ trách hợp tác quốc tế", "Phó Thống đốc tỉnh").replace(
        "Bà Anne Le Goff, phụ trách hợp tác với châu Á của Hội đồng vùng,", "Phó Thống đốc Kim Min-ho"
    )
    assert _doc_run(named, "foreign_delegation")["lead"]["name"] == "Kim Min-ho"


def test_the_head_named_after_his_role_and_his_delegations_unit():
    from apps.ingest.pipeline import extract_from_text

    text = ("Ninh Bình tiếp đoàn tỉnh Kaluga (Liên bang Nga)\nChiều 6/11/2025, Phó Chủ tịch UBND tỉnh Ninh Bình Vũ Mạnh Hà tiếp "
            "đoàn đại biểu tỉnh Kaluga (Liên bang Nga). Dự buổi tiếp có ông Alexei Ivanov, Tham tán Đại sứ quán Nga.\nTrưởng đoàn "
            "tỉnh Kaluga là ông Vla-đi-mia Pô-pốp, Phó Thống đốc thứ nhất tỉnh Kaluga.")
    assert extract_from_text(text, "t.txt")[1]["lead"]["name"] == "Vla-đi-mia Pô-pốp"


def test_a_head_called_by_his_given_names_initials_is_one_person():
    from apps.ingest.pipeline import extract_from_text

    text = ("Vĩnh Long tiếp Đại sứ Ấn Độ\nSáng 12/3/2026, Chủ tịch UBND tỉnh Vĩnh Long Thạch Văn Sơn tiếp Đại sứ Ấn Độ tại Việt "
            "Nam cùng đoàn công tác. Đi cùng đoàn có bà Priya Nair, Tổng Lãnh sự Ấn Độ tại TP. Hồ Chí Minh.\nĐại sứ Arun Kumar "
            "Raghavan đánh giá cao tiềm năng của tỉnh. Đại sứ A. K. Raghavan cho biết Ấn Độ sẽ dành thêm học bổng cho tỉnh.")
    record = extract_from_text(text, "t.txt")[1]
    assert record["lead"]["name"] == "Arun Kumar Raghavan"
    assert "A. K. Raghavan" not in [o["name"] for o in record["officials"]]


def test_a_visiting_head_by_post_with_an_honorific_and_the_greeted_guests_apposition():
    from apps.ingest.pipeline import extract_from_text

    text = ("Bạc Liêu tiếp Đại sứ Australia\n18/08/2022 09:15\n(BL) - Hôm qua (17/8), Chủ tịch UBND tỉnh Lý Thanh Tâm đã tiếp và "
            "làm việc với bà Đại sứ Australia tại Việt Nam.\nCùng đi với Đại sứ có ông Mark Ellison, Tổng Lãnh sự Australia tại "
            "TP. Hồ Chí Minh.\nĐại sứ Rachel Thornton cảm ơn tỉnh đã dành thời gian tiếp đoàn.")
    assert extract_from_text(text, "t.txt")[1]["lead"]["name"] == "Rachel Thornton"
    text = ("Vĩnh Long tiếp đoàn tỉnh Zeeland\nNgày 24/5/2016, Chủ tịch UBND tỉnh Võ Minh Thắng đã tiếp đoàn công tác tỉnh "
            "Zeeland (Hà Lan) do bà Phó Thống đốc tỉnh dẫn đầu.\nDự buổi làm việc có ông Hendrik Bosman, Tham tán Đại sứ quán Hà "
            "Lan.\nBà Marieke van den Berg, Phó Thống đốc tỉnh Zeeland, chia sẻ kinh nghiệm quản lý nước.")
    assert extract_from_text(text, "t.txt")[1]["lead"]["name"] == "Marieke van den Berg"
    text = ("Hải Phòng - Incheon tăng cường hợp tác\nSáng 21/4/2019, Phó Chủ tịch UBND thành phố Đinh Văn Phúc tiếp đoàn thành "
            "phố Incheon (Hàn Quốc) do Phó Thị trưởng thành phố Incheon làm trưởng đoàn.\nChào mừng ông Park Sang-hoon, Phó Thị "
            "trưởng thành phố Incheon và đoàn, Phó Chủ tịch UBND thành phố Đinh Văn Phúc cho biết hai thành phố đã kết nghĩa. "
            "Đồng chí đề nghị thành phố Incheon giới thiệu các nhà đầu tư Hàn Quốc vào Khu kinh tế Đình Vũ.")
    assert any("nhà đầu tư Hàn Quốc" in r["text"] for r in extract_from_text(text, "t.txt")[1]["requests"])


def test_the_chair_and_the_head_of_one_side_named_after_their_rank():
    from apps.ingest.pipeline import extract_from_text

    text = ("BĐBP Lai Châu hội đàm với Chi đội Quản lý biên giới Hồng Hà\nNgày 23/7/2024, tại Nhà hội đàm cửa khẩu Ma Lù Thàng, "
            "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lai Châu tổ chức hội đàm với đoàn đại biểu Chi đội Quản lý biên giới Hồng Hà, "
            "tỉnh Vân Nam (Trung Quốc).\nChủ trì hội đàm phía Việt Nam là Đại tá Vàng A Sênh, Chỉ huy trưởng BĐBP tỉnh. "
            "Trưởng đoàn phía Trung Quốc là Thượng tá Lý Vĩnh Thanh, Chi đội trưởng.")
    assert extract_from_text(text, "t.txt")[1]["lead"]["name"] in ("Vàng A Sênh", "Lý Vĩnh Thanh")


def test_the_provinces_leader_named_with_his_post_leads_its_trip_not_vietnams_ambassador():
    text = ("Bình Thuận mời Chiba hợp tác chế biến thủy sản\nThứ hai, 10/6/2024, 11:20 (GMT+7)\nTỉnh Bình Thuận đề nghị tỉnh Chiba "
            "chuyển giao công nghệ chế biến thủy sản.\nĐề nghị được Chủ tịch UBND tỉnh Bình Thuận Đoàn Anh Dũng đưa ra trong "
            "buổi làm việc với Phó Thống đốc tỉnh Chiba Sato Kenji tại thành phố Chiba, ngày 6/6, trong chuyến công tác Nhật Bản "
            "của đoàn lãnh đạo tỉnh từ 4 đến 9/6.\nTrước đó, ngày 5/6, đoàn làm việc với Đại sứ quán Việt Nam tại Nhật Bản. Đại "
            "sứ Phạm Quang Hiệu cho biết nhiều doanh nghiệp Nhật Bản quan tâm đến Bình Thuận.")
    record = extract_from_text(text, "t.txt")[1]
    assert record["kind"] == "outbound_delegation"
    assert (record["lead"] or {}).get("name") == "Đoàn Anh Dũng"
