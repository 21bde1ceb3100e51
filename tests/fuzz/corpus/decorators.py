import functools
from pkg.a import register, route

def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper

@deco
@register("x")
@route.get("/path", methods=["GET"])
def handler(request):
    return request

@functools.lru_cache(maxsize=None)
def cached(n: int) -> int:
    return n if n < 2 else cached(n - 1) + cached(n - 2)

@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0
