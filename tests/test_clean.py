"""clean: page furniture around a story goes, the story stays."""

from apps.ingest.clean import clean


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
