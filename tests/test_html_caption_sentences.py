"""html.prune/image_caption: one short sentence under a picture, on a page that captions its
other pictures on their own lines, and a photo credit after a caption's sentence."""

from __future__ import annotations

import pytest

from tests.test_html_captions import BODY, img, run

# Two pictures captioned with labels on their own lines: the page's captioning habit.
LABELS = f"<p>{img(8)}</p><p>村口的老槐树。</p>{BODY}<p>{img(9)}</p><p>新修的村道。</p>{BODY}"


@pytest.mark.parametrize(
    ("snippet", "caption"),
    [
        (f"{LABELS}<p>{img()}</p><p>事发次日孩子在县城医院做的检查单。</p>", "事发次日孩子在县城医院做的检查单。"),
        (f"{LABELS}<p>{img()}</p><p>老人的孙子称，愿意全力配合警方调查。</p>", "老人的孙子称，愿意全力配合警方调查。"),
        # A photo credit after the sentence goes with it, whatever its length.
        (f"{LABELS}<p>{img()}</p><p>村民寄来的信件。本文图片除特别标注外，均为某某新闻记者某某 图</p>",
         "村民寄来的信件。本文图片除特别标注外，均为某某新闻记者某某 图"),
    ],
)
def test_sentence_caption_removed(snippet: str, caption: str) -> None:
    doc = run(snippet)
    assert doc.html is not None
    assert caption not in doc.html
    assert caption in [r.text for r in doc.removals if r.rule == "image_caption"]


@pytest.mark.parametrize(
    ("snippet", "kept"),
    [
        # No other captions on the page: a sentence after a picture is body text.
        (f"<p>{img()}</p><p>西方的一些政客正试图串联起来。</p>", "西方的一些政客正试图串联起来。"),
        # Only one other caption.
        (f"<p>{img(8)}</p><p>村口的老槐树。</p>{BODY}<p>{img()}</p><p>事发次日孩子在县城医院做的检查单。</p>",
         "事发次日孩子在县城医院做的检查单。"),
        # Captions inside the pictures' own blocks say nothing about the lines after a picture.
        (f'<p class="f_center">{img(8)}活动上展示的通信芯片</p>{BODY}'
         f'<p class="f_center">{img(9)}新建成的生产车间</p>{BODY}'
         f"<p>{img()}</p><p>值得一提的是，这一模式广受好评。</p>", "值得一提的是，这一模式广受好评。"),
        # Speech, a back-reference, two clauses or a long sentence is prose.
        (f"{LABELS}<p>{img()}</p><p>他说：“我们一定会查清楚。”</p>", "我们一定会查清楚。"),
        (f"{LABELS}<p>{img()}</p><p>此后，村里又修了一条路。</p>", "此后，村里又修了一条路。"),
        (f"{LABELS}<p>{img()}</p><p>记者走访发现，村里修了路，建了学校。</p>", "村里修了路，建了学校。"),
        (f"{LABELS}<p>{img()}</p><p>近日，某市召开新闻发布会，宣布新港口将于十一月正式开港运营。</p>",
         "宣布新港口将于十一月正式开港运营。"),
        # A short paragraph followed by one no longer than it: the page's prose is short.
        (f"{LABELS}<p>{img()}</p><p>村里的小学今年暑假全面翻新了一遍。</p><p>孩子们很高兴。</p>",
         "村里的小学今年暑假全面翻新了一遍。"),
    ],
)
def test_sentence_after_picture_kept(snippet: str, kept: str) -> None:
    doc = run(snippet)
    assert doc.html is not None
    assert kept in doc.html
    assert not any(kept in r.text for r in doc.removals if r.rule == "image_caption")
