# `cpack -G DEB` in a build folder makes corroborate_VERSION-1_ARCH.deb of what `cmake --install` installs, with
# the shared libraries it needs found by dpkg-shlibdeps. Included from the top-level CMakeLists.txt (CPack wants
# the top-level scope). scripts/check-package installs the package into a clean Debian 12 and starts it.
set(CORROB_PACKAGE_MAINTAINER "Corroborate contributors <corroborate@example.org>"
    CACHE STRING "The Maintainer field of the Debian package")

set(CPACK_PACKAGE_NAME corroborate)
set(CPACK_PACKAGE_VENDOR "Corroborate contributors")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "investigation workbench: the independent sources behind each claim")
# Lines of at most 80 characters, as apt shows them; an empty line separates paragraphs.
string(CONCAT CPACK_PACKAGE_DESCRIPTION
       "Corroborate is a workbench for journalists, OSINT researchers and\n"
       "human-rights investigators who work from many articles and reports about\n"
       "the same events. Import the reports into a case, read them side by side,\n"
       "mark the claims each one makes and who makes them, and link claims across\n"
       "reports as corroborating, contradicting, repeating or updating each other.\n"
       "It tells you how many independent sources back a claim (ten outlets\n"
       "repeating one press release count as one) and who disputes it.\n"
       "\n"
       "Every report keeps its original bytes and their SHA-256, and every change\n"
       "is recorded in a hash-chained audit log. The package holds the window\n"
       "(corroborate) and the command line (corroborate-cli).")
set(CPACK_GENERATOR DEB)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CORROB_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION journalism)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# dpkg-shlibdeps finds the libraries the two programs link (Qt, SQLite, gumbo, poppler...). That is all: in
# Debian 12 libqt6gui6 itself holds the xcb and offscreen platform plugins (qt6-qpa-plugins has only vnc), and
# libqt6gui6 depends on fontconfig, which brings a font. scripts/check-package proves it on a clean system.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Wayland without XWayland; Chinese and Japanese text instead of boxes.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, fonts-droid-fallback, fonts-noto-color-emoji")
include(CPack)
