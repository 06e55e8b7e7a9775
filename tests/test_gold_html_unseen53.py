"""The general defects the six saved pages of unseen families (gold_html gh332-gh337: a broker's
research note, a market regulator's food-sampling notice, a customs office's trade figures, a
traffic police control notice, a rural e-commerce platform's news, a railway bureau's notice of
extra trains) showed, pinned on invented pages with their counterexamples: a notice's table
numbered by a 序号 column lost its last row, and its 特此公告。 and list of attachments over
the signature went as a list after the article (the date under them lifted as the page's); a
shop's product card in the text (its name over its price, 已售 1.2万件, 立即抢购) stayed; and
on the text path a research note's row of fields (增持（维持） 报告类型：… 发布日期：…) was read
as the headline, its download and bookmark buttons glued into one line and its disclaimer with
no heading stayed, and on the HTML path its rating beside the date was read as the publisher."""

from __future__ import annotations

from cleaners import clean_html, clean_text
from cleaners.chrome.blocks import schedule_table
from cleaners.meta import closing_attachments, headline_over_fields

_ROWS = ["1 某某农贸市场某摊位 芹菜 毒死蜱 0.21mg/kg ≤0.05mg/kg",
         "2 某某超市有限公司 鸡蛋 恩诺沙星 18.6μg/kg 不得检出",
         "3 某某食品厂 蛋糕 菌落总数 3.2×10⁵CFU/g ≤10⁵CFU/g",
         "4 某某便利店 饮用纯净水 铜绿假单胞菌 12CFU/250mL 0CFU/250mL"]
_HEADER = "序号 被抽样单位 食品名称 不合格项目 检验结果 标准值"


def test_a_table_numbered_under_its_serial_column_is_the_texts() -> None:
    assert schedule_table([_HEADER, *_ROWS]) == {0, 1, 2, 3, 4}
    # counterexamples: numbers not counted from 1, or no 序号 over them
    assert schedule_table([_HEADER, *_ROWS[1:]]) == frozenset()
    assert schedule_table(["单位 食品名称 不合格项目 检验结果 标准值 备注", *_ROWS]) == frozenset()
    # nor is a ranking (名次 球队 场次 积分), a sidebar's standings as often as the text's
    assert schedule_table(["名次 球队 场次 积分", "1 铁城队 5 12", "2 北岸队 5 11"]) == frozenset()
    # a when column still keys a schedule
    assert schedule_table(["时间 项目 地点", "8月3日 定向越野赛 滨江公园",
                           "8月10日 龙舟赛 东湖"]) == {0, 1, 2}


_NOTICE = [
    "近期，某某市市场监督管理局组织抽检了食用农产品、粮食加工品、糕点等8类食品150批次样品，"
    "不合格样品4批次。",
    "对抽检中发现的不合格产品，我局已责成属地市场监管部门立即组织开展核查处置，并依法进行调查处理。",
    "主要不合格项目情况如下：", _HEADER, *_ROWS, "特此公告。",
    "附件：1.食品安全监督抽检不合格产品信息", "2.食品安全监督抽检合格产品信息",
    "3.部分不合格检验项目小知识", "某某市市场监督管理局", "2026年11月26日"]


def test_a_notices_table_attachments_and_signature_stay() -> None:
    doc = clean_text("\n\n".join(_NOTICE), id="t")
    assert doc.text.splitlines()[2:] == _NOTICE[2:]


def test_the_attachments_over_a_signature_are_the_notices() -> None:
    lines = ["请各单位于12月20日前报送。", "附件：1.某某调查表", "2.某某填报说明", "某某协会",
             "2026年12月2日"]
    assert closing_attachments(lines) == {1, 2}
    # counterexample: numbered lines with no signature under them are no notice's attachments
    assert closing_attachments(lines[:3]) == frozenset()


def test_a_headlines_row_of_fields_starts_at_its_first_field() -> None:
    assert headline_over_fields("增持（维持） 报告类型：行业周报 发布日期：2026-11-26 页数：18页") is None
    # counterexamples: a headline glued to its row, or set off from it, is still read
    glued = headline_over_fields("某某县召开冬季安全生产工作会议信息来源：某某县应急管理局发布日期：2025-11-27")
    assert glued is not None
    assert glued[0] == "某某县召开冬季安全生产工作会议"
    spaced = headline_over_fields("某某县召开冬季安全生产工作会议 栏目：部门动态 发布日期：2025-11-27")
    assert spaced is not None
    assert spaced[0] == "某某县召开冬季安全生产工作会议"


def _shop_page(card: str) -> str:
    return ("<html><head><meta charset='utf-8'><title>直播间里卖柑橘</title></head><body>"
            "<div class='nav'><a href='/'>首页</a> <a href='/mall/'>商城</a></div>"
            "<div class='news'><h1>直播间里卖柑橘 山村果农一天发出两千单</h1>"
            "<div class='meta'>来源：某某县融媒体中心 2026-11-25 14:20</div>"
            "<div class='content'><p>入冬以来，某某村的柑橘进入销售旺季，村电商服务站的直播间每天下午准时开播，"
            "一场直播能卖出上千单。</p>"
            f"{card}"
            "<p>据县商务局统计，今年以来全县通过电商渠道销售农产品两亿多元，带动一千多户农户增收，"
            "电商服务站已经覆盖全县所有行政村。</p></div></div>"
            "<div class='footer'>某某平台 版权所有</div></body></html>")


def test_a_shops_product_card_in_the_text_goes() -> None:
    card = ("<div class='goods'><p>某某红心柑橘 5斤装 单果80-100g</p><p>￥39.90 <del>￥59.90</del></p>"
            "<p>已售 1.2万件</p><a href='/mall/item/1'>立即抢购</a></div>")
    html = clean_html(_shop_page(card), id="t").text
    lines = "\n\n".join((
        "入冬以来，某某村的柑橘进入销售旺季，村电商服务站的直播间每天下午准时开播，一场直播能卖出上千单。",
        "某某红心柑橘 5斤装 单果80-100g", "￥39.90 ￥59.90", "已售 1.2万件", "立即抢购",
        "据县商务局统计，今年以来全县通过电商渠道销售农产品两亿多元，带动一千多户农户增收，"
        "电商服务站已经覆盖全县所有行政村。"))
    text = clean_text(lines, id="t").text
    for out in (html, text):
        assert "5斤装" not in out
        assert "已售" not in out
        assert "立即抢购" not in out
        assert "带动一千多户农户增收" in out


def test_a_price_in_the_text_has_no_card() -> None:
    # counterexample: a short line over a price the text gives, no sold count or button under it
    page = ("入冬以来，某某景区推出冬季门票优惠，游客凭身份证可以享受半价优惠，活动持续到明年二月底。\n\n"
            "景区门票\n\n￥80\n\n"
            "景区负责人介绍，优惠期间景区将增开两条游览线路，并延长夜间开放时间，方便游客错峰游览。")
    assert "景区门票" in clean_text(page, id="t").text


def test_a_research_notes_rating_beside_the_date_names_no_publisher() -> None:
    page = ("<html><head><meta charset='utf-8'><title>某某行业周报</title></head><body>"
            "<div class='report'><h1>某某行业周报：价格企稳，关注出口回暖</h1>"
            "<div class='report-meta'><span>增持（维持）</span> <span>2026-11-26</span></div>"
            "<div class='body'><p>本周产业链价格整体平稳，硅片环节均价较上周小幅上涨，电池片环节与上周持平。</p>"
            "<p>需求方面，海外市场表现好于预期，我们认为明年一季度出口有望继续保持增长。</p></div>"
            "</div></body></html>")
    doc = clean_html(page, id="t")
    assert doc.meta.source_name is None
    assert doc.meta.date == "2026-11-26"


def test_a_brokers_disclaimer_and_its_glued_buttons_go_on_the_text_path() -> None:
    body = ("本周产业链价格整体平稳，硅片环节均价较上周小幅上涨，电池片环节与上周持平，组件价格稳定。\n\n"
            "需求方面，海外市场表现好于预期，我们认为明年一季度出口有望继续保持增长，维持行业评级。")
    page = ("某某行业周报：价格企稳，关注出口回暖\n\n发布日期：2026-11-26\n\n下载PDF全文收藏分享\n\n"
            f"{body}\n\n免责声明\n\n本报告由某某证券股份有限公司研究所制作，仅供本公司客户使用。本报告中的"
            "信息均来源于公开资料，本公司对这些信息的准确性和完整性不作任何保证。")
    doc = clean_text(page, id="t")
    assert doc.text == body.replace("\n\n", "\n")
