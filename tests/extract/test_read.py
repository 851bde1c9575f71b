"""read: bytes of any encoding, and HTML pages, to the text of the story."""

import pytest

from apps.ingest import normalize
from apps.ingest.clean import clean as clean_stage
from apps.ingest.read import read_bytes

from .articles import HTML_QUANG_NINH, read_as_expected, to_cp1258


def clean(text):
    """The clean stage, on text normalized as the pipeline gives it."""
    return clean_stage(normalize.lines(text))


def test_a_portal_page_keeps_its_story_and_drops_menu_banner_and_footer():
    text = read_bytes(HTML_QUANG_NINH.encode("utf-8"), "x.html").text
    # the <h1>, not the <title> with the site's name after it
    assert clean(text).title == "Thứ trưởng Bộ Công Thương làm việc với tỉnh Quảng Ninh về thương mại biên giới"
    for furniture in ("Giới thiệu", "Hạ Long 24°C", "Chịu trách nhiệm chính", "Cổng thông tin điện tử"):
        assert furniture not in text
    assert "Cập nhật: 14:05 | 03/11/2022" in text


HTML_CAN_THO_CP1258 = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258" />
<title>Lãnh đạo thành phố Cần Thơ tiếp Tổng Lãnh sự Trung Quốc</title>
</head>
<body>
<div id="menu"><a href="/">Trang chủ</a> | <a href="/tin">Tin tức</a> | <a href="/dn">Đối ngoại</a> | <a href="/dt">Đầu tư</a> | <a href="/dl">Du lịch</a></div>
<div id="content">
<h2 class="title">Lãnh đạo thành phố Cần Thơ tiếp Tổng Lãnh sự Trung Quốc tại TP. Hồ Chí Minh</h2>
<div class="ngay">Ngày đăng: 06/07/2023</div>
<p>Ngày 5 tháng 7 năm 2023, tại trụ sở UBND thành phố, ông Nguyễn Thực Hiện, Phó Chủ tịch UBND thành phố Cần Thơ đã tiếp ông Ngụy Hoa Tường, Tổng Lãnh sự nước Cộng hòa Nhân dân Trung Hoa tại Thành phố Hồ Chí Minh, đến chào xã giao và tìm hiểu cơ hội hợp tác.</p>
<p>Tham dự buổi tiếp có bà Lê Thị Hồng Vân, Phó Giám đốc Sở Ngoại vụ thành phố; đại diện lãnh đạo Sở Công Thương, Sở Nông nghiệp và Phát triển nông thôn.</p>
<p>Phó Chủ tịch UBND thành phố Nguyễn Thực Hiện cho biết, năm 2022 kim ngạch xuất khẩu của Cần Thơ sang Trung Quốc đạt hơn 300 triệu USD, chủ yếu là gạo, thủy sản và trái cây.</p>
<p>Ông Nguyễn Thực Hiện đề nghị Tổng Lãnh sự quán hỗ trợ thành phố quảng bá, kết nối tiêu thụ nông sản, thủy sản của Cần Thơ tại thị trường Trung Quốc; đồng thời giới thiệu, kết nối để thành phố thiết lập quan hệ hợp tác với thành phố Nam Ninh, tỉnh Quảng Tây.</p>
<p>Tổng Lãnh sự Ngụy Hoa Tường cảm ơn sự đón tiếp của thành phố và cho biết sẽ tích cực kết nối doanh nghiệp Trung Quốc đến tìm hiểu đầu tư tại Cần Thơ.</p>
<p><i>Tin, ảnh: Minh Huyền</i></p>
</div>
<div id="footer">Bản quyền © 2023 Cổng thông tin điện tử thành phố Cần Thơ - Số 02 Hòa Bình, quận Ninh Kiều</div>
</body></html>
"""

TXT_DIEN_BIEN_UTF16 = """Thứ Năm, 20/04/2023 21:15 GMT+7
Đoàn đại biểu cấp cao tỉnh Điện Biên thăm, làm việc tại hai tỉnh Bắc Lào
Luông Pha Bang (TTXVN) - Trong 3 ngày (18-20/4), Đoàn đại biểu cấp cao tỉnh Điện Biên do đồng chí Trần Quốc Cường, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn Đại biểu Quốc hội tỉnh Điện Biên làm trưởng đoàn đã thăm và làm việc tại tỉnh Luông Pha Bang và tỉnh U Đôm Xay, nước CHDCND Lào.
Cùng đi với đoàn có đồng chí Lò Văn Mừng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; đồng chí Giàng A Dình, Phó Chủ tịch HĐND tỉnh và lãnh đạo một số sở, ngành.
Tại tỉnh Luông Pha Bang, đoàn đã hội đàm với đồng chí Khăm-khăn Chăn-thạ-vi-xụt, Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Luông Pha Bang. Đồng chí Trần Quốc Cường đề nghị tỉnh Luông Pha Bang phối hợp nghiên cứu mở tuyến xe khách Điện Biên Phủ - Luông Pha Bang, tạo thuận lợi cho khách du lịch qua cửa khẩu quốc tế Tây Trang.
Tại tỉnh U Đôm Xay, đoàn đã làm việc với đồng chí Bun-khăm Vông-xả-lợi, Phó Bí thư Tỉnh ủy, Phó Tỉnh trưởng tỉnh U Đôm Xay. Hai bên thống nhất tiếp tục phối hợp tìm kiếm, quy tập hài cốt quân tình nguyện và chuyên gia Việt Nam hy sinh tại Lào. Đồng chí Lò Văn Mừng đề nghị tỉnh U Đôm Xay tạo điều kiện cho doanh nghiệp Điện Biên đầu tư trồng cây cao su, cây ăn quả tại tỉnh bạn.
Dịp này, đoàn đã dâng hoa tại Đài tưởng niệm liệt sĩ quân tình nguyện Việt Nam tại Luông Pha Bang.
Xuân Tiến (TTXVN)
"""

# --- held-out articles (articles.py) ------------------------------------------------------------

UNSEEN = [
    # 1. A whole portal page: menu, breadcrumb, captions, dated related lists, footer naming
    #    the responsible editor. Deputy Minister of Industry and Trade on border trade.
    #    Only the ties "hội đàm định kỳ với thành phố Phòng Thành Cảng và thành phố Đông Hưng"
    #    make partners; Quảng Tây is the region they sit in (optional).
    (
        "html_portal_quang_ninh_moit",
        ("html", HTML_QUANG_NINH.encode("utf-8")),
        dict(
            kind="central_delegation", province="Quảng Ninh", start="2022-11-02", end="2022-11-02",
            lead="Phan Thị Thắng", officials=["Phan Thị Thắng", "Cao Tường Huy", "Nguyễn Văn Hồi"],
            requests=["khôi phục hoạt động thông quan tại cửa khẩu Bắc Phong Sinh",
                      "Hội chợ thương mại quốc tế Việt - Trung"],
            partners=["Phòng Thành Cảng", "Đông Hưng"], partners_optional=["Quảng Tây"],
        ),
    ),
    # 2. A windows-1258 page (tone marks as combining characters); the date in words; a
    #    consul general from Ho Chi Minh City (not the province) and a street named Hòa Bình.
    (
        "html_cp1258_can_tho_china_cg",
        ("html", to_cp1258(HTML_CAN_THO_CP1258)),
        dict(
            kind="foreign_delegation", province="Cần Thơ", start="2023-07-05", end="2023-07-05",
            lead="Ngụy Hoa Tường", officials=["Nguyễn Thực Hiện", "Ngụy Hoa Tường", "Lê Thị Hồng Vân"],
            requests=["kết nối tiêu thụ nông sản", "thiết lập quan hệ hợp tác với thành phố Nam Ninh"],
            partners=["Nam Ninh"], partners_optional=["Quảng Tây"],
        ),
    ),
    # 3. A UTF-16 text file; TTXVN with a foreign dateline; "trong 3 ngày (18-20/4)"; two
    #    Lao provinces visited; Thai and Hmong Vietnamese names in the delegation.
    (
        "utf16_ttxvn_dien_bien_two_lao_provinces",
        ("txt", TXT_DIEN_BIEN_UTF16.encode("utf-16")),
        dict(
            kind="outbound_delegation", province="Điện Biên", start="2023-04-18", end="2023-04-20",
            lead="Trần Quốc Cường",
            officials=["Trần Quốc Cường", "Lò Văn Mừng", "Giàng A Dình", "Khăm-khăn Chăn-thạ-vi-xụt",
                       "Bun-khăm Vông-xả-lợi"],
            requests=["mở tuyến xe khách Điện Biên Phủ", "đầu tư trồng cây cao su"],
            partners=[["Luông Pha Bang", "Luang Prabang", "Luông Prabang"],
                      ["U Đôm Xay", "Oudomxay", "Udomxay", "U-đôm-xay"]],
        ),
    ),
]


@pytest.mark.parametrize(("source", "exp"), [c[1:] for c in UNSEEN], ids=[c[0] for c in UNSEEN])
def test_unseen_article_is_read_as_a_careful_reader_would(source, exp):
    read_as_expected(source, exp)


def test_a_page_wrapped_in_one_form_keeps_its_text_but_not_its_controls():
    page = (
        '<html><head><meta charset="utf-8"><title>Tin</title></head><body><form id="aspnetForm" method="post">'
        "<h1>Bình Định tiếp đoàn tỉnh Champasak</h1><p>Ngày 11/6, Chủ tịch UBND tỉnh Bình Định tiếp đoàn đại biểu "
        "tỉnh Champasak (Lào).</p><textarea>Nhập bình luận</textarea><button>Gửi</button></form></body></html>"
    )
    text = read_bytes(page.encode("utf-8"), "tin.aspx.html").text
    assert "tiếp đoàn đại biểu tỉnh Champasak" in text
    assert "Nhập bình luận" not in text and "Gửi" not in text


def test_a_poll_beside_the_article_stays_out():
    page = (
        '<html><head><meta charset="utf-8"><title>Tin</title></head><body><h1>Bình Định tiếp đoàn tỉnh Champasak</h1>'
        "<p>Ngày 14/10, Chủ tịch UBND tỉnh Bình Định tiếp đoàn đại biểu tỉnh Champasak (Lào).</p>"
        '<form id="poll"><p>Theo bạn, tỉnh cần ưu tiên kêu gọi đầu tư vào lĩnh vực nào?</p>'
        '<label>Năng lượng</label></form></body></html>'
    )
    text = read_bytes(page.encode("utf-8"), "tin.html").text
    assert "tiếp đoàn đại biểu tỉnh Champasak" in text and "Theo bạn" not in text and "Năng lượng" not in text


def test_the_pages_title_of_its_headline_and_the_sites_name_is_kept_above_the_page():
    headline = "Bắc Ninh tiếp đoàn doanh nghiệp tỉnh Gyeongsangbuk (Hàn Quốc)"
    page = (
        f'<html><head><meta charset="utf-8"><title>{headline} - Cổng thông tin điện tử tỉnh Bắc Ninh</title></head>'
        f"<body><h1>{headline}</h1><p>Chiều 6/3, Phó Chủ tịch UBND tỉnh tiếp đoàn doanh nghiệp tỉnh Gyeongsangbuk do "
        "ông Park Min-jae làm trưởng đoàn.</p></body></html>"
    )
    text = read_bytes(page.encode("utf-8"), "tin.html").text
    assert text.startswith(headline + " - Cổng thông tin điện tử tỉnh Bắc Ninh\n")
    assert clean(text).masthead == "Bắc Ninh"
    # (a <title> that is not the headline with the site after it stays out)
    page = page.replace(f"<title>{headline} - ", "<title>Tin tức - ")
    assert "Tin tức" not in read_bytes(page.encode("utf-8"), "tin.html").text
