"""Clean news that uses this session's new spam words ordinarily (round fpaudit): an airline's
new routes (飞机, 航班), a telegraph museum (电报), a diabetes clinic (根治糖尿病 quoted as a
warning, a 400 number hyphen-grouped), an old pickle shop (祖传秘方), an e-sports club (代练,
外挂), a lottery draw in a district named 六合 (资料, 特码 quoted), a hotline list of grouped
numbers, job fairs (兼职, 日结, 一单一结 quoted), a film festival (午夜场, 影院), rankings (排名,
海外, 正规, 费用多少, 电话 opening sentences), a surrogacy raid, a company named TG, a 跑分 warning.

Each is cleaned as text and as a plain news HTML page: no spam.* removal, no drop, no
spam_suspect tag. Each is also cleaned as a mirror (a known brand on its own line after the
second paragraph): only the brand goes, every paragraph stays whole. The texts were written
for this audit, in the seeds' families; they are probes, not an unseen measure."""

from __future__ import annotations

import html

import pytest

from cleaners import Doc, clean_html, clean_text

BRAND = "澳门新葡京"

PROBES = [
    pytest.param('东航新开三条国际航线 暑期航班量同比增长两成', '2026-06-18', '新华社', (
        '记者从东方航空获悉，7月起上海浦东至布达佩斯、马德里和开罗三条国际航线陆续开通，每周各执行三个往返航班。',
        '据介绍，新航线将使用宽体飞机执飞，旅客可通过航空公司官网、手机客户端或客服电话95530购票。',
        '民航业内人士表示，今年暑运期间出境游需求旺盛，多家航空公司加密了飞往欧洲和东南亚的航班，部分热门航线机票价格较去年同期有所回落。',
        '机场方面提醒，暑期客流集中，乘坐飞机的旅客应提前两小时到达航站楼办理值机手续。',
    ), id='airline'),
    pytest.param('从电报到5G：一座邮电博物馆里的通信百年', '2026-05-17', '光明日报', (
        '在这座由老邮电局改建的博物馆里，一台上世纪三十年代的莫尔斯电报机静静陈列在展柜中。',
        '讲解员介绍，新中国成立初期，县城与省城之间的急事全靠电报传递，一封加急电报按字计费，人们往往把话压缩成寥寥数字。',
        '上世纪九十年代，寻呼机和手机逐渐普及，电报业务量逐年下降，2017年全国最后一批公众电报业务正式停办。',
        '馆内还展出了早期的程控交换机、第一代移动电话和5G基站模型，每年吸引数万名中小学生前来参观。',
    ), id='telegraph'),
    pytest.param('市中心医院糖尿病专病门诊开诊', '2026-03-02', '健康报', (
        '市中心医院内分泌科糖尿病专病门诊日前正式开诊，每周一至周五全天接诊。',
        '科室主任表示，2型糖尿病目前尚无法根治，但通过规范用药、控制饮食和坚持运动，绝大多数患者可以把血糖控制在理想范围。',
        '她提醒患者警惕网上宣称“根治糖尿病”“一粒见效”的所谓神药，不要擅自停用医生开具的药物。',
        '患者可通过医院预约电话400-810-1234或医院公众号预约挂号，复诊患者可在线上开具长期处方。',
    ), id='diabetes'),
    pytest.param('老字号酱园：一缸酱菜守了一百二十年', '2026-04-09', '工人日报', (
        '走进这家创办于清末的酱园，院子里整齐排列着上百口大缸，空气里弥漫着酱香。',
        '第五代传承人说，酱菜的做法是祖传秘方，关键在于晒酱的火候和发酵的时间，一缸酱菜要晾晒发酵大半年。',
        '近年来，酱园在保留传统工艺的同时开设了线上店铺，去年销售额突破三千万元。',
        '酱园制作技艺已列入省级非物质文化遗产名录，每年都有不少游客前来参观体验。',
    ), id='heritage'),
    pytest.param('高校电竞社团走红 专家提醒警惕代练陷阱', '2026-02-21', '中国青年报', (
        '在不少高校，电竞社团已成为报名人数最多的学生社团之一，社团定期组织校内联赛和观赛活动。',
        '记者调查发现，一些学生为了快速提升段位，在网上找人游戏代练，结果账号被盗、装备被转走的情况时有发生。',
        '律师表示，使用外挂破坏游戏公平，违反用户协议，严重的还可能触犯刑法；买卖游戏账号也存在较大的法律风险。',
        '业内人士建议，学校应加强引导，帮助学生树立健康的游戏观念。',
    ), id='esports'),
    pytest.param('福利彩票第2026045期开奖 本省一注一等奖花落六合', '2026-04-20', '南京日报', (
        '中国福利彩票双色球游戏第2026045期开奖，全国共中出一等奖6注，其中1注出自南京市六合区一家投注站。',
        '据省福彩中心介绍，本期全国销售总额超过3亿元，奖池资金累计达到18亿元。',
        '省福彩中心提醒彩民理性购彩，量力而行，不要相信网上所谓的内部资料和稳中特码的宣传。',
        '中奖彩民须在开奖之日起60天内到省福彩中心兑奖，逾期未兑奖视为弃奖。',
    ), id='lottery'),
    pytest.param('县政务服务中心公布便民服务热线', '2026-01-15', '县融媒体中心', (
        '为方便群众办事，县政务服务中心近日公布各窗口服务电话，群众可在工作日拨打咨询。',
        '不动产登记窗口电话0515-8821-3306，社保医保窗口电话0515-8821-3310，公积金窗口电话0515-8821-3315。',
        '工作人员表示，群众办事前可先电话咨询所需材料，避免来回跑腿。',
        '中心还开通了周末预约服务，对企业开办等事项实行“一件事一次办”。',
    ), id='hotline'),
    pytest.param('春风行动招聘会提供岗位两万余个', '2026-02-26', '劳动报', (
        '市人社局举办的春风行动专场招聘会吸引了三百多家企业进场招聘，提供岗位两万余个。',
        '除全职岗位外，不少商超和快递企业还招聘兼职和日结人员，满足求职者灵活就业的需求。',
        '人社部门提醒求职者，正规招聘不收取任何费用，对于宣称在家打字员、刷单返利一单一结的所谓兼职，要提高警惕。',
        '据统计，当天共有五千余名求职者进场，初步达成就业意向一千八百余人。',
    ), id='jobfair'),
    pytest.param('国际电影节午夜场一票难求', '2026-06-20', '新民晚报', (
        '本届国际电影节在全市四十余家影院排映展映影片四百余部，午夜场展映单元尤其受到年轻观众欢迎。',
        '一家影院经理介绍，午夜场的恐怖片和科幻片展映开票不到一分钟便全部售罄。',
        '组委会提醒观众，通过官方平台购票，不要向黄牛购买高价票。',
        '电影节期间，部分地铁线路将延长运营时间，方便观众观影后返程。',
    ), id='filmfest'),
    pytest.param('高校学科排名发布 本市六所大学进入前十', '2026-10-30', '解放日报', (
        '最新一轮学科排名日前发布，本市六所大学共有二十余个学科进入全国前十。',
        '排名显示，本市高校在材料、医学和计算机等学科上优势明显。',
        '教育专家表示，家长和考生在填报志愿时，可以参考排名，但更应关注专业是否适合自己，不要盲目追求热门。',
        '海外留学方面，专家提醒家长通过正规留学中介办理，费用多少、服务内容都应写进合同。',
    ), id='schoolrank'),
    pytest.param('区人社局发布本周招聘信息', '2026-03-10', '区融媒体中心', (
        '本周全区用工单位共发布岗位一千二百余个，涵盖制造、物流、餐饮等行业。',
        '招聘岗位 兼职理货员 日结工资 咨询电话：0515-8821-3306',
        '求职者也可登录区人社局官网或到各街道就业服务站查询岗位信息。',
    ), id='jobnotice'),
    pytest.param('警方捣毁一地下代孕窝点', '2026-05-08', '法治日报', (
        '公安机关近日捣毁一个非法代孕窝点，抓获犯罪嫌疑人十一名。',
        '经查，该团伙以“海外试管”为幌子，通过网络招揽客户，代孕费用动辄数十万元。',
        '卫健部门提醒，我国法律禁止任何形式的代孕，正规医疗机构不会提供代孕服务。',
    ), id='surrogacy'),
    pytest.param('华夏TG科技发布新一代芯片', '2026-09-01', '科技日报', (
        '华夏TG科技公司今天在深圳发布新一代人工智能芯片，性能较上一代提升一倍。',
        '公司负责人在发布会上说，TG团队三年来投入研发资金超过十亿元。',
        '电报、电话、电视，通信技术每一次进步都改变着人们的生活，他说。',
    ), id='tgcompany'),
    pytest.param('警惕虚拟货币跑分陷阱', '2026-07-12', '人民公安报', (
        '近期，一些不法分子以高额佣金为诱饵，招募学生提供银行卡参与所谓USDT跑分，为电诈团伙转移赃款。',
        '民警介绍，这些人常通过纸飞机等境外聊天软件联系，以换汇为名要求受害人转账。',
        '警方提醒，出租出借银行卡涉嫌违法犯罪，切勿因小利而沦为犯罪工具。',
    ), id='usdt'),
    pytest.param('全省县域经济排名出炉', '2026-08-15', '浙江日报', (
        '排名前十的县市中，有六个来自沿海地区。',
        '海外市场拓展成为不少县域企业新的增长点，去年全省县域出口增长一成以上。',
        '电话会议上，省发改委负责人表示，将继续支持县域特色产业集群发展。',
        '正规渠道融资难的问题依然困扰着一些小微企业，费用多少、放款快慢成为企业最关心的问题。',
    ), id='rankhead'),
]


def _as_text(title: str, date: str, source: str, paras: tuple[str, ...], brand: str) -> str:
    lines = [title, f"{date} 来源：{source}", ""]
    for i, para in enumerate(paras):
        lines += [f"\u3000\u3000{para}", *([brand] if brand and i == 1 else []), ""]
    return "\n".join(lines)


def _as_html(title: str, date: str, source: str, paras: tuple[str, ...], brand: str) -> str:
    body = "".join(f"<p>{html.escape(p)}</p>" + (f"<p>{brand}</p>" if brand and i == 1 else "")
                   for i, p in enumerate(paras))
    return (f"<html><head><meta charset='utf-8'><title>{html.escape(title)}</title></head>"
            f"<body><div class='article'><h1>{html.escape(title)}</h1>"
            f"<div class='info'>{date} 来源：{source}</div>{body}</div></body></html>")


def _cleaned(kind: str, page: tuple[str, str, str, tuple[str, ...]], brand: str) -> Doc:
    if kind == "text":
        return clean_text(_as_text(*page, brand))
    return clean_html(_as_html(*page, brand))


@pytest.mark.parametrize("kind", ["text", "html"])
@pytest.mark.parametrize(("title", "date", "source", "paras"), PROBES)
def test_clean_news_with_the_new_spam_words_is_left_alone(
        kind: str, title: str, date: str, source: str, paras: tuple[str, ...]) -> None:
    doc = _cleaned(kind, (title, date, source, paras), "")
    assert doc.dropped is None
    assert [r.text for r in doc.removals if r.cleaner.startswith("spam")] == []
    assert "spam_suspect" not in doc.meta.tags
    for para in paras:
        assert para in doc.text


@pytest.mark.parametrize("kind", ["text", "html"])
@pytest.mark.parametrize(("title", "date", "source", "paras"), PROBES)
def test_on_a_mirror_of_it_only_the_brand_goes(
        kind: str, title: str, date: str, source: str, paras: tuple[str, ...]) -> None:
    doc = _cleaned(kind, (title, date, source, paras), BRAND)
    assert doc.dropped is None
    assert BRAND not in doc.text
    assert {r.text for r in doc.removals if r.cleaner.startswith("spam")} == {BRAND}
    for para in paras:
        assert para in doc.text


PAGE_HEAD = ("区里开展民生实事项目建设\n2026-05-06 来源：区融媒体中心\n\n"
             "\u3000\u3000今年以来，区里把民生实事项目作为重点工作，逐项明确责任单位和完成时限。\n")
PAGE_TAIL = "\n\u3000\u3000下一步，区里将加强督查，确保各项目按期完成。"


@pytest.mark.parametrize("line", [
    # gig work is paid by the order: 一单一结 is how news says it, not only adverts
    "外卖骑手的收入大多按单结算，一单一结，多劳多得。",
    "快递员小李说，现在平台按件计酬，一单一结，收入比过去稳定。",
    "如有疑问，可拨打服务热线400-700-1234咨询，工作日全天有人接听。",
    "海外仓建设加快，费用多少、时效快慢成为跨境卖家最关心的问题。",
    "网友@飞机迷小王在微博留言说，新航站楼的指引标识很清楚。",
    "正规医院的辅助生殖技术须经卫生健康部门批准，严禁实施代孕。",
    "资料显示，该县地处六合盆地，境内河网密布。",
    "午夜影院里坐满了观看首映的影迷。",
    "草莓视频是该县农业局拍摄的科普短片，讲述草莓种植技术。",
    "电报大楼修缮后将作为城市展馆对外开放。",
    "某直播平台以“宅男福利”为噱头传播低俗内容，被网信部门约谈。",
])
@pytest.mark.parametrize("brand", ["", BRAND])
def test_a_news_line_with_a_new_spam_word_stays_on_a_clean_page_and_a_mirror(
        line: str, brand: str) -> None:
    doc = clean_text(f"{PAGE_HEAD}\u3000\u3000{line}\n{brand + chr(10) if brand else ''}{PAGE_TAIL}")
    assert line in doc.text
    assert {r.text for r in doc.removals if r.cleaner.startswith("spam")} == (
        {brand} if brand else set())
