// The real Comtrade and BACI files of ../shared/data/real (provenance in its README.md),
// imported as published, checked against an independent sum of each file. The reader
// here is deliberately simple and separate from src/ingest: split lines, undo quotes,
// pick rows by column values, add up a column. If the importer and this sum disagree,
// one of them misreads the file.
#include <gtest/gtest.h>
#include <zlib.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "analytics/composition.h"
#include "analytics/pair_figure.h"
#include "analytics/partners.h"
#include "ingest/importer.h"
#include "reference/countries.h"
#include "temp_dir.h"

namespace dyad::analytics {
namespace {

namespace fs = std::filesystem;

std::string RealPath(const std::string& relative) {
  const char* root = std::getenv("DYAD_SHARED");
  return std::string(root != nullptr ? root : "../../shared") + "/data/real/" + relative;
}

// One line split at commas outside quotes; quotes removed, "" kept as ".
std::vector<std::string> SplitLine(const std::string& line) {
  std::vector<std::string> out(1);
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (c == '"') {
      if (quoted && i + 1 < line.size() && line[i + 1] == '"') {
        out.back() += '"';
        ++i;
      } else {
        quoted = !quoted;
      }
    } else if (c == ',' && !quoted) {
      out.emplace_back();
    } else if (c != '\r') {
      out.back() += c;
    }
  }
  return out;
}

std::string Trim(const std::string& s) {
  size_t b = s.find_first_not_of(' '), e = s.find_last_not_of(' ');
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

// Rows of a CSV file as maps from header name to trimmed value.
std::vector<std::map<std::string, std::string>> ReadRows(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in.good()) << "cannot read " << path << " (is ../shared beside the repository?)";
  std::string line;
  std::getline(in, line);
  std::vector<std::string> header = SplitLine(line);
  std::vector<std::map<std::string, std::string>> rows;
  while (std::getline(in, line)) {
    if (line.empty() || line == "\r") continue;
    std::vector<std::string> f = SplitLine(line);
    std::map<std::string, std::string> row;
    for (size_t i = 0; i < header.size() && i < f.size(); ++i) row[Trim(header[i])] = Trim(f[i]);
    rows.push_back(std::move(row));
  }
  return rows;
}

// A value as whole US dollars, rounded half up per row as docs/import.md says ("123.0",
// "1,234.5" allowed; times `scale` for BACI's thousands).
int64_t Dollars(std::string v, double scale = 1) {
  v.erase(std::remove(v.begin(), v.end(), ','), v.end());
  return static_cast<int64_t>(std::floor(std::stold(v) * scale + 0.5L));
}

// Sum of `column` over the rows where every (column, value) of `where` matches.
int64_t SumWhere(const std::string& path, const std::map<std::string, std::string>& where,
                 const std::string& column, double scale = 1) {
  int64_t sum = 0;
  for (const auto& row : ReadRows(path)) {
    bool match = true;
    for (const auto& [k, v] : where) {
      auto it = row.find(k);
      match = match && it != row.end() && it->second == v;
    }
    if (!match) continue;
    sum += Dollars(row.at(column), scale);
  }
  return sum;
}

uint16_t Idx(const char* code) { return reference::Countries::Builtin().FindByCode(code)->index; }

class RealFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = tmp_.path();
    fs::remove_all(dir_);
    auto s = store::Store::Open(dir_);
    ASSERT_TRUE(s.ok()) << s.status().message();
    store_ = std::move(*s);
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Imports `file` as dataset `name`; returns the dataset (nullptr on failure).
  const store::Dataset* Import(ingest::ImportFormat format, const std::string& file, const std::string& name,
                               const std::string& hs = "", const std::string& vintage = "", bool lenient = false) {
    ingest::ImportRequest req;
    req.lenient = lenient;
    req.rejects = dir_ / "rejects.csv";
    req.format = format;
    req.files.push_back(RealPath(file));
    req.dataset = name;
    req.hs_edition = hs;
    req.vintage = vintage;
    auto r = ingest::RunImport(*store_, req);
    EXPECT_TRUE(r.ok()) << r.status().message();
    if (!r.ok()) return nullptr;
    summary_ = *r;
    auto snap = store_->OpenSnapshot();
    EXPECT_TRUE(snap.ok());
    snap_ = *snap;
    return snap_->FindDataset(name);
  }

  // The figure `reporter` declared for its trade with `partner` in `year`, seen from it.
  std::optional<Figure> Declared(const store::Dataset& ds, int year, const char* reporter, const char* partner) {
    for (const Figure& f : DatasetPairFigures(ds, Idx(reporter), Idx(partner))) {
      if (f.year == year && f.reporter == reporter) return f;
    }
    return std::nullopt;
  }

  dyad::testing::TempDir tmp_{"dyad-real"};
  fs::path dir_;
  std::unique_ptr<store::Store> store_;
  std::shared_ptr<const store::Snapshot> snap_;
  ingest::ImportSummary summary_;
};

const std::map<std::string, std::string> kPlusTotalRow = {
    {"partner2Code", "0"}, {"customsCode", "C00"}, {"motCode", "0"}, {"mosCode", "0"}};

std::map<std::string, std::string> With(std::map<std::string, std::string> m,
                                        std::initializer_list<std::pair<const std::string, std::string>> more) {
  m.insert(more);
  return m;
}

TEST_F(RealFilesTest, ComtradePlusWebsiteTotals) {
  const std::string file = "comtradeplus-web-chn-usa-deu-2022/TradeData.csv";
  const store::Dataset* ds = Import(ingest::ImportFormat::kComtrade, file, "web");
  ASSERT_NE(ds, nullptr);
  auto base = With(kPlusTotalRow, {{"cmdCode", "TOTAL"}, {"refYear", "2022"}});
  auto chn = Declared(*ds, 2022, "CHN", "USA");
  ASSERT_TRUE(chn.has_value());
  EXPECT_EQ(*chn->exports_usd, SumWhere(RealPath(file), With(base, {{"reporterCode", "156"}, {"partnerCode", "842"}, {"flowCode", "X"}}), "primaryValue"));
  EXPECT_EQ(*chn->imports_usd, SumWhere(RealPath(file), With(base, {{"reporterCode", "156"}, {"partnerCode", "842"}, {"flowCode", "M"}}), "primaryValue"));
  EXPECT_EQ(chn->coverage, "all");
  // Taiwan is 490 "Other Asia, nes" in the file; asking for TWN answers from it.
  auto twn = Declared(*ds, 2022, "CHN", "TWN");
  ASSERT_TRUE(twn.has_value());
  EXPECT_EQ(*twn->imports_usd, SumWhere(RealPath(file), With(base, {{"reporterCode", "156"}, {"partnerCode", "490"}, {"flowCode", "M"}}), "primaryValue"));
  EXPECT_EQ(twn->note, "TWN reported as Other Asia, nes (490)");
  // Partners: areas out of the ranking, the total over all partners is the World row.
  PartnersQuery q;
  q.country = Idx("DEU");
  q.year = 2022;
  q.flow = Flow::kExports;
  auto p = RankPartners(*snap_, q);
  ASSERT_TRUE(p.ok()) << p.status().message();
  for (const PartnerRow& r : p->rows) EXPECT_NE(r.partner, "XAN");
  // DEU's exports to every partner, areas included; the file's World row differs from
  // that sum by a few dollars of rounding.
  int64_t all_partners = 0;
  for (const auto& row : ReadRows(RealPath(file))) {
    if (row.at("reporterCode") == "276" && row.at("flowCode") == "X" && row.at("partnerCode") != "0") {
      all_partners += Dollars(row.at("primaryValue"));
    }
  }
  EXPECT_EQ(*p->country_total_usd, all_partners);
  EXPECT_NEAR(static_cast<double>(*p->country_total_usd),
              static_cast<double>(SumWhere(RealPath(file), With(base, {{"reporterCode", "276"}, {"partnerCode", "0"}, {"flowCode", "X"}}), "primaryValue")),
              10.0);
  EXPECT_EQ(p->source, "web: DEU as reported to UN Comtrade");
}

TEST_F(RealFilesTest, ComtradePlusWebsiteHeadingExtract) {
  const std::string file = "comtradeplus-web-tha-8542/TradeData.csv";
  const store::Dataset* ds = Import(ingest::ImportFormat::kComtrade, file, "tha");
  ASSERT_NE(ds, nullptr);
  EXPECT_EQ(ds->info().coverage, "8542");
  EXPECT_EQ(ds->info().product_level, 4);
  for (int year : {2014, 2016, 2020, 2024}) {
    auto f = Declared(*ds, year, "THA", "CHN");
    ASSERT_TRUE(f.has_value()) << year;
    EXPECT_EQ(*f->imports_usd, SumWhere(RealPath(file), With(kPlusTotalRow, {{"refYear", std::to_string(year)}, {"partnerCode", "156"}, {"flowCode", "M"}, {"cmdCode", "8542"}}), "primaryValue")) << year;
    EXPECT_FALSE(f->total_usd.has_value()) << "a one-heading extract is not the pair's trade";
  }
}

TEST_F(RealFilesTest, ComtradePlusApiCsvFromPandas) {
  const std::string file = "comtradeplus-chn-usa-8542/semiconductor_trade.csv";
  const store::Dataset* ds = Import(ingest::ImportFormat::kComtrade, file, "semis");
  ASSERT_NE(ds, nullptr);
  for (int year : {2010, 2015, 2017, 2024}) {
    auto f = Declared(*ds, year, "CHN", "USA");
    ASSERT_TRUE(f.has_value()) << year;
    EXPECT_EQ(*f->imports_usd, SumWhere(RealPath(file), With(kPlusTotalRow, {{"refYear", std::to_string(year)}, {"partnerCode", "842"}, {"flowCode", "M"}, {"cmdCode", "8542"}}), "primaryValue")) << year;
  }
}

TEST_F(RealFilesTest, ComtradePlusApiJson) {
  const store::Dataset* ds = Import(ingest::ImportFormat::kComtrade, "comtradr-json/HS-60a6ad.json", "json");
  ASSERT_NE(ds, nullptr);
  auto f = Declared(*ds, 2010, "CHN", "ARG");
  ASSERT_TRUE(f.has_value());
  // The file's records for Argentina: primaryValue 6804128143.0 (M), 6115764185.0 (X).
  EXPECT_EQ(*f->imports_usd, 6804128143);
  EXPECT_EQ(*f->exports_usd, 6115764185);
  EXPECT_EQ(*f->total_usd, 6804128143 + 6115764185);
}

TEST_F(RealFilesTest, ComtradeApiReducedByPandasWithNames) {
  const std::string file = "comtradeapi-pandas-chn-plp-total/dados_comtrade_2020,2021_TOTAL.csv";
  // The author renamed some partners in Portuguese: those rows cannot be placed.
  ingest::ImportRequest strict;
  strict.format = ingest::ImportFormat::kComtrade;
  strict.files.push_back(RealPath(file));
  EXPECT_EQ(ingest::RunImport(*store_, strict).status().message(),
            "dados_comtrade_2020,2021_TOTAL.csv:8:24: column partnerDesc: expected a known country, got "
            "\"Guin\xC3\xA9 Equatorial\"");
  const store::Dataset* ds = Import(ingest::ImportFormat::kComtrade, file, "plp", "", "", true);
  ASSERT_NE(ds, nullptr);
  auto f = Declared(*ds, 2020, "CHN", "AGO");
  ASSERT_TRUE(f.has_value());
  EXPECT_EQ(*f->exports_usd, SumWhere(RealPath(file), {{"refYear", "2020"}, {"partnerDesc", "Angola"}, {"flowCode", "X"}}, "primaryValueFormated"));
  EXPECT_EQ(*f->imports_usd, SumWhere(RealPath(file), {{"refYear", "2020"}, {"partnerDesc", "Angola"}, {"flowCode", "M"}}, "primaryValueFormated"));
}

// Comtrade bulk files are tab-separated and gzip-compressed: the same rows read the
// same way. The TSV is the pandas CSV with its commas made tabs (it has no quotes).
TEST_F(RealFilesTest, TabSeparatedGzip) {
  std::ifstream in(RealPath("comtradeplus-chn-usa-8542/semiconductor_trade.csv"), std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string tsv = ss.str();
  std::replace(tsv.begin(), tsv.end(), ',', '\t');
  fs::create_directories(dir_);
  std::string gz = (dir_ / "semis.tsv.gz").string();
  gzFile out = gzopen(gz.c_str(), "wb");
  ASSERT_NE(out, nullptr);
  ASSERT_EQ(gzwrite(out, tsv.data(), static_cast<unsigned>(tsv.size())), static_cast<int>(tsv.size()));
  gzclose(out);
  ingest::ImportRequest req;
  req.format = ingest::ImportFormat::kComtrade;
  req.files.push_back(gz);
  req.dataset = "bulk";
  auto r = ingest::RunImport(*store_, req);
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r->formats.size(), 1u);
  EXPECT_EQ(r->formats[0], "semis.tsv.gz: Comtrade Plus TSV, gzip-compressed");
  snap_ = *store_->OpenSnapshot();
  auto f = Declared(*snap_->FindDataset("bulk"), 2015, "CHN", "USA");
  ASSERT_TRUE(f.has_value());
  EXPECT_EQ(*f->imports_usd, SumWhere(RealPath("comtradeplus-chn-usa-8542/semiconductor_trade.csv"),
                                      With(kPlusTotalRow, {{"refYear", "2015"}, {"partnerCode", "842"}, {"flowCode", "M"}, {"cmdCode", "8542"}}), "primaryValue"));
}

TEST_F(RealFilesTest, LegacyBulkAllLevels) {
  const std::string file = "legacy-bulk-india-china/h3_china_india.csv";
  const store::Dataset* ds = Import(ingest::ImportFormat::kComtrade, file, "ind");
  ASSERT_NE(ds, nullptr);
  auto f = Declared(*ds, 2010, "IND", "CHN");
  ASSERT_TRUE(f.has_value());
  EXPECT_EQ(*f->exports_usd, SumWhere(RealPath(file), {{"Trade Flow Code", "2"}, {"Commodity Code", "TOTAL"}}, "Value"));
  EXPECT_EQ(*f->imports_usd, SumWhere(RealPath(file), {{"Trade Flow Code", "1"}, {"Commodity Code", "TOTAL"}}, "Value"));
  // Composition adds the 6-digit rows, 999999 ("not specified") included.
  auto c = Composition(*snap_, Idx("CHN"), Idx("IND"), 2010, CompositionLevel::kChapter);
  ASSERT_TRUE(c.ok()) << c.status().message();
  int64_t hs6 = 0;
  for (const auto& row : ReadRows(RealPath(file))) {
    if (row.at("Trade Flow Code") == "1" && row.at("Commodity Code").size() == 6 && row.at("Commodity Code") != "TOTAL") {
      hs6 += std::stoll(row.at("Value"));
    }
  }
  EXPECT_EQ(c->a_to_b.total_usd, hs6);
}

TEST_F(RealFilesTest, LegacyWebExportOneCommodity) {
  const std::string file = "legacy-ui-bicycles-871200/comtrade_im_from_tw.csv";
  const store::Dataset* ds = Import(ingest::ImportFormat::kComtrade, file, "bikes");
  ASSERT_NE(ds, nullptr);
  EXPECT_EQ(ds->info().coverage, "871200");
  auto f = Declared(*ds, 2017, "DZA", "TWN");
  ASSERT_TRUE(f.has_value());
  EXPECT_EQ(*f->imports_usd, SumWhere(RealPath(file), {{"Year", "2017"}, {"Reporter Code", "12"}, {"Trade Flow Code", "1"}}, "Trade Value (US$)"));
  EXPECT_FALSE(f->total_usd.has_value());
}

TEST_F(RealFilesTest, LegacyReducedHeaderChapters) {
  const std::string file = "legacy-ui-usa-chn-hs2/comtrade.csv";
  const store::Dataset* ds = Import(ingest::ImportFormat::kComtrade, file, "hs2");
  ASSERT_NE(ds, nullptr);
  EXPECT_EQ(ds->info().product_level, 2);
  EXPECT_EQ(ds->info().coverage, "all");
  auto f = Declared(*ds, 2017, "USA", "CHN");
  ASSERT_TRUE(f.has_value());
  EXPECT_EQ(*f->imports_usd, SumWhere(RealPath(file), {{"Trade Flow Code", "1"}}, "Trade Value (US$)"));
  EXPECT_EQ(*f->exports_usd, SumWhere(RealPath(file), {{"Trade Flow Code", "2"}}, "Trade Value (US$)"));
  auto c = Composition(*snap_, Idx("CHN"), Idx("USA"), 2017, CompositionLevel::kHs6);
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_EQ(c->level, CompositionLevel::kChapter);
  EXPECT_EQ(c->a_to_b.total_usd, *f->imports_usd);
}

TEST_F(RealFilesTest, LegacyTobaccoHeading) {
  const std::string file = "legacy-ui-idn-rus-tobacco/comtrade.csv";
  const store::Dataset* ds = Import(ingest::ImportFormat::kComtrade, file, "tobacco");
  ASSERT_NE(ds, nullptr);
  EXPECT_EQ(ds->info().coverage, "2402");
  auto f = Declared(*ds, 2017, "IDN", "RUS");
  ASSERT_TRUE(f.has_value());
  EXPECT_EQ(f->imports_usd.value_or(0), SumWhere(RealPath(file), {{"Year", "2017"}, {"Reporter Code", "360"}, {"Partner Code", "643"}, {"Trade Flow Code", "1"}}, "Trade Value (US$)"));
}

TEST_F(RealFilesTest, BaciAsCepiiShipsIt) {
  const std::string file = "baci-hs92-y2021-v202301-afg-zaf/ExampleTradeData@8f74cdf.csv";
  const store::Dataset* ds = Import(ingest::ImportFormat::kBaci, file, "baci", "HS92", "V202301");
  ASSERT_NE(ds, nullptr);
  EXPECT_EQ(ds->info().vintage, "V202301");
  auto f = ReconciledPairFigure(*ds, 2021, Idx("AFG"), Idx("AUT"));
  ASSERT_TRUE(f.has_value());
  EXPECT_EQ(*f->exports_usd, SumWhere(RealPath(file), {{"i", "4"}, {"j", "40"}}, "v", 1000));
}

TEST_F(RealFilesTest, BaciSavedByRWriteCsv) {
  const std::string file = "baci-hs92-y2021-v202301-afg-zaf/ExampleTradeData@b922510.csv";
  const store::Dataset* ds = Import(ingest::ImportFormat::kBaci, file, "baci");
  ASSERT_NE(ds, nullptr);
  EXPECT_EQ(ds->product_rows(), 71192u);
  auto f = ReconciledPairFigure(*ds, 2021, Idx("ZAF"), Idx("AFG"));
  ASSERT_TRUE(f.has_value());
  EXPECT_EQ(*f->exports_usd, SumWhere(RealPath(file), {{"i", "710"}, {"j", "4"}}, "v", 1000));
}

TEST_F(RealFilesTest, BaciWithRowNames) {
  const std::string file = "baci-hs92-y2021-v202301-afg-zaf/ExampleTradeData@21909db.csv";
  const store::Dataset* ds = Import(ingest::ImportFormat::kBaci, file, "baci");
  ASSERT_NE(ds, nullptr);
  EXPECT_EQ(ds->product_rows(), 8574u);
  auto f = ReconciledPairFigure(*ds, 2020, Idx("ZAF"), Idx("AFG"));
  ASSERT_TRUE(f.has_value());
  EXPECT_EQ(*f->exports_usd, SumWhere(RealPath(file), {{"i", "710"}, {"j", "4"}}, "v", 1000));
}

TEST_F(RealFilesTest, ServicesAreRefusedByName) {
  ingest::ImportRequest req;
  req.format = ingest::ImportFormat::kComtrade;
  req.files.push_back(RealPath("comtradeplus-web-chn-usa-deu-2022/TradeData_Services.csv"));
  auto r = ingest::RunImport(*store_, req);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(),
            "TradeData_Services.csv:2: services trade (EBOPS) is not supported: this is a Comtrade services "
            "file (typeCode S); dyad imports goods trade (typeCode C, HS)");
}

}  // namespace
}  // namespace dyad::analytics
