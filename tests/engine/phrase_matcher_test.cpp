#include "engine/phrase_matcher.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "engine/phrase_stems.hpp"
#include "engine/segmenter.hpp"

namespace dipdiff {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

/// A PhraseSet and sentences stemmed by the same Segmenter, as the stance scorer builds them.
class Matching {
public:
    Matching() : m_segmenter(m_terms), m_stemmer(m_segmenter) {}

    void add(std::string_view phrase, std::uint32_t entry) {
        std::vector<TermId> stems;
        std::vector<TermId> norms;
        m_stemmer.stems_and_norms(phrase, "en", stems, norms);
        m_set.add(stems, norms, entry);
    }
    void check_inflections() { m_set.check_english_inflections(&m_terms); }

    /// The words of a sentence; each string is one punctuation clause.
    std::vector<MatchWord> words(std::initializer_list<std::string_view> clauses) {
        std::vector<MatchWord> out;
        std::uint32_t clause = 0;
        for (const std::string_view text : clauses) {
            std::vector<TermId> stems;
            std::vector<TermId> norms;
            m_stemmer.stems_and_norms(text, "en", stems, norms);
            for (std::size_t i = 0; i < stems.size(); ++i)
                out.push_back({stems[i], norms[i], static_cast<std::uint32_t>(out.size()), clause});
            ++clause;
        }
        return out;
    }

    /// "start-end #entry" of every match, in the order match() gives them.
    std::vector<std::string> match(const std::vector<MatchWord>& words, std::vector<char> blocked = {}) {
        if (blocked.empty()) blocked.assign(words.size(), 0);
        m_covered.assign(words.size(), 0);
        m_matches.clear();
        m_set.match(words, blocked, m_covered, m_matches);
        std::vector<std::string> out;
        for (const PhraseMatch& m : m_matches)
            out.push_back(std::to_string(m.start) + "-" + std::to_string(m.end) + " #" +
                          std::to_string(m_set.pattern(m.pattern).entry));
        return out;
    }

    const PhraseSet& set() const { return m_set; }
    const std::vector<PhraseMatch>& matches() const { return m_matches; }
    const std::vector<char>& covered() const { return m_covered; }
    TermId stem(std::string_view word) { return m_terms.intern(m_segmenter.stem(word, "en")); }

private:
    TermPool m_terms;
    Segmenter m_segmenter;
    PhraseStemmer m_stemmer;
    PhraseSet m_set;
    std::vector<char> m_covered;
    std::vector<PhraseMatch> m_matches;
};

TEST(PhraseMatcherTest, LongestMatchWinsOverAnEarlierShorterOne) {
    Matching m;
    m.add("useful", 0);
    m.add("useful exchange", 1);
    m.add("exchange of views", 2);
    // "useful exchange" starts earlier, but "exchange of views" is longer; the
    // single word "useful" still fits in front of it.
    EXPECT_THAT(m.match(m.words({"a useful exchange of views"})), ElementsAre("1-2 #0", "2-5 #2"));
}

TEST(PhraseMatcherTest, EarliestMatchWinsAmongEqualLengths) {
    Matching m;
    m.add("concern over", 0);
    m.add("deep concern", 1);
    EXPECT_THAT(m.match(m.words({"deep concern over the tests"})), ElementsAre("0-2 #1"));
}

TEST(PhraseMatcherTest, FirstAddedWinsWhenEverythingElseIsEqual) {
    Matching m;
    m.add("frank talks", 7);
    m.add("frank talks", 3);
    EXPECT_THAT(m.match(m.words({"frank talks"})), ElementsAre("0-2 #7"));
}

TEST(PhraseMatcherTest, ExactSurfaceBeatsAnInflectionOfEqualLength) {
    Matching m;
    // Both stem to "good"; "good" was added first, so only the exact-surface
    // rule can make "goods" win on the word "goods".
    m.add("good", 0);
    m.add("goods", 1);
    EXPECT_THAT(m.match(m.words({"trade in goods"})), ElementsAre("2-3 #1"));
    EXPECT_EQ(m.matches().at(0).inexact, 0u);
    EXPECT_THAT(m.match(m.words({"good faith"})), ElementsAre("0-1 #0"));
    EXPECT_EQ(m.matches().at(0).inexact, 0u);
}

TEST(PhraseMatcherTest, InexactWordsAreCounted) {
    Matching m;
    m.add("condemn the attack", 0);
    EXPECT_THAT(m.match(m.words({"they condemned the attacks"})), ElementsAre("1-4 #0"));
    EXPECT_EQ(m.matches().at(0).inexact, 2u);
}

TEST(PhraseMatcherTest, LongerInexactMatchStillBeatsShorterExactOne) {
    Matching m;
    m.add("exchange", 0);
    m.add("exchange of view", 1);
    EXPECT_THAT(m.match(m.words({"an exchange of views"})), ElementsAre("1-4 #1"));
}

TEST(PhraseMatcherTest, NoMatchAcrossAClauseBoundary) {
    Matching m;
    m.add("exchange of views", 0);
    EXPECT_THAT(m.match(m.words({"an exchange of", "views"})), IsEmpty());
    EXPECT_THAT(m.match(m.words({"an exchange of views"})), ElementsAre("1-4 #0"));
}

TEST(PhraseMatcherTest, BlockedWordsAreNeverCovered) {
    Matching m;
    m.add("useful exchange of views", 0);
    m.add("exchange of views", 1);
    m.add("useful", 2);
    const std::vector<MatchWord> words = m.words({"a useful exchange of views"});
    // "useful" is taken (by a code phrase, say): the longest phrase cannot
    // match, the shorter one after it can, and "useful" itself cannot.
    EXPECT_THAT(m.match(words, {0, 1, 0, 0, 0}), ElementsAre("2-5 #1"));
    EXPECT_THAT(m.covered(), ElementsAre(0, 0, 1, 1, 1));
}

TEST(PhraseMatcherTest, CoveredMarksTheMatchedWords) {
    Matching m;
    m.add("deep concern", 0);
    m.match(m.words({"we voiced deep concern today"}));
    EXPECT_THAT(m.covered(), ElementsAre(0, 0, 1, 1, 0));
}

TEST(PhraseMatcherTest, MatchesAreInTextOrder) {
    Matching m;
    m.add("hostility", 0);
    m.add("deep concern", 1);
    EXPECT_THAT(m.match(m.words({"hostility caused deep concern and more hostility"})),
                ElementsAre("0-1 #0", "2-4 #1", "6-7 #0"));
}

TEST(PhraseMatcherTest, WithoutInflectionCheckAnyWordOfTheStemMatches) {
    Matching m;
    m.add("useful", 0);
    EXPECT_THAT(m.match(m.words({"the funds were used"})), ElementsAre("3-4 #0"));
}

TEST(PhraseMatcherTest, InflectionCheckRejectsWordsThatOnlyShareTheStem) {
    Matching m;
    m.check_inflections();
    m.add("useful", 0);
    m.add("positive", 1);
    EXPECT_THAT(m.match(m.words({"the funds were used"})), IsEmpty());
    EXPECT_THAT(m.match(m.words({"their positions"})), IsEmpty());
    EXPECT_THAT(m.match(m.words({"a useful and positive meeting"})), ElementsAre("1-2 #0", "3-4 #1"));
}

TEST(PhraseMatcherTest, InflectionCheckAcceptsInflections) {
    Matching m;
    m.check_inflections();
    m.add("condemn", 0);
    m.add("constructive", 1);
    EXPECT_THAT(m.match(m.words({"Varenia condemns it and condemned it constructively"})),
                ElementsAre("1-2 #0", "4-5 #0", "6-7 #1"));
}

TEST(PhraseMatcherTest, PhraseWithNoWordsIsIgnored) {
    Matching m;
    m.add(" -- ", 0);
    EXPECT_TRUE(m.set().empty());
    EXPECT_THAT(m.match(m.words({"nothing to match"})), IsEmpty());
}

TEST(PhraseMatcherTest, StartsIsTrueWhenStemsBeginWithAPhrase) {
    Matching m;
    m.add("did not", 0);
    m.add("no", 1);
    const std::vector<TermId> no_hostility{m.stem("no"), m.stem("hostility")};
    const std::vector<TermId> did_not_say{m.stem("did"), m.stem("not"), m.stem("say")};
    const std::vector<TermId> did_say{m.stem("did"), m.stem("say")};
    const std::vector<TermId> hostility_no{m.stem("hostility"), m.stem("no")};
    EXPECT_TRUE(m.set().starts(no_hostility));
    EXPECT_TRUE(m.set().starts(did_not_say));
    EXPECT_FALSE(m.set().starts(did_say));
    EXPECT_FALSE(m.set().starts(hostility_no));
    EXPECT_FALSE(m.set().starts(std::vector<TermId>{}));
}

}  // namespace
}  // namespace dipdiff
