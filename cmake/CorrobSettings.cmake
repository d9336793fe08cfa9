# One INTERFACE target that every Corroborate target links: language standard, warnings, Qt defines.
add_library(corrob_settings INTERFACE)
target_compile_features(corrob_settings INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_options(corrob_settings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
  $<$<BOOL:${CORROB_WARNINGS_AS_ERRORS}>:-Werror>)
target_compile_definitions(corrob_settings INTERFACE
  QT_NO_KEYWORDS QT_NO_CAST_FROM_ASCII QT_NO_URL_CAST_FROM_STRING QT_USE_QSTRINGBUILDER
  CORROB_VERSION="${PROJECT_VERSION}"
  $<$<BOOL:${CORROB_FORCE_ASSERTS}>:QT_FORCE_ASSERTS>)
target_include_directories(corrob_settings INTERFACE ${PROJECT_SOURCE_DIR})

# Precompiled headers: the standard, Qt and GoogleTest headers that most files include, parsed once per target
# instead of once per file. Measured on CI's two cores (2026-12-05): the header parsing was 60-80% of a test
# file's compile time. A file must still include what it uses: the fuzz build (CORROB_PRECOMPILE_HEADERS=OFF)
# compiles without them.
option(CORROB_PRECOMPILE_HEADERS "Precompile the headers most files include (faster builds)" ON)
set(CORROB_PCH_CORE <algorithm> <functional> <memory> <optional> <string> <vector>
    <QByteArray> <QDateTime> <QHash> <QList> <QString> <QStringList>)
set(CORROB_PCH_WIDGETS <QAction> <QApplication> <QComboBox> <QDockWidget> <QHeaderView> <QLabel> <QLineEdit>
    <QMenu> <QPushButton> <QTableView> <QTimer> <QUndoStack> <QVBoxLayout>)
set(CORROB_PCH_TESTS <gtest/gtest.h> <QDir> <QFile> <QFileInfo> <QTemporaryDir>)

# corrob_precompile(TARGET [WIDGETS] [TESTS]): the core headers, and those of Qt Widgets and of the tests.
# Every target of one kind reuses one precompiled header, built once by a small object library of that kind
# (corrob_pch_core, _widgets, _tests, _tests_widgets): each is 125-185 MB, and one per target came to 22 files and
# 3 GB in a build, twice in CI (the normal and the sanitizer builds), which ran a CI machine out of disk. gcc
# refuses a header precompiled with other options (-Winvalid-pch, an error with -Werror), so a holder links what
# its consumers link.
function(corrob_precompile target)
  if(NOT CORROB_PRECOMPILE_HEADERS)
    return()
  endif()
  cmake_parse_arguments(ARG "WIDGETS;TESTS" "" "" ${ARGN})
  set(kind core)
  set(headers ${CORROB_PCH_CORE})
  set(links corrob_settings Qt6::Core)
  if(ARG_TESTS)
    set(kind tests)
    list(APPEND headers ${CORROB_PCH_TESTS})
    list(APPEND links GTest::gtest)
  endif()
  if(ARG_WIDGETS)
    string(APPEND kind _widgets)
    list(APPEND headers ${CORROB_PCH_WIDGETS})
    list(APPEND links Qt6::Widgets)
  endif()
  set(holder corrob_pch_${kind})
  if(NOT TARGET ${holder})
    set(source ${PROJECT_BINARY_DIR}/pch/${holder}.cpp)
    if(NOT EXISTS ${source})
      file(WRITE ${source} "// The precompiled headers' holder: no code of its own.\n")
    endif()
    add_library(${holder} OBJECT ${source})
    set_target_properties(${holder} PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
    target_link_libraries(${holder} PRIVATE ${links})
    target_precompile_headers(${holder} PRIVATE ${headers})
  endif()
  target_precompile_headers(${target} REUSE_FROM ${holder})
endfunction()

# corrob_add_library(NAME SOURCES ... LINKS ... PRIVATE_LINKS ...): a static library of one layer.
function(corrob_add_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LINKS;PRIVATE_LINKS" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  target_link_libraries(${name} PUBLIC corrob_settings ${ARG_LINKS} PRIVATE ${ARG_PRIVATE_LINKS})
  if("Qt6::Widgets" IN_LIST ARG_LINKS)
    corrob_precompile(${name} WIDGETS)
  else()
    corrob_precompile(${name})
  endif()
endfunction()
