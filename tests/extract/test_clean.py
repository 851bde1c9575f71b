"""clean: page furniture around a story goes, the story stays."""

import pytest

from apps.ingest import normalize
from apps.ingest.clean import clean as clean_stage
from apps.ingest.pipeline import extract_from_text
from apps.ingest.read import html_to_text

from .articles import read_as_expected


def clean(text):
    """The clean stage, on text normalized as the pipeline gives it."""
    return clean_stage(normalize.lines(text))


def test_a_related_article_link_written_twice_in_one_line_is_furniture():
    text = (
        "Đồng Tháp tiếp Tổng Lãnh sự Nhật Bản tại Thành phố Hồ Chí Minh\n"
        "Chiều 3/4, Chủ tịch UBND tỉnh Đồng Tháp tiếp Tổng Lãnh sự Nhật Bản.\n"
        "Mở rộng hợp tác giáo dục với các tỉnh Đông Bắc Thái Lan "
        "Mở rộng hợp tác giáo dục với các tỉnh Đông Bắc Thái Lan\n"
        "Hai bên trao đổi về hợp tác lao động và giáo dục nghề nghiệp."
    )
    out = clean(text)
    assert "Mở rộng hợp tác giáo dục" not in out.text
    assert "Hai bên trao đổi" in out.text


def test_a_sentence_that_only_repeats_a_short_phrase_stays():
    text = "Tiêu đề bài báo về hợp tác quốc tế\nHợp tác, hợp tác và hợp tác là con đường của hai tỉnh."
    assert "Hợp tác, hợp tác" in clean(text).text


def test_the_headline_under_menus_and_a_clock_is_the_title():
    text = (
        "Thứ Tư, 15/10/2025\nThời sự\nChính trị\nĐối ngoại\nBiên giới - Biển đảo\n"
        "Đoàn công tác tỉnh Lạng Sơn thăm và làm việc tại Quảng Tây (Trung Quốc)\n"
        "Cập nhật: 17:30, 12/04/2023 Lượt xem: 1.284\n"
        "Từ ngày 9 đến 11/4, đoàn công tác tỉnh Lạng Sơn đã thăm và làm việc tại Quảng Tây."
    )
    out = clean(text)
    assert out.title == "Đoàn công tác tỉnh Lạng Sơn thăm và làm việc tại Quảng Tây (Trung Quốc)"
    assert out.published == "2023-04-12"


def test_a_site_banner_above_a_clock_is_not_the_title():
    text = (
        "BÁO ĐIỆN TỬ TỈNH - Tin tức Thừa Thiên Huế\nThứ Tư, 03/12/2025\nBạn đang ở: Trang chủ » Đối ngoại\n"
        "Thừa Thiên Huế và tỉnh Chungbuk tăng cường hợp tác di sản\n"
        "Cập nhật lúc 15/06/2016 08:23:17 AM\nChiều 14/6, Phó Chủ tịch UBND tỉnh đã tiếp đoàn tỉnh Chungbuk."
    )
    out = clean(text)
    assert out.title == "Thừa Thiên Huế và tỉnh Chungbuk tăng cường hợp tác di sản"
    assert out.published == "2016-06-15"


def test_a_top_bar_with_the_date_and_links_is_not_the_title():
    text = (
        "Thứ Sáu, 07/11/2025 | Liên hệ | Đường dây nóng | English\n"
        "Liên hiệp các tổ chức hữu nghị làm việc với tỉnh Quảng Bình\n"
        "Chiều 5-9, đoàn công tác đã làm việc với UBND tỉnh Quảng Bình."
    )
    out = clean(text)
    assert out.title == "Liên hiệp các tổ chức hữu nghị làm việc với tỉnh Quảng Bình"
    assert out.published is None


def test_a_banner_ending_with_the_days_date_is_not_the_title():
    text = (
        "Cà Mau Online Thứ Sáu, 04/12/2026\nUNDP đồng hành cùng Cà Mau thích ứng biến đổi khí hậu\n"
        "Sáng 16/9, Phó Chủ tịch UBND tỉnh Cà Mau tiếp đoàn UNDP."
    )
    out = clean(text)
    assert out.title == "UNDP đồng hành cùng Cà Mau thích ứng biến đổi khí hậu"
    assert out.published is None


# --- held-out articles (articles.py) ------------------------------------------------------------

UNSEEN = [
    # 4. VOV with the reporter's byline at the top; "Tối 28-12"; "năm mới 2024" is not the year.
    (
        "vov_byline_top_ha_tinh_bolikhamxay",
        ("text", """Thứ Sáu, 06:45, 29/12/2023
Hà Tĩnh tiếp Đoàn đại biểu cấp cao tỉnh Bô-li-khăm-xay (Lào)
Phóng viên: Trần Tuấn - VOV Miền Trung
VOV.VN - Tối 28-12, tại TP Hà Tĩnh, Ban Thường vụ Tỉnh ủy Hà Tĩnh đã tiếp Đoàn đại biểu cấp cao tỉnh Bô-li-khăm-xay (Lào) do đồng chí Khăm-phăn Xít-thi-đăm-pha, Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Bô-li-khăm-xay dẫn đầu sang thăm, chúc mừng năm mới 2024.
Tiếp đoàn có đồng chí Hoàng Trung Dũng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Hà Tĩnh; đồng chí Võ Trọng Hải, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh và lãnh đạo các sở, ngành.
Tại buổi tiếp, Bí thư Tỉnh ủy Hoàng Trung Dũng thông tin, năm 2023 kinh tế Hà Tĩnh tăng trưởng 6,5%; kim ngạch xuất nhập khẩu qua cửa khẩu quốc tế Cầu Treo - Nậm Phao đạt hơn 300 triệu USD.
Đồng chí Hoàng Trung Dũng đề nghị hai tỉnh tiếp tục phối hợp giữ vững an ninh biên giới; đề nghị tỉnh Bô-li-khăm-xay khuyến khích doanh nghiệp Lào sử dụng cảng Vũng Áng để xuất nhập khẩu hàng hóa.
Đồng chí Khăm-phăn Xít-thi-đăm-pha cảm ơn sự giúp đỡ quý báu của Hà Tĩnh, nhất là trong đào tạo nguồn nhân lực; khẳng định tỉnh Bô-li-khăm-xay sẽ tạo thuận lợi để hàng hóa quá cảnh qua cảng Vũng Áng.
Trước đó, chiều cùng ngày, đoàn đã dâng hương tại Khu di tích Ngã ba Đồng Lộc.
"""),
        dict(
            kind="foreign_delegation", province="Hà Tĩnh", start="2023-12-28", end="2023-12-28",
            lead="Khăm-phăn Xít-thi-đăm-pha",
            officials=["Khăm-phăn Xít-thi-đăm-pha", "Hoàng Trung Dũng", "Võ Trọng Hải"],
            requests=["sử dụng cảng Vũng Áng"], requests_optional=["giữ vững an ninh biên giới"],
            partners=[["Bô-li-khăm-xay", "Bolikhamxay", "Borikhamxay", "Bolikhamsai"]],
        ),
    ),
]


@pytest.mark.parametrize(("source", "exp"), [c[1:] for c in UNSEEN], ids=[c[0] for c in UNSEEN])
def test_unseen_article_is_read_as_a_careful_reader_would(source, exp):
    read_as_expected(source, exp)


def test_a_portals_latest_news_and_footer_are_cut_off():
    body = "\n".join(f"Sáng 5/3, Phó Chủ tịch UBND tỉnh tiếp Đại sứ Chile tại trụ sở UBND tỉnh, đoạn {i}." for i in range(6))
    out = clean(
        "Tỉnh tiếp Đại sứ Chile\n" + body + "\nTin mới\nPhó Chủ tịch UBND tỉnh Trần Văn Cao dự hội nghị tại Lào (2-3-2025)\n"
        "Liên kết website\nCơ quan chủ quản: UBND tỉnh. Chịu trách nhiệm chính: Chánh Văn phòng Lê Thị Mai."
    )
    assert "Tin mới" not in out.text and "Trần Văn Cao" not in out.text and "Lê Thị Mai" not in out.text
    assert "Đại sứ Chile tại trụ sở" in out.text


def test_a_sentence_that_opens_like_a_footer_or_a_ticker_above_the_headline_is_kept():
    body = "\n".join(f"Sáng 5/3, Phó Chủ tịch UBND tỉnh tiếp đoàn của tổ chức KOICA tại trụ sở UBND tỉnh, đoạn {i}." for i in range(4))
    out = clean("Tỉnh tiếp đoàn KOICA\n" + body + "\nCơ quan chủ quản dự án là UBND tỉnh, chủ dự án là Sở Y tế.\n"
                "Tỉnh đề nghị KOICA hỗ trợ trang thiết bị cho bệnh viện tuyến huyện trong năm tới.")
    assert "đề nghị KOICA hỗ trợ" in out.text
    out = clean("Trang chủ\nTin tức\nGiới thiệu\nTin nổi bật\nTỉnh tiếp đoàn KOICA\n" + body)
    assert "đoạn 3" in out.text


def test_a_headline_in_capitals_above_its_publication_line_is_the_title():
    out = clean("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KON TUM\nKON TUM SƠ KẾT 5 NĂM HỢP TÁC VỚI TỈNH ATTAPEU CỦA LÀO\n"
                "Thứ Ba, 25/11/2025 - 15:40\nSáng 25-11, UBND tỉnh Kon Tum tổ chức hội nghị sơ kết hợp tác với tỉnh Attapeu.")
    assert out.title == "KON TUM SƠ KẾT 5 NĂM HỢP TÁC VỚI TỈNH ATTAPEU CỦA LÀO"


def test_a_footer_heading_in_capitals_on_its_own_line_ends_the_story():
    body = "\n".join(f"Sáng 5/3, Phó Chủ tịch UBND tỉnh tiếp Đại sứ Chile tại trụ sở UBND tỉnh, đoạn {i}." for i in range(6))
    out = clean("Tỉnh tiếp Đại sứ Chile\n" + body + "\nCƠ QUAN CHỦ QUẢN\nỦy ban nhân dân tỉnh\nCHỊU TRÁCH NHIỆM CHÍNH\n"
                "Trần Văn Khánh - Giám đốc Sở Thông tin và Truyền thông")
    assert "Trần Văn Khánh" not in out.text


def test_a_menus_item_is_no_title_and_a_long_update_line_is_a_dateline():
    text = (
        "TIN TỨC - SỰ KIỆN|\n» Hoạt động lãnh đạo tỉnh\n» Kinh tế\n"
        "Đoàn đại biểu tỉnh Champasak (Lào) thăm và làm việc tại tỉnh Bình Định\n"
        "Cập nhật ngày: 12/06/2024 10:05 [In trang] [Gửi email] Cỡ chữ: A- A+\n"
        "Ngày 11/6, Chủ tịch UBND tỉnh Bình Định tiếp đoàn đại biểu tỉnh Champasak."
    )
    out = clean(text)
    assert out.title == "Đoàn đại biểu tỉnh Champasak (Lào) thăm và làm việc tại tỉnh Bình Định"
    assert out.published == "2024-06-12"


_WRAPPED = (
    "Phó Chủ tịch tỉnh tiếp Tổng Lãnh sự Nhật Bản\n\n"
    "Thứ Ba, 14/05/2024 - 09:10\n\n"
    "Sáng 14/5, tại trụ sở UBND tỉnh, Phó Chủ tịch UBND tỉnh Nguyễn Hữu\n"
    "Thành đã tiếp ông Sato Kenji, Tổng Lãnh sự Nhật Bản tại Đà Nẵng, nhân\n"
    "dịp ông đến thăm và làm việc tại tỉnh. Hai bên trao đổi về hợp tác\n"
    "đào tạo nguồn nhân lực và thu hút đầu tư vào các khu công nghiệp.\n\n"
    "Tại buổi tiếp, Phó Chủ tịch UBND tỉnh đề nghị Tổng Lãnh sự quán hỗ\n"
    "trợ kết nối với các doanh nghiệp Nhật Bản trong lĩnh vực chế biến\n"
    "nông sản và giới thiệu tỉnh với các địa phương của Nhật Bản có thế\n"
    "mạnh về nông nghiệp công nghệ cao.\n\n"
    "Ông Sato Kenji cảm ơn sự đón tiếp của tỉnh và cho biết sẽ tích cực\n"
    "giới thiệu tiềm năng của tỉnh tới cộng đồng doanh nghiệp Nhật Bản.\n"
)


def test_a_hard_wrapped_text_is_joined_back_into_paragraphs():
    out = clean(_WRAPPED)
    assert "Phó Chủ tịch UBND tỉnh Nguyễn Hữu Thành đã tiếp ông Sato Kenji" in out.text
    assert "đề nghị Tổng Lãnh sự quán hỗ trợ kết nối với các doanh nghiệp Nhật Bản" in out.text
    # the title and the time line stay lines of their own
    assert out.title == "Phó Chủ tịch tỉnh tiếp Tổng Lãnh sự Nhật Bản"
    assert out.published == "2024-05-14"


def test_a_text_of_long_paragraph_lines_is_not_joined():
    text = (
        "Tiêu đề của bài viết\n"
        + "\n".join(
            f"Đoạn {i}: " + "ông Trần Văn An cho biết tỉnh đã tiếp nhiều đoàn khách quốc tế trong năm " * 3
            for i in range(10)
        )
        + "\nngắn\n"
    )
    out = clean(text)
    assert out.text.count("\n") == 11


def test_a_broadcasters_banner_in_capitals_is_no_headline():
    out = clean(
        "PTTH - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH TỈNH SÓC TRĂNG\nTin tức > Thời sự\nCập nhật lúc 09:15 ngày 04/05/2023\n"
        "Sóc Trăng tiếp Tổng Lãnh sự Nhật Bản tại TP Hồ Chí Minh\n"
        "Sáng 4/5, Phó Chủ tịch UBND tỉnh Sóc Trăng tiếp Tổng Lãnh sự Nhật Bản tại TP Hồ Chí Minh và đoàn công tác."
    )
    assert out.title == "Sóc Trăng tiếp Tổng Lãnh sự Nhật Bản tại TP Hồ Chí Minh"


def test_a_sapo_printed_above_the_publication_line_is_no_headline():
    out = clean(
        "Đà Nẵng gặp mặt các cơ quan đại diện nước ngoài dịp Tết\n"
        "(TPO) - Tối 25/1, Thành ủy, HĐND, UBND thành phố Đà Nẵng tổ chức họp mặt các Tổng Lãnh sự và trưởng đại "
        "diện các tổ chức quốc tế nhân dịp Tết Nguyên đán.\n"
        "Cập nhật: 25/01/2024 22:10\n"
        "Chủ trì buổi họp mặt, Bí thư Thành ủy cảm ơn các cơ quan đại diện đã đồng hành cùng thành phố."
    )
    assert out.title == "Đà Nẵng gặp mặt các cơ quan đại diện nước ngoài dịp Tết"


def test_a_list_of_earlier_stories_after_arrows_or_under_tin_da_dua_is_cut():
    story = (
        "Tỉnh tiếp Đại sứ Séc\nSáng 5/12, Chủ tịch UBND tỉnh tiếp Đại sứ Cộng hòa Séc tại Việt Nam và đoàn công tác, "
        "hai bên trao đổi về hợp tác đầu tư, du lịch và đào tạo nguồn nhân lực trong thời gian tới.\n"
    )
    for marker in (">> Tin cùng chuyên mục:", "Các tin đã đưa:"):
        out = clean(story + "Văn Nỷ\n" + marker + "\n- Đồng chí Trần Văn Hưng tiếp Đại sứ Hàn Quốc (10-12-2019)\n")
        assert "Trần Văn Hưng" not in out.text, marker


def test_a_capitals_headline_about_e_commerce_is_a_headline_not_a_banner():
    out = clean(
        "LẠNG SƠN VÀ QUẢNG TÂY THÚC ĐẨY HỢP TÁC THƯƠNG MẠI ĐIỆN TỬ QUA BIÊN GIỚI\n15/06/2024 08:00\n"
        "Sáng 14/6, UBND tỉnh Lạng Sơn hội đàm với Sở Thương mại Khu tự trị Quảng Tây (Trung Quốc)."
    )
    assert out.title.startswith("LẠNG SƠN VÀ QUẢNG TÂY")


def test_a_byline_over_a_publication_line_after_the_story_is_no_headline():
    story = (
        "Chiều 30/1, UBND tỉnh Thanh Hóa tổ chức chương trình gặp mặt kiều bào về quê đón Tết cổ truyền. Phó Chủ "
        "tịch UBND tỉnh chủ trì buổi gặp mặt với hơn 60 kiều bào."
    )
    out = clean(
        "Gặp mặt kiều bào Thanh Hóa nhân dịp Xuân 2024\n" + story + "\n" + story.replace("Chiều", "Tối") + "\n"
        "Phương Đỗ - Đài PT-TH Thanh Hóa\nĐăng lúc: 30/01/2024 20:41\n"
    )
    assert out.title == "Gặp mặt kiều bào Thanh Hóa nhân dịp Xuân 2024"


def test_a_table_portals_menu_and_a_headline_under_its_publication_line():
    page = (
        "<html><body><table><tr><td><a href='#'>Giới thiệu</a></td><td><a href='#'>Tin tức - Sự kiện</a></td>"
        "<td><a href='#'>Chính quyền</a></td><td><a href='#'>Công dân</a></td><td><a href='#'>Doanh nghiệp</a></td>"
        "</tr></table><div>Thống kê truy cập</div><div>Tổng: 8.451.890</div><div>Ngày đăng: 21/01/2025</div>"
        "<div>Chủ tịch UBND tỉnh tiếp Đoàn đại biểu tỉnh Xiêng Khoảng (Lào) đến chúc Tết</div>"
        "<p>Chiều 20/1, Chủ tịch UBND tỉnh Nghệ An đã tiếp Đoàn đại biểu tỉnh Xiêng Khoảng, nước CHDCND Lào do Tỉnh "
        "trưởng dẫn đầu, sang thăm, chúc Tết Nguyên đán.</p></body></html>"
    )
    out = clean(html_to_text(page))
    assert out.title == "Chủ tịch UBND tỉnh tiếp Đoàn đại biểu tỉnh Xiêng Khoảng (Lào) đến chúc Tết"
    # the cells' items kept apart (the menu, a line of headline words above the headline, goes)
    assert "Giới thiệu Tin tức" in "\n".join([out.text, *out.removed])


def test_a_list_of_other_articles_under_cac_bai_viet_khac_is_cut():
    story = (
        "Tỉnh tiếp đoàn tỉnh Savannakhet\nQTO - Chiều 11/12, Phó Chủ tịch UBND tỉnh đã tiếp đoàn công tác tỉnh "
        "Savannakhet, nước CHDCND Lào, hai bên trao đổi về hợp tác giáo dục, đào tạo và quy tập hài cốt liệt sĩ.\n"
        "Lê Minh\n"
    )
    out = clean(story + "Các bài viết khác:\n- Tổng kết công tác ngoại vụ năm 2019 (20/12/2019)\n")
    assert "2019" not in out.text


def test_an_e_papers_list_of_the_pages_stories_above_the_headline_gives_no_title():
    page = (
        "<html><head><title>Quảng Bình mời gọi đầu tư tại Thụy Điển | Báo in</title></head><body>"
        "<div class='ep'><h4>Bài trên trang 5</h4><ul>"
        "<li><a href='#'>Giá lúa gạo tăng nhẹ trong tuần qua</a></li>"
        "<li class='current'><a href='#'>Quảng Bình mời gọi đầu tư tại Thụy Điển</a></li>"
        "<li><a href='#'>Nhiều địa phương đẩy mạnh chuyển đổi số</a></li>"
        "<li><a href='#'>Doanh nghiệp Bắc Âu tìm hiểu thị trường miền Trung</a></li></ul></div>"
        "<div class='kicker'>Hợp tác</div><h1>Quảng Bình mời gọi đầu tư tại Thụy Điển</h1>"
        "<p>Từ ngày 3 đến 6-9, đoàn công tác tỉnh Quảng Bình do Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã thăm, "
        "làm việc tại Vương quốc Thụy Điển.</p>"
        "<p>Tại Stockholm, đoàn làm việc với Đại sứ quán Việt Nam tại Thụy Điển về kết nối doanh nghiệp.</p>"
        "</body></html>"
    )
    out = clean(html_to_text(page))
    assert out.title == "Quảng Bình mời gọi đầu tư tại Thụy Điển"
    assert out.text.count("Quảng Bình mời gọi đầu tư tại Thụy Điển") == 1
    # where it stands: right above the story
    assert "Thụy Điển\nTừ ngày 3 đến 6-9" in out.text


def test_a_publication_line_in_brackets_under_the_headline_marks_the_title():
    text = (
        "Sở Ngoại vụ tỉnh Hà Tĩnh - Tin tức sự kiện\n"
        "» Tin hoạt động\n"
        "Tổng kết công tác đối ngoại năm 2019, triển khai nhiệm vụ năm 2020\n"
        "(Ngày đăng: 11/01/2020 - Lượt xem: 386)\n"
        "Sáng ngày 10/01/2020, Sở Ngoại vụ tổ chức Hội nghị tổng kết công tác đối ngoại năm 2019, triển khai nhiệm "
        "vụ năm 2020. Phó Chủ tịch UBND tỉnh chủ trì hội nghị."
    )
    assert clean(text).title == "Tổng kết công tác đối ngoại năm 2019, triển khai nhiệm vụ năm 2020"


def test_a_credit_line_with_the_day_is_the_publication_line_and_without_it_goes_whole():
    text = (
        "Đoàn Đại sứ thăm, làm việc tại Hà Giang\n"
        "Tin/ảnh: Quang Đại | 03/07/2024\n"
        "TGVN. Trong 3 ngày từ 30/6 - 2/7, đoàn các Đại sứ do Thứ trưởng Ngoại giao dẫn đầu đã có chuyến thăm và "
        "làm việc tại tỉnh Hà Giang."
    )
    assert clean(text).published == "2024-07-03"
    out = clean("Đoàn Đại sứ thăm, làm việc tại Hà Giang\nTin/ảnh: Quang Đại\nTGVN. Trong 3 ngày từ 30/6 - 2/7, "
                "đoàn các Đại sứ đã thăm tỉnh Hà Giang.")
    assert "Tin/" not in out.text


def test_the_headline_repeated_over_the_story_stands_there_and_a_portals_clock_gives_no_title():
    text = (
        "Lãnh đạo tỉnh tiếp Đại sứ Vương quốc Hà Lan tại Việt Nam\n"
        "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH DƯƠNG\n"
        "Bình Dương - Thành phố thông minh, đáng sống\n"
        "Thứ Ba, 07/05/2024 English Sơ đồ trang Liên hệ\n"
        "Chính trị\nKinh tế\nĐối ngoại - Hợp tác quốc tế\nVăn hóa - Xã hội\n"
        "Lãnh đạo tỉnh tiếp Đại sứ Vương quốc Hà Lan tại Việt Nam\n"
        "Ngày đăng: 07/05/2024 | Lượt xem: 1.254\n"
        "Chiều 6/5, tại Trung tâm Hành chính tập trung tỉnh, Phó Chủ tịch UBND tỉnh đã tiếp Đại sứ Vương quốc Hà Lan "
        "tại Việt Nam đến thăm và làm việc."
    )
    out = clean(text)
    assert out.title == "Lãnh đạo tỉnh tiếp Đại sứ Vương quốc Hà Lan tại Việt Nam"
    assert "Việt Nam\nNgày đăng: 07/05/2024" in out.text
    _cleaned, record = extract_from_text(text, "t.txt")
    assert record["start_date"] == "2024-05-06"


def test_a_read_more_list_after_the_story_is_cut():
    out = clean("Tiêu đề của bài báo về đối ngoại\nChủ tịch UBND tỉnh tiếp Đại sứ Úc chào từ biệt, hai bên trao đổi "
                "về hợp tác giáo dục và đào tạo trong nhiều năm qua với nhiều kết quả.\nĐỌC TIẾP\n"
                "TP.HCM và bang Victoria thúc đẩy hợp tác giáo dục")
    assert "Victoria" not in out.text


def test_a_headline_in_capitals_right_above_the_first_paragraph_is_the_title():
    text = (
        "Sở Ngoại vụ thành phố Đà Nẵng\nGiới thiệu\nTin tức - Sự kiện\nHôm nay: 05/12/2025\n"
        "ĐÀ NẴNG TỔNG KẾT CÔNG TÁC ĐỐI NGOẠI NĂM 2024, TRIỂN KHAI NHIỆM VỤ NĂM 2025\n"
        "Sáng 10/01/2025, UBND thành phố Đà Nẵng tổ chức Hội nghị tổng kết công tác đối ngoại năm 2024 và triển khai "
        "nhiệm vụ năm 2025, Phó Chủ tịch UBND thành phố chủ trì hội nghị.\n"
        "Tham dự hội nghị có đại diện Cục Ngoại vụ, Bộ Ngoại giao và lãnh đạo các sở, ban, ngành, quận, huyện và các "
        "cơ quan tham gia công tác đối ngoại trên địa bàn thành phố."
    )
    assert clean(text).title == "ĐÀ NẴNG TỔNG KẾT CÔNG TÁC ĐỐI NGOẠI NĂM 2024, TRIỂN KHAI NHIỆM VỤ NĂM 2025"


def test_the_related_stories_heading_with_its_plural_ends_the_story():
    text = (
        "Thứ trưởng Bộ Ngoại giao làm việc với tỉnh Phú Yên\n"
        "Chiều 8/5/2023, Thứ trưởng Bộ Ngoại giao đã làm việc với UBND tỉnh Phú Yên về công tác đối ngoại. "
        "Tỉnh kiến nghị Bộ hỗ trợ quảng bá du lịch biển qua các cơ quan đại diện ở nước ngoài.\n"
        "Hai bên thống nhất phối hợp tổ chức hội nghị xúc tiến đầu tư tại Nhật Bản trong năm tới.\n"
        "Các tin cùng chuyên mục\n"
        "Phó Chủ tịch UBND tỉnh Trần Hữu Thế tiếp Đại sứ Hungary (02/05/2023)\n"
        "Những bài đã đăng\n"
        "Đoàn công tác của tỉnh làm việc tại tỉnh Champasak (Lào) (20/04/2023)"
    )
    out = clean(text)
    assert "Hai bên thống nhất" in out.text
    assert "Trần Hữu Thế" not in out.text and "Champasak" not in out.text
    # A portal's schedule of its leaders, a widget of its own, ends it too.
    schedule = text.replace("Các tin cùng chuyên mục", "Lịch công tác của lãnh đạo UBND tỉnh")
    assert "Trần Hữu Thế" not in clean(schedule).text


def test_other_stories_headlines_above_the_headline_go_with_their_days():
    title = "Đoàn công tác Bộ Ngoại giao làm việc với tỉnh Điện Biên về biên giới"
    text = (
        "Phó Chủ tịch UBND tỉnh Lò Văn Tiến tiếp Tổng Lãnh sự Lào tại Đà Nẵng\n"
        "28/04/2024\n"
        "Khai mạc Ngày hội văn hóa các dân tộc tỉnh Điện Biên năm 2024\n"
        "Thời sự › Đối ngoại\n" + title + "\n"
        "Thảo Vân · Thứ Năm, 02/05/2024, 10:20 (GMT+7) · Cập nhật: 03/05/2024 08:00\n"
        "Chiều 30/4, Đoàn công tác Bộ Ngoại giao đã làm việc với UBND tỉnh Điện Biên về công tác quản lý biên giới "
        "trên tuyến biên giới Việt Nam - Lào."
    )
    out = clean(text)
    assert out.title == title
    assert out.published == "2024-05-02"
    assert "Lò Văn Tiến" not in out.text and "28/04/2024" not in out.text
    assert out.text.startswith("Thời sự › Đối ngoại\n" + title)


def test_the_papers_name_over_its_clock_is_no_headline_and_the_first_line_stays():
    title = "Quảng Ngãi mở rộng hợp tác với tỉnh Gyeongbuk (Hàn Quốc)"
    text = (
        title + "\n\nBáo Quảng Ngãi điện tử\nThứ Tư, 25/9/2019\n\n"
        "Từ ngày 16 đến 20/9, đoàn công tác tỉnh Quảng Ngãi đã thăm và làm việc tại tỉnh Gyeongbuk, Hàn Quốc, "
        "hai bên trao đổi về hợp tác lao động và du lịch."
    )
    out = clean(text)
    assert out.title == title
    assert out.text.startswith(title)


def test_a_sentence_of_the_story_that_opens_with_a_widgets_word_stays():
    text = (
        "Tỉnh Long An tiếp Tập đoàn Hanwha\nChiều 5/6/2024, Phó Chủ tịch UBND tỉnh tiếp đoàn Tập đoàn Hanwha.\n"
        "Chia sẻ thêm tại buổi làm việc, ông Kim Dong-hyun, Chủ tịch Tập đoàn, trưởng đoàn công tác, cảm ơn sự hỗ trợ "
        "của tỉnh.\nChia sẻ bài viết\nFacebook"
    )
    out = clean(text)
    assert "Kim Dong-hyun" in out.text
    assert "Chia sẻ bài viết" not in out.text


def test_the_pages_title_copy_with_the_sites_name_gives_way_to_the_headline():
    title = "Ủy ban Biên giới quốc gia khảo sát công tác quản lý biên giới tại tỉnh Gia Lai"
    text = (
        title + " - Ủy ban Biên giới quốc gia\nTin tức - Sự kiện > Hoạt động\n" + title + "\n"
        "Từ ngày 6 đến ngày 8/9/2022, đoàn công tác của Ủy ban Biên giới quốc gia đã khảo sát tình hình quản lý biên "
        "giới, mốc giới tại tỉnh Gia Lai."
    )
    out = clean(text)
    assert out.title == title
    assert "- Ủy ban Biên giới quốc gia" not in out.text


def test_a_menu_or_ticker_of_many_words_is_no_paragraph_and_the_headline_over_its_dateline_wins():
    title = "Thứ trưởng Bộ Ngoại giao làm việc với tỉnh Gia Lai"
    text = (
        "BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI\nThứ Sáu, 13/3/2026 | 10:25\n"
        + " | ".join(["Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Văn hóa", "Du lịch", "Thể thao", "Pháp luật",
                      "Phố núi - Phố biển", "Video", "Podcast", "E-paper", "Giáo dục - Đào tạo"]) + "\n"
        "Chính trị » Đối ngoại\n" + title + "\n10/03/2026 14:20\n"
        "GLO - Sáng 10-3, Thứ trưởng Bộ Ngoại giao cùng đoàn công tác đã có buổi làm việc với UBND tỉnh Gia Lai về "
        "công tác đối ngoại.\nChủ tịch UBND tỉnh phát biểu tại buổi làm việc."
    )
    out = clean(text)
    assert out.title == title and out.published == "2026-03-10"
    # a clock with its time over a menu of words, then the headline over its own dateline
    text = (
        "Báo Hà Tĩnh điện tử\nThứ sáu, 13/03/2026 - 08:14 GMT+7\n"
        "Thời sự Chính trị Kinh tế Xã hội Pháp luật Văn hóa Thể thao Quốc tế Hà Tĩnh đó đây Truyền hình\n"
        "Chính trị › Đối ngoại\n" + title + "\n28/12/2021 - 17:35\n"
        "(Baohatinh.vn) - Chiều 28/12, Sở Ngoại vụ tổ chức hội nghị tổng kết công tác đối ngoại năm 2021 với sự tham dự "
        "của nhiều sở, ngành.\nChia sẻ: Facebook Zalo\nChủ đề: Đối ngoại, Sở Ngoại vụ, Khăm Muộn\nẢnh - Video\n"
        "Phó Bí thư Tỉnh ủy Lê Quang Thiện thăm, tặng quà gia đình chính sách tại Hương Khê"
    )
    out = clean(text)
    assert out.title == title and "Lê Quang Thiện" not in out.text


def test_the_sites_hotline_line_is_no_headline():
    text = (
        "BÁO ĐIỆN TỬ TỈNH ĐIỆN BIÊN\n"
        "Điện thoại đường dây nóng: 0215.3825.xxx\n"
        "Điện Biên gặp mặt các tổ chức phi chính phủ nước ngoài năm 2024\n"
        "Chiều 18/12, UBND tỉnh Điện Biên tổ chức Hội nghị gặp mặt các tổ chức phi chính phủ nước ngoài hoạt động "
        "trên địa bàn tỉnh năm 2024.\n"
    )
    assert clean(text).title == "Điện Biên gặp mặt các tổ chức phi chính phủ nước ngoài năm 2024"


def test_the_list_of_stories_on_the_same_topic_ends_the_story():
    text = (
        "Đồng Tháp chúc Tết tỉnh Prey Veng\n"
        "Ngày 11/4, Đoàn đại biểu tỉnh Đồng Tháp do Bí thư Tỉnh ủy làm trưởng đoàn đã chúc Tết tỉnh Prey Veng.\n"
        "Bài viết cùng chủ đề:\n"
        "- Bí thư Tỉnh ủy Lê Văn Tâm tiếp Tổng Lãnh sự Campuchia (14/02/2023)\n"
    )
    assert "Lê Văn Tâm" not in clean(text).text


def test_a_clock_line_with_the_pages_links_is_no_headline():
    text = (
        "Hôm nay: Thứ Hai, ngày 16/02/2026 Đăng nhập\n"
        "Phó Chủ tịch UBND tỉnh tiếp Giám đốc Văn phòng KOICA tại Việt Nam\n"
        "Ngày 3/4, tại trụ sở UBND tỉnh, Phó Chủ tịch UBND tỉnh Điện Biên đã tiếp Giám đốc Văn phòng KOICA tại Việt Nam.\n"
    )
    assert clean(text).title == "Phó Chủ tịch UBND tỉnh tiếp Giám đốc Văn phòng KOICA tại Việt Nam"
    _cleaned, record = extract_from_text(text, "t.txt")
    assert record["start_date"] is None  # the day stays without a year: the clock is the crawl's


def test_under_a_portals_long_menu_the_headline_is_the_line_over_the_lead():
    menu = [
        "Khái quát về Lạng Sơn", "Di tích - Danh thắng", "Công viên địa chất toàn cầu Non nước Lạng Sơn",
        "Tin hoạt động lãnh đạo", "Tin trong tỉnh", "Đối ngoại - Biên giới", "Kinh tế", "Thông báo",
        "Văn bản chỉ đạo, điều hành", "Dự án kêu gọi đầu tư",
    ]
    text = (
        "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LẠNG SƠN\nThứ Ba, 17/11/2026\n" + "\n".join(menu) + "\n"
        "Phó Chủ tịch UBND tỉnh tiếp đoàn công tác thành phố Sùng Tả (Trung Quốc)\n"
        "Ngày 8/10, tại trụ sở UBND tỉnh, Phó Chủ tịch UBND tỉnh Lạng Sơn đã tiếp và làm việc với đoàn công tác "
        "thành phố Sùng Tả.\n"
        "Tại buổi làm việc, hai bên đã thông báo tình hình phát triển kinh tế - xã hội của mỗi địa phương.\n"
    )
    assert clean(text).title == "Phó Chủ tịch UBND tỉnh tiếp đoàn công tác thành phố Sùng Tả (Trung Quốc)"


def test_a_box_of_related_headlines_inside_the_story_goes_and_the_story_goes_on():
    text = (
        "Lạng Sơn hội đàm với thành phố Sùng Tả\n"
        "Ngày 14/1, Đoàn công tác tỉnh Lạng Sơn do Chủ tịch UBND tỉnh làm trưởng đoàn đã hội đàm với lãnh đạo thành "
        "phố Sùng Tả (Quảng Tây, Trung Quốc).\n"
        "Tin liên quan\n"
        "Hội đàm giữa Bí thư Tỉnh ủy Lạng Sơn Vi Văn Khải và Bí thư Khu ủy Quảng Tây (12/12/2025)\n"
        "Kim ngạch xuất nhập khẩu qua Lạng Sơn năm 2025 đạt trên 6 tỷ USD (08/01/2026)\n"
        "Phát biểu tại hội đàm, Chủ tịch UBND tỉnh đề nghị thành phố Sùng Tả phối hợp kéo dài thời gian thông quan.\n"
        "Sáng 15/1, đoàn đến thăm và làm việc tại thành phố Bằng Tường, khảo sát khu vực cửa khẩu.\n"
        "Minh Ngọc\n"
    )
    out = clean(text).text
    assert "Vi Văn Khải" not in out and "kéo dài thời gian thông quan" in out and "Bằng Tường" in out
    # the list that ends the story, with its teasers, still ends it
    text = (
        "Lạng Sơn hội đàm với thành phố Sùng Tả\n"
        "Ngày 14/1, Đoàn công tác tỉnh Lạng Sơn đã hội đàm với lãnh đạo thành phố Sùng Tả (Quảng Tây, Trung Quốc). "
        "Hai bên thống nhất tăng cường phối hợp quản lý biên giới và thúc đẩy thương mại qua các cửa khẩu.\n"
        "Tin liên quan\n"
        "Lạng Sơn tiếp đoàn tỉnh Quảng Tây\n"
        "Ngày 12/12, Bí thư Tỉnh ủy Vi Văn Khải đã tiếp đoàn đại biểu Khu tự trị dân tộc Choang Quảng Tây.\n"
        "Cao Bằng hội đàm với Bách Sắc\n"
    )
    assert "Vi Văn Khải" not in clean(text).text


def test_a_one_line_read_more_link_inside_the_story_goes_and_the_story_goes_on():
    text = (
        "Cần Thơ làm việc với tỉnh Fukuoka\n"
        "Từ ngày 5 đến 9-6, đoàn công tác TP Cần Thơ đã làm việc tại Nhật Bản, được Phó thống đốc tỉnh Fukuoka tiếp.\n"
        ">> Đọc thêm: Cần Thơ lần đầu xuất khẩu lô bưởi da xanh sang Nhật\n"
        "Ngày 7-6, đoàn đến thành phố Kumamoto và làm việc với Thị trưởng; ông Khởi đề nghị thành phố hỗ trợ đào tạo.\n"
        "Thị trưởng đồng ý sẽ cử chuyên gia sang khảo sát trong năm nay và giao bộ phận quốc tế theo dõi.\n"
    )
    out = clean(text).text
    assert "bưởi da xanh" not in out and "Kumamoto" in out


def test_a_leaders_week_schedule_and_a_shortened_title_copy_do_not_hide_the_headline():
    text = (
        "Đoàn công tác Bộ Ngoại giao làm việc với tỉnh Kon Tum - Cổng thông tin điện tử tỉnh Kon Tum\n"
        "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KON TUM\n"
        "Lịch công tác tuần\n"
        "Thứ Hai, 22/8: Chủ tịch UBND tỉnh họp Ban Chỉ đạo phát triển du lịch của tỉnh tại trụ sở UBND tỉnh.\n"
        "Thứ Ba, 23/8: Phó Chủ tịch UBND tỉnh đi kiểm tra công trình giao thông tại huyện Kon Plông của tỉnh.\n"
        "Đoàn công tác Bộ Ngoại giao làm việc với tỉnh Kon Tum về công tác biên giới, đối ngoại\n"
        "19/08/2022 09:12 | Lượt xem: 1.204\n"
        "Ngày 18/8, đoàn công tác của Bộ Ngoại giao do Thứ trưởng làm trưởng đoàn đã làm việc với tỉnh Kon Tum.\n"
    )
    assert clean(text).title == "Đoàn công tác Bộ Ngoại giao làm việc với tỉnh Kon Tum về công tác biên giới, đối ngoại"


def test_the_readers_comments_with_their_count_end_the_story():
    text = (
        "Kiên Giang muốn mở đường bay thẳng Phú Quốc - Busan\n"
        "Chủ tịch UBND tỉnh Kiên Giang tiếp đoàn công tác thành phố Busan, đề nghị thành phố hỗ trợ mở đường bay thẳng "
        "đến Phú Quốc và kết nối doanh nghiệp hai bên trong lĩnh vực cảng biển, logistics.\n"
        "Chia sẻ   Lưu   Ý kiến (3)\n"
        "Ý kiến (3)\n"
        "Minh Hải\n"
        "Đề nghị mở thêm cả đường bay Daegu - Phú Quốc nữa, khách Daegu cũng nhiều.\n"
    )
    assert "Daegu" not in clean(text).text


def test_a_listed_link_to_another_story_with_its_date_in_brackets_is_furniture():
    text = (
        "Ủy ban Biên giới quốc gia làm việc với tỉnh Cao Bằng\n"
        "Chiều 21/7, đoàn công tác Ủy ban Biên giới quốc gia đã làm việc với tỉnh Cao Bằng về công tác biên giới.\n"
        "- Bí thư Tỉnh ủy Nông Văn Tài thăm các đồn biên phòng (02/07/2015)\n"
        "Tỉnh đề nghị Ủy ban hỗ trợ kè bờ sông biên giới đoạn qua huyện Trùng Khánh.\n"
    )
    out = clean(text).text
    assert "Nông Văn Tài" not in out and "kè bờ sông" in out


def test_a_papers_tagline_above_its_clock_is_not_the_title():
    text = (
        "BÁO HÀ GIANG ĐIỆN TỬ\nCơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Giang\n"
        "Thứ Hai, 09/02/2026 | Giờ Hà Nội 08:05\n"
        "Đoàn công tác Bộ Ngoại giao làm việc với tỉnh Hà Giang về phân giới cắm mốc\n"
        "Thứ Năm, 18/04/2024 16:40\n"
        "Chiều 17/4, đoàn công tác Bộ Ngoại giao đã làm việc với UBND tỉnh Hà Giang."
    )
    out = clean(text)
    assert out.title == "Đoàn công tác Bộ Ngoại giao làm việc với tỉnh Hà Giang về phân giới cắm mốc"
    assert out.published == "2024-04-18"


def test_a_menu_of_sections_run_together_is_not_the_title():
    text = (
        "BÁO TUYÊN QUANG\nCơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Tuyên Quang\n"
        "Thứ Sáu, 12/01/2024, 07:00 (GMT+7)\n"
        "Thời sự Chính trị Kinh tế Xã hội Pháp luật Giáo dục Văn hóa Thể thao Quốc tế Video Podcast\n"
        "Chính trị\n"
        "Tuyên Quang tiếp Đại sứ Cu Ba tại Việt Nam\n"
        "Chiều 11/1, Chủ tịch UBND tỉnh Tuyên Quang đã tiếp Đại sứ Cu Ba tại Việt Nam và đoàn công tác."
    )
    assert clean(text).title == "Tuyên Quang tiếp Đại sứ Cu Ba tại Việt Nam"
    # (a headline naming two sections is still one)
    text = (
        "Thứ Sáu, 12/01/2024, 07:00 (GMT+7)\n"
        "Hợp tác kinh tế, văn hóa, giáo dục và y tế giữa Tuyên Quang và tỉnh Hủa Phăn\n"
        "Chiều 11/1, Chủ tịch UBND tỉnh Tuyên Quang đã tiếp đoàn tỉnh Hủa Phăn."
    )
    assert clean(text).title.startswith("Hợp tác kinh tế, văn hóa")


def test_a_tickers_timed_item_and_a_tagline_after_the_papers_name_are_not_the_title():
    text = (
        "THỜI SỰ ĐỐI NGOẠI – Cơ quan của Bộ Ngoại giao\n"
        "10:15 Thủ tướng tiếp Đại sứ Nhật Bản chào từ biệt\n"
        "Đối thoại chính sách Việt Nam – Campuchia cấp Thứ trưởng Ngoại giao lần thứ 3: Hai bên nhất trí thúc đẩy "
        "kết nối giữa các tỉnh biên giới hai nước\n"
        "Thứ Ba, 05/03/2024 16:25\n"
        "Ngày 5/3, tại Hà Nội, hai Thứ trưởng Ngoại giao đồng chủ trì Đối thoại chính sách lần thứ 3."
    )
    assert clean(text).title.startswith("Đối thoại chính sách Việt Nam – Campuchia cấp Thứ trưởng")


def test_a_national_sites_tagline_and_a_short_menu_of_sections_are_not_the_title():
    text = (
        "Báo tiếng Việt nhiều người xem nhất\n"
        "Mới nhất Tin theo khu vực International\n"
        "Thứ tư, 11/9/2019, 16:05 (GMT+7)\n"
        "Đà Nẵng đề nghị Yokohama hỗ trợ đào tạo nhân lực đô thị\n"
        "Sáng 10/9 (giờ địa phương), đoàn công tác TP Đà Nẵng đã làm việc với Phó Thị trưởng thành phố Yokohama."
    )
    assert clean(text).title == "Đà Nẵng đề nghị Yokohama hỗ trợ đào tạo nhân lực đô thị"


def test_a_paragraph_opening_with_the_headlines_words_does_not_make_the_headline_a_title_copy():
    text = (
        "BÁO LÀO CAI\nThứ Hai, 02/12/2024 | 06:30 GMT+7\n"
        "Hội chợ Thương mại quốc tế Việt - Trung (Lào Cai) 2024 sẽ diễn ra từ ngày 26/11 đến 01/12\n"
        "Thứ Ba, 15/10/2024 | 10:20\n"
        "(BLC) - Theo kế hoạch của UBND tỉnh, hội chợ lần thứ 23 sẽ được tổ chức tại thành phố Lào Cai.\n"
        "Hội chợ Thương mại quốc tế Việt - Trung (Lào Cai) được tổ chức thường niên từ năm 2001, là hoạt động xúc tiến "
        "thương mại lớn nhất khu vực biên giới phía Bắc."
    )
    out = clean(text)
    assert out.title.startswith("Hội chợ Thương mại quốc tế Việt - Trung (Lào Cai) 2024 sẽ diễn ra")
    assert out.published == "2024-10-15"


def test_a_listed_link_dated_with_dashes_is_furniture():
    text = (
        "Cần Thơ tiếp Tổng Lãnh sự Nhật Bản\n"
        "Chiều 3/4, Chủ tịch UBND thành phố Cần Thơ tiếp Tổng Lãnh sự Nhật Bản tại Thành phố Hồ Chí Minh.\n"
        "- Lãnh đạo thành phố tiếp đoàn doanh nghiệp tỉnh Jeollanam (Hàn Quốc) (21-07-2017)\n"
        "- Cần Thơ ký kết hợp tác với tỉnh Kagoshima (05.03.2016)"
    )
    out = clean(text)
    assert "Jeollanam" not in out.text and "Kagoshima" not in out.text


@pytest.mark.parametrize(
    "top",
    [
        "Đài Tiếng nói Việt Nam",
        "Cơ quan Trung ương của Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
        "Diễn đàn của Hội Liên hiệp Thanh niên Việt Nam",
        "Cơ quan của Tổng Liên đoàn Lao động Việt Nam",
    ],
)
def test_a_national_outlets_name_or_tagline_and_its_menu_run_together_are_not_the_title(top):
    text = (
        top + "\nThứ Sáu, 24/03/2017 | 16:47 (GMT+7)\n"
        "Chính trịXã hộiKinh tếThế giớiQuân sự - Quốc phòngVăn hóaPháp luậtThể thaoSức khỏeĐời sống\n"
        "Chính trị > Ngoại giao\n"
        "Lạng Sơn và Quảng Tây thúc đẩy hợp tác thương mại qua biên giới\n"
        "VOV.VN - Sáng nay (24/3), tại thành phố Lạng Sơn, lãnh đạo tỉnh Lạng Sơn đã hội đàm với đoàn Quảng Tây."
    )
    assert clean(text).title == "Lạng Sơn và Quảng Tây thúc đẩy hợp tác thương mại qua biên giới"


def test_a_paragraph_naming_a_body_in_camel_case_thrice_is_not_a_menu():
    text = (
        "Long An tiếp EuroCham\n"
        "Sáng 14/5, Chủ tịch UBND tỉnh Long An tiếp đoàn EuroCham do Chủ tịch EuroCham dẫn đầu; EuroCham giới thiệu các "
        "doanh nghiệp châu Âu quan tâm đầu tư vào tỉnh Long An trong thời gian tới."
    )
    assert "Sáng 14/5" in clean(text).text


def test_a_one_line_read_more_box_before_the_storys_next_subheading_does_not_end_the_story():
    text = (
        "Đoàn đại biểu tỉnh Quảng Trị làm việc tại Lào\n"
        "Từ ngày 6 - 8/1, Đoàn đại biểu cấp cao tỉnh Quảng Trị đã thăm, làm việc tại tỉnh Savannakhet và tỉnh Khăm Muộn "
        "của nước Cộng hòa Dân chủ Nhân dân Lào.\n"
        "Tỉnh trưởng tỉnh Savannakhet nhất trí với các đề xuất của tỉnh Quảng Trị và cảm ơn sự giúp đỡ của tỉnh trong "
        "thời gian qua.\n"
        "Đọc thêm: Tỉnh Quảng Trị tiếp đoàn đại biểu tỉnh Salavan (Lào) ngày 20/12/2025\n"
        "Nâng cấp hạ tầng cửa khẩu Cha Lo - Na Phàu\n"
        "Ngày 7/1, đoàn đã đến thăm, làm việc với lãnh đạo tỉnh Khăm Muộn và đề nghị phối hợp nâng cấp hạ tầng cửa khẩu.\n"
        "Cùng ngày, đoàn đã đến chào và làm việc với Tổng Lãnh sự quán Việt Nam tại Savannakhet."
    )
    out = clean(text).text
    assert "Salavan" not in out
    assert "Nâng cấp hạ tầng cửa khẩu Cha Lo" in out and "Tổng Lãnh sự quán Việt Nam tại Savannakhet" in out


def test_the_pages_first_line_over_its_clock_gives_way_to_a_headline_over_its_own_publication_line():
    text = (
        "Thông tấn xã Việt Nam (TTXVN)\nThứ Sáu, 22/11/2024 - 11:03\nTiếng Việt English Español Français\nChính trị\n"
        "Bình Dương thúc đẩy hợp tác đổi mới sáng tạo với tỉnh Noord-Brabant của Hà Lan\n"
        "Thứ Sáu, 09/06/2023 - 21:10\n"
        "Trong chuyến công tác tại Hà Lan từ ngày 5-9/6, đoàn công tác tỉnh Bình Dương đã làm việc với chính quyền tỉnh "
        "Noord-Brabant và thành phố Eindhoven."
    )
    out = clean(text)
    assert out.title.startswith("Bình Dương thúc đẩy hợp tác")
    assert out.published == "2023-06-09"
    # a headline over its dateline on the first two lines stays the title
    text = (
        "Bình Dương thúc đẩy hợp tác đổi mới sáng tạo với tỉnh Noord-Brabant của Hà Lan\n"
        "Thứ Sáu, 09/06/2023 - 21:10\n"
        "Trong chuyến công tác tại Hà Lan từ ngày 5-9/6, đoàn công tác tỉnh Bình Dương đã làm việc với chính quyền tỉnh "
        "Noord-Brabant và thành phố Eindhoven.\n"
        "Tin liên quan\nBình Dương tiếp Đại sứ Hà Lan tại Việt Nam\n(12/03/2023)"
    )
    assert clean(text).title.startswith("Bình Dương thúc đẩy hợp tác")


def test_the_publication_line_under_a_headline_that_long_menus_pushed_down_is_read():
    menu = "\n".join(["Giới thiệu", "Tin tức - Sự kiện", "Kinh tế", "Văn hóa - Xã hội", "Đô thị", "Đối ngoại"] * 12)
    text = (
        "Cổng giao tiếp điện tử thành phố Hà Nội\nThứ Năm, 10/12/2026 - 10:05\n" + menu + "\n"
        "Đoàn đại biểu thành phố Hà Nội thăm và làm việc tại Liên bang Nga\n"
        "Cập nhật lúc 10:20 ngày 09/09/2016\n"
        "Từ ngày 4 đến 8/9, đoàn đại biểu thành phố Hà Nội đã thăm và làm việc tại thủ đô Moskva, Liên bang Nga."
    )
    assert clean(text).published == "2016-09-09"


def test_a_page_title_as_long_as_a_paragraph_over_the_story_does_not_break_the_cleaning():
    title = (
        "Sở Ngoại vụ tỉnh Hà Giang - Tỉnh Hà Giang tiếp và làm việc với Đoàn đại biểu châu Văn Sơn, tỉnh Vân Nam, "
        "Trung Quốc sang thăm và làm việc tại tỉnh trong hai ngày"
    )
    text = (
        title + "\n"
        # a slogan that ends as a sentence ends, then the portal's menu
        "Chào mừng kỷ niệm 126 năm Ngày thành lập tỉnh Hà Giang (20/8/1891 - 20/8/2017)!\n"
        "» Hoạt động đối ngoại\n» Biên giới lãnh thổ\n» Hợp tác quốc tế\nBộ Ngoại giao\n"
        "Tỉnh Hà Giang tiếp và làm việc với Đoàn đại biểu châu Văn Sơn, tỉnh Vân Nam (Trung Quốc)\n"
        "Ngày đăng: 21/04/2017 - Lượt xem: 356\n"
        "Ngày 20/4/2017, tại thành phố Hà Giang, Phó Chủ tịch UBND tỉnh đã tiếp và làm việc với Đoàn đại biểu châu Văn "
        "Sơn do Phó Châu trưởng làm trưởng đoàn sang thăm và làm việc tại tỉnh.\n"
        "Hai bên đã trao đổi về tình hình hợp tác trong thời gian qua và thống nhất nhiều nội dung hợp tác cụ thể trong "
        "thời gian tới giữa hai địa phương."
    )
    assert clean(text).title


def test_the_pages_title_copy_with_the_sites_name_first_gives_way_to_the_headline():
    text = (
        "Sở Ngoại vụ tỉnh Hà Giang - Tỉnh Hà Giang tiếp và làm việc với Đoàn đại biểu châu Văn Sơn, tỉnh Vân Nam, "
        "Trung Quốc sang thăm và làm việc tại tỉnh\n"
        "Chào mừng kỷ niệm 126 năm Ngày thành lập tỉnh Hà Giang (20/8/1891 - 20/8/2017)!\n"
        "» Hoạt động đối ngoại\n» Hợp tác quốc tế\n"
        "Tỉnh Hà Giang tiếp và làm việc với Đoàn đại biểu châu Văn Sơn, tỉnh Vân Nam (Trung Quốc)\n"
        "Ngày đăng: 21/04/2017 - Lượt xem: 356\n"
        "Ngày 20/4/2017, tại thành phố Hà Giang, Phó Chủ tịch UBND tỉnh đã tiếp và làm việc với Đoàn đại biểu châu Văn "
        "Sơn do Phó Châu trưởng làm trưởng đoàn sang thăm và làm việc tại tỉnh."
    )
    out = clean(text)
    assert out.title == "Tỉnh Hà Giang tiếp và làm việc với Đoàn đại biểu châu Văn Sơn, tỉnh Vân Nam (Trung Quốc)"
    assert out.published == "2017-04-21"


def test_a_sites_address_line_and_a_posted_on_line_under_the_headline():
    text = (
        "VOV.VN - Báo điện tử VOV\nĐài Tiếng nói Việt Nam\nThứ Hai, 17/04/2023 08:12 (GMT+7)\n"
        "Thứ trưởng Bộ Ngoại giao làm việc với tỉnh Điện Biên về công tác biên giới\n"
        "VOV.VN - Thứ Sáu, 14/04/2023 | 06:30\n"
        "Chiều 13/4, đoàn công tác Bộ Ngoại giao đã làm việc với UBND tỉnh Điện Biên về công tác biên giới và đối ngoại."
    )
    assert clean(text).title == "Thứ trưởng Bộ Ngoại giao làm việc với tỉnh Điện Biên về công tác biên giới"
    text = (
        "SỞ NGOẠI VỤ TỈNH NGHỆ AN\nThứ Sáu, ngày 08/01/2021 | 09:41:27\nGiới thiệu ▼\nHợp tác quốc tế\n"
        "Người Việt Nam ở nước ngoài\nLãnh sự - Lễ tân\n"
        "Hội nghị tổng kết công tác đối ngoại năm 2020, triển khai nhiệm vụ năm 2021\n"
        "Đăng ngày: 04/01/2021 | Người đăng: Ban biên tập | Lượt xem: 426\n"
        "Ngày 30/12, UBND tỉnh Nghệ An tổ chức Hội nghị tổng kết công tác đối ngoại năm 2020 và triển khai nhiệm vụ."
    )
    out = clean(text)
    assert out.title == "Hội nghị tổng kết công tác đối ngoại năm 2020, triển khai nhiệm vụ năm 2021"
    assert out.published == "2021-01-04"


def test_a_government_papers_tagline_in_capitals_over_its_clock_is_not_the_title():
    text = (
        "BÁO ĐIỆN TỬ CHÍNH PHỦ\n"
        "CƠ QUAN CỦA CHÍNH PHỦ NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Thứ Tư, 11/03/2026 08:05\n"
        "Thời sự > Hoạt động Bộ, ngành\n"
        "Thứ trưởng Bộ Ngoại giao làm việc với tỉnh Lai Châu\n"
        "14/05/2017 09:40\n"
        "(Chinhphu.vn) - Sáng 13/5, đoàn công tác Bộ Ngoại giao đã có buổi làm việc với lãnh đạo tỉnh Lai Châu về "
        "công tác đối ngoại và biên giới."
    )
    out = clean(text)
    assert out.title == "Thứ trưởng Bộ Ngoại giao làm việc với tỉnh Lai Châu"
    assert out.published == "2017-05-14"


def test_a_menus_last_items_over_the_dateline_give_way_to_the_headline_under_it():
    text = (
        "» Tin hoạt động\n"
        "» Biên giới\n"
        "» Thủ tục hành chính\n"
        "Thủ tục cấp thẻ đi lại doanh nhân APEC\n"
        "Thủ tục tổ chức hội nghị\n"
        "Thứ Hai, 22/04/2019 - 09:15\n"
        "Đoàn đại biểu tỉnh Quảng Trị thăm, làm việc tại tỉnh Savannakhet\n"
        "Từ ngày 18 đến 20/4/2019, Đoàn đại biểu tỉnh Quảng Trị do đồng chí Chủ tịch UBND tỉnh làm trưởng đoàn đã "
        "sang thăm và làm việc tại tỉnh Savannakhet (Lào)."
    )
    assert clean(text).title == "Đoàn đại biểu tỉnh Quảng Trị thăm, làm việc tại tỉnh Savannakhet"
    # with no menu above it, the line over the dateline stays the headline
    plain = text.split("\n", 4)[4]
    assert clean(plain).title == "Thủ tục tổ chức hội nghị"


def test_a_print_and_send_widget_line_is_furniture_and_the_lead_follows():
    text = (
        "Gặp mặt các tổ chức phi chính phủ nước ngoài năm 2016\n"
        "Cập nhật lúc 16:20, Thứ Năm, 15/12/2016 (GMT+7)\n"
        "Bản in | Gửi bài | Lượt xem: 517\n"
        "Sáng 15-12, UBND tỉnh Khánh Hòa tổ chức gặp mặt các tổ chức phi chính phủ nước ngoài đang hoạt động trên địa bàn."
    )
    out = clean(text)
    assert "Bản in" not in out.text and "Sáng 15-12, UBND tỉnh" in out.text


def test_a_related_box_inside_the_story_with_a_photo_caption_after_it_is_skipped_not_the_tail():
    text = (
        "Ủy ban Biên giới quốc gia làm việc với tỉnh Điện Biên\n"
        "Ngày 23/3, đoàn công tác Ủy ban Biên giới quốc gia đã làm việc với UBND tỉnh về công tác quản lý biên giới trên địa bàn.\n"
        "Điện Biên có đường biên giới dài hơn 455 km, trong đó hơn 40 km tiếp giáp Trung Quốc và gần 415 km tiếp giáp Lào.\n"
        "Tin liên quan\n"
        "Hội đàm với tỉnh Phông Sa Lỳ về quản lý biên giới năm 2021 (12/01/2021)\n"
        "Tại buổi làm việc, Phó Chủ tịch UBND tỉnh đề nghị Ủy ban quan tâm bố trí kinh phí xây dựng kè bờ suối Nậm Ngà.\n"
        "Phó Chủ nhiệm Ủy ban phát biểu tại buổi làm việc. Ảnh: Quốc Huy\n"
        "Phát biểu tại buổi làm việc, Phó Chủ nhiệm Ủy ban ghi nhận những kết quả tỉnh đạt được trong công tác biên giới.\n"
        "Hoài Thu"
    )
    out = clean(text)
    assert "kè bờ suối Nậm Ngà" in out.text and "Hội đàm với tỉnh Phông Sa Lỳ" not in out.text


@pytest.mark.parametrize(
    "under",
    ["Quang cảnh buổi tiếp tại trụ sở UBND tỉnh", "Nguyễn Thị Hằng - Sở Ngoại vụ", "Tăng cường hợp tác toàn diện với các tỉnh của Lào"],
)
def test_a_caption_byline_or_subheading_under_a_headlines_dateline_does_not_take_its_place(under):
    text = (
        "» Tin tức - Sự kiện\n"
        "Lãnh đạo tỉnh tiếp Tổng Lãnh sự Lào tại Đà Nẵng\n"
        "Thứ Ba, 12/03/2024 - 10:15\n"
        f"{under}\n"
        "Sáng 12/3, Phó Chủ tịch UBND tỉnh Quảng Trị Hà Sỹ Đồng đã tiếp Tổng Lãnh sự Lào tại Đà Nẵng đến chào xã giao."
    )
    assert clean(text).title == "Lãnh đạo tỉnh tiếp Tổng Lãnh sự Lào tại Đà Nẵng"


def test_another_storys_teaser_under_a_related_box_is_the_tail():
    text = (
        "Quảng Trị tiếp Tổng Lãnh sự Lào\n"
        "Sáng 12/3, Phó Chủ tịch UBND tỉnh Hà Sỹ Đồng tiếp Tổng Lãnh sự Lào tại Đà Nẵng đến chào xã giao tỉnh.\n"
        "Hai bên trao đổi về hợp tác giữa Quảng Trị và tỉnh Savannakhet trong giáo dục, y tế và thương mại qua cửa "
        "khẩu Lao Bảo, nhất là việc đào tạo lưu học sinh Lào tại các trường của tỉnh.\n"
        "Ông đề nghị Tổng Lãnh sự quán tiếp tục làm cầu nối để tỉnh mở rộng hợp tác với tỉnh Salavan của Lào.\n"
        "Tin liên quan\n"
        "Quảng Trị tổng kết công tác đối ngoại năm 2023\n"
        "Quảng Trị đón đoàn doanh nghiệp Nhật Bản\n"
        "Chiều 8/3, Phó Chủ tịch UBND tỉnh Hoàng Nam tiếp đoàn doanh nghiệp tỉnh Chiba (Nhật Bản) do ông Tanaka dẫn đầu.\n"
        "Ảnh: Quang cảnh buổi tiếp đoàn doanh nghiệp Nhật Bản tại UBND tỉnh\n"
        "Phó Chủ tịch Hoàng Nam đề nghị doanh nghiệp tỉnh Chiba sớm khảo sát xây dựng nhà máy chế biến gỗ tại khu kinh tế."
    )
    assert "Chiba" not in clean(text).text


def test_a_credit_line_and_a_related_photo_story_are_furniture():
    text = (
        "Đoàn Ban Đối ngoại Trung ương làm việc với tỉnh Hà Giang\n"
        "Ngày 5/11, đoàn công tác Ban Đối ngoại Trung ương đã làm việc với Tỉnh ủy Hà Giang về công tác đối ngoại Đảng.\n"
        "Đồng chí Phó Bí thư Thường trực Tỉnh ủy kiến nghị Ban hỗ trợ tỉnh duy trì cơ chế giao lưu với các địa phương bạn.\n"
        "Bài, ảnh: TS. Lê Minh Tâm (Cộng tác viên)\n"
        "Tin ảnh khác: Đồng chí Hầu Văn Chúng, Phó Chủ tịch UBND tỉnh thăm mô hình trồng cam tại huyện Bắc Quang."
    )
    out = clean(text)
    assert "Lê Minh Tâm" not in out.text and "Hầu Văn Chúng" not in out.text


def test_links_to_other_stories_after_arrows_inside_the_story_are_furniture():
    text = clean(
        "Đà Nẵng tiếp đoàn thành phố Sakai\nChiều 22/10, Phó Chủ tịch UBND thành phố tiếp đoàn thành phố Sakai "
        "(Nhật Bản).\n>> Đà Nẵng xúc tiến đầu tư tại Tokyo và Osaka\n>> Hội An đón đoàn thành phố Kawasaki\n"
        "Phó Thị trưởng cho biết Sakai là thành phố công nghiệp lớn."
    ).text
    assert "Kawasaki" not in text and "Osaka" not in text
    assert "Phó Thị trưởng cho biết" in text
    # (a sentence after the arrows stays: it is the story's)
    assert ">> Hai bên nhất trí tăng cường hợp tác." in clean(
        "Tiêu đề\nChiều 22/10, tỉnh tiếp đoàn.\n>> Hai bên nhất trí tăng cường hợp tác.").text


def test_a_list_of_other_stories_under_bai_viet_cung_chuyen_muc_or_dated_headlines_is_furniture():
    story = (
        "Nghệ An tiếp đoàn tỉnh Xiêng Khoảng\nNgày 14/3, Chủ tịch UBND tỉnh Nghệ An tiếp đoàn đại biểu tỉnh Xiêng "
        "Khoảng (Lào). Hai bên trao đổi về hợp tác giáo dục, y tế và thương mại biên giới trong thời gian tới.\n"
        "Hai tỉnh đã ký kết biên bản thỏa thuận hợp tác năm 2023, tập trung vào nông nghiệp và giáo dục.\n"
    )
    text = clean(story + "Bài viết cùng chuyên mục:\nĐoàn công tác Hủa Phăn thăm huyện Quế Phong (20/02/2023)").text
    assert "Hủa Phăn" not in text and "Hai tỉnh đã ký kết" in text
    text = clean(story + "Đoàn công tác Hủa Phăn thăm huyện Quế Phong (20/02/2023)\nTỉnh dự lễ tại Viêng Chăn "
                 "(02/12/2022)").text
    assert "Hủa Phăn" not in text and "Viêng Chăn" not in text


def test_a_list_under_bai_doc_them_and_items_dated_after_a_dash_are_furniture():
    story = (
        "Bình Thuận tổng kết công tác đối ngoại năm 2023\nChiều 25/1, UBND tỉnh Bình Thuận tổ chức Hội nghị tổng kết "
        "công tác đối ngoại năm 2023, triển khai nhiệm vụ năm 2024 với sự tham dự của các sở, ngành.\nGiám đốc Sở "
        "Ngoại vụ cho biết năm 2024 ngành sẽ tập trung quảng bá hình ảnh tỉnh tại các thị trường trọng điểm.\n"
    )
    text = clean(story + "Bài đọc thêm:\n- Bình Thuận đón đoàn tỉnh Gyeongsangnam (Hàn Quốc) - 18/01/2024").text
    assert "Gyeongsangnam" not in text and "Giám đốc Sở" in text
    text = clean(story + "- Đoàn tỉnh Bình Thuận thăm vùng Primorsky (Nga) - 20/11/2023").text
    assert "Primorsky" not in text


def test_a_joomla_publication_line_with_its_month_as_a_number_word_and_the_headline_over_its_widgets():
    out = clean(
        "Giới thiệu\nTin tức\nNgười Việt Nam ở nước ngoài\nVăn bản\nHội nghị vận động viện trợ phi chính phủ nước ngoài "
        "tỉnh Quảng Nam năm 2017\nE-mail\nChi tiết\nChuyên mục: Tin hoạt động\nNgày đăng: Thứ sáu, 24 Tháng 11 2017 "
        "15:40\nSáng 24/11, tại thành phố Tam Kỳ, UBND tỉnh Quảng Nam tổ chức Hội nghị vận động viện trợ phi chính phủ "
        "nước ngoài năm 2017.\nTham dự hội nghị có đại diện 42 tổ chức phi chính phủ nước ngoài."
    )
    assert out.title.startswith("Hội nghị vận động viện trợ")
    assert out.published == "2017-11-24"


def test_a_print_views_address_line_and_close_window_widget_are_furniture():
    out = clean(
        "In bài | Đóng cửa sổ\nĐịa chỉ bài viết: https://baonghean.vn/doan-dai-bieu-tinh-nghe-an-tham-xieng-khoang.html\n"
        "Ngày in: 12/01/2026 10:22\nChính trị\nĐoàn đại biểu cấp cao tỉnh Nghệ An thăm tỉnh Xiêng Khoảng (Lào)\n"
        "Cập nhật: 07/09/2023 - 15:30\n(Baonghean.vn) - Từ ngày 4 - 6/9, Đoàn đại biểu cấp cao tỉnh Nghệ An thăm tỉnh "
        "Xiêng Khoảng.\nHai bên hội đàm và ký biên bản hợp tác."
    )
    assert out.title.startswith("Đoàn đại biểu cấp cao tỉnh Nghệ An")
    assert "https://" not in out.text


def test_the_publication_line_under_the_related_stories_still_dates_the_story():
    out = clean(
        "Hội đàm giữa tỉnh Lào Cai và châu Hồng Hà\nSáng 15/6, tại thành phố Lào Cai, Phó Chủ tịch UBND tỉnh chủ trì hội "
        "đàm với đoàn châu Hồng Hà (Trung Quốc) do Phó Châu trưởng dẫn đầu.\nHai bên thống nhất đẩy nhanh xây dựng cầu "
        "đường bộ qua sông Hồng và ký biên bản hội đàm.\nTin liên quan:\n- Lãnh đạo tỉnh tiếp Đoàn Sở Ngoại vụ tỉnh Vân Nam "
        "(02/05/2018)\nĐăng ngày: 15/06/2018 17:40 | Cập nhật: 15/06/2018 18:02\nIn bài | Chia sẻ"
    )
    assert out.published == "2018-06-15"


def test_a_long_headline_with_a_colon_over_the_publication_line_is_no_sapo():
    out = clean(
        "Báo Quốc tế - Thế giới & Việt Nam\nThời sự Chính trị Kinh tế Kiều bào Văn hóa Du lịch Thế giới Địa phương\n"
        "Nghệ An tổng kết công tác đối ngoại năm 2022: Đón 45 đoàn khách quốc tế, mở rộng quan hệ với địa phương Hàn Quốc\n"
        "Thứ Năm, 29/12/2022, 16:45\nTG&VN. Chiều 29/12, Sở Ngoại vụ tỉnh Nghệ An tổ chức Hội nghị tổng kết công tác đối "
        "ngoại năm 2022.\nPhó Chủ tịch UBND tỉnh chủ trì hội nghị."
    )
    assert out.title.startswith("Nghệ An tổng kết")


def test_a_list_the_story_announces_keeps_its_dated_or_marked_items():
    story = ("Đoàn công tác tỉnh Lạng Sơn làm việc tại Quảng Tây\nTừ ngày 14 đến 15/3/2024, đoàn công tác tỉnh Lạng Sơn do "
             "Phó Chủ tịch UBND tỉnh dẫn đầu đã làm việc tại Khu tự trị Quảng Tây (Trung Quốc).\n")
    text = clean(story + "Lịch trình của đoàn như sau:\nHội đàm với lãnh đạo thành phố Sùng Tả (14/03/2024)\nLàm việc với "
                 "lãnh đạo thành phố Bằng Tường (15/03/2024)\nHai bên thống nhất kéo dài thời gian thông quan.").text
    assert "Sùng Tả" in text and "Bằng Tường" in text
    text = clean(story + "Các hoạt động chính:\n- Hội đàm với tỉnh Xiêng Khoảng tại Phôn-xa-vẳn - 14/3/2024\n- Làm việc "
                 "với tỉnh Hủa Phăn, ngày 15 - 16/3/2024\nHai bên ký biên bản hợp tác.").text
    assert "Xiêng Khoảng" in text and "Hủa Phăn" in text
    text = clean(story + "Tỉnh kiến nghị một số nội dung sau:\n>> Hỗ trợ tỉnh kết nối với các địa phương Nhật Bản\n"
                 ">> Hướng dẫn tỉnh quản lý biên giới\nThứ trưởng ghi nhận các kiến nghị.").text
    assert "Hỗ trợ tỉnh kết nối" in text and "Hướng dẫn tỉnh" in text


def test_a_request_after_arrows_and_the_lists_under_tin_tuc_cung_chuyen_muc():
    story = ("Tiêu đề\nChiều 10/5, đoàn Bộ Ngoại giao làm việc với UBND tỉnh Kon Tum về công tác đối ngoại của tỉnh.\nHai "
             "bên trao đổi về công tác biên giới và hợp tác với các địa phương của Lào, Campuchia.\n")
    text = clean(story + ">> Phó Chủ tịch UBND tỉnh đề nghị Bộ Ngoại giao hỗ trợ tỉnh mở cửa khẩu phụ\nThứ trưởng ghi nhận.").text
    assert "đề nghị Bộ Ngoại giao" in text
    for marker in ("Tin tức cùng chuyên mục", "Tin, bài cùng chuyên mục"):
        text = clean(story + marker + "\nQuảng Ninh tiếp đoàn thành phố Phòng Thành Cảng").text
        assert "Phòng Thành Cảng" not in text


def test_the_sites_address_before_its_name_and_a_clock_with_its_widgets():
    page = ("thainguyen.gov.vn - Cổng thông tin điện tử tỉnh Thái Nguyên\nĐăng nhập | Đăng ký\n"
            "Thái Nguyên tiếp đoàn thành phố Gumi (Hàn Quốc) bàn hợp tác đào tạo nghề\n"
            "Tỉnh đề nghị thành phố Gumi tiếp nhận thực tập sinh của tỉnh sang học tập, làm việc.\n"
            "14/05/2025 10:20 | Lượt xem: 1.208 | Cỡ chữ a A | In | Chia sẻ\n"
            "Sáng 13/5, Chủ tịch UBND tỉnh Trịnh Việt Hà đã tiếp đoàn công tác thành phố Gumi do ông Kim Jang-ho làm "
            "trưởng đoàn.\nHai bên trao đổi về hợp tác đào tạo nghề và tiếp nhận thực tập sinh.")
    cleaned = clean(page)
    assert cleaned.title == "Thái Nguyên tiếp đoàn thành phố Gumi (Hàn Quốc) bàn hợp tác đào tạo nghề"
    _cleaned, record = extract_from_text(page, "t.txt")
    assert record["is_activity"] and record["start_date"] == "2025-05-13"
    # a line that opens with the day and its time but goes on as a sentence is no publication line
    cleaned = clean("Tiêu đề của bài\n14/05/2025 10:20 | Tỉnh Thái Nguyên đã tiếp đoàn thành phố Gumi và hai bên trao "
                    "đổi về hợp tác\nNội dung.")
    assert "Tỉnh Thái Nguyên đã tiếp đoàn" in cleaned.text


def test_a_box_of_related_headlines_with_a_photo_under_it_leaves_the_story_whole():
    story = ("Tiêu đề của bài viết về Quảng Trị\nSáng 5/9, Chủ tịch UBND tỉnh Võ Văn Hưng tiếp đoàn thành phố Andong do "
             "Thị trưởng Kwon Ki-chang dẫn đầu.\nHai bên trao đổi về hợp tác du lịch và giáo dục.\n")
    thanks = "Thị trưởng Kwon Ki-chang cảm ơn sự đón tiếp chu đáo của tỉnh và mời lãnh đạo tỉnh sang thăm thành phố.\n"
    guests = ("Tham dự buổi tiếp có ông Lê Đức Tiến, Giám đốc Sở Ngoại vụ, cùng lãnh đạo các sở, ngành của tỉnh.\n"
              "Bình luận (0)\nTin liên quan\n- Quảng Bình tiếp đoàn Hàn Quốc")
    # the caption right under a one-line box, a sentence in it before its credit
    text = clean(story + "Đọc thêm: Khách Hàn Quốc đến Quảng Trị tăng mạnh\nThị trưởng Kwon Ki-chang (trái) và Chủ tịch "
                 "tỉnh trao quà. Ảnh: Hoàng Anh\n" + thanks + guests).text
    assert "Lê Đức Tiến" in text and "Khách Hàn Quốc" not in text
    # a caption between the story's paragraphs after the box, credited with initials
    text = clean(story + "Xem thêm:\nQuảng Trị ký kết hợp tác với tỉnh Savannakhet\nThị trưởng Andong: Muốn đưa thêm du "
                 "khách\n" + thanks + "Thị trưởng Kwon Ki-chang và Chủ tịch tỉnh trao quà lưu niệm - Ảnh: T.AN\n" + guests).text
    assert "Lê Đức Tiến" in text and "Muốn đưa thêm" not in text


def test_a_province_a_guest_will_visit_later_does_not_act():
    from apps.ingest.extract.activity import _province_acts
    assert not _province_acts("Phó Thủ tướng tiếp Thống đốc tỉnh Aichi tại trụ sở Chính phủ. Theo chương trình, ngày 27/7 "
                              "ông sẽ thăm tỉnh Hà Nam và dự lễ khởi công nhà máy.")
    assert _province_acts("Đoàn đã thăm tỉnh Hà Nam và dự lễ khởi công nhà máy.")


@pytest.mark.parametrize("crumb, day", [
    ("Trang chủ > Tin tức - Sự kiện > Hoạt động đối ngoại > Thứ Ba, 14/06/2022 - 09:12", "2022-06-14"),
    ("Trang chủ / Tin tức - Sự kiện / Hoạt động của Sở (25/08/2022 15:02)", "2022-08-25"),
    ("Trang chủ / Tin tức / Hoạt động đối ngoại / Ngày 22/10/2019 | Lượt xem: 1.245", "2019-10-22"),
    ("Trang chủ › Tin tức › Đối ngoại › 08/11/2024", "2024-11-08"),
])
def test_the_publication_line_at_the_end_of_a_breadcrumb(crumb, day):
    page = ("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG BÌNH\nGiới thiệu | Tin tức - Sự kiện | Lãnh sự - Người Việt Nam ở nước "
            f"ngoài | Hợp tác quốc tế | Văn bản | Thủ tục hành chính của Sở Ngoại vụ tỉnh\n{crumb}\n"
            "Lãnh đạo tỉnh tiếp đoàn công tác tỉnh Khăm Muộn (Lào)\nChiều 13/6, tại trụ sở UBND tỉnh, Phó Chủ tịch UBND "
            "tỉnh Hoàng Minh Quân đã tiếp và làm việc với đoàn công tác tỉnh Khăm Muộn do ông Bun Nhang làm trưởng đoàn.")
    assert clean(page).published == day
    # a breadcrumb without a day gives none
    assert clean(page.replace(crumb, "Trang chủ > Tin tức - Sự kiện > Hoạt động đối ngoại")).published is None


def test_co_lien_quan_heads_the_related_stories_that_end_the_page():
    page = ("Đối ngoại\nLâm Đồng – Annecy: Thúc đẩy hợp tác phát triển du lịch\n22/06/2018\nNgày 21/6/2018, đoàn công tác tỉnh "
            "Lâm Đồng do ông Phạm Quang Vinh, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã làm việc với thành phố Annecy.\nHai "
            "bên trao đổi về hợp tác du lịch, quy hoạch đô thị và đào tạo nhân lực ngành khách sạn cho các trường nghề.\n"
            "Có liên quan\nĐoàn đại biểu thành phố Annecy thăm Lâm Đồng\n15/09/2017\nChủ tịch UBND tỉnh tiếp Tổng Lãnh sự "
            "Pháp\n30/05/2018\nLâm Đồng tìm hiểu hợp tác với thành phố Ifrane\n12/04/2018")
    text = clean(page).text
    assert "Ifrane" not in text and "15/09/2017" not in text
    assert extract_from_text(page, "t.txt")[1]["is_activity"] is True


def test_a_breadcrumbs_topic_span_and_an_inline_co_lien_quan_box():
    page = ("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐỒNG NAI\nTrang chủ > Sự kiện > Hội chợ (06/11/2017 - 11/11/2017)\nĐồng Nai tiếp đoàn "
            "tỉnh Chungcheongnam\nChiều 13/6, Phó Chủ tịch UBND tỉnh Đồng Nai tiếp đoàn công tác tỉnh Chungcheongnam do ông Park "
            "Jeong-hoon làm trưởng đoàn.")
    assert clean(page).published is None
    story = ("Tiêu đề của bài viết về Nghệ An\nSáng 11/3, Chủ tịch UBND tỉnh Nghệ An Nguyễn Đức Trung tiếp đoàn tỉnh Gyeonggi "
             "do ông Choi Young-sam dẫn đầu.\nHai bên trao đổi về hợp tác lao động, giáo dục và đầu tư giữa hai địa phương.\n"
             "Tin có liên quan:\nNghệ An tiếp Đại sứ Hàn Quốc\nĐoàn công tác Nghệ An thăm Hàn Quốc\nÔng Choi Young-sam cảm ơn "
             "sự đón tiếp chu đáo của tỉnh và mời lãnh đạo tỉnh sang thăm Gyeonggi trong năm tới.\nTham dự có bà Lê Thị Hoài "
             "Chung, Giám đốc Sở Ngoại vụ, cùng lãnh đạo các sở, ngành của tỉnh Nghệ An.")
    text = clean(story).text
    assert "Lê Thị Hoài Chung" in text and "Nghệ An tiếp Đại sứ Hàn Quốc" not in text


def test_the_headline_under_a_sites_short_name_its_menu_and_breadcrumb_is_the_title():
    text = (
        "Sở Ngoại vụ tỉnh Sóc Trăng\n"
        "Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ\n"
        "Tin tức - Sự kiện » Công tác lãnh sự\n"
        "Sóc Trăng: Hội nghị tổng kết 10 năm thực hiện Chỉ thị 45 về công tác đối với người Việt Nam ở nước ngoài\n"
        "Ngày 12/6, UBND tỉnh tổ chức Hội nghị tổng kết 10 năm thực hiện Chỉ thị số 45-CT/TW. Phó Chủ tịch UBND tỉnh chủ trì.\n"
    )
    assert extract_from_text(text, "t.txt")[1]["title"].startswith("Sóc Trăng: Hội nghị tổng kết")


def test_the_posting_line_wins_over_an_edit_stamp_above_the_story():
    story = (
        "Sáng 9/5, Phó Chủ tịch UBND tỉnh Hà Nam Lê Văn Minh tiếp đoàn công tác tỉnh Gunma (Nhật Bản) do ông Ito "
        "Kazuo làm trưởng đoàn.\nHai bên trao đổi về hợp tác đào tạo nghề và tiếp nhận thực tập sinh.\n"
        + "Ông Ito Kazuo cho biết các doanh nghiệp của tỉnh Gunma đang cần nhiều lao động trong ngành chế biến thực phẩm "
        "và cơ khí, đồng thời mong muốn mở rộng hợp tác với các trường cao đẳng nghề của Hà Nam.\n" * 3
    )
    top = "Trang chủ | Tin tức | Đối ngoại\n\nHà Nam tiếp đoàn tỉnh Gunma\nCập nhật: 21/08/2021 10:05 | Lượt xem: 310\n\n"
    posted = top + story + "\nNgày đăng: 10/05/2018\n"
    out = clean(posted)
    assert out.published == "2018-05-10" and out.text[slice(*out.published_span)] == "10/05/2018"
    record = extract_from_text(posted, "t.txt")[1]
    assert (record["start_date"], record["end_date"]) == ("2018-05-09", "2018-05-09")
    # (a stamp alone stays the publication)
    assert clean(top + story).published == "2021-08-21"


def test_a_sections_name_and_the_day_after_a_double_arrow_is_the_publication_line_not_the_title():
    page = (
        "• Tin tức\n• Hợp tác quốc tế\n• Văn bản\n"
        "Tin tức >> Ngày 20/09/2019\n"
        "Đoàn công tác tỉnh Sơn La thăm và làm việc tại tỉnh Luông Nặm Thà\n"
        "Từ ngày 16/9 đến ngày 18/9/2019, Đoàn công tác tỉnh Sơn La do đồng chí Lò Văn Hùng, Phó Chủ tịch UBND tỉnh làm "
        "Trưởng đoàn đã thăm và làm việc tại tỉnh Luông Nặm Thà (Lào).\n"
        "Hai bên đã trao đổi về hợp tác nông nghiệp, giáo dục và quản lý biên giới.\n"
    )
    out = clean(page)
    assert out.published == "2019-09-20"
    assert out.title == "Đoàn công tác tỉnh Sơn La thăm và làm việc tại tỉnh Luông Nặm Thà"
    record = extract_from_text(page, "t.txt")[1]
    assert (record["start_date"], record["end_date"]) == ("2019-09-16", "2019-09-18")


def test_a_one_line_read_more_box_before_a_caption_credited_in_capitals_keeps_the_story():
    page = ("Khánh Hòa muốn mở đường bay từ vùng Irkutsk (Nga)\n21/10/2015 05:40 GMT+7\nChiều qua 20.10, ông Trần Văn Nam, Phó "
            "chủ tịch UBND tỉnh Khánh Hòa, đã tiếp đoàn công tác vùng Irkutsk (Liên bang Nga).\nĐọc thêm: Bà Rịa - Vũng Tàu tiếp "
            "đoàn vùng Primorsky\nÔng Nam đề nghị vùng Irkutsk phối hợp mở đường bay thuê chuyến đến Cam Ranh.\nÔng Trần Văn Nam "
            "tặng quà lưu niệm cho đoàn. ẢNH: HẢI AN\nÔng Ivan Petrov cho biết vùng sẵn sàng phối hợp với các hãng lữ hành.\n"
            "Tham dự buổi tiếp có bà Lê Thị Hoa, Giám đốc Sở Ngoại vụ.\n")
    text = clean(page).text
    assert "Primorsky" not in text and "Lê Thị Hoa" in text and "Cam Ranh" in text


def test_a_dateline_with_its_widgets_an_outlets_code_and_an_audio_player_are_no_title_or_lead():
    page = ("SỞ NGOẠI VỤ TỈNH QUẢNG NAM\nGiới thiệu Tin tức - Sự kiện Văn bản chỉ đạo Hợp tác quốc tế Viện trợ phi chính phủ Hỏi "
            "đáp\nTin tức - Sự kiện » Tin hoạt động\nHội nghị tổng kết công tác đối ngoại năm 2019\n08/01/2020 15:36 Lượt xem: 642 "
            "[Phóng to] [In] [Gửi email]\nSáng 8/1, UBND tỉnh Quảng Nam tổ chức Hội nghị tổng kết công tác đối ngoại năm 2019.\n"
            "Đồng chí Trần Văn Tân, Phó Chủ tịch UBND tỉnh chủ trì hội nghị.\n")
    out = clean(page)
    assert out.title == "Hội nghị tổng kết công tác đối ngoại năm 2019" and out.published == "2020-01-08"
    # (a dateline in brackets stays one: "[08/01/2020 - 15:36] Cỡ chữ: A A+")
    out = clean(page.replace("08/01/2020 15:36 Lượt xem: 642 [Phóng to] [In] [Gửi email]", "[08/01/2020 - 15:36] Cỡ chữ: A A+"))
    assert out.title == "Hội nghị tổng kết công tác đối ngoại năm 2019" and out.published == "2020-01-08"
    page = ("Thứ Ba, 9/12/2025\nChính trị / Đối ngoại\nLào Cai - Hồng Hà: Thúc đẩy kết nối hạ tầng\nBLC - 09/12/2025 11:30 | Theo "
            "dõi Báo Lào Cai trên Google News\nNghe bài viết 0:00 / 0:00 Giọng nam miền Bắc\nSáng 9/12, tại trụ sở UBND tỉnh, "
            "đồng chí Hoàng Văn Bảo, Phó Chủ tịch UBND tỉnh Lào Cai đã tiếp đoàn công tác châu Hồng Hà, tỉnh Vân Nam (Trung "
            "Quốc).\n")
    text = clean(page).text
    assert "Google News" not in text and "Nghe bài viết" not in text
    assert extract_from_text(page, "t.txt")[1]["is_activity"] is True


def test_a_most_read_list_heading_ends_the_story():
    story = (
        "Hà Nam tiếp đoàn tỉnh Tochigi (Nhật Bản)\nSáng 14/3, Phó Chủ tịch UBND tỉnh Hà Nam tiếp đoàn công tác tỉnh "
        "Tochigi, hai bên trao đổi về hợp tác đào tạo điều dưỡng và tiếp nhận thực tập sinh.\n"
    )
    for marker in ("Bài đọc nhiều:", "Tin đọc nhiều:", "Tin xem nhiều:"):
        out = clean(story + marker + "\nPhó Chủ tịch UBND tỉnh Đỗ Quang Vinh tiếp Đại sứ Phần Lan\n")
        assert "Đỗ Quang Vinh" not in out.text, marker
        assert "thực tập sinh" in out.text


def test_the_pages_title_copy_with_a_foreign_affairs_departments_name_gives_the_masthead():
    title = "Gặp mặt các tổ chức phi chính phủ nước ngoài nhân dịp năm mới 2024"
    out = clean(
        title + " - Sở Ngoại vụ tỉnh Bà Rịa - Vũng Tàu\n" + title + "\n"
        "Chiều 10/1/2024, UBND tỉnh tổ chức buổi gặp mặt các tổ chức phi chính phủ nước ngoài đang hoạt động trên địa bàn.\n"
    )
    assert out.title == title
    assert out.masthead == "Bà Rịa - Vũng Tàu"


def test_a_box_of_related_headlines_followed_by_readers_comments_ends_the_story():
    text = (
        "An Giang tiếp đoàn tỉnh Takeo (Campuchia)\n"
        "Sáng 20/5, Phó Chủ tịch UBND tỉnh An Giang tiếp đoàn công tác tỉnh Takeo, hai bên trao đổi về quản lý biên "
        "giới và phát triển thương mại qua cửa khẩu.\n"
        "Tin liên quan\n"
        "An Giang khai trương chợ biên giới Vĩnh Xương\n"
        "Tịnh Biên đón đoàn doanh nghiệp Campuchia\n"
        "Bình luận (3)\n"
        "Lâm Thị Ngọc (Long Xuyên): Mong hai tỉnh sớm mở thêm tuyến xe buýt qua cửa khẩu để người dân đi lại thuận tiện.\n"
        "Trần Quốc Bảo (Châu Đốc): Nên có thêm chợ đêm ở khu cửa khẩu cho khách du lịch hai nước.\n"
    )
    out = clean(text).text
    assert "Lâm Thị Ngọc" not in out and "Trần Quốc Bảo" not in out
    assert "qua cửa khẩu." in out


def test_a_dateline_with_icons_share_buttons_and_font_sizes_is_the_publication_line():
    title = "Thành phố tiếp Tổng Lãnh sự Australia tại Thành phố Hồ Chí Minh"
    out = clean(
        "Ho Chi Minh City Department of Foreign Affairs\n" + title + "\n"
        "18/11/2025 09:30 👁 2.417 🖨 In f Chia sẻ A A+ A++\n"
        "Sáng 17/11, Phó Chủ tịch UBND Thành phố tiếp bà Emma Walsh, Tổng Lãnh sự Australia tại Thành phố Hồ Chí Minh.\n"
    )
    assert out.title == title
    assert out.published == "2025-11-18"


def test_an_english_templates_other_news_or_related_news_line_ends_the_story():
    story = (
        "Quảng Ngãi tiếp Tổng Lãnh sự Hàn Quốc tại Đà Nẵng\n"
        "Sáng 12/3, Phó Chủ tịch UBND tỉnh Quảng Ngãi tiếp ông Park Min-soo, Tổng Lãnh sự Hàn Quốc tại Đà Nẵng.\n"
        "Hai bên trao đổi về hợp tác đầu tư và tiếp nhận lao động của tỉnh sang làm việc tại Hàn Quốc.\n"
    )
    for marker in ("Other news:", "Related news"):
        text = clean(story + marker + "\nPhó Chủ tịch UBND tỉnh Bình Định tiếp Đại sứ Ấn Độ\n").text
        assert "Đại sứ Ấn Độ" not in text, marker
        assert "tiếp nhận lao động" in text


def test_an_english_posted_line_at_the_storys_foot_over_its_tail_dates_the_story():
    out = clean(
        "Bình Định tiếp đoàn công tác tỉnh Champasak (Lào)\n"
        "Chiều 21/3, Phó Chủ tịch UBND tỉnh Bình Định tiếp đoàn công tác tỉnh Champasak do ông Sonexay Phommachanh dẫn đầu.\n"
        "Hai bên trao đổi về hợp tác giáo dục, đào tạo cán bộ và phát triển du lịch giữa hai địa phương.\n"
        "Posted: Mar. 22, 2015 | 14:05 GMT+7 | Views: 845\nOther news:\nBình Định tiếp Tổng Lãnh sự Hoa Kỳ\n"
    )
    assert out.published == "2015-03-22"
    assert out.title == "Bình Định tiếp đoàn công tác tỉnh Champasak (Lào)"


def test_a_source_credit_with_the_papers_day_as_the_storys_last_line_dates_the_story():
    story = (
        "Tây Ninh tiếp đoàn tỉnh Svay Rieng (Campuchia)\n"
        "Sáng 13/6, Phó Chủ tịch UBND tỉnh Tây Ninh tiếp đoàn công tác tỉnh Svay Rieng do ông Men Vibol dẫn đầu.\n"
        "Hai bên trao đổi về quản lý biên giới và phát triển thương mại qua cửa khẩu.\n"
    )
    assert clean(story + "(Theo Báo Tây Ninh, số ra ngày 14-6-2018)\n").published == "2018-06-14"
    # (a credit without the paper's day gives none)
    assert clean(story + "(Theo Báo Tây Ninh)\n").published is None


def test_a_sites_language_menu_and_its_topics_line_above_the_headline_are_not_the_title():
    story = (
        "Hà Tĩnh tiếp đoàn tỉnh Bolikhamxay (Lào)\n"
        "Sáng 4/11, Phó Chủ tịch UBND tỉnh Hà Tĩnh tiếp đoàn công tác tỉnh Bolikhamxay do ông Khamphay Vongsa dẫn đầu.\n"
    )
    languages = "Vietnam+ English Español 中文 Français\n"
    topics = "Sự kiện: Đại hội Đảng lần thứ XIV Chính quyền địa phương hai cấp\n"
    for top in (languages, topics, languages + topics):
        assert clean(top + story).title == "Hà Tĩnh tiếp đoàn tỉnh Bolikhamxay (Lào)", top


def test_a_portals_name_between_double_colons_and_a_breadcrumb_are_not_the_title():
    story = (
        "Điện Biên hội đàm với tỉnh Phông Sa Lỳ (Lào)\n(Ngày 10/12/2012 - Lượt đọc: 412)\n"
        "Ngày 8/12, đoàn công tác tỉnh Điện Biên hội đàm với đoàn tỉnh Phông Sa Lỳ tại thị xã Mường Lay.\n"
    )
    portal = ":: Cổng thông tin điện tử tỉnh Điện Biên :: Tin tức\n"
    crumb = "Tin tức sự kiện >> Hoạt động đối ngoại\n"
    for top in (portal, crumb, portal + crumb):
        out = clean(top + story)
        assert out.title == "Điện Biên hội đàm với tỉnh Phông Sa Lỳ (Lào)", top
        assert out.published == "2012-12-10"


def test_a_print_pages_buttons_line_under_the_sites_name_is_not_the_title():
    out = clean(
        "BÁO BÌNH ĐỊNH ĐIỆN TỬ\nIn bài này Đóng cửa sổ\nChuyên mục: Chính trị › Đối ngoại\n"
        "Bình Định tiếp Tổng Lãnh sự Nhật Bản tại Đà Nẵng\n"
        "Chiều 21/10, Phó Chủ tịch UBND tỉnh Bình Định Nguyễn Tuấn Thanh đã tiếp ông Takahashi Ken, Tổng Lãnh sự Nhật Bản "
        "tại Đà Nẵng.\nHai bên trao đổi về hợp tác đào tạo điều dưỡng và thu hút đầu tư của doanh nghiệp Nhật Bản vào tỉnh.\n"
    )
    assert out.title == "Bình Định tiếp Tổng Lãnh sự Nhật Bản tại Đà Nẵng"


def test_the_sites_name_as_bao_dien_tu_then_the_province_over_a_print_page_is_not_the_title():
    out = clean(
        "Báo điện tử Quảng Ninh\nIn bài này Đóng cửa sổ\nChuyên mục: Thời sự › Đối ngoại\n"
        "Quảng Ninh hội đàm với thành phố Đông Hưng (Trung Quốc)\n"
        "Chiều 9/11, tại thành phố Móng Cái, Phó Chủ tịch UBND tỉnh Quảng Ninh Vũ Văn Khải đã hội đàm với đoàn công tác thành "
        "phố Đông Hưng, Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc) do ông Hoàng Vĩ Minh, Thị trưởng dẫn đầu.\nHai bên "
        "thống nhất phối hợp thí điểm cửa khẩu thông minh tại cặp cửa khẩu Bắc Luân II - Đông Hưng.\n"
    )
    assert out.title == "Quảng Ninh hội đàm với thành phố Đông Hưng (Trung Quốc)"


def test_an_outlets_name_and_its_sections_menu_over_the_publication_line_are_not_the_title():
    story = (
        "Thứ Bảy, 12/10/2024 - 09:15\nQuảng Nam tiếp đoàn công tác tỉnh Sê Kông (Lào)\n"
        "Chiều 11/10, Phó Chủ tịch UBND tỉnh Quảng Nam Phan Thái Bảo tiếp đoàn công tác tỉnh Sê Kông do ông Khăm Phon Vông Xa, "
        "Phó Tỉnh trưởng dẫn đầu.\nHai bên trao đổi về hợp tác giáo dục và quản lý biên giới.\n"
    )
    for menu in ("Dân trí Xã hội Chính trị\n", "Tiền Phong Thời sự Quốc tế Kinh tế\n", "Thanh Niên Thời sự Thế giới\n"):
        out = clean(menu + story)
        assert out.title == "Quảng Nam tiếp đoàn công tác tỉnh Sê Kông (Lào)", menu
        assert out.published == "2024-10-12"


def test_an_inline_box_of_tin_bai_lien_quan_keeps_the_story_after_it_and_one_at_the_end_ends_it():
    text = ("Kon Tum kiến nghị hỗ trợ kinh phí duy tu mốc quốc giới\nThứ Năm, 18/09/2014 - 17:22\n(VOV) - Ngày 18/9, đoàn công "
            "tác Ủy ban Biên giới quốc gia làm việc với UBND tỉnh Kon Tum về công tác biên giới trên địa bàn tỉnh.\nTin bài liên "
            "quan:\n- Gia Lai hoàn thành phân giới cắm mốc (16/09/2014)\nPhó Chủ tịch UBND tỉnh Kon Tum Lê Văn Thắm cho biết hệ "
            "thống mốc quốc giới nằm ở địa hình hiểm trở, nhiều mốc bị hư hỏng sau mùa mưa lũ.\nPhát biểu tại buổi làm việc, ông "
            "Hoàng Anh Dũng đánh giá cao tỉnh Kon Tum trong công tác quản lý, bảo vệ chủ quyền lãnh thổ.\nTin bài liên quan\nĐoàn công tác "
            "tỉnh Lào Cai hội đàm trực tuyến với châu Hồng Hà\nBạn đọc bình luận\nPhạm Văn Hiếu: Cảm ơn")
    cleaned = clean_stage(text).text
    assert "Lê Văn Thắm" in cleaned and "Hồng Hà" not in cleaned and "Phạm Văn Hiếu" not in cleaned


def test_a_national_outlets_tagline_after_its_name_and_a_dash_is_no_headline():
    text = ("VnExpress - Báo tiếng Việt nhiều người xem nhất\nThời sự  ›  Chính trị\nThứ hai, 12/5/2025, 18:10 (GMT+7)\n\n"
            "Cà Mau đề nghị tỉnh Kagoshima hợp tác nuôi tôm công nghệ cao\n\nLãnh đạo Cà Mau mong tỉnh Kagoshima (Nhật Bản) "
            "chuyển giao công nghệ nuôi tôm, trong buổi tiếp đoàn sáng 12/5.\n\nĐoàn đại biểu tỉnh Kagoshima do Phó Thống đốc "
            "Yamada Ken dẫn đầu được Chủ tịch UBND tỉnh Cà Mau tiếp tại trụ sở UBND tỉnh, trao đổi về hợp tác thủy sản và đào tạo.")
    assert clean_stage(text).title == "Cà Mau đề nghị tỉnh Kagoshima hợp tác nuôi tôm công nghệ cao"


def test_a_departments_name_and_slogan_as_the_pages_title_is_no_headline():
    text = ("Sở Ngoại vụ tỉnh Cao Bằng - Đối ngoại vì hòa bình, hữu nghị, hợp tác và phát triển\n» Giới thiệu\n» Tin tức\n"
            "Hoạt động đối ngoại » Hợp tác với Trung Quốc\nLãnh đạo tỉnh Cao Bằng hội đàm với lãnh đạo thành phố Bách Sắc\n"
            "Ngày 26/10, tại thành phố Bách Sắc, Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc), đoàn đại biểu tỉnh Cao Bằng do "
            "đồng chí Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã có buổi hội đàm với lãnh đạo thành phố Bách Sắc.")
    assert clean_stage(text).title == "Lãnh đạo tỉnh Cao Bằng hội đàm với lãnh đạo thành phố Bách Sắc"


def test_a_menu_of_sections_mixed_with_other_items_is_not_the_title():
    text = (
        "Báo Điện tử Hữu nghị\n"
        "Thời sự  Kinh tế  Văn hóa  Hợp tác quốc tế  Bạn bè năm châu  Thế giới  Đối ngoại nhân dân  Multimedia\n"
        "08:15 | 12/01/2025\n"
        "Ngoại giao nhân dân năm 2024: Lan tỏa tình hữu nghị\n"
        "Năm 2024, các tổ chức hữu nghị đã tổ chức hàng trăm hoạt động giao lưu với bạn bè quốc tế."
    )
    out = clean(text)
    assert out.title == "Ngoại giao nhân dân năm 2024: Lan tỏa tình hữu nghị"
    # (a headline naming a sector or two is still one)
    text = text.replace("Ngoại giao nhân dân năm 2024: Lan tỏa tình hữu nghị", "Hợp tác Kinh tế và Văn hóa với tỉnh Gunma mở ra "
                        "nhiều cơ hội mới cho Thể thao")
    assert clean(text).title.startswith("Hợp tác Kinh tế")
