"""Held-out check: articles written for this test, never seen while the rules were written.

Each article imitates a Vietnamese provincial news or portal page (menu line, dateline,
byline, photo credit, a "Tin liên quan" list) and carries the record a careful human reader
would give it (eval/GUIDE.md). The expectations were written before the extractor was run
on the articles. Matching follows eval/score.py: names and anchors compare without case,
diacritics or punctuation; a gold item may list acceptable spellings; optional items are
neither required nor counted as extra.

Run ``python tests/extract/test_unseen.py`` (with DJANGO_SETTINGS_MODULE set, or via pytest)
for a per-field table.
"""

import re
import unicodedata

import pytest

from apps.ingest.pipeline import extract_from_text


def norm(text):
    if text is None:
        return None
    text = unicodedata.normalize("NFD", str(text))
    text = "".join(c for c in text if unicodedata.category(c) != "Mn")
    text = text.replace("đ", "d").replace("Đ", "D").lower()
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def alts(item):
    return {norm(x) for x in (item if isinstance(item, list) else [item])}


CASES = [
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
    # 9. No year anywhere in the story: the dates stay null (the related list's years don't count).
    (
        "no_year_quang_nam",
        """Trang chủ | Tin tức
Chủ tịch UBND tỉnh Quảng Nam tiếp Tổng Lãnh sự Lào tại Đà Nẵng
Sáng 15/8, tại trụ sở UBND tỉnh, đồng chí Lê Văn Dũng, Chủ tịch UBND tỉnh Quảng Nam đã tiếp ông Xổm-xạ-vẳn Phôm-ma-ly, Tổng Lãnh sự Lào tại Đà Nẵng đến chào xã giao.
Chủ tịch UBND tỉnh Lê Văn Dũng cho biết, Quảng Nam và tỉnh Sê Kông (Lào) có đường biên giới chung dài hơn 140 km, hai tỉnh đã ký kết nhiều thỏa thuận hợp tác.
Ông Lê Văn Dũng đề nghị Tổng Lãnh sự quán Lào tại Đà Nẵng tiếp tục làm cầu nối, hỗ trợ tỉnh mở rộng hợp tác với các tỉnh Nam Lào, nhất là tỉnh Chăm-pa-sắc trong lĩnh vực giáo dục, du lịch.
Tổng Lãnh sự Xổm-xạ-vẳn Phôm-ma-ly cảm ơn sự hỗ trợ của tỉnh đối với lưu học sinh Lào đang học tập tại Quảng Nam.
Ảnh: Minh Thư
Tin khác
Quảng Nam tiếp Đại sứ Campuchia (12/08/2022)
Hội nghị tổng kết công tác biên giới năm 2021 (28/12/2021)
""",
        dict(
            kind="foreign_delegation", province="Quảng Nam", start=None, end=None,
            lead="Xổm-xạ-vẳn Phôm-ma-ly", officials=["Lê Văn Dũng", "Xổm-xạ-vẳn Phôm-ma-ly"],
            requests=["mở rộng hợp tác với các tỉnh Nam Lào"],
            partners=["Sê Kông", ["Chăm-pa-sắc", "Champasak"]],
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
    # 19. The capital receives a Japanese prefecture's governor; asks addressed to the prefecture.
    (
        "hanoi_kanagawa_governor",
        """Thời sự | Chính trị | Đối ngoại | Kinh tế
08/05/2024 18:40
Hà Nội và tỉnh Kanagawa tăng cường hợp tác đô thị
Chiều ngày 8/5, tại trụ sở UBND Thành phố, Chủ tịch UBND thành phố Hà Nội Trần Sỹ Thanh đã tiếp Đoàn đại biểu tỉnh Kanagawa (Nhật Bản) do ông Kuroiwa Yuji, Thống đốc tỉnh Kanagawa dẫn đầu.
Cùng tiếp đoàn có bà Vũ Thu Hà, Phó Chủ tịch UBND Thành phố.
Chủ tịch Trần Sỹ Thanh đề nghị tỉnh Kanagawa chia sẻ kinh nghiệm và hỗ trợ Hà Nội trong lĩnh vực xử lý chất thải rắn, quản lý giao thông đô thị thông minh.
Thống đốc Kuroiwa Yuji cho biết tỉnh Kanagawa mong muốn sớm ký kết văn bản hợp tác với Hà Nội trong năm nay.
Ảnh: Thanh Hải
Tin liên quan
Hà Nội tiếp Thị trưởng thành phố Fukuoka (12/04/2024)
""",
        dict(
            kind="foreign_delegation", province="Hà Nội", start="2024-05-08", end="2024-05-08",
            lead="Kuroiwa Yuji", officials=["Trần Sỹ Thanh", "Kuroiwa Yuji", "Vũ Thu Hà"],
            requests=["xử lý chất thải rắn"], partners=["Kanagawa"],
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
    # 23. A Lao delegation received; only a clock widget with a two-digit year: dates null.
    (
        "widget_year_son_la_houaphanh",
        """Thứ Hai, 3-2-26 20:56:58
Sơn La đón Đoàn đại biểu tỉnh Hủa Phăn (Lào)
Sáng 20/1, tại trụ sở Tỉnh ủy, đồng chí Nguyễn Hữu Đông, Bí thư Tỉnh ủy Sơn La đã tiếp Đoàn đại biểu tỉnh Hủa Phăn (Lào) do đồng chí Khăm-phăn Phôm-ma-thắt, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Hủa Phăn dẫn đầu.
Đồng chí Nguyễn Hữu Đông đề nghị tỉnh Hủa Phăn phối hợp chặt chẽ trong quản lý đường biên, mốc giới và sớm nâng cấp cặp cửa khẩu Lóng Sập - Pa Háng thành cửa khẩu quốc tế.
Đồng chí Khăm-phăn Phôm-ma-thắt cảm ơn sự giúp đỡ của tỉnh Sơn La.
Ngọc Anh
""",
        dict(
            kind="foreign_delegation", province="Sơn La", start=None, end=None,
            lead="Khăm-phăn Phôm-ma-thắt", officials=["Nguyễn Hữu Đông", "Khăm-phăn Phôm-ma-thắt"],
            requests=["Lóng Sập - Pa Háng"], partners=["Hủa Phăn"],
        ),
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
]

FIELDS = ["is_activity", "kind", "province", "start", "end", "lead", "officials", "requests", "partners"]


def _name(obj):
    return obj.get("name") if isinstance(obj, dict) else obj


def _set_ok(gold, optional, predicted):
    """Every gold item found once, nothing else than gold or optional items."""
    gold_sets = [alts(g) for g in gold]
    opt = set().union(*[alts(o) for o in optional]) if optional else set()
    matched = [False] * len(gold_sets)
    extra = []
    for raw in predicted:
        p = norm(raw)
        hit = next((i for i, g in enumerate(gold_sets) if p in g and not matched[i]), None)
        if hit is not None:
            matched[hit] = True
        elif p not in opt and not any(p in g for g in gold_sets):
            extra.append(raw)
    missed = [g for g, ok in zip(gold, matched, strict=True) if not ok]
    return not missed and not extra, f"missed {missed} extra {extra}"


def _requests_ok(gold, optional, predicted):
    anchors = [alts(a) for a in gold]
    opt = [alts(a) for a in optional]
    matched = [False] * len(anchors)
    extra = []
    for req in predicted:
        text = norm(req["text"])
        hits = [i for i, a in enumerate(anchors) if any(x in text for x in a)]
        fresh = [i for i in hits if not matched[i]]
        for i in fresh:
            matched[i] = True
        if not fresh and not any(any(x in text for x in a) for a in opt):
            extra.append(req["text"][:80])
    missed = [a for a, ok in zip(gold, matched, strict=True) if not ok]
    return not missed and not extra, f"missed {missed} extra {extra}"


def check(rec, exp):
    """{field: (ok, detail)} for one article."""
    out = {}
    gold_act = exp.get("is_activity", True)
    out["is_activity"] = (rec["is_activity"] == gold_act, f"got {rec['is_activity']}")
    if not gold_act:
        return out
    out["kind"] = (rec["kind"] == exp["kind"], f"got {rec['kind']}")
    prov = _name(rec["province"])
    out["province"] = (prov is not None and norm(prov) in alts(exp["province"]), f"got {prov}")
    out["start"] = (rec["start_date"] == exp["start"], f"got {rec['start_date']}")
    out["end"] = (rec["end_date"] == exp["end"], f"got {rec['end_date']}")
    lead = _name(rec["lead"])
    out["lead"] = (lead is not None and norm(lead) in alts(exp["lead"]), f"got {lead}")
    names = [lead] + [_name(o) for o in rec["officials"]]
    out["officials"] = _set_ok(exp["officials"], exp.get("officials_optional", []), [n for n in names if n])
    out["requests"] = _requests_ok(exp["requests"], exp.get("requests_optional", []), rec["requests"])
    out["partners"] = _set_ok(
        exp["partners"], exp.get("partners_optional", []), [_name(p) for p in rec["partners"]]
    )
    return out


@pytest.mark.parametrize(("text", "exp"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_unseen_article_is_read_as_a_careful_reader_would(text, exp):
    _cleaned, rec = extract_from_text(text, "x.txt")
    result = check(rec, exp)
    failed = {f: detail for f, (ok, detail) in result.items() if not ok}
    assert not failed, failed


def report():
    """Per-field counts over the held-out articles (for humans; not a test)."""
    totals = {f: [0, 0] for f in FIELDS}
    full = 0
    for name, text, exp in CASES:
        _cleaned, rec = extract_from_text(text, "x.txt")
        result = check(rec, exp)
        for f, (ok, detail) in result.items():
            totals[f][0] += ok
            totals[f][1] += 1
            if not ok:
                print(f"{name:32} {f:11} {detail}")
        full += all(ok for ok, _ in result.values())
    print(f"fully right: {full}/{len(CASES)}")
    for f, (ok, n) in totals.items():
        print(f"  {f:11} {ok}/{n}")


if __name__ == "__main__":
    import os

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    django.setup()
    report()
