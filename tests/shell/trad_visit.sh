#!/bin/sh
# tests/shell/trad_visit.sh -- a visit as Hong Kong news writes it (局長
# 今日到訪某中心) is an inspection the official leads, whoever accompanies
# (陪同) taking part; a service for the elderly (長者地區中心) names no
# place 長者地區, and a verb before 社區 (說明社區需求) opens no place.
fail() { echo "FAIL: $*"; exit 1; }
T='<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>'
LD='<https://w3id.org/newsgraph/ns#lead>'
AC='<https://w3id.org/newsgraph/ns#accompany>'

cat >v.txt <<'TXT'
局長到訪長者中心

勞工及福利局局長孫志強今日(七月八日)到訪元朗天水圍的長者地區中心,社會福利署署長温慧敏陪同參觀。里長吳秀英列席說明社區需求。
TXT
"$NG" extract --date 2025-07-08 v.txt >v.nq || fail "extract exits non-zero"
grep -q "$LD <[^>]*/person/孙志强>" v.nq || fail "到訪 is no visit led by the official"
grep -q "$AC <[^>]*/person/温慧敏>" v.nq || fail "who accompanies the visit takes no part"
grep -q "/place/长者地区> $T" v.nq && fail "長者地區 is read as a place"
grep -q "/place/[^>]*说明" v.nq && fail "說明 opens a place"
exit 0
