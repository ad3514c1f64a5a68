// `dyad targets list|add|remove`, `dyad areas list|add|vocabulary` and
// `dyad timeline A B` (agreements, targets, area announcements and the pair's yearly
// trade totals from the store, in date order).
#include <algorithm>

#include "analytics/series.h"
#include "base/strings.h"
#include "cli/knowledge.h"
#include "cli/registry_cli.h"
#include "reference/countries.h"
#include "registry/json_io.h"
#include "registry/vocabulary.h"

namespace dyad::cli {
namespace {

using registry::Agreement;
using registry::AreaAnnouncement;
using registry::Target;

std::string TargetText(const Target& t, Format format) {
  std::string metric = t.metric;
  std::replace(metric.begin(), metric.end(), '_', ' ');
  std::string value = format == Format::kCsv ? std::to_string(t.value) : WithThousands(t.value);
  std::string s = metric + " " + t.currency + " " + value;
  s += t.target_year ? " by " + std::to_string(*t.target_year) : " (no target year)";
  return s;
}

// Stores a target or an area announcement (or merges it into an equal one) and says so;
// the JSON holds the stored entry under `key`.
template <typename Entry, typename Filter>
Status StoreEntry(Context& ctx, const Entry& entry, const char* key, const char* noun,
                  Result<registry::UpsertResult> (registry::Registry::*upsert)(const Entry&),
                  Result<std::vector<Entry>> (registry::Registry::*list)(const Filter&) const,
                  nlohmann::json (*to_json)(const Entry&)) {
  DYAD_ASSIGN_OR_RETURN(auto reg, OpenRegistry(ctx));
  DYAD_ASSIGN_OR_RETURN(registry::UpsertResult r, ((*reg).*upsert)(entry));
  if (ctx.options.format == Format::kJson) {
    Filter f;
    f.states = {entry.state_a, entry.state_b};
    DYAD_ASSIGN_OR_RETURN(std::vector<Entry> stored, ((*reg).*list)(f));
    nlohmann::json j = {{"id", r.id}, {"created", r.created}, {key, nullptr}};
    for (const Entry& x : stored) {
      if (x.id == r.id) j[key] = to_json(x);
    }
    ctx.PrintJson(j);
  } else if (!ctx.options.quiet) {
    ctx.out << (r.created ? "added " : "merged into ") << noun << " " << r.id << "\n";
  }
  return Status::Ok();
}

Status AddTarget(Context& ctx, const Target& t) {
  return StoreEntry(ctx, t, "target", "target", &registry::Registry::UpsertTarget,
                    &registry::Registry::ListTargets, registry::TargetToJson);
}

Status AddAnnouncement(Context& ctx, const AreaAnnouncement& a) {
  return StoreEntry(ctx, a, "announcement", "area announcement", &registry::Registry::UpsertAreaAnnouncement,
                    &registry::Registry::ListAreaAnnouncements, registry::AnnouncementToJson);
}

std::string FirstSource(const std::vector<registry::Source>& sources) {
  return sources.empty() ? "" : SourceLabel(sources.front());
}

void RegisterTargets(CLI::App& app, Context& ctx) {
  CLI::App* group = app.add_subcommand("targets", "Declared targets of a pair (e.g. $2 billion of trade)");
  group->require_subcommand(1);
  group->fallthrough();

  struct ListArgs {
    std::vector<std::string> pair;
    std::string metric;
  };
  auto la = ctx.Bound<ListArgs>();
  CLI::App* list = AddCommand(*group, ctx, "list", "List targets", [&ctx, la] {
    registry::TargetFilter f;
    DYAD_ASSIGN_OR_RETURN(f.states, PairCodes(la->pair));
    f.metric = la->metric;
    DYAD_ASSIGN_OR_RETURN(auto reg, OpenRegistry(ctx));
    DYAD_ASSIGN_OR_RETURN(std::vector<Target> targets, reg->ListTargets(f));
    if (ctx.options.format == Format::kJson) {
      nlohmann::json arr = nlohmann::json::array();
      for (const Target& t : targets) arr.push_back(registry::TargetToJson(t));
      ctx.PrintJson(arr);
      return Status::Ok();
    }
    Table table{{"id", "pair", "metric", "value", "currency", "target year", "stated on", "stated by", "source"},
                {true, false, false, true, false, false, false, false, false}, {}};
    for (const Target& t : targets) {
      table.rows.push_back({std::to_string(t.id), t.state_a + "-" + t.state_b, t.metric,
                            UsdCell(t.value, ctx.options.format), t.currency,
                            t.target_year ? std::to_string(*t.target_year) : "", DateText(t.stated_on),
                            t.stated_by, FirstSource(t.sources)});
    }
    ctx.PrintTable(table);
    return Status::Ok();
  });
  list->add_option("--pair", la->pair, "Targets of these two countries")->expected(2);
  list->add_option("--metric", la->metric, "total_trade, exports, imports, investment");

  struct AddArgs {
    std::vector<std::string> pair;
    std::string metric = "total_trade", value, currency = "USD", stated_on, stated_by, notes, json;
    int year = 0;
    SourceOptions source;
  };
  auto aa = ctx.Bound<AddArgs>();
  CLI::App* add = AddCommand(*group, ctx, "add", "Add a target (or merge into the same one)", [&ctx, aa]() -> Status {
    if (!aa->json.empty()) {
      DYAD_ASSIGN_OR_RETURN(Target t, registry::ParseTargetJson(aa->json, "--json"));
      return AddTarget(ctx, t);
    }
    if (aa->pair.size() != 2 || aa->value.empty()) return UsageError("targets add: --pair A B and --value (or --json)");
    Target t;
    t.state_a = aa->pair[0];
    t.state_b = aa->pair[1];
    t.metric = aa->metric;
    DYAD_ASSIGN_OR_RETURN(t.value, ParseAmount(aa->value));
    t.currency = aa->currency;
    if (aa->year != 0) t.target_year = aa->year;
    DYAD_ASSIGN_OR_RETURN(t.stated_on, OptionalDate("stated_on", aa->stated_on));
    t.stated_by = aa->stated_by;
    t.notes = aa->notes;
    DYAD_ASSIGN_OR_RETURN(t.sources, aa->source.Build());
    return AddTarget(ctx, t);
  });
  add->add_option("--pair", aa->pair, "The two countries")->expected(2);
  add->add_option("--metric", aa->metric, "total_trade (default), exports, imports, investment");
  add->add_option("--value", aa->value, "Amount: 2000000000, \"2 billion\"");
  add->add_option("--json", aa->json, "The target as a JSON object (docs/registry.md), instead of the options");
  add->add_option("--currency", aa->currency, "Currency code (default USD)");
  add->add_option("--year", aa->year, "Year by which the target is to be met");
  add->add_option("--stated-on", aa->stated_on, "When the target was stated");
  add->add_option("--stated-by", aa->stated_by, "Who stated it");
  add->add_option("--notes", aa->notes, "Free notes");
  aa->source.Add(add);

  auto rm = ctx.Bound<int64_t>(0);
  CLI::App* remove = AddCommand(*group, ctx, "remove", "Remove a target", [&ctx, rm] {
    DYAD_ASSIGN_OR_RETURN(auto reg, OpenRegistry(ctx));
    DYAD_RETURN_IF_ERROR(reg->RemoveTarget(*rm));
    if (!ctx.options.quiet) ctx.out << "removed target " << *rm << "\n";
    return Status::Ok();
  });
  remove->add_option("id", *rm, "Target id")->required();
}

void RegisterAreas(CLI::App& app, Context& ctx) {
  CLI::App* group = app.add_subcommand("areas", "Areas of cooperation announced for a pair");
  group->require_subcommand(1);
  group->fallthrough();

  struct ListArgs {
    std::vector<std::string> pair;
    std::string area;
  };
  auto la = ctx.Bound<ListArgs>();
  CLI::App* list = AddCommand(*group, ctx, "list", "List area announcements", [&ctx, la] {
    registry::AreaFilter f;
    DYAD_ASSIGN_OR_RETURN(f.states, PairCodes(la->pair));
    f.area = la->area;
    DYAD_ASSIGN_OR_RETURN(auto reg, OpenRegistry(ctx));
    DYAD_ASSIGN_OR_RETURN(std::vector<AreaAnnouncement> list, reg->ListAreaAnnouncements(f));
    if (ctx.options.format == Format::kJson) {
      nlohmann::json arr = nlohmann::json::array();
      for (const AreaAnnouncement& a : list) arr.push_back(registry::AnnouncementToJson(a));
      ctx.PrintJson(arr);
      return Status::Ok();
    }
    Table table{{"id", "date", "pair", "areas", "source"}, {true, false, false, false, false}, {}};
    for (const AreaAnnouncement& a : list) {
      table.rows.push_back({std::to_string(a.id), a.date.ToString(), a.state_a + "-" + a.state_b,
                            Join(a.areas, ", "), FirstSource(a.sources)});
    }
    ctx.PrintTable(table);
    return Status::Ok();
  });
  list->add_option("--pair", la->pair, "Announcements of these two countries")->expected(2);
  list->add_option("--area", la->area, "Only announcements naming this area");

  struct AddArgs {
    std::vector<std::string> pair, areas;
    std::string date, notes, json;
    SourceOptions source;
  };
  auto aa = ctx.Bound<AddArgs>();
  CLI::App* add = AddCommand(*group, ctx, "add", "Add areas announced for a pair on a date", [&ctx, aa]() -> Status {
    if (!aa->json.empty()) {
      DYAD_ASSIGN_OR_RETURN(AreaAnnouncement a, registry::ParseAnnouncementJson(aa->json, "--json"));
      return AddAnnouncement(ctx, a);
    }
    if (aa->pair.size() != 2 || aa->date.empty() || aa->areas.empty()) {
      return UsageError("areas add: --pair A B, --date and --area (or --json)");
    }
    AreaAnnouncement a;
    a.state_a = aa->pair[0];
    a.state_b = aa->pair[1];
    DYAD_ASSIGN_OR_RETURN(std::optional<Date> date, OptionalDate("date", aa->date));
    if (!date) return InvalidInput("date: must not be empty");
    a.date = *date;
    a.areas = aa->areas;
    a.notes = aa->notes;
    DYAD_ASSIGN_OR_RETURN(a.sources, aa->source.Build());
    return AddAnnouncement(ctx, a);
  });
  add->add_option("--pair", aa->pair, "The two countries")->expected(2);
  add->add_option("--date", aa->date, "Date of the announcement");
  add->add_option("--area", aa->areas, "An area (repeat): agriculture, \"space technologies\"");
  add->add_option("--json", aa->json, "The announcement as a JSON object (docs/registry.md), instead of the options");
  add->add_option("--notes", aa->notes, "Free notes");
  aa->source.Add(add);

  auto new_area = ctx.Bound<std::string>();
  CLI::App* vocab = AddCommand(*group, ctx, "vocabulary", "List (or --add to) the vocabulary of areas",
                               [&ctx, new_area] {
    DYAD_ASSIGN_OR_RETURN(auto reg, OpenRegistry(ctx));
    if (!new_area->empty()) DYAD_RETURN_IF_ERROR(reg->AddArea(*new_area));
    DYAD_ASSIGN_OR_RETURN(std::vector<std::string> names, reg->Areas());
    const auto& builtin = registry::BuiltinAreas();
    Table t{{"area", "origin"}, {false, false}, {}};
    for (const auto& n : names) {
      bool b = std::find(builtin.begin(), builtin.end(), n) != builtin.end();
      t.rows.push_back({n, b ? "built-in" : "user"});
    }
    ctx.PrintTable(t);
    return Status::Ok();
  });
  vocab->add_option("--add", *new_area, "Add an area (lowercase letters, digits, _)");
}

struct TimelineRow {
  Date date;
  int order;  // within one date: trade, agreements, targets, areas
  std::string event, detail, source;
};

void RegisterTimeline(CLI::App& app, Context& ctx) {
  struct Args {
    std::string a, b;
    bool no_trade = false;
  };
  auto args = ctx.Bound<Args>();
  CLI::App* sub = AddCommand(app, ctx, "timeline", "Agreements, targets, areas and trade of a pair in date order",
                             [&ctx, args] {
    DYAD_ASSIGN_OR_RETURN(std::vector<std::string> pair, PairCodes({args->a, args->b}));
    DYAD_ASSIGN_OR_RETURN(auto reg, OpenRegistry(ctx));
    std::vector<TimelineRow> rows;
    DYAD_ASSIGN_OR_RETURN(std::vector<Agreement> agreements, reg->ListAgreements({.states = pair}));
    for (const Agreement& a : agreements) {
      std::string detail = a.title + (a.place.empty() ? "" : " (" + a.place + ")");
      if (a.signed_on) rows.push_back({*a.signed_on, 1, a.kind + " signed", detail, FirstSource(a.sources)});
      if (a.valid_to) rows.push_back({*a.valid_to, 1, a.kind + " validity ends", a.title, FirstSource(a.sources)});
    }
    DYAD_ASSIGN_OR_RETURN(std::vector<Target> targets, reg->ListTargets({.states = pair}));
    for (const Target& t : targets) {
      if (!t.stated_on) continue;
      std::string detail = TargetText(t, ctx.options.format) + (t.stated_by.empty() ? "" : "; stated by " + t.stated_by);
      rows.push_back({*t.stated_on, 2, "target stated", detail, FirstSource(t.sources)});
    }
    DYAD_ASSIGN_OR_RETURN(std::vector<AreaAnnouncement> areas, reg->ListAreaAnnouncements({.states = pair}));
    for (const AreaAnnouncement& a : areas) {
      rows.push_back({a.date, 3, "areas announced", Join(a.areas, ", "), FirstSource(a.sources)});
    }
    if (!args->no_trade) {
      DYAD_ASSIGN_OR_RETURN(auto store, OpenStore(ctx));
      DYAD_ASSIGN_OR_RETURN(auto snapshot, store->OpenSnapshot());
      const auto& countries = reference::Countries::Builtin();
      const reference::Country* ca = countries.FindByCode(pair[0]);
      const reference::Country* cb = countries.FindByCode(pair[1]);
      if (ca && cb) {
        analytics::PairSeries series = analytics::BuildPairSeries(*snapshot, ca->index, cb->index);
        for (const analytics::SeriesYear& y : series.years) {
          const analytics::Figure& f = y.preferred;
          if (!f.total_usd) continue;
          std::string detail = "total USD " + UsdCell(f.total_usd, ctx.options.format);
          if (f.exports_usd) detail += "; " + pair[0] + " exports " + UsdCell(f.exports_usd, ctx.options.format);
          if (f.imports_usd) detail += "; " + pair[0] + " imports " + UsdCell(f.imports_usd, ctx.options.format);
          std::string event = f.full_year() ? "trade" : "trade (months " + f.months() + ")";
          rows.push_back({Date::Y(f.year), 0, event, detail, f.Label()});
        }
      }
    }
    std::stable_sort(rows.begin(), rows.end(), [](const TimelineRow& x, const TimelineRow& y) {
      auto c = CompareDates(x.date, y.date);
      if (c != 0) return c < 0;
      return x.order < y.order;
    });
    Table table{{"date", "event", "detail", "source"}, {false, false, false, false}, {}};
    for (const TimelineRow& r : rows) table.rows.push_back({r.date.ToString(), r.event, r.detail, r.source});
    ctx.PrintTable(table);
    return Status::Ok();
  });
  sub->add_option("a", args->a, "First country")->required();
  sub->add_option("b", args->b, "Second country")->required();
  sub->add_flag("--no-trade", args->no_trade, "Leave out the yearly trade totals");
}

}  // namespace

void RegisterRegistryTargetsAndAreas(CLI::App& app, Context& ctx) {
  RegisterTargets(app, ctx);
  RegisterAreas(app, ctx);
  RegisterTimeline(app, ctx);
}

}  // namespace dyad::cli
