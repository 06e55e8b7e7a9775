"""The general shapes the eleventh batch of unseen families (tests/fixtures/gold_like/gl114-gl120)
showed our text path getting wrong, each checked on invented pages: a speech's closing thanks
(谢谢大家！) under its last paragraph, which went with the links after it; a speech's speaker
printed with their office under the headline (县长  某某某) over the day it was given, not read
as its author."""

from __future__ import annotations

import pytest

from cleaners import clean_text

_SPEECH = """某某县人民政府
首页  政务公开  政务服务  互动交流  专题专栏
当前位置：首页 > 政务公开 > 领导讲话
在全县某某工作会议上的讲话
{speaker}
（2025年3月6日）
发布时间：2025-03-08 10:00   来源：县政府办公室   浏览次数：88
同志们：
今天召开全县某某工作会议，主要任务是总结去年工作，部署今年任务。下面，我讲两点意见。
一是提高认识。各乡镇、各部门要充分认识做好这项工作的重要意义，切实增强责任感和紧迫感。
二是狠抓落实。要细化任务分工，明确时间节点，确保各项工作按期完成、取得实效。
{closing}
【打印本页】 【关闭窗口】
上一篇：在全县某某大会上的讲话
下一篇：在县政府某某会议上的讲话
相关文章
· 县政府召开常务会议研究部署某某工作
· 县领导督导检查某某工作
主办：某某县人民政府办公室
某ICP备00000000号
"""


@pytest.mark.parametrize("closing", ["谢谢大家！", "谢谢！", "感谢各位的聆听。", "谢谢大家。"])
def test_a_speechs_closing_thanks_is_its_last_line(closing: str) -> None:
    doc = clean_text(_SPEECH.format(speaker="县长  某某某", closing=closing), id="thanks")
    assert doc.text.split("\n")[-1] == closing
    for chrome in ("上一篇", "相关文章", "常务会议研究部署", "督导检查"):
        assert chrome not in doc.text


def test_thanks_among_the_links_is_still_a_link() -> None:
    """Counterexample: a headline that thanks someone (谢谢你，某某老师！) in the list after
    the page's tools is no closing line: it goes with the list."""
    page = _SPEECH.format(speaker="县长  某某某", closing="谢谢大家！").replace(
        "· 县领导督导检查某某工作", "· 谢谢你，某某老师！\n· 县领导督导检查某某工作")
    doc = clean_text(page, id="thanks_link")
    assert "某某老师" not in doc.text
    assert doc.text.split("\n")[-1] == "谢谢大家！"


@pytest.mark.parametrize(("speaker", "name"), [
    ("县长  某某某", "某某某"), ("市委书记 某某", "某某"), ("局党组书记、局长　某某某", "某某某"),
])
def test_a_speakers_office_and_name_under_the_headline_is_the_author(speaker: str,
                                                                     name: str) -> None:
    doc = clean_text(_SPEECH.format(speaker=speaker, closing="谢谢大家！"), id="speaker")
    assert doc.meta.authors == (name,)
    assert doc.meta.title == "在全县某某工作会议上的讲话"
    assert doc.text.startswith(("（2025年3月6日）\n同志们：", "同志们："))


def test_an_office_without_a_name_is_no_speaker() -> None:
    """Counterexample: a line naming an office and no person (县长信箱 / 主任热线) under the
    headline names no author."""
    doc = clean_text(_SPEECH.format(speaker="县长信箱  在线咨询", closing="谢谢大家！"),
                     id="no_speaker")
    assert doc.meta.authors == ()
