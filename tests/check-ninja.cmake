# Configures the project with Ninja in a scratch folder and loads the build manifest (ninja -t
# targets), without building: the check for "multiple rules generate …", which Makefiles do not
# see (issue 24). Run by CTest: cmake -DSOURCE_DIR=<repo> -DWORK_DIR=<scratch> -P check-ninja.cmake
cmake_minimum_required(VERSION 3.25)
find_program(NINJA ninja REQUIRED)
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
execute_process(
    COMMAND "${CMAKE_COMMAND}" -G Ninja -S "${SOURCE_DIR}" -B "${WORK_DIR}"
            -DCMAKE_BUILD_TYPE=RelWithDebInfo
    RESULT_VARIABLE configured OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT configured EQUAL 0)
    message(FATAL_ERROR "cmake -G Ninja failed:\n${out}\n${err}")
endif()
execute_process(COMMAND "${NINJA}" -C "${WORK_DIR}" -t targets all
                RESULT_VARIABLE loaded OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT loaded EQUAL 0)
    message(FATAL_ERROR "ninja cannot load the build files:\n${err}")
endif()
file(REMOVE_RECURSE "${WORK_DIR}")
message(STATUS "Ninja loads the build files")
