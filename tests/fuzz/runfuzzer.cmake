# Runs one libFuzzer target for SECONDS on a copy of its seed corpus (cmake -P, from CTest
# and scripts/fuzz). Fails on any crash, leak, sanitizer report, timeout or broken invariant.
# -D: FUZZER (binary), SEEDS (seed directory), DICT (dictionary), WORK (work directory),
#     SECONDS, MAX_LEN.
foreach(var FUZZER SEEDS DICT WORK SECONDS MAX_LEN)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "runfuzzer.cmake needs -D${var}=...")
    endif()
endforeach()

# The copy grows with what the runs find; the seeds in the repository stay as they are.
file(MAKE_DIRECTORY ${WORK}/corpus ${WORK}/artifacts)
file(GLOB seeds ${SEEDS}/*)
file(COPY ${seeds} DESTINATION ${WORK}/corpus)

set(options
    -max_total_time=${SECONDS}
    -max_len=${MAX_LEN}
    -rss_limit_mb=2048
    -timeout=25
    -print_final_stats=1
    -artifact_prefix=${WORK}/artifacts/)
if(EXISTS ${DICT})
    list(APPEND options -dict=${DICT})
endif()
execute_process(COMMAND ${FUZZER} ${options} ${WORK}/corpus
                RESULT_VARIABLE result
                OUTPUT_VARIABLE output ERROR_VARIABLE output)
file(WRITE ${WORK}/last-run.log "${output}")

# The figures docs/fuzzing.md reports: the final status line and the run's statistics.
string(REGEX MATCH "#[0-9]+[ \t]+DONE[^\n]*" done "${output}")
string(REGEX MATCHALL "stat::[a-z_]+: *[0-9]+" stats "${output}")
list(JOIN stats "\n" stats)
message("${done}\n${stats}")
if(NOT result EQUAL 0)
    string(LENGTH "${output}" length)
    math(EXPR start "${length} - 6000")
    if(start LESS 0)
        set(start 0)
    endif()
    string(SUBSTRING "${output}" ${start} -1 tail)
    message(FATAL_ERROR "${FUZZER} failed (${result}); artifacts in ${WORK}/artifacts\n${tail}")
endif()
