# Writes a C++ source file that holds a file's bytes and a function returning them.
# Run as: cmake -DINPUT=file -DOUTPUT=file.cpp -DFUNCTION=name -P embed_file.cmake
# A byte array, not a string literal: no delimiter can clash with the content.
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" hex_length)
math(EXPR byte_count "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
# 24 bytes to a line keeps the generated file readable in a debugger.
string(REGEX REPLACE "((0x[0-9a-f][0-9a-f],){24})" "\\1\n    " bytes "${bytes}")
get_filename_component(input_name "${INPUT}" NAME)
file(WRITE "${OUTPUT}" "// Generated from ${input_name} by cmake/embed_file.cmake at build time: do not edit.
#include <string_view>

namespace dipdiff {
namespace {

// One byte more than the file: an empty file still makes a valid array.
constexpr unsigned char k_bytes[] = {
    ${bytes}0x00};

}  // namespace

std::string_view ${FUNCTION}() { return {reinterpret_cast<const char*>(k_bytes), ${byte_count}}; }

}  // namespace dipdiff
")
