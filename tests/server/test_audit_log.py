"""The audit log: written with every change, chained, listed with filters, and tamper-evident."""

import os
import subprocess
import sys

from sqlalchemy import text

from tests.support.platforms import sign_in_body

API = "/api/v1"


def _verify_cli(platform) -> subprocess.CompletedProcess:
    """verify-audit on the platform's database, with its data folder (checkpoints, last verified position)."""
    return subprocess.run([sys.executable, "-m", "server", "--database-url", platform.settings.database_url,
                           "verify-audit"], capture_output=True, text=True, timeout=60,
                          env=os.environ | {"PYTHONPATH": os.getcwd(), "P2P_DATA_DIR": str(platform.settings.data_dir)})


def _sign_in_a_few(client, users=("risk", "finance", "admin")):
    tokens = {}
    for user in users:
        tokens[user] = client.post(f"{API}/auth/login", json=sign_in_body(user)).json()["tokens"]["access_token"]
    return tokens


def test_every_sign_in_is_audited_with_who_where_and_request_id(client):
    tokens = _sign_in_a_few(client)
    auth = {"Authorization": f"Bearer {tokens['admin']}"}
    page = client.get(f"{API}/audit", params={"action": "auth.signed_in", "sort": "seq"}, headers=auth).json()
    assert page["total"] == 3
    assert [r["actor_name"] for r in page["items"]] == ["risk", "finance", "admin"]
    first = page["items"][0]
    assert first["client_addr"] and first["request_id"] and len(first["hash"]) == 64
    assert first["at"].endswith("Z")


def test_listing_pages_sorts_and_filters_on_the_server(client):
    tokens = _sign_in_a_few(client)
    auth = {"Authorization": f"Bearer {tokens['admin']}"}
    everything = client.get(f"{API}/audit", params={"page_size": 200}, headers=auth).json()
    total = everything["total"]
    assert total == len(everything["items"]) >= 10
    seqs = [r["seq"] for r in everything["items"]]
    assert seqs == sorted(seqs, reverse=True)  # newest first by default
    page2 = client.get(f"{API}/audit", params={"page": 2, "page_size": 3, "sort": "seq"}, headers=auth).json()
    assert [r["seq"] for r in page2["items"]] == [4, 5, 6] and page2["total"] == total
    by_actor = client.get(f"{API}/audit", params={"actor": "finance"}, headers=auth).json()
    assert by_actor["total"] == 1 and by_actor["items"][0]["action"] == "auth.signed_in"
    area = client.get(f"{API}/audit", params={"action": "staff."}, headers=auth).json()
    assert area["total"] == 7 and all(r["action"].startswith("staff.") for r in area["items"])
    text_search = client.get(f"{API}/audit", params={"q": "risklead"}, headers=auth).json()
    assert text_search["total"] >= 1
    future = client.get(f"{API}/audit", params={"since": "2100-01-01T00:00:00Z"}, headers=auth).json()
    assert future["total"] == 0 and future["items"] == []
    bad_sort = client.get(f"{API}/audit", params={"sort": "password"}, headers=auth)
    assert bad_sort.status_code == 422


def test_verify_audit_passes_on_an_untouched_chain(client, platform):
    _sign_in_a_few(client)
    result = _verify_cli(platform)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "intact" in result.stdout


def test_verify_audit_names_the_record_someone_edited_in_the_database(client, platform):
    _sign_in_a_few(client)
    with platform.db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_records SET actor_name = 'someone_else' WHERE seq = 9"))
    result = _verify_cli(platform)
    assert result.returncode == 1
    assert "seq=9" in result.stdout and "edited" in result.stdout


def test_verify_audit_names_the_gap_where_a_record_was_deleted(client, platform):
    _sign_in_a_few(client)
    with platform.db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_records WHERE seq = 5"))
    result = _verify_cli(platform)
    assert result.returncode == 1
    assert "seq=5" in result.stdout and "missing" in result.stdout


def test_verify_audit_detects_a_record_edited_with_its_plain_hash_recomputed(client, platform):
    """The plain SHA-256 anyone can compute no longer seals a record: the MAC needs the key (issue 13)."""
    from server.audit.models import AuditRecord
    from server.audit.service import record_hash

    _sign_in_a_few(client)
    with platform.db.write() as db:
        rec = db.get(AuditRecord, 8)
        rec.actor_name = "forger"
        rec.hash = record_hash(rec.prev_hash, rec.seq, rec.at, rec.actor_id, rec.actor_name, rec.action,
                               rec.object_type, rec.object_id, rec.before, rec.after, rec.client_addr, rec.request_id)
        db.commit()
    result = _verify_cli(platform)
    assert result.returncode == 1 and "seq=8" in result.stdout and "edited" in result.stdout


def test_the_chain_check_is_also_offered_to_auditors_over_the_api(client, platform):
    tokens = _sign_in_a_few(client, ("auditor",))
    auth = {"Authorization": f"Bearer {tokens['auditor']}"}
    assert client.get(f"{API}/audit/verify", headers=auth).json()["ok"] is True
    with platform.db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_records SET action = 'x' WHERE seq = 2"))
    check = client.get(f"{API}/audit/verify", headers=auth).json()
    assert check["ok"] is False and check["first_broken_seq"] == 2


def test_concurrent_state_changes_keep_the_chain_whole(live_url, platform):
    """Many sign-ins at once on a real server: every record sealed, no seq twice, chain intact."""
    from concurrent.futures import ThreadPoolExecutor

    import requests

    users = ["risk", "risklead", "finance", "finlead", "admin", "auditor", "service"]

    def sign_in(user):
        return requests.post(f"{live_url}{API}/auth/login", json=sign_in_body(user), timeout=30).status_code

    with ThreadPoolExecutor(7) as pool:
        assert list(pool.map(sign_in, users)) == [200] * 7
    from server.audit.service import verify_chain

    with platform.db.read() as db:
        check = verify_chain(db)
    assert check.ok and check.checked == 7 + 7  # the 7 demo users seeded, then 7 sign-ins


def test_the_listing_names_people_and_roles_beside_their_codes_in_the_readers_language(client):
    from tests.server.test_administration import Admin

    admin = Admin(client)
    client.post(f"{API}/auth/login", json=sign_in_body("risk"))
    signed_in = admin.get("/audit", params={"action": "auth.signed_in", "actor": "risk"}).json()
    risk = signed_in["items"][0]
    assert risk["object_type"] == "user" and risk["object_id"].isdigit()  # codes stay on the wire
    assert risk["object_label"] == "李明" and risk["actor_label"] == "李明"  # the demo risk officer
    made = admin.call("POST", "/roles", sensitive=True, json={"name": "recon_viewer", "label_zh": "对账查看",
                                                               "label_en": "Recon viewer", "permissions": ["recon.read"]})
    query = {"action": "staff.role_created", "object_id": str(made.json()["id"])}
    zh = admin.get("/audit", params=query).json()["items"][0]
    en = admin.client.get(f"{API}/audit", params=query, headers=admin.headers | {"Accept-Language": "en"}).json()
    assert (zh["object_label"], en["items"][0]["object_label"]) == ("对账查看", "Recon viewer")
    assert zh["actor_label"] and zh["actor_name"] == "admin"
    sessions = admin.get("/audit", params={"object_type": "session"}).json()["items"]
    assert sessions and all(r["object_label"] for r in sessions)  # "王芳", never "session 4"
