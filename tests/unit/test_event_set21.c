/* tests/unit/test_event_set21.c -- kinds of events read from
   tests/heldout21 once it was made a development set (session of
   2026-11-28 17:16 UTC): each rule run through the whole extractor on a
   text written for the test with invented names of persons and bodies. */
#include "events.h"

/* 会前,3月5日,甲镇召开民主生活会征求意见座谈会: the meeting the forum is
   about stands inside its name; it is no mention of the meeting reported,
   whose day stays its own. */
static void
test_meeting_named_inside_a_forum(void)
{
  NgFacts f =
    run("石门镇领导班子召开2025年度专题民主生活会\n\n"
        "3月12日,石门镇领导班子召开2025年度专题民主生活会。县委第二督导组"
        "组长罗明川到会指导并点评。镇党委书记陈立主持会议。\n\n"
        "会上,陈立代表镇领导班子作对照检查。镇长赵丽等班子成员逐一作个人"
        "对照检查。\n\n"
        "会前,3月5日,石门镇召开民主生活会征求意见座谈会,陈立主持,部分村"
        "党组织书记参加座谈。",
        "2026-03-13");
  const char *m = event(&f, "专题民主生活会");
  const char *z = event(&f, "征求意见座谈会");
  assert(m && z && strcmp(m, z));
  assert(!strcmp(date_of(&f, m), "2026-03-12"));
  assert(!strcmp(date_of(&f, z), "2026-03-05"));
  assert(in(&f, m, NG_NG_CHAIR, "陈立"));
  assert(in(&f, z, NG_NG_CHAIR, "陈立"));
  ng_facts_free(&f);
}

/* 当天下午,第一巡察组进驻甲局并召开巡察工作见面沟通会: a meeting of its
   own (沟通会), held by the team; the unit it enters takes part, and who
   speaks there speaks at it, not at the mobilisation meeting before. */
static void
test_team_meets_the_unit_it_enters(void)
{
  NgFacts f =
    run("4月7日上午,青河县召开县委第三轮巡察工作动员部署会。县委副书记"
        "罗明川出席并讲话。\n\n"
        "当天下午,第一巡察组进驻县交通运输局并召开巡察工作见面沟通会。"
        "第一巡察组组长陈立作动员讲话,县交通运输局局长赵丽作表态发言。",
        "2026-04-08");
  const char *m = event(&f, "动员部署会");
  const char *c = event(&f, "见面沟通会");
  assert(m && c && strcmp(m, c));
  assert(!strcmp(date_of(&f, c), "2026-04-07"));
  assert(in(&f, c, NG_SCHEMA_ORGANIZER, "第一巡察组"));
  assert(in(&f, c, NG_SCHEMA_ATTENDEE, "青河县交通运输局"));
  assert(!in(&f, c, NG_SCHEMA_ORGANIZER, "青河县交通运输局"));
  assert(in(&f, c, NG_NG_SPEAKER, "陈立"));
  assert(in(&f, c, NG_NG_SPEAKER, "赵丽"));
  assert(!in(&f, m, NG_NG_SPEAKER, "赵丽"));
  ng_facts_free(&f);
}

/* 2月20日,…动员大会。…2月19日,甲主持召开县委常委会会议,研究…。会后,乙带队
   到…观摩: a paragraph told back to the day before does not move 会后,
   which is after the meeting the article reports. */
static void
test_after_the_meeting_reported_not_the_one_before(void)
{
  NgFacts f =
    run("青河县召开全县项目建设攻坚年动员大会\n\n"
        "2月20日上午,青河县召开全县项目建设攻坚年动员大会。县委书记罗明川"
        "出席并讲话,县长陈立主持会议。\n\n"
        "2月19日,罗明川主持召开县委常委会会议,研究动员大会筹备事项。\n\n"
        "会后,陈立带队到青河经济开发区观摩重点项目建设情况,副县长赵丽陪同。",
        "2026-02-21");
  const char *c = event(&f, "县委常委会会议");
  const char *v = event(&f, "观摩");
  assert(c && v);
  assert(!strcmp(date_of(&f, c), "2026-02-19"));
  assert(!strcmp(date_of(&f, v), "2026-02-20"));
  assert(in(&f, v, NG_NG_LEAD, "陈立"));
  assert(in(&f, v, NG_NG_ACCOMPANY, "赵丽"));
  ng_facts_free(&f);
}

/* 7月9日,甲学院在乙学校揭牌成立。丙与丁共同揭牌: the body unveiled opens
   its clause; a ceremony of its own, named by it, which who unveils it
   attends. */
static void
test_body_unveiled_is_its_own_ceremony(void)
{
  NgFacts     f = run("政务信息\n\n"
                      "◆县乡村振兴产业学院揭牌\n"
                      "7月9日,青河县乡村振兴产业学院在县职业技术学校揭牌成立。县委"
                      "常委、宣传部部长罗明川与华农职业学院副院长陈立共同揭牌。\n\n"
                      "◆全县安全生产工作会议召开\n"
                      "7月9日,全县安全生产工作会议召开。副县长赵丽出席并讲话。",
                  "2026-07-10");
  const char *u = event(&f, "产业学院揭牌");
  const char *m = event(&f, "安全生产工作会议");
  assert(u && m && strcmp(u, m));
  assert(!strcmp(date_of(&f, u), "2026-07-09"));
  assert(in(&f, u, NG_SCHEMA_ATTENDEE, "罗明川"));
  assert(in(&f, u, NG_SCHEMA_ATTENDEE, "陈立"));
  assert(!in(&f, m, NG_SCHEMA_ATTENDEE, "陈立"));
  ng_facts_free(&f);
}

/* 开幕式上,甲中心揭牌成立,乙与丙共同为研究中心揭牌。丁局与戊公司签订…协议:
   at a forum's opening the unveiling and the signing are events of their
   own on its day; what follows the opening (主旨报告) is the forum's. */
static void
test_unveiling_and_signing_at_an_opening(void)
{
  NgFacts f =
    run("第二届青河生态论坛开幕\n\n"
        "11月5日,第二届青河生态论坛在石门镇开幕。论坛由青河县人民政府主办。"
        "县委书记罗明川出席开幕式并致辞,县长陈立主持开幕式。\n\n"
        "开幕式上,青河生态价值研究中心揭牌成立,罗明川与华农大学副校长赵丽"
        "共同为研究中心揭牌。青河县林业局与华峰生物科技有限公司、青河高山"
        "农业专业合作社签订生态产品购销协议。\n\n"
        "开幕式后,与会专家围绕生态产品价值实现作主旨报告。农林科学院研究员"
        "王明远作了题为《生态补偿机制》的报告。",
        "2026-11-06");
  const char *forum = event(&f, "生态论坛");
  const char *u     = event(&f, "研究中心揭牌");
  const char *s     = event(&f, "签订");
  assert(forum && u && s && strcmp(u, s) && strcmp(forum, u));
  assert(!strcmp(date_of(&f, u), "2026-11-05"));
  assert(!strcmp(date_of(&f, s), "2026-11-05"));
  assert(in(&f, u, NG_SCHEMA_ATTENDEE, "赵丽"));
  assert(in(&f, s, NG_SCHEMA_ATTENDEE, "青河县林业局"));
  assert(in(&f, s, NG_SCHEMA_ATTENDEE, "华峰生物科技有限公司"));
  assert(in(&f, forum, NG_NG_SPEAKER, "王明远"));
  assert(!in(&f, s, NG_SCHEMA_ATTENDEE, "王明远"));
  ng_facts_free(&f);
}

/* 開幕式後,縣府與甲公司、乙合作社簽署…備忘錄,由丙代表縣府簽署,丁見證: a
   signing of its own right after the opening, the county government
   named short (縣府) as one side. */
static void
test_signing_after_an_opening(void)
{
  NgFacts f =
    run("青河縣智慧農業論壇開幕\n\n"
        "青河縣政府17日在縣立體育館舉辦「2026青河縣智慧農業論壇」,縣長"
        "羅明川出席開幕並致詞。\n\n"
        "開幕式後,縣府與青河農科智能股份有限公司、石門果菜運銷合作社簽署"
        "智慧農業合作備忘錄,由農業處處長陳立代表縣府簽署,羅明川見證。",
        "2026-06-18");
  const char *s = event(&f, "备忘录");
  assert(s);
  assert(!strcmp(date_of(&f, s), "2026-06-17"));
  assert(in(&f, s, NG_SCHEMA_ATTENDEE, "青河农科智能股份有限公司"));
  assert(in(&f, s, NG_SCHEMA_ATTENDEE, "陈立"));
  assert(in(&f, s, NG_SCHEMA_ATTENDEE, "罗明川"));
  ng_facts_free(&f);
}

/* 镇长甲,镇人大主席乙等班子成员逐一作个人对照检查: at a 民主生活会 each
   member's self-examination is a statement made there; who makes it
   speaks. */
static void
test_self_examination_is_speech(void)
{
  NgFacts f =
    run("3月12日,石门镇领导班子召开2025年度专题民主生活会。镇党委书记陈立"
        "主持会议。会上,陈立代表镇领导班子作对照检查。镇党委副书记、镇长"
        "赵丽,镇人大主席王明远等班子成员逐一作个人对照检查。",
        "2026-03-13");
  const char *m = event(&f, "民主生活会");
  assert(m);
  assert(in(&f, m, NG_NG_SPEAKER, "陈立"));
  assert(in(&f, m, NG_NG_SPEAKER, "赵丽"));
  assert(in(&f, m, NG_NG_SPEAKER, "王明远"));
  ng_facts_free(&f);
}

int
main(void)
{
  events_open();
  RUN(test_meeting_named_inside_a_forum);
  RUN(test_team_meets_the_unit_it_enters);
  RUN(test_after_the_meeting_reported_not_the_one_before);
  RUN(test_body_unveiled_is_its_own_ceremony);
  RUN(test_unveiling_and_signing_at_an_opening);
  RUN(test_signing_after_an_opening);
  RUN(test_self_examination_is_speech);
  events_close();
  return 0;
}
