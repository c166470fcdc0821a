"""Certificates are always verified; a pinned fingerprint that does not match refuses the connection."""

import hashlib
import ssl

import pytest

from app.services import errors
from app.services.api_client import ApiClient
from app.services.messages import describe
from tests.server.test_command_line import _self_signed, _start


@pytest.fixture(scope="module")
def https_platform(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("tls")
    certfile, keyfile = _self_signed(tmp)
    process, url = _start(["--database-url", f"sqlite:///{tmp / 'p.db'}", "run", "--port", "0",
                           "--certfile", str(certfile), "--keyfile", str(keyfile)], tmp)
    yield url, certfile
    process.terminate()
    process.wait(10)


def _fingerprint(certfile) -> str:
    der = ssl.PEM_cert_to_DER_cert(certfile.read_text())
    return hashlib.sha256(der).hexdigest()


def test_an_unknown_certificate_is_refused(https_platform):
    url, _cert = https_platform
    with pytest.raises(errors.CertificateRejected) as refused:
        ApiClient(url).health()
    assert "certificate" in describe(refused.value)


def test_a_private_ca_bundle_and_the_right_pin_connect(https_platform):
    url, cert = https_platform
    assert ApiClient(url, ca_bundle=str(cert)).health().ok
    assert ApiClient(url, ca_bundle=str(cert), pinned_sha256=_fingerprint(cert)).health().ok


def test_a_pin_that_does_not_match_refuses_the_connection(https_platform):
    url, cert = https_platform
    with pytest.raises(errors.CertificateRejected):
        ApiClient(url, ca_bundle=str(cert), pinned_sha256="00" * 32).health()
