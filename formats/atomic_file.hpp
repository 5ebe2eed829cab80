#pragma once
/// Writing output files safely: never half-written, never over an input.
#include <functional>
#include <ostream>
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

/// The same for output produced piece by piece: `write` writes the content to
/// the stream it is given (the temporary file), so a large report never has
/// to be held in memory whole. Exceptions from `write` remove the temporary
/// file and propagate.
void write_file_atomically(const std::string& path, const std::function<void(std::ostream&)>& write,
                           const std::vector<std::string>& inputs);

}  // namespace dipdiff
