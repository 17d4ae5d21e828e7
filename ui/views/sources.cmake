target_sources(hires_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/comparison_view.cpp
    ${CMAKE_CURRENT_LIST_DIR}/comparison_view.h
    ${CMAKE_CURRENT_LIST_DIR}/face_review_panel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/face_review_panel.h
    ${CMAKE_CURRENT_LIST_DIR}/image_view.cpp
    ${CMAKE_CURRENT_LIST_DIR}/image_view.h
    ${CMAKE_CURRENT_LIST_DIR}/view_synchronizer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/view_synchronizer.h
    ${CMAKE_CURRENT_LIST_DIR}/wipe_view.cpp
    ${CMAKE_CURRENT_LIST_DIR}/wipe_view.h
)
