// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/QueryField.h"

#include <QElapsedTimer>
#include <QLineEdit>

#include <limits>

namespace corrob::ui {
namespace {

constexpr const char* kQueryField = "corroborateQueryField";
constexpr const char* kTypedAt = "corroborateTypedAt";

// Milliseconds on a monotonic clock that starts with the first call.
qint64 now()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer started;
        started.start();
        return started;
    }();
    return clock.elapsed();
}

} // namespace

void markAsQueryField(QLineEdit* field)
{
    field->setProperty(kQueryField, true);
    QObject::connect(field, &QLineEdit::textEdited, field, [field] { field->setProperty(kTypedAt, now()); });
}

bool isQueryField(const QWidget* widget)
{
    return widget && widget->property(kQueryField).toBool();
}

qint64 msSinceTypedIn(const QWidget* queryField)
{
    const QVariant typedAt = queryField ? queryField->property(kTypedAt) : QVariant();
    return typedAt.isValid() ? now() - typedAt.toLongLong() : std::numeric_limits<qint64>::max();
}

} // namespace corrob::ui
