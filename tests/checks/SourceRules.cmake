# SPDX-FileCopyrightText: 2026 Corroborate contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Rules the compiler cannot enforce, checked over the program's sources (core/, cli/, ui/, app/) by ctest:
#   cmake -DROOT=<source dir> -DQT_CORE_INCLUDE=<Qt's QtCore include folder> -P SourceRules.cmake
# Each rule: what may not appear, where it may (a regex over paths relative to ROOT), and why.
cmake_minimum_required(VERSION 3.22)
if(NOT ROOT)
  message(FATAL_ERROR "usage: cmake -DROOT=<source dir> -DQT_CORE_INCLUDE=<QtCore include folder> -P SourceRules.cmake")
endif()

file(GLOB_RECURSE sources RELATIVE "${ROOT}"
  "${ROOT}/core/*.h" "${ROOT}/core/*.cpp" "${ROOT}/cli/*.h" "${ROOT}/cli/*.cpp"
  "${ROOT}/ui/*.h" "${ROOT}/ui/*.cpp" "${ROOT}/app/*.h" "${ROOT}/app/*.cpp"
  "${ROOT}/render/*.h" "${ROOT}/render/*.cpp")

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

# Issue 9: wiring goes through pointers and signals, never object names (renaming a widget must not silently
# switch a feature off). QtPrompts reaches into Qt's own QProgressDialog for its Cancel button, which has no name.
rule("production wiring through findChild"
  "findChild<|findChildren<"
  "^ui/dialogs/QtPrompts\\.cpp$"
  "pass the widget's pointer or connect a signal; object names are for tests"
  "^[ \t]*//")

# The fuzz targets and clang-tidy compile the same sources with clang 14, which rejects libstdc++ 12's range views
# (view_interface's constrained members); the fuzz build broke on three std::views::reverse loops.
rule("a std::views range adaptor"
  "std::views::|std::ranges::views::|std::ranges::[a-z_]+_view"
  "^$"
  "clang 14 with libstdc++ 12 cannot compile them: write the loop with iterators (rbegin/rend)"
  "^[ \t]*//")

# architecture.md, dependency direction: only two storage files see the SQLite C API, FaultVfs.cpp (issue 13), the
# test-only VFS shim that injects full-disk and read-only failures, and SearchMarks.cpp, SearchRank.cpp and SearchStemmer.cpp,
# the search's FTS5 auxiliary functions and tokenizer: they can only be written against the C API.
rule("<sqlite3.h> outside Database.cpp and Statement.cpp"
  "#[ \t]*include[ \t]*[<\"]sqlite3\\.h"
  "^core/storage/(Database|Statement|FaultVfs|SearchMarks|SearchRank|SearchStemmer)\\.cpp$"
  "only core/storage/Database.cpp and Statement.cpp (and FaultVfs.cpp, SearchMarks.cpp, SearchRank.cpp, SearchStemmer.cpp) see the SQLite C API")
rule("storage:: in a front end"
  "storage::"
  "^(core|app)/"
  "the ui and cli never see storage; they go through casefile::Case and the edits")
rule("storage header included in a front end"
  "#[ \t]*include[ \t]*[<\"]core/storage/"
  "^core/"
  "the ui and cli never see storage; core code that needs a repository includes it in its own .cpp")

# Issue 9: the front ends do not see storage through the headers they include either. Every header reached from a
# ui/, cli/ or app/ file through #include "..." chains (of files in the tree) must be outside core/storage. The walk
# may stop at a core header listed here (one that still holds a storage type); none is: the value types the front ends
# see (entity rows, source references, search matches, upgrade progress) live in core/model, core/search, core/common.
set(storage_walk_stops)
# The quoted includes of a file that exist in the tree, read once per file.
function(direct_includes file out)
  get_property(known GLOBAL PROPERTY "includes_read_${file}" SET)
  if(NOT known)
    set(found "")
    file(STRINGS "${ROOT}/${file}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
    foreach(line IN LISTS lines)
      if(line MATCHES "#[ \t]*include[ \t]*\"([^\"]+)\"" AND EXISTS "${ROOT}/${CMAKE_MATCH_1}")
        list(APPEND found "${CMAKE_MATCH_1}")
      endif()
    endforeach()
    set_property(GLOBAL PROPERTY "includes_read_${file}" "${found}")
  endif()
  get_property(found GLOBAL PROPERTY "includes_read_${file}")
  set(${out} "${found}" PARENT_SCOPE)
endfunction()
foreach(source IN LISTS sources)
  if(NOT source MATCHES "^(ui|cli|app)/")
    continue()
  endif()
  set(reached "")
  set(pending "${source}")
  while(pending)
    list(POP_FRONT pending current)
    direct_includes("${current}" headers)
    foreach(header IN LISTS headers)
      if(header IN_LIST reached)
        continue()
      endif()
      list(APPEND reached "${header}")
      set(via_${header} "${current}")
      if(header MATCHES "^core/storage/" AND NOT current STREQUAL source)
        # The chain that reaches it ("core/storage/X.h <- core/case/Y.h <- ui/Z.cpp"); a direct include is the rule
        # above's.
        set(chain "${header}")
        set(step "${header}")
        while(NOT step STREQUAL source)
          set(step "${via_${step}}")
          string(APPEND chain " <- ${step}")
        endwhile()
        message(SEND_ERROR "${source}: storage header reached through its includes: ${chain}\n"
                           "    (the ui and cli never see storage; forward-declare the storage type in the core "
                           "header, and include storage in its .cpp)")
        math(EXPR violations "${violations} + 1")
      elseif(NOT header IN_LIST storage_walk_stops)
        list(APPEND pending "${header}")
      endif()
    endforeach()
  endwhile()
endforeach()

rule("gumbo outside the HTML importer"
  "#[ \t]*include[ \t]*[<\"]gumbo"
  "^core/io/(HtmlImporter\\.cpp|html/)"
  "only the HTML importer sees gumbo")
rule("libarchive outside ZipArchive"
  "#[ \t]*include[ \t]*[<\"]archive(_entry)?\\.h"
  "^core/exchange/ZipArchive\\.cpp$"
  "only core/exchange/ZipArchive.cpp sees libarchive (zips for .qdpx and case bundles)")
rule("poppler outside the PDF importer"
  "#[ \t]*include[ \t]*[<\"]poppler"
  "^core/io/PdfImporter\\.(h|cpp)$"
  "only the PDF importer sees poppler")

# decisions/0017: render/ (corrob_render, the PDF of the investigation report) links Qt Gui, which the CLI then links
# too; it must never pull in Widgets, or corroborate-cli would need them.
rule("Qt Widgets in the PDF renderer"
  "#[ \t]*include[ \t]*[<\"](QtWidgets/|QWidget|QApplication|QDialog|QMainWindow)"
  "^(core|cli|ui|app)/"
  "corrob_render links Qt Gui only: the CLI links it")

# architecture.md: core and the cli link Qt Core only. Every Qt header they include (<QFoo>, <QtModule/QFoo>,
# <qfoo.h>, in any spelling) must be one that Qt Core provides: one named in QT_CORE_INCLUDE (the QtCore include
# folder of the Qt the build uses). A Gui, Widgets or any other module's header fails, whatever its name. (The CLI
# draws a PDF through corrob_render's headers, which name Qt Core types only: decisions/0017; no exception here.)
if(NOT QT_CORE_INCLUDE OR NOT EXISTS "${QT_CORE_INCLUDE}/QObject")
  message(FATAL_ERROR "SourceRules.cmake: pass -DQT_CORE_INCLUDE=<Qt's QtCore include folder> (got "
                      "'${QT_CORE_INCLUDE}', which has no QObject header)")
endif()
set(qt_include_regex "^[ \t]*#[ \t]*include[ \t]*[<\"]((Q|q)[^>\"]*)[>\"]")
foreach(source IN LISTS sources)
  if(NOT source MATCHES "^(core|cli)/")
    continue()
  endif()
  file(STRINGS "${ROOT}/${source}" hits REGEX "${qt_include_regex}")
  foreach(hit IN LISTS hits)
    string(REGEX MATCH "${qt_include_regex}" unused "${hit}")
    set(header "${CMAKE_MATCH_1}")
    if(header MATCHES "^q[^/]*$" AND NOT header MATCHES "\\.h$")
      continue() # not a Qt header (Qt's lower-case headers end in .h)
    endif()
    if(header STREQUAL "QtCore")
      continue() # the module header
    endif()
    string(REGEX REPLACE "^QtCore/" "" inCore "${header}")
    if(NOT inCore MATCHES "/" AND EXISTS "${QT_CORE_INCLUDE}/${inCore}" AND NOT IS_DIRECTORY "${QT_CORE_INCLUDE}/${inCore}")
      continue()
    endif()
    string(STRIP "${hit}" hit)
    message(SEND_ERROR "${source}: Qt header outside Qt Core in core or cli: ${hit}\n"
                       "    (core and the cli link Qt Core only; ${header} is not in ${QT_CORE_INCLUDE})")
    math(EXPR violations "${violations} + 1")
  endforeach()
endforeach()

# Tests: Qt's own QTRY_ macros report a timeout to QtTest's logger and return, which under gtest is a silent pass.
file(GLOB_RECURSE test_sources RELATIVE "${ROOT}" "${ROOT}/tests/*.h" "${ROOT}/tests/*.cpp")
foreach(source IN LISTS test_sources)
  if(source STREQUAL "tests/support/QtWait.h")
    continue()
  endif()
  file(STRINGS "${ROOT}/${source}" waits REGEX "QTRY_")
  file(STRINGS "${ROOT}/${source}" includes REGEX "#include \"tests/support/QtWait\.h\"")
  if(waits AND NOT includes)
    message(SEND_ERROR "${source}: QTRY_ without tests/support/QtWait.h\n"
                       "    (Qt's QTRY_ macros pass a gtest test that timed out; QtWait.h makes them fail it)")
    math(EXPR violations "${violations} + 1")
  endif()
endforeach()

if(violations GREATER 0)
  message(FATAL_ERROR "${violations} source rule violation(s)")
endif()
list(LENGTH sources count)
message(STATUS "source rules: ${count} files checked, no violation")
