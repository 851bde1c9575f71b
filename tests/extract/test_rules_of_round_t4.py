"""The extraction rules of the closing rounds un-ut written after their first run: one test per rule, each
sentence written for it (provincial news style)."""

from apps.ingest.pipeline import extract_from_text


def _record(text):
    return extract_from_text(text, "t.txt")[1]


def test_a_national_trip_opening_after_the_outlets_tag_with_no_dash_is_the_provinces_trip_abroad():
    text = (
        "Quảng Ninh làm việc với tỉnh Chiba (Nhật Bản)\nCỔNG THÔNG TIN QUẢNG NINH | 20/05/2025 07:40\n\n(QNP) Trong khuôn khổ "
        "chuyến thăm chính thức Nhật Bản của Đoàn đại biểu cấp cao Việt Nam do Thủ tướng Chính phủ dẫn đầu, chiều 19/5, tại "
        "thành phố Chiba, đồng chí Phạm Văn Tuấn, Chủ tịch UBND tỉnh Quảng Ninh, thành viên Đoàn đã có buổi làm việc với lãnh đạo "
        "chính quyền tỉnh Chiba."
    )
    record = _record(text)
    assert record["kind"] == "outbound_delegation", record["kind"]
    assert (record["lead"] or {}).get("name") == "Phạm Văn Tuấn", record["lead"]
    # (the same opening after a dash was read so before: passes on both trees)
    dashed = text.replace("(QNP) Trong khuôn khổ", "QNP - Trong khuôn khổ")
    assert _record(dashed)["kind"] == "outbound_delegation"
