"""The general shapes the sixteenth batch of unseen families (gold_like gl152-gl158, real news
on spam's topics) showed in the text path, each with the lines that must match and the ones
that must not. Names are invented."""

from __future__ import annotations

import pytest

from cleaners.chrome.blocks import RELATED_MARKER
from cleaners.meta import closing_signature, contact_block

_LAST_ROW = "本次利润分配方案经公司临时股东大会审议通过。"


@pytest.mark.parametrize(("lines", "signed"), [
    # a listed company's board signs its notice under 特此公告
    ([_LAST_ROW, "特此公告。", "某某科技股份有限公司董事会", "2025年3月4日"], {2, 3}),
    (["特此公告。", "某某科技股份有限公司监事会", "2025年3月4日"], {1, 2}),
    # the company's name on one line, its board on the next
    ([_LAST_ROW, "特此公告。", "某某科技股份有限公司", "董事会", "2025年3月4日"], {2, 3, 4}),
    # a sentence naming the board is no signer
    ([_LAST_ROW, "公司董事会认真研究了投资者的建议", "2025年3月4日"], set()),
])
def test_a_company_board_signs_its_notice(lines: list[str], signed: set[int]) -> None:
    assert closing_signature(lines) == signed


@pytest.mark.parametrize(("lines", "block"), [
    # a listed company's numbered section on whom to ask, its desk and phone under it
    ([_LAST_ROW, "四、有关咨询办法", "联系部门：公司董事会办公室", "联系电话：0531-12345678"],
     {1, 2, 3}),
    ([_LAST_ROW, "五、咨询办法", "联系部门：证券事务部", "联系电话：0531-12345678"], {1, 2, 3}),
    # the heading as a sentence's part, or a footer's phone under no section
    ([_LAST_ROW, "有关咨询办法如下：", "联系电话：0531-12345678"], set()),
    (["关于我们", "联系电话：0531-12345678"], set()),
])
def test_a_notice_s_numbered_inquiry_section(lines: list[str], block: set[int]) -> None:
    assert contact_block(lines) == block


@pytest.mark.parametrize(("line", "marker"), [
    ("相关公告", True),
    ("【相关公告】", True),
    ("相关公告：", True),
    # a notice's own sentence or numbered part
    ("相关公告已于同日在上海证券交易所网站披露。", False),
    ("三、相关公告", False),
])
def test_a_finance_portal_s_related_notices(line: str, marker: bool) -> None:
    assert (RELATED_MARKER.match(line) is not None) is marker


def test_a_lottery_draw_s_padded_numbers_stay() -> None:
    """A draw's numbers on their own lines (06 13 18 25 31) are the notice's: a pagination bar
    never pads its page numbers with a zero, so the bar's rule leaves them."""
    from cleaners import clean_text

    page = ["某某彩票网", "首页 | 开奖 | 资讯 | 走势 | 专家", "当前位置：首页 > 开奖公告",
            "体彩大乐透第25031期开奖结果揭晓", "2025-03-19 21:40  来源：某某体彩中心",
            "本期开奖号码：", "06 13 18 25 31", "03 09",
            "本期全国销售额2.83亿元，一等奖开出3注，每注奖金1000万元。",
            "本期奖池滚存9.12亿元，下期开奖时间为3月22日。",
            "上一篇：第25030期开奖公告", "1 2 3 4 5 下一页", "1 2 3",
            "版权所有 某某彩票网 京ICP备12345678号"]
    text = clean_text("\n".join(page), id="draw").text.split("\n")
    assert text[:3] == ["本期开奖号码：", "06 13 18 25 31", "03 09"]
    assert "1 2 3" not in text
    assert text[-1].startswith("本期奖池")


def test_labels_over_their_values_under_an_announcing_sentence_stay() -> None:
    """An auction's particulars printed a label over its value (起拍价 / 86万元), under the
    sentence announcing them (公开拍卖下列财产：): the notice's, no menu above the article."""
    from cleaners.chrome.blocks import figures_under_sentence

    above = "本院将于2025年5月6日10时在网络司法拍卖平台上公开拍卖下列财产："
    pairs = ["拍卖标的", "某某路88号商铺一间", "起拍价", "86万元", "保证金", "10万元", "增价幅度",
             "5000元"]
    bare = [above, *pairs]
    head = list(range(len(bare)))
    assert figures_under_sentence(bare, head, head[1:])
    # a menu's labels hold no figure, under the same sentence or under a headline
    menu = [above, "首页", "拍卖公告", "标的物", "竞买须知", "帮助中心"]
    assert not figures_under_sentence(menu, list(range(6)), [1, 2, 3, 4, 5])
    headline = ["某某县人民法院关于某某商铺的拍卖公告", *pairs]
    assert not figures_under_sentence(headline, head, head[1:])
