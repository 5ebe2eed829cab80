// The dipdiff command: everything happens in the cli library (cli/app.hpp).
#include "cli/app.hpp"

int main(int argc, char** argv) { return dipdiff::cli::run(argc, argv); }
