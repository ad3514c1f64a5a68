#include "store/container.h"

#include <cstring>

#include "store/encoding.h"

namespace dyad::store {

ContainerWriter::ContainerWriter(FileKind kind, Sink sink) : sink_(std::move(sink)) {
  std::string header(kMagic, sizeof kMagic);
  enc::PutU32(&header, kFormatVersion);
  enc::PutU32(&header, static_cast<uint32_t>(kind));
  enc::PutU64(&header, 0);
  status_ = Emit(header);
}

Status ContainerWriter::Emit(std::string_view data) {
  checksum_.Update(data);
  size_ += data.size();
  return sink_(data);
}

Status ContainerWriter::AddSection(uint32_t id, std::string_view data) {
  DYAD_RETURN_IF_ERROR(status_);
  sections_.push_back({id, size_, data.size()});
  status_ = Emit(data);
  static const char kZeros[8] = {};
  if (status_.ok() && data.size() % 8 != 0) status_ = Emit({kZeros, 8 - data.size() % 8});
  return status_;
}

Result<uint64_t> ContainerWriter::Finish() {
  DYAD_RETURN_IF_ERROR(status_);
  std::string table;
  uint64_t table_offset = size_;
  enc::PutU32(&table, static_cast<uint32_t>(sections_.size()));
  enc::PutU32(&table, 0);
  for (const Entry& e : sections_) {
    enc::PutU32(&table, e.id);
    enc::PutU32(&table, 0);
    enc::PutU64(&table, e.offset);
    enc::PutU64(&table, e.size);
  }
  enc::PutU64(&table, table_offset);
  DYAD_RETURN_IF_ERROR(Emit(table));
  uint64_t sum = checksum_.Digest();
  std::string footer;
  enc::PutU64(&footer, sum);
  footer.append(kEndMagic, sizeof kEndMagic);
  size_ += footer.size();
  DYAD_RETURN_IF_ERROR(sink_(footer));
  return sum;
}

std::string_view Container::Section(uint32_t id, bool* found) const {
  for (const auto& [sid, data] : sections) {
    if (sid == id) {
      if (found) *found = true;
      return data;
    }
  }
  if (found) *found = false;
  return {};
}

Result<Container> ParseContainer(std::string_view data, FileKind expected,
                                 std::string_view name) {
  auto bad = [&](std::string what) { return Corrupt(std::string(name) + ": " + what); };
  if (data.size() < kHeaderSize + kFooterSize) {
    return bad("file too short (" + std::to_string(data.size()) + " bytes)");
  }
  if (std::memcmp(data.data(), kMagic, sizeof kMagic) != 0) return bad("bad magic");
  uint32_t version = enc::LoadLE<uint32_t>(data.data() + 8);
  if (version != kFormatVersion) {
    return bad("format version " + std::to_string(version) + ", expected " +
               std::to_string(kFormatVersion));
  }
  uint32_t kind = enc::LoadLE<uint32_t>(data.data() + 12);
  if (kind != static_cast<uint32_t>(expected)) {
    return bad("file kind " + std::to_string(kind) + ", expected " +
               std::to_string(static_cast<uint32_t>(expected)));
  }
  if (std::memcmp(data.data() + data.size() - 8, kEndMagic, sizeof kEndMagic) != 0) {
    return bad("bad end magic (truncated file?)");
  }
  Container c;
  c.kind = expected;
  c.checksum = enc::LoadLE<uint64_t>(data.data() + data.size() - 16);
  uint64_t table_offset = enc::LoadLE<uint64_t>(data.data() + data.size() - 24);
  uint64_t table_end = data.size() - kFooterSize;
  if (table_offset < kHeaderSize || table_offset + 8 > table_end) {
    return bad("section table offset out of range");
  }
  enc::Reader r(data.substr(table_offset, table_end - table_offset));
  uint32_t count = r.U32();
  r.U32();
  if (!r.ok() || r.remaining() != static_cast<uint64_t>(count) * 24) {
    return bad("section table size does not match its count");
  }
  for (uint32_t i = 0; i < count; ++i) {
    uint32_t id = r.U32();
    r.U32();
    uint64_t off = r.U64(), size = r.U64();
    if (off < kHeaderSize || off > table_offset || size > table_offset - off) {
      return bad("section " + std::to_string(id) + " out of range");
    }
    c.sections.emplace_back(id, data.substr(off, size));
  }
  return c;
}

Status VerifyChecksum(std::string_view data, std::string_view name) {
  if (data.size() < kHeaderSize + kFooterSize) {
    return Corrupt(std::string(name) + ": file too short");
  }
  // A truncated file is reported as such, not as a checksum mismatch.
  if (std::memcmp(data.data() + data.size() - 8, kEndMagic, sizeof kEndMagic) != 0) {
    return Corrupt(std::string(name) + ": bad end magic (truncated file?)");
  }
  uint64_t stored = enc::LoadLE<uint64_t>(data.data() + data.size() - 16);
  uint64_t actual = Checksum64(data.substr(0, data.size() - 16));
  if (stored != actual) {
    return Corrupt(std::string(name) + ": checksum mismatch (stored " + ChecksumHex(stored) +
                   ", computed " + ChecksumHex(actual) + ")");
  }
  return Status::Ok();
}

}  // namespace dyad::store
