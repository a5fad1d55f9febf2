#!/bin/sh
# tests/shell/trad_places.sh -- places of Hong Kong and Macau news in
# traditional characters: an area whose name opens with a mainland city's
# short name (長沙灣, not the city 長沙) is the area; areas and islands
# (牛頭角, 秀茂坪, 氹仔, 路環) and a district's short name (深水埗) are
# places; a verb before 社區 (改善社區設施) is no part of a place's name.
fail() { echo "FAIL: $*"; exit 1; }
T='<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>'

cat >p.txt <<'TXT'
局長視察地區設施

局長今日到訪位於長沙灣的社區會堂,又前往牛頭角及秀茂坪了解交通安排,其後與深水埗居民交流,表示會改善社區設施。司長其後視察氹仔及路環的長者服務設施。
TXT
"$NG" extract --date 2025-03-12 p.txt >p.nq || fail "extract exits non-zero"
grep -q "/place/长沙> $T" p.nq && fail "長沙灣 is read as the city 長沙"
for x in 长沙湾 牛头角 秀茂坪 深水埗 凼仔 路环; do
  grep -q "/place/$x> $T" p.nq || fail "$x is no place"
done
grep -q "/place/[^>]*改善" p.nq && fail "改善 opens a place"
exit 0
