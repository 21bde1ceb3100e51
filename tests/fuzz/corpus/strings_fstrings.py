s = f"{a!r} {b:{c}} {'{'} {d['k']} {f(x)=}"
t = rf"\d{x}" + Rb'\x00' + u"u" + """triple
{not an f}""" + f'''{
    g(1)
}'''
doc = """def fake():
    import not_an_import
"""
import real  # after the strings
