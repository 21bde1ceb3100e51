import abc
from pkg.a import Base, Mixin

class Shape(abc.ABC, metaclass=abc.ABCMeta):
    sides: int = 0
    @abc.abstractmethod
    def area(self) -> float: ...

class Square(Shape, Mixin):
    def __init__(self, side):
        self.side = side
        self.helper = Helper()
    def area(self):
        return self.side * self.side
    def grow(self, by):
        self.side += by
        return self.area()
    @classmethod
    def unit(cls):
        return cls(1)
    @staticmethod
    def name():
        return "square"
    @property
    def perimeter(self):
        return 4 * self.side
    class Meta:
        ordering = ["side"]
        def nested(inner):
            return inner.x

class Helper(Base):
    def run(this):
        super().run()
        this.done = True
