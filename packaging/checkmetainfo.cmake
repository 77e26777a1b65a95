# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DMETAINFO=… -DVERSION=… -DHOMEPAGE=… -DSCREENSHOTS=dir -DDESKTOP=… -DMIME=… -P checkmetainfo.cmake
# What appstreamcli cannot know: that the AppStream file matches this project.
set(errors)
file(READ ${METAINFO} xml)
file(READ ${DESKTOP} desktop)
file(READ ${MIME} mime)

# Release notes for every version, this one included.
string(REPLACE "." "\\." version_pattern "${VERSION}")
if(NOT xml MATCHES "<release version=\"${version_pattern}\"[^>]*>")
    list(APPEND errors "no <release version=\"${VERSION}\"> (the version in CMakeLists.txt)")
endif()
string(REGEX MATCHALL "<release [^>]*>" releases "${xml}")
string(REGEX MATCHALL "<release [^>]*>[ \n]*<description>" described "${xml}")
list(LENGTH releases release_count)
list(LENGTH described described_count)
if(NOT release_count EQUAL described_count)
    list(APPEND errors "${release_count} releases but ${described_count} with release notes (<description>)")
endif()

foreach(needed
        "<url type=\"homepage\">${HOMEPAGE}</url>"
        "<url type=\"bugtracker\">"
        "<developer_name>"
        "<content_rating type=\"oars-1.1\""
        "<launchable type=\"desktop-id\">org.beamline.Beamline.desktop</launchable>"
        "<mediatype>application/x-beamline-workspace</mediatype>")
    string(FIND "${xml}" "${needed}" at)
    if(at EQUAL -1)
        list(APPEND errors "missing ${needed}")
    endif()
endforeach()

# Screenshots: one default, each one of docs/screenshots.
string(REGEX MATCHALL "<screenshot type=\"default\">" defaults "${xml}")
list(LENGTH defaults default_count)
if(NOT default_count EQUAL 1)
    list(APPEND errors "${default_count} default screenshots instead of one")
endif()
string(REGEX MATCHALL "<image>[^<]+</image>" images "${xml}")
if(NOT images)
    list(APPEND errors "no screenshot")
endif()
foreach(image IN LISTS images)
    string(REGEX REPLACE "^<image>(.*)</image>$" "\\1" url "${image}")
    get_filename_component(name "${url}" NAME)
    if(NOT EXISTS "${SCREENSHOTS}/${name}")
        list(APPEND errors "screenshot ${url}: no ${name} in docs/screenshots")
    endif()
endforeach()

# The file type: defined, offered by the .desktop entry, opened with the files it is given.
foreach(needed "MimeType=application/x-beamline-workspace;" "Exec=beamline %F")
    string(FIND "${desktop}" "${needed}" at)
    if(at EQUAL -1)
        list(APPEND errors "the .desktop file lacks ${needed}")
    endif()
endforeach()
if(NOT mime MATCHES "<mime-type type=\"application/x-beamline-workspace\">")
    list(APPEND errors "the MIME file does not define application/x-beamline-workspace")
endif()

if(errors)
    list(JOIN errors "\n  " text)
    message(FATAL_ERROR "${METAINFO}:\n  ${text}")
endif()
message(STATUS "The AppStream file matches version ${VERSION}, ${HOMEPAGE} and docs/screenshots.")
