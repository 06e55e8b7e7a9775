"""extract.main_text keeps the subheadings trafilatura's fallback reader drops."""

from __future__ import annotations

import pytest

from cleaners.document import Doc
from cleaners.html.extract import MainTextExtractor

PARAS = [
    f"<p>第{i}段：县里召开春季农业生产工作会议，部署春耕备耕、水利建设和森林防火等重点工作。</p>"
    for i in range(6)
]


def extract(inner: str, *, engine: str = "auto") -> Doc:
    # A container class trafilatura's XPath list does not name sends it to its fallback.
    page = (
        "<html><head><title>t</title></head><body>"
        f'<div class="article_text">{inner}</div></body></html>'
    )
    return MainTextExtractor(engine=engine)(Doc(id="t", html=page))


@pytest.mark.parametrize("engine", ["auto", "trafilatura"])
@pytest.mark.parametrize(
    "heading",
    [
        "<h3>春耕备耕全面展开</h3>",
        '<h3 style="font-weight: bold;"><span style="color: red;">水利建设，一年顶两年</span></h3>',
        "<h2>森林防火不放松</h2>",
    ],
)
def test_extract_keeps_subheading_between_paragraphs(heading: str, engine: str) -> None:
    doc = extract("".join(PARAS[:3]) + heading + "".join(PARAS[3:]), engine=engine)
    lines = doc.text.split("\n")
    title = heading.split(">", 2)[-1].split("<")[0] if "<span" in heading else heading[4:-5]
    assert title in lines
    # In the page's order: after the third paragraph, before the fourth.
    assert lines.index(title) == next(i for i, ln in enumerate(lines) if "第3段" in ln) - 1


@pytest.mark.parametrize(
    ("inner", "absent"),
    [
        # A headline of another page, between the paragraphs.
        ("".join(PARAS[:3]) + '<h3><a href="/n/1">另一篇文章的标题</a></h3>' + "".join(PARAS[3:]),
         "另一篇文章的标题"),
        # Related-news titles after the article's last paragraph.
        ("".join(PARAS) + "<h3>相关阅读</h3><h4>往期回顾</h4>", "往期回顾"),
    ],
)
def test_extract_does_not_restore_other_headings(inner: str, absent: str) -> None:
    doc = extract(inner, engine="trafilatura")
    assert absent not in doc.text


LIST_ITEMS = ["新增的回调先进入栈中，后加入的先被调用", "离开代码块时依次执行这些回调"]


@pytest.mark.parametrize("wrap", ["<section>{}</section>", "<section><span>{}</span></section>"])
def test_extract_keeps_a_list_of_its_own_words_between_paragraphs(wrap: str) -> None:
    items = "".join(f"<li>{wrap.format(t)}</li>" for t in LIST_ITEMS)
    doc = extract("".join(PARAS[:3]) + f"<ol>{items}</ol>" + "".join(PARAS[3:]))
    lines = doc.text.split("\n")
    at = next(i for i, ln in enumerate(lines) if "第3段" in ln)
    assert lines[at - 2:at] == LIST_ITEMS


def test_extract_does_not_restore_a_list_of_links() -> None:
    items = "".join(f'<li><section><a href="/n{i}.html">{t}</a></section></li>'
                    for i, t in enumerate(LIST_ITEMS))
    doc = extract("".join(PARAS[:3]) + f"<ul>{items}</ul>" + "".join(PARAS[3:]))
    assert not any(t in doc.text for t in LIST_ITEMS)


def test_a_list_item_printed_in_pieces_is_not_put_back_whole() -> None:
    # winners each a linked title, then words of the item's own: trafilatura prints the
    # title and the words on two lines, and the whole item, taken for a list of the
    # article's words it dropped, went back too: the whole list was printed twice
    items = "".join(f"<li><a href='/b/{n}'>《山河之间的岁月第{n}部》</a>（作者{n}）以一个村庄六十年的变迁书写时代。</li>"
                    for n in range(1, 4))
    doc = extract(PARAS[0] + f"<ul>{items}</ul>" + PARAS[1])
    for n in range(1, 4):
        assert doc.text.count(f"（作者{n}）") == 1
