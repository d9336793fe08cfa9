# CORROB_BUILD_FUZZERS=ON: every target is instrumented for libFuzzer and built with ASan and UBSan, so a bug
# anywhere under an importer is caught, not only in the fuzz entry points. Needs clang (Debian: clang,
# libclang-rt-14-dev). Use a build folder of its own (the "fuzz" preset).
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
  message(FATAL_ERROR "CORROB_BUILD_FUZZERS needs clang: configure with -DCMAKE_CXX_COMPILER=clang++ (or the fuzz preset)")
endif()
add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -g)
add_link_options(-fsanitize=address,undefined)
