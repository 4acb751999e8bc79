#include "searcher/hit_record.h"

#include <algorithm>

namespace lede {

void hit_from_record(stored_record::Record&& record, Hit& hit,
                     std::vector<std::pair<std::size_t, std::size_t>>* figure_spans) {
    hit.id = std::move(record.id);
    hit.title = std::move(record.title);
    hit.date = std::move(record.date);
    hit.lang = std::move(record.lang);
    hit.url = std::move(record.url);
    hit.source = std::move(record.source);
    for (stored_record::Entity& entity : record.entities) {
        hit.entities.push_back({std::move(entity.id), std::move(entity.name), std::move(entity.type)});
    }
    if (record.deaths || record.injured) {
        HitCasualties casualties;
        if (record.deaths) {
            casualties.deaths = record.deaths->value;
        }
        if (record.injured) {
            casualties.injured = record.injured->value;
        }
        hit.casualties = casualties;
    }
    for (stored_record::MentionedDate& date : record.mentioned) {
        if (!date.value.empty() &&
            std::find(hit.mentioned.begin(), hit.mentioned.end(), date.value) == hit.mentioned.end()) {
            hit.mentioned.push_back(std::move(date.value));
        }
    }
    if (figure_spans != nullptr) {
        for (const stored_record::Figure& figure : record.figures) {
            if (figure.end > figure.begin) {
                figure_spans->emplace_back(static_cast<std::size_t>(figure.begin),
                                           static_cast<std::size_t>(figure.end));
            }
        }
    }
}

} // namespace lede
