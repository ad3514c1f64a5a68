#include "registry/sqlite_util.h"

namespace dyad::registry {

Status SqliteError(sqlite3* db, int rc, std::string_view what) {
  std::string msg = "registry: " + std::string(what) + ": " +
                    (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
  switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return Busy(msg + " (another process is writing; try again)");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return Corrupt(msg);
    case SQLITE_CONSTRAINT:
      return InvalidInput(msg);
    default:
      return IoError(msg);
  }
}

Status Exec(sqlite3* db, std::string_view sql) {
  std::string text(sql);
  char* err = nullptr;
  int rc = sqlite3_exec(db, text.c_str(), nullptr, nullptr, &err);
  sqlite3_free(err);
  if (rc != SQLITE_OK) return SqliteError(db, rc, "executing schema statement");
  return Status::Ok();
}

Result<Stmt> Stmt::Prepare(sqlite3* db, std::string_view sql) {
  sqlite3_stmt* s = nullptr;
  int rc = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &s, nullptr);
  if (rc != SQLITE_OK) {
    sqlite3_finalize(s);
    return SqliteError(db, rc, "preparing a query");
  }
  return Stmt(db, s);
}

Stmt::~Stmt() {
  if (stmt_) sqlite3_finalize(stmt_);
}

Stmt& Stmt::Bind(int i, int64_t v) {
  sqlite3_bind_int64(stmt_, i, v);
  return *this;
}

Stmt& Stmt::Bind(int i, std::string_view v) {
  sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  return *this;
}

Stmt& Stmt::BindNull(int i) {
  sqlite3_bind_null(stmt_, i);
  return *this;
}

Stmt& Stmt::Bind(int i, const std::optional<Date>& d) {
  return d ? Bind(i, d->ToString()) : BindNull(i);
}

Stmt& Stmt::BindOpt(int i, const std::optional<int>& v) {
  return v ? Bind(i, static_cast<int64_t>(*v)) : BindNull(i);
}

Result<bool> Stmt::Step() {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return SqliteError(db_, rc, "running a query");
}

Status Stmt::Run() {
  for (;;) {
    Result<bool> r = Step();
    if (!r.ok()) return r.status();
    if (!r.value()) return Status::Ok();
  }
}

void Stmt::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

int64_t Stmt::Int(int col) const { return sqlite3_column_int64(stmt_, col); }

std::string Stmt::Text(int col) const {
  const unsigned char* p = sqlite3_column_text(stmt_, col);
  if (!p) return "";
  return std::string(reinterpret_cast<const char*>(p),
                     static_cast<size_t>(sqlite3_column_bytes(stmt_, col)));
}

bool Stmt::IsNull(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }

std::optional<Date> Stmt::DateAt(int col) const {
  if (IsNull(col)) return std::nullopt;
  Result<Date> d = ParseDate(Text(col));
  if (!d.ok()) return std::nullopt;
  return d.value();
}

Result<Transaction> Transaction::Begin(sqlite3* db) {
  int rc = sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
  if (rc != SQLITE_OK) return SqliteError(db, rc, "starting a transaction");
  return Transaction(db);
}

Transaction::~Transaction() {
  if (open_) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
}

Status Transaction::Commit() {
  int rc = sqlite3_exec(db_, "COMMIT", nullptr, nullptr, nullptr);
  if (rc != SQLITE_OK) return SqliteError(db_, rc, "committing");
  open_ = false;
  return Status::Ok();
}

std::optional<std::string> DateText(const std::optional<Date>& d) {
  if (!d) return std::nullopt;
  return d->ToString();
}

std::optional<std::string> FirstDayText(const std::optional<Date>& d) {
  if (!d) return std::nullopt;
  return d->First().ToString();
}

std::optional<std::string> LastDayText(const std::optional<Date>& d) {
  if (!d) return std::nullopt;
  return d->Last().ToString();
}

}  // namespace dyad::registry
