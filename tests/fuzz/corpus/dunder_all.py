from .a import f, g
from .b import *
__all__ = ["f", "g", 'h']
__all__ += ["extra"]
__all__.append("more")
def h(): pass
