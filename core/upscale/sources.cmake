hires_core_sources(
    PLAIN
        ${CMAKE_CURRENT_LIST_DIR}/fallback_ladder.cpp
        ${CMAKE_CURRENT_LIST_DIR}/lanczos_upscaler.cpp
        ${CMAKE_CURRENT_LIST_DIR}/tile_plan.cpp
        ${CMAKE_CURRENT_LIST_DIR}/tile_size_policy.cpp
        ${CMAKE_CURRENT_LIST_DIR}/upscale_engine.cpp
        ${CMAKE_CURRENT_LIST_DIR}/upscale_job.cpp
        ${CMAKE_CURRENT_LIST_DIR}/upscale_options.cpp
    TORCH
        ${CMAKE_CURRENT_LIST_DIR}/neural_pass.cpp
        ${CMAKE_CURRENT_LIST_DIR}/neural_run.cpp
        ${CMAKE_CURRENT_LIST_DIR}/neural_upscaler.cpp
)
# INTERIM: loadUpscaleNetwork() is implemented on another branch (core/nn model
# loader). Until it is on main, NeuralUpscaler::open() says so instead of
# linking against a symbol that does not exist yet. Remove with the loader's merge.
file(GLOB HIRES_UPSCALE_MODEL_LOADER_SOURCES "${PROJECT_SOURCE_DIR}/core/nn/upscale_model_loader*.cpp")
if(HIRES_UPSCALE_MODEL_LOADER_SOURCES)
    set_property(SOURCE ${CMAKE_CURRENT_LIST_DIR}/neural_upscaler.cpp DIRECTORY "${PROJECT_SOURCE_DIR}/core"
        APPEND PROPERTY COMPILE_DEFINITIONS HIRES_HAVE_UPSCALE_MODEL_LOADER=1)
endif()
