/* tests/unit/test_event_kinds4.c -- kinds of event that county and
   township news bulletins write in Chinese government news in general,
   each run through the whole extractor on a text written for the test
   with invented names. */
#include "events.h"

/* A Party study group's session told as 集中学习 with no 会议 after it
   (理论学习中心组举行2026年第二次集中学习) is a meeting of its own: who
   chairs and speaks at it, who takes part in it (参加学习) and the group
   that holds it; a plain 集中学习 of a body's staff in a list of ways to
   learn names no meeting. */
static void
test_study_session(void)
{
  NgFacts     f = run("3月5日,甲川县委理论学习中心组举行2026年第二次集中学习。"
                      "县委书记韩立成主持并讲话,县委副书记、县长柯文远,县人大"
                      "常委会主任石明轩参加学习。县委常委、组织部部长郑雨桐作交流"
                      "发言。",
                  "2026-03-06");
  const char *s = event(&f, "集中学习");
  assert(s);
  assert(date_of(&f, s) && strstr(date_of(&f, s), "03-05"));
  assert(in(&f, s, NG_NG_CHAIR, "韩立成"));
  assert(in(&f, s, NG_NG_SPEAKER, "郑雨桐"));
  assert(in(&f, s, NG_SCHEMA_ATTENDEE, "柯文远"));
  assert(in(&f, s, NG_SCHEMA_ORGANIZER, "甲川县委理论学习中心组") ||
         in(&f, s, NG_SCHEMA_ORGANIZER, "县委理论学习中心组"));
  assert(events(&f) == 1);
  ng_facts_free(&f);
  f = run("近期,乙河镇各党支部通过集中学习、个人自学、专题研讨等方式,"
          "深入学习党的创新理论。",
          "2026-03-06");
  assert(events(&f) == 0);
  ng_facts_free(&f);
}

/* Who makes a report named by its kind after what it is about
   (作关于…的专题调研报告) or gives a keynote after its title in book marks
   (作《…》主旨演讲) speaks at the meeting the paragraph tells of. */
static void
test_report_and_keynote_by_kind(void)
{
  NgFacts f =
    run("4月9日,政协甲川县第八届委员会常务委员会第五次会议召开。县政协"
        "主席韩立成主持会议,县政协副主席柯文远作关于茶叶产业高质量"
        "发展的专题调研报告。",
        "2026-04-10");
  const char *s = event(&f, "第五次会议");
  assert(s);
  assert(in(&f, s, NG_NG_SPEAKER, "柯文远"));
  assert(in(&f, s, NG_SCHEMA_ATTENDEE, "柯文远"));
  ng_facts_free(&f);
  f = run("5月20日,2026中国(乙河)陶瓷产业发展论坛开幕。县委书记韩立成出席"
          "开幕式并致辞。某某设计研究院院长石明轩作《陶瓷产业数字化转型"
          "趋势》主旨演讲。",
          "2026-05-21");
  s = event(&f, "论坛");
  assert(s);
  assert(in(&f, s, NG_NG_SPEAKER, "石明轩"));
  ng_facts_free(&f);
}

/* Deputies a leader receives voters together with (与区人大代表甲、乙
   一起接待选民) at a reception day take part in it; the name before
   一起 ends there (郑雨桐|一起, not 郑雨). */
static void
test_done_together(void)
{
  NgFacts f =
    run("区人大常委会开展“代表进站 履职为民”集中接待活动\n\n"
        "6月5日,甲川区人大常委会组织开展“代表进站 履职为民”集中接待"
        "活动,全区各级人大代表分别到所在的人大代表联络站接待选民群众。"
        "\n\n"
        "区人大常委会主任韩立成来到东坪街道人大代表联络站,与区人大代表"
        "柯文远、郑雨桐一起接待选民。韩立成表示,要对群众反映的问题逐件"
        "登记。",
        "2026-06-06");
  const char *s = event(&f, "集中接待活动");
  assert(s);
  assert(in(&f, s, NG_SCHEMA_ATTENDEE, "柯文远"));
  assert(in(&f, s, NG_SCHEMA_ATTENDEE, "郑雨桐"));
  ng_facts_free(&f);
}

int
main(void)
{
  events_open();
  RUN(test_study_session);
  RUN(test_report_and_keynote_by_kind);
  RUN(test_done_together);
  events_close();
  return 0;
}
