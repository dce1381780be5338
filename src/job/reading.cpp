#include "job/reading.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <tuple>

#include "base/output_file.hpp"
#include "forms/evidence_checklist.hpp"
#include "forms/scoring_sheet.hpp"
#include "job/output_names.hpp"
#include "job/output_paths.hpp"
#include "scan/image_files.hpp"
#include "scan/page_reader.hpp"
#include "scan/review_crop.hpp"
#include "source/results_csv.hpp"

namespace compforms::job {
namespace {

namespace fs = std::filesystem;

// Takes the pages as they come, one at a time (nothing of a page is kept but its rows and
// that it was seen), and names each it cannot read.
class ScanReader {
public:
    ScanReader(RunContext& run, const scan::KnownForms& known) : run_(run), known_(known) {}

    void page(const scan::PageRef& ref, const scan::GrayImage& image) {
        if (!ref.ok) return run_.error(ref.source, "cannot read the page: " + ref.problem);
        const scan::PageReading page = scan::read_page(image, known_);
        if (!page.ok) return run_.error(ref.source, page.problem);
        const forms::SheetId& id = page.id;
        if (!pages_[{id.candidate, id.form}].insert(id.page).second)
            run_.warning(ref.source, "page " + std::to_string(id.page) + "/" + std::to_string(id.pages) + " of " +
                                         (id.candidate.empty() ? std::string("a blank") : id.candidate + "'s") + " " +
                                         forms::form_name(id.form) + " was read before: the rows of both are written");
        ++counts_.pages;
        for (const scan::BoxPair& pair : page.pairs) {
            ++counts_.rows;
            counts_.blank += pair.reading == scan::PairReading::blank;
            counts_.ambiguous += pair.reading == scan::PairReading::ambiguous;
            model::RecordedResult row{id.candidate, forms::form_name(id.form), id.page, pair.first->item,
                                      scan::result_word(id.form, pair.reading), pair.first_fill, pair.second_fill,
                                      ref.source, 0};
            if (pair.reading == scan::PairReading::blank || pair.reading == scan::PairReading::ambiguous)
                review(row, image, page, pair);
            rows_.push_back(std::move(row));
        }
    }

    // Every page that was not among the scans, by candidate and page: each candidate of the
    // scans is expected to have every page of each form any page was read of (a batch of
    // sheets and checklists then has both for everyone). A blank form names no candidate,
    // and nothing is missing of it.
    void report_missing() {
        std::set<std::string> candidates;
        std::set<forms::SheetForm> kinds;
        for (const auto& [key, pages] : pages_) {
            if (!key.first.empty()) candidates.insert(key.first);
            kinds.insert(key.second);
        }
        for (const std::string& candidate : candidates)
            for (forms::SheetForm kind : kinds) {
                const auto it = pages_.find({candidate, kind});
                const int n = static_cast<int>(known_.form(kind)->page_count());
                for (int p = 1; p <= n; ++p)
                    if (it == pages_.end() || !it->second.count(p))
                        run_.error({}, "candidate " + candidate + ": page " + std::to_string(p) + "/" + std::to_string(n) +
                                           " of the " + forms::form_name(kind) + " is not among the scans");
            }
    }

    const ReadCounts& counts() const { return counts_; }

    // By candidate, form and page whatever order the pages came in; a page's rows in the
    // form's order (same scans, same bytes).
    std::vector<model::RecordedResult> sorted_rows() {
        std::stable_sort(rows_.begin(), rows_.end(), [](const auto& a, const auto& b) {
            return std::tie(a.candidate, a.form, a.page, a.source) < std::tie(b.candidate, b.form, b.page, b.source);
        });
        return rows_;
    }

private:
    void review(const model::RecordedResult& row, const scan::GrayImage& image, const scan::PageReading& page,
                const scan::BoxPair& pair) {
        const std::string& dir = run_.job().review_dir;
        if (dir.empty()) return;
        // Named after its row; the name comes from the sheet's code, so it is made safe
        // like a candidate's file name and cannot leave the folder.
        const std::string name = (row.candidate.empty() ? std::string("blank") : row.candidate) + "-" + row.form +
                                 "-p" + std::to_string(row.page) + "-" + row.item + "-" + row.result;
        const fs::path path = fs::path(dir) / (safe_file_stem(name).stem + ".png");
        const std::string png = scan::encode_png(scan::crop_boxes(image, page.to_image, *pair.first, *pair.second));
        if (std::string problem = write_file_atomically(path.string(), png); !problem.empty())
            run_.error(path.string(), problem);
    }

    RunContext& run_;
    const scan::KnownForms& known_;
    std::vector<model::RecordedResult> rows_;
    ReadCounts counts_;
    std::map<std::pair<std::string, forms::SheetForm>, std::set<int>> pages_;   // pages read, by candidate and form
};

} // namespace

void read_scans(RunContext& run, const Inputs& in, const layout::TextSetter& setter) {
    const Job& job = run.job();
    const model::Unit& unit = in.units.front().unit;
    // The forms as printed: the digits and the date change no box's place.
    const forms::FormContext ctx(unit, setter);
    const forms::FormTemplate sheet = forms::scoring_sheet(ctx), checklist = forms::evidence_checklist(ctx);
    const scan::KnownForms known{unit.code.value, forms::edition_token(unit.edition), &sheet, &checklist};
    if (!job.review_dir.empty() && !ensure_directory(run, job.review_dir)) return;
    ScanReader reader(run, known);
    for (const std::string& path : job.scans) {
        const std::string problem = scan::read_scan_pages(
            path, [&](const scan::PageRef& ref, scan::GrayImage& image) { reader.page(ref, image); });
        if (!problem.empty()) run.error(path, problem);
    }
    reader.report_missing();
    const std::string csv = source::format_results_csv(reader.sorted_rows());
    if (job.in_memory) {
        run.add_file(OutputFile{fs::path(job.output).filename().string(), csv});
    } else {
        if (std::string problem = write_file_atomically(job.output, csv); !problem.empty())
            return run.error(job.output, problem);
        run.add_file(OutputFile{job.output, {}});
    }
    run.set_read(reader.counts());
}

} // namespace compforms::job
