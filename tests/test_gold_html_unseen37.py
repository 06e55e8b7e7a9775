"""The general defects the ad-heavy saved HTML pages (gold_html gh234-gh237) showed, each pinned
on an invented page shape with its counterexample."""

from __future__ import annotations

from cleaners import clean_html

_NEWS = ("区里今年改造了八条背街小巷，新铺雨水管和污水管三公里，沿街居民九百余户受益。",
         "施工单位实行分段封闭、错时作业，尽量减少对居民出行的影响。",
         "明年区里还将启动第二批小巷的改造，计划在六月底前完成设计和招标工作。")


def _page(box: str) -> str:
    # a portal's article with one box between its second and third paragraphs
    return ("<html><head><meta charset='utf-8'><title>背街小巷改造</title></head><body>"
            "<div class='content'><h1>背街小巷改造</h1>"
            f"<p>{_NEWS[0]}</p><p>{_NEWS[1]}</p>{box}<p>{_NEWS[2]}</p></div></body></html>")


_CARD = ("<div class='card'><span class='lab'>{label}</span><a href='https://x.example/l'>"
         "<h3>春季家装节开幕 百款座椅直降千元</h3><p>专业团队免费上门测量，前一百名下单再送地垫。</p>"
         "</a></div>")


def test_a_box_under_its_own_ad_label_goes_whatever_its_class() -> None:
    # a sponsored card (推广 over a linked headline and blurb), an iframe slot under 广告, a
    # banner image with its corner label after it, the label in traditional script
    for box in (_CARD.format(label="推广"),
                "<div class='slot'><div>广告</div><iframe src='https://x.example/s'></iframe></div>",
                "<div class='box'><a href='https://x.example/c'><img src='b.jpg' alt=''></a>"
                "<span>广告</span></div>",
                _CARD.format(label="廣告")):
        doc = clean_html(_page(box), id="t")
        assert doc.text.splitlines() == list(_NEWS), box
        assert [r.rule for r in doc.removals if r.rule == "labelled_ad"] == ["labelled_ad"]


def test_a_box_with_words_of_its_own_beside_the_label_stays() -> None:
    # counterexamples: the article's box whose words are no link under a 推广 heading, a label
    # word as a line of a box holding a sentence in its text, a box of the label alone
    told = ("<div class='note'><span>推广</span><p>今年全区推广“小巷管家”做法，"
            "由居民轮流记录小巷问题。</p></div>")
    doc = clean_html(_page(told), id="t")
    assert "由居民轮流记录小巷问题。" in doc.text
    assert not [r for r in doc.removals if r.rule == "labelled_ad"]
    inline = "<div class='note'><b>推广</b>小巷管家做法在全区铺开。<a href='/a'>详情</a></div>"
    doc = clean_html(_page(inline), id="t")
    assert not [r for r in doc.removals if r.rule == "labelled_ad"]
