"""The HTML path under markup that keeps a page's meaning (bench/perturb_html.py): hashed class
names and paragraphs written as <br> runs, each pinned on an invented page shape with its
counterexample."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cleaners import clean_html, clean_text

_LEAD = "4月2日，某某县高山茶园进入春茶采摘期，茶农抢抓晴好天气采摘加工，全县三万多亩茶园陆续开采。"
_CAPTIONS = ("清晨，茶农背着竹篓走进云雾缭绕的茶园。",
             "茶农在茶垄间采摘一芽一叶的鲜嫩茶芽。",
             "工人将鲜叶摊晾后送入杀青机加工。",
             "新茶上市，茶商在村口收购刚炒制的绿茶。")
_PROSE = ("<p>" + "今年全县春茶面积稳中有增，茶企与合作社签订订单，带动茶农增收，预计春茶产值比去年增长一成以上。"
          * 2 + "</p>")


def _gallery(after: str = "") -> str:
    """A photo set with hashed class names: a lead, counted slides (1/4 … 4/4) each a picture
    over one sentence, so no class says which line is a caption."""
    slides = "".join(
        f"<div class='k3f9'><img src='{n}.jpg' alt=''><div class='q8w1'><span class='z2'>"
        f"{n}/{len(_CAPTIONS)}</span><p>{text}</p></div></div>"
        for n, text in enumerate(_CAPTIONS, 1))
    return ("<html><head><title>高清图集：春茶开采</title></head><body><div class='a1b2'>"
            "<h1>高清图集：春茶开采</h1><div class='c3d4'>2026-04-02 10:30</div>"
            f"<div class='e5f6'><p>{_LEAD}</p></div><div class='g7h8'>{slides}</div>"
            f"{after}</div></body></html>")


def test_a_counted_gallery_s_captions_are_its_text_whatever_its_classes() -> None:
    doc = clean_html(_gallery(), id="t")
    assert doc.text.splitlines() == [_LEAD, *_CAPTIONS]


def test_counted_slides_above_longer_prose_keep_their_captions_out() -> None:
    # an article with a slide show over its own prose: the lines under the pictures are captions
    doc = clean_html(_gallery(f"<div class='m9n0'>{_PROSE}{_PROSE}</div>"), id="t")
    assert _LEAD in doc.text
    assert not any(caption in doc.text for caption in _CAPTIONS)


_STORY = ("<div class='k1'>" + "".join(
    f"{text}<br><br>" for text in (
        "青岭小学坐落在海拔一千二百米的山腰上，全校只有八十六名学生，今年九月组建了第一支足球队。",
        "十一月中旬，这支球队第一次走出大山，参加了全县小学生足球联赛，最后拿到了第五名。"))
    + "</div>")
_TEASERS = (("乡村教师的二十年", "从二十岁到四十岁，她在村小教过的学生已经有人回到村里当了老师。"),
            ("一间教室改成的图书角", "旧教室刷上新漆，摆进五百本捐赠图书，孩子们课间最爱去图书角。"))


def _teaser_page(label: str) -> str:
    """An article written as <br> runs, then a box of teasers whose summaries stand loose
    after their linked headlines, each closed by <br>s (no <p> around them)."""
    items = "".join(f"<li class='r7'><a href='/a/{n}.html'>{head}</a>{summary}<br><br></li>"
                    for n, (head, summary) in enumerate(_TEASERS))
    return ("<html><head><title>山里小学的第一支足球队</title></head><body><main><div class='w2'>"
            "<h1>山里小学的第一支足球队</h1><div class='m3'>2025-11-29 10:00</div>"
            f"{_STORY}<section class='x4'><h2 class='x5'>{label}</h2><ul>{items}</ul></section>"
            "</div></main></body></html>")


def test_teasers_with_loose_summaries_under_a_reading_label_go() -> None:
    text = clean_html(_teaser_page("推荐阅读"), id="t").text
    assert "第五名" in text
    assert not any(head in text or summary in text for head, summary in _TEASERS)


def test_linked_items_with_loose_sentences_under_no_reading_label_stay() -> None:
    # the article's own list (a heading of its own, each item a linked name and its sentence)
    text = clean_html(_teaser_page("入选名单"), id="t").text
    assert all(summary in text for _, summary in _TEASERS)


_LEAD_BOX = "今年以来，某某市把老旧小区加装电梯列入民生实事项目，截至8月底已开工一百多部，惠及居民四千余户。"
_BODY_RUNS = "".join(f"{text}<br><br>" for text in (
    "记者在城东街道某某小区看到，新装的电梯井道紧贴楼体外墙，每层都设有连廊直通住户门口，住户出门方便多了。",
    "加装电梯难，难在协调。市住建局有关负责人介绍，今年推行一梯一方案，由社区牵头组织业主协商，逐一回应顾虑。",
    "在审批环节，规划、消防、特种设备等手续合并办理，审批时间由原来的两个月压缩到二十个工作日以内。"))


def _lead_page(lead: str) -> str:
    """A lead box beside the body's box, its label in a <strong> and its words loose after it
    up to a <br> (the page writes its paragraphs as <br> runs)."""
    return ("<html><head><title>老旧小区加装电梯</title></head><body><div class='n1'>首页 民生</div>"
            "<div class='w1'><div class='h1'><h1>老旧小区加装电梯</h1>"
            "<div class='i1'>2025-09-16 08:42</div></div>"
            f"<div class='s1'><strong class='s2'>导语</strong> {lead}<br><br></div>"
            f"<div class='b1'>{_BODY_RUNS}</div><div class='e1'>责任编辑：某某</div>"
            "<div class='r1'><h3>相关阅读</h3><ul><li><a href='/a/1.html'>城西片区老旧小区改造项目全面开工"
            "</a></li><li><a href='/a/2.html'>加装电梯补助标准公布 每部最高二十万元</a></li></ul></div>"
            "</div></body></html>")


def test_a_lead_box_s_words_after_its_label_on_one_line_open_the_article() -> None:
    lines = clean_html(_lead_page(_LEAD_BOX), id="t").text.splitlines()
    assert lines[0] == _LEAD_BOX
    assert "导语" not in lines[0]


def test_a_lead_box_restating_the_opening_stays_out() -> None:
    opening = "记者在城东街道某某小区看到，新装的电梯井道紧贴楼体外墙，每层都设有连廊直通住户门口"
    lines = clean_html(_lead_page(opening + "。"), id="t").text.splitlines()
    assert lines[0].startswith(opening)
    assert lines[1].startswith("加装电梯难")


_RUN_LINES = ("青羽实验室宣布开源其七十亿参数对话模型，经过量化压缩后，这款模型可以在消费级显卡上运行。",
              "从公布的参数看，这款模型的上下文长度为三万二千，采用宽松的开源协议，允许商业使用。下表是主要参数：",
              "开发者只需几行代码就能调用模型。官方文档给出的示例如下：",
              "记者实测发现，在一台笔记本上，模型每秒可生成约二十个汉字，日常问答和文本摘要的效果较为流畅。",
              "业内人士认为，小参数模型的开源降低了个人开发者和中小企业的使用门槛，也有助于保护用户隐私。",
              *(f"第{n}位受访的开发者说，自己已经在家里的旧电脑上部署了这款模型，用来整理笔记、"
                "翻译资料和辅助编写代码，响应速度比预想的快，回答的质量也基本够用。" for n in "一二三四五"))


def _run_page(between: str) -> str:
    """An article written as <br> runs in one box, ``between`` after its second line."""
    first, second, *rest = _RUN_LINES
    return ("<html><head><title>青羽开源对话模型</title></head><body><div class='w'>"
            "<div class='h'><h1>青羽开源对话模型</h1><div class='t'>2026-11-29 10:05</div></div>"
            f"<div class='c'>{first}<br><br>{second}<br><br>{between}"
            + "".join(f"{x}<br><br>" for x in rest) + "</div><div class='e'>责任编辑：某某</div>"
            "</div></body></html>")


@pytest.mark.parametrize("block", [
    "<pre><code>from qingyu import ChatModel\nmodel = ChatModel.load(\"qingyu-7b\")</code></pre>",
    "<div class='s'><p>型号 参数量 最低显存</p><p>青羽-1.8B 18亿 4GB</p><p>青羽-7B 70亿 8GB</p></div>",
    "<table><tr><th>型号</th><th>参数量</th><th>最低显存</th></tr><tr><td>青羽-1.8B</td><td>18亿</td>"
    "<td>4GB</td></tr><tr><td>青羽-7B</td><td>70亿</td><td>8GB</td></tr></table>",
])
def test_a_line_after_a_table_or_code_block_in_a_br_run_body_stays(block: str) -> None:
    text = clean_html(_run_page(block), id="t").text
    assert all(line in text for line in _RUN_LINES)


def test_a_br_run_body_with_an_empty_spacer_reads_as_before() -> None:
    assert clean_html(_run_page("<div class='gap'></div>"), id="t").text.splitlines() == list(
        _RUN_LINES)


_GOLD_HTML = Path(__file__).parent / "fixtures" / "gold_html"


def test_lines_after_a_table_and_a_code_block_stay_when_paragraphs_are_br_runs() -> None:
    # gh242 (a tech article with a spec table and a code block) with every <p> written as a
    # <br> run, as bench/perturb_html.py's p2br re-saves it: the line after each block is a
    # tail trafilatura drops unless the box's lines are wrapped as paragraphs
    page = (_GOLD_HTML / "gh242_portal_keji_article_weibo_embed_card_pre_code_block_spec_table"
            "_in_text.html").read_text(encoding="utf-8")
    page = re.sub(r"<p(?:\s[^>]*)?>", "", page).replace("</p>", "<br><br>")
    text = clean_html(page, id="t").text
    assert "开发者只需几行代码就能调用模型。官方文档给出的示例如下：" in text
    assert "但在复杂数学推理上仍有明显差距。" in text


_PARAGRAPH = "野鸟学会今天公布调查结果，今年十月至今已记录到四十一种冬候鸟，比去年同期多出六种。"


@pytest.mark.parametrize("stamp", ["（最新更新：2026/11/30 15:02）", "（最新更新時間：2026/11/30 15:02）"])
def test_an_update_stamp_alone_on_its_line_is_metadata(stamp: str) -> None:
    # a wire story's time row split by its page's markup: the update part on a line of its own
    doc = clean_text(f"溪口湿地冬候鸟报到\n2026/11/30 14:25\n{stamp}\n{_PARAGRAPH}", id="t")
    assert doc.text == _PARAGRAPH
    assert doc.meta.date is not None
    assert doc.meta.date.startswith("2026-11-30T14:25")


def test_a_sentence_on_the_latest_update_stays() -> None:
    line = "据最新更新：2026年11月30日，湿地已记录到四十一种冬候鸟，其中包括黑面琵鹭。"
    doc = clean_text(f"溪口湿地冬候鸟报到\n{_PARAGRAPH}\n{line}", id="t")
    assert line in doc.text


_QA = (("一、哪些人可以参加城乡居民医保？",
        "具有本市户籍、未参加职工基本医疗保险的城乡居民，以及在本市就读的学生，都可以参加城乡居民医保。"),
       ("二、集中缴费期是什么时候？",
        "集中缴费期为2025年9月1日至12月31日。在集中缴费期内缴费的，待遇享受期为次年全年。"))


def test_a_details_summary_is_a_line_of_its_own_over_its_loose_answer() -> None:
    blocks = "".join(f"<details><summary>{q}</summary>{a}<br><br></details>" for q, a in _QA)
    page = ("<html><head><title>医保参保问答</title></head><body><div class='w'><h1>医保参保问答</h1>"
            "<div class='c'>" + _PARAGRAPH + "<br><br>" + blocks + "</div></div></body></html>")
    lines = clean_html(page, id="t").text.splitlines()
    assert lines[1:] == [line for qa in _QA for line in qa]


def test_a_question_and_its_answer_in_one_paragraph_stay_one_line() -> None:
    joined = [q + a for q, a in _QA]
    page = ("<html><head><title>医保参保问答</title></head><body><div class='w'><h1>医保参保问答</h1>"
            "<div class='c'><p>" + _PARAGRAPH + "</p>" + "".join(f"<p>{x}</p>" for x in joined)
            + "</div></div></body></html>")
    assert clean_html(page, id="t").text.splitlines()[1:] == joined
