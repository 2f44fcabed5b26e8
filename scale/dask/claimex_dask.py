#!/usr/bin/python3
"""claimex past one machine, on Dask (Debian's python3-distributed).

    claimex_dask.py (--local-workers N | --scheduler ADDRESS | --scheduler-file FILE)
                    [--shard-mb M] [--claimex PATH] [--pipeline FILE] [--rejects FILE]
                    [--summary FILE] (-o OUT | --sink URI) INPUT...

Splits the inputs into shards at line boundaries, runs `claimex extract` on
each shard on a worker, then merges the shards' annotations with `claimex
merge --part`, one key range per worker side by side (see `merge_results`;
in a tree when there are more than MERGE_FAN_IN shards). OUT is the same bytes
as `claimex extract INPUT... | claimex merge` on one machine: merging is a
pure function of the set of claims and fingerprints, and the one rule that
depends on input order (the first document to use an id owns it) is settled
before anything is merged (see `settle_ids`).

With --sink (a claims store: postgresql://...), each shard is extracted once
to learn its ids, the ids are settled the same way, and then each settled
shard is written by `claimex run --defer-clustering --sink URI` on a worker,
side by side (the store takes concurrent writers, one transaction at a
time), and one last run with no input finds copies and clusters once: the
store ends as one `claimex run --sink URI INPUT...` leaves it, cluster keys
included (README "More than one machine" says what differs: the rows in
`runs`, one per shard and one for the clustering).

Workers need nothing but the claimex binary with its plugins and data (one
`cmake --install` prefix) and the inputs, at the same paths as on the
driver. The functions they run are defined in this file, which Dask sends
by value: a worker never imports this module (Debian's distributed 2022.12
shuts a worker down when a task names a module it cannot import).

Exit codes are claimex's (0 every document processed, 2 usage, 4 an input
missing or unreadable, 5 some documents rejected, 6 an output could not be
written), plus 1 when a shard failed three times (its name and the worker's
stderr are printed) and 7 when the cluster cannot be reached.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INPUT, EXIT_REJECTS, EXIT_OUTPUT, EXIT_CLUSTER = 0, 1, 2, 4, 5, 6, 7
# A shard runs once and is retried twice before the run fails.
SHARD_RETRIES = 2
# How many results one `claimex merge` joins (how many files it opens).
MERGE_FAN_IN = 64
COPY_CHUNK = 1 << 20


class Shard:
    """Pieces of the inputs, in input order, that one `claimex extract` reads.

    A piece is (path, name, start, end): `path` absolute, as workers open it;
    `name` as the user gave it, which reject records name; bytes [start, end)
    of the file, or end None for the whole file (which claimex then reads by
    its own path, so a .txt document keeps its file name as id).
    """

    def __init__(self, index, pieces):
        self.index = index
        self.pieces = pieces

    def label(self):
        parts = []
        for _, name, start, end in self.pieces:
            parts.append(name if end is None else f"{name} bytes {start}-{end}")
        shown = ", ".join(parts[:3]) + (f" and {len(parts) - 3} more" if len(parts) > 3 else "")
        return f"shard {self.index} ({shown})"

    def size(self):
        return sum((os.path.getsize(path) if end is None else end - start) for path, _, start, end in self.pieces)


class ShardFailed(Exception):
    pass


# ---- what workers run (shipped by value with this file) ----

def _scratch():
    """A private folder in the worker's local directory (or $TMPDIR)."""
    base = None
    try:
        from distributed import get_worker
        base = get_worker().local_directory
    except (ImportError, ValueError):
        pass
    return tempfile.mkdtemp(prefix="claimex-", dir=base)


def _run(command, what, success=(0,)):
    done = subprocess.run(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if done.returncode not in success:
        stderr = done.stderr.decode("utf-8", "replace").strip()
        raise ShardFailed(f"{what}: {' '.join(command[:2])} exited {done.returncode} on {os.uname().nodename}:\n"
                          f"{stderr}")


def _copy_range(path, start, end, out_path):
    """Copies bytes [start, end) of path; returns how many newlines they hold."""
    newlines = 0
    with open(path, "rb") as src, open(out_path, "wb") as dst:
        src.seek(start)
        left = end - start
        while left > 0:
            chunk = src.read(min(COPY_CHUNK, left))
            if not chunk:
                raise ShardFailed(f"{path}: shorter than when the run started (ends before byte {end})")
            newlines += chunk.count(b"\n")
            dst.write(chunk)
            left -= len(chunk)
    return newlines


# The first fields of an annotations record, in the order claimex writes
# them; a record that does not match is parsed whole.
_HEAD = re.compile(rb'\{"schema":"[^"]*","engine":"[^"]*","pipeline":"[^"]*","id":("(?:[^"\\]|\\.)*"),'
                   rb'"key":"([^"]*)"')


def _ids_and_keys(annotations_path):
    found = []
    with open(annotations_path, "rb") as f:
        for line in f:
            head = _HEAD.match(line)
            if head:
                found.append((json.loads(head.group(1)), head.group(2).decode()))
            else:
                record = json.loads(line)
                found.append((record.get("id"), record.get("key")))
    return found


def _local_pieces(shard, work):
    """The shard's inputs as claimex reads them: whole files by their path,
    cut pieces copied into `work`. Returns (inputs, piece number of each
    input, newlines of each cut piece or None)."""
    inputs, names, newlines = [], {}, []
    for number, (path, _, start, end) in enumerate(shard.pieces):
        if end is None:
            local = path
            newlines.append(None)
        else:
            local = os.path.join(work, f"piece{number}.jsonl")
            newlines.append(_copy_range(path, start, end, local))
        inputs.append(local)
        names[local] = number
    return inputs, names, newlines


def _reject_lines(path):
    with open(path, "rb") as f:
        return [line.rstrip(b"\n") for line in f if line.strip()]


def extract_shard(shard, claimex, extract_args, keep=True):
    """claimex extract over one shard.

    Returns (its annotations as bytes, or None unless `keep`: all a store's
    run needs of it is its facts; facts for the driver): the documents'
    (id, key) in order, the reject records as claimex wrote them, the name
    each input had on the command line, and the newlines of each piece cut
    from a file (from which the driver numbers lines across pieces).

    The shard is not merged here: each key range's merge reads the
    annotations of every shard (`merge_results`), so a claim is clustered
    once, not once per shard and again per range.
    """
    work = _scratch()
    try:
        inputs, names, newlines = _local_pieces(shard, work)
        annotations = os.path.join(work, "annotations.jsonl")
        rejects = os.path.join(work, "rejects.jsonl")
        # Exit 5: some documents were rejected, which the reject records say.
        _run([claimex, "extract", "--threads", "1", "--rejects", rejects, "-o", annotations, *extract_args,
              *inputs], shard.label(), success=(0, 5))
        records = None
        if keep:
            with open(annotations, "rb") as f:
                records = f.read()
        facts = {"ids": _ids_and_keys(annotations), "rejects": _reject_lines(rejects), "names": names,
                 "newlines": newlines}
        return records, facts
    finally:
        shutil.rmtree(work, ignore_errors=True)


def write_shard(shard, claimex, extract_args, sink):
    """claimex run --sink over one settled shard. Returns its facts: the
    reject records, the name of each input, and the run's summary."""
    work = _scratch()
    try:
        inputs, names, _ = _local_pieces(shard, work)
        rejects = os.path.join(work, "rejects.jsonl")
        summary = os.path.join(work, "summary.json")
        _run([claimex, "run", "--threads", "1", "--defer-clustering", "--sink", sink, "--rejects", rejects,
              "--summary", summary, *extract_args, *inputs], shard.label(), success=(0, 5))
        with open(summary, encoding="utf-8") as f:
            return {"rejects": _reject_lines(rejects), "names": names, "summary": json.load(f)}
    finally:
        shutil.rmtree(work, ignore_errors=True)


def cluster_store(claimex, extract_args, sink):
    """The run with no input that finds copies and clusters what the shards'
    runs left (they defer it): once, as one run over every input would.
    Returns its summary."""
    work = _scratch()
    try:
        summary = os.path.join(work, "summary.json")
        _run([claimex, "run", "--threads", "1", "--sink", sink, "--summary", summary, *extract_args, os.devnull],
             "clustering the store")
        with open(summary, encoding="utf-8") as f:
            return json.load(f)
    finally:
        shutil.rmtree(work, ignore_errors=True)


_FINGERPRINT = b'"schema":"claimex.fingerprint/1"'


def _without_fingerprints(records):
    """A merge's output but its fingerprint records, which lead it."""
    lines = records.splitlines(keepends=True)
    head = 0
    while head < len(lines) and _FINGERPRINT in lines[head]:
        head += 1
    return b"".join(lines[head:])


def merge_results(claimex, part, parts, last, *results):
    """`claimex merge --part` over shards' annotations or earlier merges of
    the same key range, in the order given: a group's clusters are a
    function of its members and of every document's fingerprint (copies),
    so the ranges are merged apart and their outputs put one after the
    other. The `last` merge of a range but the first leaves the
    fingerprints out: the first range's output has them."""
    work = _scratch()
    try:
        inputs = []
        for number, result in enumerate(results):
            path = os.path.join(work, f"in{number}.jsonl")
            with open(path, "wb") as f:
                f.write(result[0] if isinstance(result, tuple) else result)
            inputs.append(path)
        merged = os.path.join(work, "merged.jsonl")
        _run([claimex, "merge", "--part", f"{part + 1}/{parts}", "-o", merged, *inputs],
             f"merge of {len(inputs)} results (key range {part + 1} of {parts})")
        with open(merged, "rb") as f:
            records = f.read()
        return _without_fingerprints(records) if last and part > 0 else records
    finally:
        shutil.rmtree(work, ignore_errors=True)


def facts_of(result):
    return result[1]


# ---- the driver ----

def expand_inputs(inputs):
    """Files and folders as claimex reads them: a folder's .jsonl and .txt
    files, sorted, not recursive. Returns (path, name) pairs or raises
    SystemExit with claimex's exit code."""
    files = []
    for name in inputs:
        if name == "-":
            fail(EXIT_USAGE, 'input "-": standard input cannot be split into shards; save it to a file, '
                 "or pipe it to claimex itself")
        if not os.path.exists(name):
            fail(EXIT_INPUT, f'input "{name}": no such file or directory')
        if os.path.isdir(name):
            found = sorted(os.path.join(name, item) for item in os.listdir(name)
                           if os.path.splitext(item)[1] in (".jsonl", ".txt")
                           and os.path.isfile(os.path.join(name, item)))
            candidates = found
        else:
            candidates = [name]
        for item in candidates:
            if not os.path.isfile(item):
                fail(EXIT_USAGE, f'input "{item}" is not a regular file; only files can be split into shards')
            if not os.access(item, os.R_OK):
                fail(EXIT_INPUT, f'input "{item}": permission denied')
            files.append((os.path.abspath(item), item))
    return files


def is_text_document(path):
    # As claimex tells them: a .txt file is one document, anything else JSONL.
    return os.path.splitext(path)[1] == ".txt"


def next_line_end(f, offset, size):
    """The offset just past the first newline at or after `offset`."""
    f.seek(offset)
    while offset < size:
        chunk = f.read(1 << 16)
        cut = chunk.find(b"\n")
        if cut >= 0:
            return offset + cut + 1
        offset += len(chunk)
    return size


def plan_shards(files, target):
    """Whole files are gathered into shards of about `target` bytes; a
    larger JSONL file is cut at line ends into pieces of about that size.
    A .txt file is one document, so it is never cut."""
    shards, current, current_size = [], [], 0

    def close():
        nonlocal current, current_size
        if current:
            shards.append(Shard(len(shards), current))
        current, current_size = [], 0

    for path, name in files:
        size = os.path.getsize(path)
        if size <= target or is_text_document(path):
            current.append((path, name, 0, None))
            current_size += size
            if current_size >= target:
                close()
            continue
        close()
        with open(path, "rb") as f:
            start = 0
            while start < size:
                end = next_line_end(f, start + target, size)
                shards.append(Shard(len(shards), [(path, name, start, end)]))
                start = end
    close()
    return shards


def settle_ids(shards, facts):
    """Groups of shards that must be extracted together.

    The first document of a run to use an id owns it, and a later one with
    another text is rejected: that depends on what came before, which one
    shard's extract cannot see. An id found in two shards with one text
    (one key) is harmless (merging a document twice is idempotent); with
    two texts, or where a shard rejected a document under that id (its text
    unknown), every shard from the first to the last holding the id is
    extracted again as one, so that claimex applies the rule itself.
    Returns lists of shard indexes, runs of more than one shard.
    """
    unsure = object()
    seen = {}  # id -> [first shard holding it, its key, or unsure]
    spans = []
    for shard in shards:
        occurrences = list(facts[shard.index]["ids"])
        for line in facts[shard.index]["rejects"]:
            record = json.loads(line)
            if isinstance(record.get("id"), str):
                occurrences.append((record["id"], unsure))
        for doc, key in occurrences:
            if doc not in seen:
                seen[doc] = [shard.index, key]
                continue
            first, known = seen[doc]
            if known is unsure or key is unsure or known != key:
                if first != shard.index:
                    spans.append((first, shard.index))
                seen[doc][1] = unsure
    spans.sort()
    groups = []
    for first, last in spans:
        if groups and first <= groups[-1][1]:
            groups[-1][1] = max(groups[-1][1], last)
        else:
            groups.append([first, last])
    return [list(range(first, last + 1)) for first, last in groups]


def json_string(text):
    return json.dumps(text, ensure_ascii=False)


def rewrite_rejects(shard, facts, first_lines):
    """Reject records as one claimex over the whole input writes them: the
    input by the name the user gave and lines counted from the file's start
    (also where an error names another document's place)."""
    places = {}
    for local, number in facts["names"].items():
        _, name, start, end = shard.pieces[number]
        places[local] = (name, first_lines[(shard.pieces[number][0], start)] - 1 if end is not None else 0)
    # Longest first, so that no name is taken for the start of another.
    named = re.compile("(" + "|".join(re.escape(json_string(local)[1:-1])
                                      for local in sorted(places, key=len, reverse=True)) + r")( line (\d+))?")
    by_escaped = {json_string(local)[1:-1]: place for local, place in places.items()}

    def place(match):
        name, offset = by_escaped[match.group(1)]
        shown = json_string(name)[1:-1]
        return f"{shown} line {int(match.group(3)) + offset}" if match.group(2) else shown

    out = []
    for raw in facts["rejects"]:
        line = raw.decode("utf-8")
        record = json.loads(line)
        local = record.get("input")
        if local in places and isinstance(record.get("line"), int):
            line = line.replace(f'"line":{record["line"]},', f'"line":{record["line"] + places[local][1]},', 1)
        out.append(named.sub(place, line) if places else line)
    return out


def reject_text(record):
    """A reject record as claimex prints it on stderr without --rejects."""
    where = record.get("input", "")
    if record.get("line"):
        where += f":{record['line']}"
    if record.get("id"):
        where += f' (id "{record["id"]}")'
    return f"{where}: {record.get('stage', '')}: {record.get('error', '')}"


def number_lines(shards, facts):
    """Line number at which each cut piece starts, keyed by (path, start)."""
    pieces = {}
    for shard in shards:
        for number, (path, _, start, end) in enumerate(shard.pieces):
            if end is not None:
                pieces[(path, start)] = facts[shard.index]["newlines"][number]
    first_lines, line = {}, {}
    for path, start in sorted(pieces):
        if start == 0:
            line[path] = 1
        first_lines[(path, start)] = line[path]
        line[path] += pieces[(path, start)]
    return first_lines


def fail_shard(what, error):
    # The exception comes back through pickling, so it is told by its name.
    if type(error).__name__ == "ShardFailed":
        fail(EXIT_FAILED, f"{error}\n{what} failed {SHARD_RETRIES + 1} times; the run is abandoned")
    # distributed's KilledWorker (workers died running it), CancelledError.
    fail(EXIT_FAILED, f"{what} did not finish: {type(error).__name__}: {error}")


def fail(code, message):
    print(f"claimex_dask: {message}", file=sys.stderr)
    sys.exit(code)


def same_file(a, b):
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


class Progress:
    """`shards done/total, MB/s` on stderr, only when stderr is a terminal."""

    def __init__(self, total, total_bytes):
        self.total, self.total_bytes, self.done, self.bytes = total, total_bytes, 0, 0
        self.started = time.monotonic()
        self.shown = sys.stderr.isatty()

    def add(self, size):
        self.done += 1
        self.bytes += size
        if self.shown:
            rate = self.bytes / 1e6 / max(time.monotonic() - self.started, 1e-6)
            sys.stderr.write(f"\rclaimex_dask: {self.done}/{self.total} shards, {rate:.1f} MB/s ")
            sys.stderr.flush()

    def end(self):
        if self.shown:
            sys.stderr.write("\n")


def connect(args):
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        fail(EXIT_CLUSTER, "needs Dask: apt-get install python3-distributed, and run with /usr/bin/python3")
    try:
        if args.local_workers:
            # Dask's profiler samples each worker's threads every 10 ms: a
            # tenth of a run's CPU here (bench/dask.sh), for a profile of
            # threads that only wait for claimex.
            import dask
            dask.config.set({"distributed.worker.profile.enabled": False})
            # Loopback only; the scheduler serves HTTP (health checks) even
            # without a dashboard, on port 8787 unless told otherwise.
            cluster = LocalCluster(n_workers=args.local_workers, threads_per_worker=1, processes=True,
                                   host="127.0.0.1", dashboard_address=None,
                                   scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
                                   local_directory=tempfile.gettempdir())
            return Client(cluster), cluster
        if args.scheduler_file:
            # Client waits for the file without end.
            if not os.path.isfile(args.scheduler_file):
                fail(EXIT_CLUSTER, f"--scheduler-file {args.scheduler_file}: no such file (has the scheduler "
                     "started with --scheduler-file?)")
            return Client(scheduler_file=args.scheduler_file, timeout=args.timeout), None
        return Client(args.scheduler, timeout=args.timeout), None
    except (OSError, TimeoutError, ValueError) as e:
        fail(EXIT_CLUSTER, f"cannot reach the scheduler: {e}")


def results_by_shard(shard_of, progress):
    """Waits for every future of `shard_of` (future -> its shard), as they
    end; returns their results by shard index. A shard that failed for good
    ends the run, naming it."""
    from distributed import as_completed
    results = {}
    for future in as_completed(shard_of):
        shard = shard_of[future]
        try:
            results[shard.index] = future.result()
        except Exception as e:  # pylint: disable=broad-except
            fail_shard(shard.label(), e)
        progress.add(shard.size())
    return results


def gather_facts(client, futures, shards, progress):
    """Waits for every shard; returns their facts by shard index."""
    return results_by_shard({client.submit(facts_of, future, key=f"facts-{future.key}"): shard
                             for future, shard in zip(futures, shards)}, progress)


def submit_shard(client, shard, args, extract_args, tag="", keep=True):
    return client.submit(extract_shard, shard, args.claimex, extract_args, keep, key=f"shard{tag}-{shard.index}",
                         retries=SHARD_RETRIES, pure=False)


def reduce_results(client, futures, claimex, parts):
    """Merges the shards' annotations, MERGE_FAN_IN at a time, in shard
    order (merging is a function of the set, but a fixed order makes a run
    repeatable step by step), in `parts` key ranges side by side: one merge
    of everything would be the longest task of the run, on one worker.

    Neither a merge per shard nor per worker first: a range's merge would
    read and cluster every claim again, which costs about as much as the
    first merge (bench/dask.sh); reading every shard's annotations in each
    range costs only their parsing.
    """
    ranges = []
    for part in range(parts):
        level, depth = list(futures), 0
        while len(level) > 1 or depth == 0:
            depth += 1
            last = len(level) <= MERGE_FAN_IN
            level = [client.submit(merge_results, claimex, part, parts, last, *level[i:i + MERGE_FAN_IN],
                                   retries=SHARD_RETRIES, pure=False, key=f"merge-{part}-{depth}-{i}")
                     for i in range(0, len(level), MERGE_FAN_IN)]
        ranges.append(level[0])
    try:
        return b"".join(future.result() for future in ranges)
    except Exception as e:  # pylint: disable=broad-except
        fail_shard("the merge", e)


def parse_args(argv):
    parser = argparse.ArgumentParser(
        prog="claimex_dask.py",
        description="claimex extract over shards on Dask workers, merged with claimex merge; "
                    "the same bytes as claimex extract INPUT... | claimex merge on one machine.")
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--local-workers", type=int, metavar="N", help="start N worker processes on this machine")
    where.add_argument("--scheduler", metavar="ADDRESS", help="a running scheduler, e.g. tcp://10.0.0.1:8786")
    where.add_argument("--scheduler-file", metavar="FILE", help="the file a running scheduler wrote")
    parser.add_argument("--shard-mb", type=float, default=64, metavar="M",
                        help="about how many MB (10^6 bytes) of input each shard holds (default 64)")
    parser.add_argument("--claimex", default=None, metavar="PATH",
                        help="the claimex binary, at this path on every worker (default: claimex on PATH)")
    parser.add_argument("--pipeline", metavar="FILE", help="pipeline file, at this path on every worker")
    parser.add_argument("--rejects", metavar="FILE",
                        help="write every shard's reject records here (default: standard error)")
    parser.add_argument("--summary", metavar="FILE",
                        help="also write the run's summary as JSON here (with --sink: the shards' claimex run "
                             "summaries added up)")
    parser.add_argument("--timeout", type=float, default=30, metavar="S",
                        help="seconds to wait for the scheduler and a first worker (default 30)")
    out = parser.add_mutually_exclusive_group(required=True)
    out.add_argument("-o", "--output", metavar="OUT", help="write fingerprint, cluster and conflict records here")
    out.add_argument("--sink", metavar="URI", help="a claims store (postgresql://...)")
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="JSONL or .txt files, or folders of them")
    args = parser.parse_args(argv)
    if args.local_workers is not None and args.local_workers < 1:
        parser.error("--local-workers must be at least 1")
    if not args.shard_mb > 0:
        parser.error("--shard-mb must be positive")
    return args


def without_password(uri):
    """A store's URI as messages may show it."""
    uri = re.sub(r"^(postgres(?:ql)?://[^:@/]*):[^@/]*@", r"\1:***@", uri)
    return re.sub(r"([?&]password=)[^&]*", r"\1***", uri)


def settled_shards(client, shards, futures, facts, args, extract_args):
    """The shards as results are made of once ids are settled: runs of
    shards that share an id with two texts joined into one, extracted again
    (when `futures` is not None). Returns (groups, [(shard, future or None)])."""
    groups = settle_ids(shards, facts)
    joined = [Shard(group[0], [piece for index in group for piece in shards[index].pieces]) for group in groups]
    results = list(zip(shards, futures or [None] * len(shards)))
    if futures is not None:
        rerun = [submit_shard(client, shard, args, extract_args, tag=f"-with-{len(group)}")
                 for shard, group in zip(joined, groups)]
        progress = Progress(len(joined), sum(shard.size() for shard in joined))
        facts.update(gather_facts(client, rerun, joined, progress))
        progress.end()
    else:
        rerun = [None] * len(joined)
    for shard, future, group in reversed(list(zip(joined, rerun, groups))):
        results[group[0]:group[-1] + 1] = [(shard, future)]
    return groups, results


def write_to_sink(client, results, args, extract_args):
    """Every settled shard written by its own `claimex run --sink` on a
    worker. Returns each shard's facts, by shard index."""
    futures = {client.submit(write_shard, shard, args.claimex, extract_args, args.sink,
                             key=f"write-{shard.index}-{len(shard.pieces)}", retries=SHARD_RETRIES,
                             pure=False): shard
               for shard, _ in results}
    progress = Progress(len(futures), sum(shard.size() for shard, _ in results))
    written = results_by_shard(futures, progress)
    progress.end()
    clustering = client.submit(cluster_store, args.claimex, extract_args, args.sink, key="cluster-store",
                               retries=SHARD_RETRIES, pure=False)
    try:
        clustered = clustering.result()
    except Exception as e:  # pylint: disable=broad-except
        fail_shard("clustering the store", e)
    return written, clustered


def add_counts(total, part):
    for name, count in part.items():
        total[name] = total.get(name, 0) + count


def store_summary(summaries, clustered, seconds):
    """The shard runs' summaries as one: counts added up (records: what the
    runs wrote, each its own), failed when one failed; `clustered`: the
    clustering run's, which reads nothing, and is one run more."""
    total = {"schema": summaries[0]["schema"], "engine": summaries[0]["engine"],
             "pipeline": summaries[0]["pipeline"], "pipeline_name": summaries[0]["pipeline_name"],
             "status": "completed" if all(s["status"] == "completed" for s in summaries) else "failed",
             "read": 0, "processed": 0, "rejected": 0, "not_processed": 0, "seconds": seconds,
             "input_bytes": 0, "threads": 0, "sink": summaries[0]["sink"], "mentions": {}, "records": {},
             "runs": len(summaries) + 1}
    for summary in summaries:
        for name in ("read", "processed", "rejected", "not_processed", "input_bytes", "threads"):
            total[name] += summary[name]
        add_counts(total["mentions"], summary["mentions"])
        add_counts(total["records"], summary["records"])
    if clustered["status"] != "completed":
        total["status"] = "failed"
    errors = [s["error"] for s in summaries + [clustered] if "error" in s]
    if errors:
        total["error"] = "; ".join(errors)
    return total


def main(argv):
    args = parse_args(argv)
    claimex = args.claimex or shutil.which("claimex")
    if not claimex or not os.access(claimex, os.X_OK):
        fail(EXIT_USAGE, f"claimex binary {args.claimex or 'on PATH'}: not found or not executable (--claimex PATH)")
    args.claimex = os.path.abspath(claimex)
    if args.sink is not None and not re.match(r"^postgres(ql)?://", args.sink):
        fail(EXIT_USAGE, f"--sink {without_password(args.sink)}: workers on several machines need a store they "
             "all reach, a postgresql://... URI; a file (sqlite:, jsonl:) is one machine's, for claimex run")
    files = expand_inputs(args.inputs)
    extract_args = []
    read_too = []
    if args.pipeline:
        if not os.path.isfile(args.pipeline):
            fail(EXIT_INPUT, f"--pipeline {args.pipeline}: not a file")
        extract_args += ["--pipeline", os.path.abspath(args.pipeline)]
        read_too.append(args.pipeline)
    outputs = [(flag, path) for flag, path in [("-o", args.output), ("--rejects", args.rejects),
                                               ("--summary", args.summary)] if path]
    for flag, output in outputs:
        for path, name in files + [(p, p) for p in read_too]:
            if same_file(output, path):
                fail(EXIT_USAGE, f"{flag} {output} is the input {name}; an output is never an input")
    for i, (flag, output) in enumerate(outputs):
        for other_flag, other in outputs[i + 1:]:
            if same_file(output, other):
                fail(EXIT_USAGE, f"{flag} {output} and {other_flag} {other} are one file")

    shards = plan_shards(files, max(1, int(args.shard_mb * 1e6)))
    started = time.monotonic()
    client, cluster = connect(args)
    try:
        try:
            client.wait_for_workers(1, timeout=args.timeout)
        except TimeoutError:
            fail(EXIT_CLUSTER, f"no worker joined the scheduler in {args.timeout:g} s")
        workers = len(client.scheduler_info()["workers"])
        progress = Progress(len(shards), sum(shard.size() for shard in shards))
        to_store = args.sink is not None
        futures = [submit_shard(client, shard, args, extract_args, keep=not to_store) for shard in shards]
        facts = gather_facts(client, futures, shards, progress)
        progress.end()
        first_lines = number_lines(shards, facts)
        # Shards that share an id with two texts are taken again as one, in
        # input order; their results replace theirs.
        groups, results = settled_shards(client, shards, None if to_store else futures, facts, args,
                                         extract_args)
        if to_store:
            facts, clustered = write_to_sink(client, results, args, extract_args)
        else:
            merged = reduce_results(client, [future for _, future in results], args.claimex, workers)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

    rejects = [line for shard, _ in results for line in rewrite_rejects(shard, facts[shard.index], first_lines)]
    seconds = time.monotonic() - started
    if to_store:
        summary = store_summary([facts[shard.index]["summary"] for shard, _ in results], clustered, seconds)
        processed, where = summary["processed"], without_password(args.sink)
    else:
        processed, where = sum(len(facts[shard.index]["ids"]) for shard, _ in results), args.output
        summary = {"read": processed + len(rejects), "processed": processed, "rejected": len(rejects),
                   "seconds": seconds, "output": args.output}
        try:
            with open(args.output, "wb") as f:
                f.write(merged)
        except OSError as e:
            fail(EXIT_OUTPUT, f"-o {args.output}: {e.strerror}")
    summary.update({"shards": len(shards), "workers": workers})
    if args.rejects:
        try:
            with open(args.rejects, "w", encoding="utf-8") as f:
                f.write("".join(line + "\n" for line in rejects))
        except OSError as e:
            fail(EXIT_OUTPUT, f"--rejects {args.rejects}: {e.strerror}")
    else:
        for line in rejects:
            sys.stderr.write(f"claimex: rejected {reject_text(json.loads(line))}\n")
    if args.summary:
        try:
            with open(args.summary, "w", encoding="utf-8") as f:
                f.write(json.dumps(summary) + "\n")
        except OSError as e:
            fail(EXIT_OUTPUT, f"--summary {args.summary}: {e.strerror}")
    again = "".join(f"; shards {group[0]}-{group[-1]} {'written' if to_store else 'extracted again'} as one "
                    "(an id in them names two texts)" for group in groups)
    print(f"claimex_dask: read {processed + len(rejects)} = processed {processed} + rejected {len(rejects)}; "
          f"{len(shards)} shards on {workers} workers in {seconds:.1f} s{again}; written to {where}",
          file=sys.stderr)
    return EXIT_REJECTS if rejects else EXIT_OK


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
else:
    # Imported (by a test or another driver): send these functions by value
    # all the same, since workers cannot import this module.
    import cloudpickle
    cloudpickle.register_pickle_by_value(sys.modules[__name__])
