#!/bin/sh
# tests/shell/trad_media.sh -- a media centre named short in a byline
# (新派融媒體記者) is a body of that name, not 新派融媒; Taiwan's day-care
# centre for the elderly (日照中心) names no city 日照.
fail() { echo "FAIL: $*"; exit 1; }
T='<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>'

cat >m.txt <<'TXT'
縣長視察日照中心

縣長今日視察日照中心。
新派融媒體記者: 林曉華/文
TXT
"$NG" extract --date 2025-01-02 m.txt >m.nq || fail "extract exits non-zero"
grep -q "/org/[^>]*新派融媒体> $T" m.nq || fail "新派融媒體 is cut"
grep -q "/place/日照> $T" m.nq && fail "日照中心 is read as the city 日照"
exit 0
