# Strict warnings for lede's own targets only; third-party headers are SYSTEM.
add_library(lede_warnings INTERFACE)
target_compile_options(lede_warnings INTERFACE
  -Wall -Wextra -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual -Wpedantic
  $<$<BOOL:${LEDE_WERROR}>:-Werror>)
