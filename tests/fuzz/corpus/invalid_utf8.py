import os
name = "ÿþ bad"
Ã( = 1
def fé():
    return 1
from pkg import í €
