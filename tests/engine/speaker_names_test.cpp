#include "engine/speaker_names.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dipdiff {
namespace {

struct PhraseCase {
    std::vector<std::string_view> words;
    std::string text;
    std::string title;
    bool organisation;
    bool title_only;
};

TEST(SpeakerNamesTest, ReadsNamePhrases) {
    const std::vector<PhraseCase> cases{
        {{"Varenian", "President", "Aldo", "Marek"}, "Aldo Marek", "president", false, false},
        {{"President", "Aldo", "Marek", "of", "Varenia"}, "Aldo Marek", "president", false, false},
        {{"President", "of", "the", "Republic", "of", "Varenia", "Aldo", "Marek"},
         "Aldo Marek",
         "president",
         false,
         false},
        {{"Secretary", "of", "State", "Ilse", "Brandt"}, "Ilse Brandt", "secretary", false, false},
        {{"Kestrel", "Foreign", "Minister", "Lena", "Varga"}, "Lena Varga", "minister", false, false},
        {{"Varenia\u2019s", "Foreign", "Minister", "Lena", "Varga"}, "Lena Varga", "minister", false, false},
        {{"Mr.", "Marek"}, "Marek", "mr", false, false},
        {{"On", "Tuesday", "Marek"}, "Marek", "", false, false},
        {{"Marek's"}, "Marek", "", false, false},
        {{"The", "Kestrel", "Foreign", "Ministry"}, "Kestrel Foreign Ministry", "", true, false},
        {{"Ministry", "of", "Foreign", "Affairs"}, "Ministry of Foreign Affairs", "", true, false},
        {{"Ilse", "Brandt", "of", "the", "Kestrel", "Federation"}, "Ilse Brandt", "", false, false},
        {{"The", "President"}, "President", "president", false, true},
        {{"President", "of", "Varenia"}, "President of Varenia", "president", false, true},
        {{"\u041F\u0440\u0435\u0437\u0438\u0434\u0435\u043D\u0442",
          "\u0412\u0430\u0440\u0435\u043D\u0438\u0438", "\u0410\u043B\u044C\u0434\u043E",
          "\u041C\u0430\u0440\u0435\u043A"},
         "\u0410\u043B\u044C\u0434\u043E \u041C\u0430\u0440\u0435\u043A",
         "\u043F\u0440\u0435\u0437\u0438\u0434\u0435\u043D\u0442",
         false,
         false},
        {{"\u0412\u0430\u0440\u0435\u043D\u0438\u0438", "\u0410\u043B\u044C\u0434\u043E",
          "\u0418\u0432\u0430\u043D\u043E\u0432\u0438\u0447", "\u041C\u0430\u0440\u0435\u043A"},
         "\u0410\u043B\u044C\u0434\u043E \u0418\u0432\u0430\u043D\u043E\u0432\u0438\u0447 "
         "\u041C\u0430\u0440\u0435\u043A",
         "",
         false,
         false},
        {{"Yesterday"}, "", "", false, false},
    };
    for (const PhraseCase& c : cases) {
        const SpeakerName name = speaker_name_from_phrase(c.words);
        SCOPED_TRACE(std::string(c.words.front()) + " … " + std::string(c.words.back()));
        EXPECT_EQ(name.text, c.text);
        EXPECT_EQ(name.title, c.title);
        EXPECT_EQ(name.organisation, c.organisation);
        EXPECT_EQ(name.title_only, c.title_only);
    }
}

TEST(SpeakerNamesTest, EmptyPhraseNamesNoOne) { EXPECT_EQ(speaker_name_from_phrase({}).text, ""); }

TEST(SpeakerRegistryTest, SurnameResolvesToTheFirstFullForm) {
    SpeakerRegistry names;
    EXPECT_EQ(names.canonical("Marek"), "Marek");
    EXPECT_EQ(names.note_person("Aldo Marek", "president"), "Aldo Marek");
    EXPECT_EQ(names.note_person("Pavel Marek", ""), "Pavel Marek");  // the first full form keeps the surname
    EXPECT_EQ(names.canonical("Marek"), "Aldo Marek");
    EXPECT_EQ(names.note_person("Marek", "mr"), "Aldo Marek");
    EXPECT_EQ(names.canonical("Brandt"), "Brandt");
    EXPECT_EQ(names.person_with_title("mr"), "Aldo Marek");
    EXPECT_EQ(names.person_with_title("minister"), "");
}

TEST(SpeakerRegistryTest, RussianCaseEndingsResolveToTheNominative) {
    SpeakerRegistry names;
    names.note_person("\u0410\u043B\u044C\u0434\u043E \u041C\u0430\u0440\u0435\u043A", "");
    // "Марека" (genitive) and "Мареком" (instrumental) are Марек.
    EXPECT_EQ(names.canonical("\u041C\u0430\u0440\u0435\u043A\u0430"),
              "\u0410\u043B\u044C\u0434\u043E \u041C\u0430\u0440\u0435\u043A");
    EXPECT_EQ(names.canonical("\u041C\u0430\u0440\u0435\u043A\u043E\u043C"),
              "\u0410\u043B\u044C\u0434\u043E \u041C\u0430\u0440\u0435\u043A");
    // Three extra letters are another word.
    EXPECT_EQ(names.canonical("\u041C\u0430\u0440\u0435\u043A\u043E\u0432\u0430"),
              "\u041C\u0430\u0440\u0435\u043A\u043E\u0432\u0430");
}

TEST(SpeakerRegistryTest, FindsTheLastOrganisationWithAWord) {
    SpeakerRegistry names;
    names.note_organisation("Varenian Foreign Ministry");
    names.note_organisation("Kestrel Foreign Ministry");
    names.note_organisation("Varenian Foreign Ministry");  // already known: order unchanged
    EXPECT_EQ(names.organisation_with_word("ministry"), "Kestrel Foreign Ministry");
    EXPECT_EQ(names.organisation_with_word("varenian"), "Varenian Foreign Ministry");
    EXPECT_EQ(names.organisation_with_word("embassy"), "");
}

}  // namespace
}  // namespace dipdiff
