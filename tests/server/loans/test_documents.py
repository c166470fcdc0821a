"""Documents attached to applications: images and PDFs, stored by the server, served to reviewers."""

import base64
import io

from pypdf import PdfWriter


def _one_page_pdf() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(200, 100)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# A real 1×1 PNG and a real one-page PDF.
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
PDF = _one_page_pdf()


def _attach(staff, app, kind, filename, content, user="risklead"):
    return staff(user).client.post(f"/api/v1/loans/applications/{app['id']}/documents",
                                   params={"kind": kind, "filename": filename}, content=content,
                                   headers=staff(user).headers | {"content-type": "application/octet-stream"})


def test_scans_and_pdfs_are_attached_listed_and_served_back_unchanged(staff, apply):
    app = apply()
    png = _attach(staff, app, "id_card", "身份证正面.png", PNG)
    pdf = _attach(staff, app, "income_proof", "收入证明.pdf", PDF)
    assert png.status_code == 201 and png.json()["content_type"] == "image/png"
    assert pdf.json()["content_type"] == "application/pdf" and pdf.json()["size"] == len(PDF)
    lead = staff("risklead")  # holds pii.view: the ID card scan is served to them
    detail = lead.get(f"/loans/applications/{app['id']}").json()
    assert [(d["kind"], d["filename"]) for d in detail["documents"]] == [("id_card", "身份证正面.png"),
                                                                         ("income_proof", "收入证明.pdf")]
    served = lead.get(f"/loans/documents/{png.json()['id']}/content")
    assert served.status_code == 200 and served.content == PNG and served.headers["content-type"] == "image/png"
    assert "no-store" in served.headers["cache-control"]
    # the documents rule of the risk assessment sees them on reassessment
    reassessed = staff("risk").post(f"/loans/applications/{app['id']}/assessment").json()
    assert "documents" not in {h["rule"] for h in reassessed["risk"]["hits"]}


def test_files_that_are_not_images_or_pdfs_are_refused_whatever_their_name(staff, apply):
    app = apply()
    fake = _attach(staff, app, "id_card", "scan.png", b"MZ\x90\x00 this is an executable")
    assert fake.status_code == 422 and fake.json()["code"] == "document_type"
    assert "scan.png" in fake.json()["detail"]
    assert _attach(staff, app, "selfie", "a.png", PNG).json()["code"] == "document_kind_invalid"


def test_documents_over_ten_megabytes_are_refused(staff, apply):
    app = apply()
    big = _attach(staff, app, "contract", "big.pdf", b"%PDF-" + b"0" * (10 * 1024 * 1024 + 10))
    assert big.status_code == 413


def test_customer_service_cannot_attach_but_reviewers_read(staff, apply):
    app = apply()
    assert _attach(staff, app, "income_proof", "x.pdf", PDF, user="service").status_code == 403
    doc = _attach(staff, app, "income_proof", "x.pdf", PDF).json()
    assert staff("auditor").get(f"/loans/documents/{doc['id']}/content").status_code == 200
    assert staff("finance").get(f"/loans/documents/{doc['id']}/content").status_code == 403


def test_the_demo_attaches_its_sample_scan_and_pdf_to_applications_in_review(staff, platform):
    from server.loans.demo import seed_loans
    from server.loans.demo_documents import attach_demo_documents

    with platform.db.write() as db:
        seed_loans(db, 60)
        attached = attach_demo_documents(db, platform.settings.data_dir)
        db.commit()
    risk = staff("risklead")
    in_review = risk.get("/loans/applications", params={"scope": "all", "state": ["submitted", "second_review",
                                                                                  "returned"]}).json()["total"]
    assert in_review and attached == 2 * in_review
    waiting = risk.get("/loans/applications", params={"scope": "all", "state": "submitted", "sort": "number"}).json()
    detail = risk.get(f"/loans/applications/{waiting['items'][0]['id']}").json()
    kinds = {d["kind"]: d for d in detail["documents"]}
    assert set(kinds) == {"id_card", "income_proof"}
    scan = risk.get(f"/loans/documents/{kinds['id_card']['id']}/content")
    proof = risk.get(f"/loans/documents/{kinds['income_proof']['id']}/content")
    assert scan.content.startswith(b"\x89PNG") and proof.content.startswith(b"%PDF-")
    assert len(proof.content) == kinds["income_proof"]["size"]
