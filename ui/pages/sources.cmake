target_sources(hires_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/generate_form.cpp
    ${CMAKE_CURRENT_LIST_DIR}/generate_form.h
    ${CMAKE_CURRENT_LIST_DIR}/generate_form_request.cpp
    ${CMAKE_CURRENT_LIST_DIR}/generate_page.cpp
    ${CMAKE_CURRENT_LIST_DIR}/generate_page.h
    ${CMAKE_CURRENT_LIST_DIR}/missing_checkpoint_panel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/missing_checkpoint_panel.h
    ${CMAKE_CURRENT_LIST_DIR}/prompt_edit.cpp
    ${CMAKE_CURRENT_LIST_DIR}/prompt_edit.h
    ${CMAKE_CURRENT_LIST_DIR}/result_comparison.cpp
    ${CMAKE_CURRENT_LIST_DIR}/result_comparison.h
    ${CMAKE_CURRENT_LIST_DIR}/result_gallery.cpp
    ${CMAKE_CURRENT_LIST_DIR}/result_gallery.h
    ${CMAKE_CURRENT_LIST_DIR}/seed_control.cpp
    ${CMAKE_CURRENT_LIST_DIR}/seed_control.h
)
