"""A seventeenth set of shapes, markup the fixtures had not yet: a page that carries its article
twice, a desktop copy and a mobile one, the page's <style> hiding one of them and an @media
block swapping them on phones; a statistics bulletin (统计公报) whose data tables are printed a
row a line; a live blog (图文直播) whose entries each print their time and the host's name; a
Q&A page whose first answer is long and the next one folded (no time, 阅读全文); a server-rendered
Vue page (data-v-* attributes, the article again in window.__INITIAL_STATE__) whose header row
runs a byline into a view count; a page its scripts render whole, the body an empty mount point
and the article only in the framework's state (window.__INITIAL_STATE__ = {…}); a WeChat post
laid out by an editor (135editor) in nested <section>s, a follow badge over it."""

from __future__ import annotations

import json

import pytest

from cleaners import clean_html
from cleaners.chrome.blocks import figure_rows
from cleaners.html.dom import parse_html
from cleaners.html.metadata import _date_and_names
from cleaners.html.prune import (
    _FOLLOW_FOR_MORE,
    _desktop_display,
    _item_fields,
    hidden_elements,
)
from cleaners.html.state import state_article
from cleaners.html.text import block_lines
from cleaners.html.thread import forum_thread

from .test_html_page_shapes import PAGES, check_page


@pytest.mark.parametrize(("name", "meta", "lines"), [
    # a Tailwind page: its mobile-only box (md:hidden) repeated the lead over the article,
    # and 来源：某某日报 ran into the next box's 记者 某某 (the publisher 某某日报记者, no author);
    # the desktop-only crumbs (hidden md:block) and the side list go as chrome all the same
    ("tailwind_responsive_copies",
     {"title": "石梁河水库完成除险加固 新增库容八百万立方米", "date": "2024-10-21T09:40:00",
      "source_name": "清川日报", "authors": ("祁远帆",)},
     ["经过两年施工，石梁河水库除险加固工程日前通过竣工验收。工程完成后", "石梁河水库建于", "“这次加固",
      "据了解"]),
    # .wap-only{display:none}, and @media (max-width:768px){.pc-only{display:none}}: the rule
    # in the @media block was read as a plain one, both copies were hidden, and the article
    # was found inside the hidden mobile copy: the text came twice, the second copy with its
    # headline and date row
    ("desktop_mobile_copies",
     {"title": "溪岚镇启动农村生活污水治理三年行动", "date": "2024-10-15T09:30:00",
      "source_name": "溪岚镇生态环境办", "authors": ()},
     ["10月14日", "根据行动方案", "会议要求", "镇生态环境办负责人"]),
    # the second table's rows (粮食 19.7 2.3) went as a menu above the article: the bulletin's
    # last sections outweighed its first, so the text before them read as the page's head
    ("stats_bulletin_tables",
     {"title": "茗川县2023年国民经济和社会发展统计公报", "date": "2024-03-28T16:00:00",
      "source_name": "茗川县统计局", "authors": ()},
     ["茗川县统计局", "2023年，面对", "一、综合", "初步核算", "表1", "指标 绝对数", "地区生产总值 286.4",
      "第一产业 41.2", "第二产业 118.7", "第三产业 126.5", "年末全县", "二、农业", "全年粮食", "表2",
      "产品名称", "粮食 19.7 2.3", "油料 2.1 -1.4", "茶叶 1.26 8.4", "水果 6.8 4.9", "三、工业",
      "全年规模以上", "四、人民生活", "全年全体居民", "注：", "1.本公报", "2.地区生产总值", "3.部分数据"]),
    # the status before the date row (直播已结束) was taken for the publisher, the labelled
    # one run into the next box's field (来源：某某融媒参与人数：12.6万); 主持人：某某 under every
    # entry stayed, a line each; the entries' times stay, the comments and the live list go;
    # the credits row under the entries (记者：某某 某某 编辑：某某), in a box classed like
    # chrome, names the reporters (as tv_station_video's does)
    ("live_text_timestamps",
     {"title": "图文直播｜2024云屏山马拉松今日开跑", "date": "2024-11-17T07:00:00",
      "source_name": "云屏融媒", "authors": ("伍思远", "钱朵")},
     ["【导语】", "07:05", "市民广场", "07:30", "发令枪响", "08:12", "在十公里处", "09:03", "半程马拉松",
      "10:18", "全程马拉松男子组", "10:52", "全程马拉松女子组", "13:30", "关门时间到"]),
    # the container found was the first answer's own text, and the next answer, folded
    # with no posting time, was no thread's reply: its words stayed, and so did the
    # answerer's badge (某某话题下的优秀答主) and the stamp (编辑于 … · IP 属地…); the question's
    # words were missing and the answerer named no author
    ("qa_zhihu_like_answer",
     {"title": "为什么冬天家里的绿萝总是黄叶？", "date": "2024-12-08T21:14:00",
      "source_name": None, "authors": ("暮青",)},
     ["家里的绿萝夏天", "养了八年绿萝", "第一，浇水太勤", "第二，温度太低", "第三，光照不足", "另外"]),
    # 通讯员 某某 and 阅读 3521 in boxes of their own ran together (施晓岚阅读 3521): the
    # correspondent was no author; the caption, 责任编辑, the share bar, the statement, 相关
    # 阅读, the comments, the ranking and the state script go
    ("vue_ssr_initial_state",
     {"title": "青禾湾大桥主塔封顶 预计明年通车", "date": "2024-11-26T18:42:00",
      "source_name": "澜城日报", "authors": ("柏如川", "施晓岚")},
     ["11月26日上午", "青禾湾大桥全长", "“主塔采用", "据了解"]),
    # <div id="app"></div> and the article in the state's content: the page was dropped
    # with no text at all
    ("csr_state_only",
     {"title": "槐安市首条跨河步行桥开放", "date": "2024-11-30T16:08:00",
      "source_name": "槐安发布", "authors": ("戚岚",)},
     ["11月30日上午", "玉带桥全长", "“以前去对岸", "据市住建局"]),
    # the badge over the post (关注某某消防 了解更多安全知识) stayed as its first line; the
    # numbers in circles (01, 02) go, the subheadings beside them stay; the credits, the
    # share prompt and the platform's buttons go
    ("wechat_135_sections",
     {"title": "这份冬季用电安全指南，请收好！", "date": "2024-12-02T17:30:00"},
     ["入冬以来", "为此", "选购合格的取暖设备", "购买电暖器", "不要私拉乱接电线", "电动自行车",
      "人走断电养成好习惯", "外出或睡觉前", "一旦发生"]),
])
def test_seventeenth_pages(name: str, meta: dict[str, object], lines: list[str]) -> None:
    check_page(name, meta, lines)


@pytest.mark.parametrize(("name", "meta", "lines"), [
    # a Next.js page rendered on the server (its article also in __NEXT_DATA__), each
    # paragraph a <div class="para">, the caption in a <figcaption>
    ("next_data_div_para",
     {"title": "沙洲岛候鸟监测站迎来今冬首批白鹤", "date": "2024-11-09T14:25:00",
      "authors": ("裴映雪",)},
     ["11月8日清晨", "“它们飞了", "近年来", "监测站站长"]),
    # content_1 and content_2 with an ad box between them: both halves, the subheadings too
    ("split_content_siblings",
     {"title": "枫桥县“共享农机”让秋收更省心", "date": "2024-10-08T10:12:00",
      "source_name": "枫桥在线", "authors": ("滕雨桐",)},
     ["眼下正是", "“以前要", "一部手机约农机", "今年以来", "县农业农村局", "机手收入也增加了", "对机手来说",
      "鲁明远表示"]),
    # one <p> holding the whole article, <br><br> between its paragraphs, in a table layout
    ("single_p_br_article",
     {"title": "鹤鸣社区老年食堂开张 老人吃上“暖心饭”", "date": "2024-09-20"},
     ["9月19日中午", "“饭菜软烂", "据介绍", "社区党委书记"]),
    # a print-friendly page: <title> 打印本页, the headline in a bold cell, 打印本页/关闭窗口
    # above and below
    ("print_friendly_page",
     {"title": "市市场监管局开展秋季校园食品安全专项检查", "date": "2024-09-12"},
     ["为保障广大师生", "检查组重点", "此次检查", "下一步"]),
    # the headline only in <title> (site and channel after it), the <h1> the site's logo
    ("title_in_title_logo_h1",
     {"title": "临江古镇入选省级历史文化名镇", "date": "2024-06-03T09:18:00",
      "source_name": "江屿网", "authors": ("阮清和",)},
     ["近日", "临江古镇始建于", "近年来", "当地文旅部门"]),
    # footnote marks in the text, the notes and the references under it: the article's own;
    # 责任编辑, the share bar and the side list go
    ("footnotes_references",
     {"title": "乡村振兴中的“新农人”：一项基于三县调查的研究", "date": "2024-04-22T08:00:00",
      "authors": ("司马文渊", "包若溪")},
     ["内容提要：", "一、问题的提出", "近年来", "已有研究", "二、调查发现", "课题组", "在社会支持方面",
      "三、结论与建议", "本文认为", "注释：", "[1] 新农人", "[2] 相关讨论", "[3] 数据来源", "参考文献：",
      "[1] 黎明川", "[2] 邝志远", "[3] 苗一禾", "（作者单位："]),
    # a press conference's transcript, each speaker's name in bold before the words
    ("press_conference_transcript",
     {"title": "“潮安市优化营商环境十条措施”新闻发布会",
      "source_name": "潮安市人民政府新闻办公室"},
     ["地点：", "主持人：", "阚晓宇：各位记者朋友", "韦明哲：各位媒体朋友", "在企业开办方面", "阚晓宇：谢谢",
      "潮安日报记者：", "蔺书瑶：", "潮安广播电视台记者：", "韦明哲：我们将", "阚晓宇：今天的"]),
    # a blog's note with a long thread of replies (回应) under it: the note alone; the
    # writer's pen name beside the date and IP属地 was taken for the publisher
    ("douban_note_comments",
     {"title": "在雾港老街住了一个月", "date": "2024-05-12T22:47:31", "source_name": None,
      "authors": ("棠月",)},
     ["今年春天", "小屋在二楼", "老街不长", "我最喜欢", "住满一个月"]),
])
def test_seventeenth_pages_cleaned_right(name: str, meta: dict[str, object],
                                         lines: list[str]) -> None:
    check_page(name, meta, lines)


def test_a_ministry_policy_keeps_its_articles_and_its_signature() -> None:
    """A ministry's notice (TRS): the notice, its signature and date, then the rules it issues,
    chapter and 第X条 a line; the information table above it and the related files go.
    (The spam score tags this page, its subject repeated in every article: not pinned.)"""
    doc = clean_html((PAGES / "ministry_trs_policy.html").read_bytes(), id="ministry")
    assert (doc.meta.title, doc.meta.date, doc.meta.source_name) == (
        "某某部关于印发《农村公路养护管理办法》的通知", "2024-07-19T10:00:00", "某某部办公厅")
    lines = doc.text.split("\n")
    assert [ln.split()[0] for ln in lines] == [
        "各省、自治区、直辖市交通运输厅（局、委）：", "现将《农村公路养护管理办法》印发给你们，请结合实际认真贯彻执行。",
        "某某部", "2024年7月15日", "农村公路养护管理办法", "第一章", "第一条", "第二条", "第三条",
        "第二章", "第四条", "第五条", "第三章", "第六条", "第七条"]


def _hidden(html: str) -> list[str]:
    root = parse_html(html)
    assert root is not None
    return sorted(el.get("class") or "" for el in hidden_elements(root))


@pytest.mark.parametrize(("style", "hidden"), [
    # a rule inside an at-rule block a desktop screen does not meet: not read
    ("@media screen and (max-width:768px){.pc{display:none}.m{display:block}}", []),
    ("@media print{.m{display:none}}", []),
    ("@media (orientation:portrait){.m{display:none}}", []),
    ("@supports (display:grid){.pc{display:none}}", []),
    # one a desktop meets: read (a mirror wrapping its hiding rule in @media screen)
    ("@media screen{.m{display:none}}", ["m"]),
    ("@media only screen and (min-width: 48em){.m{display:none}}", ["m"]),
    ("@media print, screen{@media (min-width:992px){.m{display:none}}}", ["m"]),
    # plain rules around one are read as before
    (".m{display:none}@media (max-width:768px){.pc{display:none}}", ["m"]),
    ("@import url(a.css);.m{display:none}", ["m"]),
    ("@charset \"utf-8\";@media print{.pc{display:none}}.m{visibility:hidden}", ["m"]),
])
def test_style_rules_in_at_rule_blocks_hide_what_a_desktop_hides(style: str, hidden: list[str]) -> None:
    page = (f"<html><head><style>{style}</style></head><body><div class='pc'><p>正文</p></div>"
            "<div class='m'><p>正文</p></div></body></html>")
    assert _hidden(page) == hidden


def test_the_article_is_not_found_inside_a_hidden_copy() -> None:
    para = "".join(f"<p>第{i}段，该镇召开农村污水治理动员会，部署管网建设和设施改造工作，确保按期完成。</p>"
                   for i in range(4))
    page = ("<html><head><style>.m{display:none}</style></head><body>"
            f"<div class='pc'><h2>标题</h2>{para}</div>"
            f"<div class='m'><div class='m-content'><h2>标题</h2>{para}<p>手机版独有的一段话，不应出现在正文里。</p>"
            "</div></div></body></html>")
    doc = clean_html(page, id="t")
    assert "手机版独有" not in doc.text
    assert doc.text.count("第0段") == 1


@pytest.mark.parametrize(("lines", "rows"), [
    (["产品名称 产量 增长", "粮食 19.7 2.3", "油料 2.1 -1.4", "茶叶 1.26 8.4%"], [1, 2, 3]),
    # one row alone is no table; a menu's items hold no figures; a date is no figure; a
    # profile's counts hold one figure each
    (["回答 12", "文章 8"], []),
    (["粮食 19.7 2.3", "首页 新闻 体育"], []),
    (["首页 新闻 体育", "财经 科技 汽车"], []),
    (["通知公告 2024-05-01", "工作动态 2024-05-02"], []),
    (["2023 19.7", "2024 20.1"], []),
])
def test_figure_rows(lines: list[str], rows: list[int]) -> None:
    assert sorted(figure_rows(lines)) == rows


@pytest.mark.parametrize(("line", "source"), [
    ("直播已结束 2024-11-17 07:00 来源：某某融媒参与人数：12.6万", "某某融媒"),
    ("2024-05-01 来源：某某日报浏览次数：33", "某某日报"),
    ("2024-05-01 10:00 来源：某某县融媒体中心", "某某县融媒体中心"),
    # a name that merely ends like a field is kept whole
    ("2024-05-01 来源：某某时间周刊", "某某时间周刊"),
])
def test_a_glued_source_label_names_the_publisher(line: str, source: str) -> None:
    found = _date_and_names(line)
    assert found is not None
    assert found[1] == source


_ENTRY = ("<li><div class='t'>{t}</div><div class='c'><p>{p}</p></div>"
          "<div class='h'>{host}</div></li>")
_SAY = ["市民广场起点区已经热闹起来，跑者们按照号码布分区检录。", "发令枪响！选手们从市民广场出发，沿滨江大道向东跑去。",
        "半程马拉松男子组率先冲线，本市选手以一小时零八分的成绩夺冠。", "全程马拉松冠军产生，选手第一个冲过终点，刷新赛事纪录。"]


def _live(host: str, times: tuple[str, ...] = ("07:05", "07:30", "09:03", "10:18")) -> str:
    items = "".join(_ENTRY.format(t=t, p=p, host=host) for t, p in zip(times, _SAY, strict=True))
    return ("<html><body><h1>某某马拉松图文直播</h1><div class='live'><p>【导语】今天上午，某某马拉松鸣枪"
            f"起跑，两万名跑者参赛，本网全程图文直播。</p><ul>{items}</ul></div></body></html>")


def test_a_field_every_entry_prints_goes_and_the_times_stay() -> None:
    lines = clean_html(_live("主持人：某某融媒"), id="t").text.split("\n")
    assert "主持人：某某融媒" not in lines
    assert [ln for ln in lines if ln[:2].isdigit()] == ["07:05", "07:30", "09:03", "10:18"]


def _fields(html: str) -> list[str]:
    root = parse_html(html)
    assert root is not None
    main = root.find(".//div")
    assert main is not None
    return sorted(" ".join(el.text_content().split()) for el in _item_fields(main))


def test_a_label_over_each_entry_and_a_refrain_are_no_fields() -> None:
    assert _fields(_live("主持人：某某融媒")) == ["主持人：某某融媒"] * 4
    # a colon ends a transcript's speaker over the words: a label, no field
    assert _fields(_live("主持人：")) == []
    # a refrain printed in one container, no list's items
    refrain = "".join(f"<p>{p}</p><p>我们的家乡</p>" for p in _SAY)
    assert _fields(f"<html><body><div class='text'>{refrain}</div></body></html>") == []
    # a data table's column: each row prints its unit
    rows = "".join(f"<tr><td>指标{i}</td><td>亿元</td><td>{i}.5</td></tr>"
                   for i in range(4))
    assert _fields(f"<html><body><div><table>{rows}</table></div></body></html>") == []
    # a list of names built of <div>s: every row's values, no sentence in any
    people = "".join(f"<li><div>某{i}某</div><div>男</div><div>本科</div></li>" for i in range(5))
    assert _fields(f"<html><body><div><ul>{people}</ul></div></body></html>") == []


def _answer(name: str, stamp: str, words: str) -> str:
    return (f"<div class='item'><div class='AuthorInfo'><a>{name}</a></div>"
            f"<div class='votes'>赞同 {len(words)}</div><div class='text'>{words}</div>{stamp}</div>")


@pytest.mark.parametrize("second_stamp", [
    "<span>发布于 2024-12-09 08:00</span>",
    # a folded answer prints no time: its votes make it an answer all the same
    "",
])
def test_a_folded_answer_is_a_reply(second_stamp: str) -> None:
    page = ("<html><body><div class='list'>"
            + _answer("甲某", "<span>编辑于 2024-12-08 21:14</span>", "养了八年绿萝，说说我的经验。")
            + _answer("乙某", second_stamp, "我的也是，后来换了个透气的盆就好了")
            + "</div></body></html>")
    root = parse_html(page)
    assert root is not None
    found = forum_thread(root)
    assert found is not None
    assert found.author == "甲某"
    assert len(found.replies) == 1


def test_posts_with_floors_still_need_every_reply_time() -> None:
    posts = "".join(f"<div class='post'><span>{n}楼</span><p>某某内容第{n}条。</p></div>"
                    for n in (1, 2))
    root = parse_html(f"<html><body><div class='t'>{posts}</div></body></html>")
    assert root is not None
    assert forum_thread(root) is None


@pytest.mark.parametrize(("row", "line"), [
    ("<span>2024-11-26 18:42</span><span>记者 某某</span><span>阅读 3521</span>",
     "2024-11-26 18:42 记者 某某 阅读 3521"),
    ("<span>来源：某某融媒</span><span>参与人数：12.6万</span>", "来源：某某融媒 参与人数：12.6万"),
    ("<span>2024-05-01</span><span>来源：某某</span><span>浏览量：88</span>",
     "2024-05-01 来源：某某 浏览量：88"),
    ("<span>2024-10-21 09:40</span><span>来源：某某日报</span><span>记者 某某</span>",
     "2024-10-21 09:40 来源：某某日报 记者 某某"),
    # a sentence split over elements reads on as one
    ("<span>本文阅读</span><span>人数众多，</span><span>阅读3次。</span>", "本文阅读人数众多，阅读3次。"),
])
def test_a_counter_after_a_name_in_a_field_row_is_spaced(row: str, line: str) -> None:
    root = parse_html(f"<html><body><div>{row}</div></body></html>")
    assert root is not None
    assert block_lines(root) == [line]


_STATE_BODY = ("<p>第一段，该市首条跨河步行桥今天正式开放，不少市民一早就赶来打卡，桥上人来人往十分热闹。</p>"
               "<p>第二段，步行桥全长三百二十米，连接老城区和滨河公园，只供行人和非机动车通行，夜间有灯光照明。</p>"
               "<p>第三段，据介绍，步行桥将与两岸绿道连成一体，形成环河慢行系统。</p>")


def _state_page(script: str, shown: str = "") -> str:
    return f"<html><head><title>某某</title></head><body><div id='app'>{shown}</div>{script}</body></html>"


def test_the_state_of_a_page_its_scripts_render_holds_its_article() -> None:
    data = json.dumps({"props": {"pageProps": {"post": {
        "headline": "某某桥开放", "publishedAt": "2024-11-30 16:08", "author": "某某",
        "html": _STATE_BODY, "related": [{"title": "别的文章"}]}}}})
    root = parse_html(_state_page(f"<script id='__NEXT_DATA__' type='application/json'>{data}"
                                  "</script>"))
    assert root is not None
    found = state_article(root)
    assert found is not None
    assert (found.title, found.date, found.author) == ("某某桥开放", "2024-11-30T16:08:00", "某某")
    assert found.body == _STATE_BODY


@pytest.mark.parametrize(("script", "shown"), [
    # a page that prints its article in its markup, the state holding it again
    (f"<script>window.__STATE__={json.dumps({'c': _STATE_BODY})};</script>", _STATE_BODY),
    # or printing more than half as much text of its own: the state may be another's
    (f"<script>window.__STATE__={json.dumps({'c': _STATE_BODY})};</script>",
     "<p>这是服务器端渲染的正文，页面上已经有文字了，读者看到的就是它，状态里的文字不必再读。</p>" * 2),
    # a state with no paragraphs of HTML
    ("<script>window.__STATE__={\"c\": \"一句话\"};</script>", ""),
    # a script of code, no state
    ("<script>var a = 1; function f() { return '<p>'; }</script>", ""),
])
def test_no_state_article(script: str, shown: str) -> None:
    root = parse_html(_state_page(script, shown))
    assert root is not None
    assert state_article(root) is None


@pytest.mark.parametrize(("text", "prompt"), [
    ("关注某某消防 了解更多安全知识", True),
    ("点击关注某某发布，获取更多资讯", True),
    ("欢迎关注某某日报 查看更多精彩内容！", True),
    # a sentence of the text, or a heading that merely names 关注
    ("关注老年人的身心健康，了解他们的需求是关键。", False),
    ("关注民生 服务群众", False),
])
def test_a_follow_badge_names_what_more_it_brings(text: str, prompt: bool) -> None:
    assert (_FOLLOW_FOR_MORE.fullmatch(text) is not None) == prompt


@pytest.mark.parametrize(("line", "source", "authors"), [
    ("某月 2024-05-12 22:47:31 IP属地: 福建", None, ("某月",)),
    ("一颗柚子 2024-05-12 10:00 IP属地北京", None, ("一颗柚子",)),
    # an outlet's account on a platform publishes
    ("某某新闻 2024-05-12 22:47 IP属地：上海", "某某新闻", ()),
    ("某某报 2024-06-12 10:00 · IP属地北京", "某某报", ()),
    # no IP属地: the name beside the date is the publisher, as before
    ("某月 2024-05-12 22:47:31", "某月", ()),
])
def test_a_pen_name_beside_where_it_was_posted_from_writes(
        line: str, source: str | None, authors: tuple[str, ...]) -> None:
    found = _date_and_names(line)
    assert found is not None
    assert found[1:] == (source, authors)


@pytest.mark.parametrize(("classes", "shown"), [
    # Tailwind and Bootstrap: the widest width set decides what a desktop shows
    ("hidden md:block", True), ("md:hidden", False), ("flex lg:hidden", False),
    ("d-none d-lg-block", True), ("d-md-none", False),
    # Bootstrap 3: hidden at a desktop's width, or visible on phones only
    ("hidden-lg", False), ("visible-xs", False), ("visible-xs visible-sm", False),
    ("hidden-xs", True), ("visible-md visible-lg", True),
    # nothing said by width: a plain "hidden" is read as before
    ("hidden", None), ("d-none", None), ("block", None), ("col-md-8", None), ("d-flex", None),
])
def test_display_classes_by_screen_width(classes: str, shown: bool | None) -> None:
    assert _desktop_display(classes.split()) is shown
