// The report a person reads (`claimex report`): what one page shows of a
// claims store, read once (ReadPage), then written as HTML (WriteHtml) or
// as schema.org Claim JSON-LD (WriteJsonLd). The page holds copies of what
// it read: the store may close once ReadPage returns.
//
// A page is bounded whatever the store holds: the `top` facts with the
// most independent sources, as many disagreements, and the documents their
// members come from, each list capped; the totals say how much was left
// out, and the page says so. The same store and options give the same page
// (every list has a total order), so the same bytes.
#ifndef CLAIMEX_CORE_REPORT_PAGE_H_
#define CLAIMEX_CORE_REPORT_PAGE_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "claimex/status.h"
#include "store_db.h"

namespace claimex::report {

struct ReportOptions {
  std::string subject;                // only facts about this entity id; empty: all
  std::string since;                  // only facts last seen on or after this date (YYYY-MM-DD...); empty: all
  std::size_t top = 50;               // facts, and disagreements, on the page
  std::size_t members_per_fact = 40;  // members listed under a fact
  std::size_t figures_per_side = 12;  // outlets' figures drawn per cluster of a disagreement
  std::size_t documents = 60;         // documents shown with their mentions
};

// Byte offsets into a text; empty (begin == end) when not found there.
struct Span {
  std::size_t begin = 0, end = 0;
  bool empty() const { return begin == end; }
};

// A value within its precision: what the figure stands for is [low, high]
// (nullopt: unbounded on that side).
struct Value {
  double amount = 0;
  std::optional<double> low, high;
  std::string bound;  // exact, approx, at_least, at_most, over, under
  std::string unit;   // ISO 4217, "gpu", or empty
  double precision = 0;
};

// One claim of a fact, as its article states it.
struct Member {
  std::string doc, outlet, published, lang, url, title;
  std::string copy_group;  // smallest id of its syndicated copies; empty: none
  std::string text;        // the amount as written
  std::string sentence;    // the sentence it is in (the amount alone when unknown)
  Span amount, subject;    // in `sentence`
  Value value;
  std::string attribution, hedge;
};

struct Fact {
  std::string key, subject, predicate, model, scope, period, per;
  Value value;
  std::int64_t sources = 0, documents = 0;
  std::string first_seen, last_seen;
  std::vector<std::string> attributions;  // who the articles say stated it
  std::string conflict_key;               // empty when nothing disputes it
  std::vector<std::string> languages, outlets;  // of all its members, sorted
  std::vector<Member> members;                  // earliest first, capped
  std::size_t members_total = 0;
};

// A fact whose clusters cannot all hold: each cluster with its value and
// the figures each outlet gave for it.
struct Disagreement {
  struct Figure {
    std::string outlet;
    Value value;
  };
  struct Side {
    std::string cluster_key;
    Value value;
    std::int64_t sources = 0;
    std::vector<Figure> figures;  // one per outlet and amount, capped
  };
  std::string key, subject, predicate, model, unit, scope, period, reason;
  std::vector<Side> sides;  // by amount
};

struct Mention {
  std::string layer;  // money, gpu_counts, entities, claims, ...
  Span span;          // in the document's text
  std::string attrs;  // JSON object
};

struct DocumentView {
  std::string id, title, outlet, url, published, lang, text;
  std::vector<Mention> mentions;  // by start, longer first
};

struct Page {
  std::string store;  // the store's name, no password
  ReportOptions options;
  std::vector<Fact> facts;
  std::size_t facts_total = 0;  // that match the options
  std::vector<Disagreement> disagreements;
  std::size_t disagreements_total = 0;
  std::vector<DocumentView> documents;  // those the facts' members are from, first referenced first
  std::size_t documents_referenced = 0;
};

// Fills `page` from the claims store `db` (opened, read only). A database
// that is not a claims store, or one of another schema version, is
// InvalidArgument naming it; a failed read, IOError.
Status ReadPage(StoreDb& db, const ReportOptions& options, Page* page);

// The page as one self-contained HTML file, JSON-LD included.
void WriteHtml(const Page& page, std::ostream& out);

// Every fact of the page as a schema.org Claim, in one JSON-LD document
// (schemas/report-jsonld.md): what WriteJsonLd writes and the HTML embeds.
nlohmann::json JsonLd(const Page& page);
void WriteJsonLd(const Page& page, std::ostream& out);

}  // namespace claimex::report

#endif  // CLAIMEX_CORE_REPORT_PAGE_H_
