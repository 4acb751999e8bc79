# Type stub of the lede package (#17); the docstrings are in __init__.py.
import datetime
import os
from typing import Any, Callable, Dict, Iterable, List, Mapping, Optional, Sequence, Union

__all__: List[str]
__version__: str
INDEX_FORMAT_VERSION: int

PathLike = Union[str, os.PathLike[str]]
Record = Mapping[str, Any]
Progress = Callable[[Dict[str, Any]], Any]
_Texts = Union[str, Sequence[str]]
_Count = Union[str, int]
_Date = Union[str, int, datetime.date]

class Error(Exception): ...
class UsageError(Error): ...

class QueryError(UsageError):
    position: Optional[int]
    reason: str
    def __init__(self, message: str, position: Optional[int] = ..., reason: Optional[str] = ...) -> None: ...

class InvalidArgument(UsageError): ...

# lede::IndexError: not builtins.IndexError, and not derived from it.
class IndexError(Error): ...  # noqa: A001
class IoError(Error): ...
class InternalError(Error): ...

class Searcher:
    path: str
    def __init__(self, path: PathLike) -> None: ...
    # `from` is a keyword in Python: pass from_=..., or **{"from": ...} (also accepted).
    def search(
        self,
        query: str,
        *,
        lang: _Texts = ...,
        entity: _Texts = ...,
        mentioned: _Count = ...,
        deaths: _Count = ...,
        injured: _Count = ...,
        from_: _Date = ...,
        to: _Date = ...,
        limit: int = ...,
        offset: int = ...,
        sort: str = ...,
        facets: bool = ...,
        collapse: bool = ...,
        snippets: bool = ...,
    ) -> Dict[str, Any]: ...
    def figures(
        self,
        query: str,
        *,
        lang: _Texts = ...,
        entity: _Texts = ...,
        mentioned: _Count = ...,
        deaths: _Count = ...,
        injured: _Count = ...,
        from_: _Date = ...,
        to: _Date = ...,
        limit: int = ...,
        offset: int = ...,
        sort: str = ...,
        facets: bool = ...,
        collapse: bool = ...,
        snippets: bool = ...,
    ) -> Dict[str, Any]: ...
    def stats(self) -> Dict[str, Any]: ...
    def close(self) -> None: ...
    @property
    def closed(self) -> bool: ...
    def __enter__(self) -> Searcher: ...
    def __exit__(self, *exc_info: Any) -> None: ...

class Indexer:
    path: str
    def __init__(
        self,
        path: PathLike,
        *,
        jobs: int = ...,
        batch_size: int = ...,
        gazetteers: Union[PathLike, Sequence[PathLike]] = ...,
        extract: bool = ...,
    ) -> None: ...
    def add(self, records: Iterable[Record], progress: Optional[Progress] = ...) -> Dict[str, Any]: ...
    def add_files(
        self, paths: Union[PathLike, Sequence[PathLike]], progress: Optional[Progress] = ...
    ) -> Dict[str, Any]: ...
    def close(self) -> None: ...
    @property
    def closed(self) -> bool: ...
    def __enter__(self) -> Indexer: ...
    def __exit__(self, *exc_info: Any) -> None: ...

def analyze(text: str, lang: Optional[str] = ...) -> List[Dict[str, Any]]: ...
