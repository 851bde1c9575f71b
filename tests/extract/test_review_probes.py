"""Probes a reviewer wrote for the rules of two rounds of rules (c597ff9..801137d): each article pins a misfire those rules
had and their mends (a dinner for a guest read as the province's own event, a bare "tỉnh" after a reported speech, ...)
or a case they are meant for. Compared on the record's main fields and the first words of each request."""

import pytest

from apps.ingest.pipeline import extract_from_text

CASES = [
    pytest.param(
        'Chủ tịch UBND tỉnh Bình Định chiêu đãi Đại sứ Hàn Quốc\nThứ Ba, 14/11/2023 | 16:05\nTối 13/11, tại Quy Nhơn, Chủ tịch UBND tỉnh Bình Định Phạm Anh Tuấn đã tổ chức tiệc chiêu đãi ông Choi Young-sam, Đại sứ Hàn Quốc tại Việt Nam, cùng đoàn công tác của Đại sứ quán.\nTại buổi chiêu đãi, ông Phạm Anh Tuấn đề nghị Đại sứ quán tiếp tục giới thiệu các nhà đầu tư Hàn Quốc đến tìm hiểu cơ hội đầu tư tại Khu kinh tế Nhơn Hội.\nĐại sứ Choi Young-sam cảm ơn sự đón tiếp nồng hậu của lãnh đạo tỉnh.\n',
        {'is_activity': True, 'kind': 'foreign_delegation', 'province': 'Bình Định', 'start_date': '2023-11-13', 'lead': 'Choi Young-sam', 'officials': ['Phạm Anh Tuấn'], 'requests': ['đề nghị Đại sứ quán tiếp tục giới thiệu ']},
        id='p01_chieudai_envoy',  # a dinner the province gives a visiting ambassador is his visit
    ),
    pytest.param(
        'Đoàn đại biểu tỉnh Gunma thăm Bình Định\nThứ Ba, 14/11/2023 | 16:05\nChiều 13/11, Phó Chủ tịch UBND tỉnh Bình Định Nguyễn Tự Công Hoàng đã tiếp Đoàn đại biểu tỉnh Gunma (Nhật Bản) do ông Tsuda Shuji, Phó Thống đốc tỉnh Gunma dẫn đầu. Tối cùng ngày, UBND tỉnh tổ chức tiệc chiêu đãi Đoàn.\nÔng Nguyễn Tự Công Hoàng đề nghị tỉnh Gunma hỗ trợ tỉnh đào tạo điều dưỡng viên.\n',
        {'is_activity': True, 'kind': 'foreign_delegation', 'province': 'Bình Định', 'start_date': '2023-11-13', 'lead': 'Tsuda Shuji', 'officials': ['Nguyễn Tự Công Hoàng'], 'requests': ['đề nghị tỉnh Gunma hỗ trợ tỉnh đào tạo đ']},
        id='p02_chieudai_delegation',  # a dinner for the delegation received that day is its visit
    ),
    pytest.param(
        'TP Đà Nẵng chiêu đãi các cơ quan đại diện nhân dịp Quốc khánh\nThứ Ba, 05/09/2023 | 16:05\nTối 4/9, UBND thành phố Đà Nẵng tổ chức tiệc chiêu đãi trọng thể các cơ quan đại diện ngoại giao, lãnh sự, tổ chức quốc tế nhân kỷ niệm 78 năm Quốc khánh. Chủ tịch UBND thành phố Lê Trung Chinh chủ trì buổi chiêu đãi.\nÔng Lê Trung Chinh đề nghị các cơ quan đại diện tiếp tục làm cầu nối giới thiệu doanh nghiệp nước ngoài đến Đà Nẵng.\n',
        {'is_activity': True, 'kind': 'provincial_event', 'province': 'Đà Nẵng', 'start_date': '2023-09-04', 'lead': 'Lê Trung Chinh', 'officials': [], 'requests': ['đề nghị các cơ quan đại diện tiếp tục là']},
        id='p03_chieudai_corps',  # the reception for the whole corps is the province's own event
    ),
    pytest.param(
        'Bắc Ninh đẩy mạnh xúc tiến đầu tư\nThứ Ba, 14/11/2023 | 16:05\nTừ ngày 5 đến ngày 10/11, đoàn công tác của tỉnh Bắc Ninh do Chủ tịch UBND tỉnh Nguyễn Hương Giang dẫn đầu đã làm việc với nhiều tập đoàn lớn, chủ yếu tại Nhật Bản.\nTại các buổi làm việc, bà Nguyễn Hương Giang giới thiệu tiềm năng, thế mạnh của tỉnh và mời các tập đoàn đầu tư vào các khu công nghiệp.\n',
        {'is_activity': True, 'kind': 'outbound_delegation', 'province': 'Bắc Ninh', 'start_date': '2023-11-05', 'lead': 'Nguyễn Hương Giang', 'officials': [], 'requests': []},
        id='p04_taptrung_outbound',  # 'chủ yếu tại Nhật Bản' of the delegation's own work is its venue
    ),
    pytest.param(
        'Quảng Nam tiếp Đại sứ Nhật Bản\nThứ Ba, 14/11/2023 | 16:05\nChiều 13/11, Phó Chủ tịch UBND tỉnh Quảng Nam Trần Văn Tân đã tiếp ông Yamada Takio, Đại sứ Nhật Bản tại Việt Nam.\nTại buổi tiếp, hai bên đã trao đổi thông tin về tình hình hợp tác giữa tỉnh và các địa phương Nhật Bản; tỉnh mong muốn Đại sứ quán tiếp tục kết nối các nhà đầu tư Nhật Bản đến tìm hiểu đầu tư tại Khu kinh tế mở Chu Lai.\nĐại sứ Yamada Takio cho biết sẽ tích cực kết nối các địa phương Nhật Bản với tỉnh Quảng Nam.\n',
        {'is_activity': True, 'kind': 'foreign_delegation', 'province': 'Quảng Nam', 'start_date': '2023-11-13', 'lead': 'Yamada Takio', 'officials': ['Trần Văn Tân'], 'requests': ['mong muốn Đại sứ quán tiếp tục kết nối c']},
        id='p06_tinh_bare_reports_bothsides',  # 'trao đổi thông tin' (a noun) leaves the bare 'tỉnh' after a semicolon the province's
    ),
    pytest.param(
        'Quảng Nam tiếp Đại sứ Nhật Bản\nThứ Ba, 14/11/2023 | 16:05\nChiều 13/11, Phó Chủ tịch UBND tỉnh Quảng Nam Trần Văn Tân đã tiếp ông Yamada Takio, Đại sứ Nhật Bản tại Việt Nam.\nĐại sứ Yamada Takio giới thiệu chính sách hỗ trợ doanh nghiệp nhỏ và vừa của Nhật Bản; tỉnh mong muốn Đại sứ quán hỗ trợ đào tạo nguồn nhân lực cho Khu kinh tế mở Chu Lai.\n',
        {'is_activity': True, 'kind': 'foreign_delegation', 'province': 'Quảng Nam', 'start_date': '2023-11-13', 'lead': 'Yamada Takio', 'officials': ['Trần Văn Tân'], 'requests': ['mong muốn Đại sứ quán hỗ trợ đào tạo ngu']},
        id='p07_tinh_bare_guest_reports',  # an ambassador has no 'tỉnh': the bare 'tỉnh' after his report is the host's
    ),
    pytest.param(
        'Bộ Ngoại giao làm việc với tỉnh Lạng Sơn\nThứ Ba, 14/11/2023 | 16:05\nChiều 13/11, đoàn công tác Bộ Ngoại giao do Thứ trưởng Phạm Thanh Bình dẫn đầu đã làm việc với UBND tỉnh Lạng Sơn.\nTại buổi làm việc, Chủ tịch UBND tỉnh Lạng Sơn Hồ Tiến Thiệu nhắc lại đề nghị Bộ Ngoại giao sớm đàm phán với phía Trung Quốc để nâng cấp cặp cửa khẩu Chi Ma - Ái Điểm thành cửa khẩu quốc tế.\nThứ trưởng Phạm Thanh Bình ghi nhận các kiến nghị của tỉnh.\n',
        {'is_activity': True, 'kind': 'central_delegation', 'province': 'Lạng Sơn', 'start_date': '2023-11-13', 'lead': 'Phạm Thanh Bình', 'officials': ['Hồ Tiến Thiệu'], 'requests': ['đề nghị Bộ Ngoại giao sớm đàm phán với p']},
        id='p08_nhaclai_denghi',  # 'nhắc lại đề nghị Bộ ... sớm ...' asks again
    ),
    pytest.param(
        'Quảng Trị tiếp Đại sứ Australia\nThứ Ba, 14/11/2023 | 16:05\nChiều 13/11, Chủ tịch UBND tỉnh Quảng Trị Võ Văn Hưng đã tiếp bà Gillian Bird, Đại sứ Australia tại Việt Nam.\nÔng Võ Văn Hưng mong muốn Đại sứ quán tiếp tục đồng hành cùng tỉnh trong việc rà phá bom mìn, vật liệu nổ tại huyện Hướng Hóa.\nĐại sứ Gillian Bird cho biết Australia sẽ tiếp tục hỗ trợ tỉnh.\n',
        {'is_activity': True, 'kind': 'foreign_delegation', 'province': 'Quảng Trị', 'start_date': '2023-11-13', 'lead': 'Gillian Bird', 'officials': ['Võ Văn Hưng'], 'requests': ['mong muốn Đại sứ quán tiếp tục đồng hành']},
        id='p09_donghanh_concrete',  # 'tiếp tục đồng hành cùng tỉnh trong việc rà phá bom mìn' asks for work
    ),
    pytest.param(
        'Quảng Trị tiếp Trưởng đại diện JICA\nThứ Ba, 14/11/2023 | 16:05\nChiều 13/11, Chủ tịch UBND tỉnh Quảng Trị Võ Văn Hưng đã tiếp ông Shimizu Akira, Trưởng đại diện JICA tại Việt Nam.\nÔng Võ Văn Hưng mong muốn JICA tiếp tục đồng hành trong phát triển hạ tầng, nguồn nhân lực của tỉnh.\n',
        {'is_activity': True, 'kind': 'foreign_delegation', 'province': 'Quảng Trị', 'start_date': '2023-11-13', 'lead': 'Shimizu Akira', 'officials': ['Võ Văn Hưng'], 'requests': []},
        id='p10_donghanh_general',  # 'tiếp tục đồng hành trong phát triển hạ tầng, nguồn nhân lực' is a general wish
    ),
    pytest.param(
        'Đoàn đại biểu tỉnh Nghệ An thăm tỉnh Xiêng Khoảng\nThứ Ba, 14/11/2023 | 16:05\nNgày 13/11, đoàn đại biểu tỉnh Nghệ An do đồng chí Nguyễn Văn Đệ, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã sang thăm và làm việc tại tỉnh Xiêng Khoảng (Lào).\nTrưởng đoàn tỉnh Nghệ An đã hội kiến ông Pết Sả Ngạ, Tỉnh trưởng tỉnh Xiêng Khoảng.\nĐồng chí Nguyễn Văn Đệ đề nghị tỉnh Xiêng Khoảng phối hợp quản lý lao động qua biên giới.\n',
        {'is_activity': True, 'kind': 'outbound_delegation', 'province': 'Nghệ An', 'start_date': '2023-11-13', 'lead': 'Nguyễn Văn Đệ', 'officials': ['Pết Sả Ngạ'], 'requests': ['đề nghị tỉnh Xiêng Khoảng phối hợp quản ']},
        id='p11_lead_head_before_broad',  # 'Trưởng đoàn tỉnh Nghệ An cảm ơn ông X' makes X no head
    ),
    pytest.param(
        'Chủ tịch UBND tỉnh Bình Dương tiếp Tổng Lãnh sự Nhật Bản\nThứ Năm, 16/11/2023 | 16:05\n(BDO) - Sáng thứ Hai, tại Trung tâm Hành chính tỉnh, Chủ tịch UBND tỉnh Bình Dương Võ Văn Minh đã tiếp ông Ono Masuo, Tổng Lãnh sự Nhật Bản tại TP.Hồ Chí Minh.\nÔng Võ Văn Minh đề nghị Tổng Lãnh sự quán tiếp tục giới thiệu doanh nghiệp Nhật Bản đầu tư vào tỉnh.\n',
        {'is_activity': True, 'kind': 'foreign_delegation', 'province': 'Bình Dương', 'start_date': '2023-11-13', 'lead': 'Ono Masuo', 'officials': ['Võ Văn Minh'], 'requests': ['đề nghị Tổng Lãnh sự quán tiếp tục giới ']},
        id='p13_lone_weekday_ok',  # a lone weekday counts back from the publication day
    ),
    pytest.param(
        'Bình Dương sẽ đón đoàn doanh nghiệp Hàn Quốc\nThứ Ba, 14/11/2023 | 16:05\n(BDO) - Sáng thứ Sáu, tại Trung tâm Hành chính tỉnh, UBND tỉnh Bình Dương sẽ tiếp đoàn doanh nghiệp thành phố Daegu (Hàn Quốc) do ông Kim Jong-han dẫn đầu.\nDự kiến tại buổi tiếp, lãnh đạo tỉnh sẽ giới thiệu các khu công nghiệp mới.\n',
        {'is_activity': True, 'kind': 'foreign_delegation', 'province': 'Bình Dương', 'start_date': None, 'lead': 'Kim Jong-han', 'officials': [], 'requests': []},
        id='p14_lone_weekday_future',  # a lone weekday of a visit still ahead gives no day
    ),
    pytest.param(
        'Quảng Ninh tiếp Tổng Lãnh sự Trung Quốc\nChiều 20/6, Phó Chủ tịch UBND tỉnh Quảng Ninh Nghiêm Xuân Cường đã tiếp ông Mã Thanh Tùng, Tổng Lãnh sự Trung Quốc tại Hải Phòng.\nÔng Nghiêm Xuân Cường cho biết kim ngạch thương mại qua cửa khẩu Móng Cái tăng 20% so với 6 tháng đầu năm 2021.\n',
        {'is_activity': True, 'kind': 'foreign_delegation', 'province': 'Quảng Ninh', 'start_date': None, 'lead': 'Mã Thanh Tùng', 'officials': ['Nghiêm Xuân Cường'], 'requests': []},
        id='p24_sixmonths_june_compare',  # 'so với 6 tháng đầu năm 2021' gives no year
    ),
    pytest.param(
        'Lãnh đạo tỉnh tiếp Đại sứ Lào\nThứ Ba, 14/11/2023 | 16:05\nChiều 13/11, Phó Chủ tịch UBND tỉnh Nguyễn Văn Hùng đã tiếp ông Khămphao Ơnthavan, Đại sứ Lào tại Việt Nam.\nÔng Nguyễn Văn Hùng đề nghị Đại sứ quán hỗ trợ tỉnh kết nối với các tỉnh Nam Lào.\nTin liên quan\nBáo Quảng Ngãi ra mắt trang mới\nKon Tum tiếp đoàn tỉnh Attapeu\n',
        {'is_activity': False, 'kind': None, 'province': None, 'start_date': None, 'lead': None, 'officials': [], 'requests': []},
        id='p20c_footer_only_clue',  # a related headline 'Báo Quảng Ngãi ...' under the story is no masthead
    ),
    pytest.param(
        'Lãnh đạo tỉnh tiếp Đại sứ Lào\nThứ Ba, 14/11/2023 | 16:05\nChiều 13/11, Phó Chủ tịch UBND tỉnh Nguyễn Văn Hùng đã tiếp ông Khămphao Ơnthavan, Đại sứ Lào tại Việt Nam.\nÔng Nguyễn Văn Hùng đề nghị Đại sứ quán hỗ trợ tỉnh kết nối với các tỉnh Nam Lào.\nTin liên quan\nKon Tum tiếp đoàn tỉnh Attapeu\nCổng Thông tin điện tử tỉnh Bình Định\n',
        {'is_activity': True, 'kind': 'foreign_delegation', 'province': 'Bình Định', 'start_date': '2023-11-13', 'lead': 'Khămphao Ơnthavan', 'officials': ['Nguyễn Văn Hùng'], 'requests': ['đề nghị Đại sứ quán hỗ trợ tỉnh kết nối ']},
        id='p20d_footer_real_site',  # the portal named in the footer gives the province
    ),
    pytest.param(
        'Quảng Nam tiếp Đại sứ Hàn Quốc\nThứ Ba, 14/11/2023 | 16:05\nChiều 13/11, Chủ tịch UBND tỉnh Quảng Nam Lê Trí Thanh đã tiếp ông Choi Young-sam, Đại sứ Hàn Quốc tại Việt Nam.\nÔng Lê Trí Thanh cho biết tỉnh mong tiếp tục được sự quan tâm, ủng hộ của Đại sứ quán trong thời gian tới.\nTỉnh cũng mong tiếp tục nhận được nguồn viện trợ không hoàn lại GGP để xây dựng trường học ở huyện miền núi Nam Trà My.\n',
        {'is_activity': True, 'kind': 'foreign_delegation', 'province': 'Quảng Nam', 'start_date': '2023-11-13', 'lead': 'Choi Young-sam', 'officials': ['Lê Trí Thanh'], 'requests': ['mong tiếp tục nhận được nguồn viện trợ k']},
        id='p47_mong_tiep_tuc_duoc',  # 'mong tiếp tục được sự quan tâm, ủng hộ' is general, '... nhận được nguồn viện trợ GGP' asks
    ),
    pytest.param(
        'Quảng Nam tiếp Đại sứ Hàn Quốc\nThứ Ba, 14/11/2023 | 16:05\nChiều 13/11, Chủ tịch UBND tỉnh Quảng Nam Lê Trí Thanh đã tiếp ông Choi Young-sam, Đại sứ Hàn Quốc tại Việt Nam.\nÔng Lê Trí Thanh nhấn mạnh: "Đại sứ quán Hàn Quốc luôn chia sẻ, đồng hành cùng tỉnh trong những năm qua".\nÔng đề nghị Đại sứ quán tiếp tục hỗ trợ tỉnh xúc tiến du lịch tại Hàn Quốc.\n',
        {'is_activity': True, 'kind': 'foreign_delegation', 'province': 'Quảng Nam', 'start_date': '2023-11-13', 'lead': 'Choi Young-sam', 'officials': ['Lê Trí Thanh'], 'requests': ['đề nghị Đại sứ quán tiếp tục hỗ trợ tỉnh']},
        id='p50b_said_by_open_quote',  # a quotation inside a sentence gives no speaker to the next pronoun
    ),
    pytest.param(
        'Quảng Nam tiếp Đại sứ Hàn Quốc\nThứ Ba, 14/11/2023 | 16:05\nChiều 13/11, Chủ tịch UBND tỉnh Quảng Nam Lê Trí Thanh đã tiếp ông Choi Young-sam, Đại sứ Hàn Quốc tại Việt Nam.\nÔng Lê Trí Thanh giới thiệu chương trình "Quảng Nam - điểm đến an toàn" mà Đại sứ Choi Young-sam nhấn mạnh là rất ấn tượng.\nÔng đề nghị Đại sứ quán tiếp tục hỗ trợ tỉnh xúc tiến du lịch tại Hàn Quốc.\n',
        {'is_activity': True, 'kind': 'foreign_delegation', 'province': 'Quảng Nam', 'start_date': '2023-11-13', 'lead': 'Choi Young-sam', 'officials': ['Lê Trí Thanh'], 'requests': ['đề nghị Đại sứ quán tiếp tục hỗ trợ tỉnh']},
        id='p50c_said_by_title_quote',  # a programme's name in quotes gives no speaker either
    ),
    pytest.param(
        'Sở Ngoại vụ Cần Thơ làm việc với Tổng Lãnh sự Hoa Kỳ\nThứ Ba, 14/11/2023 | 16:05\nChiều 13/11, Phó Chủ tịch UBND thành phố Cần Thơ Nguyễn Thực Hiện đã tiếp bà Susan Burns, Tổng Lãnh sự Hoa Kỳ tại TP.Hồ Chí Minh.\nTham dự có Giám đốc Ts. Lê Văn Bé, Giám đốc Sở Y tế thành phố.\nÔng Nguyễn Thực Hiện đề nghị Tổng Lãnh sự quán hỗ trợ thành phố đào tạo nhân lực y tế.\n',
        {'is_activity': True, 'kind': 'foreign_delegation', 'province': 'Cần Thơ', 'start_date': '2023-11-13', 'lead': 'Susan Burns', 'officials': ['Lê Văn Bé', 'Nguyễn Thực Hiện'], 'requests': ['đề nghị Tổng Lãnh sự quán hỗ trợ thành p']},
        id='p28_ts_abbrev',  # 'Ts.' before a Vietnamese family name is a degree
    ),
    pytest.param(
        'Cần Thơ tiếp Tổng Lãnh sự Hoa Kỳ\nThứ Ba, 14/11/2023 | 16:05\nChiều 13/11, Phó Chủ tịch UBND thành phố Cần Thơ Nguyễn Thực Hiện đã tiếp bà Susan Burns, Tổng Lãnh sự Hoa Kỳ tại TP.Hồ Chí Minh.\nTham dự buổi tiếp có ông Ts. Lê Văn Bé, Giám đốc Sở Y tế thành phố.\nÔng Lê Văn Bé cho biết thành phố cần hỗ trợ đào tạo bác sĩ.\n',
        {'is_activity': True, 'kind': 'foreign_delegation', 'province': 'Cần Thơ', 'start_date': '2023-11-13', 'lead': 'Susan Burns', 'officials': ['Lê Văn Bé', 'Nguyễn Thực Hiện'], 'requests': []},
        id='p28b_ts_honorific',  # 'ông Ts. Lê Văn Bé' is Lê Văn Bé
    ),
    pytest.param(
        'Quảng Ninh tiếp Đại sứ Mông Cổ\nThứ Ba, 14/11/2023 | 16:05\nChiều 13/11, Phó Chủ tịch UBND tỉnh Quảng Ninh Nghiêm Xuân Cường đã tiếp bà Ch. Enkhtuya, Đại sứ Mông Cổ tại Việt Nam.\nBà Ch. Enkhtuya cho biết Mông Cổ mong muốn mở đường bay thẳng tới Hạ Long.\n',
        {'is_activity': True, 'kind': 'foreign_delegation', 'province': 'Quảng Ninh', 'start_date': '2023-11-13', 'lead': 'Ch. Enkhtuya', 'officials': ['Nghiêm Xuân Cường'], 'requests': []},
        id='p28c_ch_mongol',  # 'bà Ch. Enkhtuya' keeps her father's initial
    ),
    pytest.param(
        'Đoàn đại biểu tỉnh Champasak thăm Quảng Nam\nThứ Ba, 14/11/2023 | 16:05\nTừ ngày 10 đến ngày 13/11, Đoàn đại biểu tỉnh Champasak (Lào) do ông Vilay Sinthavong, Phó Tỉnh trưởng dẫn đầu đã thăm và làm việc tại tỉnh Quảng Nam. Chương trình của đoàn:\n(10/11/2023) Đoàn đến Tam Kỳ, chào xã giao lãnh đạo tỉnh.\n(11/11/2023) Đoàn làm việc với Sở Giáo dục và Đào tạo.\n(12/11/2023) Đoàn thăm Khu kinh tế mở Chu Lai.\nChủ tịch UBND tỉnh Quảng Nam Lê Trí Thanh đề nghị tỉnh Champasak tiếp tục cử học sinh sang học tập tại tỉnh.\n',
        {'is_activity': True, 'kind': 'foreign_delegation', 'province': 'Quảng Nam', 'start_date': '2023-11-10', 'lead': 'Vilay Sinthavong', 'officials': ['Lê Trí Thanh'], 'requests': ['đề nghị tỉnh Champasak tiếp tục cử học s']},
        id='p64_dated_teaser_timeline',  # a programme's days in brackets are no list of stories
    ),
    pytest.param(
        'Báo Đà Nẵng\nTiếp Tổng Lãnh sự Lào\nThứ Ba, 14/11/2023 | 16:05\nChiều 13/11, Phó Chủ tịch UBND tỉnh Quảng Nam Hồ Quang Bửu đã tiếp ông Khăm Phăn, Tổng Lãnh sự Lào, cùng lãnh đạo Sở Ngoại vụ thành phố Đà Nẵng.\nÔng Hồ Quang Bửu đề nghị Tổng Lãnh sự quán hỗ trợ tỉnh kết nối với tỉnh Sekong.\n',
        {'is_activity': True, 'kind': 'foreign_delegation', 'province': 'Quảng Nam', 'start_date': '2023-11-13', 'lead': 'Khăm Phăn', 'officials': ['Hồ Quang Bửu'], 'requests': ['đề nghị Tổng Lãnh sự quán hỗ trợ tỉnh kế']},
        id='p73_site_weight_tie',  # the outlet's province does not outweigh a neighbour whose UBND receives
    ),
    pytest.param(
        'Tổng kết Năm Đoàn kết hữu nghị Việt Nam - Lào 2022\nNgày 10/1, UBND tỉnh Nghệ An tổ chức Hội nghị tổng kết Năm Đoàn kết hữu nghị Việt Nam - Lào 2022. Phó Chủ tịch UBND tỉnh Nghệ An Bùi Đình Long chủ trì hội nghị.\nTham dự có ông Khăm Phăn, Tổng Lãnh sự Lào tại Vinh.\n',
        {'is_activity': True, 'kind': 'provincial_event', 'province': 'Nghệ An', 'start_date': None, 'lead': 'Bùi Đình Long', 'officials': ['Khăm Phăn'], 'requests': []},
        id='p74_nam_huu_nghi_review',  # the January review of 'Năm ... hữu nghị 2022' takes no year from it
    ),
    pytest.param(
        'Bộ Lao động làm việc với Thanh Hóa về đưa lao động ra nước ngoài\nThứ Ba, 14/11/2023 | 16:05\nChiều 13/11, đoàn công tác Bộ Lao động - Thương binh và Xã hội do Thứ trưởng Nguyễn Bá Hoan dẫn đầu đã làm việc với UBND tỉnh Thanh Hóa về hợp tác lao động với Hàn Quốc.\nPhó Chủ tịch UBND tỉnh Thanh Hóa Đầu Thanh Tùng cho biết lao động của tỉnh mong muốn được sang Hàn Quốc làm việc nên tỉnh đề nghị Bộ tăng chỉ tiêu EPS cho tỉnh.\n',
        {'is_activity': True, 'kind': 'central_delegation', 'province': 'Thanh Hóa', 'start_date': '2023-11-13', 'lead': 'Nguyễn Bá Hoan', 'officials': ['Đầu Thanh Tùng'], 'requests': ['mong muốn được sang Hàn Quốc làm việc nê']},
        id='p76b_mong_sang_lam_viec_ask',  # workers' wish to go abroad keeps the ask that follows
    ),
    pytest.param(
        'Bình Định tiếp Tổng Lãnh sự Hàn Quốc\nThứ Ba, 14/11/2023 | 16:05\nChiều 13/11, Chủ tịch UBND tỉnh Bình Định Phạm Anh Tuấn đã tiếp ông Shin Choong-il, Tổng Lãnh sự Hàn Quốc tại Đà Nẵng.\nTin bài liên quan: Bình Định xúc tiến đầu tư tại Hàn Quốc\nÔng Phạm Anh Tuấn đề nghị Tổng Lãnh sự quán giới thiệu doanh nghiệp Hàn Quốc đầu tư vào Khu kinh tế Nhơn Hội.\n',
        {'is_activity': True, 'kind': 'foreign_delegation', 'province': 'Bình Định', 'start_date': '2023-11-13', 'lead': 'Shin Choong-il', 'officials': ['Phạm Anh Tuấn'], 'requests': ['đề nghị Tổng Lãnh sự quán giới thiệu doa']},
        id='p22_tintaibai_inline',  # 'Tin bài liên quan: ...' inside the story skips one headline, the closing ask stays
    ),
    pytest.param(
        'Thái Bình tiếp Đại sứ Nhật Bản\nThứ Ba, 14/11/2023 | 16:05\nChiều 13/11, Chủ tịch UBND tỉnh Thái Bình Nguyễn Khắc Thận đã tiếp ông Yamada Takio, Đại sứ Nhật Bản tại Việt Nam.\nÔng Nguyễn Khắc Thận mong muốn mở rộng các hoạt động hợp tác đào tạo điều dưỡng viên với tỉnh Tottori.\n',
        {'is_activity': True, 'kind': 'foreign_delegation', 'province': 'Thái Bình', 'start_date': '2023-11-13', 'lead': 'Yamada Takio', 'officials': ['Nguyễn Khắc Thận'], 'requests': ['mong muốn mở rộng các hoạt động hợp tác ']},
        id='p78_mo_rong_hoat_dong',  # 'mở rộng các hoạt động hợp tác đào tạo điều dưỡng' asks
    ),
    pytest.param(
        'Bình Định tiếp Đại sứ Liên minh châu Âu\nThứ Ba, 14/11/2023 | 16:05\nChiều 13/11, Chủ tịch UBND tỉnh Bình Định Phạm Anh Tuấn đã tiếp ông Julien Guerrier, Đại sứ, Trưởng Phái đoàn Liên minh châu Âu tại Việt Nam.\nÔng Phạm Anh Tuấn cho biết ngư dân của tỉnh rất mong Châu Âu sớm gỡ thẻ vàng IUU.\n',
        {'is_activity': True, 'kind': 'foreign_delegation', 'province': 'Bình Định', 'start_date': '2023-11-13', 'lead': 'Julien Guerrier', 'officials': ['Phạm Anh Tuấn'], 'requests': []},
        id='p79_mong_chau_au',  # 'mong Châu Âu' names a continent, no partner asked
    ),
    pytest.param(
        'Bồi dưỡng kiến thức đối ngoại cho cán bộ tỉnh Quảng Bình\nThứ Ba, 14/11/2023 | 16:05\nNgày 13/11, Sở Ngoại vụ tỉnh Quảng Bình tổ chức Hội nghị bồi dưỡng kiến thức đối ngoại năm 2023. Học viên được trang bị kỹ năng phát ngôn, trả lời phỏng vấn báo chí nước ngoài.\nPhó Chủ tịch UBND tỉnh Quảng Bình Phan Phong Phú chủ trì hội nghị.\n',
        {'is_activity': True, 'kind': 'provincial_event', 'province': 'Quảng Bình', 'start_date': '2023-11-13', 'lead': 'Phan Phong Phú', 'officials': [], 'requests': []},
        id='p65_skill_taught',  # a course teaching answers to interviews is no interview
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_reviewers_probe_is_read_as_expected(text, expected):
    record = extract_from_text(text, "t.txt")[1]
    got = {
        "is_activity": record["is_activity"], "kind": record["kind"], "province": (record["province"] or {}).get("name"),
        "start_date": record["start_date"], "lead": (record["lead"] or {}).get("name"),
        "officials": sorted(o["name"] for o in record["officials"]),
        "requests": [r["text"][:40] for r in record["requests"]],
    }
    assert got == expected
