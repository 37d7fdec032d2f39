// The PDF's look: US Letter page geometry, type sizes and colours (one place to tune the forms).
#pragma once
#include "render/pdf/layout.h"

namespace tk::pdf::style {

// Page (points; US Letter, portrait).
constexpr double kPageW = 612, kPageH = 792;
constexpr double kMarginX = 54;                 // 0.75 in
constexpr double kBodyTop = 66, kBodyBottom = 62;
constexpr double kBodyW = kPageW - 2 * kMarginX;
constexpr double kBodyH = kPageH - kBodyTop - kBodyBottom;
constexpr double kHeaderBaseline = 38, kFooterBaseline = 36;  // from the top / from the bottom

// Type.
constexpr double kBody = 10, kSmall = 8.5, kTable = 9, kCode = 8.5;
constexpr double kTitle = 20, kH2 = 14, kH3 = 11.5, kH4 = 10.5;
constexpr double kParaGap = 7, kListIndent = 18, kQuoteIndent = 14, kCellPad = 4;

// Fields.
constexpr double kFieldH = 16;                  // one-line text field height
constexpr double kFieldLineH = 14;              // per line of a multi-line field
constexpr double kCheckSize = 10.5;
constexpr double kFieldFont = 0;                // /DA font size: 0 = the viewer shrinks the text to fit
// A table-cell field (an empty cell): sized so a 150-character answer fits at about 8 pt.
constexpr double kCellFieldH = 4 * kFieldLineH;
constexpr double kCellFieldMinW = 90, kCellFieldMaxW = 160;
constexpr double kMinFieldW = 44;
constexpr double kFieldBorderW = 1;           // /BS /W: a whole number (PDFium truncates it)

// Colours.
constexpr Color kText{0.11, 0.11, 0.12};
constexpr Color kHeading{0.05, 0.20, 0.38};
constexpr Color kMuted{0.36, 0.38, 0.42};
constexpr Color kLink{0.0, 0.30, 0.62};
constexpr Color kRule{0.62, 0.66, 0.72};
constexpr Color kTableHead{0.89, 0.92, 0.96};
constexpr Color kCodeBack{0.955, 0.96, 0.965};
constexpr Color kQuoteBar{0.55, 0.65, 0.78};
constexpr Color kFieldFill{0.925, 0.945, 0.975};
constexpr Color kFieldBorder{0.42, 0.48, 0.56};

}  // namespace tk::pdf::style
