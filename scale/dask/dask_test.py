#!/usr/bin/python3
"""claimex_dask.py against a real scheduler and two workers on 127.0.0.1.

    /usr/bin/python3 scale/dask/dask_test.py --claimex build/bin/claimex --source .

A few hundred generated articles (bench/gen_corpus.py), with a malformed
line, a blank one, an id reused with another text across shards and a
document repeated, plus a folder with a .txt document: 8 shards. Every run
must give the bytes and the reject records of one `claimex extract | claimex
merge`; also with a worker SIGKILLed while it runs a shard, and with the
driver's own --local-workers cluster. A shard that
fails three times must fail the run, naming the shard and its stderr. The
workers run where this module cannot be imported. With --sink into a private
PostgreSQL server (skipped, saying so, only when PostgreSQL's binaries are
missing), the store must end as one `claimex run --sink` over the same
inputs leaves another database of that server, table by table.

Every process started here is stopped by its PID (its process group) at the
end, and dies with this process if it is killed (PR_SET_PDEATHSIG).
Exit 77 (CTest's skip) when Debian's python3-distributed is missing.
"""
import argparse
import ctypes
import glob
import re
import shutil
import socket
import json
import math
import os
import signal
import subprocess
import sys
import tempfile
import time
import unittest

try:
    import distributed
except ImportError:
    print("SKIP: python3-distributed is not installed (scripts/install-deps.sh installs it)")
    sys.exit(77)

PYTHON = "/usr/bin/python3"
ARGS = None
CLUSTER = None


def die_with_parent():
    # PR_SET_PDEATHSIG: a test killed by CTest's timeout takes these along.
    ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)


class Cluster:
    """A scheduler and two nannied workers, each in its own process group."""

    def __init__(self, work):
        self.work = work
        self.processes = []
        self.client = None
        try:
            self.start_all()
        except BaseException:
            self.stop()
            raise

    def start_all(self):
        work = self.work
        self.scheduler_file = os.path.join(work, "scheduler.json")
        env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
        self.start(["distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                    "--dashboard-address", "127.0.0.1:0",
                    "--scheduler-file", self.scheduler_file], "scheduler", env)
        deadline = time.monotonic() + 60
        while not os.path.exists(self.scheduler_file):
            if time.monotonic() > deadline or self.processes[0].poll() is not None:
                raise RuntimeError("the scheduler did not start:\n" + self.logs())
            time.sleep(0.05)
        for number in range(2):
            local = os.path.join(work, f"worker{number}")
            os.makedirs(local)
            self.start(["distributed.cli.dask_worker", "--scheduler-file", self.scheduler_file, "--host",
                        "127.0.0.1", "--nthreads", "1", "--no-dashboard", "--local-directory", local,
                        "--death-timeout", "60"], f"worker{number}", env, cwd=local)
        self.client = distributed.Client(scheduler_file=self.scheduler_file, timeout=60)
        self.client.wait_for_workers(2, timeout=60)

    def start(self, module_args, name, env, cwd=None):
        log = open(os.path.join(self.work, f"{name}.log"), "wb")
        self.processes.append(subprocess.Popen([PYTHON, "-m", *module_args], stdin=subprocess.DEVNULL,
                                               stdout=log, stderr=subprocess.STDOUT, env=env,
                                               cwd=cwd or self.work, start_new_session=True,
                                               preexec_fn=die_with_parent))

    def logs(self):
        text = ""
        for name in ["scheduler", "worker0", "worker1"]:
            path = os.path.join(self.work, f"{name}.log")
            if os.path.exists(path):
                with open(path, errors="replace") as f:
                    text += f"--- {name}.log (last lines)\n" + "".join(f.readlines()[-30:])
        return text

    def stop(self):
        if self.client is not None:
            self.client.close()
        # Workers first, each with its nanny's process group; SIGTERM lets a
        # nanny stop its worker, SIGKILL what is left.
        for process in reversed(self.processes):
            stop_group(process)


def stop_group(process):
    for sig, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, 10)):
        if process.poll() is not None:
            break
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            break
        try:
            process.wait(timeout=wait)
        except subprocess.TimeoutExpired:
            continue
    # The group may outlive its leader (a worker whose nanny is gone).
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


class PostgresServer:
    """A private server (SCALE.md): initdb into a temporary folder, as
    `postgres` when this runs as root (initdb refuses root); a free port on
    127.0.0.1 and its socket in that folder; stopped by its postmaster's PID."""

    def __init__(self):
        found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
        self.bin = os.path.dirname(found[-1]) if found else None
        self.root = None

    def start(self):
        self.root = tempfile.mkdtemp(prefix="claimex-dask-pg-")
        os.chmod(self.root, 0o755)
        self.as_owner = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self.as_owner:
            shutil.chown(self.root, "postgres")
        self.data = os.path.join(self.root, "data")
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        subprocess.run([*self.as_owner, os.path.join(self.bin, "initdb"), "-D", self.data, "-A", "trust", "-U",
                        "postgres", "-E", "UTF8", "--locale=C.UTF-8"], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.STDOUT)
        subprocess.run([*self.as_owner, os.path.join(self.bin, "pg_ctl"), "-D", self.data, "-l",
                        os.path.join(self.root, "server.log"), "-w", "-t", "60", "-o",
                        f"-p {self.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={self.root} "
                        "-c fsync=off", "start"], check=True, stdout=subprocess.DEVNULL)

    def stop(self):
        if self.root is None:
            return
        pid_file = os.path.join(self.data, "postmaster.pid")
        if os.path.exists(pid_file):
            with open(pid_file) as f:
                pid = int(f.readline())
            os.kill(pid, signal.SIGTERM)  # a smart shutdown: clients are gone by now
            deadline = time.monotonic() + 30
            while os.path.exists(pid_file) and time.monotonic() < deadline:
                time.sleep(0.05)
            if os.path.exists(pid_file):
                os.kill(pid, signal.SIGKILL)
        shutil.rmtree(self.root, ignore_errors=True)
        self.root = None

    def psql(self, database, sql):
        done = subprocess.run([os.path.join(self.bin, "psql"), "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-h",
                               self.root, "-p", str(self.port), "-U", "postgres", "-d", database, "-c", sql],
                              capture_output=True, text=True, check=True)
        return done.stdout.splitlines()

    def create(self, database):
        self.psql("postgres", f'CREATE DATABASE "{database}"')
        return f"postgresql://postgres@/{database}?host={self.root}&port={self.port}"

    def tables(self, database):
        """Every table, each as its rows (JSON text) sorted."""
        tables = self.psql(database, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
        return {name: sorted(self.psql(database, f'SELECT row_to_json(t)::text FROM "{name}" t')) for name in tables}


def make_corpus(work):
    """Returns (inputs, the size of the JSONL file that is cut)."""
    corpus = os.path.join(work, "articles.jsonl")
    subprocess.run([PYTHON, os.path.join(ARGS.source, "bench", "gen_corpus.py"), "--mb", "1", "--seed", "19",
                    "--out", corpus], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(corpus, encoding="utf-8") as f:
        lines = f.read().splitlines()
    assert len(lines) > 250, len(lines)
    # An id a fifth of the way in, used again with another text halfway:
    # one machine rejects the second, naming the first's line, and so must
    # the shards, which see them apart (so those shards are extracted again
    # as one).
    owner = json.loads(lines[len(lines) * 2 // 10])
    lines.insert(len(lines) * 5 // 10, json.dumps({"id": owner["id"], "text": "Nvidia spent $3 billion on H100 "
                                                   "GPUs, according to Reuters.", "source": "Reuters"}))
    lines.insert(len(lines) // 2, lines[10])  # the same document again: processed twice
    lines.insert(100, "")
    lines.insert(40, '{"id": "broken", "text": ')
    with open(corpus, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    more = os.path.join(work, "more")
    os.makedirs(more)
    with open(os.path.join(more, "briefing.txt"), "w", encoding="utf-8") as f:
        f.write("Mistral AI raised EUR 600 million in its latest funding round, the company said on Tuesday.\n")
    with open(os.path.join(more, "wire.jsonl"), "w", encoding="utf-8") as f:
        f.write(json.dumps({"id": "wire-1", "text": "Anthropic is spending $2 billion on TPU v5p chips, people "
                            "familiar with the plan said.", "source": "Reuters"}) + "\n")
        f.write('{"id": "wire-2"}\n')
    return [corpus, more], os.path.getsize(corpus)


def one_machine(inputs, work):
    claimex = ARGS.claimex
    rejects = os.path.join(work, "reference-rejects.jsonl")
    extract = subprocess.Popen([claimex, "extract", "--rejects", rejects, *inputs], stdout=subprocess.PIPE,
                               stdin=subprocess.DEVNULL)
    merged = subprocess.run([claimex, "merge"], stdin=extract.stdout, stdout=subprocess.PIPE, check=True).stdout
    extract.stdout.close()
    assert extract.wait() == 5, "the reference extract should reject the broken lines"
    with open(rejects, "rb") as f:
        return merged, f.read()


def driver(args, work, name):
    out = os.path.join(work, f"{name}.jsonl")
    rejects = os.path.join(work, f"{name}-rejects.jsonl")
    command = [PYTHON, os.path.join(ARGS.source, "scale", "dask", "claimex_dask.py"), "--scheduler-file",
               CLUSTER.scheduler_file, "--claimex", ARGS.claimex, "--rejects", rejects, "-o", out, *args]
    return command, out, rejects


def differences(got, want):
    """The first rows that differ, as the columns that differ when the
    first column (a key) matches."""
    only_got = sorted(set(got) - set(want))
    def parsed(row):
        return json.loads(row.split(" merge_key ")[0])
    only_want = {next(iter(row.values())): row for row in map(parsed, sorted(set(want) - set(got)))}
    lines = [f"  {len(only_got)} rows only in the Dask store, {len(only_want)} only in the one-machine store"]
    for row in map(parsed, only_got[:5]):
        other = only_want.get(next(iter(row.values())))
        if other is None:
            lines.append(f"  only in the Dask store: {json.dumps(row)[:400]}")
            continue
        for column in row:
            if row[column] != other.get(column):
                lines.append(f"  {column}: {str(row[column])[:300]} (Dask) vs {str(other.get(column))[:300]} "
                             "(one machine)")
    return "\n".join(lines)


def summary_runs(path):
    with open(path) as f:
        return json.load(f)["runs"]


def read(path):
    with open(path, "rb") as f:
        return f.read()


class DaskTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.work = CLUSTER.work
        cls.inputs, size = make_corpus(cls.work)
        # Seven pieces of the big file, and the folder's two small files as one.
        cls.shard_mb = str(math.ceil(size / 7) / 1e6)
        cls.expected, cls.expected_rejects = one_machine(cls.inputs, cls.work)

    def check_run(self, done, out, rejects):
        sys.stderr.write(done.stderr)
        message = f"driver exited {done.returncode}:\n{done.stderr}\n{CLUSTER.logs()}"
        self.assertEqual(done.returncode, 5, message)  # the broken lines
        self.assertIn("8 shards on 2 workers", done.stderr, message)
        self.assertRegex(done.stderr, r"shards (\d)-(?!\1)\d extracted again as one", message)
        self.assertTrue(read(out) == self.expected, "clusters differ from the one-machine pipe\n" + message)
        self.assertEqual(read(rejects).decode(), self.expected_rejects.decode())
        rejected = len(self.expected_rejects.splitlines())
        self.assertEqual(rejected, 3)  # malformed, id with another text, no text
        processed = int(done.stderr.split("processed ")[1].split()[0])
        self.assertIn(f"read {processed + rejected} = processed {processed} + rejected {rejected}", done.stderr)

    def test_1_same_bytes_as_one_machine(self):
        command, out, rejects = driver(["--shard-mb", self.shard_mb, *self.inputs], self.work, "plain")
        done = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=240)
        self.check_run(done, out, rejects)

    def drive(self, command, kill_running=None):
        """Runs the driver to its end. With `kill_running` (a task key
        prefix), kills (SIGKILL) the first worker seen running such a task
        while the driver still runs. Returns the driver's CompletedProcess
        (stderr only) and the killed worker's address."""
        client = CLUSTER.client
        pids = client.run(os.getpid)
        victim = None
        with tempfile.TemporaryFile("w+") as stderr:
            process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=stderr,
                                       text=True, start_new_session=True, preexec_fn=die_with_parent)
            try:
                deadline = time.monotonic() + 120
                while kill_running and victim is None and time.monotonic() < deadline and process.poll() is None:
                    for worker, keys in client.processing().items():
                        if any(str(key).startswith(kill_running) for key in keys):
                            victim = worker
                            break
                    time.sleep(0.01)
                if kill_running:
                    self.assertIsNotNone(victim, f"no worker was seen running a {kill_running}* task")
                    self.assertIsNone(process.poll(), "the run ended before a worker could be killed")
                    os.kill(pids[victim], signal.SIGKILL)
                process.wait(timeout=240)
            finally:
                stop_group(process)
            stderr.seek(0)
            return subprocess.CompletedProcess(command, process.returncode, "", stderr.read()), victim

    def test_2_worker_killed_mid_run(self):
        client = CLUSTER.client
        before = client.run(os.getpid)
        command, out, rejects = driver(["--shard-mb", self.shard_mb, *self.inputs], self.work, "killed")
        done, victim = self.drive(command, kill_running="shard-")
        self.check_run(done, out, rejects)
        # The nanny put a new worker process in the killed one's place.
        client.wait_for_workers(2, timeout=60)
        after = client.run(os.getpid)
        self.assertNotIn(before[victim], after.values())
        self.assertEqual(len(after), 2)

    def test_3_shard_failing_three_times_fails_the_run(self):
        counter = os.path.join(self.work, "attempts")
        wrapper = os.path.join(self.work, "flaky-claimex")
        with open(wrapper, "w") as f:
            f.write(f"""#!/bin/sh
# claimex, except on a shard holding the marker.
if [ "$1" = extract ]; then
  for input in "$@"; do
    if [ -f "$input" ] && grep -q FAIL-THIS-SHARD "$input"; then
      echo attempt >>{counter}
      echo "flaky-claimex: refused on purpose" >&2
      exit 3
    fi
  done
fi
exec {ARGS.claimex} "$@"
""")
        os.chmod(wrapper, 0o755)
        good = os.path.join(self.work, "good.jsonl")
        bad = os.path.join(self.work, "bad.jsonl")
        with open(good, "w") as f:
            f.write(json.dumps({"id": "g", "text": "Meta spent $1 billion."}) + "\n")
        with open(bad, "w") as f:
            f.write(json.dumps({"id": "b", "text": "FAIL-THIS-SHARD"}) + "\n")
        command, _, _ = driver(["--shard-mb", "0.00001", good, bad], self.work, "flaky")
        command[command.index(ARGS.claimex)] = wrapper
        done = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=240)
        self.assertEqual(done.returncode, 1, done.stderr)
        self.assertIn(f"shard 1 ({bad} bytes 0-", done.stderr)
        self.assertIn("flaky-claimex: refused on purpose", done.stderr)
        self.assertIn("failed 3 times", done.stderr)
        self.assertEqual(read(counter).decode().count("attempt"), 3)

    def test_4_local_workers(self):
        # The embedded cluster, started and stopped by the driver itself.
        command, out, rejects = driver(["--shard-mb", self.shard_mb, *self.inputs], self.work, "local")
        at = command.index("--scheduler-file")
        command[at:at + 2] = ["--local-workers", "2"]
        done = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=240)
        self.check_run(done, out, rejects)

    def test_7_into_postgresql_as_one_run(self):
        self.into_postgresql(kill_a_writer=False)

    def test_8_into_postgresql_with_a_writer_killed(self):
        self.into_postgresql(kill_a_writer=True)

    def into_postgresql(self, kill_a_writer):
        """The driver with --sink against one `claimex run --sink` over the
        same inputs: every table the same, key by key, but `runs`. With
        `kill_a_writer`, a worker is killed (SIGKILL) while it writes a
        shard, which is then written again elsewhere."""
        server = PostgresServer()
        if server.bin is None:
            self.skipTest("no PostgreSQL server binaries (/usr/lib/postgresql/*/bin; Debian package postgresql, "
                          "which scripts/install-deps.sh installs)")
        name = "killed_store" if kill_a_writer else "store"
        try:
            server.start()
            one = server.create("one_machine")
            reference_rejects = os.path.join(self.work, f"{name}-reference-rejects.jsonl")
            reference_summary = os.path.join(self.work, f"{name}-reference-summary.json")
            done = subprocess.run([ARGS.claimex, "run", "--sink", one, "--rejects", reference_rejects,
                                   "--summary", reference_summary, *self.inputs], stdin=subprocess.DEVNULL,
                                  capture_output=True, text=True, timeout=240)
            self.assertEqual(done.returncode, 5, done.stderr)
            store = server.create("dask")
            command, _, rejects = driver(["--shard-mb", self.shard_mb, *self.inputs], self.work, name)
            summary = os.path.join(self.work, f"{name}-summary.json")
            at = command.index("-o")
            command[at:at + 2] = ["--sink", store, "--summary", summary]
            done, _ = self.drive(command, kill_running="write-" if kill_a_writer else None)
            sys.stderr.write(done.stderr)
            message = f"driver exited {done.returncode}:\n{done.stderr}\n{CLUSTER.logs()}"
            self.assertEqual(done.returncode, 5, message)
            self.assertRegex(done.stderr, r"shards (\d)-(?!\1)\d written as one", message)
            self.assertEqual(read(rejects).decode(), read(reference_rejects).decode())
            with open(reference_summary) as f:
                want = json.load(f)
            with open(summary) as f:
                got = json.load(f)
            for count in ("read", "processed", "rejected", "not_processed", "input_bytes", "mentions"):
                self.assertEqual(got[count], want[count], count)
            self.assertEqual(got["read"], got["processed"] + got["rejected"])
            self.assertEqual((got["status"], got["shards"]), ("completed", 8))
            got, want = server.tables("dask"), server.tables("one_machine")
            self.assertEqual(sorted(got), sorted(want))
            # Which runs wrote: one per written shard and the one that
            # clustered, each finished; a killed worker's run too, finished
            # or not (its claimex outlives the worker).
            runs = [json.loads(row) for row in got.pop("runs")]
            if kill_a_writer:
                self.assertGreaterEqual(len(runs), summary_runs(summary))
            else:
                self.assertEqual(len(runs), summary_runs(summary))
                self.assertTrue(all(run["finished"] for run in runs), runs)
            self.assertEqual(len(want.pop("runs")), 1)
            # Clustered once, at the end: the cluster keys are one run's.
            self.assertGreater(len(want["clusters"]), 50)
            for table in want:
                self.assertTrue(got[table] == want[table], f"table {table} differs:\n" +
                                differences(got[table], want[table]))
            if kill_a_writer:
                CLUSTER.client.wait_for_workers(2, timeout=60)
        finally:
            server.stop()

    def test_6_refusals_before_any_work(self):
        corpus = self.inputs[0]
        for args, code, says in [
            (["-o", corpus, corpus], 2, "is the input"),
            (["-o", os.path.join(self.work, "x.jsonl"), "-"], 2, "standard input cannot be split"),
            (["--sink", "sqlite:" + os.path.join(self.work, "x.db"), corpus], 2, "a postgresql://... URI"),
            (["-o", os.path.join(self.work, "x.jsonl"), os.path.join(self.work, "missing.jsonl")], 4,
             "no such file"),
        ]:
            done = subprocess.run([PYTHON, os.path.join(ARGS.source, "scale", "dask", "claimex_dask.py"),
                                   "--scheduler-file", os.path.join(self.work, "no-scheduler.json"), "--claimex",
                                   ARGS.claimex, *args], stdin=subprocess.DEVNULL, capture_output=True, text=True,
                                  timeout=60)
            self.assertEqual((done.returncode, says in done.stderr), (code, True), done.stderr)
        done = subprocess.run([PYTHON, os.path.join(ARGS.source, "scale", "dask", "claimex_dask.py"),
                               "--scheduler-file", os.path.join(self.work, "no-scheduler.json"), "--claimex",
                               ARGS.claimex, "-o", os.path.join(self.work, "x.jsonl"), corpus],
                              stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60)
        self.assertEqual(done.returncode, 7, done.stderr)
        self.assertIn("no-scheduler.json: no such file", done.stderr)
        self.assertEqual(read(corpus)[:1], b"{")  # the input, untouched

    def test_5_workers_cannot_import_the_driver(self):
        # What makes the runs above work: the task functions travel by value.
        import importlib.util
        found = CLUSTER.client.run(lambda: importlib.util.find_spec("claimex_dask") is None)
        self.assertEqual(list(found.values()), [True, True])


def main():
    global ARGS, CLUSTER
    parser = argparse.ArgumentParser()
    parser.add_argument("--claimex", required=True)
    parser.add_argument("--source", required=True)
    ARGS, rest = parser.parse_known_args()
    ARGS.claimex = os.path.abspath(ARGS.claimex)
    ARGS.source = os.path.abspath(ARGS.source)
    with tempfile.TemporaryDirectory(prefix="claimex-dask-test-") as work:
        try:
            CLUSTER = Cluster(work)
            result = unittest.main(argv=[sys.argv[0], "-v", *rest], exit=False).result
            ok = result.wasSuccessful()
            if not ok:
                print(CLUSTER.logs(), file=sys.stderr)
        finally:
            if CLUSTER is not None:
                CLUSTER.stop()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
