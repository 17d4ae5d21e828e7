hires_core_sources(
    PLAIN
        ${CMAKE_CURRENT_LIST_DIR}/clip_text_cleaner.cpp
        ${CMAKE_CURRENT_LIST_DIR}/clip_tokenizer.cpp
        ${CMAKE_CURRENT_LIST_DIR}/clip_vocabulary.cpp
        ${CMAKE_CURRENT_LIST_DIR}/generation_parameters.cpp
        ${CMAKE_CURRENT_LIST_DIR}/generation_request.cpp
        ${CMAKE_CURRENT_LIST_DIR}/generation_schedule.cpp
        ${CMAKE_CURRENT_LIST_DIR}/html_entities.cpp
        ${CMAKE_CURRENT_LIST_DIR}/noise_schedule.cpp
        ${CMAKE_CURRENT_LIST_DIR}/prompt_chunker.cpp
        ${CMAKE_CURRENT_LIST_DIR}/prompt_parser.cpp
        ${CMAKE_CURRENT_LIST_DIR}/sampler_kind.cpp
        ${CMAKE_CURRENT_LIST_DIR}/sampling_plan.cpp
        ${CMAKE_CURRENT_LIST_DIR}/tokenizer_locator.cpp
    TORCH
        ${CMAKE_CURRENT_LIST_DIR}/denoiser.cpp
        ${CMAKE_CURRENT_LIST_DIR}/latent_noise.cpp
        ${CMAKE_CURRENT_LIST_DIR}/sampler.cpp
        ${CMAKE_CURRENT_LIST_DIR}/sampler_steps.cpp
)

# Stable Diffusion networks and checkpoint layouts (their own folders).
include(${CMAKE_CURRENT_LIST_DIR}/nets/sources.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/checkpoint/sources.cmake)
