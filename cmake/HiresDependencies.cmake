# Third-party packages. Debian's libtorch 1.13 is the default; a libtorch 2.x
# (CUDA or CPU, cxx11 ABI) is picked up with -DTorch_DIR=/path/to/libtorch/share/cmake/Torch.

find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets Network Concurrent Svg LinguistTools)
if(HIRES_BUILD_TESTS)
    find_package(Qt6 6.4 REQUIRED COMPONENTS Test)
endif()
qt_standard_project_setup()
set(CMAKE_AUTOMOC ON)
set(CMAKE_AUTORCC ON)

find_package(OpenCV 4 REQUIRED COMPONENTS core imgproc imgcodecs objdetect dnn calib3d)
find_package(ZLIB REQUIRED)
find_package(Threads REQUIRED)

find_package(Torch REQUIRED)
# TORCH_CXX_FLAGS carries the libstdc++ ABI flag libtorch was built with; every
# translation unit must agree with it, not only the ones that include torch.
if(TORCH_CXX_FLAGS)
    separate_arguments(_hires_torch_flags UNIX_COMMAND "${TORCH_CXX_FLAGS}")
    add_compile_options(${_hires_torch_flags})
endif()
