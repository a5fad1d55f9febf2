/* tests/unit/test_event_grassroots.c -- events of the news of villages,
   schools, hospitals, courts, firms and CPPCCs, as the genre writes them
   (every name invented). */
#include "events.h"

/* A body sends its members on a visit; the sentence after names who leads
   it and who joins it (参加视察) or goes along (陪同): one visit, no other
   led by them. */
static void
test_joining_the_visit_reported(void)
{
  NgFacts f =
    run("9月16日，县政协组织部分县政协委员，视察易地搬迁后续扶持工作。"
        "县政协主席乌兰带队，县政协副主席韦明山、杜春华，秘书长"
        "蒙立新参加视察，副县长黎文博陪同。",
        "2026-09-17");
  assert(events(&f) == 1);
  const char *v = event(&f, "视察");
  assert(v);
  assert(in(&f, v, NG_NG_LEAD, "乌兰"));
  assert(in(&f, v, NG_SCHEMA_ATTENDEE, "韦明山"));
  assert(in(&f, v, NG_SCHEMA_ATTENDEE, "蒙立新"));
  assert(in(&f, v, NG_NG_ACCOMPANY, "黎文博"));
  ng_facts_free(&f);
  /* who goes along and reports speaks; the leader does not by that */
  f = run("10月23日，区人大常委会副主任严立新带队，对全区食品安全工作开展"
          "执法检查。区市场监管局局长项国栋陪同检查并汇报工作情况。",
          "2026-10-24");
  v = event(&f, "检查");
  assert(v && events(&f) == 1);
  assert(in(&f, v, NG_NG_SPEAKER, "项国栋"));
  assert(!in(&f, v, NG_NG_SPEAKER, "严立新"));
  ng_facts_free(&f);
}

/* Clauses of posts and a name before 先后发言 all speak, also where a post
   is in a congress's standing committee (州人大常委会副主任), whose name
   holds a word of meetings (常委会). */
static void
test_speakers_with_a_standing_committee_post(void)
{
  NgFacts     f = run("3月30日，州委统战部召开党外代表人士座谈会。州人大常委会"
                      "副主任、州工商联主席高文海，州政协副主席冯玉兰等6名党外"
                      "代表人士先后发言。",
                  "2026-03-31");
  const char *m = event(&f, "座谈会");
  assert(m && events(&f) == 1);
  assert(in(&f, m, NG_NG_SPEAKER, "高文海"));
  assert(in(&f, m, NG_NG_SPEAKER, "冯玉兰"));
  ng_facts_free(&f);
}

/* 参访, the visit of a delegation from Hong Kong or Macau (as their
   papers write it, in traditional characters): led by who 率 the group,
   which takes part, and the zone visited is a place, not a name that
   opens with the verb. */
static void
test_delegation_visit_written_canfang(void)
{
  NgFacts     f = run("21日，蘇文傑率香港某某同鄉總會訪問團參訪某某經濟開發區，"
                      "了解傳統產業轉型升級情況。某某市副市長龔麗婷陪同參訪。",
                  "2026-04-22");
  const char *v = event(&f, "参访");
  assert(v);
  assert(in(&f, v, NG_NG_LEAD, "苏文杰"));
  assert(in(&f, v, NG_NG_ACCOMPANY, "龚丽婷"));
  assert(!labelled(&f, NG_SCHEMA_PLACE, "参访某某经济开发区"));
  ng_facts_free(&f);
}

/* A hospital's free clinic (开展义诊) and a court's circuit trial
   (开展巡回审判) are activities of their own, on the day told, not parts of
   the meeting reported before them: who leads the doctors there leads it,
   who goes along accompanies, and the court holds its trial. */
static void
test_free_clinic_and_circuit_trial(void)
{
  NgFacts     f = run("6月11日上午，某县中心医院举行医共体建设推进会。院长"
                      "柴宏伟介绍了建设规划。\n当天下午，柴宏伟带领医院10余名"
                      "专家到甲镇开展义诊和带教查房，乙镇卫生院院长龙新民陪同。",
                  "2026-06-12");
  const char *c = event(&f, "义诊");
  const char *m = event(&f, "推进会");
  assert(c && m && c != m);
  assert(in(&f, c, NG_NG_LEAD, "柴宏伟"));
  assert(in(&f, c, NG_NG_ACCOMPANY, "龙新民"));
  assert(!in(&f, m, NG_NG_ACCOMPANY, "龙新民"));
  ng_facts_free(&f);
  f = run("5月20日，县委政法委召开推进会。\n会前，5月19日，县人民法院在"
          "甲镇开展巡回审判，当庭审结一起赡养纠纷案件。",
          "2026-05-21");
  c = event(&f, "巡回审判");
  assert(c && in(&f, c, NG_SCHEMA_ORGANIZER, "县人民法院"));
  ng_facts_free(&f);
}

/* A visit told after the ceremony reported (签约仪式后,甲一行来到某村,
   察看…) on no day of its own is made on the ceremony's day. */
static void
test_visit_after_the_ceremony_takes_its_day(void)
{
  NgFacts f =
    run("8月2日上午，某镇茶园项目签约仪式在镇政府二楼会议室举行。县委常委、"
        "副县长欧阳文杰出席签约仪式。\n签约仪式后，欧阳文杰一行来到某镇"
        "茶垄村，实地察看茶园基地建设情况。",
        "2026-08-05");
  const char *v = event(&f, "察看");
  assert(v && in(&f, v, NG_NG_LEAD, "欧阳文杰"));
  assert(date_of(&f, v) && strstr(date_of(&f, v), "08-02"));
  ng_facts_free(&f);
}

/* A village's first secretary who takes a grid worker along on a round
   of the households (带着网格员乙走村入户,为…检查) leads that visit; 带着问题学
   in a speech gives no one a lead. */
static void
test_taking_a_grid_worker_along(void)
{
  NgFacts     f = run("10月14日晚，石岭村党支部召开会议。\n10月15日一早，第一书记"
                      "廖振东又带着网格员柯建军走村入户，为独居老人检查用电线路。",
                  "2026-10-16");
  const char *v = event(&f, "走村入户");
  assert(v);
  assert(in(&f, v, NG_NG_LEAD, "廖振东"));
  assert(!in(&f, v, NG_NG_LEAD, "柯建军"));
  assert(in(&f, v, NG_SCHEMA_ATTENDEE, "柯建军"));
  ng_facts_free(&f);
  f = run("10月9日，县委理论学习中心组举行集体学习。县委书记杜明主持会议并"
          "讲话。他强调，要带着问题学、联系实际学。",
          "2026-10-10");
  assert(role(&f, NG_NG_LEAD, "杜明") == 0);
  ng_facts_free(&f);
}

/* After a visit made around the ceremony under way on no day of its own
   (签约仪式后,甲一行来到某村察看…), the rest of the visit's paragraph tells
   of the visit (the village's first secretary 介绍…, 甲要求…); the next
   paragraph is the ceremony's again. */
static void
test_paragraph_of_a_visit_around_the_meeting(void)
{
  NgFacts     f = run("8月2日上午，某镇茶园项目签约仪式在镇政府二楼会议室举行。"
                      "县委常委、副县长欧阳文杰出席签约仪式。\n签约仪式后，欧阳文杰"
                      "一行来到某镇茶垄村，实地察看茶园基地建设情况。茶垄村驻村第一"
                      "书记牟立远介绍了村里的利益联结模式。欧阳文杰要求，要把茶农"
                      "培训抓在前头。\n欧阳文杰在签约仪式上表示，将支持项目落地。",
                  "2026-08-05");
  const char *v = event(&f, "察看");
  const char *c = event(&f, "签约仪式");
  assert(v && c && v != c);
  assert(in(&f, v, NG_NG_SPEAKER, "牟立远"));
  assert(in(&f, v, NG_NG_SPEAKER, "欧阳文杰"));
  assert(!in(&f, c, NG_NG_SPEAKER, "牟立远"));
  assert(in(&f, c, NG_NG_SPEAKER, "欧阳文杰"));
  ng_facts_free(&f);
}

int
main(void)
{
  events_open();
  RUN(test_joining_the_visit_reported);
  RUN(test_speakers_with_a_standing_committee_post);
  RUN(test_delegation_visit_written_canfang);
  RUN(test_free_clinic_and_circuit_trial);
  RUN(test_visit_after_the_ceremony_takes_its_day);
  RUN(test_taking_a_grid_worker_along);
  RUN(test_paragraph_of_a_visit_around_the_meeting);
  events_close();
  return 0;
}
