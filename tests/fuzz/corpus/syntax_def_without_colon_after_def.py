def ok(): pass
def f(cb: cb()) -> None
