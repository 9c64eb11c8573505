"""The raw folder's listing: every entry under it either to be read or refused with its reason.

Nothing outside the raw folder is read. A symbolic link is resolved and read only when it
ends inside the folder (a link to /etc/passwd is refused `outside_raw`); links that loop or
lead nowhere, hidden files and folders, named pipes, sockets and devices (whose reading
would block or never end) and entries that cannot be read are refused with their reason,
one row each (a hidden or unreadable folder is one row). The output folder, when it lies
inside the raw folder, is left out: a run never reads what it wrote.
"""
from __future__ import annotations

import errno
import os
import stat
from collections import Counter
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from newsfacts.ingest.records import display_path

FILE_ID_SUFFIXES = (".txt", ".html", ".htm")  # formats whose doc_id comes from the file name
_KINDS = {stat.S_IFIFO: "a named pipe (FIFO)", stat.S_IFSOCK: "a socket", stat.S_IFCHR: "a character device",
          stat.S_IFBLK: "a block device"}


@dataclass(frozen=True)
class Input:
    """One entry of the raw folder: `path` to read (for a link, the real file it leads to), `rel` as the tables
    show it (relative to the raw folder), and `problem` (reason, detail) when it is not read."""
    path: Path
    rel: str
    problem: tuple[str, str] | None = None


def scan_inputs(raw: Path | str, exclude: tuple[Path | str, ...] = ()) -> list[Input]:
    """Every entry under `raw`, sorted by relative path; `exclude` (the output folder) left out unlisted."""
    raw = Path(raw)
    if not raw.is_dir():
        raise FileNotFoundError(f"raw folder not found: {raw}")
    root = raw.resolve()
    skip = tuple(Path(p).resolve() for p in exclude if Path(p).exists())
    found: list[Input] = []
    _scan(raw, "", root, skip, found)
    return sorted(found, key=lambda i: i.rel)


def _scan(folder: Path, prefix: str, root: Path, skip: tuple[Path, ...], found: list[Input]) -> None:
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as e:
        found.append(Input(folder, prefix.rstrip("/") or ".", ("unreadable", f"folder cannot be listed: {e.strerror}")))
        return
    for entry in entries:
        path, rel = Path(entry.path), prefix + display_path(entry.name)
        if entry.is_dir(follow_symlinks=False) and path.resolve() in skip:
            continue  # the output folder
        if entry.name.startswith("."):  # editor swap files, .DS_Store, .git
            what = "folder; nothing in it is read" if entry.is_dir(follow_symlinks=False) else "file; not read"
            found.append(Input(path, rel, ("hidden", f"a hidden {what} (its name starts with a dot)")))
        elif entry.is_symlink():
            found.append(_link(path, rel, root, skip))
        elif entry.is_dir(follow_symlinks=False):
            _scan(path, rel + "/", root, skip, found)
        else:
            found.append(_file(path, rel, os.lstat(path)))


def _link(path: Path, rel: str, root: Path, skip: tuple[Path, ...]) -> Input:
    """A symbolic link: read as the file it leads to when that lies inside the raw folder, else refused."""
    try:
        target = Path(os.path.realpath(path, strict=True))
    except OSError as e:
        if e.errno == errno.ELOOP:
            return Input(path, rel, ("link_loop", "a symbolic link that loops; not read"))
        if isinstance(e, FileNotFoundError):
            return Input(path, rel, ("dangling_link", "a symbolic link to nothing; not read"))
        return Input(path, rel, ("unreadable", f"a symbolic link that cannot be followed: {e.strerror}"))
    if not target.is_relative_to(root):
        return Input(path, rel, ("outside_raw", "a symbolic link to a path outside the raw folder; not read"))
    if _inside(target, skip):
        return Input(path, rel, ("outside_raw", "a symbolic link into the output folder; not read"))
    st = os.stat(target)
    if stat.S_ISDIR(st.st_mode):
        inside = display_path(target.relative_to(root).as_posix())
        return Input(path, rel, ("linked_folder", f"a link to the folder {inside!r} inside the raw folder, "
                                                  "whose files are read there"))
    return _file(target, rel, st)


def _file(path: Path, rel: str, st: os.stat_result) -> Input:
    if not stat.S_ISREG(st.st_mode):
        kind = _KINDS.get(stat.S_IFMT(st.st_mode), "not a regular file")
        return Input(path, rel, ("special_file", f"{kind}; not read"))
    if not os.access(path, os.R_OK):
        return Input(path, rel, ("unreadable", "permission denied"))
    return Input(path, rel)


def _inside(path: Path, folders: tuple[Path, ...]) -> bool:
    return any(path.is_relative_to(f) for f in folders)


def file_doc_ids(inputs: list[Input]) -> dict[str, str]:
    """The doc_id of every readable .txt and .html input, by relative path: the file's stem, or, for
    files whose stems collide (a/report.txt, b/report.txt), the relative path without its suffix (or with
    it, when that still collides), so that no article is lost to a clash of names."""
    files = [i.rel for i in inputs if i.problem is None and i.rel.lower().endswith(FILE_ID_SUFFIXES)]
    stems = Counter(PurePosixPath(rel).stem for rel in files)
    ids = {rel: PurePosixPath(rel).stem for rel in files}
    clashing = [rel for rel in files if stems[ids[rel]] > 1]
    bare = Counter(str(PurePosixPath(rel).with_suffix("")) for rel in clashing)
    for rel in clashing:
        no_suffix = str(PurePosixPath(rel).with_suffix(""))
        ids[rel] = no_suffix if bare[no_suffix] == 1 else rel
    return ids
