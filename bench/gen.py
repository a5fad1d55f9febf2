#!/usr/bin/env python3
"""bench/gen.py -- deterministic inputs for `make bench` (standard library only).

  gen.py corpus --mb 10 OUT          genre-like news files (meetings,
                                     inspections, ceremonies) totalling about
                                     10 MB, one article per file, 1000 files
                                     per subfolder
  gen.py repeat --mb 10 --from DIR OUT
                                     the real corpus in DIR (its .txt files,
                                     not gold answers) copied under new file
                                     names until about 10 MB
  gen.py graph --triples 1000000 OUT.nt [--names NAMES.tsv]
                                     N-Triples in the shape of ONTOLOGY.md
                                     (persons, posts, organizations, places,
                                     events with roles, articles), and a list
                                     of event and person labels to query

Names are made from surname and given-name characters (data/surnames.txt,
data/given.tsv), event words from data/events.tsv; when a file is missing a
small built-in vocabulary of general words stands in. The same arguments
always give the same bytes (--seed changes them).
"""
import argparse
import os
import random
import shutil
import sys

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(TOP, "data")

# General words of the genre: nothing here names a person or a real body.
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉萍文斌宁辉鹏飞海波宇浩凯健俊帆帅旭晨亮晶欣婷雪琳颖"
PLACE_CHARS = "东西南北中安平宁和兴丰顺德新华阳山河泉林石桥湖源溪川城江海青白金云"
PLACE_SUFFIX = ["县", "市", "区", "镇", "乡", "街道"]
BODIES = ["应急管理局", "住房和城乡建设局", "交通运输局", "教育局", "卫生健康委员会",
          "生态环境局", "农业农村局", "水利局", "财政局", "发展和改革委员会",
          "市场监督管理局", "自然资源和规划局", "文化广电和旅游局", "商务局",
          "工业和信息化局", "民政局", "人力资源和社会保障局", "公安局", "司法局",
          "统计局", "审计局", "税务局", "科学技术局", "城市管理局"]
PARTY_BODIES = ["县委", "市委", "区委", "党工委", "人大常委会", "政协", "纪委监委",
                "组织部", "宣传部", "统战部", "政法委"]
POSTS = ["书记", "副书记", "县长", "副县长", "市长", "副市长", "区长", "副区长", "局长",
         "副局长", "主任", "副主任", "主席", "副主席", "部长", "秘书长", "常委"]
BODY_POSTS = ["局长", "副局长", "主任", "副主任", "党组书记"]
TOPICS = ["安全生产", "防汛抗旱", "森林防火", "乡村振兴", "招商引资", "营商环境",
          "生态环境保护", "文明城市创建", "重点项目建设", "疫情防控", "民生实事",
          "耕地保护", "河长制", "信访稳定", "城市更新", "教育发展", "医疗保障",
          "就业创业", "产业发展", "数字政府建设"]
MEETING_NOUNS = ["工作会议", "推进会", "座谈会", "调度会", "专题会议", "常务会议",
                 "动员会", "部署会", "联席会议", "现场会"]
SITES = ["工业园区", "产业园", "建设工地", "污水处理厂", "敬老院", "中心学校", "卫生院",
         "农贸市场", "物流园", "水库", "河道", "社区服务中心", "企业", "养殖基地"]
PROJECTS = ["综合服务中心", "产业园", "污水处理厂", "中学新校区", "人民医院新院区",
            "物流中心", "安置小区", "智能制造基地", "文化中心", "供水工程"]
CEREMONIES = ["开工仪式", "揭牌仪式", "竣工仪式", "签约仪式", "开幕式", "颁奖仪式"]
FILLER = [
    "会议指出,要深入学习贯彻党的二十大精神,坚持以人民为中心的发展思想,统筹发展和安全。",
    "会议强调,各级各部门要压紧压实责任,细化工作措施,确保各项任务落地见效。",
    "会议要求,要坚持问题导向,深入开展隐患排查整治,及时消除风险隐患。",
    "要加强统筹协调,形成工作合力,以钉钉子精神抓好工作落实。",
    "要强化督导检查,对工作不力、推诿扯皮的严肃追责问责。",
    "要把群众满意作为工作的出发点和落脚点,切实解决群众急难愁盼问题。",
    "会上,与会人员围绕相关议题进行了深入讨论,提出了意见建议。",
    "要持续优化营商环境,主动服务企业,帮助企业解决实际困难。",
    "一行人先后来到多个点位,实地查看工作进展情况,详细了解存在的困难和问题。",
    "每到一处,都认真听取情况汇报,与一线工作人员深入交流。",
    "要严格落实值班值守制度,确保信息畅通、反应迅速、处置有力。",
    "据悉,该项目总投资约{n}亿元,建成后将进一步提升公共服务水平。",
    "今年以来,全{unit}共排查整治隐患{m}处,完成年度目标任务的{p}%。",
    "要坚持高标准谋划、高质量建设,全力以赴推进项目建设。",
]


def read_list(name, fallback):
    path = os.path.join(DATA, name)
    try:
        out = []
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if not line or line.startswith("#"):
                    continue
                out.append(line.split("\t")[0])
        return out or list(fallback)
    except OSError:
        return list(fallback)


def read_given():
    path = os.path.join(DATA, "given.tsv")
    try:
        out = []
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or "\t" not in line:
                    continue
                ch, score = line.rstrip("\n").split("\t")[:2]
                if len(ch) == 1 and float(score) >= 50:
                    out.append(ch)
        return out or list(GIVEN)
    except (OSError, ValueError):
        return list(GIVEN)


def read_meeting_nouns():
    path = os.path.join(DATA, "events.tsv")
    try:
        out = []
        with open(path, encoding="utf-8") as f:
            for line in f:
                parts = line.rstrip("\n").split("\t")
                if len(parts) >= 3 and parts[0] == "noun" and parts[2] == "Meeting" \
                        and len(parts[1]) >= 3:
                    out.append(parts[1])
        return out or list(MEETING_NOUNS)
    except OSError:
        return list(MEETING_NOUNS)


class Vocab:
    def __init__(self, rng):
        self.rng = rng
        self.surnames = [s for s in read_list("surnames.txt", SURNAMES) if 1 <= len(s) <= 2]
        self.given = read_given()
        self.nouns = read_meeting_nouns()

    def name(self):
        r = self.rng
        s = r.choice(self.surnames)
        n = 1 if r.random() < 0.3 else 2
        return s + "".join(r.choice(self.given) for _ in range(n))

    def place(self):
        r = self.rng
        return r.choice(PLACE_CHARS) + r.choice(PLACE_CHARS) + r.choice(PLACE_SUFFIX)

    def date(self, year=True):
        r = self.rng
        m, d = r.randint(1, 12), r.randint(1, 28)
        part = r.choice(["", "上午", "下午"])
        return (f"{r.randint(2019, 2025)}年" if year else "") + f"{m}月{d}日{part}"

    def filler(self, k):
        r = self.rng
        out = []
        for _ in range(k):
            out.append(r.choice(FILLER).format(n=r.randint(1, 50), m=r.randint(10, 900),
                                               p=r.randint(60, 130), unit=r.choice("县市区")))
        return "".join(out)


def article(v):
    r = v.rng
    kind = r.random()
    place = v.place()
    unit = place[-1] if place[-1] in "县市区" else "县"
    lead, chair = v.name(), v.name()
    others = [v.name() for _ in range(r.randint(2, 6))]
    b1, b2 = r.sample(BODIES, 2)
    reporter, editor = v.name(), v.name()
    topic = r.choice(TOPICS)
    if kind < 0.5:
        noun = r.choice(v.nouns)
        head = f"{place}召开{topic}{noun}"
        body = (f"本报讯 {v.date(r.random() < 0.5)},{place}召开{topic}{noun}。"
                f"{unit}委副书记、{unit}长{chair}主持会议并讲话,"
                f"{unit}{b1}{r.choice(BODY_POSTS)}{lead}通报了有关情况,"
                f"{unit}{b2}、{place}{r.choice(BODIES)}作表态发言。\n\n"
                f"{v.filler(r.randint(3, 8))}\n\n"
                f"{unit}领导{'、'.join(others)}出席会议。\n\n")
    elif kind < 0.8:
        site = place + r.choice(SITES)
        head = f"{lead}到{site}调研{topic}工作"
        body = (f"本报讯 {v.date(r.random() < 0.5)},{unit}委书记{lead}带队到{site}"
                f"调研检查{topic}工作。{unit}领导{others[0]}陪同调研,"
                f"{unit}{b1}{r.choice(BODY_POSTS)}{chair}参加。\n\n"
                f"{v.filler(r.randint(3, 8))}\n\n"
                f"{lead}指出,{v.filler(1)}\n\n")
    else:
        project = place + r.choice(PROJECTS)
        cer = r.choice(CEREMONIES)
        head = f"{project}举行{cer}"
        body = (f"本报讯 {v.date(r.random() < 0.5)},{project}{cer}在{place}举行。"
                f"{unit}委书记{lead}出席并宣布开工,{unit}长{chair}致辞,"
                f"{unit}领导{'、'.join(others)}参加。\n\n"
                f"{v.filler(r.randint(2, 6))}\n\n")
    return f"{head}\n\n{body}记者 {reporter} 通讯员 {v.name()}\n编辑 {editor}\n"


def out_path(out, i):
    sub = os.path.join(out, f"{i // 1000:04d}")
    os.makedirs(sub, exist_ok=True)
    return os.path.join(sub, f"gen-{i:07d}.txt")


def cmd_corpus(a):
    rng = random.Random(a.seed)
    v = Vocab(rng)
    goal, total, i = int(a.mb * 1e6), 0, 0
    os.makedirs(a.out, exist_ok=True)
    while total < goal:
        data = article(v).encode("utf-8")
        with open(out_path(a.out, i), "wb") as f:
            f.write(data)
        total += len(data)
        i += 1
    print(f"gen: {i} files, {total} bytes in {a.out}", file=sys.stderr)


def cmd_repeat(a):
    src = sorted(f for f in os.listdir(a.src)
                 if f.endswith(".txt") and os.path.isfile(os.path.join(a.src, f)))
    if not src:
        sys.exit(f"gen: error: {a.src}: no .txt files")
    goal, total, i = int(a.mb * 1e6), 0, 0
    os.makedirs(a.out, exist_ok=True)
    while total < goal:
        name = src[i % len(src)]
        dst = out_path(a.out, i)
        dst = os.path.join(os.path.dirname(dst), f"r{i:07d}-{name}")
        shutil.copyfile(os.path.join(a.src, name), dst)
        total += os.path.getsize(dst)
        i += 1
    print(f"gen: {i} files, {total} bytes in {a.out}", file=sys.stderr)


RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SCHEMA = "http://schema.org/"
ORG = "http://www.w3.org/ns/org#"
NG = "https://w3id.org/newsgraph/ns#"
ID = "https://w3id.org/newsgraph/id/"


def cmd_graph(a):
    rng = random.Random(a.seed)
    v = Vocab(rng)
    n_goal = a.triples
    out = open(a.out, "w", encoding="utf-8")
    count = 0

    def t(s, p, o):
        nonlocal count
        out.write(f"<{s}> <{p}> {o} .\n")
        count += 1

    def iri(x):
        return f"<{x}>"

    def lit(x):
        return '"' + x.replace("\\", "\\\\").replace('"', '\\"') + '"@zh'

    # A population that grows with the graph: about one person per 25
    # triples, officials meet again and again.
    n_persons = max(50, n_goal // 25)
    n_orgs = max(10, n_goal // 400)
    persons, seen = [], set()
    while len(persons) < n_persons:
        nm = v.name()
        if nm in seen:
            continue
        seen.add(nm)
        persons.append(nm)
    orgs, seen = [], set()
    while len(orgs) < n_orgs:
        nm = v.place() + rng.choice(BODIES + PARTY_BODIES)
        if nm not in seen:
            seen.add(nm)
            orgs.append(nm)
    for nm in orgs:
        s = f"{ID}org/{nm}"
        t(s, RDF + "type", iri(ORG + "Organization"))
        t(s, RDFS + "label", lit(nm))
    for k, nm in enumerate(persons):
        s = f"{ID}person/{nm}"
        t(s, RDF + "type", iri(SCHEMA + "Person"))
        t(s, RDFS + "label", lit(nm))
        org = orgs[k % len(orgs)]
        title = rng.choice(POSTS)
        post = f"{ID}post/{org}{title}"
        t(s, ORG + "holds", iri(post))
        if k < len(orgs) * 4:
            t(post, RDF + "type", iri(ORG + "Post"))
            t(post, RDFS + "label", lit(org + title))
            t(post, NG + "title", lit(title))
            t(post, ORG + "postIn", iri(f"{ID}org/{org}"))
    events, e, places = [], 0, set()
    types = ["Meeting", "Inspection", "Ceremony"]
    while count < n_goal:
        place = v.place()
        label = f"{place}{rng.choice(TOPICS)}{rng.choice(v.nouns)}第{e + 1}次"
        ev = f"{ID}event/{label}"
        art = f"{ID}article/gen-{e:07d}.txt/1"
        year = rng.randint(2019, 2025)
        date = f'"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"^^<{XSD}date>'
        t(ev, RDF + "type", iri(SCHEMA + "Event"))
        t(ev, NG + "eventType", iri(NG + rng.choice(types)))
        t(ev, RDFS + "label", lit(label))
        t(ev, SCHEMA + "startDate", date)
        t(ev, SCHEMA + "location", iri(f"{ID}place/{place}"))
        if place not in places:
            places.add(place)
            t(f"{ID}place/{place}", RDF + "type", iri(SCHEMA + "Place"))
            t(f"{ID}place/{place}", RDFS + "label", lit(place))
        t(ev, SCHEMA + "organizer", iri(f"{ID}org/{rng.choice(orgs)}"))
        # Attendees drawn with a skew: some officials are everywhere.
        who = set()
        for _ in range(rng.randint(3, 9)):
            k = int(len(persons) * (rng.random() ** 2))
            who.add(persons[k])
        who = sorted(who)
        for k, nm in enumerate(who):
            p = f"{ID}person/{nm}"
            t(ev, SCHEMA + "attendee", iri(p))
            if k == 0:
                t(ev, NG + "chair", iri(p))
            elif k == 1:
                t(ev, NG + "speaker", iri(p))
        t(art, RDF + "type", iri(SCHEMA + "NewsArticle"))
        t(art, SCHEMA + "about", iri(ev))
        t(art, NG + "sourceFile", f'"gen-{e:07d}.txt"')
        events.append(label)
        e += 1
    out.close()
    if a.names:
        r2 = random.Random(a.seed + 1)
        with open(a.names, "w", encoding="utf-8") as f:
            for lb in r2.sample(events, min(200, len(events))):
                f.write(f"event\t{lb}\n")
            for nm in r2.sample(persons, min(200, len(persons))):
                f.write(f"person\t{nm}\n")
            for nm in r2.sample(orgs, min(100, len(orgs))):
                f.write(f"org\t{nm}\n")
    print(f"gen: {count} triples, {len(events)} events, {len(persons)} persons in {a.out}",
          file=sys.stderr)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=8)
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("corpus")
    c.add_argument("--mb", type=float, default=1)
    c.add_argument("out")
    r = sub.add_parser("repeat")
    r.add_argument("--mb", type=float, default=1)
    r.add_argument("--from", dest="src", required=True)
    r.add_argument("out")
    g = sub.add_parser("graph")
    g.add_argument("--triples", type=int, default=100000)
    g.add_argument("--names")
    g.add_argument("out")
    a = ap.parse_args()
    {"corpus": cmd_corpus, "repeat": cmd_repeat, "graph": cmd_graph}[a.cmd](a)


if __name__ == "__main__":
    main()
