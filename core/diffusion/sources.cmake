hires_core_sources(
    PLAIN
        ${CMAKE_CURRENT_LIST_DIR}/clip_text_cleaner.cpp
        ${CMAKE_CURRENT_LIST_DIR}/clip_tokenizer.cpp
        ${CMAKE_CURRENT_LIST_DIR}/clip_vocabulary.cpp
        ${CMAKE_CURRENT_LIST_DIR}/html_entities.cpp
)
