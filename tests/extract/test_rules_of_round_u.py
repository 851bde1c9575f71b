"""The extraction rules of the rounds uu-vb and the mends made beside them: one test per rule, each sentence
written for it (provincial news style)."""

from apps.ingest.pipeline import extract_from_text


def _record(text):
    return extract_from_text(text, "u.txt")[1]


def _names(record):
    return {o["name"] for o in record["officials"]} | {(record["lead"] or {}).get("name")}


def test_a_given_name_ban_before_a_lower_case_verb_keeps_its_last_syllable():
    text = (
        "Nghệ An tiếp Đoàn công tác tỉnh Xiêng Khoảng (Lào)\n\nNgày 5/3/2024, UBND tỉnh Nghệ An tiếp Đoàn công tác tỉnh "
        "Xiêng Khoảng (Lào) do ông Khăm Phăn, Phó Tỉnh trưởng, làm trưởng đoàn. Ông Nguyễn Văn Ban lãnh đạo Sở Ngoại vụ "
        "tỉnh cùng dự buổi tiếp. Ông Trần Hữu Ban tài trợ học bổng cho lưu học sinh Lào."
    )
    names = _names(_record(text))
    assert {"Nguyễn Văn Ban", "Trần Hữu Ban"} <= names, names
    assert not names & {"Nguyễn Văn", "Trần Hữu"}, names
    # (a board's name written with capitals after a name is still no given name: "Ban Hợp tác quốc tế")
    board = text.replace("Ông Trần Hữu Ban tài trợ", "Ông Trần Hữu Long, Ban Hợp tác quốc tế tài trợ")
    assert "Trần Hữu Long" in _names(_record(board))
