// TensorRef <-> at::Tensor: views alias the file's bytes, shared storages
// stay shared, fp16 converts exactly, misaligned storages are copied.
#include <QTest>

#include "core/weights/tensor_bridge_p.h"
#include "ncnn_test_model.h"
#include "weights_test_support.h"

using namespace hires;
using namespace hires::test;

class TestTensorBridge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void viewsAliasTheStorage()
    {
        const auto storage = storageOf(floatsLE({0, 1, 2, 3, 4, 5}));
        TensorRef t;
        t.dtype = DType::F32;
        t.shape = {3, 2};
        t.strides = {1, 3}; // the transpose of a 2x3 row-major matrix
        t.storage = storage;
        const at::Tensor view = toTensorView(t);
        QCOMPARE(view.data_ptr(), static_cast<void*>(const_cast<std::byte*>(storage->data())));
        QCOMPARE(view.index({1, 1}).item<float>(), 4.0f);
        const at::Tensor copy = toTensorCopy(t, at::kDouble);
        QVERIFY(copy.is_contiguous());
        QCOMPARE(copy.index({2, 0}).item<double>(), 2.0);
    }

    void fp16ConvertsExactly()
    {
        std::vector<std::byte> bits(2 * 36);
        for (int i = 0; i < 36; ++i) {
            const uint16_t h = halfOf(i);
            std::memcpy(bits.data() + 2 * i, &h, 2);
        }
        TensorRef t;
        t.dtype = DType::F16;
        t.shape = {2, 2, 3, 3};
        t.strides = TensorRef::contiguousStrides(t.shape);
        t.storage = std::make_shared<HeapStorage>(std::move(bits));
        const at::Tensor f32 = toTensorCopy(t, at::kFloat);
        QVERIFY(at::equal(f32.flatten(), at::arange(36, at::kFloat)));
    }

    void misalignedStoragesAreCopied()
    {
        // A float that starts one byte into its buffer.
        const auto buffer = storageOf(QByteArray(1, 'x') + floatsLE({2.5f, -1.0f}));
        TensorRef t;
        t.dtype = DType::F32;
        t.shape = {2};
        t.strides = {1};
        t.storage = std::make_shared<StorageSlice>(buffer, 1, 8);
        const at::Tensor view = toTensorView(t);
        QCOMPARE(reinterpret_cast<uintptr_t>(view.data_ptr()) % alignof(float), uintptr_t(0));
        QCOMPARE(view[0].item<float>(), 2.5f);
        QCOMPARE(view[1].item<float>(), -1.0f);
    }

    void roundTrip()
    {
        const at::Tensor source = at::arange(6, at::kLong).reshape({2, 3});
        const TensorRef ref = fromTensor(source);
        QCOMPARE(ref.dtype, DType::I64);
        QCOMPARE(ref.shape, (std::vector<int64_t>{2, 3}));
        QVERIFY(at::equal(toTensorView(ref), source));
    }
};

QTEST_GUILESS_MAIN(TestTensorBridge)
#include "tst_tensor_bridge.moc"
