"""Headlines as the lists, the activity page and the feed show them: the summary without the
page debris that came along with it from the news page (a timestamp, a section label, a
sentence cut off by the page)."""

import re

# Section labels of news sites and provincial portals, as they stand before a headline
# ("Thời sự - Chính trị Tỉnh ... ", "Tin tức | Đối ngoại: ...").
_SECTIONS = [
    "Thời sự", "Chính trị", "Xã hội", "Kinh tế", "Đối ngoại", "Hoạt động đối ngoại", "Tin tức", "Sự kiện",
    "Tin tức - Sự kiện", "Tin hoạt động", "Quốc tế", "Thế giới", "Văn hóa", "Du lịch", "Trong nước", "Tin tổng hợp",
    "Tin nổi bật", "Tin mới", "Hoạt động lãnh đạo", "Chỉ đạo - Điều hành", "Điều hành", "Trang chủ",
]
_SECTION = "|".join(sorted((re.escape(s) for s in _SECTIONS), key=len, reverse=True))
_SEP = r"\s*[-–—|:»>/]\s*"
# One label needs a separator after it ("Kinh tế tăng trưởng ..." is a headline); a chain of
# labels ("Thời sự - Chính trị Tỉnh ...") may end with a space.
_LEADING_SECTIONS = re.compile(
    rf"^\s*(?:{_SECTION})(?:{_SEP}(?:{_SECTION}))+\s+|^\s*(?:{_SECTION})(?:{_SEP}(?:{_SECTION}))*{_SEP}", re.IGNORECASE
)
_DATE = r"\d{1,2}/\d{1,2}/\d{4}"
_TIME = r"\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*(?:AM|PM|GMT[+]?\d*))?"
_STAMP = rf"(?:(?:{_TIME})[\s,|-]*{_DATE}|{_DATE}(?:[\s,|-]*(?:{_TIME}))?)"
_TRAILING_STAMP = re.compile(rf"[\s\-–—|,]*[(\[]?\s*{_STAMP}\s*[)\]]?\s*$", re.IGNORECASE)
_LEADING_STAMP = re.compile(rf"^\s*[(\[]?\s*{_STAMP}\s*[)\]]?[\s\-–—|,]*", re.IGNORECASE)
_CUT = re.compile(r"\s*(?:\.\.\.|…)\s*$")


def clean_headline(text):
    """``text`` without a leading section label, a leading or trailing timestamp, and, for a
    sentence the page cut off ("... hợp tác trên các lĩnh vự..."), its broken last word: what
    is left ends with "…". Text without debris comes back unchanged (spaces aside)."""
    text = " ".join((text or "").split())
    previous = None
    while text != previous:
        previous = text
        text = _LEADING_SECTIONS.sub("", text, count=1)
        text = _TRAILING_STAMP.sub("", text)
        text = _LEADING_STAMP.sub("", text)
    if _CUT.search(text):
        body = _CUT.sub("", text)
        words = body.split(" ")
        if len(words) > 3:
            body = " ".join(words[:-1])  # the last word is likely cut through
        text = body.rstrip(" ,;:-–") + "…"
    return text.strip(" -–—|")
