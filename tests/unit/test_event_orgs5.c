/* tests/unit/test_event_orgs5.c -- which named bodies take part in an
   event and how, for shapes read by the session of 2026-11-28 17:16 UTC:
   each rule run through the whole extractor on a text written for the
   test with invented names of persons and bodies. */
#include "events.h"
#include "graph/buf.h"

/* 主持召开全市安全生产委员会全体(扩大)会议: the whole area written
   before the body whose own meeting it is does not hide the body, which
   holds it; 全市组织部长会议 names a post, no body. */
static void
test_body_after_the_whole_area(void)
{
  NgFacts f =
    run("4月14日,市委常委、常务副市长罗明川主持召开全市安全生产委员会全体"
        "(扩大)会议,部署安全生产治本攻坚行动。市应急管理局局长赵丽汇报"
        "一季度全市安全生产形势。4月20日,全市组织部长会议召开,市委常委、"
        "组织部部长陈立出席并讲话。",
        "2026-04-21");
  const char *e = event(&f, "全体(扩大)会议");
  const char *o = event(&f, "组织部长会议");
  assert(e && o);
  assert(in(&f, e, NG_SCHEMA_ORGANIZER, "安全生产委员会") ||
         in(&f, e, NG_SCHEMA_ORGANIZER, "市安全生产委员会"));
  assert(!in(&f, o, NG_SCHEMA_ORGANIZER, "市委组织部"));
  ng_facts_free(&f);
}

/* 7日下午,访问团出席了在甲街道举行的座谈会: the delegation met before,
   named bare as the whole subject of its clause, attends the meeting; a
   body of its own name before the verb attends as itself. */
static void
test_delegation_attends(void)
{
  NgFacts f =
    run("香港青河青年商会访问团一行40余人7日至8日赴平江县考察交流。平江县委"
        "书记罗明川7日在县城会见了访问团一行,商会会长陈立率团出席。7日下午,"
        "访问团出席了在城关街道举行的青年创业合作座谈会,副县长赵丽主持座谈"
        "会。8日上午,县商务局出席了青年电商培训班开班式。",
        "2026-09-09");
  const char *e = event(&f, "青年创业合作座谈会");
  const char *o = event(&f, "开班式");
  assert(e && o);
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "香港青河青年商会访问团"));
  assert(!in(&f, o, NG_SCHEMA_ATTENDEE, "香港青河青年商会访问团"));
  ng_facts_free(&f);
}

/* 于田县第十八届人民代表大会常务委员会第三十一次会议: a county whose name
   opens with a stop character (于) keeps it in the event's name, and the
   standing committee named with its term is the standing body the
   article names without it (县人大常委会), which holds the meeting. */
static void
test_termed_standing_committee(void)
{
  NgFacts f =
    run("8月27日,于田县第十八届人民代表大会常务委员会第三十一次会议在县人大"
        "常委会机关会议室召开。县人大常委会主任罗明川主持会议,副主任赵丽"
        "出席会议。",
        "2026-08-28");
  const char *e = event(&f, "于田县第十八届");
  assert(e);
  assert(in(&f, e, NG_SCHEMA_ORGANIZER, "县人大常委会") ||
         in(&f, e, NG_SCHEMA_ORGANIZER, "于田县人大常委会"));
  assert(
    !in(&f, e, NG_SCHEMA_ORGANIZER, "于田县第十八届人民代表大会常务委员会"));
  ng_facts_free(&f);
}

/* 市委统战部领导班子召开…民主生活会: a body's leading group that meets is
   the body holding the meeting. */
static void
test_leading_group_holds(void)
{
  NgFacts f =
    run("10月8日,平江县委统战部领导班子召开巡察整改专题民主生活会。县委常委、"
        "统战部部长罗明川主持会议并讲话。",
        "2026-10-09");
  const char *e = event(&f, "民主生活会");
  assert(e);
  assert(in(&f, e, NG_SCHEMA_ORGANIZER, "平江县委统战部") ||
         in(&f, e, NG_SCHEMA_ORGANIZER, "平江县委统一战线工作部"));
  ng_facts_free(&f);
}

/* 某县新的社会阶层人士联合会第二届会员大会, 某县海洋与渔业局2026年工作
   会议: a stop character (的, 与) inside the name of the body that opens
   the event's name cuts neither, and the body holds its meeting. */
static void
test_stop_inside_a_body(void)
{
  NgFacts f =
    run("9月25日,青河县新的社会阶层人士联合会第二届会员大会在县行政中心召开。"
        "县委常委、统战部部长罗明川出席会议并讲话。1月5日,青河县海洋与渔业局"
        "2026年工作会议召开,局长陈立出席会议并讲话。",
        "2026-09-26");
  const char *e = event(&f, "青河县新的社会阶层人士联合会第二届会员大会");
  const char *o = event(&f, "青河县海洋与渔业局2026年工作会议");
  assert(e && o);
  assert(in(&f, e, NG_SCHEMA_ORGANIZER, "青河县新的社会阶层人士联合会"));
  assert(in(&f, o, NG_SCHEMA_ORGANIZER, "青河县海洋与渔业局"));
  ng_facts_free(&f);
}

/* 甲局携手乙大学举办…对接会 (联手, 牵手): a verb of joining hands is no
   part of a body's name; both bodies hold the event. */
static void
test_joined_hands(void)
{
  const char *verbs[] = { "携手", "联手", "牵手", NULL };
  for (const char *const *v = verbs; *v; v++) {
    NgBuf    b  = { 0 };
    NgStatus st = ng_buf_printf(&b,
                                "6月11日,青河县科技局%s平江大学举办产学研对接"
                                "会。副县长罗明川出席对接会并讲话。",
                                *v);
    assert(st == NG_OK);
    NgFacts     f = run(ng_buf_str(&b), "2026-06-12");
    const char *e = event(&f, "产学研对接会");
    assert(e);
    assert(in(&f, e, NG_SCHEMA_ORGANIZER, "平江大学"));
    assert(in(&f, e, NG_SCHEMA_ORGANIZER, "青河县科技局") ||
           in(&f, e, NG_SCHEMA_ORGANIZER, "青河县科学技术局"));
    ng_facts_free(&f);
    ng_buf_free(&b);
  }
}

/* 县气象局作了天气趋势分析, 听取县水文站关于近期雨情的研判: a body that
   gives its analysis or its assessment at a meeting speaks there. */
static void
test_analysis_is_speech(void)
{
  NgFacts f =
    run("6月11日,青河县召开防汛工作部署会。会议由副县长罗明川主持。县水利局"
        "局长陈立通报了汛前检查情况,县气象局作了天气趋势分析。会议听取了县"
        "水文站关于近期雨情的研判,部署强降雨防范应对工作。",
        "2026-06-12");
  const char *e = event(&f, "部署会");
  assert(e);
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "县气象局") ||
         in(&f, e, NG_SCHEMA_ATTENDEE, "青河县气象局"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "县水文站") ||
         in(&f, e, NG_SCHEMA_ATTENDEE, "青河县水文站"));
  ng_facts_free(&f);
}

/* 平江市工商联考察团一行来青河县考察,副县长王明陪同: a delegation that
   comes (来) to a county makes a visit of its own, which it takes part in
   and its escort accompanies. */
static void
test_delegation_comes(void)
{
  NgFacts f =
    run("6月11日,平江市工商联考察团一行来青河县考察,副县长罗明川陪同考察。",
        "2026-06-12");
  const char *e = event(&f, "来青河县考察");
  assert(e);
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "平江市工商联考察团"));
  assert(in(&f, e, NG_NG_ACCOMPANY, "罗明川"));
  ng_facts_free(&f);
}

/* 在市农业农村局、市水利局主要负责同志陪同下到…调研: the bodies whose
   officers, named by none, go along take part in the visit; a body in a
   named escort's title brings none. */
static void
test_escorting_bodies(void)
{
  NgFacts f =
    run("6月11日,市委书记罗明川在市农业农村局、市水利局主要负责同志陪同下到"
        "青河县调研乡村振兴工作。6月12日,市长陈立在市商务局局长赵丽陪同下"
        "到平江县调研外贸工作。",
        "2026-06-13");
  const char *e = event(&f, "罗明川");
  const char *o = event(&f, "陈立");
  assert(e && o);
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "市农业农村局"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "市水利局"));
  assert(in(&f, o, NG_NG_ACCOMPANY, "赵丽"));
  assert(!in(&f, o, NG_SCHEMA_ATTENDEE, "市商务局"));
  ng_facts_free(&f);
}

/* 县水利局就防汛准备工作作交流发言, 听取了运动会筹备工作情况汇报: the
   preparations as the work done (准备工作, 筹备情况) are no future; the
   bodies that speak of them take part. */
static void
test_preparations_are_no_future(void)
{
  NgFacts f =
    run("6月11日,青河县召开防汛工作部署会。副县长罗明川主持会议。会上,县水利"
        "局、县应急管理局分别就防汛准备工作作交流发言。6月12日,县教育局召开"
        "座谈会,听取了县体育中心关于运动会筹备情况的汇报。",
        "2026-06-13");
  const char *e = event(&f, "部署会");
  const char *o = event(&f, "座谈会");
  assert(e && o);
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "县水利局") ||
         in(&f, e, NG_SCHEMA_ATTENDEE, "青河县水利局"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "县应急管理局") ||
         in(&f, e, NG_SCHEMA_ATTENDEE, "青河县应急管理局"));
  assert(in(&f, o, NG_SCHEMA_ATTENDEE, "县体育中心") ||
         in(&f, o, NG_SCHEMA_ATTENDEE, "青河县体育中心"));
  ng_facts_free(&f);
}

/* 分别就今年防汛工作计划作了发言, 就三年行动计划作了说明: a plan named
   as the thing spoken of (工作计划, 行动计划) is no future; 作了专题辅导
   is speech as 作专题辅导 is. */
static void
test_plans_spoken_of(void)
{
  NgFacts f =
    run("6月11日,青河县召开防汛工作部署会。副县长罗明川主持会议。会上,县水利"
        "局和县应急管理局分别就今年防汛工作计划作了发言,县发改委就防汛三年"
        "行动计划作了说明,县气象局作了专题辅导。",
        "2026-06-12");
  const char *e = event(&f, "部署会");
  assert(e);
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "县水利局") ||
         in(&f, e, NG_SCHEMA_ATTENDEE, "青河县水利局"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "县应急管理局") ||
         in(&f, e, NG_SCHEMA_ATTENDEE, "青河县应急管理局"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "县气象局") ||
         in(&f, e, NG_SCHEMA_ATTENDEE, "青河县气象局"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "县发改委") ||
         in(&f, e, NG_SCHEMA_ATTENDEE, "青河县发展和改革委员会"));
  ng_facts_free(&f);
}

/* …到甲县调研,市农业农村局、市水利局主要负责同志一同调研: the bodies
   whose officers, named by none, go along (一同, 一起) join the visit
   reported and make none of their own. */
static void
test_bodies_go_along(void)
{
  NgFacts f =
    run("6月11日,市委书记罗明川到青河县调研乡村振兴工作,市农业农村局、市水利"
        "局主要负责同志一同调研。",
        "2026-06-12");
  const char *e = event(&f, "罗明川");
  assert(e);
  assert(events(&f) == 1);
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "市农业农村局"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "市水利局"));
  ng_facts_free(&f);
}

/* …签约仪式在县行政中心举行。县委书记甲出席。乙管委会与丙公司、丁公司签订
   投资协议: the sides sign at the ceremony named two sentences before, the
   one between telling who attends it, and make no signing of their own. */
static void
test_sides_sign_at_the_ceremony(void)
{
  NgFacts f =
    run("6月11日,青河县招商引资项目签约仪式在县行政中心举行。县委书记罗明川"
        "出席。县经济开发区管委会与平江新材料有限公司、白水科技有限公司签订"
        "投资协议。",
        "2026-06-12");
  const char *e = event(&f, "签约仪式");
  assert(e);
  assert(events(&f) == 1);
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "平江新材料有限公司"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "白水科技有限公司"));
  ng_facts_free(&f);
}

/* 常务副县长甲和县水利局、县应急管理局负责同志参加会议: 和 after a person
   joins the list of those who attend; the bodies after it take part. */
static void
test_and_after_a_person(void)
{
  NgFacts f =
    run("6月11日,青河县召开防汛工作部署会。副县长罗明川主持会议。县委常委、"
        "常务副县长陈立和县水利局、县应急管理局负责同志参加会议。",
        "2026-06-12");
  const char *e = event(&f, "部署会");
  assert(e);
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "县水利局") ||
         in(&f, e, NG_SCHEMA_ATTENDEE, "青河县水利局"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "陈立"));
  ng_facts_free(&f);
}

/* 县人大常委会组织部分代表视察…。副主任甲带队视察。: who leads the body's
   visit just reported, with no day of his own, makes no visit of his
   own; a lead on another day does. */
static void
test_leader_of_the_body_visit(void)
{
  NgFacts f =
    run("6月11日,青河县人大常委会组织部分县人大代表视察全县农村公路建设情况。"
        "县人大常委会副主任罗明川带队视察。6月12日,县长陈立带队检查。",
        "2026-06-13");
  const char *e = event(&f, "农村公路");
  assert(e);
  assert(events(&f) == 2);
  assert(in(&f, e, NG_NG_LEAD, "罗明川"));
  assert(!in(&f, e, NG_NG_LEAD, "陈立"));
  ng_facts_free(&f);
}

/* 县委书记甲与县水利局、县应急管理局负责同志座谈: the bodies whose
   officers, named by none, are met take part in the talk. */
static void
test_bodies_met(void)
{
  NgFacts f =
    run("6月11日,县委书记罗明川与县水利局、县应急管理局主要负责同志进行座谈,"
        "了解防汛工作情况。",
        "2026-06-12");
  const char *e = event(&f, "座谈");
  assert(e);
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "县水利局"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "县应急管理局"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "罗明川"));
  ng_facts_free(&f);
}

/* 副县长甲召集(组织)县水利局、县应急管理局负责同志召开防汛协调会: the
   bodies a person gathers to the meeting he holds take part in it; a body
   where he holds it (在县水利局召开) does not. */
static void
test_bodies_gathered(void)
{
  NgFacts f =
    run("6月11日,副县长罗明川召集县水利局、县应急管理局负责同志召开防汛协调"
        "会。6月12日,副县长陈立在县财政局召开预算工作座谈会。",
        "2026-06-13");
  const char *e = event(&f, "协调会");
  const char *o = event(&f, "座谈会");
  assert(e && o);
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "县水利局"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "县应急管理局"));
  assert(!in(&f, o, NG_SCHEMA_ATTENDEE, "县财政局"));
  ng_facts_free(&f);
}

int
main(void)
{
  events_open();
  RUN(test_body_after_the_whole_area);
  RUN(test_delegation_attends);
  RUN(test_termed_standing_committee);
  RUN(test_leading_group_holds);
  RUN(test_stop_inside_a_body);
  RUN(test_joined_hands);
  RUN(test_analysis_is_speech);
  RUN(test_delegation_comes);
  RUN(test_escorting_bodies);
  RUN(test_preparations_are_no_future);
  RUN(test_plans_spoken_of);
  RUN(test_bodies_go_along);
  RUN(test_sides_sign_at_the_ceremony);
  RUN(test_and_after_a_person);
  RUN(test_leader_of_the_body_visit);
  RUN(test_bodies_met);
  RUN(test_bodies_gathered);
  events_close();
  return 0;
}
