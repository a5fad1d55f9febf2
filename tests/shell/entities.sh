#!/bin/sh
# tests/shell/entities.sh -- persons, posts and bodies end to end: a post
# list in traditional characters gives two posts with their bodies, the
# region carried into the bare body, its short name written in full, simplified labels with the original
# characters as altLabels and the titles as written.
ID=https://w3id.org/newsgraph/id
ORG=http://www.w3.org/ns/org#
SKOS=http://www.w3.org/2004/02/skos/core#
NS=https://w3id.org/newsgraph/ns#
printf '鄭東新區召開會議\n\n鄭東新區黨工委副書記、管委會常務副主任牛瑞華出席會議。市委書記王強講話。\n' >a.txt
"$NG" build -q -d t.db a.txt || { echo "build failed"; exit 1; }
"$NG" export -d t.db -f nquads -o t.nq || { echo "export failed"; exit 1; }
fail=0
want() {
  if ! grep -qF "$1" t.nq; then
    echo "missing: $1"
    fail=1
  fi
}
want "<$ID/person/牛瑞华> <${ORG}holds> <$ID/post/郑东新区党工委副书记>"
want "<$ID/person/牛瑞华> <${ORG}holds> <$ID/post/郑东新区管理委员会常务副主任>"
want "<$ID/post/郑东新区管理委员会常务副主任> <${ORG}postIn> <$ID/org/郑东新区管理委员会>"
want "<$ID/post/郑东新区党工委副书记> <${NS}title> \"副書記\"@zh"
want "<$ID/person/牛瑞华> <${SKOS}altLabel> \"牛瑞華\"@zh"
# the body is named in full (管委会 is 管理委员会), its names as written
# are altLabels
want "<$ID/org/郑东新区管理委员会> <${SKOS}altLabel> \"管委会\"@zh"
want "<$ID/org/郑东新区管理委员会> <${SKOS}altLabel> \"郑东新区管委会\"@zh"
want "<$ID/org/郑东新区党工委> <${SKOS}altLabel> \"鄭東新區黨工委\"@zh"
# a 市委 the article does not place stays apart per source file
want "<$ID/person/王强> <${ORG}holds> <$ID/post/a.txt/市委书记>"
n=$(grep -c "<${ORG}holds>" t.nq)
[ "$n" -eq 3 ] || { echo "holds: $n, want 3"; fail=1; }
exit $fail
