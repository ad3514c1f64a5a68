// The registry commands: `dyad agreements list|show|add|edit|remove|import|export|kinds`,
// `dyad targets list|add|remove`, `dyad areas list|add|vocabulary` and `dyad timeline A B`.
// Each handler opens DATA/registry.db (seeded on first use), calls src/registry and
// renders in the chosen --format.
#include <algorithm>
#include <fstream>
#include <map>

#include "base/files.h"
#include "base/strings.h"
#include "cli/commands.h"
#include "registry/csv_io.h"
#include "registry/json_io.h"
#include "registry/registry.h"
#include "registry/vocabulary.h"
#include "cli/registry_cli.h"

namespace dyad::cli {
namespace {

using registry::Agreement;
using registry::AreaAnnouncement;
using registry::Party;
using registry::Registry;
using registry::Source;
using registry::Target;

struct AgreementOptions {
  std::string title, kind, level, signed_on, place, valid_from, valid_to, status, relationship, notes, json;
  std::vector<std::string> parties, sub_parties, signatories, areas;
  SourceOptions source;
  std::map<std::string, CLI::Option*> opts;

  void Add(CLI::App* sub, bool with_json) {
    opts["title"] = sub->add_option("--title", title, "Title as signed");
    opts["kind"] = sub->add_option("--kind", kind, "treaty, agreement, memorandum, programme, ...");
    opts["level"] = sub->add_option("--level", level, "heads_of_state, government, ministry, ...");
    opts["party"] = sub->add_option("--party", parties, "A state party (repeat): KAZ, Tajikistan");
    opts["sub-party"] = sub->add_option("--sub-party", sub_parties,
                                        "A named sub-state party NAME:STATE[:KIND] (repeat): Turkistan:KAZ:city");
    opts["signed"] = sub->add_option("--signed", signed_on, "Date signed: 2024-08-22, 2024-08 or 2024");
    opts["place"] = sub->add_option("--place", place, "Place of signing");
    opts["signatory"] = sub->add_option("--signatory", signatories, "Who signed (repeat)");
    opts["valid-from"] = sub->add_option("--valid-from", valid_from, "Start of validity");
    opts["valid-to"] = sub->add_option("--valid-to", valid_to, "End of validity");
    opts["status"] = sub->add_option("--status", status, "signed, in_force, expired, terminated, planned");
    opts["area"] = sub->add_option("--area", areas, "Cooperation area (repeat)");
    opts["relationship-level"] = sub->add_option("--relationship-level", relationship,
                                                 "Relationship level it establishes: \"allied relations\"");
    opts["notes"] = sub->add_option("--notes", notes, "Free notes");
    source.Add(sub);
    if (with_json) {
      sub->add_option("--json", json, "The agreement as a JSON object (docs/registry.md); @FILE reads a file");
    }
  }
  bool Given(const std::string& name) const {
    auto it = opts.find(name);
    return it != opts.end() && it->second->count() > 0;
  }
  bool AnyGiven() const {
    for (const auto& [name, opt] : opts) {
      if (opt->count() > 0) return true;
    }
    const SourceOptions& o = source;
    return !(o.title + o.url + o.file + o.published + o.quote).empty();
  }

  // Applies the options that were given on the command line to `a`.
  Status Apply(Agreement* a) const {
    if (Given("title")) a->title = title;
    if (Given("kind")) a->kind = kind;
    if (Given("level")) a->level = level;
    if (Given("party") || Given("sub-party")) {
      a->parties.clear();
      for (const std::string& state : parties) {
        Party p;
        p.state = state;
        a->parties.push_back(std::move(p));
      }
      for (const std::string& text : sub_parties) {
        Result<Party> p = registry::PartyFromText(text);
        if (!p.ok() || p->name.empty()) {
          return InvalidInput("sub-party: expected NAME:STATE[:KIND], got " + QuoteForMessage(text));
        }
        a->parties.push_back(std::move(p).value());
      }
    }
    if (Given("signed")) {
      DYAD_ASSIGN_OR_RETURN(a->signed_on, OptionalDate("signed", signed_on));
    }
    if (Given("place")) a->place = place;
    if (Given("signatory")) a->signatories = signatories;
    if (Given("valid-from")) {
      DYAD_ASSIGN_OR_RETURN(a->valid_from, OptionalDate("valid_from", valid_from));
    }
    if (Given("valid-to")) {
      DYAD_ASSIGN_OR_RETURN(a->valid_to, OptionalDate("valid_to", valid_to));
    }
    if (Given("status")) a->status = status;
    if (Given("area")) a->areas = areas;
    if (Given("relationship-level")) a->relationship_level = relationship;
    if (Given("notes")) a->notes = notes;
    DYAD_ASSIGN_OR_RETURN(std::vector<Source> sources, source.Build());
    for (const Source& s : sources) {
      if (std::find(a->sources.begin(), a->sources.end(), s) == a->sources.end()) a->sources.push_back(s);
    }
    return Status::Ok();
  }
};

struct ListFilters {
  std::vector<std::string> pair;
  std::string party, kind, area, metric, active_on, signed_from, signed_to;
};

Table AgreementTable(const std::vector<Agreement>& list) {
  Table t{{"id", "signed", "kind", "level", "title", "parties", "areas"},
          {true, false, false, false, false, false, false}, {}};
  for (const Agreement& a : list) {
    std::vector<std::string> parties;
    for (const Party& p : a.parties) parties.push_back(p.name.empty() ? p.state : p.name + " (" + p.state + ")");
    t.rows.push_back({std::to_string(a.id), DateText(a.signed_on), a.kind, a.level, a.title,
                      Join(parties, "; "), Join(a.areas, ", ")});
  }
  return t;
}

Status PrintAgreement(const Context& ctx, const Agreement& a) {
  if (ctx.options.format == Format::kJson) {
    ctx.PrintJson(registry::AgreementToJson(a));
    return Status::Ok();
  }
  Table t{{"field", "value"}, {false, false}, {}};
  auto row = [&](const std::string& k, const std::string& v) {
    if (!v.empty()) t.rows.push_back({k, v});
  };
  row("id", std::to_string(a.id));
  row("title", a.title);
  row("kind", a.kind);
  row("level", a.level);
  std::vector<std::string> parties;
  for (const Party& p : a.parties) parties.push_back(PartyLabel(p));
  row("parties", Join(parties, "; "));
  row("signed", DateText(a.signed_on));
  row("place", a.place);
  row("signatories", Join(a.signatories, "; "));
  row("valid from", DateText(a.valid_from));
  row("valid to", DateText(a.valid_to));
  row("status", a.status);
  row("areas", Join(a.areas, ", "));
  row("relationship level", a.relationship_level);
  row("notes", a.notes);
  for (size_t i = 0; i < a.sources.size(); ++i) {
    row("source " + std::to_string(i + 1), SourceLabel(a.sources[i]));
    row("quote " + std::to_string(i + 1), a.sources[i].quote);
  }
  ctx.PrintTable(t);
  return Status::Ok();
}

Result<std::string> ReadInput(const std::string& path) {
  return ReadFile(path);  // its errors name the file
}

void RegisterAgreements(CLI::App& app, Context& ctx) {
  CLI::App* group = app.add_subcommand("agreements", "Agreements between countries (the registry)");
  group->require_subcommand(1);
  group->fallthrough();

  auto filters = ctx.Bound<ListFilters>();
  CLI::App* list = AddCommand(*group, ctx, "list", "List agreements", [&ctx, filters] {
    registry::AgreementFilter f;
    DYAD_ASSIGN_OR_RETURN(f.states, PairCodes(filters->pair));
    if (!filters->party.empty()) {
      DYAD_ASSIGN_OR_RETURN(std::string code, registry::ResolveState("party", filters->party));
      f.states.push_back(code);
    }
    f.kind = filters->kind;
    f.area = filters->area;
    DYAD_ASSIGN_OR_RETURN(f.active_on, OptionalDate("active-on", filters->active_on));
    DYAD_ASSIGN_OR_RETURN(f.signed_from, OptionalDate("signed-from", filters->signed_from));
    DYAD_ASSIGN_OR_RETURN(f.signed_to, OptionalDate("signed-to", filters->signed_to));
    DYAD_ASSIGN_OR_RETURN(auto reg, OpenRegistry(ctx));
    DYAD_ASSIGN_OR_RETURN(std::vector<Agreement> agreements, reg->ListAgreements(f));
    if (ctx.options.format == Format::kJson) {
      nlohmann::json arr = nlohmann::json::array();
      for (const Agreement& a : agreements) arr.push_back(registry::AgreementToJson(a));
      ctx.PrintJson(arr);
    } else {
      ctx.PrintTable(AgreementTable(agreements));
    }
    return Status::Ok();
  });
  list->add_option("--pair", filters->pair, "Agreements between these two countries")->expected(2);
  list->add_option("--party", filters->party, "Agreements with this country as a party");
  list->add_option("--kind", filters->kind, "treaty, agreement, memorandum, ...");
  list->add_option("--area", filters->area, "Cooperation area");
  list->add_option("--active-on", filters->active_on, "In force on this date");
  list->add_option("--signed-from", filters->signed_from, "Signed on or after");
  list->add_option("--signed-to", filters->signed_to, "Signed on or before");

  auto id = ctx.Bound<int64_t>(0);
  CLI::App* show = AddCommand(*group, ctx, "show", "Show one agreement with its sources", [&ctx, id] {
    DYAD_ASSIGN_OR_RETURN(auto reg, OpenRegistry(ctx));
    DYAD_ASSIGN_OR_RETURN(Agreement a, reg->GetAgreement(*id));
    return PrintAgreement(ctx, a);
  });
  show->add_option("id", *id, "Agreement id")->required();

  auto add_opts = ctx.Bound<AgreementOptions>();
  CLI::App* add = AddCommand(*group, ctx, "add", "Add an agreement (or merge into the same one)", [&ctx, add_opts] {
    Agreement a;
    if (!add_opts->json.empty()) {
      std::string text = add_opts->json, where = "--json";
      if (text[0] == '@') {
        where = text.substr(1);
        DYAD_ASSIGN_OR_RETURN(text, ReadInput(where));
      }
      DYAD_ASSIGN_OR_RETURN(a, registry::ParseAgreementJson(text, where));
    }
    DYAD_RETURN_IF_ERROR(add_opts->Apply(&a));
    DYAD_ASSIGN_OR_RETURN(auto reg, OpenRegistry(ctx));
    DYAD_ASSIGN_OR_RETURN(registry::UpsertResult r, reg->UpsertAgreement(a));
    DYAD_ASSIGN_OR_RETURN(Agreement stored, reg->GetAgreement(r.id));
    if (ctx.options.format == Format::kJson) {
      ctx.PrintJson({{"id", r.id}, {"created", r.created}, {"agreement", registry::AgreementToJson(stored)}});
    } else if (!ctx.options.quiet) {
      ctx.out << (r.created ? "added agreement " : "merged into agreement ") << r.id << ": " << stored.title
              << (r.created ? "" : " (same parties, kind, signing date and title)") << "\n";
    }
    return Status::Ok();
  });
  add_opts->Add(add, true);

  auto edit_id = ctx.Bound<int64_t>(0);
  auto edit_opts = ctx.Bound<AgreementOptions>();
  CLI::App* edit = AddCommand(*group, ctx, "edit", "Change fields of an agreement", [&ctx, edit_id, edit_opts] {
    if (!edit_opts->AnyGiven()) return UsageError("edit: nothing to change; pass options such as --title");
    DYAD_ASSIGN_OR_RETURN(auto reg, OpenRegistry(ctx));
    DYAD_ASSIGN_OR_RETURN(Agreement a, reg->GetAgreement(*edit_id));
    DYAD_RETURN_IF_ERROR(edit_opts->Apply(&a));
    DYAD_RETURN_IF_ERROR(reg->ReplaceAgreement(*edit_id, a));
    DYAD_ASSIGN_OR_RETURN(Agreement stored, reg->GetAgreement(*edit_id));
    if (ctx.options.format == Format::kJson) return PrintAgreement(ctx, stored);
    if (!ctx.options.quiet) ctx.out << "updated agreement " << *edit_id << ": " << stored.title << "\n";
    return Status::Ok();
  });
  edit->add_option("id", *edit_id, "Agreement id")->required();
  edit_opts->Add(edit, false);

  auto rm_id = ctx.Bound<int64_t>(0);
  CLI::App* remove = AddCommand(*group, ctx, "remove", "Remove an agreement", [&ctx, rm_id] {
    DYAD_ASSIGN_OR_RETURN(auto reg, OpenRegistry(ctx));
    DYAD_ASSIGN_OR_RETURN(Agreement a, reg->GetAgreement(*rm_id));
    DYAD_RETURN_IF_ERROR(reg->RemoveAgreement(*rm_id));
    if (!ctx.options.quiet) ctx.out << "removed agreement " << *rm_id << ": " << a.title << "\n";
    return Status::Ok();
  });
  remove->add_option("id", *rm_id, "Agreement id")->required();

  auto import_path = ctx.Bound<std::string>();
  CLI::App* import = AddCommand(*group, ctx, "import", "Import agreements, targets and areas (JSON or CSV)",
                                [&ctx, import_path] {
    const std::string& path = *import_path;
    DYAD_ASSIGN_OR_RETURN(std::string text, ReadInput(path));
    bool csv = path.size() >= 4 && ToLowerAscii(path.substr(path.size() - 4)) == ".csv";
    Result<registry::RegistryData> data =
        csv ? registry::ParseAgreementsCsv(text, path) : registry::ParseRegistryJson(text, path);
    if (!data.ok()) return data.status();
    DYAD_ASSIGN_OR_RETURN(auto reg, OpenRegistry(ctx));
    Result<registry::ImportSummary> r = reg->Import(*data);
    if (!r.ok()) {
      // Registry messages name the entry ("agreements[2].title: ..." or "f.csv:3: ...").
      Status st = r.status();
      bool located = st.message().rfind(path + ":", 0) == 0;
      return located ? st : Status(st.code(), path + ": " + st.message());
    }
    if (ctx.options.format == Format::kJson) {
      ctx.PrintJson({{"file", path},
                     {"agreements_added", r->agreements_created}, {"agreements_merged", r->agreements_merged},
                     {"targets_added", r->targets_created}, {"targets_merged", r->targets_merged},
                     {"area_announcements_added", r->announcements_created},
                     {"area_announcements_merged", r->announcements_merged}});
    } else if (!ctx.options.quiet) {
      ctx.out << "imported " << path << ": agreements " << r->agreements_created << " added, "
              << r->agreements_merged << " merged; targets " << r->targets_created << " added, "
              << r->targets_merged << " merged; area announcements " << r->announcements_created
              << " added, " << r->announcements_merged << " merged\n";
    }
    return Status::Ok();
  });
  import->add_option("file", *import_path, "FILE.json or FILE.csv")->required();

  auto output = ctx.Bound<std::string>();
  CLI::App* exp = AddCommand(*group, ctx, "export", "Export the registry (--format json|csv)", [&ctx, output] {
    DYAD_ASSIGN_OR_RETURN(auto reg, OpenRegistry(ctx));
    DYAD_ASSIGN_OR_RETURN(registry::RegistryData data, reg->Export());
    std::string text;
    switch (ctx.options.format) {
      case Format::kCsv: text = registry::AgreementsToCsv(data.agreements); break;
      case Format::kTable:
      case Format::kJson: text = RenderJson(registry::RegistryToJson(data)); break;
      case Format::kMarkdown:
      case Format::kHtml: return UsageError("export: --format must be json or csv");
    }
    if (output->empty()) {
      ctx.out << text;
      return Status::Ok();
    }
    DYAD_RETURN_IF_ERROR(WriteFileAtomic(*output, text));
    if (!ctx.options.quiet) {
      ctx.err << "exported " << data.agreements.size() << " agreements, " << data.targets.size()
              << " targets, " << data.area_announcements.size() << " area announcements to " << *output << "\n";
    }
    return Status::Ok();
  });
  exp->add_option("-o,--output", *output, "Write to FILE instead of standard output");

  auto new_kind = ctx.Bound<std::string>();
  CLI::App* kinds = AddCommand(*group, ctx, "kinds", "List (or --add to) the vocabulary of agreement kinds",
                               [&ctx, new_kind] {
    DYAD_ASSIGN_OR_RETURN(auto reg, OpenRegistry(ctx));
    if (!new_kind->empty()) DYAD_RETURN_IF_ERROR(reg->AddKind(*new_kind));
    DYAD_ASSIGN_OR_RETURN(std::vector<std::string> names, reg->Kinds());
    const auto& builtin = registry::BuiltinKinds();
    Table t{{"kind", "origin"}, {false, false}, {}};
    for (const auto& n : names) {
      bool b = std::find(builtin.begin(), builtin.end(), n) != builtin.end();
      t.rows.push_back({n, b ? "built-in" : "user"});
    }
    ctx.PrintTable(t);
    return Status::Ok();
  });
  kinds->add_option("--add", *new_kind, "Add a kind (lowercase letters, digits, _)");
}

}  // namespace

void RegisterRegistryCommands(CLI::App& app, Context& ctx) {
  RegisterAgreements(app, ctx);
  RegisterRegistryTargetsAndAreas(app, ctx);
}

}  // namespace dyad::cli
