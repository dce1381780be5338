#include "source/source_text.hpp"

#include <cctype>
#include <cstdlib>
#include <algorithm>
#include <numeric>

#include "base/utf8.hpp"

namespace compforms::source {
namespace {

constexpr std::size_t kMaxEntityLength = 12;  // "&#x10FFFF;" and a little slack

bool is_xml_char(char32_t cp) {
    return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
           (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
}

// The replacement for `name` (between '&' and ';'), or empty when it is not an entity.
std::string decode_entity(std::string_view name, bool& is_bad_char_ref) {
    is_bad_char_ref = false;
    if (name == "lt") return "<";
    if (name == "gt") return ">";
    if (name == "amp") return "&";
    if (name == "apos") return "'";
    if (name == "quot") return "\"";
    if (name.size() < 2 || name[0] != '#') return {};
    bool hex = name[1] == 'x';
    std::string digits(name.substr(hex ? 2 : 1));
    if (digits.empty() || digits.size() > 8) return {};
    for (char c : digits)
        if (!(hex ? std::isxdigit(static_cast<unsigned char>(c)) : std::isdigit(static_cast<unsigned char>(c))))
            return {};
    char32_t cp = static_cast<char32_t>(std::strtoul(digits.c_str(), nullptr, hex ? 16 : 10));
    if (!is_xml_char(cp) || (cp < 0x20 && cp != 0x9 && cp != 0xA && cp != 0xD) || (cp >= 0x7F && cp <= 0x9F)) {
        is_bad_char_ref = true;
        return {};
    }
    std::string out;
    utf8::append(out, cp);
    return out;
}

} // namespace

bool is_xml_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

void SourceText::append_raw(std::string_view raw, std::size_t offset, Findings& findings) {
    bytes_.reserve(bytes_.size() + raw.size());
    offsets_.reserve(offsets_.size() + raw.size());
    for (std::size_t i = 0; i < raw.size();) {
        std::size_t amp = raw.find('&', i);
        if (amp == std::string_view::npos) amp = raw.size();
        append_verbatim(raw.substr(i, amp - i), offset + i);  // the common case: no entity
        if (amp == raw.size()) break;
        std::size_t semi = raw.find(';', amp + 1);
        if (semi == std::string_view::npos || semi - amp > kMaxEntityLength) {
            findings.error_at(offset + amp, "'&' not followed by an entity name and ';' (write '&amp;')");
            append_verbatim("&", offset + amp);
            i = amp + 1;
            continue;
        }
        std::string_view name = raw.substr(amp + 1, semi - amp - 1);
        bool bad_char_ref = false;
        std::string replacement = decode_entity(name, bad_char_ref);
        if (replacement.empty()) {
            findings.error_at(offset + amp, bad_char_ref ? "character reference '&" + std::string(name) + ";' is not an allowed character"
                                                         : "unknown entity '&" + std::string(name) + ";'");
            replacement = std::string(raw.substr(amp, semi - amp + 1));
        }
        // Every byte of a decoded entity points at its '&'.
        bytes_ += replacement;
        offsets_.insert(offsets_.end(), replacement.size(), offset + amp);
        i = semi + 1;
    }
}

void SourceText::append_verbatim(std::string_view raw, std::size_t offset) {
    bytes_.append(raw.data(), raw.size());
    std::size_t start = offsets_.size();
    offsets_.resize(start + raw.size());
    std::iota(offsets_.begin() + static_cast<std::ptrdiff_t>(start), offsets_.end(), offset);
}

std::size_t SourceText::first_content_offset() const {
    for (std::size_t i = 0; i < bytes_.size(); ++i)
        if (!is_xml_space(bytes_[i])) return offsets_[i];
    return model::SourcePos::npos;
}

std::string SourceText::collapsed(std::size_t start, TextOrigin& origin) const {
    std::string out;
    out.reserve(bytes_.size() - std::min(start, bytes_.size()));
    std::size_t pending_space = model::SourcePos::npos;   // offset of the whitespace run, when one is pending
    for (std::size_t i = start; i < bytes_.size(); ++i) {
        if (is_xml_space(bytes_[i])) {
            if (!out.empty() && pending_space == model::SourcePos::npos) pending_space = offsets_[i];
            continue;
        }
        if (pending_space != model::SourcePos::npos) {
            origin.map(out.size(), pending_space);
            out += ' ';
            pending_space = model::SourcePos::npos;
        }
        origin.map(out.size(), offsets_[i]);
        out += bytes_[i];
    }
    return out;
}

std::string collapse_whitespace(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool pending_space = false;
    for (char c : text) {
        if (is_xml_space(c)) {
            pending_space = !out.empty();
            continue;
        }
        if (pending_space) out += ' ';
        pending_space = false;
        out += c;
    }
    return out;
}

} // namespace compforms::source
