counter = 0
a, (b, *c) = 1, (2, 3, 4)
x = y = None
def bump():
    global counter
    counter += 1
    def inner():
        nonlocal_value = 1
        def deeper():
            nonlocal nonlocal_value
            nonlocal_value = 2
        return deeper
    return inner
if (n := len("abc")) > 2:
    pass
for i, (j, k) in enumerate([(1, 2)]):
    pass
with open("a") as fa, open("b") as (fb):
    pass
try:
    pass
except (ValueError, TypeError) as err:
    del err
finally:
    counter = 0
del x
