#include "ingest/knowledge.h"

#include "base/files.h"
#include "embedded/official_totals_csv.h"
#include "ingest/codes.h"
#include "ingest/rejects.h"
#include "ingest/totals.h"

namespace dyad::ingest {
namespace {

// True when `existing` is the built-in dataset from exactly this file, or a user's own
// dataset of that name (which we must not overwrite).
bool NothingToDo(const store::Dataset* existing, const std::string& checksum) {
  if (existing == nullptr) return false;
  const auto& files = existing->info().files;
  if (files.size() != 1 || files[0].name != kOfficialFile) return true;  // the user's own
  return files[0].checksum == checksum;
}

}  // namespace

Status EnsureBuiltinKnowledge(store::Store& store) {
  std::string_view csv = embedded::official_totals_csv();
  std::string checksum = ChecksumHex(Checksum64(csv));
  DYAD_ASSIGN_OR_RETURN(auto snapshot, store.OpenSnapshot());
  if (NothingToDo(snapshot->FindDataset(kOfficialDataset), checksum)) return Status::Ok();

  store::DatasetInfo info;
  info.name = kOfficialDataset;
  info.kind = store::SourceKind::kNationalTotals;
  info.basis = store::Basis::kNational;
  info.files.push_back({kOfficialFile, checksum, csv.size()});
  info.description =
      "Official bilateral totals published by national statistics agencies, each row with "
      "its source (built in: data/official/" + std::string(kOfficialFile) + ")";
  // Another process may have imported it while we waited for the lock: look again.
  DYAD_ASSIGN_OR_RETURN(auto txn, store.BeginImport(info));
  if (NothingToDo(txn->existing(), checksum)) return Status::Ok();
  RejectLog strict(false, {});
  DYAD_RETURN_IF_ERROR(ParseTotalsCsv(csv, kOfficialFile, Codes::Builtin(), *txn, strict).status());
  return txn->Commit(nullptr).status();
}

}  // namespace dyad::ingest
