#pragma once
// Validates JSON text against a JSON Schema of docs/ with python3 and its
// jsonschema module (installed by scripts/install-deps.sh). A missing python3
// or jsonschema is a test FAILURE with a message saying what to install: a
// schema check must never be skipped silently.
#include "tests/support/run_dipdiff.hpp"
#include "tests/support/temp_dir.hpp"

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <string>

namespace dipdiff {

/// Success when `json_text` matches the schema at `schema_path` (relative to
/// the source root); otherwise a failure listing every schema error.
inline ::testing::AssertionResult matches_json_schema(const std::string& json_text,
                                                      const std::string& schema_path) {
    testing::TempDir scratch;
    const std::string document = scratch.write("document.json", json_text);
    const std::string source = DIPDIFF_SOURCE_DIR;
    // Debian's interpreter first: install-deps.sh installs python3-jsonschema for
    // it, while another python3 earlier on PATH may lack the module.
    const std::string python = std::filesystem::exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
    const std::string command = python + " " + shell_quote(source + "/tests/support/validate_json_schema.py") +
                                " " + shell_quote(document) + " " + shell_quote(source + "/" + schema_path) +
                                " > " + shell_quote(scratch.path("messages")) + " 2>&1";
    const int status = std::system(command.c_str());
    const int exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    const std::string messages = testing::read_file(scratch.path("messages"));
    switch (exit_code) {
        case 0:
            return ::testing::AssertionSuccess();
        case 1:
            return ::testing::AssertionFailure() << "the JSON does not match " << schema_path << ":\n"
                                                 << messages;
        case 3:
            return ::testing::AssertionFailure()
                   << "cannot validate against " << schema_path << ": " << messages;
        case 127:
            return ::testing::AssertionFailure()
                   << "cannot validate against " << schema_path
                   << ": python3 is not installed (run scripts/install-deps.sh)";
        default:
            return ::testing::AssertionFailure()
                   << "validating against " << schema_path << " failed (exit " << exit_code << "):\n"
                   << messages;
    }
}

/// Success when `json_text` is a valid dipdiff report (docs/report.schema.json).
inline ::testing::AssertionResult matches_report_schema(const std::string& json_text) {
    return matches_json_schema(json_text, "docs/report.schema.json");
}

}  // namespace dipdiff
