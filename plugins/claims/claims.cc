// claims: who spent how much on what, according to whom.
//
// One claim per value mention (money, GPU count), assembled within the
// mention's sentence:
//   predicate    the cue of data/lexicon/predicates.tsv nearest the value
//                ("training costs", "hardware spend"); GPU counts are
//                gpu_count; no cue gives "unknown", never a guess.
//   subject      the nearest organisation or person before the value that is
//                neither the source nor a vendor inside a GPU phrase; an
//                anaphor nearer the value ("the company", "its") means the
//                organisation the text is about so far; none gives null.
//   attribution  the entity after "according to", "a report from", "per", or
//                before "estimated", "said", "wrote"; "the firm" and "the
//                report" mean the source last named.
//   hedge        the cue of hedges.tsv nearest the value, as for predicates.
//   family       the predicate a merge puts it in a slot by
//                (predicate_families.tsv: "capex" shares hardware_spend).
// Cue files are data; see data/lexicon/. Attributes use dotted keys
// ("subject.id") that outputs write as nested objects.
#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "attrs.h"
#include "claimex/plugin.h"
#include "data_files.h"
#include "text_scan.h"

namespace {

using claimex::Annotation;
using claimex::AttrValue;
using claimex::Document;
using claimex::Status;
namespace plugin = claimex::plugin;

struct Cue {
  std::size_t begin, end;  // bytes
  std::string label;
};

// Byte offsets in [begin, end) where a word starts (every CJK character
// does), the only places a cue can start.
std::vector<std::size_t> WordStarts(std::string_view text, std::size_t begin, std::size_t end) {
  std::vector<std::size_t> starts;
  std::size_t n = 0;
  bool previous_is_word = begin > 0 && plugin::IsWordChar(plugin::DecodeBefore(text, begin, &n));
  for (std::size_t pos = begin; pos < end; pos += n) {
    const auto byte = static_cast<unsigned char>(text[pos]);
    char32_t c = byte;
    n = 1;
    if (byte >= 0x80) c = plugin::DecodeAt(text, pos, &n);
    const bool word = byte < 0x80 ? plugin::IsLetter(c) || (c >= '0' && c <= '9') : plugin::IsWordChar(c);
    if (word && (!previous_is_word || plugin::IsCjk(c))) starts.push_back(pos);
    previous_is_word = word;
  }
  return starts;
}

// Every cue of `lexicon` starting at one of `starts`, before `end`.
std::vector<Cue> FindCues(const plugin::CueLexicon& lexicon, std::string_view text,
                          const std::vector<std::size_t>& starts, std::size_t end) {
  std::vector<Cue> cues;
  std::size_t covered = 0;
  for (const std::size_t pos : starts) {
    if (pos < covered) continue;
    std::size_t cue_end = 0;
    if (auto m = lexicon.After(text, pos, &cue_end); m && cue_end <= end) {
      cues.push_back({pos, cue_end, m->label});
      covered = cue_end;
    }
  }
  return cues;
}

std::size_t Gap(std::size_t a_begin, std::size_t a_end, std::size_t b_begin, std::size_t b_end) {
  if (a_end <= b_begin) return b_begin - a_end;
  if (b_end <= a_begin) return a_begin - b_end;
  return 0;
}

// Views into the entity's own attributes, which live as long as the
// document: entity references are copied around freely.
struct EntityRef {
  const Annotation* annotation;
  std::string_view id, type, category;
};

// Entities are sorted by start and do not overlap, so their ends are sorted
// too: every lookup below is a binary search plus a walk bounded by the
// sentence, and a document with 100,000 mentions costs no more per claim
// than one with ten.
std::size_t FirstStartingAtOrAfter(const std::vector<EntityRef>& entities, std::size_t pos) {
  return static_cast<std::size_t>(
      std::lower_bound(entities.begin(), entities.end(), pos,
                       [](const EntityRef& e, std::size_t at) { return e.annotation->begin < at; }) -
      entities.begin());
}

// Cues further than this from a value are not its cues; the bound keeps a
// run-on "sentence" of thousands of values linear.
constexpr std::size_t kCueReach = 500;

// The cues of one sentence, found once for all the claims in it.
struct SentenceCues {
  std::size_t begin = 0, end = 0;
  std::vector<Cue> predicates, attribution, hedges, anaphora;
};

struct Source {
  EntityRef entity;
  bool named_here = false;  // named in the claim's sentence, not an anaphor
};

class Claims final : public claimex::Stage {
 public:
  explicit Claims(const nlohmann::json& options) {
    const std::string dir = plugin::ResolveDataDir(options.at("data_dir").get<std::string>());
    Load(dir + "/lexicon/predicates.tsv", predicates_);
    Load(dir + "/lexicon/attribution.tsv", attribution_);
    Load(dir + "/lexicon/hedges.tsv", hedges_);
    Load(dir + "/lexicon/anaphora.tsv", anaphora_);
    for (const auto& row : plugin::ReadTsv(dir + "/lexicon/predicate_families.tsv", 2)) {
      families_[row.fields[0]] = row.fields[1];
    }
  }

  Status Process(Document& doc) override {
    last_source_.reset();
    cues_ = SentenceCues();
    const std::string_view text = doc.text;
    const auto& sentences = doc.find_layer("sentences")->items;
    std::vector<EntityRef> entities;
    std::map<std::string_view, int> org_frequency;
    for (const Annotation& a : doc.find_layer("entities")->items) {
      EntityRef e{&a, plugin::AttrView(a, "id"), plugin::AttrView(a, "type"), plugin::AttrView(a, "category")};
      if (e.type == "org" && !IsSource(e)) ++org_frequency[e.id];
      entities.push_back(std::move(e));
    }
    std::stable_sort(entities.begin(), entities.end(),
                     [](const EntityRef& a, const EntityRef& b) { return a.annotation->begin < b.annotation->begin; });
    analysts_by_end_.clear();
    for (const auto& e : entities) {
      if (e.category == "analyst") analysts_by_end_.push_back(&e);
    }
    std::stable_sort(analysts_by_end_.begin(), analysts_by_end_.end(),
                     [](const EntityRef* a, const EntityRef* b) { return a->annotation->end < b->annotation->end; });
    // Until a claim names its subject, the text is about its most named
    // organisation (not counting analysts and outlets).
    std::optional<EntityRef> focus;
    int best = 0, total = 0;
    for (const auto& [id, count] : org_frequency) total += count;
    for (const auto& e : entities) {
      if (e.type == "org" && !IsSource(e) && org_frequency[e.id] > best) {
        best = org_frequency[e.id];
        focus = e;
      }
    }
    // How clearly the text is about one organisation: its share of the
    // organisation names that are not sources.
    const double focus_share = total > 0 ? static_cast<double>(best) / total : 0.0;
    struct Value {
      const Annotation* mention;
      bool money;
    };
    std::vector<Value> values;
    for (const Annotation& m : doc.find_layer("money")->items) values.push_back({&m, true});
    for (const Annotation& m : doc.find_layer("gpu_counts")->items) values.push_back({&m, false});
    std::sort(values.begin(), values.end(),
              [](const Value& a, const Value& b) { return a.mention->begin < b.mention->begin; });
    const auto& gpu_spans = doc.find_layer("gpu_counts")->items;
    std::vector<const Annotation*> amounts;
    for (const Value& v : values) amounts.push_back(v.mention);

    auto& claims = doc.layer("claims");
    for (const Value& v : values) {
      const Annotation& m = *v.mention;
      // Sentences are in text order: the last one starting at or before the
      // value holds it, unless the value sits in trimmed space between two.
      auto sentence = std::upper_bound(sentences.begin(), sentences.end(), m.begin,
                                       [](std::uint32_t at, const Annotation& s) { return at < s.begin; });
      const bool inside = sentence != sentences.begin() && m.begin < std::prev(sentence)->end;
      const std::size_t s_begin = inside ? std::prev(sentence)->begin : m.begin;
      const std::size_t s_end = inside ? std::prev(sentence)->end : m.end;

      if (cues_.begin != s_begin || cues_.end != s_end) {
        const auto starts = WordStarts(text, s_begin, s_end);
        cues_ = {s_begin, s_end, FindCues(predicates_, text, starts, s_end), FindCues(attribution_, text, starts, s_end),
                 FindCues(hedges_, text, starts, s_end), FindCues(anaphora_, text, starts, s_end)};
      }
      const auto source = Attribution(text, s_begin, s_end, entities, focus);
      std::string via;
      std::optional<EntityRef> subject =
          Subject(text, s_begin, s_end, m, entities, gpu_spans, source, focus, focus_share, &via);
      if (subject && subject->type == "org") focus = subject;

      Annotation claim{m.begin, m.end, {}};
      claim.attrs.reserve(24);
      if (subject) {
        claim.Add("subject.id", std::string(subject->id));
        claim.Add("subject.type", std::string(subject->type));
        claim.Add("subject.text", std::string(doc.slice(*subject->annotation)));
        claim.Add("subject.via", via);
      } else {
        claim.Add("subject", AttrValue());
      }
      std::string predicate = "gpu_count";
      if (v.money) {
        const Cue* cue = NearestCue(cues_.predicates, text, m, amounts, "spending");
        predicate = cue ? cue->label : "unknown";
      }
      claim.Add("predicate", predicate);
      const auto family = families_.find(predicate);
      claim.Add("family", family == families_.end() ? predicate : family->second);
      if (v.money) {
        claim.Add("value.type", std::string("money"));
        claim.Add("value.amount", *plugin::AttrDouble(m, "value"));
        claim.Add("value.currency", plugin::AttrString(m, "currency"));
        claim.Add("value.bound", plugin::AttrString(m, "bound"));
        claim.Add("value.precision", *plugin::AttrDouble(m, "precision"));
      } else {
        claim.Add("value.type", std::string("count"));
        claim.Add("value.count", *m.Get("count"));
        claim.Add("value.unit", std::string("gpu"));
        claim.Add("value.bound", plugin::AttrString(m, "bound"));
        claim.Add("value.precision", *plugin::AttrDouble(m, "precision"));
        claim.Add("qualifiers.model", *m.Get("model"));
      }
      if (source) {
        claim.Add("attribution.id", std::string(source->entity.id));
        claim.Add("attribution.text", std::string(doc.slice(*source->entity.annotation)));
      } else {
        claim.Add("attribution", AttrValue());
      }
      const Cue* hedge = NearestCue(cues_.hedges, text, m, amounts, "");
      claim.Add("hedge", hedge ? AttrValue(hedge->label) : AttrValue());
      claim.Add("evidence.doc", doc.id);
      claim.Add("evidence.source", doc.meta.source.empty() ? AttrValue() : AttrValue(doc.meta.source));
      claim.Add("evidence.published", doc.meta.published.empty() ? AttrValue() : AttrValue(doc.meta.published));
      claim.Add("evidence.sentence", std::string(text.substr(s_begin, s_end - s_begin)));
      claims.items.push_back(std::move(claim));
    }
    return Status::OK();
  }

 private:
  static void Load(const std::string& file, plugin::CueLexicon& lexicon) {
    for (const auto& row : plugin::ReadTsv(file, 2)) lexicon.Add(row.fields[0], row.fields[1]);
  }

  static bool IsSource(const EntityRef& e) {
    return e.category == "analyst" || e.category == "media" || e.category == "regulator";
  }

  // The cue nearest the amount wins, where a clause boundary (",", ";",
  // a dash) or another amount in between counts as far, and a generic cue
  // ("spent") yields to a specific one close by ("spent on operating costs").
  static const Cue* NearestCue(const std::vector<Cue>& cues, std::string_view text, const Annotation& m,
                               const std::vector<const Annotation*>& amounts, std::string_view generic) {
    constexpr std::size_t kBoundaryCost = 200, kGenericCost = 60;
    const Cue* best = nullptr;
    std::size_t best_cost = 0;
    for (const Cue& c : cues) {
      if (c.begin < m.end && m.begin < c.end) continue;  // inside the amount itself
      const std::size_t from = std::min<std::size_t>(c.end, m.end);
      const std::size_t to = std::max<std::size_t>(c.begin, m.begin);
      std::size_t cost = Gap(c.begin, c.end, m.begin, m.end);
      if (cost > kCueReach) continue;
      for (std::size_t i = from; i < to; ++i) {
        const char ch = text[i];
        const bool in_number = i > 0 && i + 1 < text.size() && std::isdigit(static_cast<unsigned char>(text[i - 1])) &&
                               std::isdigit(static_cast<unsigned char>(text[i + 1]));
        if ((ch == ',' || ch == ';' || ch == ':' || ch == '(' || ch == ')') && !in_number) cost += kBoundaryCost;
        // U+2014 and U+2013, the em and en dashes, start with E2 80 94/93.
        if (static_cast<unsigned char>(ch) == 0xE2 && i + 2 < text.size() &&
            static_cast<unsigned char>(text[i + 1]) == 0x80 &&
            (static_cast<unsigned char>(text[i + 2]) == 0x94 || static_cast<unsigned char>(text[i + 2]) == 0x93)) {
          cost += kBoundaryCost;
        }
      }
      const auto first_inside = std::lower_bound(amounts.begin(), amounts.end(), from,
                                                 [](const Annotation* a, std::size_t at) { return a->begin < at; });
      for (auto it = first_inside; it != amounts.end() && (*it)->begin < to; ++it) {
        const Annotation* other = *it;
        if (other == &m || other->end > to) continue;
        // Coordinated amounts share their cue: "spent $6 million and 2,048
        // GPUs to train it".
        const bool coordinated = (other->begin >= m.end && text.substr(m.end, other->begin - m.end) == " and ") ||
                                 (other->end <= m.begin && text.substr(other->end, m.begin - other->end) == " and ");
        if (!coordinated) cost += kBoundaryCost;
      }
      if (c.label == generic) cost += kGenericCost;
      if (best == nullptr || cost < best_cost) {
        best = &c;
        best_cost = cost;
      }
    }
    return best;
  }

  std::optional<Source> Attribution(std::string_view text, std::size_t s_begin, std::size_t s_end,
                                    const std::vector<EntityRef>& entities,
                                    const std::optional<EntityRef>& focus) {
    // The analyst last named before this sentence ("A new report by
    // SemiAnalysis reveals ..."); outlets relaying a story are not sources.
    const auto analysts_before = std::upper_bound(
        analysts_by_end_.begin(), analysts_by_end_.end(), s_begin,
        [](std::size_t at, const EntityRef* e) { return at < e->annotation->end; });
    if (analysts_before != analysts_by_end_.begin()) last_source_ = **std::prev(analysts_before);
    for (const Cue& cue : cues_.attribution) {
      const EntityRef* found = nullptr;
      if (cue.label == "after") {
        // The first named entity after the cue, within a few words.
        for (std::size_t i = FirstStartingAtOrAfter(entities, cue.end);
             i < entities.size() && entities[i].annotation->begin < s_end &&
             entities[i].annotation->begin - cue.end <= 40;
             ++i) {
          if (entities[i].type != "accelerator") {
            found = &entities[i];
            break;
          }
        }
      } else {
        // The entity ending at most three bytes before the cue.
        for (std::size_t i = FirstStartingAtOrAfter(entities, cue.begin); i > 0; --i) {
          const EntityRef& e = entities[i - 1];
          if (e.annotation->begin < s_begin || e.annotation->end + 3 < cue.begin) break;
          if (e.annotation->end <= cue.begin && e.type != "accelerator") {
            found = &e;
            break;
          }
        }
        // "The firm estimated": the source last named in the document;
        // "the company said": the organisation the text is about.
        if (found == nullptr) {
          if (auto a = anaphora_.Before(text, cue.begin)) {
            if (a->label == "source" && last_source_) return Source{*last_source_, false};
            if (a->label == "subject" && focus) return Source{*focus, false};
          }
        }
      }
      if (found != nullptr && (found->type == "person" || found->type == "org")) {
        if (IsSource(*found)) last_source_ = *found;
        return Source{*found, true};
      }
    }
    return std::nullopt;
  }

  // `via` says how the subject was found: name, coordination, attribution
  // (a company speaking of itself), anaphor, or document focus.
  std::optional<EntityRef> Subject(std::string_view text, std::size_t s_begin, std::size_t s_end,
                                   const Annotation& m, const std::vector<EntityRef>& entities,
                                   const std::vector<Annotation>& gpu_spans, const std::optional<Source>& source,
                                   const std::optional<EntityRef>& focus, double focus_share,
                                   std::string* via) const {
    constexpr double kClearFocus = 0.5;
    // The last two candidates before the value, nearest first.
    const EntityRef* nearest = nullptr;
    const EntityRef* previous = nullptr;
    for (std::size_t i = FirstStartingAtOrAfter(entities, m.begin); i > 0 && previous == nullptr; --i) {
      const EntityRef& e = entities[i - 1];
      const Annotation& a = *e.annotation;
      if (a.begin < s_begin) break;
      if (a.end > m.begin) continue;
      if (e.type != "org" && e.type != "person") continue;
      if (IsSource(e) || (source && source->named_here && source->entity.annotation == e.annotation)) continue;
      // GPU spans are sorted and disjoint: only the last one starting at or
      // before the entity can hold it.
      const auto gpu = std::upper_bound(gpu_spans.begin(), gpu_spans.end(), a.begin,
                                        [](std::uint32_t at, const Annotation& g) { return at < g.begin; });
      if (gpu != gpu_spans.begin() && a.end <= std::prev(gpu)->end) continue;
      (nearest == nullptr ? nearest : previous) = &e;
    }
    if (nearest != nullptr) {
      // "Nvidia and Broadcom losing a combined $800 billion": the first of a pair.
      if (previous != nullptr && text.substr(previous->annotation->end,
                                             nearest->annotation->begin - previous->annotation->end) == " and ") {
        *via = "coordination";
        return *previous;
      }
      *via = "name";
      return *nearest;
    }
    if (source && source->entity.type == "org" && !IsSource(source->entity)) {
      *via = "attribution";  // "DeepSeek said its costs ..."
      return source->entity;
    }
    if (focus && std::any_of(cues_.anaphora.begin(), cues_.anaphora.end(), [&](const Cue& c) {
          return c.label == "subject" && c.end <= m.begin;
        })) {
      *via = "anaphor";
      return focus;
    }
    // A sentence that names nobody ("Operating costs are estimated at $944
    // million.") is about what the text is about, when that is clear.
    bool names_anyone = false;
    for (std::size_t i = FirstStartingAtOrAfter(entities, s_begin);
         !names_anyone && i < entities.size() && entities[i].annotation->begin < s_end; ++i) {
      names_anyone = entities[i].annotation->end <= s_end && entities[i].type != "accelerator";
    }
    if (!names_anyone && focus && focus_share >= kClearFocus) {
      *via = "document focus";
      return focus;
    }
    return std::nullopt;
  }

  std::map<std::string, std::string> families_;  // predicate -> the slot it shares
  plugin::CueLexicon predicates_, attribution_, hedges_, anaphora_;
  std::optional<EntityRef> last_source_;  // within the current document only
  std::vector<const EntityRef*> analysts_by_end_;  // of the current document
  SentenceCues cues_;                      // of the sentence of the current claim
};

}  // namespace

CLAIMEX_PLUGIN(Claims, {
    .name = "claims",
    .version = "1.0.0",
    .description = "Claim records: subject, predicate, value, qualifiers, attribution, hedge and evidence for "
                   "every money mention and GPU count, assembled per sentence from cue lexicons.",
    .options_schema = R"({
      "type": "object",
      "properties": {
        "data_dir": {"type": "string", "default": "",
                     "description": "Folder with lexicon/predicates.tsv, attribution.tsv, hedges.tsv and anaphora.tsv; empty: the data installed with claimex."}
      },
      "additionalProperties": false
    })",
    .reads = "sentences,money,gpu_counts,entities",
    .writes = "claims",
});
