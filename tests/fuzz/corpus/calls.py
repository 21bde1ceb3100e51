import functools
import os.path as p
from pkg import a

def f(x):
    return g(x) + 1

def g(y):
    return y

handlers = [f, g, a.f]
table = {"f": f, "g": a.g}
f(1)(2)
table["f"](3)
(f or g)(4)
p.join("a", "b").upper()
a.b.c.d()
functools.partial(f, 1)()
list(map(f, [1, 2]))
sorted(handlers, key=lambda h: h.__name__)
cb = f
cb(5)
super().save
print(*[g(i) for i in range(3)], sep=f"{f(1)!r:>{g(2)}}")
