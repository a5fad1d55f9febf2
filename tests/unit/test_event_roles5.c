/* tests/unit/test_event_roles5.c -- events and roles that Chinese
   government news writes in general, each run through the whole extractor
   on a text written for the test with invented names. */
#include "events.h"

/* Those who came to a meeting or a ceremony and tour before it (会前,与会
   人员观摩了甲村示范基地; 仪式前,与会客商还考察了乙港区) make a visit of
   their own, on the day of the event they came to, which stays what 会上
   then speaks of; a tour after it with no place to go to is still none. */
static void
test_guests_tour_before_the_event(void)
{
  NgFacts f =
    run("6月9日,全市茶叶产业发展现场推进会在甲县召开。副市长韩立成出席并"
        "讲话。\n\n"
        "会前,与会人员观摩了甲县乙乡茶叶示范基地和丙公司精深加工生产线。"
        "会上,县长石明轩作交流发言。",
        "2026-06-10");
  const char *s = event(&f, "观摩");
  assert(s && date_of(&f, s));
  assert(!strcmp(date_of(&f, s), "2026-06-09"));
  const char *m = event(&f, "推进会");
  assert(m && m != s && strcmp(m, s));
  assert(in(&f, m, NG_NG_SPEAKER, "石明轩"));
  assert(!in(&f, s, NG_NG_SPEAKER, "石明轩"));
  ng_facts_free(&f);
  f = run("5月21日,甲区二季度重大项目集中签约仪式举行。区长韩立成致辞。\n\n"
          "仪式前,与会客商还考察了甲港区和乙城。",
          "2026-05-22");
  s = event(&f, "考察");
  assert(s && date_of(&f, s));
  assert(!strcmp(date_of(&f, s), "2026-05-21"));
  ng_facts_free(&f);
  f = run("5月21日,甲区社会治理中心揭牌仪式举行。区长韩立成致辞。\n\n"
          "揭牌仪式后,与会领导参观了中心诉求受理区。",
          "2026-05-22");
  assert(!event(&f, "参观"));
  ng_facts_free(&f);
}

/* A leader whose speech a meeting studies, praised as clear in its
   demands (会议指出,甲书记的讲话站位高远、要求明确), is no speaker there,
   nor present; who demands a clear thing (乙要求明确责任分工) speaks. */
static void
test_demands_praised_as_clear(void)
{
  NgFacts f =
    run("4月14日,县委书记韩立成主持召开县委常委会(扩大)会议,传达学习市委"
        "书记石明轩4月10日在甲县调研时的讲话精神。\n\n"
        "会议指出,石明轩书记的讲话站位高远、要求明确,为甲县发展指明了方向。"
        "\n\n县长柯文远要求明确责任分工。",
        "2026-04-15");
  const char *s = event(&f, "常委会");
  assert(s);
  assert(!in(&f, s, NG_NG_SPEAKER, "石明轩"));
  assert(!in(&f, s, NG_SCHEMA_ATTENDEE, "石明轩"));
  assert(in(&f, s, NG_NG_SPEAKER, "柯文远"));
  ng_facts_free(&f);
}

/* A session that reviews a work report (审议了政府工作报告) hears no one
   by it: 作报告 read inside 工作报告 is no speech, nor does an officer the
   congress elects to a post of the state (选举甲为某县人民政府副县长)
   attend by that; who gives the report (乙所作的县人民法院工作报告, 丙代表
   某镇第十三届委员会向大会作题为《…,…》的报告) speaks. */
static void
test_work_reports_and_the_elected(void)
{
  NgFacts f =
    run("1月15日上午,甲县第十九届人民代表大会第五次会议胜利闭幕。县人大常委"
        "会主任韩立成主持闭幕大会。大会依法选举柯文远为甲县人民政府副县长,"
        "审议了政府工作报告。\n\n"
        "会议听取了县人民法院院长石明轩所作的县人民法院工作报告。",
        "2026-01-16");
  const char *s = event(&f, "代表大会");
  assert(s);
  assert(!in(&f, s, NG_SCHEMA_ATTENDEE, "柯文远"));
  assert(!in(&f, s, NG_NG_SPEAKER, "柯文远"));
  assert(in(&f, s, NG_NG_SPEAKER, "石明轩"));
  ng_facts_free(&f);
  f = run("3月5日下午,中国共产党甲镇第十四次代表大会开幕。\n\n"
          "在大会上,韩立成代表中国共产党甲镇第十三届委员会向大会作题为《应势"
          "而谋,乘势而上》的报告,代表们审议了党委工作报告。",
          "2026-03-06");
  s = event(&f, "代表大会");
  assert(s);
  assert(in(&f, s, NG_NG_SPEAKER, "韩立成"));
  ng_facts_free(&f);
}

/* A team that holds its meeting on arrival and then goes on (见面会后,督导
   组先后深入甲镇、乙镇,察看…) is back on its visit: who speaks there next
   (镇长乙介绍了…, 督导结束时,甲反馈了…) speaks on the visit, not at the
   meeting. */
static void
test_team_back_on_its_visit(void)
{
  NgFacts f =
    run("7月8日,甲市安全生产第三督导组到乙县开展督导。督导组组长、市应急管理"
        "局副局长韩立成带队,副县长石明轩陪同督导。\n\n"
        "当天上午,督导组召开督导工作见面会。石明轩汇报了全县安全生产工作开展"
        "情况。\n\n"
        "见面会后,督导组先后深入丙镇、丁镇,实地察看防洪堤段和地质灾害隐患"
        "点。丙镇镇长柯文远介绍了汛期值班值守情况。\n\n"
        "督导结束时,韩立成反馈了督导发现的问题。",
        "2026-07-09");
  const char *v = event(&f, "开展督导");
  const char *m = event(&f, "见面会");
  assert(v && m && strcmp(v, m));
  assert(in(&f, v, NG_NG_SPEAKER, "柯文远"));
  assert(!in(&f, m, NG_NG_SPEAKER, "柯文远"));
  assert(in(&f, v, NG_NG_SPEAKER, "韩立成"));
  assert(in(&f, m, NG_NG_SPEAKER, "石明轩"));
  ng_facts_free(&f);
}

int
main(void)
{
  events_open();
  RUN(test_guests_tour_before_the_event);
  RUN(test_demands_praised_as_clear);
  RUN(test_work_reports_and_the_elected);
  RUN(test_team_back_on_its_visit);
  events_close();
  return 0;
}
