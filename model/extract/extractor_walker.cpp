#include "extractor_walker.h"

#include <algorithm>

namespace headroom::detail {

namespace {

// How often (in nodes) the walk looks at the cancel flag.
constexpr std::size_t kCancelCheckMask = 0xFFFF;

// Most methods name their first parameter one of two words: share those strings.
QString sharedName(std::string_view name)
{
    static const QString self = QStringLiteral("self");
    static const QString cls = QStringLiteral("cls");
    if (name == "self")
        return self;
    if (name == "cls")
        return cls;
    return QString::fromUtf8(name.data(), qsizetype(name.size()));
}

bool isNameStart(char ch)
{
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '_' ||
           static_cast<unsigned char>(ch) >= 0x80;
}

bool isNameChar(char ch)
{
    return isNameStart(ch) || (ch >= '0' && ch <= '9');
}

// Whether a literal display may name a function: a word outside its string literals that
// is not a number's letters (1e5, 0xff), a string prefix (b'', rf"") or a constant. A false
// "yes" only costs a visit.
bool mayNameSomething(std::string_view t)
{
    char quote = 0;
    for (std::size_t i = 0; i < t.size(); ++i) {
        const char ch = t[i];
        if (quote) {
            if (ch == '\\')
                ++i;
            else if (ch == quote)
                quote = 0;
            continue;
        }
        if (ch == '\'' || ch == '"') {
            quote = ch;
            continue;
        }
        if (ch == '#') {
            while (i < t.size() && t[i] != '\n')
                ++i;
            continue;
        }
        if (!isNameStart(ch) || (i > 0 && (isNameChar(t[i - 1]) || t[i - 1] == '.')))
            continue;
        std::size_t end = i;
        while (end < t.size() && isNameChar(t[end]))
            ++end;
        const std::string_view word = t.substr(i, end - i);
        const bool prefix = end < t.size() && (t[end] == '\'' || t[end] == '"');
        if (!prefix && word != "True" && word != "False" && word != "None")
            return true;
        i = end - 1;
    }
    return false;
}

} // namespace

int firstErrorLine(TSNode root)
{
    if (!ts_node_has_error(root))
        return 0;
    const TSSymbol error = pySymbols().error;
    CursorOwner owner(root);
    TSTreeCursor *c = &owner.cursor;
    // Pre-order, entering only subtrees that hold an error: the first hit is the earliest.
    for (;;) {
        const TSNode node = ts_tree_cursor_current_node(c);
        if (ts_node_symbol(node) == error || ts_node_is_missing(node))
            return static_cast<int>(ts_node_start_point(node).row) + 1;
        bool moved = ts_node_has_error(node) && ts_tree_cursor_goto_first_child(c);
        while (moved && !ts_node_has_error(ts_tree_cursor_current_node(c)))
            moved = ts_tree_cursor_goto_next_sibling(c);
        if (moved)
            continue;
        // No erroneous child here: the error flag came from this node itself.
        return static_cast<int>(ts_node_start_point(node).row) + 1;
    }
}

TreeWalker::TreeWalker(std::string_view source, const LineStats &lines, RawFileFacts &out)
    : S(pySymbols()), m_src(source), m_lines(lines), m_out(out)
{
}

bool TreeWalker::run(TSNode root, const std::atomic_bool *cancel)
{
    CursorOwner owner(root);
    TSTreeCursor *cursor = &owner.cursor;
    CursorOwner scratch(root);
    m_scratch = &scratch.cursor;
    // One frame per level of the cursor: the tree's depth lives on the heap, not the stack.
    std::vector<Frame> stack;
    stack.reserve(64);
    stack.push_back(Frame{ts_node_symbol(root), 0, -1, 0, -1, 0});

    bool finished = !ts_tree_cursor_goto_first_child(cursor);
    std::size_t visited = 0;
    while (!finished) {
        if ((++visited & kCancelCheckMask) == 0 && cancel &&
            cancel->load(std::memory_order_relaxed)) {
            m_scratch = nullptr;
            return false;
        }
        const TSNode node = ts_tree_cursor_current_node(cursor);
        const TSSymbol symbol = ts_node_symbol(node);
        Frame &parent = stack.back();
        const Context ctx = contextFor(parent, symbol, cursor);
        ++parent.childNo;
        Frame frame{symbol, ctx.flags, ctx.scope, 0, ctx.lambda, ctx.blockEnd};
        if (visit(node, symbol, ctx, frame) && ts_tree_cursor_goto_first_child(cursor)) {
            stack.push_back(frame);
            continue;
        }
        while (!ts_tree_cursor_goto_next_sibling(cursor)) {
            if (stack.size() == 1) {
                finished = true;
                break;
            }
            ts_tree_cursor_goto_parent(cursor);
            stack.pop_back();
        }
    }
    finish();
    m_scratch = nullptr;
    return true;
}

TreeWalker::Context TreeWalker::contextFor(const Frame &parent, TSSymbol symbol,
                                           const TSTreeCursor *cursor) const
{
    Context ctx{parent.flags & Sticky, parent.scope, parent.lambda, parent.blockEnd};
    // A branch's block: what is bound in it runs before what follows in it (a case of a
    // match is a block of its own).
    const auto blockEnd = [cursor] {
        return int(ts_node_end_point(ts_tree_cursor_current_node(cursor)).row) + 1;
    };
    if (symbol == S.caseClause)
        ctx.blockEnd = blockEnd();
    switch (S.role(parent.symbol)) {
    case ParentRole::None:
        break;
    case ParentRole::Conditional:
        ctx.flags |= Conditional | InBranch;
        ctx.blockEnd = blockEnd();
        break;
    case ParentRole::If:
        // Only the consequence of `if TYPE_CHECKING:` is type-checking; its elif/else run.
        ctx.flags |= InBranch;
        ctx.blockEnd = blockEnd();
        ctx.flags |= (parent.flags & TcIf) && symbol == S.block ? TypeChecking : Conditional;
        break;
    case ParentRole::AssignLeft:
        if (parent.childNo == 0) {
            ctx.flags |=
                parent.symbol == S.augmentedAssignment ? Target | ReadToo : Target | AssignTarget;
            break;
        }
        if (parent.symbol == S.assignment)
            ctx.flags |= AssignedValue;
        if (symbol != S.type)
            ctx.flags |= Argument;
        if (parent.scope < 0 && symbol != S.assignment && symbol != S.augmentedAssignment)
            ctx.flags |= ModuleValue;
        break;
    case ParentRole::ForLeft:
        if (parent.symbol == S.forStatement) {
            ctx.flags |= Conditional | InBranch;
            // The loop's variable is bound before each run of its body.
            const TSNode node = ts_tree_cursor_current_node(cursor);
            const TSNode body = ts_tree_cursor_current_field_id(cursor) == S.fLeft
                                    ? ts_node_child_by_field_id(ts_node_parent(node), S.fBody)
                                    : node;
            ctx.blockEnd = ts_node_is_null(body) ? 0 : int(ts_node_end_point(body).row) + 1;
        }
        if (ts_tree_cursor_current_field_id(cursor) == S.fLeft)
            ctx.flags |= parent.symbol == S.forInClause ? Target | ComprehensionTarget : Target;
        break;
    case ParentRole::NameTarget: {
        const TSFieldId field = ts_tree_cursor_current_field_id(cursor);
        if (field == S.fName)
            ctx.flags |= Target | (parent.flags & Param);
        // A default is evaluated where its function is defined, when it is: its calls and reads
        // are the enclosing scope's (`def f(x=g())` calls g from the module); a lambda's where
        // the lambda is written, in the lambda around it if any.
        if (field == S.fValue &&
            (parent.symbol == S.defaultParameter || parent.symbol == S.typedDefaultParameter)) {
            if (parent.flags & Param) {
                ctx.flags |= ParamDefault;
                ctx.scope = ctx.scope >= 0 ? m_out.definitions[std::size_t(ctx.scope)].parent : -1;
            } else if (parent.lambda >= 0) {
                ctx.lambda = m_out.lambdas[std::size_t(parent.lambda)].parent;
            }
        }
        if ((parent.flags & Param) && parent.symbol == S.typedDefaultParameter) {
            if (field == S.fName)
                ctx.flags |= AssignTarget;
            else if (field == S.fType)
                ctx.flags |= AssignedValue;
        } else if (parent.symbol == S.namedExpression) {
            if (field == S.fName)
                ctx.flags |= AssignTarget; // `(x := f())` binds like `x = f()`
            else if (field == S.fValue)
                ctx.flags |= AssignedValue;
        }
        break;
    }
    case ParentRole::ExceptClause:
        if (symbol == S.identifier && ts_tree_cursor_current_field_id(cursor) == S.fAlias)
            ctx.flags |= Target;
        break;
    case ParentRole::Params:
        ctx.flags |= parent.symbol == S.parameters ? Target | Param : Target;
        break;
    case ParentRole::AsTarget:
        ctx.flags |= Target;
        break;
    case ParentRole::TypedParam:
        if ((parent.flags & Target) && symbol != S.type)
            ctx.flags |= Target | ((parent.flags & Param) ? Param | AssignTarget : 0);
        else if (symbol == S.type && (parent.flags & Param))
            ctx.flags |= AssignedValue;
        break;
    case ParentRole::Container:
        if (parent.flags & Target)
            ctx.flags |= Target | (parent.flags & (Param | ComprehensionTarget)); // `*args`
        else if (parent.symbol == S.list || parent.symbol == S.tuple ||
                 parent.symbol == S.expressionList)
            ctx.flags |= Argument;
        break;
    case ParentRole::Attribute:
        if (parent.childNo > 0)
            ctx.flags |= Skip;
        break;
    case ParentRole::KeywordArg:
        ctx.flags |= parent.childNo == 0 ? Skip : Argument;
        break;
    case ParentRole::Definition:
        if (symbol == S.identifier)
            ctx.flags |= Skip;
        break;
    case ParentRole::Global:
        ctx.flags |= Global;
        break;
    case ParentRole::Dotted:
        ctx.flags |= Skip;
        break;
    case ParentRole::Arguments:
    case ParentRole::Elements:
        ctx.flags |= Argument;
        break;
    case ParentRole::PairValue:
        if (ts_tree_cursor_current_field_id(cursor) == S.fValue)
            ctx.flags |= Argument;
        break;
    case ParentRole::Decorator:
        ctx.flags |= InDecorator;
        break;
    case ParentRole::Nonlocal:
        ctx.flags |= Global | Nonlocal;
        break;
    case ParentRole::Handed:
        ctx.flags |= Argument;
        break;
    }
    return ctx;
}

bool TreeWalker::visit(TSNode node, TSSymbol symbol, const Context &ctx, Frame &frame)
{
    m_scope = ctx.scope;
    if (ctx.flags & AssignedValue)
        onAssignedValue(node, symbol);
    if ((ctx.flags & ParamDefault) && m_parameterSite >= 0) {
        // `def run(job=on_save)`: a call that leaves job out passes on_save. It is made where
        // the function is defined (ctx.scope): a display there is bound in that scope.
        QString value = elementText(node);
        if (value.isEmpty())
            value = QString::fromLatin1(kLiteralDefault); // None, a number, a string
        if (value != QLatin1String("?"))
            m_bindings[std::size_t(m_parameterSite)].defaultValue = std::move(value);
        m_parameterSite = -1;
    }
    if ((ctx.flags & ModuleValue) && !mayHoldFacts(node))
        return false;
    switch (S.act(symbol)) {
    case NodeAct::None:
        if (symbol == S.withStatement)
            enterHeader(node, ts_node_child_by_field_id(node, S.fBody));
        else if (symbol == S.withItem)
            onWithItem(node, ctx);
        else if (symbol == S.raiseStatement)
            onRaise(node, ctx);
        return true;
    case NodeAct::Leaf:
        return false;
    case NodeAct::Identifier:
        onIdentifier(node, ctx);
        return false;
    case NodeAct::Attribute:
        onAttribute(node, ctx);
        return true;
    case NodeAct::Call:
        onCall(node, ctx);
        return true;
    case NodeAct::Definition:
        frame.scope = onDefinition(node, symbol, ctx);
        frame.flags &= ~std::uint32_t(InBranch); // the body's own branches count from here
        frame.blockEnd = 0;
        if (symbol == S.functionDefinition) {
            frame.flags |= FunctionLocal;
            enterHeader(node, ts_node_child_by_field_id(node, S.fBody));
        }
        return true;
    case NodeAct::If:
        countBranch(ctx);
        if (isTypeCheckingTest(node))
            frame.flags |= TcIf;
        onNarrowing(node, ctx);
        return true;
    case NodeAct::Branch:
        countBranch(ctx);
        if (symbol == S.forInClause) { // its targets are seen only inside the comprehension
            m_comprehensionUntil = int(ts_node_end_point(ts_node_parent(node)).row) + 1;
            m_comprehensionFrom = lineOf(ts_node_parent(node));
        }
        if (symbol == S.forStatement || symbol == S.whileStatement) {
            // Its body repeats, and a `while`'s condition; not a `for`'s iterable, nor the
            // `else` of either.
            const TSNode body = ts_node_child_by_field_id(node, S.fBody);
            const TSNode last = ts_node_is_null(body) ? node : body;
            const bool once = symbol == S.forStatement && !ts_node_is_null(body);
            m_out.loops.push_back(LoopFact{ctx.scope, lineOf(node),
                                           once ? lineOf(body) : lineOf(node),
                                           int(ts_node_end_point(last).row) + 1});
            if (symbol == S.forStatement)
                enterHeader(node, body);
        }
        if (symbol == S.elifClause)
            onNarrowing(node, ctx);
        if (symbol == S.forStatement || symbol == S.forInClause)
            onFor(node, ctx);
        else if (symbol == S.exceptClause) {
            if (const std::uint32_t n = ts_node_named_child_count(node); n > 0)
                enterHeader(node, ts_node_named_child(node, n - 1));
            onExcept(node);
        }
        return true;
    case NodeAct::Lambda:
        frame.flags |= FunctionLocal | InLambda;
        frame.lambda = onLambda(node, ctx);
        return true;
    case NodeAct::Comprehension:
        frame.flags |= InComprehension;
        return true;
    case NodeAct::Decorated:
        onDecorated(node);
        return true;
    case NodeAct::Decorator:
        onDecorator(node, ctx);
        return true;
    case NodeAct::Import:
        onImport(node, symbol, ctx);
        return false;
    case NodeAct::Assignment:
        onAssignment(node, ctx);
        return true;
    case NodeAct::String:
        return isFormatString(node); // only interpolations hold facts
    case NodeAct::Return:
        onReturn(node, ctx);
        return true;
    case NodeAct::Yield:
        onYield(node, ctx);
        return true;
    case NodeAct::Operator:
        onOperator(node, symbol, ctx);
        return true;
    }
    return true;
}

void TreeWalker::bind(const Context &ctx, std::string_view name)
{
    if (name.empty())
        return;
    if (ctx.scope >= 0) {
        m_locals.push_back({ctx.scope, name});
    } else if (!(ctx.flags & (InLambda | InComprehension))) {
        if (m_moduleNameSet.insert(name).second)
            m_out.moduleNames.append(QString::fromUtf8(name.data(), qsizetype(name.size())));
    }
}

void TreeWalker::onIdentifier(TSNode node, const Context &ctx)
{
    if (ctx.flags & Skip)
        return;
    const std::string_view name = text(node);
    if (ctx.flags & Global) {
        if (ctx.scope >= 0) {
            m_globals.push_back({ctx.scope, name});
            addBinding(ctx, node, name,
                       (ctx.flags & Nonlocal) ? BindingKind::Nonlocal : BindingKind::Global, false);
        }
    } else if (ctx.flags & Target) {
        bind(ctx, name);
        if (ctx.scope >= 0 || !(ctx.flags & (InLambda | InComprehension)) ||
            (ctx.flags & ComprehensionTarget)) {
            // A parameter list that error recovery left outside any function (a def
            // without its colon) binds a plain name, never a parameter of nothing.
            const bool parameter = (ctx.flags & Param) && ctx.scope >= 0;
            const int site = addBinding(
                ctx, node, name, parameter ? BindingKind::Parameter : BindingKind::Plain, false);
            if (ctx.flags & AssignTarget)
                m_assignTarget = site;
            else if (site >= 0 && !m_pending.empty())
                applyPending(site, node);
            m_parameterSite = parameter ? site : -1;
        }
        if ((ctx.flags & ReadToo) && ctx.scope >= 0)
            m_reads.push_back({ctx.scope, name, lineOf(node), ctx.lambda});
    } else {
        if (ctx.scope >= 0)
            m_reads.push_back({ctx.scope, name, lineOf(node), ctx.lambda});
        if (ctx.flags & Argument)
            m_references.push_back({ctx.scope, name, lineOf(node), ctx.lambda});
    }
}

void TreeWalker::onAttribute(TSNode node, const Context &ctx)
{
    if (ctx.flags & Argument)
        m_references.push_back({ctx.scope, text(node), lineOf(node), ctx.lambda});
    const bool store = (ctx.flags & Target) != 0;
    const TSNode object = ts_node_child(node, 0);
    if (ctx.scope < 0 || m_selfNames[ctx.scope].empty() || symbolOf(object) != S.identifier ||
        text(object) != m_selfNames[ctx.scope]) {
        // `conf.hook = f`, `mod.handler = f`: an attribute of another object, bound under its
        // whole chain (calls read it where the object's class or module lacks the name).
        if (store && isPlainChain(text(node))) {
            const int site = addBinding(ctx, node, text(node), BindingKind::Plain, false);
            if (ctx.flags & AssignTarget)
                m_assignTarget = site;
            else if (site >= 0 && !m_pending.empty())
                applyPending(site, node);
        }
        return;
    }
    const TSNode attribute = ts_node_child_by_field_id(node, S.fAttribute);
    if (ts_node_is_null(attribute))
        return;
    if (store) {
        const int site = addBinding(ctx, node, text(attribute), BindingKind::Plain, true);
        if (ctx.flags & AssignTarget)
            m_assignTarget = site;
        else if (site >= 0 && !m_pending.empty())
            applyPending(site, node);
    }
    m_out.attributes.push_back(RawAttributeUse{ctx.scope, qtext(attribute), lineOf(node), store});
}

int TreeWalker::onDefinition(TSNode node, TSSymbol symbol, const Context &ctx)
{
    const bool isClass = symbol == S.classDefinition;
    const int parentIndex = ctx.scope;
    const RawDefinition *parent = parentIndex >= 0 ? &m_out.definitions[parentIndex] : nullptr;

    RawDefinition def;
    const TSNode nameNode = ts_node_child_by_field_id(node, S.fName);
    const std::string_view name = ts_node_is_null(nameNode) ? std::string_view{} : text(nameNode);
    def.name = QString::fromUtf8(name.data(), qsizetype(name.size()));
    def.qualName = parent ? parent->qualName + QLatin1Char('.') + def.name : def.name;
    def.kind = isClass                                    ? DefKind::Class
               : parent && parent->kind == DefKind::Class ? DefKind::Method
                                                          : DefKind::Function;
    def.parent = parentIndex;
    def.branch = (ctx.flags & InBranch) != 0;
    const TSPoint start = ts_node_start_point(node);
    const TSPoint end = ts_node_end_point(node);
    def.line = static_cast<int>(start.row) + 1;
    // A node that ends at a line start (a trailing newline) ends on the line before.
    def.endLine = static_cast<int>(end.row) + (end.column == 0 && end.row > start.row ? 0 : 1);
    def.sloc = m_lines.slocOf(def.line, def.endLine);

    bool isStatic = false;
    if (m_pendingFor == ts_node_start_byte(node)) {
        def.decorators = std::move(m_pendingDecorators);
        m_pendingDecorators.clear();
        for (const int call : m_decoratorCalls)
            m_out.calls[std::size_t(call)].decorates = static_cast<int>(m_out.definitions.size());
        m_decoratorCalls.clear();
        isStatic = m_pendingStatic;
        m_pendingFor = UINT32_MAX;
    }

    std::string_view selfName;
    if (isClass) {
        const TSNode bases = ts_node_child_by_field_id(node, S.fSuperclasses);
        if (!ts_node_is_null(bases)) {
            CursorOwner owner(bases);
            TSTreeCursor *c = &owner.cursor;
            for (bool ok = ts_tree_cursor_goto_first_child(c); ok;
                 ok = ts_tree_cursor_goto_next_sibling(c)) {
                const TSNode base = ts_tree_cursor_current_node(c);
                const TSSymbol bs = symbolOf(base);
                // Keywords (metaclass=...), splats and comments are not bases.
                if (ts_node_is_named(base) && bs != S.keywordArgument && bs != S.comment &&
                    bs != S.listSplat && bs != S.dictionarySplat)
                    def.bases.append(qtext(base));
            }
        }
    } else {
        def.isAsync = symbolOf(ts_node_child(node, 0)) == S.asyncKeyword;
        def.parameters = parameterList(node);
        const std::string_view first = firstParameter(node);
        if (def.kind == DefKind::Method && !isStatic)
            selfName = first;
        else if (parent && parent->kind != DefKind::Class)
            selfName = m_selfNames[parentIndex]; // a closure inside a method sees its self
        const TSNode returns = ts_node_child_by_field_id(node, S.fReturnType);
        if (!ts_node_is_null(returns))
            def.returns = qtext(returns);
        def.selfName = sharedName(selfName);
    }

    // The name is bound in the enclosing scope.
    bind(Context{ctx.flags & Sticky, parentIndex}, name);
    m_handles.push_back(name);

    m_out.definitions.push_back(std::move(def));
    m_selfNames.push_back(selfName);
    return static_cast<int>(m_out.definitions.size()) - 1;
}

// At module level only calls (and walrus bindings) inside an assigned value are facts: no
// scope to attribute reads or decisions to. A value whose text has neither '(' nor ":=" is
// skipped unvisited; scanning bytes is far cheaper than walking nodes, and each module-level
// value is scanned once, so data-heavy modules (long literal tables) stay cheap.
bool TreeWalker::mayHoldFacts(TSNode moduleValue) const
{
    const TSSymbol symbol = symbolOf(moduleValue);
    if (symbol == S.identifier || symbol == S.attribute || symbol == S.lambda)
        return true; // `handler = f`: a reference; a lambda is a function of its own
    const std::string_view t = text(moduleValue);
    if (t.find('(') != std::string_view::npos || t.find(":=") != std::string_view::npos)
        return true;
    const bool display = isDisplay(symbol) || symbol == S.expressionList;
    const bool operation = symbol == S.binaryOperator || symbol == S.comparisonOperator ||
                           symbol == S.unaryOperator || symbol == S.subscript;
    return (display || operation) && mayNameSomething(t);
}

// Whether the literal's prefix (the letters before its quote) has an `f`.
bool TreeWalker::isFormatString(TSNode string) const
{
    const std::uint32_t begin = ts_node_start_byte(string);
    for (std::uint32_t i = begin; i < m_src.size() && i < begin + 4; ++i) {
        const char ch = m_src[i];
        if (ch == '\'' || ch == '"')
            return false;
        if (ch == 'f' || ch == 'F')
            return true;
    }
    return false;
}

bool TreeWalker::isTypeCheckingTest(TSNode ifNode) const
{
    TSNode condition = ts_node_child_by_field_id(ifNode, S.fCondition);
    if (symbolOf(condition) == S.attribute)
        condition = ts_node_child_by_field_id(condition, S.fAttribute);
    return symbolOf(condition) == S.identifier && text(condition) == "TYPE_CHECKING";
}

// Cyclomatic complexity of a function is 1 plus one for each decision in its own body:
// if, elif, for, while, except (and except*), each `and`/`or` operator, each conditional
// expression, each `for` and `if` clause of a comprehension, and each `case` of a match.
// with, assert, try, else and finally add nothing. Decisions in a nested function count for
// that function only; decisions directly in a class body count for nobody (classes stay 1).
void TreeWalker::countBranch(const Context &ctx)
{
    if (ctx.scope >= 0) {
        RawDefinition &def = m_out.definitions[ctx.scope];
        if (def.kind != DefKind::Class)
            ++def.complexity;
    }
}

void TreeWalker::enterHeader(TSNode node, TSNode body)
{
    if (ts_node_is_null(body) || symbolOf(body) != S.block)
        return;
    m_header = {ts_node_start_byte(node), ts_node_start_byte(body), lineOf(body)};
}

// `h = f; h()`: the code after the `;` sees h. Not when the value reads the name itself
// (`h = h(); h.run()` on one line): a use there would read the binding being made.
void TreeWalker::onSemicolonAssignment(TSNode assignment, TSNode left, TSNode right)
{
    if (ts_node_start_point(assignment).row != ts_node_end_point(assignment).row ||
        ts_node_is_null(right))
        return;
    const auto blank = [](char c) { return c == ' ' || c == '\t'; };
    std::size_t at = ts_node_end_byte(assignment);
    while (at < m_src.size() && blank(m_src[at]))
        ++at;
    if (at >= m_src.size() || m_src[at] != ';')
        return;
    ++at;
    while (at < m_src.size() && blank(m_src[at]))
        ++at;
    if (at >= m_src.size() || m_src[at] == '\n' || m_src[at] == '\r' || m_src[at] == '#')
        return;
    const std::string_view name = text(left);
    const std::string_view value = text(right);
    for (std::size_t i = value.find(name); i != std::string_view::npos;
         i = value.find(name, i + 1)) {
        const std::size_t end = i + name.size();
        if ((i == 0 || !isNameByte(value[i - 1])) &&
            (end >= value.size() || !isNameByte(value[end])))
            return;
    }
    m_header = {ts_node_start_byte(left), ts_node_end_byte(left), lineOf(left)};
}

// A read counts as a use of a module-level name unless the same definition binds that name
// itself (parameter, assignment, import, nested def) without declaring it global.
void TreeWalker::finish()
{
    std::sort(m_locals.begin(), m_locals.end());
    std::sort(m_globals.begin(), m_globals.end());
    for (const NameRead &read : m_reads) {
        if (!m_moduleNameSet.count(read.name))
            continue;
        const ScopedName key{read.scope, read.name};
        const bool local = std::binary_search(m_locals.begin(), m_locals.end(), key) &&
                           !std::binary_search(m_globals.begin(), m_globals.end(), key);
        if (!local)
            m_out.names.push_back(RawNameUse{
                read.scope, QString::fromUtf8(read.name.data(), qsizetype(read.name.size())),
                read.line});
    }
    finishReferences(); // adds to the heads that decide which bindings are kept
    finishBindings();
    nameLambdas();
    // Kept for the whole analysis: no growth slack.
    m_out.references.shrink_to_fit();
    m_out.bindings.shrink_to_fit();
}

} // namespace headroom::detail
