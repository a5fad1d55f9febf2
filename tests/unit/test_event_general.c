/* tests/unit/test_event_general.c -- rules of the event stage that hold
   for Chinese government and party news in general, each run through the
   whole extractor (intake, entities, events) on a text written for the
   test with invented names: the shapes of an inspection, of a meeting's
   speakers and of what a meeting studies. */
#include "events.h"

/* An inspection carried out on a topic with a word between 进行 and the
   verb (对…进行专题视察, 开展实地调研) is the visit its subject leads. */
static void
test_inspection_with_a_word_before_the_verb(void)
{
  NgFacts f = run("3月5日,县政协主席刘文斌带领部分县政协委员,"
                  "对全县重点项目建设情况进行专题视察。"
                  "县政协副主席张丽华参加视察。",
                  "2024-03-06");
  assert(events(&f) == 1);
  assert(in(&f, event(&f, "专题视察"), NG_NG_LEAD, "刘文斌"));
  assert(role(&f, NG_SCHEMA_ATTENDEE, "张丽华") == 1);
  ng_facts_free(&f);
  f = run("4月2日,市人大常委会副主任王国平对全市河道治理工作开展实地调研。",
          "2024-04-03");
  assert(events(&f) == 1);
  assert(role(&f, NG_NG_LEAD, "王国平") == 1);
  ng_facts_free(&f);
}

/* A body that convenes a meeting at a venue (甲局在县委党校报告厅举行,
   在县政府二楼会议室召开, 在会议室召开会议) holds it; the body a room
   belongs to is no organizer. */
static void
test_body_convenes_at_a_venue(void)
{
  NgFacts f = run("5月8日上午,市商务局在市委党校报告厅举行全市外贸工作"
                  "推进会,介绍有关情况。",
                  "2024-05-08");
  assert(events(&f) == 1);
  assert(role(&f, NG_SCHEMA_ORGANIZER, "市商务局") == 1);
  assert(role(&f, NG_SCHEMA_ORGANIZER, "市委党校") == 0);
  ng_facts_free(&f);
  f = run("6月3日,县商务局在县政府二楼会议室召开全县外贸工作座谈会。",
          "2024-06-03");
  assert(in(&f, event(&f, "座谈会"), NG_SCHEMA_ORGANIZER, "县商务局"));
  assert(role(&f, NG_SCHEMA_ORGANIZER, "县政府") == 0);
  ng_facts_free(&f);
  f = run("6月4日,县商务局在会议室召开会议。", "2024-06-04");
  assert(role(&f, NG_SCHEMA_ORGANIZER, "县商务局") == 1);
  ng_facts_free(&f);
}

/* The day a word names written out in brackets (今(16)日, 昨（十五）日,
   as Hong Kong, Macau and Taiwan news write it) dates the event. */
static void
test_day_in_brackets_dates_the_event(void)
{
  NgFacts f = run("標題\n2024-10-16 18:05 新聞局\n"
                  "局長陳志明今（16）日下午視察甲區衛生中心。",
                  NULL);
  NgTerm  p = ng_iri(NG_SCHEMA_STARTDATE);
  assert(events(&f) == 1);
  int dated = 0;
  for (size_t i = 0; i < f.n; i++)
    dated |=
      !strcmp(f.v[i].p.value, p.value) && !strcmp(f.v[i].o.value, "2024-10-16");
  assert(dated);
  ng_facts_free(&f);
  f     = run("縣政府昨（十五）日召開縣務會議,縣長林志強主持。", "2024-09-16");
  dated = 0;
  for (size_t i = 0; i < f.n; i++)
    dated |=
      !strcmp(f.v[i].p.value, p.value) && !strcmp(f.v[i].o.value, "2024-09-15");
  assert(dated);
  ng_facts_free(&f);
}

/* A byline written into the text (〔記者 王某/某地報導〕, (记者 王某)) names
   who wrote the report: no participant, and no person that keeps the
   body after it from convening. */
static void
test_byline_in_brackets_takes_no_part(void)
{
  NgFacts f =
    run("〔記者 黃小明／嘉義報導〕嘉義縣政府今（七）日上午召開縣務會議,"
        "縣長林志強主持。",
        "2024-09-07");
  assert(events(&f) == 1);
  assert(role(&f, NG_SCHEMA_ATTENDEE, "黄小明") == 0);
  assert(role(&f, NG_NG_CHAIR, "林志强") == 1);
  assert(role(&f, NG_SCHEMA_ORGANIZER, "嘉义县政府") == 1);
  ng_facts_free(&f);
}

/* 分别陪同在当地的调研 after a meeting of the visit: who accompanies goes
   with the visit, not the meeting reported last. */
static void
test_accompany_the_visit_after_its_meeting(void)
{
  NgFacts     f = run("9月9日,省政府副省长王建华深入甲市、乙县调研农田水利"
                      "建设工作。10日下午,王建华在甲市主持召开座谈会,听取"
                      "汇报。甲市委书记赵志勇,乙县委书记赵刚分别陪同在当地的"
                      "调研。",
                  "2024-09-11");
  const char *v = event(&f, "调研");
  const char *m = event(&f, "座谈会");
  assert(v && m && strcmp(v, m));
  assert(in(&f, v, NG_NG_ACCOMPANY, "赵志勇"));
  assert(in(&f, v, NG_NG_ACCOMPANY, "赵刚"));
  assert(!in(&f, m, NG_NG_ACCOMPANY, "赵刚"));
  ng_facts_free(&f);
}

/* The member units of a body take part (指挥部各成员单位负责同志参加会议),
   not the body itself; nor do bodies counted by 两 (听取两县政府汇报). */
static void
test_member_units_and_counted_bodies(void)
{
  NgFacts f = run("3月2日,县政府召开全县安全生产工作会议。县应急管理局负责同志"
                  "参加会议,县安全生产委员会各成员单位负责同志参加会议。",
                  "2024-03-03");
  assert(role(&f, NG_SCHEMA_ATTENDEE, "县应急管理局") == 1);
  assert(role(&f, NG_SCHEMA_ATTENDEE, "县安全生产委员会") == 0);
  ng_facts_free(&f);
  f = run("5月6日,市人大常委会副主任李国强率检查组赴甲县、乙县,检查水污染防治"
          "法贯彻实施情况,并召开座谈会听取两县政府汇报。",
          "2024-05-07");
  assert(role(&f, NG_SCHEMA_ATTENDEE, "县政府") == 0);
  ng_facts_free(&f);
}

/* A headline whose body carries out or organizes an inspection (甲会开展
   执法检查, 区政协组织委员视察…) names the inspection's organizer, not that
   of the meeting held during it. */
static void
test_headline_body_organizes_the_inspection(void)
{
  NgFacts f = run("市人大常委会开展执法检查\n"
                  "本报讯 5月6日,市人大常委会副主任李国强率执法检查组赴甲县,"
                  "检查水污染防治法贯彻实施情况,并召开座谈会听取汇报。",
                  "2024-05-07");
  assert(in(&f, event(&f, "检查"), NG_SCHEMA_ORGANIZER, "市人大常委会"));
  assert(role(&f, NG_SCHEMA_ORGANIZER, "市人大常委会") == 1);
  ng_facts_free(&f);
  f = run("区政协组织委员视察重点项目建设\n"
          "本报讯 6月3日,区政协主席张明远带领部分区政协委员,"
          "对全区重点项目建设情况进行专题视察。",
          "2024-06-04");
  assert(role(&f, NG_SCHEMA_ORGANIZER, "区政协") == 1);
  ng_facts_free(&f);
}

/* 从全会召开的重大意义…进行解读: a meeting in a relative clause (召开的)
   is not reported, and the speakers of the session go on with it. */
static void
test_meeting_in_a_relative_clause(void)
{
  NgFacts f =
    run("3月2日,镇党委理论学习中心组开展集体学习,镇党委书记王丽华主持"
        "学习。县委党校讲师李文斌从全会召开的重大意义、主要内容两个方面"
        "进行了解读。会上,镇长张国栋传达学习了有关文件。",
        "2024-03-03");
  assert(events(&f) == 1);
  assert(role(&f, NG_NG_SPEAKER, "张国栋") == 1);
  ng_facts_free(&f);
}

/* Clauses of posts and a name, one after the other, share the verb of the
   last (甲村党支部书记王甲,乙村党支部书记李乙作交流发言). */
static void
test_comma_list_shares_the_speech(void)
{
  NgFacts f = run("3月2日,全县乡村振兴工作推进会召开。会上,东山村党支部书记"
                  "王振东,西河村党支部书记刘海涛结合本村实际作交流发言。",
                  "2024-03-03");
  assert(role(&f, NG_NG_SPEAKER, "王振东") == 1);
  assert(role(&f, NG_NG_SPEAKER, "刘海涛") == 1);
  ng_facts_free(&f);
}

/* 甲出席会议…乙主持反馈会议: the paragraph's bare 会议 is the meeting it
   names next, one event. */
static void
test_bare_meeting_named_next(void)
{
  NgFacts f = run("7月2日,省委第二督导组向甲市委反馈督导情况。省委办公厅副主任"
                  "陈立新出席会议并讲话。甲市委书记周建国主持反馈会议。",
                  "2024-07-03");
  assert(events(&f) == 1);
  const char *e = event(&f, "反馈会议");
  assert(in(&f, e, NG_NG_SPEAKER, "陈立新"));
  assert(in(&f, e, NG_NG_CHAIR, "周建国"));
  ng_facts_free(&f);
}

/* 传达学习甲某总书记在…的重要讲话精神,传达学习…: the person whose speech
   is studied does not speak at the meeting that studies it. */
static void
test_studied_speech_gives_no_speaker(void)
{
  NgFacts f = run("3月10日上午,市委书记王建国主持召开市委常委会会议,传达学习"
                  "李志远同志在全省经济工作会议上的重要讲话精神,传达学习《关于"
                  "加强基层应急管理能力建设的意见》。",
                  "2024-03-11");
  assert(in(&f, event(&f, "市委常委会"), NG_NG_CHAIR, "王建国"));
  assert(!in(&f, event(&f, "市委常委会"), NG_NG_SPEAKER, "李志远"));
  assert(!in(&f, event(&f, "市委常委会"), NG_SCHEMA_ATTENDEE, "李志远"));
  ng_facts_free(&f);
}

/* 在省两会期间的重要讲话精神: a speech given during the two sessions,
   cited, is an event of its own with its speaker. */
static void
test_speech_during_the_two_sessions(void)
{
  NgFacts f = run("3月10日上午,市委书记王建国主持召开市委常委会会议,传达学习"
                  "李志远同志在省两会期间的重要讲话精神。",
                  "2024-03-11");
  assert(events(&f) == 2);
  assert(in(&f, event(&f, "两会"), NG_NG_SPEAKER, "李志远"));
  ng_facts_free(&f);
}

/* 出席了甲大学与乙医院合作的研究中心揭牌仪式: a phrase ending in 的 between
   the verb and the name; the body a plaque is unveiled for holds nothing. */
static void
test_ceremony_after_a_phrase_with_de(void)
{
  NgFacts f = run("6月2日上午,市长王建国出席了复旦大学与华山医院合作的临床医学"
                  "研究中心揭牌仪式,并致辞。",
                  "2024-06-03");
  assert(events(&f) == 1);
  assert(in(&f, event(&f, "揭牌仪式"), NG_NG_SPEAKER, "王建国"));
  assert(role(&f, NG_SCHEMA_ORGANIZER, "临床医学研究中心") == 0);
  ng_facts_free(&f);
}

/* 甲某报告,社会处已与乙会完成物资调度协议: a clause that opens with a body
   has its own subject; the person before it leads no visit. */
static void
test_body_opens_its_own_clause(void)
{
  NgFacts f = run("9月7日,县政府召开县务会议。县社会处处长陈海峰报告,社会处已与"
                  "县红十字会完成物资调度协议。",
                  "2024-09-08");
  assert(events(&f) == 1);
  assert(role(&f, NG_NG_LEAD, "陈海峰") == 0);
  ng_facts_free(&f);
}

/* 副区长王某代表区政府与企业签约: the body a signer acts for signs; one
   a speaker congratulates for (代表市委对项目的签约表示祝贺) does not. */
static void
test_body_a_signer_acts_for(void)
{
  NgFacts f = run("5月21日上午,全区重大项目集中签约仪式在区行政中心举行。"
                  "副区长刘晓燕代表区政府与企业签约。",
                  "2024-05-22");
  assert(in(&f, event(&f, "签约仪式"), NG_SCHEMA_ATTENDEE, "区政府"));
  ng_facts_free(&f);
  f = run("5月21日上午,全市产业项目签约仪式举行。市长陈振东代表市委市政府"
          "对项目的签约表示祝贺。",
          "2024-05-22");
  assert(role(&f, NG_SCHEMA_ATTENDEE, "市政府") == 0);
  ng_facts_free(&f);
}

/* 甲研究中心揭牌仪式: the body a plaque is unveiled for holds nothing. */
static void
test_unveiled_body_holds_nothing(void)
{
  NgFacts f =
    run("6月2日上午,市长王建国出席了临床医学研究中心揭牌仪式。", "2024-06-03");
  assert(events(&f) == 1);
  assert(role(&f, NG_SCHEMA_ORGANIZER, "临床医学研究中心") == 0);
  ng_facts_free(&f);
}

/* A bare meeting held during a visit with nobody, no place and no day of
   its own (检查组…并召开座谈会听取汇报) is part of the visit (ANNOTATION.md);
   one where someone speaks (座谈会上,甲某表示) is an event of its own. */
static void
test_meeting_of_a_visit_needs_its_own_part(void)
{
  NgFacts f = run("5月6日至8日,市人大常委会执法检查组赴甲县检查水污染防治法"
                  "贯彻实施情况。检查组深入乙镇产业园实地察看,并召开座谈会"
                  "听取汇报。",
                  "2024-05-09");
  assert(!event(&f, "座谈会"));
  ng_facts_free(&f);
  f = run("5月6日,市政协副主席王文斌带领调研组到甲县调研乡村振兴工作。座谈"
          "会上,县委书记陈建华表示,将认真研究调研组的意见建议。",
          "2024-05-07");
  assert(in(&f, event(&f, "座谈会"), NG_NG_SPEAKER, "陈建华"));
  ng_facts_free(&f);
}

/* 巡视 and 巡察 are visits only when carried out, by the team that carries
   them out (甲组对乙市进行了常规巡视); 反馈了巡视情况 names the work, and
   the meeting after it is an event of its own. */
static void
test_tour_of_inspection_carried_out(void)
{
  NgFacts     f = run("3月1日至4月30日,省委第二巡视组对甲市进行了常规巡视。6月2日,"
                      "组长王建国向市委书记赵志勇反馈了巡视情况。省纪委副书记陈立新"
                      "出席会议并讲话。",
                  "2024-06-03");
  const char *v = event(&f, "巡视");
  assert(v && in(&f, v, NG_SCHEMA_ORGANIZER, "省委第二巡视组"));
  assert(role(&f, NG_NG_LEAD, "赵志勇") == 0);
  assert(!in(&f, v, NG_SCHEMA_ATTENDEE, "陈立新"));
  assert(role(&f, NG_NG_SPEAKER, "陈立新") == 1);
  ng_facts_free(&f);
}

/* 甲某到乙镇检查…;随后召开座谈会…;甲某强调: the leader of the visit who
   speaks at its meeting speaks on the visit too; not when his paragraph
   puts what is said at the meeting (座谈会上,…。甲某表示). */
static void
test_leader_speaks_on_the_visit(void)
{
  NgFacts f = run("6月28日,县长王建平带领县直有关部门负责人到甲镇检查重点项目。"
                  "随后,县领导一行在甲镇会议室召开座谈会。在听取了甲镇工作汇报"
                  "后,王建平强调,要加快项目建设。",
                  "2024-06-29");
  assert(in(&f, event(&f, "检查"), NG_NG_SPEAKER, "王建平"));
  assert(in(&f, event(&f, "座谈会"), NG_NG_SPEAKER, "王建平"));
  ng_facts_free(&f);
  f = run("6月28日,县长王建平带领县直有关部门负责人到甲镇检查重点项目,并召开"
          "座谈会。座谈会上,甲镇镇长李国强汇报了工作情况。王建平表示,要加快"
          "项目建设。",
          "2024-06-29");
  assert(!in(&f, event(&f, "检查"), NG_NG_SPEAKER, "王建平"));
  ng_facts_free(&f);
}

/* 在回答甲日报、乙日报记者提问时: the outlets whose reporters ask at a
   press conference take part in it. */
static void
test_outlets_that_ask_take_part(void)
{
  NgFacts     f = run("8月12日上午,市政府新闻办公室在市新闻发布厅举行新闻发布会。"
                      "市文化局局长王建明介绍了有关情况。在回答人民日报、新华日报"
                      "记者提问时,王建明表示,将推出旅游一卡通。",
                  "2024-08-13");
  const char *e = event(&f, "发布会");
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "人民日报"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "新华日报"));
  ng_facts_free(&f);
}

/* 處長甲某報告, 由甲局、乙處分別報告…: who reports to the meeting speaks
   there; 作了工作报告 and 审议…工作报告 keep reading the noun. */
static void
test_report_as_a_verb(void)
{
  NgFacts f =
    run("縣政府今（七）日上午召開縣務會議,縣長林志強主持。會中由縣府"
        "消防局、水利處分別報告颱風整備情形。縣府社會處處長陳海峰報告,"
        "各收容處所均已完成開設演練。",
        "2024-09-07");
  const char *e = event(&f, "会议");
  assert(in(&f, e, NG_NG_SPEAKER, "陈海峰"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "县府消防局") ||
         in(&f, e, NG_SCHEMA_ATTENDEE, "消防局"));
  ng_facts_free(&f);
  f = run("7月2日,县人大常委会召开会议。县水利局局长王建明作了关于防汛工作"
          "的报告。",
          "2024-07-03");
  assert(role(&f, NG_NG_SPEAKER, "王建明") == 1);
  ng_facts_free(&f);
}

/* 考察中,…他说: a sentence that opens with the visit's verb and 中 (期间)
   tells what happened on the visit reported last, led by its leader. */
static void
test_during_the_visit(void)
{
  NgFacts f =
    run("7月18日,省长王建华率代表团在甲市与市委书记赵志勇进行了会见。期间,"
        "王建华一行还考察了甲市产业园区。\n"
        "会见中,赵志勇表示,欢迎代表团到访。\n"
        "考察中,王建华一行走企业、进车间。在市审批局,王建华详细了解了"
        "审批事项,他说,要学习甲市的改革经验。",
        "2024-07-19");
  assert(in(&f, event(&f, "考察"), NG_NG_SPEAKER, "王建华"));
  assert(!in(&f, event(&f, "考察"), NG_NG_SPEAKER, "赵志勇"));
  ng_facts_free(&f);
}

/* 甲某对…给予了高度评价,他表示: 他 is the person who opens the sentence,
   not the subject of the sentence before. */
static void
test_he_is_the_sentence_subject(void)
{
  NgFacts f =
    run("3月1日,市长王建华带队前往省发展改革委对接工作,并与省发展改革委"
        "主任陈立新座谈交流。\n"
        "陈立新对甲市近年来取得的成绩给予了高度评价,他表示,将继续支持"
        "甲市发展。",
        "2024-03-02");
  assert(role(&f, NG_NG_SPEAKER, "陈立新") == 1);
  assert(role(&f, NG_NG_SPEAKER, "王建华") == 0);
  ng_facts_free(&f);
}

/* 第5号台风, 第十二号台风: a number after 第 is an ordinal, not the day
   of the event. */
static void
test_ordinal_is_no_day(void)
{
  const char *cases[] = {
    "8月26日下午,省防汛指挥部召开全省防御今年第5号台风视频"
    "会议。副省长王建华出席会议并讲话。",
    "8月26日下午,省防汛指挥部召开全省防御今年第十二号台风"
    "视频会议。副省长王建华出席会议并讲话。",
    NULL
  };
  for (const char *const *c = cases; *c; c++) {
    NgFacts     f = run(*c, "2024-08-27");
    const char *d = date_of(&f, event(&f, "视频会议"));
    assert(d && strstr(d, "08-26"));
    ng_facts_free(&f);
  }
}

/* 3号会议室, 1号楼, 5号台风: 号 before a noun numbers a thing, it is no
   day; 12号下午 and 3月12号 are days. */
static void
test_numbered_thing_is_no_day(void)
{
  const char *cases[] = { "3月12日下午,县政府在3号会议室召开全县春耕生产工作"
                          "会议。县长王建国出席并讲话。",
                          "3月12日下午,全县春耕生产工作会议在县政府1号楼召开。"
                          "县长王建国出席并讲话。",
                          "3月12日,省防汛指挥部召开防御今年5号台风视频调度会。"
                          "县长王建国在县分会场参加会议。",
                          "3月12号,全县春耕生产工作会议召开。县长王建国出席并"
                          "讲话。",
                          NULL };
  for (const char *const *c = cases; *c; c++) {
    NgFacts     f = run(*c, "2024-03-13");
    const char *d = date_of(&f, event(&f, "会"));
    assert(d && strstr(d, "03-12"));
    ng_facts_free(&f);
  }
  NgFacts     f = run("12号下午,全县春耕生产工作会议召开。县长王建国出席并讲话。",
                  "2024-03-13");
  const char *d = date_of(&f, event(&f, "会议"));
  assert(d && strstr(d, "03-12"));
  ng_facts_free(&f);
}

/* The household a visit walks into (走进脱贫户某某家中,察看…) is whose home
   is seen, not who inspects: the visit stays the leader's. */
static void
test_household_visited_is_no_inspector(void)
{
  NgFacts f = run("11月5日,市委副书记王志远到某县督导工作。王志远首先来到"
                  "某镇某村,走进脱贫户田大山家中,详细询问家庭收入情况,察看"
                  "安全住房情况。",
                  "2026-11-06");
  assert(events(&f) == 1);
  const char *e = event(&f, "王志远");
  assert(e);
  assert(!in(&f, e, NG_SCHEMA_ATTENDEE, "田大山"));
  ng_facts_free(&f);
}

/* A review meeting names whose work it reviews by a post no one holds
   there (党委书记抓基层党建工作述职评议会议): the post and the words of
   reviewing are of its name, which is not cut to 会议. */
static void
test_review_meeting_named_by_a_post(void)
{
  NgFacts f = run("3月12日,县委召开2025年度党委书记抓基层党建工作述职评议会议。"
                  "县委书记郑国强主持会议并作点评讲话。",
                  "2026-03-13");
  assert(events(&f) == 1);
  const char *e = event(&f, "党委书记抓基层党建工作述职评议会议");
  assert(e);
  assert(in(&f, e, NG_NG_CHAIR, "郑国强"));
  ng_facts_free(&f);
}

/* A meeting with visitors told with its day in brackets and its place
   before the verb (甲今日(十一月二十日)上午在政府总部会见乙率领的代表团,
   as Hong Kong's releases write) is named by the person and what follows
   the verb, not cut at 会见. */
static void
test_meeting_named_without_time_and_place(void)
{
  NgFacts f =
    run("政务司司长陈立基今日(十一月二十日)上午在政府总部会见江南省副省长"
        "王晓明率领的代表团,双方就合作交换意见。",
        "2025-11-20");
  assert(event(&f, "陈立基会见江南省副省长王晓明率领的代表团"));
  ng_facts_free(&f);
  /* the visit a host welcomes (欢迎代表团到访) is that meeting's */
  f = run("司长陈立基今日会见江南省代表团。陈立基欢迎代表团到访,并介绍了"
          "本地发展情况。",
          "2025-11-20");
  assert(events(&f) == 1);
  ng_facts_free(&f);
}

/* At a CPPCC session, who makes a report named by what it reports on
   (作提案工作情况报告, no 的) speaks, after another report too; what the
   report looks back on (报告指出,…;…组织委员开展活动) and a visit a
   speaker wishes for (希望委员深入基层开展调研) are no events. */
static void
test_session_reports_and_wishes(void)
{
  NgFacts f =
    run("1月8日上午,政协某市第十五届委员会第六次会议在市会议中心开幕。"
        "市委书记王文斌到会祝贺。\n\n"
        "庹明华代表市政协常务委员会向大会作工作报告。市政协副主席"
        "敖志明作十五届五次会议以来提案工作情况报告。\n\n"
        "报告指出,区政协持续深化民主监督;持续加强委员队伍建设,组织"
        "委员开展“委员履职进基层”活动,搭建平台。\n\n"
        "王文斌在讲话中代表市委表示热烈祝贺。他希望广大政协委员深入"
        "基层、深入群众开展调研。",
        "2027-01-09");
  assert(events(&f) == 1);
  const char *e = event(&f, "第六次会议");
  assert(e);
  assert(in(&f, e, NG_NG_SPEAKER, "敖志明"));
  assert(in(&f, e, NG_NG_SPEAKER, "王文斌"));
  ng_facts_free(&f);
}

/* An oath of office organized after a standing committee's session with
   no 仪式 named (并组织宪法宣誓) is a ceremony of its own: who organizes it
   chairs it, who supervises it (监誓) attends; the speech reported next is
   still the session's. */
static void
test_oath_organized_after_a_session(void)
{
  NgFacts     f    = run("8月27日,某县第十八届人民代表大会常务委员会第三十一次会议在"
                         "县人大常委会会议室召开。县人大常委会主任钟立新主持会议。\n\n"
                         "会后,钟立新为新任命的国家工作人员颁发任命书并组织宪法宣誓,"
                         "县人大常委会副主任谢红梅监誓。\n\n"
                         "钟立新在讲话中指出,要依法履职。",
                  "2026-08-28");
  const char *oath = event(&f, "宪法宣誓");
  const char *s    = event(&f, "第三十一次会议");
  assert(oath && s && strcmp(oath, s));
  assert(in(&f, oath, NG_NG_CHAIR, "钟立新"));
  assert(in(&f, oath, NG_SCHEMA_ATTENDEE, "谢红梅"));
  assert(in(&f, s, NG_NG_SPEAKER, "钟立新"));
  assert(!in(&f, oath, NG_NG_SPEAKER, "钟立新"));
  ng_facts_free(&f);
  /* the oath the ceremony just named is that ceremony, not one more */
  f = run("6月20日,县人大常委会举行宪法宣誓仪式。县人大常委会主任钟立新主持"
          "仪式并监誓,新任命的县财政局局长谢红梅进行宪法宣誓。",
          "2026-06-21");
  assert(events(&f) == 1);
  oath = event(&f, "宪法宣誓仪式");
  assert(oath && in(&f, oath, NG_NG_CHAIR, "钟立新"));
  assert(in(&f, oath, NG_SCHEMA_ATTENDEE, "谢红梅"));
  ng_facts_free(&f);
}

/* A hazard check (开展隐患排查), a patrol (巡查河道) or a look on site
   (实地查看) that an official leads with bodies is a visit: he leads it
   and the bodies take part. */
static void
test_hazard_checks_and_patrols_are_visits(void)
{
  NgFacts f = run("5月20日,镇党委书记邱海涛带领镇应急办、镇水利站相关人员,"
                  "深入各村开展防汛安全隐患排查工作。",
                  "2025-05-21");
  assert(events(&f) == 1);
  const char *e = event(&f, "排查");
  assert(e);
  assert(in(&f, e, NG_NG_LEAD, "邱海涛"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "镇应急办"));
  assert(!strcmp(date_of(&f, e), "2025-05-20"));
  ng_facts_free(&f);
  f =
    run("6月3日,县委书记严明辉到城南水库实地查看防汛准备情况。", "2025-06-04");
  assert(events(&f) == 1);
  assert(in(&f, event(&f, "查看"), NG_NG_LEAD, "严明辉"));
  ng_facts_free(&f);
  f = run("7月9日,副县长柯文平到清水河巡查河道保洁工作。", "2025-07-10");
  assert(events(&f) == 1);
  assert(in(&f, event(&f, "巡查"), NG_NG_LEAD, "柯文平"));
  ng_facts_free(&f);
}

/* A visit's bare 座谈会 (随后召开座谈会) keeps its own name when the
   headline names a meeting of another kind (…工作会议召开); a headline
   that names a 座谈会 names it. */
static void
test_visit_meeting_is_not_the_headlines_other_meeting(void)
{
  NgFacts f = run("全省春季农业生产工作会议召开\n"
                  "3月22日,市政协主席庞立志带队开展专题视察。随后召开座谈会,"
                  "市农业农村局负责同志汇报了有关情况。庞立志在座谈会上讲话。",
                  "2025-03-23");
  assert(events(&f) == 2);
  const char *e = labelled(&f, NG_SCHEMA_EVENT, "座谈会");
  assert(e);
  assert(in(&f, e, NG_NG_SPEAKER, "庞立志"));
  assert(!event(&f, "春季农业生产"));
  ng_facts_free(&f);
  f = run("市政协召开民营企业家座谈会\n"
          "3月22日,市政协主席庞立志带队开展专题视察。随后召开座谈会,"
          "庞立志在座谈会上讲话。",
          "2025-03-23");
  e = labelled(&f, NG_SCHEMA_EVENT, "民营企业家座谈会");
  assert(e);
  assert(in(&f, e, NG_NG_SPEAKER, "庞立志"));
  ng_facts_free(&f);
}

/* Those present named after 的 and a group word (出席会议的县领导还有:
   甲、乙; 参加会议的市领导有甲) attend the meeting; the bodies concerned
   (参加会议的有关部门) are no such list. */
static void
test_those_present_listed_after_a_group_word(void)
{
  NgFacts     f = run("11月5日,全县工作推进会召开。县委书记邝立群出席会议并讲话。"
                      "出席会议的县领导还有:柯文远、宁晓燕、贺明川。",
                  "2025-11-06");
  const char *e = event(&f, "推进会");
  assert(e && events(&f) == 1);
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "柯文远"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "宁晓燕"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "贺明川"));
  ng_facts_free(&f);
  f = run("11月5日,全县工作推进会召开。出席会议的县领导还有柯文远、宁晓燕。"
          "参加活动的还有万余名群众。",
          "2025-11-06");
  e = event(&f, "推进会");
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "柯文远"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "宁晓燕"));
  assert(role(&f, NG_SCHEMA_ATTENDEE, "万余名") == 0);
  ng_facts_free(&f);
}

/* 前天 on a dated page is two days before it, 昨天 one; 前天 inside
   other words (目前天然气) dates nothing. */
static void
test_the_day_before_yesterday(void)
{
  NgFacts f = run("前天下午,市长柯文远到高新区调研。昨天上午,副市长宁晓燕主持"
                  "召开全市春耕生产推进会。",
                  "2025-03-01");
  assert(!strcmp(date_of(&f, event(&f, "调研")), "2025-02-27"));
  assert(!strcmp(date_of(&f, event(&f, "推进会")), "2025-02-28"));
  ng_facts_free(&f);
  f = run("目前天然气供应充足,市长柯文远到高新区调研。", "2025-03-01");
  assert(event(&f, "调研") && !date_of(&f, event(&f, "调研")));
  ng_facts_free(&f);
}

/* A talk with visitors told by 与 (与到访的某代表团团长甲一行座谈, 会面)
   is one meeting: the host attends and the head of the visiting group
   (一行) leads, as with 会见; 到访的 says who they are, no visit of the
   host's. */
static void
test_talk_with_visitors_after_yu(void)
{
  NgFacts f = run("11月25日,市长柯文远与到访的某省代表团团长宁晓燕一行座谈。",
                  "2025-11-26");
  assert(events(&f) == 1);
  const char *e = event(&f, "座谈");
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "柯文远"));
  assert(!in(&f, e, NG_NG_LEAD, "柯文远"));
  assert(in(&f, e, NG_NG_LEAD, "宁晓燕"));
  ng_facts_free(&f);
  f = run("11月25日,市长柯文远与到访的宁晓燕一行会面。", "2025-11-26");
  assert(events(&f) == 1);
  e = event(&f, "会面");
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "柯文远"));
  assert(in(&f, e, NG_NG_LEAD, "宁晓燕"));
  ng_facts_free(&f);
}

/* An official who presents plaques or titles at a ceremony under way
   (为…授予牌匾, 为…授牌) takes part in it; a decision read that grants a
   title (关于授予…称号的决定) is no one's. */
static void
test_presenting_at_a_ceremony(void)
{
  NgFacts f = run("3月5日,全县脐橙品牌授牌仪式在县会议中心举行。县委书记柯文远"
                  "出席并讲话。副县长宁晓燕为某合作社等10家经营主体授予“地理"
                  "标志使用单位”牌匾。会议宣读了《关于授予贺明川同志“优秀共产"
                  "党员”称号的决定》。",
                  "2025-03-06");
  assert(events(&f) == 1);
  const char *e = event(&f, "授牌仪式");
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "宁晓燕"));
  assert(in(&f, e, NG_NG_SPEAKER, "柯文远"));
  assert(!in(&f, e, NG_SCHEMA_ATTENDEE, "贺明川"));
  ng_facts_free(&f);
}

/* An undated article whose headline gives the year (a month's chronicle,
   a year's campaign) dates its body's days in that year; a year reviewed
   (2023年度) or a span of years gives none. */
static void
test_headline_gives_the_year(void)
{
  const struct {
    const char *text, *want;
  } cases[] = {
    { "甲省大事记(2023年9月)\n9月1日 省委书记王建国在乙市主持召开省委常委会"
      "会议。\n",
      "2023-09-01" },
    { "甲区开展2024年国庆节前安全生产检查\n9月27日上午,副区长王建国率队开展"
      "节前安全生产检查。\n",
      "2024-09-27" },
    { "甲县召开2023年度述职评议会\n1月12日,甲县召开述职评议会。县委书记王建"
      "国主持会议。\n",
      "--01-12" },
    { "甲县2021—2025年规划编制座谈会召开\n3月2日,甲县召开规划编制座谈会。县"
      "长王建国主持会议。\n",
      "--03-02" },
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    NgFacts     f = run(cases[i].text, NULL);
    const char *e = event(&f, "会");
    if (!e)
      e = event(&f, "检查");
    const char *d = date_of(&f, e);
    assert(d && !strcmp(d, cases[i].want));
    ng_facts_free(&f);
  }
  /* the article's own date wins over the headline's year */
  NgFacts     f = run("甲省大事记(2023年9月)\n9月1日 省委书记王建国在乙市主"
                      "持召开省委常委会会议。\n",
                  "2024-09-02");
  const char *d = date_of(&f, event(&f, "会"));
  assert(d && !strcmp(d, "2024-09-01"));
  ng_facts_free(&f);
}

int
main(void)
{
  events_open();
  RUN(test_inspection_with_a_word_before_the_verb);
  RUN(test_body_convenes_at_a_venue);
  RUN(test_day_in_brackets_dates_the_event);
  RUN(test_byline_in_brackets_takes_no_part);
  RUN(test_accompany_the_visit_after_its_meeting);
  RUN(test_member_units_and_counted_bodies);
  RUN(test_headline_body_organizes_the_inspection);
  RUN(test_meeting_in_a_relative_clause);
  RUN(test_comma_list_shares_the_speech);
  RUN(test_bare_meeting_named_next);
  RUN(test_studied_speech_gives_no_speaker);
  RUN(test_speech_during_the_two_sessions);
  RUN(test_ceremony_after_a_phrase_with_de);
  RUN(test_body_opens_its_own_clause);
  RUN(test_body_a_signer_acts_for);
  RUN(test_unveiled_body_holds_nothing);
  RUN(test_meeting_of_a_visit_needs_its_own_part);
  RUN(test_tour_of_inspection_carried_out);
  RUN(test_leader_speaks_on_the_visit);
  RUN(test_outlets_that_ask_take_part);
  RUN(test_report_as_a_verb);
  RUN(test_during_the_visit);
  RUN(test_session_reports_and_wishes);
  RUN(test_oath_organized_after_a_session);
  RUN(test_he_is_the_sentence_subject);
  RUN(test_ordinal_is_no_day);
  RUN(test_numbered_thing_is_no_day);
  RUN(test_household_visited_is_no_inspector);
  RUN(test_review_meeting_named_by_a_post);
  RUN(test_meeting_named_without_time_and_place);
  RUN(test_hazard_checks_and_patrols_are_visits);
  RUN(test_visit_meeting_is_not_the_headlines_other_meeting);
  RUN(test_those_present_listed_after_a_group_word);
  RUN(test_the_day_before_yesterday);
  RUN(test_talk_with_visitors_after_yu);
  RUN(test_presenting_at_a_ceremony);
  RUN(test_headline_gives_the_year);
  events_close();
  return 0;
}
