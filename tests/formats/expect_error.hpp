#pragma once
// The diagnostic of the InputError a call throws; a test failure when it throws none.
#include <gtest/gtest.h>

#include "engine/diagnostic.hpp"

namespace dipdiff::testing {

template <class Call>
Diagnostic error_of(Call&& call) {
    try {
        call();
    } catch (const InputError& e) {
        return e.diagnostic();
    }
    ADD_FAILURE() << "expected an InputError";
    return {};
}

}  // namespace dipdiff::testing
