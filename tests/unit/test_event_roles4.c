/* tests/unit/test_event_roles4.c -- who is present at an event, as Chinese
   government news lists them in general, each run through the whole
   extractor on a text written for the test with invented names. */
#include "events.h"

/* The rest of the guests listed after 嘉宾还有, 来宾还有 or 同志还有
   (出席典礼的嘉宾还有甲、乙等) attend, the first name of the list too. */
static void
test_the_rest_of_the_guests(void)
{
  static const char *const rests[] = {
    "嘉宾还有", "来宾还有", "领导同志还有", NULL
  };
  for (const char *const *r = rests; *r; r++) {
    char text[256];
    snprintf(text,
             sizeof text,
             "6月20日,甲省同乡会举行成立典礼,同乡会会长郑雨桐致辞。出席"
             "典礼的%s石明轩、骆嘉敏等。",
             *r);
    NgFacts     f = run(text, "2026-06-20");
    const char *s = event(&f, "成立典礼");
    assert(s);
    assert(in(&f, s, NG_SCHEMA_ATTENDEE, "石明轩"));
    assert(in(&f, s, NG_SCHEMA_ATTENDEE, "骆嘉敏"));
    ng_facts_free(&f);
  }
}

/* An event told against one named before it (推介会前,甲会见了…; 签约仪式
   后,乙一行参观了…) is of that one's day, as after 会前 and 会后. */
static void
test_before_and_after_the_event_named(void)
{
  NgFacts f =
    run("甲市旅游推介会在乙市举行\n\n"
        "由甲市文化和旅游局主办的甲市旅游推介会11月24日下午在乙市举行。"
        "甲市副市长黄海涛致辞。\n\n"
        "推介会前,乙市旅游局局长邝家明在旅游局会见了黄海涛一行。\n",
        "2026-11-26");
  const char *s = event(&f, "会见");
  assert(s && date_of(&f, s));
  assert(!strcmp(date_of(&f, s), "2026-11-24"));
  ng_facts_free(&f);
}

/* A Mongolian name ending in 仓 (阿拉坦仓, Altantsang) is whole, and its
   bearer who signs for his side (分别代表双方签约) takes part in the
   signing. */
static void
test_mongolian_name_in_tsang(void)
{
  NgFacts     f = run("8月27日,集团与甲职业学院签订校企合作框架协议,集团董事长"
                      "桑卫东与该院院长阿拉坦仓分别代表双方签约。",
                  "2026-08-28");
  const char *s = event(&f, "签订");
  assert(s);
  assert(in(&f, s, NG_SCHEMA_ATTENDEE, "阿拉坦仓"));
  ng_facts_free(&f);
}

/* Who serves as the host of a ceremony (担任主持人, 担任主持) chairs it. */
static void
test_host_of_the_ceremony(void)
{
  static const char *const ways[] = { "担任主持人", "担任主持", NULL };
  for (const char *const *w = ways; *w; w++) {
    char text[256];
    snprintf(text,
             sizeof text,
             "4月23日,甲县全民阅读活动启动仪式在县图书馆举行。县委书记韩立成"
             "出席仪式。县委宣传部副部长柯文远%s。",
             *w);
    NgFacts     f = run(text, "2026-04-24");
    const char *s = event(&f, "启动仪式");
    assert(s);
    assert(in(&f, s, NG_NG_CHAIR, "柯文远"));
    ng_facts_free(&f);
  }
}

int
main(void)
{
  events_open();
  RUN(test_the_rest_of_the_guests);
  RUN(test_before_and_after_the_event_named);
  RUN(test_mongolian_name_in_tsang);
  RUN(test_host_of_the_ceremony);
  events_close();
  return 0;
}
