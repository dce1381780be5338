#include "cli/args.hpp"

#include <cstdio>
#include <cstdlib>

namespace compforms::cli {

Args::Args(const std::vector<std::string>& argv, const std::vector<OptionSpec>& specs) {
    bool options_done = false;
    for (std::size_t i = 0; i < argv.size(); ++i) {
        const std::string& arg = argv[i];
        if (options_done || arg.size() < 2 || arg[0] != '-') {
            positional_.push_back(arg);
            continue;
        }
        if (arg == "--") {
            options_done = true;
            continue;
        }
        std::string name = arg, inline_value;
        bool has_inline = false;
        if (auto eq = arg.find('='); arg.rfind("--", 0) == 0 && eq != std::string::npos) {
            name = arg.substr(0, eq);
            inline_value = arg.substr(eq + 1);
            has_inline = true;
        }
        const OptionSpec* spec = nullptr;
        for (const OptionSpec& s : specs)
            if (s.name == name || (!s.short_name.empty() && s.short_name == name)) spec = &s;
        if (!spec) throw UsageError("unknown option '" + name + "'");
        if (!spec->takes_value) {
            if (has_inline) throw UsageError("option '" + spec->name + "' takes no value");
            values_[spec->name] = "";
            continue;
        }
        if (has_inline) {
            values_[spec->name] = inline_value;
        } else {
            if (i + 1 >= argv.size()) throw UsageError("option '" + spec->name + "' needs a value");
            values_[spec->name] = argv[++i];
        }
    }
}

std::optional<std::string> Args::value(const std::string& name) const {
    auto it = values_.find(name);
    if (it == values_.end()) return std::nullopt;
    return it->second;
}

std::optional<double> Args::number(const std::string& name) const {
    auto v = value(name);
    if (!v) return std::nullopt;
    char* end = nullptr;
    double d = std::strtod(v->c_str(), &end);
    if (v->empty() || *end != '\0' || !(d == d)) throw UsageError("option '" + name + "' needs a number, not '" + *v + "'");
    return d;
}

std::optional<int> answer_help_or_version(const Args& args, const char* help) {
    if (args.has("--help")) {
        std::fputs(help, stdout);
        return 0;
    }
    if (args.has("--version")) {
        std::printf("compforms %s\n", COMPFORMS_VERSION);
        return 0;
    }
    return std::nullopt;
}

} // namespace compforms::cli
