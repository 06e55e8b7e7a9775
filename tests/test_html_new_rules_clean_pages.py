"""Clean pages that use the shapes of the HTML path's newer rules legitimately come out whole:
@media rules and responsive display classes on real chrome only or on the article's own
paragraphs, a script state beside the article printed in the markup, a short line every
item of a list prints that is the article's, a follow sentence of the article."""

from __future__ import annotations

import json

from cleaners import clean_html

PARAGRAPHS = (
    "今年以来，青湖市持续深化“放管服”改革，企业开办时间压缩至1个工作日以内，群众办事更加便捷。",
    "市政务服务中心负责人介绍，目前全市政务服务事项已全部实现网上可办，其中九成以上实现“一次办”。",
    "下一步，青湖市将继续推进政务服务标准化建设，让企业和群众办事更方便、更省心。",
)
TITLE = "青湖市深化放管服改革"


def _page(body: str, *, head: str = "", before: str = "", title: str = TITLE) -> str:
    return (f"<html><head><title>{title}_青湖网</title>{head}</head><body>"
            f"<div class='nav'><a href='/'>首页</a> <a href='/n'>新闻</a></div>{before}"
            f"<article><h1>{title}</h1><div class='info'>2026-10-15 09:30 来源：青湖日报</div>"
            f"{body}</article><div class='footer'>版权所有 青湖网</div></body></html>")


def _paras(texts: tuple[str, ...], cls: str = "") -> str:
    attr = f" class='{cls}'" if cls else ""
    return "".join(f"<p{attr}>{t}</p>" for t in texts)


def _lines(page: str) -> list[str]:
    return clean_html(page).text.split("\n")


def test_print_and_phone_rules_hide_only_the_chrome_they_name() -> None:
    css = ("<style>@media print{.nav,.footer,.share{display:none}}"
           "@media (max-width:768px){.sidebar{display:none}.article p{font-size:14px}}"
           "@media screen and (min-width:1024px){.mobile-bar{display:none}}"
           ".hidden{display:none}</style>")
    page = _page(_paras(PARAGRAPHS) + "<div class='share hidden'>分享到微信</div>", head=css,
                 before="<div class='mobile-bar'>打开APP阅读</div>")
    assert _lines(page) == list(PARAGRAPHS)


def test_article_paragraphs_shown_on_a_desktop_by_their_classes_stay() -> None:
    shown = "".join(f"<p class='{c}'>{p}</p>" for p, c in zip(
        PARAGRAPHS, ("hidden md:block", "d-none d-md-block", "block lg:block"), strict=True))
    assert _lines(_page(shown)) == list(PARAGRAPHS)
    for box in ("hidden-xs", "col-12 col-md-8 d-print-block", "overflow-hidden md:text-lg"):
        page = _page(f"<div class='{box}'>{_paras(PARAGRAPHS)}</div>"
                     "<div class='d-md-none'>打开APP</div>")
        assert _lines(page) == list(PARAGRAPHS), box


def _next_data(state: object) -> str:
    data = json.dumps(state, ensure_ascii=False)
    return f'<script id="__NEXT_DATA__" type="application/json">{data}</script>'


RELATED = {"title": "东山区聚焦产业升级", "content": _paras((
    "东山区今年聚焦产业升级，新引进重大项目二十个，总投资超过三百亿元，战略性新兴产业产值占比达到百分之四十，"
    "增势强劲，一批龙头企业相继落户，带动上下游配套企业集聚发展。",
    "西岭县坚持生态优先，森林覆盖率提高到百分之六十八，空气质量优良天数比例保持全省前列，生态环境持续向好，"
    "绿水青山正在转化为金山银山，乡村旅游收入连续三年保持两位数增长。",
    "南江县着力保障民生，新增城镇就业五千余人，城乡居民收入分别增长百分之五和百分之七，民生福祉不断增进，"
    "教育、医疗、养老等公共服务水平持续提升，群众获得感明显增强。"))}


def test_a_state_beside_the_printed_article_adds_nothing() -> None:
    article = {"title": TITLE, "content": _paras(PARAGRAPHS), "publishTime": "2026-10-15 09:30"}
    page = _page(_paras(PARAGRAPHS), before=_next_data({"props": {"pageProps": {
        "article": article, "related": [RELATED]}}}))
    assert _lines(page) == list(PARAGRAPHS)
    ld = json.dumps({"@type": "NewsArticle", "headline": TITLE,
                     "articleBody": _paras(PARAGRAPHS)}, ensure_ascii=False)
    page = _page(_paras(PARAGRAPHS), head=f'<script type="application/ld+json">{ld}</script>')
    assert _lines(page) == list(PARAGRAPHS)


def test_a_short_printed_article_is_not_replaced_by_a_longer_one_of_its_state() -> None:
    # the markup prints a short article its state holds, beside a related one twice as long:
    # the page is printed on the server, and the related article is no text of it
    short = ("青湖市今年新建农村公路一百二十公里，群众出行条件明显改善。",
             "县交通运输局负责人介绍，明年将继续推进农村公路提档升级。")
    page = _page(_paras(short), title="青湖市新建农村公路", before=_next_data(
        {"props": {"pageProps": {"article": {"title": "青湖市新建农村公路",
                                             "content": _paras(short)},
                                 "related": [RELATED]}}}))
    assert _lines(page) == list(short)


SESSIONS = (("9:00 开幕式", "市领导致辞，介绍本届论坛的主要议程和安排。"),
            ("10:00 主旨演讲", "院士专家围绕数字经济发展趋势作报告。"),
            ("14:00 圆桌对话", "企业代表就数据要素市场建设展开讨论。"))
ANSWERS = (("问：办理居住证需要哪些材料？", "身份证、居住登记凭证和近期照片，缺一不可。"),
           ("问：多久可以拿到？", "受理后十五个工作日内发证，市民可以到窗口领取。"),
           ("问：可以网上办理吗？", "可以通过政务服务网在线申请，材料齐全的一次办结。"))


def _items(pairs: tuple[tuple[str, str], ...], field: str, *, last: bool = True) -> str:
    def item(head: str, words: str) -> str:
        parts = [f"<p>{head}</p>", f"<p>{words}</p>"]
        parts.insert(2 if last else 1, f"<p>{field}</p>")
        return f"<div class='item'>{''.join(parts)}</div>"
    return "<div class='list'>" + "".join(item(h, w) for h, w in pairs) + "</div>"


def test_a_fact_every_item_states_alike_is_the_articles() -> None:
    # a schedule whose every session is held in one place; a Q&A whose every answer is one
    # office's reply: the field is the article's, unlike a live blog's host under each entry
    page = _page("<p>活动安排如下。</p>" + _items(SESSIONS, "地点：市会展中心"), title="论坛日程")
    assert _lines(page) == ["活动安排如下。"] + [
        line for head, words in SESSIONS for line in (head, words, "地点：市会展中心")]
    page = _page("<p>记者就居住证办理采访了有关负责人。</p>"
                 + _items(ANSWERS, "市公安局回复", last=False), title="居住证办理问答")
    assert _lines(page) == ["记者就居住证办理采访了有关负责人。"] + [
        line for question, answer in ANSWERS for line in (question, "市公安局回复", answer)]


def test_a_host_credit_under_every_entry_still_goes() -> None:
    page = _page("<p>活动安排如下。</p>" + _items(SESSIONS, "编辑：某某融媒"), title="论坛日程")
    assert "编辑：某某融媒" not in _lines(page)


def test_a_follow_sentence_of_the_article_in_a_box_of_its_own_stays() -> None:
    # a badge names an account and ends in no stop; the article's sentence ends in one
    sentence = "关注气象变化，了解更多防灾知识。"
    page = _page(_paras(PARAGRAPHS) + f"<div><p>{sentence}</p></div>")
    assert _lines(page) == [*PARAGRAPHS, sentence]
