#pragma once
/// Making statement text safe and readable in a terminal.
#include <string>
#include <string_view>

namespace dipdiff {

/// Returns `text` with every run of white space (line breaks included) folded
/// to one space, and every character a terminal would act on made visible:
/// C0/C1 control characters (ESC above all) as "\x1b"-style escapes, and
/// bidirectional overrides (U+202A–U+202E, U+2066–U+2069) as "<U+202E>", so a
/// statement can never move the cursor, recolour the screen or reorder what
/// the analyst reads. Invalid UTF-8 bytes are shown as "\xNN".
std::string terminal_safe(std::string_view text);

/// Like terminal_safe() but keeps white space as it is (line breaks, tabs and
/// runs of spaces): for showing a whole text, as `dipdiff diff` does.
std::string terminal_safe_keep_space(std::string_view text);

/// ANSI styles, empty when colour is off.
struct TerminalStyle {
    bool color = false;
    std::string_view bold() const { return color ? "\x1b[1m" : ""; }
    std::string_view dim() const { return color ? "\x1b[2m" : ""; }
    std::string_view red() const { return color ? "\x1b[31m" : ""; }
    std::string_view green() const { return color ? "\x1b[32m" : ""; }
    std::string_view yellow() const { return color ? "\x1b[33m" : ""; }
    std::string_view blue() const { return color ? "\x1b[34m" : ""; }
    std::string_view magenta() const { return color ? "\x1b[35m" : ""; }
    std::string_view cyan() const { return color ? "\x1b[36m" : ""; }
    std::string_view reset() const { return color ? "\x1b[0m" : ""; }
};

}  // namespace dipdiff
