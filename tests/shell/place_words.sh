#!/bin/sh
# tests/shell/place_words.sh -- township names hidden in ordinary words are
# no places (部|分乡镇, 关|于城镇, 对|于城镇), and a village that shares its
# name with a district's short form is the village (红旗村, not 红旗); two
# villages whose guessed names share their last characters stay two
# (前营村、后营村, not 营村); 和 before a county-level word (乡镇和县直) is
# no county 和县, which stays a place where it stands as one; a verb or
# a time phrase before a site word is no part of its name (了解|景区,
# 近年来|某经济开发区); 农村 in a bureau's name is the word, no village
# (汝阳县农业农村局 is one body, not 汝阳县 and a village 农业农村).
fail() { echo "FAIL: $*"; exit 1; }
T='<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>'

cat >words.txt <<'TXT'
县委书记到红旗村调研

5月6日,县委书记林振华来到红旗村,走访慰问困难党员,又深入前营村、后营村调研。部分乡镇还存在问题。会议听取了关于城镇建设的意见。对于城镇建设,要加大投入。
TXT
"$NG" extract --date 2024-05-07 words.txt >w.nq || fail "extract exits non-zero"
grep -q "/place/红旗村> $T" w.nq || fail "红旗村 is not a place"
grep -q "/place/红旗> $T" w.nq && fail "the village is read as 红旗"
for p in 分乡镇 于城镇; do
  grep -q "/place/$p>" w.nq && fail "$p is read out of ordinary words"
done
for p in 前营村 后营村; do
  grep -q "/place/$p> $T" w.nq || fail "$p is not a place"
done
grep -q "/place/营村>" w.nq && fail "two villages are cut to the characters they share"

cat >conj.txt <<'TXT'
县领导调研防汛工作

5月6日,各乡镇和县直各部门负责同志参加会议。省市和县三级联动推进。
TXT
"$NG" extract --date 2024-05-07 conj.txt >c.nq || fail "extract exits non-zero"
grep -q "/place/和县>" c.nq && fail "和县 is read out of 乡镇和县直"
cat >county.txt <<'TXT'
记者在和县调研

5月6日,记者在和县调研。安徽和县经济持续发展。
TXT
"$NG" extract --date 2024-05-07 county.txt >k.nq || fail "extract exits non-zero"
grep -q "/place/和县> $T" k.nq || fail "the county 和县 is lost"
cat >verbs.txt <<'TXT'
调研组到经济开发区调研

5月6日,调研组深入了解景区建设情况。近年来崇义经济开发区发展迅速。
TXT
"$NG" extract --date 2024-05-07 verbs.txt >v.nq || fail "extract exits non-zero"
grep -q "/place/解景区>" v.nq && fail "解景区 is read out of 了解景区"
grep -q "/place/年来" v.nq && fail "年来 opens a place"
grep -q "/place/崇义经济开发区> $T" v.nq || fail "崇义经济开发区 is lost"
cat >bureau.txt <<'TXT'
县农业农村局召开会议

5月6日,汝阳县农业农村局召开会议。汝阳县农业农村工作专班同日成立。
TXT
"$NG" extract --date 2024-05-07 bureau.txt >b.nq || fail "extract exits non-zero"
grep -q "/org/汝阳县农业农村局> $T" b.nq || fail "汝阳县农业农村局 is cut"
grep -q "/place/农业农村>" b.nq && fail "农业农村 is read as a village"
exit 0
