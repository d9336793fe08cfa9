// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/PartialDate.h"

#include <QLocale>

#include <gtest/gtest.h>

using corrob::model::PartialDate;

namespace {

QString shown(const char* iso)
{
    return PartialDate::fromIso(QString::fromLatin1(iso)).displayText(QLocale::c());
}

} // namespace

TEST(PartialDate, ShowsADayAsAReaderWritesIt)
{
    EXPECT_EQ(shown("2013-09-29").toStdString(), "29 Sep 2013");
    EXPECT_EQ(shown("2021-11-01").toStdString(), "1 Nov 2021");
}

TEST(PartialDate, ShowsOnlyTheDayOfATimestampNeverTheRawTime)
{
    EXPECT_EQ(shown("2021-11-01T09:41:07Z").toStdString(), "1 Nov 2021");
    // Stored in UTC: late evening west of Greenwich is the next day.
    EXPECT_EQ(shown("2021-11-01T22:30:00-05:00").toStdString(), "2 Nov 2021");
}

TEST(PartialDate, ShowsAPartialDateNoMorePreciseThanItIs)
{
    EXPECT_EQ(shown("2022").toStdString(), "2022");
    EXPECT_EQ(shown("2022-04").toStdString(), "Apr 2022");
    EXPECT_EQ(shown("").toStdString(), "");
    EXPECT_EQ(shown("soon").toStdString(), "");
}
