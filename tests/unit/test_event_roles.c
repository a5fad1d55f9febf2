/* tests/unit/test_event_roles.c -- who takes part in an event and in what
   role, as the genre writes it in general (every name invented). */
#include "events.h"

/* 甲带领乙、丙等视察: who is led goes along; only the one before the lead
   verb leads. */
static void
test_persons_led_go_along(void)
{
  NgFacts     f = run("9月16日,市人大常委会副主任张建民带领市人大代表刘海涛、"
                      "陈志强等,视察甲县乡村振兴工作。",
                  "2026-09-17");
  const char *v = event(&f, "视察");
  assert(v);
  assert(in(&f, v, NG_NG_LEAD, "张建民"));
  assert(in(&f, v, NG_SCHEMA_ATTENDEE, "刘海涛"));
  assert(in(&f, v, NG_SCHEMA_ATTENDEE, "陈志强"));
  assert(!in(&f, v, NG_NG_LEAD, "刘海涛"));
  assert(!in(&f, v, NG_NG_LEAD, "陈志强"));
  ng_facts_free(&f);
}

/* 结合视察情况发言: what the visit found is a noun; who speaks speaks at
   the meeting under way, and no visit of his own begins. */
static void
test_findings_of_a_visit_are_no_visit(void)
{
  NgFacts f =
    run("9月16日,市人大常委会副主任张建民到甲县视察乡村振兴工作。"
        "视察结束后,视察组在甲县政府会议室召开座谈会。"
        "座谈会由赵明亮主持。市人大代表、乙公司董事长周立新结合视察情况发言。",
        "2026-09-17");
  const char *v = event(&f, "张建民");
  const char *m = event(&f, "座谈会");
  assert(v && m && strcmp(v, m));
  assert(in(&f, m, NG_NG_SPEAKER, "周立新"));
  assert(!in(&f, v, NG_NG_SPEAKER, "周立新"));
  assert(!in(&f, v, NG_NG_LEAD, "周立新"));
  assert(!event(&f, "周立新"));
  ng_facts_free(&f);
}

/* 参加调研和座谈: who goes along takes part in the visit and in the
   meeting held during it. */
static void
test_attend_the_visit_and_its_meeting(void)
{
  NgFacts     f = run("5月13日,县委书记张建民深入乙镇、丙镇走访调研民营企业,"
                      "并主持召开全县民营企业座谈会。副县长刘海涛,县政府"
                      "办公室主任陈志强参加调研和座谈。",
                  "2026-05-14");
  const char *v = event(&f, "走访调研");
  const char *m = event(&f, "座谈会");
  assert(v && m && strcmp(v, m));
  assert(in(&f, v, NG_SCHEMA_ATTENDEE, "刘海涛"));
  assert(in(&f, v, NG_SCHEMA_ATTENDEE, "陈志强"));
  assert(in(&f, m, NG_SCHEMA_ATTENDEE, "刘海涛"));
  assert(in(&f, m, NG_SCHEMA_ATTENDEE, "陈志强"));
  ng_facts_free(&f);
}

/* 甲中心揭牌仪式在…举行。乙、丙共同为甲中心揭牌: those who unveil the
   plaque take part in the ceremony named before, no second one. */
static void
test_unveil_at_the_ceremony_named_before(void)
{
  NgFacts     f = run("4月22日,甲市农产品检测中心揭牌仪式在市农业技术推广中心"
                      "举行。市农业农村局副局长刘海涛、副市长陈志强共同为"
                      "检测中心揭牌。",
                  "2026-04-23");
  const char *c = event(&f, "揭牌仪式");
  assert(c);
  assert(events(&f) == 1);
  assert(in(&f, c, NG_SCHEMA_ATTENDEE, "刘海涛"));
  assert(in(&f, c, NG_SCHEMA_ATTENDEE, "陈志强"));
  ng_facts_free(&f);
}

/* 甲到乙村实地检查…情况,要求…: who leads the visit says what the later
   clause of its sentence asks for. */
static void
test_leader_asks_on_the_visit(void)
{
  NgFacts     f = run("7月8日下午,镇长张建民带领镇应急管理办公室工作人员,深入"
                      "乙村、丙村实地检查地质灾害隐患点监测情况,要求各村"
                      "对防汛物资逐项清点、登记造册。",
                  "2026-07-09");
  const char *v = event(&f, "检查");
  assert(v);
  assert(in(&f, v, NG_NG_LEAD, "张建民"));
  assert(in(&f, v, NG_NG_SPEAKER, "张建民"));
  ng_facts_free(&f);
}

/* 乙受常务委员会委托,向大会报告工作: the one who reports to the session
   speaks at it. */
static void
test_report_to_the_session(void)
{
  NgFacts     f = run("1月7日上午,政协甲县第十五届委员会第五次会议在县会议中心"
                      "开幕。县政协主席张建民主持开幕会。县政协副主席"
                      "周立新受政协甲县第十五届委员会常务委员会委托,向大会"
                      "报告工作。",
                  "2026-01-08");
  const char *m = event(&f, "第五次会议");
  assert(m);
  assert(in(&f, m, NG_NG_CHAIR, "张建民"));
  assert(in(&f, m, NG_NG_SPEAKER, "周立新"));
  ng_facts_free(&f);
}

/* 甲会见了乙一行,双方就…进行座谈交流: the talks are the meeting itself,
   no visit led by the guest; what the two say is said there. */
static void
test_talks_of_a_meeting_with_guests(void)
{
  NgFacts     f = run("8月12日,市长刘海涛在市政府会见了乙集团董事长张建民一行,"
                      "双方就深化合作进行座谈交流。刘海涛对张建民一行的到来"
                      "表示欢迎。",
                  "2026-08-13");
  const char *m = event(&f, "会见");
  assert(m);
  assert(events(&f) == 1);
  assert(in(&f, m, NG_SCHEMA_ATTENDEE, "张建民"));
  assert(in(&f, m, NG_NG_SPEAKER, "刘海涛"));
  ng_facts_free(&f);
}

/* 甲公司董事长乙,甲镇乙村党支部书记丙,丁结合…发言: clauses of posts and a
   name before the verb share it, a place opening a body in a title
   included. */
static void
test_clauses_of_posts_share_the_speech(void)
{
  NgFacts     f = run("9月16日,甲县在县政府三楼会议室召开座谈会。座谈会由赵明亮"
                      "主持。市人大代表、金穗食品有限公司董事长周立新,市人大"
                      "代表、西山镇新庄村党支部书记孙丽萍,县政协委员王建华"
                      "结合工作情况发言。",
                  "2026-09-17");
  const char *m = event(&f, "座谈会");
  assert(m);
  assert(in(&f, m, NG_NG_SPEAKER, "周立新"));
  assert(in(&f, m, NG_NG_SPEAKER, "孙丽萍"));
  assert(in(&f, m, NG_NG_SPEAKER, "王建华"));
  ng_facts_free(&f);
}

/* 受市长甲委托,副市长乙出席会议并讲话: 甲 hands his part to 乙 and is not
   there. */
static void
test_who_entrusts_is_not_there(void)
{
  NgFacts     f = run("2月20日,全市安全生产工作会议召开。受市长刘海涛委托,副市长"
                      "周立新出席会议并讲话。会议由市政府副秘书长赵明亮"
                      "主持。",
                  "2026-02-21");
  const char *m = event(&f, "安全生产工作会议");
  assert(m);
  assert(in(&f, m, NG_NG_SPEAKER, "周立新"));
  assert(in(&f, m, NG_NG_CHAIR, "赵明亮"));
  assert(!in(&f, m, NG_SCHEMA_ATTENDEE, "刘海涛"));
  assert(!in(&f, m, NG_NG_SPEAKER, "刘海涛"));
  ng_facts_free(&f);
}

/* 甲对本次培训班作总结讲话, 乙对演练进行了点评: the event after 对 is the
   topic of the speech, and the person before it speaks. */
static void
test_speech_on_the_event_after_dui(void)
{
  NgFacts     f = run("6月12日,甲镇防汛培训班在镇会议中心开班。县应急管理局副"
                      "局长周立新出席开班仪式。镇党委书记张建民对本次培训班"
                      "作总结讲话。",
                  "2026-06-13");
  const char *c = event(&f, "培训班");
  assert(c);
  assert(in(&f, c, NG_NG_SPEAKER, "张建民"));
  ng_facts_free(&f);
  f = run("6月12日,甲镇在乙河开展防汛应急演练。县应急管理局副局长周立新"
          "到场观摩指导。演练结束后,镇党委书记张建民对演练进行了点评。",
          "2026-06-13");
  c = event(&f, "演练");
  assert(c);
  assert(in(&f, c, NG_NG_SPEAKER, "张建民"));
  ng_facts_free(&f);
}

/* 其他主禮嘉賓包括X、Y (Hong Kong): the guests who officiate take part. */
static void
test_officiating_guests_take_part(void)
{
  NgFacts     f = run("政務司司長張建民今日(十月五日)出席青年發展論壇並致辭。"
                      "其他主禮嘉賓包括民政及青年事務局局長劉海濤、青年發展"
                      "委員會副主席周立新。",
                  "2026-10-05");
  const char *c = event(&f, "论坛");
  assert(c);
  assert(in(&f, c, NG_NG_SPEAKER, "张建民"));
  assert(in(&f, c, NG_SCHEMA_ATTENDEE, "刘海涛"));
  assert(in(&f, c, NG_SCHEMA_ATTENDEE, "周立新"));
  ng_facts_free(&f);
}

/* 縣長甲今(5)日率同乙、丙等人前往…視察 (Taiwan): 甲 leads, those he
   brings along take part. */
static void
test_led_along_after_a_date(void)
{
  NgFacts     f = run("縣長張建民今(5)日率同水利處長劉海濤、消防局長周立新等人,"
                      "前往甲溪視察防汛整備情形。",
                  "2026-04-05");
  const char *v = event(&f, "视察");
  assert(v);
  assert(in(&f, v, NG_NG_LEAD, "张建民"));
  assert(in(&f, v, NG_SCHEMA_ATTENDEE, "刘海涛"));
  assert(in(&f, v, NG_SCHEMA_ATTENDEE, "周立新"));
  assert(!in(&f, v, NG_NG_LEAD, "刘海涛"));
  assert(!in(&f, v, NG_NG_LEAD, "周立新"));
  ng_facts_free(&f);
}

/* 陪同调研的有X、Y: who accompanies follows the verb, as 参加会议的有
   writes who attends. */
static void
test_escorts_named_after_the_verb(void)
{
  NgFacts     f = run("5月3日,副省长张建民到甲县调研乡村振兴工作。陪同调研的有"
                      "市委常委刘海涛、副市长周立新。",
                  "2026-05-04");
  const char *v = event(&f, "调研");
  assert(v);
  assert(in(&f, v, NG_NG_LEAD, "张建民"));
  assert(in(&f, v, NG_NG_ACCOMPANY, "刘海涛"));
  assert(in(&f, v, NG_NG_ACCOMPANY, "周立新"));
  ng_facts_free(&f);
}

/* 由甲带队,乙、丙一行赴…考察: 甲 leads; 乙 and 丙 go along. */
static void
test_led_by_the_clause_before(void)
{
  NgFacts     f = run("5月3日,由县委书记张建民带队,县领导刘海涛、周立新一行赴"
                      "乙市学习考察。",
                  "2026-05-04");
  const char *v = event(&f, "考察");
  assert(v);
  assert(in(&f, v, NG_NG_LEAD, "张建民"));
  assert(in(&f, v, NG_SCHEMA_ATTENDEE, "刘海涛"));
  assert(in(&f, v, NG_SCHEMA_ATTENDEE, "周立新"));
  assert(!in(&f, v, NG_NG_LEAD, "刘海涛"));
  assert(!in(&f, v, NG_NG_LEAD, "周立新"));
  ng_facts_free(&f);
}

/* A person named again by surname and title (徐县长前往…视察, 王书记一行)
   is the one named in full before who holds that title: the visit is led
   by that person. Two persons of the surname, neither of them with the
   title, leave the surname alone. */
static void
test_surname_and_title_name_the_person(void)
{
  NgFacts     f = run("5月20日,县长徐文华主持召开防汛工作会议,副县长颜明出席。"
                      "会后,徐县长前往南埔排水工程现场视察,乡长游淑珍陪同。",
                  "2026-05-21");
  const char *e = event(&f, "前往南埔排水工程现场视察");
  assert(e);
  assert(in(&f, e, NG_NG_LEAD, "徐文华"));
  assert(in(&f, e, NG_NG_ACCOMPANY, "游淑珍"));
  assert(!labelled(&f, NG_SCHEMA_PERSON, "徐"));
  ng_facts_free(&f);
  /* 指示: the head instructs at the meeting, a speaker */
  f = run("5月20日,县长徐文华主持召开防汛工作会议。徐文华指示,各单位要落实"
          "责任。",
          "2026-05-21");
  e = event(&f, "防汛工作会议");
  assert(e);
  assert(in(&f, e, NG_NG_SPEAKER, "徐文华"));
  ng_facts_free(&f);
  f = run("5月20日,李明和李强出席会议。李局长指出,要抓好落实。", "2026-05-21");
  assert(!labelled(&f, NG_SCHEMA_PERSON, "李局长"));
  assert(role(&f, NG_NG_SPEAKER, "李明") == 0);
  assert(role(&f, NG_NG_SPEAKER, "李强") == 0);
  ng_facts_free(&f);
}

/* On a visit, the person the visitor talks with (与合作社负责人某某亲切交流,
   与村党支部书记某某交流) takes part in it; a name after 与 that no verb of
   talking follows does not. */
static void
test_who_the_visitor_talks_with(void)
{
  NgFacts     f = run("5月8日,市委副书记王建中带队到平安县调研乡村振兴工作。随后,"
                      "王建中一行来到城关镇柳林村,走进禾丰水稻种植专业合作社,与"
                      "合作社负责人赵长林亲切交流,询问水稻长势。在柳林村,王建中与"
                      "村党支部书记孙德明交流,详细了解村集体增收情况。",
                  "2026-05-09");
  const char *e = event(&f, "王建中");
  assert(events(&f) == 1);
  assert(in(&f, e, NG_NG_LEAD, "王建中"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "赵长林"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "孙德明"));
  assert(!in(&f, e, NG_NG_LEAD, "孙德明"));
  ng_facts_free(&f);
  f = run("5月8日,区校合作座谈会在区政府召开。区委书记刘春明主持座谈会并讲话。"
          "\n座谈会前,刘春明一行先后到城关镇柳林村察看水源保护林建设情况。"
          "\n在柳林村,刘春明与村党支部书记孙德明交流,详细了解村集体增收情况。",
          "2026-05-09");
  e = event(&f, "察看");
  assert(e);
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "孙德明"));
  assert(!in(&f, event(&f, "座谈会"), NG_SCHEMA_ATTENDEE, "孙德明"));
  ng_facts_free(&f);
  f = run("5月8日,市委副书记王建中带队到平安县调研乡村振兴工作。他要求,要与"
          "合作社负责人赵长林等能人一起谋划产业。",
          "2026-05-09");
  assert(!in(&f, event(&f, "王建中"), NG_SCHEMA_ATTENDEE, "赵长林"));
  ng_facts_free(&f);
}

/* On a visit, the person whose home the visitor goes into (走进村民某某家中)
   takes part in it; on a visit of sympathy (走访慰问), or into the home of
   a household it helps (脱贫户), those called on do not. */
static void
test_who_the_visitor_calls_on(void)
{
  NgFacts     f = run("6月3日,县委副书记、县长马立新深入甲镇、乙乡调研夏季牧草"
                      "储备工作。在甲镇丙村,马立新走进牧民郑天明家中,察看储草"
                      "情况。",
                  "2026-06-04");
  const char *e = event(&f, "马立新");
  assert(e);
  assert(in(&f, e, NG_NG_LEAD, "马立新"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "郑天明"));
  assert(!in(&f, e, NG_NG_LEAD, "郑天明"));
  ng_facts_free(&f);
  f = run("1月20日,县委书记韩光明带队走访慰问。在丙村,韩光明走进老党员"
          "郑天明家中,询问老人身体状况。",
          "2026-01-21");
  e = event(&f, "韩光明");
  assert(e);
  assert(!in(&f, e, NG_SCHEMA_ATTENDEE, "郑天明"));
  ng_facts_free(&f);
  f = run("6月3日,县委副书记、县长马立新到甲镇督导防止返贫工作。马立新走进"
          "脱贫户郑天明家中,详细询问家庭收入情况。",
          "2026-06-04");
  e = event(&f, "马立新");
  assert(e);
  assert(!in(&f, e, NG_SCHEMA_ATTENDEE, "郑天明"));
  ng_facts_free(&f);
}

/* The two sides of a ceremony, each a list of names with posts, split by
   a semicolon before one verb (甲市市长王甲,副市长李乙;学校校长赵丙出席):
   all of them attend; a sentence of something else before the semicolon
   gives nobody. */
static void
test_semicolon_joins_the_lists(void)
{
  NgFacts f =
    run("4月9日下午,学校与滁州市人民政府在行政楼第一会议室举行市校"
        "合作签约仪式。滁州市委书记周正阳,市委副书记、市长何立新,副市长"
        "俞晓岚;学校党委书记魏立民,党委副书记、校长苏文清出席。",
        "2026-04-10");
  const char *e = event(&f, "签约仪式");
  assert(e);
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "周正阳"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "何立新"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "俞晓岚"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "魏立民"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "苏文清"));
  ng_facts_free(&f);
  f = run("4月9日下午,甲市举行市校合作签约仪式。副市长周正阳分管教育工作;"
          "学校党委书记魏立民出席。",
          "2026-04-10");
  e = event(&f, "签约仪式");
  assert(e);
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "魏立民"));
  assert(!in(&f, e, NG_SCHEMA_ATTENDEE, "周正阳"));
  ng_facts_free(&f);
}

/* Who explains right after his name speaks (工地主任某某说明进度, 某某
   说明,); a thing that shows something (这说明…) makes no speaker. */
static void
test_who_explains_speaks(void)
{
  NgFacts     f = run("9月9日上午,县长柯振宇前往甲乡视察河道疏浚工程。柯振宇一行"
                      "首先来到河道下游段,听取施工单位工地主任温立诚说明疏浚进度。"
                      "随后来到抽水站,县水利局局长贺文静说明,全县已完成抽水机预布。"
                      "柯振宇表示,这说明前期准备扎实。",
                  "2026-09-10");
  const char *e = event(&f, "柯振宇");
  assert(e);
  assert(in(&f, e, NG_NG_SPEAKER, "温立诚"));
  assert(in(&f, e, NG_NG_SPEAKER, "贺文静"));
  assert(in(&f, e, NG_NG_LEAD, "柯振宇"));
  ng_facts_free(&f);
}

/* A title of plain words headed by a place (曲阳县石雕大师) before a name,
   in one of the clauses of posts and a name before 先后发言, speaks too. */
static void
test_plain_title_under_a_place_speaks(void)
{
  NgFacts     f = run("11月12日,县政协召开常委会会议。会上,县政协委员、曲阳县石雕"
                      "大师郑永年,县政协委员、县石材协会会长邹海波先后发言。",
                  "2026-11-13");
  const char *e = event(&f, "常委会会议");
  assert(e);
  assert(in(&f, e, NG_NG_SPEAKER, "郑永年"));
  assert(in(&f, e, NG_NG_SPEAKER, "邹海波"));
  ng_facts_free(&f);
}

/* Who makes a report on another's behalf speaks, whether the words of
   the entrusting stand before him, between him and the report, or after
   a comma (副市长某某受市人民政府委托,作了关于…的报告). */
static void
test_entrusted_reporter_speaks(void)
{
  const char *cases[] = {
    "副市长周明受市人民政府委托,作了关于2025年市级决算的报告。",
    "副市长周明受市人民政府委托作关于2025年市级决算的报告。",
    "受市人民政府委托,副市长周明作了关于2025年市级决算的报告。",
    NULL
  };
  for (const char *const *c = cases; *c; c++) {
    char text[512];
    snprintf(text,
             sizeof text,
             "6月28日,市人大常委会第二十次会议召开。市人大常委会主任郑国华主持"
             "会议。%s",
             *c);
    NgFacts     f = run(text, "2026-06-29");
    const char *e = event(&f, "第二十次会议");
    assert(e && events(&f) == 1);
    assert(in(&f, e, NG_NG_SPEAKER, "周明"));
    ng_facts_free(&f);
  }
}

/* The last of two names before 陪同 or 主持 ends before the verb (副县长
   刘明、陈芳陪同调研), though the name and the verb's first character
   could make a name of three (陈芳陪): both accompany the visit. */
static void
test_last_name_before_a_verb_of_names(void)
{
  const char *cases[] = { "副县长刘明、陈芳陪同调研。",
                          "县领导刘明、陈芳陪同调研。",
                          NULL };
  for (const char *const *c = cases; *c; c++) {
    char text[256];
    snprintf(text, sizeof text, "4月15日,县委书记王建军到城关镇调研。%s", *c);
    NgFacts     f = run(text, "2026-04-16");
    const char *e = event(&f, "王建军");
    assert(e && events(&f) == 1);
    assert(in(&f, e, NG_NG_ACCOMPANY, "陈芳"));
    assert(in(&f, e, NG_NG_ACCOMPANY, "刘明"));
    assert(!labelled(&f, NG_SCHEMA_PERSON, "陈芳陪"));
    ng_facts_free(&f);
  }
}

/* The sentence a role was read at is the one `why` quotes for it: the
   chair's own sentence, not the meeting's first one. */
static long
sentence_of(const NgFacts *f, const char *pred)
{
  for (size_t i = 0; i < f->n; i++)
    if (!strcmp(f->v[i].p.value, pred))
      return f->v[i].sentence;
  return -2;
}

static void
test_each_role_cites_its_sentence(void)
{
  NgFacts f =
    run("全市秋冬季安全生产会议召开\n11月18日,全市秋冬季安全生产会议召开。"
        "市委书记柯文远作动员讲话。市长乔雨桐主持会议。",
        "2026-11-19");
  long ev = -2;
  for (size_t i = 0; i < f.n && ev == -2; i++)
    if (!strcmp(f.v[i].p.value, NG_RDF_TYPE) &&
        !strcmp(f.v[i].o.value, NG_SCHEMA_EVENT))
      ev = f.v[i].sentence;
  long chair = sentence_of(&f, NG_NG_CHAIR);
  long speak = sentence_of(&f, NG_NG_SPEAKER);
  assert(ev >= 0 && chair >= 0 && speak >= 0);
  assert(speak > ev && chair > speak);
  ng_facts_free(&f);
}

/* Two meetings with visitors the same day: a host who sat in on the first
   meets guests of his own (同日,副市长乙会见了…), another event; the same
   guests met again are the same meeting. */
static void
test_second_meeting_with_other_guests(void)
{
  NgFacts f = run("会见动态\n11月12日,市委书记柯文远会见了客商代表乔雨桐一行。"
                  "副市长聂秋岚参加会见。同日,聂秋岚会见了某国友好代表团团长"
                  "蒯云飞一行。",
                  "2026-11-13");
  assert(events(&f) == 2);
  const char *a = event(&f, "乔雨桐"), *b = event(&f, "蒯云飞");
  assert(a && b && strcmp(a, b));
  assert(in(&f, a, NG_SCHEMA_ATTENDEE, "柯文远"));
  assert(!in(&f, a, NG_SCHEMA_ATTENDEE, "蒯云飞"));
  assert(in(&f, b, NG_SCHEMA_ATTENDEE, "聂秋岚"));
  assert(!in(&f, b, NG_SCHEMA_ATTENDEE, "柯文远"));
  ng_facts_free(&f);
  f = run("会见动态\n11月12日,市委书记柯文远会见了客商代表乔雨桐一行。"
          "双方座谈后,柯文远再次会见了乔雨桐。",
          "2026-11-13");
  assert(events(&f) == 1);
  ng_facts_free(&f);
}

/* Who lays out the work (甲对…进行了具体部署) or gives the new cadres a
   collective talk on integrity (甲主持会议并对…进行集体廉政谈话) speaks at
   the meeting. */
static void
test_laying_out_work_and_talks_are_speech(void)
{
  NgFacts     f = run("南溪镇召开防汛工作部署会\n"
                      "7月2日,南溪镇召开防汛工作部署会。镇党委书记钱立新主持"
                      "会议。会上,副镇长孙海波对防汛工作进行了具体部署。\n"
                      "7月1日,县纪委监委召开廉洁提醒谈话会,县纪委书记周文清"
                      "主持会议并对新提拔干部进行集体廉政谈话。\n",
                  "2026-07-03");
  const char *a = event(&f, "部署会");
  const char *b = event(&f, "谈话会");
  assert(a && b && strcmp(a, b));
  assert(in(&f, a, NG_NG_SPEAKER, "孙海波"));
  assert(in(&f, b, NG_NG_SPEAKER, "周文清"));
  assert(in(&f, b, NG_NG_CHAIR, "周文清"));
  ng_facts_free(&f);
}

int
main(void)
{
  events_open();
  RUN(test_persons_led_go_along);
  RUN(test_second_meeting_with_other_guests);
  RUN(test_findings_of_a_visit_are_no_visit);
  RUN(test_attend_the_visit_and_its_meeting);
  RUN(test_unveil_at_the_ceremony_named_before);
  RUN(test_leader_asks_on_the_visit);
  RUN(test_report_to_the_session);
  RUN(test_talks_of_a_meeting_with_guests);
  RUN(test_clauses_of_posts_share_the_speech);
  RUN(test_who_entrusts_is_not_there);
  RUN(test_speech_on_the_event_after_dui);
  RUN(test_officiating_guests_take_part);
  RUN(test_led_along_after_a_date);
  RUN(test_escorts_named_after_the_verb);
  RUN(test_led_by_the_clause_before);
  RUN(test_surname_and_title_name_the_person);
  RUN(test_who_the_visitor_talks_with);
  RUN(test_who_the_visitor_calls_on);
  RUN(test_semicolon_joins_the_lists);
  RUN(test_who_explains_speaks);
  RUN(test_plain_title_under_a_place_speaks);
  RUN(test_entrusted_reporter_speaks);
  RUN(test_last_name_before_a_verb_of_names);
  RUN(test_each_role_cites_its_sentence);
  RUN(test_laying_out_work_and_talks_are_speech);
  events_close();
  return 0;
}
