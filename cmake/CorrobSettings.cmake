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

# corrob_add_library(NAME SOURCES ... LINKS ... PRIVATE_LINKS ...): a static library of one layer.
function(corrob_add_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LINKS;PRIVATE_LINKS" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  target_link_libraries(${name} PUBLIC corrob_settings ${ARG_LINKS} PRIVATE ${ARG_PRIVATE_LINKS})
endfunction()
