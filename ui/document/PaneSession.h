// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Ids.h"

#include <QList>
#include <QString>

#include <optional>

class QSettings;

namespace corrob::ui {

// What the report panes showed when a case was last closed, so reopening it puts the investigator back where they
// were: one entry per pane, left to right.
struct PaneSession
{
    struct Pane
    {
        ReportId report;       // invalid: the pane was empty
        qsizetype topPosition; // full working-text offset of the first line shown (survives a changed window size)
        int width = 0;         // pixels, as the splitter had it
    };
    QList<Pane> panes;
    int current = 0; // index of the pane reports opened in
};

// Keeps each case's PaneSession in settings ("paneSessions/<key of the case path>"), at most kMaxCases of them
// (the ones saved longest ago are dropped). Settings are a file the user may edit: a stored entry that does not make
// sense is ignored, never trusted. Does not own the settings.
class PaneSessionStore
{
public:
    static constexpr int kMaxCases = 50;

    explicit PaneSessionStore(QSettings& settings);

    // The session saved for the case at casePath, or nullopt when none was saved or the stored one is unusable.
    [[nodiscard]] std::optional<PaneSession> load(const QString& casePath) const;
    void save(const QString& casePath, const PaneSession& session);

private:
    void prune();

    QSettings& m_settings;
};

} // namespace corrob::ui
