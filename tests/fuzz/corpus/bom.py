import os
from . import a
print(a)
