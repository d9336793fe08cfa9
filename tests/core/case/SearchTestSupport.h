// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The case the search tests read: three reports (Al Jazeera on Kharkiv, Reuters on troops near Kharkov, Reuters on
// Odessa's port), in a case file of their own (SearchTest.cpp, SearchSpellingsTest.cpp).
#pragma once

#include "core/case/Case.h"
#include "core/case/CaseSearch.h"
#include "core/common/Hash.h"
#include "tests/core/case/edits/EditTestSupport.h"

#include <QTemporaryDir>

#include <memory>
#include <vector>

#include <gtest/gtest.h>

namespace corrob::test {

using casefile::Case;
using casefile::SearchMatch;

class SearchTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto created = Case::create(m_dir.filePath(QStringLiteral("s.corrob")), QStringLiteral("search"), {});
        ASSERT_TRUE(created.ok());
        m_case = std::move(created.value());
        m_kharkiv =
            add(QStringLiteral("Cluster bombs in Kharkiv"), QStringLiteral("Al Jazeera"), QStringLiteral("2022-06-13"),
                QStringLiteral("Agnès Callamard said the shelling of Kharkiv was running for days. "
                               "Путин denied it. Residents of Київ were running too."));
        m_reuters = add(QStringLiteral("Troops near Kharkov"), QStringLiteral("Reuters"), QStringLiteral("2022-03-02"),
                        QStringLiteral("Troops runs near Kharkov, a state-of-the-art C++ report said."));
        m_odesa = add(QStringLiteral("Port"), QStringLiteral("Reuters"), QStringLiteral("2021-12-01"),
                      QStringLiteral("The port of Odessa reopened; grain ships left Odessa."));
    }

    ReportId add(const QString& title, const QString& outlet, const QString& date, const QString& text)
    {
        model::NewReport r;
        r.original = text.toUtf8();
        r.sha256 = sha256Hex(QByteArrayView(r.original));
        r.workingText = text;
        r.metadata.title = title;
        r.metadata.outlet = outlet;
        r.metadata.published = model::PartialDate::fromIso(date);
        r.provenance.importMethod = QStringLiteral("paste");
        r.provenance.capturedAt = QStringLiteral("2026-01-01T00:00:00Z");
        r.provenance.mediaType = QStringLiteral("text/plain");
        r.provenance.encoding = QStringLiteral("UTF-8");
        auto id = m_case->addReport(r);
        EXPECT_TRUE(id.ok()) << (id.ok() ? std::string() : id.error().toString().toStdString());
        return id.ok() ? id.value() : ReportId();
    }

    std::vector<SearchMatch> find(const QString& query)
    {
        auto found = searchCase(*m_case, query);
        EXPECT_TRUE(found.ok()) << query.toStdString() << ": "
                                << (found.ok() ? std::string() : found.error().toString().toStdString());
        return found.ok() ? found.value() : std::vector<SearchMatch>{};
    }

    // The reports a query finds (as report results), in rank order.
    std::vector<qint64> reports(const QString& query)
    {
        std::vector<qint64> out;
        for (const SearchMatch& m : find(query)) {
            if (m.kind == search::DocKind::Report) {
                out.push_back(m.id);
            }
        }
        return out;
    }

    void expectInStep(const QString& after) { test::expectIndexInStep(*m_case, after); }

    QTemporaryDir m_dir;
    std::unique_ptr<Case> m_case;
    ReportId m_kharkiv;
    ReportId m_reuters;
    ReportId m_odesa;
};

using Ids = std::vector<qint64>;

} // namespace corrob::test
