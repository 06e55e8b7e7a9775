"""Pages whose class and id names say nothing (bench/perturb_html.py's hashed: CSS-modules and
Tailwind-style builds write ``class="_1f0c02"``): what a name told before, the page's structure
or its own text tells now."""

from __future__ import annotations

import pytest

from cleaners import clean_html
from cleaners.chrome.blocks import _subscribe_heading
from cleaners.html.dom import parse_html
from cleaners.html.prune import hidden_elements, tab_panels, unrevealed_article

_BODY = ("<section><span>每天上午十点，山腰上这所小学里，总有几个孩子准时跑到操场边的百叶箱前读温度计，"
         "再把数字工工整整地抄进记录本。</span></section>"
         "<section><span>这座小小气象站是去年秋天建起来的，科学老师和同事们商量后，"
         "在县气象局的帮助下添置了百叶箱、雨量筒和风向标。</span></section>"
         "<section><span>半年下来，孩子们攒下了厚厚三本观测记录，学校打算把观测数据做成图表，"
         "在期末的展示课上讲给家长们听。</span></section>")


def _page(head: str, style: str = "visibility: hidden;") -> str:
    return ("<html><head><meta charset='utf-8'><title>山里娃的小小气象站</title></head>"
            f"<body><div class='_9d67e9'><div class='_7642ab'>{head}"
            "<div class='_354926'><span class='_93cc7f'>青禾教育观察</span>"
            "<em class='_05fa2e'>2025年3月12日 18:30</em></div>"
            f"<div class='_1f0c02' style='{style}'>{_BODY}</div>"
            "<div class='_7f9751'>阅读 2863</div></div></div></body></html>")


def test_a_hidden_article_under_its_headline_is_read() -> None:
    """The article a script reveals, hidden as saved under a hashed class, right under the
    page's <h1> and its byline: the article, with no name saying so."""
    html_text = _page("<h1 class='_96ca6f'>山里娃的小小气象站</h1>")
    root = parse_html(html_text)
    assert root is not None
    assert [el.get("class") for el in unrevealed_article(hidden_elements(root))] == ["_1f0c02"]
    doc = clean_html(html_text, id="t")
    assert "在期末的展示课上讲给家长们听。" in doc.text


def test_a_hidden_block_with_no_headline_over_it_stays_hidden() -> None:
    """Counterexample: the same prose hidden with no headline opening it (a hidden copy or a
    block a page keeps from its readers) stays hidden."""
    html_text = _page("<div class='_96ca6f'>山里娃的小小气象站</div>")
    root = parse_html(html_text)
    assert root is not None
    assert not unrevealed_article(hidden_elements(root))


def test_a_hidden_spam_block_under_a_headline_stays_hidden() -> None:
    """Counterexample: a hidden block under the headline that sells (a planted spam block)
    stays hidden though it is long prose."""
    spam = ("<p>澳门新葡京娱乐城官网，真人百家乐在线开户，注册即送彩金，"
            "体育投注、时时彩、六合彩应有尽有，欢迎各位玩家登录体验，日赚千元不是梦。</p>") * 3
    html_text = _page("<h1>山里娃的小小气象站</h1>").replace(_BODY, spam)
    root = parse_html(html_text)
    assert root is not None
    assert not unrevealed_article(hidden_elements(root))


_ARTICLE = ("<p>受强冷空气影响，本周我市最低气温将降至零下六摄氏度，部分路段可能出现道路结冰。"
            "市交通运输局6日发布消息，即日起启动冬季道路结冰应急预案。</p>"
            "<p>按照预案，全市共储备融雪剂两千四百吨、防滑料五千立方米，在城区桥梁、匝道等十八处"
            "易结冰路段设立了固定撒布点，抢险队伍实行二十四小时值守。</p>"
            "<p>市民如发现道路结冰、树木倒伏等影响通行的情况，可拨打交通服务热线反映，"
            "相关部门将及时处置。</p>")
_CARDS = "".join(
    f"<div class='_c1'><h5><a href='/n/{i}.html'>{head}</a></h5><p>{summary}</p></div>"
    for i, (head, summary) in enumerate([
        ("地铁三号线南延段开始试运行", "地铁三号线南延段5日起开始空载试运行，新增四座车站。"),
        ("城区新增三处便民停车场", "城区新建的三处便民停车场近日投入使用，共提供停车位六百余个。"),
        ("中小学寒假时间公布", "全市中小学将于一月下旬放假，春季学期二月中旬开学。")]))


def _grid(side: str) -> str:
    return ("<html><head><meta charset='utf-8'><title>我市启动冬季道路结冰应急预案_某某新闻网</title>"
            "</head><body><div class='_a1'><div class='_r2'><div class='_c8'>"
            "<h2>我市启动冬季道路结冰应急预案</h2><p>2025-12-06 07:45 来源：某某日报</p>"
            f"<div class='_t3'>{_ARTICLE}</div></div><div class='_c4'>{side}</div></div></div>"
            "</body></html>")


def test_a_column_of_cards_beside_the_headline_column_goes() -> None:
    """A grid row: the column holding the headline and the body, beside a column of cards
    (a linked headline and its summary each). The cards' summaries are sentences, but no
    class name says they are a sidebar; the linked headlines do."""
    doc = clean_html(_grid(_CARDS), id="t")
    assert "相关部门将及时处置。" in doc.text
    assert "新增四座车站" not in doc.text


def test_a_column_of_prose_beside_the_headline_column_stays() -> None:
    """Counterexample: the column beside holds prose with no linked headlines (the article's
    own notes or its rest laid out in a second column): it stays."""
    notes = ("<p>道路结冰时，行人外出应穿防滑鞋，尽量避开桥梁和背阴路段，老人和孩子出行要有人陪同。</p>"
             "<p>驾车出行前要检查轮胎和刹车，车内备好防滑链和铁锹，遇到结冰路段要低速通过，"
             "不要在桥面上停车，也不要急打方向。</p>")
    doc = clean_html(_grid(notes), id="t")
    assert "相关部门将及时处置。" in doc.text
    assert "老人和孩子出行要有人陪同。" in doc.text


_PANELS = [("新生儿在县内医疗机构出生，父母一方户籍在本县，且出生医学证明尚未签发的，均可申请联办。"),
           ("申请时需提供父母双方身份证、户口簿原件；委托他人代办的，还需提供委托书和代办人身份证。"),
           ("群众既可以到政务服务中心窗口现场办理，也可以在线申请，办结后的证照统一邮寄到家。")]


def _tabs(role: str = " role='tabpanel'") -> str:
    panels = "".join(f"<div class='_162a8e{' _ed2b5c' if i == 0 else ''}'{role}><p>{text}</p></div>"
                     for i, text in enumerate(_PANELS))
    return ("<html><head><meta charset='utf-8'><style>._162a8e{display:none}"
            "._162a8e._ed2b5c{display:block}</style></head><body><div class='_d1'>"
            f"<p>为方便群众了解办理要求，中心对办理条件、所需材料和办理渠道进行了梳理：</p>"
            f"<div class='_b2'>{panels}</div></div></body></html>")


def test_hidden_tab_panels_beside_the_shown_one_by_one_class_word_more() -> None:
    """The shown panel carries the hidden ones' hashed class and one word more (the word a
    script adds to the current tab, whatever the build named it): the hidden panels are the
    article's, as under on/active."""
    root = parse_html(_tabs())
    assert root is not None
    assert len(tab_panels(hidden_elements(root))) == 2


def test_hidden_blocks_with_no_tabs_and_no_panel_role_stay_hidden() -> None:
    """Counterexample: the same blocks with no row of tabs before them and no tabpanel role
    are no tab box: the hidden ones stay hidden."""
    root = parse_html(_tabs(role=""))
    assert root is not None
    assert not tab_panels(hidden_elements(root))


_STORY = ("<p>青岭小学坐落在海拔一千二百米的山腰上，全校只有八十六名学生。今年九月，学校组建了"
          "建校以来的第一支足球队，十四名队员全部来自三到六年级。</p>"
          "<p>十一月中旬，这支球队第一次走出大山，参加了全县小学生足球联赛，最后拿到了第五名。"
          "教练说，名次不重要，重要的是孩子们知道了山外面还有那么多爱踢球的同龄人。</p>")
_TEASERS = ("<section class='_4tq8vz'><h2 class='_4tq8vz'>推荐阅读</h2><ul class='_4tq8vz'>"
            "<li><a href='/people/1/'>乡村教师的二十年</a><p>从二十岁到四十岁，她在村小教过的学生已经有人"
            "回到村里当了老师。</p></li><li><a href='/edu/2/'>一间教室改成的图书角</a><p>旧教室刷上新漆，"
            "摆进五百本捐赠图书，孩子们课间最爱去的地方变成了图书角。</p></li></ul></section>")


def _story(after: str) -> str:
    return ("<html><head><meta charset='utf-8'><title>山里小学的第一支足球队</title></head><body>"
            f"<main><div class='_x1'><h1>山里小学的第一支足球队</h1><div class='_x2'>{_STORY}</div>"
            f"{_TEASERS}{after}</div></main></body></html>")


def test_teasers_before_a_comment_area_under_its_own_heading_go() -> None:
    """Linked headlines with their summaries under 推荐阅读, then the readers' comments under
    their own heading (评论（2）): the comment area is no paragraph of the article, so the
    teaser box closes it and goes, with no class name saying either."""
    comments = ("<section class='_h7n2e5'><h2 class='_h7n2e5'>评论（2）</h2><div class='_h7n2e5'>"
                "<span>山风</span><p>看哭了，希望孩子们一直踢下去，明年再来看你们的比赛。</p></div>"
                "<div class='_h7n2e5'><span>老球迷</span><p>第五名已经很了不起了，明年冲前三！</p></div>"
                "</section>")
    doc = clean_html(_story(comments), id="t")
    assert "同龄人。" in doc.text
    assert "回到村里当了老师" not in doc.text


def test_teasers_before_a_section_of_the_article_stay() -> None:
    """Counterexample: a section of prose after the teasers whose heading only starts like a
    comment's (评论员手记) is the article's: the teasers are no closing box and stay."""
    section = ("<section class='_k9'><h2>评论员手记</h2><p>在山里办一支足球队并不容易，场地、装备和教练"
               "都要从头想办法，可孩子们的笑声说明这一切都值得。</p></section>")
    doc = clean_html(_story(section), id="t")
    assert "这一切都值得。" in doc.text
    assert "回到村里当了老师" in doc.text


_COMMENTS = ("<div class='_m7Gd2'><div class='_8Ls1x'>评论 (2)</div><div>登录后可以发表评论，"
             "<a href='/login'>立即登录</a></div><div><span>钱晓晨</span><span>09-19 10:12</span>"
             "<p>留样时间是不是改成七十二小时了？麻烦再核实一下。</p></div></div>")


def _doc(after_body: str) -> str:
    return ("<html><head><meta charset='utf-8'><title>山里小学的第一支足球队</title></head><body>"
            f"<div class='_o1'><div class='_o2'><h1>山里小学的第一支足球队</h1>"
            f"<div class='_x2'>{_STORY}</div></div>{after_body}</div></body></html>")


def test_a_comment_area_under_its_own_heading_goes() -> None:
    """The readers' comments under their heading (评论 (2)) beside the article, every class
    hashed: the box goes as comments."""
    doc = clean_html(_doc(_COMMENTS), id="t")
    assert "同龄人。" in doc.text
    assert "七十二小时" not in doc.text
    assert any(r.rule == "comment_section" for r in doc.removals)


def test_a_section_headed_like_a_comment_column_stays() -> None:
    """Counterexample: a section whose heading only starts like a comment area's (评论员手记)
    keeps its prose."""
    section = ("<div class='_k9'><h2>评论员手记</h2><p>在山里办一支足球队并不容易，场地、装备和教练"
               "都要从头想办法，可孩子们的笑声说明这一切都值得。</p></div>")
    doc = clean_html(_doc(section), id="t")
    assert "这一切都值得。" in doc.text
    assert not any(r.rule == "comment_section" for r in doc.removals)


def test_a_widget_reading_weighs_as_a_label() -> None:
    """A short run whose only mark is a field's colon (相对湿度：92%) is a widget's reading, no
    prose: find_main weighs it as a label, while a sentence with a colon stays prose."""
    from cleaners.html.dom import subtree_stats

    root = parse_html("<html><body><ul><li>相对湿度：92%</li><li>风向风力：东南风2级</li></ul>"
                      "<p>他说：雨还要下三天。</p><p>防御指南：切断危险电源，暂停户外作业</p>"
                      "<p>2026-11-27 15:12</p></body></html>")
    assert root is not None
    stats = subtree_stats(root)
    ul, first, second, clock = root.find(".//ul"), *root.iter("p")
    assert stats[ul].readings == stats[ul].chars
    assert not stats[first].readings  # counterexample: a sentence
    assert not stats[second].readings  # counterexample: a clause after a label
    assert not stats[clock].readings  # a clock's colon is no label's


_WEATHER_SIDE = ("<div class='_f5a68a'><div class='_1a'>实况天气</div><div>澄江市</div><div>26℃</div>"
                 "<ul class='_bf3d18'><li>相对湿度：92%</li><li>风向风力：东南风2级</li>"
                 "<li>1小时降水：12.6毫米</li><li>更新时间：10:00</li></ul></div>"
                 "<div class='_241c78'>未来三天预报</div><ul><li>6月19日　大雨转中雨　24～29℃</li>"
                 "<li>6月20日　中雨转阴　25～31℃</li></ul>")


def test_a_weather_widget_beside_a_short_notice_is_not_its_container() -> None:
    """A short notice beside a weather widget, no class names saying side or article: the
    widget's field readings are no prose, so the notice's own box is the container."""
    html_text = ("<html><head><meta charset='utf-8'><title>县气象台发布暴雨黄色预警信号</title></head>"
                 f"<body><div class='_12'><div class='_34'>{_WEATHER_SIDE}</div><div class='_56'>"
                 "<h1>县气象台发布暴雨黄色预警信号</h1><div class='_78'>"
                 "<p>县气象台6月18日10时发布暴雨黄色预警信号：预计未来六小时内，城区和北部乡镇将出现"
                 "五十毫米以上降水，请注意防范。</p><p>防御指南：</p>"
                 "<p>1.政府及相关部门按照职责做好防暴雨工作；</p>"
                 "<p>2.切断低洼地带有危险的室外电源，暂停户外作业。</p></div></div></div>"
                 "<div class='_9a'><p>主办单位：县气象局　地址：县城气象路9号　联系电话：0877-6012121</p>"
                 "</div></body></html>")
    doc = clean_html(html_text, id="t")
    assert "暂停户外作业。" in doc.text
    assert "相对湿度" not in doc.text
    assert "未来三天预报" not in doc.text


# --- a photo set told in boxes (图片新闻): its captions are its text -----------------------------

_SLIDES = ("清晨，成群的水鸟在湖边浅滩觅食，湖面泛起层层涟漪。",
           "从高空俯瞰，环湖步道与湖岸线相互映衬，不少市民在平台上拍照。",
           "管护人员在湖心岛巡查，记录水鸟种类和数量，今年已记录四十余种。")
_SET_LEAD = "入冬以来，湖区湿地迎来大批越冬水鸟，湖面碧波荡漾。"


def _photo_page(lead: str, slides: tuple[str, ...] = _SLIDES) -> str:
    boxes = "".join(f"<div class='_a{i}'><img src='/p/{i}.jpg' alt=''><p class='_c{i}'>{text}</p>"
                    "</div>" for i, text in enumerate(slides))
    return ("<html><head><meta charset='utf-8'><title>冬日湖区</title></head><body>"
            f"<div class='_9d67e9'><h1>冬日湖区</h1>{lead}<div class='_4b1e'>{boxes}</div>"
            "</div></body></html>")


def test_a_photo_set_s_boxed_captions_are_its_text_whatever_the_class() -> None:
    """Three pictures, each boxed with its own sentence, under a one-line lead shorter than
    they are together: the set's story, kept though no class names a caption."""
    doc = clean_html(_photo_page(f"<p>{_SET_LEAD}</p>"), id="t")
    for text in _SLIDES:
        assert text in doc.text


def test_boxed_captions_beside_an_article_s_own_prose_still_go() -> None:
    """Counterexample: the same boxed pictures in an article with paragraphs of its own
    (a captioned picture inside a long article): the captions go."""
    prose = "".join(f"<p>{line}</p>" for line in (
        "湖区管理部门介绍，近年来当地持续推进退田还湖，湿地面积扩大到三千多亩，水质逐年改善。",
        "为保护越冬水鸟，管理部门在湖区设置了观鸟平台和警示标识，并安排专人每日巡护。",
        "下一步，当地还将建设湿地科普馆，让更多市民了解湿地保护知识。"))
    doc = clean_html(_photo_page(f"<p>{_SET_LEAD}</p>{prose}"), id="t")
    assert "今年已记录四十余种" not in doc.text
    assert "下一步，当地还将建设湿地科普馆" in doc.text


def test_two_boxed_captions_are_not_a_photo_set() -> None:
    """Counterexample: two boxed pictures only, no set: their captions go."""
    doc = clean_html(_photo_page(f"<p>{_SET_LEAD}</p>", _SLIDES[:2]), id="t")
    assert "不少市民在平台上拍照" not in doc.text


# --- a forum signature boxed by its style (签名档) ----------------------------------------------

_POST = ("上个月带父母自驾去了一趟海边，主要是想让老人看一次海上日出，来回三天，开了一千多公里。",
         "住宿选在离观日点步行十分钟的民宿，提前半个月订的，老板还借给我们手电和外套。")
_SIGN_STYLE = "max-height:100px;maxHeightIE:100px;"


def _floor(user: str, badge: str, when: str, words: str, extra: str = "") -> str:
    return (f"<div class='_f1'><table><tr><td class='_u2'>{user}</td>"
            f"<td class='_r3'><div class='_h4'><span>{badge}</span>"
            f"<span>发表于: {when}</span></div><div class='_c5'>{words}</div>"
            f"{extra}</td></tr></table></div>")


def test_a_height_capped_box_under_the_opening_post_is_its_signature() -> None:
    """A thread's opening post with a box whose style caps its height for old IE as forum
    templates write a signature (maxHeightIE): the signature goes, whatever its class."""
    sign = f"<div class='_s6' style='{_SIGN_STYLE}'>走过的路都算数。——游记合集请点我主页</div>"
    page = ("<html><head><meta charset='utf-8'><title>带父母看日出 - 某某社区</title></head><body>"
            "<div class='_m0'><h1>带父母看日出</h1>"
            + _floor("溪边钓叟", "楼主", "2025-11-12 21:33", "<br><br>".join(_POST), sign)
            + _floor("海风吹过", "沙发", "2025-11-12 22:05", "写得真好，支持一下！")
            + _floor("半山腰", "板凳", "2025-11-13 08:47", "我们也打算带老人去。")
            + "</div></body></html>")
    doc = clean_html(page, id="t")
    assert doc.text.splitlines() == list(_POST)
    assert [r.rule for r in doc.removals if "走过的路" in r.text] == ["forum_signature"]


def test_a_height_capped_box_outside_a_thread_stays() -> None:
    """Counterexample: an article's own box styled so (no forum thread) is the article's."""
    page = ("<html><head><meta charset='utf-8'><title>带父母看日出</title></head><body>"
            f"<div class='_m0'><h1>带父母看日出</h1><p>{_POST[0]}</p>"
            f"<div class='_b1' style='{_SIGN_STYLE}'>{_POST[1]}</div></div></body></html>")
    doc = clean_html(page, id="t")
    assert _POST[1] in doc.text


# --- a subscribe box's heading over the pitch the chrome took (订阅某某小站) -------------------

def test_a_subscribe_heading_over_the_box_s_pitch_goes() -> None:
    """A blog's subscribe box under the post, no class naming it: the form goes as a form, the
    pitch by its words, and the heading calling to subscribe to the blog right over it."""
    body = "".join(f"<p>{line}</p>" for line in _POST)
    page = ("<html><head><meta charset='utf-8'><title>带父母看日出</title></head><body><main>"
            f"<article class='_a1'><h1>带父母看日出</h1><section class='_b2'>{body}</section>"
            "<section class='_c3'><h3 class='_d4'>订阅某某小站</h3>"
            "<p class='_e5'>新文章第一时间发送到你的邮箱，随时可以退订。</p>"
            "<form><input placeholder='email'><button>订阅</button></form></section>"
            "</article></main></body></html>")
    doc = clean_html(page, id="t")
    assert doc.text.splitlines() == list(_POST)


@pytest.mark.parametrize(("bare", "boxed", "found"), [
    (["正文一句。", "订阅某某小站", "", "正文"], {2}, [1]),
    (["正文一句。", "立即订阅某某周刊", "新文章发到邮箱", ""], {2}, [1]),
    # counterexamples: the same words over the text's own line, or a sentence about subscribing
    (["订阅某某小站", "正文一句。"], set(), []),
    (["订阅报纸的人越来越少了。", ""], {1}, []),
])
def test_subscribe_heading(bare: list[str], boxed: set[int], found: list[int]) -> None:
    assert _subscribe_heading(bare, boxed) == found


def test_an_article_s_sections_each_with_a_captioned_picture_keep_captions_out() -> None:
    """Counterexample: an article in sections, each a paragraph over a captioned picture (three
    pictures, no prose outside the sections): the sections are no slides, the captions go."""
    parts = "".join(f"<div class='_p{i}'><p>{text}</p><p><img src='/p/{i}.jpg'></p>"
                    f"<p>第{i + 1}张航拍照片。</p></div>" for i, text in enumerate(_SLIDES))
    page = ("<html><head><meta charset='utf-8'><title>冬日湖区</title></head><body>"
            f"<div class='_9d67e9'><h1>冬日湖区</h1>{parts}</div></body></html>")
    doc = clean_html(page, id="t")
    assert "航拍照片" not in doc.text
    for text in _SLIDES:
        assert text in doc.text
