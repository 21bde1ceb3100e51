# -*- coding: utf-8 -*-
import données
from 包 import 模块 as ﬁ
class Ünïcødé:
    def méthode(self):
        return self.ñ + données.π()
λ = lambda x: x
print("日本語", 'émoji 😀', b"\xff")
