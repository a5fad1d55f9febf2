#!/bin/sh
# tests/shell/trad_features.sh -- a bay, island, cape or creek named after
# a place (深圳灣, 膠州灣: a city's short name and 灣, 島, 角, 洲, 咀 or 涌,
# the word ending there) is that place, not the city; where the character
# starts a word that goes on (廣州涌現, 鄭州角逐) the city stays.
fail() { echo "FAIL: $*"; exit 1; }
T='<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>'

cat >f.txt <<'TXT'
海灣區發展規劃

項目位於深圳灣的南側,與膠州灣,隔海相望。廣州涌現出一批企業,鄭州角逐冠軍。
TXT
"$NG" extract --date 2025-01-02 f.txt >f.nq || fail "extract exits non-zero"
for p in 深圳湾 胶州湾 广州 郑州; do
  grep -q "/place/$p> $T" f.nq || fail "$p is no place"
done
grep -q "/place/深圳> $T" f.nq && fail "深圳灣 is read as the city 深圳"
exit 0
