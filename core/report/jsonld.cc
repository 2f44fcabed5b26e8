// The facts as schema.org Claim items, so that tools that read ClaimReview
// markup find them; schemas/report-jsonld.md is the mapping.
#include <string>

#include "page.h"

namespace claimex::report {
namespace {

using nlohmann::json;

json Property(const std::string& name, json value) {
  return {{"@type", "PropertyValue"}, {"propertyID", name}, {"name", name}, {"value", std::move(value)}};
}

json Appearance(const Member& m) {
  json work = {{"@type", "CreativeWork"}, {"identifier", m.doc}};
  if (!m.url.empty()) work["url"] = m.url;
  if (!m.title.empty()) work["headline"] = m.title;
  if (!m.published.empty()) work["datePublished"] = m.published;
  if (!m.lang.empty()) work["inLanguage"] = m.lang;
  if (!m.outlet.empty()) work["publisher"] = {{"@type", "Organization"}, {"name", m.outlet}};
  return work;
}

json ClaimOf(const Fact& f) {
  json claim = {{"@type", "Claim"},
                {"@id", "#fact-" + f.key},
                {"identifier", f.key},
                {"name", (f.subject.empty() ? "(no subject)" : f.subject) + " " + f.predicate}};
  if (!f.subject.empty()) claim["about"] = {{"@type", "Thing"}, {"identifier", f.subject}, {"name", f.subject}};
  json appearance = json::array();
  const Member* first = nullptr;
  for (const Member& m : f.members) {
    appearance.push_back(Appearance(m));
    // Members come earliest first, those without a date before the rest.
    if (!m.published.empty() && (first == nullptr || first->published.empty())) first = &m;
  }
  if (first == nullptr && !f.members.empty()) first = &f.members.front();
  claim["appearance"] = std::move(appearance);
  if (first) claim["firstAppearance"] = Appearance(*first);
  if (!f.attributions.empty()) {
    json authors = json::array();
    for (const auto& a : f.attributions) authors.push_back({{"@type", "Organization"}, {"name", a}});
    claim["author"] = std::move(authors);
  }
  json value = Property("value", f.value.amount);
  if (!f.value.unit.empty()) value["unitText"] = f.value.unit;
  if (f.value.low) value["minValue"] = *f.value.low;
  if (f.value.high) value["maxValue"] = *f.value.high;
  json properties = {std::move(value), Property("unit", f.value.unit.empty() ? json() : json(f.value.unit)),
                     Property("bound", f.value.bound), Property("precision", f.value.precision),
                     Property("predicate", f.predicate), Property("sources", f.sources),
                     Property("documents", f.documents)};
  for (const auto& [name, text] : {std::pair{"model", &f.model}, {"scope", &f.scope}, {"period", &f.period},
                                   {"per", &f.per}}) {
    if (!text->empty()) properties.push_back(Property(name, *text));
  }
  if (!f.first_seen.empty()) claim["dateCreated"] = f.first_seen;
  claim["additionalProperty"] = std::move(properties);
  return claim;
}

}  // namespace

json JsonLd(const Page& page) {
  json graph = json::array();
  for (const Fact& f : page.facts) graph.push_back(ClaimOf(f));
  return {{"@context", "https://schema.org"}, {"@graph", std::move(graph)}};
}

void WriteJsonLd(const Page& page, std::ostream& out) {
  out << JsonLd(page).dump(2, ' ', false, json::error_handler_t::replace) << "\n";
}

}  // namespace claimex::report
