# CTest check: translations/lingong_zh_CN.ts holds a finished Chinese translation of every
# source string. lupdate runs on a copy, so new strings that were never extracted count too.
file(COPY ${ROOT}/translations/lingong_zh_CN.ts DESTINATION ${WORK})
set(ts ${WORK}/lingong_zh_CN.ts)
execute_process(COMMAND ${LUPDATE} -silent -no-obsolete -locations none
                        ${ROOT}/db ${ROOT}/app ${ROOT}/ui -ts ${ts}
                RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${err}")
endif()
file(STRINGS ${ts} lines)
set(missing "")
set(source "")
foreach(line IN LISTS lines)
    if(line MATCHES "<source>(.*)</source>")
        set(source "${CMAKE_MATCH_1}")
    elseif(line MATCHES "type=\"unfinished\"")
        string(APPEND missing "  ${source}\n")
    endif()
endforeach()
if(missing)
    message(FATAL_ERROR "Not translated in translations/lingong_zh_CN.ts:\n${missing}"
                        "Run the update_translations target and translate them.")
endif()
