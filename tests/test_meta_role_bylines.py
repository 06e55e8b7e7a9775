"""Bylines naming several roles: every reporter, correspondent, intern and writer is an author.

A photographer credited apart (摄影 某某, 图/某某) took the pictures, not the text; one credited
with the text (文/图 某某) wrote it. The same names come out whatever the byline's shape:
roles with or without colons, in brackets, alone on a line or in a metadata row.
"""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.meta import parse_byline, parse_meta_line
from cleaners.names import clean_source, split_names


@pytest.mark.parametrize(("line", "authors"), [
    ("记者 曹某某 通讯员 孔某某", ("曹某某", "孔某某")),
    ("记者：曹明华 通讯员：孔令伟", ("曹明华", "孔令伟")),
    ("（记者 曹明华 通讯员 孔令伟）", ("曹明华", "孔令伟")),
    ("（本报记者 曹明华 通讯员 孔令伟 王小明）", ("曹明华", "孔令伟", "王小明")),
    ("记者 曹明华 实习生 孔令伟 通讯员 王小明", ("曹明华", "孔令伟", "王小明")),
    ("记者：曹明华 实习生：孔令伟", ("曹明华", "孔令伟")),
    ("见习记者 曹明华", ("曹明华",)),
    ("特约记者：曹明华", ("曹明华",)),
    ("本报通讯员 孔令伟", ("孔令伟",)),
    ("通讯员 孔令伟", ("孔令伟",)),
    ("记者 曹明华 通讯员 孔令伟 报道", ("曹明华", "孔令伟")),
    # compiled from the reporters' stories (综合本报记者 …): they are its authors
    ("（综合本报记者 吴某某 孙某某）", ("吴某某", "孙某某")),
    ("記者 曹明華 通訊員 孔令偉", ("曹明華", "孔令偉")),
    # the photographer credited apart is no author
    ("记者 曹明华 摄影 孔令伟", ("曹明华",)),
    ("文/曹明华 摄影/孔令伟", ("曹明华",)),
    ("文/曹明华 图/孔令伟", ("曹明华",)),
    # credited with the text, the photographer wrote it
    ("文/图 曹明华", ("曹明华",)),
    # a platform's 原创 mark before the credits (a mini-program's or an account's post)
    ("原创　文/曹明华　图/孔令伟", ("曹明华",)),
    ("原創 記者 曹明華 通訊員 孔令偉", ("曹明華", "孔令偉")),
    ("原创 | 作者 曹明华", ("曹明华",)),
    # the desk's roles in the same row (审核, 编辑, 责任编辑) passed the text, never wrote it
    ("通讯员 曹明华 摄影 孔令伟 审核 王小明 编辑 李某某", ("曹明华",)),
    ("文/图 曹明华 审核 孔令伟", ("曹明华",)),
    ("文/图 曹明华 王小明 审核 孔令伟 编辑 李某某", ("曹明华", "王小明")),
    ("（记者 曹明华 通讯员 王小明 编辑 孔令伟）", ("曹明华", "王小明")),
    ("通讯员 曹明华 责任编辑 孔令伟", ("曹明华",)),
])
def test_every_writing_role_names_an_author(line: str, authors: tuple[str, ...]) -> None:
    found = parse_byline(line, tail=False)
    assert found is not None
    assert found.authors == authors


@pytest.mark.parametrize(("line", "authors"), [
    ("记者：曹明华 通讯员：孔令伟", ("曹明华", "孔令伟")),
    ("记者：曹明华 实习生：孔令伟", ("曹明华", "孔令伟")),
    ("特约记者：曹明华", ("曹明华",)),
    ("作者：张某某 摄影：王某 编辑：李某", ("张某某",)),
])
def test_a_labelled_row_names_every_role(line: str, authors: tuple[str, ...]) -> None:
    found = parse_meta_line(line)
    assert found is not None
    assert found.authors == authors


@pytest.mark.parametrize("line", ["记者走访发现", "记者 曹明华 摄", "图/孔令伟",
                                  # the desk alone names no writer
                                  "编辑 曹明华 审核 孔令伟", "审核 孔令伟",
                                  # 原创 before no credit: a sentence, a heading
                                  "原创文章评论", "原创作品展", "原创 图/孔令伟"])
def test_no_role_byline(line: str) -> None:
    found = parse_byline(line, tail=False)
    assert found is None or not found.authors


@pytest.mark.parametrize(("credit", "authors"), [
    ("（综合本报记者 张某某 李某某）", ("张某某", "李某某")),
    ("（来源：某某日报）", ()),  # a source credit names the publisher, no writer
])
def test_a_bracketed_credit_line_closing_the_page_names_its_authors(
        credit: str, authors: tuple[str, ...]) -> None:
    page = ("某某市召开防汛工作会议\n2024-07-15 07:30\n"
            "7月14日，某某市召开防汛工作会议，部署今年主汛期各项防汛准备工作，要求压实责任。\n"
            "会议强调，各区要加强值班值守，及时发布预警信息，确保群众生命财产安全万无一失。\n"
            f"{credit}")
    doc = clean_text(page, id="credit")
    assert doc.meta.authors == authors
    assert credit not in doc.text


@pytest.mark.parametrize(("credit", "authors"), [
    ("通讯员 张某某 摄影 李某某 审核 王某 编辑 赵某某", ("张某某",)),
    ("文/图 张某某 审核 王某", ("张某某",)),
    ("编辑 赵某某 审核 王某", ()),
])
def test_a_credit_row_of_roles_without_colons_closing_the_page_names_its_writers(
        credit: str, authors: tuple[str, ...]) -> None:
    """A school's or a county's closing row of roles and names, no colon between them: the
    row goes, its writers are the authors, the desk (审核, 编辑) never."""
    page = ("某某学院举办大学生创新设计大赛\n2024-05-21\n"
            "5月19日，某某学院第五届大学生创新设计大赛决赛在报告厅举行，二十四支队伍同台竞技。\n"
            "大赛评选出一等奖三项、二等奖六项、三等奖十项，学院将推荐优秀作品参加省级竞赛。\n"
            f"{credit}")
    doc = clean_text(page, id="credit")
    assert doc.meta.authors == authors
    assert credit not in doc.text


@pytest.mark.parametrize(("line", "source", "authors"), [
    ("来源丨某某县融媒体中心", "某某县融媒体中心", ()),
    ("作者｜某某某", None, ("某某某",)),
    ("来源｜某某观察（ID：abc_123）", "某某观察", ()),
    ("来源 | 某某日报 | 2024-05-30", "某某日报", ()),
])
def test_a_bar_after_a_label_is_its_colon(line: str, source: str | None,
                                          authors: tuple[str, ...]) -> None:
    found = parse_meta_line(line)
    assert found is not None
    assert (clean_source(found.source_name), found.authors) == (source, authors)


@pytest.mark.parametrize(("line", "source", "authors"), [
    ("（某某晚报记者 张某某）", "某某晚报", ("张某某",)),
    ("某某日报记者 张某某", "某某日报", ("张某某",)),
])
def test_an_outlets_reporter_in_brackets(line: str, source: str | None,
                                         authors: tuple[str, ...]) -> None:
    found = parse_byline(line, tail=True)
    assert found is not None
    assert (found.source_name, found.authors) == (source, authors)


@pytest.mark.parametrize(("line", "authors"), [
    # set apart by a space, X报道 closing the byline is where the story was filed from, though
    # many places start with a surname's character
    ("记者 张某某 成都报道", ("张某某",)),
    ("记者 张某某 郑州报道", ("张某某",)),
    ("记者 张某某 石家庄报道", ("张某某",)),
    ("（记者 张某某 唐山报道）", ("张某某",)),
    ("本报记者 陈某 长沙报道", ("陈某",)),
    ("记者 李某 王某某 北京报道", ("李某", "王某某")),
    # glued to a name, or to the last name of a list, the verb says who reported
    ("本报记者 李某明报道", ("李某明",)),
    ("记者 张某某、李某报道", ("张某某", "李某")),
])
def test_a_place_closing_a_byline_is_no_author(line: str, authors: tuple[str, ...]) -> None:
    found = parse_byline(line, tail=False)
    assert found is not None
    assert found.authors == authors
    body = "今天上午，全市召开了安全生产工作会议，会议总结了前一阶段的工作，部署了下一阶段的任务。"
    doc = clean_text(f"测试新闻标题\n2024-03-11 10:00 来源：某某日报\n{line}\n{body}\n{body}\n")
    assert doc.meta.authors == authors


@pytest.mark.parametrize(("line", "source", "date"), [
    ("来源：某某日报2026-11-27", "某某日报", "2026-11-27"),
    ("来源：某某日报2026-11-27 10:30", "某某日报", "2026-11-27T10:30:00"),
    ("来源：某某网2026年11月27日", "某某网", "2026-11-27"),
    # a labelled date of its own wins
    ("发布时间：2026-11-20 来源：某某日报2026-11-27", "某某日报", "2026-11-20"),
    ("来源：某某日报", "某某日报", None),
    ("来源：2026-11-27", None, "2026-11-27"),
])
def test_a_date_glued_to_the_source_is_the_rows_date(line: str, source: str | None,
                                                      date: str | None) -> None:
    found = parse_meta_line(line)
    assert found is not None
    assert (found.source_name, found.date) == (source, date)
    if source is not None:
        assert clean_source(line.split("来源：")[-1]) == source


@pytest.mark.parametrize(("raw", "want"), [
    ("来源：本院", None), ("本局", None), ("本网原创", None), ("來源：本院", None),
    ("本单位", None),
    # a name that starts with 本 names an outlet (a city's paper, a county's site)
    ("本溪日报", "本溪日报"), ("本溪网", "本溪网"), ("本报记者站", "本报记者站"),
])
def test_a_site_naming_itself_gives_no_source(raw: str, want: str | None) -> None:
    assert clean_source(raw) == want


@pytest.mark.parametrize(("text", "names"), [
    ("Sarah Lin", ["Sarah Lin"]),
    ("Sarah Lin、张三 李四", ["Sarah Lin", "张三", "李四"]),
    ("J. R. Smith, Anna Lee", ["J. R. Smith", "Anna Lee"]),
    ("Zhang Wei 王芳", ["Zhang Wei", "王芳"]),
    # Counterexamples: Han names apart at spaces; lower-case words are no name of one person
    ("张三 李四", ["张三", "李四"]),
    ("admin editor", ["admin", "editor"]),
])
def test_a_latin_name_keeps_its_spaces(text: str, names: list[str]) -> None:
    assert split_names(text) == names


@pytest.mark.parametrize(("line", "authors"), [
    ("作者：Sarah Lin", ("Sarah Lin",)),
    ("文/John Smith 王芳", ("John Smith", "王芳")),
])
def test_a_byline_of_latin_names(line: str, authors: tuple[str, ...]) -> None:
    page = f"某地举办秋季读书节\n\n{line}\n\n" + "今年的读书节吸引了众多市民参加，活动现场气氛热烈，大家交流读书心得。" * 3
    assert clean_text(page, id="latin_byline").meta.authors == authors


@pytest.mark.parametrize(("line", "authors"), [
    # a row's spans saved as text glue the date (and its counters) to the last name
    ("来源：某某县融媒体中心记者：甲某某 通讯员：乙某某2025-11-29 16:05阅读 2318",
     ("甲某某", "乙某某")),
    ("通讯员：乙某某2025-11-29 16:05", ("乙某某",)),
    # counterexamples: a name set apart from its date, and a value that is a date's words
    ("记者：甲某某 通讯员：乙某某 2025-11-29", ("甲某某", "乙某某")),
    ("作者：2025年度先进集体", ()),
])
def test_a_date_glued_to_the_last_labelled_name_is_no_part_of_it(
        line: str, authors: tuple[str, ...]) -> None:
    found = parse_meta_line(line)
    assert found is not None
    assert found.authors == authors
    assert (found.date or "").startswith("2025-11-29") or not authors or "：2025" in line
