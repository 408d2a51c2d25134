#include "RowBatch.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace ita {

RowBatch::RowBatch(const QSqlDatabase &connection, QString head, int columns, int rowsPerStatement)
    : m_connection(connection)
    , m_head(std::move(head))
    , m_columns(columns)
    , m_rowsPerStatement(rowsPerStatement) {
    m_pending.reserve(columns * rowsPerStatement);
}

QString RowBatch::statement(int rows) const {
    const QString one = QLatin1Char('(') +
                        QStringList(m_columns, QStringLiteral("?")).join(QLatin1Char(',')) +
                        QLatin1Char(')');
    return m_head + QStringLiteral(" VALUES ") + QStringList(rows, one).join(QLatin1Char(','));
}

QString RowBatch::add(const QVariantList &row) {
    m_pending += row;
    if (m_pending.size() >= m_columns * m_rowsPerStatement)
        return flush();
    return {};
}

QString RowBatch::flush() {
    if (m_pending.isEmpty())
        return {};
    const int rows = int(m_pending.size() / m_columns);
    QSqlQuery q(m_connection);
    if (!q.prepare(statement(rows)))
        return q.lastError().text();
    for (int i = 0; i < m_pending.size(); ++i)
        q.bindValue(i, m_pending[i]);
    if (!q.exec())
        return q.lastError().text();
    m_written += rows;
    m_pending.clear();
    return {};
}

} // namespace ita
