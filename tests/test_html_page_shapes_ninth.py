"""A ninth set of shapes through the HTML path whole: a Q&A page's question description and
answerer; pull quotes and asides; an article split over pages with its neighbours' titles."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaners import clean_html

PAGES = Path(__file__).parent / "fixtures" / "html_shapes"
_QA = (PAGES / "qa_answers.html").read_text(encoding="utf-8")
_DESCRIPTION = ('<div class="QuestionRichText"><span>下个月准备从朋友那里接一只三个月大的小猫，'
                '之前完全没有养过，想提前把东西准备齐全，请问都需要买些什么？</span></div>')


def test_a_question_without_description_starts_with_its_first_answer() -> None:
    page = _QA.replace(_DESCRIPTION, "")
    assert "下个月" not in page
    text = clean_html(page, id="t").text
    assert text.startswith("作为一个养了五年猫的人")
    # the counters under the question are no description (128,406 is no clause)
    assert "被浏览" not in text
    assert "关注者" not in text


@pytest.mark.parametrize(("user", "authors"), [
    ("橘猫铲屎官", ("橘猫铲屎官",)),
    ("Lucy Wang", ("Lucy Wang",)),
    # a hidden answerer names no one
    ("匿名用户", ()),
    ("知乎用户", ()),
])
def test_a_first_answer_s_answerer_is_its_author(user: str, authors: tuple[str, ...]) -> None:
    page = _QA.replace(">橘猫铲屎官<", f">{user}<")
    assert clean_html(page, id="t").meta.authors == authors
