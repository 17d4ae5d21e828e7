# The torch-free model file readers: shared by hires_core (through the
# hires_weights_readers library) and by the libFuzzer targets in tests/fuzz,
# which compile them again with sanitizer and coverage flags.
set(HIRES_WEIGHTS_READER_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/architecture_registry.cpp
    ${CMAKE_CURRENT_LIST_DIR}/mapped_file.cpp
    ${CMAKE_CURRENT_LIST_DIR}/model_file.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ncnn_layer_catalog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ncnn_model.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ncnn_param_parser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pickle_allow_list.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pickle_graph.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pickle_machine.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pytorch_checkpoint_reader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/restricted_unpickler.cpp
    ${CMAKE_CURRENT_LIST_DIR}/safetensors_reader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/state_dict.cpp
    ${CMAKE_CURRENT_LIST_DIR}/state_dict_assembler.cpp
    ${CMAKE_CURRENT_LIST_DIR}/weights_error.cpp
    ${CMAKE_CURRENT_LIST_DIR}/zip_archive.cpp
)
