target_sources(hires_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/comparison_page.cpp
    ${CMAKE_CURRENT_LIST_DIR}/comparison_page.h
)
