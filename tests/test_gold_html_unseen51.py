"""The general defects the six saved pages of unseen site families (gold_html gh320-gh325)
showed, pinned on invented pages with their counterexamples: a forecast's <title> part
(某某市未来三天天气预报) read as a paper's name for its 报, so the headline went to a weather
strip; a heading after a table went over the table (trafilatura prints the row whole, our
walker a cell a line); a Q&A's 答 icon before each answer went; a post's <header> inside its
<article> went as the page's, with its time; a post whose <title> is a page's label (微博正文)
has its headline in 【】 opening its first line; and on the text path a Q&A's last turn went
as a list of headlines, a social post's comment list (按热度 按时间) stayed, and its 发布于 浙江
and 来自 微博网页版 stamps were read as the headline."""

from __future__ import annotations

import pytest

from cleaners import clean_html, clean_text
from cleaners.chrome.blocks import dated_comment_list, qa_turn
from cleaners.chrome.common import COMMON_RULES
from cleaners.html.extract import _row_ends
from cleaners.html.metadata import _SITE_NAME, bracket_lead, clean_title


@pytest.mark.parametrize("part", ["某某市未来三天天气预报", "某某县警情通报", "某某区政务简报"])
def test_a_bulletin_ending_in_bao_names_no_paper(part: str) -> None:
    assert not _SITE_NAME.fullmatch(part)
    assert clean_title(f"{part}_短期预报_某某市气象局") == part


@pytest.mark.parametrize("site", ["某某日报", "某某晚报", "某某商报", "某某数字报", "某某电子报"])
def test_a_papers_name_still_ends_in_bao(site: str) -> None:
    assert _SITE_NAME.fullmatch(site)


def test_a_trafilatura_row_is_matched_to_the_cells_our_walker_printed() -> None:
    own = ["区县", "3日天气", "市区", "小雨", "三、建议"]
    assert _row_ends(own, ["区县3日天气", "市区小雨"]) == {1: "区县3日天气", 3: "市区小雨"}
    # a line it printed as we did, or one no run of ours makes, ends nothing (counterexample)
    assert _row_ends(own, ["区县", "市区大雨"]) == {}


def _page(body: str, title: str = "某某市未来三天天气预报", box: str = "fc-body") -> str:
    return ("<html><head><meta charset='utf-8'><title>" + title + "_某某市气象局</title></head>"
            "<body><div class='nav'><a href='/'>首页</a> <a href='/a/'>天气预报</a></div>"
            f"<div class='main'><h2>{title}</h2><div class='info'>发布时间：2026-12-02 16:00"
            f"</div><div class='{box}' id='zoom'>{body}</div></div>"
            "<div class='footer'>某某市气象局 版权所有</div></body></html>")


def test_a_heading_after_a_table_stays_after_it() -> None:
    rows = [("区县", "3日天气", "3日气温"), ("市区", "小到中雨", "4～8"), ("某某县", "中雨", "5～9")]
    table = "<table>" + "".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>"
    body = ("<p>受较强冷空气影响，预计2日夜里到4日我市有一次明显降温降水过程，气温下降6～8℃。</p>"
            "<h4>一、天气预报</h4><p>3日白天：小到中雨，偏北风4～5级，最高气温7～9℃；</p>"
            f"<h4>二、各区县预报</h4>{table}<h4>三、关注与建议</h4>"
            "<p>1. 本次过程降温幅度大，需注意防范道路结冰对交通的不利影响。</p>"
            "<p>2. 设施农业请加固大棚，做好保温防冻措施，露地蔬菜可适当覆盖防寒。</p>")
    lines = clean_html(_page(body), id="t").text.splitlines()
    assert lines.index("三、关注与建议") == lines.index("某某县 中雨 5～9") + 1
    assert lines.index("二、各区县预报") == lines.index("区县 3日天气 3日气温") - 1


def test_each_answers_icon_label_stays() -> None:
    turns = [("哪些纳税人需要办理年度汇算？", "年度综合所得收入超过12万元且需要补税金额超过400元的纳税人，需要办理年度汇算。"),
             ("老年人如何办理？", "老年纳税人可前往就近办税服务厅的专窗，由工作人员提供一对一帮办服务。"),
             ("何时起施行？", "本公告自2027年1月1日起施行。")]
    qa = "".join(f"<div class='qa'><div class='q'><i>问</i><span>{q}</span></div><div class='a'>"
                 f"<i>答</i><div class='t'><p>{a}</p></div></div></div>" for q, a in turns)
    body = ("<p>为进一步优化纳税服务，提升纳税人办税体验，某某市税务局发布了有关公告。现就有关内容解读如下：</p>"
            f"<p><strong>一、热点问答</strong></p><div class='qa-list'>{qa}</div>")
    lines = clean_html(_page(body, "某某公告政策解读", "art-con"), id="t").text.splitlines()
    for _, answer in turns:
        assert lines[lines.index(answer) - 1] == "答"


def _turns(lines: list[str]) -> frozenset[int]:
    return qa_turn(lines, range(len(lines)))


def test_a_qa_turn_opening_the_tail_is_the_articles() -> None:
    assert _turns(["问《公告》自何时起施行？", "答", "《公告》自2027年1月1日起施行。", "【打印】"]) == {0, 1, 2}
    assert _turns(["问：何时起施行？", "答：本公告自2027年1月1日起施行。"]) == {0, 1}
    # headlines, a question with no answer's label, an answer with no stop (counterexamples)
    assert not _turns(["某某市召开税收工作会议？", "答", "本公告自2027年1月1日起施行。"])
    assert not _turns(["问何时起施行？", "某某市召开税收工作会议", "本公告自2027年1月1日起施行。"])
    assert not _turns(["问何时起施行？", "答", "个人养老金税收优惠政策问答"])


_POST = ["【警情通报】2026年11月28日10时许，我局接群众报警称，某某路一超市门口发生一起交通事故。"
         "民警迅速赶到现场，将伤者送医救治。",
         "目前，驾驶人因涉嫌交通肇事逃逸已被公安机关依法处理，案件正在进一步调查中。",
         "转发 36", "评论 128"]
_COMMENTS = ["按热度按时间", "晚风吹过: 逆行真的太危险了，支持依法处理！", "11-28 17:02 来自浙江", "回复赞 86",
             "橘子汽水: 希望老人家早日康复", "11-28 17:15 来自江苏", "回复赞 41"]


def test_a_posts_comment_list_under_its_order_toggle_goes() -> None:
    bare = _POST + _COMMENTS
    gone = dated_comment_list(bare, list(range(len(bare))), {}, 0)
    assert gone == set(range(len(_POST), len(bare)))
    # the toggle over no comment rows is no list (counterexample)
    plain = [*_POST, "按热度按时间", "某某路口将加装护栏，方便市民安全出行。"]
    assert not dated_comment_list(plain, list(range(len(plain))), {}, 0)


def test_a_post_saved_as_text_drops_its_comments() -> None:
    doc = clean_text("\n".join(["某某公安", "11-28 16:42", " 来自 微博网页版", " 发布于 浙江", "",
                                *_POST, *_COMMENTS]), id="t")
    assert "晚风吹过" not in doc.text
    assert "11-28 17:02" not in doc.text
    assert doc.text.splitlines()[-1].startswith("目前，驾驶人")
    assert doc.meta.title not in ("发布于 浙江", "来自 微博网页版")


@pytest.mark.parametrize(("code", "line"), [
    ("ip_location", "发布于 浙江"),
    ("ip_location", "发布于 中国香港"),
    ("post_client_line", "来自 微博网页版"),
])
def test_a_posts_stamps_are_chrome(code: str, line: str) -> None:
    assert any(r.code == code and r.matches(line) for r in COMMON_RULES)


@pytest.mark.parametrize("line", ["发布于人民日报", "发布于 2026-11-28 16:42",
                                  "来自网页版的数据显示，用户增长明显。"])
def test_sentences_about_where_things_came_from_stay(line: str) -> None:
    assert not any(r.code in ("ip_location", "post_client_line") and r.matches(line)
                   for r in COMMON_RULES)


def test_a_bracketed_lead_heads_a_post_without_a_headline() -> None:
    first = "【警情通报】2026年11月28日10时许，我局接群众报警称，某某路发生一起交通事故。"
    assert bracket_lead("微博正文", first) == "警情通报"
    assert bracket_lead(None, first) == "警情通报"
    # a headline the page prints, a long <title>, a label in brackets (counterexamples)
    assert bracket_lead("警情通报", "【情况通报】今日上午……", ["警情通报"]) is None
    assert bracket_lead("某某县开展冬季道路交通安全整治行动", first) is None
    assert bracket_lead(None, "【编者按】近年来，某某县持续推进道路交通安全整治。") is None


def test_a_posts_article_header_keeps_its_time() -> None:
    page = ("<html><head><meta charset='utf-8'><title>微博正文 - 微博</title></head><body>"
            "<div class='nav'><a href='/'>首页</a><a href='/hot'>热门</a></div><main>"
            "<article class='detail'><header class='head_main'><div class='head_content'>"
            "<a class='head_name' href='/u/1'>某某公安</a><a class='head_time' "
            "title='2026-11-28 16:42'>2026-11-28 16:42</a></div></header>"
            "<div class='wbtext'>【警情通报】2026年11月28日10时许，我局接群众报警称，某某路一超市门口"
            "一男子驾驶电动自行车与一名行人发生碰撞后驾车离开现场。接警后，民警迅速赶到现场。<br><br>"
            "经查，驾驶人郑某当日驾驶电动自行车逆向行驶，与行人发生碰撞，致其手臂骨折。当日15时许，"
            "民警在其住处将其查获。<br><br>警方提醒：发生交通事故后应当立即停车、保护现场、"
            "抢救伤员并迅速报警。</div></article></main><aside>微博热搜</aside></body></html>")
    doc = clean_html(page, id="t")
    assert doc.meta.title == "警情通报"
    assert doc.meta.date is not None
    assert doc.meta.date.startswith("2026-11-28")
