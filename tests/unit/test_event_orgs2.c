/* tests/unit/test_event_orgs2.c -- more of which named bodies take part
   in an event and how, each rule run through the whole extractor on a
   text written for the test with invented names of persons and bodies
   (areas are real divisions, which the place recognizer knows). */
#include "events.h"

/* 甲局到乙乡开展…活动: the area after the verb of going is where the body
   goes, not who holds the activity; the body before the verb holds it,
   alone or in a list, and nobody does where a person leads the way. */
static void
test_body_that_goes_holds_the_activity(void)
{
  NgFacts f =
    run("7月21日,县卫健委到西河乡开展“健康义诊进乡村”活动。", "2024-07-22");
  const char *e = event(&f, "健康义诊");
  assert(e);
  assert(in(&f, e, NG_SCHEMA_ORGANIZER, "县卫生健康委员会"));
  assert(role(&f, NG_SCHEMA_ORGANIZER, "西河乡") == 0);
  assert(!event(&f, "西河乡"));
  ng_facts_free(&f);
  f = run("3月15日,县司法局、县医保局一行赴东山镇举办普法宣传活动。",
          "2024-03-16");
  e = event(&f, "普法宣传活动");
  assert(in(&f, e, NG_SCHEMA_ORGANIZER, "县司法局"));
  assert(in(&f, e, NG_SCHEMA_ORGANIZER, "县医疗保障局"));
  assert(role(&f, NG_SCHEMA_ORGANIZER, "东山镇") == 0);
  ng_facts_free(&f);
  f = run("7月21日,县长周文山带领县卫健委到西河乡开展义诊活动。", "2024-07-22");
  e = event(&f, "义诊活动");
  assert(in(&f, e, NG_NG_LEAD, "周文山"));
  assert(role(&f, NG_SCHEMA_ORGANIZER, "县卫生健康委员会") == 0);
  assert(role(&f, NG_SCHEMA_ORGANIZER, "西河乡") == 0);
  ng_facts_free(&f);
}

/* 甲代表团在乙(的)带领下到…考察: a visit led by 乙 that the body before
   在 makes, named from it; 一行 may follow the body, a post may stand
   before the leader. */
static void
test_body_led_by_a_person_visits(void)
{
  const char *cases[] = {
    "7月21日,岳阳楼区党政代表团在区委书记钱立群带领下来平江县考察交流。",
    "7月21日,岳阳楼区党政代表团在区委书记钱立群的带领下到平江县考察交流。",
    "7月21日,岳阳楼区党政代表团一行在钱立群率领下到平江县考察。",
    NULL
  };
  for (const char *const *c = cases; *c; c++) {
    NgFacts     f = run(*c, "2024-07-22");
    const char *e = event(&f, "岳阳楼区党政代表团");
    assert(events(&f) == 1);
    assert(in(&f, e, NG_NG_LEAD, "钱立群"));
    assert(in(&f, e, NG_SCHEMA_ATTENDEE, "岳阳楼区党政代表团"));
    ng_facts_free(&f);
  }
  NgFacts     f = run("5月22日,县人大常委会执法检查组在副主任韦春明带领下,"
                      "对我县贯彻实施食品安全法情况开展执法检查。",
                  "2024-05-23");
  const char *e = event(&f, "执法检查");
  assert(in(&f, e, NG_NG_LEAD, "韦春明"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "县人大常委会执法检查组"));
  ng_facts_free(&f);
}

/* 甲为乙合作社、丙公司授牌 (授予, 颁发) at a ceremony: the bodies
   honoured take part in it, the first of a list counted by 等 too; the
   one who hands the plaques attends, and nobody holds it by that. */
static void
test_bodies_honoured_at_a_ceremony(void)
{
  const char *P = "11月7日,全县脐橙品牌授牌仪式在县会展中心举行。";
  const char *cases[] = {
    "副县长蓝春燕为瑞丰果业专业合作社、华晟电气有限公司授牌。",
    "县领导为瑞丰果业专业合作社、华晟电气有限公司颁发荣誉证书。",
    "副县长蓝春燕为瑞丰果业专业合作社、华晟电气有限公司等10家经营主体授予"
    "“示范单位”牌匾。",
    NULL
  };
  for (const char *const *c = cases; *c; c++) {
    char text[512];
    snprintf(text, sizeof text, "%s%s", P, *c);
    NgFacts     f = run(text, "2024-11-08");
    const char *e = event(&f, "授牌仪式");
    assert(events(&f) == 1);
    assert(in(&f, e, NG_SCHEMA_ATTENDEE, "瑞丰果业专业合作社"));
    assert(in(&f, e, NG_SCHEMA_ATTENDEE, "华晟电气有限公司"));
    assert(role(&f, NG_SCHEMA_ORGANIZER, "华晟电气有限公司") == 0);
    ng_facts_free(&f);
  }
}

/* 会见(了)代表团一行: the delegation the article named before, written
   bare, takes part in the meeting, and so does who leads it; with no
   delegation named, nobody. */
static void
test_delegation_met_written_bare(void)
{
  const char *cases[] = {
    "4月10日,南江市委副书记、市长龚建平率南江市党政代表团来我市考察交流。"
    "市委书记邝立新会见代表团一行,市长甘振国陪同考察。",
    "4月10日,南江市委副书记、市长龚建平率南江市党政代表团来我市考察交流。"
    "市委书记邝立新会见了代表团一行。",
    NULL
  };
  for (const char *const *c = cases; *c; c++) {
    NgFacts     f = run(*c, "2024-04-11");
    const char *e = event(&f, "会见");
    assert(in(&f, e, NG_SCHEMA_ATTENDEE, "南江市党政代表团"));
    assert(in(&f, e, NG_SCHEMA_ATTENDEE, "龚建平"));
    assert(in(&f, e, NG_SCHEMA_ATTENDEE, "邝立新"));
    ng_facts_free(&f);
  }
  NgFacts f = run("4月10日,市委书记邝立新会见了代表团一行。", "2024-04-11");
  assert(role(&f, NG_SCHEMA_ATTENDEE, "代表团") == 0);
  ng_facts_free(&f);
}

/* 甲部组织全县干部开展…活动: the body that sends its people holds the
   activity, the bodies it sends take part; 甲队走进乙校,开展…, 甲会联合
   乙院,在某镇开展…: a clause with no subject of its own is held by the
   body that went there (not the place or school it went to) or the
   bodies joined in the clause before; a person's visit stays his. */
static void
test_body_that_sends_or_went_holds(void)
{
  NgFacts     f = run("11月9日,县委统战部组织全县统战干部开展“统战知识”学习"
                      "活动。",
                  "2024-11-10");
  const char *e = event(&f, "学习活动");
  assert(in(&f, e, NG_SCHEMA_ORGANIZER, "县委统一战线工作部"));
  ng_facts_free(&f);
  f = run("7月21日,县卫健委组织县人民医院、县中医院医疗专家到西河乡开展"
          "“健康义诊进乡村”活动。",
          "2024-07-22");
  e = event(&f, "健康义诊");
  assert(in(&f, e, NG_SCHEMA_ORGANIZER, "县卫生健康委员会"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "县人民医院"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "县中医院"));
  assert(role(&f, NG_SCHEMA_ORGANIZER, "县中医院") == 0);
  ng_facts_free(&f);
  f = run("11月9日,县消防救援大队走进县第一中学,开展消防安全疏散演练活动。",
          "2024-11-10");
  e = event(&f, "演练活动");
  assert(in(&f, e, NG_SCHEMA_ORGANIZER, "县消防救援大队"));
  assert(role(&f, NG_SCHEMA_ORGANIZER, "县第一中学") == 0);
  ng_facts_free(&f);
  f = run("11月9日,县妇联联合县人民医院,在东山镇开展“两癌”免费筛查活动。",
          "2024-11-10");
  e = event(&f, "筛查活动");
  assert(in(&f, e, NG_SCHEMA_ORGANIZER, "县妇女联合会"));
  assert(in(&f, e, NG_SCHEMA_ORGANIZER, "县人民医院"));
  ng_facts_free(&f);
  f = run("11月9日,县长甘振华带领县司法局深入东山镇,开展普法宣传活动。",
          "2024-11-10");
  e = event(&f, "普法宣传活动");
  assert(in(&f, e, NG_NG_LEAD, "甘振华"));
  assert(role(&f, NG_SCHEMA_ORGANIZER, "县司法局") == 0);
  ng_facts_free(&f);
}

/* 作了重要讲话, 发表了重要讲话 report a speech as 作重要讲话 does (not
   a speech cited: 传达了…的重要讲话精神); 莅临指导 is being there, as
   到会指导 is. */
static void
test_speech_and_guidance_at_the_meeting(void)
{
  const char *P = "5月10日,全县营商环境优化提升工作推进会召开。";
  const char *cases[] = { "县委常委谭立群作了重要讲话。",
                          "县委常委谭立群发表了重要讲话。",
                          NULL };
  for (const char *const *c = cases; *c; c++) {
    char text[512];
    snprintf(text, sizeof text, "%s%s", P, *c);
    NgFacts f = run(text, "2024-05-11");
    assert(in(&f, event(&f, "推进会"), NG_NG_SPEAKER, "谭立群"));
    ng_facts_free(&f);
  }
  char text[512];
  snprintf(text, sizeof text, "%s%s", P, "县委常委谭立群莅临指导。");
  NgFacts f = run(text, "2024-05-11");
  assert(in(&f, event(&f, "推进会"), NG_SCHEMA_ATTENDEE, "谭立群"));
  assert(role(&f, NG_NG_SPEAKER, "谭立群") == 0);
  ng_facts_free(&f);
  snprintf(
    text, sizeof text, "%s%s", P, "会议传达了县委常委谭立群的重要讲话精神。");
  f = run(text, "2024-05-11");
  assert(role(&f, NG_NG_SPEAKER, "谭立群") == 0);
  ng_facts_free(&f);
}

int
main(void)
{
  events_open();
  RUN(test_body_that_goes_holds_the_activity);
  RUN(test_body_led_by_a_person_visits);
  RUN(test_bodies_honoured_at_a_ceremony);
  RUN(test_delegation_met_written_bare);
  RUN(test_body_that_sends_or_went_holds);
  RUN(test_speech_and_guidance_at_the_meeting);
  events_close();
  return 0;
}
