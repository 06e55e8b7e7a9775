"""The general defects the thirteenth batch of saved HTML pages (gold_html gh78-gh82) showed, each
pinned on an invented page shape with its counterexample."""

from __future__ import annotations

import json

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


_POST = ("出发前一晚，我在小旅馆里把驮包拆开又装上，反复检查了三遍补胎工具。",
         "第一天沿着江一路上行，雨后的山谷里全是雾气，傍晚到达县城，码表上显示六十八公里。",
         "回头看这七天，最难的不是爬坡，而是每天早上重新跨上车的那一刻。")


def _blog_post(after_post: str) -> str:
    # a blog theme's post: the headline and its date, no byline; a footer closing the post
    return ("<html><head><meta charset='utf-8'><title>骑行七日 | 轮上日记</title></head><body>"
            "<header><a href='/'>轮上日记</a></header><main><article><header><h1>骑行七日</h1>"
            "<p>2025年10月21日</p></header><section>" + _paras(_POST) + "</section>"
            f"{after_post}</article></main><footer>© 2025 轮上日记</footer></body></html>")


def test_the_author_box_closing_a_post_names_its_author() -> None:
    bio = ("<footer><div class='bio'><p>作者 <strong>林野</strong>，住在成都的程序员，周末骑车，"
           "偶尔写字。<a href='/about/'>关注我</a></p></div></footer>")
    doc = clean_html(_blog_post(bio), id="t")
    assert doc.meta.authors == ("林野",)
    assert doc.text.splitlines() == list(_POST)


def test_author_boxes_of_a_list_of_posts_name_no_author() -> None:
    # two boxes (the posts of a list, each with its author), or a name in bold inside a
    # sentence with no 作者 label before it: no author of the page
    boxes = "".join(f"<li><p>作者 <b>{name}</b>，{line}</p></li>"
                    for name, line in (("林野", "住在成都的程序员。"), ("苏禾", "一名中学老师。")))
    assert clean_html(_blog_post(f"<footer><ul>{boxes}</ul></footer>"), id="t").meta.authors == ()
    sentence = "<footer><p>感谢 <strong>林野</strong>，为本文提供了照片。</p></footer>"
    assert clean_html(_blog_post(sentence), id="t").meta.authors == ()


_BIRDS = ("随着气温逐渐走低，南湖湿地公园近日迎来了今冬首批越冬候鸟，目前已有二十余种、三千多只候鸟在此落脚。",
          "管理处工作人员介绍，候鸟数量增加，与湿地生态修复密不可分，公园退塘还湿一千余亩，恢复了大片浅滩。",
          "为方便市民观鸟，公园新建的两座观鸟平台将于本周六开放，开放时间为每天七时至十七时，市民无需预约。")


def _cached_fetch_page(shown: str) -> str:
    # SvelteKit keeps a fetch the server made in a JSON script, the response's body as a string
    article = {"title": "湿地公园迎来首批越冬候鸟", "source": "南湖日报", "author": "方若溪",
               "publishTime": "2025-11-26 08:00", "content": _paras(_BIRDS)}
    body = json.dumps({"article": article}, ensure_ascii=False)
    cached = json.dumps({"status": 200, "statusText": "", "headers": {}, "body": body},
                        ensure_ascii=False)
    return ("<html><head><meta charset='utf-8'><title>湿地公园迎来首批越冬候鸟-南湖网</title></head>"
            "<body><div style='display: contents'><header><a href='/'>南湖网</a></header>"
            f"<main>{shown}</main><script type='application/json' data-sveltekit-fetched "
            f"data-url='/api/article/8830'>{cached}</script></div></body></html>")


def test_an_article_in_a_cached_responses_json_body_is_read_under_a_skeleton() -> None:
    doc = clean_html(_cached_fetch_page("<div class='skeleton'><p>内容加载中…</p></div>"), id="t")
    assert doc.text.splitlines() == list(_BIRDS)
    assert (doc.meta.source_name, doc.meta.authors) == ("南湖日报", ("方若溪",))


def test_a_cached_response_of_the_article_the_page_prints_adds_nothing() -> None:
    # printed on the server: the page's own paragraphs read once, the cache not mounted
    doc = clean_html(_cached_fetch_page("<h1>湿地公园迎来首批越冬候鸟</h1><article>"
                                        + _paras(_BIRDS) + "</article>"), id="t")
    assert doc.text.splitlines() == list(_BIRDS)
