// Test plugin built as if against a future SDK: its ABI number is wrong.
#include <cstdint>

#include <boost/dll/alias.hpp>

#include "claimex/plugin.h"

namespace bad_abi {
const std::uint32_t abi_version = claimex::kAbiVersion + 41;
}  // namespace bad_abi

BOOST_DLL_ALIAS(bad_abi::abi_version, claimex_abi_version)
