import os
)))
def (): pass
class : pass
from import x
import .a
from . import
@
def f(x y z): pass
lambda: yield
