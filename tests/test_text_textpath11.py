"""Gold HTML pages saved as text (textpath11): a firm's page prints its sidebar's list of
links (· 某某召开…… / · 某某开展……) over the article's headline, and its info row under the
headline is taken by the chrome. A run of bulleted lines is a list, no headline wrapped over
lines: the headline is the line outside the list. Each in both scripts. Names are invented."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.document import Doc
from cleaners.markup import MarkupMarks
from tests.scripts import to_traditional

_PARAS = ["6月10日，某某电厂2号机组顺利通过整套启动试运行，正式并网发电，检修任务圆满完成。",
          "本次检修历时五十八天，共完成标准检修项目一千二百余项、技术改造项目十六项。",
          "检修全过程未发生人身伤害和设备损坏事件，分公司表示将做好检修总结和资料归档。"]


def _page(sidebar: list[str]) -> str:
    return "\n".join(["某某能源集团", "", "首 页  集团概况  新闻中心  党建工作  安全生产  企业文化",
                      "", *sidebar, "", "当前位置：首页 > 新闻中心 > 企业新闻", "",
                      "检修分公司完成2号机组检修任务",
                      "供稿：检修分公司    发布日期：2024-06-12    阅读：", *_PARAS,
                      "【打印】【关闭】"])


@pytest.mark.parametrize("script", ["hans", "hant"])
@pytest.mark.parametrize("bullet", ["·", "•"])
def test_a_sidebars_bulleted_links_make_no_headline(script: str, bullet: str) -> None:
    page = _page(["党建动态", f"{bullet} 集团党委召开理论学习中心组学习会",
                  f"{bullet} 销售公司党支部开展主题党日活动",
                  f"{bullet} 集团举办基层党组织书记培训班"])
    title = "检修分公司完成2号机组检修任务"
    if script == "hant":
        page, title = to_traditional(page), to_traditional(title)
    doc = clean_text(page)
    assert doc.meta.title == title
    assert doc.text.split("\n")[0].startswith(to_traditional(_PARAS[0]) if script == "hant"
                                              else _PARAS[0])
    assert "集团党委" not in doc.text
    assert "集團黨委" not in doc.text


@pytest.mark.parametrize("script", ["hans", "hant"])
def test_a_lone_bulleted_headline_is_still_read(script: str) -> None:
    """Counterexample: a headline the page prints as one list item, no list around it, is
    still the headline (its bullet dropped)."""
    page = "\n".join(["• 某某街道养老服务站开放一周年", "", *_PARAS])
    title = "某某街道养老服务站开放一周年"
    if script == "hant":
        page, title = to_traditional(page), to_traditional(title)
    assert clean_text(page).meta.title == title


def test_a_name_with_a_middle_dot_is_no_bullet() -> None:
    """Counterexample: a foreign name's middle dot (约翰·史密斯) opens no list item."""
    from cleaners.meta import _BULLETED
    assert _BULLETED.match("约翰·史密斯访问某某市") is None
    assert _BULLETED.match("·约翰访问某某市") is None
    assert _BULLETED.match("· 集团党委召开学习会") is not None


_WARNING = ["某某气象台2024年6月18日10时12分发布暴雨橙色预警信号：预计未来三小时内，我市城区将出现"
            "五十毫米以上降水，请注意防范。",
            "防御指南：", "1.政府及相关部门按照职责做好防暴雨应急工作；",
            "2.切断有危险的室外电源，暂停户外作业。"]


def _warning_page(under_row: str) -> str:
    return "\n".join(["某某市气象局", "首页 气象要闻 预警信息 天气预报 气象服务 政务公开", "",
                      "当前位置：首页 > 预警信息", "", "某某市气象台发布暴雨橙色预警信号", "",
                      "发布时间：2024-06-18 10:12　来源：某某市气象台", under_row, "",
                      "预警类型：暴雨　预警级别：橙色", "", *(line for para in _WARNING for line in (para, ""))])


@pytest.mark.parametrize("script", ["hans", "hant"])
def test_a_pictures_alt_text_repeating_the_headlines_end_goes(script: str) -> None:
    """The signal's picture under the row prints its alt text, the words the headline ends
    with (…发布暴雨橙色预警信号 / row / 暴雨橙色预警信号): a copy, not the text."""
    page = _warning_page("暴雨橙色预警信号")
    if script == "hant":
        page = to_traditional(page)
    lines = clean_text(page).text.split("\n")
    want = _WARNING[0] if script == "hans" else to_traditional(_WARNING[0])
    assert lines[1] == want  # under the signal's level row, which is the text's


@pytest.mark.parametrize("script", ["hans", "hant"])
@pytest.mark.parametrize("under_row", [
    # counterexamples: a subtitle with words of its own, a sentence opening the text
    "全市转移群众三百余人暴雨橙色预警信号",
    "预警信号已发布，请注意防范。",
])
def test_a_line_under_the_row_that_is_no_copy_of_the_headlines_end_stays(
        under_row: str, script: str) -> None:
    page = _warning_page(under_row)
    if script == "hant":
        page, under_row = to_traditional(page), to_traditional(under_row)
    assert clean_text(page).text.split("\n")[0] == under_row


@pytest.mark.parametrize("script", ["hans", "hant"])
@pytest.mark.parametrize(("line", "goes"), [
    ("版面图", True),  # the label over an e-paper page's picture
    ("版面图  上一版  下一版", True),
    ("版面图显示，头版刊发了全市防汛工作的报道。", False),  # counterexample: a sentence
])
def test_an_epaper_pages_picture_label_goes(line: str, goes: bool, script: str) -> None:
    page = "\n".join(["某某日报", "2025年06月18日 星期三", "", line, "上一版 下一版", "",
                      "老街改造留住烟火气", "", *_PARAS])
    if script == "hant":
        page, line = to_traditional(page), to_traditional(line)
    assert (line not in clean_text(page).text.split("\n")) is goes


@pytest.mark.parametrize("script", ["hans", "hant"])
def test_a_docs_sites_anchor_marks_before_its_headings_go(script: str) -> None:
    """A docs site saved as text prints its anchor's mark before each heading (# 开户与缴费):
    two or more such lines and no other markdown, the mark goes and the heading stays."""
    page = "\n".join(["# 个人养老金缴费与税收优惠", "", _PARAS[0], "", "# 开户与缴费", "",
                      _PARAS[1], "", "# 领取", "", _PARAS[2]])
    want = ["开户与缴费", "领取"]
    if script == "hant":
        page, want = to_traditional(page), [to_traditional(w) for w in want]
    lines = clean_text(page).text.split("\n")
    assert all(w in lines for w in want)
    assert not any(ln.startswith("#") for ln in lines)


@pytest.mark.parametrize("script", ["hans", "hant"])
@pytest.mark.parametrize("marked", [
    # counterexamples: one marked line alone, a hashtag closing its own mark, a sentence
    ["# 开户与缴费"],
    ["#开户与缴费#", "#领取#"],
    ["# 开户后即可缴费。", "# 领取时须本人到场，"],
])
def test_a_hash_that_is_no_anchors_mark_stays(marked: list[str], script: str) -> None:
    page = "\n".join([_PARAS[0], "", *(x for m in marked for x in (m, "", _PARAS[1]))])
    if script == "hant":
        page, marked = to_traditional(page), [to_traditional(m) for m in marked]
    assert MarkupMarks()(Doc(id="t", text=page)).text == page
