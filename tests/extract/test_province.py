"""province.extract: the Vietnamese province whose activity it is."""

import pytest

from apps.ingest.pipeline import extract_from_text
from apps.provinces import lookup

from .articles import read_as_expected
from .docs import found_province, prov


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


# --- held-out articles (articles.py) ------------------------------------------------------------

UNSEEN = [
    # 7. A merged province (after 1 July 2025) naming its former parts.
    (
        "merged_lam_dong_france",
        """Thứ Ba, 16/09/2025 - 08:45
Lâm Đồng mong muốn tăng cường hợp tác với các địa phương của Pháp
Chiều 15/9, tại Trung tâm Hành chính tỉnh, đồng chí Hồ Văn Mười, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lâm Đồng đã tiếp Đại sứ Pháp tại Việt Nam Olivier Brochet.
Cùng tiếp có đồng chí Lê Trọng Yên, Phó Chủ tịch UBND tỉnh.
Chủ tịch UBND tỉnh giới thiệu, sau khi hợp nhất tỉnh Lâm Đồng, tỉnh Đắk Nông và tỉnh Bình Thuận, tỉnh Lâm Đồng mới có diện tích lớn nhất cả nước, với tiềm năng lớn về bô-xít tại khu vực Đắk Nông cũ, nông nghiệp công nghệ cao và du lịch.
Chủ tịch UBND tỉnh đề nghị Đại sứ quán Pháp hỗ trợ kết nối các doanh nghiệp Pháp đầu tư vào lĩnh vực năng lượng tái tạo và chế biến nông sản; đồng thời giúp tỉnh khôi phục hợp tác với thành phố Annecy trong lĩnh vực du lịch.
Đại sứ Olivier Brochet cho biết Pháp luôn coi Đà Lạt là điểm đến đặc biệt và sẽ giới thiệu các doanh nghiệp Pháp đến tìm hiểu cơ hội.
Bài, ảnh: Ngọc Ánh
Tin liên quan
Đắk Nông tiếp Đại sứ Cuba (12/03/2024)
Lâm Đồng hợp tác với vùng Normandie
""",
        dict(
            kind="foreign_delegation", province="Lâm Đồng", start="2025-09-15", end="2025-09-15",
            lead="Olivier Brochet", officials=["Hồ Văn Mười", "Olivier Brochet", "Lê Trọng Yên"],
            requests=["hỗ trợ kết nối các doanh nghiệp Pháp", "khôi phục hợp tác với thành phố Annecy"],
            requests_optional=["tăng cường hợp tác với các địa phương của Pháp"],
            partners=["Annecy"],
        ),
    ),
    # 8. The merged Ho Chi Minh City receives a Korean city's mayor.
    (
        "merged_hcmc_busan",
        """20:15 | 08/10/2025
Thành phố Hồ Chí Minh và thành phố Busan thúc đẩy hợp tác
Chiều 8/10, tại trụ sở UBND Thành phố, Phó Chủ tịch UBND TP. Hồ Chí Minh Nguyễn Văn Dũng đã tiếp Đoàn đại biểu thành phố Busan (Hàn Quốc) do ông Park Heong-joon, Thị trưởng thành phố Busan dẫn đầu.
Tham dự buổi tiếp có bà Lê Thị Hồng Nga, Phó Giám đốc Sở Ngoại vụ Thành phố.
Phó Chủ tịch Nguyễn Văn Dũng cho biết, sau khi sáp nhập với tỉnh Bình Dương và tỉnh Bà Rịa - Vũng Tàu, TP. Hồ Chí Minh có quy mô kinh tế lớn nhất cả nước, với hệ thống cảng biển Cái Mép - Thị Vải.
Phó Chủ tịch đề nghị thành phố Busan chia sẻ kinh nghiệm phát triển cảng biển và logistics, đồng thời hỗ trợ đào tạo nhân lực ngành cảng biển cho Thành phố.
Thị trưởng Park Heong-joon đánh giá cao đề xuất của TP. Hồ Chí Minh, cho biết Busan sẵn sàng chia sẻ kinh nghiệm và mong muốn hai thành phố ký kết thỏa thuận hợp tác cảng biển trong thời gian tới.
Phương Nam
Tin liên quan
TP. Hồ Chí Minh tiếp Thống đốc tỉnh Gyeonggi
""",
        dict(
            kind="foreign_delegation", province=["Hồ Chí Minh", "TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh"],
            start="2025-10-08", end="2025-10-08", lead="Park Heong-joon",
            officials=["Nguyễn Văn Dũng", "Park Heong-joon", "Lê Thị Hồng Nga"],
            requests=["chia sẻ kinh nghiệm phát triển cảng biển", "đào tạo nhân lực ngành cảng biển"],
            partners=["Busan"],
        ),
    ),
    # 18. India's ambassador; no dateline, the year is in the date itself.
    (
        "india_ambassador_hue",
        """Huế - Tin tức
Thừa Thiên Huế tăng cường hợp tác với các đối tác Ấn Độ
Sáng ngày 05/6/2023, tại trụ sở UBND tỉnh, Phó Chủ tịch UBND tỉnh Thừa Thiên Huế Nguyễn Thanh Bình đã tiếp và làm việc với Đại sứ Ấn Độ tại Việt Nam Sandeep Arya.
Cùng dự có bà Trần Thị Hoài Trâm, Giám đốc Sở Ngoại vụ tỉnh.
Phó Chủ tịch UBND tỉnh Nguyễn Thanh Bình cho biết, Thừa Thiên Huế có nhiều di sản văn hóa gắn với Phật giáo, là điểm đến hấp dẫn đối với du khách Ấn Độ; tỉnh đã có quan hệ hợp tác với bang Gujarat về giáo dục.
Phó Chủ tịch đề xuất Đại sứ quán Ấn Độ hỗ trợ mở đường bay thẳng giữa Huế và các thành phố lớn của Ấn Độ, quảng bá du lịch Huế tại Ấn Độ.
Đại sứ Sandeep Arya cho biết Đại sứ quán sẽ làm việc với các hãng hàng không Ấn Độ để nghiên cứu đề xuất của tỉnh.
PV
""",
        dict(
            kind="foreign_delegation", province="Thừa Thiên Huế", start="2023-06-05", end="2023-06-05",
            lead="Sandeep Arya", officials=["Nguyễn Thanh Bình", "Sandeep Arya", "Trần Thị Hoài Trâm"],
            requests=["mở đường bay thẳng giữa Huế"], partners=["Gujarat"],
        ),
    ),
]


@pytest.mark.parametrize(("source", "exp"), [c[1:] for c in UNSEEN], ids=[c[0] for c in UNSEEN])
def test_unseen_article_is_read_as_a_careful_reader_would(source, exp):
    read_as_expected(source, exp)


def test_people_from_the_province_living_abroad_do_not_make_it_the_actor():
    text = (
        "Đại sứ quán Việt Nam tại Hàn Quốc gặp mặt Hội đồng hương Hà Tĩnh\n"
        "Seoul, 14/1/2024 - Ngày 13/1, Đại sứ quán Việt Nam tại Hàn Quốc tổ chức gặp mặt Hội đồng hương Hà Tĩnh "
        "tại Hàn Quốc. Dự có hơn 100 kỹ sư, du học sinh quê Hà Tĩnh."
    )
    assert found_province(text, "2024-01-14") is None
    doc_text = "Hà Tĩnh tiếp Đại sứ Hàn Quốc\nNgày 13/1, UBND tỉnh Hà Tĩnh tiếp Đại sứ Hàn Quốc và Hội đồng hương Hà Tĩnh."
    assert found_province(doc_text, "2024-01-14")["name"] == "Hà Tĩnh"
    # the province's own delegation meeting the association abroad: still its activity
    doc_text = (
        "Lãnh đạo tỉnh gặp mặt Hội đồng hương Hà Tĩnh tại Hàn Quốc\nNgày 13/1, Đoàn công tác của tỉnh do ông Võ Văn "
        "Hải, Chủ tịch UBND tỉnh dẫn đầu đã gặp mặt Hội đồng hương Hà Tĩnh tại Hàn Quốc."
    )
    assert found_province(doc_text, "2024-01-14")["name"] == "Hà Tĩnh"


def test_a_provincial_papers_tag_gives_its_province_when_none_is_named():
    text = (
        "Phó Chủ tịch UBND tỉnh tiếp Trưởng đại diện UNICEF\n"
        "GLO- Chiều 9/6, Phó Chủ tịch UBND tỉnh đã tiếp bà Silvia Danailov, Trưởng đại diện UNICEF tại Việt Nam."
    )
    assert prov(text, "2023-06-10") == "Gia Lai"
    text = (
        "Phó Chủ tịch UBND tỉnh tiếp Trưởng đại diện UNICEF\n"
        "(Baobinhdinh.vn)- Chiều 9/6, Phó Chủ tịch UBND tỉnh đã tiếp Trưởng đại diện UNICEF tại Việt Nam."
    )
    assert prov(text, "2023-06-10") == "Bình Định"
    # A province named anywhere wins over the tag; a national outlet's tag says nothing.
    text = (
        "Phó Chủ tịch UBND tỉnh tiếp Trưởng đại diện UNICEF\n"
        "GLO- Chiều 9/6, Phó Chủ tịch UBND tỉnh Kon Tum đã tiếp Trưởng đại diện UNICEF tại Việt Nam."
    )
    assert prov(text, "2023-06-10") == "Kon Tum"
    assert prov("Tiêu đề\nNDO- Chiều 9/6, Phó Chủ tịch UBND tỉnh đã tiếp Trưởng đại diện UNICEF.", "2023-06-10") is None


def test_the_city_named_for_a_person_is_given_with_its_unit_word_and_read_back():
    # "Hồ Chí Minh" alone names the man; readers write the city "Thành phố Hồ Chí Minh" (or TP.HCM).
    text = (
        "TP.HCM tiếp Tổng Lãnh sự Hàn Quốc\n"
        "Sáng 4/3/2024, Phó Chủ tịch UBND TP.HCM tiếp Tổng Lãnh sự Hàn Quốc tại Thành phố Hồ Chí Minh."
    )
    found = found_province(text)
    assert found["name"] == "Thành phố Hồ Chí Minh" and found["code"] == "79"
    assert lookup.resolve(found["name"], on_date="2024-03-04").name == "Hồ Chí Minh"
    assert prov("Đà Nẵng tiếp Đại sứ Ấn Độ\nChiều 5/3/2024, Chủ tịch UBND TP Đà Nẵng tiếp Đại sứ Ấn Độ.") == "Đà Nẵng"


def test_a_papers_masthead_names_the_province_of_a_story_that_says_only_ubnd_tinh():
    from apps.ingest.pipeline import extract_from_text

    story = (
        "Công tác đối ngoại năm 2022: Chủ động, linh hoạt\n"
        "Chiều 14/1/2022, UBND tỉnh tổ chức Hội nghị tổng kết công tác đối ngoại năm 2021. Đồng chí Lê Văn Nam, Phó "
        "Chủ tịch UBND tỉnh chủ trì hội nghị, có đại diện Bộ Ngoại giao dự."
    )
    cleaned, record = extract_from_text("Báo Hà Tĩnh\nThời sự\n" + story, "t.txt")
    assert cleaned.masthead == "Hà Tĩnh"
    assert record["province"]["name"] == "Hà Tĩnh" and record["is_activity"]
    assert any(d["code"] == "province_weak" for d in record["doubts"])
    # without the masthead the story names no province: no activity
    assert extract_from_text(story, "t.txt")[1]["province"] is None
    # a national paper's masthead names none
    assert extract_from_text("Báo Nhân Dân\n" + story, "t.txt")[1]["province"] is None


def test_a_papers_masthead_named_after_its_province_and_more_gives_the_province():
    text = (
        "BÁO ĐIỆN BIÊN PHỦ\n\nTriển khai nhiệm vụ công tác đối ngoại năm 2022\nThứ Ba, 08/03/2022\n"
        "Sáng 7/3, UBND tỉnh tổ chức hội nghị tổng kết công tác đối ngoại năm 2021 và triển khai nhiệm vụ năm 2022; "
        "tỉnh tiếp tục duy trì quan hệ với các tỉnh Bắc Lào."
    )
    _cleaned, record = extract_from_text(text, "t.txt")
    assert record["province"]["name"] == "Điện Biên"


def test_a_one_word_masthead_still_gives_its_province():
    text = (
        "Báo Huế\n\nTriển khai nhiệm vụ công tác đối ngoại năm 2026\nThứ Ba, 13/01/2026\n"
        "Sáng 12/1, UBND thành phố tổ chức hội nghị tổng kết công tác đối ngoại năm 2025 và triển khai nhiệm vụ năm "
        "2026; thành phố tiếp tục duy trì quan hệ với các địa phương của Lào."
    )
    _cleaned, record = extract_from_text(text, "t.txt")
    assert record["province"] and record["province"]["name"] == "Huế"


def test_the_merged_unit_named_new_wins_over_its_predecessor_named_more_often():
    text = (
        "Thứ trưởng Bộ Ngoại giao làm việc với tỉnh\n"
        "Sáng 23/9, đoàn công tác Bộ Ngoại giao đã làm việc với UBND tỉnh về công tác đối ngoại sau hợp nhất.\n"
        "Sau khi hợp nhất tỉnh Hưng Yên và tỉnh Thái Bình từ ngày 1/7/2025, tỉnh Hưng Yên (mới) có hơn 3,5 triệu dân. "
        "Khu kinh tế Thái Bình đang được đầu tư; cảng Thái Bình và sân bay Thái Bình đang được nghiên cứu."
    )
    assert prov(text, "2025-09-23") == "Hưng Yên"


def test_after_the_merger_the_absorbing_unit_named_in_the_article_wins_over_its_predecessor():
    text = (
        "Tập huấn nghiệp vụ công tác đối ngoại cho cán bộ cấp xã năm 2025\n"
        "Ngày 21/10, UBND tỉnh tổ chức Hội nghị tập huấn nghiệp vụ công tác đối ngoại cho cán bộ các xã, phường.\n"
        "Phó Chủ tịch UBND tỉnh nhấn mạnh, sau khi hợp nhất tỉnh Hưng Yên và tỉnh Thái Bình, nhiều nhiệm vụ đối ngoại "
        "chuyển về cấp xã; các xã ven biển Thái Bình, Tiền Hải, Thái Thụy có nhiều lao động ở nước ngoài."
    )
    assert prov(text, "2025-10-22") == "Hưng Yên"
    # an activity the lead dates before 1 July 2025 keeps its predecessor
    text = (
        "Ủy ban Nhà nước về người Việt Nam ở nước ngoài làm việc tại Quảng Bình\n"
        "Trong hai ngày 29 và 30/6/2025, đoàn công tác của Ủy ban đã làm việc với UBND tỉnh Quảng Bình.\n"
        "Từ ngày 1/7/2025, tỉnh Quảng Bình và tỉnh Quảng Trị hợp nhất thành tỉnh Quảng Trị."
    )
    assert prov(text, "2025-07-01") == "Quảng Bình"


def test_the_sites_own_province_outweighs_the_capital_a_speaker_talks_from():
    text = ("Tập huấn nghiệp vụ đối ngoại năm 2021 | Sở Ngoại vụ tỉnh Kon Tum\nTập huấn nghiệp vụ đối ngoại năm 2021\nSáng 28/9, "
            "Sở Ngoại vụ phối hợp với Vụ Thông tin Báo chí (Bộ Ngoại giao) tổ chức hội nghị tập huấn nghiệp vụ đối ngoại năm 2021. "
            "Do dịch Covid-19, báo cáo viên của Bộ Ngoại giao trình bày trực tuyến từ Hà Nội.\nPhát biểu khai mạc, Phó Chủ tịch "
            "UBND tỉnh nhấn mạnh, Kon Tum là tỉnh biên giới có vị trí chiến lược.")
    assert extract_from_text(text, "t.txt")[1]["province"]["name"] == "Kon Tum"


def test_the_site_in_the_footer_names_the_province_a_story_of_tinh_leaves_unnamed():
    text = ("Tổng kết công tác đối ngoại năm 2021\nNgày đăng: 29/12/2021 | 10:15\nChiều 28/12, Sở Ngoại vụ tổ chức Hội nghị tổng "
            "kết công tác đối ngoại năm 2021. Phó Chủ tịch UBND tỉnh Trần Châu Phương dự và chủ trì hội nghị. Năm 2021, tỉnh đã "
            "tổ chức 14 cuộc hội đàm trực tuyến với các đối tác nước ngoài.\nCác tin đã đưa:\n- Đại sứ Hàn Quốc thăm tỉnh "
            "(19/11/2021)\nCổng Thông tin điện tử tỉnh Bình Định")
    record = extract_from_text(text, "t.txt")[1]
    assert record["is_activity"] is True and record["province"]["name"] == "Bình Định"


def test_a_foreign_bodys_office_in_a_city_is_no_province_of_the_story():
    text = ("Sở Kế hoạch và Đầu tư làm việc với KOTRA Hà Nội\nCập nhật: 14:20, 23/06/2016\nVP - Ngày 22/6, Sở Kế hoạch và Đầu tư "
            "tỉnh Vĩnh Phúc tiếp đoàn công tác Cơ quan Xúc tiến Thương mại - Đầu tư Hàn Quốc tại Hà Nội (KOTRA Hà Nội) do ông "
            "Cho Han-seok, Tổng Giám đốc làm trưởng đoàn.")
    assert extract_from_text(text, "t.txt")[1]["province"]["name"] == "Vĩnh Phúc"
