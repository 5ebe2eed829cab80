#pragma once
/// Writing output files safely: never half-written, never over an input.
#include <string>
#include <string_view>
#include <vector>

namespace dipdiff {

/// Writes `content` to `path` through a temporary file in the same folder and
/// a rename, so readers never see a partial file. Throws InputError (id
/// "output.over-input") when `path` is one of `inputs` (or inside an input
/// folder is fine, but never the same file), and (id "output.write-failed")
/// when the file cannot be written.
void write_file_atomically(const std::string& path, std::string_view content,
                           const std::vector<std::string>& inputs);

}  // namespace dipdiff
