#include "job/output_names.hpp"

#include <array>
#include <cctype>
#include <cstdio>
#include <map>
#include <stdexcept>

#include "base/utf8.hpp"

namespace compforms::job {

namespace {

constexpr std::size_t kMaxStemBytes = 100;
constexpr std::size_t kHashTagBytes = 9;   // "-" + 8 hex digits

bool is_thai_at(std::string_view s, std::size_t i) {
    // U+0E00-U+0E7F is E0 B8 80 - E0 B9 BF in UTF-8.
    return i + 2 < s.size() && s[i] == '\xE0' && (s[i + 1] == '\xB8' || s[i + 1] == '\xB9') &&
           (static_cast<unsigned char>(s[i + 2]) & 0xC0) == 0x80;
}

bool is_plain_ascii(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.';
}

bool is_windows_device_name(std::string_view stem) {
    // Windows reserves these names with any extension: the part before the first dot counts.
    std::string base(stem.substr(0, stem.find('.')));
    for (char& c : base) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    static const std::array<const char*, 4> plain = {"CON", "PRN", "AUX", "NUL"};
    for (const char* name : plain)
        if (base == name) return true;
    return base.size() == 4 && (base.compare(0, 3, "COM") == 0 || base.compare(0, 3, "LPT") == 0) &&
           base[3] >= '0' && base[3] <= '9';
}

// Replaces everything outside the allowed set with '_', one '_' per character.
std::string sanitise(std::string_view id) {
    std::string out;
    for (std::size_t i = 0; i < id.size();) {
        if (is_thai_at(id, i)) {
            out.append(id.substr(i, 3));
            i += 3;
        } else if (is_plain_ascii(id[i])) {
            out += id[i++];
        } else {
            out += '_';
            utf8::decode(id, i);   // one '_' for the whole character
        }
    }
    // No leading dot (hidden files, "." and "..") or dash (a name the tools the files are
    // handed to would read as an option), and no ".." anywhere.
    if (!out.empty() && (out[0] == '.' || out[0] == '-')) out[0] = '_';
    for (std::size_t at = out.find(".."); at != std::string::npos; at = out.find("..", at)) out[at] = '_';
    return out;
}

std::string fold_case(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

} // namespace

std::uint32_t fnv1a_32(std::string_view bytes) {
    std::uint32_t hash = 2166136261u;
    for (char c : bytes) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 16777619u;
    }
    return hash;
}

SafeStem safe_file_stem(std::string_view id) {
    std::string clean = sanitise(id);
    bool safe = !id.empty() && clean == id && id.size() <= kMaxStemBytes && !is_windows_device_name(id) &&
                id.back() != '.';   // Windows drops a trailing dot
    if (safe) return {std::string(id), false};
    char tag[kHashTagBytes + 1];
    std::snprintf(tag, sizeof tag, "-%08x", static_cast<unsigned>(fnv1a_32(id)));
    // "CON.txt-1a2b3c4d" is still CON to Windows: put something before the device name.
    if (is_windows_device_name(clean)) clean.insert(0, "_");
    std::string stem(utf8::truncate(clean, kMaxStemBytes - kHashTagBytes));
    if (stem.empty()) stem = "_";
    return {stem + tag, true};
}

bool is_directly_inside(const std::filesystem::path& path, const std::filesystem::path& dir) {
    // "out", "out/" and "./out" are the same folder; "" and "." the current one.
    auto folder = [](const std::filesystem::path& x) {
        std::filesystem::path n = x.lexically_normal();
        if (n.empty()) return std::filesystem::path(".");
        if (n.filename().empty() && n != n.root_path()) n = n.parent_path();
        return n;
    };
    std::filesystem::path p = path.lexically_normal();
    std::filesystem::path name = p.filename();
    if (name.empty() || name == "." || name == "..") return false;
    return folder(p.parent_path()) == folder(dir);
}

std::vector<PlannedOutput> plan_outputs(const std::vector<model::Candidate>& candidates,
                                        const std::filesystem::path& dir, std::string_view suffix,
                                        const std::string& csv_file, Diagnostics& diags,
                                        const std::vector<std::string>& also) {
    std::vector<PlannedOutput> plan;
    std::map<std::string, std::size_t> first_with_name;   // case-folded file name -> candidate index
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const model::Candidate& c = candidates[i];
        SafeStem stem = safe_file_stem(c.id);
        std::string file_name = stem.stem + std::string(suffix);
        PlannedOutput out{i, (dir / file_name).lexically_normal(), stem.changed, false};
        if (!is_directly_inside(out.path, dir) || out.path.filename() != file_name)
            throw std::logic_error("output path escapes the output folder: " + out.path.string());
        const auto line = static_cast<std::size_t>(c.line);
        if (stem.changed) {
            std::string names = "'" + file_name + "'";
            for (std::size_t k = 0; k < also.size(); ++k)
                names += (k + 1 == also.size() ? " and '" : ", '") + stem.stem + also[k] + "'";
            diags.warning(csv_file, line, 0, "candidate_id '" + c.id + "' is not a safe file name; writing it as " + names,
                          "unsafe-id");
        }
        auto [it, inserted] = first_with_name.emplace(fold_case(file_name), i);
        if (!inserted) {
            const model::Candidate& first = candidates[it->second];
            diags.error(csv_file, line, 0,
                        "candidate_id '" + c.id + "' would be written to the same file as '" + first.id +
                            "' on line " + std::to_string(first.line) + " (" + file_name + ")");
            out.clash = true;
        }
        plan.push_back(std::move(out));
    }
    return plan;
}

} // namespace compforms::job
