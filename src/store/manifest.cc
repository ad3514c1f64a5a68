#include "store/manifest.h"

#include "store/container.h"
#include "store/encoding.h"

namespace dyad::store {
namespace {

constexpr uint32_t kBodySection = 1;
// Added in place of a version bump: per dataset, in body order, string coverage and u8
// product level. A manifest without it (written before) means "all" and 6.
constexpr uint32_t kCoverageSection = 2;

}  // namespace

std::string EncodeManifest(const Manifest& m) {
  std::string body;
  enc::PutU64(&body, m.generation);
  enc::PutVarint(&body, m.datasets.size());
  for (const DatasetEntry& d : m.datasets) {
    const DatasetInfo& i = d.info;
    enc::PutString(&body, i.name);
    enc::PutU8(&body, static_cast<uint8_t>(i.kind));
    enc::PutU8(&body, static_cast<uint8_t>(i.basis));
    enc::PutU8(&body, i.synthetic ? 1 : 0);
    enc::PutString(&body, i.vintage);
    enc::PutString(&body, i.hs_edition);
    enc::PutString(&body, i.imported_at);
    enc::PutString(&body, i.description);
    enc::PutVarint(&body, i.files.size());
    for (const SourceFile& f : i.files) {
      enc::PutString(&body, f.name);
      enc::PutString(&body, f.checksum);
      enc::PutVarint(&body, f.bytes);
    }
    enc::PutVarint(&body, d.product_rows);
    enc::PutVarint(&body, d.aggregate_rows);
    enc::PutVarint(&body, d.descriptions);
    enc::PutVarint(&body, d.aggregate_years.size());
    for (uint16_t y : d.aggregate_years) enc::PutU16(&body, y);
    enc::PutVarint(&body, d.files.size());
    for (const StoredFile& f : d.files) {
      enc::PutString(&body, f.name);
      enc::PutU8(&body, static_cast<uint8_t>(f.type));
      enc::PutU16(&body, f.year);
      enc::PutVarint(&body, f.rows);
      enc::PutU64(&body, f.size);
      enc::PutU64(&body, f.checksum);
    }
  }
  std::string coverage;
  for (const DatasetEntry& d : m.datasets) {
    enc::PutString(&coverage, d.info.coverage);
    enc::PutU8(&coverage, d.info.product_level);
  }
  std::string out;
  ContainerWriter w(FileKind::kManifest, [&out](std::string_view s) {
    out.append(s);
    return Status::Ok();
  });
  w.AddSection(kBodySection, body).IgnoreError();  // a string sink cannot fail
  w.AddSection(kCoverageSection, coverage).IgnoreError();
  w.Finish().status().IgnoreError();
  return out;
}

Result<Manifest> DecodeManifest(std::string_view data, std::string_view name) {
  DYAD_RETURN_IF_ERROR(VerifyChecksum(data, name));
  DYAD_ASSIGN_OR_RETURN(Container c, ParseContainer(data, FileKind::kManifest, name));
  bool found = false;
  enc::Reader r(c.Section(kBodySection, &found));
  if (!found) return Corrupt(std::string(name) + ": no body section");
  Manifest m;
  m.checksum = c.checksum;
  m.generation = r.U64();
  uint64_t n = r.Varint();
  for (uint64_t k = 0; k < n && r.ok(); ++k) {
    DatasetEntry d;
    DatasetInfo& i = d.info;
    i.name = r.String();
    uint8_t kind = r.U8(), basis = r.U8(), synthetic = r.U8();
    if (kind > static_cast<uint8_t>(SourceKind::kSynthetic) ||
        basis > static_cast<uint8_t>(Basis::kNational) || synthetic > 1) {
      return Corrupt(std::string(name) + ": dataset \"" + i.name + "\": bad kind or basis");
    }
    i.kind = static_cast<SourceKind>(kind);
    i.basis = static_cast<Basis>(basis);
    i.synthetic = synthetic == 1;
    i.vintage = r.String();
    i.hs_edition = r.String();
    i.imported_at = r.String();
    i.description = r.String();
    uint64_t nf = r.Varint();
    for (uint64_t j = 0; j < nf && r.ok(); ++j) {
      SourceFile f;
      f.name = r.String();
      f.checksum = r.String();
      f.bytes = r.Varint();
      i.files.push_back(std::move(f));
    }
    d.product_rows = r.Varint();
    d.aggregate_rows = r.Varint();
    d.descriptions = r.Varint();
    uint64_t ny = r.Varint();
    for (uint64_t j = 0; j < ny && r.ok(); ++j) d.aggregate_years.push_back(r.U16());
    uint64_t nfiles = r.Varint();
    for (uint64_t j = 0; j < nfiles && r.ok(); ++j) {
      StoredFile f;
      f.name = r.String();
      uint8_t type = r.U8();
      if (type != 1 && type != 2) {
        return Corrupt(std::string(name) + ": file \"" + f.name + "\": bad type");
      }
      f.type = static_cast<StoredFileType>(type);
      f.year = r.U16();
      f.rows = r.Varint();
      f.size = r.U64();
      f.checksum = r.U64();
      if (f.name.empty() || f.name.find('/') != std::string::npos || f.name[0] == '.') {
        return Corrupt(std::string(name) + ": bad file name \"" + f.name + "\"");
      }
      d.files.push_back(std::move(f));
    }
    m.datasets.push_back(std::move(d));
  }
  if (!r.ok() || r.remaining() != 0) return Corrupt(std::string(name) + ": malformed body");
  bool has_coverage = false;
  enc::Reader cr(c.Section(kCoverageSection, &has_coverage));
  if (has_coverage) {
    for (DatasetEntry& d : m.datasets) {
      d.info.coverage = cr.String();
      d.info.product_level = cr.U8();
      if (d.info.product_level != 2 && d.info.product_level != 4 && d.info.product_level != 6) {
        return Corrupt(std::string(name) + ": dataset \"" + d.info.name + "\": bad product level");
      }
    }
    if (!cr.ok() || cr.remaining() != 0) return Corrupt(std::string(name) + ": malformed coverage section");
  }
  return m;
}

}  // namespace dyad::store
