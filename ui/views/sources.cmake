target_sources(hires_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/image_view.cpp
    ${CMAKE_CURRENT_LIST_DIR}/image_view.h
)
