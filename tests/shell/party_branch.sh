#!/bin/sh
# tests/shell/party_branch.sh -- a village's or an office's Party branch
# (柳林村党支部, 机关党支部) is the body of its secretary: 书记 in that body,
# not a 支部书记 of no body; a branch whose name no lexicon vouches for
# (各代表团临时党支部书记) makes no body. The Youth League's county and city
# committees (团县委, 团市委) are bodies of their own, not the Party's 县委.
fail() { echo "FAIL: $*"; exit 1; }
H='<http://www.w3.org/ns/org#holds>'
T='<https://w3id.org/newsgraph/ns#title>'

cat >branch.txt <<'TXT'
柳林村召开党员大会

6月1日,柳林村党支部书记、村委会主任李明远主持召开党员大会,县委组织部机关党支部书记赵文杰参加。会议宣布了各代表团临时党支部书记名单。团县委书记钱立参加。
TXT
"$NG" extract --date 2024-06-02 branch.txt >b.nq || fail "extract exits non-zero"
grep -q "/person/李明远> $H <[^>]*/post/柳林村党支部书记>" b.nq || fail "李明远 is not 书记 of 柳林村党支部"
grep -q "/post/柳林村党支部书记> $T \"书记\"@zh" b.nq || fail "the post's title is not 书记"
grep -q "/person/赵文杰> $H <[^>]*机关党支部书记>" b.nq || fail "赵文杰 is not 书记 of the office's branch"
grep -q "/org/[^>]*团临时党支部>" b.nq && fail "a branch no lexicon vouches for became a body"
grep -q "/person/钱立> $H <[^>]*/post/[^>]*团县委书记>" b.nq || fail "钱立 is not 书记 of 团县委"
grep -q "/person/钱立> $H <[^>]*/post/[^>]*/县委书记>" b.nq && fail "团县委书记 is read as the Party's 县委书记"
exit 0
