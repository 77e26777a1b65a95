# SPDX-License-Identifier: GPL-3.0-or-later
# Run by CPack (CPACK_PRE_BUILD_SCRIPTS) on the staged files before they are packed: strips
# the executables as Debian's dh_strip does, symbols and the .comment and .note sections too.
file(GLOB_RECURSE executables LIST_DIRECTORIES false "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*/bin/*")
if(NOT executables)
    message(FATAL_ERROR "cpackstrip.cmake: no executable under ${CPACK_TEMPORARY_INSTALL_DIRECTORY}")
endif()
foreach(executable IN LISTS executables)
    execute_process(COMMAND ${CPACK_BEAMLINE_STRIP} --remove-section=.comment --remove-section=.note ${executable}
                    RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "cpackstrip.cmake: could not strip ${executable}")
    endif()
endforeach()
