# Build helpers shared by every folder of CoopDesk.

# Use ccache when the machine has it: rebuilds after a branch switch cost seconds, not minutes.
function(coop_enable_ccache)
  find_program(COOP_CCACHE ccache)
  if(COOP_CCACHE)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${COOP_CCACHE}" PARENT_SCOPE)
  endif()
endfunction()

# The warnings every CoopDesk target is built with; errors when COOP_WARNINGS_AS_ERRORS is on.
function(coop_target_warnings target)
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
      -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual
      -Wconversion -Wimplicit-fallthrough)
    if(COOP_WARNINGS_AS_ERRORS)
      target_compile_options(${target} PRIVATE -Werror)
    endif()
  elseif(MSVC)
    target_compile_options(${target} PRIVATE /W4 /permissive-)
    if(COOP_WARNINGS_AS_ERRORS)
      target_compile_options(${target} PRIVATE /WX)
    endif()
  endif()
  target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING QT_NO_CAST_FROM_BYTEARRAY QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER QT_STRICT_ITERATORS)
endfunction()

# A library of CoopDesk: coop_add_library(coop_core ALIAS Coop::Core SOURCES ...)
function(coop_add_library name)
  cmake_parse_arguments(ARG "" "ALIAS" "SOURCES" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  if(ARG_ALIAS)
    add_library(${ARG_ALIAS} ALIAS ${name})
  endif()
  coop_target_warnings(${name})
  set_target_properties(${name} PROPERTIES POSITION_INDEPENDENT_CODE ON)
endfunction()

# One QtTest executable registered with CTest:
#   coop_add_test(tst_money SOURCES tst_money.cpp LIBS Coop::Core LABELS unit [TIMEOUT 120]
#                 [ENVIRONMENT VAR=value ...])
# Every test runs with the offscreen platform so that widget tests need no display.
function(coop_add_test name)
  cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS;ENVIRONMENT" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
  coop_target_warnings(${name})
  add_test(NAME ${name} COMMAND ${name})
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 300)
  endif()
  if(NOT ARG_LABELS)
    set(ARG_LABELS unit)
  endif()
  set_tests_properties(${name} PROPERTIES
    LABELS "${ARG_LABELS}"
    TIMEOUT ${ARG_TIMEOUT}
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;${ARG_ENVIRONMENT}")
endfunction()
