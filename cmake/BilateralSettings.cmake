# One INTERFACE target carries the warnings and the strict Qt defines for every
# target of the project, so no directory-wide add_definitions() is needed.
include(GNUInstallDirs)

add_library(bilateral_settings INTERFACE)
target_compile_options(bilateral_settings INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
        -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wformat=2>
    $<$<AND:$<BOOL:${BILATERAL_WERROR}>,$<CXX_COMPILER_ID:GNU,Clang>>:-Werror>)
target_compile_definitions(bilateral_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    BILATERAL_VERSION="${PROJECT_VERSION}")

# Sanitizer builds (the "asan" preset) switch these on for every target.
option(BILATERAL_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(BILATERAL_SANITIZE)
    target_compile_options(bilateral_settings INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
    target_link_options(bilateral_settings INTERFACE -fsanitize=address,undefined)
endif()

# The fuzz build (scripts/fuzz, clang only): every target gets libFuzzer's coverage
# instrumentation and the sanitizers, so findings in the core are caught where they happen.
option(BILATERAL_FUZZ "Build the libFuzzer target of the loader (clang)" OFF)
if(BILATERAL_FUZZ)
    target_compile_options(bilateral_settings INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
    target_link_options(bilateral_settings INTERFACE -fsanitize=address,undefined)
endif()

# One library per folder of app/ and ui/: `bilateral_add_library(NAME SOURCES ... DEPENDS ...)`.
# Its headers are included qualified by folder ("model/briefing.h", "reading/passageview.h"),
# so the include root is the folder's parent; DEPENDS are the targets it may use.
function(bilateral_add_library name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "SOURCES;DEPENDS")
    add_library(${name} STATIC ${arg_SOURCES})
    cmake_path(GET CMAKE_CURRENT_SOURCE_DIR PARENT_PATH include_root)
    target_include_directories(${name} PUBLIC ${include_root})
    target_link_libraries(${name} PUBLIC ${arg_DEPENDS} PRIVATE bilateral_settings)
endfunction()
