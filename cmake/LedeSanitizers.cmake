# Sanitizers apply to the whole build, so that the test executables and the
# libraries they link agree on instrumentation.
if(LEDE_SANITIZE)
  add_compile_options(-fsanitize=${LEDE_SANITIZE} -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_link_options(-fsanitize=${LEDE_SANITIZE})
endif()
