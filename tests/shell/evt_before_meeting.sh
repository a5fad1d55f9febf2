#!/bin/sh
# tests/shell/evt_before_meeting.sh -- 会前,X政协组织委员赴甲县开展调研:
# a body's visit before the meeting, with no date of its own and nobody
# named, is no event; who speaks next (会上,…先后发言) speaks at the meeting.
fail() { echo "FAIL: $*"; exit 1; }
S='<http://schema.org/'

cat >a.txt <<'TXT'
测试

6月19日,州政协召开文化旅游产业发展专题协商会。州政协主席潘建国主持会议并讲话。
会前,州政协组织部分委员赴榕江县、雷山县开展专题调研。
会上,州政协委员、凯里学院教授欧丽华,州政协委员杨家安,以及镇远县政协、榕江县政协先后发言。
TXT
"$NG" extract --date 2025-06-20 a.txt >a.nq || fail "extract exits non-zero"
n=$(grep -o '^<[^>]*/event/[^>]*>' a.nq | sort -u | wc -l)
[ "$n" -eq 1 ] || fail "$n events, want 1 (会前…调研 is none)"
for p in 欧丽华 杨家安; do
  grep -q "协商会> <[^>]*speaker> <[^>]*/person/$p>" a.nq || fail "$p does not speak at the meeting"
done
grep -q "协商会> ${S}attendee> <[^>]*/org/镇远县政协>" a.nq || fail "镇远县政协 does not take part"
exit 0
