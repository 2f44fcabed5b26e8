// A private PostgreSQL server for a test binary: initdb into a temporary
// folder, a free port on 127.0.0.1, the socket in that folder; started on
// first use, stopped (pg_ctl, then its postmaster PID) and its folder
// removed when the binary ends, however it ends: a watchdog process does
// that once the binary's end of a pipe closes, so a test that crashes
// leaves no server behind. As root the server runs as the `postgres` user:
// initdb refuses root.
//
// Nothing here is found when Debian's `postgresql` is not installed; tests
// then skip, saying so (CI installs it: scripts/install-deps.sh).
#ifndef CLAIMEX_TESTS_POSTGRES_SERVER_H_
#define CLAIMEX_TESTS_POSTGRES_SERVER_H_

#include <arpa/inet.h>
#include <libpq-fe.h>
#include <netinet/in.h>
#include <pwd.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "test_util.h"

namespace claimex::testing {

class PostgresServer {
 public:
  // The server of this binary; null, with the reason in `why`, when there
  // is none to start.
  static PostgresServer* Get(std::string* why) {
    static std::string failure;
    static std::unique_ptr<PostgresServer> server = [] {
      auto s = std::unique_ptr<PostgresServer>(new PostgresServer());
      failure = s->Start();
      if (!failure.empty()) s.reset();
      return s;
    }();
    *why = failure;
    return server.get();
  }

  ~PostgresServer() {
    if (watchdog_ > 0) {
      close(alive_);
      waitpid(watchdog_, nullptr, 0);
    } else {
      Stop();
    }
  }

  // A new, empty database; its URI (over the socket, user postgres).
  std::string CreateDatabase(const std::string& name) {
    const std::string sql = "CREATE DATABASE \"" + name + "\"";
    PGconn* conn = PQconnectdb(Uri("postgres").c_str());
    PGresult* result = PQexec(conn, sql.c_str());
    PQclear(result);
    PQfinish(conn);
    return Uri(name);
  }

  std::string Uri(const std::string& database) const {
    return "postgresql://postgres@/" + database + "?host=" + socket_dir_ + "&port=" + std::to_string(port_);
  }
  std::string TcpUri(const std::string& database) const {
    return "postgresql://postgres@127.0.0.1:" + std::to_string(port_) + "/" + database;
  }

 private:
  PostgresServer() = default;

  static int Shell(const std::string& command) { return std::system(command.c_str()); }

  void Stop() const {
    if (root_.empty()) return;
    if (!data_.empty()) {
      Shell(AsOwner(bin_ + "/pg_ctl -D '" + data_ + "' -m immediate -w stop") + " >/dev/null 2>&1");
      std::ifstream pid_file(data_ + "/postmaster.pid");
      if (long pid = 0; pid_file >> pid && pid > 0) kill(static_cast<pid_t>(pid), SIGKILL);
    }
    std::error_code ec;
    std::filesystem::remove_all(root_, ec);
  }

  // The watchdog: stops the server once the pipe's write end, held by this
  // process only, closes.
  void Watch() {
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0) return;
    const pid_t pid = fork();
    if (pid == 0) {
      close(fds[1]);
      char byte;
      while (read(fds[0], &byte, 1) > 0) {
      }
      Stop();
      _exit(0);
    }
    close(fds[0]);
    if (pid < 0) {
      close(fds[1]);
      return;
    }
    watchdog_ = pid;
    alive_ = fds[1];
  }

  std::string AsOwner(const std::string& command) const {
    return run_as_postgres_ ? "runuser -u postgres -- " + command : command;
  }

  // "" once running, else why not.
  std::string Start() {
    for (const auto& version : {"17", "16", "15", "14", "13"}) {
      const std::string bin = std::string("/usr/lib/postgresql/") + version + "/bin";
      if (std::filesystem::exists(bin + "/initdb")) {
        bin_ = bin;
        break;
      }
    }
    if (bin_.empty()) return "no PostgreSQL server here (Debian package postgresql; scripts/install-deps.sh)";
    run_as_postgres_ = geteuid() == 0;
    if (run_as_postgres_ && getpwnam("postgres") == nullptr) return "running as root and there is no postgres user";
    char dir[] = "/tmp/claimex-pg-XXXXXX";
    if (mkdtemp(dir) == nullptr) return "cannot make a temporary folder";
    root_ = dir;
    if (chmod(dir, 0755) != 0) return "cannot open " + root_ + " to the server";
    data_ = root_ + "/data";
    socket_dir_ = root_;
    if (run_as_postgres_ && Shell("chown postgres '" + root_ + "'") != 0) return "cannot chown " + root_;
    port_ = FreePort();
    if (port_ == 0) return "no free port";
    if (Shell(AsOwner(bin_ + "/initdb -D '" + data_ + "' -A trust -U postgres -E UTF8 --locale=C.UTF-8") +
              " >'" + root_ + "/initdb.log' 2>&1") != 0) {
      const std::string log = ReadFile(root_ + "/initdb.log");
      data_.clear();
      return "initdb failed: " + log.substr(0, 400);
    }
    const std::string options = "-p " + std::to_string(port_) +
                                " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + socket_dir_ +
                                " -c fsync=off -c max_connections=40";
    if (Shell(AsOwner(bin_ + "/pg_ctl -D '" + data_ + "' -l '" + root_ + "/server.log' -w -t 60 -o '" + options +
                      "' start") +
              " >/dev/null 2>&1") != 0) {
      return "the server did not start: " + ReadFile(root_ + "/server.log").substr(0, 400);
    }
    Watch();
    return "";
  }

  static int FreePort() {
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof addr;
    int port = 0;
    if (bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 &&
        getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &length) == 0) {
      port = ntohs(addr.sin_port);
    }
    close(fd);
    return port;
  }

  std::string bin_, root_, data_, socket_dir_;
  int port_ = 0;
  bool run_as_postgres_ = false;
  pid_t watchdog_ = 0;
  int alive_ = -1;
};

// Rows of `sql` as JSON arrays: integers, floats and booleans typed, the
// rest text, NULL as null, as the SQLite tests read theirs; none for a
// statement that returns no rows.
inline std::vector<nlohmann::json> PostgresQuery(const std::string& uri, const std::string& sql,
                                                 std::string* error) {
  std::vector<nlohmann::json> rows;
  PGconn* conn = PQconnectdb(uri.c_str());
  PGresult* result = PQexec(conn, sql.c_str());
  if (PQresultStatus(result) != PGRES_TUPLES_OK && PQresultStatus(result) != PGRES_COMMAND_OK) {
    *error = sql + ": " + PQresultErrorMessage(result) + PQerrorMessage(conn);
  } else {
    constexpr Oid kBool = 16, kInt8 = 20, kInt2 = 21, kInt4 = 23, kFloat4 = 700, kFloat8 = 701, kNumeric = 1700;
    for (int r = 0; r < PQntuples(result); ++r) {
      nlohmann::json row = nlohmann::json::array();
      for (int c = 0; c < PQnfields(result); ++c) {
        const char* value = PQgetvalue(result, r, c);
        const Oid type = PQftype(result, c);
        if (PQgetisnull(result, r, c)) {
          row.push_back(nullptr);
        } else if (type == kInt8 || type == kInt4 || type == kInt2) {
          row.push_back(std::strtoll(value, nullptr, 10));
        } else if (type == kFloat8 || type == kFloat4 || type == kNumeric) {
          row.push_back(std::strtod(value, nullptr));
        } else if (type == kBool) {
          row.push_back(value[0] == 't' ? 1 : 0);
        } else {
          row.push_back(value);
        }
      }
      rows.push_back(std::move(row));
    }
  }
  PQclear(result);
  PQfinish(conn);
  return rows;
}

}  // namespace claimex::testing

#endif  // CLAIMEX_TESTS_POSTGRES_SERVER_H_
