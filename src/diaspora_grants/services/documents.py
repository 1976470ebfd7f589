"""Documents attached to organisations, calls, applications and projects.

Files are copied into the documents folder under their SHA-256 (documents/ab/abcdef...): the same
agreement attached to a partner and to its project is stored once, a renamed or moved original
does not break the link, and a file's name can never escape the folder.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from ..db.base import Tracked
from ..db.models import Application, Call, Document, Organisation, Project
from ..domain import validation as v
from ..domain.enums import DocumentOwner
from ..domain.errors import DomainError, FieldProblem, ValidationError
from ..domain.wording import QT_TRANSLATE_NOOP, say
from .base import Service, assign, check_version

_OWNER_MODELS: dict[DocumentOwner, type[Tracked]] = {
    DocumentOwner.ORGANISATION: Organisation,
    DocumentOwner.CALL: Call,
    DocumentOwner.APPLICATION: Application,
    DocumentOwner.PROJECT: Project,
}
_CHUNK = 1024 * 1024
_SHA256 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True, kw_only=True)
class DocumentInput:
    name: str
    kind: str | None = None
    document_date: dt.date | None = None


@dataclass(frozen=True, kw_only=True)
class DocumentRecord(DocumentInput):
    """A document as an earlier record has it: the stored file is known by its hash."""

    original_filename: str
    sha256: str
    size_bytes: int


@dataclass(frozen=True, kw_only=True)
class DocumentView(DocumentInput):
    id: int
    owner_type: DocumentOwner
    owner_id: int
    original_filename: str
    sha256: str
    size_bytes: int
    version: int
    updated_at: dt.datetime
    updated_by: str | None


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


class DocumentService(Service):
    entity = "document"

    @property
    def _store(self) -> Path:
        return Path(self.context.documents_dir)

    def stored_path(self, sha256: str) -> Path:
        return self._store / sha256[:2] / sha256

    def find(self, owner_type: DocumentOwner | str, owner_id: int) -> list[DocumentView]:
        owner = DocumentOwner(owner_type)
        query = select(Document).where(Document.owner_type == owner, Document.owner_id == owner_id)
        with self._read() as session:
            views = [_view(d) for d in session.scalars(query)]
        # Sorted here: SQLite and PostgreSQL order upper and lower case differently.
        return sorted(views, key=lambda d: (d.name.casefold(), d.id))

    def get(self, document_id: int) -> DocumentView:
        with self._read() as session:
            return _view(self._get(session, Document, document_id))

    def path_of(self, document_id: int) -> Path:
        """Where the stored copy is; an error a user can act on if someone removed it."""
        document = self.get(document_id)
        path = self.stored_path(document.sha256)
        if not path.is_file():
            raise DomainError(
                say(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "the file of document '{name}' is missing from {store}; restore the "
                        "documents folder from a backup or attach the file again",
                    ),
                    name=document.name,
                    store=self._store,
                )
            )
        return path

    def attach(
        self,
        owner_type: DocumentOwner | str,
        owner_id: int,
        source_path: Path | str,
        name: str | None = None,
        kind: str | None = None,
        document_date: dt.date | None = None,
    ) -> DocumentView:
        owner = DocumentOwner(owner_type)
        source = Path(source_path)
        if not source.is_file():
            raise ValidationError.single(
                "file",
                say(QT_TRANSLATE_NOOP("Core", "'{source}' does not exist or is not a file"), source=source),
            )
        values = _validated(DocumentInput(name=name or source.name, kind=kind, document_date=document_date))
        with self._read() as session:
            self._get(session, _OWNER_MODELS[owner], owner_id, owner.value)
        sha256, created = self._store_copy(source)
        try:
            with self._write() as session:
                self._get(session, _OWNER_MODELS[owner], owner_id, owner.value)
                document = Document(
                    owner_type=owner,
                    owner_id=owner_id,
                    original_filename=source.name[:300],
                    sha256=sha256,
                    size_bytes=self.stored_path(sha256).stat().st_size,
                    **values,
                )
                session.add(document)
                session.flush()
                return _view(document)
        except BaseException:
            if created:
                self._remove_if_unused(sha256)
            raise

    def record(self, owner_type: DocumentOwner | str, owner_id: int, data: DocumentRecord) -> DocumentView:
        """Enter a document as an earlier record has it (a data workbook). Its file is kept by hash
        in the documents folder, copied there with the folder; until it is, opening it says so."""
        owner = DocumentOwner(owner_type)
        values = {**_validated(data), **_validated_file(data)}
        with self._write() as session:
            self._get(session, _OWNER_MODELS[owner], owner_id, owner.value)
            document = Document(owner_type=owner, owner_id=owner_id, **values)
            session.add(document)
            session.flush()
            return _view(document)

    def update(self, document_id: int, data: DocumentInput, *, expected_version: int) -> DocumentView:
        values = _validated(data)
        with self._write() as session:
            document = self._get(session, Document, document_id)
            check_version(document, expected_version, self.entity)
            assign(document, values)
            session.flush()
            return _view(document)

    def delete(self, document_id: int, *, expected_version: int) -> None:
        """Remove the record; the stored file goes too once no other record refers to it."""
        with self._write() as session:
            document = self._get(session, Document, document_id)
            check_version(document, expected_version, self.entity)
            sha256 = document.sha256
            session.delete(document)
        if self.context.session is None:
            # Inside a unit of work the deletion is not committed yet: the file stays (harmless).
            self._remove_if_unused(sha256)

    def _store_copy(self, source: Path) -> tuple[str, bool]:
        """Copy the file into the store under its hash; (hash, whether this call created it)."""
        sha256 = file_sha256(source)
        target = self.stored_path(sha256)
        if target.is_file():
            return sha256, False
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
        try:
            with os.fdopen(handle, "wb") as out, source.open("rb") as src:
                shutil.copyfileobj(src, out, _CHUNK)
                out.flush()
                os.fsync(out.fileno())
            os.chmod(temporary, 0o600)
            if file_sha256(Path(temporary)) != sha256:
                raise DomainError(
                    say(
                        QT_TRANSLATE_NOOP(
                            "Core", "'{source}' changed while it was being copied; attach it again"
                        ),
                        source=source,
                    )
                )
            os.replace(temporary, target)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)
            raise
        return sha256, True

    def _remove_if_unused(self, sha256: str) -> None:
        with self._read() as session:
            users = session.scalar(
                select(func.count()).select_from(Document).where(Document.sha256 == sha256)
            )
        if not users:
            with contextlib.suppress(FileNotFoundError):
                self.stored_path(sha256).unlink()


def _validated(data: DocumentInput) -> dict[str, object]:
    values: dict[str, object] = {
        "name": v.clean(data.name),
        "kind": v.clean(data.kind),
        "document_date": data.document_date,
    }
    name = values["name"]
    v.raise_if_any(
        [
            v.required("name", name if isinstance(name, str) else None, max_length=300),
            v.max_length_of("kind", data.kind, 120),
        ]
    )
    return values


def _validated_file(data: DocumentRecord) -> dict[str, object]:
    name, digest = v.clean(data.original_filename), (data.sha256 or "").strip().lower()
    v.raise_if_any(
        [
            v.required("original file name", name, max_length=300),
            None
            if _SHA256.fullmatch(digest)
            else FieldProblem(
                "SHA-256",
                say(QT_TRANSLATE_NOOP("Core", "must be the 64 hexadecimal characters of the file's SHA-256")),
            ),
            None
            if isinstance(data.size_bytes, int) and data.size_bytes >= 0
            else FieldProblem("size", say(QT_TRANSLATE_NOOP("Core", "must be a whole number of bytes"))),
        ]
    )
    return {"original_filename": name, "sha256": digest, "size_bytes": data.size_bytes}


def _view(d: Document) -> DocumentView:
    return DocumentView(
        id=d.id,
        owner_type=d.owner_type,
        owner_id=d.owner_id,
        name=d.name,
        kind=d.kind,
        document_date=d.document_date,
        original_filename=d.original_filename,
        sha256=d.sha256,
        size_bytes=d.size_bytes,
        version=d.version,
        updated_at=d.updated_at,
        updated_by=d.updated_by,
    )
