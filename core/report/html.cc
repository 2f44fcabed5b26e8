// The page as one HTML file that needs nothing else: inline CSS, a little
// inline JavaScript (sorting and filtering the facts), SVG for the
// disagreements, the facts as JSON-LD. Every text from an article is
// escaped; those elements carry dir="auto" and the article's lang, so
// right-to-left and CJK text lay out as the reader expects.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "page.h"

namespace claimex::report {
namespace {

using nlohmann::json;

std::string Escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

// A lang attribute for a language tag the store holds; none for anything
// that is not one.
std::string LangAttr(const std::string& lang) {
  if (lang.empty() || lang.size() > 35) return "";
  for (char c : lang) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-') return "";
  }
  return " lang=\"" + lang + "\"";
}

// A link only to the web: a javascript: or data: URL from an article is
// shown, never followed.
bool IsWebUrl(const std::string& url) { return url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0; }

// "589 billion": a figure with its scale word, in as many digits as it has.
std::string Figure(double v) {
  const char* scale = "";
  for (auto [factor, word] : {std::pair{1e12, " trillion"}, {1e9, " billion"}, {1e6, " million"}}) {
    if (std::fabs(v) >= factor) {
      v /= factor;
      scale = word;
      break;
    }
  }
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.10g%s", v, scale);
  return buf;
}

std::string ValueText(const Value& v) {
  std::string out = v.bound == "exact" || v.bound.empty() ? "" : v.bound + " ";
  out += Figure(v.amount);
  if (!v.unit.empty()) out += " " + v.unit;
  return out;
}

// "[75 billion, 85 billion]": what the figure stands for.
std::string IntervalText(const Value& v) {
  return "[" + (v.low ? Figure(*v.low) : std::string("-inf")) + ", " +
         (v.high ? Figure(*v.high) : std::string("+inf")) + "]";
}

std::string ValueHtml(const Value& v) {
  std::string out = "<span title=\"" + Escape(IntervalText(v)) + "\">" + Escape(ValueText(v)) + "</span>";
  if (v.precision > 0) out += " <span class=\"prec\">&plusmn;" + Escape(Figure(v.precision)) + "</span>";
  return out;
}

// "hardware_spend · H100 · total · 2025": the predicate and what else
// tells the fact apart.
std::string SlotText(const std::string& predicate, const std::string& model, const std::string& scope,
                     const std::string& period, const std::string& per) {
  std::string out = predicate;
  for (const std::string* part : {&model, &scope, &period}) {
    if (!part->empty()) out += " \xC2\xB7 " + *part;
  }
  if (!per.empty()) out += " per " + per;
  return out;
}

// "3 outlets", "1 outlet".
std::string Plural(std::int64_t n, const std::string& noun) {
  return std::to_string(n) + " " + noun + (n == 1 ? "" : "s");
}

std::string Join(const std::vector<std::string>& parts, const std::string& separator) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : separator) + p;
  return out;
}

// `text` with its spans marked, spans that are empty or overlap an earlier
// one left out.
std::string Marked(const std::string& text, std::vector<std::pair<Span, std::string>> spans) {
  std::sort(spans.begin(), spans.end(),
            [](const auto& a, const auto& b) { return a.first.begin < b.first.begin; });
  std::string out;
  std::size_t at = 0;
  for (const auto& [span, cls] : spans) {
    if (span.empty() || span.begin < at || span.end > text.size()) continue;
    out += Escape(text.substr(at, span.begin - at)) + "<mark class=\"" + cls + "\">" +
           Escape(text.substr(span.begin, span.end - span.begin)) + "</mark>";
    at = span.end;
  }
  return out + Escape(text.substr(at));
}

// A CSS class from a layer name: letters, digits and '_' only.
std::string LayerClass(const std::string& layer) {
  std::string out = "l-";
  for (char c : layer) out += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return out;
}

// "layer · key=value · ...": the attributes a mention shows on hover.
std::string MentionTitle(const Mention& m) {
  std::string out = m.layer;
  const json attrs = json::parse(m.attrs, nullptr, false);
  if (!attrs.is_object()) return out;
  const json flat = attrs.flatten();
  for (const auto& [key, value] : flat.items()) {
    out += " \xC2\xB7 " + key.substr(1) + "=" + (value.is_string() ? value.get<std::string>() : value.dump());
  }
  return out;
}

// The text with every mention as a mark, nested the way the spans nest; a
// mention that crosses the end of the one it starts in is cut there.
std::string MentionsHtml(const DocumentView& doc) {
  std::string out;
  std::vector<std::size_t> open;  // ends of the open marks, innermost last
  std::size_t at = 0;
  auto text_to = [&](std::size_t end) {
    out += Escape(std::string_view(doc.text).substr(at, end - at));
    at = end;
  };
  auto close_to = [&](std::size_t begin) {
    while (!open.empty() && open.back() <= begin) {
      text_to(open.back());
      out += "</mark>";
      open.pop_back();
    }
  };
  for (const Mention& m : doc.mentions) {
    close_to(m.span.begin);
    const std::size_t end = open.empty() ? m.span.end : std::min(m.span.end, open.back());
    if (m.span.begin >= end || m.span.begin < at) continue;
    text_to(m.span.begin);
    out += "<mark class=\"m " + LayerClass(m.layer) + "\" data-l=\"" + Escape(m.layer) + "\" title=\"" +
           Escape(MentionTitle(m)) + "\">";
    open.push_back(end);
  }
  close_to(doc.text.size());
  text_to(doc.text.size());
  return out;
}

// Members of one copy group (or a document that copies nothing) are one
// source: the first is shown, the others listed under it.
std::vector<std::vector<const Member*>> SourceGroups(const Fact& fact) {
  std::vector<std::vector<const Member*>> groups;
  std::map<std::string, std::size_t> index;
  for (const Member& m : fact.members) {
    const std::string key = m.copy_group.empty() ? "doc:" + m.doc : "copy:" + m.copy_group;
    auto [it, added] = index.emplace(key, groups.size());
    if (added) groups.emplace_back();
    groups[it->second].push_back(&m);
  }
  return groups;
}

std::string ArticleLink(const Member& m, const std::set<std::string>& shown_documents) {
  const std::string label = m.title.empty() ? m.doc : m.title;
  std::string out = IsWebUrl(m.url) ? "<a href=\"" + Escape(m.url) + "\" dir=\"auto\"" + LangAttr(m.lang) + ">" +
                                          Escape(label) + "</a>"
                                    : "<span dir=\"auto\"" + LangAttr(m.lang) + ">" + Escape(label) + "</span>";
  if (shown_documents.count(m.doc)) out += " <a class=\"doclink\" href=\"#doc-" + Escape(m.doc) + "\">mentions</a>";
  return out;
}

void WriteMembers(const Fact& fact, const std::set<std::string>& shown_documents, std::ostream& out) {
  const auto groups = SourceGroups(fact);
  out << "<details><summary>" << fact.members_total << " member" << (fact.members_total == 1 ? "" : "s");
  if (!fact.outlets.empty()) out << " in " << Plural(fact.outlets.size(), "outlet");
  out << "</summary><ul>";
  for (const auto& group : groups) {
    const Member& m = *group.front();
    out << "<li><div class=\"src\"><b dir=\"auto\">" << Escape(m.outlet.empty() ? "(no outlet)" : m.outlet)
        << "</b> " << Escape(m.published) << " <span class=\"lang\">" << Escape(m.lang) << "</span> "
        << ArticleLink(m, shown_documents);
    if (!m.attribution.empty()) out << " <span class=\"attr\">according to " << Escape(m.attribution) << "</span>";
    out << "</div><q dir=\"auto\"" << LangAttr(m.lang) << ">"
        << Marked(m.sentence, {{m.amount, "amount"}, {m.subject, "subject"}}) << "</q> " << ValueHtml(m.value);
    if (group.size() > 1) {
      out << "<div class=\"copies\">syndicated copies, counted as this one source:";
      for (std::size_t i = 1; i < group.size(); ++i) {
        out << " <span class=\"copy\"><b dir=\"auto\">" << Escape(group[i]->outlet) << "</b> "
            << ArticleLink(*group[i], shown_documents) << "</span>";
      }
      out << "</div>";
    }
    out << "</li>";
  }
  if (fact.members_total > fact.members.size()) {
    out << "<li class=\"more\">and " << fact.members_total - fact.members.size()
        << " more (the page lists the first " << fact.members.size() << ")</li>";
  }
  out << "</ul></details>";
}

void WriteFacts(const Page& page, const std::set<std::string>& shown_documents, std::ostream& out) {
  std::set<std::string> languages, outlets;
  for (const Fact& f : page.facts) {
    languages.insert(f.languages.begin(), f.languages.end());
    outlets.insert(f.outlets.begin(), f.outlets.end());
  }
  out << "<section id=\"facts\"><h2>Facts</h2><p class=\"note\">The " << page.facts.size() << " of "
      << page.facts_total << " facts with the most independent sources";
  if (page.facts.size() < page.facts_total) out << " (<code>--top " << page.options.top << "</code>)";
  out << ". Syndicated copies and one outlet's articles count as one source. Click a heading to sort.</p>"
      << "<div class=\"filters\"><input data-filter=\"subject\" placeholder=\"subject\" aria-label=\"subject\">"
      << "<input data-filter=\"predicate\" placeholder=\"predicate\" aria-label=\"predicate\">"
      << "<select data-filter=\"lang\" aria-label=\"language\"><option value=\"\">every language</option>";
  for (const auto& l : languages) out << "<option>" << Escape(l) << "</option>";
  out << "</select><select data-filter=\"outlet\" aria-label=\"outlet\"><option value=\"\">every outlet</option>";
  for (const auto& o : outlets) out << "<option>" << Escape(o) << "</option>";
  out << "</select> <span id=\"shown\">" << page.facts.size() << "</span> shown</div>"
      << "<table id=\"facts-table\"><thead><tr><th data-key=\"subject\">Subject</th>"
      << "<th data-key=\"predicate\">Predicate</th><th data-key=\"amount\" data-num=\"1\">Value</th>"
      << "<th data-key=\"sources\" data-num=\"1\">Sources</th><th data-key=\"first\">First seen</th>"
      << "<th data-key=\"last\">Last seen</th><th data-key=\"attribution\">According to</th></tr></thead>";
  for (const Fact& f : page.facts) {
    const std::string slot = SlotText(f.predicate, f.model, f.scope, f.period, f.per);
    const std::string attributions = Join(f.attributions, ", ");
    char amount[32];
    std::snprintf(amount, sizeof amount, "%.17g", f.value.amount);
    out << "<tbody class=\"fact\" id=\"fact-" << Escape(f.key) << "\" data-subject=\"" << Escape(f.subject)
        << "\" data-predicate=\"" << Escape(slot) << "\" data-amount=\"" << amount << "\" data-sources=\""
        << f.sources << "\" data-first=\"" << Escape(f.first_seen) << "\" data-last=\"" << Escape(f.last_seen)
        << "\" data-attribution=\"" << Escape(attributions) << "\" data-lang=\"|" << Escape(Join(f.languages, "|"))
        << "|\" data-outlet=\"|" << Escape(Join(f.outlets, "|")) << "|\"><tr><td class=\"subject\" dir=\"auto\">"
        << Escape(f.subject.empty() ? "(no subject)" : f.subject) << "</td><td>" << Escape(slot);
    if (!f.conflict_key.empty()) {
      out << " <a class=\"disputed\" href=\"#conflict-" << Escape(f.conflict_key) << "\">disputed</a>";
    }
    out << "</td><td class=\"value\">" << ValueHtml(f.value) << "</td><td class=\"num sources\">" << f.sources
        << " <small>(" << Plural(f.documents, "doc")
        << (f.outlets.empty() ? "" : ", " + Plural(f.outlets.size(), "outlet")) << ")</small></td><td class=\"date\">"
        << Escape(f.first_seen) << "</td><td class=\"date\">" << Escape(f.last_seen) << "</td><td dir=\"auto\">" << Escape(attributions)
        << "</td></tr><tr class=\"members\"><td colspan=\"7\">";
    WriteMembers(f, shown_documents, out);
    out << "</td></tr></tbody>";
  }
  out << "</table></section>";
}

// The clusters of one fact on one axis: per cluster a band for its range,
// then each outlet's figure with the interval its precision allows.
void WriteAxis(const Disagreement& d, std::ostream& out) {
  double lo = INFINITY, hi = -INFINITY;
  auto widen = [&](const Value& v) {
    for (const std::optional<double>& x : {std::optional<double>(v.amount), v.low, v.high}) {
      if (x && std::isfinite(*x)) lo = std::min(lo, *x), hi = std::max(hi, *x);
    }
  };
  std::size_t rows = 0;
  for (const auto& side : d.sides) {
    widen(side.value);
    for (const auto& f : side.figures) widen(f.value);
    rows += 1 + side.figures.size();
  }
  if (!(lo <= hi)) return;
  const double pad = hi > lo ? (hi - lo) * 0.08 : std::max(std::fabs(lo) * 0.1, 1.0);
  lo -= pad, hi += pad;
  constexpr int kWidth = 760, kLeft = 250, kRight = 48, kRow = 18, kTop = 8;
  const int height = kTop + static_cast<int>(rows) * kRow + 28;
  auto x = [&](double v) { return kLeft + (v - lo) / (hi - lo) * (kWidth - kLeft - kRight); };
  char buf[512];
  out << "<svg class=\"axis\" viewBox=\"0 0 " << kWidth << " " << height << "\" width=\"" << kWidth
      << "\" height=\"" << height << "\" role=\"img\" aria-label=\"" << Escape(d.subject + " " + d.predicate)
      << " values by cluster\">";
  std::size_t row = 0;
  for (std::size_t s = 0; s < d.sides.size(); ++s) {
    const auto& side = d.sides[s];
    const std::string cls = "c" + std::to_string(s % 6);
    auto interval = [&](const Value& v, double y, const char* what, const std::string& label) {
      const double a = v.low ? x(*v.low) : kLeft, b = v.high ? x(*v.high) : kWidth - kRight;
      std::snprintf(buf, sizeof buf,
                    "<line class=\"%s %s\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>"
                    "<circle class=\"%s\" cx=\"%.1f\" cy=\"%.1f\" r=\"4\">",
                    what, cls.c_str(), a, y, std::max(b, a + 1), y, cls.c_str(), x(v.amount), y);
      out << buf << "<title>" << Escape(label + ": " + ValueText(v) + " " + IntervalText(v)) << "</title></circle>";
    };
    double y = kTop + row * kRow + kRow / 2.0;
    std::snprintf(buf, sizeof buf, "<text class=\"side %s\" x=\"%d\" y=\"%.1f\">", cls.c_str(), kLeft - 8, y + 4);
    out << buf << Escape(ValueText(side.value)) << " \xC2\xB7 " << Plural(side.sources, "source") << "</text>";
    interval(side.value, y, "band", "cluster");
    ++row;
    for (const auto& f : side.figures) {
      y = kTop + row * kRow + kRow / 2.0;
      std::snprintf(buf, sizeof buf, "<text x=\"%d\" y=\"%.1f\">", kLeft - 8, y + 4);
      out << buf << Escape(f.outlet) << "</text>";
      interval(f.value, y, "fig", f.outlet);
      ++row;
    }
  }
  const double axis_y = kTop + rows * kRow + 6;
  std::snprintf(buf, sizeof buf, "<line class=\"rule\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/>", kLeft, axis_y,
                kWidth - kRight, axis_y);
  out << buf;
  for (int i = 0; i <= 4; ++i) {
    const double v = lo + (hi - lo) * i / 4;
    std::snprintf(buf, sizeof buf, "<text class=\"tick\" x=\"%.1f\" y=\"%.1f\">", x(v), axis_y + 16);
    out << buf << Escape(Figure(v)) << "</text>";
  }
  out << "</svg>";
}

void WriteDisagreements(const Page& page, std::ostream& out) {
  out << "<section id=\"disagreements\"><h2>Disagreements</h2><p class=\"note\">" << page.disagreements.size()
      << " of " << page.disagreements_total
      << " facts whose clusters cannot all hold: each cluster's range, then each outlet's figure with the "
         "interval its precision allows.</p>";
  for (const Disagreement& d : page.disagreements) {
    out << "<article class=\"dispute\" id=\"conflict-" << Escape(d.key) << "\"><h3><span dir=\"auto\">"
        << Escape(d.subject.empty() ? "(no subject)" : d.subject) << "</span> "
        << Escape(SlotText(d.predicate, d.model, d.scope, d.period, "")) << "</h3>";
    WriteAxis(d, out);
    out << "<p class=\"reason\">" << Escape(d.reason) << "</p></article>";
  }
  out << "</section>";
}

void WriteDocuments(const Page& page, std::ostream& out) {
  out << "<section id=\"documents\"><h2>Documents</h2><p class=\"note\">" << page.documents.size() << " of the "
      << page.documents_referenced
      << " documents the facts above cite, with every mention marked; hover a mark for its attributes. "
      << "<span class=\"legend\"><mark class=\"m l-money\">money</mark> <mark class=\"m l-gpu_counts\">GPU "
         "count</mark> <mark class=\"m l-entities\">entity</mark> <mark class=\"m l-claims\">claim</mark></span></p>";
  for (const DocumentView& d : page.documents) {
    out << "<article class=\"doc\" id=\"doc-" << Escape(d.id) << "\"" << LangAttr(d.lang) << "><h3 dir=\"auto\">"
        << Escape(d.title.empty() ? d.id : d.title) << "</h3><p class=\"src\"><b dir=\"auto\">" << Escape(d.outlet)
        << "</b> " << Escape(d.published) << " <span class=\"lang\">" << Escape(d.lang) << "</span> "
        << "<code>" << Escape(d.id) << "</code>";
    if (IsWebUrl(d.url)) out << " <a href=\"" << Escape(d.url) << "\">" << Escape(d.url) << "</a>";
    out << "</p><div class=\"text\" dir=\"auto\">" << MentionsHtml(d) << "</div></article>";
  }
  out << "</section>";
}

constexpr const char* kStyle = R"css(
body{font:15px/1.45 system-ui,"DejaVu Sans","WenQuanYi Micro Hei",sans-serif;margin:0 auto;max-width:1180px;padding:0 16px 40px;color:#1d232b;background:#fcfcfb}
h1{font-size:24px;margin:18px 0 2px}h2{font-size:19px;margin:28px 0 4px;border-bottom:1px solid #d7dbe0}h3{font-size:15px;margin:14px 0 4px}
.note,.meta{color:#59626d;margin:4px 0 8px}nav a{margin-right:14px}
.filters{margin:6px 0}.filters input,.filters select{margin-right:6px;padding:3px 5px;font:inherit}
table{border-collapse:collapse;width:100%}th{text-align:left;background:#eef1f4;cursor:pointer;padding:5px 6px;white-space:nowrap;user-select:none}
th.asc:after{content:" \25B2"}th.desc:after{content:" \25BC"}
td{padding:4px 6px;vertical-align:top;border-top:1px solid #e4e7eb}td.date,td.subject{white-space:nowrap}tr.members td{border-top:0;padding-top:0}
.num{text-align:right;white-space:nowrap}.sources{font-weight:600}small{font-weight:normal;color:#59626d}.value{white-space:nowrap}
.prec{color:#59626d;font-size:13px}summary{cursor:pointer;color:#2a5d9f;font-size:13px}
details ul{margin:4px 0 8px;padding-left:18px}details li{margin:5px 0}.src{font-size:13px;color:#3b434c}.lang{color:#8a929b}
.attr{font-style:italic}.copies{font-size:13px;color:#59626d}.copy{margin-left:6px}.more{color:#59626d}
q{quotes:none}mark.amount{background:#ffe08a}mark.subject{background:#bfe3ff}
.disputed{color:#b3261e;font-size:12px;font-weight:600}.doclink{font-size:12px}
.dispute{margin:10px 0 18px}.reason{color:#3b434c;font-size:13px;margin:2px 0}
svg.axis{max-width:100%;height:auto;font-size:12px}svg text{text-anchor:end;fill:#3b434c}svg text.tick{text-anchor:middle;fill:#59626d}
svg text.side{font-weight:600}svg line{stroke-width:2}svg line.band{stroke-width:8;stroke-opacity:.35}svg line.rule{stroke:#8a929b;stroke-width:1}
.c0{stroke:#1f77b4;fill:#1f77b4}.c1{stroke:#d62728;fill:#d62728}.c2{stroke:#2ca02c;fill:#2ca02c}.c3{stroke:#9467bd;fill:#9467bd}.c4{stroke:#ff7f0e;fill:#ff7f0e}.c5{stroke:#8c564b;fill:#8c564b}
svg text.c0,svg text.c1,svg text.c2,svg text.c3,svg text.c4,svg text.c5{stroke:none}
.doc{border-top:1px solid #e4e7eb;padding-top:4px}.doc .text{white-space:pre-wrap;line-height:2.1}
mark.m{border-radius:4px;padding:1px 3px;background:#e8e8e8}mark.m:after{content:attr(data-l);font-size:9px;font-weight:700;text-transform:uppercase;margin-left:3px;color:#555;vertical-align:1px}
mark.l-money{background:#ffe08a}mark.l-gpu_counts{background:#c9f2c9}mark.l-entities{background:#bfe3ff}mark.l-claims{background:#f6d2f0}
mark.l-numbers{background:none;padding:0;border-bottom:1px dotted #8a929b}mark.l-numbers:after{content:none}
.legend mark.m:after{content:none}
)css";

// Sorting (numbers as numbers) and filtering of the facts; touches only
// the page's own attributes, never article text as code.
constexpr const char* kScript = R"js(
(function(){
var table=document.getElementById('facts-table');if(!table)return;
var filters=document.querySelectorAll('[data-filter]');
function apply(){var f={},n=0;filters.forEach(function(i){f[i.dataset.filter]=i.value.toLowerCase();});
Array.prototype.forEach.call(table.tBodies,function(b){var d=b.dataset;
var ok=(!f.subject||d.subject.toLowerCase().indexOf(f.subject)>=0)&&(!f.predicate||d.predicate.toLowerCase().indexOf(f.predicate)>=0)&&
(!f.lang||d.lang.toLowerCase().indexOf('|'+f.lang+'|')>=0)&&(!f.outlet||d.outlet.toLowerCase().indexOf('|'+f.outlet+'|')>=0);
b.hidden=!ok;if(ok)n++;});document.getElementById('shown').textContent=n;}
filters.forEach(function(i){i.addEventListener('input',apply);});
table.querySelectorAll('th').forEach(function(th){th.addEventListener('click',function(){
var key=th.dataset.key,num=th.dataset.num,asc=!th.classList.contains('asc');
table.querySelectorAll('th').forEach(function(h){h.classList.remove('asc','desc');});th.classList.add(asc?'asc':'desc');
var rows=Array.prototype.slice.call(table.tBodies);
rows.sort(function(a,b){var x=a.dataset[key],y=b.dataset[key];var c=num?(+x)-(+y):x.localeCompare(y);return asc?c:-c;});
rows.forEach(function(r){table.appendChild(r);});});});
})();
)js";

}  // namespace

void WriteHtml(const Page& page, std::ostream& out) {
  std::set<std::string> shown_documents;
  for (const DocumentView& d : page.documents) shown_documents.insert(d.id);
  std::string jsonld = JsonLd(page).dump(-1, ' ', false, json::error_handler_t::replace);
  // A script element ends at the first "</"; "<!--" would change how it is
  // parsed. Both stay JSON escaped.
  for (std::size_t at = 0; (at = jsonld.find("</", at)) != std::string::npos; at += 3) jsonld.replace(at, 2, "<\\/");
  for (std::size_t at = 0; (at = jsonld.find("<!--", at)) != std::string::npos;) jsonld.replace(at, 1, "\\u003c");
  std::string filters;
  if (!page.options.subject.empty()) filters += " \xC2\xB7 subject " + page.options.subject;
  if (!page.options.since.empty()) filters += " \xC2\xB7 last seen since " + page.options.since;
  out << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
      << "<title>claimex report: " << Escape(page.store) << "</title><style>" << kStyle << "</style>"
      << "<script type=\"application/ld+json\">" << jsonld << "</script></head><body>"
      << "<h1>Who spent how much on what, according to whom</h1><p class=\"meta\">Claims store <code>"
      << Escape(page.store) << "</code>" << Escape(filters) << " \xC2\xB7 " << page.facts_total << " facts, "
      << page.disagreements_total << " disagreements</p>"
      << "<nav><a href=\"#facts\">Facts</a><a href=\"#disagreements\">Disagreements</a>"
      << "<a href=\"#documents\">Documents</a></nav>";
  WriteFacts(page, shown_documents, out);
  WriteDisagreements(page, out);
  WriteDocuments(page, out);
  out << "<script>" << kScript << "</script></body></html>\n";
}

}  // namespace claimex::report
