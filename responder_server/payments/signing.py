"""RSA-SHA256 (PKCS#1 v1.5) signing and checking, and the keys' files, shared by WeChat
Pay API v3 and Alipay RSA2 (both use the same primitive over different strings); RSA-OAEP
for WeChat Pay's sensitive fields."""

from __future__ import annotations

import base64
import binascii
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


class KeyFileError(ValueError):
    """A key file that cannot be read; the message names the file, never its content."""


def _pem(text: str, kind: str) -> bytes:
    """Alipay's console hands out bare base64 keys; accept those as well as PEM."""
    text = text.strip()
    if text.startswith("-----"):
        return text.encode()
    return f"-----BEGIN {kind}-----\n{text}\n-----END {kind}-----\n".encode()


def load_private_key(path: Path) -> rsa.RSAPrivateKey:
    try:
        key = serialization.load_pem_private_key(_pem(path.read_text(), "PRIVATE KEY"), None)
    except (OSError, ValueError, TypeError) as exc:
        raise KeyFileError(f"{path}: not a readable RSA private key ({type(exc).__name__})"
                           ) from None
    if not isinstance(key, rsa.RSAPrivateKey):
        raise KeyFileError(f"{path}: not an RSA private key")
    return key


def load_public_key(path: Path) -> tuple[rsa.RSAPublicKey, str | None]:
    """A public key, or a certificate's (then also its serial, upper-case hex, the way
    WeChat Pay names its platform certificates)."""
    try:
        text = path.read_text()
        serial: str | None = None
        key: object
        if "CERTIFICATE" in text:
            cert = x509.load_pem_x509_certificate(text.encode())
            key = cert.public_key()
            serial = f"{cert.serial_number:X}"
        else:
            key = serialization.load_pem_public_key(_pem(text, "PUBLIC KEY"))
    except (OSError, ValueError, TypeError) as exc:
        raise KeyFileError(f"{path}: not a readable RSA public key or certificate "
                           f"({type(exc).__name__})") from None
    if not isinstance(key, rsa.RSAPublicKey):
        raise KeyFileError(f"{path}: not an RSA key")
    return key, serial


def sign(key: rsa.RSAPrivateKey, message: bytes) -> str:
    return base64.b64encode(key.sign(message, padding.PKCS1v15(), hashes.SHA256())).decode()


def encrypt_oaep(key: rsa.RSAPublicKey, text: str) -> str:
    """WeChat Pay's sensitive fields: RSA-OAEP (SHA-1, MGF1 SHA-1), base64."""
    return base64.b64encode(key.encrypt(text.encode(), padding.OAEP(
        mgf=padding.MGF1(hashes.SHA1()), algorithm=hashes.SHA1(), label=None))).decode()


def verify(key: rsa.RSAPublicKey, message: bytes, signature: str) -> bool:
    try:
        key.verify(base64.b64decode(signature, validate=True), message, padding.PKCS1v15(),
                   hashes.SHA256())
    except (InvalidSignature, binascii.Error, ValueError):
        return False
    return True
