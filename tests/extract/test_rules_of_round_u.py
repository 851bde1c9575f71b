"""The extraction rules of the rounds uu-vb and the mends made beside them: one test per rule, each sentence
written for it (provincial news style)."""

from apps.ingest.pipeline import extract_from_text


def _record(text):
    return extract_from_text(text, "u.txt")[1]


def _names(record):
    return {o["name"] for o in record["officials"]} | {(record["lead"] or {}).get("name")}


def test_a_given_name_ban_before_a_lower_case_verb_keeps_its_last_syllable():
    text = (
        "Nghệ An tiếp Đoàn công tác tỉnh Xiêng Khoảng (Lào)\n\nNgày 5/3/2024, UBND tỉnh Nghệ An tiếp Đoàn công tác tỉnh "
        "Xiêng Khoảng (Lào) do ông Khăm Phăn, Phó Tỉnh trưởng, làm trưởng đoàn. Ông Nguyễn Văn Ban lãnh đạo Sở Ngoại vụ "
        "tỉnh cùng dự buổi tiếp. Ông Trần Hữu Ban tài trợ học bổng cho lưu học sinh Lào."
    )
    names = _names(_record(text))
    assert {"Nguyễn Văn Ban", "Trần Hữu Ban"} <= names, names
    assert not names & {"Nguyễn Văn", "Trần Hữu"}, names
    # (a board's name written with capitals after a name is still no given name: "Ban Hợp tác quốc tế")
    board = text.replace("Ông Trần Hữu Ban tài trợ", "Ông Trần Hữu Long, Ban Hợp tác quốc tế tài trợ")
    assert "Trần Hữu Long" in _names(_record(board))


def test_a_hard_wrapped_line_ending_in_a_semicolon_goes_on_into_the_lower_case_line_after_it():
    from apps.ingest.clean import clean

    body = (
        "Chiều 9/10/2024, đoàn công tác Bộ Ngoại giao do Thứ trưởng Phạm Quang Hiệu làm trưởng đoàn đã\n"
        "làm việc với UBND tỉnh Cao Bằng về công tác đối ngoại chín tháng đầu năm. Tiếp đoàn có ông\n"
        "Lê Hải Hòa, Phó Chủ tịch UBND tỉnh cùng lãnh đạo các sở, ngành liên quan của tỉnh Cao Bằng.\n"
        "Phát biểu tại buổi làm việc, ông Lê Hải Hòa đề nghị Bộ Ngoại giao quan tâm hỗ trợ tỉnh mở\n"
        "cặp cửa khẩu song phương Lý Vạn - Thạc Long thành cửa khẩu quốc tế trong năm tới;\n"
        "phối hợp với Bộ Quốc phòng trong công tác tìm kiếm, quy tập hài cốt liệt sĩ tại biên giới.\n"
        "Thứ trưởng Phạm Quang Hiệu ghi nhận các kiến nghị của tỉnh và cho biết Bộ sẽ phối hợp với\n"
        "các bộ, ngành liên quan để xem xét, giải quyết trong thời gian sớm nhất có thể cho tỉnh.\n"
        "Hai bên cũng trao đổi về công tác thông tin đối ngoại và quản lý đoàn ra, đoàn vào của tỉnh\n"
        "trong dịp kỷ niệm các ngày lễ lớn của đất nước và của tỉnh Cao Bằng trong năm 2025 tới đây.\n"
    )
    out = clean("Thứ trưởng Bộ Ngoại giao làm việc với tỉnh Cao Bằng\n\n" + body)
    assert "thành cửa khẩu quốc tế trong năm tới; phối hợp với Bộ Quốc phòng" in out.text
    # (a list of bullet lines ending in semicolons stays a list: the next line opens with its mark)
    listed = body.replace(";\nphối hợp", ";\n- Phối hợp")
    assert "trong năm tới;\n- Phối hợp" in clean("Thứ trưởng Bộ Ngoại giao làm việc với tỉnh Cao Bằng\n\n" + listed).text


def test_a_weekly_schedule_under_its_heading_in_capitals_is_no_activity():
    text = (
        "UBND TỈNH SƠN LA\nVĂN PHÒNG\n\nLỊCH CÔNG TÁC CỦA LÃNH ĐẠO UBND TỈNH\nTuần 12 (Từ ngày 17/3/2025 đến ngày 23/3/2025)\n\nTHỨ HAI (17/3)\n"
        "- Sáng: Chủ tịch UBND tỉnh Trần Văn Lâm họp Thường trực UBND tỉnh.\n"
        "- Chiều: Phó Chủ tịch UBND tỉnh Sơn La Vũ Thị Hoa đã tiếp Đoàn công tác của Đại sứ quán Hàn Quốc. Thành phần: Giám đốc Sở "
        "Ngoại vụ.\nTHỨ BA (18/3)\n- Cả ngày: Đoàn đại biểu tỉnh do Chủ tịch UBND tỉnh làm trưởng đoàn thăm, làm việc tại "
        "tỉnh Hủa Phăn (Lào).\n"
    )
    assert _record(text)["is_activity"] is False
    # (the same reception reported as held is one)
    held = (
        "Phó Chủ tịch UBND tỉnh Sơn La tiếp Đoàn công tác Đại sứ quán Hàn Quốc\n\nChiều 17/3/2025, Phó Chủ tịch UBND tỉnh Sơn "
        "La Vũ Thị Hoa đã tiếp Đoàn công tác của Đại sứ quán Hàn Quốc do ông Park Min-ho, Tham tán, làm trưởng đoàn."
    )
    assert _record(held)["is_activity"] is True
    # (nor is a story under a portal's menu item "Lịch công tác" a schedule)
    assert _record("Tin hoạt động\nLịch công tác\n" + held)["is_activity"] is True


def test_the_party_committees_own_quarterly_review_is_no_activity():
    text = (
        "Hội nghị Ban Thường vụ Tỉnh ủy đánh giá kết quả 6 tháng đầu năm 2024\n\nThứ Năm, 04/07/2024 - 10:20\n\n"
        "Sáng 4/7, Ban Thường vụ Tỉnh ủy Hà Giang tổ chức hội nghị đánh giá kết quả lãnh đạo, chỉ đạo 6 tháng đầu năm. Đồng chí "
        "Nguyễn Mạnh Dũng, Bí thư Tỉnh ủy chủ trì hội nghị. Theo báo cáo, công tác đối ngoại với châu Văn Sơn (Vân Nam, "
        "Trung Quốc) được triển khai theo kế hoạch; hội nghị cũng cho ý kiến về đề án phát triển du lịch."
    )
    assert _record(text)["is_activity"] is False
    # (one on foreign affairs is the province's own: its headline says so)
    on_affairs = text.replace("đánh giá kết quả 6 tháng đầu năm 2024\n", "cho ý kiến về công tác đối ngoại năm 2024\n", 1)
    assert _record(on_affairs)["is_activity"] is True


def test_a_department_cited_for_its_figures_takes_no_part_in_a_companys_deal():
    text = (
        "Doanh nghiệp Chợ Gạo ký hợp đồng xuất khẩu 500 tấn thanh long sang Nhật Bản\n\nCập nhật lúc 12/09/2024 - 15:20\n\n"
        "(THO) - Sáng 12/9, tại huyện Chợ Gạo, Công ty TNHH Trái cây Mỹ Phong đã ký kết hợp đồng cung ứng 500 tấn thanh long "
        "ruột đỏ trong năm 2024 - 2025 với Công ty Sakura Foods, một nhà nhập khẩu có trụ sở tại thành phố Osaka (Nhật Bản).\n\n"
        "Phát biểu tại lễ ký kết, ông Lê Văn Phong, Giám đốc Công ty TNHH Trái cây Mỹ Phong cho biết đây là hợp đồng lớn nhất "
        "của doanh nghiệp. Ông Tanaka Hiro, Giám đốc Công ty Sakura Foods, cho biết thanh long Tiền Giang ngày càng được ưa "
        "chuộng.\n\nTheo Sở Công Thương, 8 tháng đầu năm 2024, kim ngạch xuất khẩu thanh long của tỉnh đạt 95 triệu USD."
    )
    assert _record(text)["is_activity"] is False
    # (the department at the signing takes part: "Tham dự có ông ..., Giám đốc Sở Công Thương")
    attended = text.replace("Theo Sở Công Thương, 8 tháng", "Tham dự lễ ký có lãnh đạo Sở Công Thương tỉnh. 8 tháng")
    assert _record(attended)["is_activity"] is True
