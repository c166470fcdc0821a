"""Documents attached to applications (ID card scans, income proof, contracts): images and PDFs.

Files are stored by their SHA-256 in the data folder (the same file attached twice is stored once);
the database keeps what they are and who attached them. The type is taken from the file's first
bytes, never from the name or the header the client sent.
"""

import hashlib
from pathlib import Path

from sqlalchemy.orm import Session

from server.audit.service import Auditor
from server.errors import NotFound, ValidationFailed
from server.loans.models import LoanApplication, LoanDocument

MAX_BYTES = 10 * 1024 * 1024
KINDS = ("id_card", "income_proof", "contract", "collateral", "other")
_SIGNATURES = ((b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff", "image/jpeg"), (b"%PDF-", "application/pdf"))


def sniff(content: bytes) -> str | None:
    return next((kind for magic, kind in _SIGNATURES if content.startswith(magic)), None)


def store_dir(data_dir: Path) -> Path:
    path = Path(data_dir) / "documents"
    path.mkdir(parents=True, exist_ok=True)
    return path


def attach(db: Session, audit: Auditor, data_dir: Path, actor: str, app_id: int, kind: str, filename: str,
           content: bytes) -> LoanDocument:
    app = db.get(LoanApplication, app_id)
    if app is None:
        raise NotFound("No such application.", code="application_not_found")
    if kind not in KINDS:
        raise ValidationFailed(f"The document kind is one of {', '.join(KINDS)}.", code="document_kind_invalid")
    if not content:
        raise ValidationFailed("The file is empty.", code="document_empty")
    if len(content) > MAX_BYTES:
        raise ValidationFailed("Documents are limited to 10 MB.", code="document_too_large")
    content_type = sniff(content)
    if content_type is None:
        raise ValidationFailed(f"{filename}: only PNG, JPEG and PDF files can be attached.", code="document_type")
    digest = hashlib.sha256(content).hexdigest()
    target = store_dir(data_dir) / digest
    if not target.exists():
        tmp = target.with_suffix(".part")
        tmp.write_bytes(content)
        tmp.replace(target)
    doc = LoanDocument(application_id=app.id, kind=kind, filename=Path(filename).name[:200] or "document",
                       content_type=content_type, size=len(content), sha256=digest, uploaded_by=actor)
    db.add(doc)
    db.flush()
    audit.record("loan.document_attached", "loan_application", app.number,
                 after={"document": doc.id, "kind": kind, "filename": doc.filename, "sha256": digest})
    return doc


def content_of(db: Session, data_dir: Path, document_id: int) -> tuple[LoanDocument, bytes]:
    doc = db.get(LoanDocument, document_id)
    if doc is None:
        raise NotFound("No such document.", code="document_not_found")
    path = store_dir(data_dir) / doc.sha256
    if not path.exists():
        raise NotFound("The document's file is missing from the server's store.", code="document_file_missing")
    content = path.read_bytes()
    if hashlib.sha256(content).hexdigest() != doc.sha256:
        raise NotFound("The document's file does not match its recorded checksum.", code="document_corrupt")
    return doc, content
