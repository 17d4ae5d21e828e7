#include <QTest>

#include "core/weights/restricted_unpickler.h"
#include "weights_test_support.h"

using namespace hires;
using namespace hires::test;
namespace pk = hires::test::pickle;

namespace {

Result<uint32_t>
run(PickleGraph& graph, const QByteArray& bytes,
    RestrictedUnpickler::PersistentIds ids = RestrictedUnpickler::PersistentIds::ZipStorage,
    uint64_t budget = RestrictedUnpickler::kDefaultMemoryBudget)
{
    RestrictedUnpickler unpickler(graph, ids, QStringLiteral("t.pth"), QStringLiteral("test"));
    unpickler.setMemoryBudget(budget);
    return unpickler.run(reinterpret_cast<const std::byte*>(bytes.constData()),
                         static_cast<size_t>(bytes.size()));
}

} // namespace

class TestRestrictedUnpickler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsAStateDictAsTorchSavesIt()
    {
        // OrderedDict filled by SETITEMS, then BUILD with _metadata (ignored);
        // the second tensor reuses the storage through the memo, as torch does.
        const QByteArray storage = pk::storage("HalfStorage", "0", 6) + "q\x05";
        const QByteArray bytes =
            pk::proto() + pk::emptyOrderedDict() + QByteArray("q\x00(", 3) + pk::text("a") +
            pk::tensor(storage, 0, {2, 3}, {3, 1}) + pk::text("b") +
            pk::global("torch._utils", "_rebuild_parameter") +
            pk::tuple({pk::tensor("h\x05", 3, {3}, {1}), "\x88", pk::emptyOrderedDict()}) + "Ru" +
            pk::dict({{"_metadata", pk::emptyOrderedDict()}}) + "b" + pk::stop();
        PickleGraph graph;
        Result<uint32_t> root = run(graph, bytes);
        QVERIFY2(root, qPrintable(root ? QString() : root.error().message));
        QVERIFY(graph.is(root.value(), PickleKind::Dict));
        QCOMPARE(graph.storages.size(), size_t(1));
        QCOMPARE(graph.storages[0].dtype, DType::F16);
        QCOMPARE(graph.storages[0].numel, uint64_t(6));
        QCOMPARE(graph.tensors.size(), size_t(2));
        QCOMPARE(graph.tensors[1].offset, int64_t(3));
        QCOMPARE(graph.tensors[0].shape, (std::vector<int64_t>{2, 3}));
        const std::optional<uint32_t> b = graph.dictValue(root.value(), "b");
        QVERIFY(b && graph.is(*b, PickleKind::Tensor));
        QCOMPARE(graph.at(*b).number, int64_t(1)); // the parameter is its tensor
    }

    void readsScalarsAndProtocol4()
    {
        // FRAME, SHORT_BINUNICODE, MEMOIZE, STACK_GLOBAL, LONG1, BINFLOAT, NEWTRUE.
        QByteArray bytes("\x80\x04\x95", 3);
        appendLE<uint64_t>(bytes, 0);
        bytes += QByteArray("}\x94(\x8c\x01n\x8a\x01\xfe", 9); // 'n': -2
        bytes += QByteArray("\x8c\x01"
                            "b\x8a\x0a",
                            5) +
                 QByteArray(9, '\0') + QByteArray("\x01", 1); // 2^72
        bytes += QByteArray("\x8c\x01"
                            "f"
                            "G\x3f\xf8\x00\x00\x00\x00\x00\x00",
                            12); // 1.5
        bytes += QByteArray("\x8c\x01t\x88", 4);
        bytes += QByteArray("\x8c\x01g\x8c\x05torch\x8c\x07"
                            "float16\x93",
                            20);
        bytes += "u.";
        PickleGraph graph;
        Result<uint32_t> root = run(graph, bytes);
        QVERIFY2(root, qPrintable(root ? QString() : root.error().message));
        QCOMPARE(graph.at(*graph.dictValue(root.value(), "n")).number, int64_t(-2));
        QVERIFY(graph.is(*graph.dictValue(root.value(), "b"), PickleKind::BigInt));
        QCOMPARE(graph.at(*graph.dictValue(root.value(), "f")).real, 1.5);
        QCOMPARE(graph.at(*graph.dictValue(root.value(), "t")).number, int64_t(1));
        const PickleValue& dtype = graph.at(*graph.dictValue(root.value(), "g"));
        QCOMPARE(dtype.global, PickleGlobal::TorchDtype);
        QCOMPARE(dtype.dtype, DType::F16);
    }

    void tolerantOfDataClassesNeverCallsThem()
    {
        // numpy.core.multiarray.scalar(numpy.dtype('f8'), b'...') as in SD .ckpt files.
        const QByteArray bytes =
            pk::proto() +
            pk::dict({{"step", pk::global("numpy.core.multiarray", "scalar") +
                                   pk::tuple({pk::global("numpy", "dtype") +
                                                  pk::tuple({pk::text("f8")}) + "R",
                                              QByteArray("C\x08", 2) + QByteArray(8, 'x')}) +
                                   "R"}}) +
            pk::stop();
        PickleGraph graph;
        Result<uint32_t> root = run(graph, bytes);
        QVERIFY2(root, qPrintable(root ? QString() : root.error().message));
        const PickleValue& step = graph.at(*graph.dictValue(root.value(), "step"));
        QCOMPARE(step.kind, PickleKind::Object);
        QCOMPARE(step.text, std::string("numpy.core.multiarray.scalar"));
    }

    void legacyViewRecords()
    {
        const QByteArray pid =
            pk::tuple({pk::text("storage"), pk::global("torch", "FloatStorage"), pk::text("root"),
                       pk::text("cpu"), pk::integer(10),
                       pk::tuple({pk::text("view"), pk::integer(4), pk::integer(3)})}) +
            "Q";
        PickleGraph graph;
        Result<uint32_t> root =
            run(graph, pk::proto() + pk::dict({{"w", pk::tensor(pid, 0, {3}, {1})}}) + pk::stop(),
                RestrictedUnpickler::PersistentIds::LegacyStorage);
        QVERIFY2(root, qPrintable(root ? QString() : root.error().message));
        QCOMPARE(graph.storages.size(), size_t(2));
        const PickledStorage& view = graph.storages[graph.tensors[0].storage];
        QVERIFY(view.isView);
        QCOMPARE(view.rootKey, std::string("root"));
        QCOMPARE(view.viewOffset, uint64_t(4));
        QCOMPARE(view.numel, uint64_t(3));
    }

    void forbiddenGlobals_data()
    {
        QTest::addColumn<QByteArray>("module");
        QTest::addColumn<QByteArray>("name");
        for (const char* global : {"os.system",
                                   "posix.system",
                                   "nt.system",
                                   "builtins.eval",
                                   "builtins.exec",
                                   "builtins.__import__",
                                   "builtins.getattr",
                                   "builtins.open",
                                   "__builtin__.eval",
                                   "subprocess.Popen",
                                   "subprocess.call",
                                   "torch.load",
                                   "torch.jit.load",
                                   "torch.nn.modules.conv.Conv2d",
                                   "numpy.load",
                                   "pickle.loads",
                                   "functools.partial",
                                   "operator.attrgetter",
                                   "collections.defaultdict",
                                   "torch._utils._rebuild_qtensor",
                                   "webbrowser.open",
                                   "runpy._run_code"}) {
            const QByteArray qualified(global);
            const qsizetype dot = qualified.lastIndexOf('.');
            QTest::newRow(global) << qualified.left(dot) << qualified.mid(dot + 1);
        }
    }

    void forbiddenGlobals()
    {
        QFETCH(QByteArray, module);
        QFETCH(QByteArray, name);
        PickleGraph graph;
        Result<uint32_t> root =
            run(graph, pk::proto() + pk::global(module.constData(), name.constData()) +
                           pk::tuple({}) + "R" + pk::stop());
        QVERIFY(!root);
        QVERIFY2(root.error().message.contains(QStringLiteral("is forbidden")),
                 qPrintable(root.error().message));
        QVERIFY(root.error().message.contains(QString::fromLatin1(module + "." + name)));
        QVERIFY(root.error().message.startsWith(QStringLiteral("t.pth (test): pickle offset 2: ")));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("ids");
        QTest::addColumn<QString>("expected");
        const QByteArray p = pk::proto();
        const int zip = int(RestrictedUnpickler::PersistentIds::ZipStorage);
        const int none = int(RestrictedUnpickler::PersistentIds::Forbidden);
        QTest::newRow("INST") << QByteArray("(ios\nsystem\n.") << zip << "0x69";
        QTest::newRow("OBJ") << QByteArray("(K\x01o.") << zip << "0x6f";
        QTest::newRow("EXT2") << p + QByteArray("\x83\x01\x00.", 4) << zip << "0x83";
        QTest::newRow("EXT4") << p + QByteArray("\x84\x01\x00\x00\x00.", 6) << zip << "0x84";
        QTest::newRow("NEXT_BUFFER") << QByteArray("\x80\x05\x97.", 4) << zip << "0x97";
        QTest::newRow("READONLY_BUFFER") << QByteArray("\x80\x05\x98.", 4) << zip << "0x98";
        QTest::newRow("unknown opcode") << p + QByteArray("\xff.", 2) << zip << "0xff";
        QTest::newRow("text PERSID") << p + "P0\n." << zip << "PERSID";
        QTest::newRow("BINPERSID where forbidden")
            << p + pk::storage("FloatStorage", "0", 1) + "." << none << "none is allowed";
        QTest::newRow("pid too short")
            << p + pk::tuple({pk::text("storage")}) + "Q." << zip << "storage record";
        QTest::newRow("pid negative numel")
            << p + pk::storage("FloatStorage", "0", -1) + "." << zip << "malformed";
        QTest::newRow("stack underflow") << p + "R." << zip << "underflow";
        QTest::newRow("pop below mark") << p + "K\x01(0." << zip << "underflow";
        QTest::newRow("pop mark without mark") << p + "1." << zip << "MARK";
        QTest::newRow("odd SETITEMS") << p + "}(K\x01u." << zip << "odd";
        QTest::newRow("odd DICT") << p + "(K\x01"
                                         "d."
                                  << zip << "odd";
        QTest::newRow("APPEND to a dict") << p + "}K\x01"
                                                 "a."
                                          << zip << "APPEND on a dict";
        QTest::newRow("SETITEM on a list") << p + "]K\x01K\x02s." << zip << "SETITEM on a list";
        QTest::newRow("SETITEM on a tuple") << p + ")K\x01K\x02s." << zip << "SETITEM on a tuple";
        QTest::newRow("memo miss")
            << p + QByteArray("j\x00\x01\x00\x00.", 6) << zip << "memo entry 256";
        QTest::newRow("truncated BININT") << p + "J\x01\x02" << zip << "truncated";
        QTest::newRow("truncated GLOBAL") << p + "ctorch\nFloat" << zip << "truncated";
        QTest::newRow("long GLOBAL")
            << p + "c" + QByteArray(300, 'a') + "\nb\n." << zip << "longer than";
        QTest::newRow("LONG4 too long")
            << p + QByteArray("\x8b\x00\x00\x01\x00", 5) + QByteArray(65536, 0) + "." << zip
            << "too long";
        QTest::newRow("two values at STOP") << p + "K\x01K\x02." << zip << "STOP with 2";
        QTest::newRow("open mark at STOP") << p + "(K\x01." << zip << "STOP with";
        QTest::newRow("empty") << QByteArray() << zip << "without a STOP";
        QTest::newRow("REDUCE args not a tuple")
            << p + pk::global("collections", "OrderedDict") + "]R." << zip << "not a tuple";
        QTest::newRow("REDUCE a string") << p + pk::text("os.system") + ")R." << zip << "a string";
        QTest::newRow("REDUCE a dtype")
            << p + pk::global("torch", "float32") + ")R." << zip << "not callable";
        QTest::newRow("NEWOBJ a tensor rebuilder")
            << p + pk::global("torch._utils", "_rebuild_tensor_v2") + ")\x81." << zip
            << "not an allow-listed class";
        QTest::newRow("BUILD on a list") << p + "]}b." << zip << "BUILD on a list";
        QTest::newRow("rebuild from a non-storage")
            << p + pk::tensor(pk::integer(3), 0, {1}, {1}) + "." << zip << "not a storage";
        QTest::newRow("rebuild with few args")
            << p + pk::global("torch._utils", "_rebuild_tensor_v2") + pk::tuple({pk::integer(1)}) +
                   "R."
            << zip << "1 arguments";
        QTest::newRow("rebuild with float size")
            << p + pk::global("torch._utils", "_rebuild_tensor_v2") +
                   pk::tuple({pk::storage("FloatStorage", "0", 4), pk::integer(0),
                              pk::tuple({QByteArray("G\x3f\xf0\x00\x00\x00\x00\x00\x00", 9)}),
                              pk::ints({1}), "\x89", pk::emptyOrderedDict()}) +
                   "R."
            << zip << "size or stride";
        QTest::newRow("parameter of a non-tensor")
            << p + pk::global("torch._utils", "_rebuild_parameter") +
                   pk::tuple({pk::integer(1), "\x89", "N"}) + "R."
            << zip << "not a tensor";
        QTest::newRow("storage redeclared") << p + "(" + pk::storage("FloatStorage", "0", 4) +
                                                   pk::storage("FloatStorage", "0", 5) + "l."
                                            << zip << "declared twice";
        QTest::newRow("unknown protocol") << QByteArray("\x80\x06}.", 4) << zip << "protocol 6";
    }

    void refusals()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, ids);
        QFETCH(QString, expected);
        PickleGraph graph;
        Result<uint32_t> root = run(graph, bytes, RestrictedUnpickler::PersistentIds(ids));
        QVERIFY(!root);
        QVERIFY2(root.error().message.contains(expected), qPrintable(root.error().message));
    }

    void memoryBudget()
    {
        // 100,000 empty lists need ~10 MB of values; a 1 MiB budget stops them.
        QByteArray bytes = pk::proto() + "(";
        for (int i = 0; i < 100000; ++i)
            bytes += "]";
        bytes += "l.";
        PickleGraph graph;
        Result<uint32_t> capped =
            run(graph, bytes, RestrictedUnpickler::PersistentIds::ZipStorage, 1u << 20);
        QVERIFY(!capped);
        QVERIFY2(capped.error().message.contains(QStringLiteral("MiB of memory")),
                 qPrintable(capped.error().message));
        PickleGraph roomy;
        QVERIFY(run(roomy, bytes));
    }

    void cyclesAndDepthAreHarmless()
    {
        // A list that contains itself, and 200,000 nested lists: no recursion anywhere.
        PickleGraph graph;
        QVERIFY(run(graph, pk::proto() + QByteArray("]q\x00h\x00"
                                                    "a.",
                                                    7)));
        QByteArray deep = pk::proto() + "]";
        for (int i = 0; i < 200000; ++i)
            deep += "]";
        for (int i = 0; i < 200000; ++i)
            deep += "a";
        deep += ".";
        PickleGraph nested;
        QVERIFY(run(nested, deep));
    }

    void consumedStopsAtStop()
    {
        const QByteArray bytes = pk::proto() + "K\x07." + "trailing";
        PickleGraph graph;
        RestrictedUnpickler unpickler(graph, RestrictedUnpickler::PersistentIds::Forbidden,
                                      QStringLiteral("t"), QStringLiteral("t"));
        size_t consumed = 0;
        Result<uint32_t> root = unpickler.run(reinterpret_cast<const std::byte*>(bytes.constData()),
                                              size_t(bytes.size()), &consumed);
        QVERIFY(root);
        QCOMPARE(consumed, size_t(5));
        QCOMPARE(graph.at(root.value()).number, int64_t(7));
    }
};

QTEST_GUILESS_MAIN(TestRestrictedUnpickler)
#include "tst_restricted_unpickler.moc"
