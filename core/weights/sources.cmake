# core/weights: the readers are PLAIN (torch-free) and live in their own small
# library so that the fuzz targets and tests can link them without libtorch;
# hires_core links it publicly.
include(${CMAKE_CURRENT_LIST_DIR}/readers.cmake)
add_library(hires_weights_readers STATIC ${HIRES_WEIGHTS_READER_SOURCES})
hires_apply_warnings(hires_weights_readers)
target_include_directories(hires_weights_readers PUBLIC "${PROJECT_SOURCE_DIR}")
target_link_libraries(hires_weights_readers PUBLIC Qt6::Core PRIVATE ZLIB::ZLIB)
target_link_libraries(hires_core PUBLIC hires_weights_readers)

hires_core_sources(
    TORCH
        ${CMAKE_CURRENT_LIST_DIR}/tensor_bridge.cpp
)
