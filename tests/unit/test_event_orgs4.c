/* tests/unit/test_event_orgs4.c -- which named bodies take part in an
   event and how, for shapes of the genre read by the session of
   2026-11-28 02:10 UTC: each rule run through the whole extractor on a
   text written for the test with invented names of persons and bodies. */
#include "events.h"
#include "graph/buf.h"

/* 县文化体育广播电视和旅游局通报了…, 市文体广电和旅游局负责同志作补充发言,
   县经济信息委作交流发言: the long names local governments give their
   bureau of culture and tourism, and Chongqing's 经济信息委, are
   departments whole, which take part in the meeting they report to. */
static void
test_departments_of_culture_and_tourism(void)
{
  NgFacts     f = run("7月2日,青河县召开旅游旺季服务保障工作部署会。县委书记罗明川"
                      "主持会议。会上,县文化体育广播电视和旅游局通报了上半年全县"
                      "旅游市场运行情况。县农业农村局、县文体广电和旅游局负责同志"
                      "作补充发言。县交通局、县经济信息委作交流发言。",
                  "2026-07-03");
  const char *e = event(&f, "部署会");
  assert(e);
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "青河县文化体育广播电视和旅游局"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "青河县文体广电和旅游局"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "青河县经济信息委"));
  assert(!labelled(&f, NG_ORG_ORGANIZATION, "旅游局"));
  ng_facts_free(&f);
}

/* 县发改委、县经信局负责同志参加活动: the closing line's bodies attend the
   article's own event, not the guests' visit told after it (当天下午). */
static void
test_officers_attend_the_day(void)
{
  NgFacts f =
    run("7月2日上午,青河县与华峰新材料有限公司项目签约仪式在县行政中心"
        "举行。县委书记罗明川出席签约仪式。当天下午,华峰新材料有限公司"
        "董事长陈立一行还在副县长赵丽陪同下,实地考察了青河经济开发区。"
        "县发改委、县经信局负责同志参加活动。",
        "2026-07-03");
  const char *e = event(&f, "签约仪式");
  const char *v = event(&f, "考察");
  assert(e && v);
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "青河县发展和改革委员会"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "青河县经信局"));
  assert(!in(&f, v, NG_SCHEMA_ATTENDEE, "青河县经信局"));
  assert(!in(&f, v, NG_SCHEMA_ATTENDEE, "青河县发展和改革委员会"));
  ng_facts_free(&f);
}

/* …考察了…。县发改委负责同志参加活动。: with no other event reported the
   closing line's bodies attend the visit itself. */
static void
test_officers_attend_the_visit(void)
{
  NgFacts f =
    run("7月2日,华峰新材料有限公司董事长陈立一行在副县长赵丽陪同下,"
        "实地考察了青河经济开发区。县发改委、县经信局负责同志参加活动。",
        "2026-07-03");
  const char *v = event(&f, "考察");
  assert(v);
  assert(in(&f, v, NG_SCHEMA_ATTENDEE, "青河县经信局") ||
         in(&f, v, NG_SCHEMA_ATTENDEE, "县经信局"));
  ng_facts_free(&f);
}

/* 甲县、乙县通过视频连线作表态发言: areas that speak from their own venue
   over a video link speak for their bodies, as they do 在分会场. */
static void
test_areas_speak_over_a_video_link(void)
{
  const char *cases[] = { "平江县、华容县通过视频连线作表态发言。",
                          "平江县、华容县以视频连线方式作交流发言。",
                          NULL };
  for (const char *const *c = cases; *c; c++) {
    NgBuf    b = { 0 };
    NgStatus st =
      ng_buf_printf(&b,
                    "6月20日上午,市防汛抗旱指挥部召开防汛会商调度会。"
                    "副市长王明远主持会议并讲话。会上,市气象局汇报了"
                    "天气趋势,%s",
                    *c);
    assert(st == NG_OK);
    NgFacts f = run(b.data, "2024-06-21");
    ng_buf_free(&b);
    const char *e = event(&f, "调度会");
    assert(e);
    assert(in(&f, e, NG_NG_SPEAKER, "平江县"));
    assert(in(&f, e, NG_NG_SPEAKER, "华容县"));
    ng_facts_free(&f);
  }
}

/* 集团安全环保部通报…, 集团公司安全环保部、生产技术部负责人陪同检查: the
   head-office departments of a group, named after their parent, are
   bodies that report at its meeting and go along on its inspection. */
static void
test_departments_of_a_group(void)
{
  NgFacts f =
    run("8月26日,东岭能源集团有限公司召开安全生产专项整治推进会。集团党委"
        "书记、董事长罗明川出席会议并讲话。会上,集团安全环保部通报了上半年"
        "安全生产专项整治情况。",
        "2026-08-27");
  const char *e = event(&f, "推进会");
  assert(e);
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "集团安全环保部"));
  ng_facts_free(&f);
  f             = run("5月21日下午,罗明川带队深入集团所属青河煤矿开展安全生产检查。"
                      "集团公司安全环保部、生产技术部负责人陪同检查。",
          "2026-05-22");
  const char *v = event(&f, "检查");
  assert(v);
  assert(in(&f, v, NG_SCHEMA_ATTENDEE, "集团公司安全环保部"));
  assert(labelled(&f, NG_ORG_ORGANIZATION, "生产技术部") ||
         labelled(&f, NG_ORG_ORGANIZATION, "集团公司生产技术部"));
  ng_facts_free(&f);
}

/* 甲公司与俄方乙公司签约: the side a company is of (俄方, 中方, 外方) is no
   part of its name; 商协会 (chambers and associations) is a kind of body,
   none by name. */
static void
test_sides_and_kinds_name_no_body(void)
{
  NgFacts f =
    run("9日,第五届边境城市经贸合作论坛在黑河市开幕。中俄两国政府部门、"
        "商协会及企业代表300余人参加。当天下午举行的项目签约仪式上,"
        "黑河青松木业有限公司与俄方白桦林业资源公司等12个项目签约。",
        "2025-06-10");
  assert(labelled(&f, NG_ORG_ORGANIZATION, "白桦林业资源公司"));
  assert(!labelled(&f, NG_ORG_ORGANIZATION, "俄方白桦林业资源公司"));
  assert(!labelled(&f, NG_ORG_ORGANIZATION, "商协会"));
  ng_facts_free(&f);
}

/* 会上,甲局、乙局分别与丙局、丁局签订了…协议: the sides sign at the
   meeting under way and take part in it; the signing is no ceremony of
   its own. */
static void
test_sides_sign_at_the_meeting(void)
{
  NgFacts f =
    run("12日上午,东西部协作联席会议在县行政中心召开。罗明川、陈立出席"
        "会议并讲话,赵丽主持会议。岳阳市政府副秘书长王明远参加会议。"
        "会上,平江县人社局、平江县农业农村局分别与岳阳市人社局、岳阳市"
        "农业农村局签订了劳务协作协议和消费帮扶协议。",
        "2025-06-13");
  const char *e = event(&f, "联席会议");
  assert(e);
  assert(events(&f) == 1);
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "岳阳市农业农村局"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "平江县农业农村局"));
  ng_facts_free(&f);
}

/* 县委宣讲团深入甲乡开展宣讲活动,县委常委乙作首场宣讲: one activity, held
   by the lecturers' group, at which who gives the first lecture speaks. */
static void
test_first_lecture_of_the_activity(void)
{
  NgFacts     f = run("6月3日,县委宣讲团深入平江县安定镇开展宣讲活动,县委常委、"
                      "宣传部部长罗明川作首场宣讲。",
                  "2025-06-05");
  const char *e = event(&f, "宣讲活动");
  assert(e);
  assert(events(&f) == 1);
  assert(in(&f, e, NG_NG_SPEAKER, "罗明川"));
  assert(in(&f, e, NG_SCHEMA_ORGANIZER, "县委宣讲团") ||
         in(&f, e, NG_SCHEMA_ORGANIZER, "平江县委宣讲团"));
  ng_facts_free(&f);
}

int
main(void)
{
  events_open();
  RUN(test_departments_of_culture_and_tourism);
  RUN(test_officers_attend_the_day);
  RUN(test_officers_attend_the_visit);
  RUN(test_areas_speak_over_a_video_link);
  RUN(test_departments_of_a_group);
  RUN(test_sides_and_kinds_name_no_body);
  RUN(test_sides_sign_at_the_meeting);
  RUN(test_first_lecture_of_the_activity);
  events_close();
  return 0;
}
