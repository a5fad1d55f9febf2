/* tests/unit/test_event_kinds5.c -- ways of speaking at a meeting and
   shapes of pages that Chinese government news writes in general, each
   run through the whole extractor on a text written for the test with
   invented names. */
#include "events.h"

/* A warning given at a study session (纪委书记结合典型案例作警示提醒, 作
   廉政提醒), a guidance lecture given as 进行专题辅导, a review of the work
   (作讲评) and what members share (谈体会) make their givers speakers at
   the meeting, present at it too; a topic with a date word before the
   verb (结合近期查处的典型案例) does not take that away. */
static void
test_warnings_and_shared_thoughts(void)
{
  NgFacts f =
    run("3月26日上午,甲镇党委理论学习中心组召开2026年第三次集中学习会议。"
        "镇党委书记韩立成主持会议并讲话。\n\n"
        "会上,镇党委委员、纪委书记柯文远结合近期查处的典型案例作警示提醒,"
        "镇人大主席郑雨桐作交流发言。",
        "2026-03-27");
  const char *s = event(&f, "集中学习会议");
  assert(s);
  assert(in(&f, s, NG_NG_SPEAKER, "柯文远"));
  assert(in(&f, s, NG_SCHEMA_ATTENDEE, "柯文远"));
  assert(in(&f, s, NG_NG_SPEAKER, "郑雨桐"));
  ng_facts_free(&f);
  static const char *const ways[] = {
    "作廉政提醒", "进行专题辅导", "作讲评", "谈体会", NULL
  };
  for (const char *const *w = ways; *w; w++) {
    char text[512];
    snprintf(text,
             sizeof text,
             "4月8日,乙川县召开全县安全生产工作会议。县长韩立成主持会议。"
             "\n\n会上,县委常委、副县长石明轩%s。",
             *w);
    f = run(text, "2026-04-09");
    s = event(&f, "安全生产工作会议");
    assert(s);
    assert(in(&f, s, NG_NG_SPEAKER, "石明轩"));
    ng_facts_free(&f);
  }
}

/* A page of items that run on without bylines (简报), each under a
   headline line of its own (韩立成走访慰问困难代表 / 6月18日,韩立成走访
   慰问了…): the headline names the event its item reports, which is
   one, dated by its item; the headline makes no undated event of its
   own. */
static void
test_items_under_headline_lines(void)
{
  NgFacts f =
    run("甲川县人大工作简报\n\n第12期\n\n"
        "县人大常委会召开第二十六次会议\n"
        "6月16日,县十九届人大常委会第二十六次会议召开,县人大常委会主任"
        "韩立成主持会议。\n\n"
        "韩立成走访慰问困难代表\n"
        "6月18日,县人大常委会主任韩立成走访慰问了乙镇、丙乡的困难县人大"
        "代表。\n\n"
        "柯文远调研教育工作\n"
        "6月19日,副县长柯文远到县第一中学调研教育工作。\n",
        "2026-06-20");
  assert(events(&f) == 3);
  const char *s = event(&f, "走访慰问");
  assert(s);
  assert(!strcmp(date_of(&f, s), "2026-06-18"));
  assert(in(&f, s, NG_NG_LEAD, "韩立成"));
  s = event(&f, "调研教育工作");
  assert(s);
  assert(!strcmp(date_of(&f, s), "2026-06-19"));
  ng_facts_free(&f);
}

/* A delegation's trip told first (访问团一行10日至12日赴乙州市考察交流),
   then its reception, where its head leads it (商会会长丁率团出席): he
   leads the trip too; a later visit of the delegation (11日,访问团参访了…)
   keeps no leader the text does not give it. */
static void
test_delegation_head_leads_its_trip(void)
{
  NgFacts f =
    run("甲门青年商会访问团赴乙州考察交流\n\n"
        "甲门青年商会访问团一行30余人10日至12日赴乙州市考察交流。乙州市委"
        "常委、统战部部长韩立成10日在乙州会见了访问团一行,商会会长柯文远"
        "率团出席。\n\n"
        "会见中,韩立成介绍了乙州经济社会发展情况。柯文远表示,商会将推动"
        "两地青年深化合作。\n\n"
        "11日,访问团参访了乙州高新区和丙镇茶产业园,乙州市副市长郑雨桐"
        "陪同。\n",
        "2026-06-13");
  const char *trip = event(&f, "赴乙州市考察交流");
  const char *meet = event(&f, "会见");
  const char *tour = event(&f, "参访");
  assert(trip && meet && tour);
  assert(in(&f, trip, NG_NG_LEAD, "柯文远"));
  assert(in(&f, meet, NG_NG_LEAD, "柯文远"));
  assert(!in(&f, tour, NG_NG_LEAD, "柯文远"));
  assert(in(&f, tour, NG_NG_ACCOMPANY, "郑雨桐"));
  ng_facts_free(&f);
}

/* A delegation that arrives (抵达) and sets about a programme of several
   days (展开为期三天的文化交流活动) holds an activity of that day; 展开
   inside 发展开展 is no such verb (就文旅产业高质量发展开展专题调研 is one
   research visit). */
static void
test_arrival_and_programme(void)
{
  NgFacts     f = run("甲门陶艺协会访问团一行三十人10日抵达乙州,展开为期三天的"
                      "文化交流活动。",
                  "2026-06-12");
  const char *s = event(&f, "文化交流活动");
  assert(s);
  assert(!strcmp(date_of(&f, s), "2026-06-10"));
  ng_facts_free(&f);
  f = run("4月13日,州政协主席韩立成带领调研组到甲县,就文旅产业高质量发展开展"
          "专题调研。县委书记柯文远陪同。",
          "2026-04-15");
  assert(events(&f) == 1);
  s = event(&f, "调研");
  assert(in(&f, s, NG_NG_LEAD, "韩立成"));
  assert(in(&f, s, NG_NG_ACCOMPANY, "柯文远"));
  ng_facts_free(&f);
}

/* Members of a conference who discuss its reports in groups on an
   afternoon hold a meeting of their own (当天下午,委员们分组讨论…): the
   leader who sits in one group (参加了经济界别小组讨论) and who proposes
   or speaks in one (在农业界别小组讨论中,甲建议…) take part in it, not in
   the presidium's meeting told before; the bodies of the next paragraph
   (…负责同志列席开幕会) are not the groups'. */
static void
test_said_in_a_group_discussion(void)
{
  NgFacts f =
    run("1月8日上午,政协甲川县第十届委员会第五次会议开幕。县政协主席韩立成"
        "主持开幕会。\n\n"
        "会前,大会主席团举行第一次会议,韩立成主持。\n\n"
        "当天下午,委员们分组讨论常委会工作报告。县领导谈韵秋参加了经济界别"
        "小组讨论。在农业界别小组讨论中,甲川县众兴农业公司董事长石明轩建议"
        "加快发展特色产业。\n\n"
        "县人民法院、县人民检察院有关负责同志列席开幕会。\n",
        "2026-01-09");
  const char *g = event(&f, "分组讨论");
  const char *p = event(&f, "主席团");
  assert(g && p);
  assert(in(&f, g, NG_SCHEMA_ATTENDEE, "谈韵秋"));
  assert(in(&f, g, NG_NG_SPEAKER, "石明轩"));
  assert(!in(&f, p, NG_SCHEMA_ATTENDEE, "谈韵秋"));
  assert(!in(&f, p, NG_NG_SPEAKER, "石明轩"));
  assert(!in(&f, g, NG_SCHEMA_ATTENDEE, "县人民法院"));
  ng_facts_free(&f);
}

/* More names of the genre's events: an anniversary celebration (成立十周年
   庆典), a press briefing (吹风会), a congress's questioning (质询会), a
   study class (研讨班), a contest of skills (技能比武) and tree planting
   (义务植树) are events of their own. */
static void
test_more_event_names(void)
{
  static const char *const names[] = { "甲县同乡会成立十周年庆典",
                                       "新闻吹风会",
                                       "全县质询会",
                                       "全县领导干部专题研讨班",
                                       "全县消防技能比武",
                                       "义务植树",
                                       NULL };
  for (const char *const *n = names; *n; n++) {
    char text[256];
    snprintf(text, sizeof text, "5月12日,县委书记韩立成出席%s。", *n);
    NgFacts     f = run(text, "2026-05-13");
    const char *s = event(&f, *n);
    assert(s);
    assert(in(&f, s, NG_SCHEMA_ATTENDEE, "韩立成"));
    ng_facts_free(&f);
  }
}

/* A paragraph that opens with a half of the day and no day of its own
   (下午,甲出席…; 甲下午接着出席…) tells of the day last written, as
   当天下午 does; a day written with it (5月13日上午) is its own. */
static void
test_afternoon_of_the_day_written(void)
{
  NgFacts f = run("5月12日上午,县长韩立成到甲镇调研防汛工作。\n\n"
                  "韩立成下午接着出席2026甲县桐花节开幕式。\n\n"
                  "5月13日上午,韩立成主持召开县政府常务会议。\n",
                  "2026-05-14");
  const char *s = event(&f, "开幕式");
  assert(s && date_of(&f, s));
  assert(!strcmp(date_of(&f, s), "2026-05-12"));
  s = event(&f, "常务会议");
  assert(s && !strcmp(date_of(&f, s), "2026-05-13"));
  ng_facts_free(&f);
  f = run("10月20日上午,局长韩立成在政府总部会见甲省代表团。\n\n"
          "下午,韩立成出席甲省同乡会成立十周年庆典并致辞。\n",
          "2026-10-21");
  s = event(&f, "庆典");
  assert(s && date_of(&f, s));
  assert(!strcmp(date_of(&f, s), "2026-10-20"));
  ng_facts_free(&f);
}

int
main(void)
{
  events_open();
  RUN(test_warnings_and_shared_thoughts);
  RUN(test_items_under_headline_lines);
  RUN(test_delegation_head_leads_its_trip);
  RUN(test_arrival_and_programme);
  RUN(test_said_in_a_group_discussion);
  RUN(test_more_event_names);
  RUN(test_afternoon_of_the_day_written);
  events_close();
  return 0;
}
