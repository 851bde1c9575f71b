"""requests.extract: what the province asks of central bodies or of a foreign partner."""

import pytest

from apps.ingest.pipeline import extract_from_text

from .articles import read_as_expected
from .docs import extract_requests, make_doc


def _doc(text, province="Đắk Lắk", kind="central_delegation", lead=None, officials=()):
    doc = make_doc(text, name="t.txt")
    doc.given = (kind, province, lead, list(officials))  # what extract is given with the article
    return doc


def _extract(doc):
    kind, province, lead, officials = doc.given
    return extract_requests(doc, kind, province, lead, officials)


def _texts(doc):
    return [r["text"] for r in _extract(doc)]


def test_province_subject_asking_the_ministry_is_a_request():
    doc = _doc("Tiêu đề\nTại buổi làm việc, tỉnh Đắk Lắk kiến nghị với Bộ Ngoại giao sớm cho chủ trương kè bờ bảo vệ các cột mốc.")
    out = _extract(doc)
    assert len(out) == 1
    assert out[0]["text"].startswith("kiến nghị với Bộ Ngoại giao")
    assert "kè bờ" in out[0]["text"]
    assert out[0]["category"] == "border"


def test_span_points_at_the_text():
    doc = _doc("Tiêu đề\nTỉnh đề nghị Bộ Ngoại giao hỗ trợ tỉnh sớm khai thông cửa khẩu Đắk Ruê.")
    (req,) = _extract(doc)
    start, end = req["span"]
    assert doc.text[start:end] == req["text"]
    assert req["category"] == "border_gate"


def test_visitor_asking_the_province_is_not_a_request():
    doc = _doc("Tiêu đề\nThứ trưởng đề nghị tỉnh Điện Biên tiếp tục tăng cường công tác bảo vệ biên giới.", province="Điện Biên")
    assert _extract(doc) == []


def test_visitor_known_by_name_from_people_extraction_is_not_a_request():
    doc = _doc(
        "Tiêu đề\nÔng Lê Văn A mong muốn Bộ Ngoại giao quan tâm tổ chức hội nghị xúc tiến đầu tư.",
        lead="Lê Văn A",
    )
    assert _extract(doc) == []


def test_local_official_known_by_name_is_the_province():
    doc = _doc(
        "Tiêu đề\nÔng Lê Văn B mong muốn Bộ Ngoại giao quan tâm tổ chức hội nghị xúc tiến đầu tư.",
        officials=[{"name": "Lê Văn B", "titles": ["Chủ tịch UBND tỉnh"], "side": "local"}],
    )
    assert _texts(doc) == ["mong muốn Bộ Ngoại giao quan tâm tổ chức hội nghị xúc tiến đầu tư."]


def test_local_title_after_an_opening_adverbial_is_the_subject():
    doc = _doc(
        "Tiêu đề\nPhát biểu tại buổi làm việc, Phó Chủ tịch Thường trực UBND tỉnh Hoàng Gia Long mong muốn "
        "Lãnh sự Việt Nam tại Côn Minh giúp tỉnh Hà Giang đẩy mạnh quan hệ hợp tác.",
        province="Hà Giang",
    )
    assert len(_extract(doc)) == 1


def test_noun_use_of_ask_words_is_not_a_request():
    doc = _doc(
        "Tiêu đề\nĐối với các kiến nghị, đề xuất của tỉnh, Thứ trưởng sẽ báo cáo Bộ trưởng chỉ đạo các vụ.\n"
        "Phó Chủ tịch UBND tỉnh đưa ra đề xuất trong buổi tiếp."
    )
    assert _extract(doc) == []


def test_ask_addressed_to_the_provinces_own_departments_is_not_a_request():
    doc = _doc("Tiêu đề\nBí thư Tỉnh ủy đề nghị các sở, ngành tiếp tục làm tốt công tác đối ngoại.")
    assert _extract(doc) == []


def test_central_addressee_after_cac_co_quan_is_kept():
    doc = _doc("Tiêu đề\nUBND tỉnh kiến nghị với các cơ quan trung ương hoàn thiện các quy định về công tác đối ngoại.")
    assert len(_extract(doc)) == 1


def test_pronoun_subject_takes_the_actor_of_the_sentence_before():
    local = _doc(
        "Tiêu đề\nBí thư Tỉnh ủy Ngô Đông Hải cảm ơn Đoàn. Đồng chí mong muốn Bộ Ngoại giao giới thiệu nhà đầu tư Nhật Bản."
    )
    visitor = _doc(
        "Tiêu đề\nThay mặt Đoàn, Thứ trưởng Bùi Thanh Sơn cảm ơn tỉnh. Đồng chí mong muốn Bộ Ngoại giao giới thiệu nhà đầu tư Nhật Bản."
    )
    assert len(_extract(local)) == 1
    assert _extract(visitor) == []


def test_continuation_sentences_of_a_list_of_asks_are_requests():
    doc = _doc(
        "Tiêu đề\nTỉnh Điện Biên kiến nghị Bộ Ngoại giao hỗ trợ kinh phí xây dựng các chợ biên giới. "
        "Xây dựng hạ tầng khu kinh tế cửa khẩu Tây Trang. Hỗ trợ địa phương trong quảng bá hình ảnh của tỉnh. "
        "Tỉnh có nhiều tiềm năng.",
        province="Điện Biên",
    )
    texts = _texts(doc)
    assert len(texts) == 3
    assert texts[1].startswith("Xây dựng hạ tầng")
    assert not any("tiềm năng." in t for t in texts)


def test_ask_of_a_foreign_partner_is_a_request():
    doc = _doc(
        "Lãnh đạo thành phố Đà Nẵng đề xuất bang Oregon (Mỹ) cùng thành phố tập trung vào công nghệ chip, logistics\n"
        "Nội dung.",
        province="Đà Nẵng",
        kind="foreign_delegation",
    )
    assert len(_extract(doc)) == 1


def test_title_of_a_foreign_province_is_not_local():
    doc = _doc(
        "Tiêu đề\nBí thư Tỉnh ủy, Tỉnh trưởng tỉnh Sê Kông đề nghị tỉnh Quảng Nam hỗ trợ đào tạo cán bộ.",
        province="Quảng Nam",
        kind="outbound_delegation",
    )
    assert _extract(doc) == []


def test_general_wish_about_the_relationship_is_left_out():
    doc = _doc("Tiêu đề\nBí thư Tỉnh ủy mong muốn quan hệ giữa hai tỉnh ngày càng phát triển tốt đẹp.")
    assert _extract(doc) == []


def test_joint_intentions_are_not_requests():
    doc = _doc("Tiêu đề\nChủ tịch UBND tỉnh đề nghị hai bên tiếp tục phối hợp quản lý biên giới.")
    assert _extract(doc) == []


def test_repeated_ask_in_headline_and_body_is_listed_once():
    doc = _doc(
        "Cà Mau mong muốn được Bộ Ngoại giao hỗ trợ về công tác đối ngoại và hội nhập kinh tế quốc tế\n"
        "Tại buổi làm việc, tỉnh Cà Mau mong muốn được Bộ Ngoại giao hỗ trợ về công tác đối ngoại và hội nhập kinh tế quốc tế.",
        province="Cà Mau",
    )
    assert len(_extract(doc)) == 1


def test_long_sentence_is_cut_under_500_characters():
    body = "; ".join(f"hỗ trợ dự án số {n} về hạ tầng giao thông và thủy lợi của tỉnh" for n in range(20))
    doc = _doc(f"Tiêu đề\nTỉnh đề nghị Bộ Ngoại giao {body}.")
    out = _extract(doc)
    assert out
    for req in out:
        assert len(req["text"]) <= 500
        assert doc.text[req["span"][0] : req["span"][1]] == req["text"]


def test_speaking_for_the_province_makes_an_untitled_speaker_local():
    doc = _doc("Tiêu đề\nThay mặt lãnh đạo tỉnh, đồng chí Nguyễn Văn X đề nghị Đại sứ giới thiệu doanh nghiệp Hàn Quốc đầu tư vào tỉnh.")
    assert len(_extract(doc)) == 1


def test_unknown_named_speaker_is_left_out():
    doc = _doc("Tiêu đề\nÔng Kim Young Sam mong muốn Bộ Ngoại giao hỗ trợ kết nối doanh nghiệp.")
    assert _extract(doc) == []


def test_wish_as_a_noun_after_su_quan_tam_va_is_not_a_request():
    doc = _doc("Tiêu đề\nTỉnh nhận được sự quan tâm và mong muốn kết nối, tăng cường hợp tác của nhiều quốc gia.")
    assert _extract(doc) == []


def test_time_phrase_before_a_local_addressee_is_skipped():
    doc = _doc("Tiêu đề\nGiám đốc Sở Ngoại vụ đề nghị thời gian tới các cơ quan, đơn vị nâng cao chất lượng tham mưu.")
    assert _extract(doc) == []


def test_the_named_official_right_before_the_ask_word_is_its_subject():
    doc = _doc(
        "Tiêu đề\nTại buổi làm việc với ông Nagasaki Kotaro, Thống đốc tỉnh Yamanashi, Phó Chủ tịch UBND tỉnh "
        "Đào Mỹ đề nghị tỉnh Yamanashi tiếp nhận thêm thực tập sinh kỹ năng của Phú Yên.",
        province="Phú Yên", kind="outbound_delegation", lead="Đào Mỹ",
        officials=[{"name": "Nagasaki Kotaro", "side": "foreign"}],
    )
    assert [t[:30] for t in _texts(doc)] == ["đề nghị tỉnh Yamanashi tiếp nh"]


# --- asks phrased otherwise (issue 13, category 3) ---------------------------------------------


def test_a_hope_that_the_ambassador_will_be_a_bridge_is_an_ask():
    doc = _doc(
        "Tiêu đề\nChủ tịch UBND tỉnh bày tỏ hy vọng sau chuyến thăm này, Đại sứ sẽ là cầu nối "
        "giúp doanh nghiệp Na Uy đầu tư vào năng lượng tái tạo của tỉnh.",
        kind="foreign_delegation",
    )
    (req,) = _extract(doc)
    assert "cầu nối" in req["text"]


def test_a_hope_about_the_relationship_alone_is_not_an_ask():
    doc = _doc(
        "Tiêu đề\nChủ tịch UBND tỉnh hy vọng quan hệ hữu nghị giữa hai địa phương ngày càng phát triển.",
        kind="foreign_delegation",
    )
    assert _extract(doc) == []


def test_mong_before_the_consulate_with_a_lower_case_name():
    doc = _doc(
        "Tiêu đề\nĐể chuyến công tác thành công, ông Trần Văn nam mong phía Tổng Lãnh sự quán hỗ trợ "
        "tỉnh tổ chức hội thảo kết nối doanh nghiệp và giới thiệu, quảng bá du lịch.",
        kind="foreign_delegation",
        officials=[{"name": "Trần Văn Nam", "side": "local", "titles": ["Phó Chủ tịch UBND tỉnh"]}],
    )
    (req,) = _extract(doc)
    assert "hội thảo kết nối" in req["text"] and "quảng bá du lịch" in req["text"]


def test_a_department_proposing_to_the_provinces_own_leaders_is_not_an_ask():
    doc = _doc(
        "Tiêu đề\nSở Ngoại vụ đã đề xuất Tỉnh ủy, UBND tỉnh tổ chức đón tiếp 20 đoàn khách quốc tế.",
        kind="provincial_event",
    )
    assert _extract(doc) == []


def test_a_long_numbered_list_of_asks_is_split_not_cut():
    asks = "; ".join([
        "(1) sớm cho chủ trương xây dựng kè bảo vệ các cột mốc biên giới có nguy cơ sạt lở cao ở huyện biên giới",
        "(2) quan tâm bố trí kinh phí nâng cấp tuyến đường tuần tra dọc biên giới qua ba xã vùng sâu vùng xa",
        "(3) hỗ trợ tỉnh kết nối với các tổ chức phi chính phủ nước ngoài để vận động viện trợ cho y tế cơ sở",
        "(4) giới thiệu nhà đầu tư Nhật Bản, Hàn Quốc vào khu công nghiệp chế biến nông sản và cà phê chất lượng cao",
        "(5) xem xét nâng cấp cặp cửa khẩu phụ thành cửa khẩu chính để thúc đẩy giao thương hàng hóa hai bên",
        "(6) tạo điều kiện đào tạo tiếng Anh và nghiệp vụ lễ tân đối ngoại cho đội ngũ cán bộ trẻ của Sở Ngoại vụ",
    ])
    doc = _doc("Tiêu đề\nTỉnh Đắk Lắk đề nghị Bộ Ngoại giao: " + asks + ".")
    out = _extract(doc)
    assert len(out) >= 2
    assert all(len(r["text"]) <= 500 for r in out)
    assert any("nghiệp vụ lễ tân" in r["text"] for r in out)
    for r in out:
        assert doc.text[r["span"][0] : r["span"][1]] == r["text"]


def test_numbered_lines_after_a_colon_are_one_ask_each():
    doc = _doc(
        "Tiêu đề\nĐể quản lý tốt biên giới, tỉnh Đắk Lắk kiến nghị:\n"
        "1. Ủy ban Biên giới quốc gia bố trí kinh phí xây dựng kè chống sạt lở bờ suối biên giới;\n"
        "2. Sớm hướng dẫn việc sử dụng hồ sơ mốc giới sau sắp xếp đơn vị hành chính;"
    )
    texts = _texts(doc)
    assert any("kè chống sạt lở" in t for t in texts) and any("hồ sơ mốc giới" in t for t in texts)


def test_asks_announced_then_listed_thu_nhat_thu_hai():
    doc = _doc(
        "Tiêu đề\nPhó Chủ tịch UBND tỉnh đề nghị Đại sứ quán quan tâm:\n"
        "Thứ nhất, tiếp tục dành học bổng cho cán bộ, giảng viên của tỉnh;\n"
        "Thứ hai, hỗ trợ kết nối tỉnh với bang Queensland trong giáo dục nghề nghiệp.",
        kind="foreign_delegation",
    )
    texts = _texts(doc)
    assert len(texts) == 2
    assert "học bổng" in texts[0] and "Queensland" in texts[1]


def test_a_speaker_called_by_the_last_part_of_the_name():
    doc = _doc(
        "Tiêu đề\nÔng Quân đề nghị bang Victoria hỗ trợ thành phố đào tạo nhân lực ngành bán dẫn.",
        kind="foreign_delegation",
        officials=[{"name": "Trương Minh Quân", "side": "local", "titles": ["Phó Chủ tịch UBND thành phố"]}],
    )
    assert len(_texts(doc)) == 1


def test_a_wish_to_widen_cooperation_with_a_country_is_no_ask():
    doc = _doc("Tiêu đề\nTỉnh mong muốn mở rộng hợp tác thương mại, đầu tư với Pakistan.", kind="foreign_delegation")
    assert _texts(doc) == []


def test_the_provinces_subcommittee_asking_the_ministry():
    doc = _doc("Tiêu đề\nTiểu ban đề nghị Bộ Ngoại giao hỗ trợ kết nối với Đại sứ quán Cuba tại Việt Nam.",
               kind="provincial_event")
    assert len(_texts(doc)) == 1


def test_proposals_as_a_noun_are_no_ask():
    doc = _doc("Tiêu đề\nĐồng chí nhấn mạnh các nội dung đề xuất phải cụ thể, khả thi, đúng đường lối đối ngoại.",
               kind="provincial_event")
    assert _texts(doc) == []


def test_both_sides_asked_to_sign_an_agreement_is_an_ask():
    doc = _doc("Tiêu đề\nTỉnh Thái Bình mong muốn hai tỉnh sớm ký kết biên bản ghi nhớ hợp tác hữu nghị.",
               kind="foreign_delegation")
    assert len(_texts(doc)) == 1


def test_both_sides_wished_well_is_no_ask():
    doc = _doc("Tiêu đề\nTỉnh mong muốn hai bên tiếp tục tăng cường quan hệ hữu nghị.", kind="foreign_delegation")
    assert _texts(doc) == []


def test_a_quoted_ask_belongs_to_the_speaker_named_after_it():
    doc = _doc(
        'Tiêu đề\n"Chúng tôi hy vọng ngài Tổng Lãnh sự sẽ là cầu nối đưa các nhà đầu tư Hàn Quốc đến tỉnh", ông Dũng nói.',
        kind="foreign_delegation",
        officials=[{"name": "Lê Trung Dũng", "side": "local", "titles": ["Chủ tịch UBND tỉnh"]}],
    )
    assert len(_texts(doc)) == 1


def test_a_quoted_ask_of_the_visitor_is_not_the_provinces():
    doc = _doc(
        'Tiêu đề\n"Chúng tôi mong muốn tỉnh tạo điều kiện cho doanh nghiệp Hàn Quốc", ông Park nói.',
        kind="foreign_delegation",
        officials=[{"name": "Park Min Soo", "side": "foreign", "titles": ["Tổng Lãnh sự"]}],
    )
    assert _texts(doc) == []


def test_ong_after_a_sentence_about_both_sides_is_the_speaker_before():
    doc = _doc(
        "Tiêu đề\nPhó Chủ tịch UBND tỉnh Trần Văn Phúc đề nghị thành phố Kyoto hỗ trợ đào tạo chuyên gia bảo tồn.\n"
        "Hai bên ôn lại quá trình hợp tác giữa hai cố đô. Ông cũng đề xuất hai bên phối hợp tổ chức Tuần lễ văn hóa Kyoto.",
        kind="outbound_delegation",
        officials=[{"name": "Trần Văn Phúc", "side": "local", "titles": ["Phó Chủ tịch UBND tỉnh"]}],
    )
    texts = _texts(doc)
    assert any("Tuần lễ văn hóa" in t for t in texts) and any("chuyên gia bảo tồn" in t for t in texts)


def test_an_ask_in_the_headline_is_listed_as_the_body_writes_it_in_full():
    doc = _doc(
        "Khánh Hòa đề nghị Tổng Lãnh sự quán Nga hỗ trợ tăng chuyến bay thẳng đến Cam Ranh\n"
        "Ông Trịnh Minh Hoàng đề nghị Tổng Lãnh sự quán hỗ trợ kết nối với các hãng hàng không Nga để tăng "
        "tần suất các chuyến bay thẳng đến Cam Ranh.",
        province="Khánh Hòa", kind="foreign_delegation",
        officials=[{"name": "Trịnh Minh Hoàng", "side": "local", "titles": ["Phó Chủ tịch UBND tỉnh"]}],
    )
    (req,) = _extract(doc)
    assert "tăng tần suất các chuyến bay thẳng" in req["text"]


def test_both_sides_asked_to_finish_together():
    doc = _doc("Tiêu đề\nTỉnh Quảng Ninh đề nghị hai bên phối hợp sớm hoàn thành thủ tục đưa cầu Bắc Luân II vào sử dụng.",
               province="Quảng Ninh", kind="outbound_delegation")
    assert len(_texts(doc)) == 1


def test_both_sides_asked_to_agree_on_a_plan():
    doc = _doc("Tiêu đề\nPhó Chủ tịch cũng đề xuất hai bên sớm thống nhất phương án mở đường chuyên dụng qua mốc 52.",
               province="Cao Bằng", kind="foreign_delegation")
    assert _texts(doc) == ["đề xuất hai bên sớm thống nhất phương án mở đường chuyên dụng qua mốc 52."]
    doc = _doc("Tiêu đề\nPhó Chủ tịch đề nghị hai bên thống nhất quan điểm.", province="Cao Bằng", kind="foreign_delegation")
    assert _texts(doc) == []


def test_a_concrete_joint_ask_later_in_the_clause_or_after_two_pre_verbs():
    doc = _doc("Tiêu đề\nChủ tịch UBND tỉnh đề nghị hai tỉnh tăng cường phối hợp phòng chống cháy rừng dọc biên "
               "giới và sớm mở lại chợ biên giới Bản Lầu.", province="Lào Cai", kind="outbound_delegation")
    assert len(_texts(doc)) == 1 and "sớm mở lại chợ biên giới Bản Lầu" in _texts(doc)[0]
    doc = _doc("Tiêu đề\nBí thư Tỉnh ủy đề nghị hai bên phối hợp thúc đẩy triển khai dự án đường cao tốc nối hai "
               "tỉnh.", province="Lào Cai", kind="outbound_delegation")
    assert len(_texts(doc)) == 1
    doc = _doc("Tiêu đề\nChủ tịch UBND tỉnh đề nghị hai tỉnh tăng cường phối hợp trong công tác quản lý biên giới.",
               province="Lào Cai", kind="outbound_delegation")
    assert _texts(doc) == []  # a joint intention with nothing concrete to open, sign, build or fight


def test_a_common_threat_fought_together_is_a_joint_ask():
    doc = _doc("Tiêu đề\nChủ tịch UBND tỉnh đề nghị hai tỉnh tăng cường phối hợp phòng chống cháy rừng dọc biên "
               "giới.", province="Lào Cai", kind="outbound_delegation")
    assert len(_texts(doc)) == 1
    doc = _doc("Tiêu đề\nĐồng chí Bí thư Tỉnh ủy cũng đề nghị hai bên tăng cường trao đổi thông tin, phối hợp ngăn chặn "
               "tình trạng buôn lậu thuốc lá qua đường mòn.", province="Kon Tum", kind="outbound_delegation")
    assert len(_texts(doc)) == 1 and "ngăn chặn tình trạng buôn lậu" in _texts(doc)[0]
    doc = _doc("Tiêu đề\nBí thư Tỉnh ủy đề nghị hai bên tăng cường trao đổi thông tin, phối hợp chặt chẽ hơn nữa.",
               province="Kon Tum", kind="outbound_delegation")
    assert _texts(doc) == []


def test_the_missions_abroad_are_no_local_addressee():
    doc = _doc("Tiêu đề\nChủ tịch UBND tỉnh mong muốn các cơ quan đại diện nước ngoài giới thiệu các nhà đầu tư vào "
               "lĩnh vực chế biến thủy sản tại tỉnh.", province="Cà Mau", kind="provincial_event")
    assert len(_texts(doc)) == 1
    doc = _doc("Tiêu đề\nChủ tịch UBND tỉnh đề nghị các cơ quan chuyên môn của tỉnh rà soát các thủ tục đầu tư.",
               province="Cà Mau", kind="provincial_event")
    assert _texts(doc) == []


def test_a_pronoun_takes_the_subject_after_the_apposition_of_whom_the_meeting_was_with():
    officials = [{"name": "Lê Thị Hạnh", "titles": ["Phó Chủ tịch UBND tỉnh"], "side": "local"},
                 {"name": "Anna Kowalska", "titles": ["Thứ trưởng"], "side": "foreign"}]
    doc = _doc("Tiêu đề\nTại buổi làm việc với bà Anna Kowalska, Thứ trưởng phụ trách du lịch của bang Queensland, "
               "Phó Chủ tịch UBND tỉnh Lê Thị Hạnh giới thiệu tiềm năng của tỉnh. Bà đề nghị bang Queensland hỗ trợ "
               "đào tạo hướng dẫn viên du lịch cho tỉnh.", province="Quảng Nam", kind="outbound_delegation",
               officials=officials)
    assert len(_texts(doc)) == 1
    doc = _doc("Tiêu đề\nTại buổi tiếp với ông Tom Baker, Tổng Lãnh sự Australia, Phó Chủ tịch UBND tỉnh đề nghị Tổng "
               "Lãnh sự quán hỗ trợ kết nối doanh nghiệp của tỉnh với các nhà nhập khẩu.", province="Quảng Nam",
               kind="foreign_delegation")
    assert len(_texts(doc)) == 1
    # The guest asks after a phrase with a verb: no apposition, the guest's own ask.
    doc = _doc("Tiêu đề\nTại buổi tiếp với lãnh đạo tỉnh, Tổng Lãnh sự cho biết, Tổng Lãnh sự đề nghị tỉnh tạo điều "
               "kiện cho doanh nghiệp Australia.", province="Quảng Nam", kind="foreign_delegation")
    assert _texts(doc) == []


def test_a_quotation_opening_with_an_adverbial_then_chung_toi():
    doc = _doc(
        'Tiêu đề\n"Với thỏa thuận hôm nay, chúng tôi mong muốn thành phố Sakai hỗ trợ Đà Nẵng đào tạo nhân lực '
        'ngành bán dẫn", ông Trương Công Hậu nói.',
        province="Đà Nẵng", kind="provincial_event",
        officials=[{"name": "Trương Công Hậu", "side": "local", "titles": ["Chủ tịch UBND thành phố"]}],
    )
    assert len(_texts(doc)) == 1


def test_the_partner_province_called_tinh_ban_is_an_addressee_not_the_province_itself():
    doc = _doc("Tiêu đề\nLãnh đạo tỉnh Đồng Tháp mong muốn tỉnh bạn mở rộng chương trình lao động thời vụ cho người lao động.",
               province="Đồng Tháp", kind="foreign_delegation")
    assert len(_texts(doc)) == 1


def test_an_expressed_wish_addressed_to_the_ministry_is_an_ask():
    doc = _doc("Tiêu đề\nBí thư Tỉnh ủy bày tỏ mong muốn Bộ Ngoại giao quan tâm hỗ trợ tỉnh tổ chức Diễn đàn hợp tác kinh tế.")
    assert len(_texts(doc)) == 1


def test_a_long_line_that_announces_the_list_below_is_dropped():
    doc = _doc(
        "Tiêu đề\nĐể công tác đối ngoại mở đường cho phát triển, tỉnh kiến nghị Bộ Ngoại giao một số nội dung:\n"
        "- Tiếp tục vận động các nhà tài trợ hỗ trợ các dự án khắc phục hậu quả bom mìn;\n"
        "- Giới thiệu các nhà đầu tư Nhật Bản vào Khu kinh tế Đông Nam của tỉnh."
    )
    texts = _texts(doc)
    assert len(texts) == 2 and not any(t.endswith(":") for t in texts)


def test_in_a_trip_abroad_the_delegation_speaking_is_the_provinces():
    doc = _doc(
        "Tiêu đề\nĐoàn đã đến các tỉnh Houaphanh và Bolikhamxay của Lào. Ông đề nghị phía bạn tạo điều kiện để "
        "doanh nghiệp của tỉnh mở rộng đầu tư vào nông nghiệp.",
        province="Nghệ An", kind="outbound_delegation",
    )
    assert len(_texts(doc)) == 1


def test_both_sides_asked_to_keep_a_mechanism():
    doc = _doc("Tiêu đề\nĐồng chí Bí thư Tỉnh ủy đề nghị hai bên duy trì cơ chế trao đổi thông tin dịch bệnh hằng tuần.",
               kind="foreign_delegation")
    assert len(_texts(doc)) == 1


# --- held-out articles (articles.py) ------------------------------------------------------------

UNSEEN = [
    # 1. A Deputy Minister of Foreign Affairs at a northern border province; border-gate asks.
    (
        "deputy_minister_cao_bang",
        """Trang chủ > Tin tức > Đối ngoại
Thứ Năm, 12/10/2023 - 15:20
Thứ trưởng Bộ Ngoại giao Đỗ Hùng Việt làm việc với tỉnh Cao Bằng
Chiều 11/10, Đoàn công tác của Bộ Ngoại giao do đồng chí Đỗ Hùng Việt, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Ngoại giao làm Trưởng đoàn đã có buổi làm việc với tỉnh Cao Bằng.
Tiếp và làm việc với đoàn có đồng chí Hoàng Xuân Ánh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; đồng chí Lê Hải Hòa, Phó Chủ tịch UBND tỉnh cùng lãnh đạo các sở, ngành liên quan.
Quang cảnh buổi làm việc. Ảnh: Minh Hòa
Báo cáo tại buổi làm việc, Giám đốc Sở Ngoại vụ Đàm Văn Bắc cho biết, năm 2023 tỉnh đã tổ chức nhiều hoạt động giao lưu với Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc), thúc đẩy hợp tác kinh tế biên mậu.
Phát biểu tại buổi làm việc, Chủ tịch UBND tỉnh Hoàng Xuân Ánh đề nghị Bộ Ngoại giao tiếp tục quan tâm, hỗ trợ tỉnh trong việc đàm phán với phía Trung Quốc để nâng cấp cặp cửa khẩu Trà Lĩnh - Long Bang thành cửa khẩu quốc tế. Đồng thời, tỉnh kiến nghị Bộ Ngoại giao phối hợp với các bộ, ngành sớm khai trương cặp cửa khẩu song phương Sóc Giang - Bình Mãng.
Thứ trưởng Đỗ Hùng Việt đánh giá cao những kết quả tỉnh Cao Bằng đạt được; đề nghị tỉnh tiếp tục quản lý tốt đường biên, mốc giới, phối hợp chặt chẽ với các lực lượng chức năng.
Thứ trưởng khẳng định Bộ Ngoại giao sẽ phối hợp chặt chẽ với tỉnh trong quá trình thúc đẩy mở cửa khẩu.
Nguyễn Thủy
Tin liên quan
Cao Bằng tiếp Tổng Lãnh sự Trung Quốc tại Hà Nội (10/09/2023)
Hội nghị tổng kết công tác đối ngoại năm 2022 (25/12/2022)
""",
        dict(
            kind="central_delegation", province="Cao Bằng", start="2023-10-11", end="2023-10-11",
            lead="Đỗ Hùng Việt",
            officials=["Đỗ Hùng Việt", "Hoàng Xuân Ánh", "Lê Hải Hòa", "Đàm Văn Bắc"],
            requests=["nâng cấp cặp cửa khẩu Trà Lĩnh", "khai trương cặp cửa khẩu song phương Sóc Giang"],
            partners=[["Quảng Tây", "Khu tự trị dân tộc Choang Quảng Tây"]],
        ),
    ),
    # 13. The visiting minister asks the province to do things: no request of the province.
    (
        "minister_asks_kien_giang",
        """Thứ Bảy, 20/04/2024 - 19:05
Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn làm việc với tỉnh Kiên Giang
Ngày 20/4, Đoàn công tác của Bộ Ngoại giao do đồng chí Bùi Thanh Sơn, Ủy viên Trung ương Đảng, Bộ trưởng Bộ Ngoại giao dẫn đầu đã có buổi làm việc với Ban Thường vụ Tỉnh ủy Kiên Giang.
Tiếp đoàn có đồng chí Đỗ Thanh Bình, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Kiên Giang; đồng chí Lâm Minh Thành, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.
Báo cáo với đoàn, đồng chí Lâm Minh Thành cho biết, tỉnh duy trì quan hệ hữu nghị với các tỉnh Kampot, Takeo và Kep của Campuchia; năm 2023 đón hơn 650.000 lượt khách quốc tế.
Phát biểu tại buổi làm việc, Bộ trưởng Bùi Thanh Sơn đề nghị tỉnh tiếp tục phát huy vị trí cửa ngõ phía Tây Nam, tăng cường ngoại giao kinh tế để thu hút đầu tư vào Phú Quốc; đồng thời đề nghị Kiên Giang làm tốt công tác bảo hộ công dân, quản lý ngư dân khai thác hải sản trên biển.
Bộ trưởng khẳng định Bộ Ngoại giao sẽ đồng hành, hỗ trợ tỉnh trong việc tổ chức các sự kiện quốc tế, trong đó có Hội nghị APEC 2027 tại Phú Quốc.
Đồng chí Đỗ Thanh Bình cảm ơn Bộ trưởng và khẳng định tỉnh sẽ tiếp thu, thực hiện nghiêm túc các ý kiến chỉ đạo.
Bảo Ngọc
Tin liên quan
Kiên Giang tăng cường hợp tác với tỉnh Kampot (05/03/2024)
""",
        dict(
            kind="central_delegation", province="Kiên Giang", start="2024-04-20", end="2024-04-20",
            lead="Bùi Thanh Sơn", officials=["Bùi Thanh Sơn", "Đỗ Thanh Bình", "Lâm Minh Thành"],
            requests=[], partners=["Kampot", "Takeo", "Kep"],
        ),
    ),
]


@pytest.mark.parametrize(("source", "exp"), [c[1:] for c in UNSEEN], ids=[c[0] for c in UNSEEN])
def test_unseen_article_is_read_as_a_careful_reader_would(source, exp):
    read_as_expected(source, exp)


def test_a_provinces_leader_asking_thanh_pho_asks_the_city_it_visits():
    doc = _doc("Tiêu đề\nTại buổi làm việc với Thị trưởng thành phố Hamamatsu, Phó Chủ tịch UBND tỉnh đề nghị thành phố "
               "giới thiệu các doanh nghiệp sản xuất linh kiện đến khảo sát đầu tư tại tỉnh.",
               province="Gia Lai", kind="outbound_delegation")
    assert len(_texts(doc)) == 1
    # In a city's own article "thành phố" is the city itself.
    doc = _doc("Tiêu đề\nChủ tịch UBND thành phố đề nghị thành phố tập trung hoàn thiện hạ tầng khu công nghệ cao.",
               province="Đà Nẵng", kind="foreign_delegation")
    assert _texts(doc) == []


def test_an_ask_only_to_remove_difficulties_is_no_request():
    doc = _doc("Quảng Bình kiến nghị tháo gỡ vướng mắc để mở rộng hợp tác quốc tế\nTỉnh kiến nghị Bộ Ngoại giao hỗ trợ "
               "tổ chức hội nghị xúc tiến đầu tư tại Nhật Bản.", province="Quảng Bình")
    assert len(_texts(doc)) == 1 and "hội nghị xúc tiến đầu tư" in _texts(doc)[0]


def test_a_slogan_for_both_sides_is_no_joint_ask():
    doc = _doc("Tiêu đề\nChủ tịch UBND tỉnh đề nghị hai bên tiếp tục phát huy truyền thống hữu nghị, cùng xây dựng "
               "đường biên giới hòa bình, hữu nghị, hợp tác và phát triển.", province="Lạng Sơn", kind="foreign_delegation")
    assert _texts(doc) == []
    doc = _doc("Tiêu đề\nBí thư Tỉnh ủy đề nghị hai địa phương tăng cường giao lưu nhân dân, cùng đưa quan hệ hợp tác "
               "đi vào chiều sâu.", province="Lạng Sơn", kind="foreign_delegation")
    assert _texts(doc) == []


def test_the_guests_name_and_title_after_the_opening_are_the_subject_not_an_apposition():
    officials = [{"name": "Khamkhan Chanthavisouk", "titles": ["Tỉnh trưởng"], "side": "foreign"}]
    doc = _doc("Tiêu đề\nTại buổi làm việc với lãnh đạo tỉnh Điện Biên, ông Khamkhan Chanthavisouk, Bí thư Tỉnh ủy, "
               "Tỉnh trưởng tỉnh Luông Pha Băng đề nghị phía Việt Nam tiếp tục hỗ trợ đào tạo cán bộ.",
               province="Điện Biên", kind="foreign_delegation", officials=officials)
    assert _texts(doc) == []
    officials = [{"name": "Nguyễn Thị Lan", "titles": ["Trưởng đoàn Đại biểu Quốc hội tỉnh"], "side": "local"}]
    doc = _doc("Tiêu đề\nTại buổi tiếp với Đại sứ Andrew Cole, bà Nguyễn Thị Lan, Trưởng đoàn Đại biểu Quốc hội tỉnh "
               "đề nghị Đại sứ quán hỗ trợ tỉnh đào tạo tiếng Anh cho giáo viên.", province="Đắk Nông",
               kind="foreign_delegation", officials=officials)
    assert len(_texts(doc)) == 1


def test_removing_difficulties_of_a_named_project_is_a_concrete_ask():
    doc = _doc("Tiêu đề\nTỉnh đề nghị Bộ hỗ trợ tháo gỡ khó khăn, vướng mắc cho dự án cầu biên giới Sóc Giang.",
               province="Cao Bằng")
    assert len(_texts(doc)) == 1


def test_outside_a_trip_abroad_thanh_pho_may_be_the_provinces_own_city():
    doc = _doc("Tiêu đề\nChủ tịch UBND tỉnh đề nghị thành phố chủ động xây dựng kế hoạch hợp tác với thành phố "
               "kết nghĩa.", province="Khánh Hòa", kind="foreign_delegation")
    assert _texts(doc) == []


def test_a_lower_case_word_after_tinh_is_no_other_provinces_name():
    # ("đơn" begins with "đ", a lower-case letter the old capital class [A-ZĐÀ-Ỹ] took as upper case)
    doc = _doc("Tiêu đề\nBà Lê Thị Hạnh, kiều bào tại Pháp mong muốn tỉnh đơn giản hóa thủ tục đầu tư.",
               province="Quảng Nam", kind="provincial_event",
               officials=[{"name": "Lê Thị Hạnh", "titles": [], "side": "local"}])
    assert _texts(doc) == []


def test_the_departments_own_offices_are_no_addressee_of_a_request():
    doc = _doc("Tiêu đề\nGiám đốc Sở Ngoại vụ đề nghị các phòng chuyên môn của Sở tổng hợp ý kiến của học viên.",
               province="Quảng Bình", kind="provincial_event")
    assert _texts(doc) == []


def test_tren_opening_a_phrase_after_the_wish_leaves_it_a_verb():
    doc = _doc("Tiêu đề\nChủ tịch UBND tỉnh mong muốn trên cương vị mới, Đại sứ tiếp tục thúc đẩy quan hệ hợp tác giữa "
               "tỉnh với bang Kerala.", province="Hà Nam", kind="foreign_delegation")
    assert len(_texts(doc)) == 1


def test_a_wish_for_ties_with_a_list_of_countries_is_general():
    doc = _doc("Tiêu đề\nChủ tịch UBND tỉnh mong muốn mở rộng hợp tác với các địa phương của Nhật Bản, Hàn Quốc và Úc.",
               province="Hà Nam", kind="foreign_delegation")
    assert _texts(doc) == []


def test_a_foreign_chamber_of_commerce_is_no_department_of_the_province():
    doc = _doc("Tiêu đề\nPhó Chủ tịch UBND tỉnh đề nghị các phòng thương mại Nhật Bản giới thiệu nhà đầu tư vào khu công "
               "nghiệp của tỉnh.", province="Nam Định", kind="outbound_delegation")
    assert len(_texts(doc)) == 1


def test_a_headline_ask_summing_up_the_bodys_asks_is_not_one_more():
    doc = _doc("Gia Lai kiến nghị Bộ Ngoại giao hỗ trợ kết nối với các địa phương Lào, Nhật Bản\n"
               "Phó Chủ tịch UBND tỉnh đề nghị Bộ hỗ trợ tỉnh kết nối với tỉnh Attapeu (Lào) trong thương mại nông sản. "
               "Tỉnh mong muốn Bộ Ngoại giao giới thiệu tỉnh với tỉnh Gunma của Nhật Bản.", province="Gia Lai")
    texts = _texts(doc)
    assert len(texts) == 2 and not any(t.startswith("kiến nghị Bộ Ngoại giao hỗ trợ kết nối với các") for t in texts)
    # A headline ask about something the body does not ask stays.
    doc = _doc("Gia Lai kiến nghị mở đường bay thẳng đến Pleiku\n"
               "Phó Chủ tịch UBND tỉnh đề nghị Bộ hỗ trợ tỉnh kết nối với tỉnh Attapeu (Lào) trong thương mại nông sản.",
               province="Gia Lai")
    assert len(_texts(doc)) == 2


def test_a_proposal_drawn_up_is_a_noun_and_a_task_given_at_home_is_no_ask():
    doc = _doc("Tiêu đề\nBà Kim Ji-yeon đề nghị tỉnh chủ động xây dựng đề xuất dự án cụ thể và bảo đảm vốn đối ứng.",
               province="Lai Châu", kind="foreign_delegation",
               officials=[{"name": "Kim Ji-yeon", "titles": ["Giám đốc"], "side": "foreign"}])
    assert _texts(doc) == []
    doc = _doc("Tiêu đề\nChủ tịch UBND tỉnh giao Sở Ngoại vụ chủ trì, phối hợp các cơ quan rà soát các thỏa thuận đã ký, "
               "đề xuất phương án nâng cấp các thỏa thuận còn hiệu quả.", province="Lai Châu", kind="provincial_event")
    assert _texts(doc) == []
    # An ask of the ministry after an instruction at home, in the same sentence, stays an ask.
    doc = _doc("Tiêu đề\nChủ tịch UBND tỉnh yêu cầu các sở phối hợp tốt với đoàn, đồng thời đề nghị Bộ Ngoại giao hỗ trợ "
               "tỉnh tổ chức hội nghị xúc tiến đầu tư.", province="Lai Châu")
    assert len(_texts(doc)) == 1


def test_a_later_step_of_an_instruction_to_the_provinces_own_bodies_is_no_ask():
    doc = _doc("Tiêu đề\nKết luận hội nghị, Chủ tịch UBND tỉnh đề nghị các sở, ngành, địa phương thực hiện nghiêm chương "
               "trình đối ngoại năm nay; chủ động đánh giá các bản ghi nhớ đã ký, đề xuất dừng những bản ghi nhớ không "
               "còn hiệu quả.", province="Sóc Trăng", kind="provincial_event")
    assert _texts(doc) == []
    # A step that names its addressee, or the central bodies instructed, is still asked.
    doc = _doc("Tiêu đề\nChủ tịch UBND tỉnh đề nghị các sở, ngành, địa phương thực hiện nghiêm chương trình đối ngoại; "
               "đồng thời đề xuất Bộ Ngoại giao hỗ trợ tỉnh mở Văn phòng đại diện tại Campuchia.", province="Sóc Trăng",
               kind="central_delegation")
    assert len(_texts(doc)) == 1
    doc = _doc("Tiêu đề\nTỉnh đề nghị các sở, ngành Trung ương quan tâm nâng cấp quốc lộ biên giới; đề xuất bố trí vốn "
               "cho kè sông biên giới.", province="Sóc Trăng", kind="central_delegation")
    assert any("bố trí vốn" in text for text in _texts(doc))


def test_both_provinces_asked_to_cooperate_in_training_is_a_joint_ask():
    doc = _doc("Tiêu đề\nGiám đốc Sở Giáo dục đề xuất hai tỉnh hợp tác đào tạo giáo viên dạy tiếng Lào cho các trường "
               "nội trú.", province="Nghệ An", kind="foreign_delegation")
    assert len(_texts(doc)) == 1


def test_the_departments_offices_and_a_request_mentioned_as_a_noun_are_no_asks():
    doc = _doc("Tiêu đề\nGiám đốc Sở Ngoại vụ đề nghị các phòng, ban chức năng tham mưu kế hoạch đón đoàn.",
               province="Quảng Trị", kind="provincial_event")
    assert _texts(doc) == []
    doc = _doc("Tiêu đề\nĐề xuất trên của tỉnh Quảng Trị được Thứ trưởng đánh giá cao.", province="Quảng Trị")
    assert _texts(doc) == []


def test_a_wish_for_ties_that_names_what_it_wants_is_an_ask():
    doc = _doc("Tiêu đề\nChủ tịch UBND tỉnh mong muốn mở rộng hợp tác với bang Kerala, nhất là mở đường bay thẳng.",
               province="Khánh Hòa", kind="foreign_delegation")
    assert len(_texts(doc)) == 1


def test_a_sentence_announcing_the_listed_asks_is_not_one_of_them():
    doc = _doc(
        "Tiêu đề\nTỉnh kiến nghị Bộ Ngoại giao quan tâm một số nội dung, cụ thể:\n"
        "- Hỗ trợ tỉnh mở tuyến xe khách quốc tế qua cửa khẩu Lao Bảo;\n"
        "- Giới thiệu các địa phương của Nhật Bản kết nghĩa với tỉnh."
    )
    texts = _texts(doc)
    assert len(texts) == 2 and "Lao Bảo" in texts[0] and "Nhật Bản" in texts[1], texts


def test_a_pronoun_after_a_concluding_opening_speaks_for_the_chair():
    doc = _doc(
        "Tiêu đề\nBà Maria Lopez, Giám đốc quốc gia tổ chức Plan International, cho biết sẽ tiếp tục tài trợ dự án "
        "nước sạch.\n"
        "Kết luận hội nghị, Phó Chủ tịch UBND tỉnh Hồ Văn Niên đánh giá cao các tổ chức phi chính phủ. "
        "Ông đề nghị Liên hiệp các tổ chức hữu nghị Việt Nam giới thiệu thêm nhà tài trợ cho ngành giáo dục của tỉnh.",
        province="Gia Lai",
        kind="provincial_event",
        officials=[{"name": "Hồ Văn Niên", "side": "local"}, {"name": "Maria Lopez", "side": "foreign"}],
    )
    assert any("nhà tài trợ cho ngành giáo dục" in t for t in _texts(doc))


def test_a_foreign_head_named_in_his_post_speaks_for_his_side():
    doc = _doc(
        "Tiêu đề\nChủ tịch Hội đồng thành phố Kim Sung-ho cho biết sẽ đề xuất Hội đồng thành phố cấp học bổng cho "
        "sinh viên của tỉnh.",
        kind="foreign_delegation",
        officials=[{"name": "Kim Sung-ho", "side": "foreign"}],
    )
    assert _texts(doc) == []


def test_asks_counted_one_by_one_after_their_number():
    doc = _doc(
        "Tiêu đề\nPhó Chủ tịch UBND tỉnh kiến nghị Bộ Ngoại giao hai nội dung. Một là, hỗ trợ tỉnh mở cặp chợ biên "
        "giới Đắk Ruê. Hai là, giới thiệu các nhà tài trợ cho dự án nước sạch."
    )
    texts = _texts(doc)
    assert len(texts) == 2 and "Đắk Ruê" in texts[0] and "nước sạch" in texts[1], texts


def test_asking_a_foreign_localitys_government_is_a_request():
    doc = _doc(
        "Tiêu đề\nChủ tịch UBND xã Lê Văn Hòa đề nghị chính quyền trấn Điền Bồng phối hợp ngăn chặn xuất nhập cảnh "
        "trái phép qua đường mòn.",
        province="Tuyên Quang",
        kind="foreign_delegation",
    )
    assert any("trấn Điền Bồng" in t for t in _texts(doc))
    doc = _doc(
        "Tiêu đề\nNgày 5/6, đoàn làm việc tại vùng Toscana (Italy). Ông Lê Văn Hòa đề nghị chính quyền vùng hợp tác "
        "đào tạo kỹ sư chế biến nông sản cho tỉnh.",
        kind="outbound_delegation",
        officials=[{"name": "Lê Văn Hòa", "side": "local"}],
    )
    assert any("đào tạo kỹ sư" in t for t in _texts(doc))


def test_a_pronoun_after_a_clause_of_circumstance():
    doc = _doc(
        "Tiêu đề\nPhát biểu kết luận, Phó Chủ tịch UBND tỉnh Trần Thị Lan cảm ơn các tổ chức.\n"
        "Trong bối cảnh hạn hán, xâm nhập mặn diễn biến phức tạp, bà đề nghị các tổ chức tiếp tục hỗ trợ các dự án nước sạch.",
        province="Bến Tre",
        kind="provincial_event",
        officials=[{"name": "Trần Thị Lan", "side": "local"}],
    )
    assert any("dự án nước sạch" in t for t in _texts(doc))


def test_a_chinese_prefects_ask_is_not_the_provinces():
    doc = _doc(
        "Tiêu đề\nChâu trưởng Lưu Chí Cường cảm ơn tỉnh Hà Giang và khẳng định coi trọng hợp tác. Ông đề nghị hai "
        "bên tăng cường phối hợp phòng, chống buôn lậu qua biên giới.",
        province="Hà Giang",
        kind="foreign_delegation",
    )
    assert _texts(doc) == []


def test_the_provinces_own_conference_asks_as_the_province():
    doc = _doc(
        "Tiêu đề\nTrên cơ sở đó, hội nghị thống nhất kiến nghị Bộ Ngoại giao hỗ trợ tỉnh nâng cấp cửa khẩu Tây "
        "Giang thành cửa khẩu chính.",
        province="Quảng Nam",
        kind="provincial_event",
    )
    assert any("cửa khẩu Tây Giang" in t for t in _texts(doc))


def test_a_canadian_province_asked_is_a_request():
    doc = _doc(
        "Tiêu đề\nPhó Chủ tịch UBND tỉnh Lê Văn Hòa đề nghị tỉnh bang Ontario hợp tác đào tạo điều dưỡng cho tỉnh.",
        kind="outbound_delegation",
        officials=[{"name": "Lê Văn Hòa", "side": "local"}],
    )
    assert any("đào tạo điều dưỡng" in t for t in _texts(doc))


def test_a_joint_study_of_ties_is_a_request_and_support_of_nothing_named_is_not():
    doc = _doc(
        "Tiêu đề\nÔng Lê Văn Hòa đề xuất hai bên tìm hiểu khả năng thiết lập quan hệ hữu nghị với thành phố Tucson. "
        "Ông Lê Văn Hòa mong muốn tiếp tục nhận được sự đồng hành của Ngân hàng Thế giới.",
        kind="outbound_delegation",
        officials=[{"name": "Lê Văn Hòa", "side": "local"}],
    )
    texts = _texts(doc)
    assert len(texts) == 1 and "thành phố Tucson" in texts[0], texts


def test_a_proposal_file_and_investors_proposals_are_not_asks():
    doc = _doc(
        "Tiêu đề\nÔng Kim Min-su đề nghị tỉnh sớm hoàn thiện hồ sơ đề xuất dự án, gửi về văn phòng trước ngày 30/9.\n"
        "Chủ tịch UBND tỉnh Lê Văn Hòa cho biết đến nay đã có 5 nhà đầu tư đề xuất khảo sát dự án điện gió ngoài khơi.",
        kind="foreign_delegation",
        officials=[{"name": "Lê Văn Hòa", "side": "local"}, {"name": "Kim Min-su", "side": "foreign"}],
    )
    assert _texts(doc) == []


def test_a_visitors_ask_at_the_conference_and_a_concrete_wish_for_support():
    doc = _doc(
        "Tiêu đề\nTham luận tại Hội nghị, đại diện Hiệp hội doanh nghiệp Nhật Bản đề nghị Chính phủ Việt Nam sớm "
        "hoàn thiện cơ chế mua bán điện trực tiếp.",
        province="Bình Dương",
        kind="provincial_event",
    )
    assert _texts(doc) == []
    doc = _doc(
        "Tiêu đề\nÔng Lê Văn Hòa mong muốn tiếp tục nhận được sự hỗ trợ của KOICA đối với dự án cấp nước sạch cho "
        "huyện đảo.",
        kind="foreign_delegation",
        officials=[{"name": "Lê Văn Hòa", "side": "local"}],
    )
    assert any("cấp nước sạch" in t for t in _texts(doc))


def test_asks_counted_on_lines_of_their_own():
    doc = _doc(
        "Tiêu đề\nPhó Chủ tịch UBND tỉnh kiến nghị Bộ Ngoại giao một số nội dung.\n"
        "Thứ nhất, hỗ trợ kinh phí tu bổ các cột mốc bị hư hỏng.\n"
        "Thứ hai, sớm hướng dẫn tỉnh mở cặp chợ biên giới."
    )
    texts = _texts(doc)
    assert len(texts) == 2 and "cột mốc" in texts[0] and "chợ biên giới" in texts[1], texts


def test_a_section_heading_and_a_count_of_asks_are_no_asks():
    doc = _doc(
        "Tiêu đề\nĐoàn công tác Ban Đối ngoại Trung ương làm việc với tỉnh Đắk Lắk.\n\nTỉnh kiến nghị Trung ương nhiều "
        "nội dung\n\nPhó Chủ tịch UBND tỉnh Lê Văn Hòa đề nghị Bộ Ngoại giao hỗ trợ tỉnh mở lối mở biên giới Đắk Ruê. "
        "Năm qua, các cơ quan đại diện đã tiếp nhận hơn 2.000 đề nghị bảo hộ công dân.",
        officials=[{"name": "Lê Văn Hòa", "side": "local"}],
    )
    texts = _texts(doc)
    assert len(texts) == 1 and "Đắk Ruê" in texts[0], texts


def test_asks_on_lines_of_their_own_under_a_colon_and_a_one_line_ask():
    doc = _doc(
        "Tiêu đề\nPhó Chủ tịch UBND tỉnh Lê Văn Hòa kiến nghị Bộ Ngoại giao một số nội dung sau:\n"
        "Đề nghị hỗ trợ kinh phí tu bổ cột mốc\nĐề nghị sớm nâng cấp cửa khẩu Săm Pun",
        officials=[{"name": "Lê Văn Hòa", "side": "local"}],
    )
    texts = _texts(doc)
    assert len(texts) == 2 and "cột mốc" in texts[0] and "Săm Pun" in texts[1], texts
    doc = _doc(
        "Tiêu đề\nHai bên trao đổi về công tác biên giới.\nTỉnh đề nghị Bộ hỗ trợ kinh phí cắm mốc biên giới\n"
        "Thứ trưởng ghi nhận ý kiến của tỉnh."
    )
    assert any("cắm mốc" in t for t in _texts(doc))


def test_reporting_together_to_both_governments_is_a_joint_ask():
    doc = _doc(
        "Tiêu đề\nBí thư Tỉnh ủy Lê Văn Hòa đề nghị hai bên tiếp tục phối hợp quản lý tốt đường biên giới, cùng báo "
        "cáo Chính phủ hai nước sớm nâng cấp cặp cửa khẩu Tà Vát - Ban Tăng.",
        province="Quảng Trị",
        kind="foreign_delegation",
        officials=[{"name": "Lê Văn Hòa", "side": "local"}],
    )
    assert any("Tà Vát" in t for t in _texts(doc))


def test_a_sentence_without_a_subject_goes_on_with_the_speaker_before():
    doc = _doc(
        "Tiêu đề\nNgày 5/3, Bộ Ngoại giao làm việc với tỉnh Đắk Lắk. Giám đốc Sở Ngoại vụ Lê Văn Hòa kiến nghị Bộ "
        "quan tâm tổ chức lớp bồi dưỡng nghiệp vụ lễ tân cho cán bộ cấp xã. Đồng thời đề xuất Bộ ủng hộ tỉnh đăng "
        "cai hội nghị hợp tác các tỉnh Tây Nguyên với các nước láng giềng."
    )
    texts = _texts(doc)
    assert len(texts) == 2 and "đăng cai hội nghị hợp tác" in texts[1]


def test_concrete_steps_asked_of_both_sides_are_asks():
    doc = _doc(
        "Tiêu đề\nNgày 5/3, tỉnh Đắk Lắk hội đàm với tỉnh Mondulkiri (Campuchia). Chủ tịch UBND tỉnh đề nghị hai "
        "bên tiếp tục phối hợp chặt chẽ trong công tác tìm kiếm, quy tập hài cốt liệt sĩ hy sinh tại Campuchia. "
        "Bí thư Tỉnh ủy đề nghị hai tỉnh phối hợp trình Chính phủ hai nước sớm mở cặp cửa khẩu Đắk Ruê.",
        kind="foreign_delegation",
    )
    texts = _texts(doc)
    assert any("quy tập hài cốt" in t for t in texts) and any("trình Chính phủ hai nước" in t for t in texts)


def test_a_clause_after_a_semicolon_opens_with_its_own_subject():
    doc = _doc(
        "Tiêu đề\nNgày 11/3, đoàn làm việc với Phó Thống đốc tỉnh Gunma Ito Haruka, thăm trang trại bò sữa; Đắk Lắk "
        "đề xuất Gunma hỗ trợ xây dựng mô hình trồng rau an toàn.",
        kind="outbound_delegation",
    )
    assert _texts(doc) == ["đề xuất Gunma hỗ trợ xây dựng mô hình trồng rau an toàn."]
    # the guest's advice of what the province could propose is no ask
    doc = _doc(
        "Tiêu đề\nĐại sứ Hà Lan cho biết năm nay Đại sứ quán ưu tiên các dự án nông nghiệp; Đắk Lắk có thể đề xuất "
        "các dự án thí điểm phù hợp.",
        kind="foreign_delegation",
    )
    assert _texts(doc) == []


def test_a_wish_expressed_for_a_foreign_locality_to_help_by_a_person_called_shortly():
    officials = [
        {"name": "Thạch Hoàng Nam", "titles": ["Phó Chủ tịch UBND tỉnh"], "side": "local"},
        {"name": "Kim Sô Phênh", "titles": ["Giám đốc Sở Ngoại vụ"], "side": "local"},
    ]
    doc = _doc(
        "Tiêu đề\nSáng 4/3, ông Thạch Hoàng Nam, Phó Chủ tịch UBND tỉnh tiếp đoàn bang Tây Úc do ông Mark Ellis làm "
        "trưởng đoàn. Ông Nam bày tỏ mong muốn bang Tây Úc hỗ trợ chuyển giao công nghệ tưới tiết kiệm nước. Ông Sô "
        "Phênh đề nghị Tổng Lãnh sự quán kết nối các trường đại học của Úc đào tạo cán bộ cho tỉnh.",
        kind="foreign_delegation",
        lead="Mark Ellis",
        officials=officials,
    )
    texts = _texts(doc)
    assert any("chuyển giao công nghệ tưới" in t for t in texts), texts
    assert any("kết nối các trường đại học" in t for t in texts), texts


def test_an_ask_told_as_history_is_no_ask_of_the_activity():
    for past in (
        "Năm 2019, tỉnh đã kiến nghị Bộ hỗ trợ mở lớp tiếng Lào cho cán bộ biên phòng.",
        "Trước đây, tỉnh đã đề nghị Bộ hỗ trợ mở lớp tiếng Lào; nội dung này đã được Bộ giải quyết.",
        "Tỉnh đã kiến nghị Bộ hỗ trợ mở lớp tiếng Lào và kiến nghị này đã được Bộ quan tâm giải quyết.",
    ):
        doc = make_doc(
            "Tiêu đề\nNgày 5/3/2024, Bộ Ngoại giao làm việc với tỉnh Đắk Lắk. " + past, name="t.txt", published="2024-03-06"
        )
        doc.given = ("central_delegation", "Đắk Lắk", None, [])
        assert _texts(doc) == [], past
    # an earlier year in another phrase, an earlier meeting of the same day, an ask only acknowledged
    for present in (
        "Nhân dịp kỷ niệm 30 năm quan hệ (1992 - 2022), Chủ tịch UBND tỉnh đã đề nghị Bộ hỗ trợ mở lớp tiếng Lào.",
        "Tiếp nối kết quả hội nghị năm 2023, tại buổi làm việc Chủ tịch UBND tỉnh đã đề nghị Bộ hỗ trợ mở lớp tiếng Lào.",
        "Trước đó, tại buổi làm việc buổi sáng, Chủ tịch UBND tỉnh đã đề nghị Bộ hỗ trợ mở lớp tiếng Lào.",
        "Tỉnh đã đề nghị Bộ hỗ trợ mở lớp tiếng Lào, đề nghị này đã được Thứ trưởng ghi nhận.",
    ):
        doc = make_doc(
            "Tiêu đề\nNgày 5/3/2024, Bộ Ngoại giao làm việc với tỉnh Đắk Lắk. " + present, name="t.txt",
            published="2024-03-06",
        )
        doc.given = ("central_delegation", "Đắk Lắk", None, [])
        assert len(_texts(doc)) == 1, present
    # this year's ask at the meeting, told with "đã", is one
    doc = make_doc(
        "Tiêu đề\nNgày 5/3/2024, tại buổi làm việc năm 2024, tỉnh đã kiến nghị Bộ hỗ trợ mở lớp tiếng Lào.",
        name="t.txt",
        published="2024-03-06",
    )
    doc.given = ("central_delegation", "Đắk Lắk", None, [])
    assert len(_texts(doc)) == 1


def test_the_province_asked_by_the_guest_in_a_clause_of_its_own_asks_nothing():
    doc = _doc(
        "Tiêu đề\nÔng Fukuda Ken cho biết Tochigi sẵn sàng chia sẻ kinh nghiệm; tỉnh Đắk Lắk được ông đề nghị cử cán "
        "bộ sang học tập tại các trang trại của Tochigi.",
        kind="foreign_delegation",
        lead="Fukuda Ken",
    )
    assert _texts(doc) == []


def test_he_asks_after_a_report_naming_him_among_others():
    officials = [
        {"name": "Phan Văn Trọng", "titles": ["Phó Chủ tịch UBND tỉnh"], "side": "local"},
        {"name": "Anna Lehmann", "titles": ["Thị trưởng"], "side": "foreign"},
    ]
    doc = _doc(
        "Tiêu đề\nPhóng viên TTXVN tại Đức cho biết, tại buổi làm việc với Bộ Kinh tế, Lao động và Du lịch bang "
        "Baden-Württemberg ngày 7/10, ông Phan Văn Trọng giới thiệu tiềm năng của tỉnh. Ông đề nghị bang "
        "Baden-Württemberg hợp tác đào tạo nghề theo mô hình song hành cho các trường cao đẳng của tỉnh.",
        kind="outbound_delegation",
        officials=officials,
    )
    assert any("đào tạo nghề theo mô hình song hành" in t for t in _texts(doc))


def test_the_provinces_post_right_before_the_ask_word_asks():
    doc = _doc(
        "Tiêu đề\nĐể cụ thể hóa nhận thức chung của lãnh đạo cấp cao hai Đảng, hai nước, đồng chí Chủ tịch UBND tỉnh "
        "đề nghị phía Quảng Tây phối hợp đẩy nhanh xây dựng tuyến đường chuyên dụng vận chuyển hàng hóa.",
        kind="foreign_delegation",
    )
    assert any("tuyến đường chuyên dụng" in t for t in _texts(doc))


def test_the_sapos_short_ask_told_in_full_in_the_body_is_kept_in_full():
    doc = _doc(
        "Tiêu đề\nSáng 19/7, Bí thư Tỉnh ủy tiếp Đại sứ Israel. Tại buổi tiếp, Bí thư Tỉnh ủy đề nghị Đại sứ quán kết "
        "nối doanh nghiệp Israel đầu tư nông nghiệp công nghệ cao tại tỉnh.\nTại buổi tiếp, Bí thư Tỉnh ủy đề nghị Đại "
        "sứ quán kết nối doanh nghiệp Israel đầu tư nông nghiệp công nghệ cao tại tỉnh; hỗ trợ đào tạo kỹ thuật tưới "
        "tiết kiệm nước cho nông dân.",
        kind="foreign_delegation",
    )
    texts = _texts(doc)
    assert len(texts) == 1 and "tưới tiết kiệm nước" in texts[0]


def test_mong_with_a_foreign_locality_as_addressee():
    doc = _doc(
        "Tiêu đề\nChủ tịch UBND tỉnh cho biết tỉnh đang chuyển sang đốt rác phát điện, vì vậy rất mong tỉnh Gunma "
        "hỗ trợ kinh nghiệm xử lý rác thải sinh hoạt.",
        kind="foreign_delegation",
    )
    assert any("kinh nghiệm xử lý rác thải" in t for t in _texts(doc))


def test_an_ask_granted_at_the_meeting_is_no_past_ask():
    doc = make_doc(
        "Tiêu đề\nNgày 5/3/2024, Bộ Ngoại giao làm việc với tỉnh Đắk Lắk. Tại buổi làm việc, tỉnh đã đề nghị Bộ hỗ trợ "
        "tỉnh kết nối với các địa phương của Nhật Bản, đề nghị này đã được Thứ trưởng ghi nhận và chấp thuận.",
        name="t.txt",
        published="2024-03-06",
    )
    doc.given = ("central_delegation", "Đắk Lắk", None, [])
    assert len(_texts(doc)) == 1


def test_mong_of_a_commission_or_of_the_consulates_and_joint_steps_toward_a_memorandum():
    doc = _doc(
        "Tiêu đề\nNgày 5/3, Ban Đối ngoại Trung ương làm việc với tỉnh Đắk Lắk. Tỉnh cũng mong Ban quan tâm bố trí kinh "
        "phí mở các lớp bồi dưỡng ngoại ngữ cho cán bộ. Đồng thời, tỉnh mong các Tổng Lãnh sự quán hỗ trợ kết nối tỉnh "
        "với các địa phương của nước mình.",
    )
    texts = _texts(doc)
    assert any("lớp bồi dưỡng ngoại ngữ" in t for t in texts) and any("kết nối tỉnh" in t for t in texts)
    doc = _doc(
        "Tiêu đề\nNgày 5/3, tỉnh Đắk Lắk hội đàm với tỉnh Mondulkiri (Campuchia). Phó Chủ tịch UBND tỉnh đề xuất hai bên "
        "sớm trao đổi để tiến tới ký kết biên bản ghi nhớ hợp tác. Tỉnh cũng đề nghị hai bên tăng cường trao đổi sinh "
        "viên giữa các trường đại học.",
        kind="foreign_delegation",
    )
    texts = _texts(doc)
    assert any("ký kết biên bản ghi nhớ" in t for t in texts) and any("trao đổi sinh viên" in t for t in texts)


def test_a_wish_for_cooperation_in_a_list_of_sectors_is_general():
    doc = _doc("Tiêu đề\nBí thư Tỉnh ủy mong muốn đẩy mạnh hợp tác với các đối tác Italy trên nhiều lĩnh vực, nhất là "
               "du lịch, giáo dục và nông nghiệp công nghệ cao.", province="Lâm Đồng", kind="foreign_delegation")
    assert _texts(doc) == []
    doc = _doc("Tiêu đề\nTỉnh mong muốn hợp tác với Hungary về y tế, đào tạo.", province="Lâm Đồng",
               kind="foreign_delegation")
    assert _texts(doc) == []
    # One item beyond the sectors is concrete: the wish stays.
    doc = _doc("Tiêu đề\nBí thư Tỉnh ủy mong muốn đẩy mạnh hợp tác với các đối tác Italy trong các lĩnh vực du lịch và "
               "đào tạo đầu bếp cho các khu nghỉ dưỡng ở Đà Lạt.", province="Lâm Đồng", kind="foreign_delegation")
    assert len(_texts(doc)) == 1


def test_a_border_slogan_and_a_wish_that_companies_look_for_chances_are_general():
    doc = _doc("Tiêu đề\nChủ tịch UBND tỉnh mong muốn hai bên tiếp tục chung tay xây dựng đường biên giới hòa bình, "
               "ổn định, hợp tác và phát triển.", province="Kon Tum", kind="foreign_delegation")
    assert _texts(doc) == []
    doc = _doc("Tiêu đề\nTỉnh mong muốn các doanh nghiệp Singapore tìm hiểu cơ hội đầu tư, kinh doanh tại tỉnh.",
               province="Kon Tum", kind="foreign_delegation")
    assert _texts(doc) == []
    # A concrete joint step on the border is an ask.
    doc = _doc("Tiêu đề\nChủ tịch UBND tỉnh mong muốn hai bên phối hợp tu bổ, bảo vệ các cột mốc biên giới bị hư hỏng.",
               province="Kon Tum", kind="foreign_delegation")
    assert len(_texts(doc)) == 1


def test_both_sides_asked_to_adopt_a_procedure_or_widen_a_crossings_work_is_a_joint_ask():
    doc = _doc("Tiêu đề\nChủ tịch UBND tỉnh đề nghị hai bên thống nhất áp dụng quy trình kiểm dịch chung cho xe chở "
               "thanh long.", province="Lạng Sơn", kind="foreign_delegation")
    assert len(_texts(doc)) == 1
    doc = _doc("Tiêu đề\nChủ tịch UBND tỉnh đề nghị hai bên phối hợp kéo dài thời gian làm việc của cửa khẩu Chi Ma "
               "trong mùa vải.", province="Lạng Sơn", kind="foreign_delegation")
    assert len(_texts(doc)) == 1


def test_the_partners_government_or_forces_named_as_addressees_are_asked():
    doc = _doc("Tiêu đề\nPhó Chủ tịch UBND tỉnh đề nghị chính quyền hai tỉnh bạn tiếp tục cung cấp thông tin về các "
               "địa điểm có mộ liệt sĩ.", province="Quảng Trị", kind="foreign_delegation")
    assert len(_texts(doc)) == 1
    doc = _doc("Tiêu đề\nChỉ huy trưởng Bộ đội Biên phòng tỉnh đề nghị lực lượng chức năng tỉnh Phông Sa Lỳ duy trì "
               "tuần tra song phương hằng tháng.", province="Điện Biên", kind="foreign_delegation")
    assert len(_texts(doc)) == 1
    # The province's own forces stay its own business.
    doc = _doc("Tiêu đề\nChỉ huy trưởng Bộ đội Biên phòng tỉnh đề nghị lực lượng chức năng của tỉnh tăng cường tuần "
               "tra.", province="Điện Biên", kind="provincial_event")
    assert _texts(doc) == []


def test_the_delegates_of_the_provinces_conference_agreeing_to_ask_are_the_province():
    doc = _doc("Tiêu đề\nTại hội nghị, các đại biểu thống nhất kiến nghị Chính phủ sớm đầu tư nâng cấp quốc lộ 30 "
               "nối cửa khẩu Dinh Bà.", province="Đồng Tháp", kind="provincial_event")
    assert len(_texts(doc)) == 1


def test_a_headline_ask_the_body_tells_in_other_words_is_not_one_more():
    doc = _doc("Bình Thuận mong muốn Đan Mạch hỗ trợ xây dựng ngành điện gió ngoài khơi\n"
               "Chủ tịch UBND tỉnh đề nghị Đại sứ quán giới thiệu các nhà đầu tư Đan Mạch có kinh nghiệm phát triển "
               "điện gió ngoài khơi đến khảo sát tại tỉnh.", province="Bình Thuận", kind="foreign_delegation")
    texts = _texts(doc)
    assert len(texts) == 1 and texts[0].startswith("đề nghị Đại sứ quán"), texts
    # One the body does not tell stays.
    doc = _doc("Bình Thuận đề nghị Đan Mạch hỗ trợ vốn cải tạo cảng cá Phan Thiết\n"
               "Chủ tịch UBND tỉnh đề nghị Đại sứ quán giới thiệu các nhà đầu tư Đan Mạch có kinh nghiệm phát triển "
               "điện gió ngoài khơi đến khảo sát tại tỉnh.", province="Bình Thuận", kind="foreign_delegation")
    assert len(_texts(doc)) == 2


def test_a_threat_fought_together_after_the_work_it_belongs_to_is_a_joint_ask():
    doc = _doc("Tiêu đề\nPhó Chủ tịch UBND tỉnh đề nghị hai bên phối hợp chặt chẽ trong công tác quản lý biên giới, ngăn "
               "chặn tình trạng vượt biên trái phép qua các đường mòn.", province="Cao Bằng", kind="outbound_delegation")
    assert len(_texts(doc)) == 1


def test_both_sides_asked_to_fly_more_often_is_a_joint_ask():
    doc = _doc("Tiêu đề\nChủ tịch UBND thành phố mong muốn hai bên tăng cường phối hợp tăng tần suất đường bay trực "
               "tiếp giữa hai thành phố.", province="Đà Nẵng", kind="foreign_delegation")
    assert len(_texts(doc)) == 1


def test_both_sides_asked_to_study_a_model_of_cooperation_is_a_joint_ask():
    doc = _doc("Tiêu đề\nChủ tịch UBND tỉnh đề nghị hai bên nghiên cứu mô hình liên kết trồng cà phê giữa doanh "
               "nghiệp của tỉnh với nông dân tỉnh bạn.", province="Sơn La", kind="foreign_delegation")
    assert len(_texts(doc)) == 1


def test_a_foreign_leader_whose_party_post_comes_first_asks_for_his_side():
    doc = _doc("Tiêu đề\nBí thư Tỉnh ủy, Tỉnh trưởng Khăm-phăn Xay-nha-vông nhất trí với các đề xuất của tỉnh, đồng "
               "thời đề nghị phía Việt Nam hỗ trợ nâng cấp Bệnh viện tỉnh Khăm Muộn.", province="Hà Tĩnh",
               kind="foreign_delegation")
    assert _texts(doc) == []
    # The province's own secretary, with his own post next, still asks.
    doc = _doc("Tiêu đề\nBí thư Tỉnh ủy, Chủ tịch HĐND tỉnh đề nghị tỉnh Khăm Muộn hỗ trợ nâng cấp tuyến đường 12.",
               province="Hà Tĩnh", kind="foreign_delegation")
    assert len(_texts(doc)) == 1


def test_the_head_of_the_provinces_delegation_abroad_asks_for_it():
    doc = _doc("Tiêu đề\nTrưởng đoàn đề nghị hãng tăng chuyến bay thẳng Đài Bắc - Phú Quốc trong mùa cao điểm.",
               province="Kiên Giang", kind="outbound_delegation")
    assert len(_texts(doc)) == 1
    # At home, the head of a visiting delegation asks for his side.
    doc = _doc("Tiêu đề\nTrưởng đoàn đề nghị tỉnh tạo điều kiện cho doanh nghiệp Đài Loan đầu tư.",
               province="Kiên Giang", kind="foreign_delegation")
    assert _texts(doc) == []


def test_tasks_proposed_for_the_provinces_own_work_are_no_ask():
    doc = _doc("Tiêu đề\nGiám đốc Sở Ngoại vụ đề xuất một số nhiệm vụ trọng tâm từ nay đến cuối năm: tổ chức hội đàm với "
               "tỉnh Kampot; rà soát các thỏa thuận hợp tác.", province="An Giang", kind="provincial_event")
    assert _texts(doc) == []
    # Tasks asked of the ministry are an ask.
    doc = _doc("Tiêu đề\nGiám đốc Sở Ngoại vụ đề xuất Bộ Ngoại giao hỗ trợ tỉnh tổ chức hội đàm với tỉnh Kampot.",
               province="An Giang", kind="provincial_event")
    assert len(_texts(doc)) == 1


def test_a_run_on_sentence_of_asks_past_the_limit_splits_before_the_next_asks_verb():
    asks = (
        "kiến nghị Ban Đối ngoại Trung ương tiếp tục quan tâm giới thiệu các đoàn khách quốc tế của Đảng, nhất là các "
        "đoàn cấp cao, đến thăm, làm việc tại tỉnh trong các dịp lễ lớn của đất nước và của địa phương, ủng hộ tỉnh duy trì "
        "cơ chế gặp gỡ đầu Xuân với lãnh đạo Khu ủy Quảng Tây và các thành phố biên giới của Quảng Tây, hỗ trợ tỉnh "
        "thiết lập quan hệ hữu nghị với tỉnh Quảng Đông (Trung Quốc) và thúc đẩy phía Trung Quốc sớm khôi phục hoạt "
        "động du lịch qua cửa khẩu Móng Cái bằng hộ chiếu và giấy thông hành, đồng thời tạo điều kiện để cán bộ làm "
        "công tác đối ngoại của tỉnh được tham gia các khóa bồi dưỡng chuyên sâu về đối ngoại Đảng."
    )
    doc = _doc("Tiêu đề\nBí thư Tỉnh ủy " + asks, province="Quảng Ninh")
    texts = _texts(doc)
    assert all(len(t) <= 500 for t in texts) and any("khóa bồi dưỡng chuyên sâu" in t for t in texts), texts


def test_the_provinces_own_schools_asked_to_care_for_foreign_students_are_no_addressee():
    doc = _doc("Tiêu đề\nPhó Chủ tịch UBND tỉnh đề nghị các cơ sở đào tạo tiếp tục chăm lo đời sống cho lưu học sinh "
               "Lào.", province="Sơn La", kind="provincial_event")
    assert _texts(doc) == []
    doc = _doc("Tiêu đề\nPhó Chủ tịch UBND tỉnh đề nghị các cơ sở đào tạo của Hàn Quốc tiếp nhận sinh viên của tỉnh.",
               province="Sơn La", kind="foreign_delegation")
    assert len(_texts(doc)) == 1


def test_a_foreign_provinces_leaders_asked_are_the_partner():
    doc = _doc("Tiêu đề\nPhó Chủ tịch UBND tỉnh đề nghị lãnh đạo tỉnh Takeo tạo điều kiện cho bà con người gốc Việt "
               "sinh sống trên địa bàn.", province="An Giang", kind="outbound_delegation")
    assert len(_texts(doc)) == 1
    doc = _doc("Tiêu đề\nPhó Chủ tịch UBND tỉnh đề nghị hai tỉnh cùng khai thác tuyến du lịch đường sông qua cửa khẩu.",
               province="An Giang", kind="outbound_delegation")
    assert len(_texts(doc)) == 1


def test_what_only_the_foreign_side_asks_and_the_provinces_own_trainees_are_no_ask():
    doc = _doc("Tiêu đề\nTrên cơ sở đó, thành phố mong muốn tăng cường giao lưu với các địa phương của Việt Nam.",
               province="Phú Yên", kind="foreign_delegation")
    assert _texts(doc) == []
    doc = _doc("Tiêu đề\nTỉnh Chungbuk mong muốn thiết lập quan hệ hữu nghị với một địa phương của Phú Yên.",
               province="Phú Yên", kind="foreign_delegation")
    assert _texts(doc) == []
    doc = _doc("Tiêu đề\nTỉnh trưởng đề nghị phía Việt Nam phối hợp đấu tranh với tội phạm ma túy.",
               province="Phú Yên", kind="foreign_delegation")
    assert _texts(doc) == []
    doc = _doc("Tiêu đề\nGiám đốc Sở Ngoại vụ đề nghị các học viên nghiêm túc chấp hành nội quy lớp học.",
               province="Phú Yên", kind="provincial_event")
    assert _texts(doc) == []


def test_both_sides_agreeing_to_ask_their_governments_and_the_consulates_asked():
    doc = _doc("Tiêu đề\nKết thúc hội đàm, hai bên thống nhất cùng báo cáo, kiến nghị Chính phủ hai nước sớm nâng cấp cặp "
               "cửa khẩu Xa Mát - Trapeang Phlong.", province="Tây Ninh", kind="foreign_delegation")
    assert len(_texts(doc)) == 1
    doc = _doc("Tiêu đề\nChủ tịch UBND thành phố đề nghị các cơ quan lãnh sự tiếp tục là cầu nối thu hút nhà đầu tư "
               "đến với thành phố.", province="Đà Nẵng", kind="provincial_event")
    assert len(_texts(doc)) == 1


def test_a_hope_addressed_to_a_company_or_a_state_and_a_list_going_on_after_dong_thoi():
    doc = _doc("Tiêu đề\nThành phố cũng mong Bosch kết nối các doanh nghiệp khởi nghiệp của thành phố với mạng lưới "
               "đổi mới sáng tạo.", province="Cần Thơ", kind="foreign_delegation")
    assert len(_texts(doc)) == 1
    doc = _doc("Tiêu đề\nChủ tịch UBND tỉnh đề nghị Tập đoàn mở rộng đầu tư tại tỉnh. Đồng thời quan tâm kết nối, hỗ trợ "
               "doanh nghiệp của tỉnh tham gia chuỗi cung ứng của Tập đoàn.", province="Bắc Ninh",
               kind="foreign_delegation")
    texts = _texts(doc)
    assert any("chuỗi cung ứng" in t for t in texts), texts


# A review of this session's rules, with its own sentences: each of these was misread.
def test_a_wish_for_ties_followed_by_something_concrete_stays_an_ask():
    doc = _doc("Tiêu đề\nChủ tịch UBND tỉnh mong muốn tăng cường hợp tác với các đối tác Nhật Bản, hỗ trợ tỉnh xây dựng "
               "nhà máy xử lý rác thải.", province="Bình Định", kind="foreign_delegation")
    assert len(_texts(doc)) == 1
    doc = _doc("Tiêu đề\nChủ tịch UBND tỉnh mong muốn hợp tác với tỉnh Xiêng Khoảng đào tạo lưu học sinh Lào.",
               province="Nghệ An", kind="foreign_delegation")
    assert len(_texts(doc)) == 1


def test_the_provinces_asks_naming_vietnamese_localities_stay_asks():
    doc = _doc("Tiêu đề\nChủ tịch UBND tỉnh đề nghị Đại sứ quán kết nối doanh nghiệp Hàn Quốc đầu tư tại các địa phương "
               "của Việt Nam, trong đó có Bình Định.", province="Bình Định", kind="foreign_delegation")
    assert len(_texts(doc)) == 1
    doc = _doc("Tiêu đề\nChủ tịch UBND tỉnh đề nghị tỉnh Hủa Phăn kết nối các huyện của tỉnh bạn kết nghĩa với các địa "
               "phương của tỉnh Thanh Hóa.", province="Thanh Hóa", kind="foreign_delegation")
    assert len(_texts(doc)) == 1


def test_solutions_whose_list_names_the_addressee_are_asks():
    doc = _doc("Tiêu đề\nPhó Chủ tịch UBND tỉnh kiến nghị một số giải pháp: Ủy ban Biên giới quốc gia hỗ trợ tỉnh kinh "
               "phí tu bổ các cột mốc.", province="Kon Tum")
    assert len(_texts(doc)) == 1


def test_an_instruction_to_the_provinces_departments_after_dong_thoi_and_its_own_companies_are_no_asks():
    doc = _doc("Tiêu đề\nChủ tịch UBND tỉnh đề nghị Bộ Ngoại giao hỗ trợ tỉnh tổ chức hội nghị xúc tiến đầu tư. Đồng "
               "thời, tiếp tục chỉ đạo các sở, ngành của tỉnh rà soát hồ sơ các dự án.", province="Hà Nam")
    assert len(_texts(doc)) == 1
    doc = _doc("Tiêu đề\nTại buổi làm việc, Trưởng đoàn đề nghị các doanh nghiệp của tỉnh chủ động chuẩn bị nguồn "
               "hàng đạt chuẩn.", province="Hà Nam", kind="outbound_delegation")
    assert _texts(doc) == []


def test_asks_of_both_and_of_the_partner_told_in_other_words():
    # the next sentence saying what both "cần" do goes on with the ask; a pilot run together is joint
    doc = _doc("Tiêu đề\nPhó Chủ tịch UBND tỉnh Lò Văn Sơn đề nghị tỉnh Luang Namtha phối hợp quy tập hài cốt liệt sĩ. "
               "Cùng với đó, hai tỉnh cần sớm thống nhất kế hoạch mở cặp chợ biên giới tại bản Nà Cang.",
               province="Lai Châu", kind="foreign_delegation")
    assert any("cặp chợ biên giới" in t for t in _texts(doc))
    doc = _doc("Tiêu đề\nChủ tịch UBND tỉnh Hồ Văn Niên đề nghị phía Xiêng Khoảng tạo điều kiện cho hàng hóa. "
               "Đồng chí cũng đề xuất hai bên sớm nghiên cứu, thí điểm tuyến xe buýt liên tỉnh.",
               province="Gia Lai", kind="outbound_delegation")
    assert any("thí điểm tuyến xe buýt" in t for t in _texts(doc))
    # a wish expressed that the partner city fight a threat together
    doc = _doc("Tiêu đề\nTại đây, Chủ tịch UBND tỉnh Hồ Văn Niên bày tỏ mong muốn thành phố Pakse phối hợp chặt chẽ "
               "trong kiểm soát dịch cúm gia cầm.", province="Gia Lai", kind="outbound_delegation")
    assert any("dịch cúm gia cầm" in t for t in _texts(doc))


def test_a_city_written_tp_without_a_space_is_asked_abroad_and_a_hope_for_scholarships_is_an_ask():
    doc = _doc("Tiêu đề\nĐoàn công tác thành phố Cần Thơ do Chủ tịch UBND thành phố Trần Việt Trường dẫn đầu thăm Hàn "
               "Quốc. Chủ tịch Trần Việt Trường đề nghị TP.Changwon chia sẻ kinh nghiệm xử lý nước thải.",
               province="Cần Thơ", kind="outbound_delegation")
    assert any("TP.Changwon chia sẻ" in t for t in _texts(doc))
    doc = _doc("Tiêu đề\nPhó Chủ tịch UBND thành phố Nguyễn Thực Hiện đề nghị Tổng Lãnh sự quán hỗ trợ kết nối. "
               "Ông cũng bày tỏ hy vọng phía New Zealand sẽ tiếp tục dành học bổng cho sinh viên của thành phố.",
               province="Cần Thơ", kind="foreign_delegation")
    assert any("dành học bổng" in t for t in _texts(doc))


def test_a_task_given_at_home_after_the_ask_ends_it_and_a_long_list_keeps_its_last_item():
    doc = _doc("Tiêu đề\nBà Nguyễn Thu Hà, Phó Chủ tịch UBND tỉnh, đề nghị tập đoàn sớm đặt trung tâm nghiên cứu tại "
               "tỉnh; bà cũng giao Sở Tài chính phối hợp giải quyết kịp thời các kiến nghị của doanh nghiệp.",
               province="Bình Định", kind="foreign_delegation",
               officials=[{"name": "Nguyễn Thu Hà", "titles": ["Phó Chủ tịch UBND tỉnh"], "side": "local"}])
    assert [t for t in _texts(doc)] == ["đề nghị tập đoàn sớm đặt trung tâm nghiên cứu tại tỉnh"]
    asks = ("khẩn trương hoàn thiện báo cáo khảo sát tiềm năng gió ngoài khơi để tỉnh có cơ sở kiến nghị Bộ Công "
            "Thương bổ sung dự án vào quy hoạch, phối hợp với trường cao đẳng của tỉnh xây dựng chương trình chuyển đổi "
            "kỹ năng cho người lao động ngành dầu khí, nghiên cứu sử dụng cảng biển của tỉnh làm căn cứ hậu cần, lắp "
            "ráp thiết bị cho các dự án của tập đoàn trong khu vực Nam Trung Bộ và các tỉnh lân cận, và chia sẻ kinh "
            "nghiệm của Đan Mạch về quy hoạch không gian biển, bảo vệ nguồn lợi thủy sản trong vùng dự án.")
    doc = _doc("Tiêu đề\nPhó Chủ tịch UBND tỉnh Nguyễn Thu Hà đề nghị tập đoàn " + asks, province="Bình Định",
               kind="foreign_delegation")
    assert any("quy hoạch không gian biển" in t for t in _texts(doc))


def test_an_ask_in_a_clause_after_its_own_opening_ends_where_the_host_answers():
    doc = _doc("Tiêu đề\nNgày 3/10, tại Canberra, đoàn đã làm việc với Đại sứ quán Việt Nam tại Australia; tại đây, lãnh "
               "đạo tỉnh thông tin về tình hình của tỉnh và đề nghị Đại sứ quán hỗ trợ kết nối tỉnh với các trường đại "
               "học của Australia; Đại sứ Phạm Hùng Tâm cho biết Đại sứ quán sẽ giới thiệu tỉnh với các đối tác.",
               province="Quảng Trị", kind="outbound_delegation")
    assert _texts(doc) == ["đề nghị Đại sứ quán hỗ trợ kết nối tỉnh với các trường đại học của Australia"]


def test_joint_asks_set_to_each_sides_offices_or_to_the_governments_are_asks():
    for ask in ("đề nghị hai tỉnh giao cơ quan chuyên môn nghiên cứu, xây dựng biên bản ghi nhớ hợp tác",
                "đề nghị hai tỉnh cùng kiến nghị Chính phủ hai nước sớm nâng cấp cặp cửa khẩu Nam Giang",
                "đề nghị hai địa phương hợp tác bảo tồn, phát huy giá trị di sản văn hóa"):
        doc = _doc("Tiêu đề\nChủ tịch UBND tỉnh Lê Trí Thanh " + ask + ".", province="Quảng Nam",
                   kind="foreign_delegation")
        assert _texts(doc) == [ask + "."], ask


def test_the_bodys_full_telling_of_asks_the_sapo_summed_up_is_kept():
    doc = _doc("Tiêu đề\nBí thư Tỉnh ủy đề nghị Đại sứ Mông Cổ làm cầu nối đưa các nhà đầu tư, sản phẩm của tỉnh đến với "
               "thị trường Mông Cổ.\nTại buổi tiếp, Bí thư Tỉnh ủy đề nghị Đại sứ làm cầu nối giới thiệu các nhà đầu tư "
               "Mông Cổ tìm hiểu cơ hội đầu tư vào các lĩnh vực thủy điện, du lịch sinh thái của tỉnh; hỗ trợ quảng bá "
               "các sản phẩm chè Shan tuyết tới thị trường Mông Cổ và các nước lân cận.",
               province="Lai Châu", kind="foreign_delegation")
    texts = _texts(doc)
    assert len(texts) == 1 and "chè Shan tuyết" in texts[0]


def test_what_the_province_needs_of_someone_named_is_an_ask_and_a_bare_need_is_not():
    doc = _doc("Tiêu đề\nNgoài ra, tỉnh cũng cần Bộ Ngoại giao hướng dẫn quy trình đón chuyên gia nước ngoài nhập cảnh.",
               province="Quảng Nam")
    assert _texts(doc) == ["cần Bộ Ngoại giao hướng dẫn quy trình đón chuyên gia nước ngoài nhập cảnh."]
    doc = _doc("Tiêu đề\nTỉnh rất cần phía Blois chia sẻ kinh nghiệm quản lý đô thị di sản.", province="Quảng Nam",
               kind="foreign_delegation")
    assert len(_texts(doc)) == 1
    for text in ("Tỉnh cần chủ động rà soát các thỏa thuận đã ký.", "Tỉnh cần sự đồng hành của Bộ."):
        assert _texts(_doc("Tiêu đề\n" + text, province="Quảng Nam")) == [], text


def test_a_foreign_citys_government_named_is_asked():
    doc = _doc("Tiêu đề\nTại thành phố Xanh Pê-téc-bua (Nga), Phó Chủ tịch UBND thành phố Trần Văn Hải đề nghị chính "
               "quyền Xanh Pê-téc-bua tạo điều kiện để cộng đồng người Việt sinh sống ổn định.", province="Hà Nội",
               kind="outbound_delegation")
    assert len(_texts(doc)) == 1


def test_a_hope_that_both_sides_or_the_region_do_something_concrete_and_a_joint_list_after_a_colon():
    doc = _doc("Tiêu đề\n\"Chúng tôi cũng mong hai bên sớm ký biên bản ghi nhớ về hợp tác đào tạo nghề\", Chủ tịch UBND "
               "tỉnh Nguyễn Văn Lâm nói.", province="Bắc Giang", kind="foreign_delegation")
    assert any("ký biên bản ghi nhớ" in t for t in _texts(doc))
    doc = _doc("Tiêu đề\nChủ tịch UBND tỉnh Nguyễn Văn Lâm đề nghị Vùng hỗ trợ đào tạo chuyên gia. Tỉnh cũng rất mong Vùng "
               "kết nối các trường đại học của vùng với Đại học Bắc Giang.", province="Bắc Giang", kind="foreign_delegation")
    assert any("kết nối các trường" in t for t in _texts(doc))
    doc = _doc("Tiêu đề\nBí thư Tỉnh ủy Nguyễn Văn Lâm đề nghị hai bên tập trung chỉ đạo các ngành chức năng phối hợp thực "
               "hiện tốt những nội dung sau: đẩy nhanh xây dựng đường chuyên dụng qua mốc 1088; sớm nâng cấp cặp cửa khẩu "
               "Chi Ma - Ái Điểm.", province="Lạng Sơn", kind="outbound_delegation")
    assert any("đường chuyên dụng" in t for t in _texts(doc))


def test_an_ask_after_an_introduction_and_one_to_report_to_the_higher_levels_together():
    doc = _doc("Tiêu đề\nGiới thiệu khái quát về tỉnh, Phó Chủ tịch UBND tỉnh Điểu Văn Lâm cho biết tỉnh vừa có công viên "
               "địa chất toàn cầu. Ông đề nghị UNDP xem xét hỗ trợ tỉnh nâng cao năng lực quản lý công viên địa chất.",
               province="Đắk Nông", kind="foreign_delegation")
    assert any("năng lực quản lý công viên" in t for t in _texts(doc))
    doc = _doc("Tiêu đề\nChủ tịch UBND tỉnh Nông Văn Hải đề nghị hai bên phối hợp báo cáo cấp trên sớm nâng cấp cặp cửa "
               "khẩu Trà Lĩnh - Long Bang.", province="Cao Bằng", kind="foreign_delegation")
    assert any("cặp cửa khẩu Trà Lĩnh" in t for t in _texts(doc))


def test_the_pronoun_after_a_post_that_welcomed_the_guests_is_the_provinces():
    doc = _doc("Tiêu đề\nPhát biểu tại buổi tiếp, đồng chí Phó Chủ tịch UBND tỉnh chào mừng đoàn công tác thành phố "
               "Sùng Tả đến thăm tỉnh.\nĐể thông quan thuận lợi, đồng chí đề nghị phía thành phố Sùng Tả phối hợp kéo "
               "dài thời gian thông quan tại cặp cửa khẩu Hữu Nghị.", province="Lạng Sơn", kind="foreign_delegation")
    assert any("kéo dài thời gian thông quan" in t for t in _texts(doc))


def test_a_task_for_the_provinces_own_office_is_no_ask():
    doc = _doc("Tiêu đề\nKết luận hội nghị, Chủ tịch UBND tỉnh Phạm Quang Ngọc đề nghị Văn phòng UBND tỉnh tham mưu xây dựng "
               "chương trình đối ngoại năm 2026 sát thực tiễn.", province="Ninh Bình", kind="provincial_event")
    assert _texts(doc) == []


def test_what_the_visitors_will_recommend_with_the_provinces_asks_is_theirs():
    doc = _doc("Tiêu đề\nPhó Chủ tịch UBND tỉnh Lâm Hoàng Nghiệp kiến nghị Ủy ban sớm hỗ trợ tỉnh nâng cấp đê biển. Các kiến "
               "nghị của tỉnh sẽ được đoàn tổng hợp, báo cáo Ủy ban Đối ngoại để xem xét và kiến nghị với Chính phủ, các "
               "bộ, ngành liên quan.", province="Sóc Trăng")
    assert len(_texts(doc)) == 1 and "đê biển" in _texts(doc)[0]


def test_a_foreign_localitys_department_is_asked_as_the_partner_not_as_the_provinces_own():
    text = (
        "Tiêu đề\nPhó Chủ tịch UBND tỉnh Lạng Sơn đề nghị Sở Thương mại Quảng Tây tạo điều kiện cho nông sản "
        "của tỉnh được thông quan nhanh qua cửa khẩu Hữu Nghị."
    )
    texts = _texts(_doc(text, province="Lạng Sơn", kind="foreign_delegation"))
    assert len(texts) == 1 and "thông quan nhanh" in texts[0]
    # the province's own department is no addressee of a request
    text = "Tiêu đề\nPhó Chủ tịch UBND tỉnh đề nghị Sở Công Thương Lạng Sơn tạo điều kiện cho nông sản thông quan nhanh."
    assert _texts(_doc(text, province="Lạng Sơn", kind="foreign_delegation")) == []


def test_the_pronoun_after_a_foreign_deputy_mayors_words_is_his_not_the_provinces():
    offs = [
        {"name": "Trần Văn Định", "titles": ["Phó Chủ tịch UBND thành phố"], "side": "local"},
        {"name": "Park Min-jae", "titles": ["Phó Thị trưởng thành phố Busan"], "side": "foreign"},
    ]
    text = (
        "Tiêu đề\nPhó Chủ tịch UBND thành phố Trần Văn Định tiếp ông Park Min-jae, Phó Thị trưởng thành phố Busan.\n"
        "Phó Thị trưởng Park Min-jae cho biết, Busan là trung tâm cảng biển. Ông mong muốn hai thành phố sớm ký kết "
        "thỏa thuận hợp tác du lịch."
    )
    assert _texts(_doc(text, province="Đà Nẵng", kind="foreign_delegation", officials=offs)) == []
    # the province's own leader, the same way, asks it
    text = text.replace("Phó Thị trưởng Park Min-jae cho biết, Busan là trung tâm cảng biển.",
                        "Phó Chủ tịch Trần Văn Định cho biết, Đà Nẵng là trung tâm du lịch.")
    assert len(_texts(_doc(text, province="Đà Nẵng", kind="foreign_delegation", officials=offs))) == 1


def test_joint_asks_to_share_information_on_a_threat_and_to_study_a_trade_together():
    text = (
        "Tiêu đề\nPhó Chủ tịch UBND tỉnh đề nghị phía Phòng Thành Cảng phối hợp mở cặp cửa khẩu song phương. Tỉnh cũng "
        "mong muốn hai bên tăng cường trao đổi thông tin về phòng chống buôn lậu, gian lận thương mại qua biên giới."
    )
    assert any("buôn lậu" in t for t in _texts(_doc(text, province="Quảng Ninh", kind="foreign_delegation")))
    text = (
        "Tiêu đề\nPhó Chủ tịch UBND thành phố đề nghị tỉnh Jeollanam tiếp nhận lao động thời vụ. Thành phố cũng đề xuất "
        "hai bên nghiên cứu hợp tác trong lĩnh vực nuôi tôm công nghệ cao và chế biến thủy sản xuất khẩu."
    )
    assert any("nuôi tôm" in t for t in _texts(_doc(text, province="Cần Thơ", kind="foreign_delegation")))
    # a sector's name alone stays a general wish
    text = "Tiêu đề\nTỉnh mong muốn hai bên tăng cường hợp tác trong các lĩnh vực du lịch, giáo dục."
    assert _texts(_doc(text, province="Cần Thơ", kind="foreign_delegation")) == []


def test_an_ask_word_naming_a_kind_of_proposal_asks_nothing():
    text = (
        "Tiêu đề\nSở đã phân loại các thỏa thuận thành ba nhóm: tiếp tục thực hiện, cần sửa đổi, bổ sung và đề xuất "
        "chấm dứt. Thành phố kiến nghị Bộ Ngoại giao sớm ban hành văn bản hướng dẫn việc kế thừa các thỏa thuận."
    )
    texts = _texts(_doc(text, province="Hồ Chí Minh", kind="provincial_event"))
    assert len(texts) == 1 and "kế thừa" in texts[0]


@pytest.mark.parametrize(
    "sentence,asked",
    [
        # both sides moving a third party to act
        ("Ông cũng đề nghị hai bên phối hợp, kiến nghị các hãng hàng không sớm mở lại đường bay thẳng Đà Nẵng - Daegu.",
         "đường bay thẳng"),
        # agreeing on the content first, to sign after
        ("Ông cũng đề nghị hai bên sớm thống nhất nội dung để tiến tới ký kết biên bản ghi nhớ hợp tác giai đoạn mới.",
         "ký kết biên bản"),
    ],
)
def test_joint_asks_that_lead_to_a_concrete_step(sentence, asked):
    text = "Tiêu đề\nChủ tịch UBND thành phố Đà Nẵng đề nghị thành phố Daegu hỗ trợ đào tạo nhân lực y tế. " + sentence
    texts = _texts(_doc(text, province="Đà Nẵng", kind="foreign_delegation"))
    assert any(asked in t for t in texts), texts


def test_a_pronoun_asking_politely_speaks_for_the_province():
    text = (
        "Tiêu đề\nBáo cáo với Đại sứ, Phó Chủ tịch UBND tỉnh Nguyễn Văn Phương cho biết tỉnh đang chuẩn bị hồ sơ di sản. "
        "Ông trân trọng đề nghị Đại sứ quán hỗ trợ tỉnh kết nối với Phái đoàn thường trực Việt Nam tại UNESCO."
    )
    texts = _texts(_doc(text, province="Thừa Thiên Huế", kind="outbound_delegation"))
    assert texts == ["đề nghị Đại sứ quán hỗ trợ tỉnh kết nối với Phái đoàn thường trực Việt Nam tại UNESCO."]


@pytest.mark.parametrize(
    "follow",
    [
        # a connective with no comma before the pronoun
        "Theo ông Hùng, thành phố đang chuẩn bị nhiều dự án lớn. Vì vậy ông đề nghị tỉnh Osaka chia sẻ kinh nghiệm "
        "tổ chức các sự kiện quy mô lớn.",
        # the official called again by his given name, then by the pronoun
        "Ông Hùng cho biết thành phố đang chuẩn bị nhiều dự án lớn. Ông đề nghị tỉnh Osaka chia sẻ kinh nghiệm tổ "
        "chức các sự kiện quy mô lớn.",
    ],
)
def test_the_pronoun_after_a_connective_or_after_the_given_name_speaks_for_the_province(follow):
    text = (
        "Tiêu đề\nChiều 17-4, tại Osaka, đoàn công tác thành phố Đà Nẵng do ông Trần Văn Hùng dẫn đầu đã hội kiến "
        "ông Kondo Masato, Phó Thống đốc tỉnh Osaka.\n" + follow
    )
    officials = [
        {"name": "Trần Văn Hùng", "titles": ["Phó Chủ tịch UBND thành phố"], "side": "local"},
        {"name": "Kondo Masato", "titles": ["Phó Thống đốc tỉnh Osaka"], "side": "foreign"},
    ]
    texts = _texts(_doc(text, province="Đà Nẵng", kind="outbound_delegation", officials=officials))
    assert texts == ["đề nghị tỉnh Osaka chia sẻ kinh nghiệm tổ chức các sự kiện quy mô lớn."]
    if follow.startswith("Ông Hùng"):
        # the visitor called by his given name asks for his side
        text = text.replace("Ông Hùng cho biết thành phố", "Ông Masato cho biết tỉnh")
        assert _texts(_doc(text, province="Đà Nẵng", kind="outbound_delegation", officials=officials)) == []


def test_joint_asks_after_trading_views_and_on_a_threat_within_a_sectors_cooperation():
    text = (
        "Tiêu đề\nPhó Chủ tịch UBND tỉnh đề nghị tỉnh Kampot phối hợp ngăn chặn tàu cá khai thác trái phép. Đồng thời, "
        "đề nghị hai bên sớm trao đổi, tiến tới ký kết biên bản thỏa thuận hợp tác giai đoạn mới."
    )
    assert any("ký kết biên bản" in t for t in _texts(_doc(text, province="An Giang", kind="foreign_delegation")))
    text = (
        "Tiêu đề\nPhó Chủ tịch UBND tỉnh đề nghị phía châu Hồng Hà nâng cấp cặp cửa khẩu. Đồng thời, đồng chí đề nghị hai "
        "bên tăng cường hợp tác trong lĩnh vực y tế, phòng chống dịch bệnh truyền nhiễm qua biên giới."
    )
    assert any("phòng chống dịch bệnh" in t for t in _texts(_doc(text, province="Lào Cai", kind="foreign_delegation")))


def test_the_province_named_right_before_the_ask_word_after_an_opening_that_names_two_countries():
    text = (
        "Tiêu đề\nĐể cụ thể hóa nhận thức chung của lãnh đạo cấp cao hai Đảng, hai nước, tỉnh Quảng Ninh đề nghị phía "
        "Quảng Tây phối hợp đẩy nhanh thủ tục nâng cấp cặp cửa khẩu Hoành Mô - Động Trung lên cửa khẩu quốc tế."
    )
    texts = _texts(_doc(text, province="Quảng Ninh", kind="foreign_delegation"))
    assert texts and "Hoành Mô" in texts[0]


def test_a_counted_list_of_asks_announced_then_told_item_by_item():
    text = (
        "Tiêu đề\nTại buổi hội kiến, Bí thư Tỉnh ủy Lào Cai đề xuất 4 nhóm nội dung hợp tác trọng tâm. Cụ thể: thứ nhất, "
        "đề nghị tỉnh Vân Nam đẩy nhanh tiến độ dự án cầu đường bộ qua sông Hồng; thứ hai, đề nghị mở rộng danh mục "
        "nông sản được xuất khẩu chính ngạch."
    )
    texts = _texts(_doc(text, province="Lào Cai", kind="outbound_delegation"))
    assert len(texts) == 1 and "cầu đường bộ qua sông Hồng" in texts[0] and "danh mục nông sản" in texts[0]


def test_the_provinces_own_asks_listed_in_a_report_after_a_colon():
    text = (
        "Tiêu đề\nBáo cáo cũng nêu kiến nghị của tỉnh đối với Bộ Ngoại giao: hỗ trợ tỉnh tổ chức Hội nghị xúc tiến đầu "
        "tư tại Hàn Quốc; giới thiệu, kết nối tỉnh với các địa phương của Hoa Kỳ."
    )
    texts = _texts(_doc(text, province="Bắc Ninh", kind="provincial_event"))
    assert len(texts) == 1 and "Hội nghị xúc tiến đầu tư" in texts[0] and "Hoa Kỳ" in texts[0]
    # a partner's own asks told so are not the province's
    text = (
        "Tiêu đề\nBáo cáo cũng nêu kiến nghị của tỉnh Savannakhet đối với tỉnh Quảng Trị: hỗ trợ đào tạo cán bộ; giới "
        "thiệu doanh nghiệp đầu tư."
    )
    assert _texts(_doc(text, province="Quảng Trị", kind="foreign_delegation")) == []


def test_both_sides_asked_to_focus_on_some_points_listed_after_a_colon():
    text = (
        "Tiêu đề\nChủ tịch UBND tỉnh đề nghị hai bên tập trung một số nội dung: phối hợp hoàn thiện hồ sơ, trình cấp có "
        "thẩm quyền của mỗi nước nâng cấp cặp cửa khẩu Trà Lĩnh - Long Bang thành cửa khẩu quốc tế; đẩy nhanh xây dựng "
        "đường kết nối khu vực cửa khẩu."
    )
    texts = _texts(_doc(text, province="Cao Bằng", kind="foreign_delegation"))
    assert texts and "Trà Lĩnh" in texts[0]


def test_both_sides_asked_to_complete_the_procedures():
    text = (
        "Tiêu đề\nBí thư Tỉnh ủy Lào Cai đề nghị tỉnh Vân Nam đẩy nhanh kết nối đường sắt. Ông cũng đề nghị hai bên sớm "
        "hoàn tất thủ tục nâng cấp cặp cửa khẩu Bản Vược - Bá Sái thành cửa khẩu song phương."
    )
    texts = _texts(_doc(text, province="Lào Cai", kind="outbound_delegation"))
    assert any("Bản Vược" in t for t in texts), texts


def test_a_pronoun_that_reports_the_guests_words_speaks_for_the_guest():
    text = (
        "Tiêu đề\nPhó Thị trưởng Park Seong-ho cảm ơn sự đón tiếp của lãnh đạo thành phố Huế. Ông cho biết Gimhae sẽ cử "
        "đoàn nghệ thuật tham gia Festival Huế 2026, đồng thời mong muốn phía Huế tạo điều kiện để Đại học Inje mở rộng "
        "hợp tác đào tạo."
    )
    officials = [{"name": "Park Seong-ho", "titles": ["Phó Thị trưởng thành phố Gimhae"], "side": "foreign"}]
    assert _texts(_doc(text, province="Huế", kind="foreign_delegation", officials=officials)) == []


def test_a_foreign_consul_seated_in_the_province_asks_for_his_side():
    text = (
        "Tiêu đề\nChủ tịch UBND thành phố Đà Nẵng tiếp Tổng Lãnh sự Trung Quốc. Tổng Lãnh sự Trung Quốc tại Đà Nẵng đề nghị "
        "thành phố tạo điều kiện cho doanh nghiệp Trung Quốc đầu tư."
    )
    assert _texts(_doc(text, province="Đà Nẵng", kind="foreign_delegation")) == []


def test_both_sides_asked_to_start_building_something_is_a_joint_ask():
    doc = _doc(
        "Tiêu đề\nChủ tịch UBND tỉnh Hoàng Văn An đề nghị phía Bách Sắc kéo dài thời gian thông quan tại cửa khẩu "
        "Trà Lĩnh. Đồng chí cũng đề nghị hai bên sớm khởi động xây dựng cầu đường bộ qua biên giới tại khu vực cửa khẩu.",
        province="Cao Bằng",
        kind="outbound_delegation",
        lead="Hoàng Văn An",
    )
    assert any("khởi động xây dựng cầu" in t for t in _texts(doc))


def test_a_wish_to_deepen_ties_with_a_province_in_general_and_its_prefecture_is_no_ask():
    doc = _doc(
        "Tiêu đề\nChủ tịch UBND tỉnh cho biết tỉnh mong muốn tiếp tục làm sâu sắc quan hệ hợp tác truyền thống với "
        "tỉnh Vân Nam nói chung và châu Hồng Hà nói riêng.",
        province="Lào Cai",
        kind="foreign_delegation",
    )
    assert _texts(doc) == []


def test_the_villages_own_elders_asked_to_persuade_people_is_no_request():
    doc = _doc(
        "Tiêu đề\nThượng tá Vàng Seo Lử đề nghị người có uy tín tiếp tục vận động bà con không tiếp tay cho xuất nhập "
        "cảnh trái phép.",
        province="Hà Giang",
        kind="provincial_event",
        officials=[{"name": "Vàng Seo Lử", "titles": ["Chính trị viên Đồn Biên phòng Phó Bảng"], "side": "local"}],
    )
    assert _texts(doc) == []
    # (asked of the partner's border post, the same words are an ask)
    partner = doc.text.replace("người có uy tín tiếp tục vận động bà con", "Đồn Công an Đổng Tân (Trung Quốc) phối hợp ngăn chặn người")
    assert _texts(_doc(partner, province="Hà Giang", kind="provincial_event", officials=doc.given[3]))


def test_an_ask_word_and_its_addressee_over_a_numbered_list_is_no_ask_of_its_own():
    doc = _doc(
        "Tiêu đề\nPhát biểu tại hội nghị, Phó Chủ tịch UBND tỉnh Lê Thị Hà đề nghị các tổ chức phi chính phủ nước ngoài:\n"
        "1. Tiếp tục hỗ trợ các xã vùng cao xây dựng công trình nước sạch;\n"
        "2. Quan tâm tài trợ chương trình dinh dưỡng cho trẻ em ở các xã biên giới.",
        province="Lào Cai",
        kind="provincial_event",
        officials=[{"name": "Lê Thị Hà", "titles": ["Phó Chủ tịch UBND tỉnh"], "side": "local"}],
    )
    texts = _texts(doc)
    assert len(texts) == 2 and "nước sạch" in texts[0] and "dinh dưỡng" in texts[1]


@pytest.mark.parametrize(
    "sentence",
    [
        # an earlier year's occasion opening the clause, then "đã"
        "Ông nhắc lại, tại buổi làm việc với Ủy ban năm 2019, tỉnh đã kiến nghị hỗ trợ thành lập câu lạc bộ doanh nhân kiều bào.",
        # "từng" as well as "đã"
        "Ông nhắc lại, năm 2018, tỉnh từng đề nghị Đại sứ quán hỗ trợ xây dựng trung tâm đấu giá hoa.",
        # what came of it since
        "Tại kỳ hội đàm năm 2022, tỉnh đã đề nghị tỉnh Attapeu hỗ trợ quy tập hài cốt liệt sĩ; đến nay, hai bên đã quy tập được 18 hài cốt.",
    ],
)
def test_an_ask_recalled_from_an_earlier_year_or_met_since_is_no_request(sentence):
    doc = make_doc("Tiêu đề\n" + sentence, name="t.txt", published="2024-05-06")
    doc.given = ("foreign_delegation", "Kon Tum", None, [])
    assert _texts(doc) == []


def test_both_sides_asked_to_run_a_site_together_and_a_consulate_beside_the_ask_word():
    doc = _doc(
        "Tiêu đề\nChủ tịch UBND tỉnh Nông Văn Thạch đề nghị hai bên phối hợp vận hành hiệu quả Khu cảnh quan thác Bản "
        "Giốc. Đồng chí Nông Văn Thạch cảm ơn sự hỗ trợ của Tổng Lãnh sự quán và đề nghị Tổng Lãnh sự quán tiếp tục giúp tỉnh nắm "
        "bắt thông tin về chính sách nhập khẩu nông sản. Đồng chí cũng mong muốn hai bên sớm khảo sát, mở tuyến vận "
        "tải hành khách Cao Bằng - Bách Sắc.",
        province="Cao Bằng",
        kind="foreign_delegation",
        officials=[{"name": "Nông Văn Thạch", "titles": ["Chủ tịch UBND tỉnh"], "side": "local"}],
    )
    texts = _texts(doc)
    assert any("vận hành" in t for t in texts)
    assert any("chính sách nhập khẩu" in t for t in texts)
    assert any("mở tuyến vận tải" in t for t in texts)


def test_a_pronoun_that_asks_is_the_subject_not_the_province_it_asks():
    doc = _doc(
        "Tiêu đề\nBà Claire Dubreuil, Phó Chủ tịch Hội đồng vùng Centre-Val de Loire đánh giá cao tỉnh Vĩnh Phúc. Bà "
        "bày tỏ mong muốn tỉnh cử sinh viên sang học tập tại vùng, đồng thời mong hai bên sớm ký kết thỏa thuận hợp tác.",
        province="Vĩnh Phúc",
        kind="outbound_delegation",
        lead="Nguyễn Văn Trì",
        officials=[{"name": "Claire Dubreuil", "titles": [], "side": "foreign"}],
    )
    assert _texts(doc) == []


def test_whom_the_sentence_before_meets_is_not_the_pronouns_antecedent():
    doc = _doc(
        "Tiêu đề\nTại buổi làm việc với ông David Harrison, Phó Tổng Giám đốc Cơ quan Thương mại và Đầu tư bang NSW, "
        "Phó Chủ tịch UBND tỉnh Hoàng Văn Toàn đã giới thiệu tiềm năng của tỉnh. Ông bày tỏ mong muốn thiết lập quan "
        "hệ hữu nghị với bang NSW; đồng thời đề nghị bang NSW tạo điều kiện để sinh viên của tỉnh sang học tập.",
        province="Thanh Hóa",
        kind="outbound_delegation",
        officials=[
            {"name": "Hoàng Văn Toàn", "titles": ["Phó Chủ tịch UBND tỉnh"], "side": "local"},
            {"name": "David Harrison", "titles": [], "side": "foreign"},
        ],
    )
    assert any("sinh viên của tỉnh" in t for t in _texts(doc))


@pytest.mark.parametrize(
    "wish",
    [
        "mong muốn củng cố mối quan hệ hữu nghị truyền thống, hợp tác toàn diện giữa hai tỉnh.",
        "mong muốn kế thừa và phát huy quan hệ hữu nghị mà tỉnh Kon Tum (cũ) đã xây dựng với tỉnh Ratanakiri.",
        "mong muốn mở rộng hợp tác với các địa phương của Brazil, nhất là trong lĩnh vực nông sản, logistics và đổi mới sáng tạo.",
        "mong muốn thu hút đầu tư công nghệ cao từ Ấn Độ.",
        "mong muốn các em sẽ trở thành những sứ giả, góp phần vun đắp quan hệ hữu nghị giữa tỉnh với các tỉnh Bắc Lào.",
    ],
)
def test_wishes_with_no_concrete_content_are_no_requests(wish):
    doc = _doc(f"Tiêu đề\nPhó Chủ tịch UBND tỉnh Nguyễn Hữu Phước {wish}", province="Quảng Ngãi", kind="foreign_delegation")
    assert _texts(doc) == []


def test_the_provinces_own_conference_and_its_delegation_abroad_ask():
    doc = _doc(
        "Tiêu đề\nHội nghị kiến nghị Bộ Ngoại giao bố trí kinh phí tu bổ các mốc giới bị hư hỏng.",
        province="Lai Châu",
        kind="provincial_event",
    )
    assert any("tu bổ các mốc giới" in t for t in _texts(doc))
    trip = _doc(
        "Tiêu đề\nNgày 9/3, đoàn đến bang Tasmania. Tại đây, đoàn bày tỏ mong muốn Viện hợp tác nghiên cứu, chuyển giao "
        "giống hàu cho tỉnh. Ngày 26/10, đoàn làm việc với Hãng hàng không Korean Air, đề nghị hãng tăng tần suất đường "
        "bay Incheon - Cà Mau.",
        province="Cà Mau",
        kind="outbound_delegation",
    )
    texts = _texts(trip)
    assert any("chuyển giao giống hàu" in t for t in texts) and any("tăng tần suất" in t for t in texts)


def test_thanks_for_an_earlier_ask_dealt_with_is_no_request():
    doc = _doc(
        "Tiêu đề\nChủ tịch UBND thành phố Ngô Thanh Hải báo cáo kết quả năm 2025. Ông cảm ơn Bộ Ngoại giao đã quan tâm "
        "giải quyết đề nghị trước đây của thành phố về hỗ trợ thủ tục đón các đoàn nghệ thuật quốc tế.",
        province="Huế",
        officials=[{"name": "Ngô Thanh Hải", "titles": ["Chủ tịch UBND thành phố"], "side": "local"}],
    )
    assert _texts(doc) == []


@pytest.mark.parametrize(
    ("sentence", "published", "anchor"),
    [
        # the province's own preparations told after the ask: the ask stands
        ("Tại buổi làm việc, ông Nguyễn Văn An, Phó Chủ tịch UBND tỉnh đã kiến nghị Bộ sớm trình Chính phủ nâng cấp cửa "
         "khẩu Chi Ma thành cửa khẩu quốc tế; hiện nay, tỉnh đã hoàn thành đầu tư hạ tầng khu vực cửa khẩu.", "2024-03-06", "cửa khẩu Chi Ma"),
        # the year the meeting reviews is no earlier occasion
        ("Tại buổi làm việc về kết quả công tác đối ngoại năm 2023, ông Nguyễn Văn An, Phó Chủ tịch UBND tỉnh đã kiến nghị "
         "Bộ Ngoại giao hỗ trợ tỉnh tổ chức hội nghị xúc tiến đầu tư tại Lào.", "2024-01-11", "xúc tiến đầu tư tại Lào"),
        # a wish with content: nurse training
        ("Ông Nguyễn Văn An, Phó Chủ tịch UBND tỉnh mong muốn tiếp tục mở rộng hợp tác đào tạo điều dưỡng với tỉnh Gunma.",
         "2024-03-06", "đào tạo điều dưỡng"),
        # an ask of the overseas Vietnamese
        ("Ông Nguyễn Văn An, Phó Chủ tịch UBND tỉnh mong muốn bà con kiều bào làm cầu nối, giới thiệu doanh nghiệp Nhật "
         "Bản đầu tư vào tỉnh.", "2024-03-06", "giới thiệu doanh nghiệp Nhật Bản"),
    ],
)
def test_asks_that_stand_beside_their_context(sentence, published, anchor):
    doc = make_doc("Tiêu đề\n" + sentence, name="t.txt", published=published)
    doc.given = ("central_delegation", "Lạng Sơn", None, [{"name": "Nguyễn Văn An", "titles": ["Phó Chủ tịch UBND tỉnh"], "side": "local"}])
    assert any(anchor in t for t in _texts(doc))


@pytest.mark.parametrize(
    "sentence",
    [
        # a guest who thanks the host asks for himself
        "Ông cảm ơn sự đón tiếp chu đáo và đề nghị hai bên sớm ký kết biên bản ghi nhớ về đào tạo điều dưỡng.",
        # the province's own college told what to do
        "Ông An bày tỏ mong muốn Trường Cao đẳng Công nghiệp Thái Nguyên chủ động phối hợp với các sở tiếp nhận học viên.",
    ],
)
def test_a_guests_ask_and_an_order_to_the_provinces_own_college_are_no_requests(sentence):
    doc = _doc(
        "Tiêu đề\nChiều 5/3, đồng chí Nguyễn Văn An, Phó Chủ tịch UBND tỉnh tiếp ông Ito Naoki, Đại sứ Nhật Bản tại Việt "
        "Nam. " + sentence,
        province="Hưng Yên",
        kind="foreign_delegation",
        officials=[
            {"name": "Nguyễn Văn An", "titles": ["Phó Chủ tịch UBND tỉnh"], "side": "local"},
            {"name": "Ito Naoki", "titles": ["Đại sứ Nhật Bản tại Việt Nam"], "side": "foreign"},
        ],
    )
    assert _texts(doc) == []


def test_the_provinces_asks_listed_under_a_noun_header_and_not_the_visitors():
    text = (
        "Tiêu đề\nSáng 26/8, Đoàn công tác Ủy ban Biên giới quốc gia do ông Nguyễn Văn Bình làm trưởng đoàn đã làm "
        "việc với UBND tỉnh Đồng Tháp.\nĐể làm tốt công tác biên giới, UBND tỉnh Đồng Tháp có một số kiến nghị như "
        "sau:\n- Đề nghị Ủy ban báo cáo Chính phủ sớm nâng cấp cửa khẩu Dinh Bà thành cửa khẩu quốc tế.\n- Hỗ trợ "
        "kinh phí xây dựng kè chống sạt lở bờ sông Sở Thượng.\n"
    )
    texts = _texts(_doc(text, province="Đồng Tháp", lead="Nguyễn Văn Bình"))
    assert len(texts) == 2 and "cửa khẩu Dinh Bà" in texts[0] and "kè chống sạt lở" in texts[1]
    visitor = (
        "Tiêu đề\nSáng 26/8, Đoàn công tác Ủy ban Biên giới quốc gia do ông Nguyễn Văn Bình làm trưởng đoàn đã làm "
        "việc với UBND tỉnh Đồng Tháp.\nPhát biểu tại buổi làm việc, ông Nguyễn Văn Bình có một số đề nghị như sau:"
        "\n- Tỉnh tiếp tục làm tốt công tác tuyên truyền cho người dân khu vực biên giới.\n- Phối hợp chặt chẽ với "
        "tỉnh Prey Veng trong quản lý mốc giới.\n"
    )
    assert _texts(_doc(visitor, province="Đồng Tháp", lead="Nguyễn Văn Bình")) == []


@pytest.mark.parametrize("sentence", [
    "Đề nghị mà tỉnh nêu tại hội đàm năm 2017 về việc phía bạn hỗ trợ xây dựng chợ biên giới nay đã hoàn thành.",
    "Đề xuất xây dựng kè bờ sông Bằng mà tỉnh nêu năm 2020 cũng đã được Chính phủ bố trí vốn, đang thi công.",
    "Kiến nghị năm 2018 về việc hai tỉnh xây dựng trạm kiểm dịch chung đang được hoàn thiện hồ sơ.",
])
def test_an_ask_told_as_the_subject_of_its_history_is_no_request(sentence):
    text = ("Tiêu đề\nNgày 20/10/2022, đoàn Bộ Ngoại giao làm việc với tỉnh Cao Bằng.\nGiám đốc Sở Ngoại vụ cho biết, "
            "nhiều nội dung đã được triển khai. ") + sentence + (
        "\nTỉnh đề nghị Bộ hỗ trợ tỉnh khôi phục thông quan tại cặp cửa khẩu Trà Lĩnh.")
    texts = _texts(_doc(text, province="Cao Bằng"))
    assert len(texts) == 1 and "khôi phục thông quan" in texts[0]


@pytest.mark.parametrize("sentence", [
    "Tỉnh mong muốn đưa quan hệ với tỉnh Mondulkiri đi vào chiều sâu, thực chất hơn.",
    "Tỉnh mong muốn mở rộng thị phần, nâng cao giá trị sản phẩm tại thị trường khó tính này.",
])
def test_a_wish_to_deepen_ties_or_grow_a_market_with_no_one_asked_is_general(sentence):
    text = "Tiêu đề\nSáng 16/12, lãnh đạo tỉnh Lâm Đồng tiếp Đại sứ Nhật Bản.\n" + sentence
    assert _texts(_doc(text, province="Lâm Đồng", kind="foreign_delegation")) == []
    # (asked of someone, it stays)
    text = "Tiêu đề\nSáng 16/12, lãnh đạo tỉnh Lâm Đồng tiếp Đại sứ Nhật Bản.\nTỉnh mong muốn Đại sứ quán hỗ trợ tỉnh " \
           "mở rộng thị phần nông sản tại Nhật Bản."
    assert len(_texts(_doc(text, province="Lâm Đồng", kind="foreign_delegation"))) == 1


def test_a_joint_ask_with_a_third_party_brought_in():
    text = ("Tiêu đề\nChiều 19-7, Phó Chủ tịch UBND thành phố tiếp đoàn bang Victoria (Australia).\nLãnh đạo thành phố "
            "đề nghị hai bên phối hợp với các hãng hàng không xúc tiến mở thêm đường bay thẳng giữa hai địa phương.")
    (req,) = _texts(_doc(text, province="Thành phố Hồ Chí Minh", kind="foreign_delegation"))
    assert "mở thêm đường bay thẳng" in req


def test_the_sapos_ask_told_again_in_more_words_in_the_body_is_kept_in_its_fuller_telling():
    text = (
        "Lạng Sơn đề nghị Sùng Tả làm đường chuyên dụng chở hàng\nLãnh đạo Lạng Sơn đề nghị thành phố Sùng Tả (Trung "
        "Quốc) phối hợp xây tuyến đường chuyên dụng vận chuyển hàng hóa và kéo dài giờ thông quan tại cửa khẩu Hữu Nghị."
        "\nChiều 11/3, Chủ tịch UBND tỉnh Lạng Sơn tiếp đoàn thành phố Sùng Tả.\nChủ tịch UBND tỉnh đề nghị phía Sùng Tả "
        "phối hợp xây dựng đường chuyên dụng vận chuyển hàng hóa qua khu vực mốc 1088, đồng thời thống nhất kéo dài thời "
        "gian thông quan đến 23h tại cặp cửa khẩu Hữu Nghị - Hữu Nghị Quan."
    )
    (req,) = _texts(_doc(text, province="Lạng Sơn", kind="foreign_delegation"))
    assert "đến 23h" in req


def test_the_sapos_ask_that_the_body_tells_again_in_two_asks_is_listed_there_only():
    text = (
        "Phú Thọ mong muốn thu hút doanh nghiệp tỉnh Gunma\nLãnh đạo tỉnh Phú Thọ đề nghị tỉnh Gunma giới thiệu các "
        "doanh nghiệp có tiềm lực đến đầu tư vào khu công nghiệp của tỉnh, đồng thời hỗ trợ đào tạo nguồn nhân lực.\n"
        "Chiều 15/11, Chủ tịch UBND tỉnh Phú Thọ tiếp đoàn tỉnh Gunma (Nhật Bản).\nChủ tịch UBND tỉnh đề nghị tỉnh Gunma "
        "giới thiệu doanh nghiệp đầu tư vào khu công nghiệp Phú Hà, nhất là trong lĩnh vực cơ khí chính xác.\n"
        "Ông cũng đề nghị phía Gunma hỗ trợ đào tạo nguồn nhân lực kỹ thuật cho tỉnh thông qua các trường cao đẳng nghề."
    )
    texts = _texts(_doc(text, province="Phú Thọ", kind="foreign_delegation"))
    assert len(texts) == 2 and "Phú Hà" in texts[0] and "cao đẳng nghề" in texts[1]


def test_an_ask_of_two_foreign_provinces_governments_and_a_joint_ask_to_manage_fishermen():
    text = ("Tiêu đề\nSáng 5/12, UBND tỉnh An Giang tổ chức hội nghị với tỉnh Takeo và tỉnh Kandal (Campuchia).\nPhó Chủ "
            "tịch UBND tỉnh đề nghị chính quyền hai tỉnh Takeo và Kandal tiếp tục phối hợp ngăn chặn buôn lậu đường cát qua "
            "biên giới.")
    assert len(_texts(_doc(text, province="An Giang", kind="provincial_event"))) == 1
    text = ("Tiêu đề\nNgày 10/3, đoàn tỉnh Quảng Ninh hội đàm với thành phố Phòng Thành Cảng (Trung Quốc).\nTỉnh Quảng Ninh "
            "cũng đề nghị hai bên tăng cường phối hợp quản lý ngư dân, tàu cá hoạt động trên vùng biển giáp ranh.")
    assert len(_texts(_doc(text, province="Quảng Ninh", kind="outbound_delegation"))) == 1


@pytest.mark.parametrize("sentence", [
    "Tỉnh mong muốn tiếp nối và phát huy những kết quả đó.",
    "Tỉnh mong muốn kế thừa và phát triển hơn nữa mối quan hệ hữu nghị với tỉnh Kratie mà tỉnh Bình Phước đã xây dựng.",
])
def test_a_wish_to_carry_on_the_results_or_the_ties_is_general(sentence):
    text = "Tiêu đề\nNgày 16/10, đoàn tỉnh Đồng Nai làm việc tại tỉnh Kratie (Campuchia).\n" + sentence
    assert _texts(_doc(text, province="Đồng Nai", kind="outbound_delegation")) == []


def test_a_renewed_ask_that_recalls_the_earlier_one_stays():
    text = ("Tiêu đề\nNgày 20/10, đoàn Bộ Ngoại giao làm việc với tỉnh Điện Biên.\nPhó Chủ tịch UBND tỉnh nêu một số kiến "
            "nghị:\n- Đề nghị Chính phủ sớm bố trí vốn cho dự án kè chống sạt lở bờ suối Nậm Na mà tỉnh đã kiến nghị từ năm "
            "2020.\n- Đề nghị Bộ hỗ trợ tỉnh nâng cấp cửa khẩu Tây Trang.")
    texts = _texts(_doc(text, province="Điện Biên"))
    assert any("suối Nậm Na" in t for t in texts) and not any(t.startswith("kiến nghị từ năm") for t in texts)


def test_a_market_aim_asked_through_the_consulate_stays():
    text = ("Tiêu đề\nSáng 5/3, lãnh đạo tỉnh Bắc Giang tiếp Tổng Lãnh sự Trung Quốc.\nTỉnh mong muốn mở rộng thị phần vải "
            "thiều nhờ Tổng Lãnh sự quán thúc đẩy cấp mã số vùng trồng.")
    assert len(_texts(_doc(text, province="Bắc Giang", kind="foreign_delegation"))) == 1


def test_the_sapos_two_part_ask_is_not_replaced_by_a_body_telling_of_one_part():
    text = ("Tiêu đề\nChiều 20/10, Phó Chủ tịch UBND tỉnh Quảng Ninh tiếp Tổng Lãnh sự Trung Quốc; Phó Chủ tịch đề nghị Tổng "
            "Lãnh sự quán hỗ trợ tỉnh mở lại đường bay Vân Đồn - Thâm Quyến và tạo điều kiện cấp thị thực cho doanh nhân "
            "Quảng Ninh.\nTại buổi tiếp, Phó Chủ tịch giới thiệu tình hình của tỉnh.\nPhó Chủ tịch đề nghị Tổng Lãnh sự quán "
            "hỗ trợ tỉnh sớm mở lại đường bay thẳng Vân Đồn - Thâm Quyến, góp phần thúc đẩy du lịch giữa Quảng Ninh với "
            "tỉnh Quảng Đông.")
    texts = _texts(_doc(text, province="Quảng Ninh", kind="foreign_delegation"))
    assert any("cấp thị thực" in t for t in texts)


def test_the_asks_listed_under_kien_nghi_de_xuat_nhu_sau():
    text = ("Tiêu đề\nChiều 10/5, đoàn Bộ Ngoại giao làm việc với UBND tỉnh Kon Tum.\nUBND tỉnh Kon Tum có một số kiến nghị, "
            "đề xuất như sau:\n1. Hỗ trợ tỉnh kết nối với các địa phương của Nhật Bản.\n2. Quan tâm hướng dẫn tỉnh quản lý "
            "biên giới với Lào.")
    assert len(_texts(_doc(text, province="Kon Tum"))) == 2


def test_a_header_announcing_the_main_points_is_no_ask():
    text = ("Tiêu đề\nNgày 8/9/2024, đoàn công tác tỉnh Hà Giang do Chủ tịch UBND tỉnh Nguyễn Văn Sơn dẫn đầu đã làm việc "
            "với châu Văn Sơn (Trung Quốc).\nChủ tịch UBND tỉnh Nguyễn Văn Sơn đề nghị phía bạn quan tâm phối hợp một số "
            "nội dung trọng tâm:\n- Sớm mở lại cặp chợ biên giới Xín Cái - Đồng Tâm;\n- Phối hợp kiểm dịch hàng nông sản.")
    texts = _texts(_doc(text, province="Hà Giang", kind="outbound_delegation", lead="Nguyễn Văn Sơn"))
    assert len(texts) == 2 and not any("trọng tâm" in t for t in texts)


def test_an_ask_of_an_earlier_year_than_the_leads_day_is_history_without_a_publication_line():
    text = ("Tiêu đề\nSáng 9/10/2018, Chủ tịch UBND tỉnh Bùi Văn Hải tiếp Giám đốc tổ chức JICA tại Việt Nam.\nNăm 2015, tỉnh "
            "đã đề nghị JICA hỗ trợ xây dựng hệ thống thoát nước; đến nay công trình đã hoàn thành.\nChủ tịch đề nghị JICA "
            "xem xét hỗ trợ dự án cấp nước cho các xã ven biển.")
    texts = _texts(_doc(text, province="Thái Bình", kind="foreign_delegation", lead="Bùi Văn Hải"))
    assert len(texts) == 1 and "cấp nước" in texts[0]


def test_a_courses_participants_told_to_use_it_are_no_addressee():
    text = ("Tiêu đề\nNgày 12/5/2024, Sở Ngoại vụ tỉnh Hậu Giang tổ chức lớp tập huấn công tác đối ngoại với sự tham gia của "
            "báo cáo viên Bộ Ngoại giao.\nPhát biểu bế mạc, bà Trần Thị Thu Hà đề nghị các đại biểu vận dụng kiến thức được "
            "tập huấn vào thực tiễn công tác. Dịp này, Sở Ngoại vụ đề nghị Bộ Ngoại giao tiếp tục cử báo cáo viên cho tỉnh.")
    texts = _texts(_doc(text, province="Hậu Giang", kind="provincial_event", lead="Trần Thị Thu Hà"))
    assert len(texts) == 1 and "báo cáo viên" in texts[0]


def test_the_provinces_border_guard_and_a_task_to_its_department_are_no_addressees():
    text = ("Tiêu đề\nSáng 15/1/2026, UBND tỉnh Quảng Trị tổ chức Hội nghị tổng kết công tác đối ngoại năm 2025. Chủ tịch UBND "
            "tỉnh Lê Đức Tiến chủ trì.\nChủ tịch đề nghị Bộ Chỉ huy Bộ đội Biên phòng tỉnh phối hợp chặt chẽ với các lực "
            "lượng chức năng của Lào giữ vững an ninh biên giới. Tỉnh kiến nghị Bộ Ngoại giao hỗ trợ tỉnh nâng cấp cửa khẩu "
            "La Lay.")
    texts = _texts(_doc(text, province="Quảng Trị", kind="provincial_event", lead="Lê Đức Tiến"))
    assert len(texts) == 1 and "La Lay" in texts[0]
    text = ("Tiêu đề\nSáng 12/8/2022, Phó Chủ tịch UBND tỉnh Hà Tĩnh Trần Bá Khiêm tiếp Đại sứ Mozambique.\nVề đề nghị thiết "
            "lập quan hệ với tỉnh Nampula, Phó Chủ tịch đề xuất và giao Sở Ngoại vụ phối hợp với Đại sứ quán nghiên cứu các "
            "bước tiếp theo.")
    assert _texts(_doc(text, province="Hà Tĩnh", kind="foreign_delegation", lead="Trần Bá Khiêm")) == []


def test_an_ask_met_or_weighed_since_is_history():
    text = ("Tiêu đề\nSáng 14-9, Ủy ban Nhà nước về người Việt Nam ở nước ngoài làm việc với tỉnh Hưng Yên.\nTại buổi làm "
            "việc năm 2016, tỉnh đã kiến nghị Ủy ban hỗ trợ in cuốn cẩm nang đầu tư bằng tiếng Anh; đến nay kiến nghị này "
            "đã được Ủy ban đáp ứng.\nLần này, tỉnh đề nghị Ủy ban hỗ trợ tổ chức diễn đàn trí thức kiều bào tại tỉnh.")
    texts = _texts(_doc(text, province="Hưng Yên"))
    assert len(texts) == 1 and "diễn đàn" in texts[0]
    text = ("Tiêu đề\nSáng 3/3/2021, Chủ tịch UBND tỉnh Lai Châu tiếp Đại sứ Lào.\nÔng cho biết, tỉnh đã đề nghị Đại sứ quán "
            "hỗ trợ thủ tục mở cặp chợ biên giới; đề nghị này đã được hai nước xem xét.\nChủ tịch đề nghị Đại sứ ủng hộ tỉnh "
            "tổ chức giao lưu thanh niên biên giới.")
    texts = _texts(_doc(text, province="Lai Châu", kind="foreign_delegation"))
    assert len(texts) == 1 and "thanh niên" in texts[0]


def test_an_earlier_years_ask_told_without_its_comma_or_in_a_clause_of_that_year():
    doc = make_doc("Tiêu đề\nChiều 5/3, Phó Chủ tịch UBND tỉnh Hòa Bình tiếp Đại sứ Hàn Quốc.\nPhó Chủ tịch cho biết, năm 2019 "
                   "tỉnh đã đề nghị Đại sứ quán hỗ trợ xây trường mầm non ở huyện Đà Bắc. Trước đó, trong năm 2020, tỉnh đã "
                   "đề nghị Đại sứ quán giới thiệu tình nguyện viên KOICA.\nPhó Chủ tịch đề nghị Đại sứ quán kết nối doanh "
                   "nghiệp Hàn Quốc đầu tư vào khu công nghiệp Lương Sơn.", name="t.txt", published="2021-03-06")
    texts = [r["text"] for r in extract_requests(doc, "foreign_delegation", "Hòa Bình")]
    assert len(texts) == 1 and "Lương Sơn" in texts[0]


def test_an_ask_made_many_times_before_is_history():
    text = ("Tiêu đề\nNgày 10-4-2019, Ủy ban Biên giới quốc gia làm việc với tỉnh Đồng Tháp.\nTrước đó, tỉnh đã nhiều lần đề "
            "nghị phía tỉnh Prey Veng phối hợp xử lý khai thác cát trên sông biên giới.\nTỉnh kiến nghị Ủy ban sớm bố trí "
            "kinh phí xây kè bảo vệ mốc 175.")
    texts = _texts(_doc(text, province="Đồng Tháp"))
    assert len(texts) == 1 and "mốc 175" in texts[0]


def test_the_askers_own_affirmation_after_dong_thoi_ends_the_ask():
    text = ("Tiêu đề\nSáng 2/6/2023, Chủ tịch UBND tỉnh Hà Nam tiếp Đại sứ Nhật Bản.\nChủ tịch mong muốn Đại sứ quán giới thiệu "
            "doanh nghiệp Nhật Bản đầu tư vào tỉnh, đồng thời khẳng định tỉnh luôn tạo điều kiện thuận lợi nhất cho nhà đầu "
            "tư Nhật Bản.")
    (ask,) = _texts(_doc(text, province="Hà Nam", kind="foreign_delegation"))
    assert "giới thiệu doanh nghiệp" in ask and "khẳng định" not in ask
    # (an ask told after it stays: "đồng thời cho biết tỉnh mong muốn ...")
    text = text.replace("khẳng định tỉnh luôn tạo điều kiện thuận lợi nhất cho nhà đầu tư Nhật Bản",
                        "cho biết tỉnh mong muốn thiết lập quan hệ với tỉnh Yamanashi")
    assert any("Yamanashi" in t for t in _texts(_doc(text, province="Hà Nam", kind="foreign_delegation")))


def test_a_favour_asked_with_nho_is_an_ask_and_thanks_to_is_not():
    text = ("Tiêu đề\nChiều 4/10/2024, Bí thư Tỉnh ủy Kon Tum tiếp Đại sứ Campuchia.\nBí thư cũng nhờ Đại sứ chuyển lời mời "
            "lãnh đạo tỉnh Stung Treng sang dự Hội chợ thương mại biên giới.")
    (ask,) = _texts(_doc(text, province="Kon Tum", kind="foreign_delegation"))
    assert ask.startswith("nhờ Đại sứ chuyển lời mời")
    text = ("Tiêu đề\nChiều 4/10/2024, Bí thư Tỉnh ủy Kon Tum tiếp Đại sứ Campuchia.\nNhờ Đại sứ quán hỗ trợ, tỉnh đã tổ chức "
            "thành công hội chợ năm 2023.")
    assert _texts(_doc(text, province="Kon Tum", kind="foreign_delegation")) == []


def test_a_leaders_directions_to_the_provinces_own_bodies_are_no_asks():
    text = ("Tiêu đề\nSáng 20/12/2023, Liên hiệp các tổ chức hữu nghị tỉnh Thái Bình tổng kết công tác năm 2023.\nPhát biểu chỉ "
            "đạo, đồng chí Phó Bí thư Tỉnh ủy đề nghị Liên hiệp tiếp tục đổi mới phương thức hoạt động, phát huy vai trò "
            "của các hội hữu nghị.")
    assert _texts(_doc(text, province="Thái Bình", kind="provincial_event")) == []


def test_solutions_put_forward_and_a_purpose_ask_no_one():
    text = ("Tiêu đề\nNgày 6/5/2025, UBND tỉnh Quảng Nam tổ chức hội nghị với các tổ chức phi chính phủ nước ngoài.\nĐại diện "
            "Sở Tài chính nêu một số vướng mắc trong phê duyệt viện trợ và đề xuất các giải pháp rút ngắn thời gian thẩm "
            "định. Sở Ngoại vụ đang rà soát 40 thỏa thuận quốc tế để đề xuất phương án gia hạn.\nPhó Chủ tịch UBND tỉnh đề "
            "nghị các tổ chức tiếp tục hỗ trợ tỉnh rà phá bom mìn.")
    texts = _texts(_doc(text, province="Quảng Nam", kind="provincial_event"))
    assert len(texts) == 1 and "bom mìn" in texts[0]


def test_the_members_of_its_own_steering_committee_are_no_addressee():
    text = ("Tiêu đề\nSáng 9/3/2022, Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Tây Ninh họp tổng kết.\nTỉnh kiến nghị Bộ "
            "Ngoại giao hỗ trợ tài liệu thông tin đối ngoại bằng tiếng Khmer.\nKết luận, Phó Chủ tịch UBND tỉnh đề nghị các "
            "thành viên Ban Chỉ đạo tiếp tục đổi mới hình thức tuyên truyền.")
    texts = _texts(_doc(text, province="Tây Ninh", kind="provincial_event"))
    assert len(texts) == 1 and "tiếng Khmer" in texts[0]


def test_both_sides_asked_to_take_it_to_their_governments_and_steps_agreed_to_start_are_asks():
    text = ("Tiêu đề\nNgày 8/6/2023, Chủ tịch UBND tỉnh Kiên Giang tiếp đoàn tỉnh Kampot (Campuchia).\nChủ tịch UBND tỉnh đề "
            "nghị tỉnh Kampot tạo điều kiện cho ngư dân Kiên Giang tránh trú bão. Đồng thời, hai bên phối hợp đề xuất với Chính "
            "phủ hai nước sớm nâng cấp cặp cửa khẩu Giang Thành - Tôn Hon.\nChủ tịch UBND tỉnh cũng đề nghị hai bên sớm thống "
            "nhất triển khai mô hình kiểm tra chung một lần dừng.\nChủ tịch UBND tỉnh đề xuất hai bên thúc đẩy thủ tục đầu tư "
            "xây dựng cầu biên giới.")
    texts = _texts(_doc(text, province="Kiên Giang", kind="foreign_delegation"))
    assert any("Tôn Hon" in t for t in texts)
    assert any("một lần dừng" in t for t in texts) and any("cầu biên giới" in t for t in texts)


def test_an_earlier_years_ask_with_a_phrase_of_that_time_and_investors_wanted_are_no_asks():
    doc = make_doc("Tiêu đề\nChiều 17/5, Phó Chủ tịch UBND tỉnh Hà Nam tiếp đoàn tỉnh Chungcheongbuk.\nNăm 2016, trong chuyến thăm "
                   "Chungcheongbuk, lãnh đạo tỉnh Hà Nam đã đề nghị phía bạn hỗ trợ xây dựng mô hình làng thông minh; đến nay mô "
                   "hình đã được triển khai.\nPhó Chủ tịch UBND tỉnh đề nghị tỉnh Chungcheongbuk hỗ trợ đào tạo điều dưỡng.",
                   name="t.txt", published="2019-05-18")
    texts = [r["text"] for r in extract_requests(doc, "foreign_delegation", "Hà Nam")]
    assert len(texts) == 1 and "điều dưỡng" in texts[0]
    text = ("Tiêu đề\nSáng 12/6/2024, Phó Chủ tịch UBND thành phố Cần Thơ tiếp Tổng Lãnh sự Hoa Kỳ.\nPhó Chủ tịch nói: \"Thành "
            "phố rất cần các nhà đầu tư Hoa Kỳ trong lĩnh vực năng lượng tái tạo. Đề nghị Tổng Lãnh sự quán giới thiệu doanh "
            "nghiệp Hoa Kỳ đến khảo sát cảng Cái Cui\".")
    texts = _texts(_doc(text, province="Cần Thơ", kind="foreign_delegation"))
    assert len(texts) == 1 and "Cái Cui" in texts[0]
    # (investors wanted for something they are to do are asked: "cần các doanh nghiệp Minsk đầu tư lắp ráp xe tải")
    text = text.replace("trong lĩnh vực năng lượng tái tạo", "đầu tư lắp ráp xe tải tại khu công nghiệp")
    texts = _texts(_doc(text.replace("các nhà đầu tư Hoa Kỳ", "các doanh nghiệp Hoa Kỳ"), province="Cần Thơ", kind="foreign_delegation"))
    assert len(texts) == 2


def test_the_guards_of_the_sessions_ask_rules_keep_real_asks():
    # thanks to what someone did is no favour asked
    text = ("Tiêu đề\nSáng 3/4/2024, Chủ tịch UBND tỉnh Quảng Nam tiếp Đại sứ Nhật Bản.\nChủ tịch cho biết thành quả này cũng "
            "nhờ Đại sứ quán Nhật Bản đã tích cực kết nối doanh nghiệp.")
    assert _texts(_doc(text, province="Quảng Nam", kind="foreign_delegation")) == []
    # directions given, but to foreign firms: an ask
    text = ("Tiêu đề\nSáng 3/4/2024, UBND tỉnh Bắc Ninh tổ chức hội nghị gặp mặt doanh nghiệp FDI.\nPhát biểu chỉ đạo hội nghị, "
            "Chủ tịch UBND tỉnh đề nghị các doanh nghiệp Hàn Quốc tiếp tục mở rộng đầu tư vào khu công nghiệp Yên Phong.")
    assert any("Yên Phong" in t for t in _texts(_doc(text, province="Bắc Ninh", kind="provincial_event")))
    # a purpose with someone asked
    text = ("Tiêu đề\nNgày 3/4/2024, đoàn công tác tỉnh Quảng Trị do Phó Chủ tịch UBND tỉnh Lê Văn Hòa làm trưởng đoàn đã sang "
            "làm việc với lãnh đạo tỉnh Savannakhet (Lào) nhằm đề nghị phía bạn sớm cấp phép cho xe khách tuyến Đông Hà - "
            "Savannakhet.")
    assert any("cấp phép" in t for t in _texts(_doc(text, province="Quảng Trị", kind="outbound_delegation", lead="Lê Văn Hòa")))
    # a promise to weigh an ask does not make it history
    text = ("Tiêu đề\nChiều 5/6/2024, Thứ trưởng Bộ Ngoại giao làm việc với tỉnh Lạng Sơn.\nUBND tỉnh đã kiến nghị Bộ hỗ trợ "
            "nâng cấp cặp cửa khẩu Chi Ma - Ái Điểm, kiến nghị này đã được Thứ trưởng ghi nhận và cho biết sẽ xem xét.")
    assert any("Chi Ma" in t for t in _texts(_doc(text, province="Lạng Sơn")))


def test_asks_numbered_on_the_line_of_the_noun_that_announces_them():
    text = ("Tiêu đề\nSáng 6/3/2025, Thứ trưởng Bộ Ngoại giao làm việc với tỉnh Hà Giang.\nChủ tịch UBND tỉnh cho biết tỉnh có "
            "một số đề xuất, kiến nghị với Bộ Ngoại giao: (1) hỗ trợ tỉnh quảng bá Cao nguyên đá Đồng Văn tại các hội chợ "
            "du lịch quốc tế; (2) sớm trao đổi với phía Trung Quốc về việc mở lối thông quan Săm Pun.")
    texts = _texts(_doc(text, province="Hà Giang"))
    assert any("Cao nguyên đá" in t for t in texts) and any("Săm Pun" in t for t in texts)
    # (the noun told without its list is no ask)
    text = text.replace(": (1) hỗ trợ", ". Bộ cho biết sẽ hỗ trợ").replace("; (2) sớm trao đổi", "; Bộ sẽ sớm trao đổi")
    assert _texts(_doc(text, province="Hà Giang")) == []


def test_a_company_or_a_school_asked_with_mong_or_nho():
    text = ("Tiêu đề\nSáng 9/9/2024, Chủ tịch UBND tỉnh Bắc Giang tiếp lãnh đạo Tập đoàn Sunwoo (Hàn Quốc).\nChủ tịch UBND tỉnh "
            "mong tập đoàn sớm khởi công nhà máy thứ hai tại khu công nghiệp Quang Châu; đồng thời nhờ tập đoàn giới thiệu "
            "các nhà cung ứng linh kiện đến đầu tư tại tỉnh.")
    texts = _texts(_doc(text, province="Bắc Giang", kind="foreign_delegation"))
    assert any("nhà máy thứ hai" in t for t in texts) and any("nhà cung ứng" in t for t in texts)
    text = ("Tiêu đề\nChiều 2/3/2023, Học viện Ngoại giao làm việc với tỉnh Lai Châu.\nPhó Chủ tịch UBND tỉnh cũng mong Học "
            "viện cử giảng viên bồi dưỡng tiếng Trung cho cán bộ các xã biên giới.")
    assert any("tiếng Trung" in t for t in _texts(_doc(text, province="Lai Châu")))
    # ("tổ chức" is a verb too: the province's own wish to hold something asks no one)
    text = text.replace("mong Học viện cử giảng viên bồi dưỡng", "mong tổ chức lớp bồi dưỡng")
    assert _texts(_doc(text, province="Lai Châu")) == []


def test_what_the_province_needs_of_two_bodies_or_needs_to_get():
    text = ("Tiêu đề\nNgày 4/5/2021, Ủy ban Biên giới quốc gia làm việc với tỉnh Đồng Tháp.\nPhó Chủ tịch UBND tỉnh cho biết "
            "tỉnh rất cần Bộ Ngoại giao, Ủy ban Biên giới quốc gia hướng dẫn thủ tục sửa chữa các cột mốc bị nghiêng. Tỉnh "
            "cũng cần được Trung ương hỗ trợ kinh phí làm đường tuần tra biên giới.")
    texts = _texts(_doc(text, province="Đồng Tháp"))
    assert any(t.startswith("rất cần Bộ Ngoại giao") and "cột mốc" in t for t in texts)
    assert any("đường tuần tra" in t for t in texts)


def test_to_be_allowed_to_host_is_an_ask_and_a_proposal_a_visitor_will_weigh_is_none():
    text = ("Tiêu đề\nSáng 7/10/2020, Cục Đối ngoại Bộ Quốc phòng làm việc với tỉnh Hà Tĩnh.\nTỉnh cũng đề xuất được đăng "
            "cai Giao lưu hữu nghị quốc phòng biên giới tại cửa khẩu Cầu Treo.")
    assert any("Cầu Treo" in t for t in _texts(_doc(text, province="Hà Tĩnh")))
    text = ("Tiêu đề\nSáng 14/1/2026, Phó Chủ tịch UBND tỉnh Khánh Hòa tiếp đoàn vùng Primorsky (Nga).\nPhó Thống đốc "
            "cảm ơn tỉnh và cho biết sẽ xem xét đề xuất mở thêm chuyến bay thẳng giữa hai địa phương.")
    assert _texts(_doc(text, province="Khánh Hòa", kind="foreign_delegation")) == []


def test_a_guest_who_wishes_to_get_or_learn_from_the_province_makes_no_ask_of_it():
    text = ("Tiêu đề\nSáng 10/6/2019, Phó Chủ tịch UBND tỉnh Trà Vinh làm việc với Ủy ban Nhà nước về người Việt Nam ở nước "
            "ngoài.\nÔng Lâm Văn Tài, Việt kiều Canada, chia sẻ mong muốn được tỉnh cung cấp danh mục dự án kêu gọi đầu tư.")
    assert _texts(_doc(text, province="Trà Vinh")) == []
    text = ("Tiêu đề\nSáng 3/3/2024, Phó Chủ tịch UBND tỉnh Sóc Trăng tiếp đoàn tỉnh Nampula (Mozambique).\nÔng Carlos Mussa "
            "cho biết tỉnh Nampula có nhiều đất trồng lúa. Tỉnh mong muốn học hỏi kinh nghiệm của Sóc Trăng trong canh tác "
            "lúa thơm.")
    assert _texts(_doc(text, province="Sóc Trăng", kind="foreign_delegation")) == []


def test_a_header_with_only_a_general_verb_before_the_listed_asks_is_no_ask():
    text = ("Tiêu đề\nSáng 5/2/2026, UBND tỉnh Bình Định tổ chức hội nghị trực tuyến với các cơ quan đại diện Việt Nam ở nước "
            "ngoài.\nTỉnh đề nghị các cơ quan đại diện quan tâm hỗ trợ:\n1. Cung cấp thông tin thị trường thủy sản tại nước "
            "sở tại.\n2. Kết nối nhà nhập khẩu với doanh nghiệp của tỉnh.")
    texts = _texts(_doc(text, province="Bình Định", kind="provincial_event"))
    assert len(texts) == 2 and all(t[:2] in ("1.", "2.") for t in texts)


def test_a_department_of_labour_is_no_body_of_laos_and_an_opening_of_thanks_keeps_the_speaker():
    text = ("Tiêu đề\nNgày 14/6/2017, Ủy ban Đối ngoại của Quốc hội làm việc với tỉnh Bắc Ninh.\nTham gia đoàn có bà Phạm "
            "Thu Hằng, Ủy viên Ủy ban Đối ngoại.\nBà Phạm Thu Hằng đề nghị Sở Lao động - Thương binh và Xã hội bổ sung số "
            "liệu lao động về nước.")
    assert _texts(_doc(text, province="Bắc Ninh", officials=[{"name": "Phạm Thu Hằng", "side": "central"}])) == []
    text = ("Tiêu đề\nSáng 23/11/2023, UBND tỉnh Bạc Liêu tổ chức hội nghị vận động viện trợ phi chính phủ nước ngoài.\n"
            "Bà Jane Miller, Giám đốc quốc gia tổ chức Hope (Úc), cho biết tổ chức sẽ mở rộng dự án. Ghi nhận đóng góp của các "
            "tổ chức, Phó Chủ tịch UBND tỉnh Lê Thị Ái Nam cho biết tỉnh sẽ cải tiến thủ tục. Bà mong muốn các tổ chức tiếp "
            "tục hỗ trợ các dự án nước sạch cho vùng ven biển.")
    officials = [{"name": "Jane Miller", "side": "foreign"}, {"name": "Lê Thị Ái Nam", "titles": ["Phó Chủ tịch UBND tỉnh"], "side": "local"}]
    assert any("nước sạch" in t for t in _texts(_doc(text, province="Bạc Liêu", kind="provincial_event", officials=officials)))


def test_the_speaker_of_an_opening_with_theo_is_the_pronouns():
    text = ("Long An tiếp Đại sứ Hà Lan\nTuần trước, khi tiếp ông Kees van Dam, Đại sứ Vương quốc Hà Lan tại Việt Nam, ông "
            "Nguyễn Văn Út, Phó Chủ tịch UBND tỉnh Long An đã dành nhiều thời gian trao đổi về chống ngập ở các huyện ven "
            "sông.\n\nTheo ông Nguyễn Văn Út, với gần một nửa diện tích là vùng trũng, Long An chịu ảnh hưởng rõ của triều "
            "cường. Nhiều khu dân cư mới đã làm thay đổi dòng chảy. Tại buổi tiếp, ông đề nghị Đại sứ quán hỗ trợ tỉnh lập "
            "quy hoạch chống ngập; đồng thời giúp kết nối với tỉnh Zeeland.\n\nÔng cũng đề nghị Đại sứ giới thiệu doanh "
            "nghiệp Hà Lan đầu tư vào cảng Long An.")
    texts = [r["text"] for r in extract_from_text(text, "t.txt")[1]["requests"]]
    assert any("cảng Long An" in t for t in texts) and any("chống ngập" in t for t in texts)


def _asks(text):
    return [r["text"] for r in extract_from_text(text, "t.txt")[1]["requests"]]


def test_asks_of_a_school_addressed_politely_or_expressed_and_shared_experience():
    text = ("Đà Nẵng tiếp Hiệu trưởng Đại học Kyushu\nSáng 6/3/2024, Phó Chủ tịch UBND thành phố Đà Nẵng Trần Thị Thu Hà tiếp "
            "GS. Sato Ken, Hiệu trưởng Đại học Kyushu (Nhật Bản).\n\"Chúng tôi rất mong Quý trường xem xét mở lớp đào tạo thạc sĩ "
            "quản lý đô thị cho cán bộ thành phố\", bà Trần Thị Thu Hà nói.\nBà cũng bày tỏ mong muốn nhà trường làm cầu nối, "
            "giới thiệu doanh nghiệp Nhật Bản đầu tư vào khu công nghệ cao.")
    asks = _asks(text)
    assert any("thạc sĩ" in t for t in asks) and any("khu công nghệ cao" in t for t in asks)
    text = ("TP Hồ Chí Minh tiếp Phó Thống đốc tỉnh Aichi\nSáng 6/3/2024, Phó Chủ tịch UBND Thành phố Hồ Chí Minh Võ Văn Hoan tiếp "
            "ông Ito Taro, Phó Thống đốc tỉnh Aichi (Nhật Bản).\nÔng Võ Văn Hoan bày tỏ mong muốn tỉnh Aichi chia sẻ kinh nghiệm "
            "phát triển công nghiệp hỗ trợ.")
    assert any("công nghiệp hỗ trợ" in t for t in _asks(text))


def test_an_ask_named_as_raised_before_or_given_as_an_example_of_asks_met_is_no_ask():
    text = ("Ủy ban Biên giới quốc gia làm việc với Cao Bằng\nNgày 4/5/2022, Ủy ban Biên giới quốc gia làm việc với UBND tỉnh Cao "
            "Bằng.\nPhó Chủ tịch UBND tỉnh Lê Hải Hòa kiến nghị Ủy ban tham mưu bố trí kinh phí xây kè tại xã Đàm Thủy. Đồng chí "
            "cho biết, kiến nghị về việc hỗ trợ kinh phí làm đường tuần tra từng được tỉnh nêu từ năm 2019, đến nay mới thực hiện "
            "được một phần.\nChủ tịch UBND tỉnh cho biết, nhiều kiến nghị tỉnh nêu năm 2016, như đề nghị hỗ trợ thủ tục mở lối "
            "thông quan Nà Lạn, đã được Bộ quan tâm giải quyết.")
    asks = _asks(text)
    assert len(asks) == 1 and "Đàm Thủy" in asks[0]


def test_an_ask_quoted_after_its_speaker_or_attributed_to_a_pronoun():
    text = ("Vĩnh Phúc làm việc với tỉnh Chungcheongbuk\nNgày 5/6/2019, đoàn công tác tỉnh Vĩnh Phúc do đồng chí Trần Văn Hưng, "
            "Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã làm việc với tỉnh Chungcheongbuk (Hàn Quốc).\nTại buổi làm việc, đồng chí "
            "Trần Văn Hưng nói: \"Vĩnh Phúc mong muốn mở rộng hợp tác với tỉnh Chungcheongbuk. Chúng tôi đề nghị hai bên sớm ký "
            "kết biên bản ghi nhớ về trao đổi sinh viên\".\nPhát biểu tại hội đàm, ông Kim Min-su, Phó Tỉnh trưởng cho biết tỉnh "
            "sẽ xem xét.\nĐồng chí Trần Văn Hưng đề nghị phía bạn hỗ trợ đào tạo điều dưỡng. \"Chúng tôi cũng đề nghị phía bạn "
            "cho phép nông sản của Vĩnh Phúc tham gia các hội chợ tại Cheongju\", đồng chí nói.")
    asks = _asks(text)
    assert any("sinh viên" in t for t in asks) and any("hội chợ" in t for t in asks)


def test_joint_steps_both_sides_are_asked_to_take():
    text = ("Hà Tĩnh hội đàm với tỉnh Bôlykhămxay\nNgày 12/3/2024, đoàn công tác tỉnh Hà Tĩnh do đồng chí Võ Trọng Hải, Chủ tịch "
            "UBND tỉnh làm trưởng đoàn đã hội đàm với tỉnh Bôlykhămxay (Lào).\nĐồng chí Võ Trọng Hải đề nghị tỉnh bạn tạo điều kiện "
            "cho doanh nghiệp Hà Tĩnh trồng cao su. Đồng thời, hai bên sớm thống nhất kế hoạch nâng cấp cặp cửa khẩu Cha Lo - Na "
            "Phàu.\nĐồng chí cũng đề xuất hai tỉnh thống nhất chủ trương đầu tư bãi kiểm hóa chung tại cửa khẩu Cầu Treo. Đồng chí "
            "còn đề nghị hai bên giao Sở Ngoại vụ Hà Tĩnh và Sở Ngoại vụ tỉnh Bôlykhămxay sớm xây dựng chương trình trao đổi "
            "cán bộ.")
    asks = _asks(text)
    assert any("Cha Lo" in t for t in asks) and any("kiểm hóa" in t for t in asks) and any("trao đổi cán bộ" in t for t in asks)


def test_international_organisations_asked_and_a_guests_wishes_with_the_province_or_its_city():
    text = ("Ninh Bình gặp mặt các cơ quan đại diện ngoại giao\nSáng 5/2/2026, UBND tỉnh Ninh Bình gặp mặt các cơ quan đại diện "
            "ngoại giao và tổ chức quốc tế.\nChủ tịch UBND tỉnh đề nghị các cơ quan đại diện giới thiệu nhà đầu tư. Tỉnh cũng "
            "mong các tổ chức quốc tế hỗ trợ kinh nghiệm bảo tồn đô thị di sản.")
    assert any("đô thị di sản" in t for t in _asks(text))
    text = ("Quảng Ninh tiếp đoàn thành phố Phòng Thành Cảng\nSáng 5/3/2024, Chủ tịch UBND tỉnh Quảng Ninh tiếp đoàn thành phố "
            "Phòng Thành Cảng (Trung Quốc) do ông Hoàng Vĩ, Thị trưởng làm trưởng đoàn.\nÔng Hoàng Vĩ cho biết, năm 2023 kim "
            "ngạch tăng mạnh; thành phố đang đầu tư cảng biển và mong muốn hai bên cùng nghiên cứu cơ chế quản lý chung khu "
            "vực cửa khẩu. Thành phố mong muốn cùng Quảng Ninh nghiên cứu kết nối cảng Phòng Thành với cảng Cái Lân.")
    assert _asks(text) == []


def test_a_pronoun_recalling_history_before_its_ask_is_still_the_speaker():
    text = ("Khánh Hòa tiếp Tổng Lãnh sự Nga\nSáng 5/3/2026, Phó Chủ tịch UBND tỉnh Khánh Hòa Lê Hữu Thọ tiếp ông Sergei "
            "Ivanov, Tổng Lãnh sự Nga tại Đà Nẵng.\nĐồng chí Lê Hữu Thọ đề nghị Tổng Lãnh sự quán thúc đẩy mở đường bay thẳng. "
            "\"Chúng tôi cũng mong Tổng Lãnh sự quán kết nối với các trường đại học của Nga\", đồng chí Lê Hữu Thọ nói.\n"
            "Đồng chí cũng nhắc lại, tỉnh Khánh Hòa và tỉnh Sakhalin đã ký biên bản ghi nhớ hợp tác, và đề nghị Tổng Lãnh sự "
            "quán hỗ trợ tổ chức đoàn lãnh đạo tỉnh Sakhalin sang thăm Khánh Hòa.")
    assert any("đoàn lãnh đạo tỉnh Sakhalin" in t for t in _asks(text))


def test_a_body_ask_telling_again_one_part_of_the_sapos_ask_is_listed_once():
    text = ("Cần Thơ đề nghị Kumamoto hỗ trợ đào tạo điều dưỡng\nChủ tịch UBND thành phố Cần Thơ đề nghị tỉnh Kumamoto chia "
            "sẻ kinh nghiệm phòng chống thiên tai, hỗ trợ đào tạo điều dưỡng viên cho các bệnh viện của thành phố.\nChiều "
            "14/6, Chủ tịch UBND thành phố Cần Thơ tiếp đoàn tỉnh Kumamoto (Nhật Bản).\nChủ tịch đề nghị Kumamoto chia sẻ "
            "kinh nghiệm phòng chống thiên tai, ứng phó động đất và sạt lở đất, những vấn đề thành phố đang quan tâm.")
    (req,) = _texts(_doc(text, province="Cần Thơ", kind="foreign_delegation"))
    assert "điều dưỡng viên" in req


def test_a_body_ask_that_goes_on_to_ask_more_than_the_sapo_stays():
    text = ("Cần Thơ đề nghị Kumamoto hỗ trợ đào tạo điều dưỡng\nChủ tịch UBND thành phố Cần Thơ đề nghị tỉnh Kumamoto chia "
            "sẻ kinh nghiệm phòng chống thiên tai, hỗ trợ đào tạo điều dưỡng viên cho các bệnh viện của thành phố.\nChiều "
            "14/6, Chủ tịch UBND thành phố Cần Thơ tiếp đoàn tỉnh Kumamoto (Nhật Bản).\nChủ tịch đề nghị Kumamoto chia sẻ "
            "kinh nghiệm phòng chống thiên tai; đồng thời tạo điều kiện cho học sinh Cần Thơ sang du học tại các trường "
            "đại học của tỉnh bạn.")
    texts = _texts(_doc(text, province="Cần Thơ", kind="foreign_delegation"))
    assert len(texts) == 2 and "sang du học" in texts[1]


def test_a_dossier_named_before_the_ask_word_asks_nothing_of_the_partner():
    doc = _doc(
        "Thứ trưởng Bộ Ngoại giao làm việc tại Cao Bằng\nNgày 14/5/2024, Thứ trưởng Bộ Ngoại giao làm việc với tỉnh Cao "
        "Bằng.\nPhó Chủ tịch UBND tỉnh cho biết, tỉnh đang xây dựng hồ sơ Công viên địa chất Phja Oắc đề nghị UNESCO công "
        "nhận là Công viên địa chất toàn cầu.",
        province="Cao Bằng",
    )
    assert _texts(doc) == []


def test_a_wish_to_lend_ones_own_hand_is_an_offer_not_an_ask():
    doc = _doc(
        "Nam Định gặp mặt kiều bào\nSáng 20/1/2024, Phó Chủ tịch UBND tỉnh Nam Định Trần Minh Phúc gặp mặt kiều bào về quê "
        "đón Tết.\nÔng Vũ Đình Khang, Chủ tịch Hội người Việt tại Lyon, mong muốn được góp sức xây dựng quê hương.",
        province="Nam Định",
        kind="foreign_delegation",
    )
    assert _texts(doc) == []


def test_asks_told_to_the_provinces_own_bodies_named_before_the_speaker_are_no_request():
    doc = _doc(
        "Quảng Trị làm việc với các tổ chức phi chính phủ\nNgày 9/10/2024, Phó Chủ tịch UBND tỉnh Quảng Trị làm việc với đại "
        "diện các tổ chức phi chính phủ nước ngoài.\nĐối với các sở, ngành, địa phương, Phó Chủ tịch UBND tỉnh đề nghị tạo "
        "điều kiện thuận lợi cho các tổ chức triển khai dự án; khẩn trương giải quyết các thủ tục phê duyệt viện trợ còn "
        "tồn đọng.",
        province="Quảng Trị",
        kind="foreign_delegation",
    )
    assert _texts(doc) == []


def test_mong_cac_to_chuc_asks_the_organisations():
    doc = _doc(
        "Quảng Trị gặp mặt các tổ chức phi chính phủ\nNgày 9/10/2024, Chủ tịch UBND tỉnh Quảng Trị gặp mặt đại diện các tổ "
        "chức phi chính phủ nước ngoài.\nChủ tịch UBND tỉnh mong các tổ chức giới thiệu thêm các nhà tài trợ mới cho các dự "
        "án nước sạch ở vùng núi.",
        province="Quảng Trị",
        kind="foreign_delegation",
    )
    (req,) = _texts(doc)
    assert req.startswith("mong các tổ chức giới thiệu") and "nước sạch" in req


def test_unbulleted_lines_after_a_colon_that_open_with_a_verb_are_one_ask_each():
    doc = _doc(
        "Thứ trưởng Bộ Ngoại giao làm việc tại Lạng Sơn\nNgày 7/8/2024, Thứ trưởng Bộ Ngoại giao làm việc với tỉnh Lạng Sơn.\n"
        "Tại buổi làm việc, tỉnh kiến nghị với đoàn một số nội dung:\n"
        "Đề nghị Bộ Ngoại giao sớm trình Chính phủ nâng cấp cửa khẩu Bình Nghi.\n"
        "Trao đổi, thống nhất với phía bạn kéo dài thời gian thông quan tại cặp cửa khẩu Tân Thanh - Pò Chài.\n"
        "Hỗ trợ tỉnh xây dựng đề án phát triển kinh tế cửa khẩu giai đoạn 2025-2030.",
        province="Lạng Sơn",
    )
    texts = _texts(doc)
    assert len(texts) == 3 and "Bình Nghi" in texts[0] and texts[1].startswith("Trao đổi") and texts[2].startswith("Hỗ trợ")


def test_the_province_wishing_to_be_helped_is_an_ask():
    doc = _doc(
        "Đồng Tháp tiếp Đại sứ Lào\nChiều 3/4/2024, Chủ tịch UBND tỉnh Đồng Tháp tiếp Đại sứ Lào tại Việt Nam.\nChủ tịch "
        "UBND tỉnh cho biết, tỉnh muốn được tạo điều kiện để ký kết biên bản hợp tác với tỉnh Xiêng Khoảng trong năm nay.",
        province="Đồng Tháp",
        kind="foreign_delegation",
    )
    (req,) = _texts(doc)
    assert req.startswith("muốn được tạo điều kiện") and "Xiêng Khoảng" in req


def test_a_pronoun_after_an_opening_whose_list_ends_with_a_places_name_is_the_local_speaker():
    doc = _doc(
        "Bắc Giang hội đàm với tỉnh Gyeonggi\nNgày 15/10/2024, đoàn công tác tỉnh Bắc Giang do đồng chí Hoàng Đức Lâm, Chủ "
        "tịch UBND tỉnh làm trưởng đoàn đã hội đàm với tỉnh Gyeonggi (Hàn Quốc).\nÔng Park Jin-ho, Phó Tỉnh trưởng tỉnh "
        "Gyeonggi cho biết tỉnh luôn coi trọng hợp tác với các địa phương Việt Nam.\nGiới thiệu về tiềm năng, thế mạnh của "
        "Bắc Giang, đồng chí Hoàng Đức Lâm cho biết, tỉnh có nhiều khu công nghiệp đang thu hút nhà đầu tư Hàn Quốc.\nĐồng "
        "chí đề nghị tỉnh Gyeonggi khuyến khích các doanh nghiệp Hàn Quốc đầu tư vào lĩnh vực điện tử tại Bắc Giang.",
        province="Bắc Giang",
        kind="foreign_delegation",
        officials=[
            {"name": "Hoàng Đức Lâm", "titles": ["Chủ tịch UBND tỉnh"], "side": "local"},
            {"name": "Park Jin-ho", "titles": ["Phó Tỉnh trưởng"], "side": "foreign"},
        ],
    )
    (req,) = _texts(doc)
    assert req.startswith("đề nghị tỉnh Gyeonggi khuyến khích")


def test_an_agency_by_its_initials_after_can_is_asked():
    doc = _doc(
        "Đoàn JICA làm việc tại Sóc Trăng\nSáng 11/9/2024, Chủ tịch UBND tỉnh Sóc Trăng tiếp đoàn công tác của JICA.\nTỉnh "
        "đang rất cần JICA hỗ trợ vốn ODA để xây dựng hệ thống thoát nước đô thị.",
        province="Sóc Trăng",
        kind="foreign_delegation",
    )
    (req,) = _texts(doc)
    assert "JICA hỗ trợ vốn ODA" in req


def test_ong_after_dap_lai_is_the_local_chairman_answering_the_visitors_ask():
    doc = _doc(
        "Hải Dương hội đàm với tỉnh Gunma\nNgày 22/11/2024, đoàn công tác tỉnh Hải Dương do Chủ tịch UBND tỉnh Đặng Quốc "
        "Hưng làm trưởng đoàn đã hội đàm với tỉnh Gunma (Nhật Bản).\nÔng Sato Hiroshi, Phó Thống đốc tỉnh Gunma đề nghị "
        "tỉnh Hải Dương giới thiệu lao động có tay nghề sang làm việc tại Gunma.\nĐáp lại, Chủ tịch UBND tỉnh Đặng Quốc "
        "Hưng khẳng định tỉnh sẵn sàng đáp ứng nhu cầu lao động của tỉnh bạn. Ông đề nghị tỉnh Gunma phối hợp đào tạo tiếng "
        "Nhật cho người lao động trước khi xuất cảnh.",
        province="Hải Dương",
        kind="foreign_delegation",
        officials=[
            {"name": "Đặng Quốc Hưng", "titles": ["Chủ tịch UBND tỉnh"], "side": "local"},
            {"name": "Sato Hiroshi", "titles": ["Phó Thống đốc"], "side": "foreign"},
        ],
    )
    (req,) = _texts(doc)
    assert req.startswith("đề nghị tỉnh Gunma phối hợp đào tạo tiếng Nhật")


def test_asks_counted_and_addressed_before_the_colon_are_one_request_a_numbered_line():
    text = ("Tiêu đề\nSáng 12/4/2025, Thứ trưởng Bộ Ngoại giao làm việc với tỉnh Phú Yên.\nGiám đốc Sở Ngoại vụ Trần Minh "
            "Đức nêu 3 kiến nghị với Bộ Ngoại giao:\n1. Hỗ trợ tỉnh tổ chức hội nghị xúc tiến đầu tư tại Hàn Quốc.\n2. Giới "
            "thiệu, kết nối tỉnh với các địa phương của Ô-xtrây-li-a.\n3. Bồi dưỡng tiếng Anh cho cán bộ làm công tác đối ngoại.")
    texts = _texts(_doc(text, province="Phú Yên"))
    assert len(texts) == 3 and [t[:2] for t in texts] == ["1.", "2.", "3."]


def test_an_ask_going_on_in_a_sentence_of_its_own_after_ben_canh_do_dong_thoi_or_cung_voi_do_is_a_request():
    text = ("Tiêu đề\nChiều 8/10/2024, Cục Lãnh sự làm việc với tỉnh Quảng Trị.\nPhó Chủ tịch UBND tỉnh đề nghị Cục Lãnh sự "
            "hỗ trợ tỉnh giải quyết thủ tục cho ngư dân bị bắt giữ ở nước ngoài. Bên cạnh đó, phối hợp với Sở Ngoại vụ "
            "tuyên truyền cho ngư dân về quy định khai thác hải sản ở vùng biển các nước.")
    texts = _texts(_doc(text, province="Quảng Trị"))
    assert len(texts) == 2 and texts[1].startswith("Bên cạnh đó, phối hợp")
    text = text.replace("Bên cạnh đó, phối hợp với Sở Ngoại vụ tuyên truyền", "Đồng thời, hướng dẫn Sở Ngoại vụ tuyên truyền")
    texts = _texts(_doc(text, province="Quảng Trị"))
    assert len(texts) == 2 and texts[1].startswith("Đồng thời, hướng dẫn")
    text = text.replace("Đồng thời, hướng dẫn Sở Ngoại vụ tuyên truyền", "Cùng với đó là phối hợp tuyên truyền")
    texts = _texts(_doc(text, province="Quảng Trị"))
    assert len(texts) == 2 and texts[1].startswith("Cùng với đó là phối hợp")


def test_an_agency_by_its_initials_hoped_to_send_someone_is_asked():
    text = ("Đoàn KOICA thăm Quảng Bình\nSáng 17/5/2024, Phó Chủ tịch UBND tỉnh Quảng Bình tiếp đoàn công tác của KOICA.\n"
            "Phó Chủ tịch UBND tỉnh mong KOICA cử tình nguyện viên hỗ trợ tỉnh dạy tiếng Hàn cho học sinh.")
    (req,) = _texts(_doc(text, province="Quảng Bình", kind="foreign_delegation"))
    assert req.startswith("mong KOICA cử tình nguyện viên")


def test_a_wish_to_put_the_diasporas_resources_to_use_asks_no_one():
    text = ("Tiêu đề\nSáng 12/1, UBND tỉnh Vĩnh Long gặp mặt kiều bào về quê đón Tết.\nChủ tịch UBND tỉnh mong muốn phát "
            "huy hơn nữa nguồn lực của kiều bào trong xây dựng quê hương. Tỉnh cũng mong muốn thu hút nhiều hơn nguồn lực "
            "từ cộng đồng người Việt Nam ở nước ngoài.")
    assert _texts(_doc(text, province="Vĩnh Long", kind="provincial_event")) == []
    text = ("Tiêu đề\nSáng 12/1, UBND tỉnh Vĩnh Long làm việc với Ủy ban Nhà nước về người Việt Nam ở nước ngoài.\nChủ "
            "tịch UBND tỉnh mong muốn Ủy ban hỗ trợ tỉnh phát huy nguồn lực kiều bào trong đầu tư vào nông nghiệp.")
    assert len(_texts(_doc(text, province="Vĩnh Long"))) == 1


def test_a_quotation_opened_after_neu_ro_and_its_colon_is_the_speakers_request():
    doc = _doc(
        "Nam Định tiếp đoàn thành phố Gimhae\nChiều 12/10/2024, Chủ tịch UBND tỉnh Nam Định Hoàng Minh Tiến tiếp đoàn công "
        "tác thành phố Gimhae (Hàn Quốc) do ông Cho Min-ho, Phó Thị trưởng làm trưởng đoàn.\nChủ tịch UBND tỉnh Hoàng Minh "
        "Tiến cảm ơn thành phố Gimhae đã tạo điều kiện cho lao động của tỉnh sang làm việc. Ông nêu rõ: \"Chúng tôi đề nghị "
        "thành phố Gimhae phối hợp để sớm ký kết biên bản ghi nhớ hợp tác về đào tạo nghề\".",
        province="Nam Định",
        kind="foreign_delegation",
        officials=[
            {"name": "Hoàng Minh Tiến", "titles": ["Chủ tịch UBND tỉnh"], "side": "local"},
            {"name": "Cho Min-ho", "titles": ["Phó Thị trưởng"], "side": "foreign"},
        ],
    )
    (req,) = _texts(doc)
    assert req.startswith("đề nghị thành phố Gimhae phối hợp để sớm ký kết")


def test_a_hope_of_a_named_foreign_city_and_a_wish_of_its_experts_in_the_leaders_quotation_are_requests():
    doc = _doc(
        "Ninh Bình tiếp đoàn thành phố Lucca (Italia)\nSáng 9/5/2024, Chủ tịch UBND tỉnh Ninh Bình Phạm Quang Vinh tiếp đoàn "
        "công tác thành phố Lucca (Italia).\nChủ tịch UBND tỉnh Phạm Quang Vinh phát biểu: \"Chúng tôi hy vọng thành phố Lucca "
        "tiếp tục hỗ trợ Ninh Bình đào tạo đội ngũ hướng dẫn viên du lịch. Chúng tôi cũng tha thiết mong các chuyên gia của "
        "Lucca chia sẻ kinh nghiệm trùng tu, bảo tồn các công trình di tích cổ\".",
        province="Ninh Bình",
        kind="foreign_delegation",
        officials=[{"name": "Phạm Quang Vinh", "titles": ["Chủ tịch UBND tỉnh"], "side": "local"}],
    )
    texts = _texts(doc)
    assert len(texts) == 2
    assert "thành phố Lucca tiếp tục hỗ trợ Ninh Bình đào tạo" in texts[0]
    assert "chuyên gia của Lucca chia sẻ kinh nghiệm" in texts[1]


def test_lines_opening_with_cung_bao_cao_som_or_tao_thuan_loi_after_a_colon_are_one_ask_each():
    doc = _doc(
        "Lào Cai hội đàm với châu Hồng Hà\nNgày 16/4/2024, Chủ tịch UBND tỉnh Lào Cai Vũ Đức Hòa tiếp đoàn công tác châu "
        "Hồng Hà, tỉnh Vân Nam (Trung Quốc).\nTại buổi hội đàm, Chủ tịch UBND tỉnh đề nghị châu Hồng Hà quan tâm phối hợp "
        "một số nội dung:\nCùng báo cáo cấp trên thống nhất phương án mở rộng cặp cửa khẩu Bản Vược - Bá Sái;\nSớm khôi "
        "phục hoạt động của các chợ biên giới;\nTạo thuận lợi cho nông sản của tỉnh Lào Cai thông quan qua cửa khẩu đường bộ "
        "số II Kim Thành.",
        province="Lào Cai",
        kind="foreign_delegation",
    )
    texts = _texts(doc)
    assert len(texts) == 3
    assert [t.split()[0] for t in texts] == ["Cùng", "Sớm", "Tạo"]


def test_dong_chi_after_a_sentence_whose_subject_is_a_foreign_province_is_the_local_speaker():
    doc = _doc(
        "Thái Nguyên tiếp đoàn tỉnh Gangwon\nSáng 3/7/2024, Phó Chủ tịch UBND tỉnh Thái Nguyên Đỗ Văn Lâm tiếp đoàn công tác "
        "tỉnh Gangwon (Hàn Quốc) do ông Lee Sang-woo, Phó Tỉnh trưởng làm trưởng đoàn.\nPhó Chủ tịch UBND tỉnh Đỗ Văn Lâm cảm "
        "ơn tình cảm của tỉnh Gangwon dành cho Thái Nguyên. Trong thời gian dịch bệnh, tỉnh Gangwon đã hỗ trợ Thái Nguyên "
        "nhiều trang thiết bị y tế. Đồng chí đề nghị tỉnh Gangwon tiếp tục tạo điều kiện cho sinh viên Thái Nguyên sang học "
        "tập tại các trường đại học của tỉnh bạn.",
        province="Thái Nguyên",
        kind="foreign_delegation",
        officials=[
            {"name": "Đỗ Văn Lâm", "titles": ["Phó Chủ tịch UBND tỉnh"], "side": "local"},
            {"name": "Lee Sang-woo", "titles": ["Phó Tỉnh trưởng"], "side": "foreign"},
        ],
    )
    (req,) = _texts(doc)
    assert req.startswith("đề nghị tỉnh Gangwon tiếp tục tạo điều kiện")


def test_in_a_provinces_story_a_bare_thanh_pho_is_the_guests_city_asked_or_asking():
    doc = _doc(
        "Hưng Yên tiếp đoàn thành phố Fukuyama\nChiều 20/8/2024, Chủ tịch UBND tỉnh Hưng Yên Nguyễn Hữu Thành tiếp đoàn công "
        "tác thành phố Fukuyama (Nhật Bản) do ông Tanaka Kenji, Phó Thị trưởng làm trưởng đoàn.\nChủ tịch UBND tỉnh Nguyễn "
        "Hữu Thành giới thiệu tiềm năng của tỉnh. Đồng chí cũng mong muốn thành phố giới thiệu các doanh nghiệp Nhật Bản đến "
        "tìm hiểu cơ hội đầu tư tại Hưng Yên.\nÔng Tanaka Kenji cho biết, Fukuyama có nhiều doanh nghiệp cơ khí. Thành phố "
        "mong muốn hợp tác với Hưng Yên trong lĩnh vực đào tạo nghề và giáo dục.",
        province="Hưng Yên",
        kind="foreign_delegation",
        officials=[
            {"name": "Nguyễn Hữu Thành", "titles": ["Chủ tịch UBND tỉnh"], "side": "local"},
            {"name": "Tanaka Kenji", "titles": ["Phó Thị trưởng"], "side": "foreign"},
        ],
    )
    (req,) = _texts(doc)
    assert req.startswith("mong muốn thành phố giới thiệu các doanh nghiệp Nhật Bản")


def test_wishes_to_raise_the_ties_or_to_learn_from_a_country_are_no_requests_beside_a_concrete_ask():
    raise_ties = _doc(
        "Điện Biên tiếp đoàn châu Tây Song Bản Nạp\nChiều 22/4/2024, Chủ tịch UBND tỉnh Điện Biên Lường Văn Khiêm tiếp đoàn "
        "công tác châu tự trị dân tộc Thái Tây Song Bản Nạp, tỉnh Vân Nam (Trung Quốc) do ông Đao Chí Cường, Phó Châu trưởng "
        "làm trưởng đoàn.\nChủ tịch UBND tỉnh Lường Văn Khiêm mong muốn nâng tầm quan hệ với châu Tây Song Bản Nạp. Đồng chí đề "
        "nghị phía bạn phối hợp sớm mở tuyến vận tải hành khách Điện Biên Phủ - Cảnh Hồng qua cửa khẩu quốc tế Tây Trang.",
        province="Điện Biên",
        kind="foreign_delegation",
        officials=[
            {"name": "Lường Văn Khiêm", "titles": ["Chủ tịch UBND tỉnh"], "side": "local"},
            {"name": "Đao Chí Cường", "titles": ["Phó Châu trưởng"], "side": "foreign"},
        ],
    )
    (req,) = _texts(raise_ties)
    assert req.startswith("đề nghị phía bạn phối hợp sớm mở tuyến vận tải hành khách")
    learn = _doc(
        "Lâm Đồng tiếp Đại sứ Israel\nSáng 14/5/2024, Phó Chủ tịch UBND tỉnh Lâm Đồng Phạm Thị Thu Hằng tiếp ông Yaron Mayer, "
        "Đại sứ Israel tại Việt Nam.\nPhó Chủ tịch UBND tỉnh Phạm Thị Thu Hằng mong muốn học hỏi kinh nghiệm của Israel - quốc "
        "gia có nền nông nghiệp công nghệ cao hàng đầu thế giới. Bà đề nghị Đại sứ giới thiệu các doanh nghiệp Israel đầu tư "
        "vào hệ thống tưới nhỏ giọt cho vùng rau, hoa Đà Lạt.",
        province="Lâm Đồng",
        kind="foreign_delegation",
        officials=[
            {"name": "Phạm Thị Thu Hằng", "titles": ["Phó Chủ tịch UBND tỉnh"], "side": "local"},
            {"name": "Yaron Mayer", "titles": ["Đại sứ Israel tại Việt Nam"], "side": "foreign"},
        ],
    )
    (req,) = _texts(learn)
    assert req.startswith("đề nghị Đại sứ giới thiệu các doanh nghiệp Israel")


def test_dong_chi_abroad_after_the_hosts_listed_and_the_head_speaking_for_the_province_is_the_provinces_ask():
    doc = _doc(
        "Kon Tum chúc Tết Bunpimay tỉnh Attapeu\nNgày 11/4/2024, đoàn công tác tỉnh Kon Tum do đồng chí Đinh Văn Thạnh, Phó "
        "Chủ tịch UBND tỉnh làm trưởng đoàn đã thăm, chúc Tết cổ truyền Bunpimay tỉnh Attapeu (Lào).\nTiếp đoàn có ngài Khăm "
        "Phăn Sụt Thạ Vông, Tỉnh trưởng tỉnh Attapeu; ngài Vi Lay Xay Nha Sỏn, Phó Tỉnh trưởng tỉnh Attapeu.\nThay mặt lãnh "
        "đạo tỉnh Kon Tum, trưởng đoàn gửi lời chúc mừng năm mới tới lãnh đạo và nhân dân các bộ tộc tỉnh Attapeu. Thời gian "
        "qua, hai tỉnh đã phối hợp chặt chẽ trong quản lý, bảo vệ biên giới và phòng, chống tội phạm ma túy. Đồng chí đề nghị "
        "tỉnh Attapeu tiếp tục tạo điều kiện cho các doanh nghiệp Kon Tum khảo sát, đầu tư trồng cây dược liệu trên địa bàn "
        "tỉnh bạn.",
        province="Kon Tum",
        kind="outbound_delegation",
        officials=[
            {"name": "Đinh Văn Thạnh", "titles": ["Phó Chủ tịch UBND tỉnh"], "side": "local"},
            {"name": "Khăm Phăn Sụt Thạ Vông", "titles": ["Tỉnh trưởng tỉnh Attapeu"], "side": "foreign"},
            {"name": "Vi Lay Xay Nha Sỏn", "titles": ["Phó Tỉnh trưởng tỉnh Attapeu"], "side": "foreign"},
        ],
    )
    (req,) = _texts(doc)
    assert req.startswith("đề nghị tỉnh Attapeu tiếp tục tạo điều kiện cho các doanh nghiệp Kon Tum")


def test_a_list_asked_of_the_firm_after_the_chairman_acknowledged_its_contribution_is_the_provinces_asks():
    doc = _doc(
        "Đoàn công tác tỉnh Bắc Giang làm việc với Tập đoàn Daesan\nNgày 18/9/2024, đoàn công tác tỉnh Bắc Giang do Chủ tịch "
        "UBND tỉnh làm trưởng đoàn đã làm việc với Tập đoàn Daesan tại thành phố Suwon (Hàn Quốc).\nPhát biểu tại buổi làm "
        "việc, Chủ tịch UBND tỉnh ghi nhận đóng góp của Tập đoàn đối với sự phát triển của tỉnh và cam kết tiếp tục đồng hành "
        "cùng nhà đầu tư. Đồng chí đề nghị Tập đoàn quan tâm một số nội dung:\n- Sớm mở rộng nhà máy sản xuất linh kiện tại "
        "Khu công nghiệp Vân Trung;\n- Tăng cường tuyển dụng, đào tạo lao động địa phương;\n- Phối hợp với các trường nghề "
        "của tỉnh đào tạo kỹ sư điện tử.",
        province="Bắc Giang",
        kind="outbound_delegation",
    )
    texts = _texts(doc)
    assert len(texts) == 3
    assert "mở rộng nhà máy" in texts[0] and "kỹ sư điện tử" in texts[2]


def test_a_hope_the_firm_will_soon_build_a_research_centre_in_the_province_is_asked():
    doc = _doc(
        "Thái Nguyên tiếp Tập đoàn Hanwell\nChiều 7/11/2024, Chủ tịch UBND tỉnh Thái Nguyên tiếp đoàn công tác Tập đoàn "
        "Hanwell (Hàn Quốc) do ông Park Jae-sung, Tổng Giám đốc làm trưởng đoàn.\nChủ tịch UBND tỉnh đánh giá cao hiệu quả "
        "hoạt động của nhà máy Hanwell tại Khu công nghiệp Yên Bình. Tỉnh cũng mong Hanwell sớm xây dựng trung tâm nghiên "
        "cứu và phát triển tại Thái Nguyên, thu hút kỹ sư trẻ của địa phương.",
        province="Thái Nguyên",
        kind="foreign_delegation",
    )
    (req,) = _texts(doc)
    assert req.startswith("mong Hanwell sớm xây dựng trung tâm nghiên cứu")


def test_a_guests_proposal_the_province_will_report_for_the_party_committee_to_weigh_is_no_ask():
    doc = _doc(
        "Quảng Trị tiếp đoàn tỉnh Salavan\nSáng 26/8/2024, Phó Chủ tịch UBND tỉnh Quảng Trị tiếp đoàn công tác tỉnh Salavan "
        "(Lào) do ông Khăm Sỉ Phăn Na Vông, Phó Tỉnh trưởng làm trưởng đoàn.\nÔng Khăm Sỉ Phăn Na Vông mong tỉnh Quảng Trị "
        "giúp đỡ xây dựng tuyến đường nối huyện Sa Muội với cửa khẩu La Lay.\nPhó Chủ tịch UBND tỉnh Quảng Trị ghi nhận các "
        "ý kiến của tỉnh bạn và sẽ báo cáo Thường trực Tỉnh ủy xem xét đề nghị hỗ trợ xây dựng tuyến đường.",
        province="Quảng Trị",
        kind="foreign_delegation",
    )
    assert _texts(doc) == []


def test_an_ask_of_a_foreign_capitals_government_is_a_request_of_ha_noi():
    doc = _doc(
        "Hà Nội tiếp đoàn thủ đô Bangkok\nChiều 15/10/2024, Phó Chủ tịch UBND thành phố Hà Nội Đỗ Thị Minh Châu tiếp đoàn "
        "công tác thủ đô Bangkok (Thái Lan) do ông Somsak Rattanakul, Phó Thống đốc làm trưởng đoàn.\nBà Đỗ Thị Minh Châu "
        "đề nghị chính quyền thủ đô Bangkok chia sẻ kinh nghiệm chống ngập úng đô thị và quản lý giao thông công cộng.",
        province="Hà Nội",
        kind="foreign_delegation",
        officials=[
            {"name": "Đỗ Thị Minh Châu", "titles": ["Phó Chủ tịch UBND thành phố Hà Nội"], "side": "local"},
            {"name": "Somsak Rattanakul", "titles": ["Phó Thống đốc"], "side": "foreign"},
        ],
    )
    (req,) = _texts(doc)
    assert req.startswith("đề nghị chính quyền thủ đô Bangkok chia sẻ kinh nghiệm chống ngập")


def test_wishes_to_extend_ties_in_some_sectors_or_with_a_long_named_set_of_localities_are_no_requests_beside_an_ask():
    sectors = _doc(
        "Hòa Bình tiếp đoàn tỉnh Hủa Phăn\nSáng 9/10/2024, Chủ tịch UBND tỉnh Hòa Bình Đinh Công Thạch tiếp đoàn công tác "
        "tỉnh Hủa Phăn (Lào) do ông Phon Sa Vẳn Vi La Vông, Phó Tỉnh trưởng làm trưởng đoàn.\nChủ tịch UBND tỉnh Đinh Công "
        "Thạch mong muốn mở rộng hợp tác với tỉnh Hủa Phăn trong lĩnh vực nông nghiệp công nghệ cao, đào tạo nhân lực và "
        "giao lưu thanh thiếu niên. Đồng chí đề nghị phía bạn tạo điều kiện cho doanh nghiệp Hòa Bình khảo sát vùng trồng "
        "chè tại huyện Viêng Xay.",
        province="Hòa Bình",
        kind="foreign_delegation",
        officials=[
            {"name": "Đinh Công Thạch", "titles": ["Chủ tịch UBND tỉnh"], "side": "local"},
            {"name": "Phon Sa Vẳn Vi La Vông", "titles": ["Phó Tỉnh trưởng"], "side": "foreign"},
        ],
    )
    (req,) = _texts(sectors)
    assert req.startswith("đề nghị phía bạn tạo điều kiện cho doanh nghiệp Hòa Bình")
    localities = _doc(
        "Lai Châu tiếp Tham tán Đại sứ quán Trung Quốc\nChiều 21/10/2024, Phó Chủ tịch UBND tỉnh Lai Châu Lò Văn Tuấn tiếp "
        "ông Trương Vũ Hải, Tham tán Đại sứ quán Trung Quốc tại Việt Nam.\nPhó Chủ tịch UBND tỉnh Lò Văn Tuấn mong muốn mở "
        "rộng quan hệ với các huyện vùng biên giới thuộc châu Hồng Hà của Trung Quốc. Đồng chí đề nghị Đại sứ quán hỗ trợ "
        "tỉnh sớm nâng cấp cặp cửa khẩu Ma Lù Thàng - Kim Thủy Hà.",
        province="Lai Châu",
        kind="foreign_delegation",
        officials=[
            {"name": "Lò Văn Tuấn", "titles": ["Phó Chủ tịch UBND tỉnh"], "side": "local"},
            {"name": "Trương Vũ Hải", "titles": ["Tham tán Đại sứ quán Trung Quốc tại Việt Nam"], "side": "foreign"},
        ],
    )
    (req,) = _texts(localities)
    assert req.startswith("đề nghị Đại sứ quán hỗ trợ tỉnh sớm nâng cấp cặp cửa khẩu")


def test_an_ask_recalled_in_a_relative_clause_or_from_an_earlier_meeting_is_history():
    text = ("Quảng Trị làm việc với KOICA\nSáng 14/6/2023, Phó Chủ tịch UBND tỉnh Quảng Trị Hà Sỹ Đồng tiếp đoàn KOICA do ông "
            "Lee Jun-ho, Giám đốc KOICA Việt Nam dẫn đầu. Dự án trường học tại huyện Hướng Hóa mà tỉnh đề xuất năm 2020 đã được "
            "KOICA phê duyệt. Tại buổi làm việc năm trước, tỉnh đã đề nghị KOICA hỗ trợ xây trạm y tế xã; đến nay trạm đã đi vào "
            "hoạt động. Tại buổi tiếp Đại sứ hồi tháng 3 vừa qua, tỉnh đã đề nghị mở lớp tiếng Hàn cho giáo viên. Ông Hà Sỹ "
            "Đồng cũng nêu lại đề xuất mà tỉnh đã gửi KOICA về việc xây cầu dân sinh; đến nay đề xuất này đã được triển khai. "
            "Tỉnh đề nghị KOICA tài trợ hệ thống cấp nước sạch cho xã đảo Cồn Cỏ.")
    asks = _asks(text)
    assert len(asks) == 1 and "cấp nước sạch" in asks[0]


def test_asks_counted_then_told_one_by_one_and_headers_that_only_announce_them():
    text = ("Bình Phước làm việc với Ủy ban Nhà nước về người Việt Nam ở nước ngoài\nChiều 8/8/2019, đoàn công tác Ủy ban Nhà "
            "nước về người Việt Nam ở nước ngoài do Thứ trưởng Lương Thanh Nghị dẫn đầu làm việc với UBND tỉnh Bình Phước. Tại "
            "buổi làm việc, ông Huỳnh Anh Minh, Phó Chủ tịch UBND tỉnh cho biết kiến nghị của tỉnh tập trung vào hai vấn đề. "
            "Một là, Ủy ban báo cáo Chính phủ hỗ trợ kinh phí cho người gốc Việt hồi hương. Hai là, phối hợp vận động phía bạn "
            "cấp giấy tờ cư trú cho bà con gốc Việt.")
    asks = _asks(text)
    assert any("hỗ trợ kinh phí" in a for a in asks) and any("giấy tờ cư trú" in a for a in asks)
    text = ("Sơn La tổng kết công tác đối ngoại\nSáng 20/12/2018, UBND tỉnh Sơn La tổ chức hội nghị tổng kết công tác đối "
            "ngoại năm 2018. Phó Chủ tịch UBND tỉnh Quàng Văn Tiến chủ trì. Tại hội nghị, UBND tỉnh thống nhất các kiến nghị "
            "với Chính phủ, các bộ, ngành Trung ương:\n- Đề nghị Ủy ban Biên giới quốc gia hỗ trợ số hóa hồ sơ mốc giới.\n"
            "- Kiến nghị Chính phủ sớm cho phép mở cửa khẩu chính Chiềng Khương.\nÔng cũng đề nghị các tổ chức phi chính phủ "
            "quan tâm hỗ trợ tỉnh một số lĩnh vực ưu tiên trong năm 2019:\n- Xây dựng công trình nước sạch cho vùng cao;\n"
            "- Hỗ trợ sinh kế cho phụ nữ nghèo.")
    asks = _asks(text)
    assert not any(a.rstrip().endswith(":") for a in asks)
    assert any("mốc giới" in a for a in asks) and any("nước sạch" in a for a in asks)


def test_a_department_asked_with_mong_an_ask_going_on_with_giup_and_the_two_partner_provinces_asked():
    text = ("Cục Lãnh sự làm việc với Bạc Liêu\nChiều 9/10/2019, đoàn công tác Cục Lãnh sự, Bộ Ngoại giao do ông Nguyễn Minh "
            "Vũ, Cục trưởng dẫn đầu làm việc với UBND tỉnh Bạc Liêu. Ông Phạm Văn Thiều, Phó Chủ tịch UBND tỉnh cho biết tỉnh "
            "rất mong Cục hỗ trợ rút ngắn thời gian xác minh nhân thân ngư dân. Tỉnh kiến nghị Bộ Ngoại giao tổ chức hội nghị "
            "xúc tiến đầu tư tại TP Hồ Chí Minh. Đồng thời, giúp tỉnh kết nối với một số địa phương của Nhật Bản có thế mạnh "
            "về thủy sản.")
    asks = _asks(text)
    assert any("xác minh nhân thân" in a for a in asks) and any("địa phương của Nhật Bản" in a for a in asks)
    text = ("Hà Tĩnh hội đàm trực tuyến với hai tỉnh Lào\nSáng 24/9/2020, UBND tỉnh Hà Tĩnh tổ chức hội đàm trực tuyến với hai "
            "tỉnh Khăm Muộn và Bô-ly-khăm-xay (Lào). Chủ tịch UBND tỉnh Nguyễn Thanh Lâm chủ trì. Hà Tĩnh cũng mong muốn hai tỉnh "
            "bạn tạo điều kiện cho xe vận tải của doanh nghiệp Hà Tĩnh quá cảnh sang Thái Lan.")
    assert any("quá cảnh" in a for a in _asks(text))


def test_workers_wishing_to_go_abroad_ask_no_one():
    text = ("Đồng Nai tiếp đoàn tỉnh Chungcheongnam\nChiều 15/9/2022, Phó Chủ tịch UBND tỉnh Đồng Nai Võ Văn Phi tiếp đoàn tỉnh "
            "Chungcheongnam (Hàn Quốc). Nhiều lao động Đồng Nai cũng mong muốn sang Hàn Quốc làm việc theo chương trình EPS. "
            "Ông Võ Văn Phi đề nghị tỉnh Chungcheongnam xem xét tiếp nhận lao động thời vụ của tỉnh.")
    asks = _asks(text)
    assert len(asks) == 1 and "lao động thời vụ" in asks[0]


def test_a_pronoun_after_a_sentence_on_two_places_is_the_official_named_before():
    text = ("Ninh Bình tiếp đoàn tỉnh Ayutthaya (Thái Lan)\nSáng 3/3/2017, đồng chí Bùi Mạnh Hà, Phó Chủ tịch UBND tỉnh Ninh "
            "Bình tiếp đoàn tỉnh Ayutthaya do ông Somsak Rattanakorn, Phó Thống đốc tỉnh dẫn đầu.\nTại buổi tiếp, đồng chí Bùi "
            "Mạnh Hà giới thiệu với đoàn tình hình của tỉnh. Ninh Bình và Ayutthaya đều là những vùng đất cố đô. Đồng chí đề "
            "nghị tỉnh Ayutthaya hỗ trợ quảng bá Quần thể danh thắng Tràng An tới du khách Thái Lan.")
    assert any("Tràng An" in a for a in _asks(text))
    # ... and a subjectless ask after one told by the short form of his name ("Ông Sô Phênh" of "Thạch Sô Phênh")
    text = ("Trà Vinh tiếp Tổng Lãnh sự Campuchia\nSáng 20/4/2022, ông Thạch Sô Phênh, Phó Chủ tịch UBND tỉnh Trà Vinh tiếp "
            "ông Seng Bunthoeun, Tổng Lãnh sự Campuchia tại TP Hồ Chí Minh.\nTỉnh Trà Vinh có hơn 320.000 đồng bào Khmer. Ông Sô "
            "Phênh đề nghị Tổng Lãnh sự quán hỗ trợ tỉnh đào tạo giáo viên dạy tiếng Khmer. Đồng thời, đề nghị Tổng Lãnh sự "
            "quán kết nối doanh nghiệp Campuchia tham gia hội chợ thương mại của tỉnh.")
    assert any("hội chợ thương mại" in a for a in _asks(text))


def test_participants_told_to_discuss_at_the_provinces_own_course_are_no_addressees():
    text = ("Kon Tum tập huấn nghiệp vụ đối ngoại\nSáng 28/9/2021, Sở Ngoại vụ tỉnh Kon Tum tổ chức hội nghị tập huấn nghiệp "
            "vụ đối ngoại. Phó Chủ tịch UBND tỉnh Trần Thị Mỹ Dung dự và phát biểu khai mạc. Bà đề nghị các đại biểu tập trung "
            "nghiên cứu, trao đổi thẳng thắn để nâng cao chất lượng công tác đối ngoại.")
    assert _asks(text) == []


def test_quoted_asks_after_a_clause_or_a_year_and_the_pronoun_after_a_quote_attributed_after_it():
    text = ("Lào Cai - Hồng Hà: Thúc đẩy kết nối hạ tầng\n20/09/2018 | 16:05\nSáng 20/9, đồng chí Hoàng Quốc Huy, Phó Chủ tịch "
            "UBND tỉnh Lào Cai đã tiếp đoàn công tác Châu Hồng Hà (Trung Quốc) do ông Lý Vĩnh Xương, Phó Châu trưởng làm "
            "trưởng đoàn.\nPhát biểu tại buổi làm việc, Phó Chủ tịch UBND tỉnh Hoàng Quốc Huy khẳng định quan hệ hai bên ngày "
            "càng tốt. Đề cập đến nội dung hợp tác thời gian tới, đồng chí nhấn mạnh: \"Chúng tôi đề nghị phía Châu Hồng Hà sớm "
            "khởi công xây dựng cầu đường bộ qua sông Hồng\".\n\"Năm 2019, chúng tôi đề nghị hai bên phối hợp đẩy nhanh việc "
            "xây dựng khu kiểm soát liên hợp\", đồng chí Hoàng Quốc Huy nói. Đồng chí cũng đề nghị Châu Hồng Hà quan tâm cấp giấy "
            "tờ cư trú cho bà con người Việt.\nCũng theo đồng chí Hoàng Quốc Huy, tỉnh đề nghị hai bên phối hợp chuẩn bị chu "
            "đáo, tổ chức thành công Hội chợ Thương mại quốc tế Việt - Trung.")
    asks = _asks(text)
    for anchor in ("cầu đường bộ qua sông Hồng", "khu kiểm soát liên hợp", "giấy tờ cư trú", "Hội chợ Thương mại"):
        assert any(anchor in a for a in asks), anchor


def test_asks_of_a_foreign_locality_after_mong_a_purpose_opening_and_continued_aid():
    text = ("Tuyên Quang hội đàm với châu Văn Sơn\nNgày 12/11/2025, đoàn đại biểu tỉnh Tuyên Quang do Chủ tịch UBND tỉnh Vương "
            "Ngọc Hà dẫn đầu đã hội đàm với lãnh đạo châu Văn Sơn (Trung Quốc). Chủ tịch UBND tỉnh Vương Ngọc Hà cho biết tỉnh "
            "đã hoàn thành sắp xếp đơn vị hành chính. \"Chúng tôi cũng mong Châu Văn Sơn quan tâm báo cáo Chính phủ Trung Quốc "
            "sớm nâng cấp cửa khẩu Đô Long\", ông nói. Nhằm đưa quan hệ hai bên đi vào chiều sâu, đồng chí Vương Ngọc Hà mong "
            "muốn hai tỉnh tiếp tục vun đắp mối quan hệ hữu nghị, đồng thời đề nghị châu Văn Sơn tạo điều kiện mở tour du lịch "
            "đường bộ qua cửa khẩu Thanh Thủy. Tỉnh cũng mong tiếp tục nhận được nguồn viện trợ cho các xã biên giới.")
    asks = _asks(text)
    for anchor in ("nâng cấp cửa khẩu Đô Long", "tour du lịch đường bộ", "nhận được nguồn viện trợ"):
        assert any(anchor in a for a in asks), anchor


def test_the_guests_and_their_members_wishes_and_general_wishes_ask_nothing():
    text = ("Vĩnh Phúc tiếp đoàn tỉnh Mogilev (Belarus)\nSáng 14/5/2018, Chủ tịch UBND tỉnh Vĩnh Phúc Nguyễn Văn Trì tiếp đoàn "
            "tỉnh Mogilev do ông Ivan Petrov, Phó Thống đốc tỉnh dẫn đầu. Ông Ivan Petrov thông tin, Mogilev có thế mạnh về chế "
            "biến sữa; tỉnh mong muốn đưa sản phẩm sữa của mình vào thị trường Việt Nam. Ông Trần Văn Hải, Chủ tịch Hội doanh "
            "nghiệp Belarus, cho biết các doanh nghiệp trong hội mong muốn được kết nối với hợp tác xã của tỉnh. Bà Olga Ivanova "
            "đề nghị phía Vĩnh Phúc phối hợp điều tiết lượng xe chở nông sản. Ông Nguyễn Văn Trì cho biết tỉnh mong muốn nối "
            "lại các hoạt động hợp tác vốn bị gián đoạn nhiều năm. Tỉnh mong muốn kế thừa và phát huy các thỏa thuận mà hai tỉnh "
            "đã ký trước đây. Tỉnh cũng mong muốn Đại sứ quán tiếp tục đồng hành trong phát triển nguồn nhân lực. Ông đề nghị tỉnh "
            "Mogilev giới thiệu doanh nghiệp sản xuất máy nông nghiệp đến đầu tư tại Vĩnh Phúc.")
    asks = _asks(text)
    assert len(asks) == 1 and "máy nông nghiệp" in asks[0]


def test_foreign_police_and_governments_named_by_their_unit_are_asked_not_told():
    text = ("Công an tỉnh Điện Biên hội đàm với Công an tỉnh Phông Sa Lỳ (Lào)\nTừ ngày 18 - 20/3/2024, đoàn công tác Công an "
            "tỉnh Điện Biên do đồng chí Giám đốc Công an tỉnh làm trưởng đoàn đã sang thăm, làm việc và hội đàm với Công an tỉnh "
            "Phông Sa Lỳ (Lào). Tham gia đoàn có Đại tá Trần Quang Huy, Giám đốc Công an tỉnh.\nĐại tá Trần Quang Huy đề nghị "
            "Công an tỉnh Phông Sa Lỳ tiếp tục trao đổi thông tin về các đối tượng truy nã.")
    record = extract_from_text(text, "t.txt")[1]
    assert record["kind"] == "outbound_delegation" and record["lead"]["name"] == "Trần Quang Huy"
    assert any("đối tượng truy nã" in r["text"] for r in record["requests"])
    text = ("Quảng Nam làm việc với phủ Osaka và hạt Bács-Kiskun\nTừ ngày 30/11 đến 3/12/2024, đoàn công tác tỉnh Quảng Nam do "
            "Phó Chủ tịch UBND tỉnh Phan Thanh Lâm dẫn đầu đã làm việc tại phủ Osaka (Nhật Bản). Ông đề nghị chính quyền phủ "
            "Osaka hỗ trợ kết nối các doanh nghiệp cơ khí với Khu kinh tế mở Chu Lai.\nTại hạt Bács-Kiskun (Hungary), đoàn làm việc "
            "với lãnh đạo hạt. Đồng chí Phan Thanh Lâm đề nghị chính quyền hạt tạo điều kiện để sinh viên Quảng Nam sang học tập.")
    asks = _asks(text)
    assert any("doanh nghiệp cơ khí" in a for a in asks) and any("sinh viên Quảng Nam" in a for a in asks)


def test_in_a_citys_story_a_bare_tinh_asked_is_the_guests_prefecture():
    text = ("Hà Nội tiếp đoàn tỉnh Ibaraki (Nhật Bản)\nNgày 14/1/2020, Phó Chủ tịch UBND thành phố Hà Nội Trần Thị Minh Nguyệt "
            "tiếp đoàn tỉnh Ibaraki do Phó Thống đốc Yamaguchi Kenta dẫn đầu. Bà đề nghị tỉnh tạo điều kiện để các doanh nghiệp "
            "của Ibaraki tiếp nhận thực tập sinh của Hà Nội.")
    assert any("thực tập sinh" in a for a in _asks(text))
    # (not in a province that became a city: "tỉnh" of Thừa Thiên Huế's story is its own)
    text = ("Thừa Thiên Huế tổng kết công tác đối ngoại\nSáng 10/1/2020, UBND tỉnh Thừa Thiên Huế tổ chức hội nghị tổng kết công "
            "tác đối ngoại với sự tham dự của đại diện tỉnh Yamaguchi (Nhật Bản). Đại diện Bộ Ngoại giao đề nghị tỉnh tiếp tục "
            "nâng cao chất lượng thông tin đối ngoại.")
    assert not any("thông tin đối ngoại" in a for a in _asks(text))


def test_an_ask_opened_by_rat_stays_within_the_limit():
    ask = ("mong Đại sứ quán giới thiệu các nhà đầu tư có năng lực vào các dự án du lịch nghỉ dưỡng cao cấp và điện gió ngoài "
           "khơi tại các huyện ven biển" + " và các khu công nghiệp mới của tỉnh Bình Thuận" * 10)[:497] + "."
    text = ("Bình Thuận tiếp Đại sứ Hàn Quốc\nTối 28/12/2023, Chủ tịch UBND tỉnh Bình Thuận Đoàn Anh Dũng tiếp Đại sứ Hàn Quốc. "
            "Ông Đoàn Anh Dũng rất " + ask)
    asks = _asks(text)
    assert asks and all(len(a) <= 500 for a in asks)


def test_a_foreign_places_council_police_and_government_asked_the_partner_asked_in_the_passive_and_joint_petitions():
    text = ("Hà Tĩnh làm việc với HĐND tỉnh Bôlykhămxay\nTrong các ngày 21 và 22/8/2023, đoàn công tác Thường trực HĐND tỉnh Hà "
            "Tĩnh do Chủ tịch HĐND tỉnh Trần Đình Lạc dẫn đầu đã thăm tỉnh Bôlykhămxay (Lào). Ông Trần Đình Lạc đề nghị HĐND "
            "tỉnh Bôlykhămxay quan tâm giám sát việc tháo gỡ vướng mắc về đất đai cho doanh nghiệp Hà Tĩnh. Đồng chí cũng đề "
            "nghị Tỉnh ủy, chính quyền tỉnh Bôlykhămxay tạo điều kiện cho lưu học sinh. Tỉnh Bôlykhămxay cũng được đề nghị "
            "quan tâm cấp giấy tờ cư trú cho bà con người Việt. Hai tỉnh cần phối hợp kiến nghị Chính phủ hai nước nâng cấp "
            "đường 8. Ông Trần Đình Lạc cũng đề xuất hai bên định kỳ tổ chức trao đổi kinh nghiệm giám sát.")
    asks = _asks(text)
    for anchor in ("tháo gỡ vướng mắc về đất đai", "lưu học sinh", "giấy tờ cư trú", "nâng cấp đường 8", "trao đổi kinh nghiệm"):
        assert any(anchor in a for a in asks), anchor
    # (a task given to its own Party committee that names foreign places further on stays the province's own)
    text = ("Sơn La tổng kết công tác đối ngoại\nSáng 14/12/2017, UBND tỉnh Sơn La tổ chức hội nghị tổng kết công tác đối "
            "ngoại. Sở Ngoại vụ đề xuất Tỉnh ủy cho chủ trương tổ chức Hội nghị hợp tác các tỉnh Bắc Lào - Sơn La năm 2018.")
    assert _asks(text) == []


def test_a_name_ending_in_lap_before_the_ask_word_is_no_noun():
    text = ("Hải Phòng làm việc với Tổng Lãnh sự quán Việt Nam tại Fukuoka\nNgày 23/10/2019, đoàn công tác thành phố Hải Phòng "
            "đến thăm Tổng Lãnh sự quán Việt Nam tại Fukuoka (Nhật Bản). Đồng chí Vũ Đình Lập đề nghị Tổng Lãnh sự quán hỗ trợ "
            "Hải Phòng kết nối các doanh nghiệp vùng Kyushu.")
    assert any("vùng Kyushu" in a for a in _asks(text))


def test_a_sapos_ask_with_the_occasion_after_it_told_again_in_the_body_is_one_ask_each():
    text = ("Cà Mau đề nghị Kagoshima chuyển giao công nghệ nuôi tôm\nThứ Hai, 12/5/2025 - 18:10\nLãnh đạo Cà Mau mong tỉnh "
            "Kagoshima (Nhật Bản) chuyển giao công nghệ nuôi tôm và giúp tỉnh đào tạo kỹ sư thủy sản, trong buổi tiếp đoàn sáng "
            "12/5.\nĐoàn đại biểu tỉnh Kagoshima do Phó Thống đốc Yamada Ken dẫn đầu được ông Nguyễn Văn An, Chủ tịch UBND tỉnh "
            "Cà Mau, tiếp tại trụ sở UBND tỉnh.\nÔng Nguyễn Văn An đề nghị tỉnh Kagoshima chuyển giao công nghệ nuôi tôm siêu thâm "
            "canh cho các hợp tác xã của tỉnh. Tỉnh cũng mong Kagoshima hỗ trợ đào tạo kỹ sư thủy sản qua các trường đại học của tỉnh "
            "bạn.")
    asks = _asks(text)
    assert len(asks) == 2, asks
    assert any("siêu thâm canh" in t for t in asks) and any("qua các trường đại học" in t for t in asks)


def test_a_visitors_second_ask_after_dong_thoi_and_a_pronoun_after_a_reason_are_the_visitors():
    text = ("Lãnh đạo tỉnh Tây Ninh tiếp đoàn tỉnh Gyeongsangbuk (Hàn Quốc)\nChiều 3/4/2024, ông Trần Văn Chiến, Phó Chủ tịch "
            "UBND tỉnh Tây Ninh đã tiếp đoàn tỉnh Gyeongsangbuk (Hàn Quốc) do ông Park Min-soo, Phó Tỉnh trưởng làm trưởng đoàn.\n"
            "Phó Tỉnh trưởng Park Min-soo cho biết, Gyeongsangbuk có thế mạnh về cơ khí. Hiện các nông trại của tỉnh đang thiếu lao "
            "động, vì vậy ông đề xuất Tây Ninh phối hợp cung ứng lao động thời vụ, đồng thời mong muốn hai tỉnh sớm ký kết thỏa "
            "thuận hợp tác về giáo dục.\nÔng Trần Văn Chiến đề nghị tỉnh Gyeongsangbuk giới thiệu các doanh nghiệp cơ khí đầu tư "
            "vào khu kinh tế cửa khẩu Mộc Bài.")
    assert _asks(text) == ["đề nghị tỉnh Gyeongsangbuk giới thiệu các doanh nghiệp cơ khí đầu tư vào khu kinh tế cửa khẩu Mộc Bài."]
    # (the province's own, after a reason and its pronoun, stays the province's)
    text = text.replace("vì vậy ông đề xuất Tây Ninh", "vì vậy ông Trần Văn Chiến đề xuất tỉnh Gyeongsangbuk").replace(
        "mong muốn hai tỉnh sớm ký kết thỏa thuận hợp tác về giáo dục", "mong muốn tỉnh bạn hỗ trợ đào tạo nghề cơ khí"
    )
    assert any("hỗ trợ đào tạo nghề cơ khí" in t for t in _asks(text))


def test_what_the_province_hopes_to_become_asks_nothing():
    text = ("Quảng Trị tiếp đoàn tỉnh Savannakhet (Lào)\nChiều 10/10/2024, Chủ tịch UBND tỉnh Quảng Trị Võ Văn Hưng đã tiếp đoàn "
            "tỉnh Savannakhet (Lào) do ông Phết-sa-vẳn Phôm-ma-chăn, Phó Tỉnh trưởng làm trưởng đoàn.\nÔng Võ Văn Hưng cho biết tỉnh "
            "mong muốn trở thành cửa ngõ ra biển của các tỉnh Trung Lào. Tỉnh mong muốn tỉnh Savannakhet trở thành cầu nối giới "
            "thiệu doanh nghiệp Thái Lan đến Quảng Trị.")
    assert _asks(text) == ["mong muốn tỉnh Savannakhet trở thành cầu nối giới thiệu doanh nghiệp Thái Lan đến Quảng Trị."]


def test_a_foreign_localitys_party_committee_named_without_its_unit_word_is_asked():
    text = ("Đoàn đại biểu Tỉnh ủy Vĩnh Long thăm tỉnh Pinar del Río (Cuba)\nTừ ngày 8 đến 13/6/2019, đoàn đại biểu Tỉnh ủy Vĩnh "
            "Long do đồng chí Lê Văn Nam, Phó Bí thư Tỉnh ủy làm trưởng đoàn đã thăm và làm việc tại Cuba.\nTại buổi hội đàm, "
            "đồng chí Lê Văn Nam đề nghị Tỉnh ủy Pinar del Río quan tâm chỉ đạo các cơ quan chức năng tạo điều kiện để Viện Lúa "
            "của tỉnh Vĩnh Long xây dựng mô hình trình diễn giống lúa chịu hạn tại Pinar del Río.\nĐồng chí cũng đề nghị Tỉnh "
            "ủy Vĩnh Long chỉ đạo các sở, ngành sớm cụ thể hóa các nội dung đã thống nhất.")
    asks = _asks(text)
    assert any("giống lúa chịu hạn" in t for t in asks) and not any("cụ thể hóa" in t for t in asks)


def test_a_guest_named_short_after_the_honorific_asks_for_the_guests_and_both_sides_with_airlines_is_a_joint_ask():
    text = ("Đà Nẵng thúc đẩy hợp tác với các địa phương Nhật Bản\nTừ ngày 13 đến 17/10/2025, đoàn công tác thành phố Đà Nẵng do "
            "Chủ tịch UBND thành phố Lương Nguyễn Minh Triết dẫn đầu đã thăm và làm việc tại Nhật Bản.\nNgày 15/10, đoàn làm việc "
            "với Phó Thống đốc tỉnh Shizuoka Mori Keiko. Bà Mori cho biết Shizuoka có khoảng 12.000 người Việt Nam sinh sống, là "
            "cộng đồng người nước ngoài đông thứ ba của tỉnh, và mong muốn tiếp nhận thêm lao động có kỹ năng từ Đà Nẵng.\nChủ "
            "tịch Đà Nẵng cũng đề nghị hai bên cùng các hãng hàng không nghiên cứu mở đường bay thẳng Đà Nẵng - Shizuoka.")
    assert _asks(text) == ["đề nghị hai bên cùng các hãng hàng không nghiên cứu mở đường bay thẳng Đà Nẵng - Shizuoka."]


def test_the_deputy_head_of_the_provinces_deputies_delegation_asks_for_the_province():
    text = ("Khánh Hòa tiếp đoàn nghị sĩ New Zealand\nChiều 18-3-2019, tại TP. Nha Trang, ông Trần Văn Lộc, Phó Trưởng Đoàn đại "
            "biểu Quốc hội (ĐBQH) chuyên trách tỉnh đã tiếp đoàn Nhóm Nghị sĩ hữu nghị New Zealand - Việt Nam do ông Mark Evans "
            "dẫn đầu.\nÔng Trần Văn Lộc mong muốn các nghị sĩ New Zealand quan tâm thúc đẩy việc mở đường bay thẳng giữa sân bay "
            "quốc tế Cam Ranh với Auckland.")
    assert any("đường bay thẳng" in t for t in _asks(text))


def test_a_guest_who_greets_the_province_before_his_wish_is_the_guests():
    text = ("Tỉnh Đắk Nông tiếp đoàn tỉnh Mondulkiri chúc Tết\nChiều 25/1/2025, Phó Chủ tịch UBND tỉnh Đắk Nông Lê Văn Sơn đã "
            "tiếp đoàn đại biểu tỉnh Mondulkiri (Campuchia) do Phó Tỉnh trưởng Sok Vanna dẫn đầu.\nPhó Tỉnh trưởng Sok Vanna cảm ơn "
            "sự giúp đỡ của tỉnh Đắk Nông trong năm qua. Ông chúc nhân dân tỉnh Đắk Nông đón Tết an khang và mong hai tỉnh tiếp "
            "tục tăng cường trao đổi đoàn các cấp.")
    assert _asks(text) == []
    # (the province's own leader, greeting first, still asks)
    text = text.replace("Ông chúc nhân dân tỉnh Đắk Nông đón Tết an khang và mong", "Ông Lê Văn Sơn cho biết tỉnh đã hoàn "
                        "thành kế hoạch năm 2024. Ông chúc nhân dân tỉnh Mondulkiri đón năm mới an khang và đề nghị")
    text = text.replace("tăng cường trao đổi đoàn các cấp", "phối hợp tìm kiếm, quy tập hài cốt liệt sĩ")
    assert any("quy tập hài cốt" in t for t in _asks(text))


def test_schools_and_companies_of_the_partner_asked_to_take_trainees_is_an_ask():
    text = ("Đoàn công tác tỉnh Hà Nam thăm tỉnh Toyama\nTừ ngày 4 đến 8/11/2024, đoàn công tác tỉnh Hà Nam do Phó Chủ tịch UBND "
            "tỉnh Trần Xuân Dưỡng dẫn đầu đã thăm và làm việc tại tỉnh Toyama (Nhật Bản).\nÔng Trần Xuân Dưỡng đề nghị tỉnh Toyama "
            "giới thiệu doanh nghiệp dệt may đầu tư vào Hà Nam. Ông cũng mong muốn các cơ sở đào tạo, doanh nghiệp của Toyama tiếp "
            "nhận sinh viên ngành điều dưỡng của Hà Nam sang thực tập.")
    assert any("sinh viên ngành điều dưỡng" in t for t in _asks(text))
    # (the province's own schools told to look after their students: no ask of anyone)
    text = text.replace("các cơ sở đào tạo, doanh nghiệp của Toyama tiếp nhận sinh viên ngành điều dưỡng của Hà Nam sang thực "
                        "tập", "các cơ sở đào tạo tiếp tục chăm lo cho lưu học sinh của tỉnh bạn")
    assert not any("lưu học sinh" in t for t in _asks(text))


def test_a_wish_expressed_that_the_ambassadors_or_a_region_abroad_help_is_an_ask():
    text = ("Hải Phòng gặp mặt Đoàn Ngoại giao nhân dịp Tết\nChiều 20/1/2017, UBND thành phố Hải Phòng tổ chức gặp mặt các cơ "
            "quan đại diện nước ngoài. Chủ tịch UBND thành phố Nguyễn Văn Tùng chủ trì.\nChủ tịch UBND thành phố bày tỏ mong muốn "
            "các Đại sứ, Tổng Lãnh sự tiếp tục là cầu nối giới thiệu nhà đầu tư vào khu kinh tế Đình Vũ - Cát Hải.")
    assert any("cầu nối giới thiệu nhà đầu tư" in t for t in _asks(text))
    text = ("Đoàn công tác tỉnh Quảng Nam thăm vùng Bretagne\nTừ ngày 2 đến 7/6/2019, đoàn công tác tỉnh Quảng Nam do Phó Chủ tịch "
            "UBND tỉnh Trần Văn Tân dẫn đầu đã làm việc tại Pháp.\nPhó Chủ tịch Trần Văn Tân bày tỏ mong muốn vùng Bretagne hỗ trợ "
            "đào tạo nghề chế biến thủy sản cho lao động Quảng Nam.")
    assert any("chế biến thủy sản" in t for t in _asks(text))


def test_a_header_asking_help_in_the_fields_listed_below_is_no_ask_of_its_own():
    text = ("Trà Vinh gặp gỡ các tổ chức phi chính phủ nước ngoài\nSáng 15/3/2023, UBND tỉnh Trà Vinh tổ chức gặp gỡ các tổ chức "
            "phi chính phủ nước ngoài. Phó Chủ tịch UBND tỉnh Nguyễn Quỳnh Thiện chủ trì.\nPhó Chủ tịch đề nghị các tổ chức tiếp "
            "tục quan tâm hỗ trợ tỉnh trong các lĩnh vực:\n• Cấp nước sạch cho vùng bị xâm nhập mặn;\n• Chăm sóc sức khỏe cho "
            "người cao tuổi.")
    asks = _asks(text)
    assert len(asks) == 2 and any("nước sạch" in t for t in asks) and any("người cao tuổi" in t for t in asks), asks


def test_an_ask_said_once_more_or_told_as_granted_at_the_close_is_listed_once():
    text = ("Bình Định tiếp Đại sứ Mexico\nChiều 6/4/2023, Chủ tịch UBND tỉnh Bình Định Phạm Anh Tuấn đã tiếp Đại sứ Mexico "
            "Carlos Ruiz.\nÔng Phạm Anh Tuấn đề nghị Đại sứ làm cầu nối để tỉnh Bình Định thiết lập quan hệ hữu nghị với bang "
            "Jalisco. Ông cũng đề nghị Đại sứ quán giới thiệu các doanh nghiệp Mexico đến đầu tư vào Khu kinh tế Nhơn Hội.\n"
            "Kết thúc buổi tiếp, Chủ tịch UBND tỉnh một lần nữa đề nghị Đại sứ quán sớm thúc đẩy việc thiết lập quan hệ giữa "
            "Bình Định và bang Jalisco.")
    asks = _asks(text)
    assert len(asks) == 2 and "bang Jalisco." in asks[0], asks
    # (the once more before its speaker)
    text = text.replace("Chủ tịch UBND tỉnh một lần nữa đề nghị", "một lần nữa Chủ tịch UBND tỉnh Phạm Anh Tuấn đề nghị")
    assert len(_asks(text)) == 2
    text = ("Đoàn công tác tỉnh Hà Tĩnh thăm tỉnh Gangwon\nTừ ngày 2 đến 6/9/2024, đoàn công tác tỉnh Hà Tĩnh do Phó Chủ tịch UBND "
            "tỉnh Lê Ngọc Châu dẫn đầu đã làm việc tại tỉnh Gangwon (Hàn Quốc).\nÔng Lê Ngọc Châu đề nghị tỉnh Gangwon tiếp nhận "
            "300 lao động thời vụ của Hà Tĩnh trong năm 2025 và hỗ trợ đào tạo tiếng Hàn cho người lao động.\nKết thúc chuyến "
            "công tác, đề xuất tiếp nhận 300 lao động thời vụ đã được lãnh đạo tỉnh Gangwon ghi nhận.")
    asks = _asks(text)
    assert len(asks) == 1 and "đào tạo tiếng Hàn" in asks[0], asks
    # (one granted that no earlier ask told stays)
    text = text.replace("đề xuất tiếp nhận 300 lao động thời vụ đã được", "đề xuất mở văn phòng đại diện của tỉnh tại thành phố "
                        "Chuncheon đã được")
    assert len(_asks(text)) == 2


def test_both_sides_asked_to_work_still_more_closely_on_a_common_task_is_an_ask():
    text = ("Đoàn công tác tỉnh Kon Tum thăm tỉnh Attapeu\nTừ ngày 3 đến 5/4/2018, đoàn công tác tỉnh Kon Tum do Phó Chủ tịch "
            "UBND tỉnh Nguyễn Đức Tuy dẫn đầu đã thăm và làm việc tại tỉnh Attapeu (Lào).\nÔng Nguyễn Đức Tuy đề nghị tỉnh "
            "Attapeu tạo điều kiện cho doanh nghiệp Kon Tum trồng cà phê. Ông cũng mong hai bên phối hợp chặt chẽ hơn nữa "
            "trong công tác tìm kiếm, quy tập hài cốt liệt sĩ quân tình nguyện.")
    assert any("quy tập hài cốt" in t for t in _asks(text))


def test_a_step_of_the_departments_advice_to_its_own_leaders_is_no_ask():
    text = ("Thứ trưởng Bộ Ngoại giao làm việc với tỉnh An Giang\nSáng 20/10/2025, đoàn công tác Bộ Ngoại giao do Thứ trưởng Lê Thị "
            "Thu Hằng dẫn đầu đã làm việc với UBND tỉnh An Giang.\nSau khi hợp nhất, Sở Ngoại vụ đã tham mưu UBND tỉnh rà soát 35 "
            "thỏa thuận quốc tế của hai tỉnh trước đây; đề xuất kế thừa 20 thỏa thuận còn hiệu lực.\nPhó Chủ tịch UBND tỉnh Hồ "
            "Văn Mừng đề nghị Bộ hỗ trợ tỉnh kết nối với các địa phương của Campuchia.")
    assert _asks(text) == ["đề nghị Bộ hỗ trợ tỉnh kết nối với các địa phương của Campuchia."]


def test_a_wish_for_wider_ties_with_a_countrys_localities_the_guests_among_them_asks_nothing():
    text = ("Hưng Yên tiếp đoàn tỉnh Gyeongsangnam\nSáng 9/5/2019, Chủ tịch UBND tỉnh Hưng Yên Nguyễn Văn Phóng đã tiếp đoàn tỉnh "
            "Gyeongsangnam (Hàn Quốc).\nChủ tịch UBND tỉnh cho biết Hưng Yên mong muốn mở rộng quan hệ với các địa phương của "
            "Hàn Quốc, trong đó có tỉnh Gyeongsangnam - địa phương có thế mạnh về đóng tàu và cơ khí chính xác. Ông đề nghị tỉnh "
            "Gyeongsangnam giới thiệu doanh nghiệp cơ khí đầu tư vào Hưng Yên.")
    assert _asks(text) == ["đề nghị tỉnh Gyeongsangnam giới thiệu doanh nghiệp cơ khí đầu tư vào Hưng Yên."]


def test_a_wish_expressed_that_both_provinces_sign_soon_is_an_ask():
    text = ("Đoàn đại biểu tỉnh Lai Châu thăm tỉnh Luông Nặm Thà\nTừ ngày 5 đến 7/4/2023, đoàn đại biểu tỉnh Lai Châu do Chủ tịch "
            "UBND tỉnh Trần Tiến Dũng dẫn đầu đã thăm và làm việc tại tỉnh Luông Nặm Thà (Lào).\nTại buổi làm việc, đồng chí Trần "
            "Tiến Dũng bày tỏ mong muốn hai tỉnh sớm ký kết biên bản ghi nhớ về hợp tác trong lĩnh vực y tế và giáo dục.")
    assert any("ký kết biên bản ghi nhớ" in t for t in _asks(text))


def test_a_foreign_government_praising_the_province_before_its_wish_is_the_guest():
    text = ("Bình Định tiếp đoàn thành phố Cheongju\nSáng 8/6/2023, Phó Chủ tịch UBND tỉnh Bình Định Nguyễn Tự Công Hoàng tiếp "
            "đoàn thành phố Cheongju (Hàn Quốc) do Phó Thị trưởng Lee Jae-ho dẫn đầu.\nÔng Lee Jae-ho giới thiệu về Cheongju. "
            "Chính quyền Cheongju đánh giá cao sự phát triển của Bình Định và mong muốn mở rộng hợp tác sang các lĩnh vực giáo dục, du "
            "lịch, giao lưu văn hóa.\n"
            "Chính quyền tỉnh Bình Định đánh giá cao thiện chí của Cheongju và đề nghị Cheongju hỗ trợ đào tạo nghề cơ khí.")
    assert _asks(text) == ["đề nghị Cheongju hỗ trợ đào tạo nghề cơ khí."]


def test_advice_to_the_students_the_province_hosts_is_no_ask():
    text = ("Quảng Trị gặp mặt lưu học sinh Lào nhân Tết Bunpimay\nChiều 11/4/2024, UBND tỉnh Quảng Trị tổ chức gặp mặt lưu học "
            "sinh Lào đang học tập tại tỉnh. Phó Chủ tịch UBND tỉnh Hoàng Nam chủ trì.\nPhát biểu tại buổi gặp mặt, Phó Chủ tịch "
            "gửi lời chúc mừng năm mới tới các lưu học sinh; đề nghị các em tiếp tục chăm chỉ học tập, chấp hành tốt pháp luật "
            "Việt Nam.")
    assert _asks(text) == []
    # (and the province's workers met abroad, told to keep the host country's law)
    text = text.replace("đề nghị các em tiếp tục chăm chỉ học tập, chấp hành tốt pháp luật Việt Nam", "đề nghị người lao động "
                        "chấp hành nghiêm pháp luật nước sở tại")
    assert _asks(text) == []


def test_both_sides_to_sign_in_the_fields_they_share_none_named_is_a_wish():
    text = ("Bình Phước tiếp đoàn tỉnh Kratie\nChiều 3/7/2023, Chủ tịch UBND tỉnh Bình Phước Trần Tuệ Hiền đã tiếp đoàn tỉnh Kratie "
            "(Campuchia).\nÔng Trần Tuệ Hiền bày tỏ mong muốn hai bên sớm ký kết văn bản hợp tác trong các lĩnh vực cùng quan "
            "tâm.")
    assert _asks(text) == []
    # (a memorandum with nothing more, or its fields named, is asked)
    assert _asks(text.replace(" trong các lĩnh vực cùng quan tâm.", ".")) != []
    assert _asks(text.replace("văn bản hợp tác trong các lĩnh vực cùng quan tâm", "biên bản ghi nhớ về hợp tác giáo dục")) != []


def test_help_asked_with_nho_after_its_asker_is_an_ask_and_what_the_province_owes_is_not():
    text = ("Đoàn công tác tỉnh Thanh Hóa thăm Lào\nTừ ngày 5 đến 8/6/2023, đoàn công tác tỉnh Thanh Hóa do Phó Chủ tịch UBND tỉnh "
            "Đầu Thanh Tùng dẫn đầu đã thăm và làm việc tại Lào.\nChiều 7/6, đoàn làm việc với Đại sứ quán Việt Nam tại Lào. Tại "
            "đây, đồng chí Đầu Thanh Tùng nhờ "
            "Đại sứ quán giúp đỡ các doanh nghiệp Thanh Hóa tháo gỡ khó khăn về thủ tục thuê đất.")
    assert any("thuê đất" in t for t in _asks(text))
    text = text.replace("đồng chí Đầu Thanh Tùng nhờ Đại sứ quán giúp đỡ các doanh nghiệp Thanh Hóa tháo gỡ khó khăn về thủ "
                        "tục thuê đất.", "đồng chí Đầu Thanh Tùng cho biết kết quả đó là nhờ Đại sứ quán hỗ trợ tích cực.")
    assert _asks(text) == []


def test_a_quoted_ask_after_the_outlets_tag_is_its_speakers():
    text = ("Quảng Bình mong Đại sứ New Zealand kết nối đào tạo\n12/04/2019 10:15\n(Baoquangbinh.vn) - \"Chúng tôi rất mong Đại sứ "
            "sẽ giúp tỉnh kết nối với các trường đại học của New Zealand để đào tạo nhân lực du lịch\", Phó Chủ tịch UBND tỉnh "
            "Trần Tiến Dũng nói tại buổi tiếp Đại sứ New Zealand tại Việt Nam sáng 12/4.")
    assert any("nhân lực du lịch" in t for t in _asks(text))


def test_the_localities_of_a_corridor_asked_to_act_together_is_an_ask():
    text = ("Quảng Trị chủ trì diễn đàn hành lang kinh tế Đông - Tây\nNgày 20/9/2019, UBND tỉnh Quảng Trị tổ chức Diễn đàn hợp tác "
            "hành lang kinh tế Đông - Tây với sự tham gia của tỉnh Savannakhet (Lào) và tỉnh Mukdahan (Thái Lan). Chủ tịch UBND "
            "tỉnh Võ Văn Hưng chủ trì.\nÔng Võ Văn Hưng đề nghị các địa phương tham gia thống nhất áp dụng cơ chế kiểm tra một "
            "lần dừng tại các cặp cửa khẩu trên tuyến.")
    assert any("một lần dừng" in t for t in _asks(text))


@pytest.mark.parametrize(
    "wish",
    [
        "Quảng Ninh mong muốn phát triển quan hệ hợp tác hữu nghị với Quảng Tây, địa phương có vị trí quan trọng trong hợp tác "
        "Việt - Trung.",
        "Đắk Lắk mong muốn phát triển mối quan hệ hữu nghị truyền thống, láng giềng tốt đẹp với tỉnh Mondulkiri trên cơ sở các "
        "thỏa thuận đã ký kết.",
    ],
)
def test_wishes_for_the_ties_told_with_the_partners_praise_or_their_basis_ask_nothing(wish):
    text = ("Lãnh đạo tỉnh tiếp đoàn đối tác\nSáng 5/3/2024, Phó Chủ tịch UBND tỉnh Nguyễn Văn Hải tiếp đoàn đại biểu nước bạn.\n"
            "Phó Chủ tịch UBND tỉnh Nguyễn Văn Hải khẳng định, " + wish)
    assert _asks(text) == []


def test_a_wish_to_carry_on_the_results_of_the_ties_over_the_years_asks_nothing():
    text = ("Lào Cai hội đàm với Đoàn đại biểu châu Hồng Hà (Vân Nam, Trung Quốc)\n15/10/2025 20:15\nChiều ngày 15/10/2025, tại "
            "Trụ sở UBND tỉnh, Phó Chủ tịch UBND tỉnh Lào Cai Nguyễn Thành Sinh đã tiếp và hội đàm với Đoàn đại biểu châu Hồng "
            "Hà (Trung Quốc).\nTại buổi hội đàm, Phó Chủ tịch UBND tỉnh Nguyễn Thành Sinh khẳng định Lào Cai luôn coi trọng, "
            "mong muốn kế thừa, phát huy các kết quả hợp tác tốt đẹp giữa tỉnh Yên Bái (cũ) và châu Hồng Hà trong nhiều năm qua.")
    assert _asks(text) == []


def test_asks_counted_as_cooperation_items_for_the_coming_period_then_told_one_by_one():
    text = ("Đoàn công tác tỉnh Quảng Nam làm việc tại tỉnh Shizuoka\nTừ ngày 7 đến 11/10/2019, đoàn công tác tỉnh Quảng Nam do Phó "
            "Chủ tịch UBND tỉnh Trần Văn Tân dẫn đầu đã thăm và làm việc tại tỉnh Shizuoka (Nhật Bản).\nTại buổi làm việc, ông Trần "
            "Văn Tân đề xuất ba nội dung hợp tác cụ thể trong giai đoạn tới.\nThứ nhất, đề nghị tỉnh Shizuoka cử chuyên gia hỗ trợ "
            "bảo tồn phố cổ Hội An.\nThứ hai, tạo điều kiện để các trường đại học của Shizuoka tiếp nhận sinh viên Quảng Nam sang "
            "thực tập.\nThứ ba, phối hợp quảng bá du lịch Quảng Nam tại Shizuoka.")
    asks = _asks(text)
    assert any("phố cổ Hội An" in t for t in asks) and any("sinh viên Quảng Nam" in t for t in asks), asks
    assert any("quảng bá du lịch Quảng Nam" in t for t in asks), asks


def test_a_pronoun_after_a_sentence_opening_with_what_it_answers_is_that_sentences_speakers():
    text = ("Gia Lai tiếp đoàn tỉnh Ratanakiri\nChiều 12/1/2018, Chủ tịch UBND tỉnh Gia Lai Võ Ngọc Thành đã tiếp đoàn đại biểu "
            "tỉnh Ratanakiri (Campuchia) do Phó Tỉnh trưởng Thong Savon dẫn đầu.\nÔng Thong Savon đề nghị tỉnh Gia Lai hỗ trợ đào "
            "tạo cán bộ y tế.\nTrước đề nghị của phía bạn, Chủ tịch UBND tỉnh Võ Ngọc Thành giao Sở Y tế nghiên cứu. Ông mong "
            "muốn chính quyền tỉnh Ratanakiri tạo điều kiện cho doanh nghiệp Gia Lai trồng cà phê tại tỉnh bạn.")
    assert _asks(text) == ["mong muốn chính quyền tỉnh Ratanakiri tạo điều kiện cho doanh nghiệp Gia Lai trồng cà phê tại tỉnh bạn."]


def test_a_quoted_ask_given_to_a_speaker_with_his_posts_between_commas_is_his():
    text = ("Đoàn công tác tỉnh Cao Bằng hội đàm với thành phố Bách Sắc\nNgày 10/4/2024, đoàn công tác tỉnh Cao Bằng do Chủ tịch UBND "
            "tỉnh Hoàng Xuân Ánh dẫn đầu đã hội đàm với lãnh đạo thành phố Bách Sắc (Trung Quốc).\n“Chúng tôi đề nghị thành phố "
            "Bách Sắc phối hợp đẩy nhanh tiến độ nâng cấp cặp cửa khẩu Trà Lĩnh - Long Bang”, đồng chí Hoàng Xuân Ánh, Phó Bí thư "
            "Tỉnh ủy, Chủ tịch UBND tỉnh Cao Bằng, trưởng đoàn công tác, nói.")
    assert any("Trà Lĩnh - Long Bang" in t for t in _asks(text))
