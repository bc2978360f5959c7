# The build identity shown in About and --version: the git commit when there is one.
execute_process(COMMAND git rev-parse --short HEAD
                WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
                OUTPUT_VARIABLE PASSDESK_BUILD_ID OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
if(NOT PASSDESK_BUILD_ID)
    set(PASSDESK_BUILD_ID "source")
endif()

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
    PASSDESK_VERSION="${PROJECT_VERSION}"
    PASSDESK_BUILD_ID="${PASSDESK_BUILD_ID}")
target_compile_options(passdesk_build_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor)
if(PASSDESK_WERROR)
    target_compile_options(passdesk_build_settings INTERFACE -Werror)
endif()
