# Warnings, sanitizers and ccache for every target of the project.

find_program(HIRES_CCACHE ccache)
if(HIRES_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    # Precompiled headers are only cacheable with these sloppiness settings.
    # Paths under the source tree are hashed relative to it, so a fresh clone in
    # another folder (CI) hits the cache that a developer's build filled.
    set(_hires_ccache env "CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime"
        "CCACHE_BASEDIR=${CMAKE_SOURCE_DIR}" "${HIRES_CCACHE}")
    set(CMAKE_C_COMPILER_LAUNCHER ${_hires_ccache})
    set(CMAKE_CXX_COMPILER_LAUNCHER ${_hires_ccache})
endif()

# Applied per target (hires_apply_warnings) so that third-party code is not affected.
function(hires_apply_warnings target)
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wno-unused-parameter)
    endif()
endfunction()

if(HIRES_SANITIZE)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        message(FATAL_ERROR "HIRES_SANITIZE needs GCC or Clang")
    endif()
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()
