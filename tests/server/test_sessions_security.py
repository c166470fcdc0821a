"""Sign-in and sessions (issue 13): the common-password list is a real one."""

from server.security import passwords


def test_the_common_password_list_holds_the_breached_favourites_whatever_their_case():
    assert len(passwords._COMMON) >= 10_000
    for candidate in ("qwertyuiop123", "QwertyUiop123", "password1234", "1q2w3e4r5t", "#1stunna"):
        assert "password_common" in {e.code for e in passwords.rule_violations(candidate, "someone")}, candidate
    assert not passwords.rule_violations("Ledger-2026-ok", "someone")


def test_the_shipped_list_names_its_source_and_licence():
    from importlib.resources import files

    folder = files("server.security")
    header = folder.joinpath("breached_passwords.LICENSE.txt").read_text("utf-8")
    assert "Source:" in header and "BSD" in header and "Django Software Foundation" in header
    breached = folder.joinpath("breached_passwords.txt").read_text("utf-8").splitlines()
    assert len(breached) >= 10_000 and "qwertyuiop123" in breached
