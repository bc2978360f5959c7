# Runs every benchmark driver once with trivial counts and checks that what it reports makes
# sense (the window painted, the tokens were shown, the requests succeeded, the parsers
# parsed). It never judges timing: that is scripts/bench's job.

file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR}/config)

# Runs a driver; the stdout lines are JSON objects, returned in the list `out_var`.
function(run_driver out_var)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE errors
                    TIMEOUT 90)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "${ARGN} failed (${status}):\n${output}\n${errors}")
    endif()
    string(STRIP "${output}" output)
    string(REPLACE "\n" ";" lines "${output}")
    set(${out_var} "${lines}" PARENT_SCOPE)
endfunction()

function(expect_positive json key)
    string(JSON value GET "${json}" ${key})
    if(NOT value GREATER 0)
        message(FATAL_ERROR "${key} is not positive in ${json}")
    endif()
endfunction()

function(expect_equal json key expected)
    string(JSON value GET "${json}" ${key})
    if(NOT value STREQUAL "${expected}")
        message(FATAL_ERROR "${key} is ${value}, expected ${expected}, in ${json}")
    endif()
endfunction()

# Startup: both paint, Passdesk's config is shown no earlier than its first paint.
run_driver(floor ${FLOOR})
expect_positive("${floor}" firstPaintMs)
expect_positive("${floor}" peakRssKb)
run_driver(startup ${STARTUP} --sandbox --config-dir ${WORK_DIR}/config)
expect_positive("${startup}" firstPaintMs)
expect_positive("${startup}" peakRssKb)
string(JSON first GET "${startup}" firstPaintMs)
string(JSON shown GET "${startup}" shownMs)
if(shown LESS first)
    message(FATAL_ERROR "the config was shown before the first paint: ${startup}")
endif()
# A first run is ready when the first-run assistant is painted (it comes alone).
run_driver(firstrun ${STARTUP} --config-dir ${WORK_DIR}/firstrun)
expect_equal("${firstrun}" ready firstRunAssistant)
expect_positive("${firstrun}" shownMs)
# The sized floor opens its window at Passdesk's main window size, as the runner asks.
string(JSON width GET "${startup}" windowWidth)
string(JSON height GET "${startup}" windowHeight)
run_driver(sized ${FLOOR} --size ${width}x${height})
expect_equal("${sized}" windowWidth ${width})
expect_equal("${sized}" windowHeight ${height})

# Click to token: every run showed a token and went into the history; curl got 200s.
set(curl_args)
if(CURL)
    set(curl_args --curl ${CURL})
endif()
run_driver(token ${TOKEN} --runs 2 --warmup 1 ${curl_args})
expect_positive("${token}" passdeskMedianMs)
expect_equal("${token}" historyRows 3)
if(CURL)
    expect_positive("${token}" curlWarmMedianMs)
endif()

# Stalls: all requests answered, the typed uid offered in the lookup.
run_driver(stall ${STALL} --delay-ms 50 --requests 6 --name Abby.Smith --interval-ms 260)
list(GET stall 0 inflight)
list(GET stall 1 typing)
expect_equal("${inflight}" succeeded 6)
expect_positive("${inflight}" iterations)
expect_equal("${typing}" offered ON)
expect_positive("${typing}" lookups)

# Parsing: five cases, each parsed.
run_driver(parse ${PARSE} 20)
list(LENGTH parse cases)
if(NOT cases EQUAL 5)
    message(FATAL_ERROR "expected 5 parse cases: ${parse}")
endif()
foreach(line IN LISTS parse)
    expect_positive("${line}" bodiesPerSecond)
endforeach()
message(STATUS "bench drivers ran and reported sane results")
