#include "render/terminal_text.hpp"

#include <gtest/gtest.h>

namespace dipdiff {
namespace {

TEST(TerminalTextTest, FoldsWhiteSpaceIncludingLineBreaks) {
    EXPECT_EQ(terminal_safe("  The talks\nwere   constructive.\n"), "The talks were constructive.");
}

TEST(TerminalTextTest, EscapeSequencesFromStatementTextAreMadeVisible) {
    EXPECT_EQ(terminal_safe("red\x1b[31mline"), "red\\x1b[31mline");
    EXPECT_EQ(terminal_safe("bell\x07"), "bell\\x07");
    EXPECT_EQ(terminal_safe("c1\xc2\x9b" "2J"), "c1\\x9b2J");  // U+009B CSI
}

TEST(TerminalTextTest, BidiOverridesCannotReorderWhatIsShown) {
    EXPECT_EQ(terminal_safe("agreed \u202Edeirgasid"), "agreed <U+202E>deirgasid");
    EXPECT_EQ(terminal_safe("\u2066x\u2069"), "<U+2066>x<U+2069>");
}

TEST(TerminalTextTest, KeepsOrdinaryUnicodeAndShowsBrokenBytes) {
    EXPECT_EQ(terminal_safe("\u201cМы договорились\u201d \u2014 双方"), "\u201cМы договорились\u201d \u2014 双方");
    EXPECT_EQ(terminal_safe("bad\xff"), "bad\\xff");
}

}  // namespace
}  // namespace dipdiff

namespace dipdiff {
namespace {

TEST(TerminalTextTest, KeepSpaceVariantKeepsLineBreaksButNotCarriageReturnTricks) {
    EXPECT_EQ(terminal_safe_keep_space("Para one.\n\n  Para two.\r\n"), "Para one.\n\n  Para two.\n");
    EXPECT_EQ(terminal_safe_keep_space("shown\rhidden"), "shown\\x0dhidden");
    EXPECT_EQ(terminal_safe_keep_space("x\x1b[0m"), "x\\x1b[0m");
}

}  // namespace
}  // namespace dipdiff
