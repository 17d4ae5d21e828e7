target_sources(hires_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/page.h
    ${CMAKE_CURRENT_LIST_DIR}/upscale_options_panel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/upscale_options_panel.h
    ${CMAKE_CURRENT_LIST_DIR}/upscale_page.cpp
    ${CMAKE_CURRENT_LIST_DIR}/upscale_page.h
    ${CMAKE_CURRENT_LIST_DIR}/upscale_queue_model.cpp
    ${CMAKE_CURRENT_LIST_DIR}/upscale_queue_model.h
)
