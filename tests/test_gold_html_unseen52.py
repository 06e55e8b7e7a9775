"""The general defects the six saved pages of unseen commercial and media families (gold_html
gh326-gh331: a car site's review, a game news page, a property portal's land-sale news, a forum
thread on a new template, a film review, a company's press release) showed, pinned on invented
pages with their counterexamples: a spec table's rows under a sentence, the review going on
under them, went as a list after the article; a review site's <title> (lead（work）影评) beat
the heading; and on the text path a headline ending in 资料片 went as a picture's credit, a game
site's health advice kept the rails above it as the text, a table's header with units in
brackets was no header, and a card's lead buttons, a lazy picture's placeholder, a glued login
bar and a spoiler warning stayed."""

from __future__ import annotations

import pytest

from cleaners import clean_html, clean_text
from cleaners.chrome.blocks import row_table
from cleaners.chrome.common import COMMON_RULES
from cleaners.html.metadata import clean_title


def _page(body: str, title: str) -> str:
    return ("<html><head><meta charset='utf-8'><title>" + title + "</title></head><body>"
            "<div class='nav'><a href='/'>首页</a> <a href='/pc/'>评测</a></div>"
            f"<div class='article'><h1>{title}</h1><div class='info'>2026-11-20 09:30</div>"
            f"{body}</div><div class='footer'>某某汽车网 版权所有</div></body></html>")


_SPECS = [("厂商指导价", "9.98-12.58万"), ("发动机", "1.5L 113马力 L4"), ("变速箱", "CVT无级变速"),
          ("长×宽×高（mm）", "4680×1810×1460"), ("轴距（mm）", "2700"),
          ("WLTC综合油耗（L/100km）", "5.6")]


def _review(rows: str, after: str) -> str:
    return ("<p>这次试驾的是某某轿车的顶配车型，我们在城区和郊区道路上开了两天，总里程约三百公里。</p>"
            "<p>动力方面，这台发动机起步平顺，中段加速不算强，但日常通勤完全够用，油耗也控制得不错。</p>"
            f"{rows}{after}")


def test_spec_rows_under_a_sentence_stay_when_the_review_goes_on_under_them() -> None:
    rows = "<table>" + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in _SPECS) + "</table>"
    after = ("<p>试驾车型主要参数</p><h2>总结</h2><p>总的来说，这款车适合预算十万左右、以城市通勤为主的年轻家庭，空间和油耗都令人满意。</p>")
    doc = clean_html(_page(_review(rows, after), "试驾某某轿车：十万元级的省心之选"), id="t")
    lines = doc.text.splitlines()
    for a, b in _SPECS:
        assert f"{a} {b}" in lines
    assert lines[-1].startswith("总的来说")


def test_a_list_of_headlines_after_the_article_still_goes() -> None:
    # counterexample: short lines with figures after the last paragraph, nothing under them
    rows = "<ul>" + "".join(f"<li><a href='/a{n}'>{t}</a></li>" for n, t in enumerate(
        ["某某SUV降价1.2万元 现车充足", "11月新能源车销量榜出炉", "2026款某某轿车上市 售价9.98万起"])) + "</ul>"
    doc = clean_html(_page(_review("", "") + "<div class='x'>" + rows + "</div>",
                           "试驾某某轿车：十万元级的省心之选"), id="t")
    assert "11月新能源车销量榜出炉" not in doc.text


def test_a_review_titles_work_in_brackets_gives_way_to_the_heading() -> None:
    assert clean_title("在海边等风的人（某某片名）影评", "在海边等风的人：《某某片名》里的沉默") == (
        "在海边等风的人：《某某片名》里的沉默")
    # counterexamples: a bracketed note of the headline's own stays the <title>'s business
    assert clean_title("某某县召开会议（图）", "某某县召开会议部署冬季工作") == "某某县召开会议（图）"
    assert clean_title("关于印发某某办法（试行）的通知", "关于印发某某办法的通知") == (
        "关于印发某某办法（试行）的通知")


def test_a_text_tables_header_with_units_in_brackets() -> None:
    bare = ["其中，一号地块经过三十轮竞价成交，另一宗地块以底价成交，两宗合计成交二十亿元。",
            "地块编号 成交价（亿元） 楼面价（元/平方米） 竞得人",
            "某某2026-01号 12.1 18800 某某置业", "某某2026-02号 7.9 15200 某某建设"]
    assert row_table(bare) == {1, 2, 3}
    # counterexample: a header cell longer than a label, its brackets no unit
    long_head = [*bare[:1], "地块编号 成交价格和最终楼面价（元） 竞得人及其联合体 备注", *bare[2:]]
    assert 1 not in row_table(long_head)


@pytest.mark.parametrize(("code", "line"), [
    ("game_health_advice", "抵制不良游戏，拒绝盗版游戏。注意自我保护，谨防受骗上当。适度游戏益脑，"
                           "沉迷游戏伤身。合理安排时间，享受健康生活。"),
    ("spoiler_notice", "这篇影评可能有剧透"),
    ("button_label", "询底价参数配置车型对比"),
    ("button_label", "免费通话预约看房400-000-0000 转 1234"),
    ("button_label", "某某车型侧面图片加载中..."),
    ("button_label", "登录注册QQ登录"),
])
def test_chrome_lines_of_commercial_pages(code: str, line: str) -> None:
    assert any(r.code == code and r.matches(line) for r in COMMON_RULES)


@pytest.mark.parametrize("line", [
    "某某手游年底公测 全新资料片同日上线",
    "消费者可以先询底价，再到店预约试驾。",
    "专家提醒，家长要引导孩子抵制不良游戏，合理安排上网时间。",
])
def test_prose_and_headlines_are_no_chrome(line: str) -> None:
    assert not any(r.matches(line) for r in COMMON_RULES
                   if r.code in ("photo_credit", "button_label", "game_health_advice"))


def test_a_game_news_page_saved_as_text_keeps_its_headline_and_drops_its_rails() -> None:
    text = "\n".join([
        "某某游戏网", "首页资讯新游评测攻略", "当前位置：某某游戏网 > 游戏资讯", "",
        "《某某纪元》宣布明年春季公测 全新资料片同步开放", "",
        "2026-11-30 14:05来源：某某游戏网作者：某某", "",
        "某某工作室开发的策略游戏《某某纪元》今日宣布，将于明年春季开启全平台公测，三端数据互通。",
        "", "官方表示，公测版本新增了两张地图和一套赛季玩法，此前测试中反馈较多的新手引导也做了重新设计。",
        "", "热搜榜", "• 1某某纪元公测", "• 2冬季版本前瞻", "• 3新游日历", "",
        "新游期待榜", "• 某某之心预约 185万", "• 某某传说预约 96万", "",
        "抵制不良游戏，拒绝盗版游戏。注意自我保护，谨防受骗上当。适度游戏益脑，沉迷游戏伤身。"
        "合理安排时间，享受健康生活。"])
    doc = clean_text(text, id="t")
    assert doc.meta.title == "《某某纪元》宣布明年春季公测 全新资料片同步开放"
    lines = doc.text.splitlines()
    assert lines[0].startswith("某某工作室开发的策略游戏")
    assert lines[-1].startswith("官方表示")
