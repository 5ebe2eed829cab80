#include "formats/loader.hpp"

#include <algorithm>
#include <string>

namespace dipdiff {

StatementFormat format_from_path(std::string_view path) {
    const auto dot = path.rfind('.');
    const auto slash = path.rfind('/');
    if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash))
        return StatementFormat::auto_detect;
    std::string ext(path.substr(dot + 1));
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    if (ext == "txt" || ext == "text") return StatementFormat::text;
    if (ext == "md" || ext == "markdown") return StatementFormat::markdown;
    if (ext == "json") return StatementFormat::json;
    if (ext == "jsonl" || ext == "ndjson") return StatementFormat::json_lines;
    return StatementFormat::auto_detect;
}

}  // namespace dipdiff
