"""HTML spam bench: clean articles in news-page HTML with spam planted the way mirrors and
parasite (寄生虫) pages plant it, each kind measured through ``clean_html``.

Articles are ``bench/spam_inject.py``'s (our paragraphs and the gold texts, seeded RNG); the
headlines, site names, brands and phrases are ours (``bench/spam_kinds.py``'s lists). Every
article is wrapped in a portal page (nav, breadcrumb, info row, footer) and cleaned once as the
baseline. Each kind then plants spam into a copy and cleans it; the output is compared with
the baseline as character bags (letters and digits, NFKC): what the spammed output holds beyond
it is spam left, what it lacks is the article's own text lost. A page dropped where it should
not be counts as wrongly dropped; the parasite kind must be dropped (or emptied).

Every kind has a decoy: the same page and the same technique holding no spam (a hidden mobile
menu of the site's own sections, a white heading on a dark banner, the site's own friend links,
tags, comments): it must lose 0 characters against the baseline and never be tagged
``spam_suspect``. The newer hiding kinds (``NEW_HIDDEN_KINDS``: sr-only clip, opacity, scale(0),
1px boxes by a rule, max-height:0, transparent text, text in its background's colour, !important
and @media rules, the hidden attribute and <template>, <noscript>, aria-hidden spans, 1px footer
lists) set, between the paragraphs, the technique's near miss (a value a reader sees) on one of
the article's own paragraphs as their decoy; <select> options, a closed <details> (decoy: the
article's last paragraph folded in one), document.write strings and a cloaking <title> follow.
Last line:
``kind=removed/by_html/own_lost/tagged ... decoy_lost=N decoy_tagged=N``.

    .venv/bin/python bench/spam_html.py [--articles 30] [--seed 1] [--kind K] [--verbose]
"""

from __future__ import annotations

import argparse
import random
import sys
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import spam_inject  # noqa: E402
import spam_kinds  # noqa: E402

from cleaners import clean_html  # noqa: E402

if TYPE_CHECKING:
    import collections

    from cleaners.document import Doc

# Our own site chrome: sections, friend sites, tags, comments of a city news portal.
SECTIONS = ("首页", "要闻", "本地", "国内", "国际", "财经", "体育", "文旅", "教育", "健康", "专题")
FRIEND_SITES = ("市政府网", "市文明网", "市教育局", "市气象局", "市图书馆", "市博物馆",
                "日报数字报", "晚报电子版")
GOOD_TAGS = ("城市建设", "民生", "乡村振兴", "教育", "交通", "文化", "体育赛事", "天气")
GOOD_COMMENTS = ("这篇报道写得很实在，希望多关注基层。", "支持！我们小区也在改造，效果不错。",
                 "希望相关部门继续跟进，把好事办好。")
SPAM_KEYWORDS = ("网上赌场", "百家乐技巧", "代开发票", "足球外围", "真人娱乐", "时时彩计划",
                 "棋牌游戏", "注册送彩金", "体育投注", "澳门赌场")
ANCHOR_TITLES = ("开云体育官方网站", "华体会体育app下载", "澳门新葡京娱乐场")


def _cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _headline(rng: random.Random) -> str:
    return "".join(rng.sample("市区县开展推进举行召开工作会议建设发展服务活动", 10))


def _brand(rng: random.Random) -> str:
    if rng.random() < 0.3:
        return spam_kinds._invented(rng)
    return spam_kinds.brand_form(rng.choice(spam_kinds.KNOWN), rng)


def link_farm(rng: random.Random, n: int = 0) -> str:
    """A block of casino links (the mirror's payload)."""
    links = []
    for _ in range(n or rng.randint(6, 12)):
        links.append(f'<a href="http://{spam_kinds._domain(rng)}/">{escape(_brand(rng))}</a>')
    return " ".join(links)


def site_menu() -> str:
    """A site's own menu (what a legitimate hidden element holds)."""
    return " ".join(f'<a href="/{i}/">{s}</a>' for i, s in enumerate(SECTIONS))


@dataclass
class Page:
    """A page under construction: pieces the kinds fill."""

    headline: str
    paras: list[str]
    title: str = ""
    head_extra: str = ""
    css: str = ""
    body_attr: str = ""
    before_article: str = ""
    after_article: str = ""
    footer_extra: str = ""
    h1: str = ""
    meta_kw: str = "本地新闻,民生"
    meta_desc: str = ""
    img_alt: str = "新闻图片"
    planted: list[str] = field(default_factory=list)

    def html(self) -> str:
        nav = " ".join(f'<li><a href="/{i}/">{s}</a></li>' for i, s in enumerate(SECTIONS))
        crumb = '当前位置：<a href="/">首页</a> &gt; <a href="/bd/">本地</a> &gt; 正文'
        body = "".join(f"<p>{p}</p>" for p in self.paras)
        desc = self.meta_desc or escape(self.headline)
        return (
            "<!DOCTYPE html><html><head><meta charset='utf-8'>"
            f"<title>{escape(self.title or self.headline + '_城市新闻网')}</title>"
            f"<meta name='keywords' content='{escape(self.meta_kw)}'>"
            f"<meta name='description' content='{desc}'>"
            f"<style>body{{background:#fff;color:#333}} .wrap{{width:1000px}}{self.css}</style>"
            f"{self.head_extra}</head><body{self.body_attr}><div class='wrap'>"
            "<div class='header'><div class='logo'>城市新闻网</div>"
            f"<ul class='nav'>{nav}</ul></div>"
            f"<div class='crumb'>{crumb}</div>{self.before_article}"
            f"<div class='article'><h1>{self.h1 or escape(self.headline)}</h1>"
            "<div class='info'>2024-05-12 10:30 来源：城市日报 作者：本报记者</div>"
            f"<div class='content'><p><img src='/p/1.jpg' alt='{escape(self.img_alt)}'></p>"
            f"{body}</div></div>{self.after_article}"
            f"<div class='footer'><p>关于我们 | 联系我们 | 版权声明</p>{self.footer_extra}"
            "<p>Copyright © 城市新闻网 版权所有</p></div></div></body></html>"
        )


def spam_sentences(rng: random.Random) -> str:
    """Hidden prose of a mirror: casino lines and advert sentences, as paragraphs."""
    lines = [c.format(b=rng.choice(spam_kinds.KNOWN)) for c in
             rng.sample(spam_kinds.CASINO_LINES, 2)]
    lines.append(rng.choice(spam_kinds.ADS).format(h=spam_kinds._handle(rng)))
    return "".join(f"<p>{escape(line)}</p>" for line in lines)


def _hide(page: Page, rng: random.Random, spam: bool, how: str) -> None:
    """Plant a block hidden by technique ``how`` (links or prose) before the article, after it
    or between its paragraphs, where no chrome rule can take it for the hiding."""
    where = rng.randrange(3)
    if spam:
        inner = link_farm(rng) if rng.random() < 0.5 else spam_sentences(rng)
        page.planted.append(inner)
    else:
        inner = site_menu() if where < 2 else "<p>点击展开全文</p>"
    tag = "div"
    attr = ""
    if how == "display":
        attr = f' style="{rng.choice(("display:none", "display: none;", "DISPLAY:NONE"))}"'
    elif how == "visibility":
        attr = ' style="visibility:hidden;position:absolute"'
    elif how == "css_class":
        page.css += ".lk8{display:none}"
        attr = ' class="lk8"'
    elif how == "css_id":
        page.css += "#f_box{visibility:hidden}"
        attr = ' id="f_box"'
    elif how == "css_multi":
        page.css += ".mob-menu,.xq7,.top-ad{display:none}"
        attr = ' class="xq7"'
    elif how == "css_descendant":
        page.css += rng.choice((".wrap .yq{display:none}", "body div.yq{display:none}",
                                "div.wrap > div.yq{display:none}", "div .yq {display:none;}"))
        attr = ' class="yq"'
    elif how == "font_size":
        attr = f' style="font-size:{rng.choice(("0", "0px", "0pt"))}"'
    elif how == "white_text":
        color = rng.choice(("#fff", "#ffffff", "white", "#FFF", "rgb(255,255,255)"))
        form = rng.randrange(3)
        if form == 0:
            attr = f' style="color:{color}"'
        elif form == 1:
            page.css += f".c9{{color:{color}}}"
            attr = ' class="c9"'
        else:
            tag, attr = "font", ' color="#FFFFFF"'
        if spam or where == 2:
            inner = inner.replace("<a ", f'<a style="color:{color}" ')
    elif how == "offscreen":
        side = rng.choice(("left:-9999px", "top:-3000px", "left:-5000px;top:-5000px"))
        attr = f' style="position:absolute;{side}"'
    elif how == "height_zero":
        attr = rng.choice((' style="height:0;overflow:hidden"',
                           ' style="height:1px;overflow:hidden"',
                           ' style="width:0;height:0;overflow:hidden"'))
    elif how == "text_indent":
        attr = ' style="text-indent:-9999px"'
    elif how == "marquee":
        tag, attr = "marquee", ' width="1" height="1" scrollamount="3000"'
    block = f"<{tag}{attr}>{inner}</{tag}>"
    if where == 0:
        page.after_article += block
    elif where == 1:
        page.before_article += block
    else:
        at = rng.randint(1, len(page.paras))
        page.paras[at - 1] += f"</p>{block}<p>"


HIDDEN_KINDS = ("display", "visibility", "css_class", "css_id", "css_multi", "css_descendant",
                "font_size", "white_text", "offscreen", "height_zero", "text_indent", "marquee")


# Kinds of hiding the first ones do not plant, each with its decoy: before or after the article
# the technique hides the site's own words (a menu, a screen-reader label, an icon); between the
# paragraphs the decoy is the technique's near miss, a value a reader sees, set on one of the
# article's own paragraphs, which must come out whole.
SR_LABELS = ("跳转到主要内容", "当前位置", "无障碍浏览", "打开菜单")


def _new_hiding(how: str, rng: random.Random, page: Page) -> tuple[str, str, str]:
    """The tag, attributes and an optional wrapper of a block hidden by ``how``; the wrapper
    (``"{}"`` for none) holds the block where the technique needs a box around it."""
    if how == "sr_only":
        form = rng.randrange(3)
        if form == 0:
            return "div", (' style="position:absolute;width:1px;height:1px;padding:0;'
                           'margin:-1px;overflow:hidden;clip:rect(0,0,0,0);border:0"'), "{}"
        if form == 1:
            page.css += (".vh-t9{position:absolute!important;clip:rect(0 0 0 0);"
                         "clip-path:inset(50%);white-space:nowrap}")
            return "div", ' class="vh-t9"', "{}"
        return "span", ' style="position:absolute;clip-path:inset(50%)"', "{}"
    if how == "opacity":
        form = rng.randrange(3)
        if form == 0:
            return "div", ' style="opacity:0"', "{}"
        if form == 1:
            return "div", ' style="opacity:0.0;filter:alpha(opacity=0)"', "{}"
        page.css += ".o0x{opacity:0;}"
        return "div", ' class="o0x"', "{}"
    if how == "transform_zero":
        form = rng.randrange(4)
        if form == 0:
            return "div", ' style="transform:scale(0)"', "{}"
        if form == 1:
            return "div", ' style="-webkit-transform:scale(0,0);transform:scale(0,0)"', "{}"
        if form == 2:
            return "div", ' style="transform:scaleY(0);transform-origin:top"', "{}"
        page.css += ".tz1{position:absolute;transform:translateX(-9999px)}"
        return "div", ' class="tz1"', "{}"
    if how == "pixel_box_css":
        page.css += rng.choice((".px1{width:1px;height:1px;overflow:hidden}",
                                ".px1{overflow:hidden;width:1px;height:1px;display:block}",
                                "div.px1 {width: 0; height: 0; overflow: hidden;}"))
        return "div", ' class="px1"', "{}"
    if how == "max_height":
        return "div", rng.choice((' style="max-height:0;overflow:hidden"',
                                  ' style="max-height:0px;overflow-y:hidden"',
                                  ' style="overflow:hidden;max-height:0"')), "{}"
    if how == "transparent":
        form = rng.randrange(3)
        if form == 0:
            return "div", ' style="color:transparent"', "{}"
        if form == 1:
            return "div", ' style="color:rgba(0,0,0,0)"', "{}"
        page.css += ".ct5,.ct5 a{color:transparent}"
        return "div", ' class="ct5"', "{}"
    if how == "bg_matched":
        colour = rng.choice(("#f5f5f5", "#eeeeee", "#fafafa", "#f0f0f0"))
        form = rng.randrange(3)
        if form == 0:
            return "div", f' style="color:{colour}"', f'<div style="background:{colour}">{{}}</div>'
        if form == 1:
            return ("font", f' color="{colour}"',
                    f'<table><tr><td bgcolor="{colour}">{{}}</td></tr></table>')
        page.css += f".bgx{{background-color:{colour}}} .bgx .in2,.bgx .in2 a{{color:{colour}}}"
        return "div", ' class="in2"', '<div class="bgx">{}</div>'
    if how == "important_media":
        page.css += rng.choice((
            "@media screen{.zq .k3{font-size:0!important;line-height:0!important}}",
            "@media all and (min-width:768px){.k3{line-height:0;font-size:0 !important;}}",
            ".k3{line-height:0!important;font-size:0!important;height:0!important;"
            "overflow:hidden!important}"))
        return "div", ' class="k3"', '<div class="zq">{}</div>'
    if how == "hidden_attr":
        form = rng.randrange(3)
        if form == 0:
            return "div", " hidden", "{}"
        if form == 1:
            return "section", ' hidden="hidden"', "{}"
        return "template", "", "{}"
    if how == "noscript":
        return "noscript", "", "{}"
    if how == "aria_contents":
        return "span", ' aria-hidden="true" style="display:contents"', "{}"
    if how == "footer_tiny":
        return "div", rng.choice((' style="font-size:1px;line-height:1px;color:#f8f8f8"',
                                  ' style="font-size:1px;height:1px;overflow:hidden"',
                                  ' style="font-size:0.1px"')), "{}"
    raise ValueError(how)


# The same property at a value a reader sees, set on one of the article's own paragraphs.
NEAR_MISSES = {
    "sr_only": ' style="position:relative;clip:auto;overflow:hidden"',
    "opacity": ' style="opacity:0.9"',
    "transform_zero": ' style="transform:scale(1);transition:transform .3s"',
    "pixel_box_css": ' class="clearfix" style="overflow:hidden;height:auto"',
    "max_height": ' style="max-height:none;overflow:visible"',
    "transparent": ' style="background:transparent;color:#333"',
    "bg_matched": ' style="background:#1a3c6e;color:#fff"',
    "important_media": ' class="k3p"',
    "hidden_attr": ' data-hidden="false"',
    "noscript": ' class="js-on"',
    "aria_contents": ' aria-hidden="false"',
    "footer_tiny": ' style="font-size:14px;line-height:1.8"',
}


def _hide_new(page: Page, rng: random.Random, spam: bool, how: str) -> None:
    """Plant a block hidden by one of the newer techniques ``how`` (links or prose) before
    the article, after it or between its paragraphs; the footer kind in the footer."""
    where = 3 if how == "footer_tiny" else rng.randrange(3)
    if spam:
        inner = link_farm(rng) if rng.random() < 0.5 else spam_sentences(rng)
        page.planted.append(inner)
    elif how == "sr_only":
        inner = rng.choice(SR_LABELS)
    elif how == "aria_contents":
        inner = "<i class='icon-time'></i>›"
    elif how == "noscript":
        inner = "<img src='/stat.gif?id=1' alt=''><p>请开启浏览器的JavaScript功能</p>"
    elif where == 3:
        inner = " ".join(f'<a href="http://example.org/{i}">{s}</a>'
                         for i, s in enumerate(FRIEND_SITES))
    else:
        inner = site_menu()
    tag, attr, wrap = _new_hiding(how, rng, page)
    if how == "important_media" and not spam:
        page.css += "@media print{.k3p{display:none}}"
    if how == "aria_contents" and spam and inner.startswith("<p>"):
        inner = inner.replace("<p>", "<span>").replace("</p>", "</span>")
    block = wrap.format(f"<{tag}{attr}>{inner}</{tag}>")
    if where == 3:
        page.footer_extra += block
    elif where == 0:
        page.after_article += block
    elif where == 1:
        page.before_article += block
    elif spam:
        at = rng.randint(1, len(page.paras))
        page.paras[at - 1] += f"</p>{block}<p>"
    else:
        at = rng.randrange(len(page.paras))
        page.paras[at] = f"<span{NEAR_MISSES[how]}>{page.paras[at]}</span>"


NEW_HIDDEN_KINDS = tuple(NEAR_MISSES)


def plant(kind: str, page: Page, rng: random.Random, spam: bool) -> None:
    """Fill ``page`` for ``kind``; with ``spam`` False, the decoy: same shape, no spam."""
    if kind in HIDDEN_KINDS:
        _hide(page, rng, spam, kind)
    elif kind in NEW_HIDDEN_KINDS:
        _hide_new(page, rng, spam, kind)
    elif kind == "hidden_in_p":
        i = rng.randrange(len(page.paras))
        inner = link_farm(rng, 4) if spam else "展开全文"
        if spam:
            page.planted.append(inner)
        page.paras[i] += f'<div style="display:none">{inner}</div>'
    elif kind == "span_in_sentence":
        for _ in range(rng.randint(1, 3)):
            i = rng.randrange(len(page.paras))
            para = page.paras[i]
            spots = [k for k in range(1, len(para)) if _cjk(para[k - 1]) and _cjk(para[k])]
            cut = rng.choice(spots or [len(para)])
            word = _brand(rng) if spam else "（记者手记）"
            if spam:
                page.planted.append(word)
            span = f'<span style="display:none">{escape(word)}</span>'
            page.paras[i] = page.paras[i][:cut] + span + page.paras[i][cut:]
    elif kind == "friend_links":
        inner = link_farm(rng, 10) if spam else " ".join(
            f'<a href="http://example.org/{i}">{s}</a>' for i, s in enumerate(FRIEND_SITES))
        if spam:
            page.planted.append(inner)
        page.footer_extra += f"<div class='flink'><b>友情链接：</b>{inner}</div>"
    elif kind == "tag_cloud":
        words = rng.sample(SPAM_KEYWORDS, 8) if spam else list(GOOD_TAGS)
        inner = " ".join(f'<a href="/tag/{i}">{w}</a>' for i, w in enumerate(words))
        if spam:
            page.planted.append(inner)
        page.after_article += f"<div class='box'><h3>热门标签</h3><div>{inner}</div></div>"
    elif kind == "meta_fields":
        if spam:
            kws = rng.sample(spam_kinds.TITLE_KEYWORDS, 3)
            page.title = spam_kinds.stuffed_title(page.headline, rng)
            page.meta_kw = ",".join(kws)
            page.meta_desc = escape("".join(rng.sample(spam_kinds.KNOWN, 3)) + "注册送彩金")
            page.img_alt = rng.choice(spam_kinds.KNOWN) + "官方网站"
            t = rng.choice(ANCHOR_TITLES)
            page.paras[-1] += f'<a href="/more" title="{t}">更多</a>'
            page.planted.extend([page.img_alt, t, page.meta_kw, page.meta_desc])
        else:
            page.title = f"{page.headline}_本地_城市新闻网"
            page.img_alt = "活动现场"
            page.paras[-1] += '<a href="/more" title="本地新闻">更多</a>'
    elif kind == "comments":
        items = ([spam_kinds.ADS[i].format(h=spam_kinds._handle(rng))
                  for i in rng.sample(range(len(spam_kinds.ADS)), 4)]
                 + [c.format(b=rng.choice(spam_kinds.KNOWN)) for c in spam_kinds.CASINO_LINES[:1]]
                 if spam else list(GOOD_COMMENTS))
        if spam:
            page.planted.extend(items)
        li = "".join(f"<li><span class='user'>网友{rng.randint(100, 999)}</span>"
                     f"<p>{escape(t)}</p></li>" for t in items)
        page.after_article += f"<div id='cmt'><h3>网友评论</h3><ul>{li}</ul></div>"
    elif kind == "select_option":
        words = ([_brand(rng) for _ in range(rng.randint(5, 9))] if spam
                 else ["网站导航", *SECTIONS])
        if spam:
            page.planted.append(" ".join(words))
        opts = "".join(f'<option value="/{i}">{escape(w)}</option>' for i, w in enumerate(words))
        box = f"<div class='jump'><select onchange='go(this)'>{opts}</select></div>"
        if rng.random() < 0.5:
            page.after_article += box
        else:
            page.footer_extra += box
    elif kind == "details_closed":
        if spam:
            inner = link_farm(rng) if rng.random() < 0.5 else spam_sentences(rng)
            page.planted.append(inner)
            block = f"<details><summary>更多</summary>{inner}</details>"
            if rng.random() < 0.5:
                page.after_article += block
            else:
                at = rng.randint(1, len(page.paras))
                page.paras[at - 1] += f"</p>{block}<p>"
        else:
            # A fold a reader opens holding the article's own last paragraph, and an open one.
            last = page.paras.pop()
            page.paras.append(f"</p><details open><summary>背景</summary><p>{last}</p></details><p>"
                              if rng.random() < 0.5 else
                              f"</p><details><summary>展开全文</summary><p>{last}</p></details><p>")
    elif kind == "document_write":
        inner = link_farm(rng) if spam else site_menu()
        if spam:
            page.planted.append(inner)
        js = inner.replace("\\", "\\\\").replace("'", "\\'").replace("/", "\\/")
        form = rng.randrange(3)
        if form == 0:
            script = f"<script>document.write('<div style=display:none>{js}</div>');</script>"
        elif form == 1:
            script = f"<script type='text/javascript'>document.writeln('{js}');</script>"
        else:
            half = len(js) // 2
            script = f"<script>var s='{js[:half]}'+'{js[half:]}';document.write(s);</script>"
        where = rng.randrange(3)
        if where == 0:
            page.after_article += script
        elif where == 1:
            page.before_article += script
        else:
            at = rng.randint(1, len(page.paras))
            page.paras[at - 1] += script
    elif kind == "cloaking":
        if spam:
            kws = rng.sample(spam_kinds.TITLE_KEYWORDS, 4)
            page.title = rng.choice(("_".join(kws), ",".join(kws) + "-" + kws[0] + "官方网站",
                                     f"{kws[0]}|{kws[1]}|{kws[2]}"))
            page.meta_kw = ",".join(kws + rng.sample(SPAM_KEYWORDS, 3))
            page.meta_desc = escape("，".join(kws) + "，注册送彩金，24小时在线客服")
            page.head_extra += (f"<meta property='og:title' content='{escape(page.title)}'>"
                                f"<meta name='twitter:title' content='{escape(kws[1])}'>")
            page.planted.extend([page.title, page.meta_kw, page.meta_desc])
        else:
            page.title = f"{page.headline} - 本地 - 城市新闻网"
            page.head_extra += f"<meta property='og:title' content='{escape(page.headline)}'>"
    elif kind == "parasite":
        if spam:
            paras = [c.format(b=rng.choice(spam_kinds.KNOWN)) for c in spam_kinds.CASINO_LINES]
            paras += [spam_kinds.ADS[i].format(h=spam_kinds._handle(rng))
                      for i in rng.sample(range(len(spam_kinds.ADS)), 3)]
            paras.append(link_farm(rng, 10))
            rng.shuffle(paras)
            # A stolen first paragraph dresses it as news.
            page.paras = [page.paras[0], *paras]
            page.planted.extend(paras)
            page.title = f"{page.headline}-{rng.choice(spam_kinds.KNOWN)}官方网站"
    else:
        raise ValueError(kind)


KINDS = (*HIDDEN_KINDS, "hidden_in_p", "span_in_sentence", "friend_links", "tag_cloud",
         "meta_fields", "comments", "parasite", *NEW_HIDDEN_KINDS, "select_option",
         "details_closed", "document_write", "cloaking")


def _planted_bag(fragments: list[str]) -> collections.Counter[str]:
    from lxml import html as lhtml

    text = "".join(lhtml.fromstring(f"<div>{f}</div>").text_content() for f in fragments)
    return spam_kinds.char_bag(text)


def _out(doc: Doc) -> str:
    return doc.text if doc.dropped is None else ""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=30)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--kind", choices=KINDS, action="append")
    args = ap.parse_args()
    arng = random.Random(args.seed)
    articles = spam_inject.clean_articles(args.articles, arng)
    pages = []
    for text in articles:
        lines = [escape(ln) for ln in text.split("\n") if ln.strip()]
        if len(lines) >= 2:
            pages.append((_headline(arng), lines))
    base: list[Doc] = [clean_html(Page(h, list(p)).html(), id=f"b{i}")
                       for i, (h, p) in enumerate(pages)]
    base_tagged = sum("spam_suspect" in d.meta.tags for d in base)
    out = []
    decoy_lost = decoy_tagged = 0
    for kind in args.kind or KINDS:
        rng = random.Random(f"{args.seed}-{kind}")
        planted_n = left_n = own_n = lost_n = dropped = tagged = by_html = 0
        d_lost = d_tagged = 0
        for i, (headline, paras) in enumerate(pages):
            clean_bag = spam_kinds.char_bag(_out(base[i]))
            page = Page(headline, list(paras))
            plant(kind, page, rng, spam=True)
            doc = clean_html(page.html(), id=f"s{i}")
            spam_bag = spam_kinds.char_bag(_out(doc))
            planted = _planted_bag(page.planted)
            if kind == "parasite":
                # Everything the page prints is spam but the stolen headline and paragraph.
                left = sum((spam_bag & planted).values())
                lost = 0
                dropped += doc.dropped is not None
            else:
                # Only planted characters count as spam left (a link's own word 更多 is not).
                left = sum(((spam_bag - clean_bag) & planted).values())
                lost = sum((clean_bag - spam_bag).values())
                dropped += doc.dropped is not None
            tagged += doc.dropped is None and "spam_suspect" in doc.meta.tags
            planted_n += sum(planted.values())
            # The planted characters the HTML cleaners took out (the rest fell to the text
            # cleaners, which must then know the spam's words).
            html_gone = spam_kinds.char_bag("".join(r.text for r in doc.removals
                                     if r.cleaner.startswith("html.")))
            by_html += sum((planted & html_gone).values())
            left_n += left
            own_n += sum(clean_bag.values())
            lost_n += lost
            if args.verbose and (left or lost):
                print(f"  {kind} {i}: left {''.join((spam_bag - clean_bag).elements())[:60]!r} "
                      f"lost {''.join((clean_bag - spam_bag).elements())[:60]!r}")
            if kind in ("meta_fields", "cloaking") and doc.meta.title != headline:
                left_n += len(headline)  # a stuffed title left is spam left
                planted_n += len(headline)
                if args.verbose:
                    print(f"  {kind} {i}: title {doc.meta.title!r}")
            decoy = Page(headline, list(paras))
            plant(kind, decoy, rng, spam=False)
            ddoc = clean_html(decoy.html(), id=f"d{i}")
            dl = sum((clean_bag - spam_kinds.char_bag(_out(ddoc))).values())
            d_lost += dl
            d_tagged += "spam_suspect" in ddoc.meta.tags
            if args.verbose and dl:
                print(f"  {kind} decoy {i}: lost "
                      f"{''.join((clean_bag - spam_kinds.char_bag(_out(ddoc))).elements())[:60]!r}")
        n = len(pages)
        recall = 1 - left_n / max(planted_n, 1)
        own = lost_n / max(own_n, 1)
        wrong = n - dropped if kind == "parasite" else dropped
        print(f"{kind}: planted {planted_n} chars, removed {recall:.3f} "
              f"(by html {by_html / max(planted_n, 1):.3f}), own lost {own:.5f}, "
              f"{'not dropped' if kind == 'parasite' else 'wrongly dropped'} {wrong}/{n}, "
              f"tagged {tagged}/{n}; decoy lost {d_lost} chars, tagged {d_tagged}")
        out.append(f"{kind}={recall:.3f}/{by_html / max(planted_n, 1):.3f}/{own:.5f}/{tagged}")
        decoy_lost += d_lost
        decoy_tagged += d_tagged
    print(f"baseline pages {len(pages)}, tagged spam_suspect {base_tagged}")
    print(" ".join([*out, f"decoy_lost={decoy_lost}", f"decoy_tagged={decoy_tagged}",
                    f"base_tagged={base_tagged}"]))


if __name__ == "__main__":
    main()
