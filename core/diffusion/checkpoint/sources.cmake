# Stable Diffusion checkpoint layouts: model family detection and key mapping (torch-free).
hires_core_sources(
    PLAIN
        ${CMAKE_CURRENT_LIST_DIR}/diffusers_layout.cpp
        ${CMAKE_CURRENT_LIST_DIR}/network_shapes.cpp
        ${CMAKE_CURRENT_LIST_DIR}/sd_checkpoint_reader.cpp
        ${CMAKE_CURRENT_LIST_DIR}/sd_model_info.cpp
        ${CMAKE_CURRENT_LIST_DIR}/single_file_layout.cpp
)
