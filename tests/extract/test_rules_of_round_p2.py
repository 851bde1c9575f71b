"""The extraction rules of round P's second batch (held-out rounds oz-pg): one test per rule, each sentence written for
it (provincial news style)."""

from apps.ingest.pipeline import extract_from_text


def _record(text):
    return extract_from_text(text, "t.txt")[1]


def _asks(text):
    return [r["text"] for r in _record(text)["requests"]]


def _partners(text):
    return [p["name"] for p in _record(text)["partners"]]


def _officials(text):
    return [o["name"] for o in _record(text)["officials"]]


# --- Is an activity: a look back over years, a food court's or the tourists' "quốc tế", a country named as a style, a
# reading contest's "đại sứ", the ministry's own conference under the outlet's bracketed tag ---


def test_a_look_back_over_years_at_an_occasion_long_before_publication_is_no_activity():
    text = ("Quan hệ hữu nghị Hà Tĩnh - Khăm Muộn: 8 năm nhìn lại\n15/05/2024 09:20\nNgày 12/3/2016, tỉnh Hà Tĩnh và tỉnh "
            "Khăm Muộn (Lào) đã ký kết biên bản ghi nhớ hợp tác giai đoạn 2016-2020. Sau 8 năm, quan hệ hợp tác giữa hai tỉnh "
            "ngày càng đi vào chiều sâu. Hai bên đã phối hợp chặt chẽ trong công tác quản lý biên giới và đào tạo nguồn nhân lực.")
    assert _record(text)["is_activity"] is False
    # (a fresh meeting told with the same words is still one)
    fresh = text.replace(
        "Ngày 12/3/2016, tỉnh Hà Tĩnh và tỉnh Khăm Muộn (Lào) đã ký kết biên bản ghi nhớ hợp tác giai đoạn 2016-2020.",
        "Ngày 13/5/2024, tại TP. Hà Tĩnh, Chủ tịch UBND tỉnh Hà Tĩnh Võ Trọng Hải đã tiếp đoàn đại biểu tỉnh Khăm Muộn (Lào) "
        "do Phó Tỉnh trưởng Sivilay Phommachanh dẫn đầu.",
    )
    record = _record(fresh)
    assert record["is_activity"] and record["start_date"] == "2024-05-13", record


def test_a_food_courts_or_the_tourists_quốc_tế_makes_no_domestic_festival_an_activity():
    text = ("Khai mạc Tuần lễ Văn hóa - Du lịch tỉnh Phú Yên\n20/04/2024 20:30\nTối 20/4, tại Công viên Bạch Đằng, UBND tỉnh "
            "Phú Yên tổ chức khai mạc Tuần lễ Văn hóa - Du lịch năm 2024. Trong khuôn khổ sự kiện, Làng ẩm thực quốc tế với hơn "
            "50 gian hàng món ăn đặc sản vùng miền mở cửa phục vụ người dân. Chương trình diễn ra đến hết ngày 24/4.")
    assert _record(text)["is_activity"] is False
    food_court = "Trong khuôn khổ sự kiện, Làng ẩm thực quốc tế với hơn 50 gian hàng món ăn đặc sản vùng miền mở cửa phục vụ người dân."
    tourists = text.replace(food_court, "Sự kiện thu hút đông đảo du khách trong nước và quốc tế đến tham quan, trải nghiệm.")
    assert _record(tourists)["is_activity"] is False
    # (the foreign tourists alone still are a foreign-affairs word)
    foreign = text.replace(food_court, "Sự kiện thu hút đông đảo du khách quốc tế đến tham quan, trải nghiệm.")
    assert _record(foreign)["is_activity"]


def test_a_study_visit_at_another_province_is_no_activity_though_a_country_names_a_style():
    text = ("Đoàn công tác tỉnh Hậu Giang học tập mô hình khu dân cư theo phong cách Nhật Bản tại Bình Dương\n21/06/2024 14:00\n"
            "Ngày 20/6, đoàn công tác tỉnh Hậu Giang do Phó Chủ tịch UBND tỉnh Trương Cảnh Tuyên dẫn đầu đã đến thăm và học tập "
            "kinh nghiệm tại tỉnh Bình Dương. Đoàn đã tham quan khu dân cư theo phong cách Nhật Bản tại thành phố mới Bình Dương "
            "và nghe giới thiệu về công tác quy hoạch đô thị. Qua chuyến đi, tỉnh Hậu Giang mong muốn học hỏi cách làm hay để áp "
            "dụng vào thực tiễn địa phương.")
    assert _record(text)["is_activity"] is False
    # (a Japanese investor is a foreign side)
    assert _record(text.replace("theo phong cách Nhật Bản", "do nhà đầu tư Nhật Bản xây dựng"))["is_activity"]


def test_a_reading_contests_or_a_quoted_đại_sứ_is_no_envoy():
    contest = ("Chung kết Hội thi \"Đại sứ văn hóa đọc\" tỉnh Tuyên Quang năm 2024\n27/05/2024 15:50\nSáng 27/5, Sở Văn hóa, "
               "Thể thao và Du lịch tỉnh Tuyên Quang tổ chức vòng chung kết Hội thi \"Đại sứ văn hóa đọc\" năm 2024. Hội thi thu "
               "hút hơn 30.000 học sinh tham gia. Ban tổ chức đã trao giải Nhất cho em Hoàng Thị Mai, học sinh Trường THCS Phan Thiết.")
    assert _record(contest)["is_activity"] is False
    quoted = ("Lan tỏa văn hóa đọc trong trường học ở Yên Bái\n27/05/2024 15:50\nSáng 27/5, Sở Giáo dục và Đào tạo tỉnh Yên Bái "
              "tổ chức tổng kết phong trào đọc sách năm học 2023-2024. Đội ngũ \"đại sứ\" là các em học sinh tiêu biểu đã lan tỏa "
              "thói quen đọc sách tới bạn bè. Dịp này, Sở đã khen thưởng 20 tập thể và 45 cá nhân.")
    assert _record(quoted)["is_activity"] is False
    # (a country's ambassador still is an envoy)
    envoy = quoted.replace("Đội ngũ \"đại sứ\" là các em học sinh tiêu biểu đã lan tỏa thói quen đọc sách tới bạn bè.",
                           "Dịp này, Đại sứ Phần Lan tại Việt Nam Keijo Norvanto đã trao tặng 500 đầu sách cho các trường.")
    assert _record(envoy)["is_activity"]


def test_the_ministrys_own_conference_after_the_outlets_bracketed_tag_without_a_dash_is_national():
    # (a site's address in brackets, no dash: "(Baoquocte.vn) Sáng 21/12, ...")
    text = ("Nâng cao hiệu quả công tác đối ngoại địa phương\n22/12/2023 11:30\n(Baoquocte.vn) Sáng 21/12, tại Hà Nội, Bộ Ngoại giao tổ "
            "chức Hội nghị Ngoại vụ toàn quốc lần thứ 22 với chủ đề đẩy mạnh ngoại giao kinh tế phục vụ phát triển địa phương. "
            "Thứ trưởng Bộ Ngoại giao Lê Thị Thu Hằng chủ trì hội nghị. Tham dự có lãnh đạo Sở Ngoại vụ của 63 tỉnh, thành phố.")
    assert _record(text)["is_activity"] is False
    # (the tag with its dash, as before)
    assert _record(text.replace("(Baoquocte.vn) ", "(TG&VN) - "))["is_activity"] is False
    # (a province's own conference under the same tag is still its activity)
    own = ("Ninh Bình tổng kết công tác đối ngoại năm 2023\n22/12/2023 11:30\n(TG&VN) Sáng 21/12, UBND tỉnh Ninh Bình tổ chức "
           "Hội nghị tổng kết công tác đối ngoại năm 2023 và triển khai nhiệm vụ năm 2024. Phó Chủ tịch UBND tỉnh Tống Quang "
           "Thìn chủ trì hội nghị.")
    assert _record(own)["is_activity"]


# --- Notices: a month-only corpus marker gives way to the publication line's day; "sẽ đón" with a day ahead ---


def test_a_month_only_corpus_marker_gives_way_to_the_publication_lines_day_so_a_notice_is_no_activity():
    text = (" date 2024-09 \nĐoàn công tác tỉnh Lâm Đồng sẽ tổ chức xúc tiến du lịch tại Hàn Quốc\nThứ Ba, 03/09/2024, 08:35\n"
            "Theo kế hoạch, UBND tỉnh Lâm Đồng sẽ tổ chức đoàn công tác xúc tiến đầu tư, du lịch tại Hàn Quốc từ ngày 16 đến "
            "21/9. Đoàn do Phó Chủ tịch UBND tỉnh Đặng Trí Dũng làm trưởng đoàn, dự kiến làm việc với chính quyền tỉnh Gyeonggi "
            "và một số doanh nghiệp lữ hành.")
    record = _record(text)
    assert record["published"] == "2024-09-03", record["published"]
    assert record["is_activity"] is False
    # (a marker of the day still wins)
    assert _record(text.replace("date 2024-09 ", "date 2024-09-20 "))["published"] == "2024-09-20"


def test_a_notice_that_the_province_will_receive_leaders_at_a_forum_days_ahead_is_no_activity():
    text = ("Quảng Ninh sẽ đón lãnh đạo các địa phương Trung Quốc dự diễn đàn hợp tác kinh tế\n12/04/2025 09:10\n"
            "Diễn đàn hợp tác kinh tế biên giới Việt - Trung dự kiến diễn ra tại thành phố Móng Cái ngày 15-16/5, với sự tham gia "
            "của lãnh đạo Khu tự trị dân tộc Choang Quảng Tây và thành phố Phòng Thành Cảng. UBND tỉnh Quảng Ninh đã giao Sở "
            "Công Thương chủ trì chuẩn bị các nội dung của diễn đàn.")
    assert _record(text)["is_activity"] is False
    # (the forum reported after it was held is one)
    held = text.replace("sẽ đón", "đón").replace("dự kiến diễn ra tại thành phố Móng Cái ngày 15-16/5",
                                                  "diễn ra tại thành phố Móng Cái ngày 10-11/4")
    record = _record(held)
    assert record["is_activity"] and record["start_date"] == "2025-04-10", record


# --- Page furniture: share bars and follow widgets, "Tin mới hơn:", a related headline set inside the story ---


def test_a_share_bar_or_a_follow_widget_under_the_headline_is_no_body_sentence():
    text = ("Trà Vinh vận động nguồn viện trợ phi chính phủ nước ngoài năm 2025\n05/03/2025 10:20\n"
            "Lưu | Chia sẻ | Bình luận (0)\n"
            "Năm 2024, các tổ chức phi chính phủ nước ngoài đã giải ngân cho tỉnh Trà Vinh hơn 2 triệu USD.\n"
            "Sáng 5-3, UBND tỉnh Trà Vinh tổ chức hội nghị vận động viện trợ phi chính phủ nước ngoài năm 2025 với sự tham dự "
            "của đại diện 25 tổ chức quốc tế. Phó Chủ tịch UBND tỉnh Nguyễn Trung Hoàng phát biểu cảm ơn các tổ chức đã đồng "
            "hành cùng tỉnh.")
    assert _record(text)["kind"] == "provincial_event"
    follow = text.replace("Lưu | Chia sẻ | Bình luận (0)", "Theo dõi Báo Trà Vinh trên Google News")
    assert _record(follow)["kind"] == "provincial_event"


def test_tin_mới_hơn_ends_the_story_so_its_dated_list_gives_no_year():
    text = ("Ninh Thuận tiếp Đại sứ Israel tại Việt Nam\n"
            "Ngày 24/3, tại Trụ sở UBND tỉnh, Chủ tịch UBND tỉnh Ninh Thuận Trần Quốc Nam đã tiếp ông Yaron Mayer, Đại sứ "
            "Israel tại Việt Nam. Hai bên trao đổi về hợp tác trong lĩnh vực nông nghiệp công nghệ cao và tiết kiệm nước.\n"
            "Tin mới hơn:\n"
            "Ninh Thuận xúc tiến đầu tư vào năng lượng tái tạo (12/04/2021)\n"
            "Hội nghị gặp mặt doanh nghiệp FDI năm 2021 (05/04/2021)\n")
    assert _record(text)["start_date"] is None
    # (the story's own year still dates it)
    assert _record(text.replace("Ngày 24/3,", "Ngày 24/3/2021,"))["start_date"] == "2021-03-24"


def test_a_related_headline_set_inside_the_story_and_listed_with_its_date_below_is_furniture():
    text = ("Tây Ninh hội đàm với tỉnh Svay Rieng (Campuchia)\n20/03/2024 16:00\n"
            "Chiều 20/3, tại Trụ sở UBND tỉnh, Chủ tịch UBND tỉnh Tây Ninh Nguyễn Thanh Ngọc đã hội đàm với đoàn đại biểu tỉnh "
            "Svay Rieng (Campuchia) do Tỉnh trưởng Men Vibol dẫn đầu.\n"
            "Tây Ninh ký kết hợp tác với tỉnh Prey Veng (Campuchia) giai đoạn 2019-2024\n"
            "Lãnh đạo tỉnh Tây Ninh thăm, chúc Tết cổ truyền Chol Chnam Thmay\n"
            "Hai bên thống nhất phối hợp giữ gìn an ninh trật tự khu vực biên giới và tạo thuận lợi cho giao thương qua cửa khẩu "
            "Mộc Bài - Bavet.\n"
            "Tin liên quan:\n"
            "• Tây Ninh ký kết hợp tác với tỉnh Prey Veng (Campuchia) giai đoạn 2019-2024 (15/06/2019)\n"
            "• Lãnh đạo tỉnh Tây Ninh thăm, chúc Tết cổ truyền Chol Chnam Thmay (12/04/2023)\n")
    partners = _partners(text)
    assert "Svay Rieng" in partners and "Prey Veng" not in partners, partners
    # (the same line not listed below stays in the story)
    unlisted = text.replace("• Tây Ninh ký kết hợp tác với tỉnh Prey Veng (Campuchia) giai đoạn 2019-2024 (15/06/2019)\n", "")
    assert "Prey Veng" in extract_from_text(unlisted, "t.txt")[0].text


# --- Partners: flight routes, where guests came from or flew home through, a national road's ends, a road journey, a
# Japanese head's name after his place's, an overseas Vietnamese businessmen's association's seat ---


def test_the_cities_of_flight_routes_are_no_partners():
    text = ("Kiên Giang tiếp Tổng Lãnh sự Kazakhstan\n22/08/2024 16:40\nChiều 22/8, tại Trụ sở UBND tỉnh, Phó Chủ tịch UBND "
            "tỉnh Kiên Giang Nguyễn Lưu Trung đã tiếp ông Yerlan Bekov, Tổng Lãnh sự Kazakhstan tại TP.HCM. Ông Nguyễn Lưu Trung "
            "cho biết Phú Quốc đang là điểm đến hấp dẫn của du khách Kazakhstan. Hiện có các đường bay thẳng từ các thành phố "
            "Almaty, Astana, Shymkent, Aktobe, Karaganda đến Cảng hàng không quốc tế Phú Quốc. Hai bên thống nhất tăng cường "
            "quảng bá du lịch.")
    assert _partners(text) == []
    # (a city the province seeks ties with is one)
    ties = text.replace("Hiện có các đường bay thẳng từ các thành phố Almaty, Astana, Shymkent, Aktobe, Karaganda đến Cảng "
                        "hàng không quốc tế Phú Quốc.", "Tỉnh mong muốn thúc đẩy hợp tác với thành phố Almaty.")
    assert _partners(ties) == ["Almaty"]


def test_the_city_the_guests_came_from_to_attend_an_event_is_no_partner():
    text = ("Cần Thơ tiếp đoàn thành phố Aarhus (Đan Mạch)\n14/11/2024 17:05\nChiều 14/11, Phó Chủ tịch UBND thành phố Cần Thơ "
            "Nguyễn Thực Hiện đã tiếp đoàn công tác thành phố Aarhus (Đan Mạch) do bà Anna Sørensen, Phó Thị trưởng làm trưởng "
            "đoàn. Đoàn vừa đến Cần Thơ từ Copenhagen để tham dự Hội thảo về quản lý tài nguyên nước vùng đồng bằng. Hai bên trao "
            "đổi về hợp tác trong lĩnh vực chống ngập và xử lý nước thải.")
    assert _partners(text) == ["Aarhus"]
    # (a city that wishes ties with the province is still one)
    wish = text.replace("Đoàn vừa đến Cần Thơ từ Copenhagen để tham dự Hội thảo về quản lý tài nguyên nước vùng đồng bằng.",
                        "Bà Anna Sørensen cho biết thành phố Copenhagen cũng mong muốn hợp tác với Cần Thơ.")
    assert "Copenhagen" in _partners(wish)


def test_the_city_the_delegation_flew_home_through_by_way_of_ngả_is_no_partner():
    text = ("Đoàn công tác tỉnh Thừa Thiên Huế thăm bang Hawaii (Hoa Kỳ)\n25/09/2024 08:15\nTừ ngày 18 đến 23/9, đoàn công tác "
            "tỉnh Thừa Thiên Huế do Phó Chủ tịch UBND tỉnh Phan Quý Phương dẫn đầu đã thăm và làm việc tại bang Hawaii (Hoa Kỳ). "
            "Tại Honolulu, đoàn đã làm việc với Phó Thống đốc bang Hawaii Sylvia Luke về hợp tác giáo dục và du lịch. Kết thúc "
            "chuyến công tác, đoàn về nước qua ngả Seoul.")
    assert _partners(text) == ["Hawaii"]
    # (a city the delegation worked with is one)
    assert "Seoul" in _partners(text.replace("đoàn về nước qua ngả Seoul", "đoàn làm việc với thành phố Seoul"))


def test_the_far_end_of_a_national_road_is_no_partner():
    text = ("An Giang tiếp đoàn tỉnh Takeo (Campuchia)\n05/07/2024 15:30\nSáng 5/7, Chủ tịch UBND tỉnh An Giang Hồ Văn Mừng "
            "đã tiếp đoàn đại biểu tỉnh Takeo (Campuchia) do Tỉnh trưởng Vei Samnang dẫn đầu. Ông Vei Samnang cho biết Quốc lộ 2 "
            "nối Takeo với Thủ đô Phnom Penh vừa được nâng cấp, tạo thuận lợi cho vận chuyển hàng hóa qua cửa khẩu Tịnh Biên. "
            "Hai bên thống nhất đẩy mạnh giao thương biên giới.")
    assert _partners(text) == ["Takeo"]
    # (the capital the province signed with is one)
    signed = text.replace("Quốc lộ 2 nối Takeo với Thủ đô Phnom Penh vừa được nâng cấp",
                          "tỉnh đã ký thỏa thuận hợp tác với Thủ đô Phnom Penh")
    assert "Phnom Penh" in _partners(signed)


def test_the_places_of_a_road_journey_are_no_partners_only_where_the_visit_is():
    inbound = ("Quảng Trị đón đoàn tỉnh Sakon Nakhon (Thái Lan)\n18/10/2024 10:00\nChiều 17/10, Chủ tịch UBND tỉnh Quảng Trị "
               "Võ Văn Hưng đã tiếp đoàn đại biểu tỉnh Sakon Nakhon (Thái Lan) do Phó Thống đốc Somchai Wongsa dẫn đầu. Đoàn đến "
               "Quảng Trị bằng đường bộ, qua cầu Hữu nghị Thái - Lào II, thành phố Kaysone Phomvihane và tỉnh Savannakhet (Lào), "
               "nhập cảnh qua Cửa khẩu quốc tế Lao Bảo. Hai bên trao đổi về hợp tác thương mại, du lịch trên Hành lang kinh tế "
               "Đông - Tây.")
    assert _partners(inbound) == ["Sakon Nakhon"]
    outbound = ("Đoàn công tác tỉnh Hà Tĩnh thăm tỉnh Mukdahan (Thái Lan)\n28/11/2024 09:45\nTừ ngày 24 đến 27/11, đoàn công tác "
                "tỉnh Hà Tĩnh do Phó Chủ tịch UBND tỉnh Nguyễn Hồng Lĩnh dẫn đầu đã thăm và làm việc tại tỉnh Mukdahan (Thái Lan). "
                "Đoàn đi theo Quốc lộ 12 qua tỉnh Champasak và tỉnh Savannakhet (Lào), rồi qua Cầu Hữu nghị Thái - Lào II từ "
                "thành phố Kaysone Phomvihane sang Mukdahan. Tại đây, đoàn đã làm việc với Thống đốc tỉnh Mukdahan về hợp tác du "
                "lịch và logistics.")
    assert _partners(outbound) == ["Mukdahan"]


def test_a_japanese_heads_name_after_his_places_transcription_in_a_caption_is_no_partner():
    text = ("Đoàn công tác tỉnh Bình Dương làm việc tại tỉnh Nagano (Nhật Bản)\n16/10/2024 11:00\nNgày 15/10, đoàn công tác tỉnh "
            "Bình Dương do Chủ tịch UBND tỉnh Võ Văn Minh dẫn đầu đã làm việc tại tỉnh Nagano (Nhật Bản). Hai bên trao đổi về "
            "hợp tác đào tạo nhân lực ngành công nghiệp hỗ trợ.\n"
            "Thống đốc tỉnh Na-ga-nô Abe Shuichi tiếp đoàn công tác tỉnh Bình Dương.\n"
            "Dịp này, đoàn cũng thăm một số doanh nghiệp sản xuất linh kiện ô tô.")
    partners = _partners(text)
    assert "Na-ga-nô Abe Shuichi" not in partners and "Nagano" in partners, partners


def test_the_seat_of_an_overseas_vietnamese_businessmens_association_is_no_partner():
    text = ("Lãnh đạo tỉnh Bà Rịa - Vũng Tàu tiếp doanh nhân kiều bào tại Australia\n12/09/2024 17:10\nChiều 12/9, Phó Chủ tịch "
            "UBND tỉnh Bà Rịa - Vũng Tàu Lê Ngọc Khánh đã tiếp ông Trần Quốc Bảo, Chủ tịch Hội doanh nhân Việt Nam tại bang "
            "Queensland (Australia). Ông Trần Quốc Bảo giới thiệu về hoạt động của Hội và mong muốn kết nối doanh nghiệp kiều bào "
            "với các doanh nghiệp của tỉnh trong lĩnh vực du lịch biển.")
    assert _partners(text) == []
    # (the state's own chamber of commerce is the state's)
    chamber = text.replace("Hội doanh nhân Việt Nam tại bang Queensland (Australia)", "Phòng Thương mại bang Queensland (Australia)")
    assert _partners(chamber) == ["Queensland"]


# --- Asks: a wish to visit one's homeland; a sapo's ask told again in the body by its opening ---


def test_overseas_families_wish_to_visit_their_homeland_more_often_asks_nothing():
    text = ("Nghệ An tiếp đoàn Hội người Việt Nam tại tỉnh Udon Thani\n03/02/2025 16:20\nChiều 3/2, Phó Chủ tịch UBND tỉnh Nghệ "
            "An Bùi Đình Long đã tiếp đoàn Hội người Việt Nam tại tỉnh Udon Thani (Thái Lan) do ông Lê Văn Thanh, Chủ tịch Hội "
            "dẫn đầu. Ông Lê Văn Thanh cho biết nhiều gia đình Việt kiều tại Udon Thani dù đã sinh sống lâu năm ở nước ngoài vẫn "
            "mong muốn được về thăm quê hương thường xuyên hơn. Ông Bùi Đình Long cảm ơn tình cảm của bà con kiều bào dành cho "
            "quê hương.")
    assert _asks(text) == []
    # (an ask made of that wish still is one)
    asked = text.replace("thường xuyên hơn.", "thường xuyên hơn, vì vậy đề nghị tỉnh đơn giản hóa thủ tục cấp giấy tờ cho kiều bào.")
    assert [a for a in _asks(asked) if "đơn giản hóa thủ tục" in a], _asks(asked)


def test_a_sapos_ask_told_again_in_the_body_by_its_opening_is_one_ask():
    text = ("Cần Thơ mong muốn hợp tác với bang Tây Australia\n09/10/2024 18:00\n"
            "Chủ tịch UBND thành phố Cần Thơ Trần Việt Trường đề nghị Tổng Lãnh sự quán Australia tại TP.HCM hỗ trợ kết nối thành "
            "phố với bang Tây Australia - nơi có thế mạnh về giáo dục và nông nghiệp.\n"
            "Chiều 9/10, Chủ tịch UBND thành phố Cần Thơ Trần Việt Trường đã tiếp bà Sarah Hooper, Tổng Lãnh sự Australia tại "
            "TP.HCM. Tại buổi tiếp, ông Trần Việt Trường đề nghị Tổng Lãnh sự quán hỗ trợ kết nối thành phố với bang Tây Australia "
            "để hai địa phương hợp tác trong đào tạo nguồn nhân lực. Bà Sarah Hooper cho biết sẽ tích cực thúc đẩy hợp tác giữa "
            "hai bên.")
    asks = _asks(text)
    assert len(asks) == 1 and "bang Tây Australia" in asks[0], asks
    # (the same opening with another object is an ask of its own)
    other = text.replace("với bang Tây Australia để hai địa phương", "với các trường đại học của Australia để hai bên")
    assert len(_asks(other)) == 2, _asks(other)


# --- Officials: today's official who bears a past leader's name ---


def test_todays_official_named_like_a_past_leader_is_an_official():
    text = ("Lãnh đạo tỉnh Sóc Trăng tiếp Tổng Lãnh sự Nhật Bản\n14/08/2024 17:30\nChiều 14/8, Chủ tịch HĐND tỉnh Sóc Trăng "
            "Phạm Văn Đồng đã tiếp ông Ono Masuo, Tổng Lãnh sự Nhật Bản tại TP.HCM. Hai bên trao đổi về hợp tác đào tạo và tiếp "
            "nhận thực tập sinh kỹ năng.")
    assert "Phạm Văn Đồng" in _officials(text), _officials(text)
    # (the city named after a leader still names no person)
    city = text.replace("Chủ tịch HĐND tỉnh Sóc Trăng Phạm Văn Đồng", "Chủ tịch UBND TP. Hồ Chí Minh").replace(
        "Lãnh đạo tỉnh Sóc Trăng", "Lãnh đạo TP. Hồ Chí Minh")
    assert "Hồ Chí Minh" not in _officials(city), _officials(city)
