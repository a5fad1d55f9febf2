#!/bin/sh
# tests/shell/build_webpage.sh -- a folder of news as scraped: a web page
# saved from a county's site (GBK, a menu, a list of other news) under a
# dated folder, and a text file whose name holds its date. build reads the
# page as a reader sees it, the text file takes its name's date, and the
# shell answers from both.
fail() { echo "FAIL: $*"; exit 1; }

mkdir -p in/2023/06/01
cat >page.html <<'EOF'
<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>甲县召开防汛工作会议_甲县人民政府</title>
<script>document.write("<p>假会议</p>");</script></head>
<body><ul class="menu"><li><a href="/">网站首页</a></li><li><a href="/zw/">政务动态</a></li></ul>
<h1>甲县召开防汛工作会议</h1>
<div class="info">来源：甲县应急管理局&nbsp;&nbsp;浏览次数：<span id="n"></span></div>
<div class="content"><p>6月1日，甲县召开防汛工作会议。县委书记吴志远主持会议，
县长郑海洋出席会议并讲话。</p></div>
<div class="related"><ul><li><a href="/a">乙县召开森林防火工作会议</a></li></ul></div>
</body></html>
EOF
iconv -f UTF-8 -t GBK page.html >in/2023/06/01/index.html || fail "iconv GBK"
printf '丙镇召开安全生产会议\n15日,丙镇召开安全生产会议。镇长冯立军主持会议。\n' \
  >in/20230716_02.txt

"$NG" build -q -d t.db in || fail "build"
# a page of links alone (a site's list of news) is named as such
printf '<html><body><ul><li><a href="/1">丁县召开会议</a></li></ul></body></html>\n' \
  >list.html
"$NG" build -q -d t.db list.html 2>err && fail "a page of links is no article"
grep -q 'list.html: no article text (a web page of links' err ||
  fail "the message for a page of links: $(cat err)"
"$NG" query -d t.db --mode tsv 'events 吴志远' >ev || fail "events"
grep -q '^2023-06-01	防汛工作会议	chair' ev || fail "the page's meeting: $(cat ev)"
"$NG" query -d t.db --mode tsv 'events 郑海洋' | grep -q 'speaker' ||
  fail "the county head's speech"
"$NG" query -d t.db --mode tsv 'events 冯立军' >ev2 || fail "events 冯立军"
grep -q '^2023-07-15	' ev2 || fail "the file name's month and year: $(cat ev2)"
"$NG" query -d t.db 'search 假会议' 'search 森林防火' 'search 网站首页' >s
grep -q 'index.html' s && fail "a script, a list of other news or a menu was read: $(cat s)"
"$NG" query -d t.db --mode tsv 'why 吴志远' | grep -q '县委书记吴志远主持会议,县长郑海洋' ||
  fail "the sentence behind the fact, its line break gone"
exit 0
