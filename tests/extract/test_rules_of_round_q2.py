"""The extraction rules of rounds qf-qm: one test per rule, each sentence written for it (provincial news style)."""

from apps.ingest.pipeline import extract_from_text


def _record(text):
    return extract_from_text(text, "t.txt")[1]


def _asks(text):
    return [r["text"] for r in _record(text)["requests"]]


def _partners(text):
    return [p["name"] for p in _record(text)["partners"]]


def _officials(text):
    return [o["name"] for o in _record(text)["officials"]]


# --- Page furniture; dates and years ---


def test_a_radio_and_television_stations_name_alone_on_a_line_is_no_headline():
    story = ("\nThứ Năm, 14/11/2024 - 10:20\nĐiện Biên hội đàm với tỉnh Phongsaly\nSáng 13/11, tại thành phố Điện Biên Phủ, "
             "Phó Chủ tịch UBND tỉnh Điện Biên Lò Văn Tiến đã hội đàm với đoàn đại biểu tỉnh Phongsaly (Lào) do Phó Tỉnh "
             "trưởng Khamphan Sisavath dẫn đầu.\nPhó Chủ tịch UBND tỉnh đề nghị tỉnh Phongsaly phối hợp nâng cấp cặp cửa khẩu "
             "Huổi Puốc - Na Son.")
    for station in ("Đài Phát thanh - Truyền hình Điện Biên", "Đài Phát thanh và Truyền hình tỉnh Điện Biên"):
        assert _record(station + story)["title"] == "Điện Biên hội đàm với tỉnh Phongsaly", station
    # (a headline that opens with the station's name and goes on to tell the news stays the title)
    signed = "Đài Phát thanh - Truyền hình Điện Biên ký kết hợp tác với Đài Phát thanh tỉnh Phongsaly"
    assert _record(signed + story.replace("\nĐiện Biên hội đàm với tỉnh Phongsaly", ""))["title"] == signed


def test_two_days_with_their_month_and_year_written_in_words_once_are_a_two_day_range():
    text = ("Đoàn đại biểu tỉnh Hà Giang thăm châu Văn Sơn\nThứ Hai, 16/09/2024 - 08:15\nTrong hai ngày 12 và 13 tháng 9 năm "
            "2024, đoàn đại biểu tỉnh Hà Giang do Phó Chủ tịch UBND tỉnh Hoàng Văn Thạch dẫn đầu đã thăm và làm việc tại châu "
            "Văn Sơn, tỉnh Vân Nam (Trung Quốc).\nHai bên trao đổi về quản lý cặp cửa khẩu Thanh Thủy - Thiên Bảo.\nPhó Chủ tịch "
            "UBND tỉnh đề nghị châu Văn Sơn tạo điều kiện thông quan nông sản của Hà Giang.")
    record = _record(text)
    assert (record["start_date"], record["end_date"]) == ("2024-09-12", "2024-09-13"), record["start_date"]
    # (the two days listed with a comma and no year: the publication line's year)
    record = _record(text.replace("Trong hai ngày 12 và 13 tháng 9 năm 2024", "Các ngày 12, 13 tháng 9"))
    assert (record["start_date"], record["end_date"]) == ("2024-09-12", "2024-09-13"), record["start_date"]


def test_a_buddhist_era_year_after_a_new_year_festival_gives_no_year_and_the_publication_lines_stands():
    text = ("Lãnh đạo tỉnh Tây Ninh chúc Tết tỉnh Svay Rieng\nThứ Tư, 10/04/2024 - 17:05\nNgày 9/4, đoàn đại biểu tỉnh Tây "
            "Ninh do Phó Chủ tịch UBND tỉnh Nguyễn Hồng Thanh dẫn đầu đã sang thăm, chúc mừng Tết Chôl Chnăm Thmây 2568 tỉnh "
            "Svay Rieng (Campuchia).\nPhó Chủ tịch UBND tỉnh đề nghị tỉnh Svay Rieng tiếp tục phối hợp quản lý tốt đường biên "
            "giới, tạo điều kiện cho cư dân hai bên qua lại thăm thân.\nTỉnh trưởng Men Vibol cảm ơn tình cảm của tỉnh Tây Ninh.")
    assert _record(text)["start_date"] == "2024-04-09", _record(text)["start_date"]
    # (a Gregorian year after the festival still tells the year of a story with no publication line)
    undated = text.replace("Thứ Tư, 10/04/2024 - 17:05\n", "").replace("Thmây 2568", "Thmây 2024")
    assert _record(undated)["start_date"] == "2024-04-09", _record(undated)["start_date"]


# --- Activity ---


def test_a_look_back_over_years_that_dates_no_occasion_at_all_is_no_activity():
    text = ("Lào Cai - Vân Nam: hai thập kỷ chung tay phát triển\nThứ Bảy, 21/12/2024 - 07:45\nHơn 15 năm qua, kể từ khi thành "
            "lập Nhóm công tác liên hợp, quan hệ hợp tác giữa tỉnh Lào Cai với tỉnh Vân Nam (Trung Quốc) ngày càng đi vào chiều "
            "sâu.\nHằng năm, lãnh đạo UBND tỉnh Lào Cai và Chính phủ nhân dân tỉnh Vân Nam đều tổ chức hội đàm, ký kết biên bản "
            "ghi nhớ về hợp tác kinh tế, thương mại.\nChủ tịch UBND tỉnh Lào Cai Trịnh Xuân Trường nhiều lần đề nghị phía Vân "
            "Nam tạo điều kiện thông quan nông sản qua cửa khẩu quốc tế Lào Cai - Hà Khẩu.")
    assert _record(text)["is_activity"] is False
    # (a lead that tells a meeting held lately, though it dates it by no day: an activity)
    fresh = text.replace("Hơn 15 năm qua, kể từ khi", "Tại buổi hội đàm vừa qua, lãnh đạo hai tỉnh đánh giá hơn 15 năm qua, kể "
                         "từ khi")
    assert _record(fresh)["is_activity"] is True


def test_a_lead_read_as_the_headline_is_stripped_of_its_outlet_day_and_venue_before_the_national_leader_check():
    text = ("VOV - Sáng 6/3, tại trụ sở Chính phủ, Phó Thủ tướng Trần Hồng Hà đã tiếp ông Tanaka Kenji, Thống đốc tỉnh "
            "Okayama (Nhật Bản), đang có chuyến thăm và làm việc tại Việt Nam.\nPhó Thủ tướng đánh giá cao những đóng góp của "
            "tỉnh Okayama trong việc tiếp nhận thực tập sinh, lao động kỹ năng Việt Nam.\nThống đốc Tanaka Kenji cho biết "
            "Okayama đã ký kết thỏa thuận hợp tác với tỉnh Hải Dương năm 2019 và mong muốn mở rộng hợp tác với nhiều địa phương "
            "khác của Việt Nam.\nPhó Thủ tướng đề nghị tỉnh Okayama tiếp tục tạo điều kiện thuận lợi cho cộng đồng người Việt "
            "Nam sinh sống, làm việc tại địa phương.")
    record = _record(text)
    assert record["title"].startswith("VOV - Sáng 6/3") and record["is_activity"] is False, record["title"]
    # (the province's own leader in the same place: the province acts)
    own = text.replace("tại trụ sở Chính phủ, Phó Thủ tướng Trần Hồng Hà", "tại thành phố Hải Dương, Chủ tịch UBND tỉnh Hải "
                       "Dương Lê Ngọc Châu")
    assert _record(own)["is_activity"] is True


# --- Kind ---


def test_the_provinces_gathering_with_the_consular_corps_is_its_own_event_not_an_envoys_call():
    text = ("Lãnh đạo Đà Nẵng gặp mặt Đoàn Lãnh sự đầu xuân\nThứ Năm, 09/01/2025 - 18:00\nChiều 9/1, Chủ tịch UBND thành phố "
            "Đà Nẵng Lê Trung Chinh gặp mặt Đoàn Lãnh sự các nước tại Đà Nẵng nhân dịp năm mới 2025.\nChủ tịch UBND thành phố "
            "cảm ơn các cơ quan đại diện nước ngoài đã đồng hành cùng thành phố trong năm qua.\nTổng Lãnh sự Lào tại Đà Nẵng "
            "Sysomphone Phanthavong thay mặt Đoàn Lãnh sự chúc thành phố phát triển thịnh vượng.")
    record = _record(text)
    assert record["kind"] == "provincial_event" and record["lead"]["name"] == "Lê Trung Chinh", (record["kind"], record["lead"])
    # (one consul received on his own call stays the envoy's visit)
    call = ("Chủ tịch UBND thành phố Đà Nẵng tiếp Tổng Lãnh sự Lào\nThứ Năm, 09/01/2025 - 18:00\nChiều 9/1, Chủ tịch UBND "
            "thành phố Đà Nẵng Lê Trung Chinh tiếp ông Sysomphone Phanthavong, Tổng Lãnh sự Lào tại Đà Nẵng, đến chào xã giao "
            "nhân dịp năm mới 2025.\nChủ tịch UBND thành phố đề nghị Tổng Lãnh sự quán giới thiệu doanh nghiệp Lào đến tìm hiểu "
            "đầu tư tại thành phố.")
    assert _record(call)["kind"] == "foreign_delegation", _record(call)["kind"]


def test_workers_trained_to_go_abroad_make_no_trip_abroad_of_the_firm_received():
    text = ("Thanh Hóa tiếp lãnh đạo Công ty Sakura Kogyo\nThứ Hai, 25/11/2024 - 16:40\nChiều 25/11, Phó Chủ tịch UBND tỉnh "
            "Thanh Hóa Lê Đức Giang đã tiếp ông Yamada Taro, Chủ tịch Công ty Sakura Kogyo (Nhật Bản) đến tìm hiểu khả năng hỗ "
            "trợ đào tạo lao động ngành cơ khí sang Nhật Bản.\nÔng Yamada Taro cho biết công ty có nhu cầu tiếp nhận 300 thực "
            "tập sinh mỗi năm.\nPhó Chủ tịch UBND tỉnh đề nghị công ty phối hợp với các trường nghề của tỉnh xây dựng chương "
            "trình đào tạo tiếng Nhật và kỹ năng nghề.")
    assert _record(text)["kind"] == "foreign_delegation", _record(text)["kind"]
    # (the province's own delegation that goes there is still abroad)
    trip = ("Đoàn công tác tỉnh Thanh Hóa làm việc tại Nhật Bản\nThứ Hai, 25/11/2024 - 16:40\nTừ ngày 18 đến 22/11, đoàn công "
            "tác tỉnh Thanh Hóa do Phó Chủ tịch UBND tỉnh Lê Đức Giang dẫn đầu đã sang Nhật Bản làm việc với Công ty Sakura "
            "Kogyo về đào tạo lao động ngành cơ khí.\nPhó Chủ tịch UBND tỉnh đề nghị công ty tiếp nhận thêm thực tập sinh của "
            "tỉnh.")
    assert _record(trip)["kind"] == "outbound_delegation", _record(trip)["kind"]


# --- Partners ---


def test_a_foreign_partners_own_partner_named_by_its_guests_is_not_the_provinces_partner():
    text = ("Hà Tĩnh tiếp đoàn đại biểu tỉnh Bolikhamxay\nThứ Ba, 08/10/2024 - 14:10\nChiều 7/10, tại thành phố Hà Tĩnh, Phó "
            "Chủ tịch UBND tỉnh Hà Tĩnh Lê Ngọc Châu đã tiếp đoàn đại biểu tỉnh Bolikhamxay (Lào) do Phó Tỉnh trưởng Bounmy "
            "Phanthavong dẫn đầu.\nPhó Tỉnh trưởng Bounmy Phanthavong cho biết, Bolikhamxay đã kết nghĩa với tỉnh Nakhon "
            "Phanom (Thái Lan) từ năm 2012 và đang tìm kiếm nhà đầu tư phát triển cảng cạn.\nPhó Chủ tịch UBND tỉnh đề nghị "
            "tỉnh Bolikhamxay phối hợp đẩy nhanh nâng cấp Quốc lộ 8 đến cửa khẩu Cầu Treo.")
    assert _partners(text) == ["Bolikhamxay"], _partners(text)
    # (the province's own twin, named the same way, stays its partner)
    own = text.replace("Bolikhamxay đã kết nghĩa với tỉnh Nakhon Phanom (Thái Lan) từ năm 2012",
                       "Hà Tĩnh đã kết nghĩa với tỉnh Khammouane (Lào) từ năm 2012")
    assert "Khammouane" in _partners(own), _partners(own)


# --- Asks ---


def test_an_ask_of_two_named_foreign_provinces_is_the_provinces_ask_of_its_partners():
    text = ("Quảng Trị tiếp đoàn đại biểu hai tỉnh Savannakhet và Salavan\nThứ Tư, 10/04/2024 - 15:30\nChiều 9/4, tại thành "
            "phố Đông Hà, Chủ tịch UBND tỉnh Quảng Trị Võ Văn Hưng đã tiếp đoàn đại biểu tỉnh Savannakhet và tỉnh Salavan (Lào) "
            "sang dự hội nghị ba bên về công tác biên giới.\nChủ tịch UBND tỉnh đề nghị hai tỉnh Savannakhet và Salavan tạo "
            "điều kiện cho doanh nghiệp Quảng Trị khảo sát, đầu tư trồng cao su và chế biến nông sản.\nĐại diện hai tỉnh bạn "
            "cảm ơn sự đón tiếp chu đáo của tỉnh Quảng Trị.")
    assert [a for a in _asks(text) if a.startswith("đề nghị hai tỉnh Savannakhet và Salavan tạo điều kiện")], _asks(text)


def test_an_ask_of_nothing_but_help_takes_the_sentence_that_says_what_is_asked():
    def article(ask):
        return ("Cao Bằng hội đàm với thành phố Sùng Tả\nThứ Sáu, 15/03/2024 - 11:00\nSáng 14/3, tại thành phố Cao Bằng, Phó "
                "Chủ tịch UBND tỉnh Cao Bằng Lê Hải Hòa đã hội đàm với đoàn đại biểu thành phố Sùng Tả, khu tự trị dân tộc "
                "Choang Quảng Tây (Trung Quốc) do Phó Thị trưởng Hoàng Vĩ dẫn đầu.\nPhó Chủ tịch UBND tỉnh cho biết, Cao Bằng "
                "đang xây dựng đề án nâng cấp cặp chợ biên giới Thạch An - Long Châu và " + ask + "\nPhó Thị trưởng Hoàng Vĩ "
                "nhất trí sẽ báo cáo chính quyền khu tự trị xem xét.")

    asks = _asks(article("mong muốn phía Sùng Tả quan tâm, hỗ trợ."))
    assert len(asks) == 1 and "nâng cấp cặp chợ biên giới Thạch An - Long Châu" in asks[0], asks
    # (an ask that says what help it wants keeps to itself)
    asks = _asks(article("mong muốn phía Sùng Tả hỗ trợ kinh phí khảo sát, thiết kế khu chợ."))
    assert asks == ["mong muốn phía Sùng Tả hỗ trợ kinh phí khảo sát, thiết kế khu chợ."], asks


def test_a_wish_to_keep_strengthening_the_relationship_with_a_place_is_a_general_wish_not_an_ask():
    text = ("Sơn La tiếp đoàn đại biểu tỉnh Houaphanh\nThứ Tư, 04/09/2024 - 17:20\nChiều 3/9, tại thành phố Sơn La, Chủ tịch "
            "UBND tỉnh Sơn La Nguyễn Đình Việt đã tiếp đoàn đại biểu tỉnh Houaphanh (Lào) do Phó Tỉnh trưởng Somphone "
            "Inthavong dẫn đầu sang dự lễ kỷ niệm Quốc khánh.\nChủ tịch UBND tỉnh mong muốn không ngừng củng cố, phát triển "
            "quan hệ đoàn kết đặc biệt, hợp tác toàn diện với tỉnh Houaphanh.\nPhó Tỉnh trưởng Somphone Inthavong cảm ơn sự "
            "giúp đỡ quý báu của tỉnh Sơn La.")
    assert _asks(text) == [], _asks(text)
    # (a concrete ask told after the wish stays one)
    asked = text.replace("tỉnh Houaphanh.\nPhó", "tỉnh Houaphanh. Chủ tịch UBND tỉnh đề nghị tỉnh Houaphanh tạo điều kiện "
                         "cho doanh nghiệp Sơn La mở điểm bán nông sản tại thủ phủ Sầm Nưa.\nPhó")
    assert [a for a in _asks(asked) if a.startswith("đề nghị tỉnh Houaphanh tạo điều kiện")] == _asks(asked) != [], _asks(asked)


def test_a_quotation_closed_by_a_dash_and_its_speaker_is_the_named_speakers_ask():
    text = ("Bình Định tiếp Tổng Lãnh sự Hàn Quốc tại Đà Nẵng\nThứ Ba, 12/11/2024 - 09:00\nChiều 11/11, Phó Chủ tịch UBND "
            "tỉnh Bình Định Nguyễn Tuấn Thanh đã tiếp ông Kim Dong-hyun, Tổng Lãnh sự Hàn Quốc tại Đà Nẵng.\nÔng Thanh cho biết, "
            "tỉnh hiện có hơn 1.500 lao động đang làm việc tại Hàn Quốc.\n\"Chúng tôi mong Tổng Lãnh sự quán hỗ trợ mở văn phòng "
            "tư vấn cấp thị thực cho người lao động tại Quy Nhơn\" - ông Thanh nói.\nÔng Kim Dong-hyun cho biết sẽ nghiên cứu đề "
            "xuất của tỉnh.")
    assert [a for a in _asks(text) if a.startswith("mong Tổng Lãnh sự quán hỗ trợ mở văn phòng tư vấn")], _asks(text)
    # (the guest's own quotation, closed the same way, is his: the province asks nothing)
    guest = text.replace("\"Chúng tôi mong Tổng Lãnh sự quán hỗ trợ mở văn phòng tư vấn cấp thị thực cho người lao động tại "
                         "Quy Nhơn\" - ông Thanh nói.", "\"Chúng tôi mong tỉnh cử thêm sinh viên sang học tiếng Hàn tại các "
                         "trường đại học của Hàn Quốc\" - ông Kim Dong-hyun nói.")
    assert _asks(guest) == [], _asks(guest)


def test_a_wish_expressed_that_a_place_named_bare_share_or_help_is_an_ask():
    text = ("Đoàn công tác tỉnh Nam Định làm việc tại thành phố Daegu\nThứ Năm, 17/10/2024 - 20:10\nNgày 16/10 (giờ địa "
            "phương), đoàn công tác tỉnh Nam Định do Phó Chủ tịch UBND tỉnh Trần Anh Dũng dẫn đầu đã làm việc với chính quyền "
            "thành phố Daegu (Hàn Quốc).\nTại buổi làm việc, Phó Chủ tịch UBND tỉnh bày tỏ mong muốn Daegu chia sẻ kinh nghiệm "
            "phát triển công nghiệp dệt may và đào tạo nhân lực kỹ thuật cho Nam Định.\nPhó Thị trưởng Daegu Kim Jung-ki cho "
            "biết thành phố sẵn sàng hợp tác.")
    assert [a for a in _asks(text) if a.startswith("mong muốn Daegu chia sẻ kinh nghiệm")], _asks(text)
    # (the host's wish that the province do something, expressed the same way, is no ask of the province's)
    host = text.replace("Phó Chủ tịch UBND tỉnh bày tỏ mong muốn Daegu chia sẻ kinh nghiệm phát triển công nghiệp dệt may và "
                        "đào tạo nhân lực kỹ thuật cho Nam Định.", "Phó Thị trưởng Daegu Kim Jung-ki bày tỏ mong muốn Nam Định "
                        "giới thiệu thêm lao động ngành dệt may sang làm việc tại thành phố.")
    assert _asks(host) == [], _asks(host)


def test_a_later_ask_of_the_sapos_addressee_for_something_else_is_kept_beside_the_sapos():
    def article(body_ask):
        return ("Kon Tum mong muốn Hàn Quốc đầu tư phát triển dược liệu\nThứ Sáu, 22/11/2024 - 15:30\nChủ tịch UBND tỉnh Kon "
                "Tum đề nghị Đại sứ Hàn Quốc giới thiệu, kết nối doanh nghiệp Hàn Quốc đầu tư vào vùng trồng sâm Ngọc Linh.\n"
                "Chiều 21/11, tại thành phố Kon Tum, Chủ tịch UBND tỉnh Kon Tum Lê Ngọc Tuấn đã tiếp ông Choi Young-sam, Đại "
                "sứ Hàn Quốc tại Việt Nam.\nÔng Tuấn cho biết, tỉnh có lợi thế lớn về dược liệu, đặc biệt là sâm Ngọc Linh.\n"
                "Chủ tịch UBND tỉnh " + body_ask + "\nĐại sứ Choi Young-sam cho biết sẽ giới thiệu doanh nghiệp Hàn Quốc đến "
                "tìm hiểu đầu tư tại tỉnh.")

    asks = _asks(article("mong muốn Đại sứ quán làm cầu nối để Kon Tum thiết lập quan hệ hợp tác với tỉnh Gangwon của Hàn "
                         "Quốc."))
    assert len(asks) == 2 and "tỉnh Gangwon" in asks[1], asks
    # (the body telling the sapo's ask again: still one ask)
    asks = _asks(article("đề nghị Đại sứ quán kết nối doanh nghiệp Hàn Quốc đầu tư vào vùng trồng sâm Ngọc Linh."))
    assert len(asks) == 1, asks


# --- People ---


def test_hmong_family_names_vừ_hạng_thò_after_a_military_title_are_people():
    for name in ("Vừ Seo Dìn", "Hạng Seo Chớ", "Thò Mí Sính"):
        text = ("Biên phòng Lai Châu hội đàm với Công an tỉnh Phongsaly\nThứ Hai, 02/12/2024 - 10:00\nSáng 29/11, tại thành phố "
                "Lai Châu, Đại tá " + name + ", Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lai Châu đã hội đàm với "
                "đoàn công tác Công an tỉnh Phongsaly (Lào) do Đại tá Khamla Sisouk dẫn đầu.\nHai bên thống nhất tăng cường trao "
                "đổi thông tin, phối hợp ngăn chặn buôn bán người qua biên giới.")
        assert name in _officials(text), (name, _officials(text))
