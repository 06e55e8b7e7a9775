"""Round textpath59 (gold_html --text): a page printing no headline in its body, its date row
right under the breadcrumb with a side box of prose saved above; a hospital site's doctor
cards with no 专家简介 label (the name and title row over 擅长：), or under 相关医生, their
button glued to the last line (… 去挂号). Invented text."""

from __future__ import annotations

from cleaners import clean_text

_BOX = ("某某学院\n\n学院概况\n某某学院前身为创建于1960年的化学系，现设化学、应用化学两个本科专业，学院现有教职工八十"
        "余人，其中教授十九人、副教授三十人，建有省级重点实验室一个，人才培养质量稳步提升。\n\n学术活动\n\n")
_CRUMB = "当前位置：首页>科学研究>学术活动\n\n"
_TALK = ("发布时间：2026-10-12浏览次数：205\n\n"
         "报告摘要：\n"
         "本报告将介绍新型催化材料的设计思路，重点讨论单原子催化剂在能源转化中的最新实验进展，并展望其在工业中的"
         "应用前景。\n"
         "欢迎广大师生参加！\n")


def test_a_side_box_above_the_crumb_over_the_date_row_goes() -> None:
    doc = clean_text(_BOX + _CRUMB + _TALK, id="t")
    assert "前身为创建于" not in doc.text
    assert "单原子催化剂" in doc.text
    assert doc.text.endswith("欢迎广大师生参加！")


def test_no_crumb_or_no_prose_under_the_row_the_box_stays() -> None:
    # no breadcrumb: nothing tells the box from the article's first paragraph
    doc = clean_text(_BOX + _TALK, id="t")
    assert "前身为创建于" in doc.text
    # the row under the crumb, but no paragraph of prose after it: nothing to keep instead
    doc = clean_text("某某网\n\n" + _BOX.split("\n\n", 1)[1] + _CRUMB + "发布时间：2026-10-12\n\n"
                     "附件：报名表\n", id="t")
    assert "前身为创建于" in doc.text


_HEAD = ("某某市第一人民医院\n\n当前位置：首页 > 健康科普 > 正文\n\n秋季腹泻，家长要注意这几点\n\n"
         "来源：儿科　作者：周某某　发布时间：2026-10-20\n")
_P1 = "\n入秋以后，儿童腹泻进入高发期。多数腹泻由病毒感染引起，家长不必过度紧张，但要注意及时补液，防止脱水。\n"
_P2 = ("\n如果孩子出现精神萎靡、尿量明显减少、持续高热等情况，应及时到医院就诊，不要自行使用止泻药。\n"
       "\n饮食上要清淡，少量多餐，暂时避免高糖、油腻的食物，母乳喂养的宝宝可以继续母乳喂养。\n")


def test_a_doctor_card_with_no_label_under_the_byline_goes() -> None:
    card = ("周某某 主任医师 儿科\n擅长：小儿消化系统疾病、儿童营养不良的诊断与治疗，在小儿腹泻的综合管理方面有丰富经验。\n"
            "出诊时间：周一上午、周三全天\n预约挂号\n")
    doc = clean_text(_HEAD + card + _P1 + _P2, id="t")
    assert "主任医师" not in doc.text
    assert "擅长" not in doc.text
    assert "出诊时间" not in doc.text
    assert doc.text.startswith("入秋以后")
    assert doc.text.endswith("继续母乳喂养。")


def test_a_related_doctor_card_between_paragraphs_goes() -> None:
    card = "\n相关医生\n吴某某 副主任医师 儿科\n擅长：儿童哮喘的规范化诊治 去挂号\n"
    doc = clean_text(_HEAD + _P1 + card + _P2, id="t")
    assert "相关医生" not in doc.text
    assert "副主任医师" not in doc.text
    assert "儿童哮喘" not in doc.text
    assert "及时补液" in doc.text
    assert "不要自行使用止泻药" in doc.text


def test_an_article_on_a_doctor_stays() -> None:
    # the article's own lines naming a doctor, no booking button closing them: no card
    body = ("\n周某某 主任医师 儿科\n擅长：小儿消化系统疾病的诊断与治疗。\n"
            "从医三十年来，周某某始终坚守在临床一线，累计诊治患儿超过十万人次，深受家长信赖。\n"
            "她说，医生最大的幸福就是看到孩子们健康成长，这也是她坚持下去的动力。\n")
    doc = clean_text(_HEAD + body, id="t")
    assert "从医三十年来" in doc.text
    assert "擅长：小儿消化系统疾病的诊断与治疗。" in doc.text
    # a sentence on booking in the text is no button
    doc = clean_text(_HEAD + _P1 + "\n家长可通过医院公众号预约挂号，也可以到窗口现场挂号。\n" + _P2, id="t")
    assert "公众号预约挂号" in doc.text
