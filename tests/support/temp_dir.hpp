#pragma once
// A temporary folder for one test, removed when the test ends.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace dipdiff {

class TempDir {
public:
    TempDir() {
        std::random_device device;
        m_root = std::filesystem::temp_directory_path() / ("dipdiff-test-" + std::to_string(device()));
        std::filesystem::create_directories(m_root);
    }
    ~TempDir() {
        std::error_code ignored;
        std::filesystem::remove_all(m_root, ignored);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    std::string path(const std::string& name) const { return (m_root / name).string(); }
    std::string root() const { return m_root.string(); }

    /// Writes a file (creating folders) and returns its path.
    std::string write(const std::string& name, const std::string& content) const {
        const auto file = m_root / name;
        std::filesystem::create_directories(file.parent_path());
        std::ofstream(file, std::ios::binary) << content;
        return file.string();
    }

    /// Names of the entries directly in the folder, sorted.
    std::vector<std::string> entries() const {
        std::vector<std::string> names;
        for (const auto& entry : std::filesystem::directory_iterator(m_root))
            names.push_back(entry.path().filename().string());
        std::sort(names.begin(), names.end());
        return names;
    }

private:
    std::filesystem::path m_root;
};

inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

}  // namespace dipdiff
