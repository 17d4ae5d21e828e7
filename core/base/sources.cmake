hires_core_sources(
    PLAIN
        ${CMAKE_CURRENT_LIST_DIR}/result.cpp
)
