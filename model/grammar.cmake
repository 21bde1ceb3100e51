# tree-sitter-python comes from the npm registry at configure time, into the build tree,
# checked against the registry's sha512, and is compiled as a static library. Nothing of it
# is committed. -DHEADROOM_GRAMMAR_DIR=/path/to/tree-sitter-python uses an unpacked copy
# (the folder that holds src/parser.c) instead.
set(HEADROOM_GRAMMAR_VERSION 0.23.6)
set(HEADROOM_GRAMMAR_SHA512
    c8833dcf4a31288c53edb02d3ce860a1597a8135e59a5221b9eee58854f8a013c5fe585aec76b8750052f3602fea130c459a159c5248f0cea62fe4b05a82c3dc)
set(HEADROOM_GRAMMAR_DIR "" CACHE PATH
    "An unpacked tree-sitter-python ${HEADROOM_GRAMMAR_VERSION} (holding src/parser.c); empty: fetch it with npm")

if(HEADROOM_GRAMMAR_DIR)
    set(_grammar_root "${HEADROOM_GRAMMAR_DIR}")
    if(NOT EXISTS "${_grammar_root}/src/parser.c")
        message(FATAL_ERROR "HEADROOM_GRAMMAR_DIR=${_grammar_root} holds no src/parser.c: point it at an unpacked tree-sitter-python ${HEADROOM_GRAMMAR_VERSION}.")
    endif()
else()
    set(_grammar_work "${CMAKE_BINARY_DIR}/_grammar")
    set(_grammar_tgz "${_grammar_work}/tree-sitter-python-${HEADROOM_GRAMMAR_VERSION}.tgz")
    set(_grammar_root "${_grammar_work}/package")
    file(MAKE_DIRECTORY "${_grammar_work}")
    if(EXISTS "${_grammar_tgz}")
        file(SHA512 "${_grammar_tgz}" _have)
        if(NOT _have STREQUAL HEADROOM_GRAMMAR_SHA512)
            file(REMOVE "${_grammar_tgz}")
        endif()
    endif()
    if(NOT EXISTS "${_grammar_tgz}")
        find_program(HEADROOM_NPM npm)
        if(NOT HEADROOM_NPM)
            message(FATAL_ERROR "npm is needed once to fetch the Python grammar: install it with 'sudo apt-get install npm' (or pass -DHEADROOM_GRAMMAR_DIR=<unpacked tree-sitter-python ${HEADROOM_GRAMMAR_VERSION}>).")
        endif()
        message(STATUS "Fetching tree-sitter-python ${HEADROOM_GRAMMAR_VERSION} with npm pack")
        execute_process(
            COMMAND "${HEADROOM_NPM}" pack "tree-sitter-python@${HEADROOM_GRAMMAR_VERSION}"
                    --silent --pack-destination "${_grammar_work}"
            WORKING_DIRECTORY "${_grammar_work}"
            RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _err)
        if(NOT _rc EQUAL 0 OR NOT EXISTS "${_grammar_tgz}")
            message(FATAL_ERROR "Could not fetch tree-sitter-python ${HEADROOM_GRAMMAR_VERSION} from the npm registry (npm said: ${_err}); check the network, or pass -DHEADROOM_GRAMMAR_DIR=<unpacked grammar>.")
        endif()
        file(SHA512 "${_grammar_tgz}" _have)
        if(NOT _have STREQUAL HEADROOM_GRAMMAR_SHA512)
            file(REMOVE "${_grammar_tgz}")
            message(FATAL_ERROR "The downloaded tree-sitter-python ${HEADROOM_GRAMMAR_VERSION} does not match its known sha512; refusing to build with it.")
        endif()
        file(REMOVE_RECURSE "${_grammar_root}")
    endif()
    if(NOT EXISTS "${_grammar_root}/src/parser.c")
        file(ARCHIVE_EXTRACT INPUT "${_grammar_tgz}" DESTINATION "${_grammar_work}"
             PATTERNS package/src package/LICENSE package/queries)
    endif()
endif()

add_library(tree_sitter_python STATIC
    "${_grammar_root}/src/parser.c"
    "${_grammar_root}/src/scanner.c")
target_include_directories(tree_sitter_python PRIVATE "${_grammar_root}/src")
set_target_properties(tree_sitter_python PROPERTIES POSITION_INDEPENDENT_CODE ON C_STANDARD 11)
target_compile_options(tree_sitter_python PRIVATE -w)
set(HEADROOM_GRAMMAR_QUERIES "${_grammar_root}/queries")
