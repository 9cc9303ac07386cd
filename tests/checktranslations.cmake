# CTest check: translations/lingong_zh_CN.ts holds a finished Chinese translation of every
# source string, and translations/lingong_en.ts the English singular and plural of every string
# with a count (%n). lupdate runs on copies, so new strings that were never extracted count too.
# English source strings quote with ASCII quotes: the interface font draws Chinese quotation marks
# a full character wide, which leaves gaps around a quoted word in English.
function(check_ts name options)
    # Copied every time: file(COPY) would keep a copy lupdate changed within the same second.
    file(MAKE_DIRECTORY ${WORK})
    set(ts ${WORK}/${name})
    file(COPY_FILE ${ROOT}/translations/${name} ${ts})
    execute_process(COMMAND ${LUPDATE} -silent -no-obsolete -locations none ${options}
                            ${ROOT}/db ${ROOT}/app ${ROOT}/ui -ts ${ts}
                    RESULT_VARIABLE rc ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed: ${err}")
    endif()
    file(STRINGS ${ts} lines ENCODING UTF-8)
    set(source "")
    set(inSource FALSE)
    foreach(line IN LISTS lines)
        # Every line of a source string, also of one over several lines.
        if(line MATCHES "<source>")
            set(inSource TRUE)
        endif()
        if(inSource AND name STREQUAL "lingong_zh_CN.ts" AND (line MATCHES "“" OR line MATCHES "”"))
            string(APPEND quoted "  ${line}\n")
        endif()
        if(line MATCHES "</source>")
            set(inSource FALSE)
        endif()
        if(line MATCHES "<source>(.*)</source>")
            set(source "${CMAKE_MATCH_1}")
        elseif(line MATCHES "<source>(.*)")
            set(source "${CMAKE_MATCH_1}")
        elseif(line MATCHES "type=\"unfinished\"")
            string(APPEND missing "  ${name}: ${source}\n")
        endif()
    endforeach()
    set(missing "${missing}" PARENT_SCOPE)
    set(quoted "${quoted}" PARENT_SCOPE)
endfunction()

set(missing "")
set(quoted "")
check_ts(lingong_zh_CN.ts "")
check_ts(lingong_en.ts "-pluralonly")
if(quoted)
    message(FATAL_ERROR "English source strings with Chinese quotation marks (use \"...\"):\n"
                        "${quoted}")
endif()
if(missing)
    message(FATAL_ERROR "Not translated:\n${missing}"
                        "Run the update_translations target and translate them (lingong_en.ts: "
                        "the plural forms only).")
endif()
