#include <gtest/gtest.h>

#include "formats/loader.hpp"
#include "tests/support/temp_dir.hpp"

namespace dipdiff {
namespace {

using testing::TempDir;

const std::string k_good = "id: good\nparty: Republic of Varenia\ndate: 2021-06-16\n\nThe talks began.\n";

std::vector<std::string> ids_of(const LoadResult& result) {
    std::vector<std::string> ids;
    for (const Statement& s : result.statements) ids.push_back(s.id);
    return ids;
}

TEST(FolderLoaderTest, LoadsTheGoodFileAndReportsEveryBadOne) {
    TempDir dir;
    dir.write("corpus/a-good.txt", k_good);
    const std::string bad_date =
        dir.write("corpus/b-bad-date.txt", "party: V\ndate: June 31, 2021\n\nText.\n");
    const std::string bad_utf8 = dir.write("corpus/c-latin1.md", "party: V\ndate: 2021-06-16\n\nCaf\xE9.\n");
    const LoadResult result = load_statements({(dir.path() / "corpus").string()});
    EXPECT_EQ(ids_of(result), std::vector<std::string>{"good"});
    ASSERT_EQ(result.diagnostics.size(), 2u);
    EXPECT_EQ(result.diagnostics[0].format(),
              bad_date + ":2:7: error: date 'June 31, 2021' is not a day of June \u2014 June has 30 days");
    EXPECT_EQ(result.diagnostics[1].format(), bad_utf8 +
                                                  ":4:4: error: invalid UTF-8 at byte offset 30 (0xE9) "
                                                  "\u2014 text saved as UTF-8 (re-save the file "
                                                  "as UTF-8)");
    EXPECT_TRUE(has_errors(result.diagnostics));
}

TEST(FolderLoaderTest, ReadsSupportedFilesRecursivelyInByteOrderSkippingHiddenOnes) {
    TempDir dir;
    dir.write("c/Z.txt", "id: Z\nparty: V\ndate: 2021-06-16\n\nText.\n");
    dir.write("c/a.md", "---\nid: a\nparty: V\ndate: 2021-06-16\n---\nText.\n");
    dir.write("c/sub/b.json", R"([{"id": "b1", "party": "V", "date": "2021-06-16", "text": "T."},
 {"id": "b2", "party": "V", "date": "2021-06-16", "text": "T."}])");
    dir.write("c/sub/c.ndjson", R"({"id": "c", "party": "V", "date": "2021-06-16", "text": "T."})");
    dir.write("c/notes.docx", "not a statement");
    dir.write("c/.hidden.txt", "id: hidden\n\nText.");
    dir.write("c/.git/x.txt", "id: git\n\nText.");
    const LoadResult result = load_statements({(dir.path() / "c").string()});
    EXPECT_TRUE(result.diagnostics.empty()) << result.diagnostics.front().format();
    // "Z.txt" sorts before "a.md": byte order, upper case first.
    EXPECT_EQ(ids_of(result), (std::vector<std::string>{"Z", "a", "b1", "b2", "c"}));
}

TEST(FolderLoaderTest, ADuplicateIdIsAnErrorNamingBothPlaces) {
    TempDir dir;
    const std::string first = dir.write("a.txt", k_good);
    const std::string second = dir.write("b.json", R"({"party": "K",
 "id": "good", "date": "2021-06-17", "text": "Other talks."})");
    const LoadResult result = load_statements({first, second});
    EXPECT_EQ(ids_of(result), std::vector<std::string>{"good"});
    EXPECT_EQ(result.statements[0].path, first);
    ASSERT_EQ(result.diagnostics.size(), 1u);
    EXPECT_EQ(result.diagnostics[0].id, "statement.duplicate-id");
    EXPECT_EQ(result.diagnostics[0].format(),
              second + ":2:8: error: id 'good' is already used by " + first +
                  ":1 \u2014 a unique id for each statement (set 'id:' in the header or \"id\" in JSON)");
}

TEST(FolderLoaderTest, ADuplicateIdInsideOneFileIsAnErrorToo) {
    TempDir dir;
    const std::string path = dir.write("calls.json", R"([{"id": "x", "text": "One."},
 {"id": "y", "text": "Two."},
 {"id": "x", "text": "Three."}])");
    const LoadResult result = load_statements({path});
    EXPECT_EQ(ids_of(result), (std::vector<std::string>{"x", "y"}));
    EXPECT_EQ(result.statements[0].text, "One.");
    std::vector<std::string> errors;
    for (const Diagnostic& d : result.diagnostics)
        if (d.severity == Severity::error) errors.push_back(d.format());
    EXPECT_EQ(errors, std::vector<std::string>{path + ":3:9: error: id 'x' is already used by " + path +
                                               ":1 \u2014 a unique id for each statement (set 'id:' in the "
                                               "header or \"id\" in JSON)"});
}

TEST(FolderLoaderTest, ReportsMissingPathsAndFoldersWithoutStatements) {
    TempDir dir;
    std::filesystem::create_directories(dir.path() / "empty");
    dir.write("only-docs/readme.pdf", "x");
    const std::string missing = (dir.path() / "nowhere").string();
    const LoadResult result =
        load_statements({missing, (dir.path() / "empty").string(), (dir.path() / "only-docs").string()});
    EXPECT_TRUE(result.statements.empty());
    ASSERT_EQ(result.diagnostics.size(), 3u);
    EXPECT_EQ(result.diagnostics[0].format(),
              missing + ": error: no such file or folder \u2014 a statement file or a folder of them");
    EXPECT_EQ(result.diagnostics[1].id, "input.no-statements");
    EXPECT_EQ(result.diagnostics[1].format(),
              (dir.path() / "empty").string() +
                  ": error: the folder holds no statement files \u2014 files ending "
                  "in .txt .md .markdown .json .jsonl .ndjson");
    EXPECT_EQ(result.diagnostics[2].id, "input.no-statements");
}

TEST(FolderLoaderTest, RefusesFilesOverTheSizeLimitBeforeReadingThem) {
    TempDir dir;
    const std::string path = dir.write("big.txt", k_good);
    LoadOptions options;
    options.max_file_bytes = 10;
    const LoadResult result = load_statements({path}, options);
    EXPECT_TRUE(result.statements.empty());
    ASSERT_EQ(result.diagnostics.size(), 1u);
    EXPECT_EQ(result.diagnostics[0].id, "input.too-large");
    EXPECT_EQ(result.diagnostics[0].path, path);
}

TEST(FolderLoaderTest, ANamedFileWithAnUnknownExtensionIsSniffed) {
    TempDir dir;
    const std::string path =
        dir.write("export.dat", R"([{"id": "x", "party": "V", "date": "2021-06-16", "text": "T."}])");
    const LoadResult result = load_statements({path});
    EXPECT_TRUE(result.diagnostics.empty());
    EXPECT_EQ(ids_of(result), std::vector<std::string>{"x"});
}

TEST(FolderLoaderTest, KeepsWarningsAndLoadsTheSameFileOnlyOnce) {
    TempDir dir;
    const std::string path = dir.write("s.txt", "party: V\n\nNo date here.\n");
    const LoadResult result = load_statements({path, path});
    EXPECT_EQ(ids_of(result), std::vector<std::string>{"s"});
    ASSERT_EQ(result.diagnostics.size(), 1u);
    EXPECT_EQ(result.diagnostics[0].id, "statement.missing-date");
    EXPECT_FALSE(has_errors(result.diagnostics));
}

}  // namespace
}  // namespace dipdiff
