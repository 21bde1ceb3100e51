from . import a
from .. import b
from .sub import c as cc
from ...far.away import x
from .a import *
from . a import (f, g)
