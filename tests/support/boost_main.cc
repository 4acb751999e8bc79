// The one translation unit per test executable that defines Boost.Test's
// entry point; the module name comes from CMake.
#define BOOST_TEST_MODULE LEDE_TEST_MODULE
#include <boost/test/unit_test.hpp>
