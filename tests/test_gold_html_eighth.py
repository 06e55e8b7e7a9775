"""The general defects the eighth batch of saved HTML pages (gold_html gh48-gh53) showed, each
pinned on an invented page shape with its counterexample."""

from __future__ import annotations

import html

import pytest

from cleaners import clean_html
from cleaners.html.decode import decode_html

_NAV = "<nav><a href='/'>首页</a><a href='/a/'>要闻</a><a href='/b/'>教育</a></nav>"
_FOOT = "<footer><p>某某网 版权所有 未经授权不得转载</p></footer>"
_PARAS = (
    "今年秋季学期开学以来，某某区各小学普遍开设了亲子共读课，每周由老师布置一篇共读材料。",
    "区教研室负责人介绍，共读材料以课内课文为主，配有家长指导要点，帮助家长在家里陪孩子读书。",
    "下一步，该区还将组织共读成果展示，邀请家长和孩子一起分享读书心得。",
)


def _page(body: str) -> str:
    return ("<html><head><meta charset='utf-8'><title>某某区小学开设亲子共读课_某某网</title></head>"
            f"<body>{_NAV}<div class='article'><h1>某某区小学开设亲子共读课</h1>"
            f"<div class='info'>2025-10-09 09:00 来源：某某日报</div>{body}</div>{_FOOT}</body></html>")


def _ruby(base: str, sounds: str) -> str:
    return "".join(f"<ruby>{c}<rp>(</rp><rt>{s}</rt><rp>)</rp></ruby>"
                   for c, s in zip(base, sounds.split(), strict=True))


def test_a_ruby_reads_as_its_base_characters() -> None:
    first = f"<p>{_PARAS[0]}池塘边的{_ruby('芦苇', 'lú wěi')}变黄了，小{_ruby('蝌蚪', 'kē dǒu')}长成了青蛙。</p>"
    doc = clean_html(_page(first + "".join(f"<p>{p}</p>" for p in _PARAS[1:])), id="t")
    assert "池塘边的芦苇变黄了，小蝌蚪长成了青蛙。" in doc.text
    assert "lú" not in doc.text
    assert "(" not in doc.text
    assert {r.text for r in doc.removals if r.rule == "ruby_annotation"} >= {"lú", "dǒu", "("}


def test_pinyin_written_in_the_sentence_stays() -> None:
    # no <ruby>: the page prints the pronunciation as part of its own sentence
    first = f"<p>{_PARAS[0]}课文里的“蝌蚪（kē dǒu）”一词，孩子们很快就读准了。</p>"
    doc = clean_html(_page(first + "".join(f"<p>{p}</p>" for p in _PARAS[1:])), id="t")
    assert "蝌蚪（kē dǒu）" in doc.text
    assert not [r for r in doc.removals if r.rule == "ruby_annotation"]


def _frame(inner: str, attrs: str = "width='100%' height='800'") -> str:
    document = f"<!DOCTYPE html><html><head><style>p{{text-indent:2em}}</style></head><body>{inner}</body></html>"
    return f"<iframe {attrs} srcdoc=\"{html.escape(document, quote=True)}\"></iframe>"


def test_the_document_in_an_iframe_srcdoc_is_read_where_the_frame_stands() -> None:
    doc = clean_html(_page(_frame("".join(f"<p>{p}</p>" for p in _PARAS))), id="t")
    lines = doc.text.splitlines()
    assert [line[:8] for line in lines] == [p[:8] for p in _PARAS]
    assert "text-indent" not in doc.text
    assert doc.dropped is None


def test_a_hidden_srcdoc_frame_stays_unshown_and_a_src_frame_adds_nothing() -> None:
    spam = "<p>点击进入某某娱乐城，注册即送体验金，每日返水无上限，欢迎各位玩家光临。</p>"
    body = ("".join(f"<p>{p}</p>" for p in _PARAS)
            + _frame(spam, "style='display:none'") + _frame(spam, "width='1' height='1'")
            + "<iframe src='/player.html' width='600' height='400'></iframe>")
    doc = clean_html(_page(body), id="t")
    assert "娱乐城" not in doc.text
    assert doc.text.startswith(_PARAS[0][:10])


def test_a_srcdoc_frame_of_a_few_words_stays_an_embed() -> None:
    # a page saver writes every frame as srcdoc: an ad's or a player's few words are no text
    ad = "<div class='x'><a href='/go'>限时特惠，立即抢购！</a></div>"
    player = "<div>视频加载中，请稍候。</div>"
    body = "".join(f"<p>{p}</p>" for p in _PARAS) + _frame(ad) + _frame(player)
    doc = clean_html(_page(body), id="t")
    assert "限时特惠" not in doc.text
    assert "视频加载中" not in doc.text
    assert "embed_element" in {r.rule for r in doc.removals}


def _header_page(under_headline: str) -> str:
    return ("<html><head><meta charset='utf-8'><title>某某区小学开设亲子共读课</title></head>"
            f"<body>{_NAV}<div class='item-page'><h2>某某区小学开设亲子共读课</h2>{under_headline}"
            "<div itemprop='articleBody'>" + "".join(f"<p>{p}</p>" for p in _PARAS)
            + f"</div></div>{_FOOT}</body></html>")


def test_a_print_and_email_icon_row_over_the_info_row_names_no_publisher() -> None:
    icons = ("<ul class='dropdown-menu'><li><a href='?print=1' rel='nofollow'>打印</a></li>"
             "<li><a href='/mailto/' rel='nofollow'>电邮</a></li></ul>")
    info = ("<dl class='article-info'><dt>详细内容</dt><dd>作者：某某某</dd><dd>分类：教育</dd>"
            "<dd><time datetime='2025-10-09T09:00'>发布时间：2025-10-09 09:00</time></dd></dl>")
    doc = clean_html(_header_page(icons + info), id="t")
    assert doc.meta.source_name is None
    assert doc.meta.authors == ("某某某",)
    assert doc.meta.date is not None
    assert doc.meta.date.startswith("2025-10-09")


def test_an_outlet_named_by_its_trade_over_the_date_row_is_the_publisher() -> None:
    # a name that starts with a tool's word is a name: only the bare word is a button
    doc = clean_html(_header_page("<div>打印机世界</div><div>2025-10-09 09:00</div>"), id="t")
    assert doc.meta.source_name == "打印机世界"


def _card(name: str) -> str:
    return (f"<div itemprop='author' itemscope itemtype='http://schema.org/Person'>"
            f"<meta itemprop='name' content='{name}'><a href='/people/x'>{name}</a>"
            "<div class='badge'>城市规划师</div><button>关注</button></div>")


def _column_page(header: str, after: str = "") -> str:
    return ("<html><head><meta charset='utf-8'><title>某某区小学开设亲子共读课 - 某某专栏</title></head>"
            f"<body>{_NAV}<article><header><h1>某某区小学开设亲子共读课</h1>{header}</header>"
            "<div class='RichText'>" + "".join(f"<p>{p}</p>" for p in _PARAS) + "</div>"
            f"<div class='time'>发布于 2025-10-12 21:47</div></article>{after}{_FOOT}</body></html>")


def test_a_lone_person_item_stated_as_author_is_the_author() -> None:
    doc = clean_html(_column_page(_card("秦某某")), id="t")
    assert doc.meta.authors == ("秦某某",)


def test_person_items_of_a_comment_list_name_no_author() -> None:
    comments = "<div class='comments'>" + "".join(
        f"<div class='item'>{_card(n)}<p>说得很有道理，我们小区也在做。</p></div>"
        for n in ("老街坊", "小鱼干")) + "</div>"
    doc = clean_html(_column_page("", comments), id="t")
    assert "老街坊" not in doc.meta.authors
    assert "小鱼干" not in doc.meta.authors


def _xhtml(encoding: str, text: str, head: str = "") -> str:
    return (f'<?xml version="1.0" encoding="{encoding}"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 '
            'Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns='
            f'"http://www.w3.org/1999/xhtml"><head>{head}<title>t</title></head><body><p>{text}</p></body></html>')


# text another legacy encoding writes in bytes GB18030 also reads (as other characters)
_LEGACY = [("euc-kr", "서울시는 올해 공공 자전거 대여소를 늘렸다."),
           ("shift_jis", "今年の秋から、市内の小学校で親子読書の授業が始まりました。")]


@pytest.mark.parametrize(("encoding", "text"), _LEGACY)
def test_an_xml_declaration_names_the_encoding_of_a_page_with_no_meta_charset(
        encoding: str, text: str) -> None:
    decoded = decode_html(_xhtml(encoding, text).encode(encoding))
    assert text in decoded.text
    assert decoded.source == "xml"


def test_a_meta_charset_and_utf8_bytes_beat_the_xml_declaration() -> None:
    text = "今年秋季学期开学以来，某某区各小学普遍开设了亲子共读课。"
    mislabelled = decode_html(_xhtml("gb2312", text).encode("utf-8"))
    assert (mislabelled.encoding, mislabelled.source) == ("utf-8", "strict")
    meta = decode_html(_xhtml("euc-kr", text, "<meta charset='gb2312'/>").encode("gb18030"))
    assert (meta.encoding, meta.source) == ("gb18030", "meta")
    # a declaration quoted in the body, not the page's first bytes, declares nothing
    quoted = decode_html(f"<html><body><p>{text}</p><pre>&lt;?xml encoding='euc-kr'?&gt;</pre>"
                         "<?xml version='1.0' encoding='euc-kr'?></body></html>".encode("gb18030"))
    assert quoted.encoding == "gb18030"
    assert quoted.source != "xml"


_GIFT = "<p>恭喜您获得本站新人专享大礼包，点击领取一百元无门槛优惠券，限时三天有效哦。</p>"


@pytest.mark.parametrize(("dialog", "rule"), [
    (f"<dialog>{_GIFT}</dialog>", "hidden_element"),
    (f"<dialog open>{_GIFT}<button>接受</button></dialog>", "dialog_element"),
    (f"<div role='dialog' aria-modal='true'>{_GIFT}<a href='/gift'>立即领取</a></div>", "dialog_element"),
])
def test_a_dialog_in_the_article_box_is_no_article_text(dialog: str, rule: str) -> None:
    doc = clean_html(_page("".join(f"<p>{p}</p>" for p in _PARAS) + dialog), id="t")
    assert "大礼包" not in doc.text
    assert rule in {r.rule for r in doc.removals if "大礼包" in r.text}


def test_the_article_shown_in_an_open_dialog_is_read() -> None:
    # a list page saved with a story open in its modal: the dialog holds the page's article
    story = ("<dialog open><h1>某某区小学开设亲子共读课</h1><div>2025-10-09 来源：某某日报</div>"
             + "".join(f"<p>{p}</p>" for p in _PARAS) + "</dialog>")
    page = ("<html><head><title>某某区小学开设亲子共读课</title></head><body>" + _NAV
            + "<ul><li><a href='/1'>某某区举办秋季运动会</a></li><li><a href='/2'>某某区新建三所幼儿园</a></li></ul>"
            + story + _FOOT + "</body></html>")
    doc = clean_html(page, id="t")
    assert doc.text.startswith(_PARAS[0][:10])
    assert _PARAS[2][:10] in doc.text
