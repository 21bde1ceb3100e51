#pragma once

// Node symbols and field ids of the Python grammar, looked up once by name so that the hot
// loops compare integers instead of strings. Private to the extractor.

#include <tree_sitter/api.h>

#include <cstdint>
#include <vector>

extern "C" const TSLanguage *tree_sitter_python(void);

namespace headroom::detail {

// What the walker does when it meets a node of a symbol.
enum class NodeAct : std::uint8_t
{
    None,
    Leaf, // tokens and literals: nothing below them to visit
    Identifier,
    Attribute,
    Call,
    Definition, // function_definition, class_definition
    If,
    Branch, // adds one to the enclosing function's cyclomatic complexity
    Lambda,
    Comprehension,
    Decorated,
    Decorator,
    Import,
    Assignment, // assignment, augmented_assignment (for __all__)
    String,     // entered only when it holds interpolations (f-strings)
    Return,     // return_statement: what a call of the function gives
    Yield,      // a generator's call gives no value of its return statements
    Operator,   // binary, comparison and unary operators, subscripts: special methods
};

// What a node of a symbol means for the context of its children.
enum class ParentRole : std::uint8_t
{
    None,
    Conditional,  // while, try, match: children run conditionally
    If,           // if_statement: TYPE_CHECKING consequence or conditional
    AssignLeft,   // assignment, augmented_assignment: the first child is the target
    ForLeft,      // for_statement (also conditional), for_in_clause: field `left` is a target
    NameTarget,   // default parameters, named_expression: field `name` is a target
    ExceptClause, // Python 2 `except E, e`: field `alias` is a target
    Params,       // parameters, lambda_parameters: every child binds
    TypedParam,   // typed_parameter: children but the annotation bind
    AsTarget,     // as_pattern_target: everything binds
    Container,    // tuple/list/pattern lists: children bind when the container does
    Attribute,    // children after the object are attribute names, not reads
    KeywordArg,   // the first child is a keyword name, not a read
    Definition,   // the identifier child is the defined name
    Global,       // global/nonlocal names
    Dotted,       // dotted_name parts are not reads
    Arguments,    // argument_list: names among the children are references
    Elements,     // set: names among the children are references
    PairValue,    // pair: a name as the value is a reference
    Decorator,    // the child is the decorator expression
    Nonlocal,     // nonlocal names
    Handed,       // return, expression statement: a name or attribute as the child is read
                  // (a property's getter runs) or handed on: a reference
};

struct PySymbols
{
    // Named node types.
    TSSymbol identifier = 0, attribute = 0, call = 0, decorator = 0, decoratedDefinition = 0,
             functionDefinition = 0, classDefinition = 0, lambda = 0, parameters = 0,
             lambdaParameters = 0, typedParameter = 0, defaultParameter = 0,
             typedDefaultParameter = 0, listSplatPattern = 0, dictionarySplatPattern = 0,
             tuplePattern = 0, listPattern = 0, patternList = 0, tuple = 0, list = 0,
             parenthesizedExpression = 0, asPatternTarget = 0, assignment = 0,
             augmentedAssignment = 0, forStatement = 0, forInClause = 0, whileStatement = 0,
             ifStatement = 0, elifClause = 0, tryStatement = 0, exceptClause = 0,
             exceptGroupClause = 0, matchStatement = 0, caseClause = 0, block = 0,
             booleanOperator = 0, conditionalExpression = 0, ifClause = 0, namedExpression = 0,
             await = 0, keywordArgument = 0, globalStatement = 0, nonlocalStatement = 0,
             importStatement = 0, importFromStatement = 0, futureImportStatement = 0,
             dottedName = 0, aliasedImport = 0, relativeImport = 0, importPrefix = 0,
             wildcardImport = 0, string = 0, stringStart = 0, stringEnd = 0, interpolation = 0,
             listComprehension = 0, setComprehension = 0, dictionaryComprehension = 0,
             generatorExpression = 0, comment = 0, type = 0, listSplat = 0, dictionarySplat = 0,
             returnStatement = 0, expressionStatement = 0, yield = 0, set = 0, dictionary = 0,
             pair = 0, argumentList = 0, none = 0, subscript = 0, slice = 0, withItem = 0,
             asPattern = 0, expressionList = 0, raiseStatement = 0, binaryOperator = 0,
             comparisonOperator = 0, unaryOperator = 0, deleteStatement = 0, integer = 0,
             float_ = 0, true_ = 0, false_ = 0, concatenatedString = 0, withStatement = 0;
    // Anonymous tokens.
    TSSymbol asyncKeyword = 0;
    TSSymbol error = 0; // ERROR nodes (the runtime's builtin error symbol)

    TSFieldId fName = 0, fAlias = 0, fLeft = 0, fRight = 0, fAttribute = 0, fParameters = 0,
              fCondition = 0, fModuleName = 0, fSuperclasses = 0, fType = 0, fValue = 0,
              fReturnType = 0, fBody = 0, fConsequence = 0, fArguments = 0, fOperator = 0, fKey = 0,
              fArgument = 0;

    bool complete = false; // every name above was found in the grammar

    std::vector<NodeAct> acts;     // indexed by symbol
    std::vector<ParentRole> roles; // indexed by symbol

    NodeAct act(TSSymbol s) const { return s < acts.size() ? acts[s] : NodeAct::None; }
    ParentRole role(TSSymbol s) const { return s < roles.size() ? roles[s] : ParentRole::None; }
};

// The table for tree_sitter_python(), built on first use (thread-safe static).
const PySymbols &pySymbols();

} // namespace headroom::detail
