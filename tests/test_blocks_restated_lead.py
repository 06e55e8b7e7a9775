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


_TECH_HEAD = "开源框架 FastLoom 3.0 发布：async API 重写，默认启用 --strict 模式"
_TECH_BODY = [
    "12月4日，开源 Web 框架 FastLoom 发布 3.0 版本，新版本用 async/await 重写了请求处理层。",
    "此次更新最受关注的改动是命令行工具默认启用 --strict 模式，未声明类型的参数会在启动时报错。",
    "新版本还移除了已弃用的 LegacyRouter 类，官方提供了迁移脚本，可自动改写旧代码。",
    "业内人士认为，默认严格模式会提高入门门槛，但能在 CI 阶段暴露更多问题。",
]


def test_a_headline_of_product_names_over_its_date_row_stays_the_headline() -> None:
    # its words (FastLoom, async, API, --strict 模式) are all in the article, as a summary's are
    for head, row in ((_TECH_HEAD, "2025-12-05 14:20　来源：某某网　作者：某某"),
                      ("開源框架 FastLoom 3.0 發布：async API 重寫，默認啟用 --strict 模式",
                       "2025-12-05 14:20　來源：某某網　作者：某某")):
        doc = clean_text(_page(["当前位置：首页 > 开发者", "", head, row, "",
                                *(x for b in _TECH_BODY for x in (b, ""))]), id="t")
        assert doc.meta.title == head
        assert not any(r.rule == "summary_echo" for r in doc.removals)


def test_a_summary_line_under_the_date_row_still_goes() -> None:
    # the same words as a summary box under the date row, over the article: no headline
    summary = "开源框架 FastLoom 3.0 发布，async API 重写，默认启用 --strict 模式，官方提供了迁移脚本，可自动改写旧代码"
    doc = clean_text(_page(["某某框架发布新版本", "2025-12-05 14:20　来源：某某网", "", summary, "",
                            *(x for b in _TECH_BODY for x in (b, ""))]), id="t")
    assert summary not in doc.text
    assert any(r.rule == "summary_echo" for r in doc.removals)
