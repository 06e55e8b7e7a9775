"""Round spamunseen88: what spamunseen87 left (a chopped phrase's pieces whose seam re-joins a
word but spells no selling phrase; a paper's credit under the text read after a mirror's 来源
row went) and the defects gl609-gl612 showed, each on invented text with counterexamples.

- Two recurring strings whose sites take turns (x … y … x … y), re-joining a common word
  across their seam and naming a spam term together (棋牌游|戏平台), go from a proven page.
- A string opening a row's label whose rest another row prints as its label (网贷口|停电时间：
  against 停电时间：) goes when it reads a selling phrase across its seam with another.
- A publisher and authors a spam cleaner took as the mirror's give way to the article's own
  credit the chrome took out (本文来源：某某晚报　记者：某某 under the text).
- A brand-shaped 来源 named only after the headline in the page's title line and in its rows
  of fields is the mirror's template, not the publisher.
- A run of spam.lexicon cuts between two clause marks takes one of them with it.
- A clause giving an office's landline ((03)9325-1180) may be the article's own beside an
  advert clause with a chat ID.
- A selling line that opens on its handle (QQ：… 办证 刻章 全国可查) is read as one that ends
  on it; LINE (LINE ID：…, 加LINE好友＠…) is a contact word.
"""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.document import Doc
from cleaners.spam import InjectedFragments, LexiconSpam
from cleaners.spam.handles import CONTACT_HANDLE, handle_line_why
from cleaners.spam.injection import _row_label_pieces, _take_turns
from cleaners.spam.lexicon import _OFFICE_NUMBER, simplified_text

# --- a chopped phrase's pieces taking turns, their seam re-joining a word -----------------

_BRAND = "宏泰娱乐ht8899.com"
_TURNS = ("区水务局今天宣布，明年起将把老旧供水管网改造范围扩展到城北两个街道，预计惠及居民一万余户。"
          "\n工作人员介绍，市民通过手机小程序{a}就能查询用水情况，发现漏水及时报修{b}。"
          f"\n施工由水务局委托的施工单位进行{_BRAND}，居民不需要承担费用。"
          "\n施工人员上门前会出示水务局发放的工作证{c}。如有疑问，可以拨打服务热线咨询{d}。"
          "\n区水务局将在每期工程完成后评估效果，并向区人大常委会报告。")


def _seam_cuts(a: str, b: str, c: str, d: str) -> list[str]:
    text = _TURNS.format(a=a, b=b, c=c, d=d)
    at = text.index(_BRAND)
    spans = [(at, at + len(_BRAND), "the brand")]
    return [text[x:y] for x, y, _ in InjectedFragments()._seam_word_pieces(text, spans)]


def test_pieces_taking_turns_that_rejoin_a_word_and_name_a_spam_term_go() -> None:
    assert sorted(_seam_cuts("棋牌游", "戏平台", "棋牌游", "戏平台")) == sorted(
        ["棋牌游", "戏平台"] * 2)


@pytest.mark.parametrize("pieces", [
    ("棋牌游", "棋牌游", "戏平台", "戏平台"),   # not in turn: x x y y
    ("手机游", "戏机构", "手机游", "戏机构"),   # together they name no spam term
])
def test_recurring_strings_not_taking_turns_or_naming_no_term_stay(
        pieces: tuple[str, str, str, str]) -> None:
    assert _seam_cuts(*pieces) == []


# --- a phrase's pieces opening a notice's row labels ---------------------------------------

_ROWS = ("尊敬的客户：\n因设备检修，以下区域将暂停供水。\n{0}停水时间：12月3日8:00至17:00\n"
         "{1}停水范围：城南街道全部用户\n{2}停水时间：12月5日9:00至15:00\n{3}停水范围：东坪村部分用户")


def test_pieces_opening_row_labels_the_page_prints_bare_go() -> None:
    # 黑白户 and 秒下款 were cut by spam.lexicon; 网贷口|子无视 reads 网贷口子
    text = _ROWS.format("网贷口", "子无视", "", "")
    cuts = sorted(text[a:b] for a, b, _ in _row_label_pieces(text, [], ["黑白户", "秒下款"]))
    assert cuts == ["子无视", "网贷口"]


def test_a_row_label_opened_by_the_rows_own_words_stays() -> None:
    # 上午 and 下午 open two labels the page prints bare too: they spell no selling phrase
    text = _ROWS.format("上午", "", "下午", "")
    assert _row_label_pieces(text, [], ["黑白户"]) == []


# --- the article's own credit read after a mirror's row went --------------------------------

_CREDIT_PAGE = """城南社区新建口袋公园开放
2026-06-02 10:20　来源：鑫瑞体育官方平台　作者：鑫瑞体育小编
　　6月1日，城南社区利用闲置空地改造的口袋公园正式开放，园内新增健身步道、儿童游乐区和休闲座椅。
　　社区负责人介绍，改造方案征求了居民意见，鑫瑞体育官方平台周边居民步行五分钟即可到达。
　　据了解，今年全区计划建成口袋公园十二个，目前已完成七个。
（来源：鑫瑞体育 xr6688.com　作者：客服小雅 微信xr668899）
{credit}
责任编辑：周一帆"""


def test_the_papers_credit_under_the_text_names_the_publisher_once_the_mirrors_row_goes(
        ) -> None:
    doc = clean_text(_CREDIT_PAGE.format(credit="本文来源：南湖日报　记者：许清和"))
    assert (doc.meta.source_name, doc.meta.authors) == ("南湖日报", ("许清和",))
    assert "鑫瑞体育" not in doc.text


def test_a_credit_naming_the_brand_names_no_publisher() -> None:
    doc = clean_text(_CREDIT_PAGE.format(credit="本文来源：鑫瑞体育官方平台"))
    assert doc.meta.source_name is None


# --- a brand named only in the title line and the 来源 row ----------------------------------

_TITLED_PAGE = """城东小学举行秋季运动会_{site}
城东小学
首页　学校概况　新闻动态　教学科研　联系我们
当前位置：首页 > 新闻动态
城东小学举行秋季运动会
发布时间：2026-10-20 16:30　来源：{site}
　　10月19日，城东小学第十二届秋季运动会开幕，全校六个年级一千二百余名学生参加了田径和趣味项目比赛。
　　本届运动会设置了跳绳接力、团队拔河等集体项目，鼓励学生在合作中体验运动的快乐。
版权所有：{footer}"""


def test_a_brand_named_only_in_the_title_line_and_the_source_row_is_no_publisher() -> None:
    doc = clean_text(_TITLED_PAGE.format(site="恒澜娱乐官方网站", footer="城东小学"))
    assert doc.meta.source_name is None
    assert doc.meta.title == "城东小学举行秋季运动会"


@pytest.mark.parametrize("footer", ["恒澜娱乐官方网站", "恒澜娱乐传媒有限公司"])
def test_a_site_naming_itself_in_its_footer_too_stays_the_publisher(footer: str) -> None:
    doc = clean_text(_TITLED_PAGE.format(site="恒澜娱乐官方网站", footer=footer))
    assert doc.meta.source_name == "恒澜娱乐官方网站"


# --- spam.lexicon's cuts and the clause marks around them -----------------------------------

_MARKS_PAGE = ("巡回接种站设在各村活动中心，详细时间将另行公布。\n"
               "为方便偏乡长者接种，卫生所将设置巡回接种站，{cut}，详细时间地点将公布于公所布告栏。")


@pytest.mark.parametrize("cut", ["注册就送体验金", "注册就送"])
def test_a_run_of_cuts_between_two_commas_takes_one(cut: str) -> None:
    doc = LexiconSpam()(Doc("d", text=_MARKS_PAGE.format(cut=cut)))
    assert "设置巡回接种站，详细时间" in doc.text
    assert "，，" not in doc.text


@pytest.mark.parametrize(("line", "kept"), [
    ("活动设有义诊、注册就送体验金、健康讲座等项目，吸引了三百多名群众参加，现场气氛热烈。",
     "活动设有义诊、健康讲座等项目，吸引了三百多名群众参加，现场气氛热烈。"),
    # the enumeration comma goes where the other is a clause's
    ("活动设有义诊、注册就送体验金，吸引了三百多名群众参加，现场还有医生讲解用药知识。",
     "活动设有义诊，吸引了三百多名群众参加，现场还有医生讲解用药知识。"),
])
def test_a_cut_item_of_a_list_takes_one_mark(line: str, kept: str) -> None:
    doc = LexiconSpam()(Doc("d", text=f"卫生所本月开展健康服务。\n{line}"))
    assert doc.text.split("\n")[1] == kept


# --- an office's hotline clause beside an advert clause -----------------------------------

_HOTLINE = ("注册就送体验金的广告不断出现。\n相关资讯可拨打卫生局防疫专线{number}洽询，"
            "或加入LINE好友＠jx5288领取体验金。")


def test_an_office_landline_clause_stays_beside_an_advert_clause() -> None:
    doc = LexiconSpam()(Doc("d", text=_HOTLINE.format(number="（03）9325-1180")))
    assert doc.text.split("\n")[1] == "相关资讯可拨打卫生局防疫专线（03）9325-1180洽询。"


@pytest.mark.parametrize(("number", "office"), [
    ("（03）9325-1180", True),
    ("(0571)87281234", True),
    ("0571-87281234", True),
    ("13812345678", False),    # a mobile: a person's, as adverts give
    ("400-810-5588", False),   # a service line is no landline with an area code
    ("2026-11-06", False),     # a date
])
def test_an_office_landline_is_told_from_a_persons_number(number: str, office: bool) -> None:
    assert bool(_OFFICE_NUMBER.fullmatch(number)) is office


@pytest.mark.parametrize(("firsts", "seconds", "turns"), [
    ([10, 50], [30, 70], True),
    ([10, 50, 90], [30, 70], True),    # the last round stopped short
    ([10, 30], [50, 70], False),       # x x y y
    ([30, 70], [10, 50], False),       # y first
    ([10], [30, 50], False),
])
def test_sites_taking_turns(firsts: list[int], seconds: list[int], turns: bool) -> None:
    assert _take_turns(firsts, seconds) is turns


# --- a selling line that opens on its handle; LINE as a contact word -----------------------

@pytest.mark.parametrize("line", [
    "QQ：123456789 办证 刻章 全国可查",
    "微信：sx5566 代办各类证件 包过",
    "LINE ID：sx5566 代辦各類證件 包過",
    "加LINE好友＠jx5288 領取體驗金 穩賺不賠",
])
def test_a_selling_line_opening_on_its_handle_is_read(line: str) -> None:
    assert handle_line_why(simplified_text(line)) is not None


@pytest.mark.parametrize("line", [
    "电话：13812345678 周一至周五 上午九点至下午五点",   # an office's hours, no pitch
    "QQ：123456789 张老师",                                # one piece after it
    "LINE：ab12345",                                       # a handle alone
    "请在online 12345678 系统中查询",                      # no contact word: a word's letters
])
def test_a_line_opening_on_a_handle_without_a_pitch_is_no_advert(line: str) -> None:
    assert handle_line_why(simplified_text(line)) is None


def test_line_is_a_contact_word() -> None:
    found = CONTACT_HANDLE.search("欢迎加LINE：@xb8888咨询")
    assert found is not None
    assert found["handle"] == "xb8888"
    assert CONTACT_HANDLE.search("Online 12345678") is None
