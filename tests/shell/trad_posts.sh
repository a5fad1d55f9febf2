#!/bin/sh
# tests/shell/trad_posts.sh -- government news in traditional characters
# (Hong Kong, Macau, Taiwan): the posts and bodies of those governments are
# read as posts and bodies. A Hong Kong bureau (民政事務局, 財經事務及庫務局)
# and department (運輸署) and a Macau secretariat (社會文化司) are bodies,
# their heads hold posts in them; 常任秘書長 is a post with its prefix; a
# district councillor (區議員) or county councillor (縣議員) before a name
# makes a person who holds that post; 民政事務專員 is one post, not 專員;
# a Taiwan township office (鄉公所) and representatives' council
# (鄉民代表會) are bodies; a member of the Executive Council (行政會議成員)
# holds that post.
fail() { echo "FAIL: $*"; exit 1; }
T='<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>'
H='<http://www.w3.org/ns/org#holds>'
TI='<https://w3id.org/newsgraph/ns#title>'

cat >hk.txt <<'TXT'
局長巡視社區設施

民政事務局局長方建邦今日巡視荃灣區,在荃灣民政事務專員葉秀芬陪同下參觀社區會堂,並與區議員譚嘉敏交流。財經事務及庫務局局長侯志遠、常任秘書長蔡慧琳其後會見商界代表。運輸署署長溫偉業出席活動。
TXT
"$NG" extract --date 2025-03-12 hk.txt >h.nq || fail "extract exits non-zero"
grep -q "/org/[^>]*民政事务局> $T" h.nq || fail "民政事務局 is no body"
grep -q "/person/方建邦> $H <[^>]*民政事务局局长>" h.nq || fail "局長 is held in no bureau"
grep -q "/org/[^>]*财经事务及库务局> $T" h.nq || fail "財經事務及庫務局 is no body"
grep -q "/person/蔡慧琳> $H <[^>]*常任秘书长>" h.nq || fail "常任秘書長 is no post"
grep -q "/org/[^>]*运输署> $T" h.nq || fail "運輸署 is no body"
grep -q "/person/谭嘉敏> $T" h.nq || fail "區議員 before a name makes no person"
grep -q "/post/谭嘉敏/区议员> $TI \"區議員\"" h.nq || fail "區議員 is no post"
grep -q "$TI \"民政事務專員\"" h.nq || fail "民政事務專員 is cut"

cat >exco.txt <<'TXT'
委員會會議

行政會議成員湯嘉雯出席會議。
TXT
"$NG" extract --date 2025-03-12 exco.txt >x.nq || fail "extract exits non-zero"
grep -q "/person/汤嘉雯> $H" x.nq || fail "行政會議成員 before a name makes no person with a post"

cat >mo.txt <<'TXT'
司長視察社區設施

社會文化司司長鄧美華今日在社會工作局局長駱志輝陪同下視察長者服務設施。
TXT
"$NG" extract --date 2025-06-03 mo.txt >m.nq || fail "extract exits non-zero"
grep -q "/org/[^>]*社会文化司> $T" m.nq || fail "社會文化司 is no body"
grep -q "/person/邓美华> $H <[^>]*社会文化司司长>" m.nq || fail "司長 is held in no secretariat"

cat >tw.txt <<'TXT'
鄉公所舉辦敬老活動

萬丹鄉公所十月二十日舉辦重陽敬老活動,鄉長謝明德出席。縣議員簡淑貞、鄉民代表會主席莊志成也到場祝福。
TXT
"$NG" extract --date 2025-10-21 tw.txt >t.nq || fail "extract exits non-zero"
grep -q "/org/[^>]*万丹乡公所> $T" t.nq || fail "鄉公所 is no body"
grep -q "/org/[^>]*乡民代表会> $T" t.nq || fail "鄉民代表會 is no body"
grep -q "/person/简淑贞> $T" t.nq || fail "縣議員 before a name makes no person"
exit 0
