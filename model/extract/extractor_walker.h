#pragma once

// The single pass over a syntax tree that turns it into RawFileFacts. Private to the extractor.

#include "extractor_input.h"
#include "extractor_symbols.h"
#include "facts.h"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <deque>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace headroom::detail {

// Past this many elements a display is data, not a table of functions: left untyped.
inline constexpr std::uint32_t kMaxElements = 64;

// A byte of a Python name (any byte of a non-ASCII character counts).
inline bool isNameByte(char ch)
{
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
           ch == '_' || static_cast<unsigned char>(ch) >= 0x80;
}

// `a.b.c` written without spaces, comments or calls: what a reference may name.
inline bool isPlainChain(std::string_view text)
{
    if (text.empty() || text.front() == '.' || text.back() == '.')
        return false;
    return std::all_of(text.begin(), text.end(),
                       [](char ch) { return ch == '.' || isNameByte(ch); });
}

inline std::string_view headOf(std::string_view chain)
{
    return chain.substr(0, chain.find('.'));
}

// 1-based line of the first ERROR or MISSING node in document order (0 when none).
[[nodiscard]] int firstErrorLine(TSNode root);

// A tree cursor freed when it goes out of scope.
struct CursorOwner
{
    TSTreeCursor cursor;
    explicit CursorOwner(TSNode node) : cursor(ts_tree_cursor_new(node)) {}
    ~CursorOwner() { ts_tree_cursor_delete(&cursor); }
    CursorOwner(const CursorOwner &) = delete;
    CursorOwner &operator=(const CursorOwner &) = delete;
};

class TreeWalker
{
public:
    TreeWalker(std::string_view source, const LineStats &lines, RawFileFacts &out);

    // Fills the facts; false when `cancel` was raised during the walk.
    bool run(TSNode root, const std::atomic_bool *cancel);

private:
    // Context flags. The first group holds for a whole subtree; the rest describe one node.
    enum Flag : std::uint32_t
    {
        TypeChecking = 1 << 0,
        FunctionLocal = 1 << 1,
        Conditional = 1 << 2,
        InLambda = 1 << 3,
        InComprehension = 1 << 4,
        InBranch = 1 << 17, // like Conditional, but only within the innermost definition
        Sticky = TypeChecking | FunctionLocal | Conditional | InLambda | InComprehension | InBranch,
        Target = 1 << 5,  // the node is bound (assignment target, parameter, `as` name)
        Skip = 1 << 6,    // an identifier that names no variable (attribute, keyword, def name)
        Global = 1 << 7,  // a name in a global/nonlocal statement
        TcIf = 1 << 8,    // an if_statement whose condition is TYPE_CHECKING
        ReadToo = 1 << 9, // an augmented assignment target: read, then bound
        ModuleValue = 1 << 10,   // the value (or annotation) of a module-level assignment
        Argument = 1 << 11,      // handed on (argument, element, assigned value): a reference
        Nonlocal = 1 << 12,      // with Global: a name in a nonlocal statement
        InDecorator = 1 << 13,   // the expression of a decorator
        AssignTarget = 1 << 14,  // a name an annotation or value below types: the target of an
                                 // assignment (not an augmented one), a typed parameter
        AssignedValue = 1 << 15, // the annotation or value of an assignment; a parameter's type
        Param = 1 << 16,         // a function's parameter (lambdas' bind like other targets)
        ParamDefault = 1 << 18,  // the default value of a function's parameter
        ComprehensionTarget = 1 << 19, // a `for` target of a comprehension: seen only inside it
    };

    struct Context
    {
        std::uint32_t flags = 0;
        int scope = -1;   // innermost definition
        int lambda = -1;  // innermost lambda
        int blockEnd = 0; // with InBranch: the last line of the innermost branch's block
    };
    struct Frame
    {
        TSSymbol symbol = 0;
        std::uint32_t flags = 0; // the node's own flags plus those it gives its subtree
        int scope = -1;          // scope of the node's children
        std::uint32_t childNo = 0;
        int lambda = -1;  // lambda of the node's children
        int blockEnd = 0; // Context::blockEnd of the node's children
    };
    struct ScopedName
    {
        int scope;
        std::string_view name;
        friend bool operator<(const ScopedName &a, const ScopedName &b)
        {
            return a.scope != b.scope ? a.scope < b.scope : a.name < b.name;
        }
    };
    struct NameRead
    {
        int scope;
        std::string_view name;
        int line;
        int lambda;
    };
    struct BindingSite
    {
        int scope;
        std::string_view name;
        int value; // into m_bindingValues: the callee (Call) or annotation; -1 when none
        BindingKind kind;
        bool selfAttribute;
        int line;
        bool branch;           // under an if, loop, try or match of its scope
        QString preset;        // the value's text when decided at the statement (displays, with)
        QString defaultValue;  // a parameter's default, as an element of a display
        int until = 0;         // a comprehension's variable: the comprehension's last line
        int blockEnd = 0;      // a branch's: the last line of its block (Binding::blockEnd)
        bool sameLine = false; // Binding::sameLine
    };
    // The header of the compound statement being entered (a def's parameters, a `for`'s or
    // `with`'s targets, an `except`'s name) up to its body, and the line the body starts on:
    // the targets bound in it on that line are seen by the body there (Binding::sameLine).
    // Also the target of an assignment a `;` follows.
    struct Header
    {
        std::uint32_t from = 0;
        std::uint32_t to = 0;
        int bodyLine = 0;
    };
    // A target of an unpacking, `for` or `with` statement, typed when its site is recorded.
    struct PendingType
    {
        std::uint32_t target; // start byte of the target's node
        TSNode value;         // typed like an assigned value, unless `preset` is set
        BindingKind kind;
        QString preset;
    };

    Context contextFor(const Frame &parent, TSSymbol symbol, const TSTreeCursor *cursor) const;
    bool visit(TSNode node, TSSymbol symbol, const Context &ctx, Frame &frame);

    void onIdentifier(TSNode node, const Context &ctx);
    void onAttribute(TSNode node, const Context &ctx);
    void onCall(TSNode node, const Context &ctx);
    void onSetattr(TSNode call, const Context &ctx);
    void addWrittenCall(QString callee, TSNode node, const Context &ctx);
    void onDecorated(TSNode node);
    void onDecorator(TSNode node, const Context &ctx);
    int onDefinition(TSNode node, TSSymbol symbol, const Context &ctx);
    bool isTypeCheckingTest(TSNode ifNode) const;
    bool mayHoldFacts(TSNode moduleValue) const;
    bool isFormatString(TSNode string) const;
    void countBranch(const Context &ctx);
    void enterHeader(TSNode node, TSNode body);
    void onSemicolonAssignment(TSNode assignment, TSNode left, TSNode right);
    void finish();

    // Bindings, returns and references, for the call graph (extractor_bindings.cpp).
    void onAssignment(TSNode node, const Context &ctx);
    void onAssignedValue(TSNode node, TSSymbol symbol);
    void typeSite(int site, TSNode value);
    void pairTargets(TSNode left, TSNode right, int depth);
    void unpackTargets(TSNode left, TSNode right);
    bool tupleTargets(TSNode left, std::vector<TSNode> &targets);
    void unpackInto(const std::vector<TSNode> &targets, const QString &unpacked);
    void applyPending(int site, TSNode target);
    void onFor(TSNode node, const Context &ctx);
    void pairLoopTargets(TSNode left, TSNode right);
    void pairItemsOrEnumerate(TSNode left, TSNode right);
    bool pairZip(const std::vector<TSNode> &targets, TSNode right);
    QString zippedDictText(TSNode call);
    bool namedCall(TSNode node, std::string_view function, std::vector<TSNode> &out) const;
    QString iteratedText(TSNode node);
    void onWithItem(TSNode node, const Context &ctx);
    void onExcept(TSNode node);
    void onNarrowing(TSNode node, const Context &ctx);
    void dropLoneNarrowings();
    bool namesOnly(TSNode tuple) const;
    void onRaise(TSNode node, const Context &ctx);
    void addImplicitCall(const Context &ctx, QString callee, int line, CallOrigin origin,
                         QStringList arguments = {});
    QString managerText(TSNode node);
    void addStore(const Context &ctx, TSNode target, TSNode value);
    bool addStores(const Context &ctx, TSNode object, TSNode values, int line);
    void onAugmentedAssignment(TSNode node, const Context &ctx);
    void onOperator(TSNode node, TSSymbol symbol, const Context &ctx);
    void addOperatorCall(const Context &ctx, TSNode operand, std::string_view method, int line,
                         QStringList arguments = {});
    QString displayText(TSNode display);
    QString displayText(const std::vector<TSNode> &elements, std::string_view kind,
                        const std::vector<std::string> *keys = nullptr);
    QString elementText(TSNode element);
    QString concatenationText(TSNode sum);
    QString nestedDisplay(TSNode display);
    void onReturn(TSNode node, const Context &ctx);
    void branchesOf(TSNode value, std::vector<TSNode> &out, int depth);
    void addReturned(RawDefinition &def, TSNode returned);
    void addReturnedValue(RawDefinition &def, TSNode value, TSSymbol symbol);
    void onYield(TSNode node, const Context &ctx);
    int onLambda(TSNode node, const Context &ctx);
    QString lambdaPlaceholder(TSNode lambda) const;
    QString quotedName(TSNode string) const;
    std::string keyOf(TSNode index) const;
    QString namedElement(TSNode subscript);
    void nameLambdas();
    QString withLambdaNames(const QString &text, bool nested = false) const;
    bool isDisplay(TSSymbol symbol) const;
    bool isLiteral(TSSymbol symbol) const;
    std::string_view firstParameter(TSNode function);
    QStringList parameterList(TSNode function, QStringList *defaults = nullptr);
    QStringList argumentList(TSNode call);
    int addBinding(const Context &ctx, TSNode name, std::string_view text, BindingKind kind,
                   bool selfAttribute);
    void finishBindings();
    void finishReferences();
    // One QString per distinct text. The text is kept as the key: a view of the source being
    // walked, never of a temporary.
    QString interned(std::string_view text);

    // Imports and __all__ (extractor_imports.cpp).
    void onImport(TSNode node, TSSymbol symbol, const Context &ctx);
    void addImport(RawImportFact fact, std::string_view boundName, const Context &ctx);
    void onModuleAssignment(TSNode node);
    QString dottedText(TSNode node) const;
    bool stringValue(TSNode node, QString &value) const;

    void bind(const Context &ctx, std::string_view name);
    QString joinedParts();
    QString calleeText(TSNode callee);

    // Null-safe: optional children (fields) of error-recovered trees may be missing.
    static TSSymbol symbolOf(TSNode node)
    {
        return ts_node_is_null(node) ? TSSymbol(0) : ts_node_symbol(node);
    }
    // The expression inside any number of parentheses: `((f))` is f (a tuple `(f,)` is not).
    TSNode unparenthesized(TSNode node) const
    {
        while (symbolOf(node) == S.parenthesizedExpression && ts_node_named_child_count(node) == 1)
            node = ts_node_named_child(node, 0);
        return node;
    }
    std::string_view text(TSNode node) const
    {
        if (ts_node_is_null(node))
            return {};
        const std::uint32_t b = ts_node_start_byte(node), e = ts_node_end_byte(node);
        return e > b && e <= m_src.size() ? m_src.substr(b, e - b) : std::string_view{};
    }
    QString qtext(TSNode node) const
    {
        const std::string_view t = text(node);
        return QString::fromUtf8(t.data(), static_cast<qsizetype>(t.size()));
    }
    static int lineOf(TSNode node) { return static_cast<int>(ts_node_start_point(node).row) + 1; }

    const PySymbols &S;
    std::string_view m_src;
    const LineStats &m_lines;
    RawFileFacts &m_out;

    std::vector<std::string_view> m_selfNames; // per definition: its self/cls parameter
    std::unordered_set<std::string_view> m_moduleNameSet;
    std::vector<ScopedName> m_locals;    // names bound inside definitions
    std::vector<ScopedName> m_globals;   // global/nonlocal declarations inside definitions
    std::vector<NameRead> m_reads;       // identifier reads inside definitions
    std::vector<BindingSite> m_bindings; // in the order of the source
    std::vector<TSNode> m_bindingValues;
    int m_assignTarget = -1;  // the site of the target of the assignment being visited
    int m_parameterSite = -1; // the site of the last parameter recorded
    std::vector<PendingType> m_pending;
    int m_comprehensionUntil = 0; // last line of the comprehension whose `for` is visited
    int m_comprehensionFrom = 0;  // and its first line
    Header m_header;
    // Per lambda its start byte; per (scope, enclosing lambda) how many lambdas so far.
    std::vector<std::uint32_t> m_lambdaStarts;
    std::map<std::pair<int, int>, int> m_lambdaCounts;
    // Displays inside displays, each bound to a name of its own (nestedDisplay()): per node
    // its name, and the bindings, added to the facts at the end.
    std::unordered_map<const void *, QString> m_displayNames;
    std::vector<RawBinding> m_displayBindings;
    int m_displayDepth = 0;
    int m_scope = -1; // the scope of the node being visited
    // One string per distinct name in the file's kept bindings and references.
    std::unordered_map<std::string_view, QString> m_interned;
    std::deque<std::string> m_madeNames;     // binding names no source text spells ("obj.name")
    std::vector<NameRead> m_references;      // names handed on, before filtering
    std::vector<std::string_view> m_heads;   // first names of call chains and kept references
    std::vector<std::string_view> m_handles; // definition and imported names

    QStringList m_pendingDecorators;         // of the decorated definition about to be entered
    std::uint32_t m_pendingFor = UINT32_MAX; // start byte of that definition
    bool m_pendingStatic = false;
    std::vector<int> m_decoratorCalls; // the `@name` applications of that definition

    TSTreeCursor *m_scratch = nullptr;     // reset onto a node to read its children
    std::vector<std::string_view> m_parts; // scratch for calleeText
    std::deque<std::string> m_keys;        // scratch for calleeText: its "['a']" parts
    std::string m_buffer;                  // scratch for calleeText
    std::string_view m_lastHead;           // the first name of the last chain calleeText read
    std::string m_lambdaHead;              // scratch: a called lambda's placeholder
};

} // namespace headroom::detail
