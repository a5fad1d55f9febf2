#!/bin/sh
# tests/shell/evt_party_members.sh -- X,Y随团考察 (随行, 一同): members of
# the party of the visit under way take part in it; no visit of their own.
fail() { echo "FAIL: $*"; exit 1; }
S='<http://schema.org/'

cat >a.txt <<'TXT'
测试

7月2日至3日,青岛市崂山区委副书记、区长严立群率崂山区党政代表团来我县考察对接东西部协作工作。崂山区委常委、副区长宫晓琴,区政协副主席于海明随团考察。县委书记麻建成,县委副书记、县长寇玉兰陪同考察。
代表团一行先后来到何坝镇花椒产业园和县职业中专,详细了解产业协作项目推进情况。
TXT
"$NG" extract --date 2025-07-04 a.txt >a.nq || fail "extract exits non-zero"
n=$(grep -o '^<[^>]*/event/[^>]*>' a.nq | sort -u | wc -l)
[ "$n" -eq 1 ] || fail "$n events, want 1 (随团考察 is no visit of its own)"
for p in 宫晓琴 于海明 麻建成 寇玉兰; do
  grep -q "${S}attendee> <[^>]*/person/$p>" a.nq || fail "$p does not take part"
done
grep -q "lead> <[^>]*/person/于海明>" a.nq && fail "于海明 (随团) leads"
grep -q "accompany> <[^>]*/person/寇玉兰>" a.nq || fail "寇玉兰 does not accompany"
exit 0
