// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/model/Report.h"

#include <QByteArray>
#include <QString>

namespace corrob::io {

// What an importer gets: the bytes exactly as collected and the name they came under.
struct ImportInput
{
    QByteArray bytes;
    QString fileName; // base name, may be empty for pasted text
    QString where;    // how to name this input in errors (a path, "pasted text")
};

// Turns the bytes of one document into a report ready to store: keeps the original and its SHA-256, derives the
// working text and whatever metadata the document gives. Pure: no I/O, no case access, safe on any thread.
// Every input is untrusted: a bad one yields an Error naming `where`, never a crash.
class Importer
{
public:
    virtual ~Importer() = default;

    // A short name for messages and provenance ("plain text").
    [[nodiscard]] virtual QString name() const = 0;
    // Whether this importer is the right one for a file of this name and content.
    [[nodiscard]] virtual bool accepts(const ImportInput& input) const = 0;
    [[nodiscard]] virtual Result<model::NewReport> read(const ImportInput& input) const = 0;
};

} // namespace corrob::io
