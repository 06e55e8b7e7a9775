"""Round inject66: on a mirror whose chopped phrase was partly cut, a piece that is a common
word (news prints it more than MAX_NEWS_STRAY times: a chop along a word such as 权威) goes as
the phrase's rest where it fits none of its sites, as a rare word does, if it is no verb and
the piece model scores it COMMON_STRAY_PROB or more. A verb, bound to its subject and object,
stays. Every string here is invented for the test."""

from __future__ import annotations

import pytest

from cleaners.document import Doc
from cleaners.spam import InjectedFragments, LexiconSpam
from cleaners.spam import injection as injection_module
from cleaners.spam.charstats import news_count
from cleaners.spam.injection import MAX_NEWS_COMMON_STRAY, MAX_NEWS_STRAY
from cleaners.spam.stats import shared_stats
from tests.test_spam_injection import _PHRASE_REST_ARTICLE, _own_clause_stays, _stray_page


def test_a_common_word_that_fits_none_of_its_sites_goes_as_the_phrases_rest() -> None:
    assert MAX_NEWS_STRAY < news_count("权威") <= MAX_NEWS_COMMON_STRAY
    doc = InjectedFragments()(LexiconSpam()(Doc("d", text=_stray_page("权威", "全市已建成"))))
    assert doc.text == _PHRASE_REST_ARTICLE
    assert sum("the phrase's other piece" in r.why and r.text == "权威"
               for r in doc.removals) == 3


@pytest.mark.parametrize(("text", "word", "stray"), [
    (_stray_page("权威", "全市已建成"), "权威", True),
    # a verb: its subject and object bind it to its site, whatever the news pairs say
    ("街道将持续推进服务。社区推进工作。", "推进", False),
    # listed among the article's words: bound to its site
    ("中心发布了权威、准确的信息。大厅里权威办事。", "权威", False),
    # a rare word is read by the rare test, not this one
    (_stray_page("实名", "全市已建成"), "实名", False),
])
def test_a_common_stray_word_fits_none_of_its_sites(text: str, word: str, stray: bool) -> None:
    starts = list(injection_module._find_all(text, word))
    assert InjectedFragments()._stray_word(shared_stats(), text, word, starts,
                                           rare=False) is stray


@pytest.mark.parametrize("own", [
    "，市民出行更加便捷",     # a verb the article uses twice
    "，权威部门已经发布通知",  # a common word bound to the noun after it
])
def test_an_articles_own_common_words_stay_beside_a_partly_cut_phrase(own: str) -> None:
    _own_clause_stays(own)
