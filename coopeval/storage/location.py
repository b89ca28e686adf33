"""Is a workspace somewhere SQLite cannot keep it safe? Network file systems break WAL's shared
memory and locking; cloud-sync folders copy a database while it is open and corrupt it."""

from __future__ import annotations

import os
import sys
from pathlib import Path

SYNC_FOLDERS = ("onedrive", "dropbox", "google drive", "googledrive", "icloud drive", "icloud~",
                "mobile documents", "box sync", "nextcloud", "owncloud", "pcloud", "sync.com", "megasync")
NETWORK_FS = {"nfs", "nfs4", "cifs", "smb", "smbfs", "smb2", "smb3", "9p", "afs", "ncpfs",
              "fuse.sshfs", "fuse.rclone", "davfs", "fuse.davfs2", "glusterfs", "ceph", "fuse.gvfsd-fuse"}


def location_warning(path: Path) -> str | None:
    """A sentence for the user if `path` is on a network drive or in a sync folder, else None."""
    path = Path(os.path.abspath(path))
    text = str(path)
    if text.startswith("\\\\") or text.startswith("//"):
        return _network(path)
    lowered = [part.lower() for part in path.parts]
    for part in lowered:
        if any(part.startswith(name) for name in SYNC_FOLDERS):
            return (f"{path.name} is in a cloud-sync folder ({part}). Sync programs copy files while they are "
                    "open and can corrupt a workspace. Work on a local copy and save a copy back when done.")
    fs = _filesystem_type(path)
    if fs in NETWORK_FS:
        return _network(path)
    if sys.platform == "win32" and _windows_remote_drive(path):
        return _network(path)
    return None


def _network(path: Path) -> str:
    return (f"{path.name} is on a network drive. CoopEval keeps workspaces safe only on a local disk; "
            "on a network drive it uses a slower journal and two people can still damage it. "
            "Work on a local copy and save a copy back when done.")


def _filesystem_type(path: Path) -> str | None:
    """The file system type of the mount holding `path` (Linux), from /proc/self/mounts."""
    try:
        mounts = Path("/proc/self/mounts").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    best, best_type = "", None
    target = str(path.parent if not path.exists() else path)
    for line in mounts:
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = fields[1].replace("\\040", " ")
        if (target == mount_point or target.startswith(mount_point.rstrip("/") + "/")) and len(mount_point) > len(best):
            best, best_type = mount_point, fields[2]
    return best_type


def _windows_remote_drive(path: Path) -> bool:
    try:
        import ctypes

        drive = path.drive + "\\"
        return ctypes.windll.kernel32.GetDriveTypeW(drive) == 4  # type: ignore[attr-defined]  # Windows only; DRIVE_REMOTE
    except (AttributeError, OSError):
        return False
