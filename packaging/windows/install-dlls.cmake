# Runs at install time on Windows (packaging/CMakeLists.txt hands it COOP_PROGRAMS and
# COOP_DLL_DIRS): copies next to the programs the DLLs they load that are neither Windows' own
# nor Qt's (windeployqt copies those), i.e. SQLCipher, OpenSSL, libsodium, qpdf and the MinGW
# runtime, found in COOP_DLL_DIRS.
if(CMAKE_OBJDUMP AND NOT CMAKE_GET_RUNTIME_DEPENDENCIES_TOOL)
  set(CMAKE_GET_RUNTIME_DEPENDENCIES_PLATFORM "windows+pe")
  set(CMAKE_GET_RUNTIME_DEPENDENCIES_TOOL "objdump")
  set(CMAKE_GET_RUNTIME_DEPENDENCIES_COMMAND "${CMAKE_OBJDUMP}")
endif()
file(GET_RUNTIME_DEPENDENCIES
  EXECUTABLES ${COOP_PROGRAMS}
  DIRECTORIES ${COOP_DLL_DIRS}
  PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^[Qq]t6"
  POST_EXCLUDE_REGEXES "[/\\][Ww][Ii][Nn][Dd][Oo][Ww][Ss][/\\]"
  RESOLVED_DEPENDENCIES_VAR coop_dlls
  UNRESOLVED_DEPENDENCIES_VAR coop_missing)
if(coop_missing)
  message(WARNING "DLLs not found (add their folder to COOP_RUNTIME_DLL_DIRS): ${coop_missing}")
endif()
file(INSTALL ${coop_dlls} DESTINATION "${CMAKE_INSTALL_PREFIX}/bin")
