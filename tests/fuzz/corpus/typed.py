from __future__ import annotations
from typing import Optional, Union, List
from pkg.a import A
import pkg.b

def make() -> A:
    return A()

def maybe(flag: bool) -> Optional[A]:
    return A() if flag else None

class User:
    repo: "pkg.b.Repo"
    cache: dict[str, A | None] = {}
    def __init__(self, a: A, b: Union[A, None] = None, *rest: int, key: "A" = ..., **kw) -> None:
        self.a = a
        self.b: A = b or make()
    def use(self) -> List[A]:
        x: A = self.a
        y = make()
        return [x.run(), y.run(), self.b.run(), self.repo.load()]
