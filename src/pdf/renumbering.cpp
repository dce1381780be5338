#include "pdf/renumbering.hpp"

#include "pdf/compact_form.hpp"
#include "pdf/compact_values.hpp"
#include "pdf/pdf_writer.hpp"

namespace compforms::pdf::detail {

std::uint32_t Renumbering::operator()(std::uint64_t from) const {
    if (!carried(from))
        throw PdfError("merging a part: a reference to object " + std::to_string(from) +
                       ", which the merged file does not carry over");
    return to_[from];
}

void Renumbering::copy(std::string_view text, std::string& out) const {
    syntax::Lexer lexer(text, 0, text.size());
    std::size_t copied = 0;
    for (syntax::Token t = lexer.next(); t.kind != syntax::Token::End; t = lexer.next()) {
        std::size_t end = 0;
        if (!read_reference(lexer, t, end)) continue;
        out.append(text.data() + copied, t.begin - copied);
        append_uint(out, (*this)(static_cast<std::uint64_t>(t.number)));
        out += " 0 R";
        copied = end;
    }
    out.append(text.data() + copied, text.size() - copied);
}

} // namespace compforms::pdf::detail
