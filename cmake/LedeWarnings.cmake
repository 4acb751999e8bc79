# Strict warnings for lede's own targets only; third-party headers are SYSTEM.
add_library(lede_warnings INTERFACE)
target_compile_options(lede_warnings INTERFACE
  -Wall -Wextra -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual -Wpedantic
  $<$<BOOL:${LEDE_WERROR}>:-Werror>
  # GCC 12 at -O3 reports false -Wrestrict overlaps inside libstdc++'s
  # std::string (GCC bugs 105329, 105651); fixed in GCC 13.
  $<$<AND:$<CXX_COMPILER_ID:GNU>,$<VERSION_LESS:$<CXX_COMPILER_VERSION>,13>>:-Wno-restrict>)
