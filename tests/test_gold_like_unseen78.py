"""Defects the text pages gl565-gl570 showed, each on invented text with counterexamples: a
paper's web edition named as such over the article (某某日报数字报 | 某某新闻网) read as the
headline, a headline printed twice under its kicker taken with the kicker, and the page's 作者
row naming its reporters only while the lead's credit names the correspondent too."""

from __future__ import annotations

import pytest

from cleaners import Doc, clean_text
from cleaners.meta import names_a_body

LEAD = ("本报讯（记者 周明远 李佳 通讯员 王晓东）3月2日，某某县首批20个村级便民服务站正式运行，"
        "群众在家门口就能办理社保、医保等32项事务。")
PARA = "县政务服务中心有关负责人介绍，全县年底前将实现村级便民服务站全覆盖。"


def _doc(*head: str, body: tuple[str, ...] = (LEAD, PARA)) -> Doc:
    return clean_text("\n".join([*head, *body]) + "\n", id="t")


@pytest.mark.parametrize("line", ["某某日报数字报", "某某晚报电子报", "某某市报数字报刊"])
def test_a_papers_web_edition_names_a_body(line: str) -> None:
    assert names_a_body(line)


@pytest.mark.parametrize("line", ["首份数字报", "数字报", "我市推出数字报服务"])
def test_a_headline_about_a_digital_paper_names_no_body(line: str) -> None:
    assert not names_a_body(line)


def test_the_headline_printed_twice_under_its_kicker_and_the_editions_row() -> None:
    doc = _doc("某某日报数字报 | 某某新闻网", "版次：03　　作者：周明远 李佳　　日期：2026-03-03",
               "便民服务送到家门口", "村级便民服务站首批运行", "村级便民服务站首批运行",
               "——某某县推进政务服务下沉综述")
    assert doc.meta.title == "村级便民服务站首批运行"
    assert doc.meta.date == "2026-03-03"
    lines = doc.text.split("\n")
    assert "村级便民服务站首批运行" not in lines
    assert lines[-2:] == [LEAD, PARA]


def test_a_short_label_printed_twice_is_no_headline() -> None:
    # a channel's label printed twice (its tab and its heading) is no headline: the longer
    # headline under it is
    doc = _doc("工作动态", "工作动态", "村级便民服务站首批投入运行")
    assert doc.meta.title == "村级便民服务站首批投入运行"


def test_the_leads_credit_naming_the_rows_reporters_and_more_names_them_all() -> None:
    doc = _doc("村级便民服务站首批运行", "发布时间：2026-03-03　作者：周明远 李佳")
    assert doc.meta.authors == ("周明远", "李佳", "王晓东")


def test_the_rows_author_stays_when_the_leads_credit_names_others() -> None:
    doc = _doc("村级便民服务站首批运行", "发布时间：2026-03-03　作者：赵立新")
    assert doc.meta.authors == ("赵立新",)


def test_the_rows_authors_stay_when_the_credit_names_fewer() -> None:
    lead = LEAD.replace(" 李佳 通讯员 王晓东", "")
    doc = _doc("村级便民服务站首批运行", "发布时间：2026-03-03　作者：周明远 李佳",
               body=(lead, PARA))
    assert doc.meta.authors == ("周明远", "李佳")
