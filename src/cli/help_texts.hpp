// The help texts (data): what `compforms --help` and `compforms COMMAND --help` print.
#pragma once

namespace compforms::cli {

extern const char* const kProgramHelp;
extern const char* const kCheckHelp;
extern const char* const kBookletHelp;
extern const char* const kChecklistHelp;
extern const char* const kScoresheetHelp;
extern const char* const kPackHelp;
extern const char* const kProofHelp;
extern const char* const kDiffHelp;
extern const char* const kExtractHelp;
extern const char* const kReadHelp;
extern const char* const kSummaryHelp;

} // namespace compforms::cli
