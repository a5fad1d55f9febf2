/* tests/unit/test_event_orgs7.c -- which named bodies take part in an
   event and how, for shapes read by the session of 2026-11-29 08:20 UTC:
   each rule run through the whole extractor on a text written for the
   test with invented names of persons and bodies. */
#include "events.h"

/* A bulletin of items, each under a headline line of its own marked ◆
   (◆县政协视察…建设 / 近日，县政协主席甲带领…视察…): the body the item's
   headline says carries out the inspection organizes the visit its item
   reports, as one in 【】 does; the item's before is not its. */
static void
test_item_line_inspector(void)
{
  NgFacts f =
    run("政务简讯\n\n"
        "◆县长督导春播备耕工作\n"
        "13日，县长赵启明深入丙镇、丁镇，督导春播备耕工作，县水利局负责同志"
        "陪同。\n\n"
        "◆县政协视察文旅项目建设\n"
        "近日，县政协主席罗明川带领部分政协委员视察全县重点文旅项目建设情况，"
        "先后来到甲镇红石湾景区、乙镇特色街区。副县长陈立陪同视察。\n",
        "2026-05-15");
  const char *e = event(&f, "罗明川");
  const char *o = event(&f, "赵启明");
  assert(e && o);
  assert(in(&f, e, NG_SCHEMA_ORGANIZER, "县政协"));
  assert(!in(&f, o, NG_SCHEMA_ORGANIZER, "县政协"));
  ng_facts_free(&f);
}

/* A page of several items, each headline followed by its own publication
   line (市政协开展…专题视察 / 信息来源:… 发布日期:… / 10月20日,…): the
   publication line between does not keep the headline's body from the
   visit it organizes. */
static void
test_item_line_over_source_line(void)
{
  NgFacts f =
    run("市政协召开主席会议\n"
        "信息来源:市政协办公室  发布日期:2025-10-22\n\n"
        "10月21日,市政协召开主席会议。市政协主席罗明川主持会议并讲话。\n\n"
        "市政协开展乡村旅游专题视察\n"
        "信息来源:市政协办公室  发布日期:2025-10-22\n\n"
        "10月20日,市政协副主席陈立带领部分市政协委员,到甲街道开展乡村旅游"
        "发展专题视察。视察组先后深入乙村民宿集聚区,实地了解乡村旅游业态"
        "培育情况。\n",
        "2025-10-22");
  const char *e = event(&f, "专题视察");
  assert(e);
  assert(in(&f, e, NG_SCHEMA_ORGANIZER, "市政协"));
  ng_facts_free(&f);
}

/* A company's own news that calls itself 集团 bare at a clause's start
   (10月27日,集团召开…经营分析会; 8月27日,集团与某学院签订…协议): the
   group the article named in full holds the meeting and signs. */
static void
test_group_named_bare(void)
{
  NgFacts f =
    run("青河能源集团召开安全生产推进会\n\n"
        "8月26日,青河能源集团有限公司在集团总部召开安全生产推进会。集团党委"
        "书记、董事长罗明川出席会议并讲话。\n"
        "8月27日,集团与江南职业学院签订校企合作框架协议,罗明川与该院院长陈立"
        "分别代表双方签约。\n"
        "10月27日,集团召开三季度经营分析会。罗明川主持会议并讲话。\n",
        "2026-10-28");
  const char *e = event(&f, "框架协议");
  const char *o = event(&f, "经营分析会");
  assert(e && o);
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "青河能源集团有限公司") ||
         in(&f, e, NG_SCHEMA_ATTENDEE, "青河能源集团"));
  assert(in(&f, o, NG_SCHEMA_ORGANIZER, "青河能源集团有限公司") ||
         in(&f, o, NG_SCHEMA_ORGANIZER, "青河能源集团"));
  ng_facts_free(&f);
}

/* A page set in a narrow column that gives each digit of a year a Han
   character's place: the paragraph's first line, broken at the column's
   edge (　　会议听取和审议了市人民政府关于2025年度全 | 市…), fills the
   column as the others do, is no headline, and the body heard there
   takes part in the meeting. */
static void
test_column_line_with_a_year(void)
{
  NgFacts     f = run("市人大常委会召开第十八次会议\n\n"
                      "本报讯 6月18日，市人大常委会主任罗明川主持召开市八\n"
                      "届人大常委会第十八次会议，研究加快推进重点水利工程\n"
                      "建设等工作。副主任陈立、赵丽，秘书长周启明出席会议\n"
                      "。市监察委员会、市中级人民法院有关负责同志列席会议\n"
                      "。会议指出，要统筹发展和安全。会议强调，要压实责任\n"
                      "。会议要求，各地各部门要把思想统一到决策部署上来。\n"
                      "\u3000\u3000会议听取和审议了市人民政府关于2025年度全\n"
                      "市财政预算执行情况的报告和关于全市农村人居环境整治\n"
                      "工作情况的报告，审议了有关人事任免议案，罗明川为新\n"
                      "任命的国家工作人员颁发任命书。\n",
                  "2026-06-19");
  const char *e = event(&f, "第十八次会议");
  assert(e);
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "市人民政府"));
  ng_facts_free(&f);
}

int
main(void)
{
  events_open();
  RUN(test_item_line_inspector);
  RUN(test_item_line_over_source_line);
  RUN(test_group_named_bare);
  RUN(test_column_line_with_a_year);
  events_close();
  return 0;
}
