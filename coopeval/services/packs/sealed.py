"""The sealed pack file: an evaluator pack on disk is encrypted under a pack passphrase, and a
returned pack is signed by its member.

Why not SQLCipher: it needs a non-standard SQLite build in every install (and in Python's `sqlite3`),
while a pack only has to be unreadable while it travels. So the pack stays an ordinary workspace
file while it is worked on, in a private temporary folder, and travels in this small container:

    offset  size  field
    0       8     magic  b"CEVPACK\\0"
    8       1     container version (1)
    9       1     scrypt log2(N)      (14..20)
    10      1     scrypt r            (1..16)
    11      1     scrypt p            (1..4)
    12      16    salt (random per file)
    28      7     nonce prefix (random per file)
    35      4     chunk size, big-endian (plaintext bytes per chunk, 4 KiB..16 MiB)
    39      16    passphrase check: SHA-256 of the second half of the scrypt output, first 16 bytes
    55      ...   chunks: AES-256-GCM ciphertext + 16-byte tag each

scrypt(passphrase, salt, N, r, p) gives 64 bytes: the first 32 are the AES-256 key, the second 32
only feed the passphrase check, which tells a wrong passphrase from a damaged file (it reveals
nothing the scrypt work does not already protect). Chunk i is sealed with the nonce
`prefix || i (4 bytes, big-endian) || last (1 byte: 1 on the final chunk, else 0)` and the
55-byte header as associated data, so the header cannot be altered, chunks cannot be reordered, dropped or
added, and a file cut short is noticed (the STREAM construction). Every chunk but the last is full.

The plaintext is `len(manifest) (4 bytes) || manifest (UTF-8 JSON) || the pack's SQLite file`. The
manifest of a returned pack holds the member's signature: Ed25519 over the canonical JSON of
`{"purpose", "pack_id", "member", "sha256"}`, where `sha256` is the digest of the SQLite file. An
exported or saved pack has an empty manifest (`{}`).
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import secrets
import shutil
import struct
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from coopeval.domain.identity import passphrase_problem
from coopeval.i18n import _
from coopeval.services.packs.common import NewerPackError, NotAPackError, PackError
from coopeval.storage.safe_files import atomic_write
from coopeval.storage.untrusted import PACK_MAGIC

MAGIC = PACK_MAGIC
VERSION = 1
HEADER = struct.Struct(">8sBBBB16s7sI16s")  # 55 bytes
LOG2_N, R, P = 15, 8, 1  # 32 MiB and about a tenth of a second per derivation
CHUNK = 1 << 20
TAG = 16
MAX_MANIFEST = 64 * 1024
PURPOSE = "coopeval-returned-pack"


class WrongPackPassphraseError(PackError):
    """The pack passphrase does not open this pack."""


@dataclass(frozen=True)
class Signature:
    """A returned pack's signature, as the manifest holds it."""

    pack_id: str
    member: str
    sha256: str
    signature: str  # base64

    def message(self) -> bytes:
        return signed_message(self.pack_id, self.member, self.sha256)

    def valid_for(self, public_key: Ed25519PublicKey) -> bool:
        try:
            public_key.verify(base64.b64decode(self.signature, validate=True), self.message())
        except (InvalidSignature, ValueError):
            return False
        return True


def signed_message(pack_id: str, member: str, sha256: str) -> bytes:
    return json.dumps({"purpose": PURPOSE, "pack_id": pack_id, "member": member, "sha256": sha256},
                      sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def sign(key: Ed25519PrivateKey, plain: Path, pack_id: str, member: str) -> Signature:
    sha = file_digest(plain)
    return Signature(pack_id, member, sha, base64.b64encode(key.sign(signed_message(pack_id, member, sha))).decode("ascii"))


def check_pack_passphrase(passphrase: str) -> None:
    """A new pack passphrase must follow the same rules as a person's passphrase."""
    problem = passphrase_problem(passphrase)
    if problem:
        raise PackError(problem.replace("A passphrase", "A pack passphrase").replace("That passphrase", "That pack passphrase"))


def _keys(passphrase: str, salt: bytes, log2_n: int, r: int, p: int) -> tuple[bytes, bytes]:
    """(the AES-256 key, the passphrase check)."""
    out = hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, n=1 << log2_n, r=r, p=p, dklen=64,
                         maxmem=256 * r * (1 << log2_n) + (1 << 20))
    return out[:32], hashlib.sha256(out[32:]).digest()[:16]


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + struct.pack(">IB", index, 1 if last else 0)


def seal(plain: Path, out: Path, passphrase: str, *, signature: Signature | None = None) -> Path:
    """Encrypt the SQLite file `plain` into `out` (written atomically) under `passphrase`."""
    salt, prefix = secrets.token_bytes(16), secrets.token_bytes(7)
    key, check = _keys(passphrase, salt, LOG2_N, R, P)
    header = HEADER.pack(MAGIC, VERSION, LOG2_N, R, P, salt, prefix, CHUNK, check)
    aead = AESGCM(key)
    manifest = json.dumps({"signature": signature.__dict__} if signature else {}, sort_keys=True).encode("utf-8")

    def write(fh: BinaryIO) -> None:
        fh.write(header)
        with plain.open("rb") as src:
            blocks = _blocks(struct.pack(">I", len(manifest)) + manifest, src)
            index, block = 0, next(blocks)
            while True:
                following = next(blocks, None)
                fh.write(aead.encrypt(_nonce(prefix, index, following is None), block, header))
                if following is None:
                    return
                index, block = index + 1, following

    return atomic_write(out, write, _("The evaluator pack {name}").format(name=out.name))


def _blocks(first: bytes, rest: BinaryIO) -> Iterator[bytes]:
    """`first` then the file, in CHUNK-sized blocks (the last may be shorter, or empty)."""
    buf = bytearray(first)
    while True:
        while len(buf) < CHUNK:
            piece = rest.read(CHUNK)
            if not piece:
                yield bytes(buf)
                return
            buf.extend(piece)
        yield bytes(buf[:CHUNK])
        del buf[:CHUNK]


def is_sealed(path: Path) -> bool:
    try:
        with Path(path).open("rb") as fh:
            return fh.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


@dataclass(frozen=True)
class Opened:
    """A decrypted pack: its SQLite file in a private temporary folder, and its manifest."""

    plain: Path
    signature: Signature | None
    sha256: str  # `file_digest(plain)`, computed from the bytes as they were written (no default: never left out)


def unseal(path: Path, passphrase: str, folder: Path) -> Opened:
    """Decrypt the pack at `path` into `folder` (which the caller made private and removes)."""
    path = Path(path).expanduser()
    name = path.name or str(path)
    if not path.is_file():
        raise NotAPackError(_("There is no evaluator pack at {path}.").format(path=path) if not path.exists() else _("{name} is not a file.").format(name=name))
    target = folder / "pack.coopeval"
    try:
        with path.open("rb") as fh:
            header = fh.read(HEADER.size)
            if len(header) < HEADER.size or header[:len(MAGIC)] != MAGIC:
                raise NotAPackError(
                    _("{name} is not an evaluator pack CoopEval wrote: a pack is encrypted, and this file is not. "
                    "Choose the .coopeval-pack file CoopEval exported or returned.").format(name=name))
            _magic, version, log2_n, r, p, salt, prefix, chunk, check = HEADER.unpack(header)
            if version > VERSION:
                raise NewerPackError(_("{name} was sealed by a newer CoopEval (container {version}); update CoopEval to open it.").format(name=name, version=version))
            if version != VERSION or not (14 <= log2_n <= 20 and 1 <= r <= 16 and 1 <= p <= 4
                                          and 4096 <= chunk <= 16 << 20):
                raise NotAPackError(_("{name} is damaged: its header is not one CoopEval writes.").format(name=name))
            key, expected = _keys(passphrase, salt, log2_n, r, p)
            if not hmac.compare_digest(expected, check):
                raise WrongPackPassphraseError(
                    _("That pack passphrase does not open {name}. Check it with the officer who exported the pack "
                    "(it is given separately from the file, e.g. by phone).").format(name=name))
            aead = AESGCM(key)
            index, manifest_bytes, need = 0, b"", None
            digest = hashlib.sha256()  # of the SQLite file, as it is written (no second read)
            with target.open("wb") as out:
                block = fh.read(chunk + TAG)
                while True:
                    following = fh.read(chunk + TAG) if len(block) == chunk + TAG else b""
                    last = not following
                    try:
                        data = aead.decrypt(_nonce(prefix, index, last), block, header)
                    except InvalidTag:
                        raise NotAPackError(_("{name} is damaged or incomplete (it was cut short or altered in "
                                            "copying or sending); ask for the pack again.").format(name=name)) from None
                    if need is None or len(manifest_bytes) < need:
                        manifest_bytes += data
                        if need is None and len(manifest_bytes) >= 4:
                            need = 4 + struct.unpack(">I", manifest_bytes[:4])[0]
                            if need > MAX_MANIFEST:
                                raise NotAPackError(_("{name} is damaged: it is not a pack CoopEval wrote.").format(name=name))
                        if need is not None and len(manifest_bytes) >= need:
                            out.write(manifest_bytes[need:])
                            digest.update(manifest_bytes[need:])
                            manifest_bytes = manifest_bytes[:need]
                    else:
                        out.write(data)
                        digest.update(data)
                    if last:
                        break
                    index, block = index + 1, following
    except OSError as exc:
        raise NotAPackError(_("{name} cannot be read: {value}.").format(name=name, value=exc.strerror or exc)) from None
    if need is None or len(manifest_bytes) < need:
        raise NotAPackError(_("{name} is damaged: it is not a pack CoopEval wrote.").format(name=name))
    return Opened(target, _signature(manifest_bytes[4:need], name), digest.hexdigest())


def _signature(raw: bytes, name: str) -> Signature | None:
    try:
        manifest: Any = json.loads(raw.decode("utf-8"))
        sig = manifest.get("signature") if isinstance(manifest, dict) else None
        if sig is None:
            return None
        fields = {k: sig[k] for k in ("pack_id", "member", "sha256", "signature")}
        if not all(isinstance(v, str) for v in fields.values()):
            raise TypeError
        return Signature(**fields)
    except (UnicodeDecodeError, ValueError, TypeError, KeyError, AttributeError):
        raise NotAPackError(_("{name} is damaged: its signature block is not one CoopEval writes.").format(name=name)) from None


def private_folder() -> Path:
    """A new temporary folder only this user can read (mkdtemp makes it 0700)."""
    return Path(tempfile.mkdtemp(prefix="coopeval-pack-"))


def remove_folder(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def decrypted(path: Path, passphrase: str) -> Iterator[Opened]:
    """The pack decrypted in a private temporary folder, deleted when the block ends."""
    folder = private_folder()
    try:
        yield unseal(path, passphrase, folder)
    finally:
        remove_folder(folder)


@dataclass
class WorkingPack:
    """A pack open for work (in the app): decrypted into a private folder; `save` seals the work
    back into the pack file under the same passphrase (unsigned: it is not returned yet); `discard`
    deletes the decrypted copy."""

    origin: Path
    passphrase: str
    folder: Path
    plain: Path

    def save(self) -> None:
        save_working_copy(self.plain, self.origin, self.passphrase)

    def discard(self) -> None:
        remove_folder(self.folder)


def open_working(path: str | Path, passphrase: str) -> WorkingPack:
    """Decrypt the pack at `path` for work; WrongPackPassphraseError names a wrong passphrase."""
    path = Path(path).expanduser().absolute()
    folder = private_folder()
    try:
        opened = unseal(path, passphrase, folder)
    except BaseException:
        remove_folder(folder)
        raise
    return WorkingPack(path, passphrase, folder, opened.plain)


@contextlib.contextmanager
def working_copy(path: Path, passphrase: str) -> Iterator[Path]:
    """Work on the pack: decrypted into a private folder, sealed back into `path` (under the same
    passphrase, unsigned: it is not returned yet) when the block ends without error, then deleted."""
    work = open_working(path, passphrase)
    try:
        yield work.plain
        work.save()
    finally:
        work.discard()


def save_working_copy(plain: Path, path: Path, passphrase: str) -> None:
    """Seal the working copy back into the pack file (after checkpointing it into one file)."""
    from coopeval.storage.sqlite import checkpoint

    if Path(str(plain) + "-wal").exists():
        checkpoint(plain)
    seal(plain, path, passphrase)
