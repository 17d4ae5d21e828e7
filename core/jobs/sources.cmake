hires_core_sources(
    PLAIN
        ${CMAKE_CURRENT_LIST_DIR}/provenance.cpp
    TORCH
        ${CMAKE_CURRENT_LIST_DIR}/compute_device.cpp
)
