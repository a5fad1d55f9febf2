#!/bin/sh
# tests/shell/evt_topic_inspect.sh -- X就做好…调度提出意见: an inspection
# verb in the topic after 就, before what X says, is no visit; X speaks at
# the meeting under way.
fail() { echo "FAIL: $*"; exit 1; }
S='<http://schema.org/'

cat >a.txt <<'TXT'
测试

4月17日上午,市政府召开2025年一季度经济运行分析会。副市长苟红英主持会议。
会上,市政府副秘书长翟振华就做好二季度经济运行调度提出具体意见。
市政府秘书长蔺海明参加会议。
TXT
"$NG" extract --date 2025-04-18 a.txt >a.nq || fail "extract exits non-zero"
n=$(grep -o '^<[^>]*/event/[^>]*>' a.nq | sort -u | wc -l)
[ "$n" -eq 1 ] || fail "$n events, want 1 (就…调度提出意见 is no visit)"
grep -q "speaker> <[^>]*/person/翟振华>" a.nq || fail "翟振华 does not speak"
grep -q "${S}attendee> <[^>]*/person/蔺海明>" a.nq || fail "蔺海明 does not attend"
exit 0
