"""Articles of short lines near their edges, saved as text with the site's chrome around them.

Each page (tests/fixtures/text/short_*.txt) has a menu, a breadcrumb, its headline and date
row above the article and a related-headlines list and a footer under it; the article holds
short lines (a list of measures, numbered items, Q&A, a slogan, a lead line, subheadings,
verse, a list of names, lines of figures, a notice of five items, and items as long as the
related headlines under them). The ``.expected`` file beside each page is the whole text a
perfect cleaner returns: every article line, no chrome line. Names and events are invented.
"""

from __future__ import annotations

from cleaners import clean_text


def test_a_list_under_its_opening_sentence_gives_no_headline() -> None:
    # The sentence opening the list (……，具体如下：) is the text's first line: the longest
    # item of the list under it is no headline, and the headline above its date row is.
    page = ("某某网\n首页\n新闻\n\n某某县公布十二项便民措施\n\n2025-03-01 来源：某某县政府\n\n"
            "3月1日，某某县公布十二项便民措施，具体如下：\n"
            + "".join(f"{k}. 第{k}项便民服务措施内容\n" for k in range(1, 13))
            + "各项措施自即日起施行，请广大群众相互转告。\n")
    doc = clean_text(page, id="t")
    assert doc.meta.title == "某某县公布十二项便民措施"
    assert doc.text.split("\n")[0] == "3月1日，某某县公布十二项便民措施，具体如下："
