"""A seventh set of pages of our own in shapes Chinese sites print, through the HTML path whole.

A TRS WCM government page whose metadata sits in ArticleTitle/PubDate/ContentSource meta under
an 信息索引号/发文机关/成文日期 table and a 字体：[大 中 小] 打印本页 关闭窗口 row; a DedeCMS
portal article (上一篇/下一篇, 相关文章, 本文地址/转载请注明, a comment form); a WordPress blog
(screen-reader labels, tags, comments, a reply form, a sidebar of 近期文章) whose og meta gives
the time in UTC; a self-media account's page (an account name run into its profile, 阅读 1.2万,
关注, 举报, a 为你推荐 feed); an article in several column <div>s and a <table> with centred
captions under a 图集 carousel; a GB18030 page (a rare name character of four bytes, the
charset only in <meta http-equiv>); an old government page whose text sits in a nested <td>
beside a navigation <td> of headlines as long.
"""

from __future__ import annotations

import pytest

from .test_html_page_shapes import check_page


@pytest.mark.parametrize(("name", "meta", "lines"), [
    ("gb18030_four_byte",  # GB18030 declared in <meta http-equiv> only; 𠮷 (four bytes)
     # kept; 李䶮 (a rare character of Extension A) is a name like any other
     {"title": "某某村“𠮷祥”老字号非遗传承人收徒传艺", "date": "2023-11-20",
      "source_name": "某某县融媒体中心", "authors": ("李䶮",)},
     ["11月18日，某某村“𠮷祥”", "“𠮷祥”糕点", "传承人表示"]),
])
def test_seventh_page_shapes(name: str, meta: dict[str, object], lines: list[str]) -> None:
    check_page(name, meta, lines)


@pytest.mark.parametrize("name", ["李䶮", "王𠮷", "欧阳䶮"])
def test_a_rare_character_in_a_name_keeps_the_author(name: str) -> None:
    from cleaners.meta import parse_byline
    from cleaners.names import looks_like_name, plausible_author

    assert looks_like_name(name)
    assert plausible_author(name)
    found = parse_byline(f"（记者 {name}）", tail=False)
    assert found is not None
    assert found.authors == (name,)
