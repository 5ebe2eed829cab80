#include "engine/attribution.hpp"

#include <algorithm>
#include <optional>

#include "engine/clause_words.hpp"
#include "engine/quote_scanner.hpp"
#include "engine/speaker_names.hpp"
#include "engine/speech_verbs.hpp"
#include "engine/utf8_text.hpp"

namespace dipdiff {
namespace {

// A sentence counts as a quote when at least this share of its letters is quoted (in tenths).
constexpr std::uint32_t k_quote_share_tenths = 6;
// A sentence that opens with a direct quote and closes with its attribution
// ("“…,” said Irena Voss, a senior fellow at the Halvard Institute.") is a
// quote even when a long appositive leaves the quoted words under 60%.
constexpr std::uint32_t k_leading_quote_share_tenths = 3;

// Role nouns that, with "the" and no titled person to match, mean the leader
// the report is about: "The Varenian leader said …" after "President Aldo Marek".
bool is_leader_role(std::string_view folded_head) {
    return folded_head == "leader" || folded_head == "president" || folded_head == "premier" ||
           folded_head == "chancellor" || folded_head == "head";
}
// A sentence after a quote that only says who spoke ("Marek said on Tuesday.") has at most this
// many words besides the subject and the verb.
constexpr std::uint32_t k_bare_attribution_extra_words = 2;

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    return text;
}

// "Varenia Daily" is an outlet; "https://…", "www.…", "news.example/x" and bare host names are addresses.
bool looks_like_outlet_name(std::string_view source) {
    source = trimmed(source);
    if (source.empty()) return false;
    if (source.find("://") != std::string_view::npos || source.substr(0, 4) == "www.") return false;
    if (source.find('/') != std::string_view::npos) return false;
    if (source.find(' ') == std::string_view::npos && source.find('.') != std::string_view::npos)
        return false;
    return true;
}

// The text attribution reads (the analysis text when it maps back cleanly, else the original)
// and the way from original offsets into it.
class AnalysisView {
public:
    explicit AnalysisView(const Statement& statement) : m_text(statement.text) {
        const AnalysisText& analysis = statement.analysis;
        if (analysis.origin.empty()) {
            if (analysis.text.size() == statement.text.size()) m_text = analysis.text;
        } else if (analysis.origin.size() == analysis.text.size() &&
                   std::is_sorted(analysis.origin.begin(), analysis.origin.end())) {
            m_text = analysis.text;
            m_origin = &analysis.origin;
        }
    }

    std::string_view text() const { return m_text; }

    Span from_original(Span original) const {
        if (!m_origin) {
            const auto size = static_cast<std::uint32_t>(m_text.size());
            const std::uint32_t end = std::min(original.end, size);
            return {std::min(original.start, end), end};
        }
        const auto start =
            std::lower_bound(m_origin->begin(), m_origin->end(), original.start) - m_origin->begin();
        const auto end =
            std::lower_bound(m_origin->begin(), m_origin->end(), original.end) - m_origin->begin();
        return {static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(std::max(start, end))};
    }

private:
    std::string_view m_text;
    const std::vector<std::uint32_t>* m_origin = nullptr;  // null: identity
};

std::vector<Span> sorted_disjoint(std::vector<Span> spans) {
    std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) {
        return a.start != b.start ? a.start < b.start : a.end < b.end;
    });
    std::vector<Span> merged;
    for (const Span& s : spans) {
        if (s.empty()) continue;
        if (!merged.empty() && s.start <= merged.back().end)
            merged.back().end = std::max(merged.back().end, s.end);
        else
            merged.push_back(s);
    }
    return merged;
}

// What a sentence says about itself, before context.
struct SentenceFacts {
    bool quote = false;
    std::vector<ClauseItem> items;
    std::optional<ReportedSpeech> speech;
};

// A speaker as resolved in context.
struct ResolvedSpeaker {
    std::string name;
    bool named = false;  // named in the text (not a pronoun or a role noun)
};

class Attributor {
public:
    static constexpr std::size_t k_none = static_cast<std::size_t>(-1);

    explicit Attributor(Document& document)
        : m_document(document),
          m_statement(*document.statement),
          m_view(m_statement),
          m_narrator(narrator_of(m_statement)) {
        // In a readout or a speech, "he" with no name before it is the statement's speaker, and
        // "the President" or "Marek" is that speaker when the speaker field says so.
        if (m_statement.genre != Genre::article) {
            m_last_person = m_statement.speaker;
            std::vector<std::string_view> words;
            for (std::string_view rest = m_statement.speaker; !rest.empty();) {
                const std::size_t space = rest.find(' ');
                if (space != 0) words.push_back(rest.substr(0, space));
                if (space == std::string_view::npos) break;
                rest.remove_prefix(space + 1);
            }
            const SpeakerName own = speaker_name_from_phrase(words);
            m_own_title = own.title;
            if (!own.text.empty() && !own.organisation && !own.title_only)
                m_own_name = m_names.note_person(own.text, "");
        }
    }

    void run() {
        find_regions();
        // The facts of the next sentence, when a quote looked ahead to find its speaker.
        std::size_t cached_index = k_none;
        for (std::size_t i = 0; i < m_document.sentences.size(); ++i) {
            const Turn* turn = turn_of(i);
            Sentence& sentence = m_document.sentences[i];
            if (turn && turn->question) sentence.question = true;
            if (turn && (!turn->speaker.empty() || turn->question)) {
                // A transcript turn is its speaker's own words, whatever they report.
                sentence.attribution = Attribution::quote;
                sentence.speaker = turn->speaker.empty() ? "Journalist" : turn->speaker;
                continue;
            }
            if (cached_index == i) {
                std::swap(m_current, m_next);
            } else {
                compute_facts(i, m_current);
            }
            cached_index = k_none;
            m_previous_index = m_current_index;
            m_current_index = i;
            note_titled_names(m_current);
            if (m_current.quote) {
                sentence.attribution = Attribution::quote;
                sentence.speaker = quote_speaker(i, cached_index);
            } else if (auto speaker = m_current.speech ? resolve(*m_current.speech, true) : std::nullopt) {
                sentence.attribution = Attribution::paraphrase;
                sentence.speaker = std::move(speaker->name);
            } else {
                sentence.attribution = Attribution::narration;
                sentence.speaker = m_narrator;
            }
            std::swap(m_previous, m_current);
        }
    }

private:
    const Turn* turn_of(std::size_t sentence_index) const {
        const int p = m_document.sentences[sentence_index].paragraph;
        if (p < 0 || static_cast<std::size_t>(p) >= m_document.paragraphs.size()) return nullptr;
        const int t = m_document.paragraphs[static_cast<std::size_t>(p)].turn;
        if (t < 0 || static_cast<std::size_t>(t) >= m_document.turns.size()) return nullptr;
        return &m_document.turns[static_cast<std::size_t>(t)];
    }

    bool in_speaker_turn(std::size_t sentence_index) const {
        const Turn* turn = turn_of(sentence_index);
        return turn && (!turn->speaker.empty() || turn->question);
    }

    void find_regions() {
        std::vector<QuoteParagraph> paragraphs;
        paragraphs.reserve(m_document.paragraphs.size());
        for (const Paragraph& p : m_document.paragraphs)
            paragraphs.push_back({m_view.from_original(p.span), p.turn});
        m_quotes = find_quote_regions(m_view.text(), paragraphs);
        std::vector<Span> stage;
        stage.reserve(m_document.stage_directions.size());
        for (const StageDirection& d : m_document.stage_directions)
            stage.push_back(m_view.from_original(d.span));
        m_skipped = sorted_disjoint(std::move(stage));
    }

    void compute_facts(std::size_t index, SentenceFacts& facts) const {
        const Span span = m_view.from_original(m_document.sentences[index].span);
        const std::string_view text = m_view.text();
        std::uint32_t letters = 0;
        std::uint32_t quoted = 0;
        bool opens_with_quote = false;
        auto quote_at = std::partition_point(m_quotes.begin(), m_quotes.end(),
                                             [&](const Span& s) { return s.end <= span.start; });
        auto skip_at = std::partition_point(m_skipped.begin(), m_skipped.end(),
                                            [&](const Span& s) { return s.end <= span.start; });
        for (std::uint32_t i = span.start; i < span.end;) {
            const CodePoint cp = decode_at(text, i);
            while (skip_at != m_skipped.end() && skip_at->end <= i) ++skip_at;
            while (quote_at != m_quotes.end() && quote_at->end <= i) ++quote_at;
            const bool skipped = skip_at != m_skipped.end() && skip_at->start <= i;
            if (!skipped && is_letter_or_digit(cp.value)) {
                const bool inside = quote_at != m_quotes.end() && quote_at->start <= i;
                if (letters == 0) opens_with_quote = inside;
                ++letters;
                if (inside) ++quoted;
            }
            i += cp.size;
        }
        facts.quote = letters > 0 && quoted * 10 >= letters * k_quote_share_tenths;
        split_clause(text, span, m_quotes, m_skipped, facts.items);
        facts.speech = find_reported_speech(text, facts.items);
        if (!facts.quote && opens_with_quote && facts.speech && quoted * 10 >= letters * k_leading_quote_share_tenths)
            facts.quote = true;
    }

    void note_titled_names(const SentenceFacts& facts) {
        for (const auto& phrase : titled_name_phrases(m_view.text(), facts.items)) {
            const SpeakerName name = speaker_name_from_phrase(phrase);
            if (name.text.empty() || name.title_only) continue;
            if (name.organisation)
                m_names.note_organisation(name.text);
            else
                m_names.note_person(name.text, name.title);
        }
    }

    // Who a subject is, given what came before. `record`: this is the sentence being attributed,
    // so the names it introduces become "the last named speaker".
    std::optional<ResolvedSpeaker> resolve(const ReportedSpeech& speech, bool record) {
        std::optional<ResolvedSpeaker> resolved = resolve_name(speech, record);
        // The statement's own speaker is reported as its header names them.
        if (resolved && !m_own_name.empty() && resolved->name == m_own_name)
            resolved->name = m_statement.speaker;
        return resolved;
    }

    std::optional<ResolvedSpeaker> resolve_name(const ReportedSpeech& speech, bool record) {
        switch (speech.kind) {
            case SubjectKind::person_pronoun:
                return ResolvedSpeaker{m_last_person, false};
            case SubjectKind::role: {
                std::string buffer;
                const std::string_view head = fold_word(speech.words.back(), buffer);
                if (!m_own_title.empty() && head == m_own_title)
                    return ResolvedSpeaker{m_statement.speaker, false};
                std::string name = m_names.person_with_title(head);
                if (name.empty()) name = m_names.organisation_with_word(head);
                if (name.empty() && is_leader_role(head) && !m_last_person.empty())
                    return ResolvedSpeaker{m_last_person, false};
                if (name.empty()) return ResolvedSpeaker{join_words(speech.words), false};
                return ResolvedSpeaker{std::move(name), false};
            }
            case SubjectKind::name:
                break;
        }
        const SpeakerName parsed = speaker_name_from_phrase(speech.words);
        if (parsed.text.empty()) return std::nullopt;
        if (parsed.title_only) {
            if (!m_own_title.empty() && parsed.title == m_own_title)
                return ResolvedSpeaker{m_statement.speaker, false};
            std::string name = m_names.person_with_title(parsed.title);
            return ResolvedSpeaker{name.empty() ? parsed.text : std::move(name), false};
        }
        if (!record) return ResolvedSpeaker{m_names.canonical(parsed.text), true};
        std::string name = parsed.organisation ? m_names.note_organisation(parsed.text)
                                               : m_names.note_person(parsed.text, parsed.title);
        if (!parsed.organisation) m_last_person = name;
        m_last_named = name;
        return ResolvedSpeaker{std::move(name), true};
    }

    static std::string join_words(const std::vector<std::string_view>& words) {
        std::string out;
        for (std::string_view w : words) {
            if (!out.empty()) out.push_back(' ');
            out.append(w);
        }
        return out;
    }

    std::string quote_speaker(std::size_t index, std::size_t& cached_index) {
        // 1. Named in the sentence itself: “…,” Marek said.
        if (m_current.speech) {
            if (auto speaker = resolve(*m_current.speech, true); speaker && !speaker->name.empty())
                return std::move(speaker->name);
        }
        const auto& sentences = m_document.sentences;
        // 2. Named by the next sentence when it only says who spoke: “…” Marek said.
        if (index + 1 < sentences.size() && sentences[index + 1].paragraph == sentences[index].paragraph &&
            !in_speaker_turn(index + 1)) {
            compute_facts(index + 1, m_next);
            cached_index = index + 1;
            if (!m_next.quote && m_next.speech && is_bare_attribution(m_next)) {
                if (auto speaker = resolve(*m_next.speech, false); speaker && !speaker->name.empty())
                    return std::move(speaker->name);
            }
        }
        // 3. Introduced in the sentence itself without a speech verb: Brandt was blunt: “…”
        for (std::uint32_t k = 0; k + 1 < m_current.items.size(); ++k) {
            if (m_current.items[k].kind == ClauseItemKind::colon &&
                m_current.items[k + 1].kind == ClauseItemKind::quote) {
                if (auto speaker = introducer(m_current, k)) return *speaker;
                break;
            }
        }
        // 4. The sentence before introduced it (“Brandt replied:”, “Brandt was blunt:”) or is part of
        // the same quote run.
        if (index > 0 && !in_speaker_turn(index - 1)) {
            const Sentence& previous = sentences[index - 1];
            const int gap = sentences[index].paragraph - previous.paragraph;
            if ((gap == 0 || gap == 1) && previous.attribution != Attribution::narration &&
                !previous.speaker.empty())
                return previous.speaker;
            if ((gap == 0 || gap == 1) && m_previous_index == index - 1 && !m_previous.items.empty() &&
                m_previous.items.back().kind == ClauseItemKind::colon) {
                const auto colon = static_cast<std::uint32_t>(m_previous.items.size() - 1);
                if (auto speaker = introducer(m_previous, colon)) return *speaker;
            }
        }
        // 5. The last speaker the text named, else the narrator.
        if (!m_last_named.empty()) return m_last_named;
        return m_narrator;
    }

    std::optional<std::string> introducer(const SentenceFacts& facts, std::uint32_t colon) {
        const auto speech = find_colon_introducer(m_view.text(), facts.items, colon);
        if (!speech) return std::nullopt;
        auto speaker = resolve(*speech, true);
        if (!speaker || speaker->name.empty()) return std::nullopt;
        return std::move(speaker->name);
    }

    static bool is_bare_attribution(const SentenceFacts& facts) {
        std::uint32_t extra = 0;
        for (std::uint32_t i = 0; i < facts.items.size(); ++i)
            if (is_word(facts.items[i]) && (i < facts.speech->first_item || i >= facts.speech->end_item))
                ++extra;
        return extra <= k_bare_attribution_extra_words;
    }

    Document& m_document;
    const Statement& m_statement;
    AnalysisView m_view;
    std::string m_narrator;
    std::vector<Span> m_quotes;
    std::vector<Span> m_skipped;
    SpeakerRegistry m_names;
    std::string m_own_name;     // the statement speaker's name as parsed ("Aldo Marek"), outside articles
    std::string m_own_title;    // and their title ("president")
    std::string m_last_person;  // for "he" / "she"
    std::string m_last_named;   // person or organisation, for unattributed quotes
    SentenceFacts m_previous;   // of the sentence before m_current_index, when it was not in a turn
    SentenceFacts m_current;
    SentenceFacts m_next;
    std::size_t m_previous_index = k_none;
    std::size_t m_current_index = k_none;
};

}  // namespace

std::string_view attribution_name(Attribution attribution) {
    switch (attribution) {
        case Attribution::narration:
            return "narration";
        case Attribution::paraphrase:
            return "paraphrase";
        case Attribution::quote:
            return "quote";
    }
    return "narration";
}

std::string narrator_of(const Statement& statement) {
    if (statement.genre == Genre::article) {
        for (const auto& [key, value] : statement.metadata)
            if (equals_folded(trimmed(key), "outlet") && !trimmed(value).empty())
                return std::string(trimmed(value));
        if (looks_like_outlet_name(statement.source)) return std::string(trimmed(statement.source));
    }
    if (!statement.speaker.empty()) return statement.speaker;
    return statement.party;
}

void attribute_sentences(Document& document) {
    if (!document.statement) return;
    Attributor(document).run();
}

}  // namespace dipdiff
