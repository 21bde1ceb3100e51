#include "extractor_symbols.h"

#include <cstring>
#include <initializer_list>

namespace headroom::detail {

namespace {

PySymbols buildSymbols()
{
    const TSLanguage *lang = tree_sitter_python();
    PySymbols s;
    bool ok = true;
    auto named = [&](TSSymbol &out, const char *name) {
        out =
            ts_language_symbol_for_name(lang, name, static_cast<uint32_t>(std::strlen(name)), true);
        ok = ok && out != 0;
    };
    auto token = [&](TSSymbol &out, const char *name) {
        out = ts_language_symbol_for_name(lang, name, static_cast<uint32_t>(std::strlen(name)),
                                          false);
        ok = ok && out != 0;
    };
    auto field = [&](TSFieldId &out, const char *name) {
        out = ts_language_field_id_for_name(lang, name, static_cast<uint32_t>(std::strlen(name)));
        ok = ok && out != 0;
    };

    named(s.identifier, "identifier");
    named(s.attribute, "attribute");
    named(s.call, "call");
    named(s.decorator, "decorator");
    named(s.decoratedDefinition, "decorated_definition");
    named(s.functionDefinition, "function_definition");
    named(s.classDefinition, "class_definition");
    named(s.lambda, "lambda");
    named(s.parameters, "parameters");
    named(s.lambdaParameters, "lambda_parameters");
    named(s.typedParameter, "typed_parameter");
    named(s.defaultParameter, "default_parameter");
    named(s.typedDefaultParameter, "typed_default_parameter");
    named(s.listSplatPattern, "list_splat_pattern");
    named(s.dictionarySplatPattern, "dictionary_splat_pattern");
    named(s.tuplePattern, "tuple_pattern");
    named(s.listPattern, "list_pattern");
    named(s.patternList, "pattern_list");
    named(s.tuple, "tuple");
    named(s.list, "list");
    named(s.parenthesizedExpression, "parenthesized_expression");
    named(s.asPatternTarget, "as_pattern_target");
    named(s.assignment, "assignment");
    named(s.augmentedAssignment, "augmented_assignment");
    named(s.forStatement, "for_statement");
    named(s.forInClause, "for_in_clause");
    named(s.whileStatement, "while_statement");
    named(s.ifStatement, "if_statement");
    named(s.elifClause, "elif_clause");
    named(s.tryStatement, "try_statement");
    named(s.exceptClause, "except_clause");
    named(s.exceptGroupClause, "except_group_clause");
    named(s.withStatement, "with_statement");
    named(s.matchStatement, "match_statement");
    named(s.caseClause, "case_clause");
    named(s.block, "block");
    named(s.booleanOperator, "boolean_operator");
    named(s.conditionalExpression, "conditional_expression");
    named(s.await, "await");
    named(s.ifClause, "if_clause");
    named(s.namedExpression, "named_expression");
    named(s.keywordArgument, "keyword_argument");
    named(s.integer, "integer");
    named(s.float_, "float");
    named(s.true_, "true");
    named(s.false_, "false");
    named(s.concatenatedString, "concatenated_string");
    named(s.globalStatement, "global_statement");
    named(s.nonlocalStatement, "nonlocal_statement");
    named(s.importStatement, "import_statement");
    named(s.importFromStatement, "import_from_statement");
    named(s.futureImportStatement, "future_import_statement");
    named(s.dottedName, "dotted_name");
    named(s.aliasedImport, "aliased_import");
    named(s.relativeImport, "relative_import");
    named(s.importPrefix, "import_prefix");
    named(s.wildcardImport, "wildcard_import");
    named(s.string, "string");
    named(s.stringStart, "string_start");
    named(s.stringEnd, "string_end");
    named(s.interpolation, "interpolation");
    named(s.listComprehension, "list_comprehension");
    named(s.setComprehension, "set_comprehension");
    named(s.dictionaryComprehension, "dictionary_comprehension");
    named(s.generatorExpression, "generator_expression");
    named(s.comment, "comment");
    named(s.type, "type");
    named(s.listSplat, "list_splat");
    named(s.dictionarySplat, "dictionary_splat");
    named(s.returnStatement, "return_statement");
    named(s.expressionStatement, "expression_statement");
    named(s.yield, "yield");
    named(s.set, "set");
    named(s.dictionary, "dictionary");
    named(s.pair, "pair");
    named(s.argumentList, "argument_list");
    named(s.none, "none");
    named(s.subscript, "subscript");
    named(s.slice, "slice");
    named(s.withItem, "with_item");
    named(s.asPattern, "as_pattern");
    named(s.expressionList, "expression_list");
    named(s.raiseStatement, "raise_statement");
    named(s.binaryOperator, "binary_operator");
    named(s.comparisonOperator, "comparison_operator");
    named(s.unaryOperator, "unary_operator");
    named(s.deleteStatement, "delete_statement");
    token(s.asyncKeyword, "async");
    s.error = ts_language_symbol_for_name(lang, "ERROR", 5, true);

    field(s.fName, "name");
    field(s.fAlias, "alias");
    field(s.fLeft, "left");
    field(s.fRight, "right");
    field(s.fAttribute, "attribute");
    field(s.fParameters, "parameters");
    field(s.fCondition, "condition");
    field(s.fModuleName, "module_name");
    field(s.fSuperclasses, "superclasses");
    field(s.fType, "type");
    field(s.fValue, "value");
    field(s.fKey, "key");
    field(s.fReturnType, "return_type");
    field(s.fBody, "body");
    field(s.fConsequence, "consequence");
    field(s.fArguments, "arguments");
    field(s.fOperator, "operator");
    field(s.fArgument, "argument");

    s.complete = ok;
    if (!ok)
        return s;

    const auto count = ts_language_symbol_count(lang);
    s.acts.assign(count, NodeAct::None);
    s.roles.assign(count, ParentRole::None);
    auto act = [&](NodeAct a, std::initializer_list<TSSymbol> symbols) {
        for (TSSymbol sym : symbols)
            s.acts[sym] = a;
    };
    auto role = [&](ParentRole r, std::initializer_list<TSSymbol> symbols) {
        for (TSSymbol sym : symbols)
            s.roles[sym] = r;
    };
    // Not descending into tokens saves a failed goto_first_child per token.
    for (TSSymbol sym = 0; sym < count; ++sym) {
        if (ts_language_symbol_type(lang, sym) != TSSymbolTypeRegular)
            s.acts[sym] = NodeAct::Leaf;
    }
    for (const char *name : {"comment", "integer", "float", "true", "false", "none", "ellipsis",
                             "string_start", "string_end", "escape_sequence",
                             "escape_interpolation", "type_conversion", "line_continuation"}) {
        const TSSymbol sym =
            ts_language_symbol_for_name(lang, name, static_cast<uint32_t>(std::strlen(name)), true);
        if (sym != 0 && sym < count)
            s.acts[sym] = NodeAct::Leaf;
    }
    act(NodeAct::Identifier, {s.identifier});
    act(NodeAct::Attribute, {s.attribute});
    act(NodeAct::Call, {s.call});
    act(NodeAct::Definition, {s.functionDefinition, s.classDefinition});
    act(NodeAct::If, {s.ifStatement});
    act(NodeAct::Branch,
        {s.elifClause, s.forStatement, s.whileStatement, s.exceptClause, s.exceptGroupClause,
         s.booleanOperator, s.conditionalExpression, s.ifClause, s.forInClause, s.caseClause});
    act(NodeAct::Lambda, {s.lambda});
    act(NodeAct::Comprehension, {s.listComprehension, s.setComprehension, s.dictionaryComprehension,
                                 s.generatorExpression});
    act(NodeAct::Decorated, {s.decoratedDefinition});
    act(NodeAct::Decorator, {s.decorator});
    act(NodeAct::Import, {s.importStatement, s.importFromStatement, s.futureImportStatement});
    act(NodeAct::Assignment, {s.assignment, s.augmentedAssignment});
    act(NodeAct::String, {s.string});
    act(NodeAct::Return, {s.returnStatement});
    act(NodeAct::Yield, {s.yield});
    act(NodeAct::Operator, {s.binaryOperator, s.comparisonOperator, s.unaryOperator, s.subscript});

    role(ParentRole::Conditional, {s.whileStatement, s.tryStatement, s.matchStatement});
    role(ParentRole::If, {s.ifStatement});
    role(ParentRole::AssignLeft, {s.assignment, s.augmentedAssignment});
    role(ParentRole::ForLeft, {s.forStatement, s.forInClause});
    role(ParentRole::NameTarget, {s.defaultParameter, s.typedDefaultParameter, s.namedExpression});
    role(ParentRole::ExceptClause, {s.exceptClause});
    role(ParentRole::Params, {s.parameters, s.lambdaParameters});
    role(ParentRole::TypedParam, {s.typedParameter});
    role(ParentRole::AsTarget, {s.asPatternTarget});
    role(ParentRole::Container,
         {s.patternList, s.tuplePattern, s.listPattern, s.listSplatPattern,
          s.dictionarySplatPattern, s.tuple, s.list, s.parenthesizedExpression, s.expressionList});
    role(ParentRole::Attribute, {s.attribute});
    role(ParentRole::KeywordArg, {s.keywordArgument});
    role(ParentRole::Definition, {s.functionDefinition, s.classDefinition});
    role(ParentRole::Global, {s.globalStatement});
    role(ParentRole::Nonlocal, {s.nonlocalStatement});
    role(ParentRole::Arguments, {s.argumentList});
    role(ParentRole::Elements, {s.set});
    role(ParentRole::PairValue, {s.pair});
    role(ParentRole::Decorator, {s.decorator});
    role(ParentRole::Dotted, {s.dottedName});
    role(ParentRole::Handed, {s.returnStatement, s.expressionStatement});
    return s;
}

} // namespace

const PySymbols &pySymbols()
{
    static const PySymbols symbols = buildSymbols();
    return symbols;
}

} // namespace headroom::detail
