#include "formats/atomic_file.hpp"

#include "engine/diagnostic.hpp"
#include "tests/support/temp_dir.hpp"

#include <gtest/gtest.h>

#include <ostream>
#include <stdexcept>

namespace dipdiff {
namespace {
using testing::read_file;
using testing::TempDir;

TEST(AtomicFileTest, WritesContentAndLeavesNoTemporaryFile) {
    TempDir dir;
    const std::string path = dir.path("report.json");
    write_file_atomically(path, "{}\n", {});
    EXPECT_EQ(read_file(path), "{}\n");
    EXPECT_EQ(dir.entries(), std::vector<std::string>{"report.json"});
}

TEST(AtomicFileTest, StreamedContentIsWrittenWhole) {
    TempDir dir;
    const std::string path = dir.path("report.json");
    write_file_atomically(
        path, [](std::ostream& out) { out << "{\n" << "  \"a\": 1\n" << "}\n"; }, {});
    EXPECT_EQ(read_file(path), "{\n  \"a\": 1\n}\n");
    EXPECT_EQ(dir.entries(), std::vector<std::string>{"report.json"});
}

TEST(AtomicFileTest, WriterThatThrowsLeavesTheOldOutputAndNoTemporaryFile) {
    TempDir dir;
    const std::string path = dir.write("report.json", "old");
    EXPECT_THROW(write_file_atomically(
                     path,
                     [](std::ostream& out) {
                         out << "{ half";
                         throw std::invalid_argument("mismatch");
                     },
                     {}),
                 std::invalid_argument);
    EXPECT_EQ(read_file(path), "old");
    EXPECT_EQ(dir.entries(), std::vector<std::string>{"report.json"});
}

TEST(AtomicFileTest, ReplacesAnExistingOutput) {
    TempDir dir;
    const std::string path = dir.write("out.txt", "old");
    write_file_atomically(path, "new", {});
    EXPECT_EQ(read_file(path), "new");
}

TEST(AtomicFileTest, RefusesToWriteOverAnInput) {
    TempDir dir;
    const std::string input = dir.write("statement.txt", "party: Varenia\n\nText.");
    try {
        write_file_atomically(input, "{}", {input});
        FAIL() << "expected an error";
    } catch (const InputError& error) {
        EXPECT_EQ(error.diagnostic().id, "output.over-input");
    }
    EXPECT_EQ(read_file(input), "party: Varenia\n\nText.");
}

TEST(AtomicFileTest, ReportsAFolderThatCannotBeWritten) {
    TempDir dir;
    EXPECT_THROW(write_file_atomically(dir.path("missing/sub/out.json"), "{}", {}), InputError);
}

}  // namespace
}  // namespace dipdiff
