"""The general defects the six saved pages of unseen site families (gold_html gh314-gh319)
showed, pinned on invented pages with their counterexamples: a comments form whose inputs
went, its rows a label over a label, crashed the field-list rewrite (KeyError: a pair taken
out with an earlier pair's value); a parameters table under the report's first sentence lost
its rows after the first as a menu above the article; a table's header row naming its columns
went as a row of menu labels; and on the text path a platform's greeting, a tender's countdown,
a floating bar's TOP, a labelled period field over the headline and a reader's toolbar row
with its view count were read as the text's first line or as the headline."""

from __future__ import annotations

import pytest
from lxml import html

from cleaners import clean_html, clean_text
from cleaners.chrome.blocks import figures_under_sentence
from cleaners.chrome.common import COMMON_RULES
from cleaners.html.fields import field_lists


def _page(body: str, title: str = "某某市某某条例（草案）公开征求意见") -> str:
    return ("<html><head><meta charset='utf-8'><title>" + title + "</title></head><body>"
            "<div class='nav'><a href='/'>首页</a> <a href='/a/'>工作动态</a></div>"
            f"<div class='article'><h1>{title}</h1><div class='info'>发布时间：2026-11-18</div>"
            f"{body}</div><div class='footer'>某某市某某委员会 版权所有</div></body></html>")


_TEXT = ("<p>某某条例草案已经市人大常委会会议第一次审议。为提高立法质量，现将草案全文予以公布，"
         "广泛征求社会各界意见。</p><p>征求意见截止时间为2026年12月17日。</p>")


def test_a_form_whose_inputs_went_is_no_field_list_and_does_not_crash() -> None:
    # the prune took the inputs out: each label right over the next one, in one box
    form = ("<div class='yj'><form><div>姓名：</div><div>联系电话：</div><div>意见内容：</div>"
            "<div>验证码：</div><div>看不清，换一张</div></form></div>")
    doc = clean_html(_page(_TEXT + form), id="t")
    assert "广泛征求社会各界意见。" in doc.text


def test_label_over_label_rows_are_not_paired_but_fields_still_are() -> None:
    form = html.fromstring("<div><div class='yj'><form>" + "".join(
        f"<div>{a}</div>" for a in ("姓名：", "联系电话：", "意见内容：", "验证码："))
        + "<div>看不清，换一张</div></form></div></div>")
    assert field_lists(form) == (False, [])
    # three label/value rows in one box still read a field a line (counterexample)
    box = html.fromstring("<div><div class='box'>" + "".join(
        f"<div class='r'><span>{a}</span><div>{b}</div></div>" for a, b in [
            ("来信人：", "王**"), ("来信时间：", "2026-11-02"), ("办理单位：", "某某区住建局")])
        + "</div></div>")
    assert field_lists(box)[0]
    assert "来信时间： 2026-11-02" in [p.text for p in box.iter("p")]


_QUAKE = [("发震时刻", "2026-11-29 14:22:07"), ("震级", "M3.4"), ("纬度", "36.48°N"),
          ("经度", "110.92°E"), ("深度", "10千米"), ("参考位置", "某某县某某镇附近")]


def test_a_parameters_table_under_the_first_sentence_keeps_every_row() -> None:
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in _QUAKE)
    body = ("<p>据中国地震台网正式测定，2026年11月29日14时22分在某某县某某镇附近发生3.4级地震，"
            "震源深度10千米。</p>"
            f"<table border='1'>{rows}</table>"
            "<p>地震发生后，县应急管理局立即启动应急预案，派出工作组赶赴震中区域开展灾情核查。"
            "经初步了解，暂未收到人员伤亡报告。</p>"
            "<p>县应急管理局提醒广大群众：请通过官方渠道获取地震信息，不信谣、不传谣。</p>")
    doc = clean_html(_page(body, "某某县某某镇附近发生3.4级地震"), id="t")
    lines = doc.text.splitlines()
    assert [f"{a} {b}" for a, b in _QUAKE] == lines[1:7]


def test_figures_under_a_sentence_are_found_past_the_rows_that_stayed() -> None:
    bare = ["据测定，某某镇附近发生3.4级地震，震源深度10千米。", *(f"{a} {b}" for a, b in _QUAKE),
            "地震发生后，工作组赶赴震中开展核查。"]
    head = list(range(len(bare)))
    assert figures_under_sentence(bare, head, [2, 3, 4, 5])
    # a menu under a headline and its date row is no list of the text (counterexample)
    menu = ["某某新闻网", "2026-11-29 14:22", "要闻 1", "时政 2", "社会 3", "图片 4"]
    assert not figures_under_sentence(menu, list(range(len(menu))), [2, 3, 4, 5])


def test_a_table_header_row_naming_its_columns_stays() -> None:
    rows = [("学院", "专业代码", "专业名称", "调剂名额", "备注"),
            ("某某学院", "070300", "化学", "6", "仅接收一志愿报考化学类专业考生"),
            ("某某工程学院", "085500", "机械", "12", "数学须为数学二")]
    table = "<table>" + "".join(
        "<tr>" + "".join(f"<td><p>{c}</p></td>" for c in r) + "</tr>" for r in rows) + "</table>"
    body = (_TEXT.replace("</p><p>", f"</p>{table}<p>", 1)
            + "<p>调剂考生复试要求与一志愿考生相同，复试具体安排详见各学院网站发布的复试通知。</p>")
    doc = clean_html(_page(body, "某某大学2026年硕士研究生招生调剂公告"), id="t")
    assert " ".join(rows[0]) in doc.text.splitlines()


@pytest.mark.parametrize(("code", "line"), [
    ("site_slogan", "您好，欢迎访问某某县公共资源交易中心！"),
    ("event_countdown", "距开标时间还剩：22天06时41分"),
    ("page_tools", "TOP"),
    ("page_tools", "打印下载收藏浏览：356次"),
])
def test_the_text_paths_chrome_lines(code: str, line: str) -> None:
    assert any(r.code == code and r.matches(line) for r in COMMON_RULES)


def test_a_tender_page_saved_as_text_opens_on_its_headline() -> None:
    text = "\n".join([
        "您好，欢迎访问某某县公共资源交易中心！", "", "当前位置：首页 > 交易信息 > 工程建设", "",
        "某某县城东片区管网改造工程施工招标公告",
        "【信息时间：2026-12-01】【阅读次数：412】【我要打印】【关闭】",
        "距开标时间还剩：22天06时41分", "1. 招标条件",
        "本招标项目已由某某县发展和改革局批准建设，招标人为某某县住房和城乡建设局。项目已具备招标条件，"
        "现对该项目的施工进行公开招标。",
        "2. 投标人资格要求",
        "本次招标要求投标人须具备市政公用工程施工总承包二级及以上资质，本次招标不接受联合体投标。",
        "", "TOP"])
    doc = clean_text(text, id="t")
    assert doc.meta.title == "某某县城东片区管网改造工程施工招标公告"
    assert doc.meta.date is not None
    assert doc.meta.date.startswith("2026-12-01")
    lines = doc.text.splitlines()
    assert lines[0] == "1. 招标条件"
    assert lines[-1].endswith("不接受联合体投标。")


def test_a_period_field_or_a_toolbar_row_over_the_headline_is_no_headline() -> None:
    for over in ("征求中征求意见时间：2026-11-18 至 2026-12-17已收到意见 146 条",
                 "打印下载收藏浏览：356次"):
        text = "\n".join([
            "首页 > 立法工作 > 立法征求意见", over,
            "关于《某某市养犬管理条例（草案）》公开征求意见的公告",
            "发布时间：2026-11-18 10:00来源：某某市人大常委会法制工作委员会", "",
            "《某某市养犬管理条例（草案）》已经市人大常委会会议第一次审议。为提高立法质量，"
            "现将草案全文予以公布，广泛征求社会各界意见。",
            "征求意见截止时间为2026年12月17日。"])
        doc = clean_text(text, id="t")
        assert doc.meta.title == "关于《某某市养犬管理条例（草案）》公开征求意见的公告", over
