"""Crime, anti-fraud, recruitment and lottery news that names a contact or a scam's words is
the article's own text: the whole default chain keeps it between two paragraphs (the lines are
our own, of the families bench/spam_kinds.py's handle_news plants)."""

from __future__ import annotations

import pytest

from cleaners import clean_text

BEFORE = "县政府召开常务会议，研究部署今年重点工作。会议强调，要切实抓好各项任务落实。"
AFTER = "会议要求，各部门要加强协调配合，确保各项工作取得实效，为全县经济社会发展作出新的贡献。"


@pytest.mark.parametrize("line", [
    # a report's sentence giving its hotline after its own counted clause (contact_footer)
    "警方查获假发票500余份，涉案金额2.3亿元，线索举报电话0000-12345678。",
    "本次招聘岗位共8个，报名时间为4月1日至7日，联系电话：0000-1234567，QQ群：123456789。",
    # a notice's group to join by its number in its own sentence (share_prompt)
    "有意向的考生可加入报考交流QQ群：123456789，或关注学校微信公众号。",
    # a case's step after the arrest (spam.lexicon's news words)
    "麻将馆老板因组织上分下分赌博被刑拘。",
])
def test_a_news_line_with_a_contact_or_a_scam_term_stays(line: str) -> None:
    doc = clean_text("\n".join((BEFORE, line, AFTER)), id="n")
    assert line in doc.text.split("\n")


@pytest.mark.parametrize("line", [
    "举报邮箱：jubao@example.cn",
    "地址：某某市某某路1号，举报电话：0000-1234567",
    "扫码关注微信公众号",
])
def test_a_footer_line_or_prompt_alone_still_goes(line: str) -> None:
    doc = clean_text("\n".join((BEFORE, line, AFTER)), id="n")
    assert line not in doc.text
