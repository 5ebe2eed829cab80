// Measures the stance scorer on the labelled development set
// (tests/data/stance/dev.jsonl, labelled as docs/stance-labelling.md says):
// accuracy, per-class precision/recall/F1 and macro-F1 for tone and for
// commitment, with the confusion matrices. The floors sit a little below what
// the scorer reaches; `make quality` prints the figures. A journalist's
// question is marked as the transcript reader would mark it (the set gives
// sentences one by one, without their Q/A turns). DIPDIFF_STANCE_VERBOSE=1
// lists every wrong sentence with its evidence.
#include "engine/analyse.hpp"
#include "engine/segmenter.hpp"
#include "engine/stance.hpp"
#include "formats/lexicon_reader.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace dipdiff {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const fs::path k_stance_data = fs::path(DIPDIFF_SOURCE_DIR) / "tests" / "data" / "stance";

struct Labelled {
    std::string id;
    std::string text;
    std::string tone;
    std::string commitment;
    bool question = false;
};

std::vector<Labelled> read_labelled(const fs::path& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot read " + path.string());
    std::vector<Labelled> items;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        const json item = json::parse(line);
        items.push_back({item.at("id").get<std::string>(), item.at("text").get<std::string>(),
                         item.at("tone").get<std::string>(), item.at("commitment").get<std::string>(),
                         item.at("question").get<bool>()});
    }
    return items;
}

/// Per-class and macro figures of one labelling task.
struct Scores {
    std::vector<std::string> classes;
    std::vector<std::vector<int>> confusion;  // [gold][predicted]
    double accuracy = 0;
    double macro_f1 = 0;

    explicit Scores(std::vector<std::string> names)
        : classes(std::move(names)), confusion(classes.size(), std::vector<int>(classes.size(), 0)) {}

    std::size_t index(const std::string& name) const {
        for (std::size_t i = 0; i < classes.size(); ++i)
            if (classes[i] == name) return i;
        throw std::runtime_error("unknown class " + name);
    }
    void add(const std::string& gold, std::string_view predicted) {
        ++confusion[index(gold)][index(std::string(predicted))];
    }
    void finish(const char* task) {
        int correct = 0, total = 0;
        double f1_sum = 0;
        std::printf("[ quality  ] stance %s\n", task);
        for (std::size_t c = 0; c < classes.size(); ++c) {
            int true_positive = confusion[c][c], predicted = 0, gold = 0;
            for (std::size_t o = 0; o < classes.size(); ++o) {
                predicted += confusion[o][c];
                gold += confusion[c][o];
            }
            correct += true_positive;
            total += gold;
            const double precision = predicted ? double(true_positive) / predicted : 0;
            const double recall = gold ? double(true_positive) / gold : 0;
            const double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
            f1_sum += f1;
            std::printf("[ quality  ]   %-12s P %.3f R %.3f F1 %.3f (gold %d, predicted %d)\n", classes[c].c_str(),
                        precision, recall, f1, gold, predicted);
        }
        accuracy = total ? double(correct) / total : 0;
        macro_f1 = f1_sum / double(classes.size());
        std::printf("[ quality  ]   accuracy %.3f (%d/%d), macro-F1 %.3f\n", accuracy, correct, total, macro_f1);
        std::printf("[ quality  ]   confusion (rows gold, columns predicted):");
        for (const auto& name : classes) std::printf(" %s", name.c_str());
        std::printf("\n");
        for (std::size_t g = 0; g < classes.size(); ++g) {
            std::printf("[ quality  ]     %-12s", classes[g].c_str());
            for (const int n : confusion[g]) std::printf(" %4d", n);
            std::printf("\n");
        }
    }
};

struct SetFigures {
    double tone_macro_f1 = 0;
    double commitment_macro_f1 = 0;
};

SetFigures measure(const fs::path& path, const char* name) {
    SetFigures figures;
    Diagnostics diagnostics;
    const Lexicon lexicon = load_lexicon("", diagnostics);
    EXPECT_FALSE(has_errors(diagnostics));
    TermPool terms;
    Segmenter segmenter(terms);
    const StanceScorer scorer(lexicon, segmenter);
    const bool verbose = std::getenv("DIPDIFF_STANCE_VERBOSE") != nullptr;

    const std::vector<Labelled> items = read_labelled(path);
    Scores tone({"conflictual", "neutral", "cooperative"});
    Scores commitment({"none", "hedge", "intent", "demand", "commitment"});
    for (const Labelled& item : items) {
        Statement statement;
        statement.id = item.id;
        statement.text = item.text;
        statement.language = "en";
        use_plain_analysis_text(statement);
        Document document = analyse_statement(segmenter, statement);
        EXPECT_FALSE(document.sentences.empty()) << item.id;
        if (document.sentences.empty()) continue;
        // A dev item is one sentence as labelled; when the segmenter splits it,
        // the tones are averaged and the strongest commitment counts.
        double tone_sum = 0;
        Commitment strongest = Commitment::none;
        std::vector<SentenceStance> stances;
        for (Sentence& sentence : document.sentences) {
            sentence.question = item.question;
            stances.push_back(scorer.score_sentence(document, sentence));
            tone_sum += stances.back().tone;
            strongest = std::max(strongest, stances.back().commitment);
        }
        const ToneLabel label = tone_label(tone_sum / double(stances.size()));
        tone.add(item.tone, tone_label_name(label));
        commitment.add(item.commitment, commitment_name(strongest));
        if (verbose && (tone_label_name(label) != item.tone || commitment_name(strongest) != item.commitment)) {
            std::printf("%s tone %s→%s (%.3f) commitment %s→%s | %s\n", item.id.c_str(), item.tone.c_str(),
                        std::string(tone_label_name(label)).c_str(), tone_sum / double(stances.size()),
                        item.commitment.c_str(), std::string(commitment_name(strongest)).c_str(),
                        item.text.c_str());
            for (const SentenceStance& stance : stances) {
                for (const StanceCue& cue : stance.evidence) {
                    std::printf("    %s '%s' %.2f→%.2f w%.1f%s%s%s%s\n", std::string(cue_kind_name(cue.kind)).c_str(),
                                std::string(cue.span.of(statement.text)).c_str(), cue.lexicon_value, cue.value,
                                cue.clause_weight, cue.negated ? " negated" : "",
                                cue.factor != 1 ? " modified" : "",
                                cue.kind == CueKind::commitment_cue
                                    ? (" " + std::string(commitment_name(cue.commitment))).c_str()
                                    : "",
                                cue.decisive ? " decisive" : (cue.ignored ? " ignored" : ""));
                }
            }
        }
    }
    std::printf("[ quality  ] %s: %zu sentences\n", name, items.size());
    tone.finish("tone");
    commitment.finish("commitment");
    figures.tone_macro_f1 = tone.macro_f1;
    figures.commitment_macro_f1 = commitment.macro_f1;
    return figures;
}

TEST(StanceQualityTest, DevSetToneAndCommitmentReachTheirFloors) {
    const SetFigures figures = measure(k_stance_data / "dev.jsonl", "development set");
    // The targets are 0.85 and 0.80; the floors sit just under what the
    // scorer reaches so that a regression shows.
    EXPECT_GE(figures.tone_macro_f1, 0.88);
    EXPECT_GE(figures.commitment_macro_f1, 0.97);
}

// The first blind set, used for tuning since it was measured once
// (docs/stance-labelling.md, "Second development set").
TEST(StanceQualityTest, SecondDevSetReachesItsFloors) {
    const SetFigures figures = measure(k_stance_data / "dev-2.jsonl", "second development set");
    EXPECT_GE(figures.tone_macro_f1, 0.78);
    EXPECT_GE(figures.commitment_macro_f1, 0.90);
}

// The second blind set, used for tuning since it was measured once
// (docs/stance-labelling.md, "Third development set").
TEST(StanceQualityTest, ThirdDevSetReachesItsFloors) {
    const SetFigures figures = measure(k_stance_data / "dev-3.jsonl", "third development set");
    EXPECT_GE(figures.tone_macro_f1, 0.81);
    EXPECT_GE(figures.commitment_macro_f1, 0.99);
}

// Written and labelled blind to the engine and the lexicon by another author
// (docs/stance-labelling.md, "Held-out set"), and never used for tuning: the
// honest estimate. Floors just under the figures measured the first time.
TEST(StanceQualityTest, HeldOutSetIsMeasuredNotTuned) {
    const SetFigures figures = measure(k_stance_data / "holdout.jsonl", "held-out set");
    EXPECT_GE(figures.tone_macro_f1, 0.73);
    EXPECT_GE(figures.commitment_macro_f1, 0.94);
}

}  // namespace
}  // namespace dipdiff
