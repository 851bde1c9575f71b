"""Two held-out rounds of invented articles (tests/extract/heldout/: a1-f1, 32 with one HTML
page; g1-g6, a second round of 6 with lists of participants, "ngài", a place-and-day dateline),
written with their expected answers before the extractor ran on them, in the styles of
provincial portals and newspapers: every kind of activity, negatives, foreign names after
titles, relative days, page furniture. Compared the way eval/score.py compares: names without
case or diacritics, each expected request anchor inside some extracted request and every
extracted request holding an anchor, partners exact up to the optional ones (a visited city's
region). 29 of 32 were fully right when the round was written; the three misses (a foreign
name after "thủ đô Seoul (Hàn Quốc)", the Vietnamese-named head of a Chinese city's delegation
with a second ask "đề xuất hai bên sớm thống nhất phương án", "chiều hôm qua") became general
rules with their own unit tests (test_officials, test_requests, test_dates). A 33rd article was
left out: it never says where the delegation went. The second round: 4 of 6 right; its misses
("Tây Ninh, ngày 02/02/2024" as the dateline; a concrete joint ask late in the clause, "... và
sớm khai trương chợ biên giới"; "phối hợp thúc đẩy triển khai") became rules too. A third round,
h01-h30, written by a helper who never saw the extractor's code or output: 21 of 30 right at
first; its misses became rules with their own unit tests (a pronoun's antecedent after the
apposition of whom the meeting was with; a common threat fought together as a joint ask; the
missions abroad as addressees; "dự và chủ trì"; ministries' talks in the capital; a town's unit
word before its foreign province; particles in foreign names; places on a route). A fourth
round, k01-k30, by another such helper (portal furniture, sapo paragraphs, 2025 units, foreign
ministries abroad, company ceremonies): 21 of 30 right at first, its misses rules too (a date line
with its view count; "chiều qua (16/10)"; the publication line and a cut outlet name outside the
lead; a company's ceremony after its place; "Bộ Ngoại giao Lào" no central body; a meeting "tại
Viêng Chăn" abroad; "dự" ends a title; "ông Katơr Đức" a person; "thành phố" asked by a province
is the city it visits; an ask only to remove difficulties no request). A fifth round, m01-m30
(two whole HTML pages, very short and very long items, a province at the ministry in Hà Nội,
academic degrees, overseas Vietnamese): 24 of 30 right at first (after a review's mends of the
third and fourth rounds' rules, written before it was seen); its misses became rules too (a
portal's "Tin mới" and footer cut; menu items outside the lead; a county named with the places
it lies in; the province's delegation "tại thành phố Busan"; the head of the province's own
delegation at the ministry leads; "TS." before a name; "các phòng chuyên môn" no addressee; the
capital-letter classes that took "đ" for a capital). A sixth round, n01-n30 (Party and military
titles, Lao, Cambodian and other localities in many spellings, signings, consuls from Hồ Chí Minh
City, farewell calls): 23 of 30 right at first (after a second review's mends of the fifth
round's rules); its misses became rules too ("Lộc Văn Tường" after "UBND tỉnh" a man, not a
place; posts only Vietnam has keep an ethnic-minority name local; "mong muốn trên cương vị mới"
a verb; a wish for ties with a list of countries general; the department's own "giao ban"; a
company's deal abroad; two localities before one bracket; a headline ask summing up the body's).
A seventh round, p01-p24 (headlines in capitals, "đ/c", run-on sentences, captions): 19 of 24
right at first; its misses became rules (a capitals headline above its publication line; "từ
ngày 1 đến ngày 5 tháng 12 năm 2025"; "xây dựng đề xuất" a noun; a task given at home, "giao Sở
... đề xuất phương án"; "hai tỉnh hợp tác đào tạo" a joint ask). One article is left out: p15
expects "Huế" for a city article of March 2025, where the provinces data name the unit Thừa
Thiên Huế until the units of 1 July 2025. An eighth round, q01-q30 (dates in many writings,
online talks, envoys' farewell and Tết calls, the merged units of 2025 with their old names,
ethnic-minority names, close negatives): 20 of 30 right at first; its misses became rules ("quan
tâm một số nội dung, cụ thể:" only announces the list; "ông A Khoa", "UBND tỉnh K'Mák Huy" are
people, and "UBND tỉnh Kpă Lư" no foreign place; one Vietnamese province's study tour at another,
a sports tournament, and a notice of an occasion still ahead are no activities; talks held online
are the province's own meeting; "tại phường Yên Bái" is home and "lao động đang làm việc tại Hàn
Quốc" no venue; "Kết luận hội nghị," an opening before the speaker). A ninth round, r01-r30
(outlets' styles, border guards, a lead named only in the headline, quoted experts, asks of two
parties): 20 of 30 right at first (on the code before the eighth round's rules); a tenth, s01-s20
(14 whole HTML pages: old table portals, ASP.NET, related-news boxes naming other visits): 13 of
20 right at first (after them); their misses that became rules: a page wrapped in one <form>
keeps its text; "» menu" items are no title and "Cập nhật ngày: ... [In trang]" is a dateline;
"Chủ tịch Hội đồng thành phố Park Young-jin cho biết" names a person, who speaks for his side;
"kiến nghị ... ba nội dung. Một là, ..." lists counted asks; "các tỉnh Đông Bắc Campuchia" names
no partner; "trấn Thiên Bảo, huyện ..., châu ..., tỉnh Vân Nam (Trung Quốc)" does; "Thiếu tá" is a
title; "Khăm Muồn" a spelling of Khammouane; "đề nghị chính quyền trấn X", "chính quyền vùng" (abroad)
ask the partner; an expert cited "trong một bài phân tích đăng trên ..." takes no part; the ministry
organising "phối hợp với UBND tỉnh" comes as a central delegation, and its national conference "tại
Hà Nội" is no activity of the capital; a pronoun after a clause of circumstance ("Trong bối cảnh
..., ..., bà đề nghị"); a business association's forum is no activity. Three still fail and wait
in pending.json (not checked here) with their expected answers: r04 and r06, a friendship exchange
and a twinning signed at home with the foreign side's delegation present (read as the province's
own event, expected as the guests'), and s17, a town named only as a border gate and the venue of
a fair to come (read as a partner). An eleventh round, t01-t30 (international organisations and
investors as guests, central bodies other than the ministry, trips to Europe, the Americas, India
and the Gulf, attendee lists, middle initials): 18 of 30 right at first; a twelfth, u01-u20 (NFD,
UTF-16 and Windows-1258 files, pages of entities, AMP, a headline only in <title>, a sidebar of
stories before the article): 15 of 20 right at first, every file read. Their misses that became
rules: "Catherine M. Holloway", "GS. Pieter H. van Dalen"; "Châu trưởng" a foreign head;
"hội nghị thống nhất kiến nghị" the province's own conference asking; "đề nghị tỉnh bang Québec" asks
the partner; "hai bên tìm hiểu khả năng thiết lập ..." a joint ask; "mong muốn tiếp tục nhận được sự
đồng hành của ..." no ask; "hồ sơ đề xuất dự án" a noun, and "7 nhà đầu tư đề xuất" the investors';
"chuyển lời thăm hỏi của Bộ trưởng X" takes X no part; "Tối 31/12 và sáng 1/1" a range across the
new year; the emirates in the gazetteer; a sector's review or plan (tourism) with no foreign party
is no activity. Two wait in pending.json: t22 (a university named after its town, Wageningen, read
as a partner) and u15 (an unknown city, Esbjerg, in an article naming two countries). A thirteenth
round, v01-v30 (ordinary articles of the commonest kinds, in provincial papers' and portals' usual
styles): 23 of 30 right at first; from its misses, festivals written like names ("Chôl Chnăm Thmây")
are no officials, "Chính quyền nhân dân Châu Văn Sơn" names Văn Sơn, the last names of a list share
its kind word ("các tỉnh Takeo, Kandal, Kampot và Kep"), and a headline on a whole year ("Đối ngoại
Bắc Ninh năm 2024: ...") is a feature. Four wait in pending.json: v17 (a signing hosted at home,
expected as the guests'), v19 and v25 (a wish for investors, a wish to sign next year, read as asks)
and v26 (a vice-governor named after "tỉnh" with no "ông" elsewhere: left unread rather than guessed).
A review of the rules of rounds 8-13 by a helper with its own sentences found misfires, each now a
test (a Lao province's delegation named without its country, a foreign region's head on a tourism
plan, a festival abroad, an envoy "sẽ" leaving later, "dịch vụ công trực tuyến", a session relayed
online, a commune abroad, the ministry co-organising with an envoy present, a visitor's ask "tại Hội
nghị", a wish for support of a named project, words said at the meeting, a poll beside the article).
A fourteenth round, w01-w30 (half of them long, 800-1,200 words, with the relationship's history,
attendee lists and a second day; half briefs, captions and wires from abroad): 14 of 30 right at
first; from its misses, the delegation's next day in a paragraph of its own ends the visit ("Sáng
18/5, Đại sứ ... và đoàn đã khảo sát"), a post held "khi đó là" belongs to the history, a short
heading line over the asks is no ask, "3.000 đề nghị" a noun, "tại tỉnh Hủa Phăn" abroad, and a
wire dated "Phnôm Pênh (TTXVN) -" abroad (its capital no partner). Four wait in pending.json: w01
and w22 (the town a meeting was held in, Sầm Nưa, Doun Kaev, read as a partner; w22's visit began
the day before its talks; w02's ask "cùng báo cáo Chính phủ hai nước sớm nâng cấp cặp cửa khẩu"
became a rule), w05 (the lead of a Party
delegation received by the Party committee; a joint ask read) and w11 (a past leader without "khi đó
là"; a wish read as an ask). A fifteenth round, x01-x25 (eight activities each reported by two
outlets in different styles, with gold "event"s): 19 of 25 right at first, and scored by
eval/score.py as a gold file with merges, overall 0.978 at first (merge P 1.000, R 0.875 over 8
pairs: the pair that stays apart gives different days), 0.988 after; from its misses, "Quận trưởng"
and "Trấn trưởng" are titles, foreign-only. Four wait in pending.json (x01, x08, x14: towns of the
venue read as partners, asks in one run-on sentence; x11: a wish read as an ask).
Later mends took these out of pending.json into the checked set: s17, t22 and x08 (a town
named only as a site, "tại thị xã Sầm Nưa", a border gate or an economic zone, beside another
locality of its country, is no partner; nor an organisation named after its town, "Trường Đại
học và Nghiên cứu Wageningen", when named alone again; nor either end of "đường bay thẳng Seoul -
Huế"); r04 and v17 (a ceremony at home that "Đoàn đại biểu tỉnh Svay Rieng do ông Men Sophal ...
làm trưởng đoàn" came to is the guests' visit; a "Cập nhật ngày: 18/03/2025 - 15:30" line is no
lead sentence); x14 (that, and "đề nghị hai bên tiếp tục phối hợp chặt chẽ trong công tác tìm
kiếm, quy tập ..." asks both sides for a concrete step).
u15 (Esbjerg) passes since. Seven more rounds by such helpers, the first run of each on the code
of its day: y01-y30 (July 2025 to 2026, the 34 merged units, wards and communes): 21 of 30 right
at first; z01-z30 (the Mekong delta, the Central Highlands and the south-central coast; guests
from Japan, Korea, Australia, the US, Cuba, India, the EU, UN agencies; bullet asks; "ông Hùng"
for a named official): 18 of 30; j01-j25 (noisy pages: whole HTML pages, breadcrumbs, share
words, captions, hard-wrapped lines, comments): 18 of 25; o01-o30 (short items of national
outlets and wires): 19 of 30; l01-l30 (asks in every phrasing, and what is no ask): 17 of 30;
ab01-ab30 (a plain sample of the field): 22 of 30; ac01-ac20 (whole pages of 2022-2026 layouts:
Liferay, WordPress, AMP, windows-1258 and UTF-16): 12 of 20. In all 127 of 195 (65%). Their
expected answers were brought to this file's form only (the lead out of "officials", a list
where either chair may lead, a locality's kind word out of its name, "TP.HCM" as the unit's name).
Their misses became rules with unit tests (a hard-wrapped text joined; a sapo above the
publication line is no headline; a page's headline line after its widgets starts the story;
"Đại Hàn Dân Quốc" no person; "bà Sa Rươne" after "Thạch Thị Sa Rươne" one person; a past ask
"Năm 2020, tỉnh đã kiến nghị ..." none; a wire "Paris, 15/5 (TTXVN) -" abroad; a fair's city no
partner; WordPress's "18 Tháng Sáu, 2024"; ...); y08 and ab23 pass since (a rank ends the title before
it: "... Biên phòng tỉnh Đại tá Danh Sà Rết"; "Tổng Lãnh sự Lào tại Vinh Phết-sa-mỏn Vông-xa"). 23 still fail and wait in pending.json with
their expected answers: judgement calls on wishes and joint asks (z01, z14, z28, l22, j15, j17,
ab25, ac16, y25), asks the rules do not reach (j01, l17, l23, l28, o07, ab22), names not read
(ac15), a clock-only "Chiều nay" (y19), partners (ac02
Côn Minh, ac09 Kansai, l16, l20) and two close negatives (y17 a cruise ship's welcome, l09 a
ministry's drought visit with an ask to FAO). Two more rounds, run first on the code after those
rules (before their review): ad01-ad30 (a second plain sample, other provinces and partners): 24 of
30 right at first; ae01-ae25 (GUIDE.md's hard
cases one by one): 17 of 25. Nine of them wait in pending.json: wishes read as asks (ad01, ad08,
ae22), an ask not reached (ad11, ae14), a joint ask after the pandemic (ae13), one day of a longer
stay (ae01), and two negatives read as activities (ad19, a domestic pact naming foreign tourists;
ad24, national investment figures naming provinces). j01 and ae14 pass since ("..., hai nước, đồng
chí Chủ tịch UBND tỉnh đề nghị"; the sapo's short ask told in full in the body is kept in full).
A last round, af01-af30 (a third plain sample, provinces and partners not used before), first run
after two reviews' mends: 23 of 30 right; seven wait in pending.json (af02 a governor's visit
read as no activity; af05 a visit's last day left open; af06, af30 a visitor's wish and a slogan
read as asks; af18, af27 a procedures page and an embassy's festival abroad read as activities;
af22 an overseas Vietnamese Tết meeting read as none); af02 passes since (talks where "hai bên đã thông
báo cho nhau tình hình kinh tế - xã hội 6 tháng" are no internal session). Two last rounds: ag01-ag30
(a fourth plain sample, provinces drawn evenly from the 63 units): 22 of 30 right at first; ah01-ah20
(whole pages of ordinary layouts, a table portal among them): 13 of 20 at first, 16 after its table
portal's menu and headline-under-the-dateline were read. Eleven waited in pending.json; ag02, ag07, ag17
and ag29 pass since ("Tỉnh cũng mong Ban quan tâm ...", "mong các Tổng Lãnh sự quán hỗ trợ ...", "hai bên sớm
trao đổi để tiến tới ký kết ...", "hai bên tăng cường trao đổi sinh viên"). The very last round,
ai01-ai30 (a fifth plain sample, first run on the session's final code): 21 of 30 right; ai13's
wrong year from "Các bài viết khác:" became a rule; seven wait in pending.json. Since those rules were written on these articles,
the rounds are now regression fixtures; their held-out measure was each first run.
Seventeen more rounds by such helpers (written to a folder of their own, no code or output of the
extractor seen), the first run of each on the code of its day: ak (a sixth plain sample) 23 of
30; ao (border provinces and their neighbours) 26 of 30; al (central bodies and the asks they
hear) 25 of 30; an (briefs, wires, captions, and very long stories) 26 of 30; am (whole pages,
windows-1258 and UTF-16 among them) 15 of 20; ar (companies, organisations, chambers, NGOs and
trade trips) 22 of 30; ap (provinces and partners not picked first) 18 of 30; as (dates and
people, hard) 21 of 30; aq (whole pages of odd layouts: no <h1>, a list above the story, AMP,
tables) 13 of 20; at (a plain sample of 2023-2026) 24 of 30; av (the province's asks) 19 of 30;
aw (is it an activity? half close negatives) 18 of 30; au (whole pages of the usual sites) 17 of
20; ax (a sample of 2019-2022) 21 of 30; az (trips abroad) 16 of 30; ba (central bodies and the
province's own events) 23 of 30; ay (whole pages, the publication line anywhere) 11 of 20. In
all 338 of 470 (72%) at first; 369 pass since, on the rules their misses became (each with its
unit test); 101 wait in pending.json with their expected answers. Their answers were brought to
this file's form only (the lead out of "officials", "Hồ Chí Minh" beside the city's other names);
a name among "officials" may come with its other spellings. Four rounds more, at the session's
end: bb (a sample of 2024-2026) 24 of 30, bc (whole pages) 15 of 20, bd (foreign guests received)
24 of 30, be (national outlets' house styles) 22 of 30 at first; 87 of their 110 pass since, 23 wait
in pending.json. Thirteen rounds of a later session, the first run of each on the code of its moment:
bh (a plain sample of 2020-2026) 28 of 30; bf (whole pages) 15 of 20; bg (pages as a crawler's text)
25 of 30; bi (long run-on stories: asks in long sentences, heads named late) 14 of 30; bk (provinces
and partners rarely in the news) 24 of 30; bl (trips abroad, signings, close negatives) 24 of 30; bj
(whole pages of the usual outlets, UTF-16 among them) 11 of 20; bm (portal briefs, asks told with
"cần") 15 of 30; bn (asks in many shapes) 20 of 30; bo (crawled pages full of traps) 13 of 30; bp (a
sample shaped like corpus/dev) 26 of 30; bq (crawled pages) 25 of 30; br (foreign guests with hard
names) 16 of 30: 256 of 370 (69%) at first, 317 pass since; 53 wait in pending.json. An ask told twice
in other words may come with both tellings among "requests" (a list: either anchor). Two closing rounds,
run once on that session's final rules: bs (a sample shaped like corpus/dev) 27 of 30 and bt (pages as a
crawler's text, ordinary furniture) 17 of 20, 44 of 50 (88%); bt01 became a rule, five wait. Two more,
each run once on the rules of its moment at the very end: bu (corpus-shaped) 25 of 30, bv (crawled pages)
17 of 20; bv20 became a rule. Ten rounds of the session after, each first run on the rules of its moment:
cb (briefs and wires, ten close negatives) 22 of 30; bw (corpus-shaped) 26 of 30; bx (crawled pages) 13 of
20; bz (2025-2026, the merged units) 24 of 30; by (whole HTML pages in four encodings) 14 of 20; ca (long,
dense articles) 20 of 30; then cc (corpus-shaped) 28 of 30, ce (foreign guests and partners of many
countries) 23 of 30, cf (crawled portal pages) 16 of 20, cd (whole HTML pages) 16 of 20: 202 of 260 (78%)
at first; the misses that were general became rules with their unit tests, the rest wait in pending.json.
Eighteen more that session: cj (hard dates and people) 25 of 30, ck (trips abroad, signings) 25 of 30, cl
(the province's own events, central bodies) 21 of 30, cg (corpus-shaped) 28 of 30, ch (crawled national
sites, inline related boxes) 9 of 20, ci (whole HTML pages) 17 of 20, cm (corpus-shaped) 27 of 30, cn
(crawled pages, comments) 18 of 20, cp (2020-2024, less covered provinces) 29 of 30, cr (the province's
asks) 21 of 30, cq (close negatives beside real activities) 21 of 30, co (HTML of many engines) 17 of 20,
cs (corpus-shaped, same-event pairs) 27 of 30, ct (crawled pages) 13 of 20, cu (HTML) 14 of 20, cx
(2015-2019 styles) 27 of 30, cv (leads and participants, hard) 16 of 30, cw (partners, hard) 12 of 30;
and four closing rounds run once on the final rules: cy 25 of 30, cz 17 of 20, db 27 of 30, da 19 of 20.
In all that session, 657 of 840 (78%) at first; 717 pass since. Thirty-eight rounds of the session after
(dc-eo, 1,000 articles), each first run on the rules of its moment: dc (corpus-shaped) 25 of 30, dd (crawled
whole pages) 18 of 20, de (HTML in four encodings) 18 of 20, df (who leads, who takes part) 20 of 30, dg (the
province's asks) 24 of 30, dh (partners and kinds) 14 of 30; di (corpus-shaped) 24 of 30, dj (national sites'
pages) 18 of 20, dk (HTML) 18 of 20, dl (ties with foreign localities) 23 of 30, dm (is it an activity, which
kind) 22 of 30; do (provincial papers' pages) 16 of 20, dn (corpus-shaped) 24 of 30, dp (leads, hard) 24 of 30,
dq (kind and place, hard) 23 of 30; ds (corpus-shaped) 23 of 30, dr (HTML) 18 of 20, dt (national outlets'
whole pages) 13 of 20, du (asks, second round) 24 of 30, dv (dates, hard) 23 of 30; dx (portals' pages) 16 of
20, dz (trips abroad, guests at home) 22 of 30, eb (close negatives and look-alikes) 21 of 30, dw
(corpus-shaped) 26 of 30, ea (officials, hard) 20 of 30, dy (HTML) 15 of 20; ed (crawled pages) 17 of 20, ec
(corpus-shaped) 30 of 30, ee (HTML) 14 of 20, ef (asks, third round) 22 of 30, eh (2015-2019 styles) 27 of
30; ei (corpus-shaped) 29 of 30, ej (crawled pages) 14 of 20, ek (HTML) 18 of 20, el (every hard point) 26
of 30; em (corpus-shaped) 25 of 30, en (portals' pages) 17 of 20, eo (every hard point) 25 of 30: 796 of
1,000 (80%) at first; the misses that were general became rules with their unit tests, the rest wait in
pending.json. Answers that gave a partner only with its kind word ("châu Hồng Hà") also accept its bare name,
as corpus/dev's gold does. Three closing rounds that session, run once on its final rules: ep
(corpus-shaped) 28 of 30, eq (crawled pages) 16 of 20, er (HTML) 12 of 20. Six rounds of the next
session, each first run on the rules it started with: es (corpus-shaped, two same-event pairs) 30 of
30, et (national outlets' whole crawled pages) 17 of 20, eu (HTML of many engines in four encodings)
18 of 20, ev (partners: spellings, transits, venues, schools named after cities) 20 of 30, ew (is it
an activity, which kind: close negatives) 22 of 30, ex (who leads, who takes part) 26 of 30: 133 of
160 (83%) at first, 157 after the rules their misses became. Six more that session, each first run on
the rules of 544e010: ey (corpus-shaped, a same-event pair) 28 of 30, ez (provincial papers' whole
crawled pages) 15 of 20, fa (HTML of many engines, four encodings) 16 of 20, fb (the province's asks)
22 of 30, fc (ties with foreign localities, routes through several cities) 22 of 30, fd (dates) 25 of
30: 128 of 160 (80%) at first. A review of that session's rules by a helper with its own sentences
found misfires, each now a test (the province named without its unit word, a caption under a
headline's dateline, talks that agree on patrols, a liberation day celebrated, guests of the
province's own event, "tuần qua", a guest's thanks). Six more, first run on the rules of 588f9d7: fe
(corpus-shaped, less covered provinces) 28 of 30, ff (national outlets' crawled pages) 16 of 20, fg
(HTML) 16 of 20, fh (who leads, second round) 22 of 30, fi (is it an activity, second round) 24 of 30,
fj (partners, second round) 25 of 30: 131 of 160 (82%) at first. Two closing rounds, run once on the
session's final rules: fk (corpus-shaped, a same-event pair) 28 of 30 and fl (crawled pages) 17 of 20.
Seventeen rounds of the next session, each first run on the rules it started with. On 78bebeb: fm
(corpus-shaped, a same-event pair) 29 of 30, fn (provincial portals' crawled pages) 15 of 20, fo (HTML in four
encodings) 17 of 20, fp (the province's asks, fourth round) 23 of 30, fq (who leads and takes part, third
round) 24 of 30, fr (is it an activity, which kind, third round) 23 of 30. On a2f1669: fs (corpus-shaped, less
picked provinces) 28 of 30, ft (national outlets' crawled pages) 11 of 20, fu (portal HTML in four encodings) 17
of 20, fv (partners: spellings and what is none) 12 of 30, fw (dates and the province, hard) 27 of 30, fx
(portals of 2024-2026) 26 of 30. On 765ca7f: fy (corpus-shaped) 29 of 30, fz (portals' crawled pages) 15 of
20, ga (HTML) 18 of 20, gb (asks, fifth round) 25 of 30, gc (national outlets' pages) 16 of 20. In all 355 of
440 (81%) at first, 410 after the rules their misses became. A review of that session's rules by a helper
with its own sentences found misfires, each now a test (lists the story announces, a foundation's talks, a
meeting with a foreign side, a sister province after a no-tie place, a renewed ask). Three closing rounds,
run once on that session's final rules (19681f5): gd (corpus-shaped, a same-event pair) 28 of 30, ge (crawled
pages) 19 of 20, gf (HTML in four encodings) 18 of 20. Thirty-nine rounds of the next session, each first run on
the rules of its moment. On 2fb9ff8: gg (corpus-shaped, a same-event pair) 30 of 30, gh (portals' crawled pages) 17
of 20, gi (HTML in four encodings) 19 of 20, gj (asks, sixth round) 27 of 30, gk (partners, second round) 26 of 30,
gl (national outlets' crawled pages) 17 of 20. On efab58a: gm (corpus-shaped) 28 of 30, gn (who leads and takes
part, fourth round) 23 of 30, go (is it an activity, fourth round) 27 of 30, gp (dates, hard) 26 of 30, gq
(provincial papers' crawled pages) 15 of 20. On efe3f02: gr (corpus-shaped) 25 of 30, gs (portals' rarer
layouts) 13 of 20, gt (HTML) 17 of 20, gu (asks, seventh round) 25 of 30, gv (trips abroad and guests, hard kinds)
25 of 30. On 8d3ad68: gw (corpus-shaped) 28 of 30, gx (national outlets' and wires' pages) 18 of 20, gy (who
leads, fifth round) 22 of 30, gz (partners, third round) 23 of 30, ha (is it an activity, fifth round) 24 of 30.
A review of the rules by then (79bb124) by a helper with 76 probes of its own found 18 misfires, each now a test.
On 79bb124: hb (corpus-shaped) 26 of 30, hc (portals' pages) 18 of 20, hd (portal HTML) 17 of 20, he (asks,
eighth round) 28 of 30, hf (dates and the province, second round) 25 of 30. On c5baccb: hg (corpus-shaped) 28
of 30, hh (crawled pages) 18 of 20, hi (HTML) 19 of 20. On 4d914a9: hj (corpus-shaped) 26 of 30, hk (leads and
kinds, sixth round) 24 of 30, hl (partners and asks) 26 of 30, hm (2023-2026 portals) 18 of 20. Closing rounds
on 83d71b1: hn (corpus-shaped) 28 of 30, ho (crawled pages) 16 of 20, hp (HTML) 17 of 20; and three more on
f2827b4: hq (corpus-shaped) 28 of 30, hr (crawled pages) 19 of 20, hs (a plain sample of the field) 29 of 30. In
all 885 of 1,020 (87%) at first; the misses that were general became rules with their unit tests, the rest wait
in pending.json. Eleven rounds of the next session, all first run on c0c92bb: ht (corpus-shaped) 29 of 30, hu
(portals' crawled pages, publication lines in odd places) 19 of 20, hv (asks, ninth round) 23 of 30, hw (who
leads and takes part, seventh round) 24 of 30, hx (partners and trips abroad) 27 of 30, hy (is it an activity,
which kind) 26 of 30, hz (corpus-shaped, less picked provinces and partners) 29 of 30, ia (whole HTML pages, two
in windows-1258 and UTF-16) 18 of 20, ib (national outlets' and wires' pages) 14 of 20, ic (dates, hard) 23 of
30, id (provincial events and signings) 21 of 30: 253 of 300 (84%) at first. Six more, first run on 1bbe263 (after the rules the eleven's misses became): ie
(corpus-shaped) 29 of 30, if (provincial papers' crawled pages) 19 of 20, ig (asks, tenth round) 24 of 30, ih (who
leads and takes part, eighth round) 28 of 30, ii (whole HTML pages, windows-1258, UTF-16, NFD) 16 of 20, ij (is it an
activity, second round) 25 of 30: 141 of 160 (88%). Four more, first run on 3b19c17: ik (corpus-shaped) 27 of 30, il
(older portals' crawled pages) 17 of 20, im (partners and kinds, hard) 25 of 30, in (short items and briefs) 27 of 30:
96 of 110 (87%). In all, that session's 21 rounds: 490 of 570 (86%) at first. A review of its rules by a helper with
57 probes of its own (on 3b19c17) found 27 misfires; after the mends its probes show none (15 fixed, 36 right
before and after, 6 wrong before and after), and the mends' tests guard the commonest. Eight rounds of the next
session, all first run on d97095c: io (corpus-shaped, a same-event pair) 30 of 30, ip (portals' and papers' crawled
pages) 16 of 20, iq (asks, eleventh round) 22 of 30, ir (who leads and takes part, ninth round) 23 of 30, is (whole HTML
pages in four encodings) 16 of 20, it (is it an activity, which kind, third round) 23 of 30, iu (corpus-shaped, provinces
and partners rarely in the news) 26 of 30, iv (dates, hard, national outlets' and wires' styles) 24 of 30: 180 of 220
(82%) at first, 212 after the rules their misses became. Eight more, first run on d747827 (the rules of those
misses): iw (corpus-shaped, a same-event pair) 26 of 30, ix (national outlets' and wires' crawled pages) 17 of 20, iy
(asks, twelfth round: pronouns, quotations, sapo and body) 15 of 30, iz (partners, fourth round) 24 of 30, ja (whole HTML
pages in four encodings) 17 of 20, jb (is it an activity, which kind, fourth round) 29 of 30, jc (corpus-shaped, provinces
and partners rarely in the news) 25 of 30, jd (provincial papers' crawled pages) 17 of 20: 170 of 210 (81%) at first,
189 on 2d847c5 (the rules their misses became), 194 after. Five closing rounds, run once on 2d847c5: je (corpus-shaped,
a same-event pair) 28 of 30, jf (a plain sample of the field) 24 of 30, jg (crawled portal pages) 16 of 20, jh (whole HTML
pages in four encodings) 20 of 20, ji (asks, thirteenth round) 28 of 30: 116 of 130 (89%); jg06 and jg10 (a dateline
with its widgets, an audio player above the lead) pass since. That session's 21 rounds: 466 of 560 (83%) at first.
From the next session on, a request is also checked as eval/score.py counts it: a second telling of an ask already
found fails (its "repeats an earlier request"), and so does one of more than 500 characters. Twenty-one older articles
failed so; 16 pass again by the rules of sapo and body (an ask of the sapo told again in the body is listed once), and
five (bn13, bn30, ca01, ef12, iy12: the same ask retold in other words) wait in pending.json. Eight rounds, first run
on 8c5f17c and counted that way: jj (a plain sample of the field) 29 of 30, jk (corpus-shaped, provinces and partners
rarely in the news) 24 of 30, jl (asks, fourteenth round) 20 of 30, jm (who leads and takes part, tenth round) 20 of 30,
jn (whole HTML pages in four encodings) 17 of 20, jo (is it an activity, which kind, fifth round) 27 of 30, jp (dates,
hard) 25 of 30, jq (crawled portal and paper pages) 17 of 20: 179 of 220 (81%) at first, 216 after the rules their
misses became. Eight more, first run on dbadba8 (those rules): jr (a plain sample of the field, a same-event pair) 27 of
30, js (corpus-shaped, provinces and partners rarely in the news) 23 of 30, jt (asks told more than once: headline, sapo,
body, quotation) 12 of 30, ju (who leads and takes part, eleventh round) 26 of 30, jv (whole HTML pages in four
encodings) 17 of 20, jw (is it an activity, which kind, sixth round) 25 of 30, jx (dates, hard) 25 of 30, jy (national
outlets' and wires' crawled pages) 17 of 20: 172 of 220 (78%) at first, 189 after the rules their misses became. Most
of jt's misses are one ask told again in other words, which eval/score.py counts as a second request. The last rule of
the session (a wish to put the diaspora's resources to use asks no one) also passes ad08, ca10 and hd09; jr-jy stood at
191 at its end. The next session's first eight, first run on c037035: jz (a plain sample, a same-event pair) 28 of 30,
ka (corpus-shaped, rarely covered) 23 of 30, kb (provincial portals with their furniture) 26 of 30, kc (asks) 24 of 30,
kd (who leads and takes part) 25 of 30, ke (partners in many spellings) 22 of 30, kf (whole HTML pages in four
encodings) 17 of 20, kg (dates, and is it an activity) 20 of 30: 185 of 230 (80%) at first, 220 after the rules their
misses became. Eight more, first run on 75ca7fa (those rules): kh (a plain sample) 30 of 30, ki (national outlets)
26 of 30, kj (trips far abroad, companies and organisations) 27 of 30, kk (portals of the delta, the coast and the
Southeast) 29 of 30, kl (asks, told as outlets tell them) 28 of 30, km (who leads and takes part) 27 of 30, kn
(partners, and what is not one) 20 of 30, ko (whole HTML pages, hard dates) 12 of 20: 199 of 230 (87%) at first, 221
after. A third eight, first run on 7ac15b8: kp (a plain sample) 25 of 30, kq (central bodies) 28 of 30, kr (partners,
and what is not one, second round) 14 of 30, ks (whole HTML pages) 16 of 20, kt (trips to the neighbours) 24 of 30, ku
(who leads and takes part) 27 of 30, kv (is it an activity) 29 of 30, kw (corpus-shaped, rarely covered) 26 of 30: 189
of 230 (82%) at first, 197 after. The next session's first eight, first run on c597ff9: kx (a plain sample, a same-event
pair) 29 of 30, ky (corpus-shaped, rarely covered) 28 of 30, kz (portals' crawled pages) 16 of 20, la (asks) 22 of 30, lb
(who leads and takes part) 28 of 30, lc (partners, and what is not one) 27 of 30, ld (whole HTML pages in four encodings)
18 of 20, le (dates, and is it an activity) 26 of 30: 194 of 220 (88%) at first, 216 after the rules their misses became.
A second eight, first run on a4cbbac (those rules): lf (a plain sample, a same-event pair) 27 of 30, lg (companies,
organisations, consuls, overseas Vietnamese, online talks) 24 of 30, lh (national outlets' crawled pages) 15 of 20, li (asks,
second round: quotations, several addressees) 25 of 30, lj (who leads and takes part, second round) 22 of 30, lk (partners and
kinds, hard) 21 of 30, ll (whole HTML pages in four encodings) 16 of 20, lm (dates and is it an activity, second round) 24 of
30: 174 of 220 (79%) at first, 210 after. A third eight, first run on 801137d: ln (a plain sample, a same-event pair) 26
of 30, lo (corpus-shaped) 27 of 30, lp (provincial papers' crawled pages) 20 of 20, lq (briefs, and a few long reports) 30 of
30, lr (asks, third round) 26 of 30, ls (trips abroad and guests of Party committees, councils, police, border guards,
companies) 17 of 30, lt (whole HTML pages in four encodings) 19 of 20, lu (the units after the 2025 mergers) 29 of 30: 194 of
220 (88%) at first, 207 after. A review of these rules by a helper with 99 probes of its own found 17 misfires, each mended
and pinned in test_review_probes.py. Four closing rounds, run once on aee5e9c and kept as they came out (no rule
written on them): lv (a plain sample) 29 of 30, lw (corpus-shaped, a same-event pair) 26 of 30, lx (crawled pages) 16 of 20,
ly (whole HTML pages in four encodings) 18 of 20: 89 of 100; the eleven misses wait in pending.json. The next session's
six, first run on 67b902a: lz (a plain sample) 29 of 30, ma (corpus-shaped, two same-event pairs) 27 of 30, mb (trips and
guests of Party committees, councils, police, border guards, fronts; a province's leader in a national delegation abroad)
24 of 30, mc (national outlets' crawled pages) 16 of 20, md (partners and kinds, hard) 28 of 30, me (who leads and takes
part, hard) 25 of 30: 149 of 170 (88%) at first, 166 after the rules their misses became (ls08 and ls27, a province's
leader in the Prime Minister's delegation abroad, pass with them). Two rules from older pending negatives pass six more:
a headline on the province's foreign affairs in a year with no occasion or task named ("Dấu ấn đối ngoại Quảng Ngãi năm
2024": fe22, ik17, lv28) and foreigners found or fined for their entry or stay (dt20, er16); hk15 with them. Eight more,
first run on cc3280e (those rules): mf (a plain sample, provinces rarely in the news) 27 of 30, mg (corpus-shaped, a
same-event pair) 29 of 30, mh (national outlets' crawled pages) 17 of 20, mi (asks, fourth round) 27 of 30, mj (whole HTML
pages in four encodings) 18 of 20, mk (dates, hard) 21 of 30, ml (trips and guests of bodies other than the People's
Committee, second round) 17 of 30, mm (is it an activity: half close negatives) 22 of 30: 178 of 220 (81%) at first; the
plain and corpus-shaped two 56 of 60. 196 after the rules their misses became (cr02, cr06, eb27, gy10 and lj18 pass with
them). ml13 and the older aw18 and eo28 (a province's study tour at another on border-gate or foreign-affairs work) are
expected as no activity, where test_is_activity keeps two provinces' exchange on foreign-affairs work as one: they wait.
Four closing rounds, run once on 540e5cf and kept as they came out (no rule written on them): mn (a plain sample) 29 of
30, mo (corpus-shaped, a same-event pair) 29 of 30, mp (provincial papers' crawled pages) 18 of 20, mq (whole HTML pages in
four encodings) 19 of 20: 95 of 100; the five misses wait in pending.json. The next session's first eight, run on
76adcf7: mr, ms (plain samples, north and south) 29 and 29 of 30, mt (corpus-shaped, two same-event pairs) 29 of 30, mu
(national outlets' crawled pages) 17 of 20, mv (provincial portals' crawled pages) 19 of 20, mw (whole HTML pages in four
encodings) 18 of 20, mx (who leads and takes part, hard) 27 of 30, my (asks and partners, hard) 23 of 30: 191 of 210 (91%),
208 after their rules. Five more on 76adcf7, written while those rules were: mz (a plain sample, provinces rarely in the
news) 29 of 30, na (provincial papers' crawled pages) 17 of 20, nb (corpus-shaped, a same-event pair) 30 of 30, nc (is it
an activity: half close negatives) 28 of 30, nd (dates, hard) 27 of 30: 131 of 140 (94%), 137 after. Eight on 471c56e
(the first rules): ne (a plain sample) 30 of 30, nf (short items) 28 of 30, ng (corpus-shaped, a same-event pair) 28 of
30, nh (national outlets' pages) 18 of 20, ni (provincial pages) 18 of 20, nj (asks, hard) 23 of 30, nk (who leads, hard)
29 of 30, nl (kinds and partners, hard) 25 of 30: 199 of 220 (90%), 213 after. Seven on 7367f00 (those rules): nm (a
plain sample) 27 of 30, nn (corpus-shaped, a same-event pair) 29 of 30, no (outlets' crawled pages) 20 of 20, np (whole
HTML pages, four encodings) 20 of 20, nq (asks and who asks, hard) 24 of 30, nr (is it an activity and which kind, half
negatives) 29 of 30, ns (dates and leads, hard) 25 of 30: 174 of 190 (92%), 184 after. Four closing rounds, run once on
5543a3a and kept as they came out (no rule written on them): nt (a plain sample) 28 of 30, nu (corpus-shaped, a same-event
pair) 28 of 30, nv (crawled pages) 19 of 20, nw (whole HTML pages in four encodings) 19 of 20: 94 of 100; the six misses
wait in pending.json. The next session's first eight, run on 20c31a7 (extraction made twice as fast, its output unchanged
from 889ad33): nx (a plain sample, north and centre) 30 of 30, ny (corpus-shaped, two same-event pairs) 30 of 30, nz
(national outlets' crawled pages) 19 of 20, oa (whole HTML pages in four encodings) 18 of 20, ob (asks, hard) 23 of 30, oc
(who leads, hard) 27 of 30, od (kinds and partners, hard) 26 of 30, oe (dates and is it an activity, hard) 27 of 30: 200 of
220 (91%). Eight more on 20c31a7, written while those rules were: of (a plain sample, the south) 29 of 30, og (corpus-shaped,
two same-event pairs) 29 of 30, oh (provincial pages as a crawler's text) 19 of 20, oi (whole HTML pages, a Next.js page
among them) 18 of 20, oj (asks and who asks, hard) 22 of 30, ok (is it an activity: half close negatives) 29 of 30, ol
(partners, hard) 21 of 30, om (short items and wires) 30 of 30: 197 of 220 (90%). 439 of the 440 pass after the rules
their misses became (nz13, a partner named only by its autonomous prefecture's full name, waits); ca02, ee04, ee20, gd07,
gk29, hp05, is10, ks17 and nl09 pass with them. Six more, first run on 520dfea (those rules): on (a plain sample) 29 of 30,
oo (corpus-shaped, two same-event pairs) 30 of 30, op (national outlets' crawled pages) 16 of 20, oq (whole HTML pages in
four encodings) 17 of 20, or (who leads, takes part and asks, hard) 22 of 30, os (dates, kinds and places, hard) 29 of 30:
143 of 160 (89%), 152 after the rules their misses became and a fifth review's mends. Four closing rounds, run once on
72036e6 and kept as they came out (no rule written on them): ov (a plain sample) 29 of 30, ow (corpus-shaped, two same-event
pairs) 27 of 30, ox (provincial pages as a crawler's text) 19 of 20, oy (whole HTML pages in four encodings) 20 of 20: 95 of
100; the five misses wait in pending.json. The next session's first eight, run on c9d90d3: oz (a plain sample) 27 of 30,
pa (corpus-shaped, two same-event pairs) 27 of 30, pb (national outlets' crawled pages) 14 of 20, pc (whole HTML pages in
four encodings) 18 of 20, pd (asks, hard) 28 of 30, pe (partners, hard) 21 of 30, pf (who leads, hard) 26 of 30, pg (is it
an activity, dates, half negatives) 27 of 30: 188 of 220 (85%); 219 after the rules their misses became (oz28, a quoted
foreign reporter, waits); ov23, ow24, ox16 of the closing rounds pass with them. Seven more, first run on b987b41 (those
rules): ph (a plain sample) 29 of 30, pi (corpus-shaped, two same-event pairs) 30 of 30, pj (provincial pages as a crawler's
text) 17 of 20, pk (whole HTML pages in four encodings) 20 of 20, pl (asks, hard) 24 of 30, pm (who leads, hard) 26 of 30,
pn (partners, hard) 19 of 30: 165 of 190 (87%); 184 after the rules their misses became and a sixth review's 33 mends (the
misses of pl26, pm14, pm17, pm20, pm23, pn11, pn17, pn21, pn22 and pn27 wait in pending.json). Six closing rounds, run once
on 3404153 and kept as they came out (no rule written on them before): pp (a plain sample) 27 of 30, pq (corpus-shaped,
two same-event pairs) 26 of 30, pr (provincial pages as a crawler's text) 19 of 20, po (dates, kinds, a third negatives) 26
of 30, pt (a plain sample, provinces rarely in the news) 30 of 30, ps (whole HTML pages in four encodings) 19 of 20: 147 of
160 (92%). Three general rules written after that first run (a wish for ties "nói chung ... nói riêng" with a long name, a
leaders' weekly schedule line, the region in brackets of a neighbour across the border) make ph01, pq01 and pr08 pass.
Three last rounds, run once on 4cd8824 and kept as they came out: pu (a plain sample of the national and regional press) 29
of 30, pv (corpus-shaped, two same-event pairs) 30 of 30, pw (mixed hard cases) 29 of 30: 88 of 90; pu11 and pw06 wait.
The next session's first eight, run on de50187: px (a plain sample of the national and regional press) 26 of 30, py
(corpus-shaped, two same-event pairs) 28 of 30, pz (provincial portals as a crawler's text) 18 of 20, qa (whole HTML pages,
three encodings) 19 of 20, qb (mixed hard cases) 30 of 30, qc (2025-2026, the merged units) 25 of 30, qd (2012-2019
portals) 29 of 30, qe (short items, wires, radio and television pages) 28 of 30: 203 of 220 (92%); 217 after the rules
their misses became (px02, qc15, qd07 wait). Three expected answers were corrected before they were checked, each to the
rule the corpus's gold keeps: a city where talks were held and a capital visited only for the embassy are optional, as
Pakse and Phnom Penh are; a border neighbour named in the province's description is optional. Eight more on f8c2b64 (those
rules): qf (a plain sample) 26 of 30, qg (corpus-shaped, two same-event pairs) 28 of 30, qh (crawled portal text) 18 of 20,
qi (whole HTML pages, three encodings) 18 of 20, qj (short items and wires) 28 of 30, qk (mixed hard cases: sapos summing up
the body's asks, asks joined by commas) 26 of 30, ql (2025-2026) 29 of 30, qm (2012-2019) 29 of 30: 202 of 220 (92%); 214
after the rules their misses became and a seventh review's 21 mends (qg24, qh10, qh18, qj18, qk20, qk30 wait). Six more on
6764b7f (those rules): qn (a plain sample) 27 of 30, qo (corpus-shaped, two same-event pairs) 30 of 30, qp (crawled portal
text) 18 of 20, qq (whole HTML pages, three encodings) 19 of 20, qr (mixed hard cases) 27 of 30, qs (2025-2026) 25 of 30: 146
of 160 (91%); 159 after the rules their misses became and an eighth review's 20 mends (qn16 waits). Six closing rounds, run
once on 26f1d73 (no rule written on them before): qt (a plain sample) 28 of 30, qu (corpus-shaped, two same-event pairs) 27 of
30, qv (crawled portal text) 20 of 20, qw (whole HTML pages, three encodings) 19 of 20, qx (short items, wires, radio and
television pages) 28 of 30, qy (2012-2026, all regions) 28 of 30: 150 of 160 (94%). A ninth review's 27 mends and three rules
written after that run (a sports day for the Women's Day, a conference the province holds in a foreign capital, "nâng cao hiệu
quả thông quan ..., đồng thời sớm thí điểm ...") make qt06, qu15 and qx01 pass; seven wait. The session after, each round's
first run on the commit named: on 03fba03, qz (a plain sample) 30 of 30, ra (corpus-shaped, two same-event pairs) 30 of 30, rb
(crawled portal text) 20 of 20, rc (whole HTML pages, three encodings) 19 of 20, rd (asks, hard) 28 of 30, re (who leads and
takes part, hard) 29 of 30, rf (2025-2026, the merged units) 29 of 30, rg (short items, dates in many writings) 26 of 30: 211
of 220 (96%). On 0d35550 (their rules): rh (a plain sample, every region) 26 of 30, ri (provinces and partners rarely in the
news, two same-event pairs) 25 of 30, rj (whole HTML pages with heavy furniture) 20 of 20, rk (dates, hard) 26 of 30, rl
(partners, hard) 27 of 30, rm (is it an activity, which kind, hard) 23 of 30, rn (asks, hard) 27 of 30: 174 of 200 (87%). On
126a745 (a tenth review's 12 mends): ro (a plain sample) 29 of 30, rp (corpus-shaped) 29 of 30, rq (national outlets'
crawled pages) 17 of 20, rr (portal HTML of many engines) 20 of 20, rs (2023-2026) 29 of 30, rt (GUIDE.md's hard cases) 29 of
30, ru (border provinces and their neighbours) 26 of 30: 179 of 190 (94%). On 7e79127: rv (a plain sample) 29 of 30, rw
(corpus-shaped) 30 of 30, rx (crawled pages) 18 of 20, ry (HTML) 19 of 20, rz (many participants) 28 of 30, sa (close negatives
and look-alikes) 26 of 30: 150 of 160 (94%). On 18c40ff (an eleventh review's 35 mends came after): sb (a plain sample) 27 of
30, sc (corpus-shaped) 29 of 30, sd (crawled portal text) 20 of 20, se (HTML) 20 of 20, sf (the south, the delta and the
Highlands) 29 of 30, sg (short items, dates) 27 of 30, sh (mixed hard: partners named in passing, late leads) 16 of 30: 168
of 190 (88%). The misses that were general became rules with their unit tests (test_rules_of_round_r.py, _r2.py); the rest
wait in pending.json. Seven closing rounds, run once on 403ff2e: si (a plain sample) 27 of 30, sj (corpus-shaped, two
same-event pairs) 27 of 30, sk (crawled pages) 19 of 20, sl (HTML in four encodings) 20 of 20, sm (asks beside the guests')
27 of 30, sn (short items and wires) 27 of 30, so (a plain sample of 2012-2020) 29 of 30: 176 of 190 (93%). The next session's
rounds, each first run on the rules of its moment. On c3a6e1f: sp (a plain sample) 30 of 30, sq (corpus-shaped, two same-event
pairs) 25 of 30, sr (crawled pages) 17 of 20, ss (whole HTML pages in four encodings) 20 of 20, st (partners named in passing)
19 of 30, su (is it an activity, which kind) 25 of 30, sv (asks) 28 of 30, sw (leads and dates) 26 of 30: 190 of 220 (86%). On
ddfbaf4: sx (a plain sample) 28 of 30, sy (corpus-shaped) 28 of 30, sz (national outlets' crawled pages) 16 of 20, ta (HTML) 19
of 20, tb (partners in a life, routes, markets) 21 of 30, tc (kinds, embassies in Hà Nội, national trips) 22 of 30, td (asks) 27
of 30, te (short items) 28 of 30: 189 of 220 (86%). On 6d70a99: tf (a plain sample) 29 of 30, tg (corpus-shaped) 26 of 30, th
(crawled pages) 18 of 20, ti (HTML) 19 of 20, tj (mixed hard) 21 of 30, tk (dates and leads) 24 of 30, tl (kinds) 23 of 30, tm
(the merged units) 25 of 30: 185 of 220 (84%). On c8e9078: tn (a plain sample) 29 of 30, to (corpus-shaped) 28 of 30, tp
(crawled pages) 18 of 20, tq (HTML) 19 of 20, tr (mixed hard, second round) 16 of 30, ts (short items) 28 of 30: 138 of 160
(86%). The misses that were general became rules with their unit tests (test_rules_of_round_s.py, _s2.py, _s3.py, each test
failing on the code before its rule); a review of them by a helper with 148 probes of its own found 44 misfires, 36 mended and
pinned in test_review_probes_s.py. Five closing rounds, run once on d969882 and kept as they came out: tt (a plain sample) 30 of
30, tu (corpus-shaped, two same-event pairs) 30 of 30, tv (crawled pages) 19 of 20, tw (HTML in four encodings) 19 of 20, tx
(mixed hard, third round) 19 of 30: 117 of 130 (90%); the misses wait in pending.json. Twenty-two more rounds, ty-ut (600
articles), each first run on a frozen commit. On 5cd0116: ty (a plain sample) 29 of 30, tz (corpus-shaped, two same-event
pairs) 28 of 30, ua (crawled pages) 15 of 20, ub (HTML in four encodings) 19 of 20, uc (partners named in passing) 16 of 30, ud
(mixed hard) 25 of 30, ue (kinds) 26 of 30, uf (asks and leads) 26 of 30: 184 of 220 (84%). On e76e518: ug (a plain sample) 28
of 30, uh (corpus-shaped) 27 of 30, ui (crawled) 20 of 20, uj (HTML) 20 of 20, uk (partners, second round) 12 of 30, ul (mixed
hard) 27 of 30, um (short items and asks) 26 of 30: 160 of 190 (84%). On 41fcf48: un (a plain sample) 29 of 30, uo
(corpus-shaped) 28 of 30, up (crawled) 17 of 20, uq (HTML) 19 of 20, ur (partners, third round) 20 of 30, us (mixed hard) 25 of
30, ut (kinds) 28 of 30: 166 of 190 (87%). Their general misses became rules with unit tests on sentences written for them
(test_rules_of_round_t.py, _t2.py, _t3.py, _t4.py, each failing on the commit before its rule), mostly places named in passing
(where the province's people live or work abroad, where goods go and sell, what corridors, railways, roads and flights join,
the war's places, another province's ties); the misses left wait in pending.json. The next session's rounds, uu-vy (870
articles), first run on frozen commits. On 4eed55c: uu (a plain sample) 28 of 30, uv (corpus-shaped, two same-event pairs) 29 of
30, uw (crawled pages) 14 of 20, ux (HTML in four encodings) 19 of 20, uy (partners named in passing) 22 of 30, uz (asks) 27 of
30, va (kinds and negatives) 27 of 30, vb (people) 23 of 30: 189 of 220 (86%). On d579049: vc (a plain sample) 28 of 30, vd
(corpus-shaped) 27 of 30, ve (crawled) 18 of 20, vf (partners) 25 of 30, vg (asks) 24 of 30, vh (kinds) 27 of 30, vi (dates) 25
of 30: 174 of 200 (87%). On 2801a25: vj (a plain sample) 25 of 30, vk (corpus-shaped) 26 of 30, vl (HTML) 18 of 20, vm
(partners) 19 of 30, vn (asks) 27 of 30, vo (people) 26 of 30, vp (short items and wires, some in English) 23 of 30: 164 of 200
(82%). On a00367e: vq (a plain sample) 28 of 30, vr (corpus-shaped) 26 of 30, vs (mixed hard) 22 of 30, vt (crawled pages) 18 of
20, vu (partners and kinds) 18 of 30: 112 of 140 (80%). Their general misses became rules with unit tests (test_rules_of_round_u.py,
_u2.py, _v.py, _v2.py, _v3.py): hard-wrapped texts
joined across semicolons and a menu kept apart, a day of Tết with its lunar year, asks of a foreign head by title, counted
lists ("ba nhóm nội dung." then "Một là, ..."), a business owner's quoted wish, other provinces' pairs written with a dash,
counties named with the place abroad they lie in, people and plants abroad listed at length; the misses left wait in
pending.json (English briefs among them: their activities are not read). Four closing rounds, run once on e4fde0f and kept as
they came out: vv (a plain sample) 29 of 30, vw (corpus-shaped, two same-event pairs) 27 of 30, vx (mixed hard) 25 of 30, vy
(crawled and whole pages in four encodings) 19 of 20: 100 of 110 (91%); the misses wait in pending.json. The next session's rounds,
first run on frozen commits. On c07a7c7: vz (a plain sample) 28 of 30, wa (corpus-shaped, two same-event pairs) 29 of 30, wb
(crawled pages) 16 of 20, wc (HTML in four encodings) 15 of 20, wd (partners named in passing) 20 of 30, we (asks) 22 of 30, wf
(is it an activity, which kind) 28 of 30, wg (who leads and takes part) 24 of 30: 182 of 220 (83%). On 0e986bc: wh (a plain
sample) 29 of 30, wi (corpus-shaped) 30 of 30, wj (national outlets' crawled pages) 17 of 20, wk (HTML, dates in meta tags) 20 of
20, wl (asks, second round) 28 of 30, wm (partners, second round) 22 of 30, wn (dates, hard) 26 of 30, wo (is it an activity,
second round) 28 of 30: 200 of 220 (91%). Their general misses became rules with unit tests (test_rules_of_round_w.py): a page's
meta publication day, "Đăng:" at the foot, a given name "Sở", short names after a post, "xin" after its asker, points both sides
signed, places named in passing (a road's land, a growth triangle's members, supermarket chains, parent companies' cities, a
corridor's stops); the misses left wait in pending.json. On 4a675f7: wp (a plain sample) 29 of 30, wq (corpus-shaped) 28 of 30,
wr (portals' crawled pages) 20 of 20, ws (HTML in four encodings) 20 of 20, wt (who leads and takes part, third round) 23 of 30, wu
(asks, third round) 25 of 30, wv (partners, third round) 18 of 30, ww (mixed hard) 29 of 30: 192 of 220 (87%); their misses that
were general became rules (a partner's own ties told with it as the subject, a head who was to lead and did not, a stand-in who
"thay mặt lãnh đạo tỉnh làm trưởng đoàn", asks told in order "Trước hết là ..., Kế đến là ...", an earlier year's ask thanked
for), the rest wait in pending.json. Four closing rounds, run once on f09ccb7 and kept as they came out: wx (a plain sample) 28 of 30,
wy (corpus-shaped, two same-event pairs) 26 of 30, wz (crawled pages) 19 of 20, xa (HTML in four encodings) 19 of 20: 92 of 100
(92%); the misses wait in pending.json. Four more, first run on af3552c: xb (partners, fourth round: a guest's own ties, the
places a partner is described by) 14 of 30, xc (asks, fourth round) 20 of 30, xd (a plain sample) 29 of 30, xe (portals' and
papers' crawled pages) 18 of 20: 81 of 110 (74%); a few general misses became rules (a section's page title is no headline,
a list's lines ending with semicolons, "Bên cạnh An Giang, Takeo còn ..."), the rest wait in pending.json."""

import json
from pathlib import Path

import pytest

from apps.ingest.pipeline import read_and_extract
from apps.lib.text import fold

HELDOUT = Path(__file__).resolve().parent / "heldout"
EXPECTED = json.loads((HELDOUT / "expected.json").read_text(encoding="utf-8"))


def key(name):
    return fold(name or "").replace("-", " ")


def options(value):
    """A value or its list of acceptable answers (GUIDE.md: a list where the text allows several)."""
    return value if isinstance(value, list) else [value]


ARTICLES = {p.stem: p for p in HELDOUT.iterdir() if p.suffix in (".txt", ".html")}


def article(name):
    return ARTICLES[name]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_heldout_article_is_read_as_expected(name):
    want = EXPECTED[name]
    _path, raw, _cleaned, record = read_and_extract(article(name), 10_000_000)
    assert raw is not None, record
    assert record["is_activity"] == want["is_activity"]
    if not want["is_activity"]:
        return
    assert record["kind"] in options(want["kind"])
    assert key(record["province"]["name"]) in {key(p) for p in options(want["province"])}
    assert record["start_date"] in options(want["start_date"])
    assert record["end_date"] in options(want["end_date"])
    if "lead" in want:
        assert key((record["lead"] or {}).get("name")) in {key(n) for n in options(want["lead"])}
    got = {key(o["name"]) for o in record["officials"]}
    # (a name may come with its other spellings: ["Xổmphết Xaynhavông", "Somphet Sayyavong"])
    people = [{key(n) for n in options(o)} for o in want["officials"]]
    optional = {key(n) for o in want.get("officials_optional", []) for n in options(o)}
    allowed = set().union(*people, optional)
    assert all(p & got for p in people) and got <= allowed, (sorted(got - allowed), [sorted(p) for p in people if not p & got])
    texts = [key(r["text"]) for r in record["requests"]]
    # (an ask told twice in other words may come with both tellings: ["anchor", "other anchor"])
    anchors = [[key(a) for a in options(ask)] for ask in want["requests"]]
    allowed = [a for ask in anchors for a in ask] + [key(a) for a in want.get("requests_optional", [])]
    assert all(any(a in t for a in ask for t in texts) for ask in anchors), (anchors, texts)
    assert all(any(a in t for a in allowed) for t in texts), (anchors, texts)
    # (and as eval/score.py counts them: an ask told twice is one request, the second a repeat; none overlong)
    found = set()
    for t in texts:
        hits = {i for i, ask in enumerate(anchors) if any(a in t for a in ask)}
        assert not hits or hits - found, ("repeats an earlier request", t)
        found |= hits
    assert all(len(r["text"]) <= 500 for r in record["requests"])
    partners = {key(p["name"]) for p in record["partners"]}
    alternatives = [{key(n) for n in options(p)} for p in want["partners"]]
    assert all(a & partners for a in alternatives), (alternatives, partners)
    optional = {key(n) for p in want.get("partners_optional", []) for n in options(p)}
    assert partners <= set().union(*alternatives, optional), (alternatives, partners)
