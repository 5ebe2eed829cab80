#include "formats/json_scan.hpp"

#include <gtest/gtest.h>

namespace dipdiff {
namespace {

TEST(JsonScanTest, FindsRecordsAndTheirOwnKeys) {
    const std::string json = R"( [ {"a": 1, "n": {"inner": "x"}, "s": "q\"uote"}, 7, {"b" : [1]} ] )";
    const JsonScan scan = scan_json(json, 64);
    ASSERT_EQ(scan.records.size(), 3u);
    EXPECT_EQ(scan.records[0].start, json.find('{'));
    ASSERT_EQ(scan.records[0].fields.size(), 3u);  // "inner" belongs to a nested object
    EXPECT_EQ(scan.records[0].fields[0].first, "a");
    EXPECT_EQ(scan.records[0].fields[0].second, json.find('1'));
    EXPECT_EQ(scan.records[0].fields[2].first, "s");
    EXPECT_EQ(scan.records[1].start, json.find('7'));
    EXPECT_TRUE(scan.records[1].fields.empty());
    EXPECT_EQ(scan.records[2].fields[0].first, "b");
    EXPECT_EQ(scan.too_deep_at, std::string_view::npos);
}

TEST(JsonScanTest, ATopLevelObjectIsOneRecord) {
    const std::string json = R"({"text": "T.", "list": [{"x": 1}]})";
    const JsonScan scan = scan_json(json, 64);
    ASSERT_EQ(scan.records.size(), 1u);
    ASSERT_EQ(scan.records[0].fields.size(), 2u);
    EXPECT_EQ(scan.records[0].fields[1].first, "list");
}

TEST(JsonScanTest, StopsAtTheFirstTooDeepBracketAndToleratesBrokenJson) {
    EXPECT_EQ(scan_json("[[[[", 3).too_deep_at, 3u);
    EXPECT_EQ(scan_json("{\"a\": \"unterminated", 64).records.size(), 1u);
    EXPECT_TRUE(scan_json("", 64).records.empty());
    EXPECT_TRUE(scan_json("]]]}}", 64).records.empty());
}

}  // namespace
}  // namespace dipdiff
