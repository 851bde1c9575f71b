"""activity.is_activity: whether the article reports one activity."""

import pytest

from apps.ingest.pipeline import extract_from_text

from .articles import read_as_expected
from .docs import classify


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


# --- held-out articles (articles.py) ------------------------------------------------------------

UNSEEN = [
    # 6. The department's own year-review conference, chaired by its director.
    (
        "so_ngoai_vu_review_ha_giang",
        """Thứ Sáu, 29/12/2023 - 09:15
Sở Ngoại vụ tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024
Sáng 28/12, Sở Ngoại vụ tỉnh Hà Giang tổ chức Hội nghị tổng kết công tác đối ngoại năm 2023, triển khai nhiệm vụ năm 2024. Đồng chí Sùng Đại Hùng, Giám đốc Sở Ngoại vụ chủ trì hội nghị.
Dự hội nghị có đồng chí Hoàng Gia Long, Phó Chủ tịch UBND tỉnh.
Ảnh: Sở Ngoại vụ
Năm 2023, tỉnh Hà Giang đã đón tiếp 35 đoàn khách nước ngoài; duy trì quan hệ hữu nghị với tỉnh Vân Nam và Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc); công tác quản lý biên giới được thực hiện chặt chẽ.
Phát biểu chỉ đạo hội nghị, đồng chí Hoàng Gia Long ghi nhận kết quả đạt được và đề nghị Sở Ngoại vụ tiếp tục tham mưu cho tỉnh triển khai hiệu quả các thỏa thuận hợp tác đã ký với các địa phương của Trung Quốc.
Dịp này, Sở Ngoại vụ đã khen thưởng 5 tập thể và 12 cá nhân có thành tích xuất sắc.
Tin, ảnh: Thu Phương
Tin liên quan
Hà Giang tiếp Đoàn công tác châu Văn Sơn, Vân Nam (Trung Quốc)
""",
        dict(
            kind="provincial_event", province="Hà Giang", start="2023-12-28", end="2023-12-28",
            lead="Sùng Đại Hùng", officials=["Sùng Đại Hùng", "Hoàng Gia Long"], requests=[],
            partners=["Vân Nam", ["Quảng Tây", "Khu tự trị dân tộc Choang Quảng Tây"]],
        ),
    ),
    # 10. A guidance page: not an activity.
    (
        "negative_guidance",
        """Giới thiệu | Tin tức | Thủ tục hành chính | Liên hệ
Thứ Hai, 03/04/2023 - 14:00
Hướng dẫn thủ tục cho phép tổ chức hội nghị, hội thảo quốc tế trên địa bàn tỉnh Bình Phước
Căn cứ Quyết định số 06/2020/QĐ-TTg ngày 21/02/2020 của Thủ tướng Chính phủ về tổ chức và quản lý hội nghị, hội thảo quốc tế tại Việt Nam, Sở Ngoại vụ tỉnh Bình Phước hướng dẫn các cơ quan, đơn vị như sau:
1. Hồ sơ đề nghị cho phép tổ chức hội nghị, hội thảo quốc tế gồm: văn bản đề nghị; đề án tổ chức; danh sách đại biểu nước ngoài dự kiến mời.
2. Thời hạn gửi hồ sơ: chậm nhất 30 ngày trước ngày dự kiến tổ chức.
3. Sau khi kết thúc hội nghị, đơn vị tổ chức gửi báo cáo kết quả về Sở Ngoại vụ trong vòng 15 ngày.
Mọi chi tiết xin liên hệ Phòng Quản lý đối ngoại, Sở Ngoại vụ tỉnh Bình Phước, số điện thoại 0271.3879xxx.
""",
        dict(is_activity=False),
    ),
    # 11. A plan approved by decision: a document, not an activity, though dated and foreign.
    (
        "negative_plan_decision",
        """Thứ Tư, 10/01/2024 - 10:05
UBND tỉnh Nghệ An phê duyệt Kế hoạch hoạt động đối ngoại năm 2024
Ngày 9/1, Chủ tịch UBND tỉnh Nghệ An Nguyễn Đức Trung đã ký Quyết định số 45/QĐ-UBND phê duyệt Kế hoạch hoạt động đối ngoại năm 2024 của tỉnh.
Theo kế hoạch, năm 2024 tỉnh dự kiến tổ chức 12 đoàn ra, đón 25 đoàn vào; tập trung tăng cường hợp tác với các tỉnh Xiêng Khoảng, Hủa Phăn, Bô-ly-khăm-xay (Lào) và các địa phương của Hàn Quốc, Nhật Bản.
Tỉnh sẽ tổ chức Hội nghị gặp mặt các cơ quan đại diện nước ngoài vào quý III và tham gia Diễn đàn hợp tác địa phương Việt Nam - Lào.
Sở Ngoại vụ là cơ quan đầu mối, có trách nhiệm hướng dẫn, đôn đốc các sở, ngành thực hiện kế hoạch.
Thu Hằng
""",
        dict(is_activity=False),
    ),
    # 12. National diplomacy abroad with no province: not an activity.
    (
        "negative_national_news",
        """Thứ Bảy, 16/12/2023 - 22:30
Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Nhật Bản Kishida Fumio
Chiều 16/12, tại Thủ đô Tokyo, Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Nhật Bản Kishida Fumio nhân dịp tham dự Hội nghị Cấp cao kỷ niệm 50 năm quan hệ ASEAN - Nhật Bản.
Hai Thủ tướng nhất trí thúc đẩy hợp tác trong các lĩnh vực đầu tư, thương mại, lao động và giao lưu nhân dân.
Thủ tướng Phạm Minh Chính đề nghị Nhật Bản tiếp tục cung cấp vốn ODA thế hệ mới cho các dự án hạ tầng chiến lược của Việt Nam.
Thủ tướng Kishida Fumio khẳng định Nhật Bản coi trọng quan hệ Đối tác chiến lược toàn diện với Việt Nam.
""",
        dict(is_activity=False),
    ),
    # 24. A year review feature with no single occasion: not an activity.
    (
        "negative_year_feature",
        """Thứ Năm, 28/12/2023 - 16:00
Công tác đối ngoại của tỉnh Bình Định năm 2023: nhiều dấu ấn
Năm 2023, công tác đối ngoại của tỉnh Bình Định tiếp tục được triển khai toàn diện, đồng bộ, góp phần quan trọng vào phát triển kinh tế - xã hội của tỉnh.
Trong năm, lãnh đạo tỉnh đã tiếp hơn 40 đoàn khách quốc tế, trong đó có nhiều Đại sứ, Tổng Lãnh sự các nước; tổ chức 6 đoàn ra nước ngoài xúc tiến đầu tư tại Hàn Quốc, Nhật Bản, Ấn Độ.
Quan hệ hợp tác với tỉnh Champasak (Lào) và tỉnh Gyeonggi (Hàn Quốc) tiếp tục được củng cố.
Thu hút vốn FDI đạt hơn 300 triệu USD, tăng 20% so với năm 2022.
Năm 2024, tỉnh tiếp tục đẩy mạnh ngoại giao kinh tế, mở rộng quan hệ với các địa phương nước ngoài.
Hoài Thu
""",
        dict(is_activity=False),
    ),
    # 15. A digest of two receptions the same day. One record per article: a careful reader
    #     gives the first report (the ambassador, the headline's first item); the second
    #     reception's people and asks are accepted but not required, either head may be the
    #     lead. Artemisa is the Cuban province proposed for ties (as Gyeonggi in round one).
    (
        "digest_hung_yen_two_receptions",
        ("text", """12/06/2024 16:50
Lãnh đạo tỉnh Hưng Yên tiếp Đại sứ Cuba và đoàn doanh nghiệp Nhật Bản
Sáng 12/6, tại trụ sở UBND tỉnh, đồng chí Trần Quốc Văn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh đã tiếp ông Orlando Hernández Guillén, Đại sứ Cuba tại Việt Nam. Chủ tịch UBND tỉnh đề nghị Đại sứ quán Cuba hỗ trợ tỉnh hợp tác trong lĩnh vực y tế, nhất là đào tạo bác sĩ và chuyển giao công nghệ sản xuất thuốc. Đại sứ Orlando Hernández Guillén cảm ơn tình cảm của tỉnh và mong muốn thúc đẩy hợp tác giữa Hưng Yên với tỉnh Artemisa.
*
Chiều cùng ngày, đồng chí Nguyễn Lê Huy, Phó Chủ tịch UBND tỉnh đã tiếp đoàn doanh nghiệp tỉnh Aichi (Nhật Bản) do ông Tanaka Hiroshi, Trưởng đại diện Tổ chức Xúc tiến Thương mại Nhật Bản (JETRO) Nagoya dẫn đầu. Phó Chủ tịch Nguyễn Lê Huy đề nghị các doanh nghiệp Nhật Bản mở rộng đầu tư vào lĩnh vực công nghiệp hỗ trợ tại các khu công nghiệp Phố Nối, Thăng Long II.
Tin, ảnh: Minh Hải
"""),
        dict(
            kind="foreign_delegation", province="Hưng Yên", start="2024-06-12", end="2024-06-12",
            lead=["Orlando Hernández Guillén", "Tanaka Hiroshi"],
            officials=["Trần Quốc Văn", "Orlando Hernández Guillén"],
            officials_optional=["Nguyễn Lê Huy", "Tanaka Hiroshi"],
            requests=["đào tạo bác sĩ"], requests_optional=["công nghiệp hỗ trợ"],
            partners=["Artemisa"], partners_optional=["Aichi", "Nagoya"],
        ),
    ),
    # 16. Interview with a department director: dated past activities, no single one reported.
    (
        "negative_interview_so_ngoai_vu",
        ("text", """Thứ Hai, 15/01/2024 - 07:00
Giám đốc Sở Ngoại vụ Quảng Bình: "Đối ngoại phải đi trước mở đường cho thu hút đầu tư"
Năm 2023, công tác đối ngoại của tỉnh Quảng Bình đạt nhiều kết quả nổi bật. Phóng viên Báo Quảng Bình đã có cuộc trao đổi với ông Phạm Thanh Tuấn, Giám đốc Sở Ngoại vụ tỉnh về những kết quả này.
PV: Xin ông cho biết những dấu ấn nổi bật của công tác đối ngoại năm 2023?
Ông Phạm Thanh Tuấn: Năm 2023, lãnh đạo tỉnh đã tiếp 52 đoàn khách quốc tế. Đặc biệt, ngày 18/9/2023, tỉnh đã tổ chức thành công Hội nghị xúc tiến đầu tư tại Hà Nội với sự tham dự của nhiều Đại sứ. Tháng 11/2023, đoàn công tác của tỉnh do đồng chí Vũ Đại Thắng, Bí thư Tỉnh ủy dẫn đầu đã làm việc với tỉnh Khăm Muồn (Lào), ký kết thỏa thuận hợp tác giai đoạn 2024 - 2028.
PV: Năm 2024, Sở Ngoại vụ sẽ tập trung vào những nhiệm vụ gì?
Ông Phạm Thanh Tuấn: Chúng tôi sẽ tham mưu tỉnh tăng cường hợp tác với các tỉnh Khăm Muồn, Savannakhet (Lào), mở rộng quan hệ với các địa phương của Hàn Quốc, Nhật Bản; đồng thời kiến nghị Bộ Ngoại giao hỗ trợ tỉnh tổ chức các đoàn xúc tiến đầu tư tại châu Âu.
PV: Xin cảm ơn ông!
Thu Hà (thực hiện)
"""),
        dict(is_activity=False),
    ),
    # 17. The Prime Minister abroad receives a Japanese governor; a province's existing ties
    #     are mentioned in passing, but no province takes part: national diplomacy.
    (
        "negative_pm_abroad_hiroshima",
        ("text", """21/05/2023 22:40
Thủ tướng Phạm Minh Chính tiếp Thống đốc tỉnh Hiroshima
(Chinhphu.vn) - Chiều 21/5, tại thành phố Hiroshima, Nhật Bản, nhân dịp tham dự Hội nghị thượng đỉnh G7 mở rộng, Thủ tướng Chính phủ Phạm Minh Chính đã tiếp ông Yuzaki Hidehiko, Thống đốc tỉnh Hiroshima.
Thủ tướng cảm ơn tỉnh Hiroshima đã chu đáo đón tiếp Đoàn đại biểu cấp cao Việt Nam; đề nghị tỉnh Hiroshima tăng cường hợp tác với các địa phương của Việt Nam trong các lĩnh vực công nghiệp chế tạo, đào tạo nguồn nhân lực, nông nghiệp công nghệ cao.
Thống đốc Yuzaki Hidehiko cho biết Hiroshima có khoảng 20.000 người Việt Nam đang sinh sống, học tập và làm việc; tỉnh mong muốn thúc đẩy hợp tác với Việt Nam, trong đó có việc triển khai thỏa thuận hợp tác đã ký với tỉnh Quảng Ninh năm 2022.
Cùng dự có Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn, Bộ trưởng Bộ Kế hoạch và Đầu tư Nguyễn Chí Dũng.
"""),
        dict(is_activity=False),
    ),
    # 18. A landslide and traffic story at a border gate: no foreign-affairs activity.
    (
        "negative_landslide_lao_cai",
        ("text", """Thứ Ba, 05/09/2023 - 10:20
Sạt lở đất gây ách tắc Quốc lộ 4D, hàng hóa qua cửa khẩu Kim Thành bị ảnh hưởng
Do ảnh hưởng của mưa lớn kéo dài từ đêm 3/9, nhiều điểm trên Quốc lộ 4D đoạn qua huyện Bát Xát, tỉnh Lào Cai bị sạt lở, gây ách tắc giao thông cục bộ.
Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, trong 24 giờ qua, lượng mưa tại Lào Cai phổ biến 80 - 150 mm; dự báo mưa lớn còn tiếp diễn đến hết ngày 6/9.
Hàng trăm xe container chở nông sản xuất khẩu sang Trung Quốc phải dừng chờ tại bãi đỗ của cửa khẩu quốc tế Kim Thành. Ông Nguyễn Văn Hải, Giám đốc Sở Giao thông vận tải tỉnh Lào Cai cho biết, lực lượng chức năng đang khẩn trương thông tuyến, dự kiến hoàn thành trong ngày 5/9.
Ban Quản lý Khu kinh tế tỉnh đề nghị các doanh nghiệp theo dõi thông tin, chủ động điều chỉnh kế hoạch vận chuyển hàng hóa.
Minh Khang
"""),
        dict(is_activity=False),
    ),
]


@pytest.mark.parametrize(("source", "exp"), [c[1:] for c in UNSEEN], ids=[c[0] for c in UNSEEN])
def test_unseen_article_is_read_as_a_careful_reader_would(source, exp):
    read_as_expected(source, exp)


def test_talks_between_two_ministries_in_the_capital_are_national_diplomacy():
    text = (
        "Đối thoại Chiến lược Ngoại giao - Quốc phòng Việt Nam - Ấn Độ lần thứ 4\n"
        "Sáng 12/9, tại Hà Nội, Thứ trưởng Bộ Ngoại giao Lê Minh Tân và Thứ trưởng Ngoại giao Ấn Độ Rajiv Kumar "
        "đồng chủ trì Đối thoại. Hai bên nhất trí thúc đẩy thương mại và đầu tư."
    )
    assert classify(text, "2024-09-13") is None
    # The lead's subject is the minister, even when the title does not say it.
    text = (
        "Việt Nam và Chile thúc đẩy hợp tác nông nghiệp\n"
        "(PV) - Chiều 3/4, tại Hà Nội, Thứ trưởng Bộ Ngoại giao Lê Minh Tân đã tiếp Thứ trưởng Ngoại giao Chile "
        "Carlos Rojas. Hai bên trao đổi về hợp tác nông nghiệp."
    )
    assert classify(text, "2024-04-04") is None
    # The capital's own leaders at the table: Hà Nội's activity.
    text = (
        "Việt Nam và Chile thúc đẩy hợp tác nông nghiệp\n"
        "Chiều 3/4, tại Hà Nội, Thứ trưởng Bộ Ngoại giao Lê Minh Tân làm việc với UBND thành phố Hà Nội về "
        "chuẩn bị đón đoàn Chile."
    )
    assert classify(text, "2024-04-04") == "central_delegation"


def test_a_companys_ceremony_after_the_outlets_prefix_and_its_place_is_not_an_activity():
    text = (
        "Khánh thành nhà máy may xuất khẩu\n"
        "(BN) - Sáng 3/6, tại Khu công nghiệp Quế Võ (thị xã Quế Võ), Công ty TNHH May mặc Hưng Thịnh tổ chức lễ "
        "khánh thành nhà máy may xuất khẩu sang Hoa Kỳ. Dự lễ có Phó Chủ tịch UBND tỉnh Bắc Ninh."
    )
    assert classify(text, "2024-06-03") is None


def test_a_ceremony_at_the_provinces_house_or_held_with_it_is_an_activity():
    text = (
        "Bình Định ký kết hợp tác với Đại học Kyungnam\n"
        "Sáng 8/11, tại trụ sở UBND tỉnh, Trường Đại học Kyungnam (Hàn Quốc) và UBND tỉnh Bình Định tổ chức lễ ký "
        "kết biên bản ghi nhớ hợp tác đào tạo nhân lực."
    )
    assert classify(text, "2024-11-09") is not None
    text = (
        "Hội nghị tham vấn với ADB\n"
        "(QNa) - Chiều 20/5, tại Khách sạn Mường Thanh, Ngân hàng Phát triển châu Á (ADB) phối hợp với UBND tỉnh Quảng "
        "Nam tổ chức hội nghị tham vấn dự án."
    )
    assert classify(text, "2024-05-21") is not None


def test_the_capitals_own_leaders_at_a_dialogue_make_it_the_capitals():
    text = (
        "Đối thoại chính sách về phát triển đô thị giữa Hà Nội và Bắc Kinh\n"
        "Sáng 4/4, tại Hà Nội, đoàn đại biểu chính quyền thành phố Bắc Kinh (Trung Quốc) đã có buổi đối thoại về quy "
        "hoạch đô thị với lãnh đạo Thủ đô."
    )
    assert classify(text, "2024-04-05") is not None
    text = (
        "Thứ trưởng Bộ Ngoại giao làm việc về công tác đối ngoại của Thủ đô\n"
        "Chiều 3/4, tại Hà Nội, Thứ trưởng Bộ Ngoại giao Lê Minh Tân làm việc với lãnh đạo Thủ đô về chuẩn bị đón "
        "đoàn Lào."
    )
    assert classify(text, "2024-04-04") == "central_delegation"


def test_the_departments_own_monthly_briefing_is_not_an_activity():
    text = (
        "Sở Ngoại vụ giao ban tháng 3, triển khai nhiệm vụ tháng 4\n"
        "Ngày 2/4/2025, Sở Ngoại vụ tỉnh Hòa Bình tổ chức họp giao ban. Giám đốc Sở yêu cầu các phòng hoàn thành kế "
        "hoạch đón đoàn Lào."
    )
    assert classify(text, "2025-04-02") is None


def test_the_departments_staff_meeting_is_not_an_activity():
    text = (
        "Sở Ngoại vụ tổ chức Hội nghị công chức, viên chức năm 2023\n"
        "Chiều 12/1, Sở Ngoại vụ tỉnh Sóc Trăng tổ chức Hội nghị công chức, viên chức và người lao động năm 2023. Các "
        "đại biểu nghe báo cáo công tác năm 2022, trong đó có việc đón 14 đoàn khách Nhật Bản và Hàn Quốc."
    )
    assert classify(text, "2023-01-13") is None
    text = (
        "Sở Ngoại vụ tổ chức hội nghị viên chức\n"
        "Sáng 9/1, Sở Ngoại vụ tỉnh Quảng Trị tổ chức hội nghị viên chức năm 2024, bàn việc chuẩn bị đón đoàn tỉnh "
        "Savannakhet."
    )
    assert classify(text, "2024-01-10") is None


def test_a_companys_deal_abroad_is_not_the_provinces_activity():
    text = (
        "Doanh nghiệp Cần Thơ ký hợp đồng xuất khẩu thủy sản tại Indonesia\n"
        "Nhân dịp chuyến thăm Indonesia của Chủ tịch nước, tại thủ đô Jakarta ngày 5/3, Công ty cổ phần Thủy sản Mekong "
        "đã ký hợp đồng cung cấp 2.000 tấn cá tra cho một nhà nhập khẩu Indonesia."
    )
    assert classify(text, "2024-03-06") is None
    text = (
        "Doanh nghiệp Hàn Quốc khảo sát đầu tư tại Cần Thơ\n"
        "Ngày 5/3, Phó Chủ tịch UBND thành phố Cần Thơ tiếp đoàn doanh nghiệp Hàn Quốc do Tổng Lãnh sự dẫn đầu."
    )
    assert classify(text, "2024-03-06") == "foreign_delegation"


def test_a_company_visiting_the_province_or_a_briefing_with_a_counterpart_is_an_activity():
    text = (
        "Tập đoàn Lotte (Hàn Quốc) khảo sát đầu tư tại Thanh Hóa\n"
        "Ngày 5/3, lãnh đạo tỉnh Thanh Hóa đã tiếp đoàn công tác Tập đoàn Lotte (Hàn Quốc) do Phó Chủ tịch tập đoàn "
        "dẫn đầu."
    )
    assert classify(text, "2024-03-06") is not None
    text = (
        "Sở Ngoại vụ giao ban với Văn phòng Ngoại vụ châu Hồng Hà\n"
        "Ngày 5/3, Sở Ngoại vụ tỉnh Lào Cai tổ chức buổi giao ban định kỳ với Văn phòng Ngoại vụ châu Hồng Hà, tỉnh "
        "Vân Nam (Trung Quốc)."
    )
    assert classify(text, "2024-03-06") is not None


def test_one_vietnamese_provinces_study_tour_at_another_is_not_an_activity():
    text = (
        "Đoàn công tác tỉnh Yên Bái tìm hiểu mô hình nông nghiệp tại Bến Tre\n"
        "Ngày 9/5, UBND tỉnh Bến Tre tiếp đoàn công tác tỉnh Yên Bái do ông Vũ Thành Nam, Phó Chủ tịch UBND tỉnh "
        "làm trưởng đoàn đến tìm hiểu cách trồng dừa xuất khẩu và đón khách quốc tế."
    )
    assert classify(text, "2024-05-10") is None
    # the same two provinces on their foreign-affairs work, or with a foreign guest, still are
    text = (
        "Sở Ngoại vụ tỉnh Yên Bái trao đổi kinh nghiệm công tác đối ngoại tại Bến Tre\n"
        "Ngày 9/5, UBND tỉnh Bến Tre tiếp đoàn công tác tỉnh Yên Bái đến trao đổi kinh nghiệm công tác đối ngoại."
    )
    assert classify(text, "2024-05-10") is not None


def test_a_festival_or_a_tournament_with_foreign_teams_is_not_an_activity():
    text = (
        "Khai mạc Giải quần vợt quốc tế Cúp Núi Bà Đen\n"
        "Tối 3/6, tại Nhà thi đấu tỉnh Tây Ninh, Sở Văn hóa, Thể thao và Du lịch tổ chức khai mạc giải đấu với "
        "các vận động viên đến từ 8 quốc gia."
    )
    assert classify(text, "2024-06-04") is None
    text = (
        "Lễ hội giao lưu văn hóa hữu nghị Việt - Lào tại Điện Biên\n"
        "Tối 3/6, UBND tỉnh Điện Biên tổ chức lễ hội giao lưu văn hóa hữu nghị với tỉnh Luang Prabang (Lào)."
    )
    assert classify(text, "2024-06-04") is not None


def test_a_notice_of_an_occasion_still_ahead_is_not_an_activity():
    from apps.ingest.extract import extract

    from .docs import make_doc

    text = (
        "Bình Phước sẽ đăng cai Hội nghị hợp tác các tỉnh biên giới Việt Nam - Campuchia\n"
        "Hội nghị dự kiến được tổ chức ngày 20/3/2025 tại thành phố Đồng Xoài, với sự tham dự của lãnh đạo các tỉnh "
        "Kratie, Tbong Khmum (Campuchia)."
    )
    assert not extract(make_doc(text, published="2025-02-10")).is_activity
    # reported afterwards, it is one
    assert extract(make_doc(text.replace(" sẽ", "").replace("dự kiến được", "đã được"), published="2025-03-21")).is_activity


def test_a_business_associations_forum_is_not_an_activity():
    text = (
        "Doanh nghiệp Bình Dương tìm hiểu thị trường Trung Đông\n"
        "Ngày 4/7, tại thành phố Thủ Dầu Một, Hiệp hội Doanh nghiệp tỉnh Bình Dương phối hợp với một ngân hàng tổ "
        "chức diễn đàn kết nối doanh nghiệp với thị trường quốc tế, nhất là Indonesia.\n"
        "Phát biểu tại diễn đàn, Phó Giám đốc Sở Công Thương cho biết kim ngạch xuất khẩu của tỉnh tăng 12%."
    )
    assert classify(text, "2024-07-05") is None


def test_the_ministrys_national_conference_in_the_capital_is_not_hanois():
    text = (
        "Tổng kết công tác ngoại vụ địa phương năm 2024\n"
        "Ngày 19/12, tại Hà Nội, Bộ Ngoại giao tổ chức Hội nghị tổng kết công tác ngoại vụ địa phương với điểm cầu "
        "của các tỉnh, thành phố."
    )
    assert classify(text, "2024-12-20") is None


def test_the_provinces_meeting_on_a_sector_counting_foreign_visitors_is_not_an_activity():
    text = (
        "Quảng Bình triển khai kế hoạch phát triển du lịch năm 2025\n"
        "Ngày 20/1, UBND tỉnh Quảng Bình tổ chức hội nghị tổng kết hoạt động du lịch năm 2024.\n"
        "Năm 2024, tỉnh đón 5 triệu lượt khách, trong đó khách quốc tế đến từ Pháp, Đức và Hàn Quốc tăng mạnh."
    )
    assert classify(text, "2025-01-21") is None


def test_a_feature_on_a_year_is_not_an_activity():
    text = (
        "Đối ngoại Hải Dương năm 2024: Chủ động, linh hoạt, hiệu quả\n"
        "Năm 2024, công tác đối ngoại của tỉnh Hải Dương tiếp tục được triển khai đồng bộ.\n"
        "Ngày 12/5, tỉnh đã tiếp Đại sứ Nhật Bản, mở ra nhiều cơ hội hợp tác."
    )
    assert classify(text, "2024-12-28") is None
    text = (
        "Hội nghị tổng kết công tác đối ngoại năm 2024: Chủ động, linh hoạt\n"
        "Sáng 27/12, UBND tỉnh Hải Dương tổ chức Hội nghị tổng kết công tác đối ngoại năm 2024."
    )
    assert classify(text, "2024-12-28") == "provincial_event"


def test_what_the_narrowing_rules_must_not_drop():
    # a Lao province's delegation named without its country, and a second Vietnamese place
    text = (
        "Quảng Bình tiếp đoàn công tác tỉnh Savannakhet\n"
        "Chiều 9/3, tại thành phố Đồng Hới, Phó Chủ tịch UBND tỉnh Quảng Bình tiếp Đoàn công tác tỉnh Savannakhet do "
        "Phó Tỉnh trưởng dẫn đầu, trên đường từ Quảng Trị về nước."
    )
    assert classify(text, "2024-03-10") == "foreign_delegation"
    # a sector's plan with a foreign region's head
    text = (
        "Phú Yên và vùng Khabarovsk bàn kế hoạch phát triển du lịch năm 2024\n"
        "Chiều 10/4, Chủ tịch UBND tỉnh Phú Yên làm việc với Phó Thống đốc vùng Khabarovsk về kế hoạch phát triển "
        "du lịch giữa hai địa phương."
    )
    assert classify(text, "2024-04-11") is not None
    # the province's delegation at a festival in a foreign capital
    text = (
        "Hội An quảng bá du lịch tại Lễ hội Việt Nam ở Seoul\n"
        "Từ ngày 8 đến 9/6, đoàn công tác tỉnh Quảng Nam do Phó Chủ tịch UBND tỉnh dẫn đầu đã tham gia Lễ hội Việt Nam "
        "tại thủ đô Seoul."
    )
    assert classify(text, "2024-06-10") is not None


def test_a_report_of_a_call_by_an_envoy_leaving_later_is_an_activity():
    from apps.ingest.extract import extract

    from .docs import make_doc

    text = (
        "Lãnh đạo tỉnh tiếp Đại sứ Ấn Độ\n"
        "Chiều qua, Chủ tịch UBND tỉnh Hải Dương đã tiếp Đại sứ Ấn Độ, người sẽ kết thúc nhiệm kỳ công tác tại Việt "
        "Nam vào ngày 30/4 tới."
    )
    assert extract(make_doc(text, published="2024-04-04")).is_activity


def test_a_whole_pages_story_follows_its_headline_not_the_title_line_above_the_widgets():
    page = (
        "Phó Chủ tịch UBND tỉnh tiếp Tổng Lãnh sự Nhật Bản - Cổng thông tin điện tử tỉnh Bình Định\n"
        "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH ĐỊNH\nVăn bản mới\n"
        "512/QĐ-UBND Quyết định phê duyệt Kế hoạch hoạt động đối ngoại năm 2023\n"
        "Phó Chủ tịch UBND tỉnh tiếp Tổng Lãnh sự Nhật Bản\nNgày 15/03/2023\n"
        "Chiều 14/3, tại trụ sở UBND tỉnh, Phó Chủ tịch UBND tỉnh Bình Định Nguyễn Văn An đã tiếp ông Sato Kenji, "
        "Tổng Lãnh sự Nhật Bản tại Đà Nẵng, nhân dịp ông đến chào xã giao sau khi nhận nhiệm sở."
    )
    _cleaned, record = extract_from_text(page, "t.html")
    assert record["is_activity"] and record["kind"] == "foreign_delegation"
    assert record["start_date"] == "2023-03-14" and record["lead"]["name"] == "Sato Kenji"


def test_national_talks_held_in_a_province_are_no_activity_of_it():
    text = (
        "Tham vấn chính trị cấp Thứ trưởng Ngoại giao Việt Nam - Indonesia lần thứ 8\n"
        "VOV.VN - Ngày 6/6/2024, tại thành phố Nha Trang, tỉnh Khánh Hòa, Thứ trưởng Bộ Ngoại giao và Thứ trưởng Ngoại "
        "giao Indonesia đã đồng chủ trì Tham vấn chính trị Việt Nam - Indonesia lần thứ 8."
    )
    assert classify(text, "2024-06-06") is None


def test_talks_where_both_sides_tell_their_half_year_are_an_activity():
    text = (
        "Hội đàm thường niên giữa tỉnh Gia Lai và tỉnh Ratanakiri\n"
        "Trong 2 ngày 14 - 15/6, Đoàn đại biểu cấp cao tỉnh Ratanakiri, Vương quốc Campuchia do Tỉnh trưởng làm "
        "Trưởng đoàn đã đến thăm và hội đàm với lãnh đạo tỉnh Gia Lai. Tại buổi hội đàm, hai bên đã thông báo cho "
        "nhau tình hình kinh tế - xã hội 6 tháng đầu năm."
    )
    assert classify(text, "2024-06-15") == "foreign_delegation"
    # the province's own session on its half-year figures is no foreign-affairs activity
    text = (
        "UBND tỉnh Gia Lai họp phiên thường kỳ tháng 6\n"
        "Ngày 14/6, UBND tỉnh Gia Lai họp đánh giá tình hình kinh tế - xã hội 6 tháng đầu năm, có nội dung về công tác "
        "đối ngoại với Campuchia."
    )
    assert classify(text, "2024-06-15") is None


def test_a_deputy_minister_working_with_the_province_named_by_its_unit_word():
    text = (
        "Thứ trưởng Bộ Ngoại giao làm việc với tỉnh về ngoại giao kinh tế\n"
        "BR-VT - Chiều 9/3, Thứ trưởng Bộ Ngoại giao cùng đoàn công tác đã có buổi làm việc với UBND tỉnh về việc "
        "triển khai công tác ngoại giao kinh tế. Phó Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu báo cáo kết quả."
    )
    assert classify(text, "2023-03-10") == "central_delegation"


def test_a_foreign_chamber_of_commerce_received_is_an_activity():
    text = (
        "Tây Ninh đề nghị EuroCham giới thiệu doanh nghiệp châu Âu\n"
        "Sáng 20/5/2024, Chủ tịch UBND tỉnh Tây Ninh tiếp đoàn Hiệp hội Doanh nghiệp châu Âu tại Việt Nam (EuroCham) "
        "do Chủ tịch EuroCham làm trưởng đoàn, cùng đại diện 15 doanh nghiệp thành viên."
    )
    assert classify(text) == "foreign_delegation"


def test_a_foreign_countrys_news_naming_the_province_in_passing_is_no_activity():
    text = (
        "Lào khởi công cảng cạn Thakhek\n"
        "Viêng Chăn (TTXVN) - Ngày 22/5/2024, tại tỉnh Khăm Muồn, Chính phủ Lào đã tổ chức lễ khởi công cảng cạn "
        "Thakhek.\n"
        "Dự lễ có Phó Thủ tướng Lào và đại diện các nhà đầu tư.\n"
        "Hàng hóa qua cảng sẽ được vận chuyển ra cảng Vũng Áng của tỉnh Hà Tĩnh (Việt Nam) để xuất khẩu."
    )
    assert classify(text) is None


def test_the_ministrys_course_in_the_capital_for_every_province_is_no_activity_of_the_capital():
    text = (
        "Khai giảng Lớp bồi dưỡng kiến thức đối ngoại cho cán bộ địa phương\n"
        "TGVN. Sáng 17/6/2024, tại Hà Nội, Bộ Ngoại giao phối hợp với Học viện Ngoại giao khai giảng Lớp bồi dưỡng "
        "kiến thức đối ngoại cho cán bộ các tỉnh, thành phố.\n"
        "Tham dự có Thứ trưởng Ngoại giao và 160 học viên của 52 tỉnh, thành phố."
    )
    assert classify(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Bộ trưởng Lê Hoài Trung hội đàm Bộ trưởng Ngoại giao Campuchia\nNgày 12/3/2025, tại Hà Nội, Bộ trưởng Ngoại "
        "giao Lê Hoài Trung hội đàm với Bộ trưởng Ngoại giao Campuchia. Hai bên nhất trí thúc đẩy giao thương ở các "
        "tỉnh biên giới như Tây Ninh, An Giang.",
        "Việt Nam, Lào nhất trí tạo thuận lợi cho giao thương ở các tỉnh biên giới\nNgày 12/3/2025, tại Viêng Chăn, hai "
        "Bộ trưởng Công Thương nhất trí mở thêm cửa khẩu, trong đó có cửa khẩu ở tỉnh Quảng Trị.",
        "Bộ Ngoại giao tổng kết công tác đối ngoại địa phương năm 2024\nNgày 12/1/2025, tại Hà Nội, Bộ Ngoại giao tổ "
        "chức Hội nghị tổng kết với đại diện 63 tỉnh, thành phố.\nTại hội nghị, Giám đốc Sở Ngoại vụ tỉnh Quảng Ninh "
        "phát biểu tham luận.",
        "Hơn 30 doanh nghiệp Việt Nam tham gia Hội chợ Thực phẩm Anuga 2025\nNgày 4/10/2025, tại Cologne (Đức), khu gian "
        "hàng Việt Nam do Cục Xúc tiến thương mại tổ chức có doanh nghiệp đến từ Đồng Tháp, Bến Tre tham gia.",
    ],
)
def test_national_diplomacy_and_a_business_or_schools_own_news_are_no_provincial_activity(text):
    assert classify(text) is None


def test_a_country_headlining_a_reception_by_the_provinces_leader_is_an_activity():
    text = (
        "Australia tiếp tục hỗ trợ tỉnh phát triển nguồn nhân lực\n"
        "Sáng 16/5/2024, đồng chí Lê Văn Minh, Phó Chủ tịch Thường trực tỉnh đã tiếp và làm việc với Đại sứ Australia.\n"
        "Tỉnh Thừa Thiên Huế đề nghị Đại sứ quán tiếp tục hỗ trợ học bổng cho sinh viên."
    )
    assert classify(text) == "foreign_delegation"


def test_a_briefing_on_a_trade_agreement_with_the_eu_is_no_activity():
    text = (
        "Phổ biến Hiệp định EVFTA cho doanh nghiệp\n"
        "Sáng 15/6/2024, Sở Công Thương tỉnh Bình Phước tổ chức hội nghị phổ biến Hiệp định Thương mại tự do giữa "
        "Việt Nam và Liên minh châu Âu (EVFTA) cho hơn 100 doanh nghiệp."
    )
    assert classify(text) is None


def test_an_ask_in_the_lead_told_before_the_reception_of_a_mayor_is_an_activity():
    # "tiếp thị" is marketing; "tiếp Thị trưởng" receives the mayor.
    text = (
        "Hải Phòng muốn Kobe chia sẻ kinh nghiệm quản lý cảng biển\n"
        "Chủ tịch UBND thành phố Hải Phòng Lê Văn Tâm đề nghị thành phố Kobe (Nhật Bản) chia sẻ kinh nghiệm quản lý "
        "cảng biển và đào tạo nhân lực.\n"
        "Đề nghị được ông Tâm đưa ra khi tiếp Thị trưởng Kobe cùng phái đoàn, sáng 12/5/2024."
    )
    assert classify(text) == "foreign_delegation"
    assert classify(text.replace("tiếp Thị trưởng Kobe cùng phái đoàn", "bàn về tiếp thị sản phẩm")) is None


def test_a_ministrys_visit_on_a_domestic_matter_is_no_activity_and_a_given_name_is_no_place_abroad():
    # "Trang" is a Thai province and a Vietnamese given name: read as a place only after "tỉnh".
    text = (
        "Cà Mau kiến nghị Trung ương hỗ trợ vốn chống sạt lở bờ biển\n"
        "Chiều 9/8/2023, đoàn công tác của Bộ Nông nghiệp và Phát triển nông thôn đã làm việc với UBND tỉnh về phòng, "
        "chống sạt lở bờ biển. Cùng đi có bà Nguyễn Thu Trang, Cục trưởng Cục Thủy lợi. Tiếp đoàn có ông Lâm Văn Bi, "
        "Phó Chủ tịch UBND tỉnh Cà Mau."
    )
    assert classify(text) is None
    assert classify(text.replace("phòng, chống sạt lở bờ biển", "hợp tác với tỉnh Trang (Thái Lan) về thủy lợi")) \
        == "central_delegation"


def test_a_national_commissions_session_with_no_province_in_its_lead_is_no_activity():
    text = (
        "Phiên họp lần thứ 9 Ủy ban Liên hợp về biên giới Việt Nam – Campuchia\n"
        "Từ ngày 5 đến ngày 7/6/2024, tại thủ đô Phnôm Pênh, Campuchia, đã diễn ra Phiên họp lần thứ 9 Ủy ban Liên hợp.\n"
        "Đoàn Việt Nam do Thứ trưởng Bộ Ngoại giao Trần Văn Khải làm trưởng đoàn.\n"
        "Tham gia đoàn có đại diện các bộ, ngành và các tỉnh biên giới Tây Ninh, Long An, An Giang."
    )
    assert classify(text) is None
    # the province acting in the lead still makes it one
    assert classify(text.replace("Đoàn Việt Nam do", "Đoàn đại biểu tỉnh Tây Ninh tham dự; đoàn Việt Nam do")) is not None


def test_a_ticker_of_other_headlines_above_the_headline_is_furniture():
    text = (
        "Tin mới ▸ Lãnh đạo tỉnh tiếp Tổng Lãnh sự Nhật Bản ▸ Đồng Nai và tỉnh Gyeonggi trao đổi kế hoạch hợp tác\n"
        "Đồng Nai thu hút hơn 1 tỷ USD vốn FDI trong 7 tháng\n"
        "(ĐN) - Theo Sở Tài chính, 7 tháng đầu năm 2025, tỉnh Đồng Nai đã thu hút hơn 1 tỷ USD vốn đầu tư nước ngoài."
    )
    cleaned, record = extract_from_text(text, "t.txt")
    assert "Tin mới" not in cleaned.text and not record["is_activity"]


def test_a_delegations_survey_of_the_border_is_an_activity():
    text = (
        "Ủy ban Biên giới quốc gia khảo sát công tác quản lý biên giới tại tỉnh Gia Lai\n"
        "Từ ngày 6 đến ngày 8/9/2022, đoàn công tác của Ủy ban Biên giới quốc gia đã khảo sát tình hình quản lý biên "
        "giới, mốc giới tại tỉnh Gia Lai."
    )
    assert classify(text) == "central_delegation"
    assert classify("Thị trường nông sản\nSở Công Thương tỉnh Gia Lai khảo sát giá nông sản tại các chợ.") is None


def test_an_embassys_own_event_abroad_and_a_companys_anniversary_in_a_zone_are_no_activities():
    text = (
        "Đại sứ quán Việt Nam tại Hungary tổ chức gặp mặt cộng đồng dịp Tết\n"
        "Ngày 7/2/2026, tại Budapest, Đại sứ quán Việt Nam tại Hungary tổ chức chương trình Xuân Quê hương cho cộng "
        "đồng người Việt. Các gian hàng giới thiệu cà phê Đắk Lắk, nước mắm Phú Quốc thu hút đông khách."
    )
    assert classify(text) is None
    assert classify(text.replace("tổ chức gặp mặt cộng đồng dịp Tết", "tiếp đoàn công tác tỉnh Đắk Lắk")
                    .replace("tổ chức chương trình Xuân Quê hương cho cộng đồng người Việt",
                             "tiếp đoàn công tác tỉnh Đắk Lắk do Phó Chủ tịch UBND tỉnh dẫn đầu")) is not None
    text = (
        "Sanwa Việt Nam kỷ niệm 10 năm thành lập\n"
        "Ngày 5-11-2022, tại Khu công nghiệp Long Hậu (huyện Cần Giuộc, tỉnh Long An), Công ty TNHH Sanwa Việt Nam "
        "tổ chức lễ kỷ niệm 10 năm thành lập. Dự lễ có Chủ tịch Tập đoàn Sanwa (Nhật Bản) và hơn 1.000 công nhân."
    )
    assert classify(text) is None
    text = (
        "Công ty TNHH Sanwa Việt Nam kỷ niệm 10 năm thành lập\n"
        "Ngày 13-10-2022, tại Khu công nghiệp Amata (TP.Biên Hòa), Công ty TNHH Sanwa Việt Nam (100% vốn Nhật Bản) tổ "
        "chức lễ kỷ niệm 10 năm thành lập. Dự lễ có Tổng Lãnh sự Nhật Bản và đại diện Ban Quản lý các khu công nghiệp "
        "tỉnh Đồng Nai."
    )
    assert classify(text) is None


def test_an_undated_feature_on_the_provinces_work_is_no_activity_but_a_pair_of_partners_is():
    text = (
        "Hà Giang: Dấu ấn đối ngoại năm 2024\n"
        "(BHG) - Năm 2024, công tác đối ngoại của tỉnh Hà Giang được triển khai đồng bộ, toàn diện trên cả ba trụ cột.\n"
        "Lãnh đạo tỉnh tiếp đoàn khách quốc tế tại Khu di tích Tân Trào. (Ảnh tư liệu)\n"
        "Trong năm, lãnh đạo tỉnh đã tiếp 26 đoàn khách quốc tế, trong đó có Đại sứ các nước Hàn Quốc, Hungary, Cuba; "
        "tổ chức 3 đoàn công tác đi Hàn Quốc, Nhật Bản và Lào để xúc tiến đầu tư."
    )
    assert classify(text) is None
    text = (
        "Sơn La - Hủa Phăn: Vun đắp tình đoàn kết đặc biệt\n"
        "Chiều nay, Phó Chủ tịch UBND tỉnh Sơn La đã tiếp và làm việc với đoàn đại biểu tỉnh Hủa Phăn (Lào)."
    )
    assert classify(text) == "foreign_delegation"


def test_a_ministers_visit_to_the_provinces_committee_unnamed_in_the_title_is_an_activity():
    text = (
        "Thứ trưởng Bộ Ngoại giao Trần Văn Khoa làm việc với UBND tỉnh\n"
        "Sáng 7/4, tại phường Đồng Hới, Chủ tịch UBND tỉnh đã có buổi làm việc với đoàn công tác Bộ Ngoại giao do "
        "Thứ trưởng Trần Văn Khoa làm trưởng đoàn. Tỉnh Quảng Trị kiến nghị Bộ hỗ trợ tổ chức Lễ hội Vì hòa bình."
    )
    assert classify(text, "2026-04-07") == "central_delegation"


@pytest.mark.parametrize(
    "text",
    [
        # a guidance page, undated
        "Một số lưu ý về lễ tân khi đón tiếp khách nước ngoài\nTrong quá trình tổ chức đón tiếp các đoàn khách quốc "
        "tế đến thăm và làm việc tại tỉnh Bến Tre, các cơ quan cần lưu ý một số nội dung nghiệp vụ lễ tân sau đây.\n"
        "Trong buổi tiếp hoặc hội đàm, trưởng đoàn hai bên ngồi đối diện nhau ở giữa bàn.",
        # a question-and-answer page
        "Hỏi – đáp: Thẩm quyền của chính quyền cấp xã trong hoạt động đối ngoại\nHỏi: Xã có được tiếp và làm việc "
        "với đoàn khách nước ngoài không? Đáp: UBND xã tiếp đoàn khách nước ngoài theo chương trình đã được tỉnh Nghệ "
        "An phê duyệt.",
        # a programme issued, its trips still to come
        "Sơn La ban hành Chương trình hoạt động đối ngoại năm 2027\nNgày 22/12/2026, UBND tỉnh Sơn La ban hành "
        "Chương trình hoạt động đối ngoại năm 2027; tỉnh dự kiến cử đoàn thăm tỉnh Luông Pha Băng (Lào).",
        # a post filled at the department
        "Công bố quyết định bổ nhiệm Giám đốc Sở Ngoại vụ tỉnh Hà Giang\nChiều 14/8, UBND tỉnh Hà Giang tổ chức hội "
        "nghị công bố và trao quyết định về công tác cán bộ tại Sở Ngoại vụ; Phó Chủ tịch UBND tỉnh dự.",
    ],
)
def test_guidance_programmes_and_appointments_are_no_activities(text):
    assert classify(text, "2026-12-23") is None


def test_an_official_documents_number_line_makes_it_a_document():
    text = (
        "ỦY BAN NHÂN DÂN TỈNH HÀ NAM\nSố: 45/KH-UBND\nHà Nam, ngày 05 tháng 3 năm 2024\n"
        "Tổ chức kỷ niệm 10 năm quan hệ hữu nghị giữa tỉnh Hà Nam và tỉnh Gyeongsangnam (Hàn Quốc)\n"
        "Ngày 20/4/2024, tỉnh tổ chức lễ kỷ niệm và đón đoàn tỉnh Gyeongsangnam sang thăm, làm việc."
    )
    _cleaned, record = extract_from_text(text, "t.txt")
    assert record["is_activity"] is False


@pytest.mark.parametrize(
    "text",
    [
        "Bế mạc Đại hội đại biểu Đảng bộ tỉnh Bạc Liêu lần thứ XVI, nhiệm kỳ 2020 - 2025\nSau 3 ngày làm việc khẩn "
        "trương, chiều 14/10, Đại hội đại biểu Đảng bộ tỉnh Bạc Liêu lần thứ XVI đã bế mạc. Dự phiên bế mạc có đoàn "
        "đại biểu tỉnh Kampot (Campuchia) và đại diện Tổng Lãnh sự quán Campuchia.",
        "Hội nghị cán bộ, công chức Sở Ngoại vụ năm 2025\nNgày 8/1, Sở Ngoại vụ tỉnh Hà Giang tổ chức Hội nghị cán bộ, "
        "công chức năm 2025; Giám đốc Sở chủ trì hội nghị và tổng kết công tác đối ngoại.",
        "Lĩnh án vì tổ chức đưa người xuất cảnh trái phép sang Campuchia\nNgày 4/2, TAND tỉnh An Giang mở phiên tòa "
        "xét xử 3 bị cáo về tội tổ chức cho người khác xuất cảnh trái phép; đại diện Sở Ngoại vụ tham dự.",
        "Ủy ban Biên giới quốc gia tổng kết công tác năm 2024\nSáng 17/1, tại Hà Nội, Ủy ban Biên giới quốc gia tổ "
        "chức Hội nghị tổng kết công tác biên giới lãnh thổ, kết nối trực tuyến tới các tỉnh biên giới.",
    ],
)
def test_a_congress_a_staff_meeting_a_trial_and_a_central_bodys_own_review_are_no_activities(text):
    assert classify(text, "2025-01-17") is None


def test_a_congress_only_recalled_in_the_story_leaves_a_visit_an_activity():
    text = (
        "Liên hiệp các tổ chức hữu nghị Việt Nam làm việc với tỉnh Bình Định\n"
        "Ngày 15/10, Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam làm việc với tỉnh Bình Định, chúc mừng thành "
        "công Đại hội đại biểu Đảng bộ tỉnh; tỉnh kiến nghị Liên hiệp giới thiệu các tổ chức phi chính phủ nước ngoài."
    )
    assert classify(text, "2020-10-15") is not None


def test_a_signing_with_a_foreign_province_in_the_headline_is_an_activity():
    text = (
        "Thứ Tư, 04/10/2017 | 08:15\nPhú Yên và tỉnh Tottori (Nhật Bản) ký thỏa thuận hợp tác hữu nghị\n"
        "VOV.VN - Ngày 3/10, tại thành phố Tottori (Nhật Bản), Chủ tịch UBND tỉnh Phú Yên và Phó Thống đốc tỉnh "
        "Tottori đã ký Thỏa thuận hợp tác hữu nghị giữa hai địa phương."
    )
    _cleaned, record = extract_from_text(text, "t.txt")
    assert record["is_activity"] is True and record["kind"] == "outbound_delegation"


@pytest.mark.parametrize(
    "text",
    [
        "Khai mạc Giải Bóng chuyền nữ quốc tế Cúp Hoa Lư 2019\nTối 12/5, tại Nhà thi đấu tỉnh Ninh Bình, Sở Văn hóa, "
        "Thể thao và Du lịch tổ chức lễ khai mạc giải; dự có Phó Chủ tịch UBND tỉnh.",
        "Bế mạc Kỳ họp thứ 9 HĐND tỉnh Bình Phước khóa X\nChiều 7/12, Kỳ họp thứ 9 HĐND tỉnh đã bế mạc, thông qua "
        "nghị quyết về mức chi tiếp khách nước ngoài và hợp tác với các tỉnh Campuchia.",
        "Khánh Hòa đón tàu biển du lịch quốc tế với gần 3.000 du khách\nSáng 17/1, tại cảng Nha Trang, Sở Du lịch tỉnh "
        "Khánh Hòa tổ chức chương trình đón tàu biển du lịch quốc tế mang theo gần 3.000 du khách.",
    ],
)
def test_a_tournament_a_councils_session_and_a_cruise_ships_tourists_are_no_activities(text):
    assert classify(text, "2019-05-13") is None


def test_a_ministers_work_with_the_provinces_party_committee_is_an_activity():
    text = (
        "Thứ trưởng Bộ Ngoại giao làm việc với Ban Thường vụ Tỉnh ủy về công tác biên giới\n"
        "Chiều 18/4, tại trụ sở Tỉnh ủy, Ban Thường vụ Tỉnh ủy làm việc với đoàn công tác Bộ Ngoại giao do "
        "Thứ trưởng làm trưởng đoàn. Tỉnh Cao Bằng kiến nghị Bộ hỗ trợ nâng cấp cặp cửa khẩu Trà Lĩnh - Long Bang."
    )
    assert classify(text, "2019-04-18") == "central_delegation"


def test_a_sidebar_of_dated_links_above_the_story_is_no_list_of_stories():
    text = (
        "Kiên Giang tiếp đoàn tỉnh Kampot\n"
        "» Tiếp Tổng Lãnh sự Campuchia tại TP Hồ Chí Minh\n30/05/2018\n"
        "» Giao ban công tác người Việt Nam ở nước ngoài quý II\n22/05/2018\n"
        "» Hội nghị giao ban công tác biên giới\n18/04/2018\n"
        "Sáng ngày 05/6/2018, tại Văn phòng UBND tỉnh, Phó Chủ tịch UBND tỉnh Kiên Giang đã tiếp và làm việc với đoàn "
        "công tác tỉnh Kampot (Campuchia) do Tỉnh trưởng làm trưởng đoàn."
    )
    _cleaned, record = extract_from_text(text, "t.txt")
    assert record["is_activity"] is True


def test_a_ministrys_exam_inspection_naming_certificates_and_languages_is_not_foreign_affairs():
    text = (
        "Bộ Giáo dục và Đào tạo kiểm tra công tác chuẩn bị thi tại Hà Tĩnh\n"
        "Sáng 20/6, đoàn công tác của Bộ Giáo dục và Đào tạo do Thứ trưởng làm trưởng đoàn đã làm việc với UBND "
        "tỉnh Hà Tĩnh về công tác chuẩn bị kỳ thi tốt nghiệp.\n"
        "Năm nay có 800 thí sinh được miễn thi ngoại ngữ nhờ chứng chỉ quốc tế; số thí sinh dự thi tiếng Nhật, "
        "tiếng Hàn Quốc, tiếng Pháp tăng so với năm trước."
    )
    assert classify(text, "2024-06-20") is None
    # the ministry's visit on the Lao students the province trains is foreign affairs
    text = (
        "Bộ Giáo dục và Đào tạo làm việc với Hà Tĩnh về đào tạo lưu học sinh Lào\n"
        "Sáng 20/6, đoàn công tác của Bộ Giáo dục và Đào tạo do Thứ trưởng làm trưởng đoàn đã làm việc với UBND "
        "tỉnh Hà Tĩnh về đào tạo lưu học sinh Lào theo thỏa thuận hợp tác với tỉnh Bolikhamxay."
    )
    assert classify(text, "2024-06-20") == "central_delegation"


def test_vietnams_ambassador_at_a_locality_abroad_is_not_the_partner_provinces_activity():
    text = (
        "Đại sứ Việt Nam thăm tỉnh Champasak (Lào)\n"
        "Ngày 12/5, Đại sứ Việt Nam tại Lào đã có chuyến thăm và làm việc tại tỉnh Champasak, chào xã giao lãnh "
        "đạo tỉnh bạn.\n"
        "Tỉnh trưởng tỉnh Champasak cho biết tỉnh đang có quan hệ hợp tác tốt đẹp với tỉnh Quảng Nam, Kon Tum."
    )
    assert classify(text, "2023-05-13") is None
    # Vietnam's consul with the province itself is the province's activity
    text = (
        "Tổng Lãnh sự Việt Nam tại Côn Minh làm việc với tỉnh Lào Cai\n"
        "Ngày 12/5, Tổng Lãnh sự Việt Nam tại Côn Minh đã làm việc với UBND tỉnh Lào Cai về hợp tác với Vân Nam."
    )
    assert classify(text, "2023-05-13") is not None


@pytest.mark.parametrize(
    "text",
    [
        # an office's notice of a reception still to come
        "Về việc chuẩn bị đón tiếp Đoàn công tác Tổng Lãnh sự quán Hàn Quốc\n"
        "Căn cứ công văn của Tổng Lãnh sự quán về việc đề nghị bố trí lịch làm việc với lãnh đạo tỉnh Đồng Tháp, Sở "
        "Ngoại vụ thông báo: thời gian dự kiến từ 9 giờ ngày 20/3/2024 tại trụ sở UBND tỉnh.",
        # a list of the province's partners
        "DANH SÁCH CÁC ĐỊA PHƯƠNG NƯỚC NGOÀI ĐÃ KÝ KẾT THỎA THUẬN HỢP TÁC VỚI TỈNH LONG AN\n"
        "Tỉnh Long An đã ký kết thỏa thuận hợp tác với tỉnh Svay Rieng (Campuchia) ngày 12/5/2015 và với tỉnh "
        "Chungcheongnam (Hàn Quốc) ngày 3/10/2019.",
        # a paper's abstract
        "Đối ngoại địa phương trong bối cảnh mới: vấn đề và kiến nghị\n"
        "Tóm tắt: Bài viết phân tích kết quả công tác đối ngoại của các tỉnh biên giới giai đoạn 2016 - 2022 và đề "
        "xuất kiến nghị với Bộ Ngoại giao.\nNgày 12/6/2022, tỉnh Lạng Sơn đã hội đàm với Khu tự trị Quảng Tây.",
        # deputies meeting their voters
        "Đại biểu HĐND tỉnh tiếp xúc cử tri huyện Đồng Văn\n"
        "Ngày 22/6, đoàn đại biểu HĐND tỉnh Hà Giang đã tiếp xúc cử tri; cử tri kiến nghị tỉnh đầu tư chợ biên giới "
        "và đề nghị tổ chức phi chính phủ hỗ trợ nước sạch.",
    ],
)
def test_a_notice_a_list_an_abstract_and_a_voters_meeting_are_no_activities(text):
    assert classify(text, "2024-03-15") is None


@pytest.mark.parametrize(
    "text",
    [
        # a ministry inspecting drought, its deputy minister named like a country ("Minh Đức")
        "Thứ trưởng Bộ Nông nghiệp kiểm tra công tác phòng, chống hạn mặn tại Bến Tre\n"
        "Chiều 3/3, đoàn công tác Bộ Nông nghiệp do Thứ trưởng Trần Minh Đức làm trưởng đoàn đã kiểm tra công tác "
        "phòng, chống hạn mặn tại tỉnh Bến Tre. Các tổ chức quốc tế đã hỗ trợ nước sạch cho người dân.",
        # a ministry working with the province on its administration
        "Thứ trưởng Bộ Nội vụ làm việc với tỉnh về cải cách hành chính\n"
        "Chiều 8/6, đoàn công tác Bộ Nội vụ do Thứ trưởng Nguyễn Thanh Đức làm trưởng đoàn đã làm việc với UBND tỉnh Hà "
        "Nam về cải cách hành chính.",
        # a ministry's inspection of the province's growing areas
        "Thứ trưởng Bộ NN&PTNT kiểm tra vùng trồng xoài xuất khẩu tại Sơn La\n"
        "Ngày 13/5, đoàn công tác Bộ NN&PTNT do Thứ trưởng làm trưởng đoàn đã kiểm tra vùng trồng xoài tại huyện Yên "
        "Châu, tỉnh Sơn La.\nNăm nay, xoài Sơn La đã được xuất khẩu sang Australia và Hàn Quốc.",
        # a count of foreign visitors
        "Khách quốc tế đến Đà Lạt dịp Tết tăng mạnh\n"
        "Trong 5 ngày Tết, Đà Lạt đón hơn 20.000 lượt khách quốc tế, chủ yếu từ Hàn Quốc và Trung Quốc; Sở Du lịch "
        "tỉnh Lâm Đồng tổ chức chương trình chào đón.",
        # a decision announced
        "Công bố quyết định tổ chức lại Văn phòng UBND tỉnh trên cơ sở tiếp nhận nhiệm vụ của Sở Ngoại vụ\n"
        "Ngày 1/3, UBND tỉnh Quảng Ngãi tổ chức hội nghị công bố quyết định; từ nay công tác đối ngoại do Văn phòng "
        "UBND tỉnh tham mưu.",
    ],
)
def test_a_ministrys_domestic_inspection_a_count_of_visitors_and_a_decision_are_no_activities(text):
    assert classify(text, "2024-03-04") is None


def test_a_ministrys_visit_on_border_trade_stays_an_activity():
    text = (
        "Thứ trưởng Bộ Công Thương làm việc với Cao Bằng về phát triển kinh tế cửa khẩu\n"
        "Ngày 6/8, đoàn công tác Bộ Công Thương do Thứ trưởng Hoàng Minh Đức làm trưởng đoàn đã làm việc với UBND tỉnh "
        "Cao Bằng về thương mại biên giới, kinh tế cửa khẩu với Quảng Tây (Trung Quốc)."
    )
    assert classify(text, "2024-08-07") == "central_delegation"


@pytest.mark.parametrize(
    "text",
    [
        # Vietnam's ambassador with a foreign province, no seat written
        "Đại sứ Việt Nam làm việc với lãnh đạo tỉnh Gyeonggi\n"
        "Ngày 11/5, Đại sứ Việt Nam làm việc với Phó Thống đốc tỉnh Gyeonggi về hợp tác địa phương.\n"
        "Gyeonggi hiện có quan hệ hợp tác với các tỉnh Bắc Ninh, Thái Nguyên và Vĩnh Phúc.",
        # resolutions and decisions announced
        "Lai Châu công bố các nghị quyết, quyết định về sắp xếp tổ chức bộ máy\n"
        "Ngày 1/3, UBND tỉnh Lai Châu tổ chức hội nghị; nhiệm vụ đối ngoại của Sở Ngoại vụ chuyển về Văn phòng UBND tỉnh.",
        # a minister inspecting a railway project
        "Bộ trưởng Bộ Xây dựng kiểm tra dự án đường sắt Lào Cai - Hà Nội - Hải Phòng\n"
        "Ngày 1/8, Bộ trưởng Bộ Xây dựng đã kiểm tra công tác chuẩn bị dự án đường sắt và làm việc với UBND tỉnh Lào Cai.\n"
        "Tuyến đường sắt sẽ kết nối với mạng đường sắt Trung Quốc qua ga Hà Khẩu, có chuyên gia nước ngoài tham gia.",
        # the department's charity
        "Sở Ngoại vụ trao quà Tết cho hộ nghèo xã Nghinh Tường\n"
        "Ngày 19/1, đoàn công tác Sở Ngoại vụ tỉnh Thái Nguyên đã trao 50 suất quà Tết cho hộ nghèo, với sự hỗ trợ của "
        "các tổ chức quốc tế.",
    ],
)
def test_an_envoys_call_abroad_decisions_a_works_inspection_and_a_charity_are_no_activities(text):
    assert classify(text, "2025-08-02") is None


@pytest.mark.parametrize(
    "text",
    [
        "Sắp diễn ra Hội nghị Xúc tiến đầu tư Khánh Hòa - Hàn Quốc 2022\n"
        "Hội nghị Xúc tiến đầu tư Khánh Hòa - Hàn Quốc sẽ được UBND tỉnh tổ chức tại Nha Trang với sự tham dự của Tổng Lãnh "
        "sự Hàn Quốc và nhiều doanh nghiệp.\nTrong khuôn khổ hội nghị, lãnh đạo tỉnh sẽ tiếp và làm việc với đoàn doanh "
        "nghiệp tỉnh Gyeonggi.",
        "Thông cáo báo chí về Chương trình giao lưu hữu nghị Việt Nam - Lào\n"
        "UBND tỉnh Điện Biên phối hợp với tỉnh Phông Sa Lỳ (Lào) tổ chức Chương trình giao lưu hữu nghị; đoàn đại biểu "
        "tỉnh bạn sẽ sang thăm và làm việc tại tỉnh.\nHai bên sẽ hội đàm về hợp tác giai đoạn mới.",
        "Thủ tục cho phép tổ chức hội nghị, hội thảo quốc tế thuộc thẩm quyền của Chủ tịch UBND tỉnh\n"
        "Cơ quan, đơn vị gửi hồ sơ đề nghị đến Sở Ngoại vụ tỉnh Bình Phước trước khi tổ chức hội nghị quốc tế; Sở làm việc "
        "với đơn vị tổ chức và trình Chủ tịch UBND tỉnh trong 10 ngày.",
        "Cử tri thị xã Thuận An kiến nghị xử lý ô nhiễm tại doanh nghiệp có vốn nước ngoài\n"
        "Ngày 27/6, đoàn đại biểu HĐND tỉnh Bình Dương đã làm việc với cử tri thị xã Thuận An; cử tri kiến nghị tỉnh xử lý "
        "dứt điểm ô nhiễm tại công ty có vốn đầu tư nước ngoài.",
        "Thứ trưởng Bộ Nội vụ làm việc với Lào Cai về sắp xếp đơn vị hành chính cấp xã\n"
        "Ngày 9/5, đoàn công tác Bộ Nội vụ đã làm việc với UBND tỉnh Lào Cai về sắp xếp đơn vị hành chính.\n"
        "Tỉnh có 8 xã biên giới giáp Trung Quốc.",
    ],
)
def test_a_notice_of_an_occasion_ahead_a_procedure_voters_and_a_ministrys_reorganisation_are_no_activities(text):
    assert classify(text, "2022-11-10") is None




def test_no_leader_body_or_delegation_of_the_province_anywhere_is_no_activity():
    # a foreign NGO's gift to a school, with its volunteers (from a foreign city) and the school's teachers
    text = (
        "Tổ chức thiện nguyện Hàn Quốc trao 150 xe đạp cho học sinh Cam Lộ\n"
        "Sáng 12/10, Tổ chức phi chính phủ Hope Bridge (Hàn Quốc) phối hợp với Trường THCS Cam Thành, huyện Cam Lộ, "
        "tỉnh Quảng Trị tổ chức trao tặng 150 xe đạp cho học sinh. Tham dự có bà Lee Soo-min, Trưởng đại diện tổ "
        "chức tại Việt Nam, 12 tình nguyện viên đến từ thành phố Daegu và đại diện Ban giám hiệu nhà trường."
    )
    assert classify(text, "2023-10-13") is None
    # the province's leader at the handover makes it one
    assert classify(text.replace("đại diện Ban giám hiệu", "Phó Chủ tịch UBND tỉnh Hà Sỹ Đồng"), "2023-10-13")
    # and so does the province met by name: "làm việc với tỉnh Quảng Trị"
    met = "Sáng 12/10, đoàn Tổ chức phi chính phủ Hope Bridge (Hàn Quốc) làm việc với tỉnh Quảng Trị."
    assert classify("Tiêu đề\n" + met, "2023-10-13")


def test_a_companys_chairman_is_no_provincial_actor_in_its_own_deal():
    text = (
        "Doanh nghiệp Hàn Quốc liên doanh xây dựng kho lạnh tại Long An\n"
        "Ngày 5/8, Công ty CP Kho vận Phú An và Tập đoàn Daeho (Hàn Quốc) đã ký kết hợp đồng liên doanh xây dựng kho lạnh tại "
        "huyện Đức Hòa, tỉnh Long An. Phát biểu tại lễ "
        "ký, ông Trần Phú, Chủ tịch HĐQT Công ty Phú An cho biết dự án có vốn 30 triệu USD."
    )
    assert classify(text, "2022-08-06") is None


@pytest.mark.parametrize(
    "title",
    [
        "Tuần tra song phương bảo vệ đường biên, cột mốc",
        "Bộ đội Biên phòng tỉnh diễn tập chống xuất, nhập cảnh trái phép",
    ],
)
def test_a_border_guards_patrol_or_drill_is_no_activity(title):
    text = (
        f"{title}\nNgày 13/9, Đồn Biên phòng Thường Phước (Bộ đội Biên phòng tỉnh Đồng Tháp) phối hợp với Đồn Cảnh sát "
        "biên phòng 915 (tỉnh Prey Veng, Campuchia) tổ chức tuần tra song phương định kỳ trên tuyến biên giới. Hai bên "
        "đã kiểm tra các cột mốc, trao đổi tình hình xuất nhập cảnh trái phép và thống nhất tiếp tục phối hợp."
    )
    assert classify(text, "2025-09-14") is None


def test_the_diplomatic_academys_course_for_all_provinces_in_the_capital_is_no_activity_of_the_capital():
    text = (
        "Khai giảng lớp bồi dưỡng kiến thức đối ngoại cho cán bộ lãnh đạo cấp sở các địa phương\n"
        "Ngày 8/6, tại Hà Nội, Học viện Ngoại giao (Bộ Ngoại giao) khai giảng lớp bồi dưỡng kiến thức, kỹ năng đối "
        "ngoại cho cán bộ lãnh đạo cấp sở, ngành các tỉnh, thành phố năm 2023.\n"
        "Lớp học có 80 học viên là lãnh đạo Sở Ngoại vụ, Sở Công Thương đến từ 25 tỉnh, thành phố, được trang bị kỹ "
        "năng tổ chức hội đàm, đón tiếp đoàn quốc tế."
    )
    assert classify(text, "2023-06-09") is None


def test_the_departments_own_staff_training_on_another_subject_is_no_activity():
    text = (
        "Sở Ngoại vụ tập huấn chuyển đổi số cho cán bộ, công chức\n"
        "Ngày 15/8, Sở Ngoại vụ tỉnh Yên Bái tổ chức tập huấn sử dụng phần mềm quản lý văn bản, chữ ký số cho cán bộ, "
        "công chức của Sở."
    )
    assert classify(text, "2023-08-16") is None
    # its training on foreign-affairs work is the province's event
    assert classify(text.replace("sử dụng phần mềm quản lý văn bản, chữ ký số", "nghiệp vụ lễ tân đối ngoại"), "2023-08-16")


def test_a_ministrys_inspection_of_road_works_to_an_international_airport_is_no_activity():
    text = (
        "Bộ Giao thông vận tải kiểm tra tiến độ các dự án giao thông kết nối Cảng hàng không quốc tế Long Thành\n"
        "Chiều 17-11, đoàn công tác Bộ Giao thông vận tải do Thứ trưởng Lê Đình Tuấn làm trưởng đoàn đã kiểm tra tiến "
        "độ thi công các dự án giao thông kết nối Cảng hàng không quốc tế Long Thành và làm việc với UBND tỉnh Đồng Nai."
    )
    assert classify(text, "2023-11-17") is None


def test_a_hospital_receiving_patients_and_an_address_are_no_acts_of_the_province():
    text = (
        "Du khách Hàn Quốc ngộ độc thực phẩm được cấp cứu kịp thời\n"
        "Tối 2/12, Bệnh viện Đa khoa tỉnh Khánh Hòa tiếp nhận 12 du khách Hàn Quốc bị ngộ độc thực phẩm. Bác sĩ "
        "Nguyễn Văn An cho biết các du khách đã ổn định sức khỏe."
    )
    assert classify(text, "2019-12-03") is None
    # the province's deputies receiving a delegation act for it
    received = "Tiêu đề\nNgày 2/12, Đoàn ĐBQH tỉnh Khánh Hòa tiếp đoàn Nghị sĩ Hàn Quốc đến thăm và làm việc."
    assert classify(received, "2019-12-03")


@pytest.mark.parametrize(
    "text",
    [
        # the province named without its unit word where it acts
        "Đại sứ Australia thăm Cần Thơ\nNgày 6/3, Đại sứ Australia tại Việt Nam Andrew Goledzinowski đã đến thăm và làm "
        "việc tại Cần Thơ. Tại buổi làm việc, phía thành phố giới thiệu tiềm năng hợp tác giáo dục.",
        "Thứ trưởng Bộ Ngoại giao làm việc tại Bình Định\nNgày 5/3, Thứ trưởng Bộ Ngoại giao Đỗ Hùng Việt dẫn đầu đoàn "
        "công tác làm việc tại Bình Định về công tác đối ngoại địa phương. Bình Định báo cáo kết quả công tác đối ngoại.",
        # its mass organisations and its border guard, abbreviated
        "Hội Phụ nữ tỉnh Savannakhet thăm Quảng Trị\nNgày 12/3, đoàn đại biểu Hội Phụ nữ tỉnh Savannakhet (Lào) đã đến "
        "thăm và làm việc với Hội Liên hiệp Phụ nữ tỉnh Quảng Trị.",
        "Đồn Biên phòng Lao Bảo hội đàm với lực lượng bảo vệ biên giới Lào\nNgày 10/4, Đồn Biên phòng Cửa khẩu quốc tế "
        "Lao Bảo (BĐBP Quảng Trị) tổ chức hội đàm với Đại đội bảo vệ biên giới 291 (tỉnh Savannakhet, Lào).",
        # talks that agree on patrols or drills are talks
        "Lãnh đạo Quảng Trị hội đàm với Savannakhet về tuần tra chung\nNgày 5/3, tại thành phố Đông Hà, Phó Chủ tịch "
        "UBND tỉnh Quảng Trị Hà Sỹ Đồng đã hội đàm với Phó Tỉnh trưởng tỉnh Savannakhet (Lào).",
    ],
)
def test_the_province_acting_under_other_names_is_an_activity(text):
    assert classify(text, "2024-03-13")


def test_a_police_raid_and_an_overseas_hometown_associations_gathering_are_no_activities():
    raid = (
        "Kiên Giang: Bắt quả tang 20 người nước ngoài tổ chức đánh bạc qua mạng\n"
        "Ngày 11/6, Công an tỉnh Kiên Giang phối hợp với Sở Ngoại vụ thông báo vụ việc cho Tổng Lãnh sự quán Trung Quốc "
        "tại TP.HCM và tiếp tục làm việc với các đối tượng."
    )
    assert classify(raid, "2024-06-12") is None
    gathering = (
        "Hội đồng hương Quảng Bình tại Hàn Quốc gặp mặt cuối năm\n"
        "Ngày 17/12, tại thành phố Suwon (Hàn Quốc), Hội đồng hương Quảng Bình tại Hàn Quốc tổ chức gặp mặt. Ông Lê Văn "
        "Lực, Chủ tịch Hội đồng hương Quảng Bình tại Hàn Quốc cho biết Hội đã hỗ trợ hàng trăm hội viên."
    )
    assert classify(gathering, "2023-12-18") is None


def test_a_provincial_leader_chairing_the_provinces_own_meeting_is_no_activity_even_under_a_publication_line():
    text = (
        "Tháo gỡ vướng mắc giải phóng mặt bằng Khu công nghiệp Phú Tân mở rộng\n"
        "Cập nhật lúc 09:10, Thứ Hai, 14/10/2019\n"
        "Chiều 14/10, Phó Chủ tịch UBND tỉnh Bình Phước Trần Văn Lâm chủ trì cuộc họp nghe báo cáo tiến độ bồi "
        "thường, giải phóng mặt bằng dự án Khu công nghiệp Phú Tân mở rộng.\n"
        "Đại diện chủ đầu tư cho biết, nhiều nhà đầu tư nước ngoài đến từ Nhật Bản, Hàn Quốc đã đăng ký thuê đất."
    )
    assert extract_from_text(text, "t.txt")[1]["is_activity"] is False
    # (a meeting of the province's own on a foreign guest's visit is its foreign-affairs work)
    text = (
        "Chuẩn bị đón Đoàn đại biểu tỉnh Xiêng Khoảng\nCập nhật lúc 09:10, Thứ Hai, 14/10/2019\n"
        "Chiều 14/10, Phó Chủ tịch UBND tỉnh Nghệ An Lê Văn Bình chủ trì cuộc họp chuẩn bị đón Đoàn đại biểu tỉnh "
        "Xiêng Khoảng (Lào) sang thăm và làm việc tại tỉnh.\nCác sở, ngành báo cáo công tác lễ tân, hậu cần."
    )
    assert extract_from_text(text, "t.txt")[1]["is_activity"] is True


def test_a_foreign_foundations_handover_at_a_school_is_no_activity():
    text = (
        "Quỹ từ thiện Nhật Bản trao tặng phòng học cho học sinh huyện Sơn Tây\n"
        "Báo Quảng Ngãi - Thứ Hai, 18/11/2019, 10:02\n"
        "Sáng 18/11, Quỹ Hoa Anh Đào (Nhật Bản) phối hợp với Trường Tiểu học Sơn Dung tổ chức lễ bàn giao dãy phòng "
        "học cho học sinh xã Sơn Dung.\nCông trình do các nhà hảo tâm tỉnh Aichi (Nhật Bản) quyên góp. Dự lễ có ông "
        "Đinh Văn Tú, Chủ tịch UBND xã Sơn Dung."
    )
    assert classify(text) is None


def test_a_national_leaders_talks_with_a_foreign_provinces_party_secretary_are_no_provinces_activity():
    text = (
        "Phó Chủ tịch nước thăm và làm việc tại tỉnh Vân Nam, Trung Quốc\n"
        "Ngày 22/9, Phó Chủ tịch nước Lê Thị Hoa đã hội kiến Bí thư Tỉnh ủy Vân Nam Lý Kiến Quốc tại thành phố Côn Minh.\n"
        "Bí thư Lý Kiến Quốc cho biết Vân Nam coi trọng quan hệ với các tỉnh biên giới như Lào Cai, Hà Giang."
    )
    assert extract_from_text(text, "t.txt")[1]["is_activity"] is False


@pytest.mark.parametrize("text", [
    "Đoàn công tác tỉnh Quảng Trị làm việc với Quỹ Châu Á tại Hoa Kỳ\nNgày 12/9, tại thành phố San Francisco (Hoa Kỳ), "
    "Quỹ Châu Á đã đón đoàn công tác tỉnh Quảng Trị do Phó Chủ tịch UBND tỉnh Hoàng Nam dẫn đầu.",
    "Quảng Trị ký kết hợp tác với Quỹ Korea Foundation (Hàn Quốc)\nChiều 20/6, Quỹ Korea Foundation (Hàn Quốc) tổ chức lễ "
    "ký kết biên bản ghi nhớ hợp tác giai đoạn 2024 - 2026 với UBND tỉnh Quảng Trị.",
])
def test_a_foundations_talks_or_signing_with_the_province_are_activities(text):
    assert extract_from_text(text + "\nTỉnh đề nghị Quỹ hỗ trợ tỉnh mở lớp đào tạo tiếng Hàn.", "t.txt")[1]["is_activity"] is True


@pytest.mark.parametrize("text", [
    "Tỉnh Nam Định gặp mặt kiều bào về quê đón Tết\nChiều 5/1, Phó Chủ tịch UBND tỉnh Nam Định Lê Văn Hòa chủ trì buổi "
    "họp mặt người Việt Nam ở nước ngoài về quê đón Tết.",
    "Tỉnh Quảng Bình họp với các tổ chức quốc tế về khắc phục lũ lụt\nChiều 5/10, Phó Chủ tịch UBND tỉnh Quảng Bình Lê "
    "Văn Hòa chủ trì cuộc họp với đại diện các tổ chức quốc tế về hỗ trợ khắc phục hậu quả lũ lụt.",
    "Tỉnh Bà Rịa - Vũng Tàu họp với Tập đoàn Hyosung (Hàn Quốc)\nChiều 5/10, Phó Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu Lê "
    "Văn Hòa chủ trì buổi họp với Tập đoàn Hyosung (Hàn Quốc) về dự án mở rộng.",
])
def test_a_provincial_leader_chairing_a_meeting_with_a_foreign_side_is_an_activity(text):
    assert extract_from_text(text + "\nHai bên trao đổi về hợp tác.", "t.txt")[1]["is_activity"] is True


@pytest.mark.parametrize("text", [
    # a foreign company's ceremony, told after a sapo on its figures
    "Tập đoàn Pfeiffer Textil khánh thành nhà máy tại Long An\n15/09/2023, 10:20\nNhà máy có công suất 30 triệu sản "
    "phẩm mỗi năm, tạo việc làm cho khoảng 1.200 lao động địa phương.\nNgày 14/9, Công ty TNHH Pfeiffer Textil Việt Nam, "
    "thuộc tập đoàn Pfeiffer (Đức), đã tổ chức lễ khánh thành nhà máy tại Khu công nghiệp Đức Hòa, tỉnh Long An.\nPhó Chủ "
    "tịch UBND tỉnh Long An Nguyễn Minh Lâm dự lễ và phát biểu chúc mừng, đề nghị công ty tuyển dụng lao động địa phương.",
    # the department's own paperwork
    "Sở Ngoại vụ rà soát, chuẩn hóa bộ thủ tục hành chính năm 2024\nCập nhật ngày: 06/04/2024\nSáng 6/4, Sở Ngoại vụ tỉnh "
    "Yên Bái tổ chức cuộc họp rà soát bộ thủ tục hành chính về tổ chức hội nghị quốc tế và cử cán bộ đi nước ngoài.",
    # a year's feature whose headline opens with it
    "Năm 2024: Dấu ấn đối ngoại của vùng đất Cố đô\nThứ Hai, 30/12/2024 - 15:00\nNăm 2024, công tác đối ngoại của tỉnh "
    "Ninh Bình được triển khai toàn diện, tỉnh đã đón 80 đoàn khách quốc tế.\nNgày 12/3/2024, Chủ tịch UBND tỉnh tiếp đoàn tỉnh "
    "Gunma (Nhật Bản) đến thăm và làm việc.",
])
def test_a_company_ceremony_after_a_sapo_the_departments_paperwork_and_a_years_feature(text):
    assert extract_from_text(text, "t.txt")[1]["is_activity"] is False


def test_the_province_hosting_a_companys_ceremony_after_a_sapo_is_still_its_activity():
    text = ("Long An tiếp đoàn tập đoàn Pfeiffer (Đức)\n15/09/2023, 10:20\nTập đoàn dự kiến mở rộng đầu tư thêm 50 triệu USD "
            "trong hai năm tới.\nNgày 14/9, tại trụ sở UBND tỉnh, Chủ tịch UBND tỉnh Long An Nguyễn Văn Út tiếp đoàn công tác "
            "tập đoàn Pfeiffer (Đức) do ông Hans Weber làm trưởng đoàn.")
    assert extract_from_text(text, "t.txt")[1]["is_activity"] is True


@pytest.mark.parametrize("text", [
    "Tạm hoãn đón Đoàn công tác thành phố Gimhae (Hàn Quốc)\nCập nhật: 14/02/2020 15:20\n(PY) - UBND tỉnh Phú Yên vừa có văn "
    "bản về việc tạm hoãn chương trình đón Đoàn công tác thành phố Gimhae dự kiến sang thăm và làm việc tại tỉnh từ ngày "
    "24 đến 26/2/2020.",
    "Du lịch Quảng Nam góp mặt tại Hội chợ ITB Berlin 2019\n11/03/2019 - 14:00\nTừ ngày 6 đến 10/3, Hiệp hội Du lịch tỉnh "
    "Quảng Nam cùng 6 doanh nghiệp lữ hành của tỉnh đã tham gia Hội chợ Du lịch quốc tế ITB Berlin 2019 tại Đức. Chủ tịch "
    "Hiệp hội Du lịch tỉnh cho biết thị trường Đức có nhiều tiềm năng. Tại gian hàng, các doanh nghiệp đã gặp gỡ, làm việc "
    "với nhiều hãng lữ hành quốc tế.",
])
def test_a_visit_called_off_and_the_provinces_firms_at_a_fair_abroad(text):
    assert extract_from_text(text, "t.txt")[1]["is_activity"] is False


def test_the_provinces_delegation_at_a_fair_abroad_is_an_outbound_trip():
    text = ("Quảng Nam xúc tiến du lịch tại Hội chợ ITB Berlin 2019\n11/03/2019 - 14:00\nTừ ngày 6 đến 10/3, đoàn công tác "
            "tỉnh Quảng Nam do Phó Chủ tịch UBND tỉnh Trần Văn Tân dẫn đầu cùng 6 doanh nghiệp đã tham gia Hội chợ Du lịch "
            "quốc tế ITB Berlin 2019 và làm việc với Đại sứ quán Việt Nam tại Đức.")
    record = extract_from_text(text, "t.txt")[1]
    assert record["is_activity"] is True and record["kind"] == "outbound_delegation"


@pytest.mark.parametrize("text", [
    # the department's talks with a foreign side on paperwork
    "Sở Ngoại vụ Bắc Giang và Tổng Lãnh sự quán Hàn Quốc trao đổi về thủ tục hành chính cho lao động\nThứ Ba, 12/03/2024 - "
    "09:15\nSáng 11/3, Giám đốc Sở Ngoại vụ Bắc Giang Nguyễn Văn Lâm tiếp ông Kim Jin-ho, Tổng Lãnh sự Hàn Quốc tại Hà Nội.",
    # a headline opening with "Hủy bỏ" that goes on to talks held
    "Hủy bỏ giấy phép cũ, Lạng Sơn và Quảng Tây hội đàm về cửa khẩu\nThứ Ba, 12/03/2024 - 09:15\nSáng 11/3, Phó Chủ tịch UBND "
    "tỉnh Lạng Sơn Đoàn Thu Hà hội đàm với đoàn công tác Khu tự trị dân tộc Choang Quảng Tây.",
    # firms at a fair abroad with the province's delegation named in the next sentence
    "Doanh nghiệp Quảng Nam tại Hội chợ ITB Berlin\n11/03/2019 - 14:00\nTừ ngày 6 đến 10/3, Hiệp hội Du lịch tỉnh Quảng Nam cùng "
    "6 doanh nghiệp đã tham gia Hội chợ Du lịch quốc tế ITB Berlin.\nĐoàn công tác của tỉnh do Phó Chủ tịch UBND tỉnh Trần Văn "
    "Tân dẫn đầu đã làm việc với Đại sứ quán Việt Nam tại Đức.",
    # a reception in the undated sapo, then a company's ceremony in the dated sentence
    "Long An tiếp đoàn tập đoàn Pfeiffer (Đức)\n15/09/2023, 10:20\nChủ tịch UBND tỉnh Long An Nguyễn Văn Út đã tiếp đoàn công tác "
    "tập đoàn Pfeiffer (Đức) do ông Hans Weber làm trưởng đoàn.\nNgày 14/9, Công ty TNHH Pfeiffer Việt Nam tổ chức lễ khởi "
    "công nhà máy thứ hai tại Khu công nghiệp Đức Hòa.",
    # a headline opening with the year, then an occasion
    "Năm 2025: Đoàn công tác tỉnh Quảng Trị thăm và làm việc tại tỉnh Savannakhet\nThứ Ba, 12/03/2025 - 09:15\nTrong chuyến "
    "công tác, đoàn đã hội đàm với lãnh đạo tỉnh Savannakhet và ký biên bản ghi nhớ ngày 11/3.",
])
def test_look_alikes_of_this_sessions_negatives_stay_activities(text):
    assert extract_from_text(text, "t.txt")[1]["is_activity"] is True


def test_a_national_leader_receiving_in_the_capital_named_as_the_venue():
    text = ("Phó Chủ tịch nước tiếp Đại sứ Mông Cổ chào từ biệt\nThứ Hai, 05/06/2023 18:20\nChiều 5/6, tại Phủ Chủ tịch, Thủ đô "
            "Hà Nội, Phó Chủ tịch nước Võ Thị Ánh Xuân đã tiếp Đại sứ Mông Cổ đến chào từ biệt nhân dịp kết thúc nhiệm kỳ.")
    assert extract_from_text(text, "t.txt")[1]["is_activity"] is False
    # the capital's own leaders receiving are its activity
    text = ("Hà Nội tiếp Đại sứ Mông Cổ chào từ biệt\nThứ Hai, 05/06/2023 18:20\nChiều 5/6, tại trụ sở UBND Thủ đô Hà Nội, Chủ "
            "tịch UBND thành phố Hà Nội Trần Sỹ Thanh đã tiếp Đại sứ Mông Cổ đến chào từ biệt.")
    assert extract_from_text(text, "t.txt")[1]["is_activity"] is True


def test_a_count_of_visitors_in_the_headline_is_no_activity():
    text = ("Hà Giang đón hơn 45.000 lượt khách quốc tế dịp Tết Giáp Thìn\n19/02/2024 09:05\n(HG) - Theo Sở Du lịch, trong 9 ngày "
            "nghỉ Tết, tỉnh đón khoảng 300.000 lượt khách. Chiều 15/2, Phó Chủ tịch UBND tỉnh Hà Giang tiếp và tặng quà đoàn "
            "khách du lịch Hàn Quốc đầu tiên đến tỉnh.")
    assert extract_from_text(text, "t.txt")[1]["is_activity"] is False
    # a delegation received is still one
    text = ("Hà Giang đón đoàn khách quốc tế của tỉnh Vân Nam\n19/02/2024 09:05\nChiều 15/2, Phó Chủ tịch UBND tỉnh Hà Giang tiếp "
            "đoàn công tác tỉnh Vân Nam (Trung Quốc) do ông Lý Minh làm trưởng đoàn.")
    assert extract_from_text(text, "t.txt")[1]["is_activity"] is True


def test_a_ministrys_visit_on_coastal_erosion_is_no_foreign_affairs():
    text = ("Bộ Tài nguyên và Môi trường làm việc với tỉnh Bạc Liêu về tình trạng sạt lở bờ biển\nCập nhật: 23/11/2019 17:12\n"
            "Chiều 23/11, đoàn công tác Bộ Tài nguyên và Môi trường do Thứ trưởng Lê Công Thành làm trưởng đoàn đã làm việc với "
            "UBND tỉnh Bạc Liêu về tình hình sạt lở bờ biển.\nTỉnh đã tranh thủ nguồn vốn do Ngân hàng Thế giới tài trợ để xây "
            "kè. Phó Chủ tịch UBND tỉnh kiến nghị Bộ hỗ trợ kinh phí xây dựng các đoạn kè cấp bách.")
    assert extract_from_text(text, "t.txt")[1]["is_activity"] is False


def test_a_reception_told_as_yesterday_is_an_activity():
    text = ("Bạc Liêu mong muốn hợp tác với bang Victoria\nThứ Ba, 12/03/2024 07:00\nHôm qua, Phó Chủ tịch UBND tỉnh Lê Văn Sỹ "
            "tiếp bà Sarah Hooper, Tổng Lãnh sự Australia tại TP Hồ Chí Minh đến thăm tỉnh.\nPhó Chủ tịch đề nghị Tổng Lãnh sự "
            "quán hỗ trợ kết nối tỉnh với bang Victoria.")
    assert extract_from_text(text, "t.txt")[1]["is_activity"] is True


def test_a_recent_reception_with_a_look_back_in_its_second_sentence_is_an_activity():
    text = ("Yên Bái đề nghị Plan International mở rộng hỗ trợ\nMới đây, tại trụ sở UBND tỉnh, Phó Chủ tịch UBND tỉnh Vũ Thị "
            "Hiền Hạnh đã tiếp đoàn công tác tổ chức Plan International do bà Mary Ellen làm trưởng đoàn.\nThời gian qua, Plan "
            "International đã triển khai nhiều dự án nước sạch tại huyện Văn Chấn.\nPhó Chủ tịch đề nghị tổ chức mở rộng địa "
            "bàn hỗ trợ sang huyện Mù Cang Chải.")
    assert extract_from_text(text, "t.txt")[1]["is_activity"] is True


def test_a_ministrys_session_on_the_provinces_master_plan_is_no_foreign_affairs():
    text = ("Thứ trưởng Bộ Kế hoạch và Đầu tư làm việc với Bến Tre về quy hoạch tỉnh\n10/09/2021 - 16:00\nSáng 10-9, đoàn công "
            "tác Bộ Kế hoạch và Đầu tư do Thứ trưởng Trần Quốc Phương làm trưởng đoàn đã làm việc với UBND tỉnh Bến Tre về "
            "tiến độ lập Quy hoạch tỉnh thời kỳ 2021 - 2030.\nChủ tịch UBND tỉnh đề nghị Bộ hỗ trợ tỉnh kêu gọi nguồn vốn ODA "
            "cho dự án cảng biển.")
    assert extract_from_text(text, "t.txt")[1]["is_activity"] is False


def test_the_ministrys_conference_where_provinces_speak_is_none_of_theirs():
    text = ("Nâng cao chất lượng công tác lãnh sự tại các địa phương\nThứ Năm, 14/12/2023 17:20\nTGVN. Ngày 14/12, tại Hà Nội, Bộ "
            "Ngoại giao tổ chức Hội nghị tổng kết công tác lãnh sự năm 2023 với sự tham dự của đại diện 63 tỉnh, thành phố.\n"
            "Phát biểu tại Hội nghị, Giám đốc Sở Ngoại vụ tỉnh Khánh Hòa Nguyễn Văn Hòa kiến nghị Bộ tăng cường tập huấn về "
            "bảo hộ công dân.")
    assert extract_from_text(text, "t.txt")[1]["is_activity"] is False


def test_a_departments_booth_at_a_fair_at_home_is_no_activity():
    text = ("Phú Yên quảng bá du lịch tại Hội chợ Du lịch quốc tế Việt Nam 2023\n14/04/2023 | 08:10\n(PY) - Từ ngày 13 đến 16/4, "
            "Sở Văn hóa, Thể thao và Du lịch tỉnh tham gia Hội chợ Du lịch quốc tế Việt Nam (VITM) 2023 tại Cung Văn hóa Hữu "
            "nghị Hà Nội.\nGian hàng của tỉnh giới thiệu các sản phẩm du lịch biển đảo và đã đón nhiều doanh nghiệp lữ hành "
            "quốc tế đến từ Hàn Quốc, Nhật Bản.")
    assert extract_from_text(text, "t.txt")[1]["is_activity"] is False
    # (a foreign side met there makes one: "... và làm việc với đoàn doanh nghiệp lữ hành tỉnh Gyeonggi")
    text = text.replace("tại Cung Văn hóa Hữu nghị Hà Nội.", "tại Hà Nội và làm việc với đoàn doanh nghiệp lữ hành tỉnh "
                        "Gyeonggi (Hàn Quốc).")
    assert extract_from_text(text, "t.txt")[1]["is_activity"] is True


def test_a_places_foreign_affairs_of_a_whole_year_is_a_feature():
    text = ("Đắk Lắk: Dấu ấn đối ngoại năm 2018\n(ĐL) - Năm 2018, công tác đối ngoại của tỉnh tiếp tục được triển khai toàn "
            "diện.\nTrong năm, lãnh đạo tỉnh đã tiếp 60 đoàn khách quốc tế, trong đó có nhiều đoàn cấp cao như đoàn Đại sứ "
            "Pháp (tháng 5), đoàn tỉnh Mondulkiri (Campuchia) (ngày 14/8).")
    assert extract_from_text(text, "t.txt")[1]["is_activity"] is False


def test_the_departments_training_of_its_staff_on_office_software_is_no_activity():
    text = ("Sở Ngoại vụ Quảng Bình tập huấn sử dụng chữ ký số và phần mềm quản lý văn bản\nNgày 12/10/2023, Sở Ngoại vụ Quảng "
            "Bình tổ chức lớp tập huấn sử dụng chữ ký số cho toàn thể cán bộ, công chức của Sở.\nPhát biểu khai mạc, Phó Giám "
            "đốc Sở Ngoại vụ nhấn mạnh yêu cầu cải cách hành chính.")
    assert extract_from_text(text, "t.txt")[1]["is_activity"] is False


def test_a_departments_study_tour_at_another_provinces_department_is_no_activity():
    text = ("Sở Ngoại vụ tỉnh Gia Lai học tập kinh nghiệm tại Khánh Hòa\nSỞ NGOẠI VỤ TỈNH GIA LAI\nGiới thiệu | Tin tức - Sự "
            "kiện | Văn bản | Liên hệ\nTừ ngày 10 đến ngày 12/6/2024, đoàn công tác Sở Ngoại vụ tỉnh Gia Lai do Phó Giám đốc Sở "
            "làm trưởng đoàn đã đến thăm và học tập kinh nghiệm tại Sở Ngoại vụ tỉnh Khánh Hòa.\nHai bên trao đổi kinh nghiệm "
            "về cải cách hành chính, số hóa hồ sơ lưu trữ.")
    assert extract_from_text(text, "t.txt")[1]["is_activity"] is False


def test_a_race_whose_runners_come_from_abroad_is_no_activity():
    text = ("Hơn 5.000 vận động viên tranh tài tại Giải Marathon Hạ Long 2024\n(QN) - Sáng 5/5/2024, tại thành phố Hạ Long, Giải "
            "chạy Marathon Hạ Long 2024 đã diễn ra với sự tham gia của hơn 5.000 vận động viên, trong đó có 300 vận động viên "
            "quốc tế đến từ 20 quốc gia như Kenya, Nhật Bản, Pháp.\nPhó Chủ tịch UBND tỉnh Quảng Ninh phát lệnh xuất phát. Giải được "
            "tổ chức ở 4 cự ly, chạy qua các tuyến phố ven vịnh.")
    assert extract_from_text(text, "t.txt")[1]["is_activity"] is False


def test_greetings_to_the_provinces_own_border_guards_are_no_activity_and_to_the_neighbours_are():
    text = ("Bí thư Tỉnh ủy thăm, chúc Tết cán bộ, chiến sĩ biên phòng và người dân khu vực biên giới\nSáng 20/1/2023, Bí thư "
            "Tỉnh ủy Đồng Tháp dẫn đầu đoàn công tác của tỉnh đến thăm, chúc Tết cán bộ, chiến sĩ Đồn Biên phòng cửa khẩu quốc "
            "tế Thường Phước và tặng quà hộ nghèo.\nBí thư ghi nhận kết quả bảo vệ chủ quyền an ninh biên giới của đơn vị.")
    assert extract_from_text(text, "t.txt")[1]["is_activity"] is False
    text = ("Bí thư Tỉnh ủy thăm, chúc Tết Bunpimay lãnh đạo và nhân dân tỉnh Hủa Phăn\nSáng 10/4/2023, Bí thư Tỉnh ủy Thanh Hóa "
            "dẫn đầu đoàn công tác của tỉnh đến thăm, chúc Tết Bunpimay lãnh đạo và nhân dân tỉnh Hủa Phăn (Lào).")
    assert extract_from_text(text, "t.txt")[1]["is_activity"] is True


def test_a_course_held_on_a_years_foreign_affairs_is_still_an_activity():
    text = ("Quảng Bình: Tập huấn nghiệp vụ công tác đối ngoại năm 2024\nNgày 8/8/2024, Sở Ngoại vụ tỉnh Quảng Bình phối hợp "
            "với Bộ Ngoại giao tổ chức lớp tập huấn nghiệp vụ công tác đối ngoại cho 120 cán bộ. Phó Chủ tịch UBND tỉnh dự.")
    assert extract_from_text(text, "t.txt")[1]["is_activity"] is True


def test_a_sapo_counting_the_years_delegations_over_its_review_conferences_dated_lead_is_an_activity():
    text = ("Lai Châu tổng kết công tác đối ngoại năm 2019\n08/01/2020 18:22 GMT+07\nNăm 2019, tỉnh Lai Châu đã tổ chức 30 đoàn "
            "ra và đón 65 đoàn vào; quan hệ với tỉnh Vân Nam (Trung Quốc) tiếp tục được củng cố.\nLai Châu (TTXVN) - Ngày 8/1, "
            "Sở Ngoại vụ tỉnh Lai Châu tổ chức hội nghị tổng kết công tác đối ngoại năm 2019. Phó Chủ tịch UBND tỉnh dự.")
    record = extract_from_text(text, "t.txt")[1]
    assert record["is_activity"] is True and record["start_date"] == "2020-01-08"


def test_two_way_trade_through_the_gates_is_no_yesterday():
    from apps.ingest.extract import activity

    assert not activity._RECENT.search("Kim ngạch xuất nhập khẩu hai chiều qua các cửa khẩu tăng 20%.")
    assert activity._RECENT.search("Chiều qua, Phó Chủ tịch UBND tỉnh tiếp Tổng Lãnh sự Nhật Bản.")
    assert activity._RECENT.search("Chiều qua (16/10), Phó Chủ tịch UBND tỉnh tiếp Tổng Lãnh sự Nhật Bản.")


def test_the_ministrys_conference_the_city_co_chairs_is_the_citys_too():
    text = ("Hội nghị về công tác người Việt Nam ở nước ngoài khu vực miền Trung\n14/12/2023 17:20\nNgày 14/12, tại Đà Nẵng, Bộ "
            "Ngoại giao tổ chức Hội nghị về công tác người Việt Nam ở nước ngoài khu vực miền Trung.\nChủ tịch UBND thành phố Đà "
            "Nẵng Lê Trung Chinh và Thứ trưởng Bộ Ngoại giao đồng chủ trì Hội nghị.")
    assert extract_from_text(text, "t.txt")[1]["is_activity"] is True


def test_a_readers_question_and_the_offices_answer_is_a_guidance_page():
    text = ("Hỏi đáp về đón khách nước ngoài\nNgày đăng: 02/05/2024\nHỏi: Công ty chúng tôi muốn mời một đoàn đối tác Nhật Bản "
            "đến làm việc tại tỉnh Yên Bái vào tháng 7. Xin hỏi cần làm thủ tục gì?\nTrả lời: Theo quy chế của UBND tỉnh, đơn "
            "vị mời đoàn gửi văn bản tới Sở Ngoại vụ trước 7 ngày làm việc. Năm 2023, tỉnh đã đón 60 đoàn khách nước ngoài và "
            "hội đàm với chính quyền châu Hồng Hà.")
    assert extract_from_text(text, "t.txt")[1]["is_activity"] is False


def test_a_staff_unions_congress_and_a_sales_conference_for_farm_produce_are_no_activities():
    union = ("Đại hội Công đoàn cơ sở Sở Ngoại vụ nhiệm kỳ 2023 - 2028\nChiều 12/4/2023, Công đoàn cơ sở Sở Ngoại vụ tỉnh Nghệ An "
             "tổ chức Đại hội lần thứ V. Dự Đại hội có đồng chí Lê Văn Hà, Giám đốc Sở Ngoại vụ. Công đoàn đã phối hợp với lãnh "
             "đạo Sở phục vụ tốt các đoàn khách quốc tế đến thăm tỉnh.")
    assert extract_from_text(union, "t.txt")[1]["is_activity"] is False
    produce = ("Hội nghị triển khai tiêu thụ vải thiều sang các thị trường xuất khẩu năm 2023\nSáng 10/5/2023, UBND tỉnh Bắc "
               "Giang tổ chức hội nghị triển khai tiêu thụ vải thiều. Đồng chí Lê Ô Pích, Phó Chủ tịch UBND tỉnh chủ trì. Tỉnh "
               "đã được cấp mã số vùng trồng để xuất khẩu sang Nhật Bản, Hoa Kỳ và Trung Quốc.")
    assert extract_from_text(produce, "t.txt")[1]["is_activity"] is False


def test_vietnams_consul_calling_on_a_foreign_leader_whose_titles_name_a_party_committee_is_none_of_the_provinces():
    text = (
        "Người Việt bốn phương | Cộng đồng\nTổng Lãnh sự Việt Nam tại Luông Pha Băng chào xã giao lãnh đạo tỉnh Phông Sa Lỳ\n"
        "Thứ Ba, 05/03/2024 - 14:10\nNgày 4/3, tại thành phố Phông Sa Lỳ, tỉnh Phông Sa Lỳ (Lào), Tổng Lãnh sự Việt Nam tại "
        "Luông Pha Băng Trần Thị Mai đã chào xã giao ông Khamla Phommavong, Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào, Bí "
        "thư Tỉnh ủy, Tỉnh trưởng tỉnh Phông Sa Lỳ, nhân dịp mới nhận nhiệm vụ.\nTại buổi tiếp, ông Khamla Phommavong chúc mừng "
        "bà Trần Thị Mai được bổ nhiệm. Ông cho biết, Phông Sa Lỳ là tỉnh miền núi giáp Việt Nam và Trung Quốc.\nTổng Lãnh sự "
        "Trần Thị Mai khẳng định Tổng Lãnh sự quán sẽ làm cầu nối, thúc đẩy hợp tác giữa Phông Sa Lỳ với các tỉnh Tây Bắc Việt "
        "Nam như Điện Biên, Lai Châu; đề nghị tỉnh tiếp tục tạo điều kiện cho cộng đồng người Việt Nam tại Phông Sa Lỳ."
    )
    assert extract_from_text(text, "t.txt")[1]["is_activity"] is False
    # (a Vietnamese leader's titles name his own province: "Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Điện Biên")
    home = text.replace("chào xã giao ông Khamla Phommavong, Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào, Bí thư Tỉnh ủy, "
                        "Tỉnh trưởng tỉnh Phông Sa Lỳ", "cùng ông Lò Văn Mừng, Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Điện Biên "
                        "hội đàm với lãnh đạo tỉnh Phông Sa Lỳ")
    assert extract_from_text(home, "t.txt")[1]["is_activity"] is True


def test_the_ministrys_own_national_conference_under_a_domain_written_prefix_is_no_provinces_activity():
    text = ("Hội nghị Ngoại vụ toàn quốc lần thứ 23: Đối ngoại địa phương trong giai đoạn mới\nThứ Năm, 14/01/2027 - 17:05\n"
            "(Chinhphu.vn) - Ngày 14/1, tại Hà Nội, Bộ Ngoại giao tổ chức Hội nghị Ngoại vụ toàn quốc lần thứ 23. Thứ trưởng "
            "Bộ Ngoại giao Lê Văn Hải chủ trì hội nghị.\nTại hội nghị, bà Nguyễn Thu Trang, Giám đốc Sở Ngoại vụ tỉnh Quảng "
            "Ninh trình bày kinh nghiệm hợp tác với Quảng Tây.")
    assert extract_from_text(text, "t.txt")[1]["is_activity"] is False


def test_a_list_of_related_stories_with_their_days_under_the_story_is_no_category_page():
    text = ("Ủy ban Nhà nước về người Việt Nam ở nước ngoài làm việc với tỉnh Thái Bình\nNgày 18/8, đoàn công tác Ủy ban Nhà "
            "nước về người Việt Nam ở nước ngoài (Bộ Ngoại giao) do đồng chí Lê Văn Nam, Phó Chủ nhiệm Ủy ban làm trưởng đoàn "
            "đã làm việc với UBND tỉnh.\nĐồng chí Phạm Thị Hoa, Phó Chủ tịch UBND tỉnh đề nghị Ủy ban hỗ trợ tỉnh kết nối với "
            "các hội đoàn kiều bào.\nTin tức liên quan\nSơ kết công tác đối ngoại 6 tháng đầu năm\n15/08/2022\nLãnh đạo tỉnh "
            "tiếp Đại sứ Séc\n02/08/2022\nGặp mặt kiều bào về quê đón Tết\n28/01/2022\n")
    record = extract_from_text(text, "t.txt")[1]
    assert record["is_activity"] is True and record["start_date"] is None


def test_a_home_ministry_at_work_on_home_affairs_an_interview_question_time_and_a_dispatch_are_no_activities():
    ministry = ("Thái Bình đề nghị Bộ Nội vụ gỡ vướng khi sắp xếp 30 xã\n16/10/2024 18:22 GMT+7\nTTO - Chiều 16-10, đoàn công tác "
                "Bộ Nội vụ do thứ trưởng Trương Hải Long dẫn đầu đã làm việc với UBND tỉnh Thái Bình về sắp xếp đơn vị hành chính "
                "cấp xã.\nTỉnh cho biết nhiều xã có khu công nghiệp, số chuyên gia nước ngoài tăng mạnh.")
    assert extract_from_text(ministry, "t.txt")[1]["is_activity"] is False
    interview = ("Đối ngoại địa phương vượt khó\nThứ Ba, 28/12/2021 - 08:05\n(BST) - Năm 2021, công tác đối ngoại của tỉnh Sóc "
                 "Trăng vẫn được duy trì. Phóng viên Báo Sóc Trăng có cuộc trao đổi với ông Lâm Văn Mẫn, Giám đốc Sở Ngoại vụ.\n"
                 "- Thưa ông, đâu là điểm nổi bật của công tác đối ngoại năm 2021?\n- Ông Lâm Văn Mẫn: Chúng tôi đã hội đàm trực "
                 "tuyến với tỉnh Takeo (Campuchia) ngày 15/6.")
    assert extract_from_text(interview, "t.txt")[1]["is_activity"] is False
    question_time = ("Chất vấn về hiệu quả hợp tác quốc tế\nThứ Tư, 11/12/2024 - 11:45\nSáng 11/12, tại kỳ họp thứ 22, HĐND tỉnh "
                     "Lâm Đồng chất vấn về hợp tác quốc tế. Đại biểu đề nghị Giám đốc Sở Ngoại vụ cho biết kết quả hợp tác với "
                     "tỉnh Ibaraki (Nhật Bản).")
    assert extract_from_text(question_time, "t.txt")[1]["is_activity"] is False
    dispatch = ("Triển khai thỏa thuận hợp tác với các tỉnh giáp biên Campuchia\nNgày đăng: 24/05/2021\nUBND tỉnh Long An vừa ban "
                "hành Công văn số 1482/UBND-KT về việc triển khai các nội dung đã thống nhất với tỉnh Svay Rieng (Campuchia). "
                "Chủ tịch UBND tỉnh đề nghị các sở, ngành thực hiện.")
    assert extract_from_text(dispatch, "t.txt")[1]["is_activity"] is False


def test_investment_promoted_at_home_with_no_party_from_abroad_is_no_activity():
    text = (
        "Bình Phước tổ chức Hội nghị xúc tiến đầu tư năm 2019\n"
        "Sáng 12/4/2019, UBND tỉnh Bình Phước tổ chức Hội nghị xúc tiến đầu tư năm 2019 với sự tham dự của hơn 300 doanh "
        "nghiệp trong tỉnh.\nDịp này, tỉnh trao giấy chứng nhận đầu tư cho 15 dự án, trong đó có 3 dự án FDI."
    )
    assert classify(text) is None


def test_investment_promoted_to_investors_or_a_country_from_abroad_stays_an_activity():
    # (a guard: these were activities before the rule too)
    text = (
        "Bình Phước tổ chức Hội nghị xúc tiến đầu tư năm 2019\n"
        "Sáng 12/4/2019, UBND tỉnh Bình Phước tổ chức Hội nghị xúc tiến đầu tư năm 2019 với sự tham dự của hơn 300 nhà "
        "đầu tư trong và ngoài nước.\nDịp này, tỉnh trao giấy chứng nhận đầu tư cho 15 dự án, trong đó có 3 dự án FDI."
    )
    assert classify(text) is not None
    korea = text.replace("hơn 300 nhà đầu tư trong và ngoài nước", "nhiều doanh nghiệp Hàn Quốc")
    assert classify(korea) is not None


def test_two_vietnamese_localities_pact_is_no_activity():
    text = (
        "Hải Phòng và Điện Biên ký kết chương trình hợp tác giai đoạn 2025 - 2030\n"
        "Chiều 18/6/2025, UBND thành phố Hải Phòng và UBND tỉnh Điện Biên tổ chức lễ ký kết chương trình hợp tác phát "
        "triển kinh tế - xã hội giai đoạn 2025 - 2030.\nHai địa phương sẽ phối hợp quảng bá du lịch và cùng thu hút nhà "
        "đầu tư nước ngoài."
    )
    assert classify(text) is None


def test_a_companys_anniversary_in_a_zone_named_with_a_city_in_brackets_after_its_name_is_no_activity():
    text = (
        "Tổng Lãnh sự Nhật Bản dự lễ kỷ niệm 20 năm thành lập Công ty Hoshimura\n"
        "Sáng 18-10, Công ty TNHH Hoshimura Việt Nam (vốn 100% Nhật Bản) tại Khu công nghiệp Biên Hòa 2 (TP.Biên Hòa) đã tổ "
        "chức lễ kỷ niệm 20 năm thành lập. Dự lễ có ông Ishikura Tadao, Tổng Lãnh sự Nhật Bản tại TP Hồ Chí Minh."
    )
    assert classify(text) is None


def test_a_procedure_told_step_by_step_is_no_activity():
    text = (
        "Sở Ngoại vụ hướng dẫn thủ tục mời chuyên gia nước ngoài vào làm việc tại tỉnh\n"
        "Ngày 12/6/2024, Sở Ngoại vụ tỉnh Bình Dương hướng dẫn các doanh nghiệp thủ tục mời chuyên gia nước ngoài vào làm việc.\n"
        "Bước 1: Doanh nghiệp lập danh sách chuyên gia và gửi văn bản đề nghị tới Sở Ngoại vụ.\n"
        "Bước 2: Sở Ngoại vụ xem xét hồ sơ và trả lời doanh nghiệp trong 5 ngày làm việc."
    )
    assert classify(text) is None


def test_the_leaders_weekly_schedule_is_no_activity():
    text = (
        "Lịch công tác tuần của Thường trực UBND tỉnh (từ ngày 11/3 đến 17/3/2019)\n"
        "Sáng thứ Hai (11/3), Chủ tịch UBND tỉnh Hà Nam tiếp Đại sứ Cộng hòa Áo tại Việt Nam tại trụ sở UBND tỉnh.\n"
        "Chiều thứ Ba (12/3), Phó Chủ tịch UBND tỉnh họp Ban Chỉ đạo phòng, chống thiên tai."
    )
    assert classify(text) is None


def test_a_trade_ministrys_delegation_on_power_supply_and_the_home_market_is_no_activity():
    text = ("Đoàn công tác Bộ Công Thương làm việc với tỉnh Gia Lai\nThứ Ba, 17/03/2026 - 16:40\nChiều 17/3, đoàn công tác của "
            "Bộ Công Thương do Thứ trưởng Trần Quốc Hưng dẫn đầu đã làm việc với UBND tỉnh Gia Lai về bảo đảm cung ứng điện mùa "
            "khô năm 2026 và phát triển thị trường trong nước.\nTiếp và làm việc với đoàn có ông Nguyễn Văn Lộc, Phó Chủ tịch "
            "UBND tỉnh.\nBáo cáo với đoàn, lãnh đạo Sở Công Thương cho biết nhu cầu điện của tỉnh tăng nhanh do nhiều nhà máy chế "
            "biến nông sản đi vào hoạt động, trong đó có 4 doanh nghiệp FDI.\nThứ trưởng Trần Quốc Hưng đề nghị tỉnh đẩy nhanh "
            "tiến độ các dự án lưới điện 110 kV và đưa hàng Việt về nông thôn.")
    assert extract_from_text(text, "t.txt")[1]["is_activity"] is False


def test_the_years_first_international_tourists_welcomed_with_flowers_is_no_activity():
    text = ("Khánh Hòa đón những vị khách quốc tế đầu tiên của năm 2026\nThứ Năm, 01/01/2026 - 10:15\nSáng 1/1, tàu du lịch "
            "biển Aurora Spirit cập cảng quốc tế Cam Ranh, đưa hơn 1.800 du khách quốc tế, chủ yếu đến từ Úc, Đức và Anh, đến "
            "tham quan tỉnh Khánh Hòa.\nÔng Lê Hữu Phước, Phó Chủ tịch UBND tỉnh cùng lãnh đạo Sở Văn hóa, Thể thao và Du lịch "
            "đã tặng hoa, chúc mừng những du khách đầu tiên.\nTrong ngày, du khách tham quan Tháp Bà Ponagar, chợ Đầm và thưởng "
            "thức ẩm thực địa phương.")
    assert extract_from_text(text, "t.txt")[1]["is_activity"] is False


def test_a_departments_invitation_to_join_an_investment_mission_still_ahead_is_no_activity():
    text = ("Mời doanh nghiệp tham gia đoàn xúc tiến đầu tư của tỉnh tại Hàn Quốc\nNgày đăng: 20/02/2026\nThực hiện Chương "
            "trình xúc tiến đầu tư năm 2026, UBND tỉnh Hưng Yên tổ chức đoàn công tác xúc tiến đầu tư tại Hàn Quốc. Sở Tài "
            "chính trân trọng mời các doanh nghiệp quan tâm đăng ký tham gia đoàn.\n1. Thời gian, địa điểm: dự kiến từ ngày "
            "12/5/2026 đến ngày 17/5/2026 tại thành phố Seoul và tỉnh Gyeonggi.\n2. Nội dung chương trình: tổ chức Hội nghị xúc "
            "tiến đầu tư tại Seoul; các buổi làm việc với Hiệp hội Doanh nghiệp Hàn Quốc và một số tập đoàn điện tử; khảo sát "
            "khu công nghiệp Pyeongtaek.\n3. Chi phí: doanh nghiệp tự chi trả vé máy bay, ăn ở; Ban Tổ chức hỗ trợ phiên dịch.\n"
            "Hồ sơ đăng ký gửi về Phòng Xúc tiến đầu tư trước ngày 15/3/2026.")
    assert extract_from_text(text, "t.txt")[1]["is_activity"] is False


def test_the_arrest_of_a_foreign_drug_courier_at_the_border_is_no_activity():
    text = ("Bắt đối tượng người Lào vận chuyển 6.000 viên ma túy qua biên giới\nThứ Sáu, 13/02/2026 - 15:20\nNgày 12/2, Đồn "
            "Biên phòng cửa khẩu quốc tế Nậm Cắn chủ trì, phối hợp với Phòng Cảnh sát điều tra tội phạm về ma túy, Công an tỉnh "
            "Nghệ An bắt giữ đối tượng Xay Phon Vông (SN 1991, quốc tịch Lào) khi đang vận chuyển 6.000 viên ma túy tổng hợp "
            "từ Lào vào Việt Nam.\nTheo Thiếu tá Lô Văn Thắng, Đồn trưởng Đồn Biên phòng cửa khẩu quốc tế Nậm Cắn, đối tượng "
            "giấu ma túy trong bình ắc quy xe máy để qua mặt lực lượng chức năng.\nHiện vụ việc đang được củng cố hồ sơ để xử "
            "lý theo quy định của pháp luật.")
    assert extract_from_text(text, "t.txt")[1]["is_activity"] is False


def test_the_ministrys_national_conference_with_every_provinces_department_is_no_activity_of_ha_noi():
    text = ("Hội nghị Ngoại vụ toàn quốc lần thứ 22 bàn giải pháp nâng tầm đối ngoại địa phương\nThứ Tư, 10/12/2025 - 18:05\n"
            "Ngày 10/12, tại Hà Nội, Bộ Ngoại giao tổ chức Hội nghị Ngoại vụ toàn quốc lần thứ 22 với sự tham dự của hơn 300 "
            "đại biểu là lãnh đạo Sở Ngoại vụ, cơ quan phụ trách đối ngoại của 63 tỉnh, thành phố.\nThứ trưởng Bộ Ngoại giao "
            "Đỗ Minh Khôi chủ trì hội nghị.\nCác đại biểu đã trao đổi kinh nghiệm thu hút đầu tư nước ngoài, quản lý đoàn ra, "
            "đoàn vào và công tác lãnh sự.")
    record = extract_from_text(text, "t.txt")[1]
    assert record["province"]["name"] == "Hà Nội"
    assert record["is_activity"] is False


def test_national_talks_in_a_foreign_capital_under_a_provincial_portals_masthead_are_no_activity():
    text = ("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG TRỊ\nKỳ họp lần thứ 48 Ủy ban liên Chính phủ về hợp tác song phương Việt Nam - "
            "Lào\nThứ Bảy, 17/01/2026 - 09:30\nNgày 16/1, tại Thủ đô Viêng Chăn, Phó Thủ tướng Chính phủ Nguyễn Thanh Tùng và "
            "Phó Thủ tướng Chính phủ Lào Bua Khăm Xay Nha Vông đồng chủ trì Kỳ họp lần thứ 48 Ủy ban liên Chính phủ về hợp tác "
            "song phương Việt Nam - Lào.\nHai bên đánh giá kết quả hợp tác năm 2025 và thống nhất các nội dung hợp tác năm 2026 "
            "trên các lĩnh vực giao thông, năng lượng, giáo dục.\nCùng dự kỳ họp có đại diện lãnh đạo các bộ, ngành và các tỉnh "
            "có chung đường biên giới, trong đó có Phó Chủ tịch UBND tỉnh Quảng Trị Lê Văn Bình.")
    assert extract_from_text(text, "t.txt")[1]["is_activity"] is False


def test_a_year_review_headline_over_yesterdays_review_conference_under_a_full_publication_line_is_an_activity():
    text = ("Đối ngoại năm 2022: nhiều dấu ấn trong hợp tác với các địa phương nước bạn\nThứ Sáu, 30/12/2022 06:45\nBTO - Sáng "
            "hôm qua, Sở Ngoại vụ tổ chức hội nghị tổng kết công tác đối ngoại năm 2022, triển khai nhiệm vụ năm 2023. Dự hội "
            "nghị có ông Phan Văn Đông, Phó Chủ tịch UBND tỉnh Bình Thuận.\nNăm 2022, tỉnh đã đón 28 đoàn khách nước ngoài, ký "
            "kết biên bản ghi nhớ hợp tác với tỉnh Jeollanam (Hàn Quốc) và khôi phục các hoạt động giao lưu với tỉnh Sê Kông "
            "(Lào).\nPhát biểu tại hội nghị, ông Phan Văn Đông đề nghị Sở Ngoại vụ tham mưu xây dựng kế hoạch đối ngoại năm "
            "2023 sát thực tế.")
    record = extract_from_text(text, "t.txt")[1]
    assert record["is_activity"] is True and record["start_date"] == "2022-12-29"


def test_a_cooperation_plan_two_provinces_sign_in_their_talks_is_an_activity_not_a_document():
    text = ("Kế hoạch hợp tác năm 2024 giữa tỉnh Kon Tum và tỉnh Sê Kông\nThứ Hai, 08/01/2024 - 19:10\nChiều 8/1, tại thành "
            "phố Kon Tum, UBND tỉnh Kon Tum và đoàn đại biểu tỉnh Sê Kông (Lào) do ông Vi Lay Văn Khăm, Phó Tỉnh trưởng dẫn đầu "
            "đã tổ chức hội đàm và ký kết Kế hoạch hợp tác năm 2024 giữa hai tỉnh.\nTheo kế hoạch, hai bên sẽ phối hợp quản lý "
            "biên giới, đào tạo nguồn nhân lực và phát triển thương mại qua cửa khẩu quốc tế Bờ Y.\nPhó Chủ tịch UBND tỉnh Kon "
            "Tum Y Ngọc khẳng định tỉnh sẽ tiếp tục hỗ trợ tỉnh Sê Kông đào tạo 50 học sinh, sinh viên.")
    record = extract_from_text(text, "t.txt")[1]
    assert record["is_activity"] is True and record["start_date"] == "2024-01-08"


def test_a_headline_with_the_province_as_its_subject_over_a_sapo_naming_no_body_is_an_activity():
    text = ("Bình Định tri ân các tổ chức phi chính phủ nước ngoài\nThứ Năm, 21/11/2024 - 08:30\n(Dân trí) - Năm 2024, các tổ "
            "chức phi chính phủ nước ngoài đã cam kết viện trợ cho Bình Định hơn 3 triệu USD, tập trung vào y tế, giáo dục và "
            "sinh kế cho người nghèo. Nhiều dự án đã mang lại hiệu quả thiết thực cho người dân vùng núi.\nNgày 20/11, UBND tỉnh "
            "Bình Định tổ chức Hội nghị gặp mặt các tổ chức phi chính phủ nước ngoài năm 2024 với sự tham dự của đại diện 25 tổ "
            "chức đang hoạt động trên địa bàn.\nPhát biểu tại hội nghị, Phó Chủ tịch UBND tỉnh Phạm Anh Khoa cảm ơn sự đồng hành "
            "của các tổ chức trong thời gian qua.")
    record = extract_from_text(text, "t.txt")[1]
    assert record["is_activity"] is True and record["start_date"] == "2024-11-20"


def test_a_foreign_delegations_new_year_wishes_to_the_provinces_cadres_party_members_and_people_are_no_party_news():
    text = ("Đoàn đại biểu tỉnh Xiêng Khoảng chúc Tết tỉnh Nghệ An\nThứ Ba, 21/01/2025 - 17:45\nChiều 21/1, tại trụ sở Tỉnh ủy, "
            "Phó Bí thư Thường trực Tỉnh ủy Nghệ An Lê Đình Khiêm đã tiếp đoàn đại biểu tỉnh Xiêng Khoảng (Lào) do ông Bun Thạnh "
            "Phôm Ma Vông, Phó Bí thư Tỉnh ủy làm trưởng đoàn sang thăm, chúc Tết Nguyên đán Ất Tỵ 2025.\nThay mặt lãnh đạo tỉnh "
            "Xiêng Khoảng, ông Bun Thạnh Phôm Ma Vông gửi lời chúc mừng năm mới tới cán bộ, đảng viên và nhân dân các dân tộc "
            "tỉnh Nghệ An.")
    record = extract_from_text(text, "t.txt")[1]
    assert record["is_activity"] is True and record["kind"] == "foreign_delegation"


def test_a_province_asking_the_ministrys_help_for_its_fishermen_held_abroad_is_no_police_raid():
    text = ("Bảo hộ ngư dân bị nước ngoài bắt giữ: Bình Định kiến nghị Bộ Ngoại giao can thiệp sớm\nThứ Tư, 19/06/2024 - "
            "16:35\nChiều 19/6, tại trụ sở UBND tỉnh, Phó Chủ tịch UBND tỉnh Bình Định Nguyễn Tuấn Thanh đã làm việc với đoàn "
            "công tác Cục Lãnh sự, Bộ Ngoại giao do ông Lê Hoài Nam, Phó Cục trưởng làm trưởng đoàn về công tác bảo hộ công "
            "dân.\nPhó Chủ tịch UBND tỉnh cho biết, từ đầu năm đến nay có 4 tàu cá với 37 ngư dân của tỉnh bị lực lượng chức "
            "năng nước ngoài bắt giữ khi đang khai thác hải sản.\nTỉnh đề nghị Cục Lãnh sự phối hợp với các cơ quan đại diện "
            "Việt Nam ở nước ngoài sớm thăm lãnh sự, bảo hộ và đưa ngư dân về nước.")
    record = extract_from_text(text, "t.txt")[1]
    assert record["is_activity"] is True and record["start_date"] == "2024-06-19"


def test_a_pages_viewed_and_posted_stamps_as_the_first_body_line_leave_the_visit_to_the_province_an_activity():
    text = ("Phó Chủ tịch nước cùng đoàn kiều bào tiêu biểu thăm Quảng Bình\nThứ Bảy, 16/03/2024 - 21:40 (xem lần cuối) | "
            "Thứ Tư, 13/03/2024 - 07:20 (đăng)\nNgày 12/3, Phó Chủ tịch nước cùng đoàn hơn 80 kiều bào tiêu biểu đến từ 20 "
            "quốc gia và vùng lãnh thổ đã về thăm tỉnh Quảng Bình nhân dịp Xuân Quê hương 2024.\nTiếp đoàn có Chủ tịch UBND "
            "tỉnh Quảng Bình Trần Thắng cùng lãnh đạo các sở, ngành.\nĐoàn đã dâng hương tại Khu lưu niệm Đại tướng Võ Nguyên "
            "Giáp và thăm Vườn quốc gia Phong Nha - Kẻ Bàng.")
    record = extract_from_text(text, "t.txt")[1]
    assert record["is_activity"] is True and record["start_date"] == "2024-03-12"


def test_a_departments_news_list_each_story_under_its_day_in_brackets_is_no_activity():
    text = ("Tin hoạt động - Sở Ngoại vụ Quảng Trị\nTIN HOẠT ĐỘNG\nĐoàn tỉnh Quảng Trị thăm tỉnh Savannakhet\n(12/09/2023) "
            "Từ ngày 8 đến 10/9, đoàn công tác của tỉnh do Phó Chủ tịch UBND tỉnh dẫn đầu đã sang thăm tỉnh Savannakhet...\n"
            "Tiếp Đại sứ Australia tại Việt Nam\n(30/08/2023) Chiều 29/8, Chủ tịch UBND tỉnh tiếp Đại sứ Australia nhân dịp "
            "ông đến thăm và làm việc tại tỉnh...\nHội nghị triển khai công tác lãnh sự năm 2023\n(15/08/2023) Sáng 14/8, Sở "
            "Ngoại vụ tổ chức hội nghị triển khai công tác lãnh sự...\nTrang 2/40")
    assert extract_from_text(text, "t.txt")[1]["is_activity"] is False


def test_a_home_ministry_on_a_programme_of_a_vietnamese_region_is_no_foreign_party():
    text = ("Thứ trưởng Bộ Nông nghiệp và PTNT làm việc với Hậu Giang về chuyển đổi cây trồng\nThứ Ba, 09/04/2024 - 16:10\n"
            "Sáng 9/4, đoàn công tác Bộ Nông nghiệp và Phát triển nông thôn do Thứ trưởng Lê Quốc Thanh dẫn đầu làm việc với "
            "UBND tỉnh Hậu Giang về chương trình chuyển đổi cơ cấu cây trồng vùng Đồng bằng sông Cửu Long thích ứng biến đổi "
            "khí hậu.\nPhó Chủ tịch UBND tỉnh Trương Cảnh Tuyên đề nghị Bộ hỗ trợ vốn cho hệ thống thủy lợi nội đồng.")
    assert extract_from_text(text, "t.txt")[1]["is_activity"] is False
    # (a foreign region's head still names a foreign party)
    text = text.replace("vùng Đồng bằng sông Cửu Long", "vùng Kansai (Nhật Bản)")
    assert extract_from_text(text, "t.txt")[1]["is_activity"] is True


def test_a_home_body_of_a_ministers_rank_on_its_own_policy_is_no_activity():
    text = ("Đoàn công tác Ủy ban Dân tộc làm việc với tỉnh Kon Tum\nChiều 14/7/2020, Đoàn công tác của Ủy ban Dân tộc do Thứ "
            "trưởng, Phó Chủ nhiệm Ủy ban Dân tộc Y Thông làm Trưởng đoàn đã có buổi làm việc với UBND tỉnh Kon Tum về tình hình "
            "thực hiện các chính sách dân tộc trên địa bàn tỉnh. Tiếp và làm việc với đoàn có ông Y Ngọc - Phó Chủ tịch UBND "
            "tỉnh.\nTại buổi làm việc, Phó Chủ tịch UBND tỉnh Y Ngọc kiến nghị Ủy ban Dân tộc tham mưu Chính phủ sớm bố trí vốn "
            "cho Chương trình 135.\nTrước đó, đoàn đã đi kiểm tra thực tế tại huyện Sa Thầy và làm việc với một số xã biên giới.")
    assert extract_from_text(text, "t.txt")[1]["is_activity"] is False


def test_a_course_teaching_how_to_answer_interviews_is_no_interview():
    text = ("Tập huấn nghiệp vụ lễ tân và thông tin đối ngoại năm 2015\nNgày đăng: 20/10/2015\nTừ ngày 19 đến hết ngày 20-10, Sở "
            "Ngoại vụ tỉnh Long An tổ chức lớp tập huấn nghiệp vụ lễ tân đối ngoại cho 150 học viên. Phó Chủ tịch UBND tỉnh Lê "
            "Minh Sang dự và phát biểu khai mạc. Tại lớp tập huấn, bà Đào Thu Nga, Phó Vụ trưởng Vụ Thông tin Báo chí (Bộ Ngoại "
            "giao) giới thiệu kỹ năng phát ngôn, trả lời phỏng vấn báo chí nước ngoài.")
    assert extract_from_text(text, "t.txt")[1]["is_activity"] is True


def test_a_fronts_or_unions_congress_and_a_councils_study_tour_at_home_are_no_activity():
    text = (
        "Khai mạc Đại hội đại biểu MTTQ Việt Nam tỉnh Nam Định lần thứ XVI\nThứ ba, 20/08/2024 - 11:05\n"
        "Sáng 20/8, tại Trung tâm Hội nghị tỉnh, Ủy ban MTTQ Việt Nam tỉnh Nam Định long trọng khai mạc Đại hội đại biểu MTTQ "
        "Việt Nam tỉnh lần thứ XVI, nhiệm kỳ 2024 - 2029. Dự đại hội có đồng chí Nguyễn Hữu Dũng, Phó Chủ tịch - Tổng Thư ký Ủy "
        "ban Trung ương MTTQ Việt Nam; đồng chí Đặng Khánh Toàn, Bí thư Tỉnh ủy.\nĐại hội đề ra chương trình chủ động tham gia "
        "công tác đối ngoại nhân dân, vận động người Nam Định ở nước ngoài hướng về quê hương."
    )
    assert classify(text, "2024-08-20") is None
    text = (
        "Đoàn công tác HĐND tỉnh Hà Giang học tập kinh nghiệm tại Quảng Ninh\nThứ Sáu, 09/06/2023 - 14:22\n"
        "Từ ngày 5 đến 7/6, Đoàn công tác Thường trực HĐND tỉnh Hà Giang do đồng chí Phó Chủ tịch HĐND tỉnh làm trưởng đoàn đã "
        "đến thăm, học tập kinh nghiệm về quản lý kinh tế cửa khẩu tại tỉnh Quảng Ninh.\nTại buổi làm việc với Thường trực HĐND "
        "tỉnh Quảng Ninh, hai bên trao đổi về kinh nghiệm quản lý cửa khẩu.\nĐoàn đã thăm Cửa khẩu quốc tế Móng Cái, nghe báo "
        "cáo về thông quan hàng hóa sang thị trường Trung Quốc. Hà Giang đang đề xuất nâng cấp cặp cửa khẩu với tỉnh Vân Nam "
        "(Trung Quốc)."
    )
    assert classify(text, "2023-06-09") is None
    # (a council's delegation at a foreign province still is one)
    text = text.replace("học tập kinh nghiệm tại Quảng Ninh", "thăm tỉnh Hủa Phăn (Lào)").replace(
        "đến thăm, học tập kinh nghiệm về quản lý kinh tế cửa khẩu tại tỉnh Quảng Ninh", "thăm và làm việc tại tỉnh Hủa Phăn (Lào)"
    )
    assert classify(text, "2023-06-09") == "outbound_delegation"


def test_a_year_of_the_provinces_foreign_affairs_in_its_headline_is_a_feature():
    lead = (
        "\nThứ Năm, 28/12/2023 - 09:10\nNăm 2023, hoạt động đối ngoại của tỉnh diễn ra sôi nổi, góp phần quảng bá hình ảnh "
        "tỉnh tới bạn bè quốc tế.\nNgày 15/3, Chủ tịch UBND tỉnh đã tiếp và làm việc với Đại sứ Hàn Quốc tại Việt Nam. Tháng 9, "
        "đoàn công tác của tỉnh thăm và làm việc tại tỉnh Kampot (Campuchia), ký kết thỏa thuận hợp tác giai đoạn 2023 - 2028."
    )
    for title in (
        "Dấu ấn đối ngoại Sóc Trăng năm 2023",
        "Sóc Trăng: Công tác đối ngoại năm 2023 đạt nhiều kết quả quan trọng",
        "Công tác đối ngoại năm 2023 của tỉnh Sóc Trăng: Nhiều dấu ấn hội nhập",
    ):
        assert classify(title + lead, "2023-12-28") is None, title
    # (a conference that reviews the year, its day in the lead, is one)
    text = (
        "Hội nghị tổng kết công tác đối ngoại năm 2023\nSáng 10/1/2024, UBND tỉnh Hậu Giang tổ chức hội nghị tổng kết công "
        "tác đối ngoại năm 2023. Dự hội nghị có đại diện Bộ Ngoại giao."
    )
    assert classify(text, "2024-01-10") is not None
    # (nor one on the new year's tasks, under a wire's dateline)
    text = (
        "Lai Châu triển khai nhiệm vụ công tác đối ngoại năm 2024\nLai Châu, ngày 8/1 (TTXVN) - Hôm nay, UBND tỉnh Lai Châu "
        "tổ chức Hội nghị tổng kết công tác đối ngoại năm 2023, triển khai nhiệm vụ năm 2024. Dự hội nghị có đại diện Bộ "
        "Ngoại giao."
    )
    assert classify(text, "2024-01-08") is not None


def test_foreigners_found_or_fined_for_their_entry_or_stay_are_police_news():
    ticker = "Tin mới ⏵ 15:20 Thu giữ 3 tấn hàng lậu ⏵ 14:05 Tỉnh đón đoàn Tổng Lãnh sự nước bạn (2/5)\n"
    for title, lead in (
        (
            "Phát hiện 9 người Trung Quốc nhập cảnh trái phép, thuê nhà ở Lạng Sơn",
            "Ngày 2/5, Phòng Quản lý xuất nhập cảnh Công an tỉnh Lạng Sơn phối hợp với Đồn Biên phòng cửa khẩu Hữu Nghị kiểm tra "
            "một căn nhà tại phường Đông Kinh, phát hiện 9 người mang quốc tịch Trung Quốc không xuất trình được hộ chiếu.",
        ),
        (
            "Xử phạt 12 người nước ngoài cư trú quá hạn tại Phú Quốc",
            "Ngày 2/5, Phòng Quản lý xuất nhập cảnh Công an tỉnh Kiên Giang kiểm tra các cơ sở lưu trú tại thành phố Phú Quốc, "
            "phát hiện 12 người nước ngoài cư trú quá hạn.",
        ),
    ):
        text = (
            f"{ticker}{title}\nThứ Sáu, 03/05/2024 10:12\n{lead}\nLàm việc với cơ quan chức năng, nhóm người này khai nhận "
            "đã vượt biên qua đường mòn vào Việt Nam để tìm việc làm."
        )
        assert extract_from_text(text, "t.txt")[1]["is_activity"] is False, title


def test_two_foreign_localities_own_meeting_naming_vietnamese_provinces_later_is_no_activity():
    text = ("Tỉnh Champasak (Lào) và tỉnh Ubon Ratchathani (Thái Lan) thúc đẩy hợp tác biên giới\nPakse (TTXVN) - Ngày 9/8/2024, "
            "tại thành phố Pakse, tỉnh Champasak (Lào) đã tổ chức hội nghị thường niên với đoàn đại biểu tỉnh Ubon Ratchathani "
            "(Thái Lan).\nChampasak có quan hệ hợp tác truyền thống với nhiều tỉnh của Việt Nam như Quảng Trị, Bình Định.")
    assert extract_from_text(text, "t.txt")[1]["is_activity"] is False
    # (a foreign locality's ask of the province in the headline is the province's activity)
    text = ("Xiêng Khoảng mong muốn Nghệ An hỗ trợ đào tạo cán bộ\nChiều 9/8/2024, Chủ tịch UBND tỉnh Nghệ An đã tiếp đoàn "
            "đại biểu tỉnh Xiêng Khoảng (Lào).")
    assert extract_from_text(text, "t.txt")[1]["is_activity"] is True


def test_a_womens_congress_a_hometown_associations_abroad_and_the_border_guards_year_are_internal():
    for text in (
        "Khai mạc Đại hội đại biểu Phụ nữ tỉnh Hòa Bình lần thứ XVIII\nThứ Sáu, 08/10/2021 - 11:20\nSáng 8/10, Hội Liên hiệp "
        "Phụ nữ tỉnh Hòa Bình khai mạc Đại hội đại biểu Phụ nữ tỉnh. Dự đại hội có Phó Chủ tịch Hội LHPN Việt Nam và đại diện "
        "Hội Phụ nữ tỉnh Hủa Phăn (Lào).",
        "Hội đồng hương Nghệ An tại Nhật Bản tổ chức Đại hội lần thứ III\nThứ Hai, 25/03/2024 | 10:12\nNgày 24/3, tại thành phố "
        "Osaka, Hội đồng hương Nghệ An tại Nhật Bản đã tổ chức Đại hội lần thứ III. Dự đại hội có ông Ngô Trịnh Hà, Tổng Lãnh "
        "sự Việt Nam tại Osaka.",
        "Bộ đội Biên phòng An Giang tổng kết công tác năm 2023\nBáo An Giang - 20/12/2023\n(BAG) - Ngày 20-12, Bộ Chỉ huy Bộ "
        "đội Biên phòng tỉnh An Giang tổ chức hội nghị tổng kết công tác biên phòng năm 2023. Năm qua, đơn vị phối hợp với lực "
        "lượng bảo vệ biên giới tỉnh Takeo (Campuchia) tuần tra song phương 24 lần.",
    ):
        assert extract_from_text(text, "t.txt")[1]["is_activity"] is False, text[:40]


def test_two_companies_signing_is_no_provincial_activity():
    text = ("Hai doanh nghiệp hợp tác xây trung tâm logistics lạnh\n13/03/2024 08:30\nNgày 12/3, tại TP Thủ Dầu Một, Công ty CP "
            "Đầu tư An Phú và Tập đoàn Hoshino Logistics (Nhật Bản) đã ký kết biên bản ghi nhớ hợp tác đầu tư trung tâm "
            "logistics lạnh tại KCN Bàu Bàng, tỉnh Bình Dương.\nDự lễ ký kết có đại diện Tổng Lãnh sự quán Nhật Bản tại TP HCM và "
            "đại diện một số sở, ngành của tỉnh Bình Dương.")
    assert extract_from_text(text, "t.txt")[1]["is_activity"] is False
    text = text.replace("Công ty CP Đầu tư An Phú và Tập đoàn Hoshino Logistics (Nhật Bản) đã ký kết",
                        "Công ty CP Đầu tư An Phú và Tập đoàn Hoshino Logistics (Nhật Bản) đã ký kết với UBND tỉnh Bình Dương")
    assert extract_from_text(text, "t.txt")[1]["is_activity"] is True


def test_national_talks_abroad_reprinted_by_a_provincial_paper_are_no_activity_of_it():
    text = "\n".join([
        'BÁO HÀ NAM ĐIỆN TỬ',
        'Thứ Sáu, 06/03/2020 | 09:12',
        'Tham vấn chính trị cấp Thứ trưởng Ngoại giao Việt Nam - Australia lần thứ 8',
        'Canberra (TTXVN) - Sáng 5/3 (giờ địa phương), tại thủ đô Canberra, Thứ trưởng Bộ Ngoại giao Lê Văn Hòa và Phó Bộ trưởng thứ nhất Bộ Ngoại giao và Thương mại Australia Peter Collins đã đồng chủ trì phiên Tham vấn chính trị cấp Thứ trưởng Ngoại giao Việt Nam - Australia lần thứ 8.',
        'Tại phiên tham vấn, hai bên đánh giá cao những bước phát triển mạnh mẽ của quan hệ Đối tác chiến lược Việt Nam - Australia kể từ khi được thiết lập năm 2018. Kim ngạch thương mại song phương năm 2019 đạt hơn 8 tỷ USD; Australia tiếp tục là một trong những đối tác cung cấp viện trợ phát triển chính thức (ODA) không hoàn lại lớn cho Việt Nam.',
        'Thứ trưởng Lê Văn Hòa đề nghị phía Australia tiếp tục mở cửa thị trường cho các mặt hàng nông sản của Việt Nam, tạo điều kiện cho cộng đồng người Việt Nam tại Australia, đồng thời tăng cường hợp tác trong ứng phó với dịch bệnh viêm đường hô hấp cấp do chủng mới của virus corona gây ra.',
        'Hai bên nhất trí tăng cường trao đổi đoàn các cấp, thúc đẩy hợp tác giữa các địa phương của hai nước, phối hợp chặt chẽ tại các diễn đàn đa phương, nhất là trong năm Việt Nam đảm nhận vai trò Chủ tịch ASEAN 2020 và Ủy viên không thường trực Hội đồng Bảo an Liên hợp quốc nhiệm kỳ 2020 - 2021.',
    ])
    assert extract_from_text(text, "t.txt")[1]["is_activity"] is False


def test_a_class_for_workers_going_abroad_is_no_activity():
    text = ("Nam Định: Bế giảng khóa đào tạo tiếng Nhật cho lao động đi làm việc tại Nhật Bản\nThứ Năm, 21/11/2019 - 16:05\n"
            "Chiều 21/11, Trung tâm Dịch vụ việc làm tỉnh Nam Định bế giảng khóa đào tạo tiếng Nhật cho 85 học viên chuẩn bị "
            "xuất cảnh sang Nhật Bản làm việc theo chương trình thực tập sinh kỹ năng.\nDự lễ có đại diện Cục Quản lý lao động "
            "ngoài nước (Bộ Lao động - Thương binh và Xã hội). Phát biểu tại buổi lễ, Phó Giám đốc Sở Lao động - Thương binh và "
            "Xã hội Trần Văn Hải đề nghị Cục tiếp tục hỗ trợ tỉnh trong tuyển chọn lao động.\nKhóa học kéo dài 4 tháng.")
    assert extract_from_text(text, "t.txt")[1]["is_activity"] is False
    # (a foreign locality's delegation at the class makes it one)
    text = text.replace("Khóa học kéo dài 4 tháng.", "Dự lễ bế giảng có đoàn công tác tỉnh Gifu (Nhật Bản) do ông Sato "
                        "Kenji, Phó Thống đốc tỉnh Gifu dẫn đầu.").replace("Chiều 21/11, Trung tâm", "Chiều 21/11, đoàn công "
                        "tác tỉnh Gifu (Nhật Bản) dự lễ do Trung tâm").replace("bế giảng khóa đào tạo tiếng Nhật cho 85",
                        "tổ chức bế giảng khóa đào tạo tiếng Nhật cho 85")
    assert extract_from_text(text, "t.txt")[1]["is_activity"] is True


def test_gifts_to_poor_households_of_a_border_commune_next_to_a_foreign_province_is_no_activity():
    text = ("Sở Ngoại vụ tặng quà Tết cho hộ nghèo xã biên giới Ia Dom\nNgày 20/01/2023, đoàn công tác Sở Ngoại vụ tỉnh Gia "
            "Lai do Giám đốc Sở Nguyễn Văn Hào dẫn đầu đã đến thăm, tặng quà Tết cho các hộ nghèo tại xã Ia Dom, huyện Đức Cơ.\n"
            "Ia Dom là xã biên giới tiếp giáp với tỉnh Ratanakiri (Campuchia), đời sống người dân còn nhiều khó khăn.\nDịp này, "
            "đoàn đã trao 60 suất quà.")
    assert extract_from_text(text, "t.txt")[1]["is_activity"] is False
    # (the neighbours' delegation met at the gifts' handover makes it one)
    text = text.replace("Dịp này, đoàn đã trao 60 suất quà.", "Dịp này, đoàn đã hội đàm với đoàn công tác tỉnh Ratanakiri.")
    assert extract_from_text(text, "t.txt")[1]["is_activity"] is True


def test_an_air_routes_first_flight_with_no_one_received_is_no_activity():
    text = ("Khai trương đường bay thẳng Cheongju - Đà Lạt\nThứ Năm, 14/3/2024 | 10:20\nSáng 14/3, chuyến bay đầu tiên từ thành "
            "phố Cheongju (Hàn Quốc) đã hạ cánh xuống Cảng hàng không Liên Khương (Lâm Đồng), mở đường bay thẳng Cheongju - Đà "
            "Lạt với 3 chuyến mỗi tuần.\nTheo Sở Du lịch tỉnh Lâm Đồng, năm 2023 tỉnh đón hơn 100.000 lượt khách Hàn Quốc.")
    assert extract_from_text(text, "t.txt")[1]["is_activity"] is False
    # (the province's leaders receiving the partner city's delegation on it make one)
    text = text.replace("Theo Sở Du lịch tỉnh Lâm Đồng, năm 2023 tỉnh đón hơn 100.000 lượt khách Hàn Quốc.", "Cùng chuyến bay có đoàn công tác thành phố Cheongju do Phó "
                        "Thị trưởng Kim Young-hwan dẫn đầu. Phó Chủ tịch UBND tỉnh Lâm Đồng Đặng Trí Dũng đã tiếp đoàn.")
    text = text.replace("Sáng 14/3, chuyến bay", "Sáng 14/3, Phó Chủ tịch UBND tỉnh Lâm Đồng tiếp đoàn thành phố Cheongju "
                        "(Hàn Quốc) nhân dịp chuyến bay")
    assert extract_from_text(text, "t.txt")[1]["is_activity"] is True


def test_the_departments_staff_celebrating_a_day_of_the_country_is_no_activity():
    text = ("Sở Ngoại vụ tổ chức gặp mặt chào mừng Ngày Phụ nữ Việt Nam\nCập nhật: 20/10/2023 15:10\nNgày 20/10, Công đoàn cơ sở Sở "
            "Ngoại vụ tỉnh Lào Cai tổ chức gặp mặt cán bộ nữ nhân kỷ niệm 93 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam. "
            "Giám đốc Sở Ngoại vụ Nguyễn Văn Hải dự và phát biểu.")
    assert extract_from_text(text, "t.txt")[1]["is_activity"] is False


def test_the_chairman_receiving_the_provinces_own_village_elders_is_no_activity():
    text = ("Chủ tịch UBND tỉnh tiếp đoàn người có uy tín huyện Sa Thầy\nThứ Ba, 12/11/2019 - 15:30\nChiều 12/11, tại trụ sở UBND "
            "tỉnh, Chủ tịch UBND tỉnh Kon Tum Nguyễn Văn Hòa đã tiếp đoàn đại biểu người có uy tín huyện Sa Thầy.\nĐoàn gồm 40 già "
            "làng của các xã biên giới. Cùng tiếp đoàn có đại diện Bộ Chỉ huy Bộ đội Biên phòng tỉnh.")
    assert extract_from_text(text, "t.txt")[1]["is_activity"] is False


def test_foreigners_fined_for_breaking_the_rules_on_their_stay_is_no_activity():
    text = ("Bình Thuận: Xử phạt 9 người nước ngoài vi phạm quy định về tạm trú\nThứ Hai, 12/02/2024 - 10:05\nNgày 11/2, Phòng "
            "Quản lý xuất nhập cảnh Công an tỉnh Bình Thuận cho biết đã xử phạt 9 người nước ngoài quốc tịch Nga không khai báo "
            "tạm trú tại các cơ sở lưu trú ở Mũi Né.\nThượng tá Trần Văn Hòa, Trưởng phòng Quản lý xuất nhập cảnh cho biết, năm "
            "2023, tỉnh Bình Thuận đón hơn 1 triệu lượt khách quốc tế. Đơn vị sẽ tiếp tục tăng cường kiểm tra.")
    assert extract_from_text(text, "t.txt")[1]["is_activity"] is False
