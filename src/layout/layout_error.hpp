// Input the layout cannot honour (a table row with more cells than columns, …).
#pragma once

#include <stdexcept>

namespace compforms::layout {

struct LayoutError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

} // namespace compforms::layout
