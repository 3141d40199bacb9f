"""The header: title, byline, publisher and date, navigation skipped."""

from __future__ import annotations

from factcli.draft.source import iso_date, read_header


def test_byline_gives_authors_publisher_and_date(article: str) -> None:
    header = read_header(article)
    assert header.title == "Harbor Foods doubles its profit as exports to Japan climb"
    assert header.authors == ("Maria Lopez",)
    assert header.publisher == "Lakeside Tribune"
    assert iso_date(header.date) == "2021-04-14"
    assert article[header.body_start :].lstrip().startswith("OSLO")


def test_a_date_glued_to_the_last_author_is_read_apart() -> None:
    header = read_header("A title\n\nAnn Lee, Bo KimMay 7, 2015\n\nBody text here.")
    assert header.authors == ("Ann Lee", "Bo Kim")
    assert iso_date(header.date) == "2015-05-07"


def test_prose_after_the_title_is_no_byline() -> None:
    header = read_header("A title\n\nThe council met on May 7, 2015 and voted.\n")
    assert header.authors == ()
    assert header.date is None


def test_a_byline_and_a_date_line_on_two_lines() -> None:
    header = read_header(
        "A title\n\nBy JANE DOE and John Roe, Reuters\nUpdated 10:30 AM ET, Tue March 3, 2020\n\n"
        "Body text here."
    )
    assert header.authors == ("JANE DOE", "John Roe")
    assert header.publisher == "Reuters"
    assert iso_date(header.date) == "2020-03-03"
    assert len(header.bylines) == 2


def test_labels_and_titles_are_not_names() -> None:
    published = read_header("A title\n\nPublished: 12 May 2021\n\nBody text here.")
    assert (published.publisher, iso_date(published.date)) == (None, "2021-05-12")
    titled = read_header("A title\n\nBy Ann Lee, Science Correspondent\n\nBody text here.")
    assert titled.authors == ("Ann Lee",)


def test_an_outlet_s_name_may_hold_and() -> None:
    header = read_header("Storms\n\nBy Ana Diaz | The Tide and Harbour | May 2, 2021\n\nText.\n")
    assert header.publisher == "The Tide and Harbour"
    assert header.authors == ("Ana Diaz",)
