"""A blog's or a newsletter's boxes saved as text (gold_html --text: a Ghost post, a
newsletter post, an Astro page): the subscribe box under the post, whose removal must not join
the author's box and the next posts' cards after it to the article; its pitch in the middle of
the post; teaser cards (a listed headline over its lead) under a related heading that a short
article puts early among the page's lines; the footer's feed link."""

from __future__ import annotations

from cleaners import clean_text

_HEAD = "某某小记\n\n阳台养绿萝过冬的几点经验\n\n2025-11-02 来源：某某小记 作者：某某某\n\n"
_BODY = ("去年冬天，阳台上的四盆绿萝接连烂根，叶子一片片发黄掉落，最后只救回来一盆。\n\n"
         "绿萝冬天生长很慢，需要的水比夏天少得多，摸到盆土干了再浇，而且一次浇透。\n\n"
         "到了开春，几盆绿萝都冒出了新芽。养花和过日子差不多，很多时候不是做得不够，而是做得太多。\n")


def test_a_subscribe_box_and_the_cards_after_it_go() -> None:
    box = ("\n订阅某某小记\n\n新文章第一时间发送到你的邮箱，随时可以退订。\n\n订阅请稍候\n"
           "太好了！ 请查收邮件完成订阅。\n请输入有效的邮箱地址！\n\n某某某\n\n某某某\n\n"
           "住在七楼的上班族，周末在阳台上种菜、晒太阳、写点东西。\n\n阅读更多\n上一篇\n\n"
           "薄荷扦插，一杯水就够了\n\n剪下一段薄荷的枝条泡在水里，一周就能长出白色的根，移栽到花盆里很快就能成活。\n\n"
           "2025年9月20日 • 阅读约 2 分钟\n下一篇\n\n冬天的阳台还能种什么\n\n"
           "气温降下来以后，菠菜、小白菜和蒜苗都是不错的选择，只要注意防冻，整个冬天都有新鲜的绿叶菜吃。\n\n"
           "2025年11月2日 • 阅读约 3 分钟\n某某小记 © 2025\n")
    doc = clean_text(_HEAD + _BODY + box, id="t")
    for gone in ("邮箱", "稍候", "查收", "上班族", "薄荷", "菠菜"):
        assert gone not in doc.text
    assert doc.text.endswith("而是做得太多。")


def test_a_newsletters_pitch_in_the_post_goes() -> None:
    pitch = "某某通讯是读者支持的出版物。想收到新文章并支持我的写作，请考虑成为免费或付费订阅者。\n\n"
    body = _BODY.replace("到了开春", pitch + "到了开春")
    doc = clean_text(_HEAD + body, id="t")
    assert "读者支持" not in doc.text
    assert "一次浇透。" in doc.text
    assert "而是做得太多。" in doc.text


def test_teaser_cards_under_an_early_related_heading_go() -> None:
    cards = ("\n推荐阅读\n\n  • 乡村教师的二十年\n\n"
             "从二十岁到四十岁，她在村小教过的学生已经有人回到村里当了老师。\n\n"
             "  • 一间教室改成的图书角\n\n旧教室刷上新漆，摆进五百本捐赠图书，孩子们课间最爱去那里。\n\n"
             "评论（2）\n\n山风\n\n看哭了，希望孩子们一直踢下去。\n\n发表\n\n© 2025 某某观察\n\n关于 · RSS\n")
    doc = clean_text(_HEAD + _BODY + cards, id="t")
    for gone in ("乡村教师", "村小", "图书角", "捐赠", "RSS"):
        assert gone not in doc.text
    assert doc.text.endswith("而是做得太多。")


def test_a_list_under_the_heading_with_the_article_going_on_stays() -> None:
    more = ("\n推荐阅读\n\n  • 《绿萝养护手册》\n\n一本讲室内绿植的小书，适合新手。\n\n"
            "  • 《阳台园艺》\n\n讲怎样在阳台上种菜养花。\n\n"
            "读完这两本书，我才明白绿萝烂根的原因：冬天浇水太勤，盆土长期湿润，根系缺氧就会腐烂。\n")
    doc = clean_text(_HEAD + _BODY + more, id="t")
    assert "绿萝养护手册" in doc.text
    assert "阳台园艺" in doc.text
    assert "根系缺氧就会腐烂。" in doc.text


def test_a_guides_related_questions_go() -> None:
    qa = ("\n有用(268) 没用(12)\n相关问答\n\n问：某某居住证过期了怎么办？\n"
          "答：居住证过期后可以重新申领，携带身份证和住所证明到派出所办理。\n"
          "问：某某居住证可以在网上办理吗？\n答：可以，通过小程序提交申请，到派出所领取。\n\n"
          "更多问答>>\n")
    doc = clean_text(_HEAD + _BODY + qa, id="t")
    for gone in ("相关问答", "过期", "小程序"):
        assert gone not in doc.text
    assert doc.text.endswith("而是做得太多。")


def test_a_sentence_on_related_questions_stays() -> None:
    text = _BODY + "\n相关问答已汇编成册，居民可到社区服务中心免费领取，也可以在网上查阅。\n"
    doc = clean_text(_HEAD + text, id="t")
    assert "相关问答已汇编成册" in doc.text


_CARDS = ("老城区十二条背街小巷完成改造\n\n"
          "经过半年施工，老城区十二条背街小巷完成路面翻新和管线入地，沿街店铺陆续恢复营业。\n\n"
          "某某报 2025-12-01\n\n冬季供暖首周投诉量同比下降三成\n\n"
          "市供热办通报，今冬供暖首周共接到投诉四百余件，主要集中在老旧小区末端温度不足。\n\n"
          "城市频道 2025-12-01\n\n")


def test_teaser_cards_closed_by_their_outlet_and_day_go() -> None:
    head = "某某新闻网\n\n城市新闻\n\n" + _CARDS + (
        "阳台养绿萝过冬的几点经验\n\n来源：某某日报 记者 某某某 2025-12-01 18:42\n\n")
    doc = clean_text(head + _BODY, id="t")
    for gone in ("背街小巷", "供暖", "某某报", "城市频道"):
        assert gone not in doc.text
    assert doc.meta.title == "阳台养绿萝过冬的几点经验"
    assert doc.text.startswith("去年冬天")


def test_a_notice_signed_by_its_office_and_day_stays() -> None:
    notice = _BODY + "\n某某街道办事处 2025-12-01\n"
    doc = clean_text(_HEAD + notice, id="t")
    assert "某某街道办事处 2025-12-01" in doc.text


def test_a_poll_and_a_comment_thread_go() -> None:
    tail = ("\n【投票】您认为加装电梯费用按楼层分摊合理吗？\n"
            "合理，高层住户受益更多  不合理，应该平均分摊  说不清\n\n已有 2386 人参与投票\n\n"
            "提交 查看结果\n\n评论（3）\n\n发表评论\n\n  • 老城居民\n\n"
            "我们单元就卡在费用上谈了两年，有了参考比例就好商量多了。\n\n11-26 19:12 · 回复 · 赞 56\n"
            "  • 江边的风\n\n一楼不出钱可以理解，但是采光和噪音的影响也应该考虑进去。\n\n"
            "11-26 20:03 · 回复 · 赞 31\n  • 七楼住户\n\n希望补贴早点落实。\n\n11-27 08:45 · 回复 · 赞 12\n")
    doc = clean_text(_HEAD + _BODY + tail, id="t")
    for gone in ("投票", "平均分摊", "老城居民", "参考比例", "采光", "补贴"):
        assert gone not in doc.text
    assert doc.text.endswith("而是做得太多。")


def test_a_poll_between_paragraphs_under_its_bare_label_goes() -> None:
    """A portal's 网友调查 widget saved as text between two paragraphs: its label alone, the
    question, the options as bullets, its buttons glued to its count (投票查看结果已有N人参与)."""
    paras = _BODY.strip().split("\n")
    poll = ("网友调查\n你支持单位停车场夜间向居民开放吗？\n• 支持，能缓解停车难\n"
            "• 不支持，存在管理隐患\n• 无所谓，看收费\n投票查看结果已有1286人参与\n")
    doc = clean_text(_HEAD + paras[0] + "\n" + poll + "\n".join(paras[1:]) + "\n", id="t")
    for gone in ("网友调查", "你支持", "管理隐患", "看收费", "1286"):
        assert gone not in doc.text
    assert doc.text.endswith("而是做得太多。")


def test_a_survey_heading_over_a_question_with_no_count_stays() -> None:
    text = ("\n网友调查\n居民最关心什么？\n\n调查显示，六成居民最关心停车难，四成关心加装电梯。\n"
            "投票查看结果，结果将于下周公布。\n")
    doc = clean_text(_HEAD + _BODY + text, id="t")
    assert "居民最关心什么？" in doc.text
    assert "六成居民最关心停车难" in doc.text


def test_a_question_with_no_count_and_a_lone_reply_row_stay() -> None:
    text = ("\n【调查】居民最关心什么？\n\n调查显示，六成居民最关心停车难，四成关心加装电梯。\n\n"
            "  • 老城居民\n\n我们单元就卡在费用上谈了两年。\n\n11-26 19:12 · 回复 · 赞 56\n")
    doc = clean_text(_HEAD + _BODY + text, id="t")
    assert "【调查】居民最关心什么？" in doc.text
    assert "六成居民最关心停车难" in doc.text


def test_a_post_rows_counters_do_not_hide_its_author() -> None:
    from cleaners.meta import parse_meta_line

    found = parse_meta_line("作者:青禾 | 分类:阳台种菜 | 浏览:386 | 评论:3")
    assert found is not None
    assert found.authors == ("青禾",)
    # a counter alone is no row, nor a comment's words after the author
    assert parse_meta_line("评论:3 | 点赞 5") is None
    assert parse_meta_line("作者:青禾 | 评论:好文章") is None
