"""Shapes of real pages whose article comes out of the HTML path differently from how the page
shows it: a paragraph written as sibling inline elements, each a sentence (WeChat's editors
put every sentence in a <span> of its own; a portal underlines a run with <u>), is one
paragraph, not a sentence a line."""

from __future__ import annotations

import pytest

from cleaners import clean_html

_LEAD = "今天凌晨，某某公司在发布会上正式发布旗下新一代旗舰手机系列机型，包括三款新机。"
_SENTENCES = ("某某新机的屏幕尺寸为 6.2 英寸，重量只有 163 克，非常适合单手握持。",
              "后置的相机模组内拥有三颗摄像头，支持 3 倍光学变焦与 30 倍数码变焦。",
              "存储方面为 12+128GB，另有 8+128GB 版本。")


def _post(body: str) -> str:
    return ("<html><head><title>某某新机正式发布</title></head><body>"
            "<h2 class='rich_media_title'>某某新机正式发布</h2>"
            f"<div class='rich_media_content' id='js_content'>{body}</div></body></html>")


def _section(*spans: str) -> str:
    return ("<section style='margin-bottom: 15px;'>"
            + "".join(f"<span style='font-size: 15px;'>{s}</span>" for s in spans) + "</section>")


def test_sentences_in_sibling_spans_of_one_block_are_one_paragraph() -> None:
    doc = clean_html(_post(_section(_LEAD) + _section(*_SENTENCES)
                           + _section(_LEAD.replace("今天凌晨", "此外"))), id="t")
    lines = doc.text.split("\n")
    assert "".join(_SENTENCES) in lines
    assert len(lines) == 3


def test_an_underlined_run_goes_on_with_its_paragraph() -> None:
    # paragraphs as runs of text between <br>s in one <div>, the last sentences underlined
    body = (f"<div class='news_txt'>{_LEAD}<br><div class='gap'></div>{_SENTENCES[0]}"
            f"<u>{_SENTENCES[1]}{_SENTENCES[2]}</u><br><div class='gap'></div>"
            f"{_LEAD.replace('今天凌晨', '此外')}<br></div>")
    doc = clean_html(_post(body), id="t")
    assert "".join(_SENTENCES) in doc.text.split("\n")


@pytest.mark.parametrize("counter", ["1/10", "3/12"])
def test_a_gallery_counter_before_its_caption_stays_off_the_text(counter: str) -> None:
    # a counter ends no sentence: it is not a piece of the paragraph that follows it
    box = (f"<div class='abstract'><span class='abstract-index'><em>{counter[0:1]}</em>"
           f"{counter[1:]}</span>{_LEAD}</div>")
    doc = clean_html(_post(box), id="t")
    assert not doc.text.startswith(counter)


_PARAS = [f"<p>第{n}段，民警找到物业，在物业的陪同下，对抛出纸团方向的房间进行了一一排查，并在进出通道安排留守人员。</p>"
          for n in range(6)]


def _story(head: str) -> str:
    return ("<html><head><title>某某派出所民警排查纸团来源</title></head><body>"
            "<h1>某某派出所民警排查纸团来源</h1><div class='post_body' id='endText'>"
            + "".join(_PARAS[:3]) + head + "".join(_PARAS[3:]) + "</div></body></html>")


def test_a_bold_subheading_in_a_div_of_its_own_between_paragraphs_stays() -> None:
    doc = clean_html(_story("<p class='f_center'></p><div style='text-align: left;'>"
                            "<strong>快速赶到现场 排查可疑线索</strong></div>"), id="t")
    lines = doc.text.split("\n")
    assert lines[3] == "快速赶到现场 排查可疑线索"
    assert lines[2].startswith("第2段")
    assert lines[4].startswith("第3段")


@pytest.mark.parametrize("caption", [
    "<center><strong>志愿者们积极向市民宣传金融知识</strong><br></center>",
    "<div style='text-align: center;'><strong>志愿者们积极向市民宣传金融知识</strong></div>",
])
def test_a_centred_bold_line_is_a_caption_not_a_subheading(caption: str) -> None:
    doc = clean_html(_story(caption), id="t")
    assert "志愿者们积极向市民宣传金融知识" not in doc.text
