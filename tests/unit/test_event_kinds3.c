/* tests/unit/test_event_kinds3.c -- kinds of event that sessions of
   congresses and conferences, and the programmes around a meeting, write
   in Chinese government news in general, each run through the whole
   extractor on a text written for the test with invented names. */
#include "events.h"

/* Members who discuss the session's reports in groups on a half-day of
   their own (当天下午,委员们分组讨论了…) hold a meeting of that day; a
   stage of the session (在分组讨论阶段) and the plenary's own doing
   (与会同志还分组讨论了…) are none; the discussions in groups of which one
   group's session is reported (各代表团分组审议….甲参加乙镇代表团审议) are
   that session only. */
static void
test_discussion_in_groups(void)
{
  NgFacts f = run("3月6日,政协甲山市第五届委员会第二次会议开幕。市委书记"
                  "韩立成出席会议并讲话。\n"
                  "当天下午,委员们分组讨论了常委会工作报告。",
                  "2026-03-07");
  assert(events(&f) == 2);
  const char *g = event(&f, "分组讨论");
  assert(g);
  assert(date_of(&f, g) && strstr(date_of(&f, g), "03-06"));
  ng_facts_free(&f);
  f = run("3月6日,乙川镇第九届人民代表大会第一次会议召开。县领导韩立成"
          "到会指导。在分组讨论阶段,与会代表积极展开讨论。",
          "2026-03-07");
  assert(events(&f) == 1);
  ng_facts_free(&f);
  f = run("3月6日,中共丙原县委十届五次全会召开。县委书记韩立成主持会议。"
          "全会审议通过了有关决定。与会同志还分组讨论了常委会工作报告。",
          "2026-03-07");
  assert(events(&f) == 1);
  ng_facts_free(&f);
  f = run("3月6日,丁江区第十九届人民代表大会第五次会议开幕。区长柯文远"
          "作政府工作报告。\n"
          "当天下午,各代表团分组审议政府工作报告。柯文远参加东坪镇代表团"
          "审议,代表们踊跃发言。",
          "2026-03-07");
  assert(!event(&f, "分组审议"));
  assert(event(&f, "东坪镇代表团审议"));
  assert(events(&f) == 2);
  ng_facts_free(&f);
}

/* A ceremony held during the meeting under way (会议期间还举行了…签约
   仪式), which names nobody and no day of its own, is an event of that
   meeting's day. */
static void
test_ceremony_during_the_meeting(void)
{
  NgFacts     f = run("大公报　2026年4月22日　A12版\n\n"
                      "甲县乡贤联谊会换届\n\n"
                      "甲县乡贤联谊会第三届理事会第一次会议20日在甲县召开。县委"
                      "书记韩立成出席会议并讲话。\n\n"
                      "会议期间还举行了招商项目集中签约仪式,6个项目现场签约。",
                  "2026-04-22");
  const char *c = event(&f, "招商项目集中签约仪式");
  assert(c);
  assert(date_of(&f, c) && strstr(date_of(&f, c), "04-20"));
  assert(events(&f) == 2);
  ng_facts_free(&f);
}

/* A company's own report names it by its kind word alone when it signs
   (集团与丁学院签订…协议): a dated signing between two bodies, as 我县与
   乙集团签订… is; who signs for each side attends it. */
static void
test_company_named_short_signs(void)
{
  NgFacts     f = run("8月26日,乙省丙能源集团有限公司召开安全生产推进会。集团董事长"
                      "韩立成出席会议并讲话。\n"
                      "8月27日,集团与丁职业学院签订校企合作框架协议,总经理柯文远"
                      "与该院院长石明轩分别代表双方签约。",
                  "2026-08-28");
  const char *c = event(&f, "签订校企合作框架协议");
  assert(c);
  assert(date_of(&f, c) && strstr(date_of(&f, c), "08-27"));
  assert(in(&f, c, NG_SCHEMA_ATTENDEE, "丁职业学院"));
  assert(in(&f, c, NG_SCHEMA_ATTENDEE, "柯文远"));
  assert(events(&f) == 2);
  ng_facts_free(&f);
}

/* A body that calls others to account (县纪委监委对甲镇党委主要负责人开展
   集体约谈) holds a meeting of its own on its day, the one its bare name
   names next (约谈会由某某主持), not the meeting reported before it. */
static void
test_body_calls_to_account(void)
{
  NgFacts     f = run("3月23日,县委巡察工作动员部署会召开。县委常委、县纪委书记"
                      "郝明远出席会议并讲话。\n"
                      "此前,3月20日,县纪委监委对整改滞后的甲镇党委、乙镇党委主要"
                      "负责人开展集体约谈。约谈会由县纪委副书记邹立新主持,甲镇党委"
                      "书记莫文杰作表态发言。",
                  "2026-03-25");
  const char *a = event(&f, "部署会");
  const char *c = event(&f, "集体约谈");
  assert(a && c && strcmp(a, c));
  assert(date_of(&f, c) && strstr(date_of(&f, c), "03-20"));
  assert(in(&f, c, NG_SCHEMA_ORGANIZER, "县纪委监委"));
  assert(in(&f, c, NG_NG_CHAIR, "邹立新"));
  assert(in(&f, c, NG_NG_SPEAKER, "莫文杰"));
  assert(!in(&f, a, NG_SCHEMA_ATTENDEE, "邹立新"));
  assert(events(&f) == 2);
  ng_facts_free(&f);
}

/* A visiting delegation that goes on with someone along (代表团一行在甲
   陪同下到乙县,参观了…) tours on its own that day: the clause of its going
   and the clause of its doing are one visit, the delegation takes part
   and who goes along accompanies it. */
static void
test_delegation_tours_with_someone_along(void)
{
  NgFacts f =
    run("11月6日,市委书记柯文远会见了由老挝琅南塔省省长坎培·西萨瓦"
        "率领的琅南塔省代表团一行。\n"
        "11月7日,代表团一行在副市长陶立新陪同下到宁洱哈尼族彝族自治县,"
        "参观了茶马古道景区和茶产业园区。",
        "2025-11-08");
  const char *v = event(&f, "参观了茶马古道景区");
  assert(v);
  assert(date_of(&f, v) && strstr(date_of(&f, v), "11-07"));
  assert(in(&f, v, NG_NG_ACCOMPANY, "陶立新"));
  assert(in(&f, v, NG_SCHEMA_ATTENDEE, "琅南塔省代表团"));
  ng_facts_free(&f);
}

/* A session reported on the day it opened, then told again holding its
   preparatory meeting on the day before (又讯 1月8日,…会议举行预备会
   议): the session keeps its own day, and the preparatory meeting is an
   event of its own, named by both. */
static void
test_session_holds_a_meeting_told_after(void)
{
  NgFacts f =
    run("1月9日上午,政协甲山县第九届委员会第三次会议在县会议中心开幕。"
        "县政协主席柯文远作常务委员会工作报告。开幕会由县政协副主席"
        "陶立新主持。\n"
        "又讯 1月8日下午,政协甲山县第九届委员会第三次会议举行预备"
        "会议,县政协主席柯文远主持。",
        "2026-01-10");
  const char *s = event(&f, "政协甲山县第九届委员会第三次会议");
  const char *p = event(&f, "第三次会议预备会议");
  assert(s && p && strcmp(s, p));
  assert(date_of(&f, s) && strstr(date_of(&f, s), "01-09"));
  assert(date_of(&f, p) && strstr(date_of(&f, p), "01-08"));
  assert(in(&f, p, NG_NG_CHAIR, "柯文远"));
  assert(!in(&f, p, NG_NG_CHAIR, "陶立新"));
  assert(events(&f) == 2);
  ng_facts_free(&f);
}

/* An article that reports each feedback of a round of inspections in
   its own paragraph (甲组向乙镇党委反馈巡察情况。丙出席反馈会并讲话) holds
   one meeting for each, named by its feedback; the round summed up before
   (分别向…反馈…,…出席有关反馈会议) is none. */
static void
test_feedbacks_one_by_one(void)
{
  NgFacts f =
    run("近日,县委第三轮巡察3个巡察组分别向6个被巡察党组织反馈巡察情况,"
        "县委巡察工作领导小组成员出席有关反馈会议。\n"
        "7月2日,县委第一巡察组向东坪镇党委反馈巡察情况。县委常委、县纪委"
        "书记柯文远出席反馈会并讲话,县委第一巡察组组长陶立新反馈巡察发现的"
        "问题。东坪镇党委书记韩立成作表态发言。\n"
        "7月3日,县委第二巡察组向县水利局党组反馈巡察情况。县委常委、组织部"
        "部长郑雨桐出席反馈会并讲话。县水利局党组书记、局长魏成林主持会议并"
        "作表态发言。",
        "2025-07-05");
  const char *a = event(&f, "县委第一巡察组向东坪镇党委反馈巡察情况");
  const char *b = event(&f, "县委第二巡察组向县水利局党组反馈巡察情况");
  assert(a && b && strcmp(a, b));
  assert(date_of(&f, a) && strstr(date_of(&f, a), "07-02"));
  assert(in(&f, a, NG_NG_SPEAKER, "柯文远"));
  assert(in(&f, a, NG_NG_SPEAKER, "陶立新"));
  assert(in(&f, a, NG_SCHEMA_ORGANIZER, "县委第一巡察组"));
  assert(in(&f, b, NG_NG_SPEAKER, "郑雨桐"));
  assert(in(&f, b, NG_NG_CHAIR, "魏成林"));
  assert(!in(&f, a, NG_SCHEMA_ORGANIZER, "县委第二巡察组"));
  assert(events(&f) == 2);
  ng_facts_free(&f);
}

int
main(void)
{
  events_open();
  RUN(test_discussion_in_groups);
  RUN(test_ceremony_during_the_meeting);
  RUN(test_company_named_short_signs);
  RUN(test_body_calls_to_account);
  RUN(test_delegation_tours_with_someone_along);
  RUN(test_session_holds_a_meeting_told_after);
  RUN(test_feedbacks_one_by_one);
  events_close();
  return 0;
}
