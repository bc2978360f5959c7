# The build identity shown in About and --version: the git commit when there is one.
execute_process(COMMAND git rev-parse --short HEAD
                WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
                OUTPUT_VARIABLE PASSDESK_BUILD_ID OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
if(NOT PASSDESK_BUILD_ID)
    set(PASSDESK_BUILD_ID "source")
endif()
# In a generated header, not a compile definition: a new commit then rebuilds the two files that
# show it, not every file (configure_file leaves the header alone while the id is the same).
file(CONFIGURE OUTPUT ${PROJECT_BINARY_DIR}/generated/passdeskbuildid.h
     CONTENT "#pragma once\n#define PASSDESK_BUILD_ID \"${PASSDESK_BUILD_ID}\"\n")

# One INTERFACE target with the compile settings every Passdesk target shares.
add_library(passdesk_build_settings INTERFACE)
target_compile_definitions(passdesk_build_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    PASSDESK_VERSION="${PROJECT_VERSION}")
target_include_directories(passdesk_build_settings INTERFACE ${PROJECT_BINARY_DIR}/generated)
target_compile_options(passdesk_build_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor)
if(PASSDESK_WERROR)
    target_compile_options(passdesk_build_settings INTERFACE -Werror)
endif()

# --- Sanitizers (scripts/sanitize) -------------------------------------------------------------
# PASSDESK_SANITIZE builds every Passdesk target with AddressSanitizer and
# UndefinedBehaviorSanitizer; any finding stops the program, so a test with one fails.
option(PASSDESK_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(PASSDESK_SANITIZE)
    set(passdesk_sanitizer_flags
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_compile_options(passdesk_build_settings INTERFACE ${passdesk_sanitizer_flags})
    target_link_options(passdesk_build_settings INTERFACE ${passdesk_sanitizer_flags})
    # CTest reads this file before it starts any test, so every test of the build (also the
    # ones not made by passdesk_add_qtest) runs with these options. Suppressions cover only
    # third-party libraries; each entry says why.
    set(passdesk_sanitizer_dir ${PROJECT_SOURCE_DIR}/tests/sanitizers)
    file(CONFIGURE OUTPUT ${PROJECT_BINARY_DIR}/PassdeskSanitizerEnvironment.cmake CONTENT [[
set(ENV{ASAN_OPTIONS} "halt_on_error=1:detect_leaks=1:check_initialization_order=1:suppressions=@passdesk_sanitizer_dir@/asan.supp")
set(ENV{UBSAN_OPTIONS} "halt_on_error=1:print_stacktrace=1:suppressions=@passdesk_sanitizer_dir@/ubsan.supp")
set(ENV{LSAN_OPTIONS} "suppressions=@passdesk_sanitizer_dir@/lsan.supp:print_suppressions=0")
]] @ONLY)
    set_property(DIRECTORY ${PROJECT_SOURCE_DIR} APPEND PROPERTY TEST_INCLUDE_FILES
        ${PROJECT_BINARY_DIR}/PassdeskSanitizerEnvironment.cmake)
endif()
