#include "job/candidates.hpp"

#include "forms/candidate_details.hpp"
#include "forms/printable.hpp"
#include "source/candidates_csv.hpp"

namespace compforms::job {

bool drop_bad_rows(RunContext& run, CandidateBatch& batch, const std::vector<bool>& bad, const char* why) {
    std::size_t count = 0;
    for (bool b : bad) count += b ? 1 : 0;
    if (count == 0) return true;
    const std::string& csv = run.job().candidates;
    const std::string rows = std::to_string(count) + (count == 1 ? " row " : " rows ") + why;
    if (!run.job().skip_bad) {
        run.error(csv, rows + "; nothing written (use --skip-bad to write the good rows)");
        return false;
    }
    run.warning(csv, rows + "; left out (--skip-bad)");
    std::vector<model::Candidate> kept;
    for (std::size_t i = 0; i < batch.rows.size(); ++i)
        if (!bad[i]) kept.push_back(std::move(batch.rows[i]));
    batch.rows = std::move(kept);
    batch.skipped += count;
    return true;
}

bool drop_unfit_rows(RunContext& run, CandidateBatch& batch,
                     const std::vector<std::pair<const char*, const forms::FormTemplate*>>& forms) {
    forms::SlotSetter setter;
    std::vector<bool> bad(batch.rows.size(), false);
    for (std::size_t i = 0; i < batch.rows.size(); ++i) {
        const forms::SlotValues values = forms::candidate_values(batch.rows[i], run.job().digits == Digits::thai);
        for (const auto& [name, form] : forms) {
            const std::string slot = form->unfit(values, setter);
            if (slot.empty()) continue;
            run.error(run.job().candidates, slot + " is too long to print legibly in its line on the " + name,
                      static_cast<std::size_t>(batch.rows[i].line));
            bad[i] = true;
            break;
        }
    }
    return drop_bad_rows(run, batch, bad, "too long to print");
}

std::optional<CandidateBatch> load_candidates(RunContext& run, const layout::TextSetter& setter) {
    const Job& job = run.job();
    source::CandidatesCsvOptions options;
    if (!job.encoding.empty()) options.encoding = source::parse_encoding_name(job.encoding);
    Diagnostics found;
    source::CandidatesCsv csv = source::load_candidates_csv(job.candidates, options, found);
    run.report_all(found);
    if (csv.fatal) return std::nullopt;

    CandidateBatch batch;
    std::vector<bool> bad;
    for (source::CandidateRow& row : csv.rows) {
        // A row the fonts cannot print is as bad as one that does not parse: checked before
        // anything is written, so it never stops a batch halfway.
        if (!row.bad)
            if (std::optional<std::string> problem = forms::unprintable_detail(row.candidate, setter)) {
                run.error(job.candidates, *problem, static_cast<std::size_t>(row.candidate.line));
                row.bad = true;
            }
        bad.push_back(row.bad);
        batch.rows.push_back(std::move(row.candidate));
    }
    if (!drop_bad_rows(run, batch, bad, "bad")) return std::nullopt;
    if (batch.rows.empty() && batch.skipped == 0) {
        run.error(job.candidates, "no candidates");
        return std::nullopt;
    }
    return batch;
}

} // namespace compforms::job
