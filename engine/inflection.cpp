#include "engine/inflection.hpp"

namespace dipdiff {

namespace {

bool ends_with(std::string_view word, std::string_view suffix) {
    return word.size() >= suffix.size() && word.substr(word.size() - suffix.size()) == suffix;
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// "regrett" → "regret", "stopp" → "stop"; "call", "press" keep their pair.
void undouble(std::string& base) {
    const std::size_t n = base.size();
    if (n < 4 || base[n - 1] != base[n - 2] || is_vowel(base[n - 1])) return;
    if (base[n - 1] == 'l' || base[n - 1] == 's' || base[n - 1] == 'z' || base[n - 1] == 'f') return;
    base.pop_back();
}

}  // namespace

std::string english_inflection_base(std::string_view word) {
    if (word.size() <= 3) return std::string(word);
    std::string base(word);
    auto strip = [&](std::size_t count, std::string_view add = {}) {
        base.resize(base.size() - count);
        base.append(add);
    };
    if (ends_with(base, "ies") || ends_with(base, "ied")) {
        strip(3, "y");
    } else if (ends_with(base, "ily") && base.size() > 5) {
        strip(3, "y");
    } else if (ends_with(base, "ing") && base.size() > 5) {
        strip(3);
        undouble(base);
    } else if (ends_with(base, "eed")) {
        // Past tenses of verbs in -ee ("agreed", "decreed", "guaranteed") lose
        // their -d; "need", "proceed", "succeed" are words of their own.
        const char before = base[base.size() - 4];
        if (before == 'r' || before == 't') strip(1);
    } else if (ends_with(base, "ed") && base.size() > 4) {
        strip(2);
        undouble(base);
    } else if (ends_with(base, "ly") && base.size() > 5) {
        strip(2);
    } else if ((ends_with(base, "ses") || ends_with(base, "xes") || ends_with(base, "ches") ||
                ends_with(base, "shes") || ends_with(base, "zes")) && base.size() > 4) {
        strip(2);
    } else if (ends_with(base, "s") && !ends_with(base, "ss") && !ends_with(base, "us") && !ends_with(base, "is")) {
        strip(1);
    }
    if (ends_with(base, "e") && base.size() > 3) strip(1);
    return base;
}

bool same_english_inflection(std::string_view a, std::string_view b) {
    if (a == b) return true;
    const std::string base_a = english_inflection_base(a);
    const std::string base_b = english_inflection_base(b);
    if (base_a == base_b) return true;
    // A final consonant doubled before -ed/-ing that undouble() keeps, so that
    // "called" stays "call": "expelled" and "expel", "controlled" and "control".
    const std::string& longer = base_a.size() > base_b.size() ? base_a : base_b;
    const std::string& shorter = base_a.size() > base_b.size() ? base_b : base_a;
    return longer.size() == shorter.size() + 1 && longer.compare(0, shorter.size(), shorter) == 0 &&
           !shorter.empty() && longer.back() == shorter.back() && !is_vowel(shorter.back());
}

}  // namespace dipdiff
