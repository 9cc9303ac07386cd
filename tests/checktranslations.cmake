# CTest check: translations/lingong_zh_CN.ts holds a finished Chinese translation of every
# source string, and translations/lingong_en.ts the English singular and plural of every string
# with a count (%n). lupdate runs on copies, so new strings that were never extracted count too.
function(check_ts name options)
    file(COPY ${ROOT}/translations/${name} DESTINATION ${WORK})
    set(ts ${WORK}/${name})
    execute_process(COMMAND ${LUPDATE} -silent -no-obsolete -locations none ${options}
                            ${ROOT}/db ${ROOT}/app ${ROOT}/ui -ts ${ts}
                    RESULT_VARIABLE rc ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed: ${err}")
    endif()
    file(STRINGS ${ts} lines)
    set(source "")
    foreach(line IN LISTS lines)
        if(line MATCHES "<source>(.*)</source>")
            set(source "${CMAKE_MATCH_1}")
        elseif(line MATCHES "<source>(.*)")
            set(source "${CMAKE_MATCH_1}")
        elseif(line MATCHES "type=\"unfinished\"")
            string(APPEND missing "  ${name}: ${source}\n")
        endif()
    endforeach()
    set(missing "${missing}" PARENT_SCOPE)
endfunction()

set(missing "")
check_ts(lingong_zh_CN.ts "")
check_ts(lingong_en.ts "-pluralonly")
if(missing)
    message(FATAL_ERROR "Not translated:\n${missing}"
                        "Run the update_translations target and translate them (lingong_en.ts: "
                        "the plural forms only).")
endif()
