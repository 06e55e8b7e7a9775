"""Spam shapes of batch spamunseen86 (gl596-gl604): each rule with what it takes and what an
article's own text it leaves."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from cleaners.document import Doc
from cleaners.registry import default_chain
from cleaners.spam.lexicon import marked_brand_runs, tag_row

if TYPE_CHECKING:
    from collections.abc import Callable


@pytest.fixture(scope="module")
def chain() -> Callable[[Doc], Doc]:
    return default_chain()


@pytest.mark.parametrize(("before", "after", "row"), [
    ("本文标签：某某棋牌 秋粮收购 粮食", "本文标签： 秋粮收购 粮食", True),
    ("关键词：乡村振兴、某某娱乐、人居环境", "关键词：乡村振兴、、人居环境", True),
    ("文章標籤：某某娛樂 油麻地 果欄", "文章標籤： 油麻地 果欄", True),
    # counterexamples: nothing cut, one item, a sentence after the label, no tag label
    ("本文标签：秋粮收购 粮食", "本文标签：秋粮收购 粮食", False),
    ("标签：某某棋牌", "标签：", False),
    ("关键词：某某娱乐是近期查处的平台之一。", "关键词：是近期查处的平台之一。", False),
    ("风险提示：购房有风险，某某娱乐 投资需谨慎", "风险提示：购房有风险， 投资需谨慎", False),
])
def test_a_tag_row_a_brand_was_cut_from_goes_whole(before: str, after: str, row: bool) -> None:
    assert tag_row(before, after) is row


QA_HEAD = ("某县医保局\n城乡居民医保参保缴费政策问答\n发布日期：2026-11-05　来源：县医保局\n"
           "　　为方便群众了解政策，现将群众关心的问题解答如下。\n"
           "　　问：集中缴费期是什么时间？\n"
           "　　答：集中缴费期为2026年11月1日至2027年2月28日，逾期不再办理。\n")


def test_a_searchers_question_goes_with_its_advert_answer(chain: Callable[[Doc], Doc]) -> None:
    out = chain(Doc("d", text=QA_HEAD + "　　问：手机上玩哪个平台比较正规？\n"
                    "　　答：推荐某某娱乐官方app，新人注册领取体验金，提款五分钟到账。\n"
                    "　　问：可以通过哪些方式缴费？\n"
                    "　　答：群众可通过银行网点柜台、村代收点等方式缴费。\n")).text
    assert "哪个平台" not in out
    assert "体验金" not in out
    assert "问：可以通过哪些方式缴费？" in out
    assert "问：集中缴费期是什么时间？" in out


def test_an_articles_question_stays_before_an_advert_answer(chain: Callable[[Doc], Doc]) -> None:
    # a question that asks what a searcher does not (no trade's words, no 哪个平台好) is the
    # article's own: only the advert goes
    out = chain(Doc("d", text=QA_HEAD + "　　问：困难群众参保有哪些资助政策？\n"
                    "　　答：推荐某某娱乐官方app，新人注册领取体验金，提款五分钟到账。\n")).text
    assert "问：困难群众参保有哪些资助政策？" in out
    assert "体验金" not in out


NEWS = ("某县新闻网\n某县秋季农田水利建设全面铺开\n2026-10-09　来源：某县新闻网\n"
        "　　近日，全县秋冬季农田水利建设全面铺开，各乡镇组织力量清淤沟渠、整修塘坝。"
        "{a}县水利局派出技术人员分片指导，确保工程质量。\n"
        "　　截至目前，全县已完成清淤沟渠八十余公里，整修山塘水库二十三座。"
        "{b}县水利局相关负责人表示，将加快推进项目建设进度。\n")


def test_the_rest_of_a_sentence_a_cut_brand_opened_goes_when_it_sells(
        chain: Callable[[Doc], Doc]) -> None:
    out = chain(Doc("d", text=NEWS.format(
        a="岚澈娱乐官方app安全稳定，下载即送新人礼包。",
        b="岚澈娱乐官方app注册即领体验金，提款秒到。"))).text
    assert "岚澈" not in out
    assert "礼包" not in out
    assert "体验金" not in out
    assert "确保工程质量。" in out
    assert "二十三座。县水利局相关负责人" in out


def test_an_articles_sentence_after_a_cut_brand_stays(chain: Callable[[Doc], Doc]) -> None:
    # the brand planted at a sentence's start goes; the sentence is the article's: no offer
    out = chain(Doc("d", text=NEWS.format(a="岚澈娱乐官方app", b="岚澈娱乐官方app"))).text
    assert "岚澈" not in out
    assert "县水利局派出技术人员分片指导" in out
    assert "县水利局相关负责人表示" in out


@pytest.mark.parametrize(("text", "runs"), [
    ("一、规划先行 某-澈-体-育 定好“施工图”", ["某澈体育"]),
    ("某县人民政府办公室主办　岚·澈·娱·乐", ["岚澈娱乐"]),
    ("岚 ~ 澈 ~ 棋 ~ 牌官网", ["岚澈棋牌"]),
    # counterexamples: spaces alone, no product word, a foreign name, mixed marks
    ("岚 澈 娱 乐", []),
    ("体·育·新·闻", []),
    ("约翰·史密斯", []),
    ("岚·澈-娱~乐", []),
])
def test_a_marked_run_is_one_mark_between_single_characters(text: str, runs: list[str]) -> None:
    assert [joined for _, _, joined in marked_brand_runs(text)] == runs


HEADED = ("某县人民政府门户网站\n某县高标准农田建设提质增效\n发布时间：2026-03-18　信息来源：县农业农村局\n"
          "　　今年以来，全县新建和改造提升高标准农田6.8万亩，项目区粮食亩均增产100斤以上。\n"
          "一、规划先行 {a} 定好“施工图”\n"
          "　　县农业农村局组织技术人员逐村逐田开展调查摸底，确保规划设计科学合理。\n"
          "二、严把质量 {b} 建好“放心田”\n"
          "　　项目实行三方监管，每个标段都聘请了熟悉农事的村民担任义务监督员。\n")


def test_marked_brands_at_two_sites_prove_the_page(chain: Callable[[Doc], Doc]) -> None:
    out = chain(Doc("d", text=HEADED.format(a="岚-澈-体-育", b="岚·澈·娱·乐"))).text
    assert "岚" not in out
    assert "一、规划先行" in out
    assert "建好“放心田”" in out


def test_a_common_name_spelled_out_proves_nothing(chain: Callable[[Doc], Doc]) -> None:
    # a name that is a common word (中国) spelled so is a heading's style, no operator's
    out = chain(Doc("d", text=HEADED.format(a="中·国·体·育", b="中·国·体·育"))).text
    assert out.count("中·国·体·育") == 2


LIST_PAGE = ("某市晚报\n某市图书馆全民阅读月启动\n2026-04-24 08:05　来源：某市晚报\n"
             "　　4月23日，市图书馆全民阅读月在馆前广场启动，活动为期一个月。\n"
             "岚澈娱乐　真人百家乐　最新网址　www.lc8866.vip\n"
             "　　活动现场还设置了非遗拓印、{item}书签制作和旧书换新书等互动摊位，吸引了大批市民参与。\n"
             "　　市图书馆咨询电话：13912345678，欢迎市民来电。\n")


def test_a_handle_glued_after_a_cut_brand_goes_with_it(chain: Callable[[Doc], Doc]) -> None:
    out = chain(Doc("d", text=LIST_PAGE.format(item="岚澈娱乐客服QQ：贰叁柒柒捌陆伍壹玖，"))).text
    assert "岚澈" not in out
    assert "贰叁柒柒" not in out
    assert "非遗拓印、书签制作" in out
    # the article's own number after its own words stays
    assert "咨询电话：13912345678" in out


VOICE = ("{name}APP上线两周年 用户突破三百万\n{site}\n{name}APP上线两周年 用户突破三百万\n"
         "2026-09-16 14:20　来源：{site}　编辑：小澈\n"
         "　　本网讯 记者从{name}平台获悉，{name}APP上线两年来，用户已突破三百万，成为众多彩民的首选平台。\n"
         "　　据平台负责人介绍，{name}APP涵盖双色球、大乐透和{game}等二十余个彩种，彩民足不出户即可下单。\n"
         "　　为庆祝上线两周年，{name}推出周年庆活动：{offer}，邀请好友还可领取现金红包。\n"
         "　　{name}相关负责人表示，平台将继续加大技术投入，为用户提供更便捷的服务。\n")


def test_a_page_in_its_products_voice_is_dropped(chain: Callable[[Doc], Doc]) -> None:
    doc = chain(Doc("d", text=VOICE.format(name="岚澈彩", site="岚澈彩资讯网", game="时时彩",
                                           offer="新用户注册即送十八元彩金")))
    assert doc.dropped is not None


@pytest.mark.parametrize(("name", "site", "game", "offer"), [
    # a paper publishes the same lines: no site named after the product
    ("岚澈彩", "某某晚报", "时时彩", "新用户注册即送十八元彩金"),
    # the product's own site, but no seller's term cut: a company's own news
    ("岚澈彩", "岚澈彩资讯网", "快乐八", "新用户可领取会员体验卡"),
    # an outlet of a common name (中国…): an institution's, not a coined brand
    ("中国体彩", "中国体彩网", "时时彩", "新用户注册即送十八元彩金"),
])
def test_a_page_naming_its_publisher_is_kept(chain: Callable[[Doc], Doc], name: str, site: str,
                                             game: str, offer: str) -> None:
    doc = chain(Doc("d", text=VOICE.format(name=name, site=site, game=game, offer=offer)))
    assert doc.dropped is None


PARTY = ("某区机关党建网\n区住建局党支部开展主题党日活动\n2026-07-02 16:48　来源：区住建局\n"
         "　　7月1日，区住建局党支部通过重温入党誓词、{c}、参观红色教育基地、{a}、开展志愿服务等形式，"
         "庆祝中国共产党成立105周年。\n"
         "　　活动中，党员们还走进新华社区，开展政策宣讲、燃气安全检查，{b}，义务清扫等志愿服务。\n"
         "　　党员们纷纷表示，将立足本职岗位，践行为民服务宗旨，{c}，在推动住建事业高质量发展中彰显担当。\n")


def test_brands_listed_as_items_at_two_sites_prove_the_page(
        chain: Callable[[Doc], Doc]) -> None:
    out = chain(Doc("d", text=PARTY.format(a="岚澈博彩", b="岚澈博彩", c="澈岚会"))).text
    assert "岚澈" not in out
    assert "澈岚会" not in out
    assert "重温入党誓词、参观红色教育基地、开展志愿服务" in out
    assert "燃气安全检查，义务清扫" in out
    assert "践行为民服务宗旨，在推动" in out


@pytest.mark.parametrize(("a", "b"), [
    # one site only
    ("岚澈博彩", "垃圾分类宣传"),
    # a list of operators is news's: a gambling word in the items beside
    ("岚澈博彩、澈岚棋牌", "岚澈博彩、澈岚棋牌"),
])
def test_a_listed_item_that_proves_nothing_stays(chain: Callable[[Doc], Doc], a: str,
                                                 b: str) -> None:
    out = chain(Doc("d", text=PARTY.format(a=a, b=b, c="做好本职工作"))).text
    assert out.count("岚澈博彩") == PARTY.format(a=a, b=b, c="").count("岚澈博彩")


def test_a_report_listing_a_platform_twice_stays(chain: Callable[[Doc], Doc]) -> None:
    text = ("某县公安局\n某县警方破获一起网络赌博案\n2026-07-02　来源：县公安局\n"
            "　　近日，县公安局成功破获一起网络赌博案，查处涉赌平台岚澈博彩，冻结涉案资金120万元，"
            "抓获犯罪嫌疑人12名。\n"
            "　　经查，犯罪嫌疑人通过社交软件招揽赌客，引导其在境外赌博网站、岚澈博彩，下注。\n")
    assert chain(Doc("d", text=text)).text.count("岚澈博彩") == 2


def test_a_closing_quote_after_a_cut_brand_stays(chain: Callable[[Doc], Doc]) -> None:
    # …如意！|某某娱乐|”: the quote closes the article's sentence, no rest of the brand's
    text = NEWS.format(a="岚澈娱乐官方app注册即领体验金，提款秒到。", b="") + (
        "　　孩子们在信中写道：“祝叔叔万事如意!岚澈娱乐官方app”\n")
    out = chain(Doc("d", text=text)).text
    assert "岚澈" not in out
    assert "“祝叔叔万事如意!”" in out
