#pragma once
/// A light English inflection check for lexicon matching. Snowball stems are
/// derivational: "useful" and "used" share the stem "use", "positive" and
/// "positions" share "posit", "relatively" and "relations" share "relat". A
/// lexicon word must match its inflections ("condemn", "condemned",
/// "condemns"; "constructive", "constructively"), not every word with its stem.
#include <string>
#include <string_view>

namespace dipdiff {

/// `word` (normalized, lower-case) without its English inflectional ending:
/// -s, -es, -ed, -ing, -ly, a final -e, with y/i and doubled consonants
/// undone ("allies" → "ally", "regretted" → "regret", "shared" and "sharing"
/// → "shar"). Words of three letters or fewer are returned unchanged.
std::string english_inflection_base(std::string_view word);

/// True when the two words are inflections of one another (or of one base).
bool same_english_inflection(std::string_view a, std::string_view b);

}  // namespace dipdiff
