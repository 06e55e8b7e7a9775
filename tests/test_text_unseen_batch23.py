"""The general shapes the twenty-third batch of unseen families (tests/fixtures/gold_like/gl201-gl207,
chrome of institutions' own sites) and their variants showed our text path getting wrong, each
checked on invented pages: a bank's 公告 signed with the bank's short name (某某银行 / 某某银行信用卡
中心) over its date, cut with the links after it as a list of short lines and its date never read
when the page prints no other; a signature dated in Chinese numerals (二〇二五年十月八日) kept in the
text but never dating the page; a footer row opening on a body's address (学校地址：…) and going on,
after a space, with how to reach it (招生咨询电话：…, 校长信箱：…), kept as text, and an old CMS
template's line over its comment box (网友评论：（只显示最新10条。评论内容只代表网友观点，与本站立场
无关！）) kept when no list of links stood around it; a side box after the article headed by an
item of the page's menu (检察长信箱, 入会申请, 文艺家风采) over a paragraph, kept as the article's
last section; the channel a page is filed under (公告信息) alone over a headline with no date
row, kept as the text's first line, and so were a school's name (某某县第一小学) and the menu's
section (校园风采) over it; the article's last sentence under a caption the chrome took out, cut
as the first item of the list of short lines after it."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.meta import closing_signature

_NOTICE = """某某银行
个人金融  公司金融  信用卡  电子银行  关于我们
客服热线：95000    网点查询    下载客户端
首页 > 公告
关于手机银行系统升级暂停服务的公告
尊敬的客户：
为进一步提升服务质量，我行定于2025年9月20日00:00至06:00对手机银行系统进行升级，升级期间手机银行暂停服务，柜面业务不受影响。
由此给您带来的不便，敬请谅解。如有疑问，请致电我行客服热线95000。
特此公告。
{signer}
{date}
相关链接
个人网上银行安全提示
风险提示：理财非存款，产品有风险，投资须谨慎。
版权所有：某某银行股份有限公司"""

_LAST = "由此给您带来的不便，敬请谅解。"


@pytest.mark.parametrize(("lines", "signed"), [
    # a bank signs by its short name, a branch or a centre of it by theirs
    ([_LAST, "特此公告。", "某某银行", "2025年9月15日"], {2, 3}),
    ([_LAST, "特此公告。", "某某银行某某分行", "2025年9月15日"], {2, 3}),
    ([_LAST, "某某农村信用合作联社", "2025年9月15日"], {1, 2}),
    # a school signs its notice by its name too
    ([_LAST, "某某县第一小学", "2025年9月15日"], {1, 2}),
    # a headline over a date is a feed's item; a bank's name with a time is a stamp
    (["某某银行举办金融知识进社区活动", "某某银行", "2025年9月15日"], set()),
    ([_LAST, "某某银行", "2025-09-15 10:30"], set()),
])
def test_a_bank_signs_its_notice(lines: list[str], signed: set[int]) -> None:
    assert closing_signature(lines) == signed


@pytest.mark.parametrize(("signer", "date", "iso"), [
    ("某某银行", "2025年9月15日", "2025-09-15"),
    ("某某银行信用卡中心", "二〇二五年九月十五日", "2025-09-15"),
])
def test_a_bank_notice_keeps_its_signature_and_is_dated_by_it(signer: str, date: str,
                                                               iso: str) -> None:
    doc = clean_text(_NOTICE.format(signer=signer, date=date), id="t")
    assert doc.text.split("\n")[-3:] == ["特此公告。", signer, date]
    assert doc.meta.date == iso
    assert "相关链接" not in doc.text
    assert "风险提示" not in doc.text


_SCHOOL = """某某县实验中学
首页  学校概况  德育天地  教学教研  校园风采  家校互动  校长信箱
某某县实验中学举行春季田径运动会
作者：佚名  文章来源：本站原创  点击数：1203  更新时间：2025-4-17
4月15日至16日，某某县实验中学春季田径运动会在学校运动场举行，全校1500余名师生参加。
本次运动会设100米、400米、跳高、跳远、铅球等20个项目，共有580名运动员参赛，初二（3）班获团体总分第一名。
校长在开幕式上致辞，勉励同学们赛出风格、赛出水平。
上一篇文章：某某县实验中学召开期中考试质量分析会
下一篇文章：某某县实验中学开展消防应急疏散演练
网友评论：（只显示最新10条。评论内容只代表网友观点，与本站立场无关！）
没有任何评论
{footer}
Copyright 2025 某某县实验中学  某ICP备00000000号"""


@pytest.mark.parametrize("footer", [
    "学校地址：某某县育英路5号 招生咨询电话：0000-8555 6012 校长信箱：xz@example.cn",
    "医院地址：某某市健康路100号    急救电话：120    咨询电话：0000-2345678",
])
def test_a_footer_row_opening_on_a_body_s_address_goes(footer: str) -> None:
    doc = clean_text(_SCHOOL.format(footer=footer), id="t")
    assert doc.text.split("\n")[-1] == "校长在开幕式上致辞，勉励同学们赛出风格、赛出水平。"


def test_a_notice_s_own_address_line_stays() -> None:
    notice = ("某某县总工会\n关于推荐某某县劳动模范候选人的公示\n发布时间：2025-04-01\n"
              "经基层推荐、县总工会审核，现将某某县劳动模范候选人名单予以公示，公示期为5个工作日。\n"
              "公示期间如有异议，请以书面形式向县总工会反映。\n"
              "通讯地址：县总工会某某部（某某路66号）\n"
              "版权所有：某某县总工会")
    assert clean_text(notice, id="t").text.split("\n")[-1] == "通讯地址：县总工会某某部（某某路66号）"


_BOXED = """某某市文学艺术界联合会
首页 | 文联概况 | 文艺家风采 | 作品赏析 | 检察长信箱 | 入会申请 | 文联动态
文联动态
市书法家协会举办迎春书法作品展
2025-01-20  来源：市书协
1月18日，由市书法家协会主办的迎春书法作品展在市美术馆开幕，展出全市书法家创作的各类书法作品120余件。
本次展览作品征集历时两个月，共收到投稿作品400余件，最终入展作品126件，展览将持续至2月10日。
开幕式后，书法家们还现场挥毫泼墨，为市民书写春联、福字200余幅。
{box}
作品赏析
散文《老街的黄昏》
版权所有 某某市文学艺术界联合会"""
_LAST_PARA = "开幕式后，书法家们还现场挥毫泼墨，为市民书写春联、福字200余幅。"


@pytest.mark.parametrize("box", [
    # a box headed by an item of the page's menu, over a paragraph: the site's
    "文艺家风采\n某某，女，1975年生，中国作家协会会员，市作家协会主席，著有长篇小说《某某人家》等，曾获省文学奖。",
    "检察长信箱\n欢迎广大人民群众通过检察长信箱反映问题、提出意见建议。我们将认真对待每一封来信，并依法及时办理回复。",
    # two boxes, the first headed by the owner's profile label, the second by a menu item
    "协会简介\n某某协会成立于2005年，是经省民政厅批准登记的非营利性社会团体，现有会员单位1140家，涵盖多个领域。\n"
    "入会申请\n凡在本省依法登记注册、从事相关业务的企事业单位，均可申请加入本会，入会程序详见协会章程。",
])
def test_a_box_after_the_article_headed_by_a_menu_item_goes(box: str) -> None:
    text = clean_text(_BOXED.format(box=box), id="t").text
    assert text.split("\n")[-1] == _LAST_PARA


@pytest.mark.parametrize("box", [
    # the article's own section under a heading the menu does not print
    "专家点评\n某某，女，1975年生，中国作家协会会员，她认为这次展览展示了本地书法创作的整体水平，值得肯定。",
    # a menu item over more paragraphs than a box holds: the article goes on
    "文艺家风采\n" + "\n".join(["展览期间，主办方还将举办三场书法讲座，邀请省内知名书法家讲解书法创作与欣赏。"] * 3),
])
def test_an_article_s_own_section_after_it_stays(box: str) -> None:
    text = clean_text(_BOXED.format(box=box), id="t").text
    assert text.split("\n")[-1] == box.split("\n")[-1]


_UNDATED = """某某银行
个人金融 公司金融 信用卡 电子银行 关于我们
{label}
关于调整信用卡分期手续费率的公告
尊敬的信用卡持卡人：
为更好地服务广大持卡人，我行将对信用卡分期业务手续费率进行调整，自2025年11月1日起生效，此前已办理的分期业务仍按原费率执行。
详情请咨询我行客服热线或登录我行官方网站查询。
特此公告。"""


@pytest.mark.parametrize(("label", "kept"), [
    # the channel the page is filed under, over a headline with no date row
    ("公告信息", False),
    ("【通知公告】", False),
    # a kicker over the headline is the text's: it names no channel
    ("减费让利惠民生", True),
])
def test_a_channel_label_over_an_undated_headline_goes(label: str, kept: bool) -> None:
    doc = clean_text(_UNDATED.format(label=label), id="t")
    assert doc.meta.title == "关于调整信用卡分期手续费率的公告"
    assert (label in doc.text) is kept


_SCHOOL_POST = """某某县第一小学
首页 学校概况 德育天地 教学教研 校园风采 家校互动 校长信箱
校园风采
我校开展主题队日活动
4月28日，我校少先队大队部组织开展主题队日活动，全校1200余名少先队员参加，各中队还开展了红色歌曲合唱等活动。
活动中，少先队员们重温了入队誓词，聆听了老党员讲述的革命故事，并参观了学校的校史陈列室。
少先队员聆听老党员讲故事 摄影：某某
{last}
发布人：某某  审核人：某某某  发布时间：2025-04-29  阅读：356
用户登录
用户名：
密码：
登录
学校地址：某某县城关镇学府路8号    招生咨询电话：0000-6123456"""


def test_the_last_sentence_under_a_caption_stays_and_the_labels_above_go() -> None:
    last = "通过此次活动，队员们进一步增强了爱党爱国的情感。"
    doc = clean_text(_SCHOOL_POST.format(last=last), id="t")
    lines = doc.text.split("\n")
    # the school's name and the menu's section over the undated headline are no text
    assert lines[0].startswith("4月28日")
    assert lines[-1] == last
    assert doc.meta.date == "2025-04-29"


def test_a_headline_under_a_caption_still_opens_a_list() -> None:
    doc = clean_text(_SCHOOL_POST.format(last="我校召开2025年春季开学工作会议"), id="t")
    assert doc.text.split("\n")[-1].startswith("活动中，")
