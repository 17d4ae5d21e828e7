target_sources(hires_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/about_dialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/about_dialog.h
    ${CMAKE_CURRENT_LIST_DIR}/save_options_dialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/save_options_dialog.h
)
target_sources(hires_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/model_manager_dialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/model_manager_dialog.h
    ${CMAKE_CURRENT_LIST_DIR}/settings_dialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/settings_dialog.h
)
