"""The general defects the twelfth batch of saved HTML pages (gold_html gh72-gh77) showed, each
pinned on an invented page shape with its counterexample."""

from __future__ import annotations

from cleaners import clean_html

_HEADLINE = "在阳台种了一年番茄，我学到的几件事"
_POST = ("去年秋天，我在朝南的阳台上摆了三个泡沫箱，撒下了第一把番茄种子，一年下来收获了不少。",
         "头两个月番茄苗长得又细又高，后来才明白是窗户玻璃挡掉了光，挪到窗外以后茎就粗壮了。",
         "明年打算试试樱桃番茄和矮生品种，它们更适合空间有限的阳台，欢迎大家一起交流经验。")


def _blog_post(under_headline: str) -> str:
    # a blog theme's sticky nav prints the post's title; the post's tag line stands over its
    # headline, the author and the date row under it
    return ("<html><head><meta charset='utf-8'><title>" + _HEADLINE + "</title></head><body>"
            "<header><a href='/'>小菜园</a><nav><a href='/'>首页</a><a href='/archive/'>归档</a>"
            f"</nav><span class='nav-title'>{_HEADLINE}</span></header><main><article>"
            f"<div class='tags'><a href='/tag/balcony/'>阳台种菜</a></div><h1>{_HEADLINE}</h1>"
            f"{under_headline}<div class='body'>" + "".join(f"<p>{p}</p>" for p in _POST)
            + "</div></article></main></body></html>")


def test_a_tag_over_the_headline_under_a_navs_copy_of_it_is_no_publisher() -> None:
    doc = clean_html(_blog_post("<div class='byline'><a href='/author/c/'>陈默言</a>"
                                "<time datetime='2025-10-12'>2025年10月12日</time></div>"), id="t")
    assert doc.meta.source_name is None
    assert doc.meta.authors == ("陈默言",)
    assert doc.text.splitlines() == list(_POST)


def test_a_lone_outlet_name_under_the_headline_is_still_its_publisher() -> None:
    # the same page, an outlet's name printed under the headline over the date row
    doc = clean_html(_blog_post("<div class='src'>溪南晚报</div><div class='date'>2025-10-12 "
                                "08:30</div>"), id="t")
    assert doc.meta.source_name == "溪南晚报"


_NEWS = ("受强冷空气影响，本周我市最低气温将降至零下六摄氏度，部分路段可能出现道路结冰。",
         "按照预案，全市在易结冰路段设立了固定撒布点，抢险队伍实行二十四小时值守，随时处置险情。",
         "市民如发现道路结冰等影响通行的情况，可拨打交通服务热线反映，相关部门将及时处置。")
_COOKIE = "本网站使用Cookie来改善您的浏览体验，继续浏览即表示您同意我们使用Cookie。"
_DIALOG = "登录即表示同意用户服务协议和隐私政策，未注册的手机号将自动创建账号。"


def _framework_page(overlays: str) -> str:
    return ("<html><head><meta charset='utf-8'><title>我市启动冬季道路结冰应急预案</title></head>"
            "<body><div class='container'><h1>我市启动冬季道路结冰应急预案</h1>"
            "<div class='row'><div class='col-md-8'>" + "".join(f"<p>{p}</p>" for p in _NEWS)
            + f"</div></div></div>{overlays}</body></html>")


def test_a_frameworks_overlays_saved_closed_are_hidden() -> None:
    # a cookie notice in a toast a script shows after load, a dialog under a button
    overlays = (f"<div class='toast' role='alert'><div class='toast-body'>{_COOKIE}</div></div>"
                f"<div class='modal fade' id='m1' tabindex='-1'><div class='modal-dialog'>"
                f"<div class='modal-body'><p>{_DIALOG}</p></div></div></div>")
    doc = clean_html(_framework_page(overlays), id="t")
    assert doc.text.splitlines() == list(_NEWS)
    hidden = [r.text for r in doc.removals if r.rule == "hidden_element"]
    assert any("Cookie" in t for t in hidden)
    assert any("隐私政策" in t for t in hidden)


def test_an_overlay_saved_open_or_a_part_named_after_one_is_not_hidden() -> None:
    # open: the class a script adds (show) or its inline display; a box classed modal-body
    # or toast-header is a part, no overlay
    overlays = (f"<div class='toast show'><div class='toast-body'>{_COOKIE}</div></div>"
                f"<div class='modal' style='display:block'><p>{_DIALOG}</p></div>"
                f"<div class='modal-body'><p>{_NEWS[0]}</p></div>")
    doc = clean_html(_framework_page(overlays), id="t")
    assert not [r for r in doc.removals if r.rule == "hidden_element"]


_STORY = ("青岭小学坐落在山腰上，全校只有八十六名学生，今年九月组建了建校以来的第一支足球队。",
          "球队的教练是去年来校支教的体育老师，他带着孩子们把操场上的碎石一筐一筐捡干净。",
          "十一月中旬，这支球队第一次走出大山，参加了全县小学生足球联赛，拿到了第五名。")
_READS = (("乡村教师的二十年", "从二十岁到四十岁，她在村小教过的学生已经有人回到村里当了老师。"),
          ("一间教室改成的图书角", "旧教室刷上新漆，摆进五百本捐赠图书，成了孩子们课间最爱去的地方。"))


def _island_page(after_story: str) -> str:
    # an islands page (Astro): the story in a plain <div>, each component in a wrapper of
    # its own after it, with no words of the wrapper's own
    return ("<html><head><meta charset='utf-8'><title>山里小学的第一支足球队</title></head><body>"
            "<main><div class='wrap'><h1>山里小学的第一支足球队</h1>"
            "<div class='meta'>2025-11-29 10:00 来源：溪南晚报</div><div>"
            + "".join(f"<p>{p}</p>" for p in _STORY) + f"</div>{after_story}</div></main></body></html>")


def _reads(label: str = "推荐阅读") -> str:
    items = "".join(f"<li class='x1'><a href='/r/{i}/'>{h}</a><p class='x2'>{s}</p></li>"
                    for i, (h, s) in enumerate(_READS))
    return f"<astro-island uid='a1'><section class='r7'><h2>{label}</h2><ul>{items}</ul></section></astro-island>"


_COMMENTS = ("<astro-island uid='a2'><section class='comments'><h2>评论（1）</h2><div class='c'>"
             "<span>山风</span><p>看哭了，希望孩子们一直踢下去，明年再去看他们比赛。</p></div>"
             "</section></astro-island>")


def test_a_labelled_list_of_linked_headlines_over_summaries_after_the_story_goes() -> None:
    doc = clean_html(_island_page(_reads() + _COMMENTS), id="t")
    assert doc.text.splitlines() == list(_STORY)
    assert any(r.rule == "teaser_box" and "推荐阅读" in r.text for r in doc.removals)


def test_a_list_of_links_the_story_goes_on_after_stays() -> None:
    # a paragraph of the story after the list, in a wrapper of its own: the list is a part of it
    more = "<div><p>教练说，名次不重要，重要的是孩子们知道了山外面还有那么多爱踢球的同龄人。</p></div>"
    doc = clean_html(_island_page(_reads() + more), id="t")
    assert _READS[0][1] in doc.text
    assert not [r for r in doc.removals if r.rule == "teaser_box"]


def test_a_list_whose_links_stand_inside_sentences_stays() -> None:
    # an item whose words open before its link is a sentence with a link, no teaser
    items = "".join(f"<li>详见<a href='/r/{i}/'>{h}</a><p>{s}</p></li>"
                    for i, (h, s) in enumerate(_READS))
    doc = clean_html(_island_page(f"<section><h2>推荐阅读</h2><ul>{items}</ul></section>"), id="t")
    assert not [r for r in doc.removals if r.rule == "teaser_box"]



_CARDS = (("地铁三号线南延段开始试运行", "地铁三号线南延段5日起开始空载试运行，新增四座车站，预计明年一季度开通载客运营。"),
          ("城区新增三处便民停车场", "城区新建的三处便民停车场近日投入使用，共提供停车位六百余个，前两个小时免费停放。"),
          ("中小学寒假时间公布", "市教育局公布今年寒假安排，全市中小学将于一月下旬放假，春季学期二月中旬开学。"),
          ("市民公园新增夜间照明", "市民公园新增夜间照明设施二百余套，晚间散步的市民再也不用摸黑走路，开放时间也延长了。"))
_MORE_NEWS = ("市公安局交警支队提醒，雨雪天气驾车出行要提前查看路况，降低车速，与前车保持足够距离。",)


def _grid_page(body: str) -> str:
    # a grid row: the headline and the article's body in the wide column, a column of cards
    # (a linked headline and its summary each) beside it, more than half as long as the article
    cards = "".join(f"<div class='card mb-3'><div class='card-body'><h5 class='card-title'>"
                    f"<a href='/n/{i}.html'>{h}</a></h5><p class='card-text'>{s}</p></div></div>"
                    for i, (h, s) in enumerate(_CARDS))
    return ("<html><head><meta charset='utf-8'><title>我市启动冬季道路结冰应急预案-临川新闻网</title>"
            "</head><body><div class='container'><div class='row'><div class='col-md-8'>"
            "<h2>我市启动冬季道路结冰应急预案</h2><p class='small'>2025-12-06 07:45 来源：临川日报</p>"
            f"{body}</div><div class='col-md-4'>{cards}</div></div></div></body></html>")


def _paras(paras: tuple[str, ...]) -> str:
    return "".join(f"<p>{p}</p>" for p in paras)


def test_the_marked_body_under_the_headline_beats_a_column_of_card_summaries() -> None:
    doc = clean_html(_grid_page(f"<div class='article-text'>{_paras((*_NEWS, *_MORE_NEWS))}</div>"),
                     id="t")
    assert doc.text.splitlines() == [*_NEWS, *_MORE_NEWS]


def test_a_marked_lead_under_the_headline_leaves_the_paragraphs_after_it_read() -> None:
    # the box marked as the body holds only the lead; the story goes on under it, unmarked
    doc = clean_html(_grid_page(f"<div class='article-text'>{_paras(_NEWS[:1])}</div>"
                                f"{_paras((*_NEWS[1:], *_MORE_NEWS))}"), id="t")
    assert doc.text.splitlines()[:4] == [*_NEWS, *_MORE_NEWS]
