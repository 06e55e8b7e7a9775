"""Pages of our own in shapes Chinese sites print, through the HTML path whole.

An old government page laid out in tables (the article's <p> paragraphs inside a cell, a
centred caption under a picture), a county page with its information table, a mirror that
hides casino links and stuffs its <title>, a portal's article and a WeChat account's post."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaners import clean_html

PAGES = Path(__file__).parent / "fixtures" / "html_shapes"


@pytest.mark.parametrize(("name", "meta", "lines", "tags"), [
    ("old_gov_table_layout",
     {"title": "某某镇召开安全生产工作会议", "date": "2024-05-08", "source_name": "某某镇人民政府"},
     ["5月7日上午", "会议要求", "会议强调", "镇党委书记"], ()),
    ("county_gov_info_table",
     {"title": "某某县召开2024年春耕生产推进会", "date": "2024-05-11T10:32:00",
      "source_name": "某某县农业农村局"},
     ["5月10日", "会议指出", "会议强调"], ()),
    ("mirror_hidden_links",
     {"title": "某某县召开2024年春耕生产推进会", "date": "2024-05-11T10:32:00",
      "source_name": "某某县农业农村局"},
     ["5月10日", "会议指出", "会议强调", "据了解"], ("spam_suspect",)),
    ("portal_article",  # a captioned picture, an ad frame, 责编 and 责任编辑 lines, related news
     {"title": "多地出台措施稳就业 高校毕业生就业渠道持续拓宽", "date": "2024-05-11T10:32:00",
      "source_name": "新华网", "authors": ("张三", "李四")},
     ["新华社北京5月11日电", "人社部有关负责人", "据了解"], ()),
    ("wechat_post",  # section headings kept; follow prompt, END, credits and 往期推荐 gone
     {"title": "以党建引领网格化管理 让服务更贴心", "date": "2024-05-11T10:32:00"},
     ["5月以来", "一、织密网格", "全区共划分", "二、下沉力量", "各社区组织", "下一步"], ()),
])
def test_page_shapes(name: str, meta: dict[str, object], lines: list[str],
                     tags: tuple[str, ...]) -> None:
    check_page(name, meta, lines, tags)


def check_page(name: str, meta: dict[str, object], lines: list[str],
               tags: tuple[str, ...] = ()) -> None:
    """The page, cleaned whole from its bytes, is kept with this metadata, these tags and one
    paragraph a line opening as ``lines`` do, in order."""
    doc = clean_html((PAGES / f"{name}.html").read_bytes(), id=name)
    assert doc.status == "kept"
    for key, value in meta.items():
        assert getattr(doc.meta, key) == value, key
    got = doc.text.split("\n")
    # one paragraph a line, in order: a layout table's cell is no single line
    assert [line[: len(want)] for line, want in zip(got, lines, strict=False)] == lines
    assert len(got) == len(lines)
    assert doc.meta.tags == tags


@pytest.mark.parametrize(("label", "split"), [
    ("诉求内容", True), ("办理结果：", True),
    # a short value beside its label is a field's row, never split
    ("办理状态", False)])
def test_a_label_cell_stands_over_the_text_it_labels(label: str, split: bool) -> None:
    value = ("经核实，小区泵房的一台加压水泵故障停机，导致高峰时段高层水压不足。物业已更换水泵，"
             "水压已恢复正常。") if split else "已办结"
    rows = (f"<tr><td>工单编号</td><td>A0001</td><td>所属区域</td><td>东湖区</td></tr>"
            f"<tr><td>{label}</td><td colspan='3'>{value}</td></tr>")
    doc = clean_html("<html><body><div class='article'><h1>关于小区水压不足的诉求</h1>"
                     "<p>市民来电反映，小区高层住户用水高峰时段水压严重不足，希望尽快维修。</p>"
                     f"<table>{rows}</table></div></body></html>", id="t")
    lines = doc.text.split("\n")
    if split:
        # the label on its own line, never glued to the text's first sentence
        assert label in lines
        assert value in lines
    else:
        assert label not in lines
        assert value not in lines


def test_a_data_table_in_an_article_keeps_its_rows() -> None:
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in
                   [("项目", "金额（万元）"), ("道路改造", "1200"), ("管网更新", "860")])
    body = ("<p>据介绍，今年全县安排城建项目资金如下，各项目均已完成招标并陆续开工建设。</p>"
            f"<table>{rows}</table>"
            "<p>县住建局表示，将加强项目监管，确保工程质量和施工安全，按期完成建设任务。</p>")
    doc = clean_html(f"<html><body><div class='article'><h1>某某县城建项目开工</h1>{body}"
                     "</div></body></html>", id="t")
    # a row a line, its cells beside each other: a number alone on a line would read as a
    # counter and go (管网更新 | 860 lost its 860)
    assert doc.text.split("\n")[1:4] == ["项目 金额（万元）", "道路改造 1200", "管网更新 860"]
