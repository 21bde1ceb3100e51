# Writes OUT, a header defining NAME as a hash of the contents of SOURCES: the facts cache's
# version (analysis.cpp, factCacheVersion) changes with any change to how facts are
# extracted, and a cached call graph's key (callgraphcache.cpp) with any change to how calls
# are resolved, without anyone having to remember to bump a number. Run by the build when
# one of SOURCES changes; the header is only rewritten when the hash moved.
list(SORT SOURCES)
set(all "")
foreach(source IN LISTS SOURCES)
    file(SHA256 "${source}" digest)
    string(APPEND all "${digest}")
endforeach()
string(SHA256 digest "${all}")
string(SUBSTRING "${digest}" 0 16 short)
file(WRITE "${OUT}.tmp" "#pragma once\n#define ${NAME} \"${short}\"\n")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUT}.tmp")
