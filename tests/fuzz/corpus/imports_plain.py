import os
import os.path
import a.b.c as d, e
import pkg.sub.c
print(os.path.join("x", "y"), d.f(), e)
