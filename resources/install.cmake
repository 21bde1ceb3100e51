# Installing and packaging (README, "Installing"). Included last from the top CMakeLists.txt.
#   cmake --install build --prefix /usr/local     bin/headroom, lib/.../headroom/headroom-gui.so,
#                                                 share/headroom/sample, menu entry
#   cd build && cpack -G DEB                      headroom_<version>_<arch>.deb
#
# The translations need no files of their own: qt_add_translations (app/CMakeLists.txt)
# compiles the .qm files into the binary, which loads them from :/i18n.
include(GNUInstallDirs)

install(TARGETS headroom RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# The window and the drawing commands, loaded by the program (app/main.cpp).
install(TARGETS headroom-gui LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}/headroom)
# The binary finds the sample at a fixed place relative to itself (app/main.cpp).
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/sample/
        DESTINATION ${CMAKE_INSTALL_DATADIR}/headroom/sample
        PATTERN __pycache__ EXCLUDE
        PATTERN *.pyc EXCLUDE)
install(FILES ${PROJECT_SOURCE_DIR}/resources/headroom.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/headroom.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

# One Debian package. Its dependencies come from the libraries the binary links
# (dpkg-shlibdeps); what Qt and the window load at run time is named by hand.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME headroom)
set(CPACK_PACKAGE_VENDOR "Headroom")
# The maintainer field is required; set CPACK_PACKAGE_CONTACT when configuring to put a
# real address in it.
if(NOT CPACK_PACKAGE_CONTACT)
    set(CPACK_PACKAGE_CONTACT "Headroom maintainers <headroom@invalid>")
endif()
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION "\
Headroom reads a Python project without running it, builds its module import graph and
shows where the design has grown past what fits in a head: import layers stacked too deep,
modules importing each other in circles, modules and classes made of unrelated parts.
It is a Qt desktop application for exploring code and for design reviews, and a command
line for CI pipelines (analyze, summary, check, export, report).")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# libgit2 is loaded when a revision is read, not linked (model/git/gitapi.h), so
# dpkg-shlibdeps cannot see it: the package owning the library found at configure time.
get_filename_component(_libgit2_real "${HEADROOM_LIBGIT2_FILE}" REALPATH)
execute_process(COMMAND dpkg-query -S "${_libgit2_real}"
                OUTPUT_VARIABLE _libgit2_owner RESULT_VARIABLE _libgit2_query ERROR_QUIET)
if(_libgit2_query EQUAL 0 AND _libgit2_owner MATCHES "^([^:,]+)")
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "${CMAKE_MATCH_1}")
endif()
# The graph's labels are drawn in DejaVu Sans; Wayland sessions need Qt's Wayland plugin
# (without it Qt falls back to X11 through XWayland).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-dejavu-core, qt6-wayland")
include(CPack)
