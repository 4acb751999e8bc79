# Install rules and the CMake package, so that another project can
# `find_package(lede)` and link lede::searcher, lede::indexer or lede::lede.
include(CMakePackageConfigHelpers)

add_library(lede_all INTERFACE)
set_target_properties(lede_all PROPERTIES EXPORT_NAME lede)
target_link_libraries(lede_all INTERFACE lede_common lede_indexer lede_searcher)
add_library(lede::lede ALIAS lede_all)

install(TARGETS lede_common lede_indexer lede_searcher lede_all
  EXPORT ledeTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
  FILE_SET HEADERS DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
  FILE_SET generated DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
if(LEDE_BUILD_TOOLS)
  install(TARGETS lede-index lede-search lede-serve RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()


set(lede_cmake_dir ${CMAKE_INSTALL_LIBDIR}/cmake/lede)
install(EXPORT ledeTargets NAMESPACE lede:: DESTINATION ${lede_cmake_dir})
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/ledeConfig.cmake.in
  ${PROJECT_BINARY_DIR}/ledeConfig.cmake INSTALL_DESTINATION ${lede_cmake_dir})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/ledeConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES
    ${PROJECT_BINARY_DIR}/ledeConfig.cmake
    ${PROJECT_BINARY_DIR}/ledeConfigVersion.cmake
    ${PROJECT_SOURCE_DIR}/cmake/LedeDependencies.cmake
  DESTINATION ${lede_cmake_dir})
