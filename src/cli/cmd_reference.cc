// Reference commands: `dyad country X`, `dyad group G [--on DATE]`, `dyad groups`,
// `dyad hs CODE|WORD`. They show the built-in knowledge of src/reference, extended by
// the user's groups.csv / product_groups.csv (given with --groups-file/--products-file,
// or found in the data directory).
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/files.h"
#include "base/strings.h"
#include "cli/commands.h"
#include "reference/countries.h"
#include "reference/groups.h"
#include "reference/hs.h"

namespace dyad::cli {
namespace {

using reference::Countries;
using reference::Country;
using reference::Group;
using reference::Groups;
using reference::Hs;
using reference::Membership;
using reference::MembershipKindName;
using reference::ProductGroup;

std::string Join(const std::vector<std::string>& items, std::string_view sep) {
  std::string out;
  for (const std::string& s : items) {
    if (!out.empty()) out += sep;
    out += s;
  }
  return out;
}

// "72-81;7106-7112" -> "72-81, 7106-7112".
std::string ListText(const std::string& list) {
  std::string out;
  for (char c : list) {
    if (c == ';') {
      out += ", ";
    } else {
      out.push_back(c);
    }
  }
  return out;
}

// The user's file given explicitly, else `<data dir>/<name>` when it exists, else none.
std::optional<std::string> UserFile(const Context& ctx, const std::string& explicit_path,
                                    const char* name) {
  if (!explicit_path.empty()) return explicit_path;
  Result<std::filesystem::path> dir = ctx.DataDir();
  if (!dir.ok()) return std::nullopt;
  std::filesystem::path path = *dir / name;
  std::error_code ec;
  if (std::filesystem::is_regular_file(path, ec)) return path.string();
  return std::nullopt;
}

// Built-in groups, plus the user's groups file if there is one. The merged table lives
// as long as the command (held in `storage`).
Result<const Groups*> LoadGroups(const Context& ctx, const std::string& groups_file,
                                 std::optional<Groups>* storage) {
  std::optional<std::string> path = UserFile(ctx, groups_file, "groups.csv");
  if (!path) return &Groups::Builtin();
  DYAD_ASSIGN_OR_RETURN(Groups merged, Groups::BuiltinWithUserFile(*path));
  storage->emplace(std::move(merged));
  return &**storage;
}

Result<Date> DateOption(const std::string& text) {
  if (text.empty()) return Today();
  Result<Date> d = ParseDate(text);
  if (!d.ok()) return UsageError("--on: " + d.status().message());
  return d;
}

nlohmann::json MembershipJson(const Membership& m) {
  nlohmann::json j = {{"country", m.country},
                      {"kind", std::string(MembershipKindName(m.kind))},
                      {"from", m.from.ToString()},
                      {"until", m.until ? nlohmann::json(m.until->ToString()) : nullptr}};
  if (!m.note.empty()) j["note"] = m.note;
  return j;
}

// --- dyad country -------------------------------------------------------------------

Status RunCountry(Context& ctx, const std::string& query, const std::string& on,
                  const std::string& groups_file) {
  DYAD_ASSIGN_OR_RETURN(const Country* c, Countries::Builtin().Find(query));
  DYAD_ASSIGN_OR_RETURN(Date date, DateOption(on));
  std::optional<Groups> storage;
  DYAD_ASSIGN_OR_RETURN(const Groups* groups, LoadGroups(ctx, groups_file, &storage));
  std::vector<std::string> trade_codes;
  for (int t : c->trade_codes) trade_codes.push_back(std::to_string(t));
  auto memberships = groups->MembershipsOf(c->code, date);

  if (ctx.options.format == Format::kJson) {
    nlohmann::json groups_json = nlohmann::json::array();
    for (auto [g, m] : memberships) {
      nlohmann::json j = MembershipJson(*m);
      j.erase("country");
      j["group"] = g->code;
      groups_json.push_back(std::move(j));
    }
    ctx.PrintJson({{"code", c->code},
                   {"alpha2", c->alpha2},
                   {"numeric", c->numeric},
                   {"name", c->name},
                   {"formal_name", c->formal_name},
                   {"aliases", c->aliases},
                   {"adjectives", c->adjectives},
                   {"trade_codes", c->trade_codes},
                   {"iso", c->iso},
                   {"groups_on", date.ToString()},
                   {"groups", std::move(groups_json)}});
    return Status::Ok();
  }
  Table t{{"field", "value"}, {}, {}};
  t.rows.push_back({"code", c->code});
  t.rows.push_back({"alpha-2", c->alpha2});
  t.rows.push_back({"numeric", c->numeric == 0 ? "" : std::to_string(c->numeric)});
  t.rows.push_back({"name", c->name});
  t.rows.push_back({"formal name", c->formal_name});
  t.rows.push_back({"aliases", Join(c->aliases, "; ")});
  t.rows.push_back({"adjectives", Join(c->adjectives, "; ")});
  t.rows.push_back({"trade codes", Join(trade_codes, "; ")});
  t.rows.push_back({"ISO 3166-1", c->iso ? "yes" : "no (trade-data entity)"});
  std::string label = "groups on " + date.ToString();
  if (memberships.empty()) t.rows.push_back({label, "(none)"});
  for (auto [g, m] : memberships) {
    t.rows.push_back({label, g->code + " " + std::string(MembershipKindName(m->kind)) +
                                 " since " + m->from.ToString()});
    label.clear();
  }
  ctx.PrintTable(t);
  return Status::Ok();
}

// --- dyad countries: every country and trade-data entity, for lists and suggestions --

Status RunCountries(Context& ctx) {
  const auto& all = Countries::Builtin().all();
  if (ctx.options.format == Format::kJson) {
    nlohmann::json list = nlohmann::json::array();
    for (const Country& c : all) {
      list.push_back({{"code", c.code}, {"alpha2", c.alpha2}, {"numeric", c.numeric}, {"name", c.name},
                      {"aliases", c.aliases}, {"iso", c.iso}});
    }
    ctx.PrintJson(list);
    return Status::Ok();
  }
  Table t{{"code", "alpha-2", "numeric", "name", "iso"}, {false, false, true, false, false}, {}};
  for (const Country& c : all) {
    t.rows.push_back({c.code, c.alpha2, c.numeric == 0 ? "" : std::to_string(c.numeric), c.name, c.iso ? "yes" : "no"});
  }
  ctx.PrintTable(t);
  return Status::Ok();
}

// --- dyad group / dyad groups -------------------------------------------------------

Status RunGroup(Context& ctx, const std::string& query, const std::string& on, bool history,
                const std::string& groups_file) {
  std::optional<Groups> storage;
  DYAD_ASSIGN_OR_RETURN(const Groups* groups, LoadGroups(ctx, groups_file, &storage));
  DYAD_ASSIGN_OR_RETURN(const Group* g, groups->Find(query));
  if (history && !on.empty()) return UsageError("--history and --on exclude each other");
  DYAD_ASSIGN_OR_RETURN(Date date, DateOption(on));
  std::vector<const Membership*> rows;
  if (history) {
    for (const Membership& m : g->memberships) rows.push_back(&m);
  } else {
    rows = groups->MembersOn(*g, date, /*include_associates=*/true, /*include_observers=*/true);
  }
  const Countries& countries = Countries::Builtin();
  if (ctx.options.format == Format::kJson) {
    nlohmann::json members = nlohmann::json::array();
    for (const Membership* m : rows) {
      nlohmann::json j = MembershipJson(*m);
      const Country* c = countries.FindByCode(m->country);
      j["name"] = c != nullptr ? c->name : m->country;
      members.push_back(std::move(j));
    }
    nlohmann::json out = {{"code", g->code},       {"name", g->name},
                          {"aliases", g->aliases}, {"user_defined", g->user_defined},
                          {"on", history ? nlohmann::json(nullptr) : nlohmann::json(date.ToString())},
                          {"memberships", std::move(members)}};
    ctx.PrintJson(out);
    return Status::Ok();
  }
  if (ctx.options.format == Format::kTable) {
    size_t members = 0;
    for (const Membership* m : rows) members += m->kind == reference::MembershipKind::kMember;
    ctx.out << g->code << ": " << g->name << (g->user_defined ? " (user-defined)" : "")
            << (history ? ", all memberships"
                        : ", on " + date.ToString() + ": " + std::to_string(members) +
                              " member" + (members == 1 ? "" : "s"))
            << "\n";
  }
  Table t{{"country", "name", "kind", "from", "until", "note"}, {}, {}};
  for (const Membership* m : rows) {
    const Country* c = countries.FindByCode(m->country);
    t.rows.push_back({m->country, c != nullptr ? c->name : "", std::string(MembershipKindName(m->kind)),
                      m->from.ToString(), m->until ? m->until->ToString() : "", m->note});
  }
  ctx.PrintTable(t);
  return Status::Ok();
}

Status RunGroups(Context& ctx, const std::string& on, const std::string& groups_file) {
  std::optional<Groups> storage;
  DYAD_ASSIGN_OR_RETURN(const Groups* groups, LoadGroups(ctx, groups_file, &storage));
  DYAD_ASSIGN_OR_RETURN(Date date, DateOption(on));
  Table t{{"code", "name", "members", "aliases"}, {false, false, true, false}, {}};
  for (const Group& g : groups->all()) {
    t.rows.push_back({g.code, g.name + (g.user_defined ? " (user-defined)" : ""),
                      std::to_string(groups->MembersOn(g, date).size()), Join(g.aliases, "; ")});
  }
  ctx.PrintTable(t);
  return Status::Ok();
}

// --- dyad hs ------------------------------------------------------------------------

Result<const Hs*> LoadHs(const Context& ctx, const std::string& products_file,
                         std::optional<Hs>* storage) {
  std::optional<std::string> path = UserFile(ctx, products_file, "product_groups.csv");
  if (!path) return &Hs::Builtin();
  DYAD_ASSIGN_OR_RETURN(std::string text, ReadFile(*path));
  storage->emplace(Hs::Builtin());
  DYAD_RETURN_IF_ERROR((*storage)->LoadUserGroups(text, *path));
  return &**storage;
}

bool AllDigits(std::string_view s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

// Product groups that hold any product under `code` (2, 4 or 6 digits).
std::vector<std::string> GroupsTouching(const Hs& hs, const std::string& code) {
  std::vector<std::string> out;
  for (const ProductGroup& g : hs.groups()) {
    bool touches = false;
    for (const std::string& p : g.prefixes) {
      // Overlap: one code is a prefix of the other.
      if (p.compare(0, std::min(p.size(), code.size()), code, 0, std::min(p.size(), code.size())) == 0) {
        touches = true;
        break;
      }
    }
    // A 6-digit product must really be in the group (exclusions apply).
    if (touches && code.size() == 6) touches = g.Contains(std::stoi(code));
    if (touches) out.push_back(g.name);
  }
  return out;
}

void PrintSections(Context& ctx, const Hs& hs) {
  Table t{{"section", "name", "chapters"}, {}, {}};
  for (const auto& s : hs.sections()) {
    char range[16];
    std::snprintf(range, sizeof range, "%02d-%02d", s.first_chapter, s.last_chapter);
    t.rows.push_back({s.roman, s.name, s.first_chapter == s.last_chapter ? std::string(range, 2) : range});
  }
  ctx.PrintTable(t);
}

Status RunHsCode(Context& ctx, const Hs& hs, const std::string& code) {
  if (code.size() != 2 && code.size() != 4 && code.size() != 6) {
    return InvalidInput("expected an HS chapter (2 digits), heading (4) or subheading (6), found " +
                        QuoteForMessage(code));
  }
  int chapter = std::stoi(code.substr(0, 2));
  const auto* c = hs.Chapter(chapter);
  if (c == nullptr) return NotFound("unknown HS chapter " + QuoteForMessage(code.substr(0, 2)));
  const auto* s = hs.Section(c->section);
  std::vector<std::string> groups = GroupsTouching(hs, code);
  const char* level = code.size() == 2 ? "chapter" : code.size() == 4 ? "heading" : "subheading";
  if (ctx.options.format == Format::kJson) {
    ctx.PrintJson({{"code", code},
                   {"level", level},
                   {"chapter", chapter},
                   {"chapter_name", c->name},
                   {"section", s->roman},
                   {"section_name", s->name},
                   {"product_groups", groups}});
    return Status::Ok();
  }
  Table t{{"field", "value"}, {}, {}};
  t.rows.push_back({"code", code + " (" + level + ")"});
  t.rows.push_back({"chapter", code.substr(0, 2) + " " + c->name});
  t.rows.push_back({"section", s->roman + " " + s->name});
  t.rows.push_back({"product groups", Join(groups, ", ")});
  ctx.PrintTable(t);
  return Status::Ok();
}

Status RunHsSection(Context& ctx, const Hs& hs, const reference::HsSection& s) {
  if (ctx.options.format == Format::kTable) {
    ctx.out << "Section " << s.roman << ": " << s.name << "\n";
  }
  Table t{{"chapter", "name"}, {}, {}};
  for (int n = s.first_chapter; n <= s.last_chapter; ++n) {
    if (const auto* c = hs.Chapter(n)) {
      char num[8];
      std::snprintf(num, sizeof num, "%02d", n);
      t.rows.push_back({num, c->name});
    }
  }
  ctx.PrintTable(t);
  return Status::Ok();
}

Status RunHsGroup(Context& ctx, const Hs& hs, const ProductGroup& g) {
  auto describe = [&](const std::string& code) {
    const auto* c = hs.Chapter(std::stoi(code.substr(0, 2)));
    return c == nullptr ? std::string() : c->name;
  };
  if (ctx.options.format == Format::kJson) {
    ctx.PrintJson({{"name", g.name},
                   {"aliases", g.aliases},
                   {"description", g.description},
                   {"codes", g.prefixes},
                   {"excluded", g.excluded},
                   {"user_defined", g.user_defined}});
    return Status::Ok();
  }
  if (ctx.options.format == Format::kTable) {
    ctx.out << g.name << (g.user_defined ? " (user-defined)" : "") << ": " << g.description << "\n";
    if (!g.aliases.empty()) ctx.out << "aliases: " << Join(g.aliases, ", ") << "\n";
    ctx.out << "codes: " << ListText(g.codes_text);
    if (!g.excluded_text.empty()) ctx.out << ", excluding " << ListText(g.excluded_text);
    ctx.out << "\n";
  }
  Table t{{"code", "included", "chapter"}, {}, {}};
  for (const std::string& p : g.prefixes) t.rows.push_back({p, "yes", p.substr(0, 2) + " " + describe(p)});
  for (const std::string& p : g.excluded) t.rows.push_back({p, "no", p.substr(0, 2) + " " + describe(p)});
  ctx.PrintTable(t);
  return Status::Ok();
}

Status RunHsGroupList(Context& ctx, const Hs& hs) {
  Table t{{"group", "codes", "excluded", "aliases"}, {}, {}};
  for (const ProductGroup& g : hs.groups()) {
    t.rows.push_back({g.name + (g.user_defined ? " (user-defined)" : ""), ListText(g.codes_text),
                      ListText(g.excluded_text), Join(g.aliases, "; ")});
  }
  ctx.PrintTable(t);
  return Status::Ok();
}

Status RunHs(Context& ctx, const std::string& query_in, bool list_groups,
             const std::string& products_file) {
  std::optional<Hs> storage;
  DYAD_ASSIGN_OR_RETURN(const Hs* hs, LoadHs(ctx, products_file, &storage));
  if (list_groups) return RunHsGroupList(ctx, *hs);
  std::string query(TrimAscii(query_in));
  if (query.empty()) {
    PrintSections(ctx, *hs);
    return Status::Ok();
  }
  std::string compact;  // "27.09" and "2709 00" mean 2709 and 270900
  for (char ch : query) {
    if (ch != '.' && ch != ' ') compact.push_back(ch);
  }
  if (AllDigits(compact)) {
    if (compact.size() == 1) compact.insert(0, "0");
    return RunHsCode(ctx, *hs, compact);
  }
  std::string upper = ToUpperAscii(query);
  if (upper.rfind("SECTION ", 0) == 0) upper = std::string(TrimAscii(upper.substr(8)));
  for (const auto& s : hs->sections()) {
    if (s.roman == upper) return RunHsSection(ctx, *hs, s);
  }
  DYAD_ASSIGN_OR_RETURN(const ProductGroup* g, hs->FindGroup(query));
  return RunHsGroup(ctx, *hs, *g);
}

}  // namespace

void RegisterReferenceCommands(CLI::App& app, Context& ctx) {
  {
    auto query = ctx.Bound<std::string>();
    auto on = ctx.Bound<std::string>();
    auto groups_file = ctx.Bound<std::string>();
    CLI::App* cmd = AddCommand(app, ctx, "country",
                               "Show a country: codes, names, aliases, trade codes, groups",
                               [&ctx, query, on, groups_file] {
                                 return RunCountry(ctx, *query, *on, *groups_file);
                               });
    cmd->add_option("query", *query, "Code (KAZ, KZ, 398), name, alias or adjective")->required();
    cmd->add_option("--on", *on, "Groups as of this date (default: today)")->option_text("DATE");
    cmd->add_option("--groups-file", *groups_file,
                    "Extra groups CSV (default: groups.csv in the data directory, if any)")
        ->option_text("FILE");
  }
  AddCommand(app, ctx, "countries", "List every country and trade-data entity: codes and names",
             [&ctx] { return RunCountries(ctx); });
  {
    auto query = ctx.Bound<std::string>();
    auto on = ctx.Bound<std::string>();
    auto groups_file = ctx.Bound<std::string>();
    auto history = ctx.Bound<bool>(false);
    CLI::App* cmd = AddCommand(app, ctx, "group",
                               "Members of a country group on a date (CIS, EAEU, SCO, EU, ...)",
                               [&ctx, query, on, history, groups_file] {
                                 return RunGroup(ctx, *query, *on, *history, *groups_file);
                               });
    cmd->add_option("group", *query, "Group code, name or alias")->required();
    cmd->add_option("--on", *on, "Date (YYYY, YYYY-MM or YYYY-MM-DD; default: today)")
        ->option_text("DATE");
    cmd->add_flag("--history", *history, "Every membership period, past and present");
    cmd->add_option("--groups-file", *groups_file,
                    "Extra groups CSV (default: groups.csv in the data directory, if any)")
        ->option_text("FILE");
  }
  {
    auto on = ctx.Bound<std::string>();
    auto groups_file = ctx.Bound<std::string>();
    CLI::App* cmd = AddCommand(app, ctx, "groups", "List the country groups dyad knows",
                               [&ctx, on, groups_file] { return RunGroups(ctx, *on, *groups_file); });
    cmd->add_option("--on", *on, "Count members on this date (default: today)")->option_text("DATE");
    cmd->add_option("--groups-file", *groups_file,
                    "Extra groups CSV (default: groups.csv in the data directory, if any)")
        ->option_text("FILE");
  }
  {
    auto query = ctx.Bound<std::string>();
    auto products_file = ctx.Bound<std::string>();
    auto list_groups = ctx.Bound<bool>(false);
    CLI::App* cmd = AddCommand(
        app, ctx, "hs", "HS chapters, sections and product groups: dyad hs 27 | 2709 | V | oil",
        [&ctx, query, list_groups, products_file] {
          return RunHs(ctx, *query, *list_groups, *products_file);
        });
    cmd->add_option("query", *query,
                    "HS code (2, 4 or 6 digits), section (V) or product group (oil, metals); "
                    "none lists the sections");
    cmd->add_flag("--groups", *list_groups, "List every product group with its codes");
    cmd->add_option("--products-file", *products_file,
                    "Extra product groups CSV (default: product_groups.csv in the data "
                    "directory, if any)")
        ->option_text("FILE");
  }
}

}  // namespace dyad::cli
