"""chrome.blocks: a page's summary box with no label, saved as text, is a line over the article
whose clauses the article prints again below it (summary_echo). A paragraph under another one
stays, even when the article tells its points again further down."""

from __future__ import annotations

from cleaners import clean_text

_HEAD = ["某某公司发布首款AI芯片：性能领先同行", "", "时间：2019-09-25 作者：网络整理", ""]
_SUMMARY = ("发布芯片时，某某拿出一张芯片展示，称“这个芯片真的非常大”。某某表示，这是公司成立后"
            "首款正式流片的芯片，并表示其性能领先同行。")
_BODY = [
    "刚刚，在某某大会上，某某公司首席技术官某某发布了公司的首款AI芯片，引起业内广泛关注。",
    "这是一款云端AI推理芯片，峰值性能为每秒处理7.8万张照片，峰值能效达到500IPS/W。",
    "发布芯片时，某某拿出一张芯片展示，称“这个芯片真的非常大”。",
    "某某表示，这是公司成立后首款正式流片的芯片，并表示其性能领先同行。",
    "据介绍，这块芯片从设计到流片只用了一年半时间，已在公司内多个场景大规模应用。",
]


def _page(lines: list[str]) -> str:
    return "\n".join(lines) + "\n"


def test_an_unlabelled_summary_the_article_prints_again_goes() -> None:
    doc = clean_text(_page([*_HEAD, _SUMMARY, "", *(x for b in _BODY for x in (b, ""))]),
                     id="t")
    assert _SUMMARY not in doc.text
    assert doc.text.split("\n")[0] == _BODY[0]
    assert any(r.rule == "summary_echo" for r in doc.removals)


def test_a_paragraph_under_another_one_stays_though_told_again_below() -> None:
    # an intro's points (the second paragraph), told again further down with their source
    intro = "擅长清洗数据的第三方数据行业，这次轮到自己被“清洗”了，业内人士普遍感到压力。"
    point = "“打蛇打七寸!”大数据对于现金贷、高炮平台、套路贷而言是命门，没有了数据做支撑，他们就无法放贷。"
    later = "“打蛇打七寸!”某某提到，大数据对于现金贷、高炮平台、套路贷而言是命门，没有了数据做支撑，他们就无法放贷。"
    doc = clean_text(_page([*_HEAD, intro, "", point, "", *(x for b in _BODY for x in (b, "")),
                            later, ""]), id="t")
    assert point in doc.text.split("\n")


def test_bulleted_points_under_their_heading_stay_together() -> None:
    points = ["  • 发布芯片时，某某拿出一张芯片展示，称“这个芯片真的非常大”，引起关注。",
              "  • 某某表示，这是公司成立后首款正式流片的芯片，并表示其性能领先同行。"]
    doc = clean_text(_page([*_HEAD, "划重点：", "", *points, "", *(x for b in _BODY for x in (b, ""))]),
                     id="t")
    assert not any(r.rule == "summary_echo" for r in doc.removals)
