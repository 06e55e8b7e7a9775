"""html.prune leaves a word of a sentence alone even when its class names chrome."""

from __future__ import annotations

import pytest

from cleaners.document import Doc
from cleaners.html.prune import HiddenAndChromePruner

ARTICLE = "".join(
    f"<p>第{i}段：基层党组织把服务送到群众家门口，群众满意度持续提升，工作取得实效。</p>"
    for i in range(6)
)


def run(paragraph: str) -> Doc:
    html = (
        "<html><head><title>t</title></head><body>"
        f'<div class="content">{ARTICLE}{paragraph}</div></body></html>'
    )
    return HiddenAndChromePruner()(Doc(id="t", html=html))


@pytest.mark.parametrize(
    ("paragraph", "word"),
    [
        # A linked company name classed as a keyword, in the middle of a sentence.
        ('<p>调查对象包括多家公司、<a class="keyword" href="/q">海河银行</a>等，'
         "了解他们的观点。</p>", "海河银行"),
        ('<p>今天凌晨消息，<span><a class="keyword f_st">青禾</a></span>'
         "秋季发布会开幕，新品首次亮相。</p>", "青禾"),
        ('<p>据报道，<em class="tag-word">新能源</em>产业链全年增长超过两成。</p>', "新能源"),
        # A name at the start of its line, the subject of what follows.
        ('<p>\u3000\u3000<a class="keyword">远山资本</a>首席投资官：某某某先生</p>', "远山资本"),
    ],
)
def test_prune_keeps_word_inside_sentence(paragraph: str, word: str) -> None:
    doc = run(paragraph)
    assert doc.html is not None
    assert word in doc.html
    assert not any(word in r.text for r in doc.removals)


@pytest.mark.parametrize(
    ("paragraph", "gone"),
    [
        # Share bars: a label and links, no running text after the first link.
        ('<p>分享到：<a class="share">微博空间</a><a href="#">微信好友</a></p>', "微博空间"),
        ('<div>分享到：<span class="share-wb">微博</span><span class="share-wx">微信</span>'
         '<span class="share-qq">空间</span></div>', "微博"),
        # A trailing editor credit after the body text: a label, not a word of the sentence.
        ('<p>本文来源：某某日报<span class="ep-editor">责任编辑：王小明</span></p>', "王小明"),
        # A keyword list: links only.
        ('<p><a class="keyword">经济</a> <a class="keyword">金融</a></p>', "金融"),
        # Something sitting after the sentence's end, not inside it.
        ('<p>工作取得实效。<span class="comment-count">评论</span></p>', "评论"),
    ],
)
def test_prune_still_removes_inline_chrome(paragraph: str, gone: str) -> None:
    doc = run(paragraph)
    assert doc.html is not None
    assert gone not in doc.html
    assert any(gone in r.text and r.rule == "chrome_class" for r in doc.removals)


@pytest.mark.parametrize(
    "quote",
    [
        "(<font>115.395</font>, <font>2.79</font>, <font>2.47%</font>)",
        "(0, 0.00, 0.00%)",
        "（12.5，-0.31，-2.42%）",
    ],
)
def test_prune_removes_quote_ticker_after_a_name(quote: str) -> None:
    doc = run(
        '<p>调查对象包括多家公司、<span><a class="keyword" href="/q">海河银行</a></span>'
        f"<span>{quote}</span>等，了解他们的观点。</p>"
    )
    assert doc.html is not None
    assert "海河银行</a></span>等，" in doc.html
    hits = [r for r in doc.removals if r.rule == "stock_quote"]
    assert len(hits) == 1
    assert "%" in hits[0].text


@pytest.mark.parametrize(
    "paragraph",
    [
        # Figures in prose, not a ticker after a link.
        "<p>三项指标分别为<span>(115.4, 2.79, 2.47%)</span>，均好于预期。</p>",
        # A bracketed triple without a percent change.
        '<p>公司<a href="/q">海河银行</a><span>(115.4, 2.79, 2.47)</span>表示。</p>',
        # Text between the link and the bracket.
        '<p>公司<a href="/q">海河银行</a>称<span>(115.4, 2.79, 2.47%)</span>。</p>',
    ],
)
def test_prune_keeps_figures_that_are_not_a_ticker(paragraph: str) -> None:
    doc = run(paragraph)
    assert doc.html is not None
    assert "2.79" in doc.html
    assert not any(r.rule == "stock_quote" for r in doc.removals)
