"""A clean article that cites sites, apps and lotteries by name keeps every word of it: the
spam cleaners read coined brands by their form, and news cites real ones in the same forms."""

from __future__ import annotations

from cleaners import clean_text

# Our own sentences; the names are real services an article may cite.
PARAGRAPHS = (
    "市民可通过“学习强国”APP、国家反诈中心APP了解防骗知识，也可拨打12345热线咨询。",
    "国庆假期前，12306网站和铁路12306APP同步开售车票，旅客可登录12306.cn购票。",
    "记者在携程旅行app和美团app上看到，景区门票已预约过半。去哪儿网数据显示，热门线路价格上涨。",
    "不少家长让孩子在4399小游戏网站上玩益智游戏，专家提醒要控制时间。17173.com发布的报告称，"
    "手游用户持续增长。",
    "中国体育彩票官网公布，本期大乐透一等奖开出5注。体彩中心提醒理性购彩。",
    "据央视体育客户端消息，中国女排3比0战胜对手。球迷可在咪咕视频app和央视频观看回放。",
    "求职者常在58.com和51job.com上投递简历，再到现场招聘会面试。",
    "他说，现在用支付宝、微信支付买菜已经成了习惯，连菜市场的大爷大妈都会扫码。",
    "腾讯体育、新浪体育和网易体育都对这场比赛进行了直播，爱奇艺体育也推出了专题节目。",
    "此外，中国福利彩票官网近日发布公告，提醒购彩者理性购彩。市民可登录中国福利彩票官网查询开奖信息。",
    "比赛由中国足球协会主办，懂球帝、虎扑体育等平台进行了图文直播。",
)


def test_an_article_citing_sites_and_apps_loses_nothing() -> None:
    page = "市民生活新变化\n\n2026-11-20 来源：某某日报\n\n" + "\n\n".join(PARAGRAPHS) + "\n"
    doc = clean_text(page)
    assert doc.text.split("\n") == list(PARAGRAPHS), [
        (r.cleaner, r.rule, r.text) for r in doc.removals if not r.cleaner.startswith("meta")]
