"""Imports every area's tables so that the metadata (and Alembic) sees the whole schema."""

from server.audit import models as _audit  # noqa: F401
from server.auth import models as _auth  # noqa: F401
from server.backups import models as _backups  # noqa: F401
from server.customers import models as _customers  # noqa: F401
from server.customers import service_models as _customer_service  # noqa: F401
from server.golive import runs as _golive  # noqa: F401
from server.db.base import Base
from server.ledger import models as _ledger  # noqa: F401
from server.loans import models as _loans  # noqa: F401
from server.loans.after import models as _after_loan  # noqa: F401
from server.monitoring import delivery_models as _alert_delivery  # noqa: F401
from server.monitoring import models as _monitoring  # noqa: F401
from server.monitoring import request_stats as _request_stats  # noqa: F401
from server.notifications import models as _notifications  # noqa: F401
from server.reconciliation import models as _reconciliation  # noqa: F401
from server import idempotency as _idempotency  # noqa: F401
from server import rate_limits as _rate_limits  # noqa: F401
from server.scheduler import models as _scheduler  # noqa: F401
from server.staff import models as _staff  # noqa: F401
from server.staff import recovery_models as _staff_recovery  # noqa: F401
from server.withdrawals import models as _withdrawals  # noqa: F401

metadata = Base.metadata
