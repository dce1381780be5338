#include "job/printing.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "editions/comparison.hpp"
#include "forms/booklet.hpp"
#include "forms/candidate_details.hpp"
#include "forms/evidence_checklist.hpp"
#include "forms/proof_sheet.hpp"
#include "forms/scoring_sheet.hpp"
#include "job/date_policy.hpp"
#include "job/checked_writer.hpp"
#include "job/output_names.hpp"
#include "job/output_paths.hpp"
#include "job/recorded_results.hpp"

namespace compforms::job {
namespace {

namespace fs = std::filesystem;

// The top-level bookmarks of a merged pack's unit documents.
constexpr const char* kBookletBookmark = "มาตรฐานสมรรถนะ";
constexpr const char* kUnitChecklistBookmark = "แบบตรวจสอบหลักฐานและตารางความสัมพันธ์";

// An assessment form as the tasks print it.
struct FormKind {
    const char* title;
    const char* name;     // as a message names it: "the scoring sheet"
    const char* suffix;   // of a candidate's file: DIR/<id><suffix>
    forms::FormTemplate (*make)(const forms::FormContext&);
};
constexpr FormKind kScoringSheet{forms::kScoringSheetTitle, "scoring sheet", "-scoresheet.pdf", forms::scoring_sheet};
constexpr FormKind kChecklist{forms::kEvidenceChecklistTitle, "evidence checklist", "-checklist.pdf",
                              forms::evidence_checklist};

forms::FormOptions form_options(const RunContext& run, const Inputs& in, bool link_codes) {
    forms::FormOptions o;
    o.thai_digits = run.job().digits == Digits::thai;
    o.link_codes = link_codes;
    o.date = document_date(in.units.front().unit.edition, in.source_date_epoch);
    return o;
}

// A candidate's copy of `form` appended to a merged document: a bookmark `title` at `level`
// on its first page, the form's own bookmarks one level below it.
void append_to_merged(layout::Document& merged, const forms::FormTemplate& form, const model::Candidate& candidate,
                      forms::SlotSetter& setter, const std::string& title, int level, bool thai_digits,
                      const RecordedTicks& ticks = {}) {
    auto mine = ticks.find(candidate.id);
    const std::size_t first =
        form.append_filled(merged, forms::candidate_values(candidate, thai_digits), setter,
                           forms::CopyMarks{candidate.id, mine == ticks.end() ? std::map<std::string, int>{} : mine->second},
                           true, level + 1);
    auto pos = merged.outline.end() - static_cast<std::ptrdiff_t>(form.blank().outline.size());
    merged.outline.insert(pos, layout::OutlineEntry{title, level, first, 0});
}

// A unit-level document of a merged pack (the booklet, the unit checklist) under one
// top-level bookmark, its own bookmarks one level below it.
layout::Document under_bookmark(layout::Document doc, const std::string& title) {
    for (layout::OutlineEntry& e : doc.outline) ++e.level;
    doc.outline.insert(doc.outline.begin(), layout::OutlineEntry{title, 0, 0, 0});
    return doc;
}

// A form of a merged batch, and the bookmark of each candidate's copy: its title under a
// bookmark per candidate, or (no title) the candidate's own title at the top level.
struct MergedForm {
    forms::FormTemplate* form;
    const char* title;
};

// A merged batch goes to a StreamedPdf a candidate at a time (memory holds a stretch of
// pages, never the batch), after the unit's own documents. The forms first reserve every
// value's glyphs in their shared subsets, so the file embeds one subset per font for all
// the candidates.
void write_merged(CheckedWriter& out, const std::string& path, const std::string& form, const layout::DocInfo& info,
                  std::vector<layout::Document> unit_parts, const std::vector<MergedForm>& filled,
                  const std::vector<model::Candidate>& rows, bool thai_digits, bool duplex,
                  const RecordedTicks& ticks = {}) {
    forms::SlotSetter slots;
    std::vector<const layout::Document*> blanks;
    {
        const std::vector<forms::SlotValues> values = forms::batch_values(rows, thai_digits);
        for (const MergedForm& f : filled) {
            f.form->reserve(values, slots);
            blanks.push_back(&f.form->blank());
        }
    }
    out.write_parts(path, info, blanks, form, [&](const CheckedWriter::AddPart& add_part) {
        // Duplex: a document that would start on the back of a sheet gets a blank page first.
        std::size_t pages = 0;
        const auto add = [&](layout::Document part) {
            if (duplex && pages % 2 == 1 && !part.pages.empty()) {
                layout::Page blank;
                blank.width = part.pages.front().width;
                blank.height = part.pages.front().height;
                layout::Document blank_page;
                blank_page.pages.push_back(blank);
                add_part(std::move(blank_page));
                ++pages;
            }
            pages += part.pages.size();
            add_part(std::move(part));
        };
        for (layout::Document& d : unit_parts) add(std::move(d));
        for (const model::Candidate& c : rows) {
            layout::Document part;
            if (filled.front().title) part.outline.push_back(layout::OutlineEntry{forms::candidate_title(c), 0, 0, 0});
            for (const MergedForm& f : filled)
                append_to_merged(part, *f.form, c, slots, f.title ? f.title : forms::candidate_title(c),
                                 f.title ? 1 : 0, thai_digits, ticks);
            add(std::move(part));
        }
    });
}

// One file per candidate: the form reserves the batch's glyphs in its shared subset first,
// so each file embeds one font.
void write_separately(CheckedWriter& out, const FormKind& kind, forms::FormTemplate& form, const CandidateBatch& batch,
                      const std::vector<std::string>& paths, bool thai_digits, const RecordedTicks& ticks) {
    forms::SlotSetter setter;
    form.reserve(forms::batch_values(batch.rows, thai_digits), setter);
    for (std::size_t i = 0; i < batch.rows.size() && !out.stopped(); ++i) {
        auto mine = ticks.find(batch.rows[i].id);
        out.write(forms::fill_for_candidate(form, batch.rows[i], setter, thai_digits,
                                            mine == ticks.end() ? std::map<std::string, int>{} : mine->second),
                  paths[i], kind.name);
    }
}

// A booklet carries its source byte for byte (see layout::AttachedFile): `extract` gives it
// back, and `diff` reads a booklet as it reads the source.
layout::Document with_source(layout::Document booklet, const source::LoadedUnit& unit) {
    layout::AttachedFile file;
    file.name = fs::path(unit.path).filename().string();
    file.bytes = unit.text;
    file.description = "compforms unit source of " + unit.unit.code.value;
    booklet.attachments.push_back(std::move(file));
    return booklet;
}

} // namespace

void print_booklet(RunContext& run, const Inputs& in, const layout::TextSetter& setter) {
    forms::FormContext ctx(in.units.front().unit, setter, form_options(run, in, false));
    // --previous: change bars beside what this edition changed.
    std::optional<source::LoadedUnit> previous;
    std::optional<editions::ChangedParts> changes;
    if (!run.job().previous.empty()) {
        previous = load_unit_or_booklet(run.job().previous, true);
        run.report_all(previous->diagnostics);
        if (!previous->ok()) return;
        const editions::Comparison comparison = editions::compare_editions(previous->unit, ctx.unit);
        if (!report_replaces_problems(run, in.units.front(), comparison)) return;
        changes = editions::changed_parts(comparison);
        ctx.changes = &*changes;
    }
    CheckedWriter out(run, in);
    out.write(with_source(forms::booklet(ctx), in.units.front()), run.job().output, "booklet");
}

void print_proof(RunContext& run, const Inputs& in, const layout::TextSetter& setter) {
    const ProofSettings& p = run.job().proof;
    const forms::ProofLayout how{p.size, p.width_mm, p.justify, in.source_date_epoch};
    CheckedWriter out(run, in);
    out.write(forms::proof_sheet(in.text_file->file, how, setter), run.job().output, "proof");
}

void print_assessment_form(RunContext& run, const Inputs& in, const layout::TextSetter& setter,
                           std::optional<CandidateBatch> batch) {
    const Job& job = run.job();
    const FormKind& kind = job.task == Task::scoresheet ? kScoringSheet : kChecklist;
    const forms::FormContext ctx(in.units.front().unit, setter, form_options(run, in, false));
    forms::FormTemplate form = kind.make(ctx);
    CheckedWriter out(run, in);
    if (batch && !drop_unfit_rows(run, *batch, {{kind.name, &form}})) return;
    RecordedTicks ticks;
    if (!job.results.empty()) {
        std::optional<RecordedTicks> loaded = load_recorded_ticks(run, form, job.task == Task::scoresheet ? "scoresheet" : "checklist");
        if (!loaded) return;
        ticks = std::move(*loaded);
    }
    if (!batch) {   // the blank form: a unit checklist has the matrix after it
        out.expect(1, 0);
        forms::SlotSetter slots;
        out.write(job.task == Task::scoresheet ? form.printed_blank(slots) : forms::unit_checklist(ctx), job.output,
                  kind.name);
        return;
    }
    if (job.merge) {
        out.expect(1, 0);
        write_merged(out, job.output, kind.name, form.blank().info, {}, {{&form, nullptr}}, batch->rows,
                     ctx.options.thai_digits, job.duplex, ticks);
        return;
    }
    std::vector<std::vector<std::string>> paths;
    if (!plan_candidate_paths(run, *batch, job.output, {kind.suffix}, {}, paths) || !ensure_directory(run, job.output))
        return;
    out.expect(batch->rows.size() + batch->skipped, batch->skipped);
    write_separately(out, kind, form, *batch, paths.front(), ctx.options.thai_digits, ticks);
}

void print_pack(RunContext& run, const Inputs& in, const layout::TextSetter& setter, CandidateBatch batch) {
    const Job& job = run.job();
    const model::Unit& unit = in.units.front().unit;
    const fs::path dir = job.merge && names_pdf(job.output) ? fs::path(job.output).parent_path() : fs::path(job.output);
    const std::string unit_stem = safe_file_stem(unit.code.value).stem;
    const std::string blank_checklist = (dir / (unit_stem + kChecklist.suffix)).lexically_normal().string();
    // Links only where the booklet's destinations are in the same file.
    const forms::FormContext ctx(unit, setter, form_options(run, in, job.merge));
    forms::FormTemplate sheet = forms::scoring_sheet(ctx), checklist = forms::evidence_checklist(ctx);
    if (!drop_unfit_rows(run, batch, {{kScoringSheet.name, &sheet}, {kChecklist.name, &checklist}})) return;
    std::vector<std::vector<std::string>> paths;
    if (!job.merge && !plan_candidate_paths(run, batch, dir, {kScoringSheet.suffix, kChecklist.suffix},
                                            {blank_checklist}, paths))
        return;
    if (!ensure_directory(run, dir)) return;
    CheckedWriter out(run, in);
    if (job.merge) {
        out.expect(1, 0);
        std::vector<layout::Document> unit_parts;
        unit_parts.push_back(under_bookmark(forms::booklet(ctx), std::string(kBookletBookmark) + " " + unit.code.value));
        unit_parts.push_back(under_bookmark(forms::unit_checklist(ctx), std::string(kUnitChecklistBookmark) + " " + unit.code.value));
        layout::DocInfo info = unit_parts.front().info;
        info.title = "ชุดแบบประเมิน " + unit.code.value;
        const std::string path = names_pdf(job.output) ? job.output : (dir / (unit_stem + "-pack.pdf")).string();
        write_merged(out, path, "pack", info, std::move(unit_parts),
                     {{&sheet, kScoringSheet.title}, {&checklist, kChecklist.title}}, batch.rows, ctx.options.thai_digits,
                     job.duplex);
        return;
    }
    // Progress counts files: a skipped row is its two files skipped.
    out.expect(2 + 2 * (batch.rows.size() + batch.skipped), 2 * batch.skipped);
    out.write(with_source(forms::booklet(ctx), in.units.front()), (dir / (unit_stem + "-booklet.pdf")).string(),
              "booklet");
    out.write(forms::unit_checklist(ctx), (dir / (unit_stem + kChecklist.suffix)).string(), kChecklist.name);
    // After the blank checklist, which prints no candidate: one font subset per form then
    // serves every candidate's file.
    forms::SlotSetter slots;
    const std::vector<forms::SlotValues> values = forms::batch_values(batch.rows, ctx.options.thai_digits);
    sheet.reserve(values, slots);
    checklist.reserve(values, slots);
    for (std::size_t i = 0; i < batch.rows.size() && !out.stopped(); ++i) {
        out.write(forms::fill_for_candidate(sheet, batch.rows[i], slots, ctx.options.thai_digits), paths[0][i],
                  kScoringSheet.name);
        out.write(forms::fill_for_candidate(checklist, batch.rows[i], slots, ctx.options.thai_digits), paths[1][i],
                  kChecklist.name);
    }
}

} // namespace compforms::job
