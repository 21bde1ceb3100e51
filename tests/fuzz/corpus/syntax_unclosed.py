import os
def f(a, b:
    return (a +
class C(
from pkg import (a, b
x = [1, 2
