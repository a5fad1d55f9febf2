/* tests/unit/test_event_orgs6.c -- which named bodies take part in an
   event and how, for shapes read by the session of 2026-11-29 04:57 UTC:
   each rule run through the whole extractor on a text written for the
   test with invented names of persons and bodies. */
#include "events.h"
#include "graph/buf.h"

/* 听取甲省乙市气象局关于…的研判: a body heard whose full name opens with
   its province and city (read as places of their own) reports at the
   meeting as one heard right after 听取 does. */
static void
test_body_heard_with_its_areas(void)
{
  NgFacts f =
    run("5月3日下午,区长罗明川主持召开全区防汛抗旱专题调度会,听取重庆市青河区"
        "气象局关于近期天气趋势的研判,部署强降雨防范应对工作。",
        "2026-05-04");
  const char *e = event(&f, "调度会");
  assert(e);
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "青河区气象局") ||
         in(&f, e, NG_SCHEMA_ATTENDEE, "重庆市青河区气象局"));
  ng_facts_free(&f);
}

/* 听取了甲局关于…的汇报和乙局关于…的汇报: the second body heard, after
   和 (及) that joins the reports, reports too. */
static void
test_second_report_after_and(void)
{
  NgFacts f =
    run("6月8日,市长罗明川主持召开市政府第57次常务会议。会议听取了市水利局关于"
        "青河水库灌区工程建设进展情况的汇报和市住房和城乡建设局关于城区燃气"
        "管网更新改造情况的汇报。",
        "2026-06-09");
  const char *e = event(&f, "常务会议");
  assert(e);
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "市水利局"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "市住房和城乡建设局"));
  ng_facts_free(&f);
}

/* 县政协组织部分常委和委员,对…进行专题视察: the visit a body sends its
   members on is the one told next (视察组一行…听取了甲局关于…的汇报),
   where the body heard takes part. */
static void
test_visit_a_body_sends(void)
{
  NgFacts f =
    run("10月21日,青河县政协组织部分县政协常委和委员,对全县文物保护利用工作"
        "进行专题视察,县政协主席罗明川带队。视察组一行先后深入甲镇古堡群保护"
        "修缮工程现场,听取了县文化和旅游局关于全县古堡保护利用情况的汇报。",
        "2026-10-22");
  const char *e = event(&f, "视察");
  assert(e);
  assert(in(&f, e, NG_SCHEMA_ORGANIZER, "青河县政协") ||
         in(&f, e, NG_SCHEMA_ORGANIZER, "县政协"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "县文化和旅游局") ||
         in(&f, e, NG_SCHEMA_ATTENDEE, "青河县文化和旅游局"));
  ng_facts_free(&f);
}

/* A page set in a narrow column (every line 24 characters wide) breaks
   a paragraph's first line at the column's edge with no comma in it
   (会议听取了甲局关于…的汇报 | 和乙局关于…), or an indented line of bodies
   right before the sentence's short tail (　　甲局、乙局、丙局、丁局有 |
   关负责同志列席会议。): neither is a headline, and the bodies of the
   broken sentences report at the meeting and attend it. */
static void
test_lines_of_a_column(void)
{
  NgFacts     f = run("市政府召开第五十七次常务会议\n\n"
                      "本报讯 6月8日，市长罗明川主持召开市政府第五十\n"
                      "七次常务会议，研究加快推进重点水利工程建设、城区\n"
                      "老旧管网改造等工作。副市长陈立、赵丽，市政府秘书\n"
                      "长周启明出席会议。会议指出，要统筹发展和安全。会\n"
                      "议强调，要压实责任。会议要求，各地各部门要把思想\n"
                      "和行动统一到市委市政府决策部署上来。会议审议通过\n"
                      "了有关事项。\n"
                      "会议听取了市水利局关于青河水库灌区工程进展的汇报\n"
                      "和市住房和城乡建设局关于城区燃气管网更新改造情况\n"
                      "的汇报。罗明川强调，要倒排工期、挂图作战，确保重\n"
                      "点水利工程年内建成见效。\n"
                      "\u3000\u3000市应急管理局、市财政局、市审计局、市统计局有\n"
                      "关负责同志列席会议。\n",
                  "2026-06-09");
  const char *e = event(&f, "常务会议");
  assert(e);
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "市住房和城乡建设局"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "市财政局"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "市统计局"));
  ng_facts_free(&f);
}

/* 副县长甲,县住房和城乡建设局、县民政局主要负责人,乙镇党委书记丙陪同:
   the bodies whose officers, named by none, go along take part in the
   visit, though the list goes on after a comma with a person's posts and
   name; the body in that person's post does not. */
static void
test_officers_before_another_escort(void)
{
  NgFacts f =
    run("9月3日,县委书记罗明川深入青河镇部分村(社区)和项目一线,调研基层治理和"
        "民生项目建设情况。副县长陈立,县住房和城乡建设局、县民政局主要负责"
        "人,青河镇党委书记赵丽陪同。",
        "2026-09-04");
  const char *e = event(&f, "调研");
  assert(e);
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "县住房和城乡建设局"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "县民政局"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "赵丽"));
  assert(!in(&f, e, NG_SCHEMA_ATTENDEE, "青河镇党委"));
  ng_facts_free(&f);
}

/* 甲村党支部书记乙作为获奖代表发言: who speaks for those honoured speaks
   as a person, his body in his post taking no part; 甲公司总经理乙作为
   投资方代表发言 speaks for his company, which does. */
static void
test_speaking_for_the_honoured(void)
{
  NgFacts f =
    run("3月28日,青河县召开2025年度乡村振兴工作表彰大会。县委书记罗明川出席"
        "会议并颁奖。溪源村党支部书记陈立作为获奖代表发言。4月2日,青河县"
        "举行重大项目集中签约仪式。县长赵丽致辞,青河锐远新材料有限公司"
        "总经理王强作为投资方代表发言。",
        "2026-04-03");
  const char *e = event(&f, "表彰大会");
  const char *o = event(&f, "签约仪式");
  assert(e && o);
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "陈立"));
  assert(!in(&f, e, NG_SCHEMA_ATTENDEE, "溪源村党支部"));
  assert(in(&f, o, NG_SCHEMA_ATTENDEE, "青河锐远新材料有限公司"));
  ng_facts_free(&f);
}

/* 出席会议的有:甲(镇党委委员、武装部部长): a body in the posts written in
   brackets after a name is in his title, no body taking part. */
static void
test_posts_in_brackets(void)
{
  NgFacts f =
    run("5月3日,青河镇召开党委会议。镇党委书记罗明川主持会议。出席会议的有:"
        "陈立(镇党委副书记、镇长)、赵丽(镇党委委员、武装部部长)。",
        "2026-05-04");
  const char *e = event(&f, "党委会议");
  assert(e);
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "赵丽"));
  assert(!in(&f, e, NG_SCHEMA_ATTENDEE, "武装部"));
  ng_facts_free(&f);
}

/* 6月5日,甲镇人大主席团组织部分区、镇人大代表,对…开展集中视察。镇人大
   主席乙带队,代表们先后察看了…: the presidium that sends the deputies
   (not the congress of the deputies) holds the visit, which who leads
   the group, on no day of his own, leads, no visit of his own; a meeting
   told back to the day before (此前,6月4日,区人大常委会召开主任会议) is
   none of the visit's, and the presidium takes no part in it. */
static void
test_visit_of_deputies_sent(void)
{
  NgFacts f =
    run("6月5日,青河镇人大主席团组织部分区、镇人大代表,对全镇农村人居环境"
        "整治工作开展集中视察。镇人大主席罗明川带队,代表们先后察看了青河镇"
        "果蔬产业园、沿湖生态廊道等点位。\n此前,6月4日下午,区人大常委会召开"
        "第二十六次主任会议,对集中视察活动作出安排。区人大常委会副主任陈立"
        "出席会议。",
        "2026-06-06");
  const char *e = event(&f, "集中视察");
  const char *o = event(&f, "主任会议");
  assert(e && o);
  assert(events(&f) == 2);
  assert(in(&f, e, NG_SCHEMA_ORGANIZER, "青河镇人大主席团"));
  assert(in(&f, e, NG_NG_LEAD, "罗明川"));
  assert(!in(&f, o, NG_SCHEMA_ATTENDEE, "青河镇人大主席团"));
  ng_facts_free(&f);
}

/* 研究院由甲县人民政府与乙大学共同组建。揭牌仪式后,双方召开…座谈会:
   the two sides the article just named as doing it together hold the
   meeting of 双方. */
static void
test_both_sides_hold(void)
{
  NgFacts f =
    run("6月11日上午,青河县杨梅产业研究院揭牌仪式在横溪镇举行。县委书记罗明川"
        "出席仪式并为研究院揭牌。据介绍,研究院由青河县人民政府与江南农林大学"
        "共同组建。揭牌仪式后,双方召开杨梅产业发展座谈会。县农业农村局作了"
        "发言。",
        "2026-06-12");
  const char *e = event(&f, "座谈会");
  assert(e);
  assert(in(&f, e, NG_SCHEMA_ORGANIZER, "青河县人民政府"));
  assert(in(&f, e, NG_SCHEMA_ORGANIZER, "江南农林大学"));
  ng_facts_free(&f);
}

int
main(void)
{
  events_open();
  RUN(test_body_heard_with_its_areas);
  RUN(test_second_report_after_and);
  RUN(test_visit_a_body_sends);
  RUN(test_lines_of_a_column);
  RUN(test_officers_before_another_escort);
  RUN(test_speaking_for_the_honoured);
  RUN(test_posts_in_brackets);
  RUN(test_visit_of_deputies_sent);
  RUN(test_both_sides_hold);
  events_close();
  return 0;
}
