"""Notices saved as text (gold_like gl374-gl379): a 讣告's closing rows (告别地点：… / 联系人：…
over 某某同志治丧小组 / its date) and an auction's numbered contact section that names where to
sign up (四、报名地点及联系方式 / 报名地点：… / 联系电话：…) are the notice's own text."""

from __future__ import annotations

import pytest

from cleaners.meta import closing_signature, contact_block

OBITUARY_TAIL = ["遵照某某同志生前遗愿，丧事从简。", "遗体告别仪式定于2025年11月20日上午9时举行。",
                 "告别地点：某某县殡仪馆某某厅", "联系人：某某某　联系电话：13800000000",
                 "某某同志治丧小组", "2025年11月18日"]


def test_a_funeral_committee_signs_over_the_place_and_contact_rows() -> None:
    assert sorted(closing_signature(OBITUARY_TAIL)) == [4, 5]
    # its time and its place both
    two = [*OBITUARY_TAIL[:2], "告别时间：2025年11月20日上午9时", *OBITUARY_TAIL[2:]]
    assert sorted(closing_signature(two)) == [5, 6]


def test_a_funeral_committee_signs_in_traditional_script() -> None:
    lines = ["遺體告別儀式定於2025年11月20日上午9時舉行。", "告別地點：某某縣殯儀館某某廳",
             "聯繫人：某某某　聯繫電話：13800000000", "某某同志治喪小組", "2025年11月18日"]
    assert sorted(closing_signature(lines)) == [3, 4]


@pytest.mark.parametrize("rows", [
    # the rows stand under a menu's label, no sentence of the text
    ["首页　新闻　公告", "告别地点：某某县殡仪馆某某厅", "联系人：某某某　联系电话：13800000000",
     "某某同志治丧小组", "2025年11月18日"],
    # three particulars rows are a table of the event's, no notice's closing
    ["遗体告别仪式定于2025年11月20日上午9时举行。", "告别日期：2025年11月20日",
     "告别时间：上午9时", "告别地点：某某县殡仪馆某某厅", "联系人：某某某　联系电话：13800000000",
     "某某同志治丧小组", "2025年11月18日"],
    # a place row with no contact row under it: the rule reads the contacts' block only
    ["遗体告别仪式定于2025年11月20日上午9时举行。", "告别地点：某某县殡仪馆某某厅",
     "某某同志治丧小组", "2025年11月18日"],
])
def test_no_signature_over_rows_that_are_not_a_notice_closing(rows: list[str]) -> None:
    assert not closing_signature(rows)


AUCTION_TAIL = ["5.买受人须在拍卖成交后3个工作日内付清全部成交价款。", "四、报名地点及联系方式",
                "报名地点：某某市某某路208号某某大厦6楼", "联系电话：0000-6255118　13900000000（某先生）",
                "监督电话：0000-6210012", "某某拍卖有限公司", "2025年11月24日"]


def test_a_numbered_contact_section_that_names_where_to_sign_up() -> None:
    assert {1, 2, 3, 4} <= contact_block(AUCTION_TAIL)
    hant = ["四、報名地點及聯繫方式", "報名地點：某某市某某路208號", "聯繫電話：0000-6255118"]
    assert contact_block(hant) == {0, 1, 2}


@pytest.mark.parametrize("rows", [
    # no number before the heading: a sentence's words, no section of the notice
    ["报名地点及联系方式", "报名地点：某某市某某路208号", "联系电话：0000-6255118"],
    # a heading naming no contact (四、报名地点及要求) opens no contact section
    ["四、报名地点及要求", "报名地点：某某市某某路208号", "报名时间：2025年12月1日"],
    # a section whose first row is a sentence holds no contact rows
    ["四、报名地点及联系方式", "请竞买人按时到场办理登记手续。", "联系电话：0000-6255118"],
])
def test_no_contact_section_without_its_heading_and_rows(rows: list[str]) -> None:
    assert not contact_block(rows)


def test_a_particulars_row_that_ends_a_sentence_is_the_text_s_last_line() -> None:
    # the row closes the text itself: the signature stands over it as before
    lines = ["10	某某家庭	某某社区", "公示时间：2026年11月20日至11月26日。如有异议，请向区文明办反映。",
             "联系电话：0000-12345678", "某某区精神文明建设办公室", "2026年11月20日"]
    assert sorted(closing_signature(lines)) == [3, 4]
