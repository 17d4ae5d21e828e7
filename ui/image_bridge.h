// The QImage <-> cv::Mat bridge: the only place where pixels cross between
// core (cv::Mat, OpenCV channel order) and the widgets (QImage).
//
// Channel order and formats (core's pixel contract: 1 channel gray,
// 3 channels BGR, 4 channels BGRA with straight alpha; 8 or 16 bits):
//
//   cv::Mat        QImage                      notes
//   CV_8UC1    <-> Format_Grayscale8
//   CV_16UC1   <-> Format_Grayscale16
//   CV_8UC3    <-> Format_RGB888               B and R swapped on the way
//   CV_8UC4    <-> Format_ARGB32               straight alpha; same bytes (B,G,R,A) on
//                                              little-endian machines
//   CV_16UC3   <-> Format_RGBX64               X written as 65535, dropped on the way back
//   CV_16UC4   <-> Format_RGBA64               straight alpha
//
// Other QImage formats are converted first (toMat): premultiplied formats to
// their straight-alpha twin; RGB32/BGR888 to 8-bit BGR; formats with more
// than 8 bits per channel (RGB30, float) to 16-bit; everything else (indexed,
// mono, RGB565, ...) to Grayscale8, RGB888 or ARGB32 as their content needs.
// Other Mat types (2 channels, signed or float depths) are refused: the
// functions return a null QImage / an empty Mat.
//
// Ownership: toQImage() and toMat() always deep-copy; the result owns its
// pixels and the source may be changed or destroyed at once. viewAsQImage()
// shares the Mat's buffer instead (no copy) and keeps it alive by holding a
// reference to it until the last QImage copy is gone; the QImage is read-only
// (Qt deep-copies on the first non-const bits() call), so the Mat is never
// written through it. Pure functions, safe on any thread.
#pragma once

#include <QImage>

#include <opencv2/core/mat.hpp>

namespace hires {
struct Image;
}

namespace hires::ui {

// Deep copy into the QImage format listed above; null QImage for an
// unsupported Mat type or an empty Mat.
QImage toQImage(const cv::Mat& mat);
// The pixels of a decoded image (metadata is not carried).
QImage toQImage(const hires::Image& image);

// Deep copy into 8UC1/16UC1/8UC3/16UC3/8UC4/16UC4 in OpenCV channel order;
// empty Mat for a null QImage.
cv::Mat toMat(const QImage& image);

// Zero-copy QImage over the Mat's buffer, for the types whose memory layout a
// QImage format matches: 8UC1 (Grayscale8), 16UC1 (Grayscale16), 8UC3
// (BGR888) and, on little-endian machines, 8UC4 (ARGB32). Null QImage for
// any other type: use toQImage() then.
QImage viewAsQImage(const cv::Mat& mat);

} // namespace hires::ui
