# SPDX-License-Identifier: GPL-3.0-or-later
# Shared compile settings and the test helper.

set(BEAMLINE_COMPILE_DEFINITIONS
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    BEAMLINE_VERSION="${PROJECT_VERSION}")

# Applies the project's warnings and definitions to a target.
function(beamline_setup_target target)
    target_compile_definitions(${target} PRIVATE ${BEAMLINE_COMPILE_DEFINITIONS})
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual)
        if(BEAMLINE_WERROR)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    endif()
endfunction()

# The tests of core alone (tests/core, tests/fuzz): no widgets, no beamline executable. The
# sanitizer job (scripts/sanitize.sh) builds this target and runs the tests labelled "core".
add_custom_target(beamline_core_tests)

# beamline_add_test(tst_name SOURCES a.cpp ... LIBRARIES lib... [GUI])
# One Qt Test class per executable, registered with CTest and labelled with its folder
# (core, fuzz, ui, cli; the tests of core and fuzz also "core"). GUI tests run on the
# offscreen platform; all tests run in Qt's test mode for QStandardPaths.
function(beamline_add_test name)
    cmake_parse_arguments(ARG "GUI" "" "SOURCES;LIBRARIES" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    set_target_properties(${name} PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)
    beamline_setup_target(${name})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBRARIES})
    add_test(NAME ${name} COMMAND ${name})
    set(env "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;LANG=C.UTF-8;TZ=UTC;QT_LOGGING_RULES=beamline.*.debug=false")
    get_filename_component(folder "${CMAKE_CURRENT_SOURCE_DIR}" NAME)
    set(labels ${folder})
    if(folder MATCHES "^(core|fuzz)$" AND NOT ARG_GUI)
        list(APPEND labels core)
        add_dependencies(beamline_core_tests ${name})
    endif()
    list(REMOVE_DUPLICATES labels)
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" TIMEOUT 300 LABELS "${labels}")
endfunction()
