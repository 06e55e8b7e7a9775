"""chrome.blocks: three or more rows of a short label and its value right under the article's
last paragraph (演出时间：… / 演出地点：… / 票价：…, 人均：… / 营业时间：…) are its own facts,
not a list of headlines after it; the lines under them are judged alone."""

from __future__ import annotations

from cleaners import Doc, clean_text
from cleaners.chrome.blocks import PageBlocks, leading_particulars
from cleaners.meta import closing_contacts, closing_signature, event_particulars

PARA = "剧团创排的原创话剧讲述了一位守塔人与海岛孩子们相伴三十年的故事，舞台呈现简洁而富有诗意。"
ROWS = ["演出时间：2025年10月17日—19日 19:30", "演出地点：某某大劇院 戲劇廳",
        "票价：80元 / 180元 / 280元", "演出时长：约120分钟"]
LINKS = ["相关演出", "【音乐会】秋日弦歌室内乐专场", "【儿童剧】小海豚回家",
         "剧院会员秋季积分兑换活动开启"]


def _clean(lines: list[str]) -> str:
    return PageBlocks()(Doc(id="d", text="\n".join(lines))).text


def test_rows_of_a_label_and_value_under_the_paragraph_stay() -> None:
    text = _clean(["某某话剧将于十月登台", PARA, PARA, *ROWS, *LINKS])
    for row in ROWS:
        assert row in text
    assert "小海豚回家" not in text


def test_the_count_stops_at_the_first_line_of_another_shape() -> None:
    bare = ["人均：45元", "营业时间：17:00—次日02:00", "", "店名：某某砂锅粥",
            "热门 最新", "网友：排了四十分钟"]
    assert leading_particulars(bare, range(len(bare))) == 4


def test_fewer_than_three_rows_or_stopped_rows_are_no_particulars() -> None:
    # Counterexamples: two rows make no block of facts; a sentence under a label is a line of
    # its own, judged with the list; a headline dated at its end is a link.
    assert leading_particulars(["人均：45元", "地址：某某路1号", "热门 最新"], range(3)) == 0
    stopped = ["温馨提示：店里不接受预订。", "人均：45元", "地址：某某路1号", "营业时间：全天"]
    assert leading_particulars(stopped, range(4)) == 0
    dated = ["专题：某某活动回顾 2025-03-01", "视频：某某节目 2025-03-02", "图集：某某现场 2025-03-03"]
    assert leading_particulars(dated, range(3)) == 0


def test_a_list_of_headlines_under_the_paragraph_still_goes() -> None:
    # Counterexample: unlabelled headlines under the article still go as a list.
    heads = ["某某市召开全市经济工作会议", "某某区新建社区健身路径86条", "某某镇举办农民丰收节活动"]
    text = _clean(["某某话剧将于十月登台", PARA, PARA, *heads])
    assert "某某区新建社区健身路径86条" not in text


# gl420: an event's organising committee signs its results notice, the contact row over it
MEET_TAIL = ["对成绩有异议的，请于9月18日前向大会竞赛部书面提出，逾期不予受理。",
             "联系电话：0000-6123456", "某某县第十届全民运动会组委会", "2025年9月16日"]


def test_an_organising_committee_signs_a_results_notice() -> None:
    assert sorted(closing_signature(MEET_TAIL)) == [2, 3]
    assert sorted(closing_contacts(MEET_TAIL)) == [1]
    hant = ["對成績有異議的，請於9月18日前書面提出。", "聯繫電話：0000-6123456",
            "某某縣運動會組委會", "2025年9月16日"]
    assert sorted(closing_signature(hant)) == [2, 3]


def test_a_committee_name_alone_signs_nothing() -> None:
    # Counterexample: the committee's name under a menu with no date under it, or in a sentence.
    assert not closing_signature(["首页 赛事 公告", "某某县运动会组委会", "联系电话：0000-6123456"])
    assert not closing_signature(["会议由某某运动会组委会主办，共有20支队伍参赛。", "2025年9月16日"])


def test_a_shops_card_keeps_its_address_and_phone_rows() -> None:
    card = ["店名：某某砂锅粥", "人均：45元", "地址：某某区某某街巷口往里50米", "电话：0000-1234567",
            "营业时间：17:00—次日02:00"]
    assert sorted(event_particulars(card)) == [0, 1, 2, 3, 4]
    hant = ["店名：某某砂鍋粥", "人均：45元", "地址：某某區某某街50號", "營業時間：17:00—02:00"]
    assert sorted(event_particulars(hant)) == [0, 1, 2, 3]


def test_a_footers_address_and_phone_are_no_shops_card() -> None:
    # Counterexample: a footer's address and phone, with one hours row at most, name no shop.
    footer = ["地址：某某市某某路1号", "电话：0000-1234567", "营业时间：9:00—17:00"]
    assert not event_particulars(footer)


# A reader's notice at the top of the tail (温馨提示：…。, or 注意事项： over rules numbered from
# 1, then whom to ask), under the facts and maybe a row of the page's buttons: the article's.
NOTICE = ["温馨提示：", "1.1.2米以下儿童谢绝入场；", "2.迟到观众须待幕间方可入场；",
          "3.请提前30分钟到场检票。", "购票咨询：0000-5123456"]


def test_a_numbered_notice_under_the_facts_and_buttons_stays() -> None:
    text = _clean(["某某话剧将于十月登台", PARA, PARA, *ROWS, "立即购票  加入想看  分享给好友",
                   *NOTICE, *LINKS])
    for line in NOTICE:
        assert line in text
    assert "立即购票" not in text
    assert "小海豚回家" not in text


def test_a_labelled_advice_under_a_shops_facts_stays() -> None:
    shop = ["店名：某某砂锅粥", "人均：45元", "地址：某某路巷口往里50米", "营业时间：17:00—次日02:00"]
    advice = "温馨提示：店里不接受预订，周末晚上建议早点去。"
    text = _clean(["老街巷子里的砂锅粥", PARA, PARA, *shop, advice, "热门 最新",
                   "某网友：排了四十分钟，粥确实好喝", "这五家早餐店，本地人吃了十几年",
                   "城郊新开的露营地实测"])
    assert advice in text
    assert "露营地实测" not in text
    hant = _clean(["老街巷子裡的砂鍋粥", PARA, PARA, *shop, "溫馨提示：店裡不接受預訂，週末晚上建議早點去。",
                   "热门 最新", "这五家早餐店，本地人吃了十几年", "城郊新开的露营地实测"])
    assert "溫馨提示：店裡不接受預訂" in hant


def test_notices_that_are_no_readers_notice_still_go() -> None:
    # Counterexamples: the label over unnumbered links, a label over one item, or a bare
    # label's short phrase with no stop, and buttons over no notice, are the list's.
    from cleaners.chrome.blocks import reader_notice
    assert not reader_notice(["温馨提示：", "某某镇举办农民丰收节活动", "某某区新建健身路径"], range(3))
    assert not reader_notice(["温馨提示：", "1.谢绝入场；", "某某区新建健身路径"], range(3))
    assert not reader_notice(["温馨提示：点击查看", "某某区新建健身路径"], range(2))
    assert not reader_notice(["立即购票  加入想看", "相关演出", "某某音乐会"], range(3))
    assert not reader_notice(["某某音乐会", "温馨提示：店里不接受预订，请早点去。"], range(2))


# gh175: a notice's last line, a bare phone row under its paragraph asking to send the
# material (……报送某某组织科。 / 联系电话：…), with no contact person nor signature.
ASKING = "各基层党组织要严格程序，经支部大会讨论后确定推荐人选，于12月10日前将推荐材料报送某某工委组织科。"


def test_the_phone_under_a_notices_request_is_its_own() -> None:
    from cleaners.meta import asked_contact
    assert asked_contact([ASKING, "联系电话：0000-5218802"]) == {1}
    assert asked_contact(["請於3月1日前向某某辦公室報名，逾期不予受理。", "", "諮詢電話：0000-5218802"]) == {2}
    text = clean_text("\n".join(["关于开展某某推荐评选工作的通知", "各基层党组织：", PARA, ASKING,
                                 "联系电话：0000-5218802"]), id="t").text
    assert text.endswith("联系电话：0000-5218802")


def test_a_footers_phone_is_no_notices() -> None:
    from cleaners.meta import asked_contact
    # Counterexamples: under a paragraph asking nothing, under the site's name, a row of
    # the footer's fields, or a report channel's hotline.
    assert not asked_contact([PARA, "联系电话：0000-5218802"])
    assert not asked_contact(["某某县人民政府办公室 版权所有", "联系电话：0000-5218802"])
    assert not asked_contact([ASKING, "联系电话：0000-5218802", "地址：某某路1号"])
    assert not asked_contact([ASKING, "联系电话：0000-5218802 地址：某某路1号"])
    assert not asked_contact([ASKING, "举报电话：0000-5218802"])
