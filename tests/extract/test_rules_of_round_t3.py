"""The extraction rules of round t3: one test per rule, each sentence written for it (provincial news style)."""

from apps.ingest.pipeline import extract_from_text


def _record(text):
    return extract_from_text(text, "t.txt")[1]


def _partners(text):
    return [p["name"] for p in _record(text)["partners"]]


# --- Partners: workers abroad, another province's ties ---


def test_workers_in_a_city_with_its_region_after_a_comma_name_no_partner():
    text = (
        "Hải Dương tiếp đoàn công tác thành phố Changwon\nThứ Tư, 17/04/2024 | 08:15\nSáng 16/4, Phó Chủ tịch UBND "
        "tỉnh Hải Dương Lưu Văn Bản đã tiếp đoàn công tác thành phố Changwon (Hàn Quốc) do ông Park Sung-ho, Phó Thị "
        "trưởng dẫn đầu. Ông Lưu Văn Bản cho biết hiện có hơn 200 lao động, thực tập sinh của tỉnh đang làm việc tại "
        "thành phố Gimhae, tỉnh Gyeongsangnam. Hai bên thống nhất phối hợp xây dựng chương trình hợp tác trong lĩnh "
        "vực đào tạo nghề và công nghiệp cơ khí."
    )
    partners = _partners(text)
    assert "Gimhae" not in partners and "Gyeongsangnam" not in partners, partners
    # (the visiting city stays one: passes on both trees)
    assert "Changwon" in partners, partners


def test_another_provinces_ties_told_with_no_kind_word_name_no_partner():
    text = (
        "Kon Tum tiếp đoàn công tác tỉnh Attapeu\nThứ Năm, 14/03/2024 | 15:30\nChiều 13/3, Chủ tịch UBND tỉnh Kon Tum "
        "Lê Ngọc Tuấn đã tiếp đoàn công tác tỉnh Attapeu (Lào) do ông Lế Tạ Môn, Phó Tỉnh trưởng dẫn đầu. Ông Lê Ngọc "
        "Tuấn cho biết các tỉnh Tây Nguyên đều có quan hệ với các địa phương của Lào, Campuchia, như tỉnh Gia Lai đã "
        "ký kết hợp tác với tỉnh Champasak (Lào) và Đắk Lắk đã có quan hệ với tỉnh Mondulkiri (Campuchia). Hai bên "
        "thống nhất phối hợp xây dựng kế hoạch hợp tác năm 2025."
    )
    partners = _partners(text)
    assert "Mondulkiri" not in partners, partners
    assert "Attapeu" in partners, partners
    border = (
        "Cao Bằng hội đàm với thành phố Bách Sắc\nThứ Hai, 22/07/2024 | 08:50\nSáng 20/7, tại thành phố Cao Bằng, Chủ "
        "tịch UBND tỉnh Cao Bằng Hoàng Xuân Ánh đã hội đàm với đoàn đại biểu thành phố Bách Sắc (Quảng Tây, Trung "
        "Quốc) do ông Chu Vĩ Phong, Phó Thị trưởng dẫn đầu. Ông Hoàng Xuân Ánh cho biết, so với các tỉnh bạn như Lạng "
        "Sơn tận dụng được lợi thế kết nối với thành phố Sùng Tả, Cao Bằng còn nhiều tiềm năng chưa được khai thác. "
        "Hai bên thống nhất phối hợp nâng cấp cặp cửa khẩu Trà Lĩnh - Long Bang."
    )
    partners = _partners(border)
    assert "Sùng Tả" not in partners, partners
    assert "Bách Sắc" in partners, partners


# --- Partners: the war's battles, a railway, a road ---


def test_the_battles_of_the_war_name_no_partner():
    text = (
        "Sơn La tiếp đoàn đại biểu tỉnh Luông Pha Băng\nThứ Sáu, 19/04/2024 | 16:10\nChiều 18/4, tại thành phố Sơn "
        "La, Bí thư Tỉnh ủy Sơn La Nguyễn Hữu Đông đã tiếp đoàn đại biểu tỉnh Luông Pha Băng (Lào) do ông Khăm Khăn "
        "Chănthạvisuk, Tỉnh trưởng dẫn đầu. Ông Nguyễn Hữu Đông nhắc lại quân và dân hai nước đã kề vai sát cánh trong "
        "các chiến dịch ở Cánh đồng Chum – Xiêng Khoảng, Sầm Nưa năm xưa. Hai bên thống nhất phối hợp giáo dục truyền "
        "thống cho thế hệ trẻ."
    )
    partners = _partners(text)
    assert "Xiêng Khoảng" not in partners and "Sầm Nưa" not in partners, partners
    assert "Luông Pha Băng" in partners, partners


def test_a_railways_start_names_no_partner():
    text = (
        "Lào Cai làm việc với tỉnh Luông Nậm Thà\nThứ Tư, 11/09/2024 | 10:45\nSáng 10/9, Phó Chủ tịch UBND tỉnh Lào "
        "Cai Hoàng Quốc Khánh đã làm việc với đoàn công tác tỉnh Luông Nậm Thà (Lào) do ông Phết Sả Vắt, Phó Tỉnh "
        "trưởng dẫn đầu. Hai bên trao đổi về hợp tác phát triển logistics, kết nối với tuyến đường sắt Lào – Trung "
        "đang vận hành từ Viêng Chăn lên Bò Tên. Hai bên thống nhất phối hợp tổ chức hội chợ thương mại tại Lào Cai "
        "vào năm 2025."
    )
    partners = _partners(text)
    assert "Viêng Chăn" not in partners, partners
    assert "Luông Nậm Thà" in partners, partners


def test_a_road_taken_through_towns_names_no_partner_its_goal_is_one():
    text = (
        "Đoàn công tác tỉnh Lạng Sơn thăm thành phố Sùng Tả\nThứ Bảy, 16/11/2024 | 09:00\nNgày 15/11, đoàn công tác "
        "tỉnh Lạng Sơn do đồng chí Hồ Tiến Thiệu, Chủ tịch UBND tỉnh dẫn đầu đã thăm và làm việc tại thành phố Sùng "
        "Tả (Quảng Tây, Trung Quốc). Đoàn xuất cảnh qua cửa khẩu quốc tế Hữu Nghị, đi theo đường cao tốc qua thành "
        "phố Bằng Tường, huyện Ninh Minh để đến thành phố Sùng Tả. Hai bên thống nhất phối hợp thúc đẩy thông quan "
        "nông sản qua các cặp cửa khẩu."
    )
    partners = _partners(text)
    assert "Bằng Tường" not in partners and "Ninh Minh" not in partners, partners
    assert "Sùng Tả" in partners, partners
    # (a visit at the road's end: passes on both trees)
    visit = (
        "Hà Tĩnh thăm tỉnh Bolikhamxay\nThứ Hai, 25/03/2024 | 14:30\nTừ ngày 21 - 23/3, đoàn công tác tỉnh Hà Tĩnh do "
        "đồng chí Võ Trọng Hải, Chủ tịch UBND tỉnh dẫn đầu đi theo Quốc lộ 8 qua cửa khẩu Cầu Treo, thăm tỉnh "
        "Bolikhamxay (Lào). Hai bên thống nhất phối hợp giữ gìn an ninh trật tự khu vực biên giới."
    )
    partners = _partners(visit)
    assert "Bolikhamxay" in partners, partners


# --- Partners: where the province's people live, work and study, where flights come from ---


def test_diaspora_gathered_in_cities_and_around_a_town_names_no_partner():
    text = (
        "Nam Định tiếp đoàn công tác vùng Karlovy Vary\nThứ Năm, 23/05/2024 | 09:40\nSáng 22/5, Chủ tịch UBND tỉnh "
        "Nam Định Phạm Đình Nghị đã tiếp đoàn công tác vùng Karlovy Vary (Cộng hòa Séc) do ông Petr Kulhánek, Chủ "
        "tịch vùng dẫn đầu. Ông Phạm Đình Nghị cho biết cộng đồng người Nam Định đông nhất ở Cộng hòa Séc, tập trung "
        "tại thủ đô Praha và thành phố Cheb; tại Đức, bà con sinh sống đông ở Berlin và Leipzig. Hai bên thống nhất "
        "thúc đẩy hợp tác trong lĩnh vực du lịch chữa bệnh và đào tạo nghề."
    )
    partners = _partners(text)
    assert "Cheb" not in partners and "Leipzig" not in partners, partners
    # (the visiting region stays one: passes on both trees)
    assert "Karlovy Vary" in partners, partners
    town = (
        "Đồng Tháp hội đàm với tỉnh Kandal\nThứ Sáu, 09/08/2024 | 15:20\nChiều 8/8, tại thành phố Cao Lãnh, Phó "
        "Chủ tịch UBND tỉnh Đồng Tháp Huỳnh Minh Tuấn đã hội đàm với đoàn đại biểu tỉnh Kandal (Campuchia) do ông Kong "
        "Sophorn, Tỉnh trưởng dẫn đầu. Ông Huỳnh Minh Tuấn đề nghị tỉnh bạn quan tâm tạo điều kiện cho bà con Việt "
        "kiều làm ăn sinh sống, phần lớn tập trung quanh thị trấn Neak Luong (tỉnh Prey Veng). Hai bên thống nhất "
        "phối hợp quản lý tàu thuyền qua lại trên sông Mê Kông."
    )
    partners = _partners(town)
    assert "Prey Veng" not in partners, partners
    # (the visiting province stays one: passes on both trees)
    assert "Kandal" in partners, partners


def test_workers_and_students_gathered_with_no_verb_of_theirs_name_no_partner():
    text = (
        "Hà Tĩnh tiếp đoàn công tác thành phố Gwangyang\nThứ Hai, 10/06/2024 | 10:30\nSáng 8/6, Phó Chủ tịch UBND tỉnh Hà "
        "Tĩnh Nguyễn Hồng Lĩnh đã tiếp đoàn công tác thành phố Gwangyang (Hàn Quốc) do ông Jung In-hwa, Thị trưởng "
        "dẫn đầu. Ông Nguyễn Hồng Lĩnh cho biết hiện tỉnh có khoảng 25.000 người đang làm việc ở nước ngoài. Lao động "
        "của tỉnh tập trung chủ yếu tại Đài Trung, Cao Hùng (Đài Loan – Trung Quốc), tại các tỉnh Gyeongsangnam, "
        "Jeollanam của Hàn Quốc. Hai bên thống nhất phối hợp đào tạo nghề cho lao động trước khi xuất cảnh."
    )
    partners = _partners(text)
    assert not {"Đài Trung", "Cao Hùng", "Gyeongsangnam", "Jeollanam"} & set(partners), partners
    # (the visiting city stays one: passes on both trees)
    assert "Gwangyang" in partners, partners
    students = (
        "Thanh Hóa tiếp đoàn công tác vùng Primorsky\nThứ Ba, 15/10/2024 | 14:00\nChiều 14/10, Chủ tịch UBND tỉnh "
        "Thanh Hóa Đỗ Minh Tuấn đã tiếp đoàn công tác vùng Primorsky (Liên bang Nga) do ông Dmitry Orlov, Phó Thống "
        "đốc dẫn đầu. Ông Đỗ Minh Tuấn cho biết khoảng 400 lưu học sinh của tỉnh đang học tập tại Liên bang Nga, chủ "
        "yếu tại thành phố Vladivostok và Saint Petersburg. Hai bên thống nhất mở rộng hợp tác trong lĩnh vực giáo "
        "dục và nông nghiệp."
    )
    partners = _partners(students)
    assert "Saint Petersburg" not in partners, partners
    # (the visiting region stays one: passes on both trees)
    assert "Primorsky" in partners, partners


def test_where_flights_come_from_names_no_partner():
    text = (
        "Khánh Hòa tiếp đoàn công tác vùng Primorsky\nThứ Ba, 20/02/2024 | 15:00\nChiều 19/2, Phó Chủ tịch UBND tỉnh "
        "Khánh Hòa Lê Hữu Hoàng đã tiếp đoàn công tác vùng Primorsky (Liên bang Nga) do bà Elena Volkova, Phó Thống "
        "đốc dẫn đầu. Ông Lê Hữu Hoàng cho biết năm 2023, Khánh Hòa đón hơn 300.000 lượt khách Nga, trong đó phần lớn "
        "bay thẳng từ Vladivostok, Novosibirsk, Irkutsk, Khabarovsk và Moskva đến Cam Ranh. Hai bên thống nhất phối "
        "hợp quảng bá du lịch và tăng tần suất các chuyến bay."
    )
    partners = _partners(text)
    assert not {"Novosibirsk", "Irkutsk", "Khabarovsk", "Moskva"} & set(partners), partners
    assert "Primorsky" in partners, partners


def test_where_workers_and_vietnamese_doctors_work_names_no_partner():
    text = (
        "Bắc Ninh tiếp đoàn công tác tỉnh Gyeongsangnam\nThứ Tư, 04/09/2024 | 09:10\nSáng 3/9, Phó Chủ tịch UBND tỉnh "
        "Bắc Ninh Ngô Tân Phượng đã tiếp đoàn công tác tỉnh Gyeongsangnam (Hàn Quốc) do ông Lee Dong-jin, Phó Tỉnh "
        "trưởng dẫn đầu. Bà Ngô Tân Phượng cho biết hiện có khoảng 3.000 lao động của tỉnh tại Hàn Quốc, nhiều người "
        "làm việc tại các khu công nghiệp của Gimhae và Busan. Hai bên thống nhất phối hợp đào tạo nghề cho lao động "
        "trước khi xuất cảnh."
    )
    partners = _partners(text)
    assert "Gimhae" not in partners and "Busan" not in partners, partners
    assert "Gyeongsangnam" in partners, partners
    doctors = (
        "Quảng Ngãi tiếp đoàn công tác bang Oregon\nThứ Năm, 21/11/2024 | 16:00\nChiều 20/11, Phó Chủ tịch UBND "
        "tỉnh Quảng Ngãi Trần Phước Hiền đã tiếp đoàn công tác bang Oregon (Hoa Kỳ) do ông Michael Carter, Phó Thống "
        "đốc dẫn đầu. Cùng đi có nhóm bác sĩ người Việt tại bang California sang khám bệnh miễn phí cho người dân "
        "huyện Sơn Tịnh. Ông Trần Phước Hiền cảm ơn đoàn đã quan tâm đến công tác chăm sóc sức khỏe người dân tỉnh."
    )
    partners = _partners(doctors)
    assert "California" not in partners, partners
    assert "Oregon" in partners, partners
    # (a department that worked in the province: passes on both trees)
    department = (
        "Đoàn công tác tỉnh Vĩnh Phúc thăm Hàn Quốc\nThứ Sáu, 12/07/2024 | 11:20\nTừ ngày 7 - "
        "11/7, đoàn công tác tỉnh Vĩnh Phúc do ông Vũ Chí Giang, Phó Chủ tịch UBND tỉnh dẫn đầu đã thăm Hàn Quốc. Sở "
        "Lao động - Thương binh và Xã hội đã làm việc tại tỉnh Chungcheongbuk về tiếp nhận lao động thời vụ. Hai bên "
        "thống nhất ký kết biên bản ghi nhớ về lao động thời vụ trong năm 2025."
    )
    partners = _partners(department)
    assert "Chungcheongbuk" in partners, partners


# --- Partners: a tie told after a community's places ---


def test_a_tie_told_after_a_communitys_places_keeps_them_partners():
    """Guards a rule this batch could have broken; it may pass on the old tree too."""
    text = (
        "Quảng Trị gặp mặt cộng đồng người Việt tại Lào và Thái Lan\nThứ Ba, 06/02/2024 | 10:00\nSáng 5/2, tại thành "
        "phố Đông Hà, UBND tỉnh Quảng Trị tổ chức gặp mặt đại diện cộng đồng người Việt ở nước ngoài nhân dịp Tết "
        "Nguyên đán. Cộng đồng người Việt tại các tỉnh Savannakhet, Salavan (Lào) và Mukdahan (Thái Lan) – những địa "
        "phương có quan hệ hợp tác với tỉnh – đã có nhiều đóng góp cho quê hương. Chủ tịch UBND tỉnh Võ Văn Hưng đề "
        "nghị bà con tiếp tục làm cầu nối thúc đẩy hợp tác giữa tỉnh với các địa phương bạn."
    )
    partners = _partners(text)
    assert "Salavan" in partners, partners
