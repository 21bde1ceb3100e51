#pragma once

// Words the generated project is written with, and the modules outside it that it imports.
// None is a Python keyword or soft keyword, so every name made of them is an identifier.

#include <array>
#include <string_view>

namespace genproject {

inline constexpr std::array<std::string_view, 96> kNouns{
    "account",  "address", "admin",    "agent",      "alert",    "archive",  "asset",    "audit",
    "backend",  "batch",   "billing",  "bucket",     "buffer",   "cache",    "catalog",  "channel",
    "checkout", "client",  "cluster",  "column",     "command",  "config",   "consumer", "content",
    "context",  "cursor",  "customer", "dataset",    "device",   "digest",   "document", "domain",
    "engine",   "entry",   "event",    "export",     "feature",  "feed",     "field",    "filter",
    "folder",   "gateway", "graph",    "handler",    "header",   "index",    "invoice",  "job",
    "journal",  "kernel",  "ledger",   "listing",    "locale",   "manifest", "message",  "metric",
    "model",    "monitor", "network",  "node",       "notice",   "order",    "owner",    "packet",
    "page",     "payment", "payload",  "permission", "pipeline", "policy",   "product",  "profile",
    "queue",    "quota",   "record",   "region",     "registry", "report",   "request",  "resource",
    "response", "route",   "schema",   "search",     "session",  "setting",  "signal",   "snapshot",
    "source",   "storage", "stream",   "tenant",     "ticket",   "token",    "upload",   "widget"};

inline constexpr std::array<std::string_view, 32> kVerbs{
    "apply",  "build",    "check",    "clean",   "collect", "compute", "convert",  "create",
    "decode", "delete",   "dispatch", "encode",  "ensure",  "fetch",   "find",     "flush",
    "format", "get",      "handle",   "load",    "merge",   "parse",   "prepare",  "process",
    "read",   "register", "render",   "resolve", "save",    "update",  "validate", "write"};

inline constexpr std::array<std::string_view, 16> kClassSuffixes{
    "",        "",        "",      "Base",   "Manager", "Handler", "Mixin",  "Error",
    "Backend", "Service", "Field", "Config", "View",    "Form",    "Client", "Store"};

// Names of locals, parameters and attributes inside bodies.
inline constexpr std::array<std::string_view, 20> kLocals{
    "value",   "result",   "items",    "data",   "name",     "key",    "obj",
    "options", "context",  "instance", "target", "node",     "path",   "item",
    "request", "response", "config",   "state",  "callback", "entries"};

inline constexpr std::array<std::string_view, 16> kBuiltinCalls{
    "len",    "isinstance", "str", "int",   "list", "dict", "getattr", "hasattr",
    "sorted", "min",        "max", "tuple", "set",  "repr", "bool",    "enumerate"};

// Methods called on locals (the "attribute" calls of the measured callee kinds).
inline constexpr std::array<std::string_view, 14> kAttributeCalls{
    "append", "get", "items",      "update", "split",  "join",   "format",
    "copy",   "pop", "startswith", "strip",  "values", "extend", "lower"};

inline constexpr std::array<std::string_view, 12> kComments{
    "Keep the order: callers rely on it.",
    "The fast path: nothing to do.",
    "Fall back to the default when unset.",
    "Compatibility with older callers.",
    "See the module docstring for the format.",
    "Avoid a second lookup.",
    "Normalise before comparing.",
    "TODO: cache this once the schema is stable.",
    "Empty values are valid here.",
    "The caller owns the returned object.",
    "Validation happens later.",
    "Checked again below."};

// An import of a module outside the project: `import module` (name empty), `import module as
// alias`, or `from module import name`; `call` is what a body calls through it.
struct ExternalImport
{
    std::string_view module;
    std::string_view name;
    std::string_view alias;
    std::string_view call;
    bool thirdParty = false;
    int weight = 1; // how often Django 3.2 imports the module (measure_shape.py, "most imported")
};

inline constexpr std::array<ExternalImport, 36> kExternals{{
    {"functools", "wraps", "", "wraps", false, 30},
    {"functools", "partial", "", "partial", false, 25},
    {"functools", "lru_cache", "", "lru_cache", false, 15},
    {"os", "", "", "os.path.join", false, 59},
    {"datetime", "datetime", "", "datetime.now", false, 30},
    {"datetime", "timedelta", "", "timedelta", false, 21},
    {"re", "", "", "re.compile", false, 49},
    {"warnings", "", "", "warnings.warn", false, 43},
    {"sys", "", "", "sys.intern", false, 41},
    {"collections", "defaultdict", "", "defaultdict", false, 25},
    {"collections", "OrderedDict", "", "OrderedDict", false, 15},
    {"ctypes", "", "", "ctypes.c_int", false, 40},
    {"urllib.parse", "urlsplit", "", "urlsplit", false, 32},
    {"itertools", "chain", "", "chain", false, 30},
    {"copy", "", "", "copy.deepcopy", false, 30},
    {"importlib", "import_module", "", "import_module", false, 28},
    {"json", "", "", "json.dumps", false, 26},
    {"decimal", "Decimal", "", "Decimal", false, 24},
    {"logging", "", "", "logging.getLogger", false, 24},
    {"pathlib", "Path", "", "Path", false, 23},
    {"inspect", "", "", "inspect.signature", false, 21},
    {"io", "StringIO", "", "StringIO", false, 19},
    {"time", "", "", "time.monotonic", false, 17},
    {"email.utils", "formatdate", "", "formatdate", false, 16},
    {"operator", "attrgetter", "", "attrgetter", false, 14},
    {"contextlib", "contextmanager", "", "contextmanager", false, 14},
    {"threading", "Lock", "", "Lock", false, 11},
    {"uuid", "uuid4", "", "uuid4", false, 10},
    {"hashlib", "", "", "hashlib.sha256", false, 9},
    {"base64", "b64encode", "", "b64encode", false, 7},
    {"selenium", "webdriver", "", "webdriver.Firefox", true, 16},
    {"psycopg2", "", "", "psycopg2.connect", true, 15},
    {"asgiref.sync", "sync_to_async", "", "sync_to_async", true, 14},
    {"sqlparse", "", "", "sqlparse.format", true, 6},
    {"numpy", "", "np", "np.asarray", true, 6},
    {"yaml", "", "", "yaml.safe_load", true, 5},
}};

} // namespace genproject
