#include "engine/metadata_diff.hpp"

#include <map>

namespace dipdiff {
namespace {

std::string date_text(const Statement& s) { return s.date ? s.date->iso() : std::string(); }

// Repeated keys are joined so that a second value is compared, not dropped.
std::map<std::string, std::string> metadata_map(const Statement& s) {
    std::map<std::string, std::string> out;
    for (const auto& [key, value] : s.metadata) {
        auto [it, inserted] = out.emplace(key, value);
        if (!inserted) it->second += "\n" + value;
    }
    return out;
}

}  // namespace

std::vector<FieldChange> diff_metadata(const Statement& a, const Statement& b) {
    std::vector<FieldChange> changes;
    auto compare = [&](std::string field, const std::string& va, const std::string& vb) {
        if (va != vb) changes.push_back({std::move(field), va, vb});
    };
    compare("party", a.party, b.party);
    compare("speaker", a.speaker, b.speaker);
    compare("date", date_text(a), date_text(b));
    compare("title", a.title, b.title);
    compare("source", a.source, b.source);
    compare("genre", std::string(genre_name(a.genre)), std::string(genre_name(b.genre)));
    compare("language", a.language, b.language);

    const auto ma = metadata_map(a);
    const auto mb = metadata_map(b);
    auto ia = ma.begin();
    auto ib = mb.begin();
    // Merge walk over two sorted maps: every key of either side once.
    while (ia != ma.end() || ib != mb.end()) {
        if (ib == mb.end() || (ia != ma.end() && ia->first < ib->first)) {
            compare(ia->first, ia->second, "");
            ++ia;
        } else if (ia == ma.end() || ib->first < ia->first) {
            compare(ib->first, "", ib->second);
            ++ib;
        } else {
            compare(ia->first, ia->second, ib->second);
            ++ia;
            ++ib;
        }
    }
    return changes;
}

}  // namespace dipdiff
