/* tests/unit/test_event_kinds2.c -- more kinds of event, participant and
   organizer that Chinese government news writes in general, each run
   through the whole extractor on a text written for the test with
   invented names. */
#include "events.h"

/* An official who leads the staff of bureaus (带领甲局、乙局有关人员) on a
   check with a long topic (进行了安全生产突击检查) leads a visit that
   both bureaus take part in; a line of the meeting's report after it
   (有关部门负责同志列席会议) is the meeting's, not the visit's. */
static void
test_check_led_with_bureau_staff(void)
{
  NgFacts     f = run("5月12日上午,县长齐振邦主持召开县政府第21次常务会议。"
                      "副县长柏文涛出席会议。会议听取了县水利局关于汛前准备"
                      "工作的汇报。\n"
                      "5月10日,柏文涛带领县应急管理局、县市场监管局有关人员,对"
                      "县城区内的两家燃气企业进行了安全生产突击检查。\n"
                      "县政府有关部门负责同志列席会议。",
                  "2026-05-12");
  const char *v = event(&f, "突击检查");
  assert(v);
  assert(in(&f, v, NG_NG_LEAD, "柏文涛"));
  assert(in(&f, v, NG_SCHEMA_ATTENDEE, "县应急管理局"));
  assert(in(&f, v, NG_SCHEMA_ATTENDEE, "县市场监督管理局"));
  assert(date_of(&f, v) && strstr(date_of(&f, v), "05-10"));
  assert(!in(&f, v, NG_SCHEMA_ATTENDEE, "县政府"));
  const char *m = event(&f, "常务会议");
  assert(m && strcmp(m, v));
  assert(in(&f, m, NG_NG_CHAIR, "齐振邦"));
  ng_facts_free(&f);
}

/* Two officials who visit companies before the meeting (会前,甲、乙一行
   先后到向阳镇…,走访了…) both lead the visit, of the meeting's day, though
   a town's name holds 向; who goes along (丙陪同。) in the sentence after
   accompanies the visit, not the meeting. */
static void
test_two_officials_visit_before_the_meeting(void)
{
  NgFacts     f = run("2月18日下午,甲县民营企业家座谈会在县会议中心召开。县委书记"
                      "顾长青出席会议并讲话,县长柏文涛主持会议。县领导韩冬参加"
                      "会议。\n"
                      "顾长青指出,对企业家今天提出的问题,要限期办结。\n"
                      "会前,顾长青、柏文涛一行先后到向阳镇、东风街道,走访了甲县"
                      "丰裕农机有限公司,察看企业生产车间。县委常委、常务副县长"
                      "韩冬陪同。",
                  "2026-02-20");
  const char *v = event(&f, "走访");
  assert(v);
  assert(in(&f, v, NG_NG_LEAD, "顾长青"));
  assert(in(&f, v, NG_NG_LEAD, "柏文涛"));
  assert(in(&f, v, NG_NG_ACCOMPANY, "韩冬"));
  assert(date_of(&f, v) && strstr(date_of(&f, v), "02-18"));
  const char *m = event(&f, "座谈会");
  assert(m && strcmp(m, v));
  assert(!in(&f, m, NG_NG_ACCOMPANY, "韩冬"));
  ng_facts_free(&f);
}

/* A bare 座谈会 that a visiting team holds on the day of its visit is a
   meeting of its own, not the meeting of another day the article named
   first with a longer name. */
static void
test_bare_meeting_of_another_day(void)
{
  NgFacts     f = run("2月18日下午,甲县民营企业家座谈会在县会议中心召开。县长柏文涛"
                      "主持会议。\n"
                      "又讯 2月17日,乙市工商联副主席钱立群带领调研组到甲县,就民营"
                      "经济发展情况开展专题调研。调研组一行召开座谈会,听取了县"
                      "工商联工作汇报。县工商联主席颜如松汇报了有关情况。",
                  "2026-02-19");
  const char *m = event(&f, "民营企业家座谈会");
  assert(m);
  assert(!in(&f, m, NG_NG_SPEAKER, "颜如松"));
  assert(!in(&f, m, NG_SCHEMA_ATTENDEE, "钱立群"));
  assert(events(&f) == 3);
  ng_facts_free(&f);
}

/* At a congress session an official who sits in one delegation's
   deliberation (甲参加乙镇代表团审议) attends a meeting of its own with
   that delegation, on the session's day though a paragraph told back in
   time (此前,…) came between; the deputies who speak there (代表丙、丁…
   发言) and the official who sums up (在听取发言后指出) speak at it. */
static void
test_official_joins_a_delegation(void)
{
  NgFacts     f = run("1月8日上午,甲县第九届人民代表大会第三次会议在县会议中心"
                      "开幕。县人大常委会主任龙振华主持大会。县委书记钟振东等在"
                      "主席台就座。此前,1月7日下午,大会举行预备会议,通过了大会"
                      "议程。\n"
                      "当天下午,各代表团分组审议政府工作报告。钟振东参加东风镇"
                      "代表团审议,代表韩秀英、贺立军结合基层实际踊跃发言。钟振东"
                      "在听取发言后指出,要把代表们的意见建议梳理好、吸收好。",
                  "2026-01-09");
  const char *e = event(&f, "代表团审议");
  assert(e);
  assert(date_of(&f, e) && strstr(date_of(&f, e), "01-08"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "钟振东"));
  assert(in(&f, e, NG_NG_SPEAKER, "钟振东"));
  assert(in(&f, e, NG_NG_SPEAKER, "韩秀英"));
  assert(in(&f, e, NG_NG_SPEAKER, "贺立军"));
  assert(in(&f, e, NG_SCHEMA_ATTENDEE, "东风镇代表团"));
  const char *s = event(&f, "第三次会议");
  assert(s && strcmp(s, e));
  assert(!in(&f, s, NG_NG_SPEAKER, "钟振东"));
  ng_facts_free(&f);
}

/* A bulletin of short items each under a headline in brackets
   (【甲督导秋冬种生产】10月22日,甲先后到…): the headline opens a new item
   and makes no event of its own, no label takes its bracket or the date
   after it, and who takes part in one item's ceremony stays out of the
   meeting of the item before. */
static void
test_bulletin_items_in_brackets(void)
{
  NgFacts f = run("某区政务简讯\n"
                  "【全区安全生产工作调度会召开】10月22日下午,副区长邓立平主持"
                  "召开全区安全生产工作调度会。区应急管理局汇报了有关情况。\n"
                  "【韦国栋督导秋冬种生产】10月22日,韦国栋先后到草坪镇、"
                  "十美堂镇,督导油菜秋冬种工作。\n"
                  "【区政府与甲乙物流有限公司签订合作协议】10月23日,区政府与"
                  "甲乙物流有限公司签订项目合作协议。副区长汤明与该公司董事长"
                  "庞立代表双方签约。区商务局有关负责人参加签约仪式。\n",
                  "2025-10-24");
  assert(events(&f) == 3);
  for (size_t i = 0; i < f.n; i++)
    if (!strcmp(f.v[i].p.value, NG_RDFS_LABEL))
      assert(!strstr(f.v[i].o.value, "】") && !strstr(f.v[i].o.value, "【"));
  const char *m = event(&f, "调度会");
  assert(m && in(&f, m, NG_NG_CHAIR, "邓立平"));
  assert(!in(&f, m, NG_SCHEMA_ATTENDEE, "区商务局"));
  assert(!in(&f, m, NG_SCHEMA_ATTENDEE, "汤明"));
  const char *v = event(&f, "督导");
  assert(v && in(&f, v, NG_NG_LEAD, "韦国栋"));
  const char *c = event(&f, "合作协议");
  assert(c && in(&f, c, NG_SCHEMA_ATTENDEE, "区商务局"));
  ng_facts_free(&f);
}

/* Before a standing committee's meeting its Party group meets
   (会前,县人大常委会党组召开会议): a meeting of its own, held by the
   group and chaired by its secretary, not the session reported; and a
   committee that sends some of its members on a visit
   (县人大常委会组织部分常委会组成人员和县人大代表,深入…开展专题调研)
   organizes it. */
static void
test_party_group_meets_before_the_session(void)
{
  NgFacts f =
    run("武义县第九届人大常委会第十次会议召开\n"
        "7月2日,武义县第九届人民代表大会常务委员会第十次会议在县人大"
        "常委会会议室召开。县人大常委会主任柯长林主持会议。\n"
        "会前,县人大常委会党组召开会议,研究常委会会议有关事项。县人大"
        "常委会党组书记柯长林主持。\n"
        "6月下旬,县人大常委会组织部分常委会组成人员和县人大代表,深入"
        "白洋街道、柳城镇等地,对耕地保护工作开展专题调研。副主任卜文华"
        "带队。",
        "2026-07-03");
  const char *g = event(&f, "党组会议");
  assert(g);
  assert(in(&f, g, NG_SCHEMA_ORGANIZER, "县人大常委会党组"));
  assert(in(&f, g, NG_NG_CHAIR, "柯长林"));
  const char *s = event(&f, "第十次会议");
  assert(s && strcmp(s, g));
  assert(!strstr(s, "党组"));
  const char *v = event(&f, "专题调研");
  assert(v && in(&f, v, NG_SCHEMA_ORGANIZER, "县人大常委会"));
  assert(in(&f, v, NG_NG_LEAD, "卜文华"));
  ng_facts_free(&f);
}

/* Later the same day the standing committee meets (当天下午,区委常委会
   召开会议,…,甲主持会议): a meeting of its own, not the study session
   of the morning, though both are the district committee's. */
static void
test_standing_committee_meets_the_same_afternoon(void)
{
  NgFacts f =
    run("南溪区委理论学习中心组举行集体学习\n"
        "8月6日上午,南溪区委理论学习中心组举行集体学习。区委书记郁春林"
        "主持并讲话。区长钱夏明参加学习。\n"
        "当天下午,区委常委会召开会议,研究部署下半年重点工作,郁春林主持"
        "会议。\n",
        "2026-08-07");
  const char *s = event(&f, "集体学习");
  const char *c = event(&f, "常委会会议");
  assert(s && c && strcmp(s, c));
  assert(in(&f, c, NG_NG_CHAIR, "郁春林"));
  assert(!in(&f, c, NG_SCHEMA_ATTENDEE, "钱夏明"));
  assert(in(&f, s, NG_NG_CHAIR, "郁春林"));
  assert(date_of(&f, c) && strstr(date_of(&f, c), "08-06"));
  ng_facts_free(&f);
}

/* A headline that names the session the text names in full
   (…第三次会议隆重开幕 / …第三次会议在…开幕) and a later 各代表团分别召开
   会议: one session, and the delegations' meetings, which name no one,
   are no event of the headline's name nor one called 会议. */
static void
test_delegations_meet_after_the_session_opens(void)
{
  NgFacts f = run("宁陵县第十八届人民代表大会第三次会议隆重开幕\n"
                  "1月18日上午,宁陵县第十八届人民代表大会第三次会议在县会议中心"
                  "隆重开幕。大会由县人大常委会主任鲍文清主持。\n"
                  "18日下午,各代表团分别召开会议审议政府工作报告。\n",
                  "2026-01-19");
  const char *s = event(&f, "第三次会议");
  assert(s && in(&f, s, NG_NG_CHAIR, "鲍文清"));
  assert(!labelled(&f, NG_SCHEMA_EVENT, "会议"));
  assert(events(&f) == 1);
  ng_facts_free(&f);
}

/* A visit of two days (24日至25日,甲深入…调研) told day by day: the
   later day's doings (25日上午,甲来到…察看…。他强调…) are the same
   visit, where he speaks; a meeting he chairs that afternoon is its own. */
static void
test_later_day_of_a_visit_of_two(void)
{
  NgFacts f =
    run("副省长柯明远在北岭调研\n"
        "6月24日至25日,副省长柯明远深入北岭市,就防汛备汛工作进行调研。"
        "北岭市市长严立新陪同调研。\n"
        "24日,柯明远来到青石镇,察看防汛物资储备情况。\n"
        "25日上午,柯明远来到白沙镇,沿河察看堤防加固情况。他强调,要落实"
        "各级防汛责任,确保安全度汛。\n"
        "25日下午,柯明远主持召开防汛工作座谈会,听取北岭市工作汇报。\n",
        "2026-06-26");
  const char *v = event(&f, "调研");
  const char *m = event(&f, "座谈会");
  assert(v && m && strcmp(v, m));
  assert(events(&f) == 2);
  assert(in(&f, v, NG_NG_LEAD, "柯明远"));
  assert(in(&f, v, NG_NG_SPEAKER, "柯明远"));
  assert(in(&f, v, NG_NG_ACCOMPANY, "严立新"));
  assert(in(&f, m, NG_NG_CHAIR, "柯明远"));
  ng_facts_free(&f);
}

/* A delegation met by a host (會見由甲率領的乙市黨政代表團, in traditional
   characters) tours on its own afterwards (代表團一行參觀了…) and meets a
   society (並與…同鄉會首長座談): two events of the delegation's, not the
   meeting with the host; what the memorandum says will be held every
   year (每年輪流舉辦…活動) is no event. */
static void
test_delegation_met_tours_on_its_own(void)
{
  NgFacts     f = run("經濟財政司司長會見韶關市黨政代表團\n"
                      "經濟財政司司長柯文軒今(18)日下午在政府總部會見由中共韶關市委"
                      "書記駱志成率領的韶關市黨政代表團,雙方就深化合作交換意見。\n"
                      "柯文軒表示,兩地民間往來密切。\n"
                      "根據備忘錄,雙方將建立聯絡機制,每年輪流在兩地舉辦投資推介"
                      "活動。\n"
                      "同日上午,代表團一行參觀了澳門科學館,並與澳門韶關同鄉會首長"
                      "座談。同鄉會會長龐永強介紹了有關工作。",
                  "2025-09-18");
  const char *m = event(&f, "会见");
  if (!m)
    m = event(&f, "會見");
  assert(m);
  assert(in(&f, m, NG_SCHEMA_ATTENDEE, "柯文轩"));
  assert(in(&f, m, NG_SCHEMA_ATTENDEE, "韶关市党政代表团"));
  assert(!in(&f, m, NG_SCHEMA_ATTENDEE, "庞永强"));
  const char *v = event(&f, "参观");
  assert(v && strcmp(v, m));
  assert(in(&f, v, NG_SCHEMA_ATTENDEE, "韶关市党政代表团"));
  const char *s = event(&f, "首长座谈");
  assert(s && strcmp(s, m) && strcmp(s, v));
  assert(in(&f, s, NG_SCHEMA_ATTENDEE, "韶关市党政代表团"));
  assert(in(&f, s, NG_SCHEMA_ATTENDEE, "庞永强"));
  assert(!event(&f, "推介"));
  ng_facts_free(&f);
}

/* A training class opened (…培训班在县委党校开班) and named again by its
   term (本期培训班由县委组织部、县委党校联合举办) is one event that both
   bodies organize; who gives the class its first lesson (为全体学员上了
   开班第一课) speaks at it. */
static void
test_training_class_named_by_its_term(void)
{
  NgFacts f = run("9月15日上午,2026年秋季学期县委党校主体班次培训班在县委党校"
                  "开班。县委书记、县委党校第一校长柏振华出席开班式,为全体学员"
                  "上了开班第一课。县委常委、组织部部长甘青云主持开班式。\n"
                  "甘青云就办好本期培训班提出具体要求。\n"
                  "据悉,本期培训班由县委组织部、县委党校联合举办,为期20天。",
                  "2026-09-16");
  assert(events(&f) == 1);
  const char *e = event(&f, "培训班");
  assert(e);
  assert(in(&f, e, NG_NG_SPEAKER, "柏振华"));
  assert(in(&f, e, NG_NG_CHAIR, "甘青云"));
  assert(in(&f, e, NG_SCHEMA_ORGANIZER, "县委组织部"));
  assert(in(&f, e, NG_SCHEMA_ORGANIZER, "县委党校"));
  ng_facts_free(&f);
}

/* Bodies that go along on a visit by their heads, unnamed (区农业农村局、
   区水利局负责人陪同), take part in it; a body in the title of one who
   goes along (区林业局局长甲陪同) does not. */
static void
test_bodies_go_along_by_their_heads(void)
{
  NgFacts     f = run("10月22日,副区长韦国栋先后到草坪镇、十美堂镇,督导油菜秋冬种"
                      "工作。他强调,要抢抓晴好天气。区农业农村局、区水利局负责人"
                      "陪同。区林业局局长苗建华陪同。",
                  "2025-10-24");
  const char *v = event(&f, "督导");
  assert(v && in(&f, v, NG_NG_LEAD, "韦国栋"));
  assert(in(&f, v, NG_SCHEMA_ATTENDEE, "区农业农村局"));
  assert(in(&f, v, NG_SCHEMA_ATTENDEE, "区水利局"));
  assert(in(&f, v, NG_NG_ACCOMPANY, "苗建华"));
  assert(!in(&f, v, NG_SCHEMA_ATTENDEE, "区林业局"));
  ng_facts_free(&f);
}

/* What a speaker asks for in the sentences after 甲强调, (…开展实战化应急
   演练,…) is no event, and visits summed up (今年以来,县防汛抗旱指挥部已
   组织开展汛前检查3轮) are none either; the meeting reported stays the
   only event. */
static void
test_speech_and_summaries_are_no_events(void)
{
  NgFacts f = run("5月27日下午,我县召开防汛工作视频会议。县长庞成林出席会议并"
                  "讲话。\n"
                  "庞成林强调,一要压实责任链条。二要做实应急准备。充实抢险队伍"
                  "和物资储备,开展实战化应急演练,确保拉得出、用得上。\n"
                  "据了解,今年以来,县防汛抗旱指挥部已组织开展汛前检查3轮,排查"
                  "各类隐患点126处。",
                  "2026-05-28");
  assert(events(&f) == 1);
  assert(event(&f, "视频会议"));
  assert(!event(&f, "演练"));
  assert(!event(&f, "检查"));
  ng_facts_free(&f);
}

/* Host and guest who witness a signing named by its project (会见后,甲、
   乙共同见证了某某项目签约。) attend a ceremony of its own, and the two
   who sign for both sides (丙与丁分别代表双方签署投资协议) sign there;
   events summed up (近年来,…开展专题推介活动20余场) are none. */
static void
test_witnessed_project_signing(void)
{
  NgFacts     f = run("3月20日,市委书记沈国梁在市行政中心会见甲乙新能源集团董事长"
                      "徐立辉一行。\n"
                      "会见后,沈国梁、徐立辉共同见证了甲乙新能源储能装备制造基地"
                      "项目签约。常务副市长田建春与甲乙新能源集团副总裁钱立坤分别"
                      "代表双方签署投资协议。\n"
                      "近年来,我市围绕新能源产业链先后赴长三角、珠三角等地开展专题"
                      "推介活动20余场。",
                  "2026-03-21");
  const char *c = event(&f, "项目签约");
  assert(c);
  assert(in(&f, c, NG_SCHEMA_ATTENDEE, "沈国梁"));
  assert(in(&f, c, NG_SCHEMA_ATTENDEE, "徐立辉"));
  assert(in(&f, c, NG_SCHEMA_ATTENDEE, "田建春"));
  assert(in(&f, c, NG_SCHEMA_ATTENDEE, "钱立坤"));
  const char *m = event(&f, "会见");
  assert(m && strcmp(m, c));
  assert(!event(&f, "推介"));
  ng_facts_free(&f);
}

/* Sub-venues that hold the same event at the same time (两个分会场同步
   举行开工活动) add no event; who speaks after (某公司总经理甲代表开工企业
   发言) speaks at the ceremony. */
static void
test_sub_venues_hold_the_same_event(void)
{
  NgFacts f =
    run("3月5日上午,全区一季度重大项目集中开工仪式在开发区主会场举行。"
        "副区长顾立鹏主持仪式。在两个镇设立的两个分会场同步举行开工"
        "活动。甲乙风电装备有限公司总经理严立伟代表开工企业发言。",
        "2026-03-06");
  assert(events(&f) == 1);
  const char *c = event(&f, "开工仪式");
  assert(c && in(&f, c, NG_NG_SPEAKER, "严立伟"));
  ng_facts_free(&f);
}

/* A supervising group named short when it convenes during its visit
   (督导组召开座谈会) holds that meeting. */
static void
test_group_named_short_convenes(void)
{
  NgFacts     f = run("11月5日,市委副书记罗永年率市督导组到甲县,督导巩固拓展脱贫"
                      "攻坚成果工作。县委书记邬立成陪同。\n"
                      "当天下午,督导组召开座谈会,听取甲县工作情况汇报。县长杨立梅作"
                      "汇报。",
                  "2026-11-06");
  const char *m = event(&f, "座谈会");
  assert(m);
  assert(in(&f, m, NG_SCHEMA_ORGANIZER, "市督导组"));
  ng_facts_free(&f);
}

/* A signing ceremony named first (双方举行合作协议签约仪式。) is where the
   bodies that sign in the next sentence (甲局与乙会签署…) sign: one
   ceremony, not two. */
static void
test_bodies_sign_at_the_ceremony_named(void)
{
  NgFacts f =
    run("3月15日下午,市委书记严立毅会见甲乙商会访问团。会见后,双方举行"
        "合作协议签约仪式。市商务局与甲乙商会签署商贸合作备忘录,市人力"
        "资源和社会保障局与甲乙青年创业协进会签署就业合作协议。副市长"
        "程立新主持签约仪式。",
        "2026-03-16");
  const char *c = event(&f, "签约仪式");
  assert(c);
  assert(in(&f, c, NG_SCHEMA_ATTENDEE, "市商务局"));
  assert(in(&f, c, NG_SCHEMA_ATTENDEE, "市人力资源和社会保障局"));
  assert(in(&f, c, NG_NG_CHAIR, "程立新"));
  assert(!event(&f, "备忘录"));
  ng_facts_free(&f);
}

/* After a visit made before the meeting (会前,甲带领…进行了视察), the
   group of the visit (视察组察看了…,听取了乙…的介绍) goes on with it, not
   with the meeting. */
static void
test_visiting_group_goes_on(void)
{
  NgFacts     f = run("8月28日,市政协常委会第十二次会议召开。市政协主席包立勇主持"
                      "会议并讲话。\n"
                      "会前,包立勇带领部分政协常委,到松山区的高标准农田示范区进行了"
                      "视察。\n"
                      "在示范区,视察组察看了水肥一体化滴灌设施运行情况,听取了乡党委"
                      "书记邢立明关于黑土地保护性耕作推广情况的介绍。",
                  "2026-08-29");
  const char *v = event(&f, "视察");
  assert(v && in(&f, v, NG_NG_LEAD, "包立勇"));
  assert(in(&f, v, NG_NG_SPEAKER, "邢立明"));
  const char *m = event(&f, "第十二次会议");
  assert(m && strcmp(m, v) && !in(&f, m, NG_SCHEMA_ATTENDEE, "邢立明"));
  ng_facts_free(&f);
}

/* A meeting of cadres (村组干部会, 全体干部会) that a leader convenes on
   his visit is a meeting of its own that he chairs. */
static void
test_cadres_meeting_on_a_visit(void)
{
  NgFacts     f = run("3月2日,镇党委书记牟立兴带领镇林业站工作人员来到东坪村,检查"
                      "护林防火检查站设置情况,并在村委会主持召开村组干部会,就加强"
                      "野外用火巡查作具体安排。",
                  "2026-03-03");
  const char *v = event(&f, "检查");
  assert(v && in(&f, v, NG_NG_LEAD, "牟立兴"));
  const char *m = event(&f, "村组干部会");
  assert(m && strcmp(m, v));
  assert(in(&f, m, NG_NG_CHAIR, "牟立兴"));
  ng_facts_free(&f);
}

/* A Party lesson told right after the ceremony it belongs to, on no time
   of its own (…仪式在某村举行。镇党委书记甲为全村党员讲授专题党课,并为
   老党员颁发纪念章), is his speech there; gifts (慰问品, 慰问金) are no
   visit (慰问). */
static void
test_lesson_at_the_ceremony(void)
{
  NgFacts f =
    run("7月1日上午,甲镇主题党日活动暨纪念章颁发仪式在乙村文化礼堂举行。"
        "镇党委书记陆立晖为全村党员讲授专题党课,并为老党员颁发纪念章。"
        "镇长章立鸣参加活动。\n"
        "仪式在国歌声中开始。随后,陆立晖、章立鸣为7名老党员佩戴"
        "纪念章,送上鲜花和慰问品。",
        "2026-07-02");
  assert(events(&f) == 1);
  const char *c = event(&f, "颁发仪式");
  assert(c);
  assert(in(&f, c, NG_NG_SPEAKER, "陆立晖"));
  assert(in(&f, c, NG_SCHEMA_ATTENDEE, "章立鸣"));
  ng_facts_free(&f);
}

/* One who speaks at the second part of a joint meeting the article
   reports (…全体会议暨县委经济工作会议召开。…县长甲在县委经济工作会议上
   讲话,) speaks at that meeting, not at one cited apart; 上的讲话精神 is
   still cited. */
static void
test_speech_at_a_part_of_a_joint_meeting(void)
{
  NgFacts f =
    run("12月26日,中国共产党甲县第十四届委员会第九次全体会议暨县委经济"
        "工作会议在县委大礼堂召开。县委副书记、县长钟立敏在县委经济工作"
        "会议上讲话,对明年经济工作作具体部署。",
        "2026-12-27");
  assert(events(&f) == 1);
  const char *e = event(&f, "暨县委经济工作会议");
  assert(e && in(&f, e, NG_NG_SPEAKER, "钟立敏"));
  ng_facts_free(&f);
}

/* A town that takes part in a traditional-script article (太師屯鎮負責同志
   先後發言) is a body labelled as the place is, with the name as the file
   writes it among its labels. */
static void
test_town_taking_part_keeps_its_written_name(void)
{
  NgFacts     f = run("區校合作座談會召開\n"
                      "11月3日,區政府與某大學召開區校合作座談會。副區長王海軍主持"
                      "會議,區科委、太師屯鎮負責同志先後發言。",
                  "2026-11-04");
  const char *m = event(&f, "座谈会");
  assert(m);
  const char *town = labelled(&f, NG_ORG_ORGANIZATION, "太师屯镇");
  assert(town);
  assert(in(&f, m, NG_SCHEMA_ATTENDEE, "太师屯镇"));
  int written = 0;
  for (size_t i = 0; i < f.n; i++)
    written |= !strcmp(f.v[i].s.value, town) &&
               !strcmp(f.v[i].p.value, NG_SKOS_ALTLABEL) &&
               !strcmp(f.v[i].o.value, "太師屯鎮");
  assert(written);
  ng_facts_free(&f);
}

/* In a chronicle, an official who joins a meeting with visitors (参加会见)
   joins the one of his own day, not the first the page lists. */
static void
test_joining_the_meeting_of_the_day(void)
{
  NgFacts     f = run("大事记\n"
                      "4月7日 市委书记樊立明会见某集团董事长伍国清一行。\n"
                      "4月20日 市长褚云海会见来汉考察的浙江宁波市镇海区党政代表团"
                      "一行。镇海区委副书记、区长钭建新参加会见。",
                  "2026-05-01");
  const char *a = event(&f, "樊立明会见");
  const char *b = event(&f, "褚云海会见");
  assert(a && b && strcmp(a, b));
  assert(in(&f, b, NG_SCHEMA_ATTENDEE, "钭建新"));
  assert(!in(&f, a, NG_SCHEMA_ATTENDEE, "钭建新"));
  ng_facts_free(&f);
}

/* A lecture a body holds (举办职工心理健康知识讲座) is an activity the body
   organizes, and who is invited to teach it (邀请某教授授课) speaks. */
static void
test_lecture_held_by_a_body(void)
{
  NgFacts     f = run("10月15日,市总工会举办职工心理健康知识讲座,邀请某医科大学"
                      "教授邢美华授课,全市60余名工会干部参加。",
                  "2026-10-20");
  const char *e = event(&f, "职工心理健康知识讲座");
  assert(e);
  assert(in(&f, e, NG_NG_SPEAKER, "邢美华"));
  assert(in(&f, e, NG_SCHEMA_ORGANIZER, "市总工会"));
  ng_facts_free(&f);
}

/* A round of visits by the county's leaders: who leads a visit told before
   speaks on it, not on the one told last (甲强调 after 乙's visit), and
   two leaders who each lead one (甲、乙也分别带队开展走访慰问活动) lead a
   visit of their own each. */
static void
test_leaders_visits_told_in_turn(void)
{
  NgFacts     f = run("2月9日,县委书记沈立中带队走访慰问。在某社区,沈立中走进老党员"
                      "朱阿根家中,详细询问老人身体状况。\n"
                      "同日,县委副书记、县长顾雅丽带队到某镇走访慰问困难家庭,并送上"
                      "慰问金。\n"
                      "沈立中强调,要扎实做好困难群众兜底保障。\n"
                      "2月8日,县人大常委会主任陈国安、县政协主席王秀华也分别带队"
                      "开展走访慰问活动。",
                  "2026-02-10");
  const char *a = event(&f, "沈立中带队");
  const char *b = event(&f, "顾雅丽带队");
  assert(a && b && strcmp(a, b));
  assert(in(&f, a, NG_NG_SPEAKER, "沈立中"));
  assert(!in(&f, b, NG_SCHEMA_ATTENDEE, "沈立中"));
  const char *c = event(&f, "陈国安带队");
  const char *d = event(&f, "王秀华带队");
  assert(c && d && strcmp(c, d));
  assert(in(&f, c, NG_NG_LEAD, "陈国安"));
  assert(!in(&f, c, NG_NG_LEAD, "王秀华"));
  assert(in(&f, d, NG_NG_LEAD, "王秀华"));
  assert(!in(&f, d, NG_NG_LEAD, "陈国安"));
  ng_facts_free(&f);
}

/* A feedback meeting named by what was inspected (督导工作反馈会) is a
   meeting of its own after the inspection, where who reports and who
   gives the feedback speak. */
static void
test_feedback_meeting_after_an_inspection(void)
{
  NgFacts     f = run("5月19日至20日,州委常委吴立祥带领州督导组到某县督导乡村振兴"
                      "工作。\n"
                      "20日下午,督导工作反馈会在县委二楼会议室召开。会上,县委副书记"
                      "龙再明汇报了全县工作情况。州督导组副组长万丽芳反馈了督导发现"
                      "的问题。",
                  "2025-05-21");
  const char *m = event(&f, "督导工作反馈会");
  assert(m);
  assert(in(&f, m, NG_NG_SPEAKER, "龙再明"));
  assert(in(&f, m, NG_NG_SPEAKER, "万丽芳"));
  const char *v = event(&f, "吴立祥带领");
  assert(v && strcmp(v, m));
  ng_facts_free(&f);
}

/* A group with no name given visits (陪同客商一行到某园区实地考察): a visit
   of its own, named from the group, that who goes along accompanies; not
   a part of the signing told before. */
static void
test_unnamed_group_visits(void)
{
  NgFacts f =
    run("8月28日上午,某市招商引资项目集中签约仪式在市行政中心举行。"
        "市长唐立远致辞。\n"
        "当天下午,市委常委、常务副市长何春兰陪同客商一行到某经济开发区"
        "七里园区实地考察项目选址。",
        "2025-08-29");
  const char *s = event(&f, "签约仪式");
  const char *v = event(&f, "客商一行到");
  assert(s && v && strcmp(s, v));
  assert(in(&f, v, NG_NG_ACCOMPANY, "何春兰"));
  assert(!in(&f, s, NG_SCHEMA_ATTENDEE, "何春兰"));
  ng_facts_free(&f);
}

/* In a chronicle, who attends an opening (出席开幕式) after an expo opens
   attends the expo, not the first meeting of the page. */
static void
test_opening_of_the_expo_of_the_day(void)
{
  NgFacts     f = run("2026年10月大事记\n"
                      "10月8日 市委书记赵立新主持召开市委常委会会议,传达学习省委"
                      "全会精神。\n"
                      "10月15日 第五届中国(某市)茶产业博览会开幕。省政协副主席吴明"
                      "出席开幕式并宣布开幕。",
                  "2026-11-01");
  const char *m = event(&f, "市委常委会会议");
  const char *x = event(&f, "茶产业博览会");
  assert(m && x && strcmp(m, x));
  assert(in(&f, x, NG_SCHEMA_ATTENDEE, "吴明"));
  assert(!in(&f, m, NG_SCHEMA_ATTENDEE, "吴明"));
  ng_facts_free(&f);
}

/* A Hong Kong release in traditional characters: the meeting named by the
   person and the clause from the verb keeps that name as written among
   its labels, without the time and place between. */
static void
test_written_name_of_a_long_meeting(void)
{
  NgFacts f = run("政務司司長會見湖南省代表團\n"
                  "政務司司長陳立基今日(十一月二十日)下午在政府總部會見湖南省"
                  "副省長張迎新率領的代表團,雙方就加強合作交換意見。",
                  "2025-11-20");
  const char *m = event(&f, "陈立基会见湖南省副省长张迎新率领的代表团");
  assert(m);
  int written = 0;
  for (size_t i = 0; i < f.n; i++)
    written |=
      !strcmp(f.v[i].s.value, m) && !strcmp(f.v[i].p.value, NG_SKOS_ALTLABEL) &&
      !strcmp(f.v[i].o.value, "陳立基會見湖南省副省長張迎新率領的代表團");
  assert(written);
  ng_facts_free(&f);
}

/* A meeting a body convenes whose name opens with the whole area (县政府
   召开全县安全生产工作会议) is named whole without the body, which
   organizes it. */
static void
test_name_of_the_whole_area(void)
{
  NgFacts     f = run("7月15日,县政府召开全县安全生产工作会议。副县长刘明辉出席会议"
                      "并讲话。",
                  "2026-07-16");
  const char *m = event(&f, "全县安全生产工作会议");
  assert(m);
  assert(!event(&f, "县政府全县"));
  assert(in(&f, m, NG_SCHEMA_ORGANIZER, "县政府"));
  ng_facts_free(&f);
}

/* After the event reported (开工仪式结束后), the leaders no name is given
   for (县领导一行) visit sites of their own: a visit on that day, named by
   the group and what it does; a group that goes on with a visit under way
   (县领导一行实地察看了…, no 后 before it) opens none. */
static void
test_unnamed_leaders_visit_after_a_ceremony(void)
{
  NgFacts f =
    run("9月18日上午,平江县2026年第三季度重大项目集中开工仪式在城关镇举行。"
        "县委书记刘振华宣布开工。\n\n开工仪式结束后,县领导一行先后到安定镇"
        "新能源产业园、城关镇景区提升项目现场,察看项目建设进展。",
        "2026-09-19");
  assert(events(&f) == 2);
  const char *e = event(&f, "县领导一行察看项目建设进展");
  assert(e);
  const char *d = date_of(&f, e);
  assert(d && strstr(d, "09-18"));
  ng_facts_free(&f);
  f = run("1月17日,县委书记刘振华赴城关镇调研。县领导一行实地察看了柳林村环境"
          "整治情况。",
          "2026-01-18");
  assert(events(&f) == 1);
  ng_facts_free(&f);
}

/* A visit told only by who leads a party where (某某带队到甲园区、乙工地,
   为一线职工送去防暑降温物资) is a visit he leads; an item headed 【县总工会
   开展…慰问活动】 gives it its organizer. A visit already named (带队到…
   调研) opens no second one. */
static void
test_visit_told_by_leading_a_party(void)
{
  NgFacts f =
    run("某县政务简讯\n【县总工会开展夏季“送清凉”慰问活动】7月20日,"
        "县总工会主席郭丽华带队到城关工业园、清水河综合治理工地,为一线"
        "职工送去防暑降温物资。",
        "2026-07-21");
  const char *e = event(&f, "郭丽华");
  assert(e && events(&f) == 1);
  assert(in(&f, e, NG_NG_LEAD, "郭丽华"));
  assert(in(&f, e, NG_SCHEMA_ORGANIZER, "县总工会"));
  ng_facts_free(&f);
  f = run("7月20日,县总工会主席郭丽华带队到城关工业园调研职工权益保障工作。",
          "2026-07-21");
  assert(events(&f) == 1);
  ng_facts_free(&f);
}

/* Activities of bureaus' own news: a joint law-enforcement drive led by a
   deputy head, a drill a deputy head guides on the spot (现场指导), a
   Party lecture given to cadres (为全县干部讲专题党课, 为学员上党课,
   到某局讲党课). */
static void
test_drives_drills_and_party_lectures(void)
{
  NgFacts     f  = run("工作动态\n11月20日,县交通运输局联合县公安局交警大队开展"
                       "联合执法行动,副局长柯文远带队。",
                  "2026-11-21");
  const char *ev = event(&f, "执法行动");
  assert(ev && in(&f, ev, NG_NG_LEAD, "柯文远"));
  ng_facts_free(&f);
  f  = run("工作动态\n11月20日,县应急管理局在县实验中学开展应急疏散演练,"
           "副局长乔雨桐现场指导。",
          "2026-11-21");
  ev = event(&f, "演练");
  assert(ev && in(&f, ev, NG_SCHEMA_ATTENDEE, "乔雨桐"));
  ng_facts_free(&f);
  f = run("工作动态\n11月20日,县委书记邹宝林为全县科级干部讲专题党课。"
          "11月21日,县长聂秋岚在县委党校为学员上党课。",
          "2026-11-22");
  assert(event(&f, "讲专题党课") && event(&f, "上党课"));
  assert(role(&f, NG_NG_SPEAKER, "邹宝林") == 1);
  ng_facts_free(&f);
  /* 讲党课 on its own is the lecture too; at a meeting, a speech at it */
  f  = run("工作动态\n11月20日,副县长蒯云飞到县教育局讲党课。", "2026-11-22");
  ev = event(&f, "讲党课");
  assert(events(&f) == 1 && ev && in(&f, ev, NG_NG_SPEAKER, "蒯云飞"));
  ng_facts_free(&f);
  f  = run("工作动态\n11月20日,县委召开党员大会。县委书记邹宝林讲党课,县长"
           "聂秋岚主持会议。",
          "2026-11-22");
  ev = event(&f, "党员大会");
  assert(events(&f) == 1 && ev && in(&f, ev, NG_NG_SPEAKER, "邹宝林"));
  ng_facts_free(&f);
}

/* A course, a games or a session that holds its opening or closing
   (培训班举行开班式, 运动会在…举行开幕式) is one event named by both, not
   the course and a bare opening. */
static void
test_opening_of_a_course_is_one_event(void)
{
  NgFacts f = run("工作动态\n11月20日,全县乡村振兴干部培训班举行结业式,县委"
                  "副书记柯文远出席并讲话。",
                  "2026-11-21");
  assert(events(&f) == 1);
  const char *ev = event(&f, "培训班结业式");
  assert(ev && in(&f, ev, NG_NG_SPEAKER, "柯文远"));
  ng_facts_free(&f);
  f = run("工作动态\n11月20日,县第五届运动会在县体育场举行开幕式,县长乔雨桐"
          "宣布开幕。",
          "2026-11-21");
  assert(events(&f) == 1 && event(&f, "运动会开幕式"));
  ng_facts_free(&f);
}

/* 会见了以甲为团长的乙代表团一行: the head of the delegation leads the
   guests, and what the delegation does the next day (代表团一行到…考察,
   丙陪同) is a visit of its own. */
static void
test_delegation_with_a_named_head(void)
{
  NgFacts     f = run("柏承业会见衡阳市党政代表团\n"
                      "11月12日,市委书记柏承业在钦州会见了以会长卢鸣岐为团长的"
                      "衡阳市党政代表团一行。13日,代表团一行到钦州港考察,副市长"
                      "景曼青陪同。",
                  "2026-11-14");
  const char *m = event(&f, "为团长");
  assert(m);
  assert(in(&f, m, NG_NG_LEAD, "卢鸣岐"));
  const char *v = event(&f, "到钦州港考察");
  assert(v && strcmp(v, m));
  assert(in(&f, v, NG_NG_ACCOMPANY, "景曼青"));
  ng_facts_free(&f);
}

/* 甲督导组到乙单位检查…。督导组组长X一行先后检查了…,Y陪同: the head of
   the team whose visit was just reported leads that visit, not one of his
   own. */
static void
test_team_head_leads_the_visit_reported(void)
{
  NgFacts     f = run("省应急管理厅督导组到岳阳市检查\n"
                      "5月19日,省应急管理厅督导组到岳阳市检查安全生产工作。督导"
                      "组组长邝书衡一行先后检查了化工园区和危险品仓库,副市长"
                      "闻人素秋陪同。",
                  "2026-05-20");
  const char *v = event(&f, "检查安全生产工作");
  assert(v);
  assert(in(&f, v, NG_NG_LEAD, "邝书衡"));
  assert(in(&f, v, NG_NG_ACCOMPANY, "闻人素秋"));
  assert(!event(&f, "邝书衡一行"));
  ng_facts_free(&f);
}

/* 考察团一行到…考察: the 考察 of the delegation's name is no verb; what
   it does next is a visit of its own. */
static void
test_inspection_delegation_visits(void)
{
  NgFacts     f = run("柏承业会见香港衡阳同乡会考察团\n"
                      "11月12日,市委书记柏承业在钦州会见了以会长卢鸣岐为团长的"
                      "香港衡阳同乡会考察团一行。13日,考察团一行到钦州港考察,"
                      "副市长景曼青陪同。",
                  "2026-11-14");
  const char *v = event(&f, "到钦州港考察");
  assert(v);
  assert(!in(&f, v, NG_NG_LEAD, "柏承业"));
  assert(in(&f, v, NG_NG_ACCOMPANY, "景曼青"));
  ng_facts_free(&f);
}

int
main(void)
{
  events_open();
  RUN(test_check_led_with_bureau_staff);
  RUN(test_two_officials_visit_before_the_meeting);
  RUN(test_bare_meeting_of_another_day);
  RUN(test_official_joins_a_delegation);
  RUN(test_bulletin_items_in_brackets);
  RUN(test_party_group_meets_before_the_session);
  RUN(test_delegation_met_tours_on_its_own);
  RUN(test_training_class_named_by_its_term);
  RUN(test_bodies_go_along_by_their_heads);
  RUN(test_speech_and_summaries_are_no_events);
  RUN(test_witnessed_project_signing);
  RUN(test_sub_venues_hold_the_same_event);
  RUN(test_group_named_short_convenes);
  RUN(test_bodies_sign_at_the_ceremony_named);
  RUN(test_visiting_group_goes_on);
  RUN(test_cadres_meeting_on_a_visit);
  RUN(test_lesson_at_the_ceremony);
  RUN(test_speech_at_a_part_of_a_joint_meeting);
  RUN(test_town_taking_part_keeps_its_written_name);
  RUN(test_joining_the_meeting_of_the_day);
  RUN(test_lecture_held_by_a_body);
  RUN(test_leaders_visits_told_in_turn);
  RUN(test_feedback_meeting_after_an_inspection);
  RUN(test_unnamed_group_visits);
  RUN(test_opening_of_the_expo_of_the_day);
  RUN(test_written_name_of_a_long_meeting);
  RUN(test_name_of_the_whole_area);
  RUN(test_unnamed_leaders_visit_after_a_ceremony);
  RUN(test_visit_told_by_leading_a_party);
  RUN(test_drives_drills_and_party_lectures);
  RUN(test_opening_of_a_course_is_one_event);
  RUN(test_standing_committee_meets_the_same_afternoon);
  RUN(test_delegations_meet_after_the_session_opens);
  RUN(test_delegation_with_a_named_head);
  RUN(test_team_head_leads_the_visit_reported);
  RUN(test_inspection_delegation_visits);
  RUN(test_later_day_of_a_visit_of_two);
  events_close();
  return 0;
}
