# Fails unless every library in LIBRARIES (paths separated by "|") references each symbol
# prefix in SYMBOLS (a CMake list): the hooks the compiler inserts when it instruments code (__asan_report_load for
# AddressSanitizer, __ubsan_handle for UndefinedBehaviorSanitizer, __sanitizer_cov for
# libFuzzer's coverage). A library built without the flags references none of them.
string(REPLACE "|" ";" LIBRARIES "${LIBRARIES}")
foreach(library IN LISTS LIBRARIES)
    execute_process(COMMAND nm -u "${library}" OUTPUT_VARIABLE undefined RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "nm failed on ${library}")
    endif()
    foreach(symbol IN LISTS SYMBOLS)
        string(FIND "${undefined}" "${symbol}" at)
        if(at EQUAL -1)
            message(FATAL_ERROR "${library} is not instrumented: it calls no ${symbol}*")
        endif()
    endforeach()
    message(STATUS "${library}: instrumented (${SYMBOLS})")
endforeach()
