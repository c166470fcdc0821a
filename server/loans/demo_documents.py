"""Demo documents: the synthetic ID card scan and income proof in `resources/demo-documents/` attached to
the applications that wait for review, so that the console's documents viewer has real files to show.

The files are stored once (by SHA-256, as uploads are) and referenced by every application; rows are
bulk-inserted, so a million-application demo still seeds in about the same time.
"""

from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from server.loans.documents import sniff, store
from server.loans.lifecycle import REVIEW_STATES, State
from server.loans.models import LoanApplication, LoanDocument

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "demo-documents"
FILES = (("id_card", "id-card-sample.png", "身份证（演示样本）.png"),
         ("income_proof", "income-proof-sample.pdf", "收入证明（演示样本）.pdf"))


def attach_demo_documents(db: Session, data_dir: Path, limit: int = 5000, samples: Path = SAMPLES) -> int:
    """Attaches the samples to the first `limit` applications in review; returns how many documents were
    attached (0 when the samples are not shipped with this installation)."""
    stored = []
    for kind, name, shown_name in FILES:
        path = samples / name
        if not path.exists():
            return 0
        content = path.read_bytes()
        digest = store(data_dir, content)
        stored.append((kind, shown_name, sniff(content), len(content), digest))
    states = [s.value for s in (*REVIEW_STATES, State.RETURNED)]
    ids = db.scalars(select(LoanApplication.id).where(LoanApplication.state.in_(states))
                     .order_by(LoanApplication.id).limit(limit)).all()
    rows = [{"application_id": app_id, "kind": kind, "filename": shown_name, "content_type": content_type,
             "size": size, "sha256": digest, "uploaded_by": "demo"}
            for app_id in ids for kind, shown_name, content_type, size, digest in stored]
    if rows:
        db.execute(insert(LoanDocument), rows)
    return len(rows)
