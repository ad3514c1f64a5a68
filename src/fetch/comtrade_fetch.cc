#include "fetch/comtrade_fetch.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <deque>
#include <thread>

#include <curl/curl.h>

#include "base/files.h"
#include "base/strings.h"
#include "fetch/comtrade_import.h"
#include "fetch/download.h"
#include "fetch/http.h"
#include "fetch/sha256.h"
#include "reference/countries.h"

namespace dyad::fetch {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// Spaces the starts of calls at least `interval` apart.
class Throttle {
 public:
  explicit Throttle(double calls_per_minute)
      : interval_(calls_per_minute > 0 ? 60.0 / calls_per_minute : 0) {}
  double interval() const { return interval_; }
  void Wait(double at_least_seconds = 0) {
    auto now = Clock::now();
    double wait = std::max(at_least_seconds, started_ ? interval_ - Seconds(now - last_) : 0.0);
    if (wait > 0) std::this_thread::sleep_for(std::chrono::duration<double>(wait));
    last_ = Clock::now();
    started_ = true;
  }

 private:
  static double Seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }
  double interval_;
  bool started_ = false;
  Clock::time_point last_;
};

class ResponseCache {
 public:
  explicit ResponseCache(fs::path dir) : dir_(std::move(dir)) {}
  fs::path PathFor(const std::string& url) const { return dir_ / (Sha256Hex(url).substr(0, 32) + ".json"); }
  std::optional<std::string> Get(const std::string& url) const {
    auto text = ReadFile(PathFor(url));
    if (!text.ok()) return std::nullopt;
    return std::move(text).value();
  }
  Status Put(const std::string& url, std::string_view body) const {
    std::error_code ec;
    fs::create_directories(dir_, ec);
    return WriteFileAtomic(PathFor(url), body);
  }

 private:
  fs::path dir_;
};

// Seconds from a Retry-After header: delta-seconds or an HTTP date; nullopt if absent.
std::optional<double> RetryAfter(const std::string& value) {
  if (value.empty()) return std::nullopt;
  try {
    size_t used = 0;
    double s = std::stod(value, &used);
    if (used == value.size() && s >= 0) return s;
  } catch (...) {
  }
  time_t when = curl_getdate(value.c_str(), nullptr);
  if (when < 0) return std::nullopt;
  return std::max(0.0, std::difftime(when, std::time(nullptr)));
}

struct Caller {
  const ComtradeFetchRequest& req;
  Throttle throttle;
  ComtradeFetchResult* out;
  uint64_t bytes = 0;

  // One call's body: 200 after retries of 429 and 5xx, else the error in plain words.
  Result<std::string> Call(const std::string& url, const std::string& label) {
    HttpRequest http;
    http.url = url;
    http.compressed = true;
    if (!req.key.empty()) http.headers.push_back("Ocp-Apim-Subscription-Key: " + req.key);
    double wait = 0;
    for (int attempt = 0;; ++attempt) {
      throttle.Wait(wait);
      ++out->to_api;
      auto r = HttpFetch(http);
      bool last = attempt >= req.retries;
      // Doubling from the throttle's interval: 6 s, 12 s, 24 s ... at 10 calls a minute.
      double backoff = throttle.interval() * std::pow(2.0, attempt);
      if (!r.ok()) {
        // A cut connection is worth another try; DNS, refusal and TLS are not.
        bool transient = r.status().message().find("truncated body") != std::string::npos ||
                         r.status().message().find("closed the connection") != std::string::npos;
        if (!transient || last) return r.status();
        wait = std::min(backoff, req.max_wait_seconds);
        ++out->retries;
        continue;
      }
      bytes += r->body_bytes;
      if (req.progress) req.progress->Update(label, bytes, 0, 0);
      long s = r->status;
      if (s == 200) return std::move(r->body);
      bool quota = ToLowerAscii(ComtradeErrorText(r->body)).find("quota") != std::string::npos;
      if ((s == 429 || s >= 500) && !quota && !last) {
        wait = RetryAfter(r->Header("retry-after")).value_or(backoff);
        if (wait > req.max_wait_seconds) {
          return IoError(UrlForMessage(url) + ": the Comtrade API asks to wait " + std::to_string(std::lround(wait)) +
                         " s before the next call (" + HttpStatusText(s) + "); run the same command again later");
        }
        ++out->retries;
        continue;
      }
      return IoError(ComtradeStatusMessage(s, r->body, url, !req.key.empty()));
    }
  }
};

std::vector<int> AllPartnerCodes() {
  std::vector<int> codes;
  for (const auto& c : reference::Countries::Builtin().all()) {
    int code = ComtradeCountryCode(c.numeric, c.trade_codes);
    if (code > 0 && std::find(codes.begin(), codes.end(), code) == codes.end()) codes.push_back(code);
  }
  std::sort(codes.begin(), codes.end());
  return codes;
}

// "comtrade: 3 calls done, 4 left (about 0:24 at the throttle's pace)".
std::string CallLabel(int done, size_t left, double interval) {
  std::string label = "comtrade: " + std::to_string(done) + " calls done, " + std::to_string(left) + " left";
  long eta = std::lround(static_cast<double>(left) * interval);
  if (left > 0 && eta > 0) {
    char buf[48];
    std::snprintf(buf, sizeof buf, " (about %ld:%02ld)", eta / 60, eta % 60);
    label += buf;
  }
  return label;
}

std::string Years(const ComtradeQuery& q) {
  return q.first_year == q.last_year ? std::to_string(q.first_year)
                                     : std::to_string(q.first_year) + "-" + std::to_string(q.last_year);
}

std::string TooManyMessage(const ComtradeFetchRequest& req, const ComtradeCall& call, uint64_t cap, bool preview) {
  std::string what = req.reporter_code + " " + std::to_string(call.years.front()) + " flow " + call.flows.front() +
                     (call.partners.size() == 1 ? " partner " + std::to_string(call.partners.front()) : "");
  std::string fix = preview ? "use a subscription key (--key-file or $COMTRADE_KEY), which allows " +
                                  WithThousands(static_cast<int64_t>(kKeyRecordCap)) + " a call"
                            : "ask for a coarser --level";
  return "comtrade: " + what + " has more records than one call returns (" +
         WithThousands(static_cast<int64_t>(cap)) + "" + (preview ? ", the public preview's cap" : "") +
         ") and cannot be split further; " + fix;
}

}  // namespace

int ComtradeCountryCode(int iso_numeric, const std::vector<int>& trade_codes) {
  for (int c : trade_codes) {
    if (c != iso_numeric) return c;
  }
  return iso_numeric;
}

Result<ComtradeFetchResult> FetchComtrade(store::Store& store, const ComtradeFetchRequest& req) {
  ComtradeFetchResult out;
  out.preview = req.key.empty();
  uint64_t endpoint_cap = out.preview ? kPreviewRecordCap : kKeyRecordCap;
  out.record_cap = req.max_records > 0 ? std::min(req.max_records, endpoint_cap) : endpoint_cap;
  std::vector<ComtradeCall> plan = PlanComtradeCalls(req.query, req.base_url, out.preview, out.record_cap);
  for (const auto& c : plan) out.planned.push_back(ComtradeCallUrl(req.base_url, out.preview, req.query, c, out.record_cap));
  if (out.preview) {
    out.notes.push_back("no subscription key (--key-file or $COMTRADE_KEY): using the public preview, which returns "
                        "at most 500 records a call; dyad splits the request to stay under it");
  }
  if (req.query.level == ComtradeLevel::kHs2 || req.query.level == ComtradeLevel::kHs4) {
    out.notes.push_back("2- and 4-digit rows are stored at that level: composition answers by chapter or "
                        "heading, not by HS6 product");
  }
  if (req.dry_run) return out;

  fs::path dir = req.data_dir / "fetch" / "comtrade";
  ResponseCache cache(dir / "cache");
  Caller caller{req, Throttle(req.calls_per_minute), &out};
  std::vector<int> all_partners = AllPartnerCodes();
  std::deque<ComtradeCall> queue(plan.begin(), plan.end());
  nlohmann::json records = nlohmann::json::array();
  while (!queue.empty()) {
    ComtradeCall call = queue.front();
    queue.pop_front();
    std::string url = ComtradeCallUrl(req.base_url, out.preview, req.query, call, out.record_cap);
    std::string body;
    auto cached = cache.Get(url);
    if (cached) {
      body = std::move(*cached);
      ++out.from_cache;
    } else {
      DYAD_ASSIGN_OR_RETURN(body, caller.Call(url, CallLabel(out.calls, queue.size() + 1, caller.throttle.interval())));
    }
    ++out.calls;
    DYAD_ASSIGN_OR_RETURN(ComtradeResponse response, ParseComtradeResponse(body, url));
    if (!cached) DYAD_RETURN_IF_ERROR(cache.Put(url, body));  // only answers that parse
    if (req.progress) req.progress->Update(CallLabel(out.calls, queue.size(), caller.throttle.interval()), caller.bytes, 0, 0);
    if (response.data.size() >= out.record_cap) {
      auto halves = SplitComtradeCall(call, all_partners);
      if (!halves) return InvalidInput(TooManyMessage(req, call, out.record_cap, out.preview));
      ++out.splits;
      queue.push_front(halves->second);
      queue.push_front(halves->first);
      continue;
    }
    for (auto& r : response.data) records.push_back(std::move(r));
  }
  if (req.progress) req.progress->Finish();
  out.records = records.size();
  if (records.empty()) {
    out.notes.push_back("the API has no records for this query; nothing imported");
    return out;
  }
  std::string name = "comtrade_" + req.reporter_code + "_" + req.partner_label + "_" + Years(req.query) + "_" +
                     ToLowerAscii(CmdCode(req.query.level)) + ".json";
  out.imported_file = dir / name;
  std::string dataset = req.dataset.empty()
                            ? "comtrade-" + ToLowerAscii(req.reporter_code) +
                                  (req.partner_label == "all" ? "" : "-" + ToLowerAscii(req.partner_label))
                            : req.dataset;
  DYAD_ASSIGN_OR_RETURN(out.import, ImportComtradeRecords(store, records, out.imported_file, dataset, req.progress));
  if (req.progress) req.progress->Finish();
  return out;
}

}  // namespace dyad::fetch
