hires_core_sources(
    TORCH
        ${CMAKE_CURRENT_LIST_DIR}/compute_device.cpp
)
