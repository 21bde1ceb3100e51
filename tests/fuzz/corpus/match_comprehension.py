def handle(command):
    match command.split():
        case [action]:
            return action
        case ["go", direction] if direction in {"north", "south"}:
            return direction
        case {"x": x, **rest}:
            return x
        case Point(x=0, y=yy) | Point(x=yy, y=0):
            return yy
        case str() as s:
            return s
        case _:
            return None
squares = {k: v for k, v in zip(range(3), range(3)) if k}
gen = (i for i in range(10) for j in range(i))
nested = [[y for y in range(x)] for x in range(5)]
lam = lambda a, /, b=1, *, c: a + b + c
