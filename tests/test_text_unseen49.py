"""List-shaped official notices saved as text (gold_like gl402-gl407): a tender's 公示 closes on
its party's contact person (招标人联系人：某某　电话：…) and the body that takes objections
(监督部门：某某局　电话：…), both its own; a notice's request whom to call, ending its sentence
on the number (如有问题，请与某某中心联系，联系电话：…。), is its text, no footer. Names are
invented."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.meta import contact_block
from tests.scripts import to_traditional

_AWARD = ["项目名称：某某县某某片区道路改造工程", "中标人：某某建设集团有限公司",
          "中标金额：1876345.36元", "公示期：2025年8月30日至2025年9月1日",
          "投标人或者其他利害关系人对中标结果有异议的，应当在公示期内向招标人提出。"]


@pytest.mark.parametrize("script", ["hans", "hant"])
@pytest.mark.parametrize("person", ["招标人联系人：王工　电话：0000-1234 567",
                                    "采购人联系人：李女士　联系电话：0000-1234567"])
def test_a_partys_contact_person_and_the_supervising_body_close_the_notice(
        script: str, person: str) -> None:
    rows = [person, "监督部门：某某县住房和城乡建设局　电话：0000-1234 000"]
    page = "\n".join(["某某县公共资源交易网", "首页 | 交易公告 | 政策法规 | 服务指南",
                      "当前位置：首页 > 交易公告 > 中标结果公示", "某某县某某片区道路改造工程中标结果公示",
                      "【发布时间：2025-08-29 17:40】【信息来源：某某县公共资源交易中心】",
                      *_AWARD, *rows, "附件：中标结果公示.pdf", "【打印】【关闭】",
                      "网站声明 | 联系我们 | 网站地图",
                      "主办：某某县公共资源交易中心　技术支持：某某科技有限公司　蜀ICP备00000000号-1"])
    want = [*_AWARD, *rows]
    if script == "hant":
        page, want = to_traditional(page), [to_traditional(x) for x in want]
    assert clean_text(page, id="award").text.split("\n") == [x.replace("　", " ") for x in want]


@pytest.mark.parametrize(("lines", "block"), [
    # a party's own contact person right under the text's last sentence, a field under it
    ([_AWARD[-1], "招标人联系人：王工 电话：0000-1234567", "监督部门：某某局 电话：0000-7654321"],
     {1, 2}),
    ([_AWARD[-1], "採購人聯繫人：李女士", "監督部門：某某局"], {1, 2}),
    # the site's own contact person is the footer's, never the notice's
    ([_AWARD[-1], "网站联系人：某某 联系电话：0000-1234567"], set()),
    ([_AWARD[-1], "網站聯繫人：某某"], set()),
    # a supervising body under no contact person is no contact block
    ([_AWARD[-1], "监督部门：某某局 电话：0000-7654321"], set()),
])
def test_contact_block_reads_a_partys_contact_person(lines: list[str], block: set[int]) -> None:
    assert contact_block(lines) == block


_RESULT = ["各医疗机构应于2025年11月1日起执行中选结果，优先采购和使用中选药品。"]


@pytest.mark.parametrize("script", ["hans", "hant"])
@pytest.mark.parametrize("ask", ["执行中如有问题，请及时与某某服务中心联系，联系电话：0000-1234 5678。",
                                 "如需咨询，请与某某科联系，咨询电话：0000-1234567。"])
def test_a_notices_request_whom_to_call_is_its_text(script: str, ask: str) -> None:
    page = "\n".join(["某某省医疗保障局", "当前位置：首页 > 医药招采 > 集中采购",
                      "关于公布某某省第三批药品集中带量采购中选结果的通知",
                      "发布时间：2025-10-15　　来源：某某服务中心", *_RESULT, ask,
                      "【打印】【关闭】", "主办：某某省医疗保障局　地址：某某市某某路1号"])
    want = [*_RESULT, ask]
    if script == "hant":
        page, want = to_traditional(page), [to_traditional(x) for x in want]
    assert clean_text(page, id="ask").text.split("\n") == want


@pytest.mark.parametrize("footer", ["联系电话：0000-1234567", "新闻热线：0000-12345678",
                                    "如有问题请联系我们 联系电话：0000-1234567"])
def test_a_footers_contact_line_still_goes(footer: str) -> None:
    page = "\n".join(["某某省医疗保障局", "关于公布某某省第三批药品集中带量采购中选结果的通知",
                      "发布时间：2025-10-15　　来源：某某服务中心", *_RESULT, "【打印】【关闭】",
                      footer, "滇ICP备00000000号"])
    assert clean_text(page, id="footer").text.split("\n") == _RESULT
