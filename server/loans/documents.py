"""Documents attached to applications (ID card scans, income proof, contracts): images and PDFs.

Files are stored by the SHA-256 of their content in the data folder (the same file attached twice is
stored once), sealed with the personal-data key ring (AES-256-GCM, server/security/pii.py); a file
stored before that (no seal marker) is still read as it is, and sealed by the next `rotate-pii-key`.
The database keeps what they are and who attached them. The type is taken from the file's content,
never from the name or the header the client sent, and the whole file must parse as that type.

Identity documents (IDENTITY_KINDS) are personal data: only a holder of `pii.view` receives their
content, and every time it is served is audited as a reveal; others see that the document exists.
"""

import hashlib
import io
import os
import warnings
from pathlib import Path

from sqlalchemy.orm import Session

from server.audit.service import Auditor
from server.errors import Forbidden, NotFound, ValidationFailed
from server.loans.models import LoanApplication, LoanDocument
from server.loans.risk import DOCUMENT_KINDS
from server.messages import Word, _, render
from server.security import pii

MAX_BYTES = 10 * 1024 * 1024
MAX_PIXELS = 50_000_000  # a scan is a few megapixels; more is a decompression bomb
KINDS = ("id_card", "income_proof", "contract", "collateral", "other")
IDENTITY_KINDS = frozenset({"id_card"})
_SIGNATURES = ((b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff", "image/jpeg"), (b"%PDF-", "application/pdf"))


def sniff(content: bytes) -> str | None:
    return next((kind for magic, kind in _SIGNATURES if content.startswith(magic)), None)


def needs_pii_view(kind: str) -> bool:
    return kind in IDENTITY_KINDS


def _reason(code: str, text: str, **params) -> Word:
    """Why a file is unreadable, as a word of the refusal's sentence in either language."""
    return Word(code, render(text, "en", params), render(text, "zh_CN", params))


def why_unreadable(content: bytes, content_type: str) -> Word | None:
    """None when the whole file parses as `content_type`; otherwise why not, in a few words (English and
    Chinese)."""
    if content_type == "application/pdf":
        from pypdf import PdfReader

        if b"%%EOF" not in content[-1024:]:
            return _reason("pdf_unterminated", _("the PDF does not end with %%EOF (something follows or the file is cut "
                                                 "short)"))
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                pages = len(PdfReader(io.BytesIO(content), strict=True).pages)
        except Exception as error:  # pypdf raises many kinds for a broken file
            return _reason("pdf_broken", _("the PDF's structure is broken ({detail})"),
                           detail=str(error)[:120] or type(error).__name__)
        return None if pages else _reason("pdf_no_pages", _("the PDF has no pages"))
    from PIL import Image

    expected = {"image/png": "PNG", "image/jpeg": "JPEG"}[content_type]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(content), formats=[expected]) as image:
                if image.width * image.height > MAX_PIXELS:
                    return _reason("image_too_large", _("the image is too large ({width}×{height} pixels)"),
                                   width=image.width, height=image.height)
                image.load()
    except Exception as error:
        return _reason("image_undecodable", _("the image cannot be decoded ({detail})"),
                       detail=str(error)[:120] or type(error).__name__)
    return None


def store_dir(data_dir: Path) -> Path:
    path = Path(data_dir) / "documents"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _purpose(digest: str) -> str:
    return f"loan.document:{digest}"


def _write(target: Path, blob: bytes) -> None:
    tmp = target.with_suffix(".part")
    tmp.write_bytes(blob)
    os.replace(tmp, target)


def _is_sealed_file(path: Path) -> bool:
    with open(path, "rb") as f:
        return pii.is_sealed(f.read(len(pii.FILE_MAGIC)))


def store(data_dir: Path, content: bytes) -> str:
    """Seals and stores a file (once per content); returns its SHA-256."""
    digest = hashlib.sha256(content).hexdigest()
    target = store_dir(data_dir) / digest
    if not target.exists() or not _is_sealed_file(target):
        _write(target, pii.active_ring().seal_bytes(content, _purpose(digest)))
    return digest


def read_stored(data_dir: Path, digest: str) -> bytes:
    path = store_dir(data_dir) / digest
    if not path.exists():
        raise NotFound(_("The document's file is missing from the server's store."), code="document_file_missing")
    blob = path.read_bytes()
    if pii.is_sealed(blob):
        try:
            blob = pii.active_ring().open_bytes(blob, _purpose(digest))
        except pii.KeyRingError:
            raise NotFound(_("The document's file cannot be decrypted."), code="document_corrupt") from None
    if hashlib.sha256(blob).hexdigest() != digest:
        raise NotFound(_("The document's file does not match its recorded checksum."), code="document_corrupt")
    return blob


def reseal_all(data_dir: Path) -> int:
    """Re-encrypts every stored file with the active key (plain files from before encryption included);
    returns how many files were written. Run by `python -m server rotate-pii-key`."""
    ring = pii.active_ring()
    folder = Path(data_dir) / "documents"
    count = 0
    for path in sorted(folder.iterdir()) if folder.is_dir() else ():
        if not path.is_file() or path.suffix == ".part":
            continue
        blob = path.read_bytes()
        if ring.sealed_key_id(blob) == ring.active:
            continue
        content = ring.open_bytes(blob, _purpose(path.name)) if pii.is_sealed(blob) else blob
        _write(path, ring.seal_bytes(content, _purpose(path.name)))
        count += 1
    return count


def attach(db: Session, audit: Auditor, data_dir: Path, actor: str, app_id: int, kind: str, filename: str,
           content: bytes) -> LoanDocument:
    app = db.get(LoanApplication, app_id)
    if app is None:
        raise NotFound(_("No such application."), code="application_not_found")
    if kind not in KINDS:
        raise ValidationFailed(_("The document kind is one of {kinds}."), code="document_kind_invalid",
                               params={"kinds": Word(", ".join(KINDS), ", ".join(render(DOCUMENT_KINDS[k], "en") for k in KINDS),
                                                     "、".join(render(DOCUMENT_KINDS[k], "zh_CN") for k in KINDS))})
    if not content:
        raise ValidationFailed(_("The file is empty."), code="document_empty")
    if len(content) > MAX_BYTES:
        raise ValidationFailed(_("Documents are limited to 10 MB."), code="document_too_large")
    content_type = sniff(content)
    if content_type is None:
        raise ValidationFailed(_("{filename}: only PNG, JPEG and PDF files can be attached."), code="document_type",
                               params={"filename": filename})
    reason = why_unreadable(content, content_type)
    if reason is not None:
        raise ValidationFailed(_("{filename} starts like a {kind} file but is not one: {reason}."),
                               code="document_malformed", params={"filename": filename, "reason": reason,
                                                                  "kind": content_type.split("/")[1].upper()})
    digest = store(data_dir, content)
    doc = LoanDocument(application_id=app.id, kind=kind, filename=Path(filename).name[:200] or "document",
                       content_type=content_type, size=len(content), sha256=digest, uploaded_by=actor)
    db.add(doc)
    db.flush()
    audit.record("loan.document_attached", "loan_application", app.number,
                 after={"document": doc.id, "kind": kind, "filename": doc.filename, "sha256": digest})
    return doc


def view(doc: LoanDocument, can_see_pii: bool) -> dict:
    """A document as a list shows it: an identity document is `masked` for someone without pii.view."""
    return {"id": doc.id, "kind": doc.kind, "filename": doc.filename, "content_type": doc.content_type,
            "size": doc.size, "masked": needs_pii_view(doc.kind) and not can_see_pii}


def content_of(db: Session, data_dir: Path, document_id: int, can_see_pii: bool = True,
               audit: Auditor | None = None) -> tuple[LoanDocument, bytes]:
    """The document and its content. An identity document needs pii.view, and serving it is recorded
    on `audit` as a reveal of personal data (the caller seals and commits it)."""
    doc = db.get(LoanDocument, document_id)
    if doc is None:
        raise NotFound(_("No such document."), code="document_not_found")
    if needs_pii_view(doc.kind):
        if not can_see_pii:
            raise Forbidden(_("This is an identity document: viewing it needs the permission to view personal "
                              "data (pii.view)."), code="pii_view_required")
        if audit is None:
            raise RuntimeError("serving an identity document must be audited")
    content = read_stored(data_dir, doc.sha256)
    if needs_pii_view(doc.kind):
        app = db.get(LoanApplication, doc.application_id)
        audit.record("pii.revealed", "loan_document", doc.id,
                     after={"application": app.number if app else None, "kind": doc.kind, "fields": ["content"]})
    return doc, content
