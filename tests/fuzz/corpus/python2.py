import urllib2
print "hello", x
exec "code" in ns
try:
    pass
except Exception, e:
    raise ValueError, "bad"
def f((a, b)):
    return `a`
x = 0777L
