"""The site's box about the 专题 or column an article is filed in (专题介绍, 栏目简介 over a few
paragraphs on the column's aim, its sections and a call to readers), printed after the article
in a page saved as text (gold_html gh217 as text): the site's, no text. Names are invented."""

from __future__ import annotations

import pytest

from cleaners import clean_text

_PAGE = ("某某新闻网\n首页 | 某某要闻 | 乡镇动态\n您现在的位置：首页 >> 某某要闻 >> 正文\n"
         "某某县召开森林防火工作部署会\n发布时间：2025-10-28　来源：县应急管理局\n"
         "10月27日，某某县召开秋冬季森林防火工作部署会，安排部署下阶段重点工作。\n"
         "会议要求，各乡镇要严格落实包片包村责任，加强重点时段巡查管控。\n"
         "{box}\n版权所有：某某新闻网　某ICP备00000000号")
_AIM = "森林防火专题是县融媒体中心开设的宣传专栏，集中发布全县森林防火工作动态和防火常识。"
_SECTIONS = "专栏设有工作动态、法规政策、防火知识、案例警示四个版块，介绍野外用火的禁止性规定。"
_CALL = "欢迎广大干部群众通过专栏留言板提供线索和建议，发现火情请立即拨打报警电话。"


@pytest.mark.parametrize(("box", "kept"), [
    (f"专题介绍\n{_AIM}\n{_SECTIONS}\n{_CALL}", False),
    (f"【栏目简介】\n{_AIM}", False),
    (f"专栏说明：\n{_AIM}\n{_CALL}", False),
    # counterexamples: the article goes on under the heading (four paragraphs); another
    # heading (专题报道) over paragraphs is the article's own
    (f"专题介绍\n{_AIM}\n{_SECTIONS}\n{_CALL}\n{_AIM.replace('森林防火', '秸秆禁烧')}", True),
    (f"专题报道\n{_AIM}", True),
])
def test_a_column_box_after_the_article(box: str, kept: bool) -> None:
    doc = clean_text(_PAGE.format(box=box), id="col")
    assert "加强重点时段巡查管控" in doc.text
    assert (_AIM in doc.text) is kept
