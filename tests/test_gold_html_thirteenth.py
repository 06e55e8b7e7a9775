"""The general defects the thirteenth batch of saved HTML pages (gold_html gh78-gh82) showed, each
pinned on an invented page shape with its counterexample."""

from __future__ import annotations

from cleaners import clean_html

_NEWS = ("市住建局发布通知，今年冬季供暖将于十一月十五日零时起正式启动，比往年提前了两天。",
         "供暖期间，各供热企业将实行二十四小时值班，居民发现室温不达标可拨打热线报修。",
         "据介绍，今年全市新增集中供热面积三百万平方米，惠及约四万户居民家庭。",
         "市住建局提醒，居民应提前检查家中暖气片和阀门，发现漏水等问题及时联系物业处理。")
_SKELETON = "<div class='sk'><div class='line'></div><p>加载中…</p></div>"


def _paras(paras: tuple[str, ...]) -> str:
    return "".join(f"<p>{p}</p>" for p in paras)


def _streamed_page(article: str, after_root: str) -> str:
    # React 18's streaming render: the app in #root, a late boundary's content after it
    return ("<html><head><meta charset='utf-8'><title>今冬供暖提前两天启动</title></head><body>"
            "<div id='root'><header><nav><a href='/'>首页</a><a href='/m/'>民生</a></nav></header>"
            "<main><h1>今冬供暖提前两天启动</h1><div class='meta'>2025-11-10 来源：北城晚报</div>"
            f"{article}</main><footer>版权所有</footer></div>{after_root}</body></html>")


def _boundary() -> str:
    return f"<!--$?--><template id='B:0'></template>{_SKELETON}<!--/$-->"


def test_a_streamed_boundarys_content_is_read_where_its_script_moves_it() -> None:
    # the lead in the page, the rest streamed into a hidden segment a $RC call moves into
    # the boundary's place, its skeleton fallback taken out
    page = _streamed_page(f"<article>{_paras(_NEWS[:2])}{_boundary()}</article>",
                          f"<div hidden id='S:0'>{_paras(_NEWS[2:])}</div>"
                          "<script>$RC(\"B:0\",\"S:0\")</script>")
    doc = clean_html(page, id="t")
    assert doc.text.splitlines() == list(_NEWS)
    hidden = [r.text for r in doc.removals if r.rule == "hidden_element"]
    assert hidden == ["加载中…"]


def test_a_hidden_segment_no_script_moves_stays_hidden() -> None:
    # the same page with no $RC call (or one naming another boundary): nothing is shown
    # in the boundary's place, the segment stays hidden
    for script in ("", "<script>$RC(\"B:1\",\"S:1\")</script>"):
        page = _streamed_page(f"<article>{_paras(_NEWS[:2])}</article>",
                              f"<div hidden id='S:0'>{_paras(_NEWS[2:])}</div>{script}")
        doc = clean_html(page, id="t")
        assert doc.text.splitlines() == list(_NEWS[:2])
        assert any(r.rule == "hidden_element" and _NEWS[2] in r.text for r in doc.removals)
