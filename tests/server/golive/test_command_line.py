"""The go-live import on the command line: the template written, a dry run, the import, the same file refused."""

from server.__main__ import main


def test_template_dry_run_apply_and_the_same_file_refused_on_the_command_line(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.setenv("P2P_DATA_DIR", str(tmp_path))
    url = ["--database-url", f"sqlite:///{tmp_path / 'platform.db'}"]
    assert main(url + ["migrate"]) == 0
    template = tmp_path / "customers.xlsx"
    assert main(url + ["import-template", "customers", "--to", str(template)]) == 0
    capsys.readouterr()
    assert main(url + ["import", str(template)]) == 0
    assert 'dry run: 0 problem(s); would import {"persons": 1, "companies": 1, "cards": 1' in capsys.readouterr().out
    assert main(url + ["import", str(template), "--apply"]) == 0
    assert 'imported: {"persons": 1, "companies": 1, "cards": 1' in capsys.readouterr().out
    assert main(url + ["import", str(template), "--apply"]) == 1
    assert "was imported already" in capsys.readouterr().err
