#include "forms/sheet_code.hpp"

#include <memory>
#include <stdexcept>

#include <qrencode.h>

namespace compforms::forms {
namespace {

layout::RectItem black_rect(double x, double y, double w, double h) {
    layout::RectItem r;
    r.x = x;
    r.y = y;
    r.w = w;
    r.h = h;
    r.stroke = false;
    r.fill = true;
    r.fill_color = layout::Color{0, 0, 0};
    return r;
}

} // namespace

std::array<PagePoint, 4> mark_centres(double page_width, double page_height) {
    const double l = kMarkInset, r = page_width - kMarkInset, t = kMarkInset, b = page_height - kMarkInset;
    return {PagePoint{l, t}, PagePoint{r, t}, PagePoint{l, b}, PagePoint{r, b}};
}

layout::RectItem qr_square(double /*page_width*/, double page_height) {
    return black_rect(kQrLeft, page_height - kQrBottomInset - kQrSide, kQrSide, kQrSide);
}

std::vector<layout::Item> qr_code_items(const std::string& text, double page_width, double page_height) {
    // Case-sensitive 8-bit hint: libqrencode still chooses the denser alphanumeric and
    // numeric modes for the runs of text they can hold (an ID is mostly upper case and digits).
    std::unique_ptr<QRcode, void (*)(QRcode*)> code(
        QRcode_encodeString(text.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), QRcode_free);
    if (!code) throw std::runtime_error("cannot encode the sheet ID as a QR code: " + text);
    const layout::RectItem area = qr_square(page_width, page_height);
    const int n = code->width;
    const double module = area.w / n;
    std::vector<layout::Item> items;
    for (int row = 0; row < n; ++row) {
        const unsigned char* line = code->data + static_cast<std::ptrdiff_t>(row) * n;
        for (int col = 0; col < n;) {
            if (!(line[col] & 1)) {
                ++col;
                continue;
            }
            int end = col;
            while (end < n && (line[end] & 1)) ++end;
            items.push_back(black_rect(area.x + col * module, area.y + row * module, (end - col) * module, module));
            col = end;
        }
    }
    return items;
}

std::vector<layout::Item> registration_mark_items(double page_width, double page_height) {
    std::vector<layout::Item> items;
    for (const PagePoint& c : mark_centres(page_width, page_height))
        items.push_back(black_rect(c.x - kMarkSide / 2, c.y - kMarkSide / 2, kMarkSide, kMarkSide));
    return items;
}

} // namespace compforms::forms
