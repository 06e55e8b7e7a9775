"""Spam shapes the older benches did not plant (``bench/spam_kinds.py``'s unseen shapes), each
with clean news text that looks like it and must stay. All strings are ours."""

from __future__ import annotations

from cleaners import clean_text
from cleaners.document import Doc
from cleaners.spam import LexiconSpam

PARAGRAPHS = (
    "记者在示范村看到，村道两旁种满了花草，农家小院干净整洁，不少村民在自家门口开起了民宿和农家乐，"
    "周末游客络绎不绝。",
    "市统计局有关负责人介绍，消费市场持续回暖，社会消费品零售总额达到三百二十亿元，其中餐饮收入增长"
    "明显，节假日期间商圈客流量比去年同期增加三成以上。",
    "据介绍，今年全市计划新建口袋公园二十个，改造老旧小区一百余个，惠及居民三万余户。",
)


def _clean(paragraphs: tuple[str, ...] | list[str]) -> str:
    return clean_text("\n".join(paragraphs), id="t").text


def test_a_contact_handle_glued_after_a_paragraph_goes_and_the_paragraph_stays() -> None:
    for tail in ("客服QQ：107363992", "加微信vip96647", "飞机：@kf85664加微信：13555533559",
                 "TG：@dk92745", "商务合作加V：dk75479"):
        spammed = [PARAGRAPHS[0] + tail, *PARAGRAPHS[1:]]
        assert _clean(spammed) == "\n".join(PARAGRAPHS), tail


def test_a_notice_asking_for_a_contact_in_a_sentence_keeps_it() -> None:
    notice = ("报名截至本月底，有意参加的市民可登录区政府网站报名。报名请加微信：abc12345。",
              "比赛结束后，队员们合影留念。加微信的观众可领取纪念品。",
              "活动由区文化馆承办。咨询电话：0571-88888888")
    for line in notice:
        assert _clean([*PARAGRAPHS, line]).endswith(line), line


def test_a_lexicon_brand_spelled_out_with_separators_goes_whole() -> None:
    for spelled in ("澳 门 新 葡 京", "开-云-体-育", "威*尼*斯*人*官*网", "九·游·会", "乐_鱼_体_育",
                    "雷\u3000竞\u3000技", "开\u200b云\u200b体\u200b育", "半 - 岛 - 体 - 育 - A - P - P"):
        spammed = [PARAGRAPHS[0][:10] + spelled + PARAGRAPHS[0][10:], *PARAGRAPHS[1:]]
        assert _clean(spammed) == "\n".join(PARAGRAPHS), spelled


def test_separators_in_clean_text_stay() -> None:
    clean = ("通 知", "比赛最终以1 - 2告负，球队将在主场迎来下一场比赛。",
             "参加座谈的有李 明、王 芳等十余位居民代表。", "团队用A-B test比较了两种方案的效果。",
             "太 阳 城 小 区 停 水 通 知", "金 沙 江 畔 的 村 庄 迎 来 了 丰 收。",
             "中 国 美 术 馆 展 览 预 告")
    for line in clean:  # spam.lexicon itself: chrome.lines reads some as a menu (space_nav)
        text = "\n".join([*PARAGRAPHS, line])
        assert LexiconSpam()(Doc("t", text=text)).text == text, line


def test_an_address_with_a_disguised_dot_goes_with_its_label_and_name() -> None:
    for line in ("最新网址：www点ab88点com", "备用网址 hfq7185。vip", "官网地址：ew376[.]vip",
                 "鑫利棋牌网址：hx4527(点)net", "永久网址：www.zz6330点com"):
        assert _clean([*PARAGRAPHS, line]) == "\n".join(PARAGRAPHS), line
        glued = [PARAGRAPHS[0] + line, *PARAGRAPHS[1:]]
        assert _clean(glued) == "\n".join(PARAGRAPHS), line


def test_plain_addresses_and_dot_words_in_news_stay() -> None:
    clean = ("详情可登录官方网站www.example.com查询，或拨打服务热线咨询。",
             "比赛于晚上8点开始，cc和dd两支队伍进入决赛。", "截至发稿时，已有2019位市民报名。net平台同步直播。",
             "活动定于下午3点举行，地址：市文化馆二楼。")
    for line in clean:
        text = "\n".join([*PARAGRAPHS, line])
        assert LexiconSpam()(Doc("t", text=text)).text == text, line


def test_a_brand_between_stars_or_emoji_goes() -> None:
    for pair in (("★威尼斯人★", ""), ("🔥澳门新葡京🔥", ""), ("☆威尼斯人☆", "◆博悦娱乐◆"),
                 ("✨必威✨", "💰鑫利真人💰")):
        spammed = [PARAGRAPHS[0][:10] + pair[0] + PARAGRAPHS[0][10:],
                   PARAGRAPHS[1] + pair[1], PARAGRAPHS[2]]
        assert _clean(spammed) == "\n".join(PARAGRAPHS), pair


def test_stars_around_news_words_stay() -> None:
    clean = ("★重点项目★全市新开工项目三十一个，完成投资一百五十二亿元。",
             "🔥高温预警🔥气象台预计明天最高气温将达到三十九摄氏度。",
             "◆体育◆市运动会将于下月开幕，全市二十支代表队参赛。",
             "★中国体育★代表团在本届亚运会上获得金牌一百余枚。")
    for line in clean:
        text = "\n".join([*PARAGRAPHS, line])
        assert _clean([*PARAGRAPHS, line]) == text, line


def test_a_sentence_repeating_one_name_with_promo_words_goes() -> None:
    for lead in ("博悦娱乐，博悦娱乐平台，博悦娱乐登录入口，博悦娱乐app下载。",
                 "华体会，华体会手机版，华体会最新网址，华体会app下载。",
                 "鑫利棋牌 鑫利棋牌官网 鑫利棋牌注册"):
        spammed = [lead + PARAGRAPHS[0], *PARAGRAPHS[1:]]
        assert _clean(spammed) == "\n".join(PARAGRAPHS), lead


def test_lists_of_one_name_in_news_stay() -> None:
    clean = ("华润电子、华润国际、华润置地三家公司同日发布公告。",
             "市民可通过官网、app、小程序三种方式预约。", "登录官网，登录app，登录小程序，都能查询。",
             "腾讯体育，腾讯娱乐，腾讯新闻，三个频道同步直播。")
    for line in clean:
        text = "\n".join([*PARAGRAPHS, line])
        assert LexiconSpam()(Doc("t", text=text)).text == text, line


def test_a_row_of_bracketed_keywords_two_of_them_selling_goes() -> None:
    row = "【博悦娱乐平台】【网上赌场】【棋牌游戏】【华体会官网】【宏运国际app】"
    assert _clean([*PARAGRAPHS, row]) == "\n".join(PARAGRAPHS)
    # news tags stay, and so does a row naming one brand without selling it
    for tags in ("【乡村振兴】【民生】【教育】【交通】", "【澳门】【旅游】【威尼斯人】【博彩业】"):
        text = "\n".join([*PARAGRAPHS, tags])
        assert LexiconSpam()(Doc("t", text=text)).text == text, tags


def test_a_two_character_brand_spelled_out_goes_on_a_page_that_spells_names_out() -> None:
    # A longer name spelled out on the page (利-记-体-育) proves the spelling; a two-character
    # brand spelled so (凯-发, 博 鱼 A P P) goes with it, and so does a name spelled out in a
    # line that reads like news; two characters apart alone, or a person's name, stay.
    news = "警方破获一起网络赌博案件，涉案人员已被依法刑事拘留。"
    for pair in ("凯-发", "博 鱼", "凯_发_官_网", "博·鱼·A·P·P"):
        spammed = [PARAGRAPHS[0][:10] + pair + PARAGRAPHS[0][10:],
                   PARAGRAPHS[1][:8] + "利-记-体-育" + PARAGRAPHS[1][8:], PARAGRAPHS[2],
                   news[:13] + "万·博·体·育" + news[13:]]
        assert _clean(spammed) == "\n".join([*PARAGRAPHS, news]), pair
    alone = [PARAGRAPHS[0][:10] + "凯-发" + PARAGRAPHS[0][10:], *PARAGRAPHS[1:]]
    assert LexiconSpam()(Doc("t", text="\n".join(alone))).text == "\n".join(alone)
    names = [*PARAGRAPHS, "参加座谈的有李 明、王 芳等十余位居民代表。利-记-体-育"]
    assert _clean(names).endswith("参加座谈的有李 明、王 芳等十余位居民代表。")


def test_a_brand_spelled_out_with_emoji_or_decorations_goes() -> None:
    for spelled in ("威😀尼😀斯😀人", "新💰葡💰京💰娱💰乐", "开◆云◆体◆育", "澳❤️门❤️新❤️葡❤️京"):
        spammed = [PARAGRAPHS[0][:10] + spelled + PARAGRAPHS[0][10:], *PARAGRAPHS[1:]]
        assert _clean(spammed) == "\n".join(PARAGRAPHS), spelled


def test_a_latin_brand_spelled_out_with_one_repeated_mark_goes() -> None:
    # a Latin name's letters and digits apart by one emoji or symbol, the same each time
    for spelled in ("b🎲e🎲t🎲3🎲6🎲5", "b🎲e🎲t🎲3🎲6🎲5体育", "y★a★b★o", "k*o*k体育", "l❤️e❤️y❤️u"):
        spammed = [PARAGRAPHS[0][:10] + spelled + PARAGRAPHS[0][10:], *PARAGRAPHS[1:]]
        assert _clean(spammed) == "\n".join(PARAGRAPHS), spelled


def test_spaced_latin_letters_in_news_stay() -> None:
    # counterexamples: acronyms and lists spaced out, versions, addresses, English sentences,
    # ratings in stars, and letters apart by marks that spell no name
    clean = ("新一代C P U的性能提升了三成。", "老师在黑板上写下 a b c 三个字母。",
             "系统升级到1.2.3版本后运行稳定。", "详情见 w.x.y.example.com 页面。",
             "He said b o b is a palindrome.", "顾客给出了评分5★4★3的评价。",
             "方案分为A-B-C三档。", "路径写作a/b/c即可。", "选项a•b•c均可。", "k-o-k", "b e t 3 6 5")
    for line in clean:
        text = "\n".join([*PARAGRAPHS, line])
        assert LexiconSpam()(Doc("t", text=text)).text == text, line


def test_emoji_between_news_words_stay() -> None:
    # counterexamples: emoji between words that spell no term, and a place's name that is an
    # ambiguous brand spelled out on a line of its own
    clean = ("点赞👍转发👍评论👍，欢迎大家积极参与本次线上活动。", "金🌊沙🌊江 畔 的 村 庄 迎 来 了 丰 收",
             "春天😀来了，公园里的花都开了。")
    for line in clean:
        text = "\n".join([*PARAGRAPHS, line])
        assert LexiconSpam()(Doc("t", text=text)).text == text, line


def test_an_address_spelled_out_a_letter_at_a_time_goes_with_its_label() -> None:
    for line in ("官网 w w w . p j 6 6 8 . c o m", "永久网址 js 9 9 9 点 c o m",
                 "备用地址：ab 8 8 。 v i p"):
        assert _clean([*PARAGRAPHS, line]) == "\n".join(PARAGRAPHS), line


def test_spaced_letters_in_news_stay() -> None:
    # counterexamples: letters spaced out with no top-level domain spelled so, and a plain
    # address in a sentence
    clean = ("老师在黑板上写下 a b c 三个字母，同学们跟着读。", "比赛最终以 3 . 2 的比分结束。",
             "详情请登录 www.example.com 查询。")
    for line in clean:
        text = "\n".join([*PARAGRAPHS, line])
        assert LexiconSpam()(Doc("t", text=text)).text == text, line


def test_a_brands_pinyin_initials_sold_by_a_promo_word_go() -> None:
    # the initials of 新葡京 and 华体会 with no number, glued to the promo word that sells them
    for tail in ("xpj官网入口", "hth体育登录"):
        spammed = [PARAGRAPHS[0] + tail, *PARAGRAPHS[1:]]
        assert _clean(spammed) == "\n".join(PARAGRAPHS), tail
    hits = LexiconSpam().lexicon.scan("往返于雨城、xpj官网入口名山")
    assert [(h.term, h.suffix) for h in hits] == [("xpj", "官网入口")]


def test_latin_letters_before_a_promo_word_in_news_stay() -> None:
    # counterexamples: upper-case codes, letters inside a longer run, initials with no promo
    # word after them
    lexicon = LexiconSpam().lexicon
    for line in ("XPJ官网今日改版上线。", "登录abcxpj官网查询。", "课题组简称xpj，成员有五人。",
                 "用户可在app下载页面查看。"):
        assert lexicon.suffixed_initials(line) == [], line


def test_an_operators_address_in_a_row_of_its_names_goes() -> None:
    row = "yabo体育 | leyu乐鱼 | wanboty.vip | kaiyun开云"
    assert _clean([*PARAGRAPHS, row]) == "\n".join(PARAGRAPHS)
    # counterexample: a news line naming a gambling site's address stays
    news = "警方查明，该赌博网站域名为ab88.vip，涉案金额达三千余万元。"
    text = "\n".join([*PARAGRAPHS, news])
    assert LexiconSpam()(Doc("t", text=text)).text == text


def test_a_live_casinos_hall_goes_with_its_operators_name() -> None:
    spammed = [PARAGRAPHS[0][:10] + "AG真人旗舰厅" + PARAGRAPHS[0][10:],
               PARAGRAPHS[1][:10] + "BBIN电子游艺" + PARAGRAPHS[1][10:], PARAGRAPHS[2]]
    assert _clean(spammed) == "\n".join(PARAGRAPHS)
