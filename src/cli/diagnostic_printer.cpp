#include "cli/diagnostic_printer.hpp"

namespace compforms::cli {

void DiagnosticPrinter::print(const Diagnostic& d) {
    if (d.usage) {
        out_ << "compforms " << command_ << ": " << d.message << "\n(see 'compforms " << command_ << " --help')\n";
        return;
    }
    if (!d.kind.empty() && ++seen_[Key{d.file, d.severity, d.kind}] > cap_) return;
    out_ << format(d) << '\n';
}

void DiagnosticPrinter::finish() {
    for (const auto& [key, count] : seen_) {
        if (count <= cap_) continue;
        Diagnostic more{std::get<1>(key), std::get<0>(key), 0, 0,
                        "and " + std::to_string(count - cap_) + " more like this (" + std::get<2>(key) + ")", {}, false};
        out_ << format(more) << '\n';
    }
    seen_.clear();
}

} // namespace compforms::cli
