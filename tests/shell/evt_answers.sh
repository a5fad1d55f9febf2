#!/bin/sh
# tests/shell/evt_answers.sh -- bodies whose officials answer at a meeting
# (…负责同志对委员建议逐一作了回应) take part and speak; 回应 with no
# subject of its own (要积极回应群众关切) gives nobody a part.
fail() { echo "FAIL: $*"; exit 1; }
S='<http://schema.org/'

cat >a.txt <<'TXT'
测试

6月19日,州政协召开文化旅游产业发展专题协商会。州政协主席潘建国主持会议并讲话。
州文化和旅游局、州交通运输局负责同志对委员建议逐一作了回应。
潘建国指出,要积极回应群众关切。
TXT
"$NG" extract --date 2025-06-20 a.txt >a.nq || fail "extract exits non-zero"
for b in 州文化和旅游局 州交通运输局; do
  grep -q "${S}attendee> <[^>]*/org/[^>]*$b>" a.nq || fail "$b (作了回应) does not take part"
done
exit 0
