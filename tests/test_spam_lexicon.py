"""spam.lexicon: brands and selling phrases go from inside lines; news about spam stays."""

from __future__ import annotations

import pickle
import re
from typing import Any

import ahocorasick
import pytest

from cleaners.document import Doc
from cleaners.spam import Lexicon, LexiconSpam
from cleaners.spam.lexicon import brand_shapes, loose_brand_shapes

WHERE = re.compile(r"^line \d+( chars \d+-\d+)?$")


@pytest.fixture(scope="module")
def clean() -> LexiconSpam:
    return LexiconSpam()


def test_lexicon_scan_finds_brand_with_suffix() -> None:
    hits = Lexicon().scan("往返于雨城、开云体育官网入口名山")
    assert [(h.term, h.suffix) for h in hits] == [("开云体育", "官网入口")]


@pytest.mark.parametrize(("text", "pieces"), [
    # a promo suffix (真人) that opens the next promo word (真人视讯) stops where it starts:
    # both are read whole, none cut in two
    ("送餐到家。电子游艺真人视讯", ["电子游艺", "真人视讯"]),
    ("的蔬菜,电子游艺真人视讯既解决了", ["电子游艺", "真人视讯"]),
    # counterexamples: a suffix that opens no other term stays the hit's own
    ("的蔬菜,电子游艺真人既解决了", ["电子游艺真人"]),
    ("往返于雨城、开云体育官网入口名山", ["开云体育官网入口"]),
])
def test_a_promo_suffix_stops_where_the_next_promo_word_starts(text: str,
                                                               pieces: list[str]) -> None:
    assert [text[h.start : h.end] for h in Lexicon().scan(text)] == pieces


def test_a_page_of_chopped_promo_words_leaves_none_of_their_halves(clean: LexiconSpam) -> None:
    text = ("3月17日中午,某某村“共享厨房”里飘出阵阵饭菜香,电子游艺二十多位老人吃上了热乎饭。\n"
            "镇里还组织志愿者定期上门,为行动不便的老人送餐到家。电子游艺真人视讯\n"
            "食材优先采购本村农户种植的蔬菜,体育投注既解决了老人吃饭难。")
    out = clean(Doc("d", text=text)).text
    assert [w for w in ("视讯", "电子游艺", "体育投注") if w in out] == []
    assert "为行动不便的老人送餐到家。" in out


def test_lexicon_latin_brand_needs_word_boundary() -> None:
    assert Lexicon().scan("国产大型水陆两栖飞机AG600完成试飞") == []


def test_lexicon_spam_removes_brand_inside_line(clean: LexiconSpam) -> None:
    doc = clean(Doc("d", text="车辆往返于雨城、名山、华体会官网飞地园区三地。"))
    assert doc.text == "车辆往返于雨城、名山、飞地园区三地。"
    (removal,) = doc.removals
    assert removal.cleaner == "spam.lexicon"
    assert removal.rule == "gambling_brand"
    assert removal.text == "华体会官网"
    assert removal.why
    assert WHERE.match(removal.where)


def test_lexicon_spam_takes_characters_beside_every_cut_of_a_brand(clean: LexiconSpam) -> None:
    # 葡京 injected three times as part of the piece 葡京娱 (on a page with unambiguous spam,
    # 华体会官网): the stray 娱 goes with it.
    text = ("社区书记葡京娱带领党员走访群众。\n志愿者们在河道两岸葡京娱清理垃圾。\n"
            "新建的城市书房葡京娱已经开放，华体会官网每天都有不少市民带着孩子前来看书学习。")
    doc = clean(Doc("d", text=text))
    assert doc.text == ("社区书记带领党员走访群众。\n志愿者们在河道两岸清理垃圾。\n"
                        "新建的城市书房已经开放，每天都有不少市民带着孩子前来看书学习。")
    cuts = [r for r in doc.removals if "葡京" in r.text]
    assert len(cuts) == 3
    assert all(r.text == "葡京娱" and "beside every cut" in r.why for r in cuts)


def test_lexicon_spam_widens_no_cut_whose_neighbours_differ(clean: LexiconSpam) -> None:
    text = "社区书记华体会官网带领党员走访群众。\n志愿者们在河道华体会官网两岸清理垃圾。"
    doc = clean(Doc("d", text=text))
    assert doc.text == "社区书记带领党员走访群众。\n志愿者们在河道两岸清理垃圾。"


def test_lexicon_spam_cuts_a_sold_brand_from_news_lines_only_on_a_mirror(
        clean: LexiconSpam) -> None:
    news = "警方近日破获一起网络赌博案，亚博体育官网涉案人员已被依法刑事拘留。"
    assert clean(Doc("d", text=news)).text == news  # news about spam keeps its names
    mirror = clean(Doc("d", text=f"社区书记开云体育官网带领党员走访群众。\n{news}"))
    assert mirror.text == "社区书记带领党员走访群众。\n警方近日破获一起网络赌博案，涉案人员已被依法刑事拘留。"
    assert any("news-like line" in r.why for r in mirror.removals)


def test_lexicon_spam_learns_latin_brand_name(clean: LexiconSpam) -> None:
    text = "他们往返于名山、AG某某会入口飞地园区。\n大家AG某某会一起学习全市的好经验。"
    doc = clean(Doc("d", text=text))
    assert "某某会" not in doc.text
    assert "大家一起学习" in doc.text


def test_lexicon_spam_ambiguous_brand_kept_without_other_spam(clean: LexiconSpam) -> None:
    text = "九游创业孵化中心今天开业，开云集团发布半年报。"
    assert clean(Doc("d", text=text)).text == text


def test_lexicon_spam_ambiguous_brand_removed_on_spam_page(clean: LexiconSpam) -> None:
    text = "名山、米乐体育入口飞地园区。\n在园区的九游创业孵化中心内，考察人员找到了答案。"
    doc = clean(Doc("d", text=text))
    assert "九游" not in doc.text
    assert "在园区的创业孵化中心内" in doc.text


def test_lexicon_spam_keeps_words_containing_brand(clean: LexiconSpam) -> None:
    text = "名山、米乐体育入口飞地园区。\n金沙江流域和朝鲜半岛问题是讨论焦点。"
    assert "金沙江" in clean(Doc("d", text=text)).text


@pytest.mark.parametrize("line", [
    "公安机关破获一起特大网络赌博案，涉案赌博网站以百家乐、时时彩为名引诱群众参赌。",
    "警方提醒：所谓注册送彩金、稳赚不赔都是赌博网站设下的圈套。",
    "税务部门查处一起虚开增值税发票案件，涉案企业为他人代开发票。",
    "禁毒民警向学生展示冰毒、摇头丸等毒品仿真模型。",
    # the steps of a case (被刑拘, 立案侦查, 被告人): no seller says them of itself
    "麻将馆老板因组织上分下分赌博被刑拘。",
    "两名棋牌室经营者涉嫌组织上下分赌博，已被依法逮捕。",
])
def test_lexicon_spam_keeps_news_about_spam(clean: LexiconSpam, line: str) -> None:
    assert clean(Doc("d", text=line)).text == line


@pytest.mark.parametrize("line", [
    "所谓“代开发票”“发票代开”都是骗局，税务部门从未授权任何个人代开。",
    "这些网站以“午夜福利”“激情视频”为噱头吸引点击。",
    "二、“代开发票”类违法广告",
    "家长应留意孩子手机中是否安装了含有“裸聊”功能的陌生软件。",
    "借款人往往被“零风险、零门槛”，“黑户可贷”“秒下款”等广告吸引。",
    "案例二：“秒下款”网贷APP暴力催收案",
    "问：网上说“学信网可查”的学历能买吗？",
    # a Hong Kong or Taiwan page quotes in corner brackets
    "這些網站以「午夜福利」「激情視頻」為噱頭吸引點擊。",
    "所謂「代開發票」「發票代開」都是騙局。",
])
def test_a_term_in_wording_the_line_quotes_and_names_is_no_hit(clean: LexiconSpam,
                                                               line: str) -> None:
    assert clean(Doc("d", text=line)).text == line


@pytest.mark.parametrize(("line", "gone"), [
    # quotes no word frames: a pitch's own decoration
    ("“代开发票”联系微信abc12345，点数低。", "代开发票"),
    ("“澳门新葡京”注册送彩金，真人百家乐", "澳门新葡京"),
    ("“约炮”“同城约”，加微信abc12345", "约炮"),
    ("“枪手代考”包过，联系QQ12345678获取答案", "枪手代考"),
    ("「開雲體育」官網入口，註冊就送", "開雲體育"),
    ("「代開發票」聯繫微信abc12345，點數低。", "代開發票"),
    ("“秒下款”服务，当天到账", "秒下款"),
])
def test_a_quoted_term_no_word_frames_as_cited_still_goes(clean: LexiconSpam, line: str,
                                                           gone: str) -> None:
    assert gone not in clean(Doc("d", text=line)).text


@pytest.mark.parametrize("line", [
    "很多年轻人并不知道，代开发票本身就是违法的。",
    "日入过千、躺赚的兼职，十有八九是骗局。",
    "增大增粗类产品大多添加了违禁成分。",
    "四六级答案在考前叫卖，其实都是假的。",
])
def test_a_line_debunking_the_selling_phrases_it_names_keeps_them(clean: LexiconSpam,
                                                                  line: str) -> None:
    assert clean(Doc("d", text=line)).text == line


@pytest.mark.parametrize("line", [
    "在不少人的印象里，办证刻章的小广告曾经贴满了城市的角落。",
    "婚外情调查、出轨取证这类业务，在我国没有合法的生存空间。",
    "对于查开房记录这种要求，正规律师事务所都会拒绝。",
])
def test_a_selling_phrase_the_line_names_as_a_kind_of_thing_is_no_hit(clean: LexiconSpam,
                                                                       line: str) -> None:
    assert clean(Doc("d", text=line)).text == line


@pytest.mark.parametrize(("line", "gone"), [
    ("专业代开发票业务，点数低，加微信abc12345", "代开发票"),
    ("婚外情调查、出轨取证，专业团队，24小时服务", "出轨取证"),
    ("开云体育的广告位招商中", "开云体育"),
])
def test_a_selling_phrase_no_naming_word_follows_still_goes(clean: LexiconSpam, line: str,
                                                            gone: str) -> None:
    assert gone not in clean(Doc("d", text=line)).text


@pytest.mark.parametrize(("line", "gone"), [
    # an advert denying it is a scam, or that it breaks the law
    ("正规代开发票，绝非骗局，加微信abc12345", "代开发票"),
    ("正规代开增值税专票，不违法，当天出票", "代开增值税"),
    ("秒下款，绝非骗局，黑户也能", "秒下款"),
    ("网贷口子秒下款，不是假的", "秒下款"),
    # a brand stays a brand, whatever the line calls it
    ("这种做法是违法的开云体育官网", "开云体育"),
])
def test_a_denial_or_a_brand_is_no_debunking(clean: LexiconSpam, line: str, gone: str) -> None:
    assert gone not in clean(Doc("d", text=line)).text


@pytest.mark.parametrize("page", [
    # Business news names operators as companies: a list, a group, a subsidiary.
    "分析人士指出，金沙中国、银河娱乐、永利澳门、美高梅中国和澳博控股的非博彩业务投入加大。\n"
    "银河娱乐集团在业绩公告中表示，旗下酒店入住率接近九成。\n"
    "新濠博亚旗下的新濠天地今年举办了多场大型演出。",
    # A police report's words (经查, 团伙, 招揽, 参赌) and a warning's (诱饵) are news.
    "经查，该团伙在境外架设赌博网站，通过微信群招揽参赌人员。\n"
    "专家表示，赌球网站往往以“高赔率”“返水”“首充优惠”为诱饵，吸引球迷充值下注。\n"
    "英国的体育博彩公司如威廉希尔、立博等在当地合法经营。",
])
def test_lexicon_spam_keeps_operators_named_as_companies_and_reports(
        clean: LexiconSpam, page: str) -> None:
    assert clean(Doc("d", text=page)).text == page


@pytest.mark.parametrize(("line", "gone"), [
    ("市民游览了大三巴牌坊银河娱乐后前往议事亭前地。", "银河娱乐"),
    ("金沙中国、银河娱乐官网、永利澳门均有增长。", "银河娱乐官网"),
    ("他们走进社区新濠天地讲解防疫知识。", "新濠天地"),
])
def test_lexicon_spam_still_cuts_an_operator_planted_outside_a_list(
        clean: LexiconSpam, line: str, gone: str) -> None:
    assert gone not in clean(Doc("d", text=line)).text


def test_lexicon_spam_removes_mostly_spam_line(clean: LexiconSpam) -> None:
    text = "正文第一段，记者走访了园区。\n澳门新葡京官网注册送彩金，真人百家乐\n正文第二段。"
    doc = clean(Doc("d", text=text))
    assert doc.text == "正文第一段，记者走访了园区。\n正文第二段。"
    assert doc.removals[0].rule == "spam_line"
    assert doc.removals[0].where == "line 2"


def test_lexicon_spam_pickles(clean: LexiconSpam) -> None:
    clean(Doc("d", text="开云体育"))
    again = pickle.loads(pickle.dumps(clean))
    text = "车辆往返于雨城、名山、开云体育入口飞地园区三地。"
    assert again(Doc("d", text=text)).text == "车辆往返于雨城、名山、飞地园区三地。"


def test_lexicon_spam_rejects_bad_options() -> None:
    with pytest.raises(ValueError, match="line_share"):
        LexiconSpam(line_share=0)


@pytest.mark.parametrize("text", ["星辉体育官网入口", "金博娱乐注册", "博乐彩票app下载", "abc电竞官网"])
def test_brand_shape_matches_unknown_brands(text: str) -> None:
    line = f"记者在{text}看到"
    assert [line[a:b] for a, b in brand_shapes(line)] == [text]


@pytest.mark.parametrize("text", ["国家体育总局官网", "中国体育彩票", "体育馆入口", "学校体育平台建设",
                                  "全民健身平台", "电子商务平台注册"])
def test_brand_shape_leaves_ordinary_phrases(text: str) -> None:
    assert brand_shapes(text) == []


@pytest.mark.parametrize(("text", "latin"), [("QX体育", True), ("DB真人", True), ("hg688娱乐", True),
                                             ("龙腾棋牌", False), ("天悦真人", False)])
def test_loose_brand_shape_matches(text: str, latin: bool) -> None:
    line = f"记者在{text}看到"
    assert [(line[a:b], k) for a, b, k in loose_brand_shapes(line)] == [(text, latin)]


@pytest.mark.parametrize("text", ["国家体育总局", "5G电子产品", "文化娱乐活动", "棋牌", "G20国际峰会"])
def test_loose_brand_shape_leaves_ordinary_phrases(text: str) -> None:
    assert loose_brand_shapes(text) == []


@pytest.mark.parametrize("line", ["金沙线上江流域生态保护持续推进。", "开云足球集团发布的半年报显示销售下滑。"])
def test_an_ambiguous_name_split_from_its_word_by_a_piece_stays(line: str) -> None:
    # spam.injection removes the piece later; the name must still be there then.
    text = f"名山、米乐体育入口飞地园区。\n{line}"
    assert line in LexiconSpam()(Doc("d", text=text)).text


def test_an_ambiguous_name_beside_a_piece_that_binds_nothing_goes() -> None:
    text = "名山、米乐体育入口飞地园区。\n游客在金沙了解情况。"
    assert "金沙" not in LexiconSpam()(Doc("d", text=text)).text


@pytest.mark.parametrize(("line", "gone"), [
    ("成人影院在线观看免费", True),
    ("各类发票代开，正规票据", True),
    ("记者在澳门新葡京娱乐场看到，游客络绎不绝。", False),  # a sentence is left
])
def test_what_is_left_of_an_advert_line_goes_with_it(line: str, gone: bool) -> None:
    text = f"国务院常务会议研究部署进一步稳就业工作。\n{line}\n各地积极推进乡村振兴战略实施。"
    out = LexiconSpam()(Doc("d", text=text)).text
    assert (len(out.split("\n")) == 2) is gone


ADVERT_LINE = "热门搜索：澳门新葡京 百家乐技巧 足球投注 真人娱乐 时时彩计划"
PARA = "会议指出，全县各级各部门认真落实决策部署，扎实抓好春耕备耕各项工作。{}农资储备充足，农机具检修到位。"


@pytest.mark.parametrize(("sentence", "goes"), [
    ("加微信abc12345领取免费资料，日赚千元不是梦。", True),  # term, handle, little else
    ("网赚项目请联系QQ：123456789。", True),
    # no handle, but a short sentence of selling talk with no figure on a page the advert
    # line proves: a sentence of its own between the article's (spamunseen75)
    ("加微信领取免费资料，日赚千元不是梦。", True),
    # an article's sentence with a handle and a term, but a sentence of its own besides them
    ("记者拨打了网页上留下的联系电话13800138000，对方自称可以帮助用户加微信后日赚几百元。", False),
])
def test_an_advert_sentence_inside_a_paragraph_goes_whole(clean: LexiconSpam, sentence: str,
                                                          goes: bool) -> None:
    line = PARA.format(sentence)
    doc = clean(Doc("d", text=f"{line}\n{ADVERT_LINE}"))
    # a sentence left to the term cuts keeps its words besides the terms (the advert line's
    # weight-3 tout, 时时彩计划, has the weight-2 ones cut: 加微信, 日赚)
    words = [w for w in re.split(r"加微信|日赚|，|。", sentence) if len(w) >= 4]
    assert all(w not in doc.text for w in words) is goes
    assert "农资储备充足" in doc.text


def test_an_advert_sentence_stays_on_a_page_without_spam(clean: LexiconSpam) -> None:
    # one ambiguous selling term and a service number: not an advert that proves itself
    line = PARA.format("领取免费资料，日赚千元不是梦，咨询电话95588。")
    assert "日赚千元不是梦" in clean(Doc("d", text=line)).text


@pytest.mark.parametrize(("sentence", "goes"), [
    # a handle after a contact word and unambiguous selling terms: an advert by itself
    ("本公司长期代开各地增值税发票，点数低，可验证后付款，联系电话13912345678。", True),
    ("网贷口子大全，黑户也能下款，当天放款，联系13912345678。", True),
    ("私家侦探专业调查取证，婚外情调查，寻人找人，电话13912345678。", True),
    ("同城约炮上门服务，学生妹包夜，加QQ1234567890。", True),  # the handle right after QQ
    ("同城约炮上门服务，学生妹包夜，加QQzx26885。", True),
    # an escort tout (外围模特) to a QQ number
    ("高端外围模特空降，全城可约，QQ：3319876502。", True),
    # the same in traditional script
    ("網貸口子大全，黑戶也能下款，當天放款，聯繫13912345678。", True),
    # a contact word (加微信) sells nothing, but 日赚 does, to a private handle (a WeChat ID)
    ("加微信abc12345领取免费资料，日赚千元不是梦。", True),
    # a contact word alone sells nothing, even to a private handle
    ("加微信abc12345领取免费资料。", False),
    # a bank's product and its hotline: one ambiguous selling term
    ("该行推出的无抵押贷款产品审批快捷，咨询电话95588。", False),
    # a number with no contact word before it, and one ambiguous selling term
    ("私家侦探行业调查取证的边界，案卷编号13912345678。", False),
])
def test_an_advert_sentence_with_a_contact_handle_proves_itself(
        clean: LexiconSpam, sentence: str, goes: bool) -> None:
    line = PARA.format(sentence)
    doc = clean(Doc("d", text=line))
    assert (sentence not in doc.text) is goes
    assert "农资储备充足" in doc.text
    assert "会议指出" in doc.text


def test_a_self_proving_advert_goes_from_a_paragraph_that_reads_like_news(
        clean: LexiconSpam) -> None:
    line = ("警方提醒，市民要警惕电信诈骗。信用卡套现秒到账，费率最低，详询QQ123456789。"
            "遇到可疑情况请及时报警。")
    doc = clean(Doc("d", text=line))
    assert doc.text == "警方提醒，市民要警惕电信诈骗。遇到可疑情况请及时报警。"
    # news about such adverts keeps them: the sentence itself reads like news
    news = "警方查处一批信用卡套现广告，广告留有联系电话13912345678。"
    assert clean(Doc("d", text=news)).text == news


@pytest.mark.parametrize(("line", "gone"), [
    ("选择雷竞技，就是选择信誉与安全，千万玩家的共同信赖，提款秒到账。", True),
    ("在必威，每一位玩家都能享受公平公正的游戏体验，注册即送88元体验金，首存再返百分之百。", True),
    ("雷竞技拥有最全的体育赛事和真人娱乐项目，7x24小时在线客服，欢迎注册体验。", True),
    # a brand and a promo injected into an article's short paragraph, inside its words
    ("志愿者们在河道两岸清理垃圾，一上午共清理送彩金出塑料瓶、废弃渔网等垃圾两吨多葡京。", False),
    ("社区牵头启动居委会、业委会三方联动机制，破解了小区车辆乱葡京停放送彩金问题。", False),
])
def test_a_short_paragraph_selling_an_operator_goes_whole(line: str, gone: bool) -> None:
    text = f"国务院常务会议研究部署进一步稳就业工作。\n{line}\n各地积极推进乡村振兴战略实施。"
    out = LexiconSpam()(Doc("d", text=text)).text.split("\n")
    assert (len(out) == 2) is gone


@pytest.mark.parametrize(("text", "cut", "suffix"), [
    ("往返星空体育 www.ay7118.com于两地", "星空体育 www.ay7118.com", "www.ay7118.com"),
    ("往返米乐（temw247.vip）于两地", "米乐（temw247.vip）", "（temw247.vip）"),
    ("往返【米乐】于两地", "【米乐】", ""),
    ("往返「bob体育」官方网站于两地", "「bob体育」官方网站", "官方网站"),
    # quotes sold at once by a promo word set a name off as a bracket does; quotes the
    # sentence goes on after are the article's
    ("往返“bob体育”官方网站于两地", "“bob体育”官方网站", "官方网站"),
    ("往返“米乐”于两地", "米乐", ""),
    ("往返“米乐”的官方网站于两地", "米乐", ""),
    # a bracket that closes on something else is the article's
    ("往返【米乐等地】于两地", "米乐", ""),
    # a selling phrase in short brackets takes them and the words beside it
    ("往返【滚球盘口实时更新】于两地", "【滚球盘口实时更新】", "实时更新"),
    # (but not a clause's: a comma parts them)
    ("往返【滚球盘口，实时更新】于两地", "滚球盘口", ""),
    # an address the lexicon's brand does not precede is left alone
    ("开云体育官网 www.example.cn 于两地", "开云体育官网", "官网"),
])
def test_a_hit_takes_the_brackets_and_address_mirrors_print_around_a_brand(
        text: str, cut: str, suffix: str) -> None:
    (hit,) = Lexicon().scan(text)
    assert (text[hit.start : hit.end], hit.suffix) == (cut, suffix)


@pytest.mark.parametrize(("text", "cut"), [
    # a trailing product word opening a compound of the article's is left to it
    ("我国对外开放水平持续提高，华体会官网国际贸易结构不断优化。", "华体会官网"),
    ("近年来，华体会官网体育产业规模不断扩大。", "华体会官网"),
    ("华体会官网体育彩票公益金被用于援建乡村健身设施。", "华体会官网"),
    ("华体会官网电子商务进农村示范项目通过验收。", "华体会官网"),
    ("华体会官网国际足联公布了最新一期世界排名。", "华体会官网"),
    # a product word with a venue's one-character ending (the venue word whole), or closing
    # the text, is the suffix's
    ("社区书记华体会官网娱乐城带领党员走访群众。", "华体会官网娱乐城"),
    ("社区书记带领党员走访群众，华体会官网体育。", "华体会官网体育"),
    # promo words after the product word keep it the suffix's
    ("社区书记华体会官网体育入口带领党员走访群众。", "华体会官网体育入口"),
])
def test_a_promo_suffix_leaves_the_articles_compound_after_it(text: str, cut: str) -> None:
    (hit,) = Lexicon().scan(text)
    assert text[hit.start : hit.end] == cut


def test_a_brand_in_brackets_goes_with_its_brackets(clean: LexiconSpam) -> None:
    doc = clean(Doc("d", text="社区书记【华体会】带领党员走访群众。"))
    assert doc.text == "社区书记带领党员走访群众。"


@pytest.mark.parametrize(("line", "gone"), [
    ("欢迎访问“澳门新葡京”官网入口", True),
    ("“威尼斯人”官方网站 注册送88元", True),
    # news quoting such a name, warning against it or reporting on it, keeps its line
    ("警方提醒，“澳门新葡京”官网入口均为诈骗网站，切勿点击。", False),
    ("民警发现，所谓“澳门新葡京”官网入口其实是境外赌博网站。", False),
    ("犯罪嫌疑人搭建“某某娱乐”赌博网站，组织他人参赌，涉案金额达300余万元。", False),
])
def test_a_quoted_brand_sold_by_a_promo_word_after_its_quotes(line: str, gone: bool) -> None:
    text = f"国务院常务会议研究部署进一步稳就业工作。\n{line}\n各地积极推进乡村振兴战略实施。"
    out = LexiconSpam()(Doc("d", text=text)).text.split("\n")
    assert (line not in out) is gone


def test_an_article_sentence_beside_an_injected_brand_keeps_its_line() -> None:
    # The article's sentence talks of 客服 and 体验; the brand and promo sit in a sentence of
    # their own at the line's end: not one operator's advert.
    line = ("人工智能大会上，多家企业发布了大模型应用成果，涵盖医疗诊断、智能客服等场景，"
            "吸引了众多观众驻足体验。威尼斯人彩金")
    text = f"国务院常务会议研究部署进一步稳就业工作。\n{line}\n各地积极推进乡村振兴战略实施。"
    out = LexiconSpam()(Doc("d", text=text)).text
    assert "人工智能大会上" in out


@pytest.mark.parametrize(("line", "kept"), [
    # a word of governance at large (整治) beside an injected brand: no news about spam
    ("二圣镇开展村庄清洁行动，人居环境威尼斯人手机版整治成效明显。", False),
    # the same word beside spam's topic (赌博), or a police word: news about spam
    ("市场监管部门整治赌博广告，威尼斯人手机版等页面被下架。", True),
    ("警方破获一起案件，威尼斯人手机版涉案人员已被刑事拘留。", True),
])
def test_a_governance_word_alone_makes_no_news_about_spam(
        clean: LexiconSpam, line: str, kept: bool) -> None:
    assert ("威尼斯人手机版" in clean(Doc("d", text=line)).text) is kept


def test_a_warning_against_spam_proves_no_page(clean: LexiconSpam) -> None:
    """A police report's advice (以免沦为赌博网站洗钱的帮凶) warns of a topic word sold with a
    promo suffix: a warning, not unambiguous spam that would prove the page and take the
    brands the report quotes from its news lines."""
    page = ("民警介绍，该团伙诱导群众在名为“新葡京娱乐”的赌博网站充值。\n"
            "切勿向陌生人出借银行卡，以免沦为赌博网站洗钱的帮凶。")
    assert clean(Doc("d", text=page)).text == page


@pytest.mark.parametrize("line", [
    "以免错过优惠，威尼斯人手机版注册即送彩金。",  # no topic word warned of: an advert
    "远离烦恼，就上威尼斯人手机版。",
])
def test_a_warning_word_beside_a_brand_alone_is_no_news(clean: LexiconSpam, line: str) -> None:
    assert "威尼斯人" not in clean(Doc("d", text=f"社区书记带领党员走访群众。\n{line}")).text


def test_government_service_words_stay_on_a_mirror(clean: LexiconSpam) -> None:
    # 刻章 and 办理证件 name services a government page announces: topic words, never cut.
    line = "新开办企业可免费刻章，市民也可在政务服务中心办理证件。"
    doc = clean(Doc("d", text=f"社区书记华体会官网带领党员走访群众。\n{line}"))
    assert line in doc.text


def test_an_article_paragraph_with_a_brand_and_promos_injected_is_no_advert() -> None:
    # 70 of its 79 characters are the article's: the injected brand and promos go, the
    # paragraph stays (a casino's advert paragraph leaves little once its terms are cut).
    line = ("随着地铁三号线正式开通运营，城市轨道葡京娱交乐注乐注通运营里程达到一百二十公册送乐注里，"
            "市民出乐注行更加便捷，葡京娱沿线商业乐注册送也迎来了新的彩金发展机遇。")
    doc = LexiconSpam()(Doc("d", text=line))
    assert not any(r.rule == "spam_line" for r in doc.removals)
    assert "沿线商业" in doc.text
    assert "市民出" in doc.text


@pytest.mark.parametrize("text", [
    "澳门新葡京官网入口，新葡京娱乐城",  # terms inside longer terms, side by side
    "AG600 ag ky棋牌Ky棋牌　KY",  # Latin terms, upper case lowered, at the text's ends
    "华体会华体会体育华体会体育官网",  # overlapping occurrences of one term
    "人民群众生活幸福",  # no term at all
    "",
])
def test_lexicon_finds_every_occurrence_the_automaton_finds(text: str) -> None:
    # The pair-bitmap and trie walk stand in for pyahocorasick's scan: the same occurrences.
    lexicon = Lexicon()
    lower = text.lower()
    expected = sorted((end + 1 - len(value[0]), end + 1, value)
                      for end, value in _automaton(lexicon).iter(lower))
    assert sorted(lexicon.occurrences(lower)) == expected


@pytest.mark.parametrize("text", ["访问AG官网", "访问Ag官网", "访问aG官网", "ky棋牌", "KY棋牌",
                                  "华体会", "人民群众生活幸福", "A", ""])
def test_any_hit_reads_a_term_in_any_ascii_case(text: str) -> None:
    lexicon = Lexicon()
    assert lexicon.any_hit(text) == bool(list(_automaton(lexicon).iter(text.lower())))


def _automaton(lexicon: Lexicon) -> Any:
    """The lexicon's terms in pyahocorasick's automaton: the reference scan."""
    automaton = ahocorasick.Automaton()
    for term, value in lexicon.entries.items():
        automaton.add_word(term, value)
    automaton.make_automaton()
    return automaton


def test_a_page_without_a_term_is_not_read_line_by_line(
        clean: LexiconSpam, monkeypatch: pytest.MonkeyPatch) -> None:
    # Most pages hold no term: one scan of the page says so, and no line is split and read.
    def unexpected(text: str) -> tuple[tuple[object, ...], ...]:
        raise AssertionError("hits_by_line called on a page without a term")

    monkeypatch.setattr("cleaners.spam.lexicon.hits_by_line", unexpected)
    doc = Doc("d", text="人民群众生活幸福\n乡村振兴产业兴旺")
    assert clean(doc) is doc


def test_a_page_is_asked_about_its_terms_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every spam cleaner asks about its page; the same text is answered from the memo.
    from cleaners.spam import lexicon

    lexicon.forget_lines()
    text = "人民群众\n生活幸福AG官网"
    assert lexicon.has_terms(text)

    def unexpected(self: Lexicon, text: str) -> bool:
        raise AssertionError("the page was scanned again")

    monkeypatch.setattr(Lexicon, "any_hit", unexpected)
    assert lexicon.has_terms(text)


def test_the_simplified_page_is_the_page_when_opencc_changes_its_length() -> None:
    from cleaners.spam.lexicon import simplified_page

    assert simplified_page("這個網站") == "这个网站"
    assert simplified_page("人民群众") == "人民群众"


def test_only_lines_with_hits_are_read_for_advert_sentences(
        clean: LexiconSpam, monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []
    original = LexiconSpam._ad_sentences

    def recording(self: LexiconSpam, line: str, *args: object, **kwargs: object) -> object:
        read.append(line)
        return original(self, line, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(LexiconSpam, "_ad_sentences", recording)
    line = "往返于雨城、开云体育官网入口名山的游客，沿途可以看到成片的茶园和新修的步道。"
    clean(Doc("d", text=f"人民群众生活幸福\n{line}\n乡村振兴产业兴旺"))
    assert read == [line]


@pytest.mark.parametrize(("text", "found"), [("\u0130stanbul AG官网", True),
                                             ("\u0130stanbul", False)])
def test_any_hit_lowers_the_text_as_scan_does(text: str, found: bool) -> None:
    assert Lexicon().any_hit(text) is found


def test_brand_shapes_of_a_page_are_found_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # spam.injection asks twice about every page; the second answer comes from the memo.
    from cleaners.spam import lexicon

    lexicon.forget_lines()
    text = "往返于雨城、星辉体育官网入口名山"
    first = brand_shapes(text)

    def unexpected() -> re.Pattern[str]:
        raise AssertionError("the page was scanned again")

    monkeypatch.setattr(lexicon, "_product_promo", unexpected)
    assert brand_shapes(text) == first == [(6, 14)]


def test_has_terms_answers_about_the_lines() -> None:
    # A term formed across a line break is in no line: hits_by_line would find nothing there,
    # so the page is not read line by line (and no copy without line breaks is made).
    from cleaners.spam.lexicon import has_terms, hits_by_line

    assert has_terms("他们提供手机定位找人服务")
    assert not has_terms("他们提供手机定位\n找人服务")
    assert hits_by_line("他们提供手机定位\n找人服务") == ((), ())


@pytest.mark.parametrize(("sentence", "gone"), [
    # one selling term and a private handle (a mobile number, a WeChat ID): an advert
    ("无抵押贷款当天到账，额度高利息低，热线13545885743。", True),
    ("無抵押貸款當天到賬，額度高利息低，熱線vip83626。", True),
    # a service hotline (five digits) is an office's, not a tout's
    ("如需办理无抵押贷款，可拨打客服热线95588咨询。", False),
    # a private handle without a selling term sells nothing
    ("如有线索，请联系社区工作人员，电话13545885743。", False),
])
def test_an_advert_sentence_with_a_private_handle_proves_itself(clean: LexiconSpam,
                                                               sentence: str, gone: bool) -> None:
    own = "今年以来，全市新增就业岗位一万二千个，城镇登记失业率保持在较低水平。"
    text = own + sentence + "下一步，该市将继续加大稳就业政策支持力度。"
    out = clean(Doc("d", text=text)).text
    assert (sentence not in out) is gone
    assert own in out


def test_a_brand_of_another_kind_than_the_news_reports_on_goes(clean: LexiconSpam) -> None:
    # A report on fake invoices or on drugs names no casino: a gambling brand set into it is
    # read as in any line; a report on gambling may name one, and so may news naming no kind.
    for report in ("税务部门查处一起虚开发票案件，涉案公司华体会官网已被立案调查。",
                   "民警向学生讲解毒品的危害，华体会官网提醒大家远离毒品。"):
        doc = clean(Doc("d", text=report))
        assert "华体会官网" not in doc.text, report
        assert "news is about" in doc.removals[0].why
    for report in ("警方破获一起网络赌博案件，涉案平台华体会官网已被查封。",
                   "警方破获一起案件，涉案平台华体会官网已被查封。"):
        assert clean(Doc("d", text=report)).text == report


def test_a_decorated_brand_followed_by_another_decorated_name_goes(clean: LexiconSpam) -> None:
    # ★某某★ sells the name; a row of them (★某某★◆某某◆) glues the next one's mark to it.
    doc = clean(Doc("d", text="车辆往返于雨城、名山三地。★凯发★◆瑞泰商城◆"))
    assert doc.text.startswith("车辆往返于雨城、名山三地。◆瑞泰商城◆")
    text = "该景区荣获★★★★★级景区、全国文明单位等称号。"
    assert clean(Doc("d", text=text)).text == text


def test_a_latin_brand_takes_no_han_name_where_the_articles_word_resumes_across_it() -> None:
    # 日|必威betway|前在市体育中心: 日前 is the article's word, so 前在市 is no Han name of the
    # brand up to the product word 体育; a name after a Latin brand (AG尊龙会入口) still goes
    text = "第十二届运动会日必威betway前在市体育中心开幕"
    assert [text[h.start:h.end] for h in Lexicon().scan(text)] == ["必威", "betway"]
    hits = Lexicon().scan("来自全市的三千余名AG尊龙会入口运动员参加比赛")
    assert [(h.name, h.suffix) for h in hits] == [("AG尊龙会", "入口")]


def test_a_casinos_venue_word_goes_whole(clean: LexiconSpam) -> None:
    # 娱乐城 and 娱乐场 are how operators name their venues: cut at 娱乐, the 城 was left
    doc = clean(Doc("d", text="今年运动会首次增设澳门葡京娱乐城线上报名通道，群众可通过平台报名。"))
    assert doc.text == "今年运动会首次增设线上报名通道，群众可通过平台报名。"


@pytest.mark.parametrize("text", [
    "下载某某体育官方APP，登录官网入口", "官方App版与手机版", "ａｐｐ下载注册", "下载app入口官方入口",
    "网页版客户端开户", "apple官网上的aPp", "no promo word here 的新闻",
])
def test_promo_words_match_the_case_blind_alternation(text: str) -> None:
    """promo_words skips the case-blind scan on a page holding no spelling of a cased promo
    word (app): the spans are those of the case-blind alternation all the same."""
    from cleaners.spam.lexicon import _promo_word, forget_lines, promo_words

    forget_lines()
    assert promo_words(text) == [m.span() for m in _promo_word().finditer(text)]


# Sentences of bench/spam_topic_articles.txt (clean news about spam's topics) that lost words.
@pytest.mark.parametrize("page", [
    # a vice's topic word naming a kind of site is the report's word for it
    "约谈指出，部分平台存在主播穿着暴露、言行低俗，以及借直播间引流至赌博网站等问题，社会影响恶劣。",
    "团队负责人介绍，他们收集了大量赌博网站、钓鱼网站的特征，训练了一套识别模型。",
    # any topic word so, on a page whose news reports on its kind of spam
    "世界杯开赛以来，各地公安机关加大对网络赌球违法犯罪的打击力度。\n"
    "市民刘先生说，他曾在看球群里收到过投注网站链接，“对方说充值一百送一百，我没理会。”",
    # single quotes nested in a quote, framed as wording the line reports
    "“很多赌博网站的域名里含有数字，页面上会反复出现‘注册送彩金’‘首存优惠’之类的字样。”团队成员说。",
    # a selling phrase its clause forbids or denies
    "某网约车平台表示，乘客可以通过平台直接开具电子发票，平台从未授权司机代开发票。",
    # operators in a list closed by a count of firms or by the kind of firm they are
    "从上市公司看，银河娱乐、金沙中国、永利澳门、美高梅中国、新濠博亚和澳博控股六家博彩经营承批公司"
    "第三季度业绩均有改善。",
    "其中在威尼斯人、巴黎人等综合度假村内举办的展会占相当比例。\n澳门新葡京官网",
    # a name with its product word, then a company word; a Macau arm as results report it
    "美国上市公司永利度假村和美高梅国际酒店集团日前先后发布第三季度财报。\n"
    "财报显示，永利澳门第三季度经营收入同比增长两成。",
])
def test_news_about_spams_topics_keeps_its_words(clean: LexiconSpam, page: str) -> None:
    doc = clean(Doc("d", text=page))
    assert [r.text for r in doc.removals if "澳门新葡京官网" not in r.text] == []


@pytest.mark.parametrize(("line", "gone"), [
    # a site noun and a promo word after a topic word still sell it
    ("最新赌博网站入口，注册就送，加微信abc12345", "赌博网站入口"),
    # a ban in another clause forbids nothing the advert sells
    ("严禁未成年人进入，代开发票加微信abc12345", "代开发票"),
    # a list of names with a promo word, or closed by no firm, still sells them
    ("金沙中国、银河娱乐官网、永利澳门等六家公司均有增长。", "银河娱乐官网"),
    ("推荐平台：银河娱乐、澳门新葡京、威尼斯人，注册就送", "银河娱乐"),
])
def test_what_the_news_readings_do_not_cover_still_goes(clean: LexiconSpam, line: str,
                                                       gone: str) -> None:
    assert gone not in clean(Doc("d", text=line)).text


@pytest.mark.parametrize(("page", "kept"), [
    # a venue named by its kind (文化娱乐: a dictionary word), and its bare mentions after
    ("位于老城区的人民文化娱乐城经过一年的改造，近日重新对市民开放。\n"
     "据运营方介绍，娱乐城今后将定期举办文艺演出。\n澳门新葡京官网", True),
    # an operator's venue opens no such word: on a mirror it goes
    ("市民可以在真人娱乐城体验。\n据介绍，娱乐城今后将定期举办活动。\n澳门新葡京官网", False),
])
def test_a_venue_named_by_its_kind_stays_on_a_mirror(clean: LexiconSpam, page: str,
                                                     kept: bool) -> None:
    doc = clean(Doc("d", text=page))
    assert ("娱乐城今后" in doc.text) is kept


@pytest.mark.parametrize(("line", "gone"), [
    ("正规菠菜担保 上分秒到 下分秒到 诚招代理", "菠菜担保"),
    ("菠菜圈老平台 高反水 代理招商 高额佣金", "菠菜圈"),
    ("棋牌银商 上分下分 秒上秒下 反水日结", "棋牌银商"),
])
def test_gambling_slang_and_homophones_go(clean: LexiconSpam, line: str, gone: str) -> None:
    # 菠菜 (bōcài) for 博彩 with the word that sells it; 上分/下分 and 银商 of chip dealers
    assert gone not in clean(Doc("d", text=f"{line}\n村里新修了一条水泥路。")).text


@pytest.mark.parametrize("line", [
    "大棚里的菠菜、油麦菜长势喜人，菠菜每斤批发价三元。",
    "团伙中一名成员反水，向警方交代了全部案情。",
    "该品牌面向全国代理招商，加盟商可享受统一配送。",
    "以上分别为一季度和二季度的数据，线上分享会同步举行。",
])
def test_the_words_the_slang_borrows_stay_in_news(clean: LexiconSpam, line: str) -> None:
    # counterexamples: the vegetable, a defector, a franchise's recruiting, 以上|分别
    assert clean(Doc("d", text=line)).text == line


# An advert pasted at a sentence's edge with spaces between its pieces (round spamgl3, gl301).
@pytest.mark.parametrize(("advert", "after"), [
    ("手机兼职刷单 日赚300元 加QQ：2765109843 ", "农资储备充足，农机具检修到位。"),  # opening one
    ("在家打字员 一单一结 微信：abc12345 ", "农资储备充足，农机具检修到位。"),
])
def test_an_advert_run_set_apart_by_spaces_at_a_sentences_edge_goes(
        clean: LexiconSpam, advert: str, after: str) -> None:
    line = f"会议指出，全县各级各部门扎实抓好春耕备耕各项工作。{advert}{after}"
    assert clean(Doc("d", text=line)).text == f"会议指出，全县各级各部门扎实抓好春耕备耕各项工作。{after}"


def test_an_advert_run_closing_a_sentence_after_a_clause_mark_goes(clean: LexiconSpam) -> None:
    line = ("会议指出，全县扎实抓好春耕备耕各项工作，淘宝刷单 一单一结 加QQ：2765109843。"
            "农资储备充足，农机具检修到位。")
    assert clean(Doc("d", text=line)).text == (
        "会议指出，全县扎实抓好春耕备耕各项工作。农资储备充足，农机具检修到位。")


def test_spaced_pieces_inside_a_sentence_or_in_news_are_no_advert_run(
        clean: LexiconSpam) -> None:
    # news quoting such an advert keeps it whole
    news = "警方提醒：手机兼职刷单 日赚300元 加QQ：2765109843 这类广告都是诈骗，切勿轻信。"
    assert clean(Doc("d", text=news)).text == news
    # spaced pieces that neither open nor close their sentence are not read as one run
    from cleaners.spam.lexicon import _spaced_advert_run
    line = "全县 兼职刷单 日赚300元 加QQ：2765109843 各部门认真落实。"
    hits = [h for h in Lexicon().scan(line) if h.kind != "term"]
    handle = re.search(r"\d{10}", line)
    assert handle is not None
    assert _spaced_advert_run(line, 0, len(line), hits, handle) is None


# A long-tail search phrase set between an article's sentences (round spamgl3, gl299): the
# qualifier and the searcher's question go with the selling phrase.
LONG_TAIL_PARA = "会议指出，全县扎实抓好春耕备耕各项工作。{}农资储备充足，农机具检修到位。"


@pytest.mark.parametrize("phrase", [
    "正规代孕包成功", "海外试管代孕机构排名", "代孕咨询微信dy6688", "供卵试管包生男孩",
    "婚外情调查出轨取证哪家好", "专业代孕公司电话13912345678",
])
def test_a_long_tail_phrase_opening_a_sentence_goes_whole(clean: LexiconSpam,
                                                          phrase: str) -> None:
    # on a mirror: a row of its adverts elsewhere proves the page (试管代孕 alone may be news)
    text = LONG_TAIL_PARA.format(phrase) + "\n正规代孕包成功 包生男孩 包性别"
    out = clean(Doc("d", text=text)).text
    assert out == LONG_TAIL_PARA.format("")


def test_a_long_tail_phrase_ending_a_paragraph_goes_with_its_question(
        clean: LexiconSpam) -> None:
    line = LONG_TAIL_PARA.format("") + "包性别代孕费用多少"
    assert clean(Doc("d", text=line)).text == LONG_TAIL_PARA.format("")


def test_a_long_tail_takes_no_word_of_the_articles_next_sentence(clean: LexiconSpam) -> None:
    # 价格 opens the article's sentence: no business noun before it, a sentence after it
    out = clean(Doc("d", text=LONG_TAIL_PARA.format("代孕包成功价格平稳的化肥"))).text
    assert "价格平稳的化肥" in out
    out = clean(Doc("d", text=LONG_TAIL_PARA.format("代孕包成功哪里有需要哪里就有党员"))).text
    assert "哪里有需要哪里就有党员" in out
    assert "代孕包成功" not in out
    # inside a sentence a qualifier before the phrase is the article's word
    out = clean(Doc("d", text="会议指出，全县正规代孕包成功农资储备充足。")).text
    assert out == "会议指出，全县正规农资储备充足。"


@pytest.mark.parametrize("line", [
    # news on the trade names its wording, in quotes or as what it reports
    "卫健部门提醒：代孕机构排名、代孕费用多少等广告均属违法，市民切勿轻信。",
    "一名中介人员向记者介绍，所谓试管代孕机构排名都是花钱买来的，代孕费用从三十万元到八十万元不等。",
    "暑期档期间，市区多家影院推出午夜影院专场，不少年轻观众下班后结伴观影。",
    "警方破获一个发布“一肖中特”“今期特码”等虚假六合彩资料的诈骗团伙。",
    # an adult app's coy name is an ordinary word on a page with no spam
    "果农拍了一段草莓视频发到网上，订单一下多了起来。",
    "市文化馆周末推出午夜剧场，上演三部经典话剧。",
])
def test_news_and_ordinary_words_near_the_new_terms_stay(clean: LexiconSpam, line: str) -> None:
    assert clean(Doc("d", text=line)).text == line


@pytest.mark.parametrize("line", [
    "今期特碼 一肖中特 六合彩開獎結果直播",  # a 六合彩 tip sheet's row, in traditional script
    "成年人的快乐 私密影院在线看 上车请扫码 仅限18岁以上",
    "网贷秒批哪个平台好?网贷秒批就上秒批网贷官网,黑户口子秒下款。",
])
def test_rows_of_the_new_spam_kinds_go(clean: LexiconSpam, line: str) -> None:
    text = f"会议指出，全县扎实抓好春耕备耕各项工作。\n{line}\n农资储备充足，农机具检修到位。"
    assert line not in clean(Doc("d", text=text)).text
