"""The secrets a person holds, kept only as slow salted hashes (Argon2id, argon2-cffi), and the
person's Ed25519 signing key, its private half encrypted under their passphrase (cryptography).

Codes an officer issues or the workspace shows once (one-time codes, the recovery code) are random
and typed by people, so they use an alphabet without look-alikes and are grouped for reading.
"""

from __future__ import annotations

import base64
import secrets as random

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from coopeval.i18n import _

# RFC 9106's second recommended option (64 MiB, 3 passes), with 2 lanes for a modest desktop.
_HASHER = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=2)
_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L


def hash_secret(secret: str) -> str:
    return _HASHER.hash(secret)


def check_secret(stored: str | None, secret: str) -> bool:
    if not stored:
        return False
    try:
        return _HASHER.verify(stored, secret)
    except (VerificationError, InvalidHashError):
        return False


def new_code(groups: int = 4) -> str:
    """A code for a person to type: groups of four from an alphabet without look-alikes."""
    return "-".join("".join(random.choice(_CODE_ALPHABET) for _ in range(4)) for _ in range(groups))


def normal_code(code: str) -> str:
    """A typed code as it was issued: upper case, no spaces, dashes where they belong."""
    letters = "".join(ch for ch in code.upper() if ch.isalnum())
    return "-".join(letters[i:i + 4] for i in range(0, len(letters), 4))


def new_key_pair(passphrase: str) -> tuple[str, str]:
    """(public key as base64, private key as PKCS#8 PEM encrypted under `passphrase`)."""
    key = Ed25519PrivateKey.generate()
    public = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    private = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.BestAvailableEncryption(passphrase.encode("utf-8")))
    return base64.b64encode(public).decode("ascii"), private.decode("ascii")


def private_key(pem: str, passphrase: str) -> Ed25519PrivateKey:
    key = serialization.load_pem_private_key(pem.encode("ascii"), password=passphrase.encode("utf-8"))
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError(_("not an Ed25519 key"))
    return key


def public_key(text: str) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(base64.b64decode(text))
