/* tests/unit/test_event_orgs.c -- which named bodies take part in an
   event and how (organizer or participant), each rule run through the
   whole extractor (intake, entities, events) on a text written for the
   test with invented names of persons and bodies (areas are real
   divisions, which the place recognizer knows). */
#include "events.h"

/* Areas (or communities) that open their clause speak or attend for
   their bodies, with the words of the genre between them and the verb:
   在分会场作交流发言, 分别就…作交流发言, 负责人作表态发言, 和 before the
   last; not an area a speech talks of (甲县要…). */
static void
test_areas_speak_for_their_bodies(void)
{
  const char *P       = "3月5日,全市春耕生产视频调度会召开。副市长王明远出席会议"
                        "并讲话。";
  const char *cases[] = { "平江县、华容县在分会场作交流发言。",
                          "平江县、华容县在分会场作了汇报发言。",
                          "平江县、华容县和湘阴县作交流发言。",
                          "平江县、华容县负责人作表态发言。",
                          "会上,平江县、华容县分别就春耕备耕工作作交流发言。",
                          "平江县、华容县先后作交流发言。",
                          "平江县、华容县分别就隐患排查、安全检查等工作作交流"
                          "发言。",
                          NULL };
  for (const char *const *c = cases; *c; c++) {
    char text[512];
    snprintf(text, sizeof text, "%s%s", P, *c);
    NgFacts     f = run(text, "2024-03-06");
    const char *e = event(&f, "调度会");
    assert(events(&f) == 1);
    assert(in(&f, e, NG_NG_SPEAKER, "平江县"));
    assert(in(&f, e, NG_NG_SPEAKER, "华容县"));
    ng_facts_free(&f);
  }
  NgFacts     f = run("3月5日,全市春耕生产视频调度会召开。会上,东山社区、西河村"
                      "分别就网格员队伍建设作交流发言。平江县作交流发言。",
                  "2024-03-06");
  const char *e = event(&f, "调度会");
  assert(in(&f, e, NG_NG_SPEAKER, "东山社区"));
  assert(in(&f, e, NG_NG_SPEAKER, "西河村"));
  assert(in(&f, e, NG_NG_SPEAKER, "平江县"));
  ng_facts_free(&f);
  f = run("3月5日,全市春耕生产视频调度会召开。平江县、华容县在分会场参加"
          "会议。",
          "2024-03-06");
  assert(in(&f, event(&f, "调度会"), NG_SCHEMA_ATTENDEE, "华容县"));
  ng_facts_free(&f);
  f = run("3月5日,全市春耕生产视频调度会召开。副市长王明远指出,平江县要"
          "加强春耕。华容县表示将加强春耕。",
          "2024-03-06");
  assert(role(&f, NG_SCHEMA_ATTENDEE, "平江县") == 0);
  assert(role(&f, NG_SCHEMA_ATTENDEE, "华容县") == 0);
  ng_facts_free(&f);
}

/* 甲医院与乙大学合作(共建)的…揭牌仪式: the two sides of the work the
   ceremony opens take part in it, none holds it; 联合的 alone names no
   work of theirs. */
static void
test_sides_of_the_work_a_ceremony_opens(void)
{
  NgFacts     f = run("5月8日,市长王明远出席了青禾医院与南江医科大学合作的"
                      "肿瘤研究中心揭牌仪式,并致辞。",
                  "2024-05-09");
  const char *e = event(&f, "揭牌仪式");
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "青禾医院"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "南江医科大学"));
  assert(role(&f, NG_SCHEMA_ORGANIZER, "青禾医院") == 0);
  ng_facts_free(&f);
  f = run("5月8日,青禾医院和南江医科大学联合共建的肿瘤研究中心揭牌仪式"
          "举行。",
          "2024-05-09");
  e = event(&f, "揭牌仪式");
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "青禾医院"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "南江医科大学"));
  ng_facts_free(&f);
}

/* 甲会组织部分委员到乙县视察: the body that sends its members organizes
   the visit; a body that goes itself takes part. */
static void
test_body_that_sends_its_members_organizes(void)
{
  NgFacts f = run("5月8日,市政协组织部分委员到平江县视察。", "2024-05-09");
  assert(events(&f) == 1);
  assert(role(&f, NG_SCHEMA_ORGANIZER, "市政协") == 1);
  ng_facts_free(&f);
  f = run("5月8日,市青禾商会到平江县考察。", "2024-05-09");
  assert(role(&f, NG_SCHEMA_ORGANIZER, "市青禾商会") == 0);
  assert(role(&f, NG_SCHEMA_ATTENDEE, "市青禾商会") == 1);
  ng_facts_free(&f);
}

/* 甲督导组向乙县委反馈督导情况: the team holds the feedback meeting the
   article names after it, the body that receives the findings takes part;
   a team or body in a person's title (组长X向书记Y反馈) gives nothing. */
static void
test_feedback_meeting(void)
{
  NgFacts     f = run("7月2日,省委第二督导组向平江县委反馈督导情况。省委办公厅"
                      "副主任陈立新出席会议并讲话。平江县委书记周建国主持反馈"
                      "会议。",
                  "2024-07-03");
  const char *e = event(&f, "反馈会议");
  assert(in(&f, e, NG_SCHEMA_ORGANIZER, "省委第二督导组"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "平江县委"));
  ng_facts_free(&f);
  f = run("7月2日,市委第一督导组组长陈立新向平江县委书记周建国反馈督导"
          "情况。周建国主持反馈会议。",
          "2024-07-03");
  assert(role(&f, NG_SCHEMA_ORGANIZER, "市委第一督导组") == 0);
  assert(role(&f, NG_SCHEMA_ATTENDEE, "平江县委") == 0);
  ng_facts_free(&f);
}

/* 听取甲县、乙县有关情况汇报: every area of a list right after 听取
   reports, the last one before its topic too; not areas after 关于. */
static void
test_areas_listed_after_hearing_report(void)
{
  NgFacts f = run("3月2日,县政府召开全县安全生产工作会议。会议听取了平江县、"
                  "华容县乡村振兴工作汇报。",
                  "2024-03-03");
  assert(role(&f, NG_NG_SPEAKER, "平江县") == 1);
  assert(role(&f, NG_NG_SPEAKER, "华容县") == 1);
  ng_facts_free(&f);
  f = run("3月2日,县政府召开全县安全生产工作会议。会议听取了关于平江县、"
          "华容县安全生产工作的汇报。",
          "2024-03-03");
  assert(role(&f, NG_NG_SPEAKER, "华容县") == 0);
  ng_facts_free(&f);
}

/* 参加会见和签约仪式: bodies that attend both take part in the meeting
   and in the signing ceremony named before by its noun. */
static void
test_attend_the_meeting_and_the_signing(void)
{
  NgFacts f = run("6月5日,县政府与青禾农业集团有限公司战略合作协议签约仪式在"
                  "县行政中心举行。签约前,县委书记李文华会见了陈大海一行。"
                  "县发展改革局、县商务局主要负责同志参加会见和签约仪式。",
                  "2024-06-06");
  assert(in(&f, event(&f, "签约仪式"), NG_SCHEMA_ATTENDEE, "县商务局"));
  assert(in(&f, event(&f, "会见"), NG_SCHEMA_ATTENDEE, "县商务局"));
  ng_facts_free(&f);
}

/* 甲市第三督导组组长、乙局局长X带队到…督导: the team its head leads
   takes part in the visit; the body of his other title and a standing
   group he heads (领导小组) do not. */
static void
test_head_brings_his_team(void)
{
  NgFacts     f = run("5月3日,岳阳市春耕生产第二督导组组长、市农业农村局副局长"
                      "王建国带队到平江县督导春耕生产工作。县长李文华陪同。",
                  "2024-05-04");
  const char *e = event(&f, "督导");
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "岳阳市春耕生产第二督导组"));
  assert(role(&f, NG_SCHEMA_ATTENDEE, "市农业农村局") == 0);
  ng_facts_free(&f);
  f = run("5月3日,岳阳市乡村振兴工作领导小组副组长、市农业农村局局长"
          "王建国带队到平江县调研乡村振兴工作。",
          "2024-05-04");
  assert(event(&f, "调研"));
  assert(role(&f, NG_SCHEMA_ATTENDEE, "岳阳市乡村振兴工作领导小组") == 0);
  ng_facts_free(&f);
}

/* 甲局局长王甲与乙局局长李乙代表双方签署…: each signer brings the body
   of the title right before his name into the signing; not the body of
   an earlier title of his (平江县委 in 平江县委常委、县发展和改革局局长,
   华容县委 in 华容县委常委、常务副县长). */
static void
test_signers_for_both_sides(void)
{
  NgFacts     f = run("11月5日,双方举行《政务服务合作备忘录》签署仪式。平江县"
                      "行政审批局局长王丽华与华容县大数据发展局局长李明代表"
                      "双方签署备忘录。",
                  "2024-11-06");
  const char *e = event(&f, "签署仪式");
  assert(events(&f) == 1);
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "平江县行政审批局"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "华容县大数据发展局"));
  ng_facts_free(&f);
  f = run("6月5日,项目签约仪式在县行政中心举行。平江县委常委、县发展和改革"
          "局局长王丽华与青禾农业集团有限公司总经理李明代表双方签约。",
          "2024-06-06");
  e = event(&f, "签约仪式");
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "平江县发展和改革局"));
  assert(role(&f, NG_SCHEMA_ATTENDEE, "平江县委") == 0);
  ng_facts_free(&f);
  /* the last title names no body (县委常委、常务副县长王甲): he brings
     none in, not the committee of his first title */
  f = run("6月8日,华容县人民政府与青禾农业集团有限公司举行项目签约仪式。华容"
          "县委常委、常务副县长钱志刚与青禾农业集团有限公司董事长孙立新分别"
          "代表双方签约。",
          "2024-06-09");
  e = event(&f, "签约仪式");
  assert(e && in(&f, e, NG_SCHEMA_ATTENDEE, "钱志刚"));
  assert(role(&f, NG_SCHEMA_ATTENDEE, "华容县委") == 0);
  ng_facts_free(&f);
}

/* 带领市人大代表甲、乙视察…: the body in the title of those led is no
   delegation; 率市党政代表团赴… still brings the delegation. */
static void
test_body_in_the_title_of_those_led(void)
{
  NgFacts f = run("9月16日,市人大常委会副主任王建国带领市人大代表李明、张华等,"
                  "视察平江县乡村振兴工作。",
                  "2024-09-17");
  assert(event(&f, "视察"));
  assert(role(&f, NG_SCHEMA_ATTENDEE, "市人大") == 0);
  ng_facts_free(&f);
  f =
    run("9月16日,市委书记王建国率岳阳市党政代表团赴平江县考察。", "2024-09-17");
  assert(in(&f, event(&f, "考察"), NG_SCHEMA_ATTENDEE, "岳阳市党政代表团"));
  ng_facts_free(&f);
}

/* A district's Party standing committee named in full (某区委常委会召开扩大
   会议) in an article that writes the committee short elsewhere (区委书记)
   holds its meeting as that committee, 区委. */
static void
test_standing_committee_meets_as_its_committee(void)
{
  NgFacts     f = run("6月22日,武清区委常委会召开扩大会议,研究部署重点任务。区委"
                      "书记柴立伟主持会议并讲话。",
                  "2026-06-23");
  const char *e = event(&f, "扩大会议");
  assert(e);
  assert(in(&f, e, NG_SCHEMA_ORGANIZER, "武清区委"));
  assert(!in(&f, e, NG_SCHEMA_ORGANIZER, "武清区委常委会"));
  ng_facts_free(&f);
}

/* An area that opens a meeting's name holds the meeting only where the
   article says it does (甲县召开…, 甲镇在…召开); a meeting named after it
   that is held (…会议在…召开) or a class a body runs (由县委组织部举办) is
   not the area's to hold. */
static void
test_area_named_first_holds_only_when_it_convenes(void)
{
  NgFacts     f = run("11月20日上午,宾川县2026年度森林防灭火工作会议在县人民"
                      "政府第一会议室召开。副县长周立新主持会议。",
                  "2026-11-21");
  const char *e = event(&f, "森林防灭火工作会议");
  assert(e);
  assert(role(&f, NG_SCHEMA_ORGANIZER, "宾川县") == 0);
  ng_facts_free(&f);
  f = run("11月20日,宾川县召开2026年度森林防灭火工作会议。副县长周立新主持"
          "会议。",
          "2026-11-21");
  e = event(&f, "森林防灭火工作会议");
  assert(e);
  assert(role(&f, NG_SCHEMA_ORGANIZER, "宾川县") == 1);
  ng_facts_free(&f);
  f = run("8月23日,板浦镇在镇政府三楼会议室召开防汛工作会议。镇长陈立华主持"
          "会议。",
          "2026-08-24");
  assert(event(&f, "防汛工作会议"));
  assert(role(&f, NG_SCHEMA_ORGANIZER, "板浦镇") == 1);
  ng_facts_free(&f);
  f = run("9月15日上午,安陆市2025年秋季中青年干部培训班在市委党校开班。"
          "市委副书记邱立春出席开班式并讲话。本期培训班由市委组织部、市委"
          "党校联合举办。",
          "2025-09-16");
  e = event(&f, "培训班");
  assert(e);
  assert(in(&f, e, NG_SCHEMA_ORGANIZER, "市委组织部"));
  assert(role(&f, NG_SCHEMA_ORGANIZER, "安陆市") == 0);
  ng_facts_free(&f);
}

/* A group's visit of several days told day by day in dated paragraphs:
   the group sits in the meetings of its own kinds on a later day (见面会,
   反馈会) and holds the one it convenes (督导组召开反馈会, 检查组在甲市召开
   座谈会); a joint meeting of the two sides is not the group's. */
static void
test_group_on_a_later_day_of_its_visit(void)
{
  NgFacts f =
    run("6月8日至9日,省安全生产第三督导组组长、省应急管理厅副厅长王长明带"
        "队到海东市开展安全生产督导工作。\n\n6月8日上午,督导工作见面会在"
        "市政府会议室召开。副市长李国强主持会议,王长明介绍了督导工作安排。"
        "\n\n6月9日下午,督导组召开督导反馈会。王长明反馈了督导发现的问题。",
        "2026-06-10");
  assert(
    in(&f, event(&f, "见面会"), NG_SCHEMA_ATTENDEE, "省安全生产第三督导组"));
  assert(
    in(&f, event(&f, "反馈会"), NG_SCHEMA_ORGANIZER, "省安全生产第三督导组"));
  ng_facts_free(&f);
  f = run("5月18日至20日,省人大常委会副主任刘国华率执法检查组在海东市检查水法"
          "实施情况。检查组一行深入乐都区实地察看。\n\n5月20日上午,检查组在海东"
          "市召开座谈会。刘国华主持座谈会并讲话。",
          "2026-05-21");
  assert(in(&f, event(&f, "座谈会"), NG_SCHEMA_ORGANIZER, "执法检查组"));
  ng_facts_free(&f);
  f = run(
    "7月2日至3日,平山区区长赵立新率平山区党政代表团来我县考察东西部协作"
    "工作。代表团一行先后来到城关镇花椒产业园。\n\n7月3日上午,平山区·永登县"
    "东西部协作联席会议在县政府三楼会议室召开。赵立新在讲话中介绍了协作情况。",
    "2026-07-04");
  const char *e = event(&f, "联席会议");
  assert(e);
  assert(!in(&f, e, NG_SCHEMA_ATTENDEE, "平山区党政代表团"));
  assert(in(&f, event(&f, "考察"), NG_SCHEMA_ATTENDEE, "平山区党政代表团"));
  ng_facts_free(&f);
}

/* The bodies an official leads along on a visit each take part, whether
   their officers are named (县发改委、县工信局负责同志) or the list ends in
   its kind (县发改委、县工信局等部门负责同志, 等相关部门). */
static void
test_bodies_led_on_a_visit(void)
{
  const char *cases[] = {
    "11月6日,县长柯文远带领县发改委、县工信局负责同志到城关镇调研。",
    "11月6日,县长柯文远率县发改委、县工信局等部门负责同志到城关镇调研。",
    "11月6日,县长柯文远带领县发改委、县工信局等相关部门到城关镇调研。",
    NULL
  };
  for (const char *const *c = cases; *c; c++) {
    NgFacts     f = run(*c, "2025-11-07");
    const char *e = event(&f, "调研");
    assert(e && events(&f) == 1);
    assert(in(&f, e, NG_NG_LEAD, "柯文远"));
    assert(in(&f, e, NG_SCHEMA_ATTENDEE, "县发展和改革委员会"));
    assert(in(&f, e, NG_SCHEMA_ATTENDEE, "县工业和信息化局"));
    ng_facts_free(&f);
  }
}

/* A headline whose body carries out the inspection with no 开展 between
   (县人大常委会视察…工作) gives the visit its organizer, as 县人大常委会开展
   执法检查 does. */
static void
test_headline_body_inspects(void)
{
  NgFacts f =
    run("县人大常委会视察清水河生态保护工作\n本报讯(通讯员 王丽)1月6日,"
        "县人大常委会副主任张明辉带领部分县人大代表视察清水河生态保护"
        "工作。视察组先后到城关镇沿江岸线,实地察看岸线整治情况。副县长"
        "李国栋陪同视察。",
        "2026-01-07");
  const char *e = event(&f, "清水河生态保护");
  assert(e);
  assert(in(&f, e, NG_SCHEMA_ORGANIZER, "县人大常委会"));
  assert(in(&f, e, NG_NG_LEAD, "张明辉"));
  ng_facts_free(&f);
}

/* The reports a meeting hears go on after the first (听取了甲关于…的汇报,
   乙关于…的汇报): each body before its 关于 reports; a body only named
   inside a report's topic does not. */
static void
test_reports_heard_in_turn(void)
{
  NgFacts f =
    run("3月12日上午,市长张建国主持召开市政府第三十五次常务会议。会议"
        "听取了市发展和改革委员会关于一季度经济运行情况的汇报,市财政局"
        "关于预算执行情况的汇报,县人民法院关于行政审判工作的报告。",
        "2026-03-13");
  const char *e = event(&f, "常务会议");
  assert(e);
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "市发展和改革委员会"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "市财政局"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "县人民法院"));
  ng_facts_free(&f);
  f = run(
    "3月12日上午,市长张建国主持召开市政府第三十五次常务会议。会议听取了"
    "市发展和改革委员会关于一季度经济运行情况的汇报,要求市财政局做好资金保障。",
    "2026-03-13");
  assert(!in(&f, event(&f, "常务会议"), NG_SCHEMA_ATTENDEE, "市财政局"));
  ng_facts_free(&f);
}

/* 会议听取了甲办关于…的说明,乙局汇报了…: the explanation heard ends at
   its clause, and the bureau that reports after it takes part too. */
static void
test_report_after_an_explanation_heard(void)
{
  NgFacts     f = run("县委常委会召开会议\n"
                      "3月2日上午,县委书记郑文韬主持召开县委常委会会议。会议"
                      "听取了县委办关于贯彻落实工作方案的说明,县发改委汇报了"
                      "一季度重点项目推进情况。\n",
                  "2026-03-03");
  const char *e = event(&f, "常委会会议");
  assert(e && in(&f, e, NG_NG_CHAIR, "郑文韬"));
  assert(in(&f, e, NG_NG_SPEAKER, "县委办"));
  assert(in(&f, e, NG_NG_SPEAKER, "县发展和改革委员会"));
  ng_facts_free(&f);
}

/* 督导组首先召开督导工作见面会: the group that convenes the meeting
   holds it, though an adverb stands between it and its verb. */
static void
test_group_first_convenes_a_meeting(void)
{
  NgFacts f = run("市安委会第二督导组赴青川县开展专项督导\n"
                  "5月11日,市安委会第二督导组组长、市应急管理局副局长郎文清"
                  "带队赴青川县开展安全生产专项督导。督导组首先召开督导工作"
                  "见面会,见面会由副县长蒲晓东主持。\n",
                  "2026-05-12");
  const char *e = event(&f, "见面会");
  assert(e && in(&f, e, NG_NG_CHAIR, "蒲晓东"));
  assert(in(&f, e, NG_SCHEMA_ORGANIZER, "市安委会第二督导组"));
  ng_facts_free(&f);
}

int
main(void)
{
  events_open();
  RUN(test_areas_speak_for_their_bodies);
  RUN(test_sides_of_the_work_a_ceremony_opens);
  RUN(test_body_that_sends_its_members_organizes);
  RUN(test_feedback_meeting);
  RUN(test_areas_listed_after_hearing_report);
  RUN(test_attend_the_meeting_and_the_signing);
  RUN(test_head_brings_his_team);
  RUN(test_signers_for_both_sides);
  RUN(test_body_in_the_title_of_those_led);
  RUN(test_standing_committee_meets_as_its_committee);
  RUN(test_area_named_first_holds_only_when_it_convenes);
  RUN(test_group_on_a_later_day_of_its_visit);
  RUN(test_bodies_led_on_a_visit);
  RUN(test_headline_body_inspects);
  RUN(test_reports_heard_in_turn);
  RUN(test_report_after_an_explanation_heard);
  RUN(test_group_first_convenes_a_meeting);
  events_close();
  return 0;
}
