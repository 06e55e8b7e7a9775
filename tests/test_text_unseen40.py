"""The general shape the batch of invented county and township government pages (tests/
fixtures/gold_like/gl352-gl355: a 政策解读 page, a 镇 办事指南, a 乡 工作动态 page, a 任免 notice)
showed our text path getting wrong: a page's bracketed print and close buttons
(【打印本页】【关闭窗口】) glued after the last paragraph's last sentence took the whole
paragraph with them. Names are invented."""

from __future__ import annotations

import pytest

from cleaners import clean_text

_HEAD = ["某某乡人民政府网", "网站首页 | 乡情简介 | 工作动态 | 通知公告", "首页 >> 工作动态",
         "某某乡开展秋季森林防火专项巡查", "发布时间：2025-10-21", ""]
_PARAS = ["10月20日，某某乡组织应急、林业站及各村护林员共40余人，对辖区重点林区开展秋季森林防火专项巡查。",
          "巡查组重点检查了林区入口卡点值守、防火宣传标语张贴、扑火物资储备等情况，对发现的2处隐患现场督促整改。"]
_LAST = "下一步，该乡将严格落实24小时值班制度，确保秋冬季节森林资源安全。"
_TAIL = ["上一条：某某乡召开三季度安全生产工作会议", "下一条：某某乡举办农村电商技能培训班"]


@pytest.mark.parametrize("tools", ["【打印本页】【关闭窗口】", "【字体：大 中 小】【打印】【关闭】",
                                   " [打印本页] [关闭窗口]", "【打印本頁】【關閉窗口】"])
def test_page_tools_glued_after_the_last_sentence_go_and_the_sentence_stays(tools: str) -> None:
    doc = clean_text("\n".join([*_HEAD, *_PARAS, _LAST + tools, *_TAIL]), id="tools")
    lines = doc.text.split("\n")
    assert lines[-1] == _LAST
    assert "打印" not in doc.text
    assert "關閉" not in doc.text


def test_a_sentence_naming_a_button_is_kept() -> None:
    last = "如需纸质版，请点击【打印】按钮。"
    doc = clean_text("\n".join([*_HEAD, *_PARAS, last, *_TAIL]), id="button")
    assert doc.text.split("\n")[-1] == last
