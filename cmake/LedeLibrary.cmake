# One library per top-level part: every .cc under the folder except the
# executable's *_main.cc, internal headers by their path from the repository
# root, dependencies linked privately. Only the headers named in HEADERS (under
# include/, as <lede/...>) are public: they form the target's HEADERS file set,
# which is what gets installed, so a header shared by indexer and searcher but
# not meant for embedders stays private by not being listed.
function(lede_add_part_library part)
  cmake_parse_arguments(ARG "" "EXCLUDE;CORE" "PUBLIC;PRIVATE;EXTRA_SOURCES;CORE_SOURCES;HEADERS" ${ARGN})
  file(GLOB_RECURSE sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cc)
  if(ARG_EXCLUDE)
    list(FILTER sources EXCLUDE REGEX "${ARG_EXCLUDE}")
  endif()
  # CORE names an object library of the part's code (its sources and
  # CORE_SOURCES), compiled once, which both the library and a build-time tool
  # of the part link: the tool computes data (EXTRA_SOURCES) that only the
  # library holds.
  if(ARG_CORE)
    add_library(${ARG_CORE} OBJECT ${sources} ${ARG_CORE_SOURCES})
    set_target_properties(${ARG_CORE} PROPERTIES POSITION_INDEPENDENT_CODE ON)
    target_include_directories(${ARG_CORE} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/include PRIVATE ${PROJECT_SOURCE_DIR})
    target_link_libraries(${ARG_CORE} PUBLIC ${ARG_PUBLIC} ${ARG_PRIVATE} PRIVATE lede_warnings)
    set(sources $<TARGET_OBJECTS:${ARG_CORE}>)
  else()
    list(APPEND sources ${ARG_CORE_SOURCES})
  endif()
  add_library(lede_${part} ${sources} ${ARG_EXTRA_SOURCES})
  add_library(lede::${part} ALIAS lede_${part})
  set_target_properties(lede_${part} PROPERTIES EXPORT_NAME ${part} POSITION_INDEPENDENT_CODE ON)
  list(TRANSFORM ARG_HEADERS PREPEND ${CMAKE_CURRENT_SOURCE_DIR}/include/lede/)
  target_sources(lede_${part} PUBLIC FILE_SET HEADERS BASE_DIRS ${CMAKE_CURRENT_SOURCE_DIR}/include
    FILES ${ARG_HEADERS})
  target_include_directories(lede_${part}
    PUBLIC
      $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>
    PRIVATE
      $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}>)
  target_link_libraries(lede_${part} PUBLIC ${ARG_PUBLIC} PRIVATE $<BUILD_INTERFACE:lede_warnings> ${ARG_PRIVATE})
endfunction()

# Sanitized Debug builds compile the code every process runs at start (the
# entity table, the number lexicons) at -O1, as the sanitizers' authors
# advise for speed; the checks stay. At -O0 under AddressSanitizer that
# start-up took most of a short process's time, and the test suite starts
# hundreds of processes. Only these files: -O1 triples a file's compile time,
# and only in the AddressSanitizer build that runs the tests (the fuzz and
# ThreadSanitizer builds of scripts/test start few processes and would pay the
# compile time for nothing).
function(lede_optimize_startup_code)
  if(NOT LEDE_SANITIZE MATCHES "address" OR LEDE_BUILD_FUZZERS OR NOT CMAKE_BUILD_TYPE STREQUAL "Debug")
    return()
  endif()
  list(TRANSFORM ARGN PREPEND ${CMAKE_CURRENT_SOURCE_DIR}/)
  file(GLOB sources CONFIGURE_DEPENDS ${ARGN})
  set_property(SOURCE ${sources} APPEND PROPERTY COMPILE_OPTIONS -O1)
endfunction()

# A build tree made with LEDE_GENERATED_FROM copies `name`, data made at build
# time in this folder, from the same folder of that tree instead of making it.
function(lede_copy_generated name)
  file(RELATIVE_PATH folder ${PROJECT_BINARY_DIR} ${CMAKE_CURRENT_BINARY_DIR})
  set(source ${LEDE_GENERATED_FROM}/${folder}/${name})
  add_custom_command(
    OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/${name}
    COMMAND ${CMAKE_COMMAND} -E copy ${source} ${CMAKE_CURRENT_BINARY_DIR}/${name}
    DEPENDS ${source}
    COMMENT "Copying ${folder}/${name} from ${LEDE_GENERATED_FROM}"
    VERBATIM)
endfunction()
