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
function(corrob_precompile target)
  if(NOT CORROB_PRECOMPILE_HEADERS)
    return()
  endif()
  cmake_parse_arguments(ARG "WIDGETS;TESTS" "" "" ${ARGN})
  set(headers ${CORROB_PCH_CORE})
  if(ARG_WIDGETS)
    list(APPEND headers ${CORROB_PCH_WIDGETS})
  endif()
  if(ARG_TESTS)
    list(APPEND headers ${CORROB_PCH_TESTS})
  endif()
  target_precompile_headers(${target} PRIVATE ${headers})
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
