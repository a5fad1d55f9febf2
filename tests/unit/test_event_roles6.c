/* tests/unit/test_event_roles6.c -- events and roles that Chinese
   government news writes in general, each run through the whole extractor
   on a text written for the test with invented names. */
#include "events.h"

/* A delegation the article gives no name (甲率团出席) is still a party on
   tour when written with 一行 (6日,访问团一行参观了…): a visit of its own,
   on its own day. */
static void
test_unnamed_delegation_tours(void)
{
  NgFacts f =
    run("5日,甲县项目推介会在甲县举行。县长韩立成出席并致辞,香港甲县同乡"
        "联谊会会长石明轩率团出席。\n\n"
        "4日晚,县委书记柯文远会见了石明轩一行。6日,访问团一行参观了乙山"
        "景区和丙江沿岸农业基地。",
        "2026-11-07");
  const char *v = event(&f, "参观");
  assert(v && date_of(&f, v));
  assert(!strcmp(date_of(&f, v), "2026-11-06"));
  ng_facts_free(&f);
}

/* A trip named by what it sets about (率甲市党政代表团赴乙市,开展产业协作
   和招商推介活动): a word of the name (推介) does not cut it, the trip is
   an event its leader leads; what the delegation does during its stay
   (在乙市期间,代表团一行还深入…考察) is that trip, where its leader's
   words are said. */
static void
test_trip_and_its_stay(void)
{
  NgFacts f =
    run("9月17日至18日,市委书记韩立成率甲市党政代表团赴广东省乙市,开展产业"
        "协作和招商推介活动。市委副书记、市长石明轩参加活动。\n\n"
        "在乙市期间,代表团一行还深入丙新区和丁公司等地考察。韩立成指出,要"
        "主动对接沿海发达地区产业转移。",
        "2026-09-19");
  const char *t = event(&f, "招商推介活动");
  assert(t);
  assert(in(&f, t, NG_NG_LEAD, "韩立成"));
  assert(in(&f, t, NG_SCHEMA_ATTENDEE, "石明轩"));
  assert(in(&f, t, NG_NG_SPEAKER, "韩立成"));
  assert(!event(&f, "深入丙新区"));
  ng_facts_free(&f);
}

/* A vice mayor the government entrusts with its report on the final
   accounts (受市人民政府委托作决算报告) speaks at the standing committee's
   session, as one who makes its work report does. */
static void
test_report_on_final_accounts(void)
{
  NgFacts f =
    run("6月26日,甲市五届人大常委会举行第二十八次会议。市人大常委会主任韩立"
        "成主持会议。副市长石明轩列席会议。\n\n"
        "会议听取和审议了市人民政府关于2025年度市级财政决算草案的报告。石明"
        "轩受市人民政府委托作决算报告。",
        "2026-06-27");
  const char *m = event(&f, "第二十八次会议");
  assert(m);
  assert(in(&f, m, NG_NG_SPEAKER, "石明轩"));
  ng_facts_free(&f);
}

/* Who is given his letter of appointment (甲为乙颁发任命书,并主持宪法宣誓
   仪式) attends the oath, but the giver alone chairs it. */
static void
test_appointee_given_his_letter(void)
{
  NgFacts f =
    run("8月28日,甲县十九届人大常委会第二十六次会议召开。县人大常委会主任韩"
        "立成主持会议。\n\n"
        "会议经表决,任命石明轩为县教育体育局局长。会后,韩立成为石明轩颁发任"
        "命书,并主持宪法宣誓仪式。",
        "2026-08-29");
  const char *o = event(&f, "宣誓仪式");
  assert(o);
  assert(in(&f, o, NG_NG_CHAIR, "韩立成"));
  assert(in(&f, o, NG_SCHEMA_ATTENDEE, "石明轩"));
  assert(!in(&f, o, NG_NG_CHAIR, "石明轩"));
  ng_facts_free(&f);
}

/* The head of a team who reports at the team's meeting (甲在见面会上通报了…)
   speaks there, though the meeting's name stands between him and the
   verb; the team goes back on its visit when a clause before the verb
   opens with it (随后,督导组采取“四不两直”方式,深入…), and what its head
   says next is said on the visit, not at the meeting. */
static void
test_team_back_on_its_visit_by_a_clause(void)
{
  NgFacts f =
    run("5月11日,甲市安委会第三督导组组长、市应急管理局副局长韩立成带队赴乙市"
        "开展安全生产专项督导。乙市副市长石明轩陪同督导。\n\n"
        "督导组首先召开督导工作见面会,见面会由石明轩主持。韩立成在见面会上通"
        "报了本轮督导的内容和安排。\n\n"
        "随后,督导组采取“四不两直”方式,深入乙市高新区丙公司、丁镇等地,重点"
        "检查企业安全生产主体责任落实情况。\n\n"
        "韩立成指出,要紧盯重点行业领域,持续深化隐患排查整治。",
        "2026-05-12");
  const char *v = event(&f, "专项督导");
  const char *m = event(&f, "见面会");
  assert(v && m && strcmp(v, m));
  assert(in(&f, m, NG_NG_SPEAKER, "韩立成"));
  assert(in(&f, v, NG_NG_SPEAKER, "韩立成"));
  ng_facts_free(&f);
}

/* Those who came to a forum and go somewhere on a day of their own
   (11月13日,与会嘉宾前往甲湖、乙镇实地考察…,副区长丙陪同) make a visit of
   their own, on that day, which who goes along accompanies. */
static void
test_guests_tour_on_a_day_of_their_own(void)
{
  NgFacts f =
    run("11月12日,第三届甲生态论坛在乙镇开幕。区长韩立成主持开幕式。\n\n"
        "11月13日,与会嘉宾前往丙湖、丁镇实地考察湿地保护修复情况,副区长石明"
        "轩陪同。",
        "2026-11-14");
  const char *v = event(&f, "考察湿地");
  assert(v && date_of(&f, v));
  assert(!strcmp(date_of(&f, v), "2026-11-13"));
  assert(in(&f, v, NG_NG_ACCOMPANY, "石明轩"));
  ng_facts_free(&f);
}

/* A delegation that arrives somewhere and sets about its programme (甲协会
   访问团一行三十人十日抵达乙市,展开为期三天的文化交流活动) takes part in
   it, and who leads it at its reception (率团出席) leads that trip; a news
   lead in brackets that opens the sentence (【本报讯】) changes nothing. */
static void
test_delegation_arrives_for_its_programme(void)
{
  const char *texts[] = {
    "澳门甲协会访问团一行三十人10日抵达江西乙市,展开为期三天的文化交流活动。"
    "乙市政协副主席韩立成当晚在市区会见访问团,协会理事长石明轩率团出席。",
    "【本报讯】澳门甲协会访问团一行三十人10日抵达江西乙市,展开为期三天的文"
    "化交流活动。乙市政协副主席韩立成当晚在市区会见访问团,协会理事长石明轩"
    "率团出席。",
  };
  for (size_t i = 0; i < 2; i++) {
    NgFacts     f = run(texts[i], "2026-03-12");
    const char *t = event(&f, "文化交流活动");
    assert(t);
    assert(in(&f, t, NG_SCHEMA_ATTENDEE, "澳门甲协会访问团"));
    assert(in(&f, t, NG_NG_LEAD, "石明轩"));
    ng_facts_free(&f);
  }
}

int
main(void)
{
  events_open();
  RUN(test_unnamed_delegation_tours);
  RUN(test_trip_and_its_stay);
  RUN(test_report_on_final_accounts);
  RUN(test_appointee_given_his_letter);
  RUN(test_team_back_on_its_visit_by_a_clause);
  RUN(test_guests_tour_on_a_day_of_their_own);
  RUN(test_delegation_arrives_for_its_programme);
  events_close();
  return 0;
}
