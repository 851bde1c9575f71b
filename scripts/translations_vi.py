"""Fill locale/vi/LC_MESSAGES/django.po from the table below (run after `makemessages -l vi
--no-wrap`, so every msgid is on one line), then `manage.py compilemessages`. Kept as a script
so the translations live in one reviewable place."""

import re
import sys
from pathlib import Path

VI = {
    "Before 1 July 2025 (63 units)": "Trước 1/7/2025 (63 đơn vị)",
    "From 1 July 2025 (34 units)": "Từ 1/7/2025 (34 đơn vị)",
    "code": "mã", "era": "giai đoạn", "name": "tên", "type": "loại", "region": "vùng",
    "latitude": "vĩ độ", "longitude": "kinh độ", "border countries": "nước có chung biên giới",
    "unit after 1 July 2025": "đơn vị sau 1/7/2025",
    "For a pre-2025 unit: the current unit that holds its territory.": "Với đơn vị trước 2025: đơn vị hiện nay quản lý địa bàn.",
    "province": "tỉnh", "provinces": "tỉnh, thành", "Search": "Tìm kiếm", "Province": "Tỉnh, thành",
    "Region": "Vùng", "Kind": "Loại", "From": "Từ ngày", "To": "Đến ngày", "Official": "Cán bộ",
    "Organization": "Cơ quan", "Partner locality": "Địa phương đối tác", "Partner country": "Nước đối tác",
    "Has requests": "Có kiến nghị", "Review state": "Trạng thái duyệt", "Sort": "Sắp xếp", "Date": "Ngày",
    "Category": "Lĩnh vực", "Status": "Trạng thái", "Central delegation": "Đoàn Trung ương",
    "Foreign delegation received": "Tiếp đoàn nước ngoài", "Outbound delegation": "Đoàn ra",
    "Provincial event": "Sự kiện của tỉnh", "day": "ngày", "month": "tháng", "year": "năm",
    "Extracted, not reviewed": "Trích xuất, chưa duyệt", "Reviewed": "Đã duyệt", "central": "trung ương",
    "local": "địa phương", "foreign": "nước ngoài", "lead": "trưởng đoàn", "participant": "thành viên",
    "border": "biên giới", "border gate": "cửa khẩu", "investment": "đầu tư", "trade": "thương mại",
    "tourism": "du lịch", "aid": "viện trợ", "labour": "lao động", "cooperation": "hợp tác", "other": "khác",
    "raised": "đã nêu", "acknowledged": "đã tiếp nhận", "resolved": "đã giải quyết",
    "name variants": "các cách viết tên", "country": "quốc gia", "countries": "quốc gia", "kind": "loại",
    "partner locality": "địa phương đối tác", "partner localities": "địa phương đối tác",
    "official": "cán bộ", "officials": "cán bộ", "start date": "ngày bắt đầu", "end date": "ngày kết thúc",
    "date precision": "độ chính xác ngày", "organization": "cơ quan", "lead's title": "chức vụ trưởng đoàn",
    "summary": "tóm tắt", "review state": "trạng thái duyệt", "fields corrected by an editor": "trường biên tập viên đã sửa",
    "Ingest never overwrites these fields.": "Nạp bài không bao giờ ghi đè các trường này.",
    "activity": "hoạt động", "activities": "hoạt động", "role": "vai trò", "side": "phía",
    "participation": "tham dự", "participations": "tham dự", "title": "chức vụ",
    "loaded into an activity": "đã nạp vào hoạt động", "read: no activity in it": "đã đọc: không có hoạt động",
    "read: province unknown": "đã đọc: chưa xác định tỉnh", "file name": "tên tệp", "file path": "đường dẫn",
    "outlet": "cơ quan báo chí", "published": "ngày đăng", "raw text": "văn bản gốc",
    "cleaned text": "văn bản đã làm sạch", "content hash": "mã băm nội dung", "ingest status": "trạng thái nạp",
    "ingest error": "lỗi nạp", "extracted record": "bản ghi trích xuất", "article": "bài báo", "articles": "bài báo",
    "text": "nội dung", "category": "lĩnh vực", "asked of": "đề nghị với", "status": "trạng thái",
    "same ask raised earlier": "kiến nghị tương tự đã nêu trước", "request": "kiến nghị", "requests": "kiến nghị",
    "agreements mentioned": "thỏa thuận được nhắc đến", "Activities": "Hoạt động", "Timeline": "Dòng thời gian",
    "Provinces": "Tỉnh, thành", "Partners": "Đối tác", "Requests": "Kiến nghị",
    "Provincial foreign-affairs activity, from news articles.": "Hoạt động đối ngoại của các tỉnh, từ báo chí.",
    "Lead": "Trưởng đoàn", "Summary": "Tóm tắt", "undated": "chưa rõ ngày", "No activities.": "Không có hoạt động.",
    "Dates": "Thời gian", "Participants": "Thành phần", "Name": "Họ tên", "Titles": "Chức vụ", "Role": "Vai trò",
    "Side": "Phía", "raised before": "đã nêu trước đây", "Partner localities": "Địa phương đối tác",
    "Sources": "Nguồn bài", "Some filter values are not valid; fix them to see results.": "Một số giá trị lọc không hợp lệ; hãy sửa để xem kết quả.",
    "Filter": "Lọc", "Reset": "Bỏ lọc", "previous": "trước", "page %(n)s of %(total)s": "trang %(n)s / %(total)s",
    "next": "sau", "Dashboard": "Tổng quan", "Provincial foreign affairs": "Đối ngoại địa phương",
    "Activities per year": "Hoạt động theo năm", "Activities per month": "Hoạt động theo tháng", "Map": "Bản đồ",
    "Map of provinces": "Bản đồ các tỉnh", "Latest activities": "Hoạt động mới nhất",
    "Most frequent partner localities": "Địa phương đối tác thường gặp", "None yet.": "Chưa có.",
    "Open requests": "Kiến nghị chưa giải quyết", "None.": "Không có.", "Export": "Xuất dữ liệu",
    "Some filter values are not valid; nothing was exported.": "Một số giá trị lọc không hợp lệ; không xuất dữ liệu.",
    "Titles over time": "Chức vụ qua thời gian", "Timeline of activities": "Dòng thời gian hoạt động",
    "Country unknown": "Chưa rõ quốc gia", "Units from 1 July 2025": "Đơn vị từ 1/7/2025",
    "Units before 2025": "Đơn vị trước 2025", "now part of": "nay thuộc", "merged from": "hợp nhất từ",
    "borders": "giáp", "Requests over time": "Kiến nghị qua thời gian", "Officials met": "Cán bộ đã gặp",
    "Request": "Kiến nghị", "Raised again": "Nêu lại", "No requests.": "Không có kiến nghị.", "Zoom": "Thu phóng",
    "years": "các năm", "activity without a date": "hoạt động chưa rõ ngày",
    "Activity": "Hoạt động", "All requests": "Tất cả kiến nghị", "All activities": "Tất cả hoạt động",
    "yes": "có", "no": "không", "Unknown value: %(value)s": "Giá trị không có: %(value)s", "Language": "Ngôn ngữ",
    # Editors' workbench: review queue, merges, repeated requests; feed and API messages.
    "tỉnh": "tỉnh", "thành phố": "thành phố", "slug": "đường dẫn", "URL": "URL", "Home": "Trang chủ",
    "A request cannot repeat itself or one of its own repeats.": "Một kiến nghị không thể là lần nêu lại của chính nó hoặc của lần nêu lại của nó.",
    "what extraction was unsure of": "điểm trích xuất chưa chắc chắn",
    "Unlink from earlier ask": "Bỏ liên kết với kiến nghị trước",
    "Merging deletes the duplicates: it needs the permission to delete them.": "Gộp sẽ xóa các bản trùng: cần quyền xóa.",
    "Select between 2 and %(max)d records to merge.": "Hãy chọn từ 2 đến %(max)d bản ghi để gộp.",
    "Merged %(others)s into “%(keep)s”.": "Đã gộp %(others)s vào “%(keep)s”.",
    "Choose the record to keep.": "Hãy chọn bản ghi giữ lại.", "Merge %(name)s": "Gộp %(name)s",
    "Merge selected officials…": "Gộp các cán bộ đã chọn…",
    "Merge selected partner localities…": "Gộp các địa phương đối tác đã chọn…",
    "Mark selected as reviewed": "Đánh dấu đã duyệt",
    "Reject selected (hidden from the public site, kept in the database)": "Loại bỏ (ẩn khỏi trang công khai, vẫn giữ trong cơ sở dữ liệu)",
    "Send selected back to review": "Đưa lại vào hàng chờ duyệt",
    "Bad parameters: %(names)s": "Tham số không hợp lệ: %(names)s",
    "Page %(page)s does not exist; the last page is %(pages)s.": "Không có trang %(page)s; trang cuối là %(pages)s.",
    "Bad filter value: %(param)s: %(error)s": "Giá trị lọc không hợp lệ: %(param)s: %(error)s",
    "doingoai — activities: %(filters)s": "doingoai — hoạt động: %(filters)s",
    "doingoai — activities": "doingoai — hoạt động",
    "The newest provincial foreign-affairs activities matching %(filters)s.": "Các hoạt động đối ngoại mới nhất của các tỉnh theo %(filters)s.",
    "The newest provincial foreign-affairs activities.": "Các hoạt động đối ngoại mới nhất của các tỉnh.",
    "led by %(lead)s": "do %(lead)s dẫn đầu", "Rejected": "Đã loại bỏ",
    "no date found": "không tìm thấy ngày", "province from a weak clue": "tỉnh xác định từ dấu hiệu yếu",
    "no lead found": "không tìm thấy trưởng đoàn", "lead guessed": "trưởng đoàn là suy đoán",
    "merged with another report on content only": "gộp với bài khác chỉ dựa trên nội dung",
    "year not written with the date": "năm không ghi cùng ngày",
    "reviewed by": "người duyệt", "reviewed at": "thời điểm duyệt",
    "tỉnh, bang, thành phố...": "tỉnh, bang, thành phố...",
    "Filled by ingest: [{code, evidence}] for the review queue.": "Do quá trình nạp ghi: [{mã, bằng chứng}] cho hàng chờ duyệt.",
    "uncertainty": "mức chưa chắc chắn", "activity to review": "hoạt động cần duyệt",
    "activities to review": "hoạt động cần duyệt", "link set by an editor": "liên kết do biên tập viên đặt",
    "An editor linked or unlinked this request by hand; ingest never changes the link.": "Biên tập viên đã tự liên kết hoặc bỏ liên kết; quá trình nạp không thay đổi liên kết này.",
    # Bounds of a request's parameters (filters.py).
    "Control characters are not allowed.": "Không được dùng ký tự điều khiển.",
    "%(name)s is given %(count)d times; give it once.": "Tham số %(name)s có %(count)d lần; chỉ được có một lần.",
    "At most %(limit)d words in a search (q), not %(count)d.": "Tìm kiếm (q) được tối đa %(limit)d từ, không phải %(count)d.",
    "At most %(limit)d sort keys (sort), not %(count)d.": "Sắp xếp (sort) theo tối đa %(limit)d tiêu chí, không phải %(count)d.",
    "A year from 0001 to 9999 (at=YYYY), not %(value)s.": "Cần một năm từ 0001 đến 9999 (at=YYYY), không phải %(value)s.",
    "A month from 0001-01 to 9999-12 (at=YYYY-MM), not %(value)s.": "Cần một tháng từ 0001-01 đến 9999-12 (at=YYYY-MM), không phải %(value)s.",
    "Keep": "Giữ lại", "Spellings": "Cách viết", "Ties with provinces": "Quan hệ với các tỉnh",
    "Merge into the chosen record": "Gộp vào bản ghi đã chọn", "No, take me back": "Không, quay lại",
    "Raised over time": "Các lần nêu", "first raised": "nêu lần đầu", "raised again": "nêu lại",
    "Not raised at another activity.": "Chưa được nêu ở hoạt động khác.",
    "Activities another selected record is also in (the two entries become one)": "Hoạt động mà bản ghi được chọn khác cũng tham gia (hai mục sẽ thành một)",
    "Choose the record to keep. Everything the others hold moves to it: their activities, titles and ties; their names and spellings become its variants, so a later ingest meeting an old spelling finds the kept record. The others are then deleted. The merge is recorded in the edit history.": "Chọn bản ghi giữ lại. Mọi thứ của các bản ghi kia chuyển sang bản ghi này: hoạt động, chức vụ và quan hệ; tên và cách viết của chúng thành cách viết khác của bản ghi giữ lại, nên lần nạp sau gặp cách viết cũ sẽ tìm đúng bản ghi này. Sau đó các bản ghi kia bị xóa. Việc gộp được ghi vào lịch sử chỉnh sửa.",
}
PLURALS = {
    "%(n)s activity without a date": "%(n)s hoạt động chưa rõ ngày",
    "%(n)d request unlinked; ingest will not link it again.": "Đã bỏ liên kết %(n)d kiến nghị; quá trình nạp sẽ không liên kết lại.",
    "%(n)d record marked: %(state)s.": "Đã đánh dấu %(n)d bản ghi: %(state)s.",
    "%(n)s activity": "%(n)s hoạt động",
    "leads %(n)s": "dẫn đầu %(n)s",
    "and %(n)s more": "và %(n)s nữa",
}


def fill(path):
    text = Path(path).read_text(encoding="utf-8")
    text = text.replace('"Plural-Forms: nplurals=INTEGER; plural=EXPRESSION;\\n"', '"Plural-Forms: nplurals=1; plural=0;\\n"')

    def single(m):
        msgid = m.group(1)
        return f'msgid "{msgid}"\nmsgstr "{VI.get(msgid, m.group(2))}"'

    text = re.sub(r'msgid "(.+)"\nmsgstr "(.*)"', single, text)

    def plural(m):
        return f'msgid "{m.group(1)}"\nmsgid_plural "{m.group(2)}"\nmsgstr[0] "{PLURALS.get(m.group(1), "")}"'

    text = re.sub(r'msgid "(.+)"\nmsgid_plural "(.+)"\nmsgstr\[0\] "(.*)"(?:\nmsgstr\[1\] ".*")?', plural, text)
    # makemessages guesses ("fuzzy") translations of new strings from similar old ones; every
    # string is translated in the table above, so the guesses go.
    # A guess for a string the table lacks is blanked (reported below as untranslated).
    text = re.sub(r'(#, fuzzy[^\n]*\n(?:#\|[^\n]*\n)*msgid "(.+)"\nmsgstr )"(.*)"',
                  lambda m: m.group(1) + ('"' + m.group(3) + '"' if m.group(2) in VI else '""'), text)
    text = re.sub(r"^#, fuzzy\n", "", text, flags=re.M)
    text = re.sub(r"^#, fuzzy, ", "#, ", text, flags=re.M)
    text = re.sub(r"^#\| msgid.*\n", "", text, flags=re.M)
    Path(path).write_text(text, encoding="utf-8")
    missing = [m for m in re.findall(r'msgid "(.+)"\nmsgstr ""', text)]
    print("untranslated:", missing, file=sys.stderr)


if __name__ == "__main__":
    fill(sys.argv[1] if len(sys.argv) > 1 else "locale/vi/LC_MESSAGES/django.po")
