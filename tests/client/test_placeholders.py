"""Placeholders are filled Qt's way, in one pass: a translation may reorder them, and a value that looks like a
placeholder stays as it is."""

from app.services.placeholders import fill


def test_values_fill_their_numbered_placeholders_in_any_order():
    assert fill("%1 links · as of %2", 12, "09:15") == "12 links · as of 09:15"
    assert fill("第 %2 页，共 %1 页", 9, 3) == "第 3 页，共 9 页"


def test_a_value_containing_a_placeholder_is_not_filled_again():
    assert fill("%1 and %2", "%2", "b") == "%2 and b"


def test_a_placeholder_without_a_value_stays_visible_and_percent_signs_stay():
    assert fill("%1 of %3", "a") == "a of %3"
    assert fill("rate 5% (%1)", "x") == "rate 5% (x)"
