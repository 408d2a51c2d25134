#pragma once
// The three test programs' Catch2 session, with the command line taken from Qt: on Windows
// main()'s argv is in the ANSI code page, which loses a test name's Thai letters or dashes, so
// CTest's "run the test named …" would find no test. QCoreApplication::arguments() reads the
// wide command line there (and is argv elsewhere); Catch gets it in UTF-8, as it compares.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QStringList>

#include <string>
#include <vector>

namespace ita::test {

/// Runs the tests named on the command line; call with the application constructed.
inline int runCatchSession() {
    std::vector<std::string> utf8;
    for (const QString &argument : QCoreApplication::arguments())
        utf8.push_back(argument.toStdString());
    std::vector<const char *> argv;
    for (const std::string &argument : utf8)
        argv.push_back(argument.c_str());
    return Catch::Session().run(int(argv.size()), argv.data());
}

} // namespace ita::test
