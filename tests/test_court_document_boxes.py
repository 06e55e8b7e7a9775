"""A court document page saved as text: the side box of the statutes its judgment cites
(相关法条 / 《…》第…条 / the article's text), printed after the signature and clerk lines, goes
whole, while a judgment's own appendix of the law it applied (附：本判决适用的法律条文) stays; and
the document's type spaced out as its heading (民 事 判 决 书) is no row of menu labels."""

from __future__ import annotations

import re

import pytest

from cleaners import clean_text
from cleaners.chrome.blocks import _STATUTE_BOX_LABEL, _STATUTE_CITATION, statute_box
from cleaners.chrome.common import COMMON_RULES

_HEAD = """某某县人民法院 法院首页 司法公开 诉讼服务 裁判文书 执行公开

打印 下载 收藏
孙某某与周某某房屋租赁合同纠纷一审民事判决书
发布日期：2026-05-12　来源：某某县人民法院
某某县人民法院
民 事 判 决 书
（2026）某0101民初321号
原告：孙某某，男，1975年2月生，汉族，住某某县。
被告：周某某，女，1980年6月生，汉族，住某某县。
原告孙某某与被告周某某房屋租赁合同纠纷一案，本院于2026年3月2日立案后，依法适用简易程序，公开开庭进行了审理。原告孙某某、被告周某某到庭参加诉讼。本案现已审理终结。
孙某某向本院提出诉讼请求：判令被告支付拖欠的房屋租金24000元。事实和理由：被告租用原告房屋，约定每月租金2000元，自2025年1月起未付租金。
周某某辩称，房屋漏水影响使用，故暂停支付租金。
本院经审理认定事实如下：2024年12月，原、被告签订租赁合同，约定租期一年，月租金2000元。被告自2025年1月起未支付租金。
本院认为，依法成立的合同受法律保护。被告未按约定支付租金，应承担违约责任；其所称房屋漏水，未提交证据证明，本院不予采信。
依照《中华人民共和国民法典》第七百二十一条、第七百二十二条规定，判决如下：
被告周某某于本判决生效之日起十日内支付原告孙某某房屋租金24000元。
案件受理费400元，减半收取计200元，由被告周某某负担。
如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，上诉于某某市中级人民法院。
审判员　某丙
二〇二六年四月二十日
书记员　某丁
"""

_SIDE = """
案件信息

案号：（2026）某0101民初321号

案由：房屋租赁合同纠纷

审理程序：一审

裁判日期：2026-04-20

关联文书

  • 周某某与某物业公司合同纠纷一审民事判决书
  • 孙某某、周某某租赁合同纠纷执行裁定书

相关法条

《中华人民共和国民法典》第七百二十二条

承租人无正当理由未支付或者迟延支付租金的，出租人可以请求承租人在合理期限内支付；承租人逾期不支付的，出租人可以解除合同。

某某县人民法院 版权所有　地址：某某县法苑路1号　某ICP备12345678号
"""

_STATUTE = "承租人无正当理由未支付或者迟延支付租金的，出租人可以请求承租人在合理期限内支付"

_APPENDIX = """附：本判决适用的法律条文
《中华人民共和国民法典》第七百二十二条
承租人无正当理由未支付或者迟延支付租金的，出租人可以请求承租人在合理期限内支付；承租人逾期不支付的，出租人可以解除合同。

某某县人民法院 版权所有　地址：某某县法苑路1号　某ICP备12345678号
"""


def test_the_side_box_of_cited_statutes_goes_whole() -> None:
    doc = clean_text(_HEAD + _SIDE, id="t")
    assert _STATUTE not in doc.text
    assert doc.text.rstrip().endswith("书记员 某丁")
    assert "依照《中华人民共和国民法典》第七百二十一条" in doc.text
    assert any(r.rule == "statute_box" for r in doc.removals)


def test_the_judgments_own_appendix_of_the_law_stays() -> None:
    # counterexample: headed 附：, under the clerk's line, the appendix is the judgment's
    doc = clean_text(_HEAD + _APPENDIX, id="t")
    assert _STATUTE in doc.text
    assert "附：本判决适用的法律条文" in doc.text
    assert not any(r.rule == "statute_box" for r in doc.removals)


def test_a_statute_under_a_label_the_article_keeps_stays() -> None:
    # no clerk's line above and the label not taken as a list's line (an explainer's own
    # heading): nothing goes
    bare = ["某某条例施行后，房屋租赁纠纷明显减少。", "相关法条", "《中华人民共和国民法典》第七百二十二条",
            _STATUTE + "。"]
    assert statute_box(bare, {}, {}) == []
    assert statute_box(bare, {}, {1: "x"}) == [1, 2, 3]
    # under the clerk's line the box goes; an appendix heading between keeps it
    signed = ["审判员　某丙", "书记员　某丁", *bare[1:]]
    assert statute_box(signed, {}, {}) == [2, 3, 4]
    assert statute_box(["书记员　某丁", "附：", *bare[1:]], {}, {}) == []
    # a taken footer closes the box; a line with no stop is no statute's text
    assert statute_box([*signed[:4], "", "某某县人民法院"], {4: "版权所有"}, {}) == [2, 3]
    assert statute_box([*signed[:4], "上一篇"], {}, {}) == [2, 3]
    # a label with no citation under it is no box
    assert statute_box([*signed[:3], _STATUTE + "。"], {}, {}) == []


@pytest.mark.parametrize(("line", "label"), [
    ("相关法条", True), ("关联法条", True), ("法条链接", True), ("相关法律条文", True),
    ("附：本判决适用的法律条文", False), ("附：相关法条", False), ("相关法条：", False),
    ("相关新闻", False)])
def test_statute_box_labels(line: str, label: bool) -> None:
    assert bool(_STATUTE_BOX_LABEL.match(line)) is label


@pytest.mark.parametrize(("line", "cited"), [
    ("《中华人民共和国民法典》第六百七十五条", True),
    ("《中华人民共和国民事诉讼法》第一百四十七条第一款", True),
    ("依照《中华人民共和国民法典》第六百七十五条规定，判决如下：", False),
    ("《中华人民共和国民法典》", False)])
def test_statute_citations(line: str, cited: bool) -> None:
    assert bool(_STATUTE_CITATION.match(line)) is cited


@pytest.mark.parametrize("line", ["民 事 判 决 书", "行 政 处 罚 决 定 书", "刑 事 裁 定 书"])
def test_a_spaced_document_type_is_no_menu_row(line: str) -> None:
    rule = next(r for r in COMMON_RULES if r.code == "space_nav")
    assert not re.search(rule.pattern, line)
    doc = clean_text(_HEAD + _SIDE, id="t")
    assert not any(r.rule == "space_nav" and "判 决" in r.text for r in doc.removals)


def test_a_row_of_menu_labels_still_goes() -> None:
    # counterexample: a menu row of words, one of them a character
    rule = next(r for r in COMMON_RULES if r.code == "space_nav")
    assert re.search(rule.pattern, "首页 新闻 图片 视频 书")


def test_every_box_label_holds_the_word_its_page_gate_seeks() -> None:
    """statute_box skips a page with no _STATUTE_WORD: every label the box opens on holds one."""
    from itertools import product

    from cleaners.chrome.blocks import _STATUTE_WORD

    heads = ["", "相关", "关联", "引用", "适用", "涉及", "相關", "關聯", "適用"]
    words = ["法条", "法律条文", "法律法规", "法條", "法律條文", "法律法規"]
    labels = [h + w + t for h, w, t in product(heads, words, ["", "链接", "鏈接"])]
    matched = [label for label in labels if _STATUTE_BOX_LABEL.match(label)]
    assert len(matched) >= 40
    assert all(_STATUTE_WORD.search(label) for label in matched)
