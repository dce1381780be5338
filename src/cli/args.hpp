// A small argument parser shared by every command: options are declared with whether
// they take a value; anything else starting with '-' is a usage error (exit 2).
#pragma once

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace compforms::cli {

struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct OptionSpec {
    std::string name;        // "--output"
    std::string short_name;  // "-o" or empty
    bool takes_value = false;
};

class Args {
public:
    // Parses argv after the command word; throws UsageError.
    Args(const std::vector<std::string>& argv, const std::vector<OptionSpec>& specs);

    bool has(const std::string& name) const { return values_.count(name) != 0; }
    std::optional<std::string> value(const std::string& name) const;
    const std::vector<std::string>& positional() const { return positional_; }
    // Parses a number option; throws UsageError naming the option when it is not one.
    std::optional<double> number(const std::string& name) const;

private:
    std::map<std::string, std::string> values_;
    std::vector<std::string> positional_;
};

// Every command answers --help (its help text on stdout) and --version the same way:
// returns the exit status when one of them was asked for, nothing otherwise.
std::optional<int> answer_help_or_version(const Args& args, const char* help);

} // namespace compforms::cli
