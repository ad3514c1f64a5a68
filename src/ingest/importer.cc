#include "ingest/importer.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "base/files.h"
#include "base/strings.h"
#include "ingest/baci.h"
#include "ingest/comtrade.h"
#include "ingest/product_codes.h"
#include "ingest/totals.h"
#include "ingest/zip_source.h"

namespace dyad::ingest {
namespace {

namespace fs = std::filesystem;
using DupMap = std::unordered_map<uint64_t, uint64_t>;

struct Input {
  fs::path path;
  std::string name;
  store::SourceFile file;
  bool zip = false;
  BaciName baci;
};

Result<store::SourceFile> DescribeFile(const fs::path& path) {
  DYAD_ASSIGN_OR_RETURN(auto src, OpenFileSource(path));
  Checksummer sum;
  std::string buf(1 << 20, '\0');
  uint64_t bytes = 0;
  for (;;) {
    DYAD_ASSIGN_OR_RETURN(size_t n, src->Read(buf.data(), buf.size()));
    if (n == 0) break;
    sum.Update(std::string_view(buf.data(), n));
    bytes += n;
  }
  return store::SourceFile{path.filename().string(), ChecksumHex(sum.Digest()), bytes};
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && EqualsIgnoreCaseAscii(s.substr(s.size() - suffix.size()), suffix);
}

// A sink that keeps what it is given, for formats parsed before the import starts.
class BufferSink final : public store::FlowSink {
 public:
  Status AddProductFlows(std::span<const store::ProductFlow> f) override {
    products.insert(products.end(), f.begin(), f.end());
    return Status::Ok();
  }
  Status AddAggregateFlows(std::span<const store::AggregateFlow> f) override {
    aggregates.insert(aggregates.end(), f.begin(), f.end());
    return Status::Ok();
  }
  Status AddProductDescription(uint32_t, std::string) override { return Status::Ok(); }
  std::vector<store::ProductFlow> products;
  std::vector<store::AggregateFlow> aggregates;
};

class NullSink final : public store::FlowSink {
 public:
  Status AddProductFlows(std::span<const store::ProductFlow>) override { return Status::Ok(); }
  Status AddAggregateFlows(std::span<const store::AggregateFlow>) override { return Status::Ok(); }
  Status AddProductDescription(uint32_t, std::string) override { return Status::Ok(); }
};

// Reads the first line of a file: enough to tell a synthetic file from a real one.
Result<bool> IsSyntheticCsv(const fs::path& path) {
  DYAD_ASSIGN_OR_RETURN(auto src, OpenFileSource(path));
  char buf[64];
  DYAD_ASSIGN_OR_RETURN(size_t n, src->Read(buf, sizeof buf));
  std::string_view head(buf, n);
  if (head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
  return head.substr(0, kSynthHeader.size()) == kSynthHeader;
}

// One BACI CSV stream: parse, then settle duplicates if its rows were not sorted.
class BaciRunner {
 public:
  BaciRunner(const ImportRequest& req, const Codes& codes, RejectLog& rejects, ProgressState* progress,
             std::map<std::string, DupMap>* dups, bool* restart, ImportSummary* summary)
      : req_(req), codes_(codes), rejects_(rejects), progress_(progress), dups_(dups),
        restart_(restart), summary_(summary) {}

  using Opener = std::function<Result<std::unique_ptr<ByteSource>>()>;

  Status Run(const Opener& open, const std::string& display, int expected_year, store::FlowSink& sink) {
    BaciOptions o;
    o.codes = &codes_;
    o.expected_year = expected_year;
    o.threads = req_.threads;
    auto known = dups_->find(display);
    if (known != dups_->end()) o.duplicate_lines = &known->second;
    DYAD_ASSIGN_OR_RETURN(auto src, open());
    DYAD_ASSIGN_OR_RETURN(BaciFileStats stats, ParseBaciCsv(*src, display, o, sink, rejects_, progress_));
    summary_->product_rows += stats.rows;
    summary_->rejected += stats.rejected;
    summary_->bytes_read += stats.bytes;
    summary_->years.insert(stats.years.begin(), stats.years.end());
    if (progress_) {
      progress_->bytes_base += stats.bytes;
      progress_->rows_base += stats.rows;
    }
    if (stats.sorted || o.duplicate_lines != nullptr) return Status::Ok();
    // Unsorted rows: duplicates need not be neighbours, so look for them by key.
    DYAD_ASSIGN_OR_RETURN(auto again, open());
    DYAD_ASSIGN_OR_RETURN(DupMap found, FindBaciDuplicates(*again, display, o));
    if (found.empty()) return Status::Ok();
    if (rejects_.lenient()) {
      // Rows repeating earlier keys already went to the sink: start over with them known.
      (*dups_)[display] = std::move(found);
      *restart_ = true;
      return Status::Ok();
    }
    o.duplicate_lines = &found;
    DYAD_ASSIGN_OR_RETURN(auto third, open());
    NullSink null;
    RejectLog strict(false, {});
    return ParseBaciCsv(*third, display, o, null, strict, nullptr).status();
  }

 private:
  const ImportRequest& req_;
  const Codes& codes_;
  RejectLog& rejects_;
  ProgressState* progress_;
  std::map<std::string, DupMap>* dups_;
  bool* restart_;
  ImportSummary* summary_;
};

std::string YearList(const std::set<uint16_t>& years) {
  std::string out;
  for (uint16_t y : years) out += (out.empty() ? "" : ", ") + std::to_string(y);
  return out;
}

Status ImportBaciInputs(const ImportRequest& req, const Codes& codes, const std::vector<Input>& inputs,
                        RejectLog& rejects, ProgressState* progress, std::map<std::string, DupMap>* dups,
                        bool* restart, ImportSummary* summary, store::FlowSink& sink) {
  BaciRunner runner(req, codes, rejects, progress, dups, restart, summary);
  for (const Input& in : inputs) {
    if (!in.zip) {
      fs::path path = in.path;
      DYAD_RETURN_IF_ERROR(runner.Run([path] { return OpenFileSource(path); }, in.name, in.baci.year, sink));
      continue;
    }
    DYAD_ASSIGN_OR_RETURN(auto archive, ZipArchive::Open(in.path));
    std::vector<ZipEntry> years;
    const ZipEntry* products = nullptr;
    for (const ZipEntry& e : archive->entries()) {
      std::string base = fs::path(e.name).filename().string();
      if (!EndsWith(base, ".csv")) continue;
      int year = base.rfind("BACI_", 0) == 0 ? ParseBaciName(base).year : 0;
      if (year != 0 && (req.years.empty() || req.years.count(static_cast<uint16_t>(year)))) years.push_back(e);
      else if (base.rfind("product_codes", 0) == 0) products = &e;
    }
    if (years.empty() && !req.years.empty()) {
      return NotFound(in.name + ": no BACI yearly file for the years asked for (" + YearList(req.years) + ")");
    }
    if (years.empty()) {
      return InvalidInput(in.name + ": expected BACI yearly files (BACI_<edition>_Y<year>_<vintage>.csv) "
                          "in the zip, got none");
    }
    std::sort(years.begin(), years.end(), [](const ZipEntry& a, const ZipEntry& b) { return a.name < b.name; });
    if (products != nullptr) {
      DYAD_ASSIGN_OR_RETURN(auto src, archive->OpenEntry(*products));
      DYAD_ASSIGN_OR_RETURN(std::string text, ReadAll(*src));
      std::string display = in.name + "/" + products->name;
      DYAD_ASSIGN_OR_RETURN(uint64_t n, ParseProductCodes(text, display, sink, rejects));
      summary->descriptions += n;
    }
    for (const ZipEntry& e : years) {
      std::string display = in.name + "/" + e.name;
      ZipArchive* zip = archive.get();
      ZipEntry entry = e;
      int year = ParseBaciName(fs::path(e.name).filename().string()).year;
      DYAD_RETURN_IF_ERROR(runner.Run([zip, entry] { return zip->OpenEntry(entry); }, display, year, sink));
    }
  }
  return Status::Ok();
}

std::string Lower(std::string_view s) { return ToLowerAscii(s); }

// Rows of years the new files do not cover, from the dataset being replaced.
Status CarryOver(const store::Dataset& old, ImportSummary* summary, store::FlowSink& sink) {
  std::vector<store::ProductFlow> batch;
  std::unordered_set<uint32_t> products;
  for (uint16_t year : old.years()) {
    if (summary->years.count(year)) continue;
    summary->kept_years.insert(year);
    DYAD_RETURN_IF_ERROR(old.ForEachRow(year, [&](const store::ProductFlow& f) -> Status {
      batch.push_back(f);
      products.insert(f.hs6);
      if (batch.size() >= (1 << 16)) {
        DYAD_RETURN_IF_ERROR(sink.AddProductFlows(batch));
        summary->kept_rows += batch.size();
        batch.clear();
      }
      return Status::Ok();
    }));
  }
  if (!batch.empty()) DYAD_RETURN_IF_ERROR(sink.AddProductFlows(batch));
  summary->kept_rows += batch.size();
  std::vector<store::AggregateFlow> aggregates;
  for (const store::AggregateFlow& a : old.aggregates()) {
    if (summary->years.count(a.year)) continue;
    summary->kept_years.insert(a.year);
    aggregates.push_back(a);
  }
  summary->kept_rows += aggregates.size();
  if (!aggregates.empty()) DYAD_RETURN_IF_ERROR(sink.AddAggregateFlows(aggregates));
  for (uint32_t hs6 : products) {
    std::string_view d = old.ProductDescription(hs6);
    if (!d.empty()) DYAD_RETURN_IF_ERROR(sink.AddProductDescription(hs6, std::string(d)));
  }
  return Status::Ok();
}

// "871200", "2402,8542" or "all": what the stored product codes of an extract cover.
// Complete when the rows reach at least kCompleteChapters of the HS chapters (a real
// all-products extract has nearly every one); else the codes, at their level.
constexpr size_t kCompleteChapters = 90;
constexpr size_t kMaxCoverageCodes = 8;

std::string CoverageOf(const std::set<uint32_t>& codes, int level) {
  std::set<uint32_t> chapters, shown;
  for (uint32_t c : codes) {
    chapters.insert(c / 10000);
    shown.insert(level == 2 ? c / 10000 : level == 4 ? c / 100 : c);
  }
  if (chapters.size() >= kCompleteChapters) return "all";
  int width = level;
  std::string out;
  if (shown.size() > kMaxCoverageCodes) {
    shown = chapters;
    width = 2;
    out = "chapters ";
  }
  bool first = true;
  for (uint32_t c : shown) {
    std::string code = std::to_string(c);
    out += (first ? "" : ",") + std::string(width - std::min<size_t>(width, code.size()), '0') + code;
    first = false;
  }
  return out;
}

std::string FormatName(const ComtradeStats& s) {
  std::string family = s.family == "legacy" ? "legacy Comtrade" : "Comtrade Plus";
  if (s.family == "plus-names") family += " (names, not codes)";
  std::string out = family + " " + ToUpperAscii(s.container);
  if (s.gzip) out += ", gzip-compressed";
  if (s.windows1252) out += ", Windows-1252 text";
  return out;
}

Status ReadComtradeInputs(const std::vector<Input>& inputs, const Codes& codes, RejectLog& rejects,
                          BufferSink& parsed, store::DatasetInfo* info, std::string* default_name,
                          ImportSummary* summary) {
  std::set<std::string> classes;
  std::set<uint32_t> product_codes;
  int level = 0;
  std::string level_file;
  for (const Input& in : inputs) {
    if (in.zip) return InvalidInput(in.name + ": expected a Comtrade file (CSV, TSV, JSON, gzip), got a zip archive");
    DYAD_ASSIGN_OR_RETURN(std::string bytes, ReadFile(in.path));
    summary->bytes_read += bytes.size();
    DYAD_ASSIGN_OR_RETURN(ComtradeStats s, ParseComtrade(std::move(bytes), in.name, codes, parsed, rejects));
    summary->rejected += s.rejected;
    summary->skipped_world += s.skipped_world;
    summary->skipped_breakdown += s.skipped_breakdown;
    summary->skipped_flow += s.skipped_reexport;
    summary->skipped_level += s.skipped_level;
    summary->skipped_reporter += s.skipped_reporter + s.skipped_area;
    summary->years.insert(s.years.begin(), s.years.end());
    summary->formats.push_back(in.name + ": " + FormatName(s));
    classes.insert(s.classifications.begin(), s.classifications.end());
    if (s.level != 0 && level != 0 && s.level != level) {
      return InvalidInput(in.name + ": commodity codes of " + std::to_string(s.level) + " digits differ from the " +
                          std::to_string(level) + "-digit codes of " + level_file +
                          "; import each as its own dataset");
    }
    if (s.level != 0) {
      level = s.level;
      level_file = in.name;
    }
    product_codes.insert(s.codes.begin(), s.codes.end());
  }
  info->kind = store::SourceKind::kComtrade;
  info->basis = store::Basis::kReporter;
  info->product_level = static_cast<uint8_t>(level == 0 ? 6 : level);
  info->coverage = product_codes.empty() ? "all" : CoverageOf(product_codes, level);
  std::string editions;
  for (const std::string& c : classes) editions += (editions.empty() ? "" : ",") + c;
  info->hs_edition = editions;
  // A dataset named after one edition only when the files have one.
  *default_name = "comtrade" + (classes.size() == 1 ? "-" + Lower(*classes.begin()) : std::string());
  std::set<std::string> reporters;
  for (const auto& f : parsed.products) {
    reporters.insert(codes.CodeOf(f.side == store::Side::kExporterReported ? f.exporter : f.importer));
  }
  for (const auto& a : parsed.aggregates) reporters.insert(codes.CodeOf(a.reporter));
  std::string who;
  for (const std::string& r : reporters) who += (who.empty() ? "" : ", ") + r;
  if (reporters.size() > 5) who = std::to_string(reporters.size()) + " reporters";
  info->description = "UN Comtrade extract" +
                      (classes.empty() ? std::string()
                                       : (classes.size() == 1 ? " (" : " (mixed HS editions ") + editions + ")") +
                      (who.empty() ? std::string() : ", as reported to UN Comtrade by " + who);
  return Status::Ok();
}

}  // namespace

Result<ImportSummary> RunImport(store::Store& store, const ImportRequest& req) {
  auto start = std::chrono::steady_clock::now();
  const Codes& codes = req.codes ? *req.codes : Codes::Builtin();
  if (req.files.empty()) return UsageError("import: no input files");
  std::vector<Input> inputs;
  store::DatasetInfo info;
  uint64_t total_bytes = 0;
  for (const fs::path& p : req.files) {
    Input in;
    in.path = p;
    in.name = p.filename().string();
    DYAD_ASSIGN_OR_RETURN(in.file, DescribeFile(p));
    in.zip = EndsWith(in.name, ".zip");
    in.baci = ParseBaciName(in.name);
    if (in.zip) {
      // Progress counts decompressed bytes: the total is the entries' size.
      DYAD_ASSIGN_OR_RETURN(auto archive, ZipArchive::Open(p));
      for (const ZipEntry& e : archive->entries()) total_bytes += e.size;
    } else {
      total_bytes += in.file.bytes;
    }
    info.files.push_back(in.file);
    inputs.push_back(std::move(in));
  }

  // What the files say about the dataset.
  BufferSink parsed;  // Comtrade and totals are parsed before the import lock is taken
  ImportSummary summary;
  fs::path rejects_path = req.rejects.empty() ? fs::path(req.files[0].string() + ".rejects.csv") : req.rejects;
  RejectLog rejects(req.lenient, rejects_path);
  std::string default_name;
  if (req.format == ImportFormat::kBaci) {
    int synthetic = 0;
    for (Input& in : inputs) {
      // A re-saved file's name need not say its edition or vintage: --hs / --vintage do.
      if (!req.hs_edition.empty()) {
        if (!in.baci.edition.empty() && !EqualsIgnoreCaseAscii(in.baci.edition, req.hs_edition)) {
          return InvalidInput(in.name + ": the file name says HS edition " + in.baci.edition + ", not " +
                              req.hs_edition + " (--hs)");
        }
        in.baci.edition = ToUpperAscii(req.hs_edition);
      }
      if (!req.vintage.empty()) {
        if (!in.baci.vintage.empty() && !EqualsIgnoreCaseAscii(in.baci.vintage, req.vintage)) {
          return InvalidInput(in.name + ": the file name says vintage " + in.baci.vintage + ", not " +
                              req.vintage + " (--vintage)");
        }
        in.baci.vintage = ToUpperAscii(req.vintage);
      }
      if (!in.baci.edition.empty() && !info.hs_edition.empty() && in.baci.edition != info.hs_edition) {
        return InvalidInput(in.name + ": HS edition " + in.baci.edition + " differs from " + info.hs_edition +
                            " of the other files; import each edition as its own dataset");
      }
      if (!in.baci.vintage.empty() && !info.vintage.empty() && in.baci.vintage != info.vintage) {
        return InvalidInput(in.name + ": vintage " + in.baci.vintage + " differs from " + info.vintage +
                            " of the other files; import one release at a time");
      }
      if (!in.baci.edition.empty()) info.hs_edition = in.baci.edition;
      if (!in.baci.vintage.empty()) info.vintage = in.baci.vintage;
      if (!in.zip) {
        DYAD_ASSIGN_OR_RETURN(bool s, IsSyntheticCsv(in.path));
        synthetic += s;
      }
    }
    if (synthetic > 0 && synthetic != static_cast<int>(inputs.size())) {
      return InvalidInput("synthetic files (header \"" + std::string(kSynthHeader) +
                          "\") cannot share a dataset with real ones");
    }
    info.synthetic = synthetic > 0;
    info.kind = info.synthetic ? store::SourceKind::kSynthetic : store::SourceKind::kBaci;
    info.basis = store::Basis::kReconciled;
    std::string edition = info.hs_edition.empty() ? "" : "-" + Lower(info.hs_edition);
    default_name = (info.synthetic ? "synthetic" : "baci") + edition;
    info.description = info.synthetic
                           ? "SYNTHETIC data from dyad synth (not real trade), BACI format"
                           : "CEPII BACI " + (info.hs_edition.empty() ? std::string("") : info.hs_edition + " ") +
                                 (info.vintage.empty() ? std::string("unknown vintage ") : info.vintage + " ") +
                                 "(reconciled mirror flows, HS6)";
    while (!info.description.empty() && info.description.back() == ' ') info.description.pop_back();
  } else if (req.format == ImportFormat::kTotals) {
    for (const Input& in : inputs) {
      if (in.zip) return InvalidInput(in.name + ": expected a CSV file, got a zip archive");
      DYAD_ASSIGN_OR_RETURN(std::string text, ReadFile(in.path));
      summary.bytes_read += text.size();
      DYAD_ASSIGN_OR_RETURN(TotalsStats s, ParseTotalsCsv(text, in.name, codes, parsed, rejects));
      summary.rejected += s.rejected;
    }
    info.kind = store::SourceKind::kNationalTotals;
    info.basis = store::Basis::kNational;
    default_name = fs::path(inputs[0].name).stem().string();
    info.description = "National statistics totals from " + inputs[0].name;
  } else {
    DYAD_RETURN_IF_ERROR(ReadComtradeInputs(inputs, codes, rejects, parsed, &info, &default_name, &summary));
  }
  for (const auto& a : parsed.aggregates) summary.years.insert(a.year);
  if (req.format != ImportFormat::kBaci) {
    summary.product_rows = parsed.products.size();
    summary.aggregate_rows = parsed.aggregates.size();
  }
  info.name = req.dataset.empty() ? default_name : req.dataset;
  summary.dataset = info.name;

  // Decide against the stored dataset of the same name before taking the import lock.
  DYAD_ASSIGN_OR_RETURN(auto snapshot, store.OpenSnapshot());
  const store::Dataset* before = snapshot->FindDataset(info.name);
  bool merge = false;
  if (before != nullptr) {
    const store::DatasetInfo& o = before->info();
    if (o.kind != info.kind) {
      return InvalidInput("dataset " + info.name + " holds " + std::string(store::SourceKindName(o.kind)) +
                          " data, not " + std::string(store::SourceKindName(info.kind)) +
                          "; choose another name with --dataset");
    }
    if (!o.vintage.empty() && !info.vintage.empty() && info.vintage < o.vintage) {
      return InvalidInput("dataset " + info.name + " holds vintage " + o.vintage + "; " + info.vintage +
                          " is older (import it under another name with --dataset)");
    }
    std::set<std::pair<std::string, std::string>> stored;
    for (const auto& f : o.files) stored.emplace(f.name, f.checksum);
    bool all_known = true;
    for (const auto& f : info.files) all_known = all_known && stored.count({f.name, f.checksum});
    // Years asked for from a known zip that the dataset lacks still need importing.
    bool years_known = std::all_of(req.years.begin(), req.years.end(),
                                   [&](uint16_t y) {
                                     auto have = before->years();
                                     return std::find(have.begin(), have.end(), y) != have.end();
                                   });
    if (o.vintage == info.vintage && all_known && years_known) {
      summary.unchanged = true;
      summary.info = o;
      return summary;
    }
    summary.replaced = o.vintage != info.vintage;
    // The same release (or no vintage) again with other years: keep the years it had.
    // Totals files are complete lists and replace what was there.
    merge = req.format != ImportFormat::kTotals && o.vintage == info.vintage;
    if (merge) {
      std::set<std::string> names;
      for (const auto& f : info.files) names.insert(f.name);
      for (const auto& f : o.files) {
        if (!names.count(f.name)) info.files.push_back(f);
      }
    }
  }

  std::map<std::string, DupMap> dups;
  for (int attempt = 0; attempt < 2; ++attempt) {
    DYAD_ASSIGN_OR_RETURN(std::unique_ptr<store::ImportTxn> txn, store.BeginImport(info));
    const store::Dataset* old = merge ? txn->existing() : nullptr;
    ProgressState progress{req.progress, "importing " + info.name, 0, total_bytes, 0};
    bool restart = false;
    if (req.format == ImportFormat::kBaci) {
      summary.product_rows = summary.rejected = summary.descriptions = summary.bytes_read = 0;
      summary.years.clear();
      DYAD_RETURN_IF_ERROR(ImportBaciInputs(req, codes, inputs, rejects, &progress, &dups, &restart,
                                            &summary, *txn));
      if (restart) {
        DYAD_RETURN_IF_ERROR(rejects.Close());
        rejects = RejectLog(req.lenient, rejects_path);
        continue;
      }
    } else {
      if (!parsed.products.empty()) DYAD_RETURN_IF_ERROR(txn->AddProductFlows(parsed.products));
      if (!parsed.aggregates.empty()) DYAD_RETURN_IF_ERROR(txn->AddAggregateFlows(parsed.aggregates));
    }
    if (old != nullptr) DYAD_RETURN_IF_ERROR(CarryOver(*old, &summary, *txn));
    DYAD_RETURN_IF_ERROR(rejects.Close());
    if (summary.product_rows + summary.aggregate_rows + summary.kept_rows == 0) {
      // Nothing to store: no empty dataset is left behind (the transaction is dropped).
      summary.empty = true;
      summary.info = info;
      if (rejects.rejected() > 0) summary.rejects_path = rejects_path;
      break;
    }
    DYAD_ASSIGN_OR_RETURN(store::CommitStats stats, txn->Commit(req.progress));
    summary.bytes_written = stats.bytes;
    summary.info = info;
    if (rejects.rejected() > 0) summary.rejects_path = rejects_path;
    break;
  }
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return summary;
}

}  // namespace dyad::ingest
