#include "scan/page_reader.hpp"

#include <optional>

#include "scan/qr_finder.hpp"

namespace compforms::scan {
namespace {

// The sheet ID of the first code on the page that holds one.
std::optional<std::pair<forms::SheetId, FoundCode>> sheet_code(const std::vector<FoundCode>& codes) {
    for (const FoundCode& c : codes)
        if (std::optional<forms::SheetId> id = forms::decode_sheet_id(c.text)) return std::pair{*id, c};
    return std::nullopt;
}

// Why a sheet of this ID is not one of the known unit's, or empty.
std::string foreign(const forms::SheetId& id, const KnownForms& known) {
    if (id.unit != known.unit) return "a sheet of unit " + id.unit + ", not " + known.unit;
    if (id.edition != known.edition)
        return "a sheet of another edition of " + id.unit + " (" + (id.edition.empty() ? "-" : id.edition) + ")";
    const forms::FormTemplate* form = known.form(id.form);
    if (!form || static_cast<std::size_t>(id.pages) != form->page_count())
        return std::string("a ") + forms::form_name(id.form) + " of " + std::to_string(id.pages) +
               " pages, where this unit's has " + std::to_string(form ? form->page_count() : 0) +
               " (printed from another edition of the source)";
    return {};
}

} // namespace

const char* result_word(forms::SheetForm form, PairReading reading) {
    const bool sheet = form == forms::SheetForm::scoresheet;
    switch (reading) {
    case PairReading::first: return sheet ? "pass" : "present";
    case PairReading::second: return sheet ? "fail" : "absent";
    case PairReading::blank: return "blank";
    case PairReading::ambiguous: break;
    }
    return "ambiguous";
}

PageReading read_page(const GrayImage& image, const KnownForms& known) {
    PageReading out;
    const std::uint8_t threshold = ink_threshold(image);
    const std::vector<FoundCode> codes = find_qr_codes(image, threshold);
    const auto found = sheet_code(codes);
    if (!found) {
        out.problem = codes.empty() ? "no sheet code found: not a page of a compforms form, or its code is covered"
                                    : "its code is not a compforms sheet ID";
        return out;
    }
    out.id = found->first;
    if (std::string why = foreign(out.id, known); !why.empty()) {
        out.problem = why;
        return out;
    }
    const forms::FormTemplate& form = *known.form(out.id.form);
    const std::size_t page = static_cast<std::size_t>(out.id.page - 1);
    const layout::Page& laid = form.blank().pages[page];
    const std::optional<Registration> reg = register_page(image, found->second, laid.width, laid.height, threshold);
    if (!reg) {
        out.problem = "the page cannot be registered: its code does not lie where the form prints it";
        return out;
    }
    out.to_image = reg->to_image;
    const std::vector<forms::Field>& fields = form.fields();
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (fields[i].page != page || fields[i].choice != 0) continue;
        for (std::size_t j = 0; j < fields.size(); ++j) {
            if (fields[j].page != page || fields[j].choice != 1 || fields[j].item != fields[i].item) continue;
            const BoxMeasure first = measure_box(image, out.to_image, fields[i], threshold);
            const BoxMeasure second = measure_box(image, out.to_image, fields[j], threshold);
            out.pairs.push_back(BoxPair{&fields[i], &fields[j], first.fill, second.fill, read_pair(first, second)});
            break;
        }
    }
    out.ok = true;
    return out;
}

} // namespace compforms::scan
