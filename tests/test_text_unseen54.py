"""Institutions' news pages saved as text (gold_like gl430-gl435): a university's, a
hospital's, a state-owned firm's, a court's, a weather bureau's and a police bureau's. A
firm's credit row names the unit that sent the article in and its correspondents on one line
(供稿单位：某某公司 通讯员：某某 某某): the correspondents are the authors, their names set apart
by a space as a metadata row's are. A police site's footer names its report website
(网络违法犯罪举报网站：www.…) as it names its report line. Each in both scripts. Names are
invented."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from tests.scripts import to_traditional

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
    # a school's row names the department that sent the article in (供稿部门：)
    ("供稿部门：第三工程公司  撰稿：贺某", ("贺某",)),
    # counterexamples: an editor, a reviewer and a photographer are no authors
    ("供稿单位：第三工程公司  编辑：贺某  审核：唐某某", ()),
    ("供稿单位：第三工程公司  摄影：贺某", ()),
])
def test_a_units_credit_row_names_its_correspondents(row: str, authors: tuple[str, ...],
                                                      under: bool, script: str) -> None:
    page = _page(row, under=under)
    if script == "hant":
        page = to_traditional(page)
        authors = tuple(to_traditional(a) for a in authors)
    doc = clean_text(page)
    assert doc.meta.authors == authors
    # the unit that sent the article in publishes it when no 来源 names one
    assert doc.meta.source_name == to_traditional("第三工程公司")
    assert "第三工程公司 " not in doc.text.split("\n")[-1]
    assert len(doc.text.split("\n")) == len(_PARAS)


_BULLETIN = ["10月3日18时许，我局接群众报警称，某某区某某路一小区门口有人持刀伤人。民警迅速赶到现场，"
             "将犯罪嫌疑人曹某（男，42岁）当场控制。",
             "犯罪嫌疑人曹某已被依法刑事拘留，案件正在进一步调查中。",
             "某某市公安局某某分局", "2025年10月3日"]


@pytest.mark.parametrize("script", ["hans", "hant"])
def test_a_police_footers_report_website_goes(script: str) -> None:
    page = "\n".join(["平安某某", "首页  警务要闻  警情通报  执法公开  办事服务  防范宣传",
                      "当前位置：首页 > 警情通报", "", "警情通报",
                      "2025-10-03 21:40   来源：某某市公安局某某分局   浏览：8654", "",
                      *_BULLETIN, "", "扫码关注“平安某某”微信公众号", "相关通报",
                      "· 关于一起电动自行车火灾事故的警情通报", "· 关于网传某某谣言的情况说明",
                      "报警电话：110  举报电话：0000-8325110",
                      "网络违法犯罪举报网站：www.wangluofanzui.cn", "违法和不良信息举报中心：12377",
                      "主办：某某市公安局  地址：某某市某某大道66号",
                      "鄂ICP备14001234号  鄂公网安备42100202000567号"])
    if script == "hant":
        page = to_traditional(page)
    text = clean_text(page).text
    assert "举报网站" not in text
    assert "舉報網站" not in text
    want = [to_traditional(p) if script == "hant" else p for p in _BULLETIN]
    assert text.split("\n") == want
