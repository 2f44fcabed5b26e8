// Reads the page from the store's tables (store_schema.h) in the SQL both
// engines accept: numbered parameters, COALESCE where NULLs would sort
// differently, a total order on every list.
#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "page.h"
#include "store_schema.h"

namespace claimex::report {
namespace {

using nlohmann::json;

// One statement: bind, then read its rows.
class Query {
 public:
  Query(StoreDb& db, const std::string& sql) : db_(db) {
    std::string error;
    stmt_ = db.Prepare(sql, Planning::kKept, &error);
    if (!stmt_) status_ = Status::IOError(db.name() + ": cannot read the store: " + error);
  }
  Query& Text(int i, const std::string& s) {
    if (stmt_) stmt_->BindText(i, s);
    return *this;
  }
  Query& Int(int i, std::int64_t v) {
    if (stmt_) stmt_->BindInt(i, v);
    return *this;
  }
  // Calls `row` for each row; the status of the whole read.
  Status Each(const std::function<void(StoreStatement&)>& row) {
    if (!stmt_) return status_;
    for (;;) {
      switch (stmt_->Step()) {
        case StepResult::kRow: row(*stmt_); break;
        case StepResult::kDone: return Status::OK();
        case StepResult::kError: return Status::IOError(db_.name() + ": cannot read the store: " + db_.LastError());
      }
    }
  }

 private:
  StoreDb& db_;
  std::unique_ptr<StoreStatement> stmt_;
  Status status_;
};

std::optional<double> OptionalNumber(StoreStatement& row, int i) {
  if (row.ColumnNull(i)) return std::nullopt;
  return std::stod(row.ColumnText(i));
}

double Number(StoreStatement& row, int i) { return OptionalNumber(row, i).value_or(0); }

// The byte span of the first `needle` in `haystack`.
Span Find(const std::string& haystack, const std::string& needle, std::size_t from = 0) {
  if (needle.empty()) return {};
  const std::size_t at = haystack.find(needle, from);
  if (at == std::string::npos) return {};
  return {at, at + needle.size()};
}

// Byte offset of every code point of `text`, and one past the end.
std::vector<std::size_t> CodePointOffsets(const std::string& text) {
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) offsets.push_back(i);
  }
  offsets.push_back(text.size());
  return offsets;
}

Span ByteSpan(const std::vector<std::size_t>& offsets, std::int64_t start, std::int64_t end) {
  const auto last = static_cast<std::int64_t>(offsets.size() - 1);
  start = std::clamp<std::int64_t>(start, 0, last);
  end = std::clamp<std::int64_t>(end, start, last);
  return {offsets[start], offsets[end]};
}

Status CheckStore(StoreDb& db) {
  Status status;
  for (const char* table : {"meta", "clusters", "claims", "documents", "conflicts"}) {
    const bool exists = db.TableExists(table, &status);
    if (!status.ok()) return Status::InvalidArgument(db.name() + ": not a claims store: " + status.message());
    if (!exists) {
      return Status::InvalidArgument(db.name() + ": not a claims store (it has no " + table +
                                     " table); make one with `claimex run --sink sqlite:PATH`");
    }
  }
  std::string version;
  Status s = Query(db, "SELECT value FROM meta WHERE key = 'schema_version'").Each([&](StoreStatement& row) {
    version = row.ColumnText(0);
  });
  if (!s.ok()) return s;
  if (version.empty()) return Status::InvalidArgument(db.name() + ": not a claims store (no schema version)");
  if (version != kStoreSchemaVersion) {
    return Status::InvalidArgument(db.name() + ": a claims store of schema version " + version +
                                   ", this claimex reads version " + kStoreSchemaVersion);
  }
  return Status::OK();
}

// " AND ..." for the options, parameters from ?1 on, and how to bind
// them; `limit` the parameter after them. `recent` says what --since means for the rows,
// with {} for the date.
struct Filter {
  std::string sql;
  std::vector<std::string> values;
  void Bind(Query& q) const {
    for (std::size_t i = 0; i < values.size(); ++i) q.Text(static_cast<int>(i) + 1, values[i]);
  }
  std::string limit() const { return " LIMIT ?" + std::to_string(values.size() + 1); }
  void BindLimit(Query& q, std::size_t n) const {
    q.Int(static_cast<int>(values.size()) + 1, static_cast<std::int64_t>(n));
  }
};

Filter MakeFilter(const ReportOptions& options, std::string recent) {
  Filter f;
  auto add = [&f](std::string condition, const std::string& value) {
    f.values.push_back(value);
    condition.replace(condition.find("{}"), 2, "?" + std::to_string(f.values.size()));
    f.sql += " AND " + condition;
  };
  if (!options.subject.empty()) add("subject = {}", options.subject);
  if (!options.since.empty()) add(std::move(recent), options.since);
  return f;
}

Status ReadMembers(StoreDb& db, const ReportOptions& options, Fact& fact) {
  std::set<std::string> seen, languages, outlets;
  Query q(db,
          "SELECT c.member_key, d.id, d.source, d.published, d.lang, d.url, d.title, d.copy_group, c.text, "
          "c.sentence, c.amount, c.low, c.high, c.bound, c.unit, c.precision, c.attribution, c.hedge, c.record "
          "FROM claims c JOIN documents d ON d.doc_key = c.doc_key "
          "WHERE c.cluster_key = ?1 AND d.current = 1 "
          "ORDER BY COALESCE(d.published, ''), d.id, c.start, c.claim_key");
  const Status s = q.Text(1, fact.key).Each([&](StoreStatement& row) {
    // A span with several claims (predicates) is one member.
    if (!seen.insert(row.ColumnText(0)).second) return;
    ++fact.members_total;
    if (!row.ColumnNull(2)) outlets.insert(row.ColumnText(2));
    if (!row.ColumnNull(4)) languages.insert(row.ColumnText(4));
    if (fact.members.size() >= options.members_per_fact) return;
    Member m;
    m.doc = row.ColumnText(1);
    m.outlet = row.ColumnText(2);
    m.published = row.ColumnText(3);
    m.lang = row.ColumnText(4);
    m.url = row.ColumnText(5);
    m.title = row.ColumnText(6);
    m.copy_group = row.ColumnText(7);
    m.text = row.ColumnText(8);
    m.sentence = row.ColumnNull(9) ? m.text : row.ColumnText(9);
    m.value = {Number(row, 10), OptionalNumber(row, 11), OptionalNumber(row, 12), row.ColumnText(13),
               row.ColumnText(14), Number(row, 15)};
    m.attribution = row.ColumnText(16);
    m.hedge = row.ColumnText(17);
    m.amount = Find(m.sentence, m.text);
    const json record = json::parse(row.ColumnText(18), nullptr, false);
    if (record.is_object() && record["subject"].is_object()) {
      const std::string subject = record["subject"].value("text", "");
      // The subject nearest before the amount, else the first after it.
      const std::size_t before = m.amount.empty() ? std::string::npos : m.amount.begin;
      const std::size_t at = m.sentence.rfind(subject, before);
      m.subject = at != std::string::npos && !subject.empty() ? Span{at, at + subject.size()}
                                                              : Find(m.sentence, subject);
    }
    fact.members.push_back(std::move(m));
  });
  fact.languages.assign(languages.begin(), languages.end());
  fact.outlets.assign(outlets.begin(), outlets.end());
  return s;
}

Status ReadFacts(StoreDb& db, const ReportOptions& options, Page& page) {
  const Filter filter = MakeFilter(options, "last_seen >= {}");
  Query count(db, "SELECT count(*) FROM clusters WHERE 1 = 1" + filter.sql);
  filter.Bind(count);
  if (Status s = count.Each([&](StoreStatement& row) { page.facts_total = row.ColumnInt(0); }); !s.ok()) return s;
  Query q(db,
          "SELECT cluster_key, subject, predicate, model, scope, period, per, amount, low, high, bound, unit, "
          "sources, documents, first_seen, last_seen, conflict_key, record FROM clusters WHERE 1 = 1" +
              filter.sql + " ORDER BY sources DESC, documents DESC, cluster_key" + filter.limit());
  filter.Bind(q);
  filter.BindLimit(q, options.top);
  Status s = q.Each([&](StoreStatement& row) {
    Fact f;
    f.key = row.ColumnText(0);
    f.subject = row.ColumnText(1);
    f.predicate = row.ColumnText(2);
    f.model = row.ColumnText(3);
    f.scope = row.ColumnText(4);
    f.period = row.ColumnText(5);
    f.per = row.ColumnText(6);
    f.value = {Number(row, 7), OptionalNumber(row, 8), OptionalNumber(row, 9), row.ColumnText(10),
               row.ColumnText(11), 0};
    f.sources = row.ColumnInt(12);
    f.documents = row.ColumnInt(13);
    f.first_seen = row.ColumnText(14);
    f.last_seen = row.ColumnText(15);
    f.conflict_key = row.ColumnText(16);
    const json record = json::parse(row.ColumnText(17), nullptr, false);
    if (record.is_object() && record["attributions"].is_array()) {
      for (const json& a : record["attributions"]) {
        if (a.is_string()) f.attributions.push_back(a);
      }
    }
    page.facts.push_back(std::move(f));
  });
  if (!s.ok()) return s;
  for (Fact& f : page.facts) {
    if (Status m = ReadMembers(db, options, f); !m.ok()) return m;
    // The cluster stands for its most precise member's figure.
    double precision = -1;
    for (const Member& m : f.members) {
      if (precision < 0 || m.value.precision < precision) precision = m.value.precision;
    }
    f.value.precision = std::max(precision, 0.0);
  }
  return Status::OK();
}

Status ReadDisagreements(StoreDb& db, const ReportOptions& options, Page& page) {
  // A conflict is recent when one of its clusters is.
  const Filter filter = MakeFilter(options,
                                   "EXISTS (SELECT 1 FROM conflict_clusters x JOIN clusters k ON "
                                   "k.cluster_key = x.cluster_key WHERE x.conflict_key = conflicts.conflict_key "
                                   "AND k.last_seen >= {})");
  Query count(db, "SELECT count(*) FROM conflicts WHERE 1 = 1" + filter.sql);
  filter.Bind(count);
  if (Status s = count.Each([&](StoreStatement& row) { page.disagreements_total = row.ColumnInt(0); }); !s.ok()) {
    return s;
  }
  Query q(db,
          "SELECT conflict_key, subject, predicate, model, unit, scope, period, reason FROM conflicts WHERE 1 = 1" +
              filter.sql + " ORDER BY clusters DESC, conflict_key" + filter.limit());
  filter.Bind(q);
  filter.BindLimit(q, options.top);
  Status s = q.Each([&](StoreStatement& row) {
    page.disagreements.push_back({row.ColumnText(0), row.ColumnText(1), row.ColumnText(2), row.ColumnText(3),
                                  row.ColumnText(4), row.ColumnText(5), row.ColumnText(6), row.ColumnText(7), {}});
  });
  if (!s.ok()) return s;
  for (Disagreement& d : page.disagreements) {
    Query sides(db,
                "SELECT k.cluster_key, k.amount, k.low, k.high, k.bound, k.sources FROM conflict_clusters x "
                "JOIN clusters k ON k.cluster_key = x.cluster_key WHERE x.conflict_key = ?1 "
                "ORDER BY k.amount, k.cluster_key");
    s = sides.Text(1, d.key).Each([&](StoreStatement& row) {
      d.sides.push_back({row.ColumnText(0),
                         {Number(row, 1), OptionalNumber(row, 2), OptionalNumber(row, 3), row.ColumnText(4), d.unit, 0},
                         row.ColumnInt(5),
                         {}});
    });
    if (!s.ok()) return s;
    for (Disagreement::Side& side : d.sides) {
      std::set<std::pair<std::string, double>> seen;
      Query figures(db,
                    "SELECT COALESCE(d.source, d.id), c.amount, c.low, c.high, c.bound, c.precision FROM claims c "
                    "JOIN documents d ON d.doc_key = c.doc_key WHERE c.cluster_key = ?1 AND d.current = 1 "
                    "ORDER BY COALESCE(d.source, d.id), c.amount, c.claim_key");
      s = figures.Text(1, side.cluster_key).Each([&](StoreStatement& row) {
        if (side.figures.size() >= options.figures_per_side) return;
        if (!seen.insert({row.ColumnText(0), Number(row, 1)}).second) return;
        side.figures.push_back({row.ColumnText(0),
                                {Number(row, 1), OptionalNumber(row, 2), OptionalNumber(row, 3), row.ColumnText(4),
                                 d.unit, Number(row, 5)}});
      });
      if (!s.ok()) return s;
    }
  }
  return Status::OK();
}

// The mentions of one document: its stored annotations and its claims.
Status ReadMentions(StoreDb& db, const std::string& doc_key, DocumentView& doc) {
  const std::vector<std::size_t> offsets = CodePointOffsets(doc.text);
  Query mentions(db,
                 "SELECT layer, start, \"end\", attrs FROM mentions WHERE doc_key = ?1 "
                 "ORDER BY start, \"end\" DESC, layer, mention_key");
  Status s = mentions.Text(1, doc_key).Each([&](StoreStatement& row) {
    doc.mentions.push_back({row.ColumnText(0), ByteSpan(offsets, row.ColumnInt(1), row.ColumnInt(2)),
                            row.ColumnText(3)});
  });
  if (!s.ok()) return s;
  Query claims(db,
               "SELECT start, \"end\", predicate, subject, amount, unit, bound, attribution, hedge FROM claims "
               "WHERE doc_key = ?1 ORDER BY start, \"end\" DESC, claim_key");
  s = claims.Text(1, doc_key).Each([&](StoreStatement& row) {
    json attrs = {{"predicate", row.ColumnText(2)}, {"amount", Number(row, 4)}, {"bound", row.ColumnText(6)}};
    const std::pair<const char*, int> optional[] = {{"subject", 3}, {"unit", 5}, {"attribution", 7}, {"hedge", 8}};
    for (const auto& [name, column] : optional) {
      if (!row.ColumnNull(column)) attrs[name] = row.ColumnText(column);
    }
    doc.mentions.push_back({"claims", ByteSpan(offsets, row.ColumnInt(0), row.ColumnInt(1)), attrs.dump()});
  });
  if (!s.ok()) return s;
  std::stable_sort(doc.mentions.begin(), doc.mentions.end(), [](const Mention& a, const Mention& b) {
    return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.span.end > b.span.end;
  });
  return Status::OK();
}

Status ReadDocuments(StoreDb& db, const ReportOptions& options, Page& page) {
  std::vector<std::string> ids;
  std::set<std::string> seen;
  for (const Fact& f : page.facts) {
    for (const Member& m : f.members) {
      if (seen.insert(m.doc).second) ids.push_back(m.doc);
    }
  }
  page.documents_referenced = ids.size();
  if (ids.size() > options.documents) ids.resize(options.documents);
  for (const std::string& id : ids) {
    std::string doc_key;
    DocumentView doc;
    Query q(db,
            "SELECT doc_key, id, title, source, url, published, lang, text FROM documents "
            "WHERE id = ?1 AND current = 1");
    Status s = q.Text(1, id).Each([&](StoreStatement& row) {
      doc_key = row.ColumnText(0);
      doc = {row.ColumnText(1), row.ColumnText(2), row.ColumnText(3), row.ColumnText(4),
             row.ColumnText(5), row.ColumnText(6), row.ColumnText(7), {}};
    });
    if (!s.ok()) return s;
    if (doc_key.empty()) continue;
    if (s = ReadMentions(db, doc_key, doc); !s.ok()) return s;
    page.documents.push_back(std::move(doc));
  }
  return Status::OK();
}

}  // namespace

Status ReadPage(StoreDb& db, const ReportOptions& options, Page* page) {
  *page = Page{};
  page->store = db.name();
  page->options = options;
  if (Status s = CheckStore(db); !s.ok()) return s;
  if (Status s = ReadFacts(db, options, *page); !s.ok()) return s;
  if (Status s = ReadDisagreements(db, options, *page); !s.ok()) return s;
  return ReadDocuments(db, options, *page);
}

}  // namespace claimex::report
