// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The man pages (docs/man/) against the programs: every command corroborate-cli --help lists has a ".SS" section
// naming every option its own --help lists, no section describes a command that is gone, and every option of
// corroborate --help is in its page. A command added without its page fails here, naming what is missing.
#include "tests/support/CliRun.h"

#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

using namespace corrob;

namespace {

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

const char* const kCliPage = "docs/man/corroborate-cli.1.in";

// The page as a reader sees its words: font changes dropped, "\-" a hyphen.
QString readPage(const char* relativePath)
{
    QFile file(s(CORROB_SOURCE_DIR "/") + s(relativePath));
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read " << relativePath;
        return {};
    }
    static const QRegularExpression font(s("\\\\f[BIRP]"));
    return QString::fromUtf8(file.readAll()).remove(font).replace(s("\\-"), s("-"));
}

// Each ".SS NAME" section of a page and its text up to the next heading.
QMap<QString, QString> sections(const QString& page)
{
    QMap<QString, QString> result;
    QString current;
    for (const QString& line : page.split(u'\n')) {
        if (line.startsWith(s(".SS "))) {
            current = line.mid(4).remove(u'"').trimmed();
            result.insert(current, QString());
        } else if (line.startsWith(s(".SH "))) {
            current.clear();
        } else if (!current.isEmpty()) {
            result[current] += line + u'\n';
        }
    }
    return result;
}

// The long options a --help output lists under "Options:", without --help itself.
QStringList optionsIn(const QString& help)
{
    QStringList options;
    static const QRegularExpression option(s("^  (?:-\\w, )?(--[a-z][a-z-]*)"), QRegularExpression::MultilineOption);
    for (auto it = option.globalMatch(help); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (name != u"--help") {
            options.append(name);
        }
    }
    return options;
}

bool mentions(const QString& text, const QString& option)
{
    return text.contains(QRegularExpression(QRegularExpression::escape(option) + s("(?![a-z-])")));
}

QStringList cliCommands()
{
    const test::CliRun overview = test::runCli({s("--help")});
    EXPECT_EQ(overview.exitCode, 0);
    const QStringList commands = test::listedCommands(overview.out);
    EXPECT_GT(commands.size(), 10) << overview.out.toStdString();
    return commands;
}

TEST(CliManPage, HasASectionForEveryCommandThatHelpLists)
{
    const QMap<QString, QString> documented = sections(readPage(kCliPage));
    for (const QString& command : cliCommands()) {
        EXPECT_TRUE(documented.contains(command))
            << "corroborate-cli --help lists '" << command.toStdString() << "', but " << kCliPage << " has no '.SS "
            << command.toStdString() << "' section";
    }
}

TEST(CliManPage, DescribesNoCommandThatHelpDoesNotList)
{
    const QStringList commands = cliCommands();
    for (const QString& section : sections(readPage(kCliPage)).keys()) {
        EXPECT_TRUE(commands.contains(section))
            << kCliPage << " describes '" << section.toStdString() << "', which corroborate-cli --help does not list";
    }
}

TEST(CliManPage, NamesEveryOptionOfEachCommandInItsSection)
{
    const QMap<QString, QString> documented = sections(readPage(kCliPage));
    for (const QString& command : cliCommands()) {
        const test::CliRun help = test::runCli(command.split(u' ') << s("--help"));
        ASSERT_EQ(help.exitCode, 0) << command.toStdString();
        const QStringList options = optionsIn(help.out);
        EXPECT_FALSE(options.isEmpty()) << help.out.toStdString();
        for (const QString& option : options) {
            EXPECT_TRUE(mentions(documented.value(command), option))
                << "'" << command.toStdString() << "' has " << option.toStdString() << ", but its section in "
                << kCliPage << " does not name it";
        }
    }
}

TEST(GuiManPage, NamesEveryOptionThatHelpLists)
{
    QProcess gui;
    gui.start(s(CORROB_GUI_PATH), {s("--help")});
    ASSERT_TRUE(gui.waitForFinished(60000));
    ASSERT_EQ(gui.exitCode(), 0) << gui.readAllStandardError().toStdString();
    const QStringList options = optionsIn(QString::fromUtf8(gui.readAllStandardOutput()));
    EXPECT_TRUE(options.contains(s("--sample")));
    const QString page = readPage("docs/man/corroborate.1.in");
    for (const QString& option : options) {
        EXPECT_TRUE(mentions(page, option)) << "corroborate --help lists " << option.toStdString()
                                            << ", but docs/man/corroborate.1.in does not name it";
    }
}

} // namespace
