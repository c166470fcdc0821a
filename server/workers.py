"""What `python -m server run --workers N` hands to each worker process.

The workers are spawned (a fresh interpreter each), so what crosses to them is pickled: the settings and, by
name, the two things below. Everything a worker must agree on with the others lives in the database: rate-limit
counters (server/rate_limits.py), the sign-in generation (server/access.py), the audit chain's order (sealed under
the chain's lock at commit, server/audit/service.py) and the scheduler's lease (server/scheduler/lease.py).
"""

import gc
import ssl

import uvicorn


class TlsConfig(uvicorn.Config):
    """uvicorn's Config, with TLS 1.2 as the lowest version (uvicorn has no setting for it). Each worker loads its
    own config, so the floor is set where the SSLContext is made, in every process."""

    def load(self) -> None:
        super().load()
        if self.ssl is not None:
            self.ssl.minimum_version = ssl.TLSVersion.TLSv1_2


def worker_app(settings):
    """The app of one worker (called in the worker by uvicorn, once)."""
    from server.app import create_app
    from server.platform import Platform

    app = create_app(platform=Platform.open(settings))
    # Modules, routes and models live as long as the process: keep them out of the cyclic collector's full scans.
    gc.freeze()
    return app
