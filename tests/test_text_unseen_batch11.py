"""The general shapes the eleventh batch of unseen families (tests/fixtures/gold_like/gl114-gl120)
showed our text path getting wrong, each checked on invented pages: a speech's closing thanks
(谢谢大家！) under its last paragraph, which went with the links after it; a speech's speaker
printed with their office under the headline (县长  某某某) over the day it was given, not read
as its author; a warning's first field (预警信号：…) right under the headline, glued to it as the
headline's second line; the body that issued a warning (发布单位：…) at the bottom, which went
with the list under it instead of naming the source; a page of pictures whose captions, each
under the picture's file name or number, are its story, which went as captions. The second
batch (gl121-gl124): a letter's salutation and greeting (某某领导： / 您好！), taken for menu items
above it, and its close (此致 / 敬礼！), taken for a list; a recall notice's hotline and website
rows over its signature, taken for the footer's; a journal paper's numbered authors' row, glued
to the headline, its keywords row under the abstract, taken for tags, and its page's full-text
and citation tools, kept."""

from __future__ import annotations

import pytest

from cleaners import clean_text

_SPEECH = """某某县人民政府
首页  政务公开  政务服务  互动交流  专题专栏
当前位置：首页 > 政务公开 > 领导讲话
在全县某某工作会议上的讲话
{speaker}
（2025年3月6日）
发布时间：2025-03-08 10:00   来源：县政府办公室   浏览次数：88
同志们：
今天召开全县某某工作会议，主要任务是总结去年工作，部署今年任务。下面，我讲两点意见。
一是提高认识。各乡镇、各部门要充分认识做好这项工作的重要意义，切实增强责任感和紧迫感。
二是狠抓落实。要细化任务分工，明确时间节点，确保各项工作按期完成、取得实效。
{closing}
【打印本页】 【关闭窗口】
上一篇：在全县某某大会上的讲话
下一篇：在县政府某某会议上的讲话
相关文章
· 县政府召开常务会议研究部署某某工作
· 县领导督导检查某某工作
主办：某某县人民政府办公室
某ICP备00000000号
"""


@pytest.mark.parametrize("closing", ["谢谢大家！", "谢谢！", "感谢各位的聆听。", "谢谢大家。"])
def test_a_speechs_closing_thanks_is_its_last_line(closing: str) -> None:
    doc = clean_text(_SPEECH.format(speaker="县长  某某某", closing=closing), id="thanks")
    assert doc.text.split("\n")[-1] == closing
    for chrome in ("上一篇", "相关文章", "常务会议研究部署", "督导检查"):
        assert chrome not in doc.text


def test_thanks_among_the_links_is_still_a_link() -> None:
    """Counterexample: a headline that thanks someone (谢谢你，某某老师！) in the list after
    the page's tools is no closing line: it goes with the list."""
    page = _SPEECH.format(speaker="县长  某某某", closing="谢谢大家！").replace(
        "· 县领导督导检查某某工作", "· 谢谢你，某某老师！\n· 县领导督导检查某某工作")
    doc = clean_text(page, id="thanks_link")
    assert "某某老师" not in doc.text
    assert doc.text.split("\n")[-1] == "谢谢大家！"


@pytest.mark.parametrize(("speaker", "name"), [
    ("县长  某某某", "某某某"), ("市委书记 某某", "某某"), ("局党组书记、局长　某某某", "某某某"),
])
def test_a_speakers_office_and_name_under_the_headline_is_the_author(speaker: str,
                                                                     name: str) -> None:
    doc = clean_text(_SPEECH.format(speaker=speaker, closing="谢谢大家！"), id="speaker")
    assert doc.meta.authors == (name,)
    assert doc.meta.title == "在全县某某工作会议上的讲话"
    assert doc.text.startswith(("（2025年3月6日）\n同志们：", "同志们："))


def test_an_office_without_a_name_is_no_speaker() -> None:
    """Counterexample: a line naming an office and no person (县长信箱 / 主任热线) under the
    headline names no author."""
    doc = clean_text(_SPEECH.format(speaker="县长信箱  在线咨询", closing="谢谢大家！"),
                     id="no_speaker")
    assert doc.meta.authors == ()


_WARNING = """某某市气象台
首页 天气预报 预警信息 气象服务 科普宣传
当前位置：首页 > 预警信息
某某市气象台发布{kind}预警信号
预警信号：{kind}预警
某某市气象台2025年7月16日14时30分发布{kind}预警信号：预计未来3小时内，我市大部地区将出现强降水，并伴有雷电和短时大风，请注意防范。
防御指南：
1.政府及相关部门按照职责做好防暴雨应急工作；
2.切断有危险的室外电源，暂停户外作业；
3.做好城市、农田的排涝，注意防范可能引发的山洪、滑坡等灾害。
发布单位：某某市气象台
发布时间：2025-07-16 14:30
分享到： 微信 微博
上一条：某某市气象台发布雷电黄色预警信号
下一条：某某市气象台解除高温黄色预警信号
最新预警
· 暴雨黄色预警信号 07-16 11:00
· 雷电黄色预警信号 07-16 09:40
版权所有：某某市气象局  地址：某某路3号
某ICP备00000000号
"""


def test_a_field_under_the_headline_is_no_part_of_it() -> None:
    doc = clean_text(_WARNING.format(kind="暴雨橙色"), id="warning")
    assert doc.meta.title == "某某市气象台发布暴雨橙色预警信号"
    assert doc.text.startswith("预警信号：暴雨橙色预警\n")
    assert "3.做好城市、农田的排涝" in doc.text
    assert "最新预警" not in doc.text
    assert "雷电黄色预警信号 07-16" not in doc.text


def test_the_issuing_body_at_the_bottom_is_the_source() -> None:
    doc = clean_text(_WARNING.format(kind="暴雨橙色"), id="issuer")
    assert doc.meta.source_name == "某某市气象台"
    assert doc.meta.date is not None
    assert doc.meta.date.startswith("2025-07-16")


def test_a_headline_wrapped_over_two_lines_is_still_one() -> None:
    """Counterexample: a headline the page broke in two (no label opening its second line)
    is still read whole."""
    page = ("某某县人民政府\n首页  政务公开  政务服务\n"
            "某某县召开2025年全县安全生产暨\n森林防火工作会议部署春季重点工作\n"
            "3月2日，某某县召开2025年全县安全生产暨森林防火工作会议，总结去年工作，部署今年任务。\n"
            "会议要求，各乡镇要压实责任，加强巡查，坚决防范各类事故发生。\n"
            "来源：县应急管理局  2025-03-02\n某ICP备00000000号\n")
    doc = clean_text(page, id="wrapped")
    assert doc.meta.title == "某某县召开2025年全县安全生产暨森林防火工作会议部署春季重点工作"


_PICTURES = """某某区融媒体中心
首页 | 新闻 | 图片 | 视频 | 专题
首页 > 图片 > 图说某某
金秋稻田迎丰收
2025-10-09 16:20  某某融媒  摄影：某某  编辑：某某
{body}
【纠错】  【打印】
上一篇：【组图】某某区举办农民丰收节
下一篇：【组图】秋日湿地候鸟翩飞
热门图片
某某古镇夜景美如画
环城绿道迎来骑行热
某ICP备00000000号
"""
_CAPTIONS = ("10月8日，某某镇千亩稻田一片金黄，农户们抢抓晴好天气收割晚稻。（某某 摄）",
             "联合收割机在田间来回穿梭，收割、脱粒一次完成。",
             "村民将刚收割的稻谷装袋运回晾晒场，预计亩产比去年增加30公斤。",
             "丰收时节，不少市民带着孩子来到田间体验割稻，感受农耕乐趣。")


@pytest.mark.parametrize("marks", [
    ("IMG_0123.jpg", "IMG_0124.jpg", "图3", "图4"),
    ("图1", "图2", "图3", "图4"),
    ("DSC_20251008.jpg", "DSC_20251009.jpg", "DSC_20251010.jpg", "DSC_20251011.jpg"),
])
def test_a_page_of_pictures_keeps_its_captions_as_its_story(marks: tuple[str, ...]) -> None:
    body = "\n".join(f"{mark}\n{caption}" for mark, caption in zip(marks, _CAPTIONS, strict=True))
    doc = clean_text(_PICTURES.format(body=body), id="pictures")
    for caption in _CAPTIONS:
        assert caption.removesuffix("（某某 摄）") in doc.text, caption
    assert "摄）" not in doc.text  # the credit is still cut off the caption
    assert ".jpg" not in doc.text
    for chrome in ("热门图片", "古镇夜景", "上一篇"):
        assert chrome not in doc.text


def test_a_caption_in_an_article_of_paragraphs_still_goes() -> None:
    """Counterexample: one picture in an article of paragraphs, its caption under its file
    name with the blank lines the picture left: a caption, not the story's."""
    body = ("10月8日，某某镇千亩稻田迎来丰收，全镇晚稻种植面积达1.2万亩，农户们抢抓晴好天气收割。\n\n"
            "IMG_0123.jpg\n\n\n联合收割机在田间来回穿梭，收割脱粒一次完成。\n\n\n"
            "今年以来，某某镇大力推广水稻机械化收割，全镇农机作业率达到九成以上，有效降低了种粮成本。\n\n"
            "镇农业服务中心负责人表示，下一步将继续做好秋粮收储服务，确保颗粒归仓。")
    doc = clean_text(_PICTURES.format(body=body), id="one_picture")
    assert "联合收割机" not in doc.text
    assert "全镇农机作业率达到九成以上" in doc.text
    assert "确保颗粒归仓" in doc.text


# The second batch (gl121-gl124).
_LETTER = """某某市某某医院
医院首页  医院概况  新闻中心  科室导航  专家介绍  就医指南
首页 > 患者服务 > 表扬感谢

一封来自患者家属的感谢信

{salutation}
{greeting}
我是某某科患者某某某的女儿。今年10月，我父亲因病被送到贵院急诊，医护团队第一时间为他实施了手术。
住院期间，医生每天查房都耐心向我们解释病情，护士们细心照顾父亲的饮食起居，夜里也多次巡视病房。
在此，我代表全家向全体医护人员表示最诚挚的感谢。
{close}
{signer}
2025年11月20日

发布时间：2025-11-24    来源：党委宣传部    浏览：96次
上一条：患者送锦旗感谢某某科医护团队
下一条：一位老人写给医生的信
专家推荐
某某某  主任医师  心血管内科
某某某  副主任医师  呼吸内科
某ICP备00000000号
"""


@pytest.mark.parametrize(("salutation", "greeting", "close", "signer"), [
    ("某某市某某医院领导：", "您好！", "此致\n敬礼！", "患者家属：某某"),
    ("尊敬的各位领导：", "你们好！", "顺颂\n商祺", "学生家长 某某某"),
    ("某某市某某医院领导：", "", "此致\n敬礼！", "来信人：某某"),
])
def test_a_letters_salutation_greeting_and_close_are_its_text(
        salutation: str, greeting: str, close: str, signer: str) -> None:
    page = _LETTER.format(salutation=salutation, greeting=greeting, close=close, signer=signer)
    doc = clean_text(page, id="letter")
    assert doc.meta.title == "一封来自患者家属的感谢信"
    # the date row at the bottom dates it, not the day the letter was signed
    assert doc.meta.date == "2025-11-24"
    lines = doc.text.split("\n")
    assert lines[0] == salutation
    if greeting:
        assert lines[1] == greeting
    for line in close.split("\n"):
        assert line in lines
    for chrome in ("专家推荐", "主任医师", "上一条", "某ICP备"):
        assert chrome not in doc.text


def test_a_close_among_the_links_is_still_a_link() -> None:
    """Counterexample: 祝 or 敬礼 opens the run only right under the last paragraph; a
    headline list after the page's tools still goes whole."""
    page = _LETTER.format(salutation="某某市某某医院领导：", greeting="您好！",
                          close="此致\n敬礼！", signer="患者家属：某某").replace(
        "专家推荐\n", "专家推荐\n祝福某某医院越办越好\n")
    doc = clean_text(page, id="letter_links")
    assert "祝福" not in doc.text


_RECALL = """某某市市场监督管理局
首页   机构概况   新闻动态   信息公开   政务服务
当前位置：首页 > 信息公开 > 缺陷产品召回
关于某某电器有限公司召回部分电热水壶的公告
发布时间：2025-03-14 10:30    来源：质量发展科
近日，某某电器有限公司向市市场监督管理局备案了召回计划，自即日起召回部分型号电热水壶。
召回措施：某某电器有限公司将为召回范围内的产品免费更换温控器。
消费者可通过以下方式了解召回详细信息：
{rows}
某某市市场监督管理局
2025年3月14日
【打印本页】 【关闭窗口】
上一篇：关于开展消费者权益保护活动的通知
下一篇：某某市产品质量监督抽查结果
{footer}
某ICP备00000000号
"""


@pytest.mark.parametrize("rows", [
    "企业客服热线：400-800-1234（工作日8:30-17:30）\n企业官方网站：www.example.com",
    "企业官网：www.example.com\n客服热线：400-800-1234",
])
def test_a_notices_hotline_and_website_over_its_signature_are_its_text(rows: str) -> None:
    doc = clean_text(_RECALL.format(rows=rows, footer="客服热线：0000-12345"), id="recall")
    for row in rows.split("\n"):
        assert row in doc.text.split("\n"), row
    # the site's own hotline in its footer still goes
    assert "0000-12345" not in doc.text
    assert "上一篇" not in doc.text


def test_a_website_row_in_the_footer_is_still_the_footers() -> None:
    """Counterexample: with no signature under them, the site's hotline and website rows
    after the page's tools are its footer."""
    page = _RECALL.format(rows="", footer="服务热线：0000-12345\n官方网站：www.example.gov.cn")
    doc = clean_text(page, id="footer_site")
    assert "0000-12345" not in doc.text
    assert "www.example.gov.cn" not in doc.text


_PAPER = """《某某农业科学》编辑部
首页  期刊简介  编委会  投稿指南  过刊浏览  联系我们
当前位置：首页 >> 过刊浏览 >> 2024年第6期
基于无人机遥感的水稻长势监测方法研究
{authors}
（1. 某某农业大学农学院，某某 210095；2. 某某市农业技术推广中心，某某 210008）
摘要：为实现水稻长势的快速无损监测，利用无人机搭载多光谱相机获取水稻关键生育期影像，构建了叶面积指数估算模型。结果表明，模型精度满足田间监测需求。
关键词：无人机；多光谱；水稻；长势监测
PDF下载  HTML全文  引用本文  导出引用
引用本文：某某某，某某. 基于无人机遥感的水稻长势监测方法研究[J]. 某某农业科学，2024，52(6)：45-50.
本期目录
· 稻田甲烷排放特征及其影响因素分析
· 设施蔬菜连作障碍成因与防控对策
版权所有 © 《某某农业科学》编辑部
"""


@pytest.mark.parametrize(("authors", "names"), [
    ("周某某1，许某某1，钱某某2", ("周某某", "许某某", "钱某某")),
    ("周某某1,2  许某某2", ("周某某", "许某某")),
    ("周某某¹ 许某某²*", ("周某某", "许某某")),
])
def test_a_papers_numbered_authors_are_its_authors_not_its_title(
        authors: str, names: tuple[str, ...]) -> None:
    doc = clean_text(_PAPER.format(authors=authors), id="paper")
    assert doc.meta.title == "基于无人机遥感的水稻长势监测方法研究"
    assert doc.meta.authors == names
    assert "关键词：无人机；多光谱；水稻；长势监测" in doc.text.split("\n")
    for chrome in ("PDF下载", "导出引用", "引用本文", "本期目录", "甲烷排放"):
        assert chrome not in doc.text


def test_one_name_and_a_number_is_no_authors_row() -> None:
    """Counterexample: a label and its number (附件1) is no author, and a line of one name
    numbered is left alone."""
    doc = clean_text(_PAPER.format(authors="附件1"), id="paper_label")
    assert doc.meta.authors == ()


def test_a_keywords_row_away_from_an_abstract_is_still_a_tag_list() -> None:
    """Counterexample: a news page's 关键词 row after its last paragraph is the CMS's tags."""
    page = ("某某新闻网\n首页  新闻  评论\n某某县推进水稻机械化收割\n2024-10-09 来源：某某新闻网\n"
            "今年以来，某某县大力推广水稻机械化收割，全县农机作业率达到九成以上，有效降低了种粮成本。\n"
            "县农业农村局负责人表示，下一步将继续做好秋粮收储服务，确保颗粒归仓。\n"
            "关键词：水稻；机械化；秋收\n某ICP备00000000号\n")
    doc = clean_text(page, id="news_tags")
    assert "关键词" not in doc.text
    assert "确保颗粒归仓" in doc.text
