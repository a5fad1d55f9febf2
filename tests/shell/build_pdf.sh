#!/bin/sh
# tests/shell/build_pdf.sh -- a newspaper page as a PDF: `build` reads the
# text pdftotext finds in it (a PDF in a folder, a PDF piped to `-`), the
# lines the page broke inside a sentence or a name joined again; a damaged
# PDF, a PDF without text (a scan) and a machine without pdftotext each get
# one line naming the file, and what is stored stays. The PDFs are made by
# scripts/text2pdf.py; names are invented.
fail() { echo "FAIL: $*"; exit 1; }
mkdir -p pages
cat >page.txt <<'TXT'
宁都县召开项目推进会
本报讯 5月6日，宁都县召开重大项目推进会。县发展
和改革委员会主任韦承泽通报项目进展，县委书记柯
文远主持会议并讲话。

TXT
printf '\f\n' >>page.txt
cat >>page.txt <<'TXT'
宁都县开展安全生产检查
本报讯 5月7日，县长柳振
华带队开展安全生产检查，副县长梅若
愚陪同。
TXT
python3 "$TOP/scripts/text2pdf.py" page.txt pages/page.pdf || fail "text2pdf"
"$NG" build -q -d t.db pages || fail "build of a folder with a PDF"
"$NG" query -d t.db --mode tsv 'events 柯文远' >out || fail "events 柯文远"
grep -q 'chair.*page.pdf#1' out || fail "the first article: $(cat out)"
"$NG" query -d t.db --mode tsv 'events 柳振华' >out || fail "a name broken across lines"
grep -q 'lead	.*page.pdf#2' out || fail "the second page's article: $(cat out)"
"$NG" query -d t.db --mode tsv 'events 梅若愚' | grep -q accompany ||
  fail "梅若愚 does not accompany"
# the same PDF piped
"$NG" extract - <pages/page.pdf >p.nq || fail "extract - of a PDF"
grep -q '/person/韦承泽>' p.nq || fail "a piped PDF gives no persons"
grep -q 'sourceFile> "stdin-' p.nq || fail "a piped PDF is not named by its content"
# bad PDFs: one line each, the batch goes on, nothing stored is lost
before=$("$NG" query -d t.db --mode tsv 'stats' | md5sum)
printf '%%PDF-1.4\nnothing here\n' >broken.pdf
printf '\n' >empty.txt
python3 "$TOP/scripts/text2pdf.py" empty.txt scan.pdf || fail "text2pdf"
"$NG" build -q -d t.db broken.pdf scan.pdf 2>err && fail "bad PDFs build with status 0"
grep -q '^newsgraph: error: broken.pdf: not a PDF that can be read (pdftotext: ' err ||
  fail "the damaged PDF: $(cat err)"
grep -q 'scan.pdf: a PDF without text' err || fail "the scan: $(cat err)"
[ "$("$NG" query -d t.db --mode tsv 'stats' | md5sum)" = "$before" ] ||
  fail "a bad PDF changed the store"
NEWSGRAPH_PDFTOTEXT=no-such-pdftotext "$NG" build -q -d t2.db pages/page.pdf 2>err &&
  fail "a PDF builds without pdftotext"
grep -q 'page.pdf: a PDF; reading it needs pdftotext (Debian package poppler-utils)' err ||
  fail "no pdftotext: $(cat err)"
exit 0
