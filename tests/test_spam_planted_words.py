"""spam.injection: promo words a mirror plants whole (not chopped) at clause starts of the
article it copies, two to four times each (round spamwords56: gh130 saved as text). On a page
spam.lexicon proves a mirror, a string news never writes on its own (only inside longer words)
set at clause starts before clauses that read on without it (a quotation, a clause with its
own verb) goes when another such string is beside it; a string opening on a product word of a
brand's shape goes also where it fell between two words inside a clause. The article's own
uses stay: a word that is its clause's verb (乐享晚年生活), a verb (赢得群众), words inside
sentences (送温暖, 奖励)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from cleaners.document import Doc
from cleaners.registry import default_chain
from cleaners.spam.injection import _clause_reads_on, _news_writes
from cleaners.spam.stats import LazyStats

if TYPE_CHECKING:
    from collections.abc import Callable


@pytest.fixture(scope="module")
def chain() -> Callable[[Doc], Doc]:
    return default_chain()


# A mirror (an operator's name and promo word, 云顶娱乐官网, cut by spam.lexicon) whose
# article holds {a} at three clause starts (once before a quotation) and {b} at three, and {c}
# inside its text.
_PAGE = ("今年以来，全县扎实推进农村人居环境整治，{a}各乡镇累计清理垃圾三千余吨，云顶娱乐官网拆除违建一百余处。\n"
         "东岭村的王大爷今年六十八岁。{a}“过去门口堆满杂物，现在干净多了。”他说，{b}村里还修了文化广场。\n"
         "县农业农村局负责人介绍，{b}县里将建立长效管护机制，{a}确保整治成果不反弹。\n"
         "下一步，{b}全县将把村庄清洁行动与乡村旅游结合起来，{c}")


def _text(chain: Callable[[Doc], Doc], **planted: str) -> str:
    words = {"a": "", "b": "", "c": ""} | planted
    return chain(Doc("d", text=_PAGE.format(**words))).text


def test_promo_words_planted_whole_at_clause_starts_go(chain: Callable[[Doc], Doc]) -> None:
    # 福享 is in news only inside words (幸福|享受), 畅赢 nowhere; each opens three clauses
    # before different text, one of them a quotation
    clean = _text(chain)
    assert "云顶" not in clean
    assert _text(chain, a="福享", b="畅赢") == clean


def test_a_product_led_word_goes_also_where_it_fell_inside_a_clause(
        chain: Callable[[Doc], Doc]) -> None:
    # 娱乐陪你 opens two clauses and sits once between two words (清理|娱乐陪你|垃圾)
    page = _PAGE.replace("累计清理垃圾", "累计清理{a}垃圾", 1).replace("，{a}各乡镇", "，各乡镇")
    assert "{a}" in page
    planted = chain(Doc("d", text=page.format(a="娱乐陪你", b="", c=""))).text
    assert planted == chain(Doc("d", text=page.format(a="", b="", c=""))).text


@pytest.mark.parametrize(("own", "kept"), [
    # counterexample: 乐享 is the verb of the clauses it opens, their object left without it
    ("老人们在广场上跳舞，乐享晚年生活。孩子们在书屋读书，乐享快乐时光。",
     ("乐享晚年生活", "乐享快乐时光")),
    # counterexample: a verb opening clauses (赢得), and 送温暖, 奖励 inside sentences
    ("党员干部上门送温暖，赢得群众认可；村里设立卫生奖励，赢得村民好评。",
     ("送温暖，赢得群众认可", "卫生奖励，赢得村民好评")),
])
def test_the_articles_own_uses_stay_on_a_mirror(chain: Callable[[Doc], Doc], own: str,
                                                kept: tuple[str, ...]) -> None:
    # beside another string set at clause starts (福享), which alone is no phrase's worth
    out = _text(chain, a="福享", c=own)
    for words in kept:
        assert words in out


def test_news_writes_a_string_on_its_own() -> None:
    stats = LazyStats().get()
    assert not _news_writes(stats, "福享")  # only inside 幸福|享受
    assert _news_writes(stats, "群众")


def test_a_clause_reads_on_with_a_verb_or_a_quotation() -> None:
    stats = LazyStats().get()
    text = "，晚年生活。“以前很难。”，居民还可以提取公积金。"
    assert not _clause_reads_on(stats, text, 1)
    assert _clause_reads_on(stats, text, 6)
    assert _clause_reads_on(stats, text, text.index("居民"))
