/* tests/unit/test_event_kinds.c -- kinds of event, participant and
   organizer that Chinese government news writes in general, each run
   through the whole extractor on a text written for the test with
   invented names. */
#include "events.h"

/* A leader who works on site (到…项目现场办公) carries out a visit with
   the bodies whose heads take part; the on-site meeting held after it
   (现场办公会) is a meeting of its own. 办 is no body before 公 (现场办公
   is no 现场办), 住房城乡建委 is a department, and 项目业主 before a
   company is its role, not part of its name. */
static void
test_on_site_work(void)
{
  NgFacts     f = run("7月8日,区委副书记、区长柳成林到梅溪河综合治理项目现场"
                      "办公,协调解决项目推进中的难点问题。副区长欧阳平,"
                      "区水利局、区住房城乡建委和甲城街道主要负责同志参加。"
                      "柳成林一行实地察看了河道清淤情况,听取了项目业主"
                      "梅溪城建集团有限公司关于工程进度的汇报。在随后召开的"
                      "现场办公会上,区水利局、甲城街道分别汇报了存在的困难。",
                  "2026-07-09");
  const char *v = event(&f, "现场办公");
  assert(v);
  assert(in(&f, v, NG_NG_LEAD, "柳成林"));
  assert(in(&f, v, NG_SCHEMA_ATTENDEE, "欧阳平"));
  assert(in(&f, v, NG_SCHEMA_ATTENDEE, "区住房城乡建委"));
  assert(in(&f, v, NG_SCHEMA_ATTENDEE, "区水利局"));
  assert(labelled(&f, NG_ORG_ORGANIZATION, "梅溪城建集团有限公司"));
  assert(!labelled(&f, NG_ORG_ORGANIZATION, "项目现场办"));
  const char *m = event(&f, "现场办公会");
  assert(m && strcmp(m, v));
  assert(in(&f, m, NG_SCHEMA_ATTENDEE, "区水利局"));
  ng_facts_free(&f);
}

/* A session that holds its plenary or preparatory meeting
   (…第十二次会议举行第二次全体会议, 大会举行预备会议, with a
   date and a venue between too) is one event named by both, with who
   chairs, attends and reports at it; the members of a standing committee
   (常委会组成人员) who take part bring no body in. */
static void
test_session_holds_its_plenary(void)
{
  NgFacts f = run("6月12日上午,甲市第九届人民代表大会常务委员会第十二次会议举行"
                  "第二次全体会议。市人大常委会主任龙振华主持会议。副市长韩东明"
                  "列席会议。会上,市教育局局长苗秀云作述职报告。市人大常委会"
                  "组成人员对述职人员进行了测评。",
                  "2026-06-12");
  assert(events(&f) == 1);
  const char *e = event(&f, "第十二次会议第二次全体会议");
  assert(e);
  assert(in(&f, e, NG_NG_CHAIR, "龙振华"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "韩东明"));
  assert(in(&f, e, NG_NG_SPEAKER, "苗秀云"));
  assert(role(&f, NG_SCHEMA_ATTENDEE, "市人大常委会") == 0);
  ng_facts_free(&f);
  f = run("6月20日,乙县第八届人民代表大会第三次会议在县会议中心举行第一次"
          "全体会议。县人大常委会主任陶立新主持会议。",
          "2026-06-20");
  assert(events(&f) == 1);
  e = event(&f, "第三次会议第一次全体会议");
  assert(e && in(&f, e, NG_NG_CHAIR, "陶立新"));
  ng_facts_free(&f);
  /* 大会举行预备会议: the session the headline names holds it */
  f = run("乙县第八届人民代表大会第三次会议开幕\n\n"
          "1月9日上午,乙县第八届人民代表大会第三次会议在县会议中心开幕。"
          "县人大常委会主任陶立新主持大会。\n"
          "1月8日下午,大会举行预备会议,通过了大会议程。预备会议由陶立新"
          "主持。",
          "2026-01-10");
  e = event(&f, "第三次会议预备会议");
  assert(e && in(&f, e, NG_NG_CHAIR, "陶立新"));
  assert(date_of(&f, e) && strstr(date_of(&f, e), "01-08"));
  ng_facts_free(&f);
}

/* A Party lesson a leader gives to an audience (在区委党校为…讲授专题党课)
   is an activity of its own that he speaks at, even right after a
   meeting he chaired (会后,…); joined to another doing of his (并为…讲授
   专题党课) it is his speech there. */
static void
test_party_lesson_after_the_meeting(void)
{
  NgFacts f = run("9月23日,区委理论学习中心组举行集体学习。区委书记柳成林主持"
                  "学习并讲话。会后,柳成林在区委党校为全区科级干部讲授专题"
                  "党课。",
                  "2026-09-24");
  assert(events(&f) == 2);
  const char *e = event(&f, "党课");
  assert(e && in(&f, e, NG_NG_SPEAKER, "柳成林"));
  assert(!in(&f, e, NG_NG_LEAD, "柳成林"));
  assert(in(&f, event(&f, "集体学习"), NG_NG_CHAIR, "柳成林"));
  ng_facts_free(&f);
  /* joined to a doing of his own (并), it is speech there */
  f = run("6月25日,县委书记温国栋参加所在党支部主题党日活动,并为支部党员"
          "讲授专题党课。",
          "2026-06-26");
  assert(role(&f, NG_NG_SPEAKER, "温国栋") == 1);
  ng_facts_free(&f);
}

/* A sentence that reports the feedback itself (甲巡察组向乙镇党委反馈巡察
   情况。) names the meeting its paragraph calls 会议 after it: the team
   holds it and the body that hears the findings takes part. */
static void
test_feedback_names_the_meeting(void)
{
  NgFacts f = run("5月9日,县委第二巡察组向青石镇党委反馈巡察情况。县委巡察办"
                  "主任韦志成出席会议并讲话,青石镇党委书记邵明远主持会议。",
                  "2026-05-10");
  assert(events(&f) == 1);
  const char *e = event(&f, "反馈巡察情况");
  assert(e);
  assert(in(&f, e, NG_SCHEMA_ORGANIZER, "县委第二巡察组"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "青石镇党委"));
  assert(in(&f, e, NG_NG_CHAIR, "邵明远"));
  ng_facts_free(&f);
}

/* 会议召开时间 (召开日期, 召开事宜) is a thing about a meeting, which the
   text does not report as held. */
static void
test_time_of_a_meeting_is_no_meeting(void)
{
  NgFacts f = run("6月17日,县政协常委会议在县政协会议室召开。县政协主席庞玉书"
                  "主持会议。会议协商通过了县政协十届五次会议召开时间的建议。",
                  "2026-06-18");
  assert(events(&f) == 1);
  assert(!event(&f, "十届五次会议"));
  ng_facts_free(&f);
}

/* 对…作了(具体)安排 at a meeting is speech, as 作了部署 is: a body that
   opens the clause takes part by it. */
static void
test_arrangements_made_are_speech(void)
{
  NgFacts     f = run("11月20日,全县防汛工作会议在县政府会议室召开。副县长杭立明"
                      "主持会议。会上,县水务局对汛期防汛工作作了具体安排。",
                  "2026-11-21");
  const char *e = event(&f, "防汛工作会议");
  assert(e && in(&f, e, NG_SCHEMA_ATTENDEE, "县水务局"));
  ng_facts_free(&f);
}

/* 甲与乙共同见证丙局与丁局签署…备忘录, with no ceremony named: a signing
   that the two bodies take part in and the two persons witness; a
   贸易投资促进局 is a body. */
static void
test_signing_witnessed_by_leaders(void)
{
  NgFacts     f = run("10月29日,市长钟建国会见了大同市代表团。会见后,钟建国与"
                      "戴振邦共同见证海东市贸易投资促进局与大同市商务局签署"
                      "经贸合作备忘录。",
                  "2026-10-30");
  const char *e = event(&f, "签署经贸合作备忘录");
  assert(e);
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "钟建国"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "戴振邦"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "海东市贸易投资促进局"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "大同市商务局"));
  ng_facts_free(&f);
}

/* A person who carries out an inspection on a topic may have a word of
   four characters between 开展 and the verb (对…开展安全生产检查), as
   one of two (开展实地调研): his visit, with the bodies he takes along. */
static void
test_inspection_on_a_long_topic(void)
{
  NgFacts f = run("11月5日,副县长柯宇航带领县应急管理局工作人员,对青石镇部分"
                  "建筑工地开展安全生产检查。",
                  "2026-11-09");
  assert(events(&f) == 1);
  assert(role(&f, NG_NG_LEAD, "柯宇航") == 1);
  assert(role(&f, NG_SCHEMA_ATTENDEE, "县应急管理局") == 1);
  ng_facts_free(&f);
}

/* A lecture given after a ceremony (开班仪式后,X以…为题作首场专题讲座)
   is an activity of its own that the lecturer speaks at. */
static void
test_lecture_after_the_ceremony(void)
{
  NgFacts f = run("10月12日,全市乡村振兴专题研修班开班仪式在市委党校举行。市委"
                  "常委、组织部部长骆振东出席并讲话。开班仪式后,省委党校教授"
                  "卜立群以“乡村治理的实践”为题作首场专题讲座。",
                  "2026-10-13");
  assert(events(&f) == 2);
  const char *e = event(&f, "专题讲座");
  assert(e && in(&f, e, NG_NG_SPEAKER, "卜立群"));
  assert(!in(&f, event(&f, "开班仪式"), NG_SCHEMA_ATTENDEE, "卜立群"));
  ng_facts_free(&f);
}

/* A feedback meeting (督导组召开督导反馈会) is a meeting, and who gives the
   findings (X反馈了…问题) speaks there; a name before 反馈 is a name. */
static void
test_findings_given_at_the_feedback_meeting(void)
{
  NgFacts f = run("6月9日下午,督导组召开督导反馈会。组长柯永昌反馈了督导发现的"
                  "问题隐患。州长卜明杰作表态发言。",
                  "2026-06-10");
  assert(events(&f) == 1);
  const char *e = event(&f, "督导反馈会");
  assert(e);
  assert(in(&f, e, NG_NG_SPEAKER, "柯永昌"));
  assert(in(&f, e, NG_NG_SPEAKER, "卜明杰"));
  ng_facts_free(&f);
}

/* Posts and a name, then a topic after a coverb (结合…, 围绕…) and a comma:
   the name is the subject of a verb of speech that needs its subject in
   its clause (X结合近期查处的典型案例,通报了…情况). */
static void
test_speech_after_a_coverb_clause(void)
{
  NgFacts f =
    run("9月3日,市委常委会召开会议。市委书记钱海峰主持会议。市委常委、"
        "市纪委书记莫文华结合近期查处的典型案例,通报了全市作风问题"
        "查处情况。",
        "2026-09-04");
  assert(role(&f, NG_NG_SPEAKER, "莫文华") == 1);
  ng_facts_free(&f);
}

/* An inspection of its own before or after a meeting (会前,X带领与会人员到
   某厂实地查看) is an event, labelled once with the leader's name; who
   speaks in the sentences after it speaks at the meeting. A tour (参观)
   before a ceremony by one who attends it is a visit of its own too, of
   the ceremony's day, led by him (ANNOTATION.md: visits are events; dev's
   gold lists a delegation's 参观考察 as one). */
static void
test_inspection_around_a_meeting(void)
{
  NgFacts f = run("11月5日,县长郑明远主持召开城区清洁取暖保障工作专题会议。"
                  "会前,郑明远带领与会人员到城东热源厂实地查看设备运行情况。"
                  "会上,副县长崔玉兰作了发言。",
                  "2026-11-06");
  assert(events(&f) == 2);
  const char *m = event(&f, "专题会议");
  const char *i = event(&f, "郑明远带领与会人员到城东热源厂实地查看");
  assert(m && i);
  assert(!event(&f, "郑明远郑明远"));
  assert(in(&f, i, NG_NG_LEAD, "郑明远"));
  assert(in(&f, m, NG_NG_SPEAKER, "崔玉兰"));
  assert(!in(&f, i, NG_NG_SPEAKER, "崔玉兰"));
  ng_facts_free(&f);
  f = run("9月5日,甲县秋季重大项目集中开工仪式举行。县委书记王明出席。"
          "仪式前,王明一行参观了某某公司生产车间。",
          "2026-09-06");
  assert(events(&f) == 2);
  i = event(&f, "参观了某某公司生产车间");
  assert(i && in(&f, i, NG_NG_LEAD, "王明"));
  assert(date_of(&f, i) && !strcmp(date_of(&f, i), "2026-09-05"));
  assert(in(&f, event(&f, "开工仪式"), NG_SCHEMA_ATTENDEE, "王明"));
  ng_facts_free(&f);
  /* the meeting's name before 前 (签约仪式前): still around it; who takes
     part in the paragraph after the tour's takes part in the ceremony, not
     in the tour */
  f = run("4月9日,市校合作项目签约仪式举行。市委书记王明出席。\n"
          "签约仪式前,王明一行参观了学校校史馆。\n"
          "市教育局负责同志参加活动。",
          "2026-04-10");
  assert(events(&f) == 2);
  assert(in(&f, event(&f, "签约仪式"), NG_SCHEMA_ATTENDEE, "市教育局"));
  i = event(&f, "参观了学校校史馆");
  assert(i && in(&f, i, NG_NG_LEAD, "王明"));
  assert(!in(&f, i, NG_SCHEMA_ATTENDEE, "市教育局"));
  ng_facts_free(&f);
}

/* A leader receiving petitioners (接待来访群众, 接访) is a visit of its
   own. */
static void
test_receiving_petitioners(void)
{
  NgFacts f = run("3月5日,县委书记邝明到县信访局接待来访群众。", "2026-03-06");
  assert(events(&f) == 1);
  assert(in(&f, event(&f, "接待来访群众"), NG_SCHEMA_ATTENDEE, "邝明"));
  ng_facts_free(&f);
}

/* A delegation named before that meets its hosts (代表团与某区委书记甲、
   区长乙进行座谈交流) holds a meeting of its own, led by whom led the
   delegation; a further visit it makes stays the visit reported. */
static void
test_delegation_meets_its_hosts(void)
{
  NgFacts     f = run("9月25日,市委书记佟振远率江城市党政代表团赴上海市开展考察"
                      "学习活动。在沪期间,代表团与闵行区委书记谷振东、区长严振东"
                      "进行座谈交流。代表团还先后到某某汽车城考察。",
                  "2026-09-28");
  const char *m = event(&f, "代表团与闵行区委书记谷振东");
  assert(m);
  assert(in(&f, m, NG_SCHEMA_ATTENDEE, "谷振东"));
  assert(in(&f, m, NG_SCHEMA_ATTENDEE, "严振东"));
  assert(in(&f, m, NG_NG_LEAD, "佟振远"));
  assert(in(&f, m, NG_SCHEMA_ATTENDEE, "江城市党政代表团"));
  assert(!event(&f, "汽车城"));
  assert(events(&f) == 2);
  ng_facts_free(&f);
}

/* A clause that opens with the verb that chairs or holds a meeting leaves
   out its subject: the person who opens the sentence and goes somewhere
   in its first clause (某某来到某村,主持召开座谈会). A count before the
   meeting's name is no part of it (开了一个小型座谈会). */
static void
test_chair_left_out_after_a_move(void)
{
  NgFacts f = run("张春明来到村里,主持召开座谈会。", "2026-08-07");
  assert(role(&f, NG_NG_CHAIR, "张春明") == 1);
  ng_facts_free(&f);
  f = run("张春明走进村民家中,召开了一个小型座谈会。", "2026-08-07");
  assert(event(&f, "小型座谈会"));
  assert(!event(&f, "一个小型座谈会"));
  assert(role(&f, NG_NG_CHAIR, "张春明") == 1);
  ng_facts_free(&f);
  /* 一期 (a project's first phase) is part of a name, no count */
  f = run("5月6日,县委书记王明远出席了一期工程开工仪式。", "2026-05-07");
  assert(event(&f, "一期工程开工仪式"));
  ng_facts_free(&f);
  /* another person between: no subject carried */
  f = run("张春明来到村里,李华主持召开座谈会。", "2026-08-07");
  assert(role(&f, NG_NG_CHAIR, "张春明") == 0);
  assert(role(&f, NG_NG_CHAIR, "李华") == 1);
  ng_facts_free(&f);
}

/* A visit's name ends before 时 and what was said there (某某在某镇调研时
   强调). */
static void
test_visit_named_before_what_was_said(void)
{
  NgFacts f =
    run("5月3日,王明远在城关镇调研时强调,要做好防汛工作。", "2026-05-04");
  assert(event(&f, "王明远在城关镇调研"));
  assert(!event(&f, "调研时强调"));
  ng_facts_free(&f);
}

/* Luncheons, banquets, receptions and press conferences are events (某
   商会午餐会, 招待会, 记者会); an association named 联谊会 is a body. */
static void
test_luncheons_and_receptions(void)
{
  NgFacts     f = run("5月12日,发展局局长陈美宝出席江城总商会午餐会并致辞。"
                      "市台湾同胞联谊会负责同志参加。",
                  "2026-05-12");
  const char *e = event(&f, "江城总商会午餐会");
  assert(e);
  assert(in(&f, e, NG_NG_SPEAKER, "陈美宝"));
  assert(!event(&f, "市台湾同胞联谊会"));
  ng_facts_free(&f);
}

/* Who 参加调研 takes part in the visit reported last, though a meeting
   held on it came after; 参加调研和座谈 takes part in both. */
static void
test_attending_the_visit_named(void)
{
  NgFacts f =
    run("6月20日,副省长王文斌到我市调研安全生产工作,市委书记赵明陪同。"
        "王文斌一行先后来到华能电厂、市应急指挥中心。在随后召开的座谈会上,"
        "王文斌听取了我市安全生产工作情况汇报,并对下一步工作提出要求。"
        "省应急管理厅有关负责同志参加调研。",
        "2026-06-21");
  const char *v = event(&f, "王文斌到我市调研");
  const char *m = event(&f, "座谈会");
  assert(v && m);
  assert(in(&f, v, NG_SCHEMA_ATTENDEE, "省应急管理厅"));
  assert(!in(&f, m, NG_SCHEMA_ATTENDEE, "省应急管理厅"));
  ng_facts_free(&f);
}

/* A reception of a guest named with his company's long name and his party
   is named by the whole clause. */
static void
test_reception_of_a_long_named_guest(void)
{
  NgFacts f =
    run("9月8日,市委书记孙立平会见了中国电建集团华东勘测设计研究院有限"
        "公司董事长张建国一行。",
        "2026-09-09");
  assert(event(&f,
               "孙立平会见了中国电建集团华东勘测设计研究院有限公司董事长张建"
               "国一行"));
  ng_facts_free(&f);
}

/* Who 分别作经验交流 speaks at the meeting, as with 作交流发言. */
static void
test_sharing_experience_is_speech(void)
{
  NgFacts f = run("6月5日,城南街道召开社区工作者培训会。幸福社区党委书记李芳、"
                  "某某社区居委会主任赵红分别作经验交流。",
                  "2026-06-06");
  assert(role(&f, NG_NG_SPEAKER, "李芳") == 1);
  assert(role(&f, NG_NG_SPEAKER, "赵红") == 1);
  ng_facts_free(&f);
}

/* An organizer that opens a meeting's name shares the words both hold
   once (县政府党组 + 党组会议); a 述职评议会 is a meeting, no body. */
static void
test_organizer_and_name_share_words(void)
{
  NgFacts f =
    run("3月5日,县政府党组召开党组会议,县长王明远主持。", "2026-03-06");
  assert(event(&f, "县政府党组会议"));
  assert(!event(&f, "党组党组"));
  ng_facts_free(&f);
  f = run("3月5日,全县述职评议会召开,县委书记王明远出席并点评。", "2026-03-06");
  assert(event(&f, "述职评议会"));
  assert(!labelled(&f, NG_ORG_ORGANIZATION, "述职评议会"));
  ng_facts_free(&f);
}

/* Two persons who sign an agreement on a day (县长甲与某公司董事长乙签订
   …协议) hold a signing of their own; persons who sign for both sides at a
   ceremony named before are that ceremony's. */
static void
test_persons_who_sign(void)
{
  NgFacts     f = run("5月6日,县长李华明与江城华远集团有限公司董事长张强国签订"
                      "战略合作协议。",
                  "2026-05-07");
  const char *e = event(&f, "李华明与江城华远集团有限公司董事长张强国签订");
  assert(e);
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "李华明"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "张强国"));
  ng_facts_free(&f);
  f = run("5月6日,双方举行合作备忘录签署仪式。县长李华明与董事长张强国代表"
          "双方签署备忘录。",
          "2026-05-07");
  assert(events(&f) == 1);
  ng_facts_free(&f);
}

/* A members' congress (会员代表大会) of an association is its meeting,
   whatever its term (第十届), not a body of its own. */
static void
test_members_congress_is_a_meeting(void)
{
  NgFacts f =
    run("9月12日,县委书记柯文远出席县总工会第十届会员代表大会并讲话。",
        "2026-09-13");
  assert(events(&f) == 1);
  const char *e = event(&f, "会员代表大会");
  assert(e && in(&f, e, NG_NG_SPEAKER, "柯文远"));
  assert(!labelled(&f, NG_ORG_ORGANIZATION, "县总工会第十届会员代表大会"));
  assert(labelled(&f, NG_ORG_ORGANIZATION, "县总工会"));
  ng_facts_free(&f);
}

/* A standing meeting named with its session (某某合作联席会议第二十五次
   会议, 第3次会议) is one event, under a headline that names it short. */
static void
test_joint_meeting_and_its_session(void)
{
  NgFacts f = run("市长出席两地合作联席会议\n"
                  "市长柯文远11月26日在广州出席两地合作联席会议第二十五次会议"
                  "并致辞。",
                  "2025-11-27");
  assert(events(&f) == 1);
  const char *e = event(&f, "联席会议第二十五次会议");
  assert(e && in(&f, e, NG_NG_SPEAKER, "柯文远"));
  ng_facts_free(&f);
  f = run("11月26日,两地合作联席会议第3次会议召开,市长柯文远出席。",
          "2025-11-27");
  assert(events(&f) == 1);
  assert(in(&f, event(&f, "联席会议第3次会议"), NG_SCHEMA_ATTENDEE, "柯文远"));
  ng_facts_free(&f);
}

int
main(void)
{
  events_open();
  RUN(test_on_site_work);
  RUN(test_session_holds_its_plenary);
  RUN(test_party_lesson_after_the_meeting);
  RUN(test_feedback_names_the_meeting);
  RUN(test_time_of_a_meeting_is_no_meeting);
  RUN(test_arrangements_made_are_speech);
  RUN(test_signing_witnessed_by_leaders);
  RUN(test_inspection_on_a_long_topic);
  RUN(test_lecture_after_the_ceremony);
  RUN(test_findings_given_at_the_feedback_meeting);
  RUN(test_speech_after_a_coverb_clause);
  RUN(test_inspection_around_a_meeting);
  RUN(test_receiving_petitioners);
  RUN(test_delegation_meets_its_hosts);
  RUN(test_chair_left_out_after_a_move);
  RUN(test_visit_named_before_what_was_said);
  RUN(test_luncheons_and_receptions);
  RUN(test_attending_the_visit_named);
  RUN(test_reception_of_a_long_named_guest);
  RUN(test_sharing_experience_is_speech);
  RUN(test_organizer_and_name_share_words);
  RUN(test_persons_who_sign);
  RUN(test_members_congress_is_a_meeting);
  RUN(test_joint_meeting_and_its_session);
  events_close();
  return 0;
}
