/* tests/unit/test_event_roles3.c -- who takes part in an event and in
   what role, as Chinese government news writes it in general, each run
   through the whole extractor on a text written for the test with
   invented names. */
#include "events.h"

/* The persons one who takes part does it with (与甲、乙共同敲锣揭开活动
   序幕, 一同点亮启动球) take part too, their posts before them whatever
   body the post names (县人大常委会主任甲: the body inside the post). */
static void
test_done_in_common(void)
{
  static const char *const acts[] = {
    "与县人大常委会主任骆嘉敏、县政协主席闵绍康共同敲锣揭开活动序幕",
    "与县人大常委会副主任骆嘉敏、县政协主席闵绍康一同点亮启动球",
    NULL
  };
  for (const char *const *a = acts; *a; a++) {
    char text[512];
    snprintf(text,
             sizeof text,
             "5月12日上午,县委书记韩立成出席2026甲县桐花节开幕式,%s。",
             *a);
    NgFacts     f = run(text, "2026-05-13");
    const char *s = event(&f, "开幕式");
    assert(s);
    assert(in(&f, s, NG_SCHEMA_ATTENDEE, "韩立成"));
    assert(in(&f, s, NG_SCHEMA_ATTENDEE, "骆嘉敏"));
    assert(in(&f, s, NG_SCHEMA_ATTENDEE, "闵绍康"));
    ng_facts_free(&f);
  }
}

/* Who comes to explain on the spot during a visit (乡长甲到场说明, 现场
   说明) speaks there and is present. */
static void
test_explained_on_the_spot(void)
{
  NgFacts     f = run("5月12日上午,县委书记韩立成到甲镇视察防汛工作,镇长郑雨桐到场"
                      "说明。",
                  "2026-05-13");
  const char *s = event(&f, "视察");
  assert(s);
  assert(in(&f, s, NG_NG_SPEAKER, "郑雨桐"));
  assert(in(&f, s, NG_SCHEMA_ATTENDEE, "郑雨桐"));
  ng_facts_free(&f);
}

/* Arranging the work at a meeting told without 部署 (对下一步工作进行了
   安排) or as 进行工作部署 is speech; a 工作部署会 stays a meeting. */
static void
test_arranging_the_work(void)
{
  static const char *const ways[] = { "对下一步工作进行了安排",
                                      "进行工作部署",
                                      NULL };
  for (const char *const *w = ways; *w; w++) {
    char text[256];
    snprintf(text,
             sizeof text,
             "5月12日,甲县召开全县乡村振兴工作会议。县长柯文远%s。",
             *w);
    NgFacts     f = run(text, "2026-05-13");
    const char *s = event(&f, "乡村振兴工作会议");
    assert(s);
    assert(in(&f, s, NG_NG_SPEAKER, "柯文远"));
    ng_facts_free(&f);
  }
  NgFacts f =
    run("5月12日,甲县召开防汛工作部署会。县长柯文远主持会议。", "2026-05-13");
  const char *s = event(&f, "防汛工作部署会");
  assert(s);
  assert(in(&f, s, NG_NG_CHAIR, "柯文远"));
  ng_facts_free(&f);
}

/* Who attends the opening (出席开幕会并讲话, 列席开幕会) after a meeting of
   the presidium told before it (会前,大会主席团举行第一次会议) attends the
   session that opened, not the presidium's meeting. */
static void
test_opening_after_the_presidium(void)
{
  NgFacts f =
    run("1月8日上午,政协甲川县第十届委员会第五次会议开幕。县政协主席韩立成"
        "主持开幕会。\n\n"
        "会前,大会主席团举行第一次会议,韩立成主持。\n\n"
        "县委书记柯文远出席开幕会并讲话。县人民法院、县人民检察院有关负责"
        "同志列席开幕会。\n",
        "2026-01-09");
  const char *s = event(&f, "第五次会议");
  const char *p = event(&f, "主席团");
  assert(s && p);
  assert(in(&f, s, NG_NG_SPEAKER, "柯文远"));
  assert(in(&f, s, NG_SCHEMA_ATTENDEE, "县人民法院"));
  assert(!in(&f, p, NG_SCHEMA_ATTENDEE, "柯文远"));
  assert(!in(&f, p, NG_SCHEMA_ATTENDEE, "县人民法院"));
  ng_facts_free(&f);
}

/* A chronicle that writes each day on a line of its own (3月5日 / 县长甲
   到乙镇调研…) dates the entries below it, the first one under the
   headline too, a span (3月9日至10日) by its first day; 同日 stays that
   day. */
static void
test_chronicle_days_on_their_own_lines(void)
{
  NgFacts f =
    run("甲川县2026年3月大事记\n\n"
        "3月2日\n"
        "县委书记韩立成主持召开县委常委会会议,传达学习全国两会精神。\n\n"
        "3月5日\n"
        "县长柯文远到乙镇调研春耕备耕工作。副县长郑雨桐陪同。\n"
        "同日,县人大常委会召开主任会议,县人大常委会主任骆嘉敏主持。\n\n"
        "3月9日至10日\n"
        "市委副书记石明轩到甲川县督导安全生产工作。\n",
        "2026-04-01");
  const char *s = event(&f, "常委会会议");
  assert(s && date_of(&f, s) && !strcmp(date_of(&f, s), "2026-03-02"));
  s = event(&f, "春耕备耕");
  assert(s && date_of(&f, s) && !strcmp(date_of(&f, s), "2026-03-05"));
  s = event(&f, "主任会议");
  assert(s && date_of(&f, s) && !strcmp(date_of(&f, s), "2026-03-05"));
  s = event(&f, "督导");
  assert(s && date_of(&f, s) && !strcmp(date_of(&f, s), "2026-03-09"));
  ng_facts_free(&f);
}

/* Days written as a list or a span with a dash (3月5日、6日; 3月5-6日;
   5、6日; 5-6日) date the event by their first day, as 3月5日至6日 does. */
static void
test_lists_and_spans_of_days(void)
{
  static const char *const days[] = {
    "3月5日、6日", "3月5-6日", "5、6日", "5-6日", NULL
  };
  for (const char *const *d = days; *d; d++) {
    char text[256];
    snprintf(text,
             sizeof text,
             "%s,甲川县召开防汛工作会议。县长韩立成主持会议并讲话。",
             *d);
    NgFacts     f = run(text, "2026-03-07");
    const char *s = event(&f, "防汛工作会议");
    assert(s && date_of(&f, s));
    assert(!strcmp(date_of(&f, s), "2026-03-05"));
    ng_facts_free(&f);
  }
}

/* Leaders listed as present who congratulate the session (甲、乙等县领导
   应邀出席开幕会,对大会的召开表示热烈祝贺) attend it and make no speech
   by it; one who congratulates in his speech (在讲话中…表示热烈祝贺)
   speaks. */
static void
test_congratulations_of_those_present(void)
{
  NgFacts f =
    run("1月9日上午,政协甲川县第十届委员会第五次会议开幕。县政协主席韩立成"
        "主持开幕会。县委书记柯文远,县委副书记、县长郑雨桐,县人大常委会"
        "主任石明轩等县领导应邀出席开幕会,对大会的召开表示热烈祝贺。\n\n"
        "柯文远在讲话中代表县委对大会的召开表示热烈祝贺。\n",
        "2026-01-10");
  const char *s = event(&f, "第五次会议");
  assert(s);
  assert(in(&f, s, NG_SCHEMA_ATTENDEE, "郑雨桐"));
  assert(in(&f, s, NG_SCHEMA_ATTENDEE, "石明轩"));
  assert(!in(&f, s, NG_NG_SPEAKER, "郑雨桐"));
  assert(!in(&f, s, NG_NG_SPEAKER, "石明轩"));
  assert(in(&f, s, NG_NG_SPEAKER, "柯文远"));
  ng_facts_free(&f);
}

int
main(void)
{
  events_open();
  RUN(test_done_in_common);
  RUN(test_explained_on_the_spot);
  RUN(test_arranging_the_work);
  RUN(test_opening_after_the_presidium);
  RUN(test_chronicle_days_on_their_own_lines);
  RUN(test_lists_and_spans_of_days);
  RUN(test_congratulations_of_those_present);
  events_close();
  return 0;
}
