"""Clean article prose that uses the words or the shape of the text path's newer line and block
rules (footer lines, pagers, the comment box, chrome above the breadcrumb, disclaimers, an
unlabelled summary, an office's credit, captions under pictures and ▲ captions) loses nothing
through clean_text and clean_html. Our own invented paragraphs, in many registers."""

from __future__ import annotations

import pytest

from tests.test_clean_plain_prose import check_html_page, check_text_page

# Sentences that name what a footer, a pager, a comment box or a disclaimer says.
WORDS = (
    "近日，青湖市召开全市安全生产工作会议，部署冬季安全生产工作。",
    "截至目前，本站总访问量突破一千万次，这是网站开通十年来的最高纪录。",
    "景区今年的访问量达到120万人次。",
    "分享让更多人看到的不只是美景，还有这座小城的温度。",
    "读者写留言给编辑部，讲述了自己与这座老桥的故事。",
    "以上方案仅供参考，各地可结合实际制定具体措施。",
    "本次活动仅供参考的方案有三个，最终由居民投票决定。",
    "医生提醒患者遵医嘱按时服药，不要擅自停药。",
    "文中仅供参考的数据来自医院的门诊记录，专家建议就医时携带既往病历。",
    "本网站所刊登的信息仅供参考的说法，并不能免除平台的审核责任，法院在判决中指出。",
    "第1页的内容主要介绍了项目的背景和意义。",
    "已是第一篇获奖作品，评委会给予了高度评价。",
    "暂无评论的帖子往往会被系统自动下沉。",
    "文章评论区里，不少网友为这位老人点赞。",
    "请文明上网，理性发言，这是论坛管理员反复强调的要求。",
    "多云转晴，气温12~20℃，东南风3级，适宜户外出行。",
    "本次比赛由市体育局主办",
    "本届论坛由市政府 市科协 联合主办",
    "如涉及作品内容、版权和其它问题，这些都是合同中需要写明的条款。",
    "个人登录和法人登录两个入口，已经整合到一个页面。",
    "风险提示：投资者应理性看待市场波动。",
    "该文观点仅代表作者本人的判断，编辑部并不完全赞同。",
    "播放量 3.5万次的短视频，让这个小村庄火了。",
    "正在播放的这部纪录片，讲述了三代护林员的故事。",
    "网站标识码是政府网站的身份证。",
    "您是第一位访客吗？店主笑着问。",
    "建议使用节能灯具的家庭，可以向社区申请补贴。",
    "建议使用分辨率更高的显示器进行设计，以获得更好的效果。",
    "推荐使用4K分辨率拍摄，后期剪辑空间更大。",
)
# A lead whose points the article then tells one by one, each with new words around it.
LEAD = (
    "今年前三季度，全县地区生产总值增长6.2%，一般公共预算收入完成8.7亿元，新增城镇就业4300人。",
    "从经济运行看，全县地区生产总值增长6.2%，增速高于全市平均水平0.4个百分点，工业和服务业双双回升。",
    "从财政收支看，一般公共预算收入完成8.7亿元，其中税收收入占比达到78%，收入质量稳步提高。",
    "从民生就业看，新增城镇就业4300人，城镇登记失业率控制在3.5%以内，重点群体就业总体稳定。",
    "下一步，县里将继续狠抓项目建设，确保完成全年目标任务。",
)
SPORTS_LEAD = (
    "江屿队客场82比76战胜北岭队，孟晓菲砍下24分，球队取得三连胜。",
    "比赛开始后两队比分交替上升，江屿队客场82比76战胜北岭队，这是本赛季首次在客场击败对手。",
    "后卫孟晓菲砍下24分，另有7次助攻，全场最佳当之无愧。",
    "凭借这场胜利，球队取得三连胜，暂列积分榜第二位，主教练对球队的表现非常满意。",
    "下一轮比赛将于10月3日进行。",
)
# A notice's measures, each opened with the arrow the page uses as its bullet.
ARROWS = (
    "为做好今冬明春森林防火工作，县应急管理局提出以下要求：",
    "▲各乡镇要加强巡山护林，严防野外用火。",
    "县应急管理局将不定期开展督查，对工作不力的单位予以通报。",
    "▲各单位要加强组织领导，确保措施落实到位。",
    "今冬明春是森林火灾的高发期，全县各级各部门必须高度重视。",
)
# Short paragraphs of a feature, under no picture; an office named in a bracket of a sentence.
SHORT = (
    "清晨六点，青湖边的步道上已经有不少晨练的市民。",
    "湖水很静。",
    "七十岁的李大爷每天都要沿着湖边走上一圈，风雨无阻。",
    "“走了二十年了，不走就浑身不舒服。”他说。",
    "天渐渐亮了。",
    "湖面上的雾气慢慢散去，远处的山露出了轮廓。",
    "具体事项请咨询市应急管理局（市安委会办公室）。",
)

# A bracket after a sentence's stop that notes the name the sentence gave: no office's credit.
NAMES = (
    "今年以来，青湖市持续深化“放管服”改革，企业开办时间压缩至1个工作日以内。",
    "具体工作由市发展和改革委员会牵头负责。（以下简称市发改委）",
    "市发改委将会同有关部门，每季度通报一次改革进展。",
    "报名地点设在市人才服务中心。（原市人才交流中心）",
)

# A speech's lines that open alike (anaphora), under no picture: no alt text.
ANAPHORA = (
    "这是一座有温度的城市，也是一座有故事的城市。",
    "我们要建设一座让年轻人留得住的城市",
    "这需要更多的就业岗位、更好的公共服务和更低的生活成本。",
    "我们要建设一座让年轻人留得住的家园",
    "这需要每一个部门、每一位干部的共同努力。",
)

# A forecast the article prints day by day: the weather widget's shape, more than once.
FORECAST = (
    "受冷空气影响，本周末我市将迎来一次明显降温过程，市气象台发布了未来三天的天气预报：",
    "10月16日",
    "多云 18℃～26℃",
    "10月17日",
    "小雨 12℃～18℃",
    "10月18日",
    "晴 10℃～17℃",
    "气象部门提醒，市民要及时添加衣物，注意防寒保暖。",
)

PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "words": ("青湖召开安全生产工作会议", WORDS),
    "lead": ("前三季度全县经济运行总体平稳", LEAD),
    "sports_lead": ("江屿女篮客场取胜", SPORTS_LEAD),
    "arrows": ("县应急管理局部署森林防火工作", ARROWS),
    "short": ("湖边的早晨", SHORT),
    "names": ("青湖深化“放管服”改革", NAMES),
    "anaphora": ("建设一座让年轻人留得住的城市", ANAPHORA),
    "forecast": ("青湖本周末将迎明显降温", FORECAST),
}


@pytest.mark.parametrize("key", sorted(PAGES))
def test_a_plain_text_page_keeps_every_paragraph(key: str) -> None:
    check_text_page(*PAGES[key])


@pytest.mark.parametrize("key", sorted(PAGES))
def test_an_html_page_keeps_every_paragraph(key: str) -> None:
    check_html_page(*PAGES[key])
