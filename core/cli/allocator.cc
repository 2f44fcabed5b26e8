// The claimex binary's jemalloc options (core/CMakeLists.txt says why
// jemalloc). jemalloc reads this symbol when it starts; MALLOC_CONF in the
// environment still overrides it.
//
// Freed pages go back to the system after a second, not ten: a store
// re-clusters one group after another, and with the default the memory of
// the groups before, freed, was still held while the next was read, a third
// of a bulk load's peak RSS (bench/store.sh, 300k claims: 210 MB, now 178).
// Extraction runs as fast either way; at 0 ms it lost a fifth.
extern "C" {
const char* malloc_conf = "dirty_decay_ms:1000";
}
