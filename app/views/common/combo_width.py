"""A combo box whose items never show cut short: as wide as its longest item, however the layout squeezes it.

AdjustToContents alone makes the size hint follow the items, but a crowded filter bar still gives the box less;
the minimum width follows the hint too, on every change of the items (roles loaded later, counts added)."""

from PySide6.QtWidgets import QComboBox


def never_cut(combo: QComboBox) -> QComboBox:
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def follow(*_args) -> None:
        combo.setMinimumWidth(combo.sizeHint().width())

    model = combo.model()
    for signal in (model.rowsInserted, model.rowsRemoved, model.dataChanged, model.modelReset):
        signal.connect(follow)
    follow()
    return combo
