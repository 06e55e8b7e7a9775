"""The HTML path under markup that keeps a page's meaning (bench/perturb_html.py): hashed class
names and paragraphs written as <br> runs, each pinned on an invented page shape with its
counterexample."""

from __future__ import annotations

from cleaners import clean_html

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
