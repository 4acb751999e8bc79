# Third-party libraries, each behind one imported target. Xapian's CMake file
# sets variables only and CLD2 ships none, so both are wrapped here; this file
# is installed and reused by ledeConfig.cmake so that consumers of the static
# libraries resolve the same names.
find_package(ICU 72 REQUIRED COMPONENTS uc i18n)

if(NOT TARGET lede::xapian)
  find_package(Xapian CONFIG REQUIRED)
  add_library(lede::xapian INTERFACE IMPORTED)
  set_target_properties(lede::xapian PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "${XAPIAN_INCLUDE_DIR}"
    INTERFACE_LINK_LIBRARIES "${XAPIAN_LIBRARIES}")
endif()

if(NOT TARGET lede::cld2)
  find_path(CLD2_INCLUDE_DIR cld2/public/compact_lang_det.h REQUIRED)
  find_library(CLD2_LIBRARY NAMES cld2 REQUIRED)
  add_library(lede::cld2 INTERFACE IMPORTED)
  set_target_properties(lede::cld2 PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "${CLD2_INCLUDE_DIR}"
    INTERFACE_LINK_LIBRARIES "${CLD2_LIBRARY}")
endif()

find_package(nlohmann_json 3.11 CONFIG REQUIRED)
find_package(simdjson 3 CONFIG REQUIRED)
find_package(OpenSSL REQUIRED COMPONENTS Crypto)
find_package(Threads REQUIRED)
find_package(CLI11 CONFIG)

# cpp-httplib (Debian's compiled library, found by pkg-config) serves lede over
# HTTP in searcher/serve/. Only lede's own build needs it, never a consumer of
# the installed package, whose libraries do not link it.
if(PROJECT_NAME STREQUAL "lede" AND (LEDE_BUILD_TOOLS OR LEDE_BUILD_FUZZERS OR LEDE_BUILD_BENCHMARKS)
   AND NOT TARGET lede::httplib)
  find_package(PkgConfig REQUIRED)
  pkg_check_modules(LEDE_HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)
  add_library(lede::httplib INTERFACE IMPORTED)
  target_link_libraries(lede::httplib INTERFACE PkgConfig::LEDE_HTTPLIB)
endif()
