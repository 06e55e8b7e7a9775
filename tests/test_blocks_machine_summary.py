"""chrome.blocks machine_summary: a portal's AI-written summary box over the article (its label,
a few numbered lines, its 以上内容由AI生成，仅供参考 note) goes whole; lines under a label with no
note below them stay, as does a long run between a label and a far note."""

from __future__ import annotations

from cleaners import clean_text
from cleaners.chrome.blocks import machine_summary

PARAS = [
    "11月初，城东的老旧小区改造工程全面完工，三十多栋住宅楼加装了电梯，外墙也重新做了保温。",
    "社区负责人介绍，改造前曾先后召开十余次居民议事会，每一项方案都征求过住户的意见。",
    "住在五楼的居民说，加装电梯以后，家里的老人终于可以每天下楼晒太阳了。",
    "据悉，明年全区还将启动第二批改造，涉及小区二十个。",
]
SUMMARY = ["1. 城东老旧小区改造完工，三十多栋楼加装电梯。", "2. 改造方案经居民议事会征求意见。",
           "3. 明年将启动第二批改造。"]


def test_box_between_label_and_note_goes() -> None:
    page = "\n".join(["老旧小区改造完工 三十多栋楼装上电梯", "2025-11-05 09:00  来源：某某日报",
                      "AI划重点", *SUMMARY, "以上内容由AI生成，仅供参考", *PARAS,
                      "责任编辑：某某"])
    doc = clean_text(page)
    kept = [ln for ln in doc.text.split("\n") if ln.strip()]
    assert kept == PARAS
    assert [r.text for r in doc.removals if r.rule == "ai_summary"] == [
        "AI划重点", "以上内容由AI生成，仅供参考", *SUMMARY]


def test_label_without_note_opens_no_box() -> None:
    # the article's own numbered points under a label that named no box: no note, no box
    assert machine_summary([1, 2, 3, 4], {0: "AI摘要"}) == []
    # a note with no label above it takes nothing either
    assert machine_summary([0, 1, 2], {3: "以上内容由AI生成，仅供参考"}) == []


def test_far_note_closes_no_box() -> None:
    # more lines than a summary box holds between the label and the note: the article's
    filled = list(range(1, 12))
    assert machine_summary(filled, {0: "AI摘要", 12: "以上内容由AI生成，仅供参考"}) == []
    assert machine_summary([1, 2, 3], {0: "AI摘要", 4: "以上内容由AI生成，仅供参考"}) == [1, 2, 3]
    # a traditional copy's note
    assert machine_summary([1, 2], {0: "AI摘要", 3: "以上內容由AI生成，僅供參考"}) == [1, 2]
