#include "job/output_paths.hpp"

#include <cctype>
#include <system_error>

#include "job/output_names.hpp"

namespace compforms::job {
namespace {

std::string fold_case(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

} // namespace

bool plan_candidate_paths(RunContext& run, CandidateBatch& batch, const std::filesystem::path& dir,
                          const std::vector<std::string>& suffixes, const std::vector<std::string>& reserved,
                          std::vector<std::vector<std::string>>& paths) {
    const std::string& csv = run.job().candidates;
    // The first suffix reports renames and clashes; the others have the same stems.
    Diagnostics found;
    std::vector<PlannedOutput> first = plan_outputs(batch.rows, dir, suffixes.front(), csv, found,
                                                    {suffixes.begin() + 1, suffixes.end()});
    run.report_all(found);
    std::vector<bool> bad(batch.rows.size(), false);
    paths.assign(suffixes.size(), {});
    for (std::size_t s = 0; s < suffixes.size(); ++s) {
        Diagnostics quiet;
        const std::vector<PlannedOutput> plan = s == 0 ? first : plan_outputs(batch.rows, dir, suffixes[s], csv, quiet);
        for (const PlannedOutput& p : plan) {
            const std::string path = p.path.string();
            bad[p.candidate] = bad[p.candidate] || p.clash;
            for (const std::string& r : reserved) {
                // Compared as a case-insensitive share (Windows, macOS) would.
                if (fold_case(path) != fold_case(r)) continue;
                const model::Candidate& c = batch.rows[p.candidate];
                run.error(csv, "candidate_id '" + c.id + "' would overwrite " + r, static_cast<std::size_t>(c.line));
                bad[p.candidate] = true;
            }
            paths[s].push_back(path);
        }
    }
    const std::vector<bool> keep_bad = bad;
    if (!drop_bad_rows(run, batch, bad, "share a file name")) return false;
    for (auto& list : paths) {
        std::vector<std::string> kept;
        for (std::size_t i = 0; i < list.size(); ++i)
            if (!keep_bad[i]) kept.push_back(std::move(list[i]));
        list = std::move(kept);
    }
    return true;
}

bool ensure_directory(RunContext& run, const std::filesystem::path& dir) {
    if (dir.empty() || run.job().in_memory) return true;
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec || !std::filesystem::is_directory(dir)) {
        run.error(dir.string(), "cannot create the output folder" + (ec ? ": " + ec.message() : std::string()));
        return false;
    }
    return true;
}

bool names_pdf(const std::string& output) {
    return output.size() >= 4 &&
           (output.compare(output.size() - 4, 4, ".pdf") == 0 || output.compare(output.size() - 4, 4, ".PDF") == 0);
}

} // namespace compforms::job
