#pragma once

#include <QLabel>
#include <QList>
#include <QStaticText>

namespace Passdesk {

// A selectable label of plain, unwrapped lines (the token's details) that measures and paints
// itself from its font's metrics, each line laid out once per text; while text is selected or
// the label has focus, QLabel paints it (the lines sit where its document puts them). Why: a
// selectable QLabel keeps its text in a QTextDocument and lays it out at several widths for each
// new size hint and again to paint it; for the token's six lines that is most of what a click on
// Generate costs Passdesk (docs/benchmarks.md). Not specific to a Qt version. Guarded by
// tst_labels and tst_tokendialogrepaint.
class PlainLinesLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlainLinesLabel)

public:
    explicit PlainLinesLabel(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void updateLines() const;

    mutable QString m_linesText; // text() as m_lines were made from it
    mutable QSize m_measuredSize; // of m_lines; invalid until measured
    mutable QList<QStaticText> m_lines; // prepared for font()
};

} // namespace Passdesk
