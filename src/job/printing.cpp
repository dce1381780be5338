#include "job/printing.hpp"

#include <filesystem>

#include "forms/booklet.hpp"
#include "forms/candidate_details.hpp"
#include "forms/evidence_checklist.hpp"
#include "forms/proof_sheet.hpp"
#include "forms/scoring_sheet.hpp"
#include "job/date_policy.hpp"
#include "job/document_writer.hpp"
#include "job/output_names.hpp"
#include "job/output_paths.hpp"
#include "job/recorded_results.hpp"

namespace compforms::job {
namespace {

namespace fs = std::filesystem;

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

// One file per candidate: the form reserves the batch's glyphs in its shared subset first,
// so each file embeds one font.
void write_separately(DocumentWriter& out, forms::FormTemplate& form, const CandidateBatch& batch,
                      const std::vector<std::string>& paths, bool thai_digits, const RecordedTicks& ticks) {
    forms::SlotSetter setter;
    form.reserve(forms::batch_values(batch.rows, thai_digits), setter);
    for (std::size_t i = 0; i < batch.rows.size() && !out.stopped(); ++i) {
        auto mine = ticks.find(batch.rows[i].id);
        out.write(forms::fill_for_candidate(form, batch.rows[i], setter, thai_digits,
                                            mine == ticks.end() ? std::map<std::string, int>{} : mine->second),
                  paths[i]);
    }
}

} // namespace

void print_booklet(RunContext& run, const Inputs& in, const layout::TextSetter& setter) {
    const forms::FormContext ctx(in.units.front().unit, setter, form_options(run, in, false));
    DocumentWriter out(run);
    out.write(forms::booklet(ctx), run.job().output);
}

void print_proof(RunContext& run, const Inputs& in, const layout::TextSetter& setter) {
    const ProofSettings& p = run.job().proof;
    const forms::ProofLayout how{p.size, p.width_mm, p.justify, in.source_date_epoch};
    DocumentWriter out(run);
    out.write(forms::proof_sheet(in.text_file->file, how, setter), run.job().output);
}

void print_assessment_form(RunContext& run, const Inputs& in, const layout::TextSetter& setter,
                           std::optional<CandidateBatch> batch) {
    const Job& job = run.job();
    const FormKind& kind = job.task == Task::scoresheet ? kScoringSheet : kChecklist;
    const forms::FormContext ctx(in.units.front().unit, setter, form_options(run, in, false));
    forms::FormTemplate form = kind.make(ctx);
    DocumentWriter out(run);
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
        out.write(job.task == Task::scoresheet ? form.printed_blank(slots) : forms::unit_checklist(ctx), job.output);
        return;
    }
    if (job.merge) {
        out.expect(1, 0);
        layout::Document doc;
        doc.info = form.blank().info;
        forms::SlotSetter slots;
        for (const model::Candidate& c : batch->rows)
            append_to_merged(doc, form, c, slots, forms::candidate_title(c), 0, ctx.options.thai_digits, ticks);
        out.write(doc, job.output);
        return;
    }
    std::vector<std::vector<std::string>> paths;
    if (!plan_candidate_paths(run, *batch, job.output, {kind.suffix}, {}, paths) || !ensure_directory(run, job.output))
        return;
    out.expect(batch->rows.size() + batch->skipped, batch->skipped);
    write_separately(out, form, *batch, paths.front(), ctx.options.thai_digits, ticks);
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
    DocumentWriter out(run);
    if (job.merge) {
        out.expect(1, 0);
        layout::Document doc = forms::booklet(ctx);
        doc.info.title = "ชุดแบบประเมิน " + unit.code.value;
        forms::SlotSetter slots;
        for (const model::Candidate& c : batch.rows) {
            doc.outline.push_back(layout::OutlineEntry{forms::candidate_title(c), 0, doc.pages.size(), 0});
            append_to_merged(doc, sheet, c, slots, kScoringSheet.title, 1, ctx.options.thai_digits);
            append_to_merged(doc, checklist, c, slots, kChecklist.title, 1, ctx.options.thai_digits);
        }
        out.write(doc, names_pdf(job.output) ? job.output : (dir / (unit_stem + "-pack.pdf")).string());
        return;
    }
    // Progress counts files: a skipped row is its two files skipped.
    out.expect(2 + 2 * (batch.rows.size() + batch.skipped), 2 * batch.skipped);
    out.write(forms::booklet(ctx), (dir / (unit_stem + "-booklet.pdf")).string());
    out.write(forms::unit_checklist(ctx), (dir / (unit_stem + kChecklist.suffix)).string());
    // After the blank checklist, which prints no candidate: one font subset per form then
    // serves every candidate's file.
    forms::SlotSetter slots;
    const std::vector<forms::SlotValues> values = forms::batch_values(batch.rows, ctx.options.thai_digits);
    sheet.reserve(values, slots);
    checklist.reserve(values, slots);
    for (std::size_t i = 0; i < batch.rows.size() && !out.stopped(); ++i) {
        out.write(forms::fill_for_candidate(sheet, batch.rows[i], slots, ctx.options.thai_digits), paths[0][i]);
        out.write(forms::fill_for_candidate(checklist, batch.rows[i], slots, ctx.options.thai_digits), paths[1][i]);
    }
}

} // namespace compforms::job
