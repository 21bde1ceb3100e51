class A:
    class B:
        class C:
            def m(self):
                def f():
                    def g():
                        class D:
                            def n(self):
                                return lambda: (lambda: self.n)
                        return D
                    return g
                return f
if a:
    if b:
        if c:
            if d:
                if e:
                    while f:
                        for g in h:
                            try:
                                with i:
                                    pass
                            except:
                                pass
