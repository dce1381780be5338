#include "source/candidate_fields.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <cctype>
#include <utility>
#include <vector>

#include "base/utf8.hpp"
#include "source/value_parsers.hpp"

namespace compforms::source {

namespace {

// Blanks a spreadsheet cell may carry at its ends, as UTF-8.
const std::vector<std::string_view>& blanks() {
    static const std::vector<std::string_view> list = {
        " ", "\t", "\n", "\r", "\xC2\xA0" /* NBSP */, "\xE2\x80\x8B" /* ZWSP */, "\xEF\xBB\xBF" /* BOM */};
    return list;
}

std::string_view trim(std::string_view s) {
    for (bool again = true; again && !s.empty();) {
        again = false;
        for (std::string_view b : blanks()) {
            if (s.substr(0, b.size()) == b) { s.remove_prefix(b.size()); again = true; }
            if (s.size() >= b.size() && s.substr(s.size() - b.size()) == b) {
                s.remove_suffix(b.size());
                again = true;
            }
        }
    }
    return s;
}

std::string nfc(std::string_view s) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* normalizer = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) return std::string(s);
    icu::UnicodeString in = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
    if (normalizer->isNormalized(in, status) && U_SUCCESS(status)) return std::string(s);
    status = U_ZERO_ERROR;
    icu::UnicodeString out = normalizer->normalize(in, status);
    if (U_FAILURE(status)) return std::string(s);
    std::string result;
    out.toUTF8String(result);
    return result;
}

// Header key: lower-case ASCII, blanks, '_', '-' and '.' removed.
std::string header_key(std::string_view header) {
    std::string cleaned = clean_field(header), key;
    for (char c : cleaned) {
        if (c == ' ' || c == '\t' || c == '_' || c == '-' || c == '.') continue;
        key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return key;
}

// Reads 1..max_digits digits at s[pos]; nullopt when there are none or too many.
std::optional<int> read_number(const std::string& s, std::size_t& pos, std::size_t min_digits, std::size_t max_digits) {
    std::size_t start = pos;
    int value = 0;
    while (pos < s.size() && std::isdigit(static_cast<unsigned char>(s[pos]))) {
        // A longer run is rejected below; accumulating all of it would overflow the int.
        if (pos - start < max_digits) value = value * 10 + (s[pos] - '0');
        ++pos;
    }
    std::size_t n = pos - start;
    if (n < min_digits || n > max_digits) return std::nullopt;
    return value;
}

} // namespace

std::optional<CandidateColumn> match_column(std::string_view header) {
    static const std::vector<std::pair<std::string, CandidateColumn>> aliases = {
        {"candidateid", CandidateColumn::id},     {"id", CandidateColumn::id},
        {"เลขประจำตัว", CandidateColumn::id},
        {"name", CandidateColumn::name},          {"candidatename", CandidateColumn::name},
        {"fullname", CandidateColumn::name},      {"ชื่อนามสกุล", CandidateColumn::name},
        {"centre", CandidateColumn::centre},      {"center", CandidateColumn::centre},
        {"ศูนย์ประเมิน", CandidateColumn::centre},
        {"date", CandidateColumn::date},          {"assessmentdate", CandidateColumn::date},
        {"วันที่ประเมิน", CandidateColumn::date},
        {"assessor", CandidateColumn::assessor},  {"ผู้ประเมิน", CandidateColumn::assessor},
    };
    std::string key = header_key(header);
    for (const auto& [alias, column] : aliases)
        if (key == alias) return column;
    return std::nullopt;
}

const char* column_name(CandidateColumn column) {
    switch (column) {
    case CandidateColumn::id: return "candidate_id";
    case CandidateColumn::name: return "name";
    case CandidateColumn::centre: return "centre";
    case CandidateColumn::date: return "date";
    case CandidateColumn::assessor: return "assessor";
    }
    return "";
}

const char* column_thai_name(CandidateColumn column) {
    switch (column) {
    case CandidateColumn::id: return "เลขประจำตัว";
    case CandidateColumn::name: return "ชื่อ-นามสกุล";
    case CandidateColumn::centre: return "ศูนย์ประเมิน";
    case CandidateColumn::date: return "วันที่ประเมิน";
    case CandidateColumn::assessor: return "ผู้ประเมิน";
    }
    return "";
}

std::string clean_field(std::string_view utf8) {
    // A line break or tab inside a quoted cell (an address typed on two lines) is a space
    // on the one line a form prints it on.
    std::string text(trim(utf8));
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        const bool blank = c == '\n' || c == '\r' || c == '\t' || c == ' ';
        if (blank && (out.empty() || out.back() == ' ')) continue;
        out += blank ? ' ' : c;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return nfc(out);
}

std::size_t max_field_length(CandidateColumn column) {
    switch (column) {
    case CandidateColumn::id: return 64;
    case CandidateColumn::date: return 32;
    case CandidateColumn::name:
    case CandidateColumn::centre:
    case CandidateColumn::assessor: return 200;
    }
    return 200;
}

std::string field_problem(CandidateColumn column, std::string_view value) {
    std::size_t length = 0;
    for (std::size_t pos = 0; pos < value.size(); ++length) {
        const char32_t cp = utf8::decode(value, pos);
        if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F))
            return std::string(column_name(column)) + " holds the control character " + utf8::code_point_name(cp);
    }
    if (length > max_field_length(column))
        return std::string(column_name(column)) + " of " + std::to_string(length) + " characters; at most " +
               std::to_string(max_field_length(column));
    return {};
}

std::string printed_id(std::string_view id) {
    std::string out;
    for (std::size_t pos = 0; pos < id.size();) {
        const char32_t cp = utf8::decode(id, pos);
        if (!u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) utf8::append(out, cp);
    }
    return out;
}

bool is_real_date(int year, int month, int day) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= days[month - 1] + (month == 2 && leap ? 1 : 0);
}

DateParse parse_candidate_date(std::string_view text) {
    const std::string original(text);
    const std::string s = ascii_digits(text);
    DateParse result;
    std::size_t pos = 0;
    std::optional<int> a = read_number(s, pos, 1, 4);
    int year = 0, month = 0, day = 0;
    bool parsed = false, buddhist = false;
    if (a && pos == 4 && pos < s.size() && s[pos] == '-') {  // YYYY-MM-DD
        ++pos;
        auto m = read_number(s, pos, 1, 2);
        if (m && pos < s.size() && s[pos] == '-') {
            ++pos;
            auto d = read_number(s, pos, 1, 2);
            if (d && pos == s.size()) { year = *a; month = *m; day = *d; parsed = true; }
        }
    } else if (a && pos <= 2 && pos < s.size() && s[pos] == '/') {  // DD/MM/YYYY (B.E.)
        ++pos;
        auto m = read_number(s, pos, 1, 2);
        if (m && pos < s.size() && s[pos] == '/') {
            ++pos;
            auto y = read_number(s, pos, 4, 4);
            if (y && pos == s.size()) { year = *y - 543; month = *m; day = *a; parsed = buddhist = true; }
        }
    }
    if (!parsed) {
        result.error = "date '" + original + "' is not YYYY-MM-DD or DD/MM/YYYY (Buddhist Era)";
    } else if (buddhist && year + 543 < 2400) {
        // 24/11/2026 would be 1483 CE: someone typed the Christian year.
        result.error = "date '" + original + "' has a year before 2400 B.E.; write the Buddhist Era year (e.g. " +
                       std::to_string(year + 543 + 543) + ")";
    } else if (!is_real_date(year, month, day)) {
        result.error = "date '" + original + "' is not a real date";
    } else {
        result.date = model::Date{year, month, day};
    }
    return result;
}

} // namespace compforms::source
