# Embedding: `cmake --install` installs the programs, the rule packs (share/facepia/rules, which the installed
# programs read by default) and a CMake package. `find_package(facepia CONFIG)` gives `facepia::gate`: the
# gate API (facepia/gate/gate.hpp) answering with the standard assessors, as `facepia assess` does, Boost-free
# and without dlib. `cpack -G DEB` makes a Debian package of the same.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

# facepia_gate and every library it links (a static library's private links are part of its export).
set(facepia_gate_libraries
    facepia_platform facepia_dsl facepia_facts facepia_deployment facepia_evaluation facepia_output facepia_store
    facepia_signing facepia_engine facepia_assessors facepia_gate_types facepia_gate)

# The stages give their include directories as source paths; installed, they are the prefix's include/.
foreach(library ${facepia_gate_libraries})
  get_target_property(directories ${library} INTERFACE_INCLUDE_DIRECTORIES)
  if(NOT directories)
    continue()
  endif()
  set(wrapped "")
  foreach(directory ${directories})
    list(APPEND wrapped "$<BUILD_INTERFACE:${directory}>")
  endforeach()
  list(APPEND wrapped "$<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>")
  set_target_properties(${library} PROPERTIES INTERFACE_INCLUDE_DIRECTORIES "${wrapped}")
endforeach()

set_target_properties(facepia_gate PROPERTIES EXPORT_NAME gate)
add_library(facepia::gate ALIAS facepia_gate)

install(TARGETS ${facepia_gate_libraries} facepia_warnings facepia_options
        EXPORT facepia-targets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(DIRECTORY platform/include/ dsl/include/ engine/facts/include/ engine/deployment/include/
                  engine/evaluation/include/ engine/output/include/ engine/store/include/ engine/signing/include/
                  assessors/include/ gate/include/
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(EXPORT facepia-targets NAMESPACE facepia:: DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/facepia)
configure_package_config_file(cmake/facepia-config.cmake.in "${CMAKE_CURRENT_BINARY_DIR}/facepia-config.cmake"
                              INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/facepia
                              PATH_VARS CMAKE_INSTALL_DATADIR)
write_basic_package_version_file("${CMAKE_CURRENT_BINARY_DIR}/facepia-config-version.cmake"
                                 COMPATIBILITY SameMinorVersion)
install(FILES "${CMAKE_CURRENT_BINARY_DIR}/facepia-config.cmake"
              "${CMAKE_CURRENT_BINARY_DIR}/facepia-config-version.cmake"
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/facepia)

install(DIRECTORY rules/ DESTINATION ${CMAKE_INSTALL_DATADIR}/facepia/rules)
foreach(program facepia facepia-face)
  if(TARGET ${program})
    install(TARGETS ${program} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
  endif()
endforeach()

set(CPACK_PACKAGE_NAME facepia)
set(CPACK_PACKAGE_CONTACT "facepia maintainers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "privacy impact assessment and rules engine for facial recognition")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_GENERATOR DEB)
include(CPack)

# The example consumer, built against the installed package (installs into a scratch prefix).
if(FACEPIA_TESTS AND BUILD_TESTING AND TARGET facepia)
  add_test(NAME "embedding: the installed package, find_package(facepia) and the gate"
           COMMAND bash "${PROJECT_SOURCE_DIR}/examples/embedding/test.sh" "${PROJECT_BINARY_DIR}"
                   "${PROJECT_SOURCE_DIR}")
endif()
