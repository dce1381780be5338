#include "job/checked_writer.hpp"

#include <optional>

namespace compforms::job {
namespace {

// Thrown through StreamedPdf to abandon a merged document whose part failed the check.
struct PartRefused {};

} // namespace

bool CheckedWriter::write(const layout::Document& doc, const std::string& path, const std::string& form) {
    if (stopped() || !passes(doc, path, form)) return false;
    return out_.write(doc, path);
}

bool CheckedWriter::write_parts(const std::string& path, const layout::DocInfo& info,
                                const std::vector<const layout::Document*>& forms, const std::string& form,
                                const std::function<void(const AddPart&)>& parts) {
    if (stopped()) return false;
    try {
        return out_.write_parts(path, info, forms, [&](pdf::StreamedPdf& pdf) {
            parts([&](layout::Document part) {
                if (!passes(part, path, form)) throw PartRefused{};
                pdf.add(std::move(part));
            });
        });
    } catch (const PartRefused&) {
        return false;
    }
}

bool CheckedWriter::passes(const layout::Document& doc, const std::string& path, const std::string& form) {
    const std::vector<layout::Violation> found = checker_.check(doc);
    if (found.empty()) return true;
    // The texts came from the unit source (or proof's text file): say where they stand there.
    const bool unit = !in_.units.empty();
    const std::string& file = unit ? in_.units.front().path : in_.text_file ? in_.text_file->file.source_path : path;
    const LineIndex lines(unit ? std::string_view(in_.units.front().text)
                               : in_.text_file ? std::string_view(in_.text_file->text) : std::string_view());
    for (const layout::Violation& v : found) {
        const std::optional<std::size_t> offset = v.source_offset ? v.source_offset : v.other_offset;
        run_.report(located_error(file, lines, offset, "the " + form + " would print " + layout::describe(v)));
    }
    stopped_ = true;
    return false;
}

} // namespace compforms::job
