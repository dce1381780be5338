// Where each byte of a printed string stands in its source.
#include <doctest/doctest.h>

#include "base/text_origin.hpp"
#include "source/unit_loader.hpp"

using namespace compforms;

TEST_CASE("text origin: a copied span, a prefix, a suffix with no origin") {
    const TextOrigin o = TextOrigin::span(100, 5);
    CHECK(o.source_offset(0) == std::optional<std::size_t>(100));
    CHECK(o.source_offset(4) == std::optional<std::size_t>(104));
    CHECK_FALSE(o.source_offset(5));   // past the text: a suffix the form added
    const TextOrigin p = o.after_prefix(4);   // "1.1 " before it
    CHECK_FALSE(p.source_offset(3));
    CHECK(p.source_offset(4) == std::optional<std::size_t>(100));
    CHECK(p.source_offset(8) == std::optional<std::size_t>(104));
    CHECK_FALSE(TextOrigin().source_offset(0));
}

TEST_CASE("text origin: a suffix printed alone keeps its bytes' places") {
    TextOrigin o;
    const std::size_t sources[] = {10, 11, 12, 20, 21};   // "abc" then "de" further on
    for (std::size_t i = 0; i < 5; ++i) o.map(i, sources[i]);
    const TextOrigin s = o.suffix(2);
    CHECK(s.source_offset(0) == std::optional<std::size_t>(12));
    CHECK(s.source_offset(1) == std::optional<std::size_t>(20));
    CHECK(s.source_offset(2) == std::optional<std::size_t>(21));
    CHECK_FALSE(s.source_offset(3));
    CHECK_FALSE(o.suffix(5).known());
}

TEST_CASE("text origin: two texts with a separator of the form's own between them") {
    const TextOrigin a = TextOrigin::span(10, 3), b = TextOrigin::span(50, 2);
    const TextOrigin ab = a.followed_by(b, 4);   // "abc" + " " + "de"
    CHECK(ab.source_offset(2) == std::optional<std::size_t>(12));
    CHECK_FALSE(ab.source_offset(3));
    CHECK(ab.source_offset(4) == std::optional<std::size_t>(50));
    CHECK(ab.source_offset(5) == std::optional<std::size_t>(51));
    CHECK_FALSE(ab.source_offset(6));
}

TEST_CASE("text origin: collapsed whitespace and decoded entities map back to the file") {
    const std::string xml = "<p>ก  ข\n   &amp;ค</p>";
    // As the loader maps the bytes of a collapsed text, one by one.
    TextOrigin o;
    const std::size_t sources[] = {3, 4, 5, 6, 8, 9, 10, 11, 15, 20, 21, 22};   // "ก ข &ค"
    for (std::size_t i = 0; i < 12; ++i) o.map(i, sources[i]);
    CHECK(o.source_offset(5) == std::optional<std::size_t>(9));    // the second byte of ข
    CHECK(o.source_offset(8) == std::optional<std::size_t>(15));
    CHECK(o.source_offset(11) == std::optional<std::size_t>(22));  // the last byte of ค
    CHECK(xml.substr(20, 3) == "ค");
}

TEST_CASE("text origin: a unit's texts point at their characters in the file") {
    const std::string path = std::string(COMPFORMS_ROOT_DIR) + "/forms/DL100.xml";
    const source::LoadedUnit loaded = source::load_unit(path);
    REQUIRE(loaded.ok());
    int checked = 0;
    for (const model::Criterion* pc : model::all_criteria(loaded.unit)) {
        const std::string& v = pc->text.value;
        // Every non-space byte of the collapsed text is that same byte in the file.
        for (std::size_t i = 0; i < v.size(); ++i) {
            if (v[i] == ' ') continue;
            const std::optional<std::size_t> at = pc->text.origin.source_offset(i);
            REQUIRE(at);
            CHECK(loaded.text[*at] == v[i]);
            ++checked;
        }
    }
    CHECK(checked > 1000);
}
