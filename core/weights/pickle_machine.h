// PickleMachine: the stack machine of a restricted unpickler. It moves data
// (constants, containers, the memo) and hands every opcode that names or
// calls something to a PickleCallHandler, which decides what it may mean.
//
// Contract: every read is bounds-checked; values go into a PickleGraph arena
// (no recursion, no reference counting); memory is charged to a shared
// budget; an opcode that is neither data nor handled (INST, OBJ, EXT*,
// out-of-band buffers, unknown ones) stops the run with a message naming the
// opcode and its offset. One run at a time; not thread-safe; never throws.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <QString>

#include "core/base/result.h"
#include "core/weights/byte_cursor.h"
#include "core/weights/pickle_graph.h"

namespace hires {

class PickleMachine;

// The meaning of GLOBAL/STACK_GLOBAL, REDUCE, NEWOBJ(_EX), BUILD and
// BINPERSID. Operands arrive popped (BUILD's target stays on the stack); a
// handler pushes its result with PickleMachine::push/pushExisting, or
// returns machine.refuse(...).
class PickleCallHandler
{
public:
    virtual ~PickleCallHandler() = default;
    virtual bool global(PickleMachine& machine, const std::string& module,
                        const std::string& name) = 0;
    virtual bool reduce(PickleMachine& machine, uint32_t callable, uint32_t args) = 0;
    virtual bool newObject(PickleMachine& machine, uint32_t cls, uint32_t args) = 0;
    virtual bool build(PickleMachine& machine, uint32_t target, uint32_t state) = 0;
    virtual bool persistentId(PickleMachine& machine, uint32_t pid) = 0;
};

// Memory accounting shared by the runs of one reader.
struct PickleBudget
{
    uint64_t limit = 128ull << 20;
    uint64_t used = 0;
};

class PickleMachine
{
public:
    PickleMachine(PickleGraph& graph, PickleCallHandler& handler, PickleBudget& budget,
                  const QString& fileName, const QString& format);

    // Runs the pickle at the start of [data, data + size); *consumed (if
    // given) is the number of bytes up to and including STOP.
    Result<uint32_t> run(const std::byte* data, size_t size, size_t* consumed);

    // For handlers.
    PickleGraph& graph() { return m_graph; }
    const PickleValue& value(uint32_t id) const { return m_graph.values[id]; }
    bool push(PickleValue value);
    bool pushExisting(uint32_t id);
    bool charge(uint64_t bytes); // false (with the error set) when over budget
    bool refuse(const QString& what);

private:
    bool step(uint8_t opcode);
    bool stepScalar(uint8_t opcode, bool& handled);
    bool stepContainer(uint8_t opcode, bool& handled);
    bool stepCall(uint8_t opcode, bool& handled);

    bool pushKind(PickleKind kind);
    bool pushInt(int64_t number);
    bool pushText(PickleKind kind, uint64_t length);
    template <typename T> bool pushSizedText(PickleKind kind);
    bool pushLong(uint64_t length);
    bool pushContainer(PickleKind kind, std::vector<uint32_t> items);
    bool pop(uint32_t& id);
    bool top(uint32_t& id);
    bool popMark(std::vector<uint32_t>& items);
    bool fill(uint8_t opcode, uint32_t container, const std::vector<uint32_t>& items);
    bool readLine(std::string& line);
    bool memoPut(uint64_t index);
    bool memoGet(uint64_t index);
    bool truncated();

    PickleGraph& m_graph;
    PickleCallHandler& m_handler;
    PickleBudget& m_budget;
    QString m_fileName;
    QString m_format;
    ByteCursor m_in{nullptr, 0};
    std::vector<uint32_t> m_stack;
    std::vector<size_t> m_marks;
    std::unordered_map<uint64_t, uint32_t> m_memo;
    size_t m_opcodeAt = 0;
    bool m_stopped = false;
    std::optional<Error> m_error;
};

} // namespace hires
