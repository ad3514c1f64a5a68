// Two processes writing one registry at once lose nothing: each write is an IMMEDIATE
// transaction that waits for the other (busy_timeout), and WAL keeps readers going.
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <cstdio>

#include "test_util.h"

namespace dyad::registry {
namespace {

using testing::MakeAgreement;
using testing::TempDir;

// Runs in a forked child: opens the (possibly not yet created) registry and adds 50
// agreements, one transaction each. Returns the process exit code.
int AddFifty(const std::filesystem::path& db, int writer) {
  auto reg = Registry::Open(db);
  if (!reg.ok()) {
    fprintf(stderr, "writer %d: %s\n", writer, reg.status().message().c_str());
    return 10;
  }
  for (int i = 0; i < 50; ++i) {
    Agreement a = MakeAgreement("Writer " + std::to_string(writer) + " agreement " + std::to_string(i));
    if (Status s = (*reg)->UpsertAgreement(a).status(); !s.ok()) {
      fprintf(stderr, "writer %d: %s\n", writer, s.message().c_str());
      return 11;
    }
  }
  return 0;
}

TEST(RegistryConcurrency, TwoProcessesAddingFiftyEachGiveOneHundred) {
  TempDir dir;
  pid_t pids[2];
  for (int w = 0; w < 2; ++w) {
    pids[w] = fork();
    ASSERT_GE(pids[w], 0);
    if (pids[w] == 0) _exit(AddFifty(dir.db(), w));
  }
  for (pid_t pid : pids) {
    int status = 0;
    ASSERT_EQ(waitpid(pid, &status, 0), pid);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 0);
  }
  auto reg = Registry::Open(dir.db());
  ASSERT_TRUE(reg.ok());
  auto all = (*reg)->ListAgreements(AgreementFilter{.kind = "agreement"});
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(all->size(), 100u);
  // Seeded exactly once although both processes raced to create the file.
  EXPECT_EQ((*reg)->ListAgreements(AgreementFilter{.kind = "treaty"})->size(), 1u);
}

}  // namespace
}  // namespace dyad::registry
