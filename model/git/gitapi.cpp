#include "gitapi.h"

#include <QCoreApplication>

#include <dlfcn.h>

namespace headroom::detail {

namespace {

struct Loaded
{
    GitApi api;
    const GitApi *usable = nullptr;
    QString error;

    Loaded()
    {
        // RTLD_LOCAL: nothing else in the process sees libgit2's symbols. Never closed.
        void *library = ::dlopen(HEADROOM_LIBGIT2_SONAME, RTLD_NOW | RTLD_LOCAL);
        if (!library) {
            const char *why = ::dlerror();
            error = why ? QString::fromLocal8Bit(why)
                        : QCoreApplication::translate("GitApi", "%1 cannot be loaded")
                              .arg(QLatin1String(HEADROOM_LIBGIT2_SONAME));
            return;
        }
        bool all = true;
#define HEADROOM_GIT_LOOK_UP(name)                                                                 \
    api.name = reinterpret_cast<decltype(api.name)>(::dlsym(library, "git_" #name));               \
    if (!api.name) {                                                                               \
        all = false;                                                                               \
        error = QCoreApplication::translate("GitApi", "%1 has no function %2")                     \
                    .arg(QLatin1String(HEADROOM_LIBGIT2_SONAME), QLatin1String("git_" #name));     \
    }
        HEADROOM_GIT_FUNCTIONS(HEADROOM_GIT_LOOK_UP)
#undef HEADROOM_GIT_LOOK_UP
        if (!all)
            return;
        // libgit2 counts its initialisations; one for the life of the process is enough.
        if (api.libgit2_init() < 0) {
            error = QCoreApplication::translate("GitApi", "%1 could not be initialised")
                        .arg(QLatin1String(HEADROOM_LIBGIT2_SONAME));
            return;
        }
        usable = &api;
    }
};

} // namespace

const GitApi *loadGit(QString *why)
{
    static const Loaded loaded; // thread-safe, once
    if (!loaded.usable && why)
        *why = loaded.error;
    return loaded.usable;
}

} // namespace headroom::detail
