#pragma once

#include "indexer/document_builder.h"
#include "indexer/index_writer.h"
#include "indexer/input/input_record.h"

#include <optional>
#include <string>
#include <vector>

namespace lede {

/// A record waiting in the current batch.
struct Pending {
    input::InputRecord record;
    std::string id_term;
    std::string digest;
    Presence presence = Presence::absent;
    std::optional<BuiltDocument> built;
    std::string failure; ///< why building failed, if it did
};

using PendingBatch = std::vector<Pending>;

} // namespace lede
