// ModelCache: models loaded by one job and kept for the next ones.
//
// Contract: used only from the job runner's worker thread (no locking). Keys
// are chosen by the jobs (e.g. "upscale:/path/model.pth:cpu:fp32"); values are
// type-erased shared pointers so core/jobs does not depend on every model
// type. The cache keeps at most `capacity` entries, evicting the least
// recently used one.
#pragma once

#include "core/base/result.h"

#include <QString>

#include <functional>
#include <list>
#include <memory>
#include <typeinfo>
#include <utility>

namespace hires {

class ModelCache
{
public:
    explicit ModelCache(int capacity = 3)
        : m_capacity(capacity)
    {}

    template <typename T>
    Result<std::shared_ptr<T>> getOrLoad(const QString& key,
                                         const std::function<Result<std::shared_ptr<T>>()>& load)
    {
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
            if (it->key == key && it->type == &typeid(T)) {
                m_entries.splice(m_entries.begin(), m_entries, it); // most recently used first
                return std::static_pointer_cast<T>(m_entries.front().value);
            }
        }
        Result<std::shared_ptr<T>> loaded = load();
        if (!loaded)
            return loaded;
        m_entries.push_front({key, &typeid(T), std::static_pointer_cast<void>(*loaded)});
        while (static_cast<int>(m_entries.size()) > m_capacity)
            m_entries.pop_back();
        return loaded;
    }

    bool contains(const QString& key) const
    {
        for (const Entry& e : m_entries)
            if (e.key == key)
                return true;
        return false;
    }
    // Drops the entry (e.g. an engine whose model could not be opened, so the
    // next job tries again). True when there was one.
    bool remove(const QString& key)
    {
        const auto before = m_entries.size();
        m_entries.remove_if([&](const Entry& e) { return e.key == key; });
        return m_entries.size() != before;
    }
    void clear() { m_entries.clear(); }
    int size() const { return static_cast<int>(m_entries.size()); }

private:
    struct Entry
    {
        QString key;
        const std::type_info* type;
        std::shared_ptr<void> value;
    };
    int m_capacity;
    std::list<Entry> m_entries;
};

} // namespace hires
