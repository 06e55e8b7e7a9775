"""Pages saved as text (a browser's "save as text"): a forum thread whose floor rows are glued
(1#楼主发表于 …), a review page's side card on the film after the comments, a game ad glued to
its 广告 label between paragraphs, and a listing card over its lead buttons. Invented text."""

from __future__ import annotations

from cleaners import clean_text

THREAD = (
    "青石论坛\n\n"
    "登录注册QQ登录\n"
    "青石论坛 › 户外运动 › 帖子详情\n"
    "版规：发帖请写明线路和日期，禁止发布广告，违者删帖。\n\n"
    "[路线分享]山脊步道走了一整天，几个补水点给大家记一下\n\n"
    "查看：812|回复：9|只看楼主|倒序看帖\n\n"
    "背包里的松果\n\n"
    "资深驴友\n\n"
    "帖子 208 · 积分 1650\n\n"
    "1#楼主发表于 2025-04-06 20:15来自手机\n"
    "本帖最后由 背包里的松果 于 2025-04-06 20:40 编辑\n\n"
    "周六一早从北坡入口上山，沿着山脊步道一路往南走，全程二十一公里，爬升一千一百米左右。\n\n"
    "第一个补水点在七公里处的护林站，站里可以灌开水，也能买到矿泉水和干粮，价格比山下贵一点。\n\n"
    "下午过了垭口以后风很大，建议带一件防风外套，下山的石阶比较滑，最好带登山杖。\n\n"
    "点赞(21)回复引用举报\n\n"
    "溪边的石头\n\n"
    "2#发表于 2025-04-07 08:02\n\n"
    "引用 背包里的松果 1# 的帖子：\n\n"
    "感谢分享，下个月也准备去走一趟。\n\n"
    "点赞(3)回复\n"
)


def test_glued_floor_rows_board_rules_and_poster_counts_go() -> None:
    doc = clean_text(THREAD, id="thread")
    assert doc.meta.title == "山脊步道走了一整天，几个补水点给大家记一下"
    assert doc.meta.date is not None
    assert doc.meta.date.startswith("2025-04-06")
    for chrome in ("版规", "积分", "1#", "2#", "发表于", "来自手机", "引用 背包里的松果",
                   "[路线分享]"):
        assert chrome not in doc.text
    assert doc.text.startswith("周六一早从北坡入口上山")
    assert "下山的石阶比较滑，最好带登山杖。" in doc.text


REVIEW = (
    "在风里慢慢走：《远山灯塔》观后\n\n"
    "影迷阿石 2025-03-02 21:10:05\n\n"
    "这部电影讲的是一个灯塔看守人和他女儿的故事，节奏很慢，却让人一直看了下去。\n\n"
    "导演没有用任何配乐去推动情绪，海风和雾笛的声音就是全部的背景，这种安静很难得。\n\n"
    "结尾女儿重新点亮灯塔的那场戏，没有一句台词，却是全片最动人的地方。\n\n"
    "有用 52没用 3收藏分享举报\n\n"
    "回应 (8)\n\n"
    "北街的猫2025-03-03 09:12:44\n\n"
    "结尾那场戏我也看哭了。\n\n"
    "回应赞(4)\n\n"
    "更多影评\n\n"
    "远山灯塔\n\n"
    "导演：周一帆\n\n"
    "主演：林雨 / 陈北\n\n"
    "类型：剧情\n\n"
    "上映日期：2025-02-14(中国大陆)\n\n"
    "评分 8.1 (2013人评价)\n\n"
    "想看看过\n"
)


def test_the_films_side_card_after_the_comments_goes() -> None:
    doc = clean_text(REVIEW, id="review")
    for chrome in ("导演：", "主演：", "上映日期"):
        assert chrome not in doc.text
    assert "却是全片最动人的地方。" in doc.text


def test_a_films_info_block_under_the_review_stays() -> None:
    # the review's own block, right under its last paragraph, is its text
    page = REVIEW.replace("有用 52没用 3收藏分享举报\n\n回应 (8)\n\n北街的猫2025-03-03 09:12:44\n\n"
                          "结尾那场戏我也看哭了。\n\n回应赞(4)\n\n更多影评\n\n远山灯塔\n\n", "")
    page = page.replace("评分 8.1 (2013人评价)\n\n想看看过\n", "")
    doc = clean_text(page, id="review")
    assert "导演：周一帆" in doc.text
    assert "上映日期：2025-02-14(中国大陆)" in doc.text


GAME = (
    "《云上列岛》宣布下月开启不删档测试\n\n"
    "2025-05-10 10:00 来源：某某游戏网\n\n"
    "由某某工作室开发的海岛经营游戏《云上列岛》今天宣布，将在下月开启不删档测试，玩家可以在官网预约资格。\n\n"
    "广告《某某传奇》新服今日开启 登录即送神装\n\n"
    "开发团队表示，这次测试新增了季节系统和渔船改装玩法，此前玩家反映的卡顿问题也做了优化。\n\n"
    "广告法修订后，游戏开服宣传更规范了，这一点也体现在本次测试的公告里。\n\n"
    "测试期间的充值将在正式上线后按一定比例返还，具体规则会在测试开始前公布。\n"
)


def test_a_game_ad_glued_to_its_label_goes_and_a_sentence_on_ads_stays() -> None:
    doc = clean_text(GAME, id="game")
    assert "某某传奇" not in doc.text
    assert "广告法修订后，游戏开服宣传更规范了" in doc.text
    assert "具体规则会在测试开始前公布。" in doc.text


FLAT = (
    "城北一宗宅地成交 溢价率一成二\n\n"
    "2025-06-03 16:20　|　来源：某某晚报\n\n"
    "6月3日，城北片区一宗住宅用地完成出让，经过三十一轮竞价，由一家本地房企竞得，溢价率12%。\n\n"
    "地块编号 成交价（亿元） 竞得人\n"
    "城北2025-08号 9.6 某某置业\n\n"
    "湖畔名苑\n\n"
    "均价18600元/㎡\n\n"
    "城北 · 湖滨路与学府街交叉口\n\n"
    "免费通话预约看房400-000-1234 转 567\n\n"
    "业内人士认为，城北片区近年来配套逐步完善，房企拿地的意愿有所回升，后续还要看年底的供地节奏。\n\n"
    "据悉，该地块要求竞得人在交地后三十个月内竣工，并配建一所社区卫生服务站。\n"
)


def test_a_listing_card_over_its_lead_buttons_goes_and_the_table_stays() -> None:
    doc = clean_text(FLAT, id="flat")
    for chrome in ("湖畔名苑", "均价18600", "湖滨路与学府街"):
        assert chrome not in doc.text
    assert "城北2025-08号 9.6 某某置业" in doc.text
    assert "并配建一所社区卫生服务站。" in doc.text


def test_short_lines_over_lead_buttons_with_no_price_stay() -> None:
    page = FLAT.replace("均价18600元/㎡\n\n", "")
    doc = clean_text(page, id="flat")
    assert "湖畔名苑" in doc.text


POST = (
    "首页推荐发现热搜\n"
    "登录注册\n"
    "返回\n"
    "某某区交警\n"
    "03-14 09:30\n"
    " 来自 某某手机版\n"
    " 发布于 江苏\n"
    "+ 关注\n"
    "【出行提示】3月15日起，滨河路与学府街交叉口因管线施工实行半幅封闭，预计持续二十天，"
    "请过往车辆提前绕行，行人注意安全。\n\n"
    "施工期间，交警部门将在路口安排警力疏导交通，公交线路暂不调整。\n"
    "转发 12\n"
    "评论 30\n"
)


def test_a_microblog_post_is_titled_by_its_bracketed_headline_and_published_by_its_account(
        ) -> None:
    doc = clean_text(POST, id="post")
    assert doc.meta.title == "出行提示"
    assert doc.meta.source_name == "某某区交警"
    assert "首页推荐发现热搜" not in doc.text
    assert doc.text.startswith("【出行提示】3月15日起")


def test_a_post_with_no_bracketed_opening_gets_no_made_up_title() -> None:
    doc = clean_text(POST.replace("【出行提示】", ""), id="post")
    assert doc.meta.title is None or doc.meta.title != "某某区交警"


TABLE = (
    "某某学院2025年招聘辅导员公告\n\n"
    "2025-03-01 来源：人事处\n\n"
    "根据工作需要，我院面向社会公开招聘专职辅导员，现将有关事项公告如下。\n\n"
    "一、招聘岗位及人数\n\n"
    "岗位名称\n\n专业要求\n\n招聘人数\n\n备注\n\n"
    "辅导员一\n\n思想政治教育\n\n2\n\n限中共党员\n\n"
    "辅导员二\n\n心理学\n\n1\n\n"
    "辅导员三\n\n不限\n\n3\n\n"
    "二、报名方式\n\n"
    "应聘者请于3月15日前将报名材料发送至学院人事处邮箱，逾期不再受理。\n"
)


def test_a_table_saved_a_cell_a_line_keeps_its_last_row_after_a_row_with_an_empty_cell(
        ) -> None:
    # the second row's 备注 is empty, so the third row's cells no longer line up with the
    # header: its figure (3) is still a cell, no lone counter
    doc = clean_text(TABLE, id="table")
    lines = doc.text.split("\n")
    at = lines.index("辅导员三")
    assert lines[at + 1:at + 3] == ["不限", "3"]
