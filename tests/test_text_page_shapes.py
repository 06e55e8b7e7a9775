"""Pages of our own in more of the shapes Chinese sites print, saved as text and cleaned whole.

Each page has the site's chrome above and below the article, a headline, its metadata and a
few paragraphs; the test pins what a perfect cleaner returns: the metadata fields, how many
body lines stay, and how the first and the last begin. Names, places and events are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaners import clean_text
from cleaners.chrome.blocks import RELATED_MARKER, figures_under_sentence
from cleaners.chrome.common import section_numbers, table_headers
from cleaners.chrome.inline import (
    first_slide_counter,
    gallery_counter_spans,
    gallery_counters,
    orphan_note_marks,
    stock_quotes,
)
from cleaners.meta import (
    adoption_date,
    author_note,
    clean_authors,
    closing_signature,
    contact_block,
    names_a_body,
    parse_byline,
    parse_date_row,
    parse_meta_line,
    split_date_lines,
    unkeyworded_title,
)
from cleaners.names import plausible_author

PAGES = Path(__file__).parent / "fixtures" / "text"

SHAPES = [
    # A national portal: 【纠错】 before the editor's credit on one line, a related-news list.
    ("national_portal", {"title": "全国已建成5G基站超过380万个", "date": "2024-08-12T16:05:33",
                         "source_name": "某某网", "authors": ("赵某某",)},
     "某某社北京8月12日电", "下一步，工业和信息化部", 3),
    # A feature with a reporter's byline and captions ending in their picture's credit.
    ("feature_captions", {"title": "某某市老旧小区加装电梯提速：今年已开工320部",
                          "date": "2024-09-03T07:30:00", "source_name": "某某新闻",
                          "authors": ("陈某某",)},
     "“以前下楼买菜", "某某市住房和城乡建设委员会相关负责人", 4),
    # A blog's repost: 转自 names the source, 原文链接 and 转载请注明出处 close it.
    ("blog_repost", {"title": "一次服务器磁盘写满的排查经历", "date": "2024-04-02T22:18:00",
                     "source_name": "某某技术社区", "authors": ()},
     "上周五下午", "这次事故提醒我们", 5),
    # A court's news item: 信息来源 names the court, 作者 the office before the writer's name.
    ("court_news", {"title": "某某中院公开宣判一起非法吸收公众存款案",
                    "date": "2024-10-15T17:20:08", "source_name": "某某市中级人民法院",
                    "authors": ("韩某某",)},
     "10月15日，某某市中级人民法院", "法官提示", 4),
    # A city government's notice: its information table (信息索引号, 发布机构, 文号, 发布日期)
    # stands above the headline, the 发布机构 published it; the notice keeps its headings and
    # its contact line, its attachments go.
    ("gov_notice_attachments", {"title": "关于开展2024年全市城镇燃气安全专项检查的通知",
                                "date": "2024-03-22", "source_name": "某某市住房和城乡建设局",
                                "authors": ()},
     "各区（县）住房城乡建设主管部门", "联系人：赵某某", 7),
    # A primary school's news: 文/图 byline, a bracketed row of credits closing the article.
    ("school_news", {"title": "我校开展“书香校园”读书节系列活动", "date": "2024-04-25",
                     "authors": ("李某某",)},
     "4月23日是第29个世界读书日", "同学们纷纷表示", 4),
    # A Taiwan paper in traditional script: 記者某某／台北報導 under the date, 延伸閱讀 below.
    ("tw_traditional", {"title": "大學入學考試新制上路 考生首度採線上報名",
                        "date": "2024-03-15T14:20:00", "authors": ("王某某",)},
     "教育部今（15）日宣布", "有高中教師認為", 3),
    # A paper's series: the editor's note (编者按) above the headline is the article's, and so
    # are its ■ section headings.
    ("editor_note_paper", {"title": "90后“新农人”柏某某：把家乡的柑橘卖向全国",
                           "date": "2024-01-09T08:00:00", "source_name": "某某日报",
                           "authors": ("乔某某",)},
     "编者按", "为了把柑橘卖出去", 7),
    # A policy interpretation: its section headings (一、 （一）) are text and stay.
    ("policy_sections", {"title": "《某某市促进民营经济高质量发展若干措施》政策解读",
                         "date": "2024-02-26T15:00:00", "source_name": "某某市发展和改革委员会",
                         "authors": ()},
     "近日，某某市人民政府印发", "《若干措施》自2024年3月1日起施行", 11),
    # A Hong Kong portal in traditional script: 來源 and 記者 on the date row, 相關新聞 below.
    ("hk_traditional", {"title": "政府推出新一輪長者醫療券優化措施", "date": "2024-10-08T11:45:00",
                        "source_name": "某某新聞網", "authors": ("黃某某",)},
     "政府今日宣布", "有社福團體歡迎有關措施", 4),
    # A county media centre: 来源/作者/责任编辑/审核 lines close the article.
    ("county_media_center", {"title": "某某县首届乡村篮球联赛开赛", "date": "2024-07-06T20:41:00",
                             "source_name": "某某县融媒体中心", "authors": ("王某某", "李某")},
     "7月6日晚", "据了解，联赛期间", 4),
    # A university's news: one row of 作者/摄影/编辑/审核/来源/发布时间/点击量 (the photographer
    # is no author).
    ("university_news", {"title": "我校在第十届全国大学生某某创新大赛中获佳绩",
                         "date": "2024-11-20", "authors": ("张某某",)},
     "11月16日至18日", "获奖学生代表王某某", 4),
    # A city paper's edition page: the subtitle under the headline stays, 本报讯 opens the lead,
    # the closing byline's box (□本报记者) is no outlet. The lead's credit names the reporter
    # the box names and the correspondent too: both are the authors, as the gold of
    # gl29 and gl543 (记者 … 通讯员 …) has them.
    ("city_paper_edition", {"title": "某某市召开优化营商环境大会", "source_name": None,
                            "authors": ("王小明", "李华")},
     "出台20条措施", "会议还对2023年度", 5),
    # A portal article whose metadata row ends in its font-size tool (【字号 大 中 小】).
    ("portal_news", {"title": "多地出台措施稳就业 高校毕业生就业渠道持续拓宽",
                     "date": "2024-05-11T10:32:15", "source_name": "新华网"},
     "新华社北京5月11日电", "人社部有关负责人", 2),
    # A WeChat account's post: the account row, 点击蓝字关注, credits and buttons.
    ("wechat_account", {"date": "2024-05-11T10:32:00", "source_name": "某某区委组织部"},
     "5月以来", "下一步", 3),
    # A hospital's news: a subtitle (——…) under the headline is not the headline; like the
    # city paper's, it stays with the text. The blanks the headline block leaves around it
    # are no image's gap, so it is no caption either.
    ("hospital_subtitle", {"title": "多学科团队联手 七旬老人重获新生",
                           "date": "2024-06-18T09:12:00", "source_name": "心血管内科"},
     "——我院成功完成首例", "目前，刘大爷已经康复出院", 5),
    # A date, its time and the source each on a line of their own.
    ("date_three_lines", {"title": "某某县启动2024年农村供水保障工程",
                          "date": "2024-05-06T14:22:05", "source_name": "某某县水利局"},
     "5月6日，某某县", "县水利局负责人表示", 3),
    # A police notice (警情通报) closed by its signature: the issuing body and the date are
    # the notice's own text, not a list after it nor a metadata row.
    ("police_notice", {"title": "某某分局关于一起持刀伤人案件的警情通报", "date": "2024-05-06"},
     "5月5日20时许", "2024年5月6日", 5),
    # A commentary: 本报评论员 under the headline is no author, the note on the writer
    # closing it (（作者系……教授）) is the article's.
    ("commentary_author_end", {"title": "让“小切口”撬动基层治理“大变革”",
                               "date": "2024-05-06T06:30:00", "source_name": "某某日报",
                               "authors": ()},
     "基层治理千头万绪", "（作者系", 5),
    # A county media centre's page closed by its 三审 rows (编辑, 一审, 二审, 终审); the
    # reporter and the correspondent (记者：… 通讯员：…) are both its authors.
    ("county_three_reviews", {"title": "某某镇：小小桑葚“串”起增收致富路",
                              "date": "2024-05-06T18:05:00", "source_name": "某某县融媒体中心",
                              "authors": ("某某某", "某某")},
     "眼下正值桑葚成熟季", "“今年桑葚长势好", 3),
    # A reprint notice glued after the last sentence (……以上。转载请注明出处) is cut from the
    # paragraph, which stays; the footer line of notices under it goes whole.
    ("notice_glued_last", {"title": "某某区老旧小区改造项目全面完工",
                           "date": "2024-06-12T09:30:00", "source_name": "某某区新闻网"},
     "今年以来", "据了解，截至目前", 4),
    # A reprint notice glued after a bare comma (……持续提升，转载请注明出处): the notice and
    # its comma are cut, the paragraph stays.
    ("notice_after_comma", {"title": "某某县农村公路提档升级工程完工",
                            "date": "2024-07-08T15:40:00", "source_name": "某某县新闻网"},
     "今年以来", "据介绍，下一步该县将做好道路养护工作，确保农村公路路况持续提升", 4),
    # The unit that sent the article in, glued after the last sentence (……防线。（某某镇供稿）):
    # cut, not read as the source (the HTML path reads no 供稿 either).
    ("unit_credit_glued", {"title": "某某镇开展夏季防溺水安全教育活动",
                           "date": "2024-06-20T16:12:00", "source_name": None},
     "为切实增强学生", "下一步，该镇", 4),
    # A picture's credit glued after the last sentence of a paragraph that goes on with the
    # story (下一步，……。图片来源：网络): the credit goes, the paragraph stays; a caption ending
    # in its photographer's credit (……百家宴。（通讯员 某某某 摄）) still goes whole.
    ("picture_credit_glued", {"title": "某某街道举办社区邻里节", "date": "2024-06-15T11:20:00",
                              "source_name": "某某市新闻网"},
     "6月14日", "下一步，街道将", 4),
    # A picture's credit glued to a last paragraph of one sentence that reports what people
    # said (……纷纷表示收获很大。（通讯员 某某某 摄））: the credit goes, the sentence stays; the
    # caption showing a scene (专家正在为果农示范……（通讯员 某某 摄）) still goes whole.
    ("picture_credit_statement", {"title": "某某镇举办果树修剪技术培训班",
                                  "date": "2024-03-12T17:05:00", "source_name": "某某县融媒体网"},
     "3月11日", "培训结束后，参加培训的果农们纷纷表示收获很大。", 4),
    # A policy Q&A (问：…？ / 答：…), numbered or not: every question and answer is text.
    ("qa_interpretation", {"date": "2024-05-06T10:00:00",
                           "source_name": "某某市人力资源和社会保障局"},
     "近日，市人社局印发", "答：中断缴费期间", 9),
    # A live blog: its time stamps heading the posts (07:30, 【09:12】) are text, and the
    # provider's credit closing it (本直播由……提供) goes.
    ("live_blog", {"title": "图文直播：2024某某马拉松鸣枪开跑", "date": "2024-05-06T07:00:00",
                   "source_name": "某某体育"},
     "07:30", "10:30 赛事组委会", 7),
    # A court's news with captions that hold no photo word: 宣判现场。 庭审现场 between
    # paragraphs name only the scene of a picture the text save lost.
    ("verdict_captions", {"title": "某某区法院集中宣判一批涉养老诈骗案件",
                          "date": "2024-05-06T16:40:12", "source_name": "某某区人民法院",
                          "authors": ("冯某某",)},
     "5月6日上午", "本次宣判邀请了", 4),
    # A news app's page: today's date widget (with its weekday) and a 热搜 row above the
    # headline, a timestamp row without its year (05-06 14:22 某某晚报) under it.
    ("feed_yearless", {"title": "某某湖景区迎来“五一”返程客流高峰",
                       "date": "2024-05-06T14:22:00", "source_name": "某某晚报"},
     "5月5日是“五一”", "“这几天人虽然多", 4),
    # A WeChat article whose 原创 row is glued to the writer (原创某某某 账号 date): the writer
    # is the author, the account the publisher; the account's description line printed over
    # the headline is no part of it.
    ("wechat_original", {"title": "读书的意义，在春天里被重新发现", "date": "2024-05-06T20:15:00",
                         "source_name": "某某青年说", "authors": ("某某某",)},
     "编者按：春天是读书的季节", "“读书会让我认识了", 5),
    # A photo gallery (组图): its counter (图片 1/6) and 上一张 下一张 go, the pictures'
    # captions are its text.
    ("photo_gallery", {"title": "组图：某某古镇迎来赏荷季 游客泛舟荷塘间",
                       "date": "2024-07-08T16:40:12", "source_name": "某某网",
                       "authors": ("周某某",)},
     "7月8日，某某古镇的千亩荷塘", "7月8日，夕阳下的荷塘", 6),
    # A gallery's pager printed as < 1/5 >, 点击查看大图 under each picture, 全屏观看.
    ("gallery_pager", {"title": "高清：某某大桥主桥成功合龙", "date": "2024-08-20T10:12:00",
                       "source_name": "某某在线"},
     "8月20日，某某大桥主桥成功合龙", "某某大桥全长3.2公里", 3),
    # A newspaper's e-paper page: its issue date (with the weekday) by the page label
    # (第A03版：要闻) dates the article; the page list and 上一版 下一版 放大 缩小 go, and so
    # does the paper's masthead above the headline.
    ("epaper", {"title": "某某港一季度集装箱吞吐量同比增长12%", "date": "2024-05-06",
                "authors": ("钱某某", "孙某")},
     "本报讯（记者 钱某某", "港口相关负责人介绍", 3),
    # An e-paper's front page: the list of the page's headlines (本版新闻 then one per line)
    # goes; the item printed again over the byline is the headline, the subtitle stays.
    ("epaper_front_page", {"title": "某某市召开优化营商环境推进大会", "date": "2024-05-06",
                           "authors": ("赵某某", "钱某某")},
     "——出台20条措施", "会议强调", 4),
    # A page saved hard-wrapped (a line break every ~31 characters inside its paragraphs):
    # the paragraphs come back one a line.
    ("hard_wrapped", {"title": "某某市今年将改造老旧供水管网260公里",
                      "date": "2024-06-03T09:20:15", "source_name": "某某新闻网"},
     "记者从某某市水务局获悉", "市水务局相关负责人表示", 3),
    # A government page whose paragraphs are indented with full-width spaces and separated
    # by blank lines; 【打印本页】【关闭窗口】 go.
    ("indented_blank", {"title": "某某县举办2024年农民丰收节", "date": "2024-09-22",
                        "source_name": "县农业农村局"},
     "9月22日，某某县2024年", "据统计，当天农产品展销额", 4),
    # A news programme's transcript: the speakers' marks ((主持人), (记者 某某某)) and the
    # programme's rundown are its text.
    ("broadcast_transcript", {"date": "2024-06-03T19:30:00"},
     "【视频】某某新闻联播", "（主持人）以上就是今天节目", 10),
    # A page of news briefs (简讯): each item's bold lead (■…) is its heading and stays.
    ("brief_items", {"title": "本地简讯", "date": "2024-07-15T07:30:00", "source_name": "某某日报",
                     "authors": ("吴某某", "孙某某")},
     "■某某区新增10个口袋公园", "7月15日至8月31日", 6),
    # A WeChat post that is mostly its pictures' captions (▲…): they stay; the account's
    # 编辑丨/审核丨/来源丨 rows close it, their bar a colon: the 来源 names the publisher.
    ("wechat_captions", {"title": "一组图带你看某某古城的夜", "date": "2024-08-02T21:05:00",
                         "source_name": "某某县融媒体中心", "authors": ()},
     "夜幕降临", "据介绍，今年暑期", 6),
    # A WeChat repost: 本文转载自公众号「…」 goes; 作者｜ under it names the writer and
    # 责任编辑｜ closing it goes (full-width bars as the labels' colons); 推荐阅读 goes.
    ("wechat_reprint", {"title": "“双减”三年，课后服务还能怎么做？", "date": "2024-09-10T12:00:00",
                        "source_name": "某某教育观察", "authors": ("某某某",)},
     "课后服务推行三年来", "专家认为", 5),
    # A WeChat post under its 收录于合集 #话题 N个 tag: the tag goes, 来源丨 names the account
    # without its （ID：…）; the disclaimer, END, 往期回顾 and 星标我们 go.
    ("wechat_collection", {"title": "上半年外贸数据出炉：出口增长超预期",
                           "date": "2024-07-08T08:00:00", "source_name": "某某财经观察",
                           "authors": ("某某某",)},
     "海关总署近日发布数据", "展望下半年", 4),
    # A WeChat essay of one-sentence paragraphs (a list's look): every one stays; - THE END -
    # and 点赞在看，让更多人看到 go.
    ("wechat_short_paragraphs", {"title": "写给三十岁的自己", "date": "2024-03-30T22:10:00",
                                 "source_name": "某某读书", "authors": ("某某",)},
     "三十岁这一年", "愿你我都能", 8),
    # A WeChat review closed by a giveaway (文末福利, 留言…抽取3位读者送出…): it goes.
    # Its row (account, date, 发表于 province) has no 原创: the account published it.
    ("wechat_giveaway", {"title": "国产旗舰手机上手体验：影像进步明显",
                         "date": "2024-10-22T19:45:00", "source_name": "某某数码"},
     "本周，某某公司正式发布", "总的来看", 5),
    # A WeChat poll (投票, its options, 欢迎在留言区…, 写留言, 阅读 N) goes; the ask for votes
    # in the text (投票时间为…) stays.
    ("wechat_vote", {"title": "小区电动车充电桩建在哪？请您来投票", "date": "2024-05-20T18:30:00",
                     "source_name": "某某社区发布", "authors": ()},
     "近期，不少居民反映", "投票时间为", 4),
    # A WeChat post in traditional script: 點擊上方藍字關注我們, 發表於, 文字｜ (the writer),
    # 攝影｜, 編輯｜, 往期回顧 and 長按識別二維碼.
    ("wechat_traditional", {"title": "老街上的手作麵包店，開了二十年", "date": "2024-04-12T09:00:00",
                            "source_name": "某某生活誌", "authors": ("某某",)},
     "在某某區的一條老街上", "不少街坊從小吃到大", 4),
    # A WeChat repost under the card of its source account (以下文章来源于某某 ，作者某某, the
    # account's name, its description): the card goes, its writer is the author; 素材来源,
    # 图片来源：网络, 版权归原作者所有…, 往期推荐 and 点个“在看” go.
    ("wechat_source_card", {"title": "夏天到了，这几种水果空腹别吃", "date": "2024-06-18T07:30:00",
                            "source_name": "某某健康", "authors": ("某某医生",)},
     "每到夏天", "医生建议", 5),
    # The same card saved above the headline, under 点击上方蓝字关注我们: the account's
    # description is no headline.
    ("wechat_card_above", {"title": "夏天到了，这几种水果空腹别吃", "date": "2024-06-18T07:30:00",
                           "source_name": "某某健康", "authors": ("某某医生",)},
     "每到夏天", "医生建议", 5),
    # A WeChat post's end matter: 文 | 图 | under the row, ↓↓↓, ✎ 编辑 | 审核 |, 声明：…,
    # 投稿邮箱, 商务合作, 觉得不错，请点个在看, 点击“阅读原文”.
    ("wechat_end_matter", {"title": "周末去哪儿？这五个小众公园值得一逛",
                           "date": "2024-04-26T17:00:00", "source_name": "某某城市漫步",
                           "authors": ("某某某",)},
     "春天是逛公园的好时节", "出行前建议", 5),
    # A county account's post: 记者丨 names the writers, one row of 编辑｜审核｜终审｜ goes,
    # 🔺 🔺 🔺 and 往期推荐 go, the 来源丨 under them names the publisher.
    ("wechat_credit_rows", {"title": "某某县“村超”总决赛落幕", "date": "2024-07-29T22:40:00",
                            "source_name": "某某县融媒体中心", "authors": ("某某", "某某某")},
     "7月28日晚", "据悉，明年的", 4),
    # A paper's account: the follow prompts name it in quotes (↑点击上方“某某”关注我们，
    # 戳蓝字“某某”关注我们哦！) and go; the bracketed （某某晚报记者 某某某） closing the
    # article names the writer; ↓ 点击下方“阅读原文” goes.
    ("wechat_follow_quoted", {"title": "某某市今年首批保障性住房开始配租",
                              "date": "2024-03-12T18:20:00", "source_name": "某某晚报",
                              "authors": ("某某某",)},
     "3月12日，记者从", "市住房保障中心提醒", 4),
    # A WeChat page saved whole with the app's UI under the text (阅读 10万+, 在看, 写留言,
    # 微信扫一扫 关注该公众号, 继续滑动看下一个, 轻触阅读原文, 知道了, 取消 允许, the
    # screen reader's ：，。视频小程序赞…): all of it goes. The row's first name is an account
    # (某某疾控), no writer.
    ("wechat_ui_footer", {"title": "秋冬季节如何预防流感？疾控专家提醒",
                          "date": "2024-11-05T16:30:00", "source_name": "某某市疾控中心",
                          "authors": ()},
     "入秋以来", "此外，日常要勤洗手", 3),
    # A WeChat post of pictures saved as text: each picture left a line 图片, which goes, as do
    # the pictures' credits (▲ 图源：…) and the call for readers' photos.
    ("wechat_image_placeholders", {"title": "雪后故宫，美成一幅画", "date": "2024-12-10T09:30:00",
                                   "source_name": "某某旅行", "authors": ()},
     "昨日一场大雪", "据悉，当天故宫博物院", 3),
    # A WeChat post in traditional script whose row says 原創 … 發表於: the writer and the
    # account are read as in simplified script; 延伸閱讀 and 請點擊上方藍字追蹤我們 go.
    ("wechat_traditional_original", {"title": "中秋連假 國道疏運措施一次看",
                                     "date": "2024-09-18T20:00:00", "source_name": "某某生活",
                                     "authors": ("某某某",)},
     "為因應中秋連續假期車潮", "高公局提醒", 3),
    # A WeChat repost of a bureau's checklist: its ✅ items stay; 本文来源：…（ID：…） names the
    # bureau as the publisher (over the reposting account); 转载请联系授权, ▶ 推荐阅读 and its
    # ▶ items, 编辑： | 校对： go.
    ("wechat_checklist", {"title": "开学季，这份安全清单请收好", "date": "2024-08-30T19:00:00",
                          "source_name": "某某市教育局", "authors": ()},
     "新学期即将开始", "家长要切实履行", 6),
    # A WeChat repost (本文经授权转载自微信公众号：某某（ID：…）, which names the publisher)
    # closed by its readers' comments (精选留言, a nickname, the comment, its likes): they
    # go, and a nickname that looks like a name is no byline.
    ("wechat_comments", {"title": "退休后，我在社区学会了弹古筝", "date": "2024-06-06T10:00:00",
                         "source_name": "某某老年报", "authors": ()},
     "今年67岁的刘阿姨", "如今，她已经能", 4),
    # A decision honouring people: its list of names (rows of names apart) and the signature
    # after it (issuing body, date) are its text, no link list.
    ("honor_list", {"title": "关于表彰2024年度优秀教师的决定", "date": "2024-09-06",
                    "authors": ()},
     "各区县教育局", "2024年9月6日", 9),
    # A county media page with QR-code and app prompts between paragraphs and a platform's
    # share prompt (…学习平台 欢迎转发分享) closing it: the prompts go.
    ("qr_prompt", {"title": "某某县举办首届农民运动会", "date": "2024-10-12T18:30:00",
                   "source_name": "某某县融媒体中心"},
     "10月12日", "据了解，运动会将持续两天", 4),
    # An essay with footnote marks ([1]), its 注释 and 参考文献: the notes are the essay's
    # own text and stay; （作者单位：…） closes it.
    ("footnotes_refs", {"title": "数字乡村建设的实践路径探析", "date": "2024-03-18T10:05:00",
                        "source_name": "某某社会科学网", "authors": ("许某某",)},
     "数字乡村建设是乡村振兴的战略方向", "（作者单位", 10),
    # A forum thread: the first post (楼主 … 发表于 … 只看该作者) is the article, the replies
    # (沙发, 板凳) and 回复 引用 举报 go.
    # The thread's category tag ([经验分享]) is no part of its subject.
    ("forum_post", {"title": "孩子幼升小，我们家是这样准备的", "date": "2024-05-06T21:13:00"},
     "孩子今年九月就要上小学了", "以上就是我们的一点经验", 5),
    # A 推荐阅读 block with a 延伸阅读 link between two paragraphs of the article.
    ("mid_recommend", {"title": "某某市今年将新增公共停车泊位2万个", "date": "2024-05-06T09:15:00",
                       "source_name": "某某晚报"},
     "记者从某某市交通运输局获悉", "市交通运输局相关负责人表示", 4),
    # A headline opening with an English product name over a Chinese body.
    ("english_title", {"title": "Apple Vision Pro 国行版体验：沉浸感惊艳，续航仍是短板",
                       "date": "2024-06-28T10:05:00", "authors": ("林某某",)},
     "苹果Vision Pro国行版", "总体来看，Vision Pro", 5),
    # A county's page whose 本站热门 list repeats the article's own headline.
    ("hot_footer", {"title": "某某县开展2024年夏季森林防火专项检查", "date": "2024-06-12T15:30:00",
                    "source_name": "某某县林业局"},
     "6月10日至11日", "下一步，县林业局", 3),
    # An interview transcript: 嘉宾：/主持人： speakers are text; （本期编辑：…） goes.
    ("interview_transcript", {"title": "在线访谈：如何让老年人跨越“数字鸿沟”",
                              "date": "2024-05-06T15:00:00", "source_name": "某某广播电视台"},
     "嘉宾：某某市民政局副局长", "嘉宾：谢谢大家。", 9),
    # A government site's online interview: 访谈主题 names the headline, 访谈时间 the date,
    # the [主持人] [网友] [嘉宾] turns are text.
    # A finance site's feature: a summary box (摘要：/导语：) opens the text and the byline
    # printed under it (《某某》栏目 作者 某某) names the writer and goes.
    ("lead_box_byline", {"title": "“专精特新”企业如何穿越周期", "date": "2024-06-12T08:30:00",
                         "source_name": "某某财经网", "authors": ("王某某",)},
     "摘要：今年以来", "业内人士认为", 5),
    # A portal printing its date over three lines (2019 / 09/07 / 19:02): the month and day
    # are the date's, no gallery's counter.
    ("date_year_apart", {"title": "某某市地铁5号线南延段开通试运营", "date": "2019-09-07T19:02:00",
                         "source_name": "某某晚报"},
     "9月7日上午", "市轨道交通集团", 3),
    # A WeChat post in numbered sections (01 / a heading / its paragraphs): the numbers are
    # its structure and stay; 阅读 1234, 在看 and 写留言 under it go.
    ("wechat_section_numbers", {"title": "三本书，读懂城市的过去与未来",
                                "date": "2024-03-08T20:00:00", "source_name": "某某读书会",
                                "authors": ("某某",)},
     "城市是人类最伟大的发明之一", "读书，是与城市对话的另一种方式", 11),
    # A lifestyle page whose last line has no full stop (以上就是本期的全部内容，…告诉我们): it
    # is the article's closing line, not the first item of the footer's list.
    ("closing_line_unstopped", {"title": "秋天最适合吃的五种时令水果",
                                "date": "2024-10-08T09:15:00", "source_name": "某某生活网"},
     "秋天到了", "以上就是本期的全部内容", 4),
    # A tech site's repost opening with 本文来自微信公众号：某某（ID：…），作者：某某，题图来自：…
    # (the account published it, the writer is the author) and closed by 本文为某某原创，转载请
    # 联系 and 本内容为作者独立观点…: all three go; the first is no half of the first paragraph.
    ("tech_media_repost", {"title": "大模型降价潮之后，创业公司还能做什么？",
                           "date": "2024-06-03T10:20:00", "source_name": "某某研究所",
                           "authors": ("陈某某",)},
     "过去一个月", "也有投资人认为", 4),
    # A city's message board (市长信箱): the citizen's message and the bureau's reply are
    # text, with their signature; the 留言时间/留言人/办理单位/回复时间 rows are metadata (the
    # message's time dates it).
    ("message_board", {"title": "关于小区门口道路积水问题的咨询", "date": "2024-05-06T09:12:33",
                       "authors": ()},
     "留言内容：", "2024年5月10日", 8),
    # A sports report: its date row names the outlet and the reporter (2024-05-06 21:58 某某体育
    # 记者 某某某); the standings table's header row (排名 球队 场次 …) is no menu and stays
    # with its rows.
    ("sports_standings", {"title": "中超第10轮：某某队主场2比1逆转某某城",
                          "date": "2024-05-06T21:58:00", "source_name": "某某体育",
                          "authors": ("孙某某",)},
     "北京时间5月6日晚", "本轮过后", 11),
    # A tender notice (招标公告): its numbered sections and items are text, and so is its
    # contact section under its numbered heading (四、…联系 / 采购人：… / 联系人：… / 联系电话：…);
    # the attachments' list goes.
    ("tender_notice", {"title": "某某市第一人民医院医疗设备采购项目招标公告",
                       "date": "2024-05-06T16:30:00", "source_name": None, "authors": ()},
     "项目概况", "联系电话：", 16),
    # A stock-market report: codes in the text (600519.SH) stay; the 风险提示 label, the
    # investment disclaimer and 免责声明 under it go.
    ("finance_risk_notice", {"title": "白酒板块午后走强 龙头股涨超3%",
                             "date": "2024-05-06T14:36:20", "source_name": "某某证券报",
                             "authors": ("周某某",)},
     "5月6日午后", "某某证券首席分析师表示", 4),
    # A wire story reprinted by a county site: the site's 来源 row names the publisher, the
    # dateline (某某社北京3月5日电（记者 …）) names the reporters and stays, （完） goes.
    ("wire_reprint", {"title": "政府工作报告提出2024年经济增长目标为5%左右",
                      "date": "2024-03-05T10:42:16", "source_name": "新华网",
                      "authors": ("王某某", "李某某")},
     "新华社北京3月5日电", "报告指出", 3),
    # An appointment notice (任免通知): its numbered items, 特此通知 and the signature (the
    # issuing body, the date) are text; 上一篇/下一篇 go.
    ("appointment_notice", {"title": "某某县人民政府关于某某某等同志职务任免的通知",
                            "date": "2024-05-06", "source_name": "县人社局", "authors": ()},
     "各乡镇人民政府", "2024年5月6日", 8),
    # A page of verse (组诗): no line reads as prose, so the head is looked for at the top (the
    # headline over its date row), not in the poem's last lines; the numbered parts (一 二 三)
    # and every verse line stay.
    ("verse_page", {"title": "故乡的秋天（组诗）", "date": "2024-10-02T08:00:00",
                    "source_name": "某某文学网", "authors": ("林某",)},
     "一", "（作者单位", 16),
    # A civil judgment published by a court: the court, the document's name and its number
    # open the text; the signers (审判员 某某某), the date in Chinese numerals and the clerk
    # under it sign it off and stay, no list after the text.
    ("civil_judgment", {"title": "某某与某某公司劳动争议一审民事判决书",
                        "date": "2024-04-12T10:00:00", "authors": ()},
     "某某市某某区人民法院", "书记员", 12),
    # A recipe: its ingredients (五花肉 500克 …) under the opening sentence are its own list,
    # no menu above the article, and so are its labels (用料, 做法) and numbered steps.
    ("recipe_ingredients", {"title": "家常红烧肉的做法", "date": "2024-01-15T11:20:00",
                            "source_name": "某某美食网", "authors": ("美食小王",)},
     "红烧肉是一道家喻户晓的家常菜", "小贴士", 14),
    # A company's press release: its boilerplate (关于某某集团 and the paragraph under it) and
    # its media contact block are its text; the portal's 【免责声明】 goes.
    ("press_release", {"title": "某某集团发布2023年可持续发展报告", "date": "2024-04-18T15:00:00",
                       "source_name": "某某网", "authors": ()},
     "4月18日，某某集团", "邮箱：", 8),
    # A weather forecast: its day-by-day lines (27日：多云转阴，…，6℃～14℃) are text; the
    # bracketed （来源：…） closing it goes.
    ("weather_forecast", {"title": "寒潮来袭！本周后半程全省将迎大风降温",
                          "date": "2024-11-25T10:30:00", "source_name": "某某气象台"},
     "据某某气象台消息", "气象部门提醒", 6),
    # A WeChat ranking (TOP1 / a name / its paragraph …): the ranks and names are text, the
    # closing question to readers stays, - END - goes.
    ("wechat_top_list", {"title": "2024年十大热门旅游城市出炉，你去过几个？",
                         "date": "2024-12-28T18:00:00", "source_name": "某某旅行家",
                         "authors": ("某某",)},
     "年底了", "你今年去过哪些城市", 11),
    # A WeChat digest saved with the account's name alone under the headline and the row
    # giving the time and where it was posted from (2024-05-07 07:00 发表于北京): the account
    # published it (发表于北京 names no outlet); the numbered items under 【国内】 are text.
    ("wechat_morning_brief", {"title": "早报｜5月7日新闻精选", "date": "2024-05-07T07:00:00",
                              "source_name": "某某早知道", "authors": ()},
     "【国内】", "今天是立夏", 9),
    ("interview_qa_net", {"title": "2024年某某市义务教育招生政策解读", "date": "2024-05-20T10:00:00"},
     "访谈嘉宾：", "[主持人]感谢韩处长", 8),
    # A news aggregator's topic page: the day it was posted named alone under the headline
    # (昨天) is no text, and no date either.
    ("topic_feed_relative_day", {"title": "某某云发布新一代存储芯片，读写速度提升一倍",
                                 "date": None, "authors": ()},
     "据某某云官方消息", "据某某云官方消息", 1),
    # A portal's feature: its box of key points (划重点：) ends each point with a stop, so the
    # box opens the text; the column's byline under it (《某某观察》作者 某某) is still metadata.
    ("key_points_byline", {"title": "某某观察|社区团购退潮：补贴停了，团长们去了哪里",
                           "date": "2024-07-15T08:30:00", "authors": ("林某某",)},
     "• 一位接近平台的人士", "一位零售业分析师认为，社区团购并未消失", 7),
    # A self-media post whose paragraphs all end without a stop: the headline printed again
    # as its pictures' alt text after the last paragraph goes, the closing line under the
    # pictures (unstopped like the rest) stays, the tags under it go.
    ("selfmedia_unstopped", {"title": "国产开源绘图软件发布新版，支持多图层和手绘板压感",
                             "date": "2024-03-18T20:05:11", "source_name": "某某数码说"},
     "某某绘图是一款", "软件在官网免费提供", 4),
    # An English-language outlet: a breadcrumb from Home, a headline of lower-case words over
    # its "By … | Updated: …" row, a caption's [Photo by …] credit, English paragraphs (no
    # ticker however few commas), a list of related stories and the footer's links.
    ("english_outlet", {"title": "Ancient tea road villages draw young visitors back",
                        "date": "2024-04-18T09:32:00", "authors": ("WANG Mouyi",), "lang": "en"},
     "Villagers pick tea leaves", "\"The road used to carry tea", 6),
    # A culture page quoting a long passage of a gazetteer in traditional script: the quote and
    # the simplified text around it stay as printed.
    ("traditional_quote", {"title": "一部方志里的百年茶事", "date": "2024-05-10T15:20:36",
                           "source_name": "某某文化网", "authors": ("周某某",)},
     "在某某县图书馆的古籍库里", "如今，西山的茶园面积", 5),
    # A press conference's transcript (发布会实录): the picture's caption under the date row
    # (发布会现场) goes; every turn (主持人：/the spokesman/某某日报记者：) is text, the host's
    # closing turn too, however short its lines.
    ("press_conference", {"title": "某某市2024年一季度经济运行情况新闻发布会实录",
                          "date": "2024-04-19T10:00:00", "source_name": "某某市人民政府新闻办公室"},
     "主持人：", "今天的发布会到此结束", 13),
    # A Q&A site's answer saved as text: the question (ending in ？) is the headline; the
    # answerer's name and bio over the answer, printed again in the author's card (关于作者)
    # at the foot, are no text, the card names the author; 发布于 under the answer dates it
    # (编辑于 is later); the vote counts, buttons and comments go. The answerer over the vote
    # count is the posting account too: the publisher, as on every account page.
    ("qa_answer", {"title": "为什么南方的冬天比北方更难熬？", "date": "2023-12-18T21:40:00",
                   "source_name": "某某某", "authors": ("某某某",)},
     "很多北方人第一次到南方过冬", "所以在南方过冬", 4),
    # A list article (盘点：十大…): its numbered headings (10. 某某古镇 … 1. 某某古镇) are text,
    # the one under an item's picture too; the picture's file name goes, the question to the
    # readers closing it stays.
    ("ranking_list", {"title": "盘点：国内十大适合秋天去的古镇，第一名名不虚传",
                      "date": "2024-09-26T14:08:00", "source_name": "某某旅游网",
                      "authors": ("许某某",)},
     "秋天是出游的好季节", "你最想去哪一个？", 22),
    # A live text broadcast (图文直播): a time stamp alone heads each post (07:30), the one
    # under a post's picture too; the feed's controls (直播中, 刷新, 正序, 倒序) go.
    ("live_text_broadcast", {"title": "图文直播：某某市第十届国际马拉松赛",
                             "date": "2024-11-10T07:00:00", "source_name": "某某新闻网"},
     "07:30", "比赛关门时间到", 14),
    # A gallery saved as text: each caption opens with its picture's counter (1/4 …, 2/4 …);
    # the counters go, the captions stay.
    ("gallery_counters", {"title": "组图：某某镇玉米喜获丰收 村民晾晒忙",
                          "date": "2024-09-20T10:30:00", "source_name": "某某网",
                          "authors": ("刘某某",)},
     "9月19日，某某镇的村民正在晾晒玉米", "据了解，今年某某镇种植玉米", 5),
    # A news page with its video players saved as text: the player's tag alone (【视频】,
    # [视频]), its loading notes (正在加载视频…) and its plug-in prompt go.
    ("video_loading_notes", {"title": "某某市开通首条跨江公交线路 市民半小时过江",
                             "date": "2024-06-12T09:15:00", "source_name": "某某新闻网",
                             "authors": ("吴某某",)},
     "6月11日，某某市首条跨江公交线路", "“以前去江对面上班", 3),
    # A commentary closed by a note on its writer with the name ((作者：某某某，系……教授)):
    # the note is the article's and stays, the name is still read into the authors.
    ("commentary_author_note", {"title": "让公共文化服务更好地走进乡村",
                                "date": "2024-05-06T06:30:00", "source_name": "某某日报",
                                "authors": ("某某某",)},
     "乡村公共文化服务是满足", "（作者：某某某，系某某大学文学院教授）", 3),
    # A portal's box of key points (要点： over numbered points) between the headline and its
    # date row: the box is the article's summary and stays as text (as the HTML path keeps a
    # labelled summary box); no point is the headline, and the menu above it still goes.
    ("key_points_over_date", {"title": "某某市新能源汽车销量上半年同比增长四成",
                              "date": "2024-07-16T08:20:00", "source_name": "某某网",
                              "authors": ("冯某某",)},
     "要点：", "业内人士分析", 6),
    # A county media centre: its menu saved as one line right above the headline (no
    # headline over a subtitle), its credits in one row under the article (来源 作者 编辑 审核
    # 终审): the row goes, its 来源 names the source and its 作者 the author.
    ("county_credit_row", {"title": "某某镇举办农民丰收节庆祝活动", "date": "2024-09-22T17:30:00",
                           "source_name": "某某县融媒体中心", "authors": ("某某某",)},
     "某某镇第七届农民丰收节", "活动现场", 2),
    # A paper's article reprinted on a portal with no date row: the print edition line under
    # it (《 某某日报 》（ 2024年05月06日 第 04 版）) goes, and dates it and names the paper;
    # the menu row above the headline goes.
    ("paper_reprint_edition", {"title": "某某省加快建设现代化产业体系", "date": "2024-05-06",
                               "source_name": "某某日报", "authors": ("郑某某", "冯某")},
     "某某省坚持把发展经济的着力点", "某某省有关负责人表示", 3),
    # An editor's note wrapped whole in brackets after the last paragraph (（应受访者要求，
    # 文中……为化名。）): a sentence of the article, not the first of the footer's links. The
    # credit row under it opens with the editor's name bare (某某 本文来源：… 责任编辑：…): it
    # goes as a metadata row all the same.
    ("note_after_last_paragraph", {"title": "电池续航成新款手机短板 厂商押注快充技术",
                                   "date": "2024-06-18T19:40:12", "source_name": "某某经济报",
                                   "authors": ("周某某",)},
     "今年以来，多家手机厂商", "（应受访者要求", 5),
    # A finance portal: its app link before the font-size tools on one row, an advert for its
    # app pointing at 【下载地址】, live quotes glued to the companies the article names
    # (某某银行(4.56, -0.03, -0.65%)) and its page numbers in brackets (【1】【2】【3】).
    ("finance_live_quotes", {"title": "利率下行周期中，机构怎么看债市风险",
                             "date": "2024-03-12T21:05:00", "source_name": "某某财经综合"},
     "今年以来，国内债券收益率", "多位受访人士表示", 4),
    # A portal's readers' comments under the article, each over its votes printed one to a
    # list item (+1顶56 |+1踩3 |回复 |分享): the comments and their controls go.
    ("comment_votes", {"title": "某某地产公司半年报：负债率下降 现金流仍承压",
                       "date": "2024-08-29T07:12:40", "source_name": "某某证券报",
                       "authors": ("许某某",)},
     "8月28日晚间", "不过，多位分析人士指出", 3),
    # A tech community's article: its summary (摘要：…) over the article, whose first
    # paragraph opens with the same words: the summary goes, the paragraph stays whole.
    ("summary_over_lead", {"title": "第五届某某安全论坛在某某召开 六百余名从业者参会",
                           "date": "2024-05-20T18:30:00", "source_name": "某某社区",
                           "authors": ("唐某某",)},
     "5月18日，第五届", "据主办方介绍", 4),
    # A learned society's news page: its footer's contact block ends with its site's address
    # under a label (主页网址：http://…), friend links labelled in two languages (友情链接 /
    # Friendship link) and a login box (用户登录, 某某通行证/邮箱用户可以直接登录：): all go.
    ("society_footer", {"title": "第十届某某青年学者论坛在某某大学举行", "date": "2024-10-21",
                        "source_name": "某某学会"},
     "10月19日至20日", "闭幕式上", 3),
    # A columnist's page: the writer's card between the headline and the date row (the name
    # as a list item, then the name run into a title) goes; the 【文/…】 byline names them.
    ("columnist_card", {"title": "某某某：新能源汽车出海，要过哪几道关",
                        "date": "2024-04-09T10:15:30", "source_name": "某某观察网",
                        "authors": ("某某某",)},
     "今年一季度", "从长远看", 3),
    # A gallery whose counters stand after 图片 and before a colon (图片1/5：…): they go, the
    # captions stay; a fraction in brackets in prose (（1/3）) stays.
    ("gallery_bracket_counters", {"title": "高清组图：某某古城灯会开幕 万盏花灯点亮夜空",
                                  "date": "2024-02-10T20:15:00", "source_name": "某某网",
                                  "authors": ("韩某某",)},
     "2月10日晚", "春节期间", 7),
    # A WeChat post saved a day or two later: its row under the headline says the day
    # relatively (原创 某某某 某某数码说 前天): no date, but the account is the publisher and
    # the writer the author; the row goes.
    ("wechat_relative_day", {"title": "一文看懂新一代折叠屏手机的铰链设计", "date": None,
                             "source_name": "某某数码说", "authors": ("某某某",)},
     "今天凌晨", "不过，新机的售价", 3),
    # A headline among keywords (新能源|续航|标题) over its date row: chrome.lines takes the row
    # of pipes for a menu, meta.lines still reads the headline from it (the one long part),
    # not the section name above it.
    ("keyword_title_row", {"title": "新款车型冬季续航实测", "date": "2024-12-05T09:30:00",
                           "source_name": "某某汽车网", "authors": ("钱某某",)},
     "入冬以来", "业内人士建议", 3),
    # A title line saved from the page's <title>: keywords before the headline, its channel
    # and site after it, all joined by underscores (关键词_关键词_标题_频道_站名).
    ("keyword_title_underscore", {"title": "小户型厨房收纳改造的五个思路",
                                  "date": "2024-11-18T14:20:00", "source_name": "某某家居网",
                                  "authors": ("宋某某",)},
     "不少住在老小区", "设计师还提醒", 3),
    # A summary box with no label between the date row and the reporter's byline: the box is
    # the article's words and opens the text (as a labelled one does), the byline under it is
    # still the head's.
    ("unlabelled_summary_byline", {"title": "山区小学用上了“空中课堂”",
                                   "date": "2024-10-09T10:12:45", "source_name": "某某日报",
                                   "authors": ("孔某某", "蒋某某")},
     "借助一根网线", "“以前没有专职美术老师", 4),
    # A government site's letter and its reply (来信人 / 来信时间 / 来信内容： … 回复单位 /
    # 回复时间 / 回复内容： …): the rows of fields go, the letter and the reply stay with their
    # labels, so does the reply's closing courtesy over the rating row (满意度评价).
    ("gov_letter_reply", {"title": "关于某某小区门口道路积水问题的咨询",
                          "date": "2024-08-02T15:33:10", "source_name": None, "authors": ()},
     "来信内容：", "感谢您对我市城市建设工作的关注和支持。", 6),
    # A table of contents (目录 over the section headings) under the byline: the headings
    # stay over their sections, the menu of them goes; the writer's note closes the text.
    ("contents_at_top", {"title": "一文读懂城市更新中的“微改造”", "date": "2024-09-21T16:40:00",
                         "source_name": "某某研究网", "authors": ("邱某某",)},
     "一、什么是“微改造”", "（作者系某某大学城市规划系副教授）", 9),
    # A learning app's share page saved as text: 来源 / 作者 / date / 责任编辑 rows, the
    # read-aloud player's buttons (播报, 暂停) over the text, the app's prompts (展开全文,
    # 打开某某平台，查看更多精彩内容, 立即打开, 扫码下载) and its buttons under it.
    ("app_share_page", {"title": "某某镇建起“共享菜园” 邻里关系更融洽了", "date": "2024-06-03",
                        "source_name": "某某县融媒体中心", "authors": ("雷某某",)},
     "某某镇某某社区", "社区还定期组织", 3),
    # A deck with no label between the headline and its date row: the deck opens the text
    # (as the HTML path keeps a subtitle), the row under it is still the head's.
    ("deck_over_date_row", {"title": "夜市回来了，烟火气更浓了", "date": "2024-05-30T21:40:00",
                            "source_name": "某某晚报", "authors": ("伍某某",)},
     "沿河步道上的夜市", "市场监管部门", 4),
    # A county's message board with each field on the line of its label (留言内容：…,
    # 答复内容：…): the row of the reply's fields between them (答复单位 答复时间) goes.
    ("gov_message_inline", {"title": "关于农村客运班车发车时间的建议", "date": "2024-03-11",
                            "source_name": None, "authors": ()},
     "留言内容：希望", "答复内容：您好！", 2),
    # A page saved with its <title> as the first line (标题 - 站名), a 导语 box the lead copies
    # after its dateline, and the header picture's credit above and below the article.
    ("title_site_tail", {"title": "老旧小区加装电梯提速 今年已开工三百余部",
                         "date": "2024-06-18T09:30:00", "source_name": "某某晚报",
                         "authors": ("冯某某",)},
     "本报讯（记者 冯某某）今年以来", "数据来源于市住建部门的统计。", 3),
    # A city news item whose last paragraph ends in the header picture's credit (……完成。题图来源：
    # 某某图库): the credit goes, the sentence stays.
    ("credit_after_last_sentence", {"title": "某某区首条跨河步行桥建成开放",
                                    "date": "2024-11-06T09:12:40", "source_name": "某某城市网",
                                    "authors": ("周某某",)},
     "11月5日上午", "区住房和城乡建设局相关负责人", 4),
    # A city site's row under the headline dated without its year and labelling its source
    # (11月28日 10:30　来源：某某局): a metadata row, not the headline's second line; with no
    # year printed above it, the page gets no date but its source.
    ("yearless_labelled_row", {"title": "临港区举行2026年冬季招聘会 提供岗位3200余个",
                               "date": None, "source_name": "临港区人社局", "authors": ()},
     "11月27日，临港区", "据统计，当天共有620人", 3),
    # A city site's article whose last sentence is followed on its line by the outlet it came
    # from (……温暖过冬。来源：某某日报): the credit goes and names the source, the sentence stays.
    ("source_after_last_sentence", {"title": "宁川市今冬供暖提前五天启动",
                                    "date": "2026-11-10T08:20:35", "source_name": "宁川日报",
                                    "authors": ("杭雨桐",)},
     "记者从宁川市城市管理局获悉", "市城市管理局提醒", 3),
    # A county media centre's page: 融媒记者 and 通讯员 under the date row are its authors; its
    # editors on one line (编辑：… 校对：… 审核：…) and its production credits (出品：…, 监制：…)
    # close it.
    ("media_center_production_credits", {"title": "青禾县首批“共享农机”投入秋播",
                                         "date": "2026-11-24T18:36:00",
                                         "source_name": "青禾县融媒体中心",
                                         "authors": ("邬晓川", "柯永安")},
     "连日来，青禾县", "截至目前，全县已完成", 4),
    # An evening paper's e-paper page with its page list and headline list below the article:
    # the headline is short (under a menu item's length) and its kicker and the masthead stand
    # over it, but the subtitle (——…) under it makes it the headline, no menu item. The kicker
    # stays with the subtitle, as the headline's other lines do.
    ("epaper_short_headline", {"title": "老厂房“变身”文创街区", "date": "2026-11-28",
                               "source_name": None, "authors": ("沈若溪",)},
     "聚焦城市更新", "据市住房和城乡建设局介绍", 5),
    # A party-building site's row under the headline with each field in its own brackets
    # (【发布时间：…】【来源：…】【字体：大 中 小】): a metadata row, not the headline.
    ("bracketed_fields_row", {"title": "枫江县“党建+网格”让服务跑在需求前面",
                              "date": "2026-11-25", "source_name": "枫江县委组织部",
                              "authors": ()},
     "今年以来，枫江县", "截至目前，全县网格", 3),
    # A county news site's row under the headline: source and the editors' credits (编辑, 校对,
    # 审核), then the date unlabelled at the row's end; the site's 出品 line closes the page.
    ("credits_row_date_last", {"title": "青禾县举行2026年冬季征兵入伍欢送仪式",
                               "date": "2026-11-27T09:40:00", "source_name": "青禾县融媒体中心",
                               "authors": ()},
     "11月27日上午，青禾县", "仪式结束后", 3),
    # A mirror copying a county's article: its title bar (标题_某某资讯网) and its own row (时间,
    # 来源：网络整理, 阅读) over the original's headline and row; the original's row dates the
    # article and names its source, the mirror's disclaimer, pager and list go.
    ("mirror_own_row", {"title": "南屏县启动农村饮水安全巩固提升工程",
                        "date": "2026-11-20T15:02:00", "source_name": "南屏县水务局",
                        "authors": ()},
     "11月19日，南屏县", "县水务局负责人表示", 3),
    # A county government's page whose 信息来源/发布时间/浏览次数 row comes after the body, over
    # 【打印】【关闭】 and the 上一条/下一条 lines.
    ("gov_info_row_after_body", {"title": "云岭县部署今冬明春森林防灭火工作",
                                 "date": "2026-11-27T09:15:00", "source_name": "云岭县应急管理局",
                                 "authors": ()},
     "11月26日，云岭县", "会议还对扑火队伍建设", 4),
    # A party-building site's topic page: the topic's banner (its name over 专题) above the
    # breadcrumb goes, so do 【责任编辑：…】, 上一篇/下一篇 and the 相关专题 list.
    ("party_topic_banner", {"title": "桐川区：“红色管家”激活小区治理一池春水",
                            "date": "2026-11-25T10:42:17", "source_name": "桐川区委组织部",
                            "authors": ("闵思远",)},
     "今年以来，桐川区", "下一步，桐川区", 4),
    # A mirror that keeps the original site's chrome (its name, menu, 【打印】【关闭】, 主办 line)
    # inside its own (its name, menu, reprint notice, 随机推荐, 友情链接, copyright).
    ("mirror_chrome_twice", {"title": "南屏县启动农村饮水安全巩固提升工程",
                             "date": "2026-11-20T15:02:00", "source_name": "南屏县水务局",
                             "authors": ()},
     "11月19日，南屏县", "县水务局负责人表示", 3),
    # A county organisation department's page: its row names the department as 作者 (an
    # office, no author) and the site as 来源; the share buttons close it.
    ("party_org_author_row", {"title": "石门县举办2026年度村（社区）党组织书记示范培训班",
                              "date": "2026-11-26", "source_name": "石门党建网", "authors": ()},
     "11月24日至26日", "学员们纷纷表示", 3),
    # A city government's page closed by its row of page tools (【字体：大 中 小】【打印本页】
    # 【关闭窗口】【收藏本页】) and a QR prompt.
    ("gov_page_tools_footer", {"title": "临溪市召开2026年第四季度安全生产工作会议",
                               "date": "2026-11-27", "source_name": "临溪市应急管理局",
                               "authors": ()},
     "11月27日，临溪市", "会议要求", 3),
    # A local portal's yearless row with its view count (11-28 10:30　浏览量：326): no year
    # anywhere, so no date; the row goes.
    ("yearless_views_row", {"title": "凤台县新建12所城乡一体化幼儿园投入使用", "date": None,
                            "source_name": None, "authors": ()},
     "11月27日，凤台县", "县教育局负责人表示", 3),
    # A county media centre's page closed by rows of credits whose pipes part each label from
    # its names (记者｜某某　摄像｜某某, 编辑｜某某　审核｜某某): the reporter is the author, the
    # cameraman is none; the bracketed 【来源：…】 names the source.
    ("pipe_credit_rows", {"title": "桐溪县“小院议事”解决群众身边事",
                          "date": "2026-11-26T17:52:00", "source_name": "桐溪县融媒体中心",
                          "authors": ("邬晓川",)},
     "“路灯修好了", "截至目前，全县已召开", 3),
    # A daily's e-paper page: the page's editors' row (本版责编：… 美编：… 校对：…) over the
    # headline, 上一篇 下一篇 and the link back to the page (返回本版) under the article.
    ("epaper_back_to_page", {"title": "宁川市今年新增城市绿道86公里", "date": "2026-11-28",
                             "source_name": None, "authors": ("邬晓川",)},
     "本报讯（记者 邬晓川）", "市园林局相关负责人表示", 3),
    # A city site's article whose last sentence is followed by its reporters' credit ending in
    # what they made (（记者 某某 通讯员 某某 文/图）): the credit goes, the two are its authors.
    ("credit_with_work_glued", {"title": "澄江市首届冬季农民运动会开幕",
                                "date": "2026-11-26T20:15:00", "source_name": "澄江新闻网",
                                "authors": ("沈若溪", "甘文涛")},
     "11月26日，澄江市", "“平时在地里干活", 3),
    # A city site's article closed by its source and writer in one pair of brackets
    # (【来源：某某日报　作者：某某】): the source and the author both.
    ("bracketed_source_writer", {"title": "桐川区为2.3万名老年人发放助餐补贴",
                                 "date": "2026-11-27T16:40:12", "source_name": "桐川日报",
                                 "authors": ("闵思远",)},
     "今年以来，桐川区", "区民政局相关负责人表示", 3),
    # A city site whose labelled date field has no year (发布时间：11-28 10:30　来源：…): the
    # date widget above the headline gives the year.
    ("yearless_labelled_field", {"title": "宁川市新开通3条夜间公交线路",
                                 "date": "2026-11-28T10:30:00", "source_name": "宁川日报",
                                 "authors": ()},
     "为方便市民夜间出行", "市公交集团相关负责人表示", 3),
    # A mirror of a city government's article: the original's address under the headline
    # (原文链接：…), its own page's address (本页地址：…) and disclaimer under the text.
    ("mirror_page_address", {"title": "临溪市发布冬季城市运行保障方案",
                             "date": "2026-11-27T14:21:00", "source_name": "临溪市人民政府网",
                             "authors": ()},
     "近日，临溪市印发", "市城市管理局相关负责人表示", 3),
    # A party-building site's topic page whose banner (【专题】学习贯彻…精神) is longer than the
    # headline under the breadcrumb: the banner is no headline; the note on the writer
    # closing the commentary stays.
    ("topic_tag_banner", {"title": "以改革精神推动基层党建提质增效",
                          "date": "2026-11-23T09:00:00", "source_name": "枫江县委组织部",
                          "authors": ("季安然",)},
     "改革是推动发展的根本动力", "（作者系", 4),
    # A daily's website: the row under the headline names the paper, the issue date and the
    # page it was printed on (某某日报　2026-11-28　第A03版): the paper is the source.
    ("paper_page_row", {"title": "宁川市今年累计为企业减负超过20亿元", "date": "2026-11-28",
                        "source_name": "宁川日报", "authors": ()},
     "今年以来，宁川市", "不少企业负责人表示", 3),
    # A township's site naming itself as the source (来源：本站) and its admin as the writer
    # (作者：管理员): no source, no author.
    ("site_as_source", {"title": "白沙镇召开2026年度农村人居环境整治推进会",
                        "date": "2026-11-28", "source_name": None, "authors": ()},
     "11月27日，白沙镇", "会议还对年底前", 3),
    # A township's row with its click counter and tools (点击：[ 326 ]　【我要打印】【关闭窗口】);
    # the unit that sent the article in closes it in brackets (（某某镇党政办供稿）).
    ("click_count_row", {"title": "白沙镇开展冬季森林防火宣传活动",
                         "date": "2026-11-27T15:20:08", "authors": ()},
     "为切实增强群众森林防火意识", "此次活动共发放", 3),
    # A city site's reprint: the paper's original headline under the row (原标题：…) and the
    # three reviews (初审 复审 终审) go.
    ("original_title_line", {"title": "澄江市推出20条措施支持民营企业发展",
                             "date": "2026-11-25T08:30:00", "source_name": "澄江日报",
                             "authors": ("沈若溪",)},
     "近日，澄江市出台", "市发展改革委相关负责人表示", 3),
    # A county's row saved from a table, each label and value parted by a tab.
    ("tab_separated_fields", {"title": "云岭县召开2026年冬季农田水利建设现场推进会",
                              "date": "2026-11-27T16:05:00", "source_name": "云岭县水务局",
                              "authors": ()},
     "11月27日，云岭县", "会议要求", 3),
    # A mirror naming the web as its source (来源：互联网　作者：admin), its own notice, tags,
    # pager and list below the copied article.
    ("mirror_collected_source", {"title": "白沙镇“订单农业”让农户吃下定心丸",
                                 "date": "2026-11-28T09:12:00", "source_name": None,
                                 "authors": ()},
     "今年，白沙镇引导", "镇农业服务中心负责人介绍", 3),
    # A media centre's page with its audio player's labels (语音播报, 00:00 / 02:36) over the text.
    ("audio_player", {"title": "青禾县首届农民丰收节农产品展销会开幕",
                      "date": "2026-11-25T19:20:00", "source_name": "青禾县融媒体中心",
                      "authors": ()},
     "11月25日，青禾县", "开幕当天", 3),
    # A media centre's account page: its name beside the date as the row, the read, like and
    # 在看 counts and the comment prompt under the text.
    ("counts_after_body", {"title": "青禾县新建成5座村级综合文化服务中心",
                           "date": "2026-11-27T20:11:00", "source_name": "青禾县融媒体中心",
                           "authors": ()},
     "近日，青禾县", "县文化广电旅游局", 3),
    # A city site's byline under the row, its words parted by spaces like a menu's (记者 某某
    # 实习生 某某 报道): the reporter and the intern are the authors.
    ("reporters_spaced_byline", {"title": "临港区首家社区“共享厨房”开张",
                                 "date": "2026-11-26T18:20:00", "source_name": "临港日报",
                                 "authors": ("宋知微", "季安然")},
     "11月26日，临港区", "街道工作人员表示", 3),
    # A township media centre's article whose last sentence is followed on its line by the
    # writer's credit (……说。文/图 某某): the credit goes and names the author.
    ("writer_credit_glued", {"title": "白沙镇首届冬季农民运动会开幕",
                             "date": "2026-11-26T20:15:00", "source_name": "白沙镇融媒体中心",
                             "authors": ("柯永安",)},
     "11月26日，白沙镇", "“平时在地里干活", 3),
    # A Taiwan ministry's release: 發布日期 (布, not OpenCC's 佈) in the Republic's years
    # (115-11-24 is 2026), 更新日期 under it, 發布單位 naming the publisher.
    ("tw_gov_roc_date", {"title": "加強冬季流感防治 疫苗接種站延長服務時間",
                         "date": "2026-11-24", "source_name": "疾病管制署", "authors": ()},
     "為因應冬季流感高峰期", "疾管署呼籲", 3),
    # A Macau portal's release: the portal's name (…入口網站) above the headline is no
    # headline, 消息來源 names the source, 列印 is the print button.
    ("macau_gov_release", {"title": "市政署舉辦冬季長者健康講座", "date": "2026-11-24T17:30:00",
                           "source_name": "市政署", "authors": ()},
     "市政署將於十二月份", "市政署表示", 3),
    # A province's information-disclosure page: its table saved a cell a line, the labels
    # spaced out to one width (索 引 号：, 文    号：); 发布日期 wins over 成文日期, 发布机构
    # publishes. The notice's contact line, signature and disclosure note (（此件主动公开）)
    # close the text.
    ("gov_cells_per_line", {"title": "湖川省生态环境厅关于开展2026年冬季大气污染防治专项行动的通知",
                            "date": "2026-11-24", "source_name": "湖川省生态环境厅",
                            "authors": ()},
     "各市州生态环境局：", "（此件主动公开）", 11),
    # A news app's H5 page: its headline (a phrase in quotes, read as prose alone) over the
    # account's name and the row saying where it was posted from (发布于某地); 展开全文,
    # 打开APP, the counts, the hot comments and the recommendations go.
    ("app_h5_comments", {"title": "社区食堂开到家门口 老人吃饭有了“好去处”",
                         "date": "2026-11-25T18:32:00", "source_name": "溪川观察",
                         "authors": ()},
     "“一荤两素一汤", "区民政局相关负责人表示", 4),
    # A WeChat post whose collection tag is saved a cell a line (收录于合集 / #话题 / 36个)
    # under the 原创 row; END, 往期推荐, the credits and the buttons below.
    ("wechat_collection_tags", {"title": "清河古镇入选省级旅游休闲街区",
                                "date": "2026-11-24T20:00:00", "authors": ("乔云舒",)},
     "近日，省文化和旅游厅", "下一步，清河县", 4),
    # An evening paper's e-paper page: kicker, headline and subtitle on three lines of one
    # width, no ——; the page's 本版标题 list under the article prints the headline again, so
    # that line is the headline, and the kicker and subtitle stay with the text.
    ("epaper_kicker_deck", {"title": "家门口添了“绿客厅”", "date": "2026-11-27",
                            "source_name": None, "authors": ("苗清禾", "白露")},
     "全市首批“口袋公园”建成开放", "据悉，明年全市", 6),
    # A self-media platform's post: the platform, its menu and the account over the date row,
    # the account's badge (优质…领域创作者) and follow button under it, then the headline.
    ("selfmedia_badge_row", {"title": "地铁末班车延时一小时，带来的不只是便利",
                             "date": "2026-11-22T12:06:00", "source_name": None,
                             "authors": ()},
     "上周，本市宣布", "在我看来", 3),
    # The same post with the badge glued to the row (12:06北京优质城市领域创作者).
    ("selfmedia_badge_glued", {"title": "地铁末班车延时一小时，带来的不只是便利",
                               "date": "2026-11-22T12:06:00", "source_name": None,
                               "authors": ()},
     "上周，本市宣布", "在我看来", 3),
    # A provincial portal: 字号 and 分享到 under the row, 【责任编辑：…】 closing the text, then
    # three lists (相关新闻, 热点推荐, 图片新闻) and the footer.
    ("portal_side_lists", {"title": "东岭省今年新增城镇就业52.3万人",
                           "date": "2026-11-26T08:47:12", "source_name": "东岭日报",
                           "authors": ("付星河",)},
     "记者从省人力资源", "省人社厅相关负责人表示", 4),
    # A county media centre's video page: the player's labels (视频加载中, 播放, 00:00 / 02:31,
    # 倍速, 全屏) over the narration, the reporters, editor and reviewer under it.
    ("county_video_player", {"title": "白溪县：冬闲变冬忙 大棚蔬菜采收正当时",
                             "date": "2026-11-23T19:05:00", "source_name": "白溪县融媒体中心",
                             "authors": ("邱小满", "丁一")},
     "眼下，在白溪县", "近年来，白溪县", 4),
    # A group company's news: its pictures saved as their file names (微信图片_….jpg, IMG_….JPG)
    # between the paragraphs.
    ("enterprise_image_names", {"title": "南江能源集团召开2026年四季度安全生产工作会议",
                                "date": "2026-11-24", "source_name": "安全环保部",
                                "authors": ("黎昊",)},
     "11月24日，南江能源集团", "会议强调", 3),
    # A district's public notice whose body is a table (序号 家庭 街道, one row a line, tabs
    # between): the table is the article, its contact line (联系电话：…) and the signature
    # close it.
    ("notice_table_rows", {"title": "关于2026年度拟推荐市级“文明家庭”名单的公示",
                           "date": "2026-11-20T09:00:00", "source_name": "区文明办",
                           "authors": ()},
     "根据《关于开展", "2026年11月20日", 16),
    # A county's recruitment notice: sections numbered 一、 （一）, short items and labelled
    # rows (报名时间：…) between its sentences are the notice, no link list; its 咨询电话 line
    # and signature close it, the attachment and 相关文章 go.
    ("recruit_notice", {"title": "青溪县2026年公开招聘社区工作者公告", "date": "2026-11-18",
                        "source_name": "县人社局", "authors": ()},
     "为进一步加强社区工作者队伍建设", "2026年11月18日", 13),
    # A Hong Kong government press release: the masthead with its section (…政府 新聞公報),
    # the script switch (繁 简 English), a divider of ＊ under the headline; 完 closes the
    # text and the date and the time (香港時間17時30分) stand under it.
    ("hk_gov_press", {"title": "社會福利署推出長者社區照顧服務新措施",
                      "date": "2026-11-24T17:30:00", "source_name": None, "authors": ()},
     "社會福利署今日", "發言人補充", 3),
    # A science site's article: the writer's and the reviewer's rows give each one's hospital
    # and title (主治医师: no name); the references stay, the programme's credit (本文为…作品)
    # and the reprint notice go.
    ("science_credits", {"title": "冬季手脚冰凉，是身体出了问题吗？",
                         "date": "2026-11-20T10:00:00", "authors": ("孟小雨",)},
     "到了冬天", "[2] 某某某", 10),
    # A national portal's commentary reprinted from a paper: the writer's name alone between
    # the headline and the row is the author; the paper's issue and page (《 某某日报 》（ … 05
    # 版）) and the editors' credit close it.
    ("paper_issue_row", {"title": "以绣花功夫推进城市精细化管理", "date": "2026-11-24T06:08:00",
                         "authors": ("林知远",)},
     "城市管理应该像绣花一样精细", "推进城市精细化管理", 3),
    # A sports site's report opening with its picture's caption and the credit in brackets
    # (…庆祝胜利。（图片来源：某某图库）): the caption goes whole.
    ("sports_photo_credits", {"title": "男篮主场险胜 取得三连胜", "date": "2026-11-23T22:15:06",
                              "source_name": "某某体育", "authors": ("骆风",)},
     "11月23日晚", "东江队下一场比赛", 4),
    # A city TV station's news page: the video's length (视频时长：01:52) under the row, 本台
    # 消息 opening the lead, the reporters and the editor and 【纠错】 under the text.
    ("tv_station", {"title": "西岭：首条城市绿道全线贯通", "date": "2026-11-22T19:40:12",
                    "source_name": "西岭台", "authors": ("汤一鸣", "方晓")},
     "本台消息", "据了解，明年西岭", 4),
    # A WeChat post: 点击上方“…”关注我们, the account's row closed by the province it was
    # posted from without 发表于 (南溪发布 2026-11-21 18:30 四川), ▼, - THE END -, the bar
    # credits (文字 | 某某) and the 点分享/点在看 prompts.
    ("wechat_end_credits", {"title": "南溪县图书馆新馆开馆", "date": "2026-11-21T18:30:00",
                            "source_name": "南溪发布", "authors": ("柴文静",)},
     "11月21日，南溪县图书馆", "开馆当天", 3),
    # A scenic area's notice: its body is labelled rows (开放时间：8:00—17:00) between the
    # sentences, 特此公告 and the signature close it, 上一篇/下一篇 go.
    ("scenic_notice", {"title": "关于青峰山景区冬季开放时间调整的公告", "date": "2026-11-15",
                       "source_name": None, "authors": ()},
     "尊敬的游客朋友：", "2026年11月15日", 9),
]


@pytest.mark.parametrize(("name", "meta", "first", "last", "count"), SHAPES,
                         ids=[s[0] for s in SHAPES])
def test_page_shapes(name: str, meta: dict[str, object], first: str, last: str,
                     count: int) -> None:
    doc = clean_text((PAGES / f"{name}.txt").read_text("utf-8"), id=name)
    assert doc.dropped is None
    for key, value in meta.items():
        assert getattr(doc.meta, key) == value, key
    lines = doc.text.split("\n")
    assert (len(lines), lines[0][: len(first)], lines[-1][: len(last)]) == (count, first, last)


@pytest.mark.parametrize(("name", "ok"), [("研究室", False), ("办公室", False), ("宣传处", False),
                                          ("某某疾控", False), ("某某发布", False),
                                          ("韩某某", True), ("李科", True)])
def test_an_office_is_no_author(name: str, ok: bool) -> None:
    assert plausible_author(name) is ok


@pytest.mark.parametrize(("line", "source", "publisher"), [
    ("信息索引号：000014349/2024-00087", None, None),
    ("发布机构：某某市住房和城乡建设局", None, "某某市住房和城乡建设局"),
    ("发布单位：某某县教育局  发布日期：2024-03-22", None, "某某县教育局"),
    ("来源：某某日报  发布机构：某某县人民政府办公室", "某某日报", "某某县人民政府办公室"),
])
def test_information_table_rows_name_the_publisher(line: str, source: str | None,
                                                   publisher: str | None) -> None:
    found = parse_meta_line(line)
    assert found is not None
    assert (found.source_name, found.publisher) == (source, publisher)


def test_a_labelled_source_wins_over_the_publishing_body() -> None:
    page = ("某某县人民政府\n索引号：123/2024-001\n发布机构：某某县人民政府办公室\n"
            "发布日期：2024-03-22\n某某县召开安全生产工作会议\n来源：某某县应急管理局\n"
            "3月21日，某某县召开安全生产工作会议，部署近期安全生产重点工作，县长出席并讲话。\n"
            "会议要求，各乡镇各部门要压实责任，全面排查整治各类安全隐患，确保全县安全形势稳定。")
    doc = clean_text(page, id="gov")
    assert (doc.meta.title, doc.meta.source_name) == ("某某县召开安全生产工作会议", "某某县应急管理局")
    assert doc.text.startswith("3月21日")


def test_a_date_row_with_its_publisher_under_the_headline_keeps_the_headline_above() -> None:
    page = ("某某县教育局\n关于做好2024年秋季学期开学工作的通知\n"
            "发布机构：某某县教育局  发布日期：2024-08-20\n一、总体要求\n"
            "各学校要提前做好开学准备，全面排查校舍安全隐患，确保师生平安顺利返校。\n"
            "二、工作安排\n各学校要于8月28日前完成教室、宿舍、食堂的清洁消毒工作。")
    doc = clean_text(page, id="notice")
    assert doc.meta.title == "关于做好2024年秋季学期开学工作的通知"
    assert doc.meta.source_name == "某某县教育局"
    assert doc.text.startswith("一、总体要求")


def test_a_bracketed_row_of_credits_closing_the_page_goes() -> None:
    page = (PAGES / "school_news.txt").read_text("utf-8")
    ending = "（供稿：教导处　撰稿：李某某　摄影：王某　审核：张某）\n"
    cut = page[: page.index(ending) + len(ending)]  # the page saved without its footer
    doc = clean_text(cut, id="school")
    assert doc.text.split("\n")[-1].startswith("同学们纷纷表示")


@pytest.mark.parametrize(("line", "authors"), [
    ("記者王某某／台北報導", ("王某某",)),
    ("记者王某某/台北报道", ("王某某",)),
    ("記者王某某、李某某／綜合報導", ("王某某", "李某某")),
    ("某某報記者陳某某／香港報導", ("陳某某",)),
])
def test_a_reporter_and_where_the_report_was_filed(line: str, authors: tuple[str, ...]) -> None:
    found = parse_byline(line, tail=False)
    assert found is not None
    assert found.authors == authors


@pytest.mark.parametrize("line", ["记者会/现场报道", "記者王某某台北報導指出，颱風將於明日登陸。"])
def test_no_place_byline(line: str) -> None:
    assert parse_byline(line, tail=False) is None


def test_a_notice_above_the_headline_still_goes_with_the_chrome() -> None:
    page = ("本站所有文章均为原创，转发请联系本站编辑部取得授权，感谢您的理解与支持，谢谢大家。\n"
            "某某县召开防汛工作会议\n时间：2024-06-01 来源：某某县水利局\n"
            "6月1日，某某县召开防汛工作会议，部署今年汛期各项防汛准备工作，要求做好应急值守。\n"
            "会议要求，各乡镇要加强巡查，及时排除隐患，确保群众生命财产安全和度汛安全。")
    doc = clean_text(page, id="notice")
    assert doc.meta.title == "某某县召开防汛工作会议"
    assert doc.text.startswith("6月1日")


@pytest.mark.parametrize(("value", "authors"), [
    ("殷某某 实习生 罗某", ("殷某某", "罗某")),
    ("实习生罗某", ("罗某",)),
    ("摄影记者 王某", ("王某",)),
    ("记者 张某 通讯员 李某", ("张某", "李某")),
])
def test_a_role_between_the_names_is_no_author(value: str, authors: tuple[str, ...]) -> None:
    assert clean_authors(value) == authors


def test_an_evening_paper_byline_with_an_intern() -> None:
    page = ("某某晚报\n新闻 > 本地\n小区停车难，如何破解？\n2024-07-22 08:05 某某晚报\n"
            "记者 殷某某 实习生 罗某\n"
            "“每天晚上回家都要绕小区转好几圈才能找到车位。”家住某某小区的市民邱某某向记者抱怨。\n"
            "记者走访发现，不少建成较早的小区都存在车位不足的问题，车辆乱停乱放现象较为普遍。\n"
            "编辑：左某")
    doc = clean_text(page, id="evening")
    assert doc.meta.authors == ("殷某某", "罗某")
    assert doc.text.startswith("“每天晚上")


_NIGHT_MARKET = ("某某新闻网\n某某市启动夏季夜市消费季活动\n{row}\n"
                 "6月1日晚，某某市夏季夜市消费季活动在某某步行街启动，全市12个特色夜市同步开市。\n"
                 "活动将持续至8月底，期间还将举办美食节、音乐会等系列活动，进一步激发夜间消费活力。\n"
                 "{credit}\n网友评论")


@pytest.mark.parametrize(("row", "credit", "source"), [
    ("2024-06-01 09:30", "（来源：某某日报）", "某某日报"),
    ("2024-06-01 09:30", "本文来源：某某日报", "某某日报"),
    ("2024-06-01 09:30", "【来源：某某日报】", "某某日报"),
    # the credit names the publisher before the site printed beside a bare date does
    ("2024-06-01 09:30 某某新闻网", "（来源：某某日报）", "某某日报"),
    # a labelled 来源 row in the head still wins
    ("2024-06-01 09:30 来源：某某晚报", "（来源：某某日报）", "某某晚报"),
    # the sources of background material, or several, name no publisher
    ("2024-06-01 09:30", "（资料来源：某某统计局、某某日报等）", None),
    ("2024-06-01 09:30", "（综合整理自某某新闻、某某网等）", None),
])
def test_a_source_credit_the_chrome_took_out_names_the_publisher(
        row: str, credit: str, source: str | None) -> None:
    doc = clean_text(_NIGHT_MARKET.format(row=row, credit=credit), id="market")
    assert doc.meta.source_name == source
    assert doc.text.split("\n")[-1].startswith("活动将持续至8月底")


@pytest.mark.parametrize(("head", "date"), [
    ("2024-05-06\n14:22:05\n", "2024-05-06T14:22:05"),
    ("发布日期：2024-05-06\n9:05\n", "2024-05-06T09:05:00"),
])
def test_a_time_alone_under_the_date_is_its_time(head: str, date: str) -> None:
    page = ("某某县召开防汛工作会议\n" + head + "来源：某某县水利局\n"
            "6月1日，某某县召开防汛工作会议，部署今年汛期各项防汛准备工作，要求做好应急值守。\n"
            "会议要求，各乡镇要加强巡查，及时排除隐患，确保群众生命财产安全和度汛安全。")
    doc = clean_text(page, id="dated")
    assert doc.meta.date == date
    assert doc.text.startswith("6月1日")


@pytest.mark.parametrize(("lines", "count"), [
    (["某某市公安局某某分局", "2024年5月6日"], 2),
    (["中共某某县委办公室", "某某县人民政府办公室", "2024年3月20日", "分享到"], 3),
    (["某某市住房和城乡建设局", "2024-03-20"], 2),
    (["某某市公安局某某分局"], 0),  # no date: a list's item as well
    (["2024年5月6日"], 0),
    (["某某县召开防汛工作会议", "2024年5月6日"], 0),  # a related headline and its date
    (["编辑：某某", "2024年5月6日"], 0),
    (["某某市第十届全民运动会开幕", "2024年5月6日"], 0),
    (["某某区举行2024年消夏音乐会", "2024年5月6日"], 0),
    (["审判长 赵某某", "审判员 钱某", "二〇二四年四月八日", "书记员 孙某某"], 4),
    (["审判员 钱某"], 0),  # no date: no signature
])
def test_a_notice_closing_signature(lines: list[str], count: int) -> None:
    # after the notice's last sentence, the lines that sign it off
    signed = closing_signature(["如有疑问，请与我局联系。", *lines])
    assert signed == frozenset(range(1, count + 1))


@pytest.mark.parametrize(("note", "date"), [
    ("（2021年3月11日第十三届全国人民代表大会第四次会议通过）", "2021-03-11"),
    ("（2015年8月29日某某省第十二届人民代表大会常务委员会第十八次会议通过 根据2019年"
     "11月29日某某省第十三届人民代表大会常务委员会第十四次会议修正）", "2015-08-29"),
    ("(2018年1月5日国务院令第692号公布)", "2018-01-05"),
    # a bracketed aside that dates something else, or a meeting the text merely names
    ("（2021年3月11日摄）", None),
    ("（2021年3月11日，某某县召开常务会议，研究部署防汛工作。）", None),
    ("2021年3月11日第十三届全国人民代表大会第四次会议通过", None),
])
def test_a_law_dated_only_by_the_meeting_that_adopted_it(note: str, date: str | None) -> None:
    lines = ["关于某某事项的决议", note, "会议听取了某某委员会关于某某事项的报告，决定批准该报告。"]
    assert adoption_date(lines, [0, 1, 2]) == date
    page = "\n\n".join(lines) + "\n"
    assert clean_text(page, id="law").meta.date == date


def test_a_line_of_code_set_apart_in_a_code_block_is_no_caption() -> None:
    # the code's lines run unspaced, so a blank line on each side of import contextlib looks
    # like a picture's gap; a statement of a program names no picture
    page = (PAGES / "code_block_set_apart.txt").read_text("utf-8")
    lines = clean_text(page, id="code").text.split("\n")
    assert "import contextlib" in lines
    assert "import json" in lines
    assert lines[-1] == "这个技巧在处理数量不确定的资源时特别有用，建议大家在自己的项目里试一试。"


@pytest.mark.parametrize(("line", "kept"), [("活动现场", False), ("签约仪式现场。", False),
                                            ("直击现场", True), ("现场", True)])
def test_a_scene_alone_between_paragraphs_is_a_caption(line: str, kept: bool) -> None:
    page = ("某某县召开防汛工作会议\n时间：2024-06-01 来源：某某县水利局\n"
            "6月1日，某某县召开防汛工作会议，部署今年汛期各项防汛准备工作，要求做好应急值守。\n"
            f"{line}\n"
            "会议要求，各乡镇要加强巡查，及时排除隐患，确保群众生命财产安全和度汛安全。")
    doc = clean_text(page, id="scene")
    assert (line in doc.text.split("\n")) is kept


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_caption_line_glued_under_a_caption_is_its_second_line(gap: str) -> None:
    page = (PAGES / "caption_two_lines.txt").read_text("utf-8")
    page = page.replace("活动现场\n", "活动现场" + gap)
    doc = clean_text(page, id="caption")
    assert "活动现场" not in doc.text
    # glued under the scene it is the caption's rest; a paragraph's gap apart it is left be
    assert ("志愿者向居民讲解垃圾分类知识" in doc.text) is (gap != "\n")
    assert "下一步工作安排" in doc.text.split("\n")
    assert doc.text.endswith("共同建设美丽家园。")


@pytest.mark.parametrize(("above", "row", "date"), [
    ("2024年5月6日 星期一\n", "05-06 14:22 某某晚报", "2024-05-06T14:22:00"),
    ("2024年1月3日 星期三\n", "12-30 09:05", "2023-12-30T09:05:00"),  # last year's
    ("", "5月6日 14:22 某某晚报", None),  # no year on the page: none invented
])
def test_a_yearless_timestamp_row_takes_the_year_printed_above(above: str, row: str,
                                                               date: str | None) -> None:
    page = (f"某某新闻\n{above}某某县召开防汛工作会议\n{row}\n"
            "6月1日，某某县召开防汛工作会议，部署今年汛期各项防汛准备工作，要求做好应急值守。\n"
            "会议要求，各乡镇要加强巡查，及时排除隐患，确保群众生命财产安全和度汛安全。")
    doc = clean_text(page, id="feed")
    assert (doc.meta.title, doc.meta.date) == ("某某县召开防汛工作会议", date)
    assert doc.text.startswith("6月1日")


@pytest.mark.parametrize(("row", "foot", "date"), [
    ("发布时间：05-06 14:22", "©2024 某某资讯 版权所有", "2024-05-06T14:22:00"),
    ("05-06 14:22 某某晚报", "Copyright © 2012-2024 某某网", "2024-05-06T14:22:00"),
    ("5月6日", "© 2024 某某 · 隐私 ∙ 条款", "2024-05-06"),  # the day alone, under the writer
    # no copyright notice: no year, no date; the day alone stays where it is
    ("5月6日 14:22 某某晚报", "关于我们 | 联系我们", None),
    ("5月6日", "关于我们 | 联系我们", None),
    # a year in the article, no copyright notice's: no date
    ("5月6日 14:22", "2023年，全县共排查隐患点三百余处。", None),
])
def test_a_yearless_date_takes_the_copyright_notice_s_year(row: str, foot: str,
                                                           date: str | None) -> None:
    """With no full date above the article, a date printed without its year is in the year
    of the page's copyright notice, the current year a site prints there."""
    page = (f"某某新闻\n\n某某县召开防汛工作会议 部署汛期准备工作\n\n林某某\n{row}\n\n"
            "6月1日，某某县召开防汛工作会议，部署今年汛期各项防汛准备工作，要求做好应急值守。\n\n"
            "会议要求，各乡镇要加强巡查，及时排除隐患，确保群众生命财产安全和度汛安全。\n\n"
            f"{foot}\n")
    doc = clean_text(page, id="feed")
    assert (doc.meta.title, doc.meta.date) == ("某某县召开防汛工作会议 部署汛期准备工作", date)
    assert "6月1日，某某县" in doc.text
    assert "会议要求，各乡镇" in doc.text
    if date:
        assert row not in doc.text


@pytest.mark.parametrize(("row", "foot", "date", "authors"), [
    # the outlet and its reporter before the yearless stamp: a byline row, the year the
    # copyright notice's
    ("某某晚报 记者 林某某 04-27 11:20", "© 2026 某某晚报", "2026-04-27T11:20:00", ("林某某",)),
    ("某某晚报 记者 林某某 04-27 11:20", "某某晚报社 版权所有", None, ("林某某",)),  # no year
    ("某某日報 記者 林某某 4月27日 11:20", "© 2026 某某日報", "2026-04-27T11:20:00", ("林某某",)),
])
def test_a_byline_row_closed_by_a_yearless_stamp(row: str, foot: str, date: str | None,
                                                  authors: tuple[str, ...]) -> None:
    page = (f"某某新闻\n\n某某县召开防汛工作会议 部署汛期准备工作\n\n{row}\n\n"
            "6月1日，某某县召开防汛工作会议，部署今年汛期各项防汛准备工作，要求做好应急值守。\n\n"
            "会议要求，各乡镇要加强巡查，及时排除隐患，确保群众生命财产安全和度汛安全。\n\n"
            f"{foot}\n")
    doc = clean_text(page, id="feed")
    assert (doc.meta.title, doc.meta.date) == ("某某县召开防汛工作会议 部署汛期准备工作", date)
    assert doc.meta.authors == authors
    assert row not in doc.text


def test_a_sentence_closed_by_a_day_and_time_is_no_byline_row() -> None:
    # Counterexample: a line that ends with a day and a time but names no reporter stays.
    line = "防汛应急演练定于 04-27 14:30"
    page = ("某某新闻\n\n某某县召开防汛工作会议 部署汛期准备工作\n\n" + line + "\n\n"
            "6月1日，某某县召开防汛工作会议，部署今年汛期各项防汛准备工作，要求做好应急值守。\n\n"
            "会议要求，各乡镇要加强巡查，及时排除隐患，确保群众生命财产安全和度汛安全。\n\n"
            "© 2026 某某网\n")
    doc = clean_text(page, id="feed")
    assert doc.meta.date is None
    assert line in doc.text


@pytest.mark.parametrize(("top", "title"), [
    # the outlet the row names glued to its channel menu: a masthead, not a headline over
    # its subtitle
    ("某某晚报都市生活健康听新闻", "社区食堂开进老旧小区 老人午餐有了着落"),
    # counterexample: a headline over its subtitle, right above the date row, is the headline
    ("某地社区食堂开进老旧小区", "某地社区食堂开进老旧小区"),
])
def test_a_masthead_glued_to_its_menu_over_the_headline(top: str, title: str) -> None:
    page = (f"{top}\n\n社区食堂开进老旧小区 老人午餐有了着落\n\n"
            "某某晚报 记者 林某某 2026-04-27 11:20\n\n"
            "在建成三十多年的老小区，一间由闲置车棚改造的社区食堂上周正式开门，每天中午都有老人排队。\n\n"
            "街道有关负责人介绍，食堂由街道提供场地、引入专业餐饮企业运营，政府按照就餐人次给予补贴。\n")
    doc = clean_text(page, id="menu")
    assert doc.meta.title == title
    assert doc.meta.source_name == "某某晚报"


@pytest.mark.parametrize(("top", "label", "repeated"), [
    ("2024年05月06日 星期一", "本版新闻", True),
    # the issue date alone under the masthead is no date row of the headline
    ("2024年05月06日", "本版导航", True),
    # not printed again: the list's last line, right above the byline, is the headline
    ("2024年05月06日", "本版标题导航", False),
])
def test_an_epaper_headline_list_above_the_article(top: str, label: str, repeated: bool) -> None:
    page = (PAGES / "epaper_front_page.txt").read_text("utf-8")
    page = page.replace("2024年05月06日 星期一", top).replace("本版新闻", label)
    if not repeated:
        page = page.replace("市领导调研防汛备汛工作\n", "")
        page = page.replace("名录\n某某市召开", "名录\n市领导调研防汛备汛工作\n某某市召开")
    doc = clean_text(page, id="epaper")
    assert doc.meta.title == "某某市召开优化营商环境推进大会"
    assert doc.meta.date == "2024-05-06"
    assert doc.text.startswith("——出台20条措施")
    for gone in ("本版", "全市一季度", "湿地公园", "市领导调研"):
        assert gone not in doc.text


def test_a_sentence_under_a_source_card_is_the_text() -> None:
    page = ("某某县召开防汛工作会议\n某某发布 2024-06-18 07:30 发表于江苏\n"
            "以下文章来源于某某融媒 ，作者李某某\n某某融媒\n会议要求各乡镇压实责任。\n"
            "6月17日，某某县召开防汛工作会议，部署今年主汛期各项防汛准备工作，要求做好值守。\n"
            "会议强调，各乡镇要加强巡查，及时排除隐患，确保群众生命财产安全和度汛安全。")
    doc = clean_text(page, id="card")
    assert doc.text.startswith("会议要求各乡镇压实责任。")
    assert "以下文章来源于" not in doc.text
    assert doc.meta.authors == ("李某某",)


@pytest.mark.parametrize(("line", "marker"), [
    ("▶ 推荐阅读", True), ("● 往期回顾 ●", True), ("- 往期推荐 -", True), ("精选留言", True),
    ("▶ 某某市新增公办学位1.2万个", False),
])
def test_a_decorated_related_marker(line: str, marker: bool) -> None:
    assert (RELATED_MARKER.match(line) is not None) is marker


_LEAD_BOX_PAGE = ("某某财经网\n“专精特新”企业如何穿越周期\n2024-06-12 08:30 来源：某某财经网\n"
                  "摘要：今年以来，一批中小企业在订单下滑、融资收紧的压力下逆势增长。\n"
                  "{byline}\n"
                  "在某某市高新区的一间厂房里，工人们正在调试一台新下线的精密减速器。\n"
                  "业内人士认为，专注细分市场、持续投入研发，是这类企业穿越周期的关键所在。")


@pytest.mark.parametrize(("byline", "authors"), [
    ("《产业观察》栏目 作者 王某某", ("王某某",)),
    ("产业观察专栏 文｜王某某", ("王某某",)),
    ("文｜王某某", ("王某某",)),
    ("作者：王某某 编辑：赵某", ("王某某",)),
    ("【导语】记者走访了三家企业。\n本报记者 王某某", ("王某某",)),
    ("本文作者：王某某", ("王某某",)),
    ("文章作者：王某某 编辑：赵某", ("王某某",)),
])
def test_a_byline_under_the_summary_box_is_the_authors(byline: str,
                                                       authors: tuple[str, ...]) -> None:
    doc = clean_text(_LEAD_BOX_PAGE.format(byline=byline), id="lead")
    assert doc.meta.authors == authors
    lines = doc.text.split("\n")
    assert lines[0].startswith("摘要：")
    assert lines[-2].startswith("在某某市高新区")


@pytest.mark.parametrize("line", ["作者在文中写道，专注细分市场的企业更能穿越周期。",
                                  "本文作者系某某大学经济学院教授，长期关注中小企业发展。",
                                  "《产业观察》栏目今年已推出十二期，关注中小企业的成长。"])
def test_a_sentence_under_the_summary_box_naming_a_writer_stays(line: str) -> None:
    doc = clean_text(_LEAD_BOX_PAGE.format(byline=line), id="lead")
    assert doc.meta.authors == ()
    assert line in doc.text.split("\n")


_SUBWAY = ("某某市地铁5号线南延段开通试运营\n{head}\n来源：某某晚报\n"
           "9月7日上午，某某市地铁5号线南延段正式开通试运营，新增车站6座，线路全长12.4公里。\n"
           "据介绍，南延段开通后，沿线居民前往市中心的通勤时间将缩短约20分钟。")


@pytest.mark.parametrize(("head", "date"), [
    ("2019\n09/07\n19:02", "2019-09-07T19:02:00"),
    ("2019\n9/7", "2019-09-07"),
    ("2019/09/07\n19:02", "2019-09-07T19:02:00"),
])
def test_a_date_printed_over_lines_is_the_date(head: str, date: str) -> None:
    doc = clean_text(_SUBWAY.format(head=head), id="subway")
    assert doc.meta.date == date
    assert doc.text.startswith("9月7日上午")
    assert all(r.rule != "gallery_pager" for r in doc.removals)


@pytest.mark.parametrize("lines", [["图片", "2/6"], ["某某古镇", "09/07"], ["2019", "13/40"]])
def test_a_counter_under_no_year_is_still_a_pager(lines: list[str]) -> None:
    assert split_date_lines(lines) == frozenset()


_PROSE = "作者用大量街头观察告诉我们，好的街道需要多样的功能和持续的人流。"


@pytest.mark.parametrize(("lines", "kept"), [
    (["01", "第一本书", _PROSE, "02", "第二本书", _PROSE], {0, 3}),
    (["　　1", "", "全国名校长在小地方遇难题", "", _PROSE, "2", "爱与责任", _PROSE], {0, 5}),
    # a pager, one number a line
    (["1", "2", "3", "下一页"], set()),
    # a ranked list of headlines: no paragraph in its "sections"
    (["1", "某地出台新规 评论 147", "2", "某某队夺冠 评论 105", "3", "新品发布会举行"], set()),
    # numbers that do not count up, or one alone
    (["01", "第一本书", _PROSE, "05", "第二本书", _PROSE], set()),
    (["01", "第一本书", _PROSE], set()),
    # a number over a sentence, no heading
    (["01", _PROSE, _PROSE, "02", _PROSE, _PROSE], set()),
])
def test_section_numbers_of_a_post(lines: list[str], kept: set[int]) -> None:
    assert section_numbers(lines) == kept


_FRUIT = ("某某生活网\n秋天最适合吃的五种时令水果\n2024-10-08 09:15 来源：某某生活网\n"
          "秋天到了，市场上的时令水果越来越多，不少市民都在问，这个季节吃什么水果最好。\n"
          "营养师提醒，柿子不宜空腹食用，也不要和螃蟹等高蛋白食物一起吃，以免引起肠胃不适。\n"
          "{line}\n关于我们 | 联系我们 | 广告服务\n版权所有 某某生活网")


@pytest.mark.parametrize(("line", "kept"), [
    ("以上就是本期的全部内容", True),
    ("好好吃饭，认真生活，我们下期再见", True),
    ("今天的分享就到这里", True),
    ("如果你也有秋天爱吃的水果，欢迎在评论区告诉我们", True),
    # a slogan, a follow prompt, a menu: no closing line
    ("让党的声音传得更远，让群众的生活更美好", False),
    ("喜欢我们的内容，记得关注我们哦", False),
    ("首页 新闻 生活 美食", False),
    ("下期预告：冬天最适合吃的五种时令蔬菜", False),
])
def test_a_closing_line_without_its_stop(line: str, kept: bool) -> None:
    doc = clean_text(_FRUIT.format(line=line), id="fruit")
    assert (doc.text.split("\n")[-1] == line) is kept


@pytest.mark.parametrize(("credit", "source", "authors"), [
    ("本文来自微信公众号：某某研究所（ID：abc），作者：陈某某，题图来自：某某图库", "某某研究所",
     ("陈某某",)),
    ("本文来自公众号：某某研究所，作者：陈某某", "某某研究所", ("陈某某",)),
    ("本文来源：某某日报（ID：abc）", "某某日报", ()),
])
def test_a_repost_credit_with_its_fields(credit: str, source: str,
                                         authors: tuple[str, ...]) -> None:
    page = ("某某科技\n大模型降价潮之后，创业公司还能做什么？\n2024-06-03 10:20\n" + credit + "\n"
            "过去一个月，多家大模型厂商宣布大幅下调API价格，部分模型的调用价格降幅超过九成。\n"
            "也有投资人认为，真正的机会在于那些大厂不愿做、做不好的细分领域。")
    doc = clean_text(page, id="repost")
    assert (doc.meta.source_name, doc.meta.authors) == (source, authors)
    assert doc.text.startswith("过去一个月")


def test_a_message_board_row_of_fields() -> None:
    page = (PAGES / "message_board.txt").read_text("utf-8")
    head = ("留言标题：关于小区门口道路积水问题的咨询\n"
            "留言人：某某网友  留言时间：2024-05-06 09:12:33\n"
            "办理单位：某某市城市管理局  回复时间：2024-05-10 16:20:05\n")
    start, end = page.index("关于小区"), page.index("留言内容")
    doc = clean_text(page[:start] + head + page[end:], id="board")
    assert (doc.meta.title, doc.meta.date) == ("关于小区门口道路积水问题的咨询",
                                               "2024-05-06T09:12:33")
    assert doc.text.startswith("留言内容：")


@pytest.mark.parametrize(("lines", "kept"), [
    (["排名 球队 场次 积分", "1 某某海港 10 25", "2 某某泰山 10 23"], {0}),
    (["名称 最新价 涨跌幅", "某某指数 3012.5 +0.52%", "某某成指 9650.1 -0.13%"], {0}),
    # a menu row over prose, or over one row only
    (["新闻 体育 财经 娱乐", "5月6日晚，某某队主场2比1逆转某某城，取得三连胜。", "1 2 3 4"], set()),
    (["排名 球队 场次 积分", "1 某某海港 10 25", "本轮过后，某某队暂列第三。"], set()),
])
def test_a_table_header_over_its_rows(lines: list[str], kept: set[int]) -> None:
    assert table_headers(lines) == kept


@pytest.mark.parametrize(("row", "source", "authors"), [
    ("2024-05-06 21:58 某某体育 记者 孙某某", "某某体育", ("孙某某",)),
    ("2024-05-06 21:58 某某晚报 记者：孙某某 李某", "某某晚报", ("孙某某", "李某")),
    ("某某日报 2024-05-06 作者 王某某", "某某日报", ("王某某",)),
])
def test_a_date_row_closed_by_the_reporter(row: str, source: str,
                                           authors: tuple[str, ...]) -> None:
    page = ("某某体育\n中超第10轮：某某队主场2比1逆转某某城\n" + row + "\n"
            "北京时间5月6日晚，中超第10轮一场焦点战在某某体育场打响，某某队主场2比1逆转。\n"
            "本轮过后，某某队积22分，暂列积分榜第三位。")
    doc = clean_text(page, id="row")
    assert (doc.meta.source_name, doc.meta.authors) == (source, authors)
    assert doc.text.startswith("北京时间")


@pytest.mark.parametrize(("above", "kept"), [
    ("四、对本次招标提出询问，请按以下方式联系", True),
    ("（四）联系方式", True),
    ("如有疑问，请与我局联系。", True),
    # a footer's contact rows under a menu: no notice's
    ("关于我们 | 网站地图", False),
])
def test_a_notice_contact_section(above: str, kept: bool) -> None:
    lines = ["各投标人须按时递交投标文件。", above, "采购人：某某市第一人民医院",
             "联系人：王某某", "联系电话：0000-12345678"]
    assert (contact_block(lines) >= {2, 3, 4}) is kept


def test_a_date_over_lines_under_a_question_headline_and_a_menu() -> None:
    page = ("某某网\n• 要闻\n• 娱乐\n• 财经\n• 体育\n"
            "老歌被改了歌词 原作者家人：这样唱不觉得拗口吗？\n2019\n09/07\n19:02\n"
            "近日，一张截图在朋友圈流传，一首著名的儿童歌曲被改了歌词，引发网友热议。\n"
            "记者采访了原作者的家人，她认为经典作品不宜随意改动，这也是对文化传统的尊重。")
    doc = clean_text(page, id="qq")
    assert doc.meta.title == "老歌被改了歌词 原作者家人：这样唱不觉得拗口吗？"
    assert doc.meta.date == "2019-09-07T19:02:00"
    assert doc.text.startswith("近日")


_FIGURES = ["五花肉 500克", "冰糖 30克", "生抽 2勺", "葱姜 适量"]


@pytest.mark.parametrize(("above", "listed"), [
    ("红烧肉是一道家常菜，肥而不腻，入口即化，今天教大家一个简单的做法。", True),
    # a headline (a question, no clauses and stop) or a label is no sentence of the text
    ("老歌被改了歌词 原作者家人：这样唱不觉得拗口吗？", False),
    ("热门推荐", False),
])
def test_figures_under_a_sentence_are_the_article_s_list(above: str, listed: bool) -> None:
    bare = [above, *_FIGURES]
    assert figures_under_sentence(bare, list(range(len(bare))), [1, 2, 3, 4]) is listed


# the figures in words and measures (两勺, 两颗), as a recipe writes them
_WORDED = ["五花肉500克", "冰糖30克", "生抽两勺", "老抽一勺", "八角两颗"]


@pytest.mark.parametrize(("above", "items", "listed"), [
    # a sentence announcing its list with a colon stands over it as one ending in a stop
    ("这道菜的做法并不复杂，需要准备以下食材：", _WORDED, True),
    ("红烧肉是一道家常菜，肥而不腻，入口即化，今天教大家一个简单的做法。", _WORDED, True),
    # items without figures are no list of amounts, whatever stands over them
    ("这道菜的做法并不复杂，需要准备以下食材：", ["新闻", "体育", "财经", "娱乐", "科技"], False),
    ("热门推荐：", _WORDED, False),
])
def test_amounts_under_a_sentence_or_its_colon_are_the_article_s_list(
        above: str, items: list[str], listed: bool) -> None:
    bare = [above, *items]
    run = list(range(1, len(bare)))
    assert figures_under_sentence(bare, list(range(len(bare))), run) is listed


@pytest.mark.parametrize(("row", "source"), [
    ("2024-05-07 07:00 发表于北京", None),
    ("2024-05-07 07:00 發表於台北", None),
    ("2024-05-07 07:00 某某晚报", "某某晚报"),
])
def test_where_a_post_was_sent_from_is_no_outlet(row: str, source: str | None) -> None:
    found = parse_date_row(row)
    assert found is not None
    assert found.source_name == source


def test_the_rows_under_a_summary_box_above_them() -> None:
    # the summary box printed between the headline and its rows: the rows are still the head's
    page = ("某某财经网\n“专精特新”企业如何穿越周期\n"
            "摘要：今年以来，一批中小企业在订单下滑、融资收紧的压力下逆势增长。\n"
            "2024-06-12 08:30 来源：某某财经网\n作者：王某某\n"
            "在某某市高新区的一间厂房里，工人们正在调试一台新下线的精密减速器。\n"
            "业内人士认为，专注细分市场、持续投入研发，是这类企业穿越周期的关键所在。")
    doc = clean_text(page, id="lead")
    assert (doc.meta.date, doc.meta.source_name, doc.meta.authors) == (
        "2024-06-12T08:30:00", "某某财经网", ("王某某",))
    assert doc.text.split("\n")[1].startswith("在某某市高新区")


@pytest.mark.parametrize(("headline", "title"), [
    ("原创最会过日子的城市：菜价全国最低，却要靠外地运进水果",
     "最会过日子的城市：菜价全国最低，却要靠外地运进水果"),
    ("原创为什么老房子冬天比新房子暖和？", "为什么老房子冬天比新房子暖和？"),
    ("原创【数码】某某平板上手体验", "【数码】某某平板上手体验"),
    ("原创音乐剧《某某》在某某大剧院首演", "原创音乐剧《某某》在某某大剧院首演"),
    ("原创“非遗”舞剧巡演启幕", "原创“非遗”舞剧巡演启幕"),
    ("原创歌曲征集活动启动", "原创歌曲征集活动启动"),
])
def test_an_original_badge_glued_to_the_headline_goes(headline: str, title: str) -> None:
    page = (f"首页 / 图片 / 正文\n\n{headline}\n\n某某旅行号\n关注\n2024-03-02 09:15:40\n"
            "这座城市的菜市场里，一斤青菜只要几毛钱，本地人早已习惯了每天买新鲜的菜。"
            "不过因为气候原因，这里的水果大多要从外地运来，价格比蔬菜高出不少。\n")
    assert clean_text(page, id="badge").meta.title == title


def test_a_link_under_its_prompt_and_a_video_title_go() -> None:
    page = ("某某市推进老旧小区改造\n\n2024-06-03 09:15 某某网\n\n"
            "视频-某某小区改造前后对比\n\n"
            "　　今年以来，某某市已启动老旧小区改造项目120个，惠及居民三万余户。\n\n"
            "　　市住建局相关负责人表示，下一步将重点推进加装电梯和管网更新。\n\n"
            "点击进入专题：\n城市更新进行时\n\n责任编辑：张某某\n")
    doc = clean_text(page, id="topic_link")
    assert doc.text.split("\n") == [
        "今年以来，某某市已启动老旧小区改造项目120个，惠及居民三万余户。",
        "市住建局相关负责人表示，下一步将重点推进加装电梯和管网更新。"]


@pytest.mark.parametrize(("top", "kept"), [
    # the menu run into one line between the logo and the login button goes
    ("logo\n要闻财经科技汽车房产教育健康\n登录\n\n", False),
    # with no logo above it the line rule leaves it to the passes that see around it; meta
    # reads a run of four or more section names glued, right above the headline, as a menu
    ("要闻财经科技汽车房产教育健康\n\n", False),
])
def test_a_masthead_menu_in_one_line(top: str, kept: bool) -> None:
    page = (f"{top}某某市新建十座口袋公园，市民家门口添绿\n\n昨天\n"
            "记者从某某市园林局获悉，今年全市新建的十座口袋公园已全部完工，总面积约两万平方米，"
            "周边居民步行五分钟即可到达。\n")
    doc = clean_text(page, id="masthead")
    assert doc.meta.title == "某某市新建十座口袋公园，市民家门口添绿"
    assert ("要闻财经科技汽车房产教育健康" in doc.text) == kept
    assert doc.text.endswith("周边居民步行五分钟即可到达。")


@pytest.mark.parametrize("lines", [
    ["1/2 杯牛奶", "1/4 茶匙盐", "1/3 杯白糖"],          # fractions under different N
    ["1/2 杯牛奶", "1/2 杯清水", "1/2 个柠檬"],          # the same k: nothing counts up
    ["约1/3的村民同意", "2/3的土地流转", "3/3"],         # two in prose and a pager alone
    ["1/4 杯糖", "3/4 杯面粉", "4/4 拍的节奏"],          # k skips a number
])
def test_fractions_in_prose_are_no_gallery_counters(lines: list[str]) -> None:
    assert gallery_counters(lines) == {}


def test_gallery_counters_count_up_under_one_total() -> None:
    lines = ["导语", "3/12 游客在湖边拍照。", "正文一段", "4/12 孩子们放风筝。", "5/12晚霞映红湖面。"]
    assert gallery_counters(lines) == {1: 5, 3: 5, 4: 4}


@pytest.mark.parametrize(("line", "note"), [
    ("（作者：某某某，系某某大学文学院教授）", True),
    ("作者：某某某 某某研究院研究员", True),
    ("（作者：某某某，为某某律师事务所律师）", True),
    ("（作者：某某某 某某）", False),             # names only: a byline, it goes
    ("作者：某某某", False),
    ("（作者：某某某 某某日报记者）", False),      # a reporter's credit, no note on the writer
])
def test_a_note_on_the_writer_is_no_bare_byline(line: str, note: bool) -> None:
    assert author_note(line) is note


@pytest.mark.parametrize("bullet", ["• ", "1. "])
def test_a_box_of_key_points_under_the_headline_is_text(bullet: str) -> None:
    page = (PAGES / "key_points_over_date.txt").read_text("utf-8")
    page = page.replace("1. ", bullet).replace("2. ", bullet).replace("3. ", bullet)
    doc = clean_text(page, id="points")
    assert doc.meta.title == "某某市新能源汽车销量上半年同比增长四成"
    assert doc.text.split("\n")[1] == f"{bullet}上半年全市新能源汽车销量达12.6万辆，同比增长41%"
    assert "首页" not in doc.text


@pytest.mark.parametrize(("line", "quotes"), [
    ("包括某某证券(12.34, 0.21, 1.73%)、某某基金等", ["(12.34, 0.21, 1.73%)"]),
    ("某某银行（4.56，-0.03，-0.65%）负责人说", ["（4.56，-0.03，-0.65%）"]),
    ("某某(0, 0.00, 0.00%)首席投资官", ["(0, 0.00, 0.00%)"]),
    # prose: a number list in brackets is no quote unless glued to a name and closed by a percent
    ("三项指标分别为 (1.2, 3.4, 5.6%)", []),
    ("增速（前值为3.1%）有所回落", []),
    ("某某银行(601000)涨1.2%", []),
])
def test_a_live_quote_is_a_triple_glued_to_a_name(line: str, quotes: list[str]) -> None:
    assert [line[a:b] for a, b in stock_quotes(line)] == quotes


@pytest.mark.parametrize(("text", "marks"), [
    # a reference site's marks, its list gone: before a sentence's mark, after one, at the end
    ("始建年代已不可考，现存石阶为明代遗物[1]。\n历史", ["[1]"]),
    ("所需费用由沿岸村庄按户摊派[2-3]，民国年间曾有茶亭。", ["[2-3]"]),
    ("该桥被公布为县级文物保护单位。[4]", ["[4]"]),
    ("渡口随之冷落［5］；渡船停用[6][7]。", ["［5］", "[6]", "[7]"]),
    # the note list is kept: the marks are the essay's own
    ("是建设数字中国的重要内容[1]。\n注释：\n[1] 某某：《数字乡村发展研究》。", []),
    ("人们在节令里寻找节奏[3]。\n注释：\n［3］“数九”自冬至起算。", []),
    ("定期检测桥身的沉降和裂缝[3]。\n注释：\n  • [3] 古桥档案由县文物保护所统一管理。", []),
    # a text browser's link number before its link's words; a number in prose
    ("当前位置：[13]首页 > [14]基层党建", []),
    ("点击[15]这里查看", []),
    ("数组a[1]。", []),
])
def test_note_marks_go_only_when_their_list_is_gone(text: str, marks: list[str]) -> None:
    lines = text.split("\n")
    assert [lines[n][a:b] for n, a, b in orphan_note_marks(text)] == marks


def test_a_wikis_note_marks_go_from_its_text_with_its_references() -> None:
    page = ("石塘古渡\n\n石塘古渡位于某县东溪村，是旧时东溪两岸往来的主要渡口，现存石阶和系船石柱为"
            "明代遗物[1]。\n\n据清代县志记载，渡口设渡船两只，由附近村民轮流摆渡，所需费用由沿岸村庄"
            "按户摊派[2]。民国年间，渡口附近曾有茶亭一座。\n")
    doc = clean_text(page, id="t")
    assert "明代遗物。" in doc.text
    assert "按户摊派。民国年间" in doc.text
    assert [r.text for r in doc.removals if r.rule == "note_mark"] == ["[1]", "[2]"]
    kept = page + "\n注释：\n[1] 据某县文物名录。\n[2] 见某县志卷三。\n"
    assert "明代遗物[1]。" in clean_text(kept, id="t").text


@pytest.mark.parametrize("form", ["({k}/4) {t}", "（{k}/4）{t}", "图{k}/4 {t}", "图片{k}/4：{t}",
                                  "{t}（{k}/4）", "{t} ({k}/4)"])
def test_gallery_counters_in_brackets_or_after_a_picture_word(form: str) -> None:
    lines = [form.format(k=k, t=f"第{k}张图片的说明文字") for k in range(1, 5)]
    spans = gallery_counter_spans(lines)
    left = [(ln[:a] + ln[b:]).strip() for ln, (a, b) in zip(lines, spans.values(), strict=True)]
    assert left == [f"第{k}张图片的说明文字" for k in range(1, 5)]


def test_a_gallery_saved_on_its_first_slide_loses_its_lone_counter() -> None:
    caption = "清晨的湖面上薄雾缭绕，几只白鹭贴着水面飞过，岸边的渔民已经开始收网。"
    lines = ["某某湖迎来候鸟季", f"1/12 {caption}", "2024-10-08 09:30"]
    assert first_slide_counter(lines) == {1: (0, 5)}
    n, end = 1, 5
    assert lines[n][end:] == caption
    doc = clean_text("\n\n".join(lines) + "\n", id="slide")
    assert doc.text == caption


@pytest.mark.parametrize("lines", [
    ["1/3 的村民已经搬进了新居，其余村民将在年底前陆续入住新房。"],   # a fraction counts
    ["1/8 决赛中，主队凭借下半场的两粒进球逆转对手，晋级八强。"],     # a round's name
    ["1/4 杯牛奶"],                                              # a recipe, no sentence
    ["1/2 这是一个一半的故事，讲的是两个人各自走完了半生。"],       # a total of 2 is no gallery
    ["1/10 清晨的湖面上薄雾缭绕，几只白鹭贴着水面飞过。",           # two lines open with 1/N:
     "1/10 傍晚的湖面上晚霞满天，渔船一艘接一艘地回到港湾。"],      # no lone first slide
])
def test_fractions_opening_prose_are_no_first_slide(lines: list[str]) -> None:
    assert first_slide_counter(lines) == {}


def test_bracketed_fractions_that_do_not_count_up_are_no_counters() -> None:
    lines = ["约占全部线路的（1/3）", "其余（2/5）为普通线路", "比例为(1/2)"]
    assert gallery_counter_spans(lines) == {}


@pytest.mark.parametrize(("line", "title"), [
    ("关键词_关键词_某地新建三座口袋公园_城市频道_某某网", "某地新建三座口袋公园"),
    ("某地新建三座口袋公园_某某网", "某地新建三座口袋公园"),
    ("公园,绿地,某地新建三座口袋公园", "某地新建三座口袋公园"),
    ("公园-绿地-某地新建三座口袋公园", "某地新建三座口袋公园"),
    ("公园 - 绿地 - 某地新建三座口袋公园", "某地新建三座口袋公园"),
    # a <title> saved as the first line: the site's name after a spaced dash goes
    ("某地新建三座口袋公园 - 某某新闻网", "某地新建三座口袋公园"),
    ("某地新建三座口袋公园 — 某某日报", "某地新建三座口袋公园"),
    ("某地新建三座口袋公园 - 某某市人民政府", "某地新建三座口袋公园"),
    ("某地新建三座口袋公园 -- 某某电视台", "某地新建三座口袋公园"),
    ("某地新建三座口袋公园 - 某某新闻", "某地新建三座口袋公园"),
    ("某地新建三座口袋公园 | 某某新闻网", "某地新建三座口袋公园"),
    ("某地新建三座口袋公园｜某某日报", "某地新建三座口袋公园"),
    ("某地新建三座口袋公园｜一图读懂", "某地新建三座口袋公园｜一图读懂"),
    ("某地新建三座口袋公园-某某新闻网", "某地新建三座口袋公园-某某新闻网"),
    # a dashed headline's own parts stay: no spaces, or no outlet's name after the dash
    ("从“跟跑”到“领跑”——记某某研究所", "从“跟跑”到“领跑”——记某某研究所"),
    ("某地公布第二批示范村名单-附名单", "某地公布第二批示范村名单-附名单"),
    ("Shanghai Expo opens - China Daily", "Shanghai Expo opens - China Daily"),
    ("某地新建三座口袋公园 - 居民：家门口就有好去处", "某地新建三座口袋公园 - 居民：家门口就有好去处"),
    ("某地新建三座口袋公园 — 一位老人的日报", "某地新建三座口袋公园 — 一位老人的日报"),
    # headlines that list words of their own, with commas or dashes, stay whole
    ("降温，降雪，某地发布寒潮预警", "降温，降雪，某地发布寒潮预警"),
    ("降温,降雪,大风!某地发布寒潮预警", "降温,降雪,大风!某地发布寒潮预警"),
    ("某地新建三座口袋公园-附名单", "某地新建三座口袋公园-附名单"),
    ("python_requests库的使用方法详解", "python_requests库的使用方法详解"),
    ("春节_某某网", "春节_某某网"),
    # a part after the headline that is a clause is no channel nor site name
    ("某地新建口袋公园_好消息，三座公园本周开放", "某地新建口袋公园_好消息，三座公园本周开放"),
])
def test_a_title_line_stuffed_with_keywords_keeps_its_headline(line: str, title: str) -> None:
    assert unkeyworded_title(line) == title


_UNLABELLED_BOX = ("某某日报网\n山区小学用上了“空中课堂”\n{row}\n"
                   "借助一根网线和一块屏幕，大山深处的孩子们同上一堂美术课。\n{byline}\n"
                   "10月8日上午，某某乡中心小学四年级的二十多名学生正对着屏幕学画水彩。\n"
                   "据县教育局介绍，全县已有三十六所乡村学校接入同步课堂。")


@pytest.mark.parametrize(("row", "byline", "authors"), [
    ("2024-10-09 10:12　来源：某某日报", "记者 孔某某", ("孔某某",)),
    ("2024-10-09 10:12", "文/孔某某", ("孔某某",)),
    # no date row above the paragraph: nothing sets it apart from the text's first paragraph
    ("来自县教育局的消息", "记者 孔某某", ()),
    # a sentence under the paragraph is no byline
    ("2024-10-09 10:12　来源：某某日报", "记者孔某某在现场看到，孩子们画得很认真。", ()),
])
def test_a_byline_under_an_unlabelled_box_under_the_date_row(row: str, byline: str,
                                                             authors: tuple[str, ...]) -> None:
    doc = clean_text(_UNLABELLED_BOX.format(row=row, byline=byline), id="box")
    assert doc.meta.authors == authors
    lines = doc.text.split("\n")
    assert lines[0].startswith("借助一根网线")
    assert (byline in lines) is not authors


_REPLY_END = ("某某区人民政府网\n关于某某路口增设信号灯的建议\n2024-05-06 11:02\n"
              "您好！经交警部门现场勘查，该路口车流量已达到设置信号灯的条件，预计下月安装到位。\n"
              "{closing}\n满意度评价：满意\n{more}")


@pytest.mark.parametrize(("closing", "more", "kept"), [
    ("感谢您对我区交通工作的关注和支持。", "【打印】【关闭】", True),
    ("感谢您对我区交通工作的关注和支持！", "分享到：", True),
    # headlines under the reply address nobody with a stop: a list
    ("某某区新增三处便民停车场", "某某路口施工期间绕行提示\n某某区公交线路调整公告", False),
])
def test_a_reply_s_closing_courtesy_over_its_rating_row(closing: str, more: str,
                                                        kept: bool) -> None:
    doc = clean_text(_REPLY_END.format(closing=closing, more=more), id="reply")
    lines = doc.text.split("\n")
    assert (closing in lines) is kept
    assert "满意度评价：满意" not in lines


_CONTENTS_PAGE = ("某某研究网\n读书笔记：一本讲城市的书\n2024-09-21 来源：某某研究网\n"
                  "{contents}\n"
                  "这本书从街道写起，讲的是普通人每天走过的路，以及路边那些容易被忽视的小店和广场。\n"
                  "{sections}\n"
                  "作者认为，好的街道应当让人愿意停下脚步，而不只是让车辆快速通过。")


@pytest.mark.parametrize(("contents", "sections", "kept"), [
    # entries printed again over their sections: a menu
    ("【本文目录】\n一、街道\n二、广场", "一、街道\n街道是城市的客厅。\n二、广场\n广场是城市的舞台。",
     False),
    # the book's own contents, printed nowhere else: the article's
    ("目录\n第一章 街道\n第二章 广场", "书中的每一章都配有作者手绘的插图。", True),
    # one entry printed again is no table of contents
    ("目录\n一、街道", "一、街道\n街道是城市的客厅。", True),
])
def test_a_table_of_contents_of_the_article_s_sections(contents: str, sections: str,
                                                       kept: bool) -> None:
    doc = clean_text(_CONTENTS_PAGE.format(contents=contents, sections=sections), id="toc")
    lines = doc.text.split("\n")
    top = contents.split("\n")
    assert (top[0] in lines) is kept
    assert lines.count(top[1]) == (2 if kept and top[1] in sections else 1)


@pytest.mark.parametrize("entries", ["1 街道\n2 广场", "1. 街道\n2. 广场", "1 街道\n1.1 广场"])
def test_a_numbered_table_of_contents_over_unnumbered_headings(entries: str) -> None:
    """An encyclopedia numbers its contents (1 历史, 2 分布) and prints each section's
    heading without the number: the menu goes, the headings stay."""
    doc = clean_text(_CONTENTS_PAGE.format(
        contents=f"目录\n{entries}",
        sections="街道\n街道是城市的客厅。\n广场\n广场是城市的舞台。"), id="toc")
    lines = doc.text.split("\n")
    assert "目录" not in lines
    assert not any(ln in lines for ln in entries.split("\n"))
    assert lines.count("街道") == 1
    assert lines.count("广场") == 1


_PROFILE_PAGE = ("某某医院\n首页 | 医院概况 | 新闻中心\n某某医院开展义诊活动\n来源：医务科 时间：2024-05-08\n"
                 "5月7日，某某医院组织内科、外科、儿科等科室的十余名医生走进社区开展义诊活动，"
                 "为居民免费测量血压血糖。\n"
                 "活动现场，医生们耐心解答居民的健康咨询，并发放健康宣传资料三百余份。\n"
                 "{box}\n上一条：某某医院召开安全生产会议\n版权所有：某某医院")
_DEPARTMENT = "内科是市级重点专科，现有医师二十余名，开放床位八十张，年门诊量超过五万人次。"


@pytest.mark.parametrize(("box", "kept"), [
    # the site's box about its department: label, one paragraph, its rows
    (f"科室简介\n{_DEPARTMENT}\n门诊时间：周一至周五\n咨询电话：0000-1234567", False),
    (f"【医院介绍】\n{_DEPARTMENT}", False),
    # the article goes on under the heading: three paragraphs are no box
    (f"公司简介\n{_DEPARTMENT}\n{_DEPARTMENT.replace('内科', '外科')}\n"
     f"{_DEPARTMENT.replace('内科', '儿科')}", True),
    # a person's profile may be the article's own
    (f"专家简介\n{_DEPARTMENT}", True),
])
def test_the_sites_box_about_its_owner_after_the_article(box: str, kept: bool) -> None:
    doc = clean_text(_PROFILE_PAGE.format(box=box), id="profile")
    assert "发放健康宣传资料三百余份" in doc.text
    assert ("现有医师二十余名" in doc.text) is kept


_DECK_PAGE = ("某某晚报网\n夜市回来了，烟火气更浓了\n{deck}\n2024-05-30 21:40　来源：某某晚报\n"
              "{body}")


@pytest.mark.parametrize(("deck", "body", "date"), [
    ("沿河步道上的夜市重新开张，摊位统一规划。", "5月29日晚，沿河步道夜市正式重新开张。\n"
     "市场监管部门的工作人员也在现场巡查。", "2024-05-30T21:40:00"),
    # a paragraph too long for a deck is the article's
    ("5月29日晚，沿河步道夜市正式重新开张，首批入驻的八十个摊位吸引了大批市民前来品尝小吃、"
     "选购文创产品。与过去相比，新夜市的摊位统一了样式，配备了油烟净化设备，每晚收摊后还有"
     "专人清扫，周边居民反映的噪音和油烟问题得到了明显改善。", "5月29日晚，沿河步道夜市正式重新开张。\n"
     "市场监管部门的工作人员也在现场巡查。", None),
])
def test_a_deck_between_the_headline_and_its_date_row(deck: str, body: str,
                                                      date: str | None) -> None:
    doc = clean_text(_DECK_PAGE.format(deck=deck, body=body), id="deck")
    assert doc.meta.date == date
    assert doc.text.split("\n")[0] == deck


@pytest.mark.parametrize(("letter", "reply"), [
    ("来信内容：", "回复内容："), ("留言内容：", "答复内容："), ("问题内容：", "办理结果：")])
def test_a_letter_and_its_reply_keep_the_labels_that_tell_them_apart(letter: str,
                                                                    reply: str) -> None:
    # Alone on a line, the labels say which part is the citizen's letter and which the
    # office's reply, as 问：/答： do in an interview: they stay as text over their parts.
    page = (PAGES / "gov_letter_reply.txt").read_text(encoding="utf-8")
    page = page.replace("来信内容：", letter).replace("回复内容：", reply)
    lines = clean_text(page).text.splitlines()
    assert lines[0] == letter
    assert lines[2] == reply
    assert lines[3].startswith("王先生（女士）：您好！")


def test_the_pictures_credit_is_cut_from_the_last_paragraph() -> None:
    doc = clean_text((PAGES / "credit_after_last_sentence.txt").read_text("utf-8"), id="credit")
    assert doc.text.endswith("项目总投资约两百万元，预计明年春节前完成。")
    assert [r.text for r in doc.removals if r.rule == "trailing_picture_source"] == ["题图来源：某某图库"]


_LONG_PARAGRAPH = ("新建的步行桥全长二百六十米，连接河东老城区与河西新建的滨河公园，桥面铺设了防滑材料，"
                   "两侧设置了观景平台和无障碍坡道，")


@pytest.mark.parametrize(("last", "kept"), [
    ("项目总投资约两百万元。题图来源：某某图库", "项目总投资约两百万元。"),
    ("步行桥正式开通。（图片来源：某某网）", "步行桥正式开通。"),
    ("步行桥已投入使用。图/某某 摄", "步行桥已投入使用。"),
    ("市民们来到了现场。摄影：某某", "市民们来到了现场。"),
    ("项目总投资约两百万元。（题图来源：某某图库）", "项目总投资约两百万元。"),
    ("活动圆满结束。（责任编辑：某某）", "活动圆满结束。"),
    ("活动圆满结束。[编辑：某某]", "活动圆满结束。"),
    ("活动圆满结束。责任编辑：某某", "活动圆满结束。"),
    ("活动圆满结束。编辑：某某 审核：某某", "活动圆满结束。"),
    ("他说。编辑：是一份需要耐心的工作。", "他说。编辑：是一份需要耐心的工作。"),
    # prose that names where something came from stays
    ("相关数据来源于国家统计局。", "相关数据来源于国家统计局。"),
    ("他说。摄影：是他一辈子的爱好。", "他说。摄影：是他一辈子的爱好。"),
])
def test_a_credit_glued_after_the_last_sentence_is_cut(last: str, kept: str) -> None:
    text = "某某区步行桥建成开放\n" + _LONG_PARAGRAPH + "市民步行过河只需五分钟。\n"
    doc = clean_text(text + _LONG_PARAGRAPH + last)
    assert doc.text.split("\n")[-1] == _LONG_PARAGRAPH + kept


@pytest.mark.parametrize(("credit", "authors"), [
    ("（责任编辑：某某某）", ()), ("[编辑：某某某]", ()), ("责任编辑：某某某", ()), ("题图来源：某某图库", ()),
    ("摄影：王某某", ()), ("（记者 王某某）", ("王某某",)), ("（文/王某某）", ("王某某",)),
])
def test_a_credit_after_the_last_sentence_names_only_its_writer(
        credit: str, authors: tuple[str, ...]) -> None:
    """An editor or a photographer glued after the last sentence is no author; a reporter is."""
    doc = clean_text("某某区步行桥建成开放\n" + _LONG_PARAGRAPH + "市民步行过河只需五分钟。\n"
                     + _LONG_PARAGRAPH + "活动圆满结束。" + credit)
    assert doc.text.endswith("活动圆满结束。")
    assert doc.meta.authors == authors


def test_a_yearless_labelled_row_takes_its_year_from_the_date_widget_above() -> None:
    page = (PAGES / "yearless_labelled_row.txt").read_text("utf-8")
    doc = clean_text(page.replace("临港观察\n", "临港观察\n2026年11月28日 星期六\n"), id="widget")
    assert (doc.meta.date, doc.meta.source_name) == ("2026-11-28T10:30:00", "临港区人社局")


def test_a_yearless_time_opening_a_sentence_is_no_metadata_row() -> None:
    row = "11月28日 10:30 记者来到招聘会现场，看到求职者排起了长队。"
    page = ("某某新闻网\n某某区举行冬季招聘会\n" + row + "\n"
            "招聘会现场设置了政策咨询区、技能培训报名区和直播带岗区，求职者可以现场了解补贴政策。\n"
            "据统计，当天共有620人与用人单位达成初步就业意向，下一步还将举办专场招聘活动。")
    doc = clean_text(page, id="prose")
    assert row in doc.text.split("\n")


def test_a_source_credit_glued_after_the_last_sentence_goes_and_names_the_source() -> None:
    page = (PAGES / "source_after_last_sentence.txt").read_text("utf-8")
    doc = clean_text(page, id="glued")
    assert doc.text.endswith("确保群众温暖过冬。")
    bracketed = clean_text(page.replace("来源：宁川日报", "（来源：宁川日报）"), id="bracketed")
    assert (bracketed.text, bracketed.meta.source_name) == (doc.text, "宁川日报")


def test_a_source_credit_closing_an_earlier_paragraph_names_no_source() -> None:
    page = (PAGES / "source_after_last_sentence.txt").read_text("utf-8")
    page = page.replace("确保群众温暖过冬。来源：宁川日报", "确保群众温暖过冬。").replace(
        "能够保障整个供暖季的需要。", "能够保障整个供暖季的需要。（来源：某某晚报）")
    doc = clean_text(page, id="earlier")
    assert doc.meta.source_name is None


def test_a_labelled_source_row_wins_over_a_glued_source_credit() -> None:
    page = (PAGES / "source_after_last_sentence.txt").read_text("utf-8")
    page = page.replace("作者：杭雨桐", "来源：宁川新闻网 作者：杭雨桐")
    assert clean_text(page, id="row").meta.source_name == "宁川新闻网"


def test_a_menu_over_a_short_headline_with_its_subtitle_still_goes() -> None:
    page = ("首页\n要闻\n民生\n体育\n某某桥今日通车\n——全长八百米的跨江大桥历时三年建成\n"
            "本报记者 王某某\n"
            "11月27日上午，某某桥正式通车，市民从江南到江北的车程由四十分钟缩短到十分钟。\n"
            "大桥全长八百米，双向六车道，两侧设有人行道和非机动车道，夜间开启景观照明。")
    doc = clean_text(page, id="menu")
    assert doc.meta.title == "某某桥今日通车"
    assert doc.text.startswith("——全长八百米")
    assert not {"首页", "要闻", "民生", "体育"} & set(doc.text.split("\n"))


@pytest.mark.parametrize(("line", "date", "source"), [
    ("【发布时间：2026年11月25日】【来源：某某县委组织部】【字体：大 中 小】", "2026-11-25",
     "某某县委组织部"),
    ("[发布时间：2026-11-25] [来源：某某网] [字号：大 中 小]", "2026-11-25", "某某网"),
    ("【发布日期：2026年11月25日】", "2026-11-25", None),
])
def test_a_row_of_bracketed_fields_is_a_metadata_row(line: str, date: str,
                                                     source: str | None) -> None:
    found = parse_meta_line(line)
    assert found is not None
    assert (found.date, found.source_name) == (date, source)


@pytest.mark.parametrize("line", ["【编者按：今年以来，某某县持续推进网格化管理】",
                                  "【提示：请于12月1日前报名】", "【字体：大 中 小】【打印】"])
def test_a_bracketed_note_is_no_metadata_row(line: str) -> None:
    assert parse_meta_line(line) is None


@pytest.mark.parametrize(("line", "date"), [
    ("来源：某某县融媒体中心 编辑：某某 审核：某某某 2026-11-27 09:40", "2026-11-27T09:40:00"),
    ("作者：张某某　2026年11月27日", "2026-11-27"),
    # a labelled date wins over one closing the row
    ("发布时间：2026-11-20 来源：某某网 2026-11-27", "2026-11-20"),
])
def test_a_date_closing_a_labelled_row_is_its_date(line: str, date: str) -> None:
    found = parse_meta_line(line)
    assert found is not None
    assert found.date == date


@pytest.mark.parametrize("between", ["当前位置：首页 > 地方资讯\n", ""])
def test_a_headline_printed_again_under_its_title_bar_with_the_site_name_goes(
        between: str) -> None:
    page = ("某某县启动农村饮水安全巩固提升工程_某某资讯网\n" + between
            + "某某县启动农村饮水安全巩固提升工程\n发布时间：2026-11-20 15:02　来源：某某县水务局\n"
            "11月19日，某某县农村饮水安全巩固提升工程正式启动，项目计划投资1.2亿元，涉及9个乡镇。\n"
            "县水务局负责人表示，项目建成后，农村自来水普及率将由92%提高到98%以上。")
    doc = clean_text(page, id="bar")
    assert doc.meta.title == "某某县启动农村饮水安全巩固提升工程"
    assert doc.text.startswith("11月19日")



@pytest.mark.parametrize("word", ["网络整理", "本站整理", "综合网络"])
def test_a_copying_sites_word_for_the_web_names_no_source(word: str) -> None:
    page = ("某某县召开冬季安全生产工作会议\n时间：2026-11-21 08:13　来源：" + word + "\n"
            "11月20日，某某县召开冬季安全生产工作会议，部署岁末年初安全生产重点工作。\n"
            "会议要求，各乡镇各部门要压实责任，全面排查整治各类安全隐患，确保全县安全形势稳定。")
    doc = clean_text(page, id="copied")
    # the row alone still dates the article
    assert (doc.meta.date, doc.meta.source_name) == ("2026-11-21T08:13:00", None)


@pytest.mark.parametrize(("credit", "authors"), [
    ("（记者 某某某 通讯员 某某 文/图）", ("某某某", "某某")),
    ("（记者 某某某 通讯员 某某 图/文）", ("某某某", "某某")),
    ("（记者 某某某）", ("某某某",)),
])
def test_a_glued_credit_names_its_reporters_whatever_they_made(
        credit: str, authors: tuple[str, ...]) -> None:
    page = ("某某新闻网\n某某市首届冬季运动会开幕\n2026-11-26 20:15\n"
            "11月26日，某某市首届冬季运动会开幕，来自全市12个乡镇的600余名运动员参赛。\n"
            "运动会设置了拔河、趣味担水、插秧接力等8个项目，既有竞技性又有趣味性。" + credit)
    assert clean_text(page, id="credit").meta.authors == authors


def test_a_labelled_yearless_date_with_no_year_above_gives_no_date() -> None:
    page = (PAGES / "yearless_labelled_field.txt").read_text("utf-8")
    doc = clean_text(page.replace("2026年11月28日 星期六\n", ""), id="no-widget")
    assert (doc.meta.date, doc.meta.source_name) == (None, "宁川日报")


def test_a_headline_opening_with_its_own_bracketed_tag_is_still_the_headline() -> None:
    page = ("某某新闻网\n【奋进新征程】某某县推进乡村振兴纪实\n2026-11-23 09:00　来源：某某日报\n"
            "今年以来，某某县坚持把乡村振兴作为全县工作的重中之重，农村面貌发生了深刻变化。\n"
            "全县新建和改造农村公路120公里，建成高标准农田5万亩，农民人均可支配收入增长8%。")
    doc = clean_text(page, id="tag")
    assert doc.meta.title is not None
    assert doc.meta.title.endswith("某某县推进乡村振兴纪实")
    assert doc.text.startswith("今年以来")


@pytest.mark.parametrize(("line", "source"), [
    ("某某日报　2026-11-28　第A03版", "某某日报"), ("某某晚报 2026年11月28日 第5版", "某某晚报"),
    ("某某网 2026-11-28 某某号", None)])
def test_a_paper_its_issue_date_and_its_page(line: str, source: str | None) -> None:
    found = parse_date_row(line)
    assert (found.source_name if found else None) == source


@pytest.mark.parametrize(("credit", "authors"), [
    ("记者：邬某某 通讯员：柯某某", ("邬某某", "柯某某")), ("通讯员 柯某某", ("柯某某",)),
    ("文字：邬某某 图片：柯某某", ("邬某某",)), ("文/柯某某", ("柯某某",)),
])
def test_a_writers_credit_glued_after_the_last_sentence_goes_and_names_the_authors(
        credit: str, authors: tuple[str, ...]) -> None:
    page = (PAGES / "writer_credit_glued.txt").read_text("utf-8").replace("文/图 柯永安", credit)
    doc = clean_text(page, id="writer")
    assert doc.text.endswith("参赛选手甘大姐说。")
    assert doc.meta.authors == authors


def test_prose_going_on_after_a_stop_with_a_role_word_stays() -> None:
    page = (PAGES / "writer_credit_glued.txt").read_text("utf-8").replace(
        "文/图 柯永安", "记者了解到，运动会将持续两天")
    doc = clean_text(page, id="prose")
    assert doc.text.split("\n")[-1].endswith("记者了解到，运动会将持续两天")


def test_a_source_credit_glued_with_its_writer_goes_and_names_the_author() -> None:
    page = (PAGES / "source_after_last_sentence.txt").read_text("utf-8").replace(
        "来源：宁川日报", "来源：宁川日报 作者：杭某某").replace("作者：杭雨桐", "")
    doc = clean_text(page, id="source-writer")
    assert doc.text.endswith("确保群众温暖过冬。")
    assert (doc.meta.source_name, doc.meta.authors) == ("宁川日报", ("杭某某",))


@pytest.mark.parametrize("credit", ["责任编辑 孔某某", "编辑 孔某某 审核 甘某某"])
def test_an_editors_credit_parted_by_a_space_glued_after_the_last_sentence_goes(
        credit: str) -> None:
    page = (PAGES / "writer_credit_glued.txt").read_text("utf-8").replace("文/图 柯永安", credit)
    assert clean_text(page, id="editor").text.endswith("参赛选手甘大姐说。")


@pytest.mark.parametrize("credit", ["编辑｜孔某某", "初审：甘某某 复审：孔某某 终审：卢某某", "监制：卢某某",
                                    "排版：孔某某"])
def test_the_three_reviews_and_production_credits_glued_after_the_last_sentence_go(
        credit: str) -> None:
    page = (PAGES / "writer_credit_glued.txt").read_text("utf-8").replace("文/图 柯永安", credit)
    assert clean_text(page, id="reviews").text.endswith("参赛选手甘大姐说。")


@pytest.mark.parametrize(("last", "kept"), [
    ("据了解，全区改造任务已全面完成，群众满意度明显提升。转载请注明出处",
     "据了解，全区改造任务已全面完成，群众满意度明显提升。"),
    ("据了解，全区改造任务已全面完成，群众满意度明显提升。版权所有，未经授权不得转载",
     "据了解，全区改造任务已全面完成，群众满意度明显提升。"),
    ("据了解，全区改造任务已全面完成，群众满意度明显提升。本文为某某网原创，转载请注明来源",
     "据了解，全区改造任务已全面完成，群众满意度明显提升。"),
    ("据了解，全区改造任务已全面完成，群众满意度明显提升。供稿：某某镇",
     "据了解，全区改造任务已全面完成，群众满意度明显提升。"),
    ("据了解，全区改造任务已全面完成，群众满意度明显提升。（某某县融媒体中心供稿）",
     "据了解，全区改造任务已全面完成，群众满意度明显提升。"),
    ("据了解，全区改造任务已全面完成，群众满意度明显提升。如有侵权请联系删除",
     "据了解，全区改造任务已全面完成，群众满意度明显提升。"),
    ("据了解，全区改造任务已全面完成，群众满意度明显提升。本文仅代表作者观点，不代表本站立场。",
     "据了解，全区改造任务已全面完成，群众满意度明显提升。"),
    ("据了解，全区改造任务已全面完成，群众满意度明显提升。转载请注明来源：某某网",
     "据了解，全区改造任务已全面完成，群众满意度明显提升。"),
    ("據了解，全區改造任務已全面完成，群眾滿意度明顯提升。轉載請註明出處",
     "據了解，全區改造任務已全面完成，群眾滿意度明顯提升。"),
    # notices in brackets or under a label, and chrome glued in a row: each piece is cut
    ("据了解，全区改造任务已全面完成，群众满意度明显提升。【版权所有，未经授权不得转载】",
     "据了解，全区改造任务已全面完成，群众满意度明显提升。"),
    ("据了解，全区改造任务已全面完成，群众满意度明显提升。版权声明：本文为原创文章，转载请注明出处。",
     "据了解，全区改造任务已全面完成，群众满意度明显提升。"),
    # a notice after a bare comma, closing the line: the notice and its comma go
    ("据了解，全区改造任务已全面完成，群众满意度明显提升，转载请注明出处",
     "据了解，全区改造任务已全面完成，群众满意度明显提升"),
    ("据了解，全区改造任务已全面完成，群众满意度明显提升，版权所有，未经授权不得转载",
     "据了解，全区改造任务已全面完成，群众满意度明显提升"),
    ("据了解，全区改造任务已全面完成，群众满意度明显提升，如有侵权请联系删除。",
     "据了解，全区改造任务已全面完成，群众满意度明显提升"),
    # what closes a sentence of prose after a comma too stays (违者必究 in a notice's text)
    ("严禁私自占用楼道堆放杂物，违者必究。", "严禁私自占用楼道堆放杂物，违者必究。"),
    # a footer of a notice and a credit parted by commas goes whole
    ("本文为某某网原创，图片来源于网络，如有侵权请联系删除。", None),
    # prose about copyright is text, wherever 转载 and 版权 stand in it
    ("法官介绍，著作权法保护作者的权利，网站禁止转载他人作品。",
     "法官介绍，著作权法保护作者的权利，网站禁止转载他人作品。"),
    ("法院审理查明，该书版权所有者为某某出版社，被告未经许可擅自印刷。",
     "法院审理查明，该书版权所有者为某某出版社，被告未经许可擅自印刷。"),
])
def test_a_notice_or_credit_glued_to_the_last_paragraph_goes_alone(last: str,
                                                                   kept: str | None) -> None:
    page = ("某某镇召开专题会议\n2024-05-06 来源：某某网\n"
            "近日，某某镇召开专题会议，研究部署下一阶段重点工作，各村负责人参加了会议并作了发言。\n"
            f"{last}")
    doc = clean_text(page, id="glued")
    if kept is None:  # a footer, not a paragraph: the line goes whole
        assert doc.text.split("\n")[-1].startswith("近日")
        return
    assert doc.text.split("\n")[-1] == kept
    cut = last[len(kept):]  # matched in simplified script, recorded as the page prints it
    assert [r.text for r in doc.removals if r.cleaner == "chrome.inline"] == ([cut] if cut else [])


def test_the_outlet_a_reprint_notice_glued_to_the_last_paragraph_names_is_the_source() -> None:
    page = ("某某镇召开专题会议\n2024-05-06\n"
            "近日，某某镇召开专题会议，研究部署下一阶段重点工作，各村负责人参加了会议并作了发言。\n"
            "据了解，全区改造任务已全面完成，群众满意度明显提升。（本文转载自某某网）")
    doc = clean_text(page, id="reprint")
    assert doc.text.endswith("群众满意度明显提升。")
    assert doc.meta.source_name == "某某网"


def test_a_footer_of_notices_still_goes_whole() -> None:
    page = ("某某镇召开专题会议\n2024-05-06 来源：某某网\n"
            "近日，某某镇召开专题会议，研究部署下一阶段重点工作，各村负责人参加了会议并作了发言。\n"
            "本站部分内容来源于互联网，如有侵权请联系删除。转载请注明出处")
    doc = clean_text(page, id="footer")
    assert doc.text.split("\n")[-1].startswith("近日")


@pytest.mark.parametrize(("last", "kept"), [
    # prose: two sentences, or a sentence going on with the story, then the credit
    ("活动持续了两个小时。大家纷纷表示收获很大。图片来源：网络",
     "活动持续了两个小时。大家纷纷表示收获很大。"),
    ("下一步，该镇将继续加大投入，让更多群众受益。（通讯员 某某 摄）",
     "下一步，该镇将继续加大投入，让更多群众受益。"),
    ("为此，该镇将继续加大投入，让更多群众受益。（通讯员 某某 摄）",
     "为此，该镇将继续加大投入，让更多群众受益。"),
    ("因此，该项目明年将在全镇推广，惠及更多农户。 图片来源：网络",
     "因此，该项目明年将在全镇推广，惠及更多农户。"),
    # one sentence reporting what people said or thought, with no scene in it
    ("活动结束后，参加培训的村民们纷纷表示收获很大。（通讯员 某某 摄）",
     "活动结束后，参加培训的村民们纷纷表示收获很大。"),
    ("对此，不少村民认为这样的培训很实用。（通讯员 某某 摄）", "对此，不少村民认为这样的培训很实用。"),
    # captions: a picture described, then its credit
    ("5月6日，某某镇举行活动。图为活动现场。（某某 摄）", None),
    ("某某小区加装的电梯已投入使用。 图片来源：某某区住建委", None),
    # a scene as it happens, though someone speaks in it: still a caption
    ("村民们正在田间学习新技术。（通讯员 某某 摄）", None),
    # a caption said twice, its picture's alt text glued before it: two sentences before the
    # last credit, but no paragraph
    ("市民在菜地里采摘蔬菜。记者 某某 摄市民在菜地里采摘蔬菜。记者 某某 摄", None),
    ("村民在田间学习新技术。（通讯员 某某 摄） 村民在田间学习新技术。（通讯员 某某 摄）", None),
    ("培训现场，村民们纷纷表示收获很大。（通讯员 某某 摄）", None),
    # prose that speaks of where pictures come from is text
    ("他说，图片来源于网络的说法并不准确。", "他说，图片来源于网络的说法并不准确。"),
])
def test_a_picture_credit_glued_to_prose_goes_alone(last: str, kept: str | None) -> None:
    page = ("某某镇召开专题会议\n2024-05-06 来源：某某网\n"
            "近日，某某镇召开专题会议，研究部署下一阶段重点工作，各村负责人参加了会议并作了发言。\n"
            f"{last}")
    doc = clean_text(page, id="glued")
    assert doc.text.split("\n")[-1] == (kept or doc.text.split("\n")[0])
    assert kept is not None or doc.text.count("\n") == 0


@pytest.mark.parametrize(("tail", "pieces", "source"), [
    ("（来源：某某日报）版权所有，未经授权不得转载", ["版权所有，未经授权不得转载", "（来源：某某日报）"],
     "某某日报"),
    ("来源：某某日报 转载请注明出处", ["转载请注明出处", "来源：某某日报"], "某某日报"),
    ("（某某镇供稿）转载请注明出处", ["转载请注明出处", "（某某镇供稿）"], None),
    ("转载请注明出处。责任编辑：某某", ["责任编辑：某某", "转载请注明出处。"], None),
    # the notice closing a source credit after a comma: the source is read, the picture's not
    ("本文来源：某某日报，转载请注明出处", ["本文来源：某某日报，转载请注明出处"], "某某日报"),
    ("图片来源：网络，转载请注明出处", ["图片来源：网络，转载请注明出处"], None),
])
def test_chrome_glued_in_a_row_after_the_last_sentence_is_cut_piece_by_piece(
        tail: str, pieces: list[str], source: str | None) -> None:
    last = "据了解，全区改造任务已全面完成，群众满意度明显提升。"
    page = ("某某镇召开专题会议\n2024-05-06\n"
            "近日，某某镇召开专题会议，研究部署下一阶段重点工作，各村负责人参加了会议并作了发言。\n"
            f"{last}{tail}")
    doc = clean_text(page, id="row")
    assert doc.text.split("\n")[-1] == last
    assert [r.text for r in doc.removals if r.cleaner == "chrome.inline"] == pieces
    assert doc.meta.source_name == source


@pytest.mark.parametrize(("line", "date"), [
    ("發布日期：115-11-24", "2026-11-24"),
    ("發布日期：113年5月6日 14:20", "2024-05-06T14:20:00"),
    # the era named before the year, as a ministry's 新聞稿 prints it
    ("發布日期：中華民國114年11月3日", "2025-11-03"),
    ("發布日期：民國99年12月31日", "2010-12-31"),
    ("发布日期：中华民国114年11月3日", "2025-11-03"),
    # the other dates Taiwan's government pages label: when it went online, when last updated
    ("上版日期：114-11-03", "2025-11-03"),
    ("最後更新日期：114-11-04", "2025-11-04"),
    ("新聞稿日期：2025年11月3日", "2025-11-03"),
    ("发布日期：2024-05-06", "2024-05-06"),
])
def test_a_labelled_date_in_the_republics_years(line: str, date: str) -> None:
    found = parse_meta_line(line)
    assert found is not None
    assert found.date == date


def test_a_publisher_labelled_with_the_plain_cloth_character() -> None:
    found = parse_meta_line("發布單位：疾病管制署")
    assert found is not None
    assert found.publisher == "疾病管制署"


def test_a_ministrys_writing_office_is_its_publisher() -> None:
    found = parse_meta_line("撰稿單位：長期照顧司")
    assert found is not None
    assert found.publisher == "長期照顧司"


@pytest.mark.parametrize(("line", "body"), [("某某特別行政區政府入口網站", True),
                                            ("某某入口网站", True),
                                            ("市政署舉辦冬季長者健康講座", False)])
def test_a_sites_name_in_either_script(line: str, body: bool) -> None:
    assert names_a_body(line) is body


@pytest.mark.parametrize(("line", "field", "value"), [
    ("索 引 号：114300000061234567/2026-01234", "title", None),
    ("名    称：关于开展冬季防火检查的通知", "title", "关于开展冬季防火检查的通知"),
    ("发布机构：某某市应急管理局", "publisher", "某某市应急管理局"),
])
def test_a_table_row_with_its_label_spaced_out(line: str, field: str, value: str | None) -> None:
    found = parse_meta_line(line)
    assert found is not None
    assert getattr(found, field) == value


def test_a_one_line_table_with_spaced_labels_is_no_headline() -> None:
    page = ("索 引 号：114300000061234567/2026-01234\n发布机构：某某市应急管理局\n"
            "文    号：某应急〔2026〕8号\n发布日期：2026年11月24日\n关于开展冬季防火检查的通知\n"
            "各乡镇人民政府：\n为切实做好今冬明春森林防火工作，市应急管理局决定在全市开展冬季防火检查。")
    doc = clean_text(page, id="spaced")
    assert (doc.meta.title, doc.meta.source_name) == ("关于开展冬季防火检查的通知", "某某市应急管理局")
    assert doc.text.startswith("各乡镇人民政府：")


@pytest.mark.parametrize(("above", "signed"), [
    ("联系人：某某某，电话：0000-12345678", 3),
    ("电话：0000-12345678", 3),
    ("一、工作重点", 0),
])
def test_a_signature_under_the_contact_line(above: str, signed: int) -> None:
    lines = ["请各单位认真抓好落实。", above, "某某市应急管理局", "2026年11月20日", "（此件主动公开）"]
    assert len(closing_signature(lines) - {0, 1}) == signed


@pytest.mark.parametrize(("row", "source"), [
    ("2026-11-25 18:32 发布于湖北", None),
    ("2026-11-25 18:32 發布於臺北", None),
    ("2026-11-25 18:32 发布于某某网", "某某网"),
    ("2026-11-25 18:32 某某晚报", "某某晚报"),
])
def test_where_an_app_post_was_published_from_is_no_outlet(row: str, source: str | None) -> None:
    found = parse_date_row(row)
    assert found is not None
    assert (found.date, found.source_name) == ("2026-11-25T18:32:00", source)


@pytest.mark.parametrize(("cells", "kept"), [
    (["收录于合集", "#乡村振兴", "12个"], 0),
    (["#乡村振兴", "12个"], 2),  # no collection's label above: no collection
])
def test_a_collection_tag_saved_a_cell_a_line(cells: list[str], kept: int) -> None:
    page = "\n".join(["某某镇召开专题会议", "2024-05-06 来源：某某网", *cells,
                      "近日，某某镇召开专题会议，研究部署下一阶段重点工作，各村负责人参加了会议。",
                      "会议要求，各村要压实责任，确保各项工作落到实处，按时保质完成任务。"])
    doc = clean_text(page, id="cells")
    assert len(doc.text.split("\n")) == 2 + kept


def test_a_creator_badge_glued_after_the_date_is_no_outlet() -> None:
    found = parse_date_row("2026-11-22 12:06北京优质城市领域创作者")
    assert found is not None
    assert (found.date, found.source_name) == ("2026-11-22T12:06:00", None)


def test_a_short_headline_over_its_row_is_still_the_headline() -> None:
    page = ("某某号\n城市观察\n2026-11-22 12:06\n地铁末班车延时一小时，带来的不只是便利\n"
            "上周，本市宣布地铁末班车每逢周五、周六延时一小时。消息一出，不少加班族纷纷点赞。")
    assert clean_text(page, id="x").meta.title == "地铁末班车延时一小时，带来的不只是便利"
    page = ("城市观察\n2026-11-22 12:06\n一、延时运营\n"
            "上周，本市宣布地铁末班车每逢周五、周六延时一小时。消息一出，不少加班族纷纷点赞。")
    assert clean_text(page, id="y").meta.title == "城市观察"


@pytest.mark.parametrize("contact", [["咨询电话：0000-7654321"],
                                     ["联系人：某某某", "电话：0000-7654321"]])
def test_the_contact_lines_over_a_signature_leave_it_signed(contact: list[str]) -> None:
    lines = ["请各单位认真抓好落实。", *contact, "某某市应急管理局", "2026年11月20日"]
    assert closing_signature(lines) == {len(lines) - 2, len(lines) - 1}


@pytest.mark.parametrize(("tail", "date"), [
    (["完", "2026年11月24日（星期一）", "香港時間17時30分"], "2026-11-24T17:30:00"),
    (["完", "2026年11月24日", "北京时间 09:30"], "2026-11-24T09:30:00"),
])
def test_a_release_dated_under_its_end_mark(tail: list[str], date: str) -> None:
    page = "\n".join(["某某署推出长者照顾服务新措施",
                      "某某署今日宣布，由明年一月起推出多项长者社区照顾服务新措施，包括增加名额。",
                      "发言人表示，有需要的长者可透过所属地区的服务队提出申请，名额有限。", *tail])
    assert clean_text(page, id="release").meta.date == date


@pytest.mark.parametrize(("name", "person"), [("主治医师", False), ("副教授", False),
                                              ("高级工程师", False), ("孟小雨", True),
                                              ("王医生", True)])
def test_a_professional_title_is_no_author(name: str, person: bool) -> None:
    assert plausible_author(name) is person


@pytest.mark.parametrize(("last", "kept"), [
    # prose that speaks of a reprint notice is text
    ("他说，不少自媒体在文末写上“转载请注明出处”，但很少有人真正遵守这条规矩。", None),
    ("律师提醒，网站上即使写着未经许可不得转载，也不能完全阻止侵权。", None),
    # a notice closing the last sentence goes alone, the sentence stays
    ("活动圆满结束。本文为某某网原创，转载请注明来源", "活动圆满结束。"),
    ("据了解，全区改造任务已全面完成。未经授权，不得转载", "据了解，全区改造任务已全面完成。"),
    # a notice alone on its line goes whole
    ("转载请注明出处", ""),
    ("（未经授权,不得转载、摘编）", ""),
])
def test_a_reprint_notice_is_cut_not_the_sentence_around_it(last: str, kept: str | None) -> None:
    first = "近日，某某镇召开专题会议，研究部署下一阶段重点工作，各村负责人参加了会议并作了发言。"
    page = f"某某镇召开专题会议\n2024-05-06 来源：某某网\n{first}\n{last}"
    lines = clean_text(page, id="notice").text.split("\n")
    assert lines == [first] + ([] if kept == "" else [last if kept is None else kept])


@pytest.mark.parametrize(("last", "kept"), [
    # a short statement of what people said, no comma: the story's sentence, its credit goes
    ("大家纷纷表示收获很大。（通讯员 某某 摄）", "大家纷纷表示收获很大。"),
    ("村民们表示收获很大。（通讯员 某某 摄）", "村民们表示收获很大。"),
    # a short scene: a caption still
    ("志愿者为老人理发。（通讯员 某某 摄）", None),
    ("村民们正在表示欢迎。（通讯员 某某 摄）", None),
])
def test_a_short_statement_keeps_its_text_without_its_credit(last: str, kept: str | None) -> None:
    first = "近日，某某镇召开专题会议，研究部署下一阶段重点工作，各村负责人参加了会议并作了发言。"
    page = f"某某镇召开专题会议\n2024-05-06 来源：某某网\n{first}\n{last}"
    lines = clean_text(page, id="short").text.split("\n")
    assert lines == [first] + ([] if kept is None else [kept])


@pytest.mark.parametrize(("between", "authors"), [("林知远", ("林知远",)),
                                                  ("城市观察", ()),
                                                  ("经济日报评论员", ())])
def test_a_name_alone_between_the_headline_and_its_row(between: str,
                                                       authors: tuple[str, ...]) -> None:
    page = (f"以绣花功夫推进城市精细化管理\n{between}\n2026年11月24日06:08 | 来源：某某日报\n"
            "城市管理应该像绣花一样精细。近年来，不少城市在背街小巷改造等方面下足功夫。")
    assert clean_text(page, id="writer").meta.authors == authors


@pytest.mark.parametrize(("last", "kept"), [
    ("村民们在田间学习新技术。（图片来源：某某图库）", None),
    ("因此，该项目明年将在全镇推广，惠及更多农户。（图片来源：网络）",
     "因此，该项目明年将在全镇推广，惠及更多农户。"),
])
def test_a_bracketed_picture_source_after_a_caption(last: str, kept: str | None) -> None:
    first = "近日，某某镇召开专题会议，研究部署下一阶段重点工作，各村负责人参加了会议并作了发言。"
    page = f"某某镇召开专题会议\n2024-05-06 来源：某某网\n{first}\n{last}"
    lines = clean_text(page, id="bracketed").text.split("\n")
    assert lines == [first] + ([] if kept is None else [kept])


@pytest.mark.parametrize(("row", "source"), [
    ("南溪发布 2026-11-21 18:30 四川", "南溪发布"),
    ("南溪发布 2026-11-21 四川", None),  # no time: no account's row
])
def test_an_account_row_closed_by_its_province(row: str, source: str | None) -> None:
    found = parse_date_row(row)
    assert (found.source_name if found else None) == source


def test_a_live_blogs_reply_buttons_go_and_its_entries_stay() -> None:
    # Each entry of a live blog saved as text: its relative time, its text, its 回复 button.
    entries = ("台风中心已移至某某市东南方向约30公里的海面上，预计中午前后在沿海登陆。",
               "市防汛指挥部将防台风应急响应提升至一级，全市中小学今天停课一天。",
               "气象台发布台风红色预警，各地已转移安置群众两万余人，渔船全部回港避风。")
    page = "某某台风登陆实时播报\n\n2024-09-15 08:00 来源：某某新闻网\n\n" + "\n\n".join(
        f"{t}\n{e}\n{button}" for t, e, button in zip(
            ("10分钟前", "25分钟前", "1小时前"), entries, ("回复", "回复 举报", "赞(3) 回复"),
            strict=True))
    assert clean_text(page).text.split("\n") == list(entries)


def test_a_gallerys_captions_under_its_counters_are_its_text() -> None:
    # A gallery saved as text: its dated row naming its source with the photographer last,
    # a counter over each picture, the viewer's buttons in one row, a caption under each
    # counter (the last ones short, a credit glued to some), then the next gallery's link.
    captions = ("5月2日，游客在某某古镇的石板街上游览。随着假期到来，古镇迎来客流高峰。",
                "河边的茶馆坐满了歇脚的游客。",
                "孩子们在老街体验传统手工艺。",
                "傍晚，古镇亮起灯笼。")
    page = "\n".join([
        "某某新闻网", "图片频道 > 图集", "某某古镇迎来假日客流高峰",
        "2025-05-02 18:20:11   来源：某某日报   摄影：某某某",
        "1/4", "上一张  下一张  查看原图  全屏", f"{captions[0]}某某某 摄",
        "2/4", captions[1], "3/4", captions[2], "4/4", f"{captions[3]}某某某 摄",
        "上一图集：某某湿地候鸟翩飞", "下一图集：某某老街修缮一新", "热门图集", "某某春耕忙",
        "某某渔港开海"])
    doc = clean_text(page, id="gallery")
    assert doc.text.split("\n") == list(captions)
    assert (doc.meta.title, doc.meta.date, doc.meta.source_name) == (
        "某某古镇迎来假日客流高峰", "2025-05-02T18:20:11", "某某日报")


def test_a_notes_headline_date_row_and_comment_box() -> None:
    # A note platform's page saved as text: the account and its 关注 button, the headline
    # crying out, the note, its tags, its 编辑于 row with the IP place under it, the counts,
    # the comment box headed by its count (each comment's row: day, province, 赞, 回复).
    body = ["上周末带孩子去了城北的一家农场，提前一天在小程序上预约，门票二十元一人。",
            "农场一共有八个大棚，大棚里很干净，地上铺了防滑垫，小朋友走起来不容易摔。",
            "总体来说很适合亲子半日游，回来的路上孩子还念叨着下次还要来。"]
    page = "\n".join([
        "某某笔记", "发现  发布  通知", "登录", "某某爱逛吃", "关注",
        "周末带娃去城郊采草莓，这家农场真的值得去！", *body, "#周末去哪儿 #亲子采摘",
        "编辑于 2025-02-16 IP属地：浙江", "赞 1.2万   收藏 3862   评论 36", "共 36 条评论",
        "某某妈妈", "请问需要自己带篮子吗？", "02-17 浙江   赞 8   回复", "某某爱逛吃 作者",
        "不用的，门票里含一个小篮子", "02-17 浙江   赞 3   回复", "展开 2 条回复", "相关笔记",
        "城北三家采摘园横评", "某某不加糖", "2381"])
    doc = clean_text(page, id="note")
    assert [ln for ln in doc.text.split("\n") if not ln.startswith("#")] == body
    assert (doc.meta.title, doc.meta.date) == ("周末带娃去城郊采草莓，这家农场真的值得去！", "2025-02-16")


@pytest.mark.parametrize("office", ["Gabinete de Comunicação Social do Governo",
                                    "Information Services Department of the Government"])
def test_an_offices_name_in_letters_is_no_headline_beside_a_chinese_one(office: str) -> None:
    # a government bureau's header prints its name in Chinese, then in Portuguese or English,
    # longer in letters than the headline over the date row
    page = ("某某特別行政區政府新聞局\n"
            f"{office}\n\n"
            "旅遊局推出社區遊新路線　帶旅客走進街坊生活\n\n"
            "發佈時間：2025-11-03 18:21\n\n"
            "旅遊局今日公布，由本月起推出四條社區遊新路線，帶領旅客走進老城區的街坊社區。\n"
            "新路線以步行為主，每條約兩至三小時，沿途介紹老字號餅店及傳統手作店舖。\n")
    doc = clean_text(page, id="office")
    assert doc.meta.title == "旅遊局推出社區遊新路線 帶旅客走進街坊生活"
    assert office not in doc.text


@pytest.mark.parametrize(("foot", "date"), [
    ("此页面最后编辑于2025年10月3日 (星期五) 14:22。", "2025-10-03T14:22:00"),
    ("最后更新：2025-10-03", "2025-10-03"),
    ("  • 此页面最后编辑于2025年10月3日 (星期五) 14:22。", "2025-10-03T14:22:00"),
    # a site's stamp and a forum post's edit note are no page's revision
    ("本站最后更新于2025年10月3日", None),
    ("本帖最后由 某某 于 2025-10-3 10:30 编辑", None),
    # nor a sentence's
    ("该标准最后修订于2025年10月3日，自发布之日起施行，请各单位遵照执行并及时反馈意见。", None),
])
def test_a_page_dated_only_by_its_revision_stamp(foot: str, date: str | None) -> None:
    """A wiki's or a docs page's only date is its revision stamp at the foot, as the HTML
    path reads it."""
    page = ("石塘古渡\n\n石塘古渡位于某某县某某镇，是旧时两岸往来的主要渡口，现存石阶和系船石柱。\n\n"
            "1958年，上游建成公路桥，往来行人逐渐改走桥上，渡口随之冷落，渡船停用。\n\n"
            f"{foot}\n")
    doc = clean_text(page, id="wiki")
    assert doc.meta.date == date
    assert "1958年，上游建成公路桥" in doc.text


_TIPS = "检查组共检查学校食堂42家，责令整改问题21处。"


@pytest.mark.parametrize("call", ["即日起，县市场监管局公开征集问题线索，群众可通过以下方式反映：",
                                  "即日起，縣市場監管局公開徵集問題線索，群眾可通過以下方式反映：",
                                  "欢迎社会各界监督，举报方式如下："])
def test_contact_fields_a_sentence_announces_are_the_stories(call: str) -> None:
    # A call for tips ending in a colon (可通过以下方式反映：) opens the fields under it: the
    # story's hotline and mailbox, not the site footer's.
    lines = [_TIPS, call, "举报电话：0000-1234567", "电子邮箱：jb@example.com", "【打印本页】"]
    assert contact_block(lines) >= {2, 3}
    text = clean_text("\n".join([_TIPS, _TIPS.replace("42", "43"), *lines[1:]])).text
    assert "0000-1234567" in text


def test_a_footer_heading_over_contact_fields_announces_nothing() -> None:
    # Counterexample: a footer's short heading (联系方式如下：) is no sentence of the text.
    lines = [_TIPS, "联系方式如下：", "举报电话：0000-1234567", "电子邮箱：jb@example.com"]
    assert not contact_block(lines) & {2, 3}


def test_a_letter_page_s_posting_notice_goes_and_its_rows_are_read() -> None:
    # A 政民互动 letter's page: the board's posting notice (请文明留言，……) over the letter
    # is no paragraph, so the letter's label/value rows under it are its metadata.
    page = ("当前位置：首页 > 政民互动 > 留言详情\n\n请文明留言，所留内容须真实有效，涉及个人隐私的内容将不予公开。\n\n"
            "关于某某小学门口路段增设减速带的建议\n\n信件编号：\nAB20240318021\n来信人：\n张**\n"
            "来信时间：\n2024-03-18\n处理状态：\n已回复\n\n"
            "某某小学大门正对着县道，过往车辆车速普遍很快，每天上学放学时段学生横穿马路非常危险。\n\n"
            "建议在学校门口前后各一百米的路段增设减速带和警示标志，上下学时段安排协管员在路口值守。\n")
    doc = clean_text(page, id="letter")
    assert (doc.meta.title, doc.meta.date) == ("关于某某小学门口路段增设减速带的建议", "2024-03-18")
    assert not doc.text.startswith("请文明留言")
    assert doc.text.startswith("某某小学大门")


@pytest.mark.parametrize(("line", "date"), [
    # a 网络问政 page's row, its cells glued: the asker's handle, the time, the body asked
    ("网友：山***客提问时间：2025-08-05 10:21问政对象：某某市自然资源局咨询浏览 3,412",
     "2025-08-05T10:21:00"),
    ("留言网友：某某 提问时间：2025-08-05 问政对象：某某县住建局", "2025-08-05"),
    ("網友：某某 提問時間：2025-08-05 10:21", "2025-08-05T10:21:00"),
])
def test_a_wenzheng_row_is_a_metadata_row(line: str, date: str) -> None:
    hit = parse_meta_line(line)
    assert hit is not None
    assert (hit.date, hit.source_name, hit.authors) == (date, None, ())


def test_a_netizen_quoted_is_no_metadata_row() -> None:
    # Counterexample: a netizen's words after 网友： are a sentence, no field's value.
    assert parse_meta_line("网友：这个政策太好了，点赞！") is None


@pytest.mark.parametrize(("subject", "title"), [
    # a work order's subject saved with its label cell: the subject is the headline
    ("诉求标题 关于某某小区高层住户二次供水水压不足的诉求", "关于某某小区高层住户二次供水水压不足的诉求"),
    ("信件標題：關於某某路段增設減速帶的建議", "關於某某路段增設減速帶的建議"),
    # counterexample: a headline that opens with such a word and no label's gap stays whole
    ("留言主题活动在某某社区举行", "留言主题活动在某某社区举行"),
])
def test_a_labelled_subject_is_the_headline(subject: str, title: str) -> None:
    page = (f"当前位置：首页 > 工单公开 > 工单详情\n\n{subject}\n来电时间 2024-06-11 08:36\n\n"
            "市民来电反映：某某小区的高层住户自今年五月以来，每天用水高峰时段水压严重不足，住户只能提桶接水。\n\n"
            "经核实，小区二次供水泵房的一台加压水泵故障停机，物业已更换故障水泵，高层住户水压已恢复正常。\n")
    doc = clean_text(page, id="order")
    assert (doc.meta.title, doc.meta.date) == (title, "2024-06-11T08:36:00")


def test_a_live_post_keeps_its_time_and_loses_its_poster() -> None:
    # A live page saved as text: each post under its time with the poster glued to it
    # (• 10:45主持人某某): the time stays as the post's heading, the poster goes; a date row's
    # byline after its time (2025-10-18 10:45 记者 某某) is meta's to read.
    post = "大桥通车后，从江北老城到江南新区的车程将由原来的四十分钟缩短到十五分钟左右。"
    page = ("图文直播｜某某大桥今日正式通车\n\n2025-10-18 08:30 来源：某某日报\n\n"
            f"  • 10:45主持人陶某\n\n{post}\n\n  • 10:12 记者 方某\n\n{post}")
    doc = clean_text(page, id="live")
    assert "主持人" not in doc.text
    assert "方某" not in doc.text
    assert "10:45" in doc.text
    assert "10:12" in doc.text
    assert doc.text.count(post) == 2


def test_a_question_headline_printed_twice_in_a_row_goes_whole() -> None:
    # A column page saved as text prints its headline in the header bar and again as the
    # article's title (为什么…？ / 为什么…？), its date row under the post: the second copy
    # is no first sentence.
    head = "为什么旧城改造越来越多地选择“微更新”？"
    para = ("过去十几年，旧城改造的主流做法是成片拆除、整体重建，这种做法见效快，"
            "但成本越来越高，矛盾也越来越多。")
    doc = clean_text(f"首发于某某观察笔记\n写文章\n登录/注册\n{head}\n\n{head}\n\n某某某\n关注\n"
                     f"1,204 人赞同了该文章\n\n{para}\n\n{para}\n\n"
                     "发布于 2025-10-12 21:47・IP 属地浙江", id="twice")
    assert doc.meta.title == head
    assert head not in doc.text
    assert doc.text.startswith("过去十几年")


def test_a_question_said_twice_inside_the_article_stays() -> None:
    # Counterexample: the same cry twice in a row under the article's first paragraph is
    # the article's.
    para = ("过去十几年，旧城改造的主流做法是成片拆除、整体重建，这种做法见效快，"
            "但成本越来越高，矛盾也越来越多。")
    cry = "我们的老街还能留下来吗？"
    doc = clean_text(f"某某标题 旧城改造的新路子\n\n2025-09-01 来源：某某网\n\n{para}\n\n{cry}\n\n"
                     f"{cry}\n\n{para}", id="cry")
    assert doc.text.count(cry) == 2


# A paper's 副刊 page saved as text: its header, a list of the page's other pieces, the poems'
# group title and writer, then the poems in stanzas under their short titles (all invented).
_VERSE_PAGE = """某某晚报数字报　首页　往期回顾　版面导航　PDF下载
2026年3月14日　星期六　第08版：副刊

本版其他文章

  • 老街的黄昏
  • 读书札记
  • 副刊·征稿启事

秋声（外一首）

□ 某某某

秋声

风从河湾上吹过
芦苇低下了头
远处的钟声
一下一下落进水里

树叶在屋檐下
商量着去哪里
孩子们跑过田埂
喊醒了整个下午

灯

母亲点亮一盏灯
屋子就亮一寸
她把影子
留给了墙

我走了很远
回头看见
那盏灯
还在窗口等着
"""


def test_a_verse_page_keeps_its_poem_titles_and_loses_its_page_list() -> None:
    doc = clean_text(_VERSE_PAGE, id="verse")
    lines = doc.text.split("\n")
    assert doc.meta.title == "秋声（外一首）"  # not the last poem line
    assert doc.meta.date == "2026-03-14"
    assert lines[0] == "秋声"  # the poems' titles are no captions
    assert "灯" in lines
    assert lines[-1] == "还在窗口等着"
    assert not any("本版其他文章" in ln or "读书札记" in ln or "首页" in ln for ln in lines)


def test_a_caption_over_a_single_paragraph_is_no_poem_title() -> None:
    # counterexample: a short line over one block of prose is no poem's title (no stanzas)
    page = ("某某县开展植树活动\n\n2026-03-12 来源：某某县融媒体中心\n\n"
            "全县干部群众三千余人参加义务植树，共栽种苗木一万两千株，涉及十二个乡镇。"
            "活动现场，志愿者分组挖坑、扶苗、培土、浇水，忙而有序。\n\n植树现场\n\n"
            "县林业局负责人介绍，今年全县计划新增造林面积五千亩，重点建设沿河生态廊道。")
    doc = clean_text(page, id="plant")
    assert "植树现场" not in doc.text.split("\n")
