// Thin RAII helpers over the SQLite C API for the registry: prepared statements with
// bound parameters (all SQL is parameterised), and IMMEDIATE transactions that roll
// back unless committed. Internal to src/registry. Not thread-safe (one connection).
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "base/date.h"
#include "base/status.h"

namespace dyad::registry {

// Maps an SQLite result code to a Status: BUSY/LOCKED -> kBusy, CORRUPT/NOTADB ->
// kCorrupt, CONSTRAINT -> kInvalidInput, else kIoError; the message names `what`.
Status SqliteError(sqlite3* db, int rc, std::string_view what);

// Runs SQL without parameters (schema, pragmas).
Status Exec(sqlite3* db, std::string_view sql);

class Stmt {
 public:
  static Result<Stmt> Prepare(sqlite3* db, std::string_view sql);
  Stmt(Stmt&& o) noexcept : db_(o.db_), stmt_(o.stmt_) { o.stmt_ = nullptr; }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  ~Stmt();

  // Parameters are 1-based, as in SQLite.
  Stmt& Bind(int i, int64_t v);
  Stmt& Bind(int i, std::string_view v);
  Stmt& Bind(int i, const std::string& v) { return Bind(i, std::string_view(v)); }
  Stmt& Bind(int i, const char* v) { return Bind(i, std::string_view(v)); }
  Stmt& BindNull(int i);
  Stmt& Bind(int i, const std::optional<Date>& d);     // "2024-08-22" / "2023" or NULL
  Stmt& BindOpt(int i, const std::optional<int>& v);
  Stmt& BindOpt(int i, const std::optional<std::string>& v) {
    return v ? Bind(i, std::string_view(*v)) : BindNull(i);
  }

  // Steps once: true when a row is available, false when done.
  Result<bool> Step();
  // Steps to completion (for statements returning no rows).
  Status Run();
  void Reset();

  int64_t Int(int col) const;
  std::string Text(int col) const;
  bool IsNull(int col) const;
  std::optional<Date> DateAt(int col) const;  // NULL or unparsable -> nullopt

 private:
  Stmt(sqlite3* db, sqlite3_stmt* s) : db_(db), stmt_(s) {}
  sqlite3* db_;
  sqlite3_stmt* stmt_;
};

// BEGIN IMMEDIATE on construction (waits for other writers up to busy_timeout);
// ROLLBACK on destruction unless Commit() succeeded.
class Transaction {
 public:
  static Result<Transaction> Begin(sqlite3* db);
  Transaction(Transaction&& o) noexcept : db_(o.db_), open_(o.open_) { o.open_ = false; }
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  ~Transaction();
  Status Commit();

 private:
  explicit Transaction(sqlite3* db) : db_(db), open_(true) {}
  sqlite3* db_;
  bool open_;
};

// The text stored for an optional date and the day range used for filtering:
// "2023" -> first "2023-01-01", last "2023-12-31".
std::optional<std::string> DateText(const std::optional<Date>& d);
std::optional<std::string> FirstDayText(const std::optional<Date>& d);
std::optional<std::string> LastDayText(const std::optional<Date>& d);

}  // namespace dyad::registry
