import os
from pkg import a

def f():
	return a.g()
