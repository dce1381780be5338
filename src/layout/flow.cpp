#include "layout/flow.hpp"

#include <memory>
#include <type_traits>

#include "layout/block_bands.hpp"
#include "layout/page_builder.hpp"
#include "layout/table_layout.hpp"
#include "layout/text_setter.hpp"

namespace compforms::layout {
namespace {

constexpr double kEps = 1e-6;

// A block measured and set, waiting for its place.
struct Prepared {
    const Block* block = nullptr;
    BandBlock bands;                     // every kind but tables and page breaks
    std::unique_ptr<TableLayout> table;
    bool page_break = false;
};

Prepared prepare(const TextSetter& setter, const Block& block, double width, double content_height) {
    Prepared p;
    p.block = &block;
    std::visit(
        [&](const auto& c) {
            using T = std::decay_t<decltype(c)>;
            if constexpr (std::is_same_v<T, Paragraph>) p.bands = paragraph_bands(setter, c, width);
            else if constexpr (std::is_same_v<T, Heading>) p.bands = heading_bands(setter, c, width);
            else if constexpr (std::is_same_v<T, ListBlock>) p.bands = list_bands(setter, c, width);
            else if constexpr (std::is_same_v<T, Spacer>) p.bands.space_before = c.height;
            else if constexpr (std::is_same_v<T, Rule>) p.bands = rule_bands(c, width);
            else if constexpr (std::is_same_v<T, CheckBoxRow>) p.bands = check_box_row_bands(setter, c, width);
            else if constexpr (std::is_same_v<T, FillInLine>) p.bands = fill_in_bands(setter, c, width);
            else if constexpr (std::is_same_v<T, SignatureBlock>) p.bands = signature_bands(setter, c, width);
            else if constexpr (std::is_same_v<T, SignatureRow>) p.bands = signature_row_bands(setter, c, width);
            else if constexpr (std::is_same_v<T, FillInRow>) p.bands = fill_in_row_bands(setter, c, width);
            else if constexpr (std::is_same_v<T, Table>) {
                p.table = std::make_unique<TableLayout>(setter, c, width, content_height);
                p.bands.space_before = c.space_before;
                p.bands.space_after = c.space_after;
            } else {
                p.page_break = true;
            }
        },
        block.content);
    p.bands.keep_with_next = p.bands.keep_with_next || block.keep_with_next;
    if (!p.table && !p.page_break && (block.outline || !block.dests.empty())) {
        // Anchors sit at the block's first band (an empty one if the block has none).
        if (p.bands.bands.empty()) p.bands.bands.emplace_back();
        Band& first = p.bands.bands.front();
        if (block.outline) first.outline.push_back(*block.outline);
        for (const auto& d : block.dests) first.items.push_back(DestItem{d, 0});
    }
    return p;
}

class Flow {
public:
    Flow(PageBuilder& pb, std::vector<Prepared>& prep) : pb_(pb), prep_(prep) {}

    void run() {
        for (std::size_t i = 0; i < prep_.size(); ++i) {
            Prepared& p = prep_[i];
            if (p.page_break) {
                if (!pb_.at_top()) pb_.new_page();
            } else if (p.table) {
                place_table(i);
            } else {
                place_bands(i);
            }
        }
    }

private:
    double content_height() const { return pb_.setup().content_height(); }
    double x0() const { return pb_.setup().content_left(); }

    // The least height block i needs where it starts (its space before included): a block
    // kept with the next needs all of itself and the next block's start; a chain of kept
    // blocks is kept whole when a page can hold it, else only each block with the next's
    // first lines (a legend longer than a page).
    // (Memoised: a chain of n kept blocks would cost n² otherwise.)
    double min_start(std::size_t i) const {
        if (i >= prep_.size()) return 0;
        const Prepared& p = prep_[i];
        if (!p.bands.keep_with_next || p.page_break || p.table) return first_part(i);
        if (min_start_.size() < prep_.size()) min_start_.assign(prep_.size(), -1);
        if (min_start_[i] >= 0) return min_start_[i];
        const double own = p.bands.space_before + bands_height(p.bands.bands, 0, p.bands.bands.size()) +
                           p.bands.space_after;
        const double chain = own + min_start(i + 1);
        return min_start_[i] = chain <= content_height() + kEps ? chain : own + first_part(i + 1);
    }

    // The height of block i up to its first allowed page break (its space before included).
    double first_part(std::size_t i) const {
        if (i >= prep_.size()) return 0;
        const Prepared& p = prep_[i];
        if (p.page_break) return 0;
        if (p.table) return p.bands.space_before + p.table->min_start_height(content_height());
        const auto& b = p.bands.bands;
        std::size_t j = 1;
        while (j < b.size() && !b[j].break_before) ++j;
        return p.bands.space_before + bands_height(b, 0, j);
    }

    void space_before(double sb) {
        if (pb_.at_top() || sb <= 0) return;
        if (sb >= pb_.remaining()) pb_.new_page();
        else pb_.advance(sb);
    }

    void space_after(double sa) {
        if (sa > 0 && !pb_.at_top()) pb_.advance(sa);
    }

    void place_bands(std::size_t i) {
        BandBlock& blk = prep_[i].bands;
        std::vector<Band>& b = blk.bands;
        space_before(blk.space_before);
        if (b.empty()) return;   // a spacer
        if (!pb_.at_top()) {
            const double need = min_start(i) - blk.space_before;
            if (need > pb_.remaining() + kEps) pb_.new_page();
        }
        std::size_t p = 0;
        while (p < b.size()) {
            std::size_t k = 0;
            double h = 0;
            while (p + k < b.size() && h + b[p + k].height <= pb_.remaining() + kEps) h += b[p + k++].height;
            if (p + k == b.size()) {
                place_range(b, p, b.size());
                break;
            }
            std::size_t j = p + k;
            while (j > p && !b[j].break_before) --j;
            if (j > p) {
                place_range(b, p, j);
                pb_.new_page();
                p = j;
            } else if (pb_.at_top()) {
                // Nothing allowed fits even on an empty page: break where it must.
                const std::size_t m = std::max<std::size_t>(k, 1);
                place_range(b, p, p + m);
                if (p + m < b.size()) pb_.new_page();
                p += m;
            } else {
                pb_.new_page();
            }
        }
        space_after(blk.space_after);
    }

    void place_range(const std::vector<Band>& b, std::size_t from, std::size_t to) {
        for (std::size_t i = from; i < to; ++i) pb_.place(b[i], x0());
    }

    void place_table(std::size_t i) {
        Prepared& p = prep_[i];
        space_before(p.bands.space_before);
        if (!pb_.at_top() && p.table->min_start_height(content_height()) > pb_.remaining() + kEps)
            pb_.new_page();
        const Block& block = *p.block;
        if (block.outline) pb_.add_outline(*block.outline, pb_.y());
        for (const auto& d : block.dests) pb_.add(DestItem{d, pb_.y()});
        // A table kept with the next block keeps its last row on a page with the block's start.
        const double trailing = p.bands.space_after + min_start(i + 1);
        p.table->place(pb_, x0(), trailing);
        space_after(p.bands.space_after);
    }

    PageBuilder& pb_;
    std::vector<Prepared>& prep_;
    mutable std::vector<double> min_start_;   // by block, -1 until computed
};

} // namespace

FlowLayouter::FlowLayouter(const TextSetter& setter, PageSetup page) : setter_(setter), page_(page) {}

void FlowLayouter::add(Block block) { blocks_.push_back(std::move(block)); }

Document FlowLayouter::finish() {
    Document doc;
    std::vector<Prepared> prep;
    prep.reserve(blocks_.size());
    for (const auto& b : blocks_) prep.push_back(prepare(setter_, b, page_.content_width(), page_.content_height()));
    PageBuilder pb(doc, page_);
    Flow(pb, prep).run();
    // A trailing page break leaves an empty last page: drop it.
    if (doc.pages.size() > 1 && doc.pages.back().items.empty() &&
        (doc.outline.empty() || doc.outline.back().page + 1 < doc.pages.size()))
        doc.pages.pop_back();
    blocks_.clear();
    return doc;
}

} // namespace compforms::layout
