"""The outside probe against the real server: it alerts through its own channels (a loopback SMTP server, a loopback
SMS receiver) when the server stops answering, and when the server answers again the sites' outage reports fold into
one critical alert on the platform."""

import json
import threading
import time

import pytest
import uvicorn
from sqlalchemy import select

from server.__main__ import main
from server.audit.models import AuditRecord
from server.monitoring.models import Alert
from server.monitoring.probe import Probe, ProbeConfigError, load_config
from server.demo_accounts import DEMO_PASSWORD
from tests.server.monitoring.conftest import grant_probe
from tests.support.loopback_gateways import SmsReceiver, SmtpReceiver, free_port
from tests.support.platforms import SECRETS, LiveServer


def serve(platform, port: int) -> LiveServer:
    """The platform served on a given loopback port, so that a restarted server answers at the same address."""
    live = LiveServer(platform)
    live.server = uvicorn.Server(uvicorn.Config(live.app, host="127.0.0.1", port=port, log_level="warning",
                                                access_log=False))
    live.thread = threading.Thread(target=live.server.run, daemon=True)
    live.start()
    return live


@pytest.fixture
def inbox():
    with SmtpReceiver() as smtp:
        yield smtp


def mails(inbox) -> list:
    return [mail for _sender, _recipients, mail in inbox.messages]


def wait_for(condition, timeout: float = 20.0, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {timeout:g} s for {what}")
        time.sleep(0.05)


def write_config(path, username: str, **channels) -> None:
    lines = ["failures_before_alert = 2", "timeout_seconds = 15", f'language = "{channels.pop("language", "zh_CN")}"',
             "", "[credential]", f'username = "{username}"', f'password = "{DEMO_PASSWORD}"',
             f'totp_secret = "{SECRETS[username]}"']
    for section, values in channels.items():
        lines += ["", f"[{section}]"] + [f"{k} = {json.dumps(v)}" for k, v in values.items()]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    path.chmod(0o600)


def outage_alerts(platform) -> list[Alert]:
    with platform.db.read() as db:
        return db.scalars(select(Alert).where(Alert.rule == "outage_reported").order_by(Alert.id)).all()


def test_the_probes_alert_when_the_server_stops_and_report_one_outage_when_it_answers_again(platform, tmp_path,
                                                                                           inbox):
    grant_probe(platform, "auditor", "risk")  # each site's probe account: here two demo users given the role
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    with SmsReceiver() as sms:
        write_config(tmp_path / "shanghai.toml", "auditor", language="en",
                     email={"host": "127.0.0.1", "port": inbox.port, "sender": "probe@p2p.example",
                            "to": ["ops@p2p.example"]})
        write_config(tmp_path / "beijing.toml", "risk", sms={"url": sms.url, "token": "t0ken", "to": ["13800000000"]})
        shanghai = Probe(url, "shanghai", load_config(tmp_path / "shanghai.toml"))
        beijing = Probe(url, "beijing", load_config(tmp_path / "beijing.toml"))
        stop = threading.Event()
        server = serve(platform, port)
        loops = [threading.Thread(target=p.run, kwargs={"every": 0.2, "stop": stop}, daemon=True)
                 for p in (shanghai, beijing)]
        for loop in loops:
            loop.start()
        try:
            wait_for(lambda: shanghai.checks_ok and beijing.checks_ok, what="the first good checks")
            assert inbox.messages == [] and sms.accepted == []

            server.stop()
            wait_for(lambda: inbox.messages and sms.accepted, what="the probes' alerts")
            alert_mail = mails(inbox)[0]
            assert alert_mail["To"] == "ops@p2p.example"
            assert "not answering" in alert_mail["Subject"] and "shanghai" in alert_mail["Subject"]
            assert url in alert_mail.get_content()
            assert "could not be reached" in alert_mail.get_content()
            assert sms.accepted[0]["to"] == "13800000000"
            assert "外部探测点 beijing" in sms.accepted[0]["text"] and "无法连接" in sms.accepted[0]["text"]
            assert sms.authorizations[0] == "Bearer t0ken"
            assert outage_alerts(platform) == []

            server = serve(platform, port)
            wait_for(lambda: shanghai.reported and beijing.reported, what="both outage reports")
        finally:
            stop.set()
            for loop in loops:
                loop.join(10)
            server.stop()
            shanghai.close()
            beijing.close()

        alerts = outage_alerts(platform)
        assert len(alerts) == 1
        alert = alerts[0]
        assert (alert.rule, alert.severity, alert.area, alert.state, alert.count) == (
            "outage_reported", "critical", "system", "open", 2)
        assert {r["site"] for r in alert.evidence["reports"]} == {"shanghai", "beijing"}
        assert {r["by"] for r in alert.evidence["reports"]} == {"auditor", "risk"}
        assert alert.params["sites"] == "beijing, shanghai"
        assert [shanghai.reported[0]["alert_id"], beijing.reported[0]["alert_id"]] == [alert.id, alert.id]
        # and "answering again" through the same channels
        assert len(inbox.messages) == 2 and "answering again" in mails(inbox)[1]["Subject"]
        assert len(sms.accepted) == 2
        with platform.db.read() as db:
            audited = db.scalars(select(AuditRecord.action).where(AuditRecord.object_type == "alert")
                                 .order_by(AuditRecord.seq)).all()
        assert audited == ["alert.opened", "alert.outage_reported"]


def test_the_command_line_probe_checks_a_live_platform_and_stays_quiet_while_it_answers(live_url, tmp_path, inbox,
                                                                                         capsys):
    config = tmp_path / "probe.json"
    config.write_text(json.dumps({"credential": {"username": "auditor", "password": DEMO_PASSWORD,
                                                 "totp_secret": SECRETS["auditor"]},
                                  "email": {"host": "127.0.0.1", "port": inbox.port, "to": ["ops@p2p.example"]}}))
    config.chmod(0o600)
    assert main(["probe", live_url, "--site", "hangzhou", "--every", "0.1", "--config", str(config),
                 "--iterations", "3"]) == 0
    assert "P2P-PROBE hangzhou" in capsys.readouterr().out
    assert inbox.messages == []


def test_a_probe_config_without_a_credential_or_anybody_to_alert_is_refused(tmp_path, capsys):
    config = tmp_path / "probe.toml"
    config.write_text('[email]\nto = ["ops@p2p.example"]\n')
    with pytest.raises(ProbeConfigError, match="no credential username, password, totp_secret"):
        load_config(config)
    config.write_text('[credential]\nusername = "probe"\npassword = "x"\ntotp_secret = "ABC"\n')
    with pytest.raises(ProbeConfigError, match="names nobody to alert"):
        load_config(config)
    assert main(["probe", "http://127.0.0.1:9", "--site", "x", "--config", str(config)]) == 2
    assert "[email]" in capsys.readouterr().err


def test_the_probes_password_stays_out_of_its_reprs(tmp_path):
    config = tmp_path / "probe.toml"
    write_config(config, "auditor", email={"to": ["ops@p2p.example"], "password": "smtp-secret"})
    loaded = load_config(config)
    assert DEMO_PASSWORD not in repr(loaded) and SECRETS["auditor"] not in repr(loaded)
    assert "smtp-secret" not in repr(loaded)
