# claimex_add_plugin(NAME SOURCES... [LIBRARIES...])
#
# Builds a claimex plugin: a MODULE library named NAME.so, compiled with
# hidden visibility so that it exports only the descriptor, against the SDK
# headers. Used in-tree and, through find_package(claimex), out of tree.
function(claimex_add_plugin name)
  cmake_parse_arguments(ARG "" "OUTPUT_DIRECTORY" "SOURCES;LIBRARIES" ${ARGN})
  add_library(${name} MODULE ${ARG_SOURCES})
  set_target_properties(${name} PROPERTIES
    PREFIX ""
    CXX_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON)
  target_link_libraries(${name} PRIVATE claimex::sdk ${ARG_LIBRARIES})
  if(ARG_OUTPUT_DIRECTORY)
    set_target_properties(${name} PROPERTIES LIBRARY_OUTPUT_DIRECTORY ${ARG_OUTPUT_DIRECTORY})
  elseif(DEFINED CLAIMEX_PLUGIN_OUTPUT_DIR)
    set_target_properties(${name} PROPERTIES LIBRARY_OUTPUT_DIRECTORY ${CLAIMEX_PLUGIN_OUTPUT_DIR})
  endif()
endfunction()
