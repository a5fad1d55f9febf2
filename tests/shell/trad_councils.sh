#!/bin/sh
# tests/shell/trad_councils.sh -- a council's post written right after its
# name (縣議會議長, 立法會議員, 區議會議長) is held in that council: the
# common word 會議 that the two words make across their edge ends no body;
# a place between two posts of one list (區議會主席、深水埗民政事務專員X,
# 省委常委、郑州市长X) keeps the list going, the second post taking no body
# from the first.
fail() { echo "FAIL: $*"; exit 1; }
T='<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>'
H='<http://www.w3.org/ns/org#holds>'

cat >c.txt <<'TXT'
議會召開定期大會

屏東縣議會議長鄭秋蓮到場致詞。立法會議員郭文峰出席。北區區議會議長馬振邦亦有出席。
TXT
"$NG" extract --date 2025-10-21 c.txt >c.nq || fail "extract exits non-zero"
grep -q "/org/[^>]*屏东县议会> $T" c.nq || fail "縣議會 before 議長 is no body"
grep -q "/person/郑秋莲> $H <[^>]*屏东县议会议长>" c.nq || fail "議長 is held in no council"
grep -q "/person/郭文峰> $H <[^>]*立法会议员>" c.nq || fail "議員 is held in no 立法會"
grep -q "/person/马振邦> $H <[^>]*区议会议长>" c.nq || fail "區議會議長 is held in no council"

cat >l.txt <<'TXT'
區議會舉行會議

區議會主席、深水埗民政事務專員伍家明主持會議。省委常委、郑州市长石振华出席会议。
TXT
"$NG" extract --date 2025-10-21 l.txt >l.nq || fail "extract exits non-zero"
grep -q "/person/伍家明> $H <[^>]*区议会主席>" l.nq || fail "a place in the list drops the first post (主席)"
grep -q "/person/石振华> $H <[^>]*省委常委>" l.nq || fail "a place in the list drops the first post (常委)"
grep -q "/org/[^>]*深水埗> $T" l.nq && fail "the place in the list is read as a body"
grep -q "/person/伍家明> $H <[^>]*民政事务专员>" l.nq || fail "民政事務專員 is lost"
exit 0
