"""What `python -m server run --workers N` hands to each worker process.

The workers are spawned (a fresh interpreter each), so what crosses to them is pickled: the settings and, by
name, the two things below. Everything a worker must agree on with the others lives in the database: rate-limit
counters (server/rate_limits.py), the sign-in generation (server/access.py), the audit chain's order (sealed under
the chain's lock at commit, server/audit/service.py) and the scheduler's lease (server/scheduler/lease.py).
"""

import gc
import socket
import ssl
import sys

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


def reuse_port_available() -> bool:
    """Whether each worker may listen on a socket of its own (Linux's SO_REUSEPORT, which spreads connections
    evenly over the sockets listening on one port)."""
    return sys.platform.startswith("linux") and hasattr(socket, "SO_REUSEPORT")


def listen_reusing_port(family: int, address: tuple) -> socket.socket:
    """A worker's own listening socket on the port its supervisor reserved."""
    # IPPROTO_TCP explicitly: asyncio sets TCP_NODELAY only on sockets that say so (see server/__main__.py).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind(address)
    sock.listen(128)
    return sock


class OwnSocket:
    """Handed to every worker in place of a shared socket: unpickled in the worker as a listening socket of its
    own on the same port (`listen_reusing_port`), so that a worker started again gets one as well.

    Workers sharing one listening socket take connections greedily: whichever wakes first accepts all that are
    waiting, and a client opening its 16 keep-alive connections at once often found them all in one worker while
    the other idled (measured: 640-670 recharges/s against 930 with one worker). With a socket each, the kernel
    spreads the connections over the workers."""

    def __init__(self, family: int, address: tuple):
        self.family, self.address = family, address

    def __reduce__(self):
        return listen_reusing_port, (self.family, self.address)
