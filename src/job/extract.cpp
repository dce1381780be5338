// extract: the unit source a booklet carries (read in load_sources), written out byte for
// byte: not validated, since it comes out as it went in.
#include "job/document_writer.hpp"
#include "job/printing.hpp"

namespace compforms::job {

void write_extracted_source(RunContext& run, const Inputs& in) {
    DocumentWriter out(run);
    out.expect(1, 0);
    out.write_bytes(in.extracted->bytes, run.job().output);
}

} // namespace compforms::job
