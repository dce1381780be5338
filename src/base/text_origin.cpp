#include "base/text_origin.hpp"

#include <algorithm>

namespace compforms {
namespace {
constexpr std::size_t kNowhere = static_cast<std::size_t>(-1);   // an anchor of bytes with no origin
} // namespace

TextOrigin TextOrigin::span(std::size_t source_offset, std::size_t length) {
    TextOrigin o;
    if (length == 0) return o;
    o.anchors_.push_back({0, source_offset});
    o.end_ = length;
    return o;
}

void TextOrigin::map(std::size_t at, std::size_t source) {
    end_ = std::max(end_, at + 1);
    if (!anchors_.empty()) {
        const Anchor& last = anchors_.back();
        if (at >= last.at && last.source != kNowhere && last.source + (at - last.at) == source) return;
    }
    anchors_.push_back({at, source});
}

std::optional<std::size_t> TextOrigin::source_offset(std::size_t at) const {
    if (at >= end_) return std::nullopt;
    auto after = std::upper_bound(anchors_.begin(), anchors_.end(), at,
                                  [](std::size_t a, const Anchor& anchor) { return a < anchor.at; });
    if (after == anchors_.begin()) return std::nullopt;   // in a prefix the source never held
    const Anchor& a = *(after - 1);
    if (a.source == kNowhere) return std::nullopt;
    return a.source + (at - a.at);
}

TextOrigin TextOrigin::after_prefix(std::size_t bytes) const {
    TextOrigin moved = *this;
    for (Anchor& a : moved.anchors_) a.at += bytes;
    if (known()) moved.end_ += bytes;
    return moved;
}

TextOrigin TextOrigin::suffix(std::size_t from) const {
    TextOrigin out;
    if (from >= end_) return out;
    if (const std::optional<std::size_t> at = source_offset(from)) out.anchors_.push_back({0, *at});
    else out.anchors_.push_back({0, kNowhere});
    for (const Anchor& a : anchors_)
        if (a.at > from) out.anchors_.push_back({a.at - from, a.source});
    out.end_ = end_ - from;
    return out;
}

TextOrigin TextOrigin::followed_by(const TextOrigin& other, std::size_t at) const {
    TextOrigin out = *this;
    if (!other.known()) return out;
    // What lies between the two texts (a separator the form adds) has no origin.
    if (out.known() && out.end_ < at) out.anchors_.push_back({out.end_, kNowhere});
    for (const Anchor& a : other.anchors_) out.anchors_.push_back({a.at + at, a.source});
    out.end_ = other.end_ + at;
    return out;
}

} // namespace compforms
