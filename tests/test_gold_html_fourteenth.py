"""The general defects the fourteenth batch of saved HTML pages (gold_html gh83-gh87) showed, each
pinned on an invented page shape with its counterexample."""

from __future__ import annotations

from cleaners import clean_html

_NEWS = ("区里今年改造了八条背街小巷，新铺雨水管和污水管三公里，沿街居民九百余户受益。",
         "施工单位实行分段封闭、错时作业，尽量减少对居民出行的影响。",
         "明年区里还将启动第二批小巷的改造。")


def _portal_page(meta_author: str, info_row: str) -> str:
    # a portal's article: the generator's meta tags, an info row under the headline, the
    # generator's credit in the footer
    return ("<html><head><meta charset='utf-8'><title>八条背街小巷完成改造 - 本地新闻</title>"
            f"<meta name='generator' content='Discuz! X3.4'><meta name='author' content='{meta_author}'>"
            "</head><body><div id='wp'><h1>八条背街小巷完成改造</h1>"
            f"<p class='xg1'>2025-11-18 09:32 | {info_row}</p>"
            "<table><tr><td id='article_content'>" + "".join(f"<p>{p}</p>" for p in _NEWS)
            + "</td></tr></table></div><div id='ft'><p>Powered by Discuz! X3.4</p>"
            "<p>© 2001-2025 Comsenz Inc.</p></div></body></html>")


def test_a_generators_credit_in_meta_author_names_no_author() -> None:
    # "Discuz! Team and Comsenz UI Team" is one Latin phrase, not the four names its words
    # are (Comsenz is printed in the footer): the 原作者 row names the author
    doc = clean_html(_portal_page("Discuz! Team and Comsenz UI Team",
                                  "原作者: 林文涛 | 来自: 东江日报"), id="t")
    assert doc.meta.authors == ("林文涛",)
    assert doc.text.splitlines() == list(_NEWS)


def test_a_meta_author_list_of_chinese_names_the_page_prints_is_still_split() -> None:
    # counterexample: names split by a space or a comma are several authors
    doc = clean_html(_portal_page("林文涛 赵一鸣", "作者：林文涛 赵一鸣"), id="t")
    assert doc.meta.authors == ("林文涛", "赵一鸣")
