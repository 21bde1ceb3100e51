from pkg import a, b as bee
from pkg.sub import (c as see,
                     d)
from pkg.a import *
from os.path import join
from __future__ import annotations
a.f(); bee(); see.g(); join("a")
