// A candidate for assessment, as read from a candidates CSV.
#pragma once

#include <optional>
#include <string>

#include "model/unit.hpp"

namespace compforms::model {

struct Candidate {
    std::string id;                 // เลขประจำตัว, printed as given
    std::string name;               // ชื่อ-นามสกุล
    std::string centre;             // ศูนย์ประเมิน (optional, empty when absent)
    std::optional<Date> date;       // วันที่ประเมิน
    std::string assessor;           // ผู้ประเมิน
    long line = 0;                  // line of the CSV record, for messages
};

} // namespace compforms::model
