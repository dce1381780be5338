#include "forms/form_template.hpp"

#include <algorithm>
#include <iterator>
#include <set>
#include <stdexcept>
#include <variant>

#include "forms/sheet_code.hpp"
#include "text/cut_to_width.hpp"

namespace compforms::forms {

namespace {
// Typesetters are cheap to make; renewing one every so many values keeps the batch's
// memory flat however many candidates it has.
constexpr std::size_t kRenewAfter = 2000;
} // namespace

SlotSetter::SlotSetter() : ts_(std::make_unique<text::Typesetter>()) {}
SlotSetter::~SlotSetter() = default;

bool SlotSetter::fits(const std::string& value, const Slot& slot) {
    return slot.cut || slot.width <= 0 || ts_->width(value, *slot.font, slot.size) * kMinShrink <= slot.width;
}

std::shared_ptr<const text::TextLine> SlotSetter::set(const std::string& value, const Slot& slot) {
    if (++uses_ > kRenewAfter) {
        ts_ = std::make_unique<text::Typesetter>();
        uses_ = 1;
    }
    text::TextLine line = ts_->set_line(value, *slot.font, slot.size);
    if (slot.width > 0 && line.width > slot.width) {
        if (line.width * kMinShrink > slot.width) {
            if (!slot.cut)
                throw std::logic_error("a value wider than its slot at the smallest size was not refused: " + value);
            const double size = slot.size * kMinShrink;
            const std::string cut = text::cut_to_width(
                value, slot.width, [&](const std::string& s) { return ts_->width(s, *slot.font, size); });
            line = ts_->set_line(cut, *slot.font, size);
        } else {
            line = ts_->set_line(value, *slot.font, slot.size * slot.width / line.width);
        }
    }
    return std::make_shared<const text::TextLine>(std::move(line));
}

FormTemplate::FormTemplate(layout::Document laid_out, const std::vector<std::string>& slot_names) {
    blank_.info = laid_out.info;
    blank_.outline = laid_out.outline;
    for (std::size_t p = 0; p < laid_out.pages.size(); ++p) {
        layout::Page& page = laid_out.pages[p];
        std::vector<layout::Item> kept;
        kept.reserve(page.items.size());
        for (layout::Item& item : page.items) {
            if (const auto* s = std::get_if<layout::SlotItem>(&item))
                slots_[s->name].push_back(Slot{p, s->x, s->baseline, s->width, s->font, s->size, s->align, s->cut, s->leads});
            else if (const auto* f = std::get_if<layout::FieldItem>(&item))
                fields_.push_back(Field{p, f->name, f->choice, f->x, f->y, f->size});
            else
                kept.push_back(std::move(item));
        }
        layout::Page out;
        out.width = page.width;
        out.height = page.height;
        if (page.shared) kept.insert(kept.begin(), page.shared->begin(), page.shared->end());
        out.shared = std::make_shared<const std::vector<layout::Item>>(std::move(kept));
        blank_.pages.push_back(std::move(out));
    }
    for (const std::string& name : slot_names)
        if (!slots_.count(name)) throw std::logic_error("form layout lost the fill-in slot '" + name + "'");
}

std::string FormTemplate::unfit(const SlotValues& values, SlotSetter& setter) const {
    for (const auto& [name, value] : values) {
        auto it = slots_.find(name);
        if (it == slots_.end() || value.empty()) continue;
        for (const Slot& slot : it->second)
            if (!setter.fits(value, slot)) return name;
    }
    return {};
}

void FormTemplate::reserve(const std::vector<SlotValues>& batch, SlotSetter& setter) {
    std::map<const text::Font*, std::set<uint32_t>> held;   // glyphs the shared pages hold, by font
    for (const layout::Page& page : blank_.pages) {
        if (!page.shared) continue;
        for (const layout::Item& item : *page.shared) {
            const std::shared_ptr<const text::TextLine>* line = nullptr;
            if (auto* t = std::get_if<layout::TextItem>(&item)) line = &t->line;
            if (auto* r = std::get_if<layout::ReservedText>(&item)) line = &r->line;
            if (line && *line)
                for (const text::LineGlyph& g : (*line)->glyphs) held[(*line)->font].insert(g.gid);
        }
    }
    std::vector<std::vector<layout::Item>> added(blank_.pages.size());
    std::set<std::pair<std::string, std::string>> seen;
    for (const SlotValues& values : batch) {
        for (const auto& [name, value] : values) {
            auto it = slots_.find(name);
            if (it == slots_.end() || value.empty() || !seen.insert({name, value}).second) continue;
            // Every place of a name: a cut value's glyphs depend on its room.
            for (const Slot& slot : it->second) {
                std::shared_ptr<const text::TextLine> line = setter.set(value, slot);
                std::set<uint32_t>& glyphs = held[line->font];
                bool brings = false;
                for (const text::LineGlyph& g : line->glyphs) brings |= glyphs.insert(g.gid).second;
                if (brings) added[slot.page].push_back(layout::ReservedText{std::move(line)});
            }
        }
        if (seen.size() > 4096) seen.clear();   // only a shortcut: flat memory matters more
    }
    for (std::size_t p = 0; p < blank_.pages.size(); ++p) {
        if (added[p].empty()) continue;
        std::vector<layout::Item> items;
        if (blank_.pages[p].shared) items = *blank_.pages[p].shared;
        items.insert(items.end(), std::make_move_iterator(added[p].begin()), std::make_move_iterator(added[p].end()));
        blank_.pages[p].shared = std::make_shared<const std::vector<layout::Item>>(std::move(items));
    }
}

void FormTemplate::add_sheet_code(const SheetId& id, const Slot& small_print, SlotSetter& setter) {
    code_ = id;
    code_print_ = small_print;
    // What any ID prints besides a candidate's own ID (reserved with the batch's values):
    // the shared font subset then holds every glyph of the small print.
    const std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -/%" + id.unit + id.edition;
    for (layout::Page& page : blank_.pages) {
        std::vector<layout::Item> items = page.shared ? *page.shared : std::vector<layout::Item>{};
        for (layout::Item& mark : registration_mark_items(page.width, page.height)) items.push_back(std::move(mark));
        if (&page == &blank_.pages.front()) items.push_back(layout::ReservedText{setter.set(alphabet, small_print)});
        page.shared = std::make_shared<const std::vector<layout::Item>>(std::move(items));
    }
}

void FormTemplate::add_copy_marks(layout::Document& out, std::size_t first, const CopyMarks& marks,
                                  SlotSetter& setter) const {
    for (const Field& f : fields_) {
        auto it = marks.ticks.find(f.item);
        if (it != marks.ticks.end() && it->second == f.choice)
            out.pages[first + f.page].items.push_back(layout::TickItem{f.x, f.y, f.size, 1.0});
    }
    if (!code_) return;
    SheetId id = *code_;
    id.candidate = marks.candidate;
    id.pages = static_cast<int>(blank_.pages.size());
    for (std::size_t p = 0; p < blank_.pages.size(); ++p) {
        layout::Page& page = out.pages[first + p];
        id.page = static_cast<int>(p + 1);
        const std::string text = encode_sheet_id(id);
        for (layout::Item& module : qr_code_items(text, page.width, page.height)) page.items.push_back(std::move(module));
        // Last on the page: the small print extracts after the footer, never before the header.
        page.items.push_back(layout::TextItem{code_print_.x, code_print_.baseline, setter.set(text, code_print_), {}, 0});
    }
}

layout::Document FormTemplate::printed_blank(SlotSetter& setter) const {
    layout::Document doc;
    doc.info = blank_.info;
    append_filled(doc, {}, setter, CopyMarks{});
    return doc;
}

std::size_t FormTemplate::append_filled(layout::Document& out, const SlotValues& values, SlotSetter& setter,
                                        const CopyMarks& marks, bool copy_outline, int outline_shift) const {
    const std::size_t first = out.pages.size();
    for (const layout::Page& page : blank_.pages) {
        layout::Page copy;
        copy.width = page.width;
        copy.height = page.height;
        copy.shared = page.shared;
        out.pages.push_back(std::move(copy));
    }
    for (const auto& [name, value] : values) {
        auto it = slots_.find(name);
        if (it == slots_.end() || value.empty()) continue;
        for (const Slot& slot : it->second) {
            layout::TextItem item;
            item.line = setter.set(value, slot);
            const double spare = std::max(0.0, slot.width - item.line->width);
            item.x = slot.x + (slot.align == layout::SlotAlign::center  ? spare / 2
                               : slot.align == layout::SlotAlign::right ? spare
                                                                        : 0);
            item.baseline = slot.baseline;
            layout::Page& page = out.pages[first + slot.page];
            if (slot.leads)
                page.items.insert(page.items.begin() + static_cast<std::ptrdiff_t>(page.lead++), std::move(item));
            else
                page.items.push_back(std::move(item));
        }
    }
    add_copy_marks(out, first, marks, setter);
    if (copy_outline)
        for (layout::OutlineEntry e : blank_.outline) {
            e.page += first;
            e.level += outline_shift;
            out.outline.push_back(std::move(e));
        }
    return first;
}

} // namespace compforms::forms
