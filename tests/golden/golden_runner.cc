// Golden test runner: runs the commands of a .test transcript and diffs their output.
//
// A transcript is a sequence of blocks. A block starts with "$ <shell command>" and
// is followed by the expected output: stdout verbatim, then each stderr line prefixed
// with "stderr: ", then "[exit N]" when the exit code is not 0. Lines starting with
// ";;" are comments; they belong to the block that follows them. Commands run with /bin/sh in the transcript's folder,
// with the dyad binary first on PATH, a fresh empty data directory in $DYAD_HOME shared
// by the blocks of one file, and $SHARED pointing at ../shared.
//
// Usage: golden_runner FILE.test DYAD_BIN_DIR. With DYAD_GOLDEN_UPDATE=1 it rewrites
// the file with the actual output instead of failing.
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Block {
  std::vector<std::string> comments;
  std::string command;
  std::string expected;
};

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<Block> Parse(const std::string& text) {
  std::vector<Block> blocks;
  std::vector<std::string> comments;
  std::istringstream in(text);
  std::string line;
  Block* cur = nullptr;
  while (std::getline(in, line)) {
    if (line.rfind("$ ", 0) == 0) {
      blocks.push_back(Block{comments, line.substr(2), ""});
      comments.clear();
      cur = &blocks.back();
    } else if (line.rfind(";;", 0) == 0) {
      comments.push_back(line);
    } else if (cur != nullptr) {
      cur->expected += line + "\n";
    }
  }
  // Blank lines separating blocks are not part of the expected output.
  for (Block& b : blocks) {
    while (b.expected.size() >= 2 && b.expected.compare(b.expected.size() - 2, 2, "\n\n") == 0) {
      b.expected.pop_back();
    }
    if (b.expected == "\n") b.expected.clear();
  }
  return blocks;
}

std::string Run(const std::string& command, const std::string& dir) {
  std::string out_path = dir + "/stdout", err_path = dir + "/stderr";
  std::string full = "( " + command + " ) >" + out_path + " 2>" + err_path + " </dev/null";
  int rc = std::system(full.c_str());
  int code = WIFEXITED(rc) ? WEXITSTATUS(rc) : 128 + WTERMSIG(rc);
  std::string result = ReadAll(out_path);
  if (!result.empty() && result.back() != '\n') result += "\n";
  std::istringstream err(ReadAll(err_path));
  std::string line;
  while (std::getline(err, line)) result += "stderr: " + line + "\n";
  if (code != 0) result += "[exit " + std::to_string(code) + "]\n";
  return result;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: golden_runner FILE.test DYAD_BIN_DIR\n";
    return 2;
  }
  std::string file = argv[1];
  std::string bin_dir = std::filesystem::absolute(argv[2]).string();
  char tmpl[] = "/tmp/dyad-golden-XXXXXX";
  if (mkdtemp(tmpl) == nullptr) {
    std::perror("mkdtemp");
    return 1;
  }
  std::string tmp = tmpl;
  std::string home = tmp + "/home";
  std::filesystem::create_directories(home);
  std::string path = bin_dir + ":" + (std::getenv("PATH") ? std::getenv("PATH") : "/usr/bin:/bin");
  setenv("PATH", path.c_str(), 1);
  setenv("DYAD_HOME", home.c_str(), 1);
  setenv("TMP", tmp.c_str(), 1);
  setenv("COLUMNS", "120", 1);
  unsetenv("XDG_DATA_HOME");
  if (!std::getenv("SHARED")) {
    std::string shared = std::filesystem::absolute(std::filesystem::path(file).parent_path() /
                                                   "../../../shared").lexically_normal().string();
    if (const char* s = std::getenv("DYAD_SHARED")) shared = s;
    setenv("SHARED", shared.c_str(), 1);
  }

  std::vector<Block> blocks = Parse(ReadAll(file));
  bool update = std::getenv("DYAD_GOLDEN_UPDATE") != nullptr;
  int failures = 0;
  std::string rewritten;
  for (Block& b : blocks) {
    std::string actual = Run(b.command, tmp);
    for (const auto& c : b.comments) rewritten += c + "\n";
    rewritten += "$ " + b.command + "\n" + actual + "\n";
    if (actual != b.expected) {
      ++failures;
      if (!update) {
        std::cerr << file << ": command: " << b.command << "\n--- expected\n"
                  << b.expected << "--- actual\n" << actual << "---\n";
      }
    }
  }
  std::filesystem::remove_all(tmp);
  if (update) {
    while (rewritten.size() >= 2 && rewritten.compare(rewritten.size() - 2, 2, "\n\n") == 0) {
      rewritten.pop_back();
    }
    std::ofstream(file, std::ios::binary) << rewritten;
    std::cout << file << ": rewritten (" << failures << " blocks changed)\n";
    return 0;
  }
  std::cout << blocks.size() - failures << " passed, " << failures << " failed\n";
  return failures == 0 ? 0 : 1;
}
