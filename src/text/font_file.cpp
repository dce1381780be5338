#include "text/font_file.hpp"

#include <sys/stat.h>

#include <cstdint>
#include <cstdio>
#include <vector>

#include "base/utf8.hpp"
#include "text/font.hpp"

namespace compforms::text {
namespace {

constexpr std::uint64_t kMaxFontBytes = 64u << 20;

// Tables the engine reads: metrics, the character map, outlines, names; Thai shaping
// (GSUB, GPOS) works without them but puts marks wrong, so a font lacking them is refused.
const char* const kRequiredTables[] = {"head", "hhea", "hmtx", "maxp", "cmap", "name", "OS/2", "post", "GSUB", "GPOS"};

std::uint32_t be32(const char* p) {
    const auto b = [&](int i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(p[i])); };
    return b(0) << 24 | b(1) << 16 | b(2) << 8 | b(3);
}
std::uint16_t be16(const char* p) {
    return static_cast<std::uint16_t>(static_cast<unsigned char>(p[0]) << 8 | static_cast<unsigned char>(p[1]));
}

[[noreturn]] void refuse(const std::string& path, const std::string& why) {
    throw FontError(path, why);
}

// The sfnt table directory (OpenType spec, "Table directory"): a font whose tables run past
// the end of the file, or that lacks a required table, is damaged.
void check_table_directory(const std::string& path, const char* data, std::uint64_t size) {
    if (size < 12) refuse(path, "too short to be a font");
    const std::uint32_t version = be32(data);
    if (version != 0x00010000 && version != 0x4F54544F /* OTTO */ && version != 0x74727565 /* true */)
        refuse(path, "not a TrueType or OpenType font");
    const std::uint16_t tables = be16(data + 4);
    if (12 + 16ull * tables > size) refuse(path, "its table directory is cut short (a damaged or truncated file?)");
    std::vector<std::string> seen;
    for (std::uint16_t t = 0; t < tables; ++t) {
        const char* record = data + 12 + 16 * t;
        const std::uint64_t offset = be32(record + 8), length = be32(record + 12);
        const std::string tag(record, 4);
        if (offset + length > size)
            refuse(path, "table '" + tag + "' runs past the end of the file (a damaged or truncated file?)");
        seen.push_back(tag);
    }
    auto has = [&](const std::string& tag) {
        for (const std::string& s : seen)
            if (s == tag) return true;
        return false;
    };
    for (const char* tag : kRequiredTables)
        if (!has(tag)) refuse(path, std::string("it has no '") + tag + "' table");
    if (!has("glyf") && !has("CFF ")) refuse(path, "it has no outlines ('glyf' or 'CFF ' table)");
}

} // namespace

bool is_regular_file(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

hb_blob_t* read_font_file(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) refuse(path, "cannot be read");
    if (!S_ISREG(st.st_mode)) refuse(path, "not a regular file");
    if (st.st_size == 0) refuse(path, "empty");
    if (static_cast<std::uint64_t>(st.st_size) > kMaxFontBytes) refuse(path, "larger than 64 MB");
    hb_blob_t* blob = hb_blob_create_from_file_or_fail(path.c_str());
    if (!blob) refuse(path, "cannot be read");
    unsigned int length = 0;
    const char* data = hb_blob_get_data(blob, &length);
    try {
        check_table_directory(path, data, length);
    } catch (...) {
        hb_blob_destroy(blob);
        throw;
    }
    return blob;
}

void check_repertoire(const Font& font) {
    std::vector<char32_t> needed;
    for (char32_t cp = 0x21; cp <= 0x7E; ++cp) needed.push_back(cp);
    for (char32_t cp = 0x0E01; cp <= 0x0E3A; ++cp) needed.push_back(cp);
    for (char32_t cp = 0x0E3F; cp <= 0x0E5B; ++cp) needed.push_back(cp);
    needed.push_back(0x2026);   // … (a header cut to fit)
    needed.push_back(0x2022);   // • (a list's bullet)
    for (char32_t cp : needed) {
        const uint32_t gid = font.nominal_glyph(cp);
        hb_glyph_extents_t ext{};
        if (gid == 0)
            refuse(font.path(), "it has no glyph for " + utf8::code_point_name(cp) + " '" + utf8::encode(cp) +
                                    "', which the forms print");
        if (!hb_font_get_glyph_extents(font.hb_font(), gid, &ext) || ext.width == 0 || ext.height == 0)
            refuse(font.path(), "the glyph for " + utf8::code_point_name(cp) + " '" + utf8::encode(cp) +
                                    "' has no outline (a damaged or truncated file?)");
    }
}

} // namespace compforms::text
