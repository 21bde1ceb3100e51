def f():
return 1
  def g():
        pass
    x = 1
import pkg.a
	mixed = 2
