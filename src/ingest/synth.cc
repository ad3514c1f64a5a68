#include "ingest/synth.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>
#include <set>

#include "base/files.h"
#include "ingest/baci.h"
#include "reference/countries.h"
#include "reference/hs.h"

namespace dyad::ingest {
namespace {

// xoshiro256** seeded by splitmix64: the same numbers on every platform (the standard
// library's distributions are not portable, so normals are drawn by Box-Muller here).
class Rng {
 public:
  explicit Rng(uint64_t seed) {
    for (auto& s : s_) {
      seed += 0x9E3779B97F4A7C15ULL;
      uint64_t z = seed;
      z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
      z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
      s = z ^ (z >> 31);
    }
  }
  uint64_t Next() {
    uint64_t result = Rotl(s_[1] * 5, 7) * 9;
    uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = Rotl(s_[3], 45);
    return result;
  }
  double Uniform() { return (Next() >> 11) * 0x1.0p-53; }  // [0, 1)
  uint64_t Below(uint64_t n) { return n == 0 ? 0 : Next() % n; }
  double Normal() {
    double u1 = Uniform(), u2 = Uniform();
    if (u1 < 1e-300) u1 = 1e-300;
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
  }

 private:
  static uint64_t Rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  uint64_t s_[4];
};

// Subheading endings as they occur in the nomenclature: "10", "20", ..., "90" are
// common, finer splits ("11", "19", "21", "29") less so.
constexpr int kEndings[] = {10, 20, 30, 40, 50, 60, 90, 11, 19, 21, 29, 31, 39, 41, 49, 91, 99};

std::vector<int> DefaultCountryCodes() {
  const auto& countries = reference::Countries::Builtin();
  std::vector<int> codes;
  for (const auto& c : countries.all()) {
    if (!c.iso || c.trade_codes.empty()) continue;
    // The largest of a country's codes is the one BACI uses (842 USA, 251 France).
    int code = *std::max_element(c.trade_codes.begin(), c.trade_codes.end());
    const auto* back = countries.FindByTradeCode(code);
    if (back == nullptr || back->index != c.index || code <= 0 || code >= 1000) continue;
    codes.push_back(code);
  }
  std::sort(codes.begin(), codes.end());
  codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
  return codes;
}

// Appends "123.456" for `thousandths` (a non-negative integer).
inline char* PutFixed3(char* p, uint64_t thousandths) {
  uint64_t whole = thousandths / 1000;
  unsigned frac = static_cast<unsigned>(thousandths % 1000);
  char tmp[24];
  int n = 0;
  do {
    tmp[n++] = static_cast<char>('0' + whole % 10);
    whole /= 10;
  } while (whole);
  while (n) *p++ = tmp[--n];
  *p++ = '.';
  *p++ = static_cast<char>('0' + frac / 100);
  *p++ = static_cast<char>('0' + frac / 10 % 10);
  *p++ = static_cast<char>('0' + frac % 10);
  return p;
}

inline char* PutUint(char* p, uint64_t v) {
  char tmp[24];
  int n = 0;
  do {
    tmp[n++] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v);
  while (n) *p++ = tmp[--n];
  return p;
}

}  // namespace

std::vector<uint32_t> SynthProductCodes(uint64_t seed) {
  Rng rng(seed ^ 0x5eed5eedULL);
  std::vector<int> chapters;
  for (const auto& ch : reference::Hs::Builtin().chapters()) {
    if (ch.number >= 1 && ch.number <= 97) chapters.push_back(ch.number);
  }
  if (chapters.empty()) {
    for (int c = 1; c <= 97; ++c) {
      if (c != 77) chapters.push_back(c);
    }
  }
  std::set<uint32_t> codes;
  for (int ch : chapters) {
    // Chapters differ a lot in size (chapter 84 has hundreds of subheadings, 14 a few).
    int headings = 2 + static_cast<int>(rng.Below(10)) + (rng.Uniform() < 0.3 ? static_cast<int>(rng.Below(60)) : 0);
    for (int h = 0; h < headings; ++h) {
      int heading = 1 + static_cast<int>(rng.Below(std::min(99, headings + 10)));
      int subs = 1 + static_cast<int>(rng.Below(9));
      for (int s = 0; s < subs; ++s) {
        int ending = s == 0 && subs == 1 ? 0 : kEndings[rng.Below(s < 4 ? 7 : 17)];
        codes.insert(static_cast<uint32_t>(ch * 10000 + heading * 100 + ending));
      }
    }
  }
  return {codes.begin(), codes.end()};
}

Result<SynthStats> WriteSynth(const SynthOptions& o, const std::filesystem::path& out,
                              ProgressSink* progress) {
  if (o.first_year < 1900 || o.last_year > 2100 || o.first_year > o.last_year) {
    return UsageError("synth: years must be within 1900-2100, first <= last");
  }
  std::vector<int> countries = o.country_codes.empty() ? DefaultCountryCodes() : o.country_codes;
  std::sort(countries.begin(), countries.end());
  if (countries.size() < 2) return InvalidInput("synth: need at least two countries");
  const std::vector<uint32_t> products = SynthProductCodes(o.seed);
  const size_t nc = countries.size(), np = products.size();

  Rng rng(o.seed);
  // Power-law masses: a country's rank in a shuffled order sets its economic size.
  std::vector<double> mass(nc), pop(np), unit_price(np);
  {
    std::vector<size_t> order(nc);
    std::iota(order.begin(), order.end(), 0);
    for (size_t i = nc; i > 1; --i) std::swap(order[i - 1], order[rng.Below(i)]);
    for (size_t r = 0; r < nc; ++r) mass[order[r]] = 1.0 / std::pow(r + 1.0, 1.1);
    std::vector<size_t> porder(np);
    std::iota(porder.begin(), porder.end(), 0);
    for (size_t i = np; i > 1; --i) std::swap(porder[i - 1], porder[rng.Below(i)]);
    for (size_t r = 0; r < np; ++r) pop[porder[r]] = 1.0 / std::pow(r + 1.0, 0.8);
    for (size_t k = 0; k < np; ++k) unit_price[k] = std::exp(1.0 + 1.5 * rng.Normal());  // USD per kg
  }
  double pop_sum = std::accumulate(pop.begin(), pop.end(), 0.0);
  std::vector<double> pop_cdf(np);
  std::partial_sum(pop.begin(), pop.end(), pop_cdf.begin());

  // Rows per pair follow the gravity of both masses, capped by the product count.
  std::vector<double> weight(nc * nc, 0.0);
  double wsum = 0;
  for (size_t i = 0; i < nc; ++i) {
    for (size_t j = 0; j < nc; ++j) {
      if (i == j) continue;
      double w = std::pow(mass[i], 0.9) * std::pow(mass[j], 0.7);
      weight[i * nc + j] = w;
      wsum += w;
    }
  }

  std::filesystem::path tmp = out;
  tmp += ".tmp";
  DYAD_ASSIGN_OR_RETURN(WritableFile file, WritableFile::Create(tmp));
  std::string buf;
  buf.reserve(8 << 20);
  buf.append(kSynthHeader);
  buf.push_back('\n');
  SynthStats stats;
  std::vector<uint32_t> picked;
  std::vector<char> taken(np, 0);
  std::vector<std::pair<double, uint32_t>> dense_keys;
  const uint64_t total_rows = o.rows_per_year * static_cast<uint64_t>(o.last_year - o.first_year + 1);
  for (int year = o.first_year; year <= o.last_year; ++year) {
    double growth = std::pow(1.03, year - o.first_year);
    // Scale so that the expected rows (after capping at np per pair) match the target.
    double scale = static_cast<double>(o.rows_per_year) / wsum;
    for (int pass = 0; pass < 20; ++pass) {
      double expect = 0;
      for (double w : weight) expect += std::min<double>(w * scale, static_cast<double>(np));
      if (expect <= 0) break;
      double ratio = static_cast<double>(o.rows_per_year) / expect;
      if (std::abs(ratio - 1) < 1e-4) break;
      scale *= ratio;
    }
    for (size_t i = 0; i < nc; ++i) {
      for (size_t j = 0; j < nc; ++j) {
        double want = weight[i * nc + j] * scale;
        if (want <= 0) continue;
        // Fractional expectations become 0 or 1 rows at random: most small pairs don't trade.
        uint64_t n = static_cast<uint64_t>(want);
        if (rng.Uniform() < want - static_cast<double>(n)) ++n;
        n = std::min<uint64_t>(n, np);
        if (n == 0) continue;
        picked.clear();
        if (n * 4 >= np) {
          // Dense pairs: n products by popularity without repeats (the n smallest keys
          // Exp(1) / popularity, Efraimidis-Spirakis), then back in code order.
          dense_keys.resize(np);
          for (size_t k = 0; k < np; ++k) {
            dense_keys[k] = {-std::log(1.0 - rng.Uniform()) / pop[k], static_cast<uint32_t>(k)};
          }
          std::nth_element(dense_keys.begin(), dense_keys.begin() + (n - 1), dense_keys.end());
          for (uint64_t r = 0; r < n; ++r) picked.push_back(dense_keys[r].second);
          std::sort(picked.begin(), picked.end());
        } else {
          // Sparse pairs: draw by popularity, without repeats.
          for (uint64_t tries = 0; picked.size() < n && tries < n * 64; ++tries) {
            double u = rng.Uniform() * pop_sum;
            size_t k = std::lower_bound(pop_cdf.begin(), pop_cdf.end(), u) - pop_cdf.begin();
            if (k >= np) k = np - 1;
            if (!taken[k]) {
              taken[k] = 1;
              picked.push_back(static_cast<uint32_t>(k));
            }
          }
          for (uint32_t k : picked) taken[k] = 0;
          std::sort(picked.begin(), picked.end());
        }
        double base = std::log(mass[i]) * 0.8 + std::log(mass[j]) * 0.6 + 9.0;
        for (uint32_t k : picked) {
          double lv = base + 0.5 * std::log(pop[k] * np) + 1.8 * rng.Normal();
          double thousands = std::exp(lv) * growth / 1000.0;
          uint64_t thousandths = static_cast<uint64_t>(std::min(thousands * 1000.0, 9e15));
          if (thousandths == 0) thousandths = 1;
          char line[96];
          char* p = line;
          p = PutUint(p, static_cast<uint64_t>(year));
          *p++ = ',';
          p = PutUint(p, static_cast<uint64_t>(countries[i]));
          *p++ = ',';
          p = PutUint(p, static_cast<uint64_t>(countries[j]));
          *p++ = ',';
          uint32_t code = products[k];
          *p++ = static_cast<char>('0' + code / 100000);
          std::snprintf(p, 8, "%05u", code % 100000);
          p += 5;
          *p++ = ',';
          p = PutFixed3(p, thousandths);
          *p++ = ',';
          if (rng.Uniform() < 0.06) {
            *p++ = 'N';
            *p++ = 'A';
          } else {
            // tonnes = dollars / (USD per kg) / 1000, in thousandths of a tonne (= kg).
            double kg = thousands * 1000.0 / unit_price[k] * std::exp(0.3 * rng.Normal());
            p = PutFixed3(p, static_cast<uint64_t>(std::min(std::max(kg, 1.0), 9e15)));
          }
          *p++ = '\n';
          buf.append(line, p - line);
          ++stats.rows;
        }
        if (buf.size() >= (8 << 20)) {
          DYAD_RETURN_IF_ERROR(file.Append(buf));
          stats.bytes += buf.size();
          buf.clear();
          if (progress) progress->Update("synth", stats.rows, total_rows, stats.rows);
        }
      }
    }
  }
  DYAD_RETURN_IF_ERROR(file.Append(buf));
  stats.bytes += buf.size();
  DYAD_RETURN_IF_ERROR(file.Sync());
  DYAD_RETURN_IF_ERROR(file.Close());
  std::error_code ec;
  std::filesystem::rename(tmp, out, ec);
  if (ec) return IoError(out.string() + ": cannot rename into place: " + ec.message());
  if (progress) progress->Finish();
  return stats;
}

}  // namespace dyad::ingest
