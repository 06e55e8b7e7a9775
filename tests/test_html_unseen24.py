"""The general shapes the batch of invented HTML pages gh148-gh153 showed (a Nuxt 3 city paper,
a FrontPage county page in GB2312 under a Latin-1 meta, a party-building site with <div>
paragraphs, a study app's h5 share page, an AMP page, a page with a video, a gallery and a 延伸
阅读 box), each with what must match and what must not. Names are invented."""

from __future__ import annotations

import pytest

from cleaners import clean_html, clean_text
from cleaners.chrome.blocks import RELATED_MARKER
from cleaners.html.decode import decode_html
from cleaners.html.jsvalue import unflattened
from cleaners.meta import parse_date_row, parse_meta_line

_PARA = ("今冬明春，全县计划维修山塘一百二十六口、清淤渠道四十五公里、更换机埠水泵三十八台，"
         "总投资一千六百余万元，维修养护项目由各乡镇组织实施。")
_PARA2 = "县水利局有关负责人表示，将组织技术人员分片包干，深入各乡镇开展巡回检查，发现问题及时督促整改。"
_TRADITIONAL = "為切實做好冬季森林防火工作，某某鎮組織有關部門對轄區重點林區開展檢查。香港特別行政區政府今日宣佈新措施。"


def _page(head: str, body: str) -> str:
    return f"<html><head>{head}<title>Page</title></head><body>{body}</body></html>"


@pytest.mark.parametrize("label", ["iso-8859-1", "windows-1252", "ISO-8859-1", "us-ascii"])
@pytest.mark.parametrize("where", ["meta", "header"])
def test_gb_bytes_under_a_latin_label_read_as_gb(label: str, where: str) -> None:
    # an old editor's (FrontPage: charset=iso-8859-1) or a server's default over a GB2312 page:
    # windows-1252 decodes every byte, as mojibake (禾丰县 -> ºÌ·áÏØ)
    head = f'<meta http-equiv="Content-Type" content="text/html; charset={label}">'
    data = _page(head if where == "meta" else "", f"<p>{_PARA}</p><p>{_PARA2}</p>").encode("gb2312")
    got = decode_html(data, header_charset=label if where == "header" else None)
    assert (got.encoding, got.source) == ("gb18030", "strict")
    assert _PARA in got.text
    assert _PARA2 in got.text


def test_big5_bytes_under_a_latin_label_read_as_big5() -> None:
    data = _page('<meta charset="iso-8859-1">', f"<p>{_TRADITIONAL * 2}</p>").encode("big5")
    got = decode_html(data)
    assert got.encoding == "big5hkscs"
    assert got.text.count(_TRADITIONAL) == 2


@pytest.mark.parametrize("text", [
    # Western text: an accented letter before a space or a stop is no GB pair at all
    "Le café est ouvert à partir de huit heures. Les élèves étudient le français à l'école.",
    "Für die Straße wählen Sie bitte die Größe aus. Schöne Grüße aus München.",
    "A informação está disponível na página de ajuda. Atenção: não há reembolso.",
    # pairs that are valid GB but no everyday text (trail bytes under 0xA1): ÀÁÂÃ Äb Åc …
    "Àb Ác Âd Ãe Äf Åg Æh Çi Èj Ék Êl Ëm Ìn Ío Îp Ïq Ðr Ñs Òt Óu Ôv Õw Öx ×y Øz Ùa Úb Ûc Üd",
])
def test_western_text_under_a_latin_label_stays_latin(text: str) -> None:
    data = _page('<meta charset="iso-8859-1">', f"<p>{text}</p>").encode("cp1252")
    got = decode_html(data)
    assert got.encoding == "cp1252"
    assert text in got.text


def test_a_few_chinese_looking_pairs_do_not_outvote_the_label() -> None:
    # under twenty characters of Chinese: too little to overrule what the page declares
    data = _page('<meta charset="iso-8859-1">', "<p>某某县</p><p>Hello world.</p>").encode("gb2312")
    assert decode_html(data).encoding == "cp1252"


def test_a_frontpage_county_page_under_a_latin_meta_cleans_as_chinese() -> None:
    body = ('<table><tr><td><font size="4" color="#CC0000"><b>我县启动冬春季小型农田水利设施维修养护'
            '</b></font></td></tr><tr><td><font size="2">发布时间：2025年11月20日&nbsp;&nbsp;来源：县水利局'
            '</font></td></tr></table><table><tr><td><font size="3">&nbsp;&nbsp;&nbsp;&nbsp;'
            f'{_PARA}</font></td></tr><tr><td><font size="3">&nbsp;&nbsp;&nbsp;&nbsp;{_PARA2}'
            '</font></td></tr></table>')
    data = _page('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',
                 body).encode("gb2312")
    doc = clean_html(data)
    assert doc.text.split("\n") == [_PARA, _PARA2]
    assert (doc.meta.date, doc.meta.source_name) == ("2025-11-20", "县水利局")


@pytest.mark.parametrize(("line", "marker"), [
    ("相关信息：", True),
    ("相关信息", True),
    ("【相关信息】", True),
    # a sentence or a notice's own part about the information
    ("相关信息显示，该项目已完成投资八成。", False),
    ("该网页已停止更新，相关信息请以官方发布为准。", False),
    ("三、相关信息", False),
])
def test_a_government_page_s_related_information_box(line: str, marker: bool) -> None:
    assert (RELATED_MARKER.match(line) is not None) is marker


def test_a_related_information_box_under_a_county_article_goes() -> None:
    page = ["您现在的位置：首页 >> 政务动态 >> 部门动态", "我县启动冬春季小型农田水利设施维修养护",
            "发布时间：2025年11月20日    来源：县水利局", _PARA, _PARA2, "相关信息：",
            "·县水利局开展汛后水库安全检查 (2025-11-05)", "·我县完成二十座病险山塘除险加固 (2025-10-28)"]
    doc = clean_text("\n".join(page), id="xiangguan")
    assert doc.text.split("\n") == [_PARA, _PARA2]


_SHARE_BODY = (
    "天还没亮，市第二人民医院内科主任医师某某已经背着药箱坐上了进山的班车。三个多小时后，车子停在海拔"
    "一千二百多米的某某村村口，早已等候在村卫生室门前的村民围了上来。",
    "这是他第一百零九次来某某村义诊。九年前，他随医院医疗队到这里巡诊，发现村里高血压、糖尿病患者不少，"
    "很多老人常年不测血压、不按时吃药。从那以后，他每月抽出两个周末进山。",
)


def _share_page(headline_tag: str, info: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in _SHARE_BODY)
    return (
        '<html><head><meta charset="utf-8"><title>某某学习</title></head><body>'
        '<div class="open-app-bar"><p class="oab-name">某某学习</p>'
        '<p class="oab-slogan">打开某某学习APP，查看更多精彩内容</p><a href="x://d">打开</a></div>'
        f'<div class="detail-wrap"><{headline_tag} class="detail-title">高山村里的“候鸟医生”：每月进山两次'
        f'</{headline_tag}>{info}<div class="detail-content">{paras}</div></div></body></html>')


_INFO_ROW = ('<div class="detail-info"><span><span class="label">来源：</span><span>某某日报</span></span>'
             '<span><span class="label">作者：</span><span>聂某某</span></span><span>2025-11-30</span></div>')


@pytest.mark.parametrize("tag", ["div", "h1"])
def test_a_share_page_titled_by_its_app_takes_the_headline_over_its_date_row(tag: str) -> None:
    # <title> the app's name, printed again in the open-app bar: the headline is the <h1>, or
    # with no <h1> the line right over the 来源/作者/date row
    doc = clean_html(_share_page(tag, _INFO_ROW))
    assert doc.meta.title == "高山村里的“候鸟医生”：每月进山两次"
    assert (doc.meta.date, doc.meta.source_name, doc.meta.authors) == (
        "2025-11-30", "某某日报", ("聂某某",))
    assert doc.text.split("\n") == list(_SHARE_BODY)


def test_a_share_page_with_no_date_row_keeps_its_app_name_for_a_title() -> None:
    # nothing under the name reads as a headline over a date row: no line is guessed
    doc = clean_html(_share_page("div", ""))
    assert doc.meta.title == "某某学习"


_AMP_BODY = ("11月24日，随着最后一段主管网完成保温层施工，城西片区集中供热管网改造工程全面完工，"
             "片区内两万三千余户居民将用上更稳定的暖气。",
             "市城市管理局有关负责人表示，供暖期间将开通二十四小时服务热线，对居民反映的问题及时上门处理。")


def test_an_amp_page_s_cookie_banner_saved_as_text_goes() -> None:
    page = ["本站使用Cookie以改善您的浏览体验。继续浏览即表示您同意我们使用Cookie。", "我知道了   关闭",
            "城西片区集中供热管网改造完工", "作者：岑某某 2025-11-25 09:12 来源：某某新闻网", *_AMP_BODY]
    doc = clean_text("\n".join(page), id="amp")
    assert doc.text.split("\n") == list(_AMP_BODY)
    assert (doc.meta.title, doc.meta.date) == ("城西片区集中供热管网改造完工", "2025-11-25T09:12:00")


def test_news_about_cookies_stays() -> None:
    news = ("工信部通报多款App违规使用Cookie收集用户信息，要求相关企业在十五个工作日内完成整改，"
            "逾期未整改的将依法依规处置。")
    doc = clean_text("\n".join(["某某App违规收集信息被通报", "2025-11-25 来源：某某新闻网", news,
                                *_AMP_BODY]), id="cookie_news")
    assert news in doc.text.split("\n")


def test_a_gallery_s_glued_pager_row_goes() -> None:
    page = ["千年古渡迎来新客", "2025-11-29 08:20:31 来源：某某日报", _AMP_BODY[0],
            "夜航船停靠在古渡码头。", "上一张1/3下一张", _AMP_BODY[1]]
    doc = clean_text("\n".join(page), id="gallery")
    assert "上一张1/3下一张" not in doc.text
    assert doc.text.split("\n")[0] == _AMP_BODY[0]
    assert doc.text.split("\n")[-1] == _AMP_BODY[1]


@pytest.mark.parametrize(("row", "source", "authors"), [
    # a share template's row saved as text, its spans glued: the date to the last name, the
    # view count to the minutes
    ("某某晚报记者 施某某 通讯员 马某某2025-11-27 07:501.6万", "某某晚报", ("施某某", "马某某")),
    ("某某晚报 记者 施某某 通讯员 马某某 2025-11-27 07:50 1.6万", "某某晚报", ("施某某", "马某某")),
    ("某某晚报记者 施某某2025-11-27 07:50", "某某晚报", ("施某某",)),
    ("某某日报 2025-11-27 07:50 12万", "某某日报", ()),
])
def test_a_date_row_glued_to_its_byline_and_view_count(
        row: str, source: str, authors: tuple[str, ...]) -> None:
    found = parse_date_row(row)
    assert found is not None
    assert (found.date, found.source_name, found.authors) == ("2025-11-27T07:50:00", source, authors)


@pytest.mark.parametrize("line", [
    # a sentence with a date in it, a bare name glued to a date, a count that is no view count
    "今年以来共收到2025-11-27",
    "施某某2025-11-27",
    "某某日报 2025-11-27 07:50 共3万人",
])
def test_no_date_row_is_read_into_a_sentence_or_a_bare_name(line: str) -> None:
    assert parse_date_row(line) is None


def test_a_city_paper_s_glued_byline_row_saved_as_text() -> None:
    page = ["老码头“变身”滨江文化街区", "某某晚报记者 施某某 通讯员 马某某2025-11-27 07:501.6万",
            "听新闻00:00 / 03:12", *_AMP_BODY]
    doc = clean_text("\n".join(page), id="glued_row")
    assert doc.text.split("\n") == list(_AMP_BODY)
    assert (doc.meta.date, doc.meta.source_name, doc.meta.authors) == (
        "2025-11-27T07:50:00", "某某晚报", ("施某某", "马某某"))


# --- Nuxt 3's payload, flattened by devalue ------------------------------------------------------

@pytest.mark.parametrize(("payload", "value"), [
    # the root at 0, an object as its keys with their values' indexes
    ([{"title": 1, "tags": 2}, "标题", [3, 4], "甲", "乙"], {"title": "标题", "tags": ["甲", "乙"]}),
    # a framework's wrapper of its index, a Date, a Set, a Map, undefined (-1)
    ([["ShallowReactive", 1], {"data": 2, "when": 3, "seen": 4, "by": 5, "gone": -1},
      ["Reactive", 6], ["Date", "2025-11-27T07:50:12.000Z"], ["Set", 7], ["Map", 7, 8], {"a": 8},
      "键", 1],
     {"data": {"a": 1}, "when": "2025-11-27T07:50:12.000Z", "seen": ["键"], "by": {"键": 1},
      "gone": None}),
])
def test_a_devalue_payload_is_rebuilt(payload: list[object], value: object) -> None:
    assert unflattened(payload) == value


def test_a_devalue_payload_s_circular_reference_is_rebuilt_once() -> None:
    # a child naming its parent: the parent is the same object, not a copy
    got = unflattened([{"child": 1, "name": 2}, {"parent": 0}, "某某"])
    assert isinstance(got, dict)
    assert got["name"] == "某某"
    assert got["child"]["parent"] is got


@pytest.mark.parametrize("value", [
    # plain JSON arrays: numbers, strings, objects of strings, an index out of range
    [1, 2, 3], ["甲", "乙"], [{"title": "标题"}, {"title": "标题二"}], [{"count": 5}, 3],
    [{"flag": True}, 1], {"title": 1},
])
def test_plain_json_is_no_devalue_payload(value: object) -> None:
    assert unflattened(value) is None


_NUXT3_BODY = ("11月26日，记者来到沅江北岸的老码头，只见锈迹斑斑的龙门吊被刷上了新漆，几座老仓库的红砖外墙修葺一新，"
               "沿江步道上不少市民正在散步拍照。",
               "据市城市更新中心介绍，街区开放后将实行免费参观。下一步，老码头还将与上游的滨江公园连通，"
               "形成一条长约六公里的滨江慢行带。")


def _nuxt3_page(content: str) -> str:
    html = "".join(f"\\u003Cp\\u003E{p}\\u003C/p\\u003E" for p in _NUXT3_BODY)
    article = '{"id":5,"title":6,"source":7,"author":8,"publishTime":9,"content":10}'
    payload = (f'[["ShallowReactive",1],{{"data":2}},["ShallowReactive",3],{{"article-1":4}},'
               f'{article},88431,"老码头“变身”滨江文化街区","某某晚报","记者 施某某 通讯员 马某某",'
               f'"2025-11-27 07:50:12","{html}"]')
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>某某晚报</title></head><body>'
            '<div id="__nuxt"><div data-v-5e0a2c1b class="layout"><nav data-v-8f13d4a7>'
            '<a href="/">首页</a><a href="/ms">民生</a></nav><article data-v-2b7c90e1>'
            '<h1 data-v-2b7c90e1>老码头“变身”滨江文化街区</h1>'
            f'<div data-v-2b7c90e1 class="article-content">{content}</div></article></div></div>'
            '<script type="application/json" data-nuxt-data="nuxt-app" data-ssr="true" '
            f'id="__NUXT_DATA__">{payload}</script></body></html>')


def test_a_nuxt3_page_whose_body_is_a_skeleton_reads_the_article_from_its_payload() -> None:
    skeleton = '<div class="skeleton skeleton-line"></div><div class="skeleton skeleton-line"></div>'
    doc = clean_html(_nuxt3_page(skeleton))
    assert doc.text.split("\n") == list(_NUXT3_BODY)
    assert (doc.meta.title, doc.meta.date, doc.meta.source_name, doc.meta.authors) == (
        "老码头“变身”滨江文化街区", "2025-11-27T07:50:12", "某某晚报", ("施某某", "马某某"))


def test_a_nuxt3_page_printed_on_the_server_is_read_once() -> None:
    printed = "".join(f"<p>{p}</p>" for p in _NUXT3_BODY)
    doc = clean_html(_nuxt3_page(printed))
    assert doc.text.split("\n") == list(_NUXT3_BODY)


# --- an information table's label cells and value cells -----------------------------------------

_PARTY_BODY = ("今年以来，某某省深入实施村党组织书记“书记领航”工程，围绕选、育、管、用四个环节持续发力，"
               "全省村级带头人队伍整体素质明显提升。",
               "省委组织部有关负责同志表示，下一步将持续加强村级带头人队伍建设，为推进乡村全面振兴提供坚强组织保证。")


def _info_table_page(cells: str) -> str:
    paras = "".join(f'<div style="text-indent:2em;">{p}</div>' for p in _PARTY_BODY)
    return ('<html><head><meta charset="utf-8"><title>某某：“书记领航”工程锻造村级带头人队伍 - 某某先锋网'
            '</title></head><body><div class="nav"><a href="/">首页</a><a href="/jcdj/">基层党建</a></div>'
            '<div class="article"><div class="arttitle">某某：“书记领航”工程锻造村级带头人队伍</div>'
            f'<table class="artinfo"><tr>{cells}</tr></table><div class="artcontent">{paras}</div>'
            '</div></body></html>')


_TOOLS_ROW = ('<td>字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></td></tr>'
              '<tr><td>浏览次数：</td><td>2093</td><td><a href="#">打印</a> <a href="#">关闭</a></td>')


@pytest.mark.parametrize(("cells", "source", "authors"), [
    # each label in a cell of its own, its value in the next, a row of tools after them
    ('<td>来源：</td><td>某某日报</td><td>作者：</td><td>柯某某</td><td>发布时间：</td>'
     f'<td>2025-11-21 16:08</td>{_TOOLS_ROW}', "某某日报", ("柯某某",)),
    ('<td>信息来源</td><td>某某省委组织部</td><td>发布日期</td><td>2025-11-21 16:08</td>'
     f'{_TOOLS_ROW}', "某某省委组织部", ()),
    ('<td>文章来源：</td><td>某某日报</td><td>撰稿：</td><td>记者 柯某某 通讯员 温某某</td>'
     f'<td>发布时间：</td><td>2025-11-21 16:08</td>{_TOOLS_ROW}', "某某日报", ("柯某某", "温某某")),
    # label and value in one cell, as before
    ('<td>来源：某某日报</td><td>作者：柯某某</td><td>发布时间：2025-11-21 16:08</td>'
     f'{_TOOLS_ROW}', "某某日报", ("柯某某",)),
])
def test_a_party_site_s_info_table_under_its_title(
        cells: str, source: str, authors: tuple[str, ...]) -> None:
    doc = clean_html(_info_table_page(cells))
    assert doc.text.split("\n") == list(_PARTY_BODY)
    assert (doc.meta.date, doc.meta.source_name, doc.meta.authors) == (
        "2025-11-21T16:08:00", source, authors)


@pytest.mark.parametrize("cells", [
    # the 来源 field left empty: the next field's label is no publisher (it read 发布)
    '<td>来源：</td><td></td><td>发布时间：</td><td>2025-11-21 16:08</td>',
    '<td>来源：</td><td>发布时间：2025-11-21 16:08</td><td>浏览次数：2093</td>',
    # the cell after the label holds another label, or a sentence: no name
    '<td>来源：</td><td>作者：</td><td>发布时间：</td><td>2025-11-21 16:08</td>',
])
def test_an_empty_publisher_field_gives_no_publisher(cells: str) -> None:
    doc = clean_html(_info_table_page(cells + _TOOLS_ROW))
    assert doc.meta.source_name is None
    assert doc.meta.date == "2025-11-21T16:08:00"


# --- a share template's labels in elements of their own, with no colon -------------------------

@pytest.mark.parametrize(("row", "source", "authors"), [
    ("来源某某日报 作者聂某某 2025-11-30", "某某日报", ("聂某某",)),
    ("来源 某某日报 作者 聂某某 2025-11-30", "某某日报", ("聂某某",)),
    ("2025-11-30 来源某某日报", "某某日报", ()),
])
def test_a_row_of_colonless_labels_reads_as_fields(
        row: str, source: str, authors: tuple[str, ...]) -> None:
    found = parse_meta_line(row)
    assert found is not None
    assert (found.date, found.source_name, found.authors) == ("2025-11-30", source, authors)


@pytest.mark.parametrize("line", [
    # a sentence's 来源于 / 来源是, a bio's heading, a label with no value: no field
    "来源于网络 2025-11-30", "来源是一份报告 2025-11-30", "作者简介 2025-11-30", "来源 2025-11-30",
])
def test_no_colonless_field_is_read_into_a_word(line: str) -> None:
    found = parse_meta_line(line)
    assert found is None or (found.source_name, found.authors) == (None, ())


def test_a_share_page_s_colonless_label_spans() -> None:
    info = ('<div class="detail-info"><span><span class="label">来源</span><span>某某日报</span></span>\n'
            '<span><span class="label">作者</span><span>聂某某</span></span>\n<span>2025-11-30</span></div>')
    doc = clean_html(_share_page("div", info))
    assert (doc.meta.date, doc.meta.source_name, doc.meta.authors) == (
        "2025-11-30", "某某日报", ("聂某某",))
    assert doc.text.split("\n") == list(_SHARE_BODY)
    text = clean_text("\n".join(["高山村里的“候鸟医生”：每月进山两次", "来源某某日报 作者聂某某 2025-11-30",
                                 *_SHARE_BODY]), id="share_text")
    assert (text.meta.source_name, text.meta.authors) == ("某某日报", ("聂某某",))
    assert text.text.split("\n") == list(_SHARE_BODY)
