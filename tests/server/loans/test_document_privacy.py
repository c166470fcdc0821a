"""Documents are personal data (issue 13): ID card scans only for pii.view holders, every view of one
audited as a reveal; every file sealed on disk with the personal-data key ring; a file accepted only when
it parses whole as what its first bytes claim; and no answer sniffed into another type."""

import hashlib

import pytest

from server.loans import documents
from server.security import pii
from tests.server.loans.test_documents import PDF, PNG, _attach


def _stored(platform, content: bytes):
    return documents.store_dir(platform.settings.data_dir) / hashlib.sha256(content).hexdigest()


def test_staff_without_pii_view_see_that_an_id_card_scan_exists_but_cannot_download_it(staff, apply):
    app = apply()
    scan = _attach(staff, app, "id_card", "身份证正面.png", PNG).json()
    proof = _attach(staff, app, "income_proof", "收入证明.pdf", PDF).json()
    for user in ("risk", "auditor", "service"):  # loan.read, no pii.view
        listed = {d["kind"]: d for d in staff(user).get(f"/loans/applications/{app['id']}").json()["documents"]}
        assert listed["id_card"]["masked"] and listed["id_card"]["filename"] == "身份证正面.png"
        assert not listed["income_proof"]["masked"]
        refused = staff(user).get(f"/loans/documents/{scan['id']}/content")
        assert refused.status_code == 403 and refused.json()["code"] == "pii_view_required"
        assert "身份证件" in refused.json()["detail"] and PNG not in refused.content
        assert staff(user).get(f"/loans/documents/{proof['id']}/content").content == PDF
    lead = staff("risklead")
    assert not any(d["masked"] for d in lead.get(f"/loans/applications/{app['id']}").json()["documents"])
    assert lead.get(f"/loans/documents/{scan['id']}/content").content == PNG


def test_every_view_of_an_identity_document_is_audited_as_a_reveal_and_other_documents_are_not(staff, apply):
    app = apply()
    scan = _attach(staff, app, "id_card", "身份证正面.png", PNG).json()
    proof = _attach(staff, app, "income_proof", "收入证明.pdf", PDF).json()

    def reveals():
        return staff("auditor").get("/audit", params={"action": "pii.revealed", "page_size": 200}).json()["items"]

    before = len(reveals())
    lead = staff("risklead")
    lead.get(f"/loans/documents/{scan['id']}/content")
    lead.get(f"/loans/documents/{scan['id']}/content")
    lead.get(f"/loans/documents/{proof['id']}/content")
    staff("risk").get(f"/loans/documents/{scan['id']}/content")  # refused: nothing revealed
    records = reveals()
    assert len(records) == before + 2
    newest = records[0]
    assert newest["actor_name"] == "risklead" and newest["object_type"] == "loan_document"
    assert newest["object_id"] == str(scan["id"]) and newest["after"]["application"] == app["number"]


def test_documents_are_sealed_on_disk_and_served_decrypted(staff, apply, platform):
    app = apply()
    scan = _attach(staff, app, "id_card", "身份证正面.png", PNG).json()
    on_disk = _stored(platform, PNG).read_bytes()
    assert on_disk.startswith(pii.FILE_MAGIC) and PNG not in on_disk and b"IHDR" not in on_disk
    assert staff("risklead").get(f"/loans/documents/{scan['id']}/content").content == PNG
    # a sealed file moved under another document's name does not open
    proof = _attach(staff, app, "income_proof", "收入证明.pdf", PDF)
    _stored(platform, PDF).write_bytes(on_disk)
    broken = staff("risk").get(f"/loans/documents/{proof.json()['id']}/content")
    assert broken.status_code == 404 and broken.json()["code"] == "document_corrupt"


def test_a_plain_file_from_before_encryption_is_still_served_and_sealed_by_key_rotation(staff, apply, platform,
                                                                                           monkeypatch, tmp_path):
    app = apply()
    scan = _attach(staff, app, "id_card", "身份证正面.png", PNG).json()
    stored = _stored(platform, PNG)
    stored.write_bytes(PNG)  # as a document attached before files were encrypted lies on disk
    assert staff("risklead").get(f"/loans/documents/{scan['id']}/content").content == PNG

    shared = pii.active_ring()  # rotate on a copy of the ring, so that other tests keep theirs
    ring = pii.KeyRing(tmp_path / "rotated-keys.json", shared.active, dict(shared.keys), shared.index_key)
    monkeypatch.setattr(pii, "_active", ring)
    new_key = ring.add_key()
    assert documents.reseal_all(platform.settings.data_dir) >= 1
    assert ring.sealed_key_id(stored.read_bytes()) == new_key and PNG not in stored.read_bytes()
    assert documents.reseal_all(platform.settings.data_dir) == 0  # every file already under the active key
    assert staff("risklead").get(f"/loans/documents/{scan['id']}/content").content == PNG


@pytest.mark.parametrize("name, content, reason", [
    ("statement.pdf", b"%PDF-1.4\n<html><body><script>alert(document.cookie)</script></body></html>\n", "%%EOF"),
    ("statement.pdf", PDF + b"\n<html><script>alert(1)</script></html>\n" + b" " * 2000, "%%EOF"),
    ("statement.pdf", b"%PDF-1.7\n<html><script>alert(1)</script></html>\n%%EOF\n", "结构已损坏"),
    ("scan.png", PNG[:40], "图片无法解码"),
    ("scan.png", PNG[:8] + b"<html><script>alert(1)</script></html>", "图片无法解码"),
    ("scan.jpg", b"\xff\xd8\xff\xe0<html><script>alert(1)</script></html>", "图片无法解码"),
])
def test_a_file_that_only_starts_like_a_pdf_or_an_image_is_refused_saying_why(staff, apply, name, content, reason):
    app = apply()
    refused = _attach(staff, app, "income_proof", name, content)
    assert refused.status_code == 422 and refused.json()["code"] == "document_malformed"
    assert name in refused.json()["detail"] and reason in refused.json()["detail"]
    assert staff("risk").get(f"/loans/applications/{app['id']}").json()["documents"] == []


def test_every_answer_tells_browsers_not_to_sniff_the_type(staff, apply, client):
    app = apply()
    proof = _attach(staff, app, "income_proof", "收入证明.pdf", PDF).json()
    answers = [staff("risk").get(f"/loans/documents/{proof['id']}/content"),
               staff("risk").get(f"/loans/applications/{app['id']}"),
               staff("risk").get("/loans/documents/999999/content"),
               client.get("/api/v1/health"), client.get("/api/v1/loans/applications"), client.get("/nowhere")]
    assert [a.headers.get("x-content-type-options") for a in answers] == ["nosniff"] * len(answers)
