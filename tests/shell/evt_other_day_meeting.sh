#!/bin/sh
# tests/shell/evt_other_day_meeting.sh -- 主持召开座谈会 during a visit is
# not the meeting of another day named earlier in the article.
fail() { echo "FAIL: $*"; exit 1; }
S='<http://schema.org/'

cat >a.txt <<'TXT'
测试

5月6日,全市优化营商环境大会召开。会议由市委副书记张志明主持。市委书记李国栋在会上作动员讲话。
5月7日,副市长赵海涛到经开区调研重点项目建设。调研期间,赵海涛主持召开座谈会,听取经开区管委会工作汇报。
TXT
"$NG" extract --date 2025-05-11 a.txt >a.nq || fail "extract exits non-zero"
grep -q "2025-05-06_[^>]*> <[^>]*> <[^>]*/person/赵海涛>" a.nq &&
  fail "赵海涛 (05-07) takes part in the meeting of 05-06"
grep -q "2025-05-06_[^>]*> <[^>]*> <[^>]*/经开区管委会>" a.nq &&
  fail "经开区管委会 (05-07) takes part in the meeting of 05-06"
exit 0
