from typing import TYPE_CHECKING
import typing
if TYPE_CHECKING:
    from pkg.b import B
if typing.TYPE_CHECKING:
    import pkg.sub
try:
    import ujson as json
except ImportError:
    import json
if json:
    import pkg.a
else:
    from pkg import b
def lazy():
    import pkg.sub.c
    return pkg.sub.c.f()
for _ in range(1):
    import pkg
while False:
    import pkg.b
with open("x") as f:
    import pkg.a
match command:
    case "go":
        import pkg.sub
    case _:
        pass
