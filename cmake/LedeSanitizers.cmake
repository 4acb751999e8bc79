# Sanitizers apply to the whole build, so that the test executables and the
# libraries they link agree on instrumentation.
if(LEDE_SANITIZE)
  add_compile_options(-fsanitize=${LEDE_SANITIZE} -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_link_options(-fsanitize=${LEDE_SANITIZE})
endif()

# A test driver's own code is not instrumented: what it tests is (the
# libraries it links, the executables it runs), and instrumentation doubled
# the drivers' compile time, a third of the test build (cli_test.cc: 18.4 s of
# CPU instrumented, 8.0 s not). AddressSanitizer and UndefinedBehaviorSanitizer
# allow uninstrumented parts; ThreadSanitizer does not, so its builds keep it.
function(lede_uninstrumented_test_driver target)
  if(LEDE_SANITIZE AND NOT LEDE_SANITIZE MATCHES "thread")
    target_compile_options(${target} PRIVATE -fno-sanitize=all)
  endif()
endfunction()
