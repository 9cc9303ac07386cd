# CTest check: every C++ source follows the repository's .clang-format.
file(GLOB_RECURSE sources ${ROOT}/db/*.cpp ${ROOT}/db/*.h ${ROOT}/app/*.cpp ${ROOT}/app/*.h
     ${ROOT}/ui/*.cpp ${ROOT}/ui/*.h ${ROOT}/tests/*.cpp ${ROOT}/tests/*.h)
set(bad "")
foreach(f IN LISTS sources)
    execute_process(COMMAND ${CLANG_FORMAT} --dry-run -Werror ${f}
                    RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
    if(NOT rc EQUAL 0)
        string(APPEND bad "  ${f}\n")
    endif()
endforeach()
if(bad)
    message(FATAL_ERROR "Not formatted with clang-format:\n${bad}Run: clang-format -i <file>")
endif()
