// The library API: a job in, PDFs and diagnostics out, as values; never an exception.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "job/job.hpp"

using namespace compforms;

namespace {

const std::string kDl100 = std::string(COMPFORMS_ROOT_DIR) + "/forms/DL100.xml";
const std::string kCsv = std::string(COMPFORMS_ROOT_DIR) + "/forms/candidates-sample.csv";

struct Recorder : Observer {
    std::vector<std::string> events;
    void diagnostic(const Diagnostic& d) override { events.push_back("diagnostic " + format(d)); }
    void writing(std::size_t files) override { events.push_back("writing " + std::to_string(files)); }
    void wrote(const OutputFile& f) override { events.push_back("wrote " + f.path); }
};

} // namespace

TEST_CASE("job: a booklet in memory comes back as bytes, the source's warning as a value") {
    Job job;
    job.task = Task::booklet;
    job.sources = {kDl100};
    job.in_memory = true;
    job.output = "DL100.pdf";
    const Result r = run(job);
    CHECK(r.exit_status() == 0);
    REQUIRE(r.files.size() == 1);
    CHECK(r.files[0].path == "DL100.pdf");
    CHECK(r.files[0].bytes.rfind("%PDF-1.5", 0) == 0);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].severity == Severity::warning);
    CHECK(r.diagnostics[0].line == 114);
}

TEST_CASE("job: a batch in memory: one file per candidate, the observer told in order") {
    Job job;
    job.task = Task::scoresheet;
    job.sources = {kDl100};
    job.candidates = kCsv;
    job.in_memory = true;
    job.output = "sheets";
    Recorder seen;
    const Result r = run(job, &seen);
    CHECK(r.exit_status() == 0);
    REQUIRE(r.files.size() == 20);
    CHECK(r.files[0].path == "sheets/DL-2569-0001-scoresheet.pdf");
    REQUIRE(seen.events.size() == 22);   // the warning, then "writing 20", then 20 files
    CHECK(seen.events[0].rfind("diagnostic ", 0) == 0);
    CHECK(seen.events[1] == "writing 20");
    CHECK(seen.events[2] == "wrote sheets/DL-2569-0001-scoresheet.pdf");
}

TEST_CASE("job: bad usage is a diagnostic with exit status 2, found before anything is read") {
    Job job;
    job.task = Task::pack;
    job.sources = {"/no/such/file.xml"};
    job.output = "out";
    const Result r = run(job);
    CHECK(r.exit_status() == 2);
    REQUIRE(r.diagnostics.size() == 1);   // the missing candidates, not the missing file
    CHECK(r.diagnostics[0].usage);
    CHECK(r.diagnostics[0].message == "no candidates given (--candidates CSV)");
}

TEST_CASE("job: check reports every source, each with its summary") {
    Job job;
    job.task = Task::check;
    job.sources = {kDl100, "/no/such/file.xml"};
    const Result r = run(job);
    CHECK(r.exit_status() == 1);
    REQUIRE(r.checked.size() == 2);
    CHECK(r.checked[0].ok);
    CHECK(r.checked[0].criteria == 11);
    CHECK_FALSE(r.checked[1].ok);
    CHECK(r.checked[1].errors == 1);
}

TEST_CASE("job: diff in memory gives the report and MAP.csv as bytes") {
    Job job;
    job.task = Task::diff;
    job.sources = {kDl100, std::string(COMPFORMS_TEST_DIR) + "/fixtures/editions/DL100-rev2.xml"};
    job.in_memory = true;
    job.output = "CHANGES.pdf";
    job.mapping = "MAP.csv";
    const Result r = run(job);
    CHECK(r.exit_status() == 0);
    REQUIRE(r.files.size() == 2);
    CHECK(r.files[0].path == "CHANGES.pdf");
    CHECK(r.files[0].bytes.rfind("%PDF-1.5", 0) == 0);
    CHECK(r.files[1].path == "MAP.csv");
    CHECK(r.files[1].bytes.rfind("old_code,old_system_code,new_code,new_system_code,change,similarity\n"
                                 "DL101.01,191372,DL101.01,191372,unchanged,1.00\n",
                                 0) == 0);

    job.sources.pop_back();
    const Result bad = run(job);
    CHECK(bad.exit_status() == 2);
    CHECK(bad.files.empty());
}

TEST_CASE("job: sheets printed with --results read back as the record, through the library API") {
    Job print;
    print.task = Task::scoresheet;
    print.sources = {kDl100};
    print.candidates = kCsv;
    print.results = std::string(COMPFORMS_ROOT_DIR) + "/forms/results-sample.csv";
    print.in_memory = true;
    print.output = "sheets";
    const Result printed = run(print);
    REQUIRE(printed.exit_status() == 0);
    REQUIRE(printed.files.size() == 20);
    // The PDFs as printed are scans too (rendered with poppler): the first three candidates'.
    const std::filesystem::path dir = std::filesystem::temp_directory_path() / "compforms-test-job-read";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    Job read;
    read.task = Task::read;
    read.sources = {kDl100};
    read.in_memory = true;
    read.output = "results.csv";
    for (std::size_t i = 0; i < 3; ++i) {
        const std::string path = (dir / ("sheet" + std::to_string(i) + ".pdf")).string();
        std::ofstream(path, std::ios::binary) << printed.files[i].bytes;
        read.scans.push_back(path);
    }
    const Result r = run(read);
    CHECK(r.exit_status() == 0);
    REQUIRE(r.files.size() == 1);
    REQUIRE(r.read);
    CHECK(r.read->pages == 6);
    CHECK(r.read->rows == 45);
    CHECK(r.read->ambiguous == 0);
    // Every row as recorded: candidate, form, page, item, result.
    std::ifstream sample(print.results);
    std::string line, want;
    while (std::getline(sample, line))
        if (line.find(",scoresheet,") != std::string::npos) want += line.substr(0, line.find(",,,")) + "\n";
    std::string got;
    std::istringstream csv(r.files[0].bytes);
    std::getline(csv, line);
    CHECK(line == "candidate_id,form,page,item,result,fill_pass,fill_fail,source");
    std::size_t blank = 0;
    while (std::getline(csv, line)) {
        std::size_t cut = 0;
        for (int k = 0; k < 5; ++k) cut = line.find(',', cut) + 1;
        got += line.substr(0, cut - 1) + "\n";
        blank += line.find(",blank,") != std::string::npos;
    }
    CHECK(got == want);
    CHECK(r.read->blank == blank);
    std::filesystem::remove_all(dir);
}
