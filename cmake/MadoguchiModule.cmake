# One static library per module (ARCHITECTURE.md). A module names the modules it may use;
# the build refuses a source that includes a header of any other module, so dependencies
# point one way. Modules must be declared after those they use, which also rules out cycles.
#
#   madoguchi_module(NAME SOURCES files... [USES modules...] [PUBLIC_LIBS ...] [PRIVATE_LIBS ...]
#                    [INCLUDE_ROOT dir] [SQL])
#
# Only modules declared with SQL may hold SQL statements (QSqlQuery, execSql): the storage
# layer, sync's outbox and central store, the connectors' own registers, the harness.
#
# Headers are included by module: "domain/Case.h", "db/Database.h". INCLUDE_ROOT is the
# folder those paths start from (app/ by default).
function(madoguchi_module name)
  cmake_parse_arguments(ARG "SQL" "INCLUDE_ROOT" "SOURCES;USES;PUBLIC_LIBS;PRIVATE_LIBS" ${ARGN})
  if(NOT ARG_INCLUDE_ROOT)
    set(ARG_INCLUDE_ROOT ${PROJECT_SOURCE_DIR}/app)
  endif()
  set(allowed ${name})
  foreach(dep IN LISTS ARG_USES)
    get_property(known GLOBAL PROPERTY MADOGUCHI_MODULE_USES_${dep} SET)
    if(NOT known)
      message(FATAL_ERROR "module ${name} uses ${dep}, which is not declared before it")
    endif()
    get_property(closure GLOBAL PROPERTY MADOGUCHI_MODULE_USES_${dep})
    list(APPEND allowed ${dep} ${closure})
  endforeach()
  list(REMOVE_DUPLICATES allowed)
  set_property(GLOBAL PROPERTY MADOGUCHI_MODULE_USES_${name} ${allowed})

  add_library(madoguchi_${name} STATIC ${ARG_SOURCES})
  target_include_directories(madoguchi_${name} PUBLIC ${ARG_INCLUDE_ROOT})
  list(TRANSFORM ARG_USES PREPEND madoguchi_ OUTPUT_VARIABLE use_targets)
  target_link_libraries(madoguchi_${name} PUBLIC ${use_targets} ${ARG_PUBLIC_LIBS}
                                          PRIVATE ${ARG_PRIVATE_LIBS} madoguchi_warnings)
  madoguchi_check_includes(${name} "${allowed}" "${ARG_SOURCES}" ${ARG_SQL})
endfunction()

# Runs cmake/CheckIncludes.cmake over `sources` before `target` compiles; the build stops with
# the file and the include that reaches outside `allowed`. Also used by the GUI and the CLI.
function(madoguchi_check_includes name allowed sources)
  set(sql ${ARGN}) # TRUE: the sources may hold SQL
  set(target madoguchi_${name})
  if(NOT TARGET ${target})
    set(target ${name})
  endif()
  set(abs "")
  foreach(s IN LISTS sources)
    get_filename_component(p ${s} ABSOLUTE)
    list(APPEND abs ${p})
  endforeach()
  set(config ${CMAKE_CURRENT_BINARY_DIR}/${name}.includes.cmake)
  file(CONFIGURE OUTPUT ${config} CONTENT
    "set(MODULE \"${name}\")\nset(ALLOWED \"${allowed}\")\nset(SOURCES \"${abs}\")\nset(SQL \"${sql}\")\n"
    @ONLY)
  set(stamp ${CMAKE_CURRENT_BINARY_DIR}/${name}.includes-ok)
  add_custom_command(OUTPUT ${stamp}
    COMMAND ${CMAKE_COMMAND} -DCONFIG=${config} -DSTAMP=${stamp}
            -P ${PROJECT_SOURCE_DIR}/cmake/CheckIncludes.cmake
    DEPENDS ${abs} ${config} ${PROJECT_SOURCE_DIR}/cmake/CheckIncludes.cmake
    COMMENT "Checking the includes of ${name}" VERBATIM)
  add_custom_target(${name}_includes DEPENDS ${stamp})
  add_dependencies(${target} ${name}_includes)
endfunction()
