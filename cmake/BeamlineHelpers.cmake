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

# beamline_add_test(tst_name SOURCES a.cpp ... LIBRARIES lib... [GUI] [ONLY_POSTGRESQL])
# One Qt Test class per executable, registered with CTest and labelled with its folder
# (core, fuzz, ui, cli; the tests of core and fuzz also "core"). GUI tests run on the
# offscreen platform; all tests run in Qt's test mode for QStandardPaths. ONLY_POSTGRESQL: a
# test of what only a team workspace does (LISTEN/NOTIFY), registered as <name>_postgresql only
# (see beamline_test_on_postgresql), and not at all without the test server.
function(beamline_add_test name)
    cmake_parse_arguments(ARG "GUI;ONLY_POSTGRESQL" "" "SOURCES;LIBRARIES" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    set_target_properties(${name} PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)
    beamline_setup_target(${name})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBRARIES})
    set(env "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;LANG=C.UTF-8;TZ=UTC;QT_LOGGING_RULES=beamline.*.debug=false")
    if(ARG_ONLY_POSTGRESQL)
        if(BEAMLINE_TEST_POSTGRESQL)
            add_test(NAME ${name}_postgresql COMMAND ${name})
            list(APPEND env "BEAMLINE_TEST_ENGINE=postgresql" "BEAMLINE_TEST_SERVER_STATE=${BEAMLINE_TEST_SERVER_STATE}")
            set_tests_properties(${name}_postgresql PROPERTIES ENVIRONMENT "${env}" FIXTURES_REQUIRED postgres_server TIMEOUT 300)
        endif()
        return()
    endif()
    add_test(NAME ${name} COMMAND ${name})
    get_filename_component(folder "${CMAKE_CURRENT_SOURCE_DIR}" NAME)
    set(labels ${folder})
    if(folder MATCHES "^(core|fuzz)$" AND NOT ARG_GUI)
        list(APPEND labels core)
        add_dependencies(beamline_core_tests ${name})
    endif()
    list(REMOVE_DUPLICATES labels)
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" TIMEOUT 300 LABELS "${labels}")
endfunction()

# The core tests run a second time on PostgreSQL (a team workspace), as <name>_postgresql: the
# same executable with BEAMLINE_TEST_ENGINE=postgresql, on the throwaway server that the CTest
# fixture postgres_server starts and stops (tests/postgres/testserver.sh). Each test workspace
# is then a fresh database on that server (tests/core/testsupport.h).
function(beamline_test_on_postgresql name)
    if(NOT BEAMLINE_TEST_POSTGRESQL)
        return()
    endif()
    add_test(NAME ${name}_postgresql COMMAND ${name})
    get_test_property(${name} ENVIRONMENT env)
    list(APPEND env "BEAMLINE_TEST_ENGINE=postgresql" "BEAMLINE_TEST_SERVER_STATE=${BEAMLINE_TEST_SERVER_STATE}")
    set_tests_properties(${name}_postgresql PROPERTIES ENVIRONMENT "${env}" FIXTURES_REQUIRED postgres_server TIMEOUT 900)
endfunction()
