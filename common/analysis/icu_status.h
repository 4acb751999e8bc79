#pragma once

#include <lede/error.h>

#include <string>
#include <unicode/utypes.h>

namespace lede::detail {

/// Every ICU call's UErrorCode goes through here: a failure is a bug or a
/// broken ICU installation, so it becomes an InternalError naming the call.
inline void check_icu(UErrorCode status, const char* call) {
    if (U_FAILURE(status)) {
        throw InternalError(std::string("ICU call ") + call + " failed: " + u_errorName(status));
    }
}

} // namespace lede::detail
