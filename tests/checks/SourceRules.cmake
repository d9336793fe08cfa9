# SPDX-FileCopyrightText: 2026 Corroborate contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Rules the compiler cannot enforce, checked over the program's sources (core/, cli/, ui/, app/) by ctest:
#   cmake -DROOT=<source dir> -P SourceRules.cmake
# Each rule: what may not appear, where it may (a regex over paths relative to ROOT), and why.
cmake_minimum_required(VERSION 3.22)
if(NOT ROOT)
  message(FATAL_ERROR "usage: cmake -DROOT=<source dir> -P SourceRules.cmake")
endif()

file(GLOB_RECURSE sources RELATIVE "${ROOT}"
  "${ROOT}/core/*.h" "${ROOT}/core/*.cpp" "${ROOT}/cli/*.h" "${ROOT}/cli/*.cpp"
  "${ROOT}/ui/*.h" "${ROOT}/ui/*.cpp" "${ROOT}/app/*.h" "${ROOT}/app/*.cpp")

set(violations 0)
# rule(NAME PATTERN ALLOWED_PATHS REASON [UNLESS]): PATTERN (a regex matched line by line) may appear only in files
# whose relative path matches ALLOWED_PATHS ("^$" allows none), or on a line that also matches UNLESS.
function(rule name pattern allowed reason)
  set(unless "${ARGV4}")
  foreach(source IN LISTS sources)
    if(source MATCHES "${allowed}")
      continue()
    endif()
    file(STRINGS "${ROOT}/${source}" hits REGEX "${pattern}")
    foreach(hit IN LISTS hits)
      string(STRIP "${hit}" hit)
      if(unless AND hit MATCHES "${unless}")
        continue()
      endif()
      message(SEND_ERROR "${source}: ${name}: ${hit}\n    (${reason})")
      math(EXPR violations "${violations} + 1")
      set(violations ${violations} PARENT_SCOPE)
    endforeach()
  endforeach()
  set(violations ${violations} PARENT_SCOPE)
endfunction()

# decisions/0013: nothing in the process reads the bytes of its open case's files.
rule("file dialog made outside FileDialogs"
  "QFileDialog::get|new QFileDialog|make_unique<QFileDialog>|QFileDialog [A-Za-z_]+[({]"
  "^ui/dialogs/FileDialogs\\.(h|cpp)$"
  "a file dialog must come from ui/dialogs/FileDialogs, whose views never read the files they list")
rule("Qt's file icon provider or file system model"
  "QFileIconProvider|QFileSystemModel"
  "^$"
  "they read files to name their type; use NameOnlyFileIconProvider through FileDialogs")
rule("MIME type from a file's content"
  "mimeTypeForFile\\(|mimeTypeForData|mimeTypeForFileNameAndData|mimeTypeForUrl"
  "^$"
  "name a file's type with QMimeDatabase::MatchExtension only"
  "mimeTypeForFile\\(.*MatchExtension")

# architecture.md, dependency direction: only two storage files see the SQLite C API.
rule("<sqlite3.h> outside Database.cpp and Statement.cpp"
  "#[ \t]*include[ \t]*[<\"]sqlite3\\.h"
  "^core/storage/(Database|Statement)\\.cpp$"
  "only core/storage/Database.cpp and Statement.cpp see the SQLite C API")
rule("storage:: in a front end"
  "storage::"
  "^(core|app)/"
  "the ui and cli never see storage; they go through casefile::Case and the edits")
rule("gumbo outside the HTML importer"
  "#[ \t]*include[ \t]*[<\"]gumbo"
  "^core/io/(HtmlImporter\\.cpp|html/)"
  "only the HTML importer sees gumbo")
rule("poppler outside the PDF importer"
  "#[ \t]*include[ \t]*[<\"]poppler"
  "^core/io/PdfImporter\\.(h|cpp)$"
  "only the PDF importer sees poppler")
rule("Qt Gui or Widgets in core or cli"
  "#[ \t]*include[ \t]*<(QtGui|QtWidgets)/|#[ \t]*include[ \t]*<Q(Widget|Application|GuiApplication|Painter|Pixmap|Image|Icon|Color|Font|TextDocument|Action|Dialog|MainWindow)>"
  "^(ui|app)/"
  "core and the cli link Qt Core only")

if(violations GREATER 0)
  message(FATAL_ERROR "${violations} source rule violation(s)")
endif()
list(LENGTH sources count)
message(STATUS "source rules: ${count} files checked, no violation")
