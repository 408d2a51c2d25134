#include "ZipPackage.h"

#include <zip.h>

#include <memory>

namespace ita::report {

namespace {

/// 1 January 2000: entries carry a fixed time so that the bytes depend on the content only.
constexpr time_t kFixedTime = 946684800;

QString zipError(zip_error_t *error) {
    return QString::fromUtf8(zip_error_strerror(error));
}

} // namespace

void ZipPackage::add(const QString &name, const QByteArray &data, bool stored) {
    m_entries.push_back({name, data, stored});
}

QByteArray ZipPackage::finish(QString *error) const {
    zip_error_t zerror;
    zip_error_init(&zerror);
    // The archive is written into a buffer source that outlives the archive.
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &zerror);
    if (!buffer) {
        *error = zipError(&zerror);
        zip_error_fini(&zerror);
        return {};
    }
    const std::unique_ptr<zip_source_t, void (*)(zip_source_t *)> keepBuffer(buffer,
                                                                             zip_source_free);
    zip_source_keep(buffer);
    zip_t *archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &zerror);
    if (!archive) {
        zip_source_free(buffer); // the reference the archive would have taken
        *error = zipError(&zerror);
        zip_error_fini(&zerror);
        return {};
    }
    for (const Entry &e : m_entries) {
        zip_source_t *data =
            zip_source_buffer(archive, e.data.constData(), zip_uint64_t(e.data.size()), 0);
        const QByteArray name = e.name.toUtf8();
        const zip_int64_t index =
            data ? zip_file_add(archive, name.constData(), data, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            if (data)
                zip_source_free(data);
            *error = QStringLiteral("%1: %2").arg(e.name, QString::fromUtf8(zip_strerror(archive)));
            zip_discard(archive);
            return {};
        }
        zip_set_file_compression(archive, zip_uint64_t(index),
                                 e.stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 9);
        zip_file_set_mtime(archive, zip_uint64_t(index), kFixedTime, 0);
    }
    if (zip_close(archive) < 0) {
        *error = QString::fromUtf8(zip_strerror(archive));
        zip_discard(archive);
        return {};
    }
    // Read the finished archive back out of the buffer source.
    zip_stat_t stat;
    if (zip_source_stat(buffer, &stat) < 0 || zip_source_open(buffer) < 0) {
        *error = QStringLiteral("cannot read the finished package");
        return {};
    }
    QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
    const zip_int64_t read = zip_source_read(buffer, bytes.data(), stat.size);
    zip_source_close(buffer);
    if (read != zip_int64_t(stat.size)) {
        *error = QStringLiteral("cannot read the finished package");
        return {};
    }
    return bytes;
}

} // namespace ita::report
