// load_statements: files and folders of statements, every bad file reported.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <unordered_map>

#include "formats/content_check.hpp"
#include "formats/file_read.hpp"
#include "formats/loader.hpp"

namespace dipdiff {
namespace {

namespace fs = std::filesystem;

constexpr const char* k_supported = ".txt .md .markdown .json .jsonl .ndjson";

Diagnostic error_at(std::string path, int line, std::string id, std::string message, std::string expected) {
    Diagnostic d;
    d.severity = Severity::error;
    d.path = std::move(path);
    d.line = line;
    d.id = std::move(id);
    d.message = std::move(message);
    d.expected = std::move(expected);
    return d;
}

bool is_hidden(const fs::path& path) {
    const std::string name = path.filename().string();
    return !name.empty() && name.front() == '.';
}

// A folder of statements often documents itself in a README: that is not a
// statement. (Named directly on the command line, it is read like any file.)
bool is_folder_readme(const fs::path& path) {
    std::string stem = path.stem().string();
    for (char& c : stem) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return stem == "readme";
}

/// Adds the supported files under `folder` to `files`; false when there are none.
bool collect_folder(const std::string& folder, std::vector<std::string>& files, Diagnostics& diagnostics) {
    std::error_code ec;
    fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec);
    const std::size_t before = files.size();
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        const fs::directory_entry& entry = *it;
        std::error_code entry_ec;  // an entry that cannot be examined is skipped, not the whole folder
        if (is_hidden(entry.path())) {
            if (entry.is_directory(entry_ec)) it.disable_recursion_pending();
            continue;
        }
        if (!entry.is_regular_file(entry_ec) || is_folder_readme(entry.path())) continue;
        const std::string path = entry.path().generic_string();
        const StatementFormat format = format_from_path(path);
        if (format != StatementFormat::auto_detect) files.push_back(path);
    }
    if (ec)
        diagnostics.push_back(error_at(folder, 0, "input.unreadable",
                                       "cannot read the folder: " + ec.message(),
                                       "a folder dipdiff may read"));
    return files.size() > before;
}


std::string place_of(const Statement& statement) {
    std::string place = statement.path;
    if (statement.id_location.line > 0) place += ":" + std::to_string(statement.id_location.line);
    return place;
}

/// Keeps the first statement with each id; every later one is an error naming both places.
void drop_duplicate_ids(std::vector<Statement>& statements, Diagnostics& diagnostics) {
    std::unordered_map<std::string, std::size_t> first_with_id;
    std::vector<Statement> kept;
    kept.reserve(statements.size());
    for (Statement& statement : statements) {
        const auto [it, inserted] = first_with_id.emplace(statement.id, kept.size());
        if (!inserted) {
            Diagnostic d =
                error_at(statement.path, statement.id_location.line, "statement.duplicate-id",
                         "id '" + statement.id + "' is already used by " + place_of(kept[it->second]),
                         "a unique id for each statement (set 'id:' in the header or \"id\" in JSON)");
            d.column = statement.id_location.column;
            diagnostics.push_back(std::move(d));
            continue;
        }
        kept.push_back(std::move(statement));
    }
    statements = std::move(kept);
}

}  // namespace

LoadResult load_statements(const std::vector<std::string>& paths, const LoadOptions& options) {
    LoadResult result;
    std::vector<std::string> files;
    for (const std::string& path : paths) {
        std::error_code ec;
        const fs::file_status status = fs::status(path, ec);
        if (ec || !fs::exists(status)) {
            result.diagnostics.push_back(error_at(path, 0, "input.missing", "no such file or folder",
                                                  "a statement file or a folder of them"));
        } else if (fs::is_directory(status)) {
            if (!collect_folder(path, files, result.diagnostics))
                result.diagnostics.push_back(error_at(path, 0, "input.no-statements",
                                                      "the folder holds no statement files",
                                                      std::string("files ending in ") + k_supported));
        } else if (fs::is_regular_file(status)) {
            files.push_back(path);
        } else {
            result.diagnostics.push_back(error_at(path, 0, "input.unreadable", "not a file or folder",
                                                  "a statement file or a folder of them"));
        }
    }
    // Byte order of the paths: the same corpus loads the same way everywhere.
    std::sort(files.begin(), files.end());
    files.erase(std::unique(files.begin(), files.end()), files.end());

    for (const std::string& path : files) {
        try {
            const std::string content =
                read_whole_file(path, options.max_file_bytes, "a statement file (is this path a data dump?)");
            std::vector<Statement> statements =
                parse_statements(content, path, format_from_path(path), options, result.diagnostics);
            for (Statement& statement : statements) result.statements.push_back(std::move(statement));
        } catch (const InputError& e) {
            result.diagnostics.push_back(e.diagnostic());
        }
    }
    drop_duplicate_ids(result.statements, result.diagnostics);
    return result;
}

}  // namespace dipdiff
