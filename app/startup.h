#pragma once

// What both halves of the program do as they start (main.cpp, guimain.cpp).

class QCoreApplication;

namespace headroom {

// An X11 or Wayland display, or a platform chosen by hand.
[[nodiscard]] bool hasDisplay();
// The application's name, version and organisation (settings and cache folders).
void setNames();
// The language chosen in the settings ("" = the system's), else the system locale.
void installTranslators(QCoreApplication &app);

} // namespace headroom
