// A font face loaded once and shared: HarfBuzz face/font at scale = upem, so every
// shaping result is in font units, independent of point size and cacheable by text.
#pragma once

#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>

#include <hb.h>

namespace compforms::text {

// A font file or folder that cannot serve: `path` names it, `reason` says why.
struct FontError : std::runtime_error {
    FontError(std::string file, std::string why)
        : std::runtime_error(file.empty() ? why : file + ": " + why), path(std::move(file)), reason(std::move(why)) {}
    std::string path;
    std::string reason;
};

// Metrics in font units, read from head/hhea/OS2 (what a PDF FontDescriptor needs,
// and the real extents that line height is computed from).
struct FontMetrics {
    int upem = 1000;
    int ascender = 0;      // hhea/typo ascender (positive)
    int descender = 0;     // negative
    int line_gap = 0;
    int cap_height = 0;
    int x_min = 0, y_min = 0, x_max = 0, y_max = 0;  // head bbox
    double italic_angle = 0;
    int stem_v = 80;
    // Ink extents measured on shaped samples (Thai stacked marks, accented capitals,
    // Thai and Latin descenders): the highest glyph top and the lowest glyph bottom
    // (negative). line_metrics() is built from these, not from hhea, because Sarabun's
    // tone marks reach above its hhea ascender.
    int ink_top = 0;
    int ink_bottom = 0;
};

class Font {
public:
    // Loads a TrueType/OpenType file; throws FontError naming the path on failure.
    static std::unique_ptr<Font> open(const std::string& path);
    ~Font();
    Font(const Font&) = delete;
    Font& operator=(const Font&) = delete;

    hb_face_t* hb_face() const { return face_; }
    hb_font_t* hb_font() const { return font_; }
    const FontMetrics& metrics() const { return metrics_; }
    int upem() const { return metrics_.upem; }
    const std::string& postscript_name() const { return ps_name_; }
    const std::string& path() const { return path_; }
    // Nominal glyph for a code point, 0 when the font lacks it.
    uint32_t nominal_glyph(char32_t cp) const;

private:
    Font() = default;
    std::string path_;
    std::string ps_name_;
    hb_blob_t* blob_ = nullptr;
    hb_face_t* face_ = nullptr;
    hb_font_t* font_ = nullptr;
    FontMetrics metrics_;
};

enum class FontStyle { regular, bold, italic, bold_italic };

// The four Sarabun faces (or whatever --font-dir points at, same file names).
class FontSet {
public:
    // Loads Sarabun-{Regular,Bold,Italic,BoldItalic}.ttf from dir; throws FontError.
    static std::unique_ptr<FontSet> load(const std::string& dir);
    const Font& get(FontStyle style) const;
    const Font& regular() const { return get(FontStyle::regular); }
    const Font& bold() const { return get(FontStyle::bold); }

private:
    std::unique_ptr<Font> faces_[4];
};

// The font folder: `override_dir` when given, else the first of <exe dir>/fonts
// (build tree), <exe dir>/../share/compforms/fonts (installed), and the source tree's
// fonts/ (for test binaries) that holds Sarabun-Regular.ttf. Never the working directory.
std::string find_font_dir(const std::string& override_dir = {});

} // namespace compforms::text
