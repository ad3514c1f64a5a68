#include "store/meta.h"

#include <tuple>

#include "reference/countries.h"
#include "store/container.h"
#include "store/encoding.h"

namespace dyad::store {
namespace {

enum MetaSection : uint32_t { kAggregates = 1, kDescriptionIndex = 2, kDescriptionText = 3 };

void PutOptional(std::string* out, const std::optional<int64_t>& v) {
  enc::PutU8(out, v.has_value() ? 1 : 0);
  if (v) enc::PutU64(out, static_cast<uint64_t>(*v));
}

}  // namespace

bool AggregateLess(const AggregateFlow& a, const AggregateFlow& b) {
  return std::tie(a.year, a.reporter, a.partner, a.first_month, a.last_month) <
         std::tie(b.year, b.reporter, b.partner, b.first_month, b.last_month);
}

Result<StoredFile> WriteMetaFile(const fs::path& dir, const std::string& name,
                                 const std::vector<AggregateFlow>& aggregates,
                                 const std::vector<std::pair<uint32_t, std::string>>& descriptions) {
  const auto& table = reference::Countries::Builtin();
  std::string agg;
  enc::PutVarint(&agg, aggregates.size());
  for (const AggregateFlow& a : aggregates) {
    enc::PutU16(&agg, a.year);
    enc::PutU8(&agg, a.first_month);
    enc::PutU8(&agg, a.last_month);
    enc::PutString(&agg, table.at(a.reporter).code);
    enc::PutString(&agg, table.at(a.partner).code);
    PutOptional(&agg, a.exports_usd);
    PutOptional(&agg, a.imports_usd);
    PutOptional(&agg, a.total_usd);
    enc::PutU8(&agg, static_cast<uint8_t>(a.qualifier));
    enc::PutString(&agg, a.source);
    enc::PutString(&agg, a.source_url);
    enc::PutString(&agg, a.published);
  }
  std::string index, text;
  for (const auto& [hs6, d] : descriptions) {
    enc::PutU32(&index, hs6);
    enc::PutU32(&index, static_cast<uint32_t>(text.size()));
    enc::PutU32(&index, static_cast<uint32_t>(d.size()));
    text.append(d);
  }
  std::string bytes;
  ContainerWriter w(FileKind::kMeta, [&bytes](std::string_view s) {
    bytes.append(s);
    return Status::Ok();
  });
  DYAD_RETURN_IF_ERROR(w.AddSection(kAggregates, agg));
  DYAD_RETURN_IF_ERROR(w.AddSection(kDescriptionIndex, index));
  DYAD_RETURN_IF_ERROR(w.AddSection(kDescriptionText, text));
  DYAD_ASSIGN_OR_RETURN(uint64_t checksum, w.Finish());
  DYAD_ASSIGN_OR_RETURN(WritableFile file, WritableFile::Create(dir / name));
  DYAD_RETURN_IF_ERROR(file.Append(bytes));
  DYAD_RETURN_IF_ERROR(file.Sync());
  DYAD_RETURN_IF_ERROR(file.Close());
  StoredFile out;
  out.name = name;
  out.type = StoredFileType::kMeta;
  out.rows = aggregates.size();
  out.size = bytes.size();
  out.checksum = checksum;
  return out;
}

Result<std::unique_ptr<MetaFile>> MetaFile::Open(MappedFile file, std::string name) {
  std::unique_ptr<MetaFile> m(new MetaFile());
  m->file_ = std::move(file);
  m->name_ = std::move(name);
  auto bad = [&](const std::string& what) { return Corrupt(m->name_ + ": " + what); };
  DYAD_ASSIGN_OR_RETURN(Container c, ParseContainer(m->file_.data(), FileKind::kMeta, m->name_));
  bool f1 = false, f2 = false, f3 = false;
  enc::Reader r(c.Section(kAggregates, &f1));
  m->index_ = c.Section(kDescriptionIndex, &f2);
  m->text_ = c.Section(kDescriptionText, &f3);
  if (!f1 || !f2 || !f3) return bad("missing section");
  if (m->index_.size() % 12 != 0) return bad("bad description index size");
  const auto& table = reference::Countries::Builtin();
  uint64_t n = r.Varint();
  if (n > r.remaining()) return bad("bad aggregate count");
  for (uint64_t i = 0; i < n && r.ok(); ++i) {
    AggregateFlow a;
    a.year = r.U16();
    a.first_month = r.U8();
    a.last_month = r.U8();
    std::string_view reporter = r.String(), partner = r.String();
    for (std::optional<int64_t>* v : {&a.exports_usd, &a.imports_usd, &a.total_usd}) {
      uint8_t has = r.U8();
      if (has > 1) return bad("aggregate row " + std::to_string(i) + ": bad optional flag");
      if (has) *v = static_cast<int64_t>(r.U64());
    }
    uint8_t q = r.U8();
    a.source = r.String();
    a.source_url = r.String();
    a.published = r.String();
    if (!r.ok()) break;
    const reference::Country* rc = table.FindByCode(reporter);
    const reference::Country* pc = table.FindByCode(partner);
    if (rc == nullptr || pc == nullptr) {
      return bad("aggregate row " + std::to_string(i) + ": unknown country code");
    }
    if (q > static_cast<uint8_t>(Qualifier::kLessThan) || a.first_month < 1 ||
        a.first_month > a.last_month || a.last_month > 12) {
      return bad("aggregate row " + std::to_string(i) + ": bad months or qualifier");
    }
    a.reporter = rc->index;
    a.partner = pc->index;
    a.qualifier = static_cast<Qualifier>(q);
    m->aggregates_.push_back(std::move(a));
  }
  if (!r.ok() || r.remaining() != 0) return bad("aggregate rows do not decode");
  return m;
}

std::string_view MetaFile::Description(uint32_t hs6) const {
  size_t lo = 0, hi = description_count();
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    uint32_t code = enc::LoadLE<uint32_t>(index_.data() + mid * 12);
    if (code == hs6) {
      uint32_t off = enc::LoadLE<uint32_t>(index_.data() + mid * 12 + 4);
      uint32_t len = enc::LoadLE<uint32_t>(index_.data() + mid * 12 + 8);
      if (off > text_.size() || len > text_.size() - off) return {};
      return text_.substr(off, len);
    }
    if (code < hs6) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return {};
}

Status MetaFile::Verify() const {
  for (size_t i = 0; i < description_count(); ++i) {
    uint32_t code = enc::LoadLE<uint32_t>(index_.data() + i * 12);
    uint32_t off = enc::LoadLE<uint32_t>(index_.data() + i * 12 + 4);
    uint32_t len = enc::LoadLE<uint32_t>(index_.data() + i * 12 + 8);
    if (i > 0 && code <= enc::LoadLE<uint32_t>(index_.data() + (i - 1) * 12)) {
      return Corrupt(name_ + ": description index not sorted");
    }
    if (off > text_.size() || len > text_.size() - off) {
      return Corrupt(name_ + ": description of " + std::to_string(code) + " out of range");
    }
  }
  for (size_t i = 1; i < aggregates_.size(); ++i) {
    if (AggregateLess(aggregates_[i], aggregates_[i - 1])) {
      return Corrupt(name_ + ": aggregate rows not sorted");
    }
  }
  return Status::Ok();
}

}  // namespace dyad::store
