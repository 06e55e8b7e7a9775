"""Round textpath60 (gold_html --text): a bilingual page's labels glossed in English before their
colon (发布时间 Date：, 当前位置 Location：, 分享 Share：). Invented text."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.normalize import without_label_glosses


@pytest.mark.parametrize(("line", "plain", "glosses"), [
    ("发布时间 Date：2025-03-04 来源 Source：某某办公室 浏览 Views：12",
     "发布时间：2025-03-04 来源：某某办公室 浏览：12", ["Date", "Source", "Views"]),
    ("当前位置 Location：首页 > 通知公告", "当前位置：首页 > 通知公告", ["Location"]),
    ("分享 Share：微信 微博", "分享：微信 微博", ["Share"]),
    ("作者(Author)：李某", "作者：李某", ["Author"]),
    ("浏览次数/Views: 30", "浏览次数: 30", ["Views"]),
    ("发布日期 Release Date：2025年3月4日", "发布日期：2025年3月4日", ["Release Date"]),
    ("您的位置 You are here：首页", "您的位置：首页", ["You are here"]),
])
def test_a_known_labels_english_gloss_goes(line: str, plain: str, glosses: list[str]) -> None:
    assert without_label_glosses(line) == (plain, glosses)


@pytest.mark.parametrize("line", [
    "来源 Reuters：据报道，某地发生地震。",     # a name, not a gloss of the label
    "作者 Lisa：我们这样开始吧。",
    "The Date: 2025-03-04",                    # no Chinese label
    "那段时间 Time：一本杂志的名字",            # 时间 inside a word, not a label
    "发布时间：2025-03-04",                    # nothing to take
    "报告题目 Title：某某",                     # not a label of the page's head or foot
])
def test_other_english_before_a_colon_stays(line: str) -> None:
    assert without_label_glosses(line) == (line, [])


def test_a_bilingual_pages_head_and_share_row_go_and_meta_reads_them() -> None:
    page = ("某某新区管委会 Welcome\n首页Home新闻News联系我们Contact\n"
            "当前位置 Location：首页 Home > 新闻中心 News > 工作动态 Updates\n\n"
            "某某新区启动智慧园区建设\n\n"
            "发布时间 Date：2025-03-04　来源 Source：某某新区管委会　浏览 Views：31\n\n"
            "3月3日，某某新区召开会议，部署智慧园区建设工作，计划年内完成园区主干网络和数据平台建设。\n\n"
            "The new area held a meeting on March 3 to plan its smart park, with the park's network "
            "and data platform to be built within the year.\n\n"
            "分享 Share：微信 WeChat 微博 Weibo 打印 Print\n")
    doc = clean_text(page, id="t")
    assert doc.meta.title == "某某新区启动智慧园区建设"
    assert doc.meta.date == "2025-03-04"
    assert doc.meta.source_name == "某某新区管委会"
    assert doc.text.startswith("3月3日")
    assert doc.text.endswith("built within the year.")
    assert any(r.rule == "label_gloss" for r in doc.removals)


# A message board's letter page (invented): its box of rules between the crumb and the record.
_BOARD_HEAD = "某某区政府网站\n\n您的位置：首页 > 政民互动 > 信件详情\n"
_BOARD_BOX = ("留言须知\n\n"
              "一、本栏目受理群众对本区经济社会发展、城市管理和公共服务等方面的意见建议，请如实反映情况。\n\n"
              "二、请勿在留言中发布涉及个人隐私、商业秘密的内容，违反法律法规的留言将不予公开和答复。\n\n"
              "本年留言\n  • 已回复：302件\n\n")
_BOARD_RECORD = ("信件主题 关于某某小区门前路灯不亮的反映\n"
                 "来信人 王** 来信时间 2025-05-06 10:20:31\n"
                 "市长您好：\n某某小区门前的三盏路灯已经坏了两个多月，晚上出行很不方便，希望有关部门尽快维修。\n"
                 "回复单位：区城管局\n王先生：您好！经现场核实，路灯已于5月9日修复，感谢您对城市管理工作的支持。\n")


def test_a_boards_rules_box_over_the_letters_record_goes() -> None:
    doc = clean_text(_BOARD_HEAD + _BOARD_BOX + _BOARD_RECORD, id="t")
    assert "留言须知" not in doc.text
    assert "不予公开和答复" not in doc.text
    assert "已回复" not in doc.text
    assert "路灯已于5月9日修复" in doc.text
    assert doc.meta.title == "关于某某小区门前路灯不亮的反映"
    assert (doc.meta.date or "").startswith("2025-05-06")


def test_a_notice_headed_by_its_xuzhi_keeps_its_rules() -> None:
    # the page's own headline ends in 须知: its date row stands between it and its rules
    page = ("某某市人事考试网\n\n2025年某某考试考生须知\n\n发布时间：2025-06-01\n\n"
            "一、考生须携带准考证和有效身份证件，于考试开始前三十分钟进入考场，迟到三十分钟不得入场。\n\n"
            "二、考生不得携带手机等通讯工具进入考场，已带入的须关闭后放在指定位置，违者按违纪处理。\n")
    doc = clean_text(page, id="t")
    assert "迟到三十分钟不得入场。" in doc.text
    assert "违者按违纪处理。" in doc.text


def test_a_xuzhi_section_under_the_articles_prose_stays() -> None:
    page = ("某某县第二中学\n\n关于组织学生参加暑期研学活动的通知\n\n发布日期：2025-06-20\n\n"
            "为丰富学生暑期生活，学校决定组织学生参加暑期研学活动，现将有关事项通知如下。\n\n"
            "安全须知\n\n"
            "一、学生须服从带队老师的统一安排，不得擅自离队，活动期间注意交通和饮食安全。\n\n"
            "二、家长应提前为学生准备好防暑用品和常用药品，并保持通讯畅通以便及时联系。\n\n"
            "联系人 张老师 电话 2025-0620\n\n"
            "请各位家长和同学认真阅读以上内容，按时参加活动，确保研学活动安全有序开展。\n")
    doc = clean_text(page, id="t")
    assert "安全须知" in doc.text
    assert "不得擅自离队" in doc.text
    assert "及时联系。" in doc.text


def test_an_events_particulars_table_saved_without_colons_stays_as_text() -> None:
    page = ("某某学院\n\n当前位置：首页>学术活动\n\n发布时间：2025-04-02\n\n"
            "讲座主题 城市更新中的历史街区保护\n主讲人 赵某某 教授\n讲座时间 2025年4月9日 14:30\n"
            "讲座地点 图书馆一楼报告厅\n\n"
            "内容简介：\n本次讲座将结合国内外案例，介绍历史街区保护与城市更新协调推进的思路和方法，欢迎感兴趣的师生参加。\n")
    doc = clean_text(page, id="t")
    assert "讲座主题 城市更新中的历史街区保护" in doc.text
    assert "主讲人 赵某某 教授" in doc.text
    assert "讲座地点 图书馆一楼报告厅" in doc.text
    assert doc.meta.title != "讲座时间 2025年4月9日 14:30"
    assert not (doc.meta.title or "").startswith(("讲座主题", "主讲人", "讲座时间"))


def test_a_headline_naming_a_talk_over_its_date_row_is_still_the_title() -> None:
    # one labelled line is no table: a headline that opens on 报告 words stays the headline
    page = ("某某学院\n\n报告会 聚焦新材料前沿\n\n发布时间：2025-04-02\n\n"
            "4月1日，学院举办新材料前沿报告会，三位专家分别作了主题报告，两百余名师生到场聆听。\n")
    doc = clean_text(page, id="t")
    assert doc.meta.title == "报告会 聚焦新材料前沿"
