// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/import/importer.h>

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Beamline {

class Workspace;

// Shows what each dropped file is before anything is written: detected format, period,
// rows, accounts, warnings and errors. Unknown files can be mapped by hand.
class ImportPreviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPreviewDialog)

public:
    ImportPreviewDialog(Workspace *workspace, const QStringList &files, const QList<ImportReport> &reports, const ImportOptions &options,
                        QWidget *parent = nullptr);

    // The files that will be imported (checked and readable).
    QStringList selectedFiles() const;

Q_SIGNALS:
    void importRequested(const QStringList &files, const Beamline::ImportOptions &options);
    // A mapping was saved: read the files again.
    void previewAgain(const QStringList &files, const Beamline::ImportOptions &options);

private:
    void updateButtons();
    void mapColumns();
    ImportOptions options() const;

    Workspace *m_workspace;
    QStringList m_files;
    ImportOptions m_options;
    QTreeWidget *m_tree;
    QComboBox *m_zone;
    QPushButton *m_import;
    QPushButton *m_map;
    QLabel *m_summary;
};

} // namespace Beamline
