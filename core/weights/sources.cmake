hires_core_sources(
    PLAIN
        ${CMAKE_CURRENT_LIST_DIR}/state_dict.cpp
    TORCH
        ${CMAKE_CURRENT_LIST_DIR}/tensor_bridge.cpp
)
