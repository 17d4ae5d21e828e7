hires_core_sources(
    PLAIN
        ${CMAKE_CURRENT_LIST_DIR}/remote_backend.cpp
        ${CMAKE_CURRENT_LIST_DIR}/remote_backend.h
        ${CMAKE_CURRENT_LIST_DIR}/remote_upscaler.cpp
        ${CMAKE_CURRENT_LIST_DIR}/remote_upscaler.h
)
