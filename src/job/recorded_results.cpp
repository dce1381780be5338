#include "job/recorded_results.hpp"

#include <set>

#include "source/file_reader.hpp"
#include "source/results_csv.hpp"

namespace compforms::job {

std::optional<RecordedTicks> load_recorded_ticks(RunContext& run, const forms::FormTemplate& form, const char* name) {
    const std::string& path = run.job().results;
    const source::FileRead file = source::read_file(path);
    if (!file.bytes) {
        run.error(path, file.error);
        return std::nullopt;
    }
    Diagnostics diags;
    const std::vector<model::RecordedResult> rows = source::read_results_csv(*file.bytes, path, diags);
    std::set<std::string> items;
    for (const forms::Field& f : form.fields()) items.insert(f.item);
    RecordedTicks ticks;
    for (const model::RecordedResult& r : rows) {
        if (r.form != name) continue;
        if (!items.count(r.item)) {
            diags.error(path, static_cast<std::size_t>(r.line), 0, "item '" + r.item + "' is not on the " + name);
            continue;
        }
        if (r.result == "pass" || r.result == "present") ticks[r.candidate][r.item] = 0;
        else if (r.result == "fail" || r.result == "absent") ticks[r.candidate][r.item] = 1;
    }
    run.report_all(diags);
    if (diags.has_errors()) return std::nullopt;
    return ticks;
}

} // namespace compforms::job
