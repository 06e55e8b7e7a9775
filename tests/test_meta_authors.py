"""Author names lifted from bylines carry no outlet titles."""

from __future__ import annotations

import pytest

from cleaners.document import Doc, Removal
from cleaners.html.dom import parse_html
from cleaners.html.metadata import page_meta
from cleaners.meta import MetaLines, clean_authors, parse_byline, parse_date_row
from cleaners.names import plausible_author


def test_outlet_reporter_title_is_no_author_name() -> None:
    assert clean_authors("某报记者 王一 李二") == ("王一", "李二")
    assert clean_authors("某某社记者张三、李四") == ("张三", "李四")
    found = parse_byline("采写：某报记者 王一 李二", tail=True)
    assert found is not None
    assert found.authors == ("王一", "李二")


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("某某台记者 王一 李二 报道", ("王一", "李二")),  # a TV report's spaced closing verb
        ("某某台记者 王一 报道", ("王一",)),
        ("某某日报记者 王一 北京 报道", ("王一",)),  # where it was filed from, spaced
        ("某某日报记者 王一 文", ("王一",)),
        ("记者 王一 李二 报道", ("王一", "李二")),
        ("本台记者 王一 李二 报道", ("王一", "李二")),
        ("记者 王一 北京 报道", ("王一",)),
        ("记者 王一 石家庄报道", ("王一",)),  # glued, the place closes the byline
    ],
)
def test_a_closing_verb_set_apart_is_no_author(byline: str, authors: tuple[str, ...]) -> None:
    found = parse_byline(byline, tail=True)
    assert found is not None
    assert found.authors == authors


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("（某某晚报记者 钟一文）", ("钟一文",)),  # 文 a given name's last character
        ("记者 欧阳文", ("欧阳文",)),
        ("记者 王文", ("王文",)),
        ("（某某日报记者 王某某文）", ("王某某",)),  # a full name, then text by
        ("（某某日报记者 王一 文）", ("王一",)),
        ("（某某日报记者 王一摄）", ("王一",)),
    ],
)
def test_a_glued_wen_ends_no_name_of_three(byline: str, authors: tuple[str, ...]) -> None:
    found = parse_byline(byline, tail=True)
    assert found is not None
    assert found.authors == authors


@pytest.mark.parametrize(
    ("rule", "credit", "authors"),
    [
        ("trailing_byline", "（张三）", ("张三",)),
        ("trailing_credit", "(文/图 王一 李二)", ("王一", "李二")),
        ("trailing_byline", "（某某社）", ()),  # an outlet, not a person
        ("editor_credit", "（张三）", ()),  # an editor's credit names no author
        # the office that sent it in, labelled, and its writer: the writer is the author
        ("editor_credit", "（供稿：县民政局 张三）", ("张三",)),
        ("editor_credit", "(来稿：某某镇 张三 李四)", ("张三", "李四")),
        ("editor_credit", "（供稿：张三）", ()),  # a name alone after 供稿: not told apart
        ("editor_credit", "（编辑：县民政局 张三）", ()),  # an editor is no author
    ],
)
def test_removed_credit_names_the_authors(
    rule: str, credit: str, authors: tuple[str, ...]
) -> None:
    doc = Doc(id="t", text="正文第一段，内容足够长，写了很多事情。\n第二段。",
              removals=(Removal("chrome.inline", rule, "credit", credit, "line 2"),))
    assert MetaLines()(doc).meta.authors == authors


@pytest.mark.parametrize(
    ("shown", "authors"),
    [("<p>作者：张三</p>", ("张三",)), ("", ())],  # a web editor's name nobody sees: none
)
def test_meta_author_counts_only_when_the_page_shows_it(
    shown: str, authors: tuple[str, ...]
) -> None:
    page = (f"<html><head><meta name='author' content='张三'></head><body>{shown}"
            "<p>正文第一段，内容足够长，写了很多事情。</p></body></html>")
    root = parse_html(page)
    assert root is not None
    assert page_meta(root, [], find_date=False).authors == authors


@pytest.mark.parametrize(
    ("name", "ok"), [("参考消息", False), ("某某日报", False), ("王小明", True), ("叨叨姐", True)])
def test_outlets_are_no_authors(name: str, ok: bool) -> None:
    assert plausible_author(name) is ok


@pytest.mark.parametrize("line", ["（作者：本报评论员）", "（作者：本報評論員）", "作者：特约评论员",
                                  "（作者：本报通讯员）"])
def test_a_newsroom_role_alone_names_no_author(line: str) -> None:
    found = parse_byline(line, tail=True)
    assert found is None or found.authors == ()


@pytest.mark.parametrize(("line", "authors"), [("（作者：本报评论员 张三）", ("张三",)),
                                               ("作者：评论员 王小明", ("王小明",))])
def test_a_commentator_named_after_the_role_is_the_author(
        line: str, authors: tuple[str, ...]) -> None:
    # Counterexample: the role goes, the name after it stays.
    found = parse_byline(line, tail=True)
    assert found is not None
    assert found.authors == authors


def test_a_bare_row_of_names_is_a_byline_up_to_four_names() -> None:
    hit = parse_byline("王彩艳 肖亚平", tail=True)
    assert hit is not None
    assert hit.authors == ("王彩艳", "肖亚平")
    # Counterexample: five names or more with no 记者/作者 are a list (award winners).
    assert parse_byline("孙志刚 马晓燕 朱文华 胡海 郭丽萍", tail=True) is None


def test_a_byline_row_of_bar_fields_names_only_its_author() -> None:
    # the counter after the last bar (阅读 4521) is no second author; the row goes to the
    # field reader, which takes the date too
    assert parse_byline("作者：钟某某 | 2024-05-30 | 阅读 4521", tail=False) is None
    assert parse_byline("作者：钟某某", tail=False).authors == ("钟某某",)  # type: ignore[union-attr]


@pytest.mark.parametrize("outlet", ["金融网", "高新报", "万家社"])
def test_an_outlets_name_alone_after_the_article_is_no_byline(outlet: str) -> None:
    # Starting with a surname's character, it reads as a name of three; plausible_author
    # knows the outlet's ending (网, 报, 社).
    assert parse_byline(outlet, tail=True) is None
    para = "这是一段足够长的正文内容，用来说明文章的主体部分在这里展开，并且包含完整的句子。"
    text = "\n\n".join(["某地新建的图书馆正式开放", "2024年5月6日 10:00", para, para, para,
                       "为您推荐", "某市发布暑期出行提示", outlet, "灾害自救知识请收好"])
    assert MetaLines()(Doc(id="d", text=text)).meta.authors == ()


def test_a_name_alone_after_the_article_is_still_its_byline() -> None:
    assert parse_byline("金国华", tail=True) is not None


@pytest.mark.parametrize(("row", "authors"), [
    ("周某某1，许某某1，钱某某2", ("周某某", "许某某", "钱某某")),
    ("周某某1,许某某1,钱某某2", ("周某某", "许某某", "钱某某")),  # ASCII commas
    ("周某某1,2，许某某1", ("周某某", "许某某")),  # two affiliations of one author
    ("周某某1,2,许某某1", ("周某某", "许某某")),
])
def test_a_papers_numbered_authors_row_is_read_with_either_comma(
        row: str, authors: tuple[str, ...]) -> None:
    from cleaners.meta import _affiliated_names

    assert _affiliated_names(row) == authors


def test_numbered_labels_are_no_authors_row() -> None:
    from cleaners.meta import _affiliated_names

    assert _affiliated_names("附件1,附件2") is None


@pytest.mark.parametrize(("lead", "authors"), [
    # a Taiwan agency's dateline: the reporter's name glued to the place it was filed from
    ("（中央社記者林怡君台北3日電）衛生福利部今天宣布，明年起擴大長照喘息服務。", ("林怡君",)),
    ("（中央社記者林怡君、陳大明東京3日專電）日本政府今天公布新的簽證措施。", ("林怡君", "陳大明")),
    # a two-character name: the longest name that leaves a place of two characters
    ("（中央社記者王明台北3日電）行政院會今天通過修正草案。", ("王明",)),
    # one that leaves a place jieba knows (华盛顿), not a longer name before 盛頓
    ("（中央社記者王明華盛頓3日專電）美國國會今天表決預算案。", ("王明",)),
    ("（某某社记者张三北京3日电）今天召开新闻发布会。", ("张三",)),
    # no reporter in the dateline: no author
    ("（中央社台北3日電）行政院會今天通過修正草案。", ()),
])
def test_an_agencys_bracketed_dateline_names_its_reporters(
        lead: str, authors: tuple[str, ...]) -> None:
    text = f"某某新聞標題\n{lead}\n第二段說明相關措施的內容，並提到下一步的安排。"
    doc = MetaLines()(Doc(id="d", text=text))
    assert doc.meta.authors == authors
    assert lead in doc.text  # the dateline opens the lead: it stays, only its names are read


def test_a_transliterated_full_name_keeps_its_dot() -> None:
    # given name and father's name joined by a middle dot are one person (Uyghur, Kazakh names)
    assert clean_authors("记者 阿依古丽·吐尔逊") == ("阿依古丽·吐尔逊",)
    assert clean_authors("买买提·艾力、王某某") == ("买买提·艾力", "王某某")
    # two Han names so joined are a list; a role and a name (文·张三) no name of one person
    assert clean_authors("张三·李四") == ("张三", "李四")
    assert clean_authors("文·张三") == ("张三",)


def test_a_date_rows_labelled_roles_after_the_outlet_are_all_authors() -> None:
    from cleaners.meta import parse_date_row

    found = parse_date_row("2025-02-11 07:40　某某晚报　记者：王某某　通讯员：李某某　编辑：赵某某")
    assert found is not None
    assert found.source_name == "某某晚报"
    assert found.authors == ("王某某", "李某某")  # the editor is staff, no author
    found = parse_date_row("2024-05-06 21:58 某某体育 记者 某某某")
    assert found is not None
    assert found.authors == ("某某某",)


@pytest.mark.parametrize(("name", "ok"), [
    ("开始", False), ("開始", False), ("更新", False), ("结束", False), ("直播中", False),
    # a word only holding one of them stays a possible name
    ("开心", True), ("始终", True), ("结束语", True)])
def test_the_word_after_a_rows_time_is_no_author(name: str, ok: bool) -> None:
    # 记者 某某 某某 2026-10-25 07:00 开始: the time read off the row leaves its word
    assert plausible_author(name) is ok


def test_a_live_pages_row_keeps_its_reporters_not_the_start_word() -> None:
    page = ("<html><head><title>某地马拉松今晨鸣枪</title></head><body>"
            "<h1>某地马拉松今晨鸣枪</h1><div>某某新闻 记者 詹某某 温某某\u3000"
            "<time datetime='2026-10-25T07:00:00+08:00'>2026-10-25 07:00</time> 开始</div>"
            "<p>发令枪响，比赛正式开始！一万五千名跑者从市民广场出发，沿湖岸向东跑去。</p></body></html>")
    root = parse_html(page)
    assert root is not None
    assert page_meta(root, [], find_date=False).authors == ("詹某某", "温某某")


@pytest.mark.parametrize("line", [
    "某某新闻 记者 詹某某 温某某\u30002026-10-25 07:00 开始",
    "某某新闻 记者 詹某某 温某某 2026-10-25 07:00 開始",
])
def test_a_date_rows_closing_time_word_is_no_field(line: str) -> None:
    # a live page's row: its time and the word saying what began then
    found = parse_date_row(line)
    assert found is not None
    assert (found.date, found.source_name, found.authors) == (
        "2026-10-25T07:00:00", "某某新闻", ("詹某某", "温某某"))


@pytest.mark.parametrize("line", ["2026年12月1日 07:30 开始营业", "2026-12-01 08:00 開始受理",
                                  "2026-12-01 18:00 结束报名"])
def test_what_begins_at_a_rows_time_is_no_outlet(line: str) -> None:
    # a notice's hour and what starts or ends then: the date's row, no publisher
    found = parse_date_row(line)
    assert found is None or found.source_name is None


def test_a_date_row_without_the_word_reads_the_same() -> None:
    found = parse_date_row("某某新闻 记者 詹某某 温某某 2026-10-25 07:00")
    assert found is not None
    assert found.authors == ("詹某某", "温某某")
    # the word goes only right after the time: an outlet's name closing the row stays
    assert parse_date_row("2024-05-06 07:30 某某日报") is not None


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("（体育组　林一然　供稿）", ("林一然",)),  # the desk before the name is no author
        ("（林一然 供稿）", ("林一然",)),
        ("（林一然 王小二 供稿）", ("林一然", "王小二")),
        ("（办公室 供稿）", None),  # a desk alone names no one
        ("（县委宣传部 供稿）", None),
        ("（以上内容由县农业农村局供稿）", None),
    ],
)
def test_a_contributed_credit_names_its_writer(
    line: str, authors: tuple[str, ...] | None
) -> None:
    found = parse_byline(line, tail=True)
    assert (found.authors if found else None) == authors


_NOTE_BODY = "本周硅料价格连续三周企稳，行业库存较月初下降约百分之八，我们认为价格底部已经基本确认。"


def test_a_research_note_s_analyst_rows_stacked_are_its_authors_in_text() -> None:
    text = ("某某行业周报：价格企稳\n分析师：甲某某 执业证书编号：S0000520080001\n"
            f"分析师：乙某某 执业证书编号：S0000522030004\n{_NOTE_BODY}\n{_NOTE_BODY}")
    doc = MetaLines()(Doc(id="t", text=text))
    assert doc.meta.authors == ("甲某某", "乙某某")
    assert "执业证书编号" not in doc.text


def test_an_analyst_s_words_in_the_text_are_no_byline() -> None:
    # a transcript's speaker label before a sentence: no row of fields
    text = (f"{_NOTE_BODY}\n分析师：今年以来行业库存持续下降，价格底部已经基本确认。\n{_NOTE_BODY}")
    doc = MetaLines()(Doc(id="t", text=text))
    assert doc.meta.authors == ()
    assert doc.text == text
