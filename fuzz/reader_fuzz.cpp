// libFuzzer target: every statement reader on arbitrary bytes. Readers may
// refuse input only with InputError; any other exception, crash, leak or
// sanitizer report is a bug.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "formats/loader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view content(reinterpret_cast<const char*>(data), size);
    for (dipdiff::StatementFormat format :
         {dipdiff::StatementFormat::text, dipdiff::StatementFormat::markdown, dipdiff::StatementFormat::json,
          dipdiff::StatementFormat::json_lines, dipdiff::StatementFormat::auto_detect}) {
        dipdiff::Diagnostics diagnostics;
        try {
            const auto statements = dipdiff::parse_statements(content, "fuzz", format, {}, diagnostics);
            for (const dipdiff::Statement& statement : statements) {
                // Exercise what later stages rely on: the origin map and file positions.
                const auto& analysis = statement.analysis;
                if (!analysis.origin.empty() && analysis.origin.size() != analysis.text.size())
                    __builtin_trap();
                for (std::uint32_t origin : analysis.origin)
                    if (origin >= statement.text.size()) __builtin_trap();
                if (!analysis.text.empty())
                    (void)analysis.to_original({0, static_cast<std::uint32_t>(analysis.text.size())});
                (void)statement.file_position(static_cast<std::uint32_t>(statement.text.size()));
                if (statement.date) (void)statement.date->iso();
            }
        } catch (const dipdiff::InputError&) {
        }
    }
    return 0;
}
