#include "core/weights/pickle_machine.h"

#include <bit>
#include <limits>

#include <QCoreApplication>

#include "core/weights/weights_error.h"

namespace hires {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("hires::PickleMachine", text);
}

constexpr size_t kMaxGlobalLine = 256;
constexpr size_t kMaxBigIntBytes = 4096;
constexpr uint64_t kMemoCost = 48;

// Opcodes by name (Python's Lib/pickletools.py documents them all).
namespace op {
constexpr uint8_t Mark = '(', Stop = '.', Pop = '0', PopMark = '1', Dup = '2';
constexpr uint8_t None = 'N', NewTrue = 0x88, NewFalse = 0x89;
constexpr uint8_t BinInt = 'J', BinInt1 = 'K', BinInt2 = 'M', Long1 = 0x8a, Long4 = 0x8b;
constexpr uint8_t BinFloat = 'G';
constexpr uint8_t BinUnicode = 'X', ShortBinUnicode = 0x8c, BinUnicode8 = 0x8d;
constexpr uint8_t BinString = 'T', ShortBinString = 'U';
constexpr uint8_t BinBytes = 'B', ShortBinBytes = 'C', BinBytes8 = 0x8e, ByteArray8 = 0x96;
constexpr uint8_t EmptyDict = '}', EmptyList = ']', EmptyTuple = ')', EmptySet = 0x8f;
constexpr uint8_t Tuple = 't', Tuple1 = 0x85, Tuple2 = 0x86, Tuple3 = 0x87, List = 'l', Dict = 'd';
constexpr uint8_t FrozenSet = 0x91, AddItems = 0x90;
constexpr uint8_t Append = 'a', Appends = 'e', SetItem = 's', SetItems = 'u';
constexpr uint8_t BinPut = 'q', LongBinPut = 'r', Memoize = 0x94, BinGet = 'h', LongBinGet = 'j';
constexpr uint8_t Global = 'c', StackGlobal = 0x93, Reduce = 'R', Build = 'b';
constexpr uint8_t NewObj = 0x81, NewObjEx = 0x92;
constexpr uint8_t BinPersId = 'Q', PersId = 'P';
constexpr uint8_t Proto = 0x80, Frame = 0x95;
} // namespace op

} // namespace

PickleMachine::PickleMachine(PickleGraph& graph, PickleCallHandler& handler, PickleBudget& budget,
                             const QString& fileName, const QString& format)
    : m_graph(graph)
    , m_handler(handler)
    , m_budget(budget)
    , m_fileName(fileName)
    , m_format(format)
{}

Result<uint32_t> PickleMachine::run(const std::byte* data, size_t size, size_t* consumed)
{
    m_in = ByteCursor(data, size);
    m_stack.clear();
    m_marks.clear();
    m_memo.clear();
    m_stopped = false;
    m_error.reset();
    while (!m_stopped) {
        m_opcodeAt = m_in.position();
        uint8_t opcode = 0;
        if (!m_in.readLE(opcode))
            refuse(tr("the pickle ends without a STOP opcode"));
        else if (!step(opcode))
            refuse(
                tr("opcode 0x%1 failed").arg(static_cast<uint>(opcode), 2, 16, QLatin1Char('0')));
        if (m_error)
            return *m_error;
    }
    if (consumed)
        *consumed = m_in.position();
    return m_stack.back();
}

bool PickleMachine::refuse(const QString& what)
{
    if (!m_error)
        m_error = weightsError(ErrorCode::CorruptData, m_fileName, m_format,
                               tr("pickle offset %1: %2").arg(m_opcodeAt).arg(what));
    return false;
}

bool PickleMachine::truncated()
{
    return refuse(tr("the pickle is truncated"));
}

bool PickleMachine::charge(uint64_t bytes)
{
    if (bytes > m_budget.limit - m_budget.used)
        return refuse(tr("the pickle needs more than %1 MiB of memory").arg(m_budget.limit >> 20));
    m_budget.used += bytes;
    return true;
}

bool PickleMachine::push(PickleValue value)
{
    const uint64_t cost =
        sizeof(PickleValue) + value.text.size() + value.items.size() * sizeof(uint32_t);
    if (!charge(cost))
        return false;
    if (m_graph.values.size() >= std::numeric_limits<uint32_t>::max())
        return refuse(tr("the pickle has too many values"));
    m_graph.values.push_back(std::move(value));
    m_stack.push_back(static_cast<uint32_t>(m_graph.values.size() - 1));
    return true;
}

bool PickleMachine::pushExisting(uint32_t id)
{
    m_stack.push_back(id);
    return true;
}

bool PickleMachine::pushKind(PickleKind kind)
{
    PickleValue value;
    value.kind = kind;
    return push(std::move(value));
}

bool PickleMachine::pushInt(int64_t number)
{
    PickleValue value;
    value.kind = PickleKind::Int;
    value.number = number;
    return push(std::move(value));
}

bool PickleMachine::pushText(PickleKind kind, uint64_t length)
{
    if (length > m_in.remaining())
        return truncated();
    PickleValue value;
    value.kind = kind;
    m_in.readString(value.text, static_cast<size_t>(length));
    return push(std::move(value));
}

template <typename T> bool PickleMachine::pushSizedText(PickleKind kind)
{
    T length = 0;
    if (!m_in.readLE(length))
        return truncated();
    return pushText(kind, length);
}

// LONG1/LONG4: little-endian two's complement of `length` bytes.
bool PickleMachine::pushLong(uint64_t length)
{
    if (length > m_in.remaining())
        return truncated();
    if (length > kMaxBigIntBytes)
        return refuse(tr("an integer of %1 bytes is too long").arg(length));
    std::string bytes;
    m_in.readString(bytes, static_cast<size_t>(length));
    if (length > 8) {
        PickleValue value;
        value.kind = PickleKind::BigInt;
        value.text = std::move(bytes);
        return push(std::move(value));
    }
    uint64_t bits = 0;
    for (size_t i = bytes.size(); i-- > 0;)
        bits = (bits << 8) | static_cast<uint8_t>(bytes[i]);
    if (length > 0 && length < 8 && (static_cast<uint8_t>(bytes.back()) & 0x80))
        bits |= ~uint64_t(0) << (8 * length); // sign-extend
    return pushInt(static_cast<int64_t>(bits));
}

bool PickleMachine::pushContainer(PickleKind kind, std::vector<uint32_t> items)
{
    PickleValue value;
    value.kind = kind;
    value.items = std::move(items);
    return push(std::move(value));
}

bool PickleMachine::pop(uint32_t& id)
{
    // As in CPython, a MARK fences off what lies below it.
    const size_t floor = m_marks.empty() ? 0 : m_marks.back();
    if (m_stack.size() <= floor)
        return refuse(tr("stack underflow"));
    id = m_stack.back();
    m_stack.pop_back();
    return true;
}

bool PickleMachine::top(uint32_t& id)
{
    if (!pop(id))
        return false;
    m_stack.push_back(id);
    return true;
}

bool PickleMachine::popMark(std::vector<uint32_t>& items)
{
    if (m_marks.empty())
        return refuse(tr("no MARK to pop to"));
    const size_t mark = m_marks.back();
    m_marks.pop_back();
    items.assign(m_stack.begin() + static_cast<std::ptrdiff_t>(mark), m_stack.end());
    m_stack.resize(mark);
    return true;
}

bool PickleMachine::readLine(std::string& line)
{
    line.clear();
    for (;;) {
        uint8_t c = 0;
        if (!m_in.readLE(c))
            return truncated();
        if (c == '\n')
            return true;
        if (line.size() >= kMaxGlobalLine)
            return refuse(tr("a GLOBAL name is longer than %1 bytes").arg(kMaxGlobalLine));
        line.push_back(static_cast<char>(c));
    }
}

bool PickleMachine::memoPut(uint64_t index)
{
    uint32_t id = 0;
    if (!top(id))
        return false;
    const bool inserted = m_memo.insert_or_assign(index, id).second;
    return !inserted || charge(kMemoCost);
}

bool PickleMachine::memoGet(uint64_t index)
{
    auto it = m_memo.find(index);
    if (it == m_memo.end())
        return refuse(tr("memo entry %1 was never stored").arg(index));
    m_stack.push_back(it->second);
    return true;
}

bool PickleMachine::stepScalar(uint8_t opcode, bool& handled)
{
    handled = true;
    switch (opcode) {
    case op::None:
        return pushKind(PickleKind::None);
    case op::NewTrue:
    case op::NewFalse: {
        PickleValue value;
        value.kind = PickleKind::Bool;
        value.number = opcode == op::NewTrue;
        return push(std::move(value));
    }
    case op::BinInt: {
        uint32_t raw = 0;
        return m_in.readLE(raw) ? pushInt(static_cast<int32_t>(raw)) : truncated();
    }
    case op::BinInt1: {
        uint8_t raw = 0;
        return m_in.readLE(raw) ? pushInt(raw) : truncated();
    }
    case op::BinInt2: {
        uint16_t raw = 0;
        return m_in.readLE(raw) ? pushInt(raw) : truncated();
    }
    case op::Long1: {
        uint8_t length = 0;
        return m_in.readLE(length) ? pushLong(length) : truncated();
    }
    case op::Long4:
    case op::BinString: {
        uint32_t length = 0;
        if (!m_in.readLE(length))
            return truncated();
        if (length & 0x80000000u)
            return refuse(tr("a negative length"));
        return opcode == op::Long4 ? pushLong(length) : pushText(PickleKind::String, length);
    }
    case op::BinFloat: {
        unsigned char raw[8];
        if (!m_in.readBytes(raw, 8))
            return truncated();
        uint64_t bits = 0;
        for (unsigned char byte : raw) // big-endian
            bits = (bits << 8) | byte;
        PickleValue value;
        value.kind = PickleKind::Float;
        value.real = std::bit_cast<double>(bits);
        return push(std::move(value));
    }
    case op::BinUnicode:
        return pushSizedText<uint32_t>(PickleKind::String);
    case op::ShortBinUnicode:
    case op::ShortBinString:
        return pushSizedText<uint8_t>(PickleKind::String);
    case op::BinUnicode8:
        return pushSizedText<uint64_t>(PickleKind::String);
    case op::BinBytes:
        return pushSizedText<uint32_t>(PickleKind::Bytes);
    case op::ShortBinBytes:
        return pushSizedText<uint8_t>(PickleKind::Bytes);
    case op::BinBytes8:
    case op::ByteArray8:
        return pushSizedText<uint64_t>(PickleKind::Bytes);
    default:
        break;
    }
    handled = false;
    return false;
}

// APPEND(S)/ADDITEMS fill a list or set, SETITEM(S) a dict.
bool PickleMachine::fill(uint8_t opcode, uint32_t container, const std::vector<uint32_t>& items)
{
    const bool isDictOp = opcode == op::SetItem || opcode == op::SetItems;
    if (isDictOp && items.size() % 2 != 0)
        return refuse(tr("SETITEMS with an odd number of items"));
    if (value(container).kind != (isDictOp ? PickleKind::Dict : PickleKind::List))
        return refuse(tr("%1 on %2")
                          .arg(isDictOp ? QStringLiteral("SETITEM") : QStringLiteral("APPEND"),
                               QString::fromStdString(m_graph.describe(container))));
    if (!charge(items.size() * sizeof(uint32_t)))
        return false;
    std::vector<uint32_t>& target = m_graph.values[container].items;
    target.insert(target.end(), items.begin(), items.end());
    return true;
}

bool PickleMachine::stepContainer(uint8_t opcode, bool& handled)
{
    handled = true;
    std::vector<uint32_t> items;
    uint32_t a = 0, b = 0, c = 0;
    switch (opcode) {
    case op::EmptyDict:
        return pushKind(PickleKind::Dict);
    case op::EmptyList:
    case op::EmptySet:
        return pushKind(PickleKind::List);
    case op::EmptyTuple:
        return pushKind(PickleKind::Tuple);
    case op::Tuple:
        return popMark(items) && pushContainer(PickleKind::Tuple, std::move(items));
    case op::Tuple1:
        return pop(a) && pushContainer(PickleKind::Tuple, {a});
    case op::Tuple2:
        return pop(b) && pop(a) && pushContainer(PickleKind::Tuple, {a, b});
    case op::Tuple3:
        return pop(c) && pop(b) && pop(a) && pushContainer(PickleKind::Tuple, {a, b, c});
    case op::List:
    case op::FrozenSet:
        return popMark(items) && pushContainer(PickleKind::List, std::move(items));
    case op::Dict:
        if (!popMark(items))
            return false;
        if (items.size() % 2 != 0)
            return refuse(tr("DICT with an odd number of items"));
        return pushContainer(PickleKind::Dict, std::move(items));
    case op::Append:
        return pop(b) && top(a) && fill(opcode, a, {b});
    case op::SetItem:
        return pop(c) && pop(b) && top(a) && fill(opcode, a, {b, c});
    case op::Appends:
    case op::AddItems:
    case op::SetItems:
        return popMark(items) && top(a) && fill(opcode, a, items);
    default:
        break;
    }
    handled = false;
    return false;
}

bool PickleMachine::stepCall(uint8_t opcode, bool& handled)
{
    handled = true;
    uint32_t a = 0, b = 0, c = 0;
    switch (opcode) {
    case op::Global: {
        std::string module, name;
        return readLine(module) && readLine(name) && m_handler.global(*this, module, name);
    }
    case op::StackGlobal:
        if (!pop(b) || !pop(a))
            return false;
        if (value(a).kind != PickleKind::String || value(b).kind != PickleKind::String)
            return refuse(tr("STACK_GLOBAL with names that are not strings"));
        return m_handler.global(*this, value(a).text, value(b).text);
    case op::Reduce:
        return pop(b) && pop(a) && m_handler.reduce(*this, a, b);
    case op::NewObj:
        return pop(b) && pop(a) && m_handler.newObject(*this, a, b);
    case op::NewObjEx: // cls, args, kwargs: keyword arguments play no part in what we build
        return pop(c) && pop(b) && pop(a) && m_handler.newObject(*this, a, b);
    case op::Build:
        return pop(b) && top(a) && m_handler.build(*this, a, b);
    case op::BinPersId:
        return pop(a) && m_handler.persistentId(*this, a);
    case op::PersId:
        return refuse(tr("a text persistent id (PERSID) is not a torch storage record"));
    default:
        break;
    }
    handled = false;
    return false;
}

bool PickleMachine::step(uint8_t opcode)
{
    bool handled = false;
    bool ok = stepScalar(opcode, handled);
    if (!handled)
        ok = stepContainer(opcode, handled);
    if (!handled)
        ok = stepCall(opcode, handled);
    if (handled)
        return ok;
    uint32_t id = 0;
    std::vector<uint32_t> dropped;
    switch (opcode) {
    case op::Proto: {
        uint8_t version = 0;
        if (!m_in.readLE(version))
            return truncated();
        return version <= 5 || refuse(tr("pickle protocol %1 is unknown").arg(version));
    }
    case op::Frame:
        return m_in.skip(8) || truncated();
    case op::Stop:
        if (m_stack.size() != 1 || !m_marks.empty())
            return refuse(tr("STOP with %1 values on the stack").arg(m_stack.size()));
        m_stopped = true;
        return true;
    case op::Mark:
        m_marks.push_back(m_stack.size());
        return true;
    case op::Pop:
        return pop(id);
    case op::PopMark:
        return popMark(dropped);
    case op::Dup:
        return top(id) && pushExisting(id);
    case op::BinPut:
    case op::BinGet: {
        uint8_t index = 0;
        if (!m_in.readLE(index))
            return truncated();
        return opcode == op::BinPut ? memoPut(index) : memoGet(index);
    }
    case op::LongBinPut:
    case op::LongBinGet: {
        uint32_t index = 0;
        if (!m_in.readLE(index))
            return truncated();
        return opcode == op::LongBinPut ? memoPut(index) : memoGet(index);
    }
    case op::Memoize:
        return memoPut(m_memo.size());
    default:
        break;
    }
    return refuse(tr("opcode 0x%1 is not allowed in a checkpoint")
                      .arg(static_cast<uint>(opcode), 2, 16, QLatin1Char('0')));
}

} // namespace hires
