"""Where pages come from: files, folders (recursive) and .zip archives.

Each page is a PageSource: a name the operator recognises (the file's path, or
``archive.zip!/member``), its path under the folder or archive it was found in, and a way to
read it and the files beside it (photos). Photos are only ever read from inside that folder or
archive: a page cannot pull /etc/passwd into the media library with ``src="../../.."``.

Per page, paths are handled as strings (os.path, posixpath), not pathlib objects: pathlib
interns every part of every path, and the interpreter's table of interned strings grew by
some 2 MiB over an import of 20,000 pages.
"""

import base64
import binascii
import os
import posixpath
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bantin.legacy.reading.record import LegacyPageError

PAGE_SUFFIXES = {".html": "html", ".htm": "html", ".txt": "text"}
ARCHIVE_SUFFIXES = {".zip"}
SIDECAR_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".gif")
MAX_PAGE_BYTES = 5 * 1024 * 1024
MAX_IMAGE_BYTES = 20 * 1024 * 1024
SKIPPED_PARTS = {"__MACOSX", ".git", ".svn"}
NOT_INSIDE = "không đọc được tệp: không còn, hoặc ở ngoài thư mục nhập"


@dataclass(frozen=True)
class FoundFile:
    """A photo (or other file) read from beside a page."""

    name: str
    data: bytes


def suffix(name):
    return posixpath.splitext(name)[1].lower()


def file_name(name):
    """The last part of a path or URL path: "a/b/trang.html" -> "trang.html",
    "https://x/tin/bai-viet/" -> "bai-viet"."""
    return posixpath.basename(name.rstrip("/"))


def file_stem(name):
    """ "a/b/trang.html" -> "trang"."""
    return posixpath.splitext(file_name(name))[0]


def page_kind(name):
    return PAGE_SUFFIXES.get(suffix(name))


def parts_of(member):
    """ "a/./b//c.html" -> ["a", "b", "c.html"], as pathlib would split it."""
    return [part for part in member.split("/") if part not in ("", ".")]


def is_skipped(parts):
    return any(part in SKIPPED_PARTS or part.startswith(".") for part in parts)


class PageSource:
    """One page to import. Subclasses know how to read bytes by a path under their root."""

    def __init__(self, name, relative):
        self.name = name
        self.relative = relative
        self.kind = page_kind(relative) or "text"

    @property
    def shown_name(self):
        """The page's path within what was imported (a folder, an archive): kept on the
        article and exported, where this server's own folders mean nothing."""
        return self.relative

    def read(self, limit=MAX_PAGE_BYTES):
        size = self.member_size(self.relative)
        if size is None:
            raise LegacyPageError(self.name, NOT_INSIDE)
        if size > limit:
            raise LegacyPageError(self.name, f"tệp quá lớn ({size} byte, tối đa {limit})")
        return self.read_member(self.relative)

    def find(self, reference):
        """The file a page refers to (``src`` of a photo), or None when it is not there."""
        if reference.startswith("data:"):
            return decode_data_uri(reference)
        for candidate in candidate_paths(self.relative, reference):
            data = self.read_optional(candidate)
            if data is not None:
                return FoundFile(file_name(candidate), data)
        return None

    def sidecar(self, number):
        """Photo NUMBER saved beside a text page as STEM-1.jpg, STEM-2.png, ..."""
        folder, stem = posixpath.dirname(self.relative), file_stem(self.relative)
        for extension in SIDECAR_SUFFIXES:
            candidate = posixpath.join(folder, f"{stem}-{number}{extension}")
            data = self.read_optional(candidate)
            if data is not None:
                return FoundFile(file_name(candidate), data)
        return None

    def read_optional(self, relative):
        try:
            if self.member_size(relative) is None:
                return None
            if self.member_size(relative) > MAX_IMAGE_BYTES:
                return None
            return self.read_member(relative)
        except OSError:
            return None


class FolderPage(PageSource):
    def __init__(self, root, path, resolved_root=None):
        """``path`` under the folder ``root``; resolved_root: the root already resolved, for
        the many pages of one folder."""
        relative = os.path.relpath(path, root)
        self.root = resolved_root or os.path.realpath(root)
        super().__init__(os.path.join(self.root, relative), relative.replace(os.sep, "/"))

    def member_size(self, relative):
        path = os.path.join(self.root, relative)
        if not os.path.isfile(path) or not is_within(os.path.realpath(path), self.root):
            return None
        return os.path.getsize(path)

    def read_member(self, relative):
        try:
            with open(os.path.join(self.root, relative), "rb") as member:
                return member.read()
        except OSError as error:
            raise LegacyPageError(self.name, f"không đọc được tệp: {error.strerror}") from error


@lru_cache(maxsize=2)
def open_archive(path):
    """The open archive, shared by its pages: reading the central directory of a zip of
    20,000 pages once per page would be quadratic."""
    return zipfile.ZipFile(path)


class ArchivePage(PageSource):
    def __init__(self, archive_path, member):
        self.archive_path = archive_path
        super().__init__(f"{archive_path}!/{member}", member)

    @property
    def shown_name(self):
        return f"{os.path.basename(self.archive_path)}!/{self.relative}"

    def member_size(self, relative):
        try:
            return open_archive(self.archive_path).getinfo(relative).file_size
        except KeyError:
            return None

    def read_member(self, relative):
        try:
            return open_archive(self.archive_path).read(relative)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError) as error:
            raise LegacyPageError(self.name, f"không giải nén được: {error}") from error
        except NotImplementedError as error:
            raise LegacyPageError(self.name, f"kiểu nén không hỗ trợ: {error}") from error


class BrokenSource(PageSource):
    """A file or archive that cannot even be listed: reading it reports why."""

    def __init__(self, name, reason):
        super().__init__(name, name)
        self.reason = reason

    def read(self, limit=MAX_PAGE_BYTES):
        raise LegacyPageError(self.name, self.reason)

    def member_size(self, relative):
        return None


def candidate_paths(page_relative, reference):
    """Paths under the root where a reference may point, nearest first, never outside it.

    Relative references are resolved against the page's folder; an absolute URL or a path
    from the old site's root is looked for under the root as ``path`` or ``host/path`` (the
    layout of a mirrored site).
    """
    parts = urlsplit(reference.strip())
    path = unquote(parts.path)
    if not path or path.endswith("/"):
        return []
    if parts.scheme in ("", "file") and not parts.netloc and not path.startswith("/"):
        base = posixpath.dirname(page_relative)
        candidates = [posixpath.join(base, path)]
    elif parts.scheme in ("", "http", "https", "file"):
        candidates = [path.lstrip("/")]
        if parts.netloc:
            candidates.append(posixpath.join(parts.netloc.lower(), path.lstrip("/")))
    else:
        return []
    return [c for c in map(posixpath.normpath, candidates) if inside_root(c)]


def is_within(path, root):
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def inside_root(relative):
    return not (relative.startswith(("/", "../")) or relative in ("..", "."))


def decode_data_uri(reference):
    header, _, payload = reference.partition(",")
    if not header.startswith("data:image/") or ";base64" not in header:
        return None
    try:
        data = base64.b64decode(payload, validate=False)
    except (binascii.Error, ValueError):
        return None
    if not data or len(data) > MAX_IMAGE_BYTES:
        return None
    suffix = header[len("data:image/") :].split(";")[0] or "img"
    return FoundFile(f"anh-nhung.{suffix}", data)


def iter_sources(paths):
    """Pages under the given files, folders and archives, in a stable order."""
    for path in map(Path, paths):
        if path.is_dir():
            yield from folder_sources(path)
        elif path.suffix.lower() in ARCHIVE_SUFFIXES:
            yield from archive_sources(path)
        elif not path.exists():
            yield BrokenSource(str(path), "không có tệp hay thư mục này")
        else:
            yield FolderPage(path.parent, path)


def folder_sources(folder):
    """Pages under a folder, one directory listing in memory at a time (a list of all
    20,000 paths would grow with the import)."""
    resolved = os.path.realpath(folder)
    for directory, subdirectories, files in os.walk(folder):
        subdirectories[:] = sorted(name for name in subdirectories if not is_skipped([name]))
        for name in sorted(files):
            path = os.path.join(directory, name)
            if is_skipped([name]) or not os.path.isfile(path):
                continue
            if suffix(name) in ARCHIVE_SUFFIXES:
                yield from archive_sources(Path(path))
            elif page_kind(name):
                yield FolderPage(folder, path, resolved)


def archive_sources(path):
    path = path.resolve()
    try:
        archive = open_archive(path)
    except (zipfile.BadZipFile, OSError) as error:
        yield BrokenSource(str(path), f"tệp nén hỏng hoặc không đọc được: {error}")
        return
    members = sorted(
        info.filename
        for info in archive.infolist()
        if not info.is_dir()
        and page_kind(info.filename)
        and not is_skipped(parts_of(info.filename))
    )
    for member in members:
        yield ArchivePage(path, member)
