"""Services of a case file built on first use (see :class:`~caseapp.services.casefile.CaseFile`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

T = TypeVar("T")


class Built(Generic[T]):
    """A service of a case file built, and its module imported, on first use: a command or
    the window pays only for the services it reads. Built once even when threads race (the
    window reads the rules on one; the case file's ``_building`` lock); it may be replaced
    (``cf.x = other``)."""

    def __init__(self, build: Callable[[Any], T]):
        self.build = build
        self.name = build.__name__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, case_file: None, owner: type | None = None) -> Built[T]: ...
    @overload
    def __get__(self, case_file: object, owner: type | None = None) -> T: ...

    def __get__(self, case_file: Any, owner: type | None = None) -> T | Built[T]:
        if case_file is None:
            return self
        built = case_file.__dict__.get(self.name, _MISSING)
        if built is _MISSING:
            with case_file._building:
                built = case_file.__dict__.get(self.name, _MISSING)
                if built is _MISSING:
                    built = case_file.__dict__[self.name] = self.build(case_file)
        return built

    def __set__(self, case_file: object, service: T) -> None:
        case_file.__dict__[self.name] = service


_MISSING: Any = object()


def with_deadlines(case_file: Any, service: T) -> T:
    """``service`` computing deadlines in the transaction of each write and delete (the
    engine is built on the first write, not with the service)."""
    service.after_write = (  # type: ignore[attr-defined]
        lambda s, obj: case_file.deadline_engine.on_written(s, obj))
    service.before_delete = (  # type: ignore[attr-defined]
        lambda s, obj: case_file.deadline_engine.on_deleted(s, obj))
    return service
