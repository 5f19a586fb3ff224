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
    service.after_write = EngineHook(case_file, "on_written")  # type: ignore[attr-defined]
    service.before_delete = EngineHook(case_file, "on_deleted")  # type: ignore[attr-defined]
    return service


class EngineHook:
    """A write hook calling a method of the case file's deadline engine, built on the first
    call. Equal to the engine's bound method it calls (``hook == engine.on_written``), and
    ``engine`` names it, so that an import can tell what the hook does."""

    def __init__(self, case_file: Any, method: str):
        self.case_file, self.method = case_file, method

    @property
    def engine(self) -> Any:
        return self.case_file.deadline_engine

    def __call__(self, s: Any, obj: Any) -> Any:
        return getattr(self.engine, self.method)(s, obj)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, EngineHook):
            return (other.case_file, other.method) == (self.case_file, self.method)
        return (getattr(other, "__self__", None) is self.engine
                and getattr(other, "__name__", None) == self.method)

    def __hash__(self) -> int:
        return hash((id(self.case_file), self.method))
