"""Institutions' news pages saved as text (gold_like gl430-gl435): a university's, a
hospital's, a state-owned firm's, a court's, a weather bureau's and a police bureau's. A
firm's credit row names the unit that sent the article in and its correspondents on one line
(供稿单位：某某公司 通讯员：某某 某某): the correspondents are the authors, their names set apart
by a space as a metadata row's are. Each in both scripts. Names are invented."""

from __future__ import annotations

import opencc
import pytest

from cleaners import clean_text

_S2T = opencc.OpenCC("s2t")

_PARAS = ["9月16日，由某某集团第三工程公司承建的某某综合管廊项目主体结构实现全线贯通，"
          "比计划工期提前38天。",
          "该项目全长6.8公里，纳入给水、电力、通信、燃气等7类市政管线，建成后将有效解决片区"
          "“马路拉链”问题。",
          "下一步，第三工程公司将全力推进管廊附属设施安装和管线入廊工作。"]


def _page(row: str, *, under: bool) -> str:
    head = ["某某集团有限公司", "首页  走进集团  新闻中心  党建园地  联系我们",
            "当前位置：首页 > 新闻中心 > 基层动态", "",
            "某某综合管廊项目主体结构全线贯通", "发布日期：2025-09-18   浏览次数：642"]
    foot = ["上一篇：集团召开三季度安全生产工作会议", "某某集团有限公司 版权所有  滇ICP备10012345号"]
    return "\n".join([*head, *(() if under else (row,)), *_PARAS, *((row,) if under else ()),
                      *foot])


@pytest.mark.parametrize("script", ["hans", "hant"])
@pytest.mark.parametrize("under", [True, False])
@pytest.mark.parametrize(("row", "authors"), [
    ("供稿单位：第三工程公司  通讯员：贺某 唐某某", ("贺某", "唐某某")),
    ("（供稿单位：第三工程公司 通讯员：贺某）", ("贺某",)),
    ("供稿：第三工程公司 通讯员：贺某 唐某某", ("贺某", "唐某某")),
    ("来稿单位：第三工程公司 作者：贺某", ("贺某",)),
    # counterexamples: an editor, a reviewer and a photographer are no authors
    ("供稿单位：第三工程公司  编辑：贺某  审核：唐某某", ()),
    ("供稿单位：第三工程公司  摄影：贺某", ()),
])
def test_a_units_credit_row_names_its_correspondents(row: str, authors: tuple[str, ...],
                                                      under: bool, script: str) -> None:
    page = _page(row, under=under)
    if script == "hant":
        page = str(_S2T.convert(page))
        authors = tuple(str(_S2T.convert(a)) for a in authors)
    doc = clean_text(page)
    assert doc.meta.authors == authors
    assert "第三工程公司 " not in doc.text.split("\n")[-1]
    assert len(doc.text.split("\n")) == len(_PARAS)
