"""The text path's paragraphs on saves whose lines are hard-wrapped: a column copied from an
e-paper or a PDF, broken every 12-40 characters on a page no OCR read (each paragraph's rows
of the column's width, stopping mid-sentence, closed by a shorter row ending a sentence, are
one paragraph), and the opposite, the whole body on one long line with the page's trail glued
before its first sentence. Poems, lists of names, tables, chrome, headings and signatures stay
apart. Names and places are invented."""

from __future__ import annotations

import json
import pathlib
import re
from itertools import pairwise

import pytest

from cleaners import clean_text
from cleaners.layout import unwrapped
from cleaners.markup import glued_paragraphs

_GOLD = pathlib.Path(__file__).parent / "fixtures" / "gold_like"

# A column of 15 characters: three paragraphs, each indented, rows broken mid-word.
_COLUMN = ("\u3000\u3000某某县今年秋粮喜获丰收，全\n县粮食播种面积稳定在四十万亩\n"
           "以上，总产量比去年增加三个百\n分点。\n\n"
           "\u3000\u3000连日来，各乡镇组织农机手抢\n抓晴好天气抢收抢晒，确保颗粒\n"
           "归仓。合作社统一提供烘干服务\n，农户不再为阴雨天发愁。\n\n"
           "\u3000\u3000县农业农村局有关负责人表示\n，下一步将做好秋冬种准备工作\n"
           "，为明年粮食丰收打好基础工作\n和各项服务保障。\n")
_JOINED = ["某某县今年秋粮喜获丰收，全县粮食播种面积稳定在四十万亩以上，总产量比去年增加三个百分点。",
           "连日来，各乡镇组织农机手抢抓晴好天气抢收抢晒，确保颗粒归仓。合作社统一提供烘干服务"
           "，农户不再为阴雨天发愁。",
           "县农业农村局有关负责人表示，下一步将做好秋冬种准备工作，为明年粮食丰收打好基础工作"
           "和各项服务保障。"]


def _paragraphs(text: str) -> list[str]:
    return [ln.strip() for ln in text.split("\n") if ln.strip()]


def test_a_pasted_column_is_joined_paragraph_by_paragraph() -> None:
    assert _paragraphs(unwrapped(_COLUMN)) == _JOINED


@pytest.mark.parametrize("block", [
    # a poem: verses of the column's width, each ending on its mark
    "田埂上走过的是父亲的脚印，\n晒场上落下的是母亲的汗珠，\n一粒谷子里藏着一整年盼望，\n我把它们装进行囊带回城。",
    # a list of names as wide as the column, no sentence in it
    "张某某　李某某　王某某　赵某\n钱某某　孙某某　周某某　吴某\n郑某某　冯某某　陈某某　褚某",
    # a table rendered as text
    "项目名称　　　　　　金额万元\n道路硬化工程　　　　一百二十\n饮水安全工程　　　　　八十五",
    # chrome rows filling the column
    "首页　新闻中心　政务公开　专题\n上一版　下一版　往期回顾　检索\n版权所有　某某报社　联系我们",
    # an address
    "地址：某某市某某区某某路八号\n邮编：一二三四五六　某某大厦\n电话：某某某某某某某某某某某",
    # a signature: its organ and its date under the last paragraph
    "\u3000\u3000\u3000\u3000\u3000\u3000\u3000某某县人民政府\n\u3000\u3000\u3000\u3000\u3000\u3000\u3000二〇二六年九月八日",
    # a heading above its paragraph stays its own line
    "县图书馆流动书车开进偏远村小",
])
def test_other_blocks_of_a_pasted_column_page_stay_apart(block: str) -> None:
    page = f"{_COLUMN}\n{block}\n"
    assert _paragraphs(unwrapped(page)) == [*_JOINED, *_paragraphs(block)]


def test_one_paragraph_is_no_evidence() -> None:
    # a single broken paragraph: rows this narrow may be anything's
    one = _COLUMN.split("\n\n")[0]
    assert unwrapped(one) == one


def test_a_column_of_verses_alone_stays() -> None:
    poem = ("春风吹过了山冈和田野，\n燕子衔来了远方的消息，\n桃花开满了村口的小路，\n"
            "孩子们在河边放着风筝。\n\n夏雨落在了新插的秧苗，\n蛙声响彻了静静的池塘，\n"
            "萤火照亮了回家的小径，\n母亲在灯下缝补着衣裳。\n")
    assert unwrapped(poem) == poem


@pytest.mark.parametrize(("line", "pieces"), [
    ("当前位置：首页 > 本地新闻 > 正文 10月20日，市农业农村局组织专家组深入田间地头，开展秋播"
     "秋种技术指导服务活动。\u3000\u3000据了解，今年全市计划秋播小麦面积达到120万亩，较去年"
     "增加3万亩。",
     ["当前位置：首页 > 本地新闻 > 正文", "10月20日，市农业农村局组织专家组深入田间地头，开展"
      "秋播秋种技术指导服务活动。", "据了解，今年全市计划秋播小麦面积达到120万亩，较去年增加3万亩。"]),
    # no indent in it: one paragraph, the trail set apart all the same
    ("首页 | 政务公开 | 部门动态 10月20日上午，县市场监管局联合县教育局对城区学校食堂开展秋季"
     "食品安全专项检查，对发现的问题当场督促整改。",
     ["首页 | 政务公开 | 部门动态", "10月20日上午，县市场监管局联合县教育局对城区学校食堂开展"
      "秋季食品安全专项检查，对发现的问题当场督促整改。"]),
])
def test_a_trail_glued_before_the_first_sentence_is_set_apart(line: str,
                                                                pieces: list[str]) -> None:
    assert glued_paragraphs(line).split("\n") == pieces


@pytest.mark.parametrize("line", [
    # a sentence comparing with a mark of its own: no trail's items before it
    "今年1至9月全县规模以上工业增加值增长8.5%，增速高于全市平均水平，其中高新技术产业增加值"
    "增长12.3%，占比提升到三成以上。",
    # a credit's space inside the first sentence's bracket is no trail's end
    "本报讯（记者 某某）10月20日，县人民医院新增两个专科门诊，方便群众就近就医，进一步提升"
    "县域医疗服务能力和群众满意度。",
    # a dateline and a credit spaced before the sentence: no trail's mark, no location label
    "新华社北京10月20日电 记者 某某 10月20日，全国秋粮收购工作会议召开，部署做好今年秋粮"
    "收购工作，确保种粮农民卖得出、卖得好。",
])
def test_lines_with_no_trail_stay_whole(line: str) -> None:
    assert glued_paragraphs(line) == line


_STOP_AT_END = re.compile(r"[。！？!?：:”」）)]$")


def _broken_sentences(text: str) -> int:
    """Lines of ``text`` that stop mid-word (a verse ends on its mark) with a line of prose
    under them going on, unindented."""
    lines = _paragraphs(text)
    return sum(1 for line, below in pairwise(lines)
               if len(line) >= 10 and line[-1].isalnum() and _STOP_AT_END.search(line) is None
               and re.search(r"[，。；]", line) and re.search(r"[，。；]", below)
               and not re.match(r"[\u3000 ]", below))


@pytest.mark.parametrize("stem", ["gl552_", "gl562_"])
def test_pasted_column_pages_have_no_sentence_broken_across_lines(stem: str) -> None:
    page = next(_GOLD.glob(f"{stem}*.txt"))
    gold = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    doc = clean_text(page.read_text(encoding="utf-8"), id=gold["id"])
    assert _broken_sentences(doc.text) == 0, doc.text
    # the gold's paragraphs come back as its lines (a heading split over two rows aside)
    lines = set(_paragraphs(doc.text))
    assert [p for p in _paragraphs(gold["text"]) if "，" in p and p not in lines] == []
