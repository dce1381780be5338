#include "job/inputs.hpp"

#include <tuple>

#include "forms/printable.hpp"
#include "job/date_policy.hpp"
#include "layout/layout_error.hpp"

namespace compforms::job {

bool read_environment(RunContext& run, Inputs& in) {
    const std::optional<std::string>& value = run.job().source_date_epoch;
    if (!value || value->empty()) return true;
    std::string error;
    in.source_date_epoch = parse_source_date_epoch(*value, error);
    if (!in.source_date_epoch) run.error({}, error);
    return !run.failed();
}

source::LoadedUnit load_unit_or_booklet(const std::string& path, bool booklet_too) {
    if (!booklet_too || !pdf::looks_like_pdf(path)) return source::load_unit(path);
    std::string error;
    std::optional<pdf::EmbeddedSource> embedded = pdf::read_embedded_source(path, error);
    if (!embedded) {
        source::LoadedUnit failed;
        failed.path = failed.unit.source_path = path;
        failed.diagnostics.error(path, 0, 0, error);
        return failed;
    }
    return source::load_unit_from_text(path + " (" + embedded->name + ")", std::move(embedded->bytes));
}

bool load_sources(RunContext& run, Inputs& in) {
    const Job& job = run.job();
    if (job.task == Task::proof) {
        in.text_file = source::load_text_file(job.sources.front());
        run.report_all(in.text_file->diagnostics);
        return in.text_file->ok();
    }
    if (job.task == Task::extract) {
        std::string error;
        in.extracted = pdf::read_embedded_source(job.sources.front(), error);
        if (!in.extracted) run.error(job.sources.front(), error);
        return in.extracted.has_value();
    }
    bool ok = true;
    for (const std::string& path : job.sources) {
        in.units.push_back(load_unit_or_booklet(path, job.task == Task::diff));
        run.report_all(in.units.back().diagnostics);
        ok = ok && in.units.back().ok();
    }
    return ok;
}

bool load_fonts(RunContext& run, Inputs& in) {
    try {
        in.fonts = text::FontSet::load(text::find_font_dir(run.job().font_dir));
    } catch (const text::FontError& e) {
        run.error(e.path, e.reason);
        return false;
    }
    return true;
}

Diagnostic located_error(const std::string& file, const LineIndex& lines, std::optional<std::size_t> offset,
                         std::string message) {
    Diagnostic d{Severity::error, file, 0, 0, std::move(message), {}, false};
    if (offset) std::tie(d.line, d.column) = lines.locate(*offset);
    return d;
}

bool check_printable(RunContext& run, Inputs& in, const layout::TextSetter& setter) {
    bool ok = true;
    if (in.text_file) {
        const LineIndex lines(in.text_file->text);
        for (const model::Text& paragraph : in.text_file->file.paragraphs) {
            try {
                setter.line(paragraph.value, layout::TextStyle{}, paragraph.origin);
            } catch (const layout::UnprintableText& e) {
                run.report(located_error(in.text_file->file.source_path, lines, e.source_offset, e.what()));
                ok = false;
            }
        }
    }
    for (source::LoadedUnit& unit : in.units) {
        if (!unit.ok()) continue;
        const LineIndex lines(unit.text);
        for (const forms::Unprintable& u : forms::unprintable_texts(unit.unit, setter)) {
            Diagnostic d = located_error(unit.path, lines, u.source_offset, u.message);
            unit.diagnostics.add(d);   // counted in the source's summary
            run.report(std::move(d));
            ok = false;
        }
    }
    return ok;
}

void summarise_sources(RunContext& run, const Inputs& in) {
    for (const source::LoadedUnit& unit : in.units) {
        CheckedSource c;
        c.path = unit.path;
        c.ok = unit.ok();
        c.errors = unit.diagnostics.error_count();
        c.warnings = unit.diagnostics.warning_count();
        c.elements = unit.unit.elements.size();
        c.criteria = model::all_criteria(unit.unit).size();
        run.add_checked(std::move(c));
    }
}

} // namespace compforms::job
